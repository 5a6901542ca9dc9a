/**
 * Event triggers: words and phrases that signal a happening, typed by the trigger lexicon
 * (src/lexicon/triggers.ts). Ordered passes over the normalized text (no parser):
 *   1. scan     one pass of precompiled regular expressions; an entry's context checks
 *               (`follow`: "is expected in" + a place name; `precede`: a capitalised name
 *               before "fell"; `reject`: "as elected president") rule a match out;
 *   2. overlap  longest match, then heaviest entry;
 *   3. names    event words inside a document's title ("Treaty on Eternal Peace") or naming a
 *               document's subject ("a treaty on strategic partnership") are no triggers;
 *   3b. states  a pluperfect in a clause opened by "by <year/decade>" ("by 1913 the sides had
 *               agreed ...") is a state by then, not a dated happening; a negated verb ("did
 *               not sign") or the object of a negated verb of doing ("did not convene a
 *               session") is no happening: both are dropped; so is a happening judged
 *               improbable ("a first shipment ... is unlikely before 2031", "would hardly begin");
 *               a running total ("has so far approved 14 projects") is none; in a notes or
 *               references list, a citation ("Protocol of the 4th meeting of the commission,
 *               Riga, 2004.") keeps only its first event word (the source cited), and a
 *               statement cited there ("Foreign ministry, statement of 9 May 2020.") is none;
 *   4. heads    (heads.ts) a light verb or noun (began, launched, opened, collapsed, the
 *               suspension of) takes the type of the noun it governs; change verbs and
 *               purchases are typed by their subject and object; a subject is looked for past
 *               a relative clause and an apposition too. Needs 2 (it replaces kept triggers) and 3;
 *               a head phrase whose verb is negated ("the talks never resumed") is dropped; a
 *               target by a year ("to reach 20 bcm by 2031") is economic when its quantity is;
 *   5. plans    a look-back for plan markers ("scheduled to", "is set to", "will") and a
 *               look-ahead ("is planned for") make a trigger planned; last, so that head
 *               phrases are marked too (a marker inside a head phrase, before its verb, counts:
 *               "dredging ... is due to begin").
 */
import type { RuleHit, RuleSet, RunContext, SegmentedDoc, TriggerMention } from '../../core/types.js';
import { ABSENT_STATES, DOCUMENT_SUBJECT_BEFORE, DOCUMENT_TITLE_HEADS, PLAN_MARKERS, PLAN_MARKERS_AFTER, TRIGGERS, type TriggerEntry } from '../../lexicon/triggers.js';
import { type HeadTrigger, typeByHeads } from './heads.js';
import { PrefixIndex } from './prefixes.js';

/** Letters and digits (or a letter and a hyphen: "well-established") may not precede a trigger. */
const WORD_BEFORE = '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)';
const WORD_AFTER = '(?![\\p{L}\\p{N}])';

function compile(src: string): string {
  // A single space in a lexicon phrase stands for any run of whitespace (a line break, two spaces).
  return src.replace(/ /g, '\\s+');
}

/**
 * The scanning expressions: no look-behind and no Unicode mode (both slow a scan over megabytes
 * down several times); the boundary before a match is checked by `startsWord`.
 */
const LETTER = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const SCAN_AFTER = `(?![${LETTER}])`;
/**
 * All entries in ONE expression, scanned once. Alternatives are tried leftmost-first, so the
 * multiword phrases of every entry come before the single words (at one position the phrase,
 * being longer, wins, as the longest-match rule wants); each part is a capturing group that
 * tells which entry matched.
 */
const PARTS: TriggerEntry[] = [];
const GROUPS: string[] = [];
const isPhrase = (p: string) => /\s| /.test(p);
for (const phrase of [true, false]) {
  for (const entry of [...TRIGGERS].sort((a, b) => b.weight - a.weight)) {
    const ps = entry.patterns.filter((p) => isPhrase(p) === phrase);
    if (ps.length === 0) continue;
    PARTS.push(entry);
    GROUPS.push(`(${ps.map(compile).join('|')})`);
  }
}
/**
 * The scan, cut into a few expressions of consecutive parts: V8 stops optimising an expression
 * whose source passes 20 KB (the scan then runs many times slower), so each stays below
 * SCAN_CHUNK characters. `scanMatches` merges them into what one expression would give.
 */
const SCAN_CHUNK = 12000;
const SCANS: { re: RegExp; first: number }[] = [];
for (let i = 0; i < GROUPS.length; ) {
  let j = i;
  let size = 0;
  while (j < GROUPS.length && (j === i || size + GROUPS[j]!.length + 1 <= SCAN_CHUNK)) size += GROUPS[j++]!.length + 1;
  SCANS.push({ re: new RegExp(`\\b(?:${GROUPS.slice(i, j).join('|')})${SCAN_AFTER}`, 'gi'), first: i });
  i = j;
}

const LETTER_RE = new RegExp(`[${LETTER}]`);

/** Head words of phrase entries (see TriggerEntry.head), as word-bounded expressions. */
const HEADS = new Map(
  TRIGGERS.filter((e) => e.head).map((e) => [e.id, new RegExp(`(?<![${LETTER}])(?:${e.head})(?![${LETTER}])`, 'gi')]),
);

const SUBJECT_RE = new RegExp(DOCUMENT_SUBJECT_BEFORE, 'i');
/** Right after a document noun: "on/of" and a subject (for the rule's own hits). */
const SUBJECT_AFTER_RE = /^\s+(?:on|of|for)\s+\S/i;

