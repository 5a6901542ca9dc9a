/**
 * `npm run eval:heldout` (node dist/eval/heldout.js): scores the whole pipeline (rules and learned
 * steps, as shipped) on the held-out sets in training/heldout/<set>/{briefs,gold}: briefs the
 * project wrote and annotated for measuring, which no rule was written from and no learned step is
 * trained on (the trainers read training/sets only).
 *
 *   node dist/eval/heldout.js [--dir training/heldout] [--json]
 *
 * It prints pooled, micro-averaged lines only (events strict and lenient P/R/F1, type accuracy,
 * actor F1, figures P/R/F1): never a brief's own score nor an event, so that running it does not
 * show what to tune on. Exits 0 with a message when the folder is absent or empty.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.js';
import { loadTrainingBriefs, projectRoot, scoreBriefs } from './learn-data.js';
import { repoRoot } from './gold.js';
import { scoreFigures, sumScores, type EventScore, type FigureScore } from './score.js';

export interface HeldoutScore {
  sets: string[];
  briefs: number;
  events: EventScore;
  figures: FigureScore;
}

/** Every set folder under dir holding briefs/ and gold/ (sorted). */
export function heldoutSets(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .filter((d) => existsSync(join(dir, d, 'briefs')) && existsSync(join(dir, d, 'gold')))
    .sort();
}

/** Analyses every brief of the held-out sets that has a gold file (learn-data's loader), and pools the scores. */
export async function scoreHeldout(dir: string): Promise<HeldoutScore> {
  const sets = heldoutSets(dir);
  const briefs = await loadTrainingBriefs({ dir, sets, learned: true });
  return {
    sets,
    briefs: briefs.length,
    events: scoreBriefs(briefs),
    figures: sumScores(briefs.map((b) => scoreFigures(b.doc.figures, b.gold, b.text))),
  };
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** The pooled lines the script prints. */
export function heldoutReport(s: HeldoutScore): string {
  const e = s.events;
  const f = s.figures.figures;
  return [
    `held-out sets ${s.sets.join(' ')}: ${s.briefs} briefs, pooled`,
    `events strict   P ${pct(e.strict.precision)}  R ${pct(e.strict.recall)}  F1 ${pct(e.strict.f1)}`,
    `events lenient  P ${pct(e.lenient.precision)}  R ${pct(e.lenient.recall)}  F1 ${pct(e.lenient.f1)}`,
    `type accuracy   ${pct(e.type.accuracy)}  (${e.type.correct}/${e.type.total} lenient matches)`,
    `actors          P ${pct(e.actors.precision)}  R ${pct(e.actors.recall)}  F1 ${pct(e.actors.f1)}`,
    `figures         P ${pct(f.precision)}  R ${pct(f.recall)}  F1 ${pct(f.f1)}`,
  ].join('\n');
}

const USAGE =
  'usage: node dist/eval/heldout.js [--dir training/heldout] [--json]\n' +
  'Scores the shipped pipeline on the held-out sets and prints pooled lines only.\n' +
  'Example: npm run eval:heldout\n';

async function main(argv: string[]): Promise<number> {
  const args = scriptArgs(argv, { flags: ['json'], values: ['dir'] }, USAGE);
  const root = projectRoot() ?? repoRoot();
  const dir = resolve(args.value('dir') ?? join(root, 'training', 'heldout'));
  const score = await scoreHeldout(dir);
  if (score.briefs === 0) {
    process.stdout.write(`${dir}: no held-out set with briefs and gold; nothing to score\n`);
    return 0;
  }
  if (args.flag('json')) {
    const e = score.events;
    process.stdout.write(
      JSON.stringify({
        sets: score.sets,
        briefs: score.briefs,
        events: { strict: e.strict, lenient: e.lenient, type: e.type.accuracy, actors: e.actors },
        figures: score.figures.figures,
      }) + '\n',
    );
  } else process.stdout.write(heldoutReport(score) + '\n');
  return 0;
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`heldout: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
