/**
 * extractFigures: the figures of a segmented document (normalized coordinates).
 *   1. tag the prose with tagFigures (one pass over doc.text);
 *   2. drop what is not a prose figure: a number inside a date mention (DATE/TIME/SET; a
 *      DURATION is a figure: "six years"), anything inside a table (step 4 reads tables),
 *      bare numbers with no unit;
 *   3. give each figure its measure (measure.ts) and period (dates.ts) from its sentence;
 *   4. add one figure per numeric table cell (tables.ts).
 */
import type {
  DateMention,
  DocumentDate,
  FigureMention,
  RunContext,
  SegmentedDoc,
  Sentence,
  Span,
} from '../../core/types.js';
import { figureDate } from './dates.js';
import { inferMeasure } from './measure.js';
import { tableFigures } from './tables.js';
import { type FigureHit, tagFigures } from './tagger.js';

function sentenceAt(sentences: Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.span.start) hi = mid - 1;
    else if (offset >= s.span.end) lo = mid + 1;
    else return s;
  }
  return null;
}

function inside(spans: Span[], offset: number): boolean {
  for (const s of spans) if (offset >= s.start && offset < s.end) return true;
  return false;
}

export function extractFigures(
  doc: SegmentedDoc,
  dates: DateMention[],
  documentDate: DocumentDate,
  _ctx: RunContext,
): FigureMention[] {
  const text = doc.text;
  const hits = tagFigures(text);

  const dateSpans = dates.filter((d) => d.timexType !== 'DURATION').map((d) => d.span);
  const tableSpans: Span[] = [];
  for (const t of doc.tables) {
    tableSpans.push(t.span);
    if (t.captionSpan) tableSpans.push(t.captionSpan);
  }
  const kept: FigureHit[] = hits.filter(
    (h) => h.unit !== 'number' && !inside(dateSpans, h.start) && !inside(tableSpans, h.start),
  );

  const out: FigureMention[] = [];
  let prevSentence: Sentence | null = null;
  let prevEnd = -1;
  let prevMeasure: string | null = null;
  for (const h of kept) {
    const sent = sentenceAt(doc.sentences, h.start);
    const sStart = sent ? sent.span.start : Math.max(0, h.start - 300);
    const sEnd = sent ? Math.max(sent.span.end, h.end) : Math.min(text.length, h.end + 300);
    const sameSentence = sent !== null && sent === prevSentence;
    const leftFrom = sameSentence ? Math.max(sStart, prevEnd) : sStart;
    const measure = inferMeasure({
      left: text.slice(leftFrom, h.start),
      sentenceLeft: text.slice(sStart, h.start),
      right: text.slice(h.end, sEnd),
      text: h.text,
      unit: h.unit,
      rule: h.rule,
      previous: sameSentence ? prevMeasure : null,
    });
    const inSentence = dates.filter((d) => d.span.start >= sStart && d.span.end <= sEnd);
    const date = figureDate({ start: h.start, end: h.end }, text.slice(sStart, sEnd), sStart, inSentence, documentDate);
    out.push({
      kind: 'figure',
      span: { start: h.start, end: h.end },
      text: h.text,
      ruleId: h.rule,
      value: h.value,
      unit: h.unit,
      approx: h.approx,
      measure,
      date,
      entities: [],
    });
    prevSentence = sent;
    prevEnd = h.end;
    prevMeasure = measure;
  }
  out.push(...tableFigures(doc));
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}
