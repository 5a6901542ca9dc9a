/**
 * A string whose every code unit carries the original-source range it came from.
 * Every edit of the normalize stage is a deletion, a substitution, or an insertion whose
 * characters map to the source characters they replace or sit next to; composing edits keeps
 * the map exact, so the stage never builds a span by hand.
 */

export interface Mapped {
  text: string;
  /** srcStart per code unit. */
  s: Int32Array;
  /** srcEnd per code unit (exclusive). */
  e: Int32Array;
}

export function fromSource(text: string): Mapped {
  const n = text.length;
  const s = new Int32Array(n);
  const e = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    s[i] = i;
    e[i] = i + 1;
  }
  return { text, s, e };
}

export function empty(): Mapped {
  return { text: '', s: new Int32Array(0), e: new Int32Array(0) };
}

/**
 * The sub-range m[a, b). Its offset arrays are views of m's (no copy): a Mapped is never
 * written after it is built (MappedBuilder copies what it is given).
 */
export function slice(m: Mapped, a: number, b: number): Mapped {
  return { text: m.text.slice(a, b), s: m.s.subarray(a, b), e: m.e.subarray(a, b) };
}

/** m with offset arrays of their own, exactly as long as the text (not views of larger arrays). */
export function compact(m: Mapped): Mapped {
  const n = m.text.length;
  const own = (a: Int32Array): Int32Array => (a.byteOffset === 0 && a.buffer.byteLength === n * 4 ? a : a.slice(0, n));
  const s = own(m.s);
  const e = own(m.e);
  return s === m.s && e === m.e ? m : { text: m.text, s, e };
}

/** Characters that replace (or stand in for) the source range [start, end). */
export function synth(str: string, start: number, end: number): Mapped {
  const n = str.length;
  return { text: str, s: new Int32Array(n).fill(start), e: new Int32Array(n).fill(end) };
}

/** Characters standing for the mapped range m[a, b) (a < b). */
export function synthOver(m: Mapped, str: string, a: number, b: number): Mapped {
  return synth(str, m.s[a]!, m.e[b - 1]!);
}

/** Appends pieces in order; the offset arrays grow by doubling and are copied with set(). */
export class MappedBuilder {
  private parts: string[] = [];
  private s: Int32Array;
  private e: Int32Array;
  private len = 0;

  /** `capacity`: the expected length (the arrays grow past it when needed). */
  constructor(capacity = 0) {
    this.s = new Int32Array(capacity);
    this.e = new Int32Array(capacity);
  }

  private reserve(extra: number): void {
    const need = this.len + extra;
    if (need <= this.s.length) return;
    let cap = Math.max(16, this.s.length * 2);
    while (cap < need) cap *= 2;
    const s = new Int32Array(cap);
    const e = new Int32Array(cap);
    s.set(this.s.subarray(0, this.len));
    e.set(this.e.subarray(0, this.len));
    this.s = s;
    this.e = e;
  }

  push(m: Mapped): this {
    return this.pushRange(m, 0, m.text.length);
  }

  /** Copy m[a, b). */
  pushRange(m: Mapped, a: number, b: number): this {
    if (b <= a) return this;
    this.reserve(b - a);
    this.parts.push(a === 0 && b === m.text.length ? m.text : m.text.slice(a, b));
    const n = b - a;
    if (n <= 32) {
      // a short range: copied in a loop (a view per copy costs more)
      const s = this.s;
      const e = this.e;
      const ms = m.s;
      const me = m.e;
      for (let k = 0; k < n; k++) {
        s[this.len + k] = ms[a + k]!;
        e[this.len + k] = me[a + k]!;
      }
    } else {
      this.s.set(m.s.subarray(a, b), this.len);
      this.e.set(m.e.subarray(a, b), this.len);
    }
    this.len += n;
    return this;
  }

  pushSynth(str: string, start: number, end: number): this {
    const n = str.length;
    if (n === 0) return this;
    this.reserve(n);
    this.parts.push(str);
    this.s.fill(start, this.len, this.len + n);
    this.e.fill(end, this.len, this.len + n);
    this.len += n;
    return this;
  }

  /** Characters standing for the mapped range m[a, b) (a < b): push(synthOver(m, str, a, b)) without the copy. */
  pushSynthOver(m: Mapped, str: string, a: number, b: number): this {
    return this.pushSynth(str, m.s[a]!, m.e[b - 1]!);
  }

  get length(): number {
    return this.len;
  }

  /** The last character pushed, or ''. */
  lastChar(): string {
    for (let k = this.parts.length - 1; k >= 0; k--) {
      const p = this.parts[k]!;
      if (p.length > 0) return p[p.length - 1]!;
    }
    return '';
  }

  /** The text and its offsets (views of the builder's arrays: compact() gives arrays of their own). */
  build(): Mapped {
    const exact = this.len === this.s.length;
    return {
      text: this.parts.length === 1 ? this.parts[0]! : this.parts.join(''),
      s: exact ? this.s : this.s.subarray(0, this.len),
      e: exact ? this.e : this.e.subarray(0, this.len),
    };
  }
}

/**
 * Insert `str` before each given position; the inserted characters map to the source range of
 * the character before the position (or the one after, at position 0).
 */
export function insertBefore(m: Mapped, positions: number[], str: string): Mapped {
  if (positions.length === 0 || m.text.length === 0) return m;
  const sorted = [...new Set(positions)].sort((x, y) => x - y);
  const b = new MappedBuilder(m.text.length + sorted.length * str.length);
  let pos = 0;
  for (const p of sorted) {
    b.pushRange(m, pos, p);
    const k = p > 0 ? p - 1 : 0;
    b.pushSynth(str, m.s[k]!, m.e[k]!);
    pos = p;
  }
  b.pushRange(m, pos, m.text.length);
  return b.build();
}

/** Replace every regex match by the result of fn (a Mapped, built from the match range). */
export function replaceMatches(
  m: Mapped,
  re: RegExp,
  fn: (match: RegExpExecArray, m: Mapped) => Mapped | null,
): Mapped {
  const g = globalCopy(re);
  g.lastIndex = 0;
  let b: MappedBuilder | null = null;
  let pos = 0;
  let match: RegExpExecArray | null;
  while ((match = g.exec(m.text)) !== null) {
    if (match[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const after = g.lastIndex;
    const rep = fn(match, m);
    g.lastIndex = after;
    if (rep === null) continue;
    b ??= new MappedBuilder(m.text.length);
    b.pushRange(m, pos, match.index);
    b.push(rep);
    pos = match.index + match[0].length;
  }
  if (b === null) return m;
  b.pushRange(m, pos, m.text.length);
  return b.build();
}

/** A global copy of each regex given to replaceMatches, made once (its lastIndex is ours). */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function globalCopy(re: RegExp): RegExp {
  let g = GLOBAL_COPIES.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    GLOBAL_COPIES.set(re, g);
  }
  return g;
}

/**
 * Keep only the listed sub-ranges of a match (absolute [a, b) offsets in m), in order.
 * Used to strip markup around kept text: `[text](url)` keeps the text range.
 */
export function keepRanges(m: Mapped, ranges: [number, number][]): Mapped {
  const b = new MappedBuilder();
  for (const [a, z] of ranges) b.pushRange(m, a, z);
  return b.build();
}
