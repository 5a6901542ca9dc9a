import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DateValue, EventRow, FigureRow } from '../../src/core/types.js';
import {
  isoToInterval,
  loadGold,
  nameKey,
  scoreEvents,
  scoreFigures,
  sumScores,
  type GoldDoc,
} from '../../src/eval/score.js';

const SRC = 'brief.txt';
const TEXT = [
  'Norway and Chile opened a joint trade office on 4 March 2003 in Oslo.',
  'In 1999 the two states signed a fisheries accord.',
  'Bilateral trade reached $12.5 million in 2010, up 40 percent.',
  'Talks were held in spring 2015 with Turkey.',
].join('\n');

function dv(value: string, start: string, end: string, granularity: DateValue['granularity'] = 'day'): DateValue {
  return { value, start, end, granularity, inferred: false };
}

function span(quote: string): { start: number; end: number } {
  const i = TEXT.indexOf(quote);
  if (i < 0) throw new Error('bad fixture ' + quote);
  return { start: i, end: i + quote.length };
}

function ev(id: string, quote: string, date: DateValue, extra: Partial<EventRow> = {}): EventRow {
  const s = span(quote);
  return {
    id,
    source: SRC,
    sha256: 'x',
    span: s,
    page: null,
    line: 1,
    quote,
    rule: 'test',
    type: 'opening',
    date,
    actors: [],
    where: null,
    trigger: 'opened',
    planned: false,
    ...extra,
  };
}

function fig(id: string, quote: string, value: number | [number, number], unit: string): FigureRow {
  return {
    id,
    source: SRC,
    sha256: 'x',
    span: span(quote),
    page: null,
    line: 1,
    quote,
    rule: 'test',
    value,
    unit,
    approx: null,
    measure: null,
    date: null,
    entities: [],
    text: quote,
  };
}

const GOLD: GoldDoc = {
  source: SRC,
  published: '2016',
  events: [
    {
      id: 'g1',
      quote: 'Norway and Chile opened a joint trade office on 4 March 2003',
      date: '2003-03-04',
      type: 'opening',
      actors: ['Norway', 'Chile'],
      where: 'Oslo',
    },
    {
      id: 'g2',
      quote: 'In 1999 the two states signed a fisheries accord',
      date: '1999',
      type: 'agreement',
      actors: ['Norway', 'Chile'],
      where: null,
    },
    {
      id: 'g3',
      quote: 'Talks were held in spring 2015 with Turkey',
      date: '2015-SP',
      type: 'meeting',
      actors: ['Türkiye'],
      where: null,
    },
  ],
  figures: [
    {
      id: 'f1',
      quote: 'Bilateral trade reached $12.5 million in 2010',
      value: 12500000,
      unit: 'USD',
      approx: null,
      measure: 'bilateral trade',
      date: '2010',
      entities: [],
    },
    {
      id: 'f2',
      quote: 'up 40 percent',
      value: 40,
      unit: 'percent',
      approx: null,
      measure: 'growth',
      date: null,
      entities: [],
    },
  ],
};

describe('isoToInterval', () => {
  it('handles days, months, years, ranges, seasons, halves, quarters and decades', () => {
    expect(isoToInterval('2022-06-21')).toEqual({ start: '2022-06-21', end: '2022-06-21' });
    expect(isoToInterval('2020-02')).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(isoToInterval('2005')).toEqual({ start: '2005-01-01', end: '2005-12-31' });
    expect(isoToInterval('2022-06-21/2022-06-22')).toEqual({ start: '2022-06-21', end: '2022-06-22' });
    expect(isoToInterval('2005/2020')).toEqual({ start: '2005-01-01', end: '2020-12-31' });
    expect(isoToInterval('2011-FA')).toEqual({ start: '2011-09-01', end: '2011-11-30' });
    expect(isoToInterval('2011-WI')).toEqual({ start: '2011-12-01', end: '2012-02-29' });
    expect(isoToInterval('2022-H1')).toEqual({ start: '2022-01-01', end: '2022-06-30' });
    expect(isoToInterval('2022-Q3')).toEqual({ start: '2022-07-01', end: '2022-09-30' });
    expect(isoToInterval('199X')).toEqual({ start: '1990-01-01', end: '1999-12-31' });
    expect(isoToInterval('2022-01/2022-05')).toEqual({ start: '2022-01-01', end: '2022-05-31' });
    expect(isoToInterval('PRESENT_REF')).toBeNull();
  });
});

