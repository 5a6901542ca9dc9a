/**
 * Entities of one document: one EntityRecord per canonical name its mentions carry (kind from
 * the gazetteer when known, else from the mentions; aliases = the surface forms seen, variants
 * included, context phrases such as "the two countries" left out), and one MentionRow per
 * entity mention, with provenance in original-text coordinates.
 * Also the lookups the event assembly uses: entityKindOf, countryOf.
 */
import type { EntityKind, EntityMention, EntityRecord, ExtractedDoc, MentionRow } from '../core/types.js';
import type { ProvenanceBuilder } from '../core/span.js';
import { GAZETTEER, foldKey, gazetteerEntry } from '../lexicon/gazetteer.js';

/** Rules whose surface text is a description, not a name of the entity. */
const NOT_A_NAME = /^entities\/context\/(?:pair|pair-holders|group|group-holders|office|side|counterpart)$/;

function tidySurface(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function resolveEntities(doc: ExtractedDoc, prov: ProvenanceBuilder): { entities: EntityRecord[]; mentions: MentionRow[] } {
  const byName = new Map<string, { kind: EntityKind; aliases: Set<string> }>();
  const mentions: MentionRow[] = [];
  const spelled = documentSpellings(doc);
  for (const m of doc.mentions) {
    if (m.kind !== 'entity') continue;
    const em = m as EntityMention;
    // One record per real-world entity across the corpus, under its canonical name; the brief's
    // own spelling of a transliterated name (see documentSpellings), which its event actors
    // carry, is listed among the aliases.
    const name = em.name;
    let rec = byName.get(name);
    if (!rec) {
      rec = { kind: entityKindOf(em.name) ?? em.entityKind, aliases: new Set() };
      byName.set(name, rec);
    }
    const spelling = spelled.get(name);
    if (spelling) rec.aliases.add(spelling);
    if (!NOT_A_NAME.test(em.ruleId)) {
      const surface = tidySurface(em.text);
      // The name itself in capitals ("KAZAKHSTAN" in a heading) is not another name.
      if (surface && surface.toLowerCase() !== name.toLowerCase()) rec.aliases.add(surface);
    }
    // the provenance with `entity` last (as a spread would give it, without the copy)
    const row = prov.make('men', em.span, em.ruleId, name) as MentionRow;
    row.entity = name;
    mentions.push(row);
  }
  const entities: EntityRecord[] = [...byName.entries()]
    .map(([name, r]) => ({ name, kind: r.kind, aliases: [...r.aliases].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { entities, mentions };
}

/**
 * Two spellings of a word that the usual transliterations and English spellings share: the
 * Turkmen "-ow" and the Russian "-ov" of a surname (Meredow / Meredov), and the British "-isation"
 * and American "-ization" (Organisation / Organization). Other differences (Tokaev / Tokayev,
 * Victor / Viktor) are not a brief's spelling of its own: the gazetteer's form stays.
 */
function sameWordOtherSpelling(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || !/^\p{L}+$/u.test(x) || !/^\p{L}+$/u.test(y)) return false;
  const norm = (w: string) => w.replace(/(?<=\p{L}{3})o[vw]$/u, 'ov').replace(/isation/g, 'ization');
  return norm(x) === norm(y);
}

/**
 * The canonical name respelled the way a surface form writes it, when the surface form is a
 * spelling variant of it (see sameWordOtherSpelling): the same words (the whole name, or its last
 * words as a surname used alone), some written the other way. "Berdimuhamedov" for "Gurbanguly
 * Berdimuhamedow" gives "Gurbanguly Berdimuhamedov"; "Organization" for "Organisation" the same.
 * The canonical name when the words are its own; null when the surface form is no such variant.
 */
function variantSpelling(canonical: string, surface: string): string | null {
  const n = foldKey(canonical).split(/\s+/);
  const bare = surface.replace(/['’]s$/, '');
  const s = foldKey(bare).split(/\s+/);
  if (s.length === 0 || s.length > n.length || n.length === 0) return null;
  const offset = n.length - s.length;
  let changed = false;
  const out = [...canonical.split(/\s+/)];
  const words = bare.split(/\s+/);
  if (out.length !== n.length || words.length !== s.length) return null;
  for (let i = 0; i < s.length; i++) {
    const a = n[offset + i]!;
    const b = s[i]!;
    if (a.toLowerCase() === b.toLowerCase()) continue;
    if (!sameWordOtherSpelling(a, b)) return null;
    out[offset + i] = words[i]!;
    changed = true;
  }
  return changed ? out.join(' ') : canonical;
}

const SPELLINGS = new WeakMap<ExtractedDoc, Map<string, string>>();

/**
 * Names of persons, organisations and companies as this brief spells them, for those it writes
 * in a transliteration other than the gazetteer's ("Berdimuhamedov" where the gazetteer has
 * "Berdimuhamedow", "Organization" for "Organisation"): canonical name -> the brief's spelling,
 * when the brief uses that variant more often than the canonical form. The brief's event actors
 * carry its spelling; entity records and mentions keep the canonical name (one record per
 * entity across briefs) and list the brief's spelling among the aliases.
 */
export function documentSpellings(doc: ExtractedDoc): Map<string, string> {
  const got = SPELLINGS.get(doc);
  if (got) return got;
  const votes = new Map<string, Map<string, number>>();
  for (const m of doc.mentions) {
    if (m.kind !== 'entity') continue;
    const em = m as EntityMention;
    if (em.entityKind !== 'person' && em.entityKind !== 'organization' && em.entityKind !== 'company') continue;
    if (NOT_A_NAME.test(em.ruleId)) continue;
    const surface = tidySurface(em.text);
    const v = foldKey(surface).toLowerCase() === foldKey(em.name).toLowerCase() ? em.name : variantSpelling(em.name, surface);
    if (!v) continue;
    const by = votes.get(em.name) ?? new Map<string, number>();
    by.set(v, (by.get(v) ?? 0) + 1);
    votes.set(em.name, by);
  }
  const out = new Map<string, string>();
  for (const [name, by] of votes) {
    const best = [...by.entries()].sort((a, b) => b[1] - a[1] || (a[0] === name ? -1 : b[0] === name ? 1 : 0))[0];
    if (best && best[0] !== name && best[1] > (by.get(name) ?? 0)) out.set(name, best[0]);
  }
  SPELLINGS.set(doc, out);
  return out;
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
