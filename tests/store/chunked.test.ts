/**
 * A full reconcile of a freshly stored database runs in chunks (closed sets of claim groups,
 * store.groupChunks), writing each chunk's claims in the one transaction: the claims must be
 * exactly those of reconciling every fact at once (the old path), ids and all.
 * Sentences here are written for these tests; the shipped briefs (sources/) are read as is.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/types.js';
import { ingestPaths, makeContext, updateClaims } from '../../src/pipeline.js';
import { GROUPS_VERSION, reconcile } from '../../src/reconcile/index.js';
import { ClaimIdCollision, Store } from '../../src/store/index.js';
import { REPO } from '../helpers/cli.js';

const SOURCES = join(REPO, 'sources');

const OWN: Record<string, string> = {
  'statement.txt': [
    'NOTE ON CHILE',
    '9 February 2021',
    '',
    'In 2019, exports from Chile to Estonia amounted to $41.7 million.',
    'Chile and Estonia established diplomatic relations on 3 May 1993.',
    'The foreign minister of Chile visited Tallinn in March 2018.',
  ].join('\n'),
  'table.txt': [
    'STATISTICS',
    '12 January 2022',
    '',
    'The trade of Chile kept growing.',
    '',
    'Table 1: Foreign trade of Chile (million dollars)',
    '',
    'Years\tExports\tImports',
    '2018\t39210.6\t2800.1',
    '2019\t41733.9\t2950.4',
  ].join('\n'),
  'memo.txt': [
    'MEMO',
    '5 October 2020',
    '',
    'Diplomatic relations between Estonia and Chile were established on 3 May 1993.',
    'In 2018, imports of Chile from Estonia were about $3 million.',
    'The Chilean foreign minister paid a visit to Estonia in 2018.',
  ].join('\n'),
};

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bt-chunked-'));
  const folder = join(dir, 'briefs');
  mkdirSync(folder, { recursive: true });
  for (const f of readdirSync(SOURCES).filter((f) => f.endsWith('.txt'))) {
    copyFileSync(join(SOURCES, f), join(folder, f));
    // a second brief telling the same things a year earlier: groups that span briefs
    const text = readFileSync(join(SOURCES, f), 'utf8').replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) - 1));
    writeFileSync(join(folder, `copy-${f}`), text);
  }
  for (const [name, text] of Object.entries(OWN)) writeFileSync(join(folder, name), text);
  db = join(dir, 'bt.db');
  await ingestPaths([folder], db, { workers: 0 });
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The claims of reconciling every current fact at once (the path before chunking). */
function allAtOnce(store: Store): Claim[] {
  const run = store.beginRun({ codeVersion: 'test', inputs: [] });
  store.saveClaims(reconcile(store.loadFacts(), makeContext()), run, GROUPS_VERSION);
  return store.claims();
}

/** Each stored piece of evidence with the version and fact rows it points at, by claim id and position. */
function evidenceLinks(store: Store): unknown[] {
  return store.db
    .prepare(
      `SELECT c.id, ce.position, ce.source, ce.sha256, ce.version_id, ce.fact_kind, ce.fact_id, ce.event_pk, ce.figure_pk
       FROM claim_evidence ce JOIN claims c ON c.pk = ce.claim_pk ORDER BY c.id, ce.position`,
    )
    .raw(true)
    .all();
}

/** The claims of the chunked path of updateClaims on stored groups (a fresh database's run). */
function chunked(store: Store, chunkFacts: number): { claims: Claim[]; counts: { claims: number; reconciled: number } } {
  // the stored claims' rules unknown: the next reconcile is full, from the stored fact groups
  store.db.prepare(`DELETE FROM meta WHERE key = 'claims_groups'`).run();
  expect(store.groupsReady(GROUPS_VERSION)).toBe(false);
  expect(store.versionsGrouped(GROUPS_VERSION)).toBe(true);
  const run = store.beginRun({ codeVersion: 'test', inputs: [] });
  const counts = updateClaims(store, [], run, false, {}, undefined, chunkFacts);
  expect(store.groupsReady(GROUPS_VERSION)).toBe(true);
  return { claims: store.claims(), counts };
}

