/**
 * Meetings of a region's states held in turn across its states (resolve/events.ts venueCountry):
 * a place given by its country's demonym ("at the Latvian resort of X", "in the Estonian city of
 * Y") counts as one of the host states, so each meeting of the series is the region's. The
 * briefs are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { rawText } from '../helpers/raw.js';
import type { RawInput } from '../../src/core/types.js';
import { analyzeRaw } from '../../src/pipeline.js';

const raw = (text: string, n: number): RawInput => rawText(text, 'venue', n);

async function meetingActors(text: string, n: number, year: string): Promise<string[] | undefined> {
  const doc = await analyzeRaw(raw(text, n));
  return doc.events.find((e) => e.type === 'meeting' && e.date.value === year)?.actors;
}

const CA = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];

describe('a series of meetings held across a region', () => {
  it('counts "the Armenian resort of X" as a host (water forum)', async () => {
    const text =
      'Water talks in the South Caucasus\n\n' +
      'The three South Caucasus states set up a water forum in Tbilisi in 2012. Later sessions followed in Baku in 2014, at the Armenian resort of Dilijan in 2016 and in Batumi in 2018.';
    expect([...(await meetingActors(text, 1, '2016'))!].sort()).toEqual(['Armenia', 'Azerbaijan', 'Georgia']);
    expect([...(await meetingActors(text, 1, '2018'))!].sort()).toEqual(['Armenia', 'Azerbaijan', 'Georgia']);
  });
  it('counts "the Uzbek city of X" and "the Kyrgyz resort of Y" as hosts (mountain rescue)', async () => {
    const text =
      'Mountain rescue cooperation\n\n' +
      'The five Central Asian states created a rescue council in Almaty in 2016. Later meetings took place in Dushanbe in 2018, in the Uzbek city of Namangan in 2020 and at the Kyrgyz resort of Karakol in 2022.';
    for (const y of ['2018', '2020', '2022']) expect([...(await meetingActors(text, 2, y))!].sort()).toEqual(CA);
  });
  it('counts "the Tajik town of X" for a town the gazetteer does not know (drills)', async () => {
    const text =
      'Disaster drills in the region\n\n' +
      'The five Central Asian states held their first talks on disaster drills in Bishkek in 2015. Further meetings followed in Ashgabat in 2017 and in the Tajik town of Iskodar in 2019.';
    expect([...(await meetingActors(text, 3, '2019'))!].sort()).toEqual(CA);
  });
  it('does not make a region of one host state and a demonym that is no place', async () => {
    const text =
      'Trade envoys meet\n\n' +
      'Officials of Georgia met in Tbilisi in 2012. A later meeting followed in Batumi in 2014 with the Armenian delegation of traders.';
    const a = await meetingActors(text, 4, '2014');
    expect(a ?? []).not.toContain('Azerbaijan');
  });
});
