/** Time-scoped states: an event row's optional `state: 'absent'` is stored in its own column and round-trips. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRow, ResolvedDoc } from '../../src/core/types.js';
import { exportTables } from '../../src/export/index.js';
import { Store } from '../../src/store/index.js';
import { dateValue, makeDoc, sha } from './fixtures.js';

const TEXT = ['Brief on Nordic ties', 'Norway and Iceland opened an embassy in Reykjavik on 4 March 2003.', 'Iceland has no embassy in Oslo.'].join('\n');

let dir: string;
let store: Store;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-absent-'));
  path = join(dir, 'bt.db');
  store = Store.open(path);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function withAbsent(): ResolvedDoc {
  const doc = makeDoc({ text: TEXT });
  const quote = 'has no embassy';
  const start = TEXT.indexOf(quote);
  const absent: EventRow = {
    id: 'ev_absent_1',
    source: doc.source.id,
    sha256: sha(TEXT),
    span: { start, end: start + quote.length },
    page: null,
    line: 3,
    quote,
    rule: 'events/absent/no-mission+events/absent/document-date',
    type: 'diplomatic',
    date: { ...dateValue('2012', '2012-01-01', '2012-12-31', 'year'), inferred: true },
    actors: ['Iceland'],
    where: 'Oslo',
    trigger: quote,
    planned: false,
    state: 'absent',
  };
  doc.events.push(absent);
  return doc;
}

describe('event state (migration 003-event-state)', () => {
  it('records the migration and stores the state in its own column', () => {
    expect(store.migrations()).toContain('003-event-state');
    const doc = withAbsent();
    const run = store.beginRun({ codeVersion: 't', inputs: [] });
    store.saveVersion(doc, run);
    store.finishRun(run, { counts: {}, errors: [] });
    store.close();
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT id, state, extra FROM events ORDER BY span_start').all() as { id: string; state: string | null; extra: string | null }[];
    db.close();
    expect(rows.map((r) => r.state)).toEqual([null, 'absent']);
    expect(rows.every((r) => r.extra === null)).toBe(true);
    store = Store.open(path);
  });

  it('round-trips: the absent row comes back with its state, the happening without one', () => {
    const doc = withAbsent();
    const run = store.beginRun({ codeVersion: 't', inputs: [] });
    store.saveVersion(doc, run);
    store.finishRun(run, { counts: {}, errors: [] });
    const back = store.rows('events');
    expect(back).toEqual(doc.events);
    expect(back[0]).not.toHaveProperty('state');
    expect(back[1]!.state).toBe('absent');
    expect(Object.keys(back[1]!)).toEqual(Object.keys(doc.events[1]!));
  });

  it('exports the state only on the rows that have one, the same bytes every time', () => {
    const run = store.beginRun({ codeVersion: 't', inputs: [] });
    store.saveVersion(withAbsent(), run);
    store.finishRun(run, { counts: {}, errors: [] });
    const a = join(dir, 'a');
    const b = join(dir, 'b');
    exportTables(store, a, ['jsonl', 'csv']);
    exportTables(store, b, ['jsonl', 'csv']);
    const jsonl = readFileSync(join(a, 'events.jsonl'), 'utf8');
    expect(jsonl).toBe(readFileSync(join(b, 'events.jsonl'), 'utf8'));
    const lines = jsonl.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.state)).toEqual([undefined, 'absent']);
    const csv = readFileSync(join(a, 'events.csv'), 'utf8');
    expect(csv.split('\n')[0]!.split(',').pop()).toBe('state');
    expect(csv).toBe(readFileSync(join(b, 'events.csv'), 'utf8'));
  });
});
