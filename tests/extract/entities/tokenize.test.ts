import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../../src/lexicon/gazetteer.js';
import { gluedHint, tokenize, type Token } from '../../../src/extract/entities/matcher.js';

/** The tokenizer's definition, as a regular expression (the hand-written scanner must agree). */
function reference(text: string): Token[] {
  const re = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  const out: Token[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const c = raw.charCodeAt(0);
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(raw));
    const key = /[^\x00-\x5f\x61-\x7f]/.test(raw) ? foldKey(raw) : raw;
    out.push({ start: m.index, end: m.index + raw.length, raw, key, word });
  }
  return out;
}

describe('entities tokenizer', () => {
  it('cuts words and single marks', () => {
    expect(tokenize('U.S.-Kazakh talks, 2024').map((t) => t.raw)).toEqual(['U', '.', 'S', '.', '-', 'Kazakh', 'talks', ',', '2024']);
    expect(tokenize('Türkiye’s `quote` Baku\u00a0forum').map((t) => [t.raw, t.key, t.word])).toEqual(reference('Türkiye’s `quote` Baku\u00a0forum').map((t) => [t.raw, t.key, t.word]));
  });

  it('agrees with the regular-expression definition on crafted text', () => {
    for (const text of [
      '',
      '   ',
      'Ilham Aliyev met Shavkat Mirziyoyev in Tashkent on 3 May.',
      'café naïve e\u0301 \u0301x Ωmega \ud83d\ude00 emoji \ud800 lone \udc00 low',
      'Nagorno‑Karabakh — “quoted” ‘single’ \u2028 line \u3000 ideographic \ufeff bom',
      'x\u0660\u0661 Arabic digits, ² superscript, ½ fraction, ª ordinal',
      '𝐁𝐨𝐥𝐝 math letters and 𝟏𝟐 digits',
    ]) {
      expect(tokenize(text)).toEqual(reference(text));
    }
  });

  it('agrees with the regular-expression definition on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '-', '`', 'é', '\u0301', '\u00a0', '’', '\ud83d', '\ude00', '\n', '.'), maxLength: 40 }), (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('the glued-word hint agrees with its regular expression', () => {
    const re = /\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}/u;
    for (const w of ['AzerbaijanUzbekistan', 'EUbacked', 'NATO', 'Kazakhstan', 'iPhone', 'ABc', 'AB1c', 'TürkiyeAzerbaijan', 'ÉUbacked', 'aÉ']) {
      expect(gluedHint(w), w).toBe(re.test(w));
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'z', 'A', 'Z', '1', '-', 'é', 'É', 'ß', '\u0301'), maxLength: 12 }), (w) => {
        expect(gluedHint(w)).toBe(re.test(w));
      }),
      { numRuns: 3000 },
    );
  });
});
