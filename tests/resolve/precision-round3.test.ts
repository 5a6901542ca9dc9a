/**
 * Precision, session 5 round 3: a statement cited in a notes list is a source, no happening
 * (extract/events `noteItems`); a gathering told again by its bare noun ("The meeting, hosted
 * by ...", "framed the summit as ...", "after four hours of talks on 3 May") is the gathering
 * already told on that date (resolve/events `oneRowPerHappening`, step 2f). The examples are the
 * project's own sentences on unrelated topics.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/events-doc.js';

describe('a statement cited in a notes list is no happening', () => {
  it.each([
    ['Peru and Chile agreed new anchovy quotas in 2019.1\n\nNotes\n1 Ministry of Production of Peru, statement of 4 May 2019.\n', '4 May 2019', '2019-05-04'],
    ['The Danube ferry resumed in 2021.2\n\nSources\n1 Port authority, annual report, 2021.\n2 Ministry of Transport of Romania, statement, 9 June 2021.\n', '9 June 2021', '2021-06-09'],
    ['Iceland closed the cod fishery in 2008.\n\nReferences\n- Fisheries Directorate, press statements, Reykjavik, August 2008.\n', 'August 2008', '2008-08'],
  ])('%s', (text, date, value) => {
    const rows = run(text, { dates: [[date, value]] });
    expect(rows.filter((r) => r.type === 'statement')).toHaveLength(0);
  });

  it('keeps a statement in the body, and the same line outside a notes list', () => {
    const body = run('In a statement on 4 May 2019, the ministry defended the quotas.\n\nNotes\n1 Interview with a port official, Lima, June 2019.\n', {
      dates: [['4 May 2019', '2019-05-04'], ['June 2019', '2019-06']],
    });
    expect(body.filter((r) => r.type === 'statement' && r.date.value === '2019-05-04')).toHaveLength(1);
    const loose = run('Peru and Chile agreed new anchovy quotas in 2019.\n\nNotes list\n1 Ministry of Production of Peru, statement of 4 May 2019.\n', {
      dates: [['4 May 2019', '2019-05-04']],
    });
    expect(loose.filter((r) => r.type === 'statement')).toHaveLength(1);
  });
});

describe('a gathering told again by its bare noun is one row', () => {
  const meetings = (rows: ReturnType<typeof run>, value: string) => rows.filter((r) => r.type === 'meeting' && r.date.value === value);

  it.each([
    [
      'The farm ministers of Kenya and Uganda met in Kampala on 3 March 2031. The meeting, hosted by the Ugandan premier, ran late.',
      [['3 March 2031', '2031-03-03']],
    ],
    [
      'Water engineers from five delta states met in Dhaka on 8 June 2030 to share flood data. The talks, chaired by a Dutch adviser, ended early.',
      [['8 June 2030', '2030-06-08']],
    ],
    [
      'The mayors of the Baltic ports held a conference in Gdansk on 2 May 2029. Officials called the conference a success.',
      [['2 May 2029', '2029-05-02']],
    ],
  ] as [string, [string, string][]][])('%s', (text, dates) => {
    const rows = run(text, { dates });
    expect(meetings(rows, dates[0]![1])).toHaveLength(1);
  });

  it('keeps a gathering with a name or an ordinal of its own, and one on another date', () => {
    const named = run('The ministers met in Quito on 5 April 2030. The third session of the river commission opened on 5 April 2030.', {
      dates: [['5 April 2030', '2030-04-05'], ['5 April 2030', '2030-04-05']],
    });
    expect(meetings(named, '2030-04-05')).toHaveLength(2);
    const other = run('The ministers met in Quito on 5 April 2030. The summit on 9 May 2030 followed in Lima.', {
      dates: [['5 April 2030', '2030-04-05'], ['9 May 2030', '2030-05-09']],
    });
    expect(meetings(other, '2030-04-05')).toHaveLength(1);
    expect(meetings(other, '2030-05-09')).toHaveLength(1);
  });
});

describe('a bare past verb dated by the story occasion needs someone who acts', () => {
  const LEAD = 'OSLO, 14 June 2031 — Fisheries ministers of the Nordic states ended a two-day summit in Tromso on Friday with a pact on cod quotas. ';
  const story = (body: string) =>
    run(LEAD + body, {
      published: '2031-06-14',
      dates: [['14 June 2031', '2031-06-14'], ['Friday', '2031-06-13']],
      entities: [['Iceland', 'Iceland', 'country'], ['Denmark', 'Denmark', 'country']].filter(([s]) => (LEAD + body).includes(s!)) as [string, string, 'country'][],
    });
  const storyRows = (rows: ReturnType<typeof run>, word: string) =>
    rows.filter((r) => r.rule.includes('events/fallback/') && r.rule.includes('occasion/story') && r.trigger.toLowerCase().includes(word));

  it.each([
    ['Geography reinforced the bargain.', 'The ministers reinforced the bargain.', 'reinforced'],
    ['The shift towards the Baltic accelerated.', 'Denmark accelerated the shift towards the Baltic.', 'accelerated'],
    ['Caution prevailed in the end.', 'The hosts prevailed in the end.', 'prevailed'],
  ])('%s', (abstract, agent, word) => {
    const kept = storyRows(story(agent), word);
    expect(kept.length, agent).toBeGreaterThan(0);
    expect(storyRows(story(abstract), word), abstract).toHaveLength(0);
  });
});
