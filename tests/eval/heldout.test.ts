import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heldoutReport, heldoutSets, scoreHeldout } from '../../src/eval/heldout.js';

const BRIEF =
  'Notes on the region\n\n' +
  'Diplomatic relations between Azerbaijan and Uzbekistan were established on 2 October 1995. ' +
  'Trade between the two countries reached $78.4 million in 2021.\n';

function goldFile(date: string) {
  return {
    source: 'b1.txt',
    published: '2023-01-10',
    events: [
      {
        id: 'b1-e01',
        quote: 'Uzbekistan were established on 2 October 1995',
        date,
        type: 'diplomatic',
        actors: ['Azerbaijan', 'Uzbekistan'],
        where: null,
      },
    ],
    figures: [
      {
        id: 'b1-f01',
        quote: 'reached $78.4 million in 2021',
        value: 78400000,
        unit: 'USD',
        approx: null,
        measure: 'trade',
        date: '2021',
        entities: ['Azerbaijan', 'Uzbekistan'],
      },
    ],
  };
}

/** A held-out folder with one set whose gold dates the event `date`. */
function heldoutDir(date: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'heldout-'));
  mkdirSync(join(dir, 'x1', 'briefs'), { recursive: true });
  mkdirSync(join(dir, 'x1', 'gold'), { recursive: true });
  writeFileSync(join(dir, 'x1', 'briefs', 'b1.txt'), BRIEF);
  writeFileSync(join(dir, 'x1', 'gold', 'b1.txt.json'), JSON.stringify(goldFile(date)));
  mkdirSync(join(dir, 'notes')); // no briefs/ or gold/: not a set
  return dir;
}

describe('held-out scoring', () => {
  it('lists only folders with briefs and gold, and nothing for a missing folder', () => {
    expect(heldoutSets(heldoutDir('1995-10-02'))).toEqual(['x1']);
    expect(heldoutSets(join(tmpdir(), 'no-such-heldout-folder'))).toEqual([]);
  });

  it('pools the pipeline rows scored against the gold', async () => {
    const right = await scoreHeldout(heldoutDir('1995-10-02'));
    expect(right.briefs).toBe(1);
    expect(right.events.strict.tp).toBe(1);
    expect(right.figures.figures.tp).toBe(1);
    const wrong = await scoreHeldout(heldoutDir('1996-10-02'));
    expect(wrong.events.strict.tp).toBe(0);
    expect(wrong.events.strict.fn).toBe(1);
  });

  it('prints pooled lines only, never a brief name', async () => {
    const report = heldoutReport(await scoreHeldout(heldoutDir('1995-10-02')));
    expect(report).toContain('1 briefs, pooled');
    expect(report).toMatch(/events strict +P [\d.]+ +R 100\.0 /);
    expect(report).not.toContain('b1.txt');
  });
});
