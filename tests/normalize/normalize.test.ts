import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSourceSpan } from '../../src/core/span.js';
import type { NormalizedDoc, SourceDoc } from '../../src/core/types.js';
import { normalize, normalizeText } from '../../src/normalize/index.js';

function doc(text: string, id = 'test.txt'): SourceDoc {
  return { id, path: id, sha256: 'x', format: 'txt', encoding: 'utf-8', text, pages: [], bytes: text.length };
}

function norm(text: string): NormalizedDoc {
  return normalize(doc(text), { messages: [] });
}

/** Every invariant of the offset map. */
function checkMap(n: NormalizedDoc): void {
  const orig = n.source.text;
  expect(n.srcStart.length).toBe(n.text.length);
  expect(n.srcEnd.length).toBe(n.text.length);
  for (let i = 0; i < n.text.length; i++) {
    const s = n.srcStart[i]!;
    const e = n.srcEnd[i]!;
    if (!(s >= 0 && s < e && e <= orig.length)) throw new Error(`bad range at ${i}: [${s}, ${e})`);
    if (i > 0 && (s < n.srcStart[i - 1]! || e < n.srcEnd[i - 1]!)) throw new Error(`not monotone at ${i}`);
    const c = n.text[i]!;
    // A letter or digit is never invented: it comes from the source range it maps to.
    if (/[\p{L}\p{N}]/u.test(c) && !orig.slice(s, e).normalize('NFKC').includes(c)) {
      throw new Error(`char ${JSON.stringify(c)} at ${i} not in source ${JSON.stringify(orig.slice(s, e))}`);
    }
  }
}

