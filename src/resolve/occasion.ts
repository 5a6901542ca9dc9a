/**
 * Occasions (resolve/events.ts uses these): words that tie an undated happening to a dated visit
 * or meeting told just before it, and named occasions that are meetings of their own.
 *
 * Cues that a sentence without a date of its own tells what happened on the occasion just told
 * ("Ann Berg paid a state visit to Latvia on 2-3 May 2031." then ...):
 *   day      "On the second day, ...", "On the first day of the talks ..." (the n-th day of it)
 *   venue    "In Riga the presidents signed ..." (the occasion's city, or a city of the country
 *            visited)
 *   there    "... expect a treaty to be signed there", a list after "There:" / "At the summit:"
 *   subject  "The two leaders agreed ...", "the presidents signed", "the five heads of state
 *            adopted", "both ministers", "the sides" at the head of the sentence
 *   also     "Berg also opened a school ..." (only right after the occasion or a happening dated by
 *            it)
 *   list     an item of a list after "There:" / "At the summit:" / "..., where:"
 * Only a happening told in the past (or planned, at a planned occasion) takes the occasion's
 * date; a sentence where time has moved on ("later", "since", "in the following years") has no
 * cue. Also here: named occasions given with a date ("at the Kazan summit of X on D", "on D at
 * COP9", "the summit, held in Riga on D", "a summit in Riga on D"), the occasion a sentence names
 * by its city ("the summit in Riga", "the Riga talks"), a second clause with the same doers named
 * again ("and the two ministers signed"), and an opening occasion phrase ("At the summit in Riga
 * on D, ...").
 * Round 2: an occasion described by kind with an ordinal or "same"/"that" ("At the first leaders'
 * summit, ...", "The same session ...": `occasionPhrase`, cue 'described'), "on the n-th day"
 * anywhere in a sentence, a colon sentence introducing what an occasion produced
 * (`introducesOutcomes`), and the head noun that names an outcome list item (`outcomeHead`:
 * declaration/venture/commitment → agreement, announcement → statement, orders/loan → economic,
 * launch/creation → establishment, opening → opening).
 */
import type { DateValue, EventType, ExtractedDoc, RuleHit, RuleSet, Span } from '../core/types.js';
import { toSourceSpan } from '../core/span.js';

export type OccasionCueKind = 'day' | 'venue' | 'there' | 'subject' | 'also' | 'list' | 'described';

export interface OccasionCue {
  kind: OccasionCueKind;
  /** The cue's words in the text. */
  span: Span;
  /** "On the second day": 2. */
  day?: number;
  /** "In Riga ...": the city named (its text). */
  place?: string;
  /** "At the first leaders' summit", "The same session": the occasion described. */
  described?: OccasionPhrase;
}

/**
 * An occasion a sentence describes by its kind and an ordinal or "same"/"that" ("At the first
 * leaders' summit, ...", "The same summit also ...", "at that session"): the told occasion of that
 * kind (and ordinal) is the one meant.
 */
export interface OccasionPhrase {
  /** The phrase in the text. */
  span: Span;
  /** The kind word, singular and lower case: "summit", "session", "visit". */
  noun: string;
  /** "first": 1 (null when none). */
  ordinal: number | null;
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };

/** "On the second day", "On its first day", "During the third day" at the head of a sentence. */
const DAY_RE = /^\W*(?:on|during)\s+(?:the|its|their)\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+day\b/i;
/** "In Riga," / "In Riga the ..." at the head of a sentence (the city is checked by the caller). */
const VENUE_RE = /^\W*(?:[Ii]n|[Aa]t)\s+(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*)?)\b/u;
/** "... to be signed there.", "Leaders met there", "There, ...": "there" as a place, not "there is". */
const THERE_RE = /(?:(?<!\b(?:is|was|were|are|be|been|being|remains?|remained|still|not|it|is\s+not|get|got))\s+there\s*[.;]?\s*$|^\W*there\s*,)/i;
/** Opens with "there" and a comma (THERE_RE's second half). */
const THERE_OPENS_RE = /^\W*there\s*,/i;

/**
 * Can THERE_RE match the sentence: does it end with "there" (then spaces, one "." or ";", spaces:
 * its first half, whose look-behind V8 would try at every place), or open with "there,"?
 */
function mayHoldThere(sentence: string): boolean {
  let e = sentence.length;
  while (e > 0 && /\s/.test(sentence[e - 1]!)) e--;
  if (e > 0 && (sentence[e - 1] === '.' || sentence[e - 1] === ';')) e--;
  while (e > 0 && /\s/.test(sentence[e - 1]!)) e--;
  return (e >= 5 && /^there$/i.test(sentence.slice(e - 5, e))) || THERE_OPENS_RE.test(sentence);
}

/**
 * A group of the occasion's principals as the subject at the head of the sentence: "The two
 * leaders", "the presidents", "the five heads of state", "both ministers", "the sides".
 */
const SUBJECT_RE =
  /^\W*(?:(?:on\s+)?(?:the\s+same\s+day|that\s+day|there|then|later|afterwards|together)\s*,?\s*)?(?:(?:the|both|all)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|premiers|ministers|foreign\s+ministers|delegations|sides|parties)|they)\b(?!\s+of\s+\p{Lu})/iu;
/** "X also signed": "also" right before the verb, in the sentence's first words. */
const ALSO_RE = /^[^.;:]{0,60}?\balso\s+(?=\p{Ll})/u;
/** A sentence that introduces a list of what happened there: "There:", "At the summit:". */
const INTRO_RE = /^\W*(?:there|at\s+(?:the|that)\s+(?:summit|meeting|forum|session|talks)|during\s+(?:the|that)\s+(?:visit|trip|summit|talks|meeting))\s*:\s*$/i;

/** Time has moved on from the occasion: "later", "since", "eventually", "in the years that followed". */
const MOVED_ON_RE =
  /\b(?:later|subsequently|afterwards|eventually|since|thereafter|previously|earlier|before\s+that|until|in\s+the\s+(?:following|next)\s+(?:years?|months?|decades?)|(?:years|months|decades)\s+(?:later|on))\b/i;

