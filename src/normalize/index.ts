/**
 * Stage 2: normalize. Turns the original text into clean running text for the extractors,
 * keeping for every normalized code unit the original range it came from (NormalizedDoc
 * srcStart/srcEnd; core/span.ts toSourceSpan maps spans back).
 *
 * Passes, in order (each depends on the one before):
 *   1. characters   CRLF/CR -> \n, form feed (PDF page join) -> paragraph break, odd spaces
 *                   -> space, ligatures split, zero-width marks and soft hyphens dropped.
 *   2. lines        each line classified (blank, rule, heading, list item, table row, text);
 *                   markdown heading/list marks, inline markup and footnote marks removed.
 *                   Plain-text tables (tables.ts) are found first: rows whose cells are
 *                   separated by runs of 2+ spaces, or single-spaced rows ending in numbers
 *                   (a PDF extraction); their cells are joined by "\t" like a tab table's.
 *   3. joining      hard-wrapped lines unwrapped (space, or de-hyphenated: a compound number
 *                   "twenty-\nfive" and a prefix before a word keep the hyphen, an ending
 *                   "cross-\ning" does not; see keepsHyphenByClass); a line break is
 *                   kept before/after headings, list items and table rows; blank lines and
 *                   short last lines of PDF paragraphs become paragraph breaks ("\n\n").
 *   4. compounds    words glued by PDF extraction ("NagornoKarabakh") get their hyphen back
 *                   when the hyphenated form occurs elsewhere in the same document.
 *
 * Output shape (what segment relies on): paragraphs are separated by exactly "\n\n"; a single
 * "\n" separates structural lines inside a block (headings, list items, table rows, short
 * lines such as a byline); table cells are separated by "\t"; no line starts or ends with a
 * space; no "\r", "\f", NBSP.
 */
import type { NormalizedDoc, RunContext, SourceDoc } from '../core/types.js';
import { TENS_WORDS, UNIT_WORDS } from '../lexicon/numbers.js';
import { wordCharWidth, wordCharWidthBefore } from './chars.js';
import { stripFootnoteMarks, stripMarkup } from './inline.js';
import { numberTailRows, spaceTableRows } from './tables.js';
import {
  type Mapped,
  MappedBuilder,
  compact,
  fromSource,
  insertBefore,
  replaceMatches,
  slice,
} from './mapped.js';

export type { Mapped } from './mapped.js';

// ------------------------------------------------------------------ pass 1: characters

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

