/** Hand-built ExtractedDocs for the events tests: dates, entities and figures placed by text. */
import { identityDoc, ProvenanceBuilder } from '../../src/core/span.js';
import type { DateMention, DateValue, EntityKind, EntityMention, ExtractedDoc, Mention, Sentence } from '../../src/core/types.js';
import { extractTriggers } from '../../src/extract/events/index.js';
import { resolveEvents } from '../../src/resolve/events.js';

/** A date value from an ISO year, month or day (or START/END of days). */
export function dv(value: string, inferred = false): DateValue {
  const [a, b] = value.includes('/') ? value.split('/') : [value, value];
  const first = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  const last = (v: string) => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-28` : v);
  const granularity = value.includes('/') ? 'range' : value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { value, start: first(a!), end: last(b!), granularity, inferred };
}

export interface Spec {
  dates?: [string, string][];
  entities?: [string, string, EntityKind][];
  /** Figures: text, value, unit. */
  figures?: [string, number, string][];
  published?: string;
}

/** An ExtractedDoc over `text` (identity normalization), sentences split after ". ". */
export function makeDoc(text: string, spec: Spec): ExtractedDoc {
  const n = text.length;
  const sentences: Sentence[] = [];
  // A sentence ends at ".", "!" or "?" followed by a space and a capital letter.
  const cuts = [0];
  for (const m of text.matchAll(/[.!?](?=\s+[A-Z])/g)) cuts.push(m.index + 1);
  cuts.push(n);
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i]!;
    while (start < cuts[i + 1]! && /\s/.test(text[start]!)) start++;
    if (start < cuts[i + 1]!) sentences.push({ index: sentences.length, section: 0, paragraph: 0, span: { start, end: cuts[i + 1]! } });
  }
  const base = {
    ...identityDoc(text, 't.txt'),
    sections: [],
    paragraphs: [],
    sentences,
    tables: [],
  };
  const mentions: Mention[] = [];
  const used = new Map<string, number>();
  const at = (s: string) => {
    const from = used.get(s) ?? 0;
    const i = text.indexOf(s, from);
    if (i < 0) throw new Error(`not in text: ${s}`);
    used.set(s, i + 1);
    return { start: i, end: i + s.length };
  };
  for (const [s, v] of spec.dates ?? []) {
    const d: DateMention = { kind: 'date', span: at(s), text: s, ruleId: 'dates/test', timexType: 'DATE', timexValue: v, date: dv(v) };
    mentions.push(d);
  }
  for (const [s, name, kind] of spec.entities ?? []) {
    const e: EntityMention = { kind: 'entity', span: at(s), text: s, ruleId: 'entities/test', name, entityKind: kind, score: 1 };
    mentions.push(e);
  }
  for (const [s, value, unit] of spec.figures ?? []) {
    mentions.push({ kind: 'figure', span: at(s), text: s, ruleId: 'figures/test', value, unit, approx: null, measure: null, date: null, entities: [] });
  }
  mentions.push(...extractTriggers(base, { messages: [] }));
  mentions.sort((a, b) => a.span.start - b.span.start);
  return {
    ...base,
    documentDate: { value: spec.published ?? null, method: spec.published ? 'header' : 'none', span: null },
    mentions,
  };
}

export function run(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (name) => ({ Baku: 'Azerbaijan', Tashkent: 'Uzbekistan', 'Jan Novak': 'Czechia' } as Record<string, string>)[name] ?? null,
  });
}
