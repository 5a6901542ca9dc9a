import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isListItem, occasionCue } from '../../src/resolve/occasion.js';

/** isListItem as it was written first: the whole line's head, then the pattern (the reference). */
function isListItemReference(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[ \t]*(?:(?:[-*•–]|\d{1,2}[.)])[ \t]+)?$/.test(text.slice(lineStart, pos));
}

describe('isListItem (looks back only over a list head)', () => {
  it('answers as the whole-line reading does (random texts of heads, words and breaks)', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '-', '*', '•', '–', '1', '12', '.', ')', 'a', 'Riga', ',', '\r', '\n\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(), (parts, k) => {
        const text = parts.join('');
        const pos = text.length === 0 ? 0 : k % (text.length + 1);
        return isListItem(text, pos) === isListItemReference(text, pos);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds items at line heads, after bullets and numbers, and nothing mid-line', () => {
    const text = 'Outcomes:\n- A treaty was signed.\n2. A fund was set up.\nThe fund, in short, grew.';
    expect(isListItem(text, text.indexOf('A treaty'))).toBe(true);
    expect(isListItem(text, text.indexOf('A fund'))).toBe(true);
    expect(isListItem(text, text.indexOf('The fund'))).toBe(true);
    expect(isListItem(text, text.indexOf('in short'))).toBe(false);
    // a long line without any break before the place: no
    expect(isListItem('x'.repeat(50_000) + ' 1. Item', 50_004)).toBe(false);
  });
});

describe('occasionCue "there" (checked cheaply first)', () => {
  it('takes "there" at the end of a sentence or "There," at its head, not "there is"', () => {
    expect(occasionCue('Leaders met there.', 0)?.kind).toBe('there');
    expect(occasionCue('A treaty is to be signed there ;  ', 0)?.kind).toBe('there');
    expect(occasionCue('There, the ministers signed a plan.', 10)?.span.start).toBe(10);
    expect(occasionCue('Not much was there.', 0)).toBeNull();
    expect(occasionCue('There is no treaty.', 0)).toBeNull();
    expect(occasionCue('They went thereafter.', 0)).toBeNull();
  });
});
