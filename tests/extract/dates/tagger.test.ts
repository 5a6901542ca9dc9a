import { describe, expect, it } from 'vitest';
import { identityDoc } from '../../../src/core/span.js';
import fc from 'fast-check';
import type { RunContext, SegmentedDoc } from '../../../src/core/types.js';
import {
  extractDates, findDocumentDate, tagDates, timexToDateValue, dctFromDocumentDate, type TimexHit,
} from '../../../src/extract/dates/index.js';

/** A minimal segmented document: paragraphs split at blank lines, one section. */
function segDoc(text: string): SegmentedDoc {
  const n = text.length;
  const paragraphs: SegmentedDoc['paragraphs'] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) paragraphs.push({ index: paragraphs.length, section: 0, span: { start: m.index, end: m.index + m[0].length } });
  return {
    ...identityDoc(text, 't.txt'),
    sections: [{ index: 0, heading: null, headingSpan: null, level: 0, span: { start: 0, end: n } }],
    paragraphs,
    sentences: [],
    tables: [],
  };
}

const ctx = (): RunContext => ({ messages: [] });

function values(text: string, dct?: string): [string, string, string][] {
  return tagDates(text, { dct }).map((h) => [h.text, h.type, h.value]);
}

describe('tagDates: absolute expressions', () => {
  it('reads day-month-year, month-day-year and ISO dates', () => {
    expect(values('The accord was signed on 3 November 2019 and ratified on August 30, 2020.')).toEqual([
      ['3 November 2019', 'DATE', '2019-11-03'],
      ['August 30, 2020', 'DATE', '2020-08-30'],
    ]);
    expect(values('Filed 2021-07-14.')).toEqual([['2021-07-14', 'DATE', '2021-07-14']]);
  });

  it('shares a year across a conjunction', () => {
    expect(values('The ministers met on March 3rd and May 9th, 2018.')).toEqual([
      ['March 3rd', 'DATE', '2018-03-03'],
      ['May 9th, 2018', 'DATE', '2018-05-09'],
    ]);
  });

  it('keeps day ranges as one hit with the range', () => {
    const [h] = tagDates('The forum took place on 14-15 October 2021 in Tbilisi.');
    expect(h).toMatchObject({ text: '14-15 October 2021', value: '2021-10-14', range: { start: '2021-10-14', end: '2021-10-15' } });
    expect(timexToDateValue(h!, false)).toEqual({ value: '2021-10-14/2021-10-15', start: '2021-10-14', end: '2021-10-15', granularity: 'range', inferred: false });
  });

  it('splits a year range into one TIMEX3 per year, both carrying the range', () => {
    const hits = tagDates('during the 2014-2019 programme');
    expect(hits.map((h) => [h.text, h.value])).toEqual([['2014', '2014'], ['2019', '2019']]);
    expect(timexToDateValue(hits[0]!, false)).toMatchObject({ value: '2014/2019', start: '2014-01-01', end: '2019-12-31', granularity: 'range' });
  });

  it('reads quarters, halves, seasons, decades and centuries', () => {
    expect(values('Growth slowed in Q3 2021, in the second half of 2019, in spring 2017, in the 1980s and in the early 19th century.')).toEqual([
      ['Q3 2021', 'DATE', '2021-Q3'],
      ['the second half of 2019', 'DATE', '2019-H2'],
      ['spring 2017', 'DATE', '2017-SP'],
      ['the 1980s', 'DATE', '198'],
      ['the early 19th century', 'DATE', '18'],
    ]);
  });

  it('finds no date in the issue\'s not-dates', () => {
    for (const s of ['Table 3', 'ISSN 2939-5550', '1117 Budapest', '$12.5 million', '640 soldiers', 'COVID-19', 'COP29', '6+3', 'page 12']) {
      expect(tagDates(s, { dct: '2022-09-05' }), s).toEqual([]);
    }
  });
});

