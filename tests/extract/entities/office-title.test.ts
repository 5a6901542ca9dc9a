/**
 * A capitalised phrase that ends in an office noun ("the Energy Commissioner said", "the
 * Transport Minister told") names an office, not a person (extract/entities/unknown.ts
 * OFFICE_LAST). The sentences are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { miniDoc } from '../../../src/extract/entities/rules.js';

function names(text: string, kinds: string[]): string[] {
  const { doc, dates } = miniDoc(text);
  const ms = extractEntities(doc, dates, { value: '2023-01-01', method: 'header', span: null }, { messages: [] });
  return ms.filter((m) => kinds.includes(m.entityKind)).map((m) => m.name);
}

function persons(text: string): string[] {
  const { doc, dates } = miniDoc(text);
  const ms = extractEntities(doc, dates, { value: '2023-01-01', method: 'header', span: null }, { messages: [] });
  return ms.filter((m) => m.entityKind === 'person').map((m) => m.name);
}

describe('an office phrase is no person', () => {
  it('"the Energy Commissioner said" (gas storage)', () => {
    expect(persons("The EU's Energy Commissioner said in May 2023 that storage was nearly full.")).toEqual([]);
  });
  it('"the Transport Minister told" (ferries)', () => {
    expect(persons('The Transport Minister told parliament in 2022 that two new ferries were due.')).toEqual([]);
  });
  it('"the Health Secretary said" (hospitals)', () => {
    expect(persons('The Health Secretary said on Monday that six clinics would reopen.')).toEqual([]);
  });
  it('still reads a name set in the same place ("Anna Virtanen said", "Bolat Temirov told")', () => {
    expect(persons('Anna Virtanen said in 2021 that the port would expand. Bolat Temirov told reporters the same.')).toEqual(['Anna Virtanen', 'Bolat Temirov']);
  });
});

describe('two bodies joined by "and the" are two names (extract/entities/unknown.ts)', () => {
  it('an academy and a foundation (a library)', () => {
    const got = names('In 2019 the Nordic Academy and the Baltic Heritage Foundation opened a library in Tartu.', ['organization', 'company']);
    expect(got).toEqual(expect.arrayContaining(['Nordic Academy', 'Baltic Heritage Foundation']));
    expect(got.some((n) => / and the /.test(n))).toBe(false);
  });
  it('an authority and an institute (a harbour study)', () => {
    const got = names('The Harbour Authority and the Maritime Research Institute published a study in 2020.', ['organization', 'company']);
    expect(got).toEqual(expect.arrayContaining(['Harbour Authority', 'Maritime Research Institute']));
  });
  it('a council and a company (a rail contract)', () => {
    const got = names('In 2021 the Regional Transport Council and the Eastern Rail Company signed a contract.', ['organization', 'company']);
    expect(got.some((n) => / and the /.test(n))).toBe(false);
    expect(got).toEqual(expect.arrayContaining(['Eastern Rail Company']));
  });
});
