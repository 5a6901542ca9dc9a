/**
 * Sentence boundaries inside one paragraph line (normalized text: no line breaks inside).
 *
 * A sentence ends at . ! ? or … (with any closing quotes or brackets after it) when whitespace
 * follows and the next sentence starts like one (a capital, a digit, an opening quote or
 * bracket). A period does not end a sentence after a known abbreviation ("Dr.", "e.g.", "No. 5",
 * "U.S."), an initial ("J. Smith"), or when what precedes is only a list number ("1.").
 */
import type { Span } from '../core/types.js';

/** Abbreviations after which a period never ends a sentence (lower-cased, without the final dot). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st mt ft jr sr rev hon gen col lt sgt capt cmdr adm gov sen rep pres amb ' +
    'e.g i.e cf vs viz al approx est ca inc ltd co corp bros dept univ assn eq ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u u.s.a p.m a.m ph.d ' +
    'eds op'
  ).split(' '),
);

/** Abbreviations that stay attached only when a number follows ("No. 5", "Art. 3"). */
const BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'arts', 'sec', 'para', 'p', 'pp', 'vol', 'vols', 'ch', 'fig', 'figs', 'ed']);

/** Abbreviations that end a sentence when a capitalised word follows ("... and so on etc. The"). */
const MAY_END = new Set(['etc']);

const OPENERS = /["“‘'(\[]/;

function startsSentence(s: string, at: number): boolean {
  let k = at;
  while (k < s.length && OPENERS.test(s[k]!)) k++;
  const c = s[k];
  if (c === undefined) return false;
  return /\p{Lu}|\p{N}/u.test(c);
}

/** Word (letters, digits, inner dots) just before position `dot` (the terminal period). */
function wordBefore(s: string, dot: number): string {
  let k = dot;
  while (k > 0 && /[\p{L}\p{N}.]/u.test(s[k - 1]!)) k--;
  return s.slice(k, dot);
}

function isAbbreviationStop(s: string, dot: number, next: number): boolean {
  const word = wordBefore(s, dot);
  if (word === '') return false;
  const lower = word.toLowerCase().replace(/^\.+/, '');
  const nextIsNumber = /\p{N}/u.test(s[next] ?? '');
  if (BEFORE_NUMBER.has(lower)) return nextIsNumber;
  if (MAY_END.has(lower)) return false;
  if (ABBREVIATIONS.has(lower)) return true;
  // An initial: one capital letter ("J. Smith"), or dotted letters ("U.S.A.", "A.B.").
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/**
 * Sentence spans of `text` (absolute offsets, adding `base`), trimmed of surrounding spaces.
 * Text without any boundary is one sentence.
 */
export function splitSentences(text: string, base = 0): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: base + a, end: base + b });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Take the whole run of terminal marks and closing quotes/brackets.
    let j = i + 1;
    while (j < text.length && /[.!?…]/.test(text[j]!)) j++;
    while (j < text.length && /["'”’)\]]/.test(text[j]!)) j++;
    if (j >= text.length || !/\s/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length) break;
    const isPeriod = c === '.' && j === i + 1;
    if (!startsSentence(text, k)) {
      i = j - 1;
      continue;
    }
    if (isPeriod) {
      if (isAbbreviationStop(text, i, k)) {
        i = j - 1;
        continue;
      }
      // "1. The first item": only a list number so far.
      if (/^\s*(?:\p{N}{1,3}|[a-z]|[ivx]{1,4})$/u.test(text.slice(start, i))) {
        i = j - 1;
        continue;
      }
    }
    push(start, j);
    start = k;
    i = k - 1;
  }
  push(start, text.length);
  return out;
}
