/**
 * Shared helpers of the robustness tests: PDF generation with pdfkit, a read-only look into
 * a database (integrity check, the facts of every current source version).
 */
import { copyFileSync, cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import PDFDocument from 'pdfkit';

/** Render a PDF in memory. `draw` gets the document and writes every page itself. */
export function renderPdf(
  draw: (doc: PDFKit.PDFDocument) => void,
  opts: PDFKit.PDFDocumentOptions = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ compress: false, ...opts });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A simple one-page PDF holding the given text. */
export function textPdf(text: string, opts: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return renderPdf((doc) => {
    doc.text(text);
  }, opts);
}

export const TABLES = [
  'runs',
  'sources',
  'source_versions',
  'entities',
  'mentions',
  'events',
  'figures',
  'claims',
  'claim_evidence',
];

export interface FactCounts {
  events: number;
  figures: number;
  mentions: number;
}

export interface DbState {
  integrity: string;
  tables: string[];
  /** Current version of each source: its sha256 and row counts. */
  current: Map<string, { sha256: string; encoding: string; text: string } & FactCounts>;
  /** Every stored version (current or not), by id. */
  versions: { id: number; source: string; sha256: string; counts: FactCounts }[];
}

/** Opens the database read-only and describes it. */
export function inspectDb(file: string): DbState {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
      .map((r) => r.name)
      .sort();
    const count = (table: string, version: number): number =>
      (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE version_id = ?`).get(version) as { n: number }).n;
    const versions = (
      db.prepare('SELECT id, source_id, sha256 FROM source_versions ORDER BY id').all() as {
        id: number;
        source_id: string;
        sha256: string;
      }[]
    ).map((v) => ({
      id: v.id,
      source: v.source_id,
      sha256: v.sha256,
      counts: { events: count('events', v.id), figures: count('figures', v.id), mentions: count('mentions', v.id) },
    }));
    const current = new Map<string, { sha256: string; encoding: string; text: string } & FactCounts>();
    const rows = db
      .prepare(
        'SELECT s.id AS source, v.id AS vid, v.sha256, v.encoding, v.text FROM sources s ' +
          'JOIN source_versions v ON v.id = s.current_version WHERE s.retired = 0',
      )
      .all() as { source: string; vid: number; sha256: string; encoding: string; text: string }[];
    for (const r of rows) {
      current.set(r.source, {
        sha256: r.sha256,
        encoding: r.encoding,
        text: r.text,
        events: count('events', r.vid),
        figures: count('figures', r.vid),
        mentions: count('mentions', r.vid),
      });
    }
    return { integrity, tables, current, versions };
  } finally {
    db.close();
  }
}

export interface FactRow {
  kind: 'event' | 'figure';
  key: string;
  quote: string;
  start: number;
  end: number;
  page: number | null;
}

/** Events and figures of a source's current version, with their quotes. */
export function factsOf(file: string, source: string): FactRow[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const ev = db
      .prepare(
        'SELECT e.type, e.date_value, e.quote, e.span_start, e.span_end, e.page FROM events e ' +
          'JOIN sources s ON s.current_version = e.version_id WHERE s.id = ? ORDER BY e.span_start',
      )
      .all(source) as { type: string; date_value: string; quote: string; span_start: number; span_end: number; page: number | null }[];
    const fig = db
      .prepare(
        'SELECT f.value, f.unit, f.quote, f.span_start, f.span_end, f.page FROM figures f ' +
          'JOIN sources s ON s.current_version = f.version_id WHERE s.id = ? ORDER BY f.span_start',
      )
      .all(source) as { value: number | null; unit: string | null; quote: string; span_start: number; span_end: number; page: number | null }[];
    return [
      ...ev.map((r) => ({ kind: 'event' as const, key: `${r.type} ${r.date_value}`, quote: r.quote, start: r.span_start, end: r.span_end, page: r.page })),
      ...fig.map((r) => ({ kind: 'figure' as const, key: `${r.value} ${r.unit}`, quote: r.quote, start: r.span_start, end: r.span_end, page: r.page })),
    ];
  } finally {
    db.close();
  }
}

/** A deterministic pseudo-random byte generator (xorshift32). */
export function pseudoRandomBytes(n: number, seed = 0x9e3779b9): Uint8Array {
  let x = seed >>> 0 || 1;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * A private copy of the built command (dist/, package.json, a link to node_modules) in `into`,
 * so that a long test runs one build from start to end even when dist/ is rebuilt meanwhile.
 * Returns the path of its bin.js.
 */
export function snapshotBuild(repo: string, into: string): string {
  mkdirSync(into, { recursive: true });
  cpSync(join(repo, 'dist'), join(into, 'dist'), { recursive: true });
  copyFileSync(join(repo, 'package.json'), join(into, 'package.json'));
  symlinkSync(join(repo, 'node_modules'), join(into, 'node_modules'), 'dir');
  return join(into, 'dist', 'bin.js');
}
