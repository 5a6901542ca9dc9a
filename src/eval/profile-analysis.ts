/**
 * node dist/eval/profile-analysis.js [--n N] [--warm K] [--dump FILE] [--files PATH...]
 *
 * Runs the analysis stages (ingest -> resolve, in the order src/pipeline.ts runs them) over
 * sources/*.txt (or the files given), each repeated N times as varied copies (years shifted,
 * so that no cache sees the same text twice), in this thread, and prints the CPU time of each
 * stage in ms per MB and the analysis speed in MB per CPU-second (--warm K: K more rounds
 * first, not counted: module loading, lexicons, JIT). Run it under
 * `node --cpu-prof` for a profile. With --dump, writes every ResolvedDoc of the first round
 * (the unchanged texts) as JSON lines: two builds that dump the same file give the same output.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProvenanceBuilder } from '../core/span.js';
import type { ExtractedDoc, Mention, RawInput } from '../core/types.js';
import { extractDates } from '../extract/dates/index.js';
import { extractEntities } from '../extract/entities/index.js';
import { extractTriggers } from '../extract/events/index.js';
import { extractFigures } from '../extract/figures/index.js';
import { ingest, readInput } from '../ingest/index.js';
import { normalize } from '../normalize/index.js';
import { makeContext } from '../pipeline.js';
import { resolveEntities } from '../resolve/entities.js';
import { resolveEvents } from '../resolve/events.js';
import { resolveFigures } from '../resolve/figures.js';
import { segment } from '../segment/index.js';

const STAGES = [
  'ingest',
  'normalize',
  'segment',
  'dates',
  'entities',
  'triggers',
  'figures',
  'merge',
  'r.entities',
  'r.figures',
  'r.events',
] as const;
type Stage = (typeof STAGES)[number];

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A copy of a text with its years moved back (k > 0), as the bench's corpus does. */
function variant(text: string, k: number): string {
  if (k === 0) return text;
  const shift = 1 + (k % 30);
  return text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) - shift));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let n = 5;
  let warm = 0;
  let dump: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--n') n = Number(argv[++i]);
    else if (a === '--warm') warm = Number(argv[++i]);
    else if (a === '--dump') dump = argv[++i]!;
    else if (a === '--files') while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) files.push(argv[++i]!);
    else throw new Error(`unknown option ${a}`);
  }
  if (files.length === 0) {
    const dir = join(process.cwd(), 'sources');
    for (const f of readdirSync(dir).sort()) if (/\.(txt|md|pdf)$/.test(f)) files.push(join(dir, f));
  }
  const raws: RawInput[] = [];
  for (const f of files) raws.push(await readInput(f));

  let totals = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  let bytes = 0;
  const out: string[] = [];
  let wall0 = performance.now();
  for (let k = 0; k < warm + n; k++) {
    if (k === warm && warm > 0) {
      // the warm-up rounds (module loading, lexicons built, JIT) are not counted
      const first = [...totals.values()].reduce((a, b) => a + b, 0);
      process.stdout.write(`warm-up: ${warm} round(s), ${(bytes / 1024).toFixed(0)} KB, CPU ${first.toFixed(0)} ms\n`);
      totals = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
      bytes = 0;
      wall0 = performance.now();
    }
    for (const raw0 of raws) {
      const raw: RawInput =
        k === 0 || raw0.format === 'pdf'
          ? raw0
          : { ...raw0, bytes: new TextEncoder().encode(variant(Buffer.from(raw0.bytes).toString('utf8'), k)) };
      bytes += raw.bytes.length;
      const ctx = makeContext();
      let t = cpuMs();
      const lap = (s: Stage): void => {
        const now = cpuMs();
        totals.set(s, totals.get(s)! + now - t);
        t = now;
      };
      const source = await ingest(raw);
      lap('ingest');
      const normalized = normalize(source, ctx);
      lap('normalize');
      const doc = segment(normalized, ctx);
      lap('segment');
      const { documentDate, mentions: dates } = extractDates(doc, ctx);
      lap('dates');
      const entities = extractEntities(doc, dates, documentDate, ctx);
      lap('entities');
      const triggers = extractTriggers(doc, ctx);
      lap('triggers');
      const figures = extractFigures(doc, dates, documentDate, ctx);
      lap('figures');
      const mentions: Mention[] = [...dates, ...entities, ...triggers, ...figures];
      mentions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
      const ex: ExtractedDoc = { ...doc, documentDate, mentions };
      const prov = new ProvenanceBuilder(ex);
      lap('merge');
      const re = resolveEntities(ex, prov);
      lap('r.entities');
      const rf = resolveFigures(ex, prov);
      lap('r.figures');
      const rv = resolveEvents(ex, prov);
      lap('r.events');
      if (dump && k === 0) {
        out.push(
          JSON.stringify({
            id: raw.id,
            mentions: ex.mentions,
            documentDate,
            entities: re.entities,
            mrows: re.mentions,
            figures: rf,
            events: rv,
            messages: ctx.messages,
          }),
        );
      }
    }
  }
  const wall = performance.now() - wall0;
  if (dump) writeFileSync(dump, out.join('\n') + '\n');
  const mb = bytes / (1024 * 1024);
  let sum = 0;
  for (const s of STAGES) sum += totals.get(s)!;
  process.stdout.write(`${files.length} files x ${n} = ${mb.toFixed(2)} MB; CPU ${(sum / 1000).toFixed(2)} s, wall ${(wall / 1000).toFixed(2)} s\n`);
  for (const s of STAGES) {
    const ms = totals.get(s)!;
    process.stdout.write(`  ${s.padEnd(11)} ${(ms / mb).toFixed(0).padStart(7)} ms/MB  ${((100 * ms) / sum).toFixed(1).padStart(5)}%\n`);
  }
  process.stdout.write(`  ${'total'.padEnd(11)} ${(sum / mb).toFixed(0).padStart(7)} ms/MB  -> ${(mb / (sum / 1000)).toFixed(3)} MB per CPU-second\n`);
}

await main();
