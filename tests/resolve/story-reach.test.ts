/**
 * Reach and precision of the story occasion (resolve/events.ts `storyDrafts`): a day of the
 * occasion named by its order, a concession that tells a fact, a remark whose reported plan holds
 * its own date, an outcome told with "was the launch of"; no row for a participle in a fronted
 * phrase or a comparison of the participants. The examples are the project's own sentences.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/events-doc.js';

const LEAD = 'OSLO, 14 June 2031 — Fisheries ministers of the Nordic states ended a two-day summit in Tromso on Friday with a pact on cod quotas. ';
const base = (extra: [string, string][] = [], entities: [string, string, 'country' | 'person'][] = []) => ({
  published: '2031-06-14',
  dates: [['14 June 2031', '2031-06-14'], ['Friday', '2031-06-13'], ...extra] as [string, string][],
  entities: [['Iceland', 'Iceland', 'country'], ['Denmark', 'Denmark', 'country'], ['Estonia', 'Estonia', 'country'], ...entities] as [string, string, 'country' | 'person'][],
});
const story = (body: string, extra: [string, string][] = [], entities: [string, string, 'country' | 'person'][] = []) => {
  const text = LEAD + 'The meeting, held on 12-13 June, was the fourth of its kind. ' + body;
  const spec = base([['12-13 June', '2031-06-12/2031-06-13'], ...extra], entities);
  return run(text, { ...spec, entities: spec.entities.filter(([s]) => text.includes(s)) });
};
const rowsFor = (rows: ReturnType<typeof run>, word: string) => rows.filter((r) => r.trigger.toLowerCase().includes(word) || r.quote.toLowerCase().includes(word));

describe('a day of the occasion named by its order', () => {
  it('dates what happened on the second, first or last day to that day', () => {
    const cases: [string, string, string][] = [
      ['A group of Danish mayors attended the second day and signed a memorandum on ferries.', 'signed', '2031-06-13'],
      ['Iceland, a late guest, attended the first day and signed the charter on trawling.', 'signed', '2031-06-12'],
      ['Estonia sent observers only, although its envoy attended the last day and signed a protocol on nets.', 'signed', '2031-06-13'],
    ];
    for (const [body, w, day] of cases) {
      const r = rowsFor(story(body), w).filter((x) => x.rule.includes('occasion/story'));
      expect(r.length, body).toBeGreaterThan(0);
      expect(r[0]!.date.value, body).toBe(day);
    }
  });

  it('leaves a day of something else alone', () => {
    const rows = story('On the second day of her presidency, the premier signed a decree on ports.');
    expect(rowsFor(rows, 'signed').filter((x) => x.rule.includes('occasion/story'))).toHaveLength(0);
  });
});

describe('precision of the story rows', () => {
  it('takes no participle of a fronted phrase as a happening', () => {
    for (const body of [
      'Of the $2 billion pledged, half came from Norway.',
      'Among the accords signed, three were binding.',
      'Of all the loans announced, few were new.',
    ]) {
      const rows = story(body).filter((x) => x.rule.includes('occasion/story'));
      expect(rows.filter((x) => /pledged|signed|announced/.test(x.quote)), body).toHaveLength(0);
    }
  });

  it('takes no comparison of the participants as a happening', () => {
    for (const body of ['Iceland sent the largest delegation, about 40 officials.', 'Denmark fielded the biggest team of negotiators.', 'Estonia brought the most experts.']) {
      const rows = story(body).filter((x) => x.rule.includes('fallback/past+events/occasion/story'));
      expect(rows, body).toHaveLength(0);
    }
  });

  it('keeps a plain happening of the story', () => {
    for (const body of ['Iceland refused.', 'Ministers from Estonia and Denmark attended.']) {
      const rows = story(body).filter((x) => /refused|attended/.test(x.quote));
      expect(rows.length, body).toBeGreaterThan(0);
      expect(rows[0]!.date.value, body).toBe('2031-06-12/2031-06-13');
    }
  });
});

describe('a remark about a plan, said at the occasion', () => {
  it('is dated by the occasion, not by the plan\'s date', () => {
    const cases: [string, [string, string]][] = [
      ['Minister Berg said the two funds would double their capital within two years.', ['within two years', '2031-06/2033-06']],
      ['Iceland said the two coast guards would hold joint drills within a year.', ['within a year', '2031-06/2032-06']],
      ['Minister Berg said the two ports would merge within five years.', ['within five years', '2031-06/2036-06']],
    ];
    for (const [body, d] of cases) {
      const rows = story(body, [d], [['Berg', 'Anna Berg', 'person']]);
      const said = rows.filter((x) => x.type === 'statement' && x.rule.includes('occasion/story'));
      expect(said.length, body).toBeGreaterThan(0);
      expect(said[0]!.date.value, body).toBe('2031-06-12/2031-06-13');
    }
  });

  it('leaves a remark with a reported past date to that date', () => {
    const rows = story('Denmark said catches fell in 2030.', [['2030', '2030']]);
    expect(rows.filter((x) => x.type === 'statement' && x.rule.includes('occasion/story'))).toHaveLength(0);
  });
});

describe('the items told after a summarised signing', () => {
  it('makes each item a signing on the summary\'s date, and keeps the summary', () => {
    const bodies = [
      'Norway signed three agreements. The most significant, with Iceland, commits both fleets to share catch data. A second agreement with Denmark covers ferry routes.',
      'The two port authorities signed four contracts. The largest, with a Danish yard, provides for two tugs. Another sets up a pilot school.',
      'Ministers agreed 12 deals. The first concerns cod quotas. A second covers crab licences.',
    ];
    for (const body of bodies) {
      const rows = story(body);
      // (the first item by this rule; a later item that names its document may be a story row)
      expect(rows.filter((x) => x.rule.includes('occasion/item')).length, body).toBeGreaterThan(0);
      const items = rows.filter((x) => x.rule.includes('occasion/') && x.date.value === '2031-06-12/2031-06-13' && !/signed|agreed/.test(x.quote));
      expect(items.length, body).toBe(2);
      expect(rows.some((x) => /signed|agreed/.test(x.quote) && x.rule.includes('occasion/story')), body).toBe(true);
      for (const x of items) {
        expect(x.type, body).toBe('agreement');
        expect(x.date.value, body).toBe('2031-06-12/2031-06-13');
      }
    }
  });

  it('leaves sentences that tell no item alone', () => {
    for (const body of ['Norway signed three agreements. The fleet is old.', 'Norway signed an agreement. The most significant change concerns cod.']) {
      expect(story(body).filter((x) => x.rule.includes('occasion/item')), body).toHaveLength(0);
    }
  });
});

describe('gathering words that tell no happening of their own', () => {
  it('an occasion opened or closed is no opening', () => {
    const cases: [string, [string, string][]][] = [
      ['Opening the event on Monday, Minister Berg said the quotas were fair.', [['Monday', '2031-06-09']]],
      ['The premier opened the session on 3 May 2031 with a call for calm.', [['3 May 2031', '2031-05-03']]],
      ['Opening the ceremony on Friday, the chairman thanked the hosts.', [['Friday', '2031-06-13']]],
    ];
    for (const [text, dates] of cases) {
      const rows = run(text, { published: '2031-06-14', dates, entities: text.includes('Berg') ? [['Berg', 'Anna Berg', 'person']] : [] });
      expect(rows.filter((r) => r.type === 'opening'), text).toHaveLength(0);
    }
    const kept = run('The minister opened the new fish market in Bergen on 3 May 2031.', { dates: [['3 May 2031', '2031-05-03']] });
    expect(kept.filter((r) => r.type === 'opening')).toHaveLength(1);
  });

  it('a body named after a gathering is no meeting', () => {
    const cases: [string, [string, string][]][] = [
      ['Only a third of the loans had been paid by the end of 2030, according to the forum secretariat.', [['the end of 2030', '2030']]],
      ['Turnover fell in 2030, the summit\'s organisers said.', [['2030', '2030']]],
      ['In May 2031 the conference staff moved to Bergen.', [['May 2031', '2031-05']]],
    ];
    for (const [text, dates] of cases) {
      expect(run(text, { dates }).filter((r) => r.type === 'meeting'), text).toHaveLength(0);
    }
    expect(run('The forum met in Bergen in May 2031.', { dates: [['May 2031', '2031-05']] }).filter((r) => r.type === 'meeting')).toHaveLength(1);
  });

  it('a gathering judged in the main clause of a condition does not take its date', () => {
    const cases: [string, [string, string][]][] = [
      ['If the two funds commit $1bn by 2033, the summit will have been a success.', [['2033', '2033']]],
      ['Unless prices fall by mid-2032, the forum will be remembered for little.', [['mid-2032', '2032']]],
      ['If both ports finish the quays by 2034, the conference would prove its worth.', [['2034', '2034']]],
    ];
    for (const [text, dates] of cases) {
      expect(run(text, { dates }).filter((r) => r.type === 'meeting'), text).toHaveLength(0);
    }
  });
});

describe('a founding date in an apposition does not move the story on', () => {
  it('keeps the occasion for the remarks after it', () => {
    const cases: [string, [string, string][]][] = [
      ['The fisheries fund, set up in 2029 with $50 million, reported strong returns. Minister Berg said the fund would double within two years.', [['2029', '2029'], ['within two years', '2031-06/2033-06']]],
      ['The ferry company, founded in 2027, lost money. Minister Berg said the state would sell it within a year.', [['2027', '2027'], ['within a year', '2031-06/2032-06']]],
      ['The crab council, established in 2026 by three states, met briefly. Minister Berg said its members would merge their quotas within five years.', [['2026', '2026'], ['within five years', '2031-06/2036-06']]],
    ];
    for (const [body, dates] of cases) {
      const rows = story(body, dates, [['Berg', 'Anna Berg', 'person']]);
      const said = rows.filter((x) => x.type === 'statement' && x.quote.includes('said'));
      expect(said.length, body).toBeGreaterThan(0);
      expect(said[0]!.date.value, body).toBe('2031-06-12/2031-06-13');
    }
  });
});

describe('a happening in the main clause of a condition', () => {
  it('keeps the condition\'s date when the clause tells a happening, not a judgement', () => {
    const rows = run('If the two funds commit $1bn by 2033, the ministers will hold a summit in Bergen.', { dates: [['2033', '2033']] });
    expect(rows.filter((r) => r.type === 'meeting').length).toBeGreaterThan(0);
  });
});

describe('a named gathering judged in a condition', () => {
  it('is a standing format, left to the other mechanisms', () => {
    const rows = run('If Oslo follows through in 2033, the Nordic Fisheries Forum will look more like a club.', { dates: [['2033', '2033']] });
    expect(rows.filter((r) => r.type === 'meeting').length).toBeGreaterThan(0);
  });
});
