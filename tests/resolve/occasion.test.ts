/**
 * Occasions (resolve/occasion.ts, resolve/events.ts): undated happenings tied to the dated visit
 * or meeting just told, happenings on one date in coordinated clauses, and named occasions that
 * are meetings of their own. The examples are the project's own sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { resolveEvents } from '../../src/resolve/events.js';
import {
  introducesList,
  introducesOutcomes,
  isMarkedItem,
  namedVenue,
  nthDay,
  occasionCue,
  occasionPhrase,
  occasionWithDate,
  outcomeHead,
  toldAsBackground,
  toldInPast,
} from '../../src/resolve/occasion.js';
import type { Spec } from '../helpers/events-doc.js';
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
    // (one happening per item, whatever kind the trigger lexicon gives "announced a fund")
    expect(rows.map((r) => r.date.value)).toEqual(['2031-05-03/2031-05-04', '2031-05-03/2031-05-04', '2031-05-03/2031-05-04']);
    expect(rows.map((r) => r.type)).toContain('agreement');
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

/** A doc whose sentences are cut where `starts` say (lists: one sentence per line). */
function listRun(text: string, starts: string[], spec: Spec) {
  const doc = makeDoc(text, spec);
  const cuts = [0, ...starts.map((w) => text.indexOf(w)), text.length];
  for (const c of cuts) if (c < 0) throw new Error('cut not in text');
  doc.sentences = cuts.slice(0, -1).map((start, index) => ({ index, section: 0, paragraph: 0, span: { start, end: cuts[index + 1]! } }));
  return resolveEvents(doc, new ProvenanceBuilder(doc));
}

