/**
 * Read views over the stored tables, for the audit, conflicts and facts verbs. Pure functions
 * over rows the store returns (no I/O here): filter facts, find a claim by id or by text,
 * split a claim's evidence into what backs its preferred value and what contradicts it, and
 * render a claim for a reader with each quote shown in its sentence.
 */
import type { Claim, ClaimEvidence, DateValue, EventRow, FigureRow } from '../core/types.js';
import { formsOf, GAZETTEER } from '../lexicon/gazetteer.js';

// ------------------------------------------------------------------ names

/** Folds case, accents and punctuation, so "Türkiye" finds "turkiye" and "Turkey" aliases. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Entity filter: a canonical name or any alias of it, matched after folding. */
export interface EntityIndex {
  /** folded alias or name -> canonical names */
  byForm: Map<string, Set<string>>;
}

/**
 * Index of the names a user may type for an entity: every stored entity with the aliases seen,
 * and every gazetteer entry with its aliases, demonyms and earlier names ("Kazakh", "Akmola").
 */
export function entityIndex(entities: { name: string; aliases: string[] }[]): EntityIndex {
  const byForm = new Map<string, Set<string>>();
  const known = GAZETTEER.map((e) => ({ name: e.name, aliases: formsOf(e).map((f) => f.form) }));
  for (const e of [...entities, ...known]) {
    for (const form of [e.name, ...e.aliases]) {
      const k = fold(form);
      if (!k) continue;
      let set = byForm.get(k);
      if (!set) byForm.set(k, (set = new Set()));
      set.add(e.name);
    }
  }
  return { byForm };
}

/** Canonical names a user's entity argument stands for (itself when unknown). */
export function namesFor(index: EntityIndex, query: string): Set<string> {
  return index.byForm.get(fold(query)) ?? new Set([query]);
}

// ------------------------------------------------------------------ facts

export interface FactFilter {
  entity?: Set<string>;
  type?: string;
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD): keep facts whose date interval meets [from, to]. */
  from?: string;
  to?: string;
}

export interface Fact {
  kind: 'event' | 'figure';
  row: EventRow | FigureRow;
}

