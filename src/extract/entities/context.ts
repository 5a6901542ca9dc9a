/**
 * Context references, resolved after every name is found (they need the country mentions):
 *   side    "the Kazakh side" -> Kazakhstan (replaces the demonym's own mention)
 *   office  "the Kazakh president", "President of Uzbekistan", "the then Foreign Minister of
 *           Azerbaijan" -> the office holder at the sentence's date, else the document's date;
 *           not when a name follows ("President of Azerbaijan Ilham Aliyev": the name counts)
 *   pair    "the two countries", "both sides", "bilateral (trade)" -> the two countries named
 *           before it in the sentence, else in the section heading, else in the nearest earlier
 *           sentence of the section naming two, else in an earlier heading or the title line
 *           (two mentions on one span); demonyms marked as modifiers never count
 *   group   "the three countries", "all three governments" -> the three (four ...) countries named
 *           before it in the sentence, in the heading, in an earlier sentence or heading (the title)
 *   pair-holders  "the leaders of the two republics", "both presidents" -> the two office holders
 *           at the sentence's (else the document's) date
 *   counterpart  "his Azerbaijani counterpart" -> the holder of the same office in that country
 */
import type { EntityMention } from '../../core/types.js';
import { dateFor, holders, sentenceAt } from './dating.js';
import { isCapitalized, lexicon, tokenize } from './matcher.js';
import { mention, tokenIndexAt, type Work } from './work.js';

/** Office words (lower-cased token sequences) and the office title they name. */
const OFFICE_WORDS: [string[], string][] = [
  [['president'], 'president'],
  [['prime', 'minister'], 'prime minister'],
  [['premier'], 'prime minister'],
  [['foreign', 'minister'], 'foreign minister'],
  [['minister', 'of', 'foreign', 'affairs'], 'foreign minister'],
  [['secretary', 'of', 'state'], 'foreign minister'],
  [['vice', 'president'], 'vice president'],
  [['vice', '-', 'president'], 'vice president'],
  [['secretary', '-', 'general'], 'secretary-general'],
  [['secretary', 'general'], 'secretary-general'],
  [['supreme', 'leader'], 'supreme leader'],
];

const OFFICE_FIRST_WORDS = new Set(OFFICE_WORDS.map(([words]) => words[0]!));

/** Length of an office phrase starting at token i, with its title. */
function officeAt(w: Work, i: number): [number, string] | null {
  const first = w.tokens[i];
  if (!first || !first.word || !OFFICE_FIRST_WORDS.has(first.key.toLowerCase())) return null;
  let best: [number, string] | null = null;
  for (const [words, title] of OFFICE_WORDS) {
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      if (w.tokens[i + k]?.key.toLowerCase() !== words[k]) ok = false;
    }
    if (ok && (!best || words.length > best[0])) best = [words.length, title];
  }
  return best;
}


/** A name follows (then the phrase is a title of that name, not a reference). */
function nameFollows(w: Work, i: number): boolean {
  const t = w.tokens[i];
  if (!t || !isCapitalized(t)) return false;
  return !/\n/.test(w.text.slice(w.tokens[i - 1]?.end ?? t.start, t.start));
}

function lowerAt(w: Work, i: number): string {
  return w.tokens[i]?.raw.toLowerCase() ?? '';
}