describe('nameKey', () => {
  it('ignores case, accents and punctuation, and folds Turkey into Türkiye', () => {
    expect(nameKey('Türkiye')).toBe(nameKey('turkey'));
    expect(nameKey('Kassym-Jomart Tokayev')).toBe(nameKey('kassym jomart tokayev'));
    expect(nameKey('Chile')).not.toBe(nameKey('Chine'));
  });
});

describe('scoreEvents', () => {
  it('matches strict and lenient, with type accuracy and actor F1 on lenient pairs', () => {
    const rows = [
      // exact date, overlapping span (shorter than gold)
      ev('p1', 'opened a joint trade office on 4 March 2003', dv('2003-03-04', '2003-03-04', '2003-03-04'), {
        actors: ['Norway', 'Chile'],
      }),
      // year only for a year gold, but predicted as month: lenient only
      ev('p2', 'In 1999 the two states signed', dv('1999-05', '1999-05-01', '1999-05-31', 'month'), {
        type: 'agreement',
        actors: ['Norway'],
      }),
      // spring 2015 given as 2015: lenient only; actor Turkey = Türkiye
      ev('p3', 'Talks were held in spring 2015', dv('2015', '2015-01-01', '2015-12-31', 'year'), {
        type: 'meeting',
        actors: ['Turkey'],
      }),
      // a false positive: wrong date
      ev('p4', 'Bilateral trade reached', dv('2010', '2010-01-01', '2010-12-31', 'year')),
    ];
    const s = scoreEvents(rows, GOLD, TEXT);
    expect(s.strict.tp).toBe(1);
    expect(s.strict.fp).toBe(3);
    expect(s.strict.fn).toBe(2);
    expect(s.lenient.tp).toBe(3);
    expect(s.lenient.fp).toBe(1);
    expect(s.lenient.fn).toBe(0);
    expect(s.lenient.precision).toBeCloseTo(0.75);
    expect(s.lenient.recall).toBe(1);
    expect(s.type.correct).toBe(3);
    expect(s.type.total).toBe(3);
    // actors: p1 2/2, p2 1 of 2 gold, p3 1/1 → tp 4, fp 0, fn 1
    expect(s.actors.tp).toBe(4);
    expect(s.actors.fn).toBe(1);
    expect(s.actors.fp).toBe(0);
    expect(s.falsePositives.map((r) => r.id)).toEqual(['p4']);
    expect(s.missed).toEqual([]);
  });

  it('accepts the same interval as strict even when the ISO value is spelled differently', () => {
    const rows = [ev('p', 'In 1999 the two states', dv('1999-01-01/1999-12-31', '1999-01-01', '1999-12-31', 'range'))];
    const s = scoreEvents(rows, GOLD, TEXT);
    expect(s.strict.tp).toBe(1);
  });

  it('is one-to-one, closest spans first', () => {
    const rows = [
      ev('far', 'Norway and Chile opened', dv('2003-03-04', '2003-03-04', '2003-03-04')),
      ev('near', 'Norway and Chile opened a joint trade office on 4 March 2003', dv('2003-03-04', '2003-03-04', '2003-03-04')),
    ];
    const s = scoreEvents(rows, GOLD, TEXT);
    expect(s.lenient.tp).toBe(1);
    expect(s.pairs[0]!.pred.id).toBe('near');
    expect(s.falsePositives.map((r) => r.id)).toEqual(['far']);
  });

  it('breaks ties between gold items of one quote by type, never before span distance', () => {
    const q = 'In 1999 the two states signed a fisheries accord';
    const visit = { ...GOLD.events[1]!, id: 'gv', quote: q, type: 'visit' as const };
    const accord = { ...GOLD.events[1]!, id: 'ga', quote: q, type: 'agreement' as const };
    const gold: GoldDoc = { ...GOLD, events: [visit, accord] };
    const year = dv('1999', '1999-01-01', '1999-12-31', 'year');
    // the agreement row is closer to the shared quote; by gold order alone it would take the visit
    const rows = [
      ev('pa', 'In 1999 the two states signed a fisheries', year, { type: 'agreement' }),
      ev('pv', 'In 1999 the two states', year, { type: 'visit' }),
    ];
    const s = scoreEvents(rows, gold, TEXT);
    expect(s.strict.tp).toBe(2);
    expect(s.type.correct).toBe(2);
    // distance still comes first: a closer row of the wrong type keeps its gold item
    const near = ev('near', q, year, { type: 'meeting' });
    const s2 = scoreEvents([near], { ...GOLD, events: [accord] }, TEXT);
    expect(s2.strict.tp).toBe(1);
    expect(s2.type.correct).toBe(0);
  });

  it('ignores rows of other sources and non-overlapping spans, and reports unlocated quotes', () => {
    const other = { ...ev('o', 'In 1999 the two states', dv('1999', '1999-01-01', '1999-12-31', 'year')), source: 'other.txt' };
    const gold: GoldDoc = { ...GOLD, events: [...GOLD.events, { ...GOLD.events[0]!, id: 'gx', quote: 'not in text' }] };
    const s = scoreEvents([other], gold, TEXT);
    expect(s.lenient.tp).toBe(0);
    expect(s.lenient.fp).toBe(0);
    expect(s.lenient.fn).toBe(4);
    expect(s.unlocated.map((g) => g.id)).toEqual(['gx']);
  });

  it('disjoint dates do not match even leniently', () => {
    const rows = [ev('p', 'In 1999 the two states', dv('1998', '1998-01-01', '1998-12-31', 'year'))];
    const s = scoreEvents(rows, GOLD, TEXT);
    expect(s.lenient.tp).toBe(0);
    expect(s.lenient.fp).toBe(1);
  });
});

