/**
 * Value resolution helpers shared by the rules: years for year-less dates, DCT-relative
 * days, weeks, months and years, weekdays by tense, and TIMEX3 value formatting.
 *
 * Without a DCT (and without a narrative year), relative values stay unresolved:
 * "XXXX-10" for a month, "XXXX-10-02" for a day, "XXXX-WXX-5" for a weekday,
 * PRESENT_REF for "this year"/"today", PAST_REF for "last year"/"yesterday"/"N ago",
 * FUTURE_REF for "next year"/"tomorrow".
 */
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, pad4, quarterOf, weekday, type YMD } from './calendar.js';
import { rolloverRuleFor, staleRuleFor } from './narrative.js';
import type { BuildCtx, Built } from './types.js';

/** Cut a DCT-derived value to the DCT's granularity ("today" with a DCT of "2024" is 2024). */
export function coarse(c: BuildCtx, b: Built): Built {
  if (c.dctGran === 'day' || !/^\d{4}-/.test(b.value)) return b;
  const v = c.dctGran === 'year' ? b.value.slice(0, 4) : /^\d{4}-\d\d(?:-\d\d|$)/.test(b.value) ? b.value.slice(0, 7) : b.value.slice(0, 4);
  return { ...b, value: v };
}

export function date(value: string, inferred: boolean, mod?: string): Built {
  return mod ? { type: 'DATE', value, inferred, mod } : { type: 'DATE', value, inferred };
}

export function withMod(b: Built | null, mod: string | undefined): Built | null {
  if (!b || !mod) return b;
  return { ...b, mod };
}

/** Which branch of yearFor gave a year-less date its year (for the month-years diagnosis). */
export type YearBranch = 'shared' | 'narrative' | 'rollover' | 'story' | 'carried' | 'dct' | 'none';

/** One decision of yearFor, reported to the trace (src/eval/month-years.ts). */
export interface YearChoice {
  text: string;
  start: number;
  end: number;
  month: number;
  day?: number;
  branch: YearBranch;
  y: number | null;
  /** The narrative reference's year (and month, day), when one was live. */
  narrativeY?: number;
  narrativeM?: number;
  narrativeD?: number;
  /** Whether the narrative reference was a bound ("since 2019", "by 2030"). */
  narrativeBound?: boolean;
  narrativeEnd?: number;
  /** The id of the stale rule that set a live narrative year aside, when one did. */
  stale?: string;
  /** Whether "before then" set a live narrative year aside. */
  beforeThen: boolean;
  /** Whether the clause reads as future (a plan). */
  future: boolean;
  /** The year the document date would give (dctYear), when there is a document date. */
  dctY?: number;
  /** Whether the clause is told in the past (a past verb, no plan or future). */
  past: boolean;
}

let yearTrace: ((choice: YearChoice) => void) | null = null;

/** Reports every later yearFor decision to fn (null: stop); returns the previous reporter. Diagnosis only. */
export function traceYearFor(fn: ((choice: YearChoice) => void) | null): ((choice: YearChoice) => void) | null {
  const prev = yearTrace;
  yearTrace = fn;
  return prev;
}

/**
 * Year for a month (and day) stated without one: shared conjunct > narrative reference (unless a
 * stale rule sets it aside; the following year on a rollover) > the story's day > a chronology
 * carried over a paragraph break > the document date by tense (dctYear).
 */
