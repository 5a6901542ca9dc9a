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
