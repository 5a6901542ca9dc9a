import { describe, expect, it } from 'vitest';
import { captionCore, cellNumber, unitOfLabel } from '../../../src/extract/figures/tables.js';

describe('table captions and cells', () => {
  it('reads the scale and unit a caption states', () => {
    expect(unitOfLabel('Table 1: Exports to the region (in millions of dollars)')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfLabel('Trade with neighbours (million dollars)')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfLabel('Gas deliveries (bcm)')).toEqual({ factor: 1e9, unit: 'm3' });
    expect(unitOfLabel('Cargo handled (thousand tons)')).toEqual({ factor: 1e3, unit: 't' });
    expect(unitOfLabel('Investment, USD million')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfLabel('Share of exports (%)')).toEqual({ factor: 1, unit: 'percent' });
    expect(unitOfLabel('Budget (€ billion)')).toEqual({ factor: 1e9, unit: 'EUR' });
    expect(unitOfLabel('Population (thousands)')).toEqual({ factor: 1e3, unit: 'number' });
    expect(unitOfLabel('Exports (USD m)')).toEqual({ factor: 1e6, unit: 'USD' });
    expect(unitOfLabel('Track length m')).toBeNull();
    expect(unitOfLabel('Main trading partners')).toBeNull();
  });

  it('strips the label and the unit bracket from a caption', () => {
    expect(captionCore('**Table 2:** Cross-border freight flows (in millions of dollars)')).toBe('Cross-border freight flows');
    expect(captionCore('Azerbaijan’s trade with Central Asia (2011)')).toBe('Azerbaijan’s trade with Central Asia (2011)');
  });

  it('reads numeric cells and refuses the others', () => {
    expect(cellNumber('34272.5')).toEqual({ value: 34272.5, percent: false });
    expect(cellNumber(' 1,234 ')).toEqual({ value: 1234, percent: false });
    expect(cellNumber('-5.3')).toEqual({ value: -5.3, percent: false });
    expect(cellNumber('(12.0)')).toEqual({ value: -12, percent: false });
    expect(cellNumber('12%')).toEqual({ value: 12, percent: true });
    expect(cellNumber('n/a')).toBeNull();
    expect(cellNumber('Exports')).toBeNull();
    expect(cellNumber('')).toBeNull();
  });
});