const CASES: [string, string, string][] = [
  // [name, input, expected normalized text]
  ['CRLF and CR', 'One line\r\nnext line.\r\rNew para.', 'One line next line.\n\nNew para.'],
  ['hard wrap unwrapped', 'The two countries signed\nan agreement on transit\nin 2019.', 'The two countries signed an agreement on transit in 2019.'],
  ['blank line is a paragraph break', 'First paragraph.\n\n\n\nSecond paragraph.', 'First paragraph.\n\nSecond paragraph.'],
  ['de-hyphenation across a line break', 'The inter-\nnational route opened.', 'The international route opened.'],
  ['hyphen kept before a capital', 'the conflict over Nagorno-\nKarabakh continued.', 'the conflict over Nagorno-Karabakh continued.'],
  [
    'hyphen kept when the document uses the hyphenated form',
    'A well-known fact. Trade is long-\nterm and long-term plans exist.',
    'A well-known fact. Trade is long-term and long-term plans exist.',
  ],
  [
    'hyphen dropped when the document uses the joined form',
    'The pipe-\nline was built. The pipeline carries gas.',
    'The pipeline was built. The pipeline carries gas.',
  ],
  ['compound with a known second part keeps its hyphen', 'the Moscow-\nled union and EU-\nbacked plans', 'the Moscow-led union and EU-backed plans'],
  ['a compound number keeps its hyphen over a break', 'some twenty-\nfive wagons and the forty-\nfirst session', 'some twenty-five wagons and the forty-first session'],
  ['a number word split inside is joined', 'about seven-\nteen ports and six-\nty ships', 'about seventeen ports and sixty ships'],
  ['"ex" at a line end is a syllable unless a role follows', 'the ex-\nchange rate and the ex-\npresident', 'the exchange rate and the ex-president'],
  ['an ending after a prefix-like stem is joined', 'a cross-\ning point, a short-\nage of wagons, the low-\nest fares', 'a crossing point, a shortage of wagons, the lowest fares'],
  ['a prefix before a word keeps its hyphen', 'a cross-\nborder line and a high-\nlevel visit', 'a cross-border line and a high-level visit'],
  ['number range over a break', 'the plan for 2022-\n2026 was adopted.', 'the plan for 2022-2026 was adopted.'],
  ['letters then digits over a break', 'cases of COVID-\n19 fell.', 'cases of COVID-19 fell.'],
  ['em dash at line end', 'food security—\na priority.', 'food security—a priority.'],
  ['markdown link', 'Trade [increased](#) by [45 percent](https://x.org/a_(b)) in 2022.', 'Trade increased by 45 percent in 2022.'],
  ['autolink kept as text', 'Source: <https://www.example.org/t.do#>', 'Source: https://www.example.org/t.do#'],
  ['emphasis', 'It was **very** *important* and _clear_, said __she__.', 'It was very important and clear, said she.'],
  ['emphasis does not touch snake_case or 2*3', 'Use file_name_here and 2*3*4.', 'Use file_name_here and 2*3*4.'],
  ['heading marks removed, heading on its own line', '# Title\nText follows here.', 'Title\n\nText follows here.'],
  ['closing heading marks', '## Section two ##\n\nBody.', 'Section two\n\nBody.'],
  ['backslash escapes', 'amounted to over \\$9 billion \\(est.\\)', 'amounted to over $9 billion (est.)'],
  ['two-space hard break', '**Publisher:**  \nEurasia Center', 'Publisher:\nEurasia Center'],
  ['markdown footnote', 'The treaty[^1] was signed.', 'The treaty was signed.'],
  ['html footnote', 'the Belt and Road Initiative<sup>1</sup> and more.<sup>2</sup>', 'the Belt and Road Initiative and more.'],
  ['footnote digits after punctuation', 'bilateral relations.3 The visit took place.', 'bilateral relations. The visit took place.'],
  ['footnote digits glued to a word', 'regional cooperation12 and trade', 'regional cooperation and trade'],
  ['decimals kept', 'It rose 2.5 percent to 13.3 million tons.', 'It rose 2.5 percent to 13.3 million tons.'],
  ['years kept', 'It was founded in 2011. The next step came in 2012.', 'It was founded in 2011. The next step came in 2012.'],
  ['units and codes kept', 'up to 15 km2 and 10 m3, COVID-19 and G20.', 'up to 15 km2 and 10 m3, COVID-19 and G20.'],
  ['NBSP and odd spaces', 'USD\u00a0500\u2009million  in\u202f2020', 'USD 500 million in 2020'],
  ['form feed is a paragraph break', 'End of page one.\fStart of page two.', 'End of page one.\n\nStart of page two.'],
  ['list items keep their line', 'The aims are:\n- trade;\n- transport.\nAfter the list.', 'The aims are:\ntrade;\ntransport.\nAfter the list.'],
  ['bullet continuation lines join', '• Expand the network of experts and\ninstitutions in the region;\n• Share data.', 'Expand the network of experts and institutions in the region;\nShare data.'],
  ['table rows keep their lines', 'Table 1: Trade\nYears\tExports\tImports\n2017\t1.5\t2.0\n2018\t3.0\t4.0', 'Table 1: Trade\nYears\tExports\tImports\n2017\t1.5\t2.0\n2018\t3.0\t4.0'],
  [
    'space-aligned table rows keep their lines, cells joined by tabs',
    'Table 4: Grain loaded (thousand tonnes)\nPort            2022     2023\nAktau            410      455\nKuryk             95      120\nAfter the table.',
    'Table 4: Grain loaded (thousand tonnes)\nPort\t2022\t2023\nAktau\t410\t455\nKuryk\t95\t120\nAfter the table.',
  ],
  [
    'a space-aligned row missing a value keeps the later cells under their columns',
    'Fleet by type\n              2019    2020    2021\nTankers         12      14      15\nFerries          6               9\n',
    'Fleet by type\n2019\t2020\t2021\nTankers\t12\t14\t15\nFerries\t6\t\t9',
  ],
  [
    'a space-aligned table with blank lines between its rows stays one block',
    'Year       Imports\n\n2022       1,250\n\n2023       1 310\n\nThe imports grew.',
    'Year\tImports\n2022\t1,250\n2023\t1 310\n\nThe imports grew.',
  ],
  [
    'a key-figures box is a table of label and value',
    'Key figures\nPopulation      7.1 million\nGDP             $24 billion\nArea            143,100 km2\n',
    'Key figures\nPopulation\t7.1 million\nGDP\t$24 billion\nArea\t143,100 km2',
  ],
  [
    'two spaces after full stops in prose make no table',
    'The plan was signed in May.  It adds 3 ports.  Work starts in 2025 and ends\nin 2027.  The cost is 40 million.  Banks lend 12 of it.\n',
    'The plan was signed in May. It adds 3 ports. Work starts in 2025 and ends in 2027. The cost is 40 million. Banks lend 12 of it.',
  ],
  [
    'a masthead and a byline spaced out make no table',
    'STEPPE POLICY NOTES     Brief 3/2025     May 2025\nBy Aida Nurova     Senior Fellow\n\nThe text begins here.',
    'STEPPE POLICY NOTES Brief 3/2025 May 2025 By Aida Nurova Senior Fellow\n\nThe text begins here.',
  ],
  [
    'single-spaced rows ending in numbers (a PDF extraction) are table rows, with their header',
    'Table 1: Exports (USD million)\nPartner 2022 2023\nTurkey 410.5 455.0\nSouth Korea 95 -12.5%\nSource: customs.',
    'Table 1: Exports (USD million)\nPartner\t2022\t2023\nTurkey\t410.5\t455.0\nSouth Korea\t95\t-12.5%\nSource: customs.',
  ],
  [
    'a header of words over single-spaced rows',
    'Port Exports Imports\nAktau 410 455\nKuryk 95 120',
    'Port\tExports\tImports\nAktau\t410\t455\nKuryk\t95\t120',
  ],
  [
    'one line ending in numbers, or lines ending in years, make no table',
    'Aktau handled 410 455\ncontainers. Votes were cast in 2021 2022\nand again in 2023 2024\n',
    'Aktau handled 410 455 containers. Votes were cast in 2021 2022 and again in 2023 2024',
  ],
  ['horizontal rule dropped', 'Above.\n\n---\n\nBelow.', 'Above.\n\nBelow.'],
  ['image alt kept', 'See ![Map of the corridor](map.png) here.', 'See Map of the corridor here.'],
  ['sentence goes on over a blank line', 'Central Asian countries tend\n\nto be closer.', 'Central Asian countries tend to be closer.'],
  ['glued compound gets its hyphen back', 'The NagornoKarabakh conflict. Over Nagorno-Karabakh talks stalled.', 'The Nagorno-Karabakh conflict. Over Nagorno-Karabakh talks stalled.'],
  ['a word used glued more often stays', 'cooperation and cooperation, co-operation.', 'cooperation and cooperation, co-operation.'],
  ['page numbers at a page join dropped', 'End of page one.\n3\fStart of page two.\n- 4 -', 'End of page one.\n\nStart of page two.'],
  ['a number line away from page joins kept', 'Totals:\n12\nmore text.', 'Totals: 12 more text.'],
  ['sentence going on over a page join', 'the two countries\fsigned an accord.', 'the two countries signed an accord.'],
  ['a wrapped line starting with a number is not a list item', 'the output rose to\n15. The next year it fell.', 'the output rose to 15. The next year it fell.'],
  ['numbered list after a colon', 'Steps:\n1. Sign.\n2. Ratify.', 'Steps:\n1. Sign.\n2. Ratify.'],
  ['ligatures split', 'e\uFB03cient \uFB01nance', 'efficient finance'],
  ['zero-width and soft hyphen dropped', 'Tash\u00adkent\u200b city', 'Tashkent city'],
];

