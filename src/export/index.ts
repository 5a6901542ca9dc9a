/**
 * Export: writes the store's tables (events, figures, entities, mentions, claims) as
 * jsonl (one row per line), csv (header row; nested fields as JSON in a cell),
 * json (an array) and md (a markdown table). Each file is written atomically (temp + rename).
 * The same database gives byte-identical files.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ExportFormat, ExportTable } from '../core/types.js';

/** What export reads: the store's rows API (Store satisfies it). */
export interface RowSource {
  rows(table: ExportTable): Record<string, unknown>[];
}

export const EXPORT_TABLES: ExportTable[] = ['events', 'figures', 'entities', 'mentions', 'claims'];

const PROV = ['id', 'source', 'sha256', 'span', 'page', 'line', 'quote', 'rule'];

/** Column order per table (issue 2 "Export rows"); fields beyond these follow, in order of appearance. */
export const COLUMNS: Record<ExportTable, string[]> = {
  events: [...PROV, 'type', 'date', 'actors', 'where', 'trigger', 'planned'],
  figures: [...PROV, 'value', 'unit', 'approx', 'measure', 'date', 'entities', 'text'],
  entities: ['id', 'name', 'kind', 'aliases', 'mentions', 'sources'],
  mentions: [...PROV, 'entity'],
  claims: ['id', 'key', 'status', 'diagnosis', 'claims', 'preferred'],
};

export function columnsOf(table: ExportTable, rows: Record<string, unknown>[]): string[] {
  const cols = [...COLUMNS[table]];
  const known = new Set(cols);
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!known.has(k)) {
        known.add(k);
        cols.push(k);
      }
    }
  }
  return cols;
}

/** A cell as text: strings as they are, null/undefined empty, everything else JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function toJsonl(rows: Record<string, unknown>[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

export function toJson(rows: Record<string, unknown>[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

export function toCsv(table: ExportTable, rows: Record<string, unknown>[]): string {
  const cols = columnsOf(table, rows);
  const records = rows.map((r) => cols.map((c) => cellText(r[c])));
  return stringify([cols, ...records], { record_delimiter: '\n' });
}

/** Escapes a markdown table cell: pipes escaped, line breaks as <br>. Nothing is cut. */
export function mdCell(v: unknown): string {
  return cellText(v)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

export function toMarkdown(table: ExportTable, rows: Record<string, unknown>[]): string {
  const cols = columnsOf(table, rows);
  const lines = [
    `# ${table}`,
    '',
    `${rows.length} row${rows.length === 1 ? '' : 's'}.`,
    '',
    `| ${cols.join(' | ')} |`,
    `| ${cols.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cols.map((c) => mdCell(r[c])).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}

export function render(table: ExportTable, format: ExportFormat, rows: Record<string, unknown>[]): string {
  switch (format) {
    case 'jsonl':
      return toJsonl(rows);
    case 'json':
      return toJson(rows);
    case 'csv':
      return toCsv(table, rows);
    case 'md':
      return toMarkdown(table, rows);
    default:
      throw new Error(`unknown export format ${String(format)}`);
  }
}

/** Writes a file atomically: a temporary file in the same folder, then a rename. */
export function writeAtomic(file: string, content: string): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(tmp, content, 'utf8');
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** Writes every table in every format into outDir; returns the files written. */
export function exportTables(store: RowSource, outDir: string, formats: ExportFormat[]): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const uniqueFormats = [...new Set(formats)];
  for (const table of EXPORT_TABLES) {
    const rows = store.rows(table);
    for (const format of uniqueFormats) {
      const file = join(outDir, `${table}.${format}`);
      writeAtomic(file, render(table, format, rows));
      written.push(file);
    }
  }
  return written;
}
