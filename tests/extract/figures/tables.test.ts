import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceDoc } from '../../../src/core/types.js';
import { extractFigures, tableRules } from '../../../src/extract/figures/index.js';
import { captionCore, cellNumber, labelYear, pipeTableOf, readCell, unitOfLabel, unitOfRowLabel } from '../../../src/extract/figures/tables.js';
import { checkRuleSet } from '../../helpers/rules.js';
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

checkRuleSet(tableRules);

describe('cells with a qualifier and a period', () => {
  it('reads the qualifier, the number and the bracketed year or decade', () => {
    expect(readCell('about 1,250 (2019)')).toMatchObject({ value: 1250, approx: 'about', date: { value: '2019', granularity: 'year' } });
    expect(readCell('**~ 3.5** (1980s)')).toMatchObject({ value: 3.5, approx: 'about', date: { value: '198X', start: '1980-01-01', end: '1989-12-31' } });
    expect(readCell('over 12%')).toMatchObject({ value: 12, percent: true, approx: 'more_than', date: null });
    expect(readCell('0 (2011)')).toMatchObject({ value: 0, approx: null, date: { value: '2011' } });
    expect(readCell('(12.0)')).toMatchObject({ value: -12, date: null });
    expect(readCell('about (2019)')).toBeNull();
    expect(readCell('observer (2019)')).toBeNull();
    expect(readCell('about')).toBeNull();
    expect(readCell('2,400 (2024e)')).toMatchObject({ value: 2400, approx: 'about', date: { value: '2024' } });
    expect(readCell('1,250 (2019 est.)')).toMatchObject({ value: 1250, approx: 'about', date: { value: '2019' } });
    expect(readCell('11.2 (Apr 2024)')).toMatchObject({ value: 11.2, date: { value: '2024-04', granularity: 'month' } });
    expect(readCell('7 (September 2021)')).toMatchObject({ value: 7, date: { value: '2021-09' } });
    expect(readCell('48 (end 2023)')).toMatchObject({ value: 48, date: { value: '2023' } });
    expect(readCell('48 (plan 2023)')).toBeNull();
  });

  it('reads a cell that states its own unit', () => {
    expect(readCell('$4.2 billion (2023)')).toMatchObject({ value: 4.2e9, unit: 'USD', date: { value: '2023' } });
    expect(readCell('about 120 MW')).toMatchObject({ value: 1.2e8, unit: 'W', approx: 'about' });
    expect(readCell('12-15 km')).toMatchObject({ value: [12, 15], unit: 'km' });
    expect(readCell('12 km and 40 km')).toBeNull();
    expect(readCell('see note 12')).toBeNull();
    expect(readCell('Route 66')).toBeNull();
    expect(cellNumber('$4.2 billion')).toBeNull();
  });

  it('reads the unit a row label states in brackets or after a comma', () => {
    expect(unitOfRowLabel('Lake depth (m below the rim)')).toEqual({ factor: 1, unit: 'm' });
    expect(unitOfRowLabel('Licensed catch (tonnes)')).toEqual({ factor: 1, unit: 't' });
    expect(unitOfRowLabel('Gas sales (bcm)')).toEqual({ factor: 1e9, unit: 'm3' });
    expect(unitOfRowLabel('Grants (USD million)')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfRowLabel('Track laid, km')).toEqual({ factor: 1, unit: 'km' });
    expect(unitOfRowLabel('Transport (Trans-Caspian corridor)')).toBeNull();
    expect(unitOfRowLabel('Kazakhstan')).toBeNull();
    expect(unitOfRowLabel('Seats (a third of them vacant)')).toBeNull();
  });

  it('reads a year label, maybe marked as an estimate', () => {
    expect(labelYear('2023')).toBe('2023');
    expect(labelYear('**2021**')).toBe('2021');
    expect(labelYear('2024e')).toBe('2024');
    expect(labelYear('2025 (forecast)')).toBe('2025');
    expect(labelYear('2023*')).toBe('2023');
    expect(labelYear('Route 2023')).toBeNull();
    expect(labelYear('20234')).toBeNull();
  });

  it('reads a pipe table from a plain text', () => {
    const t = pipeTableOf('Caption here\n\n| A | B |\n|---|---|\n| x | 1 |\n| y | 2 |\n\nAfter.');
    expect(t?.caption).toBe('Caption here');
    expect(t?.header?.cells.map((c) => c.text)).toEqual(['A', 'B']);
    expect(t?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['x', '1'], ['y', '2']]);
    expect(pipeTableOf('No table at all.')).toBeNull();
  });
});

