/**
 * Claim keys for events and figures: subject (sorted canonical names, capitals folded into
 * their countries), predicate, qualifier.
 */
import { GAZETTEER } from '../lexicon/gazetteer.js';
import { CURRENCY_CODES } from '../lexicon/units.js';
import type { ClaimKey, EventRow, FigureRow } from '../core/types.js';
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
  type EventObject,
} from './lexicon.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted unique canonical names; a capital stands for its country. */
export function canonSubject(names: string[]): string[] {
  return [...new Set(names.map((n) => CAPITALS[n] ?? n))].sort(cmp);
}

/** The country a person, city or region of the gazetteer belongs to (people: their first office's country). */
const HOME: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const e of GAZETTEER) {
    if (e.kind !== 'person' && e.kind !== 'city' && e.kind !== 'region') continue;
    const home = e.country ?? e.offices?.[0]?.of;
    if (home && home !== e.name) m.set(e.name, home);
  }
  return m;
})();

/**
 * The subject as countries and bodies: people, cities and regions stand for their country
 * ("Ilham Aliyev visited Tashkent" and "Azerbaijan's president visited Uzbekistan" meet).
 */
export function countrySubject(names: string[]): string[] {
  return canonSubject(names.map((n) => HOME.get(n) ?? n));
}

/** A light, deterministic stemmer for key words (plural, -ed, -ing), then synonyms. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (TOKEN_SYNONYMS[w]) return TOKEN_SYNONYMS[w]!;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  return TOKEN_SYNONYMS[w] ?? w;
}

function words(text: string): string[] {
  return text.match(/[\p{L}][\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** Key words of a phrase: stop words and generic words dropped, stemmed, synonyms folded. */
