/**
 * Incremental reconciliation: ingesting a new, changed or retired brief into an existing database
 * re-reconciles only the claim groups it touches, and the claims equal a full reconcile of the
 * same briefs in a fresh database. Claim ids of untouched claims stay as they were.
 * Every sentence here is written for these tests.
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../src/core/types.js';
import { ingestPaths, updateClaims } from '../../src/pipeline.js';
import { GROUPS_VERSION } from '../../src/reconcile/index.js';
import { Store } from '../../src/store/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bt-incr-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const BRIEFS: Record<string, string> = {
  'alpha.txt': [
    'NOTE ON MONGOLIA',
    '10 October 2015',
    '',
    'Georgia and Mongolia established diplomatic relations on 22 June 1992.',
    'In 2014, the trade turnover between Georgia and Mongolia amounted to $7.9 million.',
    'Today 12 Japanese companies operate in Mongolia.',
    'In 2011, the president of Georgia paid an official visit to Mongolia.',
  ].join('\n'),
  'beta.txt': [
    'BRIEF ON MONGOLIA',
    '3 March 2023',
    '',
    'Diplomatic ties between Mongolia and Georgia were formally established on 25 June 1992.',
    'Today 25 Japanese companies operate in Mongolia.',
    'Mongolia opened its embassy in Tokyo in 2021.',
  ].join('\n'),
  'gamma.txt': [
    'MEMO',
    '1 June 2019',
    '',
    'The volume of bilateral trade between Mongolia and Georgia was $7.9 million in 2014.',
    'In 2011, the Georgian president visited Mongolia.',
    'Mongolia plans to open an embassy in Tokyo in 2017.',
    'The joint commission of Japan and Mongolia was set up in 2004.',
  ].join('\n'),
};

function write(folder: string, name: string, text: string): string {
  mkdirSync(folder, { recursive: true });
  const p = join(folder, name);
  writeFileSync(p, text);
  return p;
}

function claimsOf(db: string): Claim[] {
  const s = Store.open(db);
  try {
    return s.claims();
  } finally {
    s.close();
  }
}

/**
 * Pieces of evidence that do not point at their fact: the current version of their source and,
 * by pk, the event or figure row of that version with the cited id. (0 when all are linked.)
 */
function unlinked(db: string): number {
  const s = Store.open(db);
  try {
    return s.db
      .prepare(
        `SELECT COUNT(*) FROM claim_evidence ce LEFT JOIN sources src ON src.id = ce.source
         WHERE src.current_version IS NOT ce.version_id
            OR NOT (EXISTS (SELECT 1 FROM events x WHERE x.pk = ce.event_pk AND ce.fact_kind = 'event' AND x.version_id = ce.version_id AND x.id = ce.fact_id)
                 OR EXISTS (SELECT 1 FROM figures x WHERE x.pk = ce.figure_pk AND ce.fact_kind = 'figure' AND x.version_id = ce.version_id AND x.id = ce.fact_id))`,
      )
      .pluck()
      .get() as number;
  } finally {
    s.close();
  }
}

/** The claims of a fresh database holding exactly these briefs (a full reconcile). */
async function fresh(briefs: Record<string, string>): Promise<Claim[]> {
  const folder = join(dir, `fresh-${Math.random().toString(36).slice(2)}`);
  for (const [n, t] of Object.entries(briefs)) write(folder, n, t);
  const db = join(folder, 'full.db');
  await ingestPaths([folder], db, { workers: 0 });
  return claimsOf(db);
}

