import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError, ingest, listInputs, readInput } from '../../src/ingest/index.js';
import { decodeWindows1252 } from '../../src/ingest/decode.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { pageOf, toSourceSpan } from '../../src/core/span.js';
import { utf16 } from '../helpers/encode.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'brieftrace-ingest-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, data: Uint8Array | string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, data);
  return p;
}

async function load(name: string, data: Uint8Array | string) {
  return ingest(await readInput(await put(name, data)));
}

async function failure(name: string, data: Uint8Array | string): Promise<IngestError> {
  try {
    await load(name, data);
  } catch (err) {
    expect(err).toBeInstanceOf(IngestError);
    return err as IngestError;
  }
  throw new Error(`expected ${name} to fail`);
}

function makePdf(
  pages: string[],
  opts: PDFKit.PDFDocumentOptions = {},
  draw?: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ ...opts, compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    pages.forEach((p, i) => {
      if (i > 0) doc.addPage();
      if (p) doc.text(p);
      if (draw) draw(doc);
    });
    doc.end();
  });
}


describe('readInput', () => {
  it('identifies the file: id = file name, format, sha256 of the bytes', async () => {
    const p = await put('Brief One.TXT', 'Hello.\n');
    const raw = await readInput(p);
    expect(raw.id).toBe('Brief One.TXT');
    expect(raw.format).toBe('txt');
    expect(raw.path).toBe(p);
    expect(raw.bytes.length).toBe(7);
    expect(raw.sha256).toMatch(/^[0-9a-f]{64}$/);
    const again = await readInput(await put('copy.txt', 'Hello.\n'));
    expect(again.sha256).toBe(raw.sha256);
    const other = await readInput(await put('other.txt', 'Hello!\n'));
    expect(other.sha256).not.toBe(raw.sha256);
  });

  it('rejects a missing file and an unsupported type', async () => {
    await expect(readInput(join(dir, 'nope.txt'))).rejects.toThrow(/cannot read file: no such file/);
    await expect(readInput(await put('x.docx', 'x'))).rejects.toBeInstanceOf(IngestError);
  });
});

describe('ingest: text encodings', () => {
  it('UTF-8', async () => {
    const doc = await load('u8.txt', 'Türkiye – 5 September 2022\n');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toBe('Türkiye – 5 September 2022\n');
    expect(doc.pages).toEqual([]);
    expect(doc.format).toBe('txt');
  });

  it('UTF-8 with BOM: BOM dropped', async () => {
    const doc = await load('bom.md', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('# Title\n')]));
    expect(doc.encoding).toBe('utf-8-bom');
    expect(doc.text).toBe('# Title\n');
    expect(doc.format).toBe('md');
  });

  it('UTF-16 LE and BE with BOM', async () => {
    const s = 'Öncü signed it on 2 October 1995.\r\nNext “line”.';
    const le = await load('le.txt', utf16(s, false));
    expect(le.encoding).toBe('utf-16le');
    expect(le.text).toBe(s);
    const be = await load('be.txt', utf16(s, true));
    expect(be.encoding).toBe('utf-16be');
    expect(be.text).toBe(s);
  });

  it('UTF-16 LE and BE without a BOM, told by their zero bytes', async () => {
    const s = 'Öncü signed it on 2 October 1995.\nNext line.';
    const le = await load('le-nobom.txt', utf16(s, false).subarray(2));
    expect(le.encoding).toBe('utf-16le');
    expect(le.text).toBe(s);
    const be = await load('be-nobom.txt', utf16(s, true).subarray(2));
    expect(be.encoding).toBe('utf-16be');
    expect(be.text).toBe(s);
  });

  it('invalid UTF-8 falls back to Windows-1252', async () => {
    // “Baku” – caf\xe9 €5 in cp1252
    const bytes = new Uint8Array([0x93, 0x42, 0x61, 0x6b, 0x75, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]);
    const doc = await load('cp.txt', bytes);
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.text).toBe('\u201cBaku\u201d \u2013 café €5');
  });

  it('windows-1252 decoder maps every byte to one code unit', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const s = decodeWindows1252(all);
    expect(s.length).toBe(256);
    expect(s.charCodeAt(0x41)).toBe(0x41);
    expect(s.charCodeAt(0x85)).toBe(0x2026);
    expect(s.charCodeAt(0xff)).toBe(0xff);
  });

  it('keeps CRLF as decoded', async () => {
    const doc = await load('crlf.txt', 'One line.\r\nTwo line.\r\n');
    expect(doc.text).toBe('One line.\r\nTwo line.\r\n');
    expect(doc.bytes).toBe(22);
  });
});

