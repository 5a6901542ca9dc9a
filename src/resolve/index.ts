/**
 * The resolve stage: from extracted mentions (normalized coordinates) to the rows the pipeline
 * stores, each with provenance in ORIGINAL source coordinates (through ProvenanceBuilder).
 * Order: entities first (canonical names, mention rows), then figures and events, which read
 * the same mentions (events use the entity resolver's countryOf for persons' and cities' countries).
 */
import { ProvenanceBuilder } from '../core/span.js';
import type { ExtractedDoc, ResolvedDoc, RunContext } from '../core/types.js';
import { resolveEntities } from './entities.js';
import { resolveEvents } from './events.js';
import { resolveFigures } from './figures.js';

export function resolve(doc: ExtractedDoc, _ctx: RunContext): ResolvedDoc {
  const prov = new ProvenanceBuilder(doc);
  const { entities, mentions } = resolveEntities(doc, prov);
  const figures = resolveFigures(doc, prov);
  const events = resolveEvents(doc, prov);
  return { source: doc.source, documentDate: doc.documentDate, entities, mentions, events, figures };
}
