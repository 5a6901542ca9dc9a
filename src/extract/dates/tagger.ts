/**
 * The tagging engine: runs every rule of rules.ts over the text, keeps the longest
 * candidate at each place (ties: the earlier rule), shares years across conjunctions,
 * then builds the values in document order with the narrative state (the last stated date).
 */
import { addDays, daysInMonth, fmtDay, parseYMD, type YMD } from './calendar.js';
import { intervalOf } from './interval.js';
import { isBackgroundDate } from './narrative.js';
import { monthNumber } from './lexicon.js';
import { RULES } from './rules.js';
import type { BuildCtx, DateRule, TimexHit } from './types.js';

export interface TagOptions {
  /**
   * Document creation time: YYYY-MM-DD (a longer ISO value is cut to its date), or YYYY-MM /
   * YYYY when only that is known (then values taken from it are no finer: "today" -> 2024).
   */
  dct?: string;
  /**
   * The narrative reference (the last stated date of the paragraph):
   * - 'full': it gives the year of year-less dates ("in May" after "in 2019" -> 2019-05)
   *   and the reference of anaphora ("that year", "the following year", "later that year");
   * - 'anaphora': anaphora only; year-less dates take their year from the DCT and the tense
   *   (news style: "in September" in a 1989 article is September 1989, whatever year
   *   was named before);
   * - 'off': neither.
   * Default: 'anaphora' when a DCT is given, 'full' without one. extractDates (briefs)
   * passes 'full'.
   */
  narrative?: 'full' | 'anaphora' | 'off' | boolean;
  /** Offsets where the narrative state starts afresh (paragraph or section starts). */
  resets?: number[];
  /**
   * How far (characters) a stated date carries as the narrative reference. Default
   * NARRATIVE_REACH; blank lines also end it.
   */
  narrativeReach?: number;
  /** Called when a rule fails to build a value (the match is then dropped). Tests make it throw. */
  onError?: (rule: string, err: unknown) => void;
}

interface Cand {
  s: number;
  e: number;
  r: number;
  m: RegExpExecArray;
}

const CAP_GROUPS = ['mon', 'mon1', 'mon2', 'wd', 'wd2'];

function capsOk(m: RegExpExecArray): boolean {
  const gr = m.groups;
  if (!gr) return true;
  for (const k of CAP_GROUPS) {
    const v = gr[k];
    if (v !== undefined) {
      const c = v.charCodeAt(0);
      if (!(c >= 65 && c <= 90)) return false;
    }
  }
  return true;
}

/** How far before and after a trigger hit a match of its rule may reach. */
const WINDOW_BEFORE = 72;
const WINDOW_AFTER = 64;
/** Context kept around a window so that look-behinds and look-aheads see the real text. */
const MARGIN_BEFORE = 32;
const MARGIN_AFTER = 48;

function consider(rule: DateRule, r: number, m: RegExpExecArray, text: string, out: Cand[]): boolean {
  if (!capsOk(m) || (rule.accept && !rule.accept(m, text))) return false;
  out.push({ s: m.index, e: m.index + m[0].length, r, m });
  return true;
}

/** Start and end offsets (flat pairs) of a trigger's hits, computed once per text and trigger. */
function triggerHits(text: string, trig: RegExp, cache: Map<RegExp, number[]>): number[] {
  let hits = cache.get(trig);
  if (hits) return hits;
  hits = [];
  trig.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = trig.exec(text)) !== null) {
    if (t[0].length === 0) {
      trig.lastIndex++;
      continue;
    }
    hits.push(t.index, t.index + t[0].length);
  }
  cache.set(trig, hits);
  return hits;
}

/**
 * A pattern that starts with a negative look-behind over one character class, and has no
 * top-level alternative ("(?<![\p{L}\p{N}_])(?:May|June)\s+..."), split into that
 * look-behind (sticky: tested at one position) and the rest. Searching with the rest and then
 * testing the look-behind at the match finds the same matches (the look-behind only accepts or
 * rejects a start position, and reads nothing the rest matches), and is much faster: V8 cannot
 * skip ahead quickly over text with a pattern that starts with a look-behind.
 */
interface SplitPattern {
  lookbehind: RegExp;
  body: RegExp;
}

const SPLITS = new WeakMap<RegExp, SplitPattern | null>();

function hasTopLevelAlternative(src: string): boolean {
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '|' && depth === 0) {
      return true;
    }
  }
  return false;
}

