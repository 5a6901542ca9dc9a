/**
 * `node dist/eval/entity-audit.js [--rows] [--sets a,b] [DIR ...]`: the entity table of each brief
 * (what entities.jsonl holds for it: name, kind, aliases) checked for suspicious rows by defect
 * class, counted per class over
 *   - the TUNED training sets (training/sets/<set>/briefs without an UNTUNED file),
 *   - the shipped briefs (sources/),
 *   - the UNTUNED training sets: COUNTS ONLY, never a row (they are measurement data),
 *   - any folder given on the command line (rows with --rows).
 * With --rows the suspicious rows of the tuned sets and the shipped briefs are printed too.
 *
 * The classes are heuristics that flag a row for a look; a flagged row is not always wrong (an
 * "Act" may be a person's name), and a wrong row need not be flagged.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityKind } from '../core/types.js';
import { kindByHead } from '../extract/entities/naming.js';
import { gazetteerEntry, PERSON_TITLES } from '../lexicon/gazetteer.js';

export interface AuditEntity {
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Mentions of the entity in the brief. */
  mentions: number;
}

export const AUDIT_CLASSES = [
  'title-glued',
  'document-misfiled',
  'facility-as-place',
  'institution-as-place',
  'hyphen-person',
  'and-joined',
  'swallowed-place',
  'fragment',
  'bare-fragment',
  'lone-given-name',
  'lone-surname',
  'org-company-twin',
  'company-twin',
  'lone-person',
  'head-as-person',
] as const;
export type AuditClass = (typeof AUDIT_CLASSES)[number];

const TITLE_WORDS = new Set<string>();
for (const t of PERSON_TITLES) {
  const first = t.split(/[\s-]+/)[0]!.replace(/\.$/, '');
  if (first.length < 2) continue;
  TITLE_WORDS.add(first);
  TITLE_WORDS.add(`${first}s`);
}
for (const w of ['Presidents', 'Ministers', 'Deputies', 'Vice', 'Foreign', 'Prime', 'Acting', 'Former', 'Late', 'Chairs', 'Heads', 'Leaders', 'Premiers']) TITLE_WORDS.add(w);

const DOCUMENT_WORDS = /^(?:Accords?|Treat(?:y|ies)|Agreements?|Acts?|Pacts?|Conventions?|Declarations?|Protocols?|Charters?|Laws?|Memorand(?:um|a)|Resolutions?|Communiqu[ée]s?|Statutes?|Codes?|Constitution|Doctrine|Decrees?)$/;
const FACILITY_WORDS = /^(?:Palace|Hall|Centre|Center|Stadium|Arena|Hotel|Building|Tower|Towers|Museum|Theatre|Theater|Airport|Station|Mosque|Cathedral|Church|Pavilion|Expo|Plaza|Mausoleum|Library|Gallery|Terminal|Complex|Venue|Auditorium|Residence|Villa|Castle|Fortress|Bazaar|Market|Mall|Campus)$/;
const INSTITUTION_WORDS = /^(?:University|Polytechnic|Institute|Academy|College|School|Conservatory|Lyceum|Seminary|Hospital|Clinic)$/;
const VERBISH = /^(?:Is|Are|Was|Were|Has|Have|Had|Will|Would|Can|Could|Should|May|Might|Must|Does|Did|Do|Be|Been|Being|Says|Said|Seeks|Wants|Needs|Gets|Makes|Takes|Looks|Goes)$/;
const GENERIC = /^(?:JSC|OJSC|CJSC|LLC|LLP|PLC|Ltd|Inc|Co|Center|Centre|Historic|Old|New|Main|Central|National|State|Public|General|Joint|Stock|Company|Office|Department|Building|Hall|Region|District|Area|Zone|City|Town|Village|Street|Square|Park|Section|Part|Unit|Group|Team|Project|Programme|Program|Plan|Council|Committee|Ministry|Agency|Service|Board|Fund|Bank|Institute|University|Museum|Airport|Port|Station|Plant|Field|Line|Route)$/;

/** Gerunds that end names of companies and bodies ("... Holding", "... Engineering"). */
const TRADE_GERUNDS = /^(?:Holding|Building|Engineering|Mining|Banking|Shipping|Trading|Consulting|Training|Clearing|Processing|Manufacturing|Publishing|Printing|Housing|Marketing|Leasing|Financing|Broadcasting|Shipbuilding|Refining|Drilling|Meeting|Gathering)$/;

const PLACE_KINDS = new Set<EntityKind>(['country', 'city', 'region']);

