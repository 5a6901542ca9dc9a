/**
 * Diagnosis of the years given to year-less months and days ("in March", "on 9 August"): for
 * every such date inside a gold event's quote (training sets, by pool), which branch of the date
 * tagger's yearFor gave its year (shared conjunct, narrative reference, story day, chronology
 * carried over a paragraph break, the document date), whether a stale rule set the narrative
 * aside, and which candidate years equal the gold year: the narrative year, the document year
 * and its neighbours, the year yearFor reads from the document date, the last stated day's year,
 * the year of the previous sentence's and of the paragraph's last explicit date, the nearest
 * explicit year before it (any distance) and the nearest one after it in its paragraph. Also the
 * clause's tense, the month against the document date's month, and the distance to the
 * reference (characters, paragraphs, a heading between).
 *
 *   node dist/eval/month-years.js [--pool TUNED|UNTUNED|DEV] [--dev <dir>] [--show]
 *
 * Prints counts only. --show also prints each TUNED date with its sentence and candidates (never
 * an untuned or dev set's text). --dev <dir> (a folder with briefs/ and gold/, e.g. the shared
 * dev set) adds a DEV pool. Exits 0 with a message when training/sets is absent.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DateMention, SegmentedDoc } from '../core/types.js';
import { bareYear } from '../extract/dates/narrative.js';
import { traceYearFor, type YearChoice } from '../extract/dates/resolve.js';
import { extract } from '../extract/index.js';
import { ingest, readInput } from '../ingest/index.js';
import { normalize } from '../normalize/index.js';
import { segment } from '../segment/index.js';
import { makeContext } from '../pipeline.js';
import { scriptArgs } from './args.js';
import { trainingSetup, trainingSets } from './learn-data.js';
import { goldSpan, loadGold, type GoldEvent } from './score.js';

const USAGE = `Usage: node dist/eval/month-years.js [--pool TUNED|UNTUNED|DEV] [--dev <dir>] [--show]
Tables (counts) of the years given to year-less months and days inside gold events' quotes:
the branch of yearFor, and which candidate year equals the gold year, per pool.
  --pool P    only this pool
  --dev DIR   also a DEV pool from DIR/briefs and DIR/gold (counts only)
  --show      print every TUNED date with its sentence and candidate years (tuned sets only)`;

/** One year-less date inside a gold event's quote, with its candidate years. */
export interface MonthYearCase {
  pool: string;
  set: string;
  choice: YearChoice;
  gold: number;
  dctYear: number | null;
  dctMonth: number | null;
  lastDayYear: number | null;
  prevSentenceYear: number | null;
  paragraphYear: number | null;
  nearestBefore: { y: number; chars: number; paras: number; heading: boolean } | null;
  nearestAfterInParagraph: number | null;
  narrativeChars: number | null;
  /** Whether the narrative reference is an explicit date (not itself a year-less one). */
  narrativeExplicit: boolean | null;
  /** Whether the narrative reference is a bare year ("in 2019"), not part of a fuller date or a season. */
  narrativeBare: boolean | null;
  /** Whether the narrative reference's sentence states a quantity (a figure's period). */
  narrativeFigure: boolean | null;
  /** Sentence ends between the narrative reference and the date. */
  narrativeSentences: number | null;
  sentence: string;
  /** The text before the narrative reference's end (TUNED --show only). */
  reference: string;
}

interface Explicit {
  start: number;
  end: number;
  y: number;
  day: boolean;
}

