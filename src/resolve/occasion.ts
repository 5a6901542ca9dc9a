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
import type { DateValue, EventType, Span } from '../core/types.js';

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
  m = THERE_RE.exec(sentence);
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
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*(?:(?:[-*•–]|\d{1,2}[.)])[ \t]+)?$/.test(text.slice(lineStart, pos));
}

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
