/**
 * Actor mechanisms of session 5, round 3 (issue #5), each checked on the project's own sentences
 * on unrelated topics: a quote that closes before the speech verb ('"... A and B ...," X said')
 * is what was said, so the names inside it are no parties of the statement; a two-sided happening
 * (trade, turnover, diplomatic relations, a bilateral or intergovernmental body's) that names one
 * country only has the brief's own country as its other side.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, type Spec } from '../helpers/events-doc.js';

function actorsOf(text: string, spec: Spec, type: string): string[][] {
  const doc = makeDoc(text, spec);
  const rows = resolveEvents(doc, new ProvenanceBuilder(doc), { countryOf: () => null, entityKindOf: () => null });
  if (process.env.A3DBG) console.log(JSON.stringify(rows.map((r) => [r.type, r.actors])));
  return rows.filter((r) => r.type === type).map((r) => [...r.actors].sort());
}

describe('a quote before the speech verb names no speaker', () => {
  it('drops countries named inside the quote ("Peru sees Chile as ...," Ruiz said on 3 May)', () => {
    const got = actorsOf(
      'The talks went on late. "Peru sees Chile as a partner for water and power," Ana Ruiz said on 3 May 2031.',
      { dates: [['3 May 2031', '2031-05-03']], entities: [['Peru', 'Peru', 'country'], ['Chile', 'Chile', 'country'], ['Ana Ruiz', 'Ana Ruiz', 'person']] },
      'statement',
    );
    expect(got).toContainEqual(['Ana Ruiz']);
  });
  it('drops a city inside a curly quote (“... Lima is the door,” the minister Jo Vale told reporters)', () => {
    const got = actorsOf(
      'Rail freight grew again. “Our port is small, but Lima is the door to the ocean,” Jo Vale told reporters on 9 June 2030.',
      { dates: [['9 June 2030', '2030-06-09']], entities: [['Lima', 'Peru', 'country'], ['Jo Vale', 'Jo Vale', 'person']] },
      'statement',
    );
    expect(got).toContainEqual(['Jo Vale']);
  });
  it('keeps a speaker named before the quote (Mali’s envoy said on 2 May: "Niger ...")', () => {
    const got = actorsOf(
      'In Bamako, Mali said on 2 May 2029 that it would reopen the border with Niger.',
      { dates: [['2 May 2029', '2029-05-02']], entities: [['Mali', 'Mali', 'country'], ['Niger', 'Niger', 'country']] },
      'statement',
    );
    expect(got.some((a) => a.includes('Mali'))).toBe(true);
  });
  it('keeps the speaker after a quote that names nobody ("We are ready," said the Chilean minister, Rosa Paz)', () => {
    const got = actorsOf(
      'The deal was close. "We are ready to sign it now," Rosa Paz of Chile said on 4 April 2032.',
      { dates: [['4 April 2032', '2032-04-04']], entities: [['Rosa Paz', 'Rosa Paz', 'person'], ['Chile', 'Chile', 'country']] },
      'statement',
    );
    expect(got.some((a) => a.includes('Rosa Paz'))).toBe(true);
  });
});

/** A brief about Norway: its title names it, and the body names it far more often than any other. */
const NORWAY_LEAD =
  'Norway and its Neighbours. Norway values its ties with the Nordic states. Norway signed a fisheries pact in 2027. Norway also opened two consulates abroad in 2028. Norway hosts many students. ';
const STATES = new Set(['Norway', 'Finland', 'Sweden', 'Estonia', 'Latvia']);

function briefActors(body: string, spec: Spec, type: string): string[][] {
  const text = NORWAY_LEAD + body;
  const norway = Array.from({ length: 5 }, () => ['Norway', 'Norway', 'country'] as [string, string, 'country']);
  const doc = makeDoc(text, { ...spec, entities: [...norway, ...(spec.entities ?? [])], dates: [['2027', '2027'], ['2028', '2028'], ...(spec.dates ?? [])] });
  const rows = resolveEvents(doc, new ProvenanceBuilder(doc), { countryOf: () => null, entityKindOf: (n) => (STATES.has(n) ? 'country' : null) });
  if (process.env.A3DBG) console.log(JSON.stringify(rows.map((r) => [r.type, r.actors, r.quote])));
  return rows.filter((r) => r.type === type).map((r) => [...r.actors].sort());
}

describe('a two-sided happening with one named country has the brief’s own country as its other side', () => {
  it('adds the brief’s country to trade with one partner ("Trade with Finland rose ... in 2030")', () => {
    const got = briefActors('Trade with Finland rose to $900 million in 2030.', { dates: [['2030', '2030']], entities: [['Finland', 'Finland', 'country']] }, 'economic');
    expect(got).toContainEqual(['Finland', 'Norway']);
  });
  it('adds it to diplomatic relations with one partner ("Diplomatic relations with Estonia were established in 1992")', () => {
    const got = briefActors('Diplomatic relations with Estonia were established in 1992.', { dates: [['1992', '1992']], entities: [['Estonia', 'Estonia', 'country']] }, 'diplomatic');
    expect(got).toContainEqual(['Estonia', 'Norway']);
  });
  it('adds it to an intergovernmental commission of one partner ("the intergovernmental commission with Latvia met in 2031")', () => {
    const got = briefActors('In 2031 the intergovernmental commission with Latvia met for the first time.', { dates: [['2031', '2031']], entities: [['Latvia', 'Latvia', 'country']] }, 'meeting');
    expect(got).toContainEqual(['Latvia', 'Norway']);
  });
  it('leaves a country’s own foreign trade alone ("Sweden’s foreign trade grew in 2029")', () => {
    const got = briefActors('Sweden’s foreign trade grew by 4 percent in 2029.', { dates: [['2029', '2029']], entities: [['Sweden', 'Sweden', 'country']] }, 'economic');
    for (const a of got) expect(a).not.toContain('Norway');
  });
  it('leaves a pair named in its clause alone ("trade between Finland and Sweden rose in 2029")', () => {
    const got = briefActors('Trade between Finland and Sweden rose sharply in 2029.', { dates: [['2029', '2029']], entities: [['Finland', 'Finland', 'country'], ['Sweden', 'Sweden', 'country']] }, 'economic');
    for (const a of got) expect(a).not.toContain('Norway');
  });
});
