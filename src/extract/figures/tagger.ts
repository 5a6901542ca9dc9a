/**
 * The plain-text figure tagger: one left-to-right pass over tokens. At each token it tries,
 * in this order (the first that reads something wins, and the scan resumes after it):
 *   1. a currency sign or code before a number   ("$61.5 million", "EUR 300 million"), with
 *      the unit a price is quoted per after it ("$8 per barrel" = USD/bbl) or named by a
 *      cost noun before it ("the cost of moving a tonne ... at $40-45" = USD/t)
 *   2. a multiplier word                          ("fivefold", "doubled", "would double")
 *      or a fraction as a share in percent        ("a quarter of exports", "less than half its")
 *   3. a duration without a number               ("almost a decade", "half a century",
 *      "within a year"), after a qualifier or a preposition of duration; "twice"/"only once"
 *      after a verb ("was postponed twice"): a count of occasions
 *   4. a number (digits or words), then a range ("6-9", "between 12,000 and 35,000",
 *      "two or three"),
 *      then what follows it: percent, currency word/code, measure unit, time unit,
 *      "times"/"-fold", a counted plural noun, "N of the <plural>", or nothing (a bare
 *      number, unit "number"). "from A to B" is a change: two figures, not a range, except
 *      after a verb of spread ("range from A to B", "vary from"). Number notations read:
 *      "13 000 MW" (space-grouped thousands, when a unit follows), "3m tonnes" (a glued
 *      "m"/"k" scale before a unit), "$3.5-billion", "2,5 billion" (decimal comma before a
 *      scale), "one and a half million", "+12%", "3x"; also "by a factor of 3", "a pair of
 *      <things>", "two more <things>", "the first 24 <things>".
 * Around each figure: the approximation qualifier before it ("about", "more than"), and a
 * rate period after it ("per year", "a day") or an "annual"/"daily" before its noun.
 * Numbers that are not figures are refused where they are read: years, dates (a month
 * name next to the number), ordinals, identifiers glued to letters ("SARS-2", "F16",
 * "B-52"), "5+1", labels ("Table 7", "page 40", "ISSN"), footnote marks glued after a word,
 * footnote lines (numbered source notes), phone numbers and postcodes (digit runs), section
 * numbers and page numbers on their own.
 * Last passes give a bare number the unit of the figure just before it in the same
 * sentence when the text elides the noun ("515 troops, of which 380 are in ...", "85 votes
 * to 0", "from 823,000 barrels a day in 2010 to 340,000", "10.6 billion cubic metres, below
 * the average of about 12 billion", "9,000 pilgrims, compared with 6,500"), give a price compared with a
 * price per unit the same unit ("$40 a tonne, against $30"), make a
 * bare number a count when its clause says "the number of <things>" or "a population of",
 * and share a rate
 * period between two coordinated figures ("2 million travellers and 4 million tonnes a year"),
 * and give a bare number coordinated with the figure after it that figure's unit and scale
 * ("300 and 450 MW", "1.5 or 2 billion dollars").
 * A measure per a unit is a compound unit ("10 grams per litre" = g/l); a price in cents per
 * a unit is in dollars ("1 US cent per kilowatt-hour" = 0.01 USD/kWh).
 * Rates stated away from the figure: "Every year, some 2 million tonnes ...", "Kazakhstan
 * annually exports ...", "Annual trade between A and B reached $4 billion", a period after an
 * aside ("of grain, mostly wheat, a year", "(mostly wheat) a year") or a place ("of oil from
 * Kazakhstan a year"); frequencies: "12 weekly flights", "three times a week", "twice a day".
 * A gapped clause repeats the unit ("exports grew by 12 per cent, imports by 8"). "N times"
 * with no word of change, size or comparison before it counts occasions ("has chaired the
 * council four times"). "the three/four <actors>" (the parties of a format) is no count.
 */
import type { Approx } from '../../core/types.js';
import { CURRENCY_ONLY_SCALES, FRACTION_WORDS, MULTIPLIER_BASE_VERBS, MULTIPLIER_VERBS, ORDINAL_WORDS, TENS_WORDS, UNIT_WORDS, foldWord } from '../../lexicon/numbers.js';
import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  IRREGULAR_COUNT_NOUNS,
  LABEL_WORDS,
  MEASURE_UNITS,
  NOT_PLURAL,
  PERCENT_WORDS,
  ACTOR_GROUP_NOUNS,
  BASIS_POINT_WORDS,
  EXCHANGE_BASE_WORDS,
  MINOR_CURRENCY_WORDS,
  OCCASION_VERBS,
  COST_NOUNS,
  PER_UNITS,
  RATE_ADJECTIVES,
  RATE_UNITS,
  RATE_WORDS,
  TIME_FACTORS,
  TIME_MODIFIERS,
  TIME_UNITS,
} from '../../lexicon/units.js';
import { type NumberRead, readNumber, scaleAt, startsNumber } from './numbers.js';
import { Kind, type Tokens, glued, lw, rw, tokenize } from './tokens.js';

export interface FigureHit {
  start: number;
  end: number;
  text: string;
  value: number | [number, number];
  unit: string;
  approx: Approx | null;
  rule: string;
}

// ------------------------------------------------------------------ small word lists

/** Approximation phrases before a figure (lower-case, space-separated), longest first. */
const APPROX_BEFORE: ReadonlyArray<[string, Approx]> = [
  ['within the next', 'up_to'],
  ['within the coming', 'up_to'],
  ['in the region of', 'about'],
  ['in the order of', 'about'],
  ['on the order of', 'about'],
  ['of the order of', 'about'],
  ['a little over', 'more_than'],
  ['a little under', 'less_than'],
  ['in excess of', 'more_than'],
  ['no less than', 'at_least'],
  ['not less than', 'at_least'],
  ['no fewer than', 'at_least'],
  ['a minimum of', 'at_least'],
  ['no more than', 'up_to'],
  ['not more than', 'up_to'],
  ['as much as', 'up_to'],
  ['as many as', 'up_to'],
  ['a maximum of', 'up_to'],
  ['just under', 'almost'],
  ['just below', 'almost'],
  ['close to', 'almost'],
  ['more than', 'more_than'],
  ['greater than', 'more_than'],
  ['higher than', 'more_than'],
  ['upwards of', 'more_than'],
  ['less than', 'less_than'],
  ['fewer than', 'less_than'],
  ['lower than', 'less_than'],
  ['at least', 'at_least'],
  ['up to', 'up_to'],
  ['at most', 'up_to'],
  ['an estimated', 'about'],
  ['estimated at', 'about'],
  ['over', 'more_than'],
  ['above', 'more_than'],
  ['exceeding', 'more_than'],
  ['exceeds', 'more_than'],
  ['exceeded', 'more_than'],
  ['under', 'less_than'],
  ['below', 'less_than'],
  ['within', 'up_to'],
  ['almost', 'almost'],
  ['nearly', 'almost'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['circa', 'about'],
  ['estimated', 'about'],
];

/** The qualifier phrases, longest first, as one pattern anchored at the end of a text ("... about "). */
const QUALIFIER_TAIL = new RegExp(
  '(?:^|[^\\p{L}\\p{N}])((?:' +
    [...APPROX_BEFORE.map(([p]) => p)]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.split(' ').join('\\s+'))
      .join('|') +
    ')\\.?\\s+)$',
  'iu',
);

/**
 * Where the approximation qualifier right before a figure starts ("about $5 million",
 * "roughly\ntenfold": the qualifier may end the line before the figure), or `start` when none
 * is there. The figure's row then covers the qualifier too.
 */
export function qualifierStart(text: string, start: number): number {
  const left = text.slice(Math.max(0, start - 32), start);
  const m = QUALIFIER_TAIL.exec(left);
  return m ? start - m[1]!.length : start;
}

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
]);

/** Words that cannot sit between a number and the noun it counts. */
const CHAIN_STOP = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or',
  'but', 'nor', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'did', 'does',
  'that', 'which', 'who', 'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'they',
  'them', 'their', 'we', 'our', 'he', 'she', 'his', 'her', 'not', 'no', 'as', 'than', 'then',
  'so', 'if', 'more', 'less', 'most', 'per', 'into', 'onto', 'over', 'under', 'about',
  'around', 'between', 'after', 'before', 'since', 'until', 'during', 'while', 'when', 'where',
  'also', 'only', 'just', 'very', 'such', 'each', 'every', 'all', 'both', 'some', 'any',
  'other', 'another', 'same', 'up', 'down', 'out', 'off', 'there', 'here', 'what', 'how',
  'why', 'already', 'still', 'yet', 'again', 'ago', 'later', 'earlier', 'i', 'you', 'me',
  'via', 'through', 'against', 'among', 'within', 'without', 'per', 'like', 'unlike',
  'respectively', 'compared', 'according', 'including', 'percent', 'times', 'am', 'pm',
]);

/** Names of peoples whose plural is the same word ("2,000 Chinese", "500 Turkmen"). */
const INVARIANT_PEOPLES = new Set([
  'chinese', 'japanese', 'vietnamese', 'taiwanese', 'burmese', 'nepalese', 'lebanese', 'sudanese',
  'senegalese', 'congolese', 'portuguese', 'maltese', 'swiss', 'turkmen', 'kyrgyz', 'karakalpak',
]);
/** Words after such a name that show it is the counted noun ("were", "live", "in"), not an adjective. */
const AFTER_PEOPLE = new Set([
  'were', 'are', 'was', 'is', 'have', 'has', 'had', 'will', 'would', 'live', 'lived', 'living', 'work', 'worked',
  'working', 'study', 'studied', 'studying', 'died', 'fled', 'left', 'arrived', 'returned', 'in', 'at', 'from',
  'and', 'or', 'who', 'with', 'to', 'on', 'across', 'abroad', 'nationals',
]);

/** Determiners before "two" that make it a reference to a known pair ("the two countries"). */
const PAIR_DETERMINERS = new Set([
  'the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'both', 's',
]);

/**
 * Demonstratives that point back to actors already named ("these four governments"); "the"
 * and a possessive ("the three leaders", "its four neighbours") state how many there are,
 * so the number stays a count (a generic count, as the gold annotates it).
 */
const REFERRING_DETERMINERS = new Set(['these', 'those']);

/**
 * Nouns after "two" that name a pair of actors or places ("two countries", "two continents",
 * "the two presidents"): a reference to the pair, not a count, with or without a determiner.
 */
const PAIR_NOUNS = new Set([
  'countries', 'states', 'nations', 'republics', 'governments', 'sides', 'parties', 'neighbours',
  'neighbors', 'leaders', 'presidents', 'heads', 'ministers', 'premiers', 'capitals', 'continents',
  'regions', 'peoples', 'economies', 'partners', 'delegations',
]);

/** Words after a rate period that make it a time reference ("a year earlier"). */
const NOT_RATE_AFTER = new Set(['earlier', 'ago', 'later', 'before', 'after', 'previously', 'prior']);
/** Words before a rate period that make it a time frame ("in a year"). */
const NOT_RATE_BEFORE = new Set(['in', 'within', 'for', 'over', 'than', 'of', 'about', 'around', 'last', 'next', 'past']);
/** Words at which the search for a rate period after a figure stops. */
const RATE_STOP = new Set(['or', 'but', 'while', 'which', 'that', 'whereas', 'compared', 'than', 'since', 'because']);

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const CURRENCY_PREFIX_LETTERS = new Set(['us', 'c', 'ca', 'hk', 'a', 'au', 'nz', 's']);

// ------------------------------------------------------------------ helpers

function isWord(t: Tokens, i: number): boolean {
  return i >= 0 && i < t.n && t.kind[i] === Kind.Word;
}

function isYearLike(n: NumberRead): boolean {
  if (n.words || n.scaled || !/^\d{4}$/.test(n.digits)) return false;
  const v = Number(n.digits);
  return v >= 1000 && v <= 2100;
}

