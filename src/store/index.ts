/**
 * The store: SQLite via better-sqlite3 (WAL, foreign keys on, busy timeout, named migrations).
 *
 * A source is stored per content version (sha256). saveVersion writes a version and every row
 * of it in ONE transaction and makes it the source's current version; earlier versions stay
 * stored (history) but leave the current view. Every query takes parameters.
 *
 * Claims: saveClaims replaces them all (a full reconcile); for incremental reconciliation every
 * fact's reconcile group is stored with its version (fact_groups), and replaceClaimsInGroups
 * replaces only the claims citing facts of the groups a new, changed or retired source touches
 * (groupsOfSources, closed by closeGroups); other claims keep their rows and ids. A full
 * reconcile of stored groups (a fresh database) reads the facts a closed set of groups at a time
 * (groupChunks, loadFactsInGroups) and writes every chunk's claims in one transaction
 * (saveClaimsInChunks): its memory is one chunk's, not the corpus's.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { stableId } from '../core/span.js';
import type { Claim, ClaimEvidence, DateValue, EntityKind, EventRow, ExportTable, FactGroup, FactSet, FigureRow, MentionRow, Provenance, ResolvedDoc } from '../core/types.js';
import { MIGRATIONS } from './migrations.js';

type Db = Database.Database;
type Row = Record<string, unknown>;

const PROV_KEYS = ['id', 'source', 'sha256', 'span', 'page', 'line', 'quote', 'rule'] as const;
const EVENT_KEYS: ReadonlySet<string> = new Set([...PROV_KEYS, 'type', 'date', 'actors', 'where', 'trigger', 'planned', 'state']);
const FIGURE_KEYS: ReadonlySet<string> = new Set([...PROV_KEYS, 'value', 'unit', 'approx', 'measure', 'date', 'entities', 'text']);
const MENTION_KEYS: ReadonlySet<string> = new Set([...PROV_KEYS, 'entity']);
const CLAIM_KEYS: ReadonlySet<string> = new Set(['id', 'key', 'status', 'diagnosis', 'claims', 'preferred']);
const EVIDENCE_KEYS: ReadonlySet<string> = new Set(['source', 'sha256', 'span', 'quote', 'page', 'line', 'value', 'factKind', 'factId']);

/** Fields of an object beyond the known ones, as JSON (null when none): they round-trip too. */
function extraOf(obj: object, known: ReadonlySet<string>): string | null {
  let extra: Row | null = null;
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k) || known.has(k)) continue;
    const v = (obj as Row)[k];
    if (v === undefined) continue;
    (extra ??= {})[k] = v;
  }
  return extra === null ? null : JSON.stringify(extra);
}

function withExtra<T extends object>(row: T, extra: unknown): T {
  if (typeof extra !== 'string' || extra === '') return row;
  return Object.assign(row, JSON.parse(extra) as Row);
}

function json(v: unknown): string {
  return JSON.stringify(v === undefined ? null : v);
}

function parse<T>(v: unknown): T {
  return (typeof v === 'string' ? JSON.parse(v) : null) as T;
}

/** Code-unit order, independent of locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The current view: current versions of sources that are not retired. */
const CURRENT = `SELECT v.id AS vid, v.source_id AS source_id, v.sha256 AS sha256
  FROM sources s JOIN source_versions v ON v.id = s.current_version
  WHERE s.retired = 0 AND v.complete = 1`;

/** The values of a fact, without where it sits (id, version, span, line, page). */
function contentOf(r: EventRow | FigureRow): string {
  const { id: _id, sha256: _sha, span: _span, line: _line, page: _page, ...rest } = r;
  return JSON.stringify(rest);
}

/** A fact's reconcile group, as the pipeline computes it (reconcile's factGroups). */
export type FactGroupRow = FactGroup;

/** Fact groups of one version with the version of the grouping rules that computed them. */
export interface VersionGroups {
  rows: FactGroupRow[];
  version: string;
}

export interface FactRow {
  kind: 'event' | 'figure';
  row: EventRow | FigureRow;
}

export interface RunDiff {
  from: number;
  /** null: the current view. */
  to: number | null;
  added: FactRow[];
  removed: FactRow[];
  changed: { kind: 'event' | 'figure'; before: EventRow | FigureRow; after: EventRow | FigureRow }[];
}

/** The columns provenanceOfRaw reads, first in a raw row (x: the fact table; cur: its version). */
const PROV_COLS = 'x.pk, x.id, cur.source_id, cur.sha256, x.span_start, x.span_end, x.page, x.line, x.quote, x.rule';

/** provenanceOf for a raw row whose first columns are PROV_COLS. */
function provenanceOfRaw(r: unknown[]): Provenance {
  return {
    id: r[1] as string,
    source: r[2] as string,
    sha256: r[3] as string,
    span: { start: r[4] as number, end: r[5] as number },
    page: (r[6] as number | null) ?? null,
    line: r[7] as number,
    quote: r[8] as string,
    rule: r[9] as string,
  };
}

/** A stored version's id and the pks of its events and figures by fact id (claim evidence links). */
interface VersionFacts {
  id: number;
  /** The pks of the version's events and figures by fact id, read when first needed. */
  events: Map<string, number> | null;
  figures: Map<string, number> | null;
}

/**
 * Two chunks of a chunked full reconcile gave the same claim id (saveClaimsInChunks): the claims
 * must be reconciled all at once, where the later claims get numbered qualifiers.
 */
export class ClaimIdCollision extends Error {
  constructor(readonly claimId: string) {
    super(`two reconcile chunks give the claim id ${claimId}`);
    this.name = 'ClaimIdCollision';
  }
}

/** A view other than the current one: one stored version, or the view at the end of a run. */
export interface ViewAt {
  versionId?: number;
  runId?: number;
}

export interface RunRecord {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  codeVersion: string;
  inputs: string[];
  counts: Record<string, number> | null;
  errors: { file: string; reason: string }[] | null;
}

export interface VersionRecord {
  id: number;
  source: string;
  sha256: string;
  path: string;
  format: string;
  encoding: string;
  bytes: number;
  documentDate: string | null;
  documentDateMethod: string;
  ingestedAt: string;
  runId: number | null;
  current: boolean;
  retired: boolean;
}

/** How long opening waits for another process that holds the database while it switches to WAL. */
const WAL_WAIT_MS = 10_000;

/**
 * Switches the database to WAL. SQLite answers SQLITE_BUSY at once, without calling the busy
 * handler, when another connection holds the lock the switch needs (two ingests creating one
 * fresh database at the same moment), so the switch is retried for up to WAL_WAIT_MS.
 */
