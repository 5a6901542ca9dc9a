/**
 * The gazetteer matcher: the text is cut into tokens once (words and single punctuation
 * marks), and every gazetteer form is a path in a token trie built once per process. At each
 * token the longest path wins. Diacritics, dashes and apostrophes are folded in the keys;
 * case is kept, except inside all-caps headings, which use a second, lower-cased trie.
 */
import type { EntityKind } from '../../core/types.js';
import { AMBIGUOUS_ALONE, foldKey, formsOf, GAZETTEER, type GazetteerEntry } from '../../lexicon/gazetteer.js';

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** foldKey(raw). */
  key: string;
  /** A word (letters/digits), not punctuation. */
  word: boolean;
}

export interface Target {
  name: string;
  kind: EntityKind;
  ruleId: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Set when a form ends here. Several targets: a surname shared by several people. */
  targets?: Target[];
}

const UPPER_RE = /^\p{Lu}/u;
const ALLCAPS_RE = /^(?=.*\p{Lu})[\p{Lu}\p{N}]{2,}$/u;

/**
 * Character classes of the tokenizer, by code point: bit 1 = a word character
 * ([\p{L}\p{M}\p{N}]), bit 2 = white space (\s). BMP code points are looked up in a table
 * filled on first use.
 */
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_RE = /^\s$/u;
const WORD_START_RE = /[\p{L}\p{N}]/u;
const FOLDED_RE = /[^\x00-\x5f\x61-\x7f]/;
const BMP_CLASS = new Uint8Array(65536);

function classifyChar(ch: string): number {
  return 4 | (WORD_CHAR_RE.test(ch) ? 1 : 0) | (SPACE_RE.test(ch) ? 2 : 0);
}

/** Class bits of the code point at i, and its length in code units (1 or 2) in bits 3+. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (classifyChar(text.slice(i, i + 2)) & 3) | 16;
  }
  let v = BMP_CLASS[c]!;
  if (v === 0) BMP_CLASS[c] = v = classifyChar(String.fromCharCode(c));
  return (v & 3) | 8;
}

/**
 * The tokens of /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu (a run of word characters, or
 * one other non-space code point), scanned by hand: ASCII by character code, the rest through
 * a per-code-point table.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let c = text.charCodeAt(i);
    let isWord: boolean;
    // ASCII-only, no backtick: foldKey leaves the token as it is
    let plain = true;
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        i++;
        continue;
      }
      isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (!isWord) {
        i++;
        if (c === 96) plain = false;
      }
    } else {
      const v = classAt(text, i);
      if (v & 2) {
        i += v >> 3;
        continue;
      }
      isWord = (v & 1) === 1;
      plain = false;
      if (!isWord) i += v >> 3;
    }
    if (isWord) {
      // the run of word characters
      for (;;) {
        if (i >= n) break;
        c = text.charCodeAt(i);
        if (c < 128) {
          if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
            i++;
            continue;
          }
          break;
        }
        const v = classAt(text, i);
        if ((v & 1) === 0) break;
        plain = false;
        i += v >> 3;
      }
    }
    const raw = text.slice(start, i);
    const c0 = raw.charCodeAt(0);
    const word = isWord && (c0 < 128 || WORD_START_RE.test(raw));
    // foldKey only changes non-ASCII text and the ` quote.
    const key = plain ? raw : FOLDED_RE.test(raw) ? foldKey(raw) : raw;
    out.push({ start, end: i, raw, key, word });
  }
  return out;
}

export const isCapitalized = (t: Token): boolean => {
  if (!t.word) return false;
  const c = t.raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(t.raw);
};
export const isAllCaps = (t: Token): boolean => {
  if (!t.word || t.raw.length < 2) return false;
  // Fast path: an ASCII lower-case letter among the first two characters rules it out.
  const a = t.raw.charCodeAt(0);
  const b = t.raw.charCodeAt(1);
  if ((a >= 97 && a <= 122) || (b >= 97 && b <= 122)) return false;
  return ALLCAPS_RE.test(t.raw);
};

function formTokens(form: string): string[] {
  return tokenize(form).map((t) => t.key);
}

function insert(root: TrieNode, keys: string[], target: Target): void {
  let node = root;
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) {
      n = { next: new Map() };
      node.next.set(k, n);
    }
    node = n;
  }
  const list = (node.targets ??= []);
  if (!list.some((t) => t.name === target.name)) list.push(target);
}

/** The surname a person is called by alone ('' when never), and the forms it comes from. */
export function surnameOf(e: GazetteerEntry): string[] {
  if (e.kind !== 'person') return [];
  if (e.surname !== undefined) return e.surname ? [e.surname] : [];
  const out = new Set<string>();
  for (const f of [e.name, ...(e.aliases ?? [])]) {
    const parts = f.split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    if (last.length >= 3 && !/\./.test(last)) out.add(last);
  }
  return [...out];
}