function splitPattern(re: RegExp): SplitPattern | null {
  const known = SPLITS.get(re);
  if (known !== undefined) return known;
  let split: SplitPattern | null = null;
  const src = re.source;
  if (src.startsWith('(?<![')) {
    // the end of the character class, then the end of the look-behind
    let i = 5;
    for (; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    if (src[i] === ']' && src[i + 1] === ')') {
      const rest = src.slice(i + 2);
      if (rest.length > 0 && !/^[?*+{]/.test(rest) && !hasTopLevelAlternative(rest)) {
        const flags = re.flags.replace(/[gy]/g, '');
        split = { lookbehind: new RegExp(src.slice(0, i + 2), flags + 'y'), body: new RegExp(rest, flags + 'g') };
      }
    }
  }
  SPLITS.set(re, split);
  return split;
}

/** Whether the split pattern's look-behind holds at position `at` of `s`. */
function lookbehindHolds(sp: SplitPattern, s: string, at: number): boolean {
  sp.lookbehind.lastIndex = at;
  return sp.lookbehind.test(s);
}

/** All candidate matches of every rule (in windows around the rule's trigger, when it has one). */
function candidates(text: string, rules: DateRule[]): Cand[] {
  const out: Cand[] = [];
  const cache = new Map<RegExp, number[]>();
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const re = rule.pattern;
    const trig = rule.trigger;
    if (!trig) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        if (!consider(rule, r, m, text, out)) re.lastIndex = m.index + 1;
      }
      continue;
    }
    // windows around the trigger's hits, merged; the pattern runs on each window's slice
    const hitsOf = triggerHits(text, trig, cache);
    const sp = splitPattern(re);
    const search = sp ? sp.body : re;
    const req = rule.requires;
    let scanned = 0; // text before this offset has been scanned
    for (let ti = 0; ti < hitsOf.length; ti += 2) {
      const tStart = hitsOf[ti]!;
      let ws = Math.max(scanned, tStart - WINDOW_BEFORE);
      let we = hitsOf[ti + 1]! + WINDOW_AFTER;
      if (we <= scanned) continue;
      // extend the window over the following trigger hits that fall inside it
      while (ti + 2 < hitsOf.length && hitsOf[ti + 2]! - WINDOW_BEFORE <= we) {
        ti += 2;
        we = Math.max(we, hitsOf[ti + 1]! + WINDOW_AFTER);
      }
      we = Math.min(we, text.length);
      ws = Math.max(0, ws);
      const base = Math.max(0, ws - MARGIN_BEFORE);
      const sub = text.slice(base, Math.min(text.length, we + MARGIN_AFTER));
      if (req) {
        // every match lies in sub from ws on, and holds what `requires` finds: none, no match
        req.lastIndex = ws - base;
        if (!req.test(sub)) {
          scanned = we;
          continue;
        }
      }
      search.lastIndex = ws - base;
      let m: RegExpExecArray | null;
      let next = we;
      while ((m = search.exec(sub)) !== null) {
        const local = m.index;
        if (base + local >= we) break;
        if (sp && !lookbehindHolds(sp, sub, local)) {
          search.lastIndex = local + 1;
          continue;
        }
        if (m[0].length === 0) {
          search.lastIndex = local + 1;
          continue;
        }
        m.index = base + local;
        if (consider(rule, r, m, text, out)) next = Math.max(next, base + local + m[0].length);
        else search.lastIndex = local + 1;
      }
      scanned = next;
    }
  }
  return out;
}

/** Longest first, then rule order; keep those that do not overlap a kept one. */
function select(cands: Cand[]): Cand[] {
  cands.sort((a, b) => b.e - b.s - (a.e - a.s) || a.r - b.r || a.s - b.s);
  const kept: Cand[] = [];
  // kept intervals sorted by start for overlap checks
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of cands) {
    // binary search: first kept interval with start >= c.e; check its predecessor
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < c.e) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && ends[lo - 1]! > c.s) continue;
    starts.splice(lo, 0, c.s);
    ends.splice(lo, 0, c.e);
    kept.push(c);
  }
  kept.sort((a, b) => a.s - b.s);
  return kept;
}

/**
 * The kept candidates of the last texts tagged: they depend on the text only (not on the DCT or
 * the narrative options), and extractDates tags each text twice (without, then with its DCT),
 * with the short fields of a masthead tagged in between (findDocumentDate): a few texts are kept.
 */
const keptCache = new Map<string, Cand[]>();
const KEPT_TEXTS = 16;

function keptCandidates(text: string): Cand[] {
  const known = keptCache.get(text);
  if (known !== undefined) return known;
  const kept = select(candidates(text, RULES));
  if (keptCache.size >= KEPT_TEXTS) keptCache.delete(keptCache.keys().next().value!);
  keptCache.set(text, kept);
  return kept;
}

/** Future cues in the words just before an expression (same clause). */
const FUTURE_CUE =
  /(?:\b(?:will|shall|won't|is\s+to|are\s+to|was\s+to|were\s+to|is\s+due|are\s+due|due\s+to|scheduled|planned|plans?\s+to|as\s+(?:early|soon)\s+as|planning\s+to|expected\s+to|set\s+to|going\s+to|upcoming|would|intends?\s+to|aims?\s+to|to\s+be\s+held|next|resumes?|begin|starting|from\s+now)\b|'ll\b)(?![^,;:]*\b(?:said|says|announced|told|reported)\b)[^.;:!?]*$/i;

/**
 * A past-tense verb right before the expression ("the ruling, announced Wednesday", "Cuba
 * predicted on Monday") places it in the past whatever future cue came earlier in the sentence
 * ("they would appeal the decision, announced Wednesday"). Participles of plans ("scheduled
 * Friday", "postponed") are not past cues.
 */
const PAST_VERB_BEFORE =
  /(?<![\p{L}])(?:(?!(?:schedul|plann|expect|slat|propos|intend|postpon|delay|defer|adjourn|reschedul|need|bann|fix|timetabl)ed\b)\p{L}{2,}ed|said|met|told|held|began|came|went|made|took|gave|left|won|lost|spoke|wrote|sent|rose|fell|saw|found|brought|fled|struck|sought|became|withdrew)\s+(?:on\s+)?$/iu;

/** A temporal or conditional clause of a future ("as soon as trading opened Monday"): its past verb stays future. */
const SUBORDINATE_PAST = /\b(?:as\s+soon\s+as|once|when|until|till|before|after|if|unless)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}]+\s+(?:on\s+)?$/iu;

