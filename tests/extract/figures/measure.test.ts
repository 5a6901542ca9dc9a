import { describe, expect, it } from 'vitest';
import { inferMeasure, isTimePhrase, phraseAfter, subjectBefore } from '../../../src/extract/figures/measure.js';

const base = { previous: null as string | null };
function measure(left: string, text: string, right: string, unit: string, rule: string, previous: string | null = null): string | null {
  return inferMeasure({ ...base, left, sentenceLeft: left, right, text, unit, rule, previous });
}

describe('measure phrases', () => {
  it('drops a leading time adverbial and a linking verb from the subject', () => {
    expect(subjectBefore('In 2021 grain sales to Iran were ')).toBe('grain sales to Iran');
    expect(subjectBefore('In 2018-2020 the joint commission met ')).toBe('joint commission met');
    expect(subjectBefore('The ferry line has carried ')).toBe('ferry line');
  });

  it('keeps "between X and Y" together and leaves out a trailing date', () => {
    expect(phraseAfter(' blockade between Poti and Batumi in March 2019')).toBe('blockade between Poti and Batumi');
  });

  it('never returns a bare time phrase; falls back to the previous measure', () => {
    expect(isTimePhrase('between 2016 and 2020')).toBe(true);
    expect(isTimePhrase('grain exports')).toBe(false);
    expect(measure(' between 2016 and 2020 and reached ', '$3 billion', '.', 'USD', 'figures/money/symbol', 'Freight revenue')).toBe('Freight revenue');
    expect(measure(' between 2016 and 2020 and reached ', '$3 billion', '.', 'USD', 'figures/money/symbol')).toBeNull();
  });

  it('does not keep a stray bracket', () => {
    const got = measure('Cargo on the route (TMR) grew to ', '2 million tonnes', '.', 't', 'figures/quantity/unit');
    expect(got === null || !/[()]$/.test(got)).toBe(true);
  });
});
