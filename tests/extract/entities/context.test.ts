/**
 * Entity extraction beyond plain gazetteer names: context resolutions (pair, side, office,
 * surname by date), abbreviations learned in a brief, glued PDF words, spelling variants.
 * Documents are built by miniDoc (headings = lines without final punctuation; years = dates).
 */
import { describe, expect, it } from 'vitest';
import type { DocumentDate, EntityMention } from '../../../src/core/types.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { miniDoc } from '../../../src/extract/entities/rules.js';

const NO_DATE: DocumentDate = { value: null, method: 'none', span: null };

function run(text: string, docDate: string | null = null, dct?: string): EntityMention[] {
  const { doc, dates } = miniDoc(text);
  const dd: DocumentDate = docDate ? { value: docDate, method: 'header', span: null } : NO_DATE;
  return extractEntities(doc, dates, dd, dct ? { dct, messages: [] } : { messages: [] });
}

const on = (ms: EntityMention[], surface: string): EntityMention[] => ms.filter((m) => m.text === surface);
const names = (ms: EntityMention[]): string[] => ms.map((m) => m.name);

describe('context: the two countries / both sides', () => {
  it('takes the pair from the section heading', () => {
    const ms = run('Azerbaijan and Uzbekistan\nTrade has grown steadily, and both sides expect more.');
    const pair = on(ms, 'both sides');
    expect(pair.every((m) => m.ruleId === 'entities/context/pair')).toBe(true);
    expect(names(pair).sort()).toEqual(['Azerbaijan', 'Uzbekistan']);
    expect(pair[0]!.span).toEqual(pair[1]!.span);
  });
  it('prefers two countries named earlier in the same sentence (the last two)', () => {
    const ms = run('Relations\nGeorgia has embassies in Kazakhstan and Mongolia, and both countries have missions in Tbilisi.');
    expect(names(on(ms, 'both countries')).sort()).toEqual(['Kazakhstan', 'Mongolia']);
  });
  it('falls back on the previous sentence naming two countries', () => {
    const ms = run('Ties\nIn 2016 Mongolia and Kyrgyzstan opened consulates. Since then the two states have met often.');
    expect(names(on(ms, 'the two states')).sort()).toEqual(['Kyrgyzstan', 'Mongolia']);
  });
  it('in an earlier sentence naming three, sets aside countries named only as places or adjectives', () => {
    const ms = run('Floods\nAfter the floods in Moldova, President Zelenskyy and Romania’s president wrote to the Moldovan people. Both countries sent aid.');
    expect(names(on(ms, 'Both countries')).sort()).toEqual(['Romania', 'Ukraine']);
  });
  it('reads "bilateral" as the pair, and falls back on an earlier heading (the title)', () => {
    const ms = run('Ties between Kyrgyzstan and Türkiye\nHistory\nThe railway opened. Since then bilateral trade has doubled.');
    expect(names(on(ms, 'bilateral')).sort()).toEqual(['Kyrgyzstan', 'Türkiye']);
    expect(on(ms, 'bilateral').every((m) => m.ruleId === 'entities/context/pair')).toBe(true);
    expect(on(run('Bilateral trade has doubled.'), 'Bilateral')).toEqual([]);
  });
  it('falls back on the title line of a plain text brief', () => {
    const ms = run('KYRGYZSTAN AND TÜRKIYE:\nHistory\nThe railway opened. Since then bilateral trade has doubled.');
    expect(names(on(ms, 'bilateral')).sort()).toEqual(['Kyrgyzstan', 'Türkiye']);
  });
  it('resolves nothing when no pair is in sight', () => {
    const ms = run('Trade has grown, and both sides expect more.');
    expect(on(ms, 'both sides')).toEqual([]);
  });
});

describe('context: the Kazakh side', () => {
  it('names the country and replaces the bare demonym mention', () => {
    const ms = run('The Kazakh side proposed new tariffs.');
    const side = ms.filter((m) => m.ruleId === 'entities/context/side');
    expect(side.map((m) => [m.text, m.name])).toEqual([['Kazakh side', 'Kazakhstan']]);
    expect(on(ms, 'Kazakh')).toEqual([]);
  });
});

