/**
 * Year-less dates in a dated brief: when the narrative year goes stale (narrative.ts
 * STALE_RULES), glued footnote marks, halves, and day anaphora across paragraph breaks.
 * All sentences are written for this test.
 */
import { describe, expect, it } from 'vitest';
import { STALE_RULES, STALE_EXAMPLE_DCT, isStaleAnchor, sentenceBreaks } from '../../../src/extract/dates/narrative.js';
import { extractDates, findDocumentDate, tagDates, sourceLineParagraphs } from '../../../src/extract/dates/index.js';
import { mastheadField } from '../../../src/extract/dates/docdate.js';
import { checkTextRules } from '../../helpers/rules.js';
import { identityDoc } from '../../../src/core/span.js';
import { oneParagraphDoc } from '../../helpers/one-paragraph.js';
import type { RunContext, SegmentedDoc } from '../../../src/core/types.js';

const brief = (text: string, dct = STALE_EXAMPLE_DCT, resets?: number[]) =>
  tagDates(text, { dct, narrative: 'full', narrativeReach: 600, ...(resets ? { resets } : {}) });
const values = (text: string, dct?: string, resets?: number[]) => brief(text, dct, resets).map((h) => [h.text, h.value]);

/** The value of the last year-less (partial) date of a text. */
function lastPartial(text: string, dct = STALE_EXAMPLE_DCT): string {
  const hs = brief(text, dct).filter((h) => h.rule.startsWith('dates/partial/'));
  if (!hs.length) throw new Error(`no year-less date in ${text}`);
  return hs[hs.length - 1]!.value;
}

describe('stale narrative references', () => {
  checkTextRules(
    STALE_RULES,
    { match: 'reads the last year-less date from the document date in', noMatch: 'keeps the narrative year in' },
    (_rule, text) => expect(lastPartial(text).slice(0, 4)).toBe(STALE_EXAMPLE_DCT.slice(0, 4)),
    (_rule, text) => expect(lastPartial(text).slice(0, 4)).not.toBe(STALE_EXAMPLE_DCT.slice(0, 4)),
  );

  it('counts sentence ends, not abbreviations', () => {
    const t = 'Talks began in 2024. Mr. Aliyev left. Dr. Lee stayed. The end.';
    expect(sentenceBreaks(t, 0, t.length)).toBe(3);
    expect(sentenceBreaks(t, 5, 5)).toBe(0);
  });

  it('a present cue alone decides; recency needs three sentences', () => {
    const t = 'Talks were held in May 2024. Baku has since offered a venue. They spoke on 9 August.';
    expect(isStaleAnchor(t, t.indexOf('2024') + 4, t.indexOf('9 August'), 400)).toBe(true);
    const u = 'Talks were held in May 2024. They spoke on 9 August.';
    expect(isStaleAnchor(u, u.indexOf('2024') + 4, u.indexOf('9 August'), 10)).toBe(false);
  });
});