function isPluralNoun(t: Tokens, k: number): boolean {
  if (!isWord(t, k)) return false;
  const w = lw(t, k)!;
  if (IRREGULAR_COUNT_NOUNS.has(w)) return true;
  // acronym plurals: "MoUs", "NGOs", "SMEs"
  if (/^[A-Z][A-Za-z]*[A-Z]s$/.test(rw(t, k)!)) return true;
  // a capital inside a word makes it a name ("PetroLinks", "TransGas"), not a plural
  if (/[a-z][A-Z]/.test(rw(t, k)!)) return false;
  if (w.length < 3 || !w.endsWith('s')) return false;
  if (NOT_PLURAL.has(w) || MONTHS.has(w)) return false;
  if (/(ss|us|is|ous|'s)$/.test(w)) return false;
  // possessive "country's" is tokenized apart; an apostrophe right after means "countries'"
  return true;
}

/** Longest unit key starting at token k (up to 3 tokens), looked up in a table. */
/** Every prefix of every key of a table (speed: longestKey stops when no key can match). */
const KEY_PREFIXES = new WeakMap<object, Set<string>>();

function keyPrefixes(table: object): Set<string> {
  let set = KEY_PREFIXES.get(table);
  if (set === undefined) {
    set = new Set<string>();
    for (const key of Object.keys(table)) for (let i = 1; i <= key.length; i++) set.add(key.slice(0, i));
    KEY_PREFIXES.set(table, set);
  }
  return set;
}

function longestKey<T>(t: Tokens, k: number, table: Readonly<Record<string, T>>): { value: T; last: number } | null {
  const prefixes = keyPrefixes(table);
  let key = '';
  let best: { value: T; last: number } | null = null;
  for (let j = k; j < Math.min(t.n, k + 4); j++) {
    if (j > k) {
      const gap = t.start[j]! - t.end[j - 1]!;
      if (gap > 2) break;
      // "kilowatt-\nhours": a hyphen at a line end joins the two parts
      const hyphenBreak = gap > 0 && rw(t, j - 1) === '-' && /^[ \t]*\r?\n$/.test(t.text.slice(t.end[j - 1]!, t.start[j]!));
      key += gap === 0 || hyphenBreak ? '' : ' ';
    }
    key += t.kind[j] === Kind.Word ? lw(t, j) : rw(t, j);
    if (!prefixes.has(key)) break; // no key starts so: a longer key cannot match either
    const v = table[key];
    if (v !== undefined) best = { value: v, last: j };
  }
  return best;
}

const APPROX_PARTS: ReadonlyArray<[string[], Approx]> = APPROX_BEFORE.map(([p, k]) => [p.split(' '), k]);
const APPROX_LAST = new Set(APPROX_PARTS.map(([p]) => p[p.length - 1]!));

function approxBefore(t: Tokens, first: number, floor: number): Approx | null {
  // "approx. 200", "c. 300", "ca. 40", "~40%": abbreviations and the sign of approximation
  if (first - 1 >= floor && (lw(t, first - 1) === '~' || lw(t, first - 1) === '≈')) return 'about';
  if (first - 2 >= floor && lw(t, first - 1) === '.' && glued(t, first - 2, first - 1) && isWord(t, first - 2)) {
    const ab = rw(t, first - 2)!;
    if ((ab === 'approx' || ab === 'Approx' || ab === 'c' || ab === 'ca' || ab === 'appr') && !(first - 3 >= 0 && glued(t, first - 3, first - 2))) return 'about';
  }
  if (first - 1 < 0 || !APPROX_LAST.has(lw(t, first - 1)!)) return null;
  for (const [parts, kind] of APPROX_PARTS) {
    const s = first - parts.length;
    if (s < floor || s < 0) continue;
    let ok = true;
    for (let p = 0; p < parts.length; p++) {
      if (lw(t, s + p) !== parts[p]) {
        ok = false;
        break;
      }
    }
    if (ok) return kind;
  }
  return null;
}

/** A rate period after token e (within the clause), or null; `adjacent` when it follows at once. */
function rateAfter(t: Tokens, e: number): { period: string; last: number; adjacent: boolean } | null {
  // glued "/day", "/year"
  if (lw(t, e + 1) === '/' && glued(t, e, e + 1) && isWord(t, e + 2)) {
    const p = RATE_WORDS['per ' + lw(t, e + 2)];
    if (p) return { period: p, last: e + 2, adjacent: true };
  }
  let words = 0;
  for (let j = e + 1; j < t.n && words <= 8; j++) {
    if (t.kind[j] !== Kind.Word) {
      if (lw(t, j) === '-' || lw(t, j) === '’' || lw(t, j) === "'") continue;
      // "79 billion cubic metres (bcm) of water a year": an abbreviation in brackets
      if (lw(t, j) === '(' && lw(t, j + 2) === ')' && isWord(t, j + 1) && glued(t, j, j + 1) && glued(t, j + 1, j + 2)) {
        j += 2;
        continue;
      }
      // "tonnes of CO2 a year": digits glued to a word are part of a name or formula
      if (t.kind[j] === Kind.Num && j > e + 1 && isWord(t, j - 1) && glued(t, j - 1, j)) continue;
      // "2 million tonnes (mostly wheat) a year", "5 million tonnes of grain, mostly wheat, a
      // year": a short aside of words in brackets or between commas
      const close = lw(t, j) === '(' ? ')' : lw(t, j) === ',' && j > e + 1 ? ',' : null;
      if (close !== null) {
        let q = j + 1;
        while (q < t.n && q <= j + 5 && t.kind[q] === Kind.Word) q++;
        if (q > j + 1 && lw(t, q) === close) {
          j = q;
          continue;
        }
      }
      return null;
    }
    if (t.nl[j] && j > e + 1 && t.start[j]! - t.end[j - 1]! > 1 && /\n\s*\n/.test(t.text.slice(t.end[j - 1]!, t.start[j]!))) return null;
    const w = lw(t, j)!;
    // "2 million tonnes of grain and flour annually": two substances of one figure
    // ("100,000 tonnes of diesel and jet fuel a year": up to three words name the second)
    if ((w === 'and' || w === 'or') && lw(t, e + 1) === 'of' && j <= e + 4 && isWord(t, j + 1) && !startsNumber(t, j + 1)) {
      for (let q = j + 2; q <= j + 4 && isWord(t, q); q++) {
        const p = RATE_WORDS[lw(t, q)!] ?? RATE_WORDS[lw(t, q)! + ' ' + (lw(t, q + 1) ?? '')];
        const pl = RATE_WORDS[lw(t, q)!] !== undefined ? q : q + 1;
        if (p && !NOT_RATE_AFTER.has(lw(t, pl + 1) ?? '')) return { period: p, last: pl, adjacent: false };
        if (CHAIN_STOP.has(lw(t, q)!) || startsNumber(t, q)) break;
      }
    }
    if (RATE_STOP.has(w)) return null;
    // "$3 billion in annual trade", "4 million tonnes of yearly shipments"
    const adj = RATE_ADJECTIVES[w];
    if (adj && j > e + 1 && (lw(t, j - 1) === 'in' || lw(t, j - 1) === 'of') && isWord(t, j + 1)) {
      return { period: adj, last: j, adjacent: false };
    }
    // "$100bn-a-year": the two words of the period joined by a hyphen
    const hy = lw(t, j + 1) === '-' && glued(t, j, j + 1) && glued(t, j + 1, j + 2) ? 1 : 0;
    const two = RATE_WORDS[w + ' ' + (lw(t, j + 1 + hy) ?? '')];
    const one = RATE_WORDS[w];
    const hit = two !== undefined && isWord(t, j + 1 + hy) ? { period: two, last: j + 1 + hy } : one !== undefined ? { period: one, last: j } : null;
    if (hit) {
      if (NOT_RATE_AFTER.has(lw(t, hit.last + 1) ?? '')) return null;
      if (j > e + 1 && NOT_RATE_BEFORE.has(lw(t, j - 1)!)) return null;
      return { ...hit, adjacent: j === e + 1 };
    }
    words++;
  }
  return null;
}

/**
 * The unit a price is quoted per, right after it: "per barrel", "a tonne", "/MWh", "per
 * 1,000 cubic metres"; { per, last } or null.
 */
function perUnitAfter(t: Tokens, e: number): { per: string; last: number } | null {
  const w = lw(t, e + 1);
  if (w === undefined || t.start[e + 1]! - t.end[e]! > 2) return null;
  let k: number;
  if (w === 'per' || w === '/') k = e + 2;
  else if ((w === 'a' || w === 'an') && isWord(t, e + 2) && (lw(t, e + 2)!.length >= 3)) k = e + 2;
  else return null;
  if (k >= t.n || t.start[k]! - t.end[k - 1]! > 2) return null;
  const hit = longestKey(t, k, PER_UNITS);
  if (!hit) return null;
  // "per t" must be the unit itself, not the start of a word ("a ton of" is fine)
  if (isWord(t, hit.last + 1) && glued(t, hit.last, hit.last + 1)) return null;
  if (w === '/' && !(glued(t, e, e + 1) || glued(t, e + 1, k))) return null;
  return { per: hit.value, last: hit.last };
}

/**
 * "the cost of moving a tonne of crude from A to B at $40-45": a price quoted per the unit
 * named after a cost noun earlier in the sentence (no other number between).
 */
function perUnitBefore(t: Tokens, first: number, floor: number): string | null {
  for (let j = first - 1, seen = 0; j >= Math.max(floor - 40, 0) && seen < 18; j--, seen++) {
    const w = lw(t, j)!;
    if (t.kind[j] === Kind.Num) return null;
    if (t.kind[j] === Kind.Sym && (w === '.' || w === ';' || w === ':' || w === '?' || w === '!')) return null;
    if ((w === 'a' || w === 'one' || w === 'per' || w === 'each') && j + 1 < first) {
      const hit = longestKey(t, j + 1, PER_UNITS);
      if (!hit || hit.last >= first || lw(t, hit.last + 1) === '-') continue;
      // "the cost of (moving|shipping) a tonne"
      let c = j - 1;
      if (isWord(t, c) && lw(t, c)!.endsWith('ing')) c--;
      if (lw(t, c) === 'of') c--;
      if (isWord(t, c) && COST_NOUNS.has(lw(t, c)!)) return hit.value;
    }
  }
  return null;
}

/** "the yearly exchange to $4 billion": a rate adjective a few words before the figure. */
function rateBefore(t: Tokens, first: number, reach = 6): string | null {
  for (let j = first - 1, seen = 0; j >= 0 && seen < reach; j--, seen++) {
    if (t.kind[j] !== Kind.Word) return null;
    const p = RATE_ADJECTIVES[lw(t, j)!];
    if (p) return p;
  }
  return null;
}

/** Nouns of a flow of money or goods that an "annual" before them makes yearly ("annual trade"). */
const FLOW_NOUNS = new Set([
  'trade', 'turnover', 'exports', 'imports', 'output', 'production', 'revenue', 'revenues', 'income', 'spending',
  'sales', 'shipments', 'remittances', 'flows', 'inflows', 'outflows', 'consumption', 'demand', 'supplies',
  'throughput', 'traffic', 'earnings', 'receipts', 'payments', 'transfers', 'subsidies', 'aid', 'fees', 'rent',
]);

/**
 * "Annual trade between Kazakhstan and Uzbekistan reached $4 billion": a rate adjective right
 * before a noun of flow, up to 12 words before the figure (no other number or punctuation between).
 */
function flowRateBefore(t: Tokens, first: number): string | null {
  for (let j = first - 1, seen = 0; j > 0 && seen < 12; j--, seen++) {
    if (t.kind[j] !== Kind.Word) return null;
    if (FLOW_NOUNS.has(lw(t, j)!)) {
      const p = RATE_ADJECTIVES[lw(t, j - 1)!] ?? (isWord(t, j - 2) ? RATE_ADJECTIVES[lw(t, j - 2)!] : undefined);
      if (p) return p;
    }
  }
  return null;
}

/** Periods after "every"/"each"/"per" before a figure ("Every year, some 2 million tonnes ..."). */
const PHRASE_PERIODS: Readonly<Record<string, string>> = { year: 'year', day: 'day', month: 'month', week: 'week', annum: 'year' };
/** Adverbs of a period before a figure ("Kazakhstan annually exports 8 million tonnes"). */
const PERIOD_ADVERBS: Readonly<Record<string, string>> = { annually: 'year' };

/**
 * "Every year, some 2 million tonnes of grain pass through the port", "Each year Turkmenistan
 * sends about 40 bcm", "Kazakhstan annually exports 8 million tonnes": a rate period stated
 * before the figure in its sentence (up to 14 words back, no other number between).
 */
function ratePhraseBefore(t: Tokens, first: number, floor: number): string | null {
  for (let j = first - 1, seen = 0; j >= Math.max(floor - 30, 0) && seen < 14; j--, seen++) {
    if (t.kind[j] === Kind.Num) return null;
    if (t.kind[j] === Kind.Sym) {
      const w = lw(t, j)!;
      if (w === '.' || w === ';' || w === ':' || w === '?' || w === '!' || w === '(' || w === ')') return null;
      continue;
    }
    const w = lw(t, j)!;
    const adv = PERIOD_ADVERBS[w];
    if (adv) return adv;
    const p = PHRASE_PERIODS[w];
    if (p && j - 1 >= 0) {
      const d = lw(t, j - 1)!;
      // "every year", "each year", "per year" (not "in a year", "last year", "every other year")
      if (d === 'every' || d === 'each' || d === 'per') return p;
    }
  }
  return null;
}

/**
 * Whether the number at [first, last] is refused by its left context: identifier glued to
 * letters, "6+3", a label word, a footnote mark glued after a word, a month before it.
 */
function refusedLeft(t: Tokens, first: number, isDigits: boolean): boolean {
  const p = first - 1;
  if (p < 0) return false;
  if (isDigits) {
    // glued to letters: "COP29", "G20"; through a hyphen: "COVID-19", "G-20", "mid-1972"
    if (glued(t, p, first) && t.kind[p] === Kind.Word) return true;
    if (glued(t, p, first) && (lw(t, p) === '-' || lw(t, p) === '/' || lw(t, p) === '‑' || lw(t, p) === '–' || lw(t, p) === '—') && glued(t, p - 1, p) && (t.kind[p - 1] === Kind.Word || t.kind[p - 1] === Kind.Num)) return true;
    // "6+3", "+358 ...", "#5", "№5"
    // ("+12%": a signed change in percent is a figure)
    const signedPercent = lw(t, p) === '+' && !(p > 0 && glued(t, p - 1, p) && t.kind[p - 1] !== Kind.Sym) && ['%', 'percent', 'per', 'pct', 'pp'].includes(lw(t, first + 1) ?? '');
    if (glued(t, p, first) && !signedPercent && (lw(t, p) === '+' || lw(t, p) === '#' || lw(t, p) === '№' || lw(t, p) === '§' || lw(t, p) === '^')) return true;
    // footnote mark glued after a word or after punctuation glued to a word: "trade.12", "states,3"
    if (glued(t, p, first) && /^[.,;:)\]”’"'»]$/.test(lw(t, p)!) && p - 1 >= 0 && glued(t, p - 1, p) && (t.kind[p - 1] === Kind.Word || lw(t, p - 1) === ')' || t.kind[p - 1] === Kind.Num)) return true;
    // time "10:30", ratio "3:1"
    if (glued(t, p, first) && lw(t, p) === ':' && t.kind[p - 1] === Kind.Num) return true;
  }
  // "ranked 45th of 190", "12th out of 30": the size of the ranking, not a figure
  if (lw(t, p) === 'of' && p - 1 >= 0) {
    let o = p - 1;
    if (lw(t, o) === 'out') o--;
    if (o - 1 >= 0 && ORDINAL_SUFFIX.has(lw(t, o) ?? '') && t.kind[o - 1] === Kind.Num && glued(t, o - 1, o)) return true;
  }
  // labels: "Table 3", "page 12", "No. 5", "pp. 3-5", "ISSN 1234-5678", "top 20"
  const pw = lw(t, p)!;
  if (t.kind[p] === Kind.Word && LABEL_WORDS.has(pw)) return true;
  // ("No. 5", "Vol. 3"; a number in words after a sentence that ends in a label word starts
  // the next sentence: "... for the northern section. Two weeks later")
  if (pw === '.' && isDigits && isWord(t, p - 1) && LABEL_WORDS.has(lw(t, p - 1)!)) return true;
  // dates "March 14", "July 23rd", "on may 8"
  if (t.kind[p] === Kind.Word && MONTHS.has(pw) && (pw !== 'may' || rw(t, p) === 'May' || t.kind[first] === Kind.Num)) {
    if (t.kind[first] === Kind.Num) return true;
  }
  if (pw === '.' && isWord(t, p - 1) && MONTHS.has(lw(t, p - 1)!) && t.kind[first] === Kind.Num) return true;
  // ordinal words: "the first two months", "the last five years"
  if (t.kind[p] === Kind.Word && ORDINAL_WORDS.has(pw) && pw !== 'next' && pw !== 'last') return true;
  return false;
}

/** Time units short enough that "the first N ..." is a span, not a reporting period. */
const SHORT_SPANS = new Set(['hour', 'day', 'week', 'minute']);

/**
 * A left refusal that a time unit after the number lifts: "within the first 48 hours", "the
 * summit six weeks later" (a label word before a number in words). "The first three months
 * of 2020" stays refused (unitAfter reads no duration before "of" and a year).
 */
function liftedLeft(t: Tokens, s: number, n: NumberRead, isDigits: boolean): boolean {
  const pw = lw(t, s - 1) ?? '';
  const ordinal = t.kind[s - 1] === Kind.Word && (pw === 'first' || pw === 'initial');
  const label = t.kind[s - 1] === Kind.Word && LABEL_WORDS.has(pw) && !isDigits;
  if (!ordinal && !label) return false;
  // "cross the line four or five times": a number in words after a label word, with a unit
  let last = n.last;
  if (label && (lw(t, last + 1) === 'or' || lw(t, last + 1) === 'to') && isWord(t, last + 2) && startsNumber(t, last + 2)) last = readNumber(t, last + 2)?.last ?? last;
  const u = unitAfter(t, n, last + 1, isDigits);
  if (u === null) return false;
  // "the first nine months" is a reporting period; "the first 48 hours" a span
  // "the first 24 vehicles", "in its first fifteen years": a count or a span of years after
  // "first" states an amount; "the first nine months" stays a reporting period
  // "lining the first 50 km": a length or an amount after "first" is stated too
  if (ordinal) return (u.rule === 'figures/duration/unit' && (SHORT_SPANS.has(u.unit) || u.unit === 'year')) || u.rule === 'figures/count/noun' || u.rule === 'figures/quantity/unit';
  return u.rule !== 'figures/count/noun';
}

/** Whether the number ending at `last` is refused by what is glued after it. */
function refusedRight(t: Tokens, last: number, isDigits: boolean): boolean {
  const q = last + 1;
  if (q >= t.n) return false;
  if (isDigits && glued(t, last, q)) {
    const w = lw(t, q)!;
    if (ORDINAL_SUFFIX.has(w)) return true; // 20th
    if (w === 's' && t.kind[q] === Kind.Word) return true; // 1990s
    if (w === '+' && t.kind[q + 1] === Kind.Num) return true; // 6+3
    if (w === ':' && t.kind[q + 1] === Kind.Num) return true; // 10:30
    if (w === '/' && t.kind[q + 1] === Kind.Num) return true; // 3/4/2020
    // "5812K44" is a code; "5812m2" is square metres
    if (t.kind[q] === Kind.Word && t.kind[q + 1] === Kind.Num && glued(t, q, q + 1) && MEASURE_UNITS[lw(t, q)! + rw(t, q + 1)!] === undefined) return true;
  }
  // a month after the number: "14 March", "8-9 July"
  if (isWord(t, q) && MONTHS.has(lw(t, q)!) && (lw(t, q) !== 'may' || rw(t, q) === 'May')) return true;
  if (isWord(t, q) && (lw(t, q) === 'pm' || lw(t, q) === 'am') && t.start[q]! - t.end[last]! <= 1) return true;
  if ((lw(t, q) === 'a' || lw(t, q) === 'p') && lw(t, q + 1) === '.' && (lw(t, q + 2) === 'm')) return true;
  return false;
}

/**
 * The currency an exchange rate is quoted against, right after token e: "per dollar",
 * "per US dollar", "to the dollar", "against the euro", "for one dollar"; { base, last } or null.
 */
function exchangeBaseAfter(t: Tokens, e: number): { base: string; last: number } | null {
  const w = lw(t, e + 1);
  if (w !== 'per' && w !== 'to' && w !== 'against' && w !== 'for' && w !== 'vs' && w !== 'versus') return null;
  if (t.start[e + 1]! - t.end[e]! > 2) return null;
  let k = e + 2;
  const d = lw(t, k);
  if (d === 'the' || d === 'one' || d === 'a' || d === 'each' || d === '1') k++;
  else if (w !== 'per') return null;
  if (k >= t.n || t.start[k]! - t.end[k - 1]! > 2) return null;
  const hit = longestKey(t, k, EXCHANGE_BASE_WORDS);
  if (!hit || (isWord(t, hit.last + 1) && glued(t, hit.last, hit.last + 1))) return null;
  // "$5 per dollar of debt", "20 cents to the dollar of losses": a ratio, not a rate
  if (lw(t, hit.last + 1) === 'of') return null;
  // "to the euro area", "to the dollar zone": a place, not a currency
  if (['zone', 'area', 'bloc', 'region', 'countries', 'market', 'markets', 'economy', 'economies'].includes(lw(t, hit.last + 1) ?? '')) return null;
  return { base: hit.value, last: hit.last };
}

/** Currency words that are also common words: no currency named before an exchange rate. */
const NOT_EXCHANGE_NAMES = new Set(['won', 'mark', 'marks', 'sum', 'pound', 'pounds', 'cent', 'cents', 'pence', 'penny', 'pennies', 'franc', 'francs']);

/**
 * The currency named earlier in the sentence before token `first` ("the tenge traded at
 * about 520 per dollar"): its code, or null.
 */
function currencyNamedBefore(t: Tokens, first: number, floor: number, base: string): string | null {
  for (let j = first - 1, seen = 0; j >= 0 && j >= floor - 30 && seen < 16; j--, seen++) {
    const w = lw(t, j)!;
    if (t.kind[j] === Kind.Sym && (w === '.' || w === ';' || w === '?' || w === '!')) return null;
    if (t.kind[j] !== Kind.Word) continue;
    // "the tenge fell 4% against the dollar, to 505 per dollar": the base is no currency named
    const c = CURRENCY_CODES.has(rw(t, j)!) ? (rw(t, j) === 'RMB' ? 'CNY' : rw(t, j)!) : NOT_EXCHANGE_NAMES.has(w) ? undefined : CURRENCY_WORDS[w];
    if (c !== undefined && c !== base) return c;
  }
  return null;
}

interface Unit {
  unit: string;
  factor: number;
  last: number;
  rule: string;
  /** A rate can follow (money, measures, counts). */
  rateable: boolean;
  /** Added to the value (the cents of "4 dollars 15 cents"). */
  add?: number;
}

/** What follows a number: percent, currency, measure, time, multiplier, count; or null. */
function unitAfter(t: Tokens, n: NumberRead, k: number, isDigits: boolean): Unit | null {
  if (k >= t.n) return null;
  // hyphenated adjective form: "five-day", "3-inch", "12-cent", "3-fold"
  let j = k;
  let hyphen = false;
  if ((lw(t, k) === '-' || lw(t, k) === '‑') && glued(t, k - 1, k) && glued(t, k, k + 1) && isWord(t, k + 1)) {
    j = k + 1;
    hyphen = true;
  }
  const gap = t.start[j]! - t.end[j - 1]!;
  if (gap > 3) return null;
  if (/\n\s*\n/.test(t.text.slice(t.end[j - 1]!, t.start[j]!))) return null;

  const pct = longestKey(t, j, PERCENT_WORDS);
  // ("a 25-percent stake", "a 30-per-cent share": the adjective form of a percentage)
  // ("a 12-percentage-point rise" is in percentage points)
  if (pct && hyphen && lw(t, j) === 'percentage' && (lw(t, j + 1) === '-' || lw(t, j + 1) === '‑') && glued(t, j, j + 1) && (lw(t, j + 2) === 'point' || lw(t, j + 2) === 'points') && glued(t, j + 1, j + 2)) {
    return { unit: 'pp', factor: 1, last: j + 2, rule: 'figures/percent/number', rateable: false };
  }
  if (pct && (!hyphen || (pct.value === 'percent' && lw(t, j) !== 'pc' && lw(t, j) !== '%' && lw(t, j) !== 'percentage'))) return { unit: pct.value, factor: 1, last: pct.last, rule: 'figures/percent/number', rateable: false };
  // "by 50 basis points", "25bp": percentage points (50 bp = 0.5 pp)
  const bp = longestKey(t, j, BASIS_POINT_WORDS);
  // ("BP", the oil company, is no unit: the short forms count only in lower case)
  if (bp && !hyphen && !(isWord(t, bp.last + 1) && glued(t, bp.last, bp.last + 1)) && (bp.last > j || rw(t, j) === lw(t, j)) && !isYearLike(n)) {
    return { unit: bp.value.unit, factor: bp.value.factor, last: bp.last, rule: 'figures/percent/number', rateable: false };
  }

  if (isWord(t, j) && lw(t, j) === 'fold' && (hyphen || gap <= 1)) {
    return { unit: 'times', factor: 1, last: j, rule: 'figures/multiplier/fold', rateable: false };
  }
  // "grew 3x", "a 10× increase" (the sign glued to the number; "4x4", "1920x1080" are no multipliers)
  if (gap === 0 && !hyphen && (rw(t, j) === 'x' || rw(t, j) === '×') && !(t.kind[j + 1] === Kind.Num && glued(t, j, j + 1)) && !(isWord(t, j + 1) && glued(t, j, j + 1))) {
    return { unit: 'times', factor: 1, last: j, rule: 'figures/multiplier/times', rateable: false };
  }
  if (isWord(t, j) && lw(t, j) === 'times' && !hyphen) {
    return { unit: 'times', factor: 1, last: j, rule: 'figures/multiplier/times', rateable: false };
  }

  const rate = longestKey(t, j, RATE_UNITS);
  if (rate) return { unit: rate.value.unit, factor: rate.value.factor, last: rate.last, rule: 'figures/quantity/unit', rateable: false };

  // a minor currency unit: "5 euro cents" = 0.05 EUR, "40 kopecks" = 0.4 RUB
  const minor = longestKey(t, j, MINOR_CURRENCY_WORDS);
  if (minor && !hyphen && !(isWord(t, minor.last + 1) && glued(t, minor.last, minor.last + 1))) {
    return { unit: minor.value.unit, factor: minor.value.factor, last: minor.last, rule: 'figures/money/word', rateable: true };
  }
  // currency words and codes after the number: "8 dollars", "276 million euros", "640 million USD"
  const cur = longestKey(t, j, CURRENCY_WORDS);
  const measure = longestKey(t, j, MEASURE_UNITS);
  if (cur && (!measure || cur.last >= measure.last)) {
    const w = lw(t, cur.last)!;
    // "pounds": money after a scale word or a currency context; otherwise weight
    if (!((w === 'pounds' || w === 'pound') && (!n.scaled || lw(t, cur.last + 1) === 'of'))) {
      // "a 50 dollar bill" is still money; "two marks" / "won" / "sum" need a scale or digits
      // ("450 sum per kWh": a price per a unit is money too)
      // ("12,000 sum", "1,500 som": digits of four or more figures before "sum"/"som" are money)
      const bigDigits = isDigits && !n.words && n.value >= 1000 && !isYearLike(n) && (w === 'sum' || w === 'som');
      if ((w === 'won' || w === 'sum' || w === 'mark' || w === 'marks' || w === 'som') && !n.scaled && !bigDigits && !perUnitAfter(t, cur.last) && !exchangeBaseAfter(t, cur.last)) return null;
      // "4 dollars 15 cents", "nine dollars and twenty cents"
      let last = cur.last;
      let cents = 0;
      if (!n.scaled && (cur.value === 'USD' || cur.value === 'EUR' || cur.value === 'CAD' || cur.value === 'AUD')) {
        const k2 = lw(t, last + 1) === 'and' ? last + 2 : last + 1;
        const c = startsNumber(t, k2) ? readNumber(t, k2) : null;
        if (c && c.value < 100 && (lw(t, c.last + 1) === 'cents' || lw(t, c.last + 1) === 'cent')) {
          cents = c.value;
          last = c.last + 1;
        }
      }
      return { unit: cur.value, factor: 1, last, rule: 'figures/money/word', rateable: true, add: cents / 100 };
    }
  }
  if (t.kind[j] === Kind.Word && CURRENCY_CODES.has(rw(t, j)!) && !hyphen) {
    return { unit: rw(t, j) === 'RMB' ? 'CNY' : rw(t, j)!, factor: 1, last: j, rule: 'figures/money/code', rateable: true };
  }
  if (measure) {
    const key = lw(t, j)!;
    const single = measure.last === j && key.length === 1;
    // a one-letter unit is written in lower case ("5G" is no gram) and is glued or followed
    // by a non-word ("1.8m", "5 m long" is rare)
    // by a non-word ("1.8m", "5 m long" is rare), or by a preposition or conjunction ("fell
    // by 1.5 m between 2005 and 2024", "4 t of caviar")
    const singleOk =
      !single ||
      (rw(t, j) === key && (glued(t, j - 1, j) || !isWord(t, j + 1) || !/^[a-z]/.test(lw(t, j + 1) ?? '') || AFTER_SHORT_UNIT.has(lw(t, j + 1)!)));
    // a capitalised unit-like word is a name ("5 M"), except symbols like "MW", "MB", "TEU"
    // "a 40-foot container", "20-ft boxes": the type of a shipping container, not a length
    if (hyphen && (measure.value.unit === 'ft' || measure.value.unit === 'm') && CONTAINER_NOUNS.has(lw(t, measure.last + 1) ?? '')) return null;
    if (singleOk && !(single && rw(t, j) === 'M' && !glued(t, j - 1, j))) {
      if (!(isWord(t, measure.last + 1) && glued(t, measure.last, measure.last + 1))) {
        return { unit: measure.value.unit, factor: measure.value.factor, last: measure.last, rule: 'figures/quantity/unit', rateable: true };
      }
    }
  }
  // "four summer months", "ten working days"
  if (isWord(t, j) && !hyphen && TIME_MODIFIERS.has(lw(t, j)!) && isWord(t, j + 1) && TIME_UNITS[lw(t, j + 1)!] !== undefined && t.start[j + 1]! - t.end[j]! <= 2) j++;
  if (isWord(t, j) && TIME_UNITS[lw(t, j)!] !== undefined) {
    // "41-year-old" and "52 years old" are ages ("two decades old" is a span); "the first
    // nine months of 2021" and "three years ago" are dates
    const after = lw(t, j + 1) ?? '';
    if ((after === '-' && lw(t, j + 2) === 'old') || (after === 'old' && (hyphen || TIME_FACTORS[lw(t, j)!] === undefined)) || after === 'ago') return null;
    // "one day", "one year later": idioms, not durations; "for (about) one year", "extended by
    // one year" state a length
    if (n.words && n.value === 1 && !n.scaled && !ONE_UNIT_LEAD.has(lw(t, n.first - 1) ?? '')) return null;
    if (after === 'of' && (t.kind[j + 2] === Kind.Num || lw(t, j + 2) === 'this' || lw(t, j + 2) === 'last' || lw(t, j + 2) === 'next')) return null;
    return { unit: TIME_UNITS[lw(t, j)!]!, factor: TIME_FACTORS[lw(t, j)!] ?? 1, last: j, rule: 'figures/duration/unit', rateable: false };
  }
  // "a five-member council", "a 27-nation bloc": the size of a body, a count
  if (hyphen && GROUP_SIZE_NOUNS.has(lw(t, j)!) && !(isWord(t, j + 1) && glued(t, j, j + 1)) && (n.value >= 2 || isDigits)) {
    return { unit: 'count', factor: 1, last: j, rule: 'figures/count/noun', rateable: false };
  }
  if (hyphen) return null;
  if (!isDigits && n.value < 2 && !n.scaled) return null;
  // "5G networks", "3D printers": letters glued to the number make a name, not a counted noun
  if (gap === 0 && isWord(t, j)) return null;
  // counted noun: "515 troops", "25 important intergovernmental documents", "61 Iranian firms"
  let m = j;
  for (let words = 0; m < t.n && words < 5; words++) {
    // "two new 8,000-tonne tankers": a figure of its own inside the noun phrase; the count
    // ends before it (the scan then reads the inner figure)
    if (m > j && t.kind[m] === Kind.Num && (lw(t, m + 1) === '-' || lw(t, m + 1) === '‑') && glued(t, m, m + 1) && glued(t, m + 1, m + 2) && isWord(t, m + 2)) {
      for (let q = m + 3, more = 0; q < t.n && more < 3; q++, more++) {
        if (!isWord(t, q)) break;
        if (isPluralNoun(t, q) && TIME_UNITS[lw(t, q)!] === undefined) return { unit: 'count', factor: 1, last: m - 1, rule: 'figures/count/noun', rateable: false };
        if (CHAIN_STOP.has(lw(t, q)!)) break;
      }
      return null;
    }
    if (!isWord(t, m)) return null;
    if (m > j && t.start[m]! - t.end[m - 1]! > 2) return null;
    // a model designation in the noun phrase: "24 F-16 jets", "18 A321neo aircraft", "Su-30 fighters"
    if (/^[A-Z]/.test(rw(t, m)!) && rw(t, m)!.length <= 4) {
      let q = m + 1;
      if ((lw(t, q) === '-' || lw(t, q) === '‑') && glued(t, m, q) && t.kind[q + 1] === Kind.Num && glued(t, q, q + 1)) q += 2;
      else if (t.kind[q] === Kind.Num && glued(t, m, q)) q += 1;
      if (q > m + 1) {
        if (isWord(t, q) && glued(t, q - 1, q)) {
          // "24 F-16s", "two A400Ms": the designation in the plural is the counted noun
          if (/^(?:s|[A-Za-z]*[A-Z]s)$/.test(rw(t, q)!) && !(isWord(t, q + 1) && t.start[q + 1]! - t.end[q]! <= 1 && isPluralNoun(t, q + 1))) {
            return { unit: 'count', factor: 1, last: q, rule: 'figures/count/noun', rateable: true };
          }
          q++;
        }
        m = q;
        continue;
      }
    }
    // "3,000 Chinese work there", "300 ethnic Kyrgyz were evacuated": a people's name whose
    // plural has no -s, as the counted noun when no noun follows it
    if (INVARIANT_PEOPLES.has(lw(t, m)!) && (!isWord(t, m + 1) || (!/^[A-Z]/.test(rw(t, m + 1)!) && AFTER_PEOPLE.has(lw(t, m + 1)!)))) {
      return { unit: 'count', factor: 1, last: m, rule: 'figures/count/noun', rateable: true };
    }
    if (isPluralNoun(t, m)) {
      if (TIME_UNITS[lw(t, m)!] !== undefined) return null;
      // "countries’" / "countries'" possessive still counts
      return { unit: 'count', factor: 1, last: m, rule: 'figures/count/noun', rateable: true };
    }
    const w = lw(t, m)!;
    // "five Kyrgyz and two Tajik guards": the first of two coordinated counts of one noun
    if (m > j && (w === 'and' || w === 'or') && startsNumber(t, m + 1) && !startsNumber(t, m - 1)) {
      const n2 = readNumber(t, m + 1);
      if (n2 && (n2.words || !n2.scaled)) {
        for (let q = n2.last + 1, more = 0; q < t.n && more < 3; q++, more++) {
          if (!isWord(t, q)) break;
          if (isPluralNoun(t, q) && TIME_UNITS[lw(t, q)!] === undefined) return { unit: 'count', factor: 1, last: m - 1, rule: 'figures/count/noun', rateable: false };
          if (CHAIN_STOP.has(lw(t, q)!) || startsNumber(t, q)) break;
        }
      }
      return null;
    }
    // "50,000 head of cattle": a count of animals
    if (w === 'head' && m === j && lw(t, m + 1) === 'of' && (isDigits || n.scaled)) {
      return { unit: 'count', factor: 1, last: m, rule: 'figures/count/noun', rateable: true };
    }
    // "more than 10 other documents"
    if ((w === 'other' || ((w === 'more' || w === 'further') && lw(t, m + 1) !== 'than' && lw(t, m + 1) !== 'of')) && m === j) {
      m++;
      continue;
    }
    if (CHAIN_STOP.has(w) || MONTHS.has(w) || startsNumber(t, m) || ORDINAL_WORDS.has(w)) return null;
    // possessive "Azerbaijan’s" ends the noun phrase
    if ((lw(t, m + 1) === '’' || lw(t, m + 1) === "'") && lw(t, m + 2) === 's') return null;
    // hyphenated modifier "high-level", "small-scale"
    if ((lw(t, m + 1) === '-' || lw(t, m + 1) === '‑') && glued(t, m, m + 1) && glued(t, m + 1, m + 2) && isWord(t, m + 2)) {
      // a hyphenated plural noun is the counted noun: "60 co-sponsors", "12 by-elections"
      const nx = lw(t, m + 3) ?? '';
      if (isPluralNoun(t, m + 2) && TIME_UNITS[lw(t, m + 2)!] === undefined && !((nx === '-' || nx === '‑') && glued(t, m + 2, m + 3))) {
        return { unit: 'count', factor: 1, last: m + 2, rule: 'figures/count/noun', rateable: true };
      }
      m += 3;
      continue;
    }
    m++;
  }
  return null;
}

/** Words before "one" that make "one year" a length of time ("for one year", "by one year"). */
const ONE_UNIT_LEAD = new Set(['for', 'by', 'within', 'of', 'about', 'around', 'roughly', 'nearly', 'almost', 'than', 'only', 'just', 'over']);

/** Words after which a one-letter unit ("m", "t") reads as the unit: "1.5 m between", "4 t of". */
const AFTER_SHORT_UNIT = new Set([
  'between', 'in', 'by', 'and', 'or', 'to', 'from', 'since', 'over', 'below', 'above', 'deep',
  'high', 'long', 'wide', 'tall', 'at', 'on', 'during', 'while', 'when', 'than', 'of', 'per',
  'lower', 'higher', 'further',
]);

/** Nouns after "N-foot" naming a shipping container ("a 40-foot container"). */
const CONTAINER_NOUNS = new Set(['container', 'containers', 'box', 'boxes', 'equivalent', 'equivalents']);

/** Nouns after a hyphenated number that give the size of a body ("a five-member council"). */
const GROUP_SIZE_NOUNS = new Set([
  'member', 'nation', 'country', 'seat', 'strong',
  // the size of a building or a vehicle: "a 120-bed hospital", "a three-storey school", "a 24-berth port"
  'bed', 'storey', 'story', 'room', 'classroom', 'berth', 'place', 'person', 'man', 'apartment', 'pupil', 'student',
]);

/** "Five of the Nordic states", "three out of its six neighbours". */
function partitiveAfter(t: Tokens, k: number): number {
  let j = k;
  if (lw(t, j) === 'out' && lw(t, j + 1) === 'of') j += 2;
  else if (lw(t, j) === 'of') j += 1;
  else return -1;
  // "55 people were killed, 36 of them Kyrgyz": a part of a counted group
  if (lw(t, j) === 'them' || lw(t, j) === 'whom') return j;
  if (['the', 'its', 'their', 'these', 'those', 'his', 'her', 'our', 'all'].includes(lw(t, j) ?? '')) j++;
  for (let words = 0; j < t.n && words < 5; words++, j++) {
    if (t.kind[j] === Kind.Num) {
      // "three out of its six neighbours": the noun comes after the second number
      continue;
    }
    if (!isWord(t, j)) {
      if (lw(t, j) === '-' && glued(t, j - 1, j)) continue;
      return -1;
    }
    if (isPluralNoun(t, j) && TIME_UNITS[lw(t, j)!] === undefined) return j;
    const w = lw(t, j)!;
    if (CHAIN_STOP.has(w) && !startsNumber(t, j)) return -1;
  }
  return -1;
}

// ------------------------------------------------------------------ the scan

interface Hit extends FigureHit {
  firstTok: number;
  lastTok: number;
  /** A bare number: written with digits, an integer, not year-like. */
  bareInt: boolean;
  /** Its unit can take a rate period (money, measures, counts). */
  rateable?: boolean;
  /** Its rate period was read after it ("... of freight a year"). */
  rateAfterIt?: boolean;
  /** A bare number's rate period ("3 million a year"), applied when it becomes a count. */
  bareRate?: string;
  /** A bare number with a scale word and no unit ("about 12 billion"). */
  bareScaled?: boolean;
  /** The scale its unit word carries ("MW" = 1e6 W): a bare number that takes the unit takes it too. */
  unitFactor?: number;
}

/** A bare number takes the unit of `prev`, and the scale its unit word carries ("14 billion kWh, of which 2.5 billion"). */
function takeUnit(cur: Hit, prev: Hit, rule: string): void {
  const f = prev.unitFactor ?? 1;
  if (f !== 1) cur.value = typeof cur.value === 'number' ? round(cur.value * f) : [round(cur.value[0] * f), round(cur.value[1] * f)];
  cur.unit = prev.unit;
  cur.unitFactor = f;
  cur.rule = rule;
}

function makeHit(
  t: Tokens,
  first: number,
  last: number,
  value: number | [number, number],
  unit: string,
  approx: Approx | null,
  rule: string,
  bareInt = false,
): Hit {
  const start = t.start[first]!;
  const end = t.end[last]!;
  return { start, end, text: t.text.slice(start, end), value, unit, approx, rule, firstTok: first, lastTok: last, bareInt };
}

function round(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(12)) : v;
}

/** Currency sign or code starting at token i: { code, first, numAt } or null. */
function currencyPrefix(t: Tokens, i: number, floor: number): { code: string; first: number; numAt: number } | null {
  const w = lw(t, i)!;
  let code: string | undefined;
  let first = i;
  if (t.kind[i] === Kind.Sym) {
    code = CURRENCY_SYMBOLS[w];
    if (code === 'USD' && w === '$') {
      // "US$", "C$", "HK$" (glued), "us $", "c $", "hk $" (spaced), "u.s. $", "u.s $"
      const p = i - 1;
      if (p >= floor && isWord(t, p) && CURRENCY_PREFIX_LETTERS.has(lw(t, p)!)) {
        const isGlued = glued(t, p, i);
        const spacedOk = t.start[i]! - t.end[p]! === 1 && (lw(t, p) === 'us' || lw(t, p) === 'c' || lw(t, p) === 'hk');
        if ((isGlued || spacedOk) && !(p > 0 && glued(t, p - 1, p) && t.kind[p - 1] === Kind.Word)) {
          code = CURRENCY_SYMBOLS[lw(t, p) + '$'] ?? code;
          first = p;
        }
      } else if (p >= floor && lw(t, p) === '.' && lw(t, p - 1) === 's' && lw(t, p - 2) === '.' && lw(t, p - 3) === 'u' && p - 3 >= floor) {
        first = p - 3;
      } else if (p >= floor && lw(t, p) === 's' && lw(t, p - 1) === '.' && lw(t, p - 2) === 'u' && p - 2 >= floor && t.start[i]! - t.end[p]! <= 1) {
        first = p - 2;
      }
    }
  } else if (t.kind[i] === Kind.Word && CURRENCY_CODES.has(rw(t, i)!)) {
    code = rw(t, i) === 'RMB' ? 'CNY' : rw(t, i)!;
  }
  if (!code) return null;
  let numAt = i + 1;
  if (numAt < t.n && t.start[numAt]! - t.end[i]! > 2) return null;
  if (t.kind[numAt] !== Kind.Num && !(isWord(t, numAt) && startsNumber(t, numAt))) return null;
  // the markdown escape "\$7 billion": the backslash is left out of the span
  return { code, first, numAt };
}

/** Reads a number, plus the currency-only scales ("$4.5m", "$20k"). */
function readMoneyNumber(t: Tokens, k: number): NumberRead | null {
  const n = readNumber(t, k);
  if (!n) return null;
  if (!n.scaled && !n.words && glued(t, n.last, n.last + 1) && isWord(t, n.last + 1)) {
    const s = CURRENCY_ONLY_SCALES[lw(t, n.last + 1)!];
    if (s) return { ...n, value: n.value * s, last: n.last + 1, scaled: true };
  }
  return n;
}

/** A range after a number: "-9", "to 9", "and 35,000" (after "between"); shares the scale. */
function rangeAfter(
  t: Tokens,
  n: NumberRead,
  between: boolean,
  money: string | null,
): { hi: NumberRead; last: number; at: number; to: boolean } | null {
  let k = n.last + 1;
  if (k >= t.n) return null;
  // "between 2% and 3%", "5%-7%": the percent sign repeated on the first end
  if (!money && lw(t, k) === '%' && glued(t, n.last, k) && (between ? lw(t, k + 1) === 'and' : ['-', '–', '—', '‑'].includes(lw(t, k + 1) ?? '') && glued(t, k, k + 1) && t.kind[k + 2] === Kind.Num)) k++;
  const w = lw(t, k)!;
  const dash = w === '-' || w === '–' || w === '—' || w === '‑';
  if (between) {
    if (w !== 'and') return null;
  } else if (dash) {
    if (t.start[k]! - t.end[k - 1]! > 1) return null;
  } else if (w === 'or') {
    // "two or three years", "4 or 5 days": a range of two neighbouring amounts
    if (n.scaled || !(n.words ? isWord(t, k + 1) && startsNumber(t, k + 1) : t.kind[k + 1] === Kind.Num)) return null;
  } else if (w !== 'to') return null;
  k++;
  const at = k;
  if (money && t.kind[k] === Kind.Sym && CURRENCY_SYMBOLS[lw(t, k)!] === money) k++;
  if (t.kind[k] !== Kind.Num && !(isWord(t, k) && startsNumber(t, k))) return null;
  if (dash && t.start[k]! - t.end[k - 1]! > 1) return null;
  if (n.words !== (t.kind[k] === Kind.Word) && dash) return null;
  const hi = money ? readMoneyNumber(t, k) : readNumber(t, k);
  if (!hi) return null;
  if (w === 'or' && (hi.value <= n.value || hi.scaled || hi.value > n.value * 10)) return null;
  // "cut the number of seats from 120 to 90": a fall, not a range
  if (w === 'to' && !money && hi.value < n.value) return null;
  return { hi, last: hi.last, at, to: w === 'to' };
}

/** "from" before the token `first`, possibly with a qualifier between ("from about 15 ..."). */
function fromBefore(t: Tokens, first: number, floor: number): boolean {
  let k = first - 1;
  for (const [parts] of APPROX_PARTS) {
    const s = first - parts.length;
    if (s < floor || s < 1) continue;
    let ok = true;
    for (let p = 0; p < parts.length; p++) {
      if (lw(t, s + p) !== parts[p]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      k = s - 1;
      break;
    }
  }
  if (k < floor || lw(t, k) !== 'from') return false;
  // "estimates range from $300 million to $500 million", "yields vary from 2 to 4 tonnes":
  // a verb of spread before "from" makes the two ends one range, not a change
  let v = k - 1;
  if (v >= floor && isWord(t, v) && lw(t, v)!.endsWith('ly')) v--;
  return !(v >= floor && RANGE_VERBS.has(lw(t, v) ?? ''));
}

/** Verbs that state a spread of values ("range from A to B"), not a change from A to B. */
const RANGE_VERBS = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying']);

/**
 * "from A to B": a change, so two figures. Pushes A (with the unit, scale and rate read
 * after B) to `hits` and returns B.
 */
function splitChange(
  t: Tokens,
  hits: Hit[],
  aFirst: number,
  aLast: number,
  bFirst: number,
  bLast: number,
  value: [number, number],
  unit: string,
  approxA: Approx | null,
): Hit {
  hits.push(makeHit(t, aFirst, aLast, value[0], unit, approxA, 'figures/change/from-to'));
  return makeHit(t, bFirst, bLast, value[1], unit, null, 'figures/change/from-to');
}

/** A verb of meeting or visiting earlier in the clause ("have held talks 11 times"). */
function occasionVerbBefore(t: Tokens, first: number, floor: number): boolean {
  for (let j = first - 1, seen = 0; j >= floor && seen < 8; j--, seen++) {
    if (t.kind[j] !== Kind.Word) {
      if (lw(t, j) === '-' || lw(t, j) === '’' || lw(t, j) === "'") continue;
      return false;
    }
    const w = lw(t, j)!;
    if (OCCASION_VERBS.has(w)) return true;
    // "the stake held by the fund rose 3 times": a verb of change nearer the number wins
    if (CHANGE_VERBS.has(w)) return false;
  }
  return false;
}

/** Verbs of growth and decline: "N times" after one of them is a multiplier. */
const CHANGE_VERBS = new Set([
  'rose', 'risen', 'rise', 'rises', 'grew', 'grown', 'grow', 'grows', 'increased', 'increase',
  'increases', 'fell', 'fallen', 'fall', 'falls', 'decreased', 'decrease', 'declined', 'dropped',
  'expanded', 'multiplied', 'jumped', 'surged', 'climbed', 'shrank', 'shrunk', 'doubled',
  'tripled', 'cut', 'reduced',
]);

/**
 * Words of growth, size and comparison: "N times" with none of them in its clause before it
 * ("the council has been convened five times", "Baku has chaired the group three times")
 * counts occasions, not a multiplier.
 */
const MULTIPLY_CUES = new Set([
  ...CHANGE_VERBS,
  'decline', 'declines', 'drop', 'drops', 'jump', 'jumps', 'soared',
  'by', 'increasing', 'growing', 'rising', 'falling', 'multiply', 'boost', 'boosted', 'raise', 'raised', 'raising',
  'expand', 'expanding', 'exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpassed', 'outstrip', 'outstripped',
  'cost', 'costs', 'pay', 'paid', 'worth', 'size', 'bigger', 'larger', 'higher', 'lower', 'smaller',
]);
/** Words right before "N times" (or one word before) that make it a comparison: "is three times", "at roughly 3 times". */
const MULTIPLY_NEAR = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'become', 'became', 'becomes', 'remain', 'remains', 'remained',
  'more', 'less', 'up', 'down', 'some', 'about', 'around', 'nearly', 'almost', 'roughly', 'than', 'over',
  'now', 'still', 'already', 'only', 'just',
]);

