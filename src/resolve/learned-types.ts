/**
 * Learned TYPE step: two multinomial logistic models (resolve/linear.ts) over the words around a
 * row (trigger, its stem, the words after it, prepositional objects, the words before, the
 * trigger's stem with its object's), the kinds of its actors and of the entities named in its
 * clause, numbers, percentages and money in the clause, the section heading above it, the types
 * of the other rows of the sentence (the segment stage's, through sentences.ts), a figure nearby,
 * the plan flag and the date's granularity. The full model also reads the rules' own type, rule
 * id and trigger lexicon weight; the words-only model does not.
 * A row of the trigger families changes type only when the full model prefers another type over
 * the rules' by more than a margin, the words-only model names the same type by its own margin,
 * and that type is not "other" (the models may say which specific type a happening is, never
 * that the lexicon's word named none). A weakly typed row (a fallback or plan-complement rule
 * that left "other") needs the full model alone, by its margin. The margins are chosen by
 * leave-one-set-out cross-validation on the UNTUNED sets' type accuracy, with the tuned sets'
 * not falling (src/eval/train-types.ts). The models and margins are data:
 * src/lexicon/models/types.ts (generated).
 */
import { overlapping } from '../core/search.js';
import type { EventRow, EventType, ResolvedDoc } from '../core/types.js';
import {
  TYPES_MARGIN,
  TYPES_MARGIN_WEAK,
  TYPES_MARGIN_WORDS,
  TYPES_MODEL,
  TYPES_WORDS_MODEL,
} from '../lexicon/models/types.js';
import { TRIGGERS } from '../lexicon/triggers.js';
import type { LearnedStep } from './learned.js';
import { predictProba, type LinearModel } from './linear.js';
import { sentencesOver } from './sentences.js';

/** The SCHEMA's event types (the model's classes, in this order). */
export const EVENT_TYPES: EventType[] = [
  'agreement',
  'diplomatic',
  'economic',
  'establishment',
  'meeting',
  'opening',
  'other',
  'political',
  'security',
  'statement',
  'visit',
];