describe('incremental reconciliation', () => {
  it('a new, a changed and a retired brief each give the claims of a full reconcile', async () => {
    const folder = join(dir, 'briefs');
    const db = join(dir, 'bt.db');
    write(folder, 'alpha.txt', BRIEFS['alpha.txt']!);
    write(folder, 'beta.txt', BRIEFS['beta.txt']!);
    const first = await ingestPaths([folder], db, { workers: 0 });
    expect(first.counts.reconciled).toBe(first.counts.claims);
    const before = claimsOf(db);
    expect(unlinked(db)).toBe(0);
    expect(before).toEqual(await fresh({ 'alpha.txt': BRIEFS['alpha.txt']!, 'beta.txt': BRIEFS['beta.txt']! }));

    // a new brief: only the groups it touches are reconciled
    const g = write(folder, 'gamma.txt', BRIEFS['gamma.txt']!);
    const added = await ingestPaths([g], db, { workers: 0 });
    expect(added.stored).toEqual(['gamma.txt']);
    expect(added.counts.reconciled).toBeGreaterThan(0);
    expect(added.counts.reconciled).toBeLessThan(added.counts.claims!);
    const afterAdd = claimsOf(db);
    expect(unlinked(db)).toBe(0);
    expect(afterAdd).toEqual(await fresh(BRIEFS));
    // claims gamma does not touch keep their ids and content
    const untouched = before.filter((c) => !afterAdd.some((d) => d.key.predicate === c.key.predicate && d.claims.some((e) => e.source === 'gamma.txt')));
    expect(untouched.length).toBeGreaterThan(0);
    for (const c of untouched) expect(afterAdd.find((d) => d.id === c.id)).toEqual(c);
    // the trade claim now has two sources, under the same id as before
    const trade = afterAdd.find((c) => c.key.predicate === 'trade [money]')!;
    expect(trade.status).toBe('corroborated');
    expect(trade.id).toBe(before.find((c) => c.key.predicate === 'trade [money]')!.id);

    // a changed brief: its earlier version's claims are redone too
    const beta2 = BRIEFS['beta.txt']!.replace('25 June 1992', '22 June 1992').replace('25 Japanese', '30 Japanese');
    write(folder, 'beta.txt', beta2);
    const changed = await ingestPaths([join(folder, 'beta.txt')], db, { workers: 0 });
    expect(changed.stored).toEqual(['beta.txt']);
    expect(changed.counts.reconciled).toBeLessThan(changed.counts.claims!);
    const afterChange = claimsOf(db);
    expect(unlinked(db)).toBe(0);
    expect(afterChange).toEqual(await fresh({ ...BRIEFS, 'beta.txt': beta2 }));
    expect(afterChange.find((c) => /diplomatic relations/.test(c.key.predicate))!.status).toBe('corroborated');

    // a retired brief (gone from the folder in a full-folder run)
    unlinkSync(join(folder, 'gamma.txt'));
    const retired = await ingestPaths([folder], db, { workers: 0, retire: true });
    expect(retired.retired).toEqual(['gamma.txt']);
    expect(retired.counts.reconciled).toBeLessThan(retired.counts.claims!);
    const afterRetire = claimsOf(db);
    expect(unlinked(db)).toBe(0);
    expect(afterRetire).toEqual(await fresh({ 'alpha.txt': BRIEFS['alpha.txt']!, 'beta.txt': beta2 }));
    expect(afterRetire.flatMap((c) => c.claims).some((e) => e.source === 'gamma.txt')).toBe(false);

    // an unchanged re-run reconciles nothing
    const again = await ingestPaths([folder], db, { workers: 0, retire: true });
    expect(again.counts.reconciled).toBeUndefined();
    expect(claimsOf(db)).toEqual(afterRetire);
  });

  it('a figure read in a wrong scale meets its statement across groups, incrementally as in full', async () => {
    const folder = join(dir, 'scale');
    const db = join(dir, 'scale.db');
    const text = [
      'NOTE',
      '2 May 2022',
      '',
      'In 2021, exports from Mongolia to Georgia amounted to $58.7 million.',
      'Georgia and Mongolia established diplomatic relations on 22 June 1992.',
    ].join('\n');
    const table = [
      'TABLES',
      '4 April 2024',
      '',
      'The trade of Mongolia grew.',
      '',
      'Table 2: Foreign trade of Mongolia (million dollars)',
      '',
      'Years\tExports\tImports',
      '2020\t41250.2\t3000.5',
      '2021\t58712.4\t3100.7',
    ].join('\n');
    await ingestPaths([write(folder, 'text.txt', text)], db, { workers: 0 });
    const second = await ingestPaths([write(folder, 'table.txt', table)], db, { workers: 0 });
    expect(second.counts.reconciled).toBeLessThan(second.counts.claims!);
    const incremental = claimsOf(db);
    const merged = incremental.find((c) => c.diagnosis === 'unit');
    expect(merged?.claims.map((e) => e.source).sort()).toEqual(['table.txt', 'text.txt']);
    expect(incremental).toEqual(await fresh({ 'text.txt': text, 'table.txt': table }));
    // the statement changes: the merged claim comes apart, as in a full reconcile
    const text2 = text.replace('$58.7 million', '$61.2 million');
    await ingestPaths([write(folder, 'text.txt', text2)], db, { workers: 0 });
    const apart = claimsOf(db);
    expect(apart.some((c) => c.diagnosis === 'unit')).toBe(false);
    expect(apart).toEqual(await fresh({ 'text.txt': text2, 'table.txt': table }));
  });

  it('falls back to a full reconcile when the stored groups come from other rules', async () => {
    const folder = join(dir, 'stale');
    const db = join(dir, 'stale.db');
    await ingestPaths([write(folder, 'alpha.txt', BRIEFS['alpha.txt']!)], db, { workers: 0 });
    const s = Store.open(db);
    expect(s.groupsReady(GROUPS_VERSION)).toBe(true);
    s.db.prepare(`UPDATE meta SET value = 'older rules' WHERE key = 'claims_groups'`).run();
    expect(s.groupsReady(GROUPS_VERSION)).toBe(false);
    s.close();
    const r = await ingestPaths([write(folder, 'beta.txt', BRIEFS['beta.txt']!)], db, { workers: 0 });
    expect(r.counts.reconciled).toBe(r.counts.claims);
    expect(claimsOf(db)).toEqual(await fresh({ 'alpha.txt': BRIEFS['alpha.txt']!, 'beta.txt': BRIEFS['beta.txt']! }));
    const s2 = Store.open(db);
    expect(s2.groupsReady(GROUPS_VERSION)).toBe(true);
    // and updateClaims with nothing changed leaves the claims as they are
    const run = s2.beginRun({ codeVersion: 't', inputs: [] });
    const before = s2.claims();
    expect(updateClaims(s2, [], run).reconciled).toBe(0);
    expect(s2.claims()).toEqual(before);
    s2.close();
  });
});
