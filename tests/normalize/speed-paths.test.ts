/**
 * The hand-written scanners of the normalize stage (src/normalize/chars.ts, vocabulary) give
 * the same answers as the regular expressions they replace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCharWidth, wordCharWidthBefore } from '../../src/normalize/chars.js';
import { vocabulary } from '../../src/normalize/index.js';
import { compact, fromSource, slice } from '../../src/normalize/mapped.js';

/** The vocabulary as it was computed with a regex. */
function vocabularyByRegex(text: string): { words: Map<string, number>; hyphenated: Map<string, number> } {
  const words = new Map<string, number>();
  const hyphenated = new Map<string, number>();
  const inc = (map: Map<string, number>, k: string): void => void map.set(k, (map.get(k) ?? 0) + 1);
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    const w = m[0].toLowerCase();
    if (w.includes('-')) {
      inc(hyphenated, w);
      for (const part of w.split('-')) inc(words, part);
    } else inc(words, w);
  }
  return { words, hyphenated };
}

// Letters, digits, marks, hyphens, spaces, astral letters and emoji, the dotted capital I and sigma.
const PIECES = ['a', 'Z', '7', '-', ' ', '\n', 'é', 'İ', 'Σ', 'ΟΔΟΣ', 'ß', '𝐀', '😀', '\u0301', '²', '٣', 'x-y', '--', '\ud800', '_'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));

describe('normalize fast paths', () => {
  it('wordCharWidth agrees with \\p{L} and [\\p{L}\\p{N}] at every position', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i < t.length; i++) {
          const cp = t.codePointAt(i)!;
          const ch = String.fromCodePoint(cp);
          const w = ch.length;
          expect(wordCharWidth(t, i, false)).toBe(/\p{L}/u.test(ch) ? w : 0);
          expect(wordCharWidth(t, i, true)).toBe(/[\p{L}\p{N}]/u.test(ch) ? w : 0);
        }
        expect(wordCharWidth(t, t.length, true)).toBe(0);
        expect(wordCharWidthBefore(t, 0, true)).toBe(0);
      }),
    );
  });

  it('wordCharWidthBefore agrees with a look-behind', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (let i = 0; i <= t.length; i++) {
          // positions between the two halves of a surrogate pair are not code point boundaries
          const mid = i > 0 && /[\ud800-\udbff]/.test(t[i - 1]!) && /[\udc00-\udfff]/.test(t[i] ?? '');
          if (mid) continue;
          const lb = /(?<=[\p{L}\p{N}])/uy;
          lb.lastIndex = i;
          expect(wordCharWidthBefore(t, i, true) > 0).toBe(lb.test(t));
        }
      }),
    );
  });

  it('vocabulary equals the regex tokenisation', () => {
    fc.assert(
      fc.property(text, (t) => {
        const v = vocabulary(t);
        const r = vocabularyByRegex(t);
        expect([...v.words].sort()).toEqual([...r.words].sort());
        expect([...v.hyphenated].sort()).toEqual([...r.hyphenated].sort());
      }),
    );
  });

  it('vocabulary: hyphenated tokens in order of first occurrence, as the regex finds them', () => {
    const hyphenHeavy = fc
      .array(fc.constantFrom('a', 'B', '7', '-', '--', ' ', 'é', 'İ', 'Σ', '𝐀', '\u0301', 'x-y', 'long-term', 'Long-Term', '\ud800'), { maxLength: 50 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(hyphenHeavy, (t) => {
        const v = vocabulary(t);
        const r = vocabularyByRegex(t);
        expect([...v.hyphenated]).toEqual([...r.hyphenated]);
        expect([...v.words].sort()).toEqual([...r.words].sort());
      }),
      { numRuns: 1000 },
    );
    expect([...vocabulary('A long-term plan; the Long-Term fund, a-b-c and x--y, -z-w-.').hyphenated]).toEqual([
      ['long-term', 2],
      ['a-b-c', 1],
      ['z-w', 1],
    ]);
  });

  it('vocabulary: wordCount equals the count in words, asked one by one or after many', () => {
    const wordy = fc
      .array(fc.constantFrom('cooperation', 'co-operation', 'Cooperation', 'COOPERATION', 'operation', 'long', 'term', 'long-term', 'longterm', ' ', '\n', '-', 'é', 'Σ', 'İ', '7', '𝐀', '\u0301'), { maxLength: 30 })
      .map((a) => a.join(''));
    const asks = fc.array(fc.constantFrom('cooperation', 'operation', 'long', 'term', 'longterm', 'é', 'σ', 'x', 'co', '7', '𝐀'), { maxLength: 14 });
    fc.assert(
      fc.property(wordy, asks, (t, qs) => {
        const full = vocabulary(t).words;
        const v = vocabulary(t);
        for (const q of qs) expect(v.wordCount(q), `${JSON.stringify(t)} ${q}`).toBe(full.get(q) ?? 0);
      }),
      { numRuns: 1500 },
    );
    const v = vocabulary('Cooperation and co-operation: cooperation, not operation. COOPERATION!');
    expect(v.wordCount('cooperation')).toBe(3);
    expect(v.wordCount('operation')).toBe(2);
    expect(v.wordCount('co')).toBe(1);
  });

  it('slice shares the offsets and compact gives arrays of their own', () => {
    const m = fromSource('abcdef');
    const s = slice(m, 2, 4);
    expect(s.text).toBe('cd');
    expect([...s.s]).toEqual([2, 3]);
    const c = compact(s);
    expect([...c.s]).toEqual([2, 3]);
    expect(c.s.buffer.byteLength).toBe(8);
    expect(compact(c)).toBe(c);
  });
});
