/**
 * Statement dating (resolve/events.ts `statedAtDrafts`, mechanism "events/reaction"): a remark
 * with no date of its own, right after a dated meeting, visit, signing or remark of the same
 * paragraph, was made on that occasion. Its speaker may be named before the verb, after a quote
 * ('"...," said X'), in a passive ('was echoed by X') or told by a pronoun or role ("he", "the
 * minister"); a dated remark serves the next sentence's remark. Not from a plan, a year or a
 * decade, a background clause, another paragraph; not a present stance, a plan, a list item or a
 * remark told later. The examples are the project's own sentences.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, run, type Spec } from '../helpers/events-doc.js';

const stated = (rows: ReturnType<typeof run>) => rows.filter((r) => r.rule.includes('events/reaction'));

/** `run`, with a sentence also ending before an opening quote ('... water. "This is ...'). */
function runQuoted(text: string, spec: Spec): ReturnType<typeof run> {
  const doc = makeDoc(text, spec);
  const cuts = [0, ...[...text.matchAll(/[.!?](?=\s+["“A-Z])/g)].map((m) => m.index + 1), text.length];
  const sentences = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i]!;
    while (/\s/.test(text[start] ?? '')) start++;
    sentences.push({ index: sentences.length, section: 0, paragraph: 0, span: { start, end: cuts[i + 1]! } });
  }
  const split = { ...doc, sentences };
  return resolveEvents(split, new ProvenanceBuilder(split)) as ReturnType<typeof run>;
}

describe('a remark after a dated occasion takes its date', () => {
  it('dates a remark of a speaker named before the verb', () => {
    const cases: [string, Spec, string][] = [
      [
        'The fisheries ministers met in Tromso on 4 March 2031. Anna Berg stressed that quotas must fall.',
        { dates: [['4 March 2031', '2031-03-04']], entities: [['Anna Berg', 'Anna Berg', 'person']] },
        '2031-03-04',
      ],
      [
        'The Chilean president visited Lima in October 2029. Pedro Soto, in turn, highlighted that the border was calm.',
        { dates: [['October 2029', '2029-10']], entities: [['Pedro Soto', 'Pedro Soto', 'person']] },
        '2029-10',
      ],
      [
        'On 2-3 May 2030 the two rail companies signed a pact on freight tariffs. Kari Lund noted that the tariffs were the lowest in Europe.',
        { dates: [['2-3 May 2030', '2030-05-02/2030-05-03']], entities: [['Kari Lund', 'Kari Lund', 'person']] },
        '2030-05-02/2030-05-03',
      ],
    ];
    for (const [text, spec, value] of cases) {
      const r = stated(run(text, spec));
      expect(r.length, text).toBe(1);
      expect(r[0]!.type, text).toBe('statement');
      expect(r[0]!.date, text).toMatchObject({ value, inferred: true });
    }
  });

  it('dates a remark whose speaker follows the quote or the passive verb', () => {
    const cases: [string, Spec, string, string][] = [
      [
        'In June 2028 Peru and Chile signed a treaty on water. "This is a good day," said Ana Ruiz, the foreign minister of Peru.',
        { dates: [['June 2028', '2028-06']], entities: [['Ana Ruiz', 'Ana Ruiz', 'person'], ['Peru', 'Peru', 'country']] },
        '2028-06',
        'said',
      ],
      [
        'The mayors of the two port cities met in Gdansk on 9 April 2027. "We share one sea," declared Jan Kowal, the mayor of Gdansk.',
        { dates: [['9 April 2027', '2027-04-09']], entities: [['Jan Kowal', 'Jan Kowal', 'person']] },
        '2027-04-09',
        'declared',
      ],
      [
        'The delegations of Ghana and Togo met in Accra on 12 May 2026. The formula was repeated verbatim by the Togolese foreign ministry.',
        { dates: [['12 May 2026', '2026-05-12']], entities: [['Ghana', 'Ghana', 'country'], ['Togo', 'Togo', 'country']] },
        '2026-05-12',
        'repeated',
      ],
    ];
    for (const [text, spec, value, verb] of cases) {
      const r = stated(runQuoted(text, spec));
      expect(r.length, text).toBe(1);
      expect(r[0]!.quote, text).toContain(verb);
      expect(r[0]!.date.value, text).toBe(value);
    }
  });

  it('dates a remark of a pronoun or role speaker', () => {
    const cases: [string, Spec, string][] = [
      ['The Danish premier visited Reykjavik on 5 August 2031. She said the visit was overdue.', { dates: [['5 August 2031', '2031-08-05']] }, '2031-08-05'],
      [
        'Mining ministers of Chile and Bolivia met in La Paz in February 2030. The Chilean minister warned that lithium prices were falling.',
        { dates: [['February 2030', '2030-02']], entities: [['Chile', 'Chile', 'country'], ['Bolivia', 'Bolivia', 'country']] },
        '2030-02',
      ],
      [
        'The presidents of Kenya and Uganda signed a pipeline accord on 30 June 2029. Both leaders said they would double trade.',
        { dates: [['30 June 2029', '2029-06-30']], entities: [['Kenya', 'Kenya', 'country'], ['Uganda', 'Uganda', 'country']] },
        '2029-06-30',
      ],
    ];
    for (const [text, spec, value] of cases) {
      const r = stated(run(text, spec));
      expect(r.length, text).toBe(1);
      expect(r[0]!.date.value, text).toBe(value);
    }
  });

  it('lets a dated remark date the reply of the next sentence', () => {
    const cases: [string, Spec, string][] = [
      [
        'The ministers met in Oslo on 3 May 2031. Anna Berg said the talks had gone well. Per Ode, in turn, stressed that much remained open.',
        { dates: [['3 May 2031', '2031-05-03']], entities: [['Anna Berg', 'Anna Berg', 'person'], ['Per Ode', 'Per Ode', 'person']] },
        '2031-05-03',
      ],
      [
        'The envoys of Fiji and Samoa met in Suva in March 2029. Fiji stressed the need for a fishing pact. Samoa, for its part, insisted on a ban on drift nets.',
        {
          dates: [['March 2029', '2029-03']],
          entities: [
            ['Fiji', 'Fiji', 'country'],
            ['Samoa', 'Samoa', 'country'],
            ['Fiji', 'Fiji', 'country'],
            ['Samoa', 'Samoa', 'country'],
          ],
        },
        '2029-03',
      ],
      [
        'Nepal and Bhutan signed a hydropower memorandum on 8 January 2030. The Nepali minister called it historic. Her Bhutanese counterpart noted that more would follow.',
        { dates: [['8 January 2030', '2030-01-08']] },
        '2030-01-08',
      ],
    ];
    for (const [text, spec, value] of cases) {
      const r = stated(run(text, spec));
      expect(r.length, text).toBe(2);
      expect(r.map((x) => x.date.value), text).toEqual([value, value]);
    }
  });

  it('dates a second remark of the same sentence with its own speaker', () => {
    const cases: [string, Spec][] = [
      [
        'The ministers met in Oslo on 3 May 2031. Anna Berg said the talks had gone well; Per Ode stressed that much remained open.',
        { dates: [['3 May 2031', '2031-05-03']], entities: [['Anna Berg', 'Anna Berg', 'person'], ['Per Ode', 'Per Ode', 'person']] },
      ],
      [
        'The envoys met in Suva on 2 March 2029. Fiji stressed the need for a pact, while Samoa insisted on a ban on drift nets.',
        { dates: [['2 March 2029', '2029-03-02']], entities: [['Fiji', 'Fiji', 'country'], ['Samoa', 'Samoa', 'country']] },
      ],
      [
        'The two ministries held talks in Lome on 12 May 2026. "Talks continued," emphasized the statement of the Ghana ministry (the line was repeated verbatim by the Togo ministry).',
        {
          dates: [['12 May 2026', '2026-05-12']],
          entities: [['Ghana ministry', 'Ministry of Foreign Affairs of Ghana', 'organization'], ['Togo ministry', 'Ministry of Foreign Affairs of Togo', 'organization']],
        },
      ],
    ];
    for (const [text, spec] of cases) {
      const r = stated(runQuoted(text, spec));
      expect(r.length, text).toBe(2);
      expect(new Set(r.map((x) => x.date.value)).size, text).toBe(1);
    }
  });
});

describe('limits of statement dating', () => {
  it('takes no planned occasion, bare year or decade as the source', () => {
    const cases: [string, Spec][] = [
      [
        'The ministers will meet in Oslo on 3 May 2031. Anna Berg stressed that quotas must fall.',
        { published: '2030-01-10', dates: [['3 May 2031', '2031-05-03']], entities: [['Anna Berg', 'Anna Berg', 'person']] },
      ],
      ['The two presidents met in Lima in 2019. Pedro Soto highlighted that the border was calm.', { dates: [['2019', '2019']], entities: [['Pedro Soto', 'Pedro Soto', 'person']] }],
      ['The two ports signed many deals in the 1990s. Kari Lund noted that the tariffs were low.', { dates: [['1990s', '1990/1999']], entities: [['Kari Lund', 'Kari Lund', 'person']] }],
    ];
    for (const [text, spec] of cases) expect(stated(run(text, spec)), text).toEqual([]);
  });

  it('dates no present stance, no plan and no remark told later', () => {
    const spec: Spec = { dates: [['4 March 2031', '2031-03-04']], entities: [['Anna Berg', 'Anna Berg', 'person']] };
    for (const second of ['Anna Berg says that quotas must fall.', 'Anna Berg will stress that quotas must fall.', 'Anna Berg later stressed that quotas must fall.']) {
      const text = `The fisheries ministers met in Tromso on 4 March 2031. ${second}`;
      expect(stated(run(text, spec)), text).toEqual([]);
    }
  });

  it('takes no occasion told in a background clause, and no remark that reports an earlier date', () => {
    const cases: [string, Spec][] = [
      [
        'The council, which met in Riga on 4 May 2019, has grown. Anna Berg stressed that fees must rise.',
        { dates: [['4 May 2019', '2019-05-04']], entities: [['Anna Berg', 'Anna Berg', 'person']] },
      ],
      [
        'The envoys met in Suva on 2 March 2029, a year after the storm of 14 January 2028. Fiji stressed the need for a pact.',
        {
          dates: [
            ['2 March 2029', '2029-03-02'],
            ['14 January 2028', '2028-01-14'],
          ],
          entities: [['Fiji', 'Fiji', 'country']],
        },
      ],
      [
        'The ministers met in Oslo on 3 May 2031. Anna Berg recalled that the quotas had been cut in 2020.',
        {
          dates: [
            ['3 May 2031', '2031-05-03'],
            ['2020', '2020'],
          ],
          entities: [['Anna Berg', 'Anna Berg', 'person']],
        },
      ],
    ];
    for (const [text, spec] of cases) expect(stated(run(text, spec)), text).toEqual([]);
  });

  it('does not reach into another paragraph or an item of a list', () => {
    const text = 'The fisheries ministers met in Tromso on 4 March 2031. Anna Berg stressed that quotas must fall.';
    const doc = makeDoc(text, { dates: [['4 March 2031', '2031-03-04']], entities: [['Anna Berg', 'Anna Berg', 'person']] });
    const split = { ...doc, sentences: doc.sentences.map((s, i) => ({ ...s, paragraph: i })) };
    const rows = resolveEvents(split, new ProvenanceBuilder(split));
    expect(stated(rows as ReturnType<typeof run>)).toEqual([]);
    // (the same two sentences in one paragraph: dated)
    expect(stated(run(text, { dates: [['4 March 2031', '2031-03-04']], entities: [['Anna Berg', 'Anna Berg', 'person']] })).length).toBe(1);
    // (an item of a list after a dated item: each item tells its own party's stance)
    for (const mark of ['-', '2.', '*']) {
      const listed = `${mark} The fisheries ministers met in Tromso on 4 March 2031.\n${mark} Anna Berg stressed that quotas must fall.`;
      const d = makeDoc(listed, { dates: [['4 March 2031', '2031-03-04']], entities: [['Anna Berg', 'Anna Berg', 'person']] });
      const cut = listed.indexOf('Anna');
      const first = listed.indexOf('The');
      const items = { ...d, sentences: [
        { index: 0, section: 0, paragraph: 0, span: { start: first, end: cut - mark.length - 2 } },
        { index: 1, section: 0, paragraph: 0, span: { start: cut, end: listed.length } },
      ] };
      expect(stated(resolveEvents(items, new ProvenanceBuilder(items)) as ReturnType<typeof run>), mark).toEqual([]);
    }
  });
});

describe('a judged occasion told a few sentences back', () => {
  it('dates "described the visit", "called the meeting" by the last such occasion', () => {
    const cases: [string, Spec, string][] = [
      [
        'The Chilean president visited Lima on 3-4 May 2030. Both capitals have grown fast. Their ports are busy. Pedro Soto described the visit as overdue.',
        { dates: [['3-4 May 2030', '2030-05-03/2030-05-04']], entities: [['Pedro Soto', 'Pedro Soto', 'person']] },
        '2030-05-03/2030-05-04',
      ],
      [
        'The fisheries ministers met in Tromso on 4 March 2031. The cod stock is small. Its decline is old. Anna Berg called the meeting a success.',
        { dates: [['4 March 2031', '2031-03-04']], entities: [['Anna Berg', 'Anna Berg', 'person']] },
        '2031-03-04',
      ],
      [
        'The Kenyan premier visited Kampala in June 2029. The border is long. Kari Lund described the trip as useful.',
        { dates: [['June 2029', '2029-06']], entities: [['Kari Lund', 'Kari Lund', 'person']] },
        '2029-06',
      ],
    ];
    for (const [text, spec, value] of cases) {
      const r = stated(run(text, spec));
      expect(r.length, text).toBe(1);
      expect(r[0]!.date.value, text).toBe(value);
    }
  });

  it('takes no planned occasion and none too far back', () => {
    const planned = 'The Chilean president will visit Lima on 3-4 May 2030. Both capitals have grown fast. Pedro Soto described the visit as overdue.';
    expect(stated(run(planned, { published: '2029-01-01', dates: [['3-4 May 2030', '2030-05-03/2030-05-04']], entities: [['Pedro Soto', 'Pedro Soto', 'person']] }))).toEqual([]);
    // (each sentence a paragraph of its own: two sentences back is near, ten is too far)
    const spread = (n: number) => {
      const text = `The Chilean president visited Lima on 3-4 May 2030. ${'The port is busy. '.repeat(n)}Pedro Soto described the visit as overdue.`;
      const doc = makeDoc(text, { dates: [['3-4 May 2030', '2030-05-03/2030-05-04']], entities: [['Pedro Soto', 'Pedro Soto', 'person']] });
      const split = { ...doc, sentences: doc.sentences.map((x, i) => ({ ...x, paragraph: i })) };
      return stated(resolveEvents(split, new ProvenanceBuilder(split)) as ReturnType<typeof run>);
    };
    expect(spread(2).map((x) => x.date.value)).toEqual(['2030-05-03/2030-05-04']);
    expect(spread(9)).toEqual([]);
  });
});

describe('a remark after a reference phrase', () => {
  it('leaves "At the same meeting, X stressed" to the reference pass', () => {
    const rows = run('The ministers met in Oslo on 3 May 2031. At the same meeting, Anna Berg stressed that quotas must fall.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [['Anna Berg', 'Anna Berg', 'person']],
    });
    expect(stated(rows)).toEqual([]);
    expect(rows.filter((r) => r.quote.includes('stressed')).map((r) => r.date.value)).toEqual(['2031-05-03']);
  });
});
