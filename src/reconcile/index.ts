/**
 * Reconcile: every event and figure becomes evidence of a claim with a key
 * {subject: sorted canonical names, predicate, qualifier?}. Evidence of one key is compared:
 * dates as intervals, numbers with qualifiers, rounding, units and scale. Each claim gets a
 * status (single | corroborated | compatible | conflict | superseded), a diagnosis and a
 * preferred value with a rationale; every value is kept with its source.
 *
 * Keys (keys.ts, data in lexicon.ts):
 * - subject: canonical names; people, cities and capitals stand for their country.
 * - event predicate: the type, plus the object the event is about when the sentence around it
 *   names one ("diplomatic relations", "intergovernmental commission", "embassy in X"). A
 *   quantified or plural happening ("a few other visits", "the visits in 2010") is "TYPE: several",
 *   never one happening.
 * - figure predicate: the measure's key words (stop and generic words dropped, synonyms folded:
 *   "volume of bilateral trade" = "trade turnover"; exports keep their direction, imports are
 *   exports the other way) + the unit's kind (rates meet whatever their time base); qualifier:
 *   the figure's period. A period that is only the brief's own date is a current state; counts
 *   of documents signed at a happening are dated by it (a day meets its month).
 * Grouping: one-time things (relations established, an embassy opened, a figure for a period)
 * compare every source's value, but values one source states side by side are different
 * things, never a conflict with itself; repeatable happenings (visits, talks, signings) with
 * disjoint dates are different claims, told apart by their date (and a visit by its host) in
 * the qualifier; one brief's signings of different counts are different signings.
 * Diagnosis: granularity or rounding (compatible); unit (different units, read both ways, or a
 * thousandfold scale: both readings kept); predicate (the sides measure different things: a
 * narrower measure, another stage of an agreement); disagreement. A plan overtaken by a
 * happening, or a current state told differently by briefs of different dates, is superseded.
 * Absent states (an event row with state 'absent': "X has no embassy in Y" as of the brief's
 * date) share the key of the happening; they join the part of their group whose happening is
 * nearest in time (keys with an object only; else they stand alone, qualifier "none"). A
 * happening dated after every absent state's date supersedes it (the state changed); one dated
 * before or on it is a conflict (disagreement), the rationale naming the order in time.
 * Preferred value: a happening over a plan; for a current state the more recent brief; then
 * more independent briefs, the more specific statement, a primary statement over a passing
 * mention (parenthesis, relative clause); the more recent brief last (a weak ground for a
 * one-time historical fact, and the rationale says so).
 *
 * Incremental use: factGroups gives each fact's group (claim key) and scale bucket; reconciling
 * the facts of a set of groups closed under shared scale buckets gives exactly the claims a full
 * reconcile gives there (the store keeps the groups; the pipeline reconciles the touched ones).
 */
import { stableId } from '../core/span.js';
import type { Claim, ClaimEvidence, ClaimKey, ClaimStatus, DateValue, EventRow, FactGroup, FactSet, FigureRow, RunContext } from '../core/types.js';
import { compareNumbers, crossReading, precisionOf, type NumberRelation, type NumberValue } from './compare.js';
import { eventKey, figureKey, hostFromQuote, placeCountry, sentenceAround, statedCount, statementRole, type PeriodRole } from './keys.js';

import {
  CAPITALS,
  CORE_MEASURE_WORDS,
  DIRECTIONAL_HEADS,
  ENDING_TRIGGER,
  EVENT_COUNT_HEADS,
  EVENT_OBJECTS,
  GENERIC_MEASURE_WORDS,
  PLURAL_EVENT_NOUNS,
  REPEATABLE_TYPES,
  STOP_WORDS,
  TOKEN_SYNONYMS,
  VAGUE_QUANTIFIER,
} from './lexicon.js';

export { compareNumbers, eventKey, figureKey };
export { FactKeyTable } from './keytable.js';

interface Item {
  kind: 'event' | 'figure';
  row: EventRow | FigureRow;
  /** The value compared: DateValue for events, NumberValue for figures. */
  value: DateValue | NumberValue;
  planned: boolean;
  inferred: boolean;
  published: string | null;
  /** The sentence is about this fact (not a parenthesis, relative clause or participle). */
  primary: boolean;
  /** Visits: the country visited, when known (visits to different countries are different). */
  host: string | null;
  /** Signings: how many documents the sentence says were signed, when it says. */
  count: number | null;
  /** Figures: every key word of the measure; events: the stage of a trigger (signed, ratified). */
  words: string[];
  /** Figures: how the period enters the key. */
  role: PeriodRole | null;
  /** Events: the brief states this did not exist / had not happened as of its date (state 'absent'). */
  absent: boolean;
}

// ------------------------------------------------------------------ helpers

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function overlaps(a: DateValue, b: DateValue): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function sameInterval(a: DateValue, b: DateValue): boolean {
  return a.start === b.start && a.end === b.end;
}

/** Date.parse of a day at midnight UTC (dates recur across facts: answers are kept). */
function dayTime(s: string): number {
  let t = DAY_TIMES.get(s);
  if (t === undefined) {
    t = Date.parse(s + 'T00:00:00Z');
    if (DAY_TIMES.size >= 100_000) DAY_TIMES.clear();
    DAY_TIMES.set(s, t);
  }
  return t;
}
const DAY_TIMES = new Map<string, number>();