/** Whether the clause before token `first` (up to 8 words) has no word of change, size or comparison and ends in a verb-like word. */
function noChangeBefore(t: Tokens, first: number, floor: number): boolean {
  let words = 0;
  for (let j = first - 1; j >= floor && words < 8; j--) {
    if (t.kind[j] !== Kind.Word) {
      if (lw(t, j) === '-' || lw(t, j) === '’' || lw(t, j) === "'") continue;
      break;
    }
    if (MULTIPLY_CUES.has(lw(t, j)!)) return false;
    if (words < 2 && MULTIPLY_NEAR.has(lw(t, j)!)) return false;
    words++;
  }
  // a word right before the number, no determiner ("a three times increase")
  const prev = lw(t, first - 1) ?? '';
  return isWord(t, first - 1) && !t.nl[first - 1] && !['a', 'an', 'the', 'and', 'or', 'nor'].includes(prev);
}

/** A rate period right after token k ("a week", "per year", "annually"): { period, last } or null. */
function frequencyAfter(t: Tokens, k: number): { period: string; last: number } | null {
  if (!isWord(t, k + 1) || t.start[k + 1]! - t.end[k]! > 2) return null;
  const two = isWord(t, k + 2) ? RATE_WORDS[lw(t, k + 1)! + ' ' + lw(t, k + 2)!] : undefined;
  const hit = two !== undefined ? { period: two, last: k + 2 } : RATE_WORDS[lw(t, k + 1)!] !== undefined ? { period: RATE_WORDS[lw(t, k + 1)!]!, last: k + 1 } : null;
  if (!hit || NOT_RATE_AFTER.has(lw(t, hit.last + 1) ?? '')) return null;
  return hit;
}

