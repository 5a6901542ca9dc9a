/**
 * Trains the learned TYPE step (src/resolve/learned-types.ts) on every training set
 * (training/sets), prints its leave-one-set-out cross-validation report, and writes the model
 * file src/lexicon/models/types.ts.
 *
 * Examples: the rules-only rows that match a gold event leniently, labelled with the gold type.
 * Two models: the full one and a words-only one (no rules' type, rule ids or lexicon weight).
 * The margins (how much more probable the models' type must be than the rules' type before the
 * row's type changes: the full model's for rule rows and for weak rows, the words-only model's
 * for rule rows) are chosen on the cross-validation: the highest type accuracy on the UNTUNED
 * sets (no rule was written from them), among the margins where the tuned sets' pooled type
 * accuracy does not fall and no set's falls by more than a point.
 *
 *   node dist/eval/train-types.js            CV report for the chosen settings, writes the model
 *   node dist/eval/train-types.js --grid     also prints the settings tried (--grid='[{"l2":0.001}]': these)
 *   node dist/eval/train-types.js --no-write CV only
 *   node dist/eval/train-types.js --diag     also the models' own accuracy on the labelled rows under CV
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventRow } from '../core/types.js';
import { EVENT_TYPES, chooseType, isWeakRow, typeFeatures, type TypeMargins } from '../resolve/learned-types.js';
import { predictProba, trainLinear, type Example, type LinearModel } from '../resolve/linear.js';
import {
  crossValidate,
  crossValidationReport,
  loadTrainingBriefs,
  trainingSetup,
  type CrossValidation,
  type TrainBrief,
} from './learn-data.js';
import { datesAgree, goldSpan, scoreEvents, sumScores } from './score.js';

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
  /** Weight of the examples of the untuned sets (default 1). */
  untunedWeight?: number;
  /** Train on the copies without the rules' type and rule ids only (a words-only model). */
  onlyBare?: boolean;
}

