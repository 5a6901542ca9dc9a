/**
 * Recall mechanisms of round 3 (resolve/events.ts dating, occasion.ts fallback). Examples are the
 * project's own sentences, on topics of their own.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/events-doc.js';
import { fallbackType, fallbackVerb } from '../../src/resolve/occasion.js';

const dated = (rows: ReturnType<typeof run>) => rows.map((r) => [r.type, r.date.value]);

describe('"at the same event" is the occasion told just before (events/reference)', () => {
  it('takes the ceremony of the sentence before, not an older meeting', () => {
    const rows = run('The two councils met in Lyon in March 2012. The port authority opened the new quay at a ceremony on 4 May 2019. At the same event the two mayors signed a twinning agreement.', {
      dates: [['March 2012', '2012-03'], ['4 May 2019', '2019-05-04']],
    });
    expect(dated(rows)).toContainEqual(['agreement', '2019-05-04']);
    expect(dated(rows)).not.toContainEqual(['agreement', '2012-03']);
  });

  it('takes a summit told just before when an older meeting lies further back', () => {
    const rows = run('The federation met in Oslo in June 2001. Skiing ministers gathered for a summit in Bergen on 9 May 2016. At the same summit the ministers signed a charter on ski doping.', {
      dates: [['June 2001', '2001-06'], ['9 May 2016', '2016-05-09']],
    });
    expect(dated(rows)).toContainEqual(['agreement', '2016-05-09']);
  });

  it('keeps the older meeting when the sentence before tells no occasion', () => {
    const rows = run('The two councils met in Lyon in March 2012. Harbour dues rose sharply in 2019. At the same meeting the two mayors signed a twinning agreement.', {
      dates: [['March 2012', '2012-03'], ['2019', '2019']],
    });
    const signing = rows.find((r) => r.type === 'agreement');
    expect(signing?.date.value).not.toBe('2019');
  });
});

describe('"at the same summit" without a trigger of its own (events/reference + fallback verb)', () => {
  it('dates the verb after the phrase, and the meeting itself, when the occasion before was a signing', () => {
    const rows = run('On 3 June 2018 the two mayors signed a pact on river barges. At the same summit the mayors instructed their engineers to survey the locks.', {
      dates: [['3 June 2018', '2018-06-03']],
    });
    expect(dated(rows)).toContainEqual(['agreement', '2018-06-03']);
    expect(dated(rows)).toContainEqual(['meeting', '2018-06-03']);
    expect(rows.some((r) => r.trigger === 'instructed' && r.date.value === '2018-06-03' && r.date.inferred)).toBe(true);
  });

  it('takes no verb when the sentence before told no occasion', () => {
    const rows = run('Barge traffic on the river doubled in 2018. At the same summit the mayors instructed their engineers to survey the locks.', {
      dates: [['2018', '2018']],
    });
    expect(rows.some((r) => r.trigger === 'instructed')).toBe(false);
  });
});

describe('"agreed (with X) to do Y by D": D is the deadline of Y, not the agreeing', () => {
  it('dates the agreeing with the visit it is joined to', () => {
    const rows = run('In May 2019 a delegation led by the deputy mayor of Porto visited Lyon and agreed with the city council to reopen the old ferry by the end of 2021.', {
      dates: [['May 2019', '2019-05'], ['the end of 2021', '2021']],
    });
    expect(dated(rows)).toContainEqual(['agreement', '2019-05']);
    expect(dated(rows)).toContainEqual(['visit', '2019-05']);
    expect(dated(rows)).not.toContainEqual(['agreement', '2021']);
  });

  it('keeps a date told with "agreed" that is no deadline', () => {
    const rows = run('The two chess federations agreed on a new rating scheme in March 2017.', {
      dates: [['March 2017', '2017-03']],
    });
    expect(dated(rows)).toContainEqual(['agreement', '2017-03']);
  });

  it('keeps the signing date when the deadline belongs to a plan after "agreed to"', () => {
    const rows = run('On 2 April 2016 the rowing clubs agreed to merge their boathouses by 2019.', {
      dates: [['2 April 2016', '2016-04-02'], ['2019', '2019']],
    });
    expect(dated(rows)).toContainEqual(['agreement', '2016-04-02']);
    expect(dated(rows)).not.toContainEqual(['agreement', '2019']);
  });
});

describe('fallback verb finder (occasion.ts fallbackVerb), round 3', () => {
  const verbAt = (text: string, date: string) => {
    const i = text.indexOf(date);
    return fallbackVerb(text, { start: 0, end: text.length }, { start: i, end: i + date.length });
  };
  it('reads a short bracketed aside before the date as part of the clause', () => {
    expect(verbAt('The Harbour Board (HB) dredged the channel in 2019.', '2019')?.text).toBe('dredged');
    expect(verbAt('The Alpine Club (AC) acted as the race organiser from 2011.', '2011')?.text).toBe('acted');
    expect(verbAt('The Chess Union (CU) surveyed its members in 2020.', '2020')?.cls).toBe('past');
  });

  it('still cuts the clause at a long parenthesis or one with a clause break', () => {
    expect(verbAt('The club grew (members joined; fees fell) in 2019.', '2019')).toBeNull();
  });

  it('counts cuts and reductions as changes', () => {
    expect(verbAt('Silt has cut the depth of the canal by 1 metre since 2015.', '2015')?.change).toBe(true);
    expect(verbAt('The council has reduced bus fares by 10% since 2018.', '2018')?.change).toBe(true);
    expect(verbAt('The council has kept bus fares at 2 euros since 2018.', '2018')?.change ?? false).toBe(false);
  });

  it('reads a passive "named" before a post as an appointment', () => {
    expect(verbAt('The architect was named chief curator of the museum in 2014.', '2014')).toMatchObject({ text: 'named', cls: 'passive' });
    expect(verbAt('Ms Ortiz was named as the new head of the choir in 2011.', '2011')?.text).toBe('named');
    expect(fallbackType('named')).toBe('political');
    expect(verbAt('The bridge was named after a poet in 1931.', '1931')).toBeNull();
    expect(verbAt('A street named Harbour Lane opened in 1931.', '1931')?.text).not.toBe('named');
  });

  it('reads "agreed with X to" as a plan lead', () => {
    expect(verbAt('The clubs agreed with the city to rebuild the pier by 2030.', '2030')).toMatchObject({ text: 'rebuild', cls: 'plan' });
    expect(verbAt('The clubs decided to rebuild the pier by 2030.', '2030')).toMatchObject({ text: 'rebuild', cls: 'plan' });
    expect(verbAt('The clubs agreed with the city in 2030.', '2030')?.cls).not.toBe('plan');
  });
});

describe('a date kept from clauses that cannot take it', () => {
  it('does not share a past date with a coordinated present perfect', () => {
    const rows = run('The guild approved a grant for the choir in 2016, and the mayor has said she will match it.', {
      dates: [['2016', '2016']],
    });
    expect(dated(rows)).toContainEqual(['economic', '2016']);
    expect(rows.some((r) => r.type === 'statement' && r.date.value === '2016')).toBe(false);
  });

  it('still shares it with a coordinated past clause', () => {
    const rows = run('The guild approved a grant for the choir in 2016, and the mayor said she would match it.', {
      dates: [['2016', '2016']],
    });
    expect(dated(rows).filter((r) => r[1] === '2016' || r[1] === '2016').length).toBeGreaterThanOrEqual(1);
  });

  it('leaves the date of an appositive relative clause to its own verb', () => {
    const rows = run('The league also adopted new rules for transfers between clubs of the northern division, a change that had been delayed since 2019.', {
      dates: [['2019', '2019']],
    });
    expect(rows.some((r) => r.type === 'agreement' && r.date.value === '2019')).toBe(false);
  });

  it('keeps a date right after its trigger when no relative clause intervenes', () => {
    const rows = run('The league adopted new rules for transfers in 2019.', {
      dates: [['2019', '2019']],
    });
    expect(dated(rows)).toContainEqual(['agreement', '2019']);
  });
});

describe('the words of a second predicate run past a partner set off by commas', () => {
  it('takes the object after ", with X,"', () => {
    const rows = run('In May 2017 the mayor of Porto visited Lyon and signed, with the mayor of Lyon, a charter on river ferries.', {
      dates: [['May 2017', '2017-05']],
    });
    const signing = rows.find((r) => r.type === 'agreement');
    expect(signing?.quote).toContain('a charter on river ferries');
  });

  it('keeps a plain object as before', () => {
    const rows = run('In May 2017 the mayor of Porto visited Lyon and signed a charter on river ferries.', {
      dates: [['May 2017', '2017-05']],
    });
    expect(rows.find((r) => r.type === 'agreement')?.quote).toContain('signed a charter');
  });

  it('does not run past a comma that opens no partner phrase', () => {
    const rows = run('In May 2017 the mayor of Porto visited Lyon and signed, reluctantly, a charter on river ferries.', {
      dates: [['May 2017', '2017-05']],
    });
    expect(rows.find((r) => r.type === 'agreement')?.quote ?? '').not.toContain('river ferries');
  });
});