describe('tagDates: relative expressions', () => {
  it('resolves against the DCT', () => {
    expect(values('Last year exports fell; this month they rose, and next year they may double.', '2023-04-12')).toEqual([
      ['Last year', 'DATE', '2022'],
      ['this month', 'DATE', '2023-04'],
      ['next year', 'DATE', '2024'],
    ]);
  });

  it('leaves relative values unresolved without a DCT', () => {
    expect(values('Last year exports fell. Talks resume in October. Today the border is open.')).toEqual([
      ['Last year', 'DATE', 'PAST_REF'],
      ['October', 'DATE', 'XXXX-10'],
      ['Today', 'DATE', 'PRESENT_REF'],
    ]);
  });

  it('reads durations and sets', () => {
    expect(values('He ruled for six years; a three-day strike ended; the council meets every two years; prices rise annually.')).toEqual([
      ['six years', 'DURATION', 'P6Y'],
      ['three-day', 'DURATION', 'P3D'],
      ['every two years', 'SET', 'P2Y'],
      ['annually', 'SET', 'P1Y'],
    ]);
  });

  it('keeps values taken from a year-only DCT at year granularity', () => {
    expect(values('Today the border is open; last month it was shut; in May it reopened.', '2024')).toEqual([
      ['Today', 'DATE', '2024'],
      ['last month', 'DATE', '2024'],
      ['May', 'DATE', '2024-05'],
    ]);
  });

    it('marks values taken from context as inferred', () => {
    const [a, b] = tagDates('In 2015 the plant opened. Last year it closed.', { dct: '2020-01-10' });
    expect(a!.inferred).toBeUndefined();
    expect(b!.inferred).toBe(true);
  });
});

