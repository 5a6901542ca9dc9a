/**
 * What a figure measures: a short phrase in the text's own words, found around the figure
 * in its sentence.
 *  - count: the counted noun and the phrase that qualifies it ("firms with
 *    Turkish capital");
 *  - "a $90 million loan": the noun phrase right after the figure;
 *  - "grain sales ($45 million)": the noun phrase before the bracket;
 *  - otherwise the subject of the clause before the figure, without its linking verb
 *    ("the value of imports from X to Y was $N million" -> "imports from X to Y");
 *  - a generic subject ("the figure", "the number") or none: the phrase of the clause
 *    before, or of the previous figure in the sentence.
 */

const MAX_WORDS = 12;

/** A rate period and what follows it ("a year in its first decade"). */
const RATE_TAIL = /\s+(?:(?:a|an|per|each|every)\s+(?:year|day|month|week|hour|annum)|annually|yearly|daily|monthly|weekly)\b[\s\S]*$/i;

const DURATION_UNITS = new Set(['year', 'day', 'month', 'week', 'hour', 'decade', 'minute', 'century']);
/** Units after which "of X" is not the measured substance ("5 percent of GDP" is, but reads badly). */
const NOT_SUBSTANCE = new Set(['percent', 'pp', 'times', 'count', 'year', 'day', 'month', 'week', 'hour', 'decade', 'minute', 'century', 'number']);

/** Trailing words removed from a subject before a figure (linking verbs, prepositions). */
const TRAILING = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would',
  'could', 'should', 'may', 'might', 'can', 'shall', 'must', 'amounted', 'amounts', 'amount',
  'to', 'by', 'at', 'of', 'from', 'reached', 'reach', 'reaches', 'totalled', 'totaled',
  'totals', 'total', 'totalling', 'totaling', 'stood', 'stands', 'increased', 'increase',
  'increases', 'grew', 'grown', 'rose', 'risen', 'fell', 'fallen', 'decreased', 'declined',
  'dropped', 'exceeded', 'exceeding', 'exceeds', 'worth', 'valued', 'estimated', 'already',
  'also', 'about', 'around', 'almost', 'nearly', 'over', 'more', 'than', 'less', 'some',
  'approximately', 'roughly', 'up', 'just', 'only', 'still', 'a', 'an', 'the', 'some',
  'numbering', 'number', 'comprising', 'consisting', 'including', 'least', 'as', 'much',
  'many', 'within', 'under', 'below', 'above', 'now', 'currently', 'today', 'reportedly',
  'expected', 'planned', 'projected', 'set', 'approved', 'has', 'hit', 'registered',
  'recorded', 'made', 'makes', 'make', 'account', 'accounted', 'accounts', 'for', 'been',
  'became', 'become', 'becomes', 'remain', 'remained', 'remains', 'constitute',
  'constituted', 'constitutes', 'with', 'and', 'in', 'on', 'between', 'doubled', 'tripled',
  'next', 'last', 'past', 'first', 'every', 'each', 'once', 'passed', 'passes', 'topped',
  'tops', 'surpassed', 'surpasses', 'crossed', 'attained', 'achieved', 'neared', 'nears',
  'approached', 'approaches', 'approaching', 'reaching', 'rising', 'falling', 'climbed',
  'climbs', 'climbing', 'jumped', 'soared', 'surged', 'slumped', 'shrank', 'expanded',
  'amounting', 'rises', 'falls', 'grows', 'reaches', 'stood', 'equalled', 'equaled',
  'equals', 'hovered', 'peaked', '\\',
]);

const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall']);

/** "In 2021", "In the first half of 2022,", "Since 2014": a time adverbial before a subject. */
const LEADING_TIME = /^(?:in|since|by|during|until|after|before|from|as of|at the end of|at the start of)\s+(?:[\p{L}-]+\s+){0,5}?(?:1[89]|20)\d\d(?:s|[-–/](?:1[89]|20)?\d\d)?\s*,?\s+(?=\S)/iu;

/** Leading words removed from a subject ("the volume of", "and", "while"). */
const LEADING = /^(?:(?:and|but|while|whereas|whilst|that|which|so|thus|then|also|meanwhile|moreover|however|today|currently|now|at present|at the moment|with|namely)\s+)*(?:(?:the|a|an|this|that|these|those|its|their)\s+)?(?:(?:total\s+)?(?:volume|value|amount|level|size|sum|number)\s+of\s+(?:the\s+)?)?/i;

const GENERIC = new Set(['figure', 'number', 'amount', 'total', 'it', 'this', 'that', 'they', 'which', 'sum', 'value', 'volume', 'level', 'rate', 'share', 'one', 'result', '']);

