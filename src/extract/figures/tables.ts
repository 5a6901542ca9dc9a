/**
 * Table cells as figures: one figure per numeric cell, with the scale and unit the caption
 * (or the column name) states ("(USD million)" -> x1e6, USD), measure = caption +
 * row label + column name, date = the row's year (or the column's, or the caption's).
 */
import type { DateValue, FigureMention, SegmentedDoc, Table, TableRow } from '../../core/types.js';
import { SCALE_WORDS } from '../../lexicon/numbers.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS } from '../../lexicon/units.js';
import { yearValue } from './dates.js';

export interface TableUnit {
  factor: number;
  unit: string;
}

const SCALE_RE = /\b(thousands?|millions?|mln|mn|billions?|bln|bn|trillions?|lakhs?|crores?)\b/i;
const YEAR_RE = /^(1[89]\d\d|20\d\d)$/;
const NUM_CELL_RE = /^\(?([-−–]?)\s*([$€£]?)\s*(\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(%?)\)?\s*\*?$/;

/** The scale and unit a caption or column name states, or null when it states none. */
export function unitOfLabel(label: string): TableUnit | null {
  const low = label.toLowerCase();
  let factor = 1;
  const sm = low.match(SCALE_RE);
  if (sm) {
    const w = sm[1]!.toLowerCase();
    factor = SCALE_WORDS[w] ?? SCALE_WORDS[w.replace(/s$/, '')] ?? 1;
  } else {
    // "USD m", "$bn", "€ k": a short scale right after a currency
    const short = low.match(/(\b[a-z]{3}|[$€£])\s*(m|k|b)\b/);
    if (short && (/^[$€£]$/.test(short[1]!) || CURRENCY_CODES.has(short[1]!.toUpperCase()))) {
      factor = short[2] === 'm' ? 1e6 : short[2] === 'k' ? 1e3 : 1e9;
    }
  }
  if (/%|\bper ?cent\b|\bpercent(age)?\b/.test(low)) return { factor: 1, unit: PERCENT_WORDS['percent']! };
  for (const [sym, code] of Object.entries(CURRENCY_SYMBOLS)) {
    if (sym.length <= 2 && label.includes(sym)) return { factor, unit: code };
  }
  for (const raw of label.match(/\b[A-Z]{3}\b/g) ?? []) {
    if (CURRENCY_CODES.has(raw)) return { factor, unit: raw === 'RMB' ? 'CNY' : raw };
  }
  const ws = low.match(/[a-z]+[23²³]?/g) ?? [];
  for (let i = 0; i < ws.length; i++) {
    for (const key of [ws[i] + ' ' + (ws[i + 1] ?? ''), ws[i]!]) {
      const cur = CURRENCY_WORDS[key];
      if (cur && key !== 'sum' && key !== 'mark' && key !== 'won' && key !== 'som') return { factor, unit: cur };
      const m = MEASURE_UNITS[key];
      if (m && key.length >= 2 && key !== 'in') return { factor: factor * m.factor, unit: m.unit };
    }
  }
  if (sm) return { factor, unit: 'number' };
  return null;
}

/** Caption without its label ("Table 1:"), markdown marks and unit bracket. */
export function captionCore(caption: string): string {
  return caption
    .replace(/[*_`#]+/g, '')
    .replace(/^\s*(?:table|figure|chart|graph)\s*[\dIVX]+[a-z]?\s*[:.\-–—]?\s*/i, '')
    .replace(/\((?:[^()]*\b(?:in|thousands?|millions?|billions?|dollars?|usd|euros?|manat|tons?|tonnes|percent|%)\b[^()]*)\)/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The number in a numeric cell ("34272.5", "1,234", "-5.3", "12%"), or null. */
export function cellNumber(text: string): { value: number; percent: boolean } | null {
  const m = text.trim().match(NUM_CELL_RE);
  if (!m) return null;
  const v = Number(m[3]!.replace(/[, ]/g, ''));
  if (!Number.isFinite(v)) return null;
  const neg = m[1] !== '' || /^\(.*\)$/.test(text.trim());
  return { value: neg ? -v : v, percent: m[4] === '%' };
}

function isNumericRow(row: TableRow): boolean {
  return row.cells.some((c) => cellNumber(c.text) !== null && !YEAR_RE.test(c.text.trim()));
}

function round(v: number): number {
  return Number(v.toPrecision(12));
}

/** One figure per numeric cell of every table of the document. */
export function tableFigures(doc: SegmentedDoc): FigureMention[] {
  const out: FigureMention[] = [];
  for (const table of doc.tables) out.push(...cellsOf(doc, table));
  return out;
}

function cellsOf(doc: SegmentedDoc, table: Table): FigureMention[] {
  const out: FigureMention[] = [];
  const caption = table.caption ?? '';
  const capUnit = unitOfLabel(caption);
  const capYear = caption.match(/\((1[89]\d\d|20\d\d)\)/)?.[1] ?? null;
  let header = table.header;
  let rows = table.rows;
  if (!header && rows.length > 1 && !isNumericRow(rows[0]!)) {
    header = rows[0]!;
    rows = rows.slice(1);
  }
  const colNames = header ? header.cells.map((c) => c.text.trim()) : [];
  const colUnits = colNames.map((n) => unitOfLabel(n));
  const core = captionCore(caption);
  const rowOffset = table.rows.length - rows.length;
  rows.forEach((row, ri) => {
    const first = row.cells[0]?.text.trim() ?? '';
    const labelIsYear = YEAR_RE.test(first);
    const hasLabel = row.cells.length > 1 && (labelIsYear || cellNumber(first) === null);
    row.cells.forEach((cell, ci) => {
      if (hasLabel && ci === 0) return;
      const num = cellNumber(cell.text);
      if (!num) return;
      const colUnit = colUnits[ci] ?? null;
      const u = colUnit && colUnit.unit !== 'number' ? colUnit : capUnit ?? colUnit;
      let unit = u?.unit ?? 'number';
      let factor = u?.factor ?? 1;
      if (num.percent) {
        unit = 'percent';
        factor = 1;
      }
      const colName = colNames[ci] ?? '';
      const colIsYear = YEAR_RE.test(colName);
      const parts = [core];
      if (hasLabel && !labelIsYear && first) parts.push(first);
      if (colName && !colIsYear) parts.push(colName);
      const measure = parts.filter((p) => p.length > 0).join(', ') || null;
      let date: DateValue | null = null;
      if (hasLabel && labelIsYear) date = yearValue(first, false);
      else if (colIsYear) date = yearValue(colName, false);
      else if (capYear) date = yearValue(capYear, false);
      const span = { start: cell.span.start, end: cell.span.end };
      out.push({
        kind: 'figure',
        span,
        text: doc.text.slice(span.start, span.end),
        ruleId: 'figures/table/cell',
        value: round(num.value * factor),
        unit,
        approx: null,
        measure,
        date,
        entities: [],
        cell: { table: table.index, row: ri + rowOffset, col: ci },
      });
    });
  });
  return out;
}
