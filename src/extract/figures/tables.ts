/**
 * Table cells as figures: one figure per numeric cell, with the scale and unit the caption
 * (or the column name) states ("(USD million)" -> x1e6, USD), measure = caption +
 * row label + column name, date = the row's year (or the column's, or the caption's).
 * A cell may carry a qualifier and its own period: "about 300,000 (2020)", "26.7 (2005)",
 * "~1,000,000 (1900s)"; a row label may state the unit in brackets: "Sea level (m)",
 * "Catch (tonnes)", "Share of exports (%)". A number of things with no unit anywhere (row,
 * column or caption) is a count: "Oil spills reported | 14 (2016)".
 */
import type { Approx, DateValue, FigureMention, RuleHit, RuleSet, SegmentedDoc, Table, TableRow } from '../../core/types.js';
import { SCALE_WORDS } from '../../lexicon/numbers.js';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_UNITS, PERCENT_WORDS, PER_UNITS, RATE_UNITS, RATE_WORDS } from '../../lexicon/units.js';
import { isoValue, yearValue } from './dates.js';
import { tagFigures } from './tagger.js';

export interface TableUnit {
  factor: number;
  unit: string;
}

const SCALE_RE = /\b(thousands?|millions?|mln|mn|billions?|bln|bn|trillions?|lakhs?|crores?)\b/i;
const YEAR_RE = /^(1[89]\d\d|20\d\d)$/;
/** A year as a row label or column name, maybe marked as an estimate: "2023", "**2024**", "2024e", "2024 (est.)", "2023*". */
const YEAR_LABEL_RE = /^(1[89]\d\d|20\d\d)\s*(?:\*+|e|p|\(?\s*(?:est\.?|estimated?|estimate|provisional|prel\.?|preliminary|forecast|target|plan)\s*\)?)?$/i;