function isOddSpace(c: number): boolean {
  return (
    c === 0x00a0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isDropped(c: number): boolean {
  // zero-width space/joiners, word joiner, BOM, soft hyphen
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

export function normalizeChars(src: Mapped): Mapped {
  const t = src.text;
  // made at the first change (most texts have none)
  let b: MappedBuilder | null = null;
  const out = (): MappedBuilder => (b ??= new MappedBuilder(t.length));
  let run = 0; // start of the current unchanged run
  const flush = (i: number): void => {
    out().pushRange(src, run, i);
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    // printable ASCII, tab and line feed stay as they are
    if ((c >= 32 && c < 0x85) || c === 10 || c === 9) continue;
    if (c === 13) {
      flush(i);
      if (t.charCodeAt(i + 1) === 10) {
        out().pushSynthOver(src, '\n', i, i + 2);
        i++;
      } else {
        out().pushSynthOver(src, '\n', i, i + 1);
      }
      run = i + 1;
    } else if (c === 12) {
      flush(i);
      out().pushSynthOver(src, '\n\n', i, i + 1);
      run = i + 1;
    } else if (c === 11 || c === 0x2028 || c === 0x2029 || c === 0x85) {
      flush(i);
      out().pushSynthOver(src, c === 0x2029 ? '\n\n' : '\n', i, i + 1);
      run = i + 1;
    } else if (isOddSpace(c)) {
      flush(i);
      out().pushSynthOver(src, ' ', i, i + 1);
      run = i + 1;
    } else if (isDropped(c) || (c < 32 && c !== 9 && c !== 10)) {
      flush(i);
      run = i + 1;
    } else if (c >= 0xfb00 && c <= 0xfb06) {
      flush(i);
      out().pushSynthOver(src, LIGATURES[t[i]!]!, i, i + 1);
      run = i + 1;
    }
  }
  if (b === null) return src; // nothing to change
  flush(t.length);
  return out().build();
}

// ------------------------------------------------------------------ pass 2: lines

export type LineKind = 'text' | 'heading' | 'list' | 'table' | 'caption';

export interface Line {
  /** Cleaned content (no leading/trailing spaces, markup removed). */
  m: Mapped;
  kind: LineKind;
  /** Markdown hard break (two trailing spaces or a trailing backslash). */
  hardBreak: boolean;
  /** Length of the raw (trimmed) line: its visual width, for unwrapping decisions. */
  width: number;
  /** Raw trimmed text (before markup removal). */
  raw: string;
  /** Index of the raw line in the document (for neighbours). */
  no: number;
  /** A numbered list item ("1. ", "b) "): only a list item when the line before allows it. */
  numbered?: boolean;
  /** A row of a space-aligned table (tables.ts): the table's number in the text. */
  spaceTable?: number;
}

type RawLine = { a: number; b: number }; // [a, b) in pass-1 coordinates, without the "\n"

const HR = /^ {0,3}([-*_=])(?: *\1){2,} *$/;
const BULLET_ONLY = /^\s*[•·▪◦‣●○■□–-]\s*$/;
const MD_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/d;
const MD_HEADING_CLOSE = /[ \t]+#+[ \t]*$|^#+[ \t]*$/d;
const BULLET = /^\s*([-*+•·▪◦‣●○■□])[ \t]+(?=\S)/d;
const NUMBERED = /^\s*(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)][ \t]+(?=\S)/;
const MD_NOTE_DEF = /^\s*\[\^[^\]\s]{1,20}\]:[ \t]*/d;
const SUP_NOTE_DEF = /^\s*<sup>\s*[0-9a-z*†‡]{1,4}\s*<\/sup>[ \t]*/di;
const CAPTION = /^(?:\*\*|__)?(?:Table|Figure|Fig\.|Chart|Map|Graph|Diagram|Box|Exhibit)\s+[0-9IVX]+[A-Za-z]?\s*[:.–-]/i;

function trimRange(t: string, a: number, b: number): [number, number] {
  while (a < b && (t[a] === ' ' || t[a] === '\t')) a++;
  while (b > a && (t[b - 1] === ' ' || t[b - 1] === '\t')) b--;
  return [a, b];
}

const SPACES = / {2,}/g;
const CELL_SPACES = / +\t|\t +/g;

function collapseSpaces(m: Mapped): Mapped {
  if (!m.text.includes('  ')) return m;
  return replaceMatches(m, SPACES, (x, mm) => slice(mm, x.index, x.index + 1));
}

/** Trim spaces (and tabs) at both ends of a mapped line. */
function trimMapped(m: Mapped): Mapped {
  const [a, b] = trimRange(m.text, 0, m.text.length);
  return a === 0 && b === m.text.length ? m : slice(m, a, b);
}

/** Classify and clean one raw line; null for a blank line (or one that is only markup). */
export function cleanLine(p1: Mapped, r: RawLine, no: number): Line | null {
  const t = p1.text;
  const lineText = t.slice(r.a, r.b);
  const hardBreak = / {2,}$/.test(lineText) || (/\\$/.test(lineText) && !/\\\\$/.test(lineText));
  let [a, b] = trimRange(t, r.a, r.b);
  if (a === b) return null;
  const raw = t.slice(a, b);
  if (HR.test(raw) || BULLET_ONLY.test(raw)) return null;
  let kind: LineKind = 'text';
  let numbered = false;
  let m = slice(p1, a, b);
  if (hardBreak && m.text.endsWith('\\')) m = slice(m, 0, m.text.length - 1);
  const isTable = raw.includes('\t') && raw.split('\t').filter((c) => c.trim() !== '').length >= 2;
  let hm: RegExpExecArray | null;
  if (!isTable && (hm = MD_HEADING.exec(m.text)) !== null) {
    kind = 'heading';
    m = slice(m, hm.indices![0]![1], m.text.length);
    const close = MD_HEADING_CLOSE.exec(m.text);
    if (close) m = slice(m, 0, close.index);
  } else if (isTable) {
    kind = 'table';
    // Cells are trimmed of spaces; tabs stay the cell separators.
    m = replaceMatches(m, CELL_SPACES, (x, mm) => {
      const k = x[0].indexOf('\t');
      return slice(mm, x.index + k, x.index + k + 1);
    });
  } else {
    let lm: RegExpExecArray | null;
    if ((lm = BULLET.exec(m.text)) !== null && !/^\s*[*_]\S/.test(m.text)) {
      kind = 'list';
      m = slice(m, lm.indices![0]![1], m.text.length);
    } else if ((lm = MD_NOTE_DEF.exec(m.text)) !== null || (lm = SUP_NOTE_DEF.exec(m.text)) !== null) {
      kind = 'list';
      m = slice(m, lm.indices![0]![1], m.text.length);
    } else if (NUMBERED.test(m.text)) {
      kind = 'list';
      numbered = true;
    } else if (CAPTION.test(m.text)) {
      kind = 'caption';
    }
  }
  m = stripMarkup(m);
  m = stripFootnoteMarks(m);
  m = collapseSpaces(m);
  m = trimMapped(m);
  if (m.text.length === 0) return null;
  return numbered ? { m, kind, hardBreak, width: raw.length, raw, no, numbered } : { m, kind, hardBreak, width: raw.length, raw, no };
}

// ------------------------------------------------------------------ pass 3: joining

const FUNCTION_WORDS = new Set(
  (
    'a an the of in on at to for with by from and or nor but as into onto over under between ' +
    'among about against via per than that which who whose whom its their his her our your is are ' +
    'was were be been being has have had will would shall should can could may might must this these those'
  ).split(' '),
);

/** Prefixes whose hyphen is kept when a compound is split over two lines ("self-\ngoverning"). */
const KEEP_HYPHEN_PREFIXES = new Set(
  'self non well high low long short full half all cross mid ex co semi quasi pan'.split(' '),
);

/**
 * Second parts that make a compound rather than the tail of a split word ("Moscow-\nled",
 * "EU-\nbacked", "long-\nterm"): the hyphen is kept when the joined form is not a word of
 * the document.
 */
const KEEP_HYPHEN_SECOND = new Set(
  (
    'led based backed driven owned run related born made speaking oriented funded sponsored ' +
    'brokered style type wide level term scale year years old day month week long range ' +
    'friendly free rich poor linked bound sized'
  ).split(' '),
);

/**
 * Compound numbers split at their hyphen ("twenty-\nfive", "forty-\nfirst"): a tens word
 * before a unit word (cardinal or ordinal) keeps the hyphen. A split inside one number word
 * ("seven-\nteen", "six-\nty") has no unit word after it and is joined as before.
 */
const NUMBER_UNITS = new Set([
  ...Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w]! >= 1 && UNIT_WORDS[w]! <= 9),
  ...'first second third fourth fifth sixth seventh eighth ninth'.split(' '),
]);

