import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTriggers } from '../../../src/extract/events/index.js';

const words = (text: string) => findTriggers(text).map((t) => [t.text, t.type]);

describe('a notes or references list at the end of a brief', () => {
  it('keeps only the head of a citation: words of its title are no happenings of their own', () => {
    const text =
      'The lock was opened in 1871.\n\nNotes\n1. Protocol of the 4th meeting of the river commission,\nRiga, 2004.\n' +
      '2. Declaration of the second session of the harbour board, Bergen, 3 May 1999.\n';
    const found = words(text);
    expect(found).toContainEqual(['Protocol', 'agreement']);
    expect(found.some(([w]) => w === 'meeting')).toBe(false);
    expect(found.some(([w]) => w === 'session')).toBe(false);
  });

  it('reads citations in bracketed, bare-number and markdown-heading lists', () => {
    const text =
      'Text.\n\n## References\n1 Treaty adopted at the conference of the ports, Oslo, 4 May 1999.\n' +
      '[2] Report on the summit of the Baltic ports, Tallinn, June 2011.\n';
    const found = words(text).map(([w]) => w);
    expect(found).toContain('Treaty');
    expect(found).not.toContain('conference');
    expect(found).toContain('summit');
  });

  it('leaves items that tell a happening, and numbered lists outside a notes list, alone', () => {
    const notes = 'Text.\n\nNotes\n1. The commission met in Riga in 2004 and signed a protocol.\n2. See the annex.\n';
    expect(words(notes).map(([w]) => w)).toEqual(['met', 'signed', 'protocol']);
    const body = 'Steps:\n1. Minutes of the meeting of the board, Oslo, 4 May 1999.\n';
    expect(words(body).map(([w]) => w)).toContain('meeting');
    const prose = 'Notes on the talks were kept. The talks of the ministers, Oslo, 4 May 1999.\n';
    expect(words(prose).map(([w]) => w)).toContain('talks');
  });
});

describe('a running total counted up to now', () => {
  it('drops a present perfect with "so far", "to date", "thus far"', () => {
    expect(words('The fund, set up in March 2019, has so far approved 14 projects.').map(([w]) => w)).not.toContain('approved');
    expect(words('The agency has to date signed 30 contracts with growers.').map(([w]) => w)).not.toContain('signed');
    expect(words('The two ports have thus far concluded nine leases.').map(([w]) => w)).not.toContain('concluded');
  });

  it('keeps a dated happening without such a phrase', () => {
    expect(words('The fund approved 14 projects in 2019.').map(([w]) => w)).toContain('approved');
    expect(words('So far the agency has signed a contract in May 2020.').map(([w]) => w)).toContain('signed');
  });
});

describe('analytical word classes', () => {
  it('types leaving a body named by its acronym, a body set up by decree, equipment sent', () => {
    expect(findTriggers('In 1962 the island state quit OPEC.')[0]).toMatchObject({ text: 'quit', type: 'political' });
    expect(findTriggers('The water board was reconstituted by royal decree in 1931.')[0]).toMatchObject({ type: 'establishment' });
    expect(findTriggers('In 2011 the city donated twelve fire engines to its twin town.')[0]).toMatchObject({ type: 'economic' });
  });

  it('types attacks named by a place, joint training, land cleared, cultural occasions held', () => {
    expect(findTriggers('Many fled after the Kassel strikes of 1943.').find((t) => t.text === 'strikes')).toMatchObject({ text: 'strikes', type: 'security' });
    expect(findTriggers('The two navies have trained together since 2015.')[0]).toMatchObject({ type: 'security' });
    expect(findTriggers('In 2018 crews cleared 900 hectares of scrub.')[0]).toMatchObject({ type: 'other' });
    expect(findTriggers('The Days of Welsh Literature were held in Prague in 2003.')[0]).toMatchObject({ type: 'other' });
  });

  it('does not take ordinary uses of the same words', () => {
    expect(words('She left Vienna in 1999.').map(([w]) => w)).not.toContain('left');
    expect(words('Dockers went on strike in 1999.').some(([, t]) => t === 'security')).toBe(false);
    expect(words('The farm covers 900 hectares.')).toEqual([]);
  });
});

describe('properties', () => {
  it('never throws and gives valid spans on notes-like text', () => {
    const piece = fc.constantFrom('Notes\n', '1. ', '[2] ', '3 ', 'Protocol of the meeting', ', Riga, ', '4 May 1999', '.\n', 'has so far signed ', 'quit OPEC ', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const t of findTriggers(text)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
        }
      }),
    );
  });
});

describe('gapping with year-less days after a dated first conjunct', () => {
  it('reads each later conjunct as a happening of the verb and its object', () => {
    const a = findTriggers('The three duchies declared neutrality in 1914, Oslo on 4 August and Bergen on 9 August.');
    expect(a.filter((t) => t.ruleId === 'events/ellipsis/gapped').map((t) => t.text)).toEqual(['Oslo on', 'Bergen on']);
    const b = findTriggers('Both crowns proclaimed independence in the spring of 1905, Norway on 7 June and Iceland on 1 May.');
    expect(b.filter((t) => t.ruleId === 'events/ellipsis/gapped').map((t) => t.text)).toEqual(['Norway on', 'Iceland on']);
    const c = findTriggers('The two banks opened branches in the summer of 2011, Riga on 2 July, Tartu on 9 August.');
    expect(c.filter((t) => t.ruleId === 'events/ellipsis/gapped').map((t) => t.text)).toEqual(['Riga on', 'Tartu on']);
  });

  it('does not take a subject with a day of its own for a conjunct', () => {
    const a = findTriggers('The parliament passed the law in March 2001, and Denmark on 4 May agreed.');
    expect(a.some((t) => t.ruleId === 'events/ellipsis/gapped')).toBe(false);
    const b = findTriggers('Independence came in 1905, a hard year for Oslo on the whole.');
    expect(b.some((t) => t.ruleId === 'events/ellipsis/gapped')).toBe(false);
  });
});

describe('a running total coordinated after "so far and"', () => {
  it('drops the verb after "so far and" / "to date and"', () => {
    expect(words('The bank said it had lent $9m so far and approved 14 loans.').some(([w]) => w!.startsWith('approved'))).toBe(false);
    expect(words('The trust has planted 4,000 trees to date and opened two parks.').map(([w]) => w)).not.toContain('opened');
    expect(words('The league has held six games thus far, and signed three sponsors.').map(([w]) => w)).not.toContain('signed');
  });
  it('keeps a verb coordinated after other words', () => {
    expect(words('The bank lent $9m in 2019 and approved 14 loans.').some(([w]) => w!.startsWith('approved'))).toBe(true);
  });
});
