/**
 * Small briefs written by a test, run through the real pipeline (analyzeFile) and reconciled:
 * the harness of the reconcile tests. Each brief goes to its own folder under one temp dir.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claim, FactSet } from '../../src/core/types.js';
import { analyzeFile } from '../../src/pipeline.js';
import { reconcile } from '../../src/reconcile/index.js';

let dir: string | null = null;
let seq = 0;

/** Runs the pipeline over each brief (name → text) and reconciles their facts. */
export async function claimsOf(briefs: Record<string, string>): Promise<Claim[]> {
  dir ??= mkdtempSync(join(tmpdir(), 'bt-briefs-'));
  const facts: FactSet = { events: [], figures: [], published: {}, texts: {} };
  for (const [name, text] of Object.entries(briefs)) {
    const sub = join(dir, String(seq++));
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

/** The one claim whose predicate matches (and subject, when given); throws listing them otherwise. */
export function find(claims: Claim[], predicate: RegExp, subject?: string[]): Claim {
  const got = claims.filter((c) => predicate.test(c.key.predicate) && (!subject || c.key.subject.join() === subject.join()));
  if (got.length !== 1) {
    throw new Error(`expected one claim ${predicate}, got ${got.length}: ${claims.map((c) => `${c.key.subject} | ${c.key.predicate} | ${c.key.qualifier}`).join('; ')}`);
  }
  return got[0]!;
}

/** A brief with a header date line and the given sentences as one paragraph. */
export const brief = (date: string, ...sentences: string[]): string => `BRIEF\n${date}\n\nA note\n\n${sentences.join(' ')}\n`;
