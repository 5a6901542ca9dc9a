/**
 * Small text tests the event assembly (resolve/events.ts) uses to find an event's actors:
 * venues and place names inside names (not parties), dash appositions (a list of parties set
 * off by dashes), counted groups ("the five states", "the four governments") and the words that
 * point back to a document or body introduced before ("It entered into force", "the parties").
 * Pure functions over the text; no stage imports.
 */
import type { Span } from '../core/types.js';

/**
 * A city right after one of these is where the happening takes place ("signed in Aktau", "met at
 * Ashgabat", "is scheduled for Baku"): its country is a party only when nobody else is named.
 */
export const VENUE_BEFORE_RE =
  /(?:^|[\s(])(?:in|at|(?:scheduled|planned|set|due|slated|pencilled|penciled)\s+(?:(?:to\s+(?:be\s+)?held|to\s+take\s+place)\s+)?(?:for|in))\s+(?:(?:the\s+)?(?:city|capital|port|town)\s+of\s+)?$/i;

/** Is the city at `start` a venue (see VENUE_BEFORE_RE)? */
export function isVenue(text: string, start: number, floor = 0): boolean {
  return VENUE_BEFORE_RE.test(text.slice(Math.max(floor, start - 60), start));
}

/**
 * Nouns that a place name only modifies when it stands right before them: a document, a
 * meeting, a format or a facility named after where it was signed, held or built ("the Aktau
 * Protocol", "the Xi'an Declaration", "the Bishkek agreement", "the Dushanbe summit").
 */
const NAME_NOUN_AFTER_RE =
  /^['’]?\s*(?:[-–]\s*)?(?:Protocols?|Declarations?|Conventions?|Treat(?:y|ies)|Agreements?|Accords?|Charter|Communiqu[eé]|Memorandum|Process|Format|Summit|Principles|Initiative|Document|protocols?|declarations?|conventions?|treat(?:y|ies)|agreements?|accords?|deal|communiqu[eé]|memorandum|process|format|summit|meeting|talks|conference|session|round|forum)\b/;

/** Is the place name ending at `end` a modifier of a document, meeting or format noun ("Aktau Protocol")? */
export function modifiesName(text: string, end: number): boolean {
  return NAME_NOUN_AFTER_RE.test(text.slice(end, end + 30));
}

/**
 * Does the dash at `at` close an apposition opened by a dash before it in [from, at) that holds
 * only names ("The five states — A, B, C, D and E — signed ...")? Then the clause goes on across
 * it, and the names are the subject's.
 */
export function closesApposition(text: string, from: number, at: number): boolean {
  const part = text.slice(from, at);
  const open = Math.max(part.lastIndexOf('—'), part.lastIndexOf(' – '), part.lastIndexOf(' - '));
  if (open < 0) return false;
  const inner = part.slice(open + (part[open] === '—' ? 1 : 3));
  if (inner.length > 160 || /[;:]/.test(inner)) return false;
  // names (capitalised words), commas, "and", emphasis marks
  return /^[\s*_]*\p{Lu}[\p{L}'’.-]*(?:(?:[\s*_,]+|\s+and\s+)\p{Lu}[\p{L}'’.-]*)+[\s*_,]*$/u.test(inner) && /,|\band\b/.test(inner);
}

export const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * A counted group of states or their representatives: "the five states", "all five littoral
 * states", "the four governments", "the six leaders", "the presidents of the three countries".
 * Group 1 is the count.
 */
export const COUNTED_PARTIES_RE =
  /\b(?:the|all|these|those)\s+(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){0,2}?(?:states|countries|republics|nations|governments|presidents|leaders|heads\s+of\s+(?:state|government)|foreign\s+ministers|ministers|members|member\s+states|signatories|parties|sides|capitals|partners|operators)\b/giu;

/** A count word of COUNTED_PARTIES_RE (group 1), with its flags: every match holds one. */
const COUNT_WORD_RE = /two|three|four|five|six|seven|eight|nine|ten/iu;

/** The counted groups in `text` (offsets relative to it), with their counts. */
export function countedGroups(text: string): { span: Span; n: number }[] {
  const out: { span: Span; n: number }[] = [];
  // (no count word, no group: most texts asked about have none, and this finds that faster)
  if (!COUNT_WORD_RE.test(text)) return out;
  for (const m of text.matchAll(COUNTED_PARTIES_RE)) out.push({ span: { start: m.index, end: m.index + m[0].length }, n: COUNT_WORDS[m[1]!.toLowerCase()]! });
  return out;
}

/**
 * Words of a clause that point back to a document or body named before, whose parties are the
 * happening's: "It entered into force", "its protocols", "the convention", "the Aktau Protocol",
 * "the parties", "the member states", "the Conference of the Parties", "COP7".
 */
export const DOCUMENT_BACK_RE =
  /(?:^\W*(?:It|Its)\b|\b(?:the|this|that|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:convention|treaty|protocol|agreement|accord|charter|framework)\b|\b\p{Lu}[\p{L}'’-]+\s+(?:Protocol|Convention|Treaty)\b|\b(?:the|all)\s+(?:contracting\s+)?(?:parties|signatories)\b|\binstruments?\s+of\s+ratification\b|\bConference\s+of\s+(?:the\s+)?Parties\b|\bCOP\s?\d*\b)/u;

/** A document named as such ("the Aktau Protocol", "the Riga Convention", "COP5"). */
export const NAMED_DOCUMENT_RE = /\b\p{Lu}[\p{L}'’-]+\s+(?:Protocol|Convention|Treaty)\b|\bConference\s+of\s+(?:the\s+)?Parties\b|\bCOP\s?\d+\b/u;