describe('ingest: bad text inputs', () => {
  it('empty file', async () => {
    expect((await failure('empty.txt', '')).reason).toBe('empty file');
    expect((await failure('bomonly.txt', new Uint8Array([0xef, 0xbb, 0xbf]))).reason).toBe('empty file');
  });
  it('whitespace only', async () => {
    expect((await failure('ws.md', ' \n\t\r\n  \n')).reason).toMatch(/only whitespace/);
  });
  it('NUL bytes in a text file', async () => {
    const e = await failure('nul.txt', new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43]));
    expect(e.reason).toBe('binary data (NUL bytes) in a text file');
    expect(e.file).toMatch(/nul\.txt$/);
    expect(e.message).toContain('nul.txt');
  });
  it('control characters in a text file', async () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect((await failure('ctl.txt', bytes)).reason).toMatch(/binary data/);
  });
});

describe('ingest: PDF', () => {
  const page1 = 'First page of the brief.\nIt was signed on 2 October 1995.';
  const page2 = 'Second page: trade reached 2.5 million tons.';
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await makePdf([page1, page2], { info: { Title: 'Test brief' } });
  });

  it('reads back two pages with the page boundaries right', async () => {
    const doc = await load('two.pdf', pdf);
    expect(doc.format).toBe('pdf');
    expect(doc.encoding).toBe('pdf');
    expect(doc.pages).toHaveLength(2);
    const [p1, p2] = doc.pages;
    expect(p1!.page).toBe(1);
    expect(p2!.page).toBe(2);
    expect(p1!.start).toBe(0);
    expect(doc.text[p1!.end]).toBe('\f');
    expect(p2!.start).toBe(p1!.end + 1);
    expect(p2!.end).toBe(doc.text.length);
    const t1 = doc.text.slice(p1!.start, p1!.end);
    const t2 = doc.text.slice(p2!.start, p2!.end);
    expect(t1).toContain('First page of the brief.');
    expect(t1).toContain('2 October 1995');
    expect(t1).not.toContain('Second page');
    expect(t2).toContain('Second page: trade reached 2.5 million tons.');
    expect(doc.text).not.toMatch(/-- \d+ of \d+ --/);
    expect(doc.text.split('\f')).toHaveLength(2);
  });

  it('flows through normalize and segment with page numbers for every sentence', async () => {
    const doc = await load('flow.pdf', pdf);
    const ctx = { messages: [] };
    const seg = segment(normalize(doc, ctx), ctx);
    const found = seg.sentences.map((s) => {
      const span = toSourceSpan(seg, s.span);
      return { quote: doc.text.slice(span.start, span.end), page: pageOf(doc.pages, span.start) };
    });
    expect(found).toContainEqual({ quote: 'First page of the brief.', page: 1 });
    expect(found).toContainEqual({ quote: 'Second page: trade reached 2.5 million tons.', page: 2 });
  });

  it('a truncated copy fails clearly', async () => {
    const half = pdf.subarray(0, Math.floor(pdf.length / 2));
    expect((await failure('trunc.pdf', half)).reason).toMatch(/truncated PDF/);
  });

  it('a copy with its middle cut out fails clearly', async () => {
    const cut = Buffer.concat([pdf.subarray(0, 400), pdf.subarray(pdf.length - 200)]);
    const e = await failure('cut.pdf', cut);
    expect(e.reason).toMatch(/PDF/);
  });

  it('random bytes named .pdf', async () => {
    const bytes = new Uint8Array(512).map((_, i) => (i * 7919 + 13) % 256);
    expect((await failure('random.pdf', bytes)).reason).toBe('not a PDF (no %PDF- header)');
  });

  it('starts with %PDF- but is not a PDF', async () => {
    const e = await failure('fake.pdf', '%PDF-1.4\nthis is just text pretending\n%%EOF\n');
    expect(e.reason).toMatch(/starts with %PDF- but is not a valid PDF/);
  });

  it('encrypted PDF', async () => {
    const enc = await makePdf(['Secret text.'], { userPassword: 'secret', pdfVersion: '1.7' });
    expect((await failure('enc.pdf', enc)).reason).toBe('encrypted PDF; cannot read text');
  });

  it('PDF with no text layer', async () => {
    const scanned = await makePdf(['', ''], {}, (doc) => {
      doc.rect(50, 50, 200, 300).fill('#777777');
    });
    expect((await failure('scan.pdf', scanned)).reason).toBe('no text layer (scanned PDF?)');
  });

  it('empty .pdf file', async () => {
    expect((await failure('empty.pdf', '')).reason).toBe('empty file');
  });
});

