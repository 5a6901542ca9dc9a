import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnText, findGutter, toTextItems, type TextItem } from '../../src/ingest/layout.js';

const SIZE = 10;
const LINE = 13;
/** ~6 pt per character at size 10: a rough width for synthetic items. */
const item = (str: string, x: number, y: number): TextItem => ({ str, x, y, width: str.length * 5, size: SIZE });

const LEFT = [
  'the council met in the capital city on a',
  'cold morning in early spring and agreed to',
  'fund the new water agency for five more',
  'years with money from both governments',
  'and the regional development bank loans',
  'that were approved by the parliament too',
];
const RIGHT = [
  'engineers will measure the river flows at',
  'twelve stations along the border and the',
  'results will be published every month on',
  'the website of the agency for the public',
  'to read and to compare with older data',
  'collected by the ministries since 1990',
];

/** Two columns drawn row by row: left line i, then right line i, on one baseline. */
function twoColumns(): TextItem[] {
  const out: TextItem[] = [];
  for (let i = 0; i < LEFT.length; i++) {
    const y = 700 - i * LINE;
    out.push(item(LEFT[i]!, 72, y), item(RIGHT[i]!, 320, y));
  }
  return out;
}

describe('columnText', () => {
  it('reads two columns drawn row by row in column order', () => {
    const text = columnText(twoColumns());
    expect(text).toBe([...LEFT, '', ...RIGHT].join('\n'));
  });

  it('keeps a title that spans both columns first, and a footer after a wide gap last', () => {
    const items = [item('A title that runs across both of the columns of the page', 150, 740), ...twoColumns(), item('Page 3', 72, 60)];
    const text = columnText(items)!;
    expect(text.split('\n')[0]).toBe('A title that runs across both of the columns of the page');
    expect(text.trim().split('\n').pop()).toBe('Page 3');
    expect(text.indexOf(LEFT[5]!)).toBeLessThan(text.indexOf(RIGHT[0]!));
  });

  it('gives null for one column', () => {
    const items = [...LEFT, ...RIGHT].map((s, i) => item(s + ' and more words to fill the line across', 72, 700 - i * LINE));
    expect(columnText(items)).toBeNull();
  });

  it('gives null for a table of short cells', () => {
    const items: TextItem[] = [];
    for (let i = 0; i < 15; i++) items.push(item(`Item ${i}`, 72, 700 - i * LINE), item(`${i * 13} tons`, 400, 700 - i * LINE));
    expect(findGutter(items)).toBeNull();
  });

  it('never throws on arbitrary items', () => {
    const arb = fc.array(
      fc.record({
        str: fc.string({ maxLength: 30 }),
        x: fc.double({ min: -100, max: 700, noNaN: true }),
        y: fc.double({ min: -100, max: 900, noNaN: true }),
        width: fc.double({ min: 0, max: 400, noNaN: true }),
        size: fc.double({ min: 1, max: 30, noNaN: true }),
      }),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(arb, (items) => {
        const t = columnText(items);
        expect(t === null || typeof t === 'string').toBe(true);
      }),
    );
  });
});

describe('toTextItems', () => {
  it('takes pdf.js items (transform, width), skipping blank ones and marked content', () => {
    const got = toTextItems([
      { str: 'Hello', transform: [10, 0, 0, 10, 72, 700], width: 25, height: 10, hasEOL: false },
      { str: ' ', transform: [10, 0, 0, 10, 97, 700], width: 3, height: 10 },
      { type: 'beginMarkedContent' },
      { str: 'world', transform: [12, 0, 0, 12, 100, 700], width: 30, height: 12 },
    ]);
    expect(got).toEqual([
      { str: 'Hello', x: 72, y: 700, width: 25, size: 10 },
      { str: 'world', x: 100, y: 700, width: 30, size: 12 },
    ]);
  });
});
