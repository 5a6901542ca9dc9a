/**
 * Which lexicon parts can start a match where (a speed index for the trigger scan; no rule).
 *
 * `prefixKeys(source)` reads a regular-expression source (the subset the trigger lexicon uses:
 * literals, escapes, classes, groups, look-arounds, quantifiers; case-insensitive, no Unicode
 * mode) and returns lower-cased ASCII keys of up to PREFIX_LENGTH characters such that every
 * string the expression can match starts with one of them. The answer is conservative: what it
 * cannot read (a wide class, a non-ASCII letter, a back-reference) ends a key there, and the
 * empty key means "anywhere". `PrefixIndex` then lists, for a position of a text, the parts
 * whose keys the text there starts with, in part order: any other part cannot match there.
 */

/** How many characters a key holds at most. */
/** (PrefixIndex.at reads five characters: keep them in step) */
export const PREFIX_LENGTH = 5;
/** Above this many keys a sub-expression is cut to the empty key (it matches "anywhere"). */
const MAX_KEYS = 4000;

/** A key: the match starts with `s`; `exact`: the match is `s` itself (it may go on after it). */
interface Key {
  s: string;
  exact: boolean;
}

class Unreadable extends Error {}

const ANYWHERE: Key[] = [{ s: '', exact: false }];
const EMPTY: Key[] = [{ s: '', exact: true }];
const DIGITS: Key[] = [...'0123456789'].map((s) => ({ s, exact: true }));

function lowerAscii(c: string): string | null {
  const n = c.charCodeAt(0);
  if (c.length !== 1 || n === 0 || n >= 128) return null;
  return n >= 65 && n <= 90 ? String.fromCharCode(n + 32) : c;
}

function dedupe(keys: Key[]): Key[] {
  const seen = new Map<string, Key>();
  for (const k of keys) {
    const id = `${k.exact ? 1 : 0}${k.s}`;
    if (!seen.has(id)) seen.set(id, k);
  }
  const out = [...seen.values()];
  if (out.length <= MAX_KEYS) return out;
  // too many: shorter keys (each match still starts with its key cut short)
  const longest = Math.max(...out.map((k) => k.s.length));
  return longest === 0 ? ANYWHERE : dedupe(out.map((k) => (k.s.length < longest ? k : { s: k.s.slice(0, longest - 1), exact: false })));
}

/** Keys of `a` then `b` (a concatenation). */
function concat(a: Key[], b: Key[]): Key[] {
  const out: Key[] = [];
  for (const x of a) {
    if (!x.exact || x.s.length >= PREFIX_LENGTH) {
      out.push({ s: x.s.slice(0, PREFIX_LENGTH), exact: false });
      continue;
    }
    for (const y of b) {
      const s = x.s + y.s;
      out.push(s.length >= PREFIX_LENGTH ? { s: s.slice(0, PREFIX_LENGTH), exact: s.length === PREFIX_LENGTH && y.exact } : { s, exact: y.exact });
      // (too many: each match starts with its key in `a`)
      if (out.length > MAX_KEYS * 4) return dedupe(a.map((k) => ({ s: k.s.slice(0, PREFIX_LENGTH), exact: false })));
    }
  }
  return dedupe(out);
}

class Reader {
  i = 0;
  constructor(readonly src: string) {}

  /** alternatives up to ')' or the end */
  alternation(): Key[] {
    const out: Key[] = [...this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      out.push(...this.sequence());
    }
    return dedupe(out);
  }

  /** > 0 while reading what no key can reach any more (parsed, not expanded). */
  skipping = 0;

