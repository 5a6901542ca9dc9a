/**
 * PDFs against text: PDFs generated with pdfkit from a text fixture (one column; two columns;
 * running header and footer with page numbers; a word hyphenated at a line end) give the same
 * facts as the fixture read as a .txt, page numbers aside; the page of every row is the page
 * its quote is printed on; running headers, footers and page numbers are not in the
 * normalized text; a PDF without a text layer is reported as such.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawInput, ResolvedDoc, SourceFormat } from '../../src/core/types.js';
import { IngestError, ingest } from '../../src/ingest/index.js';
import { normalize } from '../../src/normalize/index.js';
import { analyzeRaw, makeContext } from '../../src/pipeline.js';
import { renderPdf } from './helpers.js';

const FIXTURE = readFileSync(new URL('./fixtures/brief.txt', import.meta.url), 'utf8');
const PARAS = FIXTURE.trim().split(/\n\n+/);
const HEADER = 'Southern Cone Water Brief - June 2021';

function raw(id: string, format: SourceFormat, bytes: Uint8Array): RawInput {
  return { id, path: id, format, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Quote text with whitespace and hyphens removed (PDF line breaks and de-hyphenation aside),
 * and without the running head and page numbers: a quote is a slice of the original text, so
 * a fact whose span crosses a page break quotes the page furniture printed between its parts.
 */
const squash = (s: string): string =>
  s.split(HEADER).join(' ').replace(/\bPage \d+\b/g, ' ').replace(/[\s\u00ad-]+/g, '').toLowerCase();

/** The facts of a document, without positions or pages, sorted. */
function facts(doc: ResolvedDoc): string[] {
  return [
    ...doc.events.map((e) => `event|${e.type}|${e.date.value}|${squash(e.quote)}`),
    ...doc.figures.map((f) => `figure|${JSON.stringify(f.value)}|${f.unit}|${squash(f.quote)}`),
    ...doc.mentions.map((m) => `mention|${m.entity}|${squash(m.quote)}`),
  ].sort();
}

/** Equal as multisets; on failure, shows only the facts missing and the facts in excess. */
function expectSameFacts(got: string[], want: string[]): void {
  const left = [...want];
  const extra: string[] = [];
  for (const f of got) {
    const k = left.indexOf(f);
    if (k === -1) extra.push(f);
    else left.splice(k, 1);
  }
  expect({ missing: left, extra }).toEqual({ missing: [], extra: [] });
}

/** Each fact of the text, repeated `times` (a PDF that prints the fixture several times). */
function repeated(list: string[], times: number): string[] {
  return list.flatMap((f) => Array<string>(times).fill(f)).sort();
}

/** Every row's page is the page where its quote starts; every row's span slices to its quote. */
function checkPages(doc: ResolvedDoc): Set<number> {
  const seen = new Set<number>();
  for (const row of [...doc.events, ...doc.figures, ...doc.mentions]) {
    expect(doc.source.text.slice(row.span.start, row.span.end)).toBe(row.quote);
    expect(row.page).not.toBeNull();
    const page = doc.source.pages.find((p) => p.page === row.page)!;
    // The page where the quote starts (a quote may run on over a page break).
    expect(page.start <= row.span.start && row.span.start < page.end, `${row.quote} on page ${row.page}`).toBe(true);
    seen.add(row.page!);
  }
  return seen;
}

/** Draws a running header, and a footer with the page number, on every page. */
function withRunningHeads(doc: PDFKit.PDFDocument): void {
  let n = 0;
  const decorate = (): void => {
    n++;
    const { x, y } = doc;
    doc.fontSize(8);
    doc.text(HEADER, 72, 36, { lineBreak: false });
    doc.text(`Page ${n}`, doc.page.width / 2 - 15, doc.page.height - 40, { lineBreak: false });
    doc.fontSize(12);
    doc.x = x;
    doc.y = y;
  };
  doc.on('pageAdded', decorate);
  decorate();
}

let txtFacts: string[];

beforeAll(async () => {
  txtFacts = facts(await analyzeRaw(raw('brief.txt', 'txt', Buffer.from(FIXTURE))));
  expect(txtFacts.filter((f) => f.startsWith('event|')).length).toBeGreaterThanOrEqual(3);
  expect(txtFacts.filter((f) => f.startsWith('figure|')).length).toBeGreaterThanOrEqual(4);
  expect(txtFacts.filter((f) => f.startsWith('mention|')).length).toBeGreaterThanOrEqual(5);
});

