/**
 * Training data for the learned steps of resolve (src/resolve/learned.ts): the project's own
 * annotated sets in training/sets/<set>/{briefs,gold}, each brief analysed by the rules alone
 * (learned steps off), with its gold; and leave-one-set-out cross-validation, which trains on
 * every set but one and scores the rows of the set left out, for each set in turn.
 *
 * The sets are briefs the project wrote for evaluation and annotated by the gold SCHEMA; the
 * shipped briefs and the shared gold are not among them (they stay a measurement only).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EventRow, ResolvedDoc } from '../core/types.js';
import { analyzeFile } from '../pipeline.js';
import { repoRoot } from './gold.js';
import { loadGold, scoreEvents, sumScores, type EventScore, type GoldDoc } from './score.js';

export interface TrainBrief {
  /** The set's folder name under training/sets. */
  set: string;
  /** The brief's file name (its corpus id). */
  file: string;
  /** The original text every span points into. */
  text: string;
  /** What the rules alone produce (learned steps off). */
  doc: ResolvedDoc;
  gold: GoldDoc;
}

/**
 * The project root: the first of repoRoot() (where this script was built from), its parents
 * (a build folder such as .build/<name> sits inside the checkout) and the working folder that
 * holds training/sets; null when none does.
 */
export function projectRoot(): string | null {
  const tried: string[] = [];
  for (let r = repoRoot(); ; r = dirname(r)) {
    tried.push(r);
    if (dirname(r) === r) break;
  }
  tried.push(process.cwd());
  return tried.find((r) => existsSync(join(r, 'training', 'sets'))) ?? null;
}

/** training/sets under the given root (by default the project root, else where this was built from). */
export function trainingDir(root = projectRoot() ?? repoRoot()): string {
  return join(root, 'training', 'sets');
}

/** Every set folder under dir (sorted), or only the named ones. */
export function trainingSets(dir = trainingDir()): string[] {
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .sort();
}

/**
 * The sets no rule was written from (an UNTUNED file in the set's folder): their cross-validation
 * scores measure a learned step on briefs the rules did not see, where the tuned sets' scores
 * mostly measure the rules.
 */
export function untunedSets(dir = trainingDir()): Set<string> {
  return new Set(trainingSets(dir).filter((d) => existsSync(join(dir, d, 'UNTUNED'))));
}

/**
 * What a training script starts from: the project root, its training/sets folder and the untuned
 * sets among them; null (after saying so) when no training/sets folder is found.
 */
export function trainingSetup(script: string): { root: string; dir: string; untuned: Set<string> } | null {
  const root = projectRoot();
  if (!root) {
    console.log(`${script}: no training/sets folder found; nothing to do.`);
    return null;
  }
  const dir = trainingDir(root);
  return { root, dir, untuned: untunedSets(dir) };
}

/**
 * Analyses every brief of the sets that has a gold file. `learned` (default false) runs the
 * learned steps too, to score the whole pipeline.
 */
export async function loadTrainingBriefs(
  opts: { dir?: string; sets?: string[]; learned?: boolean } = {},
): Promise<TrainBrief[]> {
  const dir = opts.dir ?? trainingDir();
  const out: TrainBrief[] = [];
  for (const set of opts.sets ?? trainingSets(dir)) {
    const golds = new Map(loadGold(join(dir, set, 'gold')).map((g) => [g.source, g]));
    const briefDir = join(dir, set, 'briefs');
    for (const file of readdirSync(briefDir).sort()) {
      const gold = golds.get(file);
      if (!gold) continue;
      const doc = await analyzeFile(join(briefDir, file), { learned: opts.learned ?? false });
      out.push({ set, file, text: doc.source.text, doc, gold });
    }
  }
  return out;
}

/** The summed event score of the briefs, with the rows `rowsOf` gives for each. */
export function scoreBriefs(briefs: TrainBrief[], rowsOf: (b: TrainBrief) => EventRow[] = (b) => b.doc.events): EventScore {
  return sumScores(briefs.map((b) => scoreEvents(rowsOf(b), b.gold, b.text)));
}

export interface CrossValidation {
  perSet: { set: string; before: EventScore; after: EventScore }[];
  before: EventScore;
  after: EventScore;
}

/**
 * Leave-one-set-out: for each set, `train` sees the briefs of every other set, and `apply` gives
 * the rows of each brief of the set left out. `before` scores the rules' rows, `after` the applied.
 */
export function crossValidate<M>(
  briefs: TrainBrief[],
  train: (briefs: TrainBrief[]) => M,
  apply: (model: M, brief: TrainBrief) => EventRow[],
): CrossValidation {
  const sets = [...new Set(briefs.map((b) => b.set))];
  const perSet: CrossValidation['perSet'] = [];
  const afterRows = new Map<TrainBrief, EventRow[]>();
  for (const set of sets) {
    const model = train(briefs.filter((b) => b.set !== set));
    const held = briefs.filter((b) => b.set === set);
    for (const b of held) afterRows.set(b, apply(model, b));
    perSet.push({ set, before: scoreBriefs(held), after: scoreBriefs(held, (b) => afterRows.get(b)!) });
  }
  return { perSet, before: scoreBriefs(briefs), after: scoreBriefs(briefs, (b) => afterRows.get(b)!) };
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** "strict 77.3 (P 80.1 R 74.7)  lenient 79.0  type 78.4  actor 78.5" */
export function scoreLine(s: EventScore): string {
  return (
    `strict ${pct(s.strict.f1)} (P ${pct(s.strict.precision)} R ${pct(s.strict.recall)})  ` +
    `lenient ${pct(s.lenient.f1)}  type ${pct(s.type.accuracy)}  actor ${pct(s.actors.f1)}`
  );
}

/**
 * Before/after lines of a cross-validation, per set and overall; with `untuned` (set names), also
 * pooled over the untuned sets and over the others.
 */
export function crossValidationReport(cv: CrossValidation, untuned: Set<string> = new Set()): string[] {
  const pair = (label: string, before: EventScore, after: EventScore): string =>
    `${label.padEnd(7)} before ${scoreLine(before)}\n        after  ${scoreLine(after)}`;
  const lines = cv.perSet.map((p) => pair(p.set, p.before, p.after));
  const pool = (label: string, wantUntuned: boolean): void => {
    const sets = cv.perSet.filter((p) => untuned.has(p.set) === wantUntuned);
    if (sets.length === 0 || sets.length === cv.perSet.length) return;
    lines.push(pair(label, sumScores(sets.map((p) => p.before)), sumScores(sets.map((p) => p.after))));
  };
  pool('TUNED', false);
  pool('UNTUNED', true);
  lines.push(pair('ALL', cv.before, cv.after));
  return lines;
}