/** Context checks of entries: a following place name, a preceding adjectival word. */
const FOLLOWS = new Map(TRIGGERS.filter((e) => e.follow).map((e) => [e.id, new RegExp(e.follow!, 'uy')]));
const REJECT_BEFORE = new Map(
  TRIGGERS.filter((e) => e.reject?.before).map((e) => [e.id, new RegExp(`(?:${e.reject!.before!})`, 'iu')]),
);
const PRECEDES = new Map(TRIGGERS.filter((e) => e.precede).map((e) => [e.id, new RegExp(`(?:${e.precede!})`, 'u')]));
const REJECT_AFTER = new Map(TRIGGERS.filter((e) => e.reject?.after).map((e) => [e.id, new RegExp(`^(?:${e.reject!.after!})`, 'iu')]));

/** Does the context of a match at text[start, end) allow its entry? */
function contextAllows(entry: TriggerEntry, text: string, start: number, end: number): boolean {
  const f = FOLLOWS.get(entry.id);
  if (f) {
    f.lastIndex = end;
    if (!f.test(text)) return false;
  }
  const p = PRECEDES.get(entry.id);
  if (p) {
    // (a mark stands for the text cut off, so that "^" is the true start of the text)
    const lo = Math.max(0, start - 60);
    if (!p.test((lo > 0 ? '\u2060' : '') + text.slice(lo, start))) return false;
  }
  const b = REJECT_BEFORE.get(entry.id);
  if (b && b.test(text.slice(Math.max(0, start - 40), start))) return false;
  const a = REJECT_AFTER.get(entry.id);
  if (a && a.test(text.slice(end, end + 60))) return false;
  return true;
}

/** Offset (in `m`) of the last head word of the match, 0 when the entry has none. */
function headOffset(entry: TriggerEntry, m: string): number {
  const re = HEADS.get(entry.id);
  if (!re) return 0;
  let last = 0;
  re.lastIndex = 0;
  for (const h of m.matchAll(re)) last = h.index;
  return last;
}

/** Each part of the scan on its own, anchored (for a second try after a context rejection). */
const STICKY = GROUPS.map((g) => new RegExp(`${g}${SCAN_AFTER}`, 'iy'));

/**
 * The first part after `rejected` that matches at `i` and that its context allows (`cands`: the
 * parts that may match at `i`, ascending, from PREFIX_INDEX; no other part can).
 */
function fallbackAt(text: string, i: number, rejected: number, cands: readonly number[]): [TriggerEntry, string] | null {
  for (let j = 0; j < cands.length; j++) {
    const k = cands[j]!;
    if (k <= rejected) continue;
    const re = STICKY[k]!;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m && m[0].length > 0 && contextAllows(PARTS[k]!, text, i, i + m[0].length)) return [PARTS[k]!, m[0]];
  }
  return null;
}

/** Does a match at `i` start a word (no letter or digit before it, nor "letter-")? */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1]!;
  if (LETTER_RE.test(prev)) return false;
  if (prev === '-' && i >= 2 && LETTER_RE.test(text[i - 2]!)) return false;
  return true;
}

const PLAN_RE = new RegExp(
  `${WORD_BEFORE}(?:${PLAN_MARKERS.map(compile).join('|')})${WORD_AFTER}(?:\\s+\\S+){0,4}?\\s*$`,
  'iu',
);

/** A document title: a capitalised head word, a linking word, then capitalised words. */
const TITLE_WORD = "\\p{Lu}[\\p{L}\\p{N}’'-]*";
const TITLE_RE = new RegExp(
  `(?<![\\p{L}])(?:${DOCUMENT_TITLE_HEADS.map(compile).join('|')})\\s+(?:on|of|for|between|to)\\s+(?:the\\s+)?` +
    `${TITLE_WORD}(?:(?:\\s+|\\s+(?:and|of|the|on|in|for|with|to|between|and\\s+the)\\s+)${TITLE_WORD})*`,
  'gu',
);

/** Spans of document titles in text[from, to). */
function titleSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  TITLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLE_RE.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const PLAN_AFTER_RE = new RegExp(`^(?:\\s+[^\\s.;!?]+){0,8}?\\s+(?:${PLAN_MARKERS_AFTER.map(compile).join('|')})${WORD_AFTER}`, 'iu');

/** Entries whose phrase states a plan itself (TriggerEntry.plan). */
const PLAN_ENTRIES = new Set(TRIGGERS.filter((e) => e.plan).map((e) => e.id));

/** How far back (in characters) a plan marker may stand before its trigger. */
const PLAN_LOOKBACK = 48;

/** A trigger as the scan finds it (the head pass reads and writes the same shape). */
export type RawTrigger = HeadTrigger;

/** Is the trigger at `start` preceded, within its clause, by a plan marker? */
function isPlanned(text: string, start: number, floor: number, end = start): boolean {
  if (PLAN_AFTER_RE.test(text.slice(end, end + 90))) return true;
  // a head phrase from its subject to its verb: a marker before the verb ("X is due to begin")
  const last = text.slice(start, end).search(/\S+$/);
  if (last > 0 && isPlanned(text, start + last, start)) return true;
  const from = Math.max(floor, start - PLAN_LOOKBACK);
  const window = text.slice(from, start);
  // Stop at the last clause boundary inside the window.
  const cut = Math.max(window.lastIndexOf('.'), window.lastIndexOf(';'), window.lastIndexOf('!'), window.lastIndexOf('?'));
  const part = cut >= 0 ? window.slice(cut + 1) : window;
  return PLAN_RE.test(part);
}

/**
 * The matches of a global regex that start a word: an empty match steps on, and a hit inside a
 * word ("revisit" is not "visit") is tried again one character on.
 */
function* wordMatches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!startsWord(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield m;
  }
}

/** The source sizes of the scan expressions (each must stay below V8's 20 KB optimisation limit). */
export function scanExpressionSizes(): number[] {
  return SCANS.map((s) => s.re.source.length);
}

