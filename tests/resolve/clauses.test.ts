/**
 * One event per happening (resolve/events.ts): several happenings on one date, dates that only
 * restate or name, and references back to the right earlier happening. Examples are the
 * project's own sentences.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, run, type Spec } from '../helpers/events-doc.js';

const summary = (rows: ReturnType<typeof run>) => rows.map((r) => [r.type, r.date.value, r.trigger]);

describe('several happenings on one date', () => {
  it('gives a when-clause after a date its own event on that date', () => {
    const rows = run('The protocol was signed in Tartu on 4 June 2030, when the premier of Estonia hosted his Latvian counterpart for a summit.', {
      dates: [['4 June 2030', '2030-06-04']],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['agreement', '2030-06-04'],
      ['meeting', '2030-06-04'],
    ]);
  });

  it('dates every clause of a list item headed by a place and a date', () => {
    const rows = run('Tartu, 4 June 2030 – the fifth summit, chaired by Anna Berg, adopted a declaration; the leaders signed a treaty on transit.', {
      dates: [['4 June 2030', '2030-06-04']],
      entities: [['Anna Berg', 'Anna Berg', 'person']],
    });
    expect(summary(rows)).toEqual([
      ['meeting', '2030-06-04', 'summit'],
      ['agreement', '2030-06-04', 'adopted'],
      ['agreement', '2030-06-04', 'signed'],
    ]);
  });

  it('gives a list item whose only happening is of kind other that happening', () => {
    const rows = run('Tartu, 4 June 2030 – a Danish firm selected to carry out the design study.', { dates: [['4 June 2030', '2030-06-04']] });
    expect(summary(rows)).toEqual([['other', '2030-06-04', 'selected to carry out']]);
  });

  it('does not date by a heading what the item says came before it', () => {
    const rows = run('Tartu, 4 June 2030 – two years after a storm, the pier is still shut.', { dates: [['4 June 2030', '2030-06-04']] });
    expect(rows.filter((r) => r.trigger === 'storm')).toEqual([]);
  });

  it('reads a list item right after a meeting item as one more meeting, besides its decision', () => {
    const text = 'Riga, 4 May 2030 – first meeting of the board. Oslo, 9 June 2030 – ministers agreed the route of the cable.';
    const rows = run(text, {
      dates: [
        ['4 May 2030', '2030-05-04'],
        ['9 June 2030', '2030-06-09'],
      ],
    });
    expect(summary(rows)).toEqual([
      ['meeting', '2030-05-04', 'meeting'],
      ['meeting', '2030-06-09', 'Oslo'],
      ['agreement', '2030-06-09', 'agreed'],
    ]);
  });

  it('does not imply a meeting for a list item after an item that was no meeting', () => {
    const text = 'Riga, 4 May 2030 – the treaty was signed. Oslo, 9 June 2030 – ministers agreed the route of the cable.';
    const rows = run(text, {
      dates: [
        ['4 May 2030', '2030-05-04'],
        ['9 June 2030', '2030-06-09'],
      ],
    });
    expect(rows.filter((r) => r.type === 'meeting')).toEqual([]);
  });

  it('keeps a heading date off the other date of its item', () => {
    const rows = run('Tartu, 4 June 2030 – an informal summit after the floods of 2 May 2030; the leaders signed a treaty.', {
      dates: [
        ['4 June 2030', '2030-06-04'],
        ['2 May 2030', '2030-05-02'],
      ],
    });
    expect(rows.filter((r) => r.type === 'meeting').map((r) => r.date.value)).toEqual(['2030-06-04']);
    expect(rows.filter((r) => r.type === 'agreement').map((r) => r.date.value)).toEqual(['2030-06-04']);
  });

  it('gives each further predicate after a reference its own event, not each document', () => {
    const rows = run(
      'The leaders met for a summit in Oslo on 9 May 2030. During the summit, the leaders signed a joint declaration and a memorandum, and agreed to set up a working group.',
      { dates: [['9 May 2030', '2030-05-09']] },
    );
    expect(summary(rows)).toEqual([
      ['meeting', '2030-05-09', 'summit'],
      ['agreement', '2030-05-09', 'signed'],
      ['agreement', '2030-05-09', 'agreed'],
    ]);
    expect(rows[1]!.date.inferred).toBe(true);
  });

  it('refers the happenings after "at the summit itself" back, past a date of the sentence', () => {
    const rows = run(
      'The summit of the council took place in Oslo on 12 May 2030. The foreign ministers met the day before, and at the summit itself the leaders renamed the council, adopted a charter and signed a treaty.',
      {
        dates: [
          ['12 May 2030', '2030-05-12'],
          ['the day before', '2030-05-11'],
        ],
      },
    );
    expect(rows.map((r) => [r.trigger, r.date.value]).sort()).toEqual([
      ['adopted', '2030-05-12'],
      ['met', '2030-05-11'],
      ['renamed', '2030-05-12'],
      ['signed', '2030-05-12'],
      ['summit', '2030-05-12'],
    ]);
  });
});

describe('dates that date nothing of their own', () => {
  it('does not take a year inside a title for a date', () => {
    const rows = run('On 3 May 2031 the ministers adopted the Nordic Future 2050 Agenda.', {
      dates: [
        ['3 May 2031', '2031-05-03'],
        ['2050', '2050'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2031-05-03']);
  });

  it('keeps a year after a month or a preposition a date', () => {
    const rows = run('The ministers adopted a plan in May 2031 Tallinn time, and the council signed a treaty in 2032.', {
      dates: [
        ['May 2031', '2031-05'],
        ['2032', '2032'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2031-05', '2032']);
  });

  it('dates a happening once when a vague date is restated by a finer one', () => {
    const rows = run('Norway ratified the treaty at the start of this month, on 2 May 2031.', {
      dates: [
        ['the start of this month', '2031-05'],
        ['2 May 2031', '2031-05-02'],
      ],
    });
    expect(rows.map((r) => r.date.value)).toEqual(['2031-05-02']);
  });

  it('dates a happening once when a relative date resolves to the very day restated after it', () => {
    const text = 'Norway ratified the treaty at the end of last month, on 31 March 2031.';
    const doc = makeDoc(text, {
      dates: [
        ['the end of last month', '2031-03-31'],
        ['31 March 2031', '2031-03-31'],
      ],
    });
    for (const m of doc.mentions) if (m.kind === 'date' && m.text.startsWith('the end')) (m as { ruleId: string }).ruleId = 'dates/relative/test';
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), {});
    expect(rows.map((r) => [r.date.value, doc.text.slice(r.span.start, r.span.end).includes('31 March')])).toEqual([['2031-03-31', true]]);
  });
});

describe('compound names and later dates with their own happening', () => {
  it('does not read the dashes of a compound name as clause breaks', () => {
    const rows = run('The premier made a visit to Oslo on 2 May 2030, meeting the king, and on 9 June 2030 the first trilateral Riga–Tallinn–Oslo summit was held at Bergen.', {
      dates: [
        ['2 May 2030', '2030-05-02'],
        ['9 June 2030', '2030-06-09'],
      ],
    });
    expect(summary(rows)).toContainEqual(['meeting', '2030-06-09', 'summit']);
  });

  it('does not make a date with its own happening after it a member of a date series', () => {
    const rows = run('The premier made a visit to Oslo on 2 May 2030, and on 9 June 2030 the first trilateral summit was held at Bergen.', {
      dates: [
        ['2 May 2030', '2030-05-02'],
        ['9 June 2030', '2030-06-09'],
      ],
    });
    expect(summary(rows)).toEqual([
      ['visit', '2030-05-02', 'made a visit'],
      ['meeting', '2030-06-09', 'summit'],
    ]);
  });
});

describe('quoted titles', () => {
  it('keeps a document named in quotation marks as a trigger', () => {
    const rows = run('Norway has rested on the "Treaty of the Four Ports" of 1931 ever since.', { dates: [['1931', '1931']] });
    expect(summary(rows)).toEqual([['agreement', '1931', 'Treaty']]);
  });

  it('still ignores the words of a quoted speech', () => {
    const rows = run('On 4 May 1931 the king said "we signed nothing and agreed to nothing".', { dates: [['4 May 1931', '1931-05-04']] });
    expect(summary(rows).map((r) => r[0])).toEqual(['statement']);
  });
});

describe('a when-clause that tells what a noun names', () => {
  it('dates the happenings of "came in DATE, when, during ..." and drops the naming noun', () => {
    const rows = run('The first open clash came in May 1931, when, during the king\'s visit to Oslo, the firm signed a lease for the bay.', {
      dates: [['May 1931', '1931-05']],
    });
    expect(summary(rows).sort()).toEqual([
      ['agreement', '1931-05', 'signed'],
      ['visit', '1931-05', 'visit'],
    ]);
  });

  it('keeps a happening of its own before a when-clause', () => {
    const rows = run('The treaty was signed on 4 May 1931, when the king hosted the premier for a summit.', {
      dates: [['4 May 1931', '1931-05-04']],
    });
    expect(summary(rows).map((r) => r[0]).sort()).toEqual(['agreement', 'meeting']);
  });
});

describe('references to the right earlier happening', () => {
  it('dates a speech "During the signing" by the signing before it', () => {
    const rows = run('On 4 May 2031 Latvia and Estonia signed a pact in Riga. During the signing, the Latvian premier said little.', {
      dates: [['4 May 2031', '2031-05-04']],
    });
    const spoke = rows.find((r) => r.trigger === 'said');
    expect(spoke?.date.value).toBe('2031-05-04');
    expect(spoke?.date.inferred).toBe(true);
  });

  it('dates a second speaker after ";" by the same referred occasion', () => {
    const rows = run('On 4 May 2031 Latvia and Estonia signed a pact in Riga. During the signing, Ivo Kask said little; Lena Berg announced her support.', {
      dates: [['4 May 2031', '2031-05-04']],
      entities: [
        ['Ivo Kask', 'Ivo Kask', 'person'],
        ['Lena Berg', 'Lena Berg', 'person'],
      ],
    });
    const announced = rows.find((r) => r.trigger === 'announced');
    expect(announced?.date.value).toBe('2031-05-04');
    expect(announced?.actors).toContain('Lena Berg');
  });

  it('dates "Leaders there agreed" by the summit just named', () => {
    const rows = run('On 4 May 2031 the first Baltic summit was held at Riga. Leaders there agreed to set up a joint council.', {
      dates: [['4 May 2031', '2031-05-04']],
    });
    expect(summary(rows)).toEqual([
      ['meeting', '2031-05-04', 'summit'],
      ['agreement', '2031-05-04', 'agreed'],
    ]);
  });

  it('leaves an undated "there" without a summit before it undated', () => {
    const rows = run('Ships were there. Leaders there agreed to set up a joint council.', {});
    expect(rows).toEqual([]);
  });

  it('dates "Within hours" by the happening before, the same day', () => {
    const rows = run('The president of Ruritania landed in Tallinn for a visit on 2 March 2031. Within hours, he and his host had signed a treaty.', {
      dates: [['2 March 2031', '2031-03-02']],
    });
    expect(summary(rows)).toEqual([
      ['visit', '2031-03-02', 'visit'],
      ['agreement', '2031-03-02', 'signed'],
    ]);
    expect(rows[1]!.date.inferred).toBe(true);
  });

  it('takes "that meeting" for the last meeting, before a later visit', () => {
    const rows = run(
      'The ministers held talks in Riga on 3 April 2030. The premier paid a visit to Vilnius on 5 April 2030. At that meeting, the ministers had signed a protocol.',
      {
        dates: [
          ['3 April 2030', '2030-04-03'],
          ['5 April 2030', '2030-04-05'],
        ],
      },
    );
    expect(rows.find((r) => r.trigger === 'signed')!.date.value).toBe('2030-04-03');
  });

  /** Two trips of two persons, four days apart. */
  const TWO_TRIPS: Spec = {
    dates: [
      ['1 March 2031', '2031-03-01'],
      ['5 March 2031', '2031-03-05'],
    ],
    entities: [
      ['Anna Berg', 'Anna Berg', 'person'],
      ['Ivo Kask', 'Ivo Kask', 'person'],
    ],
  };

  it('takes "the visit" of "the two presidents" for the last visit a president made', () => {
    const rows = run(
      'President Anna Berg paid a visit to Riga on 1 March 2031. The envoy Ivo Kask travelled to Oslo on 5 March 2031. During the visit, the two presidents also signed a treaty.',
      TWO_TRIPS,
    );
    expect(rows.find((r) => r.trigger === 'signed')!.date.value).toBe('2031-03-01');
  });

  it('without a president among them, takes the last visit', () => {
    const rows = run(
      'Anna Berg paid a visit to Riga on 1 March 2031. The envoy Ivo Kask travelled to Oslo on 5 March 2031. During the visit, the delegations also signed a treaty.',
      TWO_TRIPS,
    );
    expect(rows.find((r) => r.trigger === 'signed')!.date.value).toBe('2031-03-05');
  });
});

