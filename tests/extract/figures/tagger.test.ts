import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagFigures } from '../../../src/extract/figures/index.js';
import { Kind, rw, tokenize } from '../../../src/extract/figures/tokens.js';

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
    // price per unit, fractions, multiplier verbs, spans, counts
    'per', 'per tonne', 'a barrel', '/MWh', 'per 1,000 cubic metres', 'cost of moving a tonne',
    'against', 'a quarter', 'half', 'a third', 'two thirds', 'one in', 'by', 'would', 'double',
    'triple', 'aims to', 'dwt', 'deadweight tonnes', '-member', '-strong', 'or', 'votes',
    'from a peak of', 'in 2010', 'of them', 'other', 'and a half', 'decades', 'old', 'summer',
    'first', 'line', 'population of', 'several', 'hundred', 'these', 'Years',
    // notations added for unseen briefs: glued scales and signs, spaced thousands, compound units
    'x', '×', '°C', 'kt', 'Gbit/s', 'm3/s', 't/y', 'a pair of', 'more', 'by a factor of',
    'range from', 'vary from', '000', '\u00a0000', 'head of', '+', 'trln', ',5', 'm tonnes',
    '-billion', 'one and a half', 'approx.', 'c.', '~', 'degrees', 'Mtoe', 'boe/d', 'sq m',
    // session 10: frequencies, rates stated away, gapping, formats, headings, notes
    'weekly', 'daily', 'twice', 'a week', 'every year', 'each year', 'annually', 'Annual', 'trade',
    'the three', 'railways', 'remains', 'Background:', '\n\n', 'sum', 'som', '-percent', '-percentage-point',
    ',', 'imports by', 'chaired', 'billed at', 'per kWh', '(mostly wheat)', 'from Kazakhstan', '％', '(-',
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

describe('tagFigures: a decimal without its leading zero', () => {
  it('reads ".5%" and "$.75 billion" as fractions of one, not as 5 and 75', () => {
    const pct = tagFigures('Prices rose by .5% in March.');
    expect(pct.map((h) => [h.text, h.value, h.unit])).toEqual([['.5%', 0.5, 'percent']]);
    const usd = tagFigures('The bank lent $.75 billion to the port.');
    expect(usd.map((h) => [h.value, h.unit])).toEqual([[0.75e9, 'USD']]);
  });

  it('leaves a point after a word or a number as it was ("No.5", "3.5", "...5")', () => {
    const t = tokenize('No.5 and 3.5 and ...5 and (.5) and -.5');
    const nums = Array.from({ length: t.n }, (_, i) => i).filter((i) => t.kind[i] === Kind.Num).map((i) => rw(t, i));
    expect(nums).toEqual(['5', '3.5', '5', '.5', '.5']);
    expect(tagFigures('It grew 3.5% a year.').map((h) => h.value)).toEqual([3.5]);
    expect(tagFigures('and so on...5% more.').map((h) => h.value)).toEqual([5]);
  });
});

