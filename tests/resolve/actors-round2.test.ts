/**
 * Actor mechanisms of session 4, round 2 (issue #5), each checked on sentences of the project's
 * own on unrelated topics: a one-word company the gazetteer does not know is a party when the
 * entity extractor took it for a company by its form or context; a country's name or demonym
 * glued to a trade ("...telecom", "...gaz") is a company's name.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentDate, EntityMention } from '../../src/core/types.js';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { miniDoc } from '../../src/extract/entities/rules.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, type Spec } from '../helpers/events-doc.js';

const NO_DATE: DocumentDate = { value: null, method: 'none', span: null };

function entities(text: string): EntityMention[] {
  const { doc, dates } = miniDoc(text);
  return extractEntities(doc, dates, NO_DATE, { messages: [] });
}

function events(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), { countryOf: () => null, entityKindOf: () => null });
}

/** An unknown one-word name as the entity extractor marks it. */
const unknown = (doc: ReturnType<typeof makeDoc>, name: string, kind: 'company' | 'organization') => {
  for (const m of doc.mentions) if (m.kind === 'entity' && m.name === name) Object.assign(m, { ruleId: `entities/unknown/${kind}`, entityKind: kind });
  return doc;
};

function eventsWith(text: string, spec: Spec, name: string, kind: 'company' | 'organization') {
  const doc = unknown(makeDoc(text, spec), name, kind);
  return resolveEvents(doc, new ProvenanceBuilder(doc), { countryOf: () => null, entityKindOf: () => null });
}

describe('one-word unknown companies are parties', () => {
  it('takes a company named by a company noun ("the operator Nordtel launched")', () => {
    const rows = eventsWith('In 2019 the operator Nordtel launched a satellite service.', { dates: [['2019', '2019']], entities: [['Nordtel', 'Nordtel', 'company']] }, 'Nordtel', 'company');
    expect(rows[0]!.actors).toContain('Nordtel');
  });
  it('takes a CamelCase brand signing with another company', () => {
    const rows = eventsWith(
      'On 4 May 2021 BrightRail signed a contract with the Polish firm Koltrans.',
      { dates: [['4 May 2021', '2021-05-04']], entities: [['BrightRail', 'BrightRail', 'company']] },
      'BrightRail',
      'company',
    );
    expect(rows[0]!.actors).toContain('BrightRail');
  });
  it('takes a one-word bottler named as the doer of an opening', () => {
    const rows = eventsWith('In March 2018 Aquavell opened a bottling plant near the lake.', { dates: [['March 2018', '2018-03']], entities: [['Aquavell', 'Aquavell', 'company']] }, 'Aquavell', 'company');
    expect(rows[0]!.actors).toContain('Aquavell');
  });
  it('still drops a one-word unknown organisation ("Parliament") as a common word', () => {
    const rows = eventsWith('In 2017 Parliament approved the budget of the fisheries agency.', { dates: [['2017', '2017']], entities: [['Parliament', 'Parliament', 'organization']] }, 'Parliament', 'organization');
    expect(rows[0]!.actors).not.toContain('Parliament');
  });
  it('keeps a known (gazetteer) one-word company as before', () => {
    const rows = events('In 2016 Gazprom signed a supply contract.', { dates: [['2016', '2016']], entities: [['Gazprom', 'Gazprom', 'company']] });
    expect(rows[0]!.actors).toContain('Gazprom');
  });
});

describe("a country's name or demonym glued to a trade is a company", () => {
  it('reads "Kazakhtelecom" and "Estoniagaz" as companies', () => {
    const ms = entities('Telecoms\nIn 2020 Kazakhtelecom and Estoniagaz signed a memorandum on fibre links.');
    expect(ms.find((m) => m.text === 'Kazakhtelecom')?.entityKind).toBe('company');
    expect(ms.find((m) => m.text === 'Estoniagaz')?.entityKind).toBe('company');
  });
  it('reads "Latvianeft" as a company', () => {
    const ms = entities('Oil\nThe refinery was sold to Latvianeft in 2003, and prices rose.');
    expect(ms.find((m) => m.text === 'Latvianeft')?.entityKind).toBe('company');
  });
  it('does not read a derived word ("Americanization", "Kazakhstani") as a company', () => {
    const ms = entities('Markets\nThe Americanization of retail began in 1990, and Kazakhstani buyers followed.');
    expect(ms.some((m) => m.text === 'Americanization' && m.entityKind === 'company')).toBe(false);
    expect(ms.some((m) => m.text === 'Kazakhstani' && m.entityKind === 'company')).toBe(false);
  });
  it('does not read a plain country name as a company', () => {
    const ms = entities('Trade\nIn 2020 Estonia and Latvia signed a memorandum on ports.');
    expect(ms.filter((m) => m.entityKind === 'company')).toEqual([]);
  });
});

