/**
 * A brief's own spelling of a transliterated name (resolve/entities.ts documentSpellings): the
 * Turkmen "-ow" / Russian "-ov" surname endings and the British "-isation" / American "-ization"
 * are two spellings of one name; event actors carry the one the brief writes (entity records keep
 * the canonical name, the brief's spelling an alias). Other
 * differences keep the gazetteer's form. The sentences are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { rawText } from '../helpers/raw.js';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { ExtractedDoc, RawInput } from '../../src/core/types.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { miniDoc } from '../../src/extract/entities/rules.js';
import { analyzeRaw } from '../../src/pipeline.js';
import { documentSpellings, resolveEntities } from '../../src/resolve/entities.js';

function extracted(text: string): ExtractedDoc {
  const { doc, dates } = miniDoc(text);
  const documentDate = { value: '2023-01-01', method: 'header' as const, span: null };
  const mentions = extractEntities(doc, dates, documentDate, { messages: [] });
  return { ...doc, documentDate, mentions: [...dates, ...mentions] };
}

const raw = (text: string, n: number): RawInput => rawText(text, 'spell', n);

describe('documentSpellings', () => {
  it('takes the "-ov" spelling of a surname the gazetteer writes with "-ow"', () => {
    const doc = extracted('Grain exports rose in 2019. Gurbanguly Berdimuhamedov opened a new silo near Mary that spring, and Berdimuhamedov praised the harvest.');
    expect(documentSpellings(doc).get('Gurbanguly Berdimuhamedow')).toBe('Gurbanguly Berdimuhamedov');
  });
  it('takes the "-ization" spelling of an organisation', () => {
    const doc = extracted('The World Health Organisation sent vaccines in 2021. The Shanghai Cooperation Organization met in 2022.');
    const m = documentSpellings(doc);
    expect(m.get('Shanghai Cooperation Organisation')).toBe('Shanghai Cooperation Organization');
    // (and the other way round: the British form where the gazetteer has the American one)
    expect(m.get('World Health Organization')).toBe('World Health Organisation');
  });
  it('keeps the gazetteer form when the brief writes it so, or writes it both ways equally', () => {
    expect(documentSpellings(extracted('Serdar Berdimuhamedow toured a cotton mill in 2023.')).size).toBe(0);
    const both = extracted('Serdar Berdimuhamedow spoke in 2023. Serdar Berdimuhamedov replied in 2024.');
    expect(documentSpellings(both).has('Serdar Berdimuhamedow')).toBe(false);
  });
  it('leaves other differences (a dropped letter, another consonant) to the gazetteer', () => {
    const doc = extracted('Kassym-Jomart Tokaev visited a wheat farm in 2020.');
    expect(documentSpellings(doc).has('Kassym-Jomart Tokayev')).toBe(false);
  });
});

describe('rows carry the brief spelling', () => {
  it('keeps the entity record under the canonical name (one record across briefs), the brief spelling an alias', () => {
    const doc = extracted('Serdar Berdimuhamedov inaugurated a stadium in Ashgabat in 2023.');
    const { entities, mentions } = resolveEntities(doc, new ProvenanceBuilder(doc));
    const rec = entities.find((e) => e.name === 'Serdar Berdimuhamedow');
    expect(rec).toMatchObject({ kind: 'person' });
    expect(rec!.aliases).toContain('Serdar Berdimuhamedov');
    expect(entities.map((e) => e.name)).not.toContain('Serdar Berdimuhamedov');
    expect(mentions.some((r) => r.entity === 'Serdar Berdimuhamedow')).toBe(true);
  });
  it('gives event actors in it', async () => {
    const doc = await analyzeRaw(raw('On 3 May 2024 the Collective Security Treaty Organisation held a summit in Minsk on air defence.', 1));
    const actors = doc.events.flatMap((e) => e.actors);
    expect(actors).toContain('Collective Security Treaty Organisation');
    expect(actors).not.toContain('Collective Security Treaty Organization');
  });
  it('keeps a person with their country under the brief spelling', async () => {
    const doc = await analyzeRaw(raw('On 12 June 2019 Gurbanguly Berdimuhamedov visited Tokyo for talks on a fertiliser plant.', 2));
    const ev = doc.events.find((e) => e.actors.includes('Gurbanguly Berdimuhamedov'));
    expect(ev).toBeDefined();
    expect(ev!.actors).toContain('Turkmenistan');
    expect(ev!.actors).not.toContain('Gurbanguly Berdimuhamedow');
  });
});