/** Words after "twice"/"once" that make it a frequency or a comparison ("twice a year"). */
const FREQUENCY_NEXT = new Set(['a', 'an', 'per', 'each', 'every', 'as', 'the', 'that', 'than', 'more', 'over', 'daily', 'weekly', 'monthly', 'yearly', 'annually']);

/** A past participle right before token i, maybe after "only"/"already" ("was postponed twice"). */
function participleBefore(t: Tokens, i: number, floor: number): boolean {
  let j = i - 1;
  if (j >= floor && ONLY_WORDS.has(lw(t, j) ?? '')) j--;
  if (j < floor || !isWord(t, j)) return false;
  const x = lw(t, j)!;
  // the verb must be a finite or passive one: "was launched twice", "they met twice"
  return x.length > 4 && x.endsWith('ed') && /^[a-z]/.test(rw(t, j)!) && (AUX_BEFORE.has(lw(t, j - 1) ?? '') || isWord(t, j - 1));
}
const AUX_BEFORE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'has', 'have', 'had']);


/** Words after "N times" that make it a comparison ("three times as many", "4 times higher"). */
const TIMES_COMPARISON = new Set([
  'as', 'more', 'higher', 'larger', 'bigger', 'greater', 'less', 'lower', 'smaller', 'fewer',
  'faster', 'slower', 'cheaper', 'over', 'the', 'that', 'than',
]);

/** "three times as many", "4 times higher": a comparison after "times" at token k. */
function timesComparison(t: Tokens, k: number): boolean {
  const nx = lw(t, k + 1) ?? '';
  if (nx === 'as') return ['many', 'much'].includes(lw(t, k + 2) ?? '') || lw(t, k + 3) === 'as';
  return TIMES_COMPARISON.has(nx);
}

/** Units after which a range of two year-like numbers is a range of amounts, not a period. */
const YEARLIKE_RANGE_UNITS = new Set(['figures/quantity/unit', 'figures/money/word', 'figures/money/code', 'figures/percent/number']);