/** The year a row label or column name is, or null. */
export function labelYear(label: string): string | null {
  return label.replace(/[*_`]+/g, '').trim().match(YEAR_LABEL_RE)?.[1] ?? null;
}
const NUM_CELL_RE = /^\(?([-−–]?)\s*([$€£]?)\s*(\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(%?)\)?\s*\*?$/;

/** A number with a scale word and nothing else: "2.4 million", "-350 thousand", "1.2 bn". */
const SCALED_CELL_RE = /^([-−–]?)\s*(\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(thousand|million|billion|trillion|mln|mn|bln|bn)$/i;

/** "per day", "/yr", "per tonne", "/bbl", "per 1,000 m3" in a caption or column name. */
const PER_PHRASE_RE = /(?:\bper\s+|\/\s*)((?:1,?000|thousand)\s+(?:m3|cubic\s+met(?:re|er)s)|[a-z][a-z0-9]*(?:[\s-][a-z]+)?)/i;

/**
 * The scale and unit a caption or column name states, or null when it states none; a rate
 * period or a unit of price in it makes a compound unit ("bcm per year" = m3/year, "USD per
 * tonne" = USD/t, "$/bbl" = USD/bbl).
 */
/** The factor of the first scale word of a label ("Exports, USD million" = 1e6), 1 when none. */
function labelScale(label: string): number {
  const m = label.toLowerCase().match(SCALE_RE);
  return m ? scaleOf(m[1]!) : 1;
}

/** The factor of a scale word ("million", "thousands", "bn"), 1 when unknown. */
function scaleOf(word: string): number {
  const w = word.toLowerCase();
  return SCALE_WORDS[w] ?? SCALE_WORDS[w.replace(/s$/, '')] ?? 1;
}

export function unitOfLabel(label: string): TableUnit | null {
  // a rate symbol: "(kb/d)", "thousand b/d", "('000 bpd)", "(mtpa)" (before "kb" is read as kilobytes)
  for (const g of label.matchAll(/(?<![\w/])([a-z]+(?:\/[a-z]+)?)(?![\w/])/gi)) {
    const ru = RATE_UNITS[g[1]!.toLowerCase()];
    if (!ru) continue;
    const rest = label.slice(0, g.index) + ' ' + label.slice(g.index! + g[0].length);
    const sm = rest.toLowerCase().match(SCALE_RE);
    const scale = sm ? scaleOf(sm[1]!) : /(?:^|[\s(])[‘'’]?000\b/.test(rest) ? 1e3 : 1;
    return { factor: ru.factor * scale, unit: ru.unit };
  }
  // a compound symbol the unit table knows: "(t/ha)", "(g/l)", "(km/h)"
  for (const g of label.matchAll(/(?<![\w/])([a-zμ]+\/[a-z]+)(?![\w/])/gi)) {
    const mu = MEASURE_UNITS[g[1]!.toLowerCase()];
    if (!mu) continue;
    const rest = unitOfLabelCore(label.slice(0, g.index) + ' ' + label.slice(g.index! + g[0].length));
    return { factor: mu.factor * (rest && rest.unit === 'number' ? rest.factor : 1), unit: mu.unit };
  }
  const m = PER_PHRASE_RE.exec(label);
  if (!m) return unitOfLabelCore(label);
  const phrase = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const first = phrase.split(/[\s-]/)[0]!;
  const period = RATE_WORDS['per ' + phrase] ?? RATE_WORDS['per ' + first] ?? (first === 'd' ? 'day' : undefined);
  const per = period ? undefined : PER_UNITS[phrase] ?? PER_UNITS[first] ?? PER_UNITS[phrase.replace(/ /g, '')];
  if (!period && !per) return unitOfLabelCore(label);
  const core = unitOfLabelCore(label.slice(0, m.index) + ' ' + label.slice(m.index + m[0].length));
  if (!core || core.unit === 'number' || core.unit === 'percent') return core;
  if (per && !CURRENCY_CODES.has(core.unit)) return core;
  return { factor: core.factor, unit: `${core.unit}/${period ?? per}` };
}

/**
 * A number glued to a unit word by a hyphen is a modifier of a noun, not the unit of the
 * cells: "tariffs for a 40-foot container, in US dollars" states USD, not ft.
 */
const MODIFIER_RE = /\b\d+(?:[.,]\d+)?\s*[-‑]\s*[a-z]+\b/gi;

function unitOfLabelCore(raw: string): TableUnit | null {
  const label = raw.replace(MODIFIER_RE, ' ');
  const low = label.toLowerCase();
  let factor = 1;
  const sm = low.match(SCALE_RE);
  if (sm) {
    factor = scaleOf(sm[1]!);
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
  // a time unit: "Transit time (days)", "Waiting time, hours", "(h)"
  // (not a count per a period or of work: "flights per 24 hours", "man-hours", "working days")
  const tm = low.match(/(?:^|[^a-z0-9-])(?<!\bper\s|\d\s|working\s|opening\s|business\s)(hours|hrs|days|minutes|mins)(?![a-z-])|\((h|d|min)\)/);
  if (tm) {
    const w = tm[1] ?? tm[2]!;
    return { factor, unit: w.startsWith('h') ? 'hour' : w.startsWith('d') ? 'day' : 'minute' };
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
  const c = readCell(text);
  return c && typeof c.value === 'number' && c.unit === undefined && c.scaled !== true ? { value: c.value, percent: c.percent } : null;
}

/** What a numeric cell states: the number, a qualifier before it and a period after it. */
export interface CellRead {
  value: number | [number, number];
  percent: boolean;
  /** The unit the cell states itself ("$4.2 billion", "120 MW"), already applied to value. */
  unit?: string;
  approx: Approx | null;
  /** The period in brackets after the number ("(2020)", "(1990s)"), or null. */
  date: DateValue | null;
  /** The cell states its own scale ("2.4 million"), already applied to value. */
  scaled?: boolean;
}

/** Qualifiers before a cell's number ("about 300,000", "~12", "> 40"), longest first. */
const CELL_APPROX: ReadonlyArray<[RegExp, Approx]> = [
  [/^(?:more than|over|above|greater than|upwards of|in excess of|>)\s*/i, 'more_than'],
  [/^(?:less than|fewer than|under|below|<)\s*/i, 'less_than'],
  [/^(?:at least|no less than|≥)\s*/i, 'at_least'],
  [/^(?:up to|at most|no more than|≤)\s*/i, 'up_to'],
  [/^(?:almost|nearly|close to|just under)\s*/i, 'almost'],
  [/^(?:about|around|approximately|approx\.?|roughly|some|circa|ca\.|c\.|an estimated|est\.|~|≈)\s*/i, 'about'],
];

/** A period in brackets after a cell's number: a year, or a decade ("1990s", "the 1900s"). */
const CELL_PERIOD_RE =
  /\s*\(\s*(?:(?:([a-z]{3,9})\.?\s+)?(1[89]\d\d|20\d\d)(\s*e|,?\s*est\.?|,?\s*estimated?)?|(?:the\s+)?(1[89]\d|20\d)0s)\s*\)\s*$/i;

const MONTH_NUMBERS: Readonly<Record<string, string>> = Object.freeze({
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
});

/**
 * Reads a numeric cell: "34272.5", "1,234", "-5.3", "(12.0)" (negative), "12%", "about
 * 300,000 (2020)", "26.7 (2005)", "~1,000,000 (1900s)"; markdown emphasis is ignored. Null
 * for a cell that is no number ("n/a", "Exports").
 */
export function readCell(text: string): CellRead | null {
  let s = text.replace(/[*_`]+/g, '').trim();
  let date: DateValue | null = null;
  const pm = s.match(CELL_PERIOD_RE);
  let estimated = false;
  // "(Apr 2024)", "(end 2023)": a month makes it a month; another word leaves the year
  const month = pm?.[1] ? MONTH_NUMBERS[pm[1].toLowerCase().slice(0, 3)] : undefined;
  if (pm && pm.index! > 0 && (!pm[1] || month !== undefined || /^(?:end|mid|early|late)$/i.test(pm[1]))) {
    date = pm[2] ? (month !== undefined && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i.test(pm[1]!) ? isoValue(`${pm[2]}-${month}`, false) : yearValue(pm[2], false)) : decadeValue(pm[4]!);
    estimated = pm[3] !== undefined;
    s = s.slice(0, pm.index).trim();
  }
  const whole = s;
  let approx: Approx | null = null;
  for (const [re, kind] of CELL_APPROX) {
    const m = s.match(re);
    if (m && m[0].length < s.length) {
      approx = kind;
      s = s.slice(m[0].length);
      break;
    }
  }
  const m = s.match(NUM_CELL_RE);
  if (!m) {
    // "2.4 million", "350 thousand": a number and a scale word, no unit
    const sc = s.match(SCALED_CELL_RE);
    if (sc) {
      const v = Number(sc[2]!.replace(/[, ]/g, '')) * scaleOf(sc[3]!);
      if (Number.isFinite(v)) return { value: sc[1] ? -v : v, percent: false, approx: approx ?? (estimated ? 'about' : null), date, scaled: true };
    }
    return cellFigure(whole, date, estimated);
  }
  const v = Number(m[3]!.replace(/[, ]/g, ''));
  if (!Number.isFinite(v)) return null;
  const neg = m[1] !== '' || /^\(.*\)$/.test(s);
  return { value: neg ? -v : v, percent: m[4] === '%', approx: approx ?? (estimated ? 'about' : null), date };
}

