/**
 * The document's own date: a date stated in the header (the first lines), else the latest
 * explicit (stated, not inferred) date in the text, else none.
 *
 * Header forms: a line that is (mostly) a date ("5 September 2022", "September 2022"), a
 * short label and a separator before or after the date ("Commentary | 4 February 2022",
 * "Working Paper — March 2021", "Tbilisi, 8 April 2018", "No. 4, August 2019", "11 June 2021 | Briefing"),
 * a document code with a year ("EC/2024/1"), or a cue word before a date ("compiled 20 June
 * 2024", "Published: 12 March 2024", "**Published:** 14 May 2021", "as of May 2023").
 *
 * The fallback (no header date) skips dates that are not the writing date: targets and
 * deadlines ("by 2030", "until 2025"), dates with a BEFORE/AFTER mod, and dates in a sentence
 * about plans, forecasts or possibilities ("could resume in 2026", "is expected in 2027").
 */
import type { DocumentDate, SegmentedDoc } from '../../core/types.js';
import { tagDates } from './tagger.js';
import type { TimexHit } from './types.js';

/** How far into the text the header may reach (characters and lines). */
const HEADER_CHARS = 800;
const HEADER_LINES = 15;

const CUE = /\b(?:compiled|published|updated|last\s+updated|dated|date|issued|released|as\s+of|written|prepared|revised|version\s+of|finali[sz]ed)[\s*_]*:?[\s*_]*(?:on\s+)?[\s*_]*$/i;