/** A coordinated clause with a subject of its own: ", and a ...", ", but the ...", "; then Kenya ...". */
const NEW_CLAUSE = /,\s+(?:and|but|while|whereas)\s+(?=(?:a|an|the|its|their|his|her|\p{Lu}[\p{L}'’-]*)\s)/gu;

function sentenceStart(text: string, pos: number): number {
  const lim = Math.max(0, pos - 250);
  for (let i = pos - 1; i >= lim; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return i + 1;
    if ((ch === 46 || ch === 33 || ch === 63) && i + 1 < text.length && /\s/.test(text[i + 1]!)) {
      // not an abbreviation like "Sept." or "Mr."
      const w = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 5), i));
      if (w && w[1]!.length <= 4 && /^\p{Lu}/u.test(w[1]!)) continue;
      return i + 1;
    }
  }
  return lim;
}

/** Relative rules whose "this/last/next" phrases are placed against the DCT (not the narrative). */
const DEICTIC_RULES = new Set(['dates/relative/this-last-next', 'dates/relative/part-of-period', 'dates/relative/month-relative']);
const DEICTIC_WORDS = /^(?:(?:early|earlier|late|later|mid)[\s-]+)?(?:the\s+(?:beginning|start|middle|end|close)\s+of\s+)?(?:this|last|next)\s|\s(?:last|this|next)\s+year$/i;

/**
 * A phrase placed against the document's date at month level ("last month", "earlier this
 * month", "June last year") or "this year". A bare "last year" or "next year" leaves the
 * narrative alone: a later "in January" is then read by the DCT and the tense.
 */
function deictic(ruleId: string, text: string, value: string): boolean {
  return DEICTIC_RULES.has(ruleId) && DEICTIC_WORDS.test(text) && (/^\d{4}-\d\d$/.test(value) || /\bthis\s+year$/i.test(text));
}

/** How far (characters) a named quarter stays the reference of "a year earlier", "the latest quarter". */
const QUARTER_REACH = 400;

/**
 * Briefs: how far (characters) the last stated day is the reference of a day anaphor ("the same
 * day", "the following day") that has no reference in its own paragraph: such phrases never
 * mean the document's date, so they look back across paragraph and list-item breaks.
 */
const DAY_ANAPHOR_REACH = 1500;

/** Default reach of a stated date as the narrative reference (about two sentences). */
export const NARRATIVE_REACH = 250;

const YEAR_VALUE = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?/;

/** A DCT of any granularity: YYYY-MM-DD (or longer), YYYY-MM, YYYY. */
function parseDct(s: string | undefined): { dct: YMD | null; gran: 'day' | 'month' | 'year' } {
  const d = parseYMD(s);
  if (d) return { dct: d, gran: 'day' };
  let m = s ? /^(\d{4})-(\d\d)$/.exec(s) : null;
  if (m && +m[2]! >= 1 && +m[2]! <= 12) return { dct: { y: +m[1]!, m: +m[2]!, d: daysInMonth(+m[1]!, +m[2]!) }, gran: 'month' };
  m = s ? /^(\d{4})$/.exec(s) : null;
  if (m) return { dct: { y: +m[1]!, m: 12, d: 31 }, gran: 'year' };
  return { dct: null, gran: 'day' };
}

