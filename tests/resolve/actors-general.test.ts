/**
 * Actor mechanisms checked across unrelated topics (session 4, issue #5): doers named in a
 * by-phrase after the date, signers set off with their states ("X of A, Y of B ... signed"), a
 * speaker at a meeting told before and the title after a masthead line. Every sentence is the
 * project's own.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { makeDoc, type Spec } from '../helpers/events-doc.js';

const COUNTRY_OF: Record<string, string> = { Riga: 'Latvia', Tallinn: 'Estonia', Oslo: 'Norway', 'Lena Berg': 'Sweden', 'Ivo Kask': 'Estonia', 'Mart Laar': 'Latvia' };
const KIND_OF: Record<string, string> = {
  Latvia: 'country',
  Estonia: 'country',
  Sweden: 'country',
  Norway: 'country',
  Finland: 'country',
  'Lena Berg': 'person',
  'Ivo Kask': 'person',
  'Mart Laar': 'person',
};

function run(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (n) => COUNTRY_OF[n] ?? (KIND_OF[n] === 'country' ? n : null),
    entityKindOf: (n) => KIND_OF[n] ?? null,
  });
}

const person = (s: string): [string, string, 'person'] => [s, s, 'person'];
const country = (s: string): [string, string, 'country'] => [s, s, 'country'];

describe('doers in a by-phrase after the date', () => {
  it('takes the persons of "agreed on <date> by the chiefs, X of A\'s police and Y of B\'s"', () => {
    const text = "A truce was agreed on 3 June 2031 by the two police chiefs, Lena Berg of Sweden's police and Ivo Kask of Estonia's.";
    const rows = run(text, { dates: [['3 June 2031', '2031-06-03']], entities: [person('Lena Berg'), country('Sweden'), person('Ivo Kask'), country('Estonia')] });
    const r = rows.find((x) => x.date.value === '2031-06-03')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Lena Berg', 'Ivo Kask', 'Sweden', 'Estonia']));
  });

  it('takes both signers of "signed on <date> by X and Y"', () => {
    const text = 'The fisheries accord was signed on 12 May 2030 by Lena Berg and Ivo Kask.';
    const rows = run(text, { dates: [['12 May 2030', '2030-05-12']], entities: [person('Lena Berg'), person('Ivo Kask')] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Lena Berg', 'Ivo Kask']));
  });

  it('takes the one who opened a building on a date', () => {
    const text = 'The new concert hall was inaugurated on 4 April 2029 by Mart Laar.';
    const rows = run(text, { dates: [['4 April 2029', '2029-04-04']], entities: [person('Mart Laar')] });
    expect(rows[0]!.actors).toContain('Mart Laar');
  });

  it('does not take a person who only comments later in the sentence', () => {
    const text = 'A deal was signed in Riga on 2 May 2031 between Latvia and Estonia, and it was welcomed later by Lena Berg.';
    const rows = run(text, { dates: [['2 May 2031', '2031-05-02']], entities: [country('Latvia'), country('Estonia'), person('Lena Berg')] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Latvia', 'Estonia']));
    expect(r.actors).not.toContain('Lena Berg');
  });
});

describe('a person named after a deal who is not its doer', () => {
  it('adds neither the person nor their country', () => {
    const text = 'A deal on tolls was signed in Riga on 2 May 2031 by Latvia and Finland, and it was praised later by Ivo Kask.';
    const rows = run(text, { dates: [['2 May 2031', '2031-05-02']], entities: [['Riga', 'Riga', 'city'], country('Latvia'), country('Finland'), person('Ivo Kask')] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Latvia', 'Finland']));
    expect(r.actors).not.toContain('Ivo Kask');
    expect(r.actors).not.toContain('Estonia');
  });
});

describe('signers named with their states', () => {
  it('takes "ministers X of A, Y of B and Z of C signed"', () => {
    const text = 'On 8 August 2030, in Oslo, foreign ministers Lena Berg of Sweden, Ivo Kask of Estonia and Mart Laar of Latvia signed a protocol on ferries.';
    const rows = run(text, {
      dates: [['8 August 2030', '2030-08-08']],
      entities: [['Oslo', 'Oslo', 'city'], person('Lena Berg'), country('Sweden'), person('Ivo Kask'), country('Estonia'), person('Mart Laar'), country('Latvia')],
    });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Lena Berg', 'Ivo Kask', 'Mart Laar', 'Sweden', 'Estonia', 'Latvia']));
  });

  it('takes "X of A and Y of B had signed"', () => {
    const text = 'In March 2029 Ivo Kask of Estonia and Mart Laar of Latvia had signed a memorandum on grids.';
    const rows = run(text, { dates: [['March 2029', '2029-03']], entities: [person('Ivo Kask'), country('Estonia'), person('Mart Laar'), country('Latvia')] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Ivo Kask', 'Mart Laar']));
  });

  it('takes a co-signer whose name has a particle ("van der")', () => {
    const text = 'On 5 May 2030 President Lena Berg and Commission President Anna van der Meer signed a memorandum on grids.';
    const rows = run(text, { dates: [['5 May 2030', '2030-05-05']], entities: [person('Lena Berg'), person('Anna van der Meer')] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Lena Berg', 'Anna van der Meer']));
  });

  it('does not take a person who only welcomes what others signed', () => {
    const text = 'Ivo Kask welcomed the fact that Latvia and Finland signed a protocol on 8 August 2030.';
    const rows = run(text, { dates: [['8 August 2030', '2030-08-08']], entities: [person('Ivo Kask'), country('Latvia'), country('Finland')] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Latvia', 'Finland']));
    expect(r.actors).not.toContain('Ivo Kask');
  });
});

describe('the title after a masthead line', () => {
  it('reads the pair from the line after a masthead with an issue number', () => {
    const text = 'NORDIC POLICY REVIEW, Issue 4/2031. Latvia and Estonia: Partners at Sea. An accord on ferries was signed in Riga on 3 May 2031.';
    const rows = run(text, { dates: [['3 May 2031', '2031-05-03']], entities: [country('Latvia'), country('Estonia'), ['Riga', 'Riga', 'city']] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Latvia', 'Estonia']));
  });

  it('reads the pair after a date line', () => {
    const text = '14 February 2030. Norway and Sweden: A Bridge at Last. The two ministries signed a deal on tolls in Oslo on 9 January 2030.';
    const rows = run(text, { dates: [['14 February 2030', '2030-02-14'], ['9 January 2030', '2030-01-09']], entities: [country('Norway'), country('Sweden'), ['Oslo', 'Oslo', 'city']] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Norway', 'Sweden']));
  });

  it('reads no title when the first line is an ordinary sentence', () => {
    const text = 'Fishing matters to both coasts. Latvia and Estonia: Partners at Sea. An accord on ferries was signed in Riga on 3 May 2031.';
    const rows = run(text, { dates: [['3 May 2031', '2031-05-03']], entities: [country('Latvia'), country('Estonia'), ['Riga', 'Riga', 'city']] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(['Latvia']);
  });
});

describe('a speaker at a meeting told before', () => {
  it('keeps "At the same meeting X announced ..." to the speaker, not every party of the meeting', () => {
    const text = 'Latvia, Estonia and Finland signed a ferry protocol in Riga on 8 August 2030. At the same meeting Lena Berg announced that Sweden would build a new terminal.';
    const rows = run(text, {
      dates: [['8 August 2030', '2030-08-08']],
      entities: [country('Latvia'), country('Estonia'), country('Finland'), ['Riga', 'Riga', 'city'], person('Lena Berg'), country('Sweden')],
    });
    const said = rows.find((x) => x.type === 'statement');
    expect(said).toBeDefined();
    expect(said!.actors).toContain('Lena Berg');
    expect(said!.actors).not.toContain('Estonia');
    expect(said!.actors).not.toContain('Finland');
  });

  it('still gives a statement with no doer of its own the meeting\'s parties', () => {
    const text = 'Latvia, Estonia and Finland signed a ferry protocol in Riga on 8 August 2030. At the same meeting the ministers announced that ferries would run daily.';
    const rows = run(text, {
      dates: [['8 August 2030', '2030-08-08']],
      entities: [country('Latvia'), country('Estonia'), country('Finland'), ['Riga', 'Riga', 'city']],
    });
    const said = rows.find((x) => x.type === 'statement');
    expect(said).toBeDefined();
    expect(said!.actors).toEqual(expect.arrayContaining(['Latvia', 'Estonia', 'Finland']));
  });
});

describe('an apposition that names the doers', () => {
  it('keeps the chair of "the summit, chaired by X, adopted ..." with the summit', () => {
    const text = 'On 3 May 2031 the fourth summit, chaired by Lena Berg, adopted a declaration on ports.';
    const rows = run(text, { dates: [['3 May 2031', '2031-05-03']], entities: [person('Lena Berg')] });
    const summit = rows.find((x) => x.type === 'meeting')!;
    expect(summit.actors).toContain('Lena Berg');
  });

  it('takes the witness of "signed a treaty on <date>, witnessed by X, that ..."', () => {
    const text = 'Latvia and Finland signed a border treaty on 9 June 2030, witnessed by Ivo Kask, that ends a long dispute.';
    const rows = run(text, { dates: [['9 June 2030', '2030-06-09']], entities: [country('Latvia'), country('Finland'), person('Ivo Kask')] });
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).toEqual(expect.arrayContaining(['Latvia', 'Finland', 'Ivo Kask']));
  });

  it('does not take one who only praised the summit in an apposition', () => {
    const text = 'On 3 May 2031 the fourth summit of Latvia and Finland, praised later by Ivo Kask, adopted a declaration on ports.';
    const rows = run(text, { dates: [['3 May 2031', '2031-05-03']], entities: [country('Latvia'), country('Finland'), person('Ivo Kask')] });
    const summit = rows.find((x) => x.type === 'meeting')!;
    expect(summit.actors).toEqual(expect.arrayContaining(['Latvia', 'Finland']));
    expect(summit.actors).not.toContain('Ivo Kask');
  });
  it('keeps the host of "the forum, hosted by X, approved ..." with the forum', () => {
    const text = 'On 2 March 2029 the third energy forum, hosted by Mart Laar, approved a plan on rail links.';
    const rows = run(text, { dates: [['2 March 2029', '2029-03-02']], entities: [person('Mart Laar')] });
    const forum = rows.find((x) => x.type === 'meeting')!;
    expect(forum.actors).toContain('Mart Laar');
  });

  it('does not take a lender set off by commas when the summit has its parties', () => {
    const text = 'On 3 May 2031 the fourth summit of Latvia and Finland, funded by Ivo Kask, adopted a declaration on ports.';
    const rows = run(text, { dates: [['3 May 2031', '2031-05-03']], entities: [country('Latvia'), country('Finland'), person('Ivo Kask')] });
    const summit = rows.find((x) => x.type === 'meeting')!;
    expect(summit.actors).not.toContain('Ivo Kask');
  });
});

describe('a demonym that names a time, not a party', () => {
  /** Like run, with the given surfaces marked as demonyms (as the entity extractor marks them). */
  function runDemonyms(text: string, spec: Spec, demonyms: string[]) {
    const doc = makeDoc(text, spec);
    for (const m of doc.mentions) if (m.kind === 'entity' && demonyms.includes(m.text)) (m as { ruleId: string }).ruleId = 'entities/gazetteer/demonym';
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => COUNTRY_OF[n] ?? (KIND_OF[n] === 'country' || n === 'Soviet Union' ? n : null),
      entityKindOf: (n) => (n === 'Soviet Union' ? 'country' : KIND_OF[n] ?? null),
    });
  }
  it('drops "Soviet-era" before a noun', () => {
    const rows = runDemonyms('On 3 May 2031 Latvia and Estonia settled a Soviet-era debt for gas.', { dates: [['3 May 2031', '2031-05-03']], entities: [country('Latvia'), country('Estonia'), ['Soviet', 'Soviet Union', 'country']] }, ['Soviet']);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.actors).not.toContain('Soviet Union');
  });
  it('drops "post-Soviet"', () => {
    const rows = runDemonyms('In 2030 the post-Soviet states of the Baltic signed a charter in Riga with Norway.', { dates: [['2030', '2030']], entities: [['Soviet', 'Soviet Union', 'country'], ['Riga', 'Riga', 'city'], country('Norway')] }, ['Soviet']);
    const r = rows.find((x) => x.type === 'agreement')!;
    expect(r.actors).not.toContain('Soviet Union');
  });
  it('keeps "Soviet geologists" as the doers', () => {
    const rows = runDemonyms('Soviet geologists discovered the field in 1986.', { dates: [['1986', '1986']], entities: [['Soviet', 'Soviet Union', 'country']] }, ['Soviet']);
    expect(rows[0]!.actors).toContain('Soviet Union');
  });
});

