/**
 * Scoring of exported events and figures against gold annotations, following
 * ../shared/gold/SCHEMA.md ("How a prediction is matched to a gold item").
 *
 * Pure functions except loadGold (reads the gold folder).
 *
 * - Gold span: the first occurrence of the gold quote in the source text.
 * - Events: same source, spans overlap, dates agree. strict: same ISO value or the same
 *   interval; lenient: the two day intervals overlap. One-to-one, closest spans first.
 *   Precision counts every exported event of the annotated source.
 * - Type accuracy and actor F1 are computed over the LENIENT matched pairs.
 * - Figures: same source, spans overlap, unit equal, value within 0.5% (a range: both ends).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansOverlap } from '../core/span.js';
import type { EventRow, FigureRow, Span } from '../core/types.js';
import { actorKey } from '../lexicon/gazetteer.js';

// ------------------------------------------------------------------ gold types

export interface GoldEvent {
  id: string;
  quote: string;
  date: string;
  type: string;
  actors: string[];
  where: string | null;
  planned?: boolean;
  inferred?: boolean;
  note?: string;
}

export interface GoldFigure {
  id: string;
  quote: string;
  value: number | [number, number];
  unit: string;
  approx: string | null;
  measure: string | null;
  date: string | null;
  entities: string[];
  note?: string;
}

export interface GoldDoc {
  source: string;
  published: string | null;
  events: GoldEvent[];
  figures: GoldFigure[];
}

/** Reads every *.json of a gold folder (sorted by name). [] when the folder is missing. */
export function loadGold(dir: string): GoldDoc[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const docs: GoldDoc[] = [];
  for (const f of files) {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Partial<GoldDoc>;
    if (typeof raw.source !== 'string') continue;
    docs.push({
      source: raw.source,
      published: raw.published ?? null,
      events: Array.isArray(raw.events) ? raw.events : [],
      figures: Array.isArray(raw.figures) ? raw.figures : [],
    });
  }
  return docs;
}

// ------------------------------------------------------------------ score types

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface MatchedPair<G, P> {
  gold: G;
  pred: P;
}

export interface EventScore {
  kind: 'events';
  /** Source file name(s) scored ("*" after summing). */
  source: string;
  strict: PRF;
  lenient: PRF;
  /** Over lenient matched pairs. */
  type: { correct: number; total: number; accuracy: number };
  /** Micro actor F1 over lenient matched pairs (canonical names, case/accents/punctuation ignored). */
  actors: PRF;
  /** Gold events with no lenient match. */
  missed: GoldEvent[];
  /** Exported events with no lenient match. */
  falsePositives: EventRow[];
  /** Gold events whose quote is not in the source text (cannot be matched). */
  unlocated: GoldEvent[];
  /** Lenient pairs (for debugging prints). */
  pairs: MatchedPair<GoldEvent, EventRow>[];
}

export interface FigureScore {
  kind: 'figures';
  source: string;
  figures: PRF;
  missed: GoldFigure[];
  falsePositives: FigureRow[];
  unlocated: GoldFigure[];
  pairs: MatchedPair<GoldFigure, FigureRow>[];
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

// ------------------------------------------------------------------ dates as intervals

export interface DayInterval {
  start: string;
  end: string;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthInterval(y: number, m1: number, m2: number): DayInterval {
  // m2 may exceed 12 (winter running into the next year)
  const ey = y + Math.floor((m2 - 1) / 12);
  const em = ((m2 - 1) % 12) + 1;
  return { start: `${pad(y, 4)}-${pad(m1)}-01`, end: `${pad(ey, 4)}-${pad(em)}-${pad(daysInMonth(ey, em))}` };
}

const SEASONS: Record<string, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  // winter of YYYY: December of YYYY to February of YYYY+1
  WI: [12, 14],
};

/**
 * The day interval of one ISO value (not a range): YYYY-MM-DD, YYYY-MM, YYYY, YYYY-SP|SU|FA|WI,
 * YYYY-H1|H2, YYYY-Q1..Q4, 199X (decade), 19XX (century). null when it cannot be placed.
 */
function singleInterval(v: string): DayInterval | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v))) {
    const d = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: d, end: d };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const y = +m[1]!;
    const mo = +m[2]!;
    if (mo < 1 || mo > 12) return null;
    return monthInterval(y, mo, mo);
  }
  if ((m = /^(\d{4})$/.exec(v))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) {
    const [a, b] = SEASONS[m[2]!]!;
    return monthInterval(+m[1]!, a, b);
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const h = +m[2]!;
    return monthInterval(+m[1]!, h === 1 ? 1 : 7, h === 1 ? 6 : 12);
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const q = +m[2]!;
    return monthInterval(+m[1]!, 3 * q - 2, 3 * q);
  }
  if ((m = /^(\d{3})X$/.exec(v))) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  if ((m = /^(\d{2})XX$/.exec(v))) return { start: `${m[1]}00-01-01`, end: `${m[1]}99-12-31` };
  return null;
}