describe('round 2: occasions described, outcome lists, day references', () => {
  it('reads an occasion described by an ordinal or "same"/"that" at the head of a sentence', () => {
    expect(occasionPhrase("At the first leaders' summit, held in Riga, she spoke.", 0)).toMatchObject({ noun: 'summit', ordinal: 1 });
    expect(occasionPhrase('The same session also adopted a budget.', 0)).toMatchObject({ noun: 'session', ordinal: null });
    expect(occasionPhrase('During that forum the ministers met twice.', 0)).toMatchObject({ noun: 'forum', ordinal: null });
    expect(occasionPhrase('The port grew; at the same session the presidents signed a pact.', 0)).toMatchObject({ noun: 'session' });
    expect(occasionPhrase('The first summit of the Baltic Council took place in Riga.', 0)).toBeNull();
    expect(occasionPhrase('The summit in Riga was short.', 0)).toBeNull();
    expect(occasionPhrase('Summits are rare in the region.', 0)).toBeNull();
    expect(occasionCue('The same summit also launched a fund.', 0)).toMatchObject({ kind: 'described' });
  });

  it('reads "on the second day" anywhere in a sentence, not the second day of something else', () => {
    expect(occasionCue('President Berg met both delegations on the second day.', 0)).toMatchObject({ kind: 'day', day: 2 });
    expect(occasionCue('The envoys signed a plan on the third day of the talks.', 0)).toMatchObject({ kind: 'day', day: 3 });
    expect(occasionCue('He resigned on the second day of his presidency.', 0)?.kind).not.toBe('day');
  });

  it('knows a colon sentence that introduces what an occasion produced, and the head noun of an item', () => {
    expect(introducesOutcomes('The summit produced five deliverables:')).toBe(true);
    expect(introducesOutcomes('Its results:')).toBe(true);
    expect(introducesOutcomes('The ministry lists the main outcomes:')).toBe(true);
    expect(introducesOutcomes('Key projects under discussion:')).toBe(false);
    expect(introducesOutcomes('Three dates matter:')).toBe(false);
    expect(introducesOutcomes('The summit produced five deliverables.')).toBe(false);
    expect(outcomeHead('1. A joint declaration on water, signed by all leaders.', 0)).toMatchObject({ text: 'declaration', type: 'agreement' });
    expect(outcomeHead('- Aircraft orders worth $2 billion.', 0)).toMatchObject({ text: 'orders', type: 'economic' });
    expect(outcomeHead('3. A commitment to meet every year.', 0)).toMatchObject({ text: 'commitment', type: 'agreement' });
    expect(outcomeHead("2. Latvia's announcement that it would join the pact.", 0)).toMatchObject({ text: 'announcement', type: 'statement' });
    expect(outcomeHead('4. A $2 billion copper venture in the north.', 0)).toMatchObject({ text: 'venture', type: 'agreement' });
    expect(outcomeHead('- the expansion of the port of Alat;', 0)).toBeNull();
    expect(outcomeHead('2. Prices rose sharply in the spring.', 0)).toBeNull();
    const t = 'Text.\n1. A pact.\nMore text.';
    expect(isMarkedItem(t, t.indexOf('1.'))).toBe(true);
    expect(isMarkedItem(t, t.indexOf('A pact'))).toBe(true);
    expect(isMarkedItem(t, t.indexOf('More'))).toBe(false);
  });

  it('dates the items of an outcome list by the occasion told before its introduction', () => {
    const text =
      'The second summit was held in Riga on 6 May 2031. The ministry lists its main outcomes:\n' +
      '1. A joint declaration on water, signed by all five leaders.\n' +
      '2. A $2 billion copper venture in the north.\n' +
      '3. Aircraft orders for the national airline.\n' +
      'Officials later spoke of deals worth $9 billion.';
    const rows = listRun(text, ['The ministry', '1. A joint', '2. A $2', '3. Aircraft', 'Officials later'], { dates: [['6 May 2031', '2031-05-06']] });
    expect(summary(rows)).toEqual([
      ['meeting', '2031-05-06', 'summit'],
      ['agreement', '2031-05-06', 'signed'],
      ['agreement', '2031-05-06', 'venture'],
      ['economic', '2031-05-06', 'orders'],
    ]);
    expect(rows.slice(1).every((r) => r.date.inferred)).toBe(true);
  });

  it('does not date a list whose introduction names no outcome, nor items with no occasion before', () => {
    const text = 'The second summit was held in Riga on 6 May 2031. Key projects under discussion:\n- A copper venture in the north.\n- Aircraft orders for the airline.';
    const rows = listRun(text, ['Key projects', '- A copper', '- Aircraft'], { dates: [['6 May 2031', '2031-05-06']] });
    expect(summary(rows)).toEqual([['meeting', '2031-05-06', 'summit']]);
    const far = 'Prices rose. Wages fell. The ministry lists the main outcomes:\n1. A joint declaration on water.\n2. Aircraft orders for the airline.';
    expect(listRun(far, ['Wages', 'The ministry', '1. A joint', '2. Aircraft'], {})).toEqual([]);
  });

  it('gives "the same day" of an outcome item the occasion\'s day', () => {
    const text = 'The summit was held in Riga on 6 May 2031. Its results:\n1. A joint declaration on water.\n2. Latvia\'s announcement, made the same day, that it would join the pact.';
    const rows = listRun(text, ['Its results', '1. A joint', '2. Latvia'], {
      dates: [
        ['6 May 2031', '2031-05-06'],
        ['the same day', '2031-09-01'],
      ],
    });
    expect(rows.find((r) => r.type === 'statement')?.date.value).toBe('2031-05-06');
    expect(rows.some((r) => r.date.value === '2031-09-01')).toBe(false);
  });

  it('dates what happened at an occasion described by its ordinal, past later meetings of another kind', () => {
    const text =
      'The first summit took place in Riga on 3 May 2031. The working group met in Oslo in June 2031. ' +
      'At the first summit, held in the old town hall, Berg announced a fund for ports. The board met in Tallinn in May 2032. The same summit also launched a youth council.';
    const rows = run(text, {
      dates: [
        ['3 May 2031', '2031-05-03'],
        ['June 2031', '2031-06'],
        ['May 2032', '2032-05'],
      ],
      entities: [['Berg', 'Anna Berg', 'person']],
    });
    expect(rows.find((r) => r.trigger.startsWith('announced'))?.date).toMatchObject({ value: '2031-05-03', inferred: true });
    // (the occasion told again with words of its own, "held in ...", is a meeting of that date)
    expect(rows.filter((r) => r.type === 'meeting' && r.date.value === '2031-05-03')).toHaveLength(2);
    expect(rows.find((r) => r.type === 'establishment')?.date.value).toBe('2031-05-03');
  });

  it('leaves an occasion described by an ordinal that was never told undated', () => {
    const rows = run('The board met in Oslo in June 2031. At the third summit, held in the old town hall, Berg announced a fund for ports.', {
      dates: [['June 2031', '2031-06']],
      entities: [['Berg', 'Anna Berg', 'person']],
    });
    expect(rows.filter((r) => r.trigger.startsWith('announced'))).toEqual([]);
  });

  it('dates "at the same session" by the session told before it in the same sentence', () => {
    const text = 'Ann Berg paid a state visit to Oslo on 2-3 March 2031. The council held its first session in Riga on 5 May 2031; at the same session the presidents signed a charter.';
    const rows = run(text, {
      dates: [
        ['2-3 March 2031', '2031-03-02/2031-03-03'],
        ['5 May 2031', '2031-05-05'],
      ],
      entities: [['Ann Berg', 'Ann Berg', 'person']],
    });
    expect(rows.find((r) => r.trigger === 'signed')?.date.value).toBe('2031-05-05');
  });

  it('dates "on the second day" at the end of a sentence by the occasion\'s second day', () => {
    const rows = run('The ministers held talks in Riga on 3-4 May 2031. President Berg met both delegations on the second day.', {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
      entities: [['Berg', 'Anna Berg', 'person']],
    });
    expect(rows.find((r) => r.trigger === 'met')?.date).toMatchObject({ value: '2031-05-04', inferred: true });
    const other = run('The ministers held talks in Riga on 3-4 May 2031. President Berg met the press on the second day of her presidency.', {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
    });
    expect(other.filter((r) => r.trigger === 'met')).toEqual([]);
  });

  it('drops a year that names a happening told before ("the 2030 statement"), not a new one', () => {
    const a = run('A joint statement was issued in Riga on 4 May 2030. Critics later attacked the 2030 statement.', {
      dates: [
        ['4 May 2030', '2030-05-04'],
        ['2030', '2030'],
      ],
    });
    expect(a.map((r) => r.date.value)).toEqual(['2030-05-04']);
    const b = run('The leaders met in Riga on 4 May 2030. The 2031 summit adopted a plan.', {
      dates: [
        ['4 May 2030', '2030-05-04'],
        ['2031', '2031'],
      ],
    });
    expect(b.some((r) => r.date.value === '2031')).toBe(true);
    // (a month with its year too: the signing keeps the date, the visit named again gives no row)
    const c = run('Berg paid a state visit to Riga on 22-23 August 2030. A memorandum on ports signed during the August 2030 visit set up a fund.', {
      dates: [
        ['22-23 August 2030', '2030-08-22/2030-08-23'],
        ['August 2030', '2030-08'],
      ],
    });
    expect(c.filter((r) => r.type === 'visit')).toHaveLength(1);
    expect(c.some((r) => r.type === 'agreement' && r.date.value.startsWith('2030-08'))).toBe(true);
  });

  it('dates "that day" by the last day told in the paragraph, with the further predicates', () => {
    const rows = run('Crowds filled the square in Riga on 8 May 2031. The two ministers signed a treaty that day and opened a bridge.', {
      dates: [['8 May 2031', '2031-05-08']],
    });
    expect(summary(rows.filter((r) => r.rule.includes('day-reference'))).sort()).toEqual([
      ['agreement', '2031-05-08', 'signed'],
      ['opening', '2031-05-08', 'opened a bridge'],
    ]);
    const year = run('Crowds filled the square in Riga in 2031. The two ministers signed a treaty that day.', { dates: [['2031', '2031']] });
    expect(year.filter((r) => r.rule.includes('day-reference'))).toEqual([]);
    // ("from that day on" is a period, not the day)
    const from = run('Crowds filled the square in Riga on 8 May 2031. From that day on, the two ministers signed a treaty every year.', {
      dates: [['8 May 2031', '2031-05-08']],
    });
    expect(from.filter((r) => r.rule.includes('day-reference'))).toEqual([]);
  });

  it('gives the happenings of a when-clause their own words, and leaves a date in a whose-clause to its happening', () => {
    const rows = run('The fund was launched on 1 May 2030, when the minister met the five envoys in Riga and signed a charter.', { dates: [['1 May 2030', '2030-05-01']] });
    const met = rows.find((r) => r.trigger === 'met');
    expect(met?.date.value).toBe('2030-05-01');
    expect(met?.quote.startsWith('when')).toBe(true);
    const whose = run('The leaders also launched a business council, whose first forum in Riga in May 2031 drew 500 guests.', { dates: [['May 2031', '2031-05']] });
    expect(whose.filter((r) => r.type === 'establishment' && r.date.value === '2031-05')).toEqual([]);
    expect(whose.some((r) => r.type === 'meeting' && r.date.value === '2031-05')).toBe(true);
  });
});

