import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inside, lowerBound, overlapping } from '../../src/core/search.js';

describe('lowerBound', () => {
  it('finds the first index not below the value in a sorted array', () => {
    const xs = [1, 3, 3, 7, 9];
    expect(lowerBound(xs.length, (i) => xs[i]! < 3)).toBe(1);
    expect(lowerBound(xs.length, (i) => xs[i]! < 4)).toBe(3);
    expect(lowerBound(xs.length, (i) => xs[i]! < 0)).toBe(0);
    expect(lowerBound(xs.length, (i) => xs[i]! < 10)).toBe(5);
    expect(lowerBound(0, () => true)).toBe(0);
  });
  it('agrees with a linear scan on any sorted array', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (arr, v) => {
        const xs = [...arr].sort((a, b) => a - b);
        const linear = xs.findIndex((x) => x >= v);
        expect(lowerBound(xs.length, (i) => xs[i]! < v)).toBe(linear < 0 ? xs.length : linear);
      }),
    );
  });
});

describe('overlapping and inside', () => {
  const item = fc.record({ start: fc.integer({ min: 0, max: 80 }), len: fc.integer({ min: 0, max: 20 }) }).map((r) => ({
    span: { start: r.start, end: r.start + r.len },
  }));
  it('give exactly the items a linear scan gives, in the array\'s order, sorted or not', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 40 }), (arr, from, len) => {
        const span = { start: from, end: from + len };
        expect(overlapping(arr, span)).toEqual(arr.filter((x) => x.span.start < span.end && span.start < x.span.end));
        expect(inside(arr, span)).toEqual(arr.filter((x) => x.span.start >= span.start && x.span.end <= span.end));
      }),
    );
  });
});
