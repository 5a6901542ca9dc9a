/**
 * Space-aligned tables (as PDF text extraction gives them): a run of two or more adjacent
 * lines whose cells are separated by runs of two or more spaces, with numbers in the rows
 * below the first:
 *
 *     Corridor            2021     2022
 *     Northern route      12.4     13.1
 *     Middle Corridor      1.7      3.2
 *
 * Each such line becomes a table row of the normalized text: its cells joined by "\t" (the
 * tab stands for the spaces between them), so the joining pass keeps the line and segment
 * reads it as a row like any tab-separated one. A line with fewer cells than the widest line
 * of its table has its cells put under the columns they sit under (by their position in the
 * line); an empty column between two cells is an empty cell ("\t\t"). One blank line between
 * rows (a double-spaced extraction) does not end the table: the rows stay one block. Nothing is a table
 * unless the rows hold numbers: prose with two spaces after a full stop, a running head
 * ("REVIEW   Brief 7/2024   March 2024") or a byline stays text.
 */
import { type Mapped, MappedBuilder } from './mapped.js';

export interface LineRange {
  /** [a, b) in the coordinates of the mapped text, without the "\n". */
  a: number;
  b: number;
}

interface Row {
  no: number;
  /** Start of the line (column positions are counted from it). */
  start: number;
  cells: Cell[];
}

interface Cell {
  /** [a, b) in mapped-text coordinates. */
  a: number;
  b: number;
  text: string;
}

/** Longest cell of a row after the first (a label may be longer), and longest label. */
const MAX_CELL = 40;
const MAX_LABEL = 80;
/** A cell of more words than this is prose, not a cell. */
const MAX_CELL_WORDS = 7;

/**
 * A numeric cell: a number with an optional sign, qualifier mark, currency, percent or short
 * unit, and a year in brackets after it ("12.4", "-3.1%", "$1.2bn", "~40 km", "26.7 (2005)").
 */
const NUMERIC_CELL =
  /^\(?[-−–+~≈<>]?\s?(?:US\$|[$€£])?\s?(?:\d{1,3}(?:[, ]\d{3})+|\d+)?(?:[.,]\d+)?(?:\s?(?:thousand|million|billion|trillion|mln|bln))?\s?(?:%|[a-zA-Z]{1,4}[23²³]?\.?)?\)?[*†]?(?:\s*\((?:1[89]|20)\d\d[a-z]?\))?$/;
/** A cell that marks a missing value ("n/a", "–", ".."). */
const EMPTY_CELL = /^(?:n\/?a|n\.a\.|[–—-]|\.\.\.?|…|nil|none)$/i;
const YEAR = /^(?:1[89]|20)\d\d$/;

export function isNumericCell(t: string): boolean {
  return /\d/.test(t) && NUMERIC_CELL.test(t);
}

/** The cells of a line split at runs of two or more spaces (null for a line without such a gap). */
function cellsOf(text: string, r: LineRange): Cell[] | null {
  let a = r.a;
  let b = r.b;
  while (a < b && text.charCodeAt(a) === 32) a++;
  while (b > a && text.charCodeAt(b - 1) === 32) b--;
  const gap = text.indexOf('  ', a);
  if (gap < 0 || gap >= b) return null;
  const out: Cell[] = [];
  let s = a;
  let i = a;
  while (i < b) {
    if (text.charCodeAt(i) === 32 && text.charCodeAt(i + 1) === 32) {
      out.push({ a: s, b: i, text: text.slice(s, i) });
      while (i < b && text.charCodeAt(i) === 32) i++;
      s = i;
    } else i++;
  }
  out.push({ a: s, b, text: text.slice(s, b) });
  return out;
}

function cellFits(c: Cell, first: boolean): boolean {
  if (c.text.length > (first ? MAX_LABEL : MAX_CELL)) return false;
  let words = 0;
  for (const _ of c.text.matchAll(/\S+/g)) words++;
  return words <= MAX_CELL_WORDS;
}