describe('round 2: dates that date no happening, and what was agreed', () => {
  it('skips a news dateline ("RIGA, 4 May 2031 — When ..."), and dates the happening by its own date', () => {
    const rows = run('RIGA, 14 June 2031 — When the two presidents met in Tallinn on 2 June, the mood in the region was calm.', {
      dates: [
        ['14 June 2031', '2031-06-14'],
        ['2 June', '2031-06-02'],
      ],
      published: '2031-06-14',
    });
    expect(summary(rows)).toEqual([['meeting', '2031-06-02', 'met']]);
    // (a date heading a list item is no dateline: "Riga, 4 May 2031 – the summit ...")
    const item = run('Riga, 4 May 2030 – the leaders met and adopted a charter.', { dates: [['4 May 2030', '2030-05-04']], published: '2031-06-14' });
    expect(item.some((r) => r.date.value === '2030-05-04')).toBe(true);
  });

  it('leaves the period in a programme\'s name undated, but not a range after a plain noun', () => {
    const rows = run('The minister chaired a forum in Riga on 3 May 2030, after Latvia published its Water Strategy for the Baltic 2030–2035.', {
      dates: [
        ['3 May 2030', '2030-05-03'],
        ['2030–2035', '2030/2035'],
      ],
    });
    expect(rows.some((r) => r.date.value === '2030/2035')).toBe(false);
    const plain = run('Trade rose steadily in 2030–2035.', { dates: [['2030–2035', '2030/2035']] });
    expect(plain.some((r) => r.date.value === '2030/2035')).toBe(true);
  });

  it('does not give "agreed to set up" in a when-clause a founding of its own', () => {
    const rows = run('The premier visited Riga on 4-5 May 2030, when the two leaders agreed to set up a joint council.', {
      dates: [['4-5 May 2030', '2030-05-04/2030-05-05']],
    });
    expect(rows.map((r) => r.type).sort()).toEqual(['agreement', 'visit']);
    const both = run('The premier visited Riga on 4-5 May 2030, when the two leaders signed a treaty and set up a joint council.', {
      dates: [['4-5 May 2030', '2030-05-04/2030-05-05']],
    });
    expect(both.map((r) => r.type)).toContain('establishment');
  });
});