function toWal(db: Db): void {
  const until = Date.now() + WAL_WAIT_MS;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= until) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

export class Store {
  private readonly stmts = new Map<string, Database.Statement>();

  private constructor(readonly db: Db) {}

  /** Opens (creating the parent folder and the file when needed) and migrates. ":memory:" works. */
  static open(file: string): Store {
    if (file !== ':memory:' && !file.startsWith('file:')) mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('busy_timeout = 10000');
    if (file !== ':memory:') toWal(db);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    const store = new Store(db);
    store.migrate();
    return store;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private st(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  private migrate(): void {
    this.db.exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
    const apply = this.db.transaction(() => {
      const done = new Set(
        (this.db.prepare('SELECT name FROM migrations').all() as { name: string }[]).map((r) => r.name),
      );
      for (const m of MIGRATIONS) {
        if (done.has(m.name)) continue;
        this.db.exec(m.sql);
        this.db.prepare('INSERT INTO migrations (name, applied_at) VALUES (?, ?)').run(m.name, new Date().toISOString());
      }
    });
    apply.immediate();
  }

  /** Names of the applied migrations, in order. */
  migrations(): string[] {
    return (this.st('SELECT name FROM migrations ORDER BY rowid').all() as { name: string }[]).map((r) => r.name);
  }

  // ---------------------------------------------------------------- runs

  beginRun(info: { codeVersion: string; inputs: string[] }): number {
    const r = this.st('INSERT INTO runs (started_at, code_version, inputs) VALUES (?, ?, ?)').run(
      new Date().toISOString(),
      info.codeVersion,
      json(info.inputs),
    );
    return Number(r.lastInsertRowid);
  }

  finishRun(runId: number, info: { counts: Record<string, number>; errors: { file: string; reason: string }[] }): void {
    this.st('UPDATE runs SET finished_at = ?, counts = ?, errors = ? WHERE id = ?').run(
      new Date().toISOString(),
      json(info.counts),
      json(info.errors),
      runId,
    );
  }

  runs(): RunRecord[] {
    return (this.st('SELECT * FROM runs ORDER BY id').all() as Row[]).map((r) => ({
      id: r.id as number,
      startedAt: r.started_at as string,
      finishedAt: (r.finished_at as string | null) ?? null,
      codeVersion: r.code_version as string,
      inputs: parse<string[]>(r.inputs) ?? [],
      counts: parse<Record<string, number> | null>(r.counts),
      errors: parse<{ file: string; reason: string }[] | null>(r.errors),
    }));
  }

  // ---------------------------------------------------------------- versions

  /** True when that version is stored, complete and current (and its source not retired). */
  hasVersion(sourceId: string, sha256: string): boolean {
    const r = this.st(
      `SELECT 1 FROM sources s JOIN source_versions v ON v.id = s.current_version
       WHERE s.id = ? AND v.sha256 = ? AND v.complete = 1 AND s.retired = 0`,
    ).get(sourceId, sha256);
    return r !== undefined;
  }

  /** Every stored version (history), oldest first; of one source when given. */
  versions(sourceId?: string): VersionRecord[] {
    const rows = this.st(
      `SELECT v.*, s.current_version AS cur, s.retired AS retired FROM source_versions v
       JOIN sources s ON s.id = v.source_id
       WHERE (? IS NULL OR v.source_id = ?) ORDER BY v.source_id, v.id`,
    ).all(sourceId ?? null, sourceId ?? null) as Row[];
    return rows.map((r) => ({
      id: r.id as number,
      source: r.source_id as string,
      sha256: r.sha256 as string,
      path: r.path as string,
      format: r.format as string,
      encoding: r.encoding as string,
      bytes: r.bytes as number,
      documentDate: (r.doc_date as string | null) ?? null,
      documentDateMethod: r.doc_date_method as string,
      ingestedAt: r.ingested_at as string,
      runId: (r.run_id as number | null) ?? null,
      current: r.cur === r.id,
      retired: r.retired === 1,
    }));
  }

  /**
   * The pks of the facts the last loadFactsInGroups read (one reconcile chunk), by kind, source,
   * sha256 and fact id: writing those facts' claims needs no version's whole list of pks.
   * Cleared when facts are read or written again, and when claims have been written.
   */
  private readonly loadedPks = new Map<string, number>();

  /** Entity ids by name (entities are never deleted; cleared when a transaction fails). */
  private readonly entityCache = new Map<string, { id: number; kind: string }>();

  private entityId(name: string, kind: EntityKind | null): number {
    let got = this.entityCache.get(name);
    if (!got) {
      got = this.st('SELECT id, kind FROM entities WHERE name = ?').get(name) as { id: number; kind: string } | undefined;
      if (!got) {
        const id = Number(this.st('INSERT INTO entities (name, kind) VALUES (?, ?)').run(name, kind ?? 'other').lastInsertRowid);
        got = { id, kind: kind ?? 'other' };
      }
      this.entityCache.set(name, got);
    }
    if (kind !== null && got.kind !== kind) {
      this.st('UPDATE entities SET kind = ? WHERE id = ?').run(kind, got.id);
      got.kind = kind;
    }
    return got.id;
  }

  /**
   * Stores one source version and all its rows in ONE transaction; it becomes the source's
   * current version (an earlier version stays stored, not current). Saving the same content
   * again (a forced re-run) stores a new version: the earlier rows stay as history.
   */
  saveVersion(doc: ResolvedDoc, runId: number, groups?: VersionGroups): void {
    this.saveVersions([{ doc, groups }], runId);
  }

  /**
   * saveVersion for several versions (of different sources) in ONE transaction: all of them are
   * stored, or none (a crash or an error leaves only whole versions either way). Fewer commits
   * write shared pages (indexes, table ends) fewer times.
   */
  saveVersions(items: { doc: ResolvedDoc; groups?: VersionGroups | undefined }[], runId: number): void {
    const tx = this.db.transaction(() => {
      for (const { doc, groups } of items) {
        const vid = this.writeVersion(doc, runId);
        if (groups) this.writeGroups(vid, doc.source.id, groups);
      }
    });
    this.loadedPks.clear();
    try {
      tx.immediate();
    } catch (err) {
      this.entityCache.clear(); // rows inserted in the failed transaction are gone
      throw err;
    }
  }

  private writeGroups(vid: number, sourceId: string, groups: VersionGroups): void {
    this.st('DELETE FROM fact_groups WHERE version_id = ?').run(vid);
    const ins = this.st(
      'INSERT OR REPLACE INTO fact_groups (version_id, fact_kind, fact_id, grp, scale, mantissa) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const g of groups.rows) {
      if (g.source !== sourceId) continue;
      ins.run(vid, g.factKind, g.factId, g.group, g.scale, g.mantissa);
    }
    this.st('UPDATE source_versions SET grouped = ? WHERE id = ?').run(groups.version, vid);
  }

  private writeVersion(doc: ResolvedDoc, runId: number): number {
    const src = doc.source;
    this.st('INSERT OR IGNORE INTO sources (id) VALUES (?)').run(src.id);
    const dd = doc.documentDate;
    const vid = Number(
      this.st(
        `INSERT INTO source_versions (source_id, sha256, path, format, encoding, bytes, text, pages,
           doc_date, doc_date_method, doc_date_span, ingested_at, run_id, complete)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
      ).run(
        src.id,
        src.sha256,
        src.path,
        src.format,
        src.encoding,
        src.bytes,
        src.text,
        json(src.pages ?? []),
        dd?.value ?? null,
        dd?.method ?? 'none',
        dd?.span ? json(dd.span) : null,
        new Date().toISOString(),
        runId,
      ).lastInsertRowid,
    );

    const insVersionEntity = this.st('INSERT OR REPLACE INTO version_entities (version_id, entity_id, kind) VALUES (?, ?, ?)');
    const insAlias = this.st('INSERT OR IGNORE INTO aliases (entity_id, alias, version_id) VALUES (?, ?, ?)');
    for (const ent of doc.entities) {
      const eid = this.entityId(ent.name, ent.kind);
      insVersionEntity.run(vid, eid, ent.kind);
      for (const alias of ent.aliases) insAlias.run(eid, alias, vid);
    }

    // Rows are compared (as JSON) only when their ids collide, which is rare.
    const unique = (kind: string) => {
      const seen = new Map<string, object>();
      return (row: { id: string }): boolean => {
        const prev = seen.get(row.id);
        if (prev === undefined) {
          seen.set(row.id, row);
          return true;
        }
        if (prev === row || JSON.stringify(prev) === JSON.stringify(row)) return false; // the very same row twice: keep one
        throw new Error(`${src.id}: two different ${kind} rows share the id ${row.id}`);
      };
    };

    const firstMention = unique('mention');
    const insMention = this.st(
      `INSERT INTO mentions (version_id, id, entity_id, span_start, span_end, page, line, quote, rule, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of doc.mentions) {
      if (!firstMention(m)) continue;
      const eid = this.entityId(m.entity, null);
      insMention.run(vid, m.id, eid, m.span.start, m.span.end, m.page, m.line, m.quote, m.rule, extraOf(m, MENTION_KEYS));
    }

    const firstEvent = unique('event');
    const insEvent = this.st(
      `INSERT INTO events (version_id, id, span_start, span_end, page, line, quote, rule, type, date,
         date_value, date_start, date_end, "where", trigger, planned, state, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insActor = this.st('INSERT INTO event_actors (event_pk, position, entity_id) VALUES (?, ?, ?)');
    for (const e of doc.events) {
      if (!firstEvent(e)) continue;
      const pk = Number(
        insEvent.run(
          vid,
          e.id,
          e.span.start,
          e.span.end,
          e.page,
          e.line,
          e.quote,
          e.rule,
          e.type,
          json(e.date),
          e.date.value,
          e.date.start,
          e.date.end,
          e.where,
          e.trigger,
          e.planned ? 1 : 0,
          e.state ?? null,
          extraOf(e, EVENT_KEYS),
        ).lastInsertRowid,
      );
      e.actors.forEach((name, i) => {
        insActor.run(pk, i, this.entityId(name, null));
      });
    }

    const firstFigure = unique('figure');
    const insFigure = this.st(
      `INSERT INTO figures (version_id, id, span_start, span_end, page, line, quote, rule, value, value_low,
         value_high, unit, approx, measure, date, date_value, date_start, date_end, text, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insFigureEntity = this.st('INSERT INTO figure_entities (figure_pk, position, entity_id) VALUES (?, ?, ?)');
    for (const f of doc.figures) {
      if (!firstFigure(f)) continue;
      const range = Array.isArray(f.value);
      const pk = Number(
        insFigure.run(
          vid,
          f.id,
          f.span.start,
          f.span.end,
          f.page,
          f.line,
          f.quote,
          f.rule,
          range ? null : (f.value as number),
          range ? (f.value as [number, number])[0] : null,
          range ? (f.value as [number, number])[1] : null,
          f.unit,
          f.approx,
          f.measure,
          f.date ? json(f.date) : null,
          f.date?.value ?? null,
          f.date?.start ?? null,
          f.date?.end ?? null,
          f.text,
          extraOf(f, FIGURE_KEYS),
        ).lastInsertRowid,
      );
      f.entities.forEach((name, i) => {
        insFigureEntity.run(pk, i, this.entityId(name, null));
      });
    }

    this.st('UPDATE source_versions SET complete = 1 WHERE id = ?').run(vid);
    this.st('UPDATE sources SET current_version = ?, retired = 0, retired_at = NULL WHERE id = ?').run(vid, src.id);
    this.st(`INSERT INTO source_log (source_id, run_id, version_id, action, at) VALUES (?, ?, ?, 'current', ?)`).run(
      src.id,
      runId,
      vid,
      new Date().toISOString(),
    );
    return vid;
  }

  /**
   * Sources not among the given ids leave the current view (their versions stay stored).
   * Recorded under `runId` (default: the latest run).
   */
  retireMissing(presentSourceIds: string[], runId?: number, within?: (path: string) => boolean): string[] {
    const present = new Set(presentSourceIds);
    const tx = this.db.transaction(() => {
      // read inside the write transaction: a source another run stores meanwhile is seen here
      const all = this.st(
        'SELECT s.id AS id, v.path AS path FROM sources s LEFT JOIN source_versions v ON v.id = s.current_version WHERE s.retired = 0 ORDER BY s.id',
      ).all() as { id: string; path: string | null }[];
      const gone = all.filter((r) => !present.has(r.id) && (!within || (r.path !== null && within(r.path)))).map((r) => r.id);
      const now = new Date().toISOString();
      const run = runId ?? ((this.st('SELECT MAX(id) AS id FROM runs').get() as { id: number | null }).id ?? null);
      for (const id of gone) {
        this.st('UPDATE sources SET retired = 1, retired_at = ? WHERE id = ?').run(now, id);
        this.st(`INSERT INTO source_log (source_id, run_id, version_id, action, at) VALUES (?, ?, NULL, 'retired', ?)`).run(id, run, now);
      }
      return gone;
    });
    return tx.immediate();
  }

  // ---------------------------------------------------------------- reading rows

  /**
   * Which source versions a read covers: the current view (default), one stored version
   * (history), or the view as it stood at the end of a run.
   */
  private scope(at?: ViewAt): { cte: string; params: unknown[] } {
    if (at === undefined || (at.versionId === undefined && at.runId === undefined)) {
      return { cte: `WITH cur AS (${CURRENT})`, params: [] };
    }
    if (at.versionId !== undefined) {
      return {
        cte: `WITH cur AS (SELECT v.id AS vid, v.source_id AS source_id, v.sha256 AS sha256 FROM source_versions v WHERE v.id = ?)`,
        params: [at.versionId],
      };
    }
    return {
      cte: `WITH last AS (SELECT source_id, MAX(id) AS lid FROM source_log WHERE run_id <= ? GROUP BY source_id),
        cur AS (SELECT v.id AS vid, v.source_id AS source_id, v.sha256 AS sha256 FROM last
          JOIN source_log l ON l.id = last.lid AND l.action = 'current'
          JOIN source_versions v ON v.id = l.version_id)`,
      params: [at.runId],
    };
  }

  private namesBy(sql: string, params: unknown[]): Map<number, string[]> {
    const out = new Map<number, string[]>();
    for (const r of this.st(sql).raw(true).all(...params) as [number, string][]) {
      let list = out.get(r[0]);
      if (!list) out.set(r[0], (list = []));
      list.push(r[1]);
    }
    return out;
  }

  /**
   * The stored rows of one fact table in a view, as arrays of the columns `cols` (after the
   * provenance columns PROV_COLS), with the names linked to each row (an event's actors, a
   * figure's entities) by the row's pk (column 0). `inGroups`: only facts whose reconcile group
   * is among the groups set by useGroups (incremental reconciliation).
   */
  private factRows(
    kind: 'event' | 'figure',
    at: ViewAt | undefined,
    inGroups: boolean,
    cols: string,
  ): { rows: Iterable<unknown[]>; names: Pick<Map<number, string[]>, 'get'> } {
    const t = kind === 'event' ? { table: 'events', link: 'event_actors', fk: 'event_pk' } : { table: 'figures', link: 'figure_entities', fk: 'figure_pk' };
    const { cte, params } = this.scope(at);
    // in groups: read from the wanted groups through the group index (CROSS JOIN fixes the
    // order), so a read of a few groups costs those groups' rows, not a scan of every fact
    const from = inGroups
      ? `temp.wanted_groups wg CROSS JOIN fact_groups fg ON fg.grp = wg.grp AND fg.fact_kind = '${kind}'
         CROSS JOIN ${t.table} x ON x.version_id = fg.version_id AND x.id = fg.fact_id JOIN cur ON cur.vid = x.version_id`
      : `${t.table} x JOIN cur ON cur.vid = x.version_id`;
    if (inGroups) {
      // a few groups' rows (one reconcile chunk): read at once, then each row's names by its pk
      // (the primary key of the link table), cheaper than joining every link row to the groups
      const rows = this.st(
        `${cte} SELECT ${PROV_COLS}, ${cols} FROM ${from}
         ORDER BY cur.source_id, x.span_start, x.id`,
      )
        .raw(true)
        .all(...params) as unknown[][];
      // the claims of these facts cite them by source, version and id: their pks are at hand
      for (const r of rows) this.loadedPks.set(`${kind}\u0000${r[2] as string}\u0000${r[3] as string}\u0000${r[1] as string}`, r[0] as number);
      const one = this.st(
        `SELECT en.name FROM ${t.link} l JOIN entities en ON en.id = l.entity_id WHERE l.${t.fk} = ? ORDER BY l.position`,
      ).pluck(true);
      return { rows, names: { get: (pk: number) => one.all(pk) as string[] } };
    }
    const names = this.namesBy(
      `${cte} SELECT l.${t.fk} AS pk, en.name AS name FROM ${t.link} l
       JOIN ${t.table} x ON x.pk = l.${t.fk} JOIN cur ON cur.vid = x.version_id
       JOIN entities en ON en.id = l.entity_id ORDER BY l.${t.fk}, l.position`,
      params,
    );
    // raw arrays of named columns, read one at a time: far fewer allocations than an object per
    // row with every column, and never all of them at once
    const rows = this.st(
      `${cte} SELECT ${PROV_COLS}, ${cols} FROM ${from}
       ORDER BY cur.source_id, x.span_start, x.id`,
    )
      .raw(true)
      .iterate(...params) as Iterable<unknown[]>;
    return { rows, names };
  }

  /** Events of a view (default: the current one); `inGroups` as for factRows. */
  events(at?: ViewAt, inGroups = false): EventRow[] {
    const { rows, names } = this.factRows('event', at, inGroups, 'x.type, x.date, x."where", x.trigger, x.planned, x.state, x.extra');
    const out: EventRow[] = [];
    for (const r of rows) {
      const row: EventRow = {
        ...provenanceOfRaw(r),
        type: r[10] as EventRow['type'],
        date: parse<DateValue>(r[11]),
        actors: names.get(r[0] as number) ?? [],
        where: (r[12] as string | null) ?? null,
        trigger: r[13] as string,
        planned: r[14] === 1,
      };
      // only when set: rows of ordinary happenings (and their exports) stay as they were
      if (r[15] === 'absent') row.state = 'absent';
      out.push(withExtra(row, r[16]));
    }
    return out;
  }

  /** Figures of a view (default: the current one); `inGroups` as for factRows. */
  figures(at?: ViewAt, inGroups = false): FigureRow[] {
    const { rows, names } = this.factRows(
      'figure',
      at,
      inGroups,
      'x.value, x.value_low, x.value_high, x.unit, x.approx, x.measure, x.date, x.text, x.extra',
    );
    const out: FigureRow[] = [];
    for (const r of rows) {
      out.push(
        withExtra<FigureRow>(
        {
          ...provenanceOfRaw(r),
          value: r[10] === null || r[10] === undefined ? [r[11] as number, r[12] as number] : (r[10] as number),
          unit: r[13] as string,
          approx: (r[14] as FigureRow['approx']) ?? null,
          measure: (r[15] as string | null) ?? null,
          date: r[16] === null ? null : parse<DateValue>(r[16]),
          entities: names.get(r[0] as number) ?? [],
          text: r[17] as string,
        },
        r[18],
      ));
    }
    return out;
  }

  mentions(at?: ViewAt): MentionRow[] {
    const { cte, params } = this.scope(at);
    const rows = this.st(
      `${cte} SELECT ${PROV_COLS.replace(/\bx\./g, 'm.')}, en.name AS entity, m.extra FROM mentions m
       JOIN cur ON cur.vid = m.version_id JOIN entities en ON en.id = m.entity_id
       ORDER BY cur.source_id, m.span_start, m.id`,
    )
      .raw(true)
      .all(...params) as unknown[][];
    const out: MentionRow[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      out[i] = withExtra<MentionRow>({ ...provenanceOfRaw(r), entity: r[10] as string }, r[11]);
    }
    return out;
  }

  /** One row per canonical name across all current sources. */
  entities(): { id: string; name: string; kind: string; aliases: string[]; mentions: number; sources: string[] }[] {
    const cte = `WITH cur AS (${CURRENT}),
      seen AS (
        SELECT ve.entity_id AS eid, cur.source_id AS source_id FROM version_entities ve JOIN cur ON cur.vid = ve.version_id
        UNION
        SELECT m.entity_id AS eid, cur.source_id AS source_id FROM mentions m JOIN cur ON cur.vid = m.version_id
      )`;
    const ents = this.st(
      `${cte} SELECT DISTINCT en.id AS eid, en.name AS name, en.kind AS kind FROM seen JOIN entities en ON en.id = seen.eid`,
    ).all() as { eid: number; name: string; kind: string }[];
    const sources = new Map<number, string[]>();
    for (const r of this.st(`${cte} SELECT eid, source_id FROM seen`).all() as { eid: number; source_id: string }[]) {
      const l = sources.get(r.eid) ?? [];
      l.push(r.source_id);
      sources.set(r.eid, l);
    }
    const aliases = new Map<number, Set<string>>();
    for (const r of this.st(
      `${cte} SELECT a.entity_id AS eid, a.alias AS alias FROM aliases a JOIN cur ON cur.vid = a.version_id`,
    ).all() as { eid: number; alias: string }[]) {
      const s = aliases.get(r.eid) ?? new Set<string>();
      s.add(r.alias);
      aliases.set(r.eid, s);
    }
    // kind: the one most current versions give (ties: alphabetical), else the stored one
    const kindVotes = new Map<number, Map<string, number>>();
    for (const r of this.st(
      `${cte} SELECT ve.entity_id AS eid, ve.kind AS kind, COUNT(*) AS n FROM version_entities ve JOIN cur ON cur.vid = ve.version_id
       GROUP BY ve.entity_id, ve.kind`,
    ).all() as { eid: number; kind: string; n: number }[]) {
      const m = kindVotes.get(r.eid) ?? new Map<string, number>();
      m.set(r.kind, r.n);
      kindVotes.set(r.eid, m);
    }
    const kindOf = (eid: number, fallback: string): string => {
      const m = kindVotes.get(eid);
      if (!m) return fallback;
      return [...m.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]![0];
    };
    const counts = new Map<number, number>();
    for (const r of this.st(
      `${cte} SELECT m.entity_id AS eid, COUNT(*) AS n FROM mentions m JOIN cur ON cur.vid = m.version_id GROUP BY m.entity_id`,
    ).all() as { eid: number; n: number }[]) {
      counts.set(r.eid, r.n);
    }
    return ents
      .map((e) => ({
        id: stableId('ent', e.name),
        name: e.name,
        kind: kindOf(e.eid, e.kind),
        aliases: [...(aliases.get(e.eid) ?? [])].sort(cmp),
        mentions: counts.get(e.eid) ?? 0,
        sources: [...new Set(sources.get(e.eid) ?? [])].sort(cmp),
      }))
      .sort((a, b) => cmp(a.name, b.name));
  }

  /** Events and figures of the current versions, with each source's document date and text. */
  loadFacts(): FactSet {
    const published: Record<string, string | null> = {};
    for (const r of this.st(
      `SELECT v.source_id AS id, v.doc_date AS d FROM sources s JOIN source_versions v ON v.id = s.current_version
       WHERE s.retired = 0 AND v.complete = 1 ORDER BY v.source_id`,
    ).all() as { id: string; d: string | null }[]) {
      published[r.id] = r.d ?? null;
    }
    return { events: this.events(), figures: this.figures(), published, texts: this.lazyTexts(Object.keys(published)) };
  }

  /**
   * The texts of the current versions of these sources, read when first asked for (reconcile
   * needs a source's text only for facts whose key it computes): a run over many briefs does not
   * hold every text at once. The last text read is kept (facts come source by source).
   */
  private lazyTexts(ids: readonly string[]): Record<string, string> {
    const keys = new Set(ids);
    let last: { id: string; text: string | undefined } | null = null;
    const get = (id: string): string | undefined => {
      if (!keys.has(id)) return undefined;
      if (last === null || last.id !== id) last = { id, text: this.sourceText(id) ?? undefined };
      return last.text;
    };
    return new Proxy({} as Record<string, string>, {
      get: (_t, p) => (typeof p === 'string' ? get(p) : undefined),
      has: (_t, p) => typeof p === 'string' && keys.has(p),
      ownKeys: () => [...keys],
      getOwnPropertyDescriptor: (_t, p) =>
        typeof p === 'string' && keys.has(p) ? { value: get(p), enumerable: true, configurable: true, writable: false } : undefined,
    });
  }

  // ---------------------------------------------------------------- incremental reconciliation

  /** The temp table of wanted groups (created once per connection). */
  private useGroups(groups: Iterable<string>): void {
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS wanted_groups (grp TEXT PRIMARY KEY)');
    this.db.prepare('DELETE FROM temp.wanted_groups').run();
    const ins = this.db.prepare('INSERT OR IGNORE INTO temp.wanted_groups (grp) VALUES (?)');
    for (const g of groups) ins.run(g);
  }

  /**
   * The facts of the current view whose reconcile group is one of `groups`, with the document
   * date and text of the sources they come from.
   */
  loadFactsInGroups(groups: Iterable<string>): FactSet {
    this.useGroups(groups);
    this.loadedPks.clear();
    const events = this.events(undefined, true);
    const figures = this.figures(undefined, true);
    const published: Record<string, string | null> = {};
    for (const id of new Set([...events, ...figures].map((r) => r.source))) {
      const r = this.st(
        `SELECT v.doc_date AS d FROM sources s JOIN source_versions v ON v.id = s.current_version WHERE s.id = ?`,
      ).get(id) as { d: string | null } | undefined;
      if (!r) continue;
      published[id] = r.d ?? null;
    }
    return { events, figures, published, texts: this.lazyTexts(Object.keys(published)) };
  }

  /**
   * Replaces the fact groups of every current version (a full reconcile computes them all) and
   * records the version of the grouping rules.
   */
  setFactGroups(rows: FactGroupRow[], version: string): void {
    const bySource = new Map<string, FactGroupRow[]>();
    for (const r of rows) {
      const l = bySource.get(r.source) ?? [];
      l.push(r);
      bySource.set(r.source, l);
    }
    const tx = this.db.transaction(() => {
      const cur = this.st(`${CURRENT} ORDER BY v.source_id`).all() as { vid: number; source_id: string }[];
      for (const c of cur) this.writeGroups(c.vid, c.source_id, { rows: bySource.get(c.source_id) ?? [], version });
    });
    tx.immediate();
  }

  /**
   * True when the stored claims were reconciled with grouping rules `version` and every current
   * version has its fact groups under that version: then a reconcile of the touched groups only
   * equals a full one.
   */
  groupsReady(version: string): boolean {
    const meta = this.st(`SELECT value FROM meta WHERE key = 'claims_groups'`).get() as { value: string } | undefined;
    if (!meta || meta.value !== version) return false;
    return this.versionsGrouped(version);
  }

  /**
   * True when every current version has its fact groups under grouping rules `version` (as
   * saveVersion stores them): a full reconcile then need not store the groups again.
   */
  versionsGrouped(version: string): boolean {
    const stale = this.st(`${CURRENT} AND (v.grouped IS NULL OR v.grouped <> ?) LIMIT 1`).get(version);
    return stale === undefined;
  }

  /**
   * The groups a source touches: those of the facts of its current version (even when retired),
   * and those of the facts its stored claims cite (its earlier version).
   */
  groupsOfSources(sourceIds: string[]): Set<string> {
    const out = new Set<string>();
    for (const id of sourceIds) {
      for (const r of this.st(
        `SELECT DISTINCT fg.grp AS grp FROM sources s JOIN fact_groups fg ON fg.version_id = s.current_version WHERE s.id = ?
         UNION
         SELECT DISTINCT fg.grp AS grp FROM claim_evidence ce JOIN fact_groups fg
           ON fg.version_id = ce.version_id AND fg.fact_kind = ce.fact_kind AND fg.fact_id = ce.fact_id
         WHERE ce.source = ?`,
      ).all(id, id) as { grp: string }[]) {
        out.add(r.grp);
      }
    }
    return out;
  }

  /**
   * Closes a set of groups under what links groups in reconciliation: precise figures of the
   * current view in the same scale bucket (mantissas within one), and stored claims that cite
   * facts of several groups. Reconciling the closed set gives what a full reconcile gives there.
   */
  closeGroups(seed: Iterable<string>): Set<string> {
    const out = new Set<string>(seed);
    // each round reads the neighbours of the whole set at once (set-based, not group by group)
    for (let round = 0; round < 1000; round++) {
      this.useGroups(out);
      const rows = this.db
        .prepare(
          `WITH cur AS (${CURRENT}),
           claims_of AS (
             SELECT DISTINCT ce1.claim_pk AS pk FROM temp.wanted_groups w
             JOIN fact_groups fg1 ON fg1.grp = w.grp
             JOIN claim_evidence ce1 ON ce1.version_id = fg1.version_id AND ce1.fact_kind = fg1.fact_kind AND ce1.fact_id = fg1.fact_id),
           buckets AS (
             SELECT DISTINCT fg1.scale AS scale, fg1.mantissa AS mantissa FROM temp.wanted_groups w
             JOIN fact_groups fg1 ON fg1.grp = w.grp JOIN cur ON cur.vid = fg1.version_id
             WHERE fg1.scale IS NOT NULL)
           SELECT DISTINCT fg2.grp AS grp FROM claims_of c
             JOIN claim_evidence ce2 ON ce2.claim_pk = c.pk
             JOIN fact_groups fg2 ON fg2.version_id = ce2.version_id AND fg2.fact_kind = ce2.fact_kind AND fg2.fact_id = ce2.fact_id
           UNION
           SELECT DISTINCT fg2.grp AS grp FROM buckets b
             JOIN fact_groups fg2 ON fg2.scale = b.scale AND fg2.mantissa BETWEEN b.mantissa - 1 AND b.mantissa + 1
             JOIN cur ON cur.vid = fg2.version_id`,
        )
        .all() as { grp: string }[];
      let grew = false;
      for (const r of rows) {
        if (!out.has(r.grp)) {
          out.add(r.grp);
          grew = true;
        }
      }
      if (!grew) break;
    }
    return out;
  }

  /**
   * Every reconcile group of the current view, in sets closed under what links groups in a full
   * reconcile (precise figures in the same scale bucket, mantissas within one, chained), packed
   * into chunks of about `maxFacts` facts (a closed set larger than that is one chunk alone).
   * Reconciling each chunk's facts (loadFactsInGroups) gives, together, the claims of a full
   * reconcile (ids aside when two chunks give the same claim id: see saveClaimsInChunks), while
   * only one chunk's facts are in memory. Deterministic: chunks and their groups come sorted.
   */
  groupChunks(maxFacts: number): string[][] {
    const index = new Map<string, number>();
    const names: string[] = [];
    const size: number[] = [];
    const parent: number[] = [];
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    const union = (a: number, b: number): void => {
      const x = find(a);
      const y = find(b);
      if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
    };
    // scale bucket (scale, mantissa) -> a group in it
    const buckets = new Map<string, Map<number, number>>();
    for (const r of this.st(
      `WITH cur AS (${CURRENT}) SELECT fg.grp, fg.scale, fg.mantissa FROM fact_groups fg JOIN cur ON cur.vid = fg.version_id`,
    )
      .raw(true)
      .iterate() as Iterable<[string, string | null, number | null]>) {
      let g = index.get(r[0]);
      if (g === undefined) {
        g = names.length;
        index.set(r[0], g);
        names.push(r[0]);
        size.push(0);
        parent.push(g);
      }
      size[g]!++;
      if (r[1] === null || r[2] === null) continue;
      let byMantissa = buckets.get(r[1]);
      if (!byMantissa) buckets.set(r[1], (byMantissa = new Map()));
      const other = byMantissa.get(r[2]);
      if (other === undefined) byMantissa.set(r[2], g);
      else union(g, other);
    }
    for (const byMantissa of buckets.values()) {
      for (const [m, g] of byMantissa) {
        const next = byMantissa.get(m + 1);
        if (next !== undefined) union(g, next);
      }
    }
    // closed sets, each sorted, in the order of their first group
    const sets = new Map<number, { groups: string[]; facts: number }>();
    const order = names.map((_, i) => i).sort((a, b) => cmp(names[a]!, names[b]!));
    for (const i of order) {
      const root = find(i);
      let s = sets.get(root);
      if (!s) sets.set(root, (s = { groups: [], facts: 0 }));
      s.groups.push(names[i]!);
      s.facts += size[i]!;
    }
    const chunks: string[][] = [];
    let cur: string[] = [];
    let facts = 0;
    for (const s of sets.values()) {
      if (facts > 0 && facts + s.facts > maxFacts) {
        chunks.push(cur);
        cur = [];
        facts = 0;
      }
      for (const g of s.groups) cur.push(g);
      facts += s.facts;
    }
    if (cur.length > 0) chunks.push(cur);
    return chunks.map((c) => c.sort(cmp));
  }

  /**
   * Replaces every claim (and its evidence) in one transaction, as saveClaims does, with the
   * claims of `chunks`, produced one chunk at a time (each reconciled after the previous one was
   * written), so that a full reconcile never holds every claim at once. Throws
   * ClaimIdCollision (and writes nothing) when two chunks give the same claim id: a full
   * reconcile numbers such claims by their order among all claims, which chunks cannot know.
   * Returns the number of claims written.
   */
  saveClaimsInChunks(chunks: Iterable<Claim[]>, runId: number, groupsVersion?: string): number {
    return this.replaceAllClaims(chunks, runId, groupsVersion);
  }

  /** saveClaims and saveClaimsInChunks: every claim replaced, batch by batch, in one transaction. */
  private replaceAllClaims(chunks: Iterable<Claim[]>, runId: number, groupsVersion?: string): number {
    const tx = this.db.transaction(() => {
      this.st('DELETE FROM claims').run();
      const ids = new Set<string>();
      const versions = new Map<string, VersionFacts | undefined>();
      for (const claims of chunks) {
        for (const id of this.insertClaims(claims, runId, versions, ids)) ids.add(id);
      }
      if (groupsVersion !== undefined) {
        this.st(`INSERT OR REPLACE INTO meta (key, value) VALUES ('claims_groups', ?)`).run(groupsVersion);
      } else {
        this.st(`DELETE FROM meta WHERE key = 'claims_groups'`).run();
      }
      return ids.size;
    });
    try {
      return tx.immediate();
    } finally {
      this.loadedPks.clear();
    }
  }

  /**
   * Replaces, in one transaction, the claims that cite facts of `groups` with `claims` (the
   * reconcile of those groups); other claims are left as they are, ids and all.
   * Returns how many claims were removed.
   */
  replaceClaimsInGroups(groups: Iterable<string>, claims: Claim[], runId: number): number {
    this.useGroups(groups);
    const tx = this.db.transaction(() => {
      const gone = this.db
        .prepare(
          `DELETE FROM claims WHERE pk IN (
             SELECT ce.claim_pk FROM claim_evidence ce JOIN fact_groups fg
               ON fg.version_id = ce.version_id AND fg.fact_kind = ce.fact_kind AND fg.fact_id = ce.fact_id
             JOIN temp.wanted_groups wg ON wg.grp = fg.grp)`,
        )
        .run().changes;
      // claims left without evidence (their facts gone with no group known): none should exist
      this.st('DELETE FROM claims WHERE pk NOT IN (SELECT claim_pk FROM claim_evidence)').run();
      this.insertClaims(claims, runId, new Map());
      return gone;
    });
    try {
      return tx.immediate();
    } finally {
      this.loadedPks.clear();
    }
  }

  /**
   * Runs `fn` in one write transaction (BEGIN IMMEDIATE; nested transactions become savepoints):
   * a reconcile that reads facts and writes claims sees no other writer's versions in between.
   */
  inTransaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** How many claims are stored. */
  claimCount(): number {
    return (this.st('SELECT COUNT(*) AS n FROM claims').get() as { n: number }).n;
  }

  /** Original text of the source's current version, or null. */
  sourceText(sourceId: string): string | null {
    const r = this.st(
      `SELECT v.text AS text FROM sources s JOIN source_versions v ON v.id = s.current_version WHERE s.id = ?`,
    ).get(sourceId) as { text: string } | undefined;
    return r ? r.text : null;
  }

  /** Current (not retired) source ids, sorted. */
  currentSources(): string[] {
    return (this.st(`${CURRENT} ORDER BY v.source_id`).all() as { source_id: string }[]).map((r) => r.source_id);
  }

  // ---------------------------------------------------------------- claims

  /**
   * Replaces the claims (and their evidence) in one transaction. `groupsVersion`: the version of
   * the grouping rules the claims were reconciled with (setFactGroups has stored the groups);
   * without it, the next reconcile must be a full one.
   */
  saveClaims(claims: Claim[], runId: number, groupsVersion?: string): void {
    this.replaceAllClaims([claims], runId, groupsVersion);
  }


  /**
   * Inserts a batch of claims; throws when two of them share an id, and ClaimIdCollision when
   * an id is among `earlier` (the ids other batches of the same transaction wrote). Returns the
   * batch's ids.
   */
  private insertClaims(
    claims: Claim[],
    runId: number,
    versions: Map<string, VersionFacts | undefined>,
    earlier: ReadonlySet<string> = new Set(),
  ): Set<string> {
    const mine = new Set<string>();
    for (const c of claims) {
      if (mine.has(c.id)) throw new Error(`two claims share the id ${c.id}`);
      if (earlier.has(c.id)) throw new ClaimIdCollision(c.id);
      mine.add(c.id);
      this.insertClaim(c, runId, versions);
    }
    return mine;
  }

  /**
   * Inserts one claim with its evidence; `versions` caches, within one transaction, each
   * version's id and the pks of its events and figures by fact id (read once per version).
   */
  private insertClaim(c: Claim, runId: number, versions: Map<string, VersionFacts | undefined> = new Map()): void {
    const pk = Number(
      this.st(
        `INSERT INTO claims (id, subject, predicate, qualifier, status, diagnosis, preferred, run_id, extra)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        c.id,
        json(c.key.subject),
        c.key.predicate,
        c.key.qualifier ?? null,
        c.status,
        c.diagnosis ?? null,
        json(c.preferred),
        runId,
        extraOf(c, CLAIM_KEYS),
      ).lastInsertRowid,
    );
    const insEvidence = this.st(
      `INSERT INTO claim_evidence (claim_pk, position, source, sha256, version_id, span_start, span_end, quote,
         page, line, value, fact_kind, fact_id, event_pk, figure_pk, extra)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    c.claims.forEach((ev, i) => {
      const vkey = `${ev.source}\u0000${ev.sha256}`;
      let version = versions.get(vkey);
      if (!versions.has(vkey)) {
        version = this.versionFacts(ev.source, ev.sha256);
        versions.set(vkey, version);
      }
      let eventPk: number | null = null;
      let figurePk: number | null = null;
      if (version) {
        // a fact of the chunk just read (the current version, as versionFacts finds first),
        // else the version's pks, read once
        const pk = this.loadedPks.get(`${ev.factKind}\u0000${ev.source}\u0000${ev.sha256}\u0000${ev.factId}`) ?? this.factPk(version, ev.factKind, ev.factId);
        if (ev.factKind === 'figure') figurePk = pk;
        else eventPk = pk;
      }
      insEvidence.run(
        pk,
        i,
        ev.source,
        ev.sha256,
        version?.id ?? null,
        ev.span.start,
        ev.span.end,
        ev.quote,
        ev.page,
        ev.line,
        json(ev.value),
        ev.factKind,
        ev.factId,
        eventPk,
        figurePk,
        extraOf(ev, EVIDENCE_KEYS),
      );
    });
  }

  /** The version a piece of evidence cites (the current one first); its facts' pks are read when needed. */
  private versionFacts(source: string, sha256: string): VersionFacts | undefined {
    const v = this.st(
      `SELECT v.id AS id FROM source_versions v LEFT JOIN sources s ON s.current_version = v.id
       WHERE v.source_id = ? AND v.sha256 = ? ORDER BY (s.id IS NOT NULL) DESC, v.id DESC LIMIT 1`,
    ).get(source, sha256) as { id: number } | undefined;
    if (!v) return undefined;
    return { id: v.id, events: null, figures: null };
  }

  /** The pk of a fact of a version, by its id (the version's pks are read once, then kept). */
  private factPk(version: VersionFacts, kind: 'event' | 'figure', factId: string): number | null {
    const table = kind === 'figure' ? 'figures' : 'events';
    const pks = (version[table] ??= new Map(
      this.st(`SELECT id, pk FROM ${table} WHERE version_id = ?`).raw(true).all(version.id) as [string, number][],
    ));
    return pks.get(factId) ?? null;
  }

  claims(): Claim[] {
    const evidence = new Map<number, ClaimEvidence[]>();
    for (const r of this.st('SELECT * FROM claim_evidence ORDER BY claim_pk, position').all() as Row[]) {
      const list = evidence.get(r.claim_pk as number) ?? [];
      list.push(
        withExtra<ClaimEvidence>(
          {
            source: r.source as string,
            sha256: r.sha256 as string,
            span: { start: r.span_start as number, end: r.span_end as number },
            quote: r.quote as string,
            page: (r.page as number | null) ?? null,
            line: r.line as number,
            value: parse<unknown>(r.value),
            factKind: r.fact_kind as 'event' | 'figure',
            factId: r.fact_id as string,
          },
          r.extra,
        ),
      );
      evidence.set(r.claim_pk as number, list);
    }
    const out = (this.st('SELECT * FROM claims').all() as Row[]).map((r) => {
      const key: Claim['key'] = { subject: parse<string[]>(r.subject), predicate: r.predicate as string };
      if (r.qualifier !== null && r.qualifier !== undefined) key.qualifier = r.qualifier as string;
      return withExtra<Claim>(
        {
          id: r.id as string,
          key,
          status: r.status as Claim['status'],
          diagnosis: (r.diagnosis as string | null) ?? null,
          claims: evidence.get(r.pk as number) ?? [],
          preferred: parse<Claim['preferred']>(r.preferred),
        },
        r.extra,
      );
    });
    const sortKey = (c: Claim) => `${c.key.subject.join('\u0001')}\u0000${c.key.predicate}\u0000${c.key.qualifier ?? ''}\u0000${c.id}`;
    return out.sort((a, b) => cmp(sortKey(a), sortKey(b)));
  }

  // ---------------------------------------------------------------- diff between runs

  /**
   * Facts added, changed and removed between the views at the end of two runs (`to` defaults
   * to the current view). A fact is identified by kind, source and quote (with its rank among
   * identical quotes); "changed" means the same passage now yields different values.
   */
  diff(fromRun: number, toRun?: number): RunDiff {
    const at = (run: number | undefined): ViewAt | undefined => (run === undefined ? undefined : { runId: run });
    const load = (run: number | undefined) => {
      const m = new Map<string, FactRow>();
      const put = (kind: 'event' | 'figure', rows: (EventRow | FigureRow)[]) => {
        const seen = new Map<string, number>();
        const sorted = [...rows].sort((a, b) => cmp(contentOf(a), contentOf(b)));
        for (const r of sorted) {
          const base = `${kind}\u0000${r.source}\u0000${r.quote}`;
          const k = seen.get(base) ?? 0;
          seen.set(base, k + 1);
          m.set(`${base}\u0000${k}`, { kind, row: r });
        }
      };
      put('event', this.events(at(run)));
      put('figure', this.figures(at(run)));
      return m;
    };
    const a = load(fromRun);
    const b = load(toRun);
    const out: RunDiff = { from: fromRun, to: toRun ?? null, added: [], removed: [], changed: [] };
    for (const [k, x] of a) {
      const y = b.get(k);
      if (!y) out.removed.push(x);
      else if (contentOf(x.row) !== contentOf(y.row)) out.changed.push({ kind: x.kind, before: x.row, after: y.row });
    }
    for (const [k, y] of b) if (!a.has(k)) out.added.push(y);
    const order = (f: FactRow) => `${f.row.source}\u0000${String(f.row.span.start).padStart(10, '0')}\u0000${f.row.id}`;
    out.added.sort((x, y) => cmp(order(x), order(y)));
    out.removed.sort((x, y) => cmp(order(x), order(y)));
    out.changed.sort((x, y) => cmp(order({ kind: x.kind, row: x.after }), order({ kind: y.kind, row: y.after })));
    return out;
  }

  // ---------------------------------------------------------------- export rows

  /** Export rows exactly as issue 2 defines them; current versions only; stable order. */
  rows(table: ExportTable): Record<string, unknown>[] {
    switch (table) {
      case 'events':
        return this.events() as unknown as Record<string, unknown>[];
      case 'figures':
        return this.figures() as unknown as Record<string, unknown>[];
      case 'mentions':
        return this.mentions() as unknown as Record<string, unknown>[];
      case 'entities':
        return this.entities();
      case 'claims':
        return this.claims() as unknown as Record<string, unknown>[];
      default:
        throw new Error(`unknown table ${String(table)}`);
    }
  }
}
