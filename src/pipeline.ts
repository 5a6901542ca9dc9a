/**
 * The pipeline: the only module that knows the order of the stages.
 *
 *   readInput -> ingest -> normalize -> segment -> extract -> resolve   (per source version)
 *   store.saveVersion (with each fact's reconcile group)               (one transaction each)
 *   reconcile the groups the new, changed or retired sources touch      (when anything changed;
 *     -> store.replaceClaimsInGroups                                     all of them when the
 *                                                                        stored groups are stale;
 *                                                                        a fresh database: every
 *                                                                        group, a closed set of
 *                                                                        groups at a time)
 *   export                                                             (separate verb)
 *
 * ingestPaths: this thread reads and hashes each file in order and skips unchanged versions;
 * new ones are analysed (readInput's bytes -> resolve) in worker threads (this same module,
 * started with a worker role) and come back as ResolvedDoc; this thread alone owns the Store
 * and commits the results strictly in input order, one transaction per version, so the rows
 * and their ids do not depend on the number of workers.
 */
import './regex-engine.js';
import { readFileSync } from 'node:fs';
import { basename, resolve as resolvePath, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { FactSet, RawInput, ResolvedDoc, RunContext, RunMessage } from './core/types.js';
import { IngestError, ingest, listInputs, readInput } from './ingest/index.js';
import { FactKeyTable, GROUPS_VERSION, factKeys, reconcile, reconcileWithGroups, type FactKeyInfo, type FactKeys } from './reconcile/index.js';
import type { FactGroupRow, Store } from './store/index.js';

/** The version of this code, recorded with every run. */
export const CODE_VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
})();

export function makeContext(partial: Partial<RunContext> = {}): RunContext {
  return { messages: [], ...partial };
}

/**
 * The analysis stages, loaded when a thread first analyses: the writer thread of a run with
 * workers (or a run where nothing changed) never loads them, and a worker never loads the store.
 */
let analysisStages: Promise<{
  normalize: typeof import('./normalize/index.js').normalize;
  segment: typeof import('./segment/index.js').segment;
  extract: typeof import('./extract/index.js').extract;
  resolve: typeof import('./resolve/index.js').resolve;
}> | null = null;

function stages(): NonNullable<typeof analysisStages> {
  analysisStages ??= Promise.all([
    import('./normalize/index.js'),
    import('./segment/index.js'),
    import('./extract/index.js'),
    import('./resolve/index.js'),
  ]).then(([n, s, e, r]) => ({ normalize: n.normalize, segment: s.segment, extract: e.extract, resolve: r.resolve }));
  return analysisStages;
}

/** Every stage from a file's bytes to resolved rows, without the database. */
export async function analyzeRaw(raw: RawInput, ctx: RunContext = makeContext()): Promise<ResolvedDoc> {
  const { normalize, segment, extract, resolve } = await stages();
  const source = await ingest(raw);
  const normalized = normalize(source, ctx);
  const segmented = segment(normalized, ctx);
  const extracted = extract(segmented, ctx);
  return resolve(extracted, ctx);
}

/** Reads one file and runs every stage on it, without the database. */
export async function analyzeFile(path: string, ctx: Partial<RunContext> = {}): Promise<ResolvedDoc> {
  return analyzeRaw(await readInput(path), makeContext(ctx));
}

export interface InputError {
  file: string;
  reason: string;
}

export interface IngestReport {
  runId: number;
  /** Source ids whose new version was analysed and stored. */
  stored: string[];
  /** Source ids whose stored version is current (a hash check, no extraction). */
  unchanged: string[];
  /** Source ids that left the current view (only when `retire` is set). */
  retired: string[];
  failed: InputError[];
  /** Files inside the given folders that are not briefs (.pdf, .txt, .md): not read, not errors. */
  skipped: string[];
  counts: Record<string, number>;
  /** Where this (the writer) thread's time went: wall-clock, and CPU time when IngestOptions.cpuClock is given. */
  timings: IngestTimings;
}