/** A data row: a numeric cell after the first that is more than a bare year. */
function hasFigure(cells: Cell[]): boolean {
  for (let k = 1; k < cells.length; k++) {
    const t = cells[k]!.text;
    if (isNumericCell(t) && !YEAR.test(t)) return true;
  }
  return false;
}

/** Whether a run of candidate lines (each split into >= 2 cells) is a table. */
function isTable(rows: Cell[][]): boolean {
  if (rows.length < 2) return false;
  if (!rows.every((cs) => cs.every((c, k) => cellFits(c, k === 0)))) return false;
  let numeric = 0;
  let other = 0;
  for (let i = 1; i < rows.length; i++) {
    const cs = rows[i]!;
    if (hasFigure(cs)) numeric++;
    // a row whose later cells are all words (and no "n/a") is no row of figures
    else if (!cs.slice(1).some((c) => EMPTY_CELL.test(c.text))) other++;
  }
  return numeric >= 1 && numeric >= 2 * other;
}

/**
 * The column of each cell of a line with fewer cells than the table's widest lines: each cell
 * goes under the column (of the widest lines' cells) it lies nearest to, in order.
 */
function columnsOf(cells: Cell[], start: number, grid: [number, number][]): number[] {
  const m = cells.length;
  const k = grid.length;
  const dist = (c: Cell, g: [number, number]): number => {
    const x = c.a - start;
    const y = c.b - start;
    return Math.max(0, g[0] - y, x - g[1]);
  };
  // best[i][j]: least total distance placing cells 0..i-1 in columns 0..j-1 (cell i-1 in some column < j)
  const INF = Number.POSITIVE_INFINITY;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(k + 1).fill(INF));
  const from: boolean[][] = Array.from({ length: m + 1 }, () => new Array<boolean>(k + 1).fill(false));
  for (let j = 0; j <= k; j++) best[0]![j] = 0;
  for (let i = 1; i <= m; i++) {
    for (let j = i; j <= k; j++) {
      const skip = best[i]![j - 1]!;
      const take = best[i - 1]![j - 1]! + dist(cells[i - 1]!, grid[j - 1]!);
      // on a tie the cell takes the later column (numbers are right-aligned)
      if (take <= skip) {
        best[i]![j] = take;
        from[i]![j] = true;
      } else best[i]![j] = skip;
    }
  }
  const cols = new Array<number>(m);
  let i = m;
  let j = k;
  while (i > 0) {
    if (from[i]![j]) {
      cols[i - 1] = j - 1;
      i--;
    }
    j--;
  }
  return cols;
}

/**
 * The lines of the space-aligned tables of a text: line number -> the line as a table row
 * (cells joined by tabs). `lines` are the text's lines in order; `skip` the line numbers
 * that are no part of the text (page furniture). Lines with a tab or a "|" are left alone
 * (they are tab or pipe tables already).
 */
export function spaceTableRows(m: Mapped, lines: LineRange[], skip: Set<number>): Map<number, SpaceRow> {
  const out = new Map<number, SpaceRow>();
  const text = m.text;
  let run: Row[] = [];
  let tables = 0;
  const finish = (): void => {
    if (run.length >= 2 && isTable(run.map((r) => r.cells))) {
      for (const r of run) out.set(r.no, { m: rowOf(m, lines[r.no]!, r.cells, run), table: tables });
      tables++;
    }
    run = [];
  };
  // Only the lines with two spaces in a row are looked at (most texts have none or few).
  let li = 0;
  for (let p = text.indexOf('  '); p !== -1; ) {
    while (li < lines.length && lines[li]!.b <= p) li++;
    if (li >= lines.length) break;
    const no = li;
    const r = lines[no]!;
    p = text.indexOf('  ', r.b);
    li++;
    const raw = text.slice(r.a, r.b);
    const cells = skip.has(no) || raw.includes('\t') || raw.includes('|') ? null : cellsOf(text, r);
    if (cells === null || cells.length < 2) {
      if (raw.trim() !== '') finish();
      continue;
    }
    if (run.length > 0) {
      // the lines since the run's last row: none, or one blank line (a double-spaced
      // extraction) before a row of figures (a header after a blank line starts another table)
      const last = run[run.length - 1]!.no;
      const between = no - last - 1;
      const goesOn = between === 0 || (between === 1 && !skip.has(last + 1) && isBlank(text, lines[last + 1]!) && hasFigure(cells));
      if (!goesOn) finish();
    }
    run.push({ no, start: r.a, cells });
  }
  finish();
  return out;
}

