/**
 * Trains the learned TYPE step (src/resolve/learned-types.ts) on every training set
 * (training/sets), prints its leave-one-set-out cross-validation report, and writes the model
 * file src/lexicon/models/types.ts.
 *
 * Examples: the rules-only rows that match a gold event leniently, labelled with the gold type.
 * The margin (how much more probable the model's type must be than the rules' type before the
 * row's type changes) is chosen on the cross-validation.
 *
 *   node dist/eval/train-types.js            CV report for the chosen settings, writes the model
 *   node dist/eval/train-types.js --grid     also prints the settings tried
 *   node dist/eval/train-types.js --no-write CV only
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventRow } from '../core/types.js';
import { EVENT_TYPES, decideType, isWeakRow, typeFeatures, type TypeMargins } from '../resolve/learned-types.js';
import { trainLinear, type Example, type LinearModel } from '../resolve/linear.js';
import {
  crossValidate,
  crossValidationReport,
  loadTrainingBriefs,
  projectRoot,
  trainingDir,
  untunedSets,
  type TrainBrief,
} from './learn-data.js';
import { datesAgree, goldSpan, scoreEvents } from './score.js';

export interface TypeTrainSettings {
  epochs: number;
  rate: number;
  l2: number;
  /** Weight of a copy of each example without the rules' type and rule ids (0: no copy). */
  dropout: number;
  /** A feature must occur in at least this many training examples. */
  minCount: number;
  /** Feature groups left out (by prefix: "q", "nw", "bf", "ob", "tk" ...). */
  without?: string[];
  /** After training, features whose weights are all below this (in absolute value) are left out. */
  prune?: number;
}

/** The settings chosen on the cross-validation (see --grid). */
export const DEFAULT_SETTINGS: TypeTrainSettings = {
  epochs: 30,
  rate: 0.1,
  l2: 1e-4,
  dropout: 0.5,
  minCount: 5,
  prune: 0.2,
  without: ['nw', 'tsuf'],
};

/**
 * Rows of the brief matched leniently to a gold event, with the gold type. When two happenings of
 * one sentence cross in the matching (the "said" row paired with the gold meeting and the "forum"
 * row with the gold statement), a row whose own type is the type of another gold event it could
 * match keeps its type as the label: the pairing, not the type, was wrong.
 */
export function labelled(b: TrainBrief): { row: EventRow; y: string }[] {
  const s = scoreEvents(b.doc.events, b.gold, b.text);
  const located = b.gold.events.map((g) => ({ g, span: goldSpan(g.quote, b.text) }));
  const out: { row: EventRow; y: string }[] = [];
  for (const p of s.pairs) {
    if (!(EVENT_TYPES as string[]).includes(p.gold.type)) continue;
    let y = p.gold.type;
    if (y !== p.pred.type) {
      const r = p.pred;
      const other = located.some(
        ({ g, span }) =>
          span && g.type === r.type && span.start < r.span.end && r.span.start < span.end && datesAgree(r, g.date, 'lenient'),
      );
      if (other) y = r.type;
    }
    out.push({ row: p.pred, y });
  }
  return out;
}

const examplesCache = new Map<TrainBrief, { full: Example[]; bare: Example[] }>();

function examplesOf(b: TrainBrief): { full: Example[]; bare: Example[] } {
  let e = examplesCache.get(b);
  if (!e) {
    const rows = labelled(b);
    e = {
      full: rows.map((r) => ({ x: typeFeatures(b.doc, r.row), y: r.y })),
      bare: rows.map((r) => ({ x: typeFeatures(b.doc, r.row, { noRules: true }), y: r.y })),
    };
    examplesCache.set(b, e);
  }
  return e;
}

