/**
 * The period a figure refers to: a date in its sentence, or the document date for a
 * present-tense stock figure ("Today, 238 enterprises operate"), marked inferred.
 */
import type { DateMention, DateValue, DocumentDate, Span } from '../../core/types.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A year as a DateValue. */
export function yearValue(year: string, inferred: boolean): DateValue {
  return { value: year, start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year', inferred };
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a DateValue, or null. */
export function isoValue(iso: string, inferred: boolean): DateValue | null {
  let m = iso.match(/^(\d{4})$/);
  if (m) return yearValue(m[1]!, inferred);
  m = iso.match(/^(\d{4})-(\d{2})$/);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { value: iso, start: `${iso}-01`, end: `${iso}-${pad(lastDay(y, mo))}`, granularity: 'month', inferred };
  }
  m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m) return { value: iso, start: iso, end: iso, granularity: 'day', inferred };
  return null;
}

const PRESENT_MARKERS = /\b(?:today|currently|at present|at the moment|nowadays|presently|as of now|now)\b/i;
const PRESENT_VERBS = /\b(?:is|are|has|have|remains?|operates?|operating|numbers?|stands?|employs?|hosts?|includes?|comprises?|consists?)\b/i;
const PAST_VERBS = /\b(?:was|were|had|did)\b/i;
const FUTURE = /\b(?:will|would|plans?|planned|aims?|aim(?:ed|ing)?|target|goal|expected|intends?|scheduled|should|could|may)\b/i;

/**
 * The date of a figure at `span` in `sentence` (text, with its start offset): the nearest
 * date before it in the sentence, else the nearest after it; a present-tense sentence
 * without a date refers to the document date (inferred); otherwise null.
 */
export function figureDate(
  span: Span,
  sentenceText: string,
  sentenceStart: number,
  datesInSentence: DateMention[],
  documentDate: DocumentDate,
): DateValue | null {
  let before: DateMention | null = null;
  let after: DateMention | null = null;
  for (const d of datesInSentence) {
    if (!d.date || d.timexType !== 'DATE') continue;
    if (d.span.end <= span.start) {
      if (!before || d.span.end > before.span.end) before = d;
    } else if (d.span.start >= span.end) {
      if (!after || d.span.start < after.span.start) after = d;
    }
  }
  // "rose by 12 percent against the same months of 2019": a date after a comparison is
  // the base period, not the figure's
  if (before) {
    // "In 2011 ..., and today 238 enterprises operate": a present marker after the date wins
    const gap = sentenceText.slice(before.span.end - sentenceStart, span.start - sentenceStart);
    if (documentDate.value && PRESENT_MARKERS.test(gap)) return isoValue(documentDate.value, true);
    return before.date;
  }
  if (after) {
    const between = sentenceText.slice(span.end - sentenceStart, after.span.start - sentenceStart);
    if (!/\b(?:compared|than|from|since|against|relative)\b/i.test(between)) return after.date;
  }
  if (!documentDate.value) return null;
  const upTo = sentenceText;
  if (FUTURE.test(upTo)) return null;
  if (PRESENT_MARKERS.test(upTo) || (PRESENT_VERBS.test(upTo) && !PAST_VERBS.test(upTo))) {
    return isoValue(documentDate.value, true);
  }
  return null;
}