  sequence(): Key[] {
    let acc: Key[] = EMPTY;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      // (once every key is complete, what follows changes none: concat ignores it)
      const saturated = this.skipping > 0 || acc.every((k) => !k.exact || k.s.length >= PREFIX_LENGTH);
      if (saturated) this.skipping++;
      const atom = this.atom();
      const [min, max] = this.quantifier();
      if (saturated) {
        this.skipping--;
        continue;
      }
      acc = concat(acc, repeat(atom, min, max));
    }
    return acc;
  }

  quantifier(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] | null = null;
    if (c === '?') q = [0, 1];
    else if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unreadable('brace');
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      q = [min, max];
    }
    if (!q) return [1, 1];
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  atom(): Key[] {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      this.i++;
      let zeroWidth = false;
      if (src[this.i] === '?') {
        const head = src.slice(this.i, this.i + 3);
        if (head.startsWith('?:')) this.i += 2;
        else if (head.startsWith('?=') || head.startsWith('?!')) {
          this.i += 2;
          zeroWidth = true;
        } else if (head === '?<=' || head === '?<!') {
          this.i += 3;
          zeroWidth = true;
        } else if (head.startsWith('?<')) {
          const close = src.indexOf('>', this.i);
          if (close < 0) throw new Unreadable('group name');
          this.i = close + 1;
        } else throw new Unreadable('group');
      }
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Unreadable('unclosed group');
      this.i++;
      return zeroWidth ? EMPTY : inner;
    }
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return ANYWHERE;
    }
    if (c === '\\') {
      const e = src[this.i + 1];
      if (e === undefined) throw new Unreadable('escape');
      this.i += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      if (e === 'd') return DIGITS;
      if (e === 'x' || e === 'u') {
        const hex = e === 'x' ? /^[0-9A-Fa-f]{2}/.exec(src.slice(this.i)) : /^[0-9A-Fa-f]{4}/.exec(src.slice(this.i));
        if (!hex) return ANYWHERE;
        this.i += hex[0].length;
        const l = lowerAscii(String.fromCharCode(parseInt(hex[0], 16)));
        return l === null ? ANYWHERE : [{ s: l, exact: true }];
      }
      const lit = escapedLiteral(e);
      if (lit === null) return ANYWHERE;
      const l = lowerAscii(lit);
      return l === null ? ANYWHERE : [{ s: l, exact: true }];
    }
    if (c === '*' || c === '+' || c === '?' || c === '{' || c === ')' || c === '|') throw new Unreadable(`stray ${c}`);
    this.i++;
    const l = lowerAscii(c);
    return l === null ? ANYWHERE : [{ s: l, exact: true }];
  }

  /** A small class of ASCII characters as its characters; anything else matches "anywhere". */
  charClass(): Key[] {
    const src = this.src;
    let i = this.i + 1;
    let negated = false;
    if (src[i] === '^') {
      negated = true;
      i++;
    }
    const chars = new Set<string>();
    let readable = !negated;
    const items: string[] = [];
    while (i < src.length && src[i] !== ']') {
      let ch = src[i]!;
      if (ch === '\\') {
        const e = src[i + 1];
        if (e === undefined) throw new Unreadable('class escape');
        i += 2;
        if (e === 'd') {
          // (the ten digits; a range from or to it is not read)
          for (let n = 48; n <= 57; n++) chars.add(String.fromCharCode(n));
          if (src[i] === '-') readable = false;
          continue;
        }
        const lit = escapedLiteral(e);
        // (an escaped hyphen would read as a range below: not read)
        if (lit === null || e === 'b' || e === '-') readable = false;
        ch = lit ?? '\u0000';
      } else i++;
      items.push(ch);
    }
    if (src[i] !== ']') throw new Unreadable('unclosed class');
    this.i = i + 1;
    // ranges
    for (let k = 0; k < items.length; k++) {
      const a = items[k]!;
      if (items[k + 1] === '-' && k + 2 < items.length) {
        const b = items[k + 2]!;
        const lo = a.charCodeAt(0);
        const hi = b.charCodeAt(0);
        if (hi - lo > 8 || hi < lo) readable = false;
        else for (let n = lo; n <= hi; n++) chars.add(String.fromCharCode(n));
        k += 2;
      } else chars.add(a);
    }
    if (!readable) return ANYWHERE;
    const keys: Key[] = [];
    for (const ch of chars) {
      const l = lowerAscii(ch);
      if (l === null) return ANYWHERE;
      keys.push({ s: l, exact: true });
    }
    return keys.length > 0 && keys.length <= 12 ? dedupe(keys) : ANYWHERE;
  }
}

/** The character an escape stands for, or null for a class or an escape not read here. */
function escapedLiteral(e: string): string | null {
  if (e === 'n') return '\n';
  if (e === 't') return '\t';
  if (e === 'r') return '\r';
  if (e === 'f') return '\f';
  if (e === 'v') return '\v';
  // letters and digits escape classes, back-references, code units: not read
  if (/[A-Za-z0-9]/.test(e)) return null;
  return e;
}

/** Keys of `atom` repeated min..max times. */
function repeat(atom: Key[], min: number, max: number): Key[] {
  if (min === 1 && max === 1) return atom;
  // (any match of k > cap repetitions starts with one of cap repetitions)
  const cap = min + PREFIX_LENGTH + 1;
  const out: Key[] = [];
  let r: Key[] = EMPTY;
  for (let k = 0; k <= Math.min(max, cap); k++) {
    if (k > 0) r = concat(r, atom);
    if (k < min) continue;
    if (k === cap && max > cap) out.push(...r.map((x) => ({ s: x.s, exact: false })));
    else out.push(...r);
  }
  return dedupe(out);
}

/** Keys (lower-cased ASCII, up to PREFIX_LENGTH characters) every match of `source` starts with; '' = anywhere. */
export function prefixKeys(source: string): string[] {
  try {
    const reader = new Reader(source);
    const keys = reader.alternation();
    if (reader.i !== source.length) return [''];
    return [...new Set(keys.map((k) => k.s))];
  } catch (e) {
    if (e instanceof Unreadable) return [''];
    throw e;
  }
}

