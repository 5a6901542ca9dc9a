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

export function compareNumbers(a: NumberValue, b: NumberValue): NumberRelation {
  if (a.unit !== b.unit) return 'unit';
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