/**
 * A cell that states its own unit ("$4.2 billion", "about 120 MW", "12-15 km"): the one
 * figure the prose tagger reads in it, when it fills the cell (a qualifier may precede it).
 */
function cellFigure(s: string, date: DateValue | null, estimated: boolean): CellRead | null {
  if (s.length === 0 || s.length > 60 || !/\d/.test(s)) return null;
  const hits = tagFigures(s);
  if (hits.length !== 1) return null;
  const h = hits[0]!;
  if (h.unit === 'number' || s.slice(h.end).trim() !== '') return null;
  const before = s.slice(0, h.start).trim();
  if (before !== '' && !CELL_APPROX.some(([re]) => re.test(before + ' ') && before.replace(re, '').trim() === '')) return null;
  return { value: h.value, percent: h.unit === 'percent', unit: h.unit, approx: h.approx ?? (estimated ? 'about' : null), date };
}

/** A decade ("199" for the 1990s) as a DateValue "199X". */
function decadeValue(stem: string): DateValue {
  return { value: `${stem}X`, start: `${stem}0-01-01`, end: `${stem}9-12-31`, granularity: 'decade', inferred: false };
}

/** Unit symbols written in lower case that may stand alone in a label's brackets ("(m)", "(t)"). */
const SHORT_SYMBOL_RE = /^[a-zμ][a-z0-9²³/]{0,4}$/;

/**
 * The unit a row label states in brackets: "Sea level (m below ocean level)" = m, "Legal
 * catch (tonnes)" = t, "Exports (USD million)", "Share (%)"; null when it states none
 * ("Transport (Trans-Caspian corridor)", "Azerbaijan").
 */
