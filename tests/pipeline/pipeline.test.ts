/**
 * The pipeline over the five shipped briefs (sources/): every emitted row's span slices to
 * its quote; a re-run on unchanged sources does no extraction work and leaves identical rows
 * and byte-identical exports.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportTable } from '../../src/core/types.js';
import { exportTables } from '../../src/export/index.js';
import { ingestPaths, type IngestReport } from '../../src/pipeline.js';
import { Store } from '../../src/store/index.js';
import { REPO } from '../helpers/cli.js';

const SOURCES = join(REPO, 'sources');
const TABLES: ExportTable[] = ['events', 'figures', 'entities', 'mentions', 'claims'];
const sourceIds = readdirSync(SOURCES).filter((f) => /\.(txt|md|pdf)$/i.test(f)).sort();

interface Spanned {
  source: string;
  span: { start: number; end: number };
  quote: string;
}

let dir: string;
let db: string;
let first: IngestReport;
let rows: Record<ExportTable, Record<string, unknown>[]>;

function readRows(): Record<ExportTable, Record<string, unknown>[]> {
  const store = Store.open(db);
  try {
    return Object.fromEntries(TABLES.map((t) => [t, store.rows(t)])) as Record<ExportTable, Record<string, unknown>[]>;
  } finally {
    store.close();
  }
}

function exportedFiles(out: string): Record<string, string> {
  return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bt-pipeline-'));
  db = join(dir, 'brieftrace.db');
  first = await ingestPaths([SOURCES], db, { retire: true });
  rows = readRows();
}, 300_000);

describe('a full run over sources/', () => {
  it('stores every brief without failure', () => {
    expect(first.failed).toEqual([]);
    expect([...first.stored].sort()).toEqual(sourceIds);
  });

  for (const table of ['events', 'figures', 'mentions'] as const) {
    it(`${table}: rows from every brief`, () => {
      const seen = new Set(rows[table].map((r) => r.source));
      for (const id of sourceIds) expect(seen, `${table} of ${id}`).toContain(id);
    });
  }

  it('every row of events, figures and mentions: the source text at span equals quote', () => {
    const store = Store.open(db);
    try {
      const texts = new Map(sourceIds.map((id) => [id, store.sourceText(id)!]));
      let checked = 0;
      for (const table of ['events', 'figures', 'mentions'] as const) {
        for (const row of rows[table] as unknown as Spanned[]) {
          const text = texts.get(row.source);
          expect(text, row.source).toBeTypeOf('string');
          expect(row.span.start).toBeLessThan(row.span.end);
          expect(text!.slice(row.span.start, row.span.end)).toBe(row.quote);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(100);
    } finally {
      store.close();
    }
  });

  it('every piece of claim evidence slices to its quote too', () => {
    const store = Store.open(db);
    try {
      let checked = 0;
      for (const claim of rows.claims as unknown as { claims: Spanned[] }[]) {
        for (const ev of claim.claims) {
          expect(store.sourceText(ev.source)!.slice(ev.span.start, ev.span.end)).toBe(ev.quote);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it('entities: one record per real-world entity across the briefs (no record for a spelling variant of another)', () => {
    // two spellings of one word that briefs mix: the -ow / -ov surname ending, -isation / -ization
    const fold = (n: string) =>
      n.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/o[vw]\b/g, 'ov').replace(/isation/g, 'ization').replace(/[^a-z0-9]+/g, '');
    const byKey = new Map<string, string>();
    for (const e of rows.entities as unknown as { name: string }[]) {
      const k = fold(e.name);
      expect(byKey.get(k), `${e.name} and ${byKey.get(k)}`).toBeUndefined();
      byKey.set(k, e.name);
    }
    expect(byKey.size).toBeGreaterThan(50);
  });

  it('ids are unique within each table', () => {
    for (const table of TABLES) {
      const ids = rows[table].map((r) => r.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });
});

describe('re-running on unchanged sources', () => {
  it('does no extraction work and leaves identical rows and exports', async () => {
    const outA = join(dir, 'out-a');
    const outB = join(dir, 'out-b');
    let store = Store.open(db);
    exportTables(store, outA, ['jsonl', 'csv']);
    store.close();

    const again = await ingestPaths([SOURCES], db, { retire: true });
    expect(again.stored).toEqual([]);
    expect([...again.unchanged].sort()).toEqual(sourceIds);
    expect(again.failed).toEqual([]);
    expect(readRows()).toEqual(rows);

    store = Store.open(db);
    exportTables(store, outB, ['jsonl', 'csv']);
    store.close();
    expect(exportedFiles(outB)).toEqual(exportedFiles(outA));
  }, 300_000);

  it('the exports committed in extracted/ are what the current rules give', () => {
    const fresh = exportedFiles(join(dir, 'out-a'));
    const committed = Object.fromEntries(
      Object.keys(fresh).map((f) => [f, readFileSync(join(REPO, 'extracted', f), 'utf8')]),
    );
    expect(Object.keys(fresh).sort()).toEqual(TABLES.flatMap((t) => [`${t}.csv`, `${t}.jsonl`]).sort());
    for (const f of Object.keys(fresh)) expect(committed[f], `extracted/${f} is stale: run npm start and commit`).toBe(fresh[f]);
  });
});
