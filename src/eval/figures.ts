/**
 * Figure evaluation (`node dist/eval/figures.js`, npm run eval:figures):
 *  1. Recognizers-Text English specs (CurrencyModel, PercentModel, DimensionModel,
 *     NumberModel): share of expected items found by tagFigures (a hit overlaps the
 *     expected span and its value is within 0.5%; for a range, either end). Expected items
 *     without a numeric value (a bare unit word such as "dollar") are not counted.
 *  2. Gold figures of ../shared/gold: P/R/F1 of the pipeline's figure rows (analyzeFile),
 *     scored by src/eval/score.ts (SCHEMA.md matching), with the misses and false positives.
 *  3. tagFigures throughput over the five briefs repeated.
 * Reads ../shared (or $BRIEFTRACE_SHARED); says so and exits 0 when it is absent.
 * Options: --quiet (no miss/false-positive listing), --suite NAME (list that suite's misses).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.js';
import type { FigureRow } from '../core/types.js';
import { tagFigures } from '../extract/figures/index.js';
import { analyzeFile } from '../pipeline.js';
import { type FigureScore, loadGold, prf, scoreFigures } from './score.js';

/** The repository root: two levels above dist/eval, or the working directory. */
const repoRoot = [resolve(fileURLToPath(new URL('../../', import.meta.url))), process.cwd()].find((d) =>
  existsSync(join(d, 'package.json')) && existsSync(join(d, 'src')),
) ?? process.cwd();
const shared = process.env.BRIEFTRACE_SHARED ? resolve(process.env.BRIEFTRACE_SHARED) : resolve(repoRoot, '../shared');
const args = scriptArgs(
  process.argv.slice(2),
  { flags: ['quiet'], values: ['suite'] },
  'usage: node dist/eval/figures.js [--quiet] [--suite NAME]\n' +
    'Scores the figure tagger on the Recognizers-Text specs and the pipeline\'s figures on the gold;\n' +
    '--quiet leaves out the misses and false positives, --suite NAME lists that suite\'s misses.\n',
);
const quiet = args.flag('quiet');
const listSuite = args.value('suite');

// ------------------------------------------------------------------ Recognizers-Text

interface RecExpected {
  text: string;
  start: number;
  end: number;
  resolution?: { value?: string | null };
}
interface RecCase {
  suite: string;
  id: string;
  input: string;
  expected: RecExpected[];
}

/** UTF-16 offset of each code-point index of s (length: code points + 1). */
function cpToUtf16(s: string): number[] {
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return map;
}

function numericValue(v: string | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const x = Number(String(v).replace(/%$/, '').replace(/,/g, ''));
  return Number.isFinite(x) ? x : null;
}

function close(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

function evalRecognizers(): void {
  const file = join(shared, 'bench', 'recognizers.jsonl');
  if (!existsSync(file)) {
    console.log(`Recognizers: ${file} not found, skipped.`);
    return;
  }
  const suites = ['CurrencyModel', 'PercentModel', 'DimensionModel', 'NumberModel'];
  const targets: Record<string, number> = { CurrencyModel: 0.9, PercentModel: 0.93, DimensionModel: 0.85 };
  const stats = new Map<string, { found: number; total: number; skipped: number; misses: string[] }>();
  for (const s of suites) stats.set(s, { found: 0, total: 0, skipped: 0, misses: [] });
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as RecCase;
    const st = stats.get(c.suite);
    if (!st) continue;
    const hits = tagFigures(c.input);
    const map = cpToUtf16(c.input);
    for (const e of c.expected) {
      const want = numericValue(e.resolution?.value);
      if (want === null) {
        st.skipped++;
        continue;
      }
      st.total++;
      const s = map[e.start] ?? e.start;
      const en = map[e.end] ?? e.end;
      const ok = hits.some((h) => {
        if (h.end <= s || h.start >= en) return false;
        return Array.isArray(h.value) ? close(h.value[0], want) || close(h.value[1], want) : close(h.value, want);
      });
      if (ok) st.found++;
      else st.misses.push(`  ${c.id}: want ${JSON.stringify(c.input.slice(s, en))} = ${want}; got ${JSON.stringify(hits.map((h) => [h.text, h.value, h.unit]))}`);
    }
  }
  console.log('Recognizers-Text English specs: share of expected items found (span overlap, value within 0.5%)');
  for (const s of suites) {
    const st = stats.get(s)!;
    const share = st.total ? st.found / st.total : 0;
    const tgt = targets[s];
    console.log(
      `  ${s.padEnd(15)} ${st.found}/${st.total} = ${share.toFixed(3)}` +
        (tgt !== undefined ? `   (target ${tgt.toFixed(2)}: ${share >= tgt ? 'met' : 'NOT met'})` : '   (no target)') +
        (st.skipped ? `   [${st.skipped} expected items without a value not counted]` : ''),
    );
    if (listSuite === s) for (const m of st.misses) console.log(m);
  }
}

