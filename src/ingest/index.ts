/**
 * Stage 1: ingest. Finds input files, reads their bytes (the only I/O of the front stages),
 * and decodes them into a SourceDoc: the original text every span of the pipeline points into.
 *
 *   listInputs(paths)  -> the files to read (folders expanded) and the paths that cannot be used
 *   readInput(path)    -> RawInput {id, path, format, bytes, sha256}
 *   ingest(raw)        -> SourceDoc (text decoded; PDF pages joined by "\f" with page boundaries)
 *
 * Every failure is an IngestError with the file and a reason a user can act on.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { PageInfo, RawInput, SourceDoc, SourceFormat } from '../core/types.js';
import { controlRatio, decodeText, sniffUtf16 } from './decode.js';
import { readPdfPages } from './pdf.js';

export { decodeText, decodeWindows1252 } from './decode.js';

/** A file that cannot be ingested, with the reason. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'IngestError';
  }
}

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.pdf', '.txt', '.md'];

/** The source format of a path from its extension (case-insensitive), or null. */
export function formatOf(path: string): SourceFormat | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf') return 'pdf';
  if (ext === '.txt') return 'txt';
  if (ext === '.md') return 'md';
  return null;
}

function describeError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return err instanceof Error ? err.message : String(err);
}

async function walk(dir: string, out: string[], skipped: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      await walk(full, out, skipped);
    } else if (e.isFile() || e.isSymbolicLink()) {
      if (formatOf(e.name) === null) {
        skipped.push(full);
        continue;
      }
      if (e.isSymbolicLink()) {
        const st = await stat(full).catch(() => null);
        if (!st?.isFile()) continue;
      }
      out.push(full);
    }
  }
}

/**
 * Expand the given paths into the files to ingest. Folders are walked recursively in name
 * order; hidden entries are skipped, and files of other types inside folders are skipped and
 * listed in `skipped` (not errors: a folder of briefs may hold other files). An explicit file of
 * an unsupported type, or a path that does not exist, is reported in errors. Each file appears
 * once, in the order found.
 */
export async function listInputs(
  paths: string[],
): Promise<{ files: string[]; errors: { file: string; reason: string }[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  const errors: { file: string; reason: string }[] = [];
  const seen = new Set<string>();
  const add = (f: string): void => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = await stat(p);
    } catch (err) {
      errors.push({ file: p, reason: describeError(err) });
      continue;
    }
    if (st.isDirectory()) {
      const found: string[] = [];
      try {
        await walk(p, found, skipped);
      } catch (err) {
        errors.push({ file: p, reason: `cannot read folder: ${describeError(err)}` });
        continue;
      }
      found.forEach(add);
    } else if (st.isFile()) {
      if (formatOf(p) === null) {
        const ext = extname(p) || '(none)';
        errors.push({
          file: p,
          reason: `unsupported file type ${ext} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
        });
      } else {
        add(p);
      }
    } else {
      errors.push({ file: p, reason: 'not a regular file or folder' });
    }
  }
  return { files, errors, skipped };
}

/** Read a file's bytes and identify it (id = file name, sha256 of the bytes). */
export async function readInput(path: string): Promise<RawInput> {
  const format = formatOf(path);
  if (format === null) {
    throw new IngestError(
      path,
      `unsupported file type ${extname(path) || '(none)'} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
    );
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    throw new IngestError(path, `cannot read file: ${describeError(err)}`);
  }
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { id: basename(path), path, format, bytes, sha256 };
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.indexOf(0) !== -1;
}

function ingestText(raw: RawInput): SourceDoc {
  const bytes = raw.bytes;
  const bom =
    (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) ||
    sniffUtf16(bytes) !== null;
  if (!bom && hasNul(bytes)) {
    throw new IngestError(raw.path, 'binary data (NUL bytes) in a text file');
  }
  if (!bom && bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') {
    throw new IngestError(raw.path, `a PDF file named .${raw.format}; rename it to .pdf`);
  }
  const { text, encoding } = decodeText(bytes);
  if (text.length === 0) throw new IngestError(raw.path, 'empty file');
  if (text.includes('\u0000')) {
    throw new IngestError(raw.path, 'binary data (NUL characters) in a text file');
  }
  if (controlRatio(text) > 0.01) {
    throw new IngestError(raw.path, 'binary data (control characters) in a text file');
  }
  if (text.trim().length === 0) throw new IngestError(raw.path, 'file contains only whitespace');
  return {
    id: raw.id,
    path: raw.path,
    sha256: raw.sha256,
    format: raw.format,
    encoding,
    text,
    pages: [],
    bytes: bytes.length,
  };
}

async function ingestPdf(raw: RawInput): Promise<SourceDoc> {
  const result = await readPdfPages(raw.bytes);
  if (!result.ok) throw new IngestError(raw.path, result.reason);
  const pages: PageInfo[] = [];
  let text = '';
  result.pages.forEach((pageText, i) => {
    if (i > 0) text += '\f';
    const start = text.length;
    text += pageText;
    pages.push({ page: i + 1, start, end: text.length });
  });
  return {
    id: raw.id,
    path: raw.path,
    sha256: raw.sha256,
    format: 'pdf',
    encoding: 'pdf',
    text,
    pages,
    bytes: raw.bytes.length,
  };
}

/** Decode a raw input into the source document. Throws IngestError. */
export async function ingest(raw: RawInput): Promise<SourceDoc> {
  if (raw.bytes.length === 0) throw new IngestError(raw.path, 'empty file');
  if (raw.format === 'pdf') return ingestPdf(raw);
  return ingestText(raw);
}
