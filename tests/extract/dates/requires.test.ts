/**
 * DateRule.requires is a speed filter: a trigger window without it is skipped. It must occur in
 * every match of its rule; here, in the match of every example, and in matches of the rule's
 * pattern over sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/extract/dates/index.js';
import { tagDates } from '../../../src/extract/dates/index.js';

const SENTENCES = [
  'Two years ago the line was closed; three months later it reopened, and a week after that the tolls rose.',
  'About five years earlier, talks had stalled; a decade hence they may resume; some weeks back they paused.',
  'The summit moved from last March to next spring, and this coming autumn the envoys meet again.',
  'In March this year and in June last year, the ministers met twice.',
  'Fees of $40 million, US$3 bn, €2000 and 45 million euros were paid, with 300 manat and EUR 12 on top.',
  'A three-day strike, a 10-year plan, a decade-long dispute, a months-long stand-off and a 16-hour shift.',
  'On 5 March 2019, on the 21st of May, from 3 to 7 June 2020 and 12-14 Sept. 2018 the talks went on.',
  'On March 5, 2019, on Sept. 21, from June 3 to 7, in May, 2019, in June of 2020 and in Jan. 2021 as well.',
  'In March-April 2020, Jan.–Feb. 2021 and June — July 2022 the border stayed closed.',
];

describe('date rules: requires', () => {
  const withRequires = RULES.filter((r) => r.requires);

  it('is set on some rules, each global', () => {
    expect(withRequires.length).toBeGreaterThan(0);
    for (const r of withRequires) expect(r.requires!.flags).toContain('g');
  });

  for (const rule of withRequires) {
    it(`${rule.id}: occurs in every match of the pattern`, () => {
      const texts = [...rule.examples.match.map((e) => e.text), ...SENTENCES];
      let matches = 0;
      for (const text of texts) {
        const re = new RegExp(rule.pattern.source, rule.pattern.flags);
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          matches++;
          const req = new RegExp(rule.requires!.source, rule.requires!.flags);
          expect(req.test(m[0]), `${rule.id} on "${m[0]}"`).toBe(true);
        }
      }
      expect(matches).toBeGreaterThan(0);
    });
  }

  it('the tagger finds the same dates with and without the filter', () => {
    const text = SENTENCES.join('\n\n');
    const saved = withRequires.map((r) => r.requires);
    const on = tagDates(text, { dct: '2022-09-05' });
    try {
      for (const r of withRequires) delete r.requires;
      // a fresh text (the tagger keeps the candidates of the last text it tagged)
      const off = tagDates(`${text} `, { dct: '2022-09-05' });
      expect(off).toEqual(on);
    } finally {
      withRequires.forEach((r, i) => (r.requires = saved[i]));
    }
  });
});