/** Tag temporal expressions in text. Pure; hits sorted and non-overlapping. */
export function tagDates(text: string, opts: TagOptions = {}): TimexHit[] {
  const { dct, gran: dctGran } = parseDct(opts.dct);
  const mode = opts.narrative === true ? 'full' : opts.narrative === false ? 'off' : opts.narrative ?? (dct ? 'anaphora' : 'full');
  const useNarrative = mode !== 'off';
  const resets = opts.resets ? [...opts.resets].sort((a, b) => a - b) : [];
  const kept = keptCandidates(text);
  const live = kept.filter((c) => !RULES[c.r]!.guard);

  // years shared across a conjunction: "March 3rd and May 9th, 2018"
  const shared: (number | null)[] = new Array(live.length).fill(null);
  for (let i = live.length - 1; i >= 0; i--) {
    const y = live[i]!.m.groups?.y;
    if (y && /^\d{4}$/.test(y)) {
      shared[i] = +y;
      continue;
    }
    if (i + 1 < live.length && shared[i + 1] !== null && live[i]!.m.groups?.mon !== undefined && live[i + 1]!.m.groups?.mon !== undefined) {
      const gap = text.slice(live[i]!.e, live[i + 1]!.s);
      if (/^\s*(?:,|and|or|&|to|through|until|till|[-–—])?\s*(?:and\s+|or\s+)?(?:on\s+)?$/i.test(gap) && gap.length < 12) {
        shared[i] = shared[i + 1]!;
      }
    }
  }

  const hits: TimexHit[] = [];
  let narrative: BuildCtx['narrative'] = null;
  let narrativeEnd = 0;
  // the last stated day (briefs: "within hours" is about a day, even after "since 2022")
  let lastDay: BuildCtx['narrative'] = null;
  let lastDayEnd = 0;
  // the same, across paragraph breaks (for "the same day" opening a paragraph or list item)
  let anyDay: BuildCtx['narrative'] = null;
  let anyDayEnd = 0;
  const reach = opts.narrativeReach ?? NARRATIVE_REACH;
  let prevQuarter: string | null = null;
  let prevQuarterEnd = -1;
  let ri = 0;
  for (let i = 0; i < live.length; i++) {
    const c = live[i]!;
    while (ri < resets.length && resets[ri]! <= c.s) {
      narrative = null;
      lastDay = null;
      ri++;
    }
    const rule = RULES[c.r]!;
    let fut: boolean | null = null;
    const liveNarrative = useNarrative && narrative && (c.s - narrativeEnd <= reach) && !/\n\s*\n/.test(text.slice(narrativeEnd, c.s)) ? narrative : null;
    const ctx: BuildCtx = {
      text,
      start: c.s,
      end: c.e,
      dct,
      dctGran,
      narrative: liveNarrative,
      lastDay: mode === 'full' && lastDay && (c.s - lastDayEnd <= reach) && !/\n\s*\n/.test(text.slice(lastDayEnd, c.s)) ? lastDay : null,
      lastDayAny: mode === 'full' && anyDay && c.s - anyDayEnd <= DAY_ANAPHOR_REACH ? anyDay : null,
      yearlessNarrative: mode === 'full',
      ...(liveNarrative ? { narrativeEnd } : {}),
      sharedYear: live[i]!.m.groups?.y ? null : shared[i]!,
      prevQuarter: prevQuarter && c.s - prevQuarterEnd <= QUARTER_REACH ? prevQuarter : null,
      nextStated: () => nextStated(text, live, i),
      future: () => {
        if (fut === null) {
          let s0 = Math.max(sentenceStart(text, c.s), c.s - 70);
          // briefs: a cue of an earlier coordinated clause with its own subject ("changes that
          // would follow, and a vote on 5 June approved them") is not this date's
          if (mode === 'full') {
            const co = [...text.slice(s0, c.s).matchAll(NEW_CLAUSE)].pop();
            if (co) s0 += co.index + co[0].length;
          }
          fut = (FUTURE_CUE.test(text.slice(s0, c.s)) && !(PAST_VERB_BEFORE.test(text.slice(Math.max(0, c.s - 30), c.s)) && !SUBORDINATE_PAST.test(text.slice(s0, c.s)))) || /^\s*(?:will|is\s+to|are\s+to)\b/i.test(text.slice(c.e, c.e + 12));
        }
        return fut;
      },
    };
    let b: ReturnType<DateRule['build']>;
    try {
      b = rule.build(c.m, ctx);
    } catch (err) {
      // a rule that cannot build a value for this match drops it; tests pass onError to see it
      b = null;
      opts.onError?.(rule.id, err);
    }
    if (!b) continue;
    if (b.parts) {
      for (const part of b.parts) {
        const ps = c.s + part.offset;
        const ph: TimexHit = { start: ps, end: ps + part.length, text: text.slice(ps, ps + part.length), type: b.type, value: part.value, rule: rule.id, rangeSpan: { start: c.s, end: c.e } };
        if (b.range) ph.range = b.range;
        if (b.inferred) ph.inferred = true;
        hits.push(ph);
      }
    } else {
      const hit: TimexHit = { start: c.s, end: c.e, text: c.m[0], type: b.type, value: b.value, rule: rule.id };
      if (b.mod) hit.mod = b.mod;
      if (b.range) hit.range = b.range;
      if (b.inferred) hit.inferred = true;
      hits.push(hit);
    }
    if (b.type === 'DATE' || b.type === 'TIME') {
      if (rule.id === 'dates/absolute/quarter' && /^\d{4}-Q\d$/.test(b.value)) {
        prevQuarter = b.value;
        prevQuarterEnd = c.e;
      }
      // in a brief, a date stated without its year ("on 21 September", "in May") is stated too:
      // its year came from the narrative
      // and so is one the brief places against its own date ("met in Astana last month"): the
      // narrative moves to it, so that a later "in November" is read from there
      const stated = !b.inferred || (mode === 'full' && (rule.id.startsWith('dates/partial/') || deictic(rule.id, c.m[0], b.value)));
      // in a brief, a background date (a state's start in an aside, a plan's period) is no reference
      if (stated && !(mode === 'full' && isBackgroundDate(text, c.s, c.e))) {
        // in a brief, after a range of days ("on 3-4 May 2023") "the following day" counts from
        // its end, and after a range of years or months ("in 2014-2016") "the following year" too
        const ym = YEAR_VALUE.exec(mode === 'full' && b.range && (b.parts || /^\d{4}-\d\d-\d\d$/.test(b.range.end)) ? b.range.end : b.value);
        if (ym) {
          narrative = { y: +ym[1]! };
          narrativeEnd = c.e;
          if (mode === 'full' && /\b(?:since|until|till|by)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$/i.test(text.slice(Math.max(0, c.s - 28), c.s))) narrative.bound = true;
          if (ym[2]) narrative.m = +ym[2];
          if (ym[3]) {
            narrative.d = +ym[3];
            lastDay = narrative;
            lastDayEnd = c.e;
            anyDay = narrative;
            anyDayEnd = c.e;
          }
        }
      }
    }
  }
  joinIntervals(text, hits, mode === 'full');
  if (mode === 'full') {
    namedOccasion(text, hits);
    monthOccasion(text, hits);
    dayBeforeNamed(text, hits);
    afterNamedAct(text, hits);
    restated(text, hits);
  }
  return hits;
}

