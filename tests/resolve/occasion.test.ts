/**
 * Occasions (resolve/occasion.ts, resolve/events.ts): undated happenings tied to the dated visit
 * or meeting just told, happenings on one date in coordinated clauses, and named occasions that
 * are meetings of their own. The examples are the project's own sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { introducesList, namedVenue, nthDay, occasionCue, occasionWithDate, toldAsBackground, toldInPast } from '../../src/resolve/occasion.js';
import { dv, makeDoc, run } from '../helpers/events-doc.js';

const summary = (rows: ReturnType<typeof run>) => rows.map((r) => [r.type, r.date.value, r.trigger]);
const VISIT: [string, string, 'person' | 'country' | 'city'][] = [
  ['Anna Berg', 'Anna Berg', 'person'],
  ['Uzbekistan', 'Uzbekistan', 'country'],
  ['Tashkent', 'Tashkent', 'city'],
];

describe('occasion cues', () => {
  it('reads the cue at the head of a sentence', () => {
    expect(occasionCue('On the second day, the sides signed a charter.', 0)).toMatchObject({ kind: 'day', day: 2 });
    expect(occasionCue('The two leaders laid a wreath.', 0)).toMatchObject({ kind: 'subject' });
    expect(occasionCue('In Riga the presidents signed a treaty.', 0)).toMatchObject({ kind: 'venue', place: 'Riga' });
    expect(occasionCue('Officials expect a charter to be signed there.', 0)).toMatchObject({ kind: 'there' });
    expect(occasionCue('Berg also opened a school.', 0)).toMatchObject({ kind: 'also' });
    expect(occasionCue('Trade grew quickly.', 0)).toBeNull();
    expect(occasionCue('Once the political will was there.', 0)).toBeNull();
    expect(occasionCue('The presidents of Latvia and Estonia met.', 0)).toBeNull();
    expect(occasionCue('They later signed a gas deal.', 0)).toBeNull();
    expect(occasionCue('In the following years the two leaders signed six accords.', 0)).toBeNull();
  });

  it('knows list introductions, venues by name, the past and the background', () => {
    expect(introducesList('There:')).toBe(true);
    expect(introducesList('At the summit:')).toBe(true);
    expect(introducesList('The main points were these.')).toBe(false);
    expect(namedVenue('The summit in Riga was the first of its kind.')).toEqual({ city: 'Riga', kind: 'meeting' });
    expect(namedVenue('During the Oslo visit, he spoke.')).toEqual({ city: 'Oslo', kind: 'visit' });
    expect(namedVenue('The next summit is due.')).toBeNull();
    const t = 'The sides have signed a plan and then signed a charter.';
    expect(toldInPast(t, { start: t.indexOf('signed'), end: t.indexOf('signed') + 6 })).toBe(false);
    expect(toldInPast(t, { start: t.lastIndexOf('signed'), end: t.lastIndexOf('signed') + 6 })).toBe(true);
    const b = 'They signed the pact, whose talks had been held in Oslo.';
    expect(toldAsBackground(b, 0, { start: b.indexOf('talks'), end: b.indexOf('talks') + 5 })).toBe(true);
    expect(toldAsBackground(b, 0, { start: b.indexOf('signed'), end: b.indexOf('signed') + 6 })).toBe(false);
  });

  it('counts the days of an occasion', () => {
    expect(nthDay(dv('2031-05-03/2031-05-04'), 2)?.value).toBe('2031-05-04');
    expect(nthDay(dv('2031-05-03'), 2)).toBeNull();
    expect(nthDay(dv('2031-05'), 1)).toBeNull();
  });

  it('finds an occasion named with its date', () => {
    const a = 'it left the union at the Tallinn summit of the Nordic Council on 26 August 2005';
    const span = (s: string, w: string) => ({ start: s.indexOf(w), end: s.indexOf(w) + w.length });
    expect(occasionWithDate(a, span(a, 'summit'), span(a, '26 August 2005'))).toBe(true);
    const b = 'it left the union at a summit on 26 August 2005';
    expect(occasionWithDate(b, span(b, 'summit'), span(b, '26 August 2005'))).toBe(false);
    const c = 'the protocol was signed on 30 May 2014 at COP9 in Riga';
    expect(occasionWithDate(c, span(c, 'COP9'), span(c, '30 May 2014'))).toBe(true);
    const d = 'the protocol was signed on 30 May 2014 ahead of COP9';
    expect(occasionWithDate(d, span(d, 'COP9'), span(d, '30 May 2014'))).toBe(false);
    const f = 'At COP9 in Riga (May 3-14, 2031), the three states agreed to link their grids';
    expect(occasionWithDate(f, span(f, 'COP9'), span(f, 'May 3-14, 2031'))).toBe(true);
    const g = 'the Nordic summit in Riga on 3 May 2031 set up a secretariat';
    expect(occasionWithDate(g, span(g, 'summit'), span(g, '3 May 2031'))).toBe(true);
    const h = 'the summit of 2029 agreed that on 3 May 2031 the road opens';
    expect(occasionWithDate(h, span(h, 'summit'), span(h, '3 May 2031'))).toBe(false);
    const e = 'the first summit, held in Riga on 3 May 2031, upgraded ties';
    expect(occasionWithDate(e, span(e, 'summit'), span(e, '3 May 2031'))).toBe(true);
  });
});

describe('happenings on the occasion just told', () => {
  it('dates a signing "In <the visited country\'s city>" by the visit', () => {
    const rows = run('Anna Berg paid a state visit to Uzbekistan on 3-4 May 2031. In Tashkent the presidents signed a treaty on transit.', {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
      entities: VISIT,
    });
    expect(summary(rows)).toEqual([
      ['visit', '2031-05-03/2031-05-04', 'paid a state visit'],
      ['agreement', '2031-05-03/2031-05-04', 'signed'],
    ]);
    expect(rows[1]!.date.inferred).toBe(true);
  });

  it('does not date a signing in a city the occasion was not in', () => {
    const rows = run('Anna Berg paid a state visit to Portugal on 3-4 May 2031. In Tashkent officials signed a treaty on transit.', {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
      entities: [
        ['Anna Berg', 'Anna Berg', 'person'],
        ['Portugal', 'Portugal', 'country'],
        ['Tashkent', 'Tashkent', 'city'],
      ],
    });
    expect(summary(rows)).toEqual([['visit', '2031-05-03/2031-05-04', 'paid a state visit']]);
  });

  it('dates what "the two leaders" did, and what one of them "also" did right after', () => {
    const rows = run('The leaders met in Riga on 4 June 2030. The two leaders signed a treaty on fishing. Berg also opened a school in the old town.', {
      dates: [['4 June 2030', '2030-06-04']],
      entities: [['Berg', 'Anna Berg', 'person']],
    });
    expect(summary(rows)).toEqual([
      ['meeting', '2030-06-04', 'met'],
      ['agreement', '2030-06-04', 'signed'],
      ['opening', '2030-06-04', 'opened a school'],
    ]);
  });

  it('does not date a happening told in the perfect, or an "also" with no occasion just before', () => {
    const a = run('The leaders met in Riga on 4 June 2030. The two leaders have signed many treaties.', { dates: [['4 June 2030', '2030-06-04']] });
    expect(summary(a)).toEqual([['meeting', '2030-06-04', 'met']]);
    const b = run('The leaders met in Riga on 4 June 2030. Fish stocks are low in the bay. Berg also opened a school in the old town.', {
      dates: [['4 June 2030', '2030-06-04']],
    });
    expect(summary(b)).toEqual([['meeting', '2030-06-04', 'met']]);
  });

  it('does not reach an occasion more than four sentences back', () => {
    const rows = run('The leaders met in Riga on 4 June 2030. Fish stocks are low. Prices rise. Ports are full. Roads are bad. The two leaders signed a treaty on fishing.', {
      dates: [['4 June 2030', '2030-06-04']],
    });
    expect(summary(rows)).toEqual([['meeting', '2030-06-04', 'met']]);
  });

  it('dates "On the second day" by the occasion\'s second day, and not past its last day', () => {
    const a = run('The summit took place in Riga on 3-4 May 2031. On the second day, the leaders signed a charter.', {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
    });
    expect(summary(a)).toEqual([
      ['meeting', '2031-05-03/2031-05-04', 'summit'],
      ['agreement', '2031-05-04', 'signed'],
    ]);
    const b = run('The summit took place in Riga on 3 May 2031. On the third day, the leaders signed a charter.', { dates: [['3 May 2031', '2031-05-03']] });
    expect(summary(b)).toEqual([['meeting', '2031-05-03', 'summit']]);
  });

  it('dates a planned signing "there" by the planned occasion', () => {
    const rows = run('The next summit is scheduled for Riga on 4-5 June 2032. Officials expect a charter to be signed there.', {
      dates: [['4-5 June 2032', '2032-06-04/2032-06-05']],
      published: '2031-01-01',
    });
    const signing = rows.find((r) => r.type === 'agreement');
    expect(signing).toMatchObject({ date: { value: '2032-06-04/2032-06-05', inferred: true }, planned: true });
  });

  it('does not read "the will was there" as the occasion\'s place', () => {
    const rows = run('The leaders met in Riga on 4 June 2030. The two states settled the dispute once the will was there.', { dates: [['4 June 2030', '2030-06-04']] });
    expect(rows.filter((r) => r.type === 'agreement')).toEqual([]);
  });

  it('dates the items of a list after "There:" by the occasion', () => {
    const text = 'The first summit took place in Riga on 3-4 May 2031. There:\nBerg announced a fund for ports;\nthe leaders signed a charter.';
    const doc = makeDoc(text, { dates: [['3-4 May 2031', '2031-05-03/2031-05-04']], entities: [['Berg', 'Anna Berg', 'person']] });
    const cuts = [0, text.indexOf('There:'), text.indexOf('Berg announced'), text.indexOf('the leaders signed'), text.length];
    doc.sentences = cuts.slice(0, -1).map((start, index) => ({ index, section: 0, paragraph: 0, span: { start, end: cuts[index + 1]! } }));
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc));
    expect(summary(rows)).toEqual([
      ['meeting', '2031-05-03/2031-05-04', 'summit'],
      ['statement', '2031-05-03/2031-05-04', 'announced'],
      ['agreement', '2031-05-03/2031-05-04', 'signed'],
    ]);
  });

  it('takes the occasion a sentence names by its city, not a later one with leaders', () => {
    const text =
      'The first Nordic summit, held in Riga on 3-4 May 2031, upgraded relations to a partnership. ' +
      'President Anna Berg attended a leaders’ meeting in Oslo on 2 June 2031. ' +
      'The summit in Riga was the first of its kind. During the summit the leaders adopted a charter.';
    const rows = run(text, {
      dates: [
        ['3-4 May 2031', '2031-05-03/2031-05-04'],
        ['2 June 2031', '2031-06-02'],
      ],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Anna Berg', 'Anna Berg', 'person'],
        ['Oslo', 'Oslo', 'city'],
        ['Riga', 'Riga', 'city'],
      ],
    });
    expect(rows.find((r) => r.trigger === 'adopted')?.date.value).toBe('2031-05-03/2031-05-04');
  });

  it('does not take an occasion named in a sentence with a date of its own', () => {
    const text =
      'It became an observer at the Riga summit on 11 May 2030. A summit of three states followed in Oslo on 14 June 2030. During that meeting the three leaders signed a declaration.';
    const rows = run(text, {
      dates: [
        ['11 May 2030', '2030-05-11'],
        ['14 June 2030', '2030-06-14'],
      ],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Oslo', 'Oslo', 'city'],
      ],
    });
    expect(rows.find((r) => r.trigger === 'signed')?.date.value).toBe('2030-06-14');
  });
});

describe('happenings on one date', () => {
  it('gives a named occasion before the date a meeting of its own', () => {
    const rows = run('Latvia never joined the pact, and at the Tallinn summit of the Nordic Council on 26 August 2005 it downgraded its membership.', {
      dates: [['26 August 2005', '2005-08-26']],
      entities: [['Nordic Council', 'Nordic Council', 'organization']],
    });
    expect(rows.map((r) => r.type).sort()).toEqual(['meeting', 'political']);
    const unnamed = run('Latvia never joined the pact, and at a summit of the council on 26 August 2005 it downgraded its membership.', {
      dates: [['26 August 2005', '2005-08-26']],
    });
    // (an unnamed summit is no occasion of its own: one happening for the date)
    expect(unnamed).toHaveLength(1);
  });

  it('gives a named conference right after a signing date a meeting of its own', () => {
    const rows = run('The protocol was signed on 30 May 2014 at COP9 in Riga.', { dates: [['30 May 2014', '2014-05-30']] });
    expect(summary(rows)).toEqual([
      ['agreement', '2014-05-30', 'signed'],
      ['meeting', '2014-05-30', 'COP9'],
    ]);
    const ahead = run('The protocol was signed on 30 May 2014 ahead of COP9 in Riga.', { dates: [['30 May 2014', '2014-05-30']] });
    expect(summary(ahead)).toEqual([['agreement', '2014-05-30', 'signed']]);
  });

  it('gives a summit "held in X on D" its date besides what it decided', () => {
    const rows = run('The first Nordic summit, held in Riga on 3-4 May 2031, upgraded relations to a partnership.', {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
    });
    expect(rows.map((r) => r.type).sort()).toEqual(['diplomatic', 'meeting']);
  });

  it('gives a summit "in X on D" that set something up a meeting of its own, but not a date before its noun', () => {
    const rows = run('The Nordic summit in Riga on 3-4 May 2031 set up a permanent secretariat.', { dates: [['3-4 May 2031', '2031-05-03/2031-05-04']] });
    expect(rows.map((r) => r.type).sort()).toEqual(['establishment', 'meeting']);
    const noun = run('Both sides praised the 1911 treaty at the summit in Riga.', { dates: [['1911', '1911']] });
    expect(summary(noun)).toEqual([['agreement', '1911', 'treaty']]);
  });

  it('dates every past happening of a sentence that opens with its occasion and date', () => {
    const rows = run('At the summit in Riga on 4 May 2031 the leaders adopted a plan, and Latvia was handed the chairmanship for 2032-2034.', {
      dates: [
        ['4 May 2031', '2031-05-04'],
        ['2032-2034', '2032/2034'],
      ],
    });
    expect(rows.find((r) => r.type === 'other')?.date).toMatchObject({ value: '2031-05-04', inferred: true });
    expect(rows.find((r) => r.type === 'other')?.rule).toContain('events/occasion/fronted');
    // (no occasion at the head of the sentence: no rule of this kind)
    const plain = run('On 4 May 2031 the leaders adopted a plan, and Latvia has been handed the chairmanship for 2032-2034.', {
      dates: [
        ['4 May 2031', '2031-05-04'],
        ['2032-2034', '2032/2034'],
      ],
    });
    expect(plain.filter((r) => r.rule.includes('events/occasion/fronted'))).toEqual([]);
  });

  it('dates a second clause whose doers are named again ("and the two ministers signed")', () => {
    const rows = run('On 11-12 May 2030 the Latvian foreign minister, Jan Berzins, held talks in Riga with his Estonian colleague, and the two ministers signed a plan for 2030-2032.', {
      dates: [
        ['11-12 May 2030', '2030-05-11/2030-05-12'],
        ['2030-2032', '2030/2032'],
      ],
    });
    expect(summary(rows)).toEqual([
      ['meeting', '2030-05-11/2030-05-12', 'held talks'],
      ['agreement', '2030-05-11/2030-05-12', 'signed'],
    ]);
    expect(rows[1]!.date.inferred).toBe(true);
    expect(rows[1]!.rule).toContain('events/occasion/same-doers');
  });

  it('does not date a second clause that is not told in the past', () => {
    const rows = run('On 11-12 May 2030 the Latvian foreign minister, Jan Berzins, held talks in Riga with his Estonian colleague, and the two ministers have signed nothing since.', {
      dates: [['11-12 May 2030', '2030-05-11/2030-05-12']],
    });
    expect(summary(rows)).toEqual([['meeting', '2030-05-11/2030-05-12', 'held talks']]);
  });
});

describe('dates that belong to another clause', () => {
  it('leaves a date inside a relative clause with its own happening to that happening', () => {
    const rows = run('On 2 May 2031 the sides signed the partnership agreement, whose negotiations had been concluded in July 2029.', {
      dates: [
        ['2 May 2031', '2031-05-02'],
        ['July 2029', '2029-07'],
      ],
    });
    expect(rows.find((r) => r.trigger === 'signed')?.date.value).toBe('2031-05-02');
    expect(rows.some((r) => r.trigger === 'signed' && r.date.value === '2029-07')).toBe(false);
  });

  it('leaves a date after ", which opened" to the opening, not to the agreeing before it', () => {
    const rows = run('The leaders met in Riga on 4 June 2030. They agreed to set up a secretariat, which opened in Riga in December 2030.', {
      dates: [
        ['4 June 2030', '2030-06-04'],
        ['December 2030', '2030-12'],
      ],
    });
    expect(rows.find((r) => r.trigger === 'agreed')?.date.value).toBe('2030-06-04');
    expect(rows.find((r) => r.date.value === '2030-12')?.trigger).not.toBe('agreed');
  });

  it('does not date an agreeing by the date of what was agreed; the occasion dates it', () => {
    const rows = run('The leaders met in Riga on 4 June 2030. The leaders also agreed that the next summit would be held in 2033.', {
      dates: [
        ['4 June 2030', '2030-06-04'],
        ['2033', '2033'],
      ],
      published: '2031-01-01',
    });
    expect(rows.find((r) => r.trigger === 'agreed')?.date.value).toBe('2030-06-04');
    expect(rows.find((r) => r.trigger === 'summit')?.date.value).toBe('2033');
  });

  it('drops an offset after a comma that counts back from the date before it', () => {
    const rows = run('The protocol entered into force in 2024, twelve years after signature.', {
      dates: [
        ['2024', '2024'],
        ['twelve years after', '2036'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2024']);
  });
});

describe('occasions on arbitrary input', () => {
  const words = ['On', 'the', 'second', 'day', 'In', 'Riga', 'there', 'also', 'signed', 'summit', 'visit', 'leaders', 'two', ',', '.', ':', ';', 'at', 'COP9', 'held', 'on', 'May', '2031', '\n', '-', 'whose', 'had', 'been'];
  it('never throws, and every row it adds keeps a valid span', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        occasionCue(text, 0);
        introducesList(text);
        namedVenue(text);
        const t = { start: 0, end: Math.min(3, text.length) };
        occasionWithDate(text, t, { start: t.end, end: text.length });
        toldInPast(text, t);
        const dates: [string, string][] = text.includes('May 2031') ? [['May 2031', '2031-05']] : [];
        for (const r of run(text, { dates })) {
          expect(r.span.start).toBeGreaterThanOrEqual(0);
          expect(r.span.end).toBeLessThanOrEqual(text.length);
          expect(r.span.start).toBeLessThan(r.span.end);
        }
      }),
      { numRuns: 150 },
    );
  });
});
