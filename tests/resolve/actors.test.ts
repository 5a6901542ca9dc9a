/**
 * Actors, places and dates of events by clause structure (resolve/events.ts): examples are the
 * project's own sentences.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { EntityKind, EntityMention } from '../../src/core/types.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, type Spec } from '../helpers/events-doc.js';

const COUNTRY_OF: Record<string, string> = {
  Riga: 'Latvia',
  Tallinn: 'Estonia',
  Vilnius: 'Lithuania',
  Oslo: 'Norway',
  Kazan: 'Russia',
  Minsk: 'Belarus',
  'Lena Berg': 'Sweden',
  'Ivo Kask': 'Estonia',
};
const KIND_OF: Record<string, string> = {
  Latvia: 'country',
  Estonia: 'country',
  Lithuania: 'country',
  Norway: 'country',
  Sweden: 'country',
  Finland: 'country',
  Denmark: 'country',
  Russia: 'country',
  Belarus: 'country',
};

/** Runs the event assembly; `context`: extractor context mentions [text, names, rule]. */
function run(text: string, spec: Spec, context: [string, string[], string][] = []) {
  const doc = makeDoc(text, spec);
  for (const [s, names, rule] of context) {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`not in text: ${s}`);
    for (const name of names) {
      const e: EntityMention = { kind: 'entity', span: { start: i, end: i + s.length }, text: s, ruleId: rule, name, entityKind: 'country' as EntityKind, score: 1 };
      doc.mentions.push(e);
    }
  }
  doc.mentions.sort((a, b) => a.span.start - b.span.start);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (n) => COUNTRY_OF[n] ?? (KIND_OF[n] === 'country' ? n : null),
    entityKindOf: (n) => KIND_OF[n] ?? null,
  });
}

describe('event parts cut at clause breaks', () => {
  it('gives the subject after ", and" to the second happening, not to the first', () => {
    const text = 'Lena Berg made her first trip abroad to Minsk on 4 March 2021, and Ivo Kask attended a summit in Kazan on 9 May 2022.';
    const rows = run(text, {
      dates: [
        ['4 March 2021', '2021-03-04'],
        ['9 May 2022', '2022-05-09'],
      ],
      entities: [
        ['Lena Berg', 'Lena Berg', 'person'],
        ['Minsk', 'Minsk', 'city'],
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Kazan', 'Kazan', 'city'],
      ],
    });
    const summit = rows.find((r) => r.date.value === '2022-05-09')!;
    expect(summit.type).toBe('meeting');
    expect(summit.actors).toContain('Ivo Kask');
    expect(summit.actors).not.toContain('Lena Berg');
    // (the summit's city is where it took place: a venue, no party beside the named attendee)
    expect(summit.where).toBe('Kazan');
    const trip = rows.find((r) => r.date.value === '2021-03-04')!;
    expect(trip.actors).not.toContain('Ivo Kask');
  });
});

