import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTriggers } from '../../../src/extract/events/index.js';
import { typeByHeads } from '../../../src/extract/events/heads.js';

const typed = (text: string) => findTriggers(text).map((t) => [t.text, t.type, t.ruleId]);

describe('head pass: a light verb takes the type of the noun it governs', () => {
  it('reads the object after an active verb', () => {
    expect(typed('In 1962 the city launched construction of a metro.')).toEqual([['launched construction', 'other', 'events/head/works']]);
    expect(typed('A share sale launched by the tram company in 1902 raised little.')[0]!.slice(0, 2)).toEqual(['share sale launched', 'economic']);
    expect(typed('After the strike the mills resumed pulp shipments in 1921.')).toEqual([['resumed pulp shipments', 'economic', 'events/head/flow']]);
    expect(typed('In 1940 the navy launched a military operation.')[0]!.slice(0, 2)).toEqual(['launched a military operation', 'security']);
  });

  it('reads the subject before an intransitive or passive verb, its head being the noun with a complement', () => {
    expect(typed('Construction of the dam on the river began in 1950.')).toEqual([
      ['Construction of the dam on the river began', 'other', 'events/head/works'],
    ]);
    expect(typed('The ice-fishing pact broke down in 1907.')).toEqual([['pact broke down', 'other', 'events/head/document']]);
    expect(typed('A new tender was announced in 1990.')).toEqual([['tender was announced', 'other', 'events/head/procedure']]);
    expect(typed('Talks on the fishing quota resumed in 1952.')[0]!.slice(0, 2)).toEqual(['Talks on the fishing quota resumed', 'meeting']);
  });

  it('does not read a subject when the verb has an object of no class', () => {
    // "the port board" would be a facility, but the board launched a website.
    expect(typed('In 2001 the port board launched a website.').map((t) => t[2])).toEqual(['events/opening/opened']);
    // a class noun that modifies another noun is no head ("auction house", "ferry company")
    expect(typed('The auction house closed in 2011.').map((t) => t[2])).not.toContain('events/head/procedure');
  });

  it('reads the subject of a reduced clause before its comma', () => {
    expect(typed('The border survey, stalled for a decade, was finished in 1951.')[0]!.slice(0, 2)).toEqual(['survey, stalled', 'other']);
  });

  it('types completed physical works as an opening, completed studies as other', () => {
    expect(typed('Rehabilitation of the old pier was completed last year.')[0]!.slice(0, 2)).toEqual([
      'Rehabilitation of the old pier was completed',
      'opening',
    ]);
    expect(typed('The feasibility study was completed in 1988.')[0]![1]).toBe('other');
  });

  it('skips a purpose infinitive and a verb followed by its own infinitive', () => {
    expect(typed('In 1904 the firm signed a deal with the crown to complete the mill.').map((t) => t[1])).not.toContain('opening');
    expect(typed('The ferry service began to lose money in 1950.').map((t) => t[2])).not.toContain('events/head/facility');
    // after a plan or a decision the infinitive is a (planned) happening
    expect(typed('The board agreed to halt the dredging works in 1950.').map((t) => t[1])).toContain('other');
  });

  it('never lets a head phrase run over a year: the verb alone carries the type', () => {
    const text = 'Construction of the 1990 extension began in 1994.';
    const ts = findTriggers(text);
    expect(ts.find((x) => x.text === 'began')).toMatchObject({ type: 'other' });
    for (const t of ts) expect(t.text).not.toMatch(/1990/);
  });

  it('replaces the triggers inside the phrase ("deal", "announced")', () => {
    const ts = findTriggers('The salmon contract was cancelled in 1907.');
    expect(ts.map((t) => t.ruleId)).toEqual(['events/head/document']);
  });

  it('keeps a phrase entry that already holds the verb ("began operating", "deliveries began")', () => {
    expect(typed('The ferry terminal began operating in 1962.')[0]![2]).toBe('events/opening/operation');
    expect(typed('Regular deliveries began in 1985.')[0]![2]).toBe('events/economic/throughput');
  });
});

describe('bodies and laws', () => {
  it('types a body resuming its own work as establishment, past a parenthetical phrase', () => {
    expect(typed('The fisheries council, long dormant, resumed its work in 1971.')[0]!.slice(0, 2)).toEqual([
      'council, long dormant, resumed',
      'establishment',
    ]);
    // its object, when it has one, decides
    expect(typed('In 1971 the council resumed talks with the crown.')[0]!.slice(0, 2)).toEqual(['resumed talks', 'meeting']);
  });
  it('types a law adopted or a decree signed as political, a treaty signed as agreement', () => {
    expect(typed('In 1814 the assembly adopted a new constitution.')[0]!.slice(0, 2)).toEqual(['adopted a new constitution', 'political']);
    expect(typed('In 1814 the two kingdoms signed a treaty.').map((t) => t[1])).toEqual(['agreement', 'agreement']);
  });
});

