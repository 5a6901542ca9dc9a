/**
 * Entity mentions: gazetteer names, demonyms and aliases; glued PDF words; abbreviations a
 * brief defines; spelling variants of known people and bodies; names the gazetteer lacks; and
 * context references ("the two countries", "the Kazakh side", "the Kazakh president",
 * "Aliyev"). The passes run in this order (each later pass sees what earlier ones covered):
 *   1. gazetteer      longest match over a token trie (matcher.ts); surnames resolved by date;
 *                     a person's name before "University", "Center" ... is that institution;
 *                     a demonym before a noun of place or goods is marked as a modifier;
 *                     "Heydar and Ilham Aliyev" (a given name sharing the next name's surname)
 *   2. glued          words glued by PDF extraction, split into known names
 *   3. abbreviations  "Long Name (LN)" learned for this brief; overrides the gazetteer's LN
 *   4. unknown        capitalised runs nothing covered: spelling variants, then new entities
 *   5. context        side, office holder, pair (needs the country mentions of passes 1-4)
 */
import type { DateMention, DocumentDate, EntityMention, RuleSet, RunContext, SegmentedDoc } from '../../core/types.js';
import { GOODS_NOUNS, gazetteerEntry, MODIFIED_NOUN_ADJECTIVES, NAMED_AFTER_HEADS, PLACE_NOUNS, PLACE_PREPOSITIONS, type GazetteerEntry } from '../../lexicon/gazetteer.js';
import { dateFor, pickByDate } from './dating.js';
import { isCapitalized, lexicon, matchAll, splitGlued, tokenize, type Target, type Token } from './matcher.js';
import { similarity, tidy } from './naming.js';
import { cover, mention, tokenIndexAt, type Work } from './work.js';
import { makeRuleSet } from './rules.js';
import { findAbbreviations } from './abbreviations.js';
import { findUnknown } from './unknown.js';
import { contextMentions } from './context.js';

/** Chooses among several people sharing a surname: by the sentence's date, by who the brief names in full, by the document date. */
function resolveShared(w: Work, targets: Target[], pos: number, named: Set<string>): { target: Target; rule: string } {
  const lex = lexicon();
  const cands = targets.map((t) => lex.entries.get(t.name)).filter((e): e is GazetteerEntry => !!e);
  const when = dateFor(pos, w.doc.sentences, w.dates, w.docDate);
  if (when?.stated) {
    const p = pickByDate(cands, when.day);
    if (p) return { target: { name: p.name, kind: 'person', ruleId: '' }, rule: 'entities/context/surname-date' };
  }
  const seen = cands.filter((c) => named.has(c.name));
  if (seen.length === 1) return { target: { name: seen[0]!.name, kind: 'person', ruleId: '' }, rule: 'entities/context/surname-named' };
  if (when) {
    const p = pickByDate(cands, when.day);
    if (p) return { target: { name: p.name, kind: 'person', ruleId: '' }, rule: 'entities/context/surname-date' };
  }
  return { target: targets[0]!, rule: 'entities/context/surname-date' };
}

/**
 * A capitalised word before a known surname that is a variant of a bearer's given name
 * ("Sadir Japarov", "Asker Akayev"). The surname is exact, so the given name needs only
 * GIVEN_NAME_THRESHOLD; the score recorded is that of the whole name.
 */
const GIVEN_NAME_THRESHOLD = 0.88;

function givenNameVariant(w: Work, at: number, targets: Target[]): { name: string; score: number } | null {
  const prev = w.tokens[at - 1];
  const sur = w.tokens[at]!;
  if (!prev || w.covered[at - 1] || !isCapitalized(prev) || prev.raw.length < 3) return null;
  if (!/^ +$/.test(w.text.slice(prev.end, sur.start))) return null;
  const lex = lexicon();
  let best: { name: string; score: number } | null = null;
  for (const t of targets) {
    const e = lex.entries.get(t.name);
    if (!e) continue;
    for (const f of [e.name, ...(e.aliases ?? [])]) {
      const parts = f.split(/\s+/);
      if (parts.length !== 2) continue;
      if (similarity(prev.raw, parts[0]!) < GIVEN_NAME_THRESHOLD) continue;
      const s = similarity(`${prev.raw} ${sur.raw}`, f);
      if (!best || s > best.score) best = { name: e.name, score: s };
    }
  }
  return best;
}