describe('date series after one trigger', () => {
  it('gives one meeting per date of a list, each at its own place', () => {
    const text = 'The Baltic Council has met three times (in Riga in May 2019, in Tallinn in June 2020 and in Vilnius in July 2021).';
    const rows = run(text, {
      dates: [
        ['May 2019', '2019-05'],
        ['June 2020', '2020-06'],
        ['July 2021', '2021-07'],
      ],
      entities: [
        ['Baltic Council', 'Baltic Council', 'organization'],
        ['Riga', 'Riga', 'city'],
        ['Tallinn', 'Tallinn', 'city'],
        ['Vilnius', 'Vilnius', 'city'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value, r.where])).toEqual([
      ['meeting', '2019-05', 'Riga'],
      ['meeting', '2020-06', 'Tallinn'],
      ['meeting', '2021-07', 'Vilnius'],
    ]);
    expect(rows[1]!.actors).toContain('Estonia');
    expect(rows[1]!.actors).not.toContain('Latvia');
    expect(rows[1]!.actors).not.toContain('Lithuania');
    for (const r of rows) expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
  });

  it('shares a place named before the dates between them', () => {
    const text = 'Observers followed the elections in Norway in 1986 and 1990.';
    const rows = run(text, {
      dates: [
        ['1986', '1986'],
        ['1990', '1990'],
      ],
      entities: [['Norway', 'Norway', 'country']],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['1986', '1990']);
    for (const r of rows) expect(r.actors).toContain('Norway');
  });

  it('does not chain dates that have a trigger between them', () => {
    const text = 'The bridge opened in 1994, and a tunnel was completed in 1998.';
    const rows = run(text, { dates: [['1994', '1994'], ['1998', '1998']] });
    expect(rows.map((r) => r.date.value)).toEqual(['1994', '1998']);
    expect(rows[0]!.trigger).toContain('opened');
    expect(rows[1]!.trigger).toContain('completed');
  });
});

describe('group words', () => {
  it('reads "the sides" as the pair of the text before', () => {
    const text =
      'Latvia and Estonia upgraded their ties in 2015. At the energy ministers\u2019 meeting in Riga on 3 April 2019, the sides agreed to build a cable.';
    const rows = run(text, {
      dates: [
        ['2015', '2015'],
        ['3 April 2019', '2019-04-03'],
      ],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Estonia', 'Estonia', 'country'],
        ['Riga', 'Riga', 'city'],
      ],
    });
    const agreed = rows.find((r) => r.type === 'agreement')!;
    expect(agreed.actors).toEqual(expect.arrayContaining(['Latvia', 'Estonia']));
  });

  it('reads "their ministers" as the list of countries before it in the sentence', () => {
    const text =
      'In May 2018 Norway, Sweden, Finland and Denmark agreed a plan; at a meeting in Oslo on 2 June 2019 their transport ministers signed a protocol.';
    const rows = run(text, {
      dates: [
        ['May 2018', '2018-05'],
        ['2 June 2019', '2019-06-02'],
      ],
      entities: [
        ['Norway', 'Norway', 'country'],
        ['Sweden', 'Sweden', 'country'],
        ['Finland', 'Finland', 'country'],
        ['Denmark', 'Denmark', 'country'],
        ['Oslo', 'Oslo', 'city'],
      ],
    });
    const later = rows.filter((r) => r.date.value === '2019-06-02');
    expect(later.length).toBeGreaterThan(0);
    for (const r of later) expect(r.actors).toEqual(expect.arrayContaining(['Norway', 'Sweden', 'Finland', 'Denmark']));
  });

  it('takes a group the extractor resolved earlier ("the three countries") for "trilateral"', () => {
    const text = 'Trade between the three countries grew. A trilateral summit took place in Riga in May 2016.';
    const rows = run(
      text,
      { dates: [['May 2016', '2016-05']], entities: [['Riga', 'Riga', 'city']] },
      [['the three countries', ['Latvia', 'Estonia', 'Lithuania'], 'entities/context/group']],
    );
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.actors].sort()).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('does not add a group that does not hold the parties already named', () => {
    const text = 'Latvia and Estonia met in 2015. In 2016, Norway signed bilateral accords with Sweden and Finland.';
    const rows = run(text, {
      dates: [
        ['2015', '2015'],
        ['2016', '2016'],
      ],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Estonia', 'Estonia', 'country'],
        ['Norway', 'Norway', 'country'],
        ['Sweden', 'Sweden', 'country'],
        ['Finland', 'Finland', 'country'],
      ],
    });
    const accords = rows.find((r) => r.date.value === '2016')!;
    expect([...accords.actors].sort()).toEqual(['Finland', 'Norway', 'Sweden']);
  });
});

