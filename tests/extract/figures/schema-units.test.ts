/**
 * Figures in the schema's base units and the readings added for briefs nobody tuned on:
 * prefixed units converted to their base (W, Wh, bit/s, m3), number-less durations, counts
 * of occasions, flows that carry a rate on, table captions with a unit per column.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagFigures } from '../../../src/extract/figures/index.js';
import { captionUnitParts, pipeTableOf } from '../../../src/extract/figures/tables.js';
import { tableRules } from '../../../src/extract/figures/index.js';

type Row = [string, number | [number, number], string];

function read(text: string): Row[] {
  return tagFigures(text).map((h) => [h.text, h.value, h.unit]);
}

describe('prefixed units are given in base units', () => {
  it('reads power in W, energy in Wh, data rates in bit/s, cubic kilometres in m3', () => {
    expect(read('The park adds 5.8 GW to the grid.')).toEqual([['5.8 GW', 5.8e9, 'W']]);
    expect(read('A link of 1,000 MW was agreed.')).toEqual([['1,000 MW', 1e9, 'W']]);
    expect(read('Each turbine gives 4.5 megawatts.')).toEqual([['4.5 megawatts', 4.5e6, 'W']]);
    expect(read('It will carry 15-20 TWh a year.')).toEqual([['15-20 TWh a year', [1.5e13, 2e13], 'Wh/year']]);
    expect(read('Homes used 3.2 billion kWh.')).toEqual([['3.2 billion kWh', 3.2e12, 'Wh']]);
    expect(read('The cable runs at 4 Tbps.')).toEqual([['4 Tbps', 4e12, 'bit/s']]);
    expect(read('The lake holds 19.5 cubic kilometres of water.')).toEqual([['19.5 cubic kilometres', 1.95e10, 'm3']]);
  });

  it('keeps the unit a price is quoted per as written', () => {
    expect(read('Power sells at $60 per MWh.')).toEqual([['$60 per MWh', 60, 'USD/MWh']]);
  });

  it('keeps lengths, areas and masses in the unit the schema names', () => {
    expect(read('The road is 85 km long.')).toEqual([['85 km', 85, 'km']]);
    expect(read('The farm covers 120 square km.')).toEqual([['120 square km', 120, 'km2']]);
    expect(read('The port shipped 1.5 million tons.')).toEqual([['1.5 million tons', 1.5e6, 't']]);
  });

  it('scales a bare number that takes a prefixed unit from the figure before it', () => {
    expect(read('The dams yield 14 billion kWh, of which 2.5 billion are sold abroad.')).toEqual([
      ['14 billion kWh', 1.4e13, 'Wh'],
      ['2.5 billion', 2.5e12, 'Wh'],
    ]);
    expect(read('The two units add 300 and 450 MW.')).toEqual([
      ['300', 3e8, 'W'],
      ['450 MW', 4.5e8, 'W'],
    ]);
  });
});

describe('durations, occasions and flows', () => {
  it('reads number-less durations after a preposition or a qualifier', () => {
    expect(read('The line stayed idle for more than a decade.')).toEqual([['a decade', 10, 'year']]);
    expect(read('They hope to finish within a year.')).toEqual([['a year', 1, 'year']]);
    expect(read('The mandate was extended by one year.')).toEqual([['one year', 1, 'year']]);
    expect(read('A decade ago the port was empty.')).toEqual([]);
    expect(read('The council meets once a year.')).toEqual([]);
    expect(read('The talks were held in a year of crisis.')).toEqual([]);
  });

  it('reads "twice" and "only once" after a verb as counts of occasions', () => {
    expect(read('The launch was postponed twice.')).toEqual([['twice', 2, 'count']]);
    expect(read('The envoys had met only once before.')).toEqual([['once', 1, 'count']]);
    expect(read('The board meets twice a year.')).toEqual([]);
    expect(read('Once the line opened, trade grew.')).toEqual([]);
  });

  it('gives the first end of a change the unit of the second', () => {
    expect(read('Checks fell from 48 to about 6 hours.')).toEqual([
      ['48', 48, 'hour'],
      ['6 hours', 6, 'hour'],
    ]);
  });

  it('carries a rate on to a later amount of the same quantity in the sentence', () => {
    expect(read('It handles 2 million tonnes a year, with an expansion to 3 million tonnes planned.')).toEqual([
      ['2 million tonnes a year', 2e6, 't/year'],
      ['3 million tonnes', 3e6, 't/year'],
    ]);
    // a dated amount is a total
    expect(read('It handles 2 million tonnes a year, up from 1.6 million tonnes in 2021.')).toEqual([
      ['2 million tonnes a year', 2e6, 't/year'],
      ['1.6 million tonnes', 1.6e6, 't'],
    ]);
  });

  it('reads a container size as no length', () => {
    // (the bare number is dropped by extractFigures: it has no unit)
    expect(read('Shipping a 40-foot container costs $1,650.').filter((r) => r[2] !== 'number')).toEqual([['$1,650', 1650, 'USD']]);
  });
});

describe('table captions', () => {
  it('splits a caption bracket into a unit per column', () => {
    const parts = captionUnitParts('Table 1. Trade and swaps (trade in US$ million; swaps in bcm)');
    expect(parts.map((p) => [p.words, p.unit.unit, p.unit.factor])).toEqual([
      [['trade'], 'USD', 1e6],
      [['swaps'], 'm3', 1e9],
    ]);
    expect(captionUnitParts('Table 2. Plants (capacity, MW)')).toEqual([]);
  });

  it('gives every cell of a random table a valid span', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.constantFrom('2021', '1,650', '12.5', 'n/a', '40-foot'), fc.string()), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = 'Table 1. Tariffs for a 40-foot box (rail in USD; sea in EUR)\n\n| Route | Rail | Sea |\n|---|---|---|\n' + rows.map((r) => '| ' + r.map((c) => c.replace(/[|\n]/g, ' ')).join(' | ') + ' |').join('\n') + '\n';
        expect(pipeTableOf(text)).not.toBeNull();
        for (const h of tableRules.run(text)) expect(text.slice(h.start, h.end)).toBe(h.text);
      }),
      { numRuns: 60 },
    );
  });
});
