/**
 * Learned step "dated": a row for something the brief says happened at a date no rule row uses
 * (on briefs nobody tuned rules on, a good part of the missed events are such: a new topic's verbs
 * and nouns are not in the trigger lexicon, but the sentence states its date).
 * Every placeable date expression of the text (ResolvedDoc.dates, original coordinates) whose date
 * no row of its sentence carries is a candidate, except "today"-like dates and dates inside
 * parentheses (never an event in the annotated sets). Its clause (within the segment stage's
 * sentence, cut at clause breaks) is what the row would quote. A linear model
 * (src/lexicon/models/dated.ts, trained by src/eval/train-dated.ts on the annotated sets) gives
 * P(a happening is stated there at that date) from cues that carry over to new topics: the clause's
 * words with names and numbers folded (CAP, NUM), verb forms (past, irregular past, perfect, passive,
 * copula, future or plan, modal, negation), the preposition before the date, a figure in the clause,
 * the date's shape, its place in the sentence and line (notes list, table line, heading), the share
 * of the brief's dates the rules left unused. The trigger lexicon is NOT a cue here (the rows this
 * step is for are the ones it does not know). Above the threshold a row is added (rule
 * "events/learned/dated"), typed by a second model trained on every gold event's quote and on the
 * candidates that state one (its content words, entity kinds, figure, the lexicon's type cues, the
 * topics its words and its sentence's name by the domain lexicon src/lexicon/domains.ts, the types
 * of the rule rows of its sentence and paragraph, and for a candidate a constant `cand`),
 * with the entities named from the sentence's start to the clause's end as actors.
 */
import { inside, overlapping } from '../core/search.js';
import { ProvenanceBuilder, spansOverlap } from '../core/span.js';
import type { DateSpan, DateValue, EventRow, EventType, NormalizedDoc, ResolvedDoc, Span } from '../core/types.js';
import { domainsOf } from '../lexicon/domains.js';
import { DATED_MODEL, DATED_THRESHOLD, DATED_TYPE_MODEL } from '../lexicon/models/dated.js';
import { TRIGGERS } from '../lexicon/triggers.js';
import { countryOf, entityKindOf } from './entities.js';
import type { LearnedStep } from './learned.js';
import { sentenceOf } from './sentences.js';
import { predictClass, probabilityOf, type LinearModel } from './linear.js';

export const DATED_RULE = 'events/learned/dated';

export interface DatedCandidate {
  /** The date expression. */
  d: DateSpan;
  date: DateValue;
  /** The clause around the date (what the row quotes), original coordinates. */
  span: Span;
  /** The line the date is on (without its line break). */
  line: Span;
  /** The sentence the date is in (may run over several lines). */
  sentence: Span;
  /** For training only: a date some row uses. */
  used?: boolean;
  /** The share of the brief's placeable dates that are candidates. */
  share?: number;
  /** The same share within the paragraph, and the paragraph's rows. */
  paraShare?: number;
  paraRows?: number;
}

/** The paragraph around an offset: between blank lines; a long line (one paragraph a line) alone. */
function paragraphAt(text: string, at: number): Span {
  const line = lineAt(text, at);
  if (line.end - line.start >= 200) return line;
  let s = line.start;
  for (;;) {
    if (s <= 0) break;
    const prev = lineAt(text, s - 1);
    if (text.slice(prev.start, prev.end).trim() === '' || prev.end - prev.start >= 200) break;
    s = prev.start;
  }
  let e = line.end;
  for (;;) {
    if (e >= text.length) break;
    const next = lineAt(text, e + 1);
    if (next.start <= e || text.slice(next.start, next.end).trim() === '' || next.end - next.start >= 200) break;
    e = next.end;
  }
  return { start: s, end: e };
}


/** The line around an offset. */
function lineAt(text: string, at: number): Span {
  let s = at;
  while (s > 0 && text[s - 1] !== '\n' && text[s - 1] !== '\f') s--;
  let e = at;
  while (e < text.length && text[e] !== '\n' && text[e] !== '\f' && text[e] !== '\r') e++;
  return { start: s, end: e };
}

const BLANK_LINE = /\n[ \t\r]*\n/;
/** A period that ends an abbreviation or an initial, not a sentence. */
const ABBREV = /(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Art|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Col|Lt|Prof|Gov|Sen|Rep|vs|approx|e\.g|i\.e|U\.S|U\.K|etc))\.$/;