describe('projects, companies and fronted phrases', () => {
  const parties = (n: string) => ({ 'Amber Railway': ['Latvia', 'Estonia', 'Lithuania'] } as Record<string, string[]>)[n] ?? null;
  function runP(text: string, spec: Spec) {
    const doc = makeDoc(text, spec);
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => COUNTRY_OF[n] ?? (KIND_OF[n] === 'country' ? n : null),
      entityKindOf: (n) => KIND_OF[n] ?? null,
      partiesOf: parties,
    });
  }

  it('gives an opened project the countries that build it', () => {
    const rows = runP('The Amber Railway was opened at a ceremony near Riga on 1 June 2020.', {
      dates: [['1 June 2020', '2020-06-01']],
      entities: [
        ['Amber Railway', 'Amber Railway', 'project'],
        ['Riga', 'Riga', 'city'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.actors].sort()).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('finds the project of "its completion" in the sentence before', () => {
    const rows = runP('Officials praised the Amber Railway. Its completion is planned for 2031.', {
      dates: [['2031', '2031']],
      entities: [['Amber Railway', 'Amber Railway', 'project']],
      published: '2024',
    });
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.actors].sort()).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('does not give a stoppage or a route used to the builders', () => {
    const rows = runP('Latvia shipped grain via the Amber Railway in 2021. The Amber Railway was closed in May 2022.', {
      dates: [
        ['2021', '2021'],
        ['May 2022', '2022-05'],
      ],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Amber Railway', 'Amber Railway', 'project'],
        ['Amber Railway', 'Amber Railway', 'project'],
      ],
    });
    for (const r of rows) expect(r.actors).not.toContain('Lithuania');
  });

  it('keeps the company, not the country its demonym names ("the Finnish firm X")', () => {
    const text = 'In 2009 Latvia signed a contract with the Finnish firm Nordvale to build a port.';
    const rows = run(
      text,
      {
        dates: [['2009', '2009']],
        entities: [
          ['Latvia', 'Latvia', 'country'],
          ['Nordvale', 'Nordvale', 'company'],
        ],
      },
      [['Finnish', ['Finland'], 'entities/gazetteer/demonym']],
    );
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.actors].sort()).toEqual(['Latvia', 'Nordvale']);
    // a demonym that is no company's modifier stays a party
    const other = run('In 2009 Latvia signed a contract with the Finnish government.', { dates: [['2009', '2009']], entities: [['Latvia', 'Latvia', 'country']] }, [
      ['Finnish', ['Finland'], 'entities/gazetteer/demonym'],
    ]);
    expect(other[0]!.actors).toContain('Finland');
  });

  it('ends a fronted phrase with its own doer at its comma', () => {
    const text = 'Since the invasion of Latvia by Russia in March 2014, Norway has been cautious.';
    const rows = run(text, {
      dates: [['March 2014', '2014-03']],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Russia', 'Russia', 'country'],
        ['Norway', 'Norway', 'country'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.actors].sort()).toEqual(['Latvia', 'Russia']);
  });

  it('gives a visit in a fronted phrase without a doer the subject of the main clause', () => {
    const text = 'In May 2012, during a visit to Oslo, Lena Berg urged closer ties.';
    const rows = run(text, {
      dates: [['May 2012', '2012-05']],
      entities: [
        ['Oslo', 'Oslo', 'city'],
        ['Lena Berg', 'Lena Berg', 'person'],
      ],
    });
    const visit = rows.find((r) => r.type === 'visit')!;
    expect(visit.actors).toEqual(expect.arrayContaining(['Lena Berg', 'Sweden', 'Norway']));
  });
});

describe('same occasion', () => {
  it('dates a clause after a colon by the happening before it (inferred)', () => {
    const text = 'Lena Berg paid a state visit to Oslo on 2 May 2019: nine accords and several long contracts worth $2 billion were signed in Bergen.';
    const rows = run(text, {
      dates: [['2 May 2019', '2019-05-02']],
      entities: [
        ['Lena Berg', 'Lena Berg', 'person'],
        ['Oslo', 'Oslo', 'city'],
        ['Bergen', 'Bergen', 'city'],
      ],
    });
    // its place is where the accords were signed, not the visit's place across the colon
    expect(rows[1]!.where).toBe('Bergen');
    expect(rows.map((r) => [r.type, r.date.value, r.date.inferred])).toEqual([
      ['visit', '2019-05-02', false],
      ['agreement', '2019-05-02', true],
    ]);
    expect(rows[1]!.quote.startsWith('nine accords')).toBe(true);
    expect(text.slice(rows[1]!.span.start, rows[1]!.span.end)).toBe(rows[1]!.quote);
  });

  it('dates "at which ... also signed" by the visit it hangs on', () => {
    const text = 'The border treaty was ratified on 3 March 2021 during the state visit of Ivo Kask to Riga, at which the two leaders also signed a pact on fisheries.';
    const rows = run(text, {
      dates: [['3 March 2021', '2021-03-03']],
      entities: [
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Riga', 'Riga', 'city'],
      ],
    });
    const pact = rows.find((r) => r.quote.includes('at which'));
    expect(pact).toBeDefined();
    expect(pact!.type).toBe('agreement');
    expect(pact!.date).toMatchObject({ value: '2021-03-03', inferred: true });
  });

  it('does not date a clause that has its own date', () => {
    const text = 'Lena Berg visited Oslo on 2 May 2019: an accord followed in June 2020.';
    const rows = run(text, {
      dates: [
        ['2 May 2019', '2019-05-02'],
        ['June 2020', '2020-06'],
      ],
      entities: [['Lena Berg', 'Lena Berg', 'person']],
    });
    expect(rows.filter((r) => r.date.inferred)).toEqual([]);
  });
});