/** Each part alone, anchored, with the scan's word boundary before it (the indexed scan tries them in turn). */
const PART_RES = GROUPS.map((g) => new RegExp(`\\b(?:${g})${SCAN_AFTER}`, 'iy'));
/** The scan expression (index into SCANS) each part belongs to. */
const CHUNK_OF = new Int32Array(GROUPS.length);
SCANS.forEach((s, c) => CHUNK_OF.fill(c, s.first, c + 1 < SCANS.length ? SCANS[c + 1]!.first : GROUPS.length));
/** Which parts can start a match at a place, by the text's first characters there (prefixes.ts). */
const PREFIX_INDEX = new PrefixIndex(GROUPS);

/** Is the code unit a LETTER (the class of LETTER_RE)? */
function isScanLetter(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x370 && c <= 0x3ff) ||
    (c >= 0x400 && c <= 0x4ff)
  );
}

/**
 * The matches one expression of all parts (in their order) would give: leftmost first, at one
 * position the first part that matches there, and the scan goes on after the end of each match;
 * a match must start a word (`startsWord`). Only the parts the prefix index allows at a position
 * are tried (no other can match there), in part order; as in the chunked scans (SCANS), an empty
 * match of the first matching part of a chunk hides that chunk's later parts at that position.
 * `start`/`end`: the match's offsets; `part` is the index into PARTS; `cands` the parts tried at
 * the match's position.
 */
function* scanMatches(text: string): Generator<{ start: number; end: number; part: number; cands: readonly number[] }> {
  const n = text.length;
  let p = 0;
  while (p < n) {
    // (startsWord, inline: no LETTER before, nor LETTER and a hyphen)
    if (p > 0) {
      const prev = text.charCodeAt(p - 1);
      if (isScanLetter(prev) || (prev === 45 && p >= 2 && isScanLetter(text.charCodeAt(p - 2)))) {
        p++;
        continue;
      }
    }
    const cands = PREFIX_INDEX.at(text, p);
    let end = -1;
    let part = -1;
    let hidden = -1;
    for (let j = 0; j < cands.length; j++) {
      const k = cands[j]!;
      if (CHUNK_OF[k] === hidden) continue;
      const re = PART_RES[k]!;
      re.lastIndex = p;
      // (test, not exec: no match array is built; a sticky match ends at lastIndex)
      if (!re.test(text)) continue;
      if (re.lastIndex === p) {
        hidden = CHUNK_OF[k]!;
        continue;
      }
      end = re.lastIndex;
      part = k;
      break;
    }
    if (end < 0) {
      p++;
      continue;
    }
    yield { start: p, end, part, cands };
    p = end;
  }
}

/** All triggers of text[from, to), overlaps resolved; sorted by start. */
export function findTriggers(text: string, from = 0, to = text.length): RawTrigger[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const all: RawTrigger[] = [];
  for (const { start, end, part, cands } of scanMatches(slice)) {
    const g = part + 1;
    let entry = PARTS[part]!;
    let hit = slice.slice(start, end);
    if (!contextAllows(entry, slice, start, end)) {
      // The context rules this entry out ("renamed the council" for a place renamed): for an
      // entry that yields, another entry whose patterns match at the same place may still hold
      // (rare: tried one by one).
      const other = entry.yields ? fallbackAt(slice, start, g - 1, cands) : null;
      if (!other) continue;
      [entry, hit] = other;
    }
    const skip = headOffset(entry, hit);
    all.push({
      start: from + start + skip,
      end: from + start + hit.length,
      text: hit.slice(skip),
      ruleId: entry.id,
      type: entry.type,
      weight: entry.weight,
      planned: false,
    });
  }
  // Longest first, then heaviest; keep what does not overlap a kept trigger.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || b.weight - a.weight || a.start - b.start);
  const kept: RawTrigger[] = [];
  const taken = new Uint8Array(slice.length);
  for (const t of all) {
    let free = true;
    for (let i = t.start - from; i < t.end - from; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, t.start - from, t.end - from);
    kept.push(t);
  }
  // Event words inside a document's title are part of its name ("Treaty on Strategic Partnership").
  const titles = titleSpans(slice);
  const untitled = kept.filter(
    (t) => !titles.some((s) => from + s.start < t.start && t.end <= from + s.end),
  );
  // Words that name a document's subject ("a treaty on strategic partnership") are no
  // happening of their own: the document noun is the trigger.
  const unnamed = untitled.filter(
    (t) => t.type === 'agreement' || !SUBJECT_RE.test(text.slice(Math.max(from, t.start - 80), t.start)),
  );
  // A pluperfect in a clause opened by "by <time>" ("by 1913 the sides had agreed ...") states
  // what was the case by then, not a happening dated then.
  // "did not convene a session", "has not ratified": a negated happening is none.
  // "A first shipment ... is unlikely before 2031": a happening judged improbable is none.
  const cited = citationSpans(text, from, to);
  const notes = unnamed.some((t) => t.type === 'statement') ? noteItems(text, from, to) : [];
  const happened = unnamed.filter(
    (t) =>
      !cited.some((c) => c.start <= t.start && t.end <= c.end && unnamed.some((u) => c.start <= u.start && u.start < t.start)) &&
      !(t.type === 'statement' && !/interview/i.test(t.text) && notes.some((c) => c.start <= t.start && t.end <= c.end)) &&
      !stateBy(text, t.start, from) &&
      (!NEGATED_RE.test(text.slice(Math.max(from, t.start - 60), t.start)) || notUntil(text, t, to)) &&
      !improbable(text, t, from, to) &&
      !tally(text, t, from),
  );
  // Light verbs take the type of the noun they govern (see heads.ts).
  // (a head phrase whose verb is negated, "the talks never resumed", is none either)
  const named: RawTrigger[] = typeByHeads(text, happened, from, to).filter(
    (t) => (!t.ruleId.startsWith('events/head/') || !negatedVerb(text, t, from)) && !tally(text, t, from),
  );
  named.push(...ellipses(text, named, from, to));
  for (let i = 0; i < named.length; i++) named[i] = background(text, retypeTarget(text, named[i]!, to), from);
  for (const t of named) if (titles.some((s) => from + s.start === t.start)) t.titleHead = true;
  named.sort((a, b) => a.start - b.start);
  for (const t of named) t.planned = PLAN_ENTRIES.has(t.ruleId) || isPlanned(text, t.start, from, t.end);
  return named;
}

