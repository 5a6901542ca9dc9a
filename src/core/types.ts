/**
 * The types every stage shares. This module imports nothing; span.ts holds the pure span helpers.
 *
 * Offsets are UTF-16 code-unit offsets (JavaScript string indices), end exclusive.
 * Inside the pipeline, spans of mentions are in NORMALIZED text coordinates until the
 * resolve stage maps them (through the normalize stage's offset map, see span.ts) into
 * ORIGINAL source coordinates. Every exported row carries an original-coordinate span.
 */

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- ingest

export type SourceFormat = 'pdf' | 'txt' | 'md';

/** A file as read from disk, before decoding: enough to decide whether it is new. */
export interface RawInput {
  /** File name: the corpus id. */
  id: string;
  path: string;
  format: SourceFormat;
  bytes: Uint8Array;
  sha256: string;
}

/** One page of a PDF: its number (1-based) and where it sits in SourceDoc.text. */
export interface PageInfo {
  page: number;
  start: number;
  end: number;
}

export interface SourceDoc {
  /** File name: the corpus id ("003_9961f66afe3bf97f.txt"). */
  id: string;
  /** Path as given on the command line (or found in a folder). */
  path: string;
  /** sha256 (hex) of the file's bytes: identifies the source version. */
  sha256: string;
  format: SourceFormat;
  /** How the bytes were decoded: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, pdf. */
  encoding: string;
  /**
   * The original text every span points into. .txt/.md: the decoded file (no BOM);
   * .pdf: the extracted text of all pages, pages joined by "\f" (see pages).
   */
  text: string;
  /** Page boundaries in `text` (PDF only; [] otherwise). */
  pages: PageInfo[];
  /** Size of the file in bytes. */
  bytes: number;
}

// ---------------------------------------------------------------- normalize

/**
 * Normalized text with its offset map back to SourceDoc.text.
 * For every normalized code unit i: the original span [srcStart[i], srcEnd[i]) it came from.
 * Inserted characters (a space that replaces a line break) map to the characters they replace.
 */
export interface NormalizedDoc {
  source: SourceDoc;
  text: string;
  srcStart: Int32Array;
  srcEnd: Int32Array;
}

// ---------------------------------------------------------------- segment

export interface Section {
  index: number;
  /** Heading text (normalized), null for the part before the first heading. */
  heading: string | null;
  headingSpan: Span | null;
  /** 1 for a top heading; 0 for the untitled lead section. */
  level: number;
  span: Span;
}

export interface Paragraph {
  index: number;
  section: number;
  span: Span;
}

export interface Sentence {
  index: number;
  section: number;
  paragraph: number;
  span: Span;
}

export interface TableCell {
  span: Span;
  text: string;
}

export interface TableRow {
  span: Span;
  cells: TableCell[];
}

export interface Table {
  index: number;
  section: number;
  /** Caption text (may have been split over several lines in the source), or null. */
  caption: string | null;
  captionSpan: Span | null;
  /** The header row (column names), when one is recognised. */
  header: TableRow | null;
  rows: TableRow[];
  span: Span;
}

export interface SegmentedDoc extends NormalizedDoc {
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tables: Table[];
}

// ---------------------------------------------------------------- dates

export type Granularity =
  | 'day'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'range';

/**
 * A date as an interval. `value` in the export's ISO forms: YYYY-MM-DD, YYYY-MM, YYYY,
 * START/END for a range, YYYY-SP|SU|FA|WI, YYYY-H1|H2, YYYY-Q1..Q4, 199X for a decade.
 * start/end: first and last day (YYYY-MM-DD, both inclusive).
 */
