/**
 * resolveEntities: one record per canonical name, aliases = surface forms seen (variants
 * included, context phrases left out), one mention row per entity mention whose quote is the
 * original text at its span. entityKindOf / countryOf for the event assembly.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { ExtractedDoc } from '../../src/core/types.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { miniDoc } from '../../src/extract/entities/rules.js';
import { countryOf, entityKindOf, resolveEntities } from '../../src/resolve/entities.js';
import { projectParties } from '../../src/resolve/events.js';

function extracted(text: string): ExtractedDoc {
  const { doc, dates } = miniDoc(text);
  const documentDate = { value: '2023-01-01', method: 'header' as const, span: null };
  const mentions = extractEntities(doc, dates, documentDate, { messages: [] });
  return { ...doc, documentDate, mentions: [...dates, ...mentions] };
}

describe('resolveEntities', () => {
  const text =
    'Azerbaijan and Turkmenistan\n' +
    'Azerbaijani and Turkmen officials met in Baku. President Gurbanguly Berdymukhammedov came in 2008, ' +
    'and Turkey’s envoy joined; Türkiye later sent grain. The two countries will hold talks in spring.';
  const doc = extracted(text);
  const { entities, mentions } = resolveEntities(doc, new ProvenanceBuilder(doc));

  it('gives one record per canonical name, with its kind', () => {
    const names = entities.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
    expect(entities.find((e) => e.name === 'Türkiye')).toMatchObject({ kind: 'country' });
    expect(names).not.toContain('Turkey');
    expect(entities.find((e) => e.name === 'Baku')).toMatchObject({ kind: 'city' });
    expect(entities.find((e) => e.name === 'Gurbanguly Berdimuhamedow')).toMatchObject({ kind: 'person' });
  });
  it('lists the surface forms seen as aliases, variants included, context phrases not', () => {
    expect(entities.find((e) => e.name === 'Türkiye')!.aliases).toEqual(['Turkey']);
    expect(entities.find((e) => e.name === 'Azerbaijan')!.aliases).toEqual(['Azerbaijani']);
    expect(entities.find((e) => e.name === 'Gurbanguly Berdimuhamedow')!.aliases).toEqual(['Gurbanguly Berdymukhammedov']);
    expect(entities.flatMap((e) => e.aliases)).not.toContain('The two countries');
  });
  it('makes one mention row per entity mention, quote = original text at the span', () => {
    const entityMentions = doc.mentions.filter((m) => m.kind === 'entity');
    expect(mentions.length).toBe(entityMentions.length);
    for (const r of mentions) {
      expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
      expect(r.id.startsWith('men_')).toBe(true);
      expect(r.entity.length).toBeGreaterThan(0);
    }
    expect(new Set(mentions.map((r) => r.id)).size).toBe(mentions.length);
    const pair = mentions.filter((r) => r.rule === 'entities/context/pair');
    expect(pair.map((r) => r.entity).sort()).toEqual(['Azerbaijan', 'Turkmenistan']);
  });
});

describe('resolveEntities: a defined abbreviation', () => {
  it('keeps the full name as canonical and the abbreviation as an alias', () => {
    const doc = extracted('Talks with the China National Petroleum Corporation (CNPC) went on. CNPC later paid.');
    const { entities } = resolveEntities(doc, new ProvenanceBuilder(doc));
    expect(entities.map((e) => e.name)).toEqual(['China National Petroleum Corporation']);
    expect(entities[0]!.aliases).toEqual(['CNPC']);
    expect(entities[0]!.kind).toBe('company');
  });
  it('does so for a body the gazetteer lacks', () => {
    const doc = extracted('The Steppe Water Council (SWC) met. Later SWC members agreed.');
    const { entities } = resolveEntities(doc, new ProvenanceBuilder(doc));
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([['Steppe Water Council', ['SWC']]]);
  });
  it('leaves group phrases out of the aliases', () => {
    const doc = extracted('Iran, Armenia and Georgia\nFerry traffic rose, and the three governments met.');
    const { entities } = resolveEntities(doc, new ProvenanceBuilder(doc));
    expect(entities.flatMap((e) => e.aliases)).not.toContain('the three governments');
  });
});

describe('entityKindOf / countryOf', () => {
  it('knows kinds of gazetteer entities and nothing else', () => {
    expect(entityKindOf('Kazakhstan')).toBe('country');
    expect(entityKindOf('Turkiye')).toBe('country');
    expect(entityKindOf('SOCAR')).toBe('company');
    expect(entityKindOf('Middle Corridor')).toBe('project');
    expect(entityKindOf('Steppe Policy Institute')).toBeNull();
  });
  it('maps cities, regions and people to their country, countries to themselves', () => {
    expect(countryOf('Baku')).toBe('Azerbaijan');
    expect(countryOf('Tashkent')).toBe('Uzbekistan');
    expect(countryOf('Astana')).toBe('Kazakhstan');
    expect(countryOf('Ilham Aliyev')).toBe('Azerbaijan');
    expect(countryOf('Nakhchivan')).toBe('Azerbaijan');
    expect(countryOf('Georgia')).toBe('Georgia');
    expect(countryOf('European Union')).toBeNull();
    expect(countryOf('Günther Oettinger')).toBeNull();
    expect(countryOf('Ursula von der Leyen')).toBeNull();
    expect(countryOf('Mikhail Gorbachev')).toBe('Soviet Union');
    expect(countryOf('Nowhere')).toBeNull();
  });
  it('reads "Brussels" as the European Union that sits there', () => {
    expect(countryOf('Brussels')).toBe('European Union');
  });
  it('knows the parties of a multilateral convention', () => {
    expect(projectParties('Caspian Sea Convention')).toEqual(['Azerbaijan', 'Iran', 'Kazakhstan', 'Russia', 'Turkmenistan']);
    expect(projectParties('Nowhere Pact')).toBeNull();
  });
});
