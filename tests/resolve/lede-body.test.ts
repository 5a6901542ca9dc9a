/**
 * A news report on one meeting of a body its title does not name (resolve/events.ts ledeBody):
 * the title calls the occasion a summit or session, the first sentence names the body that held
 * it; later summits and sessions of the report are that body's. The briefs are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { rawText } from '../helpers/raw.js';
import type { RawInput } from '../../src/core/types.js';
import { analyzeRaw } from '../../src/pipeline.js';

const raw = (text: string, n: number): RawInput => rawText(text, 'lede', n);

async function actorsOf(text: string, n: number, quote: RegExp): Promise<string[] | undefined> {
  const doc = await analyzeRaw(raw(text, n));
  return doc.events.find((e) => quote.test(e.quote))?.actors;
}

describe('the body of a reported meeting', () => {
  it('takes part in the next summit the report announces, not only its host (security)', async () => {
    const text =
      'Security summit ends without a joint force\n\n' +
      'ALMATY, 9 May 2027 — Leaders of the Collective Security Treaty Organization ended a summit in the city on Friday with a statement on border patrols. ' +
      'The next summit is planned for Minsk in November 2028.\n';
    const a = await actorsOf(text, 1, /planned for Minsk/);
    expect(a).toBeDefined();
    expect(a).toContain('Collective Security Treaty Organization');
    expect(a).not.toContain('Belarus');
  });
  it('takes part in a summit a member offers to host (health)', async () => {
    const text =
      'African summit backs a vaccine plan\n\n' +
      'ADDIS ABABA, 12 February 2027 — The African Union wrapped up a two-day summit on Monday with a pledge on vaccine plants. ' +
      'Nigeria offered to host the next summit in Abuja in 2028.\n';
    const a = await actorsOf(text, 2, /summit in Abuja/);
    expect(a).toBeDefined();
    expect(a).toEqual(expect.arrayContaining(['African Union', 'Nigeria']));
  });
  it('takes part in the following summit, where the host city is named (visas)', async () => {
    const text =
      'Commonwealth summit opens a new visa window\n\n' +
      'DUSHANBE, 5 October 2026 — Leaders of the Commonwealth of Independent States met for a summit on Thursday. ' +
      'The following summit is to take place in Baku in October 2027.\n';
    const a = await actorsOf(text, 3, /take place in Baku/);
    expect(a).toEqual(['Commonwealth of Independent States']);
  });
  it('is no party when the title names no meeting', async () => {
    const text =
      'Grain prices climb across the region\n\n' +
      'ALMATY, 9 May 2027 — Ministers of the Collective Security Treaty Organization met in the city on Friday. ' +
      'The next summit is planned for Minsk in November 2028.\n';
    const a = await actorsOf(text, 4, /next summit/);
    expect(a ?? []).not.toContain('Collective Security Treaty Organization');
  });
  it('takes part in a ministerial meeting the report announces (border patrols)', async () => {
    const text =
      'Security summit ends without a joint force\n\n' +
      'ALMATY, 9 May 2027 — Leaders of the Collective Security Treaty Organization ended a summit in the city on Friday. ' +
      'A ministerial meeting on border patrols is scheduled for March 2028 in Minsk.\n';
    expect(await actorsOf(text, 5, /border patrols is scheduled/)).toEqual(['Collective Security Treaty Organization']);
  });
  it('takes part in a ministerial meeting held in a member state (migration)', async () => {
    const text =
      'Commonwealth summit opens a new visa window\n\n' +
      'DUSHANBE, 5 October 2026 — Leaders of the Commonwealth of Independent States met for a summit on Thursday. ' +
      'A ministerial meeting on migration will be held in Baku in April 2027.\n';
    expect(await actorsOf(text, 6, /migration will be held/)).toEqual(['Commonwealth of Independent States']);
  });
});
