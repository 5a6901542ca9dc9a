/**
 * The extract stage: runs the rule families over a segmented document and gathers their
 * mentions. Order matters, and is this list:
 *   1. dates    first: it also finds the document date, which the others resolve against;
 *   2. entities needs the dates (office holders and surnames are resolved by date);
 *   3. triggers independent of the others (event words);
 *   4. figures  needs the dates (a number inside a date is not a figure; a figure's period).
 */
import type { ExtractedDoc, Mention, RunContext, SegmentedDoc } from '../core/types.js';
import { extractDates } from './dates/index.js';
import { extractEntities } from './entities/index.js';
import { extractTriggers } from './events/index.js';
import { extractFigures } from './figures/index.js';

export function extract(doc: SegmentedDoc, ctx: RunContext): ExtractedDoc {
  const { documentDate, mentions: dates } = extractDates(doc, ctx);
  const entities = extractEntities(doc, dates, documentDate, ctx);
  const triggers = extractTriggers(doc, ctx);
  const figures = extractFigures(doc, dates, documentDate, ctx);
  const mentions: Mention[] = [...dates, ...entities, ...triggers, ...figures];
  mentions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { ...doc, documentDate, mentions };
}
