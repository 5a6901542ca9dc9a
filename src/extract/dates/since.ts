/**
 * "since X" in a brief (extractDates): whether the clause states something that runs over the
 * period from X to the document's date (the interval X/DCT) or a state or single happening that
 * began at X (X itself). The rules are data with examples (tests/extract/dates/since.test.ts):
 * the first rule whose test holds decides; none holding leaves X. Annotators split on "since X"
 * of a plain activity ("has operated stations since 2006"), so only the sub-cases the counts
 * show a clear majority for give the interval: a repeated or continuing activity (the original
 * rule), a change of a quantity ("has grown threefold since 2016"), and an amount accumulated
 * over the period ("has financed more than 100 projects since 2013", year granularity only).
 */

/** The granularity of X a rule applies to. */
export type SinceGran = 'year' | 'month';

export interface SinceRule {
  id: string;
  description: string;
  /** What a clause this rule decides gives: the interval X/DCT, or X. */
  gives: 'interval' | 'point';
  /** The granularities of X the rule is tested for (others skip it). */
  grans: readonly SinceGran[];
  /** Whether the rule holds for the clause of "since X" (its sentence, "since X" included). */
  test(clause: string): boolean;
  /** Sentences with one "since X" (X a year or a month and year), read with SINCE_EXAMPLE_DCT. */
  examples: { match: string[]; noMatch: string[] };
}

/** The document date the examples are read with. */
export const SINCE_EXAMPLE_DCT = '2024-10-09';

/** Cues of a repeated or continuing activity in the clause of "since X". */
const ONGOING_CUE = /\b(?:every|each\s+(?:year|month|week)|regularly|repeatedly|routinely|annually|(?:has|have)\s+been\s+(?<pp>\p{L}+(?:ed|en|wn))|(?:has|have)\s+been\s+\p{L}+ing)\b/giu;

/**
 * Participles of a state, not an activity: "has been listed as endangered since 2008", "has been
 * suspended since 2021" state when a condition began (X), unlike "has been discussed since 2008"
 * or "has been shipped through the port since 2010" (an activity over X/DCT).
 */
export const STATE_PARTICIPLE = /^(?:listed|suspended|closed|frozen|banned|designated|classified|recogni[sz]ed|registered|occupied|based|located|stationed|blocked|halted|stalled|mothballed|shut|sealed|embargoed|sanctioned|ratified|enshrined|protected|included|named|renamed|known|considered|regarded|seen|owned|controlled|governed|chaired|headed|led|married|divided|split|abandoned|dormant|vacant|empty|inscribed|accredited|demarcated|delimited|fixed|capped|pegged|exempt(?:ed)?)$/i;

/** Verbs of a change in a quantity (any form). */
const CHANGE_VERB =
  /(?<![\p{L}])(?:grow|grows|grew|grown|growing|rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)|shrink|shrinks|shrank|shrunk|shrinking|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|expand(?:s|ed|ing)?|climb(?:s|ed|ing)?|surg(?:e|es|ed|ing)|slump(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|plung(?:e|es|ed|ing)|halv(?:e|es|ed|ing)|multipl(?:y|ies|ied|ying)|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?)(?![\p{L}])/iu;

/** A number in the clause other than a year: digits, or a number word ("two", "dozens", "hundreds", "several"). */
const AMOUNT = /(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?|millions?|billions?|several|many|numerous)(?![\p{L}])/iu;
const YEARS = /(?<![\p{N}])(?:1[89]|20)\d\d(?![\p{N}])/gu;