describe('narrative anchoring', () => {
  it('gives a year-less month the year of the last stated date (no DCT)', () => {
    expect(values('The pipeline deal was signed in 2019. In May, the first gas arrived.')).toEqual([
      ['2019', 'DATE', '2019'],
      ['May', 'DATE', '2019-05'],
    ]);
  });

  it('extractDates anchors per paragraph and falls back to the document date', () => {
    const text = 'Regional Energy Review\n12 March 2024\n\nIn 2018 the first line opened. By June, traffic had doubled.\n\nIn June, a second line was proposed.';
    const { documentDate, mentions } = extractDates(segDoc(text), ctx());
    expect(documentDate).toMatchObject({ value: '2024-03-12', method: 'header' });
    const june = mentions.filter((m) => m.text === 'June');
    expect(june.map((m) => m.timexValue)).toEqual(['2018-06', '2023-06']);
    expect(june.every((m) => m.date?.inferred === true)).toBe(true);
  });

  it('a planned season looks forward from the document date, a narrated one keeps the narrative year', () => {
    const text = 'Border Review\n18 April 2025\n\nTalks stalled in 2019 and failed again in the autumn. A return visit is planned for the autumn.';
    const { mentions } = extractDates(segDoc(text), ctx());
    expect(mentions.filter((m) => m.text === 'the autumn').map((m) => m.timexValue)).toEqual(['2019-FA', '2025-FA']);
  });

  it('extractDates gives one mention per range and places "at the moment" at the document date', () => {
    const text = 'Energy Outlook\n3 May 2023\n\nInvestment doubled over the 2010-2020 period. At the moment, talks continue.';
    const { mentions } = extractDates(segDoc(text), ctx());
    const range = mentions.find((m) => m.text === '2010-2020');
    expect(range?.date).toMatchObject({ value: '2010/2020', start: '2010-01-01', end: '2020-12-31', granularity: 'range', inferred: false });
    const now = mentions.find((m) => m.text === 'At the moment');
    expect(now).toMatchObject({ timexValue: 'PRESENT_REF', date: { value: '2023', granularity: 'year', inferred: true } });
  });

    it('"later that year" and "the following year" refer to the stated year', () => {
    const t = tagDates('He was elected in March 2004 and resigned later that year; the following year he returned.', { dct: '2010-01-01' });
    expect(t.map((h) => [h.text, h.value])).toEqual([
      ['March 2004', '2004-03'],
      ['later that year', '2004'],
      ['the following year', '2005'],
    ]);
  });

  /** Brief mode (extractDates): the date value of each mention, by its text. */
  function briefDates(text: string): Record<string, string | undefined> {
    const { mentions } = extractDates(segDoc(text), ctx());
    const out: Record<string, string | undefined> = {};
    for (const m of mentions) out[m.text] = m.date?.value;
    return out;
  }

  it('counts "N weeks later", "N days later" and "a week earlier" from the last stated day, as days', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe dredging contract was awarded on 4 January 2021. Six weeks later the first barge arrived. Two days later a second one followed, and a week earlier the permits had been cleared.');
    expect(d['Six weeks later']).toBe('2021-02-15');
    expect(d['Two days later']).toBe('2021-01-06');
    expect(d['a week earlier']).toBe('2020-12-28');
  });

  it('reads a bare "over the same period" after a span of years as that span', () => {
    const brief = (s: string) => briefDates(`Harbour Notes\n9 October 2023\n\n${s}`);
    const hits = (s: string) => {
      const doc = segDoc(`Harbour Notes\n9 October 2023\n\n${s}`);
      return extractDates(doc, ctx()).mentions.filter((m) => m.text === 'the same period').map((m) => m.date?.value);
    };
    expect(hits('Steel exports rose from 7.4 million dollars in 2019 to 71 million dollars in 2023. Over the same period imports fell.')).toEqual(['2019/2023']);
    expect(hits('Grain output doubled between 2010 and 2020. Over the same period the herd shrank.')).toEqual(['2010/2020']);
    expect(hits('Cement sales grew by half in 2014-2018; over the same period prices fell.')).toEqual(['2014/2018']);
    // (a single year, or a later year in between: not a span)
    expect(hits('Exports rose in 2019. Over the same period imports fell.')).not.toContain('2019/2023');
    expect(hits('Output doubled between 2010 and 2020. In 2021 it fell. Over the same period the herd shrank.')).not.toContain('2010/2020');
    expect(brief('Exports rose in 2019.')['2019']).toBe('2019');
  });

  it('gives a vague count of days or weeks ("less than two weeks later") the month it lands in', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe strike began on 4 January 2021 and ended less than two weeks later. The crane was repaired on 3 May 2022 and failed again about ten days later. A dock opened on 2 June 2022; some three weeks later it was flooded.');
    expect(d['less than two weeks later']).toBe('2021-01');
    expect(d['about ten days later']).toBe('2022-05');
    expect(d['some three weeks later']).toBe('2022-06');
    const exact = briefDates('Harbour Notes\n9 October 2023\n\nThe strike began on 4 January 2021 and ended two weeks later.');
    expect(exact['two weeks later']).toBe('2021-01-18');
  });

  it('"N weeks ago" against a day document date is a day', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nTwo weeks ago the port authority raised its fees.');
    expect(d['Two weeks ago']).toBe('2023-09-25');
  });

  it('"the following week" is the month of the stated day a week on; "the next day" after a month is that month', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe upper house passed the law on 27 March 2022 and the president signed it the following week. The first strike came in July 2019; the union walked out again the next day.');
    expect(d['the following week']).toBe('2022-04');
    expect(d['the next day']).toBe('2019-07');
  });

  it('day-scale anaphora count from the last stated day when only a bound ("since 2019") came in between', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe ferry line was relaunched on 6 June 2022. Night sailings, suspended since 2019, returned the following week, and two days later the fares fell; the next day the unions protested.');
    expect(d['the following week']).toBe('2022-06');
    expect(d['two days later']).toBe('2022-06-08');
    expect(d['the next day']).toBe('2022-06-07');
  });

  it('a planned year-less month looks forward from the document date, not back to the narrative year', () => {
    const d = briefDates('Harbour Notes\n20 February 2025\n\nThe dock was leased in June 2023 and the board met again in October. The board is due to meet next in May.');
    expect(d['October']).toBe('2023-10');
    expect(d['May']).toBe('2025-05');
  });

  it('"since X" of a repeated or continuing activity runs to the document date; a state begun at X stays X', () => {
    const text = 'Harbour Notes\n20 February 2025\n\nThe two ports have exchanged pilots every spring since 2016. Grain has been loaded at the north quay since March 2020. Georgia has been an observer since 2018. Night sailings, suspended since 2021, are rare.';
    const { mentions } = extractDates(segDoc(text), ctx());
    const by = (t: string) => mentions.find((m) => m.text === t)?.date;
    expect(by('2016')).toMatchObject({ value: '2016/2025', start: '2016-01-01', end: '2025-12-31', granularity: 'range', inferred: true });
    expect(by('March 2020')).toMatchObject({ value: '2020-03/2025-02', end: '2025-02-28' });
    expect(by('2018')?.value).toBe('2018');
    expect(by('2021')?.value).toBe('2021');
  });

  it('"X and continued until Y" is one interval in a brief', () => {
    const d = briefDates('Harbour Notes\n20 February 2025\n\nThe strike began on 3 October 2022 and continued until 7 October, when the port reopened. It began in 2019 and the talks ended in 2021.');
    expect(d['3 October 2022 and continued until 7 October']).toBe('2022-10-03/2022-10-07');
    expect(d['2019']).toBe('2019');
  });

  it('"the following day" after a range of days counts from its last day', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe delegation toured Poti on 11-12 May 2022 and Batumi the following day.');
    expect(d['the following day']).toBe('2022-05-13');
  });

  it('"the day before the summit" counts from the date given to the summit earlier, not the last stated date', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe port summit of 14 June 2022 opened in Varna. Delegates had toured the docks on 10-11 June 2022, and the ministers arrived the day before the summit.');
    expect(d['the day before']).toBe('2022-06-13');
  });

  it('"within hours" is the last stated day (even after a year stated later), "within days" its month', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe tanker ran aground on 2 February 2020, the worst accident since 2011. Within hours the channel was closed, and within days a salvage team arrived.');
    expect(d['hours']).toBe('2020-02-02');
    expect(d['days']).toBe('2020-02');
  });

  it('"within weeks" after a stated month is that year', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe new crane went into service in August 2018 and broke down within weeks.');
    expect(d['weeks']).toBe('2018');
  });

  it('a season "of that year" or "of last year" is a season value', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe quay was rebuilt in 2017 and reopened in the spring of that year. The hot summer of last year lowered the river.');
    expect(d['the spring of that year']).toBe('2017-SP');
    expect(d['The hot summer of last year']).toBe('2022-SU');
  });

  it('a day stated without its year anchors what follows', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nIn 2021 the board met twice. It approved the budget on 3 March and the tariffs four weeks later.');
    expect(d['four weeks later']).toBe('2021-03-31');
  });

  it('"between the 1920s and the 1950s" is one decade range', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nThe fleet grew between the 1920s and the 1950s.');
    expect(d['the 1920s and the 1950s']).toBe('192X/195X');
  });

  it('a relative date restated at once by a stated one makes one mention of it ("the end of last month, on 31 March 2025")', () => {
    const d = briefDates('Harbour Notes\n14 April 2025\n\nAt the end of last month, on 31 March 2025, the levy was abolished. The ferry stopped on 2 March 2025 and sailed again the following week, on 10 March 2025.');
    expect(d['the end of last month, on 31 March 2025']).toBe('2025-03-31');
    expect(d['the following week, on 10 March 2025']).toBe('2025-03-10');
    expect(d['31 March 2025']).toBeUndefined();
  });

  it('", on <day>" restates a relative date even when its reference was only a bound', () => {
    const d = briefDates('Harbour Notes\n9 October 2023\n\nNight sailings, suspended since 2019, returned the following week, on 14 July 2022.');
    expect(d['the following week, on 14 July 2022']).toBe('2022-07-14');
  });

  it('a stated date outside the relative one is no restatement', () => {
    const d = briefDates('Harbour Notes\n14 April 2025\n\nThe ferry stopped on 2 March 2025 and sailed again the following week, 2024 having been calm.');
    expect(d['the following week']).toBe('2025-03');
  });

  it('news mode keeps week values and vague durations (TempEval conventions)', () => {
    const t = tagDates('The bill passed on 2 June 2020. Six weeks later it was repealed; within hours, markets fell.', { dct: '2020-12-01' });
    expect(t.map((h) => [h.text, h.value])).toEqual([
      ['2 June 2020', '2020-06-02'],
      ['Six weeks later', '2020-W29'],
      ['hours', 'PTXH'],
    ]);
  });
});