/**
 * A negated verb right before a trigger ("did not sign", "has never visited"), or a negated
 * verb of doing whose object the trigger is ("did not convene an emergency session"). Not a
 * negated verb of another kind ("could not stop the fighting": the fighting happened).
 */
const NEGATION = "(?:(?:did|does|do|had|has|have|was|were|is|are|could|would|will)\\s*(?:not|n['’]t)|never)";
const NEGATED_RE = new RegExp(
  `\\b${NEGATION}\\s+(?:(?:yet|even|ever|formally|officially|again|been|be)\\s+){0,2}$|` +
    `\\b${NEGATION}\\s+(?:hold|held|convene[d]?|sign(?:ed)?|conclude[d]?|reach(?:ed)?|organi[sz]e[d]?|attend(?:ed)?|pay|paid|make|made|open(?:ed)?|establish(?:ed)?|set up|launch(?:ed)?)\\s+(?:[\\w-]+\\s+){0,2}$`,
  'i',
);

/** Words of an economic quantity: a target of one is economic ("to reach 20 bcm a year by 2031"). */
const ECONOMIC_TARGET_RE =
  /(?:[$€£¥]|\b(?:USD|EUR|RMB|bcm|cubic metres|tonnes|tons|barrels|kWh|MWh|GWh|TEU|containers|exports?|imports?|trade|turnover|cargo|freight|transit|investments?|deliveries|supplies|revenues?|GDP|output|production|funds?|financing|loans?|grants?)\b)/i;

/** Verbs of running or making facilities, and the facilities ("to operate 15 stations by 2026": a planned opening). */
const FACILITY_VERB_RE = /^(?:operate|open|build|construct|install|commission)$/i;
const FACILITY_TARGET_RE =
  /\b(?:stations?|plants?|schools?|hospitals?|clinics?|lines?|railways?|roads?|bridges?|terminals?|ports?|airports?|factor(?:y|ies)|mines?|units?|turbines?|branches|offices|outlets|stores|shops|cent(?:re|er)s?|hubs?|routes?|pipelines?|substations?|reactors?|dams?|parks?|warehouses?|depots?)\b/i;

/** A target by a year ("to reach 12 million tonnes by 2030"): economic when its quantity is. */
function retypeTarget(text: string, t: RawTrigger, to: number): RawTrigger {
  if (t.ruleId !== 'events/other/target-by') return t;
  const rest = text.slice(t.end, Math.min(to, t.end + 160));
  // (up to "by 2030", or "from 2031" for a new rate from a year)
  const stretch = rest.slice(0, rest.search(/\b(?:by|from|starting(?:\s+in)?|as\s+of|beginning(?:\s+in)?)\s+(?:the\s+(?:end|middle)\s+of\s+)?(?:early\s+|late\s+|mid-)?(?:19|20)\d\d/i) + 1);
  // the subject counts too ("deliveries to the EU are to reach 20 bcm")
  const before = text.slice(Math.max(0, t.start - 120), t.start).split(/[.;:!?]\s/).pop() ?? '';
  if (FACILITY_VERB_RE.test(t.text) && FACILITY_TARGET_RE.test(stretch)) return { ...t, ruleId: 'events/opening/target-by', type: 'opening' };
  return ECONOMIC_TARGET_RE.test(stretch) || ECONOMIC_TARGET_RE.test(before)
    ? { ...t, ruleId: 'events/economic/target-by', type: 'economic' }
    : t;
}

/** Words of a date inside an adverbial: a year, a month, a season, a day count. */
const DATE_WORD_RE =
  /\b(?:1[5-9]\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|spring|summer|autumn|winter|week|weeks|days?|months?|years?)\b/;
/**
 * A sentence opened by a dated phrase and then a comma-bounded adverbial of background ("In the
 * spring of 1940, after the invasion of Norway, ore exports were rerouted"): the sentence start
 * up to the trigger.
 */
const FRONTED_BACKGROUND_RE =
  /^[\s*_]*(?:(?:and|but|then)\s+)?(?:in|on|by|during|over|throughout|from|since|between|at|through|late|early|mid)\b[^,;:.!?\n]{0,50}?\b(?:1[5-9]\d\d|20\d\d)s?\b[^,;:.!?\n]{0,15},\s*(?:after|following|amid|amidst|in\s+the\s+wake\s+of|in\s+response\s+to|despite|with)\s+([^,;:.!?\n]{0,70})$/i;

const BACKGROUND_OPENER_RE = /,\s*(?:after|following|amid|amidst|in\s+the\s+wake\s+of|in\s+response\s+to|despite|with)\s+[^,;:.!?\n]{0,70}$/i;

/**
 * A trigger in a fronted background adverbial, between the sentence's opening date and its main
 * clause ("In 2022, after Russia's invasion of Ukraine, Kazakh exporters shifted cargo ..."): the
 * date is the main clause's, so the background trigger is weak (`events/background`, weight 1; it
 * keeps its type). Not when the adverbial has a date of its own ("after the fall of Kabul in
 * August"), nor when no main clause follows the adverbial's comma.
 */