export function yearFor(c: BuildCtx, month: number, day?: number): { y: number | null; inferred: boolean } {
  if (!yearTrace) return yearFor0(c, month, day);
  const info: Partial<YearChoice> = {};
  const r = yearFor0(c, month, day, info);
  const t = c.dct;
  yearTrace({
    text: c.text,
    start: c.start,
    end: c.end,
    month,
    ...(day !== undefined ? { day } : {}),
    branch: info.branch ?? 'none',
    y: r.y,
    ...(c.narrative ? { narrativeY: c.narrative.y, ...(c.narrative.m !== undefined ? { narrativeM: c.narrative.m } : {}), ...(c.narrative.d !== undefined ? { narrativeD: c.narrative.d } : {}), ...(c.narrative.bound ? { narrativeBound: true } : {}), ...(c.narrativeEnd !== undefined ? { narrativeEnd: c.narrativeEnd } : {}) } : {}),
    ...(info.stale ? { stale: info.stale } : {}),
    beforeThen: beforeThen(c),
    future: c.future(),
    ...(t ? { dctY: dctYear(c, t, month, day) } : {}),
    past: clauseInPast(c),
  });
  return r;
}

function yearFor0(c: BuildCtx, month: number, day?: number, info?: Partial<YearChoice>): { y: number | null; inferred: boolean } {
  const branch = (b: YearBranch) => {
    if (info) info.branch = b;
  };
  if (c.sharedYear !== null) {
    branch('shared');
    return { y: c.sharedYear, inferred: false };
  }
  const t = c.dct;
  if (c.narrative && c.yearlessNarrative && !beforeThen(c)) {
    // a plan ("is due to meet in April") looks forward from the brief's date, not back to a
    // narrative year that the brief's date has left behind
    const ny = c.narrative.y;
    const past = t !== null && ny * 372 + (month - 1) * 31 + (day ?? 31) < t.y * 372 + (t.m - 1) * 31 + t.d;
    // a day that would go back before a later aside's month ("...; in April 2023 a court
    // sentenced him. On 11 January parliament ...") while it lies within a month of the story's
    // last stated day: the story's day
    const n = c.narrative;
    const story = c.lastDayAny;
    if (t && story && story.y !== ny && story.y < t.y && n.m !== undefined && day !== undefined && !c.future()) {
      const backwards = ny * 372 + (month - 1) * 31 + day < ny * 372 + (n.m - 1) * 31 + (n.d ?? 1);
      if (backwards && nearDay(story, month, day)) {
        branch('story');
        return { y: story.y, inferred: true };
      }
    }
    if (!(past && c.future()) && !staleFor(c, ny, month, day, info)) {
      if (rollover(c, ny, month, day)) {
        branch('rollover');
        return { y: ny + 1, inferred: true };
      }
      branch('narrative');
      return { y: ny, inferred: true };
    }
  }
  // a new paragraph of a day-by-day chronology: the last stated day, across the break (a day
  // within a month of it, before or after; a month right after it)
  const carried = c.yearlessNarrative && !c.narrative ? c.lastDayAny : null;
  if (carried && t && carried.y < t.y && !c.future() && (continuesNarrative({ ...c, narrative: carried }, month, day) || (day !== undefined && nearDay(carried, month, day)))) {
    branch('carried');
    return { y: carried.y, inferred: true };
  }
  if (!t) return { y: null, inferred: false };
  branch('dct');
  return { y: dctYear(c, t, month, day), inferred: true };
}

/**
 * A year rollover (narrative.ts ROLLOVER_RULES): a year-less month that, read in the reference's
 * year, falls before the reference's stated month (no day on either) takes the following year,
 * unless that year would be after the document's.
 */
function rollover(c: BuildCtx, ny: number, month: number, day?: number): boolean {
  const n = c.narrative;
  if (!n || n.m === undefined || n.d !== undefined || n.bound || day !== undefined || month >= n.m || c.narrativeEnd === undefined) return false;
  if (c.dct && ny + 1 > c.dct.y) return false;
  // the reference was stated with its year ("in October 2019"), not itself a year-less month
  if (!/\d{4}$/.test(c.text.slice(Math.max(0, c.narrativeEnd - 4), c.narrativeEnd))) return false;
  return rolloverRuleFor(c.text, c.narrativeEnd, c.start) !== null;
}

