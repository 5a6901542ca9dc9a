/**
 * Learned steps after the rule-based rows. Each takes the whole resolved document (rows, mentions,
 * the original text) and returns revised event rows; their models are data in src/lexicon/models/,
 * written by the training scripts (src/eval/train-*.ts) from the project's own annotated sets
 * (training/sets). Cross-validated by set in src/eval/learn-data.ts.
 */
import type { EventRow, ResolvedDoc } from '../core/types.js';
import { chooseActors } from './learned-actors.js';
import { addDatedRows } from './learned-dated.js';

/** A learned step: revised event rows for one document. */
export type LearnedStep = (doc: ResolvedDoc) => EventRow[];

/**
 * The steps, in order: rows for stated dates no rule row uses (trained on rules-only rows), then
 * the actors of every row revised (trained on the rows the dated step leaves). A learned typing
 * step ran after the dated one until cross-validation on the 13 untuned sets showed it changed
 * nothing; steps tried and not kept are listed in the README.
 */
export const LEARNED_STEPS: LearnedStep[] = [addDatedRows, chooseActors];

export function applyLearned(doc: ResolvedDoc): ResolvedDoc {
  let cur = doc;
  for (const step of LEARNED_STEPS) cur = { ...cur, events: step(cur) };
  return cur;
}