/** "post-Soviet", "non-EU", "anti-Russian": the name is not a participant; no mention. */
const NEGATING_PREFIXES = new Set(['post', 'pre', 'non', 'anti', 'ex']);

function negatedPrefix(w: Work, from: number): boolean {
  const dash = w.tokens[from - 1];
  const pre = w.tokens[from - 2];
  if (!dash || !pre || dash.key !== '-' || dash.end !== w.tokens[from]!.start || pre.end !== dash.start) return false;
  return NEGATING_PREFIXES.has(pre.raw.toLowerCase());
}

/** "Atlanta, Georgia": a country name right after a U.S. city and a comma is the U.S. state. */
function usState(w: Work, from: number, name: string): boolean {
  if (name !== 'Georgia') return false;
  const comma = w.tokens[from - 1];
  if (!comma || comma.raw !== ',') return false;
  const prev = w.mentions[w.mentions.length - 1];
  if (!prev || prev.span.end !== comma.start) return false;
  return gazetteerEntry(prev.name)?.country === 'United States';
}

const PLACES = new Set(PLACE_NOUNS);
const GOODS = new Set(GOODS_NOUNS);
const LOCATIVE = new Set(PLACE_PREPOSITIONS);
const NOUN_ADJECTIVES = new Set(MODIFIED_NOUN_ADJECTIVES);
const LIST_JOINERS = new Set(['and', 'or', ',', '-', '–', '/']);

/** Whether token i starts a demonym of the gazetteer ("Turkmen" in "Kazakh and Turkmen oil"). */
function demonymAt(w: Work, i: number): boolean {
  const t = w.tokens[i];
  if (!t || !isCapitalized(t)) return false;
  const node = lexicon().exact.next.get(t.key);
  return !!node?.targets?.some((x) => x.ruleId === 'entities/gazetteer/demonym');
}

/** The noun a demonym ending at token `to` modifies, skipping a list of further demonyms; with whether there was a list. */
function modifiedNoun(w: Work, from: number, to: number): { noun: string; list: boolean } | null {
  let j = to;
  let list = false;
  // Further demonyms: "Kazakh and Turkmen", "Tajik-Afghan"; also a list before: "Afghan and Tajik".
  for (let guard = 0; guard < 6; guard++) {
    const t = w.tokens[j];
    if (t && LIST_JOINERS.has(t.raw) && demonymAt(w, j + 1)) {
      j += 2;
      list = true;
    } else break;
  }
  const p = w.tokens[from - 1];
  if (p && LIST_JOINERS.has(p.raw) && demonymAt(w, from - 2)) list = true;
  const a = w.tokens[j];
  if (!a || !a.word || /\n/.test(w.text.slice(w.tokens[j - 1]!.end, a.start))) return null;
  if (PLACES.has(a.raw) || GOODS.has(a.raw)) return { noun: a.raw, list };
  const b = w.tokens[j + 1];
  if (NOUN_ADJECTIVES.has(a.raw) && b && (PLACES.has(b.raw) || GOODS.has(b.raw)) && b.start - a.end === 1) return { noun: b.raw, list };
  return null;
}

/** The first token of the phrase holding a demonym at `from`: back over a list of demonyms and an article. */
function phraseStart(w: Work, from: number): number {
  let i = from;
  while (i >= 2 && LIST_JOINERS.has(w.tokens[i - 1]!.raw) && demonymAt(w, i - 2)) i -= 2;
  if (/^(?:the|a|an)$/i.test(w.tokens[i - 1]?.raw ?? '')) i--;
  return i;
}

