import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { EntityMention, ExtractedDoc, FigureMention, Span } from '../../src/core/types.js';
import { resolveFigures } from '../../src/resolve/figures.js';

// Original text has a line break that the "normalized" text replaces with a space.
const source = 'Exports from Georgia to Armenia\nwere $61.2 million. Georgia and Turkey agreed.\n\nTrade with Iran (USD m)\n2020\t45.0';
const text = source.replace('Armenia\nwere', 'Armenia were');

function span(sub: string, from = 0): Span {
  const s = text.indexOf(sub, from);
  if (s < 0) throw new Error(sub);
  return { start: s, end: s + sub.length };
}

function entity(name: string, surface: string, from = 0): EntityMention {
  return { kind: 'entity', span: span(surface, from), text: surface, ruleId: 'test', name, entityKind: 'country', score: 1 };
}

function figure(sub: string, extra: Partial<FigureMention> = {}): FigureMention {
  const sp = span(sub);
  return {
    kind: 'figure', span: sp, text: sub, ruleId: 'figures/money/symbol', value: 61200000, unit: 'USD',
    approx: null, measure: 'exports', date: null, entities: [], ...extra,
  };
}

function build(): ExtractedDoc {
  const n = text.length;
  const srcStart = new Int32Array(n);
  const srcEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    srcStart[i] = i;
    srcEnd[i] = i + 1;
  }
  const s1 = span('Exports from Georgia to Armenia were $61.2 million.');
  const s2 = span('Georgia and Turkey agreed.', s1.end);
  const cap = span('Trade with Iran (USD m)');
  const row = span('2020\t45.0');
  const cell = span('45.0');
  return {
    source: { id: 'a.txt', path: 'a.txt', sha256: 'abc', format: 'txt', encoding: 'utf-8', text: source, pages: [], bytes: source.length },
    text,
    srcStart,
    srcEnd,
    sections: [{ index: 0, heading: 'Relations with Azerbaijan', headingSpan: null, level: 1, span: { start: 0, end: n } }],
    paragraphs: [],
    sentences: [
      { index: 0, section: 0, paragraph: 0, span: s1 },
      { index: 1, section: 0, paragraph: 0, span: s2 },
    ],
    tables: [
      {
        index: 0, section: 0, caption: 'Trade with Iran (USD m)', captionSpan: cap, header: null,
        rows: [{ span: row, cells: [{ span: span('2020'), text: '2020' }, { span: cell, text: '45.0' }] }],
        span: { start: cap.start, end: row.end },
      },
    ],
    documentDate: { value: null, method: 'none', span: null },
    mentions: [
      entity('Georgia', 'Georgia'),
      entity('Armenia', 'Armenia'),
      figure('$61.2 million'),
      entity('Georgia', 'Georgia', s1.end),
      entity('Turkey', 'Turkey'),
      entity('Iran', 'Iran'),
      figure('45.0', { ruleId: 'figures/table/cell', value: 45e6, cell: { table: 0, row: 0, col: 1 } }),
    ],
  };
}

describe('resolveFigures', () => {
  const doc = build();
  const rows = resolveFigures(doc, new ProvenanceBuilder(doc));

  it('makes one row per figure mention with provenance on the original text', () => {
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(source.slice(r.span.start, r.span.end)).toBe(r.quote);
    expect(rows[0]!.quote).toBe('$61.2 million');
    expect(rows[0]!.text).toBe('$61.2 million');
    expect(rows[0]!.line).toBe(2);
    expect(rows[0]!.rule).toBe('figures/money/symbol');
    expect(rows[0]!.id).toMatch(/^fig_/);
    expect(new Set(rows.map((r) => r.id)).size).toBe(2);
  });

  it('names the entities of the same sentence, deduplicated, in order', () => {
    expect(rows[0]!.entities).toEqual(['Georgia', 'Armenia']);
  });

  it('names the entities of the caption and row for a table cell', () => {
    expect(rows[1]!.entities).toEqual(['Iran']);
    expect(rows[1]!.value).toBe(45e6);
  });

  it('keeps entities the extractor already gave', () => {
    const d = build();
    const f = d.mentions.find((m) => m.kind === 'figure') as FigureMention;
    f.entities = ['Russia'];
    expect(resolveFigures(d, new ProvenanceBuilder(d))[0]!.entities).toEqual(['Russia']);
  });
});