export function unitOfRowLabel(label: string): TableUnit | null {
  for (const g of label.matchAll(/\(([^()]+)\)/g)) {
    const inner = g[1]!.trim();
    const u = unitOfLabel(inner);
    if (u && u.unit !== 'number') return u;
    // a short symbol first in the brackets: "(m below sea level)", "(t)", "(km2)"
    const first = inner.split(/[\s,;]+/)[0] ?? '';
    if (SHORT_SYMBOL_RE.test(first)) {
      const m = MEASURE_UNITS[first];
      if (m) return { factor: m.factor * (u?.factor ?? 1), unit: m.unit };
    }
    if (u) return u;
  }
  // "Catch, tonnes", "Length, km": a unit after the last comma
  const tail = label.match(/,\s*([^,()]+)$/)?.[1]?.trim() ?? '';
  if (tail && tail.split(/\s+/).length <= 3) {
    const u = unitOfLabel(tail);
    if (u && u.unit !== 'number') return u;
    const m = SHORT_SYMBOL_RE.test(tail) ? MEASURE_UNITS[tail] : undefined;
    if (m) return { factor: m.factor, unit: m.unit };
  }
  return null;
}

/**
 * The parts of a caption's brackets that each give some columns a unit: "(trade in US$
 * million; swaps in bcm)" = [{words: [trade], USD x1e6}, {words: [swaps], m3 x1e9}]; empty
 * unless there are two parts or more, each "<words> in <unit>".
 */
export function captionUnitParts(caption: string): { words: string[]; unit: TableUnit }[] {
  const out: { words: string[]; unit: TableUnit }[] = [];
  for (const g of caption.matchAll(/\(([^()]+)\)/g)) {
    const parts = g[1]!.split(/[;,]/);
    if (parts.length < 2) continue;
    for (const p of parts) {
      const m = p.trim().match(/^([\p{L}\s-]+?)\s+in\s+(.+)$/u);
      if (!m) return [];
      const unit = unitOfLabel(m[2]!);
      if (!unit || unit.unit === 'number') return [];
      out.push({ words: m[1]!.toLowerCase().split(/[\s-]+/).filter((w) => w.length >= 3), unit });
    }
  }
  return out;
}

/** The unit of the caption part whose words name the column ("swaps" -> "Swap volume"), or null. */
function partUnitFor(parts: { words: string[]; unit: TableUnit }[], colName: string): TableUnit | null {
  if (parts.length === 0) return null;
  const stems = (colName.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.slice(0, 4));
  const hits = parts.filter((p) => p.words.some((w) => stems.includes(w.slice(0, 4))));
  return hits.length === 1 ? hits[0]!.unit : null;
}

/**
 * Columns whose every numeric cell is a year ("| Commissioned |" with 2021, 2024 ...) and
 * whose name states no unit: dates of the rows, not amounts.
 */
const DATE_COLUMN_RE = /\b(?:years?|dates?|since|commissioned|opened|signed|founded|established|completed|launched|built|started|adopted|ratified|joined|due|until)\b/i;