/** Markup and blanks around a header line's parts (markdown emphasis, headings, quotes). */
const MARKS = /^[\s*_#>]+|[\s*_]+$/gu;
/**
 * A short label: up to six words of letters, digits and a few marks ("Commentary", "Working
 * Paper", "Tbilisi", "No. 4", "Issue 3 (2020)").
 */
const LABEL = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.'’&()/]*(?:[ \t-]+[\p{L}\p{N}.'’&()/]+){0,5}`;
/** A separator between a label and the date ("Commentary | ", "Tbilisi, ", "Working Paper — "). */
const SEP_BEFORE = String.raw`\s*(?:[|•·:,/]|[-–—]{1,2})\s*`;
/** After the date no comma or colon: a wrapped prose line ("2016, exports grew") is no header. */
const SEP_AFTER = String.raw`\s*(?:[|•·/]|[-–—]{1,2})\s*`;
/** A separator between two label fields of one masthead line ("Caspian Notes · No. 14 · Baku, "). */
const FIELD_SEP = String.raw`[ \t]*(?:[|•·/]|[-–—]{1,2})[ \t]*`;
/** Up to four label fields, then the separator before the date. */
const LABEL_BEFORE = new RegExp(`^${LABEL}(?:${FIELD_SEP}${LABEL}){0,3}${SEP_BEFORE}$`, 'u');
const LABEL_ONLY = new RegExp(`^${LABEL}$`, 'u');
const WIDE_GAP = /\S(?:[ ]{3,}|\t)$/;
/** A publication name in capitals leading a masthead line: two words or more. */
const CAPS_NAME = /^\p{Lu}[\p{Lu}&'’.-]+(?:\s+\p{Lu}[\p{Lu}&'’.-]+)+(?:\s|$)/u;
const LABEL_AFTER = new RegExp(`^${SEP_AFTER}${LABEL}$`, 'u');
/** Clauses about plans, forecasts and possibilities: their dates are not the writing date. */
const PLAN_WORDS = /\b(?:will|shall|would|could|might|should|deadline|targets?|goals?|plans?|planned|planning|scheduled|expected|expects?|set\s+to|due\s+(?:in|by|on|for|to\s+(?:be|start|open|begin|take|enter))|aims?|envisaged?|until|intends?|hopes?|forecasts?|projected|projections?|prospects?|resumes?)\b/i;
/** "may" in lower case: the verb, not the month. */
const MODAL_MAY = /\bmay\b/;

/** A news dateline: a place in capitals and a comma before the date, a dash after it. */
const DATELINE_BEFORE = /^[\s*_]*\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,2}(?:[ \t]*\([^)\n]{1,30}\))?,[ \t]*$/u;
const DATELINE_AFTER = /^[ \t]*(?:[-–—]{1,2}|\(\p{Lu}+\)[ \t]*[-–—]{1,2})[ \t]/u;

/** How a header line frames its date: 3 a cue word, 2 a date line or label + separator, 0 none. */
function headerScore(before: string, after: string): number {
  if (CUE.test(before)) return 3;
  const b = before.replace(MARKS, '');
  const a = after.replace(MARKS, '');
  const bare = (x: string) => /^[\s\p{P}]*$/u.test(x);
  if (bare(b) && bare(a)) return 2; // a date line
  if ((bare(a) || LABEL_AFTER.test(a)) && LABEL_BEFORE.test(b)) return 2; // "Commentary | 4 February 2022"
  if (bare(b) && LABEL_AFTER.test(a)) return 2; // "11 June 2021 | Briefing"
  // a laid-out masthead: labels and the date apart by wide gaps ("REVIEW      No. 3      May 2021"),
  // or, once normalized to single spaces, a line led by a name in capitals ("TRADE REVIEW No. 3 May 2021")
  if (bare(a) && (WIDE_GAP.test(before) || CAPS_NAME.test(b)) && LABEL_ONLY.test(b)) return 2;
  return 0;
}
const ISO_LIKE = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

function explicitCalendar(h: TimexHit): boolean {
  return (h.type === 'DATE' || h.type === 'TIME') && !h.inferred && ISO_LIKE.test(h.value.slice(0, 10).replace(/T.*$/, ''));
}

function granular(v: string): string {
  const m = /^(\d{4}(?:-\d\d(?:-\d\d)?)?)/.exec(v);
  return m ? m[1]! : v;
}

/** The sentence around a span (bounded to 200 characters each side). */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  const amin = Math.max(0, start - 200);
  while (a > amin && !isStop(text.charCodeAt(a - 1))) a--;
  let b = end;
  const bmax = Math.min(text.length, end + 200);
  while (b < bmax && !isStop(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** One of . ! ? and the line feed (as /[.!?\n]/ on one character). */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

export function findDocumentDate(doc: SegmentedDoc | string, hits?: TimexHit[]): DocumentDate {
  const text = typeof doc === 'string' ? doc : doc.text;
  const all = hits ?? tagDates(text);
  const head = headerDate(text, all);
  if (head) return head;
  // a running header or masthead that normalization took out of the text ("CASPIAN DESK   Note
  // 11   October 2025" repeated on every page): read the source's own first lines (no span: it
  // is not in the normalized text)
  const src = typeof doc === 'string' ? null : doc.source?.text;
  if (src && src !== text) {
    const fromSource = mastheadField(src.slice(0, HEADER_CHARS));
    if (fromSource) return { value: fromSource, method: 'header', span: null };
  }
  return fallbackDate(text, all);
}

/**
 * A date that is a whole field of a masthead line in the source's first lines: fields are apart
 * by wide gaps or tabs ("CASPIAN AFFAIRS DESK   Policy Note 11   October 2025"), or the line is
 * the date alone. Returns the finest such date (its ISO value), or null.
 */
export function mastheadField(top: string): string | null {
  let best: string | null = null;
  const lines = top.split('\n').slice(0, HEADER_LINES);
  for (const line of lines) {
    const fields = line.split(/[ \t]{3,}|\t/);
    if (fields.length < 2 && !/^[\s*_#>]*\S/.test(line)) continue;
    for (const raw of fields) {
      const f = raw.replace(MARKS, '').replace(/[.,;:]+$/, '');
      if (f.length < 4 || f.length > 40) continue;
      const hs = tagDates(f).filter((h) => explicitCalendar(h) && !h.range);
      if (hs.length !== 1 || hs[0]!.start !== 0 || hs[0]!.end !== f.length) continue;
      if (fields.length < 2 && lines.length > 1 && line.trim() !== raw.trim()) continue;
      const v = granular(hs[0]!.value);
      if (!best || v.length > best.length) best = v;
    }
  }
  return best;
}

/** The date stated in the header (the first lines), if any. */
function headerDate(text: string, all: TimexHit[]): DocumentDate | null {
  // the header: the first HEADER_LINES lines within HEADER_CHARS
  let headerEnd = Math.min(text.length, HEADER_CHARS);
  let lines = 0;
  for (let i = 0; i < headerEnd; i++) {
    if (text.charCodeAt(i) === 10 && ++lines >= HEADER_LINES) {
      headerEnd = i;
      break;
    }
  }
  const inHeader = all.filter((h) => h.start < headerEnd && explicitCalendar(h) && !h.range);
  let best: { h: TimexHit; score: number } | null = null;
  for (const h of inHeader) {
    const ls = text.lastIndexOf('\n', h.start - 1) + 1;
    let le = text.indexOf('\n', h.end);
    if (le < 0) le = text.length;
    const before = text.slice(ls, h.start);
    const after = text.slice(h.end, le);
    // a dateline opening the first paragraph ("ASTANA, 9 September 2024 — The ..."): the
    // place in capitals, a comma, the date, a dash
    if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) {
      const score = 2.5 + granular(h.value).length / 100;
      if (!best || score > best.score) best = { h, score };
      continue;
    }
    // a long line is prose, not a header line
    if (le - ls > 100 && !CUE.test(before)) continue;
    let score = headerScore(before, after);
    if (score === 0) continue;
    // finer dates win among equals
    score += granular(h.value).length / 100;
    if (!best || score > best.score) best = { h, score };
  }
  if (best) return { value: granular(best.h.value), method: 'header', span: { start: best.h.start, end: best.h.end } };
  // a document code with a year: "EC/2024/1", "CS/2023/17"
  const code = /(?<![\p{L}\p{N}])[A-Z]{1,8}\/((?:19|20)\d\d)\/\d+(?![\p{N}])/u.exec(text.slice(0, headerEnd));
  if (code) return { value: code[1]!, method: 'header', span: { start: code.index + code[0].indexOf(code[1]!), end: code.index + code[0].indexOf(code[1]!) + 4 } };
  return null;
}

/** No header date: the latest explicit date of the text that is not a target or plan, else none. */
function fallbackDate(text: string, all: TimexHit[]): DocumentDate {
  // else the latest explicit date (targets like "by 2030" are plans, not the writing date)
  let latest: TimexHit | null = null;
  for (const h of all) {
    if (!explicitCalendar(h) || h.range) continue;
    const before = text.slice(Math.max(0, h.start - 24), h.start);
    // (and the start of a planned change: "raising the ceiling to 4 bcm a year from 2027")
    if (/\b(?:by|until|till|to|through|before|beyond|towards?|from|starting|beginning)\s+(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+)?$/i.test(before)) continue;
    if (h.mod === 'BEFORE' || h.mod === 'AFTER') continue;
    // a date in a clause about plans or deadlines is not the writing date
    const ctxt = sentenceAround(text, h.start, h.end);
    if (PLAN_WORDS.test(ctxt) || MODAL_MAY.test(ctxt)) continue;
    const v = granular(h.value);
    if (!latest) latest = h;
    else {
      const lv = granular(latest.value);
      // compare by the interval start; a finer date wins a tie ("July 2022" over "2022")
      const start = (x: string) => (x.length === 4 ? `${x}-01-01` : x.length === 7 ? `${x}-01` : x);
      if (start(v) > start(lv) || (start(v) === start(lv) && v.length > lv.length)) latest = h;
    }
  }
  if (latest) return { value: granular(latest.value), method: 'latest', span: { start: latest.start, end: latest.end } };
  return { value: null, method: 'none', span: null };
}