/** Parts of an ingest done in the calling (writer) thread, in milliseconds. */
export interface TimedParts {
  /** Storing the analysed versions' rows and fact groups: the store calls with their transactions, summed. */
  storeMs: number;
  /** Computing the facts' claim keys here (when the analysis workers did not). */
  keysMs: number;
  /** Reconcile and claims, in all. */
  reconcileMs: number;
  /** Of reconcileMs: reading facts from the database, and judging them (the rest is writing claims). */
  reconcileReadMs: number;
  reconcileJudgeMs: number;
}

/** Wall-clock times of the writer thread's parts, and their CPU time when a CPU clock was given. */
export interface IngestTimings extends TimedParts {
  /** Reading and hashing the files (readInput), summed over files (wall-clock: the reads wait for the disk). */
  readMs: number;
  /** The same parts in this thread's CPU time (IngestOptions.cpuClock), else null. */
  cpu: TimedParts | null;
}

/** Times a synchronous part of the writer's work. */
export type TimePart = <T>(part: keyof TimedParts, f: () => T) => T;

function meter(cpuClock: (() => number) | undefined): { timings: IngestTimings; time: TimePart } {
  const zero = (): TimedParts => ({ storeMs: 0, keysMs: 0, reconcileMs: 0, reconcileReadMs: 0, reconcileJudgeMs: 0 });
  const timings: IngestTimings = { ...zero(), readMs: 0, cpu: cpuClock ? zero() : null };
  const time: TimePart = (part, f) => {
    const w = performance.now();
    const c = cpuClock ? cpuClock() : 0;
    try {
      return f();
    } finally {
      timings[part] += performance.now() - w;
      if (timings.cpu) timings.cpu[part] += cpuClock!() - c;
    }
  };
  return { timings, time };
}

export interface IngestOptions {
  /** Retire stored sources that are not among the inputs (a full-folder run). */
  retire?: boolean;
  /** Called before each file, and once more at the end. */
  onProgress?: (done: number, total: number, file: string) => void;
  ctx?: Partial<RunContext>;
  /**
   * Worker threads that analyse files (ingest → resolve) while this thread alone hashes,
   * checks and writes the database. 0 = analyse in this thread. Default: DEFAULT_WORKERS
   * (cores - 1, at most 8). Results are stored in input order, so the rows and their ids are
   * the same whatever the number of workers. Workers start only when a file needs analysis,
   * never more than the files that do; from TypeScript sources (tests) analysis stays in-thread.
   */
  workers?: number;
  /**
   * Analyse every input again even when its version is stored (after a rule change): the new
   * rows replace the current ones and the earlier rows stay as history, so `diff` shows what
   * the change did.
   */
  force?: boolean;
  /**
   * This thread's CPU time in milliseconds (a benchmark gives one): the report's timings then
   * give the writer's parts in CPU time too, not only wall-clock (which counts waiting for a core).
   */
  cpuClock?: () => number;
}

/**
 * Default number of analysis workers: one core is left to the writer. (One worker per core
 * would keep every core busy on an idle machine, but each worker pays its own start-up (module
 * load, JIT) and on a 2-core machine shared with other work, 2 workers measured slower than 1:
 * 0.415 against 0.51 MB/s, 12.9 against 10.0 CPU-seconds for 5 MB. `--workers` chooses.)
 */
export const DEFAULT_WORKERS: number = Math.max(0, Math.min(8, availableParallelism() - 1));

