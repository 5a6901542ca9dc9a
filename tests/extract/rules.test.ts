/**
 * Every rule family of the extract stage is registered, and rule ids are unique across
 * families (each family's examples run in its own test file through checkRuleSet).
 */
import { describe, expect, it } from 'vitest';
import { ruleSets } from '../../src/extract/rules.js';

describe('registered rule sets', () => {
  it('has the five families, each with rules and set negatives', () => {
    expect(ruleSets.map((s) => s.name).sort()).toEqual(['dates', 'entities', 'events', 'figures', 'figures-tables'].sort());
    for (const set of ruleSets) {
      expect(set.rules.length, set.name).toBeGreaterThan(0);
      expect(set.negatives.length, set.name).toBeGreaterThan(0);
    }
  });
  it('rule ids are unique across families and every rule has both kinds of example', () => {
    const ids = ruleSets.flatMap((s) => s.rules.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const set of ruleSets) {
      for (const r of set.rules) {
        expect(r.examples.match.length, r.id).toBeGreaterThan(0);
        expect(r.examples.noMatch.length, r.id).toBeGreaterThan(0);
      }
    }
  });
});
