/**
 * A year-less season ("in the spring") in a dated brief: the narrative year unless it has gone
 * stale by the rules of a year-less month (narrative.ts STALE_RULES). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../src/extract/dates/index.js';
import { STALE_EXAMPLE_DCT } from '../../../src/extract/dates/narrative.js';

const season = (text: string, dct = STALE_EXAMPLE_DCT) => {
  const hs = tagDates(text, { dct, narrative: 'full', narrativeReach: 600 }).filter((h) => h.rule === 'dates/relative/season');
  if (!hs.length) throw new Error(`no season in ${text}`);
  return hs[hs.length - 1]!.value;
};

describe('year-less seasons and stale narrative years', () => {
  it('a season after the text moved to the present is read from the document date', () => {
    expect(season('Talks were held in May 2022. Baku has since offered a venue, and the ministers met in the spring.')).toBe('2025-SP');
    expect(season('The dam was finished in 2019. Its turbines were tested in July. In the spring the first power flowed north.')).toBe('2025-SP');
    expect(season('The transit corridor opened in November 2024. Traffic grew slowly. In the spring a second line was approved.')).toBe('2025-SP');
  });
  it('a season of the narrative keeps its year', () => {
    expect(season('In 1997 the ministers met twice; in the spring they signed the accord.')).toBe('1997-SP');
    expect(season('The treaty was signed in March 2012. In the summer it was ratified.')).toBe('2012-SU');
    expect(season('Trade doubled in 2019-2021. In the autumn the ministers met.')).toBe('2021-FA');
  });
  it('no narrative: the document date', () => {
    expect(season('The ministers met in the spring.')).toBe('2025-SP');
  });
});