describe('context: office holder by date', () => {
  it('uses a date in the same sentence', () => {
    expect(names(on(run('In 2009 the Kazakh president visited Baku.'), 'Kazakh president'))).toEqual(['Nursultan Nazarbayev']);
    expect(names(on(run('In 2022 the Kazakh president visited Baku.'), 'Kazakh president'))).toEqual(['Kassym-Jomart Tokayev']);
    expect(names(on(run('In 1995 the President of Uzbekistan came.'), 'President of Uzbekistan'))).toEqual(['Islam Karimov']);
  });
  it('falls back on the document date, and --dct overrides it', () => {
    expect(names(on(run('The Kazakh president visited Baku.', '2010-05-01'), 'Kazakh president'))).toEqual(['Nursultan Nazarbayev']);
    expect(names(on(run('The Kazakh president visited Baku.', '2023-05-01'), 'Kazakh president'))).toEqual(['Kassym-Jomart Tokayev']);
    expect(names(on(run('The Kazakh president visited Baku.', '2023-05-01', '2010-01-01'), 'Kazakh president'))).toEqual(['Nursultan Nazarbayev']);
  });
  it('is not used when a name follows or no date is known', () => {
    expect(run('In 2009 the Kazakh president Nursultan Nazarbayev visited Baku.').filter((m) => m.ruleId === 'entities/context/office')).toEqual([]);
    expect(run('The Kazakh president visited Baku.').filter((m) => m.ruleId === 'entities/context/office')).toEqual([]);
  });
});

describe('context: bare surname by date', () => {
  it('Aliyev before October 2003 is Heydar, after is Ilham', () => {
    expect(names(on(run('In 1997 Aliyev signed the contract.'), 'Aliyev'))).toEqual(['Heydar Aliyev']);
    expect(names(on(run('In 2012 Aliyev signed the contract.'), 'Aliyev'))).toEqual(['Ilham Aliyev']);
    expect(names(on(run('Aliyev signed the contract.', '2001-03-01'), 'Aliyev'))).toEqual(['Heydar Aliyev']);
    expect(on(run('In 2012 Aliyev signed the contract.'), 'Aliyev')[0]!.ruleId).toBe('entities/context/surname-date');
  });
  it('a surname only one known person bears needs no date', () => {
    const m = on(run('Tokayev spoke.'), 'Tokayev');
    expect(m.map((x) => [x.name, x.ruleId])).toEqual([['Kassym-Jomart Tokayev', 'entities/person/surname']]);
  });
});

describe('abbreviations defined in a brief', () => {
  it('learns a new abbreviation and maps every later use to the long form', () => {
    const ms = run('The Caspian Littoral Energy Forum (CLEF) met in spring. Later CLEF members agreed.');
    const clef = on(ms, 'CLEF');
    expect(clef.length).toBe(2);
    expect(new Set(names(clef))).toEqual(new Set(['Caspian Littoral Energy Forum']));
    expect(clef.every((m) => m.ruleId === 'entities/abbreviation/learned')).toBe(true);
  });
  it('a defined long form that is a known body joins it, and the abbreviation follows', () => {
    const ms = run('Hungary sent observers to the Organisation of Turkik States (OTS) in spring. The OTS met in Tashkent.');
    expect(new Set(names(on(ms, 'OTS')))).toEqual(new Set(['Organization of Turkic States']));
    const [long] = on(ms, 'Organisation of Turkik States');
    expect(long!.ruleId).toBe('entities/abbreviation/variant');
    expect(long!.score).toBeLessThan(1);
  });
  it('a known long form keeps the gazetteer entity', () => {
    const ms = run('Belarus hosted the Collective Security Treaty Organisation (CSTO) drill, and the CSTO staff stayed a week.');
    expect(new Set(names(on(ms, 'CSTO')))).toEqual(new Set(['Collective Security Treaty Organization']));
  });
  it('is not learned unless the initials fit', () => {
    const ms = run('The Steppe Road Club (XYZ) met. XYZ members agreed.');
    expect(on(ms, 'XYZ')).toEqual([]);
  });
});

describe('glued PDF words', () => {
  it('recognises joined multi-word names and splits glued pairs and compounds', () => {
    const ms = run('Talks on NagornoKarabakh stalled; the MongoliaKazakhstan committee, an EUbacked fund and Russiandriven blocs.');
    expect(names(on(ms, 'NagornoKarabakh'))).toEqual(['Nagorno-Karabakh']);
    expect(names(on(ms, 'Mongolia'))).toEqual(['Mongolia']);
    expect(names(on(ms, 'Kazakhstan'))).toEqual(['Kazakhstan']);
    expect(names(on(ms, 'EU'))).toEqual(['European Union']);
    expect(names(on(ms, 'Russian'))).toEqual(['Russia']);
  });
  it('does not split words that are not made of names', () => {
    const ms = run('The McDonald council and the KhazarGas board met.');
    expect(ms.filter((m) => m.ruleId.startsWith('entities/glued/'))).toEqual([]);
  });
});

