/**
 * A small linear classifier (multinomial logistic regression over binary features) for the
 * learned steps of resolve. Features are strings ("trig=signed", "rule=events/visit/visit");
 * a model maps each feature to one weight per class. Training is deterministic (a seeded order,
 * fixed epochs), so the same data always gives the same model file.
 */
import type { LinearModel } from '../lexicon/models/model.js';

export type { LinearModel };

export interface Example {
  x: string[];
  y: string;
  /** Weight of the example in the loss (default 1). */
  w?: number;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

/** Class probabilities (softmax of the summed weights), in model.classes order. */
export function predictProba(model: LinearModel, x: readonly string[]): number[] {
  const z = model.bias.slice();
  for (const f of x) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  const max = Math.max(...z);
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp(z[k]! - max);
    sum += z[k]!;
  }
  return z.map((v) => v / sum);
}

/** The probability of one class (0 when the model does not know it). */
export function probabilityOf(model: LinearModel, x: readonly string[], cls: string): number {
  const k = model.classes.indexOf(cls);
  return k < 0 ? 0 : predictProba(model, x)[k]!;
}

/** The most probable class and its probability. */
export function predictClass(model: LinearModel, x: readonly string[]): { cls: string; p: number } {
  const p = predictProba(model, x);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return { cls: model.classes[best]!, p: p[best]! };
}

/** Mulberry32: a tiny seeded generator of numbers in [0, 1), for a reproducible order. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains by stochastic gradient descent on the log loss with L2; weights rounded to 4 places. */
export function trainLinear(examples: readonly Example[], opts: TrainOptions & { classes?: string[] } = {}): LinearModel {
  const classes = opts.classes ?? [...new Set(examples.map((e) => e.y))].sort();
  const epochs = opts.epochs ?? 30;
  const rate = opts.rate ?? 0.1;
  const l2 = opts.l2 ?? 1e-4;
  const K = classes.length;
  const bias = new Array<number>(K).fill(0);
  const weights = new Map<string, number[]>();
  const order = examples.map((_, i) => i);
  const rand = rng(opts.seed ?? 1);
  const model: LinearModel = { classes, bias, weights: {} };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const step = rate / (1 + epoch * 0.1);
    for (const idx of order) {
      const ex = examples[idx]!;
      const yk = classes.indexOf(ex.y);
      if (yk < 0) continue;
      const z = bias.slice();
      for (const f of ex.x) {
        const w = weights.get(f);
        if (w) for (let k = 0; k < K; k++) z[k]! += w[k]!;
      }
      const max = Math.max(...z);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += (z[k] = Math.exp(z[k]! - max));
      const g = z.map((v, k) => (v / sum - (k === yk ? 1 : 0)) * (ex.w ?? 1));
      for (let k = 0; k < K; k++) bias[k]! -= step * g[k]!;
      for (const f of ex.x) {
        let w = weights.get(f);
        if (!w) weights.set(f, (w = new Array<number>(K).fill(0)));
        for (let k = 0; k < K; k++) w[k]! -= step * (g[k]! + l2 * w[k]!);
      }
    }
  }
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  model.bias = bias.map(round);
  for (const f of [...weights.keys()].sort()) {
    const w = weights.get(f)!.map(round);
    if (w.some((v) => v !== 0)) model.weights[f] = w;
  }
  return model;
}
