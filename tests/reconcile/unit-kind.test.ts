import { describe, expect, it } from 'vitest';
import { unitKind } from '../../src/reconcile/keys.js';

describe('unit kinds (figures meet on a claim key only within one kind)', () => {
  it('puts base and prefixed power and energy units in one kind', () => {
    for (const u of ['W', 'Wh', 'MW', 'GW', 'kWh', 'TWh']) expect(unitKind(u)).toBe('energy');
  });
  it('makes rates of a kind meet whatever their time base', () => {
    expect(unitKind('Wh/year')).toBe('energy/time');
    expect(unitKind('t/year')).toBe(unitKind('bbl/day'));
  });
  it('keeps other units apart', () => {
    expect(unitKind('USD')).toBe('money');
    expect(unitKind('km')).toBe('length');
    expect(unitKind('W')).not.toBe(unitKind('m3'));
    expect(unitKind('percent')).toBe('percent');
  });
});