/** Day interval of an ISO value, including ranges START/END. null when it cannot be placed. */
export function isoToInterval(value: string): DayInterval | null {
  const v = value.trim();
  const slash = v.indexOf('/');
  if (slash >= 0) {
    const a = singleInterval(v.slice(0, slash));
    const b = singleInterval(v.slice(slash + 1));
    if (!a || !b) return null;
    return { start: a.start, end: b.end };
  }
  return singleInterval(v);
}

function predInterval(row: EventRow): DayInterval | null {
  const d = row.date;
  if (!d) return null;
  if (typeof d.start === 'string' && typeof d.end === 'string' && d.start && d.end) {
    return { start: d.start, end: d.end };
  }
  return typeof d.value === 'string' ? isoToInterval(d.value) : null;
}

export function datesAgree(row: EventRow, gold: string, mode: 'strict' | 'lenient'): boolean {
  const pv = row.date?.value;
  if (typeof pv === 'string' && pv === gold) return true;
  const g = isoToInterval(gold);
  const p = predInterval(row);
  if (!g || !p) return false;
  if (mode === 'strict') return g.start === p.start && g.end === p.end;
  return p.start <= g.end && g.start <= p.end;
}

// ------------------------------------------------------------------ names

/** Canonical name key: case, accents, punctuation and spaces ignored; Turkey = Türkiye. */
export const nameKey = actorKey;

// ------------------------------------------------------------------ matching


function spanDistance(a: Span, b: Span): number {
  return Math.abs(a.start - b.start) + Math.abs(a.end - b.end);
}

/** Gold span: the first occurrence of the quote in the source text; null if absent. */
export function goldSpan(quote: string, sourceText: string): Span | null {
  if (!quote) return null;
  const i = sourceText.indexOf(quote);
  return i < 0 ? null : { start: i, end: i + quote.length };
}

export interface Located<G> {
  gold: G;
  span: Span;
}

/**
 * One-to-one greedy matching, closest spans first. Ties (two gold items with one quote, or
 * two predictions at one distance) go first to the pairs that `prefer` accepts (for events:
 * the same type), then by gold order, then prediction order.
 * Returns the index of the prediction matched to each gold item (-1 when none).
 */
export function matchOneToOne<G, P extends { span: Span }>(
  golds: Located<G>[],
  preds: P[],
  ok: (g: G, p: P) => boolean,
  prefer: (g: G, p: P) => boolean = () => false,
): number[] {
  const cands: { gi: number; pi: number; d: number; pref: number }[] = [];
  golds.forEach((g, gi) => {
    preds.forEach((p, pi) => {
      if (p.span && spansOverlap(g.span, p.span) && ok(g.gold, p)) {
        cands.push({ gi, pi, d: spanDistance(g.span, p.span), pref: prefer(g.gold, p) ? 0 : 1 });
      }
    });
  });
  cands.sort((a, b) => a.d - b.d || a.pref - b.pref || a.gi - b.gi || a.pi - b.pi);
  const gTaken = golds.map(() => -1);
  const pTaken = new Set<number>();
  for (const c of cands) {
    if (gTaken[c.gi] !== -1 || pTaken.has(c.pi)) continue;
    gTaken[c.gi] = c.pi;
    pTaken.add(c.pi);
  }
  return gTaken;
}

function locate<G extends { quote: string }>(items: G[], text: string): { located: Located<G>[]; unlocated: G[] } {
  const located: Located<G>[] = [];
  const unlocated: G[] = [];
  for (const g of items) {
    const span = goldSpan(g.quote, text);
    if (span) located.push({ gold: g, span });
    else unlocated.push(g);
  }
  return { located, unlocated };
}

export function scoreEvents(rows: EventRow[], gold: GoldDoc, sourceText: string): EventScore {
  const preds = rows.filter((r) => r.source === gold.source);
  const { located, unlocated } = locate(gold.events, sourceText);
  const nGold = gold.events.length;

  const sameType = (g: GoldEvent, p: EventRow): boolean => p.type === g.type;
  const strictIdx = matchOneToOne(located, preds, (g, p) => datesAgree(p, g.date, 'strict'), sameType);
  const strictTp = strictIdx.filter((i) => i >= 0).length;

  const lenIdx = matchOneToOne(located, preds, (g, p) => datesAgree(p, g.date, 'lenient'), sameType);
  const pairs: MatchedPair<GoldEvent, EventRow>[] = [];
  const missed: GoldEvent[] = [...unlocated];
  const used = new Set<number>();
  lenIdx.forEach((pi, gi) => {
    if (pi >= 0) {
      pairs.push({ gold: located[gi]!.gold, pred: preds[pi]! });
      used.add(pi);
    } else missed.push(located[gi]!.gold);
  });
  const lenTp = pairs.length;
  const falsePositives = preds.filter((_, i) => !used.has(i));

  let correct = 0;
  let atp = 0;
  let afp = 0;
  let afn = 0;
  for (const { gold: g, pred: p } of pairs) {
    if (p.type === g.type) correct++;
    const gs = new Set((g.actors ?? []).map(nameKey));
    const ps = new Set((p.actors ?? []).map(nameKey));
    for (const a of ps) if (gs.has(a)) atp++;
    else afp++;
    for (const a of gs) if (!ps.has(a)) afn++;
  }

  return {
    kind: 'events',
    source: gold.source,
    strict: prf(strictTp, preds.length - strictTp, nGold - strictTp),
    lenient: prf(lenTp, preds.length - lenTp, nGold - lenTp),
    type: { correct, total: pairs.length, accuracy: pairs.length ? correct / pairs.length : 0 },
    actors: prf(atp, afp, afn),
    missed,
    falsePositives,
    unlocated,
    pairs,
  };
}

