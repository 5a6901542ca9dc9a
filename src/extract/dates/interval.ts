/**
 * From a TIMEX3 hit to the pipeline's interval form (DateValue): an ISO value in the export
 * forms, the first and last day (inclusive) and the granularity.
 */
import type { DateValue, Granularity } from '../../core/types.js';
import { addDays, daysInMonth, dayNumber, fmtDay, fromDayNumber, pad2, pad4 } from './calendar.js';
import type { TimexHit } from './types.js';

interface Interval {
  value: string;
  start: string;
  end: string;
  granularity: Granularity;
}

function weekStart(year: number, week: number): string {
  // ISO week 1 contains January 4th
  const jan4 = { y: year, m: 1, d: 4 };
  const n = dayNumber(jan4);
  const wd = ((n - dayNumber({ y: 2001, m: 1, d: 1 })) % 7 + 7) % 7; // 0 = Monday
  return fmtDay(fromDayNumber(n - wd + 7 * (week - 1)));
}

/** The interval of one TIMEX3 date value, or null when it cannot be placed. */
export function intervalOf(value: string): Interval | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$/.exec(value))) {
    const v = `${m[1]}-${m[2]}-${m[3]}`;
    return { value: v, start: v, end: v, granularity: 'day' };
  }
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) {
    const y = +m[1]!, mo = +m[2]!;
    if (mo < 1 || mo > 12) return null;
    return { value, start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad2(daysInMonth(y, mo))}`, granularity: 'month' };
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    return { value, start: `${value}-01-01`, end: `${value}-12-31`, granularity: 'year' };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const q = +m[2]!;
    const m1 = 3 * q - 2, m3 = 3 * q;
    return { value, start: `${m[1]}-${pad2(m1)}-01`, end: `${m[1]}-${pad2(m3)}-${pad2(daysInMonth(+m[1]!, m3))}`, granularity: 'quarter' };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    return m[2] === '1'
      ? { value, start: `${m[1]}-01-01`, end: `${m[1]}-06-30`, granularity: 'half' }
      : { value, start: `${m[1]}-07-01`, end: `${m[1]}-12-31`, granularity: 'half' };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = +m[1]!;
    const s = m[2]!;
    if (s === 'SP') return { value, start: `${m[1]}-03-01`, end: `${m[1]}-05-31`, granularity: 'season' };
    if (s === 'SU') return { value, start: `${m[1]}-06-01`, end: `${m[1]}-08-31`, granularity: 'season' };
    if (s === 'FA') return { value, start: `${m[1]}-09-01`, end: `${m[1]}-11-30`, granularity: 'season' };
    return { value, start: `${m[1]}-12-01`, end: `${pad4(y + 1)}-02-${pad2(daysInMonth(y + 1, 2))}`, granularity: 'season' };
  }
  if ((m = /^(\d{3})X?$/.exec(value))) {
    return { value: `${m[1]}X`, start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31`, granularity: 'decade' };
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    return { value: `${m[1]}00/${m[1]}99`, start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31`, granularity: 'range' };
  }
  if ((m = /^(\d{4})-W(\d\d?)(-WE)?$/.exec(value))) {
    const s = weekStart(+m[1]!, +m[2]!);
    const sd = { y: +s.slice(0, 4), m: +s.slice(5, 7), d: +s.slice(8, 10) };
    const a = m[3] ? fmtDay(addDays(sd, 5)) : s;
    const b = fmtDay(addDays(sd, 6));
    return { value: `${a}/${b}`, start: a, end: b, granularity: 'range' };
  }
  return null;
}

/** The pipeline's interval for a hit (null for durations without a range, sets, REF values). */
export function timexToDateValue(hit: TimexHit, inferred: boolean): DateValue | null {
  const inf = inferred || !!hit.inferred;
  if (hit.range) {
    const a = intervalOf(hit.range.start);
    const b = intervalOf(hit.range.end);
    if (!a || !b || a.start > b.end) return null;
    return { value: `${a.value}/${b.value}`, start: a.start, end: b.end, granularity: 'range', inferred: inf };
  }
  if (hit.type !== 'DATE' && hit.type !== 'TIME') return null;
  const iv = intervalOf(hit.value);
  if (!iv) return null;
  return { ...iv, inferred: inf };
}
