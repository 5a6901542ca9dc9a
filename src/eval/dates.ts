/**
 * Evaluation of the temporal tagger on TempEval-3 (platinum test set and TBAQ-cleaned
 * training set), with chrono-node run through the same harness as the baseline.
 *
 *   node dist/eval/dates.js [--errors N] [--set train|test|all] [--no-chrono]
 *
 * Data: ../shared/bench relative to the repository root, or $BRIEFTRACE_SHARED/bench
 * (or $BRIEFTRACE_SHARED when it holds the JSONL files itself). Prints a message and exits 0
 * when the data is absent.
 *
 * Scores (per set, micro-averaged over all documents):
 *   strict   identical span
 *   relaxed  overlapping spans, matched one-to-one (largest overlap first)
 *   value    relaxed match with identical TIMEX3 value
 *   type     relaxed match with identical TIMEX3 type
 * precision = correct / predicted, recall = correct / gold, F1 their harmonic mean.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.js';
import * as chrono from 'chrono-node';
import { tagDates } from '../extract/dates/index.js';

export interface Timex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface BenchDoc {
  doc: string;
  dct: string;
  text: string;
  timex: Timex[];
}

/** Locate the bench folder: $BRIEFTRACE_SHARED[/bench] or ../shared/bench from the repo root. */
export function benchDir(): string | null {
  const env = process.env.BRIEFTRACE_SHARED;
  const here = dirname(fileURLToPath(import.meta.url));
  const cands: string[] = [];
  if (env) cands.push(join(env, 'bench'), env);
  // dist/eval -> repo root is two levels up; src/eval too
  cands.push(resolve(here, '..', '..', '..', 'shared', 'bench'), resolve(process.cwd(), '..', 'shared', 'bench'));
  for (const c of cands) if (existsSync(join(c, 'timex-train.jsonl'))) return c;
  return null;
}

/** UTF-16 offset of every code-point offset of a string. */
function cpToUtf16(text: string): number[] {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}

export function loadBench(file: string): BenchDoc[] {
  const docs: BenchDoc[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as BenchDoc;
    const map = cpToUtf16(d.text);
    d.timex = d.timex.map((t) => ({ ...t, start: map[t.start]!, end: map[t.end]! }));
    docs.push(d);
  }
  return docs;
}

export interface Counts {
  gold: number;
  pred: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export interface Pair {
  g: Timex;
  p: Timex;
}

/** One-to-one relaxed matching, largest overlap first. */
export function matchRelaxed(gold: Timex[], pred: Timex[]): Pair[] {
  const cand: { gi: number; pi: number; ov: number }[] = [];
  for (let gi = 0; gi < gold.length; gi++) {
    const g = gold[gi]!;
    for (let pi = 0; pi < pred.length; pi++) {
      const p = pred[pi]!;
      const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (ov > 0) cand.push({ gi, pi, ov });
    }
  }
  cand.sort((a, b) => b.ov - a.ov);
  const ug = new Set<number>();
  const up = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of cand) {
    if (ug.has(c.gi) || up.has(c.pi)) continue;
    ug.add(c.gi);
    up.add(c.pi);
    pairs.push({ g: gold[c.gi]!, p: pred[c.pi]! });
  }
  return pairs;
}

export function score(gold: Timex[], pred: Timex[], c: Counts): Pair[] {
  c.gold += gold.length;
  c.pred += pred.length;
  const gs = new Set(gold.map((t) => `${t.start}:${t.end}`));
  for (const p of pred) if (gs.has(`${p.start}:${p.end}`)) c.strict++;
  const pairs = matchRelaxed(gold, pred);
  for (const pr of pairs) {
    c.relaxed++;
    if (pr.g.value === pr.p.value) c.value++;
    if (pr.g.type === pr.p.type) c.type++;
  }
  return pairs;
}

function f1(correct: number, c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? correct / c.pred : 0;
  const r = c.gold ? correct / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function summary(c: Counts): Record<string, { p: number; r: number; f: number }> {
  return { strict: f1(c.strict, c), relaxed: f1(c.relaxed, c), value: f1(c.value, c), type: f1(c.type, c) };
}

// ------------------------------------------------------------------ systems

export function ours(d: BenchDoc): Timex[] {
  return tagDates(d.text, { dct: d.dct }).map((h) => ({ start: h.start, end: h.end, text: h.text, type: h.type, value: h.value }));
}

const p2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** chrono-node mapped to TIMEX3 as fairly as we can: the value at the known granularity. */
export function chronoBaseline(d: BenchDoc): Timex[] {
  const [y, m, dd] = d.dct.split('-').map(Number) as [number, number, number];
  const ref = new Date(y, m - 1, dd, 12, 0, 0);
  const out: Timex[] = [];
  for (const r of chrono.parse(d.text, ref)) {
    const s = r.start;
    const dt = s.date();
    const day = `${dt.getFullYear()}-${p2(dt.getMonth() + 1)}-${p2(dt.getDate())}`;
    const known = (k: 'hour' | 'day' | 'month' | 'year' | 'weekday') => s.isCertain(k);
    let type = 'DATE';
    let value: string;
    if (known('hour')) {
      type = 'TIME';
      value = `${day}T${p2(dt.getHours())}:${p2(dt.getMinutes())}`;
    } else if (known('day') || known('weekday')) value = day;
    else if (known('month')) value = day.slice(0, 7);
    else if (known('year')) value = day.slice(0, 4);
    else value = day; // relative expressions ("yesterday") come with implied components only
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, type, value });
  }
  return out;
}

