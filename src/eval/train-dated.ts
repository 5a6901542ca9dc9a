/**
 * Trains the learned dated step (src/resolve/learned-dated.ts) on every training set (tuned and
 * UNTUNED) and writes src/lexicon/models/dated.ts; prints the oracle table (how many gold events
 * the rules miss sit at an unused date expression with their date, and the strict F1 a perfect
 * classifier would reach), the ranking under CV, a threshold grid (TUNED / UNTUNED pooled), a
 * nested choice of threshold, and the leave-one-set-out CV report at the chosen threshold (the CV
 * optimum, raised to MIN_THRESHOLD: see main()).
 *
 *   node dist/eval/train-dated.js [--no-write] [--show] [--oracle] [--stats] [--losses] [--losses-show]
 *
 * --oracle stops after the oracle table; --show prints the surest candidates under CV of the
 * TUNED sets only; --stats prints each non-word feature's positive rate, pooled (aggregate counts).
 * Knobs (CV only): DATED_L2, DATED_EPOCHS, DATED_SEED, DATED_DROP / DATED_TDROP (comma-separated
 * feature prefixes the detection / type model leaves out), DATED_TH (forces the threshold),
 * DATED_MIN_TH (the shipped floor), DATED_TL2 (the type model's l2), DATED_TYPE=<type> (type every row so), DATED_TYPEDATA=cands
 * (type model from the candidates alone, not every gold quote), DATED_POSW, DATED_UW (weight of
 * the untuned sets' examples), DATED_TRAIN=all with DATED_USED_W, DATED_OBJ_UW (the untuned
 * pool's weight in the threshold objective). On 38 sets (nested CV) DATED_UW=2 with
 * DATED_L2=3e-3 and "since D" candidates dated D/<year of writing> raise untuned strict by 0.7 and
 * tuned by 0.2 (short of the +1.0 a change needs: not shipped); conjunction features (preposition
 * x grain, x figure; verb form x figure, x place), the clause's topics and trigger types as
 * detection cues, and clauses of a dated sentence with no date and no row as candidates did not
 * help.
 *
 * --losses / --losses-show: where the strict misses are lost (aggregate counts per pool; the
 * TUNED sets' rows with --losses-show).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spansOverlap } from '../core/span.js';
import type { EventRow, EventType, Span } from '../core/types.js';
import { DATED_RULE, DEICTIC, datedCandidates, datedFeatures, datedRow, datedType, datedTypeFeatures, inCondition, typeFeaturesOf, pickDated, scoreCandidates, type DatedCandidate, type DatedScored } from '../resolve/learned-dated.js';
import { sentenceOf } from '../resolve/sentences.js';
import { trainLinear, type Example, type LinearModel } from '../resolve/linear.js';
import { scriptArgs } from './args.js';
import { crossValidate, crossValidationReport, loadTrainingBriefs, scoreBriefs, scoreLine, trainingSetup, type TrainBrief } from './learn-data.js';
import { datesAgree, goldSpan, matchOneToOne, scoreEvents, sumScores, type EventScore, type GoldEvent } from './score.js';

const TRAIN = { epochs: +(process.env.DATED_EPOCHS ?? 25), rate: 0.05, l2: +(process.env.DATED_L2 ?? 1e-3), seed: +(process.env.DATED_SEED ?? 11) };
const TYPE_TRAIN = { epochs: 30, rate: 0.05, l2: +(process.env.DATED_TL2 ?? 1e-3), seed: 13 };
const MIN_COUNT = 3;
const OTHER_ONLY: LinearModel = { classes: ['other'], bias: [0], weights: {} };


interface Open {
  g: GoldEvent;
  span: Span;
}

const openCache = new Map<TrainBrief, Open[]>();
/** Gold events of a brief no rules' row matches strictly (overlap and the same date), with spans. */
function openGold(b: TrainBrief): Open[] {
  const hit = openCache.get(b);
  if (hit) return hit;
  const located = b.gold.events.flatMap((g) => {
    const span = goldSpan(g.quote, b.text);
    return span ? [{ gold: g, span }] : [];
  });
  const rows = b.doc.events.filter((r) => r.source === b.gold.source);
  const idx = matchOneToOne(located, rows, (g, p) => datesAgree(p, g.date, 'strict'), (g, p) => p.type === g.type);
  const out = located.filter((_, i) => idx[i]! < 0).map((l) => ({ g: l.gold, span: l.span }));
  openCache.set(b, out);
  return out;
}

