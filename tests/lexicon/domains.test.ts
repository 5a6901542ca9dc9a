/**
 * The domain lexicon (src/lexicon/domains.ts): every entry's examples hold (a match example holds
 * a cue of the entry, a no-match example none), cues are well-formed, and domainsOf counts cue
 * words per type on sentences written for this test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOMAINS, DOMAINS_RULESET, DOMAIN_TYPES, domainHits, domainsOf } from '../../src/lexicon/domains.js';
import { checkRuleSet } from '../helpers/rules.js';

checkRuleSet(DOMAINS_RULESET);

describe('domain entries', () => {
  it('have ids domains/<type>/<name>, lowercase cues, no duplicate cue within a type', () => {
    for (const d of DOMAINS) {
      expect(d.id.startsWith(`domains/${d.type}/`), d.id).toBe(true);
      expect(d.examples.match.length).toBeGreaterThan(0);
      expect(d.examples.noMatch.length).toBeGreaterThan(0);
      for (const w of d.words) {
        expect(w, `${d.id}: ${w}`).toBe(w.toLowerCase());
        expect(w.trim(), `${d.id}: ${w}`).toBe(w);
        expect(w.replace(/\$$/, '').length, `${d.id}: ${w}`).toBeGreaterThan(1);
      }
    }
    for (const t of DOMAIN_TYPES) {
      const all = DOMAINS.filter((d) => d.type === t).flatMap((d) => d.words);
      expect(new Set(all).size, t).toBe(all.length);
    }
  });

  it('cover the SCHEMA types (not "other") broadly', () => {
    expect([...DOMAIN_TYPES].sort()).toEqual(
      ['agreement', 'diplomatic', 'economic', 'establishment', 'meeting', 'opening', 'political', 'security', 'statement', 'visit'].sort(),
    );
    const n = (t: string): number => DOMAINS.filter((d) => d.type === t).reduce((k, d) => k + d.words.length, 0);
    for (const t of ['political', 'security', 'economic']) expect(n(t), t).toBeGreaterThanOrEqual(30);
  });
});

describe('domainsOf', () => {
  it('counts the cue words of each type', () => {
    const m = domainsOf('Parliament ratified the constitutional amendment after the referendum.');
    expect(m.get('political')).toBe(5);
    expect(m.get('security')).toBeUndefined();
    const s = domainsOf('The navy commissioned a missile boat and two drones for mine clearance.');
    expect(s.get('security')).toBe(4);
    const e = domainsOf('Exports of wheat and cotton rose as tariffs fell.');
    expect(e.get('economic')).toBe(4);
  });

  it('matches at word starts only, and "$" cues as whole words', () => {
    expect(domainsOf('The warehouse stored cotton.').get('security')).toBeUndefined();
    expect(domainsOf('The war ended.').get('security')).toBe(1);
    expect(domainsOf('A coalition formed.').get('economic')).toBeUndefined();
    expect(domainsOf('The antiwar group').get('security')).toBeUndefined();
    expect(domainsOf('The by-election was called.').get('political')).toBe(1);
  });

  it('matches phrases over line breaks and hyphens, in any case', () => {
    expect(domainsOf('They regained\ncontrol of the valley.').get('security')).toBe(1);
    expect(domainsOf('A CEASE-FIRE held.').get('security')).toBe(1);
  });

  it('gives hits whose text is the text at their offsets, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('', ' war ', 'Police raided ', 'tariffs '), (s, w) => {
        const text = s + w + s;
        for (const h of domainHits(text)) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(h.start, h.end)).toBe(h.text);
        }
        const total = [...domainsOf(text).values()].reduce((a, b) => a + b, 0);
        expect(total).toBeLessThanOrEqual(domainHits(text).length);
      }),
    );
  });
});
