/**
 * Learned ACTORS step: for each event row, the candidates are the rules' actors together with
 * the entities named in the row's sentence, the countries of the persons, places and companies
 * named there (lexicon/gazetteer.ts through resolve/entities.ts), and two context candidates: the
 * two countries a pair cue stands for ("the two countries", "both sides", "the sides",
 * "bilateral": the two its paragraph names most) and, for a sentence that names no country, the
 * country its paragraph names most. A binary logistic model (src/lexicon/models/actors.ts, trained
 * by src/eval/train-actors.ts) gives each candidate P(actor) from general cues: in the rules' list
 * or not and where it stands there, entity kind, side of and token distance to the trigger, same
 * clause, inside the quote, the words around the mention (between, with, to, possessive 's, a
 * title), whether another row's trigger of the sentence is nearer (or its quote holds the mention),
 * number words, group nouns and pair cues of the sentence, whether it names a country, counts of
 * countries and candidates, a country's rank in the brief, a person whose country is a candidate,
 * where a carried actor was last named, event type and rule.
 *
 * It runs after the dated step (it is trained on the rows the committed steps give). What the
 * model may change is set by ACTORS_OPTIONS (Decisions: a threshold per field and entity kind,
 * chosen on leave-one-set-out CV by src/eval/train-actors.ts to maximise actor F1 with precision
 * held; a kind without one is left as it is):
 * - rule rows: drop a rules' actor the sentence does not name (drop: carried, group or route
 *   parties, a place's country; the unnamed countries of a row decided together by their mean
 *   probability), add an entity the sentence names (add); dropNamed, addFar and addCtx exist, the
 *   shipped decisions leave them off;
 * - the dated step's rows (actors: every entity from the sentence start to the clause end): drop
 *   any of them, add an entity named later in the sentence, the country of a person, place or
 *   company named, or a context country (datedDrop, datedAdd, datedAddFar, datedAddCtx).
 * A row the rules gave actors keeps at least one of them. The rules' actors it keeps stay in
 * their order, the added ones follow in text order; names are the ones the rows already use
 * (canonical or the brief's spelling). A changed row's rule id ends in `+learned/actors`. A row's
 * sentence is the segment stage's (doc.sentences through resolve/sentences.ts).
 */
import type { EntityKind, EventRow, MentionRow, ResolvedDoc, Span } from '../core/types.js';
import { actorKey, gazetteerEntry } from '../lexicon/gazetteer.js';
import { ACTORS_MODEL, ACTORS_OPTIONS } from '../lexicon/models/actors.js';
import { countryOf, entityKindOf } from './entities.js';
import { DATED_RULE } from './learned-dated.js';
import type { LearnedStep } from './learned.js';
import { probabilityOf, type LinearModel } from './linear.js';
import { lowerBound } from '../core/search.js';
import { sentenceIndexAt, sentenceUnits } from './sentences.js';

// ------------------------------------------------------------------ candidates

export type CandidateSource = 'rule' | 'sent' | 'prev' | 'prevrow' | 'near' | 'main' | 'of-person' | 'of-place' | 'of-company' | 'pair' | 'para';

export interface ActorCandidate {
  /** The name the row would carry (the rules' spelling when they use one). */
  name: string;
  key: string;
  kind: EntityKind | 'unknown';
  sources: Set<CandidateSource>;
  /** Index in the rules' list (-1 when the rules left it out). */
  ruleIndex: number;
  /** Its mentions in the row's sentence (original coordinates). */
  spans: Span[];
  /** Mention rules of those mentions. */
  mentionRules: Set<string>;
  /** Names of the entities it was derived from (a person's country: the person). */
  from: string[];
}

/** What the step computes once per document. */
export interface DocContext {
  text: string;
  /** The sentence units (sentences.ts: the segment stage's sentences, headings and table rows). */
  sents: Span[];
  mentions: MentionRow[];
  kindOf: Map<string, EntityKind>;
  /** Mentions per canonical name. */
  counts: Map<string, number>;
  /** The brief's most-mentioned country. */
  mainCountry: string | null;
  /** Canonical name → the brief's spelling its rows carry. */
  spelling: Map<string, string>;
  /** Rank of each country (by key) among the brief's countries by mentions (1 = most). */
  countryRank: Map<string, number>;
  /** For each row, the actor keys of the row before it in text order. */
  prevRowActors: Map<EventRow, Set<string>>;
  /** For each row, the actors of the row before it in text order. */
  prevRowNames: Map<EventRow, string[]>;
  /** The rows with their trigger spans, by trigger start. */
  triggers: { row: EventRow; span: Span }[];
  /** The cues of each row sentence already read (by "start:end"). */
  sentCues: Map<string, SentenceCues>;
  /** The mentions of each name key (the rows' spelling's), in `mentions` order; made when first needed. */
  byKey?: Map<string, MentionRow[]>;
}

