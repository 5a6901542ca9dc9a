/**
 * The head pass: a light verb ("began", "launched", "resumed", "halted", "collapsed",
 * "completed", "announced") is typed by the noun it governs, not by itself. Its object (after
 * an active verb) or else its subject (before it, in the same clause) is looked up in the noun
 * classes of the lexicon (HEAD_CLASSES); the class and the verb's aspect give the type
 * (HEAD_TYPES): "construction of X began" other, "launched a share sale" economic, "the deal
 * collapsed" other, "resumed exports" economic, "a tender was announced" other, "talks
 * resumed" meeting. Verb and noun become one trigger `events/head/<class>` (weight 3) that
 * replaces the triggers inside it ("deal", "announced").
 *
 * The subject is looked for in the verb's clause, then past one parenthetical phrase ("The
 * commission, set up in 1999, resumed"), past a relative clause to the noun it qualifies ("the
 * talks that produced the treaty restarted", "a study, which is due to be completed"), and past
 * an apposition when only auxiliaries stand before the verb ("Dredging, the deepening of the
 * basin, is to begin"). A participle after a determiner ("the reopened road") is no verb.
 *
 * Three more passes read the same clause structure:
 *   - "became operational": a facility subject makes it an opening, else an establishment;
 *   - a change verb ("rose", "fell") whose subject names no economic quantity ("flows in the
 *     river fell") is `events/head/change` (other, weight 1), not an economic change;
 *   - a purchase or sale whose object is a thing ("bought a 60 percent stake", "was acquired
 *     by a firm") rather than a sum or a volume ("invested $5 million", "sold 2 million tonnes")
 *     is `events/economic/acquisition`: a dated transaction even with figures near it; one whose
 *     object is weapons ("bought Swedish-built drones", lexicon ARMS_OBJECT) is
 *     `events/security/arms-purchase` (security: military cooperation, not trade).
 * Round 4: "adopted"/"approved" are their own aspect (`adopt`): a law adopted stays political, one
 * side's own policy adopted ("adopted a strategy", "a state programme", "a resolution", "a list")
 * is other, not an agreement between parties.
 */
import type { EventType } from '../../core/types.js';
import {
  BUILDING_WORKS,
  ECONOMIC_NOUNS,
  HEAD_CLASSES,
  HEAD_TYPES,
  LIGHT_NOUNS,
  LIGHT_VERBS,
  QUANTITY_OBJECT,
  ARMS_OBJECT,
  type HeadClass,
  type LightAspect,
} from '../../lexicon/triggers.js';

/** A trigger found by the scan (the extractor's RawTrigger), as the head pass reads and writes it. */
export interface HeadTrigger {
  start: number;
  end: number;
  text: string;
  ruleId: string;
  type: EventType;
  weight: number;
  planned: boolean;
  /** True when the trigger opens a document title ("Treaty on Strategic Partnership ..."). */
  titleHead?: boolean;
}

const L = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const ws = (src: string) => src.replace(/ /g, '\\s+');

// No look-behind in the scanning expressions (it slows a scan over a long text several
// times): `\b` and then `startsWord` on the character before.
const LIGHT_RE = new RegExp(`\\b(?:${LIGHT_VERBS.map((v) => `(${ws(v.pattern)})`).join('|')})(?![${L}])`, 'gi');
const LETTER_OR_HYPHEN_RE = new RegExp(`[${L}-]`);
/** Does a match at `i` start a word (no letter, digit or hyphen before it)? */
function startsWord(text: string, i: number): boolean {
  return i === 0 || !LETTER_OR_HYPHEN_RE.test(text[i - 1]!);
}
const LIGHT_NOUN_RE = new RegExp(
  `\\b(?:${LIGHT_NOUNS.map((v) => `(${ws(v.pattern)})`).join('|')})\\s+of\\s+(?:(?:the|a|an|its|their|this|that)\\s+)?`,
  'gi',
);
const CLASS_RE = new RegExp(
  `(?<![${L}-])(?:${HEAD_CLASSES.map((c) => `(${ws(c.nouns)})`).join('|')})(?![${L}])`,
  'gi',
);
const BUILDING_RE = new RegExp(`^(?:${BUILDING_WORKS})$`, 'i');
const ECONOMIC_RE = new RegExp(`(?<![${L}])(?:${ECONOMIC_NOUNS})(?![${L}])|[$€£%]`, 'i');
const QUANTITY_RE = new RegExp(QUANTITY_OBJECT, 'i');
const ARMS_RE = new RegExp(ARMS_OBJECT, 'i');

