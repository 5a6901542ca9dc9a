/**
 * The sentences of a resolved document, for the steps that read a row's sentence (the learned
 * dated step, learned-dated.ts). There is one sentence splitter, the segment
 * stage's: resolve/index.ts maps its sentences to ORIGINAL coordinates into doc.sentences.
 * Segment gives sentences inside paragraphs only; the text between them that is not white
 * space or bare punctuation (a heading, a table row, a caption) counts here as one unit per
 * line, so that every word of the text lies in a unit. A document without doc.sentences (made
 * by hand) has its lines as units.
 */
import type { ResolvedDoc, Span } from '../core/types.js';

const units = new WeakMap<object, Span[]>();

/** Non-blank pieces of text[start, end) line by line (trimmed), holding a letter or a digit. */
function lineUnits(text: string, start: number, end: number, out: Span[]): void {
  let s = start;
  while (s < end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(text.slice(a, b))) out.push({ start: a, end: b });
    s = e + 1;
  }
}

/**
 * The document's sentence units in text order, disjoint: doc.sentences, and the lines of the
 * text between them. Never empty for a non-empty text (at worst the whole text is one unit).
 * Computed once per document (kept with its sentences array, which the learned steps share).
 */
export function sentenceUnits(doc: Pick<ResolvedDoc, 'source' | 'sentences'>): Span[] {
  const key: object = doc.sentences ?? doc.source;
  let out = units.get(key);
  if (out) return out;
  const text = doc.source.text;
  out = [];
  let at = 0;
  for (const s of doc.sentences ?? []) {
    if (s.start < at || s.end <= s.start || s.end > text.length) continue;
    lineUnits(text, at, s.start, out);
    out.push(s);
    at = s.end;
  }
  lineUnits(text, at, text.length, out);
  if (out.length === 0) out.push({ start: 0, end: text.length });
  units.set(key, out);
  return out;
}

/** Index of the unit holding `pos`: the last one starting at or before it (0 before the first). */
export function sentenceIndexAt(sents: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sents[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The sentence (unit) of the document holding the offset `pos` (original coordinates). */
export function sentenceOf(doc: Pick<ResolvedDoc, 'source' | 'sentences'>, pos: number): Span {
  const sents = sentenceUnits(doc);
  return sents[sentenceIndexAt(sents, pos)]!;
}