/** The sentence around a span: back to a sentence end or blank line, forward likewise. */
function sentenceAt(text: string, span: Span): Span {
  let s = span.start;
  while (s > 0) {
    const c = text[s - 1]!;
    if (c === '\f') break;
    if (c === '\n' && BLANK_LINE.test(text.slice(Math.max(0, s - 4), s + 1))) break;
    if (/\s/.test(c) && /[.!?]/.test(text[s - 2] ?? '') && !ABBREV.test(text.slice(Math.max(0, s - 8), s - 1))) break;
    s--;
    if (span.start - s > 800) break;
  }
  let e = span.end;
  while (e < text.length) {
    const c = text[e]!;
    if (c === '\f') break;
    if (c === '\n' && BLANK_LINE.test(text.slice(e, e + 4))) break;
    if (/[.!?]/.test(c) && /\s/.test(text[e + 1] ?? ' ') && !ABBREV.test(text.slice(Math.max(0, e - 7), e + 1))) {
      e++;
      break;
    }
    e++;
    if (e - span.end > 800) break;
  }
  while (s < e && /\s/.test(text[s]!)) s++;
  return { start: s, end: e };
}

const CLAUSE_BREAK = /[;:]|\s[—–-]\s|,\s+(?:and|but|while|whereas|which|who|although|though|when|after|before|as|because|since|so|yet|where)\b|\s(?:but|while|whereas)\s/g;

/** Words of a text segment (letters and digits). */
function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** The clause around the date: within its line and sentence, cut at clause breaks outside parentheses. */
export function clauseOf(text: string, d: Span, line: Span, sentence: Span): Span {
  const L = Math.max(line.start, sentence.start);
  const R = Math.min(line.end, sentence.end);
  // break positions [start, end) of each break mark outside parentheses
  const seg = text.slice(L, R);
  const depthAt: number[] = [];
  let depth = 0;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '(' || c === '[') depth++;
    depthAt.push(depth);
    if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  const breaks: Span[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(seg))) {
    if ((depthAt[m.index] ?? 0) > 0) continue;
    const b = { start: L + m.index, end: L + m.index + (m[0].startsWith(',') || m[0].length === 1 ? 1 : m[0].length) };
    if (spansOverlap(b, d)) continue;
    breaks.push(b);
  }
  // the segments between breaks
  const segs: Span[] = [];
  let s = L;
  for (const b of breaks) {
    segs.push({ start: s, end: b.start });
    s = b.end;
  }
  segs.push({ start: s, end: R });
  let k = segs.findIndex((x) => x.start <= d.start && d.start < x.end);
  if (k < 0) k = 0;
  let span = { ...segs[k]! };
  // a segment that is little more than the date ("In March 2021,") takes its neighbour
  const rest = (sp: Span) => wordCount(text.slice(sp.start, d.start)) + wordCount(text.slice(d.end, sp.end));
  if (rest(span) < 3) {
    const after = text.slice(d.end, span.end).trim();
    if (k + 1 < segs.length && (after === '' || after === ',' || span.start >= d.start - 12)) span = { start: span.start, end: segs[k + 1]!.end };
    else if (k > 0) span = { start: segs[k - 1]!.start, end: span.end };
  }
  // trim spaces and edge punctuation (keep a closing parenthesis that has its opening)
  let a = span.start;
  let b = span.end;
  while (a < b && /[\s,;:.—–-]/.test(text[a]!)) a++;
  while (b > a && /[\s,;:—–-]/.test(text[b - 1]!)) b--;
  if (a > d.start) a = d.start;
  if (b < d.end) b = d.end;
  return { start: a, end: b };
}

/** The sentence of a date: the segment stage's sentence unit holding it (else the text's own cut). */
function sentenceSpan(doc: ResolvedDoc, d: Span): Span {
  if (doc.sentences) {
    const s = sentenceOf(doc, d.start);
    if (s.start <= d.start && d.end <= s.end) return s;
  }
  return sentenceAt(doc.source.text, d);
}

/** A date expression that means the time of writing (never a candidate). */
export const DEICTIC = /^(?:today|now|currently|presently|at present|nowadays|these days|to date|so far)$/i;

/** Is the span inside parentheses on its line? */
function inParens(text: string, span: Span): boolean {
  return openParenBefore(text, span.start, /\n/);
}