describe('sentence subjects', () => {
  it('gives the subject before an apposition with its own date to the main verb too', () => {
    const text = 'Latvia and Estonia signed a pact in 2010. The Joint Baltic Council, created in 2012, has since met twice (in Riga in May 2014 and in Tallinn in June 2016).';
    const rows = run(text, {
      dates: [
        ['2010', '2010'],
        ['2012', '2012'],
        ['May 2014', '2014-05'],
        ['June 2016', '2016-06'],
      ],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Estonia', 'Estonia', 'country'],
        ['Joint Baltic Council', 'Joint Baltic Council', 'organization'],
        ['Riga', 'Riga', 'city'],
        ['Tallinn', 'Tallinn', 'city'],
      ],
    });
    const meetings = rows.filter((r) => r.type === 'meeting');
    expect(meetings.map((r) => r.date.value)).toEqual(['2014-05', '2016-06']);
    for (const r of meetings) expect(r.actors).toEqual(expect.arrayContaining(['Joint Baltic Council', 'Latvia', 'Estonia']));
    // a body named for the group ("Joint ...") stands with the group's countries
    const founded = rows.find((r) => r.date.value === '2012')!;
    expect([...founded.actors].sort()).toEqual(['Estonia', 'Joint Baltic Council', 'Latvia']);
  });

  it('falls back to the subject the sentence opens with before the sentence before', () => {
    const text =
      'Latvia and Estonia disagree. The Nordic Bank funded two long studies on the coastal currents and the fisheries of the bay, which were published in May 2015.';
    const rows = run(text, {
      dates: [['May 2015', '2015-05']],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Estonia', 'Estonia', 'country'],
        ['Nordic Bank', 'Nordic Bank', 'organization'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actors).toEqual(['Nordic Bank']);
  });
});

describe('agents, directions, possessors, facilities, pronouns', () => {
  it('keeps the person who opened something ("inaugurated by President X")', () => {
    const rows = run('The new terminal in Riga was inaugurated by President Ivo Kask on 4 May 2018.', {
      dates: [['4 May 2018', '2018-05-04']],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Ivo Kask', 'Ivo Kask', 'person'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actors).toEqual(expect.arrayContaining(['Ivo Kask', 'Estonia']));
  });

  it('does not take a direction ("towards X") or a facility built for a party', () => {
    const rows = run('Latvia started construction of the Riga Science Centre in May 2020 and raised exports towards Norway.', {
      dates: [['May 2020', '2020-05']],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Riga Science Centre', 'Riga Science Centre', 'organization'],
        ['Norway', 'Norway', 'country'],
      ],
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.actors).not.toContain('Norway');
      expect(r.actors).not.toContain('Riga Science Centre');
    }
  });

  it('does not take the place that owns a named company ("Oslo\u2019s Nordvale Group")', () => {
    const rows = run('Latvia signed a port contract with Oslo\u2019s Nordvale Group on 9 June 2021.', {
      dates: [['9 June 2021', '2021-06-09']],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Oslo', 'Oslo', 'city'],
        ['Nordvale Group', 'Nordvale Group', 'company'],
      ],
    });
    expect([...rows[0]!.actors].sort()).toEqual(['Latvia', 'Nordvale Group']);
  });

  it('reads "his trip" as the person named in the sentence before', () => {
    const text = 'When Ivo Kask took office, few expected change. Yet his first trip abroad, to Norway on 2 May 2017, set the tone.';
    const rows = run(text, {
      dates: [['2 May 2017', '2017-05-02']],
      entities: [
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Norway', 'Norway', 'country'],
      ],
    });
    const trip = rows.find((r) => r.type === 'visit')!;
    expect(trip.actors).toEqual(expect.arrayContaining(['Ivo Kask', 'Estonia', 'Norway']));
  });

  it('reads a pronoun subject of a speech or a trip as the person named last before it', () => {
    const text = 'Ivo Kask drew his own lesson. On 3 May 2019 he told the cabinet to hurry, and the issue led the talks when he came to Oslo on 9 June 2019.';
    const rows = run(text, {
      dates: [
        ['3 May 2019', '2019-05-03'],
        ['9 June 2019', '2019-06-09'],
      ],
      entities: [
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Oslo', 'Oslo', 'city'],
      ],
    });
    const told = rows.find((r) => r.type === 'statement')!;
    expect(told.actors).toEqual(expect.arrayContaining(['Ivo Kask', 'Estonia']));
    const came = rows.find((r) => r.type === 'visit')!;
    expect(came.actors).toEqual(expect.arrayContaining(['Ivo Kask', 'Norway']));
  });

  it('does not read a pronoun back across a paragraph-less gap into nobody', () => {
    const text = 'On 3 May 2019 he told the cabinet to hurry.';
    const rows = run(text, { dates: [['3 May 2019', '2019-05-03']], entities: [] });
    expect(rows.find((r) => r.type === 'statement')?.actors ?? []).toEqual([]);
  });

  it('does not take a demonym that names a period ("the Soviet collapse") as a party', () => {
    const text = 'Latvia and Norway established diplomatic relations on 2 May 1992, within months of the Soviet collapse.';
    const rows = run(text, { dates: [['2 May 1992', '1992-05-02']], entities: [['Latvia', 'Latvia', 'country'], ['Norway', 'Norway', 'country']] }, [
      ['Soviet', ['Soviet Union'], 'entities/gazetteer/demonym'],
    ]);
    expect(rows[0]!.actors).toEqual(['Latvia', 'Norway']);
  });

  it('still takes a demonym before a party noun ("the Soviet side") as a party', () => {
    const text = 'Latvia and the Soviet side signed a protocol on 2 May 1990.';
    const rows = run(text, { dates: [['2 May 1990', '1990-05-02']], entities: [['Latvia', 'Latvia', 'country']] }, [
      ['Soviet', ['Soviet Union'], 'entities/gazetteer/demonym'],
    ]);
    expect(rows[0]!.actors).toEqual(expect.arrayContaining(['Latvia', 'Soviet Union']));
  });

  it('keeps persons named as the subject of a signing as parties', () => {
    const rows = run('On 2 May 2030 Presidents Ivo Kask and Lena Berg signed a border treaty.', {
      dates: [['2 May 2030', '2030-05-02']],
      entities: [
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Lena Berg', 'Lena Berg', 'person'],
      ],
    });
    const treaty = rows.find((r) => r.type === 'agreement')!;
    expect(treaty.actors).toEqual(expect.arrayContaining(['Ivo Kask', 'Lena Berg', 'Estonia', 'Sweden']));
  });

  it('leaves out a person who only reports a signing', () => {
    const rows = run('On 2 May 2030 Ivo Kask said Latvia and Norway signed a border treaty.', {
      dates: [['2 May 2030', '2030-05-02']],
      entities: [
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Latvia', 'Latvia', 'country'],
        ['Norway', 'Norway', 'country'],
      ],
    });
    const treaty = rows.find((r) => r.type === 'agreement');
    expect(treaty?.actors ?? []).not.toContain('Ivo Kask');
  });

  it('reads "the plant" as the project named before', () => {
    const parties = (n: string) => (n === 'Amber Dam' ? ['Latvia'] : null);
    const text = 'Norway praised the Amber Dam. The first unit of the plant was switched on in May 2019.';
    const doc = makeDoc(text, { dates: [['May 2019', '2019-05']], entities: [['Norway', 'Norway', 'country'], ['Amber Dam', 'Amber Dam', 'project']] });
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), { countryOf: () => null, entityKindOf: (n) => KIND_OF[n] ?? null, partiesOf: parties });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actors).toEqual(['Latvia']);
  });
});