describe('PDF facts equal text facts', () => {
  it('one column', async () => {
    const pdf = await renderPdf((doc) => {
      doc.fontSize(12).text(PARAS.join('\n\n'));
    });
    const doc = await analyzeRaw(raw('one.pdf', 'pdf', pdf));
    expectSameFacts(facts(doc), txtFacts);
    expect(checkPages(doc)).toEqual(new Set([1]));
  });

  it('two columns', async () => {
    const pdf = await renderPdf((doc) => {
      doc.fontSize(10).text(PARAS.join('\n\n'), { columns: 2, columnGap: 18 });
    });
    const doc = await analyzeRaw(raw('two.pdf', 'pdf', pdf));
    expectSameFacts(facts(doc), txtFacts);
    checkPages(doc);
  });

  it('two columns drawn row by row (a line of the left column, then one of the right)', async () => {
    const pdf = await renderPdf((doc) => {
      doc.fontSize(10);
      const colW = 220;
      const lines: string[] = [];
      for (const p of PARAS) {
        let cur = '';
        for (const w of p.split(' ')) {
          const t = cur ? `${cur} ${w}` : w;
          if (doc.widthOfString(t) > colW) {
            lines.push(cur);
            cur = w;
          } else cur = t;
        }
        lines.push(cur, '');
      }
      const half = Math.ceil(lines.length / 2);
      for (let i = 0; i < half; i++) {
        const l = lines[i];
        const r = lines[half + i];
        if (l) doc.text(l, 72, 72 + i * 13, { lineBreak: false });
        if (r) doc.text(r, 72 + colW + 24, 72 + i * 13, { lineBreak: false });
      }
    });
    const doc = await analyzeRaw(raw('rows.pdf', 'pdf', pdf));
    // Read in column order: the first paragraph's lines follow each other.
    expect(doc.source.text).toMatch(/Chile and Argentina\nreturned|Chile and\nArgentina returned/);
    expectSameFacts(facts(doc), txtFacts);
    checkPages(doc);
  });

  it('running header, footer and page numbers on every page (three pages)', async () => {
    const pdf = await renderPdf((doc) => {
      withRunningHeads(doc);
      // Large type, the fixture three times: the text runs over several pages.
      doc.fontSize(15).text([...PARAS, ...PARAS, ...PARAS].join('\n\n'));
    });
    const doc = await analyzeRaw(raw('heads.pdf', 'pdf', pdf));
    expect(doc.source.pages.length).toBeGreaterThanOrEqual(3);
    expect(doc.source.text).toContain(HEADER);
    expectSameFacts(facts(doc), repeated(txtFacts, 3));
    const pages = checkPages(doc);
    for (let p = 1; p <= doc.source.pages.length; p++) expect(pages.has(p), `facts on page ${p}`).toBe(true);
  });

  it('a word hyphenated at a line end', async () => {
    const target = 'monitoring agency';
    expect(FIXTURE).toContain(target);
    const pdf = await renderPdf((doc) => {
      // A forced line break inside "monitoring": "moni-" ends a line, "toring" starts the next.
      doc.fontSize(12).text(PARAS.join('\n\n').replace(target, 'moni-\ntoring agency'));
    });
    const doc = await analyzeRaw(raw('hyph.pdf', 'pdf', pdf));
    expect(doc.source.text).toMatch(/moni-\ntoring/);
    expectSameFacts(facts(doc), txtFacts);
    const norm = normalize(doc.source, makeContext());
    expect(norm.text).toContain('joint monitoring agency');
  });
});

describe('page furniture', () => {
  it('running headers, footers and page numbers are dropped from the normalized text', async () => {
    const pdf = await renderPdf((doc) => {
      withRunningHeads(doc);
      doc.fontSize(15).text([...PARAS, ...PARAS].join('\n\n'));
    });
    const src = await ingest(raw('furniture.pdf', 'pdf', pdf));
    expect(src.pages.length).toBeGreaterThanOrEqual(2);
    expect(src.text.split(HEADER).length - 1).toBe(src.pages.length);
    const norm = normalize(src, makeContext()).text;
    expect(norm).not.toContain(HEADER);
    expect(norm).not.toMatch(/Page \d/);
    // The body text is all there.
    for (const para of PARAS) expect(squash(norm)).toContain(squash(para));
  });

  it('a repeated line that is body text in mid-page stays', async () => {
    const line = 'Chile and Argentina share the rivers.';
    const pdf = await renderPdf((doc) => {
      doc.fontSize(12).text(`${PARAS[1]}\n\n${line}\n\n${PARAS[2]}`);
      doc.addPage();
      doc.text(`${PARAS[3]}\n\n${line}\n\n${PARAS[4]}`);
    });
    const src = await ingest(raw('body.pdf', 'pdf', pdf));
    const norm = normalize(src, makeContext()).text;
    expect(norm.split(line).length - 1).toBe(2);
  });

  it('form feeds inside a text file are page breaks, not characters', async () => {
    const text = PARAS.slice(0, 3).join('\n\n') + '\n\f' + PARAS.slice(3).join('\n\n') + '\n';
    const doc = await analyzeRaw(raw('ff.txt', 'txt', Buffer.from(text)));
    expectSameFacts(facts(doc), txtFacts);
    const norm = normalize(doc.source, makeContext()).text;
    expect(norm).not.toContain('\f');
  });
});

describe('a PDF without a text layer', () => {
  it('is reported as such, not stored as empty', async () => {
    const pdf = await renderPdf((doc) => {
      doc.rect(72, 72, 400, 500).fill('#999999');
      doc.addPage();
      doc.circle(200, 200, 80).fill('#333333');
    });
    const err = await ingest(raw('scan.pdf', 'pdf', pdf)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).reason).toMatch(/no text layer/);
  });
});