describe('actors from the brief as a whole', () => {
  const resolveWith = (text: string, spec: Parameters<typeof makeDoc>[1], countries: Record<string, string> = {}) => {
    const doc = makeDoc(text, spec);
    // every sentence its own paragraph (so nothing carries over from the title)
    doc.sentences.forEach((s, i) => (s.paragraph = i));
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => countries[n] ?? (['Latvia', 'Estonia'].includes(n) ? n : null),
      entityKindOf: (n) => (['Latvia', 'Estonia'].includes(n) ? 'country' : n === 'Nordic Council' ? 'organization' : null),
    });
  };

  it('gives a happening with nobody named the countries of the title', () => {
    const rows = resolveWith('Latvia and Estonia: How the Border Was Settled. After shootings on 3 May 2030, the situation changed.', {
      dates: [['3 May 2030', '2030-05-03']],
      entities: [
        ['Latvia', 'Latvia', 'country'],
        ['Estonia', 'Estonia', 'country'],
      ],
    });
    expect(rows.map((r) => [r.type, r.actors])).toEqual([['security', ['Latvia', 'Estonia']]]);
  });

  it('does not take places a title goes from or to for its subject', () => {
    const rows = resolveWith('From Riga to Tallinn: Notes on a Border. After shootings on 3 May 2030, the situation changed.', {
      dates: [['3 May 2030', '2030-05-03']],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Tallinn', 'Tallinn', 'city'],
      ],
    }, { Riga: 'Latvia', Tallinn: 'Estonia' });
    expect(rows.map((r) => r.actors)).toEqual([[]]);
  });

  it('makes the body a brief is about a party of its summits, not the host city', () => {
    const rows = resolveWith('Ten Years of the Nordic Council. The fifth summit took place in Riga on 3 May 2030.', {
      dates: [['3 May 2030', '2030-05-03']],
      entities: [
        ['Nordic Council', 'Nordic Council', 'organization'],
        ['Riga', 'Riga', 'city'],
      ],
    }, { Riga: 'Latvia' });
    expect(rows.map((r) => [r.type, r.actors, r.where])).toEqual([['meeting', ['Nordic Council'], 'Riga']]);
  });

  it('gives a person the gazetteer does not know the country the text says they serve', () => {
    const text = 'Ivo Tamm of Estonia, the long-serving head of the national border guard and a veteran of many rounds of talks, visited Riga on 3 May 2030.';
    const rows = resolveWith(text, {
      dates: [['3 May 2030', '2030-05-03']],
      entities: [
        ['Ivo Tamm', 'Ivo Tamm', 'person'],
        ['Estonia', 'Estonia', 'country'],
        ['Riga', 'Riga', 'city'],
      ],
    }, { Riga: 'Latvia' });
    expect(rows[0]!.actors).toContain('Ivo Tamm');
    expect(rows[0]!.actors).toContain('Estonia');
  });
});