const STOP = new Set(
  (
    'a an the of and or to in on at by for with from as into onto over under about after before during ' +
    'its it this that these those their his her our was were is are be been being has have had will would ' +
    'shall should can could may might not no also which who whom whose than then there here both each ' +
    'other such same all any some more most very so but if while when where what how up out off per via ' +
    'they them he she we us i you one two three four five six seven eight nine ten first second third'
  ).split(' '),
);

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/** Lowercased words of a text, in order; with `common`, a capitalized word (a name) becomes "CAP". */
function words(text: string, common = false): string[] {
  return (text.match(WORD) ?? []).map((w) =>
    common && /^\p{Lu}/u.test(w) ? 'CAP' : w.toLowerCase().replace(/['’]s$/, ''),
  );
}

const PREPS = new Set(['at', 'during', 'in', 'on', 'with', 'for', 'to', 'by', 'from', 'of', 'after', 'into', 'between']);

const content = (w: string): boolean => !STOP.has(w) && w.length > 1;

/** A crude stem: strips common inflections and nominal suffixes ("signing", "signed" → "sign"). */
export function stem(w: string): string {
  let s = w;
  for (const suf of ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ies', 'ied', 'ed', 'es', 's']) {
    if (s.length - suf.length >= 3 && s.endsWith(suf)) {
      s = s.slice(0, s.length - suf.length);
      if (suf === 'ies' || suf === 'ied') s += 'y';
      break;
    }
  }
  if (/([bdgmnprt])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

const FIGURE_NEAR = /(\$|€|£|\b(?:usd|eur|million|billion|trillion|tons?|tonnes?|barrels?|bcm|mcm|percent|per cent|%)\b)/i;

/** The trigger lexicon's weight of each rule id (1: a generic word ... 3: an unambiguous phrase). */
const TRIGGER_WEIGHT = new Map(TRIGGERS.map((t) => [t.id, t.weight] as const));

/** Each entity's kind by name, once per document. */
const kindCache = new WeakMap<object, Map<string, string>>();
function kindsOf(doc: ResolvedDoc): Map<string, string> {
  let out = kindCache.get(doc.entities);
  if (!out) {
    out = new Map(doc.entities.map((e) => [e.name, e.kind] as const));
    kindCache.set(doc.entities, out);
  }
  return out;
}

/**
 * The section headings of a text: short lines standing alone (a markdown "#" line, or a line of
 * at most 80 characters without a final period between blank lines or at the top). Cached.
 */
const headingCache = new WeakMap<object, { start: number; end: number }[]>();
export function headingsOf(text: string, key: object): { start: number; end: number }[] {
  let out = headingCache.get(key);
  if (out) return out;
  out = [];
  const lines: { start: number; end: number }[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push({ start: s, end: e });
    s = e + 1;
  }
  const blank = (i: number): boolean => i < 0 || i >= lines.length || text.slice(lines[i]!.start, lines[i]!.end).trim() === '';
  lines.forEach((l, i) => {
    const t = text.slice(l.start, l.end).trim();
    if (!t || !/\p{L}/u.test(t)) return;
    if (/^#{1,6}\s/.test(t) || (t.length <= 80 && !/[.:;,]$/.test(t) && blank(i - 1) && blank(i + 1) && !t.startsWith('|'))) {
      out!.push(l);
    }
  });
  headingCache.set(key, out);
  return out;
}

/** Feature groups that read the clause: entity kinds, numbers, the section heading. */
const PERCENT = /(%|\bper ?cent\b|\bpercent\b)/i;
const MONEY = /([$€£¥₼]|\b(?:usd|eur|dollars?|euros?|manats?|roubles?|rubles?|tenge|soms?|yuan)\b)/i;
const NUMBER = /\b\d[\d,.]*\b/g;

export interface TypeFeatureOptions {
  /** Leave out the rules' own type and rule ids (the words alone). */
  noRules?: boolean;
}

/** The model's features for one row of a document (general: words, rules, kinds; no names of files). */
export function typeFeatures(doc: ResolvedDoc, row: EventRow, opts: TypeFeatureOptions = {}): string[] {
  const text = doc.source.text;
  const f: string[] = [];
  if (!opts.noRules) {
    f.push(`rt=${row.type}`);
    const [ev, dr] = row.rule.split('+');
    if (ev) {
      f.push(`rule=${ev}`);
      f.push(`rfam=${ev.split('/').slice(0, 2).join('/')}`);
    }
    if (dr) f.push(`drule=${dr.split('/').slice(0, 2).join('/')}`);
  }
  // trigger
  const trig = row.trigger.toLowerCase().replace(/\s+/g, ' ').trim();
  const tws = words(trig);
  if (trig) f.push(`tw=${trig}`);
  for (const w of tws) {
    f.push(`tk=${w}`, `ts=${stem(w)}`);
  }
  const head = tws[tws.length - 1];
  if (head) {
    f.push(`thead=${stem(head)}`);
    if (head.length > 4) f.push(`tsuf=${head.slice(-3)}`);
  }
  // where the trigger sits: in the quote when it is there, else at the span
  const lowQuote = row.quote.toLowerCase();
  const tAt = trig ? lowQuote.indexOf(trig) : -1;
  let tStart: number;
  let tEnd: number;
  if (tAt >= 0) {
    tStart = row.span.start + tAt;
    tEnd = tStart + trig.length;
  } else {
    const sent0 = sentencesOver(doc, row.span);
    const within = trig ? text.slice(sent0.start, sent0.end).toLowerCase().indexOf(trig) : -1;
    tStart = within >= 0 ? sent0.start + within : row.span.start;
    tEnd = within >= 0 ? tStart + trig.length : row.span.end;
    f.push('trig-outside-quote');
  }
  const sent = sentencesOver(doc, { start: Math.min(tStart, row.span.start), end: Math.max(tEnd, row.span.end) });
  // object: the next content words after the trigger
  const afterAll = words(text.slice(tEnd, Math.min(sent.end, tEnd + 120)), true);
  const after = afterAll.filter((w) => w !== 'CAP' && content(w)).slice(0, 4);
  after.forEach((w, i) => {
    f.push(`ob=${stem(w)}`);
    if (i === 0) {
      f.push(`ob1=${stem(w)}`);
      if (!opts.noRules) f.push(`rtob1=${row.type}>${stem(w)}`);
    }
  });
  // a preposition after the trigger and the first content word after it ("at the forum", "during a visit")
  for (let i = 0; i < Math.min(afterAll.length, 8); i++) {
    if (!PREPS.has(afterAll[i]!)) continue;
    const obj = afterAll.slice(i + 1, i + 4).find((w) => w !== 'CAP' && content(w));
    if (!obj) continue;
    f.push(`pp=${afterAll[i]}>${stem(obj)}`);
    if (!opts.noRules) f.push(`rtpp=${row.type}>${afterAll[i]}>${stem(obj)}`);
  }
  const before = words(text.slice(Math.max(sent.start, tStart - 80), tStart), true)
    .filter((w) => w !== 'CAP' && content(w))
    .slice(-3);
  for (const w of before) f.push(`bf=${stem(w)}`);
  // the quote's words
  for (const w of new Set(words(row.quote, true).filter((w) => w !== 'CAP' && content(w)))) f.push(`q=${stem(w)}`);
  // words of the sentence near the trigger (±60 characters)
  const near = words(text.slice(Math.max(sent.start, tStart - 60), Math.min(sent.end, tEnd + 60)), true).filter(
    (w) => w !== 'CAP' && content(w),
  );
  for (const w of new Set(near)) f.push(`nw=${stem(w)}`);
  // actors' kinds
  const kindOf = kindsOf(doc);
  const kinds = new Set(row.actors.map((a) => kindOf.get(a) ?? 'unknown'));
  for (const k of kinds) f.push(`ak=${k}`);
  f.push(`nact=${Math.min(row.actors.length, 3)}`);
  if (row.where) f.push('where');
  // a money or quantity figure nearby
  const sentText = text.slice(sent.start, sent.end);
  const figs = doc.figures.filter((g) => g.span.start < sent.end && sent.start < g.span.end);
  for (const u of new Set(figs.map((g) => g.unit))) f.push(`fig=${u}`);
  if (FIGURE_NEAR.test(sentText)) f.push('fig-word');
  // plan, date, state
  if (row.planned) f.push('planned');
  f.push(`gran=${row.date.granularity}`);
  if (row.date.inferred) f.push('inferred');
  if (row.state) f.push(`state=${row.state}`);
  // the other rows of the sentence: what else the rules saw happen there
  for (const o of doc.events) {
    if (o === row || o.span.end <= sent.start || o.span.start >= sent.end) continue;
    f.push(`sib=${o.type}`);
  }
  if (sentText.includes('"') || sentText.includes('“')) f.push('quoted');
  // the trigger lexicon's weight (generic words are 1): how much the rules' type can be trusted
  const ev0 = row.rule.split('+')[0] ?? '';
  const tw8 = TRIGGER_WEIGHT.get(ev0);
  if (!opts.noRules) {
    f.push(`w8=${tw8 ?? 'none'}`);
    f.push(`rtw8=${row.type}>${tw8 ?? 'none'}`);
  }
  // the clause: from the last clause break before the trigger to the next after it (within the sentence)
  const cl0 = Math.max(sent.start, tStart - 100);
  const cl1 = Math.min(sent.end, tEnd + 100);
  const pre = text.slice(cl0, tStart);
  const brk = Math.max(pre.lastIndexOf(';'), pre.lastIndexOf(' but '), pre.lastIndexOf(' while '));
  const cStart = brk >= 0 ? cl0 + brk + 1 : cl0;
  const post = text.slice(tEnd, cl1);
  const nb = [post.indexOf(';'), post.indexOf(' but '), post.indexOf(' while ')].filter((i) => i >= 0);
  const cEnd = nb.length ? tEnd + Math.min(...nb) : cl1;
  const ckinds = new Set<string>();
  for (const m of overlapping(doc.mentions, { start: cStart, end: cEnd })) ckinds.add(kindOf.get(m.entity) ?? 'unknown');
  for (const k of ckinds) {
    f.push(`ck=${k}`);
    if (!opts.noRules) f.push(`rtck=${row.type}>${k}`);
  }
  if (ckinds.size === 0) f.push('ck=none');
  const clause = text.slice(cStart, cEnd);
  const nums = (clause.match(NUMBER) ?? []).filter((n) => !/^(1[89]|20)\d\d$/.test(n));
  if (nums.length) f.push('nm=num');
  if (PERCENT.test(clause)) f.push('nm=pct');
  if (MONEY.test(clause)) f.push('nm=money');
  if (nums.length && !opts.noRules) f.push(`rtnm=${row.type}`);
  // the section heading above the row
  const heads = headingsOf(text, doc.source);
  let h: { start: number; end: number } | undefined;
  for (const x of heads) {
    if (x.end > sent.start) break;
    h = x;
  }
  if (h) for (const w of new Set(words(text.slice(h.start, h.end)).filter(content))) f.push(`hd=${stem(w)}`);
  // the trigger's stem with its object's
  if (head && after[0]) f.push(`tob=${stem(head)}>${stem(after[0])}`);
  return f;
}

/**
 * Rows the rules type weakly: a fallback rule (a dated verb no trigger family knows) or a plan
 * complement left the default type "other": the rules did not know what happened. The model
 * needs less margin to retype them.
 */
export function isWeakRow(row: EventRow): boolean {
  return row.type === 'other' && /^events\/(fallback|plan)\//.test(row.rule);
}

/** The margins: how much more probable the model's type must be than the rules' type. */
export interface TypeMargins {
  /** For rows of the trigger families (1 or more: never). */
  strong: number;
  /** For weakly typed rows (isWeakRow). */
  weak: number;
  /**
   * With a words-only model: for a row of the trigger families, that model (which never sees the
   * rules' type or rule id) must name the same type, by this margin over the rules' type too.
   */
  words?: number;
}

const argmax = (p: readonly number[]): number => {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return best;
};

/**
 * The decision from the models' class probabilities (in `classes` order): the model's most
 * probable type replaces the rules' type when it is more probable than the rules' type by more
 * than `margin`. With `words` (the words-only model's probabilities, for a row of the trigger
 * families), that model must name the same type by more than `wordsMargin`, and the new type is
 * never "other" (the models may say which specific type a happening is, not that the lexicon's
 * word named no type at all).
 */
export function chooseType(
  classes: readonly string[],
  p: readonly number[],
  ruleType: EventType,
  margin: number,
  words?: { p: readonly number[]; margin: number },
): EventType {
  if (classes.length === 0 || margin >= 1) return ruleType;
  const best = argmax(p);
  const cls = classes[best] as EventType;
  if (cls === ruleType) return ruleType;
  const ri = classes.indexOf(ruleType);
  if (!(p[best]! - (ri < 0 ? 0 : p[ri]!) > margin)) return ruleType;
  if (!words) return cls;
  if (cls === 'other' || words.p.length !== classes.length) return ruleType;
  const wb = argmax(words.p);
  if (wb !== best) return ruleType;
  return words.p[wb]! - (ri < 0 ? 0 : words.p[ri]!) > words.margin ? cls : ruleType;
}

/** Decision of the model on one row: the type to give it (the rules' type unless the model is sure). */
export function decideType(model: LinearModel, margin: number, x: readonly string[], ruleType: EventType): EventType {
  if (model.classes.length === 0) return ruleType;
  return chooseType(model.classes, predictProba(model, x), ruleType, margin);
}

/**
 * Decision on a row of the trigger families, where the rules named a type from their lexicon:
 * the full model must prefer another type by `margin`, and the words-only model (same classes)
 * must agree by `wordsMargin` (chooseType).
 */
export function decideStrongType(
  model: LinearModel,
  words: LinearModel,
  margin: number,
  wordsMargin: number,
  x: readonly string[],
  xWords: readonly string[],
  ruleType: EventType,
): EventType {
  if (model.classes.length === 0 || words.classes.join() !== model.classes.join()) return ruleType;
  return chooseType(model.classes, predictProba(model, x), ruleType, margin, {
    p: predictProba(words, xWords),
    margin: wordsMargin,
  });
}

/**
 * The type of one row of a document under a model and margins. With a words-only model and
 * margins.words, a row of the trigger families needs both models' agreement (decideStrongType).
 */
export function retypeRow(
  model: LinearModel,
  margins: TypeMargins,
  doc: ResolvedDoc,
  row: EventRow,
  words?: LinearModel,
): EventType {
  const weak = isWeakRow(row);
  const margin = weak ? margins.weak : margins.strong;
  if (margin >= 1 || model.classes.length === 0) return row.type;
  if (weak || !words || margins.words === undefined) return decideType(model, margin, typeFeatures(doc, row), row.type);
  const x = typeFeatures(doc, row);
  return decideStrongType(model, words, margin, margins.words, x, withoutRules(x), row.type);
}

/** The features that read the rules' type, rule ids or trigger weight (left out by `noRules`). */
const RULE_FEATURE = /^(?:rt|rule|rfam|drule|rtob1|rtpp|w8|rtw8|rtck|rtnm)=/;

/** typeFeatures(doc, row, { noRules: true }) from typeFeatures(doc, row), without computing it again. */
export function withoutRules(features: readonly string[]): string[] {
  return features.filter((f) => !RULE_FEATURE.test(f));
}

/** A retyping step with a given model, margins and words-only model (the training script's cross-validation uses it). */
export function makeRetype(model: LinearModel, margins: TypeMargins, words?: LinearModel): LearnedStep {
  return (doc) =>
    doc.events.map((row) => {
      const type = retypeRow(model, margins, doc, row, words);
      // (the rule id says the type came from the model: `…+learned/types`)
      return type === row.type ? row : { ...row, type, rule: `${row.rule}+${LEARNED_TYPE_RULE}` };
    });
}

/** Appended to the rule id of a row whose type the model chose. */
export const LEARNED_TYPE_RULE = 'learned/types';

/** The learned TYPE step with the committed model (src/lexicon/models/types.ts). */
export const retypeRows: LearnedStep = makeRetype(
  TYPES_MODEL,
  { strong: TYPES_MARGIN, weak: TYPES_MARGIN_WEAK, words: TYPES_MARGIN_WORDS },
  TYPES_WORDS_MODEL,
);
