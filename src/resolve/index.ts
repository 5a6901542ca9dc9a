/**
 * The resolve stage: from extracted mentions (normalized coordinates) to the rows the pipeline
 * stores, each with provenance in ORIGINAL source coordinates (through ProvenanceBuilder).
 * Order: entities first (canonical names, mention rows), then figures and events, which read
 * the same mentions (events use the entity resolver's countryOf for persons' and cities' countries).
 * Last, unless the context turns them off, the learned steps (learned.ts) revise the event rows.
 * The segment stage's sentences go along in original coordinates (doc.sentences, read through
 * sentences.ts), for the steps that look at a row's sentence.
 */
import { ProvenanceBuilder, toSourceSpan } from '../core/span.js';
import type { DateSpan, ExtractedDoc, ResolvedDoc, RunContext, Span } from '../core/types.js';
import { resolveEntities } from './entities.js';
import { resolveEvents } from './events.js';
import { resolveFigures } from './figures.js';
import { applyLearned } from './learned.js';

export function resolve(doc: ExtractedDoc, ctx: RunContext): ResolvedDoc {
  const prov = new ProvenanceBuilder(doc);
  const { entities, mentions } = resolveEntities(doc, prov);
  const figures = resolveFigures(doc, prov);
  const events = resolveEvents(doc, prov);
  const resolved: ResolvedDoc = { source: doc.source, documentDate: doc.documentDate, entities, mentions, events, figures, sentences: sourceSentences(doc), dates: sourceDates(doc) };
  return ctx.learned === false ? resolved : applyLearned(resolved);
}

/** The extractor's date expressions mapped to the original text (for the learned dated step). */
function sourceDates(doc: ExtractedDoc): DateSpan[] {
  const out: DateSpan[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== 'date') continue;
    const d: DateSpan = { span: toSourceSpan(doc, m.span), rule: m.ruleId, timexValue: m.timexValue, date: m.date };
    if (m.mod) d.mod = m.mod;
    out.push(d);
  }
  return out;
}

/** The segment stage's sentences mapped to the original text, sorted by start. */
function sourceSentences(doc: ExtractedDoc): Span[] {
  const out = (doc.sentences ?? []).map((s) => toSourceSpan(doc, s.span)).filter((s) => s.end > s.start);
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.start < out[i - 1]!.start) return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return out;
}