describe('documents signed together', () => {
  it('gives a document set apart by "as well as" or named after "and" its own signing', () => {
    const rows = run(
      'On 2 May 2031 the ministers signed an accord on fishing and a Riga Declaration on friendship, as well as a memorandum on ports.',
      { dates: [['2 May 2031', '2031-05-02']] },
    );
    expect(rows.map((r) => [r.type, r.date.value, r.trigger])).toEqual([
      ['agreement', '2031-05-02', 'signed'],
      ['agreement', '2031-05-02', 'Declaration on friendship'],
      ['agreement', '2031-05-02', 'memorandum'],
    ]);
  });

  it('keeps "a declaration and a memorandum" one signing', () => {
    const rows = run('On 2 May 2031 the ministers signed a joint declaration and a memorandum on ports.', { dates: [['2 May 2031', '2031-05-02']] });
    expect(rows.map((r) => r.trigger)).toEqual(['signed']);
  });

  it('gives ", and they opened" after a signing its own event', () => {
    const rows = run(
      'The leaders met for a summit in Oslo on 9 May 2030. At that meeting, the leaders signed a treaty, and they opened a new border crossing by video link.',
      { dates: [['9 May 2030', '2030-05-09']] },
    );
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['meeting', '2030-05-09'],
      ['agreement', '2030-05-09'],
      ['opening', '2030-05-09'],
    ]);
  });
});

