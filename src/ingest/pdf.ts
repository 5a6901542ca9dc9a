/**
 * PDF text extraction with pdf-parse v2: the text of each page (pdf-parse's joined `text`
 * carries its own "-- 1 of 2 --" markers, so only the per-page texts are used), and clear
 * reasons for the files that cannot be read.
 */
import { columnText, toTextItems } from './layout.js';

type PdfParseModule = typeof import('pdf-parse');

let loading: Promise<PdfParseModule> | null = null;

/**
 * pdf-parse, loaded on the first PDF. Its bundled pdf.js (legacy build) installs core-js
 * polyfills over built-ins at load time; two of them slow down the whole process, so the
 * native ones are put back: Array.prototype.push (about 8x slower when polyfilled, and every
 * stage pushes) and JSON.parse. Both polyfills only add standard behaviour that Node 20 has.
 */
export function loadPdfParse(): Promise<PdfParseModule> {
  if (loading === null) {
    const push = Array.prototype.push;
    const parse = JSON.parse;
    const restore = (): void => {
      if (Array.prototype.push !== push) {
        Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false });
      }
      if (JSON.parse !== parse) JSON.parse = parse;
    };
    loading = import('pdf-parse').then(
      (m) => {
        restore();
        return m;
      },
      (err: unknown) => {
        restore();
        loading = null;
        throw err;
      },
    );
  }
  return loading;
}

export type PdfResult = { ok: true; pages: string[] } | { ok: false; reason: string };

const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const EOF_MARK = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

function indexOfBytes(hay: Uint8Array, needle: number[], from: number, to: number): number {
  const last = Math.min(to, hay.length) - needle.length;
  outer: for (let i = Math.max(0, from); i <= last; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** Checks that need no parser: the %PDF- header (within the first 1 KiB) and the %%EOF trailer. */
export function checkPdfBytes(bytes: Uint8Array): string | null {
  if (indexOfBytes(bytes, HEADER, 0, 1024) === -1) return 'not a PDF (no %PDF- header)';
  // The trailer's %%EOF marker sits at the very end; allow some trailing junk as readers do.
  if (indexOfBytes(bytes, EOF_MARK, bytes.length - 2048, bytes.length) === -1) {
    return 'truncated PDF (no %%EOF marker at the end of the file)';
  }
  return null;
}

function errorName(err: unknown): string {
  if (err && typeof err === 'object') {
    const n = (err as { name?: unknown }).name;
    if (typeof n === 'string') return n;
  }
  return '';
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

interface PdfPageLike {
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup?(): unknown;
}
interface PdfDocLike {
  getPage(n: number): Promise<PdfPageLike>;
}

/**
 * Pages laid out in two columns, read column by column (see layout.ts). Uses the pdf.js
 * document that pdf-parse has loaded (its `doc` field: not public API, hence the checks; when
 * it is missing the pages keep pdf-parse's text).
 */
async function readColumns(parser: object, nums: number[], pages: string[]): Promise<void> {
  const doc = (parser as { doc?: unknown }).doc as PdfDocLike | undefined;
  if (!doc || typeof doc.getPage !== 'function') return;
  for (let i = 0; i < nums.length; i++) {
    if (pages[i]!.trim() === '') continue;
    try {
      const page = await doc.getPage(nums[i]!);
      const content = await page.getTextContent();
      const text = columnText(toTextItems(content.items));
      if (text !== null) pages[i] = text;
      page.cleanup?.();
    } catch {
      // Keep pdf-parse's text for this page.
    }
  }
}

/** Extract the text of every page, or the reason it cannot be done. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfResult> {
  const pre = checkPdfBytes(bytes);
  if (pre) return { ok: false, reason: pre };
  const { PDFParse, VerbosityLevel } = await loadPdfParse();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS });
  try {
    const result = await parser.getText();
    const sorted = [...result.pages].sort((a, b) => a.num - b.num);
    const pages = sorted.map((p) => p.text ?? '');
    await readColumns(parser, sorted.map((p) => p.num), pages);
    if (pages.length === 0) return { ok: false, reason: 'PDF has no pages' };
    if (pages.every((p) => p.trim().length === 0)) {
      return { ok: false, reason: 'no text layer (scanned PDF?)' };
    }
    return { ok: true, pages };
  } catch (err) {
    const name = errorName(err);
    if (name === 'PasswordException') return { ok: false, reason: 'encrypted PDF; cannot read text' };
    if (name === 'InvalidPDFException' || name === 'FormatError') {
      return { ok: false, reason: `starts with %PDF- but is not a valid PDF (${errorMessage(err)})` };
    }
    return { ok: false, reason: `cannot read PDF (${name ? name + ': ' : ''}${errorMessage(err)})` };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