describe('tricky sentences in brief style (document date 2025-09-16 unless given)', () => {
  it('a dateline lead: year-less dates are of the document year', () => {
    const t = 'ASTANA, 16 September 2025 — When the two ministers met in Baku on 8 August, few expected a deal. Earlier talks, on 10-11 May 2024, had failed. Both sides have since softened their terms, and the presidents spoke by phone on 9 August. The accord was initialled on 1 September.';
    const v = values(t);
    expect(v).toContainEqual(['8 August', '2025-08-08']);
    expect(v).toContainEqual(['9 August', '2025-08-09']);
    expect(v).toContainEqual(['1 September', '2025-09-01']);
  });

  it('a historical narrative keeps its year', () => {
    expect(values('In 1997 the two states agreed to open embassies. On 3 May the treaty was signed in Baku.')).toContainEqual(['3 May', '1997-05-03']);
    expect(values('The pipeline was approved in March 2003. Construction began on 12 September and took two years.')).toContainEqual(['12 September', '2003-09-12']);
    // recent in the document's year, but the anchor is the sentence before: the narrative wins
    expect(values('Talks in Almaty on 10-11 May 2024 stalled. On 2 September the envoys met again.')).toContainEqual(['2 September', '2024-09-02']);
  });

  it('a plan period or "since" bound does not hide the present', () => {
    expect(values('The fund, created in 2019, currently finances 14 projects; the latest was approved in August.')).toContainEqual(['August', '2025-08']);
    expect(values('Exports rose 12% in 2024. So far this year the ministry has issued 40 licences, the last on 5 September.')).toContainEqual(['5 September', '2025-09-05']);
  });

  it('a far and older anchor in a dated piece: a recent day is of the document year', () => {
    const t = 'The corridor was first proposed in 2021. Funding was scarce. Two studies disagreed on the route. Engineers surveyed the pass. The first convoy crossed it on 28 August.';
    expect(values(t)).toContainEqual(['28 August', '2025-08-28']);
    // the same text, a day not recent to the document date: the narrative year
    const u = 'The corridor was first proposed in 2021. Funding was scarce. Two studies disagreed on the route. Engineers surveyed the pass. The first convoy crossed it on 28 March.';
    expect(values(u)).toContainEqual(['28 March', '2021-03-28']);
  });

  it('day anaphora follow the narrative line', () => {
    const t = 'Both leaders had met in May 2024 without result. The ministers have since met twice, and the presidents spoke on 9 August. The foreign ministry issued a statement three days later.';
    const v = values(t);
    expect(v).toContainEqual(['9 August', '2025-08-09']);
    expect(v).toContainEqual(['three days later', '2025-08-12']);
    expect(values('The summit opened on 4 June 2024. That day the leaders signed six documents, and the same evening they dined.')).toContainEqual(['the same evening', '2024-06-04']);
  });

  it('a day anaphor opening a list item looks back across the break', () => {
    const t = 'The summit took place on 6 November 2025.\n\n1. A declaration on minerals.\n\n2. An announcement, made the same day, on flights.';
    const resets = [0, t.indexOf('1.'), t.indexOf('2.')];
    expect(values(t, '2025-11-12', resets)).toContainEqual(['the same day', '2025-11-06']);
    // a year-less month in a new paragraph is read from the document date, not the last paragraph
    const u = 'The summit took place on 6 November 2019.\n\nTalks resumed in March.';
    expect(values(u, '2025-11-12', [0, u.indexOf('Talks')])).toContainEqual(['March', '2025-03']);
  });

  it('a future year-less date after an old anchor looks forward', () => {
    expect(values('The last round was held in 2023. The next round is due on 7 October.')).toContainEqual(['7 October', '2025-10-07']);
  });
});

describe('footnote marks glued to dates (PDF text)', () => {
  const cases: [string, string, string][] = [
    ['Relations were established on 19 January 1993,1 but trade stayed small.', '19 January 1993', '1993-01-19'],
    ['The plant opened in 2019.2 The line followed.', '2019', '2019'],
    ['The accord was signed in March 2024,3 and ratified later.', 'March 2024', '2024-03'],
    ['It entered into force on May 4, 2021,12 after a long delay.', 'May 4, 2021', '2021-05-04'],
    ['The port reopened in June 2022.4\nTraffic recovered.', 'June 2022', '2022-06'],
  ];
  for (const [text, match, value] of cases) {
    it(`tags ${JSON.stringify(match)} in ${JSON.stringify(text)}`, () => {
      expect(values(text, '2025-01-01')).toContainEqual([match, value]);
    });
  }
  it('does not read decimals or thousands as years', () => {
    expect(values('a rate of 2015.5', '2025-01-01')).toEqual([]);
    expect(values('It cost 2,015 euros.', '2025-01-01')).toEqual([]);
    expect(values('The index stood at 2015.5 points.', '2025-01-01')).toEqual([]);
  });
});