function officeMentions(w: Work, bodies: EntityMention[]): EntityMention[] {
  const lex = lexicon();
  const out: EntityMention[] = [];
  const personStarts = new Set(w.mentions.filter((m) => m.entityKind === 'person').map((m) => m.span.start));
  for (const m of bodies) {
    const a = tokenIndexAt(w, m.span.start);
    const b = tokenIndexAt(w, m.span.end - 1) + 1;
    if (a < 0 || b <= 0) continue;
    let start = -1;
    let end = -1;
    let title = '';
    // "the Kazakh president", "Kazakhstan's president"
    let after = b;
    if (w.tokens[after]?.key === "'" && lowerAt(w, after + 1) === 's') after += 2;
    const o1 = officeAt(w, after);
    if (o1) {
      start = a;
      end = after + o1[0];
      title = o1[1];
    } else {
      // "President of (the) Uzbekistan"
      let k = a - 1;
      if (lowerAt(w, k) === 'the') k--;
      if (lowerAt(w, k) === 'of') {
        for (let n = 4; n >= 1; n--) {
          const o = officeAt(w, k - n);
          if (o && o[0] === n) {
            start = k - n;
            end = b;
            title = o[1];
            break;
          }
        }
      }
    }
    if (start < 0) continue;
    if (nameFollows(w, end)) continue;
    // "the President of Kyrgyzstan, Sooronbay Jeenbekov,": the appositive name counts.
    if (w.tokens[end]?.raw === ',' && personStarts.has(w.tokens[end + 1]?.start ?? -1)) continue;
    // "former" or "ex-" points to someone else than the holder at the date: not resolved.
    const before = lowerAt(w, start - 1);
    if (before === 'former' || before === 'ex' || before === 'late') continue;
    // "Academy ... under the President of Kyrgyzstan": part of a body's name.
    if (lowerAt(w, start - 1) === 'under' || (before === 'the' && lowerAt(w, start - 2) === 'under')) continue;
    const span = { start: w.tokens[start]!.start, end: w.tokens[end - 1]!.end };
    const when = dateFor(span.start, w.doc.sentences, w.dates, w.docDate);
    if (!when) continue;
    const hs = holders(lex.people, title, m.name, when.day);
    if (hs.length !== 1) continue;
    out.push(mention(w, span, { name: hs[0]!.name, kind: 'person' }, 'entities/context/office'));
  }
  return out;
}

function sideMentions(w: Work, countries: EntityMention[]): { add: EntityMention[]; drop: Set<EntityMention> } {
  const add: EntityMention[] = [];
  const drop = new Set<EntityMention>();
  for (const m of countries) {
    const b = tokenIndexAt(w, m.span.end - 1) + 1;
    if (b <= 0) continue;
    if (lowerAt(w, b) !== 'side') continue;
    const a = tokenIndexAt(w, m.span.start);
    if (lowerAt(w, a - 1) !== 'the') continue;
    const span = { start: m.span.start, end: w.tokens[b]!.end };
    add.push(mention(w, span, { name: m.name, kind: 'country' }, 'entities/context/side'));
    drop.add(m);
  }
  return { add, drop };
}

/** Number words of a group phrase. */
const GROUP_SIZES: Record<string, number> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6 };
/** Nouns a group phrase may end in: "the two countries", "all three governments", "the three armed forces". */
const GROUP_NOUNS =
  'countries|states|sides|nations|republics|governments|capitals|parliaments|economies|leaderships|delegations|peoples|armed\\s+forces|militaries|neighbours|neighbors';
const GROUP_HEAD = '(?:the\\s+(two|three|four|five|six)|(both)(?:\\s+of\\s+the)?|all\\s+(?:the\\s+)?(three|four|five|six)(?:\\s+of\\s+the)?)';
/** "the two countries", "both sides", "the three governments", "all three states" (not "... of the river"). */
const GROUP_RE = new RegExp(`\\b${GROUP_HEAD}\\s+(?:${GROUP_NOUNS})\\b(?!\\s+of\\b)`, 'gi');
/** "the two presidents", "both foreign ministers", "the three leaders": the office holders of the group. */
const GROUP_HOLDERS_RE = new RegExp(`\\b${GROUP_HEAD}\\s+(presidents|leaders|heads\\s+of\\s+state|foreign\\s+ministers|prime\\s+ministers)\\b`, 'gi');
/** "the heads of the two republics", "the leaders of both countries": the holders too. */
const HOLDERS_OF_RE = /\b(heads(?:\s+of\s+state)?|leaders|presidents|foreign\s+ministers|prime\s+ministers)\s+of\s+$/i;

