/**
 * npm run bench [-- --mb N] [-- --keep] [-- --workers N] [-- --compromise-mb N] [-- --ingest-only]
 *
 * Builds a corpus from the shipped briefs (sources/*.txt; copies with varied names, and with
 * their years and day numbers shifted so that every copy is a new version) up to N MB
 * (default 50) under the system's temporary folder, ingests it into a fresh database, and
 * reports MB/s, briefs/s, peak RSS (the process, worker threads included), the time of an
 * unchanged re-run; then, over the same texts, chrono-node's parse time (every brief) and
 * compromise's parse time (a sample, extrapolated), with the ratios.
 * What no faster analysis removes is reported apart: the writer thread's storing of the rows
 * (summed store calls; wall-clock and, on Linux, the thread's CPU time), reading and hashing the
 * files (readInput on every file once more), reconcile and claims; and whether storing alone
 * takes longer than chrono-node's whole parse.
 */
import { benchDates } from './bench-dates.js';
import { closeSync, existsSync, mkdtempSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInput } from '../ingest/index.js';
import { DEFAULT_WORKERS, ingestPaths, type TimedParts } from '../pipeline.js';

const MB = 1024 * 1024;

interface Options {
  mb: number;
  keep: boolean;
  workers: number;
  compromiseMb: number;
  /** Only the fresh ingest (for profiling). */
  ingestOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { mb: 50, keep: false, workers: DEFAULT_WORKERS, compromiseMb: 0.5, ingestOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} wants a number`);
      return v;
    };
    if (a === '--mb') opts.mb = num();
    else if (a === '--keep') opts.keep = true;
    else if (a === '--workers') opts.workers = Math.floor(num());
    else if (a === '--compromise-mb') opts.compromiseMb = num();
    else if (a === '--ingest-only') opts.ingestOnly = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: node dist/eval/bench.js [--mb N] [--keep] [--workers N] [--compromise-mb N] [--ingest-only]\n');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** A copy of a brief with every year moved back by `shift` and day numbers rotated. */
function variant(text: string, k: number): string {
  if (k === 0) return text;
  const shift = 1 + (k % 30);
  const dayShift = k % 7;
  return text
    .replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) - shift))
    .replace(
      /\b([1-9]|1\d|2[0-8])(?= (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g,
      (d) => String(((Number(d) - 1 + dayShift) % 28) + 1),
    );
}

interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** The shipped briefs: the nearest `sources/` folder above this script (dist/eval, .build/<name>/eval). */
function findSources(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const cand = join(dir, 'sources');
    if (existsSync(cand)) return cand;
    const up = dirname(dir);
    if (up === dir) return fileURLToPath(new URL('../../sources', import.meta.url));
    dir = up;
  }
}

function buildCorpus(root: string, targetBytes: number): Corpus {
  const srcDir = findSources();
  const briefs = readdirSync(srcDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/^\d+_/, '').replace(/\.txt$/, ''), text: readFileSync(join(srcDir, f), 'utf8') }));
  if (briefs.length === 0) throw new Error(`no briefs in ${srcDir}`);
  const dir = join(root, 'corpus');
  const files: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const b = briefs[i % briefs.length]!;
    const text = variant(b.text, Math.floor(i / briefs.length));
    // Spread over sub-folders of 500 files, as a large archive would be.
    const sub = join(dir, `batch-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    if (i % 500 === 0) mkdirSync(sub, { recursive: true });
    const file = join(sub, `brief-${String(i).padStart(5, '0')}-${b.name}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, files, bytes };
}

/** Samples the resident set size (the whole process: worker threads share it). */
class RssSampler {
  peak = process.memoryUsage().rss;
  private timer: NodeJS.Timeout;
  constructor(ms = 50) {
    this.timer = setInterval(() => this.sample(), ms);
  }
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    // The kernel's high-water mark catches peaks between samples.
    return Math.max(this.peak, process.resourceUsage().maxRSS * 1024);
  }
}

/**
 * This thread's CPU time in milliseconds, from the kernel's scheduler statistics (Linux:
 * /proc/thread-self/schedstat, nanoseconds on a core; updated at scheduler ticks, so single
 * readings lag by a tick or so, and sums over many calls even out), or undefined elsewhere.
 * process.cpuUsage() would count the analysis worker's threads too.
 */
function threadCpuClock(): (() => number) | undefined {
  try {
    const fd = openSync('/proc/thread-self/schedstat', 'r');
    const buf = Buffer.alloc(128);
    const read = (): number => {
      const n = readSync(fd, buf, 0, buf.length, 0);
      const text = buf.toString('latin1', 0, n);
      return Number(text.slice(0, text.indexOf(' '))) / 1e6;
    };
    if (!Number.isFinite(read())) {
      closeSync(fd);
      return undefined;
    }
    return read;
  } catch {
    return undefined;
  }
}

const fmt = (n: number, d = 2): string => n.toFixed(d);
const seconds = (ms: number): string => `${fmt(ms / 1000)} s`;

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'brieftrace-bench-'));
  const say = (s: string): void => void process.stdout.write(s + '\n');
  try {
    say(`brieftrace bench: building a ${opts.mb} MB corpus under ${root}`);
    const corpus = buildCorpus(root, opts.mb * MB);
    const mbytes = corpus.bytes / MB;
    say(`corpus: ${corpus.files.length} briefs, ${fmt(mbytes)} MB`);
    const db = join(root, 'bench.db');

    // 1. Ingest into a fresh database.
    const rss = new RssSampler();
    const cpu0 = process.cpuUsage();
    let t0 = performance.now();
    let lastShown = 0;
    let filesDoneMs = 0;
    let filesPeak = 0;
    let filesCpu = cpu0;
    const report = await ingestPaths([corpus.dir], db, {
      workers: opts.workers,
      cpuClock: threadCpuClock(),
      onProgress: (done, total) => {
        const now = performance.now();
        if (done === total) {
          filesDoneMs = now - t0;
          // the analysis workers have stopped: what follows is the reconcile, in this thread
          filesCpu = process.cpuUsage();
          rss.sample();
          // the kernel's high-water mark so far: the peak of the file phase, between samples too
          filesPeak = Math.max(rss.peak, process.resourceUsage().maxRSS * 1024);
        }
        if (process.stderr.isTTY && now - lastShown > 1000) {
          lastShown = now;
          process.stderr.write(`\r  ingest ${done}/${total}`);
        }
      },
    });
    const ingestMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const reconcileCpu = process.cpuUsage(filesCpu);
    const peak = rss.stop();
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    if (report.failed.length > 0) {
      say(`  ${report.failed.length} failed, e.g. ${report.failed[0]!.file}: ${report.failed[0]!.reason}`);
    }
    const ingestMbps = mbytes / (ingestMs / 1000);
    say('');
    say(`ingest (fresh database, ${opts.workers} worker thread${opts.workers === 1 ? '' : 's'}):`);
    say(`  stored ${report.stored.length} briefs in ${seconds(ingestMs)}`);
    say(`  ${fmt(ingestMbps, 3)} MB/s, ${fmt(report.stored.length / (ingestMs / 1000), 1)} briefs/s`);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    say(
      `  of which: files (read, hash, analyse, store) ${seconds(filesDoneMs)}, reconcile + claims ${seconds(ingestMs - filesDoneMs)} ` +
        `(CPU ${seconds((reconcileCpu.user + reconcileCpu.system) / 1000)})`,
    );
    const tm = report.timings;
    const cpuT = tm.cpu;
    const writeClaims = (t: TimedParts) => Math.max(0, t.reconcileMs - t.reconcileReadMs - t.reconcileJudgeMs);
    const both = (part: (t: TimedParts) => number): string => (cpuT ? `${seconds(part(tm))} / ${fmt(part(cpuT) / 1000)} s` : seconds(part(tm)));
    say(
      `  of which, in the writer thread (${cpuT ? 'wall / CPU' : 'wall-clock'}): storing rows ${both((t) => t.storeMs)} ` +
        `(the store calls with their transactions, summed over files), claim keys ${both((t) => t.keysMs)}; ` +
        `reconcile: reading facts ${both((t) => t.reconcileReadMs)}, judging ${both((t) => t.reconcileJudgeMs)}, writing claims ${both(writeClaims)}`,
    );
    // reading and hashing, measured alone (the ingest's own reads overlap with the analysis and
    // the handling of its results): every file through readInput again, one after another
    const r0 = process.cpuUsage();
    const rt0 = performance.now();
    for (const f of corpus.files) await readInput(f);
    const readMs = performance.now() - rt0;
    const rc = process.cpuUsage(r0);
    const readCpuMs = (rc.user + rc.system) / 1000;
    say(
      `  reading and hashing the files (readInput on every file again, after the ingest): ${seconds(readMs)} wall, ${seconds(readCpuMs)} CPU ` +
        `(in the ingest, its awaits lasted ${seconds(tm.readMs)} wall: mostly the event loop's turn, and waiting for a core)`,
    );
    // what no speed-up of the analysis removes: the files' reading, the rows' storing, the claims
    const fixed = cpuT ? cpuT.storeMs + readCpuMs + cpuT.reconcileMs : tm.storeMs + readMs + tm.reconcileMs;
    say(
      `  not analysis (no faster analysis removes it), ${cpuT ? 'CPU' : 'wall-clock'}: storing rows ${seconds(cpuT ? cpuT.storeMs : tm.storeMs)} + ` +
        `reading and hashing ${seconds(cpuT ? readCpuMs : readMs)} + reconcile and claims ${seconds(cpuT ? cpuT.reconcileMs : tm.reconcileMs)} = ${seconds(fixed)}: ` +
        `at most ${fmt(mbytes / (fixed / 1000), 2)} MB per ${cpuT ? 'CPU-' : ''}second with an analysis that took no time`,
    );
    say(`  CPU time (all threads) ${seconds(cpuMs)}: ${fmt(mbytes / (cpuMs / 1000), 3)} MB per CPU-second`);
    say(`  peak RSS ${fmt(peak / MB, 0)} MB (until the files were stored: ${fmt(filesPeak / MB, 0)} MB)`);
    say(`  rows: ${report.counts.events} events, ${report.counts.figures} figures, ${report.counts.mentions} mentions, ${report.counts.claims ?? 0} claims`);
    if (opts.ingestOnly) return;

    // 2. The same folder again: every brief unchanged.
    t0 = performance.now();
    const again = await ingestPaths([corpus.dir], db, { workers: opts.workers });
    const rerunMs = performance.now() - t0;
    say('');
    say(`unchanged re-run: ${again.unchanged.length} briefs in ${seconds(rerunMs)} (${again.stored.length} stored)`);
    say(`  = ${seconds((rerunMs / Math.max(1, again.unchanged.length)) * 1000)} per 1,000 briefs (target < 2 s)`);

    // 3. chrono-node over every brief.
    const texts = corpus.files.map((f) => readFileSync(f, 'utf8'));
    const chrono = await import('chrono-node');
    const c0 = process.cpuUsage();
    t0 = performance.now();
    let found = 0;
    for (const t of texts) found += chrono.parse(t).length;
    const chronoMs = performance.now() - t0;
    const cc = process.cpuUsage(c0);
    const chronoCpuMs = (cc.user + cc.system) / 1000;
    const chronoMbps = mbytes / (chronoMs / 1000);
    say('');
    say(
      `chrono-node parse, every brief: ${seconds(chronoMs)}, ${fmt(chronoMbps, 3)} MB/s (${found} dates); ` +
        `CPU ${seconds(chronoCpuMs)}: ${fmt(mbytes / (chronoCpuMs / 1000), 3)} MB per CPU-second`,
    );
    {
      // like with like: CPU time when the writer's CPU time was measured, else wall-clock
      const store = cpuT ? cpuT.storeMs : tm.storeMs;
      const chrono = cpuT ? chronoCpuMs : chronoMs;
      const unit = cpuT ? ' of CPU' : '';
      say(
        store > chrono
          ? `  storing the rows alone takes ${seconds(store)}${unit}, chrono-node's parse ${seconds(chrono)}${unit}: ` +
              `no faster analysis brings ingest to chrono-node's speed`
          : `  storing the rows takes ${seconds(store)}${unit}, less than chrono-node's parse (${seconds(chrono)}${unit})`,
      );
      if (fixed > chrono && store <= chrono) {
        say(`  what is not analysis takes ${seconds(fixed)}${unit}, more than chrono-node's parse`);
      }
    }

    // 4. compromise over a sample, extrapolated.
    const nlp = (await import('compromise')).default;
    const sample: string[] = [];
    let sampleBytes = 0;
    for (const t of texts) {
      if (sampleBytes >= opts.compromiseMb * MB) break;
      sample.push(t);
      sampleBytes += Buffer.byteLength(t);
    }
    nlp('Warm up the lexicon.');
    t0 = performance.now();
    for (const t of sample) nlp(t);
    const sampleMs = performance.now() - t0;
    const compMbps = sampleBytes / MB / (sampleMs / 1000);
    const compMs = (mbytes / compMbps) * 1000;
    say(
      `compromise parse (nlp(text): tokenise and tag), a sample of ${sample.length} briefs (${fmt(sampleBytes / MB)} MB) in ${seconds(sampleMs)}: ` +
        `${fmt(compMbps, 3)} MB/s; extrapolated to the corpus: ${seconds(compMs)}`,
    );

    // 5. The temporal tagger alone, on the TempEval-3 training texts (when ../shared is there).
    const dates = benchDates(5, true);
    say('');
    if (dates) {
      say(
        `temporal tagger alone (tagDates) over the TempEval-3 training texts (${fmt(dates.bytes / 1e6)} MB, median of 5, CPU time): ` +
          `${fmt(dates.oursMBps)} MB/s; chrono-node ${dates.chronoMBps === null ? 'not run' : `${fmt(dates.chronoMBps)} MB/s`} (target >= 2 MB/s)`,
      );
    } else {
      say('temporal tagger alone: ../shared/bench not found (or $BRIEFTRACE_SHARED), not measured');
    }

    say('');
    say('ratios (ingest time / other time; < 1 means ingest is faster):');
    say(`  ingest / chrono-node:  ${fmt(ingestMs / chronoMs)} wall-clock, ${fmt(cpuMs / chronoCpuMs)} CPU time  (target <= 1)`);
    say(`  ingest / compromise:   ${fmt(ingestMs / compMs)}  (compromise extrapolated from a sample)`);
    say('');
    say(
      `targets: ingest >= chrono-node speed: ${ingestMs <= chronoMs ? 'met' : 'MISSED'}; ` +
        `unchanged re-run of 1,000 briefs < 2 s: ${(rerunMs / Math.max(1, again.unchanged.length)) * 1000 < 2000 ? 'met' : 'MISSED'}; ` +
        `peak RSS < 1 GB: ${peak < 1024 * MB ? 'met' : 'MISSED'}` +
        (opts.mb < 50 ? ` (at ${opts.mb} MB, not 50)` : ''),
    );
  } finally {
    if (opts.keep) say(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