function isBlank(text: string, r: LineRange): boolean {
  for (let i = r.a; i < r.b; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** A line of a space-aligned table as a row, and which table of the text it belongs to. */
export interface SpaceRow {
  m: Mapped;
  table: number;
}

/** One line of a table as a row: its cells joined by tabs, each under its column. */
function rowOf(m: Mapped, line: LineRange, cells: Cell[], run: Row[]): Mapped {
  const k = Math.max(...run.map((r) => r.cells.length));
  let cols: number[];
  if (cells.length === k) cols = cells.map((_, i) => i);
  else {
    const grid: [number, number][] = [];
    for (let c = 0; c < k; c++) grid.push([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    // columns by position from each line's start
    for (const r of run) {
      if (r.cells.length !== k) continue;
      r.cells.forEach((c, i) => {
        grid[i]![0] = Math.min(grid[i]![0], c.a - r.start);
        grid[i]![1] = Math.max(grid[i]![1], c.b - r.start);
      });
    }
    cols = columnsOf(cells, line.a, grid);
  }
  const b = new MappedBuilder(line.b - line.a);
  cells.forEach((c, i) => {
    if (i > 0) {
      const tabs = Math.max(1, cols[i]! - cols[i - 1]!);
      b.pushSynthOver(m, '\t'.repeat(tabs), cells[i - 1]!.b, c.a);
    }
    b.pushRange(m, c.a, c.b);
  });
  return b.build();
}

// ---------------------------------------------------------------- single-spaced tables
//
// Text extractors that join a PDF line's pieces with one space lose the columns:
//
//     Corridor 2021 2022 2023
//     Northern route 12.4 13.1 15.8
//     Middle Corridor 1.7 3.2 2.8
//
// Two or more adjacent lines that each end in the same number (>= 2) of numbers after a
// label are rows of a table: the label is one cell, each number another. The line just above
// them is their header when it ends in as many years, or as many words after a label
// ("Port Exports Imports"), and is no sentence. Prose seldom ends two lines running in two
// bare numbers each, and a wrapped line ending in one number never counts.

/** A bare number token: "12.4", "-3.1%", "1,250", "(2.0)", ".5", "$45". */
const NUMBER_TOKEN = /^[-+−–]?\(?[$€£]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?\)?$/;
const MAX_TAIL_LABEL = 60;
const CAPTION_LABEL = /^(?:Table|Figure|Fig\.|Chart|Exhibit|Box|Graph)\s+[0-9IVX]+/i;

interface Token {
  a: number;
  b: number;
  text: string;
}

function tokensOf(text: string, r: LineRange): Token[] {
  const out: Token[] = [];
  let i = r.a;
  while (i < r.b) {
    while (i < r.b && text.charCodeAt(i) === 32) i++;
    const s = i;
    while (i < r.b && text.charCodeAt(i) !== 32) i++;
    if (i > s) out.push({ a: s, b: i, text: text.slice(s, i) });
  }
  return out;
}

const isNumberToken = (t: string): boolean => /\d/.test(t) && NUMBER_TOKEN.test(t);

/** How many number tokens end the line after a label (0 when the line is no such row). */
function numberTail(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && isNumberToken(tokens[tokens.length - 1 - k]!.text)) k++;
  const label = tokens.slice(0, tokens.length - k);
  if (k < 2 || label.length === 0 || label.length > 8) return 0;
  // a list item or a markdown line is no row ("- Aktau 410 455", "## 2023 12 14")
  if (/^(?:[-*+•·▪–—>#]|\d+[.)]$)/.test(label[0]!.text)) return 0;
  const labelText = label.map((t) => t.text).join(' ');
  if (labelText.length > MAX_TAIL_LABEL || !/\p{L}/u.test(labelText)) return 0;
  // a row of figures: not only years ("between 2021 2022" is no row)
  if (tokens.slice(tokens.length - k).every((t) => YEAR.test(t.text))) return 0;
  return k;
}

/** The header cells of a line above rows ending in k numbers, or null. */
function tailHeader(tokens: Token[], k: number): Token[][] | null {
  if (tokens.length < k || tokens.length > k + 6) return null;
  const tail = tokens.slice(tokens.length - k);
  const years = tail.every((t) => YEAR.test(t.text));
  const words = tail.every((t) => /^\p{L}[\p{L}\p{N}%/.-]*$|^\(\p{L}[\p{L}\p{N}%/.-]*\)$/u.test(t.text));
  if (!years && !words) return null;
  // a caption ("Table 2: Exports by partner (USD million)") is no header
  if (CAPTION_LABEL.test(tokens.map((t) => t.text).join(' '))) return null;
  const last = tokens[tokens.length - 1]!.text;
  if (/[.,;:!?]$/.test(last)) return null;
  const label = tokens.slice(0, tokens.length - k);
  if (words && label.length === 0) return null;
  return [...(label.length > 0 ? [label] : []), ...tail.map((t) => [t])];
}

/** A row from groups of tokens: each group one cell (its tokens keep their spaces), tabs between. */
function tokenRow(m: Mapped, groups: Token[][]): Mapped {
  const b = new MappedBuilder();
  groups.forEach((g, i) => {
    if (i > 0) b.pushSynthOver(m, '\t', groups[i - 1]![groups[i - 1]!.length - 1]!.b, g[0]!.a);
    b.pushRange(m, g[0]!.a, g[g.length - 1]!.b);
  });
  return b.build();
}

/**
 * The rows of the single-spaced tables of a text (line number -> row), numbered from
 * `firstTable`; lines in `taken` (rows of space-aligned tables) or `skip` are left alone.
 */
export function numberTailRows(
  m: Mapped,
  lines: LineRange[],
  skip: Set<number>,
  taken: Map<number, SpaceRow>,
  firstTable: number,
): Map<number, SpaceRow> {
  const out = new Map<number, SpaceRow>();
  const text = m.text;
  let table = firstTable;
  let run: { no: number; tokens: Token[]; k: number }[] = [];
  const finish = (): void => {
    if (run.length >= 2) {
      const k = run[0]!.k;
      const hn = run[0]!.no - 1;
      if (hn >= 0 && !skip.has(hn) && !taken.has(hn)) {
        const ht = tokensOf(text, lines[hn]!);
        const groups = tailHeader(ht, k);
        if (groups !== null) out.set(hn, { m: tokenRow(m, groups), table });
      }
      for (const r of run) {
        const groups = [r.tokens.slice(0, r.tokens.length - k), ...r.tokens.slice(r.tokens.length - k).map((t) => [t])];
        out.set(r.no, { m: tokenRow(m, groups), table });
      }
      table++;
    }
    run = [];
  };
  for (let no = 0; no < lines.length; no++) {
    const r = lines[no]!;
    // cheap test first: a row ends in a digit, "%" or ")"
    let e = r.b;
    while (e > r.a && text.charCodeAt(e - 1) === 32) e--;
    const c = e > r.a ? text.charCodeAt(e - 1) : 0;
    if (!((c >= 48 && c <= 57) || c === 37 || c === 41) || skip.has(no) || taken.has(no)) {
      finish();
      continue;
    }
    const raw = text.slice(r.a, e);
    if (raw.includes('\t') || raw.includes('|')) {
      finish();
      continue;
    }
    const tokens = tokensOf(text, r);
    const k = numberTail(tokens);
    if (k === 0 || (run.length > 0 && run[0]!.k !== k)) {
      finish();
      if (k === 0) continue;
    }
    run.push({ no, tokens, k });
  }
  finish();
  return out;
}