/** The classes a row of one brief's entity table falls in (with the brief's other rows as context). */
export function classify(e: AuditEntity, brief: AuditEntity[]): AuditClass[] {
  const out: AuditClass[] = [];
  // The gazetteer's own entries are data, not the extractor's guesses.
  if (gazetteerEntry(e.name)) return out;
  const words = e.name.split(/\s+/);
  const first = words[0]!.replace(/\.$/, '');
  if (words.length >= 2 && TITLE_WORDS.has(first) && (e.kind === 'person' || (kindByHead(words) === null && !words.some((w) => DOCUMENT_WORDS.test(w))))) out.push('title-glued');
  const docAt = words.findIndex((w, i) => DOCUMENT_WORDS.test(w) && (i === words.length - 1 || /^(?:on|of|between)$/.test(words[i + 1] ?? '')));
  if (e.kind !== 'other' && docAt >= 0 && !(docAt === words.length - 1 && kindByHead(words) !== null && words.length > 1 && /^(?:Resolution|Code|Law)$/.test(words[docAt]!))) out.push('document-misfiled');
  if (e.kind === 'person' && words.some((w) => kindByHead(['X', w]) !== null || FACILITY_WORDS.test(w))) out.push('head-as-person');
  if ((PLACE_KINDS.has(e.kind) || e.kind === 'person') && words.length >= 2 && words.some((w) => FACILITY_WORDS.test(w))) out.push('facility-as-place');
  if ((PLACE_KINDS.has(e.kind) || e.kind === 'person') && words.some((w) => INSTITUTION_WORDS.test(w))) out.push('institution-as-place');
  if (e.kind === 'person' && words.length === 1 && /\p{L}-\p{Lu}/u.test(e.name)) out.push('hyphen-person');
  const and = words.indexOf('and');
  if (and > 0 && and < words.length - 1) {
    const after = words.slice(and + 1).join(' ');
    const g = gazetteerEntry(after);
    const before = gazetteerEntry(words[and - 1]!);
    if ((g && PLACE_KINDS.has(g.kind)) || (before && PLACE_KINDS.has(before.kind) && e.kind !== 'other')) out.push('swallowed-place');
    else if (kindByHead(words.slice(0, and)) !== null && words.length - and - 1 >= 2 && (kindByHead(words.slice(and + 1)) !== null || !!gazetteerEntry(after))) out.push('and-joined');
  }
  if (words.some((w) => VERBISH.test(w)) || /^(?:See|Compare|Read|Consider|Visit|Click)$/.test(words[0]!) || (words.length >= 2 && /^\p{Lu}\p{Ll}+ing$/u.test(words[words.length - 1]!) && !TRADE_GERUNDS.test(words[words.length - 1]!))) out.push('fragment');
  if (words.length <= 2 && words.every((w) => GENERIC.test(w))) out.push('bare-fragment');
  if (e.kind === 'person' && words.length === 1) {
    const others = brief.filter((o) => o !== e && o.kind === 'person' && o.name.includes(' '));
    if (others.some((o) => o.name.startsWith(`${e.name} `))) out.push('lone-given-name');
    else if (others.some((o) => o.name.endsWith(` ${e.name}`))) out.push('lone-surname');
    else out.push('lone-person');
  }
  if (e.kind === 'organization' || e.kind === 'company') {
    const stem = words.slice(0, -1).join(' ');
    if (words.length >= 2 && brief.some((o) => o !== e && o.kind !== e.kind && (o.kind === 'organization' || o.kind === 'company') && o.name.split(/\s+/).slice(0, -1).join(' ') === stem && o.name.split(/\s+/).length === words.length)) {
      if (e.kind === 'organization') out.push('org-company-twin');
    }
    const FORM = /^(?:Company|Combine|Kombinat|Corporation|Corp|JSC|OJSC|CJSC|PJSC|LLC|Ltd|Limited|Inc|PLC|Holding|Holdings|Group|AG|GmbH|SA)$/;
    if (e.kind === 'company' && words.length >= 2 && FORM.test(words[words.length - 1]!) && brief.some((o) => o !== e && o.kind === 'company' && !gazetteerEntry(o.name) && o.name !== e.name && o.name.split(/\s+/).slice(0, -1).join(' ') === stem && FORM.test(o.name.split(/\s+/).pop()!))) out.push('company-twin');
  }
  return out;
}

interface BriefTable {
  group: string;
  file: string;
  entities: AuditEntity[];
}

async function tablesOf(dir: string, group: string): Promise<BriefTable[]> {
  const { analyzeFile } = await import('../pipeline.js');
  const out: BriefTable[] = [];
  for (const f of readdirSync(dir).filter((x) => /\.(txt|md|pdf)$/i.test(x)).sort()) {
    const doc = await analyzeFile(join(dir, f), { learned: false });
    const count = new Map<string, number>();
    for (const m of doc.mentions) count.set(m.entity, (count.get(m.entity) ?? 0) + 1);
    out.push({ group, file: f, entities: doc.entities.map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases, mentions: count.get(e.name) ?? 0 })) });
  }
  return out;
}

