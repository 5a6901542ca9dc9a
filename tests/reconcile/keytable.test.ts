/**
 * FactKeyTable: key infos held compactly (shared keys, word lists and infos) give back, for
 * every fact, an info equal to the one filed, and reconcile gives the same claims with it.
 * The shipped briefs (sources/) are read as is; a copy with its years moved is a second brief.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EventRow, FactSet, FigureRow, ResolvedDoc } from '../../src/core/types.js';
import { analyzeRaw } from '../../src/pipeline.js';
import { FactKeyTable, factKeyId, factKeys, reconcileWithGroups, type FactKeyInfo } from '../../src/reconcile/index.js';
import { createHash } from 'node:crypto';
import { REPO } from '../helpers/cli.js';

const ctx = () => ({ messages: [] });

function info(o: Partial<FactKeyInfo> = {}): FactKeyInfo {
  return {
    key: { subject: ['Chile', 'Norway'], predicate: 'trade', qualifier: '2019' },
    once: true,
    currentState: false,
    kind: 'historical',
    eventDated: false,
    primary: true,
    host: null,
    count: null,
    words: ['trade'],
    role: 'period',
    ...o,
  };
}

describe('FactKeyTable (hand-made infos)', () => {
  it('gives back equal infos, shares equal ones, and forgets what is taken', () => {
    const t = new FactKeyTable();
    const a = info();
    const b = info({ key: { subject: ['Chile', 'Norway'], predicate: 'trade', qualifier: '2019' }, words: ['trade'] });
    const c = info({ primary: false });
    t.set('figure\u0000a.txt\u0000aaa\u0000fig_1', a);
    t.set('figure\u0000b.txt\u0000bbb\u0000fig_1', b);
    t.set('figure\u0000b.txt\u0000bbb\u0000fig_2', c);
    expect(t.size).toBe(3);
    const ga = t.get('figure\u0000a.txt\u0000aaa\u0000fig_1')!;
    const gb = t.get('figure\u0000b.txt\u0000bbb\u0000fig_1')!;
    const gc = t.get('figure\u0000b.txt\u0000bbb\u0000fig_2')!;
    expect(ga).toEqual(a);
    expect(gb).toEqual(b);
    expect(gc).toEqual(c);
    expect(gb).toBe(ga); // equal infos: one object
    expect(gc).not.toBe(ga);
    expect(gc.key).toBe(ga.key); // equal keys: one object
    expect(t.get('figure\u0000b.txt\u0000bbb\u0000fig_3')).toBeUndefined();
    expect(t.get('event\u0000b.txt\u0000bbb\u0000fig_1')).toBeUndefined();
    expect(t.take('figure\u0000b.txt\u0000bbb\u0000fig_1')).toEqual(b);
    expect(t.get('figure\u0000b.txt\u0000bbb\u0000fig_1')).toBeUndefined();
    expect(t.size).toBe(2);
    expect(t.take('figure\u0000b.txt\u0000bbb\u0000fig_1')).toBeUndefined();
    expect(t.size).toBe(2);
  });

  it('keeps apart keys that differ only in an absent or empty qualifier, and infos of different words', () => {
    const t = new FactKeyTable();
    const noQualifier = info({ key: { subject: ['Chile'], predicate: 'political' } });
    const emptyQualifier = info({ key: { subject: ['Chile'], predicate: 'political', qualifier: '' } });
    const otherWords = info({ words: ['trade', 'turnover'] });
    t.set('event\u0000a\u0000s\u0000e1', noQualifier);
    t.set('event\u0000a\u0000s\u0000e2', emptyQualifier);
    t.set('event\u0000a\u0000s\u0000e3', info());
    t.set('event\u0000a\u0000s\u0000e4', otherWords);
    expect('qualifier' in t.get('event\u0000a\u0000s\u0000e1')!.key).toBe(false);
    expect(t.get('event\u0000a\u0000s\u0000e2')!.key.qualifier).toBe('');
    expect(t.get('event\u0000a\u0000s\u0000e4')).toEqual(otherWords);
    expect(t.get('event\u0000a\u0000s\u0000e3')!.words).toEqual(['trade']);
  });
});

describe('FactKeyTable with the shipped briefs', () => {
  const docs: ResolvedDoc[] = [];

  beforeAll(async () => {
    const dir = join(REPO, 'sources');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      for (const [id, t] of [
        [f, text],
        [`moved-${f}`, text.replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, (y) => String(Number(y) - 2))],
      ] as const) {
        const bytes = Buffer.from(t, 'utf8');
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        docs.push(await analyzeRaw({ id, path: join(dir, id), format: 'txt', bytes, sha256 }));
      }
    }
  }, 120_000);

  it('holds every fact with an equal info and gives the same claims as a plain map and as none', () => {
    const plain = new Map<string, FactKeyInfo>();
    const table = new FactKeyTable();
    for (const d of docs) {
      const { keys } = factKeys({
        events: d.events,
        figures: d.figures,
        published: { [d.source.id]: d.documentDate.value },
        texts: { [d.source.id]: d.source.text },
      });
      for (const [k, v] of keys) {
        plain.set(k, v);
        table.set(k, v);
      }
    }
    expect(plain.size).toBeGreaterThan(50);
    expect(table.size).toBe(plain.size);
    const objects = new Set<FactKeyInfo>();
    for (const [k, v] of plain) {
      const got = table.get(k)!;
      expect(got).toEqual(v);
      objects.add(got);
    }
    // a brief and its copy with moved years: many facts share an info
    expect(objects.size).toBeLessThan(plain.size);

    const all: FactSet = {
      events: docs.flatMap((d) => d.events as EventRow[]),
      figures: docs.flatMap((d) => d.figures as FigureRow[]),
      published: Object.fromEntries(docs.map((d) => [d.source.id, d.documentDate.value])),
      texts: Object.fromEntries(docs.map((d) => [d.source.id, d.source.text])),
    };
    const none = reconcileWithGroups(all, ctx());
    expect(none.claims.length).toBeGreaterThan(10);
    expect(reconcileWithGroups(all, ctx(), plain)).toEqual(none);
    expect(reconcileWithGroups(all, ctx(), table)).toEqual(none);
    // read once each, as a run's reconcile does: the table ends empty
    const once = { get: (id: string) => table.take(id) };
    expect(reconcileWithGroups(all, ctx(), once)).toEqual(none);
    expect(table.size).toBe(0);
    for (const e of all.events.slice(0, 5)) expect(table.get(factKeyId('event', e))).toBeUndefined();
  });
});
