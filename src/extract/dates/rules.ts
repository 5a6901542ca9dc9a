/**
 * The rules of the temporal tagger, as data, in ORDERED PASSES. Every rule is
 * {id, description, pattern, examples, build}. All rules run over the whole text; the
 * tagger then keeps the longest candidate at each place (so "Friday, Oct. 23, 1998" beats
 * "Friday" and "1998"), and on equal length the rule that comes FIRST in this list.
 * That tie-break is the only thing the order decides:
 *
 *   0. not-dates  guards claim "Table 3", "$12.5 million", "COVID-19", "6+3" ... first, so
 *                 that no date rule can use a number inside them (a guard of equal length
 *                 beats a date).
 *   1. ranges     "14-15 March 2019", "May 10-11", "2010-2025": before single dates, whose
 *                 pieces they contain (on equal length a range beats a date).
 *   2. absolute   full dates, month-year, seasons, quarters, halves, decades, centuries, years.
 *   3. partial    year-less days and months (year from a conjunct, the narrative or the DCT):
 *                 after the absolute pass, so a stated year wins ties.
 *   4. relative   deictic words and phrases resolved against the DCT; anaphora ("that
 *                 year", "the next day") against the last stated date; holidays.
 *   5. sets       before durations: "a year" after an amount is a SET, not a DURATION.
 *   6. durations  "six years", "a three-day strike", "the past four years".
 *   7. times      clock times and parts of days.
 *
 * Each rule may also name a TRIGGER (see the table at the end): a cheap regex that every
 * match overlaps; the rule's pattern then runs only in windows around the trigger's hits.
 * This is for speed only and does not change what is found.
 *
 * Example values are computed with the example DCT 2022-09-05 (a Monday), see index.ts.
 */
import { addDays, daysInMonth, fmtDay, fmtMonth, fmtWeek, pad4, validDay, weekday } from './calendar.js';
import {
  parseCardinal, monthNumber, weekdayNumber, SEASONS, ORDINAL_WORDS,
  RX_MONTH, RX_MONTH_FULL, RX_WEEKDAY, RX_SEASON, RX_CARD, RX_ORD_WORD, RX_UNIT, RX_UNIT_SG,
} from './lexicon.js';
import {
  date, withMod, yearFor, beforeThen, staleSeason, ymd, relDay, resolveWeekday, relPeriod, shifted, durationValue, unitCode,
  modFor, partMod, type Unit,
} from './resolve.js';
import type { BuildCtx, Built, DateRule } from './types.js';

/** The last month of each season (northern hemisphere). */
const SEASON_LAST_MONTH: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 2 };

/** Start of a word (not after a letter, digit or underscore). */
const B = '(?<![\\p{L}\\p{N}_])';
/** End of a word. */
const E = '(?![\\p{L}\\p{N}_])';
/** Start of a number: not inside another number, code or amount. */
const NB = '(?<![\\p{L}\\p{N}_$€£¥.,/+\\-–])';
/** End of a number: not followed by more digits, a decimal part, a percent or a letter. */
const NE = '(?![\\p{N}]|[.,]\\p{N}|\\s?%|\\s?per\\s?cent|[\\p{L}_]|\\+)';
/**
 * End of a number that may be a year: as NE, but a footnote mark glued after a sentence-final
 * year ("the line was marked in 1998.3 In May ...", also before a line break) or
 * after a comma inside a sentence ("established on 19 January 1993,1 but ...": one or two
 * digits, then a lower-case word) does not hide the year.
 */
const NEY = '(?![\\p{N}]|,\\p{N}(?!\\p{N}?\\s+[\\p{Ll}(])|\\.\\p{N}(?!\\p{N}{0,2}\\s+[\\p{Lu}"“‘(])|\\s?%|\\s?per\\s?cent|[\\p{L}_]|\\+)';
const YEAR = '(?:1[0-9]\\d\\d|20\\d\\d)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const ORD_SUF = '(?:st|nd|rd|th)?';
const QMOD = '(?:about|around|approximately|roughly|some|nearly|almost|more than|over|upwards of|at least|no less than|less than|under|fewer than|up to|no more than|at most|close to)';
/** Quantity modifiers that TimeML annotators keep inside a duration's span. */
const QMOD_IN = '(?:nearly|more than|at least|no less than|less than|fewer than|up to|no more than|at most)';
/** Quantity modifiers left outside the span ("about five hours", "over 30 years"); they still give the mod. */
const QMOD_OUT = /\b(about|around|approximately|roughly|some|over|almost|close to|upwards of|at about|just over|just under|under)\s+$/i;

/** The mod of a quantity modifier just before the span. */
function modBefore(c: BuildCtx): string | undefined {
  const m = QMOD_OUT.exec(c.text.slice(Math.max(0, c.start - 16), c.start));
  return m ? modFor(m[1]!.replace(/^(at|just)\s+/i, '')) : undefined;
}
const SEP = '\\s*[-–—]\\s*';

function rx(src: string): RegExp {
  return new RegExp(src, 'giu');
}

/** A case-sensitive pattern (capitals matter, as in codes like "COP29"). */
function rxCase(src: string): RegExp {
  return new RegExp(src, 'gu');
}

function g(m: RegExpExecArray, name: string): string | undefined {
  return m.groups?.[name];
}

function yearOf(s: string): number {
  const n = +s;
  return s.length === 2 ? (n < 50 ? 2000 + n : 1900 + n) : n;
}

/** The part-of-period mod from a prefix like "early", "mid-", "the end of". */
function pmod(m: RegExpExecArray): string | undefined {
  return partMod(g(m, 'part'));
}

/** Spelled counts two to twelve. */
const COUNT_2_12 = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/**
 * "within a week", "within ten days", "within seven months" in a brief's past narrative, after a
 * stated date: the happening falls in the span that follows the date. A week or up to a month
 * of days is about the stated day's month ("left the region within a week" after 19 September
 * 2023 -> 2023-09, APPROX); N months run from the stated month (August 2005 ... "within seven
 * months" -> 2005-08/2006-03). Otherwise (news, a plan or rule - "must be paid within 30 days",
 * no stated date) the counted duration.
 */
function withinCount(m: RegExpExecArray, c: BuildCtx): Built | null {
  const cu = g(m, 'cu')!.toLowerCase();
  const nRaw = g(m, 'n')!.toLowerCase();
  const n = /^(?:a|an|one)$/.test(nRaw) ? 1 : parseCardinal(nRaw);
  const plural = cu.endsWith('s');
  const dur = (): Built | null => {
    const unit = unitCode(cu);
    return unit && Number.isFinite(n) ? { type: 'DURATION', value: durationValue(n, unit), inferred: false } : null;
  };
  if (!Number.isFinite(n) || n < 1 || plural !== n > 1) return dur();
  const s0 = Math.max(0, c.start - 90);
  const before = c.text.slice(s0, c.start);
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('\n')) + 1);
  if (!c.yearlessNarrative || c.future() || /\b(?:must|should|shall|can|could|may|might|would|will|has\s+to|have\s+to|required|obliged|needs?\s+to|to\s+be|to)\s+(?:\p{L}+\s+){0,6}$/iu.test(clause)) return dur();
  const days = cu.startsWith('day') ? n : cu.startsWith('week') ? 7 * n : null;
  if (days !== null) {
    if (days > 31) return dur();
    const a = c.lastDay ?? c.narrative;
    if (!a || a.m === undefined) return dur();
    return date(ymd(a.y, a.m), true, 'APPROX');
  }
  // months: from the stated month
  const a = c.narrative;
  if (!a || a.m === undefined || n > 12) return dur();
  const endM = a.m + n;
  const ey = a.y + Math.floor((endM - 1) / 12);
  const em = ((endM - 1) % 12) + 1;
  return { type: 'DATE', value: ymd(a.y, a.m), range: { start: ymd(a.y, a.m), end: ymd(ey, em) }, inferred: true };
}

// ---------------------------------------------------------------------------- 0. not-dates

const notDates: DateRule[] = [
  {
    id: 'dates/not/reference-number',
    description: 'Numbers of tables, figures, pages, articles, resolutions, ISSN/ISBN are not dates.',
    pattern: rx(`${B}(?:Tables?|Figures?|Fig\\.|Charts?|Graphs?|Box|Annex|Appendix|Articles?|Art\\.|Sections?|Chapters?|Paragraphs?|para\\.|pages?|p\\.|pp\\.|No\\.|Nos\\.|Nr\\.|Resolutions?|ISSN|ISBN|DOI|Footnote|Note|Room|Flight|Route|Highway|Road|Platform|Gate|Version|v\\.)\\s*:?\\s*\\d[\\d\\-–/.:]*[\\dX]?(?:\\s*(?:and|to|-|–)\\s*\\d+)?`),
    build: () => null,
    guard: true,
    examples: { match: [{ text: 'See Table 3 for details.', match: 'Table 3' }, { text: 'ISSN 2939-5550', match: 'ISSN 2939-5550' }], noMatch: ['The table was set.'] },
  },
  {
    id: 'dates/not/money',
    description: 'Amounts of money ("$12.5 million", "EUR 2000") are not dates.',
    pattern: rx(`(?:(?:US|A|C|NZ|HK)?[$€£¥]|${B}(?:USD|EUR|GBP|CHF|RUB|AZN|GEL|AMD|KZT|UZS)\\s?)\\s?\\d[\\d,.]*(?:\\s*(?:million|billion|trillion|thousand|bn|mn|m|k)${E})?|${B}\\d[\\d,.]*\\s*(?:dollars|euros|pounds|roubles|rubles|yen|manat|lari|dram|tenge)${E}`),
    build: () => null,
    guard: true,
    examples: { match: [{ text: 'The bridge cost $12.5 million.', match: '$12.5 million' }, { text: 'a grant of €2000', match: '€2000' }], noMatch: ['It cost a lot.'] },
  },
  {
    id: 'dates/not/counted',
    description: 'A number followed by a counted noun ("640 soldiers", "2000 people") is a quantity.',
    pattern: rx(`${NB}(?<!(?:${RX_MONTH}|\\d,)\\s+)\\d(?:[\\d,.]*\\d)?\\s+(?:more\\s+|additional\\s+|new\\s+)?(?:troops|soldiers|people|persons|inhabitants|residents|workers|employees|staff|members|students|refugees|migrants|families|households|children|women|men|deaths|victims|casualties|cases|units|vehicles|tanks|aircraft|planes|ships|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|barrels|hectares|megawatts|MW|GW|kWh|projects|companies|firms|jobs|beds|seats|votes|shares|copies|words|items|points|participants|delegates|officers|police|villages|schools|hospitals|homes|houses|flights|trucks|wells|sites|kg|mt|bcm|cubic)${E}`),
    build: () => null,
    guard: true,
    examples: { match: [{ text: 'The ministry moved 640 soldiers north.', match: '640 soldiers' }, { text: 'about 2000 people came', match: '2000 people' }, { text: 'The plant hired 1,200 workers.', match: '1,200 workers' }], noMatch: ['in 2000 the troops left', 'On 3 May 2019, workers broke ground.', 'On 3 May 2019 workers broke ground.', 'On May 3, 2019 workers arrived at the site.', 'By March 2021 students had returned.'] },
  },
  {
    id: 'dates/not/code',
    description: 'Codes made of capitals and digits ("COVID-19", "COP29", "EC/2024/1") are not dates.',
    pattern: rxCase(`${B}(?:[A-Z]{3,}[-‑]?\\d+(?:[-/]\\d+)*|[A-Z]{1,6}/\\d{4}/\\d+|G-?\\d{1,2})${E}`),
    accept: (m) => /^[A-Z]/.test(m[0]) && m[0] === m[0].toUpperCase() && !/^(?:FY|CY|H[12]|Q[1-4])/.test(m[0]),
    build: () => null,
    guard: true,
    examples: { match: [{ text: 'after COVID-19 struck', match: 'COVID-19' }, { text: 'at COP29 in Baku', match: 'COP29' }], noMatch: ['in the covid year'] },
  },
  {
    id: 'dates/not/programme-name',
    description: 'A year inside the name of a programme or policy document ("Vision 2030", "the 2030 Agenda", "Horizon 2020", "the Turkic World 2040 Vision") names it; it does not date anything.',
    pattern: rxCase(`${B}(?:(?:Vision|Agenda|Strategy|Programme|Program|Concept|Horizon)[\\s‑-]+(?:19|20)\\d\\d|(?:19|20)\\d\\d[\\s‑-]+(?:Vision|Agenda|Strategy|Programme|Concept))${E}`),
    build: () => null,
    guard: true,
    examples: {
      match: [
        { text: 'The bank backs Vision 2030 projects.', match: 'Vision 2030' },
        { text: 'under the 2030 Agenda for Sustainable Development', match: '2030 Agenda' },
        { text: 'funded by Horizon 2020 grants', match: 'Horizon 2020' },
      ],
      noMatch: ['a vision for 2030', 'The strategy was adopted in 2030.', 'In 2019 the agenda was full.'],
    },
  },
  {
    id: 'dates/not/arithmetic',
    description: 'Formulas and scores ("6+3", "3x4") are not dates.',
    pattern: rx(`${NB}\\d+\\s*[+×*]\\s*\\d+`),
    build: () => null,
    guard: true,
    examples: { match: [{ text: 'the 6+3 format', match: '6+3' }], noMatch: ['six plus three'] },
  },
  {
    id: 'dates/not/phone-or-long-number',
    description: 'Long digit strings and phone-like numbers ("2939-5550-11", "+36 1 234 5678") are not dates.',
    pattern: rx(`${NB}(?:\\+\\d[\\d ]{6,}\\d|\\d{5,}(?:[-.]\\d+)*|\\d{4}-\\d{4}-\\d+)`),
    build: () => null,
    guard: true,
    examples: { match: [{ text: 'call 2939555011 today', match: '2939555011' }], noMatch: ['call us'] },
  },
];

// ---------------------------------------------------------------------------- 1. ranges

function dayRange(m: RegExpExecArray, c: BuildCtx): Built | null {
  const mon = monthNumber(g(m, 'mon')!);
  const mon2 = g(m, 'mon1') ? monthNumber(g(m, 'mon1')!) : mon;
  const d1 = +g(m, 'd1')!;
  const d2 = +g(m, 'd2')!;
  const ys = g(m, 'y');
  let y: number | null;
  let inferred = false;
  if (ys) y = +ys;
  else {
    const r = yearFor(c, mon2, d1);
    y = r.y;
    inferred = r.inferred;
  }
  if (y !== null && (!validDay(y, mon2, d1) || !validDay(y, mon, d2))) return null;
  if (mon2 === mon && d2 <= d1) return null;
  const first = ymd(y, mon2, d1);
  const last = ymd(y, mon, d2);
  const b: Built = { type: 'DATE', value: first, inferred, range: { start: first, end: last } };
  // "April 24 and 25", "21 and 22 June": two days, so two TIMEX3 as in TimeML (the range is kept)
  const and = /\s+and\s+/i.exec(m[0]);
  if (and) b.parts = [{ offset: 0, length: and.index, value: first }, { offset: and.index + and[0].length, length: m[0].length - and.index - and[0].length, value: last }];
  return b;
}