describe('tagFigures: general patterns', () => {
  const read = (s: string) => tagFigures(s).map((h) => [h.text, h.value, h.unit, h.approx]);

  it('counts occasions after a verb of meeting, keeps "times" a multiplier elsewhere', () => {
    expect(read('The premiers have met more than 16 times since 2015.')).toEqual([['16 times', 16, 'count', 'more_than']]);
    expect(read('Freight grew 6 times in a decade.')).toEqual([['6 times', 6, 'times', null]]);
    expect(read('They met; output is now three times as large.')).toEqual([['three times', 3, 'times', null]]);
    expect(read('The share held by the state rose 3 times.')).toEqual([['3 times', 3, 'times', null]]);
  });

  it('reads "from A to B" as two figures and keeps "between A and B" and "A-B" as ranges', () => {
    expect(read('Capacity rises from 8.5 million to 12.5 million tonnes a year.')).toEqual([
      ['8.5 million', 8.5e6, 't/year', null],
      ['12.5 million tonnes a year', 12.5e6, 't/year', null],
    ]);
    expect(read('Capacity is between 8 million and 12 million tonnes.')).toEqual([['8 million and 12 million tonnes', [8e6, 12e6], 't', null]]);
    expect(read('Transit takes 12-14 days.')).toEqual([['12-14 days', [12, 14], 'day', null]]);
  });

  it('makes a bare number a count when the clause says "the number of <things>"', () => {
    expect(read('The number of pilgrims grew to nearly 2.3 million a year.')).toEqual([['2.3 million a year', 2.3e6, 'count/year', 'almost']]);
    expect(read('The number of pilgrims is unknown; the fee was 2 million.')).toEqual([['2 million', 2e6, 'number', null]]);
  });

  it('shares a rate period between two coordinated figures', () => {
    expect(read('The port handles 300,000 containers and 9 million tonnes of bulk cargo a year.')).toEqual([
      ['300,000 containers', 300000, 'count/year', null],
      ['9 million tonnes', 9e6, 't/year', null],
    ]);
  });

  it('counts "the N <group>" (a generic count), but not "these N <group>", a pair, nor "the three/four <actors>" of a format', () => {
    expect(read('Later all three republics signed it.')).toEqual([['three republics', 3, 'count', null]]);
    expect(read('Later the three republics signed it.')).toEqual([]);
    expect(read('Later the four governments signed it.')).toEqual([]);
    expect(read('The five governments met in Astana.')).toEqual([['five governments', 5, 'count', null]]);
    expect(read('Later these three republics signed it.')).toEqual([]);
    expect(read('A ferry links two continents.')).toEqual([]);
    expect(read('Only two ferries link the shores.')).toEqual([['two ferries', 2, 'count', null]]);
    expect(read('The three disputed islands remain closed.')).toEqual([['three disputed islands', 3, 'count', null]]);
    expect(read('Its five neighbouring states trade with it.')).toEqual([['five neighbouring states', 5, 'count', null]]);
  });

  it('reads word durations in years', () => {
    expect(read('Over four decades the lake shrank.')).toEqual([['four decades', 40, 'year', 'more_than']]);
    // no numeral: a duration after a preposition or a qualifier
    expect(read('It was closed for nearly a decade.')).toEqual([['a decade', 10, 'year', 'almost']]);
    expect(read('The talks went on for a quarter of a century.')).toEqual([['a quarter of a century', 25, 'year', null]]);
    expect(read('A decade ago the pier was closed.')).toEqual([]);
    expect(read('Tolls bring in $40 million a year.')).toEqual([['$40 million a year', 4e7, 'USD/year', null]]);
    expect(read('The pier is nearly three decades old.')).toEqual([['three decades', 30, 'year', 'almost']]);
    expect(read('Three and a half years later the pier reopened.')).toEqual([['Three and a half years', 3.5, 'year', null]]);
    expect(read('Talks could take two or three years.')).toEqual([['two or three years', [2, 3], 'year', null]]);
    expect(read('Most rain falls in three winter months.')).toEqual([['three winter months', 3, 'month', null]]);
    expect(read('Crews arrived within the first 36 hours.')).toEqual([['36 hours', 36, 'hour', null]]);
    expect(read('Ministers met at the summit four weeks later.')).toEqual([['four weeks', 4, 'week', null]]);
    expect(read('After Four Decades, a Bridge')).toEqual([]);
    expect(read('A decade ago the border was shut.')).toEqual([]);
  });

  it('ignores footnote lines at the end of a text', () => {
    const text =
      'The fund lent $45 million in 2021.\n' +
      '1 Interview with a bank official, Tbilisi, March 2022.\n' +
      '2 AgroBanks annual report 2021.\n' +
      '3 Ministry of Finance, 12 May 2022.\n';
    expect(read(text)).toEqual([['$45 million', 45e6, 'USD', null]]);
    // a wrapped line that starts with a count is still read
    expect(read('The ministry says that\n40 Georgians were hired.')).toEqual([['40 Georgians', 40, 'count', null]]);
  });

  it('keeps a change that a comma ends apart from a later rate', () => {
    expect(read('It moved 3.1 million tonnes in 2024, up from 2.4 million in 2023, and aims to raise this to 4 million tonnes a year.')).toEqual([
      ['3.1 million tonnes', 3.1e6, 't', null],
      ['2.4 million', 2.4e6, 't', null],
      ['4 million tonnes a year', 4e6, 't/year', null],
    ]);
    expect(read('Freight grew from 6 million tons per year to 9 million tons.')).toEqual([
      ['6 million tons per year', 6e6, 't/year', null],
      ['9 million tons', 9e6, 't/year', null],
    ]);
  });
});