function yearColumns(rows: TableRow[], colUnits: (TableUnit | null)[], colNames: string[]): Set<number> {
  const out = new Set<number>();
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (let ci = 1; ci < width; ci++) {
    if (colUnits[ci]) continue;
    let years = 0;
    let others = 0;
    for (const r of rows) {
      const x = r.cells[ci]?.text.replace(/[*_`]+/g, '').trim() ?? '';
      if (x === '' || readCell(x) === null) continue;
      if (YEAR_RE.test(x)) years++;
      else others++;
    }
    // one year alone may be an amount ("| Trade | 2021 |"): two, or a column name of dates
    if (others === 0 && (years >= 2 || (years === 1 && DATE_COLUMN_RE.test(colNames[ci] ?? '')))) out.add(ci);
  }
  return out;
}

/**
 * A header one cell short of the widest rows, over rows whose first cells are labels (a row
 * may end early: a value missing at its end).
 */
function stubless(header: TableRow, rows: TableRow[]): boolean {
  const n = header.cells.length;
  if (n < 1 || rows.length === 0) return false;
  if (Math.max(...rows.map((r) => r.cells.length)) !== n + 1) return false;
  return rows.every((r) => r.cells.length < 2 || (readCell(r.cells[0]!.text) === null && r.cells[0]!.text.trim() !== ''));
}

function isNumericRow(row: TableRow): boolean {
  return row.cells.some((c) => readCell(c.text) !== null && !YEAR_RE.test(c.text.trim()));
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

/** A caption line: "Table 2.", "**Table 1:**", "Figure 3 -", "Chart 1". */
const CAPTION_LABEL_RE = /^[*_#\s]*(?:table|figure|chart|exhibit)\s*[\dIVX]+[a-z]?\b/i;

/**
 * The caption written below a table ("| ... |" rows, then "Table 2. Remittances, US$
 * billion"), when the table has none above it: the first non-blank line after the table,
 * if it is labelled as a caption and is not the caption of a table that follows it.
 */
export function captionBelow(doc: Pick<SegmentedDoc, 'text' | 'tables'>, table: Table): string | null {
  const text = doc.text;
  let pos = table.span.end;
  for (let blank = 0; blank <= 2 && pos < text.length; blank++) {
    const nl = text.indexOf('\n', pos + (text[pos] === '\n' ? 1 : 0));
    const lineStart = text[pos] === '\n' ? pos + 1 : pos;
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line === '') {
      pos = lineEnd;
      continue;
    }
    if (!CAPTION_LABEL_RE.test(line) || line.length > 200) return null;
    const takenByNext = doc.tables.some((o) => o !== table && o.captionSpan !== null && o.captionSpan.start < lineEnd && o.captionSpan.end > lineStart);
    return takenByNext ? null : line;
  }
  return null;
}

function cellsOf(doc: SegmentedDoc, table: Table): FigureMention[] {
  const out: FigureMention[] = [];
  const caption = table.caption ?? captionBelow(doc, table) ?? '';
  // a unit symbol in brackets counts too ("Water depth (m)")
  const capUnit = unitOfRowLabel(caption) ?? unitOfLabel(caption);
  const capYear = caption.match(/\((1[89]\d\d|20\d\d)\)/)?.[1] ?? null;
  let header = table.header;
  let rows = table.rows;
  if (!header && rows.length > 1 && !isNumericRow(rows[0]!)) {
    header = rows[0]!;
    rows = rows.slice(1);
  }
  const colNames = header ? header.cells.map((c) => c.text.trim()) : [];
  // a header with no name over the row labels (a blank stub cell that text extraction drops):
  // one cell fewer than every row, whose first cells are labels; its names go over the
  // columns after the labels
  if (header && stubless(header, rows)) colNames.unshift('');
  const capParts = captionUnitParts(caption);
  const colUnits = colNames.map((n) => unitOfRowLabel(n) ?? unitOfLabel(n) ?? partUnitFor(capParts, n));
  const yearCols = yearColumns(rows, colUnits, colNames);
  // a caption that repeats the unit one column names ("| Area cleared (hectares) | Mines
  // removed |" under "area in hectares, ...") states that column's unit, not the others'
  const capOfOneColumn = capUnit !== null && capUnit.unit !== 'number' && colUnits.some((cu) => cu !== null && cu.unit === capUnit.unit) && colUnits.some((cu, ci) => ci > 0 && cu === null);
  const core = captionCore(caption);
  const rowOffset = table.rows.length - rows.length;
  rows.forEach((row, ri) => {
    const first = row.cells[0]?.text.trim() ?? '';
    const firstYear = labelYear(first);
    const labelIsYear = firstYear !== null;
    const hasLabel = row.cells.length > 1 && (labelIsYear || readCell(first) === null);
    const rowUnit = hasLabel && !labelIsYear ? unitOfRowLabel(first) : null;
    row.cells.forEach((cell, ci) => {
      if (hasLabel && ci === 0) return;
      if (yearCols.has(ci)) return;
      const num = readCell(cell.text);
      if (!num) return;
      const colUnit = colUnits[ci] ?? null;
      // the most specific statement wins: the row label, the column name, the caption
      const stated = [rowUnit, colUnit, capOfOneColumn ? null : capUnit].filter((x): x is TableUnit => x !== null);
      const u = stated.find((x) => x.unit !== 'number') ?? stated[0] ?? null;
      let unit = u?.unit ?? 'number';
      let factor = u?.factor ?? 1;
      if (num.unit !== undefined) {
        // "$4.2 billion" in a cell: its own unit, already in base units
        unit = num.unit;
        factor = 1;
      } else if (num.percent) {
        unit = 'percent';
        factor = 1;
      } else if (num.scaled === true && u !== null) {
        // "1.2 million" under "(thousand tonnes)": the cell's own scale replaces the label's
        factor /= labelScale(`${first} ${colNames[ci] ?? ''} ${caption}`);
      }
      if (num.unit !== undefined || num.percent) {
        // the cell's own unit or percent sign (above)
      } else if ((unit === 'number' || unit === 'count') && YEAR_RE.test(cell.text.trim())) {
        // "| Treaty signed | 2003 |": a year, not an amount
        return;
      } else if (unit === 'number' && typeof num.value === 'number' && (Number.isInteger(num.value) || u !== null)) {
        // "Oil spills reported | 14 (2016)": things counted, with no unit stated anywhere;
        // "Visitors (million) | 2.4": a scale and no unit, so things counted in millions
        unit = 'count';
      }
      const colName = colNames[ci] ?? '';
      const colYear = labelYear(colName);
      const colIsYear = colYear !== null;
      const parts = [core];
      if (hasLabel && !labelIsYear && first) parts.push(first.replace(/[*_`]+/g, '').trim());
      if (colName && !colIsYear) parts.push(colName);
      const measure = parts.filter((p) => p.length > 0).join(', ') || null;
      let date: DateValue | null = null;
      if (num.date) date = num.date;
      else if (hasLabel && firstYear !== null) date = yearValue(firstYear, false);
      else if (colYear !== null) date = yearValue(colYear, false);
      else if (capYear) date = yearValue(capYear, false);
      const span = { start: cell.span.start, end: cell.span.end };
      out.push({
        kind: 'figure',
        span,
        text: doc.text.slice(span.start, span.end),
        ruleId: 'figures/table/cell',
        value: typeof num.value === 'number' ? round(num.value * factor) : [round(num.value[0] * factor), round(num.value[1] * factor)],
        unit,
        approx: num.approx,
        measure,
        date,
        entities: [],
        cell: { table: table.index, row: ri + rowOffset, col: ci },
      });
    });
  });
  return out;
}

