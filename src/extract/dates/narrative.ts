/**
 * Which stated dates move a brief's narrative reference time (the date that "that November",
 * "the same month", "the following year" and year-less months are read against).
 *
 * A date of the narrative's main line does ("In May 2022 the ministers met ... that November").
 * A date that only qualifies a participant does not: a state's start in an aside
 * ("The commission, dormant since 2014, was revived that November": November of the main line,
 * not of 2014), a founding date in an apposition ("The bank, founded in 1993, ..."), or the
 * period a plan or programme covers ("a work plan for 2022-2024", "the 2021-2025 programme").
 * Such background dates are still tagged; they are only skipped as the reference.
 */

import { RX_MONTH_FULL } from './lexicon.js';

/** One family of background dates, as data with examples (the date is the first 4-digit year of each example). */
export interface BackgroundRule {
  id: string;
  description: string;
  /** Whether the date at [start, end) of text is of this family. */
  test(text: string, start: number, end: number): boolean;
  examples: { match: string[]; noMatch: string[] };
}

/** "since" right before the date: the start of a state ("dormant since", "in force since", "a member since"). */
const SINCE_CUE = /(?<![\p{L}])since\s+(?:(?:early|mid|late)[\s-]+|the\s+(?:end|start|beginning|middle)\s+of\s+)?$/iu;

/** A participle of founding or of a state right before the date ("founded in 1993", "created in 2001", "independent since 1991"). */
const PARTICIPLE_CUE =
  /(?<![\p{L}])(?:founded|established|created|set\s+up|formed|built|launched|adopted|signed|ratified|opened|inaugurated|elected|appointed|introduced|completed|commissioned|registered|renamed|dissolved|abolished|concluded|drafted|designed|discovered)\s+(?:(?:in|on)\s+)?(?:(?:early|mid|late)[\s-]+)?$/iu;

/** "since" + a short noun phrase + "in"/"on" right before the date: "since its founding in", "since the summit on". */
const SINCE_EVENT = /(?<![\p{L}])[Ss]ince\s+(?:(?:its|their|his|her|the)\s+(?:[\p{L}'’-]+\s+){1,3}|\p{Ll}[\p{L}'’-]*\s+)(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?$/u;

/** A closing delimiter of an aside right after the date: a comma, a closing parenthesis or a dash. */
const ASIDE_CLOSE = /^(?:\s*[,)]|\s+[—–-]{1,2}\s|\s*—)/u;

/** Sentence-level punctuation that ends the search for the aside's opening delimiter. */
const CLAUSE_END = /[.;:!?]/;

/** Words that open a fronted adverbial rather than a noun phrase. */
const FRONTED = /^(?:in|at|by|for|on|after|before|during|with|under|from|to|over|since|until|when|while|as|if|although|though|because|once|and|but|or|so|yet|still|then|later|earlier|also|indeed|finally|thus|therefore|instead|today|now|however|moreover|meanwhile|nevertheless|nonetheless|furthermore|besides|again|here|there)(?![\p{L}])/iu;

/** Whether the words before an aside's opener read as a noun phrase (not "However", "In the meantime", "Recently"). */
function HEAD_NOUN_PHRASE(seg: string): boolean {
  // a short fronted phrase ("However", "In the meantime", "Since then"); a longer one that runs
  // on into the subject ("In 2016 the joint council") ends in a noun phrase
  if (FRONTED.test(seg) && (seg.split(/\s+/).length <= 4 && !/\d/.test(seg))) return false;
  if (/^\p{L}+ly$/iu.test(seg)) return false;
  return !/(?<![\p{L}])(?:in|on|at|by|from|since|until|after|before|during|of|for|to)$/iu.test(seg);
}

/**
 * The opening delimiter of the aside that holds [start, end): the nearest ",", "(" or dash
 * before it in the same clause, if the date is followed at once by the matching closer. Returns
 * the opener's offset and character, or null when the date is not inside such an aside.
 */
/** The last occurrence of `s` in `win` (a window of a text that starts at `base`) at or before `from`, as a text offset; -1 when none. */
function lastAt(win: string, s: string, from: number, base: number): number {
  const k = win.lastIndexOf(s, from);
  return k < 0 ? -1 : base + k;
}

function asideOpener(text: string, start: number, end: number): { at: number; ch: string } | null {
  const close = ASIDE_CLOSE.exec(text.slice(end, end + 5));
  if (!close) return null;
  const lim = Math.max(0, start - 80);
  for (let i = start - 1; i >= lim; i--) {
    const ch = text[i]!;
    if (CLAUSE_END.test(ch)) return null;
    if (ch === '\n' && i > 0 && text[i - 1] === '\n') return null;
    if (ch === ',' || ch === '(' || ch === '—' || ch === '–') {
      // a parenthesis closes with ")", a comma or dash with a comma or dash
      const closer = close[0].trim();
      if ((ch === '(') !== (closer === ')')) return null;
      // an aside follows a noun phrase ("The joint council, dormant since 2016, ...", "Georgia, a
      // member since 2015, ..."), not a fronted adverb or phrase ("However, since 2014, ...")
      // (the searches look back no further than lim - 120, the floor: what lies before it cannot
      // win, and a text without ";" or blank lines would be searched to its head each time)
      const floor = Math.max(0, lim - 120);
      const win = text.slice(floor, i + 2);
      const ss = Math.max(
        lastAt(win, '. ', i - floor, floor),
        lastAt(win, '\n\n', i - floor, floor),
        lastAt(win, ';', i - floor, floor),
        lim - 120,
      );
      const head = text.slice(Math.max(0, ss + 1), i);
      const seg = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf('('), head.lastIndexOf('—'), head.lastIndexOf('–')) + 1).trim();
      if (!/\p{L}/u.test(seg) || !HEAD_NOUN_PHRASE(seg)) return null;
      return { at: i, ch };
    }
  }
  return null;
}