/** Durations written without a number: the words, the length, its unit. */
const WORD_DURATIONS: ReadonlyArray<[string[], number, string]> = [
  [['a', 'quarter', 'of', 'a', 'century'], 25, 'year'],
  [['a', 'quarter', '-', 'century'], 25, 'year'],
  [['a', 'quarter', 'century'], 25, 'year'],
  [['half', 'a', 'century'], 50, 'year'],
  [['half', 'a', 'decade'], 5, 'year'],
  [['a', 'decade'], 10, 'year'],
  [['a', 'century'], 100, 'year'],
  [['a', 'year'], 1, 'year'],
];
/** Words before a number-less duration that make it one ("for a decade", "after a decade"). */
const DURATION_LEAD = new Set(['for', 'over', 'after', 'within', 'than', 'nearly', 'almost', 'about', 'some', 'of', 'lasted', 'spent', 'took', 'takes', 'taken', 'take', 'last']);
/**
 * "a year" is a duration only after these (the rate "a year" follows an amount; "in a year"
 * is a time frame): "within a year", "for a year", "more than a year".
 */
const YEAR_LEAD = new Set(['within', 'for', 'than', 'nearly', 'almost', 'lasted', 'spent', 'took', 'taken', 'take', 'takes']);
/** Words after a number-less duration that make it a date or an age ("a decade ago", "a year earlier", "a century old"). */
const NOT_DURATION_AFTER = new Set(['ago', 'old', '-', 'earlier', 'before', 'on']);

/** Words before a bare scale word that leave the amount unstated ("several hundred"). */
const VAGUE_BEFORE = new Set(['several', 'few', 'many', 'some', 'hundreds', 'thousands', 'tens']);

/** Modals before a base-form verb of multiplication ("would double"). */
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must', 'll']);
/** Verbs and nouns of intention before "to" + a base-form verb ("aims to double"). */
const INTENT_BEFORE_TO = new Set([
  'aim', 'aims', 'aimed', 'aiming', 'plan', 'plans', 'planned', 'planning', 'want', 'wants',
  'wanted', 'intend', 'intends', 'intended', 'hope', 'hopes', 'hoped', 'expect', 'expects',
  'expected', 'seek', 'seeks', 'sought', 'pledged', 'promised', 'vowed', 'agreed', 'set',
  'is', 'are', 'was', 'were', 'be', 'able', 'likely', 'target', 'goal', 'ambition', 'enough',
  'help', 'helps', 'designed', 'needs', 'need', 'needed', 'going', 'would', 'could',
  // "plans to triple the volume and to halve transit times"
  'and', 'or',
  // "pledges to double", "a promise to double", "a memorandum to double gas imports"
  'pledge', 'pledges', 'promise', 'promises', 'vow', 'vows', 'agree', 'agrees', 'decide',
  'decided', 'decides', 'decision', 'resolved', 'committed', 'commitment', 'commitments',
  'memorandum', 'agreement', 'deal', 'declaration', 'bid', 'effort', 'efforts', 'strategy',
  'programme', 'program', 'roadmap', 'initiative', 'proposal', 'proposed', 'proposes',
  'ready', 'determined', 'try', 'tries', 'tried', 'trying', 'working', 'plans', 'targets',
  'aspires', 'ambitions', 'goals', 'intention',
]);
/** Qualifiers before "double the ..." that make it a comparison ("about double the tariff"). */
const APPROX_BEFORE_COMPARISON = new Set(['about', 'almost', 'nearly', 'roughly', 'approximately', 'around', 'some', 'over']);
/** Determiners after "double"/"triple" in a comparison ("double the tariff", "triple its level"). */
const COMPARED_NEXT = new Set(['the', 'its', 'their', 'that', 'this', 'what', 'his', 'her', 'our']);

/** Words after a base-form verb of multiplication that make it an adjective or idiom. */
const NOT_MULTIPLIER_AFTER = new Set(['taxation', 'counting', 'check', 'checks', 'click', 'standard', 'standards', 'digits', 'digit', '-']);

/** Nouns and verbs of a commitment a date may follow ("a memorandum in July 2022 to double"). */
const PLEDGES = new Set([
  'memorandum', 'agreement', 'deal', 'declaration', 'pledged', 'promised', 'agreed', 'signed',
  'pledge', 'promise', 'roadmap', 'plan', 'programme', 'program', 'strategy', 'decided', 'vowed',
]);

/** A commitment word within eight words before token k (same sentence). */
function pledgeBefore(t: Tokens, k: number, floor: number): boolean {
  for (let j = k, seen = 0; j >= floor && seen < 8; j--, seen++) {
    const x = lw(t, j)!;
    if (t.kind[j] === Kind.Sym && (x === '.' || x === ';' || x === ':')) return false;
    if (t.kind[j] === Kind.Word && PLEDGES.has(x)) return true;
  }
  return false;
}

/** "would double its exports", "aims to triple capacity", "could more than double". */
function multiplierVerbContext(t: Tokens, i: number, floor: number): boolean {
  if (NOT_MULTIPLIER_AFTER.has(lw(t, i + 1) ?? '')) return false;
  if (/^[A-Z]/.test(rw(t, i)!)) return false;
  for (let j = i - 1, seen = 0; j >= floor && seen < 4; j--, seen++) {
    if (!isWord(t, j)) {
      if (lw(t, j) === '’' || lw(t, j) === "'") continue;
      return false;
    }
    const x = lw(t, j)!;
    if (MODALS.has(x)) return true;
    // "agreed ... in July 2022 to double supplies": a date between the intention and "to"
    if (x === 'to') return (isWord(t, j - 1) && INTENT_BEFORE_TO.has(lw(t, j - 1)!)) || (t.kind[j - 1] === Kind.Num && /^(?:19|20)\d\d$/.test(rw(t, j - 1)!) && pledgeBefore(t, j - 2, 0));
    // adverbs and qualifiers between: "would roughly double", "could more than double"
    if (!(x.endsWith('ly') || x === 'more' || x === 'than' || x === 'almost' || x === 'not' || x === 'also' || x === 'at' || x === 'least' || x === 'even')) return false;
  }
  return false;
}

/** Words after a fraction's "of" that make it a span of time or a date ("a quarter of a century"). */
function fractionOfTime(t: Tokens, k: number): boolean {
  let j = k;
  if (['a', 'an', 'the', 'this', 'that', 'last', 'next'].includes(lw(t, j) ?? '')) j++;
  const x = lw(t, j) ?? '';
  // "half of 2024" is a date; "half of the 1,500 trucks" a share
  return (t.kind[j] === Kind.Num && /^(?:1[89]|20)\d\d$/.test(x)) || TIME_UNITS[x] !== undefined || MONTHS.has(x) || x === 'way';
}

/** After "by a quarter" / "by half": the end of the change phrase (punctuation, a preposition). */
function byChangeEnd(t: Tokens, k: number): boolean {
  if (k >= t.n) return true;
  if (t.kind[k] === Kind.Sym) return lw(t, k) !== '-';
  return ['in', 'on', 'to', 'from', 'since', 'over', 'and', 'or', 'compared', 'against', 'between', 'during', 'last', 'this', 'year', 'within', 'after', 'by'].includes(lw(t, k)!);
}

/** Verbs after a qualified fraction that make it a share ("less than a third had closed"). */
const FRACTION_VERBS = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'consists', 'consisted', 'comes', 'came',
  'goes', 'went', 'remains', 'remained', 'will', 'would', 'could', 'can', 'may', 'might', 'lies',
  'lay', 'falls', 'fell', 'belongs', 'belonged', 'flows', 'flowed', 'passes', 'passed',
]);

/** Plural verbs after a fraction that make it a share of a group ("a third are paved"). */
const PLURAL_AGREEMENT = new Set(['are', 'were', 'have', 'remain', 'remained']);

/** Verbs of holding or paying a share, before a "half" that ends its clause ("each side contributing half"). */
const SHARE_VERBS = new Set([
  'contribute', 'contributes', 'contributed', 'contributing', 'own', 'owns', 'owned', 'owning',
  'hold', 'holds', 'held', 'holding', 'pay', 'pays', 'paid', 'paying', 'provide', 'provides',
  'provided', 'providing', 'finance', 'finances', 'financed', 'financing', 'cover', 'covers',
  'covered', 'covering', 'receive', 'receives', 'received', 'receiving', 'retain', 'retains',
  'retained', 'keep', 'keeps', 'kept', 'control', 'controls', 'controlled',
]);

/** Determiners after "half" that make it a share ("half its throughput", "half the cost"). */
const HALF_NEXT = new Set(['of', 'its', 'their', 'the', 'his', 'her', 'our', 'all', 'them', 'these', 'those']);

/**
 * A fraction as a share in percent: "a quarter of exports" (25), "less than half its
 * throughput" (50), "a third of" (33.3), "two thirds of" (66.7); not "the second half of
 * 2024", "a quarter of a century", "half a million".
 */
/** Determiners before "<word> half/quarter": "the northern half", "its western third". */
const PART_DETERMINERS = new Set(['the', 'its', 'their', 'this', 'that']);

/** The token before the qualifier that ends right before token i ("by [about] a third"), or i - 1. */
function beforeApprox(t: Tokens, i: number, floor: number): number {
  for (const [parts] of APPROX_PARTS) {
    const s = i - parts.length;
    if (s < floor || s < 1) continue;
    let ok = true;
    for (let p = 0; p < parts.length && ok; p++) ok = lw(t, s + p) === parts[p];
    if (ok) return s - 1;
  }
  return i - 1;
}

function fractionAt(t: Tokens, i: number, floor: number): Hit | null {
  const w = lw(t, i)!;
  const prev = lw(t, i - 1) ?? '';
  if (i - 1 >= floor && (prev === 'the' || ORDINAL_WORDS.has(prev) || prev === 'other' || prev === '-')) return null;
  // "the northern half of the route", "its overland half": a part named by its place, not a share
  if (i - 2 >= floor && PART_DETERMINERS.has(lw(t, i - 2) ?? '') && isWord(t, i - 1) && !/\d/.test(prev)) return null;
  let last: number;
  let value: number;
  // "one in five households" = 20 percent
  if (w === 'one' && lw(t, i + 1) === 'in' && isWord(t, i + 2) && UNIT_WORDS[lw(t, i + 2)!] !== undefined && UNIT_WORDS[lw(t, i + 2)!]! >= 2) {
    const d = UNIT_WORDS[lw(t, i + 2)!]!;
    return makeHit(t, i, i + 2, Number((100 / d).toFixed(1)), 'percent', approxBefore(t, i, floor), 'figures/percent/fraction');
  }
  if (w === 'half') {
    const nx = lw(t, i + 1) ?? '';
    if (lw(t, beforeApprox(t, i, floor)) === 'by' && byChangeEnd(t, i + 1)) return makeHit(t, i, i, 50, 'percent', approxBefore(t, i, floor), 'figures/percent/fraction');
    // "with each side contributing half", "the state owns half": a share held or paid
    if (i - 1 >= floor && SHARE_VERBS.has(prev) && (i + 1 >= t.n || t.kind[i + 1] === Kind.Sym || nx === 'each' || nx === 'and')) {
      return makeHit(t, i, i, 50, 'percent', approxBefore(t, i, floor), 'figures/percent/fraction');
    }
    if ((!HALF_NEXT.has(nx) && !PLURAL_AGREEMENT.has(nx)) || (nx === 'of' && fractionOfTime(t, i + 2)) || fractionOfTime(t, i + 1)) return null;
    if (prev === 'a' || prev === 'and' || prev === 'in') return null;
    last = i;
    value = 50;
  } else {
    let k = i + 1;
    if ((lw(t, k) === '-' || lw(t, k) === '‑') && glued(t, i, k) && glued(t, k, k + 1)) k++;
    const fw = lw(t, k) ?? '';
    const share = FRACTION_WORDS[fw];
    if (share === undefined || !isWord(t, k) || t.start[k]! - t.end[k - 1]! > 1) return null;
    const plural = fw.endsWith('s');
    if ((w === 'a' || w === 'one') === plural || fw === 'half' && w === 'a') return null;
    // "fell by a quarter", "cut costs by a third"
    const byChange = lw(t, beforeApprox(t, i, floor)) === 'by' && byChangeEnd(t, k + 1);
    // "Of the 40 plants, a third are idle": a plural verb makes the fraction a share of a group
    // ("a third is planned" is an ordinal)
    // "less than a third had reached close", "about two-thirds consists of memoranda": a
    // qualifier before and a verb after make it a share of what was just named
    const partOfGroup = PLURAL_AGREEMENT.has(lw(t, k + 1) ?? '') || (approxBefore(t, i, floor) !== null && FRACTION_VERBS.has(lw(t, k + 1) ?? ''));
    if (!byChange && !partOfGroup && (lw(t, k + 1) !== 'of' || fractionOfTime(t, k + 2))) return null;
    last = k;
    value = Number(((w === 'a' || w === 'one' ? 1 : UNIT_WORDS[w]!) * share).toFixed(1));
  }
  return makeHit(t, i, last, value, 'percent', approxBefore(t, i, floor), 'figures/percent/fraction');
}

