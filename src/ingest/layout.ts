/**
 * Reading order of a PDF page from positioned text items (pdf.js text content): finds a
 * two-column layout and reads it column by column. pdf-parse joins items in drawing order,
 * which is column order for most generators but row order for some (then each extracted
 * line holds a line of both columns); this module is used only when it finds two columns.
 *
 * Pure functions, no I/O. Coordinates are PDF user space (y grows upwards).
 */

export interface TextItem {
  str: string;
  /** x of the baseline start. */
  x: number;
  /** y of the baseline. */
  y: number;
  width: number;
  /** Font size (height of the em box). */
  size: number;
}

interface Row {
  y: number;
  size: number;
  items: TextItem[];
}

/** pdf.js text items (transform = [a, b, c, d, e, f]) to TextItems; others are skipped. */
export function toTextItems(raw: readonly unknown[]): TextItem[] {
  const out: TextItem[] = [];
  for (const it of raw) {
    const r = it as { str?: unknown; transform?: unknown; width?: unknown; height?: unknown };
    if (typeof r.str !== 'string' || r.str.trim() === '' || !Array.isArray(r.transform)) continue;
    const t = r.transform as number[];
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || (typeof r.height === 'number' ? r.height : 0) || 10;
    out.push({ str: r.str, x: t[4] ?? 0, y: t[5] ?? 0, width: typeof r.width === 'number' ? r.width : 0, size });
  }
  return out;
}

/** Items on one baseline (within a third of the font size), top to bottom; items left to right. */
function rows(items: TextItem[]): Row[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Row[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.y - it.y) <= Math.max(1, 0.35 * Math.min(last.size, it.size))) {
      last.items.push(it);
      last.size = Math.max(last.size, it.size);
    } else {
      out.push({ y: it.y, size: it.size, items: [it] });
    }
  }
  for (const r of out) r.items.sort((a, b) => a.x - b.x);
  return out;
}

/** The text of a row: items joined, with a space where there is a visible gap. */
function rowText(items: TextItem[]): string {
  let s = '';
  let end = -Infinity;
  for (const it of items) {
    if (s !== '' && it.x - end > 0.15 * it.size && !s.endsWith(' ') && !it.str.startsWith(' ')) s += ' ';
    s += it.str;
    end = it.x + it.width;
  }
  return s.trim();
}

/** Lines of a block of rows, with an empty line where the vertical gap shows a paragraph break. */
function blockLines(rs: Row[]): string[] {
  const gaps: number[] = [];
  for (let i = 1; i < rs.length; i++) gaps.push(rs[i - 1]!.y - rs[i]!.y);
  const sorted = [...gaps].sort((a, b) => a - b);
  const usual = sorted.length ? sorted[sorted.length >> 1]! : 0;
  const out: string[] = [];
  rs.forEach((r, i) => {
    if (i > 0 && usual > 0 && gaps[i - 1]! > 1.6 * usual) out.push('');
    const t = rowText(r.items);
    if (t) out.push(t);
  });
  return out;
}

/**
 * The x of the gutter between two columns, or null: the widest vertical band in the middle
 * of the page (between 25% and 75% of the text's width) that no more than a few items cross,
 * with prose on both sides (enough rows, most of them filling their column, and each column
 * at least 30% of the text's width).
 */
export function findGutter(items: TextItem[]): number | null {
  if (items.length < 10) return null;
  const left = Math.min(...items.map((i) => i.x));
  const right = Math.max(...items.map((i) => i.x + i.width));
  const width = right - left;
  if (width <= 0) return null;
  const bins = Math.ceil(width);
  const cover = new Int32Array(bins + 1);
  for (const it of items) {
    const a = Math.max(0, Math.floor(it.x - left));
    const b = Math.min(bins, Math.ceil(it.x + it.width - left));
    for (let k = a; k < b; k++) cover[k]!++;
  }
  const allowed = Math.max(1, Math.floor(items.length * 0.03));
  let best: { a: number; b: number } | null = null;
  const lo = Math.floor(0.25 * width);
  const hi = Math.ceil(0.75 * width);
  for (let k = lo; k <= hi; k++) {
    if (cover[k]! > allowed) continue;
    let e = k;
    while (e + 1 <= hi && cover[e + 1]! <= allowed) e++;
    if (!best || e - k > best.b - best.a) best = { a: k, b: e };
    k = e;
  }
  if (!best || best.b - best.a + 1 < 6) return null;
  const gx = left + (best.a + best.b + 1) / 2;
  // Prose on both sides: rows of each side fill most of that side's width.
  const sides = [items.filter((i) => i.x + i.width <= gx), items.filter((i) => i.x >= gx)];
  for (const side of sides) {
    const rs = rows(side);
    if (rs.length < 5) return null;
    const sl = Math.min(...side.map((i) => i.x));
    const sr = Math.max(...side.map((i) => i.x + i.width));
    // A column is a good part of the page's width (a table's label column is not).
    if (sr - sl < 0.3 * width) return null;
    const fills = rs.map((r) => {
      const a = r.items[0]!.x;
      const last = r.items[r.items.length - 1]!;
      return (last.x + last.width - a) / (sr - sl);
    });
    const full = fills.filter((f) => f >= 0.6).length;
    if (full < 0.5 * rs.length) return null;
  }
  return gx;
}

/**
 * The text of a two-column page in reading order, or null when the page is not two columns.
 * Rows that cross the gutter (titles, running heads, full-width figures) cut the page into
 * blocks; each block is read left column then right column.
 */
export function columnText(items: TextItem[]): string | null {
  const gx = findGutter(items);
  if (gx === null) return null;
  const crosses = (i: TextItem): boolean => i.x < gx && i.x + i.width > gx;
  const all = rows(items);
  const lines: string[] = [];
  let block: Row[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const l = rows(block.flatMap((r) => r.items.filter((i) => i.x + i.width <= gx)));
    const r = rows(block.flatMap((r) => r.items.filter((i) => i.x >= gx)));
    const left = blockLines(l);
    const right = blockLines(r);
    if (lines.length && left.length) lines.push('');
    lines.push(...left);
    if (lines.length && right.length) lines.push('');
    lines.push(...right);
    block = [];
  };
  // A wide vertical gap (a running head above the body, a footer below it) also ends a block.
  const gaps = all.slice(1).map((r, i) => all[i]!.y - r.y).sort((a, b) => a - b);
  const usual = gaps.length ? gaps[gaps.length >> 1]! : 0;
  let prevY: number | null = null;
  for (const row of all) {
    if (prevY !== null && usual > 0 && prevY - row.y > 3 * usual) flush();
    prevY = row.y;
    if (row.items.some(crosses)) {
      flush();
      if (lines.length) lines.push('');
      lines.push(rowText(row.items));
    } else {
      block.push(row);
    }
  }
  flush();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