/**
 * Briefs: a relative date restated at once by a stated one ("the following week, on 20 March
 * 2025", "at the end of last month (31 March 2025)") means that date: the relative one takes
 * its value and the pair one span, so that extractDates makes one mention of the stated date.
 */
function restated(text: string, hits: TimexHit[]): void {
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i]!;
    const b = hits[i + 1]!;
    if (!a.inferred || b.inferred || a.type !== 'DATE' || b.type !== 'DATE' || a.range || b.range || a.rule.startsWith('dates/absolute/')) continue;
    const gap = text.slice(a.end, b.start);
    if (!/^\s*(?:,|\(|[-–—])\s*(?:on\s+|in\s+)?$/.test(gap)) continue;
    const ia = intervalOf(a.value);
    const ib = intervalOf(b.value);
    // a restatement: the stated date lies inside the relative one, or ", on <day>" says so
    // (the relative one may have been counted from a wrong reference)
    const inside = !!ia && !!ib && ib.start >= ia.start && ib.end <= ia.end;
    if (!ib || (!inside && !(/^\s*,\s*on\s+$/.test(gap) && ib.granularity === 'day'))) continue;
    // one expression of one date: the pair makes one mention (extractDates merges a rangeSpan)
    a.value = b.value;
    delete a.mod;
    delete a.inferred;
    a.rangeSpan = b.rangeSpan = { start: a.start, end: b.end };
    i++;
  }
}

/** What "the day before the summit" can name: a happening whose date the text states elsewhere. */
const NAMED_HAPPENING = /^\s+(?:the|its|this|that)\s+(?:[\p{L}-]+\s+)?(?<n>summit|meeting|talks|vote|election|referendum|visit|conference|signing|ceremony|forum|session|inauguration|congress|parade)\b/iu;
/** How far back the happening's date may be. */
const NAMED_REACH = 2000;

/**
 * Briefs: "the day before the summit", "the day after the vote" count from the date the text
 * gave that happening ("the summit on 6 November 2024"), not from the last stated date. The
 * happening's date is the last stated day before, in the same sentence as the happening's word.
 */
function dayBeforeNamed(text: string, hits: TimexHit[]): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.rule !== 'dates/relative/day-anaphor') continue;
    const dir = /\bday\s+(before|after)$/i.exec(h.text);
    if (!dir) continue;
    const named = NAMED_HAPPENING.exec(text.slice(h.end, h.end + 48));
    if (!named) continue;
    const word = new RegExp(`\\b${named.groups!.n!}\\b`, 'i');
    for (let j = i - 1; j >= 0; j--) {
      const k = hits[j]!;
      if (h.start - k.end > NAMED_REACH) break;
      const before = dir[1]!.toLowerCase() === 'before';
      // a range of days ("the summit on 5-6 May"): the day before its first, after its last
      const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(k.range ? (before ? k.range.start : k.range.end) : k.value);
      if (!day || k.inferred || k.type !== 'DATE') continue;
      // the happening's word in the same sentence as the date
      const ss = sentenceStart(text, k.start);
      let se = text.slice(k.end, k.end + 200).search(/[.!?](?:\s|$)|\n/);
      se = se < 0 ? k.end + 200 : k.end + se;
      if (!word.test(text.slice(ss, Math.min(se, h.start)))) continue;
      const d = addDaysYMD({ y: +day[1]!, m: +day[2]!, d: +day[3]! }, before ? -1 : 1);
      h.value = d;
      h.inferred = true;
      break;
    }
  }
}

/**
 * An occasion named by its place or host, as a time frame: "After the White House summit",
 * "Following the Almaty talks", "At the Gabala session". The name is one to three capitalised
 * words before the occasion noun.
 */