describe('spelling variants', () => {
  it('joins a known person above the threshold with the score recorded', () => {
    const [m] = on(run('President Gurbanguly Berdymukhammedov received the envoy.'), 'Gurbanguly Berdymukhammedov');
    expect(m!.name).toBe('Gurbanguly Berdimuhamedow');
    expect(m!.ruleId).toBe('entities/variant/person');
    expect(m!.score).toBeGreaterThanOrEqual(0.92);
    expect(m!.score).toBeLessThan(1);
  });
  it('a bare variant surname joins a person', () => {
    const [m] = on(run('Later Rahmonov spoke.'), 'Rahmonov');
    expect(m!.name).toBe('Emomali Rahmon');
    expect(m!.entityKind).toBe('person');
  });
  it('kinds must agree: an organisation named after a person is not the person', () => {
    const ms = run('The Berdymukhammedov Foundation opened a school.');
    expect(ms.some((m) => m.entityKind === 'person')).toBe(false);
    expect(ms.map((m) => [m.name, m.entityKind])).toContainEqual(['Berdymukhammedov Foundation', 'organization']);
  });
  it('a different person with a similar name stays apart', () => {
    const ms = run('Foreign Minister Ararat Mirzoyan met Shavkat Mirziyoyev.');
    expect(names(ms)).toContain('Ararat Mirzoyan');
    expect(names(ms)).toContain('Shavkat Mirziyoyev');
  });
});

describe('unknown names', () => {
  it('become entities of their kind, named by the tidied surface form', () => {
    const ms = run('The report by Dr. Marat Seitkaliyev of the Steppe Policy Institute was cited.');
    expect(ms.map((m) => [m.name, m.entityKind])).toEqual([
      ['Marat Seitkaliyev', 'person'],
      ['Steppe Policy Institute', 'organization'],
    ]);
  });
  it('a new person spelled two ways in one brief is one entity, and the bare surname follows', () => {
    const ms = run('The envoy Dr. Yerbol Tashenov arrived. Later Dr. Yerbol Tashenow met the press, and Tashenov left.');
    expect(new Set(ms.filter((m) => m.entityKind === 'person').map((m) => m.name))).toEqual(new Set(['Yerbol Tashenov']));
    expect(ms.filter((m) => m.entityKind === 'person').length).toBe(3);
  });
  it('splits runs that join names with "and", a weekday or a title', () => {
    const ms = run('Flights between Tirana and Skopje resumed; the Tirana Wednesday market opened.');
    expect(ms.map((m) => m.text)).not.toContain('Tirana and Skopje');
    expect(ms.map((m) => m.text)).not.toContain('Tirana Wednesday');
  });
  it('sentence-initial common words, months and headings of common words are not names', () => {
    const ms = run('However, in May the talks resumed. Strategic partnership grew. Strategic Partnership\nTrade rose.');
    expect(ms).toEqual([]);
  });
});

describe('context: groups of three or more', () => {
  it('takes the group from the same sentence, the whole hyphenated name included', () => {
    const ms = run('The Iran-Armenia-Georgia road opened after the three nations paid for it.');
    expect(names(on(ms, 'the three nations')).sort()).toEqual(['Armenia', 'Georgia', 'Iran']);
    expect(on(ms, 'the three nations').every((m) => m.ruleId === 'entities/context/group')).toBe(true);
  });
  it('takes the group from the section heading', () => {
    const ms = run('Iran, Armenia and Georgia\nFerry traffic rose. All three governments welcomed it.');
    expect(names(on(ms, 'All three governments')).sort()).toEqual(['Armenia', 'Georgia', 'Iran']);
  });
  it('falls back on the last earlier sentence naming that many participants, demonyms set aside', () => {
    const ms = run('Rail talks\nIn 2021 Türkiye, Georgia and Azerbaijan set tariffs. Kazakh wheat and Uzbek cotton moved west. Later the three states met.');
    expect(names(on(ms, 'the three states')).sort()).toEqual(['Azerbaijan', 'Georgia', 'Türkiye']);
  });
  it('falls back on an earlier heading (the title) in another section', () => {
    const ms = run('Ties between Mongolia, China and Russia\nOverview\nThe railway carried more freight. Later the three countries signed a protocol.');
    expect(names(on(ms, 'the three countries')).sort()).toEqual(['China', 'Mongolia', 'Russia']);
  });
  it('gives the office holders of the group at the date', () => {
    const ms = run('Kyrgyzstan, Kazakhstan and Uzbekistan\nIn 2019 the foreign ministers of the three countries gathered in Osh.');
    const holders = ms.filter((m) => m.ruleId === 'entities/context/group-holders');
    expect(new Set(names(holders))).toEqual(new Set(['Mukhtar Tileuberdi', 'Abdulaziz Komilov']));
  });
  it('resolves nothing when the number does not fit what is named', () => {
    const ms = run('Kazakhstan and China signed, and the three countries met.');
    expect(on(ms, 'the three countries')).toEqual([]);
    expect(on(run('Trade rose, and the three countries of the bloc met.'), 'the three countries of the bloc')).toEqual([]);
  });
});

