/**
 * Period and aggregate happenings (helper "periods", session 5): a period counted from the time
 * of writing dates a happening ("over the past two years", "within the next three years", "in
 * the first nine months of the year"); a sentence opening with "since then" counts from the last
 * happening of the sentence before; a negated verb with "until <date>" did happen at that date;
 * "built" with an abstract object ("built trust") opens nothing. All sentences are the
 * project's own, on topics of their own.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { DateMention } from '../../src/core/types.js';
import { anchoredPeriod, resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, run, type Spec } from '../helpers/events-doc.js';

function duration(text: string, phrase: string, value: string): DateMention {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in text: ${phrase}`);
  return { kind: 'date', span: { start, end: start + phrase.length }, text: phrase, ruleId: 'dates/test-duration', timexType: 'DURATION', timexValue: value, date: null };
}

/** Events of `text` with one duration mention added to the spec's dates. */
function runWithDuration(text: string, phrase: string, value: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  doc.mentions.push(duration(text, phrase, value));
  doc.mentions.sort((a, b) => a.span.start - b.span.start);
  return resolveEvents(doc, new ProvenanceBuilder(doc), { countryOf: () => null });
}

describe('anchoredPeriod: a period counted from the time of writing', () => {
  const at = (text: string, phrase: string, value: string, dct: string | null) => anchoredPeriod(text, duration(text, phrase, value), dct)?.date?.value ?? null;

  it('reads "over the past N years" back from the year of writing', () => {
    expect(at('Over the past two years the museum has bought nine paintings.', 'the past two years', 'P2Y', '2024-08-10')).toBe('2022/2024');
    expect(at('In the last five years Peru has signed three trade pacts.', 'the last five years', 'P5Y', '2031')).toBe('2026/2031');
  });

  it('reads "within the next N years" forward', () => {
    expect(at('The club hopes to open a second stadium within the next three years.', 'the next three years', 'P3Y', '2026-06-12')).toBe('2026/2029');
  });

  it('counts months from the month of writing', () => {
    expect(at('Over the last year and a half alone, about 40 loans were approved.', 'the last year and a half', 'P1Y6M', '2024-05-20')).toBe('2022-11/2024-05');
    expect(at('The board expects to decide within the next 12 months.', 'the next 12 months', 'P12M', '2024-08-01')).toBe('2024-08/2025-08');
    // (months need the month of writing)
    expect(at('The board expects to decide within the next 12 months.', 'the next 12 months', 'P12M', '2024')).toBeNull();
  });

  it('reads "the first N months of the year" in the year of writing', () => {
    expect(at('Wheat sales reached 2 million tonnes in the first nine months of the year.', 'the first nine months of the year', 'P9M', '2026-10-02')).toBe('2026-01/2026-09');
  });

  it('leaves alone a bare length, a period counted from another date, and a document without a date', () => {
    expect(at('The talks lasted two years.', 'two years', 'P2Y', '2024')).toBeNull();
    expect(at('The dam opened in 1990 and over the following three years the town grew.', 'the following three years', 'P3Y', '2024')).toBeNull();
    expect(at('Over the past two years the museum has bought nine paintings.', 'the past two years', 'P2Y', null)).toBeNull();
  });
});

describe('a period dates the happening of its sentence', () => {
  it('dates a signing over the past years, inferred', () => {
    const text = 'Over the past two years Norway has signed fisheries agreements with four neighbours.';
    const rows = runWithDuration(text, 'the past two years', 'P2Y', { published: '2024-08-10' });
    const ev = rows.find((r) => r.type === 'agreement');
    expect(ev?.date?.value).toBe('2022/2024');
    expect(ev?.date?.inferred).toBe(true);
  });

  it('dates a plan within the next years, planned', () => {
    const text = 'The port authority expects to open a new container terminal within the next three years.';
    const rows = runWithDuration(text, 'the next three years', 'P3Y', { published: '2026-06-12' });
    const ev = rows.find((r) => r.type === 'opening');
    expect(ev?.date?.value).toBe('2026/2029');
    expect(ev?.planned).toBe(true);
  });

  it('does not date by a period ahead what nothing marks as a plan', () => {
    const text = 'Much depends on whether the senate finally repeals the old war law within the next two years.';
    const rows = runWithDuration(text, 'the next two years', 'P2Y', { published: '2026-06-12' });
    expect(rows.filter((r) => r.date?.value === '2026/2028')).toEqual([]);
  });
});

describe('"Since then" opening a sentence counts from the happening before', () => {
  it('runs from the date of the last happening of the sentence before to the time of writing', () => {
    const rows = run('Norway and Chile signed a fisheries accord in 2015. Since then, the two ministers have met twelve times.', {
      dates: [['2015', '2015']],
      published: '2024-05-12',
    });
    const met = rows.find((r) => r.type === 'meeting');
    expect(met?.date?.value).toBe('2015/2024');
    expect(met?.date?.inferred).toBe(true);
  });

  it('works after "and" and "ever"', () => {
    const rows = run('The choir first toured Japan in March 1999. And ever since then the choir has visited Osaka every spring.', {
      dates: [['March 1999', '1999-03']],
      published: '2020-01-01',
    });
    expect(rows.some((r) => r.type === 'visit' && r.date?.value === '1999-03/2020')).toBe(true);
  });

  it('needs a happening in the sentence right before', () => {
    const rows = run('The weather was mild. Since then, the two ministers have met twelve times.', { published: '2024-05-12' });
    expect(rows.filter((r) => r.type === 'meeting')).toEqual([]);
  });
});

describe('a negated verb with "until <date>" happened at that date', () => {
  it('keeps "did not open embassies until 2009-2010"', () => {
    const rows = run('Chile and Norway did not open embassies in each other\'s capitals until 2009-2010.', { dates: [['2009-2010', '2009/2010']] });
    expect(rows.some((r) => r.type === 'diplomatic' && r.date?.value === '2009/2010')).toBe(true);
  });

  it('keeps "did not hold a session until the end of 2003"', () => {
    const rows = run('The new parliament did not hold a session until the end of 2003.', { dates: [['the end of 2003', '2003']] });
    expect(rows.some((r) => r.type === 'meeting' && r.date?.value === '2003')).toBe(true);
  });

  it('still drops a negated verb without "until"', () => {
    const rows = run('The company did not sign the contract in 2005.', { dates: [['2005', '2005']] });
    expect(rows.filter((r) => r.type === 'agreement')).toEqual([]);
  });
});

