import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  crossValidate,
  crossValidationReport,
  loadTrainingBriefs,
  projectRoot,
  scoreBriefs,
  trainingDir,
  trainingSets,
  untunedSets,
} from '../../src/eval/learn-data.js';

describe('training sets and cross-validation', () => {
  it('finds the shipped training sets', () => {
    const root = projectRoot();
    expect(root).not.toBeNull();
    expect(trainingSets(trainingDir(root!)).length).toBeGreaterThanOrEqual(17);
  });

  it('analyses a set with the rules alone, every gold quote in its brief', async () => {
    const briefs = await loadTrainingBriefs({ dir: trainingDir(projectRoot()!), sets: ['h1', 'h2'] });
    expect(briefs.map((b) => b.set)).toEqual(['h1', 'h1', 'h1', 'h2', 'h2', 'h2']);
    for (const b of briefs) for (const g of b.gold.events) expect(b.text.includes(g.quote)).toBe(true);
    const s = scoreBriefs(briefs);
    expect(s.strict.tp).toBeGreaterThan(0);
    expect(s.strict.f1).toBeGreaterThan(0.5);
    // no rows: recall 0
    expect(scoreBriefs(briefs, () => []).strict.tp).toBe(0);
  });

  it('leaves each set out in turn and scores it with the model trained on the others', async () => {
    const briefs = await loadTrainingBriefs({ dir: trainingDir(projectRoot()!), sets: ['h1', 'h2'] });
    const seen: string[][] = [];
    const cv = crossValidate(
      briefs,
      (train) => {
        seen.push([...new Set(train.map((b) => b.set))]);
        return train.length;
      },
      (_n, b) => b.doc.events.slice(1),
    );
    expect(seen).toEqual([['h2'], ['h1']]);
    expect(cv.perSet.map((p) => p.set)).toEqual(['h1', 'h2']);
    expect(cv.after.strict.fp + cv.after.strict.tp).toBe(cv.before.strict.fp + cv.before.strict.tp - briefs.length);
    // pooled lines for the untuned sets and the others, only when both kinds are present
    const report = crossValidationReport(cv, new Set(['h2']));
    expect(report.map((l) => l.split(' ')[0])).toEqual(['h1', 'h2', 'TUNED', 'UNTUNED', 'ALL']);
    expect(crossValidationReport(cv).map((l) => l.split(' ')[0])).toEqual(['h1', 'h2', 'ALL']);
  });

  it('knows which sets no rule was written from', () => {
    const dir = trainingDir(projectRoot()!);
    const untuned = untunedSets(dir);
    expect(untuned.has('s20')).toBe(true);
    expect(untuned.has('h1')).toBe(false);
    for (const set of untuned) expect(trainingSets(dir)).toContain(set);
  });

  it('every set pairs each brief with a gold file whose quotes occur once in it, on one line', () => {
    const dir = trainingDir(projectRoot()!);
    const problems: string[] = [];
    for (const set of trainingSets(dir)) {
      const briefs = readdirSync(join(dir, set, 'briefs'));
      const golds = readdirSync(join(dir, set, 'gold'));
      expect(golds.sort()).toEqual(briefs.map((b) => `${b}.json`).sort());
      for (const b of briefs) {
        const text = readFileSync(join(dir, set, 'briefs', b), 'utf8');
        const gold = JSON.parse(readFileSync(join(dir, set, 'gold', `${b}.json`), 'utf8')) as {
          events: { id: string; quote: string }[];
          figures: { id: string; quote: string }[];
        };
        for (const g of [...gold.events, ...gold.figures]) {
          const at = text.indexOf(g.quote);
          if (at < 0 || text.indexOf(g.quote, at + 1) >= 0 || g.quote.includes('\n')) problems.push(`${set}/${b} ${g.id}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