describe('the occasion of a happening', () => {
  it('dates a summit named as the occasion of a signing by the signing', () => {
    const rows = run('A transit accord was signed on 2 May 2031 in Riga, on the sidelines of the fifth summit of the Baltic Council of Ministers.', {
      dates: [['2 May 2031', '2031-05-02']],
    });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([
      ['agreement', '2031-05-02'],
      ['meeting', '2031-05-02'],
    ]);
    // the summit's words are its own, not the signing's
    expect(rows[1]!.quote.startsWith('summit')).toBe(true);
  });
});

describe('actors of elliptic and coordinated clauses', () => {
  it('gives "X did it on D1 and Y on D2" each its own doer', () => {
    const rows = run('Estonia declared independence on 20 August 1991 and Latvia on 21 August 1991.', {
      dates: [
        ['20 August 1991', '1991-08-20'],
        ['21 August 1991', '1991-08-21'],
      ],
      entities: [
        ['Estonia', 'Estonia', 'country'],
        ['Latvia', 'Latvia', 'country'],
      ],
    });
    expect(rows.map((r) => [r.date.value, r.actors])).toEqual([
      ['1991-08-20', ['Estonia']],
      ['1991-08-21', ['Latvia']],
    ]);
  });

  it('keeps the places of "summits in A in D1 and B in D2" out of that rule', () => {
    const rows = run('The summits in Riga in 2001 and Oslo in 2007 yielded no treaty.', {
      dates: [
        ['2001', '2001'],
        ['2007', '2007'],
      ],
      entities: [
        ['Riga', 'Riga', 'city'],
        ['Oslo', 'Oslo', 'city'],
      ],
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]!.where).toBe('Riga');
  });
});

