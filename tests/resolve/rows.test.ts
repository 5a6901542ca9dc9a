/**
 * One row per happening (resolve/events.ts, oneRowPerHappening): a verb and the document it
 * makes give one row whose span reaches the document; one trigger dated twice gives one row (a
 * year that only names a thing, a change "from A in Y1 to B in Y2", a baseline "from 4 tonnes
 * in 2025"). All sentences are the project's own, on topics of their own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completedTail } from '../../src/resolve/events.js';
import { run } from '../helpers/events-doc.js';

const rows = (text: string, dates: [string, string][]) => run(text, { dates, published: '2026-06-01' });
const quoteOf = (text: string, r: { span: { start: number; end: number } }) => text.slice(r.span.start, r.span.end);

describe('a verb and the document it makes are one row', () => {
  const cases: [string, [string, string][], string][] = [
    [
      'On 4 March 2019, during the regional forum in Tallinn, the ministers of Estonia and Latvia signed an agreement on the joint management of herring stocks.',
      [['4 March 2019', '2019-03-04']],
      'agreement',
    ],
    [
      'On 9 October 2022, during the water conference in Geneva, the presidents of Chile and Peru signed a memorandum on cross-border rivers.',
      [['9 October 2022', '2022-10-09']],
      'memorandum',
    ],
    ['In May 2015 the health ministers of Ghana and Togo adopted a joint declaration on malaria control.', [['May 2015', '2015-05']], 'declaration'],
    ['The railway boards of Austria and Slovenia concluded a new contract on freight slots in June 2021.', [['June 2021', '2021-06']], 'contract'],
  ];
  for (const [text, dates, noun] of cases) {
    it(`one agreement row reaching "${noun}"`, () => {
      const got = rows(text, dates).filter((r) => r.type === 'agreement');
      expect(got).toHaveLength(1);
      expect(got[0]!.date.value).toBe(dates[0]![1]);
      expect(quoteOf(text, got[0]!)).toContain(noun);
    });
  }
});

describe('one trigger dated twice is one row', () => {
  it('a year that names a document dates no verb beside the stated date', () => {
    const cases: [string, [string, string][], string][] = [
      ['The parliament endorsed its 2035 climate strategy in April 2022.', [['2035', '2035'], ['April 2022', '2022-04']], '2022-04'],
      ['The city council adopted the 2040 transport plan in November 2019.', [['2040', '2040'], ['November 2019', '2019-11']], '2019-11'],
      ['The league approved its 2030 Vision in March 2023 after long talks.', [['2030', '2030'], ['March 2023', '2023-03']], '2023-03'],
    ];
    for (const [text, dates, want] of cases) {
      const got = rows(text, dates);
      expect(got.map((r) => r.date.value), text).toEqual([want]);
    }
  });

  it('a document named by its year stays one signing when the sentence tells the signing', () => {
    const text = 'Disputes are to be settled under the 1994 Treaty, signed in Lisbon on 3 May 1994.';
    const got = rows(text, [['1994', '1994'], ['3 May 1994', '1994-05-03']]);
    expect(got.map((r) => r.date.value)).toEqual(['1994-05-03']);
  });

  it('a year told as a time by a preposition still dates ("from the 2020 harvest")', () => {
    const text = 'The ministry lifted the export quota, effective from the 2020 harvest.';
    const got = rows(text, [['2020', '2020']]);
    expect(got.map((r) => r.date.value)).toEqual(['2020']);
  });

  it('a change from a level in one year to another in a later one is one row over the range', () => {
    const cases: [string, [string, string][], string][] = [
      ['The number of cruise calls at Split rose from about 90 in 2019 to more than 300 last year.', [['2019', '2019'], ['last year', '2025']], '2019/2025'],
      ['Rice exports from Vietnam fell from 6 million tonnes in 2017 to 4 million tonnes the following year.', [['2017', '2017'], ['the following year', '2018']], '2017/2018'],
      ['Visitor numbers grew from 12,000 in 2021 to almost 40,000 last year.', [['2021', '2021'], ['last year', '2025']], '2021/2025'],
    ];
    for (const [text, dates, want] of cases) {
      const got = rows(text, dates).filter((r) => r.type === 'economic');
      expect(got.map((r) => r.date.value), text).toEqual([want]);
      expect(quoteOf(text, got[0]!)).toContain(dates[0]![0]);
    }
  });

  it('a baseline year dates no agreement or plan', () => {
    const cases: [string, [string, string][]][] = [
      ['The ministers agreed to raise bus traffic on the line from about 2 million passengers in 2024 to 5 million a year.', [['2024', '2024']]],
      ['The two utilities agreed to cut losses from 14 percent in 2023 to half that level.', [['2023', '2023']]],
      ['The port authorities agreed to lift handling from 300,000 TEU in 2022 to a million.', [['2022', '2022']]],
    ];
    for (const [text, dates] of cases) {
      const got = rows(text, dates).filter((r) => r.date.value === dates[0]![1]);
      expect(got, text).toEqual([]);
    }
  });

  it('a baseline "against less than 1% in 2021" leaves the change its own date', () => {
    const cases: [string, [string, string][], string][] = [
      ['Solar output reached about 900 GWh last year, against less than 100 GWh in 2020.', [['last year', '2025'], ['2020', '2020']], '2025'],
      ['Wheat exports grew to 3 million tonnes in 2024, compared with just over 1 million in 2021.', [['2024', '2024'], ['2021', '2021']], '2024'],
      ['Coffee exports rose to 2.1 million bags in 2023, up from 1.4 million in 2019.', [['2023', '2023'], ['2019', '2019']], '2023'],
    ];
    for (const [text, dates, want] of cases) {
      const got = rows(text, dates).filter((r) => r.type === 'economic');
      expect(got.map((r) => r.date.value), text).toEqual([want]);
    }
  });

  it('keeps a change dated by its own level year', () => {
    const text = 'Grain exports rose to 9 million tonnes in 2024.';
    expect(rows(text, [['2024', '2024']]).map((r) => r.date.value)).toEqual(['2024']);
  });
});

describe('a happening told again is no second row', () => {
  it('a later "the autumn 2031 summit" names the summit planned before', () => {
    const cases: [string, [string, string][]][] = [
      ['The next summit, planned for autumn 2031, will meet in Oslo. Whether the pledges last until the autumn 2031 summit is unclear.', [['autumn 2031', '2031-FA'], ['the autumn 2031', '2031-FA']]],
      ['A ministerial meeting is scheduled for March 2030 in Lima. Few expect progress before the March 2030 meeting itself.', [['March 2030', '2030-03'], ['the March 2030', '2030-03']]],
      ['The leaders hold a summit each spring; the next is set for spring 2029. Much depends on the spring 2029 summit.', [['spring 2029', '2029-SP'], ['the spring 2029', '2029-SP']]],
    ];
    for (const [text, dates] of cases) {
      const got = rows(text, dates).filter((r) => r.type === 'meeting');
      expect(got.map((r) => r.date.value), text).toEqual([dates[0]![1]]);
    }
  });

  it('"told reporters after the talks": the talks are the occasion told before, no row of their own', () => {
    const cases: [string, [string, string][], string][] = [
      [
        'Berg returned the visit in the spring of 2029, her first trip to Lima in ten years. The two presidents held the first meeting of the joint council and signed a trade treaty. "Peru is closer than the map says," Berg told journalists after the talks. At the same meeting the sides agreed to open a consulate.',
        [['the spring of 2029', '2029-SP']],
        'talks',
      ],
      ['The Chilean president made a state visit to Quito in May 2027. The two leaders held talks on water and fisheries. "We share one ocean," she told reporters after the talks.', [['May 2027', '2027-05']], 'talks'],
      ['The Ghanaian foreign minister travelled to Lome in June 2028. He held a long meeting with his Togolese counterpart. He told the press after the meeting that the border post would reopen.', [['June 2028', '2028-06']], 'meeting'],
    ];
    for (const [text, dates, noun] of cases) {
      const got = run(text, { dates, published: '2031-06-01' });
      const told = got.find((r) => r.trigger === 'told');
      expect(told?.date.value, text).toBe(dates[0]![1]);
      expect(got.filter((r) => r.trigger === noun && quoteOf(text, r).startsWith('after')), text).toEqual([]);
    }
  });

  it('keeps a framing noun told with words of its own ("during the visit of X to Y")', () => {
    const text =
      'After a gap of five years, Chile and Peru held their first high-level meeting in 2012. During the visit of the Chilean president to Peru, the heads of state pledged to support each other.';
    const got = run(text, { dates: [['2012', '2012']], published: '2031-06-01' });
    expect(got.some((r) => r.type === 'visit' && r.date.value === '2012')).toBe(true);
  });

  it('keeps a later meeting of another date', () => {
    const text = 'The next summit, planned for autumn 2031, will meet in Oslo. Nothing was decided at the spring 2031 summit.';
    const got = rows(text, [['autumn 2031', '2031-FA'], ['the spring 2031', '2031-SP']]).filter((r) => r.type === 'meeting');
    expect(got.map((r) => r.date.value).sort()).toEqual(['2031-FA', '2031-SP']);
  });
});

describe('a phase that began when something happened is that happening', () => {
  it('keeps the happening of the "when" clause only', () => {
    const cases: [string, [string, string][], string][] = [
      ['A new phase began in 2019, when the presidents of Austria and Slovenia met in Vienna.', [['2019', '2019']], 'meeting'],
      ['A new chapter opened in 2014, when Ghana and Togo signed a border treaty.', [['2014', '2014']], 'agreement'],
      ['A new stage started in March 2021, when the Chilean president visited Lima.', [['March 2021', '2021-03']], 'visit'],
    ];
    for (const [text, dates, type] of cases) {
      const got = rows(text, dates);
      expect(got.map((r) => r.type), text).toEqual([type]);
    }
  });
});

describe('an invitation to a meeting of the same date is that meeting', () => {
  it('keeps one meeting row reaching the invitation', () => {
    const cases: [string, [string, string][]][] = [
      ['In May 2030, the Chilean president was invited for the first time to the summit of Pacific leaders in Lima.', [['May 2030', '2030-05']]],
      ['In June 2027 the Ghanaian minister was invited to the conference of coastal states in Accra as a guest.', [['June 2027', '2027-06']]],
      ['In October 2022, the mayor of Split was invited to attend the forum of Adriatic cities in Bari.', [['October 2022', '2022-10']]],
    ];
    for (const [text, dates] of cases) {
      const got = rows(text, dates);
      expect(got.map((r) => r.type), text).toEqual(['meeting']);
      expect(quoteOf(text, got[0]!), text).toContain('invited');
    }
  });
});

describe('a span does not stop on a word that cannot end a phrase (completedTail)', () => {
  const tail = (text: string, upTo: string) => {
    const s = completedTail(text, { start: 0, end: text.indexOf(upTo) + upTo.length }, text.length);
    return text.slice(s.start, s.end);
  };
  it('reaches the rest of the phrase, across a line break', () => {
    expect(tail('In 2019 Peru joined the fishing talks of the\nSouth Pacific states for the first time.', 'talks of the')).toBe(
      'In 2019 Peru joined the fishing talks of the\nSouth Pacific states',
    );
    expect(tail('Ghana signed a grid deal with Togo in 2014.', 'deal with')).toBe('Ghana signed a grid deal with Togo in 2014');
    expect(tail('The mayor spoke warmly of "a new bridge" in Split.', 'warmly of')).toBe('The mayor spoke warmly of "a new bridge"');
  });
  it('leaves a span that ends a phrase alone', () => {
    const text = 'In 2019 Peru joined the talks. Then it left.';
    expect(completedTail(text, { start: 0, end: 30 }, text.length)).toEqual({ start: 0, end: 30 });
    const t2 = 'Austria and Slovenia met in Vienna and, a year later, in Ljubljana.';
    expect(completedTail(t2, { start: 0, end: t2.indexOf(' and,') + 4 }, t2.length)).toEqual({ start: 0, end: t2.indexOf(' and,') + 4 });
  });
});

describe('a passive whose subject is denied by "no" is no happening', () => {
  it('drops "no agreement has been signed"', () => {
    const cases: [string, [string, string][]][] = [
      ['Six years on, no water-sharing agreement has been signed between Chile and Peru.', [['Six years on', '2031']]],
      ['No summit of the Adriatic mayors was held in 2019.', [['2019', '2019']]],
      ['Since 2015 no new consulate has been opened in Bari.', [['2015', '2015']]],
    ];
    for (const [text, dates] of cases) expect(rows(text, dates).filter((r) => r.state !== 'absent'), text).toEqual([]);
  });
  it('keeps one that is not denied', () => {
    const text = 'A water-sharing agreement was signed between Chile and Peru in 2019.';
    expect(rows(text, [['2019', '2019']]).map((r) => r.type)).toEqual(['agreement']);
  });
});

describe('property: merged rows stay valid', () => {
  it('no input throws and every span lies in the text', () => {
    const words = ['signed', 'an', 'agreement', 'on', 'fish', 'in', '2020', 'from', '5', 'tonnes', 'to', 'rose', 'the', '2030', 'plan', 'adopted', ',', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), (ws) => {
        const text = `The ministers ${ws.join(' ')} today.`;
        const dates: [string, string][] = text.includes(' 2020') ? [['2020', '2020']] : [];
        for (const r of rows(text, dates)) {
          expect(r.span.start).toBeGreaterThanOrEqual(0);
          expect(r.span.end).toBeLessThanOrEqual(text.length);
          expect(r.span.start).toBeLessThanOrEqual(r.span.end);
        }
      }),
      { numRuns: 150 },
    );
  });
});