/** "almost a decade", "for a quarter of a century", "within a year": a duration, or null. */
function wordDuration(t: Tokens, i: number, floor: number): Hit | null {
  for (const [parts, length, unit] of WORD_DURATIONS) {
    let ok = true;
    for (let p = 0; p < parts.length; p++) {
      if (lw(t, i + p) !== parts[p] || (p > 0 && t.start[i + p]! - t.end[i + p - 1]! > 2)) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const last = i + parts.length - 1;
    const after = lw(t, last + 1) ?? '';
    if (NOT_DURATION_AFTER.has(after)) return null;
    const lead = i - 1 >= floor ? lw(t, i - 1) ?? '' : '';
    if (parts.length === 2 && parts[1] === 'year') {
      // "more than a year", "within a year"; not "$5 billion a year", "once a year", "in a year"
      if (!YEAR_LEAD.has(lead)) return null;
      if (lead === 'than' && !['more', 'less'].includes(lw(t, i - 2) ?? '')) return null;
    }
    const approx = approxBefore(t, i, floor);
    if (!approx && !DURATION_LEAD.has(lead)) return null;
    return makeHit(t, i, last, length, unit, approx, 'figures/duration/word');
  }
  return null;
}

/** Characters that separate groups of three digits ("13 000", "1 250 000"). */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/**
 * "13 000 MW", "1 250 000 tonnes": thousands written with a space between groups of three
 * digits; read as one number only when a unit follows the last group (a row of numbers in a
 * plain-text table stays apart).
 */
function spacedThousands(t: Tokens, n: NumberRead): NumberRead | null {
  if (!/^\d{1,3}$/.test(n.digits) || n.last !== n.first) return null;
  const f = n.first;
  // the first group only: not the middle of a run of numbers
  if (f > 0 && t.kind[f - 1] === Kind.Num && GROUP_SPACES.has(t.text.slice(t.end[f - 1]!, t.start[f]!))) return null;
  let k = f;
  let digits = n.digits;
  while (t.kind[k + 1] === Kind.Num && /^\d{3}(?:\.\d+)?$/.test(rw(t, k + 1)!) && GROUP_SPACES.has(t.text.slice(t.end[k]!, t.start[k + 1]!)) && !digits.includes('.')) {
    digits += rw(t, k + 1)!;
    k++;
  }
  if (k === f) return null;
  const joined: NumberRead = { value: Number(digits), first: f, last: k, words: false, wordCount: 0, scaled: false, digits };
  const s = scaleAt(t, k + 1);
  if (s > 0) return null;
  const u = unitAfter(t, joined, k + 1, true);
  if (!u || u.rule === 'figures/duration/unit') return null;
  return joined;
}

/**
 * "3m tonnes", "20k people", "5m barrels": a one-letter scale glued to the number ("m" =
 * million, "k" = thousand) when a unit or a counted noun follows; "3m tall" stays metres.
 */
function shortScaleBeforeUnit(t: Tokens, n: NumberRead): NumberRead | null {
  const q = n.last + 1;
  if (!isWord(t, q) || !glued(t, n.last, q)) return null;
  const w = rw(t, q)!;
  const factor = w === 'm' ? 1e6 : w === 'k' ? 1e3 : 0;
  if (factor === 0 || !isWord(t, q + 1) || t.start[q + 1]! - t.end[q]! !== 1) return null;
  const scaled: NumberRead = { ...n, value: n.value * factor, last: q, scaled: true };
  const u = unitAfter(t, scaled, q + 1, true);
  if (!u || !(u.rule === 'figures/quantity/unit' || u.rule === 'figures/money/word' || u.rule === 'figures/count/noun')) return null;
  return scaled;
}

function tryAt(t: Tokens, i: number, floor: number, hits: Hit[], notes: ReadonlySet<number>): Hit | Skip | null {
  const w = lw(t, i)!;

  // 1. currency sign or code before a number
  if (t.kind[i] === Kind.Sym || (t.kind[i] === Kind.Word && CURRENCY_CODES.has(rw(t, i)!))) {
    const c = currencyPrefix(t, i, floor);
    if (c) {
      const n = readMoneyNumber(t, c.numAt);
      if (!n) return null;
      if (n.words && !n.scaled && n.wordCount === 1 && n.value < 2) return null;
      const between = lw(t, c.first - 1) === 'between';
      let value: number | [number, number] = n.value;
      let last = n.last;
      const r = rangeAfter(t, n, between, c.code);
      if (r) {
        let lo = n.value;
        if (!n.scaled && r.hi.scaled && lo < r.hi.value) lo *= r.hi.value / Number((rw(t, r.hi.first) ?? '1').replace(/,/g, '')) || 1;
        value = [round(lo), round(r.hi.value)];
        last = r.last;
      }
      let unit = c.code;
      // "$5 per dollar of debt" is no price: a currency per itself
      const pu0 = perUnitAfter(t, last);
      const pu = pu0 && pu0.per !== c.code ? pu0 : null;
      // a price per unit is a small amount: "$2 billion" after "the price of a barrel" is none
      const pb = pu || n.scaled ? null : perUnitBefore(t, c.first, floor);
      const ra = pu || pb ? null : rateAfter(t, last);
      let rule = t.kind[i] === Kind.Sym ? 'figures/money/symbol' : 'figures/money/code';
      if (pu) {
        unit += '/' + pu.per;
        last = pu.last;
        rule = 'figures/money/per-unit';
      } else if (pb) {
        unit += '/' + pb;
        rule = 'figures/money/per-unit';
      } else if (ra) {
        unit += '/' + ra.period;
        if (ra.adjacent) last = ra.last;
      } else {
        const rb = rateBefore(t, c.first) ?? flowRateBefore(t, c.first) ?? ratePhraseBefore(t, c.first, floor);
        if (rb) unit += '/' + rb;
      }
      // "between $10 and $15 million": the qualifier is read before "between"
      const firstForApprox = between ? c.first - 1 : c.first;
      if (r && r.to && Array.isArray(value) && fromBefore(t, c.first, floor)) {
        return splitChange(t, hits, c.first, n.last, r.at, last, value, unit, approxBefore(t, c.first, floor));
      }
      return makeHit(t, c.first, last, typeof value === 'number' ? round(value) : value, unit, approxBefore(t, firstForApprox, floor), rule);
    }
  }

  // 2. multiplier words: "fivefold", "five-fold" (read at the number), "tripled"
  if (t.kind[i] === Kind.Word) {
    const f = foldWord(w);
    if (f !== undefined) return makeHit(t, i, i, f, 'times', approxBefore(t, i, floor), 'figures/multiplier/fold');
    const mv = MULTIPLIER_VERBS[w];
    if (mv !== undefined) return makeHit(t, i, i, mv, 'times', approxBefore(t, i, floor), 'figures/multiplier/verb');
    const mb = MULTIPLIER_BASE_VERBS[w];
    // "would require turnover to more than double", "more than triple the fleet"
    const moreThan = i - 2 >= floor && lw(t, i - 1) === 'than' && lw(t, i - 2) === 'more' && !NOT_MULTIPLIER_AFTER.has(lw(t, i + 1) ?? '') && !/^[A-Z]/.test(rw(t, i)!);
    // "about double the domestic tariff", "nearly triple its 2019 level": a comparison
    const approxComparison = i - 1 >= floor && APPROX_BEFORE_COMPARISON.has(lw(t, i - 1)!) && COMPARED_NEXT.has(lw(t, i + 1) ?? '') && !/^[A-Z]/.test(rw(t, i)!);
    if (mb !== undefined && (moreThan || approxComparison || multiplierVerbContext(t, i, floor))) return makeHit(t, i, i, mb, 'times', approxBefore(t, i, floor), 'figures/multiplier/verb');
  }
  // "a quarter of exports", "less than half its throughput", "two thirds of the seats"
  if (w === 'a' || w === 'one' || w === 'half' || (UNIT_WORDS[w] !== undefined && UNIT_WORDS[w]! >= 2 && UNIT_WORDS[w]! <= 9)) {
    const f = fractionAt(t, i, floor);
    if (f) return f;
  }

  // "a pair of helicopters": two, counted
  if (w === 'a' && lw(t, i + 1) === 'pair' && lw(t, i + 2) === 'of' && isWord(t, i + 3)) {
    const pair: NumberRead = { value: 2, first: i, last: i + 1, words: true, wordCount: 2, scaled: false, digits: '' };
    const u = unitAfter(t, pair, i + 3, false);
    if (u && u.rule === 'figures/count/noun') return makeHit(t, i, u.last, 2, 'count', approxBefore(t, i, floor), 'figures/count/noun');
  }
  // 3. a duration without a number: "almost a decade", "a quarter of a century", "within a year"
  if (w === 'a' || w === 'half') {
    const d = wordDuration(t, i, floor);
    if (d) return d;
  }
  // "twice as many", "twice the size", "twice more": a multiplier of 2
  if (w === 'twice' && timesComparison(t, i)) {
    return makeHit(t, i, i, 2, 'times', approxBefore(t, i, floor), 'figures/multiplier/times');
  }
  // "the commission met only twice in five years": two occasions; so "was postponed twice",
  // "had met only once before" (not "twice a year", a frequency)
  // "trains run twice a week", "twice daily": a service frequency, count/week ("meets twice a
  // year" is a schedule of meetings, no figure)
  if (w === 'twice') {
    const f = frequencyAfter(t, i);
    if (f && f.period !== 'year') return makeHit(t, i, f.last, 2, 'count/' + f.period, approxBefore(t, i, floor), 'figures/count/occasions');
  }
  if (w === 'twice' && !FREQUENCY_NEXT.has(lw(t, i + 1) ?? '') && (occasionVerbBefore(t, i, floor) || participleBefore(t, i, floor))) {
    return makeHit(t, i, i, 2, 'count', approxBefore(t, i, floor), 'figures/count/occasions');
  }
  if (w === 'once' && i - 1 >= floor && ONLY_WORDS.has(lw(t, i - 1) ?? '') && !FREQUENCY_NEXT.has(lw(t, i + 1) ?? '') && (occasionVerbBefore(t, i, floor) || participleBefore(t, i - 1, floor))) {
    return makeHit(t, i, i, 1, 'count', null, 'figures/count/occasions');
  }

  // "a 50/50 split", "shared fifty-fifty": an equal split, 50 percent each
  if (t.kind[i] === Kind.Num && rw(t, i) === '50' && lw(t, i + 1) === '/' && rw(t, i + 2) === '50' && glued(t, i, i + 1) && glued(t, i + 1, i + 2) && !(t.kind[i + 3] === Kind.Sym && lw(t, i + 3) === '/' && glued(t, i + 2, i + 3)) && !(i > 0 && glued(t, i - 1, i) && t.kind[i - 1] !== Kind.Sym)) {
    return makeHit(t, i, i + 2, 50, 'percent', null, 'figures/percent/fraction');
  }
  if (w === 'fifty' && lw(t, i + 1) === '-' && lw(t, i + 2) === 'fifty' && glued(t, i, i + 1) && glued(t, i + 1, i + 2)) {
    return makeHit(t, i, i + 2, 50, 'percent', null, 'figures/percent/fraction');
  }
  // 4. a number
  let negative = false;
  let s = i;
  if (w === 'minus' && startsNumber(t, i + 1)) {
    negative = true;
    s = i + 1;
  } else if ((w === '-' || w === '−') && t.kind[i + 1] === Kind.Num && glued(t, i, i + 1) && (i === 0 || !glued(t, i - 1, i) || lw(t, i - 1) === '(' || lw(t, i - 1) === '[')) {
    // ("(-4.5%)": a sign after an opening bracket)
    negative = true;
    s = i + 1;
  }
  if (!startsNumber(t, s)) return null;
  const isDigits = t.kind[s] === Kind.Num;
  let n = readNumber(t, s);
  if (!n) return null;
  if (isDigits && !n.scaled) n = spacedThousands(t, n) ?? shortScaleBeforeUnit(t, n) ?? n;
  const first = negative ? i : s;
  // "several hundred workers", "a few thousand": no number is stated
  if (n.words && (w === 'hundred' || w === 'thousand' || w === 'dozen') && VAGUE_BEFORE.has(lw(t, s - 1) ?? '')) return skip(n);
  if (refusedLeft(t, s, isDigits) && !liftedLeft(t, s, n, isDigits)) return skip(n);
  // the number of a footnote line ("4 Ministry of Energy, 2021.")
  if (isDigits && notes.has(t.start[s]!)) return skip(n);
  if (isDigits && /^0\d/.test(n.digits)) return skip(n); // "00100", "013"
  const between = lw(t, first - 1) === 'between';
  let value: number | [number, number] = negative ? -n.value : n.value;
  let last = n.last;
  let r = rangeAfter(t, n, between, null);
  // "3.2% in 2020 to 4.1% in 2021": a year is no low end of a range of other numbers
  if (r && isYearLike(n) && !isYearLike(r.hi)) r = null;
  let hiRead: NumberRead | null = null;
  if (r) {
    hiRead = r.hi;
    // "2014-2019" is a period (so is "2005 to 2010 elections"); "1500-2000 tonnes" is an amount
    if (isYearLike(n) && isYearLike(r.hi) && !YEARLIKE_RANGE_UNITS.has(unitAfter(t, r.hi, r.last + 1, true)?.rule ?? '')) return skip(r.hi);
    let lo = n.value;
    if (!n.scaled && r.hi.scaled && lo < r.hi.value) {
      // "10 to 15 million": the scale of the second applies to the first
      const hiBase = r.hi.words ? 0 : Number((r.hi.digits || '0').replace(/,/g, ''));
      if (hiBase > 0) lo *= r.hi.value / hiBase;
    }
    value = [round(lo), round(r.hi.value)];
    last = r.last;
  }
  if (refusedRight(t, last, t.kind[last] === Kind.Num)) return skip(hiRead ?? n);

  const unit = unitAfter(t, hiRead ?? n, last + 1, t.kind[last] === Kind.Num || isDigits);
  const approx = approxBefore(t, between ? first - 1 : first, floor);
  // "rose by a factor of 3": a multiplier
  if (first - 2 >= floor && lw(t, first - 1) === 'of' && lw(t, first - 2) === 'factor' && (!unit || unit.rule === 'figures/count/noun')) {
    return makeHit(t, first - 2, last, value, 'times', null, 'figures/multiplier/times');
  }
  if (unit) {
    // a heading in title case ("After Three Decades", "Fifteen Years of ..."), or a numbered
    // note line ("1 Reserves figure: ..."): no figure
    if (unit.rule === 'figures/duration/unit' && n.words && /^[A-Z]/.test(rw(t, first)!) && /^[A-Z]/.test(rw(t, unit.last)!) && unit.last > last) return skip(n);
    // "Two Summits, One Region": a count in a title-case heading
    if (unit.rule === 'figures/count/noun' && n.words && /^[A-Z]/.test(rw(t, first)!) && /^[A-Z]/.test(rw(t, unit.last)!) && titleCaseLine(t.text, t.start[first]!)) return skip(n);
    // "1 Reserves figure: ...": one is never followed by a plural noun it counts
    if (unit.rule === 'figures/count/noun' && isDigits && !r && n.value === 1 && !n.scaled) return skip(n);
    const yearLike = isYearLike(n) && !r;
    if (yearLike && (unit.rule === 'figures/count/noun' || unit.rule === 'figures/duration/unit')) return skip(n);
    // "the two countries": a reference to a known pair, not a count
    if (unit.rule === 'figures/count/noun' && n.value === 2 && n.words && !r && PAIR_DETERMINERS.has(lw(t, first - 1) ?? '')) return skip(n);
    if (unit.rule === 'figures/count/noun' && n.value === 2 && n.words && !r && unit.last === last + 1 && PAIR_NOUNS.has(lw(t, unit.last)!)) return skip(n);
    if (unit.rule === 'figures/count/noun' && !isDigits && n.value < 2) return skip(n);
    // "the four governments": a reference to a group of actors already named, not a count
    if (
      unit.rule === 'figures/count/noun' &&
      n.words &&
      !n.scaled &&
      !r &&
      n.value >= 3 &&
      n.value <= 12 &&
      REFERRING_DETERMINERS.has(lw(t, first - 1) ?? '') &&
      ACTOR_GROUP_NOUNS.has(lw(t, unit.last)!)
    ) {
      return skip(n);
    }
    // "the three countries", "the three leaders", "the four governments": like "the two
    // countries", the parties of a trilateral or quadrilateral format named before, not a
    // count ("all three", "the five Central Asian states", "three new members" stay counts)
    if (
      unit.rule === 'figures/count/noun' &&
      n.words &&
      !n.scaled &&
      !r &&
      (n.value === 3 || n.value === 4) &&
      lw(t, first - 1) === 'the' &&
      lw(t, first - 2) !== 'all' &&
      (ACTOR_GROUP_NOUNS.has(lw(t, unit.last)!) || FORMAT_BODY_NOUNS.has(lw(t, unit.last)!))
    ) {
      return skip(n);
    }
    // "## Background: three states, three doctrines": a count in a markdown heading
    if (unit.rule === 'figures/count/noun' && n.words && headingLine(t.text, t.start[first]!)) return skip(n);
    let u = unit.unit;
    let rule = unit.rule;
    // "have held talks 11 times": occasions after a verb of meeting, not a multiplier
    if (rule === 'figures/multiplier/times' && !timesComparison(t, unit.last) && (occasionVerbBefore(t, first, floor) || noChangeBefore(t, first, floor))) {
      u = 'count';
      rule = 'figures/count/occasions';
    }
    let factor = unit.factor;
    let end = unit.last;
    // "three times a week", "4 times annually": a frequency, not a multiplier
    if (rule === 'figures/multiplier/times' || rule === 'figures/count/occasions') {
      const f = frequencyAfter(t, unit.last);
      if (f) {
        u = 'count/' + f.period;
        rule = 'figures/count/occasions';
        end = f.last;
      }
    }
    let rateAfterIt = false;
    // "100,000 containers (TEU)": a unit in brackets after the counted noun is the unit
    if (rule === 'figures/count/noun' && lw(t, unit.last + 1) === '(' && lw(t, unit.last + 3) === ')' && isWord(t, unit.last + 2)) {
      const bu = MEASURE_UNITS[lw(t, unit.last + 2)!];
      if (bu && lw(t, unit.last + 2)!.length >= 2) {
        u = bu.unit;
        factor = bu.factor;
        rule = 'figures/quantity/unit';
      }
    }
    // "10 grams per litre", "3 tonnes per hectare": a measure per a unit ("per"/"/" only)
    // ("3 tonnes a hectare": a yield per hectare)
    const quantityPer = rule === 'figures/quantity/unit' && (lw(t, unit.last + 1) === 'per' || lw(t, unit.last + 1) === '/' || ((lw(t, unit.last + 1) === 'a' || lw(t, unit.last + 1) === 'an') && lw(t, unit.last + 2) === 'hectare'));
    const pu = rule.startsWith('figures/money/') || quantityPer ? perUnitAfter(t, unit.last) : null;
    if (pu && rule === 'figures/quantity/unit') {
      u += '/' + pu.per;
      end = pu.last;
    } else if (pu) {
      // "1 US cent per kilowatt-hour" = 0.01 USD/kWh
      if (u === 'cent') {
        u = 'USD';
        factor *= 0.01;
      }
      u += '/' + pu.per;
      end = pu.last;
      rule = 'figures/money/per-unit';
    } else if (rule.startsWith('figures/money/') && u !== 'cent' && u !== 'pence' && exchangeBaseAfter(t, unit.last) && exchangeBaseAfter(t, unit.last)!.base !== u) {
      // "1.70 manats to the dollar": an exchange rate
      const x = exchangeBaseAfter(t, unit.last)!;
      u += '/' + x.base;
      end = x.last;
      rule = 'figures/money/exchange-rate';
    } else if (unit.rateable) {
      const ra = rateAfter(t, unit.last);
      if (ra) {
        u += '/' + ra.period;
        rateAfterIt = true;
        if (ra.adjacent) end = ra.last;
      } else {
        // ("Annual grain exports through the port of Aktau reached 2 million tonnes": for a
        // quantity that flows, the adjective may open a longer clause)
        const rb = rateBefore(t, first, FLOW_UNITS.has(u) && u !== 'count' ? 18 : 6) ?? ratePhraseBefore(t, first, floor);
        if (rb) u += '/' + rb;
      }
    }
    const v: number | [number, number] =
      typeof value === 'number' ? round(value * factor + (unit.add ?? 0)) : [round(value[0] * factor), round(value[1] * factor)];
    if (r && r.to && Array.isArray(v) && !between && fromBefore(t, first, floor)) {
      return splitChange(t, hits, first, n.last, r.at, end, v, u, approx);
    }
    const hit = makeHit(t, first, end, v, u, approx, rule);
    hit.unitFactor = factor;
    hit.rateable = unit.rateable;
    hit.rateAfterIt = rateAfterIt;
    return hit;
  }
  // "the tenge traded at about 520 per dollar": a bare number quoted against a currency,
  // with the currency named before it in the sentence, is an exchange rate
  if (!negative) {
    const x = exchangeBaseAfter(t, last);
    if (x && !(isYearLike(n) && !r)) {
      const code = currencyNamedBefore(t, first, floor, x.base);
      if (code && code !== x.base) return makeHit(t, first, x.last, value, code + '/' + x.base, approx, 'figures/money/exchange-rate');
    }
  }
  // "Five of the Nordic states"
  if (!r && n.value >= 2 && !isYearLike(n)) {
    const noun = partitiveAfter(t, last + 1);
    if (noun >= 0 && !(n.value === 2 && n.words && PAIR_DETERMINERS.has(lw(t, first - 1) ?? ''))) {
      return makeHit(t, first, last, value, 'count', approx, 'figures/count/partitive');
    }
  }
  // a bare number
  if (isYearLike(n) && !r) return skip(n);
  // "Four of its protocols were adopted, but only two are in force": a part of the group
  // counted just before, in the same sentence
  if (n.words && !n.scaled && !r && ONLY_WORDS.has(lw(t, first - 1) ?? '') && PART_VERBS.has(lw(t, last + 1) ?? '')) {
    const prev = hits[hits.length - 1];
    if (prev && prev.unit === 'count' && typeof prev.value === 'number' && prev.value > n.value && !/[.!?;:](\s|$)/.test(t.text.slice(prev.end, t.start[first]!))) {
      return makeHit(t, first, last, n.value, 'count', approx, 'figures/ellipsis/inherit');
    }
  }
  // "seven such visits last year, compared with three in 2021": a count compared with the
  // count just before it in the sentence
  if (n.words && !n.scaled && !r && n.value >= 2 && /\b(?:compared (?:with|to)|against|up from|down from)\s+$/i.test(t.text.slice(Math.max(0, t.start[first]! - 20), t.start[first]!))) {
    const prev = hits[hits.length - 1];
    if (prev && prev.unit === 'count' && t.start[first]! - prev.end < 120 && !/[.!?;:](\s|$)/.test(t.text.slice(prev.end, t.start[first]!))) {
      return makeHit(t, first, last, n.value, 'count', approx, 'figures/ellipsis/inherit');
    }
  }
  if (n.words && !n.scaled && n.wordCount === 1) return skip(n); // "all three are", "one of"
  if (n.words && n.value < 10 && !n.scaled) return skip(n);
  if (n.value === 2 && n.words && PAIR_DETERMINERS.has(lw(t, first - 1) ?? '')) return skip(n);
  if (isDigits && !n.scaled && /^\d{4,}$/.test(n.digits) && !r) return skip(n); // postcodes, codes, phone parts
  if (isDigits && t.kind[last + 1] === Kind.Num && !glued(t, last, last + 1)) return skip(n); // "50 123 4567"
  // alone on its line: a page number; at a line start before a capitalised word or ". ": a section number
  const lineStart = t.nl[first] === 1;
  const lineEnd = last + 1 >= t.n || t.nl[last + 1] === 1;
  // a small plain integer alone on its line is a page number ("12"); "7,654,321" or "4 million" is not
  if (lineStart && lineEnd && (n.words || (/^\d{1,4}$/.test(n.digits) && !n.scaled))) return skip(n);
  if (lineStart && isDigits) {
    const nx = lw(t, last + 1) ?? '';
    if (nx === '.' || nx === ')') return skip(n);
    if (isWord(t, last + 1) && /^[A-Z]/.test(rw(t, last + 1)!)) return skip(n);
  }
  if (isDigits && (lw(t, last + 1) === '.' || lw(t, last + 1) === ')') && t.kind[last + 2] === Kind.Num && glued(t, last, last + 1)) return skip(n); // 2.1.3
  if (isDigits && lw(t, first - 1) === '(' && lw(t, last + 1) === ')' && !n.scaled && !r) return skip(n); // "(3)" list marks
  if (isDigits && lw(t, first - 1) === '[' && lw(t, last + 1) === ']') return skip(n); // "[12]" reference marks
  // glued to the figure just read ("$5" + "0" cannot happen; "5%3" can): not a number of its own
  if (hits.length > 0 && hits[hits.length - 1]!.lastTok === first - 1 && glued(t, first - 1, first)) return skip(n);
  const bareInt = isDigits && !n.scaled && Number.isInteger(n.value) && !r;
  // "3.4 million a year": the rate period is kept for the case the number becomes a count
  const ra = rateAfter(t, last);
  const bare = makeHit(t, first, ra && ra.adjacent ? ra.last : last, typeof value === 'number' ? round(value) : value, 'number', approx, 'figures/number/bare', bareInt);
  if (ra && ra.adjacent) bare.bareRate = ra.period;
  bare.bareScaled = n.scaled && !r && !n.words;
  return bare;
}

/** Bodies of each party of a format ("the three railways", "the three energy ministries"). */
const FORMAT_BODY_NOUNS = new Set(['ministries', 'railways', 'agencies', 'operators', 'regulators', 'utilities', 'services']);

/**
 * Whether the line around `at` is a heading: a markdown heading ("## Background: ..."), or a
 * short line standing alone between blank lines with no closing punctuation ("Background:
 * three states, three doctrines").
 */
function headingLine(text: string, at: number): boolean {
  const s = text.lastIndexOf('\n', at) + 1;
  if (text.charCodeAt(s) === 35) return true; // '#'
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  if (e - s > 80 || /[.!?:;,]\s*$/.test(text.slice(s, e))) return false;
  const blankBefore = s === 0 || (s >= 2 && text.charCodeAt(s - 2) === 10);
  const blankAfter = e >= text.length - 1 || text.charCodeAt(e + 1) === 10;
  return blankBefore && blankAfter;
}

/** Whether the line around `at` is a title-case heading (most of its longer words capitalised). */
function titleCaseLine(text: string, at: number): boolean {
  const s = text.lastIndexOf('\n', at) + 1;
  let e = text.indexOf('\n', at);
  if (e < 0) e = text.length;
  if (e - s > 200) return false;
  const words = text.slice(s, e).match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

/** "only two are ...", "just one was ...": a part of a group counted before. */
const ONLY_WORDS = new Set(['only', 'just', 'merely']);
const PART_VERBS = new Set(['are', 'were', 'is', 'was', 'have', 'has', 'had', 'remain', 'remained', 'remains']);

/** Marker for "refused": the scan resumes after the tokens that were read. */
/** tryAt's answer for a number that is no figure: the scan goes on after its last token. */
class Skip {
  constructor(readonly last: number) {}
}
function skip(n: NumberRead): Skip {
  return new Skip(n.last);
}

// ------------------------------------------------------------------ ellipsis

/** What joins two compared prices: ", against roughly", "versus", "compared with". */
const PRICE_COMPARISON = /^(?:[\s,]*[a-z]+){0,2}[\s,]*(?:against|versus|vs\.?|compared (?:with|to)|or|while|whereas)(?:\s+[a-z]+)?\s*$/i;
/** A verb or noun of pricing right before a second price ("..., with use above the norm billed at up to 1,000 sum"). */
const PRICE_VERB_TAIL = /\b(?:billed|priced|charged|sold|paid|costs?|costing|tariffs?|prices?|rates?)\s+(?:at\s+|of\s+)?(?:(?:about|around|roughly|some|nearly|almost|up\s+to|over|under|just|only|at\s+least|at\s+most)\s+)?$/i;
/** Rate periods (a price "per year" is a rate, not a price per unit). */
const TIME_UNIT_SUFFIXES = new Set(['year', 'day', 'month', 'week', 'hour']);

/** " in 2010 to about ": the second end of a change after a dated first end. */
const CHANGE_TO = /^(?:\s+in\s+(?:early\s+|late\s+|mid-)?\d{4})?\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|over|under|just|only|well|more|less|than|above|below)\s+){0,3}$/;
/** A qualifier at the end of a text ("from about "), cut before looking for "from". */
const APPROX_TAIL = /\b(?:about|around|some|over|nearly|almost|approximately|roughly)\s*$/i;