describe('intervals, anchors and footnote marks', () => {
  it('reads "between X and Y" and "from X to Y" as one interval (two TIMEX3, one mention)', () => {
    const hits = tagDates('Eleven accords were signed between 1996 and 2001; freight grew from March 2012 until June 2015.');
    expect(hits.map((h) => [h.text, h.value, h.range])).toEqual([
      ['1996', '1996', { start: '1996', end: '2001' }],
      ['2001', '2001', { start: '1996', end: '2001' }],
      ['March 2012', '2012-03', { start: '2012-03', end: '2015-06' }],
      ['June 2015', '2015-06', { start: '2012-03', end: '2015-06' }],
    ]);
    const { mentions } = extractDates(segDoc('Eleven accords were signed between 1996 and 2001.'), ctx());
    expect(mentions.map((m) => [m.text, m.date?.value, m.date?.granularity])).toEqual([['1996 and 2001', '1996/2001', 'range']]);
  });

  it('joins two consecutive months joined by "and" into one period, not two distant ones', () => {
    const { mentions } = extractDates(segDoc('Strikes closed the mines in October and November 2019, and again in March and July 2020.'), ctx());
    expect(mentions.map((m) => [m.text, m.date?.value])).toEqual([
      ['October and November 2019', '2019-10/2019-11'],
      ['March', '2020-03'],
      ['July 2020', '2020-07'],
    ]);
  });

  it('joins months linked by "to" or a dash, abbreviations included', () => {
    const { mentions } = extractDates(segDoc('Ferries ran from May to July 2019; cargo for Jan–Sep 2020 fell.'), ctx());
    expect(mentions.map((m) => [m.text, m.date?.value])).toEqual([
      ['May to July 2019', '2019-05/2019-07'],
      ['Jan–Sep 2020', '2020-01/2020-09'],
    ]);
  });

  it('keeps two years joined by "and" apart without "between"/"from", and a backwards pair apart', () => {
    expect(tagDates('Polls were held in 2015 and 2019.').every((h) => !h.range)).toBe(true);
    expect(tagDates('prices moved from 2019 to 2011 levels').every((h) => !h.range)).toBe(true);
  });

  it('counts "N years after" from the date stated later in the same sentence', () => {
    const t = 'The old canal was dug in 1980. Twelve years after building began in March 2004, the tunnel opened.';
    expect(tagDates(t).map((h) => [h.text, h.value])).toEqual([
      ['1980', '1980'],
      ['Twelve years after', '2016'],
      ['March 2004', '2004-03'],
    ]);
    // without such a date, from the last stated one
    expect(tagDates('The mill closed in 2010. Five years later it reopened.').map((h) => h.value)).toEqual(['2010', '2015']);
  });

  it('does not lose a year followed by a glued footnote mark', () => {
    expect(values('The line was marked out in 1998.3 In May the posts went up.').map((v) => v[0])).toEqual(['1998', 'May']);
    expect(values('a rate of 2015.5 points')).toEqual([]);
  });

  it('gives month-level relative phrases the year of a year-only DCT, never its December', () => {
    expect(values('Earlier this month the pact was ratified; they meet next month and met last week.', '2021')).toEqual([
      ['Earlier this month', 'DATE', '2021'],
      ['next month', 'DATE', '2021'],
      ['last week', 'DATE', '2021'],
    ]);
    expect(values('They meet next week.', '2021-06')).toEqual([['next week', 'DATE', '2021-06']]);
    const { documentDate, mentions } = extractDates(segDoc('Transit Review\nVienna, 2021\n\nEarlier this month the pact was ratified.'), ctx());
    expect(documentDate).toMatchObject({ value: '2021', method: 'header' });
    expect(mentions.find((m) => m.text === 'Earlier this month')?.date).toMatchObject({ value: '2021', granularity: 'year', inferred: true });
  });
});

