import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkRuleSet } from '../../helpers/rules.js';
import { extractTriggers, findTriggers, triggerRules } from '../../../src/extract/events/index.js';
import type { SegmentedDoc } from '../../../src/core/types.js';

checkRuleSet(triggerRules);

function segDoc(text: string): SegmentedDoc {
  const n = text.length;
  const srcStart = new Int32Array(n);
  const srcEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    srcStart[i] = i;
    srcEnd[i] = i + 1;
  }
  return {
    source: { id: 't.txt', path: 't.txt', sha256: 'x', format: 'txt', encoding: 'utf-8', text, pages: [], bytes: n },
    text,
    srcStart,
    srcEnd,
    sections: [],
    paragraphs: [],
    sentences: [{ index: 0, section: 0, paragraph: 0, span: { start: 0, end: n } }],
    tables: [],
  };
}

describe('extractTriggers', () => {
  it('prefers the longer phrase over a word inside it', () => {
    const text = 'Diplomatic relations were established on 9 March 1993 and a state visit followed.';
    const ts = extractTriggers(segDoc(text), { messages: [] });
    expect(ts.map((t) => [t.text, t.eventType])).toEqual([
      ['Diplomatic relations', 'diplomatic'],
      ['established', 'establishment'],
      ['state visit', 'visit'],
    ]);
    for (const t of ts) expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
  });

  it('matches phrases across a line break', () => {
    const ts = findTriggers('The pipeline was put into\noperation in 2006.');
    expect(ts[0]).toMatchObject({ text: 'put into\noperation', type: 'opening', planned: false });
  });

  it('marks plans and targets as planned, and not past happenings', () => {
    expect(findTriggers('The new port is set to begin operations next spring.')[0]).toMatchObject({ planned: true });
    expect(findTriggers('The pact is set to come into force in 2030.')[0]).toMatchObject({ planned: true, type: 'establishment' });
    expect(findTriggers('The new port began operations last year.')[0]).toMatchObject({ planned: false });
  });

  it('does not take "paid a visit" as a payment', () => {
    const ts = findTriggers('The premier paid a visit to Riga in 2005.');
    expect(ts.map((t) => t.type)).toEqual(['visit']);
  });

  it('never throws and emits valid spans on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const ts = extractTriggers(segDoc(s), { messages: [] });
        for (const t of ts) {
          expect(t.span.start).toBeGreaterThanOrEqual(0);
          expect(t.span.end).toBeLessThanOrEqual(s.length);
          expect(t.span.start).toBeLessThan(t.span.end);
          expect(s.slice(t.span.start, t.span.end)).toBe(t.text);
        }
      }),
    );
  });
});

describe('document titles', () => {
  it('keeps the head of a title and drops event words inside it', () => {
    const ts = findTriggers('The Treaty on Strategic Partnership and Mutual Assistance was signed in 1998.');
    expect(ts.map((t) => t.text)).toEqual(['Treaty', 'signed']);
  });
  it('keeps event words outside titles', () => {
    const ts = findTriggers('The two states built a strategic partnership in 2009.');
    expect(ts.map((t) => t.type)).toContain('diplomatic');
  });
});