/** Words that end a noun phrase after a verb: prepositions, conjunctions, relative words. */
const OBJECT_STOP_RE =
  /[,.;:!?()"“”[\]]|\b(?:in|on|at|by|after|before|with|from|to|for|since|until|during|amid|and|but|or|that|which|who|when|while|as|than|of|under|over|into|across|through|between|within|without|against|via|per|about|around|towards?|upon|among|amongst|amid|amidst|beyond|like|unlike|except|due|thanks|along|near|behind|beside|inside|outside|throughout|worth|because|despite|following|last|next|this|early|late|ago|yesterday|today|recently|earlier|later|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|is|are|was|were|has|have|had|will|would|could|should|can|might|must)\b|\b\d{4}\b/i;
/**
 * Where the clause of a subject starts (the last of these before the verb). Not "and": it
 * joins the parts of one noun phrase too ("flights between A and B were suspended").
 */
const CLAUSE_WORD_RE =
  /\b(?:but|yet|while|whereas|when|after|before|since|because|although|though|as|that|which|who|whom|where|then|so|if|until|once|amid|following|during|despite)\b/gi;
/** Words that are no noun of an object: adverbs and particles. */
const NOT_OBJECT_RE = /^(?:[a-z]+ly|again|also|too|then|once|back|up|down|out|off|there|here|soon|later|now|anew|abroad|the|a|an)$/i;
/** "plans to", "agreed to", "is due to": an infinitive after these names a planned or decided happening. */
const PLAN_TO_RE =
  /\b(?:plans?|planned|planning|aims?|aimed|intends?|intended|set|due|scheduled|expected|hopes?|hoped|agreed|agrees|decided|decides|meant|going|ready|promised|pledged|vowed|undertook|wants?|wanted|seeks?|sought|is|are|was|were)\s+to\s+$/i;
/** A determiner or adverb right before a participle makes it an adjective ("the reopened road", "a newly launched line"). */
const ADJECTIVAL_RE = /\b(?:the|a|an|its|their|this|these|those|newly|recently|partly|fully|already)\s+$/i;
/** The subject's own work as object ("resumed its work", "began work in Geneva"; not "began work on a dam"): the verb's noun is its subject. */
const OWN_WORK_RE = /^\s+(?:(?:its|their|his|her)\s+(?:own\s+)?(?:work|activit(?:y|ies)|operations?|functions?|sessions?|meetings?)\b|work\b(?!\s+on\b))/i;
/** Pronoun or empty subjects: the change is of whatever the text spoke of before. */
const PRONOUN_RE = /^(?:(?:it|they|this|that|these|those|which|its|their|the|a|an|both|all|each|figures?|numbers?)\s*)*$/i;

interface Noun {
  start: number;
  end: number;
  cls: HeadClass['name'];
  text: string;
}

/**
 * What may follow the head noun of a phrase: the end of the window, a preposition, an
 * auxiliary, a conjunction, an adverb. Another word ("auction house", "ferry line") makes the
 * class noun a modifier of the real head.
 */
const AFTER_HEAD_RE =
  /^(?:$|[,;:.()*_]|(?:of|on|for|at|to|in|between|from|across|through|with|near|along|under|over|into|by|since|until|during|was|were|is|are|has|have|had|been|be|being|will|would|could|should|may|might|must|can|did|does|do|and|or|also|then|again|only|never|not|still|finally|eventually|first|once|later|itself|themselves|there|here|that|which|who|where|when|[a-z]+ly)\b)/i;

/** classMatches of the last text, by window (the passes read the same windows again and again). */
let classText: string | null = null;
const classMemo = new Map<number, Noun[]>();

/** Class nouns in text[from, to) that head their phrase (not modifiers of another noun); callers must not change the list. */
function classMatches(text: string, from: number, to: number): Noun[] {
  if (text !== classText) {
    classText = text;
    classMemo.clear();
  }
  // (exact while text.length² < 2^53, i.e. for texts under 90 million characters)
  const key = from * (text.length + 1) + to;
  let got = classMemo.get(key);
  if (got === undefined) classMemo.set(key, (got = classMatchesUncached(text, from, to)));
  return got;
}

function classMatchesUncached(text: string, from: number, to: number): Noun[] {
  const out: Noun[] = [];
  const part = text.slice(from, to);
  CLASS_RE.lastIndex = 0;
  for (const m of part.matchAll(CLASS_RE)) {
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const end = m.index + m[0].length;
    if (!AFTER_HEAD_RE.test(part.slice(end).trimStart())) continue;
    // ("the State University of Oil and Industry opened": a capitalised commodity inside a name is no head)
    if (HEAD_CLASSES[g - 1]!.name === 'flow' && /^(?:Crude|Oil|Gas|Condensate|Grain|Wheat|Cotton|Coal|Fuel|Copper|Alumin|Uranium)/.test(m[0]) && !/(?:^|[.!?:\n*_#]\s*|^\s*)$/.test(text.slice(Math.max(0, from + m.index - 3), from + m.index))) continue;
    out.push({ start: from + m.index, end: from + end, cls: HEAD_CLASSES[g - 1]!.name, text: m[0] });
  }
  return out;
}

/** An object that names a new form of a thing said before ("adopted a revised version", "published an updated edition"). */
const VERSION_RE = /^\s+(?:a|an|the|its|their|his|her)\s+(?:(?:new|revised|updated|amended|second|third|final|shorter|longer|fuller|expanded)(?:\s*,)?\s+)+(?:version|edition|draft|text|update)\b/i;

/** A pronoun object right after the verb ("signed it", "approved them"). */
const PRONOUN_OBJECT_RE = /^\s+(?:it|them)\b/i;

/** The noun a "revised version" stands for: the last class noun before the verb in its sentence. */
function antecedent(text: string, vs: number, from: number, fits: (n: Noun) => boolean = () => true): Noun | null {
  const lo = Math.max(from, vs - 300);
  const before = text.slice(lo, vs);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n\n'));
  const nouns = classMatches(text, stop >= 0 ? lo + stop + 2 : lo, vs).filter(fits);
  return nouns[nouns.length - 1] ?? null;
}

/** Right after an object noun: "and" and at most two bare words (no determiner: "the deal and the loan" are two objects). */
const COMPOUND_AND_RE = /^\s*and\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|some|all)\b)(?:[A-Za-z][\w-]*\s+){0,2}?(?=[A-Za-z])/i;

/**
 * The head of an object whose modifier is coordinated ("concluded gas sales and purchase
 * agreements", "signed oil and transit contracts"): a class noun that ends the object window
 * right before "and", when a class noun heads the words after "and" (up to two bare words
 * before it), is a modifier of that later noun, which heads the compound.
 */
function compoundHead(text: string, noun: Noun, ow: { start: number; end: number }, to: number): Noun {
  if (text.slice(noun.end, ow.end).trim() !== '') return noun;
  const m = COMPOUND_AND_RE.exec(text.slice(ow.end, Math.min(to, ow.end + 60)));
  if (!m) return noun;
  const from = ow.end + m[0].length;
  const w = objectWindow(text, from, to);
  const heads = classMatches(text, from, w.end);
  return heads[heads.length - 1] ?? noun;
}

/** The object window after a verb: up to the first stop word or punctuation, at most five words. */
function objectWindow(text: string, end: number, limit: number): { start: number; end: number } {
  const part = text.slice(end, Math.min(limit, end + 80));
  const stop = part.search(OBJECT_STOP_RE);
  let cut = stop >= 0 ? stop : part.length;
  // at most five words
  const words = [...part.slice(0, cut).matchAll(/\S+/g)];
  if (words.length > 5) cut = words[5]!.index;
  return { start: end, end: end + cut };
}

/** Does the object window hold a word that is not an adverb (the verb has an object)? */
function hasObject(text: string, w: { start: number; end: number }): boolean {
  return text
    .slice(w.start, w.end)
    .split(/\s+/)
    .some((x) => x.length > 0 && !NOT_OBJECT_RE.test(x));
}

/**
 * The subject window before a verb: back to the clause start (a sentence mark, a comma, a
 * conjunction or relative word, a number), at most fourteen words. A verb right after a comma
 * (", stalled for years,") is a reduced clause: its subject is the phrase before that comma.
 * `reduced` tells which case it was.
 */
function subjectWindow(text: string, start: number, floor: number): { start: number; end: number; reduced: boolean; hardAt: number } {
  const lo = Math.max(floor, start - 140);
  let part = text.slice(lo, start);
  let end = start;
  let reduced = false;
  const trimmed = part.replace(/\s+$/, '');
  if (trimmed.endsWith(',')) {
    reduced = true;
    part = trimmed.slice(0, -1);
    end = lo + part.length;
  }
  let cut = 0;
  const hard = Math.max(...['.', ';', ':', '!', '?', '(', ')', '"', '“', '”', '[', ']', ',', '—', '–'].map((c) => part.lastIndexOf(c)));
  if (hard >= 0) cut = hard + 1;
  const hardAt = hard >= 0 ? lo + hard : -1;
  let lastWord = -1;
  for (const m of part.slice(cut).matchAll(CLAUSE_WORD_RE)) lastWord = m.index + m[0].length;
  if (lastWord >= 0) cut += lastWord;
  // A number (a year, a count) bounds the phrase on the left; not a quantity complement of a
  // noun ("a loan of 20 billion", "exports of $3 million", "a grant of up to 40,000"), which
  // belongs to the phrase.
  const inPart = part.slice(cut);
  const nums = [...inPart.matchAll(/\S*\d\S*/g)].filter((n) => /^(?:1[5-9]|20)\d\d\W*$/.test(n[0]) || !QUANTITY_OF_RE.test(inPart.slice(Math.max(0, n.index - 40), n.index)));
  if (nums.length > 0) {
    const last = nums[nums.length - 1]!;
    cut += last.index + last[0].length;
  }
  let s = lo + cut;
  const words = [...text.slice(s, end).matchAll(/\S+/g)];
  if (words.length > 14) s += words[words.length - 14]!.index;
  return { start: s, end, reduced, hardAt };
}

/** Right before a number: "of" and an optional approximator, the number is a noun's quantity complement. */
const QUANTITY_OF_RE = /\b[a-z]+\s+of\s+(?:(?:about|some|nearly|almost|over|around|roughly|approximately|more than|less than|up to|just over|just under)\s+)?$/i;

/** A subject window of auxiliaries and plan words only ("is scheduled to", "has been"): the subject stands further back. */
const AUX_ONLY_RE =
  /^\s*(?:(?:and|is|are|was|were|has|have|had|been|be|being|will|would|shall|should|can|could|may|might|must|also|now|then|still|not|yet|scheduled|expected|due|set|planned|going|meant|likely|to|finally|eventually|formally|officially|soon)\s*)*$/i;
/** Motion and trade infinitives after "began"/"stopped" with a flow subject ("began to arrive", "started to flow"). */
const FLOW_INFINITIVE_RE = /^\s+to\s+(?:arrive|flow|move|reach|cross|come|go|pass|run|travel|enter|leave|ship|be (?:shipped|exported|imported|delivered|pumped|sent|carried|moved|transported))\b/i;
/** A relative word right before a subject window ("the talks that ...", "a study, which ..."). */
const RELATIVE_BEFORE_RE = /\b(?:that|which)\s*$/i;

/**
 * The head noun of the subject of a verb at `vs`: in its clause; past one parenthetical phrase
 * ("The commission, set up in 1999, resumed"); past a relative clause to the noun it qualifies
 * ("the talks that produced the treaty restarted", "a study, which is due to be completed");
 * past an apposition when only auxiliaries stand between it and the verb ("Demarcation, the
 * marking of the line, is scheduled to begin").
 */
function findSubject(text: string, vs: number, from: number): Noun | null {
  const sw = subjectWindow(text, vs, from);
  const own = subjectHead(text, classMatches(text, sw.start, sw.end));
  const before = text.slice(Math.max(from, sw.start - 12), sw.start);
  const rel = RELATIVE_BEFORE_RE.exec(before);
  if (rel) {
    const relAt = sw.start - before.length + rel.index;
    const sw2 = subjectWindow(text, relAt, from);
    const nouns = classMatches(text, sw2.start, sw2.end);
    const last = nouns[nouns.length - 1];
    // the relative word qualifies the noun right before it (not "said that", "so that")
    if (last && /^[\s,]*$/.test(text.slice(last.end, relAt))) return last;
    // ", which reopened": the relative clause qualifies a noun of no class ("the reconstruction
    // of the waterworks, which reopened"): not the head noun further back
    if (/,\s*(?:which|that)\s*$/i.test(before)) return own;
  }
  if (own) return own;
  const auxOnly = AUX_ONLY_RE.test(text.slice(sw.start, sw.end));
  if ((sw.reduced || auxOnly) && sw.hardAt > from && text[sw.hardAt] === ',') {
    const sw2 = subjectWindow(text, sw.hardAt, from);
    if (auxOnly && sw2.hardAt > from && text[sw2.hardAt] === ',') {
      // "X, <apposition>, is to begin": X, then the apposition
      const sw3 = subjectWindow(text, sw2.hardAt, from);
      const head = subjectHead(text, classMatches(text, sw3.start, sw3.end));
      if (head) return head;
    }
    return subjectHead(text, classMatches(text, sw2.start, sw2.end));
  }
  return null;
}

/** The head noun of a subject: the leftmost one with a complement ("construction of"), else the last. */
function subjectHead(text: string, nouns: Noun[]): Noun | null {
  if (nouns.length === 0) return null;
  const withComplement = nouns.find((n) =>
    /^\s+(?:of|on|for|at|to|in|between|from|across|through|with|near|along|under|over|into)\b/i.test(text.slice(n.end, n.end + 10)),
  );
  // "the first phase of the airport opened": a part of a thing stands for that thing
  if (withComplement && PART_RE.test(withComplement.text) && /^\s+of\b/i.test(text.slice(withComplement.end, withComplement.end + 6))) {
    const whole = nouns.find((n) => n.start > withComplement.end);
    if (whole) return whole;
  }
  return withComplement ?? nouns[nouns.length - 1]!;
}

/** Nouns of a part of a thing or of works ("phase", "stage"): with an "of" phrase, that phrase names what is meant. */
const PART_RE = /^(?:phases?|stages?)$/i;

function aspectOf(m: RegExpMatchArray): LightAspect {
  let g = 1;
  while (g < m.length && m[g] === undefined) g++;
  return LIGHT_VERBS[g - 1]!.aspect;
}

function overlapsSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The triggers of a text, sorted by start, with the ones the pass adds and removes: overlap
 * queries by binary search (the kept triggers never overlap one another, so their ends are
 * sorted too), so the pass stays linear in the number of triggers.
 */
class TriggerIndex {
  private readonly base: HeadTrigger[];
  private readonly removed = new Set<HeadTrigger>();
  private readonly added: HeadTrigger[] = [];
  constructor(kept: HeadTrigger[]) {
    this.base = kept.slice().sort((a, b) => a.start - b.start);
  }
  overlapping(span: { start: number; end: number }): HeadTrigger[] {
    const out: HeadTrigger[] = [];
    let lo = 0;
    let hi = this.base.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.base[mid]!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.base.length && this.base[i]!.start < span.end; i++) {
      const t = this.base[i]!;
      if (!this.removed.has(t) && overlapsSpan(t, span)) out.push(t);
    }
    for (const t of this.added) if (!this.removed.has(t) && overlapsSpan(t, span)) out.push(t);
    return out;
  }
  replace(span: { start: number; end: number }, also: { start: number; end: number }, t: HeadTrigger): void {
    for (const o of this.overlapping(span)) this.removed.add(o);
    // the noun's own trigger ("deal") goes too, unless it is part of another head phrase
    for (const o of this.overlapping(also)) if (!o.ruleId.startsWith('events/head/')) this.removed.add(o);
    this.added.push(t);
  }
  all(): HeadTrigger[] {
    return [...this.base, ...this.added].filter((t) => !this.removed.has(t));
  }
}

/** The weight of a head trigger (the lexicon gives 3 to every `events/head/<class>` entry but change). */
const HEAD_WEIGHT = 3;

/**
 * Retype light verbs by their head nouns in text[from, to); `kept` are the triggers found there
 * (sorted or not). Returns the new trigger list (unsorted).
 */
export function typeByHeads(text: string, kept: HeadTrigger[], from: number, to: number): HeadTrigger[] {
  const index = new TriggerIndex(kept);
  const slice = text.slice(from, to);
  LIGHT_RE.lastIndex = 0;
  for (const m of slice.matchAll(LIGHT_RE)) {
    if (!startsWord(slice, m.index)) continue;
    const vs = from + m.index;
    const ve = vs + m[0].length;
    const verb = { start: vs, end: ve };
    // Part of a longer phrase of its own ("began operating", "deliveries began"): that phrase
    // decides; so does a head phrase found before.
    const around = index.overlapping(verb);
    if (around.some((t) => t.end - t.start > ve - vs || t.ruleId.startsWith('events/head/'))) continue;
    // "signed a deal with X to complete the plant": a purpose infinitive is no happening;
    // after a plan or decision ("plans to launch", "agreed to halt") it is one.
    const before = text.slice(Math.max(from, vs - 40), vs);
    if (/\bto\s+$/i.test(before) && !PLAN_TO_RE.test(before)) continue;
    // "the reopened checkpoints": a participle used as an adjective is no happening.
    if (ADJECTIVAL_RE.test(before)) continue;
    const aspect = aspectOf(m);
    // "began to lose money": the infinitive after it is the happening; but a commodity or flow
    // that began or stopped moving ("crude began to arrive", "exports stopped to flow") is a
    // happening of trade whatever the motion verb (round 7).
    if (/^\s+to\s/i.test(text.slice(ve, ve + 4))) {
      if (aspect !== 'start' && aspect !== 'stop') continue;
      const subject = findSubject(text, vs, from);
      if (subject?.cls !== 'flow' || !FLOW_INFINITIVE_RE.test(text.slice(ve, ve + 30))) continue;
      index.replace(verb, verb, { start: vs, end: ve, text: m[0], ruleId: 'events/head/flow', type: 'economic', weight: HEAD_WEIGHT, planned: false });
      continue;
    }
    const ow = objectWindow(text, ve, to);
    let noun: Noun | null = null;
    let pronoun = false;
    let cls: Noun['cls'] | null = null;
    // "resumed its work", "suspended their activities": the subject's own work is no object.
    const ownWork = OWN_WORK_RE.test(text.slice(ve, ve + 40));
    const objs = ownWork ? [] : classMatches(text, ow.start, ow.end);
    if (objs.length > 0) noun = compoundHead(text, objs[objs.length - 1]!, ow, to);
    else if (VERSION_RE.test(text.slice(ve, Math.min(to, ve + 80)))) noun = antecedent(text, vs, from);
    // "adopted a law ..., and the president signed it": a law-making act on a pronoun takes the
    // last class noun of its sentence (the verb alone stays the trigger)
    else if ((aspect === 'enact' || aspect === 'adopt') && PRONOUN_OBJECT_RE.test(text.slice(ve, ve + 8))) {
      noun = antecedent(text, vs, from, (n) => HEAD_TYPES[n.cls][aspect] !== undefined);
      pronoun = true;
    }
    else if (ownWork || !hasObject(text, ow)) noun = findSubject(text, vs, from);
    if (!noun) continue;
    cls = noun.cls;
    let type = HEAD_TYPES[cls][aspect];
    if (cls === 'works' && aspect === 'complete' && BUILDING_RE.test(noun.text)) type = 'opening';
    if (!type) continue;
    let span = { start: Math.min(noun.start, vs), end: Math.max(noun.end, ve) };
    // Never across a year or a sentence: then the verb alone carries the type.
    if (pronoun || /\d{4}|[.;:!?]\s/.test(text.slice(span.start, span.end))) span = verb;
    // Nor over another head phrase ("the survey, stalled for years, resumed"): two happenings.
    if (index.overlapping(span).some((t) => t.ruleId.startsWith('events/head/'))) span = verb;
    const trigger: HeadTrigger = {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      ruleId: `events/head/${cls}`,
      type,
      weight: HEAD_WEIGHT,
      planned: false,
    };
    index.replace(span, noun, trigger);
  }
  // "the start of construction", "the suspension of flights": the "of" phrase decides.
  LIGHT_NOUN_RE.lastIndex = 0;
  for (const m of slice.matchAll(LIGHT_NOUN_RE)) {
    if (!startsWord(slice, m.index)) continue;
    let g = 1;
    while (g < m.length && m[g] === undefined) g++;
    const aspect = LIGHT_NOUNS[g - 1]!.aspect;
    const ns = from + m.index;
    const ne = ns + m[g]!.length;
    const light = { start: ns, end: ne };
    // Part of a longer phrase of its own ("collapse of the Soviet Union"), or of a head phrase: that phrase decides.
    if (index.overlapping(light).some((t) => t.ruleId.startsWith('events/head/') || t.end - t.start > ne - ns)) continue;
    const ow = objectWindow(text, from + m.index + m[0].length - 1, to);
    const nouns = classMatches(text, ow.start, ow.end);
    const noun = nouns[0];
    if (!noun) continue;
    let type = HEAD_TYPES[noun.cls][aspect];
    if (noun.cls === 'works' && aspect === 'complete' && BUILDING_RE.test(noun.text)) type = 'opening';
    if (!type) continue;
    const span = { start: ns, end: noun.end };
    if (/\d{4}|[.;:!?]\s/.test(text.slice(span.start, span.end))) continue;
    const trigger: HeadTrigger = {
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      ruleId: `events/head/${noun.cls}`,
      type,
      weight: HEAD_WEIGHT,
      planned: false,
    };
    index.replace(span, span, trigger);
  }
  const all = index.all();
  return all.flatMap((t) => {
    if (modifiesDocument(text, t)) return [];
    const future = reportsDatedFuture(text, t, all, from, to);
    if (future === 'inner') return [];
    if (future === 'bare') t = { ...t, type: 'other', planned: true };
    const changed = retypeChange(text, retypeTransaction(text, t, from), from, to);
    return changed ? [retypeOperational(text, changed, from)] : [];
  });
}

/**
 * A trade or finance noun that modifies a document noun after it ("a purchase agreement", "gas
 * sales and purchase agreements", "a supply contract", "the loan accord"): the compound is the
 * document, which the document's own trigger types; the modifier is no happening of its own.
 */
const DOCUMENT_AFTER_RE =
  /^\s+(?:(?:and|or|&)\s+[A-Za-z][\w-]*\s+)?(?:[A-Za-z][\w-]*\s+)?(?:agreements?|contracts?|deals?|accords?|treat(?:y|ies)|memorand(?:um|a)|protocols?)\b/i;
function modifiesDocument(text: string, t: HeadTrigger): boolean {
  if (t.type !== 'economic' || t.ruleId.startsWith('events/head/') || !/^[A-Za-z-]+$/.test(t.text) || /ed$/i.test(t.text)) return false;
  return DOCUMENT_AFTER_RE.test(text.slice(t.end, t.end + 60));
}

/** A speech verb that reports (not a promise of money, not a call). */
const REPORT_VERB_RE = /^(?:said|says|say|told|tells|announced|announces|stated|states|confirmed|confirms|declared|declares)$/i;
/** A verb that commits its subject to a future act ("promised a report", "offered to train"). */
const COMMISSIVE_VERB_RE = /^(?:promised|promises|offered|offers|pledged|pledges|vowed|vows|undertook|undertakes)$/i;
/** Right after a speech verb: "(that) <up to four words> would/will/is to/plans to": a future happening reported. */
const FUTURE_COMPLEMENT_RE =
  /^\s+(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:would|will|shall|is to|are to|was to|were to|plans? to|planned to|intends? to|intended to)\s+(?:(?:also|again|next|then|soon|now|not)\s+)?/i;
/** Right after a commissive verb: its object or infinitive starts there. */
const COMMISSIVE_COMPLEMENT_RE = /^\s+(?:to\s+)?/i;
/** A date-like word: a year, a month, a season or a relative year. */
const DATE_WORD_RE =
  /\b(?:1[5-9]\d\d|20\d\d)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:next|last|this|the following|the coming) (?:year|month|week|spring|summer|autumn|fall|winter|decade)\b|\b(?:yesterday|tomorrow|today)\b/;

