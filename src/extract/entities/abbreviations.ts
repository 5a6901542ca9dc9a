/**
 * Abbreviations a brief defines: "Collective Security Treaty Organisation (CSTO)", or the
 * reverse, "CSTO (Collective Security Treaty Organisation)". The long form is the shortest run
 * of capitalised words next to the parenthesis whose initials contain every capital of the
 * abbreviation (in any order: "Steppe Water Council (WSC)" is accepted too). The
 * entity is the gazetteer entry the long form names (exactly or as a spelling variant), else
 * the gazetteer entry of the abbreviation, else a new entity named by the long form. Every use
 * of the abbreviation in this brief then maps to it.
 */
import type { EntityKind, EntityMention } from '../../core/types.js';
import { isCapitalized, lexicon, type Target, type Token } from './matcher.js';
import { bodyVariant, kindByHead, tidy } from './naming.js';
import { mention, type Work } from './work.js';

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'de', '-', '&']);
const ABBR_RE = /^(?=(?:.*\p{Lu}){2})[\p{Lu}][\p{L}\p{N}]{1,9}$/u;
const CLOSING_QUOTES = new Set(['’', "'", '”', '"']);

function capitals(s: string): string[] {
  return [...s].filter((c) => c !== c.toLowerCase() && c === c.toUpperCase());
}

/** Multiset inclusion: every letter of `need` in `have`. */
function contains(have: string[], need: string[]): boolean {
  const count = new Map<string, number>();
  for (const h of have) count.set(h, (count.get(h) ?? 0) + 1);
  for (const n of need) {
    const c = count.get(n) ?? 0;
    if (c === 0) return false;
    count.set(n, c - 1);
  }
  return true;
}

/** The long form's token range before `end` (exclusive), or null. */
export function longForm(tokens: Token[], text: string, end: number, abbr: string): [number, number] | null {
  let e = end;
  while (e > 0 && CLOSING_QUOTES.has(tokens[e - 1]!.raw)) e--;
  const need = capitals(abbr);
  const initials: string[] = [];
  for (let s = e - 1; s >= 0 && e - s <= 16; s--) {
    const t = tokens[s]!;
    // Only spaces (no line or sentence break) between the words of a long form.
    const gap = text.slice(t.end, tokens[s + 1]?.start ?? t.end);
    if (/\n|[.;:!?]/.test(gap)) return null;
    if (isCapitalized(t)) {
      initials.push(t.raw.charAt(0).toUpperCase());
      if (need.includes(t.raw.charAt(0).toUpperCase()) && contains(initials, need)) {
        return initials.length >= 2 ? [s, e] : null;
      }
    } else if (!CONNECTORS.has(t.raw.toLowerCase()) && !(t.raw === '’' || t.raw === "'")) {
      return null;
    }
  }
  return null;
}

export function findAbbreviations(w: Work): void {
  const { tokens, text } = w;
  const lex = lexicon();
  const learned = new Map<string, Target>();
  const learn = (ab: Token, s: number, e: number): void => {
    const span = { start: tokens[s]!.start, end: tokens[e - 1]!.end };
    const long = text.slice(span.start, span.end);
    // 1. A gazetteer mention that is exactly the long form.
    const exact = w.mentions.find((m) => m.span.start === span.start && m.span.end === span.end);
    let target: Target | null = exact ? { name: exact.name, kind: exact.entityKind, ruleId: '' } : null;
    let score = 1;
    // 2. A spelling variant of a known body.
    if (!target) {
      const v = bodyVariant(long, lex.bodies, ['organization', 'company', 'project']);
      if (v) {
        target = { name: v.entry.name, kind: v.entry.kind, ruleId: '' };
        score = v.score;
      }
    }
    // 3. The gazetteer's reading of the abbreviation itself.
    if (!target) {
      const node = lex.exact.next.get(ab.key);
      const t = node?.targets?.[0];
      if (t && t.kind !== 'person' && t.kind !== 'country') target = t;
    }
    // 4. A new entity named by the long form.
    if (!target) {
      const words = tokens.slice(s, e).filter((t) => t.word).map((t) => t.raw);
      const kind: EntityKind = kindByHead(words) ?? 'organization';
      target = { name: tidy(long), kind, ruleId: '' };
    }
    learned.set(ab.raw, target);
    if (!exact) {
      // The long form's own words may hold other names ("National Bank of Kazakhstan"): keep
      // those, but drop a partial match of the same entity.
      const t = target;
      w.mentions = w.mentions.filter((m) => !(m.name === t.name && m.span.start >= span.start && m.span.end <= span.end));
      w.mentions.push(mention(w, span, t, score < 1 ? 'entities/abbreviation/variant' : 'entities/abbreviation/long-form', score));
      for (let i = s; i < e; i++) if (!w.covered[i]) w.covered[i] = 1;
    }
  };
  for (let k = 1; k + 2 < tokens.length; k++) {
    // "Long Form (LF)"
    if (tokens[k]!.raw === '(' && tokens[k + 2]!.raw === ')') {
      const ab = tokens[k + 1]!;
      if (!ABBR_RE.test(ab.raw) || learned.has(ab.raw)) continue;
      const range = longForm(tokens, text, k, ab.raw);
      if (range) learn(ab, range[0], range[1]);
      continue;
    }
    // "LF (Long Form)"
    const ab = tokens[k - 1]!;
    if (tokens[k]!.raw !== '(' || !ABBR_RE.test(ab.raw) || learned.has(ab.raw)) continue;
    let c = k + 1;
    while (c < tokens.length && c - k <= 16 && tokens[c]!.raw !== ')') c++;
    if (tokens[c]?.raw !== ')' || c - k < 3) continue;
    const range = longForm(tokens, text, c, ab.raw);
    if (range && range[0] === k + 1) learn(ab, range[0], range[1]);
  }
  if (learned.size === 0) return;
  // Every use of a learned abbreviation in this brief (the definition included): its mention
  // replaces the mentions of the same span. The uses have distinct spans, so the earlier
  // mentions of all those spans go in one pass, then the uses' mentions follow in order.
  const uses: EntityMention[] = [];
  const useSpans = new Set<number>();
  const width = text.length + 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const target = learned.get(t.raw);
    if (!target) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // A whole word, not part of a hyphenated or glued compound of another name.
    if (prev && prev.end === t.start && prev.word) continue;
    if (next && next.start === t.end && next.word) continue;
    useSpans.add(t.start * width + t.end);
    uses.push(mention(w, { start: t.start, end: t.end }, target, 'entities/abbreviation/learned'));
    w.covered[i] = 1;
  }
  if (uses.length === 0) return;
  const isUse = (m: EntityMention): boolean =>
    m.span.start >= 0 && m.span.end <= text.length && useSpans.has(m.span.start * width + m.span.end);
  w.mentions = w.mentions.filter((m) => !isUse(m));
  w.mentions.push(...uses);
}