/** Lower-cased ASCII code of a code unit, 0 for any other. */
function codeAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c >= 128) return 0;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Slots of PrefixIndex's answer table (a power of two): an open-addressing hash table in two
 * typed arrays, about 1 MB, that stays in the processor's cache and that the garbage collector
 * does not walk (a map of per-prefix arrays had each look-up wait on memory).
 */
const ANSWER_SLOTS = 1 << 17;
/** The table starts afresh when this many slots are taken (a long run meets ever new prefixes). */
const ANSWER_LIMIT = ANSWER_SLOTS >> 1;

/** For each position of a text, the parts (by index, ascending) that may match there. */
export class PrefixIndex {
  private readonly byKey = new Map<number, number[]>();
  private readonly anywhere: number[] = [];
  /** Per slot: the first four characters' codes + 1 (0: a free slot). */
  private readonly slotKey = new Int32Array(ANSWER_SLOTS);
  /** Per slot: the fifth character's code (high 8 bits) and the answer's list id (low 24 bits). */
  private readonly slotValue = new Int32Array(ANSWER_SLOTS);
  private taken = 0;
  /** Each distinct answer once, by its parts joined, and by id. */
  private readonly lists = new Map<string, number>();
  private readonly listById: number[][] = [];

  constructor(sources: string[]) {
    sources.forEach((src, part) => {
      for (const key of prefixKeys(src)) {
        if (key === '') {
          this.anywhere.push(part);
          continue;
        }
        const id = keyId(key);
        const list = this.byKey.get(id);
        if (!list) this.byKey.set(id, [part]);
        else if (list[list.length - 1] !== part) list.push(part);
      }
    });
  }

  /** The parts that may match at text[i] (a shared list: do not change it). */
  at(text: string, i: number): readonly number[] {
    // (cached by the text's first five characters there)
    const c0 = codeAt(text, i);
    const c1 = c0 === 0 ? 0 : codeAt(text, i + 1);
    const c2 = c1 === 0 ? 0 : codeAt(text, i + 2);
    const c3 = c2 === 0 ? 0 : codeAt(text, i + 3);
    const c4 = c3 === 0 ? 0 : codeAt(text, i + 4);
    // (the answers are pure: a prefix looked up again, or after the table started afresh, gets the same list)
    const id4 = c0 | (c1 << 7) | (c2 << 14) | (c3 << 21);
    const mask = ANSWER_SLOTS - 1;
    let slot = (Math.imul(id4, 0x9e3779b1) ^ Math.imul(c4 + 1, 0x85ebca6b)) >>> 15;
    for (let k = this.slotKey[slot & mask]!; k !== 0; k = this.slotKey[slot & mask]!) {
      const v = this.slotValue[slot & mask]!;
      if (k === id4 + 1 && v >>> 24 === c4) return this.listById[v & 0xffffff]!;
      slot++;
    }
    const id = this.answer(c0, c1, c2, c3, c4);
    if (this.taken >= ANSWER_LIMIT) {
      this.slotKey.fill(0);
      this.taken = 0;
      slot = (Math.imul(id4, 0x9e3779b1) ^ Math.imul(c4 + 1, 0x85ebca6b)) >>> 15;
      while (this.slotKey[slot & mask] !== 0) slot++;
    }
    this.slotKey[slot & mask] = id4 + 1;
    this.slotValue[slot & mask] = (c4 << 24) | id;
    this.taken++;
    return this.listById[id]!;
  }

  /** The id of the list of parts whose keys the five character codes start with, and of every part that may match anywhere. */
  private answer(c0: number, c1: number, c2: number, c3: number, c4: number): number {
    const codes = [c0, c1, c2, c3, c4];
    const parts = new Set<number>(this.anywhere);
    let key = 0;
    let scale = 1;
    for (let k = 0; k < PREFIX_LENGTH && codes[k] !== 0; k++) {
      key += codes[k]! * scale;
      scale *= 128;
      for (const p of this.byKey.get(key) ?? []) parts.add(p);
    }
    const list = [...parts].sort((a, b) => a - b);
    // (one list for each distinct set of parts)
    const name = list.join(',');
    let id = this.lists.get(name);
    if (id === undefined) {
      // (ids fill the low 24 bits of a slot: far more distinct lists than a lexicon of parts gives)
      id = this.listById.length;
      this.lists.set(name, id);
      this.listById.push(list);
    }
    return id;
  }
}

function keyId(key: string): number {
  let id = 0;
  for (let k = key.length - 1; k >= 0; k--) id = id * 128 + key.charCodeAt(k);
  return id;
}
