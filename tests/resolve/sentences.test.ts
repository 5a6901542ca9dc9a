/**
 * resolve/sentences.ts: the segment stage's sentences in original coordinates (doc.sentences,
 * filled by resolve) and the lookup the learned steps share (sentenceUnits, sentenceIndexAt,
 * sentenceOf).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedDoc, Span } from '../../src/core/types.js';
import { analyzeRaw, makeContext } from '../../src/pipeline.js';
import { sentenceIndexAt, sentenceOf, sentenceUnits } from '../../src/resolve/sentences.js';
import { rawText } from '../helpers/raw.js';

let n = 0;
async function analyse(text: string, learned = false): Promise<ResolvedDoc> {
  return analyzeRaw(rawText(text, 'sentences', n++), makeContext({ learned }));
}

/** A document of a text with the given sentences (no pipeline). */
function handDoc(text: string, sentences?: Span[]): Pick<ResolvedDoc, 'source' | 'sentences'> {
  const source = { id: 't.txt', path: 't.txt', sha256: '0'.repeat(64), format: 'txt' as const, encoding: 'utf-8', text, pages: [], bytes: text.length };
  return sentences ? { source, sentences } : { source };
}

const slices = (text: string, spans: Span[]): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('doc.sentences', () => {
  it('holds the segment stage sentences in original coordinates, sorted', async () => {
    const text = 'Grain routes\n\nThe ministry met the traders on 3 May 2021. It raised the quota in June.\nA second line follows here.';
    const doc = await analyse(text);
    expect(slices(text, doc.sentences!)).toEqual([
      'Grain routes', // (a brief's first line is its title paragraph for segment)
      'The ministry met the traders on 3 May 2021.',
      'It raised the quota in June.',
      'A second line follows here.',
    ]);
  });
  it('maps through normalization: a hyphenated line break and markdown emphasis stay in the original', async () => {
    const text = 'The two sides agreed to estab-\nlish a joint **water** commission in March 2019. Talks went on.';
    const doc = await analyse(text);
    const got = slices(text, doc.sentences!);
    expect(got).toEqual(['The two sides agreed to estab-\nlish a joint **water** commission in March 2019.', 'Talks went on.']);
  });
  it('stays with the document through the learned steps', async () => {
    const doc = await analyse('The ministry met the traders on 3 May 2021. It raised the quota in June.', true);
    expect(doc.sentences).toHaveLength(2);
  });
});

describe('sentenceUnits', () => {
  const text = 'Title Line\n\nDr. Smith went to Riga. He met the U.S. envoy there.\n\n| Year | Trade |\n\n- a list item';
  const sentences: Span[] = [
    { start: 12, end: 35 },
    { start: 36, end: 64 },
  ];
  it('adds the lines between sentences that hold words (headings, table rows, items), trimmed', () => {
    expect(slices(text, sentenceUnits(handDoc(text, sentences)))).toEqual([
      'Title Line',
      'Dr. Smith went to Riga.',
      'He met the U.S. envoy there.',
      '| Year | Trade |',
      '- a list item',
    ]);
  });
  it('uses the lines of the text when a document has no sentences', () => {
    expect(slices(text, sentenceUnits(handDoc(text)))).toEqual([
      'Title Line',
      'Dr. Smith went to Riga. He met the U.S. envoy there.',
      '| Year | Trade |',
      '- a list item',
    ]);
  });
  it('is never empty for a non-empty text, and empty text gives one empty unit', () => {
    expect(sentenceUnits(handDoc('...', []))).toEqual([{ start: 0, end: 3 }]);
    expect(sentenceUnits(handDoc('', []))).toEqual([{ start: 0, end: 0 }]);
  });
  it('gives sorted, disjoint units inside the text that cover every letter, for any sentences', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.array(fc.tuple(fc.nat(130), fc.nat(40)), { maxLength: 6 }),
        (t, raw) => {
          const sents = raw
            .map(([a, l]) => ({ start: Math.min(a, t.length), end: Math.min(a + l, t.length) }))
            .sort((x, y) => x.start - y.start);
          const units = sentenceUnits(handDoc(t, sents));
          expect(units.length).toBeGreaterThan(0);
          let at = 0;
          for (const u of units) {
            expect(u.start).toBeGreaterThanOrEqual(at);
            expect(u.end).toBeGreaterThanOrEqual(u.start);
            expect(u.end).toBeLessThanOrEqual(t.length);
            at = u.end;
          }
          for (let i = 0; i < t.length; i++) {
            if (/[\p{L}\p{N}]/u.test(t[i]!)) expect(units.some((u) => u.start <= i && i < u.end)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('lookup', () => {
  const text = 'First one here. Second one there.\n\nHeading\n\nThird one.';
  const doc = handDoc(text, [
    { start: 0, end: 15 },
    { start: 16, end: 33 },
    { start: 44, end: 54 },
  ]);
  it('sentenceIndexAt finds the unit at or before an offset', () => {
    const units = sentenceUnits(doc);
    expect(slices(text, units)).toEqual(['First one here.', 'Second one there.', 'Heading', 'Third one.']);
    expect(sentenceIndexAt(units, 0)).toBe(0);
    expect(sentenceIndexAt(units, 14)).toBe(0);
    expect(sentenceIndexAt(units, 15)).toBe(0); // the space between: the sentence before
    expect(sentenceIndexAt(units, 16)).toBe(1);
    expect(sentenceIndexAt(units, text.indexOf('Heading') + 2)).toBe(2);
    expect(sentenceIndexAt(units, text.length - 1)).toBe(3);
  });
  it('sentenceOf gives the sentence holding an offset', () => {
    const at = (w: string): string => {
      const s = sentenceOf(doc, text.indexOf(w));
      return text.slice(s.start, s.end);
    };
    expect(at('here')).toBe('First one here.');
    expect(at('there')).toBe('Second one there.');
    expect(at('Heading')).toBe('Heading');
    expect(at('Third')).toBe('Third one.');
  });
});
