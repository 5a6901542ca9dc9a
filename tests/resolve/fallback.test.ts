/**
 * The fallback of resolve/events.ts (`events/fallback/<class>`): a dated clause that no trigger
 * takes is dated by its own verb, found by its grammatical form. Sentences are the project's own,
 * on topics of their own.
 */
import { describe, expect, it } from 'vitest';
import { dateClause, fallbackRules, fallbackType, fallbackVerb } from '../../src/resolve/occasion.js';
import { run } from '../helpers/events-doc.js';
import { checkRuleSet } from '../helpers/rules.js';

checkRuleSet(fallbackRules);

const verbOf = (sentence: string, date: string) => {
  const at = sentence.indexOf(date);
  return fallbackVerb(sentence, { start: 0, end: sentence.length }, { start: at, end: at + date.length });
};

describe('fallbackVerb (grammatical form of a dated clause)', () => {
  it('finds a finite past verb after its subject', () => {
    const v = verbOf('In the autumn of 2017 the orchestra recorded its first album in Vienna.', 'autumn of 2017');
    expect([v?.text, v?.cls]).toEqual(['recorded', 'past']);
  });
  it('finds a past passive', () => {
    const v = verbOf('The lighthouse was repainted in 2009 by volunteers.', '2009');
    expect([v?.text, v?.cls]).toEqual(['repainted', 'passive']);
  });
  it('finds a participle with its agent', () => {
    const v = verbOf('The glacier survey, mapped by the alpine club in 1998, is still cited.', '1998');
    expect([v?.text, v?.cls]).toEqual(['mapped', 'by']);
  });
  it('finds a present perfect and knows a change', () => {
    const v = verbOf('Since 2012 the bee population of the valley has shrunk by a third.', '2012');
    expect([v?.text, v?.cls, v?.change]).toEqual(['shrunk', 'perfect', true]);
  });
  it('finds a plan', () => {
    const v = verbOf('The museum is scheduled to reopen in 2031.', '2031');
    expect([v?.text, v?.cls]).toEqual(['reopen', 'plan']);
  });
  it('finds no verb in a clause with only a copula or a verb of level', () => {
    expect(verbOf('In 2019 the harvest was poor.', '2019')).toBeNull();
    expect(verbOf('In 2021 ticket sales totalled 40,000.', '2021')).toBeNull();
  });
  it('finds no verb in a participle after a determiner, nor in a negated verb', () => {
    expect(verbOf('The proposed 2030 marathon route crosses the river.', '2030')).toBeNull();
    expect(verbOf('In 2015 the choir never toured abroad.', '2015')).toBeNull();
  });
  it('keeps to the clause of the date', () => {
    const s = 'The bakery closed its doors; in 2020 its ovens stood idle.';
    const at = s.indexOf('2020');
    expect(dateClause(s, { start: 0, end: s.length }, { start: at, end: at + 4 })).toEqual({ start: s.indexOf(';') + 1, end: s.length });
    expect(verbOf(s, '2020')).toBeNull();
  });
  it('types a verb by its broad class, else other', () => {
    expect(fallbackType('registered')).toBe('establishment');
    expect(fallbackType('financed')).toBe('economic');
    expect(fallbackType('warned')).toBe('statement');
    expect(fallbackType('repainted')).toBe('other');
  });
});

describe('fallback events (events/fallback/...)', () => {
  it('dates a past verb no trigger knows', () => {
    const rows = run('In March 2016 the orchestra recorded its first album in Vienna.', { dates: [['March 2016', '2016-03']] });
    expect(rows.map((r) => [r.type, r.date.value, r.trigger, r.rule.split('+')[0]])).toEqual([['other', '2016-03', 'recorded', 'events/fallback/past']]);
    expect(rows[0]!.quote).toBe('March 2016 the orchestra recorded');
  });
  it('dates a passive next to a sentence with a trigger', () => {
    const rows = run('The club opened a new stadium in 2004. The old pitch was returfed in 2011.', {
      dates: [
        ['2004', '2004'],
        ['2011', '2011'],
      ],
    });
    expect(rows.map((r) => [r.date.value, r.trigger])).toEqual([
      ['2004', 'opened'],
      ['2011', 'returfed'],
    ]);
  });
  it('dates a change since a year up to the time of writing', () => {
    const rows = run('Since 2012 the bee population of the valley has shrunk by a third.', { dates: [['2012', '2012']], published: '2025-05-01' });
    expect(rows.map((r) => [r.type, r.date.value, r.date.inferred])).toEqual([['other', '2012/2025', true]]);
  });
  it('types a change economic only when its clause names an economic quantity or a sum, as a change trigger is', () => {
    const exports = run('Since 2016 wool exports of the valley have shrunk by a third.', { dates: [['2016', '2016']], published: '2025-05-01' });
    expect(exports.map((r) => r.type)).toEqual(['economic']);
    const fares = run('Since 2014 the ferry fare has fallen to €3.', { dates: [['2014', '2014']], published: '2025-05-01' });
    expect(fares.map((r) => r.type)).toEqual(['economic']);
    const glacier = run('Since 1990 the glacier above the pass has shrunk by half.', { dates: [['1990', '1990']], published: '2025-05-01' });
    expect(glacier.map((r) => r.type)).toEqual(['other']);
  });
  it('marks a plan as planned', () => {
    const rows = run('The glass museum is scheduled to reopen in 2031.', { dates: [['2031', '2031']], published: '2025-05-01' });
    expect(rows.map((r) => [r.date.value, r.planned])).toEqual([['2031', true]]);
  });
  it('gives nothing for an undated clause', () => {
    expect(run('The orchestra recorded its first album in Vienna.', {})).toEqual([]);
  });
  it("gives nothing for the brief's own date on a masthead line", () => {
    expect(run('Alpine Notes, 4 May 2025, issue 12 was printed.', { dates: [['4 May 2025', '2025-05-04']], published: '2025-05-04' })).toEqual([]);
  });
  it("gives nothing for a figure's period", () => {
    expect(run('In 2019 the bakery sold 40,000 loaves.', { dates: [['2019', '2019']], figures: [['40,000 loaves', 40000, 'count']] })).toEqual([]);
  });
  it('gives nothing for a background state since a year', () => {
    expect(run('Since 2008 the choir has rehearsed in the old mill.', { dates: [['2008', '2008']], published: '2025-05-01' })).toEqual([]);
  });
  it('gives nothing for a future date told in the past tense', () => {
    expect(run('By 2040 the glacier melted away.', { dates: [['2040', '2040']], published: '2025-05-01' })).toEqual([]);
  });
  it('gives nothing for a line of a notes list', () => {
    expect(run('Sources\n2 Interview quoted by the county gazette, August 2018.', { dates: [['August 2018', '2018-08']] })).toEqual([]);
  });
  it('gives nothing for the level a change starts from, nor for a date a happening only follows', () => {
    expect(run('Honey yields climbed from under 900 jars in 2005 to a record.', { dates: [['2005', '2005']] })).toEqual([]);
    expect(run('Rehearsals intensified after 2019 under the new conductor.', { dates: [['2019', '2019']] })).toEqual([]);
  });
  it('gives nothing in a quotation', () => {
    expect(run('“In 2009 we painted every wall of the school,” the caretaker recalls.', { dates: [['2009', '2009']] })).toEqual([]);
  });
});
