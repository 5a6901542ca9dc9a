import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagFigures } from '../../../src/extract/figures/index.js';

function checkHits(text: string): void {
  const hits = tagFigures(text);
  let prevEnd = -1;
  for (const h of hits) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(h.start).toBeGreaterThanOrEqual(prevEnd);
    expect(text.slice(h.start, h.end)).toBe(h.text);
    if (Array.isArray(h.value)) {
      expect(h.value).toHaveLength(2);
      expect(Number.isFinite(h.value[0]) && Number.isFinite(h.value[1])).toBe(true);
    } else expect(Number.isFinite(h.value)).toBe(true);
    expect(h.unit.length).toBeGreaterThan(0);
    prevEnd = h.end;
  }
}

// pieces that make figure-like text, mixed with arbitrary strings
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '$', '\\$', '€', 'US', 'USD', ' ', '\n', '-', '–', ',', '.', '%', '+', '/', ':', '(', ')',
    'million', 'bn', 'm', 'k', 'percent', 'per cent', 'per year', 'a year', 'tons', 'bcm',
    'times', 'fold', 'sixfold', 'doubled', 'between', 'and', 'to', 'of which', 'about',
    'more than', 'troops', 'people', 'the two', 'half a', 'a dozen', 'one hundred', 'twenty-two',
    'April', '20th', 'Table', 'COVID-19', 'days', 'years', 'of the', 'states',
  ),
  fc.integer({ min: 0, max: 3000000 }).map(String),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((d) => d.toFixed(2)),
);

describe('tagFigures', () => {
  it('never throws, and gives valid, sorted, non-overlapping spans (random text)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        checkHits(parts.join(' '));
        checkHits(parts.join(''));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => checkHits(s)), { numRuns: 300 });
  });

  it('reads a paragraph of brief-style figures', () => {
    const text =
      'In 2020, exports from Georgia to Armenia were $61.2 million, while imports reached ' +
      'about 1.1 bcm of gas. The mission has 420 troops, of which 300 are in the east.';
    const got = tagFigures(text).map((h) => [h.text, h.value, h.unit, h.approx]);
    expect(got).toEqual([
      ['$61.2 million', 61200000, 'USD', null],
      ['1.1 bcm', 1.1e9, 'm3', 'about'],
      ['420 troops', 420, 'count', null],
      ['300', 300, 'count', null],
    ]);
  });

  it('reads a figure split over a line break', () => {
    const got = tagFigures('Baku paid $\n12.5\nmillion for it.');
    expect(got.map((h) => h.value)).toEqual([12500000]);
  });
});
