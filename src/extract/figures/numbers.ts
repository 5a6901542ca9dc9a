/**
 * Reading one number at a token: digits ("71,200", "36.9", "10 1/2", "1/4"), digits with a
 * scale ("2.8 million", "7.1 mln", "$3bn"), and number words ("two hundred and forty",
 * "five thousand", "thirty-six", "a dozen", "half a billion").
 */
import { SCALE_WORDS, TENS_WORDS, UNIT_WORDS, cardinalWord } from '../../lexicon/numbers.js';
import { Kind, type Tokens, glued, lw, rw } from './tokens.js';

export interface NumberRead {
  value: number;
  /** First and last token (inclusive). */
  first: number;
  last: number;
  /** Written in words (at least partly). */
  words: boolean;
  /** Number of word tokens read (0 for digits). */
  wordCount: number;
  /** A scale word was applied ("million"). */
  scaled: boolean;
  /** The digit string as written, for digits ("2010", "00100"), else "". */
  digits: string;
}

const FULL_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'lakh', 'crore']);

/** A scale word at token k (after whitespace or glued), its factor, or 0. */
export function scaleAt(t: Tokens, k: number): number {
  if (k >= t.n || t.kind[k] !== Kind.Word) return 0;
  return SCALE_WORDS[lw(t, k)!] ?? 0;
}

function isGapSmall(t: Tokens, i: number, j: number): boolean {
  // whitespace only, at most a few characters, no blank line
  const gap = t.start[j]! - t.end[i]!;
  return gap >= 0 && gap <= 3;
}

/**
 * A percent sign glued after token `prev`, or a percent word after it ("9,5%", "4,2 percent",
 * "3,5 per cent"): a decimal comma before it is no thousands separator.
 */
function percentAt(t: Tokens, k: number, prev: number): boolean {
  const w = lw(t, k);
  if (w === '%') return glued(t, prev, k) || isGapSmall(t, prev, k);
  if (!isGapSmall(t, prev, k)) return false;
  return w === 'percent' || w === 'pct' || (w === 'per' && lw(t, k + 1) === 'cent');
}

/** Reads digits at token i (kind Num). */
function readDigits(t: Tokens, i: number): NumberRead {
  const raw = rw(t, i)!;
  let value = Number(raw.replace(/,/g, ''));
  let last = i;
  // fraction "1/4", or mixed "10 1/2"
  if (lw(t, i + 1) === '/' && glued(t, i, i + 1) && t.kind[i + 2] === Kind.Num && glued(t, i + 1, i + 2)) {
    const den = Number(rw(t, i + 2)!.replace(/,/g, ''));
    if (!raw.includes('.') && den > 0 && den <= 100 && value < den) {
      value = value / den;
      last = i + 2;
    }
  } else if (
    t.kind[i + 1] === Kind.Num &&
    !raw.includes('.') &&
    !glued(t, i, i + 1) &&
    lw(t, i + 2) === '/' &&
    glued(t, i + 1, i + 2) &&
    t.kind[i + 3] === Kind.Num &&
    glued(t, i + 2, i + 3)
  ) {
    const num = Number(rw(t, i + 1));
    const den = Number(rw(t, i + 3));
    if (den > 0 && den <= 100 && num < den) {
      value += num / den;
      last = i + 3;
    }
  }
  // "2,5 billion", "9,5%": a decimal comma (one or two digits) before a scale word or a
  // percent sign or word
  if (
    last === i &&
    /^\d+$/.test(raw) &&
    lw(t, i + 1) === ',' &&
    glued(t, i, i + 1) &&
    t.kind[i + 2] === Kind.Num &&
    glued(t, i + 1, i + 2) &&
    /^\d{1,2}$/.test(rw(t, i + 2)!) &&
    ((FULL_SCALES.has(lw(t, i + 3) ?? '') && isGapSmall(t, i + 2, i + 3)) || percentAt(t, i + 3, i + 2))
  ) {
    value = Number(raw + '.' + rw(t, i + 2)!);
    last = i + 2;
  }
  let scaled = false;
  const s = scaleAt(t, last + 1);
  if (s > 0 && isGapSmall(t, last, last + 1)) {
    value *= s;
    last += 1;
    scaled = true;
    // "1.5 thousand million" is rare; "hundred thousand" is read as one scale
    const s2 = scaleAt(t, last + 1);
    if (s2 > s && isGapSmall(t, last, last + 1) && FULL_SCALES.has(lw(t, last + 1)!)) {
      value *= s2;
      last += 1;
    }
  }
  // "a $3.5-billion loan", "a 2-million-tonne terminal": the scale joined by a hyphen
  if (!scaled && (lw(t, last + 1) === '-' || lw(t, last + 1) === '‑') && glued(t, last, last + 1) && glued(t, last + 1, last + 2) && t.kind[last + 2] === Kind.Word && FULL_SCALES.has(lw(t, last + 2)!)) {
    value *= SCALE_WORDS[lw(t, last + 2)!]!;
    last += 2;
    scaled = true;
  }
  return { value, first: i, last, words: false, wordCount: 0, scaled, digits: raw };
}