describe('a subject pronoun refers back to a subject, not to an object of "with"', () => {
  it('skips the partner of "held talks with X" for the next "she told"', () => {
    const text = 'Lena Berg flew to Oslo on 2 May 2031 and held talks with Ivo Kask. On 3 May 2031 she told reporters that the talks went well.';
    const rows = run(text, { dates: [['2 May 2031', '2031-05-02'], ['3 May 2031', '2031-05-03']], entities: [person('Lena Berg'), ['Oslo', 'Oslo', 'city'], person('Ivo Kask')] });
    const said = rows.find((x) => x.type === 'statement')!;
    expect(said.actors).toContain('Lena Berg');
    expect(said.actors).not.toContain('Ivo Kask');
  });

  it('skips the envoy named in "At a meeting with the envoy, X, on <date>, he said"', () => {
    const text = 'Mart Laar became prime minister in 2029. At a meeting with the Estonian envoy, Ivo Kask, on 7 June 2030, he said that Latvia would join the grid.';
    const rows = run(text, { dates: [['2029', '2029'], ['7 June 2030', '2030-06-07']], entities: [person('Mart Laar'), person('Ivo Kask'), country('Latvia')] });
    const said = rows.find((x) => x.type === 'statement')!;
    expect(said.actors).toContain('Mart Laar');
    expect(said.actors).not.toContain('Ivo Kask');
  });

  it('still takes the subject named before', () => {
    const text = 'Ivo Kask arrived in Riga on 2 May 2031. On 3 May 2031 he told reporters that the talks went well.';
    const rows = run(text, { dates: [['2 May 2031', '2031-05-02'], ['3 May 2031', '2031-05-03']], entities: [person('Ivo Kask'), ['Riga', 'Riga', 'city']] });
    const said = rows.find((x) => x.type === 'statement')!;
    expect(said.actors).toContain('Ivo Kask');
  });
});