describe('listInputs', () => {
  it('expands folders recursively, sorted, skipping hidden and other types', async () => {
    const root = join(dir, 'corpus');
    await mkdir(join(root, 'b-sub', 'deeper'), { recursive: true });
    await mkdir(join(root, '.hidden-dir'), { recursive: true });
    await writeFile(join(root, 'z.txt'), 'z');
    await writeFile(join(root, 'a.MD'), 'a');
    await writeFile(join(root, 'c.pdf'), 'c');
    await writeFile(join(root, 'notes.docx'), 'x');
    await writeFile(join(root, '.secret.txt'), 's');
    await writeFile(join(root, '.hidden-dir', 'in.txt'), 'h');
    await writeFile(join(root, 'b-sub', 'm.txt'), 'm');
    await writeFile(join(root, 'b-sub', 'deeper', 'n.md'), 'n');
    const { files, errors, skipped } = await listInputs([root]);
    expect(errors).toEqual([]);
    expect(skipped).toEqual([join(root, 'notes.docx')]);
    expect(files).toEqual([
      join(root, 'a.MD'),
      join(root, 'b-sub', 'deeper', 'n.md'),
      join(root, 'b-sub', 'm.txt'),
      join(root, 'c.pdf'),
      join(root, 'z.txt'),
    ]);
  });

  it('keeps explicit files, reports unsupported and missing paths, no duplicates', async () => {
    const a = await put('keep.txt', 'k');
    const bad = await put('sheet.xlsx', 'x');
    const missing = join(dir, 'missing.md');
    const { files, errors } = await listInputs([a, bad, missing, a]);
    expect(files).toEqual([a]);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toEqual({ file: bad, reason: expect.stringMatching(/unsupported file type \.xlsx/) });
    expect(errors[1]).toEqual({ file: missing, reason: 'no such file or folder' });
  });
});

describe('ingest: properties', () => {
  it('arbitrary bytes as .txt either decode or fail with an IngestError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.constantFrom('txt', 'md'), async (bytes, format) => {
        try {
          const doc = await ingest({ id: 'x', path: 'x', format: format as 'txt' | 'md', bytes, sha256: 'x' });
          expect(doc.text.trim().length).toBeGreaterThan(0);
          expect(doc.text).not.toContain('\u0000');
          expect(doc.pages).toEqual([]);
        } catch (err) {
          expect(err).toBeInstanceOf(IngestError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes as .pdf fail with an IngestError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), async (bytes, header) => {
        const data = header ? new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...bytes, ...Buffer.from('\n%%EOF\n')]) : bytes;
        await expect(ingest({ id: 'x.pdf', path: 'x.pdf', format: 'pdf', bytes: data, sha256: 'x' })).rejects.toBeInstanceOf(IngestError);
      }),
      { numRuns: 40 },
    );
  });
});
