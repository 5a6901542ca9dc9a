/**
 * Time-scoped states through the real pipeline (analyzeFile): a brief that says something does
 * not exist as of its date ("X has no embassy in Y") against a brief that dates its happening.
 * Every sentence here is written for these tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, DateValue, FactSet } from '../../src/core/types.js';
import { analyzeFile } from '../../src/pipeline.js';
import { reconcile } from '../../src/reconcile/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bt-absent-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let seq = 0;
/** Runs the pipeline over each brief (name → text) and reconciles their facts. */
async function claimsOf(briefs: Record<string, string>): Promise<Claim[]> {
  const facts: FactSet = { events: [], figures: [], published: {}, texts: {} };
  for (const [name, text] of Object.entries(briefs)) {
    const sub = join(dir, String(seq++));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub, { recursive: true });
    const path = join(sub, name);
    writeFileSync(path, text);
    const doc = await analyzeFile(path);
    facts.events.push(...doc.events);
    facts.figures.push(...doc.figures);
    facts.published[doc.source.id] = doc.documentDate.value;
    facts.texts![doc.source.id] = doc.source.text;
  }
  return reconcile(facts, { messages: [] });
}

function find(claims: Claim[], predicate: RegExp, subject?: string[]): Claim {
  const got = claims.filter((c) => predicate.test(c.key.predicate) && (!subject || c.key.subject.join() === subject.join()));
  if (got.length !== 1) {
    throw new Error(`expected one claim ${predicate}, got ${got.length}: ${claims.map((c) => `${c.key.subject} | ${c.key.predicate} | ${c.key.qualifier}`).join('; ')}`);
  }
  return got[0]!;
}

const brief = (date: string, ...sentences: string[]) => `BRIEF\n${date}\n\nA note\n\n${sentences.join(' ')}\n`;

describe('absent states against happenings', () => {
  it('a happening dated after the absent state supersedes it', async () => {
    const claims = await claimsOf({
      'early.txt': brief('4 April 2011', 'Japan has no embassy in Mongolia.'),
      'late.txt': brief('9 May 2022', 'Japan opened an embassy in Ulaanbaatar in 2016.'),
    });
    const c = find(claims, /embassy in Mongolia/);
    expect(c.key.subject).toEqual(['Japan', 'Mongolia']);
    expect(c.status).toBe('superseded');
    expect(c.claims.map((e) => e.source).sort()).toEqual(['early.txt', 'late.txt']);
    expect((c.preferred.value as DateValue).value).toBe('2016');
    expect(c.preferred.rationale).toContain('none as of 2011-04-04');
    expect(c.preferred.rationale).toContain('after that date');
    const absent = c.claims.find((e) => e.source === 'early.txt')!;
    expect(absent.value).toMatchObject({ value: '2011-04-04', inferred: true, state: 'absent' });
  });

  it('a happening dated before the absent state conflicts with it, and the rationale names the order', async () => {
    const claims = await claimsOf({
      'later.txt': brief('4 April 2011', 'Japan has no embassy in Mongolia.'),
      'earlier.txt': brief('9 May 2008', 'Japan opened an embassy in Ulaanbaatar in 2005.'),
    });
    const c = find(claims, /embassy in Mongolia/);
    expect(c.status).toBe('conflict');
    expect(c.diagnosis).toBe('disagreement');
    expect(c.preferred.rationale).toContain('later.txt says none as of 2011-04-04');
    expect(c.preferred.rationale).toContain('earlier.txt says');
    expect(c.preferred.rationale).toContain('in 2005, before that date');
    expect((c.preferred.value as DateValue).value).toBe('2005');
  });

  it('an absent state with no happening of its kind stands alone', async () => {
    const claims = await claimsOf({
      'a.txt': brief('4 April 2011', 'Chile still does not have an embassy in Latvia.'),
    });
    const c = find(claims, /embassy in Latvia/);
    expect(c.status).toBe('single');
    expect(c.key.qualifier).toBe('none');
    expect(c.claims[0]!.value).toMatchObject({ state: 'absent', value: '2011-04-04' });
  });

  it('a past-tense absence is no state as of the brief and makes no claim', async () => {
    const claims = await claimsOf({
      'a.txt': brief('4 April 2011', 'In 1999 there was no embassy of Chile in Latvia.'),
    });
    expect(claims.filter((c) => c.claims.some((e) => (e.value as { state?: string }).state === 'absent'))).toEqual([]);
  });
});
