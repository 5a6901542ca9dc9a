import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { EntityKind, EntityMention } from '../../src/core/types.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, run } from '../helpers/events-doc.js';

describe('resolveEvents', () => {
  it('gives one event per dated happening: two dates in one sentence, two events', () => {
    const text = 'Diplomatic relations were established on 5 May 1993, and the first summit was held in Minsk in 1997.';
    const rows = run(text, {
      dates: [
        ['5 May 1993', '1993-05-05'],
        ['1997', '1997'],
      ],
      entities: [['Minsk', 'Minsk', 'city']],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['diplomatic', '1993-05-05'],
      ['meeting', '1997'],
    ]);
    expect(rows[1]!.where).toBe('Minsk');
    for (const r of rows) expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
    expect(rows[0]!.quote).toContain('5 May 1993');
    expect(rows[1]!.quote).toContain('1997');
  });

  it('gives one event per parenthesis list item, each with its own actor', () => {
    const text = 'The president made visits to Estonia (April 2023), Latvia (October 2022) and Lithuania (May 2021).';
    const rows = run(text, {
      dates: [
        ['April 2023', '2023-04'],
        ['October 2022', '2022-10'],
        ['May 2021', '2021-05'],
      ],
      entities: [
        ['Estonia', 'Estonia', 'country'],
        ['Latvia', 'Latvia', 'country'],
        ['Lithuania', 'Lithuania', 'country'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value, r.actors])).toEqual([
      ['visit', '2023-04', ['Estonia']],
      ['visit', '2022-10', ['Latvia']],
      ['visit', '2021-05', ['Lithuania']],
    ]);
  });

  it('dates "During the visit" by the last visit, inferred', () => {
    const text =
      'The premier of Ruritania visited Tashkent in March 2004. In the course of that trip, seven papers on fishing were signed. Trade grew later.';
    const rows = run(text, {
      dates: [['March 2004', '2004-03']],
      entities: [
        ['Ruritania', 'Ruritania', 'country'],
        ['Tashkent', 'Tashkent', 'city'],
      ],
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ type: 'visit', where: 'Tashkent', date: { value: '2004-03', inferred: false } });
    expect(rows[0]!.actors).toEqual(['Ruritania', 'Uzbekistan']);
    expect(rows[1]).toMatchObject({ type: 'agreement', trigger: 'signed', date: { value: '2004-03', inferred: true } });
  });

  it('gives no event for an undated happening', () => {
    const rows = run('The two countries signed a treaty on friendship. The ministers met in Baku.', {
      entities: [['Baku', 'Baku', 'city']],
    });
    expect(rows).toEqual([]);
  });

  it('gives no event for a date without a trigger', () => {
    expect(run('The report is dated 5 September 2022.', { dates: [['5 September 2022', '2022-09-05']] })).toEqual([]);
  });

  it('marks plans and future targets as planned', () => {
    const rows = run('The new bridge is due to be brought into service in 2031.', {
      dates: [['2031', '2031']],
      published: '2022-09-05',
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'opening', planned: true, trigger: 'brought into service' });
    const past = run('The bridge was brought into service in 2019.', { dates: [['2019', '2019']], published: '2022-09-05' });
    expect(past[0]).toMatchObject({ planned: false });
  });

  it('finds where: "visit of X to Y" gives Y, "in Baku" gives Baku', () => {
    const a = run('The visit of the Czech president Jan Novak to Portugal on 3-4 May 1998 was short.', {
      dates: [['3-4 May 1998', '1998-05-03/1998-05-04']],
      entities: [
        ['Czech', 'Czechia', 'country'],
        ['Jan Novak', 'Jan Novak', 'person'],
        ['Portugal', 'Portugal', 'country'],
      ],
    });
    expect(a[0]).toMatchObject({ type: 'visit', where: 'Portugal' });
    expect(a[0]!.actors.sort()).toEqual(['Czechia', 'Jan Novak', 'Portugal']);
    const b = run('The treaty was signed in 2011 in Baku by both ministers.', {
      dates: [['2011', '2011']],
      entities: [['Baku', 'Baku', 'city']],
    });
    expect(b[0]).toMatchObject({ type: 'agreement', where: 'Baku', date: { value: '2011' } });
    expect(b[0]!.actors).toEqual(['Azerbaijan']);
  });

  it('gives dated background as an event', () => {
    const rows = run('Long before the fishing quarrels, the Union of Kalmar broke apart amid the collapse of 1523.', {
      dates: [['1523', '1523']],
      entities: [['Union of Kalmar', 'Union of Kalmar', 'country']],
    });
    expect(rows[0]).toMatchObject({ type: 'political', date: { value: '1523' }, actors: ['Union of Kalmar'] });
  });

  it('does not take a duration as an event date', () => {
    const text = 'The talks lasted three days.';
    const doc = makeDoc(text, {});
    const s = text.indexOf('three days');
    doc.mentions.push({ kind: 'date', span: { start: s, end: s + 10 }, text: 'three days', ruleId: 'dates/d', timexType: 'DURATION', timexValue: 'P3D', date: null });
    expect(resolveEvents(doc, new ProvenanceBuilder(doc))).toEqual([]);
  });

  it('pairs "respectively": the k-th date with the k-th name', () => {
    const rows = run('Estonia and Latvia signed pacts with Finland on 3 March and 9 May 1939 respectively.', {
      dates: [
        ['3 March', '1939-03-03'],
        ['9 May 1939', '1939-05-09'],
      ],
      entities: [
        ['Estonia', 'Estonia', 'country'],
        ['Latvia', 'Latvia', 'country'],
        ['Finland', 'Finland', 'country'],
      ],
    });
    expect(rows.map((r) => [r.date.value, r.actors.sort()])).toEqual([
      ['1939-03-03', ['Estonia', 'Finland']],
      ['1939-05-09', ['Finland', 'Latvia']],
    ]);
  });

  it('dates only statements by a citation date, and not sums invested', () => {
    const rows = run(
      'Dutch firms invested $40 million in 1987. The harbour master told reporters that the quay is full (harbour.ee, 2 March). Herring catches fell (harbour.ee, 3 March).',
      {
        dates: [
          ['1987', '1987'],
          ['2 March', '1988-03-02'],
          ['3 March', '1988-03-03'],
        ],
      },
    );
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([['statement', '1988-03-02']]);
  });

  it('gives a dated change of trade an economic event covering its figure; a volume handled is only a figure', () => {
    const text = 'In 1961 the river port handled 3 million tonnes of ore, and grain exports via the canal rose by 12 percent.';
    const rows = run(text, {
      dates: [['1961', '1961']],
      figures: [
        ['3 million tonnes', 3e6, 't'],
        ['12 percent', 12, 'percent'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([['economic', '1961']]);
    expect(rows[0]!.quote).toContain('exports via the canal rose by 12 percent');
    expect(rows[0]!.trigger).not.toBe('handled');
  });

  it('reads a change from one date to another as one interval, and "since" up to the time of writing', () => {
    const a = run('Coal shipments fell from 9 million tonnes in 1971 to 4 million tonnes in 1975.', {
      dates: [
        ['1971', '1971'],
        ['1975', '1975'],
      ],
    });
    expect(a.map((r) => [r.type, r.date.value])).toEqual([['economic', '1971/1975']]);
    const b = run('Timber trade with the islands has doubled since 1982.', { dates: [['1982', '1982']], published: '1990-05-01' });
    expect(b.map((r) => [r.type, r.date.value, r.date.inferred])).toEqual([['economic', '1982/1990', true]]);
  });

  it('does not date a happening by the baseline of a comparison', () => {
    const rows = run('Ferry traffic reached 80,000 cars in 1995, up 10 percent from 1994.', {
      dates: [
        ['1995', '1995'],
        ['1994', '1994'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['1995']);
  });

  it('does not let a document named in passing type the event', () => {
    const a = run('Since 1977 the line has shipped Swedish ore to the coast under a transit agreement.', { dates: [['1977', '1977']] });
    expect(a.map((r) => r.type)).not.toContain('agreement');
    const b = run('Several critics of the treaty were arrested in May 1921.', { dates: [['May 1921', '1921-05']] });
    expect(b.map((r) => r.type)).toEqual(['political']);
  });

  it('gives two predicates of one subject on one date two events', () => {
    const rows = run('The premiers met in Turku on 4 May 1951 and adopted a charter on fisheries.', {
      dates: [['4 May 1951', '1951-05-04']],
      entities: [['Turku', 'Turku', 'city']],
    });
    expect(rows.map((r) => r.type).sort()).toEqual(['agreement', 'meeting']);
  });

  it('dates the happenings before a reference phrase by the event referred to, not by a later relative clause', () => {
    const rows = run(
      'The king of Ruritania paid a state visit to Riga in June 1930. During the visit the two sides signed four accords and reopened a ferry route that had been closed since 1919.',
      { dates: [['June 1930', '1930-06'], ['1919', '1919']], entities: [['Ruritania', 'Ruritania', 'country']] },
    );
    expect(rows.map((r) => [r.type, r.date.value]).sort()).toEqual([
      ['agreement', '1930-06'],
      ['opening', '1930-06'],
      ['other', '1919'],
      ['visit', '1930-06'],
    ]);
  });

  it('ignores negated happenings and programme periods', () => {
    expect(run('The 1964 summit ended without any accord.', { dates: [['1964', '1964']] }).map((r) => r.type)).toEqual(['meeting']);
    expect(run('They adopted a programme of cooperation for 2030-2035.', { dates: [['2030-2035', '2030/2035']] })).toEqual([]);
  });

  it('gives "since then" the span from the event before to the time of writing', () => {
    const rows = run('In 1950 the premier toured Riga, and since then she has made several further visits.', {
      dates: [['1950', '1950']],
      published: '1962',
    });
    expect(rows.map((r) => [r.type, r.date.value, r.date.inferred])).toEqual([
      ['visit', '1950', false],
      ['visit', '1950/1962', true],
    ]);
  });

  it('dates a "Thereafter" sentence by the year of the event before, and named documents of a package', () => {
    const rows = run(
      'The two crowns signed a dozen papers on 8 August 1905, among them the Treaty of Perpetual Peace. Thereafter, their envoys signed a note on fishing.',
      { dates: [['8 August 1905', '1905-08-08']] },
    );
    expect(rows.map((r) => [r.type, r.trigger, r.date.value, r.date.inferred])).toEqual([
      ['agreement', 'signed', '1905-08-08', false],
      ['agreement', 'Treaty', '1905-08-08', true],
      ['agreement', 'signed', '1905', true],
    ]);
  });
});


describe('resolveEvents references', () => {
  it('gives "following talks" during a visit a meeting and the statement made after it', () => {
    const rows = run(
      'The president of Ruritania paid a state visit to Baku on 4 May 2019. After talks with the king she told the press in a short address that fishing rights were secure.',
      { dates: [['4 May 2019', '2019-05-04']], entities: [['Ruritania', 'Ruritania', 'country'], ['Baku', 'Baku', 'city']] },
    );
    expect(rows.map((r) => [r.type, r.date.value, r.date.inferred])).toEqual([
      ['visit', '2019-05-04', false],
      ['meeting', '2019-05-04', true],
      ['statement', '2019-05-04', true],
    ]);
  });

  it('does not refer back across a named event or too far', () => {
    const rows = run('The treaty was signed in 2001. After the Great Northern War, trade was signed off by the ministers.', {
      dates: [['2001', '2001']],
    });
    expect(rows).toHaveLength(1);
  });

  it('dates a reference to a crisis by the last conflict or upheaval', () => {
    const rows = run('The 1848 revolution toppled the cabinet. Amid the crisis, two neighbours dispatched envoys to the capital.', {
      dates: [['1848', '1848']],
    });
    expect(rows.map((r) => [r.type, r.date.value, r.date.inferred])).toEqual([
      ['political', '1848', false],
      ['visit', '1848', true],
    ]);
  });
});

describe('resolveEvents actors', () => {
  it('adds a person\'s country, except for an official of a body named before them', () => {
    const countries = { countryOf: (n: string) => ({ 'Jan Novak': 'Czechia', 'Eva Berg': 'Sweden' } as Record<string, string>)[n] ?? null };
    const text = 'In May 2015, Jan Novak visited Riga. In June 2016, EU Commissioner Eva Berg visited Riga.';
    const doc = makeDoc(text, {
      dates: [
        ['May 2015', '2015-05'],
        ['June 2016', '2016-06'],
      ],
      entities: [
        ['Jan Novak', 'Jan Novak', 'person'],
        ['Eva Berg', 'Eva Berg', 'person'],
      ],
    });
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), countries);
    expect(rows.map((r) => r.actors)).toEqual([['Jan Novak', 'Czechia'], ['Eva Berg']]);
  });
});

describe('resolveEvents parentheses', () => {
  it('keeps a trigger inside a parenthesis with its own date away from the date outside', () => {
    const rows = run('The year 2020 mattered for the two states (diplomatic relations were established on 9 March 1993).', {
      dates: [
        ['2020', '2020'],
        ['9 March 1993', '1993-03-09'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([['diplomatic', '1993-03-09']]);
  });
});

describe('resolveEvents on arbitrary input', () => {
  it('never throws and gives spans inside the source with their quotes', () => {
    const words = ['visited', 'signed', 'Baku', 'in', '2005', '(', ')', ',', 'and', 'the', 'visit', 'During', 'said', 'that', '.', 'Ruritania', 'May 2001', 'talks'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.string({ maxLength: 20 }), (ws, noise) => {
        const text = ws.join(' ') + noise;
        const dates: [string, string][] = [];
        if (text.includes('2005')) dates.push(['2005', '2005']);
        if (text.includes('May 2001')) dates.push(['May 2001', '2001-05']);
        const entities: [string, string, EntityKind][] = [];
        if (text.includes('Baku')) entities.push(['Baku', 'Baku', 'city']);
        if (text.includes('Ruritania')) entities.push(['Ruritania', 'Ruritania', 'country']);
        const rows = run(text, { dates, entities, published: '2010' });
        for (const r of rows) {
          expect(r.span.start).toBeGreaterThanOrEqual(0);
          expect(r.span.end).toBeLessThanOrEqual(text.length);
          expect(r.span.start).toBeLessThanOrEqual(r.span.end);
          expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
          expect(r.date.value.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('drops words inside a long quotation and keeps a list item its own place', () => {
    const quoted = run('“We will hold free elections soon,” the president said in May 2001.', { dates: [['May 2001', '2001-05']] });
    expect(quoted.map((r) => r.type)).toEqual(['statement']);
    const items = run('The minister made working visits to Riga (May 2001) and Tallinn (June 2005).', {
      dates: [
        ['May 2001', '2001-05'],
        ['June 2005', '2005-06'],
      ],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Tallinn', 'Tallinn', 'city'],
      ],
    });
    expect(items.map((r) => [r.date.value, r.where])).toEqual([
      ['2001-05', 'Riga'],
      ['2005-06', 'Tallinn'],
    ]);
  });
});


describe('resolveEvents actor context', () => {
  it('takes the parties of the sentence before, in one paragraph, when none is named', () => {
    const text = 'Norway and Sweden built the ore railway together. Its northern half was completed in 1902.';
    const doc = makeDoc(text, {
      dates: [['1902', '1902']],
      entities: [
        ['Norway', 'Norway', 'country'],
        ['Sweden', 'Sweden', 'country'],
      ],
    });
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), {});
    expect(rows.map((r) => [r.type, r.actors])).toEqual([['opening', ['Norway', 'Sweden']]]);
  });

  it('does not take a demonym marked as a modifier for a party', () => {
    const text = 'The line from the Finnish border to Narvik was opened in 1903.';
    const doc = makeDoc(text, { dates: [['1903', '1903']], entities: [['Finnish', 'Finland', 'country']] });
    const e = doc.mentions.find((m) => m.kind === 'entity') as EntityMention & { role?: string };
    const plain = resolveEvents(doc, new ProvenanceBuilder(doc), {});
    expect(plain[0]!.actors).toEqual(['Finland']);
    e.role = 'modifier';
    const marked = resolveEvents(doc, new ProvenanceBuilder(doc), {});
    expect(marked[0]!.actors).toEqual([]);
  });
});

describe('resolveEvents offset dates', () => {
  it('drops "N years after" when it restates another date of the sentence', () => {
    const rows = run('The canal was opened on 3 May 1990, ten years after digging began in May 1980.', {
      dates: [
        ['3 May 1990', '1990-05-03'],
        ['ten years after', '1990'],
        ['May 1980', '1980-05'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['opening', '1990-05-03'],
      ['other', '1980-05'],
    ]);
  });
});

describe('resolveEvents counted happenings', () => {
  it('dates happenings counted since a year from that year to the time of writing', () => {
    const text = 'Since 1955, Norway has sent nine trade missions to Reykjavik.';
    const doc = makeDoc(text, { dates: [['1955', '1955']], published: '1970' });
    const s = text.indexOf('nine trade missions');
    doc.mentions.push({ kind: 'figure', span: { start: s, end: s + 19 }, text: 'nine trade missions', ruleId: 'figures/test', value: 9, unit: 'count', approx: null, measure: null, date: null, entities: [] });
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), {});
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([['visit', '1955/1970']]);
  });
});

describe('resolveEvents second predicate dated by an offset', () => {
  it('gives "and withdrawn N later" its own event, the first predicate the first date', () => {
    const cases: [string, string, string, string, string][] = [
      ['Peacekeepers were deployed on 6 May 2031 and withdrawn less than two weeks later.', '6 May 2031', '2031-05-06', 'less than two weeks later', '2031-05'],
      ['The embassy was closed on 2 June 2011 and reopened two weeks later.', '2 June 2011', '2011-06-02', 'two weeks later', '2011-06-16'],
      ['The treaty was signed on 4 March 2014 and ratified about ten days later.', '4 March 2014', '2014-03-04', 'about ten days later', '2014-03'],
    ];
    for (const [text, d1, v1, d2, v2] of cases) {
      const rows = run(text, { dates: [[d1, v1], [d2, v2]] });
      expect(rows.map((r) => r.date.value)).toEqual([v1, v2]);
      expect(rows[1]!.quote).toContain(d2);
      expect(rows[0]!.quote).not.toContain(d2);
    }
  });

  it('still drops an offset that only restates the date before it', () => {
    const rows = run('The bridge was opened on 3 May 1990, ten years after the plan.', {
      dates: [
        ['3 May 1990', '1990-05-03'],
        ['ten years after', '1990'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['1990-05-03']);
  });
});

describe('resolveEvents joined clause on a referred occasion', () => {
  it('dates a clause of other doers joined by ", and the X agreed" on the same occasion', () => {
    const cases = [
      'The premier visited Riga on 4 May 2019. During that visit he signed a memorandum on ports, and the two ministries agreed that a ferry would run weekly.',
      'Ministers met in Oslo on 2 June 2021. At the meeting they adopted a charter, and the central banks signed a swap line.',
      'The king visited Lima on 8 March 2010. During the visit he signed a loan deal, and the finance ministers agreed a repayment plan.',
    ];
    for (const text of cases) {
      const date = /\d+ \w+ \d{4}/.exec(text)![0];
      const rows = run(text, { dates: [[date, '2000']] });
      expect(rows.filter((r) => r.type === 'agreement')).toHaveLength(2);
    }
  });

  it('does not split one predicate list or a subordinate clause', () => {
    const rows = run('The premier visited Riga on 4 May 2019. During that visit he signed a memorandum that the ministries agreed on.', {
      dates: [['4 May 2019', '2019-05-04']],
    });
    expect(rows.filter((r) => r.type === 'agreement')).toHaveLength(1);
  });
});

describe('resolveEvents vague date restated by a participle', () => {
  const SPANS: Record<string, [string, string]> = { '2022-FA': ['2022-09-01', '2022-11-30'], '2019-FA': ['2019-09-01', '2019-11-30'], '2019-WI': ['2019-12-01', '2020-02-29'] };
  function relRun(text: string, vague: [string, string], fine: [string, string]) {
    const doc = makeDoc(text, { dates: [vague, fine] });
    for (const m of doc.mentions) {
      if (m.kind !== 'date' || m.text !== vague[0]) continue;
      m.ruleId = 'dates/relative/season-anaphor';
      const span = SPANS[vague[1]];
      if (span) m.date = { value: vague[1], start: span[0], end: span[1], granularity: 'season', inferred: true };
    }
    return resolveEvents(doc, new ProvenanceBuilder(doc), { countryOf: () => null });
  }

  it('dates the happening by the finer date after ", arriving in X on"', () => {
    const cases: [string, [string, string], [string, string]][] = [
      ['The premier returned the visit that autumn, arriving in Oslo on 12-13 October 2022 for talks.', ['that autumn', '2022-FA'], ['12-13 October 2022', '2022-10-12/2022-10-13']],
      ['The envoy visited again later that year, landing in Lima on 4 November 2015.', ['later that year', '2015'], ['4 November 2015', '2015-11-04']],
      ['The fleet was handed over that winter, docking at Riga on 2 December 2019.', ['that winter', '2019-WI'], ['2 December 2019', '2019-12-02']],
    ];
    for (const [text, vague, fine] of cases) {
      const rows = relRun(text, vague, fine);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.date.value === fine[1])).toBe(true);
    }
  });

  it('keeps a vague date whose clause goes on to another happening', () => {
    const rows = relRun('The premier visited Oslo that autumn, and ministers signed a loan deal in Riga on 2 December 2019.', ['that autumn', '2019-FA'], ['2 December 2019', '2019-12-02']);
    const values = new Set(rows.map((r) => r.date.value));
    expect(values).toEqual(new Set(['2019-12-02', '2019-FA']));
  });
});

describe('resolveEvents reference to an occasion told earlier in the same sentence', () => {
  it('dates "; during that visit she said" by the visit of the same sentence, not an older one', () => {
    const cases: [string, [string, string][], string][] = [
      ['The minister went to Oslo in 2019. The director visited Riga on 3-4 April 2025; during that visit she said talks were close.', [['2019', '2019'], ['3-4 April 2025', '2025-04-03/2025-04-04']], '2025-04-03/2025-04-04'],
      ['The envoy travelled to Lima in 2010. The king visited Quito on 8 March 2014; during that trip he signed a loan deal.', [['2010', '2010'], ['8 March 2014', '2014-03-08']], '2014-03-08'],
      ['A premier went to Kyiv in 2001. The envoy visited Minsk on 9 June 2016; during that visit he signed a grant accord.', [['2001', '2001'], ['9 June 2016', '2016-06-09']], '2016-06-09'],
    ];
    for (const [text, dates, value] of cases) {
      const rows = run(text, { dates });
      const inferred = rows.filter((r) => r.date.inferred);
      expect(inferred.length).toBeGreaterThan(0);
      for (const r of inferred) expect(r.date.value).toBe(value);
    }
  });

  it('keeps "at the summit itself" on the summit of the sentence before', () => {
    const rows = run('The summit was held on 12 May 2021. The ministers met the day before, and at the summit itself the leaders adopted a charter.', {
      dates: [
        ['12 May 2021', '2021-05-12'],
        ['the day before', '2021-05-11'],
      ],
    });
    expect(rows.find((r) => r.type === 'agreement')?.date.value).toBe('2021-05-12');
  });
});

describe('resolveEvents decade bound with a when-clause', () => {
  it('dates the when-clause after "since the 1990s," by the decade, not the state before it', () => {
    const cases: [string, string, string][] = [
      ['Planners have talked about a southern outlet since the 1990s, when independence left the country landlocked.', 'the 1990s', '199X'],
      ['The port has been idle since the 1980s, when the war closed the border.', 'the 1980s', '198X'],
      ['The two parties have argued since the 1970s, when the union collapsed.', 'the 1970s', '197X'],
    ];
    for (const [text, d, v] of cases) {
      const rows = run(text, { dates: [[d, v]] });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.date.value).toBe(v);
      expect(rows[0]!.quote).toMatch(/when/);
    }
  });

  it('still drops a bare "since the 1990s"', () => {
    expect(run('The port has been idle since the 1980s.', { dates: [['the 1980s', '198X']] })).toHaveLength(0);
    expect(run('The parties have argued since the 1970s, and the union collapsed in 1991.', { dates: [['the 1970s', '197X'], ['1991', '1991']] }).map((r) => r.date.value)).toEqual(['1991']);
  });
});

describe('resolveEvents closing appositive offset', () => {
  it('drops ", two years later." after a stated date: it restates that date', () => {
    const cases: [string, string, string][] = [
      ['Russia became the first state to recognise the regime, on 3 July 2031, two years later.', '3 July 2031', '2031-07-03'],
      ['The bridge reopened on 4 May 2012, two years later.', '4 May 2012', '2012-05-04'],
      ['The embassy was reopened in March 2019, a decade later; trade followed.', 'March 2019', '2019-03'],
    ];
    for (const [text, d, v] of cases) {
      const offset = /(?:two years|a decade) later/.exec(text)![0];
      const rows = run(text, { dates: [[d, v], [offset, '2040']] });
      expect(rows.map((r) => r.date.value)).toEqual([v]);
    }
  });

  it('keeps an offset that opens its own clause', () => {
    const rows = run('The bridge was closed on 4 May 2012, and two years later it reopened.', { dates: [['4 May 2012', '2012-05-04'], ['two years later', '2014']] });
    expect(rows.map((r) => r.date.value)).toContain('2014');
  });
});

describe('resolveEvents second predicate after the date', () => {
  it('gives "met ... and signed X" after a date two rows, the second in its own words', () => {
    const cases: [string, string, string][] = [
      ['On 2 February 2031 the transport ministers met in Lima and signed a road map for a railway.', '2 February 2031', '2031-02-02'],
      ['On 4 May 2019 the leaders met in Oslo and adopted a charter on fisheries.', '4 May 2019', '2019-05-04'],
      ['In March 2015 the two premiers met in Baku and signed four accords.', 'March 2015', '2015-03'],
    ];
    for (const [text, d, v] of cases) {
      const rows = run(text, { dates: [[d, v]] });
      const meeting = rows.find((r) => r.type === 'meeting')!;
      const signing = rows.find((r) => r.type === 'agreement')!;
      expect(meeting.quote).toContain(d);
      expect(signing.quote).not.toContain(d);
      expect(signing.quote).toMatch(/^(?:signed|adopted) \w+/);
      expect(signing.date.value).toBe(v);
    }
  });
});

describe('resolveEvents "the same meeting" after a signing', () => {
  it('dates "At the same meeting" / "At that meeting" by the signing just told, not an older meeting', () => {
    const cases: [string, [string, string][], string][] = [
      ['The council met in Oslo in 2019. On 17 July 2031, in Riga, the ministers of Chile and Peru signed a framework agreement. At the same meeting the Chilean minister announced a loan.', [['2019', '2019'], ['17 July 2031', '2031-07-17']], '2031-07-17'],
      ['Leaders met in Rome in 2012. On 9 May 2016 the premiers signed a treaty. At that meeting the Peruvian premier announced a grant.', [['2012', '2012'], ['9 May 2016', '2016-05-09']], '2016-05-09'],
      ['Talks were held in Lima in 2008. In March 2014 the two sides signed a water accord. At the same meeting the envoy said the dam would be built.', [['2008', '2008'], ['March 2014', '2014-03']], '2014-03'],
    ];
    for (const [text, dates, value] of cases) {
      const inferred = run(text, { dates }).filter((r) => r.date.inferred);
      expect(inferred.length).toBeGreaterThan(0);
      for (const r of inferred) expect(r.date.value).toBe(value);
    }
  });

  it('keeps the meeting when the sentence before told no signing', () => {
    const rows = run('Leaders met in Rome on 2 May 2012. Trade grew. At that meeting the premier announced a grant.', { dates: [['2 May 2012', '2012-05-02']] });
    expect(rows.filter((r) => r.date.inferred).map((r) => r.date.value)).toEqual(['2012-05-02']);
  });
});

describe('resolveEvents year a plan is for', () => {
  it('does not date a signing by the year its plan or budget is for', () => {
    const cases: [string, [string, string][], string[]][] = [
      ['On 14 November 2024 the ministers signed a plan of military cooperation for 2025.', [['14 November 2024', '2024-11-14'], ['2025', '2025']], ['2024-11-14']],
      ['In May 2019 parliament adopted the budget for 2020.', [['May 2019', '2019-05'], ['2020', '2020']], ['2019-05']],
      ['The agencies signed a programme of exchanges for 2026 in Riga on 3 May 2025.', [['2026', '2026'], ['3 May 2025', '2025-05-03']], ['2025-05-03']],
    ];
    for (const [text, dates, values] of cases) expect(run(text, { dates }).map((r) => r.date.value)).toEqual(values);
  });

  it('keeps "scheduled for 2026"', () => {
    expect(run('Delivery of the ferries is scheduled for 2026.', { dates: [['2026', '2026']] }).map((r) => r.date.value)).toEqual(['2026']);
  });
});

describe('resolveEvents compared level', () => {
  it('does not date a change by the year of the level it is compared with', () => {
    const cases: [string, [string, string][], string[]][] = [
      ['Exports of grain reached 4 million tonnes in 2023, double their level in 2019.', [['2023', '2023'], ['2019', '2019']], ['2023']],
      ['Freight traffic rose to 9 million tonnes in 2022, against 6 million in 2018.', [['2022', '2022'], ['2018', '2018']], ['2022']],
      ['Imports fell to $2 billion in 2021, against $3 billion in 2017, and recovered in 2023.', [['2021', '2021'], ['2017', '2017'], ['2023', '2023']], ['2021', '2023']],
    ];
    for (const [text, dates, values] of cases) expect(run(text, { dates }).map((r) => r.date.value)).toEqual(values);
  });

  it('keeps a date after "against" that is no compared figure', () => {
    const rows = run('The rebels rose against the government in 2014.', { dates: [['2014', '2014']] });
    expect(rows.map((r) => r.date.value)).toEqual(['2014']);
  });
});

describe('resolveEvents measured flow', () => {
  it('dates "imported 2.8 billion kWh in 2022 and 3.1 billion kWh in 2023" as two flows', () => {
    const cases: [string, [string, number, string][], [string, string][], string[]][] = [
      ['Kyrgyzstan imported 2.8 billion kWh in 2022 and 3.1 billion kWh in 2023.', [['2.8 billion kWh', 2.8e9, 'kWh'], ['3.1 billion kWh', 3.1e9, 'kWh']], [['2022', '2022'], ['2023', '2023']], ['2022', '2023']],
      ['Chile exported 40,000 tonnes of copper in 2019.', [['40,000 tonnes', 40000, 't']], [['2019', '2019']], ['2019']],
      ['The port shipped 2 million tonnes of grain during 2020.', [['2 million tonnes', 2e6, 't']], [['2020', '2020']], ['2020']],
    ];
    for (const [text, figures, dates, values] of cases) {
      const rows = run(text, { dates, figures });
      expect(rows.filter((r) => r.type === 'economic').map((r) => r.date.value)).toEqual(values);
    }
  });

  it('keeps money and shares out: "bought 30 percent of the bank in 2019"', () => {
    const rows = run('The fund bought 30 percent of the bank in 2019.', { dates: [['2019', '2019']], figures: [['30 percent', 30, 'percent']] });
    expect(rows.filter((r) => r.type === 'economic')).toHaveLength(0);
  });
});
