/**
 * Figure rows: each FigureMention becomes a FigureRow with provenance on the figure's own
 * span (ProvenanceBuilder), `text` = the figure expression, and `entities` = the canonical
 * names of the entity mentions named with it: in the same sentence for a prose figure; in
 * the table caption, the cell's row and the table's section heading for a table cell.
 * Deduplicated, in order of appearance.
 */
import type { ProvenanceBuilder } from '../core/span.js';
import type { EntityMention, ExtractedDoc, FigureMention, FigureRow, Span } from '../core/types.js';

function within(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function sentenceSpanAt(doc: ExtractedDoc, offset: number): Span | null {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!.span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The spans whose entities belong to a figure. */
function contextSpans(doc: ExtractedDoc, m: FigureMention): Span[] {
  if (m.cell) {
    const table = doc.tables.find((t) => t.index === m.cell!.table);
    if (!table) return [];
    const spans: Span[] = [];
    const section = doc.sections.find((s) => s.index === table.section);
    if (section?.headingSpan) spans.push(section.headingSpan);
    if (table.captionSpan) spans.push(table.captionSpan);
    const row = table.rows[m.cell.row];
    if (row) spans.push(row.span);
    return spans;
  }
  const s = sentenceSpanAt(doc, m.span.start);
  return s ? [s] : [];
}

/** Index of the first entity (sorted by start) starting at or after `pos` (binary search). */
function firstStartingAt(entities: EntityMention[], pos: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The canonical names of the entities (sorted by start) inside the figure's context spans,
 * deduplicated, in the order of `entities`. Only the entities starting inside a span can lie in
 * it, so each span looks at that run of the list (binary search) instead of the whole list.
 */
export function entitiesFor(doc: ExtractedDoc, m: FigureMention, entities: EntityMention[]): string[] {
  const spans = contextSpans(doc, m);
  const inside: number[] = [];
  for (const s of spans) {
    for (let i = firstStartingAt(entities, s.start); i < entities.length && entities[i]!.span.start < s.end; i++) {
      if (within(s, entities[i]!.span)) inside.push(i);
    }
  }
  if (spans.length > 1) inside.sort((a, b) => a - b);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const i of inside) {
    const name = entities[i]!.name;
    if (seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}

export function resolveFigures(doc: ExtractedDoc, prov: ProvenanceBuilder): FigureRow[] {
  const entities = doc.mentions
    .filter((m): m is EntityMention => m.kind === 'entity')
    .sort((a, b) => a.span.start - b.span.start);
  const rows: FigureRow[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== 'figure') continue;
    const extra = m.cell ? `cell:${m.cell.table}:${m.cell.row}:${m.cell.col}` : `${m.unit}:${JSON.stringify(m.value)}`;
    // the provenance, then the figure's fields in this order (as a spread would give them, without the copy)
    const row = prov.make('fig', m.span, m.ruleId, extra) as FigureRow;
    row.value = m.value;
    row.unit = m.unit;
    row.approx = m.approx;
    row.measure = m.measure;
    row.date = m.date;
    row.entities = m.entities.length > 0 ? [...m.entities] : entitiesFor(doc, m, entities);
    row.text = m.text;
    rows.push(row);
  }
  return rows;
}