describe('findDocumentDate', () => {
  it('reads a label and a separator before or after the date', () => {
    const hd = (t: string) => findDocumentDate(t + '\n\nIn 2015 the corridor opened and in 2016 it grew.');
    expect(hd('Water and Borders\n\nCommentary | 4 February 2022')).toMatchObject({ value: '2022-02-04', method: 'header' });
    expect(hd('Regional Outlook\nPolicy Brief — March 2021')).toMatchObject({ value: '2021-03', method: 'header' });
    expect(hd('Grain Routes\n**Published:** 9 October 2020')).toMatchObject({ value: '2020-10-09', method: 'header' });
    expect(hd('Tbilisi, 8 April 2018')).toMatchObject({ value: '2018-04-08', method: 'header' });
    expect(hd('Caspian Notes\nNo. 4, August 2019')).toMatchObject({ value: '2019-08', method: 'header' });
    expect(hd('Steppe Rail\n11 June 2021 | Briefing')).toMatchObject({ value: '2021-06-11', method: 'header' });
  });
  it('reads a news dateline and a laid-out masthead', () => {
    const body = '\n\nThe port will be finished by 2031, officials said.';
    expect(findDocumentDate('Grain by Sea\n\nPOTI, 3 February 2023 — Ships queued for a week at the grain berth, and a new silo is planned for 2030.' + body)).toMatchObject({ value: '2023-02-03', method: 'header' });
    expect(findDocumentDate('STEPPE TRANSPORT MONITOR      Issue 4/2022      June 2022\n\nRail Freight Across the Steppe' + body)).toMatchObject({ value: '2022-06', method: 'header' });
    expect(findDocumentDate('STEPPE TRANSPORT MONITOR Issue 4/2022 June 2022\n\nRail Freight Across the Steppe' + body)).toMatchObject({ value: '2022-06', method: 'header' });
    // a title is no masthead
    expect(findDocumentDate('Rail Freight Across the Steppe in 2019\n\nIn 2021 the line was doubled.')).toMatchObject({ value: '2021', method: 'latest' });
    // a capitalised place and a comma inside prose is no dateline
    expect(findDocumentDate('Grain by Sea\n\nIn BATUMI, 3 February 2023 saw long queues. In 2024 they eased.')).toMatchObject({ method: 'latest' });
  });
  it('does not take a wrapped prose line for a header', () => {
    expect(findDocumentDate('Oil and Water\nSince 2016, exports have grown\nsteadily, and in 2019 they doubled.')).toMatchObject({ value: '2019', method: 'latest' });
  });
  it('skips plans and possibilities in the fallback', () => {
    const d = findDocumentDate('Talks were held in March 2023. Work on the dam could resume in 2026. The ministers may meet again in 2027.');
    expect(d).toMatchObject({ value: '2023-03', method: 'latest' });
  });
  it('keeps a past date in a causal "due to" sentence as a fallback candidate', () => {
    expect(findDocumentDate('Prices rose in 2019. Exports fell in May 2021 due to the floods.')).toMatchObject({ value: '2021-05', method: 'latest' });
    expect(findDocumentDate('Prices rose in 2019. The bridge is due to open in May 2021.')).toMatchObject({ value: '2019', method: 'latest' });
  });

  it('reads a date line under the title', () => {
    expect(findDocumentDate('Water Policy Brief\n5 September 2022\n\nIn 2010 the basin flooded.')).toMatchObject({ value: '2022-09-05', method: 'header' });
  });
  it('reads "City, year" and cue words', () => {
    expect(findDocumentDate('Policy Paper\nVienna, 2023\n\nSince 2015 trade grew.')).toMatchObject({ value: '2023', method: 'header' });
    expect(findDocumentDate('Trade Monitor (compiled 20 June 2024)\n\nExports rose in 2023.')).toMatchObject({ value: '2024-06-20', method: 'header' });
  });
  it('reads a document code with a year', () => {
    expect(findDocumentDate('Working paper CS/2021/7\nA review of transit routes\n\nIn 2019 the corridor opened.')).toMatchObject({ value: '2021', method: 'header' });
  });
  it('falls back to the latest stated date, ignoring targets', () => {
    const d = findDocumentDate('Transit routes grew after 2015. In March 2021 a new line opened. The goal is to double traffic by 2030.');
    expect(d).toMatchObject({ value: '2021-03', method: 'latest' });
  });
  it('says none when there is no date', () => {
    expect(findDocumentDate('No dates here at all.')).toEqual({ value: null, method: 'none', span: null });
  });
  it('gives a DCT for any granularity', () => {
    expect(dctFromDocumentDate('2024')).toBe('2024-12-31');
    expect(dctFromDocumentDate('2024-02')).toBe('2024-02-29');
    expect(dctFromDocumentDate(null)).toBeUndefined();
  });
});

