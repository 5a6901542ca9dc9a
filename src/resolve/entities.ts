/**
 * Entities of one document: one EntityRecord per canonical name its mentions carry (kind from
 * the gazetteer when known, else from the mentions; aliases = the surface forms seen, variants
 * included, context phrases such as "the two countries" left out), and one MentionRow per
 * entity mention, with provenance in original-text coordinates.
 * Also the lookups the event assembly uses: entityKindOf, countryOf.
 */
import type { EntityKind, EntityMention, EntityRecord, ExtractedDoc, MentionRow } from '../core/types.js';
import type { ProvenanceBuilder } from '../core/span.js';
import { GAZETTEER, gazetteerEntry } from '../lexicon/gazetteer.js';

/** Rules whose surface text is a description, not a name of the entity. */
const NOT_A_NAME = /^entities\/context\/(?:pair|pair-holders|group|group-holders|office|side|counterpart)$/;

function tidySurface(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function resolveEntities(doc: ExtractedDoc, prov: ProvenanceBuilder): { entities: EntityRecord[]; mentions: MentionRow[] } {
  const byName = new Map<string, { kind: EntityKind; aliases: Set<string> }>();
  const mentions: MentionRow[] = [];
  for (const m of doc.mentions) {
    if (m.kind !== 'entity') continue;
    const em = m as EntityMention;
    let rec = byName.get(em.name);
    if (!rec) {
      rec = { kind: entityKindOf(em.name) ?? em.entityKind, aliases: new Set() };
      byName.set(em.name, rec);
    }
    if (!NOT_A_NAME.test(em.ruleId)) {
      const surface = tidySurface(em.text);
      // The name itself in capitals ("KAZAKHSTAN" in a heading) is not another name.
      if (surface && surface.toLowerCase() !== em.name.toLowerCase()) rec.aliases.add(surface);
    }
    // the provenance with `entity` last (as a spread would give it, without the copy)
    const row = prov.make('men', em.span, em.ruleId, em.name) as MentionRow;
    row.entity = em.name;
    mentions.push(row);
  }
  const entities: EntityRecord[] = [...byName.entries()]
    .map(([name, r]) => ({ name, kind: r.kind, aliases: [...r.aliases].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { entities, mentions };
}

/** The kind of a gazetteer entity, or null for a name the gazetteer does not know. */
export function entityKindOf(name: string): EntityKind | null {
  return gazetteerEntry(name)?.kind ?? null;
}

/**
 * The country an entity belongs to: a country itself; a city's, region's or person's country
 * (as the gazetteer records it); null for organisations, companies, projects and unknown names.
 * A person who holds or held offices only in international bodies (a European Commissioner,
 * a NATO Secretary-General) acts for the body, not for a country: null.
 */
export function countryOf(name: string): string | null {
  const e = gazetteerEntry(name);
  if (!e) return null;
  if (e.kind === 'country') return e.name;
  if (e.kind === 'person') {
    const offices = e.offices ?? [];
    if (offices.length > 0 && !offices.some((o) => gazetteerEntry(o.of)?.kind === 'country')) return null;
    return e.country ?? null;
  }
  if (e.kind === 'city' || e.kind === 'region') return e.country ?? null;
  return null;
}

/**
 * The persons the gazetteer lists as holding `title` ("president", "prime minister") of
 * `country` on `day` (ISO; a year or month is compared at its own precision).
 */
export function officeHolders(title: string, country: string, day: string): string[] {
  const out: string[] = [];
  for (const e of GAZETTEER) {
    if (e.kind !== 'person') continue;
    for (const o of e.offices ?? []) {
      if (o.title !== title || o.of !== country) continue;
      if (o.from.slice(0, day.length) > day.slice(0, o.from.length)) continue;
      if (o.to && o.to.slice(0, day.length) < day.slice(0, o.to.length)) continue;
      if (!out.includes(e.name)) out.push(e.name);
    }
  }
  return out;
}