/**
 * Is an opening parenthesis the nearest bracket at or before `pos` on its line (a line ends at
 * `lineEnd`)? The scan goes back at most 1,000 characters (a long one-line text stays linear).
 */
function openParenBefore(text: string, pos: number, lineEnd: RegExp): boolean {
  const floor = Math.max(0, pos - 1000);
  for (let i = Math.min(pos, text.length - 1); i >= floor; i--) {
    const ch = text[i]!;
    if (ch === '(') return true;
    if (ch === ')' || lineEnd.test(ch)) return false;
  }
  return false;
}

const placedCache = new WeakMap<object, DateSpan[]>();
/** The document's dates that can be placed (computed once per document). */
function placedDatesOf(doc: ResolvedDoc): DateSpan[] {
  const all = doc.dates ?? [];
  let out = placedCache.get(all);
  if (!out) {
    out = all.filter((x) => x.date);
    placedCache.set(all, out);
  }
  return out;
}

/** The candidate dates of a document: placeable dates no row covers or carries in their sentence. */
export function datedCandidates(doc: ResolvedDoc, opts: { used?: boolean } = {}): DatedCandidate[] {
  const text = doc.source.text;
  const rows = doc.events.filter((r) => r.state !== 'absent');
  const out: DatedCandidate[] = [];
  for (const d of doc.dates ?? []) {
    const date = d.date;
    if (!date || d.span.end <= d.span.start) continue;
    // "today", "at present" state a condition, and a date in parentheses cites or glosses: no candidates
    // (in the annotated sets none of 86 present-reference dates and none of 16 in parentheses was an event)
    if (d.timexValue === 'PRESENT_REF' || DEICTIC.test(text.slice(d.span.start, d.span.end)) || inParens(text, d.span)) continue;
    const sentence = sentenceSpan(doc, d.span);
    // used: a row of its sentence carries its date (a row over it with another date leaves it free)
    const used = overlapping(rows, sentence).some((r) => r.date.value === date.value);
    if (used && !opts.used) continue;
    const line = lineAt(text, d.span.start);
    // the clause within the sentence (a wrapped line does not end it)
    out.push({ d, date, span: clauseOf(text, d.span, sentence, sentence), line, sentence, ...(used ? { used } : {}) });
  }
  const placedDates = placedDatesOf(doc);
  const free = out.filter((x) => !x.used).map((x) => ({ span: x.d.span }));
  for (const c of out) {
    c.share = free.length / Math.max(1, placedDates.length);
    const para = paragraphAt(text, c.d.span.start);
    const inPara = inside(placedDates, para).length;
    const candsInPara = inside(free, para).length;
    c.paraShare = candsInPara / Math.max(1, inPara);
    c.paraRows = inside(rows, para).length;
  }
  return out;
}

const WORD_RE = /[\p{L}][\p{L}\p{N}'’-]*/gu;
function words(s: string): string[] {
  return (s.match(WORD_RE) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'").replace(/'s$/, ''));
}

const FUNCTION_WORDS = new Set(
  (
    'a an the of and or to in on at by for with from as into over under about after before during since until ' +
    'its it this that these those their his her our was were is are be been being has have had will would shall ' +
    'should can could may might not no also which who whom whose than then there here both each such all any some ' +
    'more most so but if while when where up out per via they them he she we while following last next first second'
  ).split(' '),
);

/** Words of a text, lowercased, with a capitalized word that is not a function word as "CAP" and a number as "NUM". */
export function shapeWords(s: string): string[] {
  return (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).map((raw) => {
    const w0 = raw.replace(/[.,]+$/, '');
    if (/^\p{N}/u.test(w0)) return 'NUM';
    const w = w0.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    if (/^\p{Lu}/u.test(w0) && !FUNCTION_WORDS.has(w)) return 'CAP';
    return w;
  });
}

const IRREGULAR_PAST = new Set(
  (
    'held began took made won rose fell grew came went met left gave became saw set put cut brought bought ' +
    'sold built paid sent spent lost led ran struck hit shut broke chose drew drove flew froze forbade forgave ' +
    'fought found hung heard kept knew laid lay lent let meant overtook overcame read rebuilt rode rang sank sought ' +
    'shook shot showed sprang stood stole stuck swept swore taught told thought threw understood undertook upheld ' +
    'withdrew wrote'
  ).split(' '),
);
const PERFECT_AUX = new Set(['has', 'have', 'had']);
const FUTURE = new Set(['will', 'shall', 'plans', 'plan', 'planned', 'expected', 'expects', 'due', 'aims', 'intends', 'scheduled', 'envisaged', 'targets', 'target', 'goal', 'should', 'would']);
const MODAL = new Set(['may', 'might', 'could', 'can']);
const NEGATION = new Set(['not', 'no', 'never', "didn't", "wasn't", "won't", 'without']);
const BE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being']);