// ------------------------------------------------------------------ rules as data

/**
 * A markdown pipe table in a plain text, read without the segmenter (for the rule examples):
 * the line before the first pipe row is the caption, a row followed by an alignment row
 * ("|---|---|") is the header.
 */
export function pipeTableOf(text: string): Table | null {
  const lines: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  for (const l of text.split('\n')) {
    lines.push({ start: pos, end: pos + l.length, text: l });
    pos += l.length + 1;
  }
  const isPipe = (l: string): boolean => /^\s*\|.*\|\s*$/.test(l);
  const isRule = (l: string): boolean => /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(l);
  const firstRow = lines.findIndex((l) => isPipe(l.text));
  if (firstRow < 0) return null;
  let caption: string | null = null;
  let captionSpan: Table['captionSpan'] = null;
  for (let k = firstRow - 1; k >= 0; k--) {
    if (lines[k]!.text.trim() === '') continue;
    caption = lines[k]!.text.trim();
    captionSpan = { start: lines[k]!.start, end: lines[k]!.end };
    break;
  }
  const rowOf = (l: { start: number; end: number; text: string }): TableRow => {
    const cells: TableRow['cells'] = [];
    const bars = [...l.text.matchAll(/\|/g)].map((m) => m.index!);
    for (let b = 0; b + 1 < bars.length; b++) {
      const raw = l.text.slice(bars[b]! + 1, bars[b + 1]!);
      const lead = raw.length - raw.trimStart().length;
      const cellText = raw.trim();
      const start = l.start + bars[b]! + 1 + lead;
      cells.push({ span: { start, end: start + cellText.length }, text: cellText });
    }
    return { span: { start: l.start, end: l.end }, cells };
  };
  let header: TableRow | null = null;
  const rows: TableRow[] = [];
  let k = firstRow;
  if (k + 1 < lines.length && isRule(lines[k + 1]!.text)) {
    header = rowOf(lines[k]!);
    k += 2;
  }
  for (; k < lines.length && isPipe(lines[k]!.text) && !isRule(lines[k]!.text); k++) rows.push(rowOf(lines[k]!));
  const last = rows[rows.length - 1] ?? header;
  return {
    index: 0,
    section: 0,
    caption,
    captionSpan,
    header,
    rows,
    span: { start: lines[firstRow]!.start, end: last ? last.span.end : lines[firstRow]!.end },
  };
}

/** The cells of the pipe table in a text, as rule hits (value = {value, unit, approx, date}). */
function runTable(text: string): RuleHit[] {
  const table = pipeTableOf(text);
  if (!table) return [];
  const doc = { text, tables: [table] } as unknown as SegmentedDoc;
  return cellsOf(doc, table).map((f) => ({
    rule: f.ruleId,
    start: f.span.start,
    end: f.span.end,
    text: f.text,
    value: { value: f.value, unit: f.unit, approx: f.approx, date: f.date?.value ?? null },
  }));
}

