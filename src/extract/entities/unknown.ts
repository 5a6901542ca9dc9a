/**
 * Capitalised runs that no earlier pass covered. Each run is trimmed (sentence-initial common
 * words, titles, connectors), given a kind (a title before it, a head word, a surname ending,
 * or compromise's tags), then either joins a known person or body as a spelling variant (above
 * VARIANT_THRESHOLD, kind agreeing, score recorded) or becomes a new entity of its kind, named
 * by its tidied surface form. Runs with no kind are not names (headings, sentence starts).
 * compromise is slow, so it only sees the short runs that need it, never the whole text.
 *
 * The cue words (cues.ts, each family with its own examples) guard the entity table against the
 * usual defects of names found this way: a title, or its plural, cut from the names after it
 * (never the first word of a body: "the General Council"); document, event, periodical and venue
 * heads that make a name kind other ("Abraham Accords", "Baku Energy Week", "Vasara Palace");
 * school heads that make it an organisation; a lower-case noun after a name that gives its kind
 * ("the Davydov glacier", "the Zhana Kadam party", "its Nur Navoi plant"), a settlement noun before
 * it ("the town of Kara-Su"); "and" splitting two complete names of bodies, or a body from the
 * places beside it; headline verbs and opening imperatives that are no part of a name; generic
 * phrases ("Historic Centre"); and lone words: a given name or surname alone joins the only person
 * the brief names in full with it, another given name before a known surname is another person
 * ("Maryam Sharif"), and a lone word only compromise took for a person, with no title or person
 * context, is none. New companies named with different form heads ("... Mining Combine" /
 * "... Mining Company") are one company unless a sentence names both.
 */
import nlp from 'compromise';
import type { EntityKind } from '../../core/types.js';
import { PERSON_TITLES, SURNAME_ENDINGS } from '../../lexicon/gazetteer.js';
import { pickByDate, dateFor } from './dating.js';
import { isAllCaps, isCapitalized, lexicon, type Token } from './matcher.js';
import { bodyVariant, kindByHead, personVariant, similarity, tidy, VARIANT_THRESHOLD } from './naming.js';
import { mention, tokenIndexAt, type Work } from './work.js';
import {
  DOCUMENT_HEAD_WORDS,
  EVENT_HEAD_WORDS,
  GENERIC_ADJECTIVES,
  GENERIC_PLACE_HEADS,
  HEADLINE_VERBS,
  IMPERATIVES,
  KIND_NOUNS_AFTER,
  PLACE_NOUNS_BEFORE,
  pluralTitleWord,
  VENUE_HEAD_WORDS,
} from './cues.js';

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'von', 'der', 'van', 'al', 'bin', 'du', 'la']);
/** Connectors that join two names only inside the name of a body ("University of X", "X and Y Service"). */
const JOINERS = new Set(['of', 'for', 'and', 'the', 'on']);

/** Capitalised words that start sentences and headings but are not names. */
const STOP = new Set(
  (
    'the a an in on at by for from to of with without within into onto upon under over after before during since until ' +
    'despite according although though while when where whereas whether as if but and or nor so yet also thus therefore ' +
    'however moreover furthermore meanwhile nevertheless nonetheless besides finally firstly secondly thirdly lastly ' +
    'today currently recently previously nowadays consequently accordingly indeed instead overall hence specifically ' +
    'especially notably interestingly undoubtedly certainly perhaps additionally similarly likewise subsequently ' +
    'this that these those there here their they them it its we our us he she his her him i you your who whom whose ' +
    'which what why how all both each every some many most much more other others such no not none one two three four ' +
    'five six seven eight nine ten first second third last next new old another any few several various numerous ' +
    'among between against along alongside around beyond apart regarding concerning following including ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday spring summer autumn fall winter ' +
    'table figure source sources chart note notes annex appendix section chapter page introduction conclusion ' +
    'conclusions abstract summary keywords references bibliography contents foreword preface acknowledgements ' +
    'mr mrs ms dr prof later earlier then now still again soon once already just only even ' +
    'yesterday tomorrow tonight following preceding above below given having being based ' +
    'considering regarding unlike like near across through throughout toward towards beside ' +
    'turkic western eastern northern southern west east north south post pre non anti pro trans former'
  ).split(/\s+/).concat(HEADLINE_VERBS),
);

const IMPERATIVE = new Set(IMPERATIVES);

/** Every title as its words, with its plural ("Prime Ministers", "Deputies"): entities/cue/title-plural. */
const PLURAL_TITLE_WORDS = new Set<string>();
const TITLES = PERSON_TITLES.flatMap((t) => {
  const words = t.split(/\s+|(?=-)|(?<=-)/);
  const last = words[words.length - 1]!;
  if (!/^\p{L}{3,}$/u.test(last)) return [words];
  const plurals = pluralTitleWord(last);
  for (const p of plurals) PLURAL_TITLE_WORDS.add(p.toLowerCase());
  return [words, ...plurals.map((p) => [...words.slice(0, -1), p])];
}).sort((a, b) => b.length - a.length);
/** Titles by their first word (lower case, no final dot); each title as its words in that form. */
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const t of TITLES) {
  const words = t.map((x) => x.replace(/\.$/, '').toLowerCase());
  TITLES_BY_FIRST.set(words[0]!, [...(TITLES_BY_FIRST.get(words[0]!) ?? []), words]);
}

interface Run {
  from: number;
  to: number;
  /** Preceded by a person title ("President", "Dr."). */
  titled: boolean;
}

function gapOk(w: Work, a: Token, b: Token): boolean {
  if (b.start - a.end > 2) return false;
  let breaks = 0;
  for (let k = a.end; k < b.start; k++) if (w.text.charCodeAt(k) === 10) breaks++;
  return breaks === 0 || (breaks === 1 && wrappedAt(w, a));
}

/** Lines of running text are at least this long when a brief is hard-wrapped. */
const WRAPPED_LINE = 50;

/**
 * Whether the line ending after token `a` is running text wrapped at a fixed width (so a name
 * may go on after the line break): a long line that does not end a sentence and is no table
 * row or list item.
 */
