/**
 * The temporal tagger (extract stage, dates family): a rule-based TIMEX3 tagger.
 *
 * - tagDates(text, {dct}): TIMEX3 hits (type, value, mod) over plain text, sorted and
 *   non-overlapping. Deictic expressions ("last year", "Friday", "two months ago") are
 *   resolved against the DCT (YYYY-MM-DD; YYYY-MM or YYYY give values no finer than that).
 *   Anaphora ("later that year", "the following year", "the next day") take the last stated
 *   date. Year-less dates ("in May", "May 10-11") take the year of a following conjunct
 *   ("March 3rd and May 9th, 2018"), else - in narrative mode - the last stated date of
 *   the paragraph ("in May" after "in 2019" -> 2019-05), else the DCT by tense. Narrative
 *   mode is the default without a DCT and what extractDates uses for briefs; with a DCT,
 *   tagDates reads the text as news (the DCT decides the year), see TagOptions.narrative.
 *   Without a DCT, values that need it stay unresolved: "XXXX-10" (a month), "XXXX-10-02"
 *   (a day), "XXXX-WXX-5" (a weekday), PRESENT_REF ("today", "this year"), PAST_REF
 *   ("yesterday", "last year", "two years ago"), FUTURE_REF ("tomorrow", "next year").
 *   Ranges: "14-15 March 2019" is one hit (value: the first day) with `range`; "2010-2025"
 *   and "October 12 and 13" are one hit per part, as in TimeML, each with `range` and the
 *   whole span in `rangeSpan` (extractDates merges them into one mention). So are "between
 *   1996 and 2001", "from March 2012 until June 2015" and two consecutive months ("October and
 *   November 2019"): two TIMEX3, one mention with the interval (1996/2001).
 *   "N years after <date>" counts from the date stated later in the same sentence ("ten years
 *   after work began in May 1994" -> 2004); "N years later" from the last stated date.
 *   A DCT given only as a month or year keeps what is resolved against it at that granularity:
 *   with "2024", "earlier this month", "last month", "next week" give 2024 (never 2024-12).
 *   Briefs ('full' narrative mode, what extractDates uses) also: count "six weeks later", "a
 *   week earlier", "two weeks ago" as days; give day-scale anaphora after a stated month that
 *   month ("in July 1997 ... the next day" -> 1997-07); read "the following week" as a month;
 *   count "the following day" after "3-4 May" from its last day; date "the day before the
 *   summit" from the date the summit was given; read "within hours/days/weeks" as about the last
 *   stated day; skip a bound ("since 2021") as the reference of day-scale anaphora; make "the
 *   following week, on 20 March 2025" one mention of the stated day; join "X and continued until
 *   Y"; look forward from the DCT for a planned year-less month; and give "since X" of a
 *   repeated or continuing activity, of a change ("has grown threefold since 2016") or of an
 *   amount counted since a year ("has financed 100 projects since 2013") the interval X/DCT
 *   (since.ts SINCE_RULES; a state, a first happening or a negation stays X); read "two weeks
 *   later" after a month with no day as the two months it may fall in ("in March 2021 ... two
 *   weeks later" -> 2021-03/2021-04); read "September of the same year", "16 December of that
 *   year", "June of last year" as one date; and set a stale narrative year aside for a year-less
 *   season ("in the spring") as for a month.
 *   The narrative reference skips background dates (narrative.ts: "The commission, dormant since
 *   2014, was revived ... that November" is November of the main line; "a plan for 2022-2024",
 *   "the 2019 trade plan");
 *   moves to a month-level phrase placed against the DCT ("met last month"); after a range of
 *   years is its end. "Twelve years after signature" is a duration unless the text dated the act
 *   ("ratified in 2016 ... two years after ratification" -> 2018); "the following spring", "that
 *   autumn", "the following decade", "the end of the decade" (after "the 2010s") are placed
 *   from the narrative.
 *   With a document date, a year-less date whose narrative year has gone stale is read from the
 *   document date instead (narrative.ts STALE_RULES: the text moved to the present - "has since",
 *   "currently"; the lead of a dated news piece; a reference three sentences back while the date
 *   is recent): "ALMATY, 16 September 2025 - ... talks of 10-11 May 2024 ... Tokayev has since
 *   ... called both leaders on 9 August" -> 2025-08-09, but "In 1997 ... On 3 May" -> 1997-05-03.
 *   Also stale (session 5): in a dated news piece, a year-less day in the two weeks before the
 *   dateline ("said on 10 August" in a story dated 12 August 2024); a reference inside a relative
 *   clause (", which held its first summit in May 2023 and ...") for a day in the two months
 *   before the document date, a sentence later; a statement's date ("said in January that ...
 *   reached 56,000 TEU in 2025") whose own sentence reports a later year than the reference.
 *   "Five years on, no deal has been signed" (a present or perfect clause) is the document's
 *   present, never counted forward from it; a masthead of several fields ("Notes · No. 14 ·
 *   Baku, 3 March 2026") is the document date, and the fallback skips "from 2027".
 *   Day anaphora at a paragraph or list-item start take the last stated day before the break;
 *   "After the White House summit ... the same evening" counts from the day the text gave that
 *   occasion; "at the November summit" is the summit's stated day; "in 2030 or 2031" is one
 *   interval; footnote marks glued to a date ("19 January 1993,1 but") do not hide it; a source
 *   written one paragraph per line restarts the narrative at each line (extractDates).
 * - timexToDateValue(hit, inferred): the pipeline's interval (value, first/last day, granularity).
 * - findDocumentDate(doc, hits?): the document's own date (header, else latest stated date).
 * - extractDates(doc, ctx): DateMentions over the normalized text, paragraph by paragraph.
 * - dateRules: the rules as data, with examples, for the rule test.
 */