function days(d: DateValue): number {
  const t = dayTime;
  const n = (t(d.end) - t(d.start)) / 86_400_000;
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

/** Comparable start of a published date ("2012", "2022-07", "2022-09-05"). */
function pubStart(p: string | null): string {
  return p ?? '';
}

function evidence(it: Item): ClaimEvidence {
  const r = it.row;
  return {
    source: r.source,
    sha256: r.sha256,
    span: { start: r.span.start, end: r.span.end },
    quote: r.quote,
    page: r.page,
    line: r.line,
    value: it.value,
    factKind: it.kind,
    factId: r.id,
  };
}

function valueKey(it: Item): string {
  if (it.kind === 'event') {
    const d = it.value as DateValue;
    return `${d.start}/${d.end}`;
  }
  const v = it.value as NumberValue;
  return `${JSON.stringify(v.value)}|${v.unit}|${v.approx ?? ''}`;
}

function describe(it: Item): string {
  return describeValue(it.value, it.kind);
}

/** A number as stated, or rounded to four significant digits when it was computed. */
function showNumber(x: number): string {
  if (!Number.isFinite(x) || Number.isInteger(x) || String(x).length <= 10) return String(x);
  return String(Number(x.toPrecision(4)));
}

function describeValue(value: unknown, kind: 'event' | 'figure'): string {
  if (kind === 'event') {
    const d = value as DateValue & { state?: string };
    return d.state === 'absent' ? `none as of ${d.value}` : d.value;
  }
  const v = value as NumberValue;
  const num = Array.isArray(v.value) ? `${showNumber(v.value[0])}–${showNumber(v.value[1])}` : showNumber(v.value);
  return `${v.approx ? v.approx.replace('_', ' ') + ' ' : ''}${num} ${v.unit}`;
}

// ------------------------------------------------------------------ pair relations

/**
 * same | granularity | rounding: compatible values. unit | scale: different units, or a
 * thousandfold scale. apart: different things (visits to different countries, signings of
 * different counts in one brief, counts of happenings on disjoint dates): never one claim.
 */
type Relation = 'same' | 'granularity' | 'rounding' | 'unit' | 'scale' | 'disagreement' | 'apart';

function relate(a: Item, b: Item): Relation {
  if (a.kind === 'event') {
    if (a.host && b.host && a.host !== b.host) return 'apart';
    if (a.row.source === b.row.source && a.count !== null && b.count !== null && a.count !== b.count) return 'apart';
    const x = a.value as DateValue;
    const y = b.value as DateValue;
    if (sameInterval(x, y)) return 'same';
    return overlaps(x, y) ? 'granularity' : 'disagreement';
  }
  if (a.role === 'event' && b.role === 'event') {
    const x = (a.value as NumberValue).date;
    const y = (b.value as NumberValue).date;
    if (x && y && !overlaps(x, y)) return 'apart';
  }
  const r: NumberRelation = compareNumbers(a.value as NumberValue, b.value as NumberValue);
  return r;
}

const COMPATIBLE: ReadonlySet<Relation> = new Set(['same', 'granularity', 'rounding']);

// ------------------------------------------------------------------ distinct values

/** Evidence that states the same value, from one or more sources. */
interface ValueGroup {
  rep: Item;
  items: Item[];
  sources: Set<string>;
  /** Latest publication date among its sources ('' when none known). */
  pub: string;
  planned: boolean;
  inferred: boolean;
  /** Some source states it as the thing its sentence is about. */
  primary: boolean;
}

function groupValues(items: Item[]): ValueGroup[] {
  const byValue = new Map<string, ValueGroup>();
  for (const it of items) {
    const k = valueKey(it);
    let g = byValue.get(k);
    if (!g) {
      g = { rep: it, items: [], sources: new Set(), pub: '', planned: true, inferred: true, primary: false };
      byValue.set(k, g);
    }
    g.items.push(it);
    g.sources.add(it.row.source);
    const p = pubStart(it.published);
    if (p > g.pub) g.pub = p;
    g.planned &&= it.planned;
    g.inferred &&= it.inferred;
    g.primary ||= it.primary;
  }
  for (const g of byValue.values()) g.rep = g.items.reduce((a, b) => (orderCmp(b, a) < 0 ? b : a));
  return [...byValue.values()].sort((a, b) => orderCmp(a.rep, b.rep));
}

// ------------------------------------------------------------------ clustering

/**
 * Repeatable happenings: a value joins the first cluster all of whose values it is compatible
 * with (most specific values first), so two visits on different days stay apart and a
 * year-level mention joins one of them.
 */
function cluster(items: Item[]): Item[][] {
  const groups = groupValues(items).sort(
    (a, b) => spread(a.rep) - spread(b.rep) || orderCmp(a.rep, b.rep),
  );
  const clusters: ValueGroup[][] = [];
  for (const g of groups) {
    const home = clusters.find((c) => c.every((m) => COMPATIBLE.has(relate(m.rep, g.rep))));
    if (home) home.push(g);
    else clusters.push([g]);
  }
  return clusters.map((c) => c.flatMap((g) => g.items));
}

/** How far apart two incompatible values are (for choosing which claim a value disputes). */
function distance(a: Item, b: Item): number {
  const rel = relate(a, b);
  if (rel === 'apart') return Infinity;
  if (COMPATIBLE.has(rel)) return 0;
  if (a.kind === 'event') {
    const x = a.value as DateValue;
    const y = b.value as DateValue;
    const t = (s: string) => dayTime(s) / 86_400_000;
    const gap = Math.max(t(x.start) - t(y.end), t(y.start) - t(x.end));
    return Number.isFinite(gap) ? 1 + Math.log1p(Math.abs(gap)) : 1e9;
  }
  const x = a.value as NumberValue;
  const y = b.value as NumberValue;
  if (x.unit !== y.unit) return 50;
  const mid = (v: NumberValue) => Math.abs(Array.isArray(v.value) ? (v.value[0] + v.value[1]) / 2 : v.value);
  const mx = mid(x);
  const my = mid(y);
  if (!(mx > 0) || !(my > 0)) return 100;
  let best = Math.abs(Math.log(mx / my));
  for (const f of [1e3, 1e6, 1e-3, 1e-6]) best = Math.min(best, Math.abs(Math.log((mx * f) / my)) + 0.5);
  return 1 + best;
}

/**
 * One-time things (relations established, a figure for a period): values that one source states
 * side by side and that disagree are different things, never a conflict of that source with
 * itself, so they go to different claims; a value of another source disputes the nearest claim
 * it may join. Values stated by more sources are placed first.
 */
function partition(items: Item[]): Item[][] {
  const groups = groupValues(items).sort(
    (a, b) => b.sources.size - a.sources.size || spread(a.rep) - spread(b.rep) || orderCmp(a.rep, b.rep),
  );
  const clusters: ValueGroup[][] = [];
  for (const g of groups) {
    let home: ValueGroup[] | null = null;
    let bestDist = Infinity;
    for (const c of clusters) {
      const clash = c.some(
        (m) => [...g.sources].some((s) => m.sources.has(s)) && !COMPATIBLE.has(relate(m.rep, g.rep)),
      );
      if (clash) continue;
      const d = Math.max(...c.map((m) => distance(m.rep, g.rep))) === Infinity ? Infinity : Math.min(...c.map((m) => distance(m.rep, g.rep)));
      if (d < bestDist) {
        bestDist = d;
        home = c;
      }
    }
    if (home) home.push(g);
    else clusters.push([g]);
  }
  return clusters.map((c) => c.flatMap((g) => g.items));
}

/**
 * The stable order of facts: source, span start, id. (The order of the key
 * `${source}\u0000${start padded to 10 digits}\u0000${id}`, compared field by field without
 * building it: no source or id holds a NUL, and no offset has more than 10 digits.)
 */
function orderCmp(a: Item, b: Item): number {
  const x = a.row;
  const y = b.row;
  return cmp(x.source, y.source) || x.span.start - y.span.start || cmp(x.id, y.id);
}

// ------------------------------------------------------------------ judging one claim

interface Judgement {
  status: ClaimStatus;
  diagnosis: string | null;
  preferred: { value: unknown; rationale: string };
}

/** A figure whose expression carries its unit ("$78.4 million"), not a bare number (a table cell). */
function unitStated(it: Item): boolean {
  if (it.kind !== 'figure') return true;
  return /[^\d\s.,()+\-–]/.test((it.row as FigureRow).text ?? '');
}

const GRANULARITY_DAYS: Readonly<Partial<Record<DateValue['granularity'], number>>> = {
  day: 0,
  month: 30,
  season: 91,
  quarter: 91,
  half: 182,
  year: 365,
  decade: 3652,
};

/** How precise a value is (smaller = more specific). */
function spread(it: Item): number {
  if (it.kind === 'event') {
    // by granularity (a leap year is no less specific than another year), else the interval's length
    const d = it.value as DateValue;
    return GRANULARITY_DAYS[d.granularity] ?? days(d);
  }
  const v = it.value as NumberValue;
  // a range's width, or the place value of the last stated digit; a qualifier widens it
  const base = Array.isArray(v.value) ? Math.abs(v.value[1] - v.value[0]) : Number.isFinite(v.value) ? precisionOf(v.value) : 0;
  return base + (v.approx ? 1e-9 + Math.abs(Array.isArray(v.value) ? v.value[1] : v.value) * 0.1 : 0);
}

/** What kind of claim is judged: it decides which grounds count for the preferred value. */
type ClaimKind = 'current' | 'historical' | 'happening';

const n = (k: number) => `${k} source${k === 1 ? '' : 's'}`;
const where = (g: ValueGroup) => [...g.sources].sort(cmp).join(', ');

/** The stage of an agreement a trigger names: signing, ratification, entry into force. */
function stageOf(it: Item): string | null {
  if (it.kind !== 'event') return null;
  const t = ((it.row as EventRow).trigger ?? '').toLowerCase();
  if (/ratif/.test(t)) return 'ratified';
  if (/\bforce\b|\beffect\b/.test(t)) return 'in force';
  if (/\bsign|\bconclu/.test(t)) return 'signed';
  return null;
}

/** Two sides of a conflict that say different things (a narrower measure, another stage). */
function differentPredicate(a: ValueGroup, b: ValueGroup): string | null {
  if (a.rep.kind === 'figure') {
    const wa = new Set(a.items.flatMap((i) => i.words));
    const wb = new Set(b.items.flatMap((i) => i.words));
    const onlyA = [...wa].filter((w) => !wb.has(w));
    const onlyB = [...wb].filter((w) => !wa.has(w));
    if (wa.size > 0 && wb.size > 0 && (onlyA.length > 0 || onlyB.length > 0)) {
      const ma = (a.rep.row as FigureRow).measure ?? '';
      const mb = (b.rep.row as FigureRow).measure ?? '';
      return `the measures differ ("${ma}" against "${mb}"): probably not the same thing`;
    }
    return null;
  }
  const sa = stageOf(a.rep);
  const sb = stageOf(b.rep);
  if (sa && sb && sa !== sb) return `different stages (${sa} against ${sb}): probably not the same happening`;
  return null;
}

function judge(items: Item[], currentState: boolean, kind: ClaimKind = currentState ? 'current' : 'happening'): Judgement {
  const sources = new Set(items.map((i) => i.row.source));
  const groups = groupValues(items);

  // relations among distinct values
  const relations: { a: ValueGroup; b: ValueGroup; rel: Relation }[] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      relations.push({ a: groups[i]!, b: groups[j]!, rel: relate(groups[i]!.rep, groups[j]!.rep) });
    }
  }
  const bad = relations.filter((r) => !COMPATIBLE.has(r.rel));

  // support: distinct sources whose value is compatible with this one
  const support = (g: ValueGroup): number => {
    const s = new Set<string>(g.sources);
    for (const r of relations) {
      if (!COMPATIBLE.has(r.rel)) continue;
      if (r.a === g) for (const x of r.b.sources) s.add(x);
      if (r.b === g) for (const x of r.a.sources) s.add(x);
    }
    return s.size;
  };

  let status: ClaimStatus;
  let diagnosis: string | null = null;
  let why = '';
  if (groups.length === 1) {
    status = sources.size > 1 ? 'corroborated' : 'single';
  } else if (bad.length === 0) {
    status = 'compatible';
    diagnosis = relations.some((r) => r.rel === 'granularity') ? 'granularity' : 'rounding';
  } else {
    status = 'conflict';
    const rels = new Set(bad.map((r) => r.rel));
    const predicate = bad.map((r) => differentPredicate(r.a, r.b)).find((x) => x !== null) ?? null;
    if (rels.has('unit') || rels.has('scale')) diagnosis = 'unit';
    else if (predicate) {
      diagnosis = 'predicate';
      why = predicate;
    } else diagnosis = 'disagreement';
    // superseded: every disagreement involves a plan, or a current state told by briefs of different dates
    const planned = bad.every((r) => r.a.planned || r.b.planned) && bad.some((r) => r.a.planned !== r.b.planned || r.a.pub !== r.b.pub);
    const dated = kind === 'current' && bad.every((r) => r.a.pub !== r.b.pub && r.a.pub !== '' && r.b.pub !== '');
    if ((planned || dated) && diagnosis === 'disagreement') status = 'superseded';
    if (diagnosis === 'disagreement' && status === 'conflict') {
      const r = bad[0]!;
      why = `a real disagreement: ${describe(r.a.rep)} (${where(r.a)}) against ${describe(r.b.rep)} (${where(r.b)})`;
    }
  }

  // preferred value
  const recentFirst = status === 'superseded' || kind === 'current';
  const ranked = groups
    .map((g) => ({
      g,
      rep: g.rep,
      planned: g.planned,
      inferred: g.inferred,
      unitStated: unitStated(g.rep),
      support: support(g),
      pub: g.pub,
      spread: spread(g.rep),
      primary: g.primary,
    }))
    .sort(
      (x, y) =>
        Number(x.planned) - Number(y.planned) ||
        (recentFirst ? cmp(y.pub, x.pub) : 0) ||
        y.support - x.support ||
        Number(x.inferred) - Number(y.inferred) ||
        Number(y.unitStated) - Number(x.unitStated) ||
        x.spread - y.spread ||
        Number(y.primary) - Number(x.primary) ||
        cmp(y.pub, x.pub) ||
        orderCmp(x.rep, y.rep),
    );
  const best = ranked[0]!;
  const second = ranked[1];
  let rationale: string;
  if (!second) {
    rationale = status === 'corroborated' ? `stated alike by ${n(sources.size)}` : 'stated by one source';
  } else if (status === 'superseded') {
    rationale =
      best.planned === second.planned
        ? `a current state: the more recent brief (${best.pub || 'undated'}) replaces the earlier statement (${second.pub || 'undated'})`
        : 'what happened replaces what was planned';
  } else if (best.planned !== second.planned) {
    rationale = 'a stated happening over a plan';
  } else if (recentFirst && best.pub !== second.pub) {
    rationale = `a current state: the more recent brief (${best.pub || 'undated'}) over the earlier one (${second.pub || 'undated'})`;
  } else if (best.support !== second.support) {
    rationale = `backed by more independent briefs (${best.support} against ${second.support})`;
  } else if (best.inferred !== second.inferred) {
    rationale = 'the more specific statement: stated in the text rather than inferred from context';
  } else if (best.unitStated !== second.unitStated) {
    rationale = 'the more specific statement: its unit is stated with the number (the other takes it from a caption or context)';
  } else if (best.spread !== second.spread) {
    rationale = 'the more specific value';
  } else if (best.primary !== second.primary) {
    rationale = `a primary statement (its sentence is about this fact, ${where(best.g)}) over a passing mention (${where(second.g)})`;
  } else if (best.pub !== second.pub) {
    rationale =
      kind === 'historical'
        ? `equal in sources, precision and role; the more recent brief (${best.pub || 'undated'}) is taken, a weak ground for a one-time historical fact`
        : `from the more recent brief (${best.pub || 'undated'})`;
  } else {
    rationale = 'first in source order (no other ground to choose)';
  }
  if (kind === 'historical' && second && rationale.startsWith('a primary statement')) {
    rationale += '; equal in sources and precision (the more recent brief is no ground for a one-time historical fact)';
  }
  if (status === 'compatible') {
    rationale += diagnosis === 'granularity' ? '; the other values are the same at a coarser granularity' : '; the other values agree within rounding or their qualifiers (about, more than ...)';
  }
  if (why) rationale += `; ${why}`;
  if (status === 'conflict' && diagnosis === 'unit') {
    const scale = bad.find((r) => r.rel === 'scale');
    if (scale) {
      rationale += `; probable unit or scale error: ${describe(scale.a.rep)} (${where(scale.a)}) and ${describe(scale.b.rep)} (${where(scale.b)}) agree only at a factor of a thousand or more; both readings kept`;
    } else {
      const u = bad.find((r) => r.rel === 'unit')!;
      const x = u.a.rep.value as NumberValue;
      const y = u.b.rep.value as NumberValue;
      rationale += `; different units: ${describe(u.a.rep)} (${where(u.a)}) against ${describe(u.b.rep)} (${where(u.b)})`;
      const cross = crossReading(x, y);
      if (cross) {
        const approx = cross.exact ? '' : 'about ';
        rationale += `; read in ${y.unit}, ${describe(u.a.rep)} is ${approx}${describeValue(cross.aAsB, 'figure')}: the two readings ${cross.agree ? 'agree' : 'do not agree'}${cross.exact ? '' : ' (an approximate conversion)'}; both readings kept`;
      } else {
        rationale += '; the units do not convert; both readings kept';
      }
    }
  }
  return { status, diagnosis, preferred: { value: best.rep.value, rationale } };
}

