import { describe, expect, it } from 'vitest';
import { predictClass, predictProba, probabilityOf, trainLinear, type Example } from '../../src/resolve/linear.js';

const data: Example[] = [];
for (let i = 0; i < 40; i++) {
  data.push({ x: ['verb=signed', `n=${i % 5}`], y: 'agreement' });
  data.push({ x: ['verb=visited', `n=${i % 5}`], y: 'visit' });
  data.push({ x: ['verb=said', `n=${i % 3}`], y: 'statement' });
}

describe('linear classifier', () => {
  const model = trainLinear(data, { epochs: 10 });
  it('learns separable classes', () => {
    expect(predictClass(model, ['verb=signed']).cls).toBe('agreement');
    expect(predictClass(model, ['verb=visited', 'n=2']).cls).toBe('visit');
    expect(predictClass(model, ['verb=said']).cls).toBe('statement');
    expect(probabilityOf(model, ['verb=said'], 'statement')).toBeGreaterThan(0.8);
  });
  it('gives probabilities that sum to one, and ignores unknown features', () => {
    const p = predictProba(model, ['never-seen', 'verb=signed']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(probabilityOf(model, ['verb=signed'], 'no-such-class')).toBe(0);
  });
  it('is deterministic for the same data and seed', () => {
    expect(trainLinear(data, { epochs: 10 })).toEqual(model);
    expect(trainLinear(data, { epochs: 10, seed: 7 })).not.toEqual(model);
  });
});