function background(text: string, t: RawTrigger, from: number): RawTrigger {
  if (t.weight < 2 || t.ruleId.startsWith('events/absent/')) return t;
  const back = text.slice(Math.max(from, t.start - 200), t.start);
  // (a cheap test first: most triggers have no background opener before them)
  if (!BACKGROUND_OPENER_RE.test(back)) return t;
  let cut = -1;
  for (const m of back.matchAll(/[.!?]\s|\n\s*\n|^/g)) cut = m.index + m[0].length;
  const m = FRONTED_BACKGROUND_RE.exec(back.slice(Math.max(0, cut)));
  if (!m || DATE_WORD_RE.test(m[1]!) || /\d{4}/.test(t.text)) return t;
  // the rest of the adverbial: no date, then a comma and a main clause
  const rest = /^([^,;:.!?\n]{0,70}),\s+\S/.exec(text.slice(t.end, t.end + 90));
  if (!rest || DATE_WORD_RE.test(rest[1]!)) return t;
  return { ...t, ruleId: 'events/background', weight: 1 };
}

/** Is the last word of a head phrase (its verb: "the talks never resumed") negated? */
function negatedVerb(text: string, t: RawTrigger, from: number): boolean {
  const at = t.start + t.text.search(/\S+$/);
  return NEGATED_RE.test(text.slice(Math.max(from, at - 60), at));
}

/** A judgement that a happening will not take place ("is unlikely", "is not expected"). */
const IMPROBABLE = "(?:unlikely|improbable|doubtful|not\\s+(?:expected|likely))";
/**
 * The trigger's noun phrase (words only, no clause break or conjunction), then "is unlikely"
 * ("a first shipment of gas through the link is unlikely before 2031").
 */
const IMPROBABLE_AFTER_RE = new RegExp(
  `^(?:\\s+(?!(?:and|but|or|which|that|who|while|although|when)\\b)[\\w’'-]+){0,8}?\\s+(?:is|are|seems?|looks?|appears?|remains?)\\s+(?:(?:highly|very|now|still|also|increasingly)\\s+)?${IMPROBABLE}\\b`,
  'i',
);
/** "... is unlikely to begin before 2031": the verb after "unlikely to" (or inside a phrase with it). */
const IMPROBABLE_BEFORE_RE = new RegExp(`\\b(?:${IMPROBABLE}\\s+to\\s+(?:be\\s+)?|(?:hardly|scarcely)\\s+(?:be\\s+)?)$`, 'i');

const IMPROBABLE_IN_RE = new RegExp(`\\b${IMPROBABLE}\\b`, 'i');

/**
 * "a referendum that Yerevan does not expect before 2027": the trigger's noun, then a relative
 * clause whose subject does not expect (foresee) it: judged not to happen by then.
 */
const NOT_EXPECTED_REL_RE =
  /^(?:\s+(?!(?:and|but|or|while|although|when)\b)[\w’'-]+){0,3}?\s*,?\s+(?:that|which)\s+(?:[\p{L}’'-]+\s+){1,3}?(?:does|do|did)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:expect|foresee|anticipate|envisage)\b/iu;

function improbable(text: string, t: RawTrigger, from: number, to: number): boolean {
  if (IMPROBABLE_IN_RE.test(t.text)) return true;
  if (IMPROBABLE_BEFORE_RE.test(text.slice(Math.max(from, t.start - 40), t.start))) return true;
  const after = text.slice(t.end, Math.min(to, t.end + 120));
  return IMPROBABLE_AFTER_RE.test(after) || NOT_EXPECTED_REL_RE.test(after);
}

/**
 * An ordinal whose noun is left out ("the sixth summit in Riga ..., and the seventh in Oslo on
 * 3 May 1999", "summits since the first one in Bergen in 1992"): a happening of the kind the
 * series noun before it names, in the same sentence.
 */
const ORDINAL_ELLIPSIS_RE =
  /\b(?:the|its|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|last|next|latest|previous)(?:\s+one)?(?=\s+(?:in|at|on|held)\s)/gi;
const SERIES_NOUN_RE = /^(?:[\w-]+\s+)*?(?:summits?|sessions?|meetings?|rounds?|forums?|conferences?|congress(?:es)?|visits?|elections?|games|festivals?)$/i;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const GAP_DATE = `(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+(?:1[5-9]|20)\\d\\d|${MONTH}\\s+\\d{1,2},?\\s+(?:1[5-9]|20)\\d\\d|(?:1[5-9]|20)\\d\\d)`;
/**
 * "did not open embassies in each other's capitals until 2010", "was not ratified until May
 * 1999": a negated verb with "until <date>" after it in its clause did happen, at that date.
 */
const NOT_UNTIL_RE = new RegExp(
  `^(?:\\s+(?!(?:and|but|or|which|that|who|when|while|because)\\b)[\\p{L}’'-]+){0,6}?\\s+(?:until|till)\\s+(?:(?:the\\s+)?(?:end|middle|start|beginning|spring|summer|autumn|fall|winter)\\s+of\\s+)?${GAP_DATE}\\b`,
  'iu',
);

function notUntil(text: string, t: RawTrigger, to: number): boolean {
  return NOT_UNTIL_RE.test(text.slice(t.end, Math.min(to, t.end + 100)));
}