/**
 * "The ministers said they would meet again in 2031", "the board promised a first report by
 * 2031": the date belongs to the happening reported or promised, not to the saying. A speech
 * verb whose complement is a future happening ("said (that) X would ...", "promised (to) ...")
 * with a date after the complement's verb, and no date before the speech verb in its sentence
 * nor between it and that date's happening, is no dated statement ("In May 2031 the ministers
 * said they would meet", "promised in May 2031 to invest": the saying keeps its date).
 * 'inner': the complement opens with a trigger of its own (that trigger takes the date, the
 * saying goes); 'bare': no trigger there, the saying stands for the planned act (other).
 */
function reportsDatedFuture(text: string, t: HeadTrigger, all: HeadTrigger[], from: number, to: number): 'inner' | 'bare' | null {
  if (t.type !== 'statement') return null;
  const report = REPORT_VERB_RE.test(t.text);
  if (!report && !COMMISSIVE_VERB_RE.test(t.text)) return null;
  const rest = text.slice(t.end, Math.min(to, t.end + 240));
  const stop = rest.search(/[.;!?](?:\s|$)|\n\s*\n/);
  const sentEnd = t.end + (stop >= 0 ? stop : rest.length);
  const m = (report ? FUTURE_COMPLEMENT_RE : COMMISSIVE_COMPLEMENT_RE).exec(rest);
  if (!m || t.end + m[0].length > sentEnd) return null;
  const cs = t.end + m[0].length;
  const head = text.slice(Math.max(from, t.start - 240), t.start);
  // (after the last ".", "!", "?" or ";": what /[^.!?;]*$/ finds, without its quadratic search)
  const sentStart = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf(';')) + 1;
  if (DATE_WORD_RE.test(head.slice(sentStart))) return null;
  // the reported happening: a trigger right at the start of the complement's verb phrase
  const inner = all.find((u) => u !== t && u.type !== 'statement' && u.start >= cs && u.start <= cs + 40 && u.end <= sentEnd);
  if (inner) {
    if (!DATE_WORD_RE.test(text.slice(inner.end, sentEnd))) return null;
    if (DATE_WORD_RE.test(text.slice(t.end, inner.start))) return null;
    return 'inner';
  }
  // no trigger: the complement's first words (a verb, an object) come before its date
  const comp = text.slice(cs, sentEnd);
  const d = DATE_WORD_RE.exec(comp);
  if (!d || !/[A-Za-z]{3,}/.test(comp.slice(0, d.index)) || /^\s*(?:in|on|at|by|during|since|from|until)\s*$/i.test(comp.slice(0, d.index))) return null;
  return 'bare';
}

