/**
 * Learned TYPE step: a multinomial logistic model (resolve/linear.ts) over the rules' own type and
 * rule id plus the words around the row (trigger, its stem, the words after it, prepositional
 * objects, the quote, the words before), the kinds of its actors, the types of the other rows of
 * the sentence (the segment stage's, through sentences.ts), a money/quantity figure nearby, the
 * plan flag and the date's granularity.
 * A row's type changes only when the model's type is more probable than the rules' type by more
 * than a margin, one for rows of the trigger families and one for weakly typed rows (a fallback
 * or plan-complement rule that left "other"); both margins are chosen by leave-one-set-out
 * cross-validation (src/eval/train-types.ts). On that CV the trigger families' types are not
 * improved by any margin, so their margin is 1 (never): the model only names what the rules
 * could not. The model and margins are data: src/lexicon/models/types.ts (generated).
 */
import type { EventRow, EventType, ResolvedDoc } from '../core/types.js';
import { TYPES_MARGIN, TYPES_MARGIN_WEAK, TYPES_MODEL } from '../lexicon/models/types.js';
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
  const kindOf = new Map(doc.entities.map((e) => [e.name, e.kind] as const));
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
  /** For rows of the trigger families. */
  strong: number;
  /** For weakly typed rows (isWeakRow). */
  weak: number;
}

/** Decision of the model on one row: the type to give it (the rules' type unless the model is sure). */
export function decideType(model: LinearModel, margin: number, x: readonly string[], ruleType: EventType): EventType {
  if (model.classes.length === 0) return ruleType;
  const p = predictProba(model, x);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const cls = model.classes[best] as EventType;
  if (cls === ruleType) return ruleType;
  const ri = model.classes.indexOf(ruleType);
  const pr = ri < 0 ? 0 : p[ri]!;
  return p[best]! - pr > margin ? cls : ruleType;
}

/** The type of one row of a document under a model and margins. */
export function retypeRow(model: LinearModel, margins: TypeMargins, doc: ResolvedDoc, row: EventRow): EventType {
  const margin = isWeakRow(row) ? margins.weak : margins.strong;
  if (margin >= 1 || model.classes.length === 0) return row.type;
  return decideType(model, margin, typeFeatures(doc, row), row.type);
}

/** A retyping step with a given model and margins (the training script's cross-validation uses it). */
export function makeRetype(model: LinearModel, margins: TypeMargins): LearnedStep {
  return (doc) =>
    doc.events.map((row) => {
      const type = retypeRow(model, margins, doc, row);
      // (the rule id says the type came from the model: `…+learned/types`)
      return type === row.type ? row : { ...row, type, rule: `${row.rule}+${LEARNED_TYPE_RULE}` };
    });
}

/** Appended to the rule id of a row whose type the model chose. */
export const LEARNED_TYPE_RULE = 'learned/types';

/** The learned TYPE step with the committed model (src/lexicon/models/types.ts). */
export const retypeRows: LearnedStep = makeRetype(TYPES_MODEL, { strong: TYPES_MARGIN, weak: TYPES_MARGIN_WEAK });
