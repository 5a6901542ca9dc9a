/**
 * Coverage probe of the event vocabulary: every phrasing of the inventory (coverage-inventory.ts,
 * sentences written for it from the schema's type definitions) runs through the whole pipeline
 * (ingest → resolve) on its own; the probe counts, per type, the phrasings that yield an event of
 * the expected type, and lists those that yield none or the wrong type. The no-event sentences
 * (undated, negated, hypothetical, modifier uses) must yield no event.
 *
 * Set COVERAGE_REPORT=1 to print the per-type hit rate and every miss.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { rawText } from '../../helpers/raw.js';
import type { RawInput } from '../../../src/core/types.js';
import { analyzeRaw } from '../../../src/pipeline.js';
import { INFLECTIONS, INVENTORY as PHRASINGS, NO_EVENT, NOT_TYPE } from './coverage-inventory.js';

/** The phrasings and the inflection grid. */
const INVENTORY = [...PHRASINGS, ...INFLECTIONS];

const raw = (text: string, n: number): RawInput => rawText(text, 'probe', n);

/** The types of the happenings (not absent states) the pipeline gives for one sentence. */
async function typesOf(text: string, n: number): Promise<string[]> {
  const doc = await analyzeRaw(raw(text, n));
  return doc.events.filter((e) => e.state !== 'absent').map((e) => e.type);
}

/**
 * Phrasings the vocabulary does not (yet) give the expected type: each is a judgement call or
 * needs a mechanism outside the lexicon (see the report). Kept so that the probe stays honest:
 * a gap that closes must be taken off this list.
 */
const KNOWN_GAPS = new Set<string>([
  // a purchase, sale, investment or shipment next to a sum or count is read as a figure, not an
  // event (resolve/events.ts nextToFigure; the gold counts some of these as economic events)
  'exported',
  'order placed',
  'invested',
  'investment of',
  'sale of',
  'paid',
  'raised capital',
  // the date goes to another, heavier trigger of the sentence (resolution, not vocabulary)
  'visit (plain noun)',
  'establishment of',
  'formation of',
  'withdrawal from',
  'which was signed in',
  'the <year> war',
  'according to a statement',
  'demanded',
  // a noun with a year of its own and no verb ("despite the 2018 convention")
  'the <year> convention',
  // judgement calls left as the lexicon has them (the dev gold leans the other way, or the word is ambiguous)
  'first cargo',
  'start of operations',
  'delivery of',
  'procurement',
  'merged',
  'merger',
  'workshop (ambiguous with a place of work)',
  'convention',
  'hearing',
  'general assembly',
  'outbreak declared',
  // no general class yet
  'was in (a city)',
  'conferred',
  'visa requirements abolished',
  'first power',
  'nominated',
  'laid off',
  'ruled',
]);

/**
 * No-event sentences the pipeline still gives an event for: an active verb in a clause of
 * condition ("if the pipeline opens in 2030", "should talks resume", "were the treaty ratified",
 * "unless the embassy reopens") is read as a happening; the fix is a mechanism in
 * src/extract/events/index.ts (its conditional check covers passives only).
 */
const KNOWN_FALSE = new Set<string>([
  'If the pipeline opens in 2030, exports could double.',
  'Should talks resume in 2025, a deal might follow.',
  'Were the treaty ratified in 2026, tariffs would fall.',
  'Unless the embassy reopens in 2027, visas will be issued abroad.',
]);

interface Result {
  type: string;
  phrase: string;
  text: string;
  got: string[];
  hit: boolean;
}

const results: Result[] = [];
const noEvent: { why: string; text: string; got: string[] }[] = [];

beforeAll(async () => {
  let n = 0;
  for (const k of INVENTORY) {
    const got = await typesOf(k.text, n++);
    const want = k.type.split('|');
    results.push({ ...k, got, hit: got.some((t) => want.includes(t)) });
  }
  for (const k of NO_EVENT) noEvent.push({ ...k, got: await typesOf(k.text, n++) });
  if (process.env.COVERAGE_REPORT) {
    const types = [...new Set(INVENTORY.map((k) => k.type.split('|')[0]!))];
    const lines: string[] = [];
    let hits = 0;
    for (const t of types) {
      const rs = results.filter((r) => r.type.split('|')[0] === t);
      const h = rs.filter((r) => r.hit).length;
      hits += h;
      lines.push(`${t.padEnd(14)} ${h}/${rs.length}  ${((100 * h) / rs.length).toFixed(1)}%`);
    }
    lines.push(`ALL            ${hits}/${results.length}  ${((100 * hits) / results.length).toFixed(1)}%`);
    for (const r of results.filter((x) => !x.hit)) lines.push(`MISS ${r.type} [${r.phrase}] got=${r.got.join(',') || '-'} :: ${r.text}`);
    for (const r of noEvent.filter((x) => x.got.length > 0)) lines.push(`FALSE ${r.why} got=${r.got.join(',')} :: ${r.text}`);
    console.log(lines.join('\n'));
  }
}, 300_000);

describe('coverage probe: every phrasing of the inventory yields an event of its type', () => {
  it('has 300+ phrasings over all eleven types', () => {
    expect(INVENTORY.length).toBeGreaterThanOrEqual(300);
    expect(new Set(INVENTORY.map((k) => k.type.split('|')[0])).size).toBe(11);
  });
  it.each(INVENTORY.map((k) => [k.type, k.phrase, k.text] as const))('%s: %s', (type, phrase) => {
    const r = results.find((x) => x.phrase === phrase && x.type === type)!;
    if (KNOWN_GAPS.has(phrase)) {
      // a gap that closes must come off the list
      expect(r.hit).toBe(false);
      return;
    }
    expect({ text: r.text, got: r.got }).toEqual({ text: r.text, got: expect.arrayContaining([expect.stringMatching(new RegExp(`^(?:${type})$`))]) });
  });
});

describe('coverage probe: sentences stating no dated happening yield no event', () => {
  it.each(NO_EVENT.map((k) => [k.why, k.text] as const))('%s: %s', (_why, text) => {
    const r = noEvent.find((x) => x.text === text)!;
    if (KNOWN_FALSE.has(text)) {
      expect(r.got.length).toBeGreaterThan(0);
      return;
    }
    expect(r.got).toEqual([]);
  });
});

describe('coverage probe: a word of another sense gives no event of the type', () => {
  it.each(NOT_TYPE.map((k) => [k.notType, k.text] as const))('not %s: %s', async (notType, text) => {
    expect(await typesOf(text, 9999)).not.toContain(notType);
  });
});
