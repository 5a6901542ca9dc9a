import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { DateMention, DateValue, EntityKind, EntityMention, ExtractedDoc, Mention, Sentence } from '../../src/core/types.js';
import { extractTriggers } from '../../src/extract/events/index.js';
import { resolveEvents } from '../../src/resolve/events.js';

/** A date value from an ISO year, month or day (or START/END of days). */
function dv(value: string, inferred = false): DateValue {
  const [a, b] = value.includes('/') ? value.split('/') : [value, value];
  const first = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
  const last = (v: string) => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-28` : v);
  const granularity = value.includes('/') ? 'range' : value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return { value, start: first(a!), end: last(b!), granularity, inferred };
}

interface Spec {
  dates?: [string, string][];
  entities?: [string, string, EntityKind][];
  /** Figures: text, value, unit. */
  figures?: [string, number, string][];
  published?: string;
}

/** An ExtractedDoc over `text` (identity normalization), sentences split after ". ". */
function makeDoc(text: string, spec: Spec): ExtractedDoc {
  const n = text.length;
  const srcStart = new Int32Array(n);
  const srcEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    srcStart[i] = i;
    srcEnd[i] = i + 1;
  }
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
    source: { id: 't.txt', path: 't.txt', sha256: 'abc', format: 'txt' as const, encoding: 'utf-8', text, pages: [], bytes: n },
    text,
    srcStart,
    srcEnd,
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

function run(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (name) => ({ Baku: 'Azerbaijan', Tashkent: 'Uzbekistan', 'Jan Novak': 'Czechia' } as Record<string, string>)[name] ?? null,
  });
}


describe('absent states (time-scoped)', () => {
  it('makes "has no embassy in X" an absent diplomatic state dated by the brief', () => {
    const text = 'Norway has no embassy in Bolivia. Trade is small.';
    const rows = run(text, {
      entities: [
        ['Norway', 'Norway', 'country'],
        ['Bolivia', 'Bolivia', 'country'],
      ],
      published: '2013-04-02',
    });
    const absent = rows.filter((r) => r.state === 'absent');
    expect(absent).toHaveLength(1);
    const r = absent[0]!;
    expect(r.type).toBe('diplomatic');
    expect(r.date).toEqual({ value: '2013-04-02', start: '2013-04-02', end: '2013-04-02', granularity: 'day', inferred: true });
    expect(r.actors).toEqual(['Norway', 'Bolivia']);
    expect(r.where).toBe('Bolivia');
    expect(r.planned).toBe(false);
    expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
    expect(r.quote).toBe('has no embassy');
  });

  it('dates an absent state at the brief\'s year when that is all it has', () => {
    const rows = run('The two republics have not yet signed the border treaty.', { published: '2011' });
    const r = rows.find((x) => x.state === 'absent');
    expect(r?.type).toBe('agreement');
    expect(r?.date).toMatchObject({ value: '2011', start: '2011-01-01', end: '2011-12-31', granularity: 'year', inferred: true });
  });

  it('gives nothing without a brief date, in past narrative, in a question or a condition', () => {
    expect(run('Norway has no embassy in Bolivia.', {}).filter((r) => r.state === 'absent')).toEqual([]);
    const pub = { published: '2014' };
    expect(run('In 1999 there was no embassy in La Paz.', { ...pub, dates: [['1999', '1999']] }).filter((r) => r.state)).toEqual([]);
    expect(run('Why does Norway not have an embassy in Bolivia?', pub).filter((r) => r.state)).toEqual([]);
    expect(run('If there is no treaty by then, talks will stall.', pub).filter((r) => r.state)).toEqual([]);
    // a date before it in its clause: not a state as of writing
    expect(run('Since 2009 there is still no treaty on the border.', { ...pub, dates: [['2009', '2009']] }).filter((r) => r.state)).toEqual([]);
  });

  it('leaves the happenings of the sentence as they were', () => {
    const text = 'Peru opened an embassy in Oslo in 2004, but Norway has no embassy in Lima.';
    const spec = {
      dates: [['2004', '2004']] as [string, string][],
      entities: [
        ['Peru', 'Peru', 'country'],
        ['Oslo', 'Oslo', 'city'],
        ['Norway', 'Norway', 'country'],
        ['Lima', 'Lima', 'city'],
      ] as [string, string, EntityKind][],
      published: '2015',
    };
    const rows = run(text, spec);
    const happenings = rows.filter((r) => !r.state);
    expect(happenings.map((r) => [r.date.value, r.state])).toEqual(happenings.map((r) => ['2004', undefined]));
    expect(happenings.length).toBeGreaterThan(0);
    const absent = rows.filter((r) => r.state === 'absent');
    expect(absent.map((r) => [r.type, r.date.value, r.where])).toEqual([['diplomatic', '2015', 'Lima']]);
  });

  it('takes its actors from its own clause, not from a happening before ", and"', () => {
    const text = 'Talks between Peru and Ecuador in 2005 gave nothing, and to date no binding treaty has been signed.';
    const rows = run(text, {
      dates: [['2005', '2005']],
      entities: [
        ['Peru', 'Peru', 'country'],
        ['Ecuador', 'Ecuador', 'country'],
      ],
      published: '2014',
    });
    const r = rows.find((x) => x.state === 'absent');
    expect(r?.quote).toBe('no binding treaty has been signed');
    expect(r?.actors).toEqual([]);
  });

  it('never throws and keeps every span valid (property)', () => {
    const words = ['there', 'is', 'are', 'no', 'not', 'yet', 'has', 'have', 'signed', 'embassy', 'treaty', 'direct', 'flights', 'if', '?', '.', 'Norway', 'in'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        const rows = run(text, { published: '2020' });
        for (const r of rows) {
          expect(r.span.start).toBeGreaterThanOrEqual(0);
          expect(r.span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
        }
      }),
      { numRuns: 200 },
    );
  });
});
