/**
 * Number words: cardinals, scale words (written and abbreviated), multiplier words and
 * ordinals. Shared data; lower-case keys. Used by the figure tagger (src/extract/figures).
 */

/** Cardinal words below one hundred that stand alone. */

/** A lookup table without a prototype, so "constructor" or "toString" is no entry. */
function dict<T>(o: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, o));
}

export const UNIT_WORDS: Readonly<Record<string, number>> = dict({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

/** Tens, which may be followed by a unit word ("forty-five", "forty five"). */
export const TENS_WORDS: Readonly<Record<string, number>> = dict({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Scale words after a number ("2.8 million", "five thousand", "$3bn", "12 lakh"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = dict({
  hundred: 1e2,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  mln: 1e6,
  mn: 1e6,
  mio: 1e6,
  billion: 1e9,
  billions: 1e9,
  bln: 1e9,
  bn: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
  trn: 1e12,
  trln: 1e12,
  mlrd: 1e9,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/**
 * Abbreviated scales that are only read as a scale when they follow a currency
 * ("$4.5m", "€20k", "$1b"); elsewhere "m" is a metre.
 */
export const CURRENCY_ONLY_SCALES: Readonly<Record<string, number>> = dict({
  m: 1e6,
  k: 1e3,
  b: 1e9,
  bil: 1e9,
  mil: 1e6,
});

/** "a dozen" = 12; "half a million" = 500,000 (half is handled by the tagger). */
export const DOZEN = 12;

/** Verbs and adjectives of multiplication: "doubled" = 2 times. */
export const MULTIPLIER_VERBS: Readonly<Record<string, number>> = dict({
  doubled: 2,
  doubles: 2,
  doubling: 2,
  tripled: 3,
  triples: 3,
  tripling: 3,
  trebled: 3,
  trebling: 3,
  quadrupled: 4,
  quadruples: 4,
  quadrupling: 4,
  quintupled: 5,
  quintupling: 5,
  sextupled: 6,
  halved: 0.5,
});

/**
 * Base forms of the verbs of multiplication, read as a multiplier only after a modal or a
 * verb of intention with "to" ("would double", "aims to triple"); "double taxation" is none.
 */
export const MULTIPLIER_BASE_VERBS: Readonly<Record<string, number>> = dict({
  double: 2,
  triple: 3,
  treble: 3,
  quadruple: 4,
  halve: 0.5,
});

/** Fraction words, as a share in percent ("a quarter of exports" = 25 percent). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = dict({
  half: 50,
  third: 33.3,
  quarter: 25,
  fifth: 20,
  tenth: 10,
  thirds: 100 / 3,
  quarters: 25,
  fifths: 20,
  tenths: 10,
});

/** Ordinal words: never figures ("the 20th and 24th", "the first two months"). */
export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'hundredth',
  'thousandth',
  'millionth',
  'last',
  'next',
]);

/** Value of a single cardinal word (unit, teen or ten), or undefined. */
export function cardinalWord(word: string): number | undefined {
  return UNIT_WORDS[word] ?? TENS_WORDS[word];
}

/** "sixfold" -> 6, "tenfold" -> 10, "hundredfold" -> 100; undefined otherwise. */
export function foldWord(word: string): number | undefined {
  if (!word.endsWith('fold') || word.length <= 4) return undefined;
  const stem = word.slice(0, -4).replace(/-$/, '');
  if (stem === 'hundred') return 100;
  if (stem === 'thousand') return 1000;
  if (stem === 'many' || stem === 'two-' || stem === 'mani') return undefined;
  const v = cardinalWord(stem);
  if (v !== undefined) return v;
  if (/^\d+(\.\d+)?$/.test(stem)) return Number(stem);
  return undefined;
}