/** Cues of the clause's verbs: past forms (regular, irregular), perfect, passive, future or plan, modal, negation. */
export function verbCues(before: string[], after: string[]): string[] {
  const out = new Set<string>();
  const all = [...before, ...after];
  const past = (w: string): boolean => (w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w);
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    if (IRREGULAR_PAST.has(w)) out.add('irregPast');
    if (w.length > 4 && w.endsWith('ed')) out.add('edForm');
    if (FUTURE.has(w)) out.add('future');
    if (MODAL.has(w)) out.add('modal');
    if (NEGATION.has(w)) out.add('neg');
    const next = all[i + 1];
    if (next && PERFECT_AUX.has(w) && past(next)) out.add('perfect');
    if (next && BE.has(w) && next.length > 4 && next.endsWith('ed')) out.add('passive');
    if (w === 'to' && next && !past(next) && i > 0 && ['is', 'are', 'was', 'set', 'due', 'expected', 'plans', 'planned'].includes(all[i - 1]!)) out.add('toInf');
  }
  const pastAfter = after.slice(0, 4).some(past);
  const pastBefore = before.slice(-4).some(past);
  if (pastAfter) out.add('pastAfterDate');
  if (pastBefore) out.add('pastBeforeDate');
  if (!all.some(past)) out.add('noPast');
  // a copula states a condition ("exports were $5 million"); "there was" an existence
  const cop = all.some((w) => w === 'was' || w === 'were' || w === 'is' || w === 'are');
  if (cop) out.add('copula');
  if (cop && !all.some((w) => past(w) || FUTURE.has(w))) out.add('copulaOnly');
  for (let i = 0; i + 1 < all.length; i++) if (all[i] === 'there' && BE.has(all[i + 1]!)) out.add('existential');
  if (all.some((w) => w === 'had' || w === 'has' || w === 'have') && !out.has('perfect')) out.add('possess');
  return [...out];
}

function bucket(n: number, cuts: number[]): string {
  for (const c of cuts) if (n <= c) return `<=${c}`;
  return `>${cuts[cuts.length - 1]}`;
}

