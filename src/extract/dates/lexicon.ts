/**
 * Word lists of the temporal tagger (data, reviewed like code): month and weekday names,
 * seasons, number words, time units, and the regular-expression fragments built from them.
 */

/** Month names and abbreviations -> month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

/** Seasons -> TIMEX3 season code. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  a: 1, an: 1, single: 1, couple: 2, half: 0.5,
};

export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21, last: -1, final: -1,
};

/** Vague quantity words: the number is unknown (TIMEX3 "X"). */
export const VAGUE_QUANT = new Set(['several', 'few', 'a few', 'many', 'some', 'numerous', 'a number of', 'the', 'a couple of', 'couple of']);

/** Time units -> TIMEX3 duration unit and whether it is a time (PT) unit. */
export const UNITS: Record<string, { u: string; time?: boolean; mult?: number }> = {
  second: { u: 'S', time: true }, sec: { u: 'S', time: true },
  minute: { u: 'M', time: true }, min: { u: 'M', time: true },
  hour: { u: 'H', time: true }, hr: { u: 'H', time: true },
  day: { u: 'D' }, night: { u: 'D' },
  week: { u: 'W' },
  fortnight: { u: 'W', mult: 2 },
  month: { u: 'M' },
  quarter: { u: 'Q' },
  year: { u: 'Y' },
  decade: { u: 'DE' },
  century: { u: 'CE' },
  centurie: { u: 'CE' },
  millennium: { u: 'ML' },
  millennia: { u: 'ML' },
};

// ------------------------------------------------------------ regex fragments (no capture groups)

/** Month names: full names, and abbreviations (with an optional period). Capitalisation is checked by the rules. */
export const RX_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept\\.?|Sep\\.|Oct\\.?|Nov\\.?|Dec\\.?)';

/** Full month names only (safer when standing alone). */
export const RX_MONTH_FULL =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

export const RX_WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export const RX_SEASON = '(?:spring|summer|autumn|fall|winter)';

export const RX_NUM_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|hundred|a dozen|dozen|a couple of|a couple|a few|few|several|many|some|an|a)';

/** A cardinal: digits (with an optional fraction "2 1/2" or decimal) or number words. */
export const RX_CARD = `(?:\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?:\\s+1/2)?|\\d+(?:\\.\\d+)?|${RX_NUM_WORD}(?:\\s+and\\s+a\\s+half)?)`;

export const RX_ORD_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)';

/** Duration units in singular or plural. */
export const RX_UNIT =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a)|(?<=\\d\\s?)(?:hrs?|mins|secs))';

/** Unit words allowed in hyphenated adjectives ("five-year"). */
export const RX_UNIT_SG = '(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)';

/** Parse a cardinal phrase; NaN for vague quantities ("several"). */
export function parseCardinal(s: string): number {
  let t = s.toLowerCase().trim();
  let half = 0;
  if (/\s+and\s+a\s+half$/.test(t)) {
    half = 0.5;
    t = t.replace(/\s+and\s+a\s+half$/, '');
  }
  const frac = /^(\d+)\s+1\/2$/.exec(t);
  if (frac) return +frac[1]! + 0.5;
  if (/^[\d,.]+$/.test(t)) return +t.replace(/,/g, '') + half;
  if (/^(a |one )?hundred$/.test(t)) return 100 + half;
  if (/^(a )?dozen$/.test(t)) return 12 + half;
  if (/^(a )?couple( of)?$/.test(t)) return 2 + half;
  if (VAGUE_QUANT.has(t)) return NaN;
  const parts = t.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return NaN;
    n += v;
  }
  return n + half;
}

export function monthNumber(s: string): number {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export function weekdayNumber(s: string): number {
  return WEEKDAYS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Normalise a unit word to its lexicon key. */
export function unitInfo(s: string): { u: string; time?: boolean; mult?: number } | null {
  let t = s.toLowerCase();
  if (t === 'centuries') t = 'century';
  else if (t === 'millennia') t = 'millennium';
  else if (t.endsWith('s')) t = t.slice(0, -1);
  return UNITS[t] ?? null;
}
