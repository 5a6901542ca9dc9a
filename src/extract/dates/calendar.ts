/**
 * Calendar arithmetic for the temporal tagger: proleptic Gregorian dates as day numbers,
 * ISO weeks, weekdays and value formatting. Pure; no Date objects in hot paths.
 */

export interface YMD {
  y: number;
  m: number;
  d: number;
}

const CUM = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 0000-03-01-ish epoch (any consistent origin works). */
export function dayNumber(t: YMD): number {
  const y = t.y - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + CUM[t.m - 1]! + (t.m > 2 && isLeap(t.y) ? 1 : 0) + t.d;
}

export function fromDayNumber(n: number): YMD {
  // estimate the year, then correct
  let y = Math.floor(n / 365.2425) + 1;
  while (dayNumber({ y, m: 1, d: 1 }) > n) y--;
  while (dayNumber({ y: y + 1, m: 1, d: 1 }) <= n) y++;
  let rem = n - dayNumber({ y, m: 1, d: 1 }) + 1;
  let m = 1;
  while (rem > daysInMonth(y, m)) {
    rem -= daysInMonth(y, m);
    m++;
  }
  return { y, m, d: rem };
}

export function addDays(t: YMD, k: number): YMD {
  return fromDayNumber(dayNumber(t) + k);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function weekday(t: YMD): number {
  // dayNumber of 2001-01-01 (a Monday)
  const n = dayNumber(t) - dayNumber({ y: 2001, m: 1, d: 1 });
  return (((n % 7) + 7) % 7) + 1;
}

/** ISO week-numbering year and week. */
export function isoWeek(t: YMD): { year: number; week: number } {
  const wd = weekday(t);
  const thursday = addDays(t, 4 - wd);
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((dayNumber(thursday) - jan1) / 7) + 1;
  return { year: thursday.y, week };
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

export function fmtDay(t: YMD): string {
  return `${pad4(t.y)}-${pad2(t.m)}-${pad2(t.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

export function fmtWeek(t: YMD): string {
  const w = isoWeek(t);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** Parse YYYY-MM-DD (or a longer ISO value starting with it); null when not a valid date. */
export function parseYMD(s: string | undefined | null): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const t = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  if (t.m < 1 || t.m > 12 || t.d < 1 || t.d > daysInMonth(t.y, t.m)) return null;
  return t;
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Shift a month by k months. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + k;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}