function counts(tables: BriefTable[]): { rows: number; by: Map<AuditClass, number> } {
  const by = new Map<AuditClass, number>(AUDIT_CLASSES.map((c) => [c, 0]));
  let rows = 0;
  for (const t of tables) {
    rows += t.entities.length;
    for (const e of t.entities) for (const c of classify(e, t.entities)) by.set(c, by.get(c)! + 1);
  }
  return { rows, by };
}

/**
 * --events: the events guard. The whole pipeline with its learned steps over the training sets,
 * pooled TUNED and UNTUNED event scores (strict, type, actor F1): the entity stage feeds the
 * actors, so a change to it must not lower them.
 */
async function eventsGuard(): Promise<void> {
  const { loadTrainingBriefs, scoreBriefs, scoreLine, trainingSetup } = await import('./learn-data.js');
  const setup = trainingSetup('entity-audit --events');
  if (!setup) return;
  const briefs = await loadTrainingBriefs({ dir: setup.dir, learned: true });
  const tuned = briefs.filter((b) => !setup.untuned.has(b.set));
  const untuned = briefs.filter((b) => setup.untuned.has(b.set));
  console.log(`TUNED   (${tuned.length} briefs)  ${scoreLine(scoreBriefs(tuned))}`);
  console.log(`UNTUNED (${untuned.length} briefs)  ${scoreLine(scoreBriefs(untuned))}`);
  console.log(`ALL     (${briefs.length} briefs)  ${scoreLine(scoreBriefs(briefs))}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--events')) return eventsGuard();
  const showRows = argv.includes('--rows');
  const setsArg = argv.indexOf('--sets');
  const only = setsArg >= 0 ? new Set(argv[setsArg + 1]!.split(',')) : null;
  const dirs = argv.filter((a, i) => !a.startsWith('--') && (setsArg < 0 || i !== setsArg + 1));
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = [resolve(here, '..', '..'), resolve(here, '..', '..', '..'), process.cwd()].find((r) => existsSync(join(r, 'training', 'sets'))) ?? process.cwd();
  const groups: { label: string; tables: BriefTable[]; rowsAllowed: boolean }[] = [];
  if (dirs.length > 0) {
    for (const d of dirs) groups.push({ label: d, tables: await tablesOf(resolve(d), d), rowsAllowed: true });
  } else {
    const setsDir = join(root, 'training', 'sets');
    const tuned: BriefTable[] = [];
    const untuned: BriefTable[] = [];
    if (existsSync(setsDir)) {
      for (const s of readdirSync(setsDir).sort()) {
        if (only && !only.has(s)) continue;
        if (!statSync(join(setsDir, s)).isDirectory() || !existsSync(join(setsDir, s, 'briefs'))) continue;
        const isUntuned = existsSync(join(setsDir, s, 'UNTUNED'));
        (isUntuned ? untuned : tuned).push(...(await tablesOf(join(setsDir, s, 'briefs'), s)));
      }
    } else console.log('entity-audit: no training/sets folder; only the shipped briefs');
    groups.push({ label: 'TUNED', tables: tuned, rowsAllowed: true });
    const sources = join(root, 'sources');
    if (existsSync(sources)) groups.push({ label: 'SHIPPED', tables: await tablesOf(sources, 'sources'), rowsAllowed: true });
    // Untuned sets: counts only.
    groups.push({ label: 'UNTUNED', tables: untuned, rowsAllowed: false });
  }
  for (const g of groups) {
    if (showRows && g.rowsAllowed) {
      for (const t of g.tables) {
        for (const e of t.entities) {
          const cls = classify(e, t.entities);
          if (cls.length > 0) console.log(`${cls.join(',').padEnd(24)} ${t.group}/${t.file}  ${e.kind.padEnd(12)} ${e.mentions}  ${e.name}  [${e.aliases.join(' | ')}]`);
        }
      }
    }
  }
  console.log(`${'class'.padEnd(22)} ${groups.map((g) => g.label.padStart(9)).join(' ')}`);
  const cs = groups.map((g) => counts(g.tables));
  console.log(`${'briefs'.padEnd(22)} ${groups.map((g) => String(g.tables.length).padStart(9)).join(' ')}`);
  console.log(`${'entity rows'.padEnd(22)} ${cs.map((c) => String(c.rows).padStart(9)).join(' ')}`);
  for (const c of AUDIT_CLASSES) console.log(`${c.padEnd(22)} ${cs.map((x) => String(x.by.get(c)).padStart(9)).join(' ')}`);
  const KINDS: EntityKind[] = ['person', 'organization', 'company', 'country', 'city', 'region', 'project', 'other'];
  for (const k of KINDS) console.log(`${`kind ${k}`.padEnd(22)} ${groups.map((g) => String(g.tables.reduce((n, t) => n + t.entities.filter((e) => e.kind === k).length, 0)).padStart(9)).join(' ')}`);
  console.log(`${'flagged (sum)'.padEnd(22)} ${cs.map((x) => String([...x.by.values()].reduce((a, b) => a + b, 0)).padStart(9)).join(' ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