describe('signers named once', () => {
  it('gives the signers of "signed by X and Y" the countries the brief gave them earlier', () => {
    const text = 'Talks were led by Ivo Tamm of Estonia and Jan Ozols of Latvia. A protocol was signed by Tamm and Ozols in Valga on 19 May 2030.';
    const doc = makeDoc(text, {
      dates: [['19 May 2030', '2030-05-19']],
      entities: [
        ['Ivo Tamm', 'Ivo Tamm', 'person'],
        ['Estonia', 'Estonia', 'country'],
        ['Jan Ozols', 'Jan Ozols', 'person'],
        ['Latvia', 'Latvia', 'country'],
        ['Tamm', 'Ivo Tamm', 'person'],
        ['Ozols', 'Jan Ozols', 'person'],
      ],
    });
    doc.sentences.forEach((s, i) => (s.paragraph = i));
    const rows = resolveEvents(doc, new ProvenanceBuilder(doc), { countryOf: () => null, entityKindOf: () => null });
    const signing = rows.find((r) => r.type === 'agreement')!;
    expect(signing.actors).toContain('Estonia');
    expect(signing.actors).toContain('Latvia');
  });
});

describe('doers named in a long by-phrase', () => {
  it('takes the countries of a by-phrase however long, up to its clause end', () => {
    const text =
      'A truce was agreed on 2 May 2030 by the heads of the two border services, Ivo Tamm of the Estonian border and customs board and Jan Ozols of Latvia, and the crossings were closed.';
    const rows = run(text, {
      dates: [['2 May 2030', '2030-05-02']],
      entities: [
        ['Ivo Tamm', 'Ivo Tamm', 'person'],
        ['Estonian', 'Estonia', 'country'],
        ['Jan Ozols', 'Jan Ozols', 'person'],
        ['Latvia', 'Latvia', 'country'],
      ],
    });
    expect(rows[0]!.date.value).toBe('2030-05-02');
    expect(rows[0]!.actors).toContain('Latvia');
  });
});

describe('decades as background', () => {
  it('takes no event for a decade that bounds a state of affairs', () => {
    const rows = run('By the end of the 1980s the two commissions had agreed on little. Until the 1970s, clashes were rare.', {
      dates: [
        ['the 1980s', '198X'],
        ['the 1970s', '197X'],
      ],
    });
    expect(rows).toEqual([]);
  });

  it('keeps a decade that dates a happening', () => {
    const rows = run('In the 1990s the two countries signed a treaty on fishing.', { dates: [['the 1990s', '199X']] });
    expect(rows.map((r) => [r.type, r.date.value])).toEqual([['agreement', '199X']]);
  });
});