function groupSize(m: RegExpExecArray): number {
  const word = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  return GROUP_SIZES[word] ?? 0;
}

function officeOfPlural(words: string): string {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('foreign')) return 'foreign minister';
  if (w.startsWith('prime')) return 'prime minister';
  return 'president';
}

const PLACE_PREPOSITIONS = new Set(['in', 'into', 'to', 'from', 'across', 'throughout', 'within']);

/** A demonym, or a demonym modifying a place or goods ("Kazakh oil"): not a party. */
const isAdjective = (m: EntityMention): boolean => m.ruleId === 'entities/gazetteer/demonym' || isModifier(m);
/** A demonym marked as the modifier of a place or of goods ("from the Uzbek border", "Kazakh oil"). */
const isModifier = (m: EntityMention): boolean => m.ruleId === 'entities/demonym/place' || m.ruleId === 'entities/demonym/goods';

/**
 * The countries of a sentence that take part: those named only as a place ("in Kyrgyzstan")
 * or as an adjective ("the Kyrgyz people", "Kazakh oil") are set aside.
 */
function participantNames(w: Work, ms: EntityMention[]): string[] {
  const keep: string[] = [];
  for (const m of ms) {
    const i = tokenIndexAt(w, m.span.start);
    const prev = lowerAt(w, i - 1);
    if (!isAdjective(m) && !PLACE_PREPOSITIONS.has(prev) && !keep.includes(m.name)) keep.push(m.name);
  }
  return keep;
}

/**
 * With more than two countries in an earlier sentence, the ones named only as a place or as an
 * adjective are set aside: what is left, if exactly two, is the pair. (In the phrase's own
 * sentence the last two named are the pair: "Georgia has embassies in Kazakhstan and Mongolia,
 * and both countries ...".)
 */
function participants(w: Work, ms: EntityMention[]): string[] | null {
  const keep = participantNames(w, ms);
  return keep.length === 2 ? keep : null;
}

/** The last two distinct countries of a list of mentions, in text order. */
function lastTwo(ms: EntityMention[]): string[] | null {
  const names: string[] = [];
  for (let i = ms.length - 1; i >= 0 && names.length < 2; i--) {
    const n = ms[i]!.name;
    if (!names.includes(n)) names.unshift(n);
  }
  return names.length === 2 ? names : null;
}

function distinct(ms: EntityMention[]): string[] {
  return [...new Set(ms.map((m) => m.name))];
}

/** The mentions inside span `s`, from a list sorted by start (binary search to the first). */
function within(ms: EntityMention[], s: { start: number; end: number }): EntityMention[] {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.span.start < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMention[] = [];
  for (let k = lo; k < ms.length && ms[k]!.span.start < s.end; k++) if (ms[k]!.span.end <= s.end) out.push(ms[k]!);
  return out;
}

/** Countries named in a section's heading. */
function headingNames(countries: EntityMention[], heading: string | null, headingSpan: { start: number; end: number } | null): string[] {
  if (!heading) return [];
  return headingSpan ? distinct(within(countries, headingSpan)) : headingCountries(heading);
}

/**
 * The document's title line: its first non-empty line when short and not a sentence (a plain
 * text brief has no heading markup for it: "UZBEKISTAN AND TAJIKISTAN: WATER AND TRADE").
 */
function titleSpan(text: string): { start: number; end: number } | null {
  const m = /^\s*(\S[^\n]{0,199})(?:\n|$)/.exec(text);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  const line = m[1]!.trimEnd();
  if (/[.!?]$/.test(line)) return null;
  return { start, end: start + line.length };
}

/** How many sentences back a group of three or more may look for the countries it names. */
const GROUP_LOOKBACK = 40;

