import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportTables, mdCell, toCsv } from '../../src/export/index.js';
import { Store } from '../../src/store/index.js';
import { DEFAULT_TEXT, makeDoc } from '../store/fixtures.js';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'export-'));
  store = Store.open(join(dir, 'bt.db'));
  const run = store.beginRun({ codeVersion: 't', inputs: [] });
  store.saveVersion(makeDoc({ id: 'a.txt' }), run);
  store.saveVersion(makeDoc({ id: 'b.txt', text: DEFAULT_TEXT + '\nLine "with" quotes, commas.' }), run);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Minimal RFC 4180 reader for the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQ = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQ) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') inQ = false;
      else cell += c;
    } else if (c === '"') inQ = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

describe('exportTables', () => {
  it('writes every table in every format, and they parse back', () => {
    const out = join(dir, 'out');
    const files = exportTables(store, out, ['jsonl', 'csv', 'json', 'md']);
    expect(files).toHaveLength(20);
    expect(readdirSync(out).sort()).toEqual(files.map((f) => f.slice(out.length + 1)).sort()); // no temp files left
    for (const table of ['events', 'figures', 'entities', 'mentions', 'claims'] as const) {
      const rows = store.rows(table);
      const jsonl = readFileSync(join(out, `${table}.jsonl`), 'utf8');
      const lines = jsonl.split('\n').filter((l) => l !== '');
      expect(lines.map((l) => JSON.parse(l))).toEqual(rows);
      expect(JSON.parse(readFileSync(join(out, `${table}.json`), 'utf8'))).toEqual(rows);
      const csv = parseCsv(readFileSync(join(out, `${table}.csv`), 'utf8'));
      expect(csv.length).toBe(rows.length + 1);
      expect(csv[0]![0]).toBe('id');
      const md = readFileSync(join(out, `${table}.md`), 'utf8');
      const tableLines = md.split('\n').filter((l) => l.startsWith('|'));
      expect(tableLines.length).toBe(rows.length + 2);
      expect(tableLines[1]).toMatch(/^\| --- \|/);
    }
    // nested values are JSON in a csv cell; quotes kept whole
    const ev = parseCsv(readFileSync(join(out, 'events.csv'), 'utf8'));
    const header = ev[0]!;
    expect(JSON.parse(ev[1]![header.indexOf('span')]!)).toEqual(store.rows('events')[0]!.span);
    expect(ev[1]![header.indexOf('quote')]).toBe(store.rows('events')[0]!.quote);
  });

  it('is deterministic: the same database gives byte-identical files', () => {
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    exportTables(store, a, ['jsonl', 'csv', 'json', 'md']);
    exportTables(store, b, ['jsonl', 'csv', 'json', 'md']);
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f))).toEqual(readFileSync(join(a, f)));
  });

  it('writes only the formats asked for', () => {
    const out = join(dir, 'only');
    const files = exportTables(store, out, ['jsonl']);
    expect(files.every((f) => f.endsWith('.jsonl'))).toBe(true);
    expect(readdirSync(out)).toHaveLength(5);
  });

  it('escapes pipes and line breaks in markdown cells, keeping long text', () => {
    const long = 'x'.repeat(500);
    expect(mdCell(`a | b\nc ${long}`)).toBe(`a \\| b<br>c ${long}`);
    expect(mdCell(null)).toBe('');
    expect(mdCell({ a: 1 })).toBe('{"a":1}');
    const md = readFileSync(exportTables(store, join(dir, 'm'), ['md']).find((f) => f.endsWith('figures.md'))!, 'utf8');
    expect(md).toContain('stay text \\| with a pipe');
  });

  it('an empty table still has a csv header', () => {
    expect(toCsv('claims', [])).toBe('id,key,status,diagnosis,claims,preferred\n');
  });
});