describe('demonyms as modifiers', () => {
  it('marks a single demonym before a noun of place in a phrase of place, the country kept', () => {
    const ms = run('Trucks queued at the Uzbek border, and the road from the Tajik section was shut.');
    for (const s of ['Uzbek', 'Tajik']) {
      const [m] = on(ms, s);
      expect(m!.ruleId).toBe('entities/demonym/place');
      expect(m!.role).toBe('modifier');
      expect(m!.entityKind).toBe('country');
    }
    expect(names(on(ms, 'Uzbek'))).toEqual(['Uzbekistan']);
  });
  it('marks demonyms before goods, a list included', () => {
    const ms = run('Kazakh and Turkmen crude oil went east.');
    expect(on(ms, 'Kazakh')[0]!.ruleId).toBe('entities/demonym/goods');
    expect(on(ms, 'Turkmen')[0]!.ruleId).toBe('entities/demonym/goods');
    // The producer may be a party (it supplies the goods): no modifier role.
    expect(on(ms, 'Kazakh')[0]!.role).toBeUndefined();
  });
  it('leaves a party as a plain demonym: institutions, people, a place as subject, a border of two', () => {
    const ms = run('The Tajik parliament voted and Turkmen officials agreed. The Armenian section could reopen. Clashes on the Tajik-Afghan border went on.');
    expect(ms.filter((m) => m.entityKind === 'country').map((m) => m.ruleId)).toEqual(Array(5).fill('entities/gazetteer/demonym'));
    expect(ms.some((m) => m.role !== undefined)).toBe(false);
  });
  it('does not count modifiers as the pair of a later phrase', () => {
    const ms = run('Talks\nTajikistan and Kyrgyzstan met. Afghan wheat and Iranian gas were discussed. Both sides agreed.');
    expect(names(on(ms, 'Both sides')).sort()).toEqual(['Kyrgyzstan', 'Tajikistan']);
  });
});

describe('institutions named after a person', () => {
  it('are organisations or places, not the person', () => {
    const ms = run('In 2015 students of Nazarbayev University visited the Heydar Aliyev Center and the Aliyev Foundation.');
    expect(ms.filter((m) => m.entityKind === 'person')).toEqual([]);
    expect(ms.map((m) => [m.name, m.entityKind])).toEqual([
      ['Nazarbayev University', 'organization'],
      ['Heydar Aliyev Center', 'organization'],
      ['Aliyev Foundation', 'organization'],
    ]);
  });
  it('leave the person alone when no institution word follows', () => {
    const ms = run('In 2015 Nazarbayev spoke at the university.');
    expect(ms.map((m) => [m.name, m.entityKind])).toEqual([['Nursultan Nazarbayev', 'person']]);
  });
});

describe('spelling variants of other leaders (the similarity rule is general)', () => {
  it.each([
    ['In 2005 President Nursultan Nazarbaev opened the bridge.', 'Nursultan Nazarbaev', 'Nursultan Nazarbayev'],
    ['President Kassym-Jomart Tokaev signed the decree.', 'Kassym-Jomart Tokaev', 'Kassym-Jomart Tokayev'],
    ['In 1999 President Islam Karimow met the envoy.', 'Islam Karimow', 'Islam Karimov'],
    ['In 2010 Nazarbaev replied.', 'Nazarbaev', 'Nursultan Nazarbayev'],
    ['Later Tokaev replied.', 'Tokaev', 'Kassym-Jomart Tokayev'],
  ])('%s', (text, surface, name) => {
    const [m] = on(run(text), surface);
    expect(m!.name).toBe(name);
    expect(m!.ruleId).toBe('entities/variant/person');
    expect(m!.score).toBeGreaterThanOrEqual(0.92);
    expect(m!.score).toBeLessThan(1);
  });
});
