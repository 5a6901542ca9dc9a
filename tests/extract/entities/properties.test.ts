/**
 * Properties of the entity extractor: no input throws; every span is valid and its text is
 * the slice of the document; over the five shipped briefs, no real-world entity comes out
 * under two canonical spellings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../src/core/types.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { miniDoc } from '../../../src/extract/entities/rules.js';
import { foldKey, formsOf, GAZETTEER } from '../../../src/lexicon/gazetteer.js';

function run(text: string, docDate: string | null = null): EntityMention[] {
  const { doc, dates } = miniDoc(text);
  return extractEntities(doc, dates, { value: docDate, method: docDate ? 'latest' : 'none', span: null }, { messages: [] });
}

const WORDS = [
  'Azerbaijan', 'Kazakh', 'the', 'two', 'countries', 'both', 'sides', 'President', 'of', 'Uzbekistan', 'Aliyev',
  'in', '2003', '(', ')', 'CSTO', 'NagornoKarabakh', 'EUbacked', 'Türkiye', '’s', '-', '.', '\n', 'Dr.', 'Berdymukhammedov',
  'Institute', 'Steppe', 'side', 'Georgia', ',', 'Atlanta', 'U.S.', 'THE', 'KAZAKH', 'PRESIDENT',
  'three', 'all', 'governments', 'bilateral', 'trade', 'Uzbek', 'border', 'from', 'oil', 'and', 'Kyrgyz',
  'University', 'Nazarbayev', 'Foundation', 'Heydar', 'Center', 'China National Petroleum Corporation', '(CNPC)', 'CNPC',
];

function checkSpans(text: string, ms: EntityMention[]): void {
  for (const m of ms) {
    expect(m.span.start).toBeGreaterThanOrEqual(0);
    expect(m.span.end).toBeGreaterThan(m.span.start);
    expect(m.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.score).toBeGreaterThan(0);
    expect(m.score).toBeLessThanOrEqual(1);
  }
}

describe('entity extractor properties', () => {
  it('never throws and emits valid spans on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        checkSpans(text, run(text, '2020'));
      }),
      { numRuns: 300 },
    );
  });
  it('never throws and emits valid spans on texts made of names and context words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), fc.constantFrom(' ', '  ', ''), (words, sep) => {
        const text = words.join(sep);
        checkSpans(text, run(text, '2010-06-01'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('gazetteer', () => {
  it('gives each form one canonical name (no form names two entries of the same kind)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of GAZETTEER) {
      for (const { form } of formsOf(e)) {
        const k = `${e.kind}:${foldKey(form)}`;
        const prev = seen.get(k);
        if (prev !== undefined && prev !== e.name) clashes.push(`${form}: ${prev} / ${e.name}`);
        seen.set(k, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

/** A rough stand-in for normalize: lines of a paragraph joined, blank lines kept. */
function roughNormalize(text: string): string {
  return text.replace(/\r/g, '').replace(/([^\n])\n(?=[^\n])/g, '$1 ').replace(/\n{2,}/g, '\n');
}

describe('the five shipped briefs', () => {
  const dir = join(__dirname, '..', '..', '..', 'sources');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  const all = new Map<string, Set<string>>();
  for (const f of files) {
    const text = roughNormalize(readFileSync(join(dir, f), 'utf8'));
    for (const m of run(text, '2024')) {
      const s = all.get(m.name) ?? new Set<string>();
      s.add(m.text);
      all.set(m.name, s);
    }
  }
  it('are all read', () => {
    expect(files.length).toBe(5);
    expect(all.size).toBeGreaterThan(50);
  });
  it('name no entity under two spellings', () => {
    // Canonical names that fold to the same key, or a canonical name that is a gazetteer form
    // of another canonical name that also appears ("Turkey" and "Türkiye").
    const formOf = new Map<string, string>();
    for (const e of GAZETTEER) for (const { form } of formsOf(e)) formOf.set(foldKey(form).toLowerCase(), e.name);
    const byKey = new Map<string, string>();
    const dupes: string[] = [];
    for (const name of all.keys()) {
      const k = foldKey(name).toLowerCase().replace(/[^a-z0-9]+/g, '');
      const prev = byKey.get(k);
      if (prev && prev !== name) dupes.push(`${prev} / ${name}`);
      byKey.set(k, name);
      const canonical = formOf.get(foldKey(name).toLowerCase());
      if (canonical && canonical !== name && all.has(canonical)) dupes.push(`${name} -> ${canonical}`);
    }
    expect(dupes).toEqual([]);
    expect(all.has('Türkiye')).toBe(true);
    expect(all.has('Turkey')).toBe(false);
  });
  it('map known spelling variants to one person', () => {
    const names = [...all.keys()];
    for (const n of ['Emomali Rahmon', 'Gurbanguly Berdimuhamedow', 'Shavkat Mirziyoyev', 'Askar Akayev', 'Sadyr Japarov']) {
      expect(names).toContain(n);
    }
    expect(names.filter((n) => /Berdymukhammedov|Mirzoyev|Rahmonov|Akaev|Asker|Sadir/.test(n))).toEqual([]);
  });
});