/**
 * The countries a group phrase of size n at `span` refers to (`countries`: the country
 * mentions sorted by start, demonyms that modify a place or goods left out):
 *   1. the countries named before it in the same sentence (a pair: the last two; a larger
 *      group: exactly n, the participants when more are named);
 *   2. the section heading naming exactly n;
 *   3. the nearest earlier sentence of the section naming n (a pair looks 3 sentences back; for
 *      a pair, a sentence naming more counts its participants);
 *   4. the nearest earlier heading (the title included) naming exactly n; for three or more,
 *      else the nearest earlier sentence of the document whose participants are exactly n.
 */
function groupFor(w: Work, countries: EntityMention[], span: { start: number; end: number }, n: number): string[] | null {
  const { sentences, sections } = w.doc;
  const si = sentenceAt(sentences, span.start);
  const sent = si >= 0 ? sentences[si]! : null;
  if (!sent) return null;
  // 1. Named before it in the same sentence.
  const inSent = within(countries, { start: sent.span.start, end: span.start });
  if (n === 2) {
    const pair = lastTwo(inSent);
    if (pair) return pair;
  } else {
    const all = distinct(inSent);
    if (all.length === n) return all;
    const part = participantNames(w, inSent);
    if (part.length === n) return part;
  }
  // 2. The section heading naming exactly n.
  const sec = sections[sent.section];
  if (sec) {
    const inHead = headingNames(countries, sec.heading, sec.headingSpan);
    if (inHead.length === n) return inHead;
  }
  // 3. The nearest earlier sentence of the section naming n.
  const back = n === 2 ? 3 : GROUP_LOOKBACK;
  for (let k = si - 1; k >= 0 && k >= si - back; k--) {
    const s = sentences[k]!;
    if (s.section !== sent.section) break;
    const inPrev = within(countries, s.span);
    if (n === 2) {
      const names = distinct(inPrev);
      if (names.length === 2) return names;
      if (names.length > 2) return participants(w, inPrev);
    } else {
      const part = participantNames(w, inPrev);
      if (part.length === n) return part;
    }
  }
  // 4. Earlier headings, the document's title line, then (three or more) earlier sentences.
  for (let k = sent.section - 1; k >= 0; k--) {
    const h = sections[k]!;
    const inHead = headingNames(countries, h.heading, h.headingSpan);
    if (inHead.length === n) return inHead;
  }
  const title = titleSpan(w.text);
  if (title && title.end <= span.start) {
    const inTitle = distinct(within(countries, title));
    if (inTitle.length === n) return inTitle;
  }
  if (n === 2) return null;
  for (let k = si - 1; k >= 0 && k >= si - GROUP_LOOKBACK; k--) {
    const s = sentences[k]!;
    if (s.section === sent.section) continue;
    const part = participantNames(w, within(countries, s.span));
    if (part.length !== n) continue;
    // (a sentence that lists exactly n as one coordinated run, "A, B and C are preparing ...",
    // goes before n countries scattered over a sentence, "turn A into a hub linking B with C")
    if (coordinatedRun(w, within(countries, s.span), n)) return part;
    for (let j = k - 1; j >= 0 && j >= si - GROUP_LOOKBACK; j--) {
      const o = sentences[j]!;
      if (o.section === sent.section) continue;
      const run = coordinatedRun(w, within(countries, o.span), n);
      if (run) return run;
    }
    return part;
  }
  return null;
}

/** A run of exactly n distinct countries joined by "," and "and" ("A, B and C"), not demonyms; null when none. */
function coordinatedRun(w: Work, ms: EntityMention[], n: number): string[] | null {
  let run: EntityMention[] = [];
  let found: string[] | null = null;
  const flush = () => {
    const names = distinct(run);
    if (names.length === n && run.length === n) found = names;
  };
  for (const m of ms) {
    if (isAdjective(m)) {
      flush();
      run = [];
      continue;
    }
    const last = run[run.length - 1];
    if (last && m.span.start >= last.span.end && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(w.text.slice(last.span.end, m.span.start))) run.push(m);
    else {
      flush();
      run = [m];
    }
  }
  flush();
  return found;
}

