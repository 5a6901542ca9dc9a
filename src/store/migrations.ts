/**
 * Named migrations, applied in order and recorded in the `migrations` table.
 * Never edit a migration that has shipped: add a new one.
 *
 * Provenance chain by foreign key:
 *   claims <- claim_evidence -> events | figures -> source_versions -> sources
 *   events/figures/mentions carry the span (span_start, span_end) into source_versions.text.
 */
export interface Migration {
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    name: '001-initial',
    sql: `
CREATE TABLE runs (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  code_version  TEXT NOT NULL,
  inputs        TEXT NOT NULL,             -- JSON array of paths
  counts        TEXT,                      -- JSON object
  errors        TEXT                       -- JSON array of {file, reason}
);

CREATE TABLE sources (
  id               TEXT PRIMARY KEY,       -- file name: the corpus id
  current_version  INTEGER REFERENCES source_versions(id) ON DELETE SET NULL,
  retired          INTEGER NOT NULL DEFAULT 0,
  retired_at       TEXT
);

CREATE TABLE source_versions (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id        TEXT NOT NULL REFERENCES sources(id),
  sha256           TEXT NOT NULL,
  path             TEXT NOT NULL,
  format           TEXT NOT NULL,
  encoding         TEXT NOT NULL,
  bytes            INTEGER NOT NULL,
  text             TEXT NOT NULL,          -- the original text every span points into
  pages            TEXT NOT NULL,          -- JSON PageInfo[]
  doc_date         TEXT,
  doc_date_method  TEXT NOT NULL,
  doc_date_span    TEXT,                   -- JSON Span or null
  ingested_at      TEXT NOT NULL,
  run_id           INTEGER REFERENCES runs(id),
  complete         INTEGER NOT NULL DEFAULT 0
);

-- every change of a source's current view, per run: a version became current, or the source
-- was retired. The view as of run R is each source's last entry with run_id <= R.
CREATE TABLE source_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  source_id   TEXT NOT NULL REFERENCES sources(id),
  run_id      INTEGER REFERENCES runs(id),
  version_id  INTEGER REFERENCES source_versions(id),
  action      TEXT NOT NULL CHECK (action IN ('current', 'retired')),
  at          TEXT NOT NULL
);

CREATE TABLE entities (
  id    INTEGER PRIMARY KEY AUTOINCREMENT,
  name  TEXT NOT NULL UNIQUE,              -- canonical name
  kind  TEXT NOT NULL
);

-- which source version names which entity (with the kind resolve gave it there)
CREATE TABLE version_entities (
  version_id  INTEGER NOT NULL REFERENCES source_versions(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  kind        TEXT NOT NULL,
  PRIMARY KEY (version_id, entity_id)
);

CREATE TABLE aliases (
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  alias       TEXT NOT NULL,               -- a surface form seen
  version_id  INTEGER NOT NULL REFERENCES source_versions(id) ON DELETE CASCADE,
  PRIMARY KEY (entity_id, alias, version_id)
);

CREATE TABLE mentions (
  pk          INTEGER PRIMARY KEY AUTOINCREMENT,
  version_id  INTEGER NOT NULL REFERENCES source_versions(id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  page        INTEGER,
  line        INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  rule        TEXT NOT NULL,
  extra       TEXT,                        -- JSON of fields beyond the contract, or null
  UNIQUE (version_id, id)
);

CREATE TABLE events (
  pk          INTEGER PRIMARY KEY AUTOINCREMENT,
  version_id  INTEGER NOT NULL REFERENCES source_versions(id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  page        INTEGER,
  line        INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  rule        TEXT NOT NULL,
  type        TEXT NOT NULL,
  date        TEXT NOT NULL,               -- JSON DateValue
  date_value  TEXT NOT NULL,
  date_start  TEXT NOT NULL,
  date_end    TEXT NOT NULL,
  "where"     TEXT,
  trigger     TEXT NOT NULL,
  planned     INTEGER NOT NULL,
  extra       TEXT,
  UNIQUE (version_id, id)
);

CREATE TABLE event_actors (
  event_pk   INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (event_pk, position)
);

CREATE TABLE figures (
  pk          INTEGER PRIMARY KEY AUTOINCREMENT,
  version_id  INTEGER NOT NULL REFERENCES source_versions(id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  page        INTEGER,
  line        INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  rule        TEXT NOT NULL,
  value       REAL,                        -- a single value, or null for a range
  value_low   REAL,                        -- a range [low, high], or null
  value_high  REAL,
  unit        TEXT NOT NULL,
  approx      TEXT,
  measure     TEXT,
  date        TEXT,                        -- JSON DateValue or null
  date_value  TEXT,
  date_start  TEXT,
  date_end    TEXT,
  text        TEXT NOT NULL,
  extra       TEXT,
  UNIQUE (version_id, id)
);

CREATE TABLE figure_entities (
  figure_pk  INTEGER NOT NULL REFERENCES figures(pk) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  entity_id  INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (figure_pk, position)
);

CREATE TABLE claims (
  pk         INTEGER PRIMARY KEY AUTOINCREMENT,
  id         TEXT NOT NULL UNIQUE,
  subject    TEXT NOT NULL,                -- JSON string[]
  predicate  TEXT NOT NULL,
  qualifier  TEXT,
  status     TEXT NOT NULL,
  diagnosis  TEXT,
  preferred  TEXT NOT NULL,                -- JSON {value, rationale}
  run_id     INTEGER REFERENCES runs(id),
  extra      TEXT
);

CREATE TABLE claim_evidence (
  claim_pk    INTEGER NOT NULL REFERENCES claims(pk) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  source      TEXT NOT NULL,
  sha256      TEXT NOT NULL,
  version_id  INTEGER REFERENCES source_versions(id) ON DELETE SET NULL,
  span_start  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  page        INTEGER,
  line        INTEGER NOT NULL,
  value       TEXT,                        -- JSON
  fact_kind   TEXT NOT NULL,               -- event | figure
  fact_id     TEXT NOT NULL,
  event_pk    INTEGER REFERENCES events(pk) ON DELETE SET NULL,
  figure_pk   INTEGER REFERENCES figures(pk) ON DELETE SET NULL,
  extra       TEXT,
  PRIMARY KEY (claim_pk, position)
);

CREATE INDEX idx_versions_source ON source_versions(source_id, sha256);
CREATE INDEX idx_source_log ON source_log(run_id, source_id);
CREATE INDEX idx_mentions_version ON mentions(version_id, span_start);
CREATE INDEX idx_mentions_entity ON mentions(entity_id);
CREATE INDEX idx_events_version ON events(version_id, span_start);
CREATE INDEX idx_events_date ON events(date_start, date_end);
CREATE INDEX idx_figures_version ON figures(version_id, span_start);
CREATE INDEX idx_event_actors_entity ON event_actors(entity_id);
CREATE INDEX idx_figure_entities_entity ON figure_entities(entity_id);
CREATE INDEX idx_aliases_version ON aliases(version_id);
CREATE INDEX idx_evidence_event ON claim_evidence(event_pk);
CREATE INDEX idx_evidence_figure ON claim_evidence(figure_pk);
CREATE INDEX idx_evidence_source ON claim_evidence(source);
`,
  },
  {
    // Incremental reconciliation: the reconcile group (claim key) of every stored fact, so a new,
    // changed or retired source re-reconciles only the groups it touches.
    name: '002-fact-groups',
    sql: `
CREATE TABLE fact_groups (
  version_id  INTEGER NOT NULL REFERENCES source_versions(id) ON DELETE CASCADE,
  fact_kind   TEXT NOT NULL,               -- event | figure
  fact_id     TEXT NOT NULL,
  grp         TEXT NOT NULL,               -- the group key: facts of one group are compared together
  scale       TEXT,                        -- precise figures: period and unit (scale cross-check)
  mantissa    INTEGER,                     -- precise figures: first three significant digits
  PRIMARY KEY (version_id, fact_kind, fact_id)
);
CREATE INDEX idx_fact_groups_grp ON fact_groups(grp);
CREATE INDEX idx_fact_groups_scale ON fact_groups(scale, mantissa);

-- the version of the grouping rules a version's fact_groups were computed with (null: none)
ALTER TABLE source_versions ADD COLUMN grouped TEXT;

CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);

CREATE INDEX idx_evidence_fact ON claim_evidence(version_id, fact_kind, fact_id);
`,
  },
  {
    // Time-scoped states: an event row may state that something did not exist / had not happened
    // as of the brief's date ('absent'); null for ordinary happenings.
    name: '003-event-state',
    sql: `
ALTER TABLE events ADD COLUMN state TEXT CHECK (state IS NULL OR state IN ('absent'));
`,
  },
];
