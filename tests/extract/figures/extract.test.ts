import { describe, expect, it } from 'vitest';
import { identityDoc } from '../../../src/core/span.js';
import type {
  DateMention,
  DocumentDate,
  FigureMention,
  SegmentedDoc,
  Sentence,
  Table,
  TableCell,
  TableRow,
} from '../../../src/core/types.js';
import { extractFigures } from '../../../src/extract/figures/index.js';

/** A SegmentedDoc built by hand: identity offset map, one section, sentences by regex. */
function buildDoc(parts: { prose: string; table?: { caption: string; lines: string[] } ; after?: string }): SegmentedDoc {
  let text = parts.prose;
  const sentences: Sentence[] = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(parts.prose)) !== null) {
    if (m[0].trim() === '') continue;
    sentences.push({ index: sentences.length, section: 0, paragraph: 0, span: { start: m.index, end: m.index + m[0].length } });
  }
  const tables: Table[] = [];
  if (parts.table) {
    text += '\n\n';
    const capStart = text.length;
    text += parts.table.caption;
    const captionSpan = { start: capStart, end: text.length };
    const rows: TableRow[] = [];
    const tStart = capStart;
    for (const line of parts.table.lines) {
      text += '\n';
      const rowStart = text.length;
      const cells: TableCell[] = [];
      let off = rowStart;
      for (const c of line.split('\t')) {
        cells.push({ span: { start: off, end: off + c.length }, text: c });
        off += c.length + 1;
      }
      text += line;
      rows.push({ span: { start: rowStart, end: text.length }, cells });
    }
    tables.push({
      index: 0,
      section: 0,
      caption: parts.table.caption,
      captionSpan,
      header: rows[0]!,
      rows: rows.slice(1),
      span: { start: tStart, end: text.length },
    });
  }
  if (parts.after) {
    text += '\n\n';
    const s = text.length;
    text += parts.after;
    sentences.push({ index: sentences.length, section: 0, paragraph: 1, span: { start: s, end: text.length } });
  }
  const n = text.length;
  return {
    ...identityDoc(text, 'test.txt'),
    sections: [{ index: 0, heading: 'Georgia and Armenia', headingSpan: null, level: 1, span: { start: 0, end: n } }],
    paragraphs: [{ index: 0, section: 0, span: { start: 0, end: n } }],
    sentences,
    tables,
  };
}

function dateAt(doc: SegmentedDoc, surface: string, iso: string, timexType: 'DATE' | 'DURATION' | 'SET' = 'DATE', inferred = false): DateMention {
  const start = doc.text.indexOf(surface);
  if (start < 0) throw new Error(surface);
  return {
    kind: 'date',
    span: { start, end: start + surface.length },
    text: surface,
    ruleId: 'test',
    timexType,
    timexValue: iso,
    date: timexType === 'DATE' ? { value: iso, start: `${iso}-01-01`, end: `${iso}-12-31`, granularity: 'year', inferred } : null,
  };
}

const docDate: DocumentDate = { value: '2023-06-19', method: 'header', span: null };
const ctx = { messages: [] };