/** Lower and upper day bounds of a partial ISO date given on the command line. */
export function dayBounds(iso: string): { first: string; last: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const y = m[1]!;
  if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return null;
  if (m[3]) {
    const lastDay = new Date(Date.UTC(Number(y), Number(m[2]), 0)).getUTCDate();
    if (Number(m[3]) < 1 || Number(m[3]) > lastDay) return null;
    return { first: iso, last: iso };
  }
  if (m[2]) {
    const lastDay = new Date(Date.UTC(Number(y), Number(m[2]), 0)).getUTCDate();
    return { first: `${y}-${m[2]}-01`, last: `${y}-${m[2]}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

function meets(date: DateValue | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date.end < dayBounds(from)!.first) return false;
  if (to && date.start > dayBounds(to)!.last) return false;
  return true;
}

/** Events and figures that satisfy every given condition, events first, in stored order. */
export function filterFacts(events: EventRow[], figures: FigureRow[], f: FactFilter): Fact[] {
  const out: Fact[] = [];
  const named = (names: string[]) => !f.entity || names.some((n) => f.entity!.has(n));
  for (const e of events) {
    if (f.type && f.type !== e.type && f.type !== 'event') continue;
    if (named([...e.actors, ...(e.where ? [e.where] : [])]) && meets(e.date, f.from, f.to)) out.push({ kind: 'event', row: e });
  }
  for (const g of figures) {
    if (f.type && f.type !== 'figure' && f.type !== g.unit) continue;
    if (named(g.entities) && meets(g.date, f.from, f.to)) out.push({ kind: 'figure', row: g });
  }
  return out;
}

// ------------------------------------------------------------------ claims

/** Claims whose subject names one of the given entities (all claims when none is given). */
export function claimsAbout(claims: Claim[], names?: Set<string>): Claim[] {
  if (!names) return claims;
  return claims.filter((c) => c.key.subject.some((s) => names.has(s)));
}

/**
 * Finds the claims a user means: an exact claim id, or the claims whose key and quotes share
 * the most words with the text (ties kept, best first, at most `limit`).
 */
export function findClaims(claims: Claim[], query: string, limit = 3): Claim[] {
  const exact = claims.filter((c) => c.id === query);
  if (exact.length) return exact;
  const words = new Set(fold(query).split(' ').filter((w) => w.length > 1));
  if (words.size === 0) return [];
  const scored = claims
    .map((c) => {
      const hay = new Set(
        fold([c.key.subject.join(' '), c.key.predicate, c.key.qualifier ?? '', ...c.claims.map((e) => e.quote)].join(' ')).split(' '),
      );
      let hit = 0;
      for (const w of words) if (hay.has(w)) hit++;
      // more sources breaks ties: the claim a reader most likely means is the one most told
      return { c, score: hit / words.size + c.claims.length * 1e-3 };
    })
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score || (a.c.id < b.c.id ? -1 : 1));
  return scored.slice(0, limit).map((s) => s.c);
}

interface NumberLike {
  value: number | [number, number];
  unit?: string;
}

function asInterval(v: unknown): DateValue | null {
  if (v && typeof v === 'object' && 'start' in v && 'end' in v && 'granularity' in v) return v as DateValue;
  return null;
}

function asNumber(v: unknown): NumberLike | null {
  if (v && typeof v === 'object' && 'value' in v) {
    const n = (v as { value: unknown }).value;
    if (typeof n === 'number' || (Array.isArray(n) && n.length === 2)) return v as NumberLike;
  }
  return null;
}

function bounds(n: number | [number, number]): [number, number] {
  return Array.isArray(n) ? n : [n, n];
}

/** Whether a stated value agrees with the preferred one: date intervals meet; numbers within 2%. */
export function agrees(value: unknown, preferred: unknown): boolean {
  const a = asInterval(value);
  const b = asInterval(preferred);
  if (a && b) return a.start <= b.end && b.start <= a.end;
  const x = asNumber(value);
  const y = asNumber(preferred);
  if (x && y) {
    if (x.unit !== undefined && y.unit !== undefined && x.unit !== y.unit) return false;
    const [xl, xh] = bounds(x.value);
    const [yl, yh] = bounds(y.value);
    const tol = (v: number) => Math.abs(v) * 0.02;
    return xl <= yh + tol(yh) && yl <= xh + tol(xh);
  }
  return JSON.stringify(value) === JSON.stringify(preferred);
}

export interface AuditView {
  claim: Claim;
  backing: ClaimEvidence[];
  contradicting: ClaimEvidence[];
}

export function auditView(claim: Claim): AuditView {
  const backing: ClaimEvidence[] = [];
  const contradicting: ClaimEvidence[] = [];
  for (const e of claim.claims) (agrees(e.value, claim.preferred.value) ? backing : contradicting).push(e);
  return { claim, backing, contradicting };
}

// ------------------------------------------------------------------ rendering

/** A value as a reader writes it: "1992-08-30", "about 40 count", "78400000 USD (2021)". */
export function showValue(v: unknown): string {
  const d = asInterval(v);
  if (d) return d.value + (d.inferred ? ' (inferred)' : '');
  const n = asNumber(v);
  if (n) {
    const o = v as { approx?: string | null; unit?: string; date?: DateValue | null };
    const num = Array.isArray(n.value) ? `${n.value[0]}–${n.value[1]}` : String(n.value);
    return [o.approx ? o.approx.replace('_', ' ') : '', num, o.unit ?? '', o.date ? `(${o.date.value})` : '']
      .filter(Boolean)
      .join(' ');
  }
  return JSON.stringify(v);
}

/** The quote in its context from the source text, the quote marked with » «, on one line. */
export function inContext(text: string | null, e: ClaimEvidence, width = 90): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  if (text === null || text.slice(e.span.start, e.span.end) !== e.quote) return `»${flat(e.quote)}«`;
  const before = text.slice(Math.max(0, e.span.start - width), e.span.start);
  const after = text.slice(e.span.end, e.span.end + width);
  const left = before.includes('\n\n') ? before.slice(before.lastIndexOf('\n\n') + 2) : before;
  const right = after.includes('\n\n') ? after.slice(0, after.indexOf('\n\n')) : after;
  const cutLeft = left.length === before.length && e.span.start - width > 0;
  const cutRight = right.length === after.length && e.span.end + width < text.length;
  return `${cutLeft ? '…' : ''}${flat(left)}»${flat(e.quote)}«${flat(right)}${cutRight ? '…' : ''}`;
}

function place(e: ClaimEvidence): string {
  return `${e.source}${e.page !== null ? ` p.${e.page}` : ''} line ${e.line}`;
}

export function keyText(c: Claim): string {
  const who = c.key.subject.length ? c.key.subject.join(', ') : '(no named subject)';
  return `${c.key.predicate} — ${who}${c.key.qualifier ? ` [${c.key.qualifier}]` : ''}`;
}

/** The audit of one claim as text. `textOf` gives a source's original text (or null). */
export function renderAudit(view: AuditView, textOf: (source: string) => string | null): string {
  const c = view.claim;
  const lines: string[] = [];
  lines.push(`claim ${c.id}: ${keyText(c)}`);
  lines.push(`status: ${c.status}${c.diagnosis ? ` (${c.diagnosis})` : ''}`);
  lines.push(`preferred: ${showValue(c.preferred.value)} — ${c.preferred.rationale}`);
  const block = (title: string, list: ClaimEvidence[]) => {
    lines.push('', `${title} (${list.length}):`);
    if (list.length === 0) lines.push('  none');
    for (const e of list) {
      lines.push(`  ${place(e)}  [${e.factKind} ${e.factId}]  value: ${showValue(e.value)}`);
      lines.push(`    ${inContext(textOf(e.source), e)}`);
    }
  };
  block('backed by', view.backing);
  block('contradicted by', view.contradicting);
  if (view.contradicting.length) {
    lines.push('', `why: ${c.diagnosis ?? 'the values differ'}; ${c.preferred.rationale}`);
  }
  return lines.join('\n');
}

// ------------------------------------------------------------------ history

export interface VersionInfo {
  id: number;
  source: string;
  sha256: string;
  ingestedAt: string;
  current: boolean;
}

/**
 * The facts of an earlier version that state the same thing as the given quotes: the same
 * quote, or a quote sharing at least half its words (an edit that changed a number or date).
 */
export function earlierStatements<T extends { quote: string }>(quotes: string[], facts: T[]): T[] {
  const words = (q: string) => new Set(fold(q).split(' ').filter((w) => w.length > 2 && !/^\d/.test(w)));
  const wanted = quotes.map(words);
  return facts.filter((f) => {
    if (quotes.includes(f.quote)) return true;
    const w = words(f.quote);
    return wanted.some((q) => {
      if (q.size === 0 || w.size === 0) return false;
      let shared = 0;
      for (const x of q) if (w.has(x)) shared++;
      return shared / Math.max(q.size, w.size) >= 0.5;
    });
  });
}

/**
 * For each source backing or contradicting a claim: its earlier stored versions, and for each
 * whether that version stated the same quote (and with which value), so an audit shows how a
 * source's claim changed across its versions.
 */
export function renderHistory(
  view: AuditView,
  versions: VersionInfo[],
  factsOf: (versionId: number) => { quote: string; value: unknown }[],
): string {
  const lines: string[] = ['', 'history:'];
  const sources = [...new Set(view.claim.claims.map((e) => e.source))];
  for (const source of sources) {
    const earlier = versions.filter((v) => v.source === source && !v.current);
    if (earlier.length === 0) {
      lines.push(`  ${source}: no earlier version stored`);
      continue;
    }
    const quotes = view.claim.claims.filter((e) => e.source === source).map((e) => e.quote);
    for (const v of earlier) {
      const same = earlierStatements(quotes, factsOf(v.id));
      const said = same.length
        ? `stated: ${same.map((f) => `${showValue(f.value)} »${f.quote.replace(/\s+/g, ' ')}«`).join('; ')}`
        : 'stated nothing like it';
      lines.push(`  ${source} version ${v.sha256.slice(0, 12)} (ingested ${v.ingestedAt}): ${said}`);
    }
  }
  return lines.join('\n');
}