export interface Lexicon {
  exact: TrieNode;
  /** Lower-cased keys, for all-caps text. */
  folded: TrieNode;
  /** Single-token forms (exact keys) of non-person entries, for splitting glued words. */
  single: Map<string, Target>;
  /** Person entries with offices, by canonical name. */
  entries: Map<string, GazetteerEntry>;
  /** Surname (folded, lower-cased) -> person names. */
  surnames: Map<string, string[]>;
  people: GazetteerEntry[];
  /** Organisations and companies, for spelling-variant matching. */
  bodies: GazetteerEntry[];
  /** First code units of the exact trie's first keys: a token starting otherwise matches nothing. */
  exactFirst: Set<number>;
}

let cached: Lexicon | null = null;

/** Builds (once) the tries and indexes from the gazetteer. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const exact: TrieNode = { next: new Map() };
  const folded: TrieNode = { next: new Map() };
  const single = new Map<string, Target>();
  const entries = new Map<string, GazetteerEntry>();
  const surnames = new Map<string, string[]>();
  const ambiguous = new Set(AMBIGUOUS_ALONE);
  // Full forms first, so that a surname shared with another entry's form loses (see below).
  for (const e of GAZETTEER) {
    if (!entries.has(e.name)) entries.set(e.name, e);
    for (const { form, how } of formsOf(e)) {
      const keys = formTokens(form);
      if (keys.length === 0) continue;
      if (keys.length === 1 && ambiguous.has(form)) continue;
      const target: Target = { name: e.name, kind: e.kind, ruleId: `entities/gazetteer/${how}` };
      insert(exact, keys, target);
      insert(
        folded,
        keys.map((k) => k.toLowerCase()),
        target,
      );
      if (keys.length === 1 && e.kind !== 'person') {
        if (!single.has(keys[0]!)) single.set(keys[0]!, target);
      }
      // The glued form of a multi-word name ("NagornoKarabakh", "CentralAsia").
      const words = keys.filter((k) => /[\p{L}\p{N}]/u.test(k));
      if (words.length >= 2 && words.every((w) => UPPER_RE.test(w))) {
        const glued = words.join('');
        const gt: Target = { name: e.name, kind: e.kind, ruleId: 'entities/glued/joined' };
        insert(exact, [glued], gt);
        if (e.kind !== 'person' && !single.has(glued)) single.set(glued, gt);
      }
    }
  }
  // Surnames: only where no other entry uses the same form.
  for (const e of GAZETTEER) {
    for (const s of surnameOf(e)) {
      const keys = formTokens(s);
      let node: TrieNode | undefined = exact;
      for (const k of keys) node = node?.next.get(k);
      if (node?.targets?.some((t) => t.kind !== 'person')) continue;
      if (keys.length === 1 && ambiguous.has(s)) continue;
      const target: Target = { name: e.name, kind: 'person', ruleId: 'entities/person/surname' };
      insert(exact, keys, target);
      insert(
        folded,
        keys.map((k) => k.toLowerCase()),
        target,
      );
      const sk = foldKey(s).toLowerCase();
      const list = surnames.get(sk) ?? [];
      if (!list.includes(e.name)) list.push(e.name);
      surnames.set(sk, list);
    }
  }
  const people = GAZETTEER.filter((e) => e.kind === 'person');
  const bodies = GAZETTEER.filter((e) => e.kind === 'organization' || e.kind === 'company' || e.kind === 'project');
  const exactFirst = new Set<number>();
  for (const k of exact.next.keys()) exactFirst.add(k.charCodeAt(0));
  cached = { exact, folded, single, entries, surnames, people, bodies, exactFirst };
  return cached;
}

export interface TrieMatch {
  /** Token index range [from, to). */
  from: number;
  to: number;
  targets: Target[];
}

/** In a run of all-caps words (a heading), not an acronym in running text. */
function capsContext(tokens: Token[], i: number): boolean {
  if (!isAllCaps(tokens[i]!)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (prev !== undefined && isAllCaps(prev)) || (next !== undefined && isAllCaps(next));
}

function walk(root: TrieNode, tokens: Token[], i: number, lower: boolean): TrieMatch | null {
  let node: TrieNode | undefined = root;
  let best: TrieMatch | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    const t = tokens[j]!;
    node = node.next.get(lower ? t.key.toLowerCase() : t.key);
    if (node?.targets) best = { from: i, to: j + 1, targets: node.targets };
  }
  return best;
}

/** Longest-match scan of the whole token list. */
export function matchAll(tokens: Token[]): TrieMatch[] {
  const lex = lexicon();
  const out: TrieMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // A match starts at a word.
    if (!t.word) {
      i++;
      continue;
    }
    let m = lex.exactFirst.has(t.key.charCodeAt(0)) ? walk(lex.exact, tokens, i, false) : null;
    if (!m && capsContext(tokens, i)) m = walk(lex.folded, tokens, i, true);
    if (m) {
      // Tokens end at word boundaries, so a match never ends inside a word; a trailing "."
      // of an abbreviation ("U.S.") is part of the form.
      out.push(m);
      i = m.to;
      continue;
    }
    i++;
  }
  return out;
}