describe('extractFigures', () => {
  const prose =
    'In 2020, the volume of exports from Georgia to Armenia was $61.2 million. ' +
    'Today, 140 companies with Armenian capital operate in Georgia. ' +
    'The talks took place on 20 April 2021 after a gap of six years.';
  const doc = buildDoc({
    prose,
    table: {
      caption: 'Table 2: Goods exchanged by the partners (in millions of dollars)',
      lines: ['Years\tExports\tImports', '2019\t34.5\t107.8', '2020\t46.6\tn/a'],
    },
    after: 'The 2019 figures are provisional.',
  });
  const dates = [dateAt(doc, 'In 2020', '2020'), dateAt(doc, '20 April 2021', '2021'), dateAt(doc, 'six years', 'P6Y', 'DURATION')];
  const figs = extractFigures(doc, dates, docDate, ctx);
  const prosed = figs.filter((f) => !f.cell);
  const cells = figs.filter((f): f is FigureMention & { cell: NonNullable<FigureMention['cell']> } => f.cell !== undefined);

  it('finds the prose figures with measure and date', () => {
    expect(prosed.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['$61.2 million', 61200000, 'USD'],
      ['140 companies', 140, 'count'],
      ['six years', 6, 'year'],
    ]);
    const [money, count] = prosed;
    expect(money!.measure).toBe('exports from Georgia to Armenia');
    expect(money!.date?.value).toBe('2020');
    expect(money!.date?.inferred).toBe(false);
    expect(count!.measure).toContain('companies with Armenian capital');
    expect(count!.date?.value).toBe('2023-06-19');
    expect(count!.date?.inferred).toBe(true);
    expect(figs.every((f) => f.entities.length === 0)).toBe(true);
    for (const f of figs) expect(doc.text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('does not emit years, dates or numbers of the table caption as prose figures', () => {
    expect(prosed.some((f) => f.text.includes('2021') || f.text.includes('20'))).toBe(false);
    expect(figs.some((f) => f.text === 'Table 2' || f.text === '2')).toBe(false);
  });

  it('reads one figure per numeric cell with the caption scale, measure and row year', () => {
    expect(cells.map((c) => [c.cell.row, c.cell.col, c.value, c.unit])).toEqual([
      [0, 1, 34500000, 'USD'],
      [0, 2, 107800000, 'USD'],
      [1, 1, 46600000, 'USD'],
    ]);
    const first = cells[0]!;
    expect(first.text).toBe('34.5');
    expect(first.measure).toBe('Goods exchanged by the partners, Exports');
    expect(first.date?.value).toBe('2019');
    expect(first.date?.granularity).toBe('year');
    expect(first.ruleId).toBe('figures/table/cell');
    expect(cells[2]!.measure).toBe('Goods exchanged by the partners, Exports');
    expect(cells[1]!.measure).toBe('Goods exchanged by the partners, Imports');
  });

  it('spans the qualifier before a figure, also across a line end', () => {
    const d3 = buildDoc({ prose: 'Wheat prices stayed above\n$300 a tonne, and roughly 40 ships called.' });
    const fs = extractFigures(d3, [], docDate, ctx).filter((f) => !f.cell);
    expect(fs.map((f) => [f.text, f.value, f.unit, f.approx])).toEqual([
      ['above\n$300 a tonne', 300, 'USD/t', 'more_than'],
      ['roughly 40 ships', 40, 'count', 'about'],
    ]);
    for (const f of fs) expect(d3.text.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('keeps no figure inside a date mention', () => {
    const d2 = buildDoc({ prose: 'The forum was held on 12 May 2021 in Baku.' });
    const ds = [dateAt(d2, '12 May 2021', '2021')];
    expect(extractFigures(d2, ds, docDate, ctx)).toEqual([]);
  });
});

describe('extractFigures (property)', () => {
  it('never throws and gives valid spans on random brief-like text', async () => {
    const fc = (await import('fast-check')).default;
    const word = fc.constantFrom(
      'In 2021,', 'the', 'volume', 'of', 'exports', 'was', '$36.9', 'million', '.', '27', 'protocols',
      'about', '85', 'kilometers', 'per year', 'Today,', 'between', '12,000', 'and', '35,000', 'people',
      '\n', '\t', '9.4 percent', 'fivefold', 'Table 3', 'COVID-19', '(', ')', 'of which', '380',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 60 }), (parts) => {
        const d = buildDoc({ prose: parts.join(' ') });
        const figs = extractFigures(d, [], docDate, ctx);
        let prev = -1;
        for (const f of figs) {
          expect(f.span.start).toBeGreaterThanOrEqual(prev);
          expect(f.span.end).toBeGreaterThan(f.span.start);
          expect(d.text.slice(f.span.start, f.span.end)).toBe(f.text);
          expect(f.unit).not.toBe('number');
          prev = f.span.end;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('extractFigures dates', () => {
  it('prefers the document date when a present marker follows the sentence date', () => {
    const d = buildDoc({ prose: 'Relations were set up in 2011, and today 75 firms with Georgian capital operate there.' });
    const figs = extractFigures(d, [dateAt(d, '2011', '2011')], docDate, ctx);
    expect(figs.map((f) => [f.text, f.date?.value, f.date?.inferred])).toEqual([['75 firms', '2023-06-19', true]]);
  });

  it('does not date a figure by the base period of a comparison', () => {
    const d = buildDoc({ prose: 'Freight rose by 40 percent compared to 2019.' });
    const figs = extractFigures(d, [dateAt(d, '2019', '2019')], docDate, ctx);
    expect(figs).toHaveLength(1);
    expect(figs[0]!.date).toBeNull();
  });
});

describe('extractFigures durations inside date mentions', () => {

  it('keeps "every three years" (a set) and "eight years after" (an anchored date) as durations', () => {
    const d = buildDoc({ prose: 'The councils meet every three years. The dam opened eight years after the works began in 2009.' });
    const ds = [dateAt(d, 'every three years', 'P3Y', 'SET', true), dateAt(d, 'eight years after', '2017', 'DATE', true), dateAt(d, '2009', '2009')];
    const figs = extractFigures(d, ds, docDate, ctx);
    expect(figs.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['three years', 3, 'year'],
      ['eight years', 8, 'year'],
    ]);
  });

  it('still drops a count inside a date mention', () => {
    const d = buildDoc({ prose: 'The 12 May 2020 session was short.' });
    expect(extractFigures(d, [dateAt(d, '12 May 2020', '2020', 'DATE', true)], docDate, ctx)).toEqual([]);
  });
});