/**
 * A claim with absent states ("X has no embassy in Y" as of a brief's date) and, maybe, the
 * happening they are about. Compared with the briefs' dates in mind: a happening dated after
 * every absent state's date changed the state (superseded: the happening is preferred); a
 * happening dated before or on an absent state's date contradicts it (conflict, disagreement).
 */
function judgeAbsent(items: Item[], kind: ClaimKind): Judgement {
  const absent = items.filter((i) => i.absent);
  const happened = items.filter((i) => !i.absent && !i.planned);
  const planned = items.filter((i) => !i.absent && i.planned);
  const srcs = (xs: Item[]) => [...new Set(xs.map((i) => i.row.source))].sort(cmp).join(', ');
  const absDates = [...new Set(absent.map((i) => (i.value as DateValue).value))].sort(cmp);
  if (happened.length === 0) {
    const sources = new Set(absent.map((i) => i.row.source));
    const latest = absent.reduce((a, b) => (cmp((b.value as DateValue).end, (a.value as DateValue).end) > 0 ? b : a));
    let rationale =
      sources.size > 1
        ? `stated as not existing by ${n(sources.size)} (${srcs(absent)}), as of ${absDates.join(', ')}; the latest state is taken`
        : `stated as not existing as of ${absDates.join(', ')} (one source)`;
    if (planned.length > 0) rationale += `; a plan for it (${srcs(planned)}) does not contradict the state`;
    return { status: sources.size > 1 ? 'corroborated' : 'single', diagnosis: null, preferred: { value: latest.value, rationale } };
  }
  const base = judge([...happened, ...planned], false, kind);
  const time = (d: string) => Date.parse(d + 'T00:00:00Z');
  // pairs of an absent state and a happening dated before or on its date
  const clashes: [Item, Item][] = [];
  for (const a of absent) {
    const ad = a.value as DateValue;
    for (const h of happened) if (time((h.value as DateValue).start) <= time(ad.end)) clashes.push([a, h]);
  }
  const trig = (h: Item) => ((h.row as EventRow).trigger ?? '').trim() || 'happened';
  if (clashes.length > 0) {
    const [a, h] = clashes[0]!;
    const ad = (a.value as DateValue).value;
    const hd = (h.value as DateValue).value;
    const order = time((h.value as DateValue).end) < time((a.value as DateValue).start) ? 'before' : 'on or around';
    const why =
      `a disagreement in time: ${a.row.source} says none as of ${ad}; ${h.row.source} says "${trig(h)}" in ${hd}, ` +
      `${order} that date; the dated happening is preferred over the statement of absence`;
    return {
      status: 'conflict',
      diagnosis: 'disagreement',
      preferred: { value: base.preferred.value, rationale: `${base.preferred.rationale}; ${why}` },
    };
  }
  const first = happened.reduce((x, y) => (cmp((y.value as DateValue).start, (x.value as DateValue).start) < 0 ? y : x));
  const why =
    `the state changed: ${srcs(absent)} says none as of ${absDates.join(', ')}; ${srcs(happened)} says "${trig(first)}" in ` +
    `${(first.value as DateValue).value}, after that date: the later happening supersedes the earlier state`;
  if (base.status === 'conflict') {
    return { status: 'conflict', diagnosis: base.diagnosis, preferred: { value: base.preferred.value, rationale: `${base.preferred.rationale}; ${why}` } };
  }
  return { status: 'superseded', diagnosis: null, preferred: { value: base.preferred.value, rationale: why } };
}