export function keyWords(text: string, drop: (w: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const lw = w.toLowerCase();
    if (STOP_WORDS.has(lw) || GENERIC_MEASURE_WORDS.has(lw) || drop(w)) continue;
    const s = stem(lw);
    if (STOP_WORDS.has(s) || GENERIC_MEASURE_WORDS.has(s) || s.length < 2) continue;
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** The kind of a unit: figures of different kinds never share a key. */
export function unitKind(unit: string): string {
  const slash = unit.indexOf('/');
  // rates meet whatever their time base ("barrels a day" and "tonnes a year" of one flow)
  if (slash > 0) return `${unitKind(unit.slice(0, slash))}/time`;
  if (CURRENCY_CODES.has(unit) || /^[A-Z]{3}$/.test(unit)) return 'money';
  if (['t', 'kg', 'bbl', 'm3', 'l', 'toe', 'boe', 'mt'].includes(unit)) return 'quantity';
  if (['km', 'm', 'mi'].includes(unit)) return 'length';
  if (['day', 'week', 'month', 'year', 'hour'].includes(unit)) return 'duration';
  if (['W', 'Wh', 'kWh', 'MWh', 'GWh', 'TWh', 'MW', 'GW', 'kW'].includes(unit)) return 'energy';
  return unit;
}

// ------------------------------------------------------------------ events

/**
 * The sentence around a span (at most 300 characters either side), and where the span sits in it.
 */
export function sentenceAround(text: string, start: number, end: number): { text: string; start: number; end: number } {
  // one fact asks for its sentence several times (key, role, stated count): the last answer is kept
  const last = lastSentence;
  if (last !== null && last.source === text && last.start === start && last.end === end) return { ...last.out };
  const out = findSentence(text, start, end);
  lastSentence = { source: text, start, end, out };
  return { ...out };
}

let lastSentence: { source: string; start: number; end: number; out: { text: string; start: number; end: number } } | null = null;

function findSentence(text: string, start: number, end: number): { text: string; start: number; end: number } {
  const lo = Math.max(0, start - 300);
  const hi = Math.min(text.length, end + 300);
  const region = text.slice(lo, hi);
  const boundary = /[.!?]["”’)\]]*\s+(?=[A-Z"“(\[])|\n\s*\n/g;
  let sStart = 0;
  let sEnd = region.length;
  for (const m of region.matchAll(boundary)) {
    const at = m.index ?? 0;
    const after = at + m[0].length;
    if (after <= start - lo) sStart = after;
    else if (at >= end - lo) {
      sEnd = at + 1;
      break;
    }
  }
  return { text: region.slice(sStart, sEnd), start: start - lo - sStart, end: end - lo - sStart };
}

/** EVENT_OBJECTS with their patterns made global once (matchAll needs the g flag). */
const OBJECT_PATTERNS: { obj: EventObject; patterns: RegExp[] }[] = EVENT_OBJECTS.map((obj) => ({
  obj,
  patterns: obj.patterns.map((p) => new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g')),
}));

/**
 * The object an event is about: the object named nearest to the trigger (within 100
 * characters) in `text`; the trigger is looked for inside [from, to) (default: all of text).
 */
export function findObject(text: string, trigger: string, from = 0, to = text.length): EventObject | null {
  const inner = text.slice(from, to).toLowerCase();
  const t = trigger ? inner.indexOf(trigger.toLowerCase()) : -1;
  const anchor = t >= 0 ? from + t : from;
  const tEnd = t >= 0 ? anchor + trigger.length : to;
  let best: { obj: EventObject; dist: number; order: number } | null = null;
  // every match (in pattern order) is compared: the nearest wins, ties go to the earlier object
  for (const { order, s, e } of objectMatches(text)) {
    const dist = e <= anchor ? anchor - e : s >= tEnd ? s - tEnd : 0;
    if (dist > 100) continue;
    if (!best || dist < best.dist || (dist === best.dist && order < best.order)) best = { obj: OBJECT_PATTERNS[order]!.obj, dist, order };
  }
  return best ? (best as { obj: EventObject }).obj : null;
}

/** Where each object pattern matches in a text; the last text's answer is kept (events share sentences). */
function objectMatches(text: string): { order: number; s: number; e: number }[] {
  if (lastObjects !== null && lastObjects.text === text) return lastObjects.matches;
  const matches: { order: number; s: number; e: number }[] = [];
  OBJECT_PATTERNS.forEach(({ patterns }, order) => {
    for (const re of patterns) {
      for (const m of text.matchAll(re)) {
        const s = m.index ?? 0;
        matches.push({ order, s, e: s + m[0].length });
      }
    }
  });
  lastObjects = { text, matches };
  return matches;
}

let lastObjects: { text: string; matches: { order: number; s: number; e: number }[] } | null = null;

/**
 * Key of an event. With the source text, the object is looked for in the sentence around the
 * event ("The commission ... was established in 1997"), else in the quote. The predicate is the
 * type, plus the object for one-time things and for kinds of happening that are not repeatable.
 */
export function eventKey(e: EventRow, sourceText?: string): { key: ClaimKey; once: boolean } {
  const subject = e.type === 'political' ? canonSubject(e.actors ?? []) : countrySubject(e.actors ?? []);
  let obj: EventObject | null;
  let vague: 'quantifier' | 'plural' | null;
  if (sourceText !== undefined && e.span && e.span.end <= sourceText.length) {
    const sent = sentenceAround(sourceText, e.span.start, e.span.end);
    obj = findObject(sent.text, e.trigger ?? '', sent.start, sent.end);
    vague = isVaguePlural(sent.text, e.trigger ?? '', sent.start, sent.end);
  } else {
    obj = findObject(e.quote ?? '', e.trigger ?? '');
    vague = isVaguePlural(e.quote ?? '', e.trigger ?? '');
  }
  if (subject.length === 0) {
    // nobody named: nothing to meet other statements on, a claim of its own
    return { key: { subject, predicate: `${e.type}: unkeyed`, qualifier: `${e.date?.value ?? 'undated'} @${e.source}#${e.id}` }, once: false };
  }
  const coarse = !e.date || !['day', 'month'].includes(e.date.granularity);
  // a visit or meeting dated by a span of years is several of them ("since 1993 ... visited")
  const spanYears = e.date && e.date.granularity === 'range' && e.date.start.slice(0, 4) !== e.date.end.slice(0, 4);
  if (spanYears && (e.type === 'visit' || e.type === 'meeting')) vague = vague ?? 'plural';
  if ((vague === 'quantifier' || (vague === 'plural' && coarse)) && REPEATABLE_TYPES.has(e.type)) {
    // "a few other visits", "visits in 2010": several happenings, never one of them
    // each such statement stands alone, unless another states the very same period
    return { key: { subject, predicate: `${e.type}: several`, qualifier: e.date?.value ?? 'undated' }, once: false };
  }
  const where = e.where ? (HOME.get(e.where) ?? CAPITALS[e.where] ?? e.where) : null;
  const repeatable = REPEATABLE_TYPES.has(e.type);
  if (obj && (obj.once || !repeatable)) {
    const located = obj.located === true;
    const ending = ENDING_TRIGGER.test(e.trigger ?? '') ? ' closed or suspended' : '';
    const predicate = `${e.type}: ${obj.name}${located && where ? ` in ${where}` : ''}${ending}`;
    const once = obj.once && !repeatable && subject.length > 0 && (!located || where !== null);
    return { key: { subject, predicate }, once };
  }
  return { key: { subject, predicate: e.type }, once: false };
}

/**
 * Does the trigger name several happenings at once: a quantifier before it ("a few",
 * "several", "numerous", "frequent", "reciprocal" ...), or a plural event noun ("visits",
 * "meetings", not "talks")? A plural with a day or month is one of a list ("state visits to X
 * (April 2023), Y (October 2022)"); the caller decides. The trigger is looked for in [from, to).
 */
export function isVaguePlural(text: string, trigger: string, from = 0, to = text.length): 'quantifier' | 'plural' | null {
  if (!trigger) return null;
  const inner = text.slice(from, to).toLowerCase();
  const t = inner.indexOf(trigger.toLowerCase());
  const at = t >= 0 ? from + t : from;
  const trig = t >= 0 ? text.slice(at, at + trigger.length) : trigger;
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase();
  if (VAGUE_QUANTIFIER.test(before)) return 'quantifier';
  // a count inside the trigger or right before it: "sent eight high-level missions", "3 visits"
  const counted = (countedPlural ??= new RegExp(
    `(?:^|\\s)${COUNT_WORD}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${[...PLURAL_EVENT_NOUNS].join('|')})\\b`,
    'u',
  ));
  const around = (text.slice(Math.max(0, at - 30), at) + trig + text.slice(at + trig.length, at + trig.length + 25)).toLowerCase();
  if (counted.test(around)) return 'quantifier';
  const after = text.slice(at + trig.length, at + trig.length + 40);
  // the trigger word itself, or the noun it leads ("visit" + "s" when the trigger was cut short)
  const word = (trig + (after.match(/^[\p{L}]*/u)?.[0] ?? '')).trim().toLowerCase().split(/\s+/).pop() ?? '';
  return PLURAL_EVENT_NOUNS.has(word) ? 'plural' : null;
}

/** A count before a plural event noun (built on first use: PLURAL_EVENT_NOUNS is data). */
let countedPlural: RegExp | null = null;

/** A cardinal number, in digits or words (two to twenty, dozens). */
const COUNT_WORD = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens\\s+of)';

/**
 * The country a visit goes to, read from its quote when the row does not say: "visit of A to
 * (the Republic of) B" names B among the actors (or a city of B).
 */
export function hostFromQuote(quote: string, actors: string[]): string | null {
  // every pattern below needs "to" before the name: a quote without the word names no host
  if (!/\bto\s/.test(quote)) return null;
  const names = new Map<string, string>();
  for (const a of actors) names.set(a, HOME.get(a) ?? CAPITALS[a] ?? a);
  const countries = new Set(names.values());
  for (const [city, country] of CAPITAL_ENTRIES) if (countries.has(country)) names.set(city, country);
  let best: { at: number; country: string } | null = null;
  for (const [name, country] of names) {
    const m = toName(name).exec(quote);
    if (m && (!best || m.index < best.at)) best = { at: m.index, country };
  }
  return best ? best.country : null;
}

const CAPITAL_ENTRIES: readonly [string, string][] = Object.entries(CAPITALS);

/** "to (the) (Republic of) NAME", compiled once per name. */
const TO_NAME = new Map<string, RegExp>();
function toName(name: string): RegExp {
  let re = TO_NAME.get(name);
  if (!re) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`\\bto\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?${esc}\\b`);
    if (TO_NAME.size < 10_000) TO_NAME.set(name, re);
  }
  return re;
}

/** The country a place stands for (a city or capital: its country), or the name itself. */
export function placeCountry(where: string | null | undefined): string | null {
  if (!where) return null;
  return HOME.get(where) ?? CAPITALS[where] ?? where;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/**
 * The number of documents a signing states in its sentence ("11 agreements were signed",
 * "nine documents"), or null.
 */
export function statedCount(text: string): number | null {
  const m = /\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreements?|documents?|memorand(?:a|ums?)|treaties|treaty|contracts?|protocols?|accords?|deals?)\b/iu.exec(
    text,
  );
  if (!m) return null;
  const w = m[1]!.toLowerCase();
  const n = NUMBER_WORDS[w] ?? Number(w.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/**
 * Is the fact at [start, end) the thing its sentence states (primary), or mentioned in passing:
 * inside parentheses, in a relative clause ("..., which was established in 1998"), or as a
 * participle after a noun ("the commission established in 1997 is ...")?
 */
export function statementRole(text: string, start: number, end: number): 'primary' | 'passing' {
  const sent = sentenceAround(text, start, end);
  const before = sent.text.slice(0, Math.max(0, sent.start));
  const opened = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
  if (opened > 0) return 'passing';
  const quote = sent.text.slice(Math.max(0, sent.start), sent.end);
  // the clause the fact opens, reaching back to the last comma or the sentence start
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (/\b(?:which|that|who|whom|whose|where)\b[^.]*$/i.test(clause) && !/^\s*(?:which|that)\b/i.test(quote)) return 'passing';
  if (/^\s*(?:\S+\s+){0,1}(?:which|who|whose)\b/i.test(quote)) return 'passing';
  // "the commission established in 1997": a past participle right after a noun, no auxiliary
  // (a participle followed by a preposition or a date, not a verb with its object: "A and B established relations")
  const lead = /^\s*(?:established|founded|created|set up|opened|signed|launched|formed|concluded|built)\s+(?:in|on|at|by|during|back|as|since|under|\d)/i;
  const q = lead.test(quote) ? quote : '';
  if (q && /[\p{L}]\s*$/u.test(before) && !/\b(?:was|were|is|are|been|be|being|has|have|had|formally|officially|first|then|later|finally)\s*$/i.test(before)) {
    return 'passing';
  }
  return 'primary';
}

// ------------------------------------------------------------------ figures

function fold(s: string): string {
  // plain ASCII has no marks to strip
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The capitals of each country (CAPITALS read the other way), in CAPITALS order. */
const CAPITALS_OF: ReadonlyMap<string, string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [city, country] of Object.entries(CAPITALS)) {
    const l = m.get(country);
    if (l) l.push(city);
    else m.set(country, [city]);
  }
  return m;
})();

/**
 * Does a word name one of these entities? A one-word name matches its first four letters
 * ("Norwegian" → Norway, "Kazakh" → Kazakhstan); a word of a longer name matches words it
 * begins ("Central Asian" → Central Asia).
 */
function nameMatcher(names: string[]): (w: string) => boolean {
  const prefixes: string[] = [];
  const exact = new Set<string>();
  for (const n of names.flatMap((x) => [x, ...(CAPITALS_OF.get(x) ?? [])])) {
    const parts = n.split(/\s+/).filter((p) => p.length > 0);
    if (parts.length === 1 && parts[0]!.length >= 4) prefixes.push(fold(parts[0]!).slice(0, 4));
    else for (const p of parts) (p.length >= 4 ? prefixes.push(fold(p)) : exact.add(fold(p)));
  }
  return (w: string) => {
    const lw = fold(w);
    return exact.has(lw) || prefixes.some((p) => lw.startsWith(p));
  };
}

/**
 * Origin and destination of a directional measure: "from A to B", "A's exports to B", or
 * "A invested" (the one entity named is the origin unless "to/into/in" precedes it); else
 * the order of mention. Without such a cue, the first-named of imports is the destination.
 */
function direction(text: string, names: string[], importer = false): [string, string] | null {
  if (names.length !== 2) return null;
  const ws = words(text);
  const pos = names.map((n) => {
    const is = nameMatcher([n]);
    return ws.findIndex((w) => is(w));
  });
  const [a, b] = names as [string, string];
  const [pa, pb] = pos as [number, number];
  const before = (i: number, cue: RegExp) => i > 0 && cue.test(ws[i - 1]!.toLowerCase());
  const FROM = /^(?:from|by)$/;
  const TO = /^(?:to|into|in)$/;
  if (pa < 0 && pb < 0) return null;
  if (pa < 0 || pb < 0) {
    const [named, other, p] = pa >= 0 ? [a, b, pa] : [b, a, pb];
    if (before(p, TO)) return [other, named];
    if (before(p, FROM)) return [named, other];
    return importer ? [other, named] : [named, other];
  }
  if (pa === pb) return null;
  if (before(pa, FROM) || before(pb, TO)) return [a, b];
  if (before(pb, FROM) || before(pa, TO)) return [b, a];
  const first: [string, string] = pa < pb ? [a, b] : [b, a];
  return importer ? [first[1], first[0]] : first;
}

/**
 * Exports and imports in one measure: a table caption "export and import ..." with a column
 * "Imports" is about imports; "exports and imports" alone is trade.
 */
function exportImport(measure: string, heads: string[]): string[] {
  if (!(heads.includes('export') && heads.includes('import'))) return heads;
  const comma = measure.lastIndexOf(',');
  const tail = comma >= 0 ? keyWords(measure.slice(comma + 1)) : [];
  const hasE = tail.includes('export');
  const hasI = tail.includes('import');
  if (hasE !== hasI) return heads.filter((h) => h !== (hasE ? 'import' : 'export'));
  return [...new Set(heads.map((h) => (h === 'export' || h === 'import' ? 'trade' : h)))];
}

/** Key words of a measure: the core measured things when it names any, else all key words. */
export function measureWords(measure: string, subject: string[]): string[] {
  const all = keyWords(measure, nameMatcher(subject));
  const core = all.filter((w) => CORE_MEASURE_WORDS.has(w));
  return core.length > 0 ? core : all;
}

/**
 * How a figure's period enters its key:
 * - period: a figure for a period ("trade in 2021"): the period is the qualifier, periods must
 *   be the same to meet;
 * - current: no period, or only the brief's own date (a present-tense "40 companies operate"):
 *   a current state, compared with the briefs' dates in mind;
 * - event: a count of things done at a happening ("20 agreements were signed on 3 April"):
 *   no period in the key, and periods that overlap meet (a day and its month);
 * - own: nothing to meet other statements on (no subject, no measure, or an undated count of
 *   things signed at some happening): a claim of its own.
 */
export type PeriodRole = 'period' | 'current' | 'event' | 'own';

export interface FigureKeyInfo {
  key: ClaimKey;
  currentState: boolean;
  role: PeriodRole;
  /** Every key word of the measure (not only the core ones), to tell different predicates. */
  words: string[];
}

/**
 * Key of a figure. `published`: the brief's own date; a period inferred as that date is no
 * period (the figure states a current state).
 */
export function figureKey(f: FigureRow, published?: string | null): FigureKeyInfo {
  const subject = countrySubject(f.entities ?? []);
  const kind = unitKind(f.unit);
  const asOfBrief = f.date?.inferred === true && !!published && f.date.value === published;
  const period = asOfBrief ? undefined : f.date?.value;
  const words = f.measure ? keyWords(f.measure, nameMatcher(subject)) : [];
  let heads = f.measure ? exportImport(f.measure, measureWords(f.measure, subject)).sort(cmp) : [];
  const counted = heads.length > 0 && heads.every((h) => EVENT_COUNT_HEADS.has(h)) && kind === 'count';
  if (subject.length === 0 || heads.length === 0 || (counted && !period && !asOfBrief)) {
    // nothing to meet other statements on: a claim of its own
    return {
      key: { subject, predicate: `${kind}: unkeyed`, qualifier: `${period ? period + ' ' : ''}@${f.source}#${f.id}` },
      currentState: false,
      role: 'own',
      words,
    };
  }
  let dir = '';
  if (heads.some((h) => DIRECTIONAL_HEADS.has(h))) {
    const importer = heads.includes('import') && !heads.includes('export');
    const d = direction(f.measure ?? '', subject, importer) ?? direction(f.quote ?? '', subject, importer);
    if (d) {
      dir = ` (${d[0]}→${d[1]})`;
      // A's imports from B are B's exports to A: one predicate, origin → destination
      heads = [...new Set(heads.map((h) => (h === 'import' ? 'export' : h)))].sort(cmp);
    }
  }
  const key: ClaimKey = { subject, predicate: `${heads.join(' ')}${dir} [${kind}]` };
  if (counted && period && !f.date?.inferred) {
    // documents signed at a happening: its date tells happenings apart, not the key
    key.predicate = `${heads.join(' ')}${dir} signed [${kind}]`;
    return { key, currentState: false, role: 'event', words };
  }
  if (period) key.qualifier = period;
  return { key, currentState: !period, role: period ? 'period' : 'current', words };
}