/** "the first ... since X", "for the first time since X": X is the last such happening, a point. */
const FIRST = /(?<![\p{L}])first(?![\p{L}])/iu;
/** "has not lent since 2021", "no flights since 2019": nothing over the period, the point it stopped. */
const NEGATION = /(?<![\p{L}])(?:not|no|never|none|nothing)(?![\p{L}])|n[’']t(?![\p{L}])/iu;
/** A state begun at X: "has had a strategy since", "has existed since", "a member since", "in force since". */
const STATE = /(?<![\p{L}])(?:(?:has|have|had)\s+(?:\p{L}+\s+)?(?:had|existed|been\s+(?:a|an|the|in\s+force|members?)(?![\p{L}]))|(?:(?:members?|observers?)(?:\s+(?:of|in|to)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?|in\s+force|chair(?:man|woman|ed)?|president|head)\s+since(?![\p{L}]))/iu;

/** "has been closed since", "had been suspended since", "checkpoints closed since", "flights, suspended since": a state's participle. */
function stateParticiple(clause: string): boolean {
  for (const m of clause.matchAll(/(?<![\p{L}])(?:(?:has|have|had)\s+been\s+(\p{L}+)(?:\s+(\p{L}+))?|(\p{L}+),?\s+since)(?![\p{L}])/giu)) {
    if ([m[1], m[2], m[3]].some((w) => w !== undefined && STATE_PARTICIPLE.test(w))) return true;
  }
  return false;
}

function ongoing(clause: string): boolean {
  ONGOING_CUE.lastIndex = 0;
  for (let m = ONGOING_CUE.exec(clause); m; m = ONGOING_CUE.exec(clause)) {
    const pp = m.groups?.pp;
    if (!pp || !STATE_PARTICIPLE.test(pp)) return true;
  }
  return false;
}

export const SINCE_RULES: SinceRule[] = [
  {
    id: 'dates/since/ongoing-activity',
    description: 'A repeated or continuing activity ("every summit", "regularly", "has been discussed", "has been shipping") runs from X to the document\'s date; a state\'s participle ("has been suspended", "has been listed") does not count.',
    gives: 'interval',
    grans: ['year', 'month'],
    test: ongoing,
    examples: {
      match: [
        'The two ports have exchanged pilots every spring since 2016.',
        'A second dam has been discussed since 2008.',
        'Grain has been loaded at the north quay since March 2020.',
      ],
      noMatch: ['Flights have been suspended since 2021.', 'Georgia has been an observer since 2018.'],
    },
  },
  {
    id: 'dates/since/first-or-negated',
    description: '"The first visit since X", "has not met since X", "no flights since X": the text dates the last such happening or when something stopped, X itself.',
    gives: 'point',
    grans: ['year', 'month'],
    test: (clause) => FIRST.test(clause) || NEGATION.test(clause),
    examples: {
      match: [
        'It was the first visit by a Tajik premier since 2015, and trade has grown fourfold.',
        'The bank has not lent a single dollar to the project since 2019.',
        'Exports have not recovered since 2020.',
      ],
      noMatch: ['Trade has grown fourfold since 2015.'],
    },
  },
  {
    id: 'dates/since/state',
    description: 'A state begun at X ("has had a formal strategy since X", "has existed since X", "a member since X", "in force since X", "had been closed since X", "flights, suspended since X") is X.',
    gives: 'point',
    grans: ['year', 'month'],
    test: (clause) => STATE.test(clause) || stateParticiple(clause),
    examples: {
      match: [
        'The union has had two offices in the capital since 2011.',
        'Kyrgyzstan, a member of the bank since 1993, holds three seats on its board.',
        'The two sides reopened several crossings that had been closed since 2010.',
        'Direct flights between the two capitals, suspended since 2021, will resume with three routes.',
      ],
      noMatch: ['The union has opened two offices in the capital since 2011.'],
    },
  },
  {
    id: 'dates/since/change',
    description: 'A change of a quantity since X ("trade has grown threefold since 2016", "prices have fallen sharply since 2023", "output rose by a fifth since 2018") happens over the period: X to the document\'s date.',
    gives: 'interval',
    grans: ['year', 'month'],
    test: (clause) => CHANGE_VERB.test(clause),
    examples: {
      match: [
        'Trade between the two republics has grown threefold since 2016.',
        'Freight rates on the line have fallen sharply since May 2022.',
        'Since 2019 the share of coal in the power mix has declined.',
      ],
      noMatch: ['The consortium has operated the terminal since 2016.'],
    },
  },
  {
    id: 'dates/since/amount',
    description: 'An amount accumulated since a year ("has financed more than 100 projects since 2013", "has signed dozens of contracts since 2019", "has pledged €10 billion since 2022") is counted over the period: X to the document\'s date. Years only (a month X with an amount is mostly the month itself).',
    gives: 'interval',
    grans: ['year'],
    test: (clause) => /\p{N}/u.test(clause.replace(YEARS, ' ')) || AMOUNT.test(clause),
    examples: {
      match: [
        'The fund has financed more than 100 small firms across the region since 2013.',
        'The two navies have signed dozens of contracts since 2019.',
        'The institution has committed $2.5 billion to the corridor since 2022.',
      ],
      noMatch: ['The consortium has operated the terminal since 2016.', 'Since March 2022 the port has handled 40 ships.'],
    },
  },
];

/**
 * The rule that decides the "since X" whose clause is given, for X at granularity `gran`, or
 * null (none holds: X).
 */
export function sinceRuleFor(clause: string, gran: SinceGran): SinceRule | null {
  for (const r of SINCE_RULES) if (r.grans.includes(gran) && r.test(clause)) return r;
  return null;
}