// ------------------------------------------------------------------ scale cross-check

interface Part {
  key: ClaimKey;
  items: Item[];
  currentState: boolean;
  kind: ClaimKind;
}

/** A single precise figure (three or more significant digits) for a period, or null. */
function preciseFigure(p: Part): { it: Item; v: number; period: string } | null {
  if (p.items.length !== 1 || p.items[0]!.kind !== 'figure') return null;
  const it = p.items[0]!;
  const nv = it.value as NumberValue;
  const v = nv.value;
  const period = nv.date?.value;
  if (typeof v !== 'number' || !Number.isFinite(v) || v === 0 || !period) return null;
  if (precisionOf(v) / Math.abs(v) > 0.01) return null;
  return { it, v, period };
}

function mantissa(v: number): number {
  const a = Math.abs(v);
  return Math.round(a / Math.pow(10, Math.floor(Math.log10(a)) - 2));
}

/**
 * Units and scale across keys: two single figures from different briefs, for the same period
 * and unit, sharing an entity, whose precise values match only at a factor of a thousand (or a
 * million) are one statement read with a wrong unit (a table captioned "million dollars" whose
 * cells are thousands): they become one claim, a conflict diagnosed "unit", both readings kept.
 */
function mergeScaleMatches(parts: Part[]): Part[] {
  const buckets = new Map<string, number[]>();
  const info = parts.map(preciseFigure);
  info.forEach((x, i) => {
    if (!x) return;
    const k = `${x.period}\u0000${(x.it.value as NumberValue).unit}\u0000${mantissa(x.v)}`;
    const l = buckets.get(k);
    if (l) l.push(i);
    else buckets.set(k, [i]);
  });
  const pairs: { i: number; j: number; diff: number }[] = [];
  info.forEach((x, i) => {
    if (!x) return;
    const nx = x.it.value as NumberValue;
    const m = mantissa(x.v);
    for (const mm of [m - 1, m, m + 1]) {
      for (const j of buckets.get(`${x.period}\u0000${nx.unit}\u0000${mm}`) ?? []) {
        if (j <= i) continue;
        const y = info[j]!;
        if (y.it.row.source === x.it.row.source) continue;
        const sy = new Set(parts[j]!.key.subject);
        if (!parts[i]!.key.subject.some((n) => sy.has(n))) continue;
        const ny = y.it.value as NumberValue;
        for (const f of [1e3, 1e6, 1e-3, 1e-6]) {
          const rel = compareNumbers({ ...nx, value: x.v * f }, { ...ny, approx: ny.approx });
          if (rel === 'same' || rel === 'rounding') {
            pairs.push({ i, j, diff: Math.abs(x.v * f - y.v) / Math.abs(y.v) });
            break;
          }
        }
      }
    }
  });
  if (pairs.length === 0) return parts;
  pairs.sort((a, b) => a.diff - b.diff || a.i - b.i || a.j - b.j);
  const used = new Set<number>();
  const merged = new Map<number, Part>();
  for (const { i, j } of pairs) {
    if (used.has(i) || used.has(j)) continue;
    used.add(i);
    used.add(j);
    const [a, b] = [parts[i]!, parts[j]!];
    // the more specific key (more names) names the merged claim
    const key = b.key.subject.length > a.key.subject.length ? b.key : a.key;
    merged.set(i, { key, items: [...a.items, ...b.items], currentState: false, kind: 'historical' });
  }
  const out: Part[] = [];
  parts.forEach((p, i) => {
    if (merged.has(i)) out.push(merged.get(i)!);
    else if (!used.has(i)) out.push(p);
  });
  return out;
}

