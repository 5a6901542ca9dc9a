/**
 * Span arithmetic shared by every stage: mapping normalized spans back to the original
 * source text, and the provenance fields (page, line, quote, stable id) of a row.
 * Pure functions over core types; imports only ./types.
 */
import * as crypto from 'node:crypto';
import type { NormalizedDoc, PageInfo, Provenance, SourceDoc, Span } from './types.js';

/** Map a normalized-text span to the original source text. */
export function toSourceSpan(doc: NormalizedDoc, span: Span): Span {
  const n = doc.text.length;
  const s = Math.max(0, Math.min(span.start, n));
  const e = Math.max(s, Math.min(span.end, n));
  if (n === 0) return { start: 0, end: 0 };
  if (e === s) {
    const at = s < n ? doc.srcStart[s]! : doc.srcEnd[n - 1]!;
    return { start: at, end: at };
  }
  return { start: doc.srcStart[s]!, end: doc.srcEnd[e - 1]! };
}

/** Offsets of every line start in a text (line 1 starts at 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line of an offset, given lineStarts(). */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** PDF page (1-based) of an offset, or null for a text source. */
export function pageOf(pages: PageInfo[], offset: number): number | null {
  if (pages.length === 0) return null;
  for (const p of pages) if (offset >= p.start && offset < p.end) return p.page;
  return pages[pages.length - 1]!.page;
}

/** sha256 as hex: the one-shot crypto.hash where Node has it (same digest, less overhead). */
const sha256Hex: (data: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');

/** Short stable id from the parts that identify a row within a source version. */
export function stableId(prefix: string, ...parts: (string | number)[]): string {
  const h = sha256Hex(parts.join('\u0000')).slice(0, 16);
  return `${prefix}_${h}`;
}

/**
 * Builds the provenance of rows of one source: maps the normalized span to the original,
 * takes the quote from the original text, and gives a stable id.
 */
export class ProvenanceBuilder {
  private readonly starts: number[];
  constructor(private readonly doc: NormalizedDoc) {
    this.starts = lineStarts(doc.source.text);
  }

  get source(): SourceDoc {
    return this.doc.source;
  }

  /** `kind` is the id prefix (ev, fig, men); `extra` disambiguates rows on one span. */
  make(kind: string, normSpan: Span, rule: string, extra = ''): Provenance {
    const src = this.doc.source;
    const span = toSourceSpan(this.doc, normSpan);
    return {
      id: stableId(kind, src.sha256, span.start, span.end, rule, extra),
      source: src.id,
      sha256: src.sha256,
      span,
      page: pageOf(src.pages, span.start),
      line: lineOf(this.starts, span.start),
      quote: src.text.slice(span.start, span.end),
      rule,
    };
  }
}

/**
 * A document whose normalized text is its source text (an identity offset map): for rule
 * examples, tests and fallbacks that run a stage on plain text.
 */
export function identityDoc(text: string, id = 'text.txt'): NormalizedDoc {
  const n = text.length;
  const srcStart = new Int32Array(n);
  const srcEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    srcStart[i] = i;
    srcEnd[i] = i + 1;
  }
  const source: SourceDoc = { id, path: id, sha256: '0'.repeat(64), format: 'txt', encoding: 'utf-8', text, pages: [], bytes: n };
  return { source, text, srcStart, srcEnd };
}

/** True when two spans share at least one character (end exclusive). */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
