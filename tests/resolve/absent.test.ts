import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EntityKind } from '../../src/core/types.js';
import { run } from '../helpers/events-doc.js';

describe('absent states (time-scoped)', () => {
  it('makes "has no embassy in X" an absent diplomatic state dated by the brief', () => {
    const text = 'Norway has no embassy in Bolivia. Trade is small.';
    const rows = run(text, {
      entities: [
        ['Norway', 'Norway', 'country'],
        ['Bolivia', 'Bolivia', 'country'],
      ],
      published: '2013-04-02',
    });
    const absent = rows.filter((r) => r.state === 'absent');
    expect(absent).toHaveLength(1);
    const r = absent[0]!;
    expect(r.type).toBe('diplomatic');
    expect(r.date).toEqual({ value: '2013-04-02', start: '2013-04-02', end: '2013-04-02', granularity: 'day', inferred: true });
    expect(r.actors).toEqual(['Norway', 'Bolivia']);
    expect(r.where).toBe('Bolivia');
    expect(r.planned).toBe(false);
    expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
    expect(r.quote).toBe('has no embassy');
  });

  it('dates an absent state at the brief\'s year when that is all it has', () => {
    const rows = run('The two republics have not yet signed the border treaty.', { published: '2011' });
    const r = rows.find((x) => x.state === 'absent');
    expect(r?.type).toBe('agreement');
    expect(r?.date).toMatchObject({ value: '2011', start: '2011-01-01', end: '2011-12-31', granularity: 'year', inferred: true });
  });

  it('gives nothing without a brief date, in past narrative, in a question or a condition', () => {
    expect(run('Norway has no embassy in Bolivia.', {}).filter((r) => r.state === 'absent')).toEqual([]);
    const pub = { published: '2014' };
    expect(run('In 1999 there was no embassy in La Paz.', { ...pub, dates: [['1999', '1999']] }).filter((r) => r.state)).toEqual([]);
    expect(run('Why does Norway not have an embassy in Bolivia?', pub).filter((r) => r.state)).toEqual([]);
    expect(run('If there is no treaty by then, talks will stall.', pub).filter((r) => r.state)).toEqual([]);
    // a date before it in its clause: not a state as of writing
    expect(run('Since 2009 there is still no treaty on the border.', { ...pub, dates: [['2009', '2009']] }).filter((r) => r.state)).toEqual([]);
  });

  it('leaves the happenings of the sentence as they were', () => {
    const text = 'Peru opened an embassy in Oslo in 2004, but Norway has no embassy in Lima.';
    const spec = {
      dates: [['2004', '2004']] as [string, string][],
      entities: [
        ['Peru', 'Peru', 'country'],
        ['Oslo', 'Oslo', 'city'],
        ['Norway', 'Norway', 'country'],
        ['Lima', 'Lima', 'city'],
      ] as [string, string, EntityKind][],
      published: '2015',
    };
    const rows = run(text, spec);
    const happenings = rows.filter((r) => !r.state);
    expect(happenings.map((r) => [r.date.value, r.state])).toEqual(happenings.map(() => ['2004', undefined]));
    expect(happenings.length).toBeGreaterThan(0);
    const absent = rows.filter((r) => r.state === 'absent');
    expect(absent.map((r) => [r.type, r.date.value, r.where])).toEqual([['diplomatic', '2015', 'Lima']]);
  });

  it('takes its actors from its own clause, not from a happening before ", and"', () => {
    const text = 'Talks between Peru and Ecuador in 2005 gave nothing, and to date no binding treaty has been signed.';
    const rows = run(text, {
      dates: [['2005', '2005']],
      entities: [
        ['Peru', 'Peru', 'country'],
        ['Ecuador', 'Ecuador', 'country'],
      ],
      published: '2014',
    });
    const r = rows.find((x) => x.state === 'absent');
    expect(r?.quote).toBe('no binding treaty has been signed');
    expect(r?.actors).toEqual([]);
  });

  it('never throws and keeps every span valid (property)', () => {
    const words = ['there', 'is', 'are', 'no', 'not', 'yet', 'has', 'have', 'signed', 'embassy', 'treaty', 'direct', 'flights', 'if', '?', '.', 'Norway', 'in'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        const rows = run(text, { published: '2020' });
        for (const r of rows) {
          expect(r.span.start).toBeGreaterThanOrEqual(0);
          expect(r.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
        }
      }),
      { numRuns: 200 },
    );
  });
});