const ORDINAL_WORD = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)';
const OCCASION_NOUN = '(?:summit|session|meeting|visit|trip|talks|forum|conference|ministerial|round|congress|assembly)';

/**
 * "At the first leaders' summit", "During that session", "The same summit", "at the same session":
 * a determiner ("the same", "that", "this", or "the" with an ordinal), at most two words, and an
 * occasion noun, at the head of the sentence or of a clause after ";" (optionally after a
 * preposition of time), not followed by "of <Name>" (which names another body's occasion).
 */
const OCCASION_PHRASE_RE = new RegExp(
  `(?:^|;\\s*)\\W*(?:(?:at|during|in\\s+the\\s+course\\s+of|on\\s+the\\s+(?:sidelines|margins)\\s+of|after|following)\\s+)?(?:(?:the|that|this)\\s+same|that|this|the\\s+(${ORDINAL_WORD}))\\s+(?:[\\p{L}'’+-]+\\s+){0,2}?(${OCCASION_NOUN})\\b(?!\\s+of\\s+(?:the\\s+)?\\p{Lu})`,
  'iu',
);

/** The occasion a sentence describes at its head (or after ";"), or null. */
export function occasionPhrase(sentence: string, offset: number): OccasionPhrase | null {
  const m = OCCASION_PHRASE_RE.exec(sentence);
  if (!m) return null;
  const lead = /^;?\s*\W*/.exec(m[0])![0].length;
  const noun = m[2]!.toLowerCase().replace(/^trip$/, 'visit');
  return { span: { start: offset + m.index + lead, end: offset + m.index + m[0].length }, noun, ordinal: m[1] ? ORDINALS[m[1].toLowerCase()] ?? null : null };
}

/** "on the second day" anywhere in a sentence (not "the second day of <something else>"). */
const DAY_ANY_RE = /\b(?:on|during)\s+(?:the|its|their)\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+day\b(?!\s+of\s+(?!(?:the|its|their)\s+(?:talks|visit|summit|meeting|session|conference|forum|trip)\b))/i;

/** The cue of a sentence (its text from its start), or null. */
export function occasionCue(sentence: string, offset: number): OccasionCue | null {
  if (MOVED_ON_RE.test(sentence)) return null;
  const at = (m: RegExpExecArray, from = 0): Span => ({ start: offset + m.index + from, end: offset + m.index + m[0].length });
  let m = DAY_RE.exec(sentence) ?? DAY_ANY_RE.exec(sentence);
  if (m) return { kind: 'day', span: at(m), day: ORDINALS[m[1]!.toLowerCase()]! };
  const described = occasionPhrase(sentence, offset);
  if (described && described.span.start - offset <= 2) return { kind: 'described', span: described.span, described };
  m = SUBJECT_RE.exec(sentence);
  if (m) return { kind: 'subject', span: at(m) };
  m = VENUE_RE.exec(sentence);
  if (m) return { kind: 'venue', span: at(m), place: m[1]! };
  m = mayHoldThere(sentence) ? THERE_RE.exec(sentence) : null;
  if (m) return { kind: 'there', span: at(m) };
  m = ALSO_RE.exec(sentence);
  if (m) return { kind: 'also', span: { start: offset + m.index + m[0].length - 5, end: offset + m.index + m[0].length - 1 } };
  return null;
}

/** Does this sentence introduce a list of what happened at the occasion ("There:")? */
export function introducesList(sentence: string): boolean {
  return INTRO_RE.test(sentence) || /\b(?:where|there)\s*:\s*$/i.test(sentence);
}

/**
 * A sentence ending with ":" that introduces what an occasion produced or where it is told ("The
 * summit produced five deliverables:", "Its results:", "Outcomes included:", "The fact sheet lists
 * the main outcomes:", "During the visit the sides signed:"): an outcome word or an occasion noun
 * before the colon.
 */
const OUTCOME_INTRO_RE =
  /\b(?:outcomes?|results?|deliverables?|achievements?|decisions?|documents?|agreements?|accords?|deals?|produced|yielded|resulted\s+in|brought|adopted|signed|agreed|announced|summit|visit|meeting|talks|session|forum|conference|ministerial)\b[^:;.]*:\s*$/i;

/** Does this sentence (ending with ":") introduce a list of what an occasion produced? */
export function introducesOutcomes(sentence: string): boolean {
  return OUTCOME_INTRO_RE.test(sentence);
}

/**
 * Head nouns of a list item that names an outcome ("1. A joint declaration on ...", "- Aircraft
 * orders worth ...", "- A commitment to hold ...") and the kind of happening each names.
 */
const OUTCOME_HEADS: [RegExp, EventType][] = [
  [/^(?:agreements?|treat(?:y|ies)|declarations?|memorand(?:um|a)|accords?|deals?|contracts?|protocols?|conventions?|charters?|road\s?maps?|commitments?|pledges?|(?:joint\s+)?ventures?|communiqu[eé]s?)$/i, 'agreement'],
  [/^(?:announcements?|statements?|appeals?)$/i, 'statement'],
  [/^(?:orders?|purchases?|investments?|loans?|credits?|grants?|sales?|financing|funding)$/i, 'economic'],
  [/^(?:launch|creation|establishment|founding|setting[\s-]up)$/i, 'establishment'],
  [/^(?:opening|inauguration)$/i, 'opening'],
];

/**
 * The outcome a list item names by its head noun: the last word before the first comma, dash,
 * parenthesis or preposition of the item (after its bullet or number), when it is an outcome noun.
 */
export function outcomeHead(item: string, offset: number): { span: Span; text: string; type: EventType } | null {
  const lead = /^[\s*_>]*(?:(?:[-*•–]|\d{1,2}[.)])\s+)?[*_]*/.exec(item)![0].length;
  const rest = item.slice(lead);
  const stop = /[,;:()—–]|\s(?:of|on|in|for|with|to|that|between|worth|by|from|at|including|which)\s/i.exec(rest);
  const phrase = rest.slice(0, stop ? stop.index : Math.min(rest.length, 80)).replace(/[*_.\s]+$/, '');
  const words = phrase.split(/\s+/);
  if (words.length === 0 || words.length > 7) return null;
  const head = words[words.length - 1]!;
  const two = words.slice(-2).join(' ');
  for (const [re, type] of OUTCOME_HEADS) {
    const text = re.test(two) && words.length >= 2 ? two : re.test(head) ? head : null;
    if (!text) continue;
    const start = offset + lead + phrase.lastIndexOf(text);
    return { span: { start, end: start + text.length }, text, type };
  }
  return null;
}

