/**
 * The years of year-less months and days in a dated brief (session 10): which branch of yearFor
 * decides (traceYearFor), the new stale rules each firing on their own match examples, and the
 * trace never changing a value. All sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROLLOVER_RULES, STALE_EXAMPLE_DCT, STALE_RULES, staleRuleFor, isStaleAnchor } from '../../../src/extract/dates/narrative.js';
import { traceYearFor, type YearChoice } from '../../../src/extract/dates/resolve.js';
import { tagDates } from '../../../src/extract/dates/index.js';

const brief = (text: string, dct = STALE_EXAMPLE_DCT) => tagDates(text, { dct, narrative: 'full', narrativeReach: 600 });

/** The yearFor decisions made while tagging a brief (the last one of each start). */
function choices(text: string, dct = STALE_EXAMPLE_DCT): YearChoice[] {
  const out: YearChoice[] = [];
  const prev = traceYearFor((c) => {
    if (c.text === text) out.push(c);
  });
  try {
    brief(text, dct);
  } finally {
    traceYearFor(prev);
  }
  return out;
}

const NEW_RULES = ['dates/narrative/ahead-of-document', 'dates/narrative/figure-year', 'dates/narrative/previous-year-far', 'dates/narrative/yearless-chain', 'dates/narrative/backwards-later'];

describe('session-10 stale rules fire on their own examples', () => {
  for (const id of NEW_RULES) {
    const rule = STALE_RULES.find((r) => r.id === id);
    it(`${id} is a stale rule with examples`, () => {
      expect(rule).toBeDefined();
      expect(rule!.examples.match.length).toBeGreaterThan(1);
      expect(rule!.examples.noMatch.length).toBeGreaterThan(1);
    });
    for (const text of rule?.examples.match ?? []) {
      it(`${id} sets the reference aside in ${JSON.stringify(text)}`, () => {
        const cs = choices(text);
        const last = cs[cs.length - 1]!;
        expect(last.branch).toBe('dct');
        expect(last.stale).toBe(id);
        expect(last.y).toBe(+STALE_EXAMPLE_DCT.slice(0, 4));
      });
    }
    for (const text of rule?.examples.noMatch ?? []) {
      it(`${id} does not fire in ${JSON.stringify(text)}`, () => {
        const cs = choices(text);
        expect(cs.every((c) => c.stale !== id)).toBe(true);
      });
    }
  }
  it('the ahead rule is the only one tested for a reference year after the document', () => {
    const t = 'Output should reach 30 bcm in 2028. Since then, the minister said in June, nothing has changed.';
    const at = t.indexOf('June');
    const end = t.indexOf('2028') + 4;
    expect(staleRuleFor(t, end, at, 90, { ny: 2028, dy: 2025, ahead: true })).toBe('dates/narrative/ahead-of-document');
    // the same reference year read as before the document's: the ahead rule is not tested
    expect(staleRuleFor(t, end, at, 90, { ny: 2028, dy: 2025, ahead: false })).not.toBe('dates/narrative/ahead-of-document');
  });
});

describe('year rollover rules', () => {
  for (const rule of ROLLOVER_RULES) {
    it(`${rule.id} has examples`, () => {
      expect(rule.description.length).toBeGreaterThan(0);
      expect(rule.examples.match.length).toBeGreaterThan(0);
      expect(rule.examples.noMatch.length).toBeGreaterThan(0);
    });
    for (const text of rule.examples.match) {
      it(`${rule.id} gives the following year in ${JSON.stringify(text)}`, () => {
        const cs = choices(text);
        const last = cs[cs.length - 1]!;
        expect(last.branch).toBe('rollover');
        expect(last.y).toBe(last.narrativeY! + 1);
      });
    }
    for (const text of rule.examples.noMatch) {
      it(`${rule.id} keeps the reference's year in ${JSON.stringify(text)}`, () => {
        const cs = choices(text);
        expect(cs.every((c) => c.branch !== 'rollover')).toBe(true);
      });
    }
  }
  it('never rolls over past the document year, nor after a day or onto a day', () => {
    expect(choices('The plant opened in October 2025 and closed in March.').pop()!.branch).not.toBe('rollover');
    expect(choices('The plant opened on 4 October 2021 and closed in March.').pop()!.branch).not.toBe('rollover');
    expect(choices('The plant opened in October 2021 and closed on 2 March.').pop()!.branch).not.toBe('rollover');
  });
});

