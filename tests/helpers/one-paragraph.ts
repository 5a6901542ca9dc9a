/** A SegmentedDoc of one section and one paragraph over the whole text (for the date extractor's tests). */
import { identityDoc } from '../../src/core/span.js';
import type { SegmentedDoc } from '../../src/core/types.js';

export function oneParagraphDoc(text: string): SegmentedDoc {
  return {
    ...identityDoc(text, 't.txt'),
    sections: [{ index: 0, heading: null, headingSpan: null, level: 0, span: { start: 0, end: text.length } }],
    paragraphs: [{ index: 0, section: 0, span: { start: 0, end: text.length } }],
    sentences: [],
    tables: [],
  };
}
