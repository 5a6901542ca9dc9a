import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../src/extract/dates/index.js';

/** A brief is tagged as extractDates does: full narrative mode. */
function brief(text: string, dct = '2024-06-01') {
  return tagDates(text, { dct, narrative: 'full', narrativeReach: 600 });
}
function hit(text: string, want: string, dct?: string) {
  return brief(text, dct).find((h) => h.text === want);
}

describe('"within N days/weeks/months" after a stated date (dates/relative/within)', () => {
  it('a week after a stated day is about that day\'s month', () => {
    const h = hit('After the floods of 12-13 October 2021, most villages were cut off within a week.', 'a week');
    expect(h?.type).toBe('DATE');
    expect(h?.value).toBe('2021-10');
    expect(h?.mod).toBe('APPROX');
  });
  it('counted days after a stated month keep the month', () => {
    const h = hit('The ferry strike began in March 2019, and the harbour ran out of fuel within ten days.', 'ten days');
    expect(h?.value).toBe('2019-03');
  });
  it('counted months run from the stated month', () => {
    const h = hit('Wheat prices doubled in January 2008 and fell back within four months.', 'four months');
    expect(h?.type).toBe('DATE');
    expect(h?.range).toEqual({ start: '2008-01', end: '2008-05' });
  });
  it('a rule or a plan stays a duration', () => {
    expect(hit('Under the 2018 code, claims must be filed within 30 days.', '30 days')?.value).toBe('P30D');
    expect(hit('In May 2020 the ministry promised to answer within a week.', 'a week')?.value).toBe('P1W');
    expect(hit('The new clinic will open within six months.', 'six months')?.value).toBe('P6M');
  });
  it('without a stated date, or in news mode, it stays a duration', () => {
    expect(hit('The volunteers rebuilt the bridge within a week.', 'a week')?.value).toBe('P1W');
    const news = tagDates('On 3 May 2021 the lake froze, and within two weeks the ice was thick.', { dct: '2021-06-01' });
    expect(news.find((h) => h.text === 'two weeks')?.value).toBe('P2W');
  });
  it('"within N days of X" is left to the other rules', () => {
    expect(brief('In April 2022 the vote was held within two days of the debate.').some((h) => h.rule === 'dates/relative/within')).toBe(false);
  });
});

describe('a past verb right before a weekday places it in the past', () => {
  // 2022-09-07 is a Wednesday
  const dct = '2022-09-07';
  it('"announced Monday" after an earlier future cue', () => {
    const hs = tagDates('Farmers said they would contest the quota, announced Monday by the ministry.', { dct });
    expect(hs.find((h) => h.text === 'Monday')?.value).toBe('2022-09-05');
  });
  it('"predicted on Tuesday" after "will"', () => {
    const hs = tagDates('The league will now review every transfer, officials predicted on Tuesday.', { dct });
    expect(hs.find((h) => h.text === 'Tuesday')?.value).toBe('2022-09-06');
  });
  it('a planned day stays in the future', () => {
    expect(tagDates('The vote is scheduled Friday.', { dct }).find((h) => h.text === 'Friday')?.value).toBe('2022-09-09');
    expect(tagDates('Shops will reopen as soon as the port reopened Friday.', { dct }).find((h) => h.text === 'Friday')?.value).toBe('2022-09-09');
    expect(tagDates('The museum will reopen Friday.', { dct }).find((h) => h.text === 'Friday')?.value).toBe('2022-09-09');
  });
});