const rowAt = (c: DatedCandidate): EventRow => ({ date: c.date }) as EventRow;

/** The open gold event a candidate states (overlapping clause, strictly the same date), if any. */
function goldOf(b: TrainBrief, c: DatedCandidate): Open | null {
  return openGold(b).find((m) => spansOverlap(m.span, c.span) && datesAgree(rowAt(c), m.g.date, 'strict')) ?? null;
}

const POS_WEIGHT = +(process.env.DATED_POSW ?? 1);
const USED_WEIGHT = +(process.env.DATED_USED_W ?? 0.5);

/** Any gold event (matched by the rules or not) a candidate states. */
function anyGoldOf(b: TrainBrief, c: DatedCandidate): GoldEvent | null {
  for (const g of b.gold.events) {
    const span = goldSpan(g.quote, b.text);
    if (span && spansOverlap(span, c.span) && datesAgree(rowAt(c), g.date, 'strict')) return g;
  }
  return null;
}

const DROP = (process.env.DATED_DROP ?? '').split(',').filter((x) => x);
const TDROP = (process.env.DATED_TDROP ?? '').split(',').filter((x) => x);
function pruned(examples: Example[], drop = DROP): Example[] {
  if (drop.length > 0) examples = examples.map((e) => ({ ...e, x: e.x.filter((f) => !drop.some((d) => f.startsWith(d))) }));
  const count = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.x)) count.set(f, (count.get(f) ?? 0) + 1);
  return examples.map((e) => ({ ...e, x: e.x.filter((f) => (count.get(f) ?? 0) >= MIN_COUNT) }));
}

export interface DatedModels {
  model: LinearModel;
  typeModel: LinearModel;
}

/** The untuned sets (set by main) and the weight of their examples. */
let UNTUNED_SETS = new Set<string>();
const UNTUNED_WEIGHT = +(process.env.DATED_UW ?? 1);

export function trainDated(briefs: TrainBrief[]): DatedModels {
  const ex: Example[] = [];
  const tex: Example[] = [];
  const withUsed = process.env.DATED_TRAIN === 'all';
  for (const b of briefs) {
    for (const c of datedCandidates(b.doc, { used: withUsed })) {
      if (c.used) {
        const g = anyGoldOf(b, c);
        ex.push({ x: datedFeatures(b.doc, c), y: g ? 'yes' : 'no', w: USED_WEIGHT });
        continue;
      }
      const g = goldOf(b, c);
      const uw = UNTUNED_SETS.has(b.set) ? UNTUNED_WEIGHT : 1;
      ex.push({ x: datedFeatures(b.doc, c), y: g ? 'yes' : 'no', w: (g ? POS_WEIGHT : 1) * uw });
      if (g) tex.push({ x: datedTypeFeatures(b.doc, c), y: g.g.type, w: uw });
    }
  }
  if (process.env.DATED_TYPEDATA !== 'cands') {
    // every gold event of the training briefs: the words of its quote
    for (const b of briefs) {
      for (const g of b.gold.events) {
        const span = goldSpan(g.quote, b.text);
        if (span) tex.push({ x: typeFeaturesOf(b.doc, span, null, 'year'), y: g.type });
      }
    }
  }
  const model = trainLinear(pruned(ex), { ...TRAIN, classes: ['no', 'yes'] });
  const constant = process.env.DATED_TYPE;
  const typeModel = constant ? { classes: [constant], bias: [0], weights: {} } : tex.length === 0 ? OTHER_ONLY : trainLinear(pruned(tex, TDROP), TYPE_TRAIN);
  return { model, typeModel };
}

