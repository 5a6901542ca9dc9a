/**
 * Actors of events (resolve/events.ts), round 3: a brief on one state and one body (its talks
 * and sessions are between the two; a venue city's country is no party; the state's own steps
 * stay its own; another state that "joined" joins the body), parts of a body written in the
 * body's possessive ("the Council's 12th Plenary Assembly"), and plans of "the partners" after a
 * document signed among several states. Examples are the project's own sentences.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { EntityKind } from '../../src/core/types.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, type Spec } from '../helpers/events-doc.js';

const COUNTRIES = ['Latvia', 'Estonia', 'Lithuania', 'Norway', 'Finland', 'Sweden'];
const CITY: Record<string, string> = { Riga: 'Latvia', Oslo: 'Norway', Tallinn: 'Estonia', Vilnius: 'Lithuania', Stockholm: 'Sweden' };
const ORGS = ['Nordic Council', 'Baltic Assembly'];

function run(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (n) => CITY[n] ?? (COUNTRIES.includes(n) ? n : null),
    entityKindOf: (n) => (COUNTRIES.includes(n) ? 'country' : CITY[n] ? 'city' : ORGS.includes(n) ? 'organization' : null),
  });
}
const sorted = (a: string[]) => [...a].sort();
const e = (s: string, kind: EntityKind, name = s): [string, string, EntityKind] => [s, name, kind];
const rowOn = (rows: ReturnType<typeof run>, value: string) => rows.find((r) => r.date.value === value);

describe('a brief on one state and one body', () => {
  const title = 'Latvia and the Nordic Council: a slow courtship. ';

  it('a session that names nobody is between the state and the body, and the venue country is no party', () => {
    const text = `${title}The working group met for the first time in Oslo in May 2031. Latvia is small.`;
    const rows = run(text, {
      dates: [['May 2031', '2031-05']],
      entities: [e('Latvia', 'country'), e('Nordic Council', 'organization'), e('Oslo', 'city'), e('Latvia', 'country')],
    });
    expect(sorted(rowOn(rows, '2031-05')!.actors)).toEqual(['Latvia', 'Nordic Council']);
  });

  it('talks that name the state alone add the body', () => {
    const text = `${title}After a long pause, talks with Latvia resumed in June 2033.`;
    const rows = run(text, {
      dates: [['June 2033', '2033-06']],
      entities: [e('Latvia', 'country'), e('Nordic Council', 'organization'), e('Latvia', 'country')],
    });
    const row = rowOn(rows, '2033-06');
    expect(row).toBeDefined();
    expect(sorted(row!.actors)).toEqual(['Latvia', 'Nordic Council']);
  });

  it("the state's own step (a commission of its own) stays its own", () => {
    const text = `${title}Latvia created an interagency commission in April 2032.`;
    const rows = run(text, {
      dates: [['April 2032', '2032-04']],
      entities: [e('Latvia', 'country'), e('Nordic Council', 'organization'), e('Latvia', 'country')],
    });
    expect(rowOn(rows, '2032-04')!.actors).toEqual(['Latvia']);
  });

  it('another state that joined with no body named joins the body; a named country stays', () => {
    const text = `${title}Neighbours moved faster: Estonia joined on 3 March 2030.`;
    const rows = run(text, {
      dates: [['3 March 2030', '2030-03-03']],
      entities: [e('Latvia', 'country'), e('Nordic Council', 'organization'), e('Estonia', 'country')],
    });
    expect(sorted(rowOn(rows, '2030-03-03')!.actors)).toEqual(['Estonia', 'Nordic Council']);
  });

  it('a brief titled on two states is no state-and-body brief', () => {
    const text = 'Latvia and Estonia: a slow courtship. The working group met for the first time in Oslo in May 2031.';
    const rows = run(text, {
      dates: [['May 2031', '2031-05']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Oslo', 'city')],
    });
    expect(rowOn(rows, '2031-05')!.actors).not.toContain('Nordic Council');
  });
});

describe("a part of a body written in the body's possessive", () => {
  it("the Council's 12th Plenary Assembly is the Council", () => {
    const text = "Ministers gathered in Riga. The Nordic Council's 12th Plenary Assembly met in Riga on 2 May 2031.";
    const rows = run(text, {
      dates: [['2 May 2031', '2031-05-02']],
      entities: [e('Riga', 'city'), e('Nordic Council', 'organization'), e('Plenary Assembly', 'organization'), e('Riga', 'city')],
    });
    const actors = rowOn(rows, '2031-05-02')!.actors;
    expect(actors).toContain('Nordic Council');
    expect(actors).not.toContain('Plenary Assembly');
  });

  it('a body of its own name is kept', () => {
    const text = 'The Baltic Assembly met in Riga on 2 May 2031.';
    const rows = run(text, {
      dates: [['2 May 2031', '2031-05-02']],
      entities: [e('Baltic Assembly', 'organization'), e('Riga', 'city')],
    });
    expect(rowOn(rows, '2031-05-02')!.actors).toContain('Baltic Assembly');
  });
});

describe('plans of the partners after a document signed among several states', () => {
  it('"the partners plan" takes the parties of the last signed document', () => {
    const text =
      'Latvia, Estonia and Lithuania signed a framework agreement on the line in Riga on 3 May 2030. Much remains unclear. If funds are found, the partners plan to begin construction in 2032.';
    const rows = run(text, {
      dates: [['3 May 2030', '2030-05-03'], ['2032', '2032']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Lithuania', 'country'), e('Riga', 'city')],
    });
    const row = rowOn(rows, '2032');
    expect(row).toBeDefined();
    expect(sorted(row!.actors)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('a plan with no group word keeps what it found', () => {
    const text = 'Latvia, Estonia and Lithuania signed a framework agreement on the line in Riga on 3 May 2030. Much remains unclear. Finland plans to begin construction of its own port in 2032.';
    const rows = run(text, {
      dates: [['3 May 2030', '2030-05-03'], ['2032', '2032']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Lithuania', 'country'), e('Riga', 'city'), e('Finland', 'country')],
    });
    const row = rowOn(rows, '2032');
    if (row) expect(row.actors).toEqual(['Finland']);
  });
});

describe('"he and President X signed"', () => {
  it('"he" is the person named last before, and takes part with their country', () => {
    const text = 'Jan Berzins paid a state visit to Oslo on 10 May 2030. During that visit he and Prime Minister Ola Dahl signed a joint declaration.';
    const doc = makeDoc(text, {
      dates: [['10 May 2030', '2030-05-10']],
      entities: [e('Jan Berzins', 'person'), e('Oslo', 'city'), e('Ola Dahl', 'person')],
    });
    const PERSON: Record<string, string> = { 'Jan Berzins': 'Latvia', 'Ola Dahl': 'Norway' };
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => PERSON[n] ?? CITY[n] ?? (COUNTRIES.includes(n) ? n : null),
      entityKindOf: (n) => (COUNTRIES.includes(n) ? 'country' : CITY[n] ? 'city' : PERSON[n] ? 'person' : null),
    });
    const signing = rows.find((r) => r.type === 'agreement');
    expect(signing).toBeDefined();
    expect(signing!.actors).toContain('Jan Berzins');
    expect(signing!.actors).toContain('Latvia');
    expect(signing!.actors).toContain('Ola Dahl');
  });
});

describe('gapped joinings in a state-and-body brief', () => {
  it('"A joined on ..., B on ..." : each state joins the body', () => {
    const text = 'Latvia and the Nordic Council: a slow courtship. Neighbours moved on: Estonia joined on 3 March 2030 and Lithuania on 4 April 2031.';
    const rows = run(text, {
      dates: [['3 March 2030', '2030-03-03'], ['4 April 2031', '2031-04-04']],
      entities: [e('Latvia', 'country'), e('Nordic Council', 'organization'), e('Estonia', 'country'), e('Lithuania', 'country')],
    });
    expect(sorted(rowOn(rows, '2030-03-03')!.actors)).toEqual(['Estonia', 'Nordic Council']);
    const second = rowOn(rows, '2031-04-04');
    if (second) expect(second.actors).toContain('Nordic Council');
  });
});

describe('a brief titled on two states', () => {
  it('a document that names one of them (or a city of one) is between the two', () => {
    const text = 'Latvia and Norway: partners at sea. An agreement on fisheries was signed in Riga in 2029.';
    const rows = run(text, {
      dates: [['2029', '2029']],
      entities: [e('Latvia', 'country'), e('Norway', 'country'), e('Riga', 'city')],
    });
    expect(sorted(rowOn(rows, '2029')!.actors)).toEqual(['Latvia', 'Norway']);
  });

  it('a document with a third state named is left alone', () => {
    const text = 'Latvia and Norway: partners at sea. Sweden signed an agreement on fisheries in 2029.';
    const rows = run(text, {
      dates: [['2029', '2029']],
      entities: [e('Latvia', 'country'), e('Norway', 'country'), e('Sweden', 'country')],
    });
    expect(rowOn(rows, '2029')!.actors).toEqual(['Sweden']);
  });
});

describe('a seat of international bodies makes no party of its country', () => {
  const SEAT: Record<string, string> = { Geneva: 'Switzerland', Riga: 'Latvia' };
  function runSeat(text: string, spec: Spec) {
    const doc = makeDoc(text, spec);
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => SEAT[n] ?? (['Switzerland', 'Latvia', 'Estonia'].includes(n) ? n : null),
      entityKindOf: (n) => (['Switzerland', 'Latvia', 'Estonia'].includes(n) ? 'country' : SEAT[n] ? 'city' : null),
    });
  }

  it('a session in Geneva', () => {
    const rows = runSeat('The ninth session was held in Geneva on 5 May 2031.', { dates: [['5 May 2031', '2031-05-05']], entities: [e('Geneva', 'city')] });
    for (const r of rows) expect(r.actors).not.toContain('Switzerland');
  });

  it('a file sent to Geneva', () => {
    const rows = runSeat('Latvia sent an updated memorandum to Geneva in June 2030.', {
      dates: [['June 2030', '2030-06']],
      entities: [e('Latvia', 'country'), e('Geneva', 'city')],
    });
    for (const r of rows) expect(r.actors).not.toContain('Switzerland');
  });

  it('the country named itself stays; an ordinary city still gives its country', () => {
    const a = runSeat('Switzerland hosted talks with Estonia in Geneva on 5 May 2031.', {
      dates: [['5 May 2031', '2031-05-05']],
      entities: [e('Switzerland', 'country'), e('Estonia', 'country'), e('Geneva', 'city')],
    });
    expect(a.some((r) => r.actors.includes('Switzerland'))).toBe(true);
    const b = runSeat('Estonia signed a treaty in Riga on 5 May 2031.', {
      dates: [['5 May 2031', '2031-05-05']],
      entities: [e('Estonia', 'country'), e('Riga', 'city')],
    });
    expect(b.length).toBeGreaterThan(0);
  });
});

describe('"Its plant in X opened": the company named last before', () => {
  const CO = ['Baltic Cable Works', 'Nordic Grid'];
  function runCo(text: string, spec: Spec) {
    const doc = makeDoc(text, spec);
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => CITY[n] ?? (COUNTRIES.includes(n) ? n : null),
      entityKindOf: (n) => (COUNTRIES.includes(n) ? 'country' : CITY[n] ? 'city' : CO.includes(n) ? 'company' : null),
    });
  }

  it('the plant is the company’s, the city only where', () => {
    const rows = runCo('In 2029 a Latvian investor set up Baltic Cable Works. Its plant in Riga opened in August 2031 and soon employed 400 people.', {
      dates: [['2029', '2029'], ['August 2031', '2031-08']],
      entities: [e('Latvian', 'country', 'Latvia'), e('Baltic Cable Works', 'company'), e('Riga', 'city')],
    });
    const row = rowOn(rows, '2031-08');
    expect(row).toBeDefined();
    expect(row!.actors).toEqual(['Baltic Cable Works']);
  });

  it('a sentence that names its own party keeps it', () => {
    const rows = runCo('In 2029 a Latvian investor set up Baltic Cable Works. Its plant in Riga was opened by Estonia in August 2031.', {
      dates: [['2029', '2029'], ['August 2031', '2031-08']],
      entities: [e('Latvian', 'country', 'Latvia'), e('Baltic Cable Works', 'company'), e('Riga', 'city'), e('Estonia', 'country')],
    });
    const row = rowOn(rows, '2031-08');
    if (row) expect(row.actors).toContain('Estonia');
  });
});

describe('limits of the title rules', () => {
  it('a city on a way in the title ("From Riga to Oslo: ... the Nordic Council") makes no state of the brief', () => {
    const text = 'From Tallinn to Riga: Ten Years of the Nordic Council. The council was founded in 2020 and met in Oslo in May 2031.';
    const rows = run(text, {
      dates: [['2020', '2020'], ['May 2031', '2031-05']],
      entities: [e('Tallinn', 'city'), e('Riga', 'city'), e('Nordic Council', 'organization'), e('Oslo', 'city')],
    });
    for (const r of rows) {
      expect(r.actors).not.toContain('Latvia');
      expect(r.actors).not.toContain('Estonia');
    }
  });

  it("a ratification in a two-state brief stays the one state's", () => {
    const text = 'Latvia and Norway: partners at sea. The Latvian parliament ratified the agreement in March 2030.';
    const rows = run(text, {
      dates: [['March 2030', '2030-03']],
      entities: [e('Latvia', 'country'), e('Norway', 'country'), e('Latvian', 'country', 'Latvia')],
    });
    const row = rowOn(rows, '2030-03');
    if (row) expect(row.actors).not.toContain('Norway');
  });
});

describe('one who holds office in an international body stands with the body', () => {
  function runReal(text: string, spec: Spec) {
    const doc = makeDoc(text, spec);
    return resolveEvents(doc, new ProvenanceBuilder(doc));
  }

  it('during the term: the body', () => {
    const rows = runReal('Ngozi Okonjo-Iweala visited Tashkent on 3 May 2031.', {
      dates: [['3 May 2031', '2031-05-03']],
      entities: [e('Ngozi Okonjo-Iweala', 'person'), e('Tashkent', 'city')],
    });
    const row = rowOn(rows, '2031-05-03')!;
    expect(row.actors).toContain('World Trade Organization');
    expect(row.actors).not.toContain('Nigeria');
  });

  it('before the term: not the body', () => {
    const rows = runReal('Ngozi Okonjo-Iweala visited Tashkent on 3 May 2012.', {
      dates: [['3 May 2012', '2012-05-03']],
      entities: [e('Ngozi Okonjo-Iweala', 'person'), e('Tashkent', 'city')],
    });
    expect(rowOn(rows, '2012-05-03')!.actors).not.toContain('World Trade Organization');
  });

  it('an office holder of a state stands with the state', () => {
    const rows = runReal('Ruslan Zhaksylykov visited Ankara on 3 May 2024.', {
      dates: [['3 May 2024', '2024-05-03']],
      entities: [e('Ruslan Zhaksylykov', 'person'), e('Ankara', 'city')],
    });
    expect(rowOn(rows, '2024-05-03')!.actors).toContain('Kazakhstan');
  });
});

describe('the host of a visit is where the visitor arrives', () => {
  it('"returned the visit that autumn, arriving in Riga on ..."', () => {
    const text = 'The Estonian president paid a visit to Oslo in March 2030. Norway returned the visit that autumn, arriving in Riga on 12-13 October 2030 for a summit.';
    const rows = run(text, {
      dates: [['March 2030', '2030-03'], ['12-13 October 2030', '2030-10-12/2030-10-13']],
      entities: [e('Estonian', 'country', 'Estonia'), e('Oslo', 'city'), e('Norway', 'country'), e('Riga', 'city')],
    });
    const visit = rows.find((r) => r.type === 'visit' && r.date.value.startsWith('2030-10'));
    if (visit) expect(visit.actors).toContain('Latvia');
    expect(rows.some((r) => r.actors.includes('Latvia'))).toBe(true);
  });
});
