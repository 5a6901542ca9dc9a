/**
 * The pipeline: the only module that knows the order of the stages.
 *
 *   readInput -> ingest -> normalize -> segment -> extract -> resolve   (per source version)
 *   store.saveVersion                                                  (one transaction each)
 *   reconcile over every current fact -> store.saveClaims               (when anything changed)
 *   export                                                             (separate verb)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RawInput, ResolvedDoc, RunContext } from './core/types.js';
import { extract } from './extract/index.js';
import { IngestError, ingest, listInputs, readInput } from './ingest/index.js';
import { normalize } from './normalize/index.js';
import { reconcile } from './reconcile/index.js';
import { resolve } from './resolve/index.js';
import { segment } from './segment/index.js';
import { Store } from './store/index.js';

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

/** Every stage from a file's bytes to resolved rows, without the database. */
export async function analyzeRaw(raw: RawInput, ctx: RunContext = makeContext()): Promise<ResolvedDoc> {
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
  counts: Record<string, number>;
}

export interface IngestOptions {
  /** Retire stored sources that are not among the inputs (a full-folder run). */
  retire?: boolean;
  /** Called before each file, and once more at the end. */
  onProgress?: (done: number, total: number, file: string) => void;
  ctx?: Partial<RunContext>;
}

function reasonOf(err: unknown): string {
  if (err instanceof IngestError) return err.reason;
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * Ingests files and folders into the database: each new source version is analysed and
 * stored in one transaction; an unchanged one costs a hash check; a failing file is
 * reported and the others still go in. Claims are reconciled again when anything changed.
 */
export async function ingestPaths(paths: string[], dbFile: string, opts: IngestOptions = {}): Promise<IngestReport> {
  const store = Store.open(dbFile);
  try {
    const { files, errors } = await listInputs(paths);
    const failed: InputError[] = [...errors];
    const runId = store.beginRun({ codeVersion: CODE_VERSION, inputs: paths });
    const stored: string[] = [];
    const unchanged: string[] = [];
    const seen = new Map<string, string>();
    const counts: Record<string, number> = { events: 0, figures: 0, mentions: 0, entities: 0 };

    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      opts.onProgress?.(i, files.length, file);
      const id = basename(file);
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        failed.push({ file, reason: `same file name as ${earlier}; file names are corpus ids and must be unique` });
        continue;
      }
      seen.set(id, file);
      try {
        const raw = await readInput(file);
        if (store.hasVersion(raw.id, raw.sha256)) {
          unchanged.push(raw.id);
          continue;
        }
        const ctx = makeContext(opts.ctx);
        const doc = await analyzeRaw(raw, ctx);
        store.saveVersion(doc, runId);
        stored.push(raw.id);
        counts.events! += doc.events.length;
        counts.figures! += doc.figures.length;
        counts.mentions! += doc.mentions.length;
        counts.entities! += doc.entities.length;
      } catch (err) {
        failed.push({ file, reason: reasonOf(err) });
      }
    }
    opts.onProgress?.(files.length, files.length, '');

    const retired = opts.retire ? store.retireMissing([...seen.keys()]) : [];
    if (stored.length > 0 || retired.length > 0) {
      const claims = reconcile(store.loadFacts(), makeContext(opts.ctx));
      store.saveClaims(claims, runId);
      counts.claims = claims.length;
    }
    counts.stored = stored.length;
    counts.unchanged = unchanged.length;
    counts.failed = failed.length;
    store.finishRun(runId, { counts, errors: failed });
    return { runId, stored, unchanged, retired, failed, counts };
  } finally {
    store.close();
  }
}