describe('round 2: one more of the same, and a trip to an occasion', () => {
  it('gives "and a second followed in X on D" the happening of the date before it', () => {
    const rows = run('Anna Berg travelled to Riga for the first Nordic leaders’ meeting on 27 October 2030, and a second followed in Oslo on 2 June 2031.', {
      dates: [
        ['27 October 2030', '2030-10-27'],
        ['2 June 2031', '2031-06-02'],
      ],
    });
    const second = rows.find((r) => r.date.value === '2031-06-02');
    expect(second?.type).toBe('meeting');
    expect(second?.quote).toBe('a second followed in Oslo on 2 June 2031');
    // (the trip's words run up to the occasion it went to)
    expect(rows.find((r) => r.type === 'visit')?.quote).toBe('travelled to Riga for the first Nordic leaders’');
    // (a later date with a happening of its own keeps it)
    const own = run('The first round was held in Riga in May 2030, and another round of talks took place in Oslo in June 2031.', {
      dates: [
        ['May 2030', '2030-05'],
        ['June 2031', '2031-06'],
      ],
    });
    expect(own.filter((r) => r.rule.includes('events/another'))).toEqual([]);
    const none = run('The first round was held in Riga in May 2030, and prices rose in June 2031.', {
      dates: [
        ['May 2030', '2030-05'],
        ['June 2031', '2031-06'],
      ],
    });
    expect(none.filter((r) => r.rule.includes('events/another'))).toEqual([]);
  });
});

describe('round 2: a date fronted before the whole sentence', () => {
  it('dates a past happening of a later clause past a dating phrase with its own date', () => {
    const rows = run('In the second half of 2031, after the fall of the government in May, the agenda shifted again, and the two working groups met twice by video link.', {
      dates: [
        ['the second half of 2031', '2031-H2'],
        ['May', '2031-05'],
      ],
    });
    expect(rows.find((r) => r.trigger === 'met')?.date.value).toBe('2031-H2');
  });

  it('does not date a happening that has a date of its own, or a sentence that does not open with its date', () => {
    const own = run('In the second half of 2031, the agenda shifted, and the two working groups met in Riga in March 2032.', {
      dates: [
        ['the second half of 2031', '2031-H2'],
        ['March 2032', '2032-03'],
      ],
    });
    expect(own.find((r) => r.trigger === 'met')?.date.value).toBe('2032-03');
    expect(own.filter((r) => r.rule.includes('fronted-date'))).toEqual([]);
    const inner = run('The agenda shifted in the second half of 2031, and after long delays the two working groups met by video link.', {
      dates: [['the second half of 2031', '2031-H2']],
    });
    expect(inner.filter((r) => r.rule.includes('fronted-date'))).toEqual([]);
  });
});

