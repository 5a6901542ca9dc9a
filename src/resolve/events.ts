/**
 * Events: one row per trigger and date.
 *
 * Ordered passes, per sentence, in document order (a later pass reads what earlier sentences
 * gave, so the order of sentences matters, not only the order of passes):
 *   1. dated events    each dated DATE mention of the sentence is paired with the best trigger
 *                      of its clause (heavier and closer wins; ";", ", and the", "when", a
 *                      relative clause with its own verb ("that had been"), a second predicate
 *                      ("and declared"), a parenthesis or another date between them cost).
 *                      Not a date of a happening: "today", a programme's period ("for
 *                      2030-2035"), the baseline of a comparison ("up 9 percent from 1990");
 *                      a citation's date ("(news.example, 3 March)") dates only a statement.
 *                      Negated triggers ("no agreement") and investments and purchases next to
 *                      a sum ("invested $5 million") are left out; a document named in passing
 *                      ("under an agreement", "critics of the deal") is a weak trigger.
 *                      A change of trade or traffic with a date is an economic event covering
 *                      its figure; "fell from X in D1 to Y in D2" is one event over D1/D2, and
 *                      "has doubled since D" runs from D to the time of writing.
 *                      A second trigger of another kind in the same clause gives a second event
 *                      ("on her trip on 4 April, the premier told reporters"), and so does a
 *                      second predicate ("met in Turku on 4 May 1951 and adopted a charter")
 *                      or a second change in a coordinated clause ("handled 2 million tonnes,
 *                      and freight rose by 9 percent"). A date in a parenthesis list ("visits
 *                      to X (April 2023), Y (May 2022)") gives one event per item, each with the
 *                      item's own names. A when-clause right after a date ("on 4 May, when X
 *                      hosted Y for a summit") is a happening on that date too; an occasion after
 *                      the date ("signed on 4 May, on the sidelines of the fifth summit") is one.
 *                      A date heading a list item ("Riga, 4 May 2031 – the summit ...; the leaders
 *                      signed ...") dates every clause of the item (first trigger of each clause,
 *                      and the further predicates of its subject), and no other date takes them.
 *                      Not dates: a year inside a title ("the Nordic 2050 Agenda"), a vague or
 *                      relative date restated by a finer one ("at the end of last month, on 31
 *                      March"; "the summit of 6 May, held earlier this month"); one trigger dated
 *                      twice keeps the finer date. Documents a signing sets apart ("as well as a
 *                      declaration", "and a Riga Declaration") are signings of their own.
 *   2. since then      "..., and since then, more tours have followed": from the event before to
 *                      the time of writing (inferred).
 *   3. by reference    a sentence with no date of its own that refers back ("In the course of
 *                      that trip, four accords were signed"; "at that time"; "after talks") takes the
 *                      date of the last event of the referred type (inferred): a meeting for
 *                      "that meeting", a visit only when none is within reach; with "the two
 *                      presidents / the leaders" the last one a head of state took part in (reach
 *                      doubled); every further predicate after it is an event of its own
 *                      ("renamed X, adopted Y and granted Z"; ", and they opened ..."). A reference
 *                      phrase after the sentence's dates, past a clause break ("met the day
 *                      before, and at the summit itself the leaders renamed ..."), refers the
 *                      triggers after it back. "Within hours," is the day of the sentence before.
 *                      "In addition,"
 *                      continues the sentence before; "Thereafter," takes its year. In a sentence
 *                      with dates, the triggers after an opening reference phrase that no date
 *                      took ("During the visit they signed ... and reopened a road that had been
 *                      shut since 1990") refer back too.
 *   4. elaboration     named documents of a signed package ("including the Treaty of ...",
 *                      "the main ones were the Charter of ...") are agreements of that date.
 *   5. absent states   "X has no embassy in Y", "there is still no treaty on ...", "have not yet
 *                      signed" (events/absent/... triggers, present tense): a row of that kind with
 *                      state 'absent', dated by the brief (inferred), actors from its own clause;
 *                      none without a brief date or with a date before it in its clause.
 *   1b. date series   "met three times (in A in May 2019, in B in June 2020 and in C in 2021)":
 *                      each later date of a list joined by ","/"and" (with at most a place
 *                      phrase, no trigger between) shares the trigger of its first date; each
 *                      member has its own item (its place is its `where`, its names its own).
 *   1c. same occasion  a clause hanging on a dated happening by ":", "at which", "during which"
 *                      or ", where", with no date of its own ("... a visit on 2 May 2019: nine
 *                      accords were signed"), takes that happening's date (inferred).
 *   Round 3 (a fourth unseen set): a when-clause after "when," ("came in May 1990, when, during
 *                      the visit, X signed") dates its happenings, and a noun that only names
 *                      them ("the first clash came in") gives no event of its own; a dash inside
 *                      a compound name ("the Riga–Oslo summit") is no clause break; a later date
 *                      with its own happening right after it is no member of a date series; a
 *                      list item right after a meeting item, with no meeting word, is one more
 *                      meeting (trigger: the item's place, `events/meeting/list-item`); a list
 *                      item whose only happening is of kind other gives it; "During the
 *                      signing", "Leaders there" refer back; a second speaker after ";" shares
 *                      the referred occasion; a quoted title ("“Treaty of the Four Ports”") is no
 *                      quotation; a relative date restated by the very same day is dropped.
 *                      Actors: a pronoun subject ("he told", "when she came to") of a speech,
 *                      trip or meeting is the person named last (this sentence or three back in
 *                      the paragraph); persons named as the subject of a signing are parties; a
 *                      demonym naming a period ("the Soviet collapse") is none.
 *   Round 4 (a fifth unseen set): a region with a fixed membership (gazetteer `parties` of a
 *                      region: Central Asia, South Caucasus) named as a group at a meeting,
 *                      signing, founding or diplomatic act stands for its states: a counted group
 *                      ("the five Central Asian states", "the presidents of the five republics":
 *                      the region inside it, else the last region before it with that many
 *                      states), a region before a group noun ("Central Asian heads of state"), a
 *                      region joined by a dash to a partner ("an EU–Central Asia summit"); "the
 *                      leaders" refers to such a group up to two sentences back; "the two leaders"
 *                      is a pair, never the region. An active "it" as the subject ("in 2023 it
 *                      bought", "it downgraded its membership") and a sentence opening with
 *                      "It"/"Its" (for happenings naming no country) stand for the country that
 *                      opened a clause last (this sentence, or up to three back in the paragraph).
 *                      A date named by a designation ("proclaimed 9 June the Day of X", "declared
 *                      2031 the Year of Y") is not the date of the act.
 *   Round 5 (occasions, occasion.ts): an undated sentence right after a dated visit or meeting
 *                      (at most four sentences back, same paragraph or the one before) that
 *                      opens with a cue tells what happened there (inferred, `events/occasion/*`):
 *                      "On the second day" (that day of it), "In <its city, or a city of the
 *                      country visited>", "The two leaders / the presidents / they", "there",
 *                      "X also <verb>" (right after it), the items of a list after "There:";
 *                      only what is told in the past (or planned, at a planned occasion). The
 *                      occasion named by its city ("The summit in Riga was ...", "During the
 *                      Riga talks") is the last dated one told with that city; "During the
 *                      summit" after it refers to it. A named occasion with the date ("at the
 *                      Kazan summit of X on D it left ...", "signed on D at COP9", "the summit,
 *                      held in Riga on D, upgraded ...", "a summit in Riga on D set up ...") is
 *                      a meeting too; a second clause with the same doers named again ("held
 *                      talks on D and the two ministers signed ...") is that date's (inferred).
 *                      A date in a relative clause with its own happening (", whose talks had
 *                      ended in D") is not the main verb's; "agreed that X would happen in D"
 *                      is not dated by D; an offset after a comma ("in 2024, twelve years
 *                      after signature") dates nothing; "at the forum, where he held talks"
 *                      is a meeting of its own; a sentence that opens with its occasion and
 *                      date ("At the summit in Riga on D the leaders adopted X, and Y was handed
 *                      the chair") dates every past happening of its clauses (inferred).
 *   Round 6 (occasions 2): an occasion described by kind and ordinal or "same"/"that" ("At the
 *                      first leaders' summit, held ...", "The same summit also launched", "at the
 *                      same session the presidents signed") is the told occasion with that word
 *                      (and ordinal) near its trigger, however far back (this sentence too), not
 *                      the last meeting of any kind; an ordinal never told dates nothing; told
 *                      again with a participle ("held on the sidelines of X") it is a meeting of
 *                      that date besides. The items of a bulleted or numbered list introduced by
 *                      a colon sentence naming outcomes or an occasion ("The summit produced five
 *                      deliverables:", "Its results:") are happenings of the occasion told in or
 *                      up to two sentences before the introduction, by their trigger or by their
 *                      head noun ("1. A joint declaration ...", "2. Aircraft orders ...":
 *                      `events/<type>/outcome-item`); "made the same day" in such an item is the
 *                      occasion's day. "On the second day" anywhere in a sentence; "that day" / "the
 *                      same evening" with no date of their own take the last day stated in the
 *                      paragraph (`events/day-reference`). A year (or month and year) before the
 *                      noun of a happening told before in that period ("the 2020 statement", "the
 *                      August 2024 visit") is a back-reference, no new event. "and a second
 *                      followed in X on D" repeats the happening of the date before; a date fronted
 *                      before the whole sentence ("In the second half of 2021, after X in August,
 *                      ..., and the groups met") dates a past happening of a later clause; a news
 *                      dateline ("RIGA, 4 May 2031 — ...") dates nothing; the period in a
 *                      programme's name ("Strategy for Central Asia 2019–2025") dates nothing; a
 *                      date in a whose-clause with its own happening is not the main verb's;
 *                      "agreed to set up" in a when-clause is one agreement. Row words: a
 *                      when-clause happening runs from "when"; a trip to an occasion ("travelled to
 *                      X for the first summit on D") up to the occasion; a predicate past an
 *                      apposition ("..., the first in years, produced 27 documents") its own.
 *                      An occasion named by its city as the subject of an undated sentence told in
 *                      the past ("The summit in Samarkand was the first at which ...") is that
 *                      dated occasion told again (`events/occasion/named-subject`).
 * Undated sentences without a reference give nothing. Durations and sets are never dates.
 * Actors: entity mentions (country, person, organization, company; a city stands for its
 * country; a person for their country) in the event's part of the sentence, split from the
 * other events of the sentence at the clause break between them (";", ", and ...", ","); persons
 * are left out of agreements, foundations, deals and openings (their countries stay) unless
 * named as the doer ("inaugurated by President X"); a demonym marked as a modifier ("the
 * Finnish border") or naming a company's home ("the Finnish firm X") is not a party, nor a
 * place that owns a named company ("Oslo's X Group"), a direction ("towards X"), or a facility
 * that is built, opened or is the venue ("the Riga Science Centre"); the route or project
 * whose traffic changed is. Clause structure: a fronted phrase with its own doer ("Since X's
 * invasion of Y in 2022, ...") ends at its comma; a visit or meeting in a fronted phrase
 * without one ("During a visit to Riga, President Z said") has the main clause's subject as
 * traveller; the subject before an apposition with its own happening ("The Council, founded
 * in 1990, has met ...") is the main verb's too; "his trip" is the person named last before.
 * Groups: "bilateral", "trilateral", "joint", "interstate", "the sides", "their ministers"
 * stand for the list of countries before them (same sentence, then the one before), else the
 * group the extractor resolved last ("the three countries"), else the heading's countries; a
 * group is added only when it holds the countries already found. Projects (gazetteer
 * `parties`): a project built, opened or agreed on ("the X railway was opened", "its
 * completion", "the plant") stands for its countries; not a route used ("via the X") nor a
 * stoppage. With nobody named: the parties of another event of the sentence, then the subject
 * the sentence opens with, then the parties further on in its clause, then those before it in
 * the sentence, then those of the sentence before in the same paragraph, then the countries of
 * the section heading, then those the brief's title is about ("How Riga and Tallinn settled
 * ..."). A summit or session of the body the title names ("Ten Years of the Nordic Council")
 * has that body as a party, and the host city's country alone is none. A national body the
 * gazetteer lists with a country (a parliament) acts for that country; a person the gazetteer
 * does not know gets the country the brief says they serve ("X of Latvia's border guard"). A
 * reference whose own names are among its source's parties takes all of them. `where`: a city or country after to/in/at near the trigger ("visit of X
 * to Y" gives Y); a series member's own place. The row's span runs from trigger to date (or
 * reference phrase to trigger), within one sentence.
 */
import type {
  DateMention,
  DateValue,
  EntityMention,
  EventRow,
  EventType,
  ExtractedDoc,
  FigureMention,
  Mention,
  Span,
  TriggerMention,
} from '../core/types.js';
import { spansOverlap, type ProvenanceBuilder } from '../core/span.js';
import { CONTINUATIONS, ECONOMIC_NOUNS, ELABORATIONS, REFERENCES, SEQUELS, TRIGGERS } from '../lexicon/triggers.js';
import { foldKey, gazetteerEntry } from '../lexicon/gazetteer.js';
import { countryOf, documentSpellings, entityKindOf, officeHolders } from './entities.js';
import {
  ANAPHORIC_CLAUSE_RE,
  FRONTED_OCCASION_RE,
  introducesList,
  introducesOutcomes,
  isListItem,
  isMarkedItem,
  namedVenue,
  nthDay,
  occasionCue,
  occasionPhrase,
  occasionWithDate,
  outcomeHead,
  toldAsBackground,
  toldInPast,
  BACKGROUND_HEADING_RE,
  STORY_BREAK_RE,
  inSubordinateClause,
  isSubheading,
  occasionDay,
  storyParagraphs,
  storyVerb,
  fallbackType,
  fallbackVerb,
  type FallbackVerb,
  type OccasionCue,
  type OccasionPhrase,
} from './occasion.js';
import { DOCUMENT_BACK_RE, NAMED_DOCUMENT_RE, closesApposition, countedGroups, isVenue, modifiesName } from './actors-groups.js';

/** Helpers from the entity resolver (a person's or a city's country; a name's kind); tests pass their own. */
export interface EventHelpers {
  countryOf?: (name: string) => string | null | undefined;
  entityKindOf?: (name: string) => string | null | undefined;
  /** The countries of a project or route (the gazetteer's `parties`), when known. */
  partiesOf?: (name: string) => string[] | null | undefined;
}

/** The gazetteer's parties of a project ("Baku-Tbilisi-Kars railway": Azerbaijan, Georgia, Türkiye). */
export function projectParties(name: string): string[] | null {
  const e = gazetteerEntry(name);
  return e?.kind === 'project' ? (e.parties ?? null) : null;
}

/** Kinds of happening whose parties a project stands for: it is built, opened, agreed on. */
const PROJECT_TYPES = new Set<EventType>(['opening', 'other', 'establishment', 'agreement', 'economic']);
/** A project named as the way something goes ("shipped via the X pipeline") is not a party. */
const ROUTE_PREP_RE = /\b(?:via|through|along|across|by|over|into|onto|from|to|direction\s+of)\s+(?:the\s+)?(?:\p{L}+-)?$/iu;
/**
 * The trigger's own clause: up to 70 characters before it (not past ";" or ", but/yet/and ...")
 * and `after` characters after it (a document's subject follows it: "an accord that bans drilling
 * in the field").
 */
function ownClause(text: string, box: SentenceBox, t: Span, after = 30): string {
  const from = Math.max(box.span.start, t.start - 70);
  const before = text.slice(from, t.start);
  let cut = 0;
  for (const m of before.matchAll(/;|,\s+(?:yet|but|and|while|whereas|although)\b/gi)) cut = m.index + m[0].length;
  return text.slice(from + cut, Math.min(box.span.end, t.end + after));
}

/** A project referred to by its kind ("the plant", "this pipeline"). */
const PROJECT_ANAPHOR_RE = /\b(?:the|this)\s+(plant|project|dam|pipeline|railway|line|route|port|terminal|bridge|corridor|station|facility|field|cable|tunnel)\b(?!\s+of\s+\p{Lu})/iu;

/** Words of a project's name by kind, for "the plant", "the line" ... */
const PROJECT_KIND_WORDS: Record<string, RegExp> = {
  plant: /\b(?:plant|dam|hpp|hydropower|station|unit)s?\b/i,
  dam: /\b(?:dam|hpp|hydropower|plant)\b/i,
  station: /\b(?:station|plant|hpp)\b/i,
  pipeline: /\bpipeline\b/i,
  railway: /\b(?:railway|railroad|line|rail)\b/i,
  line: /\b(?:railway|railroad|line|rail|cable)\b/i,
  route: /\b(?:route|corridor|railway|road|highway)\b/i,
  corridor: /\b(?:corridor|route)\b/i,
  port: /\b(?:port|terminal|harbour|harbor)\b/i,
  terminal: /\b(?:port|terminal)\b/i,
  field: /\bfield\b/i,
  cable: /\bcable\b/i,
};
const ANY_KIND_WORD = /\b(?:plant|dam|hpp|hydropower|station|pipeline|railway|railroad|line|rail|route|corridor|road|highway|port|terminal|field|cable|bridge|tunnel|stream)\b/i;

/** Can a project of this name be what "the <noun>" refers to? */
function projectFits(name: string, noun: string): boolean {
  const words = PROJECT_KIND_WORDS[noun.toLowerCase()];
  if (!words) return true;
  return words.test(name) || !ANY_KIND_WORD.test(name);
}
/** Of the "other" happenings, a stop or a report is not done by a project's builders. */
const NOT_BY_BUILDERS_RE = /^events\/other\/(?:stop|published|study-done)$/;
/** Words of a stoppage or damage ("operation was halted", "was blown up"): not the builders' doing. */
const STOPPAGE_RE = /\b(?:halt|suspend|stop|disrupt|interrupt|block|damag|attack|explo|blown|sabotag|shut|clos|cancel|abandon|freez|froze)/i;
/**
 * A demonym that only says where a company is from ("the Norwegian company X", "a Danish firm")
 * is not a party: the company is.
 */
const COMPANY_NOUN_RE =
  /^\s+(?:(?:state-owned|state|national|private|energy|oil|gas|construction|engineering|mining|aluminium|aluminum|shipping)\s+){0,2}(?:company|companies|firm|firms|group|giant|corporation|operator|contractor|consortium|conglomerate|investor|producer|developer)\b/i;

const WEIGHT = new Map(TRIGGERS.map((e) => [e.id, e.weight]));

/** Longest span of an event row (trigger to date); longer pairs keep only the date's side. */
const MAX_SPAN = 200;
/** How many sentences back a reference ("during the visit") may find its event. */
const REFERENCE_REACH = 20;
/** How far (characters) a trigger may be from its date. */
const MAX_DISTANCE = 220;

const ACTOR_KINDS = new Set(['country', 'person', 'organization', 'company']);
/** Event types whose actors are states, bodies and companies rather than the persons acting for them. */
const IMPERSONAL = new Set<EventType>(['agreement', 'establishment', 'economic', 'opening', 'diplomatic']);
/** Event types whose pronoun subject ("he said", "when she came to X") is resolved to the person named last. */
const PRONOUN_TYPES = new Set<EventType>(['statement', 'visit', 'meeting', 'political']);
/** Names whose words are not triggers ("Joint Defence Treaty Office"); a named event
 * ("Orange Uprising", kind other) keeps its trigger. */
const NAME_KINDS = new Set(['organization', 'company', 'project', 'region', 'city']);
const PLACE_KINDS = new Set(['city', 'country', 'region']);

/**
 * The reference phrases, each found where no letter stands before it (`referenceMatch`). The
 * patterns are searched without that look-behind and it is tested at each match: V8 cannot skip
 * ahead quickly with a pattern that starts with a look-behind (the same matches: the look-behind
 * only accepts or rejects a start). Each pattern is grouped, so that the look-ahead after it holds
 * for all of it (no pattern of REFERENCES has an alternative at its top level).
 */
const REFERENCE_RES = REFERENCES.map((r) => ({
  re: new RegExp(`(?:${r.pattern.replace(/ /g, '\\s+')})(?![\\p{L}])`, 'giu'),
  refTypes: r.refTypes,
}));
/** Any reference phrase: a text where this finds none holds none (most sentences). */
const ANY_REFERENCE_RE = new RegExp(`(?:${REFERENCES.map((r) => r.pattern.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'giu');
/** No letter just before a place (tested at one place: sticky). */
const NO_LETTER_BEFORE_RE = /(?<![\p{L}])/uy;

/** The first match of a reference pattern (REFERENCE_RES, ANY_REFERENCE_RE) in `text` that no letter stands before. */
function referenceMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (!m) return null;
    NO_LETTER_BEFORE_RE.lastIndex = m.index;
    if (NO_LETTER_BEFORE_RE.test(text)) return m;
    re.lastIndex = m.index + 1;
  }
}
const CONTINUATION_RE = new RegExp(`^\\W*(?:${CONTINUATIONS.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
const SEQUEL_RE = new RegExp(`^\\W*(?:${SEQUELS.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
/** "since then": from the event before to the time of writing. */
const SINCE_THEN_RE = /\bsince\s+then\b/i;
/** A sentence opening with "since then" (after "and", "but", "ever"): it counts from the sentence before. */
const SINCE_THEN_OPENS_RE = /^\W*(?:(?:and|but)\s+)?(?:ever\s+)?since\s+then\b/i;
const ELABORATION_RE = new RegExp(`\\b(?:${ELABORATIONS.map((c) => c.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');

interface SentenceBox {
  index: number;
  span: Span;
  dates: DateMention[];
  triggers: TriggerMention[];
  /** Absent states of the sentence ("has no embassy in X"): rule ids under ABSENT_PREFIX. */
  absents: TriggerMention[];
  entities: EntityMention[];
  figures: FigureMention[];
}

/** Rule ids of absent-state triggers (the extractor's "events/absent/..." family). */
const ABSENT_PREFIX = 'events/absent/';

interface Draft {
  trigger: TriggerMention;
  date: DateMention | null;
  dateValue: DateValue;
  sentence: SentenceBox;
  /** Part of the sentence whose entities are this event's actors. */
  scope: Span;
  /** The earlier event a reference took its date from. */
  from: Draft | null;
  /** What the row's span must cover (trigger and date; reference phrase and trigger). */
  anchor: Span;
  /** A second happening on a date that has another trigger as its first. */
  secondary?: boolean;
  /**
   * A date series after one trigger ("met three times (in A in May 2019, in B in June 2020 and
   * in C in 2021)"): this happening's own item, and the items of every member of the series.
   */
  item?: Span;
  series?: Span[];
  rule: string;
  planned: boolean;
}

/**
 * A draft as every pass makes it: one object layout, whatever the fields given (drafts are read
 * everywhere; objects built with their keys in different orders make every such read slower).
 */
function newDraft(x: Draft): Draft {
  return {
    trigger: x.trigger,
    date: x.date,
    dateValue: x.dateValue,
    sentence: x.sentence,
    scope: x.scope,
    from: x.from,
    anchor: x.anchor,
    secondary: x.secondary,
    item: x.item,
    series: x.series,
    rule: x.rule,
    planned: x.planned,
  };
}

/** "today", "now", "at present": the time of writing, not the date of a happening. */
const PRESENT_RE = /^(?:today|now|nowadays|currently|at\s+present|presently|at\s+the\s+moment|these\s+days|the\s+year|the\s+month)$/i;

function isEventDate(m: DateMention): boolean {
  return m.timexType === 'DATE' && m.date !== null && /^\d/.test(m.date.value) && !PRESENT_RE.test(m.text.trim());
}

/**
 * A period counted from the time of writing ("over the past two years", "in the last 18
 * months", "within the next three years", "in the first nine months of the year"): the
 * tagger gives a duration; as the span of a happening it is the interval between the
 * document's date and that many years or months before or after it (inferred). Years give
 * a range of years, months a range of months. A period after "following" or "previous"
 * counts from another date, not from the time of writing: left alone.
 */
const PERIOD_PREP_RE = /\b(?:over|in|during|within|for|throughout|across)\s+$/i;
const PERIOD_TEXT_RE = /^the\s+(?:(past|last|recent|next|coming)\s+)[\w\s-]*?(?:years?|months?|half)$/i;
const FIRST_MONTHS_RE = /^the\s+first\s+[\w-]+\s+months\s+of\s+(?:the|this)\s+year$/i;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function monthEnd(y: number, m: number): string {
  return `${y}-${pad2(m)}-${pad2(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** Periods ahead of the time of writing ("within the next three years"): they date only a plan. */
const AHEAD = new WeakSet<DateMention>();

/** A happening dated by a period ahead that nothing marks as planned ("whether X retires a law within the next two years"). */
function unplannedAhead(x: Draft): boolean {
  return x.date !== null && AHEAD.has(x.date) && !x.trigger.planned && !/\/plan/.test(x.rule);
}

export function anchoredPeriod(text: string, m: DateMention, documentDate: string | null): DateMention | null {
  if (m.timexType !== 'DURATION' || !documentDate) return null;
  const dur = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(m.timexValue);
  if (!dur || (!dur[1] && !dur[2])) return null;
  const years = Number(dur[1] ?? 0);
  const months = Number(dur[2] ?? 0);
  const y = Number(documentDate.slice(0, 4));
  const dm = /^\d{4}-(\d{2})/.exec(documentDate);
  const words = m.text.trim();
  const make = (value: string, start: string, end: string): DateMention => ({
    ...m,
    timexType: 'DATE',
    date: { value, start, end, granularity: 'range', inferred: true },
  });
  if (FIRST_MONTHS_RE.test(words)) {
    if (years !== 0 || months < 2 || months > 11) return null;
    if (!/\b(?:in|over|during|for)\s+$/i.test(text.slice(Math.max(0, m.span.start - 12), m.span.start))) return null;
    return make(`${y}-01/${y}-${pad2(months)}`, `${y}-01-01`, monthEnd(y, months));
  }
  const w = PERIOD_TEXT_RE.exec(words);
  if (!w || !PERIOD_PREP_RE.test(text.slice(Math.max(0, m.span.start - 12), m.span.start))) return null;
  const back = !/^(?:next|coming)$/i.test(w[1]!);
  const made = (value: string, start: string, end: string): DateMention => {
    const x = make(value, start, end);
    if (!back) AHEAD.add(x);
    return x;
  };
  if (months === 0) {
    if (years < 1 || years > 30) return null;
    const [a, b] = back ? [y - years, y] : [y, y + years];
    return made(`${a}/${b}`, `${a}-01-01`, `${b}-12-31`);
  }
  // a count of months needs the month of writing
  if (!dm) return null;
  const total = years * 12 + months;
  if (total > 60) return null;
  const here = y * 12 + (Number(dm[1]) - 1);
  const there = back ? here - total : here + total;
  const [lo, hi] = back ? [there, here] : [here, there];
  const ly = Math.floor(lo / 12), lm = (lo % 12) + 1, hy = Math.floor(hi / 12), hm = (hi % 12) + 1;
  return made(`${ly}-${pad2(lm)}/${hy}-${pad2(hm)}`, `${ly}-${pad2(lm)}-01`, monthEnd(hy, hm));
}

/** Sentences of the document, or one sentence per line block when segmentation gave none. */
function sentenceSpans(doc: ExtractedDoc): Span[] {
  if (doc.sentences.length > 0) return doc.sentences.map((s) => s.span);
  return doc.text.length > 0 ? [{ start: 0, end: doc.text.length }] : [];
}

const FURNITURE = new WeakMap<ExtractedDoc, Span[]>();

/**
 * Page furniture left in a paged text without form feeds: the masthead line that opens the
 * brief and comes back at the top of each page ("NORDIC NOTES  Brief 4/2031  May 2031"), and a
 * page number alone between blank lines. Its dates and words date or tell nothing.
 */
function furnitureSpans(doc: ExtractedDoc): Span[] {
  const cached = FURNITURE.get(doc);
  if (cached) return cached;
  const text = doc.text;
  const out: Span[] = [];
  const first = /^\s*([^\n]{8,100})\n/.exec(text);
  // (a masthead holds a date or a number and is no sentence)
  if (first && /\d/.test(first[1]!) && !/[.!?]\s*$/.test(first[1]!)) {
    const words = first[1]!.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(words.join('\\s+'), 'g');
    // (each at the head of a block: the text's start or after a blank line)
    const found = [...text.matchAll(re)].filter((f) => /^\s*$/.test(text.slice(0, f.index)) || /\n[^\S\n]*\n\s*$/.test(text.slice(Math.max(0, f.index - 20), f.index)));
    if (found.length >= 2) for (const f of found) out.push({ start: f.index, end: f.index + f[0].length });
    // (a page number alone between blank lines, next to a masthead)
    if (found.length >= 2) {
      for (const m of text.matchAll(/\n\s*\n(\d{1,3})\s*\n\s*\n/g)) {
        const start = m.index + m[0].indexOf(m[1]!);
        if (out.some((o) => o.start >= start && o.start - start <= 12)) out.push({ start, end: start + m[1]!.length });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  FURNITURE.set(doc, out);
  return out;
}

/**
 * A sentence cut by a page break ("... stayed frozen. In 2009 | 1 | NORDIC NOTES ... | the
 * envoy threatened ..."): a sentence with no closing mark, followed only by page furniture, runs
 * on into the sentence after it. That sentence's words move into the cut one (its box keeps its
 * place, empty, so that box indexes stay those of the document's sentences).
 */
function joinAcrossPages(doc: ExtractedDoc, boxes: SentenceBox[]): void {
  const furniture = furnitureSpans(doc);
  if (furniture.length === 0) return;
  const text = doc.text;
  // (what is left of a stretch once its furniture is taken out)
  const bare = (a: number, b: number) => {
    let t = '';
    let at = a;
    for (const f of furniture) {
      if (f.end <= a || f.start >= b) continue;
      t += text.slice(at, Math.max(at, f.start));
      at = Math.max(at, f.end);
    }
    return (t + text.slice(at, b)).trim();
  };
  for (let i = 0; i < boxes.length; i++) {
    const cur = boxes[i]!;
    const own = bare(cur.span.start, cur.span.end);
    if (own === '' || /[.!?:;"”’)\]]\s*$/.test(own)) continue;
    let j = i + 1;
    let crossed = false;
    // (skip sentences that are only furniture; stop at one with words of its own)
    while (j < boxes.length && bare(boxes[j - 1]!.span.end, boxes[j]!.span.start) === '') {
      crossed ||= furniture.some((f) => f.start >= boxes[j - 1]!.span.end && f.start < boxes[j]!.span.end);
      if (bare(boxes[j]!.span.start, boxes[j]!.span.end) !== '') break;
      j++;
    }
    if (!crossed || j >= boxes.length || j === i) continue;
    const next = boxes[j]!;
    cur.span = { start: cur.span.start, end: next.span.end };
    cur.dates.push(...next.dates);
    cur.triggers.push(...next.triggers);
    cur.absents.push(...next.absents);
    cur.entities.push(...next.entities);
    cur.figures.push(...next.figures);
    next.dates = [];
    next.triggers = [];
    next.absents = [];
    next.entities = [];
    next.figures = [];
    i = j;
  }
}

/** Is the span inside page furniture? */
function inFurniture(doc: ExtractedDoc, span: Span): boolean {
  return furnitureSpans(doc).some((f) => f.start <= span.start && span.end <= f.end);
}

function boxSentences(doc: ExtractedDoc): SentenceBox[] {
  const boxes: SentenceBox[] = sentenceSpans(doc).map((span, index) => ({
    index,
    span,
    dates: [],
    triggers: [],
    absents: [],
    entities: [],
    figures: [],
  }));
  const starts = boxes.map((b) => b.span.start);
  const find = (pos: number): SentenceBox | null => {
    let lo = 0;
    let hi = starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= pos) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0) return null;
    const b = boxes[at]!;
    return pos < b.span.end ? b : null;
  };
  for (const m of doc.mentions) {
    const box = find(m.span.start);
    if (!box) continue;
    // (a masthead's date and words tell nothing: see furnitureSpans)
    if (inFurniture(doc, m.span)) continue;
    if (m.kind === 'date') {
      if (isEventDate(m)) box.dates.push(m);
      else {
        const period = anchoredPeriod(doc.text, m, doc.documentDate.value);
        if (period) box.dates.push(period);
      }
    } else if (m.kind === 'trigger') (m.ruleId.startsWith(ABSENT_PREFIX) ? box.absents : box.triggers).push(m);
    else if (m.kind === 'entity') box.entities.push(m);
    else if (m.kind === 'figure') box.figures.push(m);
  }
  joinAcrossPages(doc, boxes);
  for (const b of boxes) {
    // A trigger inside a name ("Joint Defence Treaty Office") or inside a date or
    // a figure is not a trigger; a document's name that opens with its kind ("Declaration on
    // ...", "Treaty of ...") still names a signed document.
    b.triggers = b.triggers.filter(
      (t) =>
        !b.entities.some(
          (e) =>
            NAME_KINDS.has(e.entityKind) &&
            contains(e.span, t.span) &&
            !(t.eventType === 'agreement' && t.span.start === e.span.start) &&
            // "the Nordic-Baltic Trade Forum took place": a meeting's name ends with its kind.
            !(t.eventType === 'meeting' && t.span.end === e.span.end),
        ) &&
        !b.dates.some((d) => spansOverlap(d.span, t.span)),
    );
    // Words inside a quotation ("“... free elections,” he said") are what someone said.
    const quotes = quotedSpans(doc.text, b.span);
    if (quotes.length > 0) b.triggers = b.triggers.filter((t) => !quotes.some((q) => contains(q, t.span)));
    if (quotes.length > 0) b.absents = b.absents.filter((t) => !quotes.some((q) => contains(q, t.span)));
    b.absents.sort((x, y) => x.span.start - y.span.start);
    b.triggers.sort((x, y) => x.span.start - y.span.start);
    demoteDocuments(doc.text, b);
    b.dates.sort((x, y) => x.span.start - y.span.start);
    // Drop a date that lies inside another (the tagger may give "June 2022" and "2022").
    b.dates = b.dates.filter((d, i) => !b.dates.some((o, j) => j !== i && contains(o.span, d.span) && spanLen(o.span) > spanLen(d.span)));
    // "Until the 1990s, ...", "By the end of the 1980s the talks had ...", "since the 1990s": a
    // decade as the bound of a state of affairs is background, not the date of a happening.
    b.dates = b.dates.filter(
      (d) =>
        !(/X$/.test(d.date!.value) &&
          /\b(?:until|till|by|before|since)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?)?$/i.test(doc.text.slice(Math.max(0, d.span.start - 30), d.span.start)) &&
          // ("since the 1990s, when independence cut the route": the when-clause tells what happened then)
          !/^\s*,\s*when\s/i.test(doc.text.slice(d.span.end, d.span.end + 8))),
    );
    // A year inside a title ("the Nordic Future 2050 Agenda") names a document, not a date.
    b.dates = b.dates.filter((d) => !titleYear(doc.text, d));
    // "the summit of 6 May 2031, hosted by X earlier this month": a relative date (this month,
    // last year) that holds a finer date of the same sentence only restates it.
    b.dates = b.dates.filter(
      (d) =>
        !(
          d.ruleId.startsWith('dates/relative/') &&
          d.date!.granularity !== 'day' &&
          b.dates.some(
            (o) =>
              o !== d &&
              !o.ruleId.startsWith('dates/relative/') &&
              o.date!.start >= d.date!.start &&
              o.date!.end <= d.date!.end &&
              o.date!.granularity === 'day' &&
              !laterPredicate(doc.text, b, o, d),
          )
        ),
    );
    // "at the end of last month, on 31 March": a vague date restated by a finer one right after
    // it dates nothing of its own.
    b.dates = b.dates.filter(
      (d) =>
        !b.dates.some(
          (o) =>
            o !== d &&
            o.span.start >= d.span.end &&
            (/^\s*,\s*(?:on|in)?\s*$/i.test(doc.text.slice(d.span.end, o.span.start)) ||
              // ("returned the visit that autumn, arriving in Riga on 2-3 October": a participle
              // of the same happening restates a relative date finer)
              (d.ruleId.startsWith('dates/relative/') &&
                /^\s*,\s*\p{Ll}+ing\s+(?:(?:in|at|to|into)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:on|in)\s*$/u.test(doc.text.slice(d.span.end, o.span.start)))) &&
            o.date!.start >= d.date!.start &&
            o.date!.end <= d.date!.end &&
            // (the same value restated: "at the end of last month, on 31 March" once the vague
            // date resolves to that very day)
            (o.date!.start !== d.date!.start || o.date!.end !== d.date!.end || d.ruleId.startsWith('dates/relative/')),
        ),
    );
    // "opened on 3 May 1990, ten years after work began in May 1980": the offset date only
    // restates another date of the sentence; it dates nothing of its own.
    // (but "X ratified it on 2 May, and Y followed two days later": a new clause with its own
    // subject dates its own happening)
    b.dates = b.dates.filter(
      (d) =>
        !(/\b(?:after|before|later|earlier)\s*$/i.test(d.text) &&
          !b.dates.some((o) => o !== d && laterPredicate(doc.text, b, o, d)) &&
          b.dates.some(
            (o) =>
              o !== d &&
              !/\b(?:after|before|later|earlier)\s*$/i.test(o.text) &&
              o.date!.start.slice(0, 4) === d.date!.start.slice(0, 4) &&
              // (it restates only a date it falls in or holds: "became premier on 19 May after an
              // election a week earlier" tells a day of its own)
              o.date!.start <= d.date!.end &&
              d.date!.start <= o.date!.end &&
              !(/\b(?:later|earlier)\s*$/i.test(d.text) && o.span.end <= d.span.start && /;|,\s+(?:and|while|but)\s/i.test(doc.text.slice(o.span.end, d.span.start))),
          )),
    );
  }
  return boxes;
}

/**
 * "three-fold their level in 2020", "double the 2019 total", "against fewer than 80 in 2021": the
 * year of the level a figure is compared with, not the date of a happening.
 */
function comparedLevel(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.span.start - 60), d.span.start);
  return (
    /\b(?:[\p{L}-]+-fold|(?:twice|double|triple|half|a\s+third|a\s+quarter))\s+(?:its|their|the)\s+(?:level|value|volume|figure|total|size)s?\s+(?:of|in)\s+$/iu.test(before) ||
    /(?:^|[,;(]\s*)(?:against|as\s+against)\s+(?:(?:about|some|around|roughly|nearly|almost|just|only|fewer\s+than|less\s+than|more\s+than|over|under)\s+)?[$€£]?\d[\d.,]*(?:\s+[\p{L}$%]+){0,3}\s+in\s+$/iu.test(before)
  );
}

/**
 * "imported 2.8 billion kWh in 2022", "bought 40,000 tonnes of grain in 2019": a transaction
 * verb with a physical quantity (not money, not a share) right after it and its year right after
 * that states a flow of that year.
 */
function measuredFlow(text: string, t: TriggerMention, d: DateMention, box: SentenceBox): boolean {
  if (!/^(?:imported|exported|imports|exports|bought|purchased|sold|supplied|shipped|delivered)$/i.test(t.text)) return false;
  const f = box.figures.find((x) => x.span.start >= t.span.end && x.span.start - t.span.end <= 4);
  if (!f || /^(?:USD|EUR|GBP|percent|times|count)$/.test(f.unit) || /^[A-Z]{3}$/.test(f.unit)) return false;
  // (and a second pair in the same words: "... in 2022 and 3.1 billion kWh in 2023")
  return (
    d.span.start >= f.span.end &&
    /^\s*(?:[\p{L}-]+\s+){0,4}?(?:in|during)\s+(?:\d{4}\s*(?:,\s*(?:and\s+)?|and\s+)[\d.,]+\s+(?:[\p{L}-]+\s+){0,4}?(?:in|during)\s+)?$/u.test(text.slice(f.span.end, d.span.start))
  );
}

/**
 * "signed a plan of military cooperation for 2025", "adopted the budget for 2024-2025": the
 * year a plan or budget is for is not the date of its signing.
 */
function planPeriod(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.span.start - 80), d.span.start);
  // "a Strategy for the Arctic up to 2050", "a concept of growth until 2040": a document's horizon
  // ("announced plans to extend mining to 2031" is a plan's date: no bare "to", no "plans")
  if (/\b(?:strateg(?:y|ies)|programmes?|programs?|concepts?|visions?|agendas?|road\s?maps?|roadmaps?)\b(?:\s+(?:[\p{L}’'-]+|[*_]+[\p{L}’'-]+[*_]*)){0,5}?\s+(?:up\s+to|until|till|with\s+a\s+horizon\s+(?:of|to))\s+(?:the\s+year\s+)?$/iu.test(before)) return true;
  return /\b(?:plans?|programmes?|programs?|budgets?|road\s?maps?|roadmaps?|agendas?|calendars?|work\s+plans?)(?:\s+(?:of|on)(?:\s+[\p{L}-]+){1,3})?\s+for\s+(?:the\s+(?:year|years|period)\s+)?$/iu.test(
    text.slice(Math.max(0, d.span.start - 80), d.span.start),
  );
}

/**
 * "sent in on 6 May and recalled less than two weeks later": an offset after a date, with a
 * second predicate of the same subject between them, dates that predicate's happening.
 */
function laterPredicate(text: string, b: SentenceBox, o: DateMention, d: DateMention): boolean {
  return (
    /\blater\s*$/i.test(d.text) &&
    o.span.end <= d.span.start &&
    d.span.start - o.span.end <= 80 &&
    /^\s*(?:\p{L}+\s+){0,3}and\s+(?:(?:was|were|had\s+been|been)\s+)?\p{Ll}+\s*$/u.test(text.slice(o.span.end, d.span.start)) &&
    b.triggers.some((t) => t.span.start >= o.span.end && t.span.end <= d.span.start)
  );
}

const MONTH_WORD_RE = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Fall|Winter|Q[1-4]|H[12])$/;

/**
 * A bare year between two capitalised words ("the Nordic Future 2050 Agenda", "Vision 2030
 * Programme") is part of a name. A month or season before it ("May 2023 Report") keeps it a date.
 */
function titleYear(text: string, d: DateMention): boolean {
  if (!/^\d{4}$/.test(d.text.trim())) return false;
  const before = /(\p{Lu}[\p{L}'’-]*)[\s*_"“]+$/u.exec(text.slice(Math.max(0, d.span.start - 30), d.span.start));
  const after = /^[\s*_]+(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(d.span.end, d.span.end + 30));
  if (!before || !after) return false;
  return !MONTH_WORD_RE.test(before[1]!) && !/^(?:In|On|By|Since|From|Until|Of|The)$/.test(before[1]!);
}

/** A quoted title: capitalised words, with only short linking words between them. */
const QUOTED_TITLE_RE = /^["“]\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:of|the|for|and|on|in|to|a|an|with|between|\p{Lu}[\p{L}\p{N}'’-]*))*["”]$/u;

/** Double-quoted passages of four words or more in a sentence (“...”, "..."). */
function quotedSpans(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const part = text.slice(sentence.start, sentence.end);
  for (const m of part.matchAll(/“[^”]*”|"[^"]*"/g)) {
    // A quoted title ("the “Treaty of the Four Ports” of 1990") names a thing; nobody says it.
    if (QUOTED_TITLE_RE.test(m[0])) continue;
    if (m[0].split(/\s+/).length >= 4) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  return out;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
function spanLen(s: Span): number {
  return s.end - s.start;
}
function union(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
/** Characters between two spans (0 when they touch or overlap). */
function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/** Between a noun and its date: "came in", "occurred on" (the noun names a happening told after "when"). */
const NAMES_WHEN_RE = /^\s+(?:came|occurred|happened|followed|arrived|took\s+place)\s+(?:in|on|at)?\s*$/i;

/** A clause that repeats the happening before it without its verb ("and the second unit followed"). */
const ELLIPTIC_RE = /\b(?:follow(?:ed|ing|s)?|likewise|did\s+(?:so|the\s+same)|as\s+well|too|again)\b/i;

/** The text between two spans. */
function betweenSpans(text: string, a: Span, b: Span): string {
  return a.end <= b.start ? text.slice(a.end, b.start) : b.end <= a.start ? text.slice(b.end, a.start) : '';
}

/** Clause breaks between two positions: ";" and ":" and dashes cost, commas cost a little. */
function crossingCost(text: string, a: Span, b: Span): number {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  if (to <= from) return 0;
  // A short parenthesis ("(CNPC)", "(TITR)") names what is before it; it is not a break.
  // A dash between two letters joins a compound name ("the Riga–Tallinn–Oslo summit"); it is no break.
  // (each replacement only where its character occurs: most stretches have neither)
  let between = text.slice(from, to);
  if (between.includes('(')) between = between.replace(/\(\s*[\p{Lu}\p{N}][\p{L}\p{N}.&-]{0,11}\s*\)/gu, '');
  if (between.includes('—') || between.includes('–')) between = between.replace(/(?<=\p{L})[—–](?=\p{L})/gu, '-');
  let cost = 0;
  // (by code unit: the marks counted are single units, and no half of a surrogate pair is one)
  for (let i = 0; i < between.length; i++) {
    const c = between.charCodeAt(i);
    if (c === 59 || c === 58 || c === 0x2014 || c === 0x2013) cost += 80;
    else if (c === 40 || c === 41) cost += 15;
    else if (c === 44) cost += 6;
  }
  if (/\b(?:but|while|whereas|although|which|whilst)\b/i.test(between)) cost += 25;
  // "in 1990, when the two sides agreed ...": the when-clause is a happening of its own.
  if (/,\s+when\b/i.test(between)) cost += 40;
  else if (/\bwhen\b/i.test(between)) cost += 25;
  // A second predicate starts between them ("... in 1990 and declared ...").
  if (/\band\s+(?:then\s+|later\s+|also\s+)?[a-z]+(?:ed|ew|ot|ade|ook|ent)\b/.test(between)) cost += 35;
  // A relative clause with its own tense ("checkpoints that had been closed since 1990") holds
  // its own happening: its date does not reach out of it.
  if (/\b(?:that|which|who)\s+(?:had|has|have|was|were|is|are)\b/i.test(between)) cost += 40;
  // A coordinated phrase (", and the trip of ...") starts a new happening.
  if (/,\s+and\s+(?:the|a|an|his|her|its|their|then|in|on|at|during|after|by|since|until|from|before)\b/i.test(between)) cost += 60;
  return cost;
}

/** "no concrete agreement", "did not sign", "failed to reach": not a happening. */
const NEGATION_RE = /(?:\b(?:no|not|never|without|nor|neither|failed\s+to|did\s+not|has\s+not|have\s+not|was\s+not|were\s+not)\s+(?:[\w-]+\s+){0,2}|n[’']t\s+(?:[\w-]+\s+){0,1})$/i;

/** "did not open embassies until 2010": the happening came at that date (see extract/events `notUntil`). */
const NOT_UNTIL_RE =
  /^(?:\s+(?!(?:and|but|or|which|that|who|when|while|because)\b)[\p{L}’'-]+){0,6}?\s+(?:until|till)\s+(?:(?:the\s+)?(?:end|middle|start|beginning|spring|summer|autumn|fall|winter)\s+of\s+)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1[5-9]|20)\d\d\b/iu;

function isNegated(text: string, t: TriggerMention): boolean {
  // (asked again and again of the same triggers by the passes: once per trigger)
  const known = NEGATED.get(t);
  if (known && known.text === text) return known.negated;
  const negated = negatedUncached(text, t);
  NEGATED.set(t, { text, negated });
  return negated;
}
const NEGATED = new WeakMap<TriggerMention, { text: string; negated: boolean }>();

function negatedUncached(text: string, t: TriggerMention): boolean {
  return (
    NEGATION_RE.test(text.slice(Math.max(0, t.span.start - 40), t.span.start)) &&
    !(/\b(?:not|n[’']t|never)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, t.span.start - 40), t.span.start)) && NOT_UNTIL_RE.test(text.slice(t.span.end, t.span.end + 100)))
  );
}

/** Triggers that name a document in passing ("under an agreement"): weak, see `demoteDocuments`. */
const DEMOTED = new WeakSet<TriggerMention>();

function weightOf(t: TriggerMention): number {
  if (DEMOTED.has(t)) return 1;
  return WEIGHT.get(t.ruleId) ?? 1;
}

const DOCUMENT_NOUN_RE = /^(?:agreements?|treaty|treaties|memorand(?:um|a)|protocols?|road\s?maps?|contracts?|accords?|deals?)$/i;
/** A document noun governed by a preposition: "under an agreement", "opponents of the deal". */
const GOVERNED_RE = /\b(?:under|of|with|by|to|from|for|against|about|over|within|despite)\s+(?:(?:a|an|the|this|that|these|those|its|their|his|her|such|separate|new|existing)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A document named as the frame of another happening ("carried oil under an intergovernmental
 * agreement", "critics of the deal were arrested") is not itself signed there: it only types
 * an event when nothing else in the clause does. A document signed ("signed a deal") has its
 * own, heavier trigger.
 */
function demoteDocuments(text: string, box: SentenceBox): void {
  for (const t of box.triggers) {
    if (t.ruleId !== 'events/agreement/document' || !DOCUMENT_NOUN_RE.test(t.text)) continue;
    const before = text.slice(Math.max(box.span.start, t.span.start - 50), t.span.start);
    if (GOVERNED_RE.test(before)) DEMOTED.add(t);
  }
}

/** Kinds of happening that one phrase may name twice ("diplomatic relations were established"). */
const SAME_HAPPENING: [EventType, EventType][] = [
  ['diplomatic', 'establishment'],
  ['diplomatic', 'opening'],
  ['opening', 'establishment'],
  ['agreement', 'economic'],
  ['agreement', 'security'],
  ['agreement', 'diplomatic'],
  ['political', 'security'],
];

function sameHappening(a: TriggerMention, b: TriggerMention): boolean {
  return SAME_HAPPENING.some(([x, y]) => (a.eventType === x && b.eventType === y) || (a.eventType === y && b.eventType === x));
}

/** A person or body named just before a speech verb ("the envoy, Anna Lind, urged"). */
function hasSpeaker(t: TriggerMention, box: SentenceBox): boolean {
  return box.entities.some(
    (e) => (e.entityKind === 'person' || e.entityKind === 'organization') && e.span.end <= t.span.start && t.span.start - e.span.end <= 40,
  );
}

/**
 * The "(" of the parenthesis that encloses `pos`, looking back no further than `floor` and
 * skipping balanced inner pairs; with `sentenceStop`, a sentence end (". ") ends the search.
 * -1 when there is none.
 */
function openParenBefore(text: string, pos: number, floor: number, sentenceStop: boolean): number {
  let depth = 0;
  for (let i = pos - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) return i;
      depth--;
    } else if (sentenceStop && ch === '.' && /\s/.test(text[i + 1] ?? '')) return -1;
  }
  return -1;
}

/** The parenthesis (within 300 characters) that encloses a span, or null. */
function parenGroup(text: string, span: Span): Span | null {
  const open = openParenBefore(text, span.start, Math.max(0, span.start - 300), true);
  if (open < 0) return null;
  const close = text.indexOf(')', span.end);
  if (close < 0 || close - span.end > 300) return null;
  return { start: open, end: close + 1 };
}

/** Is the date inside the clause the statement reports ("told them that on 2 May ...")? */
function reports(text: string, t: TriggerMention, d: DateMention): boolean {
  return t.span.end <= d.span.start && /^\s+that\b/i.test(text.slice(t.span.end, d.span.start));
}

/** "the sides agreed that the next summit would be held in 2031": the date is the agreed thing's. */
function agreesThat(text: string, t: TriggerMention, d: DateMention): boolean {
  if (t.eventType !== 'agreement' || !/^agreed$/i.test(t.text)) return false;
  if (reports(text, t, d)) return true;
  // "agreed with the city to reopen the ferry by the end of 2031": a deadline of the agreed act
  return (
    t.span.end <= d.span.start &&
    /^\s+(?:with\s+[^,;:.!?]{1,60}?\s+)?to\s+\p{Ll}+(?:[^,;:.!?]|\.(?=\d)){0,120}$/u.test(text.slice(t.span.end, d.span.start)) &&
    (/^by\b/i.test(d.text) || /(?<![\p{L}])by\s+(?:the\s+(?:end|middle|start|beginning|close)\s+of\s+)?$/iu.test(text.slice(Math.max(0, d.span.start - 24), d.span.start)))
  );
}

/**
 * Where a plan complement opens after a happening ("..., which is due to open in 2031", ", set
 * to start in", "with delivery scheduled for 2031", "(is) to be completed by", "its goal of X by
 * 2060"): the date after it is the plan's, not the past verb's before it. So is the deadline of a
 * purpose infinitive ("signed a memorandum to build a depot by 2031"). The past verb stays
 * undated (the context mechanisms may date it); the plan keeps its trigger, the fallback's plan
 * form or gets `planDraft`'s row.
 */
const PLAN_OPENER_RE =
  /(?:\b(?:which|that)\s+(?:is|are|was|were|will\s+be|would\s+be)\s+(?:(?:now|also|still|then)\s+)?(?:due|set|scheduled|expected|planned|slated|to)\b|,\s*(?:(?:now|also|then)\s+)?(?:due|set|scheduled|expected|planned|slated)\s+(?:to|for)\b|\bwith\s+(?:(?!and\b|or\b|but\b)[\p{L}-]+\s+){1,4}?(?:scheduled|due|planned|set|expected|slated)\s+(?:to|for|in|by|before)\b|\bto\s+be\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|ilt|ent|un)\b|\b(?:goals?|targets?|aims?|ambitions?|objectives?)\s+(?:of|to|is|was|for)\b)/iu;

/** Every plan opener of a text (`planOpener` takes the last). */
const PLAN_OPENER_ALL_RE = new RegExp(PLAN_OPENER_RE.source, 'giu');

/** The happenings a plan complement held back from their past verb (by date): see `planDraft`. */
const PLAN_HELD = new WeakMap<DateMention, Span>();
/** Dates of a plan complement that a happening before it would have taken. */
const PLAN_DISPLACED = new WeakSet<DateMention>();

/**
 * Is `d` the date of a plan complement after the past happening `t` ("signed a deal, which is
 * due to enter into force in 2031"; "signed a memorandum to build a depot by 2031")? Sets the
 * complement's words (from its opener to the date) in PLAN_HELD.
 */
function planComplement(text: string, t: TriggerMention, d: DateMention): boolean {
  if (t.span.end > d.span.start) return false;
  // (a happening told by its past verb: a noun before a reduced relative, "the summit, planned
  // for 2031", is the planned thing itself; a plan word, "planned", "scheduled", is the plan's)
  // (a trigger the plan after it marks as planned counts: the plan is not the verb's own)
  const verb = t.text.split(/\s+/)[0]!;
  // (a document noun whose making was told in the past before it, "agreed a road map to raise
  // X by 2031", or that opens its sentence as an item of what was signed, "A protocol on ports,
  // under which the sides aim to ... by 2031": its deadline is the plan's too)
  if (t.ruleId === 'events/agreement/document' && t.span.end <= d.span.start) {
    const box = DATE_BOX.get(d);
    const made = /\b(?:signed|agreed|adopted|approved|concluded|initialled|initialed|endorsed|ratified)\s+(?:(?:a|an|the|two|three|four|new|joint|separate)\s+){0,2}$/i.test(text.slice(Math.max(0, t.span.start - 40), t.span.start));
    const item = !!box && /^[\W\d]*(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(box.span.start, t.span.start));
    if (made || item) return docPlan(text, t, d);
    return false;
  }
  if (!(PAST_VERB_RE.test(verb) || /^(?:bought|sought|brought|sold|held|built|won|began|gave|took|struck|put|lent|led|paid|laid|bound|found)$/i.test(verb)) || /^(?:planned|scheduled|expected|slated|proposed|envisaged|intended|pencilled|penciled)$/i.test(verb) || /\b(?:to|will|would|shall|be|is|are)\s+$/i.test(text.slice(Math.max(0, t.span.start - 12), t.span.start))) return false;
  const between = text.slice(t.span.end, d.span.start);
  // (one clause: no ";" or ":" or sentence end between them)
  if (/[;:!?]|\.\s|\n\s*\n/.test(between) || between.length > 200) return false;
  const m = PLAN_OPENER_RE.exec(between);
  if (m) return heldFromOpener(t, d, m);
  // a deadline of a purpose infinitive after the verb's object ("signed a memorandum to build X by 2031")
  return heldByInfinitive(text, t, d, /^(?:\s+(?:(?!to\b)[^\s,;:.()]+)){0,8}?\s+(to\s+(?!be\b)\p{Ll}+)\b/u.exec(between));
}

/** The plan complement opened by `m` (a PLAN_OPENER_RE match in the text after `t`) holds `d`. */
function heldFromOpener(t: TriggerMention, d: DateMention, m: RegExpExecArray): true {
  const at = t.span.end + m.index + (/^,\s*/.exec(m[0])?.[0].length ?? 0);
  PLAN_HELD.set(d, { start: at, end: d.span.end });
  return true;
}

/**
 * A purpose infinitive after `t` (`inf`: its match in the text after `t`, group 1 "to <verb>")
 * whose deadline is `d` ("by 2031", "by the end of 2031") holds `d`; false when there is none.
 */
function heldByInfinitive(text: string, t: TriggerMention, d: DateMention, inf: RegExpExecArray | null): boolean {
  const deadline = /^by\b/i.test(d.text) || /(?<![\p{L}])by\s+(?:the\s+(?:end|middle|start|beginning|close)\s+of\s+)?$/iu.test(text.slice(Math.max(0, d.span.start - 24), d.span.start));
  if (!inf || !deadline) return false;
  PLAN_HELD.set(d, { start: t.span.end + inf.index + inf[0].length - inf[1]!.length, end: d.span.end });
  return true;
}

/** `planComplement` for a document noun: a plan opener or a purpose infinitive's deadline after it, in its clause. */
function docPlan(text: string, t: TriggerMention, d: DateMention): boolean {
  const between = text.slice(t.span.end, d.span.start);
  if (/[;:!?]|\.\s|\n/.test(between) || between.length > 200) return false;
  const m = PLAN_OPENER_RE.exec(between);
  if (m && !/^\s*,\s*(?:due|set|scheduled|expected|planned|slated)\b/i.test(between.slice(m.index))) {
    // (not "the treaty, due to enter into force in 2031": that plan is the noun's own)
    if (/^(?:which|that)\b/i.test(m[0]) && /^\s*,?\s*$/.test(between.slice(0, m.index))) return false;
    return heldFromOpener(t, d, m);
  }
  return heldByInfinitive(text, t, d, /^\s+(to\s+(?!be\b)\p{Ll}+)\b/u.exec(between));
}

/**
 * The start of a plan complement that holds `d` after a verb told in the past in its clause, found
 * by the words alone (the verb need be no trigger: "reaffirmed its goal of X by 2060"); -1 when
 * there is none. Sets PLAN_HELD.
 */
function planOpener(text: string, box: SentenceBox, d: DateMention): number {
  const head = text.slice(box.span.start, d.span.start);
  // (after the last ";", ":" or line break of the head: what /[^;:\n]*$/ finds, without its
  // quadratic search)
  const from = box.span.start + Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('\n')) + 1;
  const region = text.slice(from, d.span.start);
  let last: RegExpExecArray | null = null;
  for (const m of region.matchAll(PLAN_OPENER_ALL_RE)) last = m as RegExpExecArray;
  if (!last) return -1;
  const at = from + last.index + (/^,\s*/.exec(last[0])?.[0].length ?? 0);
  if (box.dates.some((o) => o !== d && o.span.start >= at && o.span.start < d.span.start)) return -1;
  // (a verb told in the past before it, in its clause, not a plan's own word: "planned", "due")
  if (!/(?:^|[\s,])(?!(?:planned|scheduled|expected|slated|proposed|envisaged|intended|based|located|named|called|united|limited|related)\b)\p{Ll}{3,}ed\s+(?!(?:by|for|to|in)\b)/u.test(region.slice(0, last.index))) return -1;
  if (/\b(?:will|would|shall|to|is|are|be)\s+\p{Ll}+ed\s/u.test(region.slice(0, last.index))) return -1;
  PLAN_HELD.set(d, { start: at, end: d.span.end });
  return at;
}

/**
 * The planned happening of a plan complement whose date no trigger and no fallback verb took
 * ("..., with delivery scheduled for 2031"): a planned row of the complement's words, typed by
 * its first content word's broad class (`events/plan/complement`).
 */
function planDraft(doc: ExtractedDoc, box: SentenceBox, d: DateMention, displaced = false): Draft | null {
  const held = PLAN_HELD.get(d);
  // (a period of validity, "which is set to remain in force until 2031", is no happening)
  if (!held || !d.date || !(displaced || PLAN_DISPLACED.has(d)) || /\b(?:until|till|through|to)\s+(?:the\s+(?:end|middle|start|beginning|close)\s+of\s+)?$/i.test(doc.text.slice(Math.max(0, d.span.start - 30), d.span.start))) return null;
  const words = doc.text.slice(held.start, d.span.start);
  const w = /\b(?!(?:which|that|is|are|was|were|will|would|be|due|set|scheduled|expected|planned|slated|to|with|the|a|an|its|their|for|in|by|of|now|also|still|then|goals?|targets?|aims?)\b)\p{L}[\p{L}-]*/iu.exec(words);
  const t: TriggerMention = {
    kind: 'trigger',
    span: { start: held.start, end: held.start + words.trimEnd().length },
    text: words.trimEnd(),
    ruleId: 'events/plan/complement',
    // (a system or facility that starts to run is an opening: "due to go live", "to come on stream")
    eventType: /\b(?:go(?:es)?\s+live|come\s+on\s*(?:stream|line)|enter\s+(?:into\s+)?(?:service|operation)|be\s+(?:commissioned|inaugurated|opened)|open|start\s+operations?)\b/i.test(words)
      ? 'opening'
      : w
        ? fallbackType(w[0])
        : 'other',
    planned: true,
  };
  const x = pairDraft(doc, box, t, d, held);
  x.planned = true;
  return x;
}

/** A relative clause with its own verb between a trigger and a date (", whose talks had ended in"). */
// (also after an appositive noun: ", a step that had been blocked since 2021")
const OWN_RELATIVE_RE = /,\s*(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:that|which|who)|whose|which|who)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?(?:\p{Ll}+ed|held|met|took|began|became|came|won|made|went|saw)\b/iu;

function ownRelativeClause(text: string, t: TriggerMention, d: DateMention): boolean {
  const between = text.slice(t.span.end, d.span.start);
  // (", whose inaugural forum in Riga in 2031 drew ...": "whose" opens a clause with a subject of its own)
  const m = OWN_RELATIVE_RE.exec(between) ?? /,\s*whose\s+/i.exec(between);
  if (!m || /[;:]/.test(between)) return false;
  // (only when the relative clause has a happening of its own to take the date)
  const from = t.span.end + m.index;
  // ("a secretariat, which opened in 2031": a trigger that runs into the clause counts)
  const box = DATE_BOX.get(d);
  if (!box) return false;
  if (box.triggers.some((o) => o !== t && o.span.start > t.span.end && o.span.end > from && o.span.end <= d.span.start && weightOf(o) >= 2)) return true;
  // (or a verb of its own that tells a happening by its form, after an appositive noun: ", a step
  // that had been blocked since 2021")
  if (!/^,\s*(?:a|an|the)\s/i.test(m[0])) return false;
  const v = fallbackVerb(text, { start: from, end: box.span.end }, d.span);
  return !!v && v.span.start > from && v.span.end <= d.span.start && v.cls !== 'plan';
}

/** The sentence of each date being paired (set by datedDrafts). */
const DATE_BOX = new WeakMap<DateMention, SentenceBox>();

/** A reduced relative told with an adverb of earlier time right before a date (", first announced in"). */
const REDUCED_RELATIVE_RE = /,\s*(?:first|originally|initially|previously|already|once)\s+\p{Ll}+(?:ed|en|wn)\s+(?:(?:by|at)\s+[^,;:.]{1,40}?\s+)?(?:in|on|during)\s+$/u;

/** Score of a trigger for a date: heavy and close is good. */
function pairScore(
  text: string,
  t: TriggerMention,
  d: DateMention,
  otherDates: DateMention[],
  // (crossingCost, or a table of its answers: one pair's score asks it of every other date)
  cost: (a: Span, b: Span) => number = (a, b) => crossingCost(text, a, b),
): number {
  const dist = gap(t.span, d.span);
  if (dist > MAX_DISTANCE) return -Infinity;
  const cross = cost(t.span, d.span);
  let s = weightOf(t) * 50 - dist - cross;
  // "X told them that on 2 May the parties agreed ...": a date inside the reported clause dates what
  // is reported, not the saying.
  if (t.eventType === 'statement' && reports(text, t, d)) s -= 60;
  // "signed the X Agreement, whose negotiations had been concluded in July 2022": a date inside
  // a relative clause with its own verb dates that clause's happening, not the one before it.
  if (t.span.end <= d.span.start && ownRelativeClause(text, t, d)) s -= 100;
  // ("signed a contract for a plant, first announced in 2019": a reduced relative's own time)
  if (t.span.end <= d.span.start && REDUCED_RELATIVE_RE.test(text.slice(Math.max(t.span.end, d.span.start - 80), d.span.start))) return -Infinity;
  // "officials said last month that work could resume": a date right before "that" dates the
  // saying; what the reported clause names has its own date, if any.
  if (t.span.start >= d.span.end && /^\s*,?\s*that\b/i.test(text.slice(d.span.end, t.span.start))) s -= 60;
  // A trigger that lies closer to another date of the sentence belongs to that one first.
  // A trigger inside a parenthesis that holds its own date belongs to that date alone.
  const group = parenGroup(text, t.span);
  if (group && !contains(group, d.span) && otherDates.some((o) => o !== d && contains(group, o.span))) return -Infinity;
  let closer = false;
  for (const o of otherDates) {
    if (o === d) continue;
    const between = (x: Span, y: Span, z: Span) => x.end <= z.start && z.end <= y.start;
    if (between(t.span, d.span, o.span) || between(d.span, t.span, o.span)) s -= 30;
    // Closer counting clause breaks: a "when" clause with its own date keeps its trigger.
    if (gap(t.span, o.span) + cost(t.span, o.span) < dist + cross) closer = true;
  }
  if (closer) s -= 30;
  // A trigger right next to another date ("work began in May 1980") is that date's.
  const boundTo = otherDates.filter((o) => {
    if (o === d) return false;
    const between = o.span.start >= t.span.end ? text.slice(t.span.end, o.span.start) : o.span.end <= t.span.start ? text.slice(o.span.end, t.span.start) : 'x';
    return /^\s*(?:(?:in|on|at|by|since|from|during)\s+)?(?:the\s+)?$/i.test(between);
  });
  if (boundTo.length > 0 && gap(t.span, d.span) > 0) s -= 60;
  // ... and a date beyond its own one, past a comma, is not its ("opened on 3 May 2001,
  // carried 2 million tonnes in 2005").
  // (unless a later clause repeats the happening: "and the second unit followed in 2006")
  const between = betweenSpans(text, t.span, d.span);
  if (
    boundTo.some((o) => (o.span.start >= t.span.end && d.span.start >= o.span.end) || (o.span.end <= t.span.start && d.span.end <= o.span.start)) &&
    /[,;]/.test(between) &&
    !ELLIPTIC_RE.test(between) &&
    !/\brespectively\b/i.test(between)
  ) {
    return -Infinity;
  }
  return s;
}

/**
 * A date that is an item of a parenthesised list of places and dates after its happening
 * ("rounds followed (Riga, 9 May 2022; Oslo, 3 June 2022; Bergen, 1 July 2022)", "visits (to Riga
 * in May 2022, to Oslo in June 2022)"): the items (two or more, each holding one date, split by
 * ";" or by "," before a capital or "to / in"), the index of this date's item, and where the
 * parenthesis opens. Null when the date is no such item.
 */
function parenListItem(text: string, box: SentenceBox, d: DateMention, dates: DateMention[]): { open: number; items: Span[]; index: number } | null {
  const group = parenGroup(text, d.span);
  if (!group || group.start < box.span.start || group.end > box.span.end) return null;
  const inner = { start: group.start + 1, end: group.end - 1 };
  const mine = dates.filter((o) => contains(inner, o.span));
  if (mine.length < 2) return null;
  const body = text.slice(inner.start, inner.end);
  // (split at ";", else at "," that starts a new place or "to / in" item; a date's own comma stays)
  const cuts = /;/.test(body) ? [...body.matchAll(/;\s*/g)] : [...body.matchAll(/,\s*(?=(?:(?:to|in|at)\s+)?\p{Lu})/gu)];
  const items: Span[] = [];
  let from = 0;
  for (const c of cuts) {
    items.push({ start: inner.start + from, end: inner.start + c.index });
    from = c.index + c[0].length;
  }
  items.push({ start: inner.start + from, end: inner.end });
  // (each item holds exactly one date and only a few words besides: a place, a preposition)
  if (items.length !== mine.length) return null;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (!contains(it, mine[k]!.span)) return null;
    const rest = (text.slice(it.start, mine[k]!.span.start) + ' ' + text.slice(mine[k]!.span.end, it.end)).trim();
    if (rest.split(/\s+/).filter(Boolean).length > 5 || box.triggers.some((t) => contains(it, t.span))) return null;
  }
  return { open: group.start, items, index: mine.indexOf(d) };
}

/** Is the date inside parentheses right after an entity ("Tajikistan (April 2023)")? */
/**
 * The words of a parenthesis-list item that holds date `d`: "... visits to Estonia (April 2023),
 * Latvia (May 2022)" gives "Estonia" for the first date and "Latvia" for the second; "made by
 * President X of Y (April 2024)" gives "President X of Y". Null when the date is not such an item
 * (an entity must stand right before the parenthesis).
 */
function listItemRegion(text: string, d: DateMention, box: SentenceBox): Span | null {
  // (asked for every date of a sentence, for each of its drafts: the usual answer, no "(" before
  // the date, is found by character codes alone)
  let i = d.span.start - 1;
  while (i >= box.span.start && isSpaceCode(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 40) return null;
  const open = i;
  let j = d.span.end;
  while (j < box.span.end && isSpaceCode(text.charCodeAt(j))) j++;
  if (text[j] !== ')' && text[j] !== ',' && text[j] !== ';') return null;
  i--;
  while (i >= box.span.start && isSpaceCode(text.charCodeAt(i))) i--;
  if (!box.entities.some((e) => e.span.end === i + 1)) return null;
  // Back to the end of the item before (its ")"), then to the last word that opens an item.
  const close = text.lastIndexOf(')', open);
  const lo = close >= box.span.start ? close + 1 : box.span.start;
  const seg = text.slice(lo, open);
  let cut = 0;
  for (const m of seg.matchAll(/[,;:]|\b(?:by|to|with|and|from)\b/g)) cut = m.index + m[0].length;
  let start = lo + cut;
  while (start < open && /\s/.test(text[start]!)) start++;
  return { start, end: open };
}

/** Is the code unit one that /\s/ matches (a JavaScript white space or line terminator)? */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isFuture(v: DateValue, documentDate: string | null): boolean {
  if (!documentDate) return false;
  const docEnd = documentDate.length === 4 ? `${documentDate}-12-31` : documentDate.length === 7 ? `${documentDate}-31` : documentDate;
  return v.start > docEnd;
}

/** Two triggers in order. */
function ordered(a: TriggerMention, b: TriggerMention): [TriggerMention, TriggerMention] {
  return a.span.start <= b.span.start ? [a, b] : [b, a];
}

/** "met in Oslo on 2 May 1990 and adopted a charter": the later trigger is a verb right after "and". */
function coordinatedPredicates(text: string, a: TriggerMention, b: TriggerMention): boolean {
  const [x, y] = ordered(a, b);
  const between = text.slice(x.span.end, y.span.start);
  if (/[;:!?—]|\.\s|\b(?:but|which|who|that|when|while)\b/i.test(between)) return false;
  return /\band\s+(?:then\s+|also\s+|later\s+)?$/i.test(between) && /(?:ed|ew|ot|et|ade|ook|aid|ent)$/i.test(y.text.split(/\s+/)[0]!);
}

/** "X handled 2 million tonnes, and freight on the line rose": a new clause after ", and". */
function coordinatedClauses(text: string, a: TriggerMention, b: TriggerMention): boolean {
  const [x, y] = ordered(a, b);
  const between = text.slice(x.span.end, y.span.start);
  return /,\s+(?:and|while|whereas)\s/i.test(between) && !/[;:.!?—]/.test(between.replace(/\d[.,]\d/g, '00'));
}

/** Types that can share a date with another happening in one clause (a visit and a speech). */
const COMBINABLE = new Set<EventType>(['visit', 'meeting', 'agreement', 'statement']);

/** One step coarser: a day gives its month, a month / season / quarter its year; others stay. */
function coarser(v: DateValue): DateValue {
  const y = v.start.slice(0, 4);
  if (v.granularity === 'day') {
    const m = v.start.slice(0, 7);
    const last = new Date(Date.UTC(+y, +v.start.slice(5, 7), 0)).getUTCDate();
    return { value: m, start: `${m}-01`, end: `${m}-${String(last).padStart(2, '0')}`, granularity: 'month', inferred: true };
  }
  if ((v.granularity === 'month' || v.granularity === 'season' || v.granularity === 'quarter' || v.granularity === 'half') && v.end.slice(0, 4) === y) {
    return { value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year', inferred: true };
  }
  return v;
}

/** A modal or infinitive right before a predicate: not (yet) a happening ("and the line will open"). */
const UNREAL_BEFORE_RE = /\b(?:will|would|could|may|might|should|must|can|cannot|to|not|never|yet\s+to)\s+(?:(?:be|have|been|also|then|soon|later)\s+){0,2}$/i;
/** Fronted adverbials that name an earlier happening with its date ("After the floods of May 2010, ..."). */
const AFTERMATH_RE = /\b(?:after|following|amid|amidst|in\s+the\s+(?:wake|aftermath)\s+of)\s+(?:(?:the|a|an|this|that|its|their|his|her|\p{Lu}[\p{L}'’-]*(?:['’]s)?)\s+){0,3}$/iu;

/**
 * One date for two clauses (mechanism "events/shared-date"): the date of one clause dates a
 * happening of the other clause too, whatever the two kinds, when
 * - the later clause is coordinated after ", and" with a subject of its own and no date of its own
 *   ("A truce was signed on 3 June 2019, and the passes were reopened"), or
 * - one trigger is a noun inside an "after / following / amid" phrase that carries the date, and
 *   the other is the predicate of the clause the phrase modifies ("After the floods in Sindh in
 *   August 2022, the two governments agreed ...", "Ties cooled after the blast at the depot in
 *   March 2019").
 * `best` is the trigger the date took; `t` is the candidate second happening.
 */
function sharedDate(text: string, box: SentenceBox, best: TriggerMention, t: TriggerMention, d: DateMention, dates: DateMention[]): 'coordinated' | 'aftermath' | null {
  if (UNREAL_BEFORE_RE.test(text.slice(Math.max(box.span.start, t.span.start - 30), t.span.start))) return null;
  const others = dates.filter((o) => o !== d);
  // (a) ", and <subject> <predicate>" after the dated clause.
  if (t.span.start >= best.span.end && t.span.start >= d.span.end) {
    const from = Math.max(best.span.end, d.span.end);
    // (a short parenthesis naming what is before it, "(GKNB)", is no break)
    const between = text.slice(from, t.span.start).replace(/\s*\(\s*[\p{Lu}\p{N}][\p{L}\p{N}.&-]{0,11}\s*\)/gu, '');
    const m = /,\s+and\s+((?:the|a|an|its|their|his|her|both|all|\p{Lu}[\p{L}'’-]*)\b[^,;:()—–.!?]{0,60})$/u.exec(between);
    if (
      m &&
      !/[;:()—–!?]|\.\s/.test(between) &&
      !/\b(?:when|which|who|whose|that|while|whereas|but|although)\b/i.test(between) &&
      // (a predicate: a verb in the past, or a participle after "was / were / had")
      (PAST_VERB_RE.test(t.text.split(/\s+/)[0]!) ||
        /^(?:was|were|had)\s+(?:been\s+)?\p{Ll}+(?:ed|en|wn|t)\b/u.test(t.text) || /\b(?:was|were|had)\s+(?:been\s+)?(?:\p{Ll}+\s+)?$/u.test(text.slice(t.span.start - 25, t.span.start))) &&
      // (a told happening, not its absence: "and the ministers signed nothing")
      !/^\s+(?:nothing|none|no)\b/i.test(text.slice(t.span.end, t.span.end + 10)) &&
      // (a present perfect tells no past date: "..., and the club has said it will pay")
      !/\b(?:has|have)\s+(?:(?:also|since|already|repeatedly|publicly|\p{Ll}+ly)\s+)?$/iu.test(text.slice(Math.max(box.span.start, t.span.start - 30), t.span.start)) &&
      // (the sentence has no other date: the later clause none of its own, and no date of the
      // whole sentence stands before: "In 2021, after the fall of X in August, ..., and Y met")
      others.length === 0 &&
      !AFTERMATH_RE.test(text.slice(Math.max(box.span.start, best.span.start - 40), best.span.start))
    ) {
      return 'coordinated';
    }
    return null;
  }
  // (b) the noun of an "after ..." phrase holding the date, and the clause's predicate.
  const [noun, pred] = t.span.end <= d.span.start ? [t, best] : [best, t];
  if (noun.span.end > d.span.start || !AFTERMATH_RE.test(text.slice(Math.max(box.span.start, noun.span.start - 40), noun.span.start))) return null;
  // (the date right after the noun, past a short place phrase: "the floods in Sindh in August 2022")
  if (!/^(?:\s+(?:in|at|near|on|of|across)\s+(?:the\s+)?[\p{Lu}\p{Ll}][\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:in|on|of)\s+(?:early\s+|late\s+|mid-?)?$/u.test(text.slice(noun.span.end, d.span.start))) return null;
  // (the sentence has no other date: "In late 2021, after the fall of X in August, ..." is the year's)
  if (others.length > 0) return null;
  if (pred.span.start >= d.span.end) {
    // "After X in DATE, <subject> <predicate>": the phrase ends at the comma after the date.
    const rest = text.slice(d.span.end, pred.span.start);
    if (!/^\s*,\s*(?:[^,;:()—–.!?]{0,60})$/.test(rest)) return null;
    if (text.slice(box.span.start, noun.span.start).search(/\S/) !== text.slice(box.span.start, noun.span.start).search(/\b(?:after|following|amid|amidst|in\s+the)\b/i)) return null;
  } else {
    // "<subject> <predicate> after X in DATE".
    const rest = text.slice(pred.span.end, noun.span.start);
    if (rest.length > 60 || /[,;:()—–.!?]/.test(rest)) return null;
  }
  return PAST_VERB_RE.test(pred.text.split(/\s+/).pop()!) || PAST_VERB_RE.test(pred.text.split(/\s+/)[0]!) || /\b(?:was|were|had|has|have)\s+(?:been\s+)?$/.test(text.slice(pred.span.start - 20, pred.span.start))
    ? 'aftermath'
    : null;
}

/** Is the date inside a parenthesised source citation ("(news.example, 3 March)", "([site](#), 9 May)")? */
function isCitationDate(text: string, d: DateMention, box: SentenceBox): boolean {
  // The parenthesis that encloses the date (skipping balanced inner ones, e.g. "[site](#)").
  const open = openParenBefore(text, d.span.start, Math.max(box.span.start, d.span.start - 160), false);
  if (open < 0) return false;
  const inside = text.slice(open + 1, d.span.start);
  return /\]\(|https?:|www\.|[a-z0-9-]+\.(?:[a-z]{2,4})\b/i.test(inside);
}

/**
 * The baseline of a comparison ("up 9 percent from 1990", "compared to the same period in 1990",
 * "twice as many as in 1990", "an increase over 1990") is not the date of a happening.
 */
const BASELINE_RE =
  /(?:\b(?:compared\s+(?:to|with)|relative\s+to|than(?:\s+in)?|as\s+in|versus|vs\.?)|\b(?:up|down|increase|rise|growth|decline|drop|fall)\s+(?:of\s+|by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d.,]+\s*(?:percent|per\s+cent|%)\s+(?:from|over|on))\s+(?:the\s+same\s+(?:period|months?|quarter|half)\s+(?:of|in|last)\s+)?$/i;

/** "reached $47bn in 2023, up from $38.6bn in 2021": the level a change is measured from. */
const FROM_LEVEL_RE =
  /\b(?:up|down|rising|falling|climbing|dropping)\s+from\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|just\s+(?:over|under)\s+)?(?:[$€£]\s?|USD\s?|EUR\s?)?\d[\d.,]*\s*(?:[\p{L}$%]+\s+){0,3}(?:in\s+|on\s+)?$/iu;

function isBaseline(text: string, d: DateMention): boolean {
  const before = text.slice(Math.max(0, d.span.start - 70), d.span.start);
  return BASELINE_RE.test(before) || FROM_LEVEL_RE.test(before);
}

/**
 * The date a designation names ("declared 2031 the Year of Rivers", "proclaimed 9 June the Day of
 * X"): right after the designating verb and before "the/a ...", it is the year or day named, not
 * the date of the act (the act keeps the sentence's other date).
 */
function isDesignatedDate(text: string, d: DateMention, box: SentenceBox): boolean {
  const t = box.triggers.find((x) => x.ruleId === 'events/other/proclaimed' && /^\s+(?:as\s+)?$/.test(text.slice(x.span.end, d.span.start)));
  return t !== undefined && /^\s+(?:as\s+)?(?:the|an?)\s/i.test(text.slice(d.span.end, d.span.end + 8));
}

/** A period of validity ("programme for 2022-2026") is not the date of a happening. */
function isPeriodOfValidity(text: string, d: DateMention): boolean {
  if (d.date?.granularity !== 'range') return false;
  if (/\bfor(?:\s+the\s+(?:period|years))?\s*$/i.test(text.slice(Math.max(0, d.span.start - 20), d.span.start))) return true;
  // "the Strategy for Central Asia 2019-2025", "its Water Programme 2030-2035": the period in a
  // programme's name.
  if (/\b(?:Strateg(?:y|ies)|Programmes?|Programs?|Plans?|Agendas?|Concepts?|Visions?|Road\s?maps?|Roadmaps?)\b(?:\s+(?:\p{Lu}[\p{L}'’-]*|for|of|on|and|the))*[\s*_]+$/u.test(text.slice(Math.max(0, d.span.start - 60), d.span.start))) return true;
  // "agreed a road map to ... over 2022-2027": the years a document covers.
  const before = text.slice(Math.max(0, d.span.start - 90), d.span.start);
  return (
    /\b(?:over|covering|spanning|through)(?:\s+the\s+(?:period|years))?\s*$/i.test(before) &&
    /\b(?:road\s*map|plan|programme|program|strategy|agreement|treaty|memorandum|roadmap|concept)\b/i.test(before) &&
    !/\b(?:grew|rose|fell|increased|decreased|declined|doubled|tripled|expanded|dropped)\b/i.test(before)
  );
}

/** A quantity written out: "$12 million", "9 percent", "2 bcm", "tenfold". */
const QUANTITY_RE = /[$€£]\s?\d|\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b|thousand\b|tons?\b|tonnes?\b|bcm\b|barrels\b)|\b\w+fold\b|\b(?:doubled|tripled|quadrupled)\b/i;

/**
 * A purchase, sale or investment next to a sum ("invested $5 million in 1990-1995") states an
 * amount, which is a figure, not a happening. Changes and volumes of trade and transit with a
 * date ("exports doubled in 1996", "the port handled 2 million tonnes in 2001") are events.
 */
function nextToFigure(text: string, t: TriggerMention, box: SentenceBox): boolean {
  if (t.ruleId !== 'events/economic/transaction') return false;
  if (box.figures.some((f) => gap(f.span, t.span) <= 40)) return true;
  const from = Math.max(box.span.start, t.span.start - 40);
  const to = Math.min(box.span.end, t.span.end + 40);
  return QUANTITY_RE.test(text.slice(from, to));
}

/** Trigger entries that state a change or a volume of trade or traffic. */
const VOLUME_RULES = new Set(['events/economic/trade-change', 'events/economic/trade', 'events/economic/throughput']);
/** Of those, the ones that state a change (a flow that began at a date is dated by it). */
const CHANGE_RULES = new Set(['events/economic/trade-change', 'events/economic/trade']);

/** The figure that states a change or volume ("rose by 9 percent", "handled 2 million tonnes"). */
function volumeFigure(text: string, t: TriggerMention, box: SentenceBox): FigureMention | null {
  if (!VOLUME_RULES.has(t.ruleId)) return null;
  const f = box.figures.find((x) => x.span.start >= t.span.end && x.span.start - t.span.end <= 40);
  if (!f || /[;:]|\.\s/.test(text.slice(t.span.end, f.span.start))) return null;
  return f;
}

/**
 * "exports fell from 7 bcm in 2001 to 4 bcm in 2003": one change over the interval between the
 * two dates. Returns the sentence's dates with each such pair merged into one range.
 */
function mergeFromTo(text: string, box: SentenceBox): DateMention[] {
  const out: DateMention[] = [];
  const ds = box.dates;
  for (let i = 0; i < ds.length; i++) {
    const a = ds[i]!;
    const b = ds[i + 1];
    if (
      b &&
      a.date &&
      b.date &&
      a.date.start < b.date.start &&
      /^\s+to\s+(?:[^\s,;]+\s+){0,5}?in\s+$/i.test(text.slice(a.span.end, b.span.start)) &&
      /\b(?:rose|risen|increased|grew|grown|fell|fallen|declined|decreased|dropped|went\s+(?:up|down)|expanded|shrank|climbed)\s+from\s+(?:[^\s,;]+\s+){0,5}?in\s+$/i.test(
        text.slice(Math.max(box.span.start, a.span.start - 70), a.span.start),
      )
    ) {
      const value = `${a.date.value.split('/')[0]}/${b.date.value.split('/').pop()}`;
      out.push({
        ...a,
        span: union(a.span, b.span),
        text: text.slice(a.span.start, b.span.end),
        date: { value, start: a.date.start, end: b.date.end, granularity: 'range', inferred: a.date.inferred || b.date.inferred },
      });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * A row pairing a trigger with a date of its sentence: the date's value (a "since" range for a
 * continuing activity), the sentence as scope, `anchor` as what the row's span must cover, both
 * rule ids joined (then `suffix`), and planned for a planned trigger or a future date.
 */
function pairDraft(
  doc: ExtractedDoc,
  box: SentenceBox,
  t: TriggerMention,
  d: DateMention,
  anchor: Span,
  suffix = '',
  extra: Pick<Draft, 'secondary' | 'item' | 'series'> = {},
): Draft {
  return newDraft({
    trigger: t,
    date: d,
    dateValue: sinceRange(doc.text, t, d, doc.documentDate.value, box),
    sentence: box,
    scope: box.span,
    from: null,
    anchor,
    secondary: extra.secondary,
    item: extra.item,
    series: extra.series,
    rule: `${t.ruleId}+${d.ruleId}${suffix}`,
    planned: t.planned || isFuture(d.date!, doc.documentDate.value),
  });
}
/**
 * "trade has tripled since 2001": a change from that date to the time of writing; so are
 * happenings counted since a date ("has sent six missions since 1990").
 */
function sinceRange(text: string, t: TriggerMention, d: DateMention, documentDate: string | null, box: SentenceBox): DateValue {
  const v = d.date!;
  // "since 2016 (the year he came to power), trade has grown": the aside dates a happening at X
  // itself, so its row takes X, not the interval the date gives the clause
  const x = sinceStart(text, d);
  if (x && t.span.start >= d.span.end && /^\s*(?:\(|[,–—]\s*(?:when|the\s+year)(?![\p{L}]))[^()]{0,80}$/iu.test(text.slice(d.span.end, t.span.start))) return x;
  const perfectBefore = /\b(?:has|have)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(box.span.start, t.span.start - 60), t.span.start));
  const counted = box.figures.some((f) => (f.unit === 'count' || f.unit === 'times') && gap(f.span, t.span) <= 30) && perfectBefore;
  // (a perfect alone, "has supplied fuel since 2021", is dated from its start: annotators differ)
  if (!(CHANGE_RULES.has(t.ruleId) || counted) || !documentDate || v.granularity === 'range') return v;
  if (!/\bsince\s+$/i.test(text.slice(Math.max(0, d.span.start - 8), d.span.start))) return v;
  const endYear = documentDate.slice(0, 4);
  if (endYear <= v.start.slice(0, 4)) return v;
  return { value: `${v.value}/${endYear}`, start: v.start, end: `${endYear}-12-31`, granularity: 'range', inferred: true };
}

/**
 * The start X of a "since X" the date stage gave as the interval X/document date (a year or a
 * month), as a value of its own; null for any other date.
 */
function sinceStart(text: string, d: DateMention): DateValue | null {
  const v = d.date;
  if (!v || v.granularity !== 'range' || !v.value.startsWith(`${d.timexValue}/`)) return null;
  if (!/(?<![\p{L}])since\s+$/iu.test(text.slice(Math.max(0, d.span.start - 8), d.span.start))) return null;
  const y = /^(\d{4})(?:-(\d\d))?$/.exec(d.timexValue);
  if (!y) return null;
  const end = y[2] ? `${y[1]}-${y[2]}-${String(new Date(Date.UTC(+y[1]!, +y[2]!, 0)).getUTCDate()).padStart(2, '0')}` : `${y[1]}-12-31`;
  return { value: d.timexValue, start: v.start, end, granularity: y[2] ? 'month' : 'year', inferred: !/\d{4}/.test(d.text) };
}

/**
 * "entered into force in 2031, twelve years after signature": an offset set after a date by a
 * comma counts back from that date to something else; it dates nothing of its own.
 */
function appositiveOffset(text: string, d: DateMention, dates: DateMention[]): boolean {
  // ("recognised it on 3 July 2025, two years later.": the same, closing the clause)
  if (/\b(?:later|earlier)\s*$/i.test(d.text) && /^\p{L}/u.test(d.text) && /^\s*(?:[.;)]|$)/.test(text.slice(d.span.end, d.span.end + 3))) {
    return dates.some((o) => o !== d && o.span.end <= d.span.start && !/\b(?:later|earlier|after|before)\s*$/i.test(o.text) && /^\s*,\s*$/.test(text.slice(o.span.end, d.span.start)));
  }
  if (!/\b(?:after|before)\s*$/i.test(d.text) || !/^\p{L}/u.test(d.text)) return false;
  return dates.some((o) => o !== d && o.span.end <= d.span.start && /^\s*,\s*$/.test(text.slice(o.span.end, d.span.start)));
}

/**
 * A news dateline ("RIGA, 4 May 2031 — When the ..."): a city at the head of a line (in capitals,
 * or any city when the date is the brief's own date), the date and a dash. It dates the writing,
 * not a happening.
 */
function isDateline(doc: ExtractedDoc, d: DateMention): boolean {
  const text = doc.text;
  // (the dash after the date first: most dates have none)
  if (!/^\s*(?:[—–]|-{1,2}\s)/.test(text.slice(d.span.end, d.span.end + 4))) return false;
  const lineStart = text.lastIndexOf('\n', d.span.start - 1) + 1;
  const city = /^[\s*_]*(\p{Lu}[\p{L}'’.-]*(?:[\s-]+\p{Lu}[\p{L}'’.-]*){0,2})\s*,\s*$/u.exec(text.slice(lineStart, d.span.start));
  if (!city) return false;
  return city[1] === city[1]!.toUpperCase() || (doc.documentDate.value !== null && d.date?.value === doc.documentDate.value);
}

/** Words of an economic quantity, or a sum or share: what makes a change verb economic. */
const ECONOMIC_CLAUSE_RE = new RegExp(`\\b(?:${ECONOMIC_NOUNS})\\b|[$€£%]|\\d\\s*(?:per\\s*cent|percent)\\b`, 'i');

/**
 * The type of a fallback row: the lexicon's, else the broad class of the verb's form; a change
 * verb ("fell", "has shrunk") is economic only when its clause names an economic quantity or a
 * sum, as a change trigger is ("the lake has shrunk since 1990" is other).
 */
function fallbackEventType(text: string, v: FallbackVerb): EventType {
  const type = lexiconType(v.text) ?? fallbackType(v.text);
  if (type === 'economic' && v.change && !ECONOMIC_CLAUSE_RE.test(text.slice(v.clause.start, v.clause.end))) return 'other';
  return type;
}

/**
 * The last strong, unnegated trigger of a sentence that ends at most `reach` characters before a
 * list opens at `open`, with no break (`breaks`) and none of `others` (`between`) in the way:
 * the happening a parenthesised or comma list of places and dates is a series of.
 */
function listTriggerBefore(
  text: string,
  box: SentenceBox,
  open: number,
  reach: number,
  breaks: RegExp,
  others: readonly DateMention[],
  between: (o: DateMention, t: TriggerMention) => boolean,
): TriggerMention | undefined {
  return box.triggers
    .filter(
      (t) =>
        t.span.end <= open &&
        open - t.span.end <= reach &&
        weightOf(t) >= 2 &&
        !isNegated(text, t) &&
        !breaks.test(text.slice(t.span.end, open)) &&
        !others.some((o) => between(o, t)),
    )
    .pop();
}

/** "and a second followed in", ", another followed on", "the third came in": one more of the same. */
const ANOTHER_FOLLOWED_RE = /\b(?:(?:a|the)\s+(?:second|third|fourth|fifth|sixth|next|further|last|final)|another|one\s+more)\s+(?:one\s+|round\s+)?(?:followed|came|took\s+place)\b/i;

function datedDrafts(doc: ExtractedDoc, box: SentenceBox): Draft[] {
  const drafts: Draft[] = [];
  const text = doc.text;
  const dates = mergeFromTo(text, box);
  for (const d of dates) DATE_BOX.set(d, box);
  /** crossingCost between a trigger's and a date's spans (each score asks it of every date of the sentence: once per pair). */
  const costs = new Map<Span, Map<Span, number>>();
  const cost = (a: Span, b: Span): number => {
    let row = costs.get(a);
    if (!row) costs.set(a, (row = new Map()));
    let c = row.get(b);
    if (c === undefined) row.set(b, (c = crossingCost(text, a, b)));
    return c;
  };
  /** pairScore of a trigger and a date of the sentence (asked again and again for the same pairs: once per pair). */
  const scores = new Map<TriggerMention, Map<DateMention, number>>();
  const score = (t: TriggerMention, d: DateMention): number => {
    let row = scores.get(t);
    if (!row) scores.set(t, (row = new Map()));
    let s = row.get(d);
    if (s === undefined) row.set(d, (s = pairScore(text, t, d, dates, cost)));
    return s;
  };
  /** The trigger each date took first. */
  const bestOf = new Map<DateMention, TriggerMention>();
  const series = dateSeries(text, box, dates);
  /** Triggers a heading date took for its item: no other date of the sentence takes them. */
  const claimed = new Set<TriggerMention>();
  /** Dates of a happening that no trigger took: the fallback may date their clause's verb. */
  const unpaired: DateMention[] = [];
  for (const d of dates) {
    if (isPeriodOfValidity(text, d) || isBaseline(text, d) || isDesignatedDate(text, d, box) || appositiveOffset(text, d, dates)) continue;
    if (planPeriod(text, d) || comparedLevel(text, d)) continue;
    if (isDateline(doc, d)) continue;
    // An item of a parenthesised list of places and dates after a happening ("rounds followed
    // (Riga, 9 May 2022; Oslo, 3 June 2022)") is one more of that happening; what follows the
    // parenthesis may still take the last one ("..., and only the last produced a treaty").
    const parenItem = parenListItem(text, box, d, dates);
    let listTrigger: TriggerMention | null = null;
    if (parenItem) {
      const t = listTriggerBefore(text, box, parenItem.open, 120, /[;:]|\.\s/, dates, (o, t) => o.span.start >= t.span.end && o.span.end <= parenItem.open);
      if (t) {
        bestOf.set(d, t);
        listTrigger = t;
        const item = parenItem.items[parenItem.index]!;
        drafts.push(pairDraft(doc, box, t, d, parenItem.index === 0 ? union(t.span, d.span) : union(item, d.span), '+events/paren-list'));
        if (parenItem.index < parenItem.items.length - 1) continue;
      }
    }
    // A parenthesis-list item ("visits to X (April 2023), Y (May 2022)") belongs to the nearest
    // trigger before the list it stands in, however long the list.
    const itemRegion = listItemRegion(text, d, box);
    if (itemRegion) {
      const t = listTriggerBefore(text, box, itemRegion.start, 260, /[;:]/, box.dates, (o, t) => o !== d && o.span.start >= t.span.end && o.span.end <= itemRegion.start && !listItemRegion(text, o, box));
      if (t) {
        bestOf.set(d, t);
        // (the first item with its trigger; a later one by its own words, "Y (May 2022")
        const own = !text.slice(t.span.end, itemRegion.start).includes(')') && itemRegion.start - t.span.end <= 60;
        drafts.push(pairDraft(doc, box, t, d, own ? union(t.span, d.span) : union(itemRegion, d.span), '+events/list-item'));
        continue;
      }
    }
    // A later member of a date series shares the trigger its first member took, when that
    // trigger stands before the series ("met three times (in A in 2019, in B in 2020 ...)").
    const link = series.get(d);
    const lead = link ? bestOf.get(link.leader) : undefined;
    if (link && lead && lead.span.end <= link.leader.span.start && !isNegated(text, lead)) {
      bestOf.set(d, lead);
      const leaderDraft = drafts.find((x) => x.date === link.leader && x.trigger === lead);
      if (leaderDraft) {
        leaderDraft.item = link.items[0]!;
        leaderDraft.series = link.items;
      }
      drafts.push(
        pairDraft(doc, box, lead, d, union(lead.span, d.span), '+events/series', { item: link.items[link.index]!, series: link.items }),
      );
      continue;
    }
    // "The first round was held in Riga in May 2030, and a second followed in Oslo in June 2031":
    // a later date whose clause names no happening but "a second / another ... followed" is one
    // more of what the date before it took.
    const prior = dates.filter((o) => o.span.end <= d.span.start).pop();
    const repeated = prior ? bestOf.get(prior) : undefined;
    if (prior && repeated && repeated.span.end <= prior.span.start && !isNegated(text, repeated)) {
      const between = text.slice(prior.span.end, d.span.start);
      const another = ANOTHER_FOLLOWED_RE.exec(between);
      if (
        between.length <= 90 &&
        another &&
        !/[;:]|\.\s/.test(between) &&
        !box.triggers.some((t) => t.span.start >= prior.span.end && t.span.end <= d.span.start && weightOf(t) >= 2)
      ) {
        bestOf.set(d, repeated);
        // (its words: "a second followed in Oslo in June 2031")
        drafts.push(pairDraft(doc, box, repeated, d, { start: prior.span.end + another.index, end: d.span.end }, '+events/another'));
        continue;
      }
    }
    // "Riga, 4 May 2031 – the fifth summit, chaired by X, adopted a plan; the leaders signed a
    // treaty": a date that heads a list item dates each clause of the item.
    const headed = headingDate(text, box, d);
    if (headed) {
      const picked: TriggerMention[] = [];
      for (const clause of headed) {
        const own = dates.some((o) => o !== d && contains(clause, o.span));
        const inClause = box.triggers.filter((t) => contains(clause, t.span) && !claimed.has(t) && !isNegated(text, t));
        // (a clause with a date of its own gives the heading only its first word, before that date)
        if (own) {
          for (const t of inClause) if (!dates.some((o) => o !== d && contains(clause, o.span) && o.span.end <= t.span.start)) claimed.add(t);
        } else for (const t of inClause) claimed.add(t);
        const strong = inClause.filter((t) => weightOf(t) >= 2 && t.eventType !== 'other');
        // (a clause whose only happening is of kind other, "– a Danish firm selected to design
        // the bridge", gives that one; not one it is dated from: "– two years after a storm")
        const first =
          strong[0] ??
          inClause.find((t) => weightOf(t) >= 2 && !/\b(?:after|before|since|until)\s+(?:(?:the|a|an)\s+)?$/i.test(text.slice(Math.max(0, t.span.start - 20), t.span.start)));
        if (!first || (own && dates.some((o) => o !== d && contains(clause, o.span) && o.span.end <= first.span.start))) continue;
        const mine = [first];
        // further predicates of the clause's subject ("the summit, chaired by X, adopted a plan")
        for (const t of strong) {
          if (mine.includes(t) || mine.some((c) => c.eventType === t.eventType || sameHappening(c, t))) continue;
          if (mine.some((c) => listedPredicate(text, c, t))) mine.push(t);
        }
        picked.push(...mine);
      }
      // A run of list items of meetings ("Riga, 4 May – first meeting of the board"; "Oslo,
      // 9 June – ministers agreed the route"): an item right after a meeting item, with no
      // meeting word of its own, is one more meeting (its head names the place), besides what
      // was decided there.
      const prevItem = LIST_MEETINGS.get(doc);
      const hasMeeting = box.triggers.some((t) => t.eventType === 'meeting' && t.span.start >= d.span.end);
      const place = /\p{Lu}[\p{L}'’.-]*(?:[\s-]+\p{Lu}[\p{L}'’.-]*){0,2}/u.exec(text.slice(box.span.start, d.span.start));
      let implied: TriggerMention | null = null;
      if (prevItem?.meeting && !hasMeeting && place && picked.length > 0 && prevItem.end <= box.span.start && /^[\s*_>-]*$/.test(text.slice(prevItem.end, box.span.start))) {
        const start = box.span.start + place.index;
        implied = { kind: 'trigger', span: { start, end: start + place[0].length }, text: place[0], ruleId: 'events/meeting/list-item', eventType: 'meeting', planned: false };
        picked.unshift(implied);
      }
      LIST_MEETINGS.set(doc, { end: box.span.end, meeting: hasMeeting || picked.some((t) => t.eventType === 'meeting') });
      if (picked.length > 0) {
        bestOf.set(d, picked[0]!);
        for (const t of picked) {
          drafts.push(
            newDraft({
              secondary: t !== picked[0],
              trigger: t,
              date: d,
              dateValue: d.date!,
              sentence: box,
              scope: box.span,
              from: null,
              anchor: t === implied ? union(t.span, d.span) : t === picked[0] && t.span.start - d.span.end <= 120 ? union(d.span, t.span) : t.span,
              rule: `${t.ruleId}+${d.ruleId}+events/heading-date`,
              planned: t.planned || isFuture(d.date!, doc.documentDate.value),
            }),
          );
        }
        continue;
      }
    }
    const citation = isCitationDate(text, d, box);
    // (where a plan complement that holds this date opens after a past happening, or -1)
    const planAt = box.triggers.some((t) => !claimed.has(t) && !isNegated(text, t) && planComplement(text, t, d)) ? PLAN_HELD.get(d)!.start : planOpener(text, box, d);
    /** A trigger before the plan's opener (but the noun a reduced relative describes), or after its date past a comma. */
    const heldFrom = (t: TriggerMention) =>
      planAt >= 0 &&
      ((t.span.end <= planAt && !(!PAST_VERB_RE.test(t.text.split(/\s+/)[0]!) && /^\s*,?\s*$/.test(text.slice(t.span.end, planAt)) && !(t.ruleId === 'events/agreement/document' && /^to\s+(?!be\b)/i.test(text.slice(planAt, planAt + 6))))) ||
        (t.span.start >= d.span.end && /[,;:]/.test(text.slice(d.span.end, t.span.start))));
    // (the plan gives a row of its own only when it took the date from a happening that would
    // have had it: see `planDraft`)
    if (
      planAt >= 0 &&
      box.triggers.some((t) => {
        if (!heldFrom(t) || claimed.has(t) || isNegated(text, t)) return false;
        const sc = score(t, d);
        return sc > -Infinity && !dates.some((o) => o !== d && score(t, o) >= sc);
      })
    ) {
      PLAN_DISPLACED.add(d);
    }
    const usable = box.triggers.filter(
      (t) =>
        !claimed.has(t) &&
        // (the last item of a parenthesised list: only what follows the parenthesis)
        !(listTrigger && t.span.start <= d.span.start) &&
        !isNegated(text, t) &&
        // "X told them that on 2 May the parties agreed ...": that date is not the telling's.
        !(t.eventType === 'statement' && !citation && reports(text, t, d)) &&
        !agreesThat(text, t, d) &&
        // ("signed a deal, which is due to enter into force in 2031": the date is the plan's, and
        // no word before the plan's opener takes it, but the noun a reduced relative describes:
        // "the summit, planned for 2031")
        !heldFrom(t) &&
        // (", a step that had been blocked since 2021": the date of a relative clause's own verb)
        !(t.span.end <= d.span.start && ownRelativeClause(text, t, d)) &&
        !(t.eventType === 'economic' && nextToFigure(text, t, box) && !measuredFlow(text, t, d, box)) &&
        // ("have argued since the 1970s, when the union collapsed": only the when-clause happened then)
        !(t.span.start < d.span.start && /X$/.test(d.date!.value) && /\bsince\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, d.span.start - 12), d.span.start)) && /^\s*,\s*when\s/i.test(text.slice(d.span.end, d.span.end + 8))) &&
        // ("deployed on 6 May and withdrawn two weeks later": the second predicate is the offset's)
        !dates.some((o) => o !== d && t.span.start >= d.span.end && o.span.start >= t.span.end && laterPredicate(text, box, d, o)),
    );
    let best: TriggerMention | null = null;
    let bestScore = -Infinity;
    // A citation's date dates only what was said there (the speech, and a visit it was made on).
    const pool = citation ? usable.filter((t) => t.eventType === 'statement') : usable;
    // Generic words ("took place", "relations", "increased") only when nothing specific is near.
    for (const pass of [2, 1]) {
      for (const t of pool) {
        if (weightOf(t) < pass) continue;
        const s = score(t, d);
        if (s > bestScore) {
          bestScore = s;
          best = t;
        }
      }
      if (best && bestScore > 0) break;
    }
    if (!best || bestScore === -Infinity || (listTrigger && bestScore <= 0)) {
      if (!listTrigger && (!best || bestScore === -Infinity)) unpaired.push(d);
      continue;
    }
    // A poor pairing with a trigger that lies between this date and a closer one: that trigger
    // is the other date's ("invested since 1990, and a list was agreed in 1995").
    const inBetween = (o: DateMention) =>
      (d.span.end <= best!.span.start && best!.span.end <= o.span.start) || (o.span.end <= best!.span.start && best!.span.end <= d.span.start);
    if (bestScore < 0 && dates.some((o) => o !== d && inBetween(o) && gap(best!.span, o.span) < gap(best!.span, d.span))) {
      unpaired.push(d);
      continue;
    }
    bestOf.set(d, best);
    const chosen = [best];
    const occasions = new Set<TriggerMention>();
    const sharedWords = new Map<TriggerMention, Span>();
    /** Triggers dated by `sharedDate`: 'later' for the happening that came after the dated one. */
    const sharedOf = new Map<TriggerMention, 'own' | 'later'>();
    // A date right before its noun ("a 1911 agreement", "the June 1950 visit") dates that noun only.
    // (not past a comma: "held on 3 May 2031, upgraded relations")
    // (and only after a determiner: "on 3 May 2031 set up a fund" is a verb after its date)
    const premodifies =
      best.span.start >= d.span.end &&
      best.span.start - d.span.end <= 2 &&
      /^\s*$/.test(text.slice(d.span.end, best.span.start)) &&
      /\b(?:a|an|the|its|their|his|her|this|that|these|those|our)\s+$/i.test(text.slice(Math.max(0, d.span.start - 12), d.span.start));
    // A second happening on the same date, in the same clause: a visit, meeting, agreement or
    // statement next to another of them ("on her trip on 4 April, she told reporters"), a strong phrase
    // of another kind ("ties thawed once X took office in 1999"), or what a named person or
    // body said on the occasion ("amid the 2003 riots, the envoy urged ...").
    for (const t of usable) {
      if (premodifies || chosen.length >= 2) break;
      // (a weak occasion word, "COP9", counts when it names the occasion of the date: "signed on
      // 2 May 2031 at COP9")
      if (t === best || (weightOf(t) < 2 && !(t.eventType === 'meeting' && best.eventType !== 'meeting' && occasionWithDate(text, t.span, d.span))) || (citation && t.eventType !== 'visit')) continue;
      // Two changes of trade or traffic in coordinated clauses ("the port handled 2 million
      // tonnes, and freight on the line rose by 9 percent") are two economic events.
      const twoVolumes = t.eventType === 'economic' && best.eventType === 'economic' && coordinatedClauses(text, best, t);
      // Two predicates of one subject ("met in Oslo on 2 May 1990 and adopted a charter").
      // ... unless the later predicate has a date of its own further on ("... in 1990 and
      // declared X during the visit of 2 May 1995").
      const twoPredicates =
        !twoVolumes &&
        coordinatedPredicates(text, best, t) &&
        !(t.span.start > d.span.end && dates.some((o) => o.span.start >= t.span.end && cost(t.span, o.span) < 40 && gap(t.span, o.span) <= MAX_DISTANCE));
      // (one date for two clauses: ", and the passes were reopened"; "after the floods of May 2010, X agreed")
      // (not for a pair that shares a date anyway, a meeting and its signing: see COMBINABLE)
      const pairable = COMBINABLE.has(best.eventType) && COMBINABLE.has(t.eventType);
      const shared = !twoVolumes && !twoPredicates && !pairable && weightOf(t) >= 2 && !citation ? sharedDate(text, box, best, t, d, dates) : null;
      if (shared && !chosen.some((c) => c.eventType === t.eventType || sameHappening(c, t))) {
        if (dates.some((o) => o !== d && score(t, o) > score(t, d))) continue;
        chosen.push(t);
        if (shared === 'coordinated') {
          sharedOf.set(t, 'later');
          // (its words: its own clause, from after ", and")
          const cut = text.lastIndexOf(', and', t.span.start);
          sharedWords.set(t, { start: cut + 2 + (/^and\s+/.exec(text.slice(cut + 2))?.[0].length ?? 0), end: t.span.end });
        } else {
          // (the noun's words run to the date; the predicate's are its own clause, after the phrase)
          const pred = t.span.start >= d.span.end ? t : best.span.start >= d.span.end ? best : null;
          const noun = pred === t ? best : t;
          if (pred) {
            sharedOf.set(pred, 'later');
            sharedOf.set(noun, 'own');
            const comma = text.indexOf(',', d.span.end);
            if (comma >= 0 && comma < pred.span.start) sharedWords.set(pred, { start: comma + 1 + (/^\s*/.exec(text.slice(comma + 1))![0].length), end: pred.span.end });
          }
          sharedWords.set(noun, union(noun.span, d.span));
        }
        continue;
      }
      if (!twoVolumes && (t.eventType === 'other' || chosen.some((c) => c.eventType === t.eventType || sameHappening(c, t)))) continue;
      if (t.eventType === 'statement' && reports(text, t, d)) continue;
      // (a date inside a relative clause with a happening of its own is not this one's)
      if (t.span.end <= d.span.start && ownRelativeClause(text, t, d)) continue;
      const spoken = t.eventType === 'statement' && hasSpeaker(t, box);
      // "at the Kazan summit of the Union on 2 May 2005 it left the customs pact", "signed on 2 May
      // 2031 at COP9 in Riga": an occasion named with the date is a meeting that day.
      const namedOccasion = t.eventType === 'meeting' && best.eventType !== 'meeting' && occasionWithDate(text, t.span, d.span);
      const combinable = (COMBINABLE.has(best.eventType) && COMBINABLE.has(t.eventType)) || twoVolumes || twoPredicates || namedOccasion;
      if (!combinable && !spoken && weightOf(t) < 3) continue;
      const reach = citation ? 240 : spoken ? 160 : weightOf(t) >= 3 || twoVolumes ? 120 : 90;
      const maxCost = citation ? 120 : spoken ? 70 : twoVolumes ? 70 : 40;
      // ("In May 2019 a delegation led by the deputy mayor visited Lyon and agreed ...": a predicate
      // joined by "and" to the chosen one is as near as it)
      const joined = COMBINABLE.has(best.eventType) && COMBINABLE.has(t.eventType) && t.span.start > best.span.end && best.span.start > d.span.end && coordinatedPredicates(text, best, t);
      if ((gap(t.span, d.span) > reach && !(joined && gap(t.span, best.span) <= reach)) || cost(t.span, d.span) >= maxCost) continue;
      const sc = score(t, d);
      // "signed on 2 May 2031 in Riga, on the sidelines of the fifth summit": the occasion it
      // happened at took place that day too.
      const occasion =
        namedOccasion ||
        (t.eventType === 'meeting' &&
          t.span.start >= d.span.end &&
          /\b(?:on\s+the\s+(?:sidelines|margins|fringes)\s+of|during|at)\s+(?:the|a|an)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu.test(text.slice(d.span.end, t.span.start)));
      if (!spoken && !occasion && sc < bestScore - (twoPredicates || twoVolumes ? 130 : 80)) continue;
      if (occasion && t.span.start >= d.span.end) occasions.add(t);
      // It must not belong rather to another date of the sentence.
      // (A date that already names a happening of this kind does not claim a second one:
      // "ties upgraded to a partnership in 1990 and a new partnership declared on 2 May 1995".)
      const claims = (o: DateMention) => !(bestOf.get(o) && bestOf.get(o) !== t && bestOf.get(o)!.eventType === t.eventType);
      // (not a deadline of what was agreed: "agreed ... to reopen it by 2031")
      if (dates.some((o) => o !== d && claims(o) && !agreesThat(text, t, o) && score(t, o) > sc)) continue;
      chosen.push(t);
    }
    // "... on 31 May 2031, when the premier hosted two neighbours for a summit": the when-clause
    // right after a date tells a happening on that date too (one per kind, its first word).
    const whenWords = new Map<TriggerMention, Span>();
    if (!premodifies && !citation) {
      const w = /^\s*,?\s*when(?:\s*,\s*|\s+)/i.exec(text.slice(d.span.end, Math.min(box.span.end, d.span.end + 12)));
      if (w) {
        const before = chosen.length;
        const namesWhen = best.span.end <= d.span.start && NAMES_WHEN_RE.test(text.slice(best.span.end, d.span.start));
        const from = d.span.end + w[0].length;
        let end = box.span.end;
        const stop = /[;:—–]|,\s+(?:and|but|while|whereas|which)\b/i.exec(text.slice(from, end));
        if (stop) end = from + stop.index;
        const nextDate = dates.find((o) => o.span.start >= from && o.span.start < end);
        if (nextDate) end = nextDate.span.start;
        for (const t of usable) {
          if (t.span.start < from || t.span.end > end || weightOf(t) < 2 || t.eventType === 'other') continue;
          if (chosen.includes(t) || chosen.some((c) => !(namesWhen && c === best) && (c.eventType === t.eventType || sameHappening(c, t)))) continue;
          // ("when the presidents agreed to set up a council": what was agreed is no happening of its own)
          if (chosen.some((c) => c.span.end <= t.span.start && /^\s+to\s+$/i.test(text.slice(c.span.end, t.span.start)))) continue;
          chosen.push(t);
          // (its words run from "when" to the trigger for the first one, its trigger for the next)
          whenWords.set(t, whenWords.size === 0 ? { start: d.span.end + w[0].search(/when/i), end: t.span.end } : t.span);
        }
        // "The first clash came in May 1931, when ...": a noun that only names what the
        // when-clause tells ("came", "occurred") is no happening of its own.
        const named = chosen.indexOf(best);
        if (chosen.length > before && named >= 0 && namesWhen) {
          chosen.splice(named, 1);
        }
      }
    }
    for (const t of chosen) {
      // A change or volume covers its figure; a second one in its own clause is trigger and figure.
      const fig = volumeFigure(text, t, box);
      const own = t !== best && best.eventType === 'economic' && t.eventType === 'economic';
      // (an occasion named after the date, "on the sidelines of the fifth summit", is its own words)
      let core = own || occasions.has(t) ? t.span : (whenWords.get(t) ?? sharedWords.get(t) ?? union(t.span, d.span));
      // (the predicate of a subject the date belongs to, past an apposition: "X's visit on 9-10 May
      // 2018, the first in years, produced 27 documents": its words are its own)
      if (t !== best && best.span.end <= d.span.start && t.span.start >= d.span.end && /^\s*,[^,;]{3,80},\s*$/.test(text.slice(d.span.end, t.span.start))) core = t.span;
      // ("On 2 May the ministers met in Riga and signed a road map": the second predicate after
      // the date is its own words; the first one's run from the date)
      if (chosen.some((c) => c !== t && c.span.start >= d.span.end && c.span.end <= t.span.start && coordinatedPredicates(text, c, t))) {
        // (with its object: "signed a road map for a railway"; past a partner set off by commas:
        // "signed, with the mayor of Porto, a charter on ferries")
        const rest = text.slice(t.span.end, box.span.end);
        const aside = /^,\s+(?:(?:together|jointly)\s+)?(?:with|alongside)\s+[^,;:.()]{1,80},/i.exec(rest)?.[0] ?? '';
        const object = aside + /^(?:\s+[^\s,;.:()]+){0,5}/.exec(rest.slice(aside.length))![0];
        core = { start: t.span.start, end: t.span.end + object.length };
      }
      // ("the envoys met in Riga in May 2030 to discuss the route, and agreed to set up a board":
      // a second predicate past the date and a ", and" is its own words, from "and")
      if (
        chosen.some((c) => c !== t && c.span.end <= d.span.start) &&
        t.span.start >= d.span.end &&
        /^[^;:.()—–]{0,80},\s+and\s+(?:then\s+|also\s+|later\s+)?$/.test(text.slice(d.span.end, t.span.start)) &&
        PAST_VERB_RE.test(t.text.split(/\s+/)[0]!)
      ) {
        const object = /^(?:\s+[^\s,;.:()]+){0,5}/.exec(text.slice(t.span.end, box.span.end))![0];
        core = { start: text.lastIndexOf('and', t.span.start), end: t.span.end + object.length };
      }
      // A second happening whose date lies beyond the first one's trigger ("declared a
      // partnership during the state visit on 2 May"): its words run up to that trigger.
      // (so does a trip to an occasion: "travelled to Riga for the first summit on 2 May")
      const during = (x: Span, y: Span) =>
        /\b(?:during|amid|in\s+the\s+course\s+of|on\s+the\s+occasion\s+of)\b/i.test(text.slice(x.end, y.start)) ||
        (t.eventType === 'visit' && best.eventType === 'meeting' && /\b(?:for|to\s+attend|to\s+join)\s+(?:the|a|an)\b/i.test(text.slice(x.end, y.start)));
      if (t !== best && t.span.end <= best.span.start && best.span.end <= d.span.start && during(t.span, best.span)) {
        core = { start: t.span.start, end: best.span.start };
      }
      const x = pairDraft(doc, box, t, d, fig ? union(core, fig.span) : core, sharedOf.has(t) ? '+events/shared-date' : '', { secondary: t !== best });
      // (a happening dated only by a neighbouring clause, or after the dated one, is known to
      // the month of a day, the year of a month: "..., and the crossings were closed")
      if (sharedOf.get(t) === 'later') x.dateValue = coarser(x.dateValue);
      drafts.push(x);
    }
  }
  for (const d of unpaired) {
    if (drafts.some((x) => x.date === d)) continue;
    // (the verbs of happenings another date of the sentence took are not this date's)
    const taken = drafts.filter((o) => o.date && o.date !== d).map((o) => o.trigger.span);
    // (a plan complement's date: its own row, else a fallback verb inside the complement)
    // (a fallback verb before the complement would have taken it: the plan's row stands in)
    const held = PLAN_HELD.get(d);
    const fb = fallbackDraft(doc, box, d, taken);
    const x = held ? planDraft(doc, box, d, !!fb && fb.trigger.span.start < held.start) ?? (fb && fb.trigger.span.start >= held.start ? fb : null) : fb;
    if (x) drafts.push(x);
  }
  // Several dated events in one sentence: each gets the part of the sentence around its own
  // trigger and date, cut at the clause break between it and its neighbours. (The later members
  // of a date series share their first member's part, see below.)
  const followers = drafts.filter((x) => x.rule.endsWith('+events/series'));
  const items = drafts.filter((x) => x.rule.endsWith('+events/list-item'));
  const heads = drafts.filter((x) => !followers.includes(x) && !items.includes(x));
  const uniqueDates = [...new Set(heads.map((x) => x.date!))];
  const anchors = uniqueDates.map((d) => {
    const mine = heads.filter((x) => x.date === d);
    return mine.reduce((sp, x) => {
      // A trigger reused from an earlier clause that has a date of its own ("X ratified it in
      // May, and Y followed in June"): this date's part starts at its own clause.
      // (so is one with no word of its own: "X declared independence on 2 May and Y on 9 June")
      const earlier = uniqueDates.find(
        (o) =>
          o !== d &&
          x.trigger.span.end <= o.span.start &&
          o.span.end <= d.span.start &&
          (ELLIPTIC_RE.test(text.slice(o.span.end, d.span.start)) ||
            (!box.triggers.some((t) => t.span.start >= o.span.end && t.span.end <= d.span.start) &&
              box.entities.some((e) => ACTOR_KINDS.has(e.entityKind) && e.span.start >= o.span.end && e.span.end <= d.span.start))),
      );
      if (earlier) {
        const cut = clauseCut(text, earlier.span.end, d.span.start);
        return union(sp, { start: Math.min(cut, d.span.start), end: d.span.end });
      }
      return union(sp, x.trigger.span);
    }, d.span);
  });
  if (anchors.length > 1) {
    uniqueDates.forEach((d, k) => {
      const a = anchors[k]!;
      const prev = anchors
        .filter((_, j) => j !== k)
        .filter((o) => o.end <= a.start)
        .reduce((m, o) => Math.max(m, o.end), -1);
      const next = anchors
        .filter((_, j) => j !== k)
        .filter((o) => o.start >= a.end)
        .reduce((m, o) => Math.min(m, o.start), Infinity);
      const scope = {
        start: prev < 0 ? box.span.start : clauseCut(text, prev, a.start),
        end: next === Infinity ? box.span.end : clauseCut(text, a.end, next),
      };
      for (const x of heads) if (x.date === d) x.scope = scope;
    });
  }
  for (const f of followers) {
    const lead = heads.find((x) => x.trigger === f.trigger && x.series === f.series);
    if (lead) f.scope = union(lead.scope, f.item!);
  }
  // One trigger dated twice in its clause, once finely and once vaguely ("on 6 May 2031, the
  // summit held earlier this month"): one happening, at the finer date.
  return drafts.filter(
    (x) =>
      !drafts.some(
        (o) =>
          o !== x &&
          o.trigger === x.trigger &&
          o.date !== x.date &&
          x.dateValue.granularity !== 'range' &&
          o.dateValue.start >= x.dateValue.start &&
          o.dateValue.end <= x.dateValue.end &&
          (o.dateValue.start !== x.dateValue.start || o.dateValue.end !== x.dateValue.end) &&
          !o.rule.endsWith('+events/series') &&
          !x.rule.endsWith('+events/series'),
      ),
  );
}

/**
 * Fallback (`events/fallback/<class>`): a date that passed every test of a date of a happening
 * but that no trigger took, in a clause whose own verb tells a happening by its grammatical form
 * (occasion.ts `fallbackVerb`: a present perfect, a past passive, a participle with its agent,
 * a finite past verb after its subject, or a plan), is that verb's happening. Its type comes from
 * the verb's broad class (else 'other'); its words run from the clause's start to the verb or
 * date. Not: a date in a notes list, in a quotation or a name, the brief's own date on a short
 * line, a future date told in the past, a figure's period (a verb beside a figure that is no
 * change), a background "since" (no change), a clause with a trigger of its own.
 */
/**
 * The classes that give events (measured on the development sets: a figure's period and a
 * background "since" without change are right less than half of the time, so they stay off).
 */
const FALLBACK_CLASSES: ReadonlySet<string> = new Set([
  'perfect',
  'perfect-beside',
  'passive',
  'passive-beside',
  'by',
  'by-beside',
  'past',
  'past-beside',
  'plan',
  'plan-beside',
  'plan-past',
  'plan-past-beside',
]);
const NOTES_HEADING_RE = /^\W*(?:notes|endnotes|footnotes|references|sources|bibliography|further\s+reading)\b/i;

/** Whole-word forms of the lexicon's entries, heaviest first (compiled at first use). */
let LEXICON_WORDS: { re: RegExp; type: EventType }[] | null = null;
/** lexiconType's answers by word (a verb recurs across a corpus; the scan is over every entry). */
const LEXICON_TYPE = new Map<string, EventType | null>();

/** The type of the heaviest lexicon entry one of whose patterns is exactly this word, or null. */
function lexiconType(word: string): EventType | null {
  LEXICON_WORDS ??= [...TRIGGERS]
    .sort((a, b) => b.weight - a.weight)
    .flatMap((e) => e.patterns.filter((p) => !/\s/.test(p)).map((p) => ({ re: new RegExp(`^(?:${p})$`, 'i'), type: e.type })));
  let type = LEXICON_TYPE.get(word);
  if (type === undefined) {
    type = LEXICON_WORDS.find((x) => x.re.test(word))?.type ?? null;
    LEXICON_TYPE.set(word, type);
  }
  return type;
}

/**
 * A sentence with dates but no trigger, where the fallback may find a verb (else it is passed
 * over); or one with no date that says "that evening" (dayReference may date its own verb).
 */
function fallbackReady(doc: ExtractedDoc, box: SentenceBox): boolean {
  if (box.triggers.length > 0) return false;
  if (box.dates.length === 0 && dayReferenceIn(doc.text.slice(box.span.start, box.span.end))) return true;
  return box.dates.some((d) => fallbackVerb(doc.text, box.span, d.span) !== null);
}

function fallbackDraft(doc: ExtractedDoc, box: SentenceBox, d: DateMention, taken: Span[] = []): Draft | null {
  const text = doc.text;
  const sentence = doc.sentences[box.index];
  const heading = sentence && doc.sections[sentence.section]?.heading;
  if (heading && NOTES_HEADING_RE.test(heading)) return null;
  if (quotedSpans(text, box.span).some((q) => contains(q, d.span))) return null;
  if (box.entities.some((e) => NAME_KINDS.has(e.entityKind) && contains(e.span, d.span))) return null;
  if (isCitationDate(text, d, box)) return null;
  const lineStart = text.lastIndexOf('\n', d.span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', d.span.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (doc.documentDate.value && d.date!.value === doc.documentDate.value && line.trim().length < 80) return null;
  const names = box.entities.filter((e) => NAME_KINDS.has(e.entityKind) || e.entityKind === 'person').map((e) => e.span);
  const v = fallbackVerb(text, box.span, d.span, [...names, ...taken]);
  if (!v) return null;
  const planned = v.cls === 'plan';
  const future = isFuture(d.date!, doc.documentDate.value);
  if (future && !planned) return null;
  // ("intensified after 2022", "until 2026": a happening told relative to the date, not at it)
  if (/\b(?:after|before|until|till|following|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i.test(text.slice(Math.max(0, d.span.start - 24), d.span.start))) return null;
  // ("has fallen from a peak of 823,000 barrels in 2010": the level a change starts from)
  if (/\bfrom\s+[^,;:]{0,40}?\d[\d.,]*\s*(?:[\p{L}%]+\s+){0,4}(?:in|on|during)\s+$/iu.test(text.slice(Math.max(box.span.start, d.span.start - 80), d.span.start))) return null;
  // (a notes line, "3 Statement quoted by the agency, August 2018"; a season without a year,
  // "released water in summer", tells a habit)
  if (/^\s*\d{1,3}\s+\p{Lu}/u.test(line) || !/\d/.test(d.text) && /^(?:in\s+)?(?:the\s+)?(?:spring|summer|autumn|fall|winter)$/i.test(d.text.trim())) return null;
  let cls: string = v.cls;
  if (planned && !future) cls = 'plan-past';
  // ("grew between 2017 and 2023": a span of years with a past verb is a trend's period)
  if (cls === 'past' && d.date!.granularity === 'range') cls += '-range';
  const since = /\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i.test(text.slice(Math.max(0, d.span.start - 24), d.span.start));
  if (since && !v.change) cls += '-since';
  // (a verb the resolver set aside as a trigger, "invested $5 million", is not taken again)
  if (box.triggers.some((t) => spansOverlap(t.span, v.span))) return null;
  // (a duration inside a date, "two days later", is no figure of the clause)
  const figure = box.figures.some((f) => contains(v.clause, f.span) && !box.dates.some((o) => contains(o.span, f.span)));
  if (!v.change && (figure || QUANTITY_RE.test(text.slice(v.clause.start, v.clause.end)))) cls += '-figure';
  if (box.triggers.some((t) => contains(v.clause, t.span))) cls += '-beside';
  if (!FALLBACK_CLASSES.has(cls)) return null;
  const t: TriggerMention = { kind: 'trigger', span: v.span, text: v.text, ruleId: `events/fallback/${cls}`, eventType: fallbackEventType(text, v), planned };
  // (from the date to the verb, as a trigger's row runs: a clause's start may lie past a heading
  // that a page's layout ran into the sentence)
  const anchor = { start: Math.min(d.span.start, v.span.start), end: Math.max(v.span.end, d.span.end) };
  const x = pairDraft(doc, box, t, d, anchor);
  if (since && doc.documentDate.value) {
    const endYear = doc.documentDate.value.slice(0, 4);
    const dv = d.date!;
    if (dv.granularity !== 'range' && endYear > dv.start.slice(0, 4)) x.dateValue = { value: `${dv.value}/${endYear}`, start: dv.start, end: `${endYear}-12-31`, granularity: 'range', inferred: true };
  }
  return x;
}

/**
 * A date that heads a list item or paragraph ("Riga, 4 May 2031 – the fifth summit ...", "4 May
 * 2031: the leaders met"): only a place name and punctuation before it, a dash or colon after
 * it. Returns the item's clauses after the dash (split at ";"), or null.
 */
function headingDate(text: string, box: SentenceBox, d: DateMention): Span[] | null {
  const before = text.slice(box.span.start, d.span.start);
  if (!/^[\s*_#>-]*(?:\p{Lu}[\p{L}'’.-]*(?:[\s-]+\p{Lu}[\p{L}'’.-]*){0,2}\s*,\s*)?$/u.test(before)) return null;
  if (box.triggers.some((t) => t.span.end <= d.span.start)) return null;
  const dash = /^[\s*_]*(?:[–—:]|\s-\s)\s*/.exec(text.slice(d.span.end, Math.min(box.span.end, d.span.end + 8)));
  if (!dash) return null;
  const out: Span[] = [];
  let start = d.span.end + dash[0].length;
  const body = text.slice(start, box.span.end);
  for (const m of body.matchAll(/;/g)) {
    const end = d.span.end + dash[0].length + m.index;
    out.push({ start, end });
    start = end + 1;
  }
  out.push({ start, end: box.span.end });
  return out;
}

/**
 * Dates that continue a list after the first one ("(in Riga in May 2019, in Tallinn in June
 * 2020 and in Vilnius in July 2021)"): each later date with the date it follows first in its
 * list, its index, and the items (the words of each member: "in Tallinn in June 2020").
 * Members are joined by ",", ";" or "and", each with at most a short place phrase, and no
 * trigger between them.
 */
function dateSeries(text: string, box: SentenceBox, dates: DateMention[]): Map<DateMention, { leader: DateMention; index: number; items: Span[] }> {
  const out = new Map<DateMention, { leader: DateMention; index: number; items: Span[] }>();
  const JOINT = /^\s*(?:,\s*(?:and\s+)?(?:(?:most\s+recently|the\s+latest|latest|last|again|then|also)\s+)?|;\s*|\s+and\s+)((?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:in|on|at)?\s*)$/u;
  let i = 0;
  while (i < dates.length) {
    const chain = [dates[i]!];
    const starts: number[] = [];
    let j = i + 1;
    for (; j < dates.length; j++) {
      const a = chain[chain.length - 1]!;
      const b = dates[j]!;
      const between = text.slice(a.span.end, b.span.start);
      const m = JOINT.exec(between);
      if (!m || box.triggers.some((t) => t.span.start >= a.span.end && t.span.end <= b.span.start)) break;
      // "visited A on 2 May, and on 9 June the first summit was held": a date with a happening
      // of its own right after it (before the next date or a clause break) starts a new clause.
      const next = dates[j + 1];
      const rest = text.slice(b.span.end, next ? next.span.start : box.span.end);
      const cut = /[,;:()]/.exec(rest);
      const ownEnd = b.span.end + (cut ? cut.index : rest.length);
      if (box.triggers.some((t) => t.span.start >= b.span.end && t.span.end <= ownEnd && t.span.start - b.span.end <= 80 && (WEIGHT.get(t.ruleId) ?? 1) >= 2)) break;
      chain.push(b);
      starts.push(b.span.start - m[1]!.length);
    }
    if (chain.length > 1) {
      // The first item starts after "(" or ":" or the trigger words before the first date.
      const first = chain[0]!;
      const before = text.slice(Math.max(box.span.start, first.span.start - 40), first.span.start);
      // (its place phrase only when the later items have their own: "changes in A in 2005 and
      // 2010" share A)
      const placed = starts.some((st, k) => st < chain[k + 1]!.span.start - 4);
      const pm = !placed ? null : /(?:^|[(:,]\s*|\s)((?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:in|on|at)?\s*)$/u.exec(before);
      const firstStart = first.span.start - (pm ? pm[1]!.length : 0);
      const items = [{ start: firstStart, end: first.span.end }, ...chain.slice(1).map((d, k) => ({ start: starts[k]!, end: d.span.end }))];
      chain.slice(1).forEach((d, k) => out.set(d, { leader: first, index: k + 1, items }));
    }
    i = j;
  }
  return out;
}

/**
 * Where the part of one happening ends and the next one's begins, between positions `from` and
 * `to`: at the strongest clause break between them (";", then a comma and a conjunction
 * (", and in 2005 ..."), then a comma), else halfway. "Ann went to Rome on 2 May, and Bo
 * attended a summit in Oslo on 9 May": Bo belongs to the summit, not to the trip.
 */
function clauseCut(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  for (const re of [/;/, /,\s+(?:and|but|while|whereas|although|though|yet)\b/i, /,/, /\s(?:and|while|whereas)\s/i]) {
    const m = re.exec(part);
    if (m) return from + m.index + 1;
  }
  return Math.floor((from + to) / 2);
}

function inferredDraft(box: SentenceBox, t: TriggerMention, source: Draft, rule: string, anchor: Span): Draft {
  return newDraft({
    trigger: t,
    date: null,
    dateValue: { ...source.dateValue, inferred: true },
    sentence: box,
    scope: box.span,
    from: source,
    rule: `${t.ruleId}+${rule}`,
    planned: t.planned,
    anchor,
  });
}

function strongest(pool: TriggerMention[], near: Span): TriggerMention | null {
  let best: TriggerMention | null = null;
  let bestScore = -Infinity;
  for (const t of pool) {
    const s = weightOf(t) * 40 - gap(t.span, near);
    if (s > bestScore) {
      bestScore = s;
      best = t;
    }
  }
  return best;
}

/**
 * "In 1950, X toured Y, and since then, more tours have followed": the happening
 * after "since then" runs from the event before it to the time of writing (inferred).
 */
function sinceThen(doc: ExtractedDoc, box: SentenceBox, mine: Draft[]): Draft[] {
  const text = doc.text.slice(box.span.start, box.span.end);
  const m = SINCE_THEN_RE.exec(text);
  const docDate = doc.documentDate.value;
  if (!m || !docDate) return [];
  const at = box.span.start + m.index + m[0].length;
  const before = mine.filter((x) => x.anchor.end <= at);
  const source = before[before.length - 1];
  if (!source) return [];
  const after = box.triggers.filter((t) => t.span.start >= at && weightOf(t) >= 2 && !mine.some((x) => x.trigger === t));
  const best = strongest(after, { start: at, end: at });
  if (!best) return [];
  const endYear = docDate.slice(0, 4);
  const x = inferredDraft(box, best, source, 'events/since-then', { start: at - m[0].length, end: best.span.end });
  const startValue = source.dateValue.value.split('/')[0]!;
  x.dateValue = {
    value: `${startValue}/${endYear}`,
    start: source.dateValue.start,
    end: `${endYear}-12-31`,
    granularity: 'range',
    inferred: true,
  };
  return [x];
}

/** What ties a clause to the happening before it: a colon, "at which", "during which", "where". */
const SAME_OCCASION_RE = /:|\b(?:at|during|in\s+the\s+course\s+of|on)\s+which\b|,\s*where\b/i;

/**
 * "X paid a visit to Y on 2 May 2019: nine accords were signed in Z" / "... a state visit on 2 May,
 * at which the two leaders also signed a treaty": a happening in a clause that hangs on a dated
 * one, with no date of its own, took place on the same occasion (its date, inferred).
 */
function sameOccasion(doc: ExtractedDoc, box: SentenceBox, mine: Draft[]): Draft[] {
  const text = doc.text;
  const out: Draft[] = [];
  for (const t of box.triggers) {
    if (mine.some((x) => x.trigger === t) || weightOf(t) < 2 || !COMBINABLE.has(t.eventType) || isNegated(text, t)) continue;
    const src = mine.filter((x) => x.date && x.anchor.end <= t.span.start).sort((a, b) => a.anchor.end - b.anchor.end).pop();
    // (a meeting held at a meeting is one of its own: "at the forum, where he held talks with X")
    if (!src || (src.trigger.eventType === t.eventType && !(t.eventType === 'meeting' && /^(?:held|had)\s/i.test(t.text)))) continue;
    const between = text.slice(src.anchor.end, t.span.start);
    let tie = -1;
    for (const m of between.matchAll(new RegExp(SAME_OCCASION_RE.source, 'gi'))) tie = src.anchor.end + m.index + (m[0] === ':' ? 1 : 0);
    if (tie < 0) continue;
    while (tie < t.span.start && /[\s,]/.test(text[tie]!)) tie++;
    // A date of its own further on in its clause is its date, not the occasion's.
    if (box.dates.some((d) => d.span.start >= t.span.end && !/[;:]/.test(text.slice(t.span.end, d.span.start)))) continue;
    if (out.some((o) => o.trigger.eventType === t.eventType)) continue;
    // (a document named by a signing already dated in its clause: "where a road map was agreed")
    if (mine.some((x) => x.trigger.eventType === t.eventType && (contains(x.anchor, t.span) || sameHappening(x.trigger, t)))) continue;
    // The row's words run from the tie ("at which", or after the colon) to the trigger.
    const anchor = t.span.start - tie <= 120 ? { start: tie, end: t.span.end } : t.span;
    out.push(inferredDraft(box, t, src, 'events/same-occasion', anchor));
  }
  return out;
}

/**
 * A sentence without a date of its own: it takes the date of an earlier event when it refers
 * back to it ("During the visit, ..."), or continues the sentence before ("In addition, ...").
 * `previous`: the events of the sentence just before (empty when it had none).
 */
/** The words after a judging verb that name a happening or document just told: "the decision", "it". */
const JUDGED_OBJECT_RE =
  /^(?:\s+(?:as\s+)?(?:[\p{L}-]+\s+){0,1}?)?\s*(?:(?:the|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,2}?(?:decisions?|deals?|agreements?|accords?|treat(?:y|ies)|moves?|steps?|renaming|accession|admission|results?|outcome|votes?|signing|declarations?|charters?|documents?|texts?|summit|meetings?|visit|talks|trip|work|plans?|launch|opening|ruling|election|appointment|move|change|news|announcement|initiative|proposal|offensive|operation|attack|incident|\p{Ll}{3,}ings?)|it|them)\b/iu;

/**
 * "The ninth congress met on 4 May 2019, when Estonia joined. Its premier called the decision a
 * turning point." (mechanism "events/reaction"): a judgement or remark of a named speaker on a
 * happening just told (a definite noun or "it" after the verb), in the sentence right after it
 * and with no date of its own, is dated by that happening.
 */
function reactionDraft(doc: ExtractedDoc, box: SentenceBox, triggers: TriggerMention[], previous: Draft[], history: Draft[] = []): Draft | null {
  // (only a happening that happened: not a plan, not a background decade)
  const told = previous.filter((x) => x.date !== undefined && x.dateValue && !x.rule.startsWith(ABSENT_PREFIX) && x.sentence.index === box.index - 1 && happenedAntecedent(doc, x)).pop() ?? null;
  const text = doc.text;
  for (const t of triggers) {
    if (t.eventType !== 'statement' || weightOf(t) < 2 || isNegated(text, t) || t.planned) continue;
    // (the object named with the verb: "described the renaming as", "called it")
    const after = text.slice(t.span.end, Math.min(box.span.end, t.span.end + 60));
    const inTrigger = /\b(?:the|this|that|it)\b/i.test(t.text.split(/\s+/).slice(1).join(' '));
    if (!inTrigger && !JUDGED_OBJECT_RE.test(after)) continue;
    // (a speaker named just before, in the same clause: a person, body or country)
    const speaker = box.entities.find((e) => ACTOR_KINDS.has(e.entityKind) && e.span.end <= t.span.start && t.span.start - e.span.end <= 60 && !/[;:.]/.test(text.slice(e.span.end, t.span.start)));
    if (!speaker) continue;
    // (a remark that looks ahead is no reaction: "said the deal would be signed in May")
    // (a year that names a noun, "broke a 1998 accord", dates that noun only)
    if (box.dates.some((d) => d.span.start >= t.span.start && !/\b(?:a|an|the|its|their|his|her|this|that)\s+$/i.test(text.slice(Math.max(0, d.span.start - 8), d.span.start)))) continue;
    // (its words: from the speaker to what is judged, "Anna Berg called the decision")
    const object = inTrigger ? null : JUDGED_OBJECT_RE.exec(after);
    // ("The EU welcomed the meeting": an occasion judged is a visit or meeting told just before,
    // else the occasion the story is about)
    let source = told;
    const judged = (inTrigger ? t.text : object?.[0]) ?? '';
    if (/\b(?:summit|meetings?|visit|talks|trip|session|forum|conference)\b/i.test(judged) && !(source && occasionOf(source))) source = storyOccasion(doc, box, history, true) ?? judgedOccasion(doc, box, history, judged);
    if (!source) continue;
    return inferredDraft(box, t, source, 'events/reaction', { start: speaker.span.start, end: t.span.end + (object ? object[0].length : 0) });
  }
  return null;
}

/**
 * "Berg described the visit as overdue" a few sentences (a list) after a dated visit: the occasion
 * judged is the last happened visit (for "visit", "trip") or meeting (for the other occasion
 * nouns) told at most eight sentences back, dated to a day, a few days or a month, in a main
 * clause, with no subheading between. Null when none.
 */
function judgedOccasion(doc: ExtractedDoc, box: SentenceBox, history: Draft[], judged: string): Draft | null {
  const kind: EventType = /\b(?:visit|trip)\b/i.test(judged) ? 'visit' : 'meeting';
  const text = doc.text;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.sentence.index >= box.index) continue;
    if (box.index - h.sentence.index > 8) return null;
    if (h.trigger.eventType !== kind || !happenedAntecedent(doc, h) || !occasionPrecise(h.dateValue)) continue;
    if (toldAsBackground(text, h.sentence.span.start, h.trigger.span) || inSubordinateClause(text, h.sentence.span.start, h.trigger.span.start)) continue;
    for (let j = h.sentence.index + 1; j < box.index; j++) {
      const sj = doc.sentences[j];
      if (sj && isSubheading(text.slice(sj.span.start, sj.span.end))) return null;
    }
    return h;
  }
  return null;
}

/** The role words that tell a speaker without a name: "the minister", "both leaders", "the two sides". */
const ROLE_WORDS =
  '(?:leaders?|presidents?|ministers?|ministry|ministries|colleagues?|counterparts?|spokes(?:man|woman|person|people)|sides|parties|delegations?|delegates|officials?|premiers?|envoys?|chancellors?|secretary-general|ambassadors?|governments?|chairm[ae]n|chairs?|hosts?|heads\\s+of\\s+state|foreign\\s+office|office|agency|council|commission)';

/** "he said", "the Danish minister told", "both leaders, in turn, stressed": a speaker told by a pronoun or a role. */
const ROLE_SPEAKER_BEFORE_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:he|she|they|(?:the|both|all\\s+the|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?${ROLE_WORDS})(?:\\s*,\\s*in\\s+turn\\s*,)?\\s+(?:(?:also|later|then|again|afterwards|repeatedly|publicly|openly|in\\s+turn)\\s+)?\\[?$`,
  'iu',
);

/** After a verb whose speaker follows: "by", and a speaker's words or office ("the statement of the", "a spokesman for"). */
const SPEAKER_VOICE = '(?:(?:a|the)\\s+)?(?:statement|words|remarks|office|press\\s+(?:office|service)|spokes(?:man|woman|person))\\s+(?:of|for)\\s+';

/** '..., said the minister', 'was repeated by the ministry': a speaker told by a role after the verb. */
const ROLE_SPEAKER_AFTER_RE = new RegExp(`^\\s+(?:by\\s+)?(?:${SPEAKER_VOICE})?(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?${ROLE_WORDS}\\b`, 'iu');

/** The words between such a verb and a named speaker: '" said Anna Berg', 'emphasized the statement of the Danish ministry'. */
const AFTER_SPEAKER_GAP_RE = new RegExp(`^(?:\\]\\([^)]*\\))?\\s+(?:by\\s+)?(?:${SPEAKER_VOICE})?(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`, 'iu');

/** A verb of saying in the past ("said", "stressed", "told"): a present "says" or "argues" is a stance of the time of writing. */
const PAST_SAYING_RE = /^(?:\p{Ll}+ed|said|told|spoke|wrote|gave|made|took|sought|drew|struck|put|held|chose|read|rang)$/u;

/** Before a verb whose speaker follows: the end of a quote ('"...," said X') or a passive ('was repeated by X'). */
const INVERTED_BEFORE_RE = /(?:[,"”’]\s*|\b(?:was|were|(?:has|have|had)\s+been)\s+(?:[\p{Ll}]+ly\s+)?)\[?$/u;

/**
 * The speaker of statement `t`: a person, body or country named just before it in the same
 * clause ("Berg, in turn, stressed"), a pronoun or role right before it ("he said", "the
 * minister told"), or, after a quote or in a passive, a name or role right after it ('"...,"
 * said Anna Berg, the minister'; 'was echoed by the ministry'). Null when none.
 */
function statementSpeaker(text: string, box: SentenceBox, t: TriggerMention): Span | null {
  const named = box.entities.find((e) => ACTOR_KINDS.has(e.entityKind) && e.span.end <= t.span.start && t.span.start - e.span.end <= 60 && !/[;:.()"“”]/.test(text.slice(e.span.end, t.span.start)));
  if (named) return named.span;
  const before = text.slice(Math.max(box.span.start, t.span.start - 80), t.span.start);
  const role = ROLE_SPEAKER_BEFORE_RE.exec(before);
  if (role) return { start: t.span.start - before.length + role.index + (role[0].length - role[0].trimStart().length), end: t.span.start };
  if (!INVERTED_BEFORE_RE.test(before) && !/\bby$/i.test(t.text)) return null;
  // (markdown link brackets around the verb: "[said](#) Anna Berg")
  const tail = text.slice(t.span.end, Math.min(box.span.end, t.span.end + 90)).replace(/^\]\([^)]*\)/, (m) => ' '.repeat(m.length));
  const afterRole = ROLE_SPEAKER_AFTER_RE.exec(tail);
  if (afterRole) return { start: t.span.start, end: t.span.end + afterRole[0].length };
  const next = box.entities.find((e) => ACTOR_KINDS.has(e.entityKind) && e.span.start >= t.span.end && e.span.start - t.span.end <= 60 && AFTER_SPEAKER_GAP_RE.test(text.slice(t.span.end, e.span.start)));
  return next ? { start: t.span.start, end: next.span.end } : null;
}

/** Kinds of happening a remark may be made at: a meeting, a visit, a signing, or a remark itself (the next speaker's reply). */
const STATED_AT_TYPES = new Set<EventType>(['meeting', 'visit', 'agreement', 'statement']);

/** A date that places one occasion: a day, a month, or a few days ("10-11 May"), not a year or a decade. */
function occasionPrecise(v: DateValue): boolean {
  if (v.granularity === 'day' || v.granularity === 'month') return true;
  if (!/^\d{4}-\d\d-\d\d$/.test(v.start) || !/^\d{4}-\d\d-\d\d$/.test(v.end)) return false;
  return Date.parse(v.end) - Date.parse(v.start) <= 31 * 86400000;
}

/**
 * The occasion a statement without a date of its own was made at ("events/reaction", statement
 * dating): the last happened meeting, visit, signing or remark of the sentence just before, in
 * the same paragraph, dated to a day, a few days or a month, with no other date after it in its
 * sentence (a time shift) other than one ahead of it. Null when none.
 */
function statedAtSource(doc: ExtractedDoc, box: SentenceBox, previous: Draft[]): Draft | null {
  const paras = storyParagraphs(doc);
  const fits = (x: Draft) =>
    x.sentence.index === box.index - 1 &&
    !x.rule.startsWith(ABSENT_PREFIX) &&
    STATED_AT_TYPES.has(x.trigger.eventType) &&
    !x.secondary &&
    happenedAntecedent(doc, x) &&
    occasionPrecise(x.dateValue);
  const told = previous.filter(fits);
  if (told.length === 0) return null;
  const source = told.reduce((a, b) => (b.anchor.end > a.anchor.end ? b : a));
  if ((paras[source.sentence.index] ?? -1) !== (paras[box.index] ?? -2)) return null;
  // (told in a main clause, not as background: "the body, which met in Riga in May, ...")
  const text = doc.text;
  const at = Math.min(source.trigger.span.start, source.date?.span.start ?? source.trigger.span.start);
  if (toldAsBackground(text, source.sentence.span.start, source.trigger.span) || inSubordinateClause(text, source.sentence.span.start, at)) return null;
  // (no other date told after it: "met on 3 May; the treaty of 1998 ..." shifts the time)
  const shifted = source.sentence.dates.some((d) => d !== source.date && d.span.start >= source.anchor.end && d.date && !(d.date.start > source.dateValue.end));
  return shifted ? null : source;
}

/** A phrase that refers back to an occasion ("During the same session", "after the talks") somewhere in `words`. */
function namesReference(words: string): boolean {
  return referenceMatch(ANY_REFERENCE_RE, words) !== null;
}

/**
 * "The ministers met in Oslo on 3 May. Berg said the talks had gone well; Ode, in turn, stressed
 * ..." (mechanism "events/reaction", statement dating): a remark in the past tense, with a
 * speaker (named, a pronoun or a role; before the verb, or after it following a quote or in a
 * passive), in a sentence with no date of its own right after a dated meeting, visit, signing or
 * remark of the same paragraph, was made on that occasion. Not a remark in a plan ("would say"),
 * not a present-tense stance, not one that reports an earlier date. Every further remark of the
 * sentence with a speaker of its own ("; Y replied", "(echoed by Z)") takes the same date.
 */
function statedAtDrafts(doc: ExtractedDoc, box: SentenceBox, triggers: TriggerMention[], previous: Draft[], history: Draft[]): Draft[] {
  const text = doc.text;
  // (not an item of a list: each item tells its own party's stance)
  if (isListItem(text, box.span.start)) return [];
  // (a sentence that names its occasion, "During the same session, X proposed", is the reference pass's)
  const first = triggers.find((t) => t.eventType === 'statement');
  if (first && namesReference(text.slice(box.span.start, first.span.start))) return [];
  const source = statedAtSource(doc, box, previous);
  if (!source) return [];
  const out: Draft[] = [];
  for (const t of triggers) {
    if (t.eventType !== 'statement' || weightOf(t) < 2 || isNegated(text, t) || t.planned) continue;
    if (!t.text.split(/\s+/).some((w) => PAST_SAYING_RE.test(w.toLowerCase()) || /^(?:was|were)$/i.test(w))) continue;
    if (UNREAL_BEFORE_RE.test(text.slice(Math.max(box.span.start, t.span.start - 30), t.span.start).replace(/\[$/, ''))) continue;
    // (a shift of time before it: "X later said", "had previously told")
    if (STORY_BREAK_RE.test(text.slice(box.span.start, t.span.start))) break;
    // (no date of its own before it; one after it only when ahead of the occasion: "said the plant would open in 2030")
    if (box.dates.some((d) => d.span.end <= t.span.start && !SAME_DAY_RE.test(d.text))) break;
    if (box.dates.some((d) => d.span.start >= t.span.end && d.date && !(d.date.start > source.dateValue.end))) continue;
    const speaker = statementSpeaker(text, box, t);
    if (!speaker) continue;
    // ("X proposed A and suggested B" in a story about one occasion: one remark, the story pass's)
    const joined = triggers.find((u) => u.eventType === 'statement' && u.span.start > t.span.end && /^[^;:,.()]*\band\s+(?:[\p{Ll}]+ly\s+)?$/u.test(text.slice(t.span.end, u.span.start)));
    if (joined && storyOccasion(doc, box, history)) continue;
    // (a further remark: after a clause break, with its own speaker)
    if (out.length > 0 && !/[;()]|,\s*(?:while|whereas|and|but)\s/.test(text.slice(out[out.length - 1]!.trigger.span.end, t.span.start))) continue;
    out.push(inferredDraft(box, t, source, 'events/reaction', union(speaker, t.span)));
  }
  return out;
}

/** The remarks of a sentence dated by a happening just told (reactionDraft, then statedAtDrafts). */
function reactionDrafts(doc: ExtractedDoc, box: SentenceBox, triggers: TriggerMention[], previous: Draft[], history: Draft[] = []): Draft[] {
  const first = reactionDraft(doc, box, triggers, previous, history);
  const stated = statedAtDrafts(doc, box, triggers, previous, history);
  if (!first) return stated;
  return [first, ...stated.filter((x) => x.trigger !== first.trigger && x.trigger.span.start > first.trigger.span.end)];
}

/** The words of an occasion a sentence may tell ("at a ceremony", "the summit", "visited"). */
const SAME_OCCASION_NOUN_RE = /\b(?:ceremony|ceremonies|event|summit|meeting|met|session|forum|conference|talks|visit(?:ed)?|signing|signed|gathering|congress|assembly)\b/i;

/**
 * The story's occasion for sentence `box` (occasion.ts, "story occasion"): the last happened visit
 * or meeting dated to a day or a few days, told in the lead (the first four sentences) or at the
 * head of a paragraph (its first two sentences), not as background, at most 40 sentences back
 * with no background subheading between; and not when a dated happening of the sentence's own
 * paragraph, told in a main clause at another date, has taken over. Null when none.
 */
function storyOccasion(doc: ExtractedDoc, box: SentenceBox, all: Draft[], named = false): Draft | null {
  const text = doc.text;
  const paras = storyParagraphs(doc);
  const para = (i: number) => paras[i] ?? -1;
  const paraHead = (i: number) => {
    let j = i;
    while (j > 0 && para(j - 1) === para(i)) j--;
    return i - j;
  };
  let root: Draft | null = null;
  for (let i = all.length - 1; i >= 0; i--) {
    const h = all[i]!;
    if (h.sentence.index >= box.index) continue;
    if (box.index - h.sentence.index > 40) break;
    const r = occasionOf(h);
    if (!r || r !== h || r.planned || r.trigger.planned || !occasionDay(r.dateValue) || isFuture(r.dateValue, doc.documentDate.value)) continue;
    if (toldAsBackground(text, r.sentence.span.start, r.trigger.span) || inSubordinateClause(text, r.sentence.span.start, r.trigger.span.start)) continue;
    // (a story with a dateline: its lead's occasion; else an occasion at the head of the
    // sentence's own paragraph)
    const lead = datelineLead(doc, r.sentence.index);
    if (!lead && (paraHead(r.sentence.index) > 1 || para(r.sentence.index) !== para(box.index))) continue;
    root = r;
    break;
  }
  if (!root) return null;
  const background = backgroundHeadings(doc);
  for (let i = root.sentence.index + 1; i < box.index; i++) if (background[i]) return null;
  // (an occasion named again, "welcomed the meeting", "at the same summit", is the story's even
  // after other dated happenings)
  if (named) return root;
  const derived = (h: Draft) => {
    for (let x: Draft | null = h, n = 0; x && n < 8; x = x.from, n++) if (x === root) return true;
    return false;
  };
  const sameDate = (v: DateValue) => v.start >= root!.dateValue.start && v.end <= root!.dateValue.end;
  for (let i = all.length - 1; i >= 0; i--) {
    const h = all[i]!;
    if (h.sentence.index >= box.index) continue;
    if (para(h.sentence.index) !== para(box.index)) break;
    if (!h.date || h.planned || derived(h) || sameDate(h.dateValue)) continue;
    const at = Math.min(h.trigger.span.start, h.date.span.start);
    if (toldAsBackground(text, h.sentence.span.start, h.trigger.span) || inSubordinateClause(text, h.sentence.span.start, at)) continue;
    // (a founding date in an apposition, "The ferry company, founded in 2019, lost money", is
    // the participant's background: the story's time has not moved)
    if (ASIDE_FOUNDED_RE.test(text.slice(Math.max(h.sentence.span.start, h.date.span.start - 40), h.date.span.start))) continue;
    if (isFuture(h.dateValue, doc.documentDate.value)) continue;
    return null;
  }
  return root;
}

/** Which sentences of the document are subheadings of background ("Background", "History"): once per document. */
function backgroundHeadings(doc: ExtractedDoc): boolean[] {
  let out = BACKGROUND_HEADINGS.get(doc);
  if (out) return out;
  out = doc.sentences.map((s) => {
    const line = doc.text.slice(s.span.start, s.span.end);
    return isSubheading(line) && BACKGROUND_HEADING_RE.test(line);
  });
  BACKGROUND_HEADINGS.set(doc, out);
  return out;
}
const BACKGROUND_HEADINGS = new WeakMap<ExtractedDoc, boolean[]>();

/** A dateline at the head of a news story: "RIGA, 4 May 2031 —", "OSLO (Reuters) -", "Riga, May 4 –". */
// (a country or region may follow the city: "AVAZA, Turkmenistan, 5 November 2031 —")
const DATELINE_RE = /^\W*\p{Lu}[\p{L} .'’-]{1,40}?(?:,\s*\p{Lu}[\p{L} .'’-]{1,30}?(?=,\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})))?(?:,\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})(?:,?\s+\d{4})?|\s*\([^)]{2,30}\))\s*[—–-]{1,2}\s/u;

/**
 * Is sentence `i` in the lead of a dateline story: the dateline's own paragraph or the one after
 * it, within the story's first six sentences?
 */
function datelineLead(doc: ExtractedDoc, i: number): boolean {
  const j = datelineSentence(doc);
  if (j < 0 || j > i) return false;
  const paras = storyParagraphs(doc);
  return i - j <= 5 && (paras[i] ?? 0) - (paras[j] ?? 0) <= 1;
}

/** The first of the document's first six sentences that opens with a dateline, or -1 (once per document). */
function datelineSentence(doc: ExtractedDoc): number {
  let j = DATELINE_SENTENCE.get(doc);
  if (j !== undefined) return j;
  j = -1;
  for (let k = 0; k <= 5; k++) {
    const s = doc.sentences[k];
    if (s && DATELINE_RE.test(doc.text.slice(s.span.start, s.span.end))) {
      j = k;
      break;
    }
  }
  DATELINE_SENTENCE.set(doc, j);
  return j;
}
const DATELINE_SENTENCE = new WeakMap<ExtractedDoc, number>();

/** The words between a remark and a date are its reported clause ("noting that trade rose in ..."), not a relative clause or a second predicate. */
function reportsDated(between: string): boolean {
  return /\b(?:that|noting|adding)\b/i.test(between) && !/;|\s(?:and|but)\s|\b(?:which|who|whose|where)\b/i.test(between);
}

/** A group of the occasion's doers at the head of a sentence ("He", "The leaders", "Both delegations"). */
const STORY_DOERS_RE = /^\W*(?:he|she|they|(?:the|both|all)\s+(?:[\p{L}-]+\s+){0,2}?(?:leaders|presidents|ministers|delegations|sides|parties|heads|premiers|envoys|negotiators|participants|members))\b/iu;

/** Irregular past forms at the head of a trigger ("told", "held talks"). */
const STORY_PAST_RE = /^(?:told|held|sold|met|led|won|gave|took|spoke|wrote|made|said|sent|began|brought|sought|struck|chose|drew|withdrew|oversaw|laid|paid)\b/;

/** The last day of an occasion ("told reporters afterwards", "closing the summit"). */
const STORY_LAST_DAY_RE = /\b(?:afterwards|after\s+the\s+(?:summit|meeting|talks|session|forum|conference)|clos(?:ing|ed)\s+the\s+(?:summit|meeting|talks|session|forum|conference))\b/i;
/** A verb told in the past somewhere before a noun trigger ("used his speech", "held talks", "the chief result was the creation of"). */
const PAST_BEFORE_NOUN_RE = /\b(?:\p{Ll}{2,}ed|took|gave|made|held|had|told|said|met|won|led|sent|set|put|began|delivered|was|were)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

/** A remark dated by a date of its reported plan ("said the ports would merge by 2033"), a date not before the time of writing. */
function reportedPlanDate(doc: ExtractedDoc, x: Draft): boolean {
  if (x.trigger.eventType !== 'statement' || !x.date || x.date.span.start < x.trigger.span.end) return false;
  const pub = doc.documentDate.value;
  if (pub && x.dateValue.end < pub) return false;
  return REPORTED_PLAN_RE.test(doc.text.slice(x.trigger.span.end, x.date.span.start));
}

/** A count of documents right in a signing's words ("signed three agreements", "agreed 12 deals"). */
const SUMMARY_COUNT_RE = /^[^.;:]*?\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(?:[\p{L}-]+\s+)?(?:agreements|documents|accords|memoranda|memorandums|deals|contracts|treaties|protocols)\b/iu;
/** The head of an item told after a summary ("The largest, ...", "A second contract ...", "Another, with X, ..."). */
const ITEM_OPEN_RE = /^\W*(?:the\s+(?:first|second|third|most\s+\p{Ll}+|largest|biggest|main|chief|principal|key)|a\s+(?:second|third|fourth|further)|another|one|the\s+other)\b/iu;

/**
 * An item of a summarised signing told in the sentence right after it (or after an item): its
 * head, from the sentence's start to the end of its first clause's verb phrase, as a signing on
 * the summary's date (rule `events/occasion/item`). Null when the sentence opens otherwise or a
 * row of the sentence already covers its head.
 */
function summaryItem(doc: ExtractedDoc, box: SentenceBox, source: Draft, mine: Draft[]): Draft | null {
  const text = doc.text;
  const sent = text.slice(box.span.start, box.span.end);
  const open = ITEM_OPEN_RE.exec(sent);
  if (!open) return null;
  // (its words: up to the first verb in -s after the head and its asides, and two words more)
  const m = /^[^.;:]*?\s(?:\p{Ll}+s|includes|covers|commits|provides|sets)\b(?:\s+[\p{L}'’-]+){0,3}/u.exec(sent);
  if (!m || m[0].length > 160) return null;
  const span = { start: box.span.start + (open[0].length - open[0].trimStart().length), end: box.span.start + m[0].length };
  if (mine.some((x) => spansOverlap(x.anchor, span))) return null;
  const t: TriggerMention = { kind: 'trigger', span, text: text.slice(span.start, span.end), ruleId: source.trigger.ruleId, eventType: source.trigger.eventType, planned: false };
  const x = inferredDraft(box, t, source, 'events/occasion/item', span);
  x.planned = false;
  return x;
}

/** The nouns of an occasion (a gathering) that an opening verb or a body may name. */
const GATHERING_NOUN = '(?:event|summit|forum|session|conference|meeting|talks|congress|assembly|gathering|ceremony|plenary|council|dialogue|round)';
/** "Opening the congress", "opened the session": the occasion begun, no facility opened. */
const OPENED_GATHERING_RE = new RegExp(`^(?:open(?:ing|ed|s)?|clos(?:ing|ed|es))\\s+(?:the|a|this|that|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${GATHERING_NOUN}\\b`, 'iu');
/** A gathering noun naming a body ("the congress staff", "the summit's organisers"). */
const GATHERING_BODY_RE = /^(?:['’]s)?\s+(?:own\s+)?(?:secretariat|organi[sz]ers?|organi[sz]ing\s+committee|staff|website|office|spokes(?:man|woman|person)|press\s+service|chair(?:man|woman|person)?|secretary|bureau)\b/i;
const GATHERING_WORD_RE = new RegExp(`^${GATHERING_NOUN}s?$`, 'i');

/**
 * A row that tells no happening of its own: an opening that begins an occasion ("Opening the
 * congress on Monday, X said": the occasion itself is told elsewhere), a gathering noun that
 * names a body ("according to the summit's organisers"), or a gathering noun in the main clause
 * of a fronted condition whose date is the condition's ("If the loans are repaid by 2030, the
 * congress will be judged a success").
 */
function notOwnHappening(text: string, box: SentenceBox, x: Draft): boolean {
  const t = x.trigger;
  if (t.eventType === 'opening' && OPENED_GATHERING_RE.test(text.slice(t.span.start, Math.min(box.span.end, t.span.start + 80)))) return true;
  if (t.eventType !== 'meeting' || !GATHERING_WORD_RE.test(t.text.trim())) return false;
  if (GATHERING_BODY_RE.test(text.slice(t.span.end, t.span.end + 40))) return true;
  // (judged: "the forum will have been ...", "the summit would be ..."; a happening of the main
  // clause, "X will join the forum", keeps the condition's date)
  // (a capitalised name, "the Nordic Fisheries Forum will look ...", is a standing format, not one occasion)
  return (
    !!x.date &&
    /^\p{Ll}/u.test(t.text.trim()) &&
    x.date.span.end <= t.span.start &&
    /,/.test(text.slice(x.date.span.end, t.span.start)) &&
    /^\W*(?:if|unless|once|provided|as\s+long\s+as)\b/i.test(text.slice(box.span.start, x.date.span.start)) &&
    /^\s+(?:will|would|may|might|could)\s+(?:(?:not|still|also)\s+)?(?:have\s+been|be|prove|look|seem|count\s+as|go\s+down)\b/i.test(text.slice(t.span.end, t.span.end + 40))
  );
}

/** A founding participle opening an apposition right before a date (", set up in", ", founded on"). */
const ASIDE_FOUNDED_RE = /,\s*(?:(?:first|originally|only)\s+)?(?:founded|established|created|set\s+up|formed|launched|registered|built|opened|signed|adopted|agreed)\s+(?:(?:in|on)\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

/** A day of the occasion named by its order ("the second day", "on the closing day"). */
const STORY_NTH_DAY_RE = /\b(first|second|third|fourth|fifth|last|final|closing|opening)\s+day\b/i;
const ORDINAL_DAYS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** A concession opening the clause before a happening (", although its envoy ... came"). */
const CONCESSIVE_RE = /(?:,\s*|\b)(?:although|though|whereas|even\s+though)\b[^,;:—–]*$/i;

/** A fronted prepositional phrase holding the word ("Of the $2bn pledged", "Among the deals signed"). */
const FRONTED_PHRASE_RE = /^\W*(?:of|among|from|for|out\s+of|beyond|besides|despite)\s+(?:the|all|those|these|its|their)\b[^,;:—–]*$/i;

/** Between a remark and a date: a reported plan whose own date it is ("said the ports would merge by 2033"). */
const REPORTED_PLAN_RE = /^[^;:.]*?\b(?:would|will|shall|could|plans?\s+to|intends?\s+to|aims?\s+to|expects?\s+to|is\s+to|are\s+to|was\s+to|were\s+to)\b/i;

/**
 * "Leaders ended a two-day summit on Friday ... X took over the chair. Presidents A and B
 * attended. The members agreed to ...": undated happenings told in the past in a main clause,
 * while the story stays with its occasion (`storyOccasion`), take its date (inferred, rule
 * `events/occasion/story`; "afterwards", "closing the summit": its last day). `pool`: only these
 * triggers (the ones a sentence's own dates left), with no verb found by form. Not a happening in
 * a quote, a subordinate clause, the background, a plan or a sentence whose time moved on.
 */
function storyDrafts(doc: ExtractedDoc, box: SentenceBox, all: Draft[], pool?: TriggerMention[]): Draft[] {
  const text = doc.text;
  const root = storyOccasion(doc, box, all);
  if (!root) return [];
  // (a sentence that opens on another day or place of the occasion is the cue pass's: "On the
  // third day", "In Oslo"; with none found, it is not the occasion's)
  const cue = occasionCue(text.slice(box.span.start, box.span.end), box.span.start);
  if (cue && (cue.kind === 'day' || cue.kind === 'venue')) return [];
  // (outside a dateline story, a paragraph's occasion reaches four sentences, each one between
  // telling something of it, and the sentence must open with its doers: a name, "he", "the
  // leaders")
  if (!datelineLead(doc, root.sentence.index)) {
    if (box.index - root.sentence.index > 4) return [];
    for (let i = root.sentence.index + 1; i < box.index; i++) {
      if (!all.some((x) => x.sentence.index === i && x.dateValue.start === root.dateValue.start && x.dateValue.end === root.dateValue.end)) return [];
    }
    const doers = box.entities.some((e) => ACTOR_KINDS.has(e.entityKind) && e.span.start - box.span.start <= 40) || STORY_DOERS_RE.test(text.slice(box.span.start, box.span.end));
    if (!doers) return [];
  }
  // ("joined on the third day", "on the closing day": that day of the occasion; "on the second
  // day of her presidency": a day of something else)
  let nth: DateValue | null = null;
  const dayWord = STORY_NTH_DAY_RE.exec(text.slice(box.span.start, box.span.end));
  if (dayWord) {
    if (/^\s+of\s+(?!the\s+(?:summit|meeting|talks|session|forum|conference|congress|visit|event)\b)/i.test(text.slice(box.span.start + dayWord.index + dayWord[0].length, box.span.end))) return [];
    const w = dayWord[1]!.toLowerCase();
    const days = Math.round((Date.parse(`${root.dateValue.end}T00:00:00Z`) - Date.parse(`${root.dateValue.start}T00:00:00Z`)) / 86400000) + 1;
    const n = /^(?:last|final|closing)$/.test(w) ? days : w === 'opening' ? 1 : ORDINAL_DAYS.indexOf(w) + 1;
    nth = n >= 1 && Number.isFinite(days) ? nthDay(root.dateValue, n) : null;
    if (!nth) return [];
  }
  const quotes = quotedSpans(text, box.span);
  const head = (t: Span) => text.slice(box.span.start, t.start);
  // (a concession tells a fact of its own: "Y stayed away, although its envoy came on the last
  // day and signed ..."; other subordinate clauses hang on something else)
  const subordinate = (at: number) => inSubordinateClause(text, box.span.start, at) && !CONCESSIVE_RE.test(text.slice(box.span.start, at));
  const fits = (t: Span) =>
    !quotes.some((q) => spansOverlap(q, t)) &&
    !subordinate(t.start) &&
    // ("Of the $2bn pledged, ...": a participle in a fronted phrase is no happening)
    !FRONTED_PHRASE_RE.test(head(t)) &&
    !toldAsBackground(text, box.span.start, t) &&
    !STORY_BREAK_RE.test(text.slice(box.span.start, t.end)) &&
    !/\b(?:will|would|shall|should|could|can|may|might|must|to|if)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(head(t).slice(-40));
  const out: Draft[] = [];
  const lastDay = STORY_LAST_DAY_RE.test(text.slice(box.span.start, box.span.end)) && /^\d{4}-\d{2}-\d{2}$/.test(root.dateValue.end);
  const make = (t: TriggerMention): Draft => {
    // (its words run from the head of the sentence, the doers, to the trigger, when close)
    const lead = out.length === 0 && t.span.start - box.span.start <= 90 && !/[;:]/.test(text.slice(box.span.start, t.span.start)) && !quotes.some((q) => q.start < t.span.start);
    const x = inferredDraft(box, t, root, 'events/occasion/story', lead ? { start: box.span.start, end: t.span.end } : t.span);
    if (nth) x.dateValue = nth;
    else if (lastDay) x.dateValue = { value: root.dateValue.end, start: root.dateValue.end, end: root.dateValue.end, granularity: 'day', inferred: true };
    x.planned = false;
    return x;
  };
  // (a date of the sentence in the happening's own clause dates it: "launched it in Riga on D")
  const ownDate = (t: Span) => box.dates.some((d) => d.span.start >= t.end && !/[,;:—–(]|\b(?:which|who|whose|that|when|after|before|since)\b/.test(text.slice(t.end, d.span.start)));
  // (a remark's reported plan holds its own date: "X said the two ports would merge within
  // five years" is said at the occasion)
  const reportedPlan = (t: TriggerMention) =>
    t.eventType === 'statement' && box.dates.every((d) => d.span.start < t.span.end || REPORTED_PLAN_RE.test(text.slice(t.span.end, d.span.start)));
  for (const t of pool ?? box.triggers) {
    if (weightOf(t) < 2 || isNegated(text, t) || t.planned || !fits(t.span) || (ownDate(t.span) && !reportedPlan(t))) continue;
    const verb = toldInPast(text, t.span) || (STORY_PAST_RE.test(t.text) && !/\b(?:will|would|shall|should|could|can|may|might|must|to|has|have|is|are)\s+(?:\p{L}+\s+)?$/iu.test(head(t.span)));
    // (a remark whose reported words hold a date of the sentence tells a dated fact, which is
    // the happening: "said that trade rose by 30% last year")
    if (t.eventType === 'statement' && box.dates.some((d) => d.span.start > t.span.end && d.date && !isFuture(d.date, doc.documentDate.value) && reportsDated(text.slice(t.span.end, d.span.start)))) continue;
    if (!verb && (t.eventType === 'other' || out.length > 0)) continue;
    if (!verb) {
      // (a noun after a verb told in the past, in its clause: "used his speech", "held talks")
      const clause = head(t.span).split(/[,;:—–]|\s(?:and|but)\s/).pop() ?? '';
      if (!PAST_BEFORE_NOUN_RE.test(clause) || /\b(?:has|have|had|will|would|shall|should|could|can|may|might|must|to|is|are|be|been|being)\b/i.test(clause)) continue;
    }
    // (the object of a happening taken: "signed a separate agreement", "adopted a statement")
    const prev = out[out.length - 1];
    // (a second remark of the same speaker is the same statement: "called the day historic and said ...")
    if (prev && prev.trigger.eventType === t.eventType && !/;/.test(text.slice(prev.trigger.span.end, t.span.start))) continue;
    if (prev && t.span.start - prev.trigger.span.end < 40 && !/[,;:]|\s(?:and|but)\s/.test(text.slice(prev.trigger.span.end, t.span.start))) continue;
    out.push(make(t));
  }
  if (out.length > 0 || (pool && pool.length > 0)) return out;
  // No trigger: the verb of the main clause told in the past by its form, right after its
  // subject ("Presidents A and B attended.", "Kazakhstan and Uzbekistan, both ..., refused."),
  // before the sentence's first date.
  const names = box.entities.filter((e) => ACTOR_KINDS.has(e.entityKind) || NAME_KINDS.has(e.entityKind) || e.entityKind === 'person').map((e) => e.span);
  const v = storyVerb(text, box.span.start, box.dates[0]?.span.start ?? box.span.end, [...names, ...quotes]);
  if (!v || !fits(v.span) || box.triggers.some((t) => spansOverlap(t.span, v.span))) return [];
  // ("X fielded the biggest team": a comparison of the participants, no happening)
  if (/^\s+(?:the|its|their)\s+(?:most\s+|\p{Ll}{2,}est\b|single\s+largest\b)/u.test(text.slice(v.span.end, v.span.end + 40))) return [];
  // (a sentence's dates in the verb's own clause date it: no story happening)
  if (ownDate(v.span)) return [];
  const type: EventType = lexiconType(v.text) ?? (/^(?:said|told|spoke|wrote)$/i.test(v.text) ? 'statement' : fallbackType(v.text));
  const t: TriggerMention = { kind: 'trigger', span: v.span, text: v.text, ruleId: 'events/fallback/past', eventType: type, planned: false };
  return [make(t)];
}

/**
 * A happening a reference or a reaction may take its date from: one that happened (not a plan,
 * not a date after the time of writing) and is no background period ("in the mid-2010s", a
 * decade).
 */
function happenedAntecedent(doc: ExtractedDoc, x: Draft): boolean {
  if (x.planned || x.trigger.planned || isFuture(x.dateValue, doc.documentDate.value)) return false;
  return !/X$/.test(x.dateValue.value) && x.dateValue.granularity !== 'decade';
}

/**
 * The earliest reference phrase in text[base, end) and its reference types (not a phrase that
 * names its own event, "during the Great Northern War"); once per span of a text (the passes ask
 * for the same sentence again and again). The match is shared: callers must not change it.
 */
function earliestReference(docText: string, base: number, end: number): { m: RegExpExecArray | null; refTypes: EventType[] | null } {
  if (docText !== referenceText) {
    referenceText = docText;
    referenceMemo.clear();
  }
  // (exact while the text is under 90 million characters)
  const key = base * (docText.length + 1) + end;
  const known = referenceMemo.get(key);
  if (known) return known;
  const text = docText.slice(base, end);
  let m: RegExpExecArray | null = null;
  let refTypes: EventType[] | null = null;
  for (const r of referenceMatch(ANY_REFERENCE_RE, text) ? REFERENCE_RES : []) {
    const x = referenceMatch(r.re, text);
    // "during the Great Northern War" names its event; it does not refer back.
    if (!x || /\s\p{Lu}[\p{L}-]*$/u.test(x[0])) continue;
    if (!m || x.index < m.index) {
      m = x;
      refTypes = r.refTypes;
    }
  }
  const found = { m, refTypes };
  referenceMemo.set(key, found);
  return found;
}
let referenceText: string | null = null;
const referenceMemo = new Map<number, { m: RegExpExecArray | null; refTypes: EventType[] | null }>();

/** The dated happening of the sentence just before (its first dated to the day, else its last), when that sentence tells an occasion. */
function sameOccasionSource(doc: ExtractedDoc, previous: Draft[]): Draft | null {
  const told = previous.filter((x) => /^\d{4}/.test(x.dateValue.start) && happenedAntecedent(doc, x));
  const last = told.find((x) => x.dateValue.granularity === 'day') ?? told[told.length - 1];
  if (!last || !SAME_OCCASION_NOUN_RE.test(doc.text.slice(last.sentence.span.start, last.sentence.span.end))) return null;
  return last;
}

function referenceDrafts(
  doc: ExtractedDoc,
  box: SentenceBox,
  history: Draft[],
  previous: Draft[],
  pool?: TriggerMention[],
  base: number = box.span.start,
  sameSentence: Draft[] = [],
): Draft[] {
  // `pool`: only these triggers (the ones the sentence's own dates left), and only after an
  // explicit reference phrase. `base`: where in the sentence to look for the phrase.
  const explicitOnly = pool !== undefined;
  const triggers = pool ?? box.triggers;
  if (triggers.length === 0 || history.length === 0) return [];
  const text = doc.text.slice(base, box.span.end);
  // The earliest reference phrase of the sentence.
  let { m, refTypes } = earliestReference(doc.text, base, box.span.end);
  if (m && explicitOnly && triggers.some((t) => t.span.start < base + m!.index)) m = null;
  // (the triggers before a sentence's first date: "Norway said the drilling broke a 1998 accord")
  if (!m && explicitOnly && base === box.span.start) {
    const reactions = reactionDrafts(doc, box, triggers, previous, history);
    if (reactions.length > 0) return reactions;
  }
  // "At the first summit, ...", "At the same session ..." at the head of a sentence: an occasion
  // described by its kind or ordinal is the occasion pass's (occasionDrafts), which finds that
  // very occasion or none.
  // ("the same summit" right after a dated occasion told without that noun: that occasion)
  const sameSource = m && /\bsame\b/i.test(m[0]) ? sameOccasionSource(doc, previous) : null;
  if (m && !explicitOnly && !sameSource && occasionCue(text, base)?.kind === 'described') {
    const phrase = occasionCue(text, base)!.described!;
    if (phrase.ordinal !== null || !GENERIC_OCCASION_NOUNS.has(phrase.noun)) return [];
  }
  if (m) {
    const refSpan = { start: base + m.index, end: base + m.index + m[0].length };
    let source: Draft | undefined;
    // "the visit" is the last visit, "that meeting" the last meeting (a visit only when no
    // meeting is within reach); "the two presidents signed during the visit": the last one a
    // head of state or government took part in, when there is one.
    // "The summit in Samarkand was the first ... During the summit, ...": an occasion named by its
    // city in this sentence or up to three before (same paragraph or the one before) is the last
    // dated one told with that city.
    if (refTypes?.some((k) => OCCASION_TYPES.has(k))) {
      const named = namedOccasionNear(doc, box, refSpan.end, history);
      if (named && refTypes.includes(named.trigger.eventType)) source = named;
      // "at the same session", "during that summit": the last told occasion of that kind (in
      // this sentence before the phrase too: "held its first session on D; at the same session ...").
      const described = source ? null : occasionPhrase(doc.text.slice(refSpan.start, box.span.end), refSpan.start);
      if (described && described.span.start === refSpan.start) {
        const before = sameSentence.filter((x) => x.date && x.anchor.end <= refSpan.start);
        source = describedOccasion(doc, [...history, ...before], described, box.index + 1) ?? undefined;
      }
    }
    const leaders = !source && LEADERS_RE.test(doc.text.slice(refSpan.end, box.span.end));
    // ("visited Riga on 3-4 May; during that visit she said ...": the sentence's own happenings
    // before the phrase are the nearest told)
    // (only a demonstrative points there: "at the summit itself" is the summit told before)
    const told = /\b(?:that|this)\b/i.test(m[0]) ? [...history, ...sameSentence.filter((x) => x.date && x.anchor.end <= refSpan.start)] : history;
    const kinds: (EventType[] | null)[] = refTypes === null ? [null] : [[refTypes[0]!], refTypes];
    const tests: ((h: Draft) => boolean)[] = leaders ? [(h) => withLeader(doc.text, h), () => true] : [() => true];
    // (a reference looks back within its own section first: an antecedent before a subheading
    // is kept only when the section and the story tell none; see `headingBetween`)
    let beyond: Draft | undefined;
    for (const ok of tests) {
      if (source) break;
      for (const types of kinds) {
        // (a leaders' happening may lie further back than the nearest one of the kind)
        const reach = leaders && ok !== tests[tests.length - 1] ? 2 * REFERENCE_REACH : REFERENCE_REACH;
        for (let i = told.length - 1; i >= 0 && !source; i--) {
          const h = told[i]!;
          // A reference reaches back a few sentences, not across the brief.
          if (box.index - h.sentence.index > reach) break;
          // (a planned occasion or a background decade is no antecedent: "At the same summit" after
          // "a meeting next spring", "told the ceremony" after "in the mid-2010s")
          if ((types === null || types.includes(h.trigger.eventType)) && ok(h) && happenedAntecedent(doc, h)) {
            if (headingBetween(doc, h.sentence.index, box.index)) beyond ??= h;
            else source = h;
          }
        }
        if (source) break;
      }
      if (source) break;
    }
    // ("What was signed" / "... told reporters after the signing": the section's occasion is the
    // story's, not a signing told before the subheading)
    if (!source && beyond) source = storyOccasion(doc, box, history, true) ?? beyond;
    // "On 2 May ministers signed X in Riga. At the same meeting Y announced ...": "the same"
    // occasion is the signing just told (a signing by several is a meeting too), not an older
    // meeting further back.
    const lastSigning = previous.filter((x) => x.date && !x.dateValue.inferred && x.trigger.eventType === 'agreement').pop();
    if (
      source &&
      lastSigning &&
      /\b(?:same|that|this)\b/i.test(m[0]) &&
      refTypes?.includes('meeting') &&
      !refTypes.includes('agreement') &&
      source.trigger.eventType === 'meeting' &&
      source.sentence.index < lastSigning.sentence.index &&
      !previous.some((x) => x.trigger.eventType === 'meeting')
    ) {
      source = lastSigning;
    }
    // "They opened the plant at a ceremony on 4 May. At the same event they signed ...": "the
    // same" occasion is the one the sentence just before told (dated, with an occasion's noun),
    // not an older one of the kind further back.
    if (sameSource && (!source || sameSource.sentence.index > source.sentence.index)) source = sameSource;
    // Nothing of the referred type: the event of the sentence just before ("talks took place in
    // 1998. On that trip ...").
    // ("During the visit ..." in a story whose occasion no row of its kind told: the story's
    // occasion before the sentence just before)
    if (!source && refTypes?.some((k) => OCCASION_TYPES.has(k))) source = storyOccasion(doc, box, history, true) ?? undefined;
    source ??= previous.filter((x) => happenedAntecedent(doc, x)).pop();
    if (!source) return [];
    const out: Draft[] = [];
    // The referred happening itself, when it is not the earlier event ("following talks" during
    // a visit; "During the visit" after a dated meeting).
    const own = triggers.find((t) => contains(refSpan, t.span) && weightOf(t) >= 2);
    // ("On 2 May the ministers signed a pact. At the same meeting ...": the meeting, told only by
    // the phrase, is a happening of its own)
    const separate = /^(?:following|after)\b/i.test(m[0]) || own?.eventType === 'visit' || (own?.eventType === 'meeting' && sameSource === source && source.trigger.eventType === 'agreement');
    if (own && separate && own.eventType !== source.trigger.eventType) out.push(inferredDraft(box, own, source, 'events/reference', refSpan));
    // The happening of the sentence ("four accords were signed").
    const outside = triggers.filter((t) => !spansOverlap(t.span, refSpan) && weightOf(t) >= 2);
    const best = strongest(outside, refSpan);
    if (best) out.push(inferredDraft(box, best, source, 'events/reference', union(refSpan, best.span)));
    // "At the same summit the leaders instructed their ministries ...": no trigger after the
    // phrase, but a verb that tells a happening by its form (see fallbackDraft).
    if (!best && sameSource === source) {
      const names = box.entities.filter((e) => NAME_KINDS.has(e.entityKind) || e.entityKind === 'person').map((e) => e.span);
      const v = fallbackVerb(doc.text, { start: refSpan.start, end: box.span.end }, refSpan, names);
      if (v && v.span.start >= refSpan.end && v.cls !== 'plan' && !box.triggers.some((t) => spansOverlap(t.span, v.span))) {
        const t: TriggerMention = { kind: 'trigger', span: v.span, text: v.text, ruleId: `events/fallback/${v.cls}`, eventType: fallbackEventType(doc.text, v), planned: false };
        out.push(inferredDraft(box, t, source, 'events/reference', union(refSpan, v.span)));
      }
    }
    // A second happening of another kind ("flew envoys in during the unrest and offered ...").
    // ... or a second predicate of the same subject ("signed four accords and reopened a road").
    const second = best
      ? strongest(
          outside.filter(
            (t) =>
              t !== best &&
              t.eventType !== best.eventType &&
              !out.some((o) => o.trigger === t) &&
              // (not what a statement reports: "she said the deal was close")
              !(best.eventType === 'statement' && t.span.start >= best.span.end && !/[;.]/.test(doc.text.slice(best.span.end, t.span.start))) &&
              ((COMBINABLE.has(best.eventType) && COMBINABLE.has(t.eventType)) || (t.eventType !== 'other' && coordinatedPredicates(doc.text, best, t))),
          ),
          best.span,
        )
      : null;
    if (second) out.push(inferredDraft(box, second, source, 'events/reference', second.span));
    // Every further predicate of the same subject ("renamed the body, adopted a plan and
    // approved a budget"), whatever its kind: a happening of its own.
    if (best) {
      for (const t of outside) {
        if (out.some((o) => o.trigger === t) || t.eventType === 'other') continue;
        // (or the verb of a clause of other doers joined by ", and the ministries agreed ...")
        if (
          PAST_VERB_RE.test(t.text.split(/\s+/)[0]!) &&
          out.some((o) => PAST_VERB_RE.test(o.trigger.text.split(/\s+/)[0]!) && (listedPredicate(doc.text, o.trigger, t) || joinedClause(doc.text, o.trigger, t)))
        ) {
          out.push(inferredDraft(box, t, source, 'events/reference', t.span));
          continue;
        }
        // "During the signing, X called it historic; Y announced ...": another speaker's words
        // on the same occasion.
        // ("Berg told the ceremony that ..., while Ode called the treaty ...": a second speaker after ", while")
        if (t.eventType === 'statement' && best.eventType === 'statement' && t.span.start > best.span.end && /;|,\s*(?:while|whereas)\s/.test(doc.text.slice(best.span.end, t.span.start)) && hasSpeaker(t, box)) {
          out.push(inferredDraft(box, t, source, 'events/reference', t.span));
        }
      }
    }
    return out;
  }
  if (explicitOnly) return [];
  // "Within hours, the two leaders signed ...": the same day as the happening before (its
  // first one dated to the day, else its last).
  if (previous.length > 0 && SOON_RE.test(text)) {
    const src = previous.find((x) => x.date && x.dateValue.granularity === 'day') ?? previous[previous.length - 1]!;
    const best = strongest(triggers.filter((t) => weightOf(t) >= 2), box.span);
    if (best) return [inferredDraft(box, best, src, 'events/soon-after', best.span)];
  }
  // "In addition, companies signed memoranda": continues the event of the sentence before.
  const prev = previous[previous.length - 1];
  if (prev && CONTINUATION_RE.test(text)) {
    const best = strongest(triggers.filter((t) => weightOf(t) >= 2), box.span);
    if (best) return [inferredDraft(box, best, prev, 'events/continuation', best.span)];
  }
  // "Thereafter, X and Y signed ...": later, in the same year as far as the text tells.
  if (prev && SEQUEL_RE.test(text) && /^\d{4}/.test(prev.dateValue.start)) {
    const best = strongest(triggers.filter((t) => weightOf(t) >= 2), box.span);
    if (best) {
      const x = inferredDraft(box, best, prev, 'events/sequel', best.span);
      const y = prev.dateValue.start.slice(0, 4);
      x.dateValue = { value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year', inferred: true };
      return [x];
    }
  }
  // "The main ones were the Charter of ... and the Plan ...": named documents of the
  // agreements just reported.
  const signing = previous.filter((x) => x.trigger.eventType === 'agreement').pop();
  const named = signing ? namedDocuments(doc, box, signing, box.span.start) : [];
  if (named.length > 0) return named;
  // "Its premier called the decision a turning point": a reaction to the happening just told.
  return reactionDrafts(doc, box, triggers, previous, history);
}

/**
 * "the 2020 statement", "The 2031 summit was different", "the August 2030 visit": a year (or a
 * month with its year) right before its happening's noun (after a determiner) names a happening already told with a
 * date in that year (same kind, an earlier sentence): a back-reference, not a new happening.
 */
function yearBackReference(text: string, x: Draft, told: Draft[]): boolean {
  const d = x.date;
  // (a year, or a month or season with its year: "the August 2030 visit")
  if (!d?.date || !/^(?:(?:\p{Lu}\p{Ll}+)\s+)?\d{4}$/u.test(d.text) || x.trigger.span.start < d.span.end) return false;
  if (!/^\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(d.span.end, x.trigger.span.start)) || x.trigger.span.start - d.span.end > 20) return false;
  if (!/\b(?:the|its|their|this|that)\s+$/i.test(text.slice(Math.max(0, d.span.start - 8), d.span.start))) return false;
  // (the same kind, or the same noun: "a statement signed on 9 May 2020" ... "the 2020 statement")
  const noun = new RegExp(`\\b${x.trigger.text.split(/\s+/).pop()!.replace(/[^\p{L}]/gu, '').replace(/s$/, '')}s?\\b`, 'iu');
  return told.some(
    (o) =>
      o.sentence.index < x.sentence.index &&
      (o.trigger.eventType === x.trigger.eventType || noun.test(o.trigger.text)) &&
      o.dateValue.start <= d.date!.end &&
      o.dateValue.end >= d.date!.start &&
      o.dateValue.start.slice(0, 4) === d.date!.start.slice(0, 4),
  );
}

/** "that day", "the same evening", "on that day" in a sentence without a date of its own. */
const DAY_REFERENCE_RE = /(?<!\b(?:from|since|until|till|to|before|after|of|by)\s+)\b(?:on\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b(?!\s+(?:on|onwards|forward))/i;
/** The core every DAY_REFERENCE_RE match holds, with its flags: a text without it has none (most sentences; the look-behind that opens DAY_REFERENCE_RE is tried at every place). */
const DAY_REFERENCE_CORE_RE = /(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)/i;

/** DAY_REFERENCE_RE's first match in `text`. */
function dayReferenceIn(text: string): RegExpExecArray | null {
  return DAY_REFERENCE_CORE_RE.test(text) ? DAY_REFERENCE_RE.exec(text) : null;
}

/**
 * "X and Y shook hands in Riga on 8 May. The two leaders initialled a treaty that day and signed
 * a declaration.": a sentence with no date of its own that says "that day" / "the same evening"
 * happened on the last day stated in the paragraph (this sentence or up to three before; its
 * happening when one has that date), inferred: its strongest happening told in the past, and the
 * further predicates of the same doers.
 */
function dayReference(doc: ExtractedDoc, box: SentenceBox, all: Draft[]): Draft[] {
  const text = doc.text;
  const m = dayReferenceIn(text.slice(box.span.start, box.span.end));
  if (!m) return [];
  let p = doc.sentences[box.index]?.paragraph ?? 0;
  // a paragraph that opens with the reference ("Late that evening ...") continues the one
  // before, across a subheading: its last sentences are looked at too
  const opens = /^\W*(?:(?:late|early|later|earlier)\s+)?$/i.test(text.slice(box.span.start, box.span.start + m.index)) && doc.sentences[box.index - 1]?.paragraph !== p;
  let day: DateMention | null = null;
  for (let i = box.index - 1; i >= 0 && box.index - i <= 3 && !day; i--) {
    const s = doc.sentences[i];
    if (!s) break;
    if (s.paragraph !== p) {
      if (!opens || i !== box.index - 1) {
        // (past a subheading: a short line with no sentence end)
        const prev = doc.sentences[i + 1];
        const heading = prev && prev.paragraph !== s.paragraph && i + 2 === box.index && opens && isHeadingLine(text, prev.span);
        if (!heading) break;
      }
      p = s.paragraph;
    }
    for (const mm of doc.mentions) {
      if (mm.kind !== 'date' || mm.span.start < s.span.start || mm.span.end > s.span.end || !mm.date) continue;
      if (mm.date.granularity === 'day' || (mm.date.granularity === 'range' && /^\d{4}-\d{2}-\d{2}$/.test(mm.date.end))) day = mm;
    }
  }
  if (!day) return [];
  const triggers = box.triggers.filter((t) => weightOf(t) >= 2 && !isNegated(text, t) && t.eventType !== 'other' && !t.planned && toldInPast(text, t.span));
  const at = { start: box.span.start + m.index, end: box.span.start + m.index + m[0].length };
  let best = strongest(triggers, at);
  // ("Late that evening the mayor asked the army for help": no trigger, but a verb that tells a
  // happening by its form, see fallbackDraft)
  if (!best) {
    const names = box.entities.filter((e) => NAME_KINDS.has(e.entityKind) || e.entityKind === 'person').map((e) => e.span);
    const v = fallbackVerb(text, { start: at.start, end: box.span.end }, at, names);
    if (v && v.span.start >= at.end && (v.cls === 'past' || v.cls === 'perfect' || v.cls === 'passive') && !box.triggers.some((t) => spansOverlap(t.span, v.span))) {
      best = { kind: 'trigger', span: v.span, text: v.text, ruleId: `events/fallback/${v.cls}`, eventType: fallbackEventType(text, v), planned: false };
    }
  }
  if (!best) return [];
  // (a range: its last day, "talks on 10-11 May ... that evening")
  const v = day.date!;
  const iso = v.granularity === 'range' ? v.end : v.start;
  const value: DateValue = { value: iso, start: iso, end: iso, granularity: 'day', inferred: true };
  const source = all.find((x) => x.date === day) ?? null;
  const make = (t: TriggerMention): Draft =>
    newDraft({
      trigger: t,
      date: null,
      dateValue: value,
      sentence: box,
      scope: box.span,
      from: source,
      rule: `${t.ruleId}+events/day-reference`,
      planned: false,
      anchor: gap(t.span, at) <= 60 ? union(t.span, at) : t.span,
    });
  const out = [make(best)];
  // (the further predicates of the same doers, before or after it: "initialled X that day and signed Y")
  for (const t of triggers) {
    if (out.some((o) => o.trigger === t || spansOverlap(o.trigger.span, t.span))) continue;
    if (!PAST_VERB_RE.test(t.text.split(/\s+/)[0]!) || !PAST_VERB_RE.test(best.text.split(/\s+/)[0]!)) continue;
    // (the day phrase itself is no clause break: "initialled X that day and signed Y")
    const [x, y] = ordered(best, t);
    const between = text.slice(x.span.end, y.span.start).replace(DAY_REFERENCE_RE, ' ');
    if (between.length > 140 || /[;:!?—–]|\.\s|\b(?:but|which|who|that|when|while|whose)\b/i.test(between)) continue;
    if (/(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:they|he|she|we)\s+)?(?:then\s+|also\s+|later\s+)?$/i.test(between)) out.push(make(t));
  }
  return out;
}

/**
 * Is there a subheading line (a short capitalised line with no sentence end and no digits: "How
 * the deal was made") among the sentences strictly between sentence `from` and sentence `to`?
 */
function headingBetween(doc: ExtractedDoc, from: number, to: number): boolean {
  // (a heading is a sentence of its own, or a line in the gap between two sentences)
  for (let i = from; i < to; i++) {
    const s = doc.sentences[i];
    const next = doc.sentences[i + 1];
    if (!s || !next) continue;
    const own = doc.text.slice(s.span.start, s.span.end);
    if (i > from && isSubheading(own) && isHeadingLine(doc.text, s.span) && !/\n/.test(own.trim())) return true;
    for (const line of doc.text.slice(s.span.end, next.span.start).split(/\n/)) {
      const t = line.replace(/^[\s#*_]+|[\s*_]+$/g, '');
      if (t && isSubheading(t) && t.length <= 60 && !/\d/.test(t)) return true;
    }
  }
  return false;
}

/** A subheading: a short sentence of its own line with no sentence end ("How it ended"). */
function isHeadingLine(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end).trim();
  return t.length <= 60 && !/[.!?:;]["”’)]*$/.test(t) && !/\d/.test(t);
}

/** A day told by reference to one told before: "the same day", "that evening". */
const SAME_DAY_RE = /^(?:on\s+)?(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)$/i;

/** Happenings other happenings are dated by when the text ties them to it (a visit, a meeting). */
const OCCASION_TYPES = new Set<EventType>(['visit', 'meeting']);

/** The visit or meeting a happening is, or was dated from (null when neither). */
function occasionOf(h: Draft): Draft | null {
  for (let x: Draft | null = h, n = 0; x && n < 6; x = x.from, n++) if (OCCASION_TYPES.has(x.trigger.eventType)) return x;
  return null;
}

/**
 * A sentence without a date of its own, right after a dated visit or meeting, that tells what
 * happened on that occasion ("Ann Berg paid a state visit to Latvia on 2-3 May 2031. In Riga the
 * presidents signed a treaty. Berg also opened a school. On the second day, the leaders laid
 * ..."): its happenings take the occasion's date (inferred; "the second day" its second day). The
 * sentence must open with a cue (occasion.ts: "On the n-th day", "In <the occasion's city>", a
 * group of principals as subject, "there", "X also <verb>", an item of a list after "There:"),
 * the occasion must lie at most four sentences back ("also": in the sentence just before, or
 * dated by it) in the same paragraph or the one before, and the happening must be told in the
 * past (or be planned at a planned occasion).
 */
function occasionDrafts(doc: ExtractedDoc, box: SentenceBox, all: Draft[], countryOfName: (name: string) => string | null | undefined, pool?: TriggerMention[]): Draft[] {
  const text = doc.text;
  const triggers = (pool ?? box.triggers).filter((t) => weightOf(t) >= 2 && !isNegated(text, t));
  // (a list item may name its outcome by a noun alone: "3. A tungsten venture in ...")
  if ((triggers.length === 0 && (pool || !isListItem(text, box.span.start))) || all.length === 0) return [];
  let cue: OccasionCue | null = occasionCue(text.slice(box.span.start, box.span.end), box.span.start);
  // (a cue after a happening the sentence's own dates took is no cue for the sentence; an
  // occasion described in a sentence with dates of its own may be the one those dates tell)
  const firstDate = box.dates[0]?.span.start ?? box.span.end;
  if (cue && pool && (pool.some((t) => t.span.start < cue!.span.start) || (cue.kind === 'described' && !/[,;]/.test(text.slice(cue.span.end, firstDate))))) cue = null;
  let reach = 4;
  if (!cue && isListItem(text, box.span.start)) {
    // "There:" followed by "- X announced ...;" "- the leaders signed ..."; "The summit produced
    // five deliverables:" followed by "1. A declaration on ...", "2. Aircraft orders ...".
    const marked = isMarkedItem(text, box.span.start);
    for (let i = box.index - 1; i >= 0 && box.index - i <= 12; i--) {
      const s = doc.sentences[i]?.span;
      if (!s) break;
      const said = text.slice(s.start, s.end);
      // (a line without a bullet after bulleted items is no item: the text goes on after the list)
      if (!marked && isMarkedItem(text, s.start)) break;
      if (introducesList(said) || (marked && introducesOutcomes(said))) {
        cue = { kind: 'list', span: { start: box.span.start, end: box.span.start } };
        // (an outcome list may follow the sentence that tells the occasion, or the one before)
        reach = box.index - i + (introducesList(said) ? 1 : 3);
        break;
      }
      // (an item before this one: on a line of its own, ending with ";" or ".")
      if (!isListItem(text, s.start) || !/[;,.]\s*$/.test(said)) break;
    }
  }
  if (!cue) return [];
  if (cue.kind === 'also') reach = 1;
  if (cue.kind === 'venue' && !box.entities.some((e) => e.entityKind === 'city' && spansOverlap(e.span, cue!.span))) return [];
  const paragraph = (b: SentenceBox) => doc.sentences[b.index]?.paragraph ?? 0;
  let source: Draft | null = null;
  // "At the first leaders' summit, ...", "The same summit also ...": the occasion of that kind
  // (and ordinal) told before, however far back; none found: no date.
  // ("That summit adopted ..." after "The leaders met in Riga on D": with no ordinal and no
  // occasion told by that word, the occasion just told, when it is of that kind)
  const describedKind: EventType | null = cue.kind === 'described' ? (cue.described!.noun === 'visit' ? 'visit' : 'meeting') : null;
  if (cue.kind === 'described') {
    source = describedOccasion(doc, all, cue.described!, box.index);
    if (!source && cue.described!.ordinal !== null) return [];
  }
  for (let i = all.length - 1; i >= 0 && !source; i--) {
    const h = all[i]!;
    if (h.sentence.index >= box.index) continue;
    if (box.index - h.sentence.index > reach || (cue.kind !== 'list' && paragraph(box) - paragraph(h.sentence) > 1)) break;
    const root = occasionOf(h);
    if (!root || !/^\d{4}/.test(root.dateValue.start) || toldAsBackground(text, root.sentence.span.start, root.trigger.span)) continue;
    if (describedKind && root.trigger.eventType !== describedKind) continue;
    // ("At the same summit, the presidents adopted ...": told in the past, a planned occasion is not meant)
    if (describedKind && !happenedAntecedent(doc, root) && triggers.some((t) => toldInPast(text, t.span))) continue;
    if (cue.kind === 'venue') {
      const place = cue.place!;
      const country = countryOfName(place);
      const at = root.sentence.entities.some((e) => e.name === place || e.text === place || (country && e.entityKind === 'country' && e.name === country));
      if (!at) continue;
    }
    source = root;
  }
  // "The summit in Samarkand was the first ... During the summit the leaders adopted ...": an
  // occasion named by its city a few sentences back is the last dated one told with that city.
  if (!source && cue.kind !== 'also') source = namedOccasionNear(doc, box, cue.span.start, all);
  if (!source) return [];
  const planned = source.planned;
  const fit = triggers.filter((t) => (planned ? true : toldInPast(text, t.span) && !t.planned) && t.eventType !== 'other' && !(cue!.described && contains(cue!.span, t.span)));
  // An item of an outcome list names its outcome by its head noun ("1. A joint declaration on
  // ...", "2. Aircraft orders worth ..."): a happening of that kind (a trigger of that kind in the
  // item, else the head noun itself).
  if (cue.kind === 'list') {
    const head = outcomeHead(text.slice(box.span.start, box.span.end), box.span.start);
    if (head && !fit.some((t) => t.eventType === head.type)) {
      const own = (pool ?? box.triggers).find((t) => t.eventType === head.type && spansOverlap(t.span, head.span) && !isNegated(text, t));
      fit.unshift(own ?? { kind: 'trigger', span: head.span, text: head.text, ruleId: `events/${head.type}/outcome-item`, eventType: head.type, planned: false });
    }
  }
  const best = cue.kind === 'list' && fit.length > 0 && fit[0]!.ruleId.endsWith('/outcome-item') ? fit[0]! : strongest(fit, cue.span);
  if (!best) return [];
  const value = cue.kind === 'day' ? nthDay(source.dateValue, cue.day!) : { ...source.dateValue, inferred: true };
  if (!value) return [];
  const make = (t: TriggerMention, anchor: Span): Draft => {
    const x = inferredDraft(box, t, source!, `events/occasion/${cue!.kind}`, anchor);
    x.dateValue = value;
    x.planned = t.planned || planned;
    return x;
  };
  // "At the first summit, held in Riga, the leaders adopted ...": the occasion described with
  // words of its own (a participle telling where or by whom it was held) is told again, a
  // meeting of that date besides what happened there; its words are the phrase, the happening's
  // its trigger.
  const held = cue.kind === 'described' ? /^\s*,\s*(?:which\s+was\s+)?(?:held|hosted|convened|chaired)\b[^,;:]*/i.exec(text.slice(cue.span.end, box.span.end)) : null;
  const occasionWord = held ? (pool ?? box.triggers).find((t) => contains(cue!.span, t.span) && OCCASION_TYPES.has(t.eventType) && t.eventType === source!.trigger.eventType) : undefined;
  const anchor = occasionWord
    ? best.span
    : cue.span.end > cue.span.start && best.span.start >= cue.span.start && best.span.start - cue.span.start <= 120
      ? union(cue.span, best.span)
      : best.span;
  const out = [make(best, anchor)];
  if (occasionWord && held) out.unshift(make(occasionWord, { start: cue.span.start, end: cue.span.end + held[0].length }));
  // Further predicates of the same doers ("signed a treaty and opened a school").
  // (and a clause of other doers joined to it: "signed a declaration, and the ministries agreed
  // that ...": one more happening, even of the same kind)
  for (const t of fit) {
    if (out.some((o) => o.trigger === t) || t.span.start < best.span.end) continue;
    if (out.some((o) => o.trigger.eventType === t.eventType)) {
      if (out.some((o) => joinedClause(text, o.trigger, t))) out.push(make(t, t.span));
      continue;
    }
    if (PAST_VERB_RE.test(t.text.split(/\s+/)[0]!) && out.some((o) => listedPredicate(text, o.trigger, t))) out.push(make(t, t.span));
  }
  return out;
}

/**
 * "The summit in Samarkand was the first at which the EU met all five leaders.": a sentence with no
 * date whose subject is an occasion named by its city ("The summit in X", "The X summit") told
 * before with a date, and that goes on to tell it in the past, tells that occasion again: a
 * meeting (or visit) of its date (inferred; its words from the subject to the first verb after).
 */
function namedOccasionSubject(doc: ExtractedDoc, box: SentenceBox, all: Draft[], mine: Draft[]): Draft | null {
  const text = doc.text;
  const sentence = text.slice(box.span.start, box.span.end);
  const head = /^\W*The\s+(?:(?:summit|meeting|talks|visit|forum|session|conference)\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]*\s+(?:summit|meeting|talks|visit|forum|session|conference))\b/u.exec(sentence);
  if (!head) return null;
  const named = namedVenue(head[0]);
  if (!named) return null;
  const source = namedOccasion(all, { city: named.city, kind: named.kind }, box.index);
  if (!source) return null;
  const at = { start: box.span.start + head.index, end: box.span.start + head.index + head[0].length };
  const word = box.triggers.find((t) => contains(at, t.span) && t.eventType === named.kind);
  if (!word || mine.some((x) => spansOverlap(x.trigger.span, at))) return null;
  // (told in the past: "was", "were", "ended", "adopted" right after the subject)
  const verb = /^\s+(?:was|were|ended|opened|closed|adopted|produced|brought|marked|took|saw|became|\p{Ll}+ed)\b/u.exec(text.slice(at.end, box.span.end));
  if (!verb) return null;
  const x = inferredDraft(box, word, source, 'events/occasion/named-subject', { start: at.start, end: at.end + verb[0].length });
  const rest = text.slice(at.end + verb[0].length, Math.min(box.span.end, at.end + verb[0].length + 80));
  // (its words run on to the end of the first clause, "was the first at which the EU met all five leaders")
  const stop = /[,;:.]|\s(?:as|but|while|although)\s/.exec(rest);
  x.anchor = { start: at.start, end: at.end + verb[0].length + (stop ? stop.index : rest.length) };
  return x;
}

/** Occasion nouns that name any meeting or visit ("that meeting"), not one kind of it. */
const GENERIC_OCCASION_NOUNS = new Set(['meeting', 'visit', 'talks']);

/** How many sentences back an occasion described by its kind ("the same summit") may lie. */
const DESCRIBED_REACH = 40;

/**
 * The dated occasion a phrase describes ("the first leaders' summit", "the same session", "that
 * visit"): the last dated happening before sentence `before` (at most DESCRIBED_REACH back) whose
 * trigger, or the words just before it, hold the phrase's noun (for an ordinal, the ordinal a few
 * words before the noun); the visit or meeting it is, or was dated from.
 */
function describedOccasion(doc: ExtractedDoc, all: Draft[], phrase: OccasionPhrase, before: number): Draft | null {
  const text = doc.text;
  // ("that meeting", "the same visit" without an ordinal: any told meeting or visit may be meant —
  // a summit is a meeting too; the caller's own search finds it)
  if (phrase.ordinal === null && GENERIC_OCCASION_NOUNS.has(phrase.noun)) return null;
  const noun = phrase.noun === 'visit' ? 'visits?|trips?' : phrase.noun === 'talks' ? 'talks' : `${phrase.noun}s?`;
  const ordinals = ['', 'first|1st', 'second|2nd', 'third|3rd', 'fourth|4th', 'fifth|5th', 'sixth|6th', 'seventh|7th', 'eighth|8th', 'ninth|9th', 'tenth|10th'];
  const re =
    phrase.ordinal !== null
      ? new RegExp(`\\b(?:${ordinals[phrase.ordinal] ?? '$^'})\\s+(?:[\\p{L}'’+-]+\\s+){0,2}?(?:${noun})\\b`, 'iu')
      : new RegExp(`\\b(?:${noun})\\b`, 'iu');
  for (let i = all.length - 1; i >= 0; i--) {
    const h = all[i]!;
    if (h.sentence.index >= before) continue;
    if (before - h.sentence.index > DESCRIBED_REACH) break;
    const root = occasionOf(h);
    if (!root || !/^\d{4}/.test(root.dateValue.start)) continue;
    // (a planned occasion, or one told as an infinitive, "agreed to hold a summit", is not the one held)
    if (!happenedAntecedent(doc, root) || /\bto\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, root.trigger.span.start - 20), root.trigger.span.start))) continue;
    const t = root.trigger.span;
    const near = text.slice(Math.max(root.sentence.span.start, t.start - 40), t.end);
    if (re.test(near)) return root;
  }
  return null;
}

/**
 * The last dated visit or meeting (of kind `named.kind`) before sentence `before` told with city
 * `named.city` near its trigger (at most 60 sentences back).
 */
function namedOccasion(all: Draft[], named: { city: string; kind: EventType }, before: number): Draft | null {
  for (let i = all.length - 1; i >= 0; i--) {
    const h = all[i]!;
    if (h.sentence.index >= before) continue;
    if (before - h.sentence.index > 60) break;
    if (h.date && h.trigger.eventType === named.kind && h.sentence.entities.some((e) => (e.text === named.city || e.name === named.city) && gap(e.span, h.trigger.span) <= 80)) return h;
  }
  return null;
}

/**
 * The occasion named by its city ("the summit in Samarkand", "the Riga talks") in sentence `box`
 * (its text up to `end`) or up to three sentences before it in the same paragraph or the one
 * before, where that sentence has no date of its own: the dated occasion it names, or null.
 */
function namedOccasionNear(doc: ExtractedDoc, box: SentenceBox, end: number, all: Draft[]): Draft | null {
  const p = doc.sentences[box.index]?.paragraph ?? 0;
  for (let i = box.index; i >= 0 && box.index - i <= 3; i--) {
    const s = doc.sentences[i];
    if (!s || p - s.paragraph > 1) break;
    const named = namedVenue(doc.text.slice(s.span.start, i === box.index ? end : s.span.end));
    if (!named) continue;
    // (a sentence with a date of its own tells its own occasion)
    let dated = false;
    for (let k = all.length - 1; k >= 0 && all[k]!.sentence.index >= i; k--) if (all[k]!.sentence.index === i && all[k]!.sentence.dates.length > 0) dated = true;
    if (i !== box.index && dated) continue;
    const h = namedOccasion(all, named, box.index);
    if (h) return h;
  }
  return null;
}

/**
 * "X held talks in Riga on 2 May 2031 and the two ministers signed a plan": a second clause
 * whose doers are the same ones named again ("the two ministers", "they"), with no date of its
 * own, happened on the first clause's date (inferred).
 */
function anaphoricClauses(doc: ExtractedDoc, box: SentenceBox, mine: Draft[]): Draft[] {
  const text = doc.text;
  const out: Draft[] = [];
  for (const t of box.triggers) {
    if (mine.some((x) => x.trigger === t) || out.length > 0 || weightOf(t) < 2 || t.eventType === 'other' || isNegated(text, t)) continue;
    if (!PAST_VERB_RE.test(t.text.split(/\s+/)[0]!) || !toldInPast(text, t.span)) continue;
    const src = mine.filter((x) => x.date && x.trigger.span.end <= t.span.start).sort((a, b) => a.trigger.span.end - b.trigger.span.end).pop();
    if (!src || src.trigger.eventType === t.eventType) continue;
    const between = text.slice(Math.max(src.trigger.span.end, src.anchor.end), t.span.start);
    if (between.length > 160 || /[;:]|\.\s/.test(between) || !ANAPHORIC_CLAUSE_RE.test(between)) continue;
    // (a date of its own further on in its clause is its date)
    if (box.dates.some((d) => d.span.start >= t.span.end && !/[;:]/.test(text.slice(t.span.end, d.span.start)) && !isPeriodOfValidity(text, d) && !isBaseline(text, d))) continue;
    out.push(inferredDraft(box, t, src, 'events/occasion/same-doers', t.span));
  }
  return out;
}

/**
 * "At the summit in Riga on 4 May 2031 the leaders adopted a plan, and Latvia was handed the
 * chair": a sentence that opens with its occasion and date dates every happening of its main
 * clauses told in the past with no date of its own (inferred; one per kind besides the dated ones).
 */
function frontedOccasion(doc: ExtractedDoc, box: SentenceBox, mine: Draft[]): Draft[] {
  const text = doc.text;
  const d0 = box.dates[0];
  if (!d0 || !FRONTED_OCCASION_RE.test(text.slice(box.span.start, d0.span.start))) return [];
  const src = mine.find((x) => x.date === d0);
  if (!src) return [];
  const out: Draft[] = [];
  for (const t of box.triggers) {
    if (t.span.start < d0.span.end || weightOf(t) < 2 || isNegated(text, t) || mine.some((x) => x.trigger === t)) continue;
    if ([...mine, ...out].some((x) => x.trigger.eventType === t.eventType || spansOverlap(x.anchor, t.span)) || !toldInPast(text, t.span)) continue;
    // (a date of its own further on in its clause is its date; a programme's period is none)
    if (box.dates.some((d) => d !== d0 && d.span.start >= t.span.end && !/[;:]/.test(text.slice(t.span.end, d.span.start)) && !isPeriodOfValidity(text, d) && !isBaseline(text, d))) continue;
    if (/[;:]/.test(text.slice(d0.span.end, t.span.start))) continue;
    out.push(inferredDraft(box, t, src, 'events/occasion/fronted', t.span));
  }
  return out;
}

/** Kinds of happening a date fronted before the whole sentence dates in a later clause. */
const FRONTED_DATE_TYPES = new Set<EventType>(['visit', 'meeting', 'agreement', 'statement', 'establishment', 'opening', 'diplomatic']);

/**
 * "In the second half of 2031, after the fall of X in May, the agenda shifted, and the working
 * groups met twice": a date fronted before the whole sentence ("In D, ...") dates a past happening
 * of a later clause that no date took, when any date between them stands in a dating phrase
 * ("after the fall of X in May") closed by a comma, and none follows it in its clause. Only when
 * the fronted date took no happening of its own; one per kind besides the dated ones.
 */
function frontedDate(doc: ExtractedDoc, box: SentenceBox, mine: Draft[]): Draft[] {
  const text = doc.text;
  const d0 = box.dates[0];
  if (!d0 || !/^\W*(?:in|during|by|on)\s+$/i.test(text.slice(box.span.start, d0.span.start)) || !/^\s*,/.test(text.slice(d0.span.end, d0.span.end + 3))) return [];
  const src = mine.find((x) => x.date === d0);
  if (src) return [];
  const out: Draft[] = [];
  for (const t of box.triggers) {
    if (t.span.start < d0.span.end || weightOf(t) < 2 || !FRONTED_DATE_TYPES.has(t.eventType) || isNegated(text, t) || mine.some((x) => x.trigger === t)) continue;
    if ([...mine, ...out].some((x) => x.trigger.eventType === t.eventType || spansOverlap(x.anchor, t.span)) || !toldInPast(text, t.span) || t.planned) continue;
    if (/[;:]|\.\s/.test(text.slice(d0.span.end, t.span.start))) continue;
    const between = box.dates.filter((d) => d !== d0 && d.span.start >= d0.span.end && d.span.end <= t.span.start);
    if (!between.every((d) => /\b(?:after|before|following|since|amid|until)\b[^,;]*$/i.test(text.slice(Math.max(d0.span.end, d.span.start - 50), d.span.start)) && /,/.test(text.slice(d.span.end, t.span.start)))) continue;
    if (box.dates.some((d) => d.span.start >= t.span.end && !/[;:,]/.test(text.slice(t.span.end, d.span.start)))) continue;
    const x: Draft = newDraft({
      trigger: t,
      date: d0,
      dateValue: d0.date!,
      sentence: box,
      scope: box.span,
      from: null,
      anchor: t.span,
      rule: `${t.ruleId}+${d0.ruleId}+events/fronted-date`,
      planned: t.planned,
    });
    out.push(x);
  }
  return out;
}

/** "Within hours, ...", "Within minutes, ...": soon after the happening before, the same day. */
const SOON_RE = /^\W*within\s+(?:(?:a\s+few|several|some)\s+)?(?:hours|minutes)\b/i;

/** A reference whose doers are heads of state or government ("the two presidents", "the leaders"). */
const LEADERS_RE = /\b(?:presidents|heads\s+of\s+state|leaders|prime\s+ministers|premiers)\b/i;

/** Does a happening involve a head of state or government (by office, or by title in its sentence)? */
function withLeader(text: string, h: Draft): boolean {
  return h.sentence.entities.some((e) => {
    if (e.entityKind !== 'person') return false;
    const offices = gazetteerEntry(e.name)?.offices ?? [];
    if (offices.some((o) => /^(?:president|prime minister|premier|head of state|king|emir|chairman)$/i.test(o.title))) return true;
    return /\b(?:President|Prime\s+Minister|Premier)\s+$/.test(text.slice(Math.max(0, e.span.start - 20), e.span.start));
  });
}

/**
 * Two predicates of one subject in a list ("renamed the body, adopted a plan and approved a
 * budget"): the later trigger is a past-tense verb after ",", "and" or ", and", with no clause
 * of another kind between them.
 */
function listedPredicate(text: string, a: TriggerMention, b: TriggerMention): boolean {
  if (coordinatedPredicates(text, a, b)) return true;
  const [x, y] = ordered(a, b);
  const between = text.slice(x.span.end, y.span.start);
  if (between.length > 140 || /[;:!?—–]|\.\s|\b(?:but|which|who|that|when|while|whose)\b/i.test(between)) return false;
  // (", and they opened ...": the same doers named again by a pronoun)
  return (
    /(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:they|he|she|we)\s+)?(?:then\s+|also\s+|later\s+|together\s+)?$/i.test(between) &&
    PAST_VERB_RE.test(y.text.split(/\s+/)[0]!)
  );
}

/**
 * "X signed a declaration, and the ministries agreed that ...": `b` is the verb of a clause
 * joined after `a` by ", and" with a subject of its own (a noun phrase with a determiner).
 */
function joinedClause(text: string, a: TriggerMention, b: TriggerMention): boolean {
  if (b.span.start < a.span.end) return false;
  const between = text.slice(a.span.end, b.span.start);
  return (
    between.length <= 160 &&
    /^[^;:!?]*?,\s+(?:and|while)\s+(?:the|its|their|both|each|all)\s+(?:[\p{L}-]+\s+){1,3}(?:(?:also|then|later|jointly)\s+)?$/iu.test(between) &&
    !/\.\s/.test(between) &&
    PAST_VERB_RE.test(b.text.split(/\s+/)[0]!)
  );
}

/** A word that looks like a verb in the past tense ("adopted", "signed", "made", "took"). */
const PAST_VERB_RE = /^\p{Ll}[\p{L}-]*(?:ed|ew|ot|et|ade|ook|aid|(?<!m)ent|ave)$/u;

/**
 * Documents signed along with the one a signing verb took, that the text sets apart: after "as
 * well as", or a named one (capitalised: "and a Riga Declaration on ...") after "and", in the
 * same clause (no ";", no other date between). Each is an agreement of the signing's date.
 */
function separateDocuments(doc: ExtractedDoc, box: SentenceBox, x: Draft, mine: Draft[]): Draft[] {
  if (x.trigger.eventType !== 'agreement' || !PAST_VERB_RE.test(x.trigger.text.split(/\s+/)[0]!)) return [];
  const text = doc.text;
  const out: Draft[] = [];
  for (const t of box.triggers) {
    if (t.ruleId !== 'events/agreement/document' || t.span.start <= x.trigger.span.end || mine.some((o) => o.trigger === t)) continue;
    const between = text.slice(x.trigger.span.end, t.span.start);
    if (between.length > 160 || /[;:]|\.\s/.test(between) || box.dates.some((d) => d.span.start >= x.trigger.span.end && d.span.end <= t.span.start && d !== x.date)) continue;
    // (not past another signing verb: that one's documents are its own)
    if (box.triggers.some((o) => o !== x.trigger && o.eventType === 'agreement' && PAST_VERB_RE.test(o.text.split(/\s+/)[0]!) && o.span.start > x.trigger.span.end && o.span.end <= t.span.start)) break;
    const apart = /\bas\s+well\s+as\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(between);
    const named = /\band\s+(?:a|an|the)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u.test(between) && (/^\p{Lu}/u.test(t.text) || /\p{Lu}[\p{L}-]*\s+$/u.test(between));
    if (!apart && !named) continue;
    const y = inferredDraft(box, t, x, 'events/separate-document', t.span);
    y.dateValue = { ...x.dateValue };
    out.push(y);
  }
  return out;
}

/** Named documents (capitalised agreement words) after an elaboration cue, from `from` on. */
function namedDocuments(doc: ExtractedDoc, box: SentenceBox, source: Draft, from: number): Draft[] {
  const text = doc.text;
  const cue = ELABORATION_RE.exec(text.slice(from, box.span.end));
  if (!cue) return [];
  const after = from + cue.index + cue[0].length;
  return box.triggers
    .filter((t) => t.span.start >= after && t.eventType === 'agreement' && /^\p{Lu}/u.test(t.text) && t.ruleId.startsWith('events/agreement/'))
    .filter((t) => !/signed|signing|ratif|agreed|approved|adopted/i.test(t.text))
    .map((t) => inferredDraft(box, t, source, 'events/elaboration', t.span));
}

/** Before the subject of a clause that dates a happening by another ("a month after the Soviet Union ..."). */
const DATING_CLAUSE_BEFORE_RE = /\b(?:after|before|until|since)\s+(?:the\s+)?$/i;
/** A finite verb right after that subject ("... dissolved", "... had collapsed", "... fell"). */
const OWN_VERB_AFTER_RE = /^\s+(?:had\s+|was\s+|were\s+)?(?:\p{Ll}+ed|fell|broke\s+up|began|came|went|left|took)\b/u;

/** After a country's demonym: the kind of place it qualifies ("the Latvian resort of", "the Estonian city of"). */
const VENUE_OF_COUNTRY_RE = /^\s+(?:(?:Black\s+Sea|Caspian|Baltic|mountain|lakeside|seaside|border)\s+)?(?:resort|city|town|port|capital|village|spa)\s+of\s/i;

/** Is `e` a country's demonym that places a happening ("at the Latvian resort of Jurmala")? */
function venueCountry(text: string, e: EntityMention): boolean {
  return VENUE_OF_COUNTRY_RE.test(text.slice(e.span.end, e.span.end + 30));
}

/** Kinds of happening whose city is only where it took place ("signed in Aktau", "met in Baku"). */
const VENUE_TYPES = new Set<EventType>(['meeting', 'agreement', 'statement']);
/** Kinds of happening whose place is a party even when it only names a thing ("the Baku embassy", "a visit to the Riga summit"). */
const NAME_PLACE_TYPES = new Set<EventType>(['visit', 'diplomatic'])

/** Before a person named as a preposition's object ("a meeting with X", "talks with the envoy, X,"). */
const OBJECT_PERSON_BEFORE_RE = /\b(?:with|to|from|against|towards)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}.'’-]+(?:\s+|,\s*)){0,7}$/u;

/**
 * Is person `e` the object of a preposition ("held talks with X", "At a meeting with the envoy,
 * X, ...")? A subject pronoun ("he said") refers back to a subject, not to such an object.
 */
function objectPerson(text: string, b: SentenceBox, e: EntityMention): boolean {
  const lead = text.slice(Math.max(b.span.start, e.span.start - 80), e.span.start);
  return OBJECT_PERSON_BEFORE_RE.test(lead) && !/[;:()]/.test(lead.slice(lead.search(/\b(?:with|to|from|against|towards)\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}.'’-]+(?:\s+|,\s*)){0,7}$/u)));
}

/** How far (characters) from its trigger and date an event's actors may stand. */
const ACTOR_REACH = 90;
/** An apposition that names a happening's doers: ", chaired by X", ", hosted by X and Y", ", witnessed by X". */
const APPOSED_DOER_RE = /^\s*(?:(?:jointly|personally)\s+)?(?:chaired|co-chaired|hosted|co-hosted|attended|witnessed|led|presided\s+over)\s+by\s/i;
/** Right before a name: the rest of such an apposition ("..., witnessed by the presidents of A and ") . */
const APPOSED_DOER_BEFORE_RE = /,\s*(?:(?:jointly|personally)\s+)?(?:chaired|co-chaired|hosted|co-hosted|attended|witnessed|led)\s+by\s+(?:\p{Lu}[\p{L}.'’-]*|the|and|,|\s)*$/u;
/** After a speech verb, how far its speaker's side may reach ("X said that Y ..." ends at "that"). */
const STATEMENT_AFTER_REACH = 30;

/**
 * The part of the sentence whose entities are the event's actors: its scope, cut to the clause
 * around the trigger and date (";", ":" and dashes end a clause) and to ACTOR_REACH on each side.
 */
function actorReach(text: string, x: Draft, siblings: Draft[]): Span {
  // A second happening on a date (a speech during a visit) has its own trigger as centre.
  const centre = x.secondary ? x.trigger.span : x.anchor;
  let start = Math.max(x.scope.start, centre.start - ACTOR_REACH);
  // What a statement says is not who made it: only a few words after a speech verb.
  const afterReach = x.trigger.eventType === 'statement' ? STATEMENT_AFTER_REACH : ACTOR_REACH;
  let end = Math.min(x.scope.end, centre.end + afterReach);
  const base = start;
  const before = text.slice(start, centre.start);
  let cutB = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  // (a dash that closes a list of names set off by dashes, "The five states — A, B and C —
  // signed ...", does not end the clause)
  const dash = Math.max(before.lastIndexOf('—'), before.lastIndexOf(' – '));
  if (dash > cutB && !closesApposition(text, x.scope.start, start + dash)) cutB = dash;
  // A coordinated clause that opens with its own adverbial (", and in May 2011 a bridge was
  // damaged") starts the event's part.
  for (const m of before.matchAll(/,\s+(?:and|but|while|whereas|yet)\s+(?=(?:in|on|by|since|during|after|then|later|from|at)\b)/gi)) cutB = Math.max(cutB, m.index + m[0].length - 1);
  // (so does one whose subject is a pronoun or a name: "..., and it entered into force on 2 May",
  // "X welcomed the deal, and Y called both leaders"; a list cut so is taken whole again below)
  for (const m of text.slice(start, centre.end).matchAll(/,\s+(?:and|but|while|whereas|yet)\s+(?=(?:it|they|he|she)\s|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Ll}+(?:ed|t)\b)/gu)) {
    if (m.index + m[0].length <= before.length) cutB = Math.max(cutB, m.index + m[0].length - 1);
  }
  if (cutB >= 0) start += cutB + 1;
  // '"... A and B ...," X told reporters': a quote that closes before the speech verb is what
  // was said, not who said it; the speaker's side starts after it.
  if (x.trigger.eventType === 'statement') {
    let close = -1;
    for (const q of before.matchAll(/[,.!?…]\s*["”]|[,.!?…]’(?=\s)/g)) close = q.index + q[0].length;
    if (close > 0 && base + close > start && base + close <= centre.start) start = base + close;
  }
  const after = text.slice(centre.end, end);
  // What a statement quotes is what it says, not who says it.
  // (", but ..." after it opens a clause of its own: "relations were set up in 1993, but the
  // talks took place at CIS meetings")
  const m = x.trigger.eventType === 'statement' ? /[;:—‘“"«]| – |,\d{0,2}\s+but\s/.exec(after) : /[;:—]| – |,\d{0,2}\s+but\s/.exec(after);
  if (m) end = centre.end + m.index;
  // (", and X plans ...": a coordinated clause with a named subject and its own verb is another's)
  const and = /,\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:(?:has|had|will|also)\s+)?\p{Ll}{2,}(?:s|ed)\b/u.exec(text.slice(centre.end, end));
  if (and) end = centre.end + and.index;
  // Another happening of the same sentence: its side of the comma between the two is its own
  // ("After the 2003 uprising in Ruritania, the premier sent a letter").
  // "On her trip to X on 4 April, Premier Y told reporters": the possessive points to the subject
  // after the comma, which is the visit's actor too.
  const possessive = /\b(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, x.trigger.span.start - 30), x.trigger.span.start));
  for (const o of siblings) {
    if (o === x || o.trigger === x.trigger) continue;
    const t = o.trigger.span;
    if (t.start >= centre.end && !possessive) {
      // A fronted phrase ends at its first comma.
      // (past an apposition that names its doers, "the summit, chaired by X, adopted ...": the
      // happening's, up to the comma that closes it)
      let comma = text.indexOf(',', centre.end);
      const apposed = comma >= 0 ? APPOSED_DOER_RE.exec(text.slice(comma + 1, t.start)) : null;
      if (apposed) {
        const close = text.indexOf(',', comma + 1 + apposed[0].length);
        if (close >= 0 && close < t.start) comma = close;
      }
      if (comma >= 0 && comma < t.start) end = Math.min(end, comma);
    } else if (t.end <= centre.start) {
      // The main clause starts after the comma that closes the other happening's phrase.
      const comma = text.indexOf(',', Math.max(t.end, o.anchor.end));
      if (comma >= 0 && comma < centre.start) start = Math.max(start, comma + 1);
    }
  }
  return { start, end };
}

/**
 * The subject a sentence opens with: its first country, person, body or company when only an
 * article ("The Nordic Council ...") or a short opening phrase ("In 2004 Latvia ...", "Since
 * then, X ...") stands before it. Null otherwise.
 */
function sentenceSubject(text: string, box: SentenceBox): EntityMention | null {
  // (the first plausible actor: the earliest start, the first of the list on a tie)
  let e: EntityMention | undefined;
  for (const m of box.entities) if (ACTOR_KINDS.has(m.entityKind) && plausibleActor(m, text) && (!e || m.span.start < e.span.start)) e = m;
  if (!e) return null;
  const lead = text.slice(box.span.start, e.span.start);
  return /^\W*(?:(?:in|on|by|since|after|during|until|from|later|then|thereafter|meanwhile)\b[^,;:()]{0,30}?,?\s+)?(?:the\s+)?$/i.test(lead) ? e : null;
}

/** Names of places built or opened, not bodies that act ("... Centre", "... Terminal"). */
const FACILITY_RE = /\b(?:Centre|Center|School|University|Hospital|Museum|Terminal|Port|Park|Plant|Station|Airport|Library|Stadium|Hotel|Complex|Campus|Hub)\b/;

/** A body named as the one who pays: "financed by X", "with a loan of $5 million from X". */
const FINANCIER_RE =
  /\b(?:(?:financed|funded|co-financed|backed|sponsored)\s+(?:in\s+part\s+|mainly\s+|largely\s+|jointly\s+)?by|(?:loans?|credits?|grants?|financing|funding|funds)\s+(?:of\s+[^,;()]{1,40}?\s+)?(?:from|by|of))\s+(?:the\s+)?$/i;

function isFinancier(text: string, box: SentenceBox, e: EntityMention): boolean {
  return (e.entityKind === 'organization' || e.entityKind === 'company') && FINANCIER_RE.test(text.slice(Math.max(box.span.start, e.span.start - 70), e.span.start));
}

/** Is the place right before a named company, as its possessor ("Oslo's Nordvale Group")? */
function possessedCompany(text: string, box: SentenceBox, e: EntityMention): boolean {
  const m = /^['’]s\s+/.exec(text.slice(e.span.end, e.span.end + 4));
  if (!m) return false;
  const at = e.span.end + m[0].length;
  return box.entities.some((c) => c.span.start === at && c.entityKind === 'company');
}

/** A sentence that opens with a subordinate clause ("When ...", "After X signed ..."). */
const SUBORDINATE_RE = /^\W*(?:when|once|after|before|until|as\s+soon\s+as|although|though|because|while)\s+(?!the\s+\d)/i;

/** A sentence that opens with an adverbial phrase ("Since ...", "During ...", "In May 2012, after ..."). */
const FRONTED_RE = /^\W*(?:in|on|at|since|after|following|before|during|amid|amidst|with|despite|until|upon|throughout|while|when|once|although|though|because|as\s+soon\s+as)\b/i;

/**
 * The fronted phrase that holds an event ("Since the invasion of X by Y in 2022, ...",
 * "In May 2012, during a visit to Riga, ..."): where it ends (its closing comma), and whether
 * it names its own doer (a country, person, body or company inside it). Null when the event is
 * not inside such a phrase.
 */
function frontedPhrase(text: string, x: Draft): { end: number; agentless: boolean } | null {
  const box = x.sentence.span;
  if (!FRONTED_RE.test(text.slice(box.start, box.end))) return null;
  const comma = text.indexOf(',', x.anchor.end);
  if (comma < 0 || comma >= box.end || comma - x.anchor.end > 40) return null;
  const phrase = text.slice(box.start, comma);
  if (/[;:]/.test(phrase)) return null;
  // A finite verb of the main clause inside it ("In 2004 Ruritania signed a deal, ...") means
  // this is no fronted phrase.
  // (a trigger used as a noun has a determiner or possessor before it: "the blockade", "X's visit")
  const noun = /(?:\b(?:the|a|an|his|her|their|its|this|that)|['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu.test(
    text.slice(Math.max(box.start, x.trigger.span.start - 40), x.trigger.span.start),
  );
  // (a subordinate clause, "When X took office in 2016, ...", needs no noun: it is a clause)
  if (!noun && !SUBORDINATE_RE.test(text.slice(box.start, box.end))) return null;
  // (a place it goes to or happens in, "a visit to Latvia", is not its doer; "his visit" points
  // to the subject of the main clause)
  if (/\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(box.start, x.trigger.span.start - 30), x.trigger.span.start))) {
    return { end: comma, agentless: true };
  }
  const inside = x.sentence.entities.some(
    (e) =>
      ACTOR_KINDS.has(e.entityKind) &&
      e.span.start >= box.start &&
      e.span.end <= comma &&
      plausibleActor(e, text) &&
      !/\b(?:to|in|at|from|near|into|across)\s+(?:the\s+)?$/i.test(text.slice(Math.max(box.start, e.span.start - 12), e.span.start)),
  );
  return { end: comma, agentless: !inside };
}

/**
 * "On 3 March and 8 May, X and Y concluded pacts with Z, respectively": the k-th date
 * goes with the k-th name of the list; the other names of that list are not this event's.
 */
function respectiveOthers(text: string, x: Draft, siblings: Draft[]): Set<EntityMention> {
  const none = new Set<EntityMention>();
  const box = x.sentence;
  if (!x.date || !/\brespectively\b/i.test(text.slice(box.span.start, box.span.end))) return none;
  const dates = [...new Set(siblings.map((o) => o.date).filter((d): d is DateMention => d !== null))].sort((a, b) => a.span.start - b.span.start);
  const k = dates.indexOf(x.date);
  if (dates.length < 2 || k < 0) return none;
  // Lists of names joined by "," and "and" only.
  const ents = box.entities.filter((e) => ACTOR_KINDS.has(e.entityKind)).sort((a, b) => a.span.start - b.span.start);
  let group: EntityMention[] = [];
  const groups: EntityMention[][] = [];
  for (const e of ents) {
    const last = group[group.length - 1];
    if (last && /^(?:\s*,)?\s*(?:and\s+)?$/i.test(text.slice(last.span.end, e.span.start)) && e.span.start > last.span.end) group.push(e);
    else {
      if (group.length > 1) groups.push(group);
      group = [e];
    }
  }
  if (group.length > 1) groups.push(group);
  const list = groups.find((g) => g.length === dates.length);
  if (!list) return none;
  return new Set(list.filter((_, i) => i !== k));
}

/** An adverbial phrase of background set off by commas ("after X's invasion of Y,", "amid the Z crisis,"). */
const BACKGROUND_OPEN_RE = /(?:^|,)\s*(?:after|following|amid|amidst|since|despite|before)\s+[^,;:()]*$/i;

/**
 * Is `e` inside a background phrase that ends before the happening's trigger, with the clause's
 * own subject (another actor) between the phrase's closing comma and the trigger? ("In 2022,
 * after Ruritania's invasion of Freedonia, Latvian firms moved their cargo south": Latvia only.)
 */
function inBackgroundPhrase(text: string, box: SentenceBox, e: EntityMention, x: Draft): boolean {
  if (e.span.end > x.trigger.span.start) return false;
  if (!BACKGROUND_OPEN_RE.test(text.slice(box.span.start, e.span.start))) return false;
  const comma = text.indexOf(',', e.span.end);
  if (comma < 0 || comma >= x.trigger.span.start || /[;:]/.test(text.slice(e.span.end, comma))) return false;
  // (a demonym counts here: "Kazakh exporters")
  return box.entities.some((o) => o !== e && ACTOR_KINDS.has(o.entityKind) && o.span.start > comma && o.span.end <= x.trigger.span.start);
}

/**
 * Before a city named as an end of a line: "a cable ... between (A and) ", "a ferry route from (A
 * to) ", "connected (A with) ", "linking (A and) ".
 */
const ROUTE_END_BEFORE_RE =
  /(?:\b(?:cables?|lines?|pipelines?|railways?|railroads?|roads?|highways?|links?|routes?|corridors?|connections?|interconnectors?|bridges?|canals?|tunnels?|ferr(?:y|ies)|flights?)\b[^,;:.()]{0,60}?\b(?:between|from)|\b(?:connect|link)(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:ports?|cities|city|towns?)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(?:(?:and|with|to)\s+(?:the\s+)?(?:(?:port|city|town)\s+of\s+)?)?$/u;

/** Is city `e` an end of a line the sentence names ("a cable of 300 km between A and B")? */
function routeEnd(text: string, box: SentenceBox, e: EntityMention): boolean {
  return e.entityKind === 'city' && ROUTE_END_BEFORE_RE.test(text.slice(Math.max(box.span.start, e.span.start - 110), e.span.start));
}

/** A sentence that opens with the occasion of a speech ("At the summit ...", "During talks in ..."). */
const OCCASION_OPEN_RE = /^\W*(?:at|during|on\s+the\s+(?:sidelines|margins|fringes)\s+of|speaking\s+(?:at|during|in))\s/i;

/**
 * Is `e` inside a fronted phrase that gives the occasion of a statement, with the speaker (an
 * actor) between the phrase's closing comma and the speech verb? ("At the forum in Oslo on 3
 * May, the Latvian minister, Ivo Kask, said ...": neither the forum nor Norway speaks.)
 */
function inFrontedOccasion(text: string, box: SentenceBox, e: EntityMention, x: Draft): boolean {
  if (x.trigger.eventType !== 'statement' || e.span.end > x.trigger.span.start) return false;
  if (!OCCASION_OPEN_RE.test(text.slice(box.span.start, box.span.end))) return false;
  // (the phrase: up to its first comma outside parentheses)
  let depth = 0;
  let comma = -1;
  for (let i = box.span.start; i < x.trigger.span.start; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ';' || ch === ':') && depth === 0) return false;
    else if (ch === ',' && depth === 0) {
      comma = i;
      break;
    }
  }
  if (comma < 0 || e.span.end > comma) return false;
  return box.entities.some((o) => o !== e && ACTOR_KINDS.has(o.entityKind) && o.span.start > comma && o.span.end <= x.trigger.span.start);
}

/** A relative clause that lists a body's members or scope: ", which covers ", ", which includes A, ". */
const MEMBERSHIP_CLAUSE_RE =
  /,\s*(?:which|that|whose\s+members\s+(?:are|include))\s+(?:now\s+|also\s+)?(?:(?:covers?|covered|includes?|included|comprises?|comprised|groups?|grouped|spans?|unites?|united|brings?\s+together|brought\s+together|consists?\s+of|is\s+made\s+up\s+of)\s+)?(?:the\s+)?(?:[^,;:()]*,\s*)*[^,;:()]*$/i;

/**
 * Is `e` in a relative clause, set off before the happening's verb, that lists the members or
 * the scope of the doer ("the fund, which covers A, B and C, approved ...")?
 */
function inMembershipClause(text: string, box: SentenceBox, e: EntityMention, x: Draft): boolean {
  if (e.span.end > x.trigger.span.start) return false;
  const lead = text.slice(Math.max(box.span.start, e.span.start - 120), e.span.start);
  const m = MEMBERSHIP_CLAUSE_RE.exec(lead);
  if (!m || !/\b(?:covers?|covered|includes?|included|comprises?|comprised|groups?|grouped|spans?|unites?|united|together|consists?|made\s+up|members)\b/i.test(m[0])) return false;
  // (the clause closes with a comma before the verb: ", approved ...")
  const between = text.slice(e.span.end, x.trigger.span.start);
  return /,\s*(?:\p{Ll}+\s+){0,2}$/u.test(between) && !/[;:]/.test(between);
}

/** A list of names cut by the reach ("Norway, Sweden, Finland, and Denmark") is taken whole. */
function extendOverLists(text: string, box: SentenceBox, reach: Span): Span {
  const ents = box.entities.filter((e) => ACTOR_KINDS.has(e.entityKind)).sort((a, b) => a.span.start - b.span.start);
  const joined = (a: EntityMention, b: EntityMention) =>
    b.span.start >= a.span.end && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(a.span.end, b.span.start));
  let { start, end } = reach;
  for (let i = 0; i + 1 < ents.length; i++) {
    const a = ents[i]!;
    const b = ents[i + 1]!;
    if (a.span.start < end && b.span.start >= end && joined(a, b)) end = b.span.end;
  }
  for (let i = ents.length - 1; i > 0; i--) {
    const a = ents[i - 1]!;
    const b = ents[i]!;
    if (b.span.end > start && a.span.end <= start && joined(a, b)) start = a.span.start;
  }
  return { start, end };
}

/**
 * A one-word name the gazetteer does not know ("Energy", "Parliament") is not taken as an actor,
 * nor a demonym that only modifies a place or thing ("the Finnish border"), when the entity
 * extractor marks it so (an optional `role: 'modifier'`).
 */
function plausibleActor(e: EntityMention, text?: string): boolean {
  if ((e as EntityMention & { role?: string }).role === 'modifier') return false;
  if (text && e.entityKind === 'country' && /demonym/.test(e.ruleId) && COMPANY_NOUN_RE.test(text.slice(e.span.end, e.span.end + 60))) return false;
  // "since Soviet times", "the Soviet collapse", "the Ottoman era": a demonym naming a period is no party.
  if (text && e.entityKind === 'country' && /demonym/.test(e.ruleId) && PERIOD_NOUN_RE.test(text.slice(e.span.end, e.span.end + 30))) return false;
  // ("the post-Soviet states", "pre-Ottoman borders": a time before or after it)
  if (text && e.entityKind === 'country' && /demonym/.test(e.ruleId) && /\b(?:post|pre)-$/i.test(text.slice(Math.max(0, e.span.start - 5), e.span.start))) return false;
  // (a one-word name the extractor took for a company by its form or context, "the operator
  // Nordtel", "BrightRail", is a name, not a common word)
  return !(e.ruleId.includes('/unknown/') && !/\s/.test(e.name.trim()) && e.entityKind !== 'company');
}

/**
 * Words that name the parties of a happening as a group without naming them ("bilateral",
 * "trilateral", "joint", "interstate", "intergovernmental", "the sides", "both parties", "their
 * foreign ministers"). Phrases the entity extractor already resolved ("the two countries") are
 * entity mentions of their own and are not read here.
 */
const GROUP_WORD_RE =
  /\b(?:bilateral|trilateral|joint|interstate|inter-state|intergovernmental|inter-governmental|(?:the|both|all)\s+(?:two\s+|three\s+|four\s+|five\s+)?(?:sides|parties|partners)|the\s+(?:[\p{L}-]+\s+)?delegations|their\s+(?:[\p{L}-]+\s+){0,2}(?:ministers|leaders|presidents|heads|governments|delegations|officials|armies|armed\s+forces|prime\s+ministers|envoys|diplomats)|both\s+(?:[\p{L}-]+\s+)?(?:ministries|capitals|governments|presidents|leaders|countries|states|delegations|ministers|parliaments)|the\s+(?:(?:defen[cs]e|foreign|economy|energy|interior|transport|trade|finance|prime)\s+)?(?:ministers|presidents|leaders)(?!\s+of\b))\b/iu;

/** What the event assembly knows of the document around a sentence (for group words). */
interface GroupContext {
  boxes: SentenceBox[];
  /** Groups of countries the entity extractor resolved ("the two countries"), in text order. */
  groups: { start: number; names: string[] }[];
}

function contextGroups(doc: ExtractedDoc): { start: number; names: string[] }[] {
  const by = new Map<number, string[]>();
  for (const m of doc.mentions) {
    if (m.kind !== 'entity' || !/^entities\/context\/(?:pair|group)$/.test(m.ruleId)) continue;
    const names = by.get(m.span.start) ?? [];
    if (!names.includes(m.name)) names.push(m.name);
    by.set(m.span.start, names);
  }
  return [...by.entries()].filter(([, n]) => n.length >= 2).map(([start, names]) => ({ start, names })).sort((a, b) => a.start - b.start);
}

/** Runs of two or more countries joined by "," and "and" ("Latvia, Estonia and Finland"), in text order. */
function countryLists(text: string, box: SentenceBox): { end: number; names: string[] }[] {
  const ents = box.entities.filter((e) => e.entityKind === 'country' && plausibleActor(e)).sort((a, b) => a.span.start - b.span.start);
  const out: { end: number; names: string[] }[] = [];
  let run: EntityMention[] = [];
  const flush = () => {
    const names = [...new Set(run.map((e) => e.name))];
    if (names.length >= 2) out.push({ end: run[run.length - 1]!.span.end, names });
  };
  for (const e of ents) {
    const last = run[run.length - 1];
    if (last && e.span.start >= last.span.end && /^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(last.span.end, e.span.start))) run.push(e);
    else {
      flush();
      run = [e];
    }
  }
  flush();
  return out;
}

/**
 * The group a group word at `pos` refers to: a list of countries before it in its sentence, else
 * in the sentence before (same paragraph), else the last group the extractor resolved before it
 * ("the two countries"), else the countries of the section's heading. Null when none has two.
 */
function groupAt(doc: ExtractedDoc, box: SentenceBox, pos: number, ctx: GroupContext, helpers?: EventHelpers): string[] | null {
  const here = countryLists(doc.text, box).filter((l) => l.end <= pos).pop();
  if (here) return here.names;
  const i = box.index;
  if (i > 0 && doc.sentences.length === ctx.boxes.length) {
    const a = doc.sentences[i]!;
    const b = doc.sentences[i - 1]!;
    if (a.paragraph === b.paragraph && a.section === b.section) {
      const prev = countryLists(doc.text, ctx.boxes[i - 1]!).pop();
      if (prev) return prev.names;
    }
  }
  const g = ctx.groups.filter((x) => x.start < pos).pop();
  if (g) return g.names;
  const h = headingActors(doc, pos);
  if (h.length >= 2) return h;
  // (else the two or more countries the brief's title is about: "How Riga and Tallinn ...")
  const t = helpers ? titleActors(doc, ctx.boxes, helpers) : [];
  return t.length >= 2 ? t : null;
}

function actorsOf(doc: ExtractedDoc, x: Draft, helpers: EventHelpers, siblings: Draft[], ctx?: GroupContext): string[] {
  const out: string[] = [];
  const add = (name: string | null | undefined) => {
    if (name && !out.includes(name)) out.push(name);
  };
  const box = x.sentence;
  // List items of the sentence belong to their own events.
  const regions = box.dates.map((d) => (d === x.date ? null : listItemRegion(doc.text, d, box))).filter((r): r is Span => r !== null);
  // The other members of a date series ("in A in 2019, in B in 2020") are theirs.
  if (x.series) for (const it of x.series) if (it !== x.item) regions.push(it);
  const own = x.date ? listItemRegion(doc.text, x.date, box) ?? x.item ?? null : null;
  // Documents, institutions and deals are between states and bodies; the officials who sign or
  // found them stand for their country.
  const impersonal = IMPERSONAL.has(x.trigger.eventType);
  let reach = actorReach(doc.text, x, siblings);
  // A fronted phrase with its own doer ("Since X's invasion of Y in 2022, ...") ends at its
  // comma; without one ("During a visit to Riga in May, President Z said ..."), the subject of
  // the main clause is its doer too.
  const fronted = x.date || x.from ? frontedPhrase(doc.text, x) : null;
  let subject: EntityMention | null = null;
  if (fronted && !fronted.agentless) reach = { start: reach.start, end: Math.min(reach.end, fronted.end) };
  else if (fronted && (x.trigger.eventType === 'visit' || x.trigger.eventType === 'meeting')) {
    const next = box.triggers.find((t) => t.span.start > fronted.end);
    subject =
      box.entities.find(
        (e) =>
          ACTOR_KINDS.has(e.entityKind) &&
          e.span.start > fronted.end &&
          e.span.start - fronted.end <= 60 &&
          (!next || e.span.end <= next.span.start) &&
          plausibleActor(e, doc.text),
      ) ?? null;
    // ("At the summit, held in X, he announced ...": "he" or "she" as the main clause's subject is
    // the person named last before, in this sentence or up to two sentences back in the paragraph)
    if (!subject && ctx && /^\W*(?:he|she)\s/i.test(doc.text.slice(fronted.end, fronted.end + 8))) {
      const persons = (b: SentenceBox, before: number) =>
        b.entities.filter((e) => e.entityKind === 'person' && e.span.end <= before && plausibleActor(e, doc.text) && !objectPerson(doc.text, b, e)).sort((a, b2) => a.span.start - b2.span.start);
      let p = persons(box, fronted.end).pop();
      const para = doc.sentences.length === ctx.boxes.length ? doc.sentences[box.index]?.paragraph : undefined;
      for (let k = 1; !p && para !== undefined && k <= 2 && box.index - k >= 0; k++) {
        if (doc.sentences[box.index - k]!.paragraph !== para) break;
        p = persons(ctx.boxes[box.index - k]!, Infinity).pop();
      }
      subject = p ?? null;
    }
  }
  // "The Nordic Council, founded in 1952, has met every year since": the subject before an
  // apposition that holds another happening is this happening's subject too.
  const opener = sentenceSubject(doc.text, box);
  if (
    opener &&
    reach.start > opener.span.end &&
    x.trigger.span.start > opener.span.end &&
    /^\s*,/.test(doc.text.slice(opener.span.end, opener.span.end + 3)) &&
    siblings.some((o) => o !== x && o.trigger !== x.trigger && o.trigger.span.start > opener.span.end && o.anchor.end <= x.trigger.span.start) &&
    !/[;:]/.test(doc.text.slice(opener.span.end, x.trigger.span.start))
  ) {
    const close = doc.text.slice(opener.span.end, x.trigger.span.start).split(',').length - 1;
    if (close === 2) reach = { start: opener.span.start, end: reach.end };
  }
  // "agreed on 2 May 2030 by the border chiefs, X of Latvia's guard and Y of Estonia's, and ...":
  // the by-phrase after the happening names its doers, however long; it ends at its clause.
  let byPhrase: Span | null = null;
  {
    const after = doc.text.slice(x.anchor.end, box.span.end);
    const by = /^\s*,?\s*by\s+/i.exec(after);
    if (by) {
      const rest = after.slice(by[0].length);
      const stop = /;|:|\.\s|,\s+(?:and|but|while|whereas|which|who)\s+(?:the|a|an|its|their|his|her|this|that|it|they)\b/i.exec(rest);
      const end = x.anchor.end + by[0].length + Math.min(stop ? stop.index : rest.length, 250);
      byPhrase = { start: x.anchor.end + by[0].length, end };
      if (end > reach.end) reach = { start: reach.start, end };
    }
  }
  reach = extendOverLists(doc.text, box, reach);
  // A person who acts for an organisation named just before them ("the Secretary of the
  // Nordic Council Eva Berg", "EU Commissioner X") stands for it, not for the
  // country of their birth.
  const forBody = (p: EntityMention) =>
    box.entities.some((e) => e.entityKind === 'organization' && e.span.end <= p.span.start && p.span.start - e.span.end <= 40) ||
    /\b(?:Commissioner|Secretary[- ]General|High\s+Representative|Special\s+Representative|Director[- ]General)\b[^.;]{0,40}$/.test(
      doc.text.slice(Math.max(box.span.start, p.span.start - 60), p.span.start),
    );
  // "inaugurated by President X": the named doer of a deal or an opening stays a party.
  // ("signed by X and Y": both)
  // ("signed on 2 May by X and Y", "agreed on 2 May by the border chiefs, X of Latvia's guard and
  // Y of Estonia's": the by-phrase right after the date names its doers too)
  const agentOf = (e: EntityMention) =>
    (byPhrase !== null && x.trigger.span.end <= x.anchor.end && contains(byPhrase, e.span)) ||
    // ("signed a declaration, witnessed by X, that ...": the apposition names a doer too, when no
    // other happening's trigger stands between)
    (e.span.start >= x.trigger.span.end &&
      APPOSED_DOER_BEFORE_RE.test(doc.text.slice(Math.max(x.trigger.span.end, e.span.start - 90), e.span.start)) &&
      !siblings.some((o) => o.trigger !== x.trigger && o.trigger.span.start >= x.trigger.span.end && o.trigger.span.end <= e.span.start)) ||
    (e.span.start >= x.trigger.span.end &&
    /^\s+by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3})?(?:(?:,\s*|\s*and\s+)(?:\p{Lu}[\p{L}.-]*\s+){0,3})?$/u.test(doc.text.slice(x.trigger.span.end, e.span.start).replace(/\s+$/, ' ')));
  // "Presidents X and Y signed ...", "he and Y had signed": persons named as the subject right
  // before a signing verb are parties to what they signed.
  const signer = (e: EntityMention) =>
    x.trigger.eventType === 'agreement' &&
    /^sign/i.test(x.trigger.text) &&
    e.span.end <= x.trigger.span.start &&
    x.trigger.span.start - e.span.end <= 80 &&
    (SIGNER_GAP_RE.test(doc.text.slice(e.span.end, x.trigger.span.start)) ||
      // ("when Secretary X met the ministers in Riga and signed ...": the subject of a coordinated
      // predicate, opening its clause)
      (/^\s+\p{Ll}+(?:ed|et|ew|ook|ade|ave)\s[^,;:.()]{0,60}?\s+and\s+(?:also\s+|then\s+|jointly\s+)?$/u.test(doc.text.slice(e.span.end, x.trigger.span.start)) &&
        /(?:^|[,;]\s*|\b(?:when|after|as)\s+)(?:(?:\p{Lu}[\p{L}.-]*|of|for|the)\s+){0,6}$/u.test(doc.text.slice(box.span.start, e.span.start))));
  const venues: string[] = [];
  // (the countries of a line's ends, and whether a body, company or person is named as a doer)
  const ends: string[] = [];
  let doerNamed = false;
  // "signed in Aktau on 2 May", "summits in Riga in 2001 and Tallinn in 2007": after the trigger,
  // in its clause.
  const venueOf = (e: EntityMention): boolean => {
    // (a list item's own place, "met three times (in A in 2019, in B in 2020)", is what sets it apart: a party)
    if (own && contains(own, e.span)) return false;
    // ("a session in Riga, where a road map was agreed"; "In Riga the presidents signed ...")
    if (e.span.end <= x.trigger.span.start && isVenue(doc.text, e.span.start, box.span.start)) {
      const between = doc.text.slice(e.span.end, x.trigger.span.start);
      if (/^[^;:]{0,40}?,\s*(?:where|at\s+which|during\s+which)\b/i.test(between)) return true;
      if (/^\W*(?:In|At)\s+$/.test(doc.text.slice(box.span.start, e.span.start)) && !/[;:]/.test(between) && between.length <= 60) return true;
    }
    if (e.span.start < x.trigger.span.start || e.span.start - x.trigger.span.end > 80) return false;
    if (/[;:]/.test(doc.text.slice(x.trigger.span.end, e.span.start))) return false;
    if (isVenue(doc.text, e.span.start, box.span.start)) return true;
    const prev = box.entities.filter((o) => o.entityKind === 'city' && o.span.end <= e.span.start).sort((a, b) => a.span.start - b.span.start).pop();
    return !!prev && isVenue(doc.text, prev.span.start, box.span.start) && /^\s*(?:,\s*|(?:,\s*)?and\s+)(?:in\s+)?$/u.test(doc.text.slice(prev.span.end, e.span.start).replace(/\s+in\s+(?:\d{4}|\p{Lu}\p{Ll}+\s+\d{4})/gu, ''));
  };
  const addEntity = (e: EntityMention) => {
    // A national body ("the Milli Majlis ratified ...") acts for its country.
    const state = e.entityKind === 'organization' ? nationalBodyCountry(e.name) : null;
    if (state) add(state);
    else if (ACTOR_KINDS.has(e.entityKind)) {
      if (e.entityKind !== 'country') doerNamed = true;
      if (!(impersonal && e.entityKind === 'person' && !agentOf(e) && !signer(e))) add(e.name);
      // (not one named after an impersonal happening's trigger who is not its doer: "a deal was
      // signed in May, praised later by X" is not X's country's)
      if (e.entityKind === 'person' && !forBody(e) && !(impersonal && e.span.start >= x.trigger.span.end && !agentOf(e)))
        add(
          helpers.countryOf?.(e.name) ??
            statedCountry(doc.text, box, e) ??
            statedCountryInDoc(doc.text, ctx?.boxes, e) ??
            (ctx && NATIONAL_OFFICE_BEFORE_RE.test(doc.text.slice(Math.max(box.span.start, e.span.start - 40), e.span.start)) ? homeCountry(doc, ctx.boxes, helpers) : null),
        );
    } else if (e.entityKind === 'city') {
      // A city where it happens ("signed in Aktau", "the Dushanbe summit", "the Xi'an
      // Declaration") is a venue: its country is a party only when nobody else is.
      // (a place where a thing is set up or opened, or an embassy's city, is a party)
      const c = helpers.countryOf?.(e.name);
      // ("the eighth session in Geneva", "the file went to Geneva": a seat of international
      // bodies makes no party of its country, unless the sentence names the country itself)
      if (c && !NAME_PLACE_TYPES.has(x.trigger.eventType) && gazetteerEntry(e.name)?.seat && !box.entities.some((o) => o.entityKind === 'country' && o.name === c)) return;
      // (the ends of a line, "a cable between A and B", "connected A with B", are places it
      // runs to: their countries are parties only when no body, company or person is named)
      if (c && routeEnd(doc.text, box, e) && !(VENUE_TYPES.has(x.trigger.eventType) && venueOf(e))) {
        if (!ends.includes(c)) ends.push(c);
      } else if (c && ((VENUE_TYPES.has(x.trigger.eventType) && venueOf(e)) || (!NAME_PLACE_TYPES.has(x.trigger.eventType) && modifiesName(doc.text, e.span.end)))) {
        if (!venues.includes(c)) venues.push(c);
      } else add(c);
    }
  };
  // The route or project whose traffic or trade changed ("freight on the Amber Corridor rose").
  if (VOLUME_RULES.has(x.trigger.ruleId)) {
    for (const e of box.entities) if (e.entityKind === 'project' && contains(x.trigger.span, e.span)) add(e.name);
  }
  const others = respectiveOthers(doc.text, x, siblings);
  // "At a meeting with the envoy, X, on 7 May, he said ...": with "he" or "she" as the subject,
  // a person named before only as the object of "with" is not the speaker or traveller.
  const pronounSubject =
    PRONOUN_TYPES.has(x.trigger.eventType) &&
    /(?<![\p{L}])(?:he|she)\s+(?:(?:also|then|later|again|personally|publicly|first)\s+)?$/iu.test(doc.text.slice(Math.max(box.span.start, x.trigger.span.start - 30), x.trigger.span.start));
  for (const e of box.entities) {
    if (regions.some((r) => contains(r, e.span))) continue;
    if (others.has(e)) continue;
    if (pronounSubject && e.entityKind === 'person' && e.span.end <= x.trigger.span.start && objectPerson(doc.text, box, e)) continue;
    if (own && contains(own, e.span) && plausibleActor(e, doc.text)) {
      addEntity(e);
      continue;
    }
    // Troops sent "to the islands": the destination is the place, not a party.
    if (x.trigger.eventType === 'security' && /\bto\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, e.span.start - 8), e.span.start))) continue;
    // "the Latvian section (of the line)": the country of that part is a party, though its
    // demonym only modifies a noun.
    if (spansOverlap(e.span, reach) && e.entityKind === 'country' && /^\s+(?:section|part|segment|stretch|leg|portion)\b/i.test(doc.text.slice(e.span.end, e.span.end + 12))) {
      add(e.name);
      continue;
    }
    if (!spansOverlap(e.span, reach) || !plausibleActor(e, doc.text)) continue;
    // "on the sidelines of the UN General Assembly": the body whose session hosts a meeting is
    // where it happens, not a party.
    // (not the body's own summit when that is the happening: "on the margins of the X summit")
    {
      const side = /\b(?:on|at)\s+the\s+(?:sidelines|margins|fringes)\s+of\s+(?:the\s+)?(?:[\p{L}\d'’-]+\s+)?$/iu.exec(doc.text.slice(Math.max(box.span.start, e.span.start - 60), e.span.start));
      if (side && !(x.trigger.span.start >= e.span.start - side[0].length && x.trigger.span.start <= e.span.end + 15)) continue;
    }
    // "the US Chamber of Commerce": a state named inside a body's name is the body's (a
    // bilateral body's two states are added with it: see bodyMembers).
    if (e.entityKind === 'country' && box.entities.some((o) => (o.entityKind === 'organization' || o.entityKind === 'company') && contains(o.span, e.span) && spanLen(o.span) > spanLen(e.span))) continue;
    // "on 29 January 1992, a month after the Soviet Union dissolved": the doer of another
    // happening that only dates this one is no party.
    if (e.span.start > x.trigger.span.end && DATING_CLAUSE_BEFORE_RE.test(doc.text.slice(Math.max(x.trigger.span.end, e.span.start - 30), e.span.start)) && OWN_VERB_AFTER_RE.test(doc.text.slice(e.span.end, e.span.end + 30))) continue;
    // "after Russia's invasion of Ukraine, Kazakh exporters shifted cargo": the doers of a
    // background phrase set off before the clause's own subject are no parties.
    if (inBackgroundPhrase(doc.text, box, e, x)) continue;
    // "At the summit of X in Y on 2 May, the Z president said": where a speech was made is not
    // who made it.
    if (inFrontedOccasion(doc.text, box, e, x)) continue;
    // "the X programme, which covers A, B and six other countries, approved ...": the members a
    // relative clause lists before the happening's verb describe its doer, and take no part.
    if (inMembershipClause(doc.text, box, e, x)) continue;
    // A direction ("throughput towards X") is no party.
    if (/\b(?:towards?|bound\s+for|direction\s+of)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(box.span.start, e.span.start - 20), e.span.start))) continue;
    // Who pays for a project ("financed by the Nordic Bank") is not who builds or opens it.
    if (PROJECT_TYPES.has(x.trigger.eventType) && x.trigger.eventType !== 'agreement' && isFinancier(doc.text, box, e)) continue;
    // "X's Nordvale Group": the place only says where the named company is from.
    if ((e.entityKind === 'city' || e.entityKind === 'country') && possessedCompany(doc.text, box, e)) continue;
    // A facility built or opened ("construction of the Riga Science Centre") is what is done,
    // not who does it.
    // A facility as the venue ("spoke at Riga University", "a visit to Riga Port") is where,
    // not who.
    if (
      (e.entityKind === 'organization' || e.entityKind === 'company') &&
      FACILITY_RE.test(e.name) &&
      (x.trigger.eventType === 'opening' ||
        x.trigger.eventType === 'other' ||
        /\b(?:at|in|to|chose|visited|toured)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(box.span.start, e.span.start - 12), e.span.start)))
    ) continue;
    addEntity(e);
  }
  // A project built, opened or agreed on stands for the countries that build it ("the
  // Baku-Tbilisi-Kars railway was opened"); "its completion" points back to the project named
  // last in the sentence or the one before.
  if (PROJECT_TYPES.has(x.trigger.eventType) && !NOT_BY_BUILDERS_RE.test(x.trigger.ruleId) && !STOPPAGE_RE.test(x.trigger.text)) {
    const parties = helpers.partiesOf ?? projectParties;
    // (a route named once as the way is the way under every name: "via the Amber Line (AL)")
    const routes = new Set(
      box.entities
        .filter((e) => e.entityKind === 'project' && ROUTE_PREP_RE.test(doc.text.slice(Math.max(box.span.start, e.span.start - 24), e.span.start)))
        .map((e) => e.name),
    );
    let projects = box.entities.filter(
      (e) => e.entityKind === 'project' && spansOverlap(e.span, reach) && !regions.some((r) => contains(r, e.span)) && !routes.has(e.name),
    );
    // "its completion", "the first unit of the plant was switched on": the project named last,
    // in this sentence or the ones before it.
    const its = /\bits\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(doc.text.slice(Math.max(box.span.start, x.trigger.span.start - 30), x.trigger.span.start));
    const kindWord = PROJECT_ANAPHOR_RE.exec(ownClause(doc.text, box, x.trigger.span, x.trigger.eventType === 'agreement' ? 90 : 30));
    if (projects.length === 0 && (its || kindWord)) {
      // ("the plant" is a dam or plant, "the line" a railway or line; a project whose name says
      // no kind may be any)
      const fits = (e: EntityMention) => its || !kindWord || projectFits(e.name, kindWord[1]!);
      const before = box.entities.filter((e) => e.entityKind === 'project' && e.span.end <= x.trigger.span.start && fits(e));
      let last = before.sort((a, b) => a.span.start - b.span.start).pop();
      // (up to four sentences back, within the paragraph)
      const para = doc.sentences.length === ctx?.boxes.length ? doc.sentences[box.index]?.paragraph : undefined;
      for (let k = 1; !last && ctx && k <= 4 && box.index - k >= 0; k++) {
        if (k > 2 && (para === undefined || doc.sentences[box.index - k]!.paragraph !== para)) break;
        last = ctx.boxes[box.index - k]!.entities.filter((e) => e.entityKind === 'project' && fits(e)).sort((a, b) => a.span.start - b.span.start).pop();
      }
      projects = last ? [last] : [];
    }
    // Nobody named around it: a project the sentence names before it ("Rogun should have six
    // units; full operation is planned for 2031").
    if (projects.length === 0 && out.length === 0) {
      const before = box.entities.filter((e) => e.entityKind === 'project' && e.span.end <= x.trigger.span.start);
      const last = before.sort((a, b) => a.span.start - b.span.start).pop();
      projects = last ? [last] : [];
    }
    for (const p of projects) for (const c of parties(p.name) ?? []) add(c);
  }
  if (subject && !(impersonal && subject.entityKind === 'person')) addEntity(subject);
  // A parenthesis-list item far from its trigger: the names before the list (the traveller of
  // "X made visits to A (2019), B (2020), ...", the host of "visits to A were made by X (2019),
  // Y (2020)") are every item's.
  if (x.rule.endsWith('+events/list-item')) {
    const first = Math.min(...box.dates.map((d) => listItemRegion(doc.text, d, box)?.start ?? Infinity));
    const cut = doc.text.slice(box.span.start, first).lastIndexOf(';');
    const from = cut >= 0 ? box.span.start + cut + 1 : box.span.start;
    for (const e of box.entities) {
      if (e.span.start < from || e.span.end > first || regions.some((r) => contains(r, e.span)) || !plausibleActor(e, doc.text)) continue;
      addEntity(e);
    }
  }
  // A sentence that opens with a named person or body ("Lars Holm, the deputy head of
  // ..., told reporters"): the speaker or traveller, however long the apposition.
  if (x.trigger.eventType === 'statement' || x.trigger.eventType === 'visit') {
    const first = box.entities.find((e) => plausibleActor(e) && ACTOR_KINDS.has(e.entityKind));
    if (first && first.entityKind === 'person' && first.span.start - box.span.start <= 3 && first.span.end <= x.trigger.span.start) addEntity(first);
  }
  // "his first trip abroad ...": the person named last before it, in this sentence or the one
  // before (same paragraph), with their country.
  if (x.trigger.eventType === 'visit' && ctx && !out.some((n) => helpers.entityKindOf?.(n) === 'person' || box.entities.some((e) => e.name === n && e.entityKind === 'person'))) {
    if (/\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(doc.text.slice(Math.max(box.span.start, x.trigger.span.start - 40), x.trigger.span.start))) {
      const persons = (b: SentenceBox, before: number) =>
        b.entities.filter((e) => e.entityKind === 'person' && e.span.end <= before && plausibleActor(e, doc.text)).sort((a, b2) => a.span.start - b2.span.start);
      let p = persons(box, x.trigger.span.start).pop();
      if (!p && box.index > 0 && doc.sentences.length === ctx.boxes.length) {
        const a = doc.sentences[box.index]!;
        const b = doc.sentences[box.index - 1]!;
        if (a.paragraph === b.paragraph) p = persons(ctx.boxes[box.index - 1]!, Infinity).pop();
      }
      if (p) addEntity(p);
    }
  }
  // "On 4 May he told reporters ...", "when she came to Riga": a pronoun subject of a speech, a
  // trip or a meeting is the person named last before it, in this sentence or up to three
  // sentences back in the same paragraph, with their country.
  if (PRONOUN_TYPES.has(x.trigger.eventType) && ctx && !out.some((n) => helpers.entityKindOf?.(n) === 'person' || box.entities.some((e) => e.name === n && e.entityKind === 'person'))) {
    const lead = doc.text.slice(Math.max(box.span.start, x.trigger.span.start - 30), x.trigger.span.start);
    const pro = /(?<![\p{L}])(?:he|she)\s+(?:(?:also|then|later|again|personally|publicly|first)\s+)?$/iu.exec(lead);
    if (pro) {
      const at = x.trigger.span.start - lead.length + pro.index;
      const persons = (b: SentenceBox, before: number) =>
        b.entities.filter((e) => e.entityKind === 'person' && e.span.end <= before && plausibleActor(e, doc.text) && !objectPerson(doc.text, b, e)).sort((a, b2) => a.span.start - b2.span.start);
      let p = persons(box, at).pop();
      const para = doc.sentences.length === ctx.boxes.length ? doc.sentences[box.index]?.paragraph : undefined;
      for (let k = 1; !p && para !== undefined && k <= 3 && box.index - k >= 0; k++) {
        if (doc.sentences[box.index - k]!.paragraph !== para) break;
        p = persons(ctx.boxes[box.index - k]!, Infinity).pop();
      }
      if (p) addEntity(p);
    }
  }
  // "in 2023 it bought drones", "it downgraded its membership": an active "it" as the subject of
  // the happening is the country that opened a clause last (this sentence before the pronoun, or
  // up to three sentences back in the paragraph); nothing when a body or person opened it.
  if (ctx) {
    const lead = doc.text.slice(Math.max(box.span.start, x.trigger.span.start - 50), x.trigger.span.start);
    const pro = IT_SUBJECT_RE.exec(lead);
    // "Its bid to join X, made in 2021, ...": a sentence opening with "It"/"Its" is about the
    // country it refers to, for every happening of it that names no country of its own.
    const opens =
      !pro &&
      /^\W*It(?:s|['’]s)?\s/.test(doc.text.slice(box.span.start, box.span.start + 6)) &&
      !out.some((n) => helpers.entityKindOf?.(n) === 'country' || box.entities.some((e) => e.name === n && e.entityKind === 'country'));
    // (a sentence opening with "It" right after one that introduced a document with its parties
    // is about that document: see documentMemory)
    // ("It entered into force in 2006" after "The five states signed the convention": the
    // pronoun subject opening the sentence is the document too)
    const startsIt = /^\W*It(?:s)?\s/.test(doc.text.slice(box.span.start, box.span.start + 6));
    // ("..., and it entered into force on 2 May" after a signing: the document's entry into force)
    const documentVerb = !!pro && /\b(?:force|effect|ratif|expire)/i.test(x.trigger.text) && (DOCUMENT_MEMORY.get(ctx)?.some((e) => e.sentence === box.index - 1 || e.sentence === box.index) ?? false);
    const aboutDocument =
      documentVerb || ((opens || (pro && startsIt)) && MEMORY_TYPES.has(x.trigger.eventType) && (DOCUMENT_MEMORY.get(ctx)?.some((e) => e.sentence === box.index - 1) ?? false));
    if ((pro || opens) && !aboutDocument) {
      const at = pro ? x.trigger.span.start - lead.length + pro.index : box.span.start;
      const para = doc.sentences.length === ctx.boxes.length ? doc.sentences[box.index]?.paragraph : undefined;
      let subj = clauseSubjectBefore(doc.text, box, at);
      for (let k = 1; !subj && para !== undefined && k <= 3 && box.index - k >= 0; k++) {
        if (doc.sentences[box.index - k]!.paragraph !== para) break;
        const b = ctx.boxes[box.index - k]!;
        subj = clauseSubjectBefore(doc.text, b, b.span.end);
      }
      if (subj && (subj.entityKind === 'country' || subj.entityKind === 'city')) addEntity(subj);
    }
  }
  // "Iran, which ..., has warned ..., and its foreign minister visited Yerevan": an official of
  // "its" as the doer is the country that opened a clause last in the sentence.
  if (ctx && PRONOUN_TYPES.has(x.trigger.eventType)) {
    const lead = doc.text.slice(Math.max(box.span.start, x.trigger.span.start - 60), x.trigger.span.start);
    const its = ITS_OFFICIAL_RE.exec(lead);
    if (its) {
      const subj = clauseSubjectBefore(doc.text, box, x.trigger.span.start - lead.length + its.index);
      if (subj && subj.entityKind === 'country') addEntity(subj);
    }
  }
  // "the X platform, whose inaugural forum in May drew ...": "whose" points to the name right
  // before its comma (a format with its member states).
  {
    const lead = doc.text.slice(Math.max(box.span.start, x.trigger.span.start - 40), x.trigger.span.start);
    const whose = /,\s*whose\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(lead);
    if (whose) {
      const comma = x.trigger.span.start - lead.length + whose.index;
      const ante = box.entities
        .filter((e) => e.span.end <= comma && comma - e.span.end <= 40 && (ACTOR_KINDS.has(e.entityKind) || e.entityKind === 'region'))
        .sort((a, b) => a.span.start - b.span.start)
        .pop();
      const g = ante?.entityKind === 'region' ? gazetteerEntry(ante.name) : undefined;
      if (ante && ante.entityKind !== 'region') addEntity(ante);
      else if (ante && g?.format && g.parties) for (const n of [g.name, ...g.parties]) add(n);
    }
  }
  // "a plant reopened there in 2016": "there" right after the happening is the place named last
  // before it, in this sentence or the one before (same paragraph).
  if (ctx && /^\s+there\b/i.test(doc.text.slice(x.trigger.span.end, x.trigger.span.end + 8))) {
    const places = (b: SentenceBox, before: number) =>
      b.entities.filter((e) => (e.entityKind === 'city' || e.entityKind === 'country') && e.span.end <= before && plausibleActor(e, doc.text)).sort((a, b2) => a.span.start - b2.span.start);
    let place = places(box, x.trigger.span.start).pop();
    if (!place && box.index > 0 && doc.sentences.length === ctx.boxes.length && doc.sentences[box.index - 1]!.paragraph === doc.sentences[box.index]!.paragraph) {
      place = places(ctx.boxes[box.index - 1]!, Infinity).pop();
    }
    if (place) add(place.entityKind === 'country' ? place.name : helpers.countryOf?.(place.name));
  }
  if (!doerNamed) for (const c of ends) add(c);
  // Nobody else named: the venue's country.
  const venueAdded = out.length === 0 ? venues.filter((v) => !out.includes(v)) : [];
  for (const v of venueAdded) add(v);
  // "a trilateral summit", "the sides agreed", "their defence ministers met": the group in context.
  if (ctx) {
    // (after a fronted phrase without a doer, the subject of the main clause: "At the meeting
    // in Riga on 3 May, the sides agreed ...")
    const scan = fronted && fronted.agentless && fronted.end >= reach.end ? { start: reach.start, end: Math.min(box.span.end, fronted.end + 30) } : reach;
    GROUP_SCANS.set(x, scan);
    // "the five states signed", "the four governments held", "they signed": the group of that size named before
    // (not when the states found already make up the count: "a trilateral summit of A, B and C")
    const ownStates = out.filter((n) => !venueAdded.includes(n) && (helpers.entityKindOf?.(n) === 'country' || box.entities.some((e) => e.name === n && e.entityKind === 'country')));
    let counted = countedParties(doc, x, scan, ctx, helpers);
    if (counted && ownStates.length >= counted.length) counted = null;
    if (counted) {
      // (the venue's country, taken for want of parties, goes unless it is one of them)
      for (const v of venueAdded) if (!counted.includes(v) && out.includes(v)) out.splice(out.indexOf(v), 1);
      for (const n of counted) add(n);
    }
    for (const n of groupExpansion(doc, x, out, scan, ctx, helpers)) add(n);
    // (only the venue found: a group word anywhere before it in the sentence, "the sides agreed to
    // create a commission, which held its first session in Riga")
    if (out.length > 0 && out.every((n) => venueAdded.includes(n)) && scan.start > box.span.start) {
      for (const n of groupExpansion(doc, x, out, { start: box.span.start, end: scan.end }, ctx, helpers)) add(n);
    }
    documentMemory(doc, x, out, venueAdded, counted !== null, ctx, helpers);
    // "Summits in A in 2001 and B in 2007 yielded nothing", on the Caspian: meetings placed in two
    // or more states of a region the sentence or the one before names, and nobody else named,
    // are the region's states.
    const placed = [
      ...new Set(
        box.entities
          .filter(
            (e) =>
              (e.entityKind === 'city' && e.span.start > x.trigger.span.end && (isVenue(doc.text, e.span.start, box.span.start) || (venueOf(e) && !(own && contains(own, e.span))))) ||
              // ("at the Latvian resort of Jurmala", "in the Estonian city of Tartu": the place's country)
              (e.entityKind === 'country' && e.span.start > x.trigger.span.end && venueCountry(doc.text, e)),
          )
          .map((e) => (e.entityKind === 'country' ? e.name : helpers.countryOf?.(e.name)))
          .filter((c): c is string => !!c),
      ),
    ];
    if (x.trigger.eventType === 'meeting' && out.length > 0 && placed.length >= 2 && out.every((n) => placed.includes(n) || venueAdded.includes(n))) {
      const region = venueRegion(doc, box, [...new Set([...placed, ...out])], ctx);
      if (region) for (const n of region) add(n);
    }
    if (REGION_GROUP_TYPES.has(x.trigger.eventType) && !PAIR_RE.test(doc.text.slice(scan.start, scan.end))) {
      const own = regionGroupIn(doc, scan);
      // "the leaders adopted", "the second summit is due in X": the group of the meeting before
      const scanText = doc.text.slice(scan.start, scan.end);
      const group = own ?? (GROUP_LEADERS_RE.test(scanText) || ORDINAL_MEETING_RE.test(scanText) ? regionGroupBefore(doc, box, ctx) : null);
      const countries = out.filter((n) => helpers.entityKindOf?.(n) === 'country' && !venueAdded.includes(n));
      if (group && (own || countries.every((c) => group.includes(c)))) {
        // (the venue's country, taken for want of parties, goes unless it is one of them)
        for (const v of venueAdded) if (!group.includes(v) && out.includes(v)) out.splice(out.indexOf(v), 1);
        for (const n of group) add(n);
      }
    }
  }
  return out;
}

/** Trade of one side with another ("trade", "turnover", "exchange"), not a country's total ("foreign trade"). */
const TWO_SIDED_TRADE_RE = /^(?!.*\b(?:foreign|external|total|overall|global|world)\s+(?:trade|turnover)).*\b(?:trade|turnover|exchange)\b/i;
/** One country's total trade: "foreign trade", "Norway's trade", "its turnover". */
const ONE_SIDED_TRADE_RE = /(?:\b(?:foreign|external|total|overall|global|world)|['’]s|\b(?:its|their))\s+(?:[\p{L}-]+\s+)?(?:trade|turnover)\b/iu;
/** Words that make a body or a happening two-sided. */
const TWO_SIDED_WORD_RE = /\b(?:bilateral|intergovernmental|inter-governmental)\b/i;

/** Is the happening two-sided by nature: trade or turnover, diplomatic relations, a bilateral or intergovernmental body's? */
function twoSided(text: string, x: Draft): boolean {
  const near = text.slice(Math.max(x.sentence.span.start, x.trigger.span.start - 60), x.trigger.span.end);
  if (x.trigger.eventType === 'economic') {
    // (not one country's total: "its foreign trade grew", "Norway's trade rose 4 percent")
    if (ONE_SIDED_TRADE_RE.test(near) && !/\b(?:with|between)\b/i.test(x.trigger.text)) return false;
    return TWO_SIDED_TRADE_RE.test(x.trigger.text) || TWO_SIDED_WORD_RE.test(near);
  }
  if (x.trigger.eventType === 'diplomatic') return /\brelations\b/i.test(x.trigger.text);
  if (x.trigger.eventType === 'meeting' || x.trigger.eventType === 'establishment') return TWO_SIDED_WORD_RE.test(near);
  return false;
}

/**
 * "Turnover reached $58 million in 2023", "trade with X doubled", "the intergovernmental
 * commission met twice": a two-sided happening whose only party is one country, in a sentence
 * that names no other, has the brief's own country (mainCountry) as its other side.
 */
function otherSide(doc: ExtractedDoc, x: Draft, actors: string[], boxes: SentenceBox[], helpers: EventHelpers): string | null {
  if (actors.length !== 1 || !twoSided(doc.text, x)) return null;
  const main = mainCountry(doc, boxes, helpers);
  const only = actors[0]!;
  if (!main || only === main) return null;
  const isState = helpers.entityKindOf?.(only) === 'country' || x.sentence.entities.some((e) => e.name === only && e.entityKind === 'country');
  // (another state named in its clause makes the pair; "both capitals", read as the brief's
  // pair, names the brief's own country)
  const lead = doc.text.slice(x.sentence.span.start, x.trigger.span.start);
  let from = x.sentence.span.start;
  for (const m of lead.matchAll(/[;:]|,\s+(?:and|but|while|whereas)\s/g)) from = x.sentence.span.start + m.index + m[0].length;
  const otherState = x.sentence.entities.some(
    (e) =>
      e.entityKind === 'country' &&
      e.name !== only &&
      e.span.start >= from &&
      !(e.name === main && e.ruleId.startsWith('entities/context/')) &&
      plausibleActor(e, doc.text),
  );
  return isState && !otherState ? main : null;
}

const MAIN = new WeakMap<SentenceBox[], string | null>();

/**
 * The country a brief is about: the country named most often in it (a city counts for its
 * country), when its title names it and it is named at least half again as often as any other.
 * Null otherwise.
 */
function mainCountry(doc: ExtractedDoc, boxes: SentenceBox[], helpers: EventHelpers): string | null {
  if (MAIN.has(boxes)) return MAIN.get(boxes)!;
  const stateOf = (e: EntityMention) => (e.entityKind === 'country' ? e.name : e.entityKind === 'city' ? helpers.countryOf?.(e.name) ?? null : null);
  const counts = new Map<string, number>();
  for (const b of boxes) for (const e of b.entities) {
    const c = stateOf(e);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const titled = new Set(titleEntities(doc, boxes).map(stateOf).filter((c): c is string => !!c));
  const main = top && top[1] >= 5 && titled.has(top[0]) && (!ranked[1] || top[1] >= 1.5 * ranked[1][1]) ? top[0] : null;
  MAIN.set(boxes, main);
  return main;
}

/**
 * "it" as the active subject of a happening: right before it ("it bought", "it has also signed")
 * or before its verb ("it downgraded its membership"); not "it was", "it will", "it is".
 */
const IT_SUBJECT_RE =
  /(?<![\p{L}'’])[Ii]t\s+(?:(?:has|had|did|also|then|later|formally|finally|first|officially|eventually|again|itself|quickly|quietly)\s+){0,2}(?:(?!(?:is|was|were|are|will|would|may|might|could|should|can|must|been|being|be|seems|remains)\b)\p{Ll}+(?:ed|t|ght|ok|ew|on|ld)\s+(?:[\p{L}'’-]+\s+){0,3})?$/u;

/** "its foreign minister", "its president" right before the happening's verb. */
const ITS_OFFICIAL_RE =
  /(?<![\p{L}])[Ii]ts\s+(?:[\p{L}-]+\s+){0,2}?(?:minister|president|premier|leader|envoy|ambassador|delegation|government|officials|diplomats|head\s+of\s+state)\s+(?:(?:also|then|later|has|had|again)\s+)?$/u;

/** Before a clause's subject: the sentence start or a clause break, maybe a short fronted phrase ("Westward, "). */
const CLAUSE_LEAD_RE = /(?:^|[;:]\s*|,\s+(?:and|but|while|whereas)\s+)(?:[^,;:()]{0,40},\s+)?(?:the\s+)?$/i;

/** The last actor (or city) before `before` in the sentence that opens a clause as its subject (null when that subject is plural). */
function clauseSubjectBefore(text: string, box: SentenceBox, before: number): EntityMention | null {
  const ents = box.entities
    .filter((e) => (ACTOR_KINDS.has(e.entityKind) || e.entityKind === 'city') && e.span.end <= before && plausibleActor(e, text))
    .sort((a, b) => b.span.start - a.span.start);
  for (const e of ents) {
    const lead = text.slice(box.span.start, e.span.start);
    // "Norway and Sweden built ...": a plural subject is no "it"
    if (CLAUSE_LEAD_RE.test(lead)) return /^\s+and\s/i.test(text.slice(e.span.end, e.span.end + 6)) ? null : e;
  }
  return null;
}

/** Kinds of happening a region's states take part in as a group (not trade with a region). */
const REGION_GROUP_TYPES = new Set<EventType>(['meeting', 'agreement', 'establishment', 'diplomatic']);
/** A pair named as such ("the two leaders signed"): not the region's group, even at a regional summit. */
const PAIR_RE = /\b(?:the\s+two|both)\s+(?:leaders|presidents|sides|parties|countries|states|heads|governments|ministers)\b/i;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
/** "the five Central Asian states", "all five heads of state", "the presidents of the five republics". */
const COUNTED_GROUP_RE =
  /\b(?:the|all|these|those)\s+(?:the\s+)?(two|three|four|five|six|seven|eight)\s+(?:[\p{L}-]+\s+){0,2}?(?:states|countries|republics|nations|governments|presidents|leaders|heads\s+of\s+(?:state|government)|foreign\s+ministers|members)\b/giu;
/** After a region's name: a group of its states or leaders ("Central Asian heads of state"). */
const REGION_NOUN_AFTER_RE = /^\s+(?:heads\s+of\s+(?:state|government)|leaders|presidents|states|countries|republics|governments|foreign\s+ministers)\b/i;
/** After a region's or format's name: a meeting of its states ("the second C+C5 summit", "a Central Asia summit"). */
const REGION_MEETING_AFTER_RE = /^\s*(?:\*+\s*)?(?:leaders['’]\s+)?(?:summits?|format|mechanism)\b/i;
/** A region joined by a dash to another party ("an EU–Central Asia summit", "the Central Asia–Japan dialogue"). */
const DASH_BEFORE_RE = /[\p{L})]\s*[-–—]\s*$/u;
const DASH_AFTER_RE = /^\s*[-–—]\s*\p{Lu}/u;
/** Definite group nouns that refer back to a group named just before ("the leaders adopted"). */
const GROUP_LEADERS_RE = /\b(?:[Tt]he|[Aa]ll\s+the)\s+(?:leaders|presidents|heads\s+of\s+state)\b(?!\s+of\s+\p{Lu})/u;

/** The states of a region (gazetteer `parties`), when it has a fixed membership. */
function regionParties(name: string): string[] | null {
  const e = gazetteerEntry(name);
  return e?.kind === 'region' && e.parties && e.parties.length >= 2 ? e.parties : null;
}

/** Regions with fixed membership named in the document, in text order. */
function regionMentions(doc: ExtractedDoc): EntityMention[] {
  const got = REGION_MENTIONS.get(doc);
  if (got) return got;
  const list = doc.mentions
    .filter((m): m is EntityMention => m.kind === 'entity' && m.entityKind === 'region' && regionParties(m.name) !== null)
    // ("Trans-Caspian" names a route across the region, not its states)
    .filter((m) => !/^trans/i.test(m.text))
    .sort((a, b) => a.span.start - b.span.start);
  REGION_MENTIONS.set(doc, list);
  return list;
}
const REGION_MENTIONS = new WeakMap<ExtractedDoc, EntityMention[]>();

/**
 * The states of a region named as a group in `span`: a counted group ("the five Central Asian
 * states", "all five heads of state": the region named inside it, else the last region before it
 * with that many states), a region's name before a group noun ("Central Asian leaders"), or a
 * region joined by a dash to another party ("the EU–Central Asia summit").
 */
function regionGroupIn(doc: ExtractedDoc, span: Span): string[] | null {
  const text = doc.text;
  const regions = regionMentions(doc);
  if (regions.length === 0) return null;
  const part = text.slice(span.start, span.end);
  for (const m of part.matchAll(COUNTED_GROUP_RE)) {
    const at = span.start + m.index;
    const end = at + m[0].length;
    const n = COUNTS[m[1]!.toLowerCase()]!;
    const inside = regions.find((r) => r.span.start >= at && r.span.end <= end);
    if (inside) return regionParties(inside.name);
    const before = regions.filter((r) => r.span.end <= at && regionParties(r.name)!.length === n).pop();
    if (before) return regionParties(before.name);
  }
  for (const r of regions) {
    if (r.span.start < span.start || r.span.end > span.end) continue;
    const after = text.slice(r.span.end, r.span.end + 40);
    const dashed = DASH_AFTER_RE.test(after) || DASH_BEFORE_RE.test(text.slice(Math.max(0, r.span.start - 20), r.span.start));
    if (REGION_NOUN_AFTER_RE.test(after) || REGION_MEETING_AFTER_RE.test(after) || dashed) {
      // (a country joined by the dash is a party too: "the China–Central Asia summit")
      const partner = dashed ? dashPartner(doc, r) : null;
      const parties = regionParties(r.name)!;
      return partner && !parties.includes(partner) ? [partner, ...parties] : parties;
    }
  }
  return null;
}

/** The country joined by a dash to a region's name ("China–Central Asia", "Central Asia–Japan"), or null. */
function dashPartner(doc: ExtractedDoc, r: EntityMention): string | null {
  for (const m of doc.mentions) {
    if (m.kind !== 'entity' || (m as EntityMention).entityKind !== 'country') continue;
    const gapText = m.span.end <= r.span.start ? doc.text.slice(m.span.end, r.span.start) : m.span.start >= r.span.end ? doc.text.slice(r.span.end, m.span.start) : null;
    if (gapText !== null && /^\s*[-–—]\s*$/.test(gapText)) return (m as EntityMention).name;
  }
  return null;
}

/** A region group named in the sentences before (up to two, same paragraph), the nearest first. */
function regionGroupBefore(doc: ExtractedDoc, box: SentenceBox, ctx: GroupContext): string[] | null {
  if (doc.sentences.length !== ctx.boxes.length) return null;
  const para = doc.sentences[box.index]?.paragraph;
  for (let k = 0; k <= 2 && box.index - k >= 0; k++) {
    const b = ctx.boxes[box.index - k]!;
    if (doc.sentences[b.index]?.paragraph !== para) break;
    const g = regionGroupIn(doc, b.span);
    if (g) return g;
  }
  return null;
}

/** The last list item headed by a date, per document: where it ends, whether it told a meeting. */
const LIST_MEETINGS = new WeakMap<ExtractedDoc, { end: number; meeting: boolean }>();

/** Between a signer's name and "signed": more names joined by "and" (each maybe with "of" and its state, or a particle such as "von der"), and auxiliaries. */
const SIGNER_GAP_RE = /^(?:[\s,]+|and\b|(?:President|Prime\s+Minister|Premier|Minister|Foreign\s+Minister|King|Chancellor)s?\b|\p{Lu}[\p{L}.'’-]*|(?:also|jointly|then|later|had|have|has|formally|officially|personally)\b|of\s+(?=\p{Lu})|(?:von|van|der|den|de|da|di|du|al|el|bin|ibn|la|le)\b)*$/u;

/** Nouns after a demonym that make it name a period, not a party ("the Soviet collapse", "a Soviet-era debt"). */
const PERIOD_NOUN_RE = /^(?:\s+|-)(?:collapse|breakup|break-up|dissolution|disintegration|fall|times|era|period|years|days|past|legacy|rule|occupation)\b/i;

/** The country of a national body the gazetteer lists (a parliament), or null. */
function nationalBodyCountry(name: string): string | null {
  const e = gazetteerEntry(name);
  return e?.kind === 'organization' && e.country ? e.country : null;
}

/** One more of a run of meetings: "the tenth meeting", "the 4th session", "the next summit". */
const ORDINAL_MEETING_RE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|next|latest|regular|annual)\s+(?:[\p{L}-]+['’]?\s+)?(?:meeting|session|summit|round)\b/iu;

/** The part of the sentence each event's group words were read in (for a second look after the fallbacks). */
const GROUP_SCANS = new WeakMap<Draft, Span>();

/**
 * The countries a group word in `scan` adds to `actors`: only a group that holds the countries
 * already found (at least one, unless a body named for the group is named, "the Joint Border
 * Commission"): the same parties.
 */
function groupExpansion(doc: ExtractedDoc, x: Draft, actors: string[], scan: Span, ctx: GroupContext, helpers: EventHelpers): string[] {
  const box = x.sentence;
  const m = GROUP_WORD_RE.exec(doc.text.slice(scan.start, scan.end));
  if (!m) return [];
  const at = scan.start + m.index;
  const holder = box.entities.find((e) => e.span.start <= at && at < e.span.end);
  const body = holder !== undefined && holder.entityKind === 'organization' && !holder.ruleId.startsWith('entities/context/');
  if (holder && !body) return [];
  const group = groupAt(doc, box, at, ctx, helpers);
  const countries = actors.filter((n) => helpers.entityKindOf?.(n) === 'country');
  // ("X met both delegations": a pair named as the object right after the verb is met, whoever X is)
  const object = /^both\s/i.test(m[0]) && at >= x.trigger.span.end && /^\s*$/.test(doc.text.slice(x.trigger.span.end, at));
  if (object && group && group.length === 2) return group.filter((n) => !actors.includes(n));
  if (!group || !(countries.length > 0 || body) || !countries.every((c) => group.includes(c))) return [];
  return group.filter((n) => !actors.includes(n));
}

/**
 * The groups of states a sentence names, each with where it ends: runs of countries ("A, B and
 * C"), a project with known parties (its builders), a region with a fixed membership (its
 * states), and a country joined by a dash to such a region ("China–Central Asia": the country
 * and the region's states).
 */
function namedGroups(doc: ExtractedDoc, box: SentenceBox, helpers: EventHelpers): { start: number; end: number; names: string[] }[] {
  const text = doc.text;
  const out: { start: number; end: number; names: string[] }[] = [];
  for (const l of countryLists(text, box)) out.push({ start: l.end - 1, end: l.end, names: l.names });
  const parties = helpers.partiesOf ?? projectParties;
  for (const e of box.entities) {
    if (e.entityKind === 'project') {
      const p = parties(e.name);
      if (p && p.length >= 2) out.push({ start: e.span.start, end: e.span.end, names: [...p] });
    } else if (e.entityKind === 'region') {
      const p = regionParties(e.name);
      if (!p || /^trans/i.test(e.text)) continue;
      out.push({ start: e.span.start, end: e.span.end, names: [...p] });
      // (a country joined by a dash: "China–Central Asia", "Central Asia–China")
      const partner = box.entities.find(
        (c) =>
          c.entityKind === 'country' &&
          ((c.span.end <= e.span.start && /^\s*[-–—]\s*$/.test(text.slice(c.span.end, e.span.start))) ||
            (c.span.start >= e.span.end && /^\s*[-–—]\s*$/.test(text.slice(e.span.end, c.span.start)))),
      );
      if (partner && !p.includes(partner.name)) out.push({ start: Math.min(e.span.start, partner.span.start), end: Math.max(e.span.end, partner.span.end), names: [partner.name, ...p] });
    }
  }
  // (every state the sentence names, however: "Turkmen gas reaches Azerbaijan by way of Iran")
  const all = [...new Set(box.entities.filter((e) => e.entityKind === 'country' && plausibleActor(e, text)).map((e) => e.name))];
  if (all.length >= 2) out.push({ start: box.span.end, end: box.span.end, names: all });
  return out.sort((a, b) => a.end - b.end);
}

/**
 * The states a counted group stands for ("the five states", "the four governments", "the six
 * leaders"): a group of exactly that many named right after it (an apposition) or before it in
 * its sentence, else in up to four sentences before (same section), the nearest first; else a
 * region named before in the brief with that many states. Null when none fits the count.
 */
function countedGroupNames(doc: ExtractedDoc, box: SentenceBox, at: Span, n: number, ctx: GroupContext, helpers: EventHelpers): string[] | null {
  const here = namedGroups(doc, box, helpers).filter((g) => g.names.length === n);
  // (an apposition right after it: "The five states — A, B, C, D and E — signed")
  const after = here.find((g) => g.start >= at.end && /^[\s*_]*(?:[—–(:-]|,)/.test(doc.text.slice(at.end, at.end + 6)) && g.start - at.end <= 160);
  if (after) return after.names;
  const before = here.filter((g) => g.end <= at.start).pop();
  if (before) return before.names;
  if (doc.sentences.length === ctx.boxes.length) {
    const section = doc.sentences[box.index]?.section;
    for (let k = 1; k <= 4 && box.index - k >= 0; k++) {
      const b = ctx.boxes[box.index - k]!;
      if (doc.sentences[b.index]?.section !== section) break;
      const g = namedGroups(doc, b, helpers).filter((o) => o.names.length === n).pop();
      if (g) return g.names;
    }
  }
  const region = regionMentions(doc).filter((r) => r.span.end <= at.start && regionParties(r.name)!.length === n).pop();
  return region ? regionParties(region.name) : null;
}

/**
 * The parties a counted group in the event's clause stands for (three or more; "the two ..."
 * is read by the entity extractor), or "they" as the subject right before the happening: the
 * group the sentence before names last (a counted group there, resolved, or a list).
 */
function countedParties(doc: ExtractedDoc, x: Draft, scan: Span, ctx: GroupContext, helpers: EventHelpers): string[] | null {
  const box = x.sentence;
  const text = doc.text;
  const from = Math.max(box.span.start, Math.min(scan.start, x.trigger.span.start) - 60);
  const part = text.slice(from, scan.end);
  const groups = countedGroups(part);
  // ("a trilateral swap agreement": three parties)
  for (const m of part.matchAll(/\b(tri|quadri)lateral\b/gi)) groups.push({ span: { start: m.index, end: m.index + m[0].length }, n: m[1]!.toLowerCase() === 'tri' ? 3 : 4 });
  for (const g of groups) {
    if (g.n < 3) continue;
    const at = { start: from + g.span.start, end: from + g.span.end };
    // (not across a clause break from the happening)
    const between = at.end <= x.trigger.span.start ? text.slice(at.end, x.trigger.span.start) : '';
    if (/;/.test(between)) continue;
    const names = countedGroupNames(doc, box, at, g.n, ctx, helpers);
    if (names) return names;
  }
  const lead = text.slice(Math.max(box.span.start, x.trigger.span.start - 30), x.trigger.span.start);
  if (/(?<![\p{L}])[Tt]hey\s+(?:(?:also|then|later|jointly|finally|formally|all)\s+)?$/u.test(lead) && box.index > 0 && doc.sentences.length === ctx.boxes.length) {
    const prev = ctx.boxes[box.index - 1]!;
    if (doc.sentences[prev.index]?.paragraph !== doc.sentences[box.index]?.paragraph) return null;
    const counted = countedGroups(text.slice(prev.span.start, prev.span.end)).filter((g) => g.n >= 3).pop();
    const listed = namedGroups(doc, prev, helpers).pop();
    if (counted && (!listed || prev.span.start + counted.span.start > listed.end)) {
      const at = { start: prev.span.start + counted.span.start, end: prev.span.start + counted.span.end };
      return countedGroupNames(doc, prev, at, counted.n, ctx, helpers);
    }
    if (listed) return listed.names;
  }
  return null;
}

/** A region with fixed membership named in the sentence or the one before (same paragraph) that holds every one of `states`. */
function venueRegion(doc: ExtractedDoc, box: SentenceBox, states: string[], ctx: GroupContext): string[] | null {
  const boxes = [box];
  if (box.index > 0 && doc.sentences.length === ctx.boxes.length && doc.sentences[box.index - 1]!.paragraph === doc.sentences[box.index]!.paragraph) boxes.push(ctx.boxes[box.index - 1]!);
  for (const b of boxes) {
    for (const e of b.entities) {
      if (e.entityKind !== 'region' || /^trans/i.test(e.text)) continue;
      const p = regionParties(e.name);
      if (p && states.every((s) => p.includes(s))) return p;
    }
  }
  return null;
}

/** The documents introduced with their parties so far in a brief, in text order (per event assembly). */
const DOCUMENT_MEMORY = new WeakMap<GroupContext, { sentence: number; names: string[] }[]>();
/** Kinds of happening a document or body introduced before may have as its own (signing, entry into force, a session of its parties). */
const MEMORY_TYPES = new Set<EventType>(['agreement', 'establishment', 'meeting', 'other']);
/** A document noun in a signing's clause: the signing introduces a document with its parties. */
const DOCUMENT_WORD_RE = /\b(?:conventions?|treat(?:y|ies)|protocols?|agreements?|accords?|charters?|declarations?|memorand(?:um|a))\b/i;

/**
 * Document memory: a signing or entry into force that names two or more states and a document
 * ("The five states signed the convention in 2003") introduces that document with its parties;
 * a later happening of it that names no state of its own ("It entered into force in 2006", "the
 * Aktau Protocol, signed in Aktau in 2011", "the sixth Conference of the Parties met in Moscow")
 * has the same parties: "It" opening the sentence right after, or a word pointing back to a
 * document or its parties (DOCUMENT_BACK_RE), the last one introduced. A venue's country taken
 * for want of parties must be one of them. Adds to `out` in place.
 */
function documentMemory(doc: ExtractedDoc, x: Draft, out: string[], venueAdded: string[], counted: boolean, ctx: GroupContext, helpers: EventHelpers): void {
  let memory = DOCUMENT_MEMORY.get(ctx);
  if (!memory) DOCUMENT_MEMORY.set(ctx, (memory = []));
  const text = doc.text;
  const box = x.sentence;
  const type = x.trigger.eventType;
  const isCountry = (n: string) => helpers.entityKindOf?.(n) === 'country' || box.entities.some((e) => e.name === n && e.entityKind === 'country');
  const own = out.filter((n) => isCountry(n) && !venueAdded.includes(n));
  const clause = ownClause(text, box, x.trigger.span, 40);
  if ((type === 'agreement' || type === 'establishment') && own.length >= 2 && DOCUMENT_WORD_RE.test(clause)) {
    memory.push({ sentence: box.index, names: own });
    return;
  }
  // (only when nobody but the venue is named: a body, company or person of its own keeps it theirs)
  if (!MEMORY_TYPES.has(type) || counted || memory.length === 0 || !out.every((n) => venueAdded.includes(n))) return;
  const lead = text.slice(box.span.start, x.trigger.span.start);
  const opensIt = /^\W*It(?:s)?\s/.test(lead) && !/;/.test(lead);
  let m = opensIt ? memory.filter((e) => e.sentence === box.index - 1).pop() : undefined;
  // ("...; the Senate approved it, and it entered into force on 2 May": a document's own verb)
  if (!m && /(?:^|[;,]\s*(?:and\s+)?)it\s+(?:(?:has|had|then|finally|formally)\s+)?$/.test(lead) && /\b(?:force|effect|ratif|expire)/i.test(x.trigger.text)) {
    m = memory.filter((e) => e.sentence === box.index - 1 || e.sentence === box.index).pop();
  }
  // (with nobody named at all, only a document named as such: the fallbacks read the sentences around)
  // (a list item or sentence that opens with the document's name: "2. **Riga Protocol** on
  // fisheries — signed in Riga on 3 May 2012")
  const head = text.slice(box.span.start, Math.min(x.trigger.span.start, box.span.start + 60));
  const back = out.length > 0 ? DOCUMENT_BACK_RE.exec(clause) ?? NAMED_DOCUMENT_RE.exec(head) : NAMED_DOCUMENT_RE.exec(clause) ?? NAMED_DOCUMENT_RE.exec(head);
  if (!m && back) m = memory[memory.length - 1];
  if (!m || !venueAdded.every((v) => m.names.includes(v))) return;
  for (const n of m.names) if (!out.includes(n)) out.push(n);
}

const PLACE_PREP = /(?:^|\s)(?:to|in|at|from)\s+(?:the\s+(?:city|capital|port)\s+of\s+)?$/i;

function whereOf(doc: ExtractedDoc, x: Draft): string | null {
  const text = doc.text;
  // A list item's own place ("working visits to X (May 2022), Y (June 2023)"; "met twice (in
  // A in 2019 and in B in 2021)").
  const own = x.date ? listItemRegion(text, x.date, x.sentence) : null;
  // (in a list of visitors, "visits to A were made by X (2019), Y (2020)", the place is A)
  const firstItem = Math.min(...x.sentence.dates.map((d) => listItemRegion(text, d, x.sentence)?.start ?? Infinity));
  const visitors = Number.isFinite(firstItem) && /\bby\s*$/i.test(text.slice(x.sentence.span.start, firstItem));
  if (own && x.trigger.eventType === 'visit' && visitors) {
    const place = x.sentence.entities.filter((e) => PLACE_KINDS.has(e.entityKind) && e.span.end <= firstItem && e.span.start >= x.trigger.span.end).pop();
    if (place) return place.name;
  } else if (own && x.trigger.eventType === 'visit') {
    const place = x.sentence.entities.filter((e) => PLACE_KINDS.has(e.entityKind) && contains(own, e.span)).pop();
    if (place) return place.name;
  }
  if (x.item) {
    const place = x.sentence.entities.filter((e) => PLACE_KINDS.has(e.entityKind) && contains(x.item!, e.span)).pop();
    if (place) return place.name;
  }
  const anchor = x.date ? union(x.trigger.span, x.date.span) : x.trigger.span;
  // (not past the end of a fronted phrase or clause that has its own doer)
  const fronted = x.date || x.from ? frontedPhrase(text, x) : null;
  const limit = fronted && !fronted.agentless ? fronted.end : Infinity;
  const candidates = x.sentence.entities.filter(
    (e) => PLACE_KINDS.has(e.entityKind) && spansOverlap(e.span, x.scope) && gap(e.span, anchor) <= 60 && e.span.end <= limit,
  );
  let best: EntityMention | null = null;
  let bestD = Infinity;
  for (const e of candidates) {
    const before = text.slice(Math.max(x.sentence.span.start, e.span.start - 30), e.span.start);
    // "visited Riga": the place is the verb's object.
    const object = x.trigger.eventType === 'visit' && /^\s*$/.test(text.slice(x.trigger.span.end, e.span.start));
    if (!object && !PLACE_PREP.test(before)) continue;
    // For a visit, the place follows the trigger ("visit ... to X").
    if (x.trigger.eventType === 'visit' && e.span.start < x.trigger.span.start) continue;
    // Not across a clause break (";", ":").
    const between = e.span.end <= x.trigger.span.start ? text.slice(e.span.end, x.trigger.span.start) : text.slice(x.trigger.span.end, e.span.start);
    if (/[;:]/.test(between)) continue;
    const d = gap(e.span, x.trigger.span);
    if (d < bestD) {
      bestD = d;
      best = e;
    }
  }
  if (best) return best.name;
  // "75 accords and contracts worth $1 billion were signed in Riga": the place of the verb
  // that tells the happening, further on in its clause.
  if (x.trigger.eventType === 'agreement' || x.trigger.eventType === 'meeting') {
    const clauseEnd = Math.min(x.sentence.span.end, x.trigger.span.end + 120);
    const stop = /[;:]|,\s+(?:and|but|while|whereas|which)\b/i.exec(text.slice(x.trigger.span.end, clauseEnd));
    const end = stop ? x.trigger.span.end + stop.index : clauseEnd;
    const told = x.sentence.entities.find(
      (e) =>
        PLACE_KINDS.has(e.entityKind) &&
        e.span.start >= x.trigger.span.end &&
        e.span.end <= end &&
        /\b(?:signed|concluded|held|convened|took\s+place|met|adopted|agreed)\s+(?:[\p{L}-]+\s+){0,2}(?:in|at)\s+(?:the\s+(?:city|capital)\s+of\s+)?$/iu.test(text.slice(Math.max(x.sentence.span.start, e.span.start - 50), e.span.start)),
    );
    if (told) return told.name;
  }
  return null;
}

/** The row's span: trigger to date when short, else the date's side of it. */
function rowSpan(doc: ExtractedDoc, x: Draft): Span {
  const box = x.sentence.span;
  if (!x.date) return trimSpan(doc.text, spanLen(x.anchor) <= MAX_SPAN ? x.anchor : x.trigger.span);
  const both = x.anchor;
  if (spanLen(both) <= MAX_SPAN) return trimSpan(doc.text, both);
  // Far apart: the date with up to 80 characters of its clause on the trigger's side.
  const d = x.date.span;
  const s = x.trigger.span.start < d.start ? { start: Math.max(box.start, d.start - 80), end: d.end } : { start: d.start, end: Math.min(box.end, d.end + 80) };
  return trimSpan(doc.text, s);
}

function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Inside an apposition that names who chairs, leads or backs something (", co-chaired by A, B and"). */
const APPOSED_AGENT_RE = /,\s*(?:(?:jointly|currently|formerly|then)\s+)?(?:co-chaired|chaired|led|mediated|brokered|backed|supported|sponsored|funded|financed|hosted|witnessed)\s+by\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+))*(?:the\s+)?$/u;

/**
 * The parties named in the sentence just before the event's, when both lie in one paragraph:
 * countries, organisations and companies (a city for its country; persons for their country
 * only, since the next sentence rarely has the same speaker or traveller).
 */
function carriedActors(doc: ExtractedDoc, boxes: SentenceBox[], x: Draft, helpers: EventHelpers): string[] {
  const i = x.sentence.index;
  if (i === 0 || doc.sentences.length !== boxes.length) return [];
  const here = doc.sentences[i]!;
  const prev = doc.sentences[i - 1]!;
  if (prev.paragraph !== here.paragraph || prev.section !== here.section) return [];
  const out: string[] = [];
  const add = (n: string | null | undefined) => {
    if (n && !out.includes(n)) out.push(n);
  };
  const prevBox = boxes[i - 1]!;
  for (const e of prevBox.entities) {
    if (!plausibleActor(e)) continue;
    // ("The Minsk Group, co-chaired by A, B and C, mediated ...": who chairs or backs the subject
    // in an apposition is no party of what comes next)
    if (APPOSED_AGENT_RE.test(doc.text.slice(Math.max(prevBox.span.start, e.span.start - 120), e.span.start))) continue;
    if (e.entityKind === 'person' || e.entityKind === 'city') add(helpers.countryOf?.(e.name));
    else if (ACTOR_KINDS.has(e.entityKind)) add(nationalBodyCountry(e.name) ?? e.name);
  }
  return out;
}

/**
 * The country a person the gazetteer does not know is said to serve: "X of Latvia's border
 * guard", "X of Latvia", "Latvia's envoy X" (its country right before, with at most two title
 * words between). Null when the text says none.
 */
function statedCountry(text: string, box: SentenceBox, p: EntityMention): string | null {
  for (const e of box.entities) {
    if (e.entityKind !== 'country' || e.name === p.name) continue;
    if (e.span.start >= p.span.end && /^,?\s+(?:of|from)\s+(?:the\s+)?$/i.test(text.slice(p.span.end, e.span.start))) return e.name;
    if (e.span.end <= p.span.start && /^['’]s\s+(?:\p{L}+\s+){0,2}$/u.test(text.slice(e.span.end, p.span.start))) return e.name;
  }
  return null;
}

/** The country the brief says a person serves, from the first sentence that says it (see statedCountry). */
const STATED = new WeakMap<SentenceBox[], Map<string, string | null>>();
function statedCountryInDoc(text: string, boxes: SentenceBox[] | undefined, p: EntityMention): string | null {
  if (!boxes) return null;
  let memo = STATED.get(boxes);
  if (!memo) STATED.set(boxes, (memo = new Map()));
  if (memo.has(p.name)) return memo.get(p.name)!;
  let found: string | null = null;
  for (const b of boxes) {
    for (const e of b.entities) {
      if (e.entityKind !== 'person' || e.name !== p.name) continue;
      found = statedCountry(text, b, e);
      if (found) break;
    }
    if (found) break;
  }
  memo.set(p.name, found);
  return found;
}

/**
 * The countries a brief's title names as its subject (two or more; a capital stands for its
 * country, "How Riga and Tallinn settled ..."), not the places it goes from or to ("From A to
 * B"). Empty when the first sentence is no title.
 */
/** Before a place in a title that is only where something goes, passes or dates from ("From A to B", "Ten Years After Riga"). */
const TITLE_WAY_RE = /\b(?:from|to|in|at|on|near|across|via|after|since|through|towards|into|beyond)\s+$/i;
/** Before a place in a title that is only passed, gone to or dated by ("Oil Looks West Through Riga", "Thirty Years After Riga"). */
const TITLE_PASS_RE = /\b(?:to|via|through|after|since|towards|into|beyond|across)\s+$/i;

function titleActors(doc: ExtractedDoc, boxes: SentenceBox[], helpers: EventHelpers): string[] {
  const title = titleEntities(doc, boxes);
  const out: string[] = [];
  for (const e of title) {
    if ((e.entityKind !== 'country' && e.entityKind !== 'city') || !plausibleActor(e, doc.text)) continue;
    if (TITLE_WAY_RE.test(doc.text.slice(Math.max(0, e.span.start - 10), e.span.start))) continue;
    const c = e.entityKind === 'country' ? e.name : helpers.countryOf?.(e.name);
    if (c && !out.includes(c)) out.push(c);
  }
  return out.length >= 2 ? out : [];
}

/**
 * The entity mentions of the brief's title: its first heading when the text opens with one,
 * else its first sentence when that is short (a title line).
 */
function titleEntities(doc: ExtractedDoc, boxes: SentenceBox[]): EntityMention[] {
  const first = boxes[0];
  const heading = doc.sections.find((x) => x.headingSpan)?.headingSpan;
  if (heading && (!first || heading.end <= first.span.start) && heading.start < 200) {
    return doc.mentions.filter((m): m is EntityMention => m.kind === 'entity' && contains(heading, m.span));
  }
  // (a masthead line before it, "QUARTERLY REVIEW  Issue 4/2031  May 2031", or a date line, names
  // no country or city: the title is the first short line after it that does)
  let k = 0;
  const place = (b: SentenceBox) => b.entities.some((e) => e.entityKind === 'country' || e.entityKind === 'city');
  while (k < 2 && k + 1 < boxes.length && !place(boxes[k]!) && spanLen(boxes[k]!.span) <= 120 && MASTHEAD_RE.test(doc.text.slice(boxes[k]!.span.start, boxes[k]!.span.end))) k++;
  const title = boxes[k];
  if (!title || spanLen(title.span) > 200 || (doc.sentences.length === boxes.length && doc.sentences[k]!.section !== 0)) return [];
  return title.entities;
}
/** A masthead or date line above a brief's title: one with a year ("Issue 4/2031", "3 May 2031"), or one in capitals. */
const MASTHEAD_RE = /\b(?:19|20)\d\d\b|^[^\p{Ll}]+$/u;

/** A summit or session of a body ("the 11th summit", "an informal summit", "the Council of Ministers met"). */
const BODY_MEETING_RE = /\b(?:summits?|sessions?|ministerials?|ministerial\s+meetings?|council\s+of\s+[\p{L}\s]{3,30}?\s+met|(?:council|organisation|organization|assembly)\s+met)\b/iu;

/**
 * A national office right before a person's name ("Energy Minister X", "Prime Minister X",
 * "President X"), with no country or body between.
 */
const NATIONAL_OFFICE_BEFORE_RE =
  /\b(?:(?:\p{Lu}[\p{L}-]+\s+){0,2}Minister|President|Prime\s+Minister|Premier|Vice[- ]President)\s+$/u;

const HOME = new WeakMap<SentenceBox[], string | null>();
/**
 * The one country a brief is about, by its title ("Latvia's Ports Face a Lean Winter"; a
 * capital stands for its country): an official with no country of their own, "Energy Minister X
 * told parliament", serves it. Null when the title names none or more than one.
 */
function homeCountry(doc: ExtractedDoc, boxes: SentenceBox[], helpers: EventHelpers): string | null {
  if (HOME.has(boxes)) return HOME.get(boxes)!;
  const names = new Set<string>();
  for (const e of titleEntities(doc, boxes)) {
    const c = e.entityKind === 'country' ? e.name : e.entityKind === 'city' ? helpers.countryOf?.(e.name) : null;
    if (c) names.add(c);
  }
  const home = names.size === 1 ? [...names][0]! : null;
  HOME.set(boxes, home);
  return home;
}

/**
 * The host of a visit the sentence gives no destination ("Following the Latvian premier's visit
 * in May, ..."), in a brief on one country (homeCountry): that country, when every party found is
 * of one other country and the sentence names no other place. Null otherwise.
 */
function visitHost(doc: ExtractedDoc, x: Draft, actors: string[], boxes: SentenceBox[], helpers: EventHelpers): string | null {
  const home = homeCountry(doc, boxes, helpers);
  if (!home || actors.includes(home) || actors.length === 0) return null;
  const countryOfActor = (a: string) => (helpers.entityKindOf?.(a) === 'country' ? a : helpers.countryOf?.(a) ?? null);
  const states = new Set(actors.map(countryOfActor));
  if (states.size !== 1 || states.has(null)) return null;
  const visitor = [...states][0]!;
  // (any place other than the visitor's own is a destination, or the visit is told elsewhere)
  const places = x.sentence.entities.filter((e) => e.entityKind === 'city' || e.entityKind === 'country' || e.entityKind === 'region');
  if (places.some((e) => (e.entityKind === 'country' ? e.name : helpers.countryOf?.(e.name)) !== visitor)) return null;
  return home;
}

/** The organisation a brief's title names as its subject ("Fifteen Years of the Nordic Council"), or null. */
function titleBody(doc: ExtractedDoc, boxes: SentenceBox[]): string | null {
  const title = titleEntities(doc, boxes);
  const orgs = [...new Set(title.filter((e) => e.entityKind === 'organization').map((e) => e.name))];
  return orgs.length === 1 ? orgs[0]! : null;
}

/** A title that reports one meeting of a body without naming it ("Nordic summit agrees on fish quotas"). */
const MEETING_TITLE_RE = /\b(?:summit|session|congress|conference|council|assembly|ministerial)\b/i;

/**
 * The body whose meeting a news report is about, when its title calls the occasion a summit or
 * session without naming the body ("Baltic summit ends in discord") and the report's first
 * sentence names exactly one organisation before its meeting word ("Leaders of the Council of the Baltic Sea States ended
 * a summit ..."). Null otherwise.
 */
function ledeBody(doc: ExtractedDoc, boxes: SentenceBox[]): string | null {
  const k = boxes.findIndex((b) => b.entities.length > 0 || MEETING_TITLE_RE.test(doc.text.slice(b.span.start, b.span.end)));
  const title = boxes[k];
  if (!title || spanLen(title.span) > 200 || !MEETING_TITLE_RE.test(doc.text.slice(title.span.start, title.span.end))) return null;
  const lede = boxes[k + 1];
  const meeting = lede ? /\b(?:summit|session|congress|conference|meeting|ministerial)s?\b/i.exec(doc.text.slice(lede.span.start, lede.span.end)) : null;
  if (!lede || !meeting) return null;
  // (the organisations named before the meeting word: its holder, not what it decided on)
  const at = lede.span.start + meeting.index;
  const orgs = [...new Set(lede.entities.filter((e) => e.entityKind === 'organization' && e.span.end <= at).map((e) => e.name))];
  return orgs.length === 1 ? orgs[0]! : null;
}

/**
 * The diplomatic format a brief's title names as its subject ("Ten Years of C5+1"): a region the
 * gazetteer marks as a format, with its member states. Null when the title names none.
 */
function titleFormat(doc: ExtractedDoc, boxes: SentenceBox[]): { name: string; parties: string[] } | null {
  for (const e of titleEntities(doc, boxes)) {
    const g = gazetteerEntry(e.name);
    if (!(g?.kind === 'region' && g.format && g.parties && g.parties.length >= 2)) continue;
    // (a title line, not a first sentence that ends with a full stop)
    const lineEnd = doc.text.indexOf('\n', e.span.end);
    if (/\.\s*$/.test(doc.text.slice(e.span.end, lineEnd < 0 ? doc.text.length : lineEnd))) continue;
    return { name: g.name, parties: g.parties };
  }
  return null;
}

/** The clause around a trigger, as a span (see ownClause). */
function clauseSpan(text: string, box: SentenceBox, t: Span, after = 30): Span {
  const from = Math.max(box.span.start, t.start - 70);
  let cut = 0;
  for (const m of text.slice(from, t.start).matchAll(/;|,\s+(?:yet|but|and|while|whereas|although)\b/gi)) cut = m.index + m[0].length;
  return { start: from + cut, end: Math.min(box.span.end, t.end + after) };
}

/** Words that refer back to the format a brief is about ("the format was launched", "the platform"). */
const FORMAT_ANAPHOR_RE = /\b[Tt]he\s+(?:format|platform|grouping|mechanism)\b(?!\s+of\b)/;
/** A meeting of the format itself: its summits and sessions ("the first leaders' summit"). */
const FORMAT_MEETING_RE = /\b(?:summits?|sessions?|ministerials?)\b/i;

/**
 * The format a brief is about takes part in what it does: its own summits and sessions ("the
 * first leaders' summit took place in X"), what "the format" or "the platform" does ("The format
 * was launched in 2015"), and happenings that name it as a group ("the next C5+1 foreign
 * ministers' meeting"), with its member states. Not when the happening names a state outside it,
 * nor when the format's name is only part of another body's ("the C5+1 Secretariat").
 */
function formatActors(doc: ExtractedDoc, x: Draft, actors: string[], format: { name: string; parties: string[] }, helpers: EventHelpers): string[] {
  if (!FORMAT_TYPES.has(x.trigger.eventType)) return actors;
  const box = x.sentence;
  const clause = clauseSpan(doc.text, box, x.trigger.span, 40);
  const part = doc.text.slice(clause.start, clause.end);
  const named = box.entities.some(
    (e) =>
      e.name === format.name &&
      spansOverlap(e.span, clause) &&
      !box.entities.some((o) => o !== e && o.name !== e.name && contains(o.span, e.span) && spanLen(o.span) > spanLen(e.span)),
  );
  // (its own summit: the trigger, or the clause's subject, "The second summit, hosted by ...";
  // not a summit that only dates another happening, "on the eve of the summit")
  const lead = doc.text.slice(clause.start, x.trigger.span.start);
  const meeting =
    x.trigger.eventType === 'meeting' &&
    (FORMAT_MEETING_RE.test(x.trigger.text) || /^\W*(?:the|a|an|its)\s+(?:[\p{L}'’-]+\s+){0,3}(?:summit|session)\b/iu.test(lead)) &&
    !/\b(?:eve\s+of|ahead\s+of|before|after|following|since|until|by)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu.test(doc.text.slice(Math.max(box.span.start, x.trigger.span.start - 40), x.trigger.span.start));
  if (!named && !meeting && !FORMAT_ANAPHOR_RE.test(part)) return actors;
  const isCountry = (n: string) => helpers.entityKindOf?.(n) === 'country' || box.entities.some((e) => e.name === n && e.entityKind === 'country');
  if (!actors.filter(isCountry).every((c) => format.parties.includes(c))) return actors;
  // (another body named as the doer keeps it its own: "the OSCE summit")
  if (actors.some((a) => a !== format.name && (helpers.entityKindOf?.(a) === 'organization' || box.entities.some((e) => e.name === a && e.entityKind === 'organization')))) return actors;
  return [...new Set([...actors, format.name, ...format.parties])];
}
const FORMAT_TYPES = new Set<EventType>(['meeting', 'establishment', 'agreement', 'statement']);

/** "the council met", "The fund approved": a definite head noun that refers back to a named body. */
const BODY_ANAPHOR_RE =
  /\b[Tt]he\s+(council|commission|fund|committee|forum|dialogue|platform|organi[sz]ation|assembly|bank|secretariat|consortium|company|corporation|agency|group)(?:['’]s)?\s/g;

/**
 * Matches of a phrase pattern (global) in the sentence before a trigger that can be its subject:
 * ending at most `reach` characters before the trigger, with no clause punctuation between.
 */
function* subjectPhrases(text: string, box: SentenceBox, t: Span, re: RegExp, reach: number): Generator<{ m: RegExpMatchArray; at: number; end: number }> {
  for (const m of text.slice(box.span.start, t.start).matchAll(re)) {
    const at = box.span.start + m.index!;
    const end = at + m[0].length;
    if (t.start - end > reach || /[,;:]/.test(text.slice(end, t.start))) continue;
    yield { m, at, end };
  }
}

/**
 * The named body a definite head noun refers back to when it is the happening's subject ("The
 * council met again in May", "the fund's board approved ..."): the last organisation or company
 * named before it, in this sentence or up to five sentences back in the same section, whose name
 * ends with that noun ("Joint Energy Council"). Null when none, or when the phrase is itself
 * part of a name the extractor read.
 */
function bodyAnaphor(doc: ExtractedDoc, x: Draft, ctx: GroupContext): string | null {
  const text = doc.text;
  const box = x.sentence;
  const t = x.trigger.span;
  for (const { m, at, end } of subjectPhrases(text, box, t, BODY_ANAPHOR_RE, 50)) {
    if (box.entities.some((e) => e.span.start <= at + 4 && e.span.end >= end - 1)) continue;
    const noun = m[1]!.toLowerCase().replace('organisation', 'organi[sz]ation').replace('organization', 'organi[sz]ation');
    const tail = new RegExp(`\\b${noun}$`, 'i');
    const fits = (e: EntityMention) => (e.entityKind === 'organization' || e.entityKind === 'company') && tail.test(e.name);
    const section = doc.sentences.length === ctx.boxes.length ? doc.sentences[box.index]?.section : undefined;
    for (let k = 0; k <= 5 && box.index - k >= 0; k++) {
      const b = ctx.boxes[box.index - k]!;
      if (k > 0 && section !== undefined && doc.sentences[b.index]?.section !== section) break;
      const hit = b.entities.filter((e) => fits(e) && e.span.end <= at).sort((a, c) => a.span.start - c.span.start).pop();
      if (hit) return hit.name;
    }
    return null;
  }
  return null;
}

/**
 * The former name (gazetteer `formerly`) under which the sentence names the body `name`, when
 * every mention of it there uses that name ("the Turkic Council" for the Organization of Turkic
 * States); null otherwise.
 */
function formerName(box: SentenceBox, name: string): string | null {
  const g = gazetteerEntry(name);
  if (!g || g.kind !== 'organization' || !g.formerly || g.formerly.length === 0) return null;
  const ms = box.entities.filter((e) => e.name === name);
  if (ms.length === 0) return null;
  const key = (t: string) => foldKey(t.replace(/\s+/g, ' ').trim()).toLowerCase();
  const former = ms.map((e) => g.formerly!.find((f) => key(f) === key(e.text) || key(`the ${f}`) === key(e.text)) ?? null);
  if (former.some((f) => f === null)) return null;
  return former[0]!;
}

/** A body's name that says it stands between states ("Supreme Interstate Council", "Joint Border Commission"). */
const BILATERAL_BODY_RE = /\b(?:Interstate|Inter-State|Intergovernmental|Inter-governmental|Bilateral|Joint(?![- ]Stock))\b/;

const MEMBERS = new WeakMap<GroupContext, Map<string, string[] | null>>();

/**
 * The two states a bilateral body stands for: the two whose names or demonyms its name holds
 * ("the Ruritanian-Latvian Development Fund"), else, for a body whose name says it is between
 * states ("Supreme Interstate Council", "Joint Commission"), the two states of the sentence
 * that introduces it (its countries, and those of the persons it names, "chaired by the two heads
 * of state"), else the pair in context there (see groupAt). Null when no pair is found.
 */
function bodyMembers(doc: ExtractedDoc, name: string, ctx: GroupContext, helpers: EventHelpers): string[] | null {
  let memo = MEMBERS.get(ctx);
  if (!memo) MEMBERS.set(ctx, (memo = new Map()));
  if (memo.has(name)) return memo.get(name)!;
  let found: string[] | null = null;
  const index = mentionIndex(doc);
  const ments = [...(index.organizations.get(name) ?? [])].sort((a, b) => a.span.start - b.span.start);
  if (ments.length > 0) {
    const inside = new Set<string>();
    for (const m of ments) {
      for (const o of countriesWithin(index, m.span)) if (spanLen(o.span) < spanLen(m.span)) inside.add(o.name);
    }
    if (inside.size === 2) found = [...inside];
    else if (inside.size === 0 && BILATERAL_BODY_RE.test(name)) {
      const first = ments[0]!;
      const box = ctx.boxes.find((b) => contains(b.span, first.span));
      if (box) {
        const states = new Set<string>();
        for (const e of box.entities) {
          if (e.entityKind === 'country' && plausibleActor(e, doc.text)) states.add(e.name);
          else if (e.entityKind === 'person') {
            const c = helpers.countryOf?.(e.name);
            if (c) states.add(c);
          }
        }
        if (states.size === 2) found = [...states];
        else if (states.size < 2) {
          const g = groupAt(doc, box, first.span.start, ctx, helpers);
          if (g && g.length === 2 && [...states].every((c) => g.includes(c))) found = g;
        }
      }
    }
  }
  memo.set(name, found);
  return found;
}

/**
 * The document's organisation mentions by name, and its country mentions by start (each with its
 * place in doc.mentions): once per document, not a pass over every mention for each body asked
 * about (that grew with the square of a long brief).
 */
interface MentionIndex {
  mentions: readonly Mention[];
  organizations: Map<string, EntityMention[]>;
  countries: { m: EntityMention; order: number }[];
}
const MENTION_INDEX = new WeakMap<ExtractedDoc, MentionIndex>();

function mentionIndex(doc: ExtractedDoc): MentionIndex {
  const known = MENTION_INDEX.get(doc);
  if (known && known.mentions === doc.mentions) return known;
  const organizations = new Map<string, EntityMention[]>();
  const countries: { m: EntityMention; order: number }[] = [];
  doc.mentions.forEach((m, order) => {
    if (m.kind !== 'entity') return;
    if (m.entityKind === 'organization') {
      const list = organizations.get(m.name);
      if (list) list.push(m);
      else organizations.set(m.name, [m]);
    } else if (m.entityKind === 'country') countries.push({ m, order });
  });
  countries.sort((a, b) => a.m.span.start - b.m.span.start);
  const index = { mentions: doc.mentions, organizations, countries };
  MENTION_INDEX.set(doc, index);
  return index;
}

/** The country mentions inside `span`, in the order of doc.mentions. */
function countriesWithin(index: MentionIndex, span: Span): EntityMention[] {
  const cs = index.countries;
  let lo = 0;
  let hi = cs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cs[mid]!.m.span.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: { m: EntityMention; order: number }[] = [];
  for (let i = lo; i < cs.length && cs[i]!.m.span.start <= span.end; i++) if (contains(span, cs[i]!.m.span)) out.push(cs[i]!);
  return out.sort((a, b) => a.order - b.order).map((c) => c.m);
}

/** "the presidents agreed", "The two leaders initialled", "called both leaders": a pair's leaders. */
const PAIR_LEADERS_RE = /\b(?:[Tt]he\s+(?:two\s+)?|[Bb]oth\s+)(presidents|leaders|heads\s+of\s+state|(?:foreign\s+|prime\s+)?ministers)\b(?!\s+of\b)/g;
const LEADER_TYPES = new Set<EventType>(['meeting', 'agreement', 'statement', 'establishment', 'visit']);

/**
 * The leaders of a pair of states named as the doers of a happening ("the presidents signed",
 * "The two leaders initialled the text") or as the ones met or called right after its verb
 * ("called both leaders"): each state's president at the happening's date, or for "leaders" the
 * one head of state or government of it the brief names (a prime minister where the president's
 * office is ceremonial), with the two states. The pair: the states the extractor read in the
 * phrase, else the happening's own two states, else the pair in context. Empty when none fits.
 */
function pairLeaders(doc: ExtractedDoc, x: Draft, actors: string[], ctx: GroupContext, helpers: EventHelpers): { names: string[]; read: string[] } {
  const none = { names: [], read: [] };
  if (!LEADER_TYPES.has(x.trigger.eventType)) return none;
  const text = doc.text;
  const box = x.sentence;
  const t = x.trigger.span;
  const isCountry = (n: string) => helpers.entityKindOf?.(n) === 'country' || box.entities.some((e) => e.name === n && e.entityKind === 'country');
  for (const m of text.slice(box.span.start, box.span.end).matchAll(PAIR_LEADERS_RE)) {
    const at = box.span.start + m.index;
    const end = at + m[0].length;
    // (the clause's subject: up to ten words before the trigger, no clause break between,
    // "The two leaders initialled the text that day and signed ...")
    const subject = end <= t.start && t.start - end <= 80 && /^\s+(?:[\p{L}'’-]+\s+){0,10}$/u.test(text.slice(end, t.start));
    const object = at >= t.end && /^\s*$/.test(text.slice(t.end, at));
    if (!subject && !object) continue;
    // (the extractor may have read the phrase: its states, or its office holders' states)
    const inPhrase = box.entities.filter((e) => e.span.start >= at && e.span.end <= end);
    const read = [
      ...new Set(inPhrase.map((e) => (e.entityKind === 'country' ? e.name : e.entityKind === 'person' ? (helpers.countryOf?.(e.name) ?? null) : null)).filter((c): c is string => !!c)),
    ];
    const own = actors.filter(isCountry);
    let pair: string[] | null = read.length === 2 ? read : subject && own.length === 2 ? own : null;
    // (a bare "the presidents" needs the happening's own pair; "the two ..." and "both ..." may
    // take the pair in context)
    if (!pair && /^(?:the\s+two|both)\s/i.test(m[0])) {
      const g = groupAt(doc, box, at, ctx, helpers);
      if (g && g.length === 2 && g.every(isCountry) && (object || own.every((c) => g.includes(c)))) pair = g;
    }
    if (!pair) return none;
    const day = x.dateValue.start ?? x.dateValue.value;
    const named = namedPersons(doc);
    const out: string[] = [...pair];
    // ("the two ministers signed": the ministers named in this sentence or the one before, one
    // of each state; unnamed ministers stay unnamed)
    if (/ministers$/i.test(m[1]!)) {
      const persons = (b: SentenceBox, before: number) => b.entities.filter((e) => e.entityKind === 'person' && e.span.end <= before && plausibleActor(e, text));
      const pool = [...persons(box, at)];
      if (box.index > 0 && doc.sentences.length === ctx.boxes.length && doc.sentences[box.index - 1]!.paragraph === doc.sentences[box.index]!.paragraph) pool.unshift(...persons(ctx.boxes[box.index - 1]!, Infinity));
      const byState = pair.map((c) => pool.filter((p) => (helpers.countryOf?.(p.name) ?? statedCountry(text, box, p)) === c).pop()?.name);
      if (byState.every((n) => !!n)) out.push(...(byState as string[]));
      return { names: out, read: inPhrase.filter((e) => e.entityKind === 'person').map((e) => e.name) };
    }
    for (const c of pair) {
      const presidents = officeHolders('president', c, day);
      let who = presidents.length === 1 ? presidents[0]! : null;
      if (m[1]!.toLowerCase() !== 'presidents') {
        const heads = [...presidents, ...officeHolders('prime minister', c, day)].filter((p) => named.has(p));
        if (heads.length === 1) who = heads[0]!;
      }
      if (who) out.push(who);
    }
    // (with the persons the extractor read in the phrase: a holder chosen by office alone gives
    // way to the one chosen here)
    return { names: out, read: inPhrase.filter((e) => e.entityKind === 'person').map((e) => e.name) };
  }
  return none;
}

/** Persons the brief names (not those the extractor inferred from an office, "the two leaders"). */
function namedPersons(doc: ExtractedDoc): Set<string> {
  return new Set(
    doc.mentions
      .filter((e): e is EntityMention => e.kind === 'entity' && (e as EntityMention).entityKind === 'person' && !e.ruleId.startsWith('entities/context/'))
      .map((e) => e.name),
  );
}

/** "The Ruritanian leader returned the visit": one state's leader, named by a demonym. */
const DEMONYM_LEADER_RE = /\b[Tt]he\s+(\p{Lu}[\p{L}-]+)\s+(?:leader|head\s+of\s+state)\b/gu;

/**
 * The leader a demonym names as the doer of a happening ("The Ruritanian leader returned the
 * visit in May 2022"): the one head of state or government of that state at the date the brief
 * names, else its president then. Null when none is known or a person of that state is already
 * among the actors.
 */
function demonymLeader(doc: ExtractedDoc, x: Draft, actors: string[], helpers: EventHelpers): string | null {
  if (!LEADER_TYPES.has(x.trigger.eventType)) return null;
  const text = doc.text;
  const box = x.sentence;
  const t = x.trigger.span;
  for (const { m, at } of subjectPhrases(text, box, t, DEMONYM_LEADER_RE, 40)) {
    const c = box.entities.find((e) => e.entityKind === 'country' && e.span.start === at + m[0].indexOf(m[1]!));
    if (!c) continue;
    if (actors.some((a) => helpers.entityKindOf?.(a) === 'person' && helpers.countryOf?.(a) === c.name)) return null;
    const day = x.dateValue.start;
    const named = namedPersons(doc);
    const presidents = officeHolders('president', c.name, day);
    const heads = [...presidents, ...officeHolders('prime minister', c.name, day)].filter((p) => named.has(p));
    return heads.length === 1 ? heads[0]! : presidents.length === 1 ? presidents[0]! : null;
  }
  return null;
}

/**
 * Parts of a body written as the body's own ("the Union's 14th Council", "the Bank's Board of
 * Governors", "NATO's annual Assembly"): a name the gazetteer does not know, given in the
 * possessive of a known organisation, stands for that organisation. Fragment name → body.
 */
function bodyParts(doc: ExtractedDoc, helpers: EventHelpers): Map<string, string> {
  const out = new Map<string, string>();
  const orgs = doc.mentions
    .filter((m): m is EntityMention => m.kind === 'entity' && (m.entityKind === 'organization' || m.entityKind === 'company'))
    .sort((a, b) => a.span.start - b.span.start);
  for (const e of orgs) {
    if ((helpers.entityKindOf?.(e.name) ?? null) !== null || out.has(e.name)) continue;
    const before = doc.text.slice(Math.max(0, e.span.start - 50), e.span.start);
    const m = /['’]s\s+(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|next|last|annual|new|extraordinary|informal)\s+){0,2}$/iu.exec(before);
    if (!m) continue;
    const at = e.span.start - (before.length - m.index);
    const owner = orgs.find((o) => o.span.end === at && o.name !== e.name && helpers.entityKindOf?.(o.name) === 'organization');
    if (owner) out.set(e.name, owner.name);
  }
  return out;
}

/**
 * The one state a brief's title names as such ("Latvia and the Nordic Council", "Latvia's Road
 * to NATO"): a country, not a city, and not after "from", "to", "in" (a place on a way). Null
 * when none or more than one.
 */
function titleState(doc: ExtractedDoc, boxes: SentenceBox[]): string | null {
  const names = new Set<string>();
  for (const e of titleEntities(doc, boxes)) {
    if (e.entityKind !== 'country') continue;
    if (TITLE_WAY_RE.test(doc.text.slice(Math.max(0, e.span.start - 10), e.span.start))) continue;
    names.add(e.name);
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** Kinds of happening that belong to a process between a state and a body (talks, sessions, steps, bodies set up). */
const PROCESS_TYPES = new Set<EventType>(['meeting', 'political', 'other', 'establishment', 'agreement']);

/** Joining or acceding ("joined on 2 May", "acceded in 2013", "accession"). */
const JOIN_RE = /^(?:join|accede|acced|accession|admitted|became\s+a\s+member)/i;

/**
 * A brief whose title pairs one state with one body ("Ruritania and the OSCE", "Latvia's Road
 * to NATO") tells a process between the two: its talks, sessions and steps that name no other
 * state, person or party than the state (or a venue's country, or the body) are between the
 * state and the body; a venue city's country is no party. Another state that "joined" or
 * "acceded" with no body named joins the body. Returns the actors.
 */
function processActors(doc: ExtractedDoc, x: Draft, actors: string[], pair: { home: string; body: string }, helpers: EventHelpers): string[] {
  const type = x.trigger.eventType;
  if (!PROCESS_TYPES.has(type)) return actors;
  const box = x.sentence;
  const kind = (a: string) => helpers.entityKindOf?.(a) ?? box.entities.find((e) => e.name === a)?.entityKind ?? null;
  if (actors.some((a) => kind(a) === 'person')) return actors;
  // (a country the brief never names itself, only by a city of it, is where things happen)
  const named = new Set(doc.mentions.filter((m): m is EntityMention => m.kind === 'entity' && m.entityKind === 'country').map((m) => m.name));
  const venue = new Set(actors.filter((a) => kind(a) === 'country' && !named.has(a) && a !== pair.home));
  const states = actors.filter((a) => kind(a) === 'country' && !venue.has(a));
  const orgs = actors.filter((a) => kind(a) === 'organization' && a !== pair.body);
  if (states.some((s) => s !== pair.home)) {
    // ("A joined on 2 May, B on 3 June": the gapped items share the verb)
    const joins =
      JOIN_RE.test(x.trigger.text) ||
      (x.rule.includes('events/ellipsis/') && /\b(?:joined|acceded|became\s+(?:a\s+)?members?)\b/i.test(doc.text.slice(box.span.start, x.trigger.span.start)));
    if (type === 'political' && states.length === 1 && orgs.length === 0 && !actors.includes(pair.body) && joins) return [...actors, pair.body];
    return actors;
  }
  const rest = actors.filter((a) => !venue.has(a) && a !== pair.home && a !== pair.body);
  // (the state's own steps, a decree or a commission of its own, stay its own: the body joins
  // talks and documents, or what names nobody else)
  const withBody = actors.includes(pair.body) || (orgs.length === 0 && (states.length === 0 || type === 'meeting' || type === 'agreement'));
  return withBody ? [pair.home, ...rest, pair.body] : [pair.home, ...rest];
}

/**
 * A plan with no party named in its own sentence ("The study is due by May 2031"; "the partners
 * plan to start building in 2032"): the parties of the last document signed among two or more
 * states before it (document memory), when the names found by the fallbacks are among them.
 */
function plannedParties(text: string, x: Draft, actors: string[], ctx: GroupContext, helpers: EventHelpers): string[] {
  const memory = (DOCUMENT_MEMORY.get(ctx) ?? []).filter((m) => m.sentence < x.sentence.index);
  const m = memory[memory.length - 1];
  if (!m || m.names.length < 2) return actors;
  if (!actors.every((a) => m.names.includes(a) || helpers.entityKindOf?.(a) !== 'country')) return actors;
  // (a group word in its sentence, "the partners", "the sides"; names the fallbacks found alone
  // may be one state's own plan)
  if (!GROUP_WORD_RE.test(text.slice(x.sentence.span.start, x.sentence.span.end))) return actors;
  return [...actors, ...m.names.filter((n) => !actors.includes(n))];
}

/**
 * "During the visit he and President X signed ...": "he" or "she" joined by "and" to a person
 * who takes part is the person named last before, in the sentence or up to two sentences back
 * (same paragraph); that person takes part too. Null when there is none.
 */
function pronounPartner(doc: ExtractedDoc, x: Draft, actors: string[], ctx: GroupContext): string | null {
  const box = x.sentence;
  const text = doc.text;
  const partner = box.entities.find(
    (e) =>
      e.entityKind === 'person' &&
      actors.includes(e.name) &&
      /(?<![\p{L}])(?:he|she)\s+and\s+(?:[\p{L}.-]+\s+){0,3}$/iu.test(text.slice(Math.max(box.span.start, e.span.start - 40), e.span.start)),
  );
  if (!partner) return null;
  const at = partner.span.start - 40;
  const persons = (b: SentenceBox, before: number) =>
    b.entities.filter((e) => e.entityKind === 'person' && e.span.end <= before && e.name !== partner.name).sort((p, q) => p.span.start - q.span.start);
  let p = persons(box, at).pop();
  const para = doc.sentences.length === ctx.boxes.length ? doc.sentences[box.index]?.paragraph : undefined;
  for (let k = 1; !p && para !== undefined && k <= 2 && box.index - k >= 0; k++) {
    if (doc.sentences[box.index - k]!.paragraph !== para) break;
    p = persons(ctx.boxes[box.index - k]!, Infinity).pop();
  }
  return p ? p.name : null;
}

/**
 * A brief whose title pairs two states ("Latvia and Norway: ..."): a document signed or relations
 * set up that names only one of them (or only a city of one, "an agreement signed in Riga in
 * 2029") is between the two.
 */
function pairDocument(text: string, x: Draft, actors: string[], pair: string[], helpers: EventHelpers): string[] {
  if (x.trigger.eventType !== 'agreement' && x.trigger.eventType !== 'diplomatic') return actors;
  if (actors.length !== 1 || !pair.includes(actors[0]!) || helpers.entityKindOf?.(actors[0]!) !== 'country') return actors;
  // ("Estonia's parliament ratified it in 2030": the one state's own act)
  const own = x.sentence.entities.some(
    (e) => (e.name === actors[0] && e.entityKind === 'country' && /^['’]s\s/.test(text.slice(e.span.end, e.span.end + 3))) || (e.entityKind === 'organization' && nationalBodyCountry(e.name) === actors[0]),
  );
  if (own) return actors;
  // (a ratification, or a parliament's act, is one state's: "the Kyrgyz parliament ratified it")
  if (/\b(?:ratif\w*|parliament|senate|majlis\w*|congress|duma|legislature)\b/i.test(text.slice(x.sentence.span.start, x.sentence.span.end))) return actors;
  return [...actors, ...pair.filter((n) => n !== actors[0])];
}

/**
 * "Its plant in Astana opened in 2013": a sentence that opens with "Its" and tells an opening,
 * founding or deal with no party named besides a city is the doing of the company or body named
 * last in the sentence before (same paragraph); the city is only where. Null when there is none.
 */
function possessorOwner(doc: ExtractedDoc, x: Draft, actors: string[], ctx: GroupContext, helpers: EventHelpers): string[] | null {
  const type = x.trigger.eventType;
  if (type !== 'opening' && type !== 'establishment' && type !== 'economic') return null;
  const box = x.sentence;
  const lead = doc.text.slice(box.span.start, x.trigger.span.start);
  if (!/^\W*Its\s/.test(lead) || /[;:]/.test(lead)) return null;
  // (only names that come from cities of the sentence, or none)
  const cities = new Set(box.entities.filter((e) => e.entityKind === 'city').map((e) => helpers.countryOf?.(e.name) ?? ''));
  const named = new Set(box.entities.filter((e) => e.entityKind !== 'city').map((e) => e.name));
  if (!actors.every((a) => cities.has(a) && !named.has(a))) return null;
  const i = box.index;
  if (i === 0 || doc.sentences.length !== ctx.boxes.length || doc.sentences[i - 1]!.paragraph !== doc.sentences[i]!.paragraph) return null;
  const owner = ctx.boxes[i - 1]!.entities
    .filter((e) => e.entityKind === 'company' || e.entityKind === 'organization')
    .sort((a, b) => a.span.start - b.span.start)
    .pop();
  return owner ? [owner.name] : null;
}

/**
 * The international bodies a person held office in on `day` (ISO; offices the gazetteer records,
 * in bodies, not states), by canonical name.
 */
function officeBodies(name: string, day: string): string[] {
  const out: string[] = [];
  for (const o of gazetteerEntry(name)?.offices ?? []) {
    const body = gazetteerEntry(o.of);
    if (!body || body.kind !== 'organization') continue;
    if (o.from.slice(0, day.length) > day.slice(0, o.from.length)) continue;
    if (o.to && o.to.slice(0, day.length) < day.slice(0, o.to.length)) continue;
    if (!out.includes(body.name)) out.push(body.name);
  }
  return out;
}

/** Countries named in the heading of the section holding `pos`. */
function headingActors(doc: ExtractedDoc, pos: number): string[] {
  const sec = doc.sections.find((x) => x.span.start <= pos && pos < x.span.end && x.headingSpan);
  if (!sec || !sec.headingSpan) return [];
  const h = sec.headingSpan;
  const names: string[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== 'entity' || !contains(h, m.span)) continue;
    if (m.entityKind === 'country' && !names.includes(m.name)) names.push(m.name);
  }
  return names;
}

/** The brief's own date as a DateValue (inferred), or null when it has none. */
function documentDateValue(value: string | null): DateValue | null {
  if (!value) return null;
  const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { value, start: value, end: value, granularity: 'day', inferred: true };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const end = `${value}-${String(last(Number(m[1]), Number(m[2]))).padStart(2, '0')}`;
    return { value, start: `${value}-01`, end, granularity: 'month', inferred: true };
  }
  if (/^\d{4}$/.test(value)) return { value, start: `${value}-01-01`, end: `${value}-12-31`, granularity: 'year', inferred: true };
  return null;
}

/**
 * Absent states ("X has no embassy in Y", "no treaty has been signed yet"): a state as of the
 * brief's date, which dates it (inferred). Left out when the brief has no date, or when a date
 * of a happening stands before it in its clause ("since 2010 ..."): then it is not a state as
 * of writing.
 */
/** Where one clause ends and another begins: ";", or a comma and a conjunction (", but"). */
const CLAUSE_CUT_RE = /;|,\s*(?:but|and|while|whereas|although|though|yet)\b|\b(?:but|whereas|although)\s/i;

function absentDrafts(doc: ExtractedDoc, box: SentenceBox, when: DateValue | null): Draft[] {
  if (!when) return [];
  const out: Draft[] = [];
  for (const t of box.absents) {
    const dated = box.dates.some((d) => d.span.end <= t.span.start && !CLAUSE_CUT_RE.test(doc.text.slice(d.span.end, t.span.start)));
    if (dated) continue;
    // its actors are those of its own clause ("summits in A and B failed, and to date there is no treaty")
    const before = doc.text.slice(box.span.start, t.span.start);
    let cut = -1;
    for (const m of before.matchAll(new RegExp(CLAUSE_CUT_RE.source, 'gi'))) cut = m.index + m[0].length;
    out.push(
      newDraft({
        trigger: t,
        date: null,
        dateValue: { ...when },
        sentence: box,
        scope: { start: cut >= 0 ? box.span.start + cut : box.span.start, end: box.span.end },
        from: null,
        anchor: t.span,
        rule: `${t.ruleId}+events/absent/document-date`,
        planned: false,
      }),
    );
  }
  return out;
}

export function resolveEvents(
  doc: ExtractedDoc,
  prov: ProvenanceBuilder,
  helpers: EventHelpers = { countryOf, entityKindOf },
): EventRow[] {
  const boxes = boxSentences(doc);
  const history: Draft[] = [];
  const drafts: Draft[] = [];
  let previous: Draft[] = [];
  // the signing a summary sentence told ("The port signed four contracts."), while the sentences after
  // it tell its items one by one
  let summary: { source: Draft; index: number } | null = null;
  for (const box of boxes) {
    // (a list item without a trigger may still name an outcome of the occasion told before it)
    if (box.triggers.length === 0 && !fallbackReady(doc, box) && (box.dates.some((d) => !SAME_DAY_RE.test(d.text)) || !isListItem(doc.text, box.span.start)) && !(box.dates.length === 0 && storyOccasion(doc, box, drafts))) {
      previous = [];
      continue;
    }
    let mine = box.dates.length > 0 ? datedDrafts(doc, box).filter((x) => !unplannedAhead(x)) : [];
    // "2. Its announcement, made the same day, ...": a day told only as "the same day" in a
    // sentence tied to an occasion just told is that occasion's day.
    if (mine.length > 0 && box.dates.every((d) => SAME_DAY_RE.test(d.text))) {
      const occ = occasionDrafts(doc, box, drafts, (n) => helpers.countryOf?.(n));
      // (only where the sentence is tied to that occasion: an item of its outcome list, or the
      // occasion described by kind; a "that day" elsewhere is the last day stated)
      if (occ.length > 0 && occ.every((x) => /\+events\/occasion\/(?:list|described)$/.test(x.rule))) mine = occ;
    }
    // "the 2020 statement", "since the 2031 summit": a year naming a happening told before is no
    // new happening.
    if (mine.length > 0) mine = mine.filter((x) => !yearBackReference(doc.text, x, drafts));
    // "X said the two ports would merge within five years", in a story about one occasion:
    // the reported plan's date is the plan's, the remark was made at the occasion (storyDrafts)
    if (mine.some((x) => reportedPlanDate(doc, x))) {
      const plain = mine.filter((x) => !reportedPlanDate(doc, x));
      if (storyOccasion(doc, box, drafts)) mine = plain;
    }
    // A sentence whose dates date nothing ("the plan for 2030-2035") may still refer back.
    if (mine.length === 0) {
      mine = box.dates.length === 0 ? dayReference(doc, box, drafts) : [];
      // "Since then the two leaders have met 20 times": from the last happening of the sentence before.
      if (mine.length === 0 && previous.length > 0 && SINCE_THEN_OPENS_RE.test(doc.text.slice(box.span.start, box.span.end))) {
        mine = sinceThen(doc, box, previous);
      }
      if (mine.length === 0) mine = referenceDrafts(doc, box, history, previous);
      // ... or tell what happened on the occasion just told ("In Riga the presidents signed ...").
      if (mine.length === 0) mine = occasionDrafts(doc, box, drafts, (n) => helpers.countryOf?.(n));
      // ... or tell, undated, what happened at the occasion the story is about (storyDrafts).
      if (mine.length === 0) mine = storyDrafts(doc, box, drafts, box.dates.length > 0 ? box.triggers.filter((t) => t.span.start < box.dates[0]!.span.start) : undefined);
      // "The summit in Samarkand was the first at which ...": the occasion named as the subject.
      const named = box.dates.length === 0 ? namedOccasionSubject(doc, box, drafts, mine) : null;
      if (named) mine.unshift(named);
    } else {
      mine.push(...sinceThen(doc, box, mine));
      // "In the course of that trip they signed four accords and reopened a road that had been
      // shut since 1990": the happenings no date of the sentence took refer back.
      const used = new Set(mine.map((x) => x.trigger));
      const firstDate = box.dates[0]!.span.start;
      const rest = box.triggers.filter((t) => !used.has(t) && t.span.start < firstDate);
      if (rest.length > 0) {
        const refs = referenceDrafts(doc, box, history, previous, rest);
        mine.push(...refs.filter((r) => !mine.some((x) => x.trigger === r.trigger)));
      }
      // "X met on 2 May, and at the summit itself the leaders adopted a plan": the happenings
      // after a reference phrase that follows the sentence's dates, past a clause break, refer
      // back (when no date of the sentence took them).
      const lastDate = box.dates[box.dates.length - 1]!;
      const taken = new Set(mine.map((x) => x.trigger));
      const tail = doc.text.slice(lastDate.span.end, box.span.end);
      let at = -1;
      for (const r of referenceMatch(ANY_REFERENCE_RE, tail) ? REFERENCE_RES : []) {
        const x = referenceMatch(r.re, tail);
        if (!x || /\s\p{Lu}[\p{L}-]*$/u.test(x[0]) || !/[;,]/.test(tail.slice(0, x.index))) continue;
        if (at < 0 || x.index < at) at = x.index;
      }
      if (at >= 0) {
        const from = lastDate.span.end + at;
        const after = box.triggers.filter((t) => !taken.has(t) && t.span.start >= from);
        if (after.length > 0) {
          const refs = referenceDrafts(doc, box, history, previous, after, from, mine);
          mine.push(...refs.filter((r) => !mine.some((x) => x.trigger === r.trigger)));
        }
      }
      mine.push(...sameOccasion(doc, box, mine));
      mine.push(...anaphoricClauses(doc, box, mine));
      mine.push(...frontedOccasion(doc, box, mine));
      mine.push(...frontedDate(doc, box, mine));
      // "On the second day, the two sides signed X, whose talks had ended in 2030": what no date
      // of the sentence took, before its first date, may tell what happened on the occasion.
      const left = box.triggers.filter((t) => !mine.some((x) => x.trigger === t) && t.span.start < firstDate);
      if (left.length > 0) mine.push(...occasionDrafts(doc, box, drafts, (n) => helpers.countryOf?.(n), left));
      // (... or at the occasion the story is about: "X took over the chair from Y, whose country hosted the summit in 2025")
      const unsaid = left.filter((t) => !mine.some((x) => x.trigger === t));
      mine.push(...storyDrafts(doc, box, drafts, unsaid).filter((x) => !mine.some((y) => spansOverlap(y.anchor, x.trigger.span))));
    }
    // "signed an accord on fishing, as well as a declaration on ...", "signed a treaty and a
    // Riga Declaration on ...": a second document set apart ("as well as") or named is a signing
    // of its own; "signed a declaration and a memorandum" stays one.
    for (const x of [...mine]) mine.push(...separateDocuments(doc, box, x, mine));
    // "The port signed four contracts. The largest, with a Danish yard, provides ... Another sets
    // up ...": each item told after the summary is a signing of its own,
    // on the summary's date (the summary keeps its row)
    if (summary && summary.index === box.index - 1) {
      const item = summaryItem(doc, box, summary.source, mine);
      if (item) mine.push(item);
      summary = item ? { source: summary.source, index: box.index } : null;
    }
    if (!summary || summary.index !== box.index) {
      const told = mine.find((x) => x.trigger.eventType === 'agreement' && /^\d{4}/.test(x.dateValue.start) && !x.planned && SUMMARY_COUNT_RE.test(doc.text.slice(x.anchor.start, box.span.end)));
      summary = told ? { source: told, index: box.index } : null;
    }
    // "..., including the Treaty of Perpetual Peace": each named document of a signed package.
    const signing = mine.find((x) => x.trigger.eventType === 'agreement' && x.rule.indexOf('events/elaboration') < 0);
    if (signing) {
      const extra = namedDocuments(doc, box, signing, signing.anchor.end);
      for (const e of extra) if (!mine.some((x) => x.trigger === e.trigger)) mine.push(e);
    }
    // ("Closing the congress, X said", "the summit's organisers", "If ... by 2030, the congress
    // will be judged ...": the occasion opened or closed, a body named after it, an occasion
    // judged in a condition's main clause; no happening of their own)
    mine = mine.filter((x) => !notOwnHappening(doc.text, box, x));
    for (const x of mine) {
      drafts.push(x);
      if (x.date) history.push(x);
    }
    previous = mine;
  }
  // Absent states: after every happening, so they never take part in references or carry-overs.
  const absent = new Set<Draft>();
  const when = documentDateValue(doc.documentDate.value);
  for (const box of boxes) {
    for (const x of absentDrafts(doc, box, when)) {
      absent.add(x);
      drafts.push(x);
    }
  }
  // One row per happening: a verb and the document it makes, one trigger dated twice.
  const merged = oneRowPerHappening(doc, drafts, (x) => !absent.has(x));
  if (merged.drafts !== drafts) drafts.splice(0, drafts.length, ...merged.drafts);
  const bySentence = new Map<SentenceBox, Draft[]>();
  // (absent states are no siblings of happenings: they never cut a happening's actors)
  /** Every draft of a sentence, absent states too (in draft order). */
  const allBySentence = new Map<SentenceBox, Draft[]>();
  for (const x of drafts) {
    const all = allBySentence.get(x.sentence);
    if (all) all.push(x);
    else allBySentence.set(x.sentence, [x]);
    if (absent.has(x)) continue;
    const mine = bySentence.get(x.sentence);
    if (mine) mine.push(x);
    else bySentence.set(x.sentence, [x]);
  }
  const groupCtx: GroupContext = { boxes, groups: contextGroups(doc) };
  const subjectBody = titleBody(doc, boxes);
  const subjectFormat = titleFormat(doc, boxes);
  const parts = bodyParts(doc, helpers);
  const titlePair = titleActors(doc, boxes, helpers);
  const home = subjectBody ? titleState(doc, boxes) : null;
  // (a report on one meeting of a body its title does not name: the body of its summits)
  const meetingBody = subjectBody ?? ledeBody(doc, boxes);
  const processPair = subjectBody && home ? { home, body: subjectBody } : null;
  const rows: EventRow[] = [];
  const done = new Map<Draft, { actors: string[]; where: string | null }>();
  const spelled = documentSpellings(doc);
  const seen = new Set<string>();
  for (const x of drafts) {
    let actors = actorsOf(doc, x, helpers, bySentence.get(x.sentence) ?? [], groupCtx);
    const ownFound = actors.length > 0;
    let where = whereOf(doc, x);
    const earlier = x.from ? done.get(x.from) : undefined;
    if (earlier) {
      // A reference ("During the visit, ...") happens among the same parties, at the same place.
      const persons = new Set(x.from!.sentence.entities.filter((e) => e.entityKind === 'person').map((e) => e.name));
      if (actors.length === 0) {
        actors = earlier.actors.filter((a) => !persons.has(a));
      } else if (
        (x.rule.includes('+events/reference') || x.rule.includes('+events/occasion/')) &&
        actors.every((a) => earlier.actors.includes(a)) &&
        // (not when it names its own doer: "2. Ruritania's announcement, made the same day")
        !x.sentence.entities.some(
          (e) =>
            actors.includes(e.name) &&
            ((e.entityKind === 'country' && /^['’]s\s/.test(doc.text.slice(e.span.end, e.span.end + 3))) ||
              e.entityKind === 'organization' ||
              e.entityKind === 'company' ||
              // ("At the same meeting X announced ...": a speaker named is the statement's own doer)
              (e.entityKind === 'person' && x.trigger.eventType === 'statement')),
        )
      ) {
        // (its own names are some of the earlier happening's parties, e.g. a place: all of them)
        actors = [...actors, ...earlier.actors.filter((a) => !persons.has(a) && !actors.includes(a))];
      }
      where ??= earlier.where;
    }
    // Nothing named around it: the parties of another happening of the same sentence, else the
    // countries of the section's heading ("Norway and Sweden: ...").
    if (actors.length === 0 && !absent.has(x)) {
      const sibling = allBySentence.get(x.sentence)!.find((o) => o !== x && (done.get(o)?.actors.length ?? 0) > 0);
      if (sibling) actors = done.get(sibling)!.actors.filter((a) => helpers.entityKindOf?.(a) !== 'person');
    }
    // Then the subject the sentence opens with ("The Nordic Bank funded two studies, which
    // were published in May 1990").
    if (actors.length === 0 && !absent.has(x)) {
      const subject = sentenceSubject(doc.text, x.sentence);
      if (subject && subject.span.end <= x.trigger.span.start && !/[;:]/.test(doc.text.slice(subject.span.end, x.trigger.span.start))) {
        if (!(IMPERSONAL.has(x.trigger.eventType) && subject.entityKind === 'person')) actors.push(nationalBodyCountry(subject.name) ?? subject.name);
        if (subject.entityKind === 'person') {
          const c = helpers.countryOf?.(subject.name);
          if (c && !actors.includes(c)) actors.push(c);
        }
      }
    }
    // Then the parties named earlier in the same sentence ("A ships oil to B; in 2023 these
    // volumes reached 2 million tonnes").
    // (first those further on in its own clause, "an accord was signed on 2 May by the ministers
    // of A and B"; then those before it)
    if (actors.length === 0 && !absent.has(x)) {
      const text = doc.text;
      const end = x.anchor.end;
      const stop = /[;:]|,\s+(?:and|but|while|whereas|which|yet)\b/i.exec(text.slice(end, x.sentence.span.end));
      const clauseEnd = Math.min(stop ? end + stop.index : x.sentence.span.end, end + 120);
      const take = (keep: (e: EntityMention) => boolean) => {
        for (const e of x.sentence.entities) {
          if (!keep(e) || !plausibleActor(e, text)) continue;
          if ((e.entityKind === 'organization' || e.entityKind === 'company') && FACILITY_RE.test(e.name)) continue;
          if (isFinancier(text, x.sentence, e)) continue;
          const name =
            e.entityKind === 'person' || e.entityKind === 'city'
              ? helpers.countryOf?.(e.name)
              : ACTOR_KINDS.has(e.entityKind)
                ? (nationalBodyCountry(e.name) ?? e.name)
                : null;
          if (name && !actors.includes(name)) actors.push(name);
        }
      };
      const clause = extendOverLists(text, x.sentence, { start: end, end: clauseEnd });
      take((e) => e.span.start >= clause.start && spansOverlap(e.span, clause));
      if (actors.length === 0) take((e) => e.span.end <= x.trigger.span.start);
    }
    // Then the parties named in the sentence before, in the same paragraph ("The pipeline was
    // built by A and B. Its first section was completed in 1990.").
    if (actors.length === 0) actors = carriedActors(doc, boxes, x, helpers);
    if (actors.length === 0) actors = headingActors(doc, x.trigger.span.start);
    // Then the two or more countries the brief's title is about ("How Riga and Tallinn settled
    // their border").
    if (actors.length === 0 && !absent.has(x)) actors = titleActors(doc, boxes, helpers);
    // Then the one country the title is about ("Latvia's Ports Face a Lean Winter": "The 2021
    // drought was the turning point", "In 2023 it awarded twelve concessions").
    if (actors.length === 0 && !absent.has(x)) {
      // (not a place that only names a document or meeting: "The Tehran Convention at Twenty")
      const names = new Set<string>();
      for (const e of titleEntities(doc, boxes)) {
        if (e.entityKind === 'city' && modifiesName(doc.text, e.span.end)) continue;
        // (nor a place the title only goes to, passes or dates by: "Thirty Years After Riga"; a
        // place things come from, "Gas from Latvia", is the subject's)
        if (TITLE_PASS_RE.test(doc.text.slice(Math.max(0, e.span.start - 10), e.span.start))) continue;
        // (a title line, not a first sentence with a full stop; a name, not a modifier)
        const lineEnd = doc.text.indexOf('\n', e.span.end);
        if (/\.\s*$/.test(doc.text.slice(e.span.end, lineEnd < 0 ? doc.text.length : lineEnd)) || !plausibleActor(e, doc.text)) continue;
        const c = e.entityKind === 'country' ? e.name : e.entityKind === 'city' ? helpers.countryOf?.(e.name) : null;
        if (c) names.add(c);
      }
      if (names.size === 1) actors = [...names];
    }
    // "the tenth meeting was held in Riga", "the next session": one more of the meetings told
    // before in the section, among the same parties (when they hold the ones found here).
    if (x.trigger.eventType === 'meeting' && ORDINAL_MEETING_RE.test(ownClause(doc.text, x.sentence, x.trigger.span))) {
      const section = doc.sentences[x.sentence.index]?.section;
      const before = drafts
        .filter((o) => o !== x && o.trigger.eventType === 'meeting' && o.sentence.index < x.sentence.index && done.has(o))
        .filter((o) => doc.sentences.length !== boxes.length || doc.sentences[o.sentence.index]?.section === section)
        .pop();
      const theirs = before ? done.get(before)!.actors.filter((a) => helpers.entityKindOf?.(a) !== 'person') : [];
      const countries = actors.filter((a) => helpers.entityKindOf?.(a) === 'country');
      if (theirs.length > 0 && countries.every((c) => theirs.includes(c))) for (const a of theirs) if (!actors.includes(a)) actors = [...actors, a];
    }
    // A group word next to parties found only by the fallbacks ("A joint commission, which has
    // existed since 1992, met twice" after a sentence on one of the pair).
    // A summit or session of the body the brief is about ("the tenth summit", "the Council of
    // Ministers met"): that body takes part; the host city's country alone is no party to it.
    if (meetingBody && x.trigger.eventType === 'meeting' && !absent.has(x) && BODY_MEETING_RE.test(ownClause(doc.text, x.sentence, x.trigger.span, 20))) {
      const hasBody = actors.some((a) => helpers.entityKindOf?.(a) === 'organization' || x.sentence.entities.some((e) => e.name === a && e.entityKind === 'organization'));
      if (!hasBody) {
        const named = new Set(x.sentence.entities.filter((e) => e.entityKind === 'country' || e.entityKind === 'person').flatMap((e) => [e.name, helpers.countryOf?.(e.name) ?? '']));
        const venues = new Set(
          x.sentence.entities.filter((e) => e.entityKind === 'city').map((e) => helpers.countryOf?.(e.name) ?? '').filter((c) => c && !named.has(c)),
        );
        actors = [...actors.filter((a) => !venues.has(a)), meetingBody];
      }
    }
    const scan = GROUP_SCANS.get(x);
    if (scan && actors.length > 0 && !absent.has(x)) actors = [...actors, ...groupExpansion(doc, x, actors, scan, groupCtx, helpers)];
    // "The council met again in May": the body named before.
    if (!absent.has(x)) {
      const body = bodyAnaphor(doc, x, groupCtx);
      if (body && !actors.includes(body)) {
        // (the venue's country, taken for want of parties, goes)
        const venues = new Set(x.sentence.entities.filter((e) => e.entityKind === 'city').map((e) => helpers.countryOf?.(e.name) ?? ''));
        const named = new Set(x.sentence.entities.filter((e) => e.entityKind === 'country').map((e) => e.name));
        actors = [...actors.filter((a) => !(venues.has(a) && !named.has(a))), body];
      }
    }
    // A bilateral body that takes part ("The SIC held its first session") stands with its two states.
    if (!absent.has(x)) {
      for (const a of [...actors]) {
        const kind = helpers.entityKindOf?.(a);
        if (kind && kind !== 'organization') continue;
        for (const c of bodyMembers(doc, a, groupCtx, helpers) ?? []) if (!actors.includes(c)) actors = [...actors, c];
      }
    }
    if (!absent.has(x)) {
      const side = otherSide(doc, x, actors, boxes, helpers);
      if (side) actors = [...actors, side];
    }
    // "the presidents signed": the pair's leaders by name; "the Ruritanian leader": that one.
    if (!absent.has(x)) {
      const { names: leaders, read } = pairLeaders(doc, x, actors, groupCtx, helpers);
      if (leaders.length > 0) {
        // ("The two leaders" read as Armenia's president when the brief names its prime minister)
        const chosen = new Set(leaders.map((n) => helpers.countryOf?.(n)).filter((c) => !!c));
        actors = actors.filter((a) => !(read.includes(a) && !leaders.includes(a) && chosen.has(helpers.countryOf?.(a) ?? '')));
        for (const n of leaders) if (!actors.includes(n)) actors = [...actors, n];
      }
    }
    if (!absent.has(x)) {
      const leader = demonymLeader(doc, x, actors, helpers);
      if (leader && !actors.includes(leader)) actors = [...actors, leader];
    }
    // "the Turkic Council expressed ...": a body the sentence calls by a former name (the
    // gazetteer's `formerly`) takes part under that name, as it was then.
    actors = actors.map((a) => formerName(x.sentence, a) ?? a);
    // "he and President X signed": "he" is the person named last before.
    if (!absent.has(x) && actors.some((a) => x.sentence.entities.some((e) => e.entityKind === 'person' && e.name === a))) {
      const he = pronounPartner(doc, x, actors, groupCtx);
      if (he && !actors.includes(he)) {
        actors = [...actors, he];
        const c = helpers.countryOf?.(he);
        if (c && !actors.includes(c)) actors = [...actors, c];
      }
    }
    // "X returned the visit in May, arriving in Riga on 2 May": the host of a visit is where
    // the visitor arrives (a city after "arriving in", "arrived in" later in its sentence).
    if (x.trigger.eventType === 'visit' && !absent.has(x)) {
      for (const e of x.sentence.entities) {
        if (e.entityKind !== 'city' || e.span.start < x.trigger.span.end) continue;
        if (!/\barriv(?:ing|ed|es)\s+(?:in|at)\s+$/i.test(doc.text.slice(Math.max(x.sentence.span.start, e.span.start - 20), e.span.start))) continue;
        const c = helpers.countryOf?.(e.name);
        if (c && !actors.includes(c)) actors = [...actors, c];
      }
    }
    // "Following X's visit in May, ...", in a brief on one country: a visit that names no
    // destination is to that country.
    if (x.trigger.eventType === 'visit' && !absent.has(x)) {
      const host = visitHost(doc, x, actors, boxes, helpers);
      if (host) actors = [...actors, host];
    }
    // "Its plant in Astana opened in 2013": the company named last before.
    if (!absent.has(x)) actors = possessorOwner(doc, x, actors, groupCtx, helpers) ?? actors;
    if (titlePair.length === 2 && !absent.has(x)) actors = pairDocument(doc.text, x, actors, titlePair, helpers);
    // A person who takes part stands with their country (one the gazetteer records; not one who
    // acts for an international body).
    if (!absent.has(x)) {
      for (const a of [...actors]) {
        if (helpers.entityKindOf?.(a) !== 'person') continue;
        const c = helpers.countryOf?.(a);
        if (c && !actors.includes(c)) actors = [...actors, c];
        // (one who acts for an international body stands with the body: "the Secretary-General")
        if (!c) for (const body of officeBodies(a, x.dateValue.start)) if (!actors.includes(body)) actors = [...actors, body];
      }
    }
    // "the Union's 14th Council": the body itself.
    if (parts.size > 0) actors = [...new Set(actors.map((a) => parts.get(a) ?? a))];
    // A brief on one state and one body: its process rows are between the two.
    if (processPair && !absent.has(x)) actors = processActors(doc, x, actors, processPair, helpers);
    // "the partners plan to begin construction in 2027": a plan that names no party of its own
    // is the plan of the parties of the last document signed among several states.
    if (x.planned && !ownFound && !absent.has(x)) actors = plannedParties(doc.text, x, actors, groupCtx, helpers);
    // The format the brief is about, at its own summits and sessions.
    if (subjectFormat && !absent.has(x)) actors = formatActors(doc, x, actors, subjectFormat, helpers);
    done.set(x, { actors, where });
    const span = completedTail(doc.text, reachedSpan(doc, x, rowSpan(doc, x), merged.reach.get(x)), x.sentence.span.end);
    const p = prov.make('ev', span, x.rule, `${x.trigger.span.start}:${x.dateValue.value}`);
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const row: EventRow = {
      ...p,
      type: x.trigger.eventType,
      date: x.dateValue,
      // (names as the brief spells them: see documentSpellings)
      actors: spelled.size > 0 ? [...new Set(actors.map((a) => spelled.get(a) ?? a))] : actors,
      where,
      trigger: x.trigger.text,
      planned: x.planned,
    };
    // (set after, not spread in: the same keys in the same order, without a slow copy)
    if (absent.has(x)) row.state = 'absent';
    rows.push(row);
  }
  return rows;
}

/* ---------------------------------------------------------------------------------------------
 * One row per happening. Drafts that tell one happening twice are merged before rows are built:
 *   - a signing verb and the document it signs ("signed an agreement on X", "adopted a joint
 *     statement"): one row, the dated draft (or the verb's) wins and its span reaches the noun;
 *   - one trigger dated twice: a year that only names a thing ("adopted its 2040 strategy in
 *     May 2021", "the 2018 convention") dates nothing outside its noun phrase; a noun with a date
 *     of its own ("the war of 1992-1997", "the 2008 crisis") keeps only that one; a change
 *     "from 60 in 2022 to 500 last year" is one change over the range; a baseline "up from 6
 *     tonnes in 2022" or "from 4 tonnes in 2025 to ..." dates no other verb.
 * ------------------------------------------------------------------------------------------- */

/** Verbs that make a document (the first word of a trigger). */
const DOCUMENT_VERB_RE = /^(?:signed|signs?|signing|adopted|adopts?|adopting|concluded|concludes?|approved|approves?|initialled|initialed|ratified|ratifies|issued|issues?|endorsed|endorses?|agreed|agrees?|inked|finali[sz]ed|drew\s+up|drawn\s+up)$/i;
/** Noun triggers that name a document or a joint text. */
const DOCUMENT_TRIGGER_RE = /^events\/(?:agreement\/document|statement\/noun|agreement\/noun|head\/document)/;
/** Between a verb and its object's head: a determiner or number and at most four modifiers. */
const OBJECT_GAP_RE = /^\s+(?:(?:a|an|the|two|three|four|five|six|several|its|their|his|her|this|these|those|new|further|another|separate|joint|[*_"“']+)\s+)?(?:[*_"“']*[\p{L}\p{N}][\p{L}\p{N}'’-]*[*_"”']*\s+){0,4}[*_"“']*$/u;

/** Kinds of happening a later mention may name again ("after the talks", "the 2031 summit"). */
const TOLD_AGAIN_TYPES = new Set<EventType>(['meeting', 'visit']);
/** A noun framed as the time of another happening: "after the talks", "during the visit". */
const FRAME_BEFORE_RE = /\b(?:after|during|before|following|ahead\s+of|in\s+the\s+course\s+of|on\s+the\s+eve\s+of)\s+(?:the|that|this|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** After a bare framing noun: the clause goes on, no complement or apposition of the noun's own. */
const BARE_AFTER_RE =
  /^(?:\s*[.;:!?"”’)]|\s*$|\s*,(?!\s*(?:held|hosted|convened|organi[sz]ed|chaired|which|where|when)\b)|\s+(?!(?:of|to|in|at|on|by|with|between|among|for|from|held|hosted|which|where)\b)\p{Ll})/u;

/** The start of a phase: "a new phase began", "a new chapter opened", "the era started". */
const PHASE_RE = /\b(?:phase|chapter|era|stage|page|period)\s+(?:in\s+(?:the\s+)?(?:relations?|ties|cooperation)\s+)?(?:began|begun|started|opened|commenced|dawned)$/i;

/** Between "invited" and the meeting it invites to: "for the first time to the", "to attend the". */
const INVITED_TO_RE = /^(?:\s+(?!and\b|but\b)[\p{L}-]+){0,5}\s+to\s+(?:attend\s+)?(?:the|a|an|its|their|this)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** "no <noun phrase> has been | was | were" right before a participle. */
const NO_SUBJECT_PASSIVE_RE = /(?:^|[^\p{L}])no\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:has|have|had)\s+(?:yet\s+|ever\s+)?been|(?:was|were)(?:\s+(?:ever|yet))?)\s+$/iu;
const absentLike = (x: Draft) => x.rule.includes('absent');

/** A verb's object that is a document: "an agreement", "a joint declaration", "the new treaty". */
const OBJECT_DOCUMENT_RE =
  /^\s+(?:(?:a|an|the|two|three|four|five|six|several|its|their|his|her|this|these|new|further|another|separate)\s+)?(?:[*_"“']*[\p{L}\p{N}][\p{L}\p{N}'’-]*[*_"”']*\s+){0,3}?[*_"“']*(?:agreements?|treat(?:y|ies)|memorand(?:um|a)|protocols?|accords?|declarations?|charters?|conventions?|contracts?|deals?|pacts?|road\s?maps?|communiqu[eé]s?|statements?|resolutions?|concepts?|programmes?|plans?|strateg(?:y|ies))\b/iu;

/** Which of two drafts of one happening stays: an explicit date over an inferred one, else `a`. */
function keeperOf(a: Draft, b: Draft): [Draft, Draft] {
  const ea = a.date !== null && !a.dateValue.inferred;
  const eb = b.date !== null && !b.dateValue.inferred;
  return eb && !ea ? [b, a] : [a, b];
}

/** After a year: the document it names ("2030 Lisbon Treaty", "2018 Convention", "2024 road map"). */
const NAMED_DOCUMENT_AFTER_RE =
  /^[\s*_]+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:convention|treaty|agreement|accord|declaration|charter|protocol|memorandum|pact|deal|road\s?map|concept|strategy|programme|program|vision|agenda)\b/iu;

/** "its 2040 vision", "the 2018 Convention": a bare year that modifies the noun after it. */
function nameYear(text: string, d: DateMention): boolean {
  if (!/^(?:1[5-9]|20)\d\d$/.test(d.text.trim())) return false;
  const before = text.slice(Math.max(0, d.span.start - 12), d.span.start);
  const after = text.slice(d.span.end, d.span.end + 30);
  // (not a time named by a preposition of time: "from the 2020 harvest", "since the 2022 season")
  if (/\b(?:from|since|until|till|by|after|before|in|during|for|of|at|over|through|throughout|ahead\s+of|until)\s+(?:the|its|their|his|her|our|this|that|a)\s+$/i.test(text.slice(Math.max(0, d.span.start - 24), d.span.start))) return false;
  return /\b(?:the|its|their|his|her|our|this|that|a|whose)\s+$/i.test(before) || /['’]s\s+$/.test(before)
    ? /^[\s*_]+(?!(?:and|or|to|in|on|at|by|for|of|from|with|when|as|was|were|is|are|had|has|have)\b)[\p{L}][\p{L}-]*/iu.test(after)
    : false;
}

/** Does noun trigger `t` own date `d` ("the war of 1992-1997", "the 2008 crisis", "the May 2019 summit")? */
function ownDate(text: string, t: TriggerMention, d: DateMention): boolean {
  if (d.span.start >= t.span.end) {
    const between = text.slice(t.span.end, d.span.start);
    // (a verb's "in": "met in May 2019 and again in June" may tell two happenings)
    return /^\s+of\s+$/i.test(between) || (/^\s+in\s+$/i.test(between) && !PAST_VERB_RE.test(t.text.split(/\s+/).pop()!));
  }
  return d.span.end <= t.span.start && /^[\s*_]*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(d.span.end, t.span.start)) && nameYearOrDate(text, d);
}

function nameYearOrDate(text: string, d: DateMention): boolean {
  return /\b(?:the|its|their|a|an)\s+$/i.test(text.slice(Math.max(0, d.span.start - 8), d.span.start));
}

/** A baseline: "up from 6 tonnes in 2022", "from about 4.5 million tonnes in 2025 to ...", "against 28 two years earlier". */
const BASELINE_BEFORE_RE = /\b(?:(?:up|down)\s+from|from|against|compared\s+(?:with|to))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+|(?:just\s+)?(?:less|more|fewer)\s+than\s+|(?:just\s+)?(?:over|under|below|above)\s+)?[$€£]?\d[\d.,]*\s*(?:[\p{L}%$€£]+\s+){0,4}(?:in\s+|during\s+)?$/iu;
const CHANGE_VERB_RE = /^(?:rose|risen|rises?|increased|increases?|grew|grown|grows?|fell|fallen|falls?|declined|declines?|decreased|decreases?|dropped|drops?|climbed|climbs?|jumped|doubled|tripled|expanded|shrank|surged|soared|reached|went)\b/i;

/** A change word anywhere in a trigger ("exports to X rose"). */
const CHANGE_WORD_RE = /\b(?:rose|risen|rises?|rising|increased|increases?|increasing|grew|grown|grows?|growing|fell|fallen|falls?|falling|declined|declines?|decreased|decreases?|dropped|drops?|climbed|climbs?|jumped|doubled|tripled|expanded|shrank|surged|soared|reached|went|up|down)\b/i;

function levelDate(text: string, d: DateMention, floor: number): boolean {
  return BASELINE_BEFORE_RE.test(text.slice(Math.max(floor, d.span.start - 70), d.span.start));
}

/** A gathering named by its bare noun ("the summit", "the talks"), no name or ordinal of its own. */
const BARE_GATHERING_RE = /^(?:meeting|summit|talks|session|conference|forum)$/i;
const BARE_GATHERING_BEFORE_RE = /\b(?:the|this|that)\s+(?:meeting|summit|talks|session|conference|forum),?\s+$/i;
/** Words for someone who acts: a pronoun, people by their office or group (names are entity mentions). */
const AGENT_WORD_RE =
  /\b(?:he|she|they|we|i|who|leaders?|presidents?|ministers?|officials?|delegations?|delegates|sides?|envoys?|diplomats?|hosts?|guests?|participants?|governments?|heads?|premiers?|chancellors?|kings?|spokes(?:man|woman|person)|secretar(?:y|ies)|commissioners?|mayors?|chairs?|chairman|chairwoman|ambassadors?|negotiators?|companies|company|firms?|banks?|countries|states?|partners?|members?|visitors?|both|all|each)\b/iu;
const PLACE_PREP_RE = /\b(?:to|towards?|into|in|from|across|over|through|via|along|on|at|of)\s+(?:the\s+)?$/i;
const HOST_PARTICIPLE_RE = /^(?:hosted|chaired|convened|organi[sz]ed|co-chaired)$/i;

/** The drafts of `drafts` merged so that one happening gives one row; returns the survivors and span extensions. */
function oneRowPerHappening(doc: ExtractedDoc, drafts: Draft[], keep: (x: Draft) => boolean): { drafts: Draft[]; reach: Map<Draft, Span> } {
  const text = doc.text;
  const gone = new Map<Draft, Draft>();
  const reach = new Map<Draft, Span>();
  const widen = (x: Draft, s: Span) => reach.set(x, union(reach.get(x) ?? s, s));
  const live = (x: Draft) => !gone.has(x) && keep(x);
  // 1. One trigger dated twice.
  const byTrigger = new Map<TriggerMention, Draft[]>();
  for (const x of drafts) if (keep(x) && x.date && !x.item && !x.series && !x.secondary) byTrigger.set(x.trigger, [...(byTrigger.get(x.trigger) ?? []), x]);
  for (const [t, xs] of byTrigger) {
    if (xs.length < 2) continue;
    const floor = xs[0]!.sentence.span.start;
    // (a year naming a thing, outside the trigger's own noun phrase)
    for (const x of xs) if (xs.some((o) => live(o) && o !== x) && nameYear(text, x.date!) && !ownDate(text, t, x.date!)) gone.set(x, xs.find((o) => o !== x && live(o))!);
    const left = xs.filter(live);
    if (left.length < 2) continue;
    const owned = left.filter((x) => ownDate(text, t, x.date!));
    if (owned.length === 1) {
      // (a date read from context, "much of the following decade, because of the war of
      // 1992-1997"; a date stated may tell another happening the trigger's words also cover)
      for (const x of left) if (x !== owned[0] && x.dateValue.inferred && !owned[0]!.dateValue.inferred) gone.set(x, owned[0]!);
      if (left.filter(live).length < 2) continue;
    }
    // "rose from about 60 in 2022 to more than 500 last year": one change over the range.
    const sorted = [...left].sort((a, b) => a.date!.span.start - b.date!.span.start);
    const a = sorted[0]!;
    const b = sorted[1]!;
    if (
      sorted.length === 2 &&
      CHANGE_VERB_RE.test(t.text) &&
      a.dateValue.start < b.dateValue.start &&
      levelDate(text, a.date!, floor) &&
      /^\s+to\s+(?:(?:[^\s,;.]|[,.](?=\S))+\s+){0,6}?$/i.test(text.slice(a.date!.span.end, b.date!.span.start))
    ) {
      b.dateValue = {
        value: `${a.dateValue.value.split('/')[0]}/${b.dateValue.value.split('/').pop()}`,
        start: a.dateValue.start,
        end: b.dateValue.end,
        granularity: 'range',
        inferred: a.dateValue.inferred || b.dateValue.inferred,
      };
      gone.set(a, b);
      widen(b, union(a.anchor, b.anchor));
      continue;
    }
    // A baseline dates nothing when another date of the trigger is left.
    const base = left.filter((x) => levelDate(text, x.date!, floor));
    if (base.length > 0 && base.length < left.length) for (const x of base) gone.set(x, left.find((o) => !base.includes(o))!);
  }
  // 1b. A baseline or a year naming a thing, alone, dates no verb that is not a change.
  for (const x of drafts) {
    if (!live(x) || !x.date || x.item || x.series) continue;
    const floor = x.sentence.span.start;
    if (levelDate(text, x.date, floor) && !CHANGE_WORD_RE.test(x.trigger.text) && x.date.date?.granularity !== 'range' && x.date.span.start > x.trigger.span.end) gone.set(x, x);
    // ("endorsed the 2030 Agenda", "The 2018 Convention weakened that claim": the year names a
    // thing that is no happening of its own here)
    else if (
      nameYear(text, x.date) &&
      !ownDate(text, x.trigger, x.date) &&
      (x.date.span.start > x.trigger.span.end || x.trigger.ruleId.startsWith('events/fallback/')) &&
      !x.sentence.triggers.some((t) => t !== x.trigger && t.eventType !== 'agreement' && t.span.start >= x.date!.span.end && t.span.start - x.date!.span.end <= 25) &&
      // ("despite the 2030 Lisbon Treaty": the year of a document named stands for its signing,
      // unless the sentence tells that signing itself)
      (!NAMED_DOCUMENT_AFTER_RE.test(text.slice(x.date.span.end, x.date.span.end + 60)) ||
        // ("approved its 2030 Vision": the verb makes the document the year names)
        (DOCUMENT_VERB_RE.test(x.trigger.text.split(/\s+/)[0]!) && OBJECT_GAP_RE.test(text.slice(x.trigger.span.end, x.date.span.start))) ||
        drafts.some((o) => o !== x && live(o) && o.sentence === x.sentence && o.trigger.eventType === 'agreement' && o.dateValue.start.slice(0, 4) === x.dateValue.start.slice(0, 4)))
    )
      gone.set(x, x);
  }
  // 1c. "fell from 6 tonnes in 2017 to 4 tonnes the following year", the change dated by its
  // later date only: the change over the range.
  for (const x of drafts) {
    if (!live(x) || !x.date || x.item || x.series || x.dateValue.granularity === 'range' || !CHANGE_WORD_RE.test(x.trigger.text)) continue;
    const floor = x.sentence.span.start;
    const a = x.sentence.dates.filter((d) => d.span.end <= x.date!.span.start && d.span.start >= x.trigger.span.end && d.date).pop();
    if (!a || !levelDate(text, a, floor) || !(a.date!.start < x.dateValue.start)) continue;
    if (!/^\s+to\s+(?:(?:[^\s,;.]|[,.](?=\S))+\s+){0,6}?$/i.test(text.slice(a.span.end, x.date.span.start))) continue;
    if (drafts.some((o) => o !== x && live(o) && o.date === a)) continue;
    x.dateValue = {
      value: `${a.date!.value.split('/')[0]}/${x.dateValue.value.split('/').pop()}`,
      start: a.date!.start,
      end: x.dateValue.end,
      granularity: 'range',
      inferred: a.date!.inferred || x.dateValue.inferred,
    };
    widen(x, union(x.anchor, a.span));
  }
  // 2. A verb that makes a document and the document it makes.
  for (const n of drafts) {
    if (!live(n) || !DOCUMENT_TRIGGER_RE.test(n.trigger.ruleId)) continue;
    const v = drafts.find(
      (o) =>
        o !== n &&
        live(o) &&
        o.sentence === n.sentence &&
        o.trigger !== n.trigger &&
        o.trigger.span.end <= n.trigger.span.start &&
        // (a verb of another kind on a document is a happening of its own: "endorsed the
        // agreement" is a stance taken, and the agreement row stays)
        o.trigger.eventType === n.trigger.eventType &&
        DOCUMENT_VERB_RE.test(o.trigger.text.split(/\s+/)[0]!) &&
        OBJECT_GAP_RE.test(text.slice(o.trigger.span.end, n.trigger.span.start)),
    );
    if (!v) continue;
    const [win, lose] = keeperOf(v, n);
    gone.set(lose, win);
    widen(win, union(v.trigger.span, n.trigger.span));
  }
  // 2b. The happening told again: "Aliyev told journalists after the talks" (the talks are the
  // ones the reference dated it by); "until the autumn 2031 summit" after "a summit, planned for
  // autumn 2031" (the same kind on the same date, told in an earlier sentence).
  for (const x of drafts) {
    if (!live(x)) continue;
    const t = x.trigger;
    if (!x.date && x.from && TOLD_AGAIN_TYPES.has(x.from.trigger.eventType) && x.from.trigger !== t && TOLD_AGAIN_TYPES.has(t.eventType)) {
      const before = text.slice(Math.max(x.sentence.span.start, t.span.start - 60), t.span.start);
      // (not one told with words of its own: "after the talks, held in the old palace", "during
      // the visit of the president to Peru")
      const after = text.slice(t.span.end, Math.min(x.sentence.span.end, t.span.end + 40));
      if (FRAME_BEFORE_RE.test(before) && !/\s/.test(t.text.trim()) && BARE_AFTER_RE.test(after)) gone.set(x, x.from);
      continue;
    }
    const d = x.date;
    if (!d || !TOLD_AGAIN_TYPES.has(t.eventType) || d.span.end > t.span.start || !/^(?:(?:the|its|their|this|that)\s+)?(?:\p{L}+\s+)?\d{4}$/iu.test(d.text.trim())) continue;
    if (!/^\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(d.span.end, t.span.start))) continue;
    if (!/^(?:the|its|their|this|that)\s/i.test(d.text.trim()) && !/\b(?:the|its|their|this|that|next|last)\s+$/i.test(text.slice(Math.max(0, d.span.start - 8), d.span.start))) continue;
    const first = drafts.find((o) => o !== x && live(o) && o.sentence.index < x.sentence.index && o.trigger.eventType === t.eventType && o.dateValue.value === x.dateValue.value);
    if (first) gone.set(x, first);
  }
  // 2c. "A new phase began in 2019, when the two presidents met in Vienna": the beginning of a
  // phase told by the happening of its "when" clause is that happening.
  for (const x of drafts) {
    if (!live(x) || !x.date || x.date.span.start < x.trigger.span.start) continue;
    const lead = text.slice(Math.max(x.sentence.span.start, x.trigger.span.start - 25), x.trigger.span.end);
    if (!PHASE_RE.test(lead)) continue;
    const m = /^\s*,?\s*when\s/i.exec(text.slice(x.date.span.end, x.sentence.span.end));
    if (!m) continue;
    const from = x.date.span.end + m[0].length;
    const told = drafts.find((o) => o !== x && live(o) && o.sentence === x.sentence && o.trigger.span.start >= from && o.dateValue.value === x.dateValue.value);
    if (told) gone.set(x, told);
  }
  // 2d. "In May 2030 Berg was invited to the summit in Oslo": the invitation to a meeting told
  // on the same date is that meeting.
  for (const v of drafts) {
    if (!live(v) || !/^(?:(?:was|were|had\s+been|has\s+been)\s+)?invited$/i.test(v.trigger.text.trim())) continue;
    const m = drafts.find(
      (o) =>
        o !== v &&
        live(o) &&
        o.sentence === v.sentence &&
        o.trigger.eventType === 'meeting' &&
        o.trigger.span.start > v.trigger.span.end &&
        o.dateValue.value === v.dateValue.value &&
        INVITED_TO_RE.test(text.slice(v.trigger.span.end, o.trigger.span.start)),
    );
    if (m) {
      gone.set(v, m);
      widen(m, union(v.anchor, m.anchor));
    }
  }
  // 2e. "No agreement has been signed since", "no summit was held in 2019": a passive whose
  // subject is denied by "no" tells no happening.
  for (const x of drafts) {
    if (!live(x) || absentLike(x)) continue;
    const before = text.slice(Math.max(x.sentence.span.start, x.trigger.span.start - 60), x.trigger.span.start);
    if (NO_SUBJECT_PASSIVE_RE.test(before) && PAST_VERB_RE.test(x.trigger.text.trim().split(/\s+/)[0]!)) gone.set(x, x);
  }
  // 2f. "The leaders met in Lima on Monday. The meeting, chaired by ...": a bare noun for the
  // gathering already told on the same date (the next sentences, or anywhere when the noun has
  // no date of its own and takes the story's) is that gathering told again. (Not one named again
  // by its place, "The summit in Lima was the first ...": a mention of its own.)
  for (const x of drafts) {
    if (!live(x) || x.trigger.eventType !== 'meeting') continue;
    const before = text.slice(Math.max(x.sentence.span.start, x.trigger.span.start - 30), x.trigger.span.start);
    const after = text.slice(x.trigger.span.end, Math.min(x.sentence.span.end, x.trigger.span.end + 12));
    // (or a participle on such a noun: "The summit, hosted by ...", "the talks, chaired by ...")
    const participle = HOST_PARTICIPLE_RE.test(x.trigger.text.trim()) && BARE_GATHERING_BEFORE_RE.test(before);
    if (!participle && (!BARE_GATHERING_RE.test(x.trigger.text.trim()) || !/\b(?:the|this|that|of)\s+$/i.test(before) || /^\s+(?:(?:of|on\s+the|between|with)\b|in\s+\p{Lu})/u.test(after))) continue;
    const first = drafts.find(
      (o) =>
        o !== x &&
        live(o) &&
        o.trigger.eventType === 'meeting' &&
        o.trigger.span.end <= x.trigger.span.start &&
        o.dateValue.value === x.dateValue.value &&
        (x.date === null || x.sentence.index - o.sentence.index <= 2),
    );
    if (first) gone.set(x, first);
  }
  // 2g. "The shift to rail accelerated", "Geography reinforced the deal": a verb with no more than
  // its tense to tell a happening, dated by the story's occasion, tells one only when someone acts
  // (a name, a pronoun, a group of people); an abstract subject tells a trend or a judgement.
  for (const x of drafts) {
    if (!live(x) || !x.trigger.ruleId.startsWith('events/fallback/') || !x.rule.includes('events/occasion/story')) continue;
    const head = text.slice(x.sentence.span.start, x.trigger.span.start);
    const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'), head.lastIndexOf('"'), head.lastIndexOf('”'));
    const from = x.sentence.span.start + cut + 1;
    // (a name inside a phrase of place or goal is no agent: "The turn towards the Baltic ...")
    const named = x.sentence.entities.some(
      (m) => m.span.start >= from && m.span.end <= x.trigger.span.start && !PLACE_PREP_RE.test(text.slice(Math.max(from, m.span.start - 16), m.span.start)),
    );
    if (named) continue;
    if (AGENT_WORD_RE.test(text.slice(from, x.trigger.span.start))) continue;
    gone.set(x, x);
  }
  // 3. A verb that makes a document reaches the document ("signed an agreement on ...").
  for (const x of drafts) {
    if (!live(x) || reach.has(x) || !DOCUMENT_VERB_RE.test(x.trigger.text.split(/\s+/)[0]!) || /\s/.test(x.trigger.text.trim())) continue;
    const rest = text.slice(x.trigger.span.end, Math.min(x.sentence.span.end, x.trigger.span.end + 80));
    const m = OBJECT_DOCUMENT_RE.exec(rest);
    if (m) widen(x, { start: x.trigger.span.start, end: x.trigger.span.end + m[0].length });
  }
  if (gone.size === 0) return { drafts, reach };
  // Whatever took its date from a draft that went takes it from the one that stayed.
  const stay = (x: Draft): Draft => {
    let y = x;
    for (let i = 0; i < 5 && gone.has(y) && gone.get(y) !== y; i++) y = gone.get(y)!;
    return y;
  };
  for (const x of drafts) {
    if (!x.from || !gone.has(x.from)) continue;
    const w = stay(x.from);
    if (w === x.from) continue;
    if (x.date === null && x.dateValue.value === x.from.dateValue.value) x.dateValue = { ...w.dateValue, inferred: true };
    x.from = w;
  }
  return { drafts: drafts.filter((x) => !gone.has(x)), reach };
}

/** The row's span, reaching what a merged draft also told ("signed an agreement") when not too far. */
function reachedSpan(doc: ExtractedDoc, x: Draft, span: Span, reach: Span | undefined): Span {
  if (!reach) return span;
  const wide = union(span, reach);
  if (spanLen(wide) <= MAX_SPAN + 40) return trimSpan(doc.text, wide);
  // (too wide: the trigger and what it reaches, with the date when that fits)
  const near = union(x.trigger.span, reach);
  return spanLen(near) <= MAX_SPAN ? trimSpan(doc.text, near) : span;
}

/** A span that ends in a word that cannot end a phrase ("joined the talks of the", "signed with"). */
const DANGLING_END_RE = /(?:^|[^\p{L}])(?:of|the|a|an|to|with|for|on|in|at|by|from|and|or|its|their|his|her|between|among)$/iu;
/** The rest of the phrase: up to four words, not past punctuation or a new clause. */
const PHRASE_REST_RE = /^(?:[ \t]*\n?[ \t]*[*_"“‘]*(?!(?:and|or|but|which|who|that|when|while)\b)[\p{L}\p{N}][\p{L}\p{N}'’-]*[*_"”’]*){1,4}/u;

/**
 * "joined the tariff talks of the | Middle Corridor partners": a row's span that stops on a word
 * that cannot end a phrase reaches the rest of the phrase (at most four words, within the sentence).
 */
export function completedTail(text: string, span: Span, limit: number): Span {
  if (span.end >= limit || !DANGLING_END_RE.test(text.slice(Math.max(span.start, span.end - 12), span.end))) return span;
  const m = PHRASE_REST_RE.exec(text.slice(span.end, limit));
  if (!m) return span;
  // (up to the last word that ends the phrase: not a dangling word again)
  let end = span.end + m[0].length;
  while (end > span.end && DANGLING_END_RE.test(text.slice(Math.max(span.start, end - 12), end))) {
    const cut = text.slice(span.end, end).search(/\s+\S+$/);
    if (cut < 0) return span;
    end = span.end + cut;
  }
  return end > span.end ? trimSpan(text, { start: span.start, end }) : span;
}