// a markdown brief of our own with an indicator table: units in the row labels, years in the cells
const indicatorBrief =
  '# Steppe lakes\n\nPublished 9 June 2024\n\nThe lakes keep shrinking.\n\n' +
  '**Table 3. Steppe lake indicators**\n\n' +
  '| Indicator | First survey | Last survey |\n|---|---|---|\n' +
  '| Water level (m above sea level) | 41.5 (1996) | 38.2 (2023) |\n' +
  '| Flamingo colony | about 12,000 (1980s) | about 3,500 (2022) |\n' +
  '| Reed harvest (tonnes) | 8,400 (2001) | 0 (2019) |\n' +
  '| Wells drilled | 17 (2005) | 64 (2023) |\n\nSource: survey office.\n';

describe('an indicator table end to end (real normalize and segment)', () => {
  const src: SourceDoc = { id: 'i.md', path: 'i.md', sha256: 'x', format: 'md', encoding: 'utf-8', text: indicatorBrief, pages: [], bytes: indicatorBrief.length };
  const ctx = { messages: [] };
  const doc = segment(normalize(src, ctx), ctx);
  const cells = extractFigures(doc, [], { value: '2024-06-09', method: 'header', span: null }, ctx).filter((f) => f.cell);

  it('gives one figure per cell with the row unit, the qualifier and the cell year', () => {
    expect(cells.map((f) => [f.value, f.unit, f.approx, f.date?.value ?? null])).toEqual([
      [41.5, 'm', null, '1996'],
      [38.2, 'm', null, '2023'],
      [12000, 'count', 'about', '198X'],
      [3500, 'count', 'about', '2022'],
      [8400, 't', null, '2001'],
      [0, 't', null, '2019'],
      [17, 'count', null, '2005'],
      [64, 'count', null, '2023'],
    ]);
    for (const f of cells) expect(doc.text.slice(f.span.start, f.span.end)).toBe(f.text);
  });
});

describe('table cells: properties', () => {
  const cellText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('about 1,200 (2019)', '~ 3.5 (1980s)', '$4 billion', '12-15 km', '0 (2011)', 'n/a', '(12.0)', 'over 45%', '2024', 'about', '(2020)', '**7**'),
  );
  it('never throws and gives valid cell spans', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const text = 'Caption (tonnes)\n\n| A | B |\n|---|---|\n' + rows.map((r) => '| ' + r.map((c) => c.replace(/[|\n]/g, ' ')).join(' | ') + ' |').join('\n') + '\n';
        for (const h of tableRules.run(text)) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(h.start, h.end)).toBe(h.text);
          const v = (h.value as { value: number | number[] }).value;
          for (const x of Array.isArray(v) ? v : [v]) expect(Number.isFinite(x)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('unitOfLabel: rates and prices in a caption', () => {
  it('reads a rate period as a compound unit', () => {
    expect(unitOfLabel('Table 2: Pipeline exports (bcm per year)')).toEqual({ factor: 1e9, unit: 'm3/year' });
    expect(unitOfLabel('Crude output (million barrels per day)')).toEqual({ factor: 1e6, unit: 'bbl/day' });
    expect(unitOfLabel('Remittances (USD m, per year)')).toEqual({ factor: 1e6, unit: 'USD/year' });
  });
  it('reads a unit of price after a currency', () => {
    expect(unitOfLabel('Export price ($/bbl)')).toEqual({ factor: 1, unit: 'USD/bbl' });
    expect(unitOfLabel('Border price (USD per thousand cubic metres)')).toEqual({ factor: 1, unit: 'USD/1000m3' });
    expect(unitOfLabel('Wheat price (EUR per tonne)')).toEqual({ factor: 1, unit: 'EUR/t' });
  });
  it('reads compound symbols and leaves other "per" phrases alone', () => {
    expect(unitOfLabel('Cotton yield (t/ha)')).toEqual({ factor: 1, unit: 't/ha' });
    expect(unitOfLabel('Salinity (g/l)')).toEqual({ factor: 1, unit: 'g/l' });
    expect(unitOfLabel('Cost per unit (USD)')).toEqual({ factor: 1, unit: 'USD' });
    expect(unitOfLabel('Output (thousand tonnes)')).toEqual({ factor: 1e3, unit: 't' });
  });
});
