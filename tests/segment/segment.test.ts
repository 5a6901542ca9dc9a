import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SegmentedDoc, SourceDoc, Span } from '../../src/core/types.js';
import { normalize } from '../../src/normalize/index.js';
import { segment, splitSentences } from '../../src/segment/index.js';

function src(text: string, id = 'test.txt'): SourceDoc {
  return { id, path: id, sha256: 'x', format: 'txt', encoding: 'utf-8', text, pages: [], bytes: text.length };
}

function seg(text: string, id?: string): SegmentedDoc {
  const ctx = { messages: [] };
  return segment(normalize(src(text, id), ctx), ctx);
}

const slice = (d: SegmentedDoc, s: Span): string => d.text.slice(s.start, s.end);
const inside = (a: Span, b: Span): boolean => a.start >= b.start && a.end <= b.end;

/** Structural invariants every segmentation must keep. */
function checkInvariants(d: SegmentedDoc): void {
  const n = d.text.length;
  let prevEnd = 0;
  d.sections.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.span.start).toBe(i === 0 ? s.span.start : prevEnd);
    expect(s.span.end).toBeGreaterThanOrEqual(s.span.start);
    prevEnd = s.span.end;
    if (s.headingSpan) {
      expect(inside(s.headingSpan, s.span)).toBe(true);
      expect(slice(d, s.headingSpan)).toBe(s.heading);
    }
  });
  if (d.sections.length > 0) expect(d.sections[d.sections.length - 1]!.span.end).toBe(n);
  d.paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(inside(p.span, d.sections[p.section]!.span)).toBe(true);
    expect(p.span.end).toBeGreaterThan(p.span.start);
  });
  let last = -1;
  d.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.span.start).toBeGreaterThanOrEqual(last); // no overlap, in order
    expect(s.span.end).toBeGreaterThan(s.span.start);
    last = s.span.end;
    expect(inside(s.span, d.paragraphs[s.paragraph]!.span)).toBe(true);
    expect(inside(s.span, d.sections[s.section]!.span)).toBe(true);
    expect(s.section).toBe(d.paragraphs[s.paragraph]!.section);
    const t = slice(d, s.span);
    expect(t).toBe(t.trim());
    expect(t).not.toContain('\n');
    for (const tb of d.tables) expect(s.span.end <= tb.span.start || s.span.start >= tb.span.end).toBe(true);
  });
  d.tables.forEach((t, i) => {
    expect(t.index).toBe(i);
    expect(inside(t.span, d.sections[t.section]!.span)).toBe(true);
    if (t.captionSpan) expect(inside(t.captionSpan, d.sections[t.section]!.span)).toBe(true);
    for (const r of [...(t.header ? [t.header] : []), ...t.rows]) {
      expect(inside(r.span, t.span)).toBe(true);
      expect(r.cells.length).toBeGreaterThanOrEqual(2);
      for (const c of r.cells) {
        expect(inside(c.span, r.span)).toBe(true);
        expect(slice(d, c.span)).toBe(c.text);
      }
    }
  });
}

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  const SPLIT: [string, string[]][] = [
    ['The visit ended. Talks resumed in May.', ['The visit ended.', 'Talks resumed in May.']],
    ['Did they agree? Nobody knows!', ['Did they agree?', 'Nobody knows!']],
    ['Trade rose in 2011. 2012 was worse.', ['Trade rose in 2011.', '2012 was worse.']],
    ['He said “we will sign.” The deal followed.', ['He said “we will sign.”', 'The deal followed.']],
    ['The pipeline (finished in 2006.) The next one.', ['The pipeline (finished in 2006.)', 'The next one.']],
    ['Grain, oil, metals, etc. The list goes on.', ['Grain, oil, metals, etc.', 'The list goes on.']],
    ['It grew fast! “Remarkable,” said one.', ['It grew fast!', '“Remarkable,” said one.']],
    ['It ended in the U.K. and France. Then peace.', ['It ended in the U.K. and France.', 'Then peace.']],
  ];
  const NO_SPLIT = [
    'Relations with the U.S. Department of State improved.',
    'Dr. Levente Horváth directs the centre.',
    'Imports of grain, e.g. Kazakh wheat, rose.',
    'In the last full year (i.e. 2019) trade grew.',
    'Resolution No. 5 was adopted.',
    'He met J. Smith in Baku.',
    'They visited St. Petersburg in June.',
    'Trade grew by 2.5 percent to $13.3 million.',
    'Grain, oil, metals, etc. were shipped via Aktau.',
    'The council met in Mr. Aliyev’s office.',
  ];
  for (const [input, expected] of SPLIT) {
    it(`splits: ${input}`, () => {
      expect(sentences(input)).toEqual(expected);
    });
  }
  for (const input of NO_SPLIT) {
    it(`does not split: ${input}`, () => {
      expect(sentences(input)).toEqual([input]);
    });
  }
  it('offsets are absolute with a base and trimmed', () => {
    expect(splitSentences('  One. Two.  ', 10)).toEqual([
      { start: 12, end: 16 },
      { start: 17, end: 21 },
    ]);
  });
});

