/**
 * Runs every example of a RuleSet as a test: each rule needs match and no-match examples;
 * a match example must produce a hit of that rule on the expected text (with the expected
 * value when given); a no-match example must produce no hit of that rule; a set negative
 * must produce no hit at all.
 */
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../src/core/types.js';

function sameValue(actual: unknown, expected: unknown): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual).toMatchObject(expected as Record<string, unknown>);
  } else {
    expect(actual).toEqual(expected);
  }
}

export function checkRuleSet(set: RuleSet): void {
  describe(`rule set ${set.name}`, () => {
    it('has rules with unique ids', () => {
      expect(set.rules.length).toBeGreaterThan(0);
      const ids = set.rules.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
    for (const rule of set.rules) {
      describe(rule.id, () => {
        it('declares a description, match and no-match examples', () => {
          expect(rule.description.length).toBeGreaterThan(0);
          expect(rule.examples.match.length).toBeGreaterThan(0);
          expect(rule.examples.noMatch.length).toBeGreaterThan(0);
        });
        for (const ex of rule.examples.match) {
          it(`matches ${JSON.stringify(ex.match ?? ex.text)} in ${JSON.stringify(ex.text)}`, () => {
            const want = ex.match ?? ex.text;
            const hits = set.run(ex.text).filter((h) => h.rule === rule.id && h.text === want);
            expect(hits.map((h) => h.text), `hits: ${JSON.stringify(set.run(ex.text))}`).toContain(want);
            if (ex.value !== undefined) sameValue(hits[0]!.value, ex.value);
            for (const h of hits) expect(ex.text.slice(h.start, h.end)).toBe(h.text);
          });
        }
        for (const text of rule.examples.noMatch) {
          it(`does not match ${JSON.stringify(text)}`, () => {
            const hits = set.run(text).filter((h) => h.rule === rule.id);
            expect(hits).toEqual([]);
          });
        }
      });
    }
    for (const text of set.negatives) {
      it(`finds nothing in ${JSON.stringify(text)}`, () => {
        expect(set.run(text)).toEqual([]);
      });
    }
  });
}

/** A rule whose examples are plain sentences (a context check rather than a tagger). */
export interface TextRule {
  id: string;
  description: string;
  examples: { match: string[]; noMatch: string[] };
}

/**
 * One describe per rule: it must declare a description and both kinds of example; `onMatch`
 * and `onNoMatch` are the tests each match and no-match example runs (titled by `verbs`).
 */
export function checkTextRules<R extends TextRule>(
  rules: readonly R[],
  verbs: { match: string; noMatch: string },
  onMatch: (rule: R, text: string) => void,
  onNoMatch: (rule: R, text: string) => void,
): void {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a description and match and no-match examples', () => {
        expect(rule.description.length).toBeGreaterThan(0);
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.noMatch.length).toBeGreaterThan(0);
      });
      for (const text of rule.examples.match) it(`${verbs.match} ${JSON.stringify(text)}`, () => onMatch(rule, text));
      for (const text of rule.examples.noMatch) it(`${verbs.noMatch} ${JSON.stringify(text)}`, () => onNoMatch(rule, text));
    });
  }
}