import type { DateMention, DocumentDate, RuleHit, RuleSet, RunContext, SegmentedDoc } from '../../core/types.js';
import { parseYMD, daysInMonth, pad2 } from './calendar.js';
import { findDocumentDate } from './docdate.js';
import { timexToDateValue } from './interval.js';
import { RULES, PASSES } from './rules.js';
import { sinceRuleFor } from './since.js';
import { tagDates } from './tagger.js';

export { RULES, PASSES };

export type { TimexHit } from './types.js';
export type { TagOptions } from './tagger.js';
export { tagDates, timexToDateValue, findDocumentDate };

/** The DCT the rule examples are written against (a Monday). */
export const EXAMPLE_DCT = '2022-09-05';

/**
 * A day DCT from a document date of any granularity: a year or month stands for its last day
 * (for comparisons). To resolve text, pass the document date itself to tagDates ("2024"): a
 * day DCT made from a year would give "last month" a December the text does not say.
 */
export function dctFromDocumentDate(v: string | null | undefined): string | undefined {
  if (!v) return undefined;
  if (parseYMD(v)) return v.slice(0, 10);
  let m = /^(\d{4})-(\d\d)$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${pad2(daysInMonth(+m[1]!, +m[2]!))}`;
  m = /^(\d{4})$/.exec(v);
  if (m) return `${m[1]}-12-31`;
  return undefined;
}

export function extractDates(doc: SegmentedDoc, ctx: RunContext): { documentDate: DocumentDate; mentions: DateMention[] } {
  const text = doc.text;
  const resets = [...doc.paragraphs.map((p) => p.span.start), ...doc.sections.map((s) => s.span.start), ...sourceLineParagraphs(doc)];
  const first = tagDates(text, { resets, narrative: 'full', narrativeReach: 600 });
  const documentDate = findDocumentDate(doc, first);
  const dct = (ctx.dct && parseYMD(ctx.dct) ? ctx.dct : undefined) ?? documentDate.value ?? undefined;
  const hits = dct ? tagDates(text, { dct, resets, narrative: 'full', narrativeReach: 600 }) : first;
  const dctYear = dct ? dct.slice(0, 4) : null;
  const mentions: DateMention[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    let span = { start: h.start, end: h.end };
    if (h.rangeSpan) {
      // the parts of one range ("2010", "2025" of "2010-2025") make one mention of the whole
      span = { ...h.rangeSpan };
      while (i + 1 < hits.length && hits[i + 1]!.rangeSpan?.start === h.rangeSpan.start) i++;
    }
    const m: DateMention = {
      kind: 'date',
      span,
      text: text.slice(span.start, span.end),
      ruleId: h.rule,
      timexType: h.type,
      timexValue: h.value,
      date: timexToDateValue(h, !!h.inferred),
    };
    // "at the moment", "currently": the document's time, at year granularity
    if (h.value === 'PRESENT_REF' && dctYear) m.date = { value: dctYear, start: `${dctYear}-01-01`, end: `${dctYear}-12-31`, granularity: 'year', inferred: true };
    if (h.mod) m.mod = h.mod;
    const ongoing = m.date && dct ? sinceOngoing(text, span, m.date, dct) : null;
    if (ongoing) m.date = ongoing;
    mentions.push(m);
  }
  return { documentDate, mentions };
}

/** A source line at least this long is a paragraph of its own, not a wrapped line. */
const LONG_LINE = 200;

/**
 * Where the source's own paragraphs start, in a file written one paragraph per line (long lines
 * ending a sentence, then a line break): the narrative starts afresh there, even when the
 * normalized text runs the lines together. Offsets in the normalized text. A hard-wrapped file
 * (short lines) gives none.
 */
export function sourceLineParagraphs(doc: Pick<SegmentedDoc, 'text' | 'source' | 'srcStart'>): number[] {
  const src = doc.source?.text;
  const map = doc.srcStart;
  if (!src || !map || map.length !== doc.text.length || map.length === 0) return [];
  const out: number[] = [];
  let ls = 0;
  for (let i = src.indexOf('\n'); i >= 0; ls = i + 1, i = src.indexOf('\n', i + 1)) {
    if (i - ls < LONG_LINE || !/[.!?]["”’)]*\s*$/.test(src.slice(Math.max(ls, i - 8), i))) continue;
    // the first normalized character at or after the next line's start
    let lo = 0;
    let hi = map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid]! < i + 1) lo = mid + 1;
      else hi = mid;
    }
    if (lo < map.length && lo > 0) out.push(lo);
  }
  return out;
}

/**
 * A brief's "since X" stating a repeated or continuing activity ("has attended every summit
 * since 2021", "oil has been shipped through the port since 2010") covers X up to the
 * document's date: the interval X/DCT at X's granularity, inferred; so does a change of a
 * quantity ("trade has grown threefold since 2016") and, for a year, an amount accumulated over
 * the period ("has financed 100 projects since 2013") (since.ts SINCE_RULES). A state that began
 * at X ("an observer since 2018", "has been suspended since 2021", "has had an office since
 * 2011"), the first happening or a negation ("the first visit since 2015", "has not lent since
 * 2021") stays X.
 */
function sinceOngoing(text: string, span: { start: number; end: number }, d: NonNullable<DateMention['date']>, dct: string): DateMention['date'] {
  if (d.granularity !== 'year' && d.granularity !== 'month') return null;
  if (!/(?<![\p{L}])since\s+$/iu.test(text.slice(Math.max(0, span.start - 8), span.start))) return null;
  const rule = sinceRuleFor(sinceClause(text, span), d.granularity);
  if (!rule || rule.gives !== 'interval') return null;
  const endV = d.granularity === 'year' ? dct.slice(0, 4) : dct.slice(0, 7);
  if (endV.length !== d.value.length || endV <= d.value) return null;
  const endIv = timexToDateValue({ start: 0, end: 0, text: '', type: 'DATE', value: endV, rule: '' }, true);
  if (!endIv) return null;
  return { value: `${d.value}/${endV}`, start: d.start, end: endIv.end, granularity: 'range', inferred: true };
}

/** The clause of "since X": back to the sentence start (at most 200 characters), on to its end (at most 150). */
export function sinceClause(text: string, span: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, span.start - 200), span.start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf('\n'));
  const after = text.slice(span.end, span.end + 150).split(/[.;\n]/)[0]!;
  return `${before.slice(from + 1)}${text.slice(span.start, span.end)}${after}`;
}

export const dateRules: RuleSet = {
  name: 'dates',
  // the not-date guards emit nothing, so their examples are tested apart (tests/extract/dates)
  rules: RULES.filter((r) => !r.guard).map((r) => ({ id: r.id, description: r.description, examples: r.examples })),
  negatives: [
    'Table 3',
    'See Table 3 and Figure 12.',
    'ISSN 2939-5550',
    '1117 Budapest',
    'Address: Fővám tér 8, 1117 Budapest',
    '$12.5 million',
    'The fund was topped up with $12.5 million.',
    '640 soldiers',
    'A garrison of 640 soldiers guards the pass.',
    'COVID-19',
    'after the COVID-19 pandemic',
    'COP29',
    'the 6+3 format',
    'trade has grown steadily.12',
    'Page 14',
    '- 14 -',
    'as shown in the report.³',
  ],
  run(text: string): RuleHit[] {
    return tagDates(text, { dct: EXAMPLE_DCT, onError: (_rule, err) => { throw err; } }).map((h) => ({ rule: h.rule, start: h.start, end: h.end, text: h.text, value: h.value }));
  },
};