describe('halves and quarters', () => {
  const cases: [string, string][] = [
    ['H1 2026', '2026-H1'],
    ['the first half of 2026', '2026-H1'],
    ['1H 2026', '2026-H1'],
    ['2H 2023', '2023-H2'],
    ['Q3 2024', '2024-Q3'],
    ['the third quarter of 2024', '2024-Q3'],
  ];
  for (const [expr, value] of cases) {
    it(`reads ${JSON.stringify(expr)} as ${value}`, () => {
      expect(values(`Output grew in ${expr}, officials said.`)).toContainEqual([expr, value]);
    });
  }
  it('the second half of the year takes the narrative year', () => {
    expect(values('Exports fell in 2023, but in the second half of the year they recovered.')).toContainEqual(['the second half of the year', '2023-H2']);
  });
  it('a half next to a season keeps both', () => {
    const v = values('The council meets in the first half of 2026, and flights resume from spring 2026.');
    expect(v).toContainEqual(['the first half of 2026', '2026-H1']);
    expect(v).toContainEqual(['spring 2026', '2026-SP']);
  });
});

describe('a day anaphor framed by a named occasion counts from that occasion', () => {
  it('matches: "After the White House summit ... the same evening"', () => {
    const t = 'The leaders met at the White House on 8 August. Talks in Almaty on 10-11 May 2024 had failed. After the White House summit, reaction was swift. Astana welcomed the deal the same evening.';
    expect(values(t)).toContainEqual(['the same evening', '2025-08-08']);
    const u = 'The ministers met in Tashkent on 2 June 2023. The fund was set up on 14 October 2023. Following the Tashkent meeting, the envoys flew home and briefed the press the next day.';
    expect(values(u)).toContainEqual(['the next day', '2023-06-03']);
  });
  it('no match: no frame, or the sentence states its own date', () => {
    const t = 'The leaders met at the White House on 8 August 2025. The envoys met in Baku on 3 March 2024. Reaction was swift. Astana welcomed the deal the same evening.';
    expect(values(t)).toContainEqual(['the same evening', '2024-03-03']);
    const u = 'The leaders met at the White House on 8 August 2025. After the White House summit, the envoys met in Baku on 3 March 2026 and signed a memo the same evening.';
    expect(values(u)).toContainEqual(['the same evening', '2026-03-03']);
  });
});

describe('table rows are not footnoted years', () => {
  it('a value like 2049.2 in a table row is no year', () => {
    const t = 'Years\tExports\tImports\n2017\t603.4\t1156.8\n2018\t4033.6\t2049.2\n2019\t2750.7\t3050.6\n';
    expect(values(t, '2025-01-01').map((x) => x[0])).toEqual(['2017', '2018', '2019']);
  });
});

describe('an occasion named by its month is the day the text gave it', () => {
  it('matches: "at the November summit" after "the summit ... on 6 November"', () => {
    const t = 'The second summit, hosted on 6 November, was the first in Washington. Two weeks later the repeal was endorsed at the November summit.';
    expect(values(t, '2025-11-12')).toContainEqual(['November', '2025-11-06']);
    const u = 'The council session of 4-5 June 2024 ran late. Since the June session, trade has grown.';
    expect(values(u)).toContainEqual(['June', '2024-06-04']);
  });
  it('no match: no dated mention of that occasion, or another month', () => {
    expect(values('The ministers met on 9 November 2025. At the November summit they agreed.', '2025-11-12')).toContainEqual(['November', '2025-11']);
    expect(values('The summit was held on 6 October 2025. At the November summit they agreed.', '2025-11-12')).toContainEqual(['November', '2025-11']);
    // a stated month and year keeps the granularity the text gives
    expect(values('The president visited on 22-23 August 2024. A memorandum signed during the August 2024 visit took effect.')).toContainEqual(['August 2024', '2024-08']);
    // a day next to the occasion is not its day
    const t = 'The summit was hosted on 6 November. On the eve of the summit, on 5 November, the envoys dined. The repeal was endorsed at the November summit.';
    expect(values(t, '2025-11-12')).toContainEqual(['November', '2025-11-06']);
  });
});