export function trainTypes(briefs: TrainBrief[], st: TypeTrainSettings): LinearModel {
  const ex: Example[] = [];
  // a feature counts once per row (the bare copies repeat the rows' words) and must occur in two
  // briefs or more, so that no feature stands for one sentence
  const count = new Map<string, number>();
  const briefsOf = new Map<string, number>();
  for (const b of briefs) {
    const e = examplesOf(b);
    ex.push(...e.full);
    if (st.dropout > 0) ex.push(...e.bare.map((x) => ({ ...x, w: st.dropout })));
    const inBrief = new Set<string>();
    for (const r of e.full) for (const f of new Set(r.x)) {
      count.set(f, (count.get(f) ?? 0) + 1);
      inBrief.add(f);
    }
    for (const f of inBrief) briefsOf.set(f, (briefsOf.get(f) ?? 0) + 1);
  }
  const without = new Set(st.without ?? []);
  const keep = (f: string): boolean =>
    (count.get(f) ?? 0) >= st.minCount && (briefsOf.get(f) ?? 0) >= 2 && !without.has(f.split('=')[0]!);
  const pruned = ex.map((e) => ({ ...e, x: e.x.filter(keep) }));
  const model = trainLinear(pruned, { epochs: st.epochs, rate: st.rate, l2: st.l2, seed: 1, classes: EVENT_TYPES });
  // smaller file: three decimals, and no feature whose weights are all near zero
  const r3 = (v: number): number => Math.round(v * 1e3) / 1e3;
  const weights: Record<string, number[]> = {};
  for (const [f, w] of Object.entries(model.weights)) {
    if (w.some((v) => Math.abs(v) >= (st.prune ?? 0) && r3(v) !== 0)) weights[f] = w.map(r3);
  }
  return { classes: model.classes, bias: model.bias.map(r3), weights };
}

/** Features of each row, computed once (the rows of the training briefs do not change). */
const featureCache = new WeakMap<EventRow, string[]>();

function retype(model: LinearModel, margins: TypeMargins, b: TrainBrief): EventRow[] {
  return b.doc.events.map((row) => {
    const margin = isWeakRow(row) ? margins.weak : margins.strong;
    if (margin >= 1) return row;
    let x = featureCache.get(row);
    if (!x) featureCache.set(row, (x = typeFeatures(b.doc, row)));
    const type = decideType(model, margin, x, row.type);
    return type === row.type ? row : { ...row, type };
  });
}

/** The model file's text. */
export function modelModule(model: LinearModel, margins: TypeMargins, note: string): string {
  const lines: string[] = [];
  lines.push('/**');
  lines.push(" * GENERATED by src/eval/train-types.ts — do not edit. The learned TYPE step's model");
  lines.push(" * (src/resolve/learned-types.ts): a multinomial logistic model over the rows' features.");
  lines.push(` * ${note}`);
  lines.push(' */');
  lines.push("import type { LinearModel } from './model.js';");
  lines.push('');
  lines.push("/** A row's type changes when p(model's type) - p(rules' type) exceeds this (1 or more: never). */");
  lines.push(`export const TYPES_MARGIN = ${margins.strong};`);
  lines.push('/** The same for weakly typed rows (fallback and plan-complement rules). */');
  lines.push(`export const TYPES_MARGIN_WEAK = ${margins.weak};`);
  lines.push('');
  lines.push('export const TYPES_MODEL: LinearModel = {');
  lines.push(`  classes: ${JSON.stringify(model.classes)},`);
  lines.push(`  bias: ${JSON.stringify(model.bias)},`);
  lines.push('  weights: {');
  for (const [f, w] of Object.entries(model.weights)) lines.push(`    ${JSON.stringify(f)}: ${JSON.stringify(w)},`);
  lines.push('  },');
  lines.push('};');
  return lines.join('\n') + '\n';
}

const pct = (x: number): string => (100 * x).toFixed(1);