describe('timexToDateValue', () => {
  const hit = (value: string, type: TimexHit['type'] = 'DATE'): TimexHit => ({ start: 0, end: 1, text: 'x', type, value, rule: 'test' });
  it('gives intervals for every export form', () => {
    expect(timexToDateValue(hit('2011-FA'), false)).toMatchObject({ start: '2011-09-01', end: '2011-11-30', granularity: 'season' });
    expect(timexToDateValue(hit('2022-H1'), true)).toMatchObject({ start: '2022-01-01', end: '2022-06-30', granularity: 'half', inferred: true });
    expect(timexToDateValue(hit('2024-Q1'), false)).toMatchObject({ end: '2024-03-31', granularity: 'quarter' });
    expect(timexToDateValue(hit('199'), false)).toMatchObject({ value: '199X', start: '1990-01-01', end: '1999-12-31', granularity: 'decade' });
    expect(timexToDateValue(hit('2020-02'), false)).toMatchObject({ end: '2020-02-29', granularity: 'month' });
  });
  it('gives null for durations, sets and REF values', () => {
    expect(timexToDateValue(hit('P6Y', 'DURATION'), false)).toBeNull();
    expect(timexToDateValue(hit('P1Y', 'SET'), false)).toBeNull();
    expect(timexToDateValue(hit('PRESENT_REF'), false)).toBeNull();
    expect(timexToDateValue(hit('XXXX-10'), false)).toBeNull();
  });
});

