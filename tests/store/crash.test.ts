/**
 * Crash safety and concurrency of the store, with real child processes: the store module is
 * transpiled (TypeScript API) into a temporary folder so plain `node` can run it.
 * - kill -9 during a stream of saves leaves a database that passes integrity_check and holds
 *   only whole source versions; the next run completes the work.
 * - two writers on one database both finish (WAL, busy timeout).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';

const ROOT = resolve(__dirname, '..', '..');
const FILES = ['src/store/index.ts', 'src/store/migrations.ts', 'src/core/span.ts', 'src/core/types.ts'];
let dir: string;

/** The child: saves `count` versions of big docs, printing "saved N" after each commit. */
const CHILD = `
import { Store } from './src/store/index.js';
const [db, prefix, count] = [process.argv[2], process.argv[3], Number(process.argv[4])];
const store = Store.open(db);
const run = store.beginRun({ codeVersion: 'child', inputs: [] });
const line = 'Norway and Chile signed an accord on 4 March 2003 worth $12.5 million.\\n';
const text = line.repeat(400);
for (let i = 0; i < count; i++) {
  const id = prefix + i + '.txt';
  const sha = prefix + '-sha-' + i;
  if (store.hasVersion(id, sha)) { process.stdout.write('unchanged ' + (i + 1) + '\\n'); continue; }
  const events = [];
  for (let k = 0; k < 400; k++) {
    const start = k * line.length;
    events.push({ id: 'ev_' + k, source: id, sha256: sha, span: { start, end: start + 30 }, page: null, line: k + 1,
      quote: text.slice(start, start + 30), rule: 'child', type: 'agreement',
      date: { value: '2003-03-04', start: '2003-03-04', end: '2003-03-04', granularity: 'day', inferred: false },
      actors: ['Norway', 'Chile'], where: null, trigger: 'signed', planned: false });
  }
  store.saveVersion({
    source: { id, path: id, sha256: sha, format: 'txt', encoding: 'utf-8', text, pages: [], bytes: text.length },
    documentDate: { value: null, method: 'none', span: null },
    entities: [{ name: 'Norway', kind: 'country', aliases: ['Norway'] }], mentions: [], events, figures: [],
  }, run);
  process.stdout.write('saved ' + (i + 1) + '\\n');
}
store.finishRun(run, { counts: { saved: count }, errors: [] });
store.close();
process.stdout.write('done\\n');
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-crash-'));
  for (const f of FILES) {
    const out = join(dir, f.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(out), { recursive: true });
    const js = ts.transpileModule(readFileSync(join(ROOT, f), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(out, js);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(dir, 'child.js'), CHILD);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function startChild(db: string, prefix: string, count: number) {
  const child = spawn(process.execPath, [join(dir, 'child.js'), db, prefix, String(count)], { cwd: dir });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
  return { child, done, out: () => out, err: () => err };
}

function checkWhole(db: string): { versions: number } {
  const store = Store.open(db);
  try {
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    const rows = store.db
      .prepare('SELECT v.id AS id, v.complete AS complete, (SELECT COUNT(*) FROM events e WHERE e.version_id = v.id) AS n FROM source_versions v')
      .all() as { id: number; complete: number; n: number }[];
    for (const r of rows) {
      expect(r.complete).toBe(1);
      expect(r.n).toBe(400);
    }
    return { versions: rows.length };
  } finally {
    store.close();
  }
}

describe('store crash safety', () => {
  it('kill -9 mid-ingest leaves only whole versions, and the next run completes', async () => {
    const db = join(dir, 'kill.db');
    const c = startChild(db, 'k', 1000);
    // wait until a few versions are in, then kill without warning
    await new Promise<void>((res, rej) => {
      const t = setInterval(() => {
        if (/saved [3-9]/.test(c.out())) {
          clearInterval(t);
          res();
        }
      }, 5);
      c.done.then(() => {
        clearInterval(t);
        rej(new Error(`child ended early: ${c.err()}`));
      });
    });
    c.child.kill('SIGKILL');
    await c.done;
    const { versions } = checkWhole(db);
    expect(versions).toBeGreaterThanOrEqual(3);
    expect(versions).toBeLessThan(1000);
    // the next run stores the rest
    const again = startChild(db, 'k', 12);
    expect(await again.done).toBe(0);
    expect(again.out()).toMatch(/unchanged 1\n/); // what was whole before the kill is not redone
    expect(checkWhole(db).versions).toBe(Math.max(versions, 12));
    const store = Store.open(db);
    for (let i = 0; i < 12; i++) expect(store.hasVersion(`k${i}.txt`, `k-sha-${i}`)).toBe(true);
    store.close();
  });

  it('two writers on one database both finish', async () => {
    const db = join(dir, 'two.db');
    Store.open(db).close(); // migrated before both start
    const a = startChild(db, 'a', 15);
    const b = startChild(db, 'b', 15);
    const [ca, cb] = await Promise.all([a.done, b.done]);
    expect([ca, cb, a.err(), b.err()]).toEqual([0, 0, '', '']);
    expect(checkWhole(db).versions).toBe(30);
    const store = Store.open(db);
    expect(store.runs().map((r) => r.finishedAt !== null)).toEqual([true, true]);
    store.close();
  });

  it('two writers that both create a fresh database both finish', async () => {
    const db = join(dir, 'fresh', 'two.db');
    const a = startChild(db, 'a', 5);
    const b = startChild(db, 'b', 5);
    const [ca, cb] = await Promise.all([a.done, b.done]);
    expect([ca, cb, a.err(), b.err()]).toEqual([0, 0, '', '']);
    expect(checkWhole(db).versions).toBe(10);
  });
});
