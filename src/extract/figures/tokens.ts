/**
 * A small, fast tokenizer for the figure tagger: words, numbers (with thousands commas and
 * decimals) and single symbols, with their offsets, and whether a line break came before.
 */

export const Kind = { Word: 0, Num: 1, Sym: 2 } as const;

export interface Tokens {
  text: string;
  n: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** A line break in the whitespace before the token (or the token starts the text). */
  nl: Uint8Array;
  /** Lower-cased text of tokens, filled on demand (see lw). */
  lowCache: (string | undefined)[];
}

/** Original text of token i (undefined out of range). */
export function rw(t: Tokens, i: number): string | undefined {
  if (i < 0 || i >= t.n) return undefined;
  return t.text.slice(t.start[i]!, t.end[i]!);
}

/** Lower-cased text of token i (undefined out of range); cached. */
export function lw(t: Tokens, i: number): string | undefined {
  if (i < 0 || i >= t.n) return undefined;
  let v = t.lowCache[i];
  if (v === undefined) {
    v = t.text.slice(t.start[i]!, t.end[i]!);
    if (t.kind[i] === 0) v = v.toLowerCase();
    t.lowCache[i] = v;
  }
  return v;
}

// Numbers: "1,458,000.5" (thousands groups), "44.8", "10". Words: letters (Latin, Greek,
// Cyrillic, micro sign). Anything else that is not whitespace is a one-character symbol
// (a surrogate pair is kept whole). A hand-written scanner: this is the hot loop.

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x400 && c <= 0x4ff) ||
    c === 0xb5
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85 || c === 0x1680;
}

/**
 * End of a number starting at i: digits; after 1-3 leading digits, thousands groups ",ddd"
 * (all of them, or none when the run goes on with ",d" as in "1,2345"); then decimals.
 */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  if (j - i <= 3) {
    let k = j;
    while (
      k + 3 < n &&
      text.charCodeAt(k) === 44 &&
      isDigit(text.charCodeAt(k + 1)) &&
      isDigit(text.charCodeAt(k + 2)) &&
      isDigit(text.charCodeAt(k + 3)) &&
      !(k + 4 < n && isDigit(text.charCodeAt(k + 4)))
    ) {
      k += 4;
    }
    if (k > j && !(k + 1 < n && text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)))) j = k;
  }
  if (j + 1 < n && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j += 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

/**
 * A decimal point that starts a number (".5", ".75"): a digit follows, and before it is the
 * start of the text, whitespace or an opening mark or sign ("(", "$", "-"): not a letter, a
 * digit or another point ("No.5", "3.5", "...5" stay as they were).
 */
function leadingPoint(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i + 1))) return false;
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  return isSpace(p) || p === 40 || p === 91 || p === 36 || p === 0x20ac || p === 0xa3 || p === 45 || p === 43 || p === 0x2212 || p === 0x2013 || p === 126 || p === 0x2248 || p === 60 || p === 62;
}

export function tokenize(text: string): Tokens {
  const n = text.length;
  const cap = (n >> 1) + 2;
  const kind = new Uint8Array(cap);
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const nl = new Uint8Array(cap);
  let count = 0;
  let sawBreak = 1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13 || c === 12) sawBreak = 1;
      i++;
      continue;
    }
    let j: number;
    let k: number;
    if (isDigit(c)) {
      j = numberEnd(text, i);
      k = 1;
    } else if (c === 46 && leadingPoint(text, i)) {
      // ".5%", "$.75 billion": a decimal written without its leading zero
      j = i + 2;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      k = 1;
    } else if (isLetter(c)) {
      j = i + 1;
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      k = 0;
    } else {
      j = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? i + 2 : i + 1;
      k = 2;
    }
    kind[count] = k;
    start[count] = i;
    end[count] = j;
    nl[count] = sawBreak;
    count++;
    sawBreak = 0;
    i = j;
  }
  return {
    text,
    n: count,
    kind: kind.subarray(0, count),
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    nl: nl.subarray(0, count),
    lowCache: new Array<string | undefined>(count),
  };
}

/** True when token j starts exactly where token i ends. */
export function glued(t: Tokens, i: number, j: number): boolean {
  return i >= 0 && j < t.n && j >= 0 && t.end[i] === t.start[j];
}

/** Number of whitespace characters between token i and token i+1. */
export function gapAfter(t: Tokens, i: number): number {
  if (i + 1 >= t.n) return Infinity;
  return t.start[i + 1]! - t.end[i]!;
}
