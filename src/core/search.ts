import { spansOverlap } from './span.js';
import type { Span } from './types.js';

/**
 * Binary search over a sorted sequence of `length` items: the first index whose item is not
 * `before` the sought position (`length` when every item is), given a predicate that is true for
 * a prefix of the indices and false after it.
 */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An array's items by span start, for overlapping() and inside(). */
interface SpanIndex {
  /** Indices into the array, sorted by span start. */
  order: number[];
  starts: number[];
  maxLen: number;
}
const spanIndexes = new WeakMap<object, SpanIndex>();

/** A start-sorted index of an array of spanned items (built once per array). */
function spanIndex(arr: readonly { span: Span }[]): SpanIndex {
  let ix = spanIndexes.get(arr);
  if (ix) return ix;
  const order = arr.map((_, i) => i).sort((a, b) => arr[a]!.span.start - arr[b]!.span.start || a - b);
  let maxLen = 0;
  for (const x of arr) maxLen = Math.max(maxLen, x.span.end - x.span.start);
  ix = { order, starts: order.map((i) => arr[i]!.span.start), maxLen };
  spanIndexes.set(arr, ix);
  return ix;
}

/** The first index of the sorted numbers that is not below v. */
function firstNotBelow(xs: number[], v: number): number {
  return lowerBound(xs.length, (i) => xs[i]! < v);
}

/** The items of arr whose span overlaps `span`, in arr's order. */
export function overlapping<T extends { span: Span }>(arr: readonly T[], span: Span): T[] {
  const ix = spanIndex(arr);
  const hits: number[] = [];
  for (let k = firstNotBelow(ix.starts, span.start - ix.maxLen); k < ix.starts.length && ix.starts[k]! < span.end; k++) {
    const i = ix.order[k]!;
    if (spansOverlap(arr[i]!.span, span)) hits.push(i);
  }
  return hits.sort((a, b) => a - b).map((i) => arr[i]!);
}

/** The items of arr whose span lies inside `span`, in arr's order. */
export function inside<T extends { span: Span }>(arr: readonly T[], span: Span): T[] {
  const ix = spanIndex(arr);
  const hits: number[] = [];
  for (let k = firstNotBelow(ix.starts, span.start); k < ix.starts.length && ix.starts[k]! <= span.end; k++) {
    const i = ix.order[k]!;
    if (arr[i]!.span.end <= span.end) hits.push(i);
  }
  return hits.sort((a, b) => a - b).map((i) => arr[i]!);
}
