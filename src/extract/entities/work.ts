/**
 * The shared state of one entity run over one document, and the helpers every pass uses.
 */
import type { DateMention, EntityKind, EntityMention, SegmentedDoc, Span } from '../../core/types.js';
import type { Token } from './matcher.js';

/** Shared state of one run over one document. */
export interface Work {
  doc: SegmentedDoc;
  text: string;
  tokens: Token[];
  /** Token index -> covered by a mention of passes 1-3. */
  covered: Uint8Array;
  mentions: EntityMention[];
  dates: DateMention[];
  docDate: string | null;
  /** Lower-cased words that occur in lower case somewhere in the document. */
  lowerWords: Set<string>;
}

export function mention(w: Work, span: Span, t: { name: string; kind: EntityKind }, ruleId: string, score = 1): EntityMention {
  return {
    kind: 'entity',
    span: { start: span.start, end: span.end },
    text: w.text.slice(span.start, span.end),
    ruleId,
    name: t.name,
    entityKind: t.kind,
    score,
  };
}

export function cover(w: Work, from: number, to: number): void {
  for (let i = from; i < to; i++) w.covered[i] = 1;
}


/** Index of the token holding text position `pos` (binary search), or -1. */
export function tokenIndexAt(w: Work, pos: number): number {
  let lo = 0;
  let hi = w.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = w.tokens[mid]!;
    if (pos < t.start) hi = mid - 1;
    else if (pos >= t.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
