/**
 * brieftrace command line. Machine output goes to stdout, messages to stderr.
 * Exit codes: 0 ok, 1 some inputs failed (the others were stored), 2 usage error.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command, CommanderError, Option } from 'commander';
import cliProgress from 'cli-progress';
import type { EventType, ExportFormat } from './core/types.js';
import { exportTables, render } from './export/index.js';
import { tagDates } from './extract/dates/index.js';
import { tagFigures } from './extract/figures/index.js';
import { CODE_VERSION, DEFAULT_WORKERS, ingestPaths } from './pipeline.js';
import {
  auditView,
  claimsAbout,
  dayBounds,
  earlierStatements,
  entityIndex,
  filterFacts,
  findClaims,
  fold,
  inContext,
  keyText,
  namesFor,
  renderAudit,
  renderHistory,
  showValue,
} from './query/index.js';
import { Store } from './store/index.js';

const DEFAULT_DB = 'extracted/brieftrace.db';
const DEFAULT_OUT = 'extracted';
const FORMATS: ExportFormat[] = ['jsonl', 'csv', 'json', 'md'];
const EVENT_TYPES: EventType[] = ['visit', 'meeting', 'agreement', 'diplomatic', 'establishment', 'opening', 'economic', 'security', 'political', 'statement', 'other'];
/** A run shows its progress bar once it has taken this long (tests set it through the environment). */
const PROGRESS_DELAY_MS = Number(process.env.BRIEFTRACE_PROGRESS_DELAY_MS ?? 1000);

class UsageError extends Error {}
/** An input could not be read: exit 1, like a failed brief. */
class InputError extends Error {}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

function readTextInput(file: string | undefined): string {
  if (file === undefined || file === '-') return readFileSync(0, 'utf8');
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code === 'EACCES' ? 'permission denied' : String(err);
    throw new InputError(`${file}: ${why}`);
  }
}

/** Reads JSON Lines from stdin, one object at a time, and writes one line per result. */
async function eachJsonLine(handle: (obj: Record<string, unknown>, lineNo: number) => unknown[]): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let obj: Record<string, unknown>;
    const bad = (why: string) => {
      process.stderr.write(`brieftrace: stdin line ${lineNo}: ${why}; line skipped\n`);
      process.exitCode = 1;
    };
    try {
      obj = JSON.parse(line) as Record<string, unknown>;
    } catch {
      bad('not JSON');
      continue;
    }
    if (obj === null || typeof obj !== 'object' || typeof obj.text !== 'string') {
      bad('no "text" string');
      continue;
    }
    if (obj.dct !== undefined && (typeof obj.dct !== 'string' || !isCalendarDate(obj.dct))) {
      bad(`"dct" wants a real date as YYYY-MM-DD, got ${JSON.stringify(obj.dct)}`);
      continue;
    }
    const out = handle(obj, lineNo).map((r) => JSON.stringify(r)).join('\n');
    if (out) process.stdout.write(out + '\n');
  }
}

function parseFormats(value: string | undefined): ExportFormat[] {
  if (value === undefined) return ['jsonl', 'csv'];
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  for (const f of formats) {
    if (!FORMATS.includes(f as ExportFormat)) {
      throw new UsageError(`unknown format "${f}" (expected one of ${FORMATS.join(', ')})`);
    }
  }
  return formats as ExportFormat[];
}

/** Refuses a --db path that is a folder or a file that is not SQLite (before anything opens it). */
function checkDbPath(file: string): void {
  if (!existsSync(file)) return;
  const st = statSync(file);
  if (st.isDirectory()) throw new UsageError(`--db ${file} is a folder, not a database file`);
  if (st.size === 0) return;
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== 'SQLite format 3\u0000') throw new UsageError(`--db ${file} is not a brieftrace database (not an SQLite file)`);
}