const NOTES_HEADING = /^\s*(?:#+\s*)?(?:notes?|end\s?notes|references|sources|bibliography|further reading|footnotes)\b/i;
const FIGURE_UNIT = /(?:[$€£¥]\s?\d|\d\s?(?:%|per ?cent|percent|million|billion|bn|mln|tonnes?|tons?|km|mw|gw|bcm|barrels?|bbl|usd|eur)\b)/i;

/** Offsets of the heading-like lines of a text: notes-list headings and markdown headings. */
let headingCache: { text: string; marks: { start: number; notes: boolean }[] } | null = null;
function headingMarks(text: string): { start: number; notes: boolean }[] {
  if (headingCache && headingCache.text === text) return headingCache.marks;
  const marks: { start: number; notes: boolean }[] = [];
  const re = /^[^\n]*$/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const s = m[0];
    if (NOTES_HEADING.test(s) && s.trim().length < 40) marks.push({ start: m.index, notes: true });
    else if (/^\s*#+\s/.test(s)) marks.push({ start: m.index, notes: false });
    if (re.lastIndex === m.index) re.lastIndex++;
  }
  headingCache = { text, marks };
  return marks;
}

/** Is the line under a notes-list heading (the nearest heading above it)? */
function inNotes(text: string, line: Span): boolean {
  const marks = headingMarks(text);
  let last: { start: number; notes: boolean } | null = null;
  for (const x of marks) {
    if (x.start >= line.start) break;
    last = x;
  }
  return !!last && last.notes;
}

interface CompiledTrigger {
  id: string;
  type: EventType;
  weight: number;
  re: RegExp;
}
let compiled: CompiledTrigger[] | null = null;

/** The trigger lexicon's entries as expressions over plain text (compiled once, on first use). */
function triggerLexicon(): CompiledTrigger[] {
  if (compiled) return compiled;
  compiled = [];
  for (const t of TRIGGERS) {
    if (t.patterns.length === 0) continue;
    try {
      const src = t.patterns.map((p) => p.replace(/ /g, '\\s+')).join('|');
      compiled.push({ id: t.id, type: t.type, weight: t.weight, re: new RegExp(`\\b(?:${src})\\b`, 'i') });
    } catch {
      // (a pattern written for the extractor's own flags: left out)
    }
  }
  return compiled;
}

/** The lexicon's triggers found in a text: their types, weights and ids. */
export function lexiconCues(text: string): string[] {
  const f = new Set<string>();
  let max = 0;
  for (const t of triggerLexicon()) {
    const m = t.re.exec(text);
    if (!m || m[0].length === 0) continue;
    f.add(`trig=${t.type}`);
    f.add(`tid=${t.id}`);
    if (t.weight > max) max = t.weight;
  }
  f.add(`trigMax=${max}`);
  return [...f];
}

/** The features of a candidate: general cues only. */
export function datedFeatures(doc: ResolvedDoc, c: DatedCandidate): string[] {
  const text = doc.source.text;
  const f: string[] = [];
  if (c.used) f.push('used');
  const clause = text.slice(c.span.start, c.span.end);
  const before = words(text.slice(c.span.start, c.d.span.start));
  const after = words(text.slice(c.d.span.end, c.span.end));
  const dtext = text.slice(c.d.span.start, c.d.span.end);
  const dwords = words(dtext);
  // words with names and numbers folded (a name or a figure is the topic's, not the construction's)
  const cb = shapeWords(text.slice(c.span.start, c.d.span.start));
  const ca = shapeWords(text.slice(c.d.span.end, c.span.end));
  for (const w of new Set([...cb, ...ca])) f.push(`w=${w}`);
  for (const w of new Set(cb.slice(-3))) f.push(`b=${w}`);
  for (const w of new Set(ca.slice(0, 3))) f.push(`a=${w}`);
  f.push(`p1=${cb[cb.length - 1] ?? '^'}`, `n1=${ca[0] ?? '$'}`);
  for (const v of verbCues(before, after)) f.push(`vf=${v}`);
  // the preposition before the date (inside the date expression or just before it)
  const prep = ['in', 'on', 'since', 'by', 'until', 'till', 'from', 'at', 'during', 'after', 'before', 'between', 'of', 'to', 'through', 'for', 'as'].find((p) => p === dwords[0]) ?? before[before.length - 1] ?? '^';
  f.push(`prep=${prep}`);
  const sufs = new Set<string>();
  for (const w of [...before, ...after]) {
    if (w.length > 4 && w.endsWith('ed')) sufs.add('ed');
    if (w.length > 5 && w.endsWith('ing')) sufs.add('ing');
    if (w.length > 5 && /(?:tion|ment|ance|ence)s?$/.test(w)) sufs.add('noun');
  }
  for (const s of sufs) f.push(`suf=${s}`);
  if (sufs.size === 0) f.push('suf=none');
  f.push(`cw=${bucket(before.length + after.length, [1, 3, 6, 10, 16])}`);
  f.push(`gran=${c.date.granularity}`, `rule=${c.d.rule.split('/').slice(0, 2).join('/')}`);
  if (c.d.mod) f.push(`mod=${c.d.mod}`);
  if (c.date.inferred) f.push('inferred');
  if (/^\d{4}$/.test(dtext.trim())) f.push('bareYear');
  if (/[-–—]|\bto\b|\bbetween\b|\buntil\b/.test(dtext) || c.date.granularity === 'range') f.push('range');
  if (c.d.timexValue === 'PRESENT_REF') f.push('present');
  const docDate = doc.documentDate.value;
  if (docDate) {
    if (c.date.start > docDate.slice(0, 10)) f.push('afterDoc');
    else if (c.date.start.slice(0, 4) === docDate.slice(0, 4)) f.push('docYear');
  }
  // parentheses, figure, position
  if (openParenBefore(text, c.d.span.start, /[\n\f]/)) f.push('paren');
  if (FIGURE_UNIT.test(clause)) f.push('figure');
  if (overlapping(doc.figures, c.span).length > 0) f.push('figRow');
  if (overlapping(doc.figures, c.sentence).some((g) => g.date && g.date.value === c.date.value)) f.push('figPeriod');
  const sBefore = words(text.slice(c.sentence.start, c.d.span.start)).length;
  f.push(`spos=${bucket(sBefore, [0, 1, 3, 8, 15])}`);
  if (sBefore <= 1) f.push(`open=${before[0] ?? dwords[0] ?? '^'}`);
  const rowsInSentence = overlapping(doc.events, c.sentence).length;
  f.push(`srows=${bucket(rowsInSentence, [0, 1, 2])}`);
  if (overlapping(doc.events, c.span).length > 0) f.push('clauseRow');
  const ents = inside(doc.mentions, c.span);
  f.push(`ents=${bucket(ents.length, [0, 1, 2])}`);
  for (const k of new Set(ents.map((m) => entityKindOf(m.entity) ?? 'other'))) f.push(`ek=${k}`);
  // section cues
  const lineText = text.slice(c.line.start, c.line.end);
  if (/^\s*(?:\[\d+\]|\d{1,3}[.)]\s|[-*•]\s)/.test(lineText)) f.push('listItem');
  if (/\t|\s{3,}\S|\|/.test(lineText.trim())) f.push('tableLine');
  const lt = lineText.trim();
  if (lt.length < 70 && !/[.!?]$/.test(lt)) f.push('shortLine');
  if (/^#+\s/.test(lt)) f.push('heading');
  if (c.line.start < 300) f.push('top');
  if (inNotes(text, c.line)) f.push('notes');
  if (/\b(?:https?:|www\.|doi|retrieved|accessed|pp?\.\s?\d)/i.test(lineText)) f.push('cite');
  if (/["“”]/.test(clause)) f.push('quoteMark');
  if (/^\s*[\p{Lu}][\p{Lu}\p{L} .'-]*,\s*$/u.test(text.slice(c.line.start, c.d.span.start)) && /^\s*[—–-]/.test(text.slice(c.d.span.end, c.line.end))) f.push('dateline');
  if (/\b(?:if|unless|whether)\b/i.test(text.slice(c.sentence.start, c.d.span.start))) f.push('conditional');
  // how much of the brief's dating the rules left unused (a brief the rules read well leaves little)
  const placed = placedDatesOf(doc).length;
  if (placed > 0 && c.share !== undefined) f.push(`share=${bucket(Math.round(10 * c.share), [1, 2, 3, 4, 5])}`);
  if (c.paraShare !== undefined) f.push(`pshare=${bucket(Math.round(10 * c.paraShare), [2, 4, 6, 9])}`);
  if (c.paraRows !== undefined) f.push(`prows=${bucket(c.paraRows, [0, 1, 3])}`);
  // the other date expressions of the sentence: a second date is often a comparison ("up from ... in 2021")
  const inSentence = overlapping(placedDatesOf(doc), c.sentence);
  const k = inSentence.findIndex((x) => x.span.start === c.d.span.start);
  f.push(`dates=${bucket(inSentence.length, [1, 2, 3])}`, `dateIdx=${bucket(k, [0, 1])}`);
  if (inSentence.some((x) => x !== c.d && spansOverlap(x.span, c.span))) f.push('clauseDates');
  if (/\b(?:from|than|over|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:\S+\s+){0,5}$/i.test(text.slice(Math.max(c.span.start, c.d.span.start - 60), c.d.span.start))) f.push('compare');
  return f;
}

/**
 * The type model's features of a candidate: those of its clause (typeFeaturesOf), and `cand`. The
 * model is trained on every gold event's quote and on the candidates that state an open gold
 * event; only the latter have `cand`, whose weights learn how the types of the happenings the
 * rules miss differ from those of all (more economic and other, fewer agreements and meetings).
 */
export function datedTypeFeatures(doc: ResolvedDoc, c: DatedCandidate): string[] {
  return [...typeFeaturesOf(doc, c.span, c.d.span, c.date.granularity), 'cand'];
}

/**
 * The domain features of a text (src/lexicon/domains.ts): `dc=<type>` for each type with a cue
 * word, `dc2=<type>` with two or more, `dtop=<type>` for the type with the most (alone); `dc=none`
 * without a cue.
 */
export function domainFeatures(text: string): string[] {
  const f: string[] = [];
  const counts = domainsOf(text);
  let top: EventType | null = null;
  let max = 0;
  for (const [t, n] of counts) {
    f.push(`dc=${t}`);
    if (n >= 2) f.push(`dc2=${t}`);
    if (n > max) {
      max = n;
      top = t;
    } else if (n === max) top = null;
  }
  if (top) f.push(`dtop=${top}`);
  if (counts.size === 0) f.push('dc=none');
  return f;
}

const TYPE_WORD_RE = /[\p{L}][\p{L}'’-]*/gu;
/** The longest first: "-ations" before "-s". */
const TYPE_WORD_ENDINGS = /(?:ations?|ments?|ings?|ions?|ies|es|ed|s)$/;

/**
 * The content words of a text for the type model (what it is about: "exports", "railway",
 * "election"): lowercase, three letters or more, no capitalised word (a name or a sentence's first
 * word), no function word, with a light stem ("exports", "exported", "exporting" give "export";
 * "elections", "elected" give "elect").
 */
export function typeWords(s: string): string[] {
  const out = new Set<string>();
  for (const raw of s.match(TYPE_WORD_RE) ?? []) {
    if (raw.length < 3 || /^\p{Lu}/u.test(raw)) continue;
    const w = raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
    if (FUNCTION_WORDS.has(w)) continue;
    const stem = w.length > 5 ? w.replace(TYPE_WORD_ENDINGS, '') : w;
    out.add(stem.length >= 3 ? stem : w);
  }
  return [...out];
}

/** Type features of any span of the text (the words outside `skip`, the entity kinds inside it). */
export function typeFeaturesOf(doc: ResolvedDoc, span: Span, skip: Span | null, granularity: string): string[] {
  const text = doc.source.text;
  const body = skip ? text.slice(span.start, skip.start) + ' ' + text.slice(skip.end, span.end) : text.slice(span.start, span.end);
  const f = new Set<string>();
  for (const m of inside(doc.mentions, span)) f.add(`ek=${entityKindOf(m.entity) ?? 'other'}`);
  f.add(`gran=${granularity}`);
  if (FIGURE_UNIT.test(body)) f.add('figure');
  for (const w of typeWords(body)) f.add(`tw=${w}`);
  for (const x of lexiconCues(body)) if (!x.startsWith('tid=')) f.add(x);
  // its topics: the domain lexicon's cue words per type (src/lexicon/domains.ts), in it and in its sentence
  for (const x of domainFeatures(body)) f.add(x);
  // the types of the rule rows around it (not over it): of its sentence, of its paragraph
  const sentence = sentenceAt(text, span);
  for (const t of domainsOf(text.slice(sentence.start, sentence.end)).keys()) f.add(`ds=${t}`);
  const para = paragraphAt(text, span.start);
  for (const r of overlapping(doc.events, { start: Math.min(sentence.start, para.start), end: Math.max(sentence.end, para.end) })) {
    if (r.state === 'absent' || spansOverlap(r.span, span)) continue;
    if (spansOverlap(r.span, sentence)) f.add(`st=${r.type}`);
    if (spansOverlap(r.span, para)) f.add(`pt=${r.type}`);
  }
  return [...f];
}

/**
 * The parties of a candidate row: the names from the start of its sentence to the end of its
 * clause (the subject is often before the clause); a person brings its country; no places.
 */
function candidateActors(doc: ResolvedDoc, c: DatedCandidate): string[] {
  const out: string[] = [];
  const from = Math.min(c.sentence.start, c.span.start);
  for (const m of inside(doc.mentions, { start: from, end: c.span.end })) {
    const kind = entityKindOf(m.entity);
    if (kind === 'city' || kind === 'region') continue;
    if (!out.includes(m.entity)) out.push(m.entity);
    if (kind === 'person') {
      const k = countryOf(m.entity);
      if (k && !out.includes(k)) out.push(k);
    }
  }
  return out;
}

/** A ProvenanceBuilder over the original text (identity offsets): the spans are original already. */
function originalBuilder(doc: ResolvedDoc): ProvenanceBuilder {
  const n = doc.source.text.length;
  const srcStart = new Int32Array(n);
  const srcEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    srcStart[i] = i;
    srcEnd[i] = i + 1;
  }
  const norm: NormalizedDoc = { source: doc.source, text: doc.source.text, srcStart, srcEnd };
  return new ProvenanceBuilder(norm);
}

/** A guess at the clause's verb, for the row's trigger field (else the date's text). */
function triggerOf(text: string, c: DatedCandidate): string {
  const clause = text.slice(c.span.start, c.span.end);
  const m = /\b[a-z]{3,}(?:ed|en)\b/.exec(clause);
  return m ? m[0] : text.slice(c.d.span.start, c.d.span.end);
}

/** The row of a candidate. */
export function datedRow(doc: ResolvedDoc, c: DatedCandidate, type: EventType, prov = originalBuilder(doc)): EventRow {
  const p = prov.make('ev', c.span, DATED_RULE, `${c.d.span.start}:${c.date.value}`);
  const docDate = doc.documentDate.value;
  return {
    ...p,
    type,
    date: { ...c.date },
    actors: candidateActors(doc, c),
    where: null,
    trigger: triggerOf(doc.source.text, c),
    planned: !!docDate && c.date.start > docDate.slice(0, 10),
  };
}

export interface DatedScored {
  c: DatedCandidate;
  p: number;
}

export function scoreCandidates(doc: ResolvedDoc, model: LinearModel): DatedScored[] {
  return datedCandidates(doc).map((c) => ({ c, p: probabilityOf(model, datedFeatures(doc, c), 'yes') }));
}

/** The type of a candidate's row: the type model's class ('other' when the model has one class). */
export function datedType(doc: ResolvedDoc, c: DatedCandidate, typeModel: LinearModel): EventType {
  if (typeModel.classes.length === 1) return typeModel.classes[0] as EventType;
  return predictClass(typeModel, datedTypeFeatures(doc, c)).cls as EventType;
}

/** The rows added at a threshold; of candidates with overlapping clauses the surest one. */
/**
 * A date inside an if/unless clause ("If the harvest fails in 2026, ...", from the conjunction to
 * the date with no clause break between) states a condition: in the annotated sets 2 of its 6
 * candidates were events, a rate under any threshold the step uses, and too few for the model to
 * learn, so such a candidate is never picked.
 */
export function inCondition(text: string, c: DatedCandidate): boolean {
  return CONDITION.test(before(text, c));
}
/** The sentence's text before the candidate's date. */
const before = (text: string, c: DatedCandidate): string => text.slice(c.sentence.start, c.d.span.start);
const CONDITION = /\b(?:if|unless)\b[^,;:.()\n]*$/i;

/**
 * A date that ends a period of validity ("is to remain in force until 2039", "valid through
 * 2030") states how long a thing lasts, not a happening; it is never picked either.
 */
export function endsValidity(text: string, c: DatedCandidate): boolean {
  return VALIDITY.test(before(text, c));
}

/** A candidate never picked whatever its score: a condition or the end of a validity period. */
function neverPicked(text: string, c: DatedCandidate): boolean {
  const b = before(text, c);
  return CONDITION.test(b) || VALIDITY.test(b);
}
const VALIDITY = /\b(?:(?:remain|remains|stay|stays|be|is|are)\s+(?:in\s+force|in\s+effect|valid)|valid)\s+(?:until|till|through|to)\s*$/i;

export function pickDated(doc: ResolvedDoc, scored: DatedScored[], threshold: number, typeModel: LinearModel): EventRow[] {
  const text = doc.source.text;
  const picks = scored.filter((s) => s.p >= threshold && !neverPicked(text, s.c)).sort((a, b) => b.p - a.p);
  const kept: DatedScored[] = [];
  for (const s of picks) if (!kept.some((k) => spansOverlap(k.c.span, s.c.span))) kept.push(s);
  if (kept.length === 0) return [];
  const prov = originalBuilder(doc);
  return kept.sort((a, b) => a.c.span.start - b.c.span.start).map((s) => datedRow(doc, s.c, datedType(doc, s.c, typeModel), prov));
}

export function applyDated(doc: ResolvedDoc, model: LinearModel, typeModel: LinearModel, threshold: number): EventRow[] {
  if (!doc.dates || doc.dates.length === 0 || threshold > 1 || Object.keys(model.weights).length === 0) return doc.events;
  const added = pickDated(doc, scoreCandidates(doc, model), threshold, typeModel);
  return added.length === 0 ? doc.events : [...doc.events, ...added];
}

export const addDatedRows: LearnedStep = (doc) => applyDated(doc, DATED_MODEL, DATED_TYPE_MODEL, DATED_THRESHOLD);
