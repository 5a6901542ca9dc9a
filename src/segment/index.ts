/**
 * Stage 3: segment. Finds the structure of the normalized text: sections (by heading),
 * paragraphs, sentences and tables. All spans are in normalized coordinates.
 *
 * Reads the layout normalize produces: blocks separated by blank lines ("\n\n"); inside a
 * block, "\n" separates structural lines (list items, short lines, table rows); table cells
 * are separated by tabs.
 *
 *   headings   markdown headings, known from the original line (the offset map points at
 *              the text after "## "); in plain text, a short title-like block (no final
 *              period) that stands alone after the front matter and is followed by prose.
 *   tables     runs of tab-separated rows (>= 2 cells), or markdown pipe tables (rows of
 *              "|"-separated cells, outer pipes optional, found again from the source line
 *              breaks since normalize may join those lines; see pipeLines); the caption is the "Table N" block
 *              just before (possibly over several lines), completed by a short line just
 *              after the rows when the labelled part is nearly empty ("Table 4:"); then
 *              captionSpan covers the labelled part only. `header` is the first row when
 *              most of its cells are not numbers (or, in a pipe table, the row above the
 *              alignment row "|---|:--:|", which is not a row itself); `rows` are the other rows (without it).
 *              Table rows and captions are not paragraphs or sentences.
 *   paragraphs runs of non-table lines of a block that is not a heading or a caption.
 *   sentences  inside paragraphs, split at line breaks and by sentences.ts.
 */
import type {
  NormalizedDoc,
  Paragraph,
  RunContext,
  Section,
  SegmentedDoc,
  Sentence,
  Span,
  Table,
  TableCell,
  TableRow,
} from '../core/types.js';
import { splitSentences } from './sentences.js';

export { splitSentences } from './sentences.js';

interface LineInfo {
  start: number;
  end: number;
  text: string;
  table: boolean;
  /** A markdown pipe-table row (cells separated by "|", not tabs). */
  pipe?: boolean;
  /** A pipe-table row followed by an alignment row: the table's header. */
  pipeHeader?: boolean;
}

interface Run {
  kind: 'text' | 'table';
  lines: LineInfo[];
  /** Index of the block (blank-line separated) it belongs to. */
  block: number;
}

const CAPTION = /^(?:Table|Figure|Fig\.|Chart|Map|Graph|Diagram|Exhibit|Box)\s+[0-9IVX]+[A-Za-z]?\s*[:.–—-]?/i;
const FUNCTION_WORDS = new Set(
  'a an the of in on at to for with by from and or but as into between among about than that which is are was were'.split(' '),
);

function isTableLine(t: string): boolean {
  if (!t.includes('\t')) return false;
  return t.split('\t').filter((c) => c.trim() !== '').length >= 2;
}

/** A cell that is a number: "12.4", "(3.1)", "-5%", "$54 billion", "10.1 million", "86,600 km2". */
function isNumericCell(t: string): boolean {
  return /^[-+−–(]?[$€£]?\s?[\d.,\s]+(?:\s?(?:thousand|million|billion|trillion|mln|bln|bn|[a-zA-Z]{1,3}[23²³]?))?%?\)?$/.test(t.trim()) && /\d/.test(t);
}

function lines(doc: NormalizedDoc): LineInfo[] {
  const text = doc.text;
  // Every normalized line, split into its source lines when it has pipes (see pipeLines).
  const groups: Piece[][] = [];
  let a = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      const t = text.slice(a, i);
      if (t.includes('|') && !t.includes('\t')) groups.push(sourcePieces(doc, a, i));
      else groups.push([{ s: a, e: i, t, line: true }]);
      a = i + 1;
    }
  }
  return pipeLines(doc, groups);
}

// ---------------------------------------------------------------- markdown pipe tables
//
// Normalize may join the source lines of a pipe table into one normalized line (they are not
// tab-separated), so the rows are found again from the source line breaks (through the offset
// map). A pipe table is a run of source lines with "|" whose second line is an alignment row
// ("|---|:--:|", "--- | ---"), or a run of >= 2 lines that all start and end with "|", or a
// run of >= 2 lines without outer pipes with as many cells each and a number in every line
// after the first ("Port | 2022 | 2023" / "Aktau | 21 | 34"); the header
// line has >= 2 cells. The alignment row is not a row. Cells never include the pipes.