// ------------------------------------------------------------------ report

function fmt(x: number): string {
  return x.toFixed(3);
}

function evalSet(docs: BenchDoc[], sys: (d: BenchDoc) => Timex[], errs?: ErrorLog): Counts {
  const c: Counts = { gold: 0, pred: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
  for (const d of docs) {
    const pred = sys(d);
    const pairs = score(d.timex, pred, c);
    if (errs) errs.add(d, pred, pairs);
  }
  return c;
}

class ErrorLog {
  missed = new Map<string, number>();
  spurious = new Map<string, number>();
  value = new Map<string, number>();
  span = new Map<string, number>();
  typ = new Map<string, number>();
  examples: string[] = [];
  private bump(map: Map<string, number>, k: string): void {
    map.set(k, (map.get(k) ?? 0) + 1);
  }
  add(d: BenchDoc, pred: Timex[], pairs: Pair[]): void {
    const mg = new Set(pairs.map((p) => p.g));
    const mp = new Set(pairs.map((p) => p.p));
    for (const g of d.timex) if (!mg.has(g)) this.bump(this.missed, `${g.text.toLowerCase()} [${g.type} ${g.value}]`);
    for (const p of pred) if (!mp.has(p)) this.bump(this.spurious, `${p.text.toLowerCase()} [${p.type} ${p.value}]`);
    for (const { g, p } of pairs) {
      if (g.start !== p.start || g.end !== p.end) this.bump(this.span, `gold "${g.text}" vs ours "${p.text}"`);
      if (g.value !== p.value) this.bump(this.value, `"${g.text.toLowerCase()}" gold ${g.value} ours ${p.value}`);
      if (g.type !== p.type) this.bump(this.typ, `"${g.text.toLowerCase()}" gold ${g.type} ours ${p.type}`);
    }
  }
  print(n: number): void {
    const top = (title: string, map: Map<string, number>) => {
      const total = [...map.values()].reduce((a, b) => a + b, 0);
      console.log(`\n  ${title} (${total}):`);
      for (const [k, v] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`    ${String(v).padStart(3)}  ${k}`);
    };
    top('missed (false negatives)', this.missed);
    top('spurious (false positives)', this.spurious);
    top('span differs (relaxed, not strict)', this.span);
    top('value differs', this.value);
    top('type differs', this.typ);
  }
}

function printRow(name: string, c: Counts): void {
  const s = summary(c);
  console.log(
    `  ${name.padEnd(12)} strict F1 ${fmt(s.strict!.f)}  relaxed F1 ${fmt(s.relaxed!.f)} (P ${fmt(s.relaxed!.p)} R ${fmt(s.relaxed!.r)})  value F1 ${fmt(s.value!.f)}  type F1 ${fmt(s.type!.f)}   [gold ${c.gold}, predicted ${c.pred}]`,
  );
}

const USAGE =
  'usage: node dist/eval/dates.js [--errors N] [--set train|test|all] [--no-chrono]\n' +
  'Scores the temporal tagger (and chrono-node, unless --no-chrono) on TempEval-3; --errors N lists\n' +
  'the N commonest errors of each kind on the training set (default 25).\n';

function main(): void {
  const args = scriptArgs(process.argv.slice(2), { flags: ['no-chrono'], values: ['errors', 'set'] }, USAGE);
  const nErr = Number(args.value('errors') ?? 25);
  const which = args.value('set') ?? 'all';
  const noChrono = args.flag('no-chrono');
  if (!Number.isInteger(nErr) || nErr < 0 || !['train', 'test', 'all'].includes(which)) {
    process.stderr.write(`eval:dates: --errors takes a count and --set one of train, test, all\n${USAGE}`);
    process.exit(2);
  }
  const dir = benchDir();
  if (!dir) {
    console.log('eval:dates: benchmark data not found (../shared/bench or $BRIEFTRACE_SHARED); nothing to evaluate.');
    return;
  }
  const sets: [string, string][] = [
    ['platinum (TempEval-3 test)', 'timex-test.jsonl'],
    ['training (TBAQ-cleaned)', 'timex-train.jsonl'],
  ];
  for (const [name, file] of sets) {
    if (which === 'train' && !file.includes('train')) continue;
    if (which === 'test' && !file.includes('test')) continue;
    const docs = loadBench(join(dir, file));
    console.log(`\n${name}: ${docs.length} documents`);
    const errs = file.includes('train') ? new ErrorLog() : undefined;
    printRow('brieftrace', evalSet(docs, ours, errs));
    if (!noChrono) printRow('chrono-node', evalSet(docs, chronoBaseline));
    if (errs && nErr > 0) {
      console.log(`\n  commonest errors of brieftrace on the training set (top ${nErr} of each kind):`);
      errs.print(nErr);
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