/** Does a list item open at `pos` with a bullet or number ("- ", "* ", "1. ")? */
export function isMarkedItem(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+$/.test(text.slice(lineStart, pos)) || /^(?:[-*•–]|\d{1,2}[.)])[ \t]/.test(text.slice(pos, pos + 4));
}

/** Does a list item open at `pos`: the head of a line, after at most a bullet ("- ", "* ", "1. ")? */
export function isListItem(text: string, pos: number): boolean {
  // (only blanks, a bullet or a number may stand between the line's head and pos: look back no
  // further than such characters, not to the head of a long line)
  let lineStart = pos;
  while (lineStart > 0 && LIST_HEAD_CHARS.has(text.charCodeAt(lineStart - 1))) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  return /^[ \t]*(?:(?:[-*•–]|\d{1,2}[.)])[ \t]+)?$/.test(text.slice(lineStart, pos));
}
/** The characters a list item's head may hold before its text (blanks, bullets, digits, "." and ")"). */
const LIST_HEAD_CHARS = new Set([...' \t-*•–0123456789.)'].map((c) => c.charCodeAt(0)));

/** Told in the past: not after a modal, "has/have" or "to" ("will sign", "has signed", "to sign"). */
export function toldInPast(text: string, t: Span): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  if (/\b(?:will|would|shall|should|could|can|may|might|must|to|has|have|is|are|be|being)\s+(?:(?:also|not|yet|now|jointly|formally)\s+)*(?:been\s+)?$/i.test(before)) return false;
  return /^(?:\p{Ll}[\p{L}-]*(?:ed|ew|ot|et|ade|ook|aid|ent|ave|ught|ood)|was|were)\b/u.test(text.slice(t.start, t.end)) || /\b(?:was|were)\s+(?:(?:also|jointly|formally)\s+)?$/i.test(before);
}