describe('one side adopting its own policy or an assembly adopting a resolution is other, not an agreement', () => {
  it('types a strategy, concept, state programme or resolution adopted as other', () => {
    expect(typed('In 1998 the cabinet adopted a new forestry strategy.')[0]!.slice(0, 2)).toEqual(['adopted a new forestry strategy', 'other']);
    expect(typed('In 2004 the ministry approved a ten-year state programme for fisheries.')[0]![1]).toBe('other');
    expect(typed('A resolution on river shipping was adopted by the assembly in 1931.')[0]![1]).toBe('other');
    expect(typed('In 1931 the assembly adopted a resolution on river shipping.')[0]![1]).toBe('other');
    expect(typed('The list of priority projects adopted in March 2030 names nine ports.')[0]![1]).toBe('other');
  });
  it('keeps a law adopted political and a programme signed by two parties an agreement', () => {
    expect(typed('In 1931 the diet adopted a new fisheries law.')[0]![1]).toBe('political');
    expect(typed('In 1931 the two guilds signed a joint training programme.').map((t) => t[1])).toContain('agreement');
    expect(typed('In 1931 the two guilds signed a joint training programme.').map((t) => t[1])).not.toContain('other');
  });
});

describe('weapons bought or sold are military cooperation', () => {
  it('types a purchase of drones or missiles as security', () => {
    expect(typed('In 2029 the navy bought six Swedish-built patrol drones.').map((t) => t.slice(1))).toEqual([['security', 'events/security/arms-purchase']]);
    expect(typed('In 2012 the kingdom sold anti-ship missiles to its neighbour.')[0]![1]).toBe('security');
  });
  it('keeps a purchase of a thing that is no weapon, or a weapon named only after the object, economic', () => {
    expect(typed('In 2029 the airline bought ten passenger aircraft.')[0]![1]).toBe('economic');
    expect(typed('In 2029 the ministry bought a factory that makes drones.')[0]![1]).toBe('economic');
  });
});

describe('light nouns: "the start of", "the suspension of" take the type of their "of" phrase', () => {
  it('types the nominal aspect by the noun after "of"', () => {
    expect(typed('The start of construction in 1919 was delayed.')[0]!.slice(0, 2)).toEqual(['start of construction', 'other']);
    expect(typed('The resumption of timber exports in 1921 eased the crisis.')[0]!.slice(0, 2)).toEqual(['resumption of timber exports', 'economic']);
    expect(typed('The suspension of flights in 1940 cut the island off.')[0]!.slice(0, 2)).toEqual(['suspension of flights', 'other']);
  });
  it('leaves a longer phrase of its own and an "of" phrase of no class alone', () => {
    expect(typed('After the collapse of the Habsburg Empire in 1918, trade fell.')[0]![2]).toBe('events/political/state-end');
    expect(typed('The start of the season in 1920 was cold.')).toEqual([]);
  });
});

describe('change verbs by their subject', () => {
  it('types a change of an economic quantity as economic, of anything else as other', () => {
    expect(typed('In 1947 grain prices fell sharply.')).toEqual([['fell', 'economic', 'events/economic/trade']]);
    expect(typed('In 1947 the water level of the lake fell sharply.')).toEqual([['fell', 'other', 'events/head/change']]);
  });
  it('keeps a pronoun subject economic (it speaks of what came before)', () => {
    expect(typed('In 1947 it fell again.')[0]![1]).toBe('economic');
  });
});

describe('purchases of a thing and of a quantity', () => {
  it('makes a stake or a company bought an acquisition, a sum or volume a plain transaction', () => {
    expect(typed('In 1998 a Swedish group bought a 60 percent stake in the brewery.')[0]![2]).toBe('events/economic/acquisition');
    expect(typed('In 1931 the cooperative sold 2 million tonnes of grain.')[0]![2]).toBe('events/economic/transaction');
  });
  it('reads the subject of a passive verb: a quantity sold stays a transaction', () => {
    expect(typed('The mill was acquired by a Danish firm in 1911.')[0]![2]).toBe('events/economic/acquisition');
    expect(typed('In 1931, 2 million tonnes of grain were sold to Britain.')[0]![2]).toBe('events/economic/transaction');
  });
});