describe('"or" between adjacent periods (briefs)', () => {
  it('joins adjacent years or months into one uncertain interval', () => {
    const h = brief('The first units come online in 2030 or 2031.');
    expect(h.map((x) => x.range)).toEqual([{ start: '2030', end: '2031' }, { start: '2030', end: '2031' }]);
    expect(brief('The dam fills in May or June 2027.').filter((x) => x.range).length).toBe(2);
  });
  it('keeps distant alternatives apart', () => {
    expect(brief('Polls were held in 2015 or 2019.').every((x) => !x.range)).toBe(true);
    expect(brief('The dam fills in May or August 2027.').every((x) => !x.range)).toBe(true);
  });
});

describe('source lines as paragraphs (one paragraph per line)', () => {
  const mk = (src: string) => {
    const text = src.replace(/\n/g, ' ');
    const srcStart = Int32Array.from({ length: text.length }, (_, i) => i);
    return { text, srcStart, source: { text: src } } as unknown as Parameters<typeof sourceLineParagraphs>[0];
  };
  const long = 'The envoys met in Almaty on 10-11 May 2024 and agreed on several articles of the draft treaty, though no document was signed and both sides said more work was needed before the leaders could meet again in a larger format.';
  it('a long line ending a sentence starts a new paragraph at the next line', () => {
    const src = `${long}\nAfter the summit, the leaders spoke on 9 August.`;
    expect(sourceLineParagraphs(mk(src))).toEqual([long.length + 1]);
  });
  it('hard-wrapped short lines give none', () => {
    const src = 'The envoys met in Almaty on 10-11 May 2024 and\nagreed on several articles. The leaders spoke\non 9 August.';
    expect(sourceLineParagraphs(mk(src))).toEqual([]);
    expect(sourceLineParagraphs(mk(`${long.slice(0, -1)},\nand then more.`))).toEqual([]);
  });
});

describe('"since X" of an activity is X/DCT; of a state, X (extractDates)', () => {
  const doc = oneParagraphDoc;
  const since = (sentence: string) => {
    const { mentions } = extractDates(doc(`Lake Notes\n9 October 2024\n\n${sentence}`), { messages: [] } as RunContext);
    return mentions.find((m) => /^20\d\d$/.test(m.text) && m.text !== '2024')?.date?.value;
  };
  it('an activity over the period: the interval', () => {
    expect(since('A second dam has been discussed since 2008.')).toBe('2008/2024');
    expect(since('Oil has been shipped through the port since 2010.')).toBe('2010/2024');
  });
  it('a state that began then: the year', () => {
    expect(since('The sturgeon has been listed as endangered since 2008.')).toBe('2008');
    expect(since('Flights have been suspended since 2021.')).toBe('2021');
    expect(since('The observer has been based in Vienna since 2019, and has been discussed since then.')).toBe('2019/2024');
  });
});


