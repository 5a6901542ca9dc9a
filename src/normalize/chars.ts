/**
 * Fast character classes for the scanners of the normalize stage: the same answers as the
 * regex classes \p{L} and \p{N} (Unicode mode), by code point, with a lookup table over the
 * Basic Multilingual Plane filled on first use.
 */

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;

/** Per BMP code unit: 0 not yet known, else 1 | 2 (letter) | 4 (number). */
const BMP = new Uint8Array(65536);

function classify(s: string): number {
  return 1 | (LETTER.test(s) ? 2 : 0) | (NUMBER.test(s) ? 4 : 0);
}

function classOf(cp: number): number {
  if (cp < 65536) {
    let v = BMP[cp]!;
    if (v === 0) BMP[cp] = v = classify(String.fromCharCode(cp));
    return v;
  }
  return classify(String.fromCodePoint(cp));
}

/**
 * The length in code units (1 or 2) of the code point at i when it is a letter (\p{L}), or a
 * letter or number (\p{N}) when `orNumber`; 0 otherwise (also past the end).
 */
export function wordCharWidth(t: string, i: number, orNumber: boolean): number {
  const c = t.charCodeAt(i);
  if (c < 128) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return 1;
    return orNumber && c >= 48 && c <= 57 ? 1 : 0;
  }
  if (Number.isNaN(c)) return 0;
  let cp = c;
  let w = 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length) {
    const d = t.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      w = 2;
    }
  }
  const v = classOf(cp);
  return v & (orNumber ? 6 : 2) ? w : 0;
}

/**
 * Like wordCharWidth, for the code point that ENDS at i (exclusive): its length in code units
 * when it is a letter (or number), else 0 (also at the start).
 */
export function wordCharWidthBefore(t: string, i: number, orNumber: boolean): number {
  if (i <= 0) return 0;
  const d = t.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = t.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return wordCharWidth(t, i - 2, orNumber);
  }
  return wordCharWidth(t, i - 1, orNumber) === 1 ? 1 : 0;
}