describe('traceYearFor reports the branch that gave the year', () => {
  it('shared conjunct, narrative, document date', () => {
    const shared = choices('The talks were held on March 3 and May 9, 2018.');
    expect(shared[0]!.branch).toBe('shared');
    expect(shared[0]!.y).toBe(2018);
    const narr = choices('In 1997 the two presidents met in Baku. On 3 May they signed the treaty.');
    expect(narr[narr.length - 1]).toMatchObject({ branch: 'narrative', y: 1997, narrativeY: 1997, beforeThen: false });
    const dct = choices('The ministers met in March to discuss transit.');
    expect(dct[dct.length - 1]).toMatchObject({ branch: 'dct', y: 2025 });
  });

  it('a plan in a future clause is marked future', () => {
    const cs = choices('The ministers will meet again in November.');
    expect(cs[cs.length - 1]!.future).toBe(true);
    expect(cs[cs.length - 1]!.past).toBe(false);
  });

  it('a past clause is marked past', () => {
    const cs = choices('The ministers met again in November.');
    expect(cs[cs.length - 1]!.past).toBe(true);
  });

  it('stops reporting when reset, and returns the previous reporter', () => {
    const seen: YearChoice[] = [];
    const f = (c: YearChoice) => seen.push(c);
    expect(traceYearFor(f)).toBe(null);
    brief('The ministers met in March.');
    expect(traceYearFor(null)).toBe(f);
    const n = seen.length;
    expect(n).toBeGreaterThan(0);
    brief('The ministers met in April.');
    expect(seen.length).toBe(n);
  });
});

describe('the years chosen in brief-style text (document date 2025-09-16)', () => {
  const value = (text: string, expr: string) => brief(text).find((h) => h.text === expr)?.value;
  it('a target year does not carry to a later sentence', () => {
    expect(value('The plan aims to connect every village by 2030. In May, the first fibre line reached Naryn.', 'May')).toBe('2025-05');
    // a day that continues a stated future day keeps its year
    expect(value('The forum opens on 10 June 2026 and closes on 14 June.', '14 June')).toBe('2026-06-14');
  });
  it('a statistic\'s year is no narrative reference', () => {
    expect(value('Remittances rose 14% in 2024. In February, the central bank cut its rate.', 'February')).toBe('2025-02');
    // a stated happening's year is
    expect(value('The central bank was reformed in 2024. In February, it cut its rate.', 'February')).toBe('2024-02');
  });
  it('"that September" stays an anaphor of the narrative, whatever rule would set it aside', () => {
    expect(value('Trade reached $1.2bn in 2019, and that March the two presidents met in Tashkent.', 'March')).toBe('2019-03');
    expect(value('Trade reached $1.2bn in 2019, and in March the two presidents met in Tashkent.', 'March')).toBe('2025-03');
    expect(value('Trade reached $1.2bn in 2019, and in March that year the two presidents met in Tashkent.', 'March')).toBe('2019-03');
  });
  it('a later sentence that would go back before its reference month', () => {
    expect(value('The border post reopened in December 2024. In April, trade through it tripled.', 'April')).toBe('2025-04');
    // in the same sentence, told forward: the following year (a rollover)
    expect(value('The border post reopened in December 2023, and in April trade through it tripled.', 'April')).toBe('2024-04');
    // a flashback keeps the reference's year
    expect(value('The border post reopened in December 2023; it had closed in April.', 'April')).toBe('2023-04');
  });
});

describe('properties', () => {
  it('the trace never changes a value, and the stale rules never throw', () => {
    const words = ['In', 'March', 'May 2024', '2019', 'trade', 'rose', '12%', 'by 2030', 'on 3 June', '.', ',', 'will', 'met', '\n\n', 'since', '$4bn', 'the'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        const plain = brief(text);
        const traced: YearChoice[] = [];
        const prev = traceYearFor((c) => traced.push(c));
        let withTrace;
        try {
          withTrace = brief(text);
        } finally {
          traceYearFor(prev);
        }
        expect(withTrace).toEqual(plain);
        for (const h of plain) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(text.length);
        }
        for (let at = 0; at < text.length; at += 7) {
          expect(typeof isStaleAnchor(text, Math.floor(at / 2), at, 30, { ny: 2024, dy: 2025, day: true, before: true })).toBe('boolean');
          expect(typeof isStaleAnchor(text, Math.floor(at / 2), at, null, { ny: 2027, dy: 2025, ahead: true })).toBe('boolean');
        }
      }),
      { numRuns: 150 },
    );
  });
});