describe('normalize: cases', () => {
  for (const [name, input, expected] of CASES) {
    it(name, () => {
      const n = norm(input);
      expect(n.text).toBe(expected);
      checkMap(n);
    });
  }

  it('normalizeText gives the same text as normalize', () => {
    expect(normalizeText('a\r\nb')).toBe(norm('a\r\nb').text);
  });

  it('maps a normalized span back to the original words', () => {
    const input = 'Trade [increased](#) by\r\n**45 percent** in 2022.';
    const n = norm(input);
    expect(n.text).toBe('Trade increased by 45 percent in 2022.');
    const at = n.text.indexOf('45 percent');
    const span = toSourceSpan(n, { start: at, end: at + '45 percent'.length });
    expect(input.slice(span.start, span.end)).toBe('45 percent');
    const w = n.text.indexOf('increased');
    const s2 = toSourceSpan(n, { start: w, end: w + 9 });
    expect(input.slice(s2.start, s2.end)).toBe('increased');
  });

  it('a plain-text heading (short line, no final period, before a paragraph) stands alone', () => {
    const body = Array.from({ length: 4 }, () => 'the two countries agreed on a new transit route and a tariff').join('\n');
    const input = `The first part ends here with a rather long closing line.\nPolitical relations\nAlongside the bilateral engagements, ${body}.`;
    const n = norm(input);
    expect(n.text).toContain('\n\nPolitical relations\n\nAlongside');
  });

  it('empty and blank input give empty text', () => {
    expect(norm('').text).toBe('');
    expect(norm(' \n\r\n \t ').text).toBe('');
  });
});

const ALPHABET = [
  'a', 'b', 'Z', 'é', ' ', ' ', '\n', '\n', '\r', '\t', '-', '*', '_', '[', ']', '(', ')', '\\', '#', '1', '2', '.',
  ',', '<', '>', '^', '!', '\f', '\u00a0', '—', '\uFB01', '\u00ad', 'sup', '</', 'http', ':', '/', '"',
];