function oracle(briefs: TrainBrief[]): string[] {
  const lines: string[] = [];
  const sets = [...new Set(briefs.map((b) => b.set)), '*'];
  lines.push('set    gold missed(len) ->atUnusedDate  open(strict) ->atUnusedDate  atAnyDate  cands  rules-strict  ceiling');
  const perfect = (b: TrainBrief): EventRow[] => {
    const add: EventRow[] = [];
    const taken = new Set<GoldEvent>();
    for (const c of datedCandidates(b.doc)) {
      const m = openGold(b).find((o) => !taken.has(o.g) && spansOverlap(o.span, c.span) && datesAgree(rowAt(c), o.g.date, 'strict'));
      if (!m) continue;
      taken.add(m.g);
      add.push(datedRow(b.doc, c, m.g.type as EventType));
    }
    return [...b.doc.events, ...add];
  };
  for (const set of sets) {
    const mine = briefs.filter((b) => set === '*' || b.set === set);
    let gold = 0;
    let missed = 0;
    let missedAt = 0;
    let open = 0;
    let openAt = 0;
    let anyAt = 0;
    let cands = 0;
    for (const b of mine) {
      gold += b.gold.events.length;
      const cs = datedCandidates(b.doc);
      cands += cs.length;
      const s = scoreEvents(b.doc.events, b.gold, b.text);
      for (const g of s.missed) {
        missed++;
        const span = goldSpan(g.quote, b.text);
        if (span && cs.some((c) => spansOverlap(c.span, span) && datesAgree(rowAt(c), g.date, 'strict'))) missedAt++;
      }
      for (const o of openGold(b)) {
        open++;
        if (cs.some((c) => spansOverlap(c.span, o.span) && datesAgree(rowAt(c), o.g.date, 'strict'))) openAt++;
        // any date expression of the gold's line with its date (used or not)
        if ((b.doc.dates ?? []).some((d) => d.date && spansOverlap(d.span, o.span) && datesAgree({ date: d.date } as EventRow, o.g.date, 'strict'))) anyAt++;
      }
    }
    const a = scoreBriefs(mine);
    const z = scoreBriefs(mine, perfect);
    lines.push(
      `${(set === '*' ? 'ALL' : set).padEnd(6)} ${String(gold).padStart(4)} ${String(missed).padStart(11)} ${String(missedAt).padStart(15)} ${String(open).padStart(13)} ${String(openAt).padStart(15)} ${String(anyAt).padStart(10)} ${String(cands).padStart(6)}  ${(100 * a.strict.f1).toFixed(1).padStart(12)}  ${(100 * z.strict.f1).toFixed(1)} (+${(100 * (z.strict.f1 - a.strict.f1)).toFixed(1)})`,
    );
  }
  return lines;
}

/**
 * Where the gold events the rows miss (strictly) are lost, as aggregate counts per pool (rows = the
 * rules' and the dated step's under CV at `th`): a row over the quote (another value, or one
 * matched to another gold event), no date in the sentence, no date expression with the gold's value
 * (unplaceable, lenient only, other), or one with it that is no candidate (used by a row elsewhere
 * in the sentence, parenthesis, today-like), a candidate under the threshold, in an if-clause, or
 * above it with a clause that misses the quote or lost to an overlapping surer candidate.
 * `show` prints the losses of the TUNED sets row by row.
 */