/**
 * "ex-" keeps its hyphen only before a person's role ("ex-\npresident", "ex-\nminister"):
 * at a line end "ex" is far more often the first syllable of a word split there
 * ("ex-\nchange", "ex-\nport", "ex-\npected").
 */
const EX_ROLES = new Set(
  (
    'president presidents minister ministers premier chairman chair head heads leader leaders official ' +
    'officials member members director deputy envoy ambassador governor mayor general commander chief ' +
    'soviet prime foreign wife husband partner employee employees speaker secretary king queen'
  ).split(' '),
);

/**
 * Endings that are no word of their own: after a line-end hyphen they end a word split there,
 * even after a stem that is also a prefix ("cross-\ning", "short-\nage", "low-\nest",
 * "high-\nly", "self-\nish" are "crossing", "shortage", "lowest", "highly", "selfish").
 */
const SUFFIXES = new Set(
  (
    'ing ings ed er ers est es ly ish age ages ness ment ments tion tions sion sions ity ities ' +
    'ance ances ence ences ous ive ively al ally ism ist ists ise ised ize ized able ible ful'
  ).split(' '),
);

/**
 * Whether a word split at a line-end hyphen is a compound whose hyphen stays, by the class of
 * its parts: true (keep), false (join), null (the class does not tell).
 */
export function keepsHyphenByClass(left: string, right: string): boolean | null {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (TENS_WORDS[l] !== undefined && NUMBER_UNITS.has(r)) return true;
  if (SUFFIXES.has(r)) return false;
  if (l === 'ex') return EX_ROLES.has(r);
  return null;
}