/**
 * A demonym that modifies a noun, marked so that event assembly can tell it from a party:
 *   entities/demonym/place  a single country's place in a phrase of place ("from the Uzbek
 *                           border", "on Russian territory"): the location, not a party;
 *   entities/demonym/goods  goods or data ("Kazakh oil", "Kazakh and Turkmen crude", "Uzbek
 *                           statistics"): the producer or source.
 * The mention keeps the country; a place modifier also gets `role: 'modifier'` (not a party).
 * Null when the demonym stands for a party ("the Tajik parliament", "Turkmen officials", "the
 * Tajik section could reopen", "the Tajik-Afghan border").
 */
function modifierRule(w: Work, from: number, to: number): string | null {
  const m = modifiedNoun(w, from, to);
  if (!m) return null;
  if (GOODS.has(m.noun)) return 'entities/demonym/goods';
  if (m.list) return null;
  const before = w.tokens[phraseStart(w, from) - 1];
  return before && LOCATIVE.has(before.raw.toLowerCase()) ? 'entities/demonym/place' : null;
}

/**
 * Tokens after a person's name that make it the name of an institution or place ("Nazarbayev
 * University", "Heydar Aliyev Center"): how many, with the kind; null when none.
 */
function namedAfter(w: Work, to: number): { n: number; kind: GazetteerEntry['kind'] } | null {
  const a = w.tokens[to];
  if (!a || !isCapitalized(a) || !/^ $/.test(w.text.slice(w.tokens[to - 1]!.end, a.start))) return null;
  const b = w.tokens[to + 1];
  if (b && isCapitalized(b)) {
    const two = NAMED_AFTER_HEADS[`${a.raw} ${b.raw}`];
    if (two) return { n: 2, kind: two };
  }
  const one = Object.prototype.hasOwnProperty.call(NAMED_AFTER_HEADS, a.raw) ? NAMED_AFTER_HEADS[a.raw] : undefined;
  return one ? { n: 1, kind: one } : null;
}

function gazetteerPass(w: Work): void {
  const matches = matchAll(w.tokens);
  // People the brief names in full (for choosing among people sharing a surname).
  const named = new Set<string>();
  for (const m of matches) {
    if (m.targets.length === 1 && m.targets[0]!.kind === 'person' && m.targets[0]!.ruleId !== 'entities/person/surname') {
      named.add(m.targets[0]!.name);
    }
  }
  for (const m of matches) {
    const span = { start: w.tokens[m.from]!.start, end: w.tokens[m.to - 1]!.end };
    if (negatedPrefix(w, m.from)) {
      cover(w, m.from, m.to);
      continue;
    }
    let target = m.targets[0]!;
    let rule = target.ruleId;
    let score = 1;
    if (target.kind === 'person' && m.targets.every((t) => t.kind === 'person')) {
      // "Nazarbayev University", "the Heydar Aliyev Center": an institution, not the person.
      const inst = namedAfter(w, m.to);
      if (inst) {
        const end = w.tokens[m.to + inst.n - 1]!.end;
        const whole = { start: span.start, end };
        w.mentions.push(mention(w, whole, { name: tidy(w.text.slice(whole.start, whole.end)), kind: inst.kind }, 'entities/person/named-after'));
        cover(w, m.from, m.to + inst.n);
        continue;
      }
    }
    if (rule === 'entities/gazetteer/demonym' && target.kind === 'country') rule = modifierRule(w, m.from, m.to) ?? rule;
    const first = target.ruleId === 'entities/person/surname' ? givenNameVariant(w, m.from, m.targets) : null;
    if (first) {
      // "Sadir Japarov": a given name spelled differently before a known surname.
      span.start = w.tokens[m.from - 1]!.start;
      target = { name: first.name, kind: 'person', ruleId: '' };
      rule = 'entities/variant/person';
      score = first.score;
      cover(w, m.from - 1, m.from);
    } else if (m.targets.length > 1) {
      const r = resolveShared(w, m.targets, span.start, named);
      target = r.target;
      rule = r.rule;
    }
    if (target.kind === 'country' && usState(w, m.from, target.name)) {
      w.mentions.push(mention(w, span, { name: `${target.name} (U.S. state)`, kind: 'region' }, 'entities/gazetteer/us-state'));
    } else {
      const em = mention(w, span, target, rule, score);
      if (rule === 'entities/demonym/place') em.role = 'modifier';
      w.mentions.push(em);
    }
    cover(w, m.from, m.to);
  }
}