/** The holders of `title` in each country of the group at the phrase's date. */
function holdersOfGroup(w: Work, group: string[], title: string, span: { start: number; end: number }, rule: string): EntityMention[] {
  const when = dateFor(span.start, w.doc.sentences, w.dates, w.docDate);
  if (!when) return [];
  const lex = lexicon();
  const out: EntityMention[] = [];
  for (const country of group) {
    const hs = holders(lex.people, title, country, when.day);
    if (hs.length === 1) out.push(mention(w, span, { name: hs[0]!.name, kind: 'person' }, rule));
  }
  return out;
}

/** "bilateral trade", "bilateral relations": the adjective refers to the pair in context. */
const BILATERAL_RE =
  /\b[Bb]ilateral(?=\s+(?:trade|turnover|relations|relationship|ties|cooperation|co-operation|talks|agreements?|treat(?:y|ies)|meetings?|visits?|investments?|exchanges?|consultations|commission|dialogue|agenda|projects?)\b)/g;

function groupMentions(w: Work, all: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  // A demonym modifying a place or goods ("Kazakh oil") never names a party of the group.
  const countries = all.filter((m) => !isModifier(m));
  BILATERAL_RE.lastIndex = 0;
  for (let m = BILATERAL_RE.exec(w.text); m; m = BILATERAL_RE.exec(w.text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const pair = groupFor(w, countries, span, 2);
    if (pair) for (const name of pair) out.push(mention(w, span, { name, kind: 'country' }, 'entities/context/pair'));
  }
  GROUP_RE.lastIndex = 0;
  for (let m = GROUP_RE.exec(w.text); m; m = GROUP_RE.exec(w.text)) {
    const n = groupSize(m);
    if (n < 2) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const group = groupFor(w, countries, span, n);
    if (!group) continue;
    const rule = n === 2 ? 'entities/context/pair' : 'entities/context/group';
    for (const name of group) out.push(mention(w, span, { name, kind: 'country' }, rule));
    // "the heads of the two republics": also the office holders, on the whole phrase.
    const before = HOLDERS_OF_RE.exec(w.text.slice(Math.max(0, span.start - 40), span.start));
    if (before) {
      const whole = { start: span.start - before[0].length, end: span.end };
      out.push(...holdersOfGroup(w, group, officeOfPlural(before[1]!), whole, n === 2 ? 'entities/context/pair-holders' : 'entities/context/group-holders'));
    }
  }
  GROUP_HOLDERS_RE.lastIndex = 0;
  for (let m = GROUP_HOLDERS_RE.exec(w.text); m; m = GROUP_HOLDERS_RE.exec(w.text)) {
    const n = groupSize(m);
    if (n < 2) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const group = groupFor(w, countries, span, n);
    if (!group) continue;
    out.push(...holdersOfGroup(w, group, officeOfPlural(m[4]!), span, n === 2 ? 'entities/context/pair-holders' : 'entities/context/group-holders'));
  }
  return out;
}

/** Countries named in a heading that is not part of the text (matched on its own). */
function headingCountries(heading: string): string[] {
  const lex = lexicon();
  const names: string[] = [];
  const tokens = tokenize(heading);
  for (let i = 0; i < tokens.length; i++) {
    const node = lex.exact.next.get(tokens[i]!.key);
    const t = node?.targets?.[0];
    if (t && t.kind === 'country' && !names.includes(t.name)) names.push(t.name);
  }
  return names;
}

/** Country names that are whole words of a hyphenated name ("China-Kyrgyzstan-Uzbekistan railway"). */
function countriesInside(text: string): string[] {
  const lex = lexicon();
  const names: string[] = [];
  for (const t of tokenize(text)) {
    if (!t.word) continue;
    const node = lex.exact.next.get(t.key);
    const c = node?.targets?.find((x) => x.kind === 'country' && x.ruleId === 'entities/gazetteer/name');
    if (c && !names.includes(c.name)) names.push(c.name);
  }
  return names.length >= 2 ? names : [];
}

/**
 * "his Azerbaijani counterpart": the holder, in that country, of the office the sentence's
 * person holds at the date (a president's counterpart is a president); president by default.
 */
function counterpartMentions(w: Work, countries: EntityMention[]): EntityMention[] {
  const lex = lexicon();
  const out: EntityMention[] = [];
  for (const m of countries) {
    const b = tokenIndexAt(w, m.span.end - 1) + 1;
    const a = tokenIndexAt(w, m.span.start);
    if (b <= 0 || a < 1) continue;
    if (!/^counterparts?$/.test(lowerAt(w, b)) || !/^(?:his|her|their|its)$/.test(lowerAt(w, a - 1))) continue;
    const span = { start: m.span.start, end: w.tokens[b]!.end };
    const when = dateFor(span.start, w.doc.sentences, w.dates, w.docDate);
    if (!when) continue;
    // The office of the person the sentence names before the phrase.
    const si = sentenceAt(w.doc.sentences, span.start);
    const sent = si >= 0 ? w.doc.sentences[si]! : null;
    let title = 'president';
    if (sent) {
      const persons = w.mentions.filter((p) => p.entityKind === 'person' && p.span.start >= sent.span.start && p.span.end <= span.start);
      const last = persons[persons.length - 1];
      const office = last && (lex.entries.get(last.name)?.offices ?? []).find((o) => holders([lex.entries.get(last.name)!], o.title, o.of, when.day).length > 0);
      if (office && office.of !== m.name) title = office.title;
    }
    const hs = holders(lex.people, title, m.name, when.day);
    if (hs.length === 1) out.push(mention(w, span, { name: hs[0]!.name, kind: 'person' }, 'entities/context/counterpart'));
  }
  return out;
}

export function contextMentions(w: Work): void {
  const countries = w.mentions.filter((m) => m.entityKind === 'country');
  const { add, drop } = sideMentions(w, countries);
  if (drop.size > 0) w.mentions = w.mentions.filter((m) => !drop.has(m));
  w.mentions.push(...add);
  const bodies = w.mentions.filter((m) => m.entityKind === 'country' || m.entityKind === 'organization');
  w.mentions.push(...officeMentions(w, bodies));
  w.mentions.push(...counterpartMentions(w, w.mentions.filter((m) => m.entityKind === 'country')));
  // For the pair, a known person counts as their country ("President Zelenskyy and
  // Romania's president": Ukraine and Romania), so that a third country in sight blocks a guess.
  const lex = lexicon();
  const allCountries: EntityMention[] = [];
  for (const m of w.mentions) {
    if (m.entityKind === 'country') allCountries.push(m);
    else if (m.entityKind === 'person' && !m.ruleId.startsWith('entities/context/')) {
      const e = lex.entries.get(m.name);
      const national = e && (e.offices ?? []).length > 0 && (e.offices ?? []).some((o) => lex.entries.get(o.of)?.kind === 'country');
      if (e?.country && national) allCountries.push({ ...m, name: e.country, entityKind: 'country' });
    }
  }
  // Countries joined by hyphens inside a name ("the Iran-Armenia-Georgia road") count too.
  for (const m of w.mentions) {
    if (m.entityKind === 'country' || m.entityKind === 'person' || !/[-–]/.test(m.text)) continue;
    for (const name of countriesInside(m.text)) allCountries.push({ ...m, name, entityKind: 'country', ruleId: 'entities/gazetteer/name' });
  }
  allCountries.sort((a, b) => a.span.start - b.span.start);
  w.mentions.push(...groupMentions(w, allCountries));
}