const OCCASION = /(?<![\p{L}])(?:[Aa]fter|[Ff]ollowing|[Aa]t|[Dd]uring|[Bb]efore|[Ss]ince)\s+the\s+(?<name>(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:summit|meeting|talks|visit|conference|signing|ceremony|forum|session|vote|election|round|ministerial)(?![\p{L}])/gu;
/** How far back the occasion's dated mention may be. */
const OCCASION_REACH = 6000;

/**
 * Briefs: a day anaphor ("the same evening", "the next day") after a sentence framed by a named
 * occasion ("After the White House summit, reaction was swift. X welcomed it the same evening")
 * counts from the day the text gave that occasion: the last stated day before the frame in a
 * sentence naming it ("met at the White House on 8 August"), not from the last stated date
 * (which may be a background date of another paragraph). Only when the anaphor's sentence has no
 * stated date of its own before it, and the frame is in its sentence or the one before.
 */
function namedOccasion(text: string, hits: TimexHit[]): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.rule !== 'dates/relative/day-anaphor') continue;
    const det = /\b(same|next|following|previous|preceding)\s+\p{L}+$/iu.exec(h.text);
    if (!det) continue;
    const ss = sentenceStart(text, h.start);
    // the anaphor's sentence states its own date first: that is its reference
    const prev = hits[i - 1];
    if (prev && prev.end > ss && prev.type === 'DATE') continue;
    const ps = ss > 0 ? sentenceStart(text, Math.max(0, ss - 2)) : ss;
    OCCASION.lastIndex = 0;
    let occ: RegExpExecArray | null = null;
    const frame = text.slice(ps, h.start);
    for (let m = OCCASION.exec(frame); m; m = OCCASION.exec(frame)) occ = m;
    if (!occ) continue;
    const name = occ.groups!.name!.trim();
    const at = ps + occ.index;
    for (let j = i - 1; j >= 0; j--) {
      const k = hits[j]!;
      if (k.end > at) continue;
      if (at - k.end > OCCASION_REACH) break;
      const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(k.range ? k.range.start : k.value);
      if (!day || k.type !== 'DATE') continue;
      const ks = sentenceStart(text, k.start);
      let ke = text.slice(k.end, k.end + 300).search(/[.!?](?:\s|$)|\n/);
      ke = ke < 0 ? k.end + 300 : k.end + ke;
      const sent = text.slice(ks, ke);
      if (!sent.includes(name)) continue;
      // of the days stated in that sentence, the one nearest the occasion's name ("The Astana
      // talks were held on 2 July 2024 and the memorandum was signed on 3 July 2024": 2 July)
      const nameAt = ks + sent.indexOf(name);
      let best = k;
      for (let q = j - 1; q >= 0 && hits[q]!.start >= ks; q--) {
        const o = hits[q]!;
        if (o.type !== 'DATE' || !/^\d{4}-\d\d-\d\d$/.test(o.range ? o.range.start : o.value)) continue;
        if (Math.abs(o.start - nameAt) < Math.abs(best.start - nameAt)) best = o;
      }
      const bd = /^(\d{4})-(\d\d)-(\d\d)$/.exec(best.range ? best.range.start : best.value)!;
      const n = det[1]!.toLowerCase();
      const shift = n === 'same' ? 0 : n === 'previous' || n === 'preceding' ? -1 : 1;
      h.value = addDaysYMD({ y: +bd[1]!, m: +bd[2]!, d: +bd[3]! }, shift);
      h.inferred = true;
      break;
    }
  }
}

/** An occasion noun right after a month used as its name ("the November summit", "the June session"). */
const MONTH_OCCASION = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+)?(?<n>summit|meeting|talks|visit|session|conference|forum|ministerial|round)(?![\p{L}])/u;

/**
 * Briefs: an occasion named by a year-less month ("endorsed the repeal at the November summit",
 * "since the June session") is the day the text gave that occasion: the last stated day of that
 * month before it, in a sentence that names the occasion noun ("the summit ... on 6 November").
 * Without such a day it stays the month.
 */
function monthOccasion(text: string, hits: TimexHit[]): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    // a year-less month only: it is read from context anyway; "the August 2024 visit" states its
    // month and year, the granularity the text gives
    if (h.mod || h.range || h.rule !== 'dates/partial/month') continue;
    if (!/^\d{4}-\d\d$/.test(h.value)) continue;
    if (!/(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, h.start - 5), h.start))) continue;
    const occ = MONTH_OCCASION.exec(text.slice(h.end, h.end + 40));
    if (!occ) continue;
    const noun = new RegExp(`(?<![\\p{L}])${occ.groups!.n!}(?![\\p{L}])`, 'iu');
    for (let j = i - 1; j >= 0; j--) {
      const k = hits[j]!;
      if (h.start - k.end > OCCASION_REACH) break;
      const v = k.range ? k.range.start : k.value;
      if (k.type !== 'DATE' || !/^dates\/(?:absolute|partial|range)\//.test(k.rule) || !/^\d{4}-\d\d-\d\d$/.test(v) || v.slice(0, 7) !== h.value) continue;
      const ks = sentenceStart(text, k.start);
      let ke = text.slice(k.end, k.end + 300).search(/[.!?](?:\s|$)|\n/);
      ke = ke < 0 ? k.end + 300 : k.end + ke;
      const sent = text.slice(ks, ke);
      if (!noun.test(sent)) continue;
      // "on the eve of the summit, on 5 November": a day next to the occasion, not its own
      if (new RegExp(`(?<![\\p{L}])(?:eve|day\\s+(?:before|after)|run-up|margins|sidelines|ahead|wake)\\s+of\\s+(?:the|that|this)\\s+(?:\\p{L}+\\s+)?${occ.groups!.n!}`, 'iu').test(sent)) continue;
      h.value = v;
      if (k.range) h.range = { ...k.range };
      h.inferred = true;
      break;
    }
  }
}

