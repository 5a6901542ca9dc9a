import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/eval/gold.js';

let dir: string;
let out: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gold-main-'));
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const TEXT = 'Norway and Chile opened a trade office on 4 March 2003.\nTrade reached $12.5 million in 2010.\n';

describe('npm run eval (gold.ts main)', () => {
  it('says clearly when there is no gold, and exits 0', () => {
    expect(main(['--gold', join(dir, 'nowhere')])).toBe(0);
    expect(out).toMatch(/not found: nothing to evaluate against/);
  });

  it('scores exported tables against gold, per brief and overall', () => {
    const gold = join(dir, 'gold');
    const src = join(dir, 'sources');
    const ex = join(dir, 'extracted');
    for (const d of [gold, src, ex]) mkdirSync(d);
    writeFileSync(join(src, 'b.txt'), TEXT);
    writeFileSync(
      join(gold, 'b.txt.json'),
      JSON.stringify({
        source: 'b.txt',
        published: '2011',
        events: [{ id: 'e1', quote: 'opened a trade office on 4 March 2003', date: '2003-03-04', type: 'opening', actors: ['Norway', 'Chile'], where: null }],
        figures: [{ id: 'f1', quote: '$12.5 million in 2010', value: 12500000, unit: 'USD', approx: null, measure: 'trade', date: '2010', entities: [] }],
      }),
    );
    const start = TEXT.indexOf('opened');
    const fstart = TEXT.indexOf('$12.5');
    const event = {
      id: 'ev1', source: 'b.txt', sha256: 'x', span: { start, end: start + 37 }, page: null, line: 1,
      quote: TEXT.slice(start, start + 37), rule: 't', type: 'opening',
      date: { value: '2003-03-04', start: '2003-03-04', end: '2003-03-04', granularity: 'day', inferred: false },
      actors: ['Norway'], where: null, trigger: 'opened', planned: false,
    };
    const figure = {
      id: 'f1', source: 'b.txt', sha256: 'x', span: { start: fstart, end: fstart + 13 }, page: null, line: 2,
      quote: '$12.5 million', rule: 't', value: 12500000, unit: 'USD', approx: null, measure: 'trade', date: null, entities: [], text: '$12.5 million',
    };
    writeFileSync(join(ex, 'events.jsonl'), JSON.stringify(event) + '\n');
    writeFileSync(join(ex, 'figures.jsonl'), JSON.stringify(figure) + '\n');
    expect(main(['--gold', gold, '--sources', src, '--dir', ex, '--verbose'])).toBe(0);
    expect(out).toMatch(/== b\.txt/);
    expect(out).toMatch(/events strict\s+P 100\.0\s+R 100\.0/);
    expect(out).toMatch(/figures\s+P 100\.0/);
    expect(out).toMatch(/actors\s+P 100\.0\s+R  50\.0/);
    expect(out).toMatch(/overall \(1 briefs/);
    out = '';
    expect(main(['--gold', gold, '--sources', src, '--dir', ex, '--json'])).toBe(0);
    const j = JSON.parse(out) as { overall: { events: { lenient: { f1: number } }; figures: { f1: number } } };
    expect(j.overall.events.lenient.f1).toBe(1);
    expect(j.overall.figures.f1).toBe(1);
  });
});