describe('more tricky sentences in brief style', () => {
  const cases: [string, string, string, string][] = [
    // [document date, text, expression, value]
    ['2025-09-16', 'TASHKENT, 16 September 2025 — Uzbekistan and Kazakhstan, whose border treaty dates from 2001, opened a new crossing on 29 August.', '29 August', '2025-08-29'],
    ['2025-09-16', 'TASHKENT, 16 September 2025 — The 2019 trade plan was revised in June, officials said.', 'June', '2025-06'],
    ['2025-09-16', 'The 2014 elections were held in October.', 'October', '2014-10'],
    ['2025-09-16', 'In 1994 a ceasefire was signed in Bishkek. On 12 May it took effect.', '12 May', '1994-05-12'],
    ['2025-09-16', 'The railway, first proposed in 1997, was approved on 3 March 2022. Work began on 14 April.', '14 April', '2022-04-14'],
    ['2025-09-16', 'Gas exports fell in 2023. Turkmenistan now sells most of its gas to China, and a new contract was signed on 2 September.', '2 September', '2025-09-02'],
    ['2025-09-16', 'The council was set up in 2019. It met in Baku in 2020 and in Tashkent in 2021. Its third session opened on 5 October.', '5 October', '2021-10-05'],
    ['2025-03-10', 'In 2023 the presidents agreed on a road map. It was signed on 4 December.', '4 December', '2023-12-04'],
    ['2025-09-16', 'BAKU, 16 September 2025 — The ministers met on 8 August, and three days later the text was initialled.', 'three days later', '2025-08-11'],
    ['2025-09-16', 'Cholpon-Ata hosted the session on 5 July 2023. At the same session, and again the next day, ministers signed four documents.', 'the next day', '2023-07-06'],
    ['2025-09-16', 'After the Astana talks, the envoys left. The Astana talks were held on 2 July 2024 and the memorandum was signed on 3 July 2024. In 2025 the sides met again. After the Astana talks, the ministers briefed parliament the following day.', 'the following day', '2024-07-03'],
  ];
  for (const [dct, text, expr, value] of cases) {
    it(`${JSON.stringify(expr)} in ${JSON.stringify(text.slice(0, 60))}… is ${value}`, () => {
      expect(values(text, dct)).toContainEqual([expr, value]);
    });
  }
});

describe('a masthead date that normalization removed (running header)', () => {
  it('reads a date that is a whole field of a wide-gapped masthead line', () => {
    expect(mastheadField('TRADE DESK   Policy Note 11   October 2025\n\nTitle of the note\n')).toBe('2025-10');
    expect(mastheadField('REGIONAL REVIEW\tNo. 3\t14 May 2024\n')).toBe('2024-05-14');
  });
  it('ignores prose and numbers next to a month', () => {
    expect(mastheadField('The council met in October 2025 and agreed a plan.\n')).toBeNull();
    expect(mastheadField('TRADE DESK   Policy Note 11 October   Issue\n')).toBeNull();
  });
  it('findDocumentDate falls back to the source masthead, without a span', () => {
    const src = 'TRADE DESK   Policy Note 11   October 2025\n\nThe ministers met in April 2025 in Baku.\n';
    const text = 'The ministers met in April 2025 in Baku.\n';
    const doc = { ...identityDoc(text, 't.txt'), source: { ...identityDoc(src, 't.txt').source }, sections: [], paragraphs: [], sentences: [], tables: [] } as SegmentedDoc;
    expect(findDocumentDate(doc)).toEqual({ value: '2025-10', method: 'header', span: null });
    expect(findDocumentDate(text).value).toBe('2025-04');
  });
});