/**
 * "Before then" / "in the meantime" between a planned year of the narrative and this year-less
 * date ("The next summit is planned for 2029. Before then, the ministers meet in the autumn"):
 * the date lies before the plan's year, so the plan's year is not its year; it is read from the
 * document date. Only for a narrative year after the document's (a past narrative year is as
 * good a guess as any).
 */
export function beforeThen(c: BuildCtx): boolean {
  const n = c.narrative;
  if (!n || !c.dct || n.y <= c.dct.y || c.narrativeEnd === undefined || c.narrativeEnd > c.start) return false;
  return /(?<![\p{L}])(?:(?:before|until|till)\s+then|in\s+the\s+meantime|meanwhile)(?![\p{L}])/iu.test(c.text.slice(c.narrativeEnd, c.start));
}

/**
 * A day-by-day chronology (dates/narrative/continuation): a year-less day that, read in the
 * narrative year, falls on or within a month after the stated day or month of the reference
 * ("On 2 March 2016 the dam overflowed. ... On 5 March the minister resigned") continues that
 * story; it is never read from the document date, however close that date is.
 */
export function continuesNarrative(c: BuildCtx, month: number, day?: number): boolean {
  const n = c.narrative;
  if (!n || n.m === undefined || n.bound) return false;
  const from = n.y * 372 + (n.m - 1) * 31 + (n.d ?? 1);
  const at = n.y * 372 + (month - 1) * 31 + (day ?? 31);
  return at >= from && at - from <= 31;
}

/** Whether a day lies within a month (before or after) of a stated day, both read in its year. */
function nearDay(ref: { y: number; m?: number; d?: number }, month: number, day: number): boolean {
  if (ref.m === undefined || ref.d === undefined) return false;
  return Math.abs((month - 1) * 31 + day - ((ref.m - 1) * 31 + ref.d)) <= 31;
}

/** A determiner that makes a year-less month an anaphor of the narrative: "that September", "that same May". */
const ANAPHOR_BEFORE = /(?<![\p{L}])(?:that|that\s+same|the\s+same)\s+(?:(?:early|mid|late)[\s-]+)?$/iu;
/** The same after the month: "in February that year", "in May of the same year". */
const ANAPHOR_AFTER = /^,?\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year(?![\p{L}])/iu;

/**
 * Briefs: whether the narrative year ny (of an earlier stated date) has gone stale for this
 * year-less date, which is then read from the document date (narrative.ts, STALE_RULES). A
 * reference year after the document's is tested by the rules marked `ahead` only; a year-only
 * document date says nothing of recency.
 */
function staleFor(c: BuildCtx, ny: number, month: number, day?: number, info?: Partial<YearChoice>): boolean {
  const t = c.dct;
  if (!t || ny === t.y || c.narrativeEnd === undefined) return false;
  // "that September", "the same month": the text points back to the narrative itself
  if (ANAPHOR_BEFORE.test(c.text.slice(Math.max(0, c.start - 24), c.start)) || ANAPHOR_AFTER.test(c.text.slice(c.end, c.end + 24))) return false;
  const y = dctYear(c, t, month, day);
  if (y === ny) return false;
  if (continuesNarrative(c, month, day)) return false;
  // how long before the document date it ends (a month: its last day)
  const gap = t.y * 372 + (t.m - 1) * 31 + t.d - (y * 372 + (month - 1) * 31 + (day ?? 31));
  // read in the narrative year, the date would fall before the reference's own month
  const n = c.narrative;
  const before = !!n && n.m !== undefined && (month - 1) * 31 + (day ?? 31) < (n.m - 1) * 31 + (n.d ?? 1);
  const rule = staleRuleFor(c.text, c.narrativeEnd, c.start, c.dctGran !== 'year' ? gap : null, { ny, dy: y, day: day !== undefined, before, ahead: ny > t.y });
  if (rule && info) info.stale = rule;
  return rule !== null;
}

/** The month a season is tested as for staleness (its middle; winter: its December). */
const SEASON_MONTH: Record<string, number> = { SP: 4, SU: 7, FA: 10, WI: 12 };