function wrappedAt(w: Work, a: Token): boolean {
  const nl = w.text.indexOf('\n', a.end);
  if (nl < 0 || w.text.slice(a.end, nl).trim() !== '') return false;
  const start = w.text.lastIndexOf('\n', a.start) + 1;
  const line = w.text.slice(start, nl);
  return line.length >= WRAPPED_LINE && !/[.:;!?|]\s*$/.test(line) && !/^\s*(?:[|#>*•-]|\d+[.)]\s)/.test(line);
}

/** Length (in tokens) of a person title starting at token `i` ("Prime Minister", "Dr."), 0 if none. */
function titleAt(w: Work, i: number): number {
  const first = w.tokens[i];
  if (!first || !first.word) return 0;
  const titles = TITLES_BY_FIRST.get(first.raw.toLowerCase());
  if (titles === undefined) return 0;
  for (const title of titles) {
    let k = 0;
    let j = i;
    for (; k < title.length; k++, j++) {
      const t = w.tokens[j];
      if (!t || t.raw.toLowerCase() !== title[k]!) break;
    }
    if (k < title.length) continue;
    if (w.tokens[j]?.raw === '.') j++;
    return j - i;
  }
  return 0;
}

/**
 * Whether token `i` follows "and" or a comma in a list of names opened by a plural title
 * ("Prime Ministers Leyla Karimova and Farid ..."): back over capitalised words, commas and "and"
 * to the plural title word.
 */
function pluralTitleListBefore(w: Work, i: number): boolean {
  const joiner = w.tokens[i - 1];
  if (!joiner || (joiner.raw !== 'and' && joiner.raw !== ',')) return false;
  for (let k = i - 2; k >= 0 && k >= i - 14; k--) {
    const t = w.tokens[k]!;
    if (PLURAL_TITLE_WORDS.has(t.raw.toLowerCase())) return true;
    if (t.raw === 'and' || t.raw === ',' || t.raw === '-' || isCapitalized(t)) continue;
    return false;
  }
  return false;
}

/** Whether a person title ends just before token `i`. */
function titleBefore(w: Work, i: number): boolean {
  for (let n = 1; n <= 4 && i - n >= 0; n++) if (titleAt(w, i - n) === n) return true;
  return false;
}

/**
 * Capitalised stop words that are also the adjectives of names ("Turkic", "Northern"): they do
 * not cut a run that ends in the head word of a body ("the Turkic Language Commission", "the
 * International Turkic Academy").
 */
const NAME_ADJECTIVES = new Set(['Turkic', 'Western', 'Eastern', 'Northern', 'Southern']);

function headed(w: Work, run: Run): boolean {
  const words = w.tokens.slice(run.from, run.to).filter((t) => t.word).map((t) => t.raw);
  if (words.length < 2) return false;
  const k = kindByHead(words);
  return k === 'organization' || k === 'company';
}

function collectRuns(w: Work): Run[] {
  const { tokens } = w;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (w.covered[i] || !isCapitalized(t)) {
      i++;
      continue;
    }
    // "Trans-Caspian", "Euro-Asian": a prefix hyphenated to a covered name is part of it.
    const hy = tokens[i + 1];
    if (hy && hy.key === '-' && hy.start === t.end && tokens[i + 2] && w.covered[i + 2] && tokens[i + 2]!.start === hy.end) {
      i += 2;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (w.covered[j] || !gapOk(w, prev, u)) break;
      if (isCapitalized(u)) {
        j++;
        continue;
      }
      const after = tokens[j + 1];
      // "George W. Bush": a middle initial and its full stop.
      if (u.raw === '.' && prev.end === u.start && /^\p{Lu}$/u.test(prev.raw) && after && isCapitalized(after) && !w.covered[j + 1] && gapOk(w, u, after)) {
        j++;
        continue;
      }
      // "D'Amato", "O’Connor": an apostrophe inside a name.
      if ((u.key === "'") && prev.end === u.start && /^\p{Lu}$/u.test(prev.raw) && after && after.start === u.end && isCapitalized(after)) {
        j += 2;
        continue;
      }
      // "Kassym-Jomart", "Ter-Petrosyan": a hyphen between two capitalised words, no spaces.
      if (u.key === '-' && prev.end === u.start && after && after.start === u.end && isCapitalized(after) && !w.covered[j + 1]) {
        j += 2;
        continue;
      }
      // "of", "for", "von der": connectors followed by a capitalised word; not after what looks
      // like a person's surname ("Marat Seitkaliyev of the Steppe Institute" is two names).
      if (j - i >= 2 && SURNAME_ENDINGS.test(prev.raw) && /^(?:of|for|and)$/.test(u.raw)) break;
      let c = j;
      while (c < tokens.length && CONNECTORS.has(tokens[c]!.raw) && c - j < 2 && gapOk(w, tokens[c - 1]!, tokens[c]!)) c++;
      const nextCap = tokens[c];
      if (c > j && nextCap && isCapitalized(nextCap) && !w.covered[c] && gapOk(w, tokens[c - 1]!, nextCap)) {
        j = c + 1;
        continue;
      }
      break;
    }
    runs.push(...splitRun(w, { from: i, to: j, titled: false }));
    i = j;
  }
  return runs;
}

/**
 * Splits a maximal capitalised run into names: at capitalised stop words ("Tirana Wednesday"),
 * at a person title inside ("... Water Agency Director Lena Brandt"), and at joiners ("Tirana
 * and Skopje", "Marta Kovac of North Macedonia") unless the part is the name of a body ("Customs
 * and Border Service", "University of Skopje") or a document.
 */
function splitRun(w: Work, run: Run): Run[] {
  const { tokens } = w;
  // 1. Stop words and inner titles.
  const parts: Run[] = [];
  let start = run.from;
  for (let k = run.from; k < run.to; k++) {
    const t = tokens[k]!;
    if (k > run.from && isCapitalized(t) && STOP.has(t.raw.toLowerCase()) && !(NAME_ADJECTIVES.has(t.raw) && headed(w, run))) {
      if (k > start) parts.push({ from: start, to: k, titled: false });
      start = k + 1;
      continue;
    }
    const tl = k > run.from ? titleAt(w, k) : 0;
    if (tl > 0 && k + tl < run.to && isCapitalized(tokens[k + tl]!)) {
      if (k > start) parts.push({ from: start, to: k, titled: false });
      start = k;
      k += tl - 1;
    }
  }
  if (start < run.to) parts.push({ from: start, to: run.to, titled: false });
  // 2. Joiners, unless the part names a body or a document.
  const out: Run[] = [];
  for (const p of parts) {
    const words = tokens.slice(p.from, p.to).filter((t) => t.word).map((t) => t.raw);
    const body = kindByHead(words) !== null || words.slice(0, 2).some((x) => DOCUMENT_HEADS.has(x)) || (words.length >= 3 && DOCUMENT_HEADS.has(words[words.length - 1]!));
    if (body) {
      // "the Nordic Academy and the Baltic Heritage Foundation": two bodies joined by "and the",
      // each with its own head word, are two names.
      const wordsOf = (a: number, b: number) => tokens.slice(a, b).filter((t) => t.word).map((t) => t.raw);
      // Without "the" too when both sides are complete names of two words or more ("Tartu
      // University and Riga Technical University"): entities/cue/coordination.
      let split = -1;
      let skip = 0;
      for (let k = p.from + 1; k + 1 < p.to; k++) {
        if (tokens[k]!.raw !== 'and') continue;
        const the = tokens[k + 1]!.raw === 'the' ? 1 : 0;
        const left = wordsOf(p.from, k);
        const right = wordsOf(k + 1 + the, p.to);
        if (!twoBodies(left, right, !the)) continue;
        split = k;
        skip = 1 + the;
        break;
      }
      if (split > 0) {
        out.push({ from: p.from, to: split, titled: p.titled }, { from: split + skip, to: p.to, titled: false });
        continue;
      }
      out.push(p);
      continue;
    }
    // "Foreign Ministers Aino Lepp and Tiit Kask": a plural title makes every name of the list a person.
    const tl = titleAt(w, p.from);
    const plural = tl > 0 && PLURAL_TITLE_WORDS.has(tokens[p.from + tl - 1]!.raw.replace(/\.$/, '').toLowerCase());
    let s = p.from;
    for (let k = p.from; k < p.to; k++) {
      if (!JOINERS.has(tokens[k]!.raw)) continue;
      if (k > s) out.push({ from: s, to: k, titled: plural && s > p.from });
      s = k + 1;
    }
    if (s < p.to) out.push({ from: s, to: p.to, titled: plural && s > p.from });
  }
  return out;
}

function startsSentence(w: Work, i: number): boolean {
  const prev = w.tokens[i - 1];
  if (!prev) return true;
  if (/[.!?:;•·\u2022([*#|]/.test(prev.raw) && prev.raw.length === 1) return true;
  return /\n/.test(w.text.slice(prev.end, w.tokens[i]!.start));
}

/** Trims a run: sentence-initial common words, stop words, titles (noted), connectors at the edges. */
function trim(w: Work, run: Run): Run | null {
  const { tokens } = w;
  let { from, to } = run;
  let titled = run.titled || titleBefore(w, from) || pluralTitleListBefore(w, from);
  for (;;) {
    if (from >= to) return null;
    const t = tokens[from]!;
    const lower = t.raw.toLowerCase();
    const tl = titleAt(w, from);
    if (tl > 0) {
      // "Minister of Energy ...", "Speaker of Parliament": an office, not a name.
      const after = tokens[from + tl];
      if (!after || from + tl >= to || after.raw === 'of' || after.raw === 'for') return null;
      // "the General Council", "the General Assembly": the title word and a body's head word
      // are the body's name (entities/cue/title-in-body), not a title before a person.
      if (to - (from + tl) === 1 && kindByHead([...tokens.slice(from, from + tl).map((x) => x.raw), after.raw]) === 'organization') break;
      titled = true;
      from += tl;
      continue;
    }
    if ((STOP.has(lower) && !(NAME_ADJECTIVES.has(t.raw) && headed(w, { from, to, titled }))) || CONNECTORS.has(lower) || t.raw === '-') {
      from++;
      continue;
    }
    // "See the Commission's overview": an imperative opening a sentence (entities/cue/imperative).
    if (IMPERATIVE.has(lower) && startsSentence(w, from) && to - from > 1) {
      from++;
      continue;
    }
    if (startsSentence(w, from) && w.lowerWords.has(lower) && to - from === 1) return null;
    if (startsSentence(w, from) && w.lowerWords.has(lower) && !isCapitalized(tokens[from + 1] ?? t)) {
      from++;
      continue;
    }
    break;
  }
  while (to > from && (CONNECTORS.has(tokens[to - 1]!.raw) || tokens[to - 1]!.raw === '-')) to--;
  if (from >= to) return null;
  return { from, to, titled };
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

/** compromise's opinion of a short phrase: person, organisation, city, country, region, or null. */
function kindOfTags(all: { text: string; tags: string[] }[]): EntityKind | null {
  // Particles ("von der") do not count.
  const terms = all.filter((t) => /^\p{Lu}/u.test(t.text));
  if (terms.length === 0) return null;
  // A phrase opening with a verb or gerund is a title ("Deepening Strategic Partnership").
  if (terms[0]!.tags.includes('Verb') || terms[0]!.tags.includes('Gerund')) return null;
  const has = (tag: string): number => terms.filter((t) => t.tags.includes(tag)).length;
  if (has('Organization') > 0) return 'organization';
  const personLike = terms.filter((t) => PERSON_TAGS.some((p) => t.tags.includes(p))).length;
  if (personLike * 2 >= terms.length && has('FirstName') + has('LastName') > 0) return 'person';
  if (has('City') > 0) return 'city';
  if (has('Country') > 0) return 'country';
  if (has('Region') > 0 || has('Place') > 0) return 'region';
  return null;
}

/**
 * compromise's opinion of short phrases (person, organisation, city, country, region, or
 * null), in one call for the whole list: compromise's cost is mostly per call.
 */
const compromiseCache = new Map<string, EntityKind | null>();

function compromiseKinds(all: string[]): (EntityKind | null)[] {
  const todo = [...new Set(all.filter((p) => !compromiseCache.has(p)))];
  const answers = compromiseKindsUncached(todo);
  if (compromiseCache.size > 20000) compromiseCache.clear();
  todo.forEach((p, i) => compromiseCache.set(p, answers[i] ?? null));
  return all.map((p) => compromiseCache.get(p) ?? null);
}

function compromiseKindsUncached(phrases: string[]): (EntityKind | null)[] {
  if (phrases.length === 0) return [];
  const starts: number[] = [];
  let text = '';
  for (const p of phrases) {
    if (text) text += '. ';
    starts.push(text.length);
    text += p.replace(/\./g, ' ');
  }
  // The lexicon and pre-tagger give the tags used here; the post-tagger costs five times more.
  const json = nlp.tokenize(text).compute(['lexicon', 'preTagger']).json({ offset: true }) as { terms: { text: string; tags: string[]; offset: { start: number } }[] }[];
  const buckets: { text: string; tags: string[] }[][] = phrases.map(() => []);
  let k = 0;
  for (const t of json.flatMap((x) => x.terms)) {
    while (k + 1 < starts.length && t.offset.start >= starts[k + 1]!) k++;
    buckets[k]!.push(t);
  }
  return buckets.map(kindOfTags);
}

/** Documents named in capitals ("Treaty on ..."): kind other, when not a phrase of common words (entities/cue/document-head). */
const DOCUMENT_HEADS = new Set(DOCUMENT_HEAD_WORDS);
/** Document heads that make a name a document wherever they stand before "on", "of", "between" ("the Samarkand Declaration on Regional Alliance"). */
const STRICT_DOCUMENT_HEADS = new Set(DOCUMENT_HEAD_WORDS.filter((x) => !/^(?:Programme|Program)$/.test(x)));
/** Document heads that make a name a document when they end it, even in a run through a place ("the Tehran Convention"); a programme named after a place is run by a body. */
const LAST_DOCUMENT_HEADS = new Set(DOCUMENT_HEAD_WORDS.filter((x) => !/^(?:Programme|Program|Map)$/.test(x)));
/** Heads of events, periodicals and venues: kind other (entities/cue/event-head, entities/cue/venue-head). */
const OTHER_HEADS = new Set([...EVENT_HEAD_WORDS, ...VENUE_HEAD_WORDS]);

/** The words after which a strict document head takes the rest of a name ("Declaration on ..."). */
const DOCUMENT_LINK = /^(?:on|of|between)$/;

/** Whether a name's words make it a document: a strict document head before "on"/"of"/"between", or one of `lastHeads` last. */
function documentName(words: string[], lastHeads: Set<string> = DOCUMENT_HEADS): boolean {
  if (lastHeads.has(words[words.length - 1]!)) return true;
  return words.some((x, i) => STRICT_DOCUMENT_HEADS.has(x) && DOCUMENT_LINK.test(words[i + 1] ?? ''));
}

/** "Historic Centre", "JSC Center": a generic adjective or legal form with a generic head (entities/cue/generic-phrase). */
const GENERIC_ADJ = new Set(GENERIC_ADJECTIVES);
const GENERIC_HEAD = new Set(GENERIC_PLACE_HEADS);

function genericPhrase(words: string[]): boolean {
  return words.length === 2 && GENERIC_ADJ.has(words[0]!.toLowerCase()) && GENERIC_HEAD.has(words[1]!.toLowerCase());
}

/** "the town of Kara-Su", "the district of Batken": the kind a settlement or area noun and "of" before the run give (entities/cue/place-noun-before). */
function placeNounBefore(w: Work, run: Run): EntityKind | null {
  const of = w.tokens[run.from - 1];
  const noun = w.tokens[run.from - 2];
  if (!of || !noun || of.raw !== 'of') return null;
  return Object.prototype.hasOwnProperty.call(PLACE_NOUNS_BEFORE, noun.raw) ? PLACE_NOUNS_BEFORE[noun.raw]! : null;
}

const KIND_NOUN = new Map<string, { kind: EntityKind; withNoun: boolean }>();
for (const g of KIND_NOUNS_AFTER) for (const n of g.nouns) KIND_NOUN.set(n, { kind: g.kind, withNoun: g.withNoun });

/**
 * A lower-case noun right after token `last` (same line, one space) that gives a new name its
 * kind ("the Davydov glacier", "the Zhana Kadam party"): the kind, whether the noun belongs to the
 * name, and the noun's token index (entities/cue/kind-noun-after).
 */
function kindNounAfter(w: Work, last: number): { kind: EntityKind; withNoun: boolean; at: number } | null {
  const a = w.tokens[last];
  const b = w.tokens[last + 1];
  if (!a || !b || !b.word || !/^ $/.test(w.text.slice(a.end, b.start))) return null;
  const k = KIND_NOUN.get(b.raw);
  return k ? { ...k, at: last + 1 } : null;
}

/** Every word other than head words and connectors is an ordinary lower-case word of the brief. */
function commonPhrase(w: Work, words: string[]): boolean {
  const rest = words.filter((x, i) => !CONNECTORS.has(x) && !(i === words.length - 1 || (i === 0 && words[1] === 'of')));
  const own = rest.length > 0 ? rest : words;
  return own.every((x) => w.lowerWords.has(x.toLowerCase()) || STOP.has(x.toLowerCase()));
}

/** Words around a run that say it is a person: "by X", "X, the director", "X said". */
const PERSON_BEFORE = new Set(['by', 'By', 'said', 'according']);
const PERSON_AFTER = /^(?:,\s*(?:the|a|an|who|director|head|chairman|chair|deputy|former|senior|professor|editor|author|analyst|researcher|adviser|advisor|ambassador|minister)\b|\s+(?:said|says|stated|noted|told|argued|wrote|added|explained|emphasized|emphasised|stressed|is\s+an?\b|was\s+an?\b))/;

function personContext(w: Work, run: Run): boolean {
  const prev = w.tokens[run.from - 1];
  if (prev && PERSON_BEFORE.has(prev.raw)) return true;
  const end = w.tokens[run.to - 1]!.end;
  if (PERSON_AFTER.test(w.text.slice(end, end + 40))) return true;
  // "the Special Envoy for Central Asia, Anna Virtanen, said": a name set off by commas after an office.
  const start = w.tokens[run.from]!.start;
  return /^\s*,/.test(w.text.slice(end, end + 3)) && OFFICE_BEFORE.test(w.text.slice(Math.max(0, start - 60), start));
}

/** Office nouns that end a capitalised phrase naming an office, not a person ("Energy Commissioner"). */
const OFFICE_LAST = new Set(['Commissioner', 'Minister', 'Ambassador', 'Envoy', 'Secretary', 'President', 'Governor', 'Mayor', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Representative', 'Chairman', 'Chairwoman', 'Director', 'Rapporteur', 'Coordinator', 'Adviser', 'Advisor']);

/** An office noun, then up to 40 characters with no clause break, then a comma, just before a name. */
const OFFICE_BEFORE = /\b(?:Representative|Envoy|Commissioner|Minister|Ambassador|Secretary|Director|Chair(?:man|woman|person)?|President|Governor|Mayor|Spokes(?:man|woman|person)|Adviser|Advisor|Coordinator|Rapporteur)\b[^.,;:()]{0,40},\s*$/;

/** Lower-case nouns that, just before an unknown capitalised word, make it the name of a company ("the shipping company Ortaq", "the concern Ortaqgaz"). */
const COMPANY_NOUNS_BEFORE = new Set(['company', 'concern', 'firm', 'operator', 'carrier', 'contractor', 'consultancy', 'utility', 'producer', 'developer', 'shipowner', 'subsidiary']);

/**
 * A company named by its context: one word (or an acronym) right after a company noun ("the
 * state shipping company Ortaqflot"), or an acronym after a country's possessive ("Italy's ENRX").
 */
function companyContext(w: Work, run: Run, words: string[]): boolean {
  const prev = w.tokens[run.from - 1];
  if (!prev) return false;
  if (words.length !== 1) {
    // "the US firm Cove Steppe Capital": a few capitalised words, not all common, after a company noun.
    return (
      words.length <= 4 &&
      COMPANY_NOUNS_BEFORE.has(prev.raw) &&
      /^ $/.test(w.text.slice(prev.end, w.tokens[run.from]!.start)) &&
      words.every((x) => /^\p{Lu}/u.test(x)) &&
      !words.every((x) => w.lowerWords.has(x.toLowerCase()))
    );
  }
  if (COMPANY_NOUNS_BEFORE.has(prev.raw) && /^ $/.test(w.text.slice(prev.end, w.tokens[run.from]!.start))) return true;
  if (!/^\p{Lu}{3,}$/u.test(words[0]!) || !/^['’]s$|^s$/.test(prev.raw)) return false;
  // The possessive's owner is a country mention ending at the apostrophe.
  const apos = w.tokens[run.from - 2];
  const ownerEnd = prev.raw.length === 1 ? apos?.start : prev.start;
  return ownerEnd !== undefined && w.mentions.some((m) => m.entityKind === 'country' && m.span.end === ownerEnd);
}

/**
 * Word parts that name a trade in company names glued to a place ("...telecom", "...gaz",
 * "...neft", "...trans", "...flot", "...energo", "...mash", "...avia", "...bank").
 */
const TRADE_PART_RE = /^(?:[a-z]{0,6}?)(?:telecom|tel|gaz|gas|neft|nebit|oil|trans|flot|mash|energo|energy|enerji|bank|port|rail|avia|air|auto|khim|chem|prom|stroy|invest|atom|hydro|komir|ugol|post|sat|com|net)[a-z]{0,8}$/;

/**
 * One word that is a country's name or demonym glued to a trade ("Nordlandtelecom",
 * "Latviagaz", "Estonianeft"): a company's name.
 */
function placeCompound(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{5,}$/u.test(word)) return false;
  const single = lexicon().single;
  for (let k = word.length - 3; k >= 4; k--) {
    const t = single.get(word.slice(0, k));
    if (t && t.kind === 'country' && TRADE_PART_RE.test(word.slice(k))) return true;
  }
  return false;
}

/** Words of a legal form alone ("Joint-Stock Company") are not a name. */
const LEGAL_FORM = new Set(['joint', 'stock', 'company', 'limited', 'liability', 'open', 'closed', 'public', 'private', 'incorporated']);

/** The kind of a run by its form and context; 'ask' when only compromise can tell. */
function guessKind(w: Work, run: Run, words: string[]): EntityKind | 'ask' | null {
  if (words.every((x) => LEGAL_FORM.has(x.toLowerCase()))) return null;
  if (genericPhrase(words)) return null;
  if (words.slice(0, 2).some((x) => DOCUMENT_HEADS.has(x)) || documentName(words)) {
    const own = words.filter((x) => !DOCUMENT_HEADS.has(x) && !CONNECTORS.has(x));
    const common = own.every((x) => w.lowerWords.has(x.toLowerCase()) || STOP.has(x.toLowerCase()));
    return words.length >= 2 && own.length > 0 && !common ? 'other' : null;
  }
  // "Baku Energy Week", "Vasara Palace": an event, a periodical or a venue.
  if (words.length >= 2 && OTHER_HEADS.has(words[words.length - 1]!)) return commonPhrase(w, words) ? null : 'other';
  const byHead = kindByHead(words);
  if (byHead) return commonPhrase(w, words) ? null : byHead;
  const placeKind = placeNounBefore(w, run);
  if (placeKind && !words.every((x) => w.lowerWords.has(x.toLowerCase()))) return placeKind;
  if (companyContext(w, run, words) && (words.length > 1 || (!w.lowerWords.has(words[0]!.toLowerCase()) && kindByHead(['X', words[0]!]) === null))) return 'company';
  if (words.length === 1 && placeCompound(words[0]!) && !w.lowerWords.has(words[0]!.toLowerCase())) return 'company';
  const allCaps = run.to - run.from === 1 && isAllCaps(w.tokens[run.from]!);
  if (run.titled && !allCaps && !words.every((x) => w.lowerWords.has(x.toLowerCase()) || STOP.has(x.toLowerCase()))) return 'person';
  const last = words[words.length - 1]!;
  // "Bolat Temirov", "Rauf HASANOV": given name(s) and a surname with a regional ending.
  if (
    !allCaps &&
    words.length <= 3 &&
    words.slice(0, -1).every((x) => /^\p{Lu}\p{Ll}/u.test(x)) &&
    /^\p{Lu}/u.test(last) &&
    SURNAME_ENDINGS.test(last.toLowerCase()) &&
    last.length >= 5
  ) {
    return 'person';
  }
  // "the Energy Commissioner said", "the Transport Minister told": an office, not a person's name.
  if (OFFICE_LAST.has(last)) return null;
  if (words.length >= 2 && words.length <= 3 && personContext(w, run) && words.every((x) => /^\p{Lu}\p{Ll}/u.test(x) && !w.lowerWords.has(x.toLowerCase()))) {
    return 'person';
  }
  // A phrase of common words ("Strategic Partnership") is not a name.
  if (words.every((x) => w.lowerWords.has(x.toLowerCase()))) return null;
  if (allCaps || words.every((x) => x === x.toUpperCase())) return null;
  // One CamelCase word ("KhazarGas", "AralTrans") is a brand: a company.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(words[0]!)) return 'company';
  // One word that the brief also writes in lower case is a common word ("Summit", "Members");
  // one unknown word opening a sentence is far more often a common word than a name.
  if (words.length === 1 && (w.lowerWords.has(words[0]!.toLowerCase()) || startsSentence(w, run.from))) return null;
  return 'ask';
}

const PLACE_KINDS = new Set<EntityKind>(['country', 'city', 'region']);
const BODY_KINDS = new Set<EntityKind>(['organization', 'project']);

/** "Caspian Environment Programme": a programme named after a place is run by a body. */
const PROGRAMME = new Set(['Programme', 'Program']);

function programmeKind(words: string[]): EntityKind | null {
  return PROGRAMME.has(words[words.length - 1]!) && words.length >= 3 ? 'organization' : null;
}

/** Route and network nouns that, in lower case after a name, make it the name of a route ("the Nabucco pipeline"). */
const ROUTE_NOUNS = new Set(['pipeline', 'railway', 'railroad', 'canal', 'corridor', 'highway', 'motorway']);

/** Whether token h + 1 is a lower-case route noun on the same line as token h. */
function routeNounAfter(w: Work, h: number): boolean {
  const a = w.tokens[h];
  const b = w.tokens[h + 1];
  return !!a && !!b && ROUTE_NOUNS.has(b.raw) && /^ $/.test(w.text.slice(a.end, b.start));
}

/** Places and own words (not connectors) among tokens a..b of a run through places. */
function sideOf(w: Work, place: Uint8Array, a: number, b: number): { places: number; own: number } {
  let places = 0;
  let own = 0;
  for (let x = a; x <= b; x++) {
    if (place[x]) places++;
    else if (w.tokens[x]!.word && !CONNECTORS.has(w.tokens[x]!.raw)) own++;
  }
  return { places, own };
}

/**
 * Where an "and" at token k of a run i..h through places ends a name (entities/cue/coordination):
 * 'left' when the side before it is only places and the side after has none ("Azerbaijan and
 * Türkiye and Commission ..."): the name starts after it; 'right' when the side after is only
 * places and the side before has none ("... Digital Services and Kazakhstan"), or both sides are
 * complete names of bodies ("Astana Medical University and Tashkent State University"): the name
 * ends before it; null when the "and" is inside one name.
 */
function andCut(w: Work, place: Uint8Array, i: number, k: number, h: number): 'left' | 'right' | null {
  const { tokens } = w;
  const left = sideOf(w, place, i, k - 1);
  const right = sideOf(w, place, k + 1, h);
  if (left.own === 0 && left.places > 0 && right.places === 0) return 'left';
  if (right.own === 0 && right.places > 0 && left.places === 0) return 'right';
  if (kindByHead(['X', tokens[k - 1]!.raw]) === null) return null;
  const wordsIn = (a: number, b: number): string[] => tokens.slice(a, b + 1).filter((t) => t.word).map((t) => t.raw);
  const lw = wordsIn(i, k - 1);
  const rw = wordsIn(k + 1 + (tokens[k + 1]?.raw === 'the' ? 1 : 0), h);
  return twoBodies(lw, rw, true) ? 'right' : null;
}

/**
 * Whether the words either side of an "and" are two complete body names (entities/cue/coordination):
 * each has a head word; `whole` (no "the" after "and" to mark the second) also asks for two words
 * or more a side and a head word right before "and".
 */
function twoBodies(left: string[], right: string[], whole: boolean): boolean {
  if (kindByHead(left) === null || kindByHead(right) === null) return false;
  return !whole || (left.length >= 2 && right.length >= 2 && kindByHead(['X', left[left.length - 1]!]) !== null);
}

/**
 * Names of bodies that contain a place name: "Azerbaijan Technical University", "Ministry of
 * Energy of Kazakhstan". A run may pass through place mentions when it ends in an organisation
 * or company head word; the place mentions inside are kept (unless the whole is a spelling
 * variant of a known body, which then replaces them).
 */
function bodiesWithPlaces(w: Work): void {
  const { tokens } = w;
  const lex = lexicon();
  const place = new Uint8Array(tokens.length);
  for (const m of w.mentions) {
    const body = BODY_KINDS.has(m.entityKind) && /^entities\/gazetteer\/(?:name|alias)$/.test(m.ruleId);
    if ((!PLACE_KINDS.has(m.entityKind) && !body) || !/^entities\/(?:gazetteer|glued)\//.test(m.ruleId)) continue;
    const i = tokenIndexAt(w, m.span.start);
    if (i < 0 || tokens[i]!.start !== m.span.start) continue;
    // A known body counts only as the first words of a longer name ("UN ... Trust Fund",
    // "Global Gateway Investors Forum"): 2 marks it, and it may only open a run.
    for (let k = i; k < tokens.length && tokens[k]!.start < m.span.end; k++) place[k] = body ? 2 : 1;
  }
  const ok = (i: number): boolean => {
    const t = tokens[i];
    return !!t && (place[i] === 1 || (!w.covered[i] && isCapitalized(t)));
  };
  const okFirst = (i: number): boolean => ok(i) || place[i] === 2;
  let i = 0;
  while (i < tokens.length) {
    if (!okFirst(i) || (!place[i] && (STOP.has(tokens[i]!.raw.toLowerCase()) || (IMPERATIVE.has(tokens[i]!.raw.toLowerCase()) && startsSentence(w, i))))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (place[i] === 2 && place[j] === 2) j++;
    while (j < tokens.length && gapOk(w, tokens[j - 1]!, tokens[j]!)) {
      if (ok(j)) j++;
      else if (CONNECTORS.has(tokens[j]!.raw) && ok(j + 1) && gapOk(w, tokens[j]!, tokens[j + 1]!)) j += 2;
      // "Trust Fund for the Aral Sea Region": a connector and "the".
      else if (tokens[j]!.raw === 'for' && tokens[j + 1]?.raw === 'the' && ok(j + 2) && gapOk(w, tokens[j]!, tokens[j + 1]!) && gapOk(w, tokens[j + 1]!, tokens[j + 2]!)) j += 3;
      else if (tokens[j]!.key === '-' && tokens[j - 1]!.end === tokens[j]!.start && ok(j + 1) && tokens[j + 1]!.start === tokens[j]!.end) j += 2;
      else break;
    }
    // The run up to its last head word.
    let h = j - 1;
    // "Ministry of Water Resources of Uzbekistan": a head word followed by "of" takes the whole run.
    let headFirst = false;
    for (let k = i; k < j - 1 && !headFirst; k++) {
      if (/^(?:of|for)$/.test(tokens[k + 1]!.raw) && !place[k] && kindByHead([tokens[k]!.raw, 'of', 'X']) === 'organization') headFirst = true;
    }
    // "the Kazakhstan–Aral Delta railway": a name with no head word before a route noun.
    const routeEnd = !headFirst && routeNounAfter(w, j - 1);
    if (!headFirst && !routeEnd) while (h > i && (place[h] || (kindByHead(['X', tokens[h]!.raw]) === null && !PROGRAMME.has(tokens[h]!.raw) && !OTHER_HEADS.has(tokens[h]!.raw) && !DOCUMENT_HEADS.has(tokens[h]!.raw)))) h--;
    // "the Samarkand Declaration on Regional Cooperation": a document head before "on" takes the rest of the run.
    if (!headFirst && STRICT_DOCUMENT_HEADS.has(tokens[h]!.raw) && DOCUMENT_LINK.test(tokens[h + 1]?.raw ?? '') && h + 2 < j) h = j - 1;
    while ((headFirst || h === j - 1) && h > i && (STOP.has(tokens[h]!.raw.toLowerCase()) || CONNECTORS.has(tokens[h]!.raw))) h--;
    // "and" between a side made only of places and a side with none ends the name ("Azerbaijan
    // and Türkiye and Commission ...", "... Digital Services and Kazakhstan"): entities/cue/coordination.
    for (let k = i + 1; k < h; k++) {
      if (tokens[k]!.raw !== 'and') continue;
      const cut = andCut(w, place, i, k, h);
      if (cut === 'left') {
        i = k + 1;
        break;
      }
      if (cut === 'right') {
        h = k - 1;
        break;
      }
    }
    let hasPlace = false;
    let hasOwn = false;
    let titled = false;
    for (let k = i; k <= h; k++) {
      if (place[k]) hasPlace = true;
      else if (tokens[k]!.word && !CONNECTORS.has(tokens[k]!.raw)) hasOwn = true;
      if (titleAt(w, k) > 0) titled = true;
    }
    const words = tokens.slice(i, h + 1).filter((t) => t.word).map((t) => t.raw);
    const lastWord = words[words.length - 1]!;
    const otherKind = documentName(words, LAST_DOCUMENT_HEADS) || OTHER_HEADS.has(lastWord) ? 'other' : null;
    let kind = h > i && hasPlace && hasOwn && !titled && (headFirst || routeEnd || !place[h]) ? (headFirst ? 'organization' : otherKind ?? kindByHead(words) ?? programmeKind(words) ?? (routeEnd ? 'project' : null)) : null;
    if ((kind !== 'organization' && kind !== 'company' && kind !== 'project' && kind !== 'other') || commonPhrase(w, words)) {
      i = j;
      continue;
    }
    // "the Central Asia–Centre pipeline": a route noun in lower case after the name.
    const route = routeNounAfter(w, h);
    if (route) {
      kind = 'project';
      h++;
    }
    const span = { start: tokens[i]!.start, end: tokens[h]!.end };
    const surface = w.text.slice(span.start, span.end);
    // "UN Development Programme": a known body's short form opening the name stands for its full name.
    const lead = place[i] === 2 ? w.mentions.find((m) => m.span.start === span.start && BODY_KINDS.has(m.entityKind)) : undefined;
    // (the short form's long name may end in the word that follows it: "TAPI Pipeline Company")
    const rest = surface.slice((lead?.span.end ?? span.start) - span.start);
    const leadLast = lead?.name.split(' ').pop()?.toLowerCase() ?? '';
    const full = lead && kind !== 'other' && /^[\p{Lu}.]+$/u.test(lead.text) && !rest.trimStart().toLowerCase().startsWith(`${leadLast} `) ? lead.name + rest : surface;
    // "NAM Contact Group": a group named after a known organisation is a body, not a company.
    if (lead?.entityKind === 'organization' && kind === 'company') kind = 'organization';
    const kinds: EntityKind[] = kind === 'project' ? ['project'] : ['organization', 'company'];
    // (a document, an event or a venue is no spelling variant of a body: "UN Charter")
    const v = kind === 'other' ? null : bodyVariant(full, lex.bodies, kinds) ?? (full !== surface ? bodyVariant(surface, lex.bodies, kinds) : null);
    if (v) {
      w.mentions = w.mentions.filter((m) => !(m.span.start >= span.start && m.span.end <= span.end));
      w.mentions.push(mention(w, span, { name: v.entry.name, kind: v.entry.kind }, 'entities/variant/body', v.score));
    } else {
      const extended = lead !== undefined || programmeKind(words) !== null || /\n/.test(surface);
      const rule = route ? 'entities/unknown/route' : extended ? 'entities/unknown/body-with-name' : `entities/unknown/${kind}`;
      w.mentions.push(mention(w, span, { name: tidy(full), kind }, rule));
    }
    for (let k = i; k <= h; k++) w.covered[k] = 1;
    i = h + 1;
  }
}

/**
 * The body "the <Head>" refers to: the nearest body named before whose name ends in that head
 * word ("the UN General Assembly ... the Assembly"); with none, "European <Head>" when the
 * brief names the European Union and the gazetteer knows that body ("the Commission").
 */
function bodyByHead(w: Work, head: string, before: number): { name: string; kind: EntityKind } | null {
  let best: { name: string; kind: EntityKind } | null = null;
  for (const m of w.mentions) {
    if (m.span.start >= before || (m.entityKind !== 'organization' && m.entityKind !== 'company')) continue;
    const last = (s: string): string => s.split(/\s+/).pop() ?? '';
    if (last(m.name) === head || last(m.text) === head) best = { name: m.name, kind: m.entityKind };
  }
  if (best) return best;
  const eu = lexicon().entries.get(`European ${head}`);
  if (eu && BODY_KINDS.has(eu.kind) && w.mentions.some((m) => m.name === 'European Union')) return { name: eu.name, kind: eu.kind };
  return null;
}

/** Tokens before a bare given name that leave it a reference to a person (not "the spread of Islam"). */
const GIVEN_NAME_BEFORE = new Set([',', '(', 'and', 'by', 'with', 'as', 'that', 'when', 'while']);

/**
 * The person a lone capitalised word names when it is the given name of exactly one person the
 * brief names in full (two words or more), not followed by another capitalised word, at a
 * sentence start or after a comma, "and", "by" ...
 */
function givenNameSlot(w: Work, i: number): boolean {
  const t = w.tokens[i]!;
  const next = w.tokens[i + 1];
  if (next && isCapitalized(next) && gapOk(w, t, next)) return false;
  if (w.lowerWords.has(t.raw.toLowerCase())) return false;
  const prev = w.tokens[i - 1];
  return startsSentence(w, i) || (!!prev && GIVEN_NAME_BEFORE.has(prev.raw));
}

function personByGivenName(w: Work, i: number): string | null {
  const t = w.tokens[i]!;
  const found = new Set<string>();
  for (const m of w.mentions) {
    if (m.entityKind !== 'person') continue;
    const parts = m.name.split(' ');
    if (parts.length >= 2 && parts[0] === t.raw && m.text.split(/\s+/).length >= 2) found.add(m.name);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** Lower-case nouns of a facility or route after a numbered name ("the Steppe-3 plant"). */
const FACILITY_NOUNS = new Set(['plant', 'station', 'dam', 'reservoir', 'field', 'unit', 'pipeline', 'line', 'project', 'mine', 'block', 'well']);

const squashedCache = new WeakMap<object, Map<string, { name: string; kind: EntityKind }>>();

/** Letters and digits only, lower case: "Kambar-Ata-1" and "Kambarata-1" are one key. */
function squash(s: string): string {
  return s.normalize('NFD').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** Known bodies and projects by their squashed names and aliases (forms holding a digit only). */
function squashedBodies(): Map<string, { name: string; kind: EntityKind }> {
  const lex = lexicon();
  let m = squashedCache.get(lex.bodies);
  if (!m) {
    m = new Map();
    for (const b of lex.bodies) for (const f of [b.name, ...(b.aliases ?? [])]) if (/\d/.test(f) && !m.has(squash(f))) m.set(squash(f), { name: b.name, kind: b.kind });
    squashedCache.set(lex.bodies, m);
  }
  return m;
}

/**
 * Numbered names of plants, units and fields: capitalised words joined by hyphens and ending in
 * "-<number>" ("Kambarata-2", "Kambar-Ata-1"). A known name spelled with other hyphens or
 * spaces is that name; a new one is a project when a facility noun follows ("the Kambarata-2 plant").
 */
function numberedNames(w: Work): void {
  const { tokens } = w;
  const known = squashedBodies();
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalized(tokens[i]!) || !/\p{Ll}/u.test(tokens[i]!.raw)) continue;
    // (a covered word goes on only when it is a place: tested below, once the name is numbered)
    let j = i + 1;
    while (tokens[j]?.key === '-' && tokens[j + 1] && isCapitalized(tokens[j + 1]!) && tokens[j]!.start === tokens[j - 1]!.end && tokens[j + 1]!.start === tokens[j]!.end && !w.covered[j + 1]) j += 2;
    const dash = tokens[j];
    const num = tokens[j + 1];
    if (!dash || !num || dash.key !== '-' || dash.start !== tokens[j - 1]!.end || num.start !== dash.end || !/^\d{1,4}$/.test(num.raw)) continue;
    if (tokens[j + 2] && tokens[j + 2]!.start === num.end && tokens[j + 2]!.word) continue;
    // "Naryn-4": a place name glued to a number names the facility, not the place.
    const placeHere = w.covered[i] ? w.mentions.find((m) => m.span.start === tokens[i]!.start && m.span.end === tokens[i]!.end && PLACE_KINDS.has(m.entityKind)) : undefined;
    if (w.covered[i] && !placeHere) continue;
    const span = { start: tokens[i]!.start, end: num.end };
    const surface = w.text.slice(span.start, span.end);
    const hit = known.get(squash(surface));
    const after = tokens[j + 2];
    const noun = !!after && FACILITY_NOUNS.has(after.raw) && /^ $/.test(w.text.slice(num.end, after.start));
    if (!hit && !noun) continue;
    if (placeHere) w.mentions = w.mentions.filter((m) => m !== placeHere);
    if (hit) w.mentions.push(mention(w, span, hit, 'entities/variant/body', 0.95));
    else w.mentions.push(mention(w, span, { name: surface, kind: 'project' }, 'entities/unknown/numbered'));
    for (let k = i; k <= j + 1; k++) w.covered[k] = 1;
    i = j + 1;
  }
}

/** Generic heads of a company's legal or industrial form ("... Mining Combine", "... Mining Company"). */
const COMPANY_FORM_HEADS = new Set(['Company', 'Combine', 'Kombinat', 'Corporation', 'Corp', 'JSC', 'OJSC', 'CJSC', 'PJSC', 'LLC', 'Ltd', 'Limited', 'Inc', 'PLC', 'Holding', 'Holdings', 'Group', 'AG', 'GmbH', 'SA']);

/**
 * "the Tartu Mining Combine" and later "the Tartu Mining Company": new companies whose names
 * differ only in a generic form head are one company (named as the brief first names it), unless
 * one sentence names both (then the text tells them apart: "X Holding and its X Company").
 */
function mergeCompanyForms(w: Work): void {
  const byStem = new Map<string, typeof w.mentions>();
  for (const m of w.mentions) {
    if (m.entityKind !== 'company' || !m.ruleId.startsWith('entities/unknown/')) continue;
    const parts = m.name.split(' ');
    if (parts.length < 2 || !COMPANY_FORM_HEADS.has(parts[parts.length - 1]!)) continue;
    const stem = parts.slice(0, -1).join(' ');
    const list = byStem.get(stem);
    if (list) list.push(m);
    else byStem.set(stem, [m]);
  }
  const sentenceOf = (pos: number): number => w.doc.sentences.findIndex((x) => x.span.start <= pos && pos < x.span.end);
  for (const ms of byStem.values()) {
    if (new Set(ms.map((m) => m.name)).size < 2) continue;
    const namesBySentence = new Map<number, Set<string>>();
    for (const m of ms) {
      const k = sentenceOf(m.span.start);
      const set = namesBySentence.get(k) ?? new Set<string>();
      set.add(m.name);
      namesBySentence.set(k, set);
    }
    if ([...namesBySentence.entries()].some(([k, set]) => k >= 0 && set.size > 1)) continue;
    const first = [...ms].sort((a, b) => a.span.start - b.span.start)[0]!.name;
    for (const m of ms) if (m.name !== first) m.name = first;
  }
}

interface Guess {
  run: Run;
  words: string[];
  kind: EntityKind | 'ask';
  span: { start: number; end: number };
  /** The kind is compromise's. */
  asked: boolean;
  /** A rule id other than entities/unknown/<kind>. */
  rule: string | null;
}

function onlyOne(xs: string[]): string | null {
  return xs.length === 1 ? xs[0]! : null;
}

/**
 * The kind (and the end of the name, when the noun belongs to it) that a lower-case noun gives a
 * run: right after it ("the Davydov glacier"), or after a known place right after it ("its Nur
 * Navoi plant": a facility).
 */
function nounCue(w: Work, run: Run): { kind: EntityKind; end: number | null } | null {
  const direct = kindNounAfter(w, run.to - 1);
  if (direct) return { kind: direct.kind, end: direct.withNoun ? w.tokens[direct.at]!.end : null };
  const next = w.tokens[run.to];
  if (!next || !w.covered[run.to] || !/^ $/.test(w.text.slice(w.tokens[run.to - 1]!.end, next.start))) return null;
  const place = w.mentions.find((m) => m.span.start === next.start && PLACE_KINDS.has(m.entityKind));
  if (!place) return null;
  const e = tokenIndexAt(w, place.span.end - 1);
  const cue = e >= 0 ? kindNounAfter(w, e) : null;
  return cue && cue.kind === 'project' ? { kind: 'project', end: w.tokens[cue.at]!.end } : null;
}

/** Prepositions of place before a lone word compromise took for a person: a settlement (entities/cue/place-noun-before). */
const LOCATIVE_BEFORE = new Set(['in', 'near', 'outside', 'around']);

/** Rules of a known person's surname used alone. */
const SURNAME_RULES = new Set(['entities/person/surname', 'entities/context/surname-date', 'entities/context/surname-named']);

/** The mention of a known person's surname alone right after the run ("Nawaz | Sharif"), or undefined. */
function knownSurnameAfter(w: Work, run: Run) {
  const next = w.tokens[run.to];
  if (!next || !/^ $/.test(w.text.slice(w.tokens[run.to - 1]!.end, next.start))) return undefined;
  return w.mentions.find((m) => m.span.start === next.start && m.entityKind === 'person' && SURNAME_RULES.has(m.ruleId) && !/\s/.test(m.text));
}

export function findUnknown(w: Work): void {
  const lex = lexicon();
  const { tokens } = w;
  numberedNames(w);
  bodiesWithPlaces(w);
  const guessed: Guess[] = [];
  /** References decided after the new names are known: "the <Head>" (head set) and lone given names. */
  const later: { span: { start: number; end: number }; from: number; head: string | null }[] = [];
  for (const raw of collectRuns(w)) {
    const run = trim(w, raw);
    if (!run) continue;
    const words = tokens.slice(run.from, run.to).filter((t) => t.word).map((t) => t.raw);
    if (words.length === 0 || words.join('').length < 2) continue;
    const span = { start: tokens[run.from]!.start, end: tokens[run.to - 1]!.end };
    // "the Assembly", "the Commission": a known body named before, or no name at all.
    if (words.length === 1 && /^the$/i.test(tokens[run.from - 1]?.raw ?? '') && !CONNECTORS.has(tokens[run.to]?.raw ?? '') && kindByHead(['X', words[0]!]) === 'organization') {
      later.push({ span, from: run.from, head: words[0]! });
      continue;
    }
    // "Gurbanguly, now chairman, ...": the given name alone of a person the brief names in full
    // (decided once every full name is known).
    if (words.length === 1 && run.to - run.from === 1 && givenNameSlot(w, run.from)) later.push({ span, from: run.from, head: null });
    // A field label at the start of a line ("Editorial Office:") is not a name.
    if (startsSentence(w, run.from) && /^[*_]*:/.test(w.text.slice(tokens[run.to - 1]!.end, tokens[run.to - 1]!.end + 4))) continue;
    const kind = guessKind(w, run, words);
    if (!kind) continue;
    // "the Davydov glacier", "the ruling Zhana Kadam party", "its Nur Navoi plant": a lower-case
    // noun after the name gives its kind (entities/cue/kind-noun-after).
    if (kind === 'ask' || kind === 'person' || PLACE_KINDS.has(kind)) {
      const cue = nounCue(w, run);
      if (cue) {
        guessed.push({ run, words, kind: cue.kind, span: { start: span.start, end: cue.end ?? span.end }, asked: false, rule: 'entities/unknown/by-noun' });
        continue;
      }
    }
    guessed.push({ run, words, kind, span, asked: kind === 'ask', rule: null });
  }
  const asked = guessed.filter((g) => g.kind === 'ask');
  const answers = compromiseKinds(asked.map((g) => w.text.slice(g.span.start, g.span.end)));
  asked.forEach((g, i) => (g.kind = answers[i] ?? 'ask'));
  const pending = guessed.filter((g): g is Guess & { kind: EntityKind } => g.kind !== 'ask' && g.kind !== null);
  // People: known ones by spelling variant; new ones named in full lend their surname to
  // later bare uses in this brief.
  const localSurnames = new Map<string, string>();
  const personOf = new Map<number, { name: string; rule: string; score: number }>();
  for (const [idx, p] of pending.entries()) {
    if (p.kind !== 'person') continue;
    // (a bare surname of a new person the brief named in full is that person, not a known
    // person whose surname it merely resembles: "Tashenov" after "Yerbol Tashenov")
    const vs = p.words.length === 1 && localSurnames.has(p.words[0]!) ? [] : personVariant(p.words.join(' '), lex.people);
    if (vs.length > 0) {
      let entry = vs[0]!.entry;
      if (vs.length > 1) {
        const when = dateFor(p.span.start, w.doc.sentences, w.dates, w.docDate);
        entry = (when && pickByDate(vs.map((v) => v.entry), when.day)) ?? entry;
      }
      personOf.set(idx, { name: entry.name, rule: 'entities/variant/person', score: vs[0]!.score });
    } else if (p.words.length >= 2 && /\s/.test(w.text.slice(p.span.start, p.span.end))) {
      // (a hyphenated word alone, "Kara-Su", is a lone word: decided below)
      let name = tidy(w.text.slice(p.span.start, p.span.end));
      // The same new person spelled twice in one brief ("Barnett" / "Barnet"): the first spelling.
      const same = [...localSurnames.values()].find((n) => n !== name && similarity(n, name) >= VARIANT_THRESHOLD && n.split(' ').length === name.split(' ').length);
      if (same) name = same;
      personOf.set(idx, { name, rule: 'entities/unknown/person', score: 1 });
      for (const k of [p.words[p.words.length - 1]!, name.split(' ').pop()!]) if (!localSurnames.has(k)) localSurnames.set(k, name);
    }
  }
  // Everyone the brief names in full (two words or more), for lone given names and surnames.
  const fullNames = new Set<string>();
  for (const m of w.mentions) if (m.entityKind === 'person' && / /.test(m.name) && /\s/.test(m.text.trim())) fullNames.add(m.name);
  for (const [idx, p] of pending.entries()) {
    const k = personOf.get(idx);
    if (k && p.words.length >= 2 && /\s/.test(w.text.slice(p.span.start, p.span.end))) fullNames.add(k.name);
  }
  for (const [idx, { words, kind, span, run, asked, rule }] of pending.entries()) {
    const surface = w.text.slice(span.start, span.end);
    if (kind === 'person') {
      const known = personOf.get(idx);
      if (known) {
        w.mentions.push(mention(w, span, { name: known.name, kind: 'person' }, known.rule, known.score));
        continue;
      }
      const full = words.length === 1 ? localSurnames.get(words[0]!) : undefined;
      if (full) {
        w.mentions.push(mention(w, span, { name: full, kind: 'person' }, 'entities/unknown/surname'));
        continue;
      }
      if (!/\s/.test(surface)) {
        // "Prime Minister Maryam Sharif": another given name before a known surname is another person.
        const sur = knownSurnameAfter(w, run);
        if (sur) {
          w.mentions = w.mentions.filter((m) => m !== sur);
          const whole = { start: span.start, end: sur.span.end };
          w.mentions.push(mention(w, whole, { name: tidy(w.text.slice(whole.start, whole.end)), kind: 'person' }, 'entities/unknown/other-given-name'));
          continue;
        }
        // A given name or a surname alone of the only person named in full with it (entities/cue/lone-name).
        const given = onlyOne([...fullNames].filter((n) => n.startsWith(`${surface} `)));
        if (given) {
          w.mentions.push(mention(w, span, { name: given, kind: 'person' }, 'entities/context/given-name'));
          continue;
        }
        const last = onlyOne([...fullNames].filter((n) => n.endsWith(` ${surface}`)));
        if (last) {
          w.mentions.push(mention(w, span, { name: last, kind: 'person' }, 'entities/context/lone-surname'));
          continue;
        }
        // One word that only compromise took for a name, with no title or person context, joining
        // nobody of the brief: no person ("Nur", "Khan").
        if (asked && !run.titled && !personContext(w, run) && !lex.entries.has(tidy(surface))) {
          // "fighting broke out in Kara-Su": after a preposition of place it is a settlement.
          if (LOCATIVE_BEFORE.has(w.tokens[run.from - 1]?.raw ?? '') && !/^['’]/.test(w.text.slice(span.end, span.end + 1))) {
            w.mentions.push(mention(w, span, { name: tidy(surface), kind: 'city' }, 'entities/unknown/city'));
          }
          continue;
        }
      }
      w.mentions.push(mention(w, span, { name: tidy(surface), kind: 'person' }, 'entities/unknown/person'));
      continue;
    }
    if (rule) {
      // A name with a kind noun after it (entities/cue/kind-noun-after).
      const v = kind === 'organization' || kind === 'company' ? bodyVariant(surface, lex.bodies, ['organization', 'company']) : null;
      if (v) w.mentions.push(mention(w, span, { name: v.entry.name, kind: v.entry.kind }, 'entities/variant/body', v.score));
      else w.mentions.push(mention(w, span, { name: tidy(surface), kind }, rule));
      continue;
    }
    if (kind === 'organization' || kind === 'company' || kind === 'project') {
      const v = bodyVariant(surface, lex.bodies, kind === 'project' ? ['project'] : ['organization', 'company']);
      if (v) {
        w.mentions.push(mention(w, span, { name: v.entry.name, kind: v.entry.kind }, 'entities/variant/body', v.score));
        continue;
      }
    }
    w.mentions.push(mention(w, span, { name: tidy(surface), kind }, `entities/unknown/${kind}`));
  }
  for (const l of later) {
    if (l.head !== null) {
      const body = bodyByHead(w, l.head, l.span.start);
      if (body) w.mentions.push(mention(w, l.span, body, 'entities/context/body-head'));
      continue;
    }
    const person = personByGivenName(w, l.from);
    if (!person) continue;
    // It replaces what the word alone was taken for (an unknown person "Gurbanguly").
    w.mentions = w.mentions.filter((m) => m.span.start !== l.span.start || m.span.end !== l.span.end);
    w.mentions.push(mention(w, l.span, { name: person, kind: 'person' }, 'entities/context/given-name'));
  }
  mergeCompanyForms(w);
  surnamesOfOtherBearers(w);
}

/**
 * "Prime Minister Maryam Sharif ... Sharif said": once the brief names in full another bearer of a
 * known surname (entities/unknown/other-given-name), the surname alone is that person, unless the
 * brief also names the known bearer in full.
 */
function surnamesOfOtherBearers(w: Work): void {
  const others = w.mentions.filter((m) => m.ruleId === 'entities/unknown/other-given-name');
  if (others.length === 0) return;
  const namedInFull = new Set(w.mentions.filter((m) => m.entityKind === 'person' && /\s/.test(m.text.trim())).map((m) => m.name));
  for (const m of w.mentions) {
    if (m.entityKind !== 'person' || !SURNAME_RULES.has(m.ruleId) || namedInFull.has(m.name)) continue;
    const bearers = new Set(others.filter((o) => o.name.split(' ').pop() === m.text.trim()).map((o) => o.name));
    if (bearers.size !== 1) continue;
    m.name = [...bearers][0]!;
    m.ruleId = 'entities/unknown/surname';
  }
}