describe('segment: structure', () => {
  it('markdown headings make sections, with levels from the original', () => {
    const d = seg('Lead text before the title.\n\n# Main title\n\nFirst paragraph here.\n\n## Sub part\n\nSecond one. With two sentences.');
    checkInvariants(d);
    expect(d.sections.map((s) => [s.heading, s.level])).toEqual([
      [null, 0],
      ['Main title', 1],
      ['Sub part', 2],
    ]);
    expect(d.paragraphs).toHaveLength(3);
    expect(d.sentences.map((s) => slice(d, s.span))).toEqual([
      'Lead text before the title.',
      'First paragraph here.',
      'Second one.',
      'With two sentences.',
    ]);
    expect(d.sentences.map((s) => s.section)).toEqual([0, 1, 2, 2]);
  });

  it('a document that starts with a heading has no empty lead section', () => {
    const d = seg('## **Bold heading**\n\nBody text. More text.');
    checkInvariants(d);
    expect(d.sections).toHaveLength(1);
    expect(d.sections[0]!.heading).toBe('Bold heading');
    expect(d.sections[0]!.level).toBe(2);
  });

  it('a plain-text heading: short line standing alone, no final period, followed by a paragraph', () => {
    const prose = 'The two countries signed a transit agreement in 2019 and opened a new ferry line across the sea.';
    const d = seg(`Title of the Brief\n\n${prose}\n\nEnergy relations\n\n${prose} ${prose}\n\nNot a heading.\n\n${prose}`);
    checkInvariants(d);
    // The first title line is front matter (no prose before it): it stays in the lead section.
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Energy relations']);
    expect(d.sentences.filter((s) => s.section === 1)).toHaveLength(4);
  });

  it('a plain-text heading in hard-wrapped text', () => {
    const body = [
      'Armenia, Azerbaijan and Georgia have contacts with the countries of',
      'Central Asia in several regional platforms, as well as within several',
      'international organisations, most of them backed by western donors.',
    ].join('\n');
    const d = seg(`${body}\n\nPolitical relations\n${body}\nSecurity\n${body}`);
    checkInvariants(d);
    expect(d.sections.map((s) => s.heading)).toEqual([null, 'Political relations', 'Security']);
  });

  it('a table with a two-line caption and a header row', () => {
    const d = seg(
      [
        'Trade has grown over the years.',
        '',
        '**Table 2:** Grain shipments across the border, by',
        'season and direction (in thousands of tonnes)',
        '',
        'Season\tNorthbound\tSouthbound',
        '2015\t812.5\t1204.0',
        '2016\t790.25\t1350.75',
        '',
        'Source: national statistics office.',
      ].join('\n'),
    );
    checkInvariants(d);
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.caption).toBe('Table 2: Grain shipments across the border, by season and direction (in thousands of tonnes)');
    expect(slice(d, t.captionSpan!)).toBe(t.caption);
    expect(t.header!.cells.map((c) => c.text)).toEqual(['Season', 'Northbound', 'Southbound']);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['2015', '812.5', '1204.0'],
      ['2016', '790.25', '1350.75'],
    ]);
    // Table rows and the caption are not prose sentences.
    expect(d.sentences.map((s) => slice(d, s.span))).toEqual([
      'Trade has grown over the years.',
      'Source: national statistics office.',
    ]);
  });

  it('an empty "Table N:" label takes the caption text found after the rows', () => {
    const d = seg(['Table 4:', '', 'Year\tValue', '2020\t5.5', '2021\t7.0', '', 'Exports of grain (million dollars)', '', 'Source: customs.'].join('\n'));
    checkInvariants(d);
    expect(d.tables[0]!.caption).toBe('Table 4: Exports of grain (million dollars)');
    expect(d.sentences.map((s) => slice(d, s.span))).toEqual(['Source: customs.']);
  });

  it('a numeric first row is not a header', () => {
    const d = seg('Intro line.\n\n2017\t1.0\n2018\t2.0');
    checkInvariants(d);
    expect(d.tables[0]!.header).toBeNull();
    expect(d.tables[0]!.rows).toHaveLength(2);
    expect(d.tables[0]!.caption).toBeNull();
  });

  it('list items and hard breaks are separate sentences', () => {
    const d = seg('The aims are:\n- more trade\n- better roads\n\n**Editor:**  \nDr. Levente Horváth');
    checkInvariants(d);
    expect(d.sentences.map((s) => slice(d, s.span))).toEqual([
      'The aims are:',
      'more trade',
      'better roads',
      'Editor:',
      'Dr. Levente Horváth',
    ]);
  });

  it('empty text', () => {
    const d = seg('');
    checkInvariants(d);
    expect(d.paragraphs).toEqual([]);
    expect(d.sentences).toEqual([]);
    expect(d.sections).toHaveLength(1);
  });
});