/** A noun naming an act, and the words that state the act with its date ("ratification" - "ratified in 2016"). */
const NAMED_ACTS: [RegExp, RegExp][] = [
  [/^ratification$/i, /\bratif(?:ied|y|ies)\b/i],
  [/^(?:signature|signing)$/i, /\bsign(?:ed|ing)\b/i],
  [/^independence$/i, /\bindependen(?:ce|t)\b/i],
  [/^completion$/i, /\bcomplet(?:ed|ion)\b/i],
  [/^(?:founding|foundation)$/i, /\bfound(?:ed|ing)\b/i],
  [/^(?:launch|launching)$/i, /\blaunch(?:ed)?\b/i],
  [/^(?:accession)$/i, /\b(?:acceded|accession|joined)\b/i],
  [/^(?:inauguration)$/i, /\binaugurat(?:ed|ion)\b/i],
];
const AFTER_ACT = /^\s+(after|before)\s+(?:its\s+|their\s+|the\s+)?(\p{L}+)(?![\p{L}-])(?!\s+of\b)/iu;
const DUR_UNIT: Record<string, 'D' | 'M' | 'Y'> = { D: 'D', W: 'D', M: 'M', Y: 'Y' };

/**
 * Briefs: "two years after ratification", "a decade after independence" count from the date the
 * text gave that act earlier ("ratified the treaty in 2016"), found as a stated date in a sentence
 * that states the act. The duration ("two years") becomes the date ("two years after", 2018).
 * Not when the clause already states its own date ("in force in 2024, twelve years after
 * signature"), and not without such an earlier date (then it stays a duration).
 */
function afterNamedAct(text: string, hits: TimexHit[]): void {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.type !== 'DURATION' || h.range || !/^P(\d+)(Y|M|W|D)$/.test(h.value)) continue;
    const dm = /^P(\d+)(Y|M|W|D)$/.exec(h.value)!;
    const am = AFTER_ACT.exec(text.slice(h.end, h.end + 40));
    if (!am) continue;
    const act = NAMED_ACTS.find(([noun]) => noun.test(am[2]!));
    if (!act) continue;
    // the clause already has its date: ", twelve years after signature" restates it
    const ss = sentenceStart(text, h.start);
    const prev = hits[i - 1];
    if (prev && prev.end > ss && /^\s*,\s*$/.test(text.slice(prev.end, h.start))) continue;
    for (let j = i - 1; j >= 0; j--) {
      const k = hits[j]!;
      if (h.start - k.end > NAMED_REACH) break;
      if (k.inferred || k.type !== 'DATE' || k.rangeSpan) continue;
      const ym = /^(\d{4})(?:-(\d\d))?(?:-(\d\d))?$/.exec(k.value);
      if (!ym) continue;
      const ks = sentenceStart(text, k.start);
      let ke = text.slice(k.end, k.end + 200).search(/[.!?](?:\s|$)|\n\s*\n/);
      ke = ke < 0 ? k.end + 200 : k.end + ke;
      if (!act[1].test(text.slice(ks, Math.min(ke, h.start)))) continue;
      const sign = am[1]!.toLowerCase() === 'before' ? -1 : 1;
      const n = +dm[1]! * (dm[2] === 'W' ? 7 : 1) * sign;
      const unit = DUR_UNIT[dm[2]!]!;
      let v: string;
      if (unit === 'Y') v = String(+ym[1]! + n).padStart(4, '0') + (ym[2] ? (ym[3] ? `-${ym[2]}-${ym[3]}` : `-${ym[2]}`) : '');
      else if (unit === 'M' && ym[2]) {
        const t = +ym[1]! * 12 + (+ym[2]! - 1) + n;
        v = `${String(Math.floor(t / 12)).padStart(4, '0')}-${String((t % 12) + 1).padStart(2, '0')}`;
      } else if (unit === 'D' && ym[3]) v = addDaysYMD({ y: +ym[1]!, m: +ym[2]!, d: +ym[3]! }, n);
      else break;
      // no finer than the unit counted ("two years after" a day is that year)
      if (unit === 'Y') v = v.slice(0, 4);
      else if (unit === 'M') v = v.slice(0, 7);
      const end = h.end + am[0].length - am[0].replace(/^\s+(?:after|before)/i, '').length;
      h.type = 'DATE';
      h.value = v;
      h.end = end;
      h.text = text.slice(h.start, end);
      h.rule = 'dates/relative/ago';
      h.inferred = true;
      break;
    }
  }
}