const ALIGN_CELL = /^\s*:?-{1,}:?\s*$/;

/** Cell ranges [start, end) (relative to `t`, untrimmed) of a pipe row. */
function pipeCells(t: string): Array<[number, number]> {
  const cuts: number[] = [];
  for (let i = 0; i < t.length; i++) if (t[i] === '|' && t[i - 1] !== '\\') cuts.push(i);
  const bounds: Array<[number, number]> = [];
  let a = 0;
  for (const c of cuts) {
    bounds.push([a, c]);
    a = c + 1;
  }
  bounds.push([a, t.length]);
  // Outer pipes: drop the empty piece before a leading pipe and after a trailing one.
  if (bounds.length > 1 && t.slice(bounds[0]![0], bounds[0]![1]).trim() === '') bounds.shift();
  if (bounds.length > 1 && t.slice(bounds[bounds.length - 1]![0], bounds[bounds.length - 1]![1]).trim() === '') bounds.pop();
  return bounds;
}

function isAlignRow(t: string): boolean {
  if (!t.includes('-') || !t.includes('|')) return false;
  const cells = pipeCells(t);
  return cells.length >= 1 && cells.every(([a, b]) => ALIGN_CELL.test(t.slice(a, b)));
}

const hasOuterPipes = (t: string): boolean => /^\s*\|.*\|\s*$/.test(t);

/** A pipe row with a number after its first cell that is not a bare year ("Aktau | 21 | 34"). */
function bareRowHasFigure(t: string): boolean {
  return pipeCells(t)
    .slice(1)
    .some(([a, b]) => {
      const c = t.slice(a, b).trim();
      return isNumericCell(c) && !/^(?:1[89]|20)\d\d$/.test(c);
    });
}

interface Piece {
  s: number;
  e: number;
  t: string;
  /** A whole normalized line without pipes (never a table row). */
  line?: boolean;
  role?: 'row' | 'header' | 'align';
}

/** Source-line pieces (normalized offsets, trimmed) of the normalized line [a, b). */
function sourcePieces(doc: NormalizedDoc, a: number, b: number): Piece[] {
  const text = doc.text;
  const src = doc.source.text;
  const cuts: Array<[number, number]> = [];
  let s = a;
  for (let i = a; i < b; i++) {
    if (i > a && src.slice(doc.srcEnd[i - 1]!, doc.srcStart[i]!).includes('\n')) {
      if (i > s) cuts.push([s, i]);
      s = i;
    }
    if (/\s/.test(text[i]!) && src.slice(doc.srcStart[i]!, doc.srcEnd[i]!).includes('\n')) {
      if (i > s) cuts.push([s, i]);
      s = i + 1;
    }
  }
  if (b > s) cuts.push([s, b]);
  const out: Piece[] = [];
  for (const [x0, y0] of cuts) {
    let x = x0;
    let y = y0;
    while (x < y && /\s/.test(text[x]!)) x++;
    while (y > x && /\s/.test(text[y - 1]!)) y--;
    if (y > x) out.push({ s: x, e: y, t: text.slice(x, y) });
  }
  if (out.length === 0) out.push({ s: a, e: b, t: text.slice(a, b), line: true });
  return out;
}

/** Start / end of the normalized line around offset `at`. */
function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
function lineEnd(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n;
}

/**
 * Lines of the document from its pieces: pipe-table rows as table lines (the alignment row
 * dropped), the other pieces of a normalized line joined again as one text line. A table may
 * run over several normalized lines (normalize may break or join them anywhere).
 */
