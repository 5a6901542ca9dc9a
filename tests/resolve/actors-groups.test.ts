/**
 * Actors of events (resolve/events.ts with resolve/actors-groups.ts): venues, places inside
 * names, dash appositions, counted groups, "they", and document memory. Examples are the
 * project's own sentences.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { resolveEvents } from '../../src/resolve/events.js';
import {
  NAMED_DOCUMENT_RE,
  DOCUMENT_BACK_RE,
  closesApposition,
  countedGroups,
  isVenue,
  modifiesName,
} from '../../src/resolve/actors-groups.js';
import { makeDoc, type Spec } from '../helpers/events-doc.js';

const COUNTRIES = ['Latvia', 'Estonia', 'Lithuania', 'Poland', 'Norway', 'Finland'];
const CITY: Record<string, string> = { Riga: 'Latvia', Oslo: 'Norway', Tallinn: 'Estonia', Vilnius: 'Lithuania' };

function run(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (n) => CITY[n] ?? (COUNTRIES.includes(n) ? n : null),
    entityKindOf: (n) => (COUNTRIES.includes(n) ? 'country' : CITY[n] ? 'city' : null),
    partiesOf: (n) => (n === 'Amber Line' ? ['Latvia', 'Estonia', 'Lithuania', 'Poland'] : null),
  });
}
const sorted = (a: string[]) => [...a].sort();
const country = (s: string): [string, string, 'country'] => [s, s, 'country'];
const city = (s: string): [string, string, 'city'] => [s, s, 'city'];
const rowOn = (rows: ReturnType<typeof run>, value: string) => rows.find((r) => r.date.value === value)!;

describe('text tests', () => {
  it('a venue follows in/at or a scheduling phrase', () => {
    const t = 'the accord was signed in Oslo';
    expect(isVenue(t, t.indexOf('Oslo'))).toBe(true);
    const u = 'the summit is scheduled for Oslo';
    expect(isVenue(u, u.indexOf('Oslo'))).toBe(true);
    const v = 'Oslo signed the accord';
    expect(isVenue(v, v.indexOf('Oslo'))).toBe(false);
    const w = 'a visit to Oslo';
    expect(isVenue(w, w.indexOf('Oslo'))).toBe(false);
  });

  it('a place before a document or meeting noun only names it', () => {
    expect(modifiesName('the Oslo Protocol entered into force', 'the Oslo'.length)).toBe(true);
    expect(modifiesName('during the Riga summit', 'during the Riga'.length)).toBe(true);
    expect(modifiesName('Oslo agreed to pay', 'Oslo'.length)).toBe(false);
    expect(modifiesName('Riga and Tallinn', 'Riga'.length)).toBe(false);
  });

  it('a dash closing a list of names set off by dashes is no clause break', () => {
    const t = 'The three states — Latvia, Estonia and Lithuania — signed';
    expect(closesApposition(t, 0, t.lastIndexOf('—'))).toBe(true);
    const u = 'Latvia signed a deal — a first for the region — in May';
    expect(closesApposition(u, 0, u.lastIndexOf('—'))).toBe(false);
    const v = 'Latvia signed — and Estonia refused';
    expect(closesApposition(v, 0, v.lastIndexOf('—'))).toBe(false);
  });

  it('counted groups of parties', () => {
    expect(countedGroups('the five littoral states signed').map((g) => g.n)).toEqual([5]);
    expect(countedGroups('all four governments agreed').map((g) => g.n)).toEqual([4]);
    expect(countedGroups('the six leaders met').map((g) => g.n)).toEqual([6]);
    expect(countedGroups('five new ports opened')).toEqual([]);
    expect(countedGroups('the three bridges were finished')).toEqual([]);
  });

  it('words that point back to a document or its parties', () => {
    expect(DOCUMENT_BACK_RE.test('It entered into force in 2006')).toBe(true);
    expect(DOCUMENT_BACK_RE.test('the sixth Conference of the Parties met in Riga')).toBe(true);
    expect(DOCUMENT_BACK_RE.test('the Riga Protocol was signed')).toBe(true);
    expect(DOCUMENT_BACK_RE.test('the convention was ratified')).toBe(true);
    expect(DOCUMENT_BACK_RE.test('a new port was opened')).toBe(false);
    expect(NAMED_DOCUMENT_RE.test('COP7 is due in Riga')).toBe(true);
    expect(NAMED_DOCUMENT_RE.test('the talks resumed')).toBe(false);
  });
});

describe('venues', () => {
  it('the city where two named states sign is no party', () => {
    const rows = run('Latvia and Estonia signed a fisheries accord in Oslo on 3 May 2031.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [country('Latvia'), country('Estonia'), city('Oslo')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Estonia', 'Latvia']);
    expect(rows[0]!.where).toBe('Oslo');
  });

  it('with nobody else named, the venue country stays', () => {
    const rows = run('A fisheries accord was signed in Oslo on 3 May 2031.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [city('Oslo')],
    });
    expect(rows[0]!.actors).toEqual(['Norway']);
  });

  it('a school opened in a city: its country is a party (no venue for openings)', () => {
    const rows = run('Latvia opened a school in Oslo on 3 May 2031.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [country('Latvia'), city('Oslo')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Latvia', 'Norway']);
  });

  it('a place inside a document name is no party', () => {
    const rows = run('Latvia and Estonia ratified the Oslo Protocol on 3 May 2031.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [country('Latvia'), country('Estonia'), city('Oslo')],
    });
    expect(rows[0]!.actors).not.toContain('Norway');
  });
});

describe('groups of parties', () => {
  it('a list set off by dashes after a counted group is the subject', () => {
    const rows = run('The three states — Latvia, Estonia and Lithuania — signed the Baltic fisheries convention in Oslo on 3 May 2031.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [country('Latvia'), country('Estonia'), country('Lithuania'), city('Oslo')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('"the four governments" are the four builders of the project named before', () => {
    const text = 'The Amber Line is a new power line across the region. The four governments held the groundbreaking ceremony in Riga on 12 May 2031.';
    const rows = run(text, {
      dates: [['12 May 2031', '2031-05-12']],
      entities: [['Amber Line', 'Amber Line', 'project'], city('Riga')],
    });
    expect(rows).toHaveLength(1);
    expect(sorted(rows[0]!.actors)).toEqual(['Estonia', 'Latvia', 'Lithuania', 'Poland']);
  });

  it('a counted group of another size does not take a list', () => {
    const text = 'The Amber Line is a new power line across the region. The three governments held talks in Riga on 12 May 2031.';
    const rows = run(text, {
      dates: [['12 May 2031', '2031-05-12']],
      entities: [['Amber Line', 'Amber Line', 'project'], city('Riga')],
    });
    expect(rows[0]!.actors).not.toContain('Poland');
  });

  it('"they" after a sentence naming a list are that list', () => {
    const text = 'On 2 May 2031 the presidents of Latvia, Estonia and Lithuania met in Vilnius. On 3 May 2031 they signed a joint declaration on energy.';
    const rows = run(text, {
      dates: [
        ['2 May 2031', '2031-05-02'],
        ['3 May 2031', '2031-05-03'],
      ],
      entities: [country('Latvia'), country('Estonia'), country('Lithuania'), city('Vilnius')],
    });
    expect(sorted(rowOn(rows, '2031-05-03').actors)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });
});

describe('document memory', () => {
  const intro = 'Latvia, Estonia and Lithuania signed the Baltic Sea Convention on 4 May 2003. ';
  const ents = (...more: [string, string, 'city' | 'country'][]) => [country('Latvia'), country('Estonia'), country('Lithuania'), ...more];

  it('"It entered into force" right after the signing has the signing\'s parties', () => {
    const rows = run(intro + 'It entered into force on 1 June 2006.', {
      dates: [
        ['4 May 2003', '2003-05-04'],
        ['1 June 2006', '2006-06-01'],
      ],
      entities: ents(),
    });
    expect(sorted(rowOn(rows, '2006-06-01').actors)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('a protocol named after its venue, signed with nobody else named, has the parties of the document before', () => {
    const rows = run(intro + 'The Riga Protocol was signed in Riga on 5 May 2011.', {
      dates: [
        ['4 May 2003', '2003-05-04'],
        ['5 May 2011', '2011-05-05'],
      ],
      entities: ents(city('Riga'), city('Riga')),
    });
    expect(sorted(rowOn(rows, '2011-05-05').actors)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('not when the venue is no party of that document', () => {
    const rows = run(intro + 'The Oslo Protocol was signed in Oslo on 5 May 2011.', {
      dates: [
        ['4 May 2003', '2003-05-04'],
        ['5 May 2011', '2011-05-05'],
      ],
      entities: ents(city('Oslo'), city('Oslo')),
    });
    expect(rowOn(rows, '2011-05-05').actors).toEqual(['Norway']);
  });

  it('not when the happening names a state of its own', () => {
    const rows = run(intro + 'Finland signed the convention in Riga on 5 May 2011.', {
      dates: [
        ['4 May 2003', '2003-05-04'],
        ['5 May 2011', '2011-05-05'],
      ],
      entities: ents(country('Finland'), city('Riga')),
    });
    expect(rowOn(rows, '2011-05-05').actors).toEqual(['Finland']);
  });
});

describe('officials and route names', () => {
  it('a minister with no country of their own serves the one country the title names', () => {
    const text = "Latvia's Ports Face a Lean Winter. Transport Minister Ilze Ozola told parliament on 3 May 2031 that exports would recover.";
    const doc = makeDoc(text, {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [country('Latvia'), ['Ilze Ozola', 'Ilze Ozola', 'person']],
    });
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => (COUNTRIES.includes(n) ? n : null),
      entityKindOf: (n) => (COUNTRIES.includes(n) ? 'country' : null),
    });
    const row = rowOn(rows, '2031-05-03');
    expect(row.actors).toContain('Ilze Ozola');
    expect(row.actors).toContain('Latvia');
  });

  it('not under a title naming two countries', () => {
    const text = 'Latvia and Estonia Share a Grid. Transport Minister Ilze Ozola told reporters on 3 May 2031 that prices would fall.';
    const doc = makeDoc(text, {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [country('Latvia'), country('Estonia'), ['Ilze Ozola', 'Ilze Ozola', 'person']],
    });
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => (COUNTRIES.includes(n) ? n : null),
      entityKindOf: (n) => (COUNTRIES.includes(n) ? 'country' : null),
    });
    expect(rowOn(rows, '2031-05-03').actors).toEqual(['Ilze Ozola']);
  });

  it('a "Trans-" route named after a region does not stand for its states in a counted group', () => {
    const KIND: Record<string, string> = { 'Central Asia': 'region', 'Caspian Sea': 'region' };
    const text =
      'The Trans-Caspian corridor carried more freight. Central Asia was the focus. On 4 April 2031 the EU met all five leaders and signed a joint declaration.';
    const doc = makeDoc(text, {
      dates: [['4 April 2031', '2031-04-04']],
      entities: [
        ['Trans-Caspian', 'Caspian Sea', 'region'],
        ['Central Asia', 'Central Asia', 'region'],
        ['EU', 'European Union', 'organization'],
      ],
    });
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: () => null,
      entityKindOf: (n) => KIND[n] ?? (['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan', 'Iran', 'Russia', 'Azerbaijan'].includes(n) ? 'country' : null),
    });
    const row = rows.find((r) => r.type === 'agreement')!;
    expect(row.actors).not.toContain('Iran');
  });
});

describe('clauses that only date or place a happening', () => {
  it('the doer of a clause that dates the happening ("a month after X dissolved") is no party', () => {
    const rows = run('Latvia and Estonia established diplomatic relations on 2 February 1992, a month after Finland collapsed.', {
      dates: [['2 February 1992', '1992-02-02']],
      entities: [country('Latvia'), country('Estonia'), country('Finland')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Estonia', 'Latvia']);
  });

  it('but an object after "after" with no verb of its own stays ("after talks with Finland")', () => {
    const rows = run('Latvia signed a grid accord on 2 February 2031 after talks with Finland in Riga.', {
      dates: [['2 February 2031', '2031-02-02']],
      entities: [country('Latvia'), country('Finland'), city('Riga')],
    });
    expect(rows.find((r) => r.type === 'agreement')!.actors).toContain('Finland');
  });

  it('a meeting with only its venue named takes the sides named earlier in the sentence', () => {
    const text = 'In 2007 Latvia and Estonia signed ten documents. The sides agreed to create a joint commission, which held its first session in Riga in 2008.';
    const rows = run(text, {
      dates: [
        ['2007', '2007'],
        ['2008', '2008'],
      ],
      entities: [country('Latvia'), country('Estonia'), city('Riga')],
    });
    const session = rowOn(rows, '2008');
    expect(sorted(session.actors)).toEqual(['Estonia', 'Latvia']);
  });

  it('not when the venue is outside that group', () => {
    const text = 'In 2007 Latvia and Estonia signed ten documents. The sides agreed to create a joint commission, which held its first session in Oslo in 2008.';
    const rows = run(text, {
      dates: [
        ['2007', '2007'],
        ['2008', '2008'],
      ],
      entities: [country('Latvia'), country('Estonia'), city('Oslo')],
    });
    expect(rowOn(rows, '2008').actors).toEqual(['Norway']);
  });
});

describe('summit formats', () => {
  const SIX = ['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
  const go = (text: string, entities: [string, string, 'region' | 'city' | 'country'][], date: [string, string]) => {
    const doc = makeDoc(text, { dates: [date], entities });
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => (n === 'Astana' ? 'Kazakhstan' : SIX.includes(n) ? n : null),
      entityKindOf: (n) => (SIX.includes(n) ? 'country' : n === 'Astana' ? 'city' : null),
    });
  };

  it('a summit of a format with fixed members (C+C5) is among its members, venue included', () => {
    const rows = go('The third C+C5 summit is scheduled for Astana on 16 June 2031.', [
      ['C+C5', 'C+C5', 'region'],
      ['Astana', 'Astana', 'city'],
    ], ['16 June 2031', '2031-06-16']);
    expect(sorted(rows[0]!.actors)).toEqual(SIX);
  });

  it('a format named in passing, not as the meeting, adds nobody', () => {
    const rows = go('Kazakhstan raised tariffs on 16 June 2031, citing the C+C5 trade figures.', [
      ['Kazakhstan', 'Kazakhstan', 'country'],
      ['C+C5', 'C+C5', 'region'],
    ], ['16 June 2031', '2031-06-16']);
    expect(rows[0]!.actors).toEqual(['Kazakhstan']);
  });
});

describe('the Caspian littoral states (gazetteer parties)', () => {
  const FIVE = ['Azerbaijan', 'Iran', 'Kazakhstan', 'Russia', 'Turkmenistan'];
  it('"all five littoral states" after the Caspian is named are its five states', () => {
    const text = 'Fishing in the Caspian Sea has collapsed. On 3 May 2031 all five littoral states agreed a new quota regime.';
    const doc = makeDoc(text, { dates: [['3 May 2031', '2031-05-03']], entities: [['Caspian Sea', 'Caspian Sea', 'region']] });
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => (FIVE.includes(n) ? n : null),
      entityKindOf: (n) => (FIVE.includes(n) ? 'country' : n === 'Caspian Sea' ? 'region' : null),
    });
    expect(sorted(rows[0]!.actors)).toEqual(FIVE);
  });
});

describe('trilateral and counted groups from the sentence before', () => {
  it('"a trilateral agreement" takes the three states the sentence before names, listed or not', () => {
    const text = 'Gas from Latvia now reaches Lithuania by way of Estonia. A trilateral swap agreement was signed in Riga on 2 May 2031.';
    const rows = run(text, {
      dates: [['2 May 2031', '2031-05-02']],
      entities: [country('Latvia'), country('Lithuania'), country('Estonia'), city('Riga')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('not when the happening names its three states itself', () => {
    const text = 'Poland, Lithuania and Norway trade power. A trilateral summit of Latvia, Estonia and Finland took place in Riga on 2 May 2031.';
    const rows = run(text, {
      dates: [['2 May 2031', '2031-05-02']],
      entities: [country('Poland'), country('Lithuania'), country('Norway'), country('Latvia'), country('Estonia'), country('Finland'), city('Riga')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Estonia', 'Finland', 'Latvia']);
  });

  it('the exchange of instruments of ratification is among the parties of the document before', () => {
    const text = 'Latvia, Estonia and Lithuania signed the Baltic Sea Convention on 4 May 2003. The instruments of ratification were exchanged in Riga on 1 June 2006.';
    const rows = run(text, {
      dates: [
        ['4 May 2003', '2003-05-04'],
        ['1 June 2006', '2006-06-01'],
      ],
      entities: [country('Latvia'), country('Estonia'), country('Lithuania'), city('Riga')],
    });
    const row = rowOn(rows, '2006-06-01');
    expect(sorted(row.actors)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });
});

describe('meetings placed in the states of a region', () => {
  const FIVE = ['Azerbaijan', 'Iran', 'Kazakhstan', 'Russia', 'Turkmenistan'];
  const go = (text: string, entities: [string, string, 'region' | 'city'][], dates: [string, string][]) => {
    const doc = makeDoc(text, { dates, entities });
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => ({ Baku: 'Azerbaijan', Astana: 'Kazakhstan', Oslo: 'Norway' } as Record<string, string>)[n] ?? (FIVE.includes(n) ? n : null),
      entityKindOf: (n) => (FIVE.includes(n) ? 'country' : null),
    });
  };

  it('summits in two littoral states, nobody else named, are among the region\'s states', () => {
    const rows = go(
      'The legal status of the Caspian Sea is still open. Summits in Baku in 2031 and Astana in 2033 settled nothing.',
      [
        ['Caspian Sea', 'Caspian Sea', 'region'],
        ['Baku', 'Baku', 'city'],
        ['Astana', 'Astana', 'city'],
      ],
      [
        ['2031', '2031'],
        ['2033', '2033'],
      ],
    );
    expect(sorted(rowOn(rows, '2031').actors)).toEqual(FIVE);
  });

  it('not when one venue lies outside the region', () => {
    const rows = go(
      'The legal status of the Caspian Sea is still open. Summits in Baku in 2031 and Oslo in 2033 settled nothing.',
      [
        ['Caspian Sea', 'Caspian Sea', 'region'],
        ['Baku', 'Baku', 'city'],
        ['Oslo', 'Oslo', 'city'],
      ],
      [
        ['2031', '2031'],
        ['2033', '2033'],
      ],
    );
    expect(rowOn(rows, '2031').actors).not.toContain('Iran');
  });
});

describe('venues before the happening', () => {
  it('"met in Oslo, where a road map was agreed": the city is the venue of what was agreed there', () => {
    const text = 'The commission of Latvia and Estonia met in Oslo that May, where a road map was agreed in 2031.';
    const rows = run(text, {
      dates: [['2031', '2031']],
      entities: [country('Latvia'), country('Estonia'), city('Oslo')],
    });
    const row = rows.find((r) => r.type === 'agreement')!;
    expect(row.actors).toContain('Latvia');
    expect(row.actors).not.toContain('Norway');
  });

  it('"In Riga the presidents of Latvia and Estonia signed": the city that opens the sentence is a venue', () => {
    const rows = run('In Oslo the presidents of Latvia and Estonia signed a treaty on 3 May 2031.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [city('Oslo'), country('Latvia'), country('Estonia')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Estonia', 'Latvia']);
  });

  it('but a city that is the subject stays ("Oslo signed")', () => {
    const rows = run('Oslo signed a treaty with Latvia on 3 May 2031.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [city('Oslo'), country('Latvia')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Latvia', 'Norway']);
  });
});

describe('properties', () => {
  it('the text tests never throw and counted groups lie inside the text', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(250), fc.nat(250), (t, a, b) => {
        isVenue(t, Math.min(a, t.length));
        modifiesName(t, Math.min(a, t.length));
        closesApposition(t, Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length));
        DOCUMENT_BACK_RE.test(t);
        for (const g of countedGroups(t)) {
          expect(g.span.start).toBeGreaterThanOrEqual(0);
          expect(g.span.end).toBeLessThanOrEqual(t.length);
          expect(g.n).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a partner joined by a dash to a region', () => {
  const FIVE = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
  const go = (text: string, dates: [string, string][]) => {
    const doc = makeDoc(text, {
      dates,
      entities: [
        ['Japan', 'Japan', 'country'],
        ['Central Asia', 'Central Asia', 'region'],
        ['Tokyo', 'Tokyo', 'city'],
      ],
    });
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => (n === 'Tokyo' ? 'Japan' : n === 'Japan' || FIVE.includes(n) ? n : null),
      entityKindOf: (n) => (n === 'Japan' || FIVE.includes(n) ? 'country' : n === 'Central Asia' ? 'region' : null),
    });
  };

  it('"the first leaders\' summit" of a "Japan–Central Asia" format is among Japan and the five', () => {
    const rows = go('The Japan–Central Asia dialogue was launched in 2004, and the first leaders\' summit took place in Tokyo on 19 December 2031.', [
      ['2004', '2004'],
      ['19 December 2031', '2031-12-19'],
    ]);
    expect(sorted(rowOn(rows, '2031-12-19').actors)).toEqual(sorted(['Japan', ...FIVE]));
  });

  it('a trade figure with the region is no meeting of the format', () => {
    const rows = go('Japan–Central Asia trade rose in 2031 as exports through Tokyo grew.', [['2031', '2031']]);
    for (const r of rows) expect(r.actors).not.toContain('Tajikistan');
  });
});
