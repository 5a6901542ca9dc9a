/**
 * The cue-word families of the entity stage (src/extract/entities/cues.ts): each family's own
 * examples, run through the whole extractor. A match example must give an entity of that name
 * and kind; a no-match example must give no entity of that name (of that kind, when given).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { CUE_FAMILIES, pluralTitleWord } from '../../../src/extract/entities/cues.js';
import { miniDoc } from '../../../src/extract/entities/rules.js';

function entities(text: string): { name: string; kind: string; text: string }[] {
  const { doc, dates } = miniDoc(text);
  return extractEntities(doc, dates, { value: '2023-01-01', method: 'header', span: null }, { messages: [] }).map((m) => ({ name: m.name, kind: m.entityKind, text: m.text }));
}

describe('cue families', () => {
  it('have unique ids, descriptions, match and no-match examples', () => {
    const ids = CUE_FAMILIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of CUE_FAMILIES) {
      expect(f.description.length).toBeGreaterThan(0);
      expect(f.examples.match.length).toBeGreaterThan(0);
      expect(f.examples.noMatch.length).toBeGreaterThan(0);
    }
  });
  for (const f of CUE_FAMILIES) {
    describe(f.id, () => {
      for (const ex of f.examples.match) {
        it(`finds ${ex.name} (${ex.kind}) in ${JSON.stringify(ex.text)}`, () => {
          const got = entities(ex.text);
          expect(got.filter((e) => e.name === ex.name && (!ex.kind || e.kind === ex.kind)).length, JSON.stringify(got)).toBeGreaterThan(0);
        });
      }
      for (const ex of f.examples.noMatch) {
        it(`does not find ${ex.name}${ex.kind ? ` as ${ex.kind}` : ''} in ${JSON.stringify(ex.text)}`, () => {
          const got = entities(ex.text);
          expect(got.filter((e) => e.name === ex.name && (!ex.kind || e.kind === ex.kind)), JSON.stringify(got)).toEqual([]);
        });
      }
    });
  }
});

describe('plural titles', () => {
  it('forms the plural of a title word', () => {
    expect(pluralTitleWord('Minister')).toEqual(['Ministers']);
    expect(pluralTitleWord('Deputy')).toEqual(['Deputies']);
    expect(pluralTitleWord('Secretary')).toEqual(['Secretaries']);
    expect(pluralTitleWord('Envoy')).toEqual(['Envoys']);
    expect(pluralTitleWord('Prince')).toEqual(['Princes']);
  });
});

describe('no input throws; every span is the text it quotes', () => {
  const words = ['Palace', 'Hall', 'Accords', 'Is', 'and', 'the', 'Ministers', 'Kara-Su', 'glacier', 'plant', 'town', 'of', 'See', 'University', 'Kazakhstan', 'Aidana', 'Kurmanova', 'JSC', 'Center', 'Week', ',', '.', '\n'];
  it('holds for random phrases of cue words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (ws) => {
        const text = ws.join(' ');
        const { doc, dates } = miniDoc(text);
        const ms = extractEntities(doc, dates, { value: null, method: 'none', span: null }, { messages: [] });
        for (const m of ms) {
          expect(m.span.start).toBeGreaterThanOrEqual(0);
          expect(m.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
        }
      }),
      { numRuns: 150 },
    );
  });
});