function reasonOf(err: unknown): string {
  if (err instanceof IngestError) return err.reason;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Whether a stored path lies inside one of the given files or folders. */
function insideAny(paths: string[]): (file: string) => boolean {
  const roots = paths.map((p) => resolvePath(p));
  return (file) => {
    const f = resolvePath(file);
    return roots.some((r) => f === r || f.startsWith(r.endsWith(sep) ? r : r + sep));
  };
}

/** SQLite could not get its lock within the busy timeout (another process is writing). */
export function isBusyError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The database is held by another writer for longer than the busy timeout. */
export class DatabaseBusyError extends Error {
  constructor(
    readonly dbFile: string,
    cause: unknown,
  ) {
    super(
      `database ${dbFile} is busy: another process is writing to it (${reasonOf(cause)}); ` +
        'run again when it has finished',
    );
    this.name = 'DatabaseBusyError';
  }
}

// ------------------------------------------------------------------ analysis workers

const WORKER_ROLE = 'brieftrace-analyze';

interface Job {
  seq: number;
  raw: RawInput;
  ctx: Partial<RunContext>;
  /** Compute the facts' groups and key infos too (else the writer does). */
  groups: boolean;
}

/**
 * A file analysed: its rows, and (when asked) each fact's reconcile group and key info, which
 * the run's reconcile reuses instead of computing the keys again.
 */
type Analysis =
  | { ok: true; doc: ResolvedDoc; grouped: { groups: FactGroupRow[]; keys: Map<string, FactKeyInfo> } | null; messages: RunMessage[] }
  | { ok: false; reason: string };

async function analyzeJob(raw: RawInput, partial: Partial<RunContext>, withGroups = true): Promise<Analysis> {
  const ctx = makeContext(partial);
  try {
    const doc = await analyzeRaw(raw, ctx);
    return { ok: true, doc, grouped: withGroups ? groupsOf(doc) : null, messages: ctx.messages };
  } catch (err) {
    return { ok: false, reason: reasonOf(err) };
  }
}

// The worker side: this module, loaded in a worker thread started by AnalysisPool.
if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    void analyzeJob(job.raw, job.ctx, job.groups).then((result) => port.postMessage({ seq: job.seq, result }));
  });
}

/**
 * Worker threads running analyzeRaw. Jobs wait in one queue, in input order; a worker holds at
 * most DEPTH of them (one running, the next ready), so a slow file on one worker never leaves
 * the others idle while jobs are waiting.
 */
