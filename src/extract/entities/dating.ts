/**
 * Who held an office, and which of several people sharing a surname is meant, at a date.
 * Dates are ISO strings (YYYY, YYYY-MM, YYYY-MM-DD); comparisons are on YYYY-MM-DD.
 */
import { lowerBound } from '../../core/search.js';
import type { DateMention, Sentence } from '../../core/types.js';
import type { GazetteerEntry, Office } from '../../lexicon/gazetteer.js';

/** First and last day of an ISO date at any granularity. */
function bounds(iso: string): [string, string] {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return [iso, iso];
  const y = m[1]!;
  if (m[3]) return [`${y}-${m[2]}-${m[3]}`, `${y}-${m[2]}-${m[3]}`];
  if (m[2]) {
    const last = new Date(Date.UTC(Number(y), Number(m[2]), 0)).getUTCDate();
    return [`${y}-${m[2]}-01`, `${y}-${m[2]}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** The middle day of an interval given by ISO start and end. */
export function midpoint(start: string, end: string): string {
  // (asked for every mention, of the same few dates: once per pair, in a bounded table)
  const key = `${start}\u0000${end}`;
  let known = MIDPOINTS.get(key);
  if (known === undefined) {
    known = midpointUncached(start, end);
    if (MIDPOINTS.size >= 5000) MIDPOINTS.clear();
    MIDPOINTS.set(key, known);
  }
  return known;
}
const MIDPOINTS = new Map<string, string>();

function midpointUncached(start: string, end: string): string {
  const a = Date.parse(bounds(start)[0]);
  const b = Date.parse(bounds(end)[1]);
  if (Number.isNaN(a) || Number.isNaN(b)) return bounds(start)[0];
  return new Date((a + b) / 2).toISOString().slice(0, 10);
}

/** The point of reference of a date value or an ISO date. */
export function pointOf(iso: string): string {
  const [s, e] = bounds(iso);
  return midpoint(s, e);
}

export function inOffice(o: Office, day: string): boolean {
  const from = bounds(o.from)[0];
  // A full date ends the term that day (the successor takes over); a year or month is inclusive.
  const to = !o.to ? '9999-12-31' : o.to.length === 10 ? o.to : `${bounds(o.to)[1]}~`;
  return from <= day && day < to;
}

/** Long lists of people (the gazetteer's), indexed by office (title and body): built once per list. */
const byOffice = new WeakMap<GazetteerEntry[], Map<string, GazetteerEntry[]>>();

/** The people of the list with an office `title` of `of` at any time, in list order. */
function withOffice(people: GazetteerEntry[], title: string, of: string): GazetteerEntry[] {
  if (people.length < 32) return people;
  let index = byOffice.get(people);
  if (!index) {
    index = new Map();
    for (const p of people) {
      for (const o of p.offices ?? []) {
        const k = `${o.title}\u0000${o.of}`;
        const list = index.get(k) ?? [];
        if (list[list.length - 1] !== p) list.push(p);
        index.set(k, list);
      }
    }
    byOffice.set(people, index);
  }
  return index.get(`${title}\u0000${of}`) ?? [];
}

/** People holding `title` of `of` on `day`. */
export function holders(people: GazetteerEntry[], title: string, of: string, day: string): GazetteerEntry[] {
  return withOffice(people, title, of).filter((p) => (p.offices ?? []).some((o) => o.title === title && o.of === of && inOffice(o, day)));
}

/**
 * Picks among people sharing a name: the one in any office on `day`; ties go to a president;
 * when none is in office, the one whose office is nearest before the day.
 */
export function pickByDate(cands: GazetteerEntry[], day: string): GazetteerEntry | null {
  const inOff = cands.filter((p) => (p.offices ?? []).some((o) => inOffice(o, day)));
  if (inOff.length === 1) return inOff[0]!;
  if (inOff.length > 1) {
    const pres = inOff.filter((p) => (p.offices ?? []).some((o) => o.title === 'president' && inOffice(o, day)));
    return pres[0] ?? inOff[0]!;
  }
  let best: GazetteerEntry | null = null;
  let bestEnd = '';
  for (const p of cands) {
    for (const o of p.offices ?? []) {
      const end = o.to ? bounds(o.to)[1] : '9999-12-31';
      if (end <= day && end > bestEnd) {
        bestEnd = end;
        best = p;
      }
    }
  }
  if (best) return best;
  // Every office starts after the day: the earliest to start.
  let first: GazetteerEntry | null = null;
  let firstFrom = '9999-12-31';
  for (const p of cands) {
    for (const o of p.offices ?? []) {
      const from = bounds(o.from)[0];
      if (from < firstFrom) {
        firstFrom = from;
        first = p;
      }
    }
  }
  return first;
}

/** Index of the sentence holding `pos` (binary search), or -1. */
export function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.span.start) hi = mid - 1;
    else if (pos >= s.span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const sortedCache = new WeakMap<DateMention[], DateMention[]>();

/** The dates sorted by start (computed once per list). */
function byStart(dates: DateMention[]): DateMention[] {
  let s = sortedCache.get(dates);
  if (!s) {
    s = [...dates].sort((a, b) => a.span.start - b.span.start);
    sortedCache.set(dates, s);
  }
  return s;
}

/** Index of the first date starting at or after `pos`. */
function firstAtOrAfter(sorted: DateMention[], pos: number): number {
  return lowerBound(sorted.length, (i) => sorted[i]!.span.start < pos);
}

/**
 * The date a position refers to: the nearest dated DateMention in the same sentence, else the
 * document date. Returns a YYYY-MM-DD point, and whether it came from the sentence.
 */
export function dateFor(
  pos: number,
  sentences: Sentence[],
  dates: DateMention[],
  docDate: string | null,
): { day: string; stated: boolean } | null {
  const si = sentenceAt(sentences, pos);
  if (si >= 0) {
    const s = sentences[si]!;
    let best: DateMention | null = null;
    let bestDist = Infinity;
    const sorted = byStart(dates);
    for (let k = firstAtOrAfter(sorted, s.span.start); k < sorted.length; k++) {
      const d = sorted[k]!;
      if (d.span.start >= s.span.end) break;
      if (!d.date || d.span.end > s.span.end) continue;
      const dist = Math.abs(d.span.start - pos);
      if (dist < bestDist) {
        bestDist = dist;
        best = d;
      }
    }
    if (best?.date) return { day: midpoint(best.date.start, best.date.end), stated: true };
  }
  if (docDate) return { day: pointOf(docDate), stated: false };
  return null;
}
