import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../helpers/rules.js';
import { dateRules, RULES, tagDates, EXAMPLE_DCT } from '../../../src/extract/dates/index.js';

checkRuleSet(dateRules);

describe('not-date guards', () => {
  for (const rule of RULES.filter((r) => r.guard)) {
    describe(rule.id, () => {
      it('declares a description and examples', () => {
        expect(rule.description.length).toBeGreaterThan(0);
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.noMatch.length).toBeGreaterThan(0);
      });
      for (const ex of rule.examples.match) {
        const want = ex.match ?? ex.text;
        it(`claims ${JSON.stringify(want)} in ${JSON.stringify(ex.text)}`, () => {
          rule.pattern.lastIndex = 0;
          const found: string[] = [];
          let m: RegExpExecArray | null;
          while ((m = rule.pattern.exec(ex.text)) !== null) if (!rule.accept || rule.accept(m, ex.text)) found.push(m[0]);
          expect(found).toContain(want);
          const at = ex.text.indexOf(want);
          const inside = tagDates(ex.text, { dct: EXAMPLE_DCT }).filter((h) => h.start < at + want.length && h.end > at);
          expect(inside).toEqual([]);
        });
      }
      for (const text of rule.examples.noMatch) {
        it(`does not claim ${JSON.stringify(text)}`, () => {
          rule.pattern.lastIndex = 0;
          const m = rule.pattern.exec(text);
          expect(m && (!rule.accept || rule.accept(m, text)) ? m[0] : null).toBeNull();
        });
      }
    });
  }
});
