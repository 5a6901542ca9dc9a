/**
 * Time-scoped states through the real pipeline (analyzeFile): a brief that says something does
 * not exist as of its date ("X has no embassy in Y") against a brief that dates its happening.
 * Every sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, DateValue, EventRow, FactSet } from '../../src/core/types.js';
import { reconcile } from '../../src/reconcile/index.js';
import { brief, claimsOf, find } from '../helpers/briefs.js';

describe('absent states against happenings', () => {
  it('a happening dated after the absent state supersedes it', async () => {
    const claims = await claimsOf({
      'early.txt': brief('4 April 2011', 'Japan has no embassy in Mongolia.'),
      'late.txt': brief('9 May 2022', 'Japan opened an embassy in Ulaanbaatar in 2016.'),
    });
    const c = find(claims, /embassy in Mongolia/);
    expect(c.key.subject).toEqual(['Japan', 'Mongolia']);
    expect(c.status).toBe('superseded');
    expect(c.claims.map((e) => e.source).sort()).toEqual(['early.txt', 'late.txt']);
    expect((c.preferred.value as DateValue).value).toBe('2016');
    expect(c.preferred.rationale).toContain('none as of 2011-04-04');
    expect(c.preferred.rationale).toContain('after that date');
    const absent = c.claims.find((e) => e.source === 'early.txt')!;
    expect(absent.value).toMatchObject({ value: '2011-04-04', inferred: true, state: 'absent' });
  });

  it('a happening dated before the absent state conflicts with it, and the rationale names the order', async () => {
    const claims = await claimsOf({
      'later.txt': brief('4 April 2011', 'Japan has no embassy in Mongolia.'),
      'earlier.txt': brief('9 May 2008', 'Japan opened an embassy in Ulaanbaatar in 2005.'),
    });
    const c = find(claims, /embassy in Mongolia/);
    expect(c.status).toBe('conflict');
    expect(c.diagnosis).toBe('disagreement');
    expect(c.preferred.rationale).toContain('later.txt says none as of 2011-04-04');
    expect(c.preferred.rationale).toContain('earlier.txt says');
    expect(c.preferred.rationale).toContain('in 2005, before that date');
    expect((c.preferred.value as DateValue).value).toBe('2005');
  });

  it('an absent state with no happening of its kind stands alone', async () => {
    const claims = await claimsOf({
      'a.txt': brief('4 April 2011', 'Chile still does not have an embassy in Latvia.'),
    });
    const c = find(claims, /embassy in Latvia/);
    expect(c.status).toBe('single');
    expect(c.key.qualifier).toBe('none');
    expect(c.claims[0]!.value).toMatchObject({ state: 'absent', value: '2011-04-04' });
  });

  it('a past-tense absence is no state as of the brief and makes no claim', async () => {
    const claims = await claimsOf({
      'a.txt': brief('4 April 2011', 'In 1999 there was no embassy of Chile in Latvia.'),
    });
    expect(claims.filter((c) => c.claims.some((e) => (e.value as { state?: string }).state === 'absent'))).toEqual([]);
  });
});

describe('absent states in hand-built fact sets', () => {
  const dv = (value: string, start: string, end: string, granularity: DateValue['granularity'], inferred = false): DateValue => ({ value, start, end, granularity, inferred });
  const text = 'Japan has no embassy in Mongolia. Japan opened an embassy in Mongolia in 2016. Japan will open an embassy in Mongolia in 2030.';
  const row = (id: string, source: string, quote: string, date: DateValue, extra: Partial<EventRow> = {}): EventRow => {
    const start = text.indexOf(quote);
    return {
      id, source, sha256: 'x', span: { start, end: start + quote.length }, page: null, line: 1, quote, rule: 'test',
      type: 'diplomatic', date, actors: ['Japan', 'Mongolia'], where: 'Mongolia', trigger: quote, planned: false, ...extra,
    };
  };
  const absent = (source: string, year: string) =>
    row(`a-${source}`, source, 'has no embassy', dv(year, `${year}-01-01`, `${year}-12-31`, 'year', true), { state: 'absent' });
  const opened = (source: string, year: string) => row(`o-${source}`, source, 'opened an embassy', dv(year, `${year}-01-01`, `${year}-12-31`, 'year'));
  const facts = (events: EventRow[]): FactSet => ({ events, figures: [], published: {} });
  const embassy = (claims: Claim[]) => claims.filter((c) => /embassy/.test(c.key.predicate));

  it('gives the same claims whatever the order of the facts', () => {
    const events = [absent('a.txt', '2012'), opened('b.txt', '2016'), absent('c.txt', '2014')];
    const one = reconcile(facts(events), { messages: [] });
    const two = reconcile(facts([...events].reverse()), { messages: [] });
    expect(two).toEqual(one);
    const c = embassy(one);
    expect(c).toHaveLength(1);
    expect(c[0]!.status).toBe('superseded');
    expect(c[0]!.preferred.rationale).toContain('none as of 2012, 2014');
  });

  it('a happening on the absent state\'s own year is a conflict', () => {
    const c = embassy(reconcile(facts([absent('a.txt', '2016'), opened('b.txt', '2016')]), { messages: [] }));
    expect(c.map((x) => [x.status, x.diagnosis])).toEqual([['conflict', 'disagreement']]);
    expect(c[0]!.preferred.rationale).toContain('on or around that date');
  });

  it('a plan does not contradict an absent state; two briefs saying none corroborate', () => {
    const plan = row('p', 'b.txt', 'will open an embassy', dv('2030', '2030-01-01', '2030-12-31', 'year'), { planned: true });
    const c = embassy(reconcile(facts([absent('a.txt', '2012'), absent('c.txt', '2014'), plan]), { messages: [] }));
    const none = c.find((x) => x.key.qualifier === 'none' || x.claims.some((e) => e.factId.startsWith('a-')))!;
    expect(none.status).toBe('corroborated');
    expect((none.preferred.value as DateValue).value).toBe('2014');
    expect(none.claims.every((e) => (e.value as { state?: string }).state === 'absent')).toBe(true);
  });
});