function closeEnough(p: number, g: number): boolean {
  if (!Number.isFinite(p) || !Number.isFinite(g)) return false;
  if (g === 0) return p === 0;
  return Math.abs(p - g) <= 0.005 * Math.abs(g);
}

export function figureValuesAgree(p: number | [number, number], g: number | [number, number]): boolean {
  if (Array.isArray(g)) {
    return Array.isArray(p) && p.length === 2 && closeEnough(p[0], g[0]) && closeEnough(p[1], g[1]);
  }
  if (Array.isArray(p)) return false;
  return closeEnough(p, g);
}

export function scoreFigures(rows: FigureRow[], gold: GoldDoc, sourceText: string): FigureScore {
  const preds = rows.filter((r) => r.source === gold.source);
  const { located, unlocated } = locate(gold.figures, sourceText);
  const idx = matchOneToOne(
    located,
    preds,
    (g, p) => (p.unit ?? '').trim() === (g.unit ?? '').trim() && figureValuesAgree(p.value, g.value),
  );
  const pairs: MatchedPair<GoldFigure, FigureRow>[] = [];
  const missed: GoldFigure[] = [...unlocated];
  const used = new Set<number>();
  idx.forEach((pi, gi) => {
    if (pi >= 0) {
      pairs.push({ gold: located[gi]!.gold, pred: preds[pi]! });
      used.add(pi);
    } else missed.push(located[gi]!.gold);
  });
  const tp = pairs.length;
  return {
    kind: 'figures',
    source: gold.source,
    figures: prf(tp, preds.length - tp, gold.figures.length - tp),
    missed,
    falsePositives: preds.filter((_, i) => !used.has(i)),
    unlocated,
    pairs,
  };
}

// ------------------------------------------------------------------ micro-averaging

function addPRF(a: PRF, b: PRF): PRF {
  return prf(a.tp + b.tp, a.fp + b.fp, a.fn + b.fn);
}

const ZERO = prf(0, 0, 0);

export function sumEventScores(scores: EventScore[]): EventScore {
  const out: EventScore = {
    kind: 'events',
    source: '*',
    strict: ZERO,
    lenient: ZERO,
    type: { correct: 0, total: 0, accuracy: 0 },
    actors: ZERO,
    missed: [],
    falsePositives: [],
    unlocated: [],
    pairs: [],
  };
  for (const s of scores) {
    out.strict = addPRF(out.strict, s.strict);
    out.lenient = addPRF(out.lenient, s.lenient);
    out.actors = addPRF(out.actors, s.actors);
    out.type.correct += s.type.correct;
    out.type.total += s.type.total;
    out.missed.push(...s.missed);
    out.falsePositives.push(...s.falsePositives);
    out.unlocated.push(...s.unlocated);
    out.pairs.push(...s.pairs);
  }
  out.type.accuracy = out.type.total ? out.type.correct / out.type.total : 0;
  return out;
}

export function sumFigureScores(scores: FigureScore[]): FigureScore {
  const out: FigureScore = {
    kind: 'figures',
    source: '*',
    figures: ZERO,
    missed: [],
    falsePositives: [],
    unlocated: [],
    pairs: [],
  };
  for (const s of scores) {
    out.figures = addPRF(out.figures, s.figures);
    out.missed.push(...s.missed);
    out.falsePositives.push(...s.falsePositives);
    out.unlocated.push(...s.unlocated);
    out.pairs.push(...s.pairs);
  }
  return out;
}

/** Micro-average across documents (sums counts, recomputes P/R/F1). */
export function sumScores(scores: EventScore[]): EventScore;
export function sumScores(scores: FigureScore[]): FigureScore;
export function sumScores(scores: EventScore[] | FigureScore[]): EventScore | FigureScore {
  if (scores.length > 0 && scores[0]!.kind === 'figures') return sumFigureScores(scores as FigureScore[]);
  return sumEventScores(scores as EventScore[]);
}