// ------------------------------------------------------------------ main

function claimOf(part: Part, key: ClaimKey = part.key): Claim {
  const ordered = [...part.items].sort((a, b) => orderCmp(a, b));
  const j = ordered.some((i) => i.absent) ? judgeAbsent(ordered, part.kind) : judge(ordered, part.currentState, part.kind);
  return {
    id: stableId('clm', key.subject.join('\u0001'), key.predicate, key.qualifier ?? ''),
    key,
    status: j.status,
    diagnosis: j.diagnosis,
    claims: ordered.map(evidence),
    preferred: j.preferred,
  };
}

/** How facts are grouped before they are compared: one group per claim key. */
interface Group {
  key: ClaimKey;
  /** One-time thing: values are compared (partition); else repeatable happenings (cluster). */
  once: boolean;
  currentState: boolean;
  kind: ClaimKind;
  /** Counts of things done at a happening: the qualifier is the happening's date. */
  eventDated: boolean;
  items: Item[];
}

/** The group key of a claim key: subject, predicate and qualifier. */
export function groupKeyOf(key: ClaimKey): string {
  return `${key.subject.join('\u0001')}\u0000${key.predicate}\u0000${key.qualifier ?? ''}`;
}

/** The sentence around a fact, or its quote when the source text is not at hand. */
function sentenceOf(row: EventRow | FigureRow, text: string | undefined): string {
  if (text !== undefined && row.span.end <= text.length) return sentenceAround(text, row.span.start, row.span.end).text;
  return row.quote ?? '';
}