describe('scoreFigures', () => {
  it('needs overlapping spans, equal unit and value within 0.5%', () => {
    const rows = [
      fig('a', '$12.5 million', 12_540_000, 'USD'), // within 0.5%
      fig('b', '40 percent', 40, 'count'), // wrong unit
      fig('c', 'spring 2015', 2015, 'count'), // no gold there
    ];
    const s = scoreFigures(rows, GOLD, TEXT);
    expect(s.figures.tp).toBe(1);
    expect(s.figures.fp).toBe(2);
    expect(s.figures.fn).toBe(1);
    expect(s.missed.map((g) => g.id)).toEqual(['f2']);
  });

  it('rejects values off by more than 0.5% and compares both ends of a range', () => {
    const gold: GoldDoc = {
      ...GOLD,
      figures: [{ ...GOLD.figures[0]!, value: [12_000_000, 13_000_000] }],
    };
    expect(scoreFigures([fig('a', '$12.5 million', 12_600_000, 'USD')], GOLD, TEXT).figures.tp).toBe(0);
    expect(scoreFigures([fig('a', '$12.5 million', [12_000_000, 13_000_000], 'USD')], gold, TEXT).figures.tp).toBe(1);
    expect(scoreFigures([fig('a', '$12.5 million', [12_000_000, 14_000_000], 'USD')], gold, TEXT).figures.tp).toBe(0);
    expect(scoreFigures([fig('a', '$12.5 million', 12_500_000, 'USD')], gold, TEXT).figures.tp).toBe(0);
  });
});

describe('sumScores and loadGold', () => {
  it('micro-averages counts', () => {
    const a = scoreFigures([fig('a', '$12.5 million', 12_500_000, 'USD')], GOLD, TEXT);
    const b = scoreFigures([], GOLD, TEXT);
    const s = sumScores([a, b]);
    expect(s.figures.tp).toBe(1);
    expect(s.figures.fn).toBe(3);
    expect(s.figures.recall).toBeCloseTo(0.25);
    const e = sumScores([scoreEvents([], GOLD, TEXT), scoreEvents([], GOLD, TEXT)]);
    expect(e.lenient.fn).toBe(6);
  });

  it('loads gold files and returns [] for a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    try {
      writeFileSync(join(dir, 'b.txt.json'), JSON.stringify(GOLD));
      writeFileSync(join(dir, 'SCHEMA.md'), '# not json');
      const docs = loadGold(dir);
      expect(docs).toHaveLength(1);
      expect(docs[0]!.events).toHaveLength(3);
      expect(loadGold(join(dir, 'nope'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