class AnalysisPool {
  private static readonly DEPTH = 2;
  private readonly workers: { w: Worker; busy: Set<number>; dead: boolean }[] = [];
  private readonly pending = new Map<number, (a: Analysis) => void>();
  private readonly waiting: Job[] = [];
  private seq = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE } });
      const slot = { w, busy: new Set<number>(), dead: false };
      w.on('message', (m: { seq: number; result: Analysis }) => {
        slot.busy.delete(m.seq);
        this.settle(m.seq, m.result);
        this.pump();
      });
      const fail = (why: string): void => {
        slot.dead = true;
        for (const seq of slot.busy) this.settle(seq, { ok: false, reason: `analysis worker failed: ${why}` });
        slot.busy.clear();
        this.pump();
      };
      w.on('error', (err) => fail(err instanceof Error ? err.message : String(err)));
      w.on('exit', (code) => fail(`exited with code ${code}`));
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  private settle(seq: number, a: Analysis): void {
    const done = this.pending.get(seq);
    if (done) {
      this.pending.delete(seq);
      done(a);
    }
  }

  /** Hands waiting jobs to the least busy live workers; to this thread when every worker has died. */
  private pump(): void {
    while (this.waiting.length > 0) {
      const live = this.workers.filter((s) => !s.dead);
      if (live.length === 0) {
        for (const job of this.waiting.splice(0)) void analyzeJob(job.raw, job.ctx, job.groups).then((a) => this.settle(job.seq, a));
        return;
      }
      const slot = live.reduce((a, b) => (b.busy.size < a.busy.size ? b : a));
      if (slot.busy.size >= AnalysisPool.DEPTH) return;
      const job = this.waiting.shift()!;
      slot.busy.add(job.seq);
      slot.w.postMessage(job);
    }
  }

  /** Queues a file for analysis; the promise settles with its result. */
  analyze(raw: RawInput, ctx: Partial<RunContext>): Promise<Analysis> {
    if (this.workers.every((s) => s.dead)) return analyzeJob(raw, ctx);
    const seq = this.seq++;
    // With one worker the worker's analysis is the slowest part and the writer has time to
    // spare: the writer groups the facts. With more workers the writer has the least time.
    const groups = this.workers.length > 1;
    return new Promise((resolve) => {
      this.pending.set(seq, resolve);
      this.waiting.push({ seq, raw, ctx, groups });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.waiting.length = 0;
    await Promise.all(this.workers.map((s) => s.w.terminate()));
  }
}

/** Workers can run only the built JavaScript (a worker thread cannot load TypeScript). */
const CAN_USE_WORKERS = import.meta.url.endsWith('.js');

// ------------------------------------------------------------------ ingest

/**
 * True when a run that did not finish (killed, or still running elsewhere) started after the
 * last run that reconciled: versions it stored may have no claims yet, so this run reconciles
 * even when it stores nothing itself.
 */
function claimsMayBeStale(store: Store): boolean {
  const runs = store.runs();
  let lastReconciled = 0;
  for (const r of runs) {
    if (r.finishedAt !== null && r.counts && 'claims' in r.counts) lastReconciled = Math.max(lastReconciled, r.id);
  }
  return runs.some((r) => r.id > lastReconciled && r.finishedAt === null);
}

/** Each fact's reconcile group, stored with its version (incremental reconciliation), and key info. */
function groupsOf(doc: ResolvedDoc): { groups: FactGroupRow[]; keys: Map<string, FactKeyInfo> } {
  const id = doc.source.id;
  return factKeys({
    events: doc.events,
    figures: doc.figures,
    published: { [id]: doc.documentDate.value },
    texts: { [id]: doc.source.text },
  });
}

/**
 * Reconciles the claims again after sources changed: only the groups (claim keys) that the
 * changed sources touch, closed under what links groups, when the stored groups were computed by
 * these rules; else (or when `full`) every current fact. The result equals a full reconcile.
 * When every current version stored its groups under these rules (a fresh database), the full
 * reconcile runs `chunkFacts` facts at a time (closed sets of groups), all in one transaction.
 * Returns the number of claims stored and the number reconciled in this run.
 */
export function updateClaims(
  store: Store,
  changedSources: string[],
  runId: number,
  full = false,
  ctx: Partial<RunContext> = {},
  known?: FactKeys,
  chunkFacts: number = RECONCILE_CHUNK_FACTS,
  time?: TimePart,
): { claims: number; reconciled: number } {
  // one write transaction: no other writer's version lands between reading facts and writing claims
  return store.inTransaction(() => reconcileInto(store, changedSources, runId, full, ctx, known, chunkFacts, time));
}

/**
 * A full reconcile of versions whose fact groups are stored (a fresh database) reconciles and
 * writes the claims of about this many facts at a time (closed sets of groups; store.groupChunks),
 * in the one transaction: the whole corpus's facts and claims are never in memory at once.
 */
export const RECONCILE_CHUNK_FACTS = 10_000;

function reconcileInto(
  store: Store,
  changedSources: string[],
  runId: number,
  full: boolean,
  ctx: Partial<RunContext>,
  known: FactKeys | undefined,
  chunkFacts: number,
  time: TimePart = (_part, f) => f(),
): { claims: number; reconciled: number } {
  const load = (f: () => FactSet): FactSet => time('reconcileReadMs', f);
  const judged = <T>(f: () => T): T => time('reconcileJudgeMs', f);
  let repair = false;
  if (!full && store.groupsReady(GROUPS_VERSION)) {
    try {
      const groups = store.closeGroups(store.groupsOfSources(changedSources));
      const facts = load(() => store.loadFactsInGroups(groups));
      const claims = judged(() => reconcile(facts, makeContext(ctx), known));
      store.replaceClaimsInGroups(groups, claims, runId);
      return { claims: store.claimCount(), reconciled: claims.length };
    } catch (err) {
      if (isBusyError(err)) throw err;
      // fall through: a full reconcile repairs whatever the incremental one could not
      repair = true;
    }
  }
  if (!repair && store.versionsGrouped(GROUPS_VERSION)) {
    // every current version stored its fact groups under these rules (a fresh database, or a
    // run after a crash): they are what a full reconcile would compute, so only claims are
    // written, a closed set of groups at a time (a full reconcile's claims, one chunk in memory)
    try {
      const rctx = makeContext(ctx);
      const chunks = store.groupChunks(chunkFacts);
      const n = store.saveClaimsInChunks(
        (function* () {
          for (const groups of chunks) {
            const facts = load(() => store.loadFactsInGroups(groups));
            yield judged(() => reconcile(facts, rctx, known));
          }
        })(),
        runId,
        GROUPS_VERSION,
      );
      return { claims: n, reconciled: n };
    } catch (err) {
      // two chunks gave one claim id (a full reconcile numbers the later ones): all at once below
      if (!(err instanceof Error && err.name === 'ClaimIdCollision')) throw err;
    }
    const facts = load(() => store.loadFacts());
    const claims = judged(() => reconcile(facts, makeContext(ctx), known));
    store.saveClaims(claims, runId, GROUPS_VERSION);
    return { claims: claims.length, reconciled: claims.length };
  }
  const facts = load(() => store.loadFacts());
  const { claims, groups } = judged(() => reconcileWithGroups(facts, makeContext(ctx), known));
  store.setFactGroups(groups, GROUPS_VERSION);
  store.saveClaims(claims, runId, GROUPS_VERSION);
  return { claims: claims.length, reconciled: claims.length };
}

type Outcome =
  | { file: string; kind: 'unchanged'; id: string }
  | { file: string; kind: 'failed'; reason: string }
  | { file: string; kind: 'analysed'; raw: RawInput; analysis: Promise<Analysis>; done?: Analysis };

/** At most this many new versions are stored in one transaction (those analysed by then). */
const COMMIT_BATCH = 8;

/**
 * Ingests files and folders into the database: each new source version is analysed and
 * stored in one transaction; an unchanged one costs a hash check; a failing file is
 * reported and the others still go in. Claims are reconciled again when anything changed.
 */
export async function ingestPaths(paths: string[], dbFile: string, opts: IngestOptions = {}): Promise<IngestReport> {
  try {
    return await ingestInto(paths, dbFile, opts);
  } catch (err) {
    throw isBusyError(err) ? new DatabaseBusyError(dbFile, err) : err;
  }
}

async function ingestInto(paths: string[], dbFile: string, opts: IngestOptions): Promise<IngestReport> {
  const { Store } = await import('./store/index.js');
  const store = Store.open(dbFile);
  let pool: AnalysisPool | null = null;
  try {
    const listed = await listInputs(paths);
    const { files, errors } = listed;
    // the run's own database (and its -wal/-shm/-journal files) inside an input folder is not a skipped input
    const ownFiles = new Set(['', '-wal', '-shm', '-journal'].map((x) => resolvePath(dbFile + x)));
    const skipped = listed.skipped.filter((f) => !ownFiles.has(resolvePath(f)));
    const failed: InputError[] = [...errors];
    const stale = claimsMayBeStale(store);
    const runId = store.beginRun({ codeVersion: CODE_VERSION, inputs: paths });
    const stored: string[] = [];
    const unchanged: string[] = [];
    const seen = new Map<string, string>();
    const counts: Record<string, number> = { events: 0, figures: 0, mentions: 0, entities: 0 };
    // key infos of the facts stored in this run, for its reconcile (held compactly: a long run
    // keeps them from its first file to its reconcile)
    const known = new FactKeyTable();
    const { timings, time: timed } = meter(opts.cpuClock);
    const wantWorkers = CAN_USE_WORKERS ? Math.max(0, Math.floor(opts.workers ?? DEFAULT_WORKERS)) : 0;
    const ctx = opts.ctx ?? {};

    // Files are read and hash-checked here in order; analyses run ahead in the workers (at
    // most `window` files), and results are committed strictly in input order.
    const queue: Outcome[] = [];
    let committed = 0;
    // Commits the head of the queue, with whatever follows it that is ready by then: the new
    // versions among them are stored in one transaction (each one alone if that fails, so one
    // bad file never costs the others).
    const commit = async (): Promise<void> => {
      const head = queue.shift()!;
      if (head.kind === 'analysed') await head.analysis;
      const take: Outcome[] = [head];
      while (take.length < COMMIT_BATCH && queue.length > 0 && (queue[0]!.kind !== 'analysed' || queue[0]!.done !== undefined)) {
        take.push(queue.shift()!);
      }
      const saves: { o: Outcome & { kind: 'analysed' }; doc: ResolvedDoc; grouped: NonNullable<(Analysis & { ok: true })['grouped']> }[] = [];
      for (const o of take) {
        opts.onProgress?.(committed++, files.length, o.file);
        if (o.kind === 'unchanged') {
          unchanged.push(o.id);
          continue;
        }
        if (o.kind === 'failed') {
          failed.push({ file: o.file, reason: o.reason });
          continue;
        }
        const a = await o.analysis;
        if (!a.ok) {
          failed.push({ file: o.file, reason: a.reason });
          continue;
        }
        try {
          // Another process may have stored this version while it was being analysed.
          if (!opts.force && store.hasVersion(o.raw.id, o.raw.sha256)) {
            unchanged.push(o.raw.id);
            continue;
          }
          saves.push({ o, doc: a.doc, grouped: a.grouped ?? timed('keysMs', () => groupsOf(a.doc)) });
        } catch (err) {
          failed.push({ file: o.file, reason: isBusyError(err) ? new DatabaseBusyError(dbFile, err).message : reasonOf(err) });
        }
      }
      const stored1 = (s: (typeof saves)[number]): void => {
        for (const [k, info] of s.grouped.keys) known.set(k, info);
        stored.push(s.o.raw.id);
        counts.events! += s.doc.events.length;
        counts.figures! += s.doc.figures.length;
        counts.mentions! += s.doc.mentions.length;
        counts.entities! += s.doc.entities.length;
      };
      const version = (s: (typeof saves)[number]) => ({ doc: s.doc, groups: { rows: s.grouped.groups, version: GROUPS_VERSION } });
      if (saves.length > 1) {
        try {
          timed('storeMs', () => store.saveVersions(saves.map(version), runId));
          saves.forEach(stored1);
          return;
        } catch {
          // stored none of them: each one alone below, so the error names its file
        }
      }
      for (const s of saves) {
        try {
          const v = version(s);
          timed('storeMs', () => store.saveVersion(v.doc, runId, v.groups));
          stored1(s);
        } catch (err) {
          failed.push({ file: s.o.file, reason: isBusyError(err) ? new DatabaseBusyError(dbFile, err).message : reasonOf(err) });
        }
      }
    };

    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const id = basename(file);
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        queue.push({ file, kind: 'failed', reason: `same file name as ${earlier}; file names are corpus ids and must be unique` });
      } else {
        seen.set(id, file);
        try {
          const t = performance.now();
          const raw = await readInput(file);
          timings.readMs += performance.now() - t;
          if (!opts.force && store.hasVersion(raw.id, raw.sha256)) {
            queue.push({ file, kind: 'unchanged', id: raw.id });
          } else {
            if (pool === null && wantWorkers > 0) pool = new AnalysisPool(Math.min(wantWorkers, files.length - i));
            const analysis = pool ? pool.analyze(raw, ctx) : analyzeJob(raw, ctx);
            const o: Outcome = { file, kind: 'analysed', raw, analysis };
            void analysis.then((a) => (o.done = a));
            queue.push(o);
          }
        } catch (err) {
          queue.push({ file, kind: 'failed', reason: reasonOf(err) });
        }
      }
      const window = pool ? pool.size * 4 : 1;
      while (queue.length > 0 && (queue.length >= window || queue[0]!.kind !== 'analysed')) await commit();
    }
    while (queue.length > 0) await commit();
    if (pool) {
      await (pool as AnalysisPool).close();
      pool = null;
    }
    opts.onProgress?.(files.length, files.length, '');

    // Retire only sources that came from the folders given: a brief ingested from elsewhere
    // stays current when this folder is run again.
    const retired = opts.retire ? store.retireMissing([...seen.keys()], runId, insideAny(paths)) : [];
    if (stored.length > 0 || retired.length > 0 || stale) {
      // each key info is read once, then let go: a long run's reconcile does not hold them all
      const once: FactKeys = { get: (id) => known.take(id) };
      const r = timed('reconcileMs', () => updateClaims(store, [...stored, ...retired], runId, stale, opts.ctx, once, RECONCILE_CHUNK_FACTS, timed));
      counts.claims = r.claims;
      counts.reconciled = r.reconciled;
    }
    counts.stored = stored.length;
    counts.unchanged = unchanged.length;
    counts.failed = failed.length;
    store.finishRun(runId, { counts, errors: failed });
    return { runId, stored, unchanged, retired, failed, skipped, counts, timings };
  } finally {
    if (pool) await (pool as AnalysisPool).close();
    store.close();
  }
}
