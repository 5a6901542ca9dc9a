import { describe, expect, it } from 'vitest';
import type { Claim, ClaimEvidence, DateValue } from '../../src/core/types.js';
import { agrees, auditView, dayBounds, entityIndex, findClaims, fold, inContext, namesFor, showValue } from '../../src/query/index.js';

const day = (v: string): DateValue => ({ value: v, start: v, end: v, granularity: 'day', inferred: false });
const year = (y: string): DateValue => ({ value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year', inferred: false });

function ev(source: string, text: string, quote: string, value: unknown): ClaimEvidence {
  const start = text.indexOf(quote);
  return { source, sha256: 'x', span: { start, end: start + quote.length }, quote, page: null, line: 1, value, factKind: 'event', factId: `ev_${source}` };
}

describe('query helpers', () => {
  it('fold ignores case, accents and punctuation', () => {
    expect(fold('Türkiye’s')).toBe('turkiye s');
    expect(fold('  KazMunayGas ')).toBe('kazmunaygas');
  });
  it('dayBounds widens partial dates and refuses others', () => {
    expect(dayBounds('2022')).toEqual({ first: '2022-01-01', last: '2022-12-31' });
    expect(dayBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayBounds('2024-02-10')).toEqual({ first: '2024-02-10', last: '2024-02-10' });
    expect(dayBounds('Feb 2024')).toBeNull();
  });
  it('agrees: intervals meet, numbers within 2% and the same unit', () => {
    expect(agrees(day('1995-10-02'), year('1995'))).toBe(true);
    expect(agrees(day('1992-08-27'), day('1992-08-30'))).toBe(false);
    expect(agrees({ value: 39, unit: 'count' }, { value: 40, unit: 'count' })).toBe(false);
    expect(agrees({ value: 33_490_000, unit: 'USD' }, { value: 33_500_000, unit: 'USD' })).toBe(true);
    expect(agrees({ value: 5, unit: 't' }, { value: 5, unit: 'bbl' })).toBe(false);
    expect(agrees({ value: [10, 15], unit: 'day' }, { value: 12, unit: 'day' })).toBe(true);
  });
  it('entity names: a demonym from the gazetteer finds the country', () => {
    const idx = entityIndex([{ name: 'Kazakhstan', aliases: ['Kazakhstan'] }]);
    expect([...namesFor(idx, 'kazakh')]).toContain('Kazakhstan');
    expect([...namesFor(idx, 'Nowhereland')]).toEqual(['Nowhereland']);
  });
  it('findClaims by id, then by words; splits backing from contradicting evidence', () => {
    const a = 'Relations between Azerbaijan and Kazakhstan were established on 27 August 1992.';
    const b = 'Relations between Azerbaijan and Kazakhstan were established on 30 August 1992.';
    const claim: Claim = {
      id: 'clm_1',
      key: { subject: ['Azerbaijan', 'Kazakhstan'], predicate: 'diplomatic: relations established' },
      status: 'conflict',
      diagnosis: 'disagreement',
      claims: [ev('a.txt', a, 'established on 27 August 1992', day('1992-08-27')), ev('b.txt', b, 'established on 30 August 1992', day('1992-08-30'))],
      preferred: { value: day('1992-08-30'), rationale: 'test' },
    };
    const other: Claim = { ...claim, id: 'clm_2', key: { subject: ['Georgia'], predicate: 'visit' }, claims: [] };
    expect(findClaims([other, claim], 'clm_1')).toEqual([claim]);
    expect(findClaims([other, claim], 'relations Kazakhstan')[0]).toBe(claim);
    expect(findClaims([other, claim], 'nothing alike here')).toEqual([]);
    const view = auditView(claim);
    expect(view.backing.map((e) => e.source)).toEqual(['b.txt']);
    expect(view.contradicting.map((e) => e.source)).toEqual(['a.txt']);
    expect(inContext(a, claim.claims[0]!)).toBe('Relations between Azerbaijan and Kazakhstan were »established on 27 August 1992«.');
    expect(showValue({ value: 40, unit: 'count', approx: 'more_than', date: year('2022') })).toBe('more than 40 count (2022)');
  });
});