function pipeLines(doc: NormalizedDoc, groups: Piece[][]): LineInfo[] {
  const text = doc.text;
  const flat = groups.flat();
  // Two pieces are adjacent source lines when no blank line separates them.
  const adjacent = (j: number): boolean => j > 0 && !text.slice(flat[j - 1]!.e, flat[j]!.s).includes('\n\n');
  // a row needs at least two cells, like a tab-separated one
  const withPipe = (j: number): boolean =>
    j < flat.length && !flat[j]!.line && flat[j]!.t.includes('|') && !isAlignRow(flat[j]!.t) && pipeCells(flat[j]!.t).length >= 2;
  let k = 0;
  while (k < flat.length) {
    if (!withPipe(k)) {
      k++;
      continue;
    }
    let end = k + 1;
    if (end < flat.length && adjacent(end) && !flat[end]!.line && isAlignRow(flat[end]!.t)) {
      flat[k]!.role = 'header';
      flat[end]!.role = 'align';
      end++;
      while (withPipe(end) && adjacent(end)) flat[end++]!.role = 'row';
    } else if (hasOuterPipes(flat[k]!.t)) {
      while (withPipe(end) && adjacent(end) && hasOuterPipes(flat[end]!.t)) end++;
      if (end - k >= 2) for (let j = k; j < end; j++) flat[j]!.role = 'row';
      else end = k + 1;
    } else {
      // bare rows ("Port | 2022 | 2023" / "Aktau | 21 | 34"): as many cells in every line,
      // and a figure in every line after the first (a byline "Analysis | May 2024" is none)
      const n = pipeCells(flat[k]!.t).length;
      while (withPipe(end) && adjacent(end) && pipeCells(flat[end]!.t).length === n && bareRowHasFigure(flat[end]!.t)) end++;
      if (end - k >= 2) for (let j = k; j < end; j++) flat[j]!.role = 'row';
      else end = k + 1;
    }
    k = end;
  }
  const out: LineInfo[] = [];
  for (const g of groups) {
    if (g.every((p) => !p.role)) {
      const s = lineStart(text, g[0]!.s);
      const e = lineEnd(text, g[0]!.s);
      const t = text.slice(s, e);
      out.push({ start: s, end: e, text: t, table: isTableLine(t) });
      continue;
    }
    let from: number | null = null;
    let to = 0;
    const flush = (): void => {
      if (from !== null) out.push({ start: from, end: to, text: text.slice(from, to), table: false });
      from = null;
    };
    for (const p of g) {
      if (!p.role) {
        if (from === null) from = p.s;
        to = p.e;
        continue;
      }
      flush();
      if (p.role !== 'align') {
        out.push({ start: p.s, end: p.e, text: p.t, table: true, pipe: true, ...(p.role === 'header' ? { pipeHeader: true } : {}) });
      }
    }
    flush();
  }
  return out;
}

/** Runs of table / non-table lines, each inside one block. */
function runs(all: LineInfo[]): Run[] {
  const out: Run[] = [];
  let block = 0;
  let cur: Run | null = null;
  for (const l of all) {
    if (l.text.trim() === '') {
      if (cur) {
        out.push(cur);
        cur = null;
        block++;
      }
      continue;
    }
    const kind = l.table ? 'table' : 'text';
    if (cur && cur.kind === kind) {
      cur.lines.push(l);
    } else {
      if (cur) out.push(cur);
      cur = { kind, lines: [l], block };
    }
  }
  if (cur) out.push(cur);
  return out;
}

/**
 * A caption line ("Table 2: ...") that ends a run of text lines right above a table in the
 * same block (a text without blank lines, as a PDF extraction gives) is a run of its own, so
 * that it can be the table's caption rather than the end of a paragraph.
 */
function splitCaptions(rs: Run[]): Run[] {
  const out: Run[] = [];
  rs.forEach((r, i) => {
    const next = rs[i + 1];
    const last = r.lines[r.lines.length - 1]!;
    if (r.kind === 'text' && r.lines.length > 1 && next?.kind === 'table' && next.block === r.block && CAPTION.test(last.text.trim())) {
      out.push({ kind: 'text', lines: r.lines.slice(0, -1), block: r.block }, { kind: 'text', lines: [last], block: r.block });
    } else out.push(r);
  });
  return out;
}

const runSpan = (r: Run): Span => ({ start: r.lines[0]!.start, end: r.lines[r.lines.length - 1]!.end });
const runText = (r: Run): string => r.lines.map((l) => l.text).join('\n');

