import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/core/types.js';
import { extractFigures } from '../../../src/extract/figures/index.js';
import { captionCore, cellNumber, unitOfLabel } from '../../../src/extract/figures/tables.js';
import { normalize } from '../../../src/normalize/index.js';
import { analyzeFile } from '../../../src/pipeline.js';
import { segment } from '../../../src/segment/index.js';

describe('table captions and cells', () => {
  it('reads the scale and unit a caption states', () => {
    expect(unitOfLabel('Table 1: Exports to the region (in millions of dollars)')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfLabel('Trade with neighbours (million dollars)')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfLabel('Gas deliveries (bcm)')).toEqual({ factor: 1e9, unit: 'm3' });
    expect(unitOfLabel('Cargo handled (thousand tons)')).toEqual({ factor: 1e3, unit: 't' });
    expect(unitOfLabel('Investment, USD million')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfLabel('Share of exports (%)')).toEqual({ factor: 1, unit: 'percent' });
    expect(unitOfLabel('Budget (€ billion)')).toEqual({ factor: 1e9, unit: 'EUR' });
    expect(unitOfLabel('Population (thousands)')).toEqual({ factor: 1e3, unit: 'number' });
    expect(unitOfLabel('Exports (USD m)')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfLabel('Track length m')).toBeNull();
    expect(unitOfLabel('Main trading partners')).toBeNull();
  });

  it('strips the label and the unit bracket from a caption', () => {
    expect(captionCore('**Table 2:** Cross-border freight flows (in millions of dollars)')).toBe('Cross-border freight flows');
    expect(captionCore('Azerbaijan’s trade with Central Asia (2011)')).toBe('Azerbaijan’s trade with Central Asia (2011)');
  });

  it('reads numeric cells and refuses the others', () => {
    expect(cellNumber('34272.5')).toEqual({ value: 34272.5, percent: false });
    expect(cellNumber(' 1,234 ')).toEqual({ value: 1234, percent: false });
    expect(cellNumber('-5.3')).toEqual({ value: -5.3, percent: false });
    expect(cellNumber('(12.0)')).toEqual({ value: -12, percent: false });
    expect(cellNumber('12%')).toEqual({ value: 12, percent: true });
    expect(cellNumber('n/a')).toBeNull();
    expect(cellNumber('Exports')).toBeNull();
    expect(cellNumber('')).toBeNull();
  });
});

// A markdown pipe table (caption, alignment row, outer pipes) in a brief of our own.
const pipeBrief =
  '# Fertiliser trade\n\nPublished 3 May 2024\n\n' +
  'Fertiliser shipments across the border rose again, according to customs data.\n\n' +
  '**Table 2:** Fertiliser trade with Kazakhstan (in millions of dollars)\n\n' +
  '| Year | Exports | Imports |\n|------|--------:|:-------:|\n| 2021 | 21.5 | 63.2 |\n| 2022 | 27.0 | 58.75 |\n\n' +
  'Source: customs service.\n';
const expected = [
  [21500000, '2021', '21.5'],
  [63200000, '2021', '63.2'],
  [27000000, '2022', '27.0'],
  [58750000, '2022', '58.75'],
];

describe('pipe-table cells as figures (real normalize and segment)', () => {
  const src: SourceDoc = { id: 'p.md', path: 'p.md', sha256: 'x', format: 'md', encoding: 'utf-8', text: pipeBrief, pages: [], bytes: pipeBrief.length };
  const ctx = { messages: [] };
  const doc = segment(normalize(src, ctx), ctx);
  const figs = extractFigures(doc, [], { value: '2024-05-03', method: 'header', span: null }, ctx).filter((f) => f.cell);

  it('gives one figure per numeric cell with the caption scale, measure and row year', () => {
    expect(figs.map((f) => [f.value, f.date?.value, f.text])).toEqual(expected);
    for (const f of figs) {
      expect(f.unit).toBe('USD');
      expect(doc.text.slice(f.span.start, f.span.end)).toBe(f.text);
      expect(f.measure).toMatch(/^Fertiliser trade with Kazakhstan, (Exports|Imports)$/);
    }
    expect(figs.filter((f) => f.measure!.endsWith('Imports')).map((f) => f.value)).toEqual([63200000, 58750000]);
  });
});

describe('pipe tables end to end through analyzeFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brieftrace-pipe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores one USD figure per cell, quoted from the source', async () => {
    const path = join(dir, 'fertiliser.md');
    writeFileSync(path, pipeBrief);
    const doc = await analyzeFile(path);
    const cells = doc.figures.filter((f) => f.unit === 'USD' && expected.some((e) => e[0] === f.value));
    expect(cells.map((f) => [f.value, f.date?.value, f.quote])).toEqual(expected);
    for (const f of cells) {
      expect(doc.source.text.slice(f.span.start, f.span.end)).toBe(f.quote);
      expect(f.quote).not.toContain('|');
      expect(pipeBrief.split('\n')[f.line - 1]).toContain(f.quote);
    }
  });

  it('reads a pipe table without outer pipes the same way', async () => {
    const path = join(dir, 'bare.md');
    const bare = pipeBrief.replace(
      /\| Year[^]*\|\n\n/,
      'Year | Exports | Imports\n--- | ---: | :---:\n2021 | 21.5 | 63.2\n2022 | 27.0 | 58.75\n\n',
    );
    expect(bare).not.toContain('| 2021 |');
    expect(bare).toContain('2021 | 21.5');
    writeFileSync(path, bare);
    const doc = await analyzeFile(path);
    const cells = doc.figures.filter((f) => f.unit === 'USD' && expected.some((e) => e[0] === f.value));
    expect(cells.map((f) => [f.value, f.date?.value, f.quote])).toEqual(expected);
  });
});
