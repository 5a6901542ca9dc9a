/**
 * Naming helpers shared by the passes: similarity of names (Jaro–Winkler, from `natural`),
 * the best known person or body for a spelling variant, the kind a phrase's head word gives,
 * and the tidy canonical form of a new name.
 */
// Only the distance module: natural's index also loads its storage back-ends, which print to stdout.
import distance from 'natural/lib/natural/distance/index.js';
import type { EntityKind } from '../../core/types.js';
import { COMPANY_HEADS, foldKey, formsOf, GAZETTEER, ORGANIZATION_HEADS, PROJECT_HEADS, type GazetteerEntry } from '../../lexicon/gazetteer.js';
import { splitGlued, surnameOf } from './matcher.js';

/** Spelling variants join a known entity only at or above this similarity. */
export const VARIANT_THRESHOLD = 0.92;

const comparableCache = new Map<string, string>();

/** Folded, lower-cased, punctuation as spaces (memoised: gazetteer forms recur on every call). */
function comparable(s: string): string {
  let c = comparableCache.get(s);
  if (c === undefined) {
    c = foldKey(s).toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
    if (comparableCache.size > 50000) comparableCache.clear();
    comparableCache.set(s, c);
  }
  return c;
}

export function similarity(a: string, b: string): number {
  const x = comparable(a);
  const y = comparable(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  return distance.JaroWinklerDistance(x, y, {});
}

/**
 * A cheap test that two names cannot reach VARIANT_THRESHOLD: different first letters, or
 * lengths too far apart for Jaro–Winkler to reach it. Used to skip most comparisons.
 */
function hopeless(a: string, b: string): boolean {
  const x = comparable(a);
  const y = comparable(b);
  if (x.charCodeAt(0) !== y.charCodeAt(0)) return true;
  const r = Math.min(x.length, y.length) / Math.max(x.length, y.length);
  return r < 0.55;
}

export interface Variant {
  entry: GazetteerEntry;
  score: number;
}

/**
 * The known person a name is a variant of. A name of two or more words is compared with full
 * names (and its last word must itself be close to the surname); one word is compared with
 * surnames. Several people may share the best surname: all are returned.
 */
const personVariantCache = new Map<string, Variant[]>();

export function personVariant(name: string, people: GazetteerEntry[]): Variant[] {
  const hit = personVariantCache.get(name);
  if (hit) return hit;
  const found = personVariantUncached(name, people);
  if (personVariantCache.size > 20000) personVariantCache.clear();
  personVariantCache.set(name, found);
  return found;
}

function personVariantUncached(name: string, people: GazetteerEntry[]): Variant[] {
  const words = comparable(name).split(' ');
  const last = words[words.length - 1]!;
  if (last.length < 4) return [];
  let best: Variant[] = [];
  const consider = (entry: GazetteerEntry, score: number): void => {
    if (score < VARIANT_THRESHOLD) return;
    if (best.length === 0 || score > best[0]!.score + 1e-9) best = [{ entry, score }];
    else if (Math.abs(score - best[0]!.score) <= 1e-9 && !best.some((b) => b.entry === entry)) best.push({ entry, score });
  };
  for (const p of people) {
    if (words.length >= 2) {
      for (const f of [p.name, ...(p.aliases ?? [])]) {
        const fw = comparable(f).split(' ');
        if (fw.length < 2) continue;
        if (hopeless(name, f)) continue;
        const lastScore = similarity(last, fw[fw.length - 1]!);
        if (lastScore < 0.85) continue;
        consider(p, similarity(name, f));
      }
      // "Sadir Japarov": the first word a variant of the given name, the surname exact.
    } else {
      for (const s of surnameOf(p)) if (!hopeless(last, s)) consider(p, similarity(last, s));
    }
  }
  return best;
}

function sortedWords(c: string): string {
  return c.split(' ').sort().join(' ');
}

interface BodyForm {
  entry: GazetteerEntry;
  /** comparable(form) */
  c: string;
  /** Its words sorted. */
  sc: string;
  /** Its place words and numbers (placeMarks). */
  marks: string;
}

let placeWordMap: Map<string, string> | null = null;

/** One-word names and demonyms of countries, cities and regions (comparable forms), with the place's name. */
function placeWords(): Map<string, string> {
  if (!placeWordMap) {
    placeWordMap = new Map();
    for (const e of GAZETTEER) {
      if (e.kind !== 'country' && e.kind !== 'city' && e.kind !== 'region') continue;
      for (const { form } of formsOf(e)) {
        const c = comparable(form);
        if (c && !c.includes(' ') && !placeWordMap.has(c)) placeWordMap.set(c, e.name);
      }
    }
  }
  return placeWordMap;
}

/**
 * The places a comparable name names (by any of their forms: "Kazakh" = "Kazakhstan") and its
 * numbers, sorted: two names of bodies that both name places or numbers, and differ in them, are
 * two bodies, however close the rest ("Central Bank of Armenia" / "Central Bank of Azerbaijan",
 * "Kambarata-1" / "Kambarata-2").
 */
function placeMarks(c: string): string {
  const places = placeWords();
  const out: string[] = [];
  for (const w of c.split(' ')) {
    const p = places.get(w);
    if (p !== undefined) out.push(p);
    else if (/\d/.test(w)) out.push(w);
  }
  return out.sort().join(' ');
}

const bodyFormsCache = new WeakMap<GazetteerEntry[], BodyForm[]>();
const bodyVariantCache = new Map<string, Variant | null>();

/** The comparable forms of bodies, computed once per list. Abbreviations are left out (CSTO/CST differ by a letter). */
function bodyForms(bodies: GazetteerEntry[]): BodyForm[] {
  let forms = bodyFormsCache.get(bodies);
  if (!forms) {
    forms = [];
    for (const b of bodies) {
      for (const f of [b.name, ...(b.aliases ?? []), ...(b.formerly ?? [])]) {
        const c = comparable(f);
        if (!/ /.test(c) && c.length < 6) continue;
        forms.push({ entry: b, c, sc: sortedWords(c), marks: placeMarks(c) });
      }
    }
    bodyFormsCache.set(bodies, forms);
  }
  return forms;
}

const HEAD_WORDS = new Set(ORGANIZATION_HEADS.map((h) => h.toLowerCase()));

/**
 * Whether two comparable body names agree on their head word: when either ends in an
 * organisation head ("eurasia center"), the other ends in the same head or a spelling of it
 * ("centre", "organisation" / "organization"), not in none ("eurasianet").
 */
export function sameHead(a: string, b: string): boolean {
  const la = a.slice(a.lastIndexOf(' ') + 1);
  const lb = b.slice(b.lastIndexOf(' ') + 1);
  if (!HEAD_WORDS.has(la) && !HEAD_WORDS.has(lb)) return true;
  return la === lb || distance.JaroWinklerDistance(la, lb, {}) >= 0.85;
}

/** The known organisation, company or project a name is a variant of (memoised). */
export function bodyVariant(name: string, bodies: GazetteerEntry[], kinds: EntityKind[]): Variant | null {
  const key = `${kinds.join(',')}\u0000${name}`;
  if (bodyVariantCache.has(key)) return bodyVariantCache.get(key)!;
  const c = comparable(name);
  let best: Variant | null = null;
  if (c.length >= 5) {
    // Word order may differ ("Asia-Caucasus-Europe" / "Europe-Caucasus-Asia"): the sorted
    // words are compared too.
    const sc = sortedWords(c);
    const marks = placeMarks(c);
    for (const f of bodyForms(bodies)) {
      if (!kinds.includes(f.entry.kind)) continue;
      // (a name without a place or number may still be a misspelling of one with: "Shangai")
      if (f.marks !== marks && f.marks !== '' && marks !== '') continue;
      // a body named by a head word ("... Center") is no spelling variant of a name without one
      if (!sameHead(c, f.c)) continue;
      const direct = hopeless(c, f.c) ? 0 : similarity(c, f.c);
      const sorted = sc === f.sc ? 0.97 : hopeless(sc, f.sc) ? 0 : similarity(sc, f.sc) - 0.02;
      const s = Math.max(direct, sorted);
      if (s >= VARIANT_THRESHOLD && (!best || s > best.score)) best = { entry: f.entry, score: s };
    }
  }
  if (bodyVariantCache.size > 20000) bodyVariantCache.clear();
  bodyVariantCache.set(key, best);
  return best;
}

const ORG = new Set(ORGANIZATION_HEADS);
/** Plural heads of operators ("Tajik Railways", "Delta Terminals") name companies too. */
const COMPANY = new Set([...COMPANY_HEADS, 'Railways', 'Terminals', 'Ports', 'Pipelines', 'Telecom']);
const PROJECT = new Set(PROJECT_HEADS);

/** The kind a phrase's head word gives: "... Institute" organisation, "... Company" company. */
export function kindByHead(words: string[]): EntityKind | null {
  if (words.length === 0) return null;
  const first = words[0]!;
  // "Ministry of Water Resources of Uzbekistan": a head word followed by "of".
  if (words.length >= 3 && words[1] === 'of' && ORG.has(first)) return 'organization';
  const last = words[words.length - 1]!;
  // "Energy", "Gas", "Oil" name a company only after a proper name ("Turan Energy"), not after "of".
  if (words.length >= 2 && COMPANY.has(last) && words[words.length - 2] !== 'of' && words[words.length - 2] !== 'and') return 'company';
  if (ORG.has(last)) return words.length >= 2 ? 'organization' : null;
  if (words.length >= 2 && PROJECT.has(last)) return 'project';
  return null;
}

/** Words glued by PDF extraction and made only of known names get their hyphen back ("AzerbaijanUzbekistan"). */
function unglue(t: string): string {
  return t.replace(/[\p{L}]{6,}/gu, (word) => {
    const pieces = splitGlued(word);
    if (!pieces || pieces.length < 2) return word;
    let pos = 0;
    for (const p of pieces) {
      if (p.start !== pos) return word;
      pos = p.end;
    }
    if (pos !== word.length) return word;
    return pieces.map((p) => word.slice(p.start, p.end)).join('-');
  });
}

/** The canonical form of a new name: spaces collapsed, no article or possessive, all-caps words title-cased, glued names split. */
export function tidy(s: string): string {
  let t = unglue(s.replace(/\s+/g, ' ').trim());
  t = t.replace(/^(?:the|The|THE)\s+/, '');
  t = t.replace(/['’]s$/, '').replace(/['’]$/, '');
  t = t.replace(/[\s,;:.\-‘’'"“”]+$/, '').replace(/^[\s‘’'"“”]+/, '');
  const words = t.split(' ');
  if (words.length > 1 && words.every((x) => x === x.toUpperCase())) {
    t = words.map((x) => (x.length <= 3 && /^[A-Z]+$/.test(x) && /[^AEIOU]{3}/.test(x) ? x : x.charAt(0) + x.slice(1).toLowerCase())).join(' ');
  } else if (words.length > 1 && /^\p{Lu}{4,}$/u.test(words[words.length - 1]!) && words.slice(0, -1).every((x) => /^\p{Lu}\p{Ll}/u.test(x))) {
    // A surname in capitals after given names ("Rauf HASANOV").
    const last = words[words.length - 1]!;
    t = [...words.slice(0, -1), last.charAt(0) + last.slice(1).toLowerCase()].join(' ');
  }
  return t;
}