/** Words between two figures that compare them ("below the average of", "against", "up from"). */
const SCALED_COMPARISON = /\b(?:average|norm|mean|than|against|versus|vs|compared|from|down|up|below|above|while|whereas|and|or|of which|target|forecast|estimate)\b/i;

/** A comparison right before a bare number: "compared with (about)", "against", "up from". */
const COMPARISON_TAIL =
  /\b(?:compared (?:with|to)|against|versus|vs\.?|(?:up|down) from|than)\s+(?:(?:about|around|roughly|some|nearly|almost|approximately|just|only|over|under|well)\s+)?$/i;

const ELLIPSIS_LINK = /(?:^|[\s,;(])(?:of which|of whom|and|while|whereas|including|plus)\s*$/;

/** A bare number takes the unit of the figure just before it in the same clause chain. */
function inheritUnits(text: string, hits: Hit[]): void {
  for (let h = 1; h < hits.length; h++) {
    const cur = hits[h]!;
    if (cur.unit !== 'number' || !(cur.bareInt || cur.bareScaled)) continue;
    const prev = hits[h - 1]!;
    if (prev.unit === 'number') continue;
    const between = text.slice(prev.end, cur.start);
    if (between.length > 80 || /[.!?;:](\s|$)/.test(between) || /\n\s*\n/.test(between)) continue;
    const low = between.toLowerCase();
    if (ELLIPSIS_LINK.test(low)) {
      // the bare number must not be followed by its own noun ("and 3 other things" was already read)
      takeUnit(cur, prev, 'figures/ellipsis/inherit');
    } else if (/^\s*to\s*$/.test(low) && prev.unit === 'count') {
      // a tally: "passed by 85 votes to 0"
      takeUnit(cur, prev, 'figures/ellipsis/inherit');
    } else if (CHANGE_TO.test(low) && !/[,(]/.test(low) && /\bfrom\s+(?:(?:a|the|its)\s+)?(?:(?:peak|high|low|level|total)\s+of\s+)?$/i.test(text.slice(Math.max(0, prev.start - 30), prev.start).replace(APPROX_TAIL, ''))) {
      // "from a peak of 823,000 barrels a day in 2010 to about 340,000 in 2023"
      takeUnit(cur, prev, 'figures/change/from-to');
    }
  }
  // "fell to 10.6 billion cubic metres, below the average of about 12 billion": a bare
  // scaled number compared with a figure of the same size just before it takes its unit
  for (let h = 1; h < hits.length; h++) {
    const cur = hits[h]!;
    if (cur.unit !== 'number' || !(cur.bareScaled || cur.bareInt) || typeof cur.value !== 'number') continue;
    const prev = hits[h - 1]!;
    if (prev.unit === 'number' || prev.unit === 'percent' || prev.unit === 'pp' || prev.unit === 'times') continue;
    const between = text.slice(prev.end, cur.start);
    if (between.length > 100 || /[.!?;:](\s|$)/.test(between) || /\n\s*\n/.test(between)) continue;
    // an unscaled number needs the comparison right before it ("compared with 25,000")
    if (!(cur.bareScaled ? SCALED_COMPARISON : COMPARISON_TAIL).test(between)) continue;
    const pv = Array.isArray(prev.value) ? prev.value[1] : prev.value;
    const cv = cur.value * (prev.unitFactor ?? 1);
    if (!(pv > 0 && cv > 0 && cv / pv <= 10 && pv / cv <= 10)) continue;
    takeUnit(cur, prev, 'figures/ellipsis/inherit');
  }
  // "16 bcm a year, of which 6 bcm goes to ...": parts of a rate are rates too
  for (let h = 1; h < hits.length; h++) {
    const a = hits[h - 1]!;
    const b = hits[h]!;
    const ua = a.unit.split('/');
    if (ua.length !== 2 || b.unit !== ua[0]) continue;
    const between = text.slice(a.end, b.start);
    if (between.length > 80 || /[.!?;:](\s|$)/.test(between) || /\n\s*\n/.test(between)) continue;
    if (!ELLIPSIS_LINK.test(between.toLowerCase())) continue;
    b.unit = a.unit;
  }
  // "$45 a tonne via Baku, against roughly $30 through the CPC": a price compared with a
  // price per unit is quoted per the same unit
  for (let h = 1; h < hits.length; h++) {
    const a = hits[h - 1]!;
    const b = hits[h]!;
    const slash = a.unit.indexOf('/');
    if (slash < 0 || b.unit !== a.unit.slice(0, slash) || !a.rule.startsWith('figures/money/') || !b.rule.startsWith('figures/money/')) continue;
    if (TIME_UNIT_SUFFIXES.has(a.unit.slice(slash + 1))) continue;
    if ((Array.isArray(b.value) ? b.value[1] : b.value) >= 1e5) continue;
    const between = text.slice(a.end, b.start);
    if (!PRICE_COMPARISON.test(between) && !(between.length <= 160 && !/[.!?;:](\s|$)/.test(between) && PRICE_VERB_TAIL.test(between))) continue;
    b.unit = a.unit;
    b.rule = 'figures/money/per-unit';
  }
  // "from 6 million tons per year to 9 million tons": the two ends of a change share the rate
  for (let h = 1; h < hits.length; h++) {
    const a = hits[h - 1]!;
    const b = hits[h]!;
    const ua = a.unit.split('/');
    const ub = b.unit.split('/');
    if (ua[0] !== ub[0] || ua.length === ub.length) continue;
    const between = text.slice(a.end, b.start);
    // "up from 1.1 million in 2023, and plans to raise it to 2.2 million tonnes a year": a comma ends the change
    if (between.length > 60 || /[.!?;:,](\s|$)/.test(between) || !/\bto\s*$/i.test(between)) continue;
    if (!/\bfrom\s*$/i.test(text.slice(Math.max(0, a.start - 30), a.start).replace(/\b(?:about|around|some|over|nearly|almost|approximately)\s*$/i, ''))) continue;
    if (ua.length > ub.length) b.unit = a.unit;
    else a.unit = b.unit;
  }
}

/**
 * "300 and 450 MW", "1.5 or 2 billion dollars", "40, 55 and 70 km": a bare number coordinated
 * with a figure right after it shares that figure's unit and scale (read right to left, so a
 * list passes the unit along).
 */
function shareCoordinatedUnits(text: string, hits: Hit[]): void {
  for (let h = hits.length - 2; h >= 0; h--) {
    const cur = hits[h]!;
    const next = hits[h + 1]!;
    if (cur.unit !== 'number' || typeof cur.value !== 'number' || next.unit === 'number' || Array.isArray(next.value)) continue;
    if (!/^\d[\d,]*(?:\.\d+)?$/.test(cur.text)) continue;
    const gap = text.slice(cur.end, next.start);
    // "from 48 to about 6 hours": the first end of a change takes the unit of the second
    const change = /^\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|under|over|below|above)\s+)?$/i.test(gap) && /\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/i.test(text.slice(Math.max(0, cur.start - 20), cur.start));
    if (!change && !/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/i.test(gap)) continue;
    const lead = /^\d[\d,]*(?:\.\d+)?/.exec(next.text);
    if (!lead || next.rule.startsWith('figures/money/symbol')) continue;
    const stated = Number(lead[0].replace(/,/g, ''));
    if (!(stated > 0)) continue;
    const factor = next.value / stated;
    if (!(factor > 0) || !Number.isFinite(factor)) continue;
    cur.value = round(cur.value * factor);
    cur.unit = next.unit;
    cur.approx = cur.approx ?? null;
    cur.rule = change ? 'figures/change/from-to' : 'figures/ellipsis/inherit';
  }
}

// ------------------------------------------------------------------ "the number of", coordination

