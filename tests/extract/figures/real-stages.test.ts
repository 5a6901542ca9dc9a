/** extractFigures over a document made by the real normalize and segment stages. */
import { describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/core/types.js';
import { extractFigures } from '../../../src/extract/figures/index.js';
import { normalize } from '../../../src/normalize/index.js';
import { segment } from '../../../src/segment/index.js';

const text =
  '## Trade with Georgia\n\nIn 2020, sales from Armenia to Iran were $47.3\nmillion. Today, 140 companies operate there.\n\n' +
  '**Table 1:** Goods exchanged by the partners (in millions of dollars)\n\n' +
  'Years\tExports\tImports\n2019\t34.5\t107.8\n2020\t46.6\t99.0\n\nSource: national statistics.\n';

describe('extractFigures on a normalized, segmented document', () => {
  const src: SourceDoc = { id: 't.md', path: 't.md', sha256: 'x', format: 'md', encoding: 'utf-8', text, pages: [], bytes: text.length };
  const ctx = { messages: [] };
  const doc = segment(normalize(src, ctx), ctx);
  const figs = extractFigures(doc, [], { value: '2023', method: 'header', span: null }, ctx);

  it('reads the prose figures (one split over a line break)', () => {
    const prose = figs.filter((f) => !f.cell);
    expect(prose.map((f) => [f.value, f.unit])).toEqual([
      [47300000, 'USD'],
      [140, 'count'],
    ]);
    expect(prose[0]!.measure).toBe('sales from Armenia to Iran');
    expect(prose[1]!.date).toMatchObject({ value: '2023', inferred: true });
  });

  it('reads every numeric cell with the caption scale, the column as measure and the row year', () => {
    const cells = figs.filter((f) => f.cell);
    expect(cells.map((f) => [f.text, f.value, f.unit, f.date?.value])).toEqual([
      ['34.5', 34500000, 'USD', '2019'],
      ['107.8', 107800000, 'USD', '2019'],
      ['46.6', 46600000, 'USD', '2020'],
      ['99.0', 99000000, 'USD', '2020'],
    ]);
    expect(cells[1]!.measure).toBe('Goods exchanged by the partners, Imports');
    for (const f of figs) expect(doc.text.slice(f.span.start, f.span.end)).toBe(f.text);
  });
});

describe('extractFigures on a plain-text (PDF-style) table with space-aligned columns', () => {
  const text =
    'Freight rose again in the review period, as the table shows.\n\n' +
    'Table 2: Freight volumes by corridor (million tonnes)\n' +
    'Corridor              2022      2023\n' +
    'Northern route        12.4      13.1\n' +
    'Middle Corridor        1.7       3.2\n\n' +
    'Prices rose by .5% in March.\n';
  const src: SourceDoc = { id: 'p.txt', path: 'p.txt', sha256: 'x', format: 'txt', encoding: 'utf-8', text, pages: [], bytes: text.length };
  const ctx = { messages: [] };
  const n = normalize(src, ctx);
  const doc = segment(n, ctx);
  const figs = extractFigures(doc, [], { value: '2024', method: 'header', span: null }, ctx);

  it('gives one figure per cell, with the caption unit, the row label as measure and the column year', () => {
    const cells = figs.filter((f) => f.cell);
    expect(cells.map((f) => [f.text, f.value, f.unit, f.date?.value, f.measure])).toEqual([
      ['12.4', 12.4e6, 't', '2022', 'Freight volumes by corridor, Northern route'],
      ['13.1', 13.1e6, 't', '2023', 'Freight volumes by corridor, Northern route'],
      ['1.7', 1.7e6, 't', '2022', 'Freight volumes by corridor, Middle Corridor'],
      ['3.2', 3.2e6, 't', '2023', 'Freight volumes by corridor, Middle Corridor'],
    ]);
    // each cell's span slices the original text exactly
    for (const f of cells) expect(text.slice(n.srcStart[f.span.start]!, n.srcEnd[f.span.end - 1]!)).toBe(f.text);
  });

  it('reads a percentage written without its leading zero', () => {
    const prose = figs.filter((f) => !f.cell);
    expect(prose.map((f) => [f.text, f.value, f.unit])).toEqual([['.5%', 0.5, 'percent']]);
  });
});