describe('"the following March", "the previous October" (dates/relative/month-anaphor)', () => {
  it('the following month-name after a stated year is in the next year', () => {
    const h = hit('The choir was founded in 1987. The following April it toured Scandinavia.', 'The following April');
    expect(h?.value).toBe('1988-04');
    expect(h?.rule).toBe('dates/relative/month-anaphor');
  });
  it('after a stated month, the first such month after it', () => {
    expect(hit('Flooding hit the delta in February 2016, and the following June the dykes were raised.', 'the following June')?.value).toBe('2016-06');
    expect(hit('The mine shut in September 2003; the next March it was sold.', 'the next March')?.value).toBe('2004-03');
  });
  it('the previous month-name is the last such month before the stated date', () => {
    expect(hit('The firm listed its shares in July 2011, having restructured the previous November.', 'the previous November')?.value).toBe('2010-11');
    expect(hit('The strike ended in October 2019; the preceding May it had begun.', 'the preceding May')?.value).toBe('2019-05');
  });
  it('a stated year or day after the month is no anaphor', () => {
    const hs = brief('In 2001 the museum closed. The following March 2003 exhibition was cancelled.');
    expect(hs.some((h) => h.rule === 'dates/relative/month-anaphor')).toBe(false);
    expect(brief('The following May 4 vote was postponed.').some((h) => h.rule === 'dates/relative/month-anaphor')).toBe(false);
    expect(brief('The following marches drew thousands.').some((h) => h.rule === 'dates/relative/month-anaphor')).toBe(false);
  });
});

describe('"N years on" is "N years later" (dates/relative/ago)', () => {
  it('counts from the stated date', () => {
    expect(hit('The reservoir was filled in 1972 and, two decades on, it was silted up.', 'two decades on')?.value).toBe('1992');
    expect(hit('The vaccine campaign began in March 2010. Six months on, measles cases had halved.', 'Six months on')?.value).toBe('2010-09');
    expect(hit('The league was founded in 1995 and folded five years on.', 'five years on')?.value).toBe('2000');
  });
  it('"on" that starts a phrase is no direction', () => {
    expect(hit('In 2008 she spent four years on the board.', 'four years')?.type).toBe('DURATION');
    expect(brief('In 2012 he worked two days on the farm.').some((h) => h.rule === 'dates/relative/ago')).toBe(false);
    expect(brief('In 2019 they spent three weeks on research.').some((h) => h.rule === 'dates/relative/ago')).toBe(false);
  });
});

describe('"the subsequent year" (dates/relative/this-last-next)', () => {
  it('is the year after the stated one', () => {
    expect(hit('The port was privatised in 2006; the subsequent year, tonnage fell.', 'the subsequent year')?.value).toBe('2007');
    expect(hit('The first harvest failed in 1998 and the subsequent year was worse.', 'the subsequent year')?.value).toBe('1999');
  });
  it('the plural is no date', () => {
    expect(brief('In 2006 the port was privatised; the subsequent years were hard.').some((h) => /subsequent/.test(h.text))).toBe(false);
  });
});

describe('"for the next N years" in a past narrative runs from the stated date (dates/duration/count-unit)', () => {
  it('the next N years after a stated year, in the past', () => {
    const h = hit('The dam was finished in 1962, and for the next ten years the valley flooded every spring.', 'the next ten years');
    expect(h?.type).toBe('DURATION');
    expect(h?.range).toEqual({ start: '1962', end: '1972' });
  });
  it('"the following N", "the ensuing N" and "N afterwards" are anaphoric', () => {
    expect(hit('The currency was floated in 2014. Over the following two years inflation tripled.', 'the following two years')?.range).toEqual({ start: '2014', end: '2016' });
    expect(hit('The airport reopened in April 2021; in the ensuing six months traffic recovered.', 'the ensuing six months')?.range).toEqual({ start: '2021-04', end: '2021-10' });
    expect(hit('The league was founded in 1995. For four years afterwards it had no sponsor.', 'four years')?.range).toEqual({ start: '1995', end: '1999' });
  });
  it('a plan or a present statement stays counted from the DCT', () => {
    expect(hit('The plan was adopted in 2019; the agency aims to halve waste over the next five years.', 'the next five years')?.range).toEqual({ start: '2024', end: '2029' });
    expect(hit('Rail freight grew in 2018. Output should double over the next three years.', 'the next three years')?.range).toEqual({ start: '2024', end: '2027' });
  });
  it('without a stated date nothing is anchored to the narrative', () => {
    expect(hit('For three years afterwards the hall stood empty.', 'three years')?.range).toBeUndefined();
  });
});
