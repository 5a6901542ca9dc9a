/**
 * Crash safety and concurrency, through the built command line:
 * - `ingest` over a folder of ~40 briefs is killed with SIGKILL at random moments; after each
 *   kill the database passes integrity_check and every stored source version is whole (its
 *   events/figures/mentions counts equal those of a clean run for the same content); the next
 *   run completes the work (exit 0, everything stored).
 * - two ingests on one database at once both finish without corruption, or the second says
 *   that the database is busy (non-zero exit, a message naming the database).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, type CliResult } from '../helpers/cli.js';
import Database from 'better-sqlite3';
// a seeded generator (mulberry32), so failures can be replayed
import { rng } from '../../src/resolve/linear.js';
import { inspectDb, snapshotBuild, type DbState, type FactCounts } from './helpers.js';

const COPIES = 40;
let dir: string;
let corpus: string;
/** This test's own copy of the build (dist/ may be rebuilt while it runs). */
let BIN: string;

/** Runs the snapshot's command line. */
function runCli(args: string[]): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
let clean: DbState;
/** Counts of a clean run, by content (sha256). */
const expected = new Map<string, FactCounts>();

/** ~40 copies of the shipped briefs with varied names and years (so every version differs). */
function buildCorpus(into: string): void {
  mkdirSync(into, { recursive: true });
  const srcDir = join(REPO, 'sources');
  const briefs = readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort();
  for (let i = 0; i < COPIES; i++) {
    const name = briefs[i % briefs.length]!;
    const shift = Math.floor(i / briefs.length);
    const text = readFileSync(join(srcDir, name), 'utf8').replace(/\b(19|20)(\d\d)\b/g, (_m, c: string, y: string) =>
      String(Number(c + y) - shift),
    );
    writeFileSync(join(into, `copy-${String(i).padStart(2, '0')}-${name.replace(/^\d+_/, '')}`), text);
  }
}

function startIngest(db: string, paths: string[]) {
  const child = spawn(process.execPath, [BIN, 'ingest', ...paths, '--db', db], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('close', (code, signal) => res({ code, signal })),
  );
  return { child, done, stderr: () => stderr };
}

/** Every stored version is whole: its counts equal the clean run's for that content. */
function expectWhole(state: DbState): void {
  expect(state.integrity).toBe('ok');
  for (const v of state.versions) {
    const want = expected.get(v.sha256);
    expect(want, `version ${v.id} of ${v.source} has content the clean run never saw`).toBeDefined();
    expect(v.counts, `version ${v.id} of ${v.source}`).toEqual(want);
  }
  for (const [source, cur] of state.current) {
    expect(state.versions.some((v) => v.source === source && v.sha256 === cur.sha256)).toBe(true);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bt-crash-'));
  BIN = snapshotBuild(REPO, join(dir, 'build'));
  corpus = join(dir, 'corpus');
  buildCorpus(corpus);
  const cleanDb = join(dir, 'clean.db');
  const r = runCli(['ingest', corpus, '--db', cleanDb]);
  expect(r.code, r.stderr).toBe(0);
  clean = inspectDb(cleanDb);
  for (const v of clean.versions) expected.set(v.sha256, v.counts);
}, 900_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 in the middle of an ingest', () => {
  it('a clean run stores every copy, each as its own version', () => {
    expect(clean.current.size).toBe(COPIES);
    expect(expected.size).toBe(COPIES);
    for (const counts of expected.values()) expect(counts.events + counts.figures + counts.mentions).toBeGreaterThan(0);
  });

  it('leaves only whole versions after each kill, and the next run completes the work', async () => {
    const db = join(dir, 'killed.db');
    const random = rng(20261122);
    let killedMidway = 0;
    for (let round = 0; round < 4; round++) {
      const delay = 150 + Math.floor(random() * 2500);
      const run = startIngest(db, [corpus]);
      await new Promise((res) => setTimeout(res, delay));
      const killed = run.child.kill('SIGKILL');
      const end = await run.done;
      if (killed && end.signal === 'SIGKILL') killedMidway++;
      let state: DbState;
      try {
        state = inspectDb(db);
      } catch (err) {
        // Killed before the database file was created.
        expect(String(err)).toMatch(/unable to open|does not exist|SQLITE_CANTOPEN/i);
        continue;
      }
      expectWhole(state);
    }
    expect(killedMidway).toBeGreaterThan(0);
    const last = runCli(['ingest', corpus, '--db', db]);
    expect(last.code, last.stderr).toBe(0);
    const state = inspectDb(db);
    expectWhole(state);
    expect(state.current.size).toBe(COPIES);
    for (const [source, cur] of state.current) {
      const want = clean.current.get(source)!;
      expect(cur.sha256).toBe(want.sha256);
      expect({ events: cur.events, figures: cur.figures, mentions: cur.mentions }).toEqual({
        events: want.events,
        figures: want.figures,
        mentions: want.mentions,
      });
    }
    // And one more run has nothing left to do.
    const again = runCli(['ingest', corpus, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`0 stored, ${COPIES} unchanged, 0 failed`));
  }, 900_000);
});