describe('context checks of entries', () => {
  it('takes "is expected in" before a place name as a visit only', () => {
    expect(typed('The king is expected in Bergen next spring.')[0]![1]).toBe('visit');
    expect(typed('A recovery is expected in the autumn.').map((t) => t[1])).not.toContain('visit');
  });
  it('does not take the adjective "elected" as an election', () => {
    expect(typed('His first trip as elected president took him to Oslo in 1906.').map((t) => t[1])).not.toContain('political');
    expect(typed('He was elected president in 1906.')[0]![1]).toBe('political');
  });
});

describe('typeByHeads on any input', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('began', 'was halted', 'launched a', 'fell', ''), (s, v) => {
        const text = `${s} construction ${v} ${s}`;
        const out = typeByHeads(text, [], 0, text.length);
        for (const t of out) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(t.start).toBeLessThan(t.end);
          expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
    );
  });
});

describe('head pass: subjects further back', () => {
  const typeOf = (text: string, trigger: string) => findTriggers(text).find((t) => t.text.endsWith(trigger));
  it('reads past a relative clause to the noun it qualifies', () => {
    expect(typeOf('The talks that produced the fishing pact resumed in 1961.', 'resumed')).toMatchObject({ type: 'meeting' });
    expect(typeOf('The minister ordered a survey of the lakes, which was completed in 1911.', 'completed')).toMatchObject({ type: 'other' });
    // a complement clause: the noun after "that" is the subject
    expect(typeOf('The envoys said that the ferry line resumed in 1961.', 'resumed')).toMatchObject({ type: 'opening' });
  });
  it('reads past an apposition when only auxiliaries stand before the verb', () => {
    expect(typeOf('Dredging, the deepening of the old harbour basin, is scheduled to begin in 2031.', 'begin')).toMatchObject({
      type: 'other',
      planned: true,
    });
  });
  it('finds no object in a bare determiner before a time phrase', () => {
    expect(typeOf('Ferry services, halted since 1940, resumed the following week, on 3 May 1945.', 'resumed')).toMatchObject({ type: 'opening' });
  });
  it('types a facility that became operational as an opening, a body as an establishment', () => {
    expect(typeOf('The grain terminal became operational in May 1961.', 'operational')).toMatchObject({ type: 'opening' });
    expect(typeOf('The relief fund became operational in May 1961.', 'operational')).toMatchObject({ type: 'establishment' });
  });
});

describe('head pass: participles and object phrases', () => {
  it('takes no participle used as an adjective for a happening', () => {
    const ts = findTriggers('The reopened ferry lines could double trade by 1995.');
    expect(ts.some((t) => t.ruleId.startsWith('events/head/'))).toBe(false);
  });
  it('types a facility reopened by an active verb as an opening', () => {
    const t = findTriggers('In May 1995 the guards reopened two checkpoints that could double trade.').find((x) => x.text.startsWith('reopened'));
    expect(t).toMatchObject({ type: 'opening', ruleId: 'events/head/facility' });
  });
});

describe('head pass: session 3', () => {
  it('reads no head noun further back past ", which" when the noun before it has no class', () => {
    const ts = typed('In 1990 the crown paid for the repair of the old sluice at Lund, which reopened in May 1991.');
    expect(ts.find((t) => t[0] === 'reopened')?.slice(1)).toEqual(['opening', 'events/opening/opened']);
  });
  it('types financing resumed or approved as economic', () => {
    expect(typed('The Nordic bank resumed financing for the harbour in 1991.').map((t) => t.slice(1))).toContainEqual(['economic', 'events/head/finance']);
  });
  it('types a format or framework launched as an establishment', () => {
    expect(typed('In 1992 the five ministers launched the Baltic Four format.')[0]!.slice(1)).toEqual(['establishment', 'events/head/scheme']);
  });
  it('types negotiations concluded as an agreement, and a verb with a negation as no happening', () => {
    expect(typed('Negotiations on the fishing pact were concluded in May 1952.')[0]!.slice(1)).toEqual(['agreement', 'events/head/talks']);
    expect(typed('The talks on the fishing pact never resumed.')).toEqual([]);
  });
  it('types supplies cut as economic', () => {
    expect(typed('In 1923 the mill cut timber supplies to the town.')[0]!.slice(1)).toEqual(['economic', 'events/head/flow']);
  });
});