/**
 * "Heydar and Ilham Aliyev": a capitalised word joined by "and" to a known person's full name,
 * that with the same surname is another known person.
 */
function sharedSurnamePass(w: Work): void {
  const lex = lexicon();
  for (const m of [...w.mentions]) {
    if (m.entityKind !== 'person' || m.ruleId !== 'entities/gazetteer/name') continue;
    const i = tokenIndexAt(w, m.span.start);
    if (i < 2 || w.tokens[i]!.start !== m.span.start) continue;
    const and = w.tokens[i - 1]!;
    const given = w.tokens[i - 2]!;
    if (and.raw !== 'and' || w.covered[i - 2] || !isCapitalized(given)) continue;
    const parts = m.name.split(' ');
    if (parts.length !== 2) continue;
    const other = lex.entries.get(`${given.raw} ${parts[1]}`);
    if (!other || other.kind !== 'person') continue;
    w.mentions.push(mention(w, { start: given.start, end: given.end }, { name: other.name, kind: 'person' }, 'entities/person/shared-surname'));
    w.covered[i - 2] = 1;
  }
}

function gluedPass(w: Work): void {
  for (let i = 0; i < w.tokens.length; i++) {
    const t = w.tokens[i]!;
    if (w.covered[i] || !t.word || t.raw.length < 4) continue;
    const pieces = splitGlued(t.raw);
    if (!pieces || pieces.length === 0) continue;
    for (const p of pieces) {
      w.mentions.push(mention(w, { start: t.start + p.start, end: t.start + p.end }, p.target, 'entities/glued/split'));
    }
    w.covered[i] = 1;
  }
}

function lowerWordsOf(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (!t.word) continue;
    const c = t.raw.charCodeAt(0);
    if (c >= 97 && c <= 122) out.add(t.raw);
  }
  return out;
}

/**
 * Finds the entity mentions of a segmented document (normalized-text spans), sorted by
 * position. Several mentions may share a span (a pair: "the two countries").
 */
export function extractEntities(
  doc: SegmentedDoc,
  dates: DateMention[],
  documentDate: DocumentDate,
  ctx: RunContext,
): EntityMention[] {
  const tokens = tokenize(doc.text);
  const w: Work = {
    doc,
    text: doc.text,
    tokens,
    covered: new Uint8Array(tokens.length),
    mentions: [],
    dates,
    docDate: ctx.dct ?? documentDate.value,
    lowerWords: lowerWordsOf(tokens),
  };
  gazetteerPass(w);
  sharedSurnamePass(w);
  gluedPass(w);
  findAbbreviations(w);
  findUnknown(w);
  contextMentions(w);
  // One mention per (span, name): the spans seen of each name, a span as one number.
  const seen = new Map<string, Set<number>>();
  const width = doc.text.length + 1;
  const out: EntityMention[] = [];
  for (const m of w.mentions) {
    if (m.span.end <= m.span.start || m.span.end > doc.text.length) continue;
    const k = m.span.start * width + m.span.end;
    let spans = seen.get(m.name);
    if (spans === undefined) seen.set(m.name, (spans = new Set()));
    if (spans.has(k)) continue;
    spans.add(k);
    out.push(m);
  }
  out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return out;
}


/** Every entity rule family with its examples; run() extracts over a small document built from the text. */
export const entityRules: RuleSet = makeRuleSet((doc, dates) =>
  extractEntities(doc, dates, { value: null, method: 'none', span: null }, { messages: [] }),
);
