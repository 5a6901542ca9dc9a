/**
 * The gazetteer's data (src/lexicon/gazetteer.ts) and a few of its entries at work in entity
 * extraction: offices by date, abbreviations, spelling variants, and names of bodies that
 * differ only in a place or a number. The sentences are the project's own.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentDate, EntityMention } from '../../src/core/types.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { miniDoc } from '../../src/extract/entities/rules.js';
import { sameHead } from '../../src/extract/entities/naming.js';
import { AMBIGUOUS_ALONE, formsOf, GAZETTEER, gazetteerEntry } from '../../src/lexicon/gazetteer.js';

function run(text: string, docDate: string | null = null): EntityMention[] {
  const { doc, dates } = miniDoc(text);
  const dd: DocumentDate = docDate ? { value: docDate, method: 'header', span: null } : { value: null, method: 'none', span: null };
  return extractEntities(doc, dates, dd, { messages: [] });
}
const on = (ms: EntityMention[], surface: string): string[] => ms.filter((m) => m.text === surface).map((m) => m.name);

const ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

describe('gazetteer data', () => {
  it('dates every office in ISO form, its end not before its start', () => {
    const bad: string[] = [];
    for (const e of GAZETTEER) {
      for (const o of e.offices ?? []) {
        if (!ISO.test(o.from) || (o.to !== undefined && !ISO.test(o.to))) bad.push(`${e.name}: ${o.title} ${o.from}–${o.to ?? ''}`);
        else if (o.to !== undefined && o.to.slice(0, o.from.length) < o.from.slice(0, o.to.length)) bad.push(`${e.name}: ${o.title} ends before it starts`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('gives every person a country and every office a body or state of the gazetteer', () => {
    const bad: string[] = [];
    for (const e of GAZETTEER.filter((x) => x.kind === 'person')) {
      if (!e.country) bad.push(`${e.name}: no country`);
      for (const o of e.offices ?? []) if (!gazetteerEntry(o.of)) bad.push(`${e.name}: ${o.title} of ${o.of}?`);
    }
    expect(bad).toEqual([]);
  });
  it('lists no lower-case word as a form (a common word would become an entity; "al-" names aside)', () => {
    const bad: string[] = [];
    for (const e of GAZETTEER) for (const { form } of formsOf(e)) if (!/^(?:[\p{Lu}\p{N}]|al-\p{Lu})/u.test(form)) bad.push(form);
    expect(bad).toEqual([]);
  });
  it('makes no common word an entity', () => {
    expect(AMBIGUOUS_ALONE).toContain('Mary');
    const ms = run('In 2023 rats and caps were counted, the state grid was mended and the energy of china grew.');
    expect(ms.map((m) => m.text)).toEqual([]);
  });
});

describe('new entries at work', () => {
  it('an office resolves by the year: the Kyrgyz foreign minister, the Tajik foreign minister', () => {
    expect(on(run('In 2023 the Kyrgyz foreign minister visited Baku.'), 'Kyrgyz foreign minister')).toEqual(['Jeenbek Kulubaev']);
    expect(on(run('In 2016 the Tajik foreign minister visited Astana.'), 'Tajik foreign minister')).toEqual(['Sirodjidin Aslov']);
    expect(on(run('In 2022 the Tajik foreign minister visited Astana.'), 'Tajik foreign minister')).toEqual(['Sirojiddin Muhriddin']);
    expect(on(run('In 2005 the Russian prime minister opened the forum.'), 'Russian prime minister')).toEqual(['Mikhail Fradkov']);
  });
  it('an abbreviation names its body', () => {
    expect(on(run('In 2024 the UNFCCC secretariat sent a delegation to Baku.'), 'UNFCCC')).toEqual(['United Nations Framework Convention on Climate Change']);
    expect(on(run('Since 2020 ANAMA has cleared mines near Aghdam.'), 'ANAMA')).toEqual(['Mine Action Agency of the Republic of Azerbaijan']);
    expect(on(run('In 2015 Beijing and Islamabad launched CPEC.'), 'CPEC')).toEqual(['China–Pakistan Economic Corridor']);
  });
  it('a spelling variant joins the person by similarity', () => {
    expect(on(run('In 2019 Defence Minister Sergei Shoygu visited Dushanbe.'), 'Sergei Shoygu')).toEqual(['Sergei Shoigu']);
    expect(on(run('In 2021 Prime Minister Qokhir Rasulzoda met the delegation.'), 'Qokhir Rasulzoda')).toEqual(['Kokhir Rasulzoda']);
  });
  it('a surname alone resolves by date', () => {
    expect(on(run('In 1998 President Demirel met Heydar Aliyev. In 1992 Demirel was prime minister.'), 'Demirel')).toEqual(['Süleyman Demirel', 'Süleyman Demirel']);
    expect(on(run('In 2015 Prime Minister Sharif visited Tashkent.'), 'Sharif')).toEqual(['Nawaz Sharif']);
    expect(on(run('In 2023 Prime Minister Sharif visited Tashkent.'), 'Sharif')).toEqual(['Shehbaz Sharif']);
  });
});

describe('bodies that differ only in a place or a number are different bodies', () => {
  it('an unlisted central bank is not a listed one of another country', () => {
    const ms = run('In 2023 the Central Bank of Mongolia raised its rate.');
    expect(ms.map((m) => m.name).filter((n) => /Central Bank|National Bank/.test(n))).toEqual(['Central Bank of Mongolia']);
  });
  it('an unlisted plant is not a listed one with another number', () => {
    const ms = run('In 2024 work began on the Kambarata-3 hydropower plant.');
    expect(ms.map((m) => m.name)).not.toContain('Kambarata-1');
    expect(ms.map((m) => m.name)).not.toContain('Kambarata-2');
  });
  it('a misspelling without the place word still joins its body', () => {
    expect(on(run('The Shangai Cooperation Organisation met in 2019.'), 'Shangai Cooperation Organisation')).toEqual(['Shanghai Cooperation Organisation']);
  });
  it('a body named by a head word is no variant of a listed name without one', () => {
    const ms = run('The Eurasia Center of the council published a report in 2021.');
    expect(ms.map((m) => m.name)).not.toContain('Eurasianet');
    expect(sameHead('eurasia center', 'eurasianet')).toBe(false);
    expect(sameHead('eurasia centre', 'eurasia center')).toBe(true);
    expect(sameHead('shangai cooperation organisation', 'shanghai cooperation organization')).toBe(true);
    expect(sameHead('kazmunaigas', 'kazmunaygas')).toBe(true);
  });
});