/** The explicit (stated, not inferred) dates of a document, with their first year. */
function explicitDates(mentions: DateMention[]): Explicit[] {
  const out: Explicit[] = [];
  for (const m of mentions) {
    const d = m.date;
    if (!d || d.inferred) continue;
    const ym = /^(\d{4})/.exec(d.value);
    if (!ym) continue;
    out.push({ start: m.span.start, end: m.span.end, y: +ym[1]!, day: d.granularity === 'day' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first normalized offset whose original start is at or after `src` (srcStart is non-decreasing). */
function toNormalized(doc: SegmentedDoc, src: number): number {
  let lo = 0;
  let hi = doc.srcStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.srcStart[mid]! < src) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A quantity: a percentage, money, a scaled number or a measured amount. */
const FIGURE = /(?:\d\s*(?:%|per\s*cent|percent)|[$€£]\s*\d|\d\s*(?:million|billion|bn|mn|thousand|tonnes?|tons?|barrels|bcm|km|TEU|MW)\b|\d{1,3}(?:,\d{3})+)/i;

/** The text of the segment sentence holding offset at (a window when none does). */
function sentenceAround(seg: SegmentedDoc, at: number): string {
  const s = seg.sentences.find((x) => x.span.start <= at && at < x.span.end);
  return s ? seg.text.slice(s.span.start, s.span.end) : seg.text.slice(Math.max(0, at - 150), at + 50);
}

/** The gold event's month (1-12) when its date names one. */
function goldMonth(g: GoldEvent): number | null {
  const m = /^\d{4}-(\d\d)(?:[-/]|$)/.exec(g.date);
  return m ? +m[1]! : null;
}

/** Analyse one brief: the year-less dates inside its gold quotes. */
async function briefCases(pool: string, set: string, path: string, golds: GoldEvent[]): Promise<MonthYearCase[]> {
  const ctx = makeContext();
  const source = await ingest(await readInput(path));
  const seg = segment(normalize(source, ctx), ctx);
  const choices: YearChoice[] = [];
  const prev = traceYearFor((c) => {
    if (c.text === seg.text) choices.push(c);
  });
  let ex;
  try {
    ex = extract(seg, ctx);
  } finally {
    traceYearFor(prev);
  }
  // the text is tagged twice (without, then with the document date): keep the last pass
  let from = choices.length - 1;
  while (from > 0 && choices[from - 1]!.start < choices[from]!.start) from--;
  const last = choices.slice(Math.max(0, from));
  const dates = ex.mentions.filter((m): m is DateMention => m.kind === 'date');
  const explicit = explicitDates(dates);
  const dv = ex.documentDate.value;
  const dctYear = dv ? +dv.slice(0, 4) : null;
  const dctMonth = dv && /^\d{4}-\d\d/.test(dv) ? +dv.slice(5, 7) : null;
  const text = seg.text;
  const paraOf = (at: number) => seg.paragraphs.findIndex((p) => p.span.start <= at && at < p.span.end);
  const sectionOf = (at: number) => seg.sections.findIndex((s) => s.span.start <= at && at < s.span.end);
  const sentOf = (at: number) => seg.sentences.findIndex((s) => s.span.start <= at && at < s.span.end);
  const out: MonthYearCase[] = [];
  const seen = new Set<number>();
  for (const g of golds) {
    const span = goldSpan(g.quote, source.text);
    const gy = /^(\d{4})/.exec(g.date);
    if (!span || !gy) continue;
    const ns = toNormalized(seg, span.start);
    const ne = toNormalized(seg, span.end);
    const gm = goldMonth(g);
    for (const c of last) {
      if (c.start < ns || c.end > ne || seen.has(c.start)) continue;
      if (gm !== null && gm !== c.month && !g.date.includes(`-${String(c.month).padStart(2, '0')}`)) continue;
      seen.add(c.start);
      const before = explicit.filter((e) => e.end <= c.start && !(e.start >= c.start));
      const nb = before[before.length - 1];
      const para = paraOf(c.start);
      const si = sentOf(c.start);
      const prevSent = si > 0 ? seg.sentences[si - 1]! : null;
      const inPrev = prevSent ? before.filter((e) => e.start >= prevSent.span.start && e.end <= prevSent.span.end) : [];
      const pspan = para >= 0 ? seg.paragraphs[para]!.span : null;
      const inPara = pspan ? before.filter((e) => e.start >= pspan.start) : [];
      const after = pspan ? explicit.find((e) => e.start >= c.end && e.start < pspan.end) : undefined;
      const days = before.filter((e) => e.day);
      const sent = si >= 0 ? seg.sentences[si]!.span : { start: Math.max(0, c.start - 100), end: Math.min(text.length, c.end + 100) };
      out.push({
        pool,
        set,
        choice: c,
        gold: +gy[1]!,
        dctYear,
        dctMonth,
        lastDayYear: days.length ? days[days.length - 1]!.y : null,
        prevSentenceYear: inPrev.length ? inPrev[inPrev.length - 1]!.y : null,
        paragraphYear: inPara.length ? inPara[inPara.length - 1]!.y : null,
        nearestBefore: nb
          ? {
              y: nb.y,
              chars: c.start - nb.end,
              paras: Math.max(0, para - paraOf(nb.start)),
              heading: sectionOf(nb.start) !== sectionOf(c.start),
            }
          : null,
        nearestAfterInParagraph: after ? after.y : null,
        narrativeChars: c.narrativeEnd !== undefined ? c.start - c.narrativeEnd : null,
        narrativeExplicit: c.narrativeEnd !== undefined ? explicit.some((e) => e.end === c.narrativeEnd) : null,
        narrativeBare: c.narrativeEnd !== undefined ? bareYear(text, c.narrativeEnd) : null,
        narrativeFigure: c.narrativeEnd !== undefined ? FIGURE.test(sentenceAround(seg, c.narrativeEnd - 1)) : null,
        narrativeSentences: c.narrativeEnd !== undefined ? seg.sentences.filter((s) => s.span.start >= c.narrativeEnd! && s.span.start <= c.start).length : null,
        sentence: text.slice(sent.start, sent.end).replace(/\s+/g, ' '),
        reference: c.narrativeEnd !== undefined ? text.slice(Math.max(0, c.narrativeEnd - 60), c.narrativeEnd).replace(/\s+/g, ' ') : '',
      });
    }
  }
  return out;
}

/** The candidate years of a case, by name (null: no such candidate). */
function candidates(k: MonthYearCase): Record<string, number | null> {
  const c = k.choice;
  return {
    chosen: c.y,
    narr: c.narrativeY ?? null,
    'narr+1': c.narrativeY !== undefined ? c.narrativeY + 1 : null,
    doc: k.dctYear,
    'doc-1': k.dctYear !== null ? k.dctYear - 1 : null,
    'doc+1': k.dctYear !== null ? k.dctYear + 1 : null,
    dctY: c.dctY ?? null,
    lastDay: k.lastDayYear,
    prevSent: k.prevSentenceYear,
    para: k.paragraphYear,
    before: k.nearestBefore?.y ?? null,
    afterP: k.nearestAfterInParagraph,
  };
}

const CAND_NAMES = ['chosen', 'narr', 'narr+1', 'doc', 'doc-1', 'doc+1', 'dctY', 'lastDay', 'prevSent', 'para', 'before', 'afterP'];

function bucket(n: number | null, edges: number[]): string {
  if (n === null) return 'none';
  for (const e of edges) if (n < e) return `<${e}`;
  return `>=${edges[edges.length - 1]}`;
}

/** The month against the document date's month, read in the document's year. */
function monthSide(k: MonthYearCase): string {
  if (k.dctMonth === null) return 'no-doc-month';
  const m = k.choice.month;
  return m < k.dctMonth ? 'before' : m === k.dctMonth ? 'same' : 'after';
}

/** Whether, read in the reference's year, the date falls before the reference's own month or day. */
function backwards(k: MonthYearCase): boolean {
  const c = k.choice;
  if (c.narrativeM === undefined) return false;
  return (c.month - 1) * 31 + (c.day ?? 31) < (c.narrativeM - 1) * 31 + (c.narrativeD ?? 1);
}

/** The narrative reference's granularity (year, month, day) and whether it was stated with its year. */
function refGran(k: MonthYearCase): string {
  const c = k.choice;
  return `${k.narrativeExplicit ? '' : 'yl-'}${c.narrativeD !== undefined ? 'day' : c.narrativeM !== undefined ? 'month' : k.narrativeBare ? 'bare-year' : 'year-part'}`;
}

/** The groupings of the tables. */
const GROUPS: [string, (k: MonthYearCase) => string][] = [
  ['branch', (k) => `${k.choice.branch}${k.choice.stale ? ` stale:${k.choice.stale.replace('dates/narrative/', '')}` : ''}${k.choice.beforeThen ? ' beforeThen' : ''}`],
  ['branch x tense', (k) => `${k.choice.branch} ${k.choice.future ? 'future' : 'past'}`],
  ['branch x month vs doc month', (k) => `${k.choice.branch} ${monthSide(k)}${k.choice.day !== undefined ? ' day' : ' month'}`],
  ['tense x month vs doc month', (k) => `${k.choice.future ? 'future' : 'past'} ${monthSide(k)}`],
  ['narrative distance (chars)', (k) => `${k.choice.branch} ${bucket(k.narrativeChars, [100, 250, 400, 600])}`],
  ['nearest explicit before: paragraphs back', (k) => `${k.choice.branch} ${k.nearestBefore ? `paras ${Math.min(3, k.nearestBefore.paras)}` : 'none'}`],
  ['nearest explicit before: heading between', (k) => `${k.choice.branch} ${k.nearestBefore ? (k.nearestBefore.heading ? 'heading' : 'same section') : 'none'}`],
  ['nearest explicit before: characters', (k) => `${k.choice.branch} ${bucket(k.nearestBefore?.chars ?? null, [250, 600, 1500, 4000])}`],
  ['year of nearest explicit vs doc year', (k) => `${k.choice.branch} ${k.nearestBefore && k.dctYear !== null ? `d=${Math.max(-3, Math.min(3, k.nearestBefore.y - k.dctYear))}` : 'none'}`],
  ['narrative year - doc year x month side', (k) => (k.choice.narrativeY === undefined || k.dctYear === null ? `${k.choice.branch} -` : `${k.choice.branch} ny-doc=${Math.max(-3, Math.min(2, k.choice.narrativeY - k.dctYear))} ${monthSide(k)}`)],
  ['narrative reference kind', (k) => (k.choice.narrativeY === undefined ? `${k.choice.branch} -` : `${k.choice.branch} ${k.narrativeExplicit ? 'explicit' : 'year-less'} ${k.choice.narrativeD !== undefined ? 'day' : k.choice.narrativeM !== undefined ? 'month' : 'year'}`)],
  ['narrative sentences back', (k) => `${k.choice.branch} ${k.narrativeSentences === null ? '-' : Math.min(3, k.narrativeSentences)}`],
  ['narrative: reference granularity x ny-doc x side', (k) => (k.choice.narrativeY === undefined || k.dctYear === null ? `${k.choice.branch} -` : `${k.choice.branch} ${refGran(k)} ny-doc=${Math.max(-3, Math.min(1, k.choice.narrativeY - k.dctYear))} ${monthSide(k)}`)],
  ['narrative: sentences back x ny-doc', (k) => (k.choice.narrativeY === undefined || k.dctYear === null ? `${k.choice.branch} -` : `${k.choice.branch} back=${Math.min(2, k.narrativeSentences ?? 0)} ny-doc=${Math.max(-3, Math.min(1, k.choice.narrativeY - k.dctYear))}`)],
  ['narrative: granularity x sentences back', (k) => (k.choice.narrativeY === undefined ? `${k.choice.branch} -` : `${k.choice.branch} ${refGran(k)} back=${Math.min(2, k.narrativeSentences ?? 0)}`)],
  ['narrative (ny<doc): backwards x figure x back', (k) => (k.choice.narrativeY === undefined || k.dctYear === null || k.choice.narrativeY >= k.dctYear ? `${k.choice.branch} -` : `${k.choice.branch} ${backwards(k) ? 'backwards' : 'forwards'} ${k.narrativeFigure ? 'figure' : 'nofig'} back=${Math.min(1, k.narrativeSentences ?? 0)} ${refGran(k)}`)],
  ['narrative (ny<doc): backwards x ny-doc x back', (k) => (k.choice.narrativeY === undefined || k.dctYear === null || k.choice.narrativeY >= k.dctYear ? `${k.choice.branch} -` : `${k.choice.branch} ${backwards(k) ? 'backwards' : 'forwards'} ny-doc=${Math.max(-3, k.choice.narrativeY - k.dctYear)} back=${Math.min(1, k.narrativeSentences ?? 0)} ${monthSide(k)}`)],
  ['document-date reading: month side x tense x near', (k) => (k.dctYear === null ? `${k.choice.branch} -` : `${k.choice.branch} ${monthSide(k)} ${k.choice.future ? 'future' : k.choice.past ? 'past' : 'plain'} dctY-doc=${(k.choice.dctY ?? 0) - k.dctYear}`)],
  ['narrative: bound x same sentence x ny-doc', (k) => (k.choice.narrativeY === undefined || k.dctYear === null ? `${k.choice.branch} -` : `${k.choice.branch} ${k.choice.narrativeBound ? 'bound' : 'point'} back=${Math.min(1, k.narrativeSentences ?? 0)} ny-doc=${Math.max(-3, Math.min(1, k.choice.narrativeY - k.dctYear))} ${monthSide(k)}`)],
  ['narrative: backwards x sentences back x reference', (k) => (k.choice.narrativeY === undefined ? `${k.choice.branch} -` : `${k.choice.branch} ${backwards(k) ? 'backwards' : 'forwards'} back=${Math.min(1, k.narrativeSentences ?? 0)} ${refGran(k)}`)],
  ['chosen - gold', (k) => `${k.choice.branch} ${k.choice.y === null ? 'null' : Math.max(-3, Math.min(3, k.choice.y - k.gold))}`],
];

/** One table: rows by group, columns n and how many of each candidate equal the gold year. */
export function table(cases: MonthYearCase[], name: string, key: (k: MonthYearCase) => string): string[] {
  const rows = new Map<string, { n: number; hits: Record<string, number>; has: Record<string, number> }>();
  for (const k of cases) {
    const g = key(k);
    let r = rows.get(g);
    if (!r) rows.set(g, (r = { n: 0, hits: {}, has: {} }));
    r.n++;
    const cand = candidates(k);
    for (const c of CAND_NAMES) {
      const v = cand[c];
      if (v === null || v === undefined) continue;
      r.has[c] = (r.has[c] ?? 0) + 1;
      if (v === k.gold) r.hits[c] = (r.hits[c] ?? 0) + 1;
    }
  }
  const head = `  ${name.padEnd(44)} ${'n'.padStart(4)} ` + CAND_NAMES.map((c) => c.padStart(9)).join('');
  const lines = [head];
  for (const [g, r] of [...rows].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))) {
    lines.push(`  ${g.padEnd(44)} ${String(r.n).padStart(4)} ` + CAND_NAMES.map((c) => (r.has[c] ? `${r.hits[c] ?? 0}/${r.has[c]}` : '-').padStart(9)).join(''));
  }
  return lines;
}

async function poolCases(pool: string, dir: string, sets: string[]): Promise<MonthYearCase[]> {
  const out: MonthYearCase[] = [];
  for (const set of sets) {
    const base = set ? join(dir, set) : dir;
    const golds = new Map(loadGold(join(base, 'gold')).map((g) => [g.source, g]));
    for (const file of readdirSync(join(base, 'briefs')).sort()) {
      const gold = golds.get(file);
      if (!gold) continue;
      out.push(...(await briefCases(pool, set || 'dev', join(base, 'briefs', file), gold.events)));
    }
  }
  return out;
}

async function main(): Promise<void> {
  const args = scriptArgs(process.argv.slice(2), { flags: ['show'], values: ['pool', 'dev'] }, USAGE);
  const setup = trainingSetup('month-years');
  if (!setup) return;
  const only = args.value('pool');
  const pools: [string, MonthYearCase[]][] = [];
  const sets = trainingSets(setup.dir);
  for (const pool of ['TUNED', 'UNTUNED']) {
    if (only && only !== pool) continue;
    pools.push([pool, await poolCases(pool, setup.dir, sets.filter((s) => setup.untuned.has(s) === (pool === 'UNTUNED')))]);
  }
  const dev = args.value('dev');
  if (dev && (!only || only === 'DEV')) {
    if (existsSync(join(dev, 'briefs')) && existsSync(join(dev, 'gold'))) pools.push(['DEV', await poolCases('DEV', dev, [''])]);
    else console.log(`month-years: no briefs/ and gold/ under ${dev}; DEV pool skipped.`);
  }
  for (const [pool, cases] of pools) {
    const ok = cases.filter((k) => k.choice.y === k.gold).length;
    console.log(`== ${pool}: ${cases.length} year-less dates in gold quotes, year right ${ok} (${cases.length ? ((100 * ok) / cases.length).toFixed(1) : '-'}%); cells: right/has-candidate`);
    for (const [name, key] of GROUPS) {
      console.log(table(cases, name, key).join('\n'));
    }
    // each stale rule: how often it set a narrative year aside, how often the year it gave
    // instead is the gold year (and the narrative year was), and in how many sets it fired
    const byRule = new Map<string, { n: number; right: number; narrRight: number; sets: Set<string> }>();
    for (const k of cases) {
      const id = k.choice.stale;
      if (!id) continue;
      let r = byRule.get(id);
      if (!r) byRule.set(id, (r = { n: 0, right: 0, narrRight: 0, sets: new Set() }));
      r.n++;
      if (k.choice.y === k.gold) r.right++;
      if (k.choice.narrativeY === k.gold) r.narrRight++;
      r.sets.add(k.set);
    }
    console.log(`  ${'stale rule'.padEnd(44)} ${'n'.padStart(4)} ${'right'.padStart(6)} ${'narr'.padStart(6)} ${'sets'.padStart(5)}`);
    for (const [id, r] of [...byRule].sort((a, b) => b[1].n - a[1].n)) {
      console.log(`  ${id.padEnd(44)} ${String(r.n).padStart(4)} ${String(r.right).padStart(6)} ${String(r.narrRight).padStart(6)} ${String(r.sets.size).padStart(5)}`);
    }
    if (args.flag('show') && pool === 'TUNED') {
      for (const k of cases) {
        const c = candidates(k);
        console.log(
          `  [${k.set}] ${k.choice.y === k.gold ? 'ok ' : 'BAD'} gold ${k.gold} ${k.choice.branch}${k.choice.stale ? ` stale:${k.choice.stale}` : ''}${k.choice.future ? ' future' : ''} ` +
            CAND_NAMES.filter((n) => c[n] !== null).map((n) => `${n}=${c[n]}`).join(' ') +
            ` narrChars=${k.narrativeChars ?? '-'} before=${k.nearestBefore ? `${k.nearestBefore.chars}c/${k.nearestBefore.paras}p${k.nearestBefore.heading ? '/H' : ''}` : '-'}\n      ${k.sentence.slice(0, 300)}${k.reference ? `\n      ref: ...${k.reference}` : ''}`,
        );
      }
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolvePath(process.argv[1])) await main();