describe('chunked full reconcile', () => {
  it('chunks are closed sets: figures of one scale bucket stay together, and every group is in one chunk', () => {
    const store = Store.open(db);
    try {
      const chunks = store.groupChunks(1);
      const all = store.db.prepare(`SELECT DISTINCT grp FROM fact_groups`).pluck().all() as string[];
      expect(chunks.length).toBeGreaterThan(10);
      expect(chunks.flat().sort()).toEqual([...all].sort());
      // the table's 41733.9 (thousands read as millions) and the statement's $41.7 million share a bucket
      const scaled = store.db
        .prepare(`SELECT grp, scale, mantissa FROM fact_groups WHERE scale IS NOT NULL`)
        .all() as { grp: string; scale: string; mantissa: number }[];
      const chunkOf = new Map<string, number>();
      chunks.forEach((c, i) => c.forEach((g) => chunkOf.set(g, i)));
      let linked = 0;
      for (const a of scaled) {
        for (const b of scaled) {
          if (a.scale === b.scale && Math.abs(a.mantissa - b.mantissa) <= 1) {
            expect(chunkOf.get(a.grp)).toBe(chunkOf.get(b.grp));
            if (a.grp !== b.grp) linked++;
          }
        }
      }
      expect(linked).toBeGreaterThan(0);
      // a big budget packs everything into one chunk
      expect(store.groupChunks(1e9)).toEqual([[...all].sort()]);
    } finally {
      store.close();
    }
  });

  it('gives exactly the claims of reconciling every fact at once, whatever the chunk size', () => {
    const store = Store.open(db);
    try {
      const once = allAtOnce(store);
      const onceLinks = evidenceLinks(store);
      expect(onceLinks.length).toBeGreaterThan(100);
      // every piece of evidence names its version and the row of its fact
      const linked = (t: string, kind: string) =>
        store.db
          .prepare(
            `SELECT COUNT(*) FROM claim_evidence ce JOIN ${t} x ON x.pk = ce.${kind}_pk
             WHERE x.version_id = ce.version_id AND x.id = ce.fact_id AND ce.fact_kind = '${kind}'`,
          )
          .pluck()
          .get() as number;
      expect(linked('events', 'event') + linked('figures', 'figure')).toBe(onceLinks.length);
      expect(once.length).toBeGreaterThan(50);
      expect(once.some((c) => c.diagnosis === 'unit' && new Set(c.claims.map((e) => e.source)).size > 1)).toBe(true);
      const links = onceLinks;
      for (const size of [1, 50, 400, 1e9]) {
        const r = chunked(store, size);
        expect(r.claims).toEqual(once);
        expect(r.counts).toEqual({ claims: once.length, reconciled: once.length });
        // the evidence rows point at the same versions and fact rows (pks) as the path at once
        expect(evidenceLinks(store)).toEqual(links);
      }
    } finally {
      store.close();
    }
  });

  it('a fresh ingest stores those claims too', async () => {
    const store = Store.open(db);
    try {
      const fromIngest = store.claims();
      expect(fromIngest).toEqual(allAtOnce(store));
    } finally {
      store.close();
    }
  });

  it('two chunks giving one claim id: nothing of the chunks is kept, and the reconcile is done at once', () => {
    const store = Store.open(db);
    try {
      const once = allAtOnce(store);
      const run = store.beginRun({ codeVersion: 'test', inputs: [] });
      // the store refuses a second chunk with an id the first one gave, and writes nothing
      const [a, b] = [once[0]!, once[1]!];
      expect(() => store.saveClaimsInChunks([[a], [b, { ...a }]], run, GROUPS_VERSION)).toThrow(ClaimIdCollision);
      expect(store.claims()).toEqual(once);
      // the pipeline falls back to reconciling every fact at once
      store.db.prepare(`DELETE FROM meta WHERE key = 'claims_groups'`).run();
      const save = store.saveClaimsInChunks.bind(store);
      let chunksSeen = 0;
      store.saveClaimsInChunks = (chunks, runId, version) =>
        save(
          (function* () {
            for (const c of chunks) {
              chunksSeen++;
              yield c;
              // as if a later chunk gave an id an earlier one gave
              if (c.length > 0) yield [c[0]!];
            }
          })(),
          runId,
          version,
        );
      const r = updateClaims(store, [], run, false, {}, undefined, 100);
      expect(chunksSeen).toBeGreaterThan(0);
      expect(r).toEqual({ claims: once.length, reconciled: once.length });
      expect(store.claims()).toEqual(once);
      expect(store.groupsReady(GROUPS_VERSION)).toBe(true);
    } finally {
      store.close();
    }
  });
});