/** "became operational": a body or mechanism is established then; a facility (a line, a terminal) opens. */
function retypeOperational(text: string, t: HeadTrigger, from: number): HeadTrigger {
  if (t.ruleId !== 'events/establishment/became-body' || !/operational$/i.test(t.text)) return t;
  const noun = findSubject(text, t.start, from);
  return noun?.cls === 'facility' ? { ...t, type: 'opening' } : t;
}

/**
 * A measured change between two times ("fell by 1.5 metres between 2005 and 2024", "grew from
 * 300 in 1990 to 900 in 2000"): the words after the verb up to the clause end.
 */
const SPAN_STATISTIC_RE =
  /^(?:[^.;:!?]|\.(?=\d)){0,80}?(?:\bbetween\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]*)?\d{4}s?\s+and\s+(?:(?:early|mid|late)[\s-]*)?\d{4}|\bfrom\s+(?:[^.;:!?]|\.(?=\d)){0,50}?\bin\s+\d{4}(?:[^.;:!?]|\.(?=\d)){0,30}?\bto\s)/i;

/**
 * A change of something that is no economic quantity ("the level of the lake fell") is other;
 * measured between two times ("the level fell by 2 m between 1990 and 2020") it is a statistic
 * (a figure), no happening: dropped (null).
 */