/** A year-less day ("on 18 October", "on May 3"): a conjunct after a dated first one takes its year. */
// (and the conjunct ends there: "Oslo on 4 May and ...", not "Oslo on 4 May agreed")
const GAP_DAY = `(?:\\d{1,2}\\s+${MONTH}|${MONTH}\\s+\\d{1,2})(?!,?\\s*\\d)(?=\\s*(?:[,.;:)]|and\\b|but\\b|$))`;
/** The first conjunct's date may be a part of a year ("in the autumn of 1991"). */
const GAP_PART = '(?:the\\s+)?(?:(?:spring|summer|autumn|fall|winter|first\\s+half|second\\s+half)\\s+of\\s+)?';
/** Right after a verb trigger: a short object (no punctuation), then "on/in <date>". */
const GAP_FIRST_RE = new RegExp(`^(?:\\s+(?!(?:and|but|or|which|that|who|after|before|when|while)\\b)[\\p{L}’'-]+){0,4}?\\s+(?:on|in)\\s+${GAP_PART}${GAP_DATE}\\b`, 'u');
/** A gapped conjunct: ", <Name> on/in <date>" or " and <Name> on/in <date>" (the verb left out). */
const GAP_CONJ_RE = new RegExp(`^(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)((?:(?:with|to|from|for|by)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2}\\s+(?:on|in))\\s+(?:${GAP_DATE}|${GAP_DAY})\\b`, 'u');

/**
 * Gapping: a list of subjects and dates sharing one verb ("Oslo joined on 3 May 1990, Bergen on
 * 9 June 1994 and Riga in 2004"): each later conjunct ("Bergen on") is a happening of the
 * verb's kind, so its date does not fall to a farther trigger.
 */
function gapped(text: string, kept: RawTrigger[], to: number): RawTrigger[] {
  const out: RawTrigger[] = [];
  for (const t of kept) {
    // (a verb, or the noun object of one: "declared independence in 1991, Oslo on 3 May ...")
    if (t.weight < 2 || !(/[a-z]ed\b/i.test(t.text) || /\b[a-z]+ed\s+$/i.test(text.slice(Math.max(0, t.start - 30), t.start)))) continue;
    const first = GAP_FIRST_RE.exec(text.slice(t.end, Math.min(to, t.end + 80)));
    if (!first) continue;
    let at = t.end + first[0].length;
    // the first conjunct's type: its heaviest trigger ("opened a consulate": the consulate)
    let type = t.type;
    let best = t.weight;
    for (const k of kept) {
      if (k !== t && k.start >= t.start && k.end <= at && k.weight > best) {
        best = k.weight;
        type = k.type;
      }
    }
    for (let n = 0; n < 8; n++) {
      const m = GAP_CONJ_RE.exec(text.slice(at, Math.min(to, at + 80)));
      if (!m) break;
      const start = at + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (!kept.some((k) => k.start < end && start < k.end)) {
        out.push({ start, end, text: m[1]!, ruleId: 'events/ellipsis/gapped', type, weight: 3, planned: false });
      }
      at += m[0].length;
    }
  }
  return out;
}

/**
 * A tally of a set by a time ("27 of the 32 claims had been settled", "nine of the 12 mines were
 * closed by 1990"): a count of what is done, not one dated happening.
 */
const TALLY_COUNT = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)';
const TALLY_RE = new RegExp(
  `\\b${TALLY_COUNT}\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?${TALLY_COUNT}\\s+(?:[\\w-]+\\s+){0,3}?(?:had|have|has|were|are)\\s+(?:(?:already|now|so\\s+far|by\\s+then)\\s+)?(?:been\\s+)?$`,
  'i',
);

/**
 * A rule of procedure in the present tense: "membership takes effect 30 days later", "the treaty
 * enters into force 60 days after the last ratification": a delay fixed by rule, not a dated
 * happening (its date would be read off nothing).
 */
const RULE_VERB_RE = /^(?:takes?|enters?|comes?|becomes?|goes)\b/i;
const RULE_DELAY_RE =
  /^\s+(?:(?:into|in)\s+(?:force|effect)\s+)?(?:only\s+|automatically\s+)?(?:\d+|one|two|three|four|five|six|ten|thirty|sixty|ninety)\s+(?:days?|weeks?|months?|years?)\s+(?:later|after|from)\b/i;

/** The subject of such a rule ("membership takes effect 30 days later"). */
const RULE_AFTER_SUBJECT_RE = /^\s+(?:takes?\s+effect|(?:enters?|comes?)\s+into\s+(?:force|effect)|becomes?\s+effective)(?=\s)/i;

function procedureRule(text: string, t: RawTrigger): boolean {
  if (RULE_VERB_RE.test(t.text)) return RULE_DELAY_RE.test(text.slice(t.end, t.end + 60));
  const after = text.slice(t.end, t.end + 90);
  const m = RULE_AFTER_SUBJECT_RE.exec(after);
  return !!m && RULE_DELAY_RE.test(after.slice(m[0].length));
}

/**
 * A passive in a clause of condition ("If it is approved, ...", "once the treaty is ratified"):
 * a happening assumed, not dated.
 */