function roleOf(row: EventRow | FigureRow, text: string | undefined): boolean {
  if (text === undefined || row.span.end > text.length || text.slice(row.span.start, row.span.end) !== row.quote) return true;
  return statementRole(text, row.span.start, row.span.end) === 'primary';
}

/**
 * What reconcile reads from one fact alone (with its source's text and date): its claim key and
 * the traits judging uses. A pure function of the row, the text and the document date, so it
 * can be computed where the fact is made (an analysis worker) and reused: see factKeys.
 */
export interface FactKeyInfo {
  key: ClaimKey;
  once: boolean;
  currentState: boolean;
  kind: ClaimKind;
  eventDated: boolean;
  primary: boolean;
  host: string | null;
  count: number | null;
  words: string[];
  role: PeriodRole | null;
}

/**
 * Key infos of facts, by factKeyId. Ids are stable hashes of a version's content and the fact's
 * span and rule, and the source id is part of the name, so within one run (one version of the
 * rules) an entry stands for exactly the fact of that name.
 */
export type FactKeys = Pick<ReadonlyMap<string, FactKeyInfo>, 'get'>;

/** The name of a fact in FactKeys: kind, source, version (sha256) and id. */
export function factKeyId(kind: 'event' | 'figure', row: EventRow | FigureRow): string {
  return `${kind}\u0000${row.source}\u0000${row.sha256}\u0000${row.id}`;
}