describe('properties', () => {
  const pieces = fc.constantFrom(
    ' ', '\n', ',', '.', '-', '–', '/', '$', '%', "'", '2022', '1990s', '21', '30', '3', 'May', 'June', 'Sept.', 'Friday', 'last', 'next',
    'year', 'years', 'ago', 'the', 'first', 'half', 'of', 'quarter', 'Q1', 'early', 'mid-', 'since', 'every', 'two', 'a', 'day',
    'today', 'now', 'Table', 'COVID-19', 'é', '😀', '10:30', 'a.m.', 'century', '20th', 'and',
    'another', 'hour', 'hrs', 'next', 'before', 'after', 'ended', 'Sept', '30,', 'that', 'same', 'following', 'period', 'later',
    'earlier', 'recent', 'coming', 'every', 'quarterly', 'daily', 'noon', 'Monday', 'week', 'weekend', 'in', 'by', 'will',
    'nineteen', 'ninety-six', 'FY2023', 'H1', 'spring', 'winter', 'fiscal', 'year-earlier', 'six', 'months', 'of', '2010-2025',
    'between', 'from', 'to', 'until', '|', '—', 'Analysis', 'Published:', '**', '1998.3', 'In', 'Baku,', 'No.', '12,',
  );
  const texts = fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 30 }).map((a) => a.join(' ')), fc.array(pieces, { maxLength: 30 }).map((a) => a.join('')));

  it('never throws; spans slice to their text; hits are sorted and do not overlap', () => {
    fc.assert(
      fc.property(texts, fc.option(fc.constantFrom('2022-09-05', '1999-12-31', '2024-02-29', '2024', '2023-07'), { nil: undefined }), (text, dct) => {
        const hits = tagDates(text, { dct, onError: (rule, err) => { throw new Error(`${rule}: ${String(err)}`); } });
        let prevEnd = 0;
        for (const h of hits) {
          expect(text.slice(h.start, h.end)).toBe(h.text);
          expect(h.start).toBeGreaterThanOrEqual(prevEnd);
          expect(h.end).toBeGreaterThan(h.start);
          prevEnd = h.end;
          timexToDateValue(h, false);
        }
        findDocumentDate(text, hits);
      }),
      { numRuns: 400 },
    );
  });

  it('extractDates gives mentions whose spans slice to their text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { mentions } = extractDates(segDoc(text), ctx());
        for (const m of mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('tagDates: the candidate scan is shared between calls on one text', () => {
  it('gives the same hits whatever was tagged before', () => {
    const text = 'Talks resumed in May 2019. Two years later, on 14 March 2021, the line opened; next year it grows.';
    const other = 'The summit of 3 June 2015 was held in Baku.';
    const fresh = (dct?: string) => {
      tagDates(other, {});
      return tagDates(text, dct ? { dct } : {});
    };
    const withDct = fresh('2022-09-05');
    const without = fresh();
    // the same text again, the DCT changed: the cached candidates must not carry the old values
    expect(tagDates(text, {})).toEqual(without);
    expect(tagDates(text, { dct: '2022-09-05' })).toEqual(withDct);
    expect(withDct.find((h) => h.text === 'next year')?.value).toBe('2023');
    expect(without.find((h) => h.text === 'next year')?.value).not.toBe('2023');
  });
});