const ranges: DateRule[] = [
  {
    id: 'dates/range/day-day-month-year',
    description: 'A range of days in one month, day first: "14-15 March 2019", "30 June - 1 July 2017" (value: the first day; range kept).',
    pattern: rx(`${NB}(?<d1>${DAY})${ORD_SUF}(?:\\s+(?<mon1>${RX_MONTH}))?(?:${SEP}|\\s+(?:to|and|until)\\s+)(?<d2>${DAY})${ORD_SUF}\\s+(?<mon>${RX_MONTH})(?:,?\\s+(?<y>${YEAR}))?${NEY}`),
    build: dayRange,
    examples: {
      match: [
        { text: 'The council sat on 14-15 March 2019 in Almaty.', match: '14-15 March 2019', value: '2019-03-14' },
        { text: 'Talks were held 30 June - 1 July 2021.', match: '30 June - 1 July 2021', value: '2021-06-30' },
      ],
      noMatch: ['Scores were 21-22 in June.'],
    },
  },
  {
    id: 'dates/range/month-day-day',
    description: 'A range of days, month first: "May 10-11", "October 3-4, 2018" (year from context when missing).',
    pattern: rx(`${B}(?<mon>${RX_MONTH})\\s+(?<d1>${DAY})${ORD_SUF}(?:${SEP}|\\s+(?:to|and|through|until)\\s+)(?<d2>${DAY})${ORD_SUF}(?:,?\\s+(?<y>${YEAR}))?${NEY}`),
    build: dayRange,
    examples: {
      match: [
        { text: 'The fair ran on October 3-4, 2018.', match: 'October 3-4, 2018', value: '2018-10-03' },
        { text: 'Delegations met on May 10-11.', match: 'May 10-11', value: '2022-05-10' },
        { text: 'Hearings are set for October 12 and 13.', match: '13', value: '2022-10-13' },
      ],
      noMatch: ['They may 10-11 times.'],
    },
  },
  {
    id: 'dates/range/month-month-year',
    description: 'A span of months in one year: "January–March 2021", "Jan-Sep 2023". As for years, each month is its own TIMEX3 ("January", "March 2021"); both carry the range and the span of the whole.',
    pattern: rx(`${B}(?<mon1>${RX_MONTH}|Mar|Jun|Jul|Sep)\\s*[-–—]\\s*(?<mon>${RX_MONTH}|Mar|Jun|Jul|Sep),?\\s+(?<y>${YEAR})${NEY}`),
    accept: (m) => monthNumber(g(m, 'mon1')!) < monthNumber(g(m, 'mon')!),
    build: (m) => {
      const y = +g(m, 'y')!;
      const a = ymd(y, monthNumber(g(m, 'mon1')!));
      const b = ymd(y, monthNumber(g(m, 'mon')!));
      const second = m[0].indexOf(g(m, 'mon')!, g(m, 'mon1')!.length);
      return {
        type: 'DATE', value: a, inferred: false, range: { start: a, end: b },
        parts: [{ offset: 0, length: g(m, 'mon1')!.length, value: a }, { offset: second, length: m[0].length - second, value: b }],
      };
    },
    examples: {
      match: [
        { text: 'Coal output sank in January–March 2021.', match: 'January', value: '2021-01' },
        { text: 'Visitor numbers for Jan-Sep 2018 were flat.', match: 'Sep 2018', value: '2018-09' },
      ],
      noMatch: ['Sales in March-January 2021 were odd.'],
    },
  },
  {
    id: 'dates/range/year-year',
    description: 'A span of years: "2010-2025", "2022-26". As in TimeML, each year is its own TIMEX3 ("2010", "2025"); both carry the range and the span of the whole.',
    pattern: rx(`${NB}(?<y1>${YEAR})\\s*(?:[-–—]|/)\\s*(?<y2>${YEAR}|\\d\\d)${NEY}`),
    accept: (m) => {
      const y1 = +g(m, 'y1')!;
      const s2 = g(m, 'y2')!;
      const y2 = s2.length === 2 ? Math.floor(y1 / 100) * 100 + +s2 : +s2;
      return y2 > y1 && y2 - y1 <= 60;
    },
    build: (m) => {
      const y1 = +g(m, 'y1')!;
      const s2 = g(m, 'y2')!;
      const y2 = s2.length === 2 ? Math.floor(y1 / 100) * 100 + +s2 : +s2;
      return {
        type: 'DATE', value: pad4(y1), inferred: false, range: { start: pad4(y1), end: pad4(y2) },
        parts: [{ offset: 0, length: 4, value: pad4(y1) }, { offset: m[0].length - s2.length, length: s2.length, value: pad4(y2) }],
      };
    },
    examples: {
      match: [
        { text: 'Rail freight tripled in the 2010-2025 plan.', match: '2010', value: '2010' },
        { text: 'Rail freight tripled in the 2010-2025 plan.', match: '2025', value: '2025' },
        { text: 'The plan covers 2022-26.', match: '26', value: '2026' },
      ],
      noMatch: ['ISSN 2939-5550', 'a score of 2020-2010'],
    },
  },
];

// ---------------------------------------------------------------------------- 2. absolute

const WD_PREFIX = `(?:(?<wd>${RX_WEEKDAY}),?\\s+)?`;

function fullDay(m: RegExpExecArray): Built | null {
  const y = +g(m, 'y')!;
  const mon = monthNumber(g(m, 'mon')!);
  const d = +g(m, 'd')!;
  if (!validDay(y, mon, d)) return null;
  return withMod(date(ymd(y, mon, d), false), modFor(g(m, 'q')));
}