describe('properties', () => {
  it('mastheadField and sourceLineParagraphs never throw, and resets lie inside the text', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const v = mastheadField(s);
        expect(v === null || /^\d{4}(?:-\d\d(?:-\d\d)?)?$/.test(v)).toBe(true);
        const src = s.replace(/x/g, '\n');
        const text = src.replace(/\n/g, ' ');
        const srcStart = Int32Array.from({ length: text.length }, (_, i) => i);
        for (const r of sourceLineParagraphs({ text, srcStart, source: { text: src } } as unknown as Parameters<typeof sourceLineParagraphs>[0])) {
          expect(r).toBeGreaterThan(0);
          expect(r).toBeLessThan(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the document\'s present, not a plan year (session 5)', () => {
  it('reads a masthead of several fields apart by middle dots or bars', () => {
    const body = '\n\nIn 2015 the corridor opened. Quotas rise from 2029.';
    expect(findDocumentDate('River Notes\n\nSteppe Water Letters · No. 7 · Almaty, 4 May 2023' + body)).toMatchObject({ value: '2023-05-04', method: 'header' });
    expect(findDocumentDate('Grain\n\nBlack Sea Desk | Issue 2 | Odesa, 1 July 2021' + body)).toMatchObject({ value: '2021-07-01', method: 'header' });
    expect(findDocumentDate('Grain\n\nPort Letters — Note 3 — June 2020' + body)).toMatchObject({ value: '2020-06', method: 'header' });
  });

  it('skips the start year of a planned change in the fallback', () => {
    expect(findDocumentDate('Trade grew in 2019. The quota rises to 3 bcm a year from 2027.')).toMatchObject({ value: '2019', method: 'latest' });
    expect(findDocumentDate('Rates fell in March 2020. New tolls apply starting 2026.')).toMatchObject({ value: '2020-03', method: 'latest' });
    expect(findDocumentDate('Rates fell in March 2020; from the start of 2025 a new toll applies.')).toMatchObject({ value: '2020-03', method: 'latest' });
  });

  it('"last year" counts from the masthead, not from a target year of the text', () => {
    const t = 'Lake Notes · No. 2 · Bishkek, 3 March 2026\n\nThe two sides aim to double exports by 2028, with a new quota from 2027. The minister said in Osh last year that talks were slow.';
    const doc = { ...identityDoc(t, 'b.txt'), sections: [], paragraphs: [], sentences: [], tables: [] } as SegmentedDoc;
    const { documentDate, mentions } = extractDates(doc, { messages: [] } as RunContext);
    expect(documentDate.value).toBe('2026-03-03');
    expect(mentions.find((m) => m.text === 'last year')?.timexValue).toBe('2025');
  });

  it('"N years on" with a present or perfect clause is the present, counted from no plan', () => {
    expect(values('The accord was signed in 2019. Five years on, no pipeline has been built.', '2025-09-16')).toContainEqual(['Five years on', '2025']);
    expect(values('The mill shut in 2016. Six years later the site remains empty.', '2025-09-16')).toContainEqual(['Six years later', '2025']);
    expect(values('The strike began in March 2021. Two months on, the mines are still closed.', '2021-06-10')).toContainEqual(['Two months on', '2021-06']);
    // a past clause counts from the reference
    expect(values('The accord was signed in 2019. Five years on, the pipeline opened.', '2025-09-16')).toContainEqual(['Five years on', '2024']);
    expect(values('The mill shut in 2016. Six years later it reopened.', '2025-09-16')).toContainEqual(['Six years later', '2022']);
  });

  it('a statement dated after what it reports, and a recent day of dated news', () => {
    expect(values('The toll road opened in 2022. Its operator said in February that traffic doubled in 2024.', '2025-09-16')).toContainEqual(['February', '2025-02']);
    expect(values('The toll road opened in 2022. Its operator said in February that traffic would double in 2024.', '2025-09-16')).toContainEqual(['February', '2022-02']);
    const news = 'OSH, 16 September 2025 — Talks ended.\n\nThe union, which struck in April 2022 and won a raise, stayed calm. Its leader spoke on 11 September.';
    expect(values(news)).toContainEqual(['11 September', '2025-09-11']);
    // more than two weeks back, the paragraph's year still holds
    expect(values('OSH, 16 September 2025 — Talks ended.\n\nThe union struck in April 2022. Its leader spoke on 20 May.')).toContainEqual(['20 May', '2022-05-20']);
  });
});

describe('properties of the session-5 checks', () => {
  it('presentClause, inRelativeClause and the stale rules never throw on any text', async () => {
    const fc = (await import('fast-check')).default;
    const { presentClause } = await import('../../../src/extract/dates/rules.js');
    const { inRelativeClause } = await import('../../../src/extract/dates/narrative.js');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), fc.integer({ min: -400, max: 400 }), (s, k, gap) => {
        const at = s.length ? k % s.length : 0;
        expect(typeof presentClause(s)).toBe('boolean');
        expect(typeof inRelativeClause(s, at)).toBe('boolean');
        expect(typeof isStaleAnchor(s, Math.floor(at / 2), at, gap, { ny: 2020, dy: 2025, day: true })).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
