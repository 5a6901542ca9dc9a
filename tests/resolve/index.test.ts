import { describe, expect, it } from 'vitest';
import type { DateMention, EntityMention, ExtractedDoc, Mention, SourceDoc } from '../../src/core/types.js';
import { extractTriggers } from '../../src/extract/events/index.js';
import { resolve } from '../../src/resolve/index.js';

/**
 * A source with a hyphenated line break and a wrapped line, normalized by hand: the normalized
 * text drops "-\n" and turns "\n" into a space, so normalized offsets differ from the source's.
 */
function mappedDoc(): ExtractedDoc {
  const original = 'Diplomatic ties with the duchy were estab-\nlished on 9 March 1893. The president of\nRuritania visited Baku in July 1899.\n';
  const chars: string[] = [];
  const srcStart: number[] = [];
  const srcEnd: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i]!;
    if (ch === '-' && original[i + 1] === '\n') {
      i++;
      continue;
    }
    chars.push(ch === '\n' ? ' ' : ch);
    srcStart.push(i);
    srcEnd.push(i + 1);
  }
  const text = chars.join('');
  const source: SourceDoc = {
    id: 'mapped.txt',
    path: 'mapped.txt',
    sha256: 'f00d',
    format: 'txt',
    encoding: 'utf-8',
    text: original,
    pages: [],
    bytes: original.length,
  };
  const s2 = text.indexOf('The president');
  const base = {
    source,
    text,
    srcStart: Int32Array.from(srcStart),
    srcEnd: Int32Array.from(srcEnd),
    sections: [{ index: 0, heading: null, headingSpan: null, level: 0, span: { start: 0, end: text.length } }],
    paragraphs: [{ index: 0, section: 0, span: { start: 0, end: text.length } }],
    sentences: [
      { index: 0, section: 0, paragraph: 0, span: { start: 0, end: s2 - 1 } },
      { index: 1, section: 0, paragraph: 0, span: { start: s2, end: text.length - 1 } },
    ],
    tables: [],
  };
  const at = (s: string) => {
    const i = text.indexOf(s);
    return { start: i, end: i + s.length };
  };
  const date = (s: string, value: string, start: string, end: string, granularity: 'day' | 'month'): DateMention => ({
    kind: 'date',
    span: at(s),
    text: s,
    ruleId: 'dates/test',
    timexType: 'DATE',
    timexValue: value,
    date: { value, start, end, granularity, inferred: false },
  });
  const entity = (s: string, name: string, entityKind: EntityMention['entityKind']): EntityMention => ({
    kind: 'entity',
    span: at(s),
    text: s,
    ruleId: 'entities/test',
    name,
    entityKind,
    score: 1,
  });
  const mentions: Mention[] = [
    date('9 March 1893', '1893-03-09', '1893-03-09', '1893-03-09', 'day'),
    date('July 1899', '1899-07', '1899-07-01', '1899-07-31', 'month'),
    entity('Ruritania', 'Ruritania', 'country'),
    entity('Baku', 'Baku', 'city'),
    ...extractTriggers(base, { messages: [] }),
  ];
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { ...base, documentDate: { value: '1900', method: 'header', span: null }, mentions };
}

describe('resolve', () => {
  it('returns events whose quotes are the source text at their spans', () => {
    const doc = mappedDoc();
    const out = resolve(doc, { messages: [] });
    expect(out.source).toBe(doc.source);
    expect(out.events.map((e) => [e.type, e.date.value])).toEqual([
      ['diplomatic', '1893-03-09'],
      ['visit', '1899-07'],
    ]);
    for (const row of [...out.events, ...out.figures, ...out.mentions]) {
      expect(doc.source.text.slice(row.span.start, row.span.end)).toBe(row.quote);
      expect(row.source).toBe('mapped.txt');
    }
    // The first event's quote runs across the hyphenated line break of the source.
    expect(out.events[0]!.quote).toContain('estab-\nlished on 9 March 1893');
    expect(out.events[1]).toMatchObject({ where: 'Baku', line: 3 });
    expect(out.events[1]!.actors).toContain('Ruritania');
  });

  it('gives stable ids across runs', () => {
    const a = resolve(mappedDoc(), { messages: [] });
    const b = resolve(mappedDoc(), { messages: [] });
    expect(a.events.map((e) => e.id)).toEqual(b.events.map((e) => e.id));
    expect(new Set(a.events.map((e) => e.id)).size).toBe(a.events.length);
  });
});
