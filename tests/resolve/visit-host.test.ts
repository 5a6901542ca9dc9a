/**
 * A visit the sentence gives no destination, in a brief on one country (resolve/events.ts
 * visitHost): the brief's country is the host. The briefs are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { rawText } from '../helpers/raw.js';
import type { RawInput } from '../../src/core/types.js';
import { analyzeRaw } from '../../src/pipeline.js';

const raw = (text: string, n: number): RawInput => rawText(text, 'host', n);

async function visitActors(text: string, n: number): Promise<string[] | undefined> {
  const doc = await analyzeRaw(raw(text, n));
  return doc.events.find((e) => e.type === 'visit')?.actors;
}

describe('the host of a visit with no destination', () => {
  it('is the brief country after a possessive visit (grain)', async () => {
    const a = await visitActors(
      "Hungary looks east\n\nBudapest has widened its ties with Central Asia. Following Shavkat Mirziyoyev's visit in May 2023, the two governments signed four memorandums on grain.",
      1,
    );
    expect(a).toEqual(expect.arrayContaining(['Shavkat Mirziyoyev', 'Uzbekistan', 'Hungary']));
  });
  it('is the brief country for "paid a state visit" (mining)', async () => {
    const a = await visitActors('Mongolia looks west\n\nUlaanbaatar has courted new partners for its copper mines. Kassym-Jomart Tokayev paid a state visit in June 2022, and trade rose.', 2);
    expect(a).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Kazakhstan', 'Mongolia']));
  });
  it('is the brief country for an official visit by a minister named by demonym (ports)', async () => {
    const a = await visitActors('Georgia and the Gulf\n\nTbilisi has courted investors for its Black Sea ports. The Emirati foreign minister made an official visit in March 2021.', 3);
    expect([...a!].sort()).toEqual(['Georgia', 'United Arab Emirates']);
  });
  it('is not added when the sentence names a destination', async () => {
    const a = await visitActors('Georgia and the Gulf\n\nTbilisi has courted investors. The Emirati foreign minister made an official visit to Yerevan in March 2021.', 4);
    expect(a).toBeDefined();
    expect(a).not.toContain('Georgia');
  });
  it('is not added in a brief on two countries', async () => {
    const a = await visitActors('Georgia, Armenia and the Gulf\n\nBoth have courted investors. The Emirati foreign minister made an official visit in March 2021.', 5);
    expect(a ?? []).not.toContain('Georgia');
    expect(a ?? []).not.toContain('Armenia');
  });
});