const COUNTRY_OF: Record<string, string> = { Riga: 'Latvia', Tallinn: 'Estonia', Oslo: 'Norway', Bergen: 'Norway', Turku: 'Finland', Gdansk: 'Poland' };

function placed(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (n) => COUNTRY_OF[n] ?? null,
    entityKindOf: (n) => (['Latvia', 'Estonia', 'Norway', 'Finland', 'Poland', 'Sweden'].includes(n) ? 'country' : null),
  });
}

const city = (s: string): [string, string, 'city'] => [s, s, 'city'];

describe("the ends of a line are places, not parties, when a doer is named", () => {
  it('drops the countries of "a cable between A and B" when two companies sign', () => {
    const rows = placed('In May 2022 Nordtel and Baltcom signed a memorandum on a cable of 200 kilometres between Riga and Turku.', {
      dates: [['May 2022', '2022-05']],
      entities: [['Nordtel', 'Nordtel', 'company'], ['Baltcom', 'Baltcom', 'company'], city('Riga'), city('Turku')],
    });
    expect(rows[0]!.actors).toEqual(expect.arrayContaining(['Nordtel', 'Baltcom']));
    expect(rows[0]!.actors).not.toContain('Latvia');
    expect(rows[0]!.actors).not.toContain('Finland');
  });
  it('drops the country of a city a line "connected ... with" when the line\'s operator is named', () => {
    const rows = placed('The Baltic Ferry Company opened a route in 2015 that connected Gdansk with Oslo.', {
      dates: [['2015', '2015']],
      entities: [['Baltic Ferry Company', 'Baltic Ferry Company', 'company'], city('Gdansk'), city('Oslo')],
    });
    expect(rows[0]!.actors).toContain('Baltic Ferry Company');
    expect(rows[0]!.actors).not.toContain('Poland');
    expect(rows[0]!.actors).not.toContain('Norway');
  });
  it('keeps the ends\' countries when nobody else is named ("a ferry line between A and B opened")', () => {
    const rows = placed('In June 2019 a ferry line between Tallinn and Bergen opened.', { dates: [['June 2019', '2019-06']], entities: [city('Tallinn'), city('Bergen')] });
    expect(rows[0]!.actors).toEqual(expect.arrayContaining(['Estonia', 'Norway']));
  });
  it('keeps a city that is not a line\'s end ("a plant in Riga")', () => {
    const rows = placed('In 2018 Nordtel opened a data centre in Riga.', { dates: [['2018', '2018']], entities: [['Nordtel', 'Nordtel', 'company'], city('Riga')] });
    expect(rows[0]!.actors).toEqual(expect.arrayContaining(['Nordtel']));
  });
});

describe('where a speech was made is not who made it', () => {
  it('drops the body and the host city of a fronted "At the summit of X (X) in Y on DATE, the Z minister, N, said"', () => {
    const rows = placed('At the summit of the International Commission for the Protection of the Baltic Sea (ICPBS) in Oslo on 15 September 2023, the Latvian minister, Ivo Kask, said that the quotas may change.', {
      dates: [['15 September 2023', '2023-09-15']],
      entities: [['International Commission for the Protection of the Baltic Sea', 'International Commission for the Protection of the Baltic Sea', 'organization'], city('Oslo'), ['Latvian', 'Latvia', 'country'], ['Ivo Kask', 'Ivo Kask', 'person']],
    });
    const said = rows.find((r) => r.type === 'statement')!;
    expect(said.actors).toEqual(expect.arrayContaining(['Ivo Kask', 'Latvia']));
    expect(said.actors).not.toContain('International Commission for the Protection of the Baltic Sea');
    expect(said.actors).not.toContain('Norway');
  });
  it('drops the body and place of "During the annual session of X in Y on DATE, the Estonian premier said"', () => {
    const rows = placed('During the annual session of the Intergovernmental Council for Nordic Forestry and Timber in Turku on 4 June 2021, the Estonian premier said that exports would grow.', {
      dates: [['4 June 2021', '2021-06-04']],
      entities: [['Intergovernmental Council for Nordic Forestry and Timber', 'Intergovernmental Council for Nordic Forestry and Timber', 'organization'], city('Turku'), ['Estonian', 'Estonia', 'country']],
    });
    const said = rows.find((r) => r.type === 'statement')!;
    expect(said.actors).toContain('Estonia');
    expect(said.actors).not.toContain('Finland');
    expect(said.actors).not.toContain('Intergovernmental Council for Nordic Forestry and Timber');
  });
  it('keeps the place when no speaker stands between the comma and the verb ("At the talks in Riga on DATE, negotiators said")', () => {
    const rows = placed('At the talks in Riga on 3 May 2022, negotiators said that a deal was near.', { dates: [['3 May 2022', '2022-05-03']], entities: [city('Riga')] });
    expect(rows.find((r) => r.type === 'statement')!.actors).toContain('Latvia');
  });
});