function eventInfo(e: EventRow, text: string | undefined): FactKeyInfo {
  const k = eventKey(e, text);
  return {
    key: k.key,
    once: k.once,
    currentState: false,
    kind: k.once ? 'historical' : 'happening',
    eventDated: false,
    primary: roleOf(e, text),
    host: e.type === 'visit' ? (hostFromQuote(e.quote ?? '', e.actors ?? []) ?? placeCountry(e.where)) : null,
    count: e.type === 'agreement' ? statedCount(sentenceOf(e, text)) : null,
    words: [],
    role: null,
  };
}

function figureInfo(f: FigureRow, text: string | undefined, published: string | null): FactKeyInfo {
  const k = figureKey(f, published);
  return {
    key: k.key,
    once: true,
    currentState: k.currentState,
    kind: k.currentState ? 'current' : k.role === 'event' ? 'happening' : 'historical',
    eventDated: k.role === 'event',
    primary: roleOf(f, text),
    host: null,
    count: null,
    words: k.words,
    role: k.role,
  };
}

/**
 * Every fact with its group, in a stable order. `known`: key infos computed before (factKeys)
 * for some facts; `record`: receives the key info of every fact.
 */
function groupFacts(facts: FactSet, known?: FactKeys, record?: Map<string, FactKeyInfo>): Group[] {
  const published = facts.published ?? {};
  const texts = facts.texts ?? {};
  const groups = new Map<string, Group>();
  const add = (info: FactKeyInfo, it: Item) => {
    const k = groupKeyOf(info.key);
    const have = groups.get(k);
    if (have) have.items.push(it);
    else groups.set(k, { key: info.key, once: info.once, currentState: info.currentState, kind: info.kind, eventDated: info.eventDated, items: [it] });
  };
  const infoOf = (kind: 'event' | 'figure', row: EventRow | FigureRow, make: () => FactKeyInfo): FactKeyInfo => {
    if (!known && !record) return make();
    const id = factKeyId(kind, row);
    const info = known?.get(id) ?? make();
    record?.set(id, info);
    return info;
  };

  for (const e of facts.events) {
    if (!e.date || typeof e.date.start !== 'string' || typeof e.date.end !== 'string') continue;
    const info = infoOf('event', e, () => eventInfo(e, texts[e.source]));
    add(info, {
      kind: 'event',
      row: e,
      value: e.state === 'absent' ? ({ ...e.date, state: 'absent' } as DateValue) : e.date,
      planned: e.planned === true,
      inferred: e.date.inferred === true,
      published: published[e.source] ?? null,
      primary: info.primary,
      host: info.host,
      count: info.count,
      words: info.words,
      role: info.role,
      absent: e.state === 'absent',
    });
  }
  for (const f of facts.figures) {
    const info = infoOf('figure', f, () => figureInfo(f, texts[f.source], published[f.source] ?? null));
    add(info, {
      kind: 'figure',
      row: f,
      value: { value: f.value, unit: f.unit, approx: f.approx, date: f.date },
      planned: false,
      inferred: f.date?.inferred === true,
      published: published[f.source] ?? null,
      primary: info.primary,
      host: info.host,
      count: info.count,
      words: info.words,
      role: info.role,
      absent: false,
    });
  }
  return [...groups.entries()].sort((a, b) => cmp(a[0], b[0])).map(([, g]) => g);
}

/** The most specific date among items (figures: their periods). */
function mostSpecificDate(items: Item[]): DateValue | null {
  let best: DateValue | null = null;
  for (const it of items) {
    const d = it.kind === 'event' ? (it.value as DateValue) : (it.value as NumberValue).date;
    if (d && (!best || days(d) < days(best) || (days(d) === days(best) && cmp(d.value, best.value) < 0))) best = d;
  }
  return best;
}

function partsOf(g: Group): Part[] {
  const absent = g.items.filter((i) => i.absent);
  if (absent.length === 0) return happeningParts(g);
  const parts = happeningParts({ ...g, items: g.items.filter((i) => !i.absent) });
  // An absent state meets the happenings of its key when the key names what (an object: "embassy
  // in X", "diplomatic relations"); it joins the part whose happening lies nearest in time.
  const keyed = g.key.subject.length > 0 && /: /.test(g.key.predicate) && !/: (?:several|unkeyed)$/.test(g.key.predicate);
  const latest = absent.map((i) => (i.value as DateValue).end).sort(cmp).pop()!;
  let home: Part | null = null;
  let bestGap = Infinity;
  for (const p of keyed ? parts : []) {
    const happened = p.items.filter((i) => !i.planned);
    if (happened.length === 0) continue;
    const d = judge(happened, false).preferred.value as DateValue;
    const gapDays = Math.abs(Date.parse(d.start + 'T00:00:00Z') - Date.parse(latest + 'T00:00:00Z'));
    const gap = Number.isFinite(gapDays) ? gapDays : Number.MAX_SAFE_INTEGER;
    if (gap < bestGap) {
      bestGap = gap;
      home = p;
    }
  }
  if (home) {
    home.items = [...home.items, ...absent];
    return parts;
  }
  // nothing happened under this key (as far as the briefs tell): the state stands alone
  return [...parts, { key: { ...g.key, qualifier: g.key.qualifier ? `${g.key.qualifier} none` : 'none' }, items: absent, currentState: false, kind: g.kind }];
}