/** Words that end a noun phrase after a counted noun or after a figure. */
const NP_STOP = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could',
  'should', 'may', 'might', 'can', 'shall', 'must', 'and', 'or', 'but', 'while', 'which',
  'that', 'who', 'whom', 'whose', 'than', 'compared', 'since', 'because', 'although',
  'though', 'whereas', 'if', 'when', 'where', 'as', 'by', 'during', 'including', 'per',
  'operate', 'operates', 'operated', 'operating', 'work', 'works', 'worked', 'working',
  'signed', 'concluded', 'adopted', 'reached', 'took', 'take', 'taken', 'made', 'make',
  'sent', 'send', 'are', 'live', 'lives', 'lived', 'living', 'remain', 'remained', 'is',
]);

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

function clean(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:(—–-]+|[\s,;:(—–-]+$/g, '')
    .trim();
}

/** The subject phrase at the end of `left` (the clause text before the figure). */
export function subjectBefore(left: string): string {
  // the clause: after the last , ; : ( or dash, and after subordinating words
  let clause = left.replace(/^[\s\S]*[,;:(—–]\s*/, '');
  clause = clause.replace(/^[\s\S]*\b(?:that|which|who|whom|where|while|whereas|when|because|since|although|namely|after|before|until|unless|once)\s+/i, '');
  clause = clause.replace(/^[\s"'“”‘’«»]+/, '');
  let ws = words(clause);
  while (ws.length > 0 && TRAILING.has(ws[ws.length - 1]!.toLowerCase())) ws.pop();
  // "the road has carried", "the plant will produce": a verb after an auxiliary ends the subject
  if (ws.length >= 2 && AUXILIARIES.has(ws[ws.length - 2]!.toLowerCase())) {
    ws.pop();
    while (ws.length > 0 && TRAILING.has(ws[ws.length - 1]!.toLowerCase())) ws.pop();
  }
  if (ws.length > MAX_WORDS) ws = ws.slice(ws.length - MAX_WORDS);
  let phrase = ws.join(' ');
  // a leading time adverbial is no part of the subject: "In 2021 bilateral trade ..."
  phrase = phrase.replace(LEADING_TIME, '');
  phrase = phrase.replace(LEADING, '');
  return clean(phrase);
}

const TRAILING_DATE = /\s+(?:in|on|during|since|by|until)\s+(?:(?:early|late|mid|the)\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:1[89]|20)\d\d)\b[\s\S]*$/i;

/** A noun phrase at the start of `right` (after the figure), stopped at a verb or clause end. */
export function phraseAfter(right: string, maxWords = 8): string {
  const clause = right.replace(/[,;:.()!?—–][\s\S]*$/, '');
  const out: string[] = [];
  const ws = words(clause);
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    const lw = w.toLowerCase();
    // "between Poti and Batumi": the "and" of "between X and Y" stays in the phrase
    if (lw === 'and' && out.length >= 2 && out[out.length - 2]!.toLowerCase() === 'between' && k + 1 < ws.length) {
      out.push(w);
      continue;
    }
    if (out.length > 0 && (NP_STOP.has(lw) || /^\d/.test(lw))) break;
    if (out.length === 0 && NP_STOP.has(lw)) break;
    out.push(w);
    if (out.length >= maxWords) break;
  }
  // do not end on a preposition or article
  while (out.length > 0 && /^(of|in|on|at|to|for|with|from|the|a|an|into|between)$/i.test(out[out.length - 1]!)) out.pop();
  // nor on a date: "the war between X and Y in August"
  return clean(out.join(' ').replace(TRAILING_DATE, ''));
}

export function isGeneric(phrase: string): boolean {
  const ws = words(phrase.toLowerCase().replace(/[^\p{L}\p{N}\s'’-]/gu, ' '));
  if (ws.length === 0) return true;
  if (ws.length === 1 && (GENERIC.has(ws[0]!) || TRAILING.has(ws[0]!) || /ed$/.test(ws[0]!) || /^(for|in|on|at|to|of|with|by|from)$/.test(ws[0]!))) return true;
  // "higher than in 2019": a comparison, not a subject
  return /^(?:more|less|higher|lower|greater|fewer)\s+than\b/.test(ws.join(' '));
}

/** A phrase that starts with a preposition is no subject ("between 2017 and 2021"). */
const PREPOSITIONAL = /^(?:of|in|to|for|from|by|on|at|per|between|since|during|until|after|before|over)\b/i;

/** "year on year", "last year", "in the first half of 2021": a time phrase, not what is measured. */
export function isTimePhrase(phrase: string): boolean {
  const ws = words(phrase.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' '));
  if (ws.length === 0) return false;
  return ws.every((w) => TIME_WORDS.has(w) || /^(?:1[89]|20)\d\d$/.test(w) || /^\d{1,2}$/.test(w));
}

const TIME_WORDS = new Set([
  'year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks', 'quarter', 'half', 'on',
  'over', 'the', 'a', 'of', 'in', 'and', 'to', 'last', 'this', 'next', 'first', 'second',
  'third', 'fourth', 'same', 'period', 'between', 'since', 'from', 'until', 'by', 'during',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'early', 'late', 'mid', 'end', 'beginning', 'previous',
  'annual', 'annually', 'yearly', 'compared', 'with', 'against',
]);

export interface MeasureInput {
  /** Sentence text before the figure (from the sentence start or the previous figure's end). */
  left: string;
  /** The whole sentence text before the figure (for "(" and generic fallbacks). */
  sentenceLeft: string;
  /** Sentence text after the figure. */
  right: string;
  /** The figure's own text. */
  text: string;
  unit: string;
  rule: string;
  /** The measure of the previous figure in the same sentence, if any. */
  previous: string | null;
}

/** The measure of one figure, or null (never a bare time phrase or stray bracket). */
export function inferMeasure(m: MeasureInput): string | null {
  const raw = measureOf(m);
  if (raw === null) return null;
  let out = raw;
  // an unbalanced bracket at either end: "(TITR" / "TITR)"
  if ((out.match(/\(/g) ?? []).length !== (out.match(/\)/g) ?? []).length) out = clean(out.replace(/^[(\s]+|[)\s]+$/g, ''));
  if (out === '' || isTimePhrase(out)) return null;
  return out;
}

function measureOf(m: MeasureInput): string | null {
  const base = m.unit.split('/')[0]!;
  if (base === 'count' && m.rule === 'figures/count/noun') {
    // the counted noun is inside the figure text: drop the number words before it
    const noun = m.text.replace(/^[\s\S]*?(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen))(?:\s+(?:and|to|-|–)\s+[\d,.]+)*\s*(?:million|billion|thousand)?\s*/i, '');
    const tail = phraseAfter(m.right, 7);
    const joined = clean(tail && /^(of|in|with|from|between|on|at|for)\b/i.test(tail) ? `${noun} ${tail}` : noun);
    return joined || null;
  }
  if (base === 'count' && m.rule === 'figures/count/partitive') {
    const p = phraseAfter(m.right.replace(/^\s*(?:out\s+)?of\s+/i, ''), 8).replace(LEADING, '');
    return clean(p) || null;
  }
  if (m.rule === 'figures/ellipsis/inherit' && m.previous) {
    return m.previous;
  }
  // "a $90 million loan", "a $90 million a year flow of remittances"
  if (/\b(?:a|an|the)\s*$/i.test(m.left)) {
    const after = phraseAfter(m.right, 8);
    if (after && !/^(of|in|to|for|from|by|on|at|per)\b/i.test(after)) return after;
  }
  // "grain sales ($45 million)"
  if (/\(\s*$/.test(m.sentenceLeft)) {
    const before = subjectBefore(m.sentenceLeft.replace(/\(\s*$/, ''));
    if (!isGeneric(before)) return before;
  }
  // durations: "nine years of inactivity", "twenty years after the collapse of ..."
  if (DURATION_UNITS.has(base)) {
    const after = m.right.match(/^\s*(of|after|since|before)\s+([^,;:.()]+)/i);
    if (after) {
      const p = clean(phraseAfter(after[2]!, 6));
      if (p) return after[1]!.toLowerCase() === 'of' ? p : `${after[1]!.toLowerCase()} ${p}`;
    }
  }
  // quantities of a substance: "3 million barrels of crude", "4 bcm of Caspian gas"; a rate
  // period after the substance ("of freight a year") is no part of it
  if (!NOT_SUBSTANCE.has(base)) {
    const after = m.right.match(/^\s*of\s+([^,;:.()]+)/i);
    if (after) {
      const p = clean(phraseAfter(after[1]!.replace(RATE_TAIL, ''), 6));
      if (p && !/^(the|a|an|this|that|its|their)\b/i.test(p)) return p;
    }
  }
  let subj = subjectBefore(m.left);
  if (isGeneric(subj)) {
    // "..., and from Y to X, the figure was $N million": the parallel phrase of the clause before
    const prevClause = m.left.replace(/[,;:(]\s*[^,;:(]*$/, '');
    if (prevClause !== m.left) {
      const alt = subjectBefore(prevClause);
      const prep = alt.match(/^(from|to|of|in|for|between|with)\s/i)?.[1]?.toLowerCase();
      if (prep && m.previous) {
        // "exports from X to Y was $1m, and from Y to X, the figure was $2m": parallel phrase
        const at = m.previous.toLowerCase().indexOf(` ${prep} `);
        if (at > 0) return clean(`${m.previous.slice(0, at)} ${alt}`);
      }
      if (!isGeneric(alt) && !prep) subj = alt;
    }
  }
  if (isGeneric(subj) || PREPOSITIONAL.test(subj) || isTimePhrase(subj)) {
    if (m.previous) return m.previous;
    const after = m.right.match(/^\s*(?:of|in|for)\s+([^,;:.()]+)/i);
    if (after) return clean(phraseAfter(after[1]!, 6)) || null;
    return isGeneric(subj) || isTimePhrase(subj) ? null : subj;
  }
  return subj;
}
