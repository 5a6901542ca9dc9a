import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PrefixIndex, prefixKeys } from '../../../src/extract/events/prefixes.js';
import { findTriggers } from '../../../src/extract/events/index.js';
import { TRIGGERS } from '../../../src/lexicon/triggers.js';

describe('prefixKeys', () => {
  it('reads literals, classes, groups and quantifiers into lower-cased keys', () => {
    expect(prefixKeys('Signed').sort()).toEqual(['signe']);
    expect(prefixKeys('moderni[sz]ed?').sort()).toEqual(['moder']);
    expect(prefixKeys('a?b?c?d').sort()).toEqual(['abcd', 'abd', 'acd', 'ad', 'bcd', 'bd', 'cd', 'd'].sort());
    expect(prefixKeys('(?:x|y)?z{0,2}w').sort()).toEqual(['w', 'xw', 'xzw', 'xzzw', 'yw', 'yzw', 'yzzw', 'zw', 'zzw'].sort());
    expect(prefixKeys('\\d[\\d,.]*').sort()).toEqual([...'0123456789']);
    expect(prefixKeys("a\\x27b")).toEqual(["a'b"]);
    // look-arounds and \b match no text
    expect(prefixKeys('(?=ab)\\bcd(?!e)')).toEqual(['cd']);
  });

  it('falls back to the empty key ("anywhere") for what it cannot read or what may be empty', () => {
    expect(prefixKeys('.abc')).toEqual(['']);
    expect(prefixKeys('[^a]bc')).toEqual(['']);
    expect(prefixKeys('ab|')).toContain('');
    expect(prefixKeys('\\p{L}+')).toEqual(['']);
    expect(prefixKeys('(unclosed')).toEqual(['']);
    // a wide class cuts the key short
    expect(prefixKeys('ab\\w+')).toEqual(['ab']);
    // a non-ASCII letter too
    expect(prefixKeys('caf\u00e9')).toEqual(['caf']);
  });
});

/** The trigger lexicon's patterns, each alone and each entry's all together, as scan sources. */
const SOURCES: string[] = [];
for (const e of TRIGGERS) {
  const ps = e.patterns.map((p) => p.replace(/ /g, '\\s+'));
  if (ps.length === 0) continue;
  SOURCES.push(`(${ps.join('|')})`);
  SOURCES.push(...ps);
}
const STICKY = SOURCES.map((s) => new RegExp(`(?:${s})`, 'iy'));
const INDEX = new PrefixIndex(SOURCES);
/** Words of the lexicon's patterns (so that random texts hold matches). */
const WORDS = [...new Set(TRIGGERS.flatMap((e) => e.patterns.join(' ').split(/[^A-Za-z'-]+/)).filter((w) => w.length > 1))];

describe('PrefixIndex', () => {
  it('lists every part that matches at a position (random texts of lexicon words)', () => {
    const word = fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...WORDS).map((w) => w.toUpperCase()),
      fc.constantFrom(...WORDS).map((w) => w[0]!.toUpperCase() + w.slice(1)),
      fc.constantFrom('the', 'a', 'its', 'in', '2031', '12', '$5', '’s', 'café', 'Œ'),
    );
    const sep = fc.constantFrom(' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', ' (', ') ');
    const text = fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 14 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (let p = 0; p < t.length; p++) {
          const cands = new Set(INDEX.at(t, p));
          for (let k = 0; k < STICKY.length; k++) {
            const re = STICKY[k]!;
            re.lastIndex = p;
            if (re.test(t) && !cands.has(k)) return false;
          }
        }
        return true;
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same answers after its table starts afresh (more distinct prefixes than it keeps)', () => {
    const index = new PrefixIndex(SOURCES);
    const probes = ['signed a', 'treaty', 'opened ', 'SIGNE', 'the t', '2031 ', 'café', 'x'];
    const before = probes.map((p) => [...index.at(p, 0)]);
    // 80,000 distinct five-letter prefixes (the table keeps about 65,000 answers)
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let n = 0;
    for (let a = 0; a < 26 && n < 80_000; a++)
      for (let b = 0; b < 26 && n < 80_000; b++)
        for (let c = 0; c < 26 && n < 80_000; c++)
          for (let d = 0; d < 6 && n < 80_000; d++, n++) index.at(letters[a]! + letters[b]! + letters[c]! + letters[d]! + 'e', 0);
    expect(probes.map((p) => [...index.at(p, 0)])).toEqual(before);
    const fresh = new PrefixIndex(SOURCES);
    expect(probes.map((p) => [...index.at(p, 0)])).toEqual(probes.map((p) => [...fresh.at(p, 0)]));
    expect(before[0]!.length).toBeGreaterThan(0);
  });

  it('keeps the scan finding the same triggers (examples)', () => {
    const ts = findTriggers('In 2031 the two presidents SIGNED a treaty and opened a new consulate; exports rose.');
    expect(ts.map((t) => t.text)).toEqual(expect.arrayContaining(['SIGNED', 'treaty', 'opened', 'consulate']));
    expect(findTriggers('The weather stayed mild and quiet.')).toEqual([]);
  });
});
