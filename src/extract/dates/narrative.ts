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
      const ss = Math.max(text.lastIndexOf('. ', i), text.lastIndexOf('\n\n', i), text.lastIndexOf(';', i), lim - 120);
      const head = text.slice(Math.max(0, ss + 1), i);
      const seg = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf('('), head.lastIndexOf('—'), head.lastIndexOf('–')) + 1).trim();
      if (!/\p{L}/u.test(seg) || !HEAD_NOUN_PHRASE(seg)) return null;
      return { at: i, ch };
    }
  }
  return null;
}

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