function addDaysYMD(t: YMD, k: number): string {
  return fmtDay(addDays(t, k));
}

/** How far after an expression a stated date of the same sentence may be (nextStated). */
const NEXT_REACH = 160;

/** The next stated (absolute) date after live[i] in the same sentence: "ten years after the line opened in May 2007". */
function nextStated(text: string, live: Cand[], i: number): { y: number; m?: number; d?: number } | null {
  const c = live[i]!;
  for (let j = i + 1; j < live.length; j++) {
    const n = live[j]!;
    if (n.s - c.e > NEXT_REACH) break;
    if (/[.!?;](?:\s|$)|\n\s*\n/.test(text.slice(c.e, n.s))) break;
    if (!/^dates\/(?:absolute|range)\//.test(RULES[n.r]!.id)) continue;
    const gr = n.m.groups ?? {};
    const y = gr.y ?? gr.y1;
    if (!y || !/^\d{4}$/.test(y)) continue;
    const out: { y: number; m?: number; d?: number } = { y: +y };
    if (gr.mon && /^\p{Lu}/u.test(gr.mon)) {
      const mo = monthNumber(gr.mon);
      if (mo) {
        out.m = mo;
        if (gr.d) out.d = +gr.d;
      }
    }
    return out;
  }
  return null;
}

function consecutiveMonths(a: string, b: string): boolean {
  const ma = /^(\d{4})-(\d\d)$/.exec(a);
  const mb = /^(\d{4})-(\d\d)$/.exec(b);
  return !!ma && !!mb && +mb[1]! * 12 + +mb[2]! - (+ma[1]! * 12 + +ma[2]!) === 1;
}

function consecutiveYears(a: string, b: string): boolean {
  return /^\d{4}$/.test(a) && /^\d{4}$/.test(b) && +b - +a === 1;
}

/** "and continued until", "and lasted until", ", continuing until": one happening over an interval. */
const LASTED = /^\s*(?:,\s*)?(?:and\s+)?(?:(?:it|they|fighting|fire|clashes)\s+)?(?:continued|continuing|lasted|lasting|went\s+on|ran|running|raged|dragged\s+on)\s+(?:on\s+)?(?:until|till|to|through|into)\s+(?:on\s+)?$/i;

/** Dates that can bound an interval: years, months, days, quarters, halves, seasons, decades. */
const BOUND = /^(?:\d{4}(?:-\d\d(?:-\d\d)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?|\d{3})$/;

/**
 * "between 1996 and 2001", "from 2012 to 2018", "from March 2012 until June 2015", "May to
 * July 2019": the two dates bound one interval. As for "2010-2025", each stays its own TIMEX3
 * (TimeML), and both carry the range and the span of the whole ("1996 and 2001"), which
 * extractDates makes one mention (value "1996/2001"). "and" joins only after "between", or two
 * consecutive months ("in October and November 2019": 2019-10/2019-11); "in 2015 and 2019"
 * stays two dates. In a brief, "or" joins two adjacent years or months ("in 2030 or 2031": an
 * uncertain time, 2030/2031); "in 2015 or 2019" stays two dates.
 */
function joinIntervals(text: string, hits: TimexHit[], brief = false): void {
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i]!;
    const b = hits[i + 1]!;
    if (a.range || b.range || a.rangeSpan || b.rangeSpan || a.type !== 'DATE' || b.type !== 'DATE') continue;
    if (!BOUND.test(a.value) || !BOUND.test(b.value)) continue;
    const gap = text.slice(a.end, b.start);
    // briefs: "began on 14 May 2020 and lasted until 16 May" is one interval too
    const lasted = brief && LASTED.test(gap);
    // briefs: "in 2030 or 2031", "in May or June": an uncertain time over two adjacent periods
    const either = brief && /^\s*or\s*$/i.test(gap) && (consecutiveMonths(a.value, b.value) || consecutiveYears(a.value, b.value));
    if (!lasted && !either && !/^\s*(?:and|to|until|till|through|[-–—])\s*$/i.test(gap)) continue;
    const before = text.slice(Math.max(0, a.start - 24), a.start);
    const bounded = /(?<![\p{L}\p{N}])(?:between|from)\s+(?:the\s+(?:years?\s+|period\s+)?)?$/iu.test(before);
    // a dash or "to"/"until" joins two dates ("May to July 2019"); "and" needs "between", or
    // two consecutive months ("in October and November 2019": one continuous period)
    const joined = lasted || either || bounded || !/^\s*and\s*$/i.test(gap) || consecutiveMonths(a.value, b.value);
    if (!joined) continue;
    const ia = intervalOf(a.value);
    const ib = intervalOf(b.value);
    if (!ia || !ib || ia.start >= ib.start || ia.end > ib.end) continue;
    const range = { start: a.value, end: b.value };
    const rangeSpan = { start: a.start, end: b.end };
    const inferred = !!(a.inferred || b.inferred);
    for (const h of [a, b]) {
      h.range = range;
      h.rangeSpan = rangeSpan;
      if (inferred) h.inferred = true;
    }
    i++;
  }
}