function retypeChange(text: string, t: HeadTrigger, from: number, to: number): HeadTrigger | null {
  if (t.ruleId !== 'events/economic/trade') return t;
  const ow = objectWindow(text, t.end, to);
  if (ECONOMIC_RE.test(text.slice(ow.start, ow.end))) return t;
  const sw = subjectWindow(text, t.start, from);
  if (sw.reduced) return t;
  const subject = text.slice(sw.start, sw.end).trim();
  if (PRONOUN_RE.test(subject) || ECONOMIC_RE.test(subject)) return t;
  // "A train of 20 containers left X on 2 May, crossed Y, and reached Z": a later predicate of
  // the sentence's subject (only "and" before it) has that subject, the sentence's first clause.
  if (/^(?:and|but|then|and\s+then|and\s+finally)$/i.test(subject)) {
    const back = text.slice(Math.max(from, t.start - 250), t.start);
    let cut = 0;
    for (const m of back.matchAll(/[.!?;:]\s|\n\s*\n/g)) cut = m.index + m[0].length;
    const head = back.slice(cut).split(',')[0] ?? '';
    if (ECONOMIC_RE.test(head)) return t;
  }
  // "... grew 2.5 times", "rose 14%": a number right after is an economic figure's change.
  if (/^\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?[$€£]/i.test(text.slice(t.end, t.end + 24))) return t;
  // "reached about 1.4 million tonnes", "rose to 12 bcm": an amount in an economic unit right after (round 7)
  const amount = /^\s+(?:by\s+|to\s+)?(?:(?:about|some|nearly|almost|over|around|roughly|more\s+than|just\s+over|just\s+under)\s+)?\d[\d.,]*\s*(?:(?:million|billion|thousand|bn|m)\s+)?([A-Za-z]+)/i.exec(text.slice(t.end, t.end + 60));
  if (amount && ECONOMIC_RE.test(amount[1]!)) return t;
  if (SPAN_STATISTIC_RE.test(text.slice(t.end, Math.min(to, t.end + 160)))) return null;
  // (not measured between two times, above) "doubled, from about 60 tenge to 120 tenge": a measured change in money or an economic unit
  const measured = /^,?\s+(?:(?:by|from|to)\s)[^.;:!?]{0,80}/i.exec(text.slice(t.end, Math.min(to, t.end + 90)))?.[0];
  if (measured !== undefined && ECONOMIC_RE.test(measured)) return t;
  return { ...t, ruleId: 'events/head/change', type: 'other', weight: 1 };
}

