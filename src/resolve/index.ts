/**
 * The resolve stage: from extracted mentions (normalized coordinates) to the rows the pipeline
 * stores, each with provenance in ORIGINAL source coordinates (through ProvenanceBuilder).
 * Order: entities first (canonical names, mention rows), then figures and events, which read
 * the same mentions (events use the entity resolver's countryOf for persons' and cities' countries).
 * Last, unless the context turns them off, the learned steps (learned.ts) revise the event rows.
 */
import { ProvenanceBuilder } from '../core/span.js';
import type { ExtractedDoc, ResolvedDoc, RunContext } from '../core/types.js';
import { resolveEntities } from './entities.js';
import { resolveEvents } from './events.js';
import { resolveFigures } from './figures.js';
import { applyLearned } from './learned.js';

export function resolve(doc: ExtractedDoc, ctx: RunContext): ResolvedDoc {
  const prov = new ProvenanceBuilder(doc);
  const { entities, mentions } = resolveEntities(doc, prov);
  const figures = resolveFigures(doc, prov);
  const events = resolveEvents(doc, prov);
  const resolved: ResolvedDoc = { source: doc.source, documentDate: doc.documentDate, entities, mentions, events, figures };
  return ctx.learned === false ? resolved : applyLearned(resolved);
}