const absolute: DateRule[] = [
  {
    id: 'dates/absolute/iso',
    description: 'ISO dates: "2024-05-23".',
    pattern: rx(`${NB}(?<y>${YEAR})-(?<mo>0[1-9]|1[0-2])-(?<d>[0-3]\\d)(?![\\p{N}])`),
    build: (m) => {
      const y = +g(m, 'y')!, mo = +g(m, 'mo')!, d = +g(m, 'd')!;
      return validDay(y, mo, d) ? date(ymd(y, mo, d), false) : null;
    },
    examples: { match: [{ text: 'Signed on 2024-05-23.', match: '2024-05-23', value: '2024-05-23' }], noMatch: ['code 2024-13-45'] },
  },
  {
    id: 'dates/absolute/month-day-year',
    description: 'Month, day and year: "August 30, 1992", "Aug. 30, 1992", "Friday, Oct. 23, 1998", "April 20th 2022".',
    pattern: rx(`${B}(?:(?<q>around|about|on or about)\\s+)?${WD_PREFIX}(?<mon>${RX_MONTH})\\s+(?<d>${DAY})${ORD_SUF},?\\s+(?<y>${YEAR})${NEY}`),
    build: fullDay,
    examples: {
      match: [
        { text: 'It ended on August 30, 1992.', match: 'August 30, 1992', value: '1992-08-30' },
        { text: 'Due Friday, Oct. 23, 1998 at noon.', match: 'Friday, Oct. 23, 1998', value: '1998-10-23' },
      ],
      noMatch: ['August is hot.'],
    },
  },
  {
    id: 'dates/absolute/day-month-year',
    description: 'Day, month and year: "7 November 1996", "12 March, 2024", "the 2nd of October 1995".',
    pattern: rx(`${NB}(?:${WD_PREFIX}(?:the\\s+)?)(?<d>${DAY})${ORD_SUF}(?:\\s+of)?\\s+(?<mon>${RX_MONTH}),?\\s+(?<y>${YEAR})${NEY}`),
    build: fullDay,
    examples: {
      match: [
        { text: 'The envoy arrived on 7 November 1996.', match: '7 November 1996', value: '1996-11-07' },
        { text: 'Published 12 March, 2024.', match: '12 March, 2024', value: '2024-03-12' },
      ],
      noMatch: ['The envoy left 7 boxes in 1996.'],
    },
  },
  {
    id: 'dates/absolute/numeric',
    description: 'Numeric dates with slashes or dots, day first unless impossible: "23/05/2024", "23.05.2024".',
    pattern: rx(`${NB}(?<a>[0-3]?\\d)(?<sep>[./])(?<b>[01]?\\d)\\k<sep>(?<y>${YEAR})(?![\\p{N}])`),
    build: (m) => {
      let d = +g(m, 'a')!, mo = +g(m, 'b')!;
      const y = +g(m, 'y')!;
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      return validDay(y, mo, d) ? date(ymd(y, mo, d), false) : null;
    },
    examples: { match: [{ text: 'dated 23/05/2024', match: '23/05/2024', value: '2024-05-23' }], noMatch: ['ratio 45/67/2024'] },
  },
  {
    id: 'dates/absolute/month-year',
    description: 'Month and year: "March 2024", "early March 2024", "the end of June 2022", "January of 1990".',
    pattern: rx(`${B}(?:(?<part>early|mid|late)[\\s-]+|the\\s+(?<part2>beginning|start|middle|end)\\s+of\\s+)?(?<mon>${RX_MONTH}),?\\s+(?:of\\s+)?(?<y>${YEAR})${NEY}`),
    build: (m) => date(ymd(+g(m, 'y')!, monthNumber(g(m, 'mon')!)), false, partMod(g(m, 'part') ?? g(m, 'part2'))),
    examples: {
      match: [
        { text: 'Prices rose in March 2024.', match: 'March 2024', value: '2024-03' },
        { text: 'until the end of June 2022', match: 'the end of June 2022', value: '2022-06' },
      ],
      noMatch: ['They march 2024 metres.'],
    },
  },
  {
    id: 'dates/absolute/season-year',
    description: 'Season and year: "autumn 2011", "the winter of 1994", "spring 2020".',
    pattern: rx(`${B}(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?<s>${RX_SEASON})\\s+(?:of\\s+)?(?<y>${YEAR})${NEY}`),
    build: (m) => date(`${g(m, 'y')}-${SEASONS[g(m, 's')!.toLowerCase()]}`, false, pmod(m)),
    examples: {
      match: [
        { text: 'It opened in autumn 2011.', match: 'autumn 2011', value: '2011-FA' },
        { text: 'during the winter of 1994', match: 'the winter of 1994', value: '1994-WI' },
      ],
      noMatch: ['a summer of 40 days'],
    },
  },
  {
    id: 'dates/absolute/winter-span',
    description: 'A winter named by the two years it spans: "the winter of 2020-21", "winter 2023/24", "the 2024/25 winter" (the winter that starts in December of the first year: 2020-WI).',
    pattern: rx(`${B}(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?:winter\\s+(?:of\\s+)?(?<y1>${YEAR})\\s*[-–—/]\\s*(?<y2>${YEAR}|\\d\\d)|(?<y1b>${YEAR})\\s*[-–—/]\\s*(?<y2b>${YEAR}|\\d\\d)\\s+winter)${NEY}`),
    accept: (m) => {
      const y1 = +(g(m, 'y1') ?? g(m, 'y1b'))!;
      const s2 = (g(m, 'y2') ?? g(m, 'y2b'))!;
      return (s2.length === 2 ? Math.floor(y1 / 100) * 100 + +s2 : +s2) === y1 + 1;
    },
    build: (m) => date(`${g(m, 'y1') ?? g(m, 'y1b')}-WI`, false, pmod(m)),
    examples: {
      match: [
        { text: 'Gas ran short in the winter of 2020-21.', match: 'the winter of 2020-21', value: '2020-WI' },
        { text: 'The 2024/25 winter was mild.', match: 'The 2024/25 winter', value: '2024-WI' },
        { text: 'Imports peaked in winter 2022–2023.', match: 'winter 2022–2023', value: '2022-WI' },
      ],
      noMatch: ['The winter of 2020-24 plan was dropped.', 'a 2020-21 budget'],
    },
  },
  {
    id: 'dates/absolute/quarter',
    description: 'Quarters: "Q1 2024", "the first quarter of 2024", "the third quarter", "third-quarter", "this year\'s second quarter".',
    pattern: rx(`${B}(?:(?:(?<qdet>this|last|next)\\s+)?(?<qq>Q(?<qn>[1-4])(?:(?:\\s+|/|-)?(?:of\\s+)?(?<y0>${YEAR}|'?\\d\\d))?)|(?<qn1>[1-4])Q\\s*(?<y1>${YEAR}|'?\\d\\d)|(?:(?<det>the|this|last|next|(?:this|last|next) year's|the same)\\s+(?!\\S+-quarter))?(?:(?<yy>${YEAR})\\s+)?(?:(?<adj>fiscal|year-earlier|year-ago|calendar|financial)\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+quarter(?:\\s+of\\s+(?:(?:fiscal|the\\s+(?:fiscal\\s+)?year)\\s+)?(?<y2>${YEAR}|this year|last year|next year|the year|the previous year|the following year))?)${E}`),
    build: (m, c) => {
      const ordw = (g(m, 'ord') ?? '').toLowerCase();
      const n = +(g(m, 'qn') ?? g(m, 'qn1') ?? (ordw === 'final' || ordw === 'last' ? 4 : ORDINAL_WORDS[ordw] ?? +ordw.charAt(0)));
      if (!(n >= 1 && n <= 4)) return null;
      const ys = g(m, 'y0') ?? g(m, 'y1') ?? g(m, 'yy') ?? g(m, 'y2');
      const det = (g(m, 'det') ?? g(m, 'qdet') ?? '').toLowerCase();
      const adj = (g(m, 'adj') ?? '').toLowerCase();
      let y: number | null = null;
      let inferred = false;
      if (ys && /^'?\d+$/.test(ys)) y = yearOf(ys.replace("'", ''));
      else {
        const rel = (ys ?? det).toLowerCase();
        let k = 0;
        if (/last|previous/.test(rel) || adj === 'year-earlier' || adj === 'year-ago') k = -1;
        else if (/next|following/.test(rel)) k = 1;
        const base = /the year|previous|following/.test(rel) && c.narrative ? c.narrative.y : c.dct?.y;
        if (base !== undefined) {
          y = base + k;
          inferred = true;
        }
      }
      return date(`${y === null ? 'XXXX' : pad4(y)}-Q${n}`, inferred);
    },
    examples: {
      match: [
        { text: 'Output fell in Q1 2024.', match: 'Q1 2024', value: '2024-Q1' },
        { text: 'Sales will recover in Q4.', match: 'Q4', value: '2022-Q4' },
        { text: 'in the first quarter of 2023', match: 'the first quarter of 2023', value: '2023-Q1' },
        { text: 'third-quarter profit rose', match: 'third-quarter', value: '2022-Q3' },
        { text: "below next year's third quarter target", match: "next year's third quarter", value: '2023-Q3' },
      ],
      noMatch: ['a quarter of the seats', 'the Latin Quarter'],
    },
  },
  {
    id: 'dates/absolute/half',
    description: 'Halves of a year: "the first half of 2023", "H1 2023", "1H 2023", "the second half of the year".',
    pattern: rx(`${B}(?:H(?<hn>[12])\\s*(?<y0>${YEAR})|(?<hn1>[12])H\\s*(?<y1>${YEAR})|(?:the\\s+)?(?<ord>first|second|1st|2nd|latter|last)\\s+half\\s+of\\s+(?<rest>(?<y>${YEAR})|(?:this|last|next|the)\\s+year|the\\s+(?:(?:early|late|mid)[\\s-]+)?(?<dec>\\d{3})0s))${E}`),
    build: (m, c) => {
      const ordw = (g(m, 'ord') ?? '').toLowerCase();
      const hn = g(m, 'hn') ?? g(m, 'hn1');
      const n = hn ? +hn : ordw === 'first' || ordw === '1st' ? 1 : 2;
      if (g(m, 'dec')) {
        const d = g(m, 'dec')!;
        return { type: 'DATE', value: d, inferred: false, mod: n === 1 ? 'START' : 'END', range: n === 1 ? { start: `${d}0`, end: `${d}4` } : { start: `${d}5`, end: `${d}9` } };
      }
      const ys = g(m, 'y0') ?? g(m, 'y1') ?? g(m, 'y');
      if (ys) return date(`${ys}-H${n}`, false);
      const rest = (g(m, 'rest') ?? '').toLowerCase();
      const k = rest.startsWith('last') ? -1 : rest.startsWith('next') ? 1 : 0;
      const base = rest.startsWith('the') && c.narrative ? c.narrative.y : c.dct?.y;
      if (base === undefined) return date(`XXXX-H${n}`, false);
      return date(`${pad4(base + k)}-H${n}`, true);
    },
    examples: {
      match: [
        { text: 'Growth slowed in the first half of 2023.', match: 'the first half of 2023', value: '2023-H1' },
        { text: 'in H2 2021 exports grew', match: 'H2 2021', value: '2021-H2' },
        { text: 'Margins recovered in 1H 2024.', match: '1H 2024', value: '2024-H1' },
        { text: 'Mining boomed during the first half of the 1970s.', match: 'the first half of the 1970s', value: '197' },
      ],
      noMatch: ['half of the vote', 'a 2H pencil from 2024'],
    },
  },
  {
    id: 'dates/absolute/first-months-of-year',
    description: '"The first six months of 2019" (2019-H1), "the first three months of 2023" (Q1), "the first four months of 2017" (a range).',
    pattern: rx(`${B}(?:the\\s+)?(?<pos>first|last|final)\\s+(?<n>${RX_CARD})\\s+months\\s+of\\s+(?:(?<y>${YEAR})|(?<rel>this|last|next|the)\\s+year)${E}`),
    build: (m, c) => {
      const n = parseCardinal(g(m, 'n')!);
      if (!(n >= 1 && n <= 12) || n !== Math.trunc(n)) return null;
      let y: number | null = g(m, 'y') ? +g(m, 'y')! : null;
      let inferred = false;
      if (y === null) {
        const rel = g(m, 'rel')!.toLowerCase();
        const base = rel === 'the' && c.narrative ? c.narrative.y : c.dct?.y;
        if (base !== undefined) {
          y = base + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
          inferred = true;
        }
      }
      const first = g(m, 'pos')!.toLowerCase() === 'first';
      const ys = y === null ? 'XXXX' : pad4(y);
      if (n === 6) return date(`${ys}-H${first ? 1 : 2}`, inferred);
      if (n === 3) return date(`${ys}-Q${first ? 1 : 4}`, inferred);
      if (n === 12) return date(ys, inferred);
      const range = first ? { start: `${ys}-01`, end: ymd(y, n) } : { start: ymd(y, 13 - n), end: `${ys}-12` };
      return { type: 'DURATION', value: `P${n}M`, inferred, range };
    },
    examples: {
      match: [
        { text: 'Coal shipments slumped over the first six months of 2019.', match: 'the first six months of 2019', value: '2019-H1' },
        { text: 'Tourist arrivals doubled in the first four months of 2017.', match: 'the first four months of 2017', value: 'P4M' },
        { text: 'Wheat imports were cut during the last two months of the year.', match: 'the last two months of the year', value: 'P2M' },
      ],
      noMatch: ['the first six months on the job'],
    },
  },
  {
    id: 'dates/absolute/decade',
    description: 'Decades: "the 1990s", "mid-1990s", "the early 2000s", "the \'90s", "the nineties".',
    pattern: rx(`${B}(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?:(?<dec>1\\d{2}|20\\d)0(?:'s|s)|'(?<d2>\\d)0s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`),
    accept: (m) => !g(m, 'w') || /^the\s/i.test(m[0]) || !!g(m, 'part'),
    build: (m, c) => {
      let d = g(m, 'dec');
      if (!d) {
        const words: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
        const digit = g(m, 'd2') ? +g(m, 'd2')! : words[g(m, 'w')!.toLowerCase()]!;
        const century = c.dct && digit * 10 > c.dct.y % 100 ? Math.floor(c.dct.y / 100) - 1 : 19;
        d = `${century}${digit}`;
        return date(d, false, pmod(m));
      }
      return date(d, false, pmod(m));
    },
    examples: {
      match: [
        { text: 'since the 1990s', match: 'the 1990s', value: '199' },
        { text: 'in the mid-1990s', match: 'the mid-1990s', value: '199' },
        { text: 'back in the nineties', match: 'the nineties', value: '199' },
      ],
      noMatch: ['people in nineties mood', 'a 1990 model'],
    },
  },
  {
    id: 'dates/absolute/century',
    description: 'Centuries: "the 20th century", "the early 19th century", "the twentieth century".',
    pattern: rx(`${B}(?:the\\s+)?(?:(?<part>early|mid|late)[\\s-]+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>${RX_ORD_WORD}))[\\s-]+century${E}`),
    build: (m) => {
      const n = g(m, 'n') ? +g(m, 'n')! : ORDINAL_WORDS[g(m, 'w')!.toLowerCase()] ?? 0;
      if (n < 1 || n > 22) return null;
      return date(String(n - 1).padStart(2, '0'), false, pmod(m));
    },
    examples: {
      match: [
        { text: 'Ports grew in the early 19th century.', match: 'the early 19th century', value: '18' },
        { text: 'the twenty-first century began', match: 'the twenty-first century', value: '20' },
      ],
      noMatch: ['a century of peace'],
    },
  },
  {
    id: 'dates/absolute/decade-of-century',
    description: '"the third decade of the century", "the last decade of the 19th century" (a decade).',
    pattern: rx(`${B}(?:the\\s+)?(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\\s+decade\\s+of\\s+the\\s+(?:(?<n>\\d{1,2})(?:st|nd|rd|th)\\s+|(?<w>twentieth|twenty-first|nineteenth)\\s+|(?<cur>new|current|present)\\s+)?century${E}`),
    build: (m, c) => {
      const ordw = g(m, 'ord')!.toLowerCase();
      const k = ordw === 'last' || ordw === 'final' ? 10 : ORDINAL_WORDS[ordw] ?? 0;
      let cent: number | null = null; // number of the century's first two digits ("20" for 2000-2099)
      if (g(m, 'n')) cent = +g(m, 'n')! - 1;
      else if (g(m, 'w')) cent = (ORDINAL_WORDS[g(m, 'w')!.toLowerCase()] ?? 0) - 1;
      else if (c.dct) cent = Math.floor(c.dct.y / 100);
      if (cent === null || k < 1 || k > 10) return null;
      // decades counted from the 00s ("the third decade of the century" = 2020-2029)
      return date(`${cent}${k - 1}`, !g(m, 'n') && !g(m, 'w'));
    },
    examples: {
      match: [
        { text: 'Most mines may shut in the third decade of the century.', match: 'the third decade of the century', value: '202' },
        { text: 'Rail reached the valley in the last decade of the 19th century.', match: 'the last decade of the 19th century', value: '189' },
      ],
      noMatch: ['a decade of growth'],
    },
  },
  {
    id: 'dates/absolute/year-part',
    description: 'A year with a part: "mid-1996", "early 1990", "the end of 2027", "end-2021", "the beginning of 2020", "post-1959".',
    pattern: rx(`${B}(?:(?<part>early|mid|late)[\\s-]+|the\\s+(?<part2>beginning|start|middle|end|close|turn|first days|last days)\\s+of\\s+(?:the\\s+year\\s+)?|(?<part3>end|start)-|(?<pp>pre|post)-)(?<y>${YEAR})${NEY}`),
    build: (m) => {
      const pp = g(m, 'pp')?.toLowerCase();
      if (pp) return date(g(m, 'y')!, false, pp === 'pre' ? 'BEFORE' : 'AFTER');
      return date(g(m, 'y')!, false, partMod(g(m, 'part') ?? g(m, 'part2') ?? g(m, 'part3')));
    },
    examples: {
      match: [
        { text: 'The dam should be full by the end of 2027.', match: 'the end of 2027', value: '2027' },
        { text: 'Reserves stood at $3 billion at end-2021.', match: 'end-2021', value: '2021' },
        { text: 'in mid-1996 the plant closed', match: 'mid-1996', value: '1996' },
      ],
      noMatch: ['the end of the road'],
    },
  },
  {
    id: 'dates/absolute/fiscal-year',
    description: 'Fiscal years: "fiscal 1989", "fiscal year 2023", "FY2023", "FY 2023/24".',
    pattern: rx(`${B}(?:(?:the\\s+)?(?:fiscal|financial)(?:\\s+year)?\\s+(?<y>${YEAR})|FY\\s?(?<y2>${YEAR}|\\d\\d))(?:/\\d\\d)?${E}`),
    build: (m) => date(pad4(g(m, 'y') ? +g(m, 'y')! : yearOf(g(m, 'y2')!)), false),
    examples: { match: [{ text: 'profits in fiscal 1989 rose', match: 'fiscal 1989', value: '1989' }, { text: 'the FY2023 budget', match: 'FY2023', value: '2023' }], noMatch: ['fiscal policy'] },
  },
  {
    id: 'dates/absolute/year',
    description: 'A year standing alone: "in 2011", "since 2014" (the year only), "1990".',
    pattern: rx(`(?:${B}(?<the>the\\s+year)\\s+)?${NB}(?<y>1[6-9]\\d\\d|20\\d\\d)${NEY}(?!\\s*[-–]\\s*\\d)`),
    accept: (m, text) => {
      // a year at the start of a line followed by a capitalised word is likely a postcode ("1117 Budapest")
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/(?:\bno|\bnumber|\bnr|#|\bp|\bpp|\bpage|\bunit|\broom)\.?\s*$/i.test(before)) return false;
      return true;
    },
    build: (m) => date(g(m, 'y')!, false),
    examples: {
      match: [
        { text: 'It was founded in 2011.', match: '2011', value: '2011' },
        { text: 'Since 2014, wool exports have halved.', match: '2014', value: '2014' },
        { text: 'Banks feared the year 2000 software bug.', match: 'the year 2000', value: '2000' },
        { text: 'The line was marked out in 1998.3 In May the posts went up.', match: '1998', value: '1998' },
      ],
      noMatch: ['1117 Budapest', 'It cost 2,015 euros.', 'a rate of 2015.5'],
    },
  },
  {
    id: 'dates/absolute/early-year',
    description: 'A year before 1600 with a cue: "in 1117", "since 988", "the year 1453".',
    pattern: rx(`(?<=${B}(?:in|since|from|until|till|by|of|year|circa|c\\.)\\s)(?<y>[1-9]\\d{2,3})${NE}(?!\\s+[\\p{Lu}])`),
    accept: (m) => +g(m, 'y')! >= 500 && +g(m, 'y')! < 1600,
    build: (m) => date(pad4(+g(m, 'y')!), false),
    examples: { match: [{ text: 'The church was built in 1117.', match: '1117', value: '1117' }], noMatch: ['1117 Budapest', 'in 1117 Budapest'] },
  },
  {
    id: 'dates/absolute/spelled-year',
    description: 'Years in words: "nineteen ninety-six", "two thousand and ten".',
    pattern: rx(`${B}(?:the\\s+year\\s+)?(?:(?<c>nineteen|eighteen|twenty)\\s+(?<t>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))|two\\s+thousand(?:\\s+and)?(?:\\s+(?<u>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five))?))?)${E}`),
    accept: (m) => /^the\s+year|^(nineteen|eighteen)/i.test(m[0]) || /^two\s+thousand/i.test(m[0]),
    build: (m) => {
      let y: number;
      if (g(m, 'c')) {
        const c = g(m, 'c')!.toLowerCase();
        const cent = c === 'nineteen' ? 1900 : c === 'eighteen' ? 1800 : 2000;
        const t = parseCardinal(g(m, 't')!.replace(/^oh[- ]/i, ''));
        if (!Number.isFinite(t)) return null;
        y = cent + t;
      } else {
        const u = g(m, 'u') ? parseCardinal(g(m, 'u')!) : 0;
        if (!Number.isFinite(u)) return null;
        y = 2000 + u;
      }
      return date(pad4(y), false);
    },
    examples: { match: [{ text: 'written in nineteen eighty-four', match: 'nineteen eighty-four', value: '1984' }, { text: 'finished in the year two thousand and five', match: 'the year two thousand and five', value: '2005' }], noMatch: ['twenty ninety-six apples'] },
  },
];

// ---------------------------------------------------------------------------- 3. partial (year-less)

function partialDay(m: RegExpExecArray, c: BuildCtx): Built | null {
  const mon = monthNumber(g(m, 'mon')!);
  const d = +g(m, 'd')!;
  const { y, inferred } = yearFor(c, mon, d);
  if (y !== null && !validDay(y, mon, d)) return null;
  if (y === null && !validDay(2000, mon, d)) return null;
  return withMod(date(ymd(y, mon, d), inferred), modFor(g(m, 'q')));
}

const partial: DateRule[] = [
  {
    id: 'dates/partial/month-of-year-word',
    description: 'A month (or day and month) of a year named by a word: "September of the same year", "16 December of that year", "in March of last year", "early June of the following year" (the year as the word gives it: the narrative\'s, the one after or before it, or the DCT\'s).',
    pattern: rx(`${B}(?:(?<d>${DAY})${ORD_SUF}\\s+(?:of\\s+)?)?(?:(?<part>early|mid|late)[\\s-]+|the\\s+(?<part2>beginning|start|middle|end)\\s+of\\s+)?(?<mon>${RX_MONTH_FULL})(?:\\s+(?<d2>${DAY})${ORD_SUF})?,?\\s+of\\s+(?<det>that\\s+same|that|the\\s+same|the\\s+following|the\\s+next|the\\s+subsequent|the\\s+previous|the\\s+preceding|the\\s+prior|last|this|next)\\s+year${E}`),
    build: (m, c) => {
      const mon = monthNumber(g(m, 'mon')!);
      const ds = g(m, 'd') ?? g(m, 'd2');
      const d = ds ? +ds : undefined;
      const det = g(m, 'det')!.toLowerCase().replace(/\s+/g, ' ');
      let y: number;
      if (det === 'last' || det === 'this' || det === 'next') {
        if (!c.dct) return null;
        y = c.dct.y + (det === 'last' ? -1 : det === 'next' ? 1 : 0);
      } else {
        const base = baseDay(c);
        if (!base) return null;
        y = base.y + (/following|next|subsequent/.test(det) ? 1 : /previous|preceding|prior/.test(det) ? -1 : 0);
      }
      if (d !== undefined && !validDay(y, mon, d)) return null;
      return date(ymd(y, mon, d), true, d === undefined ? partMod(g(m, 'part') ?? g(m, 'part2')) : undefined);
    },
    examples: {
      match: [
        { text: 'The envoy returned the visit in Bishkek in September of the same year.', match: 'September of the same year', value: '2022-09' },
        { text: 'The line opened in 2011; the second track followed on 16 December of that year.', match: '16 December of that year', value: '2011-12-16' },
        { text: 'The fund was set up in 2015 and first lent money in March of the following year.', match: 'March of the following year', value: '2016-03' },
        { text: 'Tariffs were cut in June of last year.', match: 'June of last year', value: '2021-06' },
      ],
      noMatch: ['The month of May was dry.', 'In September, the year closed with a deficit.'],
    },
  },
  {
    id: 'dates/partial/month-day',
    description: 'Month and day without a year: "Sept. 30", "March 12th", "Monday, Oct. 26" (year from a conjunct, the narrative or the DCT).',
    pattern: rx(`${B}(?:(?<q>around|about)\\s+)?${WD_PREFIX}(?<mon>${RX_MONTH})\\s+(?<d>${DAY})${ORD_SUF}(?![\\p{N}]|,?\\s*\\d{3,4}|\\s?%|[.,]\\d|:\\d|\\s+(?:percent|per cent|million|billion|people|troops))`),
    build: partialDay,
    examples: {
      match: [
        { text: 'The vote is on Sept. 30.', match: 'Sept. 30', value: '2022-09-30' },
        { text: 'Votes were held on March 3rd and May 9th, 2018.', match: 'March 3rd', value: '2018-03-03' },
      ],
      noMatch: ['You may 30 times try.'],
    },
  },
  {
    id: 'dates/partial/day-month',
    description: 'Day and month without a year: "20 June", "the 3rd of May".',
    pattern: rx(`${NB}(?:${WD_PREFIX}(?:the\\s+)?)(?<d>${DAY})${ORD_SUF}(?:\\s+of)?\\s+(?<mon>${RX_MONTH})(?!\\.?\\p{L}|,?\\s*\\d)`),
    accept: (m) => !/^May$/.test(g(m, 'mon')!) || /\d(?:st|nd|rd|th)?\s+(?:of\s+)?May/.test(m[0]),
    build: partialDay,
    examples: {
      match: [
        { text: 'The talks on 20 June failed.', match: '20 June', value: '2022-06-20' },
        { text: 'on the 3rd of May', match: 'the 3rd of May', value: '2022-05-03' },
        { text: 'The lower fares apply to all routes, effective from 1 August.', match: '1 August', value: '2023-08-01' },
      ],
      noMatch: ['20 marches'],
    },
  },
  {
    id: 'dates/partial/month',
    description: 'A month alone: "in June", "early September", "the end of March", "late-November" (year from context).',
    pattern: rx(`${B}(?:(?<part>early|mid|late)[\\s-]+|the\\s+(?<part2>beginning|start|middle|end)\\s+of\\s+|the\\s+month\\s+of\\s+)?(?<mon>${RX_MONTH_FULL}|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)(?!\\p{L}|\\s+\\d)`),
    accept: (m, text) => {
      const mon = g(m, 'mon')!;
      if (mon === 'May') {
        // the modal verb: require a cue before, or a part word
        if (g(m, 'part') || g(m, 'part2') || /^the\s+month/i.test(m[0])) return true;
        const before = text.slice(Math.max(0, m.index - 14), m.index);
        return /\b(?:in|since|until|till|by|from|to|of|last|next|this|through|during|before|after|early|late|mid|and|or|between)\s+$/i.test(before);
      }
      return true;
    },
    build: (m, c) => {
      const mon = monthNumber(g(m, 'mon')!);
      const { y, inferred } = yearFor(c, mon);
      return date(ymd(y, mon), inferred, partMod(g(m, 'part') ?? g(m, 'part2')));
    },
    examples: {
      match: [
        { text: 'Elections are due in October.', match: 'October', value: '2022-10' },
        { text: 'Fighting resumed in early September.', match: 'early September', value: '2022-09' },
        { text: 'It opened in May.', match: 'May', value: '2022-05' },
        { text: 'Grain prices peaked in the month of August.', match: 'the month of August', value: '2022-08' },
      ],
      noMatch: ['They may come.', 'You May go.'],
    },
  },
];

// ---------------------------------------------------------------------------- 4. relative

/**
 * Whether the anchor clause after "N units after" ("work began at the pit in May 1994") states
 * a year before the sentence or clause ends, with no comma in between (", in 2001" after a
 * noun anchor restates the time of the whole, it is not the anchor's date).
 */
function anchorClauseDated(text: string, from: number): boolean {
  const rest = text.slice(from, from + 160);
  const stop = rest.search(/[.;:!?,()—–](?:\s|$)|\n\s*\n/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  return /(?<![\p{N}])(?:1[6-9]|20)\d\d(?![\p{N}])/u.test(clause);
}

/** A stated date right after "N units after/before": "2015", "May 2019", "4 May 2019", "May 4, 2019". */
const AFTER_DATE = new RegExp(`^\\s+(?:(?:early|mid|late)[\\s-]+)?(?:${DAY}\\s+)?(?:(?:${RX_MONTH})\\s+(?:${DAY},?\\s+)?)?${YEAR}(?![\\p{N}])`, 'u');

const REL_UNIT: Record<string, Unit> = { day: 'D', week: 'W', weekend: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE', century: 'CE' };

/** A narrative base day: the last stated date, else the DCT. */
/**
 * The reference of a day- or week-scale anaphor ("the next day", "the following week", "two
 * days later"): the last stated date, but in a brief the last stated day when only a coarser
 * bound came in between ("on 13 March 2025 ... suspended since 2021, resumed the following week").
 */
function dayScaleAnchor(c: BuildCtx): BuildCtx['narrative'] {
  const n = c.narrative;
  if (c.yearlessNarrative && n && n.bound && n.d === undefined && c.lastDay) return c.lastDay;
  // a brief: with no reference in its paragraph ("2. An announcement made the same day"), the
  // last stated day before it (day anaphora never mean the document's date)
  if (c.yearlessNarrative && !n && c.lastDayAny) return c.lastDayAny;
  return n;
}

/**
 * Whether the clause that follows (up to the sentence's end) is in the present or the present
 * perfect of its main verb: "no agreement has been signed", "the border remains closed", "the
 * plant is still idle".
 */
export function presentClause(after: string): boolean {
  const cl = after.split(/[.;:!?\n]/)[0]!;
  return (
    /(?<![\p{L}])(?:has|have)(?:n[’']t)?\s+(?:(?:not|never|yet|still|already|only|also|so\s+far)\s+)*(?:been|\p{L}+(?:ed|en|wn|ne|ght|un|ung|ade|id))(?![\p{L}])/iu.test(cl) ||
    /(?<![\p{L}])(?:remains?|(?:is|are)\s+(?:still|now)|still\s+(?:is|are|has|have|\p{Ll}+s))(?![\p{L}])/iu.test(cl)
  );
}

function baseDay(c: BuildCtx): { y: number; m: number; d: number } | null {
  if (c.narrative) return { y: c.narrative.y, m: c.narrative.m ?? 1, d: c.narrative.d ?? 1 };
  return c.dct;
}

/**
 * The decade named shortly before (same paragraph, 200 characters): "201" for "the 2010s", if
 * no year stated after it falls outside that decade.
 */
function decadeBefore(text: string, at: number): string | null {
  let back = text.slice(Math.max(0, at - 200), at);
  const para = back.search(/\n\s*\n(?![\s\S]*\n\s*\n)/);
  if (para >= 0) back = back.slice(para);
  let dec: string | null = null;
  let after = '';
  for (const m of back.matchAll(/(?<![\p{L}\p{N}])(1\d\d|20\d)0['’]?s(?![\p{L}])/gu)) {
    dec = m[1]!;
    after = back.slice(m.index! + m[0].length);
  }
  if (!dec) return null;
  for (const y of after.matchAll(/(?<![\p{N}])(?:1[6-9]|20)\d\d(?![\p{N}])/gu)) if (!y[0].startsWith(dec)) return null;
  return dec;
}

/** "last October", "next spring", "June last year" against the DCT. */
function monthRelative(m: RegExpExecArray, c: BuildCtx): Built | null {
  const det = (g(m, 'det') ?? g(m, 'det2')!).toLowerCase().replace(/\s+/g, ' ');
  const monw = g(m, 'mon') ?? g(m, 'mon2');
  if (g(m, 'det2')) {
    const mon = monthNumber(monw!);
    if (!c.dct) return date(ymd(null, mon), false);
    const k = det === 'last' ? -1 : det === 'next' ? 1 : 0;
    return date(ymd(c.dct.y + k, mon), true);
  }
  if (!c.dct) {
    if (monw) return date(ymd(null, monthNumber(monw)), false);
    return date(`XXXX-${SEASONS[g(m, 's')!.toLowerCase()]}`, false);
  }
  const t = c.dct;
  if (monw) {
    const mon = monthNumber(monw);
    let y = t.y;
    if (det === 'last' || det === 'this past') y = mon < t.m ? t.y : t.y - 1;
    else if (det === 'next' || det === 'this coming') y = mon > t.m ? t.y : t.y + 1;
    return date(ymd(y, mon), true);
  }
  const s = SEASONS[g(m, 's')!.toLowerCase()]!;
  const sm: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 1 };
  let y = t.y;
  if (det === 'last' || det === 'this past') y = sm[s]! < t.m ? t.y : t.y - 1;
  else if (det === 'next' || det === 'this coming') y = sm[s]! > t.m ? t.y : t.y + 1;
  if (s === 'WI') {
    // YYYY-WI is the winter that starts in December of YYYY; January and February belong to the
    // winter of the year before. From May 2024 the next winter is 2024-WI, the last one 2023-WI.
    const current = t.m <= 2 ? t.y - 1 : t.m === 12 ? t.y : undefined;
    if (det === 'last' || det === 'this past') y = (current ?? t.y) - 1;
    else if (det === 'next' || det === 'this coming') y = (current ?? t.y - 1) + 1;
    else y = current ?? t.y;
  }
  return date(`${y}-${s}`, true);
}

const relative: DateRule[] = [
  {
    id: 'dates/relative/day-word',
    description: '"today", "yesterday", "tomorrow", "tonight", "the day before yesterday", with "early"/"late"/"earlier"/"later".',
    pattern: rx(`${B}(?:(?<part>early|earlier|late|later)\\s+)?(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|yesterday|tomorrow|tonight)${E}`),
    build: (m, c) => {
      const w = g(m, 'w')!.toLowerCase().replace(/\s+/g, ' ');
      const k = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.includes('before') ? -2 : w.includes('after') ? 2 : 0;
      const b = relDay(c, k);
      return withMod(b, partMod(g(m, 'part')));
    },
    examples: {
      match: [
        { text: 'The minister arrived yesterday.', match: 'yesterday', value: '2022-09-04' },
        { text: 'Talks resume today.', match: 'today', value: '2022-09-05' },
      ],
      noMatch: ['the todays of this world'],
    },
  },
  {
    id: 'dates/relative/present',
    description: 'The present: "now", "currently", "nowadays", "at the moment", "at present", "these days", "current levels" (PRESENT_REF).',
    pattern: rx(`${B}(?:right\\s+now|now|currently|nowadays|at\\s+the\\s+moment|at\\s+present|presently|these\\s+days|the\\s+present\\s+(?:time|day)|(?<=\\b(?:at|until|till|to|into)\\s)the\\s+present(?!\\s+\\p{L})|current(?=\\s+(?:year|levels?|rate|prices?|conditions|situation|account balance|quarter|period|crisis)))${E}`),
    accept: (m, text) => {
      const w = m[0].toLowerCase();
      if (w === 'now') {
        // "now that", "now-defunct", "now 25" are still references to the present; skip "by now"? keep
        const after = text.slice(m.index + 3, m.index + 4);
        if (after === '-') return false;
      }
      return true;
    },
    build: () => date('PRESENT_REF', false),
    examples: {
      match: [
        { text: 'The plant is now closed.', match: 'now', value: 'PRESENT_REF' },
        { text: 'Nowadays most trade goes by rail.', match: 'Nowadays', value: 'PRESENT_REF' },
        { text: 'at the moment no talks are planned', match: 'at the moment', value: 'PRESENT_REF' },
      ],
      noMatch: ['a snow storm', 'the current account'],
    },
  },
  {
    id: 'dates/relative/past',
    description: 'The past: "recently", "lately", "formerly", "in the past" (PAST_REF). ("previously", "earlier" alone are left out: TimeBank rarely marks them.)',
    pattern: rx(`${B}(?:more\\s+)?(?:recently|recent(?=\\s+(?:years|months|weeks|days|decades|times|past|history|quarters))|lately|formerly|(?<=in\\s)the\\s+(?:recent\\s+|distant\\s+)?past)${E}(?!\\s+(?:years|months|weeks|days|decades)\\b)`),
    build: () => date('PAST_REF', false),
    examples: {
      match: [
        { text: 'Prices recently fell.', match: 'recently', value: 'PAST_REF' },
        { text: 'as in the past', match: 'the past', value: 'PAST_REF' },
      ],
      noMatch: ['past tense verbs'],
    },
  },
  {
    id: 'dates/relative/vague-period',
    description: '"recent years", "recent months", "the coming years", "coming weeks": vague periods before or after the DCT (DURATION PXY ...).',
    pattern: rx(`${B}(?:(?:the\\s+)?(?:recent|coming|upcoming)\\s+(?:few\\s+|several\\s+|couple\\s+of\\s+)?(?<u>years|months|weeks|days|decades|quarters)|the\\s+(?<u2>years|months|decades)\\s+(?:ahead|to\\s+come))${E}`),
    build: (m) => ({ type: 'DURATION', value: durationValue(NaN, unitCode(g(m, 'u') ?? g(m, 'u2')!)!), inferred: false }),
    examples: { match: [{ text: 'Trade grew in recent years.', match: 'recent years', value: 'PXY' }, { text: 'Ferry traffic should grow over the coming years.', match: 'the coming years', value: 'PXY' }], noMatch: ['in years past'] },
  },
  {
    id: 'dates/relative/future',
    description: 'The future: "the future", "the near future", "the foreseeable future", "future years", "the near term" (FUTURE_REF). ("soon" is left out.)',
    pattern: rx(`${B}(?:(?:the\\s+)?(?:near|foreseeable|distant)\\s+future|the\\s+future|future(?=\\s+(?:years|generations|quarters|months))|the\\s+(?:near|short|medium|long)\\s+term)${E}`),
    build: () => date('FUTURE_REF', false),
    examples: {
      match: [
        { text: 'A second terminal may follow in the near future.', match: 'the near future', value: 'FUTURE_REF' },
        { text: 'Rates will fall in the foreseeable future.', match: 'the foreseeable future', value: 'FUTURE_REF' },
      ],
      noMatch: ['a futures contract'],
    },
  },
  {
    id: 'dates/relative/this-last-next',
    description: '"this year", "last year", "next month", "last week", "the past year", "this quarter", "next decade", "the weekend" against the DCT.',
    pattern: rx(`${B}(?<det>this\\s+past|this\\s+coming|this|last|next|the\\s+past|the\\s+previous|the\\s+coming|the\\s+current|the\\s+same|that|the\\s+following|the\\s+next|the\\s+last|the\\s+latest|the\\s+prior|the\\s+preceding|the\\s+subsequent|the)\\s+(?:(?:fiscal|calendar|financial|full|whole|entire)\\s+)?(?<u>week|weekend|month|year|quarter|decade|century)${E}(?!\\s*[-–]|\\s+(?:of\\b|and\\s+a\\s+half|or\\s+(?:so|two|more)\\b|earlier|ago|before|later))`),
    accept: (m) => {
      const det = g(m, 'det')!.toLowerCase().replace(/\s+/g, ' ');
      const u = g(m, 'u')!.toLowerCase();
      if (det === 'the') return u !== 'month' && u !== 'decade' && u !== 'century';
      if (det === 'the same' || det === 'the following' || det === 'the subsequent' || det === 'the next' || det === 'the previous' || det === 'the prior' || det === 'the preceding' || det === 'that') {
        return u === 'year' || u === 'quarter' || u === 'month' || (u === 'week' && det !== 'the next') || (u === 'decade' && det !== 'the next');
      }
      return true;
    },
    build: (m, c) => {
      const det = g(m, 'det')!.toLowerCase().replace(/\s+/g, ' ');
      const u = g(m, 'u')!.toLowerCase();
      const unit = REL_UNIT[u]!;
      // "the year ended June 30", "the fiscal year ending in March": a year-long period
      const follow = c.text.slice(c.end, c.end + 40);
      // "the quarter ended March 31": the quarter that the stated day closes
      const qe = u === 'quarter' ? new RegExp(`^\\s+(?:that\\s+)?(?:ended|ending|which\\s+ended)\\s+(?<mon>${RX_MONTH})\\s+(?<d>${DAY})`, 'u').exec(follow) : null;
      if (qe && /^\p{Lu}/u.test(qe.groups!.mon!)) {
        const mo = monthNumber(qe.groups!.mon!);
        if (mo) {
          const { y } = yearFor(c, mo, +qe.groups!.d!);
          return date(`${y === null ? 'XXXX' : pad4(y)}-Q${Math.floor((mo - 1) / 3) + 1}`, true);
        }
      }
      // "the year ended June 30", "the fiscal year ending in March": a year-long period
      if (u === 'year' && det === 'the' && /^\s+(?:ended|ending|that\s+ended)\b/i.test(follow)) {
        return { type: 'DURATION', value: 'P1Y', inferred: false };
      }
      if (det === 'the' && (u === 'year' || u === 'week')) {
        if (u === 'year' && c.yearlessNarrative && c.narrative) return date(pad4(c.narrative.y), true);
        return relPeriod(c, unit, 0);
      }
      if (u === 'quarter' && det === 'the current') return relPeriod(c, 'Q', 0);
      if (u === 'quarter' && (det === 'the' || det === 'the latest' || det === 'this' || det === 'the same' || det === 'that')) {
        if (c.prevQuarter && /^\d{4}-Q\d$/.test(c.prevQuarter)) return date(c.prevQuarter, true);
        if (!c.dct) return date('XXXX-QX', false);
        return relPeriod(c, 'Q', det === 'the' || det === 'the latest' || det === 'that' ? -1 : 0);
      }
      // "the following quarter" after "the fourth quarter of 2021": the quarter after the named one
      if (u === 'quarter' && c.prevQuarter && /^\d{4}-Q\d$/.test(c.prevQuarter) && /^the (?:following|next|previous|prior|preceding)$/.test(det)) {
        const q0 = +c.prevQuarter.slice(0, 4) * 4 + +c.prevQuarter.slice(6) - 1 + (/following|next/.test(det) ? 1 : -1);
        return date(`${pad4(Math.floor(q0 / 4))}-Q${(q0 % 4) + 1}`, true);
      }
      // anaphoric: the year of the narrative
      if (det === 'that' || det === 'the same' || det === 'the following' || det === 'the subsequent' || det === 'the next' || det === 'the previous' || det === 'the prior' || det === 'the preceding') {
        const k = det === 'the following' || det === 'the subsequent' || det === 'the next' ? 1 : det === 'that' || det === 'the same' ? 0 : -1;
        const base = baseDay(c);
        if (!base) return date('XXXX', false);
        if (u === 'week' && c.yearlessNarrative) {
          // a brief: "the following week" after a stated day is the month it falls in; after a
          // stated month or year, that month or year
          const n = dayScaleAnchor(c);
          if (!n) return relPeriod(c, 'M', 0);
          if (n.d === undefined) return date(n.m !== undefined ? ymd(n.y, n.m) : pad4(n.y), true);
          return date(fmtDay(addDays({ y: n.y, m: n.m!, d: n.d }, 7 * k)).slice(0, 7), true);
        }
        // "the following decade" after 2010 is the 2010s, after 2008 too; "that decade" is the stated year's
        // (news text, TimeML: "over the following decade" is a duration there; not tagged)
        if (u === 'decade') return c.yearlessNarrative ? date(String(Math.floor((k > 0 ? (base.y % 10 === 0 ? base.y : base.y + 10) : base.y + 10 * k) / 10)), true) : null;
        // a brief: "the same month" after a stated year names a month the text does not give: the year
        if (u === 'month' && c.yearlessNarrative && c.narrative && c.narrative.m === undefined) return date(pad4(c.narrative.y), true);
        return relPeriod(c, unit, k, base);
      }
      let k = 0;
      if (det === 'last' || det === 'the past' || det === 'the last' || det === 'this past' || det === 'the latest') k = -1;
      else if (det === 'next' || det === 'the coming' || det === 'this coming') k = 1;
      if (u === 'weekend') {
        if (!c.dct) return date(k < 0 ? 'PAST_REF' : k > 0 ? 'FUTURE_REF' : 'XXXX-WXX-WE', false);
        const wd = weekday(c.dct);
        // the weekend: the last one (past) or the coming one
        const kk = k !== 0 ? k : c.future() ? (wd >= 6 ? 0 : 1) * 0 : wd >= 6 ? 0 : -1;
        return date(`${fmtWeek(addDays(c.dct, 7 * kk))}-WE`, true);
      }
      return relPeriod(c, unit, k);
    },
    examples: {
      match: [
        { text: 'Exports fell last year.', match: 'last year', value: '2021' },
        { text: 'Sales rose this month.', match: 'this month', value: '2022-09' },
        { text: 'It meets next week.', match: 'next week', value: '2022-W37' },
        { text: 'over the past year', match: 'the past year', value: '2021' },
        { text: 'The bill passed on 2 June 2020 and was signed into law the following week.', match: 'the following week', value: '2020-W24' },
        { text: 'The pipeline was commissioned in the fourth quarter of 2021 and ran at full capacity in the following quarter.', match: 'the following quarter', value: '2022-Q1' },
        { text: 'The clinic opened in 2015 and doubled its staff the subsequent year.', match: 'the subsequent year', value: '2016' },

      ],
      noMatch: ['the year of the dragon', 'the month of May'],
    },
  },
  {
    id: 'dates/relative/part-of-period',
    description: '"earlier this year", "late last year", "early next month", "the end of the year", "the beginning of this month", "year-end", "the middle of the next decade", "the turn of the century" (the boundary year, about).',
    pattern: rx(`${B}(?:(?<part>early|earlier|mid|late|later)[\\s-]+(?<det>this|last|next|the|that)\\s+|(?:the\\s+)?(?<part2>beginning|start|middle|end|close|turn)\\s+of\\s+(?:(?<det2>this|last|next|the\\s+next|the\\s+coming|the\\s+last|the\\s+previous|the\\s+current|the|that)\\s+)?)(?<u>week|month|year|quarter|decade|century)${E}|${B}(?<ye>year-end|year's end|year end)${E}`),
    build: (m, c) => {
      if (g(m, 'ye')) return relPeriod(c, 'Y', 0) && withMod(relPeriod(c, 'Y', 0), 'END');
      const det = (g(m, 'det') ?? g(m, 'det2') ?? 'the').toLowerCase().replace(/\s+/g, ' ');
      const u = g(m, 'u')!.toLowerCase();
      const unit = REL_UNIT[u]!;
      const k = det === 'last' || det === 'the last' || det === 'the previous' ? -1 : det === 'next' || det === 'the next' || det === 'the coming' ? 1 : 0;
      const part = g(m, 'part') ?? g(m, 'part2');
      const narrated = (det === 'that' || (det === 'the' && c.yearlessNarrative)) && c.narrative;
      // "the turn of the decade/century": the boundary year, about - the coming one in a plan
      // ("by the turn of the decade" -> 2030), else the one the reference period began with
      if (part && part.toLowerCase() === 'turn' && (unit === 'DE' || unit === 'CE')) {
        const ref = narrated ? c.narrative!.y : c.dct?.y;
        if (ref === undefined) return null;
        const size = unit === 'DE' ? 10 : 100;
        const step = k !== 0 ? k : c.future() && !narrated ? 1 : 0;
        return date(pad4(Math.floor(ref / size) * size + step * size), true, 'APPROX');
      }
      // a brief: "by the end of the decade" after "During the 2010s ..." is that decade
      if (unit === 'DE' && (det === 'the' || det === 'that') && c.yearlessNarrative) {
        const dec = decadeBefore(c.text, c.start);
        if (dec) return withMod(date(dec, true), partMod(part));
      }
      const b = narrated ? relPeriod(c, unit, 0, baseDay(c)!) : relPeriod(c, unit, k);
      return withMod(b, partMod(part));
    },
    examples: {
      match: [
        { text: 'Earlier this year the bank cut rates.', match: 'Earlier this year', value: '2022' },
        { text: 'The tender closes at the end of the year.', match: 'the end of the year', value: '2022' },
        { text: 'late last year', match: 'late last year', value: '2021' },
        { text: 'Output should double by the middle of the next decade.', match: 'the middle of the next decade', value: '203' },
        { text: 'The quay will be rebuilt by the turn of the decade.', match: 'the turn of the decade', value: '2030' },
        { text: 'Freight rates collapsed at the turn of the century.', match: 'the turn of the century', value: '2000' },
      ],
      noMatch: ['the end of the line'],
    },
  },
  {
    id: 'dates/relative/month-relative',
    description: '"last October", "this September", "next May", "June last year", "January this year", "this past spring".',
    pattern: rx(`${B}(?:(?<part>early|mid|late)[\\s-]+)?(?:(?<det>last|this|next|this\\s+past|this\\s+coming)\\s+(?:(?<mon>${RX_MONTH_FULL})|(?<s>${RX_SEASON}))|(?<mon2>${RX_MONTH_FULL})\\s+(?<det2>last|this|next)\\s+year)${E}`),
    build: (m, c) => withMod(monthRelative(m, c), pmod(m)),
    examples: {
      match: [
        { text: 'He resigned last October.', match: 'last October', value: '2021-10' },
        { text: 'It froze in June last year.', match: 'June last year', value: '2021-06' },
        { text: 'They will meet next spring.', match: 'next spring', value: '2023-SP' },
        { text: 'Gas should reach the city next winter.', match: 'next winter', value: '2022-WI' },
        { text: 'Prices rose sharply last winter.', match: 'last winter', value: '2021-WI' },
        { text: 'He went missing late last July.', match: 'late last July', value: '2022-07' },
      ],
      noMatch: ['the last word'],
    },
  },
  {
    id: 'dates/relative/season',
    description: '"the summer", "this summer", "the winter" (season of the DCT\'s or narrative year).',
    pattern: rx(`${B}(?:(?<part>early|late|mid)[\\s-]+)?(?:the|this)\\s+(?<s>${RX_SEASON})${E}(?!\\s+(?:of|\\d))`),
    build: (m, c) => {
      const s = SEASONS[g(m, 's')!.toLowerCase()]!;
      const ny = c.yearlessNarrative && !beforeThen(c) ? c.narrative?.y : undefined;
      // a narrative year gone stale (the text moved to the present: STALE_RULES, as for a month)
      let y = (ny !== undefined && c.dct && staleSeason(c, ny, s) ? undefined : ny) ?? c.dct?.y;
      // A plan ("is planned for the autumn", "will resume in the spring") looks forward from the
      // brief's date, not back to a year the narrative stated: this season, or next year's once
      // this one is over (winter runs into the next year, so it is never over).
      if (c.dct && y !== undefined && y <= c.dct.y && c.future()) {
        y = c.dct.y + (s !== 'WI' && SEASON_LAST_MONTH[s]! < c.dct.m ? 1 : 0);
      }
      if (y === undefined) return date(`XXXX-${s}`, false, pmod(m));
      return date(`${y}-${s}`, true, pmod(m));
    },
    examples: {
      match: [
        { text: 'Work stops in the winter.', match: 'the winter', value: '2022-WI' },
        { text: 'A second round of talks will be held in the spring.', match: 'the spring', value: '2023-SP' },
        { text: 'The new terminal will open in the autumn.', match: 'the autumn', value: '2022-FA' },
        { text: 'The next congress is set for 2025. Before then, the party will meet in the spring.', match: 'the spring', value: '2023-SP' },
      ],
      noMatch: ['a winter coat'],
    },
  },
  {
    id: 'dates/relative/season-anaphor',
    description: '"that autumn", "the same winter", "the following spring", "the previous summer": a season placed from the last stated date (the following one is the first such season after it; else from the DCT).',
    pattern: rx(`${B}(?:(?<part>early|late|mid)[\\s-]+)?(?<det>that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+(?<s>${RX_SEASON})${E}(?!\\s+(?:of|\\d))`),
    build: (m, c) => {
      const s = SEASONS[g(m, 's')!.toLowerCase()]!;
      const det = g(m, 'det')!.toLowerCase().replace(/\s+/g, ' ');
      const n = c.narrative ?? (c.dct ? { y: c.dct.y, m: c.dct.m } : null);
      if (!n) return date(`XXXX-${s}`, false, pmod(m));
      // the season's first month (winter starts in December of its year)
      const first: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
      const sm = first[s]!;
      let y = n.y;
      if (det === 'the following' || det === 'the next') y = n.m !== undefined && sm > n.m ? n.y : n.y + 1;
      else if (det === 'the previous' || det === 'the preceding') y = n.m !== undefined && sm + 2 < n.m ? n.y : n.y - 1;
      // "that winter" after January or February is the winter that began the December before
      else if (s === 'WI' && n.m !== undefined && n.m <= 2) y = n.y - 1;
      return date(`${pad4(y)}-${s}`, true, pmod(m));
    },
    examples: {
      match: [
        { text: 'The treaty was signed on 12 June 2015 and ratified the following spring.', match: 'the following spring', value: '2016-SP' },
        { text: 'Talks opened in May 2019 and broke down that autumn.', match: 'that autumn', value: '2019-FA' },
        { text: 'The pass closed in January 2012; that winter was the coldest on record.', match: 'that winter', value: '2011-WI' },
        { text: 'The dam failed in April 2010 after heavy snow the previous winter.', match: 'the previous winter', value: '2009-WI' },
      ],
      noMatch: ['that autumn of 2019', 'The following springs were dry.'],
    },
  },
  {
    id: 'dates/relative/month-anaphor',
    description: '"the following March", "the next January", "the previous October", "the preceding May": a month placed from the last stated date (the first such month after it, or the last before it; a stated year alone gives the year after or before); else from the DCT.',
    pattern: rx(`${B}(?:(?<part>early|late|mid)[\\s-]+)?(?<det>the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|the\\s+subsequent)\\s+(?<mon>${RX_MONTH_FULL})${E}(?!\\s*,?\\s*\\d|\\s+of\\s+(?:the\\s+)?(?:\\d|(?:same|following|previous|next|that)\\s+year))`),
    build: (m, c) => {
      const mon = monthNumber(g(m, 'mon')!);
      if (!mon) return null;
      const det = g(m, 'det')!.toLowerCase().replace(/\s+/g, ' ');
      const n = c.narrative ?? (c.dct ? { y: c.dct.y, m: c.dct.m } : null);
      if (!n) return date(ymd(null, mon), false, pmod(m));
      const back = det === 'the previous' || det === 'the preceding';
      const y = back ? (n.m !== undefined && mon < n.m ? n.y : n.y - 1) : n.m !== undefined && mon > n.m ? n.y : n.y + 1;
      return date(ymd(y, mon), true, pmod(m));
    },
    examples: {
      match: [
        { text: 'The orchestra was founded in 1998 and gave its first concert the following March.', match: 'the following March', value: '1999-03' },
        { text: 'The survey began in June 2016; the next January the team published its first map.', match: 'the next January', value: '2017-01' },
        { text: 'The airline failed in May 2009, though the previous October it had raised fares.', match: 'the previous October', value: '2008-10' },
        { text: 'Harvest ended in August 2013, and the following October the co-operative was dissolved.', match: 'the following October', value: '2013-10' },
      ],
      noMatch: ['The following March 2011 report was revised.', 'The next May 5 meeting was cancelled.', 'The following marches were peaceful.'],
    },
  },
  {
    id: 'dates/relative/season-of-year',
    description: '"the autumn of that year", "the summer of last year", "the dry summer of the following year": a season of a year named relative to the narrative or the DCT.',
    pattern: rx(`${B}(?:the\\s+(?:(?<part>early|late|mid)[\\s-]+)?(?:(?<adj>[\\p{Ll}][\\p{Ll}-]{2,})\\s+)?)?(?<s>${RX_SEASON})\\s+of\\s+(?<det>that|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|last|this|next)\\s+year${E}`),
    build: (m, c) => {
      const s = SEASONS[g(m, 's')!.toLowerCase()]!;
      const det = g(m, 'det')!.toLowerCase().replace(/\s+/g, ' ');
      const anaphor = det.startsWith('the ') || det === 'that';
      const base = anaphor ? baseDay(c) : c.dct;
      const k = det === 'the following' || det === 'the next' || det === 'next' ? 1 : det === 'the previous' || det === 'the preceding' || det === 'last' ? -1 : 0;
      if (!base) return date(`XXXX-${s}`, false, pmod(m));
      return date(`${pad4(base.y + k)}-${s}`, true, pmod(m));
    },
    examples: {
      match: [
        { text: 'Drilling began in March 2019 and ended in the autumn of that year.', match: 'the autumn of that year', value: '2019-FA' },
        { text: 'The harsh winter of last year closed the pass.', match: 'The harsh winter of last year', value: '2021-WI' },
        { text: 'The port was dredged in 2015 and reopened in the spring of the following year.', match: 'the spring of the following year', value: '2016-SP' },
      ],
      noMatch: ['the summer of love', 'a winter of discontent'],
    },
  },
  {
    id: 'dates/relative/within',
    description: 'In a brief, "within hours", "within days", "within weeks" after a stated date: about that date (hours: its day; days: its month; weeks: its month, or the year of a stated month). In news, "within hours" stays a vague duration.',
    pattern: rx(`(?<=\\bwithin\\s)(?:(?<u>days|hours|weeks)|(?<n>a|an|one|${COUNT_2_12}|\\d{1,2})\\s+(?<cu>days?|weeks?|months?))${E}(?!\\s+(?:of|after|before|from)\\b)`),
    build: (m, c) => {
      if (g(m, 'cu')) return withinCount(m, c);
      const u = g(m, 'u')!.toLowerCase();
      // hours and days are about the last stated day (weeks about its month, or a month's year)
      const n = (u !== 'weeks' ? c.lastDay : null) ?? c.narrative;
      if (!c.yearlessNarrative || !n) return u === 'days' ? null : { type: 'DURATION', value: durationValue(NaN, u === 'hours' ? 'H' : 'W'), inferred: false };
      // no finer than the span the words leave open: hours keep the day; a few days or weeks
      // later may be another day (the month), weeks after a stated month another month (the year)
      const v = n.m === undefined || (u === 'weeks' && n.d === undefined) ? pad4(n.y) : n.d === undefined || u !== 'hours' ? ymd(n.y, n.m) : ymd(n.y, n.m, n.d);
      return date(v, true, 'APPROX');
    },
    examples: {
      match: [
        { text: 'Within weeks the plan had collapsed.', match: 'weeks', value: 'PXW' },
        { text: 'Within hours the markets fell.', match: 'hours', value: 'PTXH' },
        { text: 'The mills closed within ten days.', match: 'ten days', value: 'P10D' },
      ],
      noMatch: ['within days of the vote', 'within two days of the vote'],
    },
  },
  {
    id: 'dates/relative/holiday',
    description: 'Holidays: "Christmas", "New Year\'s Day", "Thanksgiving Day", "Easter", "Independence Day" ("last Thanksgiving", "Christmas 2021"); year from the text, else the DCT.',
    pattern: rxCase(`${B}(?:(?<det>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<h>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+(?:Sunday|Monday))?|Independence\\s+Day|Halloween|Valentine['’]s\\s+Day|Labou?r\\s+Day|Memorial\\s+Day)(?:,?\\s+(?<y>${YEAR}))?${E}(?!\\s+(?:[Tt]ruce|[Oo]ffensive|[Rr]ising|[Aa]ccord|[Aa]greement|[Mm]arket|[Tt]ree|[Cc]ard|[Ss]ale|[Pp]arade))`),
    build: (m, c) => {
      const h = g(m, 'h')!.replace(/\s+/g, ' ').replace('’', "'");
      const on = (y: number): { m: number; d: number } | null => {
        if (h.startsWith('Christmas Eve')) return { m: 12, d: 24 };
        if (h.startsWith('Christmas')) return { m: 12, d: 25 };
        if (h === "New Year's Eve") return { m: 12, d: 31 };
        if (h.startsWith('New Year')) return { m: 1, d: 1 };
        if (h.startsWith('Independence')) return { m: 7, d: 4 };
        if (h === 'Halloween') return { m: 10, d: 31 };
        if (h.startsWith('Valentine')) return { m: 2, d: 14 };
        if (h.startsWith('Thanksgiving')) {
          // the fourth Thursday of November (United States)
          const wd1 = weekday({ y, m: 11, d: 1 });
          return { m: 11, d: 1 + ((4 - wd1 + 7) % 7) + 21 };
        }
        if (h.startsWith('Labor') || h.startsWith('Labour')) {
          const wd1 = weekday({ y, m: 9, d: 1 });
          return { m: 9, d: 1 + ((1 - wd1 + 7) % 7) };
        }
        if (h.startsWith('Memorial')) {
          const wd31 = weekday({ y, m: 5, d: 31 });
          return { m: 5, d: 31 - ((wd31 - 1 + 7) % 7) };
        }
        if (h.startsWith('Easter')) {
          // Gregorian computus (anonymous algorithm)
          const a = y % 19, b = Math.floor(y / 100), cc = y % 100, d = Math.floor(b / 4), e = b % 4;
          const f = Math.floor((b + 8) / 25), gg = Math.floor((b - f + 1) / 3), hh = (19 * a + b - d - gg + 15) % 30;
          const i = Math.floor(cc / 4), k = cc % 4, l = (32 + 2 * e + 2 * i - hh - k) % 7, mm = Math.floor((a + 11 * hh + 22 * l) / 451);
          const month = Math.floor((hh + l - 7 * mm + 114) / 31), day = ((hh + l - 7 * mm + 114) % 31) + 1;
          return h.endsWith('Monday') ? (day === 31 || (month === 4 && day === 30) ? { m: month + 1, d: 1 } : { m: month, d: day + 1 }) : { m: month, d: day };
        }
        return null;
      };
      let y: number | null = g(m, 'y') ? +g(m, 'y')! : null;
      let inferred = false;
      if (y === null && c.dct) {
        const det = (g(m, 'det') ?? '').toLowerCase();
        const t = c.dct;
        const dctPos = t.m * 31 + t.d;
        const cur = on(t.y);
        if (!cur) return null;
        const pos = cur.m * 31 + cur.d;
        if (det === 'last') y = pos < dctPos ? t.y : t.y - 1;
        else if (det === 'next') y = pos > dctPos ? t.y : t.y + 1;
        else if (det === 'this') y = t.y;
        else y = yearFor(c, cur.m, cur.d).y;
        inferred = true;
      }
      if (y === null) return null;
      const md = on(y);
      return md ? date(ymd(y, md.m, md.d), inferred) : null;
    },
    examples: {
      match: [
        { text: 'The boy was rescued on Thanksgiving Day.', match: 'Thanksgiving Day', value: '2021-11-25' },
        { text: 'They met at Christmas 2019.', match: 'Christmas 2019', value: '2019-12-25' },
        { text: 'Easter 2024 fell in March.', match: 'Easter 2024', value: '2024-03-31' },
      ],
      noMatch: ['the Christmas truce', 'the Easter Rising'],
    },
  },
  {
    id: 'dates/relative/day-anaphor',
    description: '"the next day", "the following morning", "the previous day", "the day before": a day from the last stated day (else the DCT). ("that day" is left to the events stage, which dates it from the occasion told.)',
    pattern: rx(`${B}(?:the\\s+(?<det>next|following|previous|preceding|same)\\s+(?<pod>day|morning|afternoon|evening|night)|(?:on\\s+)?the\\s+day\\s+(?<dir>before|after)(?!\\s+(?:yesterday|tomorrow)))${E}`),
    build: (m, c) => {
      const det = (g(m, 'det') ?? g(m, 'dir')!).toLowerCase();
      const k = det === 'same' ? 0 : det === 'previous' || det === 'preceding' || det === 'before' ? -1 : 1;
      const n = dayScaleAnchor(c);
      // in a brief, a stated month or year is as fine as the day after it can be ("in July 1997
      // ... protested the next day" -> 1997-07)
      const coarseN = n && n.d === undefined && c.yearlessNarrative ? date(n.m !== undefined ? ymd(n.y, n.m) : pad4(n.y), true) : null;
      const b = n && n.d !== undefined ? date(fmtDay(addDays({ y: n.y, m: n.m!, d: n.d }, k)), true) : coarseN ?? relDay(c, k);
      return /^on\s/i.test(m[0]) && !c.yearlessNarrative ? null : b;
    },
    examples: {
      match: [
        { text: 'The accord was signed on 3 May 2021 and ratified the next day.', match: 'the next day', value: '2021-05-04' },
        { text: 'He left the day before.', match: 'the day before', value: '2022-09-04' },
        { text: 'The envoys landed on 14 March 2020 and the day before the talks they met the press.', match: 'the day before', value: '2020-03-13' },
        { text: 'The envoys landed on 14 March 2020 and met the press the same evening.', match: 'the same evening', value: '2020-03-14' },
      ],
      noMatch: ['the next dayroom', 'They handle day-to-day work.'],
    },
  },
  {
    id: 'dates/relative/ago',
    description: '"a year ago", "two months ago", "six weeks earlier", "about two years ago", "a decade ago", "several years ago".',
    pattern: rx(`${B}(?:(?<q>${QMOD})\\s+)?(?<n>${RX_CARD})\\s+(?:more\\s+)?(?<u>${RX_UNIT})\\s+(?:or\\s+so\\s+)?(?<dir>ago|earlier|before|later|after|from\\s+now|hence|back|on(?=\\s*[,.;:!?)—–]|\\s+(?:it|he|she|they|we|there|this|these|those|little|much|nothing|not|no|only)\\b))${E}`),
    accept: (m, text) => {
      // "a week after the airline cut ...", "one year after she resigned": a duration, not a date
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (/^\s+than\b/i.test(after)) return false; // "a week later than planned": a comparison
      if (!/^(?:after|before)$/i.test(g(m, 'dir')!)) return true;
      // "three years after 2015", "a month after 4 May 2019": counted from the stated date
      if (AFTER_DATE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return true;
      if (/^\s+(?:that\s+(?:day|year|month|week))/i.test(after)) return true;
      if (/^\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|i|you|this|that|[\p{Lu}\d])/u.test(after)) return false;
      // "twelve years after signature", "a decade after independence": the anchor is a
      // happening named by a noun, so a date only when the clause goes on to state its date
      // ("ten years after work began in May 1994"); else a duration
      if (/^\s+\p{Ll}/u.test(after)) return anchorClauseDated(text, m.index + m[0].length);
      return true;
    },
    build: (m, c) => {
      const unit = unitCode(g(m, 'u')!);
      if (!unit) return null;
      const n = parseCardinal(g(m, 'n')!);
      const dir = g(m, 'dir')!.toLowerCase();
      const sign = /ago|earlier|before|back/.test(dir) ? -1 : 1;
      const mod = modFor(g(m, 'q'));
      if (!Number.isFinite(n)) return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', false);
      const relToDct = /ago|from now|hence|back/.test(dir);
      // "Five years on, no deal has been signed", "Two years later the line remains closed": the
      // clause speaks of the present, so the span ends at the document's time (never counted
      // forward from it)
      if ((dir === 'on' || dir === 'later') && c.dct && presentClause(c.text.slice(c.end, c.end + 160))) return withMod(relPeriod(c, unit === 'DE' || unit === 'CE' ? 'Y' : unit === 'W' ? 'D' : unit, 0), mod);
      // "a year earlier" after a quarter: the same quarter a year before
      if (unit === 'Y' && n === 1 && c.prevQuarter && /^\d{4}-Q\d$/.test(c.prevQuarter) && sign < 0) {
        return withMod(date(`${+c.prevQuarter.slice(0, 4) - 1}${c.prevQuarter.slice(4)}`, true), mod);
      }
      let base = relToDct ? c.dct : (baseDay(c) ?? null);
      const u2: Unit = unit === 'DE' ? 'Y' : unit === 'CE' ? 'Y' : unit;
      const n2 = unit === 'DE' ? n * 10 : unit === 'CE' ? n * 100 : n;
      // "ten years after the line opened in May 2007": counted from the date the clause states
      const next = /^(?:after|before)$/.test(dir) ? c.nextStated() : null;
      if (next) {
        base = { y: next.y, m: next.m ?? 1, d: next.d ?? 1 };
        const v = shifted(c, u2, sign * n2, base).value;
        // no finer than the date counted from ("six months after ... in 2008" -> the year)
        const out = next.d !== undefined ? v : /^\d{4}-\d\d/.test(v) ? v.slice(0, next.m === undefined ? 4 : 7) : v.slice(0, 4);
        return withMod(date(out, true), mod);
      }
      if (!base) return withMod(date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', false), mod);
      if (c.yearlessNarrative) {
        // a brief: "six weeks later" is a day when counted from a day; a date counted from a
        // stated month or year is no finer than it ("two days later" after "in July 1997" -> 1997-07)
        const fromN = !relToDct ? (u2 === 'D' || u2 === 'W' ? dayScaleAnchor(c) : c.narrative) : null;
        if (fromN) base = { y: fromN.y, m: fromN.m ?? 1, d: fromN.d ?? 1 };
        // ("In late May ... two weeks later": counted from the part of the month the text names)
        if (fromN && fromN === c.narrative && fromN.m !== undefined && fromN.d === undefined && c.narrativeEnd !== undefined && (u2 === 'D' || u2 === 'W')) {
          const part = /\b(?:(late|end\s+of)|(mid|middle\s+of))[\s-]+(?:\p{L}+\s+)?(?:\p{Lu}\p{L}+)(?:\s+\d{4})?$/iu.exec(c.text.slice(Math.max(0, c.narrativeEnd - 40), c.narrativeEnd));
          if (part) base = { ...base, d: part[1] ? 25 : 15 };
        }
        // "In January 2024 ... Two weeks later": N weeks counted from a month with no day named
        // land in that month or the next; when the two ends fall in different months, the value
        // is the interval of both months (2024-01/2024-02)
        if (fromN && fromN.m !== undefined && fromN.d === undefined && base.d === 1 && u2 === 'W' && !mod && n2 >= 2) {
          const k = Math.round(7 * sign * n2);
          const a = addDays({ y: fromN.y, m: fromN.m, d: 1 }, k);
          const z = addDays({ y: fromN.y, m: fromN.m, d: daysInMonth(fromN.y, fromN.m) }, k);
          if (a.m !== z.m || a.y !== z.y) {
            const first = fmtMonth(a.y, a.m);
            return { type: 'DATE', value: first, inferred: true, range: { start: first, end: fmtMonth(z.y, z.m) } };
          }
        }
        const dayBase = fromN ? fromN.d !== undefined : c.dctGran === 'day';
        const weekDay = u2 === 'W' ? fmtDay(addDays(base, Math.round(7 * sign * n2))) : null;
        let v = weekDay !== null && (dayBase || fromN) ? weekDay : shifted(c, u2, sign * n2, base).value;
        if (fromN && fromN.d === undefined) v = v.slice(0, fromN.m === undefined ? 4 : 7);
        // "less than two weeks later", "about ten days later": a vague count of days or weeks
        // names no day; it is about the month it lands in
        if (mod && (u2 === 'D' || u2 === 'W') && /^\d{4}-\d\d-\d\d$/.test(v)) v = v.slice(0, 7);
        return withMod(date(v, true), mod);
      }
      return withMod(shifted(c, u2, sign * n2, base), mod);
    },
    examples: {
      match: [
        { text: 'He left a year ago.', match: 'a year ago', value: '2021' },
        { text: 'It closed two months ago.', match: 'two months ago', value: '2022-07' },
        { text: 'It opened 11 days ago.', match: '11 days ago', value: '2022-08-25' },
        { text: 'The mine was sold in 2003. Ten years after work began at the pit in May 1994, it closed.', match: 'Ten years after', value: '2004' },
        { text: 'Three years after talks began in 2011, the crossing reopened.', match: 'Three years after', value: '2014' },
        { text: 'Two years after 2015 the ferry resumed.', match: 'Two years after', value: '2017' },
        { text: 'Ten days after 4 May 2019 the vote was held.', match: 'Ten days after', value: '2019-05-14' },
        { text: 'Four years after construction started in 2010 the dam was finished.', match: 'Four years after', value: '2014' },
        { text: 'The pass reopened on 3 March 2019. Two days on, snow closed it again.', match: 'Two days on', value: '2019-03-05' },
        { text: 'The mine closed in May 2017. Three years on, it has not reopened.', match: 'Three years on', value: '2022' },
        { text: 'The ferry sank in 2009. Ten years later the wreck still lies off the cape.', match: 'Ten years later', value: '2022' },
      ],
      noMatch: [
        'a year of growth',
        'The charter was signed on 4 April 2010; it entered into force in 2016, six years after signature.',
        'Eight years after independence, in 1999, the republic joined the bank.',
        'She spent four years on the board.',
      ],
    },
  },
  {
    id: 'dates/relative/year-earlier-adj',
    description: 'Adjectives "year-earlier", "year-ago", "prior-year" (the year before; the same quarter a year before after a quarter).',
    pattern: rx(`${B}(?:the\\s+)?(?:year-earlier|year-ago|prior-year|year-before)(?:\\s+(?<u>quarter|period|month))?${E}`),
    accept: (m) => !!g(m, 'u') || !/^the\s/i.test(m[0]),
    build: (m, c) => {
      if (g(m, 'u') && c.prevQuarter && /^\d{4}-Q\d$/.test(c.prevQuarter)) return date(`${+c.prevQuarter.slice(0, 4) - 1}${c.prevQuarter.slice(4)}`, true);
      return relPeriod(c, 'Y', -1);
    },
    examples: { match: [{ text: 'up from year-earlier levels', match: 'year-earlier', value: '2021' }], noMatch: ['the year-long siege'] },
  },
  {
    id: 'dates/relative/period-anaphor',
    description: '"the same period last year", "the corresponding period", "the year-earlier period" (previous year, or a quarter in quarter context).',
    pattern: rx(`${B}the\\s+(?:same|corresponding|comparable|year-earlier|year-ago|year-before|latest|\\d{4})\\s+(?:period|quarter)(?:\\s+(?:of\\s+)?(?:a\\s+year\\s+(?:earlier|ago)|last\\s+year|the\\s+previous\\s+year))?${E}`),
    build: (m, c) => {
      const t = m[0].toLowerCase();
      const yr = /(\d{4})/.exec(t);
      const back = /year-earlier|year-ago|year-before|last year|previous year|a year/.test(t);
      if (yr) {
        if (c.prevQuarter && /^\d{4}-Q\d$/.test(c.prevQuarter)) return date(`${yr[1]}${c.prevQuarter.slice(4)}`, false);
        return date(yr[1]!, false);
      }
      if (c.prevQuarter && /^\d{4}-Q\d$/.test(c.prevQuarter)) return date(back ? `${+c.prevQuarter.slice(0, 4) - 1}${c.prevQuarter.slice(4)}` : c.prevQuarter, true);
      // In a brief, a bare "over the same period" right after a change told "from ... in 2019 to
      // ... in 2023" (or "between 2019 and 2023", "in 2019-2023") is that span of years.
      if (c.yearlessNarrative && /^the\s+same\s+period$/.test(t)) {
        const span = toldPeriod(c.text.slice(Math.max(0, c.start - 400), c.start));
        if (span) return { type: 'DATE', value: pad4(span[0]), inferred: true, range: { start: pad4(span[0]), end: pad4(span[1]) } };
      }
      return relPeriod(c, 'Y', back ? -1 : 0);
    },
    examples: { match: [{ text: 'compared with the same period last year', match: 'the same period last year', value: '2021' }], noMatch: ['the same place'] },
  },
  {
    id: 'dates/relative/weekday',
    description: 'Weekdays: "Friday", "last Monday", "next Tuesday", "early Sunday", "Wednesday night" (resolved against the DCT by tense).',
    pattern: rx(`${B}(?:(?<det>last|next|this|this\\s+coming|this\\s+past|the\\s+previous|the\\s+following|the\\s+next)\\s+|(?<part>early|late|earlier|later)\\s+)?(?<wd>${RX_WEEKDAY})(?!s\\b)(?:\\s+(?<pod>morning|afternoon|evening|night))?${E}`),
    build: (m, c) => {
      const wd = weekdayNumber(g(m, 'wd')!);
      const det = (g(m, 'det') ?? '').toLowerCase().replace(/\s+/g, ' ');
      const dir: -1 | 0 | 1 | undefined = det === 'last' || det === 'this past' || det === 'the previous' ? -1 : det === 'next' || det === 'this coming' || det === 'the following' || det === 'the next' ? 1 : det === 'this' ? 0 : undefined;
      // "Friday night": TimeBank mostly gives the day itself, so the part of day is not in the value
      return withMod(resolveWeekday(c, wd, dir), partMod(g(m, 'part')));
    },
    examples: {
      match: [
        { text: 'The talks ended on Friday.', match: 'Friday', value: '2022-09-02' },
        { text: 'He will arrive Tuesday.', match: 'Tuesday', value: '2022-09-06' },
        { text: 'They met last Monday.', match: 'last Monday', value: '2022-08-29' },
        { text: 'The union said it would appeal the ruling, announced Friday by the court.', match: 'Friday', value: '2022-09-02' },
        { text: 'Growers expect the prices to recover as soon as the market opened Thursday.', match: 'Thursday', value: '2022-09-08' },
      ],
      noMatch: ['He sold fried fish.'],
    },
  },
];

/**
 * The last span of years told in `before` ("from $7m in 2019 to $71m in 2023", "between 2019
 * and 2023", "2019-2023") when no other year follows it: [first, last], or null.
 */
function toldPeriod(before: string): [number, number] | null {
  // (a decimal point is no sentence end: "from $7.4 million in 2019")
  const re = /\bfrom\b(?:[^.;!?]|\.(?=\d)){0,80}?\b((?:19|20)\d\d)\b[^;!?]{0,160}?\bto\b(?:[^.;!?]|\.(?=\d)){0,60}?\b((?:19|20)\d\d)\b|\bbetween\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/g;
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(re)) last = m;
  if (!last) return null;
  const a = +(last[1] ?? last[3] ?? last[5])!;
  const b = +(last[2] ?? last[4] ?? last[6])!;
  if (!(b > a && b - a <= 40)) return null;
  // (the period told last: no other year after it, and at most one sentence break)
  const rest = before.slice(last.index + last[0].length);
  if (/\b(?:19|20)\d\d\b/.test(rest) || (rest.match(/[.!?](?:\s|$)/g) ?? []).length > 1) return null;
  return [a, b];
}

// ---------------------------------------------------------------------------- 5. sets

const SET_ADV: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', fortnightly: 'P2W', monthly: 'P1M', quarterly: 'P1Q',
  annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', 'semi-annually': 'P6M', biennially: 'P2Y',
};

const sets: DateRule[] = [
  {
    id: 'dates/set/adverb',
    description: 'Frequency words: "annually", "daily", "weekly", "hourly"; "monthly", "quarterly" only as adverbs (not "a quarterly dividend").',
    pattern: rx(`${B}(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|annually|yearly|biannually|semi-annually|biennially)${E}`),
    accept: (m, text) => {
      // "a quarterly dividend", "monthly reports": attributes of a document or payment, not times;
      // "daily", "weekly", "hourly" are kept as adjectives too ("a daily rally")
      if (!/^(?:quarterly|monthly|yearly|biannual|semi-annual)/i.test(m[0])) return true;
      return !/^\s+(?!and\b|or\b|by\b|in\b|at\b|to\b|for\b|from\b|since\b|until\b|over\b|on\b)\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    },
    build: (m) => ({ type: 'SET', value: SET_ADV[m[0].toLowerCase()]!, inferred: false }),
    examples: { match: [{ text: 'The report is published annually.', match: 'annually', value: 'P1Y' }, { text: 'a daily rally', match: 'daily', value: 'P1D' }], noMatch: ['an annual report', 'a quarterly dividend'] },
  },
  {
    id: 'dates/set/every',
    description: '"every two years", "each month", "per year", "per day", "a year" after an amount, "twice a year".',
    pattern: rx(`${B}(?:(?:once|twice|three\\s+times|four\\s+times|\\d+\\s+times)\\s+)?(?<det>every|each|per|a|an)\\s+(?:(?<other>other)\\s+)?(?:(?<n>${RX_CARD})\\s+)?(?<u>${RX_UNIT})${E}`),
    accept: (m, text) => {
      const det = g(m, 'det')!.toLowerCase();
      if ((det === 'a' || det === 'an') && !/^(once|twice|\d|three|four)/i.test(m[0])) {
        // "a year" is a SET only after an amount or a rate: "$5 a year", "5% a year", "10 tonnes a day"
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        return /(?:\d|\bper\s?cent|%|million|billion|thousand|dollars|euros|tonnes|tons|barrels|cents|shares|times)\s*$/i.test(before) && !/(?:ago|earlier|later)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8));
      }
      if (det === 'a' || det === 'an') return !g(m, 'n');
      return true;
    },
    build: (m) => {
      const unit = unitCode(g(m, 'u')!);
      if (!unit) return null;
      let n = g(m, 'n') ? parseCardinal(g(m, 'n')!) : 1;
      if (g(m, 'other')) n = 2;
      return { type: 'SET', value: unit === 'Q' ? `P${n}Q` : durationValue(n, unit), inferred: false };
    },
    examples: {
      match: [
        { text: 'Elections are held every two years.', match: 'every two years', value: 'P2Y' },
        { text: 'It pays $5 a year.', match: 'a year', value: 'P1Y' },
        { text: 'The council meets each month.', match: 'each month', value: 'P1M' },
      ],
      noMatch: ['a year of growth'],
    },
  },
  {
    id: 'dates/set/each-day-name',
    description: '"every Monday", "each July", "Tuesday nights", "on Mondays".',
    pattern: rx(`${B}(?:(?:every|each)\\s+(?:(?<wd>${RX_WEEKDAY})|(?<mon>${RX_MONTH_FULL})|(?<s>${RX_SEASON})|(?<pod1>morning|afternoon|evening|night|weekend))|(?<wd2>${RX_WEEKDAY})s(?:\\s+(?<pod>nights|mornings|evenings|afternoons))?)${E}`),
    build: (m) => {
      const wdw = g(m, 'wd') ?? g(m, 'wd2');
      if (wdw) {
        const pod = g(m, 'pod')?.toLowerCase();
        const code = pod ? (pod.startsWith('m') ? 'TMO' : pod.startsWith('a') ? 'TAF' : pod.startsWith('e') ? 'TEV' : 'TNI') : '';
        return { type: 'SET', value: `XXXX-WXX-${weekdayNumber(wdw)}${code}`, inferred: false };
      }
      if (g(m, 'mon')) return { type: 'SET', value: ymd(null, monthNumber(g(m, 'mon')!)), inferred: false };
      const pod1 = g(m, 'pod1')?.toLowerCase();
      if (pod1) return { type: 'SET', value: pod1 === 'weekend' ? 'XXXX-WXX-WE' : `XXXX-XX-XXT${pod1 === 'morning' ? 'MO' : pod1 === 'afternoon' ? 'AF' : pod1 === 'evening' ? 'EV' : 'NI'}`, inferred: false };
      return { type: 'SET', value: `XXXX-${SEASONS[g(m, 's')!.toLowerCase()]}`, inferred: false };
    },
    examples: { match: [{ text: 'The market opens every Thursday.', match: 'every Thursday', value: 'XXXX-WXX-4' }], noMatch: ['every thought'] },
  },
];

// ---------------------------------------------------------------------------- 6. durations

function durationBuild(m: RegExpExecArray, c: BuildCtx): Built | null {
  const unit = unitCode(g(m, 'u')!);
  if (!unit) return null;
  let n = parseCardinal(g(m, 'n')!);
  if (/^fortnight/i.test(g(m, 'u')!)) n *= 2;
  if (g(m, 'half')) n += 0.5;
  // "over the next five years": "over" before a determiner is the preposition, not "more than"
  const mod = modFor(g(m, 'q')) ?? (g(m, 'det') ? undefined : modBefore(c));
  const b: Built = { type: 'DURATION', value: durationValue(n, unit), inferred: false };
  // "the past four years", "the next two months": anchored at the DCT, so the pipeline gets
  // the interval they cover (2019/2022); the TIMEX3 stays a DURATION
  const pos = g(m, 'pos')?.toLowerCase();
  if (pos && c.dct && !g(m, 'n2') && Number.isInteger(n) && n > 0 && n <= 100 && (unit === 'Y' || unit === 'M' || unit === 'D')) {
    const back = pos === 'past' || pos === 'last' || pos === 'previous';
    const fwd = pos === 'next' || pos === 'coming';
    if (back || fwd) {
      const now = relPeriod(c, unit, 0).value;
      const other = shifted(c, unit, back ? -n : n).value;
      if (/^\d{4}/.test(now) && /^\d{4}/.test(other)) {
        b.range = back ? { start: other, end: now } : { start: now, end: other };
        b.inferred = true;
      }
    }
  }
  const told = toldFrom(m, c, n, unit);
  if (told) {
    b.range = told;
    b.inferred = true;
  }
  return mod ? { ...b, mod } : b;
}

/**
 * A brief's past narrative: "for the next three years", "over the following two years", "the
 * ensuing six months", "for three years afterwards" run from the last stated date ("In 2015 the
 * border closed, and for the next three years trade collapsed" -> 2015/2018), not from the DCT.
 * "the next N" needs a past clause and no plan ("plans to double exports over the next five
 * years" stays from the DCT); "following", "ensuing" and "afterwards" are anaphoric anyway.
 */
function toldFrom(m: RegExpExecArray, c: BuildCtx, n: number, unit: Unit): { start: string; end: string } | null {
  const a = c.narrative;
  if (!c.yearlessNarrative || !a || a.bound || g(m, 'n2') || !Number.isInteger(n) || n < 1 || n > 30 || (unit !== 'Y' && unit !== 'M')) return null;
  const pos = g(m, 'pos')?.toLowerCase();
  const after = /^\s+(?:afterwards?|thereafter)\b/i.test(c.text.slice(c.end, c.end + 14)) && !pos;
  if (!(pos === 'following' || pos === 'ensuing' || after || (pos === 'next' && pastClause(c)))) return null;
  if (unit === 'Y') return { start: pad4(a.y), end: pad4(a.y + n) };
  if (a.m === undefined) return null;
  const e = a.m - 1 + n;
  return { start: ymd(a.y, a.m), end: ymd(a.y + Math.floor(e / 12), (e % 12) + 1) };
}

/** The clause around a match is told in the past, with no plan or future in it. */
function pastClause(c: BuildCtx): boolean {
  const before = c.text.slice(Math.max(0, c.start - 160), c.start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('\n'));
  const clause = before.slice(cut + 1) + ' ' + c.text.slice(c.end, c.end + 80).split(/[.;\n]/)[0];
  if (c.future() || /\b(?:will|would|shall|plans?|aims?|expects?|intends?|targets?|seeks?|hopes?|should|must|is\s+to|are\s+to)\b/i.test(clause)) return false;
  return /\b(?:was|were|had|did|\p{L}{2,}ed)\b/iu.test(clause);
}

const durations: DateRule[] = [
  {
    id: 'dates/duration/count-unit',
    description: 'Counted durations: "six years", "the past four years" (with the interval it covers), "40 years" in "over 40 years" (mod MORE_THAN, the modifier outside the span), "at least 20 more years", "10-15 days" (P10D), "two and a half years", "the first nine months".',
    pattern: rx(`${B}(?:(?<det>the|its|their|his|her|our)\\s+(?:(?<pos>past|last|next|coming|previous|following|first|final|remaining|ensuing|initial|latest)\\s+)?)?(?:(?<q>${QMOD_IN})\\s+)?(?<n>${RX_CARD})(?:\\s*(?:[-–]|to|or)\\s*(?<n2>${RX_CARD}))?\\s+(?:(?:more|additional|full|straight|consecutive|long|whole|further|extra|successive|trading|working|business|calendar)\\s+)?(?<u>${RX_UNIT})(?<half>\\s+and\\s+a\\s+half)?(?:(?<=s)['’](?=\\s+\\p{L}))?${E}`),
    accept: (m, text) => {
      const n = g(m, 'n')!.toLowerCase();
      // "a year" alone: a duration only with a determiner phrase or a quantity modifier
      if ((n === 'a' || n === 'an') && !g(m, 'q') && !g(m, 'det') && !g(m, 'half')) {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        if (/^\s+(?:before|after|later|earlier|long|or\s+(?:so|two|more))\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true;
        return /\b(?:for|in|within|about|after|than|takes?|took|lasted|last|spent|spend|over|once|of|almost|nearly|roughly|around|barely|only)\s+$/i.test(before);
      }
      // "less than a decade", "nearly a year": the modifier makes "a" a count
      if (n === 'the' || (n === 'a' && !g(m, 'q') && !g(m, 'half'))) return false;
      return true;
    },
    build: durationBuild,
    examples: {
      match: [
        { text: 'He served six years in office.', match: 'six years', value: 'P6Y' },
        { text: 'Tariffs rose over the past four years.', match: 'the past four years', value: 'P4Y' },
        { text: 'The mill ran for over 40 years.', match: '40 years', value: 'P40Y' },
        { text: 'It takes 10-15 days.', match: '10-15 days', value: 'P10D' },
        { text: 'Over the next five years the two states plan to double trade.', match: 'the next five years', value: 'P5Y' },
        { text: 'The pipeline was built in less than a year.', match: 'less than a year', value: 'P1Y' },
        { text: 'For four years afterwards the hall stood empty.', match: 'four years', value: 'P4Y' },
      ],
      noMatch: ['He carried 52 kilos.'],
    },
  },
  {
    id: 'dates/duration/hyphenated',
    description: 'Hyphenated duration adjectives: "a three-day strike", "a 10-year plan", "16-hour", "decade-long" (ages like "6-year-old" are not durations).',
    pattern: rx(`${B}(?:(?<n>${RX_CARD}|\\d+)-(?<u>${RX_UNIT_SG})(?:-long)?(?!-old|\\s+old\\b)|(?<u2>day|week|month|year|decade|decades|years|months|century|centuries)-long)${E}`),
    build: (m) => {
      if (g(m, 'u2')) {
        const w = g(m, 'u2')!.toLowerCase();
        const unit = unitCode(w)!;
        return { type: 'DURATION', value: durationValue(w.endsWith('s') ? NaN : 1, unit), inferred: false };
      }
      const unit = unitCode(g(m, 'u')!);
      const n = parseCardinal(g(m, 'n')!.replace(/-/g, ' '));
      if (!unit) return null;
      return { type: 'DURATION', value: durationValue(n, unit), inferred: false };
    },
    examples: {
      match: [
        { text: 'a three-day strike at the port', match: 'three-day', value: 'P3D' },
        { text: 'a 10-year plan', match: '10-year', value: 'P10Y' },
      ],
      noMatch: ['a one-way street'],
    },
  },
  {
    id: 'dates/duration/quarter-of',
    description: 'Quarters of a century or an hour: "a quarter of a century" (P25Y), "three quarters of an hour" (PT45M), "a quarter-century".',
    pattern: rx(`${B}(?:(?<n>a|one|three)\\s+quarters?\\s+of\\s+(?:a|an)\\s+(?<u>century|hour)|a\\s+quarter[\\s-](?<u2>century|hour))${E}`),
    build: (m, c) => {
      const three = (g(m, 'n') ?? '').toLowerCase() === 'three';
      const hour = (g(m, 'u') ?? g(m, 'u2')!).toLowerCase() === 'hour';
      const value = hour ? (three ? 'PT45M' : 'PT15M') : three ? 'P75Y' : 'P25Y';
      const mod = modBefore(c);
      return mod ? { type: 'DURATION', value, inferred: false, mod } : { type: 'DURATION', value, inferred: false };
    },
    examples: {
      match: [
        { text: 'The canal was debated for a quarter of a century.', match: 'a quarter of a century', value: 'P25Y' },
        { text: 'The queue took three quarters of an hour.', match: 'three quarters of an hour', value: 'PT45M' },
      ],
      noMatch: ['a quarter of the century\'s wealth'],
    },
  },
  {
    id: 'dates/duration/vague',
    description: 'Vague and fractional durations: "for years", "the past year and a half", "half a century", "a half-hour", "another year".',
    pattern: rx(`${B}(?:(?<det>the\\s+(?:past|last|next|coming|first|following)\\s+(?:few|several|couple\\s+of)\\s+)(?<u>years|months|weeks|days|decades|hours|minutes)|(?<=\\b(?:for|over|in|within|lasting)\\s)(?<u2>years|months|weeks|decades|centuries|hours|minutes)(?!\\s+(?:ago|of|old|later|earlier))|(?<ayh>(?:the\\s+(?:past|last|next|coming|first)\\s+|(?:a|one)\\s+)(?<u3>year|month|week|day|hour)\\s+and\\s+a\\s+half|half\\s+(?:a|an)\\s+(?<u4>year|month|day|hour|century)|(?:a\\s+)?half[\\s-](?<u5>hour|day|year|century)|another\\s+(?<u6>year|month|week|day|hour|decade)))${E}`),
    build: (m) => {
      if (g(m, 'u5')) return { type: 'DURATION', value: durationValue(0.5, unitCode(g(m, 'u5')!)!), inferred: false };
      if (g(m, 'u6')) return { type: 'DURATION', value: durationValue(1, unitCode(g(m, 'u6')!)!), inferred: false };
      if (g(m, 'ayh')) {
        if (g(m, 'u3')) return { type: 'DURATION', value: durationValue(1.5, unitCode(g(m, 'u3')!)!), inferred: false };
        return { type: 'DURATION', value: durationValue(0.5, unitCode(g(m, 'u4')!)!), inferred: false };
      }
      const unit = unitCode(g(m, 'u') ?? g(m, 'u2')!)!;
      return { type: 'DURATION', value: durationValue(NaN, unit), inferred: false };
    },
    examples: {
      match: [
        { text: 'Fuel costs climbed during the past year and a half.', match: 'the past year and a half', value: 'P1Y6M' },
        { text: 'Talks have dragged on for years.', match: 'years', value: 'PXY' },
        { text: 'It lasted half a century.', match: 'half a century', value: 'P50Y' },
        { text: 'The talks were extended for another year.', match: 'another year', value: 'P1Y' },
        { text: 'a half-hour speech', match: 'a half-hour', value: 'PT30M' },
      ],
      noMatch: ['years ago'],
    },
  },
];

// ---------------------------------------------------------------------------- 7. times

function clockValue(c: BuildCtx, hh: number, mm: number, dayWord?: string, mon?: string, dd?: string): Built | null {
  let day: string | null = null;
  let inferred = false;
  if (mon && dd) {
    const mo = monthNumber(mon);
    const { y } = yearFor(c, mo, +dd);
    day = ymd(y, mo, +dd);
  } else if (dayWord) {
    const w = dayWord.toLowerCase();
    const wd = weekdayNumber(w);
    if (wd) day = resolveWeekday(c, wd).value;
    else if (w === 'yesterday') day = relDay(c, -1).value;
    else if (w === 'tomorrow') day = relDay(c, 1).value;
    else day = relDay(c, 0).value;
  } else if (c.dct) {
    day = fmtDay(c.dct);
  }
  if (day && !/^\d{4}-\d\d-\d\d$/.test(day)) day = null;
  if (day) inferred = true;
  const t = `T${hh < 10 ? '0' + hh : hh}:${mm < 10 ? '0' + mm : mm}`;
  return { type: 'TIME', value: `${day ?? 'XXXX-XX-XX'}${t}`, inferred };
}

const times: DateRule[] = [
  {
    id: 'dates/time/clock',
    description: 'Clock times: "10:35 a.m.", "8 a.m. GMT Monday", "noon Thursday", "14:30 GMT".',
    pattern: rx(`${B}(?:(?<h>[01]?\\d)(?::(?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<h24>[01]?\\d|2[0-3]):(?<mi24>[0-5]\\d)(?=\\s*(?:GMT|UTC|CET|EST|EDT|local|hours|h\\b))|(?<noon>noon|midnight))(?:\\s+(?:GMT|UTC|CET|CEST|EST|EDT|PST|PDT|local\\s+time))?(?:,?\\s+(?:on\\s+)?(?:(?<dw>${RX_WEEKDAY}|today|yesterday|tomorrow)|(?<mon>${RX_MONTH})\\s+(?<d>${DAY})(?![\\p{N}])))?(?![\\p{L}\\p{N}])`),
    build: (m, c) => {
      let hh: number, mm: number;
      if (g(m, 'noon')) {
        hh = g(m, 'noon')!.toLowerCase() === 'noon' ? 12 : 24;
        mm = 0;
        if (!g(m, 'dw')) return { type: 'TIME', value: hh === 12 ? 'XXXX-XX-XXT12:00' : 'XXXX-XX-XXT24:00', inferred: false };
      } else if (g(m, 'h24')) {
        hh = +g(m, 'h24')!;
        mm = +g(m, 'mi24')!;
      } else {
        hh = +g(m, 'h')!;
        mm = g(m, 'mi') ? +g(m, 'mi')! : 0;
        const pm = /^p/i.test(g(m, 'ap')!);
        if (hh > 12) return null;
        if (pm && hh < 12) hh += 12;
        if (!pm && hh === 12) hh = 0;
      }
      return withMod(clockValue(c, hh, mm, g(m, 'dw'), g(m, 'mon'), g(m, 'd')), modBefore(c));
    },
    examples: {
      match: [
        { text: 'The blast came at 10:35 a.m.', match: '10:35 a.m.', value: '2022-09-05T10:35' },
        { text: 'They will vote at noon Thursday.', match: 'noon Thursday', value: '2022-09-08T12:00' },
      ],
      noMatch: ['a ratio of 10:35'],
    },
  },
  {
    id: 'dates/time/part-of-day',
    description: 'Parts of days: "this morning", "last night", "this afternoon", "yesterday evening", "tomorrow morning".',
    pattern: rx(`${B}(?:(?<det>this|last|tomorrow|yesterday|late\\s+last|early\\s+this|later\\s+this|earlier\\s+this)\\s+)(?<pod>morning|afternoon|evening|night)${E}`),
    build: (m, c) => {
      const det = g(m, 'det')!.toLowerCase().replace(/\s+/g, ' ');
      const pod = g(m, 'pod')!.toLowerCase();
      const code = pod === 'morning' ? 'MO' : pod === 'afternoon' ? 'AF' : pod === 'evening' ? 'EV' : 'NI';
      const k = det.endsWith('yesterday') || (det.endsWith('last') && pod === 'night') ? -1 : det === 'tomorrow' ? 1 : det.endsWith('last') ? -1 : 0;
      const day = relDay(c, k);
      const value = /^\d{4}/.test(day.value) ? `${day.value}T${code}` : `XXXX-XX-XXT${code}`;
      return { type: 'TIME', value, inferred: day.inferred, ...(partMod(det) ? { mod: partMod(det)! } : {}) };
    },
    examples: { match: [{ text: 'Shots were fired last night.', match: 'last night', value: '2022-09-04TNI' }], noMatch: ['a night out'] },
  },
];

// ---------------------------------------------------------------------------- the ordered passes

// ---------------------------------------------------------------------------- triggers (speed only)

const T_DIGITS = /\d+/g;
const T_YEAR = /\d{3,4}/g;
const T_MONTH = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)/g;
const T_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY/g;
const T_UNIT = /\b(?:sec|min|hr|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni)/gi;
const T_SEASON = /\b(?:spring|summer|autumn|fall|winter)/gi;
const T_PERIOD = /\b(?:week|month|year|quarter|decade|century)/gi;

/** Rule id -> trigger (see DateRule.trigger): every match of the rule contains a trigger hit. */
const TRIGGERS: Record<string, RegExp> = {
  'dates/not/reference-number': T_DIGITS,
  'dates/not/money': T_DIGITS,
  'dates/not/counted': T_DIGITS,
  'dates/not/code': T_DIGITS,
  'dates/not/arithmetic': /[+×*]/g,
  'dates/not/phone-or-long-number': T_DIGITS,
  'dates/range/day-day-month-year': T_MONTH,
  'dates/range/month-day-day': T_MONTH,
  'dates/range/year-year': /\d{4}\s*[-–—/]/g,
  'dates/range/month-month-year': /[-–—]/g,
  'dates/absolute/iso': /\d{4}-\d\d-/g,
  'dates/absolute/month-day-year': T_MONTH,
  'dates/absolute/day-month-year': T_MONTH,
  'dates/absolute/numeric': /\d[./]\d/g,
  'dates/absolute/month-year': T_MONTH,
  'dates/absolute/season-year': T_SEASON,
  'dates/absolute/winter-span': T_SEASON,
  'dates/absolute/quarter': /quarter|Q[1-4]|[1-4]Q/gi,
  'dates/absolute/half': /half|H[12]|[12]H/gi,
  'dates/absolute/first-months-of-year': /months\s+of/gi,
  'dates/absolute/decade': /\d0['’]?s|ties/gi,
  'dates/absolute/century': /century/gi,
  'dates/absolute/decade-of-century': /decade/gi,
  'dates/absolute/year-part': T_YEAR,
  'dates/absolute/fiscal-year': /fiscal|financial|FY/gi,
  'dates/absolute/year': T_YEAR,
  'dates/absolute/early-year': T_YEAR,
  'dates/absolute/spelled-year': /nineteen|eighteen|twenty|thousand/gi,
  'dates/partial/month-day': T_MONTH,
  'dates/partial/day-month': T_MONTH,
  'dates/partial/month': T_MONTH,
  'dates/partial/month-of-year-word': T_MONTH,
  'dates/relative/day-word': /today|yesterday|tomorrow|tonight/gi,
  'dates/relative/present': /\bnow|current|moment|present|these/gi,
  'dates/relative/past': /recent|lately|formerly|past/gi,
  'dates/relative/vague-period': /recent|coming|ahead|to\s+come/gi,
  'dates/relative/future': /future|term/gi,
  'dates/relative/this-last-next': T_PERIOD,
  'dates/relative/part-of-period': T_PERIOD,
  'dates/relative/month-relative': /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|spring|summer|autumn|fall|winter)/gi,
  'dates/relative/season': T_SEASON,
  'dates/relative/season-of-year': T_SEASON,
  'dates/relative/season-anaphor': T_SEASON,
  'dates/relative/month-anaphor': T_MONTH,
  'dates/relative/holiday': /Christmas|New\s+Year|Thanksgiving|Easter|Independence|Halloween|Valentine|Labou?r\s+Day|Memorial/g,
  'dates/relative/day-anaphor': /\b(?:day|morning|afternoon|evening|night)\b/gi,
  'dates/relative/ago': T_UNIT,
  'dates/relative/year-earlier-adj': /year-|prior-year/gi,
  'dates/relative/period-anaphor': /period|quarter/gi,
  'dates/relative/weekday': T_WEEKDAY,
  'dates/set/adverb': /ly\b/gi,
  'dates/set/every': T_UNIT,
  'dates/set/each-day-name': /every|each|days/gi,
  'dates/duration/count-unit': T_UNIT,
  'dates/duration/hyphenated': T_UNIT,
  'dates/duration/vague': T_UNIT,
  'dates/duration/quarter-of': /quarter/gi,
  'dates/time/clock': /[ap]\.?m\b|noon|midnight|\d:\d|A\.?M\b|P\.?M\b/gi,
  'dates/time/part-of-day': /morning|afternoon|evening|night/gi,
};

/**
 * Rule id -> what every match of the rule contains (see DateRule.requires): the words of a
 * group the pattern cannot do without, with the pattern's flags. Only where the trigger's windows
 * seldom hold a match and the pattern is slow to scan them.
 */
const MON3 = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** A day number, then a month name: "5 March", "21st of May" (every month name starts with MON3). */
const R_DAY_MONTH = new RegExp(`\\d(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MON3}`, 'giu');
/** A month name, then a number: "March 5", "Sept. 21", "May, 2019", "June of 2020". */
const R_MONTH_NUMBER = new RegExp(`${MON3}\\p{L}*\\.?,?\\s+(?:of\\s+)?\\d`, 'giu');
const REQUIRES: Record<string, RegExp> = {
  // (?<d>DAY)ORD_SUF(?:\s+of)?\s+(?<mon>MONTH); in the range, (?<d2>DAY)ORD_SUF\s+(?<mon>MONTH)
  'dates/absolute/day-month-year': R_DAY_MONTH,
  'dates/partial/day-month': R_DAY_MONTH,
  'dates/range/day-day-month-year': R_DAY_MONTH,
  // (?<mon>MONTH)\s+(?<d>DAY); (?<mon>MONTH),?\s+(?:of\s+)?(?<y>YEAR)
  'dates/absolute/month-day-year': R_MONTH_NUMBER,
  'dates/partial/month-day': R_MONTH_NUMBER,
  'dates/range/month-day-day': R_MONTH_NUMBER,
  'dates/absolute/month-year': R_MONTH_NUMBER,
  // ,?\s+of\s+(?<det>that|the ...|last|this|next)\s+year
  'dates/partial/month-of-year-word': /of\s+(?:that|the|last|this|next)\s/giu,
  // SEP then the second month
  'dates/range/month-month-year': new RegExp(`[-–—]\\s*${MON3}`, 'giu'),
  // (?<dir>...) is not optional
  'dates/relative/ago': /ago|earlier|before|later|after|from\s+now|hence|back|\son\b/giu,
  // both alternatives have a determiner: (?<det>last|this|next|this past|this coming), (?<det2>last|this|next)
  'dates/relative/month-relative': /last|this|next/giu,
  // a currency sign or code (first alternative), or a currency word (second)
  'dates/not/money': /[$€£¥]|USD|EUR|GBP|CHF|RUB|AZN|GEL|AMD|KZT|UZS|dollars|euros|pounds|roubles|rubles|yen|manat|lari|dram|tenge/giu,
  // "-" then a unit (first alternative), or a unit then "-long" (second)
  'dates/duration/hyphenated': new RegExp(`-${RX_UNIT_SG}|(?:day|week|month|year|decade|decades|years|months|century|centuries)-long`, 'giu'),
};

/** Every rule in pass order (see the header for the ordering constraints). */
export const RULES: DateRule[] = [...notDates, ...ranges, ...absolute, ...partial, ...relative, ...sets, ...durations, ...times].map((r) => {
  const withTrigger = TRIGGERS[r.id] && !r.trigger ? { ...r, trigger: TRIGGERS[r.id] } : r;
  return REQUIRES[r.id] && !withTrigger.requires ? { ...withTrigger, requires: REQUIRES[r.id] } : withTrigger;
});

/** The passes, named, for documentation and tests. */
export const PASSES: { name: string; rules: string[] }[] = [
  { name: '0 not-dates', rules: notDates.map((r) => r.id) },
  { name: '1 ranges', rules: ranges.map((r) => r.id) },
  { name: '2 absolute', rules: absolute.map((r) => r.id) },
  { name: '3 partial', rules: partial.map((r) => r.id) },
  { name: '4 relative', rules: relative.map((r) => r.id) },
  { name: '5 sets', rules: sets.map((r) => r.id) },
  { name: '6 durations', rules: durations.map((r) => r.id) },
  { name: '7 times', rules: times.map((r) => r.id) },
];
