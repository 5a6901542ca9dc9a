/**
 * Types of the temporal tagger: the public hit, and the shape of a rule (data: id,
 * description, pattern, examples, and a value builder).
 */
import type { RuleExample, TimexType } from '../../core/types.js';
import type { YMD } from './calendar.js';

export interface TimexHit {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value (1995-10-02, 1995-10, 199, 2011-FA, 2022-H1, P6Y, PRESENT_REF, XXXX-10, ...). */
  value: string;
  /** TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER, MORE_THAN, LESS_THAN, ...). */
  mod?: string;
  /** Id of the rule that produced the hit. */
  rule: string;
  /**
   * An interval the TIMEX3 value cannot carry ("14-15 March 2019", "2010-2025",
   * "the first four months of 2017"): first and last point as TIMEX3 date values.
   */
  range?: { start: string; end: string };
  /**
   * For a range split into one TIMEX3 per end ("2010-2025" -> "2010", "2025"): the span of
   * the whole range, the same on every part.
   */
  rangeSpan?: { start: number; end: number };
  /** True when the value took anything from context (the DCT, a narrative year, tense). */
  inferred?: boolean;
}

/** What a rule's builder returns. */
export interface Built {
  type: TimexType;
  value: string;
  mod?: string;
  range?: { start: string; end: string };
  /** The value took something from context. */
  inferred: boolean;
  /** Emit one hit per part (offsets relative to the match), e.g. each year of "2010-2025". */
  parts?: { offset: number; length: number; value: string }[];
}

/** The context a builder sees. */
export interface BuildCtx {
  text: string;
  start: number;
  end: number;
  /** The document creation time, when known (a year or month DCT stands for its last day). */
  dct: YMD | null;
  /** The granularity the DCT was given at: values taken from it are never finer. */
  dctGran: 'day' | 'month' | 'year';
  /**
   * The narrative reference: the last explicit (stated) date before this point, if any;
   * `bound` when it was a bound ("since 2021", "until 2019", "by 2030"), not a happening's date.
   */
  narrative: { y: number; m?: number; d?: number; bound?: boolean } | null;
  /** In a brief ('full' narrative mode): the last stated day of the paragraph, if any within reach. */
  lastDay?: { y: number; m?: number; d?: number } | null;
  /** Where the narrative reference's expression ends (offset in text), when there is one. */
  narrativeEnd?: number;
  /**
   * In a brief: the last stated day before this point even across paragraph breaks (within
   * DAY_ANAPHOR_REACH), for "the same day", "the following day" at the start of a paragraph or
   * list item.
   */
  lastDayAny?: { y: number; m?: number; d?: number } | null;
  /** Whether year-less dates take their year from the narrative (else from the DCT). */
  yearlessNarrative: boolean;
  /** A year shared from a following conjunct ("March 3rd and May 9th, 2018"). */
  sharedYear: number | null;
  /** The last quarter named in this text ("the second quarter" -> 2016-Q2), for "a year earlier", "the latest quarter". */
  prevQuarter: string | null;
  /** The next stated (absolute) date after this one in the same sentence, if any. */
  nextStated(): { y: number; m?: number; d?: number } | null;
  /** True when the sentence reads as future (will, is to, expected, next ...). */
  future(): boolean;
}

export interface DateRule {
  id: string;
  description: string;
  /** A global regular expression; named groups are read by build. */
  pattern: RegExp;
  /**
   * A cheap global regex that every match of the rule overlaps (a month name, a unit word,
   * digits): the rule's pattern then runs only in small windows around the trigger's hits.
   * Speed only; without it the pattern runs over the whole text.
   */
  trigger?: RegExp;
  /**
   * A cheap global regex that occurs inside every match of the rule (a word the pattern cannot
   * match without): a trigger window where it does not occur is skipped. Speed only; it must
   * use the pattern's flags for what it shares with the pattern (case-insensitive, unicode).
   */
  requires?: RegExp;
  /** A not-date guard: its span is claimed and nothing is emitted. */
  guard?: boolean;
  /** Context-free check of a match (false drops it before overlap resolution). */
  accept?: (m: RegExpExecArray, text: string) => boolean;
  build: (m: RegExpExecArray, c: BuildCtx) => Built | null;
  examples: { match: RuleExample[]; noMatch: string[] };
}
