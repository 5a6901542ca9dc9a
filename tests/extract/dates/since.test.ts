/**
 * "since X" in a brief (since.ts SINCE_RULES): the interval X/DCT for an activity, a change or an
 * amount over the period; X for a state, a first happening or a negation. All sentences are
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SINCE_EXAMPLE_DCT, SINCE_RULES, sinceRuleFor } from '../../../src/extract/dates/since.js';
import { extractDates, sinceClause } from '../../../src/extract/dates/index.js';
import { oneParagraphDoc } from '../../helpers/one-paragraph.js';
import type { RunContext } from '../../../src/core/types.js';
import { checkTextRules } from '../../helpers/rules.js';
import { rawText } from '../../helpers/raw.js';
import { analyzeRaw } from '../../../src/pipeline.js';

const doc = oneParagraphDoc;
const [dy, dm, dd] = SINCE_EXAMPLE_DCT.split('-').map(Number) as [number, number, number];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HEAD = `Lake Notes\n${dd} ${MONTHS[dm - 1]} ${dy}\n\n`;

/** The "since X" mention of a sentence read in a brief dated SINCE_EXAMPLE_DCT. */
function sinceMention(sentence: string) {
  const text = HEAD + sentence;
  const { mentions } = extractDates(doc(text), { messages: [] } as RunContext);
  const m = mentions.find((x) => /since\s+$/i.test(text.slice(Math.max(0, x.span.start - 8), x.span.start)));
  if (!m) throw new Error(`no "since X" in ${sentence}`);
  return { m, text };
}
const granOf = (v: string) => (/^\d{4}$/.test(v) ? 'year' : 'month') as 'year' | 'month';

describe('since rules', () => {
  checkTextRules(
    SINCE_RULES,
    { match: 'decides', noMatch: 'does not decide' },
    (rule, sentence) => {
      const { m, text } = sinceMention(sentence);
      const x = m.timexValue;
      expect(sinceRuleFor(sinceClause(text, m.span), granOf(x))?.id).toBe(rule.id);
      if (rule.gives === 'interval') expect(m.date?.value).toBe(`${x}/${SINCE_EXAMPLE_DCT.slice(0, x.length)}`);
      else expect(m.date?.value).toBe(x);
    },
    (rule, sentence) => {
      const { m, text } = sinceMention(sentence);
      expect(sinceRuleFor(sinceClause(text, m.span), granOf(m.timexValue))?.id).not.toBe(rule.id);
    },
  );

  it('a plain activity or state with no cue stays X', () => {
    expect(sinceMention('The consortium has operated the terminal since 2016.').m.date?.value).toBe('2016');
    expect(sinceMention('Night sailings, suspended since 2021, are rare.').m.date?.value).toBe('2021');
  });

  it('an amount with a month stays the month; a change with a month is the interval of months', () => {
    expect(sinceMention('Since March 2022 the port has handled 40 ships.').m.date?.value).toBe('2022-03');
    expect(sinceMention('Freight rates on the line have fallen since May 2022.').m.date).toMatchObject({ value: '2022-05/2024-10', start: '2022-05-01', end: '2024-10-31', granularity: 'range', inferred: true });
  });

  it('a "since X" not before the document date stays X', () => {
    expect(sinceMention('Trade has grown threefold since 2024.').m.date?.value).toBe('2024');
  });
});

describe('"N weeks later" after a month with no day', () => {
  const dates = (sentence: string) => {
    const { mentions } = extractDates(doc(HEAD + sentence), { messages: [] } as RunContext);
    return Object.fromEntries(mentions.map((m) => [m.text, m.date?.value]));
  };
  it('is the interval of the two months it may fall in', () => {
    expect(dates('The corridor council met in March 2021. Two weeks later the tariff was cut.')['Two weeks later']).toBe('2021-03/2021-04');
    expect(dates('The pier was finished in December 2019; three weeks later the first ferry docked.')['three weeks later']).toBe('2019-12/2020-01');
  });
  it('is a day after a day, and the month the text narrows it to', () => {
    expect(dates('The council met on 4 March 2021. Two weeks later the tariff was cut.')['Two weeks later']).toBe('2021-03-18');
    expect(dates('The council met in late March 2021. Two weeks later the tariff was cut.')['Two weeks later']).toBe('2021-04');
    expect(dates('The council met in March 2021. A week later the tariff was cut.')['A week later']).toBe('2021-03');
  });
});

describe('a row of a happening at X itself takes X, not the "since" interval (resolve/events.ts)', () => {
  it('"since 2016 (the year she took office), trade has grown": the taking of office is 2016', async () => {
    const doc = await analyzeRaw(rawText('Harbour notes\n\nPublished 4 March 2030.\n\nSince 2016 (the year Maria Lopez took office as president of Peru), trade between Peru and Chile has grown almost fourfold.', 'since', 1));
    const office = doc.events.find((e) => /took office/.test(e.trigger));
    expect(office?.date.value).toBe('2016');
    expect(doc.dates?.find((d) => d.timexValue === '2016')?.date?.value).toBe('2016/2030');
  });
});

describe('since rules on any text', () => {
  it('never throw, and every "since X" interval starts at X and ends at the document date', () => {
    const piece = fc.constantFrom('Trade ', 'has grown ', 'has not ', 'since ', '2016', 'March 2019', ' 40 ships', ', suspended ', 'the first ', 'every year ', '. ', 'a member ', 'has had ', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const sentence = parts.join('');
        for (const g of ['year', 'month'] as const) sinceRuleFor(sentence, g);
        const text = HEAD + sentence;
        const { mentions } = extractDates(doc(text), { messages: [] } as RunContext);
        for (const m of mentions) {
          const v = m.date?.value ?? '';
          if (!/since\s+$/i.test(text.slice(Math.max(0, m.span.start - 8), m.span.start)) || !v.includes('/')) continue;
          expect(v.startsWith(`${m.timexValue}/`)).toBe(true);
          expect(SINCE_EXAMPLE_DCT.startsWith(v.split('/')[1]!)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