// ------------------------------------------------------------------ gold briefs

function sourcePath(id: string): string | null {
  for (const dir of [join(repoRoot, 'sources'), join(shared, 'briefs')]) {
    const p = join(dir, id);
    if (existsSync(p)) return p;
  }
  return null;
}

async function evalGold(): Promise<void> {
  const goldDir = join(shared, 'gold');
  const golds = loadGold(goldDir);
  if (golds.length === 0) {
    console.log(`Gold: no gold files in ${goldDir}, skipped.`);
    return;
  }
  console.log(`Gold figures (${golds.length} briefs; rows from the pipeline, analyzeFile)`);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const scores: FigureScore[] = [];
  for (const g of golds) {
    const path = sourcePath(g.source);
    if (!path) {
      console.log(`  ${g.source}: source file not found, skipped`);
      continue;
    }
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const rows: FigureRow[] = (await analyzeFile(path)).figures;
    const sc = scoreFigures(rows, g, text);
    scores.push(sc);
    tp += sc.figures.tp;
    fp += sc.figures.fp;
    fn += sc.figures.fn;
    const f = sc.figures;
    console.log(`  ${g.source}: P ${f.precision.toFixed(3)} R ${f.recall.toFixed(3)} F1 ${f.f1.toFixed(3)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`);
    if (!quiet) {
      for (const m of sc.missed) console.log(`     miss  ${JSON.stringify(m.quote)} = ${JSON.stringify(m.value)} ${m.unit}`);
      for (const p of sc.falsePositives) console.log(`     extra ${JSON.stringify(p.quote)} = ${JSON.stringify(p.value)} ${p.unit}  [${p.rule}]`);
    }
  }
  const all = prf(tp, fp, fn);
  console.log(`  ALL: P ${all.precision.toFixed(3)} R ${all.recall.toFixed(3)} F1 ${all.f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})   (target F1 0.90: ${all.f1 >= 0.9 ? 'met' : 'NOT met'})`);
}

// ------------------------------------------------------------------ throughput

function throughput(): void {
  const dir = existsSync(join(repoRoot, 'sources')) ? join(repoRoot, 'sources') : join(shared, 'briefs');
  if (!existsSync(dir)) return;
  const texts = readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (texts.length === 0) return;
  const one = texts.join('\n\n');
  const reps = 20;
  const big = Array.from({ length: reps }, () => one).join('\n\n');
  tagFigures(one); // warm up
  // best of five runs: the machine may be busy with other work
  let ms = Infinity;
  let cpuMs = Infinity;
  let hits = 0;
  for (let run = 0; run < 5; run++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    hits = tagFigures(big).length;
    ms = Math.min(ms, Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
  }
  const mb = Buffer.byteLength(big, 'utf8') / 1e6;
  console.log(`Throughput: tagFigures over ${texts.length} briefs x${reps} (${mb.toFixed(2)} MB), best of 5: ${ms.toFixed(0)} ms = ${(mb / (ms / 1000)).toFixed(2)} MB/s wall clock, ${(mb / (cpuMs / 1000)).toFixed(2)} MB/s of CPU time (${hits} hits)`);
}

async function main(): Promise<void> {
  if (!existsSync(shared)) {
    console.log(`eval:figures: shared data folder not found (${shared}); set BRIEFTRACE_SHARED. Nothing to evaluate.`);
    return;
  }
  evalRecognizers();
  console.log('');
  await evalGold();
  console.log('');
  throughput();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