/** Leave-one-set-out with one model per held-out set (trained once, reused for every margin). */
function foldModels(briefs: TrainBrief[], st: TypeTrainSettings): (train: TrainBrief[]) => LinearModel {
  const sets = [...new Set(briefs.map((b) => b.set))];
  const folds = new Map<string, LinearModel>();
  for (const set of sets) folds.set(set, trainTypes(briefs.filter((b) => b.set !== set), st));
  return (train) => folds.get(sets.find((s) => !train.some((b) => b.set === s))!)!;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = projectRoot();
  if (!root) {
    console.log('train-types: no training/sets folder found; nothing to do.');
    return;
  }
  const dir = trainingDir(root);
  const briefs = await loadTrainingBriefs({ dir });
  const sets = [...new Set(briefs.map((b) => b.set))];
  console.log(`train-types: ${briefs.length} briefs in ${sets.length} sets`);

  // margins of 1 or more: never change
  const strongs = [0.5, 0.6, 0.7, 0.8, 0.9, 1];
  const weaks = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1];
  const gridArg = args.find((a) => a.startsWith('--grid='));
  const grid: TypeTrainSettings[] = gridArg
    ? (JSON.parse(gridArg.slice(7)) as Partial<TypeTrainSettings>[]).map((g) => ({ ...DEFAULT_SETTINGS, ...g }))
    : args.includes('--grid')
      ? [0, 0.5, 1].flatMap((dropout) => [1e-4, 1e-3].map((l2) => ({ ...DEFAULT_SETTINGS, dropout, l2 })))
      : [DEFAULT_SETTINGS];

  // best: highest CV type accuracy; ties go to fewer sets falling, then to larger margins (fewer changes)
  let best: { st: TypeTrainSettings; margins: TypeMargins; acc: number; falls: number } | null = null;
  for (const st of grid) {
    const fold = foldModels(briefs, st);
    const cells: string[] = [];
    for (const strong of strongs) {
      for (const weak of weaks) {
        const margins = { strong, weak };
        const cv = crossValidate(briefs, fold, (m, b) => retype(m, margins, b));
        const acc = Math.round(cv.after.type.accuracy * 1e4) / 1e4;
        const falls = cv.perSet.filter((p) => p.after.type.accuracy < p.before.type.accuracy - 0.01).length;
        cells.push(`${strong}/${weak}:${pct(acc)}/${falls}`);
        const better =
          !best ||
          acc > best.acc ||
          (acc === best.acc && falls < best.falls) ||
          (acc === best.acc && falls === best.falls && strong + weak > best.margins.strong + best.margins.weak);
        if (better) best = { st, margins, acc, falls };
      }
    }
    if (args.some((a) => a.startsWith('--grid'))) {
      console.log(`${JSON.stringify({ ...st, minCount: undefined })}  strong/weak:type/falls  ${cells.join(' ')}`);
    }
  }
  const { st, margins } = best!;
  console.log(
    `chosen: dropout ${st.dropout} l2 ${st.l2} epochs ${st.epochs} rate ${st.rate}; margin ${margins.strong}, weak rows ${margins.weak}`,
  );
  const cv = crossValidate(briefs, foldModels(briefs, st), (m, b) => retype(m, margins, b));
  for (const line of crossValidationReport(cv, untunedSets())) console.log(line);

  const model = trainTypes(briefs, st);
  let changed = 0;
  let rows = 0;
  for (const b of briefs) {
    const after = retype(model, margins, b);
    rows += after.length;
    changed += after.filter((r, i) => r.type !== b.doc.events[i]!.type).length;
  }
  console.log(`final model: ${Object.keys(model.weights).length} features; retypes ${changed} of ${rows} training rows (in-sample)`);
  if (!args.includes('--no-write')) {
    const note =
      `Trained on ${briefs.length} briefs of ${sets.length} sets; dropout ${st.dropout}, l2 ${st.l2}, epochs ${st.epochs}, ` +
      `min count ${st.minCount}; leave-one-set-out CV type accuracy ${pct(cv.before.type.accuracy)} -> ${pct(cv.after.type.accuracy)}.`;
    const outArg = args.find((a) => a.startsWith('--out='));
    const out = outArg ? outArg.slice(6) : join(root, 'src', 'lexicon', 'models', 'types.ts');
    const text = modelModule(model, margins, note);
    writeFileSync(out, text);
    console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) await main();
