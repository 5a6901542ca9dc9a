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