describe('the members a relative clause lists are not parties', () => {
  it('drops the states of ", which covers A, B and six other countries, approved"', () => {
    const rows = placed('In March 2024 the Nordic Bank, which covers Norway, Finland and six other countries, approved a credit of $25 million for Latvia.', {
      dates: [['March 2024', '2024-03']],
      entities: [['Nordic Bank', 'Nordic Bank', 'organization'], ['Norway', 'Norway', 'country'], ['Finland', 'Finland', 'country'], ['Latvia', 'Latvia', 'country']],
    });
    expect(rows[0]!.actors).toContain('Nordic Bank');
    expect(rows[0]!.actors).not.toContain('Norway');
    expect(rows[0]!.actors).not.toContain('Finland');
  });
  it('drops the members of ", which includes A and B, held"', () => {
    const rows = placed('In 2019 the Baltic Assembly, which includes Estonia and Latvia, held a session in Oslo.', {
      dates: [['2019', '2019']],
      entities: [['Baltic Assembly', 'Baltic Assembly', 'organization'], ['Estonia', 'Estonia', 'country'], ['Latvia', 'Latvia', 'country'], city('Oslo')],
    });
    expect(rows[0]!.actors).toContain('Baltic Assembly');
    expect(rows[0]!.actors).not.toContain('Estonia');
  });
  it('keeps states that are the clause\'s own doers ("A and B, which border C, signed")', () => {
    const rows = placed('In 2017 Estonia and Latvia, which border Russia, signed a pact.', {
      dates: [['2017', '2017']],
      entities: [['Estonia', 'Estonia', 'country'], ['Latvia', 'Latvia', 'country'], ['Russia', 'Russia', 'country']],
    });
    expect(rows[0]!.actors).toEqual(expect.arrayContaining(['Estonia', 'Latvia']));
  });
});

describe('a counted group far back prefers a coordinated list', () => {
  it('reads "the three countries" as the list "A, B and C", not three states scattered over a later sentence', () => {
    const ms = entities(
      'Ferries\n\nSummary. Estonia, Latvia and Finland plan a joint ferry fund. In 2019 a Latvian study proposed to turn Estonia into a hub linking Europe with Poland and Sweden.\n\nThe second route\n\nIn 2021 the transport ministers of the three countries met in Riga.',
    );
    expect(names(ms.filter((m) => m.text === 'the three countries')).sort()).toEqual(['Estonia', 'Finland', 'Latvia']);
  });
  it('keeps the scattered three when no coordinated list precedes', () => {
    const ms = entities('Trade\n\nIn 2019 Estonia proposed a hub linking Europe with Poland and Sweden.\n\nLater\n\nIn 2021 the ministers of the three countries met in Riga.');
    expect(names(ms.filter((m) => m.text === 'the three countries')).sort()).toEqual(['Estonia', 'Poland', 'Sweden']);
  });
  it('takes the list in the same sentence first', () => {
    const ms = entities('Trade\n\nIn 2021 Norway, Sweden and Finland said the three countries would share a grid.');
    expect(names(ms.filter((m) => m.text === 'the three countries')).sort()).toEqual(['Finland', 'Norway', 'Sweden']);
  });
});

const names = (ms: EntityMention[]): string[] => ms.map((m) => m.name);