export interface DateValue {
  value: string;
  start: string;
  end: string;
  granularity: Granularity;
  /** True when any part of the value was taken from context rather than stated. */
  inferred: boolean;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How the document's own date was found. */
export interface DocumentDate {
  /** ISO date at the granularity found (YYYY-MM-DD, YYYY-MM or YYYY), or null when none. */
  value: string | null;
  /** header: stated near the top; latest: the latest explicit date in the text; none. */
  method: 'header' | 'latest' | 'none';
  /** Where it was found (normalized coordinates), when it was. */
  span: Span | null;
}

// ---------------------------------------------------------------- extract

export type EventType =
  | 'visit'
  | 'meeting'
  | 'agreement'
  | 'diplomatic'
  | 'establishment'
  | 'opening'
  | 'economic'
  | 'security'
  | 'political'
  | 'statement'
  | 'other';

export type EntityKind =
  | 'country'
  | 'person'
  | 'organization'
  | 'company'
  | 'city'
  | 'region'
  | 'project'
  | 'other';

export type Approx = 'about' | 'more_than' | 'less_than' | 'up_to' | 'almost' | 'at_least';

interface MentionBase {
  /** Normalized-text span. */
  span: Span;
  /** The normalized text at span. */
  text: string;
  /** Id of the rule that produced it ("dates/absolute/day-month-year"). */
  ruleId: string;
}

export interface DateMention extends MentionBase {
  kind: 'date';
  timexType: TimexType;
  /** TIMEX3 value (1995-10-02, 199, 2011-FA, P6Y, PRESENT_REF, XXXX-10 ...). */
  timexValue: string;
  /** TIMEX3 mod (BEFORE, AFTER, START, MID, END, APPROX ...), when any. */
  mod?: string;
  /** The interval for a DATE (null for durations, sets, and dates that cannot be placed). */
  date: DateValue | null;
}

export interface FigureMention extends MentionBase {
  kind: 'figure';
  /** Number with scale words applied; [low, high] for a range. */
  value: number | [number, number];
  /** USD, EUR, percent, t, m3, bbl, km, day, year, count, times, t/year ... */
  unit: string;
  approx: Approx | null;
  /** What is measured, a short phrase from the text (normalized), or null. */
  measure: string | null;
  /** The period it refers to, or null. */
  date: DateValue | null;
  /** Canonical names of entities named with the figure (filled by resolve when empty). */
  entities: string[];
  /** For a table cell: where it is. */
  cell?: { table: number; row: number; col: number };
}

export interface EntityMention extends MentionBase {
  kind: 'entity';
  /** Canonical name. */
  name: string;
  entityKind: EntityKind;
  /** Similarity score when matched as a spelling variant (1 for exact lexicon matches). */
  score: number;
  /**
   * Optional: 'modifier' when the name only modifies a place and is not a party ("trucks queued
   * at the Uzbek border": Uzbekistan is where, not who). Absent for ordinary mentions.
   */
  role?: 'modifier';
}

export interface TriggerMention extends MentionBase {
  kind: 'trigger';
  eventType: EventType;
  /** True when the trigger is a plan or target ("scheduled to", "aims to"). */
  planned: boolean;
}

export type Mention = DateMention | FigureMention | EntityMention | TriggerMention;

export interface ExtractedDoc extends SegmentedDoc {
  documentDate: DocumentDate;
  mentions: Mention[];
}

// ---------------------------------------------------------------- resolve (rows)

/** The provenance every exported row carries. */
export interface Provenance {
  /** Stable across re-runs of the same source version. */
  id: string;
  source: string;
  sha256: string;
  /** Span into the ORIGINAL source text. */
  span: Span;
  /** PDF page (1-based) or null. */
  page: number | null;
  /** 1-based line of span.start in the original text. */
  line: number;
  /** Exactly source.text.slice(span.start, span.end). */
  quote: string;
  rule: string;
}

export interface EventRow extends Provenance {
  type: EventType;
  date: DateValue;
  actors: string[];
  where: string | null;
  trigger: string;
  planned: boolean;
  /**
   * Optional: 'absent' when the brief states that this did not exist / had not happened as of
   * its own date ("X has no embassy in Y", "no agreement has been signed yet"); the date is then
   * the brief's date (inferred). Absent (undefined) for ordinary happenings.
   */
  state?: 'absent';
}

export interface FigureRow extends Provenance {
  value: number | [number, number];
  unit: string;
  approx: Approx | null;
  measure: string | null;
  date: DateValue | null;
  entities: string[];
  /** The figure expression itself. */
  text: string;
}

export interface MentionRow extends Provenance {
  entity: string;
}

export interface EntityRecord {
  name: string;
  kind: EntityKind;
  /** Surface forms seen. */
  aliases: string[];
}

/** A date expression of the text, in ORIGINAL coordinates (ResolvedDoc.dates). */
export interface DateSpan {
  span: Span;
  /** The date tagger's rule id. */
  rule: string;
  /** TIMEX3 value and mod, as in DateMention. */
  timexValue: string;
  mod?: string;
  /** The interval (null for durations, sets and dates that cannot be placed). */
  date: DateValue | null;
}

export interface ResolvedDoc {
  source: SourceDoc;
  documentDate: DocumentDate;
  entities: EntityRecord[];
  mentions: MentionRow[];
  events: EventRow[];
  figures: FigureRow[];
  /**
   * The segment stage's sentences in ORIGINAL coordinates, sorted (resolve fills it in; the
   * learned steps read a row's sentence from it: resolve/sentences.ts). Never stored or exported.
   */
  sentences?: Span[];
  /** Optional: the text's date expressions (resolve fills it in; read by learned steps, never stored or exported). */
  dates?: DateSpan[];
}

// ---------------------------------------------------------------- reconcile

export type ClaimStatus = 'single' | 'corroborated' | 'compatible' | 'conflict' | 'superseded';

export interface ClaimKey {
  subject: string[];
  predicate: string;
  qualifier?: string;
}

export interface ClaimEvidence {
  source: string;
  sha256: string;
  span: Span;
  quote: string;
  page: number | null;
  line: number;
  /** The value this source states (a DateValue for events; {value, unit, approx, date} for figures). */
  value: unknown;
  factKind: 'event' | 'figure';
  factId: string;
}

export interface Claim {
  id: string;
  key: ClaimKey;
  status: ClaimStatus;
  /** For a conflict: granularity | rounding | unit | predicate | disagreement. Else null. */
  diagnosis: string | null;
  claims: ClaimEvidence[];
  preferred: { value: unknown; rationale: string };
}

/** What reconcile reads: the current facts of every stored source, with each source's date. */
export interface FactSet {
  events: EventRow[];
  figures: FigureRow[];
  /** Document date per source id. */
  published: Record<string, string | null>;
  /**
   * Optional: the original text of each source's current version (spans point into it), so
   * reconcile can read the sentence around a fact (the thing "established in 1997" names).
   */
  texts?: Record<string, string>;
}

// ---------------------------------------------------------------- rules

/** A match example: the text, the part of it the rule must match, and the value it must give. */
export interface RuleExample {
  text: string;
  /** The substring the rule must produce (defaults to the whole text). */
  match?: string;
  /** The expected value (compared with toMatchObject / toEqual by the rule test). */
  value?: unknown;
}

/** A rule declares its id, what it does, and examples that must and must not match. */
export interface RuleSpec {
  id: string;
  description: string;
  examples: { match: RuleExample[]; noMatch: string[] };
}

/** What one run of an extractor over example text gives, for the rule test. */
export interface RuleHit {
  rule: string;
  start: number;
  end: number;
  text: string;
  value: unknown;
}

/** A family of rules with a runner over plain text, so one test can run every example. */
export interface RuleSet {
  name: string;
  rules: RuleSpec[];
  /** Texts on which no rule of the set may produce anything ("Table 3" is not a date). */
  negatives: string[];
  run(text: string): RuleHit[];
}

// ---------------------------------------------------------------- export

export type ExportFormat = 'jsonl' | 'csv' | 'json' | 'md';
export type ExportTable = 'events' | 'figures' | 'entities' | 'mentions' | 'claims';

// ---------------------------------------------------------------- run context

export interface RunContext {
  /** A fixed document date to use instead of the one found (the `dates --dct` option). */
  dct?: string;
  /**
   * Whether the learned steps of resolve (resolve/learned.ts) run after the rule-based rows;
   * default true. Training and cross-validation (src/eval/learn-data.ts) turn them off to see
   * the rules' rows alone.
   */
  learned?: boolean;
  /** Messages (warnings) with a place and a rule id; stages push, the pipeline reports. */
  messages: RunMessage[];
}

export interface RunMessage {
  source: string;
  span: Span | null;
  ruleId: string;
  text: string;
}

// ---------------------------------------------------------------- reconcile groups

/** A fact's place in reconciliation: its group, and the scale bucket of a precise figure. */
export interface FactGroup {
  factKind: 'event' | 'figure';
  factId: string;
  source: string;
  sha256: string;
  /** The group key (groupKeyOf): facts of one group are compared with each other only. */
  group: string;
  /**
   * Precise figures for a period: period and unit, and the first three significant digits,
   * on which figures of different groups may be read as one statement in two scales.
   */
  scale: string | null;
  mantissa: number | null;
}
