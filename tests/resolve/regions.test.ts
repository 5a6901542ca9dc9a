/**
 * Region groups (resolve/events.ts): a region with a fixed membership (gazetteer `parties`)
 * named as a group of states stands for its states. Examples are the project's own sentences.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, type Spec } from '../helpers/events-doc.js';

const FIVE = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
const KIND_OF: Record<string, string> = Object.fromEntries(
  [...FIVE, 'Armenia', 'Azerbaijan', 'Georgia', 'Japan', 'India', 'China'].map((c) => [c, 'country']),
);
const COUNTRY_OF: Record<string, string> = { Bishkek: 'Kyrgyzstan', Baku: 'Azerbaijan', Osaka: 'Japan' };

/** Two countries most of these sentences name (in this order). */
const GEORGIA_ARMENIA: NonNullable<Spec['entities']> = [
  ['Georgia', 'Georgia', 'country'],
  ['Armenia', 'Armenia', 'country'],
];

function run(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (n) => COUNTRY_OF[n] ?? (KIND_OF[n] === 'country' ? n : null),
    entityKindOf: (n) => KIND_OF[n] ?? null,
  });
}
const sorted = (a: string[]) => [...a].sort();

describe('region groups stand for their states', () => {
  it('"the five Central Asian republics" at a meeting are the five states', () => {
    const rows = run('The leaders of the five Central Asian republics met in Bishkek on 3 March 2031.', {
      dates: [['3 March 2031', '2031-03-03']],
      entities: [
        ['Central Asian', 'Central Asia', 'region'],
        ['Bishkek', 'Bishkek', 'city'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect(sorted(rows[0]!.actors)).toEqual(FIVE);
  });

  it('a counted group without the region word takes the region named before with that many states', () => {
    const text = 'Water is the oldest quarrel in Central Asia. On 9 May 2030 the presidents of the five states signed a water accord.';
    const rows = run(text, {
      dates: [['9 May 2030', '2030-05-09']],
      entities: [['Central Asia', 'Central Asia', 'region']],
    });
    expect(rows).toHaveLength(1);
    expect(sorted(rows[0]!.actors)).toEqual(FIVE);
  });

  it('a counted group of another size does not take the region', () => {
    const text = 'Water is the oldest quarrel in Central Asia. On 9 May 2030 the presidents of the three states signed a water accord.';
    const rows = run(text, {
      dates: [['9 May 2030', '2030-05-09']],
      entities: [['Central Asia', 'Central Asia', 'region']],
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actors.filter((a) => FIVE.includes(a))).toEqual([]);
  });

  it('a region joined by a dash to a partner ("a Japan–Central Asia summit") is the partner and the five', () => {
    const rows = run('Japan hosted the first Japan–Central Asia summit in Osaka on 2 June 2031.', {
      dates: [['2 June 2031', '2031-06-02']],
      entities: [
        ['Japan', 'Japan', 'country'],
        ['Central Asia', 'Central Asia', 'region'],
        ['Osaka', 'Osaka', 'city'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect(sorted(rows[0]!.actors)).toEqual(sorted(['Japan', ...FIVE]));
  });

  it('"South Caucasian heads of state" are the three states', () => {
    const rows = run('South Caucasian heads of state met in Baku on 4 April 2032.', {
      dates: [['4 April 2032', '2032-04-04']],
      entities: [
        ['South Caucasian', 'South Caucasus', 'region'],
        ['Baku', 'Baku', 'city'],
      ],
    });
    expect(rows).toHaveLength(1);
    expect(sorted(rows[0]!.actors)).toEqual(['Armenia', 'Azerbaijan', 'Georgia']);
  });

  it('"the leaders" refers back to a region group named in the sentence before', () => {
    const text = 'All five Central Asian heads of state came to Bishkek on 3 March 2031. The leaders signed a water treaty on 4 March 2031.';
    const rows = run(text, {
      dates: [
        ['3 March 2031', '2031-03-03'],
        ['4 March 2031', '2031-03-04'],
      ],
      entities: [
        ['Central Asian', 'Central Asia', 'region'],
        ['Bishkek', 'Bishkek', 'city'],
      ],
    });
    const second = rows.find((r) => r.date.value === '2031-03-04');
    expect(second).toBeDefined();
    expect(sorted(second!.actors)).toEqual(FIVE);
  });

  it('trade with a region is no group happening', () => {
    const rows = run("India's trade with Central Asia rose by 9 percent in 2030.", {
      dates: [['2030', '2030']],
      entities: [
        ['India', 'India', 'country'],
        ['Central Asia', 'Central Asia', 'region'],
      ],
      figures: [['9 percent', 9, 'percent']],
    });
    for (const r of rows) expect(r.actors.filter((a) => FIVE.includes(a))).toEqual([]);
  });

  it('"the two leaders" at a regional summit are a pair, not the region', () => {
    const text = 'Japan attended the Japan–Central Asia summit in Osaka on 2 June 2031, where the two leaders signed a memorandum.';
    const rows = run(text, {
      dates: [['2 June 2031', '2031-06-02']],
      entities: [
        ['Japan', 'Japan', 'country'],
        ['Central Asia', 'Central Asia', 'region'],
        ['Osaka', 'Osaka', 'city'],
      ],
    });
    const signing = rows.find((r) => r.type === 'agreement');
    if (signing) expect(signing.actors.filter((a) => FIVE.includes(a))).toEqual([]);
  });
});

describe('"it" as the subject of a happening is the country that opened a clause before', () => {
  it('takes the country that opened the sentence before', () => {
    const text = 'Westward, Georgia has kept its options open. In May 2031 it signed a customs pact with Armenia.';
    const rows = run(text, {
      dates: [['May 2031', '2031-05']],
      entities: GEORGIA_ARMENIA,
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.actors).toContain('Georgia');
  });

  it('takes the country before the pronoun in its own sentence, past other words before the trigger', () => {
    const text = 'Armenia stayed out of the bloc, and on 4 June 2030 it downgraded its membership of a pact with Georgia.';
    const rows = run(text, {
      dates: [['4 June 2030', '2030-06-04']],
      entities: [...GEORGIA_ARMENIA].reverse(),
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.actors).toContain('Armenia');
  });

  it('does not read a passive "it was" as the country', () => {
    const text = 'Georgia planned a new dam on the river. It was sold to Armenia in May 2031.';
    const rows = run(text, {
      dates: [['May 2031', '2031-05']],
      entities: GEORGIA_ARMENIA,
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.actors).not.toContain('Georgia');
  });

  it('takes no country when a country is named only inside a phrase, not as a subject', () => {
    const text = 'The fund for Georgia was set up by donors. In May 2031 it signed a loan agreement with Armenia.';
    const rows = run(text, {
      dates: [['May 2031', '2031-05']],
      entities: GEORGIA_ARMENIA,
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.actors).not.toContain('Georgia');
  });
});

describe('a sentence opening with "Its" is about the country named as subject before', () => {
  it('gives the country to a happening of the sentence that names no country', () => {
    const text = 'Georgia has long courted the bloc. Its accession treaty with the Nordic Union, signed in May 2031, is still unratified.';
    const rows = run(text, {
      dates: [['May 2031', '2031-05']],
      entities: [
        ['Georgia', 'Georgia', 'country'],
        ['Nordic Union', 'Nordic Union', 'organization'],
      ],
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.actors).toContain('Georgia');
  });
  it('adds nothing when the happening names a country of its own', () => {
    const text = 'Georgia has long courted the bloc. Its neighbour Armenia signed the customs pact in May 2031.';
    const rows = run(text, {
      dates: [['May 2031', '2031-05']],
      entities: GEORGIA_ARMENIA,
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.actors).not.toContain('Georgia');
  });
});

describe('"the next summit" takes the region group of the meeting before', () => {
  it('gives the five states to the next summit after a regional summit', () => {
    const text = 'The Central Asian heads of state met for the first time on 3 March 2031, and the second summit will be held in Bishkek in May 2032.';
    const rows = run(text, {
      dates: [
        ['3 March 2031', '2031-03-03'],
        ['May 2032', '2032-05'],
      ],
      entities: [
        ['Central Asian', 'Central Asia', 'region'],
        ['Bishkek', 'Bishkek', 'city'],
      ],
    });
    const next = rows.find((r) => r.date.value === '2032-05');
    expect(next).toBeDefined();
    for (const c of FIVE) expect(next!.actors).toContain(c);
  });
  it('gives no region to a summit with no regional group before it', () => {
    const text = 'Japan and India met in Osaka on 3 March 2031, and the second summit will be held in Baku in May 2032.';
    const rows = run(text, {
      dates: [
        ['3 March 2031', '2031-03-03'],
        ['May 2032', '2032-05'],
      ],
      entities: [
        ['Japan', 'Japan', 'country'],
        ['India', 'India', 'country'],
        ['Osaka', 'Osaka', 'city'],
        ['Baku', 'Baku', 'city'],
      ],
    });
    const next = rows.find((r) => r.date.value === '2032-05');
    expect(next).toBeDefined();
    expect(next!.actors.filter((a) => FIVE.includes(a))).toEqual([]);
  });
});