describe('normalize: properties', () => {
  it('never throws; the map is monotone, non-empty per unit, inside the original', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 120 }), (parts) => {
        const input = parts.join('');
        const n = norm(input);
        checkMap(n);
      }),
      { numRuns: 1500 },
    );
  });

  it('every normalized span maps back to a well-defined original slice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { minLength: 1, maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        (parts, x, y) => {
          const input = parts.join('');
          const n = norm(input);
          const len = n.text.length;
          const a = len === 0 ? 0 : x % (len + 1);
          const b = len === 0 ? 0 : a + (y % (len - a + 1));
          const span = toSourceSpan(n, { start: a, end: b });
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(input.length);
          if (b > a) expect(span.end).toBeGreaterThan(span.start);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('normalize: the shipped briefs', () => {
  const dir = new URL('../../sources/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

  it('finds the five briefs', () => {
    expect(files.length).toBe(5);
  });

  for (const f of files) {
    it(f, () => {
      const text = readFileSync(new URL(f, dir), 'utf8');
      const n = normalize(doc(text, f), { messages: [] });
      checkMap(n);
      expect(n.text).not.toMatch(/\]\(/);
      expect(n.text).not.toContain('\\$');
      expect(n.text).not.toMatch(/\*\*|<sup>|\r|\f|\u00a0/);
      expect(n.text).not.toMatch(/^[ \t]|[ \t]$/m);
      expect(n.text).not.toMatch(/\n{3,}/);
      // Every word of the normalized text is taken from the original, in order.
      const plainOrig = text.replace(/[^\p{L}\p{N}]+/gu, '');
      let cursor = 0;
      for (const w of n.text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const at = plainOrig.indexOf(w[0], cursor);
        if (at < 0) throw new Error(`word ${w[0]} at ${w.index} not found in order`);
        cursor = at + w[0].length;
        const span = toSourceSpan(n, { start: w.index, end: w.index + w[0].length });
        expect(text.slice(span.start, span.end).replace(/[^\p{L}\p{N}]+/gu, '')).toBe(w[0]);
      }
      // Nothing of substance is lost: the letters kept are nearly all of the original's
      // (markup, URLs of links and footnote marks are what goes).
      const kept = n.text.replace(/[^\p{L}]+/gu, '').length;
      const all = text.replace(/[^\p{L}]+/gu, '').length;
      expect(kept / all).toBeGreaterThan(0.97);
    });
  }
});

describe('normalize: golden summary of the shipped briefs', () => {
  const dir = new URL('../../sources/', import.meta.url);
  const goldenFile = new URL('./golden.json', import.meta.url);
  it('matches tests/normalize/golden.json (UPDATE_GOLDEN=1 rewrites it)', () => {
    const actual: Record<string, { chars: number; paragraphs: number; lines: number; head: string; sha256: string }> = {};
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const t = normalizeText(readFileSync(new URL(f, dir), 'utf8'));
      actual[f] = {
        chars: t.length,
        paragraphs: t === '' ? 0 : t.split('\n\n').length,
        lines: t === '' ? 0 : t.split('\n').filter((l) => l !== '').length,
        head: t.slice(0, 80),
        sha256: createHash('sha256').update(t).digest('hex').slice(0, 16),
      };
    }
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, JSON.stringify(actual, null, 2) + '\n');
    expect(existsSync(goldenFile)).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
  });
});

describe('normalize: space-aligned tables', () => {
  const label = fc.constantFrom('Aktau', 'Baku port', 'Middle Corridor', 'Gas (bcm)', 'Total');
  const num = fc.constantFrom('12', '4.5', '1,250', '-3.1%', '.5', 'n/a', '$2.4bn', '310 km');
  const pad = fc.integer({ min: 2, max: 9 }).map((k) => ' '.repeat(k));
  const row = fc.tuple(label, fc.array(fc.tuple(pad, num), { minLength: 1, maxLength: 4 })).map(([l, cs]) => l + cs.map(([p, c]) => p + c).join(''));

  it('every cell of a table row maps back to exactly its source text', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 6 }), fc.boolean(), fc.boolean(), (rows, blankLines, single) => {
        // single: the columns joined by one space (a PDF extraction), else aligned with spaces
        const body = rows.map((r) => (single ? r.replace(/ {2,}/g, ' ') : r));
        const input = 'Table 1: Port data\n' + body.join(blankLines ? '\n\n' : '\n') + '\n\nThe end.';
        const n = norm(input);
        checkMap(n);
        for (const line of n.text.split('\n')) {
          if (!line.includes('\t')) continue;
          const at = n.text.indexOf(line);
          let pos = at;
          for (const cell of line.split('\t')) {
            if (cell !== '') {
              const sp = toSourceSpan(n, { start: pos, end: pos + cell.length });
              expect(input.slice(sp.start, sp.end)).toBe(cell);
            }
            pos += cell.length + 1;
          }
        }
        expect(n.text).not.toMatch(/^[ \t]|[ \t]$/m);
      }),
      { numRuns: 300 },
    );
  });
});