describe('round 2: an occasion described by kind alone', () => {
  it('takes the occasion just told for "That summit ..." when no earlier one is told by that word', () => {
    const rows = run('The leaders met in Riga on 3 May 2031. That summit adopted a charter on ports.', { dates: [['3 May 2031', '2031-05-03']] });
    expect(rows.find((r) => r.trigger.startsWith('adopted'))?.date).toMatchObject({ value: '2031-05-03', inferred: true });
    // (a visit is no summit)
    const visit = run('Anna Berg paid a state visit to Riga on 3 May 2031. That summit adopted a charter on ports.', { dates: [['3 May 2031', '2031-05-03']] });
    expect(visit.filter((r) => r.trigger.startsWith('adopted'))).toEqual([]);
  });

  it('dates the items of a bulleted list introduced by the sentence that tells the occasion', () => {
    const text = 'At the summit in Riga on 4 May 2031 the leaders agreed on the following outcomes:\n- A joint declaration on ports.\n- Grain purchases worth $2 billion.';
    const rows = listRun(text, ['- A joint', '- Grain'], { dates: [['4 May 2031', '2031-05-04']] });
    expect(rows.filter((r) => r.rule.includes('occasion/list')).map((r) => [r.type, r.date.value])).toEqual([
      ['agreement', '2031-05-04'],
      ['economic', '2031-05-04'],
    ]);
  });
});

describe('round 2: the words of a predicate past an apposition', () => {
  it('gives "X\'s visit on D, the first in years, produced N documents" a signing with its own words', () => {
    const rows = run("Berg's state visit to Riga on 9-10 March 2030, the first by a Finnish leader in a decade, produced 12 documents.", {
      dates: [['9-10 March 2030', '2030-03-09/2030-03-10']],
    });
    const signing = rows.find((r) => r.type === 'agreement');
    expect(signing?.date.value).toBe('2030-03-09/2030-03-10');
    expect(signing?.quote.startsWith('produced')).toBe(true);
    // (no apposition: the words run from the date)
    const plain = run("Berg's state visit to Riga on 9-10 March 2030 produced 12 documents.", { dates: [['9-10 March 2030', '2030-03-09/2030-03-10']] });
    expect(plain.find((r) => r.type === 'agreement')?.quote.startsWith('produced')).toBe(false);
  });
});

describe('round 2 helpers on arbitrary input', () => {
  const words = ['At', 'the', 'first', 'same', 'summit', 'session', ',', 'held', 'that', 'day', ':', '\n', '1.', '-', 'A', 'declaration', 'orders', 'on', 'second', 'of', 'The', '2030', 'statement', 'August', 'results', ';'];
  it('never throws, and every span it gives lies inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        introducesOutcomes(text);
        const p = occasionPhrase(text, 0);
        if (p) expect(p.span.start >= 0 && p.span.end <= text.length && p.span.start < p.span.end).toBe(true);
        const h = outcomeHead(text, 0);
        if (h) expect(text.slice(h.span.start, h.span.end)).toBe(h.text);
        for (let i = 0; i <= text.length; i += 7) isMarkedItem(text, i);
        const dates: [string, string][] = text.includes('2030') ? [['2030', '2030']] : [];
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

describe('round 2: an occasion named as the subject', () => {
  it('tells "The summit in Riga was the first ..." again as the meeting of its date', () => {
    const text = 'The Nordic leaders met in Riga on 3-4 May 2031. Trade was slow. The summit in Riga was the first at which all five premiers met.';
    const rows = run(text, {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Riga', 'Riga', 'city'],
      ],
    });
    const again = rows.find((r) => r.rule.includes('named-subject'));
    expect(again).toMatchObject({ type: 'meeting', date: { value: '2031-05-03/2031-05-04', inferred: true } });
    expect(again?.quote).toBe('The summit in Riga was the first at which all five premiers met');
  });

  it('does not for a city no dated occasion was told with, or a subject told in the present', () => {
    const other = run('The Nordic leaders met in Riga on 3-4 May 2031. The summit in Oslo was the first of its kind.', {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Oslo', 'Oslo', 'city'],
      ],
    });
    expect(other.filter((r) => r.rule.includes('named-subject'))).toEqual([]);
    const present = run('The Nordic leaders met in Riga on 3-4 May 2031. The summit in Riga is remembered as the first of its kind.', {
      dates: [['3-4 May 2031', '2031-05-03/2031-05-04']],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Riga', 'Riga', 'city'],
      ],
    });
    expect(present.filter((r) => r.rule.includes('named-subject'))).toEqual([]);
  });
});