/**
 * Briefs: whether the narrative year ny has gone stale for a year-less season ("in the spring"),
 * by the same rules as a year-less month (STALE_RULES), the season read as its middle month.
 */
export function staleSeason(c: BuildCtx, ny: number, season: string): boolean {
  const m = SEASON_MONTH[season];
  return m !== undefined && staleFor(c, ny, m);
}

/**
 * The year of a year-less month (and day) read from the DCT: the last such date at or before
 * the DCT, unless the next one is very near, or the clause reads as future ("will", "is due",
 * "by", "effective") and the past one is not recent.
 */
function dctYear(c: BuildCtx, t: YMD, month: number, day?: number): number {
  if (month === t.m && day === undefined) return t.y;
  const dctPos = t.y * 372 + (t.m - 1) * 31 + t.d;
  const at = (y: number) => y * 372 + (month - 1) * 31 + (day ?? 1);
  const past = at(t.y) <= dctPos ? t.y : t.y - 1;
  const next = past + 1;
  const ahead = at(next) - dctPos;
  const behind = dctPos - at(past);
  // ("effective from 1 March", "valid as of 1 March", "payable on", "starting from")
  const cue = /\b(?:by|until|till|effective|payable|valid|starting|beginning|due|expire|expires|before)\s+(?:(?:from|as\s+of)\s+)?(?:on\s+|in\s+)?(?:early\s+|mid-?\s*|late\s+)?$/i.test(c.text.slice(Math.max(0, c.start - 30), c.start));
  const near = day !== undefined ? ahead <= 40 : ahead <= 31;
  return near || ((cue || c.future()) && behind > 31) ? next : past;
}

/** Plan words that keep a clause out of the past. */
const PLAN_WORDS = /(?<![\p{L}])(?:will|would|shall|plans?|planned|aims?|expects?|expected|intends?|targets?|seeks?|hopes?|should|must|is\s+to|are\s+to|due|scheduled)(?![\p{L}])/iu;

/** The clause around a year-less date is told in the past: a past verb ("was", "met", "signed"), no plan or future. */
function clauseInPast(c: BuildCtx): boolean {
  const before = c.text.slice(Math.max(0, c.start - 160), c.start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('\n'));
  const clause = before.slice(cut + 1) + ' ' + c.text.slice(c.end, c.end + 80).split(/[.;\n]/)[0];
  if (c.future() || PLAN_WORDS.test(clause)) return false;
  return /(?<![\p{L}])(?:was|were|had|did|met|held|made|took|began|signed|said|told|came|went|gave|won|lost|spoke|wrote|sent|rose|fell|became|\p{L}{2,}ed)(?![\p{L}])/iu.test(clause);
}

export function ymd(y: number | null, m: number, d?: number): string {
  const ys = y === null ? 'XXXX' : pad4(y);
  const mm = m < 10 ? `0${m}` : String(m);
  if (d === undefined) return `${ys}-${mm}`;
  return `${ys}-${mm}-${d < 10 ? `0${d}` : d}`;
}

/**
 * The day deictic shifts start from: the DCT itself, or the middle of its period when only
 * its month or year is known. A year-only DCT stands for December 31st (so that "in May"
 * falls before it), but "next month", "last week" or "Friday" in a document dated "2024"
 * are then placed from mid-year and, cut to the DCT's granularity, give "2024": the year,
 * never a December that the text does not say (a month-only DCT likewise gives its month).
 */
export function anchor(c: BuildCtx): YMD | null {
  if (!c.dct) return null;
  if (c.dctGran === 'year') return { y: c.dct.y, m: 7, d: 1 };
  if (c.dctGran === 'month') return { y: c.dct.y, m: c.dct.m, d: 15 };
  return c.dct;
}

