/**
 * Recall mechanisms of round 4: dating a day-by-day narrative that a dated piece tells years
 * later (an anniversary piece). Year-less days continue the chronology across paragraph breaks
 * (dates/narrative/continuation), and a plan word of an earlier coordinated clause does not make
 * a later date a plan. All sentences are the project's own, on topics of their own.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../src/extract/dates/index.js';
import { run } from '../helpers/events-doc.js';
import { fallbackVerb } from '../../src/resolve/occasion.js';

/** Paragraph starts: one paragraph per line. */
const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
const brief = (text: string, dct: string) => tagDates(text, { dct, narrative: 'full', narrativeReach: 600, resets: lineStarts(text) });
const valueOf = (text: string, dct: string, what: string) => {
  const h = brief(text, dct).find((x) => x.text === what);
  if (!h) throw new Error(`no date "${what}"`);
  return h.value;
};

describe('a year-less day continues the chronology of the paragraph before (dates/narrative/continuation)', () => {
  it('reads the day in the story year when it falls within a month after the last stated day', () => {
    const text = 'The river burst its banks ten years ago this week.\nOn 2 March 2016 the dam at Castelo overflowed and the valley flooded.\nOn 5 March the regional minister resigned.';
    expect(valueOf(text, '2026-03-06', '5 March')).toBe('2016-03-05');
  });

  it('carries over a subheading and several paragraphs of a short crisis', () => {
    const text = 'Our correspondent looks back.\nStrikers closed the docks at Gdynia on 14 August 1998.\nHow it ended\nThe port authority gave in on 21 August, and the first ships sailed on 2 September.';
    expect(valueOf(text, '2026-08-25', '21 August')).toBe('1998-08-21');
  });

  it('works for a day stated in a range', () => {
    const text = 'The vaccination drive of 2009 began slowly.\nClinics opened in Quito on 3-4 November 2009 after long delays.\nOn 20 November the health ministry extended their hours.';
    expect(valueOf(text, '2026-11-24', '20 November')).toBe('2009-11-20');
  });

  it('also reaches a day a little before the last stated one, told in a later section', () => {
    const text = 'A report came out this month.\nOn 20 March 2016 the dam at Castelo overflowed.\nThe inquiry\nThe engineer in charge had been suspended on 5 March.';
    expect(valueOf(text, '2026-03-06', '5 March')).toBe('2016-03-05');
  });

  it('goes back past a later aside to the story\'s days', () => {
    const text = 'The harbour strike ended on 19 August 1998.\nIts leader was detained on 6 August; in October 2001 a court fined him. On 11 August the port authority named a new director.';
    expect(valueOf(text, '2026-08-09', '6 August')).toBe('1998-08-06');
    expect(valueOf(text, '2026-08-09', '11 August')).toBe('1998-08-11');
  });

  it('keeps an aside\'s year for a day after it', () => {
    const text = 'The harbour strike ended on 19 August 1998.\nIn May 2001 a court fined its leader. On 11 June he appealed.';
    expect(valueOf(text, '2026-08-09', '11 June')).toBe('2001-06-11');
  });

  it('does not reach a day months after the last stated one', () => {
    const text = 'A report came out this month.\nOn 2 May 2016 the dam at Castelo overflowed.\nOn 28 February the regional minister resigned.';
    expect(valueOf(text, '2026-03-06', '28 February')).toBe('2026-02-28');
  });

  it('does not make a plan a past day', () => {
    const text = 'A report came out this month.\nOn 2 March 2016 the dam at Castelo overflowed.\nThe new dam will open on 20 March.';
    expect(valueOf(text, '2026-03-06', '20 March')).toBe('2026-03-20');
  });
});

describe('a plan word in an earlier coordinated clause is not the date\'s', () => {
  it('reads a day after ", and a <noun>" in the narrative year', () => {
    const text = 'In February 2019 the board proposed rules that would cap fees, and a vote on 12 March approved them.';
    expect(valueOf(text, '2026-01-10', '12 March')).toBe('2019-03-12');
  });

  it('also after ", but the ..."', () => {
    const text = 'In May 2012 the miners said they would strike, but the union settled on 18 May with the owners.';
    expect(valueOf(text, '2026-01-10', '18 May')).toBe('2012-05-18');
  });

  it('keeps a plan when the coordinated clause has no subject of its own', () => {
    const text = 'In February 2019 the board said it would meet in Oslo, and vote on 12 March.';
    expect(valueOf(text, '2026-01-10', '12 March')).toBe('2026-03-12');
  });

  it('keeps a plan stated in the date\'s own clause', () => {
    const text = 'In February 2019 the board met in Oslo, and the members will vote on 12 March.';
    expect(valueOf(text, '2026-01-10', '12 March')).toBe('2026-03-12');
  });
});

