/**
 * `npm run eval` (node dist/eval/gold.js): scores what `npm start` exported
 * (extracted/events.jsonl and figures.jsonl) against the gold annotations in ../shared/gold
 * (or $BRIEFTRACE_SHARED/gold), with the matching rule of the gold SCHEMA.md.
 *
 *   node dist/eval/gold.js [--dir extracted] [--sources sources] [--gold DIR] [--verbose] [--json]
 *
 * Prints per brief and overall: event strict and lenient P/R/F1, type accuracy and actor F1
 * (both over lenient matches), figure P/R/F1. Exits 0 with a clear message when the gold is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventRow, FigureRow } from '../core/types.js';
import {
  loadGold,
  scoreEvents,
  scoreFigures,
  sumScores,
  type EventScore,
  type FigureScore,
  type PRF,
} from './score.js';

interface Options {
  dir: string;
  sources: string;
  gold: string;
  verbose: boolean;
  json: boolean;
}

/** The repository root: two levels above dist/eval/gold.js (or src/eval/gold.ts). */
export function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export function defaultGoldDir(root = repoRoot()): string {
  const shared = process.env.BRIEFTRACE_SHARED;
  return shared ? join(resolve(shared), 'gold') : resolve(root, '..', 'shared', 'gold');
}

function parseArgs(argv: string[]): Options {
  const root = repoRoot();
  const o: Options = {
    dir: join(root, 'extracted'),
    sources: join(root, 'sources'),
    gold: defaultGoldDir(root),
    verbose: false,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) {
        process.stderr.write(`${a} needs a value\n`);
        process.exit(2);
      }
      return v;
    };
    if (a === '--dir') o.dir = resolve(next());
    else if (a === '--sources') o.sources = resolve(next());
    else if (a === '--gold') o.gold = resolve(next());
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--json') o.json = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'usage: node dist/eval/gold.js [--dir extracted] [--sources sources] [--gold DIR] [--verbose] [--json]\n' +
          'Scores the exported events and figures against the gold annotations (../shared/gold).\n',
      );
      process.exit(0);
    } else {
      process.stderr.write(`unknown option ${a}\n`);
      process.exit(2);
    }
  }
  return o;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function prfLine(label: string, s: PRF): string {
  return `${label.padEnd(16)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function printScores(title: string, ev: EventScore, fig: FigureScore): void {
  const out = process.stdout;
  out.write(`\n== ${title}\n`);
  out.write(prfLine('events strict', ev.strict) + '\n');
  out.write(prfLine('events lenient', ev.lenient) + '\n');
  out.write(`${'type accuracy'.padEnd(16)} ${pct(ev.type.accuracy)}   (${ev.type.correct}/${ev.type.total} lenient matches)\n`);
  out.write(prfLine('actors', ev.actors) + '   [over lenient matches]\n');
  out.write(prfLine('figures', fig.figures) + '\n');
  if (ev.unlocated.length + fig.unlocated.length > 0) {
    out.write(`  ! ${ev.unlocated.length + fig.unlocated.length} gold quote(s) not found in the source text\n`);
  }
}

function short(s: string, n = 110): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** Recall per gold event type (lenient), and what the matched ones were typed as. */
export function typeBreakdown(ev: EventScore): string[] {
  const byType = new Map<string, { gold: number; found: number; typed: number }>();
  const row = (t: string) => {
    let r = byType.get(t);
    if (!r) byType.set(t, (r = { gold: 0, found: 0, typed: 0 }));
    return r;
  };
  for (const g of ev.missed) row(g.type).gold++;
  for (const p of ev.pairs) {
    const r = row(p.gold.type);
    r.gold++;
    r.found++;
    if (p.pred.type === p.gold.type) r.typed++;
  }
  return [...byType.entries()]
    .sort((a, b) => b[1].gold - a[1].gold || (a[0] < b[0] ? -1 : 1))
    .map(([t, r]) => `  ${t.padEnd(14)} gold ${String(r.gold).padStart(3)}  found ${String(r.found).padStart(3)}  typed right ${String(r.typed).padStart(3)}`);
}

function printVerbose(ev: EventScore, fig: FigureScore): void {
  const out = process.stdout;
  out.write('  by gold type (lenient):\n' + typeBreakdown(ev).map((l) => '  ' + l).join('\n') + '\n');
  for (const p of ev.pairs) {
    const notes: string[] = [];
    if (p.pred.type !== p.gold.type) notes.push(`type ${p.pred.type} ≠ ${p.gold.type}`);
    if (p.pred.date.value !== p.gold.date) notes.push(`date ${p.pred.date.value} ≠ ${p.gold.date}`);
    const pa = [...p.pred.actors].sort().join(', ');
    const ga = [...p.gold.actors].sort().join(', ');
    if (pa !== ga) notes.push(`actors [${pa}] ≠ [${ga}]`);
    if (notes.length) out.write(`  ~ event ${p.gold.id}: ${notes.join('; ')}  «${short(p.gold.quote, 70)}»\n`);
  }
  for (const g of ev.missed) out.write(`  - missed event ${g.id} ${g.date} ${g.type}: «${short(g.quote)}»\n`);
  for (const r of ev.falsePositives) {
    out.write(`  + extra event ${r.id} line ${r.line} ${r.date?.value} ${r.type} (${r.rule}): «${short(r.quote)}»\n`);
  }
  for (const g of fig.missed) {
    out.write(`  - missed figure ${g.id} ${JSON.stringify(g.value)} ${g.unit}: «${short(g.quote)}»\n`);
  }
  for (const r of fig.falsePositives) {
    out.write(`  + extra figure ${r.id} line ${r.line} ${JSON.stringify(r.value)} ${r.unit} (${r.rule}): «${short(r.quote)}»\n`);
  }
}

export function main(argv: string[]): number {
  const o = parseArgs(argv);
  const gold = existsSync(o.gold) ? loadGold(o.gold) : [];
  if (gold.length === 0) {
    process.stdout.write(`${o.gold.includes(join('shared', 'gold')) ? '../shared/gold' : o.gold} not found: nothing to evaluate against\n`);
    return 0;
  }
  const evFile = join(o.dir, 'events.jsonl');
  const figFile = join(o.dir, 'figures.jsonl');
  if (!existsSync(evFile) || !existsSync(figFile)) {
    process.stderr.write(`no exported tables in ${o.dir} (events.jsonl, figures.jsonl): run \`npm start\` first\n`);
    return 1;
  }
  const events = readJsonl<EventRow>(evFile);
  const figures = readJsonl<FigureRow>(figFile);
  const evScores: EventScore[] = [];
  const figScores: FigureScore[] = [];
  const perDoc: { source: string; ev: EventScore; fig: FigureScore }[] = [];
  for (const g of gold) {
    const file = join(o.sources, g.source);
    if (!existsSync(file)) {
      process.stderr.write(`source ${g.source} not found in ${o.sources}: skipped\n`);
      continue;
    }
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const ev = scoreEvents(events, g, text);
    const fig = scoreFigures(figures, g, text);
    evScores.push(ev);
    figScores.push(fig);
    perDoc.push({ source: g.source, ev, fig });
  }
  const allEv = sumScores(evScores);
  const allFig = sumScores(figScores);
  if (o.json) {
    const strip = (e: EventScore, f: FigureScore) => ({
      events: { strict: e.strict, lenient: e.lenient, type: e.type, actors: e.actors },
      figures: f.figures,
    });
    process.stdout.write(
      JSON.stringify({
        perBrief: Object.fromEntries(perDoc.map((d) => [d.source, strip(d.ev, d.fig)])),
        overall: strip(allEv, allFig),
      }) + '\n',
    );
    return 0;
  }
  process.stdout.write(`gold: ${o.gold}\nexports: ${o.dir}\n`);
  for (const d of perDoc) {
    printScores(d.source, d.ev, d.fig);
    if (o.verbose) printVerbose(d.ev, d.fig);
  }
  printScores(`overall (${perDoc.length} briefs, micro-averaged)`, allEv, allFig);
  if (o.verbose) process.stdout.write('  by gold type (lenient):\n' + typeBreakdown(allEv).map((l) => '  ' + l).join('\n') + '\n');
  return 0;
}

const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  process.exitCode = main(process.argv.slice(2));
}