/** A day relative to the DCT, or a REF value without one. */
export function relDay(c: BuildCtx, k: number): Built {
  const t = anchor(c);
  if (!t) return date(k < 0 ? 'PAST_REF' : k > 0 ? 'FUTURE_REF' : 'PRESENT_REF', false);
  return coarse(c, date(fmtDay(addDays(t, k)), true));
}

/** Resolve a weekday: past (the last such day up to the DCT) unless the sentence reads as future. */
export function resolveWeekday(c: BuildCtx, wd: number, dir?: -1 | 1 | 0): Built {
  const t = anchor(c);
  if (!t) return date(`XXXX-WXX-${wd}`, false);
  const cur = weekday(t);
  let k: number;
  const d = dir ?? (c.future() ? 1 : -1);
  if (d === 1) {
    k = (wd - cur + 7) % 7;
    if (dir === 1 && k === 0) k = 7;
  } else if (d === -1) {
    k = -((cur - wd + 7) % 7);
    if (dir === -1 && k === 0) k = -7;
  } else {
    // "this Friday": the one in the DCT's week
    k = wd - cur;
  }
  return coarse(c, date(fmtDay(addDays(t, k)), true));
}

export type Unit = 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'H' | 'MIN' | 'S';

/** A DCT-relative period at the unit's granularity: k units from the DCT's period. */
export function relPeriod(c: BuildCtx, unit: Unit, k: number, base?: YMD): Built {
  return coarseFromDct(c, relPeriod0(c, unit, k, base), base);
}

/** A value counted from the DCT is cut to the DCT's granularity; one from another base is not. */
function coarseFromDct(c: BuildCtx, b: Built, base?: YMD): Built {
  return base && base !== c.dct ? b : coarse(c, b);
}

function relPeriod0(c: BuildCtx, unit: Unit, k: number, base?: YMD): Built {
  const fromDct = !base || base === c.dct;
  const t = fromDct ? anchor(c) : base;
  if (!t) return date(k < 0 ? 'PAST_REF' : k > 0 ? 'FUTURE_REF' : 'PRESENT_REF', false);
  switch (unit) {
    case 'D':
    case 'H':
    case 'MIN':
    case 'S':
      return date(fmtDay(addDays(t, unit === 'D' ? k : 0)), true);
    case 'W':
      // a week of a month- or year-only DCT: its day, cut to the DCT's granularity later
      return date(fromDct && c.dctGran !== 'day' ? fmtDay(addDays(t, 7 * k)) : fmtWeek(addDays(t, 7 * k)), true);
    case 'M': {
      const r = addMonths(t.y, t.m, k);
      return date(fmtMonth(r.y, r.m), true);
    }
    case 'Q': {
      const q0 = t.y * 4 + quarterOf(t.m) - 1 + k;
      return date(`${pad4(Math.floor(q0 / 4))}-Q${(q0 % 4) + 1}`, true);
    }
    case 'Y':
      return date(pad4(t.y + k), true);
    case 'DE':
      return date(String(Math.floor((t.y + 10 * k) / 10)), true);
    case 'CE':
      return date(String(Math.floor((t.y + 100 * k) / 100)), true);
  }
}

/** "N units ago": the point k units back from the DCT, at the unit's granularity. */
export function shifted(c: BuildCtx, unit: Unit, n: number, base?: YMD): Built {
  return coarseFromDct(c, shifted0(c, unit, n, base), base);
}