describe('"that evening" with no trigger: the clause\'s own verb (events/day-reference + fallback)', () => {
  const days = (rows: ReturnType<typeof run>) => rows.map((r) => r.date.value);
  it('dates a past active verb after "Late that evening"', () => {
    const rows = run('On 5 March 2016 the dam at Castelo broke. Late that evening the mayor asked the army for help.', { dates: [['5 March 2016', '2016-03-05']] });
    expect(rows.filter((r) => r.date.value === '2016-03-05').length).toBeGreaterThanOrEqual(2);
  });

  it('dates a past passive after "that night"', () => {
    const rows = run('The orchestra arrived in Vienna on 8 October 2011. That night the hall doors were locked by the police.', { dates: [['8 October 2011', '2011-10-08']] });
    expect(rows.filter((r) => r.date.value === '2011-10-08').length).toBeGreaterThanOrEqual(2);
  });

  it('gives nothing for a present or future clause', () => {
    const a = run('On 5 March 2016 the dam at Castelo broke. That evening is still remembered in the valley.', { dates: [['5 March 2016', '2016-03-05']] });
    const b = run('On 5 March 2016 the dam at Castelo broke. That evening the mayor will ask the army for help.', { dates: [['5 March 2016', '2016-03-05']] });
    expect(days(a).filter((v) => v === '2016-03-05')).toHaveLength(1);
    expect(days(b).filter((v) => v === '2016-03-05')).toHaveLength(1);
  });
});

describe('fallbackVerb: a past that may be a participle is finite when the date ends its clause', () => {
  const verbOf = (s: string, date: string) => {
    const i = s.indexOf(date);
    return fallbackVerb(s, { start: 0, end: s.length }, { start: i, end: i + date.length })?.text ?? null;
  };
  it('takes "left", "sent", "built" right before a closing date', () => {
    expect(verbOf('The last aircraft left on 19 May 2014.', '19 May 2014')).toBe('left');
    expect(verbOf('The relief convoys sent on 2 June 2001.', '2 June 2001')).toBe('sent');
    expect(verbOf('The cooperative built in 2003.', '2003')).toBe('built');
  });
  it('not a reduced relative that goes on to its own verb, nor a present', () => {
    expect(verbOf('The money spent in 2019 was never recovered.', '2019')).not.toBe('spent');
    expect(verbOf('The supplies left in 2019 are still in the depot.', '2019')).not.toBe('left');
  });
});

describe('a duration inside a relative date is no figure of the fallback\'s clause', () => {
  it('dates the last clause of a day-by-day sentence', () => {
    const rows = run('The council announced on 3 May 2014 that the works were over, the withdrawal began two days later and the last aircraft left on 19 May.', {
      dates: [['3 May 2014', '2014-05-03'], ['two days later', '2014-05-05'], ['19 May', '2014-05-19']],
      figures: [['two days', 2, 'day']],
    });
    expect(rows.map((r) => r.date.value)).toContain('2014-05-19');
  });
  it('still sets aside a clause with a figure of its own', () => {
    const rows = run('The port handled 4 million tonnes in 2014.', { dates: [['2014', '2014']], figures: [['4 million tonnes', 4e6, 't']] });
    expect(rows.filter((r) => r.rule.startsWith('events/fallback/'))).toHaveLength(0);
  });
});

describe('the verb of a fronted date past an appositive that another date took (events/fallback)', () => {
  it('finds the main verb after an aside closed by a comma', () => {
    const s = 'The next day farmers in Tula, the town where a strike began in 1998, blocked the road.';
    const i = s.indexOf('The next day');
    expect(fallbackVerb(s, { start: 0, end: s.length }, { start: i, end: i + 12 }, [{ start: s.indexOf('began'), end: s.indexOf('began') + 5 }])?.text).toBe('blocked');
  });
  it('dates the main clause by the fronted date, the aside by its own', () => {
    const rows = run('A week later students in Lund, the city where police had closed the campus in 2009, painted the walls of the library.', {
      dates: [['A week later', '2014-05-10'], ['2009', '2009']],
    });
    expect(rows.map((r) => r.date.value)).toContain('2014-05-10');
  });
  it('no verb after a comma when the date comes after it', () => {
    const s = 'Farmers in Tula, the old town, blocked the road in 2019.';
    const i = s.indexOf('2019');
    expect(fallbackVerb(s, { start: 0, end: s.length }, { start: i, end: i + 4 })?.text ?? null).toBe(null);
  });
});

describe('days or weeks counted from a part of a month ("In late May ... two weeks later")', () => {
  const v = (text: string, what: string) => valueOf(text, '2026-03-06', what);
  it('counts from the end of the month for "late"', () => {
    expect(v('In late May 2021 the staff left the site, and two weeks later the company filed for protection.', 'two weeks later')).toBe('2021-06');
  });
  it('counts from the middle for "mid-"', () => {
    expect(v('In mid-March 2015 the river rose, and twenty days later the bridge closed.', 'twenty days later')).toBe('2015-04');
  });
  it('keeps the month for a plain month or a short count', () => {
    expect(v('In May 2021 the staff left the site, and two weeks later the company filed for protection.', 'two weeks later')).toBe('2021-05');
    expect(v('In late May 2021 the staff left the site, and two days later the company filed for protection.', 'two days later')).toBe('2021-05');
  });
});