function losses(briefs: TrainBrief[], untuned: Set<string>, rows: (b: TrainBrief) => EventRow[], scored: Map<TrainBrief, DatedScored[]>, th: number, show: boolean): string[] {
  const out: string[] = [];
  for (const pool of ['TUNED', 'UNTUNED']) {
    const c = new Map<string, number>();
    const inc = (k: string): void => void c.set(k, (c.get(k) ?? 0) + 1);
    let missed = 0;
    for (const b of briefs) {
      if ((pool === 'UNTUNED') !== untuned.has(b.set)) continue;
      const text = b.text;
      const preds = rows(b).filter((r) => r.source === b.gold.source);
      const located = b.gold.events.flatMap((g) => {
        const span = goldSpan(g.quote, text);
        return span ? [{ gold: g, span }] : [];
      });
      const idx = matchOneToOne(located, preds, (g, p) => datesAgree(p, g.date, 'strict'), (g, p) => p.type === g.type);
      const matched = new Set(idx.filter((i) => i >= 0));
      const cands = scored.get(b)!;
      const all = datedCandidates(b.doc, { used: true });
      located.forEach((l, gi) => {
        if (idx[gi]! >= 0) return;
        missed++;
        const g = l.gold;
        const span = l.span;
        const ov = preds.map((p, i) => ({ p, i })).filter((x) => spansOverlap(x.p.span, span));
        let cat: string;
        const sent = sentenceOf(b.doc, span.start);
        const sentence = { start: Math.min(sent.start, span.start), end: Math.max(sent.end, span.end) };
        const dates = (b.doc.dates ?? []).filter((d) => spansOverlap(d.span, sentence));
        const where = dates.some((d) => d.span.start >= span.start && d.span.end <= span.end) ? 'inQuote' : 'inSentence';
        if (ov.some((x) => !matched.has(x.i))) {
          const x = ov.find((y) => !matched.has(y.i))!;
          const len = datesAgree(x.p, g.date, 'lenient');
          const strict = datesAgree(x.p, g.date, 'strict');
          cat = `A row over it, unmatched: ${strict ? 'same date, other type?' : len ? 'lenient date (granularity)' : 'other date'}${x.p.rule === DATED_RULE ? ' [dated row]' : ''}`;
        } else if (ov.length > 0) cat = 'B row over it matched to another gold (second10)';
        else if (dates.length === 0) cat = 'C no row, no date in the sentence';
        else {
          const agree = dates.filter((d) => d.date && datesAgree({ date: d.date } as EventRow, g.date, 'strict'));
          if (agree.length === 0) {
            const len = dates.some((d) => d.date && datesAgree({ date: d.date } as EventRow, g.date, 'lenient'));
            const unpl = dates.some((d) => !d.date);
            cat = `D no row; no date expr with its value (${where}): ${len ? 'lenient one (granularity)' : unpl ? 'an unplaceable one' : 'other values'}`;
          } else {
            const d = agree.find((x) => x.span.start >= span.start && x.span.end <= span.end) ?? agree[0]!;
            const cand = all.find((x) => x.d === d);
            const s = cands.find((x) => x.c.d === d);
            if (!cand) cat = `E not a candidate (${where}): ${DEICTIC.test(text.slice(d.span.start, d.span.end)) || d.timexValue === 'PRESENT_REF' ? 'today-like' : 'parenthesis'}`;
            else if (cand.used) cat = `E not a candidate (${where}): its date used by a row elsewhere in the sentence`;
            else if (!s) cat = `E? candidate unscored (${where})`;
            else if (inCondition(text, s.c)) cat = `F candidate in an if-clause (${where})`;
            else if (s.p < th) cat = `G candidate under threshold (${where}) p ${s.p < 0.2 ? '<0.2' : s.p < 0.4 ? '0.2-0.4' : `0.4-${th}`}`;
            else if (!spansOverlap(s.c.span, span)) cat = `H candidate above threshold, clause misses the quote (${where})`;
            else cat = `I candidate above threshold lost to an overlapping surer one (${where})`;
            if (show && !untuned.has(b.set)) out.push(`   ${b.set} ${cat} | ${g.date} ${g.type} | d=${text.slice(d.span.start, d.span.end)} p=${s ? s.p.toFixed(2) : '-'} :: ${g.quote.replace(/\s+/g, ' ').slice(0, 200)}${s ? `  [clause: ${text.slice(s.c.span.start, s.c.span.end).replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`);
          }
        }
        inc(cat);
        if (show && !untuned.has(b.set) && cat.startsWith('D')) out.push(`   ${b.set} ${cat} | ${g.date} ${g.type} | dates=${dates.map((d) => `${text.slice(d.span.start, d.span.end)}=${d.timexValue}`).join('; ')} :: ${g.quote.replace(/\s+/g, ' ').slice(0, 200)}`);
      });
    }
    out.push(`== ${pool} strict misses ${missed}`);
    for (const [k, v] of [...c].sort()) out.push(`  ${String(v).padStart(4)}  ${k}`);
  }
  return out;
}

function modelModule(m: DatedModels, threshold: number): string {
  return [
    '/**',
    ' * Generated by src/eval/train-dated.ts from the annotated sets (training/sets): do not edit.',
    ' * The learned dated step (resolve/learned-dated.ts): P(a gold event at this date) of a date',
    ' * expression no row uses; a row is added above DATED_THRESHOLD, typed by DATED_TYPE_MODEL.',
    ' */',
    "import type { LinearModel } from './model.js';",
    '',
    `export const DATED_THRESHOLD = ${threshold};`,
    '',
    `export const DATED_MODEL: LinearModel = ${JSON.stringify(m.model)};`,
    '',
    `export const DATED_TYPE_MODEL: LinearModel = ${JSON.stringify(m.typeModel)};`,
    '',
  ].join('\n');
}

/** The weight of the untuned pool's gain in the threshold objective (DATED_OBJ_UW; the tuned pool's is 1). */
const OBJ_UNTUNED_WEIGHT = +(process.env.DATED_OBJ_UW ?? 1);

/** The objective a threshold is chosen by: the strict F1 gain `gain` gives each pool (tuned, untuned), the untuned one weighing OBJ_UNTUNED_WEIGHT. */
function objective(briefs: TrainBrief[], untuned: Set<string>, gain: (pool: TrainBrief[]) => number): number {
  const pools = [briefs.filter((b) => !untuned.has(b.set)), briefs.filter((b) => untuned.has(b.set))].filter((p) => p.length > 0);
  let sum = 0;
  let wsum = 0;
  for (const p of pools) {
    const w = untuned.has(p[0]!.set) ? OBJ_UNTUNED_WEIGHT : 1;
    sum += w * gain(p);
    wsum += w;
  }
  return sum / Math.max(1, wsum);
}

const USAGE =
  'usage: node dist/eval/train-dated.js [--no-write] [--show] [--oracle] [--stats] [--losses] [--losses-show]\n' +
  'Trains the learned dated step on training/sets and writes src/lexicon/models/dated.ts (not with --no-write);\n' +
  'prints the oracle table, the threshold grid and the leave-one-set-out CV report.\n' +
  '  --oracle  stop after the oracle table\n' +
  '  --show    print the surest candidates under CV of the tuned sets\n' +
  '  --stats   print each non-word feature\'s positive rate, pooled\n' +
  '  --losses  where the strict misses are lost, counts per pool (--losses-show: the tuned sets\' rows too)\n';

async function main(): Promise<void> {
  const opts = scriptArgs(process.argv.slice(2), { flags: ['no-write', 'show', 'oracle', 'stats', 'losses', 'losses-show'] }, USAGE);
  const args = ['no-write', 'show', 'oracle', 'stats', 'losses', 'losses-show'].filter((f) => opts.flag(f)).map((f) => `--${f}`);
  const setup = trainingSetup('train-dated');
  if (!setup) return;
  const { root, dir, untuned } = setup;
  UNTUNED_SETS = untuned;
  const briefs = await loadTrainingBriefs({ dir });
  console.log(`${briefs.length} briefs, ${new Set(briefs.map((b) => b.set)).size} sets (untuned: ${[...untuned].join(' ')})`);
  console.log('\nORACLE (rules-only rows; a candidate = a placeable date expression no row uses)');
  for (const l of oracle(briefs)) console.log('  ' + l);
  if (args.includes('--oracle')) return;
  if (args.includes('--stats')) {
    // positive rate of each (non-word) feature, pooled over the tuned and the untuned sets: aggregate counts only
    const st = new Map<string, number[]>();
    for (const b of briefs) {
      const k = untuned.has(b.set) ? 2 : 0;
      for (const c of datedCandidates(b.doc)) {
        const yes = goldOf(b, c) ? 1 : 0;
        for (const f of new Set(datedFeatures(b.doc, c))) {
          if (/^(?:w|b|a|p1|n1)=/.test(f)) continue;
          const v = st.get(f) ?? [0, 0, 0, 0];
          v[k]!++;
          v[k + 1]! += yes;
          st.set(f, v);
        }
      }
    }
    for (const [f, v] of [...st].sort()) if (v[0]! + v[2]! >= 8) console.log(`  ${f.padEnd(28)} tuned ${v[1]}/${v[0]}  untuned ${v[3]}/${v[2]}`);
    return;
  }
  const sets = [...new Set(briefs.map((b) => b.set))];
  const scored = new Map<TrainBrief, DatedScored[]>();
  const typeOf = new Map<TrainBrief, LinearModel>();
  for (const set of sets) {
    const m = trainDated(briefs.filter((b) => b.set !== set));
    for (const b of briefs.filter((x) => x.set === set)) {
      scored.set(b, scoreCandidates(b.doc, m.model));
      typeOf.set(b, m.typeModel);
    }
  }
  {
    // ranking quality under CV, pooled; candidate lines are shown for TUNED sets only
    const all: { p: number; yes: boolean; set: string; line: string }[] = [];
    for (const b of briefs) {
      for (const x of scored.get(b)!) {
        const g = goldOf(b, x.c);
        all.push({ p: x.p, yes: !!g, set: b.set, line: untuned.has(b.set) ? '' : `${b.set.padEnd(4)} ${x.p.toFixed(2)} ${g ? `YES ${g.g.type}` : 'no '} ${x.c.date.value} :: ${b.text.slice(x.c.span.start, x.c.span.end).replace(/\s+/g, ' ')}` });
      }
    }
    all.sort((a, b) => b.p - a.p);
    for (const [label, pool] of [['tuned', all.filter((a) => !untuned.has(a.set))], ['untuned', all.filter((a) => untuned.has(a.set))]] as const) {
      console.log(`\nCV candidates (${label}) ${pool.length}, positive ${pool.filter((a) => a.yes).length}`);
      for (const k of [10, 20, 40, 80, 160]) console.log(`  top ${k}: ${pool.slice(0, k).filter((a) => a.yes).length} right`);
    }
    if (args.includes('--show')) for (const a of all.filter((x) => !untuned.has(x.set)).slice(0, 80)) console.log('   ' + a.line);
  }
  const rowsAt = (b: TrainBrief, th: number, other = false): EventRow[] => (th > 1 ? b.doc.events : [...b.doc.events, ...pickDated(b.doc, scored.get(b)!, th, other ? OTHER_ONLY : typeOf.get(b)!)]);
  const tunedB = briefs.filter((b) => !untuned.has(b.set));
  const untunedB = briefs.filter((b) => untuned.has(b.set));
  console.log(`\nrules only: TUNED   ${scoreLine(scoreBriefs(tunedB))}`);
  console.log(`            UNTUNED ${scoreLine(scoreBriefs(untunedB))}`);
  const grid = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
  let best = { th: 1.01, obj: 0 };
  for (const th of grid) {
    const added = (bs: TrainBrief[]): number => bs.reduce((n, b) => n + rowsAt(b, th).length - b.doc.events.length, 0);
    const su = scoreBriefs(untunedB, (b) => rowsAt(b, th));
    const sou = scoreBriefs(untunedB, (b) => rowsAt(b, th, true));
    const st = scoreBriefs(tunedB, (b) => rowsAt(b, th));
    const obj = objective(briefs, untuned, (p) => scoreBriefs(p, (b) => rowsAt(b, th)).strict.f1 - scoreBriefs(p).strict.f1);
    const short = (x: typeof st): string => `strict ${(100 * x.strict.f1).toFixed(1)} type ${(100 * x.type.accuracy).toFixed(1)} actor ${(100 * x.actors.f1).toFixed(1)}`;
    console.log(`  th ${th.toFixed(2)} obj ${(100 * obj).toFixed(2).padStart(5)} | TUNED +${String(added(tunedB)).padStart(3)} ${short(st)} | UNTUNED +${String(added(untunedB)).padStart(3)} ${short(su)} (all other: type ${(100 * sou.type.accuracy).toFixed(1)})`);
    if (obj > best.obj + 1e-9) best = { th, obj };
    // the types of the added rows that state an open gold event
    const tally = (bs: TrainBrief[]): string => {
      let right = 0;
      let n = 0;
      const by = new Map<string, number>();
      for (const b of bs) {
        for (const s of scored.get(b)!) {
          if (s.p < th) continue;
          const g = goldOf(b, s.c);
          if (!g) continue;
          n++;
          if (datedType(b.doc, s.c, typeOf.get(b)!) === g.g.type) right++;
          by.set(g.g.type, (by.get(g.g.type) ?? 0) + 1);
        }
      }
      return `${right}/${n} [${[...by].sort((x, y) => y[1] - x[1]).map(([t, k]) => `${t}:${k}`).join(' ')}]`;
    };
    console.log(`     new rows' types right: TUNED ${tally(tunedB)}  UNTUNED ${tally(untunedB)}`);
  }
  // nested: each set's threshold chosen on the other sets' CV rows (an honest number for the choice)
  {
    const chosen = new Map<string, number>();
    // each brief's score at each threshold, once (the objective of a set of briefs sums them)
    const at = new Map<number, Map<TrainBrief, EventScore>>();
    const base = new Map(briefs.map((b) => [b, scoreEvents(b.doc.events, b.gold, b.text)]));
    for (const th of grid) at.set(th, new Map(briefs.map((b) => [b, scoreEvents(rowsAt(b, th), b.gold, b.text)])));
    const cachedObjective = (bs: TrainBrief[], th: number): number =>
      objective(bs, untuned, (p) => sumScores(p.map((b) => at.get(th)!.get(b)!)).strict.f1 - sumScores(p.map((b) => base.get(b)!)).strict.f1);
    for (const set of sets) {
      const others = briefs.filter((b) => b.set !== set);
      let bt = { th: 1.01, obj: 0 };
      for (const th of grid) {
        const o = cachedObjective(others, th);
        if (o > bt.obj + 1e-9) bt = { th, obj: o };
      }
      chosen.set(set, bt.th);
    }
    const cvN = crossValidate(briefs, (t) => t, (_m, b) => rowsAt(b, chosen.get(b.set)!));
    console.log(`\nNESTED (threshold per held-out set chosen on the others: ${sets.map((s) => `${s}:${chosen.get(s)}`).join(' ')})`);
    for (const l of crossValidationReport(cvN, untuned).slice(-3 * 2)) console.log(l);
  }
  // The CV optimum (about 0.3) adds rows to the shipped briefs that their gold does not count: on the
  // shared dev gold strict F1 falls by 1.3 points at 0.3, 1.6 at 0.5 and 0.8 at 0.6. The shipped
  // threshold is therefore at least MIN_THRESHOLD (DATED_MIN_TH), where the dev guard holds.
  const MIN_THRESHOLD = +(process.env.DATED_MIN_TH ?? 0.6);
  if (best.th < MIN_THRESHOLD) {
    console.log(`\nCV optimum ${best.th}; raised to the shipped floor ${MIN_THRESHOLD}`);
    best = { th: MIN_THRESHOLD, obj: NaN };
  }
  if (process.env.DATED_TH) best = { th: +process.env.DATED_TH, obj: NaN };
  console.log(`\nchosen threshold ${best.th}`);
  if (args.includes('--losses') || args.includes('--losses-show')) {
    console.log(`\nLOSSES of the strict misses at threshold ${best.th} (aggregate counts per pool; rows shown for TUNED sets only)`);
    for (const l of losses(briefs, untuned, (b) => rowsAt(b, best.th), scored, best.th, args.includes('--losses-show'))) console.log(l);
  }
  const cv = crossValidate(briefs, (train) => train, (_m, b) => rowsAt(b, best.th));
  console.log('\nCV (leave one set out)');
  for (const l of crossValidationReport(cv, untuned)) console.log(l);
  const falls = cv.perSet.filter((p) => p.after.strict.f1 < p.before.strict.f1 - 0.01).map((p) => p.set);
  console.log(`sets falling > 1 point strict: ${falls.length} ${falls.join(' ')}`);
  const final: DatedModels = best.th > 1 ? { model: { classes: ['no', 'yes'], bias: [0, 0], weights: {} }, typeModel: OTHER_ONLY } : trainDated(briefs);
  if (best.th > 1) console.log('\nno threshold improves CV: the model file is written EMPTY (the step adds no row)');
  const text = modelModule(final, best.th);
  console.log(`\nfinal model: ${Object.keys(final.model.weights).length} + ${Object.keys(final.typeModel.weights).length} features, ${(text.length / 1024).toFixed(0)} KB`);
  if (!args.includes('--no-write')) {
    const out = join(root, 'src', 'lexicon', 'models', 'dated.ts');
    writeFileSync(out, text);
    console.log(`wrote ${out}`);
  }
}

await main();
