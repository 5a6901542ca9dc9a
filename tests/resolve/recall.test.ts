/**
 * Recall mechanisms of resolve/events.ts (dating): a date shared by two clauses, ... Examples
 * are the project's own sentences, on topics of their own.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { Sentence } from '../../src/core/types.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, run } from '../helpers/events-doc.js';

const summary = (rows: ReturnType<typeof run>) => rows.map((r) => [r.type, r.date.value, r.trigger]);

describe('one date for two clauses (events/shared-date)', () => {
  it('dates a coordinated clause with its own subject, a step coarser', () => {
    const rows = run('A truce was signed on 3 June 2019 by the two army chiefs, and the mountain passes were reopened.', {
      dates: [['3 June 2019', '2019-06-03']],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['agreement', '2019-06-03'],
      ['opening', '2019-06'],
    ]);
    expect(rows[1]!.date.inferred).toBe(true);
    expect(rows[1]!.quote).toBe('the mountain passes were reopened');
  });

  it('dates a passive predicate of a coordinated clause past a short parenthesis', () => {
    const rows = run('The cabinet resigned on 2 March 2020 after a vote of the assembly (NA), and a caretaker government was formed.', {
      dates: [['2 March 2020', '2020-03-02']],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toContainEqual(['establishment', '2020-03']);
  });

  it('dates a month-dated clause and its coordinated neighbour to the year', () => {
    const rows = run('The lenders approved the loan in May 2018, and the harbour board launched the tender.', {
      dates: [['May 2018', '2018-05']],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2018-05', '2018']);
  });

  it('does not date a coordinated clause that is only planned', () => {
    const rows = run('The bridge opened in May 2018, and the old ferry will be closed.', { dates: [['May 2018', '2018-05']] });
    expect(rows.map((r) => r.date.value)).toEqual(['2018-05']);
  });

  it('does not date a coordinated clause that has a date of its own', () => {
    const rows = run('The plant opened in 2015, and output was expanded in 2019.', {
      dates: [
        ['2015', '2015'],
        ['2019', '2019'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2015', '2019']);
  });

  it('does not carry a date inside an after-phrase to a later clause when the sentence has a date of its own', () => {
    const rows = run('In late 2021, after the fall of the capital in August, the agenda shifted, and the working groups met by video.', {
      dates: [
        ['late 2021', '2021'],
        ['August', '2021-08'],
      ],
    });
    expect(rows.filter((r) => r.rule.includes('events/shared-date'))).toEqual([]);
  });

  it('dates both the noun of a fronted after-phrase and the clause it modifies', () => {
    const rows = run('After the floods in Sindh in August 2022, the two governments agreed to pool relief funds.', {
      dates: [['August 2022', '2022-08']],
    });
    expect(summary(rows).sort()).toEqual([
      ['agreement', '2022', 'agreed'],
      ['other', '2022-08', 'floods'],
    ]);
  });

  it('dates the noun of an after-phrase after the clause it modifies', () => {
    const rows = run('Ties with the lender cooled sharply after the explosion at the depot in March 2019.', {
      dates: [['March 2019', '2019-03']],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toContainEqual(['other', '2019-03']);
  });

  it('leaves a meeting and its signing on the same date, as before', () => {
    const rows = run('After talks in Riga in May 2019, the ministers signed a deal on fishing.', { dates: [['May 2019', '2019-05']] });
    expect(rows.map((r) => [r.type, r.date.value]).sort()).toEqual([
      ['agreement', '2019-05'],
      ['meeting', '2019-05'],
    ]);
    expect(rows.filter((r) => r.rule.includes('events/shared-date'))).toEqual([]);
  });

  it('does not read a plain prepositional date as an after-phrase', () => {
    const rows = run('During the floods in Sindh in August 2022, the two governments agreed to pool relief funds.', {
      dates: [['August 2022', '2022-08']],
    });
    expect(rows.filter((r) => r.rule.includes('events/shared-date'))).toEqual([]);
  });
});

describe('a reaction to a happening just told (events/reaction)', () => {
  it('dates a judgement of "the decision" by the happening of the sentence before', () => {
    const rows = run('The ninth congress met in Vilnius on 4 May 2019, when Estonia joined as a full member. Prime Minister Anna Berg called the decision a turning point.', {
      dates: [['4 May 2019', '2019-05-04']],
      entities: [
        ['Estonia', 'Estonia', 'country'],
        ['Anna Berg', 'Anna Berg', 'person'],
      ],
    });
    const reaction = rows.find((r) => r.rule.includes('events/reaction'));
    expect(reaction).toMatchObject({ type: 'statement', quote: 'Anna Berg called the decision' });
    expect(reaction!.date).toMatchObject({ value: '2019-05-04', inferred: true });
  });

  it('dates a country\'s remark on "the drilling" before a year that only names a document', () => {
    const rows = run('Drilling on the Danish side began in 2012 and caused anger. Norway said the drilling broke a 1998 accord.', {
      dates: [
        ['2012', '2012'],
        ['1998', '1998'],
      ],
      entities: [['Norway', 'Norway', 'country']],
    });
    expect(rows.filter((r) => r.rule.includes('events/reaction')).map((r) => r.date.value)).toEqual(['2012']);
  });

  it('dates a remark on "it" by the signing before', () => {
    const rows = run('The two ports signed a pilot deal on 21 January 2021. The Dutch foreign ministry welcomed it at once.', {
      dates: [['21 January 2021', '2021-01-21']],
      entities: [['Dutch foreign ministry', 'Ministry of Foreign Affairs of the Netherlands', 'organization']],
    });
    expect(rows.filter((r) => r.rule.includes('events/reaction')).map((r) => r.date.value)).toEqual(['2021-01-21']);
  });

  it('does not date a remark with no named speaker', () => {
    const rows = run('The ninth congress met in Vilnius on 4 May 2019. Local farmers called the decision a mistake.', { dates: [['4 May 2019', '2019-05-04']] });
    expect(rows.filter((r) => r.rule.includes('events/reaction'))).toEqual([]);
  });

  it('does not date a remark that looks ahead to a date of its own', () => {
    const rows = run('The ninth congress met in Vilnius on 4 May 2019. Anna Berg said the decision would take effect in 2021.', {
      dates: [
        ['4 May 2019', '2019-05-04'],
        ['2021', '2021'],
      ],
      entities: [['Anna Berg', 'Anna Berg', 'person']],
    });
    expect(rows.filter((r) => r.rule.includes('events/reaction'))).toEqual([]);
  });

  it('does not reach past the sentence right before', () => {
    const rows = run('The ninth congress met in Vilnius on 4 May 2019. The weather was cold. Anna Berg called the decision a turning point.', {
      dates: [['4 May 2019', '2019-05-04']],
      entities: [['Anna Berg', 'Anna Berg', 'person']],
    });
    expect(rows.filter((r) => r.rule.includes('events/reaction'))).toEqual([]);
  });
});

describe('an offset date that tells a day of its own', () => {
  it('dates a happening "a week earlier" than another date of the sentence', () => {
    const rows = run('Jan Novak, who became prime minister on 19 March 2022 after winning a snap election a week earlier, kept the old cabinet.', {
      dates: [
        ['19 March 2022', '2022-03-19'],
        ['a week earlier', '2022-03-12'],
      ],
    });
    expect(rows.map((r) => r.date.value).sort()).toEqual(['2022-03-12', '2022-03-19']);
  });

  it('dates a blast "three days earlier" than a shutdown', () => {
    const rows = run('The pipeline was shut on 9 May 2018 after a blast three days earlier.', {
      dates: [
        ['9 May 2018', '2018-05-09'],
        ['three days earlier', '2018-05-06'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toContain('2018-05-06');
  });

  it('dates a second clause "two weeks later" than the first', () => {
    const rows = run('The cabinet resigned on 2 March 2020 and a new one was formed two weeks later.', {
      dates: [
        ['2 March 2020', '2020-03-02'],
        ['two weeks later', '2020-03-16'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2020-03-02', '2020-03-16']);
  });

  it('still drops an offset that only restates another date of the sentence', () => {
    const rows = run('The port reopened on 3 May 1990, ten years after work began in May 1980.', {
      dates: [
        ['3 May 1990', '1990-05-03'],
        ['ten years after', '1980'],
        ['May 1980', '1980-05'],
      ],
    });
    expect(rows.map((r) => r.date.value)).not.toContain('1980');
  });
});

describe('the level a change is measured from ("up from X in YEAR")', () => {
  const spec = (pairs: [string, string][]) => ({ dates: pairs });
  it('does not date a change by the year of its starting level', () => {
    const rows = run('Trade among the members reached roughly $47bn in 2023, up from $38.6bn in 2021.', spec([
      ['2023', '2023'],
      ['2021', '2021'],
    ]));
    expect(rows.map((r) => r.date.value)).toEqual(['2023']);
  });

  it('does not date a change by "a year earlier" after its starting level', () => {
    const rows = run('Turnover with Norway reached $47.3 million in 2023, down from $59.8 million a year earlier.', spec([
      ['2023', '2023'],
      ['a year earlier', '2022'],
    ]));
    expect(rows.map((r) => r.date.value)).toEqual(['2023']);
  });

  it('keeps a date of its own after a starting level', () => {
    const rows = run('Freight rose to 3 million tonnes in 2022, up from 1.2 million tonnes in 2019, and the port opened a terminal in 2020.', spec([
      ['2022', '2022'],
      ['2019', '2019'],
      ['2020', '2020'],
    ]));
    expect(rows.map((r) => r.date.value)).toEqual(['2022', '2020']);
  });

  it('keeps a range told with "from ... to"', () => {
    const rows = run('Exports rose from $7.4 million in 2019 to $71 million in 2023.', spec([
      ['2019', '2019'],
      ['2023', '2023'],
    ]));
    expect(rows.map((r) => r.date.value)).toEqual(['2019/2023']);
  });
});

describe('a parenthesised list of places and dates after its happening (events/paren-list)', () => {
  it('gives every item of a ";" list the happening before the parenthesis', () => {
    const rows = run('Several rounds of talks followed (Riga, 9 February 2022; Tallinn, 17 May 2022; Vilnius, 3 October 2022), and the ministers met again in 2023.', {
      dates: [
        ['9 February 2022', '2022-02-09'],
        ['17 May 2022', '2022-05-17'],
        ['3 October 2022', '2022-10-03'],
        ['2023', '2023'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['meeting', '2022-02-09'],
      ['meeting', '2022-05-17'],
      ['meeting', '2022-10-03'],
      ['meeting', '2023'],
    ]);
    expect(new Set(rows.slice(0, 3).map((r) => r.trigger)).size).toBe(1);
    expect(rows.slice(1, 3).every((r) => r.rule.includes('events/paren-list'))).toBe(true);
    expect(rows.find((r) => r.date.value === '2022-05-17')!.quote).toBe('Tallinn, 17 May 2022');
  });

  it('lets what follows the parenthesis take its last item too', () => {
    const rows = run('Several rounds of talks followed (Riga, 9 February 2022; Tallinn, 17 May 2022; Vilnius, 3 October 2022), although only the last produced a signed protocol.', {
      dates: [
        ['9 February 2022', '2022-02-09'],
        ['17 May 2022', '2022-05-17'],
        ['3 October 2022', '2022-10-03'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['meeting', '2022-02-09'],
      ['meeting', '2022-05-17'],
      ['meeting', '2022-10-03'],
      ['agreement', '2022-10-03'],
    ]);
  });

  it('splits a "," list of "to X in DATE" items', () => {
    const rows = run('The envoy made three visits (to Riga in May 2022, to Oslo in June 2022, to Bergen in July 2022).', {
      dates: [
        ['May 2022', '2022-05'],
        ['June 2022', '2022-06'],
        ['July 2022', '2022-07'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['visit', '2022-05'],
      ['visit', '2022-06'],
      ['visit', '2022-07'],
    ]);
  });

  it('does not read a parenthesis of clauses with happenings of their own as a list', () => {
    const rows = run('The plant (opened in 2015, expanded in 2019) employs 300 people.', {
      dates: [
        ['2015', '2015'],
        ['2019', '2019'],
      ],
    });
    expect(rows.filter((r) => r.rule.includes('events/paren-list'))).toEqual([]);
  });
});

describe('page furniture of a paged text without form feeds', () => {
  /** A doc whose sentences also end at blank lines, as the segmenter cuts a paged text. */
  const paged = (text: string, dates: [string, string][]) => {
    const doc = makeDoc(text, { dates });
    const sentences: Sentence[] = [];
    let at = 0;
    for (const block of text.split(/(\n\s*\n)/)) {
      if (/^\s*$/.test(block)) {
        at += block.length;
        continue;
      }
      const parts = block.split(/(?<=[.!?])\s+(?=[A-Z])/);
      let p = at;
      for (const part of parts) {
        const start = text.indexOf(part, p);
        sentences.push({ index: sentences.length, section: 0, paragraph: 0, span: { start, end: start + part.length } });
        p = start + part.length;
      }
      at += block.length;
    }
    const d = { ...doc, sentences };
    return resolveEvents(d, new ProvenanceBuilder(d), {});
  };
  const HEAD = 'NORDIC NOTES   Brief 4/2031   May 2031';

  it('runs a sentence cut by a page break on into its next page', () => {
    const text = `${HEAD}\n\nThe dispute stayed frozen. In 2009\n\n1\n\n${HEAD}\n\nthe envoy signed a protocol with Latvia.\n`;
    const rows = paged(text, [
      ['May 2031', '2031-05'],
      ['2009', '2009'],
      ['May 2031', '2031-05'],
    ]);
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([['agreement', '2009']]);
  });

  it('dates nothing by the masthead that heads each page', () => {
    const text = `${HEAD}\n\nThe two states agreed on a plan in 2029, which\n\n2\n\n${HEAD}\n\nset up a joint fund.\n`;
    const rows = paged(text, [
      ['May 2031', '2031-05'],
      ['2029', '2029'],
      ['May 2031', '2031-05'],
    ]);
    expect(rows.map((r) => r.date.value)).not.toContain('2031-05');
  });

  it('does not join a sentence that closed before the page break', () => {
    const text = `${HEAD}\n\nThe envoy signed a protocol in 2009.\n\n1\n\n${HEAD}\n\nThe ministers met again.\n`;
    const rows = paged(text, [
      ['May 2031', '2031-05'],
      ['2009', '2009'],
      ['May 2031', '2031-05'],
    ]);
    expect(rows.filter((r) => r.trigger === 'met')).toEqual([]);
  });

  it('keeps a first line that does not come back as furniture', () => {
    const text = 'Brief 4/2031: a plan for May 2031\n\nThe ministers met in Riga in May 2031.\n';
    const rows = paged(text, [
      ['May 2031', '2031-05'],
      ['May 2031', '2031-05'],
    ]);
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([['meeting', '2031-05']]);
  });
});

describe('the words of a second predicate past the date and ", and"', () => {
  it('gives "and agreed ..." its own words, apart from the meeting before the date', () => {
    const rows = run('The envoys met rebel leaders in Oslo in May 2030 to discuss the route, and agreed to set up a joint board.', {
      dates: [['May 2030', '2030-05']],
    });
    expect(rows.map((r) => [r.type, r.quote]).sort()).toEqual([
      ['agreement', 'and agreed to set up a joint'],
      ['meeting', 'met rebel leaders in Oslo in May 2030'],
    ]);
  });

  it('gives "and signed ..." its own words after a dated meeting', () => {
    const rows = run('The ministers met in Riga on 2 May 2030 to review the plan, and signed a memorandum on fisheries.', {
      dates: [['2 May 2030', '2030-05-02']],
    });
    expect(rows.find((r) => r.type === 'agreement')!.quote).toBe('and signed a memorandum on fisheries');
  });

  it('keeps the date in the words of a predicate with nothing told before the date', () => {
    const rows = run('On 2 May 2030, after long talks, the ministers signed a memorandum on fisheries.', {
      dates: [['2 May 2030', '2030-05-02']],
    });
    expect(rows.find((r) => r.type === 'agreement')!.quote).toContain('2 May 2030');
  });
});