describe('segment: properties', () => {
  const PARTS = ['Word', 'word', ' ', '. ', '? ', '\n', '\n\n', '\t', '# ', '## ', 'Table 1: ', '2017', '3.5', 'U.S. ', '“', '”', '- ', '**', ':'];
  it('never throws and keeps every invariant', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 80 }), (parts) => {
        checkInvariants(seg(parts.join('')));
      }),
      { numRuns: 500 },
    );
  });

  const PIPE_PARTS = ['| ', ' |', '|', '---', ':--:', '|---|---|', 'Year', ' 2019 ', '12.5', '\n', '\n\n', ' ', 'Table 2: ', 'x', '\\|', '**', '\t'];
  it('a pipe line with fewer than two cells is not a table row (a case fast-check found)', () => {
    const d = seg('|---|---|| \n| | ', 'p.md');
    checkInvariants(d);
  });

  it('never throws and keeps every invariant on pipe-heavy text; no cell holds a pipe', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIPE_PARTS), { maxLength: 80 }), (parts) => {
        const d = seg(parts.join(''), 'p.md');
        checkInvariants(d);
        for (const t of d.tables) {
          for (const r of [...(t.header ? [t.header] : []), ...t.rows]) {
            for (const c of r.cells) {
              expect(slice(d, c.span)).toBe(c.text);
              if (!d.text.slice(r.span.start, r.span.end).includes('\t')) expect(c.text.replace(/\\\|/g, '')).not.toContain('|');
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('segment: golden counts for the shipped briefs', () => {
  const dir = new URL('../../sources/', import.meta.url);
  const goldenFile = new URL('./golden.json', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  type Golden = Record<string, { sections: number; paragraphs: number; sentences: number; tables: number; headings: string[]; captions: (string | null)[] }>;
  const actual: Golden = {};
  for (const f of files) {
    const d = seg(readFileSync(new URL(f, dir), 'utf8'), f);
    actual[f] = {
      sections: d.sections.length,
      paragraphs: d.paragraphs.length,
      sentences: d.sentences.length,
      tables: d.tables.length,
      headings: d.sections.filter((s) => s.heading !== null).map((s) => s.heading!),
      captions: d.tables.map((t) => t.caption),
    };
    it(`${f}: invariants`, () => checkInvariants(d));
  }
  it('matches tests/segment/golden.json (UPDATE_GOLDEN=1 rewrites it)', () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, JSON.stringify(actual, null, 2) + '\n');
    expect(existsSync(goldenFile)).toBe(true);
    const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as Golden;
    expect(actual).toEqual(golden);
  });
});

describe('segment: markdown pipe tables', () => {
  const cellTexts = (d: SegmentedDoc, r: { cells: { span: Span; text: string }[] }): string[] =>
    r.cells.map((c) => {
      expect(slice(d, c.span)).toBe(c.text);
      expect(c.text).not.toContain('|');
      expect(c.text).toBe(c.text.trim());
      return c.text;
    });

  it('reads a pipe table with a caption and an alignment row like a tab-separated one', () => {
    const text =
      '## Freight\n\nRail cargo through the corridor grew steadily over the period under review.\n\n' +
      '**Table 3:** Cargo carried by rail (in thousand tons)\n\n' +
      '| Year | Westbound | Eastbound |\n|:-----|---------:|:--------:|\n| 2017 | 310.2 | 95.4 |\n| 2018 | 355.0 | 101.7 |\n\n' +
      'The eastbound flow stayed small.\n';
    const d = seg(text, 't.md');
    checkInvariants(d);
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.caption).toBe('Table 3: Cargo carried by rail (in thousand tons)');
    expect(slice(d, t.captionSpan!)).toBe('Table 3: Cargo carried by rail (in thousand tons)');
    expect(t.section).toBe(d.sections.findIndex((s) => s.heading === 'Freight'));
    expect(cellTexts(d, t.header!)).toEqual(['Year', 'Westbound', 'Eastbound']);
    expect(t.rows.map((r) => cellTexts(d, r))).toEqual([
      ['2017', '310.2', '95.4'],
      ['2018', '355.0', '101.7'],
    ]);
    // Neither the rows nor the alignment row become sentences.
    expect(d.sentences.map((s) => slice(d, s.span))).toEqual([
      'Rail cargo through the corridor grew steadily over the period under review.',
      'The eastbound flow stayed small.',
    ]);
  });

  it('gives the same rows as the tab-separated form of the table', () => {
    const piped = seg('Intro line of text that explains the table below in full.\n\nTable 2: Ships (units)\n\n| Port | 2021 | 2022 |\n|---|---|---|\n| Poti | 14 | 17 |\n| Batumi | 9 | 11 |\n', 'p.md');
    const tabbed = seg('Intro line of text that explains the table below in full.\n\nTable 2: Ships (units)\n\nPort\t2021\t2022\nPoti\t14\t17\nBatumi\t9\t11\n', 't.md');
    const shape = (d: SegmentedDoc) =>
      d.tables.map((t) => ({ caption: t.caption, section: t.section, rows: [...(t.header ? [t.header] : []), ...t.rows].map((r) => r.cells.map((c) => c.text)) }));
    expect(shape(piped)).toEqual(shape(tabbed));
    expect(piped.tables).toHaveLength(1);
  });

  it('reads a pipe table without outer pipes', () => {
    const d = seg('Wheat harvest by region, in thousand tonnes\n\nRegion | 2020 | 2021\n--- | :---: | ---:\nNorth | 120 | 134\nSouth | 88 | 91\n', 'n.md');
    checkInvariants(d);
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.caption).toBe('Wheat harvest by region, in thousand tonnes');
    expect(cellTexts(d, t.header!)).toEqual(['Region', '2020', '2021']);
    expect(t.rows.map((r) => cellTexts(d, r))).toEqual([
      ['North', '120', '134'],
      ['South', '88', '91'],
    ]);
  });

  it('keeps empty cells and cells after an empty one in place', () => {
    const d = seg('| Item | Q1 | Q2 |\n|---|---|---|\n| Fuel |  | 7.5 |\n', 'e.md');
    const t = d.tables[0]!;
    expect(t.rows.map((r) => cellTexts(d, r))).toEqual([['Fuel', '', '7.5']]);
  });

  it('does not take a line with a single pipe in prose for a table', () => {
    const text = 'The ministry published two options, rail | road, and asked for comments by spring.\nA second line follows here.\n\nAnother paragraph with a | in it.\n';
    const d = seg(text, 'x.md');
    checkInvariants(d);
    expect(d.tables).toHaveLength(0);
    expect(d.sentences.map((s) => slice(d, s.span)).join(' ')).toContain('rail | road');
  });

  it('does not take pipe lines without an alignment row or outer pipes for a table', () => {
    const d = seg('Options: A | B\nChoices: C | D\n', 'y.md');
    expect(d.tables).toHaveLength(0);
  });

  it('splits prose from a pipe table that follows it without a blank line', () => {
    const d = seg('Table 5: Grants (USD million)\n| Donor | 2022 |\n|---|---|\n| Fund A | 3.5 |\n', 'z.md');
    checkInvariants(d);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]!.caption).toBe('Table 5: Grants (USD million)');
    expect(d.tables[0]!.rows.map((r) => cellTexts(d, r))).toEqual([['Fund A', '3.5']]);
  });
});