function happeningParts(g: Group): Part[] {
  if (g.items.length === 0) return [];
  const split = g.once ? partition(g.items) : cluster(g.items);
  return split.map((items) => {
    let key = g.key;
    if (g.eventDated) {
      // documents signed at a happening: told apart by the happening's date
      const d = mostSpecificDate(items);
      key = { ...g.key, qualifier: d ? d.value : 'undated' };
      if (split.filter((x) => mostSpecificDate(x)?.value === d?.value).length > 1) {
        const v = describeValue(judge(items, false).preferred.value, 'figure');
        key = { ...key, qualifier: `${key.qualifier} ${v}` };
      }
    } else if ((g.key.predicate.endsWith(': several') || g.key.predicate.endsWith(': unkeyed')) && split.length === 1) {
      // several happenings at once: the stated period is the qualifier already
    } else if (!g.once || split.length > 1) {
      // several happenings (or things) under one key: the preferred value tells them apart
      const j = judge(items, false);
      let v = describeValue(j.preferred.value, items[0]!.kind);
      const hosts = [...new Set(items.map((i) => i.host).filter((h): h is string => h !== null))];
      if (hosts.length === 1) v += ` to ${hosts[0]}`;
      key = { ...g.key, qualifier: g.key.qualifier ? `${g.key.qualifier} ${v}` : v };
    }
    return { key, items, currentState: g.currentState, kind: g.kind };
  });
}

/**
 * The version of the grouping rules (claim keys): stored with each version's fact groups, so
 * a database grouped by other rules is reconciled in full once. Bump the revision when the key
 * rules change; the lexicon data is hashed in.
 */
export const GROUPS_VERSION: string = stableId(
  'keys',
  'rev-6',
  JSON.stringify(EVENT_OBJECTS.map((o) => [o.name, o.once, o.located ?? false, o.patterns.map(String)])),
  JSON.stringify([...STOP_WORDS, '|', ...GENERIC_MEASURE_WORDS, '|', ...CORE_MEASURE_WORDS, '|', ...PLURAL_EVENT_NOUNS]),
  JSON.stringify([TOKEN_SYNONYMS, CAPITALS, [...EVENT_COUNT_HEADS], [...REPEATABLE_TYPES], [...DIRECTIONAL_HEADS]]),
  String(VAGUE_QUANTIFIER) + String(ENDING_TRIGGER),
);

export type { FactGroup };

/**
 * The group of every fact (what incremental reconciliation stores): reconciling the facts of a
 * set of groups that is closed under shared scale buckets (mantissas within one of each other,
 * same scale) gives exactly the claims a full reconcile gives for those groups.
 */
export function factGroups(facts: FactSet): FactGroup[] {
  return groupsOfGroups(groupFacts(facts));
}

/**
 * factGroups, and the key info of every fact: given to reconcile (`known`), it spares computing
 * the keys again (reconcile gives the same claims with or without it).
 */
export function factKeys(facts: FactSet): { groups: FactGroup[]; keys: Map<string, FactKeyInfo> } {
  const keys = new Map<string, FactKeyInfo>();
  return { groups: groupsOfGroups(groupFacts(facts, undefined, keys)), keys };
}

function groupsOfGroups(grouped: Group[]): FactGroup[] {
  const out: FactGroup[] = [];
  for (const g of grouped) {
    const group = groupKeyOf(g.key);
    for (const it of g.items) {
      let scale: string | null = null;
      let mant: number | null = null;
      if (it.kind === 'figure') {
        const nv = it.value as NumberValue;
        const v = nv.value;
        const period = nv.date?.value;
        if (typeof v === 'number' && Number.isFinite(v) && v !== 0 && period && precisionOf(v) / Math.abs(v) <= 0.01) {
          scale = `${period}\u0000${nv.unit}`;
          mant = mantissa(v);
        }
      }
      out.push({ factKind: it.kind, factId: it.row.id, source: it.row.source, sha256: it.row.sha256, group, scale, mantissa: mant });
    }
  }
  return out.sort((a, b) => cmp(a.source, b.source) || cmp(a.factKind, b.factKind) || cmp(a.factId, b.factId));
}

/**
 * Every event and figure becomes evidence of a claim; each claim is judged (status, diagnosis,
 * preferred value with its rationale). Deterministic: the same facts in any order give the same
 * claims, with ids that depend on the key only.
 */
export function reconcile(facts: FactSet, ctx: RunContext, known?: FactKeys): Claim[] {
  void ctx;
  return claimsOfGroups(groupFacts(facts, known));
}

/** reconcile and factGroups in one pass over the facts (a full reconcile that stores groups). */
export function reconcileWithGroups(facts: FactSet, ctx: RunContext, known?: FactKeys): { claims: Claim[]; groups: FactGroup[] } {
  void ctx;
  const grouped = groupFacts(facts, known);
  return { claims: claimsOfGroups(grouped), groups: groupsOfGroups(grouped) };
}

function claimsOfGroups(grouped: Group[]): Claim[] {
  const parts = grouped.flatMap(partsOf);
  const claims: Claim[] = [];
  const ids = new Set<string>();
  for (const part of mergeScaleMatches(parts)) {
    let claim = claimOf(part);
    for (let k = 2; ids.has(claim.id); k++) {
      claim = claimOf(part, { ...part.key, qualifier: `${part.key.qualifier ?? ''}#${k}` });
    }
    ids.add(claim.id);
    claims.push(claim);
  }
  return claims;
}
