/** A date named by a designation is not the date of the act (resolve/events.ts). Own sentences. */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/events-doc.js';

describe('designated dates', () => {
  it('dates "proclaimed 9 June the Day of X" by the act, not by the day named', () => {
    const rows = run('On 4 May 2030 the assembly proclaimed 9 June the Day of Rivers.', {
      dates: [
        ['4 May 2030', '2030-05-04'],
        ['9 June', '2030-06-09'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2030-05-04']);
    expect(rows[0]!.type).toBe('other');
  });

  it('dates "declared 2031 the Year of X" by the act', () => {
    const rows = run('In 2030 the council declared 2031 the Year of Forests.', {
      dates: [
        ['2030', '2030'],
        ['2031', '2031'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2030']);
  });

  it('keeps a date after a designating verb that is no designation ("declared on 4 May that")', () => {
    const rows = run('The minister declared on 4 May 2030 that the talks had failed.', {
      dates: [['4 May 2030', '2030-05-04']],
    });
    expect(rows.some((r) => r.date.value === '2030-05-04' && r.type === 'statement')).toBe(true);
  });
});
