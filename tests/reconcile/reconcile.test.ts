import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Approx, DateValue, EventRow, EventType, FactSet, FigureRow } from '../../src/core/types.js';
import { compareNumbers, reconcile } from '../../src/reconcile/index.js';
import { precisionOf } from '../../src/reconcile/compare.js';
import { eventKey, figureKey, stem } from '../../src/reconcile/keys.js';

const ctx = () => ({ messages: [] });

function iso(value: string): DateValue {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { value, start: value, end: value, granularity: 'day', inferred: false };
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { value, start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}`, granularity: 'month', inferred: false };
  }
  return { value, start: `${value}-01-01`, end: `${value}-12-31`, granularity: 'year', inferred: false };
}

let n = 0;
function ev(source: string, quote: string, date: string, o: Partial<EventRow> & { type?: EventType } = {}): EventRow {
  n++;
  return {
    id: `ev_${n}`,
    source,
    sha256: `sha_${source}`,
    span: { start: n * 10, end: n * 10 + quote.length },
    page: null,
    line: n,
    quote,
    rule: 'test',
    type: 'diplomatic',
    date: iso(date),
    actors: ['Norway', 'Chile'],
    where: null,
    trigger: 'established',
    planned: false,
    ...o,
  };
}

function fig(
  source: string,
  quote: string,
  value: number | [number, number],
  unit: string,
  measure: string | null,
  o: Partial<FigureRow> & { approx?: Approx | null } = {},
): FigureRow {
  n++;
  return {
    id: `fig_${n}`,
    source,
    sha256: `sha_${source}`,
    span: { start: n * 10, end: n * 10 + quote.length },
    page: null,
    line: n,
    quote,
    rule: 'test',
    value,
    unit,
    approx: null,
    measure,
    date: iso('2019'),
    entities: ['Norway', 'Chile'],
    text: quote,
    ...o,
  };
}

function facts(events: EventRow[], figures: FigureRow[] = [], published: Record<string, string | null> = {}): FactSet {
  return { events, figures, published };
}

describe('event claims', () => {
  it('different wordings of relations established meet; a different day conflicts', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'Diplomatic relations between Norway and Chile were established on 12 May 1961', '1961-05-12'),
        ev('b.txt', 'the two countries formally established diplomatic ties on 15 May 1961', '1961-05-15'),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.key).toEqual({ subject: ['Chile', 'Norway'], predicate: 'diplomatic: diplomatic relations' });
    expect(claims[0]!.status).toBe('conflict');
    expect(claims[0]!.diagnosis).toBe('disagreement');
    expect(claims[0]!.claims).toHaveLength(2);
  });

  it('the same date in two briefs is corroborated; one brief alone is single', () => {
    const two = reconcile(
      facts([
        ev('a.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12'),
        ev('b.txt', 'diplomatic relations, established on 12 May 1961', '1961-05-12'),
      ]),
      ctx(),
    );
    expect(two.map((c) => c.status)).toEqual(['corroborated']);
    expect(two[0]!.preferred.rationale).toMatch(/2 sources/);
    const one = reconcile(facts([ev('a.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12')]), ctx());
    expect(one.map((c) => c.status)).toEqual(['single']);
  });

  it('a year and a day in it are compatible (granularity); the day is preferred', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'Diplomatic relations were established in 1961', '1961'),
        ev('b.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12'),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.status).toBe('compatible');
    expect(claims[0]!.diagnosis).toBe('granularity');
    expect((claims[0]!.preferred.value as DateValue).value).toBe('1961-05-12');
    expect(claims[0]!.preferred.rationale).toMatch(/specific/);
  });

  it('a commission founded in different years conflicts', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'The intergovernmental commission was set up in 1998', '1998', { type: 'establishment', trigger: 'set up' }),
        ev('b.txt', 'In 1997 the two governments founded a joint commission', '1997', { type: 'establishment', trigger: 'founded' }),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.key.predicate).toBe('establishment: intergovernmental commission');
    expect(claims[0]!.status).toBe('conflict');
  });

  it('capitals stand for their countries in the subject', () => {
    const a = eventKey(ev('a.txt', 'Baku and Astana established diplomatic relations', '1992', { actors: ['Baku', 'Astana'] }));
    const b = eventKey(ev('b.txt', 'Azerbaijan and Kazakhstan established diplomatic relations', '1992', { actors: ['Kazakhstan', 'Azerbaijan'] }));
    expect(a.key).toEqual(b.key);
    expect(a.key.subject).toEqual(['Azerbaijan', 'Kazakhstan']);
  });

  it('visits on different days are different claims, not a conflict', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'The president visited Santiago on 3 March 2015', '2015-03-03', { type: 'visit', trigger: 'visited' }),
        ev('b.txt', 'a state visit to Santiago on 3 March 2015', '2015-03-03', { type: 'visit', trigger: 'state visit' }),
        ev('b.txt', 'He visited Chile again on 9 October 2015', '2015-10-09', { type: 'visit', trigger: 'visited' }),
        ev('c.txt', 'His visit in 2015', '2015', { type: 'visit', trigger: 'visit' }),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(2);
    expect(claims.every((c) => c.status !== 'conflict')).toBe(true);
    const march = claims.find((c) => c.key.qualifier === '2015-03-03')!;
    expect(march.claims.map((e) => e.source).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(march.status).toBe('compatible');
    expect(claims.find((c) => c.key.qualifier === '2015-10-09')!.status).toBe('single');
  });

  it('an embassy in one country is not an embassy in the other', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'Norway opened its embassy in Santiago in 1995', '1995', { trigger: 'opened', where: 'Chile' }),
        ev('b.txt', 'Chile opened an embassy in Oslo in 2001', '2001', { trigger: 'opened', where: 'Norway' }),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.status)).toEqual(['single', 'single']);
  });

  it('a plan overtaken by what happened is superseded, not a conflict', () => {
    const claims = reconcile(
      facts(
        [
          ev('old.txt', 'Chile plans to open an embassy in Oslo in 2020', '2020', { trigger: 'open', where: 'Norway', planned: true }),
          ev('new.txt', 'Chile opened an embassy in Oslo in 2022', '2022', { trigger: 'opened', where: 'Norway' }),
        ],
        [],
        { 'old.txt': '2019', 'new.txt': '2023' },
      ),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.status).toBe('superseded');
    expect((claims[0]!.preferred.value as DateValue).value).toBe('2022');
  });
});

describe('figure claims', () => {
  it('"volume of bilateral trade" and "trade turnover" meet; rounding is compatible', () => {
    const a = fig('a.txt', 'the volume of bilateral trade was $33.5 million', 33_500_000, 'USD', 'volume of bilateral trade');
    const b = fig('b.txt', 'trade turnover of 33,490.0 thousand dollars', 33_490_000, 'USD', 'trade turnover between Norway and Chile');
    expect(figureKey(a).key).toEqual(figureKey(b).key);
    const claims = reconcile(facts([], [a, b]), ctx());
    expect(claims).toHaveLength(1);
    expect(claims[0]!.status).toBe('compatible');
    expect(claims[0]!.diagnosis).toBe('rounding');
    expect(claims[0]!.key.qualifier).toBe('2019');
  });

  it('about 40 and 39 are compatible; 40 and 45 are not', () => {
    const claims = reconcile(
      facts([], [
        fig('a.txt', 'about 40 joint companies', 40, 'count', 'joint companies', { approx: 'about' }),
        fig('b.txt', '39 joint companies', 39, 'count', 'joint ventures'),
      ]),
      ctx(),
    );
    expect(claims.map((c) => c.status)).toEqual(['compatible']);
    expect(compareNumbers({ value: 40, unit: 'count', approx: null, date: null }, { value: 45, unit: 'count', approx: null, date: null })).toBe(
      'disagreement',
    );
  });

  it('more than 20 agreements and 10 documents conflict', () => {
    const claims = reconcile(
      facts([], [
        fig('a.txt', 'more than 20 agreements were signed', 20, 'count', 'agreements signed', { approx: 'more_than' }),
        fig('b.txt', '10 documents were signed', 10, 'count', 'documents signed'),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.status).toBe('conflict');
    expect(claims[0]!.diagnosis).toBe('disagreement');
  });

  it('a thousandfold difference is a probable unit/scale error, both readings shown', () => {
    const claims = reconcile(
      facts([], [
        fig('a.txt', 'exports from Chile to Norway were $78.4 million', 78_400_000, 'USD', 'exports from Chile to Norway'),
        fig('b.txt', 'Exports to Norway\t78413.5', 78_413_500_000, 'USD', 'Chilean exports to Norway'),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.key.predicate).toBe('export (Chile→Norway) [money]');
    expect(claims[0]!.status).toBe('conflict');
    expect(claims[0]!.diagnosis).toBe('unit');
    expect(claims[0]!.preferred.rationale).toMatch(/scale/);
    expect(claims[0]!.preferred.rationale).toMatch(/a\.txt/);
    expect(claims[0]!.preferred.rationale).toMatch(/b\.txt/);
  });

  it('export direction matters', () => {
    const ab = figureKey(fig('a.txt', 'x', 1, 'USD', 'exports from Chile to Norway'));
    const ba = figureKey(fig('a.txt', 'x', 1, 'USD', 'exports from Norway to Chile'));
    const ba2 = figureKey(fig('a.txt', 'x', 1, 'USD', 'Norwegian exports to Chile'));
    expect(ab.key.predicate).not.toBe(ba.key.predicate);
    expect(ba2.key.predicate).toBe(ba.key.predicate);
    // A's imports from B are B's exports to A
    expect(figureKey(fig('a.txt', 'x', 1, 'USD', "Norway's imports from Chile")).key.predicate).toBe(ab.key.predicate);
    expect(figureKey(fig('a.txt', 'x', 1, 'USD', 'Norwegian imports')).key.predicate).toBe(ab.key.predicate);
    expect(figureKey(fig('a.txt', 'x', 1, 'USD', 'Chile invested')).key.predicate).toBe('investment (Chile→Norway) [money]');
    // a table caption on both flows, with the column naming one
    expect(figureKey(fig('a.txt', 'x', 1, 'USD', 'Export and import transactions, Imports', { entities: ['Chile'] })).key.predicate).toBe(
      'import [money]',
    );
    expect(figureKey(fig('a.txt', 'x', 1, 'USD', 'exports and imports')).key.predicate).toBe('trade [money]');
  });

  it('values one brief states side by side are different things, not a conflict with itself', () => {
    const claims = reconcile(
      facts([], [
        fig('a.txt', 'exports of $78.4 million', 78_400_000, 'USD', 'exports from Chile to Norway'),
        fig('a.txt', 'and $33.5 million', 33_500_000, 'USD', 'exports from Chile to Norway'),
        fig('b.txt', '78,413.5 thousand dollars', 78_413_500, 'USD', 'exports from Chile to Norway'),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(2);
    const big = claims.find((c) => c.claims.length === 2)!;
    expect(big.status).toBe('compatible');
    expect(big.claims.map((e) => e.source)).toEqual(['a.txt', 'b.txt']);
    expect(claims.find((c) => c.claims.length === 1)!.status).toBe('single');
  });

  it('a different source disputes the nearest of several values', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12'),
        ev('a.txt', 'a good year for diplomatic relations', '1990'),
        ev('b.txt', 'Diplomatic relations were established on 15 May 1961', '1961-05-15'),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(2);
    const c1961 = claims.find((c) => c.claims.length === 2)!;
    expect(c1961.status).toBe('conflict');
    expect(c1961.claims.map((e) => (e.value as DateValue).value).sort()).toEqual(['1961-05-12', '1961-05-15']);
  });

  it('reads the sentence around an event for its object, when the source text is given', () => {
    const textA = 'Trade grew. The joint commission of Norway and Chile was set up in 1998. It meets yearly.';
    const textB = 'In 1997 the intergovernmental commission was established by Chile and Norway.';
    const qa = 'set up in 1998';
    const a = { ...ev('a.txt', qa, '1998', { type: 'establishment', trigger: 'set up' }), span: { start: textA.indexOf(qa), end: textA.indexOf(qa) + qa.length } };
    const b = {
      ...ev('b.txt', 'In 1997 the intergovernmental commission was established', '1997', { type: 'establishment', trigger: 'established' }),
      span: { start: 0, end: textB.indexOf(' by') },
    };
    b.quote = textB.slice(b.span.start, b.span.end);
    a.quote = qa;
    const withText = reconcile({ ...facts([a, b]), texts: { 'a.txt': textA, 'b.txt': textB } }, ctx());
    expect(withText).toHaveLength(1);
    expect(withText[0]!.key.predicate).toBe('establishment: intergovernmental commission');
    expect(withText[0]!.status).toBe('conflict');
    // the quote alone does not name the commission for a.txt: two separate happenings
    const withoutText = reconcile(facts([a, b]), ctx());
    expect(withoutText).toHaveLength(2);
    expect(withoutText.every((c) => c.status === 'single')).toBe(true);
  });

  it('people, cities and capitals stand for their country in the subject', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'Ilham Aliyev visited Tashkent on 5 May 2019', '2019-05-05', { type: 'visit', trigger: 'visited', actors: ['Ilham Aliyev', 'Tashkent'] }),
        ev('b.txt', 'a visit of the Azerbaijani president to Uzbekistan on 5 May 2019', '2019-05-05', {
          type: 'visit',
          trigger: 'visit',
          actors: ['Azerbaijan', 'Uzbekistan'],
        }),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.key.subject).toEqual(['Azerbaijan', 'Uzbekistan']);
    expect(claims[0]!.status).toBe('corroborated');
  });

  it('closing an embassy is not opening it', () => {
    const a = eventKey(ev('a.txt', 'Chile opened an embassy in Oslo in 1999', '1999', { trigger: 'opened', where: 'Norway' }));
    const b = eventKey(ev('a.txt', 'Chile closed its embassy in Oslo in 2003', '2003', { trigger: 'closed', where: 'Norway' }));
    expect(a.key.predicate).not.toBe(b.key.predicate);
  });

  it('barrels against tonnes for the same flow is a unit disagreement', () => {
    const claims = reconcile(
      facts([], [
        fig('a.txt', '5 million tonnes of oil a year', 5e6, 't/year', 'oil transit'),
        fig('b.txt', '100,000 barrels of oil a day', 1e5, 'bbl/year', 'oil transit'),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.status).toBe('conflict');
    expect(claims[0]!.diagnosis).toBe('unit');
    expect(claims[0]!.preferred.rationale).toMatch(/different units/);
  });

  it('a current state told differently by an older and a newer brief is superseded', () => {
    const claims = reconcile(
      facts(
        [],
        [
          fig('old.txt', '12 joint companies operate', 12, 'count', 'joint companies', { date: null }),
          fig('new.txt', '25 joint companies operate', 25, 'count', 'joint companies', { date: null }),
        ],
        { 'old.txt': '2012', 'new.txt': '2022-09-05' },
      ),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.status).toBe('superseded');
    expect((claims[0]!.preferred.value as { value: number }).value).toBe(25);
    expect(claims[0]!.preferred.rationale).toMatch(/recent/);
  });

  it('different periods are different claims', () => {
    const claims = reconcile(
      facts([], [
        fig('a.txt', 'trade of $10 million in 2019', 1e7, 'USD', 'trade'),
        fig('b.txt', 'trade of $20 million in 2020', 2e7, 'USD', 'trade', { date: iso('2020') }),
      ]),
      ctx(),
    );
    expect(claims.map((c) => c.status)).toEqual(['single', 'single']);
  });

  it('a figure with no measure or no entities is a claim of its own', () => {
    const claims = reconcile(
      facts([], [fig('a.txt', '40 percent', 40, 'percent', null), fig('b.txt', '41 percent', 41, 'percent', null)]),
      ctx(),
    );
    expect(claims).toHaveLength(2);
    expect(claims.every((c) => c.status === 'single')).toBe(true);
  });
});

describe('reconcile invariants', () => {
  it('is deterministic whatever the input order, with unique stable ids', () => {
    const events = [
      ev('a.txt', 'Diplomatic relations were established in 1961', '1961'),
      ev('b.txt', 'visited Santiago on 3 March 2015', '2015-03-03', { type: 'visit', trigger: 'visited' }),
      ev('b.txt', 'visited Chile on 9 October 2015', '2015-10-09', { type: 'visit', trigger: 'visited' }),
    ];
    const figures = [
      fig('a.txt', 'trade of $10 million', 1e7, 'USD', 'trade'),
      fig('b.txt', 'trade of $10.02 million', 1.002e7, 'USD', 'trade turnover'),
    ];
    const base = reconcile(facts(events, figures), ctx());
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: 3, maxLength: 3 }), fc.shuffledSubarray(figures, { minLength: 2, maxLength: 2 }), (e, f) => {
        expect(reconcile(facts(e, f), ctx())).toEqual(base);
      }),
      { numRuns: 20 },
    );
    expect(new Set(base.map((c) => c.id)).size).toBe(base.length);
    // every fact is evidence of exactly one claim, quoted as stored
    const ids = base.flatMap((c) => c.claims.map((e) => e.factId)).sort();
    expect(ids).toEqual([...events, ...figures].map((r) => r.id).sort());
    for (const c of base) for (const e of c.claims) expect(e.quote).toBe([...events, ...figures].find((r) => r.id === e.factId)!.quote);
  });

  it('never throws on odd facts', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.oneof(fc.double({ noNaN: true }), fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true }))),
            unit: fc.constantFrom('USD', 't', 'count', 'percent', 'm3/year', ''),
            measure: fc.option(fc.string()),
            entities: fc.array(fc.constantFrom('Norway', 'Chile', 'Baku', '')),
          }),
          { maxLength: 8 },
        ),
        (rows) => {
          const figures = rows.map((r) => ({ ...fig('a.txt', 'q', r.value as number, r.unit, r.measure), entities: r.entities }));
          const claims = reconcile(facts([], figures), ctx());
          expect(claims.flatMap((c) => c.claims)).toHaveLength(figures.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('helpers', () => {
  it('stems and folds key words', () => {
    expect(stem('exports')).toBe('export');
    expect(stem('Turnover')).toBe('trade');
    expect(stem('companies')).toBe('company');
    expect(stem('agreements')).toBe('document');
  });

  it('knows the place value of the last significant digit', () => {
    expect(precisionOf(40)).toBe(10);
    expect(precisionOf(33_500_000)).toBe(100_000);
    expect(precisionOf(2.75)).toBeCloseTo(0.01);
    expect(precisionOf(39)).toBe(1);
  });
});

describe('measure keys', () => {
  it('keeps the measured thing and drops the wording around it', () => {
    const a = figureKey(fig('a.txt', 'x', 1e9, 'USD/year', 'the aim to increase bilateral trade turnover'));
    const b = figureKey(fig('b.txt', 'x', 1e9, 'USD/year', 'volume of trade'));
    expect(a.key.predicate).toBe('trade [money/time]');
    expect(b.key.predicate).toBe(a.key.predicate);
    // with no core word, every key word counts
    expect(figureKey(fig('a.txt', 'x', 3, 'count', 'Central Asian neighbours', { entities: ['Central Asia', 'Chile'] })).key.predicate).toBe(
      'neighbour [count]',
    );
  });
});

describe('scale cross-check across keys', () => {
  it('a table cell read in the wrong unit meets the statement it repeats', () => {
    const table = fig('t.txt', '78413.5', 78_413_500_000, 'USD', 'Trade between the two countries (million dollars), Imports', {
      entities: ['Chile'],
    });
    const text = fig('a.txt', 'exports from Chile to Norway were $78.4 million', 78_400_000, 'USD', 'exports from Chile to Norway');
    const claims = reconcile(facts([], [table, text]), ctx());
    expect(claims).toHaveLength(1);
    expect(claims[0]!.key.predicate).toBe('export (Chile→Norway) [money]');
    expect(claims[0]!.status).toBe('conflict');
    expect(claims[0]!.diagnosis).toBe('unit');
    expect(claims[0]!.preferred.rationale).toMatch(/both readings kept/);
    // the reading whose unit is stated with the number is preferred over the bare table cell
    expect((claims[0]!.preferred.value as { value: number }).value).toBe(78_400_000);
    expect(claims[0]!.preferred.rationale).toMatch(/unit is stated/);
  });

  it('needs precise numbers, two briefs, a shared entity and the same period', () => {
    const round = reconcile(
      facts([], [fig('t.txt', '40', 40_000, 'count', 'pupils', { entities: ['Chile'] }), fig('a.txt', '40', 40, 'count', 'teachers')]),
      ctx(),
    );
    expect(round.map((c) => c.status)).toEqual(['single', 'single']);
    const sameBrief = reconcile(
      facts([], [fig('a.txt', 'x', 78_413_500_000, 'USD', 'imports', { entities: ['Chile'] }), fig('a.txt', 'y', 78_400_000, 'USD', 'exports')]),
      ctx(),
    );
    expect(sameBrief).toHaveLength(2);
    const otherEntity = reconcile(
      facts([], [fig('t.txt', 'x', 78_413_500_000, 'USD', 'imports', { entities: ['Peru'] }), fig('a.txt', 'y', 78_400_000, 'USD', 'exports')]),
      ctx(),
    );
    expect(otherEntity).toHaveLength(2);
    const otherYear = reconcile(
      facts([], [
        fig('t.txt', 'x', 78_413_500_000, 'USD', 'imports', { entities: ['Chile'], date: iso('2020') }),
        fig('a.txt', 'y', 78_400_000, 'USD', 'exports'),
      ]),
      ctx(),
    );
    expect(otherYear).toHaveLength(2);
  });
});

describe('issue 6 rules on hand-made facts', () => {
  it('one brief telling two signings with different counts keeps them apart', () => {
    const text =
      'In 2009, during the visit of the Norwegian king to Mongolia, 11 agreements were signed. In May 2009, on a return visit, 9 documents were signed.';
    const q1 = 'In 2009, during the visit of the Norwegian king to Mongolia, 11 agreements were signed';
    const q2 = 'In May 2009, on a return visit, 9 documents were signed';
    const a = { ...ev('a.txt', q1, '2009', { type: 'agreement', trigger: 'signed', actors: ['Norway', 'Mongolia'] }), span: { start: 0, end: q1.length } };
    const s2 = text.indexOf(q2);
    const b = { ...ev('a.txt', q2, '2009-05', { type: 'agreement', trigger: 'signed', actors: ['Norway', 'Mongolia'] }), span: { start: s2, end: s2 + q2.length } };
    const claims = reconcile({ ...facts([a, b]), texts: { 'a.txt': text } }, ctx());
    expect(claims).toHaveLength(2);
    expect(claims.every((c) => c.status === 'single')).toBe(true);
    // without counts (or from two briefs) a year and its month are one signing
    const c = { ...b, id: 'other', source: 'b.txt', sha256: 'sha_b.txt', quote: 'In May 2009, on a return visit', span: { start: 0, end: 30 } };
    const merged = reconcile({ ...facts([a, c]), texts: { 'a.txt': text, 'b.txt': 'In May 2009, on a return visit, documents were signed.' } }, ctx());
    expect(merged).toHaveLength(1);
    expect(merged[0]!.status).toBe('compatible');
  });

  it('a signing and a ratification of one agreement in different years: a different predicate', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'The free trade agreement was signed in 2010', '2010', { type: 'agreement', trigger: 'signed' }),
        ev('b.txt', 'The free trade agreement was ratified in 2011', '2011', { type: 'agreement', trigger: 'ratified' }),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.key.predicate).toBe('agreement: free trade agreement');
    expect(claims[0]!.status).toBe('conflict');
    expect(claims[0]!.diagnosis).toBe('predicate');
    expect(claims[0]!.preferred.rationale).toMatch(/different stages \(signed against ratified\)/);
  });

  it('tonnes a day and tonnes a year of one flow are compared once converted', () => {
    const claims = reconcile(
      facts([], [
        fig('a.txt', '13,700 tonnes of oil a day', 13_700, 't/day', 'oil transit', { date: null }),
        fig('b.txt', '5 million tonnes of oil a year', 5e6, 't/year', 'oil transit', { date: null }),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]!.status).toBe('compatible');
    expect(claims[0]!.diagnosis).toBe('rounding');
  });

  it('a current state: briefs of different dates that agree within rounding prefer the later brief', () => {
    const claims = reconcile(
      facts(
        [],
        [
          fig('old.txt', 'about 40 joint companies', 40, 'count', 'joint companies', { date: null, approx: 'about' }),
          fig('new.txt', '39 joint companies', 39, 'count', 'joint companies', { date: null }),
        ],
        { 'old.txt': '2019-03-12', 'new.txt': '2023-06-20' },
      ),
      ctx(),
    );
    expect(claims[0]!.status).toBe('compatible');
    expect(claims[0]!.preferred.rationale).toMatch(/^a current state: the more recent brief \(2023-06-20\)/);
  });

  it('a one-time historical fact: more sources first, then the more specific, never the newer brief alone', () => {
    const two = reconcile(
      facts(
        [
          ev('a.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12'),
          ev('b.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12'),
          ev('c.txt', 'Diplomatic relations were established on 15 May 1961', '1961-05-15'),
        ],
        [],
        { 'a.txt': '2001', 'b.txt': '2002', 'c.txt': '2024' },
      ),
      ctx(),
    );
    expect((two[0]!.preferred.value as DateValue).value).toBe('1961-05-12');
    expect(two[0]!.preferred.rationale).toMatch(/more independent briefs \(2 against 1\)/);
    const alike = reconcile(
      facts(
        [
          ev('a.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12'),
          ev('c.txt', 'Diplomatic relations were established on 15 May 1961', '1961-05-15'),
        ],
        [],
        { 'a.txt': '2001', 'c.txt': '2024' },
      ),
      ctx(),
    );
    expect(alike[0]!.preferred.rationale).toMatch(/weak ground for a one-time historical fact/);
    expect(alike[0]!.diagnosis).toBe('disagreement');
  });
});

describe('units, roles and plurals', () => {
  it('converts units and time bases, and reads both ways', async () => {
    const { unitFactor, crossReading } = await import('../../src/reconcile/compare.js');
    expect(unitFactor('t/day', 't/year')).toEqual({ factor: 365, exact: true });
    expect(unitFactor('bbl/day', 't/year')!.exact).toBe(false);
    expect(unitFactor('USD', 't')).toBeNull();
    expect(unitFactor('t', 't/year')).toBeNull();
    const r = crossReading({ value: 1e5, unit: 'bbl/day', approx: null, date: null }, { value: 5e6, unit: 't/year', approx: null, date: null })!;
    expect(r.agree).toBe(true);
    expect(r.aAsB.value as number).toBeCloseTo(4_979_536, -1);
    expect(crossReading({ value: 1e5, unit: 'bbl/day', approx: null, date: null }, { value: 9e6, unit: 't/year', approx: null, date: null })!.agree).toBe(
      false,
    );
  });

  it('tells a primary statement from a passing mention', async () => {
    const { statementRole } = await import('../../src/reconcile/keys.js');
    const role = (s: string, q: string) => statementRole(s, s.indexOf(q), s.indexOf(q) + q.length);
    expect(role('Norway and Chile established diplomatic relations on 2 May 1961.', 'established diplomatic relations on 2 May 1961')).toBe('primary');
    expect(role('The council was set up in 2004.', 'set up in 2004')).toBe('primary');
    expect(role('The council, which was set up in 2004, meets yearly.', 'set up in 2004')).toBe('passing');
    expect(role('The council set up in 2004 meets yearly.', 'set up in 2004')).toBe('passing');
    expect(role('Ties are old (relations were established on 2 May 1961).', 'relations were established on 2 May 1961')).toBe('passing');
  });

  it('knows vague plurals from single happenings', async () => {
    const { isVaguePlural } = await import('../../src/reconcile/keys.js');
    expect(isVaguePlural('Since then, a few other visits took place.', 'visits')).toBe('quantifier');
    expect(isVaguePlural('Several high-level meetings were held in 2011.', 'meetings')).toBe('quantifier');
    expect(isVaguePlural('The visits in 2010 helped.', 'visit')).toBe('plural');
    expect(isVaguePlural('The talks in 2010 helped.', 'talks')).toBeNull();
    expect(isVaguePlural('The visit in 2010 helped.', 'visit')).toBeNull();
    expect(isVaguePlural('Since 2001, Peru has sent six high-level missions to Oslo.', 'sent six high-level missions to')).toBe('quantifier');
    expect(isVaguePlural('Ministers made 3 official visits to Lima.', 'official visits')).toBe('quantifier');
    expect(isVaguePlural('He paid a visit to Lima two days later.', 'visit')).toBeNull();
  });
});

describe('groups for incremental reconciliation', () => {
  it('reconciling the facts of any group, closed under scale buckets, equals the full reconcile there', async () => {
    const { factGroups } = await import('../../src/reconcile/index.js');
    const events = [
      ev('a.txt', 'Diplomatic relations were established in 1961', '1961'),
      ev('b.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12'),
      ev('b.txt', 'visited Santiago on 3 March 2015', '2015-03-03', { type: 'visit', trigger: 'visited' }),
      ev('c.txt', 'a visit in March 2015', '2015-03', { type: 'visit', trigger: 'visit' }),
    ];
    const figures = [
      fig('a.txt', 'trade of $10 million', 1e7, 'USD', 'trade'),
      fig('b.txt', 'trade of $10.02 million', 1.002e7, 'USD', 'trade turnover'),
      fig('t.txt', '78413.5', 78_413_500_000, 'USD', 'Trade between the two countries (million dollars), Imports', { entities: ['Chile'] }),
      fig('c.txt', 'exports from Chile to Norway were $78.4 million', 78_400_000, 'USD', 'exports from Chile to Norway'),
    ];
    const all = facts(events, figures);
    const full = reconcile(all, ctx());
    const rows = factGroups(all);
    expect(rows).toHaveLength(events.length + figures.length);
    const groups = [...new Set(rows.map((r) => r.group))];
    for (const seed of groups) {
      // close under scale buckets (mantissas within one, same scale)
      const closed = new Set([seed]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const r of rows) {
          if (closed.has(r.group) || r.scale === null) continue;
          const near = rows.some((o) => closed.has(o.group) && o.scale === r.scale && Math.abs((o.mantissa ?? 0) - (r.mantissa ?? 0)) <= 1);
          if (near) {
            closed.add(r.group);
            grew = true;
          }
        }
      }
      const ids = new Set(rows.filter((r) => closed.has(r.group)).map((r) => r.factId));
      const sub = reconcile(facts(events.filter((e) => ids.has(e.id)), figures.filter((f) => ids.has(f.id))), ctx());
      const expected = full.filter((c) => c.claims.some((e) => ids.has(e.factId)));
      expect(sub).toEqual(expected);
    }
    // the table cell and the statement it repeats are one claim, reached from either group
    expect(full.some((c) => c.diagnosis === 'unit' && c.claims.length === 2)).toBe(true);
    // one pass gives both
    const { reconcileWithGroups } = await import('../../src/reconcile/index.js');
    expect(reconcileWithGroups(all, ctx())).toEqual({ claims: full, groups: rows });
  });

  it('key infos computed per source (factKeys) give the same groups and claims when reused', async () => {
    const { factKeys, factKeyId, reconcileWithGroups } = await import('../../src/reconcile/index.js');
    const events = [
      ev('a.txt', 'Diplomatic relations were established in 1961', '1961'),
      ev('b.txt', 'Diplomatic relations were established on 12 May 1961', '1961-05-12'),
      ev('b.txt', 'visited Santiago on 3 March 2015', '2015-03-03', { type: 'visit', trigger: 'visited' }),
      ev('c.txt', 'a visit in March 2015', '2015-03', { type: 'visit', trigger: 'visit' }),
    ];
    const figures = [
      fig('a.txt', 'trade of $10 million', 1e7, 'USD', 'trade'),
      fig('c.txt', 'exports from Chile to Norway were $78.4 million', 78_400_000, 'USD', 'exports from Chile to Norway'),
    ];
    const all = facts(events, figures);
    const known = new Map();
    const perSource = [];
    for (const src of ['a.txt', 'b.txt', 'c.txt']) {
      const one = facts(events.filter((e) => e.source === src), figures.filter((f) => f.source === src));
      const { groups, keys } = factKeys(one);
      expect(keys.size).toBe(one.events.length + one.figures.length);
      for (const [k, v] of keys) known.set(k, v);
      perSource.push(...groups);
    }
    const plain = reconcileWithGroups(all, ctx());
    expect(reconcileWithGroups(all, ctx(), known)).toEqual(plain);
    expect([...perSource].sort((x, y) => (x.factId < y.factId ? -1 : 1))).toEqual([...plain.groups].sort((x, y) => (x.factId < y.factId ? -1 : 1)));
    // a key info is used: one planted under a fact's name changes that fact's claim key
    const e0 = events[0]!;
    const planted = new Map(known);
    planted.set(factKeyId('event', e0), { ...known.get(factKeyId('event', e0)), key: { subject: ['Planted'], predicate: 'political' } });
    expect(reconcileWithGroups(all, ctx(), planted).claims.some((c) => c.key.subject[0] === 'Planted')).toBe(true);
  });
});

describe('events with nobody named', () => {
  it('are claims of their own, never merged across briefs', () => {
    const claims = reconcile(
      facts([
        ev('a.txt', 'The visit in 2010 went well', '2010', { type: 'visit', trigger: 'visit', actors: [] }),
        ev('b.txt', 'the visit in 2010', '2010', { type: 'visit', trigger: 'visit', actors: [] }),
      ]),
      ctx(),
    );
    expect(claims).toHaveLength(2);
    expect(claims.every((c) => c.status === 'single' && c.key.predicate === 'visit: unkeyed')).toBe(true);
  });
});