/** Verbs of buying and selling whose object the acquisition rule reads. */
const TRADE_VERB_RE = /^(?:purchased|bought|acquired|acquires|sold|privati[sz](?:ed|es))$/i;
/** What follows "purchases" used as a verb: a determiner or a number. */
const PURCHASES_VERB_RE = /^\s+(?:the|a|an|its|their|two|three|four|five|six|ten|several|\d)/i;
/** A passive auxiliary right before a verb ("was sold", "had been acquired"). */
const PASSIVE_RE = /\b(?:was|were|is|are|be|been|being)\s+(?:[a-z]+ly\s+)?$/i;

/**
 * A change of owner of a thing (not of a sum or a volume) is a dated transaction even near
 * figures: the object after an active verb, or the subject of a passive one, must state no
 * quantity ("1.5 bcm of gas ... was sold to" stays a volume). Flows (supplied, shipped,
 * exported) and sums (invested, paid) are left to the transaction entry.
 */
function retypeTransaction(text: string, t: HeadTrigger, from: number): HeadTrigger {
  if (t.ruleId !== 'events/economic/transaction') return t;
  // "purchases" is a verb when a determiner or a number follows ("the utility purchases two turbines"),
  // else the plural noun ("electricity purchases in 2021": a flow, left to the transaction entry)
  const verb = TRADE_VERB_RE.test(t.text) || (/^purchases$/i.test(t.text) && PURCHASES_VERB_RE.test(text.slice(t.end, t.end + 12)));
  if (!verb) return t;
  // "bought Swedish-built drones": weapons bought or sold are military cooperation (the object's
  // noun phrase only: up to a clause break or preposition).
  const obj = /^[^,;.()]*?(?=\s+(?:from|to|for|in|on|at|by|with|under|worth|and|that|which|who|whose)\b|[,;.()]|$)/.exec(text.slice(t.end, t.end + 60))?.[0] ?? '';
  if (!PASSIVE_RE.test(text.slice(Math.max(from, t.start - 30), t.start)) && ARMS_RE.test(obj)) {
    return { ...t, ruleId: 'events/security/arms-purchase', type: 'security', weight: 2 };
  }
  if (QUANTITY_RE.test(text.slice(t.end, t.end + 40))) return t;
  if (PASSIVE_RE.test(text.slice(Math.max(from, t.start - 30), t.start))) {
    const sw = subjectWindow(text, t.start, from);
    const subject = text.slice(Math.max(from, sw.start - 40), t.start);
    if (/\d|[$€£]|\b(?:which|that)\b/i.test(subject)) return t;
  }
  return { ...t, ruleId: 'events/economic/acquisition', weight: 2 };
}