/** Words that may follow a name glued to it ("Russiandriven", "EUbacked"). */
const COMPOUND_SUFFIXES_LIST = [
  'led', 'backed', 'driven', 'based', 'owned', 'funded', 'sponsored', 'brokered', 'made', 'born', 'controlled',
  'dominated', 'oriented', 'centric', 'friendly', 'speaking', 'supported', 'built', 'financed', 'operated',
  'run', 'sanctioned', 'focused', 'related', 'inspired', 'initiated', 'mediated', 'leaning', 'bound',
];
export const COMPOUND_SUFFIXES: string[] = COMPOUND_SUFFIXES_LIST;

/**
 * Splits a glued word into gazetteer names (and at most one trailing compound suffix):
 * "AzerbaijanUzbekistan" -> Azerbaijan + Uzbekistan, "EUbacked" -> EU + backed. Returns the
 * pieces that are names, with offsets inside the word, or null when it does not split cleanly.
 */
const GLUED_HINT = /\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}/u;

const SUFFIX_ENDS = new Set(COMPOUND_SUFFIXES_LIST.map((x) => x.slice(-2)));

function suffixHint(word: string): boolean {
  // a word starting with a character that lower-casing leaves as it is (most words): no
  const c0 = word.charCodeAt(0);
  if (c0 < 128) {
    if (c0 < 65 || c0 > 90) return false;
  } else {
    const c = word.charAt(0);
    if (c === c.toLowerCase()) return false;
  }
  if (!SUFFIX_ENDS.has(word.slice(-2))) return false;
  for (const s of COMPOUND_SUFFIXES_LIST) if (word.length > s.length + 1 && word.endsWith(s)) return true;
  return false;
}

/** GLUED_HINT.test(word), by character code when the word is ASCII. */
export function gluedHint(word: string): boolean {
  const n = word.length;
  let upperRun = 0; // leading capitals
  let leading = true;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return GLUED_HINT.test(word);
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (upper && i > 0) {
      const p = word.charCodeAt(i - 1);
      if (p >= 97 && p <= 122) return true; // \p{Ll}\p{Lu}
    }
    if (leading) {
      if (upper) upperRun++;
      else {
        if (lower && upperRun >= 2) return true; // ^\p{Lu}{2,}\p{Ll}
        leading = false;
      }
    }
  }
  return false;
}

export function splitGlued(word: string): { start: number; end: number; target: Target }[] | null {
  if (!gluedHint(word) && !suffixHint(word)) return null;
  const lex = lexicon();
  const cuts = new Set<number>();
  for (let i = 1; i < word.length; i++) {
    const a = word[i - 1]!;
    const b = word[i]!;
    const aLower = a !== a.toUpperCase() && a === a.toLowerCase();
    const bUpper = b !== b.toLowerCase() && b === b.toUpperCase();
    const aUpper = a !== a.toLowerCase() && a === a.toUpperCase();
    const bLower = b !== b.toUpperCase() && b === b.toLowerCase();
    if (aLower && bUpper) cuts.add(i);
    // "EUbacked": an upper-case run of 2+ then lower case.
    if (aUpper && bLower && i >= 2) {
      const prev = word[i - 2]!;
      if (prev !== prev.toLowerCase() && prev === prev.toUpperCase()) cuts.add(i);
    }
  }
  for (const s of COMPOUND_SUFFIXES) {
    if (word.length > s.length + 1 && word.endsWith(s)) cuts.add(word.length - s.length);
  }
  if (cuts.size === 0) return null;
  const points = [0, ...[...cuts].sort((x, y) => x - y), word.length];
  // Dynamic programming over cut points: best[i] = pieces covering word[0, points[i]).
  const best: ({ start: number; end: number; target: Target | null }[] | null)[] = points.map(() => null);
  best[0] = [];
  for (let i = 0; i < points.length; i++) {
    const sofar = best[i];
    if (!sofar) continue;
    for (let j = i + 1; j < points.length; j++) {
      const piece = word.slice(points[i], points[j]);
      const key = foldKey(piece);
      const target = lex.single.get(key);
      const isLast = j === points.length - 1;
      let next: { start: number; end: number; target: Target | null }[] | null = null;
      if (target) next = [...sofar, { start: points[i]!, end: points[j]!, target }];
      else if (isLast && sofar.length > 0 && COMPOUND_SUFFIXES.includes(piece)) {
        next = [...sofar, { start: points[i]!, end: points[j]!, target: null }];
      }
      if (next && (!best[j] || next.length < best[j]!.length)) best[j] = next;
    }
  }
  const full = best[points.length - 1];
  if (!full) return null;
  const names = full.filter((p): p is { start: number; end: number; target: Target } => p.target !== null);
  // A single name with nothing else is not glued (that is an ordinary match).
  if (names.length === 1 && full.length === 1) return null;
  return names;
}