describe('segment: plain-text tables', () => {
  const cellTexts = (d: SegmentedDoc, r: { cells: { span: Span; text: string }[] }): string[] =>
    r.cells.map((c) => {
      expect(slice(d, c.span)).toBe(c.text);
      return c.text;
    });

  it('reads pipe rows without outer pipes or an alignment row when the rows hold numbers', () => {
    const d = seg('Traffic grew again.\n\nTable 3. Port calls (ships)\nPort | 2022 | 2023\nAktau | 210 | 234\nBaku | 455 | 502\n\nMore prose follows.\n', 'b.txt');
    checkInvariants(d);
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.caption).toBe('Table 3. Port calls (ships)');
    const all = [...(t.header ? [t.header] : []), ...t.rows].map((r) => cellTexts(d, r));
    expect(all).toEqual([
      ['Port', '2022', '2023'],
      ['Aktau', '210', '234'],
      ['Baku', '455', '502'],
    ]);
  });

  it('takes a caption line that ends a paragraph right above the rows (no blank lines, as from a PDF)', () => {
    const d = seg('Freight rose again in the period under review.\nTable 2: Freight (million tonnes)\nCorridor 2022 2023\nNorth route 12.4 13.1\nMiddle route 1.7 3.2\nSource: ministry.\n', 'f.txt');
    checkInvariants(d);
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.caption).toBe('Table 2: Freight (million tonnes)');
    expect([...(t.header ? [t.header] : []), ...t.rows].map((r) => cellTexts(d, r))).toEqual([
      ['Corridor', '2022', '2023'],
      ['North route', '12.4', '13.1'],
      ['Middle route', '1.7', '3.2'],
    ]);
    expect(d.sentences.map((x) => slice(d, x.span))).toEqual(['Freight rose again in the period under review.', 'Source: ministry.']);
  });

  it('does not take a byline and a dateline with pipes for a table', () => {
    const d = seg('Policy Brief 7/2026 | Steppe Programme\nAnalysis | 20 September 2023\n\nThe text begins here.\n', 'c.txt');
    expect(d.tables).toHaveLength(0);
  });

  it('reads a space-aligned table as rows of cells whose spans slice the original', () => {
    const text = 'Exports rose.\n\nTable 2: Freight (million tonnes)\n                  2022      2023\nNorth route        12.4      13.1\nMiddle Corridor     1.7       3.2\n\nSource: ministry.\n';
    const ctx = { messages: [] };
    const n = normalize(src(text, 's.txt'), ctx);
    const d = segment(n, ctx);
    checkInvariants(d);
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect(t.caption).toBe('Table 2: Freight (million tonnes)');
    const rows = [...(t.header ? [t.header] : []), ...t.rows];
    expect(rows.map((r) => cellTexts(d, r))).toEqual([
      ['2022', '2023'],
      ['North route', '12.4', '13.1'],
      ['Middle Corridor', '1.7', '3.2'],
    ]);
    for (const r of rows) {
      for (const c of r.cells) {
        const a = n.srcStart[c.span.start]!;
        const b = n.srcEnd[c.span.end - 1]!;
        expect(text.slice(a, b)).toBe(c.text);
      }
    }
    expect(d.sentences.map((s) => slice(d, s.span))).toEqual(['Exports rose.', 'Source: ministry.']);
  });
});