/** Number words, group nouns and a pair cue of a sentence. */
interface SentenceCues {
  num: RegExpExecArray | null;
  grp: RegExpExecArray | null;
  pair: boolean;
}

function sentenceCues(ctx: DocContext, sent: Span): SentenceCues {
  const k = `${sent.start}:${sent.end}`;
  let c = ctx.sentCues.get(k);
  if (!c) {
    const stext = ctx.text.slice(sent.start, sent.end);
    c = { num: NUM_RE.exec(stext), grp: GROUP_RE.exec(stext), pair: PAIR_RE.test(stext) };
    ctx.sentCues.set(k, c);
  }
  return c;
}

const KEYS = new Map<string, string>();

/** A name's key: case, accents, punctuation and spaces ignored; Turkey = Türkiye (as the scorer compares). */
export function nameKey(name: string): string {
  let k = KEYS.get(name);
  if (k === undefined) {
    if (KEYS.size > 20000) KEYS.clear();
    k = actorKey(name);
    KEYS.set(name, k);
  }
  return k;
}


export function docContext(doc: ResolvedDoc): DocContext {
  const text = doc.source.text;
  const kindOf = new Map<string, EntityKind>();
  const spelling = new Map<string, string>();
  for (const e of doc.entities) {
    kindOf.set(e.name, e.kind);
  }
  const rowNames = new Set(doc.events.flatMap((r) => r.actors));
  for (const e of doc.entities) {
    if (rowNames.has(e.name)) continue;
    const alias = e.aliases.find((a) => rowNames.has(a));
    if (alias) {
      spelling.set(e.name, alias);
      kindOf.set(alias, e.kind);
    }
  }
  const counts = new Map<string, number>();
  for (const m of doc.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  let mainCountry: string | null = null;
  let best = 0;
  for (const [n, c] of counts) if (kindOfName(kindOf, n) === 'country' && c > best) [mainCountry, best] = [n, c];
  const mentions = [...doc.mentions].sort((a, b) => a.span.start - b.span.start);
  const countryRank = new Map<string, number>();
  [...counts]
    .filter(([n]) => kindOfName(kindOf, n) === 'country')
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .forEach(([n], i) => countryRank.set(nameKey(spelling.get(n) ?? n), i + 1));
  const prevRowActors = new Map<EventRow, Set<string>>();
  const ordered = [...doc.events].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const prevRowNames = new Map<EventRow, string[]>();
  ordered.forEach((r, i) => {
    prevRowNames.set(r, i > 0 ? ordered[i - 1]!.actors : []);
    prevRowActors.set(r, new Set(prevRowNames.get(r)!.map(nameKey)));
  });
  const triggers = doc.events.map((row) => ({ row, span: triggerSpan(row) })).sort((a, b) => a.span.start - b.span.start);
  return { text, sents: sentenceUnits(doc), mentions, kindOf, counts, mainCountry, spelling, countryRank, prevRowActors, prevRowNames, triggers, sentCues: new Map() };
}

function kindOfName(kindOf: Map<string, EntityKind>, name: string): EntityKind | 'unknown' {
  return kindOf.get(name) ?? entityKindOf(name) ?? 'unknown';
}

/** Where the row's trigger stands (its first occurrence in the quote, else the row's span). */
export function triggerSpan(row: EventRow): Span {
  const t = row.trigger ?? '';
  const i = t ? row.quote.indexOf(t) : -1;
  if (i >= 0) return { start: row.span.start + i, end: row.span.start + i + t.length };
  return row.span;
}

/** The row's sentence: from the sentence of its trigger, stretched over the whole row span. */
export function rowSentence(ctx: DocContext, row: EventRow): { span: Span; index: number } {
  const trig = triggerSpan(row);
  const i = sentenceIndexAt(ctx.sents, trig.start);
  const a = sentenceIndexAt(ctx.sents, row.span.start);
  const b = sentenceIndexAt(ctx.sents, Math.max(row.span.start, row.span.end - 1));
  const lo = Math.min(i, a);
  const hi = Math.max(i, b);
  return { span: { start: ctx.sents[lo]!.start, end: ctx.sents[hi]!.end }, index: lo };
}

function mentionsIn(ctx: DocContext, span: Span): MentionRow[] {
  const ms = ctx.mentions;
  const out: MentionRow[] = [];
  for (let i = lowerBound(ms.length, (j) => ms[j]!.span.start < span.start); i < ms.length; i++) {
    const m = ms[i]!;
    if (m.span.start >= span.end) break;
    out.push(m);
  }
  return out;
}

export interface CandidateOptions {
  /** Also the entities of the sentence before (same paragraph). */
  prev?: boolean;
  /** Also the countries of persons, places and companies named. */
  derived?: boolean;
  /** Also the brief's most-mentioned country. */
  main?: boolean;
  /** Also the actors of the row before (in text order). */
  prevRow?: boolean;
  /** Also the countries named in this many sentence units before the row's (0: none). */
  near?: number;
  /**
   * Also, when the sentence speaks of two parties without naming both ("the two countries", "both
   * sides", "the sides", "bilateral"), the two countries its paragraph names most (up to the
   * sentence's end; the paragraphs before when it names fewer than two).
   */
  pair?: boolean;
  /** Also, when the sentence names no country, the country its paragraph names most. */
  para?: boolean;
}

/** A sentence speaking of two parties without naming them one by one. */
export const PAIR_RE =
  /\b(?:the two|both)\s+(?:[\p{L}-]+\s+)?(?:countries|states|sides|governments|leaders|presidents|ministers|capitals|neighbou?rs|republics|nations|delegations|heads of state|parties|partners|railways|companies|operators)\b|\bthe (?:two )?sides\b|\bbilateral(?:ly)?\b|\beach other\b/iu;

const PARA_BREAK = /\n[ \t]*\n/g;

/** The paragraph around a position: between the blank lines around it. */
export function paragraphAt(text: string, pos: number): Span {
  const breaks = paragraphBreaks(text);
  // the last break that ends at or before pos starts the paragraph; the first that begins at or after pos ends it
  const k = lowerBound(breaks.length, (j) => breaks[j]!.end <= pos);
  const start = k > 0 ? breaks[k - 1]!.end : 0;
  const e = lowerBound(breaks.length, (j) => breaks[j]!.start < pos);
  return { start, end: e < breaks.length ? breaks[e]!.start : text.length };
}

let breaksOf: { text: string; breaks: Span[] } | null = null;

/** The blank-line breaks of a text, in order (kept for the last text asked about). */
function paragraphBreaks(text: string): Span[] {
  if (breaksOf?.text !== text) {
    const breaks: Span[] = [];
    PARA_BREAK.lastIndex = 0;
    for (let m = PARA_BREAK.exec(text); m; m = PARA_BREAK.exec(text)) breaks.push({ start: m.index, end: m.index + m[0].length });
    breaksOf = { text, breaks };
  }
  return breaksOf.breaks;
}

/** Countries named in a span, most named first (ties: first named first). */
function countriesIn(ctx: DocContext, span: Span): string[] {
  const n = new Map<string, number>();
  for (const m of mentionsIn(ctx, span)) if (kindOfName(ctx.kindOf, m.entity) === 'country') n.set(m.entity, (n.get(m.entity) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/** The two countries a pair cue of the row's sentence stands for (empty: no cue, or fewer than two). */
export function pairCountries(ctx: DocContext, sent: Span): string[] {
  if (!sentenceCues(ctx, sent).pair) return [];
  let para = paragraphAt(ctx.text, sent.start);
  let cs = countriesIn(ctx, { start: para.start, end: sent.end });
  for (let back = 0; cs.length < 2 && back < 3 && para.start > 0; back++) {
    para = paragraphAt(ctx.text, Math.max(0, para.start - 3));
    cs = countriesIn(ctx, { start: para.start, end: sent.end });
  }
  return cs.length >= 2 ? cs.slice(0, 2) : [];
}

export function actorCandidates(ctx: DocContext, row: EventRow, opts: CandidateOptions = {}): ActorCandidate[] {
  const out = new Map<string, ActorCandidate>();
  const add = (name: string, src: CandidateSource, span?: Span, rule?: string, from?: string): ActorCandidate => {
    const shown = ctx.spelling.get(name) ?? name;
    const key = nameKey(shown);
    let c = out.get(key);
    if (!c) {
      c = { name: shown, key, kind: kindOfName(ctx.kindOf, shown), sources: new Set(), ruleIndex: -1, spans: [], mentionRules: new Set(), from: [] };
      out.set(key, c);
    }
    c.sources.add(src);
    if (span) c.spans.push(span);
    if (rule) c.mentionRules.add(rule);
    if (from && !c.from.includes(from)) c.from.push(from);
    return c;
  };
  row.actors.forEach((a, i) => {
    const c = add(a, 'rule');
    if (c.ruleIndex < 0) c.ruleIndex = i;
  });
  const sent = rowSentence(ctx, row);
  const ms = mentionsIn(ctx, sent.span);
  for (const m of ms) add(m.entity, 'sent', m.span, m.rule);
  if (opts.prev && sent.index > 0) {
    const p = ctx.sents[sent.index - 1]!;
    if (!/\n[ \t]*\n/.test(ctx.text.slice(p.start, sent.span.start))) for (const m of mentionsIn(ctx, p)) add(m.entity, 'prev', undefined, m.rule);
  }
  if (opts.main && ctx.mainCountry) add(ctx.mainCountry, 'main');
  if (opts.prevRow) for (const a of ctx.prevRowNames.get(row) ?? []) add(a, 'prevrow');
  if (opts.near && sent.index > 0) {
    const from = ctx.sents[Math.max(0, sent.index - opts.near)]!.start;
    for (const m of mentionsIn(ctx, { start: from, end: sent.span.start })) if (kindOfName(ctx.kindOf, m.entity) === 'country') add(m.entity, 'near', undefined, m.rule);
  }
  if (opts.pair) for (const c of pairCountries(ctx, sent.span)) add(c, 'pair');
  if (opts.para && !ms.some((m) => kindOfName(ctx.kindOf, m.entity) === 'country')) {
    const para = paragraphAt(ctx.text, sent.span.start);
    const top = countriesIn(ctx, para)[0];
    if (top) add(top, 'para');
  }
  if (opts.derived !== false) {
    for (const m of ms) {
      const kind = kindOfName(ctx.kindOf, m.entity);
      let c: string | null = null;
      let src: CandidateSource = 'of-place';
      if (kind === 'person') [c, src] = [countryOf(m.entity), 'of-person'];
      else if (kind === 'city' || kind === 'region') [c, src] = [countryOf(m.entity), 'of-place'];
      else if (kind === 'company' || kind === 'organization') [c, src] = [gazetteerEntry(m.entity)?.country ?? null, 'of-company'];
      if (c && nameKey(c) !== nameKey(m.entity)) add(c, src, undefined, undefined, m.entity);
    }
  }
  return [...out.values()];
}

// ------------------------------------------------------------------ features

const TITLE_RE = /\b(?:president|minister|premier|king|leader|chancellor|ambassador|envoy|secretary|chairman|chair|head|ceo|director|commissioner|governor|mayor|speaker|official|officials|delegation|counterpart)s?\W*$/i;

const NUMBERS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "the two governments", "both sides", "five Central Asian states". */
const NUM_RE = /\b(both|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,3}?(?:countries|states|governments|sides|parties|partners|presidents|leaders|ministers|capitals|neighbou?rs|republics|nations|members|operators|companies|signatories|delegations|heads)\b/iu;
/** A group of parties the sentence names without naming them one by one. */
const GROUP_RE = /\b(member states|member countries|participating states|the region|regional|the governments|the sides|the parties|the partners|the leaders|the presidents|the ministers|the neighbou?rs|signatories|all (?:five|four|three|the)|each other|jointly|trilateral|quadrilateral|multilateral|bilateral)\b/i;

function bucket(n: number, edges: number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

/** words(s).length, counted up to cap (a bucket needs no more). */
function countWords(s: string, cap: number): number {
  const t = s.toLowerCase();
  let n = 0;
  WORD.lastIndex = 0;
  while (n < cap && WORD.exec(t)) n++;
  WORD.lastIndex = 0;
  return n;
}

/** Which feature groups to compute (for the ablations of the training script). */
export interface FeatureOptions {
  /** Number words, group nouns, the previous row's actors, a country's rank in the brief. */
  cues?: boolean;
  /** The other rows of the sentence (a nearer trigger, their quotes, their actors). */
  others?: boolean;
  context?: boolean;
  provenance?: boolean;
  conj?: boolean;
}

/** Where a candidate not named in the row's sentence was last named before it (or after). */
function provenance(ctx: DocContext, row: EventRow, c: ActorCandidate): string[] {
  const sent = rowSentence(ctx, row);
  let last: MentionRow | null = null;
  let next: MentionRow | null = null;
  if (!ctx.byKey) {
    ctx.byKey = new Map();
    for (const m of ctx.mentions) {
      const k = nameKey(ctx.spelling.get(m.entity) ?? m.entity);
      const list = ctx.byKey.get(k);
      if (list) list.push(m);
      else ctx.byKey.set(k, [m]);
    }
  }
  for (const m of ctx.byKey.get(c.key) ?? []) {
    if (m.span.start < sent.span.start) last = m;
    else if (m.span.start >= sent.span.end && !next) next = m;
  }
  const out: string[] = [];
  if (c.from.length > 0) out.push('derived-only');
  if (!last) out.push(next ? 'named-later-only' : 'never-named');
  else {
    const li = sentenceIndexAt(ctx.sents, last.span.start);
    const back = sent.index - li;
    out.push(`back=${bucket(back, [1, 2, 5, 20])}`);
    const ls = ctx.sents[li]!;
    const lt = ctx.text.slice(ls.start, ls.end).trim();
    if (!/[.!?]["'”’)]*$/.test(lt) && lt.length < 120) out.push('last-in-heading');
    if (li <= 1) out.push('last-in-title');
    const para = /\n[ \t]*\n/.test(ctx.text.slice(last.span.end, sent.span.start));
    out.push(`same-para=${!para}`);
  }
  return out;
}

export function candidateFeatures(ctx: DocContext, row: EventRow, c: ActorCandidate, all: ActorCandidate[], fo: FeatureOptions = {}): string[] {
  const text = ctx.text;
  const f: string[] = [];
  const type = row.type;
  const [head, ...mods] = row.rule.split('+');
  const src = [...c.sources].sort().join('&');
  const inRule = c.sources.has('rule');
  f.push(`src=${src}`, `src=${src}|k=${c.kind}`, `k=${c.kind}`, `k=${c.kind}|t=${type}`, `inrule=${inRule}|t=${type}`);
  f.push(`rh=${head}|in=${inRule}`);
  for (const m of mods) if (m.startsWith('events/')) f.push(`rm=${m}|in=${inRule}`);
  const nRule = row.actors.length;
  f.push(`nrule=${bucket(nRule, [0, 1, 2, 3])}|in=${inRule}`);
  if (inRule) f.push(`ridx=${bucket(c.ruleIndex, [0, 1, 2])}`, `ridx=${bucket(c.ruleIndex, [0, 1, 2])}|n=${bucket(nRule, [1, 2, 3])}`);
  if (row.planned) f.push(`planned|in=${inRule}`);
  if (row.state === 'absent') f.push(`absent|in=${inRule}`);
  const sent = rowSentence(ctx, row).span;
  const countries = new Set(all.filter((o) => o.kind === 'country' && o.spans.length > 0).map((o) => o.key));
  f.push(`ncountries=${bucket(countries.size, [0, 1, 2, 3])}|k=${c.kind}|in=${inRule}`);
  f.push(`ncand=${bucket(all.length, [1, 2, 3, 5])}|in=${inRule}`);
  if (c.name === ctx.mainCountry || (ctx.mainCountry && c.key === nameKey(ctx.mainCountry))) f.push(`main|in=${inRule}`, `main|t=${type}`);
  const count = ctx.counts.get(c.name) ?? 0;
  f.push(`doccount=${bucket(count, [1, 3, 10])}`);
  if (c.kind === 'person') {
    const pc = countryOf(c.name);
    if (pc && all.some((o) => o.key === nameKey(pc))) f.push(`person-country-cand|in=${inRule}`);
    if (pc && row.actors.some((a) => nameKey(a) === nameKey(pc))) f.push(`person-country-inrule`);
  }
  if (c.kind === 'country') {
    const persons = all.filter((o) => o.kind === 'person' && o.sources.has('sent'));
    if (persons.some((p) => countryOf(p.name) === c.name)) f.push(`country-of-person-cand|in=${inRule}|t=${type}`);
  }
  for (const s of c.sources) if (s.startsWith('of-')) f.push(`derived=${s}|in=${inRule}|t=${type}`);
  if (row.where && nameKey(row.where) === c.key) f.push(`is-where|in=${inRule}`);
  if (row.where && countryOf(row.where) === c.name) f.push(`where-country|in=${inRule}|t=${type}`);
  for (const r of c.mentionRules) f.push(`mrule=${r.replace(/^entities\//, '')}`);
  const noSent = all.filter((o) => o.ruleIndex >= 0 && o.spans.length === 0).length;
  f.push(`nrule-nosent=${bucket(noSent, [0, 1, 2, 4])}|m=${c.spans.length > 0}|in=${inRule}`);
  const sameKind = all.filter((o) => o.ruleIndex >= 0 && o.kind === c.kind).length;
  f.push(`rule-samekind=${bucket(sameKind, [1, 2, 3, 5])}|k=${c.kind}|in=${inRule}`);
  if (fo.cues !== false) {
    const named = c.spans.length > 0;
    const cues = sentenceCues(ctx, sent);
    const num = cues.num;
    if (num) {
      const n = NUMBERS[num[1]!.toLowerCase()]!;
      const ruleCountries = row.actors.filter((a) => kindOfName(ctx.kindOf, a) === 'country').length;
      f.push(`num|k=${c.kind}|in=${inRule}|named=${named}`, `numdef=${bucket(n - ruleCountries, [-1, 0, 1, 2])}|k=${c.kind}|in=${inRule}|named=${named}`);
    }
    const grp = cues.grp;
    if (grp) f.push(`grp|k=${c.kind}|in=${inRule}|named=${named}`, `grp=${grp[1]!.toLowerCase().replace(/\s+/g, '_')}|in=${inRule}`);
    if (ctx.prevRowActors.get(row)?.has(c.key)) f.push(`prevrow|in=${inRule}|named=${named}`, `prevrow|k=${c.kind}|in=${inRule}`);
    if (c.kind === 'country') f.push(`rank=${bucket(ctx.countryRank.get(c.key) ?? 99, [1, 2, 3, 5])}|in=${inRule}|named=${named}`);
    if (cues.pair) f.push(`pair-cue|k=${c.kind}|in=${inRule}|named=${named}`, `pair-cue|t=${type}|pair=${c.sources.has('pair')}`);
    if (c.kind === 'country' && countries.size === 0) f.push(`sent-nocountry|in=${inRule}|t=${type}`);
  }
  if (c.spans.length === 0) {
    f.push(`nomention|in=${inRule}`, `nomention|in=${inRule}|t=${type}`, `nomention|in=${inRule}|k=${c.kind}`);
    if (fo.provenance !== false) for (const p of provenance(ctx, row, c)) f.push(`${p}|in=${inRule}`, `${p}|t=${type}`);
    return f;
  }
  const trig = triggerSpan(row);
  // the mention nearest to the trigger
  let best = c.spans[0]!;
  let bd = Infinity;
  for (const s of c.spans) {
    const d = s.end <= trig.start ? trig.start - s.end : s.start >= trig.end ? s.start - trig.end : 0;
    if (d < bd) [best, bd] = [s, d];
  }
  const before = best.end <= trig.start;
  const within = !before && best.start < trig.end;
  const side = within ? 'in' : before ? 'before' : 'after';
  const between = before ? text.slice(best.end, trig.start) : text.slice(trig.end, best.start);
  const nTok = countWords(between, 21); // the buckets end at 20
  f.push(`side=${side}`, `side=${side}|t=${type}`, `side=${side}|k=${c.kind}`, `dist=${bucket(nTok, [0, 2, 5, 10, 20])}|side=${side}`);
  f.push(`dist=${bucket(nTok, [0, 2, 5, 10, 20])}|in=${inRule}`);
  const clause = !/[;:]|\n[ \t]*\n/.test(between);
  f.push(`sameclause=${clause}|side=${side}`);
  if (/,/.test(between)) f.push(`comma-between|side=${side}`);
  if (/\b(?:which|who|that|while|whereas|although|but)\b/i.test(between)) f.push(`sub-between|side=${side}`);
  const inQuote = best.start >= row.span.start && best.end <= row.span.end;
  f.push(`inquote=${inQuote}`, `inquote=${inQuote}|in=${inRule}`);
  if (fo.others !== false) {
    // the other rows of the sentence: is the mention nearer another row's trigger, inside another row's quote, among its actors
    const gap = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);
    const mine = gap(best, trig);
    let closer = false;
    let inOther = false;
    let otherActor = false;
    for (const o of ctx.triggers) {
      if (o.row === row || o.span.start < sent.start || o.span.start >= sent.end) continue;
      if (o.span.start === trig.start && o.span.end === trig.end) continue;
      if (gap(best, o.span) < mine) closer = true;
      if (best.start >= o.row.span.start && best.end <= o.row.span.end) inOther = true;
      if (o.row.actors.some((a) => nameKey(a) === c.key)) otherActor = true;
    }
    f.push(`other-closer=${closer}|in=${inRule}`, `other-closer=${closer}|inquote=${inQuote}`);
    if (inOther && !inQuote) f.push(`in-other-quote-only|in=${inRule}`);
    if (otherActor) f.push(`other-row-actor|in=${inRule}`);
  }
  const nOther = c.spans.length;
  f.push(`nsent=${bucket(nOther, [1, 2])}`);
  // words around the nearest mention
  const left = words(text.slice(Math.max(sent.start, best.start - 40), best.start));
  const right = words(text.slice(best.end, Math.min(sent.end, best.end + 30)));
  const l1 = left[left.length - 1] ?? '^';
  const l2 = left[left.length - 2] ?? '^';
  const r1 = right[0] ?? '$';
  f.push(`l1=${l1}`, `l1=${l1}|k=${c.kind}`, `l2=${l2}`, `r1=${r1}`, `r1=${r1}|k=${c.kind}`);
  if (fo.context !== false) f.push(`l1=${l1}|t=${type}`, `l12=${l2}_${l1}`);
  if (/^['’]s\b/.test(text.slice(best.end, best.end + 3))) f.push(`poss`, `poss|t=${type}`);
  if (TITLE_RE.test(text.slice(Math.max(sent.start, best.start - 30), best.start))) f.push(`title-before`);
  if (/\(\s*$/.test(text.slice(Math.max(0, best.start - 2), best.start))) f.push(`in-paren`);
  const first = all.filter((o) => o.spans.length > 0).reduce((a, o) => (a && a.spans[0]!.start <= o.spans[0]!.start ? a : o), null as ActorCandidate | null);
  if (first === c) f.push(`first-in-sentence`, `first-in-sentence|t=${type}`);
  const pre = text.slice(sent.start, best.start);
  if (countWords(pre, 3) <= 2) f.push(`sentence-start`);
  if (fo.conj !== false) {
    if (/\b(?:and|&)\s+$/.test(pre)) f.push(`after-and|side=${side}`);
    if (/^\s*(?:and|&)\b/.test(text.slice(best.end, best.end + 6))) f.push(`before-and|side=${side}`);
    if (/\bbetween\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu.test(pre)) f.push(`in-between`);
    if (/\b(?:with|to|from|in|at|of|for|by|on|near)\s+(?:the\s+)?$/i.test(pre)) f.push(`prep=${/\b(\w+)\s+(?:the\s+)?$/.exec(pre)![1]!.toLowerCase()}|k=${c.kind}`);
  }
  return f;
}

// ------------------------------------------------------------------ the step

/** Thresholds by entity kind ('*': any kind not listed); a kind with none is not decided. */
export type KindThresholds = Readonly<Record<string, number>>;

/**
 * What the model may change, each decision with its own thresholds by kind (chosen by CV). A
 * rules' actor is dropped when its probability is at or below its threshold; a candidate is added
 * when its probability is above its threshold.
 */
export interface Decisions {
  /** Rule rows: the rules' actors the row's sentence does not name (carried, group members, a place's country). */
  drop?: KindThresholds;
  /** Rule rows: the rules' actors the row's sentence names. */
  dropNamed?: KindThresholds;
  /** Rule rows: entities the sentence names that the rules left out. */
  add?: KindThresholds;
  /** Rule rows: countries of the persons, places and companies the sentence names, left out by the rules. */
  addFar?: KindThresholds;
  /** The dated step's rows (their actors: every entity from the sentence start to the clause end): dropping any of them. */
  datedDrop?: KindThresholds;
  /** The dated step's rows: adding entities the sentence names (after the clause's end). */
  datedAdd?: KindThresholds;
  /** The dated step's rows: adding the countries of the persons, places and companies the sentence names. */
  datedAddFar?: KindThresholds;
  /** Rule rows: adding a country from the context only (a pair cue's two countries, the paragraph's country). */
  addCtx?: KindThresholds;
  /** The dated step's rows: adding a country from the context only. */
  datedAddCtx?: KindThresholds;
}

export interface ChooseOptions extends CandidateOptions, FeatureOptions, Decisions {
  /**
   * Decide the rules' actors the sentence does not name (a group's members, the parties carried
   * from earlier) together, by their mean probability: all are kept or none.
   */
  groupUnnamed?: boolean;
  /** Whether groupUnnamed also groups the countries of persons and places the sentence names (default true). */
  groupDerived?: boolean;
  /** Kinds grouped by groupUnnamed (default: countries only). */
  groupKinds?: readonly string[];
}

/** Whether a row is one of the learned dated step's. */
export function isDatedRow(row: EventRow): boolean {
  return row.rule.startsWith(DATED_RULE) && (row.rule.length === DATED_RULE.length || row.rule[DATED_RULE.length] === '+');
}

function lookup(t: KindThresholds | undefined, kind: string): number | null {
  if (!t) return null;
  return t[kind] ?? t['*'] ?? null;
}

/** Which decision a candidate of the row falls under. */
export function fieldOf(c: ActorCandidate, row: EventRow): keyof Decisions {
  const named = c.spans.length > 0;
  const ctxOnly = !named && c.from.length === 0;
  if (isDatedRow(row)) return c.ruleIndex >= 0 ? 'datedDrop' : named ? 'datedAdd' : ctxOnly ? 'datedAddCtx' : 'datedAddFar';
  if (c.ruleIndex >= 0) return named ? 'dropNamed' : 'drop';
  return named ? 'add' : ctxOnly ? 'addCtx' : 'addFar';
}

/** The threshold the model decides a candidate of the row by; null when it does not decide it. */
export function barOf(c: ActorCandidate, row: EventRow, opts: Decisions): number | null {
  return lookup(opts[fieldOf(c, row)], c.kind);
}

/** Whether the model decides on a candidate (else a rules' actor stays and another stays out). */
export function decidable(c: ActorCandidate, opts: Decisions, row: EventRow): boolean {
  return barOf(c, row, opts) !== null;
}

export interface ScoredCandidate {
  c: ActorCandidate;
  p: number;
}

/**
 * Each candidate of the row with its probability (unnamed countries of a group share their mean);
 * with decidedOnly, only the candidates a decision of opts reads are scored (the step's output is
 * the same, since the others are kept or left out whatever their probability).
 */
export function scoreCandidates(ctx: DocContext, row: EventRow, model: LinearModel, opts: ChooseOptions, decidedOnly = false): ScoredCandidate[] {
  const cands = actorCandidates(ctx, row, opts);
  // decidedOnly: a candidate no decision reads gets p 0 unscored (the members of a group share field and kind, so a group is all scored or none)
  const scored = cands.map((c) => ({ c, p: decidedOnly && barOf(c, row, opts) === null ? 0 : probabilityOf(model, candidateFeatures(ctx, row, c, cands, opts), 'yes') }));
  if (opts.groupUnnamed && !isDatedRow(row)) {
    const unnamed = scored.filter((s) => s.c.ruleIndex >= 0 && s.c.spans.length === 0 && (opts.groupKinds ?? ['country']).includes(s.c.kind) && (opts.groupDerived !== false || s.c.from.length === 0));
    if (unnamed.length >= 2) {
      const mean = unnamed.reduce((a, s) => a + s.p, 0) / unnamed.length;
      for (const s of unnamed) s.p = mean;
    }
  }
  return scored;
}

/**
 * The row's actors from its scored candidates: the kept rules' actors in order, then the added in
 * text order. A row the rules gave actors keeps at least one of them.
 */
export function decideActors(row: EventRow, scored: ScoredCandidate[], opts: Decisions): string[] {
  let kept = scored.filter((s) => {
    const bar = barOf(s.c, row, opts);
    if (bar === null) return s.c.ruleIndex >= 0;
    return s.c.ruleIndex >= 0 ? s.p > bar : s.p > bar;
  });
  // a row the rules gave actors never loses them all: the likeliest of the rules' actors stays
  if (!kept.some((s) => s.c.ruleIndex >= 0) && row.actors.length > 0) {
    const ruled = scored.filter((s) => s.c.ruleIndex >= 0);
    if (ruled.length > 0) kept = [...kept, ruled.reduce((a, b) => (b.p > a.p ? b : a))];
  }
  const rules = kept.filter((s) => s.c.ruleIndex >= 0).sort((a, b) => a.c.ruleIndex - b.c.ruleIndex);
  const added = kept
    .filter((s) => s.c.ruleIndex < 0)
    .sort((a, b) => (a.c.spans[0]?.start ?? Infinity) - (b.c.spans[0]?.start ?? Infinity));
  return [...rules, ...added].map((s) => s.c.name);
}

/** The row's actors by the model. */
export function chooseRowActors(ctx: DocContext, row: EventRow, model: LinearModel, opts: ChooseOptions): string[] {
  return decideActors(row, scoreCandidates(ctx, row, model, opts, true), opts);
}

/** Appended to the rule id of a row whose actors the step changed (`…+learned/actors`). */
export const LEARNED_ACTORS_RULE = 'learned/actors';

export function chooseActorsWith(model: LinearModel, opts: ChooseOptions): LearnedStep {
  return (doc) => {
    const ctx = docContext(doc);
    return doc.events.map((row) => {
      const actors = chooseRowActors(ctx, row, model, opts);
      return actors.length === row.actors.length && actors.every((a, i) => a === row.actors[i]) ? row : { ...row, actors, rule: `${row.rule}+${LEARNED_ACTORS_RULE}` };
    });
  };
}

export const chooseActors: LearnedStep = chooseActorsWith(ACTORS_MODEL, ACTORS_OPTIONS);
