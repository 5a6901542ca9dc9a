/**
 * Worker threads: the built pipeline (dist/; a worker thread cannot load TypeScript) stores
 * the same rows, with the same ids, whatever the number of workers; failures are reported
 * the same way; an unchanged re-run starts no worker and stores nothing.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Pipeline from '../../src/pipeline.js';
import { REPO } from '../helpers/cli.js';
import { snapshotBuild, textPdf } from './helpers.js';

let dir: string;
let input: string;
let pipeline: typeof Pipeline;

/** Every table's rows (all columns but timestamps), in primary-key order. */
function dump(db: string): Record<string, unknown[]> {
  const conn = new Database(db, { readonly: true });
  try {
    const tables = (
      conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
    const out: Record<string, unknown[]> = {};
    for (const t of tables) {
      if (t === 'runs' || t === 'migrations') continue;
      const rows = conn.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Record<string, unknown>[];
      out[t] = rows.map((r) => {
        const copy = { ...r };
        for (const k of Object.keys(copy)) if (/(^|_)at$/.test(k)) delete copy[k];
        return copy;
      });
    }
    return out;
  } finally {
    conn.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bt-workers-'));
  // A private copy of the build: the workers load the same code as this thread even if dist/
  // is rebuilt meanwhile.
  const bin = snapshotBuild(REPO, join(dir, 'build'));
  pipeline = (await import(pathToFileURL(join(dirname(bin), 'pipeline.js')).href)) as typeof Pipeline;
  input = join(dir, 'in');
  mkdirSync(input);
  const src = join(REPO, 'sources');
  for (const f of readdirSync(src).filter((f) => f.endsWith('.txt'))) copyFileSync(join(src, f), join(input, f));
  writeFileSync(join(input, 'broken.pdf'), '%PDF-1.4\nnot a pdf\n%%EOF\n');
  writeFileSync(join(input, 'empty.md'), '');
  writeFileSync(
    join(input, 'short.pdf'),
    await textPdf('On 4 March 2021, Chile and Argentina signed a water accord worth $12.5 million in Santiago.'),
  );
  const brief = readFileSync(join(src, readdirSync(src).filter((f) => f.endsWith('.txt'))[0]!), 'utf8');
  writeFileSync(join(input, 'zz-variant.txt'), brief.replace(/\b20(\d\d)\b/g, (_m, y: string) => `19${y}`));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('analysis in worker threads', () => {
  it('the same rows and ids with 0, 1 and 3 workers', async () => {
    const dumps: Record<string, unknown[]>[] = [];
    const reports: Pipeline.IngestReport[] = [];
    for (const workers of [0, 1, 3]) {
      const db = join(dir, `w${workers}.db`);
      reports.push(await pipeline.ingestPaths([input], db, { workers }));
      dumps.push(dump(db));
    }
    const [zero, one, three] = dumps;
    expect(zero!.events!.length).toBeGreaterThan(0);
    expect(zero!.claims!.length).toBeGreaterThan(0);
    expect(Object.keys(one!)).toEqual(Object.keys(zero!));
    for (const t of Object.keys(zero!)) {
      expect(one![t], `table ${t}, 1 worker`).toEqual(zero![t]);
      expect(three![t], `table ${t}, 3 workers`).toEqual(zero![t]);
    }
    for (const r of reports) {
      expect(r.stored).toEqual(reports[0]!.stored);
      expect(r.failed).toEqual(reports[0]!.failed);
      expect(r.counts).toEqual(reports[0]!.counts);
    }
    expect(reports[0]!.stored).toContain('short.pdf');
    expect(reports[0]!.failed.map((f) => f.file.replace(/.*[\\/]/, '')).sort()).toEqual(['broken.pdf', 'empty.md']);
  }, 300_000);

  it('an unchanged re-run with workers stores nothing and leaves the rows as they were', async () => {
    const db = join(dir, 'w3.db');
    const before = dump(db);
    const again = await pipeline.ingestPaths([input], db, { workers: 3 });
    expect(again.stored).toEqual([]);
    expect(again.unchanged.length).toBe(readdirSync(input).length - 2);
    expect(dump(db)).toEqual(before);
  }, 120_000);

  it('progress is reported for every file, in order, then once at the end', async () => {
    const db = join(dir, 'progress.db');
    const seen: [number, number][] = [];
    await pipeline.ingestPaths([input], db, { workers: 2, onProgress: (done, total) => seen.push([done, total]) });
    const total = readdirSync(input).length;
    expect(seen).toEqual([...Array.from({ length: total }, (_, i) => [i, total]), [total, total]]);
  }, 300_000);
});