/** Markdown heading level of the text at normalized offset `at`, from the original line. */
function markdownLevel(doc: NormalizedDoc, at: number): number {
  if (at >= doc.text.length) return 0;
  const src = doc.source.text;
  const pos = doc.srcStart[at]!;
  const ls = src.lastIndexOf('\n', pos - 1) + 1;
  const m = /^ {0,3}(#{1,6})[ \t]+(?:[*_]{1,3})?$/.exec(src.slice(ls, pos));
  return m ? m[1]!.length : 0;
}

function isTitleLike(t: string): boolean {
  if (t.length < 2 || t.length > 90 || t.includes('\n') || t.includes('\t')) return false;
  if (/[.,;:!?]$/.test(t)) return false;
  if (!/^["“‘(]?[\p{Lu}\p{N}]/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  const last = words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, '');
  return !FUNCTION_WORDS.has(last);
}

function isProse(t: string): boolean {
  return t.length >= 60 && /[.!?]["'”’)]*(\s|$)/.test(t);
}

function makeRow(text: string, line: LineInfo): TableRow {
  const cells: TableCell[] = [];
  if (line.pipe) {
    for (const [ra, rb] of pipeCells(line.text)) {
      const sp = trimSpan(text, { start: line.start + ra, end: line.start + rb });
      cells.push({ span: sp, text: text.slice(sp.start, sp.end) });
    }
    return { span: { start: line.start, end: line.end }, cells };
  }
  let a = line.start;
  for (const part of line.text.split('\t')) {
    let s = a;
    let e = a + part.length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    cells.push({ span: { start: s, end: e }, text: text.slice(s, e) });
    a += part.length + 1;
  }
  return { span: { start: line.start, end: line.end }, cells };
}

function trimSpan(text: string, s: Span): Span {
  let a = s.start;
  let b = s.end;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { start: a, end: b };
}

export function segment(doc: NormalizedDoc, _ctx: RunContext): SegmentedDoc {
  const text = doc.text;
  const rs = splitCaptions(runs(lines(doc)));

  // Role of every run: heading, caption of a table, table rows, or paragraph.
  type Role =
    | { kind: 'heading'; level: number }
    | { kind: 'caption'; table: number }
    | { kind: 'paragraph' }
    | { kind: 'table' };
  const roles: Role[] = rs.map((r) => (r.kind === 'table' ? { kind: 'table' } : { kind: 'paragraph' }));

  // Markdown headings.
  let mdHeadings = 0;
  rs.forEach((r, i) => {
    if (r.kind !== 'text' || r.lines.length !== 1) return;
    const level = markdownLevel(doc, r.lines[0]!.start);
    if (level > 0) {
      roles[i] = { kind: 'heading', level };
      mdHeadings++;
    }
  });

  // Tables and their captions.
  const tableRuns: number[] = [];
  rs.forEach((r, i) => {
    if (r.kind === 'table') tableRuns.push(i);
  });
  const captionOf = new Map<number, { runs: number[]; after: number | null }>();
  for (const ti of tableRuns) {
    const before: number[] = [];
    const prev = ti - 1;
    if (prev >= 0 && rs[prev]!.kind === 'text' && roles[prev]!.kind === 'paragraph') {
      const pt = runText(rs[prev]!);
      if (CAPTION.test(pt)) before.push(prev);
      else if (rs[prev]!.lines.length === 1 && isTitleLike(pt) && pt.split(/\s+/).length >= 2) {
        // An unlabelled title line right before the rows ("Trade by year (USD million)").
        before.push(prev);
      }
    }
    let after: number | null = null;
    if (before.length > 0) {
      const capText = runText(rs[before[0]!]!).replace(CAPTION, '').trim();
      const nxt = ti + 1;
      if (capText.split(/\s+/).filter(Boolean).length < 3 && nxt < rs.length && rs[nxt]!.kind === 'text') {
        const nt = runText(rs[nxt]!);
        if (!/^source/i.test(nt) && nt.split(/\s+/).length <= 25 && !isProse(nt) && roles[nxt]!.kind === 'paragraph') {
          after = nxt;
        }
      }
    }
    captionOf.set(ti, { runs: before, after });
  }

  // Plain-text headings (layout), only when the document has no markdown headings to speak of.
  if (mdHeadings < 2) {
    let seenProse = false;
    rs.forEach((r, i) => {
      if (roles[i]!.kind !== 'paragraph') return;
      const t = runText(r);
      if (isProse(t)) {
        seenProse = true;
        return;
      }
      if (!seenProse || r.lines.length !== 1 || !isTitleLike(t) || CAPTION.test(t)) return;
      if (i > 0 && rs[i - 1]!.block === r.block) return;
      const next = rs[i + 1];
      if (!next || next.kind !== 'text' || next.block === r.block) return;
      const nt = runText(next);
      if (!isProse(nt) && !(nt.length >= 60 && !isTitleLike(nt))) return;
      roles[i] = { kind: 'heading', level: 1 };
    });
  }

  // Tables.
  const tables: Table[] = [];
  const tableIndexOfRun = new Map<number, number>();
  for (const ti of tableRuns) {
    const r = rs[ti]!;
    const rows = r.lines.map((l) => makeRow(text, l));
    let header: TableRow | null = null;
    const first = rows[0]!;
    const filled = first.cells.filter((c) => c.text !== '');
    // A pipe table's alignment row marks its header; otherwise most header cells are words.
    if (rows.length > 1 && (r.lines[0]!.pipeHeader || filled.filter((c) => !isNumericCell(c.text)).length * 2 > filled.length)) {
      header = first;
    }
    const cap = captionOf.get(ti)!;
    let caption: string | null = null;
    let captionSpan: Span | null = null;
    if (cap.runs.length > 0) {
      const capLines = rs[cap.runs[0]!]!.lines;
      captionSpan = { start: capLines[0]!.start, end: capLines[capLines.length - 1]!.end };
      caption = capLines.map((l) => l.text.trim()).join(' ');
      if (cap.after !== null) caption += ' ' + runText(rs[cap.after]!).replace(/\s+/g, ' ').trim();
    }
    const index = tables.length;
    tableIndexOfRun.set(ti, index);
    tables.push({
      index,
      section: 0,
      caption,
      captionSpan,
      header,
      rows: header ? rows.slice(1) : rows,
      span: runSpan(r),
    });
    for (const c of cap.runs) roles[c] = { kind: 'caption', table: index };
    if (cap.after !== null) roles[cap.after] = { kind: 'caption', table: index };
  }

  // Sections.
  const sections: Section[] = [];
  const headingRuns = rs.map((_, i) => i).filter((i) => roles[i]!.kind === 'heading');
  const firstHeadingStart = headingRuns.length > 0 ? runSpan(rs[headingRuns[0]!]!).start : text.length;
  if (text.slice(0, firstHeadingStart).trim() !== '' || headingRuns.length === 0) {
    sections.push({ index: 0, heading: null, headingSpan: null, level: 0, span: { start: 0, end: firstHeadingStart } });
  }
  headingRuns.forEach((ri, k) => {
    const hs = trimSpan(text, runSpan(rs[ri]!));
    const end = k + 1 < headingRuns.length ? runSpan(rs[headingRuns[k + 1]!]!).start : text.length;
    const role = roles[ri] as { kind: 'heading'; level: number };
    sections.push({
      index: sections.length,
      heading: text.slice(hs.start, hs.end),
      headingSpan: hs,
      level: role.level,
      span: { start: hs.start, end },
    });
  });
  const sectionAt = (pos: number): number => {
    let s = 0;
    for (const sec of sections) if (sec.span.start <= pos) s = sec.index;
    return s;
  };
  for (const t of tables) t.section = sectionAt(t.captionSpan?.start ?? t.span.start);
  // A caption must sit in the table's section; otherwise (a heading in between) drop the span.
  for (const t of tables) {
    if (t.captionSpan && sectionAt(t.captionSpan.start) !== sectionAt(t.span.start)) {
      t.section = sectionAt(t.span.start);
      t.caption = null;
      t.captionSpan = null;
    }
  }

  // Paragraphs and sentences.
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  rs.forEach((r, i) => {
    if (roles[i]!.kind !== 'paragraph') return;
    const span = trimSpan(text, runSpan(r));
    if (span.end <= span.start) return;
    const p: Paragraph = { index: paragraphs.length, section: sectionAt(span.start), span };
    paragraphs.push(p);
    for (const l of r.lines) {
      for (const s of splitSentences(l.text, l.start)) {
        sentences.push({ index: sentences.length, section: p.section, paragraph: p.index, span: s });
      }
    }
  });

  return { ...doc, sections, paragraphs, sentences, tables };
}
