/**
 * Comparing two stated numbers: qualifiers (about, more than, up to ...), rounding (a number is
 * read as the interval its last significant digit allows, at most ±5%), units and scale.
 */
import type { Approx, DateValue } from '../core/types.js';

export interface NumberValue {
  value: number | [number, number];
  unit: string;
  approx: Approx | null;
  date: DateValue | null;
}

export type NumberRelation = 'same' | 'rounding' | 'unit' | 'scale' | 'disagreement';

/** The place value of a number's last significant digit (40 → 10, 33.5e6 → 1e5, 2.75 → 0.01). */
export function precisionOf(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 1;
  const a = Math.abs(x);
  if (Number.isInteger(a)) {
    let p = 1;
    while (p < 1e15 && a % (p * 10) === 0) p *= 10;
    return p;
  }
  const s = a.toPrecision(15).replace(/0+$/, '');
  const dot = s.indexOf('.');
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  return Math.pow(10, -decimals);
}

function halfWidth(x: number): number {
  return Math.min(precisionOf(x) / 2, Math.abs(x) * 0.05);
}

/** The interval of true values a statement allows. */
export function plausible(v: NumberValue): [number, number] {
  const lo0 = Array.isArray(v.value) ? v.value[0] : v.value;
  const hi0 = Array.isArray(v.value) ? v.value[1] : v.value;
  let lo = lo0 - halfWidth(lo0);
  let hi = hi0 + halfWidth(hi0);
  switch (v.approx) {
    case 'about':
      lo = Math.min(lo, lo0 - Math.abs(lo0) * 0.1);
      hi = Math.max(hi, hi0 + Math.abs(hi0) * 0.1);
      break;
    case 'almost':
      lo = Math.min(lo, lo0 - Math.abs(lo0) * 0.1);
      break;
    case 'more_than':
    case 'at_least':
      hi = Infinity;
      break;
    case 'less_than':
    case 'up_to':
      lo = -Infinity;
      break;
    default:
      break;
  }
  return [lo, hi];
}

function meet(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function scaled(a: [number, number], f: number): [number, number] {
  return [a[0] * f, a[1] * f];
}

// ------------------------------------------------------------------ units

/** Days in one period of a rate's time base ("t/year": 365). */
const PERIOD_DAYS: Readonly<Record<string, number>> = { hour: 1 / 24, day: 1, week: 7, month: 365 / 12, quarter: 365 / 4, year: 365 };

/**
 * Conversions between base units of the same kind of thing, value in `to` per one `from`.
 * Barrels per tonne is the usual average for crude oil (7.33): an approximate reading, so a
 * statement in barrels and one in tonnes stay a unit disagreement, shown in both readings.
 */
const BASE_FACTORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  t: { bbl: 7.33, kg: 1000 },
  bbl: { t: 1 / 7.33 },
  kg: { t: 0.001 },
  km: { m: 1000, mi: 1 / 1.609344 },
  m: { km: 0.001 },
  mi: { km: 1.609344 },
};

/** The approximate factors (a reading, not an identity). */
const APPROXIMATE: ReadonlySet<string> = new Set(['t>bbl', 'bbl>t']);

function splitUnit(unit: string): [string, string | null] {
  const i = unit.indexOf('/');
  return i < 0 ? [unit, null] : [unit.slice(0, i), unit.slice(i + 1)];
}

/**
 * The factor that turns a value in `from` into one in `to`, and whether it is exact
 * ("bbl/day" → "t/year": 365 / 7.33, approximate), or null when they do not convert.
 */
export function unitFactor(from: string, to: string): { factor: number; exact: boolean } | null {
  if (from === to) return { factor: 1, exact: true };
  const [fb, fp] = splitUnit(from);
  const [tb, tp] = splitUnit(to);
  if ((fp === null) !== (tp === null)) return null;
  let factor = 1;
  let exact = true;
  if (fp !== null && tp !== null && fp !== tp) {
    const fd = PERIOD_DAYS[fp];
    const td = PERIOD_DAYS[tp];
    if (fd === undefined || td === undefined) return null;
    factor *= td / fd;
  }
  if (fb !== tb) {
    const f = BASE_FACTORS[fb]?.[tb];
    if (f === undefined) return null;
    factor *= f;
    if (APPROXIMATE.has(`${fb}>${tb}`)) exact = false;
  }
  return { factor, exact };
}

/** A value read in another unit (null when the units do not convert). */
export function convertValue(v: NumberValue, to: string): NumberValue | null {
  const f = unitFactor(v.unit, to);
  if (!f) return null;
  const x = (n: number) => n * f.factor;
  return { ...v, unit: to, value: Array.isArray(v.value) ? [x(v.value[0]), x(v.value[1])] : x(v.value) };
}

/**
 * Two values in different units, each read in the other's unit: whether they agree once
 * converted (an exact conversion within rounding, an approximate one within 10%).
 */
export function crossReading(a: NumberValue, b: NumberValue): { aAsB: NumberValue; agree: boolean; exact: boolean } | null {
  const f = unitFactor(a.unit, b.unit);
  const aAsB = convertValue(a, b.unit);
  if (!f || !aAsB) return null;
  const pa = plausible(aAsB);
  const pb = plausible(b);
  const slack = f.exact ? 0 : 0.1;
  const widen = (p: [number, number]): [number, number] => [p[0] - Math.abs(p[0]) * slack, p[1] + Math.abs(p[1]) * slack];
  return { aAsB, agree: meet(widen(pa), pb), exact: f.exact };
}

export function compareNumbers(a: NumberValue, b: NumberValue): NumberRelation {
  if (a.unit !== b.unit) {
    // the same base unit over different time bases ("t/day" and "t/year") is one measure
    const f = unitFactor(a.unit, b.unit);
    if (f && f.exact && splitUnit(a.unit)[0] === splitUnit(b.unit)[0]) {
      const r = compareNumbers(convertValue(a, b.unit)!, b);
      return r === 'same' ? 'rounding' : r;
    }
    return 'unit';
  }
  if (JSON.stringify(a.value) === JSON.stringify(b.value) && (a.approx ?? null) === (b.approx ?? null)) return 'same';
  const pa = plausible(a);
  const pb = plausible(b);
  if (meet(pa, pb)) return 'rounding';
  const finite = Number.isFinite(pa[0]) && Number.isFinite(pa[1]) && Number.isFinite(pb[0]) && Number.isFinite(pb[1]);
  if (finite) {
    for (const f of [1e3, 1e6, 1e-3, 1e-6]) if (meet(scaled(pa, f), pb)) return 'scale';
  }
  return 'disagreement';
}
