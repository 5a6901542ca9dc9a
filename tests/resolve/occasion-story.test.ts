/**
 * The story's occasion (resolve/occasion.ts, resolve/events.ts `storyDrafts`): undated happenings
 * of a news story or paragraph about one dated occasion take its date; references and reactions
 * take a happened occasion, never a planned one or a background decade. The examples are the
 * project's own sentences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKGROUND_HEADING_RE,
  STORY_BREAK_RE,
  inSubordinateClause,
  isSubheading,
  occasionDay,
  storyVerb,
} from '../../src/resolve/occasion.js';
import { dv, run } from '../helpers/events-doc.js';

const rowsFor = (rows: ReturnType<typeof run>, word: string) => rows.filter((r) => r.trigger.toLowerCase().includes(word) || r.quote.toLowerCase().includes(word));

describe('story occasion helpers', () => {
  it('finds the verb of the main clause told in the past', () => {
    const a = 'Ministers from Iceland and Norway attended, along with two observers.';
    expect(storyVerb(a, 0, a.length, [{ start: 15, end: 22 }, { start: 27, end: 33 }])?.text).toBe('attended');
    const b = 'Sweden and Denmark, both of which fish in the Baltic, refused.';
    expect(storyVerb(b, 0, b.length, [{ start: 0, end: 6 }, { start: 11, end: 18 }])?.text).toBe('refused');
    const c = 'The harbour master told reporters afterwards that the quay was safe.';
    expect(storyVerb(c, 0, c.length)?.text).toBe('told');
    expect(storyVerb('The quota is likely to be raised.', 0, 33)).toBeNull();
    expect(storyVerb('Still, the direction seems set.', 0, 31)).toBeNull();
    const d = 'Estonia said nothing in public.';
    expect(storyVerb(d, 0, d.length, [{ start: 0, end: 7 }])).toBeNull();
  });

  it('knows subheadings, background headings, breaks in time and subordinate clauses', () => {
    expect(isSubheading('What the ministers agreed')).toBe(true);
    expect(isSubheading('The ministers agreed on a quota.')).toBe(false);
    expect(BACKGROUND_HEADING_RE.test('A long history of quarrels')).toBe(true);
    expect(BACKGROUND_HEADING_RE.test('Where they disagreed')).toBe(false);
    expect(STORY_BREAK_RE.test('Years earlier the two ports had signed a charter.')).toBe(true);
    expect(STORY_BREAK_RE.test('Since then the fleet has shrunk.')).toBe(true);
    expect(STORY_BREAK_RE.test('Norway refused.')).toBe(false);
    const s = 'The fund, which approved its first loans, was small.';
    expect(inSubordinateClause(s, 0, s.indexOf('approved'))).toBe(true);
    expect(inSubordinateClause(s, 0, s.indexOf('was'))).toBe(false);
    expect(occasionDay(dv('2031-06-12/2031-06-13'))).toBe(true);
    expect(occasionDay(dv('2031-06'))).toBe(false);
    expect(occasionDay(dv('2031'))).toBe(false);
  });

  it('never throws and gives spans inside the range', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const v = storyVerb(s, 0, s.length);
        if (v) expect(v.span.start >= 0 && v.span.end <= s.length && v.span.start < v.span.end).toBe(true);
      }),
    );
  });
});

describe('undated happenings of a dateline story take its occasion', () => {
  const text =
    'OSLO, 14 June 2031 — Fisheries ministers of the Nordic states ended a two-day summit in Tromso on Friday with a pact on cod quotas. ' +
    'The meeting, held on 12-13 June, was the fourth of its kind. ' +
    'Ministers from Iceland and Denmark attended. ' +
    'The ministers also decided to share patrol boats. ' +
    'Sweden and Finland, both of which have large trawler fleets, refused. ' +
    'The fund holds $2 billion. ' +
    'Years earlier the two ports had signed a charter.';
  const spec = {
    published: '2031-06-14',
    dates: [
      ['14 June 2031', '2031-06-14'],
      ['Friday', '2031-06-13'],
      ['12-13 June', '2031-06-12/2031-06-13'],
    ] as [string, string][],
    entities: [
      ['Iceland', 'Iceland', 'country'],
      ['Denmark', 'Denmark', 'country'],
      ['Sweden', 'Sweden', 'country'],
      ['Finland', 'Finland', 'country'],
    ] as [string, string, 'country'][],
  };
  const rows = run(text, spec);

  it('dates what happened there by the occasion (inferred)', () => {
    for (const w of ['attended', 'decided', 'refused']) {
      const r = rowsFor(rows, w);
      expect(r.length, w).toBeGreaterThan(0);
      expect(r[0]!.date.value, w).toBe('2031-06-12/2031-06-13');
      expect(r[0]!.date.inferred, w).toBe(true);
    }
  });

  it('leaves the present, the background and what has no verb of a happening alone', () => {
    expect(rowsFor(rows, 'holds')).toHaveLength(0);
    expect(rowsFor(rows, 'charter').every((r) => r.date.value !== '2031-06-12/2031-06-13')).toBe(true);
  });
});

describe('a dated happening of the same paragraph takes over', () => {
  it('does not carry the occasion past a new dated happening', () => {
    const text =
      'RIGA, 6 May 2031 — Transport ministers ended a summit in Riga on 4 May. ' +
      'In March 2030 the port authority approved a new tariff. ' +
      'Lithuania refused.';
    const rows = run(text, {
      published: '2031-05-06',
      dates: [
        ['6 May 2031', '2031-05-06'],
        ['4 May', '2031-05-04'],
        ['March 2030', '2030-03'],
      ],
      entities: [['Lithuania', 'Lithuania', 'country']],
    });
    expect(rowsFor(rows, 'refused').filter((r) => r.date.value === '2031-05-04')).toHaveLength(0);
  });

  it('does not date happenings when the story names no occasion', () => {
    const text = 'VILNIUS, 6 May 2031 — Floods closed three roads on 4 May. Engineers repaired the dam.';
    const rows = run(text, { published: '2031-05-06', dates: [['6 May 2031', '2031-05-06'], ['4 May', '2031-05-04']] });
    expect(rowsFor(rows, 'repaired').filter((r) => r.rule.includes('occasion/story'))).toHaveLength(0);
  });
});

describe('references and reactions take a happened occasion', () => {
  it('"At the same summit" is the summit held, not a meeting planned for next spring', () => {
    const text =
      'Leaders of the five Baltic ports met at a summit in Gdansk on 4 May 2031. ' +
      'Poland offered to host a meeting of harbour masters next spring. ' +
      'At the same summit, the five leaders adopted a joint declaration on dredging.';
    const rows = run(text, {
      published: '2031-05-08',
      dates: [
        ['4 May 2031', '2031-05-04'],
        ['next spring', '2032-SP'],
      ],
      entities: [['Poland', 'Poland', 'country']],
    });
    const adopted = rowsFor(rows, 'adopted');
    expect(adopted.length).toBeGreaterThan(0);
    expect(adopted.every((r) => r.date.value === '2031-05-04')).toBe(true);
  });

  it('a reaction to the meeting takes the meeting, not a year told in between', () => {
    const text =
      'ASTANA, 8 May 2031 — Water ministers of four states met at a summit in Astana on 6 May 2031. ' +
      'River traffic on the Irtysh rose by 9% in 2030. ' +
      'The European Union welcomed the meeting.';
    const rows = run(text, {
      published: '2031-05-08',
      dates: [
        ['8 May 2031', '2031-05-08'],
        ['6 May 2031', '2031-05-06'],
        ['2030', '2030'],
      ],
      entities: [['European Union', 'European Union', 'organization']],
    });
    const welcomed = rowsFor(rows, 'welcomed');
    expect(welcomed.length).toBeGreaterThan(0);
    expect(welcomed[0]!.date.value).toBe('2031-05-06');
  });

  it('a remark on a decision takes no planned date', () => {
    const text =
      'The council met in Tallinn on 2 March 2031. ' +
      'Estonia offered to host the next session in the spring of 2032. ' +
      'Finland praised the decision.';
    const rows = run(text, {
      published: '2031-03-05',
      dates: [
        ['2 March 2031', '2031-03-02'],
        ['the spring of 2032', '2032-SP'],
      ],
      entities: [
        ['Estonia', 'Estonia', 'country'],
        ['Finland', 'Finland', 'country'],
      ],
    });
    expect(rowsFor(rows, 'praised').every((r) => r.date.value !== '2032-SP')).toBe(true);
  });
});

describe('remarks at the occasion', () => {
  it('a second speaker after ", while" takes the occasion too', () => {
    const text =
      'The two ministers signed a water treaty in Tbilisi on 3 March 2031. ' +
      'At the signing ceremony, Anna Berg told the guests that rivers unite, while Jan Ode called the treaty a new start.';
    const rows = run(text, {
      published: '2031-03-05',
      dates: [['3 March 2031', '2031-03-03']],
      entities: [
        ['Anna Berg', 'Anna Berg', 'person'],
        ['Jan Ode', 'Jan Ode', 'person'],
      ],
    });
    const called = rowsFor(rows, 'called');
    expect(called.length).toBeGreaterThan(0);
    expect(called[0]!.date.value).toBe('2031-03-03');
  });

  it('a remark whose reported clause holds a past date is no story happening; a relative clause is', () => {
    const text =
      'SOFIA, 9 June 2031 — Energy ministers of six states ended a summit in Sofia on 7-8 June. ' +
      'Greece said the grid was ready, noting that exports rose by 4% in 2030. ' +
      'Romania pushed for a new cable, which the bank approved in 2029, to be built first.';
    const rows = run(text, {
      published: '2031-06-09',
      dates: [
        ['9 June 2031', '2031-06-09'],
        ['7-8 June', '2031-06-07/2031-06-08'],
        ['2030', '2030'],
        ['2029', '2029'],
      ],
      entities: [
        ['Greece', 'Greece', 'country'],
        ['Romania', 'Romania', 'country'],
      ],
    });
    expect(rowsFor(rows, 'said').filter((r) => r.date.value === '2031-06-07/2031-06-08')).toHaveLength(0);
    const pushed = rows.filter((r) => r.rule.includes('occasion/story') && r.quote.includes('Romania'));
    expect(pushed.map((r) => r.date.value)).toEqual(['2031-06-07/2031-06-08']);
  });
});