const CONDITIONAL_PASSIVE_RE =
  /(?:^|[.;:!?,]\s+|\s)(?:if|once|unless|provided\s+that|as\s+soon\s+as)\s+(?:[\w’'-]+\s+){0,5}?(?:is|are|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?$/i;

/**
 * A present perfect counted up to now ("the fund has so far approved 14 projects", "have to
 * date signed 30 contracts", "had paid out $9m so far and approved ..."): a running total, not a
 * happening dated by a nearby date.
 */
const SO_FAR_RE =
  /\b(?:(?:has|have)\s+(?:so\s+far|thus\s+far|to\s+date|until\s+now|up\s+to\s+now)\s+(?:[a-z]+ly\s+)?|(?:so\s+far|thus\s+far|to\s+date),?\s+and\s+(?:has\s+|have\s+|had\s+)?)$/i;

function tally(text: string, t: RawTrigger, from: number): boolean {
  if (procedureRule(text, t)) return true;
  if (/^[a-z]+ed\b/i.test(t.text) && SO_FAR_RE.test(text.slice(Math.max(from, t.start - 40), t.start))) return true;
  if (/^[a-z]+ed$/i.test(t.text) && CONDITIONAL_PASSIVE_RE.test(text.slice(Math.max(from, t.start - 60), t.start))) return true;
  const verb = t.text.search(/\S+$/);
  return TALLY_RE.test(text.slice(Math.max(from, t.start - 80), t.start + verb));
}

function ellipses(text: string, kept: RawTrigger[], from: number, to: number): RawTrigger[] {
  const out: RawTrigger[] = gapped(text, kept, to);
  const slice = text.slice(from, to);
  ORDINAL_ELLIPSIS_RE.lastIndex = 0;
  for (const m of slice.matchAll(ORDINAL_ELLIPSIS_RE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (kept.some((t) => t.start < end && start < t.end)) continue;
    // the series noun: the last noun trigger before it in its sentence
    const sentence = text.slice(Math.max(from, start - 300), start);
    const cut = Math.max(sentence.lastIndexOf('. '), sentence.lastIndexOf('\n\n'));
    const lo = start - sentence.length + (cut >= 0 ? cut + 1 : 0);
    const series = kept.filter((t) => t.start >= lo && t.end <= start && SERIES_NOUN_RE.test(t.text)).pop();
    if (!series) continue;
    out.push({ start, end, text: m[0], ruleId: 'events/ellipsis', type: series.type, weight: 2, planned: false });
  }
  return out;
}

/** A heading line of a list of notes or sources at a brief's end ("Notes", "## References", "**Sources**"). */
const NOTES_HEADING_RE =
  /(?:^|\n)[ \t#*_]*(?:Notes|Endnotes|Footnotes|References|Sources|Bibliography|Works\s+cited|Notes\s+and\s+references)[ \t*_:]*(?=\n)/gi;
/** The start of an item of such a list: a number ("1.", "[2]", "3)") or a bullet at a line start. */
const NOTE_ITEM_RE = /(?:^|\n)[ \t]*(?:\[?\d{1,3}[.)\]]|\^?\d{1,3}(?=[ \t])|[-•*])[ \t]+/g;
/**
 * A citation's end: a title, then ", <place>, <date>." ("Joint communiqué of the ministers, Oslo,
 * 4 May 1999.", "Protocol of the third session, Riga, 2004."): no sentence, no happening told.
 */
const CITATION_END_RE = new RegExp(
  `,\\s+\\p{Lu}[\\p{L}’'. -]{1,40},\\s+(?:(?:\\d{1,2}\\s+)?${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?(?:1[5-9]|20)\\d\\d\\.?\\s*$`,
  'u',
);

/**
 * Spans of cited sources in a notes or references list (after a "Notes" heading): each numbered
 * or bulleted item whose text ends like a citation. A citation names one source (a memorandum,
 * a statement) dated and placed: its first event word is the happening, later words name the
 * source's subject ("Protocol of the 11th meeting of the commission": the protocol, no meeting).
 */
function citationSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  return noteItems(text, from, to).filter((c) => CITATION_END_RE.test(text.slice(c.start, c.end).replace(/\s+/g, ' ')));
}

/**
 * Spans of the items of a notes or references list (after a "Notes" heading), each up to its
 * first sentence end. A statement cited there ("Press office of the ministry, statement of 4 May
 * 2019.", "Foreign ministry, statement, 9 June 2020.") is a source, no happening told: the body
 * tells what was said (an interview cited may be the only record of a meeting, and stays).
 */
function noteItems(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const slice = text.slice(from, to);
  NOTES_HEADING_RE.lastIndex = 0;
  const h = NOTES_HEADING_RE.exec(slice);
  // (the last such heading: a list at the end, not a word in the body)
  if (!h) return out;
  let at = h.index + h[0].length;
  for (let m = NOTES_HEADING_RE.exec(slice); m; m = NOTES_HEADING_RE.exec(slice)) at = m.index + m[0].length;
  NOTE_ITEM_RE.lastIndex = at;
  const starts: number[] = [];
  for (let m = NOTE_ITEM_RE.exec(slice); m; m = NOTE_ITEM_RE.exec(slice)) starts.push(m.index + m[0].length);
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const e = i + 1 < starts.length ? starts[i + 1]! : slice.length;
    const item = slice.slice(s, e);
    // the item ends at its first sentence end (a period before a line break or the end)
    const stop = item.search(/\.(?=\s*(?:\n|$))/);
    const body = stop >= 0 ? item.slice(0, stop + 1) : item;
    out.push({ start: from + s, end: from + s + body.length });
  }
  return out;
}

/** A clause that opens with "by <time>" and ends in "had" (and an adverb) right before the trigger. */
const STATE_BY_RE =
  /^\W*(?:(?:and|but|yet)\s+)?by\s+(?:the\s+(?:end|middle|start|beginning|close|turn)\s+of\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?(?:\d{4}s?|then|that time|that point|now)\b[^.;:!?]*\bhad\s+(?:(?:already|largely|only|not|[a-z]+ly)\s+)?$/i;

/** Is the trigger at `start` a pluperfect state by a time ("By 1913 the two crowns had agreed ...")? */
function stateBy(text: string, start: number, floor: number): boolean {
  const back = text.slice(Math.max(floor, start - 160), start);
  if (!/\bhad\s+(?:[a-z]+\s+)?$/i.test(back)) return false;
  let cut = -1;
  for (const m of back.matchAll(/[.;:!?]\s|,\s+(?=(?:and|but|yet)\s)/g)) cut = m.index + 1;
  return STATE_BY_RE.test(cut >= 0 ? back.slice(cut) : back);
}

/** The absent-state expressions, one per lexicon entry (all its patterns as alternatives). */
const ABSENT_RES = ABSENT_STATES.map((e) => ({
  entry: e,
  re: new RegExp(`\\b(?:${e.patterns.map(compile).join('|')})${SCAN_AFTER}`, 'gi'),
}));

/** A conditional or interrogative opening of the clause before a match ("if there is no ..."). */
const CONDITION_RE = /\b(?:if|unless|whether|in case|provided|as long as|once|until|when|whenever|should)\b/i;

/** The rule id prefix of absent states: resolve tells them from happenings by it. */
export const ABSENT_RULE_PREFIX = 'events/absent/';

/** Is the match at [start, end) in a question, or after a condition in its clause? */
function hedged(text: string, start: number, end: number): boolean {
  const back = text.slice(Math.max(0, start - 160), start);
  const cut = Math.max(back.lastIndexOf('.'), back.lastIndexOf(';'), back.lastIndexOf('!'), back.lastIndexOf('?'), back.lastIndexOf(':'));
  const clause = cut >= 0 ? back.slice(cut + 1) : back;
  if (CONDITION_RE.test(clause)) return true;
  const ahead = text.slice(end, end + 240);
  const stop = ahead.search(/[.!?]/);
  return stop >= 0 && ahead[stop] === '?';
}

/**
 * Statements that something of an event kind does not exist or has not happened as of writing
 * ("X has no embassy in Y"), in text[from, to); not in questions or conditional clauses.
 * Each carries its entry's type and an "events/absent/..." rule id; never planned.
 */
export function findAbsentStates(text: string, from = 0, to = text.length): RawTrigger[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: RawTrigger[] = [];
  for (const { entry, re } of ABSENT_RES) {
    for (const m of wordMatches(re, slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (hedged(text, start, end)) continue;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, text: m[0], ruleId: entry.id, type: entry.type, weight: entry.weight, planned: false });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Event triggers of a segmented document, in normalized coordinates (absent states after the happenings). */
export function extractTriggers(doc: SegmentedDoc, _ctx: RunContext): TriggerMention[] {
  return [...findTriggers(doc.text), ...findAbsentStates(doc.text)].map((t) => ({
    kind: 'trigger',
    span: { start: t.start, end: t.end },
    text: t.text,
    ruleId: t.ruleId,
    eventType: t.type,
    planned: t.planned,
  }));
}

/** The weight of the lexicon entry behind a rule id (1 when unknown). */
export function triggerWeight(ruleId: string): number {
  return TRIGGERS.find((e) => e.id === ruleId)?.weight ?? 1;
}

export const triggerRules: RuleSet = {
  name: 'events',
  rules: [
    ...[...TRIGGERS, ...ABSENT_STATES].map((e) => ({
      id: e.id,
      description: `${e.type}: ${e.description}`,
      examples: { match: e.examples.match, noMatch: e.examples.noMatch },
    })),
    {
      id: 'events/title',
      description: 'event words inside the title of a document are part of its name; the title head is the trigger',
      examples: {
        match: [
          { text: 'The Treaty of Eternal Peace and Fishing Rights was signed in 1721.', match: 'Treaty', value: { type: 'agreement' } },
        ],
        noMatch: ['The treaty was signed in 1721.', 'A strategic partnership was agreed in 1907.'],
      },
    },
    {
      id: 'events/document-subject',
      description: 'words naming the subject of a document ("a treaty on strategic partnership") are no trigger of their own; the document noun is',
      examples: {
        match: [
          { text: 'In 1907 the two crowns signed a treaty on strategic partnership.', match: 'treaty', value: { type: 'agreement' } },
          { text: 'A memorandum on military cooperation was signed in 1951.', match: 'memorandum', value: { type: 'agreement' } },
        ],
        noMatch: ['The two crowns built a strategic partnership over the 1930s.', 'Military cooperation grew in 1951.'],
      },
    },
    {
      id: 'events/planned',
      description: 'a trigger preceded in its clause by a plan marker (scheduled to, is set to, plans to, aims to, will) is planned',
      examples: {
        match: [
          { text: 'The tunnel is expected to be brought into service around 2040.', match: 'brought into service', value: { planned: true } },
          { text: 'The bridge will be opened next spring.', match: 'bridge will be opened', value: { type: 'opening', planned: true } },
          { text: 'The government plans to send more troops in 2024.', match: 'troops', value: { type: 'security', planned: true } },
          { text: 'A state visit to Riga is also planned for next year.', match: 'state visit', value: { type: 'visit', planned: true } },
          { text: 'A royal state visit is pencilled in for 2031.', match: 'state visit', value: { type: 'visit', planned: true } },
        ],
        noMatch: ['The tunnel was brought into service in 1994.', 'He visited Paris in 2001.'],
      },
    },
  ],
  negatives: ['Table 3', 'Page 12 of 40', 'ISSN 1234-5678'],
  run(text: string): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const t of findTriggers(text)) {
      const value = { type: t.type, planned: t.planned };
      hits.push({ rule: t.ruleId, start: t.start, end: t.end, text: t.text, value });
      if (t.planned) hits.push({ rule: 'events/planned', start: t.start, end: t.end, text: t.text, value });
      if (t.titleHead) hits.push({ rule: 'events/title', start: t.start, end: t.end, text: t.text, value });
      if (t.type === 'agreement' && SUBJECT_AFTER_RE.test(text.slice(t.end, t.end + 60)))
        hits.push({ rule: 'events/document-subject', start: t.start, end: t.end, text: t.text, value });
    }
    for (const t of findAbsentStates(text)) {
      hits.push({ rule: t.ruleId, start: t.start, end: t.end, text: t.text, value: { type: t.type, state: 'absent' } });
    }
    return hits;
  },
};