/** "a population of", "a staff of (about)", "a fleet of", "the armed forces number about": a collective noun, then the number. */
const GROUP_OF =
  /\b(?:population|staff|workforce|payroll|team|crew|garrison|contingent|membership|fleet|herd|flock|army|forces|troops|personnel|police|electorate)\s+(?:of|number|(?:has|have|had)\s+(?:grown|risen|increased|fallen|declined|dropped)\s+to|(?:grew|rose|increased|fell|declined|dropped)\s+to|reached|stood\s+at|stands\s+at|numbers|numbered|totals|totalled|totaled|is|was|exceeds|exceeded|tops|topped|passed|approaches|approached)\s+[*_]*(?:[a-z]+\s+[*_]*){0,2}$/;

const CLAUSE_BREAK = /[,;:()]|\b(?:but|while|whereas|although|though|however)\b/i;

/**
 * "the number of visitors rose to 3.4 million a year": a bare number whose clause, from "the
 * number of <plural noun>" up to the figure, has no other figure and no clause break.
 */
function countsOfNumberOf(text: string, hits: Hit[]): void {
  for (let h = 0; h < hits.length; h++) {
    const cur = hits[h]!;
    if (cur.unit !== 'number') continue;
    // a multiplier between is no other figure of the clause ("the number of flights doubled to 40")
    let ph = h - 1;
    if (ph >= 0 && hits[ph]!.unit === 'times' && hits[ph]!.rule !== 'figures/multiplier/times') ph--;
    const from = Math.max(ph >= 0 ? hits[ph]!.end : 0, cur.start - 160);
    const left = text.slice(from, cur.start);
    const low = left.toLowerCase();
    // "a population of about 175 million", "a staff of about 30": a group of people or things
    const grp = low.match(GROUP_OF);
    if (grp && !/\b(?:than|by)\s/.test(grp[0]) && !/^\s*(?:higher|more|lower|less|fewer|larger|smaller|bigger)\b/i.test(text.slice(cur.end, cur.end + 12))) {
      cur.unit = 'count';
      cur.rule = 'figures/count/number-of';
      continue;
    }
    // "a total of 47 were signed": things counted whose noun the sentence gave before
    if (/\ba total of\s+$/.test(low) && cur.bareInt && /^\s+(?:were|are|have|had|will)\s/.test(text.slice(cur.end, cur.end + 8))) {
      cur.unit = 'count';
      cur.rule = 'figures/count/number-of';
      continue;
    }
    const at = low.lastIndexOf('number of ');
    if (at < 0) continue;
    const rest = left.slice(at + 'number of '.length);
    if (CLAUSE_BREAK.test(rest) || /[.!?](\s|$)/.test(rest) || /\n\s*\n/.test(rest)) continue;
    // the counted noun: a plural among the first words after "number of"
    const raw = rest.split(/\s+/).slice(0, 4);
    const ws = raw.map((x) => x.toLowerCase().replace(/[^\p{L}-]/gu, ''));
    // ("the number of MPs", "the number of NGOs": an acronym plural)
    if (!ws.some((x) => IRREGULAR_COUNT_NOUNS.has(x) || (x.length > 3 && x.endsWith('s') && !NOT_PLURAL.has(x) && !/(ss|us|is)$/.test(x))) && !raw.some((x) => /^[A-Z]{2,}s$/.test(x))) continue;
    cur.unit = cur.bareRate ? `count/${cur.bareRate}` : 'count';
    cur.rule = 'figures/count/number-of';
    // "the number of seats fell from 120 to 90": the other end of the change is a count too
    const nx = hits[h + 1];
    if (nx && nx.unit === 'number' && (nx.bareInt || nx.bareScaled) && /\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i.test(left) && /^\s+(?:in\s+(?:1[89]|20)\d\d,?\s+)?to\s+(?:(?:about|around|some|nearly|almost|roughly|just|only|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to)\s+)?$/i.test(text.slice(cur.end, nx.start))) {
      nx.unit = cur.unit;
      nx.rule = 'figures/count/number-of';
      h++;
    }
  }
}

/**
 * "2 million travellers and 4 million tonnes of freight a year": the rate period read after
 * the second of two figures joined by "and"/"or" applies to the first too.
 */
function shareCoordinatedRates(text: string, hits: Hit[]): void {
  for (let h = hits.length - 1; h > 0; h--) {
    const a = hits[h - 1]!;
    const b = hits[h]!;
    if (!a.rateable || a.unit.includes('/') || !b.rateAfterIt) continue;
    const slash = b.unit.indexOf('/');
    if (slash < 0) continue;
    // "... and", or "... of grain and": the first figure's substance may sit between them
    if (!/^\s*(?:of\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+)?(?:and|or)\s*$/iu.test(text.slice(a.end, b.start))) continue;
    a.unit += b.unit.slice(slash);
    a.rateAfterIt = true;
  }
  // "its capacity was 1 million tonnes a year, with a planned expansion to 5 million tonnes":
  // a later amount of the same quantity in the same sentence, with no date of its own, is a
  // flow too (a capacity raised, a target set)
  for (let h = 1; h < hits.length; h++) {
    const a = hits[h - 1]!;
    const b = hits[h]!;
    if (!a.rateAfterIt || !b.rateable || b.unit.includes('/') || !FLOW_UNITS.has(b.unit)) continue;
    const slash = a.unit.indexOf('/');
    if (slash < 0 || a.unit.slice(0, slash) !== b.unit) continue;
    const between = text.slice(a.end, b.start);
    if (between.length > 120 || /[.!?;:](\s|$)/.test(between) || /\n\s*\n/.test(between)) continue;
    if (!/\b(?:to|at|of|reach|reaching|expansion|expand|raise|raising|increase|increasing|(?:target|aim|goal|ambition|plan)(?:\s+(?:is|was))?)\s+(?:(?:about|around|roughly|some|nearly|almost|up to|over|more than|at least)\s+)?$/i.test(between)) continue;
    if (/^\s*(?:in|during)\s+(?:1[89]|20)\d\d\b/.test(text.slice(b.end, b.end + 12))) continue;
    b.unit += a.unit.slice(slash);
  }
}

/**
 * Gapping: "exports grew by 12 per cent, imports by 8", "China's share reached 18.5 per cent,
 * Russia's 17.9": after a comma, a short subject (one to three words, an optional "by", "to"
 * or "at") and a bare number that ends its clause repeat the figure before with its unit
 * elided. The number must be of the same order as the figure (a tenth to ten times).
 */
const GAP_BETWEEN = /^\s*,\s*(?:(?:and|while|whereas|but)\s+)?(?:the\s+)?(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})\s+(?:(?:by|to|at)\s+)?$/u;
const GAP_AFTER = /^(?:\s*[.;,)]|\s+(?:and|or|while|whereas|respectively)\b|\s*$)/;
const GAP_STOP = new Set([...MONTHS, 'in', 'on', 'since', 'until', 'from', 'of', 'for', 'with', 'than', 'about', 'around', 'up', 'down', 'compared', 'against', 'versus', 'which', 'who', 'that', 'when', 'where', 'each', 'every', 'per', 'out', 'over', 'under', 'after', 'before', 'between', 'among', 'including', 'age', 'aged']);
const GAP_UNITS_NOT = new Set(['number', 'times', 'year', 'month', 'week', 'day', 'hour', 'minute']);

function gappedFigures(text: string, hits: Hit[]): void {
  for (let h = 1; h < hits.length; h++) {
    const cur = hits[h]!;
    const prev = hits[h - 1]!;
    if (cur.unit !== 'number' || typeof cur.value !== 'number' || typeof prev.value !== 'number' || GAP_UNITS_NOT.has(prev.unit)) continue;
    if (!/^\d[\d,]*(?:\.\d+)?$/.test(cur.text)) continue;
    const m = GAP_BETWEEN.exec(text.slice(prev.end, cur.start));
    if (!m) continue;
    const words = m[1]!.toLowerCase().split(/\s+/);
    if (words.some((w) => GAP_STOP.has(w) || LABEL_WORDS.has(w.replace(/['’.-].*$/, '')))) continue;
    if (!GAP_AFTER.test(text.slice(cur.end, cur.end + 16))) continue;
    const f = prev.unitFactor ?? 1;
    const pv = Math.abs(prev.value);
    const cv = Math.abs(cur.value * f);
    if (!(pv > 0 && cv > 0 && cv / pv <= 10 && pv / cv <= 10)) continue;
    takeUnit(cur, prev, 'figures/ellipsis/inherit');
  }
}

/**
 * "a capacity of 10 bcm", "capacity to 25 million tonnes", "a throughput capacity of 300,000
 * TEU": the capacity of a pipeline, port or line in tonnes, cubic metres or containers is a
 * yearly flow when no period is written. Not a storage volume ("a storage capacity of 5 bcm").
 */
const CAPACITY_BEFORE =
  /\bcapacity\s+(?:(?:is|was|will\s+be|would\s+be|stands\s+at|stood\s+at|of|to|from|at|reached|reaches|rose\s+to|grew\s+to)\s+)+(?:(?:about|around|roughly|some|nearly|almost|up\s+to|over|more\s+than|at\s+least|just\s+over|just\s+under|approximately|an\s+estimated)\s+)?[*_]*$/i;
const STORAGE_BEFORE = /\b(?:storage|storing|reservoir|reservoirs|tank|tanks|warehouse|warehousing|silo|silos|elevator|elevators|battery|batteries|water)\s+(?:\w+\s+)?capacity\s+[\w\s]*$/i;
const CAPACITY_FLOW_UNITS = new Set(['t', 'm3', 'TEU']);

function capacityRates(text: string, hits: Hit[]): void {
  for (let h = 0; h < hits.length; h++) {
    const cur = hits[h]!;
    if (!CAPACITY_FLOW_UNITS.has(cur.unit) || cur.rule !== 'figures/quantity/unit') continue;
    const from = Math.max(h > 0 ? hits[h - 1]!.end : 0, cur.start - 60);
    const left = text.slice(from, cur.start);
    if (/[.!?;](\s|$)/.test(left) || /\n\s*\n/.test(left)) continue;
    if (!CAPACITY_BEFORE.test(left) || STORAGE_BEFORE.test(left)) continue;
    cur.unit += '/year';
  }
}

/**
 * "12 weekly flights", "40 daily trains", "six monthly sailings": a frequency adjective right
 * after the number makes the count a rate (count/week). Not "annual" ("three annual
 * summits" counts the summits).
 */
const FREQUENCY_AFTER = /^[^\s]+\s+(daily|weekly|monthly)\s+\p{L}/iu;

function frequencyCounts(hits: Hit[]): void {
  for (const cur of hits) {
    if (!(cur.unit === 'count' || cur.unit.startsWith('count/')) || cur.rule !== 'figures/count/noun') continue;
    const m = FREQUENCY_AFTER.exec(cur.text);
    if (m) cur.unit = 'count/' + RATE_ADJECTIVES[m[1]!.toLowerCase()]!;
  }
}

/** Quantities that flow (tonnes, cubic metres, barrels, containers, energy). */
const FLOW_UNITS = new Set(['t', 'm3', 'bbl', 'TEU', 'Wh', 'toe', 'boe', 'count']);

// ------------------------------------------------------------------ footnote lines

const NOTE_LINE = /^[ \t]*(\d{1,3})[ \t]+(?=[\p{Lu}"“«])/u;

/**
 * Where the numbers of footnote lines start: a line that begins with a small number and a
 * capitalised word ("4 Ministry of Energy, annual report 2021."), in a run of such lines
 * numbered one after the other, or as the last line of the text naming a year or an address.
 */
function footnoteLineStarts(text: string): Set<number> {
  const out = new Set<number>();
  // notes run together into one paragraph ("... 2022. 3 Road map of the ..., 2023. 4 World
  // Bank project documents, February 2024."): numbered one after the other after full stops
  const inline: { num: number; at: number }[] = [];
  for (const m of text.matchAll(/(?:^|[.]\s+|\n)(\d{1,2})[ \t]+(?=[\p{Lu}"“«])/gu)) {
    inline.push({ num: Number(m[1]), at: m.index! + m[0].length - m[0].replace(/^(?:[.]\s+|\n)/, '').length });
  }
  for (let c = 0; c < inline.length; c++) {
    const x = inline[c]!;
    const prev = inline[c - 1];
    const next = inline[c + 1];
    if ((prev && prev.num === x.num - 1 && x.at - prev.at < 400) || (next && next.num === x.num + 1 && next.at - x.at < 400)) out.add(x.at);
  }
  if (!/\n[ \t]*\d{1,3}[ \t]/.test(text)) return out;
  const cands: { num: number; at: number; line: number }[] = [];
  let line = 0;
  let pos = 0;
  const lines = text.split('\n');
  let lastNonBlank = -1;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.trim() !== '') {
      const m = NOTE_LINE.exec(l);
      if (m) cands.push({ num: Number(m[1]), at: pos + m[0].indexOf(m[1]!), line });
      lastNonBlank = line;
      line++;
    }
    pos += l.length + 1;
  }
  for (let c = 0; c < cands.length; c++) {
    const x = cands[c]!;
    const prev = cands[c - 1];
    const next = cands[c + 1];
    const chained =
      (prev !== undefined && prev.line === x.line - 1 && prev.num === x.num - 1) ||
      (next !== undefined && next.line === x.line + 1 && next.num === x.num + 1);
    const lastLine = x.line === lastNonBlank && x.num < 100 && /\b(?:1[89]|20)\d\d\b|https?:|www\./.test(text.slice(x.at, text.indexOf('\n', x.at) < 0 ? text.length : text.indexOf('\n', x.at)));
    if (chained || lastLine) out.add(x.at);
  }
  return out;
}

// ------------------------------------------------------------------ entry point

/** Words at which a figure can start (the scan skips every other word at once). */
const STARTER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(MULTIPLIER_VERBS),
  ...Object.keys(MULTIPLIER_BASE_VERBS),
  'a', 'an', 'half', 'hundred', 'dozen', 'minus', 'twice', 'once',
]);
/** Symbols at which a figure can start: currency signs and a minus sign. */
const STARTER_SYMBOLS: ReadonlySet<string> = new Set([
  ...Object.keys(CURRENCY_SYMBOLS).filter((k) => k.length <= 2 && !/[a-z]/.test(k)),
  '-', '−',
]);

/** Lower-cased first characters of the starter words. */
const STARTER_FIRST: ReadonlySet<number> = new Set([...STARTER_WORDS].map((w) => w.charCodeAt(0)));

/** Whether the word [s, e) of text ends with "fold" in any case (ASCII letters only: as w.endsWith('fold') of its lower case). */
function endsWithFold(text: string, s: number, e: number): boolean {
  if (e - s < 4) return false;
  return (
    (text.charCodeAt(e - 4) | 0x20) === 102 &&
    (text.charCodeAt(e - 3) | 0x20) === 111 &&
    (text.charCodeAt(e - 2) | 0x20) === 108 &&
    (text.charCodeAt(e - 1) | 0x20) === 100
  );
}

function mayStart(t: Tokens, i: number): boolean {
  const k = t.kind[i];
  if (k === Kind.Num) return true;
  if (k === Kind.Word) {
    // A word of no starter's first letter (ASCII), not three letters long (a currency code)
    // and not ending in "fold" starts nothing: decided without lower-casing it.
    const s = t.start[i]!;
    const e = t.end[i]!;
    const c = t.text.charCodeAt(s);
    if (c < 128 && e - s !== 3 && !STARTER_FIRST.has(c >= 65 && c <= 90 ? c + 32 : c) && !endsWithFold(t.text, s, e)) return false;
  }
  const w = lw(t, i)!;
  if (k === Kind.Sym) return STARTER_SYMBOLS.has(w);
  return STARTER_WORDS.has(w) || w.endsWith('fold') || (w.length === 3 && CURRENCY_CODES.has(rw(t, i)!));
}

/** Tags the figures of a plain text: sorted, non-overlapping. */
export function tagFigures(text: string): FigureHit[] {
  const t = tokenize(text);
  const notes = footnoteLineStarts(text);
  const hits: Hit[] = [];
  let i = 0;
  let floor = 0;
  while (i < t.n) {
    if (!mayStart(t, i)) {
      i++;
      continue;
    }
    const hit = tryAt(t, i, floor, hits, notes);
    if (hit instanceof Skip) {
      i = Math.max(i + 1, hit.last + 1);
      floor = i;
      continue;
    }
    if (hit) {
      hits.push(hit);
      i = hit.lastTok + 1;
      floor = i;
    } else i++;
  }
  inheritUnits(text, hits);
  gappedFigures(text, hits);
  shareCoordinatedUnits(text, hits);
  countsOfNumberOf(text, hits);
  shareCoordinatedRates(text, hits);
  frequencyCounts(hits);
  capacityRates(text, hits);
  return hits.map(({ start, end, text: tx, value, unit, approx, rule }) => ({ start, end, text: tx, value, unit, approx, rule }));
}