/** The settings chosen on the cross-validation (see --grid). */
export const DEFAULT_SETTINGS: TypeTrainSettings = {
  epochs: 30,
  rate: 0.1,
  l2: 1e-4,
  dropout: 0,
  minCount: 5,
  prune: 0.2,
  without: ['nw', 'tsuf', 'q'],
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

export function trainTypes(briefs: TrainBrief[], st: TypeTrainSettings, untuned: Set<string> = new Set()): LinearModel {
  const ex: Example[] = [];
  // a feature counts once per row (the bare copies repeat the rows' words) and must occur in two
  // briefs or more, so that no feature stands for one sentence
  const count = new Map<string, number>();
  const briefsOf = new Map<string, number>();
  for (const b of briefs) {
    const e = examplesOf(b);
    const uw = untuned.has(b.set) ? (st.untunedWeight ?? 1) : 1;
    if (st.onlyBare) ex.push(...e.bare.map((x) => (uw === 1 ? x : { ...x, w: uw })));
    else {
      ex.push(...e.full.map((x) => (uw === 1 ? x : { ...x, w: uw })));
      if (st.dropout > 0) ex.push(...e.bare.map((x) => ({ ...x, w: st.dropout * uw })));
    }
    const inBrief = new Set<string>();
    for (const r of st.onlyBare ? e.bare : e.full) for (const f of new Set(r.x)) {
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

/** The models of one fold (or of all sets): the full model and the words-only model. */
export interface TypeModels {
  full: LinearModel;
  words: LinearModel;
}

export function trainTypeModels(briefs: TrainBrief[], st: TypeTrainSettings, untuned: Set<string> = new Set()): TypeModels {
  return { full: trainTypes(briefs, st, untuned), words: trainTypes(briefs, { ...st, onlyBare: true }, untuned) };
}

/** The models' probabilities for one row (computed once per row and fold). */
interface RowProbs {
  p: number[];
  pw: number[];
}

function rowProbs(models: TypeModels, b: TrainBrief): RowProbs[] {
  return b.doc.events.map((row) => ({
    p: predictProba(models.full, typeFeatures(b.doc, row)),
    pw: predictProba(models.words, typeFeatures(b.doc, row, { noRules: true })),
  }));
}

/** The rows of a brief retyped from their probabilities, as the step does (retypeRow). */
function retypeFrom(classes: readonly string[], probs: RowProbs[], margins: TypeMargins, b: TrainBrief): EventRow[] {
  return b.doc.events.map((row, i) => {
    const weak = isWeakRow(row);
    const pr = probs[i]!;
    const words = weak || margins.words === undefined ? undefined : { p: pr.pw, margin: margins.words };
    const type = chooseType(classes, pr.p, row.type, weak ? margins.weak : margins.strong, words);
    return type === row.type ? row : { ...row, type };
  });
}

/** The model file's text. */
export function modelModule(models: TypeModels, margins: TypeMargins, note: string): string {
  const lines: string[] = [];
  const model = (name: string, doc: string, m: LinearModel): void => {
    lines.push(`/** ${doc} */`);
    lines.push(`export const ${name}: LinearModel = {`);
    lines.push(`  classes: ${JSON.stringify(m.classes)},`);
    lines.push(`  bias: ${JSON.stringify(m.bias)},`);
    lines.push('  weights: {');
    for (const [f, w] of Object.entries(m.weights)) lines.push(`    ${JSON.stringify(f)}: ${JSON.stringify(w)},`);
    lines.push('  },');
    lines.push('};');
  };
  lines.push('/**');
  lines.push(" * GENERATED by src/eval/train-types.ts — do not edit. The learned TYPE step's models");
  lines.push(" * (src/resolve/learned-types.ts): multinomial logistic models over the rows' features.");
  lines.push(` * ${note}`);
  lines.push(' */');
  lines.push("import type { LinearModel } from './model.js';");
  lines.push('');
  lines.push("/** A row's type changes when p(model's type) - p(rules' type) exceeds this (1 or more: never). */");
  lines.push(`export const TYPES_MARGIN = ${margins.strong};`);
  lines.push('/** The same for weakly typed rows (fallback and plan-complement rules). */');
  lines.push(`export const TYPES_MARGIN_WEAK = ${margins.weak};`);
  lines.push(
    '/** A row of the trigger families changes only when the words-only model agrees by this margin (undefined: not asked). */',
  );
  lines.push(`export const TYPES_MARGIN_WORDS: number | undefined = ${margins.words ?? 'undefined'};`);
  lines.push('');
  model('TYPES_MODEL', "The model over all features (the rules' type and rule ids among them).", models.full);
  lines.push('');
  model('TYPES_WORDS_MODEL', "The words-only model (no rules' type, no rule ids).", models.words);
  return lines.join('\n') + '\n';
}

const pct = (x: number): string => (100 * x).toFixed(1);

/**
 * --diag: under leave-one-set-out CV, the accuracy on the labelled rows (rules' rows matched to a
 * gold event) of the rules' type, the full model's and the words-only model's most probable type,
 * pooled TUNED / UNTUNED, for all rows and the weak ones (aggregate counts only); and for the
 * TUNED sets the confusions (rules' type -> gold type) the full model fixes and makes.
 */
function diagnose(briefs: TrainBrief[], sets: string[], grid: TypeTrainSettings[], untuned: Set<string>): void {
  for (const st of grid) {
    const acc = new Map<string, [number, number]>();
    const add = (k: string, ok: boolean): void => {
      const v = acc.get(k) ?? [0, 0];
      v[0] += ok ? 1 : 0;
      v[1]++;
      acc.set(k, v);
    };
    const conf = new Map<string, number>();
    for (const set of sets) {
      const models = trainTypeModels(briefs.filter((b) => b.set !== set), st, untuned);
      for (const b of briefs.filter((x) => x.set === set)) {
        const pool = untuned.has(b.set) ? 'UNTUNED' : 'TUNED';
        for (const { row, y } of labelled(b)) {
          const p = predictProba(models.full, typeFeatures(b.doc, row));
          const pw = predictProba(models.words, typeFeatures(b.doc, row, { noRules: true }));
          const am = (q: number[]): string => models.full.classes[q.indexOf(Math.max(...q))]!;
          for (const sub of isWeakRow(row) ? ['all', 'weak'] : ['all', 'strong']) {
            add(`${pool} ${sub} rules`, row.type === y);
            add(`${pool} ${sub} full`, am(p) === y);
            add(`${pool} ${sub} words`, am(pw) === y);
            add(`${pool} ${sub} oracle(rules|full|words)`, row.type === y || am(p) === y || am(pw) === y);
          }
          if (pool === 'TUNED' && am(p) !== row.type && (row.type === y || am(p) === y)) {
            const k = `${row.type === y ? 'breaks' : 'fixes '} ${row.type}->${am(p)}`;
            conf.set(k, (conf.get(k) ?? 0) + 1);
          }
        }
      }
    }
    console.log(`diag ${JSON.stringify({ ...st, minCount: undefined })}`);
    for (const [k, [c, n]] of [...acc].sort()) console.log(`  ${k.padEnd(44)} ${pct(c / n)} (${c}/${n})`);
    console.log('  TUNED ' + [...conf].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}:${n}`).join('  '));
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const setup = trainingSetup('train-types');
  if (!setup) return;
  const { root, dir, untuned } = setup;
  const briefs = await loadTrainingBriefs({ dir });
  const sets = [...new Set(briefs.map((b) => b.set))];
  console.log(`train-types: ${briefs.length} briefs in ${sets.length} sets (${[...untuned].length} untuned)`);

  // margins of 1 or more: never change
  const strongs = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
  const wordsMargins = [0, 0.2, 0.4, 0.6, 0.8];
  const weaks = [0.2, 0.4, 0.6, 0.8, 1];
  const gridArg = args.find((a) => a.startsWith('--grid='));
  const grid: TypeTrainSettings[] = gridArg
    ? (JSON.parse(gridArg.slice(7)) as Partial<TypeTrainSettings>[]).map((g) => ({ ...DEFAULT_SETTINGS, ...g }))
    : args.includes('--grid')
      ? [0, 0.5].flatMap((dropout) => [1e-4, 1e-3].map((l2) => ({ ...DEFAULT_SETTINGS, dropout, l2 })))
      : [DEFAULT_SETTINGS];

  // The choice: the highest UNTUNED type accuracy (briefs no rule was written from) among the
  // settings where the TUNED type accuracy does not fall and no set's type accuracy falls by more
  // than a point; ties go to fewer rows changed (larger margins). Without untuned sets: ALL.
  const pool = (cv: CrossValidation, want: boolean | null) => {
    const ps = cv.perSet.filter((p) => want === null || untuned.has(p.set) === want);
    return { before: sumScores(ps.map((p) => p.before)).type, after: sumScores(ps.map((p) => p.after)).type };
  };
  type Cand = { st: TypeTrainSettings; margins: TypeMargins; acc: number; changed: number; cv: CrossValidation };
  let best: Cand | null = null;
  if (args.includes('--diag')) diagnose(briefs, sets, grid, untuned);
  for (const st of grid) {
    const probs = new Map<TrainBrief, RowProbs[]>();
    let classes: readonly string[] = EVENT_TYPES;
    for (const set of sets) {
      const models = trainTypeModels(briefs.filter((b) => b.set !== set), st, untuned);
      classes = models.full.classes;
      for (const b of briefs) if (b.set === set) probs.set(b, rowProbs(models, b));
    }
    const cells: string[] = [];
    for (const strong of strongs) {
      for (const words of strong >= 1 ? [0] : wordsMargins) {
        for (const weak of weaks) {
          const margins: TypeMargins = { strong, weak, words };
          let changed = 0;
          const cv = crossValidate(
            briefs,
            () => null,
            (_m, b) => {
              const rows = retypeFrom(classes, probs.get(b)!, margins, b);
              changed += rows.filter((r, i) => r !== b.doc.events[i]).length;
              return rows;
            },
          );
          const tuned = pool(cv, false);
          const unt = pool(cv, untuned.size ? true : null);
          const ok =
            tuned.after.correct * tuned.before.total >= tuned.before.correct * tuned.after.total - 1e-9 &&
            cv.perSet.every((p) => p.after.type.accuracy >= p.before.type.accuracy - 0.01);
          const acc = unt.after.accuracy;
          cells.push(`${strong}/${words}/${weak}:${pct(tuned.after.accuracy)}/${pct(acc)}${ok ? '' : 'x'}`);
          if (!ok) continue;
          const better = !best || acc > best.acc + 1e-12 || (Math.abs(acc - best.acc) <= 1e-12 && changed < best.changed);
          if (better) best = { st, margins, acc, changed, cv };
        }
      }
    }
    if (args.some((a) => a.startsWith('--grid'))) {
      console.log(`${JSON.stringify({ ...st, minCount: undefined })}  strong/words/weak:TUNED/UNTUNED type (x: a fall)`);
      console.log('  ' + cells.join(' '));
    }
  }
  const { st, margins, cv } = best!;
  console.log(
    `chosen: dropout ${st.dropout} l2 ${st.l2} epochs ${st.epochs} rate ${st.rate} without ${(st.without ?? []).join(',')}; ` +
      `margin ${margins.strong} (words-only model ${margins.words}), weak rows ${margins.weak}`,
  );
  for (const line of crossValidationReport(cv, untuned)) console.log(line);

  const models = trainTypeModels(briefs, st, untuned);
  let changed = 0;
  let rows = 0;
  for (const b of briefs) {
    const after = retypeFrom(models.full.classes, rowProbs(models, b), margins, b);
    rows += after.length;
    changed += after.filter((r, i) => r.type !== b.doc.events[i]!.type).length;
  }
  const nf = Object.keys(models.full.weights).length;
  const nw = Object.keys(models.words.weights).length;
  console.log(`final models: ${nf} + ${nw} features; retype ${changed} of ${rows} training rows (in-sample)`);
  if (!args.includes('--no-write')) {
    const t = pool(cv, false);
    const u = pool(cv, true);
    const note =
      `Trained on ${briefs.length} briefs of ${sets.length} sets (${untuned.size} untuned); dropout ${st.dropout}, l2 ${st.l2}, ` +
      `epochs ${st.epochs}, min count ${st.minCount}; leave-one-set-out CV type accuracy ` +
      `TUNED ${pct(t.before.accuracy)} -> ${pct(t.after.accuracy)}, UNTUNED ${pct(u.before.accuracy)} -> ${pct(u.after.accuracy)}, ` +
      `ALL ${pct(cv.before.type.accuracy)} -> ${pct(cv.after.type.accuracy)}.`;
    const outArg = args.find((a) => a.startsWith('--out='));
    const out = outArg ? outArg.slice(6) : join(root, 'src', 'lexicon', 'models', 'types.ts');
    const text = modelModule(models, margins, note);
    writeFileSync(out, text);
    console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) await main();
