import { describe, expect, it } from 'vitest';
import { crossValidate, loadTrainingBriefs, projectRoot, scoreBriefs, trainingDir, trainingSets } from '../../src/eval/learn-data.js';

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
  });
});