export const tableRules: RuleSet = {
  name: 'figures-tables',
  rules: [
    {
      id: 'figures/table/cell',
      description:
        'One figure per numeric cell of a table. A cell that states its own unit ("$1.3 billion", "about 85 km") keeps it. Otherwise unit and scale: the row label\'s brackets ("Catch (tonnes)", "Depth (m below sea level)"), else the column name, else the caption ("(USD million)"; a rate symbol: "(kb/d)", "thousand b/d" = bbl/day; a time unit: "Waiting time (hours)" = hour, not "flights per 24 hours"); "%" in the cell makes it percent; with no unit anywhere an integer is a count, and so is any number under a scale with no unit ("Foreign visitors, million"); a caption written below the table ("Table 2. ..." on the first line after it) serves when there is none above; a caption that repeats the unit of one column does not give it to the other columns. A qualifier before the number ("about", "~", "over") gives approx; a year or decade in brackets after it ("(2020)", "(1990s)"; "(2024e)" is an estimate: about) gives the date, else the row label\'s or column\'s year, else the caption\'s. A caption bracket with one part per column ("(trade in US$ million; swaps in bcm)") gives each column the part that names it; a number hyphened to a unit in the caption ("a 40-foot container") is no unit; a column of years with no unit of its own ("| Commissioned |") holds dates, no figures; a header one cell short of the rows (no name over the row labels) names the columns after the labels; a cell with its own scale word ("7.1 million") keeps it, in place of the caption\'s scale.',
      examples: {
        match: [
          {
            text: 'Table 3: Crude output (kb/d)\n\n| Field | 2022 | 2023 |\n|---|---|---|\n| North block | 310 | 295 |\n',
            match: '295',
            value: { value: 295000, unit: 'bbl/day', date: '2023' },
          },
          {
            text: 'Table 5: Border crossing times\n\n| Crossing | Waiting time (hours) | Lorries per day |\n|---|---|---|\n| North gate | 36 | 410 |\n',
            match: '36',
            value: { value: 36, unit: 'hour' },
          },
          {
            text: 'Table 4: Wheat shipments (thousand tonnes)\n\n| Year | Rail | Road |\n|---|---|---|\n| 2019 | 412.5 | 88 |\n',
            match: '412.5',
            value: { value: 412500, unit: 't', approx: null, date: '2019' },
          },
          {
            text: 'Table 2. River basin indicators\n\n| Indicator | Before | After |\n|---|---|---|\n| Lake depth (m below the rim) | 14.2 (1998) | 11.9 (2021) |\n',
            match: '11.9 (2021)',
            value: { value: 11.9, unit: 'm', approx: null, date: '2021' },
          },
          {
            text: 'Wildlife counts\n\n| Species | Then | Now |\n|---|---|---|\n| Saiga antelope herd | about 700,000 (1970s) | ~ 40,000 (2003) |\n',
            match: 'about 700,000 (1970s)',
            value: { value: 700000, unit: 'count', approx: 'about', date: '197X' },
          },
          {
            text: 'Wildlife counts\n\n| Species | Then | Now |\n|---|---|---|\n| Saiga antelope herd | about 700,000 (1970s) | ~ 40,000 (2003) |\n',
            match: '~ 40,000 (2003)',
            value: { value: 40000, unit: 'count', approx: 'about', date: '2003' },
          },
          {
            text: 'Fisheries\n\n| Item | 2010 | 2020 |\n|---|---|---|\n| Licensed catch (tonnes) | 1,250 | 0 |\n| Share exported (%) | 41 | 12.5 |\n',
            match: '0',
            value: { value: 0, unit: 't', date: '2020' },
          },
          {
            text: 'Fisheries\n\n| Item | 2010 | 2020 |\n|---|---|---|\n| Licensed catch (tonnes) | 1,250 | 0 |\n| Share exported (%) | 41 | 12.5 |\n',
            match: '12.5',
            value: { value: 12.5, unit: 'percent' },
          },
          {
            text: 'Table 1: Budget lines (EUR million)\n\n| Line | Amount |\n|---|---|\n| Roads | over 45 |\n',
            match: 'over 45',
            value: { value: 45e6, unit: 'EUR', approx: 'more_than' },
          },
          {
            text: 'Table 5. Projects\n\n| Project | Cost | Length |\n|---|---|---|\n| Northern bypass | $1.3 billion | about 85 km |\n',
            match: 'about 85 km',
            value: { value: 85, unit: 'km', approx: 'about' },
          },
          {
            text: 'Table 5. Projects\n\n| Project | Cost | Length |\n|---|---|---|\n| Northern bypass | $1.3 billion | about 85 km |\n',
            match: '$1.3 billion',
            value: { value: 1.3e9, unit: 'USD' },
          },
          {
            text: 'Table 6: Transit revenue (USD million)\n\n| Year | Rail | Pipeline |\n|---|---|---|\n| **2023** | 310 | 95 |\n| 2024e | 355 | 102 |\n',
            match: '355',
            value: { value: 355e6, unit: 'USD', date: '2024' },
          },
          {
            text: 'Table 7. Harbour basins\n\n| Basin | Depth (m) | Quay (km) |\n|---|---|---|\n| Inner | 9.5 | 1.2 |\n',
            match: '9.5',
            value: { value: 9.5, unit: 'm' },
          },
          {
            // a caption giving two columns two units: each column takes the part that names it
            text: 'Table 2. Port traffic (cargo in million tonnes; boxes in thousand TEU)\n\n| Year | Cargo handled | Boxes |\n|---|---|---|\n| 2023 | 14.5 | 62 |\n',
            match: '62',
            value: { value: 62000, unit: 'TEU', date: '2023' },
          },
          {
            text: 'Table 2. Port traffic (cargo in million tonnes; boxes in thousand TEU)\n\n| Year | Cargo handled | Boxes |\n|---|---|---|\n| 2023 | 14.5 | 62 |\n',
            match: '14.5',
            value: { value: 14.5e6, unit: 't', date: '2023' },
          },
          {
            // "20-foot" describes the box; the unit of the cells is the currency
            text: 'Table 3. Freight rates for a 20-foot box, in US dollars per box\n\n| Route | 2024 |\n|---|---|\n| Poti to Constanta | 1,250 |\n',
            match: '1,250',
            value: { value: 1250, unit: 'USD', date: '2024' },
          },
          {
            // the caption repeats the unit of one column: the other column counts things
            text: '| Year | Area cleared (hectares) | Mines removed |\n|---|---|---|\n| 2024 | 41,200 | 36,900 |\n\nTable 1. Clearance by year, area in hectares\n',
            match: '36,900',
            value: { value: 36900, unit: 'count', date: '2024' },
          },
          {
            // a scale and no unit: things counted, in that scale
            text: 'Table 3. Foreign visitors, million\n\n| Year | Arrivals |\n|---|---|\n| 2024 | 2.4 |\n',
            match: '2.4',
            value: { value: 2.4e6, unit: 'count', date: '2024' },
          },
          {
            // the caption below the table states the unit
            text: '| Year | Inflows |\n|---|---|\n| 2023 | 3.1 |\n| 2024 | 3.4 |\n\nTable 1. Remittance inflows, US$ billion\n',
            match: '3.4',
            value: { value: 3.4e9, unit: 'USD', date: '2024' },
          },
          {
            // a header with no name over the row labels: its names go over the columns after them
            text: 'Table 4: Grain loaded (thousand tonnes)\n\n| 2022 | 2023 |\n|---|---|\n| Aktau | 410 | 455 |\n',
            match: '455',
            value: { value: 455000, unit: 't', date: '2023' },
          },
          {
            // a number with its own scale word and no unit: things counted
            text: 'Key figures\n\n| Item | Value |\n|---|---|\n| Population | 7.1 million |\n',
            match: '7.1 million',
            value: { value: 7.1e6, unit: 'count' },
          },
          {
            // the cell's own scale replaces the caption's
            text: 'Table 2: Cargo (thousand tonnes)\n\n| Port | 2024 |\n|---|---|\n| Poti | 1.2 million |\n',
            match: '1.2 million',
            value: { value: 1.2e6, unit: 't', date: '2024' },
          },
          {
            // a decimal without its leading zero
            text: 'Table 6: Growth (%)\n\n| Sector | 2024 |\n|---|---|\n| Mining | .5 |\n',
            match: '.5',
            value: { value: 0.5, unit: 'percent', date: '2024' },
          },
        ],
        noMatch: [
          'Table 3: Partners\n\n| Country | Status |\n|---|---|\n| Georgia | observer (2019) |\n| Armenia | n/a |\n',
          'Key dates\n\n| Event | Year |\n|---|---|\n| Treaty signed | 2003 |\n',
          // a column of years under a caption with a unit: the dates of the rows
          'Table 1. New wind farms (capacity, MW)\n\n| Farm | Opened |\n|---|---|\n| North Ridge | 2022 |\n| Salt Flats | 2024 |\n',
          'Roads\n\n| Road | Note |\n|---|---|\n| M39 | Route 66 replica |\n| A1 | see note 4 |\n',
        ],
      },
    },
  ],
  negatives: ['No table is in this sentence of 12 words.', '| just one bar'],
  run: runTable,
};
