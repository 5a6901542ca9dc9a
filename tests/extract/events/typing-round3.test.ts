/**
 * Event typing, round 3: mechanisms (gapped conjuncts, tallies, rules of procedure, conditional
 * passives) and broad verb classes, each checked on several sentences written for this test on
 * topics unlike any brief (shipping, mining, old kingdoms, city councils).
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/events/index.js';

/** The type of the trigger whose text is `word` (undefined when there is none). */
function typeOf(text: string, word: string): string | undefined {
  return findTriggers(text).find((t) => t.text === word)?.type;
}

/** Does any trigger's text contain `word`? */
function hasTrigger(text: string, word: string): boolean {
  return findTriggers(text).some((t) => t.text.includes(word));
}

describe('gapping: later conjuncts of a list of subjects and dates share the first verb', () => {
  it.each([
    ['Norway joined on 3 May 1990, Iceland on 9 June 1994 and Malta in 2004.', ['Iceland on', 'Malta in'], 'political'],
    ['The duchy ratified the pact in 1921, Sweden in 1923 and Finland in 1925.', ['Sweden in', 'Finland in'], 'agreement'],
    ['Oslo signed protocols with Bergen in May 1990 and with the Danish Crown on 3 June 1991.', ['with the Danish Crown on'], 'agreement'],
    ['Lisbon opened a consulate in 1911, Porto Alegre in 1913.', ['Porto Alegre in'], 'diplomatic'],
  ])('%s', (text, words, type) => {
    for (const w of words) expect(typeOf(text, w)).toBe(type);
  });
  it('needs a verb, a date right after it and a capitalised subject in each conjunct', () => {
    expect(hasTrigger('Norway joined on 3 May 1990, after long talks in Oslo.', 'after')).toBe(false);
    expect(findTriggers('The talks in Oslo in 1990, Bergen in 1991.').some((t) => t.ruleId === 'events/ellipsis/gapped')).toBe(false);
    expect(findTriggers('Norway joined on 3 May 1990, the others in 1994.').some((t) => t.ruleId === 'events/ellipsis/gapped')).toBe(false);
  });
});

describe('a tally of a set by a time is no dated happening', () => {
  it.each([
    'By the end of 1931, 27 of the 32 claims had been settled.',
    'By 1999, nine of the 12 mines had been closed.',
    'Eleven of the twelve ferries were sold in 1960.',
  ])('%s', (text) => {
    expect(findTriggers(text).filter((t) => /settled|closed|sold/.test(t.text))).toEqual([]);
  });
  it('keeps a happening with a plain subject', () => {
    expect(hasTrigger('In 1999 the mine was closed.', 'closed')).toBe(true);
    expect(hasTrigger('The claims of 1931 had been settled by May.', 'settled')).toBe(true);
  });
});

describe('a rule of procedure ("takes effect 30 days later") and a conditional passive are not dated happenings', () => {
  it.each([
    'The treaty enters into force 60 days after the last ratification.',
    'Membership takes effect 30 days later.',
    'Under the charter a decision comes into force two weeks after its publication.',
    'If it is approved, the council meets in 2031.',
    'Once the canal treaty is ratified by both crowns, tolls fall.',
  ])('%s', (text) => {
    expect(findTriggers(text).filter((t) => /effect|force|approved|ratified|Membership/.test(t.text))).toEqual([]);
  });
  it('keeps a past rule that took effect, and a plain passive', () => {
    expect(typeOf('The law took effect 30 days later, in May 1990.', 'took effect')).toBe('establishment');
    expect(typeOf('The treaty was ratified in 1990.', 'ratified')).toBe('agreement');
  });
});

describe('broad verb classes', () => {
  it.each([
    ['Iceland first applied to join the fisheries union in March 1962.', 'applied to join', 'political'],
    ['In May 2004 the ministry tabled its memorandum on farm subsidies.', 'tabled its memorandum', 'other'],
    ['The first tractor built in the new plant rolled out in June 1952.', 'first tractor built in the new plant rolled out', 'other'],
    ['The first six locomotives were handed over in May 1978.', 'were handed over', 'economic'],
    ['Delivery of the ferries is scheduled for 2031.', 'Delivery of the ferries is scheduled', 'economic'],
    ['The lira was floated on 2 March 1981.', 'lira was floated', 'economic'],
    ['The 1998 budget cut defence spending by 8%.', 'budget cut defence spending', 'economic'],
    ['In March 2014 the partnership was formally upgraded.', 'partnership was formally upgraded', 'diplomatic'],
    ['After the coup of 1962, relations with the western powers soured.', 'relations with the western powers soured', 'diplomatic'],
    ['In May 1921 Sweden became the first country to recognise the new republic.', 'first country to recognise', 'diplomatic'],
    ['In 1931 Danish engineers surveyed the harbour entrance.', 'engineers surveyed', 'other'],
    ['The railway reached Bergen in November 1909.', 'railway reached', 'opening'],
    ['In 1948 the study group became a standing committee of the league.', 'became a standing committee', 'establishment'],
  ])('%s', (text, word, type) => {
    expect(typeOf(text, word)).toBe(type);
  });
  it('leaves adjectival participles and hearsay out of statements', () => {
    expect(hasTrigger('In 1990 engineers surveyed the proposed route.', 'proposed')).toBe(false);
    expect(hasTrigger('In 1931 the talks were said to be close to a deal.', 'said')).toBe(false);
    expect(hasTrigger('A Danish buyer has been mentioned, but the banks have not lent since 1931.', 'mentioned')).toBe(false);
    expect(typeOf('On 3 May 1931 the minister said that talks would go on.', 'said')).toBe('statement');
  });
  it('does not read a figure reached by a line as an opening, nor a speech delivered as a supply', () => {
    expect(hasTrigger('The railway reached 2 million passengers in 1990.', 'reached')).toBe(false);
    expect(typeOf('The speech was delivered in Oslo in 1990.', 'was delivered')).toBeUndefined();
  });
});
