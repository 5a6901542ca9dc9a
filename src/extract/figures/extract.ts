/**
 * extractFigures: the figures of a segmented document (normalized coordinates).
 *   1. tag the prose with tagFigures (one pass over doc.text);
 *   2. drop what is not a prose figure: a number inside a date mention (DATE/TIME/SET; a
 *      duration is a figure even there: "eight years", "every three years"), anything
 *      inside a table (step 4 reads tables), bare numbers with no unit;
 *   3. give each figure its measure (measure.ts) and period (dates.ts) from its sentence; a
 *      figure with an approximation qualifier spans the qualifier too ("about $5 million");
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
import { type FigureHit, qualifierStart, tagFigures } from './tagger.js';

const WINDOW = 400;

const DURATION_RULES = new Set(['figures/duration/unit', 'figures/duration/word']);

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

/** Whether the dates are in order of their start (extractDates gives them so). */
function sortedByStart(dates: DateMention[]): boolean {
  for (let i = 1; i < dates.length; i++) if (dates[i]!.span.start < dates[i - 1]!.span.start) return false;
  return true;
}

/** The dates inside [start, end), in their order (a binary search when they are sorted). */
function datesWithin(dates: DateMention[], sorted: boolean, start: number, end: number): DateMention[] {
  if (!sorted) return dates.filter((d) => d.span.start >= start && d.span.end <= end);
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.span.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: DateMention[] = [];
  for (let i = lo; i < dates.length && dates[i]!.span.start <= end; i++) {
    if (dates[i]!.span.end <= end) out.push(dates[i]!);
  }
  return out;
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
  // a duration stays a figure inside a date mention: "every two years" (a set), "ten years
  // after the start of works" (an anchored date) state a length of time
  const kept: FigureHit[] = hits.filter(
    (h) =>
      h.unit !== 'number' &&
      (DURATION_RULES.has(h.rule) || !inside(dateSpans, h.start)) &&
      !inside(tableSpans, h.start),
  );

  const byStart = sortedByStart(dates);
  const out: FigureMention[] = [];
  let prevSentence: Sentence | null = null;
  let prevEnd = -1;
  let prevMeasure: string | null = null;
  for (const h of kept) {
    const sent = sentenceAt(doc.sentences, h.start);
    // the sentence around the figure, at most WINDOW characters each side (a run-on
    // "sentence" of a badly segmented text must not make this quadratic)
    const sStart = Math.max(sent ? sent.span.start : 0, h.start - WINDOW);
    const sEnd = Math.min(Math.max(sent ? sent.span.end : text.length, h.end), h.end + WINDOW);
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
    const inSentence = datesWithin(dates, byStart, sStart, sEnd);
    const date = figureDate({ start: h.start, end: h.end }, text.slice(sStart, sEnd), sStart, inSentence, documentDate);
    // the row covers the qualifier before the figure ("about $5 million"): a quote cut at a
    // line end ("... stayed above" / "$2,000 an ounce") still holds the figure's span
    const from = h.approx !== null ? Math.max(qualifierStart(text, h.start), prevEnd) : h.start;
    out.push({
      kind: 'figure',
      span: { start: from, end: h.end },
      text: from === h.start ? h.text : text.slice(from, h.end),
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
