/**
 * Throughput of the temporal tagger (MB/s of UTF-8 text, one core) over the concatenated
 * TempEval-3 training texts, and chrono-node's on the same text.
 *
 *   node dist/eval/bench-dates.js [--runs N]
 *
 * Each document is tagged with its own DCT; the whole set is tagged N times (default 7,
 * after one warm-up run) and the median run is reported. Time is the process's CPU time
 * (user + system), so a busy machine does not distort the figure much. Prints a message and exits 0 when
 * the benchmark data is absent.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './args.js';
import * as chrono from 'chrono-node';
import { tagDates } from '../extract/dates/index.js';
import { benchDir, loadBench, type BenchDoc } from './dates.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) >> 1]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

function timeRuns(docs: BenchDoc[], runs: number, f: (d: BenchDoc) => number): { ms: number[]; count: number } {
  let count = 0;
  for (const d of docs) count += f(d); // warm-up
  const ms: number[] = [];
  for (let r = 0; r < runs; r++) {
    // CPU time of this process (user + system), so that other load on the machine does not count
    const c0 = process.cpuUsage();
    let n = 0;
    for (const d of docs) n += f(d);
    const c1 = process.cpuUsage(c0);
    ms.push((c1.user + c1.system) / 1000);
    count = n;
  }
  return { ms, count };
}

export interface BenchResult {
  bytes: number;
  oursMBps: number;
  chronoMBps: number | null;
}

export function benchDates(runs = 7, withChrono = true): BenchResult | null {
  const dir = benchDir();
  if (!dir) return null;
  const docs = loadBench(join(dir, 'timex-train.jsonl'));
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d.text, 'utf8'), 0);
  const ours = timeRuns(docs, runs, (d) => tagDates(d.text, { dct: d.dct }).length);
  const oursMBps = bytes / 1e6 / (median(ours.ms) / 1000);
  let chronoMBps: number | null = null;
  if (withChrono) {
    const ch = timeRuns(docs, Math.max(3, Math.min(runs, 5)), (d) => {
      const [y, m, dd] = d.dct.split('-').map(Number) as [number, number, number];
      return chrono.parse(d.text, new Date(y, m - 1, dd, 12)).length;
    });
    chronoMBps = bytes / 1e6 / (median(ch.ms) / 1000);
  }
  return { bytes, oursMBps, chronoMBps };
}

const USAGE =
  'usage: node dist/eval/bench-dates.js [--runs N] [--no-chrono]\n' +
  'Throughput of the temporal tagger (and chrono-node) over the TempEval-3 training texts; median of N runs (default 7).\n';

function main(): void {
  const args = scriptArgs(process.argv.slice(2), { flags: ['no-chrono'], values: ['runs'] }, USAGE);
  const runs = Math.max(1, Number(args.value('runs') ?? 7) || 7);
  const res = benchDates(runs, !args.flag('no-chrono'));
  if (!res) {
    console.log('bench:dates: benchmark data not found (../shared/bench or $BRIEFTRACE_SHARED); nothing to measure.');
    return;
  }
  console.log(`dates throughput over the TempEval-3 training texts (${(res.bytes / 1e6).toFixed(2)} MB, median of ${runs} runs, CPU time of one core):`);
  console.log(`  brieftrace tagDates  ${res.oursMBps.toFixed(2)} MB/s`);
  if (res.chronoMBps !== null) console.log(`  chrono-node parse    ${res.chronoMBps.toFixed(2)} MB/s`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