/** Opens a database that must exist already (export and the query verbs never create one). */
function openExisting(file: string): Store {
  if (!existsSync(file)) throw new UsageError(`no database at ${file}; run "brieftrace ingest" first (or pass --db)`);
  checkDbPath(file);
  return Store.open(file);
}

/** A real calendar date as YYYY-MM-DD (no 2022-13-01, no 2022-02-30). */
function isCalendarDate(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return t.getUTCFullYear() === Number(m[1]) && t.getUTCMonth() === Number(m[2]) - 1 && t.getUTCDate() === Number(m[3]);
}

function checkDct(dct: string | undefined, what = '--dct'): void {
  if (dct !== undefined && !isCalendarDate(dct)) {
    throw new UsageError(`${what} wants a real date as YYYY-MM-DD, got "${dct}"`);
  }
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('brieftrace')
    .description('Turns policy briefs (PDF, text, markdown) into cited facts stored in SQLite.')
    .version(CODE_VERSION)
    .showHelpAfterError()
    .exitOverride()
    .addHelpText('after', examples('brieftrace ingest sources/', 'brieftrace export --format csv', 'brieftrace dates --dct 2022-09-05 brief.txt'));

  program
    .command('ingest')
    .description('Read briefs (files or folders; .pdf .txt .md) and store their facts in the database.')
    .argument('[paths...]', 'files or folders', ['sources'])
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--force', 'analyse unchanged sources again (after a rule change; see `brieftrace diff`)')
    .option('--workers <n>', `analysis worker threads (0 = none; default ${DEFAULT_WORKERS})`)
    .addHelpText('after', examples('brieftrace ingest', 'brieftrace ingest new-brief.pdf --db extracted/brieftrace.db', 'brieftrace ingest --force && brieftrace diff'))
    .action(async (paths: string[], opts: { db: string; force?: boolean; workers?: string }) => {
      if (opts.workers !== undefined && !/^\d+$/.test(opts.workers)) throw new UsageError(`--workers wants a number, got "${opts.workers}"`);
      checkDbPath(opts.db);
      // a run over folders retires the stored sources that came from them and are gone now
      const folderRun = paths.every((p) => existsSync(p) && statSync(p).isDirectory());
      const t0 = Date.now();
      const bar = process.stderr.isTTY
        ? new cliProgress.SingleBar(
            { stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true },
            cliProgress.Presets.shades_classic,
          )
        : null;
      let started = false;
      const report = await ingestPaths(paths, opts.db, {
        retire: folderRun,
        force: opts.force,
        workers: opts.workers === undefined ? undefined : Number(opts.workers),
        onProgress: (done, total, file) => {
          // the bar shows only on a terminal, and only once a run has taken more than a second
          if (!bar || (!started && Date.now() - t0 < PROGRESS_DELAY_MS)) return;
          if (!started) {
            bar.start(total, done, { file });
            started = true;
          } else bar.update(done, { file });
        },
      });
      if (bar && started) bar.stop();
      for (const f of report.failed) process.stderr.write(`brieftrace: ${f.file}: ${f.reason}\n`);
      for (const id of report.retired) process.stderr.write(`brieftrace: ${id}: retired (no longer in ${paths.join(', ')})\n`);
      if (report.skipped.length > 0) {
        const shown = report.skipped.slice(0, 3).join(', ') + (report.skipped.length > 3 ? ', …' : '');
        process.stderr.write(
          `ingest: skipped ${report.skipped.length} file${report.skipped.length === 1 ? '' : 's'} that ` +
            `${report.skipped.length === 1 ? 'is' : 'are'} not .pdf, .txt or .md: ${shown}\n`,
        );
      }
      if (report.stored.length + report.unchanged.length + report.failed.length === 0) {
        process.stderr.write(`brieftrace: no briefs (.pdf, .txt, .md) found in ${paths.join(', ')}\n`);
      }
      const c = report.counts;
      process.stderr.write(
        `ingest: ${report.stored.length} stored, ${report.unchanged.length} unchanged, ` +
          `${report.failed.length} failed` +
          (report.retired.length ? `, ${report.retired.length} retired` : '') +
          (report.stored.length ? `; ${c.events} events, ${c.figures} figures, ${c.mentions} mentions` : '') +
          ` (run ${report.runId}, ${opts.db})\n`,
      );
      if (report.failed.length > 0) process.exitCode = 1;
    });

  program
    .command('export')
    .description('Write the fact tables (events, figures, entities, mentions, claims) from the database.')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--out <dir>', 'output folder', DEFAULT_OUT)
    .addOption(new Option('--format <formats>', 'jsonl, csv, json, md, or a comma list (default: jsonl,csv)'))
    .addHelpText('after', examples('brieftrace export', 'brieftrace export --format md --out report/'))
    .action((opts: { db: string; out: string; format?: string }) => {
      const formats = parseFormats(opts.format);
      const store = openExisting(opts.db);
      try {
        const files = exportTables(store, opts.out, formats);
        process.stderr.write(`export: wrote ${files.length} files to ${opts.out}\n`);
      } finally {
        store.close();
      }
    });

  program
    .command('dates')
    .description('Run the temporal tagger alone over raw text; one JSON object per expression.')
    .argument('[file]', 'text file, or - for stdin', '-')
    .option('--dct <date>', 'document creation date (YYYY-MM-DD) for relative expressions')
    .option('--jsonl', 'read JSON Lines {id, text, dct?} on stdin; write {id, start, end, text, type, value}')
    .addHelpText('after', examples('echo "He left on 2 October 1995." | brieftrace dates', 'brieftrace dates --dct 2022-09-05 brief.txt', 'brieftrace dates --jsonl < docs.jsonl'))
    .action(async (file: string, opts: { dct?: string; jsonl?: boolean }) => {
      checkDct(opts.dct);
      if (opts.jsonl && file !== '-') throw new UsageError('--jsonl reads standard input; give no file (brieftrace dates --jsonl < docs.jsonl)');
      if (opts.jsonl) {
        await eachJsonLine((obj) => {
          const dct = typeof obj.dct === 'string' ? obj.dct : opts.dct;
          return tagDates(obj.text as string, { dct }).map((h) => ({
            id: obj.id, start: h.start, end: h.end, text: h.text, type: h.type, value: h.value,
          }));
        });
        return;
      }
      const text = readTextInput(file);
      const out = tagDates(text, { dct: opts.dct }).map((h) => JSON.stringify({ start: h.start, end: h.end, text: h.text, type: h.type, value: h.value }));
      if (out.length) process.stdout.write(out.join('\n') + '\n');
    });

  program
    .command('figures')
    .description('Run the figure extractor alone over raw text; one JSON object per figure.')
    .argument('[file]', 'text file, or - for stdin', '-')
    .option('--jsonl', 'read JSON Lines {id, text} on stdin; write {id, start, end, text, value, unit, approx}')
    .addHelpText('after', examples('echo "Exports reached $78.4 million." | brieftrace figures', 'brieftrace figures --jsonl < docs.jsonl'))
    .action(async (file: string, opts: { jsonl?: boolean }) => {
      const shape = (h: ReturnType<typeof tagFigures>[number]) => ({ start: h.start, end: h.end, text: h.text, value: h.value, unit: h.unit, approx: h.approx });
      if (opts.jsonl && file !== '-') throw new UsageError('--jsonl reads standard input; give no file (brieftrace figures --jsonl < docs.jsonl)');
      if (opts.jsonl) {
        await eachJsonLine((obj) => tagFigures(obj.text as string).map((h) => ({ id: obj.id, ...shape(h) })));
        return;
      }
      const out = tagFigures(readTextInput(file)).map((h) => JSON.stringify(shape(h)));
      if (out.length) process.stdout.write(out.join('\n') + '\n');
    });

  program
    .command('facts')
    .description('Query the fact tables: events and figures, filtered by entity, type and date.')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--entity <name>', 'an entity (canonical name or any alias seen)')
    .option('--type <type>', 'event type (visit, meeting, agreement, ...), "event", "figure", or a figure unit (USD, percent, ...)')
    .option('--from <date>', 'keep facts dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'keep facts dated on or before')
    .option('--history', 'also the facts of earlier (replaced or retired) versions of each source, with the version they belong to')
    .addOption(new Option('--format <format>', 'jsonl, json, csv or md').default('jsonl'))
    .addHelpText('after', examples('brieftrace facts --entity Uzbekistan --from 2021 --to 2022', 'brieftrace facts --type visit --format md', 'brieftrace facts --type USD --entity "Baku"', 'brieftrace facts --history --entity Kazakhstan'))
    .action((opts: { db: string; entity?: string; type?: string; from?: string; to?: string; format: string; history?: boolean }) => {
      const [format] = parseFormats(opts.format);
      for (const d of [opts.from, opts.to]) {
        if (d !== undefined && !dayBounds(d)) throw new UsageError(`--from/--to want a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "${d}"`);
      }
      if (opts.from && opts.to && dayBounds(opts.from)!.first > dayBounds(opts.to)!.last) {
        throw new UsageError(`--from ${opts.from} is after --to ${opts.to}`);
      }
      if (opts.entity !== undefined && opts.entity.trim() === '') throw new UsageError('--entity wants a name');
      const store = openExisting(opts.db);
      try {
        if (opts.type !== undefined) {
          const units = new Set(store.figures().map((f) => f.unit));
          const valid = [...EVENT_TYPES, 'event', 'figure'];
          if (!valid.includes(opts.type) && !units.has(opts.type)) {
            throw new UsageError(`--type "${opts.type}" is none of: ${valid.join(', ')}, or a figure unit stored (${[...units].sort().join(', ')})`);
          }
        }
        const known = entityIndex(store.entities());
        const entity = opts.entity ? namesFor(known, opts.entity) : undefined;
        if (opts.entity && !known.byForm.has(fold(opts.entity))) process.stderr.write(`facts: no entity known as "${opts.entity}"\n`);
        const filter = { entity, type: opts.type, from: opts.from, to: opts.to };
        let facts = filterFacts(store.events(), store.figures(), filter);
        if (opts.history) {
          // every stored version, oldest first; the current ones are marked
          facts = store.versions().flatMap((v) =>
            filterFacts(store.events({ versionId: v.id }), store.figures({ versionId: v.id }), filter).map((f) => ({
              ...f,
              row: { ...f.row, version: { id: v.id, ingestedAt: v.ingestedAt, current: v.current, retired: v.retired } },
            })),
          );
        }
        const events = facts.filter((f) => f.kind === 'event').map((f) => f.row as unknown as Record<string, unknown>);
        const figures = facts.filter((f) => f.kind === 'figure').map((f) => f.row as unknown as Record<string, unknown>);
        // one table in every format: a `kind` column tells events from figures
        const rows = facts.map((f) => ({ kind: f.kind, ...(f.row as unknown as Record<string, unknown>) }));
        if (rows.length || format === 'json') process.stdout.write(render('events', format!, rows));
        process.stderr.write(`facts: ${events.length} events, ${figures.length} figures\n`);
      } finally {
        store.close();
      }
    });

  program
    .command('conflicts')
    .description('Every claim the briefs disagree on, each side quoted with its source and place.')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--entity <name>', 'only claims about this entity (canonical name or any alias seen)')
    .addOption(new Option('--format <format>', 'text, jsonl, json, csv or md').default('text'))
    .addHelpText('after', examples('brieftrace conflicts', 'brieftrace conflicts --entity Kazakhstan --format md'))
    .action((opts: { db: string; entity?: string; format: string }) => {
      const store = openExisting(opts.db);
      try {
        const names = opts.entity ? namesFor(entityIndex(store.entities()), opts.entity) : undefined;
        const conflicts = claimsAbout(store.claims(), names).filter((c) => c.status === 'conflict');
        if (opts.format === 'text') {
          const texts = new Map<string, string | null>();
          const textOf = (id: string) => {
            if (!texts.has(id)) texts.set(id, store.sourceText(id));
            return texts.get(id)!;
          };
          const out = conflicts.map((c) => {
            const lines = [`${c.id}: ${keyText(c)}  (${c.diagnosis ?? 'conflict'})`];
            for (const e of c.claims) lines.push(`  ${e.source} line ${e.line}: ${showValue(e.value)}`, `    ${inContext(textOf(e.source), e, 60)}`);
            lines.push(`  preferred: ${showValue(c.preferred.value)} — ${c.preferred.rationale}`);
            return lines.join('\n');
          });
          if (out.length) process.stdout.write(out.join('\n\n') + '\n');
        } else {
          if (!['jsonl', 'json', 'csv', 'md'].includes(opts.format)) throw new UsageError(`conflicts --format is text, jsonl, json, csv or md, got "${opts.format}"`);
          const [format] = parseFormats(opts.format);
          process.stdout.write(render('claims', format!, store.rows('claims').filter((r) => conflicts.some((c) => c.id === r.id))));
        }
        process.stderr.write(`conflicts: ${conflicts.length}\n`);
      } finally {
        store.close();
      }
    });

  program
    .command('audit')
    .description('Show a claim: its status and preferred value, every source backing it and every source contradicting it, and why.')
    .argument('<claim>', 'a claim id (clm_...) or words of the claim ("diplomatic relations Azerbaijan Kazakhstan")')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--history', 'also what earlier stored versions of each source said')
    .addOption(new Option('--format <format>', 'text or json').default('text'))
    .addHelpText('after', examples('brieftrace audit "diplomatic relations Azerbaijan Kazakhstan"', 'brieftrace audit clm_3b3123cff045b5c8 --format json', 'brieftrace audit "trade turnover Uzbekistan" --history'))
    .action((query: string, opts: { db: string; format: string; history?: boolean }) => {
      if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`audit --format is text or json, got "${opts.format}"`);
      const store = openExisting(opts.db);
      try {
        const found = findClaims(store.claims(), query);
        if (found.length === 0) {
          process.stderr.write(`audit: no claim matches "${query}"\n`);
          process.exitCode = 1;
          return;
        }
        const views = found.map(auditView);
        const versions = opts.history ? store.versions() : [];
        const factsOf = (versionId: number) => [
            ...store.events({ versionId }).map((e) => ({ quote: e.quote, value: e.date })),
            ...store.figures({ versionId }).map((f) => ({ quote: f.quote, value: { value: f.value, unit: f.unit, approx: f.approx, date: f.date } })),
        ];
        if (opts.format === 'json') {
          const out = views.map((v) => {
            if (!opts.history) return v;
            const sources = new Set(v.claim.claims.map((e) => e.source));
            const history = versions
              .filter((ver) => sources.has(ver.source) && !ver.current)
              .map((ver) => ({
                version: ver,
                statements: earlierStatements(v.claim.claims.filter((e) => e.source === ver.source).map((e) => e.quote), factsOf(ver.id)),
              }));
            return { ...v, history };
          });
          process.stdout.write(JSON.stringify(out, null, 2) + '\n');
        } else {
          const text = views.map((v) => renderAudit(v, (id) => store.sourceText(id)) + (opts.history ? renderHistory(v, versions, factsOf) : ''));
          process.stdout.write(text.join('\n\n' + '-'.repeat(72) + '\n\n') + '\n');
        }
      } finally {
        store.close();
      }
    });

  program
    .command('diff')
    .description('Facts added, changed and removed between two runs (default: the run before the last, and now), each with its citation.')
    .argument('[runA]', 'the earlier run id (see the runs listed by --list)')
    .argument('[runB]', 'the later run id (default: the current view)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--list', 'list the recorded runs instead')
    .addOption(new Option('--format <format>', 'text, jsonl or json').default('text'))
    .addHelpText('after', examples('brieftrace diff --list', 'brieftrace diff', 'brieftrace diff 3 5 --format jsonl'))
    .action((a: string | undefined, b: string | undefined, opts: { db: string; list?: boolean; format: string }) => {
      if (!['text', 'jsonl', 'json'].includes(opts.format)) throw new UsageError(`diff --format is text, jsonl or json, got "${opts.format}"`);
      const runArg = (v: string | undefined, name: string): number | undefined => {
        if (v === undefined) return undefined;
        if (!/^\d+$/.test(v)) throw new UsageError(`${name} wants a run id (a number), got "${v}"`);
        return Number(v);
      };
      const store = openExisting(opts.db);
      try {
        const runs = store.runs();
        if (opts.list) {
          if (opts.format !== 'text') {
            const out = opts.format === 'json' ? JSON.stringify(runs, null, 2) + '\n' : runs.map((r) => JSON.stringify(r)).join('\n') + (runs.length ? '\n' : '');
            process.stdout.write(out);
            return;
          }
          for (const r of runs) {
            const c = r.counts ?? {};
            process.stdout.write(`${r.id}\t${r.startedAt}\t${r.codeVersion}\tstored ${c.stored ?? 0}, unchanged ${c.unchanged ?? 0}, failed ${c.failed ?? 0}\t${r.inputs.join(' ')}\n`);
          }
          return;
        }
        const ids = runs.map((r) => r.id);
        const from = runArg(a, 'runA') ?? ids[ids.length - 2];
        const to = runArg(b, 'runB');
        if (from === undefined) throw new UsageError('only one run is recorded: nothing to compare (see diff --list)');
        for (const r of [from, to]) if (r !== undefined && !ids.includes(r)) throw new UsageError(`no run ${r} in ${opts.db} (see diff --list)`);
        const d = store.diff(from, to);
        const cite = (r: { source: string; line: number; quote: string }) => `${r.source} line ${r.line}: »${r.quote.replace(/\s+/g, ' ')}«`;
        const what = (kind: string, r: unknown) => {
          const x = r as { type?: string; date?: { value: string } | null; value?: unknown; unit?: string };
          return kind === 'event' ? `${x.type} ${x.date?.value ?? ''}` : `${JSON.stringify(x.value)} ${x.unit}`;
        };
        if (opts.format === 'text') {
          const out: string[] = [`diff run ${d.from} -> ${d.to ?? 'now'}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`];
          for (const f of d.added) out.push(`+ ${f.kind} ${what(f.kind, f.row)}  ${cite(f.row)}`);
          for (const f of d.removed) out.push(`- ${f.kind} ${what(f.kind, f.row)}  ${cite(f.row)}`);
          for (const c of d.changed) out.push(`~ ${c.kind} ${what(c.kind, c.before)} -> ${what(c.kind, c.after)}  ${cite(c.after)}`);
          process.stdout.write(out.join('\n') + '\n');
        } else if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(d, null, 2) + '\n');
        } else {
          const lines = [
            ...d.added.map((f) => ({ change: 'added', kind: f.kind, row: f.row })),
            ...d.removed.map((f) => ({ change: 'removed', kind: f.kind, row: f.row })),
            ...d.changed.map((c) => ({ change: 'changed', kind: c.kind, before: c.before, row: c.after })),
          ];
          if (lines.length) process.stdout.write(lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
        }
      } finally {
        store.close();
      }
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`brieftrace: ${err.message}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      process.stderr.write(`brieftrace: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`brieftrace: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