describe('fallbacks within the sentence', () => {
  it('takes the parties further on in the clause when none stand around the trigger', () => {
    const text =
      'Moreover, on 21 June 2019, a long and detailed agreement on cooperation in fisheries, forestry and the protection of coastal waters was signed by the ministers of Latvia and Estonia.';
    const rows = run(text, {
      dates: [['21 June 2019', '2019-06-21']],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Estonia', 'Estonia', 'country'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.actors].sort()).toEqual(['Estonia', 'Latvia']);
  });

  it('takes the parties of the clause before for "these volumes"', () => {
    const text =
      'Since 2014 a very long pipeline of the coastal grid has also carried Norwegian gas in transit to Latvia under an old agreement of the early years; in 2023 these transit volumes reached 5 million tonnes.';
    const rows = run(text, {
      dates: [['2023', '2023']],
      entities: [
        ['Norwegian', 'Norway', 'country'],
        ['Latvia', 'Latvia', 'country'],
      ],
      figures: [['5 million tonnes', 5e6, 't']],
    });
    const last = rows.find((r) => r.date.value === '2023');
    expect(last).toBeDefined();
    expect(last!.actors.length).toBeGreaterThan(0);
    expect(last!.actors).toContain('Latvia');
  });
});

describe('parenthesis lists', () => {
  it('gives every item of a long list its trigger, its place and the traveller', () => {
    const text =
      'In turn, Lena Berg made state visits to Latvia (April 2023), Estonia (October 2022), and Lithuania (June 2022), as well as an official visit to Norway (May 2021), and working visits to Finland (March 2020) and Denmark (July 2019).';
    const rows = run(text, {
      dates: [
        ['April 2023', '2023-04'],
        ['October 2022', '2022-10'],
        ['June 2022', '2022-06'],
        ['May 2021', '2021-05'],
        ['March 2020', '2020-03'],
        ['July 2019', '2019-07'],
      ],
      entities: [
        ['Lena Berg', 'Lena Berg', 'person'],
        ['Latvia', 'Latvia', 'country'],
        ['Estonia', 'Estonia', 'country'],
        ['Lithuania', 'Lithuania', 'country'],
        ['Norway', 'Norway', 'country'],
        ['Finland', 'Finland', 'country'],
        ['Denmark', 'Denmark', 'country'],
      ],
    });
    expect(rows.map((r) => [r.type, r.date.value, r.where])).toEqual([
      ['visit', '2023-04', 'Latvia'],
      ['visit', '2022-10', 'Estonia'],
      ['visit', '2022-06', 'Lithuania'],
      ['visit', '2021-05', 'Norway'],
      ['visit', '2020-03', 'Finland'],
      ['visit', '2019-07', 'Denmark'],
    ]);
    for (const r of rows) {
      expect(r.actors).toEqual(expect.arrayContaining(['Lena Berg', 'Sweden', r.where!]));
      expect(r.actors).toHaveLength(3);
      expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
    }
  });

  it('reads a list of visitors ("visits to X were made by A (date), B (date)")', () => {
    const text = 'Last year, visits to Norway were made by President Ivo Kask of Estonia (April 2024) and Lena Berg (March 2023).';
    const rows = run(text, {
      dates: [
        ['April 2024', '2024-04'],
        ['March 2023', '2023-03'],
      ],
      entities: [
        ['Norway', 'Norway', 'country'],
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Estonia', 'Estonia', 'country'],
        ['Lena Berg', 'Lena Berg', 'person'],
      ],
    });
    const kask = rows.find((r) => r.date.value === '2024-04')!;
    const berg = rows.find((r) => r.date.value === '2023-03')!;
    expect([...kask.actors].sort()).toEqual(['Estonia', 'Ivo Kask', 'Norway']);
    expect([...berg.actors].sort()).toEqual(['Lena Berg', 'Norway', 'Sweden']);
    expect(kask.where).toBe('Norway');
    expect(berg.where).toBe('Norway');
  });
});

describe('financiers and sections', () => {
  it('does not take the body that pays for a project as its builder', () => {
    const text = 'Meanwhile a new road from Riga to Tallinn, financed by the Nordic Bank, has carried 2 million tonnes since it opened in 2019.';
    const rows = run(text, {
      dates: [['2019', '2019']],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Tallinn', 'Tallinn', 'city'],
        ['Nordic Bank', 'Nordic Bank', 'organization'],
      ],
    });
    const opened = rows.find((r) => r.type === 'opening')!;
    expect(opened.actors).not.toContain('Nordic Bank');
    expect(opened.actors.length).toBeGreaterThan(0);
  });

  it('takes the country of "the Latvian section" as a party', () => {
    const text = 'The Latvian section was completed in May 2020.';
    const rows = run(text, { dates: [['May 2020', '2020-05']] }, [['Latvian', ['Latvia'], 'entities/gazetteer/demonym']]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actors).toEqual(['Latvia']);
  });
});

describe('runs of meetings', () => {
  it('gives "the tenth meeting" the parties of the meetings told before it', () => {
    const text = 'Latvia, Estonia and Lithuania held a summit in Vilnius in May 2015. Since then the ministers have met every year; the tenth meeting was held in Riga on 2 June 2023.';
    const rows = run(text, {
      dates: [
        ['May 2015', '2015-05'],
        ['2 June 2023', '2023-06-02'],
      ],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Estonia', 'Estonia', 'country'],
        ['Lithuania', 'Lithuania', 'country'],
        ['Vilnius', 'Vilnius', 'city'],
        ['Riga', 'Riga', 'city'],
      ],
    });
    const tenth = rows.find((r) => r.date.value === '2023-06-02')!;
    expect([...tenth.actors].sort()).toEqual(['Estonia', 'Latvia', 'Lithuania']);
    expect(tenth.where).toBe('Riga');
  });
});

