/**
 * Reconciliation over small sets of briefs run through the real pipeline (analyzeFile): briefs
 * that agree, disagree, differ in granularity, rounding, unit or scale, or supersede each other.
 * Every sentence here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { DateValue } from '../../src/core/types.js';
import { brief, claimsOf, find } from '../helpers/briefs.js';

describe('wordings that meet', () => {
  it('"ties were formally established" and "the first diplomatic relations ... were established" are one claim', async () => {
    const claims = await claimsOf({
      'a.txt': brief('12 March 2019', 'Diplomatic ties between Japan and Mongolia were formally established on 14 May 1972.'),
      'b.txt': brief('20 June 2023', 'The first diplomatic relations between Mongolia and Japan were established on 14 May 1972.'),
    });
    const c = find(claims, /diplomatic relations/);
    expect(c.key.subject).toEqual(['Japan', 'Mongolia']);
    expect(c.status).toBe('corroborated');
    expect(c.claims.map((e) => e.source).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('"trade turnover" and "volume of bilateral trade" meet, and 33.5 million against 33,490.0 thousand is rounding', async () => {
    const claims = await claimsOf({
      'a.txt': brief('12 March 2019', 'In 2018, the volume of bilateral trade between Japan and Mongolia amounted to $33.5 million.'),
      'b.txt': brief('20 June 2023', 'Trade turnover between Mongolia and Japan was 33,490.0 thousand dollars in 2018.'),
    });
    const c = find(claims, /^trade \[money\]/);
    expect(c.key.qualifier).toBe('2018');
    expect(c.status).toBe('compatible');
    expect(c.diagnosis).toBe('rounding');
    // the more precise statement is preferred
    expect((c.preferred.value as { value: number }).value).toBe(33_490_000);
    expect(c.preferred.rationale).toMatch(/specific/);
  });

  it('capitals stand for their countries: "Tbilisi and Ulaanbaatar" meet "Georgia and Mongolia"', async () => {
    const claims = await claimsOf({
      'a.txt': brief('1 May 2016', 'Tbilisi and Ulaanbaatar established diplomatic relations on 22 June 1992.'),
      'b.txt': brief('3 March 2023', 'Georgia and Mongolia established diplomatic relations on 22 June 1992.'),
    });
    const c = find(claims, /diplomatic relations/);
    expect(c.key.subject).toEqual(['Georgia', 'Mongolia']);
    expect(c.status).toBe('corroborated');
  });
});

describe('comparing values', () => {
  it('"about 40" and "39" companies are compatible; the later brief is preferred for a current state', async () => {
    const claims = await claimsOf({
      'a.txt': brief('12 March 2019', 'About 40 Japanese companies operate in Mongolia.'),
      'b.txt': brief('20 June 2023', 'Today 39 Japanese companies operate in Mongolia.'),
    });
    const c = find(claims, /company \[count\]/);
    expect(c.status).toBe('compatible');
    expect(c.diagnosis).toBe('rounding');
    expect((c.preferred.value as { value: number }).value).toBe(39);
    expect(c.preferred.rationale).toMatch(/current state: the more recent brief/);
  });

  it('"more than 20 agreements" and "10 documents" signed at the same visit conflict (qualifier-aware)', async () => {
    const claims = await claimsOf({
      'a.txt': brief('12 March 2019', 'During the visit of the Mongolian president to Tokyo on 3 April 2018, more than 20 agreements were signed.'),
      'b.txt': brief('20 June 2023', 'During the April 2018 visit, 10 documents were signed between Mongolia and Japan.'),
    });
    const c = find(claims, /document signed \[count\]/);
    expect(c.key.qualifier).toBe('2018-04-03');
    expect(c.status).toBe('conflict');
    expect(c.diagnosis).toBe('disagreement');
    expect(c.preferred.rationale).toMatch(/real disagreement: more than 20/);
    // and the visit itself: a day and its month are the same visit
    const visit = find(claims, /^visit$/);
    expect(visit.status).toBe('compatible');
    expect(visit.diagnosis).toBe('granularity');
  });

  it('barrels a day against tonnes a year for the same oil flow: a unit disagreement with both readings', async () => {
    const claims = await claimsOf({
      'a.txt': brief('12 March 2019', 'The pipeline carries 100,000 barrels of oil per day from Mongolia to Japan.'),
      'b.txt': brief('20 June 2023', 'The pipeline carries 5 million tonnes of oil a year from Mongolia to Japan.'),
    });
    const c = find(claims, /^oil \[quantity\/time\]/);
    expect(c.status).toBe('conflict');
    expect(c.diagnosis).toBe('unit');
    expect(c.claims.map((e) => (e.value as { unit: string }).unit).sort()).toEqual(['bbl/day', 't/year']);
    expect(c.preferred.rationale).toMatch(/different units: 100000 bbl\/day \(a\.txt\) against 5000000 t\/year \(b\.txt\)/);
    expect(c.preferred.rationale).toMatch(/read in t\/year, 100000 bbl\/day is about 4980000 t\/year: the two readings agree/);
  });

  it('two trade figures that disagree with narrower and wider measures are diagnosed as a different predicate', async () => {
    const claims = await claimsOf({
      'a.txt': brief('10 October 2015', 'The trade in goods between Georgia and Mongolia was $4.2 million in 2014.'),
      'b.txt': brief('3 March 2023', 'The trade turnover between Georgia and Mongolia was $7.9 million in 2014.'),
    });
    const c = find(claims, /^trade \[money\]/);
    expect(c.status).toBe('conflict');
    expect(c.diagnosis).toBe('predicate');
    expect(c.preferred.rationale).toMatch(/measures differ/);
  });
});

describe('time-scoped states', () => {
  it('a current figure stated differently by briefs of different dates is superseded by the later brief', async () => {
    const claims = await claimsOf({
      'old.txt': brief('10 October 2015', 'Today 12 Japanese companies operate in Mongolia.'),
      'new.txt': brief('3 March 2023', 'Today 25 Japanese companies operate in Mongolia.'),
    });
    const c = find(claims, /company \[count\]/);
    expect(c.status).toBe('superseded');
    expect((c.preferred.value as { value: number }).value).toBe(25);
    expect(c.preferred.rationale).toMatch(/more recent brief \(2023-03-03\) replaces the earlier statement \(2015-10-10\)/);
    expect(c.claims).toHaveLength(2);
  });

  it('a plan overtaken by what happened is superseded', async () => {
    const claims = await claimsOf({
      'old.txt': brief('10 October 2015', 'Mongolia plans to open an embassy in Tokyo in 2017.'),
      'new.txt': brief('3 March 2023', 'Mongolia opened its embassy in Tokyo in 2021.'),
    });
    const c = find(claims, /embassy/);
    expect(c.status).toBe('superseded');
    expect((c.preferred.value as DateValue).value).toBe('2021');
    expect(c.preferred.rationale).toMatch(/what happened replaces what was planned/);
  });
});

describe('what should not meet', () => {
  it('"a few other visits" and "the visits in 2009" are not one happening', async () => {
    const claims = await claimsOf({
      'a.txt': brief(
        '10 October 2015',
        'In 2011, the president of Georgia paid an official visit to Mongolia. Between 2010 and 2014, a few other visits took place between Georgia and Mongolia.',
      ),
      'b.txt': brief('3 March 2023', 'The visits in 2011 strengthened ties between Georgia and Mongolia.'),
    });
    const one = find(claims, /^visit$/);
    expect(one.claims).toHaveLength(1);
    expect(one.claims[0]!.quote).toMatch(/paid an official visit/);
    const several = claims.filter((c) => c.key.predicate === 'visit: several');
    expect(several).toHaveLength(2);
    expect(several.every((c) => c.status === 'single')).toBe(true);
  });

  it('visits to each other in one year are two visits', async () => {
    const claims = await claimsOf({
      'a.txt': brief(
        '10 October 2015',
        'In 2009, the president of Georgia paid an official visit to Mongolia. In May 2009, the president of Mongolia paid an official visit to Georgia.',
      ),
    });
    const visits = claims.filter((c) => c.key.predicate === 'visit');
    expect(visits.map((c) => c.key.qualifier).sort()).toEqual(['2009 to Mongolia', '2009-05 to Georgia']);
    expect(visits.every((c) => c.status === 'single')).toBe(true);
  });
});

describe('the preferred value of a one-time historical fact', () => {
  it('a primary statement over a passing mention, the recency of a brief being a weak ground', async () => {
    const claims = await claimsOf({
      'a.txt': brief('3 March 2023', 'The joint commission of Georgia and Mongolia, which was set up in 2003, meets every year.'),
      'b.txt': brief('10 October 2015', 'The joint commission of Georgia and Mongolia was set up in 2004.'),
    });
    const c = find(claims, /commission/);
    expect(c.status).toBe('conflict');
    expect((c.preferred.value as DateValue).value).toBe('2004');
    expect(c.preferred.rationale).toMatch(/primary statement/);
    expect(c.preferred.rationale).toMatch(/no ground for a one-time historical fact/);
  });
});