describe('a run killed after storing its versions, before reconciling', () => {
  it('the next run reconciles even though every source is unchanged', () => {
    const db = join(dir, 'unreconciled.db');
    const one = join(dir, 'two-briefs');
    mkdirSync(one);
    for (const f of readdirSync(corpus).sort().slice(0, 2)) writeFileSync(join(one, f), readFileSync(join(corpus, f)));
    expect(runCli(['ingest', one, '--db', db]).code).toBe(0);
    const count = (sql: string): number => {
      const conn = new Database(db, { readonly: true });
      try {
        return (conn.prepare(sql).get() as { n: number }).n;
      } finally {
        conn.close();
      }
    };
    const claims = count('SELECT count(*) AS n FROM claims');
    expect(claims).toBeGreaterThan(0);
    // What a kill between the last saveVersion and saveClaims leaves: a run without an end,
    // and claims that do not cover its versions (here: none at all).
    const conn = new Database(db);
    conn.pragma('foreign_keys = ON');
    conn.exec("DELETE FROM claims; INSERT INTO runs (started_at, code_version, inputs) VALUES ('2026-01-01T00:00:00Z', 'killed', '[]')");
    conn.close();
    const next = runCli(['ingest', one, '--db', db]);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/0 stored, 2 unchanged/);
    expect(count('SELECT count(*) AS n FROM claims')).toBe(claims);
    // And the run after that has nothing left to do.
    const third = runCli(['ingest', one, '--db', db]);
    expect(third.code).toBe(0);
    expect(count("SELECT count(*) AS n FROM runs WHERE finished_at IS NOT NULL AND counts LIKE '%\"claims\"%'")).toBe(2);
  }, 120_000);
});

describe('two ingests on one database at once', () => {
  it('both finish without corruption, or the second says the database is busy', async () => {
    const db = join(dir, 'shared.db');
    const half = join(dir, 'half');
    mkdirSync(half);
    for (const f of readdirSync(corpus).sort().slice(0, 10)) writeFileSync(join(half, f), readFileSync(join(corpus, f)));
    const a = startIngest(db, [corpus]);
    const b = startIngest(db, [half]);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    for (const [r, err] of [
      [ra, a.stderr()],
      [rb, b.stderr()],
    ] as const) {
      if (r.code !== 0) {
        expect(err).toMatch(/busy|locked/i);
        expect(err).toContain(db);
      }
    }
    expect(ra.code === 0 || rb.code === 0, `${a.stderr()}\n${b.stderr()}`).toBe(true);
    const state = inspectDb(db);
    expectWhole(state);
    if (ra.code === 0) expect(state.current.size).toBe(COPIES);
    // Each current version is one of the clean run's contents (checked by expectWhole); a
    // version both runs analysed at once may be stored twice (whole, as history).
    const current = [...state.current.values()].map((c) => c.sha256);
    expect(new Set(current).size).toBe(current.length);
    const after = runCli(['ingest', corpus, '--db', db]);
    expect(after.code, after.stderr).toBe(0);
    expect(inspectDb(db).current.size).toBe(COPIES);
  }, 900_000);
});

describe('a database held by another writer', () => {
  it('the run says the database is busy, names it, exits non-zero, and loses nothing', () => {
    const db = join(dir, 'held.db');
    const one = join(dir, 'one');
    mkdirSync(one);
    const first = readdirSync(corpus).sort()[0]!;
    writeFileSync(join(one, first), readFileSync(join(corpus, first)));
    expect(runCli(['ingest', one, '--db', db]).code).toBe(0);
    const before = inspectDb(db);
    // A new version to store, while another connection holds the write lock longer than the
    // busy timeout.
    writeFileSync(join(one, first), readFileSync(join(corpus, first), 'utf8') + '\nA closing line was added.\n');
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    let r;
    try {
      r = runCli(['ingest', one, '--db', db]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/busy/);
    expect(r.stderr).toContain(db);
    const after = inspectDb(db);
    expect(after.integrity).toBe('ok');
    expect([...after.current.values()].map((c) => c.sha256)).toEqual([...before.current.values()].map((c) => c.sha256));
    // Once the lock is gone the run goes through.
    const again = runCli(['ingest', one, '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/1 stored/);
  }, 120_000);
});
