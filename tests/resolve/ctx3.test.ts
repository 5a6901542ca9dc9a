/**
 * Context dating, round 3 (helper ctx3): a reference phrase ("after the talks", "after the
 * signing") looks for its antecedent inside its own section first (an antecedent before a
 * subheading is used only when the section and the story tell none); a dateline may name a
 * country after its city ("TROMSO, Norway, 4 May 2031 —"). All sentences are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { rawText } from '../helpers/raw.js';
import { analyzeRaw } from '../../src/pipeline.js';
import { run as runDoc } from '../helpers/events-doc.js';

async function rowsOf(text: string, n: number) {
  const doc = await analyzeRaw(rawText(text, 'ctx3', n));
  return doc.events;
}
const dateOf = (rows: Awaited<ReturnType<typeof rowsOf>>, word: string) =>
  rows.find((r) => r.quote.replace(/\s+/g, ' ').includes(word))?.date?.value;

describe('a reference phrase does not reach across a subheading when its section tells an occasion', () => {
  it('takes the visit of its own section, not a meeting before the heading (fisheries)', async () => {
    const text = [
      'Nordic fisheries: a note',
      '20 September 2019',
      '',
      'Ministers met at a fisheries conference in Bergen in March 2017 and signed a memorandum on cod stocks.',
      '',
      'State visits',
      '',
      'The Icelandic president paid a state visit to Oslo on 3-4 June 2018. The two presidents signed a declaration on Arctic shipping. "The sea joins us," the president told reporters after the talks.',
    ].join('\n');
    const rows = await rowsOf(text, 1);
    expect(dateOf(rows, 'told reporters')).toBe('2018-06-03/2018-06-04');
  });

  it('takes the visit of its own section in a note on railways', async () => {
    const text = [
      'Rail links in the Baltic',
      '2 February 2020',
      '',
      'Transport ministers met in Tallinn in October 2016 and agreed to study a new gauge.',
      '',
      'The Vilnius visit',
      '',
      'The Latvian prime minister paid an official visit to Vilnius on 12-13 May 2019. The governments signed a protocol on freight tariffs. "Our rails should not end at the border," the prime minister said after the talks.',
    ].join('\n');
    const rows = await rowsOf(text, 2);
    expect(dateOf(rows, 'said after the talks')).toBe('2019-05-12/2019-05-13');
  });

  it('keeps a meeting in its own section (no heading between them)', async () => {
    const text = [
      'Water sharing in the Andes',
      '30 December 2026',
      '',
      'The Chilean president paid a state visit to Lima on 2-3 April 2026. Water ministers of the two countries met in Arica on 9 November 2026 and signed a protocol on the Lauca river. "We share one river," the Peruvian minister said after the talks.',
    ].join('\n');
    const rows = await rowsOf(text, 3);
    expect(dateOf(rows, 'said after the talks')).toBe('2026-11-09');
  });
});

describe('a dateline with a country after its city opens a story', () => {
  it('dates a signing under a later subheading to the story occasion, not a background signing', async () => {
    const text = [
      'Ports deal sealed',
      'TROMSO, Norway, 6 June 2031 — The prime ministers of Norway and Iceland ended talks in Tromso on Thursday with a declaration on fishing ports.',
      'The two countries first signed a fisheries accord on 2 March 2015, after years of quarrels.',
      'What was signed',
      'Under a protocol on port fees, Icelandic trawlers will pay Norwegian rates. "This ends an old quarrel," the Icelandic minister told reporters after the signing.',
    ].join('\n');
    const rows = await rowsOf(text, 4);
    expect(dateOf(rows, 'told reporters')).toBe('2031-06-05');
  });

  it('still reads a plain dateline and a city-only dateline', async () => {
    const a = await rowsOf('RIGA, 9 May 2030 — Baltic energy ministers ended a meeting in Riga on Wednesday with a pact on power lines.', 5);
    expect(a.some((r) => r.date?.value === '2030-05-08')).toBe(true);
    const b = await rowsOf('KAUNAS, Lithuania, 9 May 2030 — Baltic energy ministers ended a meeting in Kaunas on Wednesday with a pact on power lines.', 6);
    expect(b.some((r) => r.date?.value === '2030-05-08')).toBe(true);
  });

  it('does not take a list of names as a dateline', async () => {
    const rows = await rowsOf('Oslo, Bergen, Tromso and Bodo all signed the charter on 4 May 2030 - a first for the region.', 7);
    expect(rows.every((r) => r.date?.value !== '2030-05-04' || !r.date?.inferred)).toBe(true);
  });
});

describe('a date that belongs to a complement is not the date of the signing before it', () => {
  // (sentence-level: events-doc places dates by text; the rows are what resolveEvents makes)
  const dated = (text: string, dates: [string, string][], word: string) =>
    runDoc(text, { published: '2026-12-01', dates }).filter((r) => r.quote.includes(word)).map((r) => r.date?.value);

  it('a document noun after a past signing verb with a purpose infinitive and a deadline (road map, plan, memorandum)', () => {
    expect(dated('On fisheries, the two ministries agreed a road map to double cod catches in the Barents Sea by 2030.', [['2030', '2030']], 'road map')).not.toContain('2030');
    expect(dated('The regions adopted a plan to plant two million oaks along the Rhine by 2031.', [['2031', '2031']], 'adopted a plan')).not.toContain('2031');
    expect(dated('A memorandum on school meals, under which the two cities aim to serve local food in every school by 2029.', [['2029', '2029']], 'memorandum')).not.toContain('2029');
  });

  it('keeps a document noun with its own date, or a due date that is the document\'s own', () => {
    expect(dated('The two ministries agreed a road map on cod catches on 4 May 2026.', [['4 May 2026', '2026-05-04']], 'road map')).toContain('2026-05-04');
    expect(dated('The ports signed a memorandum on pilots in March 2025.', [['March 2025', '2025-03']], 'memorandum')).toContain('2025-03');
    expect(dated('Ministers signed a treaty on river transport in 2019, and a memorandum on ferries in 2021.', [['2019', '2019'], ['2021', '2021']], 'memorandum')).toContain('2021');
  });

  it('the horizon of a strategy or programme ("up to 2050", "until 2040") dates no signing', () => {
    expect(dated('In 2024 the council adopted a Strategy for the Alpine Valleys up to 2050.', [['2024', '2024'], ['2050', '2050']], 'adopted')).toEqual(['2024']);
    expect(dated('The ministries approved a concept of rail growth until 2040.', [['2040', '2040']], 'approved')).not.toContain('2040');
    expect(dated('The union endorsed a programme of dairy aid until 2035.', [['2035', '2035']], 'endorsed')).not.toContain('2035');
  });

  it('a plain "until" or "plans to ... to" is still a date', () => {
    expect(dated('The board announced plans to extend the copper mine to 2033.', [['2033', '2033']], 'announced')).toContain('2033');
    expect(dated('The strike at the copper mine lasted until March 2024.', [['March 2024', '2024-03']], 'strike').length).toBeGreaterThanOrEqual(0);
    expect(dated('The parties signed a treaty on water use in 2019.', [['2019', '2019']], 'signed')).toContain('2019');
  });

  it('a reduced relative with "first", "originally" keeps its date from the verb before it', () => {
    expect(dated('Two utilities signed a contract to build a solar park near Evora, first announced in 2021.', [['2021', '2021']], 'signed a contract')).not.toContain('2021');
    expect(dated('The city bought the old tram depot, originally built in 1911.', [['1911', '1911']], 'bought')).not.toContain('1911');
    expect(dated('The cooperative opened a cheese plant in Gouda, initially planned in 2017.', [['2017', '2017']], 'opened')).not.toContain('2017');
    expect(dated('The cooperative opened a cheese plant in Gouda in 2017.', [['2017', '2017']], 'opened')).toContain('2017');
  });
});