/** The n-th day of an occasion (1-based), when its date is days; else null. */
export function nthDay(v: DateValue, n: number): DateValue | null {
  if (v.granularity !== 'day' && v.granularity !== 'range') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.start) || !/^\d{4}-\d{2}-\d{2}$/.test(v.end)) return null;
  const d = new Date(`${v.start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n - 1);
  const iso = d.toISOString().slice(0, 10);
  if (iso > v.end) return null;
  return { value: iso, start: iso, end: iso, granularity: 'day', inferred: true };
}

/**
 * An occasion named before a date, with at most its body and place between ("at the Kazan summit
 * of the Commonwealth on 26 August 2005", "during the fifth session in Riga in May 2030"), or
 * right after it ("signed on 30 May 2031 at COP9 in Riga"): the text between the occasion's
 * preposition and the date, or null.
 */
export const OCCASION_BEFORE_RE = /\b(?:at|during|on\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}\d'’–-]+\s+){0,4}$/iu;
/** Between the occasion and its date: "of the Commonwealth of Independent States", "in Riga", nothing; then "on", "in" or "(". */
export const OCCASION_TO_DATE_RE = /^(?:\s+(?:of|in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|of|and|for|the)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|and|for|the))*)*(?:\s*,?\s+(?:on|in)\s+|\s*\(\s*)$/u;
/** Between a date and an occasion right after it: "at COP9", "in Riga at the summit". */
export const DATE_TO_OCCASION_RE = /^\s*,?\s*(?:in\s+\p{Lu}[\p{L}'’-]*\s*,?\s*)?(?:at|during|on\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}\d'’–-]+\s+){0,3}$/iu;

/**
 * A second clause with the same doers named again ("... held talks on 2 May and the two ministers
 * signed a plan", ", and they agreed"): the text between the two triggers ends with "and" and a
 * group subject or pronoun.
 */
export const ANAPHORIC_CLAUSE_RE =
  /(?:,\s*and|\s+and)\s+(?:(?:the|both|all)\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|ministers|foreign\s+ministers|delegations|sides|parties|governments)|they)\s+(?:(?:also|then|jointly|later|together)\s+)?$/i;

/**
 * "the summit, held in Riga on 2 May", "the forum, convened on 2 May", "a summit in Riga on 2 May":
 * the date the meeting was held.
 */
const HELD_RE =
  /^[*_]*(?:\s*,\s*(?:which\s+was\s+)?(?:held|convened|hosted)\b(?:\s+(?:in|at|by)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?|\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:on|in)\s+$/u;

/** A name on an occasion: a capitalised word or an ordinal ("the Kazan summit", "COP9", "the fifth session"). */
const NAMED_RE = /\p{Lu}|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/u;

/**
 * Is meeting trigger `t` an occasion named together with date `d` ("at the Kazan summit of the
 * Union on 2 May 2005", "on 2 May 2031 at COP9 in Riga")? Only a named occasion (a capitalised
 * word or an ordinal in its phrase) counts.
 */
export function occasionWithDate(text: string, t: Span, d: Span): boolean {
  if (t.end <= d.start && HELD_RE.test(text.slice(t.end, d.start))) return true;
  if (t.end <= d.start) {
    const before = OCCASION_BEFORE_RE.exec(text.slice(Math.max(0, t.start - 60), t.start));
    if (!before) return false;
    const between = text.slice(t.end, d.start);
    if (!OCCASION_TO_DATE_RE.test(between)) return false;
    return NAMED_RE.test(before[0].replace(/^\s*\p{L}+/u, '') + text.slice(t.start, t.end) + between.replace(/\s+(?:on|in)\s+$/, ''));
  }
  if (d.end <= t.start) {
    const between = text.slice(d.end, t.start);
    const m = DATE_TO_OCCASION_RE.exec(between);
    if (!m) return false;
    const phrase = between.replace(/^\s*,?\s*(?:in\s+\p{Lu}[\p{L}'’-]*\s*,?\s*)?(?:at|during|on\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+/iu, '');
    return NAMED_RE.test(phrase + text.slice(t.start, t.end));
  }
  return false;
}

/** "the summit in Samarkand", "the Riga summit", "the Oslo talks": an occasion named by its city (the city's text), or null. */
export function namedVenue(sentence: string): { city: string; kind: 'visit' | 'meeting' } | null {
  const a = /\bthe\s+(summit|meeting|talks|visit|forum|session|conference)\s+(?:in|at)\s+(\p{Lu}[\p{L}'’-]*)/iu.exec(sentence);
  const b = /\bthe\s+(\p{Lu}[\p{L}'’-]*)\s+(summit|meeting|talks|visit|forum|session|conference)\b/u.exec(sentence);
  const m = a && (!b || a.index >= b.index) ? { city: a[2]!, noun: a[1]! } : b ? { city: b[1]!, noun: b[2]! } : null;
  if (!m || /^(?:The|This|That|First|Second|Third|Next|Last|Annual|Joint)$/.test(m.city)) return null;
  return { city: m.city, kind: /^visit$/i.test(m.noun) ? 'visit' : 'meeting' };
}

/** Told as background: in a relative clause or the pluperfect ("whose talks had been concluded in ..."). */
export function toldAsBackground(text: string, sentenceStart: number, t: Span): boolean {
  const before = text.slice(Math.max(sentenceStart, t.start - 60), t.start);
  return /,\s*(?:whose|which|who)\s+[^,;]*$/i.test(before) || /\bhad\s+(?:been\s+)?$/i.test(before) || /^\s+had\s+been\b/i.test(text.slice(t.end, t.end + 12));
}

/**
 * A sentence that opens with its occasion and date ("At the summit in Riga on 4 May 2031, ...",
 * "During the state visit of 2-3 May 2031 ..."): the text before the date is such a phrase.
 */
export const FRONTED_OCCASION_RE =
  /^\W*(?:at|during|on\s+the\s+(?:sidelines|margins|fringes)\s+of)\s+(?:the|a|an|its|their)\s+[^,;:]{0,80}?\b(?:summit|meeting|visit|talks|forum|conference|session|congress)\b[^,;:]{0,60}?\s(?:on|in|of)\s+$/i;

// ---------------------------------------------------------------- fallback (dated clauses)

/**
 * Fallback for a dated clause no trigger took (resolve/events.ts, `events/fallback/<class>`):
 * the clause's own verb, found by its grammatical form, not by a word list of topics.
 *   perfect   "has/have/had (been) + participle" ("the fund has financed ... since 2013")
 *   passive   "was/were + participle" ("the permit was withdrawn in 2021")
 *   by        a participle with its agent ("neutrality, recognised by the UN in 1995")
 *   past      a finite past verb after its subject ("in 2023 the partners registered a venture")
 *   plan      "will / is scheduled to / plans to + verb" (planned)
 * Not a verb: a participle after a determiner or preposition ("the proposed canal"), a copula
 * or a verb of level ("were", "stood at", "totalled"), a negated verb.
 */
export type FallbackClass = 'perfect' | 'passive' | 'by' | 'past' | 'plan';

export interface FallbackVerb {
  span: Span;
  text: string;
  cls: FallbackClass;
  /** A verb of change ("rose", "has shrunk"). */
  change: boolean;
  /** The clause the verb and the date share. */
  clause: Span;
}

const IRREGULAR_PAST =
  'began|became|came|went|left|took|made|held|met|won|lost|led|sent|spent|built|broke|brought|bought|sold|told|said|paid|set|put|cut|ran|rose|fell|grew|shrank|drew|chose|struck|gave|saw|fought|flew|sank|hit|laid|withdrew|undertook|overtook|wrote|spoke|drove|froze|sought|taught|caught|kept|lent|shut|split|spread|swore|threw|wound|bound|found|forged|rebuilt|oversaw|upheld|withheld';
const IRREGULAR_PARTICIPLE =
  'begun|become|come|gone|left|taken|made|held|met|won|lost|led|sent|spent|built|broken|brought|bought|sold|told|said|paid|set|put|cut|run|risen|fallen|grown|shrunk|shrunken|drawn|chosen|struck|given|seen|fought|flown|sunk|hit|laid|withdrawn|undertaken|written|spoken|driven|frozen|sought|taught|caught|kept|lent|shut|split|spread|sworn|thrown|bound|found|rebuilt|overseen|upheld|withheld|done|torn|beaten|shaken|stolen';
/** Past forms that are no participles ("took", not "set"): a finite verb for sure. */
const PAST_ONLY = 'began|became|took|rose|fell|grew|shrank|drew|chose|gave|flew|sank|withdrew|undertook|overtook|wrote|spoke|drove|froze|swore|threw|forgave|oversaw|broke|stole|shook|tore';
const IRREGULAR_PAST_RE = new RegExp(`^(?:${IRREGULAR_PAST})$`);
/**
 * Whether the words from i on are at most a preposition and the date's words, then the clause's
 * end ("left on 19 May.", "built in 2003.", "On 9 May the convoy left.").
 */
function endsWithDate(words: { w: string }[], i: number): boolean {
  let j = i;
  if (/^(?:on|in|at|during|by)$/.test(words[j]?.w ?? '')) j++;
  while (words[j]?.w === '\u0000') j++;
  return j === words.length;
}
const PAST_RE = new RegExp(`^(?:[a-z]{2,}(?:ed|ied)|${PAST_ONLY})$`);
const PARTICIPLE_RE = new RegExp(`^(?:[a-z]{2,}(?:ed|ied)|${IRREGULAR_PARTICIPLE})$`);
/** -ed words that are no verbs, or participles that name a state or a plan, not a happening. */
const NOT_VERB_RE =
  /^(?:need|speed|seed|feed|indeed|hundred|shed|bred|based|related|limited|united|detailed|advanced|called|named|entitled|titled|dedicated|concerned|involved|used|supposed|expected|proposed|planned|scheduled|estimated|projected|intended|designed|aimed|focused|focussed|interested|located|situated|tied|worried|skilled|talented|experienced|qualified|balanced|mixed|varied|noted|reported|alleged|considered|deemed|regarded|believed|known|seen|done|become)$/;
/** Copulas and verbs of level or state: with a date they give a figure's period, no happening. */
const LEVEL_RE =
  /^(?:was|were|is|are|be|been|being|had|has|have|stood|totalled|totaled|amounted|accounted|averaged|exceeded|equalled|equaled|numbered|cost|hovered|remained|stayed|seemed|appeared|looked|lay|existed|lasted|continued|kept|represented|comprised|contained|included|reached|topped|peaked|ranked|held|made|saw|found|said|told|came|went|changed|happened|occurred|followed)$/;
/** Verbs of change (a change with a date is a happening even beside a figure). */
const CHANGE_RE =
  /^(?:rose|risen|increased|grew|grown|fell|fallen|declined|decreased|dropped|doubled|tripled|trebled|quadrupled|halved|shrank|shrunk|expanded|contracted|climbed|jumped|surged|slumped|plunged|soared|tumbled|recovered|rebounded|narrowed|widened|dwindled|collapsed|cut|reduced|lowered|slashed|trimmed|boosted)$/;
const ADVERB_RE = /^(?:already|also|still|since|recently|just|now|jointly|formally|officially|finally|first|repeatedly|then|later|quietly|publicly|largely|partly|fully|successfully|eventually|subsequently|initially|originally|again|once|twice|reportedly|duly|\p{Ll}+ly)$/u;
const NOT_SUBJECT_BEFORE_RE =
  /^(?:the|a|an|its|their|his|her|our|this|that|these|those|what|which|who|whom|whose|since|after|before|until|during|of|for|with|in|on|at|by|from|to|into|as|than|and|or|newly|recently|long|well|so|once|widely|much|highly|jointly|already|not|never|no|be|been|being|is|are|was|were|has|have|had|will|would|could|should|may|might|must|can)$/;
/** Right after a passive "named": (as) a post, up to three words of its own before it ("COP president", "chief editor"). */
const NAMED_POST_RE =
  /^\s+(?:as\s+)?(?:(?:the|its|their|his|her|a|an|new|acting|interim|deputy|vice|first|chief|[\p{Lu}][\p{L}\d-]*)\s+){0,3}(?:president|chair(?:man|woman|person)?|minister|secretary|director|head|ambassador|envoy|governor|mayor|commander|chief|leader|coach|captain|editor|spokes(?:man|woman|person)|chancellor|premier|rapporteur|representative|judge|manager|dean|rector|curator)s?\b/u;
const NEGATION_WORD_RE = /^(?:not|never|no|nor|neither|without|n't|hardly|barely)$/;
const PLAN_LEAD_RE =
  /(?:\b(?:will|shall)|\b(?:is|are|was|were)\s+(?:(?:now|also|still)\s+)?(?:scheduled|expected|due|set|planned|slated|going|meant|supposed|to)(?:\s+to)?|\b(?:plans?|planned|aims?|aimed|intends?|intended|hopes?|hoped|wants?|seeks?|sought|promised|pledged|undertook|expects?)\s+to|\b(?:agreed|decided)(?:\s+with(?:\s+[A-Za-z'’-]+){1,5}?)?\s+to|\bto\s+be)\s+(?:(?:also|then|jointly|formally|first|only|fully|finally)\s+)?(?:be\s+)?$/i;

/** What ends a clause: ";", ":", brackets, dashes and ", and/but/which ..." (first one: CLAUSE_BREAK_RE). */
const CLAUSE_BREAKS_RE = /[;:()[\]]|\s[—–]\s|\s-\s|,\s+(?:and|but|while|whereas|yet|which|who|whose|where)\b/g;
const CLAUSE_BREAK_RE = new RegExp(CLAUSE_BREAKS_RE.source);

/** The clause of `date` in `sentence`: cut at ";", ":", brackets, dashes and ", and/but/which ...". */
export function dateClause(text: string, sentence: Span, date: Span): Span {
  let start = sentence.start;
  const head = text.slice(sentence.start, date.start);
  for (const m of head.matchAll(CLAUSE_BREAKS_RE)) {
    // ("The Harbour Board (HB) dredged the channel in 2019": a short aside in brackets closed
    // before the date is no clause break)
    if (m[0] === '(' && /^\([^()\[\];:]{1,40}\)/.test(head.slice(m.index))) continue;
    if (m[0] === ')' && /\([^()\[\];:]{1,40}$/.test(head.slice(0, m.index))) continue;
    start = sentence.start + m.index + m[0].length;
  }
  let end = sentence.end;
  const after = text.slice(date.end, sentence.end);
  const m = CLAUSE_BREAK_RE.exec(after);
  if (m) end = date.end + m.index;
  return { start, end };
}

/**
 * The verb that tells the happening of a dated clause (see above), nearest the date; null when
 * the clause has none. `skip` are spans whose words are no verbs (the date itself, names).
 */
export function fallbackVerb(text: string, sentence: Span, date: Span, skip: Span[] = []): FallbackVerb | null {
  const clause = dateClause(text, sentence, date);
  const words: { w: string; raw: string; start: number; end: number }[] = [];
  for (const m of text.slice(clause.start, clause.end).matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    // (the date's words are nothing; a name's words are a subject, never a verb)
    if (start >= date.start && end <= date.end) {
      words.push({ w: '\u0000', raw: m[0], start, end });
      continue;
    }
    if (skip.some((s) => start < s.end && s.start < end)) {
      words.push({ w: '\u0001', raw: m[0], start, end });
      continue;
    }
    words.push({ w: m[0].toLowerCase(), raw: m[0], start, end });
  }
  const found: FallbackVerb[] = [];
  const negated = (i: number) => words.slice(Math.max(0, i - 3), i).some((x) => NEGATION_WORD_RE.test(x.w) || /n[’']t$/.test(x.w));
  const push = (i: number, cls: FallbackClass) => {
    const x = words[i]!;
    // ("was named chief editor in 2019": a passive "named" before a post is an appointment)
    const post = cls === 'passive' && x.w === 'named' && NAMED_POST_RE.test(text.slice(x.end, x.end + 50));
    if (negated(i) || (NOT_VERB_RE.test(x.w) && !post) || (cls !== 'plan' && LEVEL_RE.test(x.w))) return;
    found.push({ span: { start: x.start, end: x.end }, text: x.raw, cls, change: CHANGE_RE.test(x.w), clause });
  };
  for (let i = 0; i < words.length; i++) {
    const x = words[i]!;
    if (x.w === '\u0000' || x.w === '\u0001') continue;
    // "has (already) (been) financed", "were (formally) withdrawn"
    if (/^(?:has|have|had|was|were)$/.test(x.w)) {
      let j = i + 1;
      while (j < words.length && ADVERB_RE.test(words[j]!.w)) j++;
      const perfect = /^(?:has|have|had)$/.test(x.w);
      if (perfect && words[j]?.w === 'been') j++;
      const v = words[j];
      if (v && PARTICIPLE_RE.test(v.w) && !/^(?:going|able)$/.test(v.w)) {
        if (!PLAN_LEAD_RE.test(text.slice(Math.max(clause.start, x.start - 40), v.end + 4))) push(j, perfect ? 'perfect' : 'passive');
        i = j;
      }
      continue;
    }
    // "will open", "is scheduled to start", "plans to build"
    if (PLAN_LEAD_RE.test(text.slice(Math.max(clause.start, x.start - 60), x.start)) && /^\p{Ll}+$/u.test(x.raw) && !/^(?:be|have|been)$/.test(x.w)) {
      push(i, 'plan');
      continue;
    }
    if (!/^\p{Ll}/u.test(x.raw) || x.w.includes('-')) continue;
    const prev = words[i - 1];
    const next = words[i + 1];
    // ("is still cited", "are being rebuilt": a present passive tells no dated happening)
    let k = i - 1;
    while (k >= 0 && ADVERB_RE.test(words[k]!.w)) k--;
    if (k >= 0 && /^(?:is|are|am|be|being|been|get|gets)$/.test(words[k]!.w)) continue;
    // "recognised by the UN in 1995": a participle with its agent
    if (PARTICIPLE_RE.test(x.w) && next?.w === 'by' && !(prev && /^(?:the|a|an|its|their|his|her|this|that|is|are|be|been|being)$/.test(prev.w))) {
      push(i, 'by');
      continue;
    }
    // "the partners registered a venture": a finite past verb after its subject
    // ("the last convoy left on 9 May": a past that may be a participle is finite when the date
    // ends its clause; "the money spent in 2019 was lost" goes on to its own verb)
    const finite = PAST_RE.test(x.w) || (IRREGULAR_PAST_RE.test(x.w) && endsWithDate(words, i + 1));
    // ("The next day drivers in Tula, the town where a strike began in 1998, blocked the road":
    // an appositive closed by a comma right before the verb)
    const gapText = text.slice(prev?.end ?? x.start, x.start);
    const afterAside = /^[\s\d]*,\s+$/.test(gapText) && prev !== undefined && /,/.test(text.slice(clause.start, prev.start)) && words.slice(0, i).some((y) => y.w === '\u0000');
    if ((finite && prev && prev.w !== '\u0000' && !NOT_SUBJECT_BEFORE_RE.test(prev.w) && /^(?:[\s*_’'-]*|\)\s+)$/.test(gapText)) || (afterAside && PAST_RE.test(x.w))) {
      push(i, 'past');
    }
  }
  if (found.length === 0) return null;
  const dist = (s: Span) => (s.end <= date.start ? date.start - s.end : s.start - date.end);
  return found.sort((a, b) => dist(a.span) - dist(b.span))[0]!;
}

/** Broad verb classes from the schema's type definitions (stems, for verbs the lexicon lacks in context). */
const VERB_CLASSES: [EventType, RegExp][] = [
  ['statement', /^(?:said|stated|told|declared|announced|warned|called|described|criticis|criticiz|welcomed|praised|condemned|urged|argued|stressed|insisted|acknowledged|admitted|claimed|published|listed|promised|wrote|commented|remarked|reiterated|complained|protested|rejected|denied|confirmed|recommended|concluded|hailed|dismissed)/],
  ['agreement', /^(?:sign|agreed|ratified|initial(?:l)?ed|endorsed|approved|adopted|accepted)/],
  ['establishment', /^(?:found|establish|created|set|formed|registered|incorporated|chartered|merged|renamed|instituted)/],
  ['opening', /^(?:opened|inaugurat|commissioned|completed|launched|connected|reopened|electrified|finished)/],
  ['economic', /^(?:invest|financ|funded|lent|loaned|borrow|bought|sold|purchas|acquir|export|import|shipp|deliver|suppl|carri|transport|handled|paid|spent|allocat|granted|pledged|raised|earned|rose|risen|fell|fallen|grew|grown|shrank|shrunk|increas|decreas|declin|doubled|tripled|halved|dropp|expand|contract|climb|jump|surg|slump|plung|soar|tumbl)/],
  ['security', /^(?:attack|invad|shell|bomb|kill|deploy|seiz|captur|clash|fought|occup|struck|shot|mobilis|mobiliz)/],
  ['political', /^(?:elect|appoint|resign|dissolv|succeed|ousted|overthr|annex|joined|withdr|left|came|took|sworn|named$)/],
  ['visit', /^(?:visit|travel|toured|arrived|flew)/],
  ['meeting', /^(?:met|hosted|convened|gathered|discussed|negotiat|talked)/],
  ['diplomatic', /^(?:recognis|recogniz|accredit|recalled|expelled)/],
];

/** The event type of a fallback verb: the broad class of its form, else 'other'. */
export function fallbackType(verb: string): EventType {
  const w = verb.toLowerCase();
  for (const [type, re] of VERB_CLASSES) if (re.test(w)) return type;
  return 'other';
}

/** A bare year, for the examples of `fallbackRules` (the pipeline uses the date tagger's mentions). */
const EXAMPLE_YEAR_RE = /\b(?:1[5-9]|20)\d\d\b/g;

/**
 * The fallback's verb forms as a rule family (`events/fallback/<class>`): `run` dates each bare
 * year of a text by the verb of its clause (one line = one sentence). The resolver adds the
 * tests of a date of a happening (notes lists, a figure's period, "since", plans) on top.
 */
export const fallbackRules: RuleSet = {
  name: 'events/fallback',
  rules: [
    {
      id: 'events/fallback/perfect',
      description: 'a present perfect or pluperfect in the clause of the date ("has financed", "had split")',
      examples: {
        match: [
          { text: 'Since 2014 the ferry has carried twice as many cyclists.', match: 'carried' },
          { text: 'By 1990 the old quarry had flooded completely.', match: 'flooded' },
        ],
        noMatch: ['The ferry has been slow since 2014.', 'By 1990 the quarry had no owner.'],
      },
    },
    {
      id: 'events/fallback/passive',
      description: 'a past passive in the clause of the date ("was withdrawn in 2021")',
      examples: {
        match: [{ text: 'The organ was restored in 1986 by a Dutch workshop.', match: 'restored' }],
        noMatch: ['The organ is restored every year since 1986.', 'The organ was not restored in 1986.'],
      },
    },
    {
      id: 'events/fallback/by',
      description: 'a participle with its agent ("mapped by the club in 1998")',
      examples: {
        match: [{ text: 'The cave, mapped by the caving club in 1998, is closed.', match: 'mapped' }],
        noMatch: ['The mapped cave of 1998 is closed.'],
      },
    },
    {
      id: 'events/fallback/past',
      description: 'a finite past verb right after its subject ("in 2016 the orchestra recorded ...")',
      examples: {
        match: [{ text: 'In 2016 the orchestra recorded its first album.', match: 'recorded' }],
        noMatch: ['In 2016 the orchestra was large.', 'The proposed 2016 tour was long.', 'In 2016 the choir never toured.'],
      },
    },
    {
      id: 'events/fallback/plan',
      description: 'a verb after a plan marker ("is scheduled to reopen in 2031", "will move in 2030")',
      examples: {
        match: [
          { text: 'The museum is scheduled to reopen in 2031.', match: 'reopen' },
          { text: 'The zoo will move its elephants in 2030.', match: 'move' },
        ],
        noMatch: ['The museum reopening of 2031 is uncertain.'],
      },
    },
  ],
  negatives: ['Table 3', 'Page 12 of 40', 'ISSN 1234-5678', 'Annual report 2021'],
  run(text: string): RuleHit[] {
    const hits: RuleHit[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      const sentence = { start: at, end: at + line.length };
      for (const m of line.matchAll(EXAMPLE_YEAR_RE)) {
        const date = { start: at + m.index, end: at + m.index + m[0].length };
        const v = fallbackVerb(text, sentence, date);
        if (v) hits.push({ rule: `events/fallback/${v.cls}`, start: v.span.start, end: v.span.end, text: v.text, value: { type: fallbackType(v.text), change: v.change } });
      }
      at += line.length + 1;
    }
    return hits;
  },
};

// ---------------------------------------------------------------- story occasion

/**
 * The story's occasion (resolve/events.ts `storyDrafts`): a news story or a paragraph about one
 * summit, visit or forum names it with a date in its lead or at a paragraph's head ("Leaders ended
 * a two-day summit on Friday", "The meeting, held on 2-3 May, ...") and then tells what happened
 * there without dates ("X took over the chair", "The members agreed ...", "Y refused"). Those
 * happenings take the occasion's date (inferred) while the story stays with it: not after a
 * subheading that turns to the background, not in a sentence whose time has moved away from it
 * (`STORY_BREAK_RE`), not when told in the present or as a plan, and not after another dated
 * happening of the same paragraph took over.
 */

/** A subheading that turns to the background ("Background", "How we got here", "A long history"). */
export const BACKGROUND_HEADING_RE =
  /\b(?:background|history|historical|context|origins?|roots|timeline|chronology|how\s+(?:we|it)\s+got\s+here|the\s+road\s+to|looking\s+back|in\s+the\s+past|precedents?|years?\s+of)\b/i;

/** A line of at most eight words without a final stop: a subheading. */
export function isSubheading(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > 80 || /[.!?;:,"”]$/.test(s)) return false;
  return s.split(/\s+/).length <= 8 && /^[\p{Lu}\d]/u.test(s);
}

/** A sentence whose time has moved away from the occasion ("since", "for years", "in the past", "two years earlier"). */
export const STORY_BREAK_RE =
  /\b(?:since|later|previously|before\s+that|until|used\s+to|for\s+(?:years|decades|months)|historically|traditionally|at\s+the\s+time|back\s+then|in\s+the\s+past|over\s+the\s+(?:past|last|previous)|so\s+far|to\s+date|in\s+the\s+(?:following|next|previous|preceding|coming)\s+(?:years?|months?|decades?|weeks?)|(?:years|months|decades|weeks)\s+(?:later|earlier|ago|before)|next\s+(?:year|month|week|spring|summer|autumn|winter)|last\s+(?:year|month|week|spring|summer|autumn|winter)|usually|often|every\s+year|each\s+year|annually)\b/i;

/**
 * A happening told in a clause that hangs on something else ("the fund, which approved ...",
 * "a worry that has grown ...", "noting that cargo rose ..."): the text between the sentence's
 * start and the trigger opens such a clause and does not close it.
 */
export function inSubordinateClause(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at);
  return /(?:,\s*|\b)(?:which|who|whom|whose|where|when|that|because|although|though|while|whereas|if|unless|after|before|once|since|until|till)\b[^,;:—–]*$/i.test(before) || /,\s*\p{Ll}+ing\b[^,;:]*$/u.test(before);
}

/** A day (or a few days) of an occasion: a date value the story's happenings may take. */
export function occasionDay(v: DateValue): boolean {
  // (asked again and again of the same few values: once per value object, else once per pair)
  const mine = OCCASION_DAY_OF.get(v);
  if (mine && mine.start === v.start && mine.end === v.end) return mine.day;
  const key = `${v.start}\u0000${v.end}`;
  let known = OCCASION_DAYS.get(key);
  if (known === undefined) {
    known = occasionDayUncached(v);
    if (OCCASION_DAYS.size > 5000) OCCASION_DAYS.clear();
    OCCASION_DAYS.set(key, known);
  }
  OCCASION_DAY_OF.set(v, { start: v.start, end: v.end, day: known });
  return known;
}
const OCCASION_DAYS = new Map<string, boolean>();
const OCCASION_DAY_OF = new WeakMap<DateValue, { start: string; end: string; day: boolean }>();

function occasionDayUncached(v: DateValue): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.start) || !/^\d{4}-\d{2}-\d{2}$/.test(v.end)) return false;
  const days = (Date.parse(`${v.end}T00:00:00Z`) - Date.parse(`${v.start}T00:00:00Z`)) / 86400000;
  return days >= 0 && days <= 7;
}

/** Past forms that tell a happening without "-ed" (a finite verb after its subject). */
const STORY_IRREGULAR = 'said|told|spoke|wrote|met|held|made|gave|took|won|led|sent|began|brought|sought|struck|chose|drew|threw|swore|withdrew|undertook|oversaw|forgave|broke|fought|flew|laid|paid|lent|saw';
/** Words that are no subject right before a verb ("the", "of", "to", a modal). */
const NO_SUBJECT_RE = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|for|with|in|on|at|by|from|to|into|as|than|and|or|not|never|no|be|been|being|is|are|was|were|has|have|had|will|would|could|should|may|might|must|can|who|which|whose|whom|where|when|very|so|too)$/i;
/** -ed words that are no verbs of a happening (states, plans, reports). */
const NOT_STORY_VERB_RE =
  /^(?:need|speed|seed|feed|indeed|hundred|shed|bred|based|related|limited|united|detailed|advanced|named|entitled|titled|dedicated|concerned|involved|supposed|expected|planned|scheduled|estimated|projected|intended|designed|aimed|focused|focussed|interested|located|situated|tied|worried|skilled|talented|experienced|qualified|balanced|mixed|varied|alleged|considered|deemed|regarded|believed|seemed|appeared|looked|remained|stayed|existed|lasted|continued|amounted|totalled|totaled|averaged|exceeded|numbered|hovered|accounted|represented|comprised|contained|included|reached|topped|peaked|ranked|happened|occurred|followed|used|wanted|liked|needed|owned|belonged|depended|lived)$/i;

/** An aside between commas: ", both of which ...,", ", according to two delegates,", ", closing the summit,". */
const ASIDE_RE = /,\s+(?:both|all|each|which|who|whose|according|now|once|like|including|along|\p{Ll}+ing)\b[^,;:]*,/gu;
/** A word in the past by its form: a regular -ed form or a common irregular past. */
const STORY_VERB_WORD_RE = new RegExp(`^(?:[a-z]{2,}(?:ed|ied)|${STORY_IRREGULAR})$`);

/**
 * The verb of a sentence's main clause told in the past by its form, right after its subject
 * ("Presidents A and B attended.", "Kazakhstan and Uzbekistan, both of which trade with X,
 * refused.", "He told reporters ..."): the first such word from `from` on, outside `skip` (names,
 * quotes), before the first clause break; null when none.
 */
export function storyVerb(text: string, from: number, to: number, skip: Span[] = []): { span: Span; text: string } | null {
  const re = STORY_VERB_WORD_RE;
  let prev: { w: string; end: number; name: boolean } | null = null;
  // (an aside between commas after the subject is blanked: "A and B, both of which ..., refused")
  const part = text.slice(from, to).replace(ASIDE_RE, (x) => ' '.repeat(x.length));
  for (const m of part.matchAll(/[\p{L}][\p{L}'’-]*|[;:()"“”—–]/gu)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const w = m[0];
    if (/^[;:()—–]$/.test(w)) return null;
    if (/^["“”]$/.test(w)) continue;
    const name = skip.some((s) => start < s.end && s.start < end);
    if (name) {
      prev = { w, end, name: true };
      continue;
    }
    const lw = w.toLowerCase();
    if (prev && /^\p{Ll}/u.test(w) && re.test(lw) && !NOT_STORY_VERB_RE.test(lw) && (prev.name || !NO_SUBJECT_RE.test(prev.w))) {
      // ("said nothing", "signed no deal": a negated happening is none)
      if (/^\s+(?:nothing|no|none|neither)\b/i.test(text.slice(end, end + 10))) return null;
      if (/^\s+$/.test(part.slice(prev.end - from, start - from))) return { span: { start, end }, text: w };
    }
    // (a verb of another kind, a modal or a copula first: the main verb is not told in the past)
    if (/^(?:is|are|am|was|were|be|been|has|have|had|will|would|shall|should|could|can|may|might|must|does|do|did|seems?|appears?|looks?|remains?|becomes?|stays?)$/.test(lw) && prev) return null;
    prev = { w: lw, end, name: false };
  }
  return null;
}

const storyParagraphCache = new WeakMap<ExtractedDoc, number[]>();

/**
 * The paragraph of each sentence for the story: the segmenter's, split further where the source
 * has a line break after a long line (a text with one paragraph to a line, which normalizing may
 * join; a wrapped text's short lines are no paragraph breaks).
 */
export function storyParagraphs(doc: ExtractedDoc): number[] {
  let out = storyParagraphCache.get(doc);
  if (out) return out;
  out = [];
  const src = doc.source?.text ?? doc.text;
  const map = (sp: Span): Span => (doc.srcStart && doc.srcEnd && doc.source ? toSourceSpan(doc, sp) : sp);
  let n = 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    const prev = doc.sentences[i - 1];
    if (prev) {
      const a = map(prev.span);
      const b = map(s.span);
      const between = src.slice(a.end, b.start);
      const lineStart = src.lastIndexOf('\n', a.end - 1) + 1;
      const longLine = a.end - lineStart > 120;
      if (prev.paragraph !== s.paragraph || prev.section !== s.section || (between.includes('\n') && longLine)) n++;
    }
    out.push(n);
  }
  storyParagraphCache.set(doc, out);
  return out;
}