describe('dates that are not the happening\u2019s', () => {
  it('does not date an agreed plan by the years it covers ("over 2025-2030")', () => {
    const text = 'On 3 May 2024 the four ministries agreed a road map to remove bottlenecks on the line over 2025-2030.';
    const rows = run(text, {
      dates: [
        ['3 May 2024', '2024-05-03'],
        ['2025-2030', '2025/2030'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2024-05-03']);
  });

  it('does not give a trigger bound to its own date a later date past a comma', () => {
    const text = 'The line, opened on 4 June 2015, carried just 2 million tonnes in 2021 against a plan of 5 million.';
    const rows = run(text, {
      dates: [
        ['4 June 2015', '2015-06-04'],
        ['2021', '2021'],
      ],
    });
    expect(rows.filter((r) => r.type === 'opening').map((r) => r.date.value)).toEqual(['2015-06-04']);
  });

  it('still dates "and the second unit followed in D" by the same trigger', () => {
    const text = 'The first unit was switched on on 2 March 2016, and the second unit followed on 9 May 2017.';
    const rows = run(text, {
      dates: [
        ['2 March 2016', '2016-03-02'],
        ['9 May 2017', '2017-05-09'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2016-03-02', '2017-05-09']);
  });
});

describe('elliptic clauses', () => {
  it('gives "and Y followed in D2" its own subject, and takes it from the first clause', () => {
    const text = 'The Latvian parliament ratified the treaty in February 2021, and the Estonian parliament followed in May 2021.';
    const rows = run(text, { dates: [['February 2021', '2021-02'], ['May 2021', '2021-05']] }, [
      ['Latvian', ['Latvia'], 'entities/gazetteer/demonym'],
      ['Estonian', ['Estonia'], 'entities/gazetteer/demonym'],
    ]);
    expect(rows.map((r) => [r.date.value, r.actors])).toEqual([
      ['2021-02', ['Latvia']],
      ['2021-05', ['Estonia']],
    ]);
  });
});

describe('coordinated clauses', () => {
  it('starts the event\u2019s part at ", and in <date>" (the clause before is another happening)', () => {
    const text = 'Trade with Norway was slowed for months, and in May 2011 a bridge near Riga was damaged by an explosion.';
    const rows = run(text, { dates: [['May 2011', '2011-05']], entities: [['Norway', 'Norway', 'country'], ['Riga', 'Riga', 'city']] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actors).not.toContain('Norway');
  });
});

describe('subordinate clauses', () => {
  it('keeps the main clause out of a "When X did Y in D, ..." happening', () => {
    const text = 'When Ivo Kask became acting president of Estonia in September 2016, few in Oslo expected a thaw.';
    const rows = run(text, {
      dates: [['September 2016', '2016-09']],
      entities: [
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Estonia', 'Estonia', 'country'],
        ['Oslo', 'Oslo', 'city'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect([...rows[0]!.actors].sort()).toEqual(['Estonia', 'Ivo Kask']);
    expect(rows[0]!.where).not.toBe('Oslo');
  });
});