describe('a place the title only passes or dates by', () => {
  /** Like run, for a title line, a blank line and one sentence: each its own paragraph. */
  function runParagraphs(text: string, spec: Spec) {
    const doc = makeDoc(text, spec);
    const cut = text.indexOf('\n\n');
    doc.sentences = [
      { index: 0, section: 0, paragraph: 0, span: { start: 0, end: cut } },
      { index: 1, section: 0, paragraph: 1, span: { start: cut + 2, end: text.length } },
    ];
    return resolveEvents(doc, new ProvenanceBuilder(doc), {
      countryOf: (n) => COUNTRY_OF[n] ?? (KIND_OF[n] === 'country' ? n : null),
      entityKindOf: (n) => KIND_OF[n] ?? null,
    });
  }
  it('does not make "After Riga" a subject of the brief', () => {
    const text = 'Thirty Years After Riga: Estonia Rebuilds Its Ports\n\nA new ferry terminal was opened in 2030.';
    const rows = runParagraphs(text, { dates: [['2030', '2030']], entities: [['Riga', 'Riga', 'city'], country('Estonia')] });
    const r = rows.find((x) => x.date.value === '2030')!;
    expect(r.actors).toEqual(['Estonia']);
  });
  it('does not make "Through Oslo" a subject of the brief', () => {
    const text = 'Finnish Timber Heads West Through Oslo: Finland and Its Buyers\n\nA new rail terminal was opened in 2029.';
    const rows = runParagraphs(text, { dates: [['2029', '2029']], entities: [['Finnish', 'Finland', 'country'], ['Oslo', 'Oslo', 'city'], country('Finland')] });
    const r = rows.find((x) => x.date.value === '2029')!;
    expect(r.actors).not.toContain('Norway');
  });
  it('keeps a place things come from ("Gas from Norway") as the subject', () => {
    const text = 'Gas from Norway: The Long Wait Ends\n\nA new ferry terminal was opened in 2030.';
    const rows = runParagraphs(text, { dates: [['2030', '2030']], entities: [country('Norway')] });
    const r = rows.find((x) => x.date.value === '2030')!;
    expect(r.actors).toContain('Norway');
  });
});
