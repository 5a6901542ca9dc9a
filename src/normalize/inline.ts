/**
 * Inline clean-up of one line: markdown markup (links, autolinks, emphasis, escapes, simple
 * HTML tags) and footnote marks. Every edit deletes markup around kept text, so the words of
 * the line stay, in order, with their source offsets.
 *
 * Passes run in this order (each comment says why it must come where it is):
 */
import { type Mapped, keepRanges, replaceMatches } from './mapped.js';

type Group = [number, number] | undefined;

function groups(match: RegExpExecArray): Group[] {
  return (match.indices ?? []) as Group[];
}

/** Keep the given groups of a match (skipping absent ones). */
function keepGroups(match: RegExpExecArray, m: Mapped, ...gs: number[]): Mapped {
  const ind = groups(match);
  const ranges: [number, number][] = [];
  for (const g of gs) {
    const r = ind[g];
    if (r && r[1] > r[0]) ranges.push([r[0], r[1]]);
  }
  return keepRanges(m, ranges);
}

// 1. HTML footnote marks <sup>1</sup> (and <sup>[2]</sup>): gone entirely, before tags are stripped.
const SUP_NOTE = /<sup>\s*\[?[0-9a-z*†‡]{1,4}\]?\s*<\/sup>/dgi;
// 2. Simple inline HTML tags: the tag goes, its content stays.
const HTML_TAG = /<\/?(?:sup|sub|b|i|em|strong|u|span|small|mark|br|ins|del|s)\b[^<>]{0,200}?\/?>/dgi;
// 3. Autolinks <https://...>, <www...>, <name@host>: the brackets go, the address stays.
const AUTOLINK = /<((?:https?:\/\/|ftp:\/\/|mailto:|www\.)[^<>\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/dg;
// 4. Images ![alt](url) and links [text](url "title") / [text][ref]: the text stays.
//    Before emphasis, so that `*` or `_` inside a URL are never read as emphasis.
const IMAGE = /!\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/dg;
const LINK = /(?<!\\)\[((?:[^\[\]\n\\]|\\.|\[[^\[\]\n]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/dg;
const REF_LINK = /(?<!\\)\[([^\[\]\n^]+)\]\[[^\[\]\n]*\]/dg;
// 5. Markdown footnote references [^1].
const MD_NOTE = /\[\^[^\]\s]{1,20}\]/dg;
// 6. Emphasis: ** __ then * _ (strong first so `**x**` is not read as two `*`). The delimiters
//    must hug the text (no space inside) and not sit inside a word.
const STRONG = /(?<![\\\p{L}\p{N}*_])(\*\*|__)(?=[^\s*_])((?:(?!\1).)*?[^\s\\])\1(?![\p{L}\p{N}*_])/dgu;
const EMPH = /(?<![\\\p{L}\p{N}*_])([*_])(?=[^\s*_])((?:(?!\1).)*?[^\s\\*_]|[^\s\\*_])\1(?![\p{L}\p{N}*_])/dgu;
// 7. Backslash escapes \$ \* \_ \[ ...: the backslash goes (after emphasis, which skips escaped marks).
const ESCAPE = /\\([!-\/:-@\[-`{-~])/dg;
// 8. Footnote marks in extracted text: digits glued after sentence punctuation
//    ("relations.3 The") or to the end of a lower-case word ("cooperation12 and").
//    Not: decimals (2.5: a digit before the point), years ("in 2011."), units (km2: short words).
const NOTE_AFTER_PUNCT = /(?<=\p{Ll}\p{Ll}[.,;:!?]["'”’)]?)(\d{1,3})(?=\s+["“‘(]?\p{Lu}|\s*$)/dgu;
const NOTE_AFTER_WORD = /(?<=(?:^|[\s(“"‘])\p{Ll}{3,30})(\d{1,2})(?=[\s,;:.!?)”’]|$)/dgu;
const NOTE_AFTER_PUNCT_HINT = /[.,;:!?]["'”’)]?\d/;
const NOTE_AFTER_WORD_HINT = /\p{Ll}\d/u;
// Unicode superscript digits glued to a word or punctuation.
const SUPERSCRIPT = /(?<=[\p{L}.,;:!?"”’)])[¹²³⁰⁴⁵⁶⁷⁸⁹]+/dgu;

const dropAll = (): Mapped => ({ text: '', s: new Int32Array(0), e: new Int32Array(0) });

/** Strip markdown markup and HTML tags from one line. */
export function stripMarkup(line: Mapped): Mapped {
  let m = line;
  if (m.text.includes('<')) {
    m = replaceMatches(m, SUP_NOTE, dropAll);
    m = replaceMatches(m, HTML_TAG, dropAll);
    m = replaceMatches(m, AUTOLINK, (x, mm) => keepGroups(x, mm, 1));
  }
  if (m.text.includes('](')) {
    m = replaceMatches(m, IMAGE, (x, mm) => keepGroups(x, mm, 1));
    m = replaceMatches(m, LINK, (x, mm) => keepGroups(x, mm, 1));
  }
  if (m.text.includes('][')) m = replaceMatches(m, REF_LINK, (x, mm) => keepGroups(x, mm, 1));
  if (m.text.includes('[^')) m = replaceMatches(m, MD_NOTE, dropAll);
  if (m.text.includes('*') || m.text.includes('_')) {
    for (let k = 0; k < 3; k++) {
      const before = m.text;
      m = replaceMatches(m, STRONG, (x, mm) => keepGroups(x, mm, 2));
      m = replaceMatches(m, EMPH, (x, mm) => keepGroups(x, mm, 2));
      if (m.text === before) break;
    }
  }
  if (m.text.includes('\\')) m = replaceMatches(m, ESCAPE, (x, mm) => keepGroups(x, mm, 1));
  return m;
}

/** Remove footnote marks glued to words or punctuation. */
export function stripFootnoteMarks(line: Mapped): Mapped {
  let m = line;
  if (/\d/.test(m.text)) {
    // Each pattern's look-behind ends right before the digits with what these cheap tests look
    // for (punctuation, a lower-case letter): without it the pattern cannot match (speed only).
    if (NOTE_AFTER_PUNCT_HINT.test(m.text)) m = replaceMatches(m, NOTE_AFTER_PUNCT, dropAll);
    if (NOTE_AFTER_WORD_HINT.test(m.text)) m = replaceMatches(m, NOTE_AFTER_WORD, dropAll);
  }
  if (/[¹²³⁰⁴⁵⁶⁷⁸⁹]/.test(m.text)) m = replaceMatches(m, SUPERSCRIPT, dropAll);
  return m;
}