const SENT_END = /[.!?…](?:["'”’)\]]+)?$/;
const SOFT_END = /[,;(–—\/&+]$/;

/** The end of a line, for patterns anchored at its end (words are far shorter than this). */
function tail(s: string): string {
  return s.length > 160 ? s.slice(-160) : s;
}

/** The last run of letters and digits of the line's tail (as /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u). */
function lastWord(s: string): string {
  const t = tail(s);
  let j = t.length;
  while (j > 0 && wordCharWidthBefore(t, j, true) === 0) j--;
  let k = j;
  let w: number;
  while ((w = wordCharWidthBefore(t, k, true)) > 0) k -= w;
  return t.slice(k, j);
}

function firstChar(s: string): string {
  const m = /[\p{L}\p{N}]/u.exec(s);
  return m ? m[0] : '';
}

const isUpper = (c: string): boolean => c !== '' && c === c.toUpperCase() && c !== c.toLowerCase();
const isLower = (c: string): boolean => c !== '' && c === c.toLowerCase() && c !== c.toUpperCase();

/** Document vocabulary, for de-hyphenation decisions. */
export interface Vocabulary {
  /** Lower-cased words (hyphen-free tokens and the parts of hyphenated ones) with counts. */
  words: Map<string, number>;
  /** Lower-cased hyphenated tokens with counts. */
  hyphenated: Map<string, number>;
  /** words.get(word) ?? 0, without building `words` when a few words are asked for. */
  wordCount(word: string): number;
}

/** Words counted one by one before the whole count (one pass over every token) is cheaper. */
const WORDS_ASKED_ALONE = 8;

export function vocabulary(text: string): Vocabulary {
  // The hyphenated tokens now; the counts of all words (a pass over every token) only when
  // asked for: a brief seldom needs them (a line ending in a hyphen, a glued compound).
  const hyphenated = hyphenatedTokens(text);
  let words: Map<string, number> | null = null;
  // The whole text lower-cased, when that keeps every offset and needs no context (as in
  // allTokens): a word's count is then the number of its occurrences there that are whole runs
  // of letters and digits (a word is a hyphen-free token or a part of a hyphenated one).
  let lower: string | null | undefined;
  const asked = new Map<string, number>();
  const getWords = (): Map<string, number> => (words ??= allTokens(text).words);
  return {
    hyphenated,
    get words(): Map<string, number> {
      return getWords();
    },
    wordCount(word: string): number {
      if (words !== null) return words.get(word) ?? 0;
      const known = asked.get(word);
      if (known !== undefined) return known;
      if (lower === undefined) {
        lower = text.toLowerCase();
        if (lower.length !== text.length || text.includes('\u03a3')) lower = null;
      }
      if (lower === null || asked.size >= WORDS_ASKED_ALONE || word.length === 0) return getWords().get(word) ?? 0;
      let n = 0;
      for (let p = lower.indexOf(word); p !== -1; p = lower.indexOf(word, p + 1)) {
        if (wordCharWidthBefore(text, p, true) === 0 && wordCharWidth(text, p + word.length, true) === 0) n++;
      }
      asked.set(word, n);
      return n;
    },
  };
}

/**
 * The end of the token of /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\/u that starts at `start` (a word
 * character), and whether it holds a hyphen.
 */
function tokenEnd(text: string, start: number): { end: number; hyphen: boolean } {
  let i = start;
  let hyphen = false;
  let w: number;
  for (;;) {
    while ((w = wordCharWidth(text, i, true)) > 0) i += w;
    if (text.charCodeAt(i) === 45 && (w = wordCharWidth(text, i + 1, true)) > 0) {
      hyphen = true;
      i += 1 + w;
      continue;
    }
    break;
  }
  return { end: i, hyphen };
}

/**
 * The hyphenated tokens with counts, in order of first occurrence: the same as allTokens'
 * `hyphenated`, found from the hyphens. A hyphen between two word characters lies inside a
 * token, which starts back over the word characters and the hyphens between them.
 */
function hyphenatedTokens(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let from = 0; // text before this offset is done
  for (let h = text.indexOf('-'); h !== -1; h = text.indexOf('-', h + 1)) {
    if (h < from) continue;
    if (wordCharWidthBefore(text, h, true) === 0 || wordCharWidth(text, h + 1, true) === 0) continue;
    let start = h;
    for (;;) {
      let w: number;
      while ((w = wordCharWidthBefore(text, start, true)) > 0) start -= w;
      if (start >= 2 && text.charCodeAt(start - 1) === 45 && wordCharWidthBefore(text, start - 1, true) > 0) {
        start -= 1;
        continue;
      }
      break;
    }
    const { end } = tokenEnd(text, start);
    const tok = text.slice(start, end).toLowerCase();
    out.set(tok, (out.get(tok) ?? 0) + 1);
    from = end;
    h = end - 1;
  }
  return out;
}

/** Every token's count (words: hyphen-free tokens and the parts of hyphenated ones). */
function allTokens(text: string): { words: Map<string, number>; hyphenated: Map<string, number> } {
  const words = new Map<string, number>();
  const hyphenated = new Map<string, number>();
  const inc = (map: Map<string, number>, k: string): void => {
    map.set(k, (map.get(k) ?? 0) + 1);
  };
  // The tokens of /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\/gu, scanned by hand. Lower-casing the
  // whole text once gives each token's lower case when no letter changes length or depends on
  // its context (the final sigma).
  const n = text.length;
  let lower: string | null = text.toLowerCase();
  if (lower.length !== n || text.includes('\u03a3')) lower = null;
  let i = 0;
  while (i < n) {
    if (wordCharWidth(text, i, true) === 0) {
      i++;
      continue;
    }
    const start = i;
    const t = tokenEnd(text, start);
    i = t.end;
    const tok = lower !== null ? lower.slice(start, i) : text.slice(start, i).toLowerCase();
    if (t.hyphen) {
      inc(hyphenated, tok);
      for (const part of tok.split('-')) inc(words, part);
    } else {
      inc(words, tok);
    }
  }
  return { words, hyphenated };
}

type Sep = 'space' | 'none' | 'line' | 'para' | 'dehyphen' | 'keephyphen';

function isTitleLike(l: Line): boolean {
  const t = l.m.text;
  if (t.length > 90 || t.length < 2) return false;
  if (/[.,;:!?]$/.test(t)) return false;
  if (!isUpper(firstChar(t)) && !/^\p{N}/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 12) return false;
  if (FUNCTION_WORDS.has(lastWord(t).toLowerCase())) return false;
  return true;
}

function isAllCaps(s: string): boolean {
  // A lower-case ASCII letter changes when upper-cased: not all capitals.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * The usual width of wrapped lines: median width of text lines followed by another line of
 * the same block (Infinity when the text is not hard-wrapped).
 */
function typicalWidth(lines: Line[]): number {
  const ws: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'text' && lines[i + 1]!.no === l.no + 1) ws.push(l.width);
  }
  if (ws.length < 5) return Infinity;
  ws.sort((x, y) => x - y);
  return ws[ws.length >> 1]!;
}

/** Median width of up to two lines on each side of line i within its block. */
function neighbourWidth(lines: Line[], i: number, docWidth: number): number {
  const ws: number[] = [];
  const no = lines[i]!.no;
  for (const k of [i - 2, i - 1, i + 1, i + 2]) {
    const l = lines[k];
    // Lines much longer than the document's usual width are lines the extractor glued.
    if (l && Math.abs(l.no - no) === Math.abs(k - i) && l.kind !== 'table' && l.width <= 1.3 * docWidth) {
      ws.push(l.width);
    }
  }
  // Lines between lines i-1 and i+1 must be contiguous: a blank line ends the block.
  if (ws.length === 0) return Number.isFinite(docWidth) ? docWidth : 0;
  ws.sort((x, y) => x - y);
  const mid = ws.length >> 1;
  return ws.length % 2 ? ws[mid]! : (ws[mid - 1]! + ws[mid]!) / 2;
}

/** How a line break between two non-blank lines of one block is rendered. */
function joinDecision(lines: Line[], i: number, vocab: Vocabulary, docWidth: number): Sep {
  const cur = lines[i]!;
  const next = lines[i + 1]!;
  const structural = (l: Line): boolean => l.kind === 'heading' || l.kind === 'table';
  if (structural(cur) || structural(next)) return cur.kind === 'heading' || next.kind === 'heading' ? 'para' : 'line';
  if (cur.hardBreak) return 'line';
  if (isLayoutHeading(lines, i + 1, docWidth)) return 'para';
  // "...rose to\n15. The next" is a wrapped sentence, not a numbered item.
  const numberedInText = next.numbered === true && cur.kind === 'text' && !/[.:;!?]["'”’)]*$/.test(cur.m.text);
  if ((next.kind === 'list' && !numberedInText) || next.kind === 'caption') return 'line';
  const ct = cur.m.text;
  const nt = next.m.text;
  const nFirst = firstChar(nt);
  const startsLower = isLower(nFirst) || /^[a-z]/.test(nt);

  // A word split by a hyphen at the end of the line.
  const endsHyphen = ct.charCodeAt(ct.length - 1) === 45;
  const hy = endsHyphen ? /(\p{L}+)-$/u.exec(tail(ct)) : null;
  if (hy && /^\p{L}/u.test(nt)) {
    const left = hy[1]!;
    const right = /^\p{L}+/u.exec(nt)![0];
    const joined = (left + right).toLowerCase();
    const hyph = `${left}-${right}`.toLowerCase();
    if (isUpper(right[0]!)) return 'keephyphen';
    const byClass = keepsHyphenByClass(left, right);
    if (byClass === true) return 'keephyphen';
    if (vocab.wordCount(joined) > 0) return 'dehyphen';
    if (vocab.hyphenated.has(hyph)) return 'keephyphen';
    if (byClass === false) return 'dehyphen';
    if (KEEP_HYPHEN_PREFIXES.has(left.toLowerCase())) return 'keephyphen';
    if (KEEP_HYPHEN_SECOND.has(right.toLowerCase())) return 'keephyphen';
    return 'dehyphen';
  }
  // "2022-\n2026", "COVID-\n19", "security—\na priority": glued back without a space.
  if (
    (endsHyphen && /[\p{L}\p{N}]-$/u.test(tail(ct)) && /^[\p{L}\p{N}]/u.test(nt)) ||
    (ct.endsWith('—') && /[^\s]—$/u.test(tail(ct)))
  ) {
    return 'none';
  }

  // Widths: this line against its neighbours in the block.
  const ref = Math.max(neighbourWidth(lines, i, docWidth), Number.isFinite(docWidth) ? 0.8 * docWidth : 0);
  const short = cur.width < 0.6 * ref;
  const fairlyShort = cur.width < 0.75 * ref;

  if (cur.kind === 'list' && !startsLower && SENT_END.test(ct)) return 'line';
  if (cur.kind === 'list' && /[;:]$/.test(ct) && !startsLower) return 'line';
  if (cur.kind === 'list') return 'space';
  if (startsLower || SOFT_END.test(ct)) return 'space';
  if (FUNCTION_WORDS.has(lastWord(ct).toLowerCase()) && !SENT_END.test(ct)) return 'space';
  if (SENT_END.test(ct) || /:$/.test(ct)) return fairlyShort ? 'para' : 'space';
  // No final punctuation and the next line starts with a capital or a digit.
  if (isAllCaps(ct) !== isAllCaps(nt) && (isAllCaps(ct) || isAllCaps(nt))) return 'line';
  if (isLayoutHeading(lines, i, docWidth)) return 'para';
  if (short) return 'line';
  return 'space';
}

/**
 * A heading known only from layout (plain text): a short title-like line without final
 * punctuation, after a paragraph end (or a blank line), followed by a longer line that starts
 * a sentence.
 */
function isLayoutHeading(lines: Line[], i: number, docWidth: number): boolean {
  const cur = lines[i]!;
  if (cur.kind !== 'text' && cur.kind !== 'heading') return false;
  if (cur.kind === 'heading') return true;
  const next = lines[i + 1];
  if (!next || next.no !== cur.no + 1 || next.kind !== 'text') return false;
  if (!isTitleLike(cur)) return false;
  const nFirst = firstChar(next.m.text);
  if (!(isUpper(nFirst) || /^\p{N}/u.test(next.m.text))) return false;
  const prev = i > 0 && lines[i - 1]!.no === cur.no - 1 ? lines[i - 1]! : null;
  const ref = neighbourWidth(lines, i, docWidth);
  if (prev === null) return cur.width < 0.75 * ref && next.width >= 0.5 * ref;
  const prevEnds = SENT_END.test(prev.m.text) || prev.kind !== 'text';
  return prevEnds && cur.width < 0.7 * ref && next.width >= 0.5 * ref;
}

/** Joins the cleaned lines into the normalized text. */
function joinLines(p1: Mapped, lines: Line[], rawLines: RawLine[], vocab: Vocabulary): Mapped {
  const b = new MappedBuilder(p1.text.length);
  const pushGap = (from: Line, to: Line, str: string): void => {
    // The separator stands for the text between the two lines (their line breaks).
    const a = rawLines[from.no]!.b;
    const z = rawLines[to.no]!.a;
    b.pushSynthOver(p1, str, a, Math.max(a + 1, z));
  };
  // Decide every separator first (a decision looks at the lines around), then build.
  const docWidth = typicalWidth(lines);
  const seps: Sep[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i]!;
    const next = lines[i + 1]!;
    if (next.no !== cur.no + 1) {
      // A blank line inside a sentence (a PDF column or page break): the sentence goes on.
      const nt = next.m.text;
      const continues =
        cur.kind === 'text' && next.kind === 'text' && !SENT_END.test(cur.m.text) && /^\p{Ll}/u.test(nt);
      // rows of one space-aligned table stay one block over a blank line
      const sameTable = cur.spaceTable !== undefined && cur.spaceTable === next.spaceTable;
      seps.push(continues ? 'space' : sameTable ? 'line' : 'para');
    }
    else seps.push(joinDecision(lines, i, vocab, docWidth));
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m = line.m;
    const after = i < seps.length ? seps[i]! : null;
    if (after === 'dehyphen') m = slice(m, 0, m.text.length - 1);
    b.push(m);
    if (after === null) break;
    const next = lines[i + 1]!;
    switch (after) {
      case 'space':
        pushGap(line, next, ' ');
        break;
      case 'line':
        pushGap(line, next, '\n');
        break;
      case 'para':
        pushGap(line, next, '\n\n');
        break;
      case 'none':
      case 'keephyphen':
      case 'dehyphen':
        break;
    }
  }
  return b.build();
}

// ------------------------------------------------------------------ pass 4: compounds

/**
 * Words glued by PDF extraction when a hyphen fell at a line end ("NagornoKarabakh",
 * "highlevel"): the hyphen is put back when the hyphenated form occurs elsewhere in the
 * document and the glued form is not itself a word used hyphen-free elsewhere.
 */
function restoreCompounds(m: Mapped, vocab: Vocabulary): Mapped {
  if (vocab.hyphenated.size === 0) return m;
  // Two-part hyphenated words of letters, by their glued form: where the hyphen goes.
  const byJoined = new Map<string, { at: number; count: number }>();
  for (const [h, count] of vocab.hyphenated) {
    const parts = h.split('-');
    if (parts.length !== 2 || parts[0]!.length < 2 || parts[1]!.length < 2) continue;
    if (!/^\p{L}+$/u.test(parts[0]!) || !/^\p{L}+$/u.test(parts[1]!)) continue;
    const key = parts[0]! + parts[1]!;
    if (!byJoined.has(key)) byJoined.set(key, { at: parts[0]!.length, count });
  }
  if (byJoined.size === 0) return m;
  let minLen = Infinity;
  let maxLen = 0;
  const keyLengths = new Set<number>();
  // first and last code units of the keys (lower case), for ASCII words
  const keyFirst = new Set<number>();
  const keyLast = new Set<number>();
  for (const k of byJoined.keys()) {
    keyLengths.add(k.length);
    keyFirst.add(k.charCodeAt(0));
    keyLast.add(k.charCodeAt(k.length - 1));
    minLen = Math.min(minLen, k.length);
    maxLen = Math.max(maxLen, k.length);
  }
  const positions: number[] = [];
  // The words of /(?<![\p{L}\p{N}-])\p{L}{5,}(?![\p{L}\p{N}-])/gu, scanned by hand: runs of
  // five letters or more with neither a letter, a digit nor a hyphen on either side.
  const t = m.text;
  const n = t.length;
  let i = 0;
  while (i < n) {
    let w = wordCharWidth(t, i, false);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    let ascii = true;
    while (w > 0) {
      if (w !== 1 || t.charCodeAt(i) >= 128) ascii = false;
      i += w;
      letters++;
      w = wordCharWidth(t, i, false);
    }
    if (letters < 5) continue;
    // an ASCII word is lower-cased letter by letter: no key of its length, first and last
    // letter, no hit
    if (ascii && (!keyLengths.has(i - start) || !keyFirst.has(t.charCodeAt(start) | 0x20) || !keyLast.has(t.charCodeAt(i - 1) | 0x20))) continue;
    if (start > 0 && (t.charCodeAt(start - 1) === 45 || wordCharWidthBefore(t, start, true) > 0)) continue;
    if (i < n && (t.charCodeAt(i) === 45 || wordCharWidth(t, i, true) > 0)) continue;
    // a lower-cased word keeps its length except for a few letters: check the length loosely
    if (i - start < minLen / 2 || i - start > maxLen * 2) continue;
    const lower = t.slice(start, i).toLowerCase();
    const hit = byJoined.get(lower);
    // A word the document uses glued more often than hyphenated is a word ("cooperation").
    if (hit && vocab.wordCount(lower) <= hit.count) positions.push(start + hit.at);
  }
  return insertBefore(m, positions, '-');
}

// ------------------------------------------------------------------ stage

const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/**
 * Raw lines that are page numbers next to a PDF page join (form feed): the last non-blank
 * line before it and the first after it, when they are only a page number ("12", "- 3 -",
 * "Page 4 of 9").
 */
function pageFurniture(original: string, p1: Mapped, rawLines: RawLine[]): Set<number> {
  const out = new Set<number>();
  if (!original.includes('\f')) return out;
  const blank = (k: number): boolean => p1.text.slice(rawLines[k]!.a, rawLines[k]!.b).trim() === '';
  const check = (k: number): void => {
    if (k < 0 || k >= rawLines.length) return;
    if (PAGE_NUMBER.test(p1.text.slice(rawLines[k]!.a, rawLines[k]!.b).trim())) out.add(k);
  };
  for (let k = 0; k + 1 < rawLines.length; k++) {
    const nl = rawLines[k]!.b; // the "\n" ending raw line k
    if (nl >= p1.text.length || original[p1.s[nl]!] !== '\f') continue;
    if (k > 0 && original[p1.s[rawLines[k - 1]!.b]!] === '\f') continue; // second "\n" of the pair
    let before = k;
    while (before >= 0 && blank(before)) before--;
    let after = k + 2;
    while (after < rawLines.length && blank(after)) after++;
    check(before);
    check(after);
  }
  for (const k of runningHeads(original, p1, rawLines)) out.add(k);
  // The first and last lines of the document are page edges too.
  let first = 0;
  while (first < rawLines.length && blank(first)) first++;
  let last = rawLines.length - 1;
  while (last >= 0 && blank(last)) last--;
  if (first < last) {
    check(first);
    check(last);
  }
  return out;
}

/** How many non-blank lines at the top and at the bottom of a page may be running heads. */
const PAGE_EDGE_LINES = 3;

/** A line's identity as a running head: digits (page numbers, dates) ignored, spaces collapsed. */
function headKey(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Running headers and footers of a paged text (pages joined by form feeds): among the first
 * and last PAGE_EDGE_LINES non-blank lines of each page, the lines that recur (digits aside)
 * at the edges of at least half of the pages, and of two pages at least; and the lines that
 * are only a page number. Text extractors may emit a footer before the body (drawing order),
 * so both edges of a page are looked at.
 */
function runningHeads(original: string, p1: Mapped, rawLines: RawLine[]): number[] {
  // The page of each raw line: count the form feeds before the line's first character.
  const feeds: number[] = [];
  for (let i = original.indexOf('\f'); i !== -1; i = original.indexOf('\f', i + 1)) feeds.push(i);
  if (feeds.length === 0) return [];
  const pages: number[][] = [[]];
  let f = 0;
  for (let k = 0; k < rawLines.length; k++) {
    const r = rawLines[k]!;
    const line = p1.text.slice(r.a, r.b).trim();
    if (line === '') continue;
    const at = p1.s[r.a]!;
    while (f < feeds.length && feeds[f]! < at) {
      f++;
      pages.push([]);
    }
    pages[pages.length - 1]!.push(k);
  }
  const lineText = (k: number): string => p1.text.slice(rawLines[k]!.a, rawLines[k]!.b).trim();
  const edges = pages.map((ks) =>
    ks.length <= 2 * PAGE_EDGE_LINES ? ks : [...ks.slice(0, PAGE_EDGE_LINES), ...ks.slice(-PAGE_EDGE_LINES)],
  );
  const onPages = new Map<string, Set<number>>();
  edges.forEach((ks, page) => {
    for (const k of ks) {
      const key = headKey(lineText(k));
      if (key.length === 0 || key.length > 120) continue;
      let set = onPages.get(key);
      if (!set) onPages.set(key, (set = new Set()));
      set.add(page);
    }
  });
  const withText = pages.filter((ks) => ks.length > 0).length;
  const need = Math.max(2, Math.ceil(withText / 2));
  const out: number[] = [];
  for (const ks of edges) {
    for (const k of ks) {
      const t = lineText(k);
      if (PAGE_NUMBER.test(t) || (onPages.get(headKey(t))?.size ?? 0) >= need) out.push(k);
    }
  }
  return out;
}

/** Normalize a text given as original source; the result maps into that text. */
export function normalizeMapped(text: string): Mapped {
  const p1 = normalizeChars(fromSource(text));
  const t = p1.text;
  const rawLines: RawLine[] = [];
  let a = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i === t.length || t.charCodeAt(i) === 10) {
      rawLines.push({ a, b: i });
      a = i + 1;
    }
  }
  const dropped = pageFurniture(text, p1, rawLines);
  const spaceRows = spaceTableRows(p1, rawLines, dropped);
  const tailRows = numberTailRows(p1, rawLines, dropped, spaceRows, spaceRows.size);
  for (const [no, row] of tailRows) spaceRows.set(no, row);
  const lines: Line[] = [];
  rawLines.forEach((r, no) => {
    if (dropped.has(no)) return;
    const row = spaceRows.get(no);
    if (row !== undefined) {
      const raw = t.slice(r.a, r.b).trim();
      lines.push({ m: row.m, kind: 'table', hardBreak: false, width: raw.length, raw, no, spaceTable: row.table });
      return;
    }
    const l = cleanLine(p1, r, no);
    if (l) lines.push(l);
  });
  // (the lines' texts gathered in a loop: a chained lines.map(...).join had this function's
  // optimised code fall back to the interpreter at the join on nearly every call)
  const texts: string[] = [];
  for (const l of lines) texts.push(l.m.text);
  const vocab = vocabulary(texts.join('\n'));
  let m = joinLines(p1, lines, rawLines, vocab);
  m = restoreCompounds(m, vocab);
  return m;
}

/** Plain-text helper for tests and tools: the normalized text only. */
export function normalizeText(text: string): string {
  return normalizeMapped(text).text;
}

export function normalize(doc: SourceDoc, _ctx: RunContext): NormalizedDoc {
  const m = compact(normalizeMapped(doc.text));
  return {
    source: doc,
    text: m.text,
    srcStart: m.s,
    srcEnd: m.e,
  };
}

