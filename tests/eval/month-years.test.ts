/** The month-years diagnosis table (src/eval/month-years.ts): counts per group and candidate, on cases made up here. */
import { describe, expect, it } from 'vitest';
import { table, type MonthYearCase } from '../../src/eval/month-years.js';

function mk(branch: 'narrative' | 'dct', y: number, gold: number, narrativeY?: number): MonthYearCase {
  return {
    pool: 'TUNED',
    set: 'x',
    choice: { text: '', start: 0, end: 5, month: 3, branch, y, beforeThen: false, future: false, past: true, dctY: 2025, ...(narrativeY !== undefined ? { narrativeY, narrativeEnd: 0 } : {}) },
    gold,
    dctYear: 2025,
    dctMonth: 9,
    lastDayYear: null,
    prevSentenceYear: null,
    paragraphYear: null,
    nearestBefore: null,
    nearestAfterInParagraph: null,
    narrativeChars: narrativeY !== undefined ? 5 : null,
    narrativeExplicit: narrativeY !== undefined ? true : null,
    narrativeBare: null,
    narrativeFigure: null,
    narrativeSentences: narrativeY !== undefined ? 0 : null,
    sentence: '',
    reference: '',
  };
}

describe('month-years table', () => {
  it('counts, per group, how often each candidate equals the gold year', () => {
    const cases = [mk('narrative', 2019, 2019, 2019), mk('narrative', 2019, 2025, 2019), mk('dct', 2025, 2025)];
    const lines = table(cases, 'branch', (k) => k.choice.branch);
    expect(lines[0]).toMatch(/branch\s+n\s+chosen\s+narr\s+narr\+1\s+doc/);
    const narr = lines.find((l) => l.trim().startsWith('narrative'))!;
    // n 2; chosen right 1 of 2; narrative year right 1 of 2, the year after it never; document year right 1 of 2
    expect(narr.trim().split(/\s+/).slice(0, 6)).toEqual(['narrative', '2', '1/2', '1/2', '0/2', '1/2']);
    const dct = lines.find((l) => l.trim().startsWith('dct'))!;
    expect(dct.trim().split(/\s+/).slice(0, 6)).toEqual(['dct', '1', '1/1', '-', '-', '1/1']);
  });
});