/** Reads number words at token i, or null. */
function readWords(t: Tokens, i: number): NumberRead | null {
  const w = lw(t, i)!;
  // "half a million", "half a dozen"
  if (w === 'half' && (lw(t, i + 1) === 'a' || lw(t, i + 1) === 'an')) {
    const k = i + 2;
    const s = lw(t, k) === 'dozen' ? 12 : FULL_SCALES.has(lw(t, k) ?? '') || lw(t, k) === 'hundred' ? scaleAt(t, k) : 0;
    if (s > 0) return { value: s / 2, first: i, last: k, words: true, wordCount: 3, scaled: true, digits: '' };
    return null;
  }
  let j = i;
  let total = 0;
  let cur = 0;
  let any = false;
  let scaled = false;
  // "a hundred", "a dozen", "a million"
  if (w === 'a' || w === 'an') {
    const nx = lw(t, i + 1) ?? '';
    if (nx !== 'hundred' && nx !== 'dozen' && !FULL_SCALES.has(nx)) return null;
    cur = 1;
    j = i + 1;
  }
  // lastKind: 0 none, 1 unit/teen, 2 tens, 3 hundred, 4 scale, 5 dozen
  let lastKind = 0;
  let last = i;
  while (j < t.n) {
    if (t.kind[j] !== Kind.Word) break;
    const x = lw(t, j)!;
    const unit = UNIT_WORDS[x];
    const tens = TENS_WORDS[x];
    if (unit !== undefined) {
      if (lastKind === 1) break; // "one two"
      if (lastKind === 2 && unit >= 10) break; // "twenty eleven"
      cur += unit;
      lastKind = 1;
    } else if (tens !== undefined) {
      if (lastKind === 1 || lastKind === 2) break;
      cur += tens;
      lastKind = 2;
      // "twenty-two"
      if (
        lw(t, j + 1) === '-' &&
        glued(t, j, j + 1) &&
        glued(t, j + 1, j + 2) &&
        t.kind[j + 2] === Kind.Word &&
        (UNIT_WORDS[lw(t, j + 2)!] ?? 99) < 10 &&
        (UNIT_WORDS[lw(t, j + 2)!] ?? 0) > 0
      ) {
        cur += UNIT_WORDS[lw(t, j + 2)!]!;
        lastKind = 1;
        j += 2;
      }
    } else if (x === 'hundred') {
      if (lastKind === 3) break;
      cur = (cur || 1) * 100;
      lastKind = 3;
      scaled = true;
    } else if (FULL_SCALES.has(x) || x === 'thousands' || x === 'millions' || x === 'billions') {
      if (x.endsWith('s') && any) break; // "two millions" is unusual; "millions of" is no number
      if (x.endsWith('s')) return null;
      total += (cur || 1) * SCALE_WORDS[x]!;
      cur = 0;
      lastKind = 4;
      scaled = true;
    } else if (x === 'dozen') {
      if (lastKind === 5) break;
      cur = (cur || 1) * 12;
      lastKind = 5;
    } else if (x === 'and' && (lastKind === 3 || lastKind === 4) && cardinalWord(lw(t, j + 1) ?? '') !== undefined) {
      j++;
      continue;
    } else break;
    any = true;
    last = j;
    j++;
  }
  if (!any) return null;
  // "two and a half (years)": a half after a cardinal below a hundred
  if ((lastKind === 1 || lastKind === 2) && total === 0 && lw(t, last + 1) === 'and' && lw(t, last + 2) === 'a' && lw(t, last + 3) === 'half' && isGapSmall(t, last + 2, last + 3)) {
    cur += 0.5;
    last += 3;
    // "one and a half million"
    const sc = lw(t, last + 1) ?? '';
    if (FULL_SCALES.has(sc) && isGapSmall(t, last, last + 1)) {
      total += cur * SCALE_WORDS[sc]!;
      cur = 0;
      last += 1;
      scaled = true;
    }
  }
  const value = total + cur;
  return { value, first: i, last, words: true, wordCount: last - i + 1, scaled, digits: '' };
}

/** Reads a number at token i (digits or words), or null. */
export function readNumber(t: Tokens, i: number): NumberRead | null {
  if (i >= t.n) return null;
  if (t.kind[i] === Kind.Num) return readDigits(t, i);
  if (t.kind[i] === Kind.Word) return readWords(t, i);
  return null;
}

/** True when a token can start a number (digits, a cardinal word, "a dozen", "half a"). */
export function startsNumber(t: Tokens, i: number): boolean {
  if (t.kind[i] === Kind.Num) return true;
  if (t.kind[i] !== Kind.Word) return false;
  const w = lw(t, i)!;
  if (cardinalWord(w) !== undefined) return true;
  if (w === 'a' || w === 'an') {
    const nx = lw(t, i + 1) ?? '';
    return nx === 'hundred' || nx === 'dozen' || FULL_SCALES.has(nx);
  }
  return w === 'half' || w === 'hundred' || w === 'dozen';
}