/** A document or plan noun (after at most two modifiers) right after a year: "the 2019 trade plan", "the 2020 statement". */
const DOCUMENT_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:plans?|strateg(?:y|ies)|programmes?|programs?|statements?|agreements?|treat(?:y|ies)|accords?|declarations?|laws?|constitution|budgets?|reports?|memorand(?:um|a)|road\s*maps?|roadmaps?|protocols?|conventions?|concepts?|doctrines?|frameworks?|deals?|contracts?|decrees?|resolutions?|charters?|lists?|editions?|versions?|stud(?:y|ies)|surveys?|action\s+plan|agenda)(?![\p{L}])/u;

export const BACKGROUND_RULES: BackgroundRule[] = [
  {
    id: 'dates/narrative/aside-since',
    description: 'A state\'s start in an aside ("The council, dormant since 2016, met that October"; "Georgia, a member since 2015, ..."; "(in force since 2019)"): not the narrative\'s time.',
    test: (text, start, end) => {
      const op = asideOpener(text, start, end);
      if (!op) return false;
      const inner = text.slice(op.at + 1, start);
      // the state comes before "since" ("dormant since", "a member since"); a bare ", since 2017,"
      // after a verb phrase is the main line's ("have held exercises, named X, since 2017, ...")
      return SINCE_CUE.test(inner) && (op.ch === '(' || /\p{L}[\s\S]*since/iu.test(inner.replace(SINCE_CUE, ' since')));
    },
    examples: {
      match: [
        'The joint council, dormant since 2016, held its fifth session that October.',
        'Georgia, a member since 2015, hosted the forum.',
        'The pipeline consortium (in force since 2019) reported a loss.',
      ],
      noMatch: [
        'Since 2016 the council has met twice.',
        'However, since 2016, the council has met twice.',
        'The council has been dormant since 2016; that October it met again.',
        'Georgia has been a member since 2015 and hosted the forum.',
        'The navies have held joint drills, named Sea Shield, since 2017, most recently in May.',
      ],
    },
  },
  {
    id: 'dates/narrative/aside-founded',
    description: 'A founding or signing date in an apposition or parenthesis ("The bank, founded in 1993, ..."; "The fund (created in 2001) ..."): background, not the narrative\'s time.',
    test: (text, start, end) => {
      const op = asideOpener(text, start, end);
      return !!op && PARTICIPLE_CUE.test(text.slice(op.at + 1, start));
    },
    examples: {
      match: [
        'The regional bank, founded in 1993, opened a branch in Baku.',
        'The water fund (created in 2001) approved a second loan in November.',
        'The transit accord, signed in March 2012, was extended.',
      ],
      noMatch: [
        'The regional bank was founded in 1993, and in June it opened a branch.',
        'In 1993, the bank opened a branch.',
        'The bank opened a branch in Baku in 1993, and another in Tbilisi.',
      ],
    },
  },
  {
    id: 'dates/narrative/aside-relative',
    description: 'A date inside a relative clause set off by commas after a name ("The gala was hosted by Ann Lee, who became director in May 2019, and ..."): the participant\'s background, not the narrative\'s time.',
    test: (text, start, end) => {
      const op = asideOpener(text, start, end);
      if (!op || op.ch === '(' || !/^\s*(?:who|whose|which)\s/i.test(text.slice(op.at + 1, start))) return false;
      // (a name governed by a preposition, not the sentence's subject: "The commission, which met
      // last month, agreed ..." tells the main line)
      return /(?<![\p{L}])(?:by|to|with|from|for|of|and|as)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*$/u.test(text.slice(Math.max(0, op.at - 80), op.at));
    },
    examples: {
      match: [
        'The gala was opened by Ann Lee, who became director in May 2019, and by the mayor.',
        'The regatta was won by Team Aurora, which had taken the cup in 2008, for the third time.',
        'The prize went to Omar Haddad, whose first novel appeared in 2011, for his third book.',
      ],
      noMatch: [
        'Ann Lee became director in May 2019, and the gala opened that June.',
        'The gala was opened by Ann Lee, who spoke first, in May 2019.',
        'The club, after a long wait, won the cup in 2008.',
        'The rowing club, which won the cup in 2008, raced again that June.',
      ],
    },
  },
  {
    id: 'dates/narrative/since-event',
    description: 'The date of the happening a "since" period starts from ("Since its founding in 2009, the council has met eleven times"; "trade has tripled since independence in 1991"): a bound, not the narrative\'s time.',
    test: (text, start) => SINCE_EVENT.test(text.slice(Math.max(0, start - 60), start)),
    examples: {
      match: [
        'Since its founding in 2009, the council has met eleven times.',
        'Trade has tripled since independence in 1991.',
        'The ministers have met twice since the summit on 4 May 2022.',
      ],
      noMatch: [
        'The council was founded in 2009 and met in October.',
        'Since then the council has met in 2019 and 2021.',
        'Relations have warmed since Mirziyoyev came to power in 2016.',
      ],
    },
  },
  {
    id: 'dates/narrative/since-negated',
    description: 'The bound of a negated state ("the banks have not lent to X since 2021"; "no train has run since 2019"; "had not met since May 2014"): nothing happened then, so it is not the narrative\'s time.',
    test: (text, start) => {
      const before = text.slice(Math.max(0, start - 120), start);
      const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(','), before.lastIndexOf('\n')) + 1);
      return (
        SINCE_CUE.test(clause) &&
        /(?<![\p{L}])(?:(?:has|have|had)(?:\s+not|n[’']t)|(?:has|have|had)\s+(?:never|not\s+yet)|no\s+(?:[\p{L}-]+\s+){0,2}(?:has|have|had))(?![\p{L}])/iu.test(clause)
      );
    },
    examples: {
      match: [
        'The two banks have not lent to the republic since 2021.',
        'No passenger train has run on the line since 2019.',
        'The leaders had never met since May 2014.',
      ],
      noMatch: [
        'The two banks have lent to the republic since 2021.',
        'The bank did not lend in 2021.',
        'Since 2016 the council has met twice.',
      ],
    },
  },
  {
    id: 'dates/narrative/attributive-year',
    description: 'A year that labels a document or plan ("the 2019 trade plan", "under the 2020 statement", "its 2015 strategy"): a name, not the narrative\'s time. A happening named by its year ("the 2014 elections ... in October") stays the reference.',
    test: (text, start, end) =>
      /^\d{4}$/.test(text.slice(start, end)) &&
      /(?<![\p{L}])(?:the|a|an|its|their|his|her|this|that|whose|our)\s+$/iu.test(text.slice(Math.max(0, start - 8), start)) &&
      DOCUMENT_AFTER.test(text.slice(end, end + 40)),
    examples: {
      match: [
        'The 2019 trade plan was revised in June.',
        'Russia, a party to the 2020 statement, said nothing that spring.',
        'Kazakhstan updated its 2015 energy strategy in March.',
      ],
      noMatch: [
        'In 2019 the trade plan was revised in June.',
        'The 2019 and 2020 plans were revised in June.',
        'The 2014 elections were held in October.',
      ],
    },
  },
  {
    id: 'dates/narrative/plan-period',
    description: 'The period a plan or programme covers ("a work plan for 2022-2024", "the 2021-2025 programme", "covering 2023-2027"): not the narrative\'s time.',
    test: (text, start, end) => {
      if (!/^\d{4}\s*[-–—/]\s*(?:\d{4}|\d\d)$/.test(text.slice(start, end))) return false;
      if (/(?<![\p{L}])(?:for|covering|spanning)\s+(?:the\s+)?(?:(?:period|years)\s+)?$/iu.test(text.slice(Math.max(0, start - 30), start))) return true;
      // "the 2021-2025 programme" (but "in the 2005-2020 period" is the main line's time)
      return /^\s+(?:programme|program|plan|strategy|budget|action\s+plan|road\s*map|agenda|framework|work\s+plan)\b/i.test(text.slice(end, end + 20));
    },
    examples: {
      match: [
        'The ministers signed a work plan for 2022-2024 in Tashkent.',
        'Funds come from the 2021-2025 programme.',
        'A roadmap covering 2023-2027 was adopted.',
      ],
      noMatch: [
        'Trade doubled in 2019-2021.',
        'The border was closed in 2014-2016, and reopened the following year.',
        'In the 2005-2020 period, investment grew sixfold.',
      ],
    },
  },
];

/** Whether the stated date at [start, end) is background (an aside's state, a plan's period) and so not the narrative's reference time. */
export function isBackgroundDate(text: string, start: number, end: number): boolean {
  for (const r of BACKGROUND_RULES) if (r.test(text, start, end)) return true;
  return false;
}

/**
 * When the narrative reference has gone stale for a year-less date ("on 9 August", "in July")
 * in a brief with a document date: the day or month is then read from the document date (the
 * most recent such day or month not after it, or a near one ahead), as in news, instead of
 * taking the year of an earlier stated date.
 *
 * A stated date carries its year to the year-less dates after it while it is the narrative's
 * current line ("In 1997 the presidents met in Baku. On 3 May they signed the treaty" ->
 * 1997-05-03). It stops being so when the text has moved to the present since ("Tokayev has
 * since offered ...", "trucks currently spend ..."), when the date is in the lead of a dated news
 * piece (the paragraph its dateline opens) and falls in the three months before the document
 * date, or when the reference lies three sentences back or more and the date falls in the two
 * months before it (a dated news piece names recent days without a year; it restates the year of
 * an older one). A reference year before the document's year can go stale by any rule but
 * those marked `ahead`; a reference year after it (a plan's or target's year) only by those
 * (resolve.ts).
 *
 * Session 10 (from the years the untuned training sets' gold gives year-less dates, counts
 * only; src/eval/month-years.ts): a year after the document's does not carry to a year-less date
 * outside its own clause (dates/narrative/ahead-of-document); a bare year that dates a figure is
 * the figure's period, not the narrative's time (dates/narrative/figure-year); a month two
 * sentences or more after a reference of the year before is of the document's time
 * (dates/narrative/previous-year-far); a reference that is itself a year-less month was only a
 * guess (dates/narrative/yearless-chain); and a later sentence's date that would go back before
 * the reference's month is read from the document date when the reference is of the year before
 * (dates/narrative/backwards-later). "That September", "in May that year" are never set aside
 * (resolve.ts). In the same sentence, a month that would go back before the stated month takes the
 * following year instead (ROLLOVER_RULES below).
 */
export interface StaleRule {
  id: string;
  description: string;
  /**
   * Whether the reference ending at anchorEnd is stale for the year-less date at `at`; `gap` is
   * how many days before the document date that date ends when read from it (negative: after
   * it), or null when the document date is only a year.
   */
  test(text: string, anchorEnd: number, at: number, gap: number | null, years?: StaleYears): boolean;
  /** Sentences with a stated year and a later year-less date, read with STALE_EXAMPLE_DCT. */
  examples: { match: string[]; noMatch: string[] };
  /** Tested only for a reference year after the document's (and then only such rules are). */
  ahead?: boolean;
}

/** The two candidate years of a year-less date: the reference's (ny) and the one read from the document date (dy). */
export interface StaleYears {
  ny: number;
  dy: number;
  /** Whether the year-less date names a day ("on 9 August"), not only a month or season. */
  day?: boolean;
  /** Whether, read in the reference's year, the date falls before the reference's own month or day. */
  before?: boolean;
  /** Whether the reference year is after the document's year. */
  ahead?: boolean;
}

/** The document date the stale-rule examples are read with. */
export const STALE_EXAMPLE_DCT = '2025-09-16';

/** How close (days) before the document date a year-less date read from it counts as recent in a dated lead. */
export const RECENT_DAYS = 92;
/** The same for a reference three sentences back or more. */
export const RECENT_FAR_DAYS = 62;

/**
 * Words that move the narrative to the document's present: "has since", "currently", "so far",
 * "to date", and "now" with a present tense ("now sells", "is now"), not the "now" of a past
 * narrative ("the line was now complete") or of an aside ("both now retired").
 */
const PRESENT_CUE =
  /(?<![\p{L}])(?:(?:has|have)\s+(?:\p{L}+ly\s+)?since(?!\s+(?:the\s+)?\d)|currently|at\s+present|nowadays|these\s+days|to\s+date|so\s+far|(?:is|are|has|have)\s+now|now\s+(?:is|are|has|have|\p{Ll}+s)(?![\p{L}]))(?![\p{L}])/iu;

/** A sentence end: ". ", "? ", '." ' before a capital or an opening quote or parenthesis. */
const SENTENCE_BREAK = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Col|Sen|Rep|Prof|Jr|Sr|vs|etc|[A-Z]))[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;

/** How many sentence ends lie in text[from, to). */
export function sentenceBreaks(text: string, from: number, to: number): number {
  if (to <= from) return 0;
  let n = 0;
  for (const _ of text.slice(from, to).matchAll(SENTENCE_BREAK)) n++;
  return n;
}

/** A news dateline opening a line: a place in capitals, a comma, a date, a dash ("ALMATY, 16 September 2025 — "). */
const DATELINE = /(?:^|\n)[ \t*_]*\p{Lu}[\p{Lu}'’.-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.-]+){0,2}(?:[ \t]*\([^)\n]{1,30}\))?,[ \t]*[^\n,]{4,30}?\d{4}[ \t]+(?:[-–—]{1,2}|\(\p{Lu}+\)[ \t]*[-–—]{1,2})[ \t]/u;

/** How many days before the document date a year-less day of a dated news piece counts as the story's own (dates/narrative/news-recent). */
export const NEWS_RECENT_DAYS = 14;

/** Whether the text is a dated news piece: a dateline in its opening lines. */
export function datedNews(text: string): boolean {
  return DATELINE.test(text.slice(0, 1500));
}

/** A verb of saying right before a year-less date, with up to four words between ("said in", "told reporters in Baku on"). */
const SAID_BEFORE =
  /(?<![\p{L}])(?:said|says|told|announced|stated|reported|noted|declared|confirmed|wrote|estimated|revealed|disclosed|added|argued|warned|claimed|insisted|explained|acknowledged|admitted)(?:\s+[\p{L}'’-]+){0,4}?\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?$/iu;

/** A cue of a plan or a bound right before a year: its year is no happening the speaker reports. */
const PLAN_BEFORE_YEAR = /(?<![\p{L}])(?:by|until|till|to|from|before|beyond|after|for|will|would|could|should|shall|may|might|aims?|plans?|planned|expects?|expected|due|targets?|intends?|hopes?|be|being)\s+(?:(?:the\s+)?(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of\s+|early\s+|late\s+|mid-?\s*)?$/iu;

/** The years stated as happenings in the rest of the sentence after `at` ("reached 56,000 TEU in 2025"), skipping plans and bounds. */
function reportedYears(text: string, at: number): number[] {
  const rest = text.slice(at, at + 300).split(/[.;!?](?:\s|$)|\n\s*\n/)[0]!;
  const out: number[] = [];
  for (const m of rest.matchAll(/(?<![\p{L}\p{N}$€£-])(?:1[89]|20)\d\d(?![\p{N}%-]|\s*(?:[-–]|to)\s*\d)/gu)) {
    const before = rest.slice(Math.max(0, m.index! - 40), m.index!);
    if (PLAN_BEFORE_YEAR.test(before)) continue;
    if (/(?<![\p{L}])(?:will|would|could|should|aims?\s+to|plans?\s+to|expects?\s+to|due\s+to|is\s+to|are\s+to)(?![\p{L}])/iu.test(before)) continue;
    out.push(+m[0]);
  }
  return out;
}

/**
 * Whether the date ending at anchorEnd lies inside a non-restrictive relative clause of its
 * sentence (", which held the first summit in May 2023 and ..."; ", who became minister in
 * 2019"): the clause opener comes before it with no comma, colon or sentence end between.
 */
export function inRelativeClause(text: string, anchorEnd: number): boolean {
  const back = text.slice(Math.max(0, anchorEnd - 200), anchorEnd);
  const ss = Math.max(back.lastIndexOf('. '), back.lastIndexOf('\n'), back.lastIndexOf(';'), back.lastIndexOf(':'));
  const sent = back.slice(ss + 1);
  const rel = /,\s*(?:which|who|whose)\s[^,;:()—–]*$/iu.exec(sent);
  return !!rel;
}

/** How far back (characters) a dateline makes the text its lead. */
const LEAD_REACH = 1200;

/** Whether `at` lies in the lead of a dated news piece: the paragraph a dateline opens. */
export function inNewsLead(text: string, at: number): boolean {
  let back = text.slice(Math.max(0, at - LEAD_REACH), at);
  const blank = back.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
  if (blank >= 0) back = back.slice(blank + 1);
  return DATELINE.test(back);
}

/** A month name ending the reference: a month stated without its year. */
const YEARLESS_MONTH_END = new RegExp(`(?<![\\p{L}])${RX_MONTH_FULL}$`, 'u');

/** A clause break between two offsets: a comma, semicolon, colon, dash, sentence end or line break. */
const CLAUSE_BREAK = /[,;:.!?\n—–]|\s-\s/u;

/**
 * A month name (or its abbreviation), a day number or "of" ("the summer of 2014", "the second half
 * of 2021") right before a year: the year is part of a fuller date or a part of the year.
 */
const FULLER_DATE_BEFORE = /(?:(?<![\p{L}])(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?|\d|[-–/]|(?<![\p{L}])of)[\s,]*$/iu;

/**
 * A quantity: a percentage, an amount of money, a scaled number ("1.2 million", "$3bn") or a
 * measured amount ("40,000 TEU", "12 bcm", "3 million tonnes").
 */
const QUANTITY =
  /(?:\d\s*(?:%|per\s*cent(?![\p{L}])|percent(?![\p{L}]))|[$€£¥]\s*\d|\d\s*(?:million|billion|trillion|bn|mn|thousand|tonnes?|tons|barrels|bcm|TEU|MW|GW|kWh|km)(?![\p{L}])|(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,]))/iu;

/** Whether the reference ending at anchorEnd is a bare year ("in 2024", "2023,") and not part of a fuller date. */
export function bareYear(text: string, anchorEnd: number): boolean {
  if (!/^(?:1[89]|20)\d\d$/.test(text.slice(anchorEnd - 4, anchorEnd)) || /[\p{N}]/u.test(text[anchorEnd - 5] ?? '')) return false;
  return !FULLER_DATE_BEFORE.test(text.slice(Math.max(0, anchorEnd - 16), anchorEnd - 4));
}

/** The sentence of text that holds offset `at`: from the last sentence end before it to the next after it. */
function sentenceAt(text: string, at: number): { start: number; end: number } {
  const back = text.slice(Math.max(0, at - 300), at);
  let start = Math.max(0, at - 300);
  for (const m of back.matchAll(SENTENCE_BREAK)) start = Math.max(0, at - 300) + m.index! + m[0].length;
  const nl = back.lastIndexOf('\n');
  if (nl >= 0) start = Math.max(start, Math.max(0, at - 300) + nl + 1);
  const fwd = text.slice(at, at + 300);
  const m = [...fwd.matchAll(SENTENCE_BREAK)][0];
  const nl2 = fwd.indexOf('\n');
  let end = m ? at + m.index! + 1 : at + fwd.length;
  if (nl2 >= 0) end = Math.min(end, at + nl2);
  return { start, end };
}

export const STALE_RULES: StaleRule[] = [
  {
    id: 'dates/narrative/ahead-of-document',
    description: 'A reference year after the document\'s (a plan\'s or target\'s year: "aims to double trade by 2027") gives no year to a year-less date outside its own clause ("... by 2027. In March the ministers signed ..."): the date is read from the document date and the tense. A day that continues the stated day keeps its year (dates/narrative/continuation).',
    ahead: true,
    test: (text, anchorEnd, at) => CLAUSE_BREAK.test(text.slice(anchorEnd, at)),
    examples: {
      match: [
        'The two governments aim to double trade by 2027. In March, the ministers signed a transit accord.',
        'Output should reach 30 bcm in 2028, although the minister warned in June that the pipeline was full.',
        'The next summit is planned for 2026; the foreign ministers met in Tashkent on 4 July to prepare it.',
      ],
      noMatch: [
        'In 2027 the ministers will meet in March.',
        'The games will open in Baku on 20 July 2027 and close on 3 August.',
        'The two governments aim to double trade by 2024. In March, the ministers signed a transit accord.',
      ],
    },
  },
  {
    id: 'dates/narrative/figure-year',
    description: 'The reference is a bare year that dates a quantity in its sentence ("Trade reached $1.2bn in 2024", "In 2023, exports grew 8%"): the figure\'s period, not the narrative\'s time, so a year-less date after it ("In March the presidents met") is read from the document date.',
    test: (text, anchorEnd, at) => {
      if (!bareYear(text, anchorEnd)) return false;
      const s = sentenceAt(text, anchorEnd - 1);
      return QUANTITY.test(text.slice(s.start, Math.min(s.end, at)));
    },
    examples: {
      match: [
        'Trade between the two countries reached $1.2bn in 2024. In March the presidents met in Tashkent.',
        'In 2023, exports of cotton yarn grew by 8%, and in May the ministers agreed on new quotas.',
        'The port handled 40,000 TEU in 2022. The first direct ferry sailed on 3 April.',
      ],
      noMatch: [
        'The presidents met in Tashkent in 2024. In March they signed a transit accord.',
        'Trade reached $1.2bn in March 2024. In May the presidents met in Tashkent.',
        'Trade between the two countries reached $1.2bn in 2024. In November the presidents met in Tashkent.',
      ],
    },
  },
  {
    id: 'dates/narrative/previous-year-far',
    description: 'The reference is of the year before the one the document date gives a year-less month, and lies two sentences back or more ("The corridor opened in 2024. Traffic grew. In March a second line was approved."): a later sentence that names a month without its year is of the document\'s time, the most recent such month (a day keeps the narrative: a day-by-day story restates its days).',
    test: (text, anchorEnd, at, _gap, years) => !!years && !years.day && years.dy - years.ny === 1 && sentenceBreaks(text, anchorEnd, at) >= 2,
    examples: {
      match: [
        'The transit corridor opened in November 2024. Traffic grew slowly. In March a second line was approved.',
        'The joint fund was set up in 2024. It is small. Its board first met in June.',
      ],
      noMatch: [
        'The transit corridor opened in February 2024. In March a second line was approved.',
        'The joint fund was set up in 2023. It is small. Its board first met in June.',
        'In 2024 the presidents met in Baku. They agreed to open embassies. On 3 September they signed the treaty.',
      ],
    },
  },
  {
    id: 'dates/narrative/yearless-chain',
    description: 'The reference is itself a month stated without its year ("In March the ministers met.") in an earlier sentence: its year was a guess, no better than the document date, so a later year-less month or day ("In May they signed ...", "On 4 May they signed ...") is read from the document date.',
    test: (text, anchorEnd, at, _gap, years) => !!years && YEARLESS_MONTH_END.test(text.slice(Math.max(0, anchorEnd - 12), anchorEnd)) && sentenceBreaks(text, anchorEnd, at) >= 1,
    examples: {
      match: [
        'The dam was finished in 2019. Its turbines were tested in July. In May the first power flowed north.',
        'Exports reached a record in 2021. The ministers met in Astana in October. In April they agreed a new quota.',
        'The dam was finished in 2019. Its turbines were tested in July. On 4 May the first power flowed north.',
      ],
      noMatch: [
        'The dam was finished in 2019. Its turbines were tested in July 2019. In May the first power flowed north.',
        'The dam was finished in 2019. Its turbines were tested in July, and in May the first power flowed north.',
        'The dam was finished in 2019. Its turbines were tested on 4 July. On 2 August the first power flowed north.',
      ],
    },
  },
  {
    id: 'dates/narrative/backwards-later',
    description: 'A year-less date in a later sentence that, read in the reference\'s year, would go back before the reference\'s own month or day ("The line opened in October 2024. In March, traffic doubled."), while the reference is of the year before the date read from the document date: the text has moved on, so the date is the most recent such one (a flashback to an old story keeps its year).',
    test: (text, anchorEnd, at, _gap, years) => !!years?.before && years.dy - years.ny === 1 && sentenceBreaks(text, anchorEnd, at) >= 1,
    examples: {
      match: [
        'The rail link opened in October 2024. In March, freight traffic on it doubled.',
        'The two ministers met in Baku on 12 November 2024. They agreed to open a consulate. On 3 February the first consul arrived.',
        'Talks began in August 2024. Progress was slow. The accord was signed on 2 April.',
      ],
      noMatch: [
        'The rail link opened in October 2024; in March freight traffic on it doubled.',
        'The treaty was signed on 5 May 1997. It had been drafted in April.',
        'The rail link opened in February 2024. In March, freight traffic on it doubled.',
        'Talks began in August 2023. Progress was slow. The accord was signed in April.',
      ],
    },
  },
  {
    id: 'dates/narrative/news-recent',
    description: 'In a dated news piece (a dateline opens it), a year-less day that read from the document date falls in the two weeks before it is the story\'s own recent day ("said on 10 August" in a story dated 12 August), whatever older year the paragraph mentioned; a day-by-day retelling of a past year keeps its year (dates/narrative/continuation).',
    test: (text, _anchorEnd, _at, gap, years) => !!years?.day && gap !== null && gap >= 0 && gap <= NEWS_RECENT_DAYS && datedNews(text),
    examples: {
      match: [
        'TASHKENT, 16 September 2025 — The bank opened its first branch in 2019.\n\nThe airline, which flew its first route in June 2023 and bought four jets, said little. Its chief executive spoke in Bukhara on 12 September.',
        'BISHKEK, 16 September 2025 — Rain fell.\n\nThe league, founded in 2011, has grown. Its chairman resigned on 8 September.',
      ],
      noMatch: [
        'The airline flew its first route in June 2023 and bought four jets. Its chief executive spoke in Bukhara on 12 September.',
        'TASHKENT, 16 September 2025 — Ten years ago the dam burst.\n\nOn 10 September 2015 the river rose. On 12 September the dam burst.',
        'TASHKENT, 16 September 2025 — The bank opened its first branch in 2019.\n\nThe airline flew its first route in June 2023. Its chief executive spoke in Bukhara on 2 August.',
        'TASHKENT, 16 September 2025 — The bank opened its first branch in 2019.\n\nThe airline flew its first route in June 2023. In August, its chief executive spoke in Bukhara.',
      ],
    },
  },
  {
    id: 'dates/narrative/relative-anchor',
    description: 'The stated date lies in a relative clause about a participant (", which held its first summit in May 2023 and ..."), and the year-less day or month read from the document date ends in the two months before it: the clause was background, so the day is of the document\'s time.',
    test: (text, anchorEnd, at, gap) => gap !== null && gap >= 0 && gap <= RECENT_FAR_DAYS && sentenceBreaks(text, anchorEnd, at) >= 1 && inRelativeClause(text, anchorEnd),
    examples: {
      match: [
        'The airline, which flew its first route in June 2023 and bought four jets, said little. Its chief executive spoke in Bukhara on 2 September.',
        'The plan was praised by Ana Pop, who led the review in March 2019. The board voted on 12 August.',
      ],
      noMatch: [
        'The airline flew its first route in June 2023 and bought four jets. Its chief executive spoke in Bukhara on 2 September.',
        'The airline, which flew its first route in June 2023 and bought four jets, said little. Its chief executive spoke in Bukhara on 2 May.',
        'The airline, which flew its first route, said little in June 2023. Its chief executive spoke in Bukhara on 2 September.',
        'The ministers, who first met in Baku in May 2024, signed the transit accord on 2 September.',
      ],
    },
  },
  {
    id: 'dates/narrative/reported-later',
    description: 'A year-less date of a statement ("said in January that ...") whose own sentence reports a happening of a later year than the reference ("... volumes reached 56,000 TEU in 2025"): the statement came after what it reports, so its date is read from the document date.',
    test: (text, _anchorEnd, at, _gap, years) => {
      if (!years || years.dy <= years.ny || !SAID_BEFORE.test(text.slice(Math.max(0, at - 60), at))) return false;
      return reportedYears(text, at).some((y) => y > years.ny && y <= years.dy);
    },
    examples: {
      match: [
        'The rail venture was set up in 2023. Its managers said in March that freight reached 40,000 TEU in 2024.',
        'The fund opened in 2022, and its director told reporters on 2 February that it lent $30 million in 2024.',
        'The reservoir was built in 2021. Officials announced in April that the harvest of 2024 was a record.',
      ],
      noMatch: [
        'The rail venture was set up in 2023. Its managers said in March that freight would reach 40,000 TEU in 2024.',
        'The rail venture was set up in 2023. Its managers met in March and reported freight of 40,000 TEU.',
        'The rail venture was set up in 2023. Its managers said in March that freight reached 40,000 TEU in 2022.',
        'The rail venture was set up in 2023. Its managers said in March that freight should double by 2025.',
      ],
    },
  },
  {
    id: 'dates/narrative/news-lead',
    description: 'In the lead of a dated news piece (the paragraph its dateline opens), a year-less day or month that read from the document date falls in the three months around it is of the document\'s time, whatever older year the lead mentions.',
    test: (text, _anchorEnd, at, gap) => gap !== null && gap <= RECENT_DAYS && inNewsLead(text, at),
    examples: {
      match: [
        'ASTANA, 16 September 2025 — The ministers, who first met in Baku in May 2024, signed the transit accord on 2 September.',
        'TBILISI, 16 September 2025 — Talks that began in 2023 ended in July with a draft.',
      ],
      noMatch: [
        'The ministers, who first met in Baku in May 2024, signed the transit accord on 2 September.',
        'ASTANA, 16 September 2025 — The presidents first met in 1997 and signed the friendship treaty on 3 May.',
      ],
    },
  },
  {
    id: 'dates/narrative/later-contrast',
    description: 'A contrast that puts the year-less date after the reference ("approved in October 2019 but only opened in June", "not until March"), while read in the reference\'s year it would fall before it: the date is later, read from the document date.',
    test: (text, anchorEnd, at, _gap, years) =>
      !!years?.before && years.dy > years.ny && /(?<![\p{L}])(?:(?:but|and|yet)\s+only|not\s+until|only\s+(?:later|after|when)|but\s+(?:\p{L}+ly\s+)?(?:finally|eventually|later))(?![\p{L}])/iu.test(text.slice(anchorEnd, at)),
    examples: {
      match: [
        'The plant was approved in October 2021 but only opened in June.',
        'The pact was drafted in September 2022, yet only ratified in March.',
        'The loan was promised in November 2023, but only paid out in February.',
      ],
      noMatch: [
        'The plant was approved in October 2021 but only opened in December.',
        'The plant was approved in October 2021 and opened in June.',
        'The plant was approved in October 2021. The minister resigned in June.',
      ],
    },
  },
  {
    id: 'dates/narrative/present-cue',
    description: 'The text moved to the present after the stated date ("has since", "currently", "now", "so far", "to date"): a later year-less date is read from the document date.',
    test: (text, anchorEnd, at) => PRESENT_CUE.test(text.slice(anchorEnd, at)),
    examples: {
      match: [
        'The envoys met in Almaty on 10-11 May 2024. Astana has since offered to host the signing. Both leaders called each other on 9 August.',
        'Exports reached $1.6bn in 2024, and trucks currently need ten days to reach the border, a study published in July found.',
        'The fund was set up in 2019; it now finances 14 projects, the latest approved on 2 September.',
      ],
      noMatch: [
        'The envoys met in Almaty on 10-11 May 2024. Both leaders called each other on 9 August.',
        'In 1997 the presidents met in Baku and signed the treaty on 3 May.',
        'The council met in 2024, and by then the fund had approved 14 projects; the last on 2 September.',
        'In 1997 the two presidents, both now retired, met in Baku and signed the treaty on 3 May.',
        'By 1997 the line was now complete, and it opened on 3 May.',
      ],
    },
  },
  {
    id: 'dates/narrative/recent-far',
    description: 'The stated date lies three sentences back or more, and the year-less day or month read from the document date ends in the two months before it (or is near ahead): a dated piece names recent days without their year.',
    test: (text, anchorEnd, at, gap) => gap !== null && gap <= RECENT_FAR_DAYS && sentenceBreaks(text, anchorEnd, at) >= 3,
    examples: {
      match: [
        'Talks in Almaty on 10-11 May 2024 settled several articles. No text was signed. Diplomats praised the round. On 9 August the leaders spoke by phone.',
        'The line was planned in 2023. Work was slow. Funding was short. Prices rose. The first train ran in July.',
      ],
      noMatch: [
        'Talks in Almaty on 10-11 May 2024 settled several articles. On 9 August the leaders spoke by phone.',
        'In 1997 the presidents met in Baku. They agreed to open embassies. They also discussed transit. On 3 May they signed the treaty.',
        'In 2024 the presidents met in Baku. They agreed to open embassies. On 3 September they signed the treaty.',
      ],
    },
  },
];

/** Whether the narrative reference ending at anchorEnd is stale for the year-less date at `at` (see STALE_RULES). */
export function isStaleAnchor(text: string, anchorEnd: number, at: number, gap: number | null, years?: StaleYears): boolean {
  return staleRuleFor(text, anchorEnd, at, gap, years) !== null;
}

/** The id of the first stale rule that sets the narrative reference aside (see isStaleAnchor), or null. */
export function staleRuleFor(text: string, anchorEnd: number, at: number, gap: number | null, years?: StaleYears): string | null {
  const ahead = !!years?.ahead;
  for (const r of STALE_RULES) if (!!r.ahead === ahead && r.test(text, anchorEnd, at, gap, years)) return r.id;
  return null;
}

/**
 * When a year-less month takes the year after the narrative reference's (a year rollover): the
 * reference states a month with its year ("in October 2019"), and a month later in the same
 * sentence would, read in that year, fall before it ("... and entered into force in January"):
 * told forward, it is the next such month, in the following year. Rules as data: `test` sees
 * the text, where the reference ends and where the date starts; `ref` and `month` are the
 * reference's month and the date's month (the date names no day, the reference no day).
 */
export interface RolloverRule {
  id: string;
  description: string;
  test(text: string, anchorEnd: number, at: number): boolean;
  /** Sentences with a stated month and year and a later year-less month, read with STALE_EXAMPLE_DCT. */
  examples: { match: string[]; noMatch: string[] };
}

/** A flashback or an aside between the reference and the date: a pluperfect, "earlier", "before that", a parenthesis. */
const FLASHBACK = /(?<![\p{L}])(?:had|earlier|before\s+that|previously|already|\()(?![\p{L}])/iu;

export const ROLLOVER_RULES: RolloverRule[] = [
  {
    id: 'dates/narrative/year-rollover',
    description: 'A year-less month later in the same sentence as a stated month and year, which read in that year would go back before it ("signed in October 2019 and entered into force in January"): told forward, it is the following year\'s month. Not after a flashback ("talks had begun in March") or in a list of days.',
    test: (text, anchorEnd, at) => {
      const between = text.slice(anchorEnd, at);
      return sentenceBreaks(text, anchorEnd, at) === 0 && !/[;:\n]/.test(between) && !FLASHBACK.test(between);
    },
    examples: {
      match: [
        'The accord was signed in October 2019 and entered into force in January.',
        'Construction started in November 2021, and the first trains ran in March.',
      ],
      noMatch: [
        'The accord was signed in October 2019; talks had begun in March.',
        'The accord was signed in October 2019. In March the ministers met.',
        'The accord was signed in October 2019, after talks that had begun in March.',
      ],
    },
  },
];

/** The id of the first rollover rule for the year-less month at `at` after the reference ending at anchorEnd, or null. */
export function rolloverRuleFor(text: string, anchorEnd: number, at: number): string | null {
  for (const r of ROLLOVER_RULES) if (r.test(text, anchorEnd, at)) return r.id;
  return null;
}
