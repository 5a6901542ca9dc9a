import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKGROUND_RULES, isBackgroundDate } from '../../../src/extract/dates/narrative.js';
import { tagDates } from '../../../src/extract/dates/index.js';
import { checkTextRules } from '../../helpers/rules.js';

/** The span of the first stated date of a sentence (a range as a whole). */
function firstDate(text: string): { start: number; end: number } {
  const h = tagDates(text, { narrative: 'full' }).find((x) => x.type === 'DATE');
  if (!h) throw new Error(`no date in ${text}`);
  return h.rangeSpan ?? { start: h.start, end: h.end };
}

describe('background dates (not the narrative reference)', () => {
  checkTextRules(
    BACKGROUND_RULES,
    { match: 'takes the first date as background in', noMatch: 'keeps the first date of' },
    (rule, text) => {
      const d = firstDate(text);
      expect(rule.test(text, d.start, d.end)).toBe(true);
      expect(isBackgroundDate(text, d.start, d.end)).toBe(true);
    },
    (rule, text) => {
      const d = firstDate(text);
      expect(rule.test(text, d.start, d.end)).toBe(false);
    },
  );
});

describe('the narrative reference skips background dates (briefs)', () => {
  const v = (text: string, dct = '2025-05-10') =>
    tagDates(text, { dct, narrative: 'full', narrativeReach: 600 }).map((h) => [h.text, h.value]);

  it('"that October" after a "dormant since" aside is of the main line', () => {
    expect(v('In March 2022 the ministers met in Tashkent. The joint council, dormant since 2016, held its fifth session in Almaty that October.')).toContainEqual(['October', '2022-10']);
    // no aside: the stated year is the reference
    expect(v('The joint council met in 2016 and held its fifth session in Almaty that October.')).toContainEqual(['October', '2016-10']);
  });

  it('a founding date in an apposition or parenthesis is no reference', () => {
    expect(v('In 2020 the water fund (created in 2001) approved a loan; that November it approved another.')).toContainEqual(['November', '2020-11']);
    expect(v('In May 2019 talks opened. The bank, founded in 1993, lent $50 million in June.')).toContainEqual(['June', '2019-06']);
  });

  it('a plan period is no reference; a range of years on the main line is, by its end', () => {
    expect(v('On 11 May 2022 the ministers signed a consultations plan for 2022-2024. The council met again that November.')).toContainEqual(['November', '2022-11']);
    expect(v('The border was closed in 2014-2016; the following year it reopened.')).toContainEqual(['the following year', '2017']);
  });

  it('a phrase placed against the document date moves the reference', () => {
    expect(v('The plant should reach full output in the first half of 2026. The commission, which met in Astana last month, agreed to meet in Baku in November.', '2024-03-14')).toContainEqual(['November', '2024-11']);
  });

  it('"the same month" after a stated year is that year, after a stated month that month', () => {
    expect(v('The consortium reported in 2023 that exports had doubled. The same month it announced a tender.')).toContainEqual(['The same month', '2023']);
    expect(v('The consortium reported in March 2023 that exports had doubled. The same month it announced a tender.')).toContainEqual(['The same month', '2023-03']);
  });

  it('"N years after <noun>" with no dated anchor is a duration, not a shifted date', () => {
    expect(v('The charter was signed on 4 April 2010; it entered into force in 2016, six years after signature.')).toEqual([
      ['4 April 2010', '2010-04-04'],
      ['2016', '2016'],
      ['six years', 'P6Y'],
    ]);
    expect(v('Four years after construction started in 2010 the dam was finished.')).toContainEqual(['Four years after', '2014']);
    expect(v('Twelve years after signature, the treaty is still not in force.')).toEqual([['Twelve years', 'P12Y']]);
  });

  it('"N years after <act>" counts from the date the text gave that act', () => {
    expect(v('The parliament ratified the treaty in 2016. Two years after ratification, the first shipment arrived.')).toContainEqual(['Two years after', '2018']);
    expect(v('Kazakhstan became independent in December 1991. A decade after independence it opened a pipeline.')).toContainEqual(['A decade after', '2001']);
    expect(v('The port was inaugurated in May 2018. Six months after its inauguration, it handled a million tonnes.')).toContainEqual(['Six months after', '2018-11']);
    // no stated act: a duration; the act stated without a date: a duration
    expect(v('The port opened in May 2018. Six months after its inauguration, it handled a million tonnes.')).toContainEqual(['Six months', 'P6M']);
  });

  it('"the following spring", "that autumn": a season placed from the last stated date', () => {
    expect(v('The treaty was signed on 12 June 2015 and ratified the following spring.')).toContainEqual(['the following spring', '2016-SP']);
    expect(v('Talks opened in May 2019 and broke down that autumn.')).toContainEqual(['that autumn', '2019-FA']);
  });

  it('"the end of the decade" after a named decade is that decade; "over the next five years" has no mod', () => {
    expect(v('During the 2010s trade stagnated; by the end of the decade it had halved.')).toContainEqual(['the end of the decade', '201']);
    expect(v('Trade grew in the 2010s, but in 2024 it fell; by the end of the decade it may recover.')).toContainEqual(['the end of the decade', '202']);
    const [h] = tagDates('Over the next five years the two states plan to double trade.', { dct: '2025-05-10', narrative: 'full' });
    expect(h).toMatchObject({ text: 'the next five years', value: 'P5Y' });
    expect(h!.mod).toBeUndefined();
  });

  it('"the following decade" after a stated year is the decade after it (a brief only)', () => {
    expect(v('The mine closed in 2008, and for most of the following decade the town shrank.')).toContainEqual(['the following decade', '201']);
    expect(v('Freight collapsed in 1990; for much of the following decade the line was idle.')).toContainEqual(['the following decade', '199']);
    expect(v('Freight collapsed in 1995; the previous decade had been better.')).toContainEqual(['the previous decade', '198']);
    // news text (TimeML): not a date
    expect(tagDates('The mine closed in 2008, and over the following decade the town shrank.', { dct: '2013-03-22' }).map((h) => h.text)).toEqual(['2008']);
  });

  it('winters named by two years, quarters, halves and mid-years', () => {
    expect(v('The 2024/25 winter was mild. In the winter of 2020-21 gas ran short. Output fell in Q3 2024, rose in H1 2023 and by mid-2023.')).toEqual([
      ['The 2024/25 winter', '2024-WI'],
      ['the winter of 2020-21', '2020-WI'],
      ['Q3 2024', '2024-Q3'],
      ['H1 2023', '2023-H1'],
      ['mid-2023', '2023'],
    ]);
  });

  it('a bare "last year" leaves the narrative alone; a month-level deictic moves it', () => {
    expect(v('The port (opened in 2018) handled 5 million tonnes last year. In January it added a berth.')).toContainEqual(['January', '2025-01']);
  });
});

describe('properties', () => {
  const piece = fc.constantFrom('The council, ', 'dormant since ', '2014', ', ', '(', ')', 'founded in ', 'for ', '2022-2024', ' plan', '. ', 'In May ', 'that November', 'since its founding in ', '\n\n', ' — ', 'six years after signature', 'the following spring', 'x');
  it('isBackgroundDate never throws, whatever the text and offsets', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.nat(200), fc.nat(20), (parts, a, len) => {
        const text = parts.join('');
        const s = Math.min(a, text.length);
        const e = Math.min(text.length, s + len);
        expect(typeof isBackgroundDate(text, s, e)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
  it('tagging briefs never throws and every span slices to its text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        for (const h of tagDates(text, { dct: '2025-05-10', narrative: 'full', narrativeReach: 600 })) expect(text.slice(h.start, h.end)).toBe(h.text);
      }),
      { numRuns: 300 },
    );
  });
});
