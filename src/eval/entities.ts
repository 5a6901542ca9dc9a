/**
 * `node dist/eval/entities.js [sources]`: runs ingest → normalize → segment → dates → entities
 * over the briefs (no database), prints the entity list (kind, mentions, name, aliases) merged
 * over all briefs, flags canonical names that fold to the same key (spelling duplicates), and
 * reports the entity stage's throughput (CPU time of extractEntities alone): the first pass over
 * the briefs (after a warm-up on the rule examples), and the steady state over repeated passes.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DateMention, DocumentDate, RunContext, SegmentedDoc } from '../core/types.js';
import { extractDates } from '../extract/dates/index.js';
import { entityRules, extractEntities } from '../extract/entities/index.js';
import { ingest, readInput } from '../ingest/index.js';
import { foldKey } from '../lexicon/gazetteer.js';
import { scriptArgs } from './args.js';
import { normalize } from '../normalize/index.js';
import { segment } from '../segment/index.js';

const STEADY_ROUNDS = 30;

async function main(): Promise<void> {
  const args = scriptArgs(
    process.argv.slice(2),
    { positionals: true },
    'usage: node dist/eval/entities.js [SOURCES_DIR]\n' +
      'Lists the entities found in the briefs of SOURCES_DIR (default sources/), merged over all briefs,\n' +
      'flags canonical names that fold to the same key, and measures the entity stage\'s speed.\n',
  );
  const dir = resolve(args.positionals[0] ?? 'sources');
  const files = readdirSync(dir).filter((f) => /\.(txt|md|pdf)$/i.test(f)).sort();
  for (const r of entityRules.rules) for (const ex of r.examples.match) entityRules.run(ex.text); // warm-up
  const all = new Map<string, { kind: string; aliases: Set<string>; count: number }>();
  let chars = 0;
  let cpuMs = 0;
  const inputs: { seg: SegmentedDoc; dates: DateMention[]; documentDate: DocumentDate }[] = [];
  for (const f of files) {
    const ctx: RunContext = { messages: [] };
    const seg = segment(normalize(await ingest(await readInput(join(dir, f))), ctx), ctx);
    const { documentDate, mentions: dates } = extractDates(seg, ctx);
    inputs.push({ seg, dates, documentDate });
    const c0 = process.cpuUsage();
    const mentions = extractEntities(seg, dates, documentDate, ctx);
    const cu = process.cpuUsage(c0);
    cpuMs += (cu.user + cu.system) / 1000;
    chars += seg.text.length;
    for (const m of mentions) {
      let e = all.get(m.name);
      if (!e) all.set(m.name, (e = { kind: m.entityKind, aliases: new Set(), count: 0 }));
      e.count++;
      if (!/^entities\/context\/(?:pair|pair-holders|group|group-holders|office|side|counterpart)$/.test(m.ruleId) && m.text.toLowerCase() !== m.name.toLowerCase()) e.aliases.add(m.text.replace(/\s+/g, ' '));
    }
  }
  const rows = [...all.entries()].sort((a, b) => a[1].kind.localeCompare(b[1].kind) || b[1].count - a[1].count);
  for (const [name, e] of rows) process.stdout.write(`${e.kind.padEnd(12)} ${String(e.count).padStart(4)}  ${name}  [${[...e.aliases].join(' | ')}]\n`);
  const byKey = new Map<string, string[]>();
  for (const name of all.keys()) {
    const k = foldKey(name).toLowerCase().replace(/[^a-z0-9]+/g, '');
    byKey.set(k, [...(byKey.get(k) ?? []), name]);
  }
  const dupes = [...byKey.values()].filter((v) => v.length > 1);
  process.stdout.write(`\n${all.size} entities over ${files.length} briefs; spelling duplicates: ${dupes.length ? dupes.map((d) => d.join(' / ')).join('; ') : 'none'}\n`);
  process.stdout.write(`entities stage, first pass: ${chars} chars in ${cpuMs.toFixed(0)} ms CPU = ${(chars / 1e6 / (cpuMs / 1000)).toFixed(2)} MB/s\n`);
  // Steady state: the same briefs again (JIT warm, per-process caches filled), median of rounds.
  const rounds: number[] = [];
  for (let r = 0; r < STEADY_ROUNDS; r++) {
    const c0 = process.cpuUsage();
    for (const x of inputs) extractEntities(x.seg, x.dates, x.documentDate, { messages: [] });
    const cu = process.cpuUsage(c0);
    rounds.push((cu.user + cu.system) / 1000);
  }
  const steady = rounds.slice(STEADY_ROUNDS / 2).sort((a, b) => a - b);
  const med = steady[Math.floor(steady.length / 2)]!;
  process.stdout.write(`entities stage, steady state (median of ${steady.length} rounds after ${STEADY_ROUNDS / 2} warm-up): ${med.toFixed(1)} ms CPU = ${(chars / 1e6 / (med / 1000)).toFixed(2)} MB/s\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