function shifted0(c: BuildCtx, unit: Unit, n: number, base?: YMD): Built {
  const fromDct = !base || base === c.dct;
  const t = fromDct ? anchor(c) : base;
  if (!t) return date(n < 0 ? 'PAST_REF' : 'FUTURE_REF', false);
  if (!Number.isFinite(n)) return date(n < 0 ? 'PAST_REF' : 'FUTURE_REF', !!c.dct);
  const whole = Math.trunc(n);
  switch (unit) {
    case 'D':
      return date(fmtDay(addDays(t, whole)), true);
    case 'W':
      return date(fromDct && c.dctGran !== 'day' ? fmtDay(addDays(t, 7 * whole)) : fmtWeek(addDays(t, 7 * whole)), true);
    case 'M': {
      const r = addMonths(t.y, t.m, whole);
      return date(fmtMonth(r.y, r.m), true);
    }
    case 'Q': {
      const r = addMonths(t.y, t.m, 3 * whole);
      return date(`${pad4(r.y)}-Q${quarterOf(r.m)}`, true);
    }
    case 'Y':
      return date(pad4(t.y + whole), true);
    case 'DE':
      return date(pad4(t.y + 10 * whole), true);
    case 'CE':
      return date(pad4(t.y + 100 * whole), true);
    default:
      return date(fmtDay(t), true);
  }
}

/** The TIMEX3 duration value for n units ("P3Y", "PT5H", "PXM", "P2Y6M"). */
export function durationValue(n: number, unit: Unit): string {
  const isTime = unit === 'H' || unit === 'MIN' || unit === 'S';
  const u = unit === 'MIN' ? 'M' : unit === 'CE' ? 'C' : unit;
  if (!Number.isFinite(n)) return isTime ? `PTX${u}` : `PX${u}`;
  if (n !== Math.trunc(n)) {
    // halves: express in the next smaller unit
    const whole = Math.trunc(n);
    if (unit === 'Y') return whole ? `P${whole}Y6M` : 'P6M';
    if (unit === 'M') return `P${Math.round(n * 30)}D`;
    if (unit === 'D') return `PT${Math.round(n * 24)}H`;
    if (unit === 'W') return `P${Math.round(n * 7)}D`;
    if (unit === 'H') return whole ? `PT${whole}H30M` : 'PT30M';
    if (unit === 'MIN') return whole ? `PT${whole}M30S` : 'PT30S';
    if (unit === 'DE') return `P${Math.round(n * 10)}Y`;
    if (unit === 'CE') return `P${Math.round(n * 100)}Y`;
    if (unit === 'Q') return `P${Math.round(n * 3)}M`;
  }
  if (unit === 'DE') return `P${n * 10}Y`;
  if (unit === 'CE') return `P${n * 100}Y`;
  if (unit === 'Q') return `P${n * 3}M`;
  return isTime ? `PT${n}${u}` : `P${n}${u}`;
}

export function unitCode(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'S';
  if (w.startsWith('min')) return 'MIN';
  if (w.startsWith('hour') || w.startsWith('hr')) return 'H';
  if (w.startsWith('day') || w.startsWith('night')) return 'D';
  if (w.startsWith('week') || w.startsWith('fortnight')) return 'W';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('year')) return 'Y';
  if (w.startsWith('decade')) return 'DE';
  if (w.startsWith('centur')) return 'CE';
  return null;
}

/** TIMEX3 mod for a quantity modifier ("about", "more than", "at least" ...). */
export function modFor(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(about|around|approximately|roughly|some|circa|nearly|close to|an estimated|almost)$/.test(w)) return w === 'almost' ? 'LESS_THAN' : 'APPROX';
  if (/^(more than|over|upwards of|in excess of|longer than)$/.test(w)) return 'MORE_THAN';
  if (/^(at least|no less than|not less than|a minimum of)$/.test(w)) return 'EQUAL_OR_MORE';
  if (/^(less than|under|fewer than|shorter than|just under)$/.test(w)) return 'LESS_THAN';
  if (/^(up to|no more than|not more than|at most|a maximum of)$/.test(w)) return 'EQUAL_OR_LESS';
  return undefined;
}

/** TIMEX3 mod for a part-of-period word ("early", "mid", "late", "the end of" ...). */
export function partMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(early|earlier|beginning|start|dawn|opening)/.test(w)) return 'START';
  if (/^(mid|middle)/.test(w)) return 'MID';
  if (/^(late|later|end|close|closing)/.test(w)) return 'END';
  return undefined;
}
