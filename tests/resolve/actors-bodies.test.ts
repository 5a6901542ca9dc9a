/**
 * Actors of events (resolve/events.ts), round 2: bilateral bodies with their two states, the
 * format a brief is about at its own summits, a pair's leaders ("the presidents signed"), a
 * state's leader named by a demonym, background phrases, clause cuts, "its foreign minister",
 * bodies that only host a meeting ("on the sidelines of"), and states inside a body's name.
 * Examples are the project's own sentences.
 */
import { describe, expect, it } from 'vitest';
import { ProvenanceBuilder } from '../../src/core/span.js';
import type { EntityKind } from '../../src/core/types.js';
import { resolveEvents } from '../../src/resolve/events.js';
import { officeHolders } from '../../src/resolve/entities.js';
import { countedGroups } from '../../src/resolve/actors-groups.js';
import { makeDoc, type Spec } from '../helpers/events-doc.js';

const COUNTRIES = ['Latvia', 'Estonia', 'Lithuania', 'Norway', 'Finland', 'China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
const CITY: Record<string, string> = { Riga: 'Latvia', Oslo: 'Norway', Tallinn: 'Estonia', Vilnius: 'Lithuania', Astana: 'Kazakhstan' };

function run(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc), {
    countryOf: (n) => CITY[n] ?? (COUNTRIES.includes(n) ? n : null),
    entityKindOf: (n) => (COUNTRIES.includes(n) ? 'country' : CITY[n] ? 'city' : null),
  });
}
/** With the real gazetteer lookups (persons and their offices). */
function runReal(text: string, spec: Spec) {
  const doc = makeDoc(text, spec);
  return resolveEvents(doc, new ProvenanceBuilder(doc));
}
const sorted = (a: string[]) => [...a].sort();
const e = (s: string, kind: EntityKind, name = s): [string, string, EntityKind] => [s, name, kind];
const rowOn = (rows: ReturnType<typeof run>, value: string) => rows.find((r) => r.date.value === value)!;

describe('bilateral bodies stand with their two states', () => {
  it('a joint body introduced by a pair', () => {
    const rows = run('Latvia and Estonia agreed in 2029 to set up a Joint Energy Council. The Joint Energy Council held its first session in Riga in May 2030.', {
      dates: [['2029', '2029'], ['May 2030', '2030-05']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Joint Energy Council', 'organization'), e('Joint Energy Council', 'organization'), e('Riga', 'city')],
    });
    expect(sorted(rowOn(rows, '2030-05').actors)).toEqual(['Estonia', 'Joint Energy Council', 'Latvia']);
  });

  it('a joint body under its abbreviation', () => {
    const rows = run('Latvia and Estonia agreed in 2029 to set up a Joint Energy Council (JEC). The JEC held its first session in Riga in May 2030.', {
      dates: [['2029', '2029'], ['May 2030', '2030-05']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Joint Energy Council', 'organization'), e('JEC', 'organization', 'Joint Energy Council'), e('JEC', 'organization', 'Joint Energy Council'), e('Riga', 'city')],
    });
    expect(sorted(rowOn(rows, '2030-05').actors)).toEqual(['Estonia', 'Joint Energy Council', 'Latvia']);
  });

  it('an intergovernmental commission whose pair is named by its persons', () => {
    const rows = run('In 2029 Anna Ozola and Mart Tamm set up an Intergovernmental Transit Commission. The Intergovernmental Transit Commission met in Tallinn in June 2031.', {
      dates: [['2029', '2029'], ['June 2031', '2031-06']],
      entities: [e('Anna Ozola', 'person'), e('Mart Tamm', 'person'), e('Intergovernmental Transit Commission', 'organization'), e('Intergovernmental Transit Commission', 'organization'), e('Tallinn', 'city')],
    });
    // (the persons' countries come from the helpers: none here, so the pair is not known)
    expect(rowOn(rows, '2031-06').actors).toContain('Intergovernmental Transit Commission');
    expect(rowOn(rows, '2031-06').actors).not.toContain('Latvia');
  });

  it('a body whose name holds the two states', () => {
    const rows = run('The Latvian-Estonian Rail Fund approved its first loan in March 2031.', {
      dates: [['March 2031', '2031-03']],
      entities: [e('Latvian-Estonian Rail Fund', 'organization'), e('Latvian', 'country', 'Latvia'), e('Estonian', 'country', 'Estonia')],
    });
    expect(sorted(rows[0]!.actors)).toEqual(['Estonia', 'Latvia', 'Latvian-Estonian Rail Fund']);
  });

  it('not a body of three or more states', () => {
    const rows = run('Latvia, Estonia and Lithuania founded the Baltic Interstate Council in 2029. The Baltic Interstate Council met in Vilnius in 2030.', {
      dates: [['2029', '2029'], ['2030', '2030']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Lithuania', 'country'), e('Baltic Interstate Council', 'organization'), e('Baltic Interstate Council', 'organization'), e('Vilnius', 'city')],
    });
    // (the whole group of its founders, read from its name's group word, not a pair)
    expect(sorted(rowOn(rows, '2030').actors)).toEqual(['Baltic Interstate Council', 'Estonia', 'Latvia', 'Lithuania']);
  });
});

describe('the format a brief is about', () => {
  const SIX = ['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
  const TITLE = 'Ten years of C+C5: what next?\n';
  const base = (rest: string, dates: [string, string][], more: [string, string, EntityKind][] = []) =>
    run(TITLE + rest, { dates, entities: [e('C+C5', 'region'), ...more] });

  it('its own summit counts the format and its members', () => {
    const rows = base('The first leaders’ summit took place in Astana on 16 June 2031.', [['16 June 2031', '2031-06-16']], [e('Astana', 'city')]);
    expect(sorted(rowOn(rows, '2031-06-16').actors)).toEqual(sorted(['C+C5', ...SIX]));
  });

  it('"the format" as the doer', () => {
    const rows = base('The format was launched in Astana on 2 May 2021.', [['2 May 2021', '2021-05-02']], [e('Astana', 'city')]);
    expect(rowOn(rows, '2021-05-02').actors).toContain('C+C5');
  });

  it('the second summit, hosted by a leader', () => {
    const rows = base('The second summit, hosted by President Li Wen on 3 May 2033, drew all six leaders.', [['3 May 2033', '2033-05-03']], [e('Li Wen', 'person')]);
    expect(rowOn(rows, '2033-05-03').actors).toContain('C+C5');
  });

  it('not a summit that only dates a meeting of others', () => {
    const rows = base('On the eve of the summit, on 15 June 2031, Latvia’s premier met investors.', [['15 June 2031', '2031-06-15']], [e('Latvia', 'country')]);
    expect(rowOn(rows, '2031-06-15').actors).not.toContain('C+C5');
  });

  it('not a first sentence that ends with a full stop', () => {
    const rows = run('The C+C5 summit is due in Astana on 16 June 2031.', { dates: [['16 June 2031', '2031-06-16']], entities: [e('C+C5', 'region'), e('Astana', 'city')] });
    expect(rows[0]!.actors).not.toContain('C+C5');
  });
});

describe('leaders named by office', () => {
  it('office holders on a day', () => {
    expect(officeHolders('president', 'Azerbaijan', '2022-10-12')).toEqual(['Ilham Aliyev']);
    expect(officeHolders('president', 'Azerbaijan', '1995-03-01')).toEqual(['Heydar Aliyev']);
    expect(officeHolders('president', 'Kyrgyzstan', '2022-10-12')).toEqual(['Sadyr Japarov']);
    expect(officeHolders('president', 'Nowhere', '2022-10-12')).toEqual([]);
  });

  it('"the presidents signed": both presidents at the date', () => {
    const rows = runReal('Azerbaijan and Kyrgyzstan are close partners. On 12 October 2022 the presidents signed a declaration.', {
      dates: [['12 October 2022', '2022-10-12']],
      entities: [e('Azerbaijan', 'country'), e('Kyrgyzstan', 'country')],
    });
    expect(rowOn(rows, '2022-10-12').actors).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Sadyr Japarov']));
  });

  it('"the two leaders": the head the brief names (a prime minister)', () => {
    const rows = runReal('Ilham Aliyev and Nikol Pashinyan met Armenia’s and Azerbaijan’s partners in May. On 8 August 2025 the two leaders signed a declaration.', {
      dates: [['8 August 2025', '2025-08-08']],
      entities: [e('Ilham Aliyev', 'person'), e('Nikol Pashinyan', 'person'), e('Armenia', 'country'), e('Azerbaijan', 'country')],
    });
    const a = rowOn(rows, '2025-08-08').actors;
    expect(a).toEqual(expect.arrayContaining(['Ilham Aliyev', 'Nikol Pashinyan']));
    expect(a).not.toContain('Vahagn Khachaturyan');
  });

  it('not "the presidents of" a group, nor three states', () => {
    const rows = runReal('Azerbaijan and Kyrgyzstan are close partners. On 12 October 2022 the presidents of both countries signed a declaration.', {
      dates: [['12 October 2022', '2022-10-12']],
      entities: [e('Azerbaijan', 'country'), e('Kyrgyzstan', 'country')],
    });
    expect(rowOn(rows, '2022-10-12').actors).not.toContain('Sadyr Japarov');
    const three = runReal('Azerbaijan, Georgia and Kyrgyzstan are partners. On 12 October 2022 the leaders signed a declaration.', {
      dates: [['12 October 2022', '2022-10-12']],
      entities: [e('Azerbaijan', 'country'), e('Georgia', 'country'), e('Kyrgyzstan', 'country')],
    });
    expect(rowOn(three, '2022-10-12').actors).not.toContain('Sadyr Japarov');
  });

  it('"the Azerbaijani leader" is the president at the date', () => {
    const rows = runReal('The Azerbaijani leader visited Bishkek on 12 October 2022. The Azerbaijani leader visited Bishkek on 5 May 1996.', {
      dates: [['12 October 2022', '2022-10-12'], ['5 May 1996', '1996-05-05']],
      entities: [e('Azerbaijani', 'country', 'Azerbaijan'), e('Bishkek', 'city'), e('Azerbaijani', 'country', 'Azerbaijan'), e('Bishkek', 'city')],
    });
    expect(rowOn(rows, '2022-10-12').actors).toContain('Ilham Aliyev');
    expect(rowOn(rows, '1996-05-05').actors).toContain('Heydar Aliyev');
    expect(rowOn(rows, '1996-05-05').actors).not.toContain('Ilham Aliyev');
  });
});

describe('who is not a party', () => {
  it('the doers of a background phrase before the clause’s own subject', () => {
    const rows = run('In 2031, after Norway’s blockade of Finland, Latvia signed a transit deal with Estonia.', {
      dates: [['2031', '2031']],
      entities: [e('Norway', 'country'), e('Finland', 'country'), e('Latvia', 'country'), e('Estonia', 'country')],
    });
    const signed = rows.find((r) => r.type === 'agreement')!;
    expect(sorted(signed.actors)).toEqual(['Estonia', 'Latvia']);
  });

  it('a clause after ", but" is another’s', () => {
    const rows = run('Latvia and Norway share no border. Diplomatic relations were established on 3 May 1992, but contacts took place at meetings of the Nordic Council.', {
      dates: [['3 May 1992', '1992-05-03']],
      entities: [e('Latvia', 'country'), e('Norway', 'country'), e('Nordic Council', 'organization')],
    });
    expect(rowOn(rows, '1992-05-03').actors).not.toContain('Nordic Council');
  });

  it('a coordinated clause with its own named subject is another’s', () => {
    const rows = run('The third session of the Nordic Council is due in Riga in May 2031, and Nordvale plans a new ferry.', {
      dates: [['May 2031', '2031-05']],
      entities: [e('Nordic Council', 'organization'), e('Riga', 'city'), e('Nordvale', 'company')],
    });
    expect(rowOn(rows, '2031-05').actors).not.toContain('Nordvale');
  });

  it('the body whose session hosts a meeting on its sidelines', () => {
    const rows = run('Latvia and Estonia met on the sidelines of the Nordic Council in Oslo on 3 May 2030.', {
      dates: [['3 May 2030', '2030-05-03']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Nordic Council', 'organization'), e('Oslo', 'city')],
    });
    expect(rowOn(rows, '2030-05-03').actors).not.toContain('Nordic Council');
    expect(rowOn(rows, '2030-05-03').actors).toEqual(expect.arrayContaining(['Latvia', 'Estonia']));
  });

  it('a state named inside a body’s name', () => {
    const rows = run('On 3 May 2030 Latvia held talks with the Norway Chamber of Commerce.', {
      dates: [['3 May 2030', '2030-05-03']],
      entities: [e('Latvia', 'country'), e('Norway Chamber of Commerce', 'organization'), e('Norway', 'country')],
    });
    expect(rowOn(rows, '2030-05-03').actors).not.toContain('Norway');
    expect(rowOn(rows, '2030-05-03').actors).toContain('Norway Chamber of Commerce');
  });
});

describe('who is a party', () => {
  it('"its foreign minister" is the state that opened the clause', () => {
    const rows = run('Norway, which shares a long northern border with Finland and the sea, has warned against any change, and its foreign minister visited Riga on 4 May 2030.', {
      dates: [['4 May 2030', '2030-05-04']],
      entities: [e('Norway', 'country'), e('Finland', 'country'), e('Riga', 'city')],
    });
    expect(rowOn(rows, '2030-05-04').actors).toEqual(expect.arrayContaining(['Norway', 'Latvia']));
  });

  it('"he" after a fronted phrase is the person named before', () => {
    const rows = run('Eva Berg raised the issue in Riga. At the Oslo summit, held on 3 May 2030, she announced a fund.', {
      dates: [['3 May 2030', '2030-05-03']],
      entities: [e('Eva Berg', 'person'), e('Riga', 'city'), e('Oslo', 'city')],
    });
    const summit = rows.find((r) => r.type === 'meeting')!;
    expect(summit.actors).toContain('Eva Berg');
    expect(summit.actors).not.toContain('Latvia');
  });

  it('"both foreign ministries" are the pair in context', () => {
    const rows = run('Latvia and Estonia settled the border in 2029. On 3 May 2030 both foreign ministries announced that Latvia had ratified the text.', {
      dates: [['2029', '2029'], ['3 May 2030', '2030-05-03']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Latvia', 'country')],
    });
    expect(sorted(rowOn(rows, '2030-05-03').actors)).toEqual(['Estonia', 'Latvia']);
  });

  it('"there" right after the happening is the place named before', () => {
    const rows = run('Ferries from Latvia to Tallinn are busy. A new terminal opened there in 2024.', {
      dates: [['2024', '2024']],
      entities: [e('Latvia', 'country'), e('Tallinn', 'city')],
    });
    expect(rowOn(rows, '2024').actors).toEqual(['Estonia']);
  });

  it('the one country a title names, when nothing else is named', () => {
    const rows = run('Latvia’s Ports Face a Lean Winter\nThe 2021 storm was the turning point. Ships are few. In 2023 the government sold two terminals.', {
      dates: [['2021', '2021'], ['2023', '2023']],
      entities: [e('Latvia', 'country')],
    });
    expect(rowOn(rows, '2023').actors).toEqual(['Latvia']);
    // (not a city that only names a document: "the Riga Convention at Twenty")
    const doc = run('Twenty Years of the Riga Convention. Fish stocks are low. In 2023 the secretariat opened a new office.', { dates: [['2023', '2023']], entities: [e('Riga', 'city')] });
    expect(rowOn(doc, '2023').actors).not.toContain('Latvia');
  });

  it('"the two ministers" are the ministers named before, one of each state', () => {
    const rows = run('Anna Ozola of Latvia held talks in Tallinn with Mart Tamm of Estonia, and on 4 May 2030 the two ministers signed a transit protocol.', {
      dates: [['4 May 2030', '2030-05-04']],
      entities: [e('Anna Ozola', 'person'), e('Latvia', 'country'), e('Tallinn', 'city'), e('Mart Tamm', 'person'), e('Estonia', 'country')],
    });
    const signed = rows.find((r) => r.type === 'agreement')!;
    expect(signed.actors).toEqual(expect.arrayContaining(['Anna Ozola', 'Mart Tamm', 'Latvia', 'Estonia']));
  });

  it('"..., and it entered into force" after a signing is the document’s: its parties', () => {
    const rows = run('Latvia and Estonia signed a memorandum on the shared field in 2020. Latvia’s parliament ratified it in January 2021; the Estonian parliament approved it in February, and it entered into force on 24 March 2021.', {
      dates: [['2020', '2020'], ['January 2021', '2021-01'], ['February', '2021-02'], ['24 March 2021', '2021-03-24']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Latvia', 'country'), e('Estonian', 'country', 'Estonia')],
    });
    expect(sorted(rowOn(rows, '2021-03-24').actors)).toEqual(['Estonia', 'Latvia']);
  });

  it('"X met both delegations": the pair in context is met', () => {
    const rows = run('Latvia and Estonia held talks in Oslo in May 2030. Jonas Dahl of Norway met both delegations on 4 May 2030.', {
      dates: [['May 2030', '2030-05'], ['4 May 2030', '2030-05-04']],
      entities: [e('Latvia', 'country'), e('Estonia', 'country'), e('Oslo', 'city'), e('Jonas Dahl', 'person'), e('Norway', 'country')],
    });
    expect(rowOn(rows, '2030-05-04').actors).toEqual(expect.arrayContaining(['Norway', 'Latvia', 'Estonia']));
  });

  it('a ministerial of the format the brief is about', () => {
    const rows = run('Ten years of C+C5: what next?\nLi Wen chaired a ministerial in Astana on 3 February 2030.', {
      dates: [['3 February 2030', '2030-02-03']],
      entities: [e('C+C5', 'region'), e('Li Wen', 'person'), e('Astana', 'city')],
    });
    expect(rowOn(rows, '2030-02-03').actors).toEqual(expect.arrayContaining(['C+C5', 'China', 'Uzbekistan', 'Li Wen']));
  });
});

describe('clauses with subjects of their own', () => {
  it('", and Name Surname met" starts another clause', () => {
    const rows = run('In the morning Anna Ozola of Latvia praised the new rail deal, and Jonas Dahl met the Estonian premier in Riga on 9 August 2030.', {
      dates: [['9 August 2030', '2030-08-09']],
      entities: [e('Anna Ozola', 'person'), e('Latvia', 'country'), e('Jonas Dahl', 'person'), e('Estonian', 'country', 'Estonia'), e('Riga', 'city')],
    });
    const met = rows.find((r) => r.type === 'meeting')!;
    expect(met.actors).toContain('Jonas Dahl');
    expect(met.actors).not.toContain('Anna Ozola');
  });

  it('a body called by a former name takes part under that name', () => {
    const rows = runReal('On 3 May 2019 the Turkic Council welcomed the plan. On 4 May 2023 the Organization of Turkic States welcomed the plan.', {
      dates: [['3 May 2019', '2019-05-03'], ['4 May 2023', '2023-05-04']],
      entities: [e('Turkic Council', 'organization', 'Organization of Turkic States'), e('Organization of Turkic States', 'organization')],
    });
    expect(rowOn(rows, '2019-05-03').actors).toContain('Turkic Council');
    expect(rowOn(rows, '2023-05-04').actors).toContain('Organization of Turkic States');
    expect(rowOn(rows, '2023-05-04').actors).not.toContain('Turkic Council');
  });

  it('partners and operators counted as a group', () => {
    expect(countedGroups('the four partners agreed').map((g) => g.n)).toEqual([4]);
    expect(countedGroups('the three transmission system operators signed').map((g) => g.n)).toEqual([3]);
    expect(countedGroups('four new partners joined')).toEqual([]);
  });

  it('the subject of "met ... and signed" is a signer', () => {
    const rows = run('The forum opened on 2 May 2030, when Foreign Minister Anna Ozola met the Estonian envoy in Riga and signed a fisheries accord.', {
      dates: [['2 May 2030', '2030-05-02']],
      entities: [e('Anna Ozola', 'person'), e('Estonian', 'country', 'Estonia'), e('Riga', 'city')],
    });
    expect(rows.find((r) => r.type === 'agreement')!.actors).toContain('Anna Ozola');
    // (not a person who is only the object of the first verb)
    const other = run('On 2 May 2030 Latvia hosted Anna Ozola in Riga and signed a fisheries accord.', {
      dates: [['2 May 2030', '2030-05-02']],
      entities: [e('Latvia', 'country'), e('Anna Ozola', 'person'), e('Riga', 'city')],
    });
    expect(other.find((r) => r.type === 'agreement')!.actors).not.toContain('Anna Ozola');
  });

  it('"whose" points to the name right before its comma', () => {
    const rows = run('In 2029 Latvia set up the Nordvale Group, whose first board meeting in Riga on 3 May 2030 approved a budget.', {
      dates: [['2029', '2029'], ['3 May 2030', '2030-05-03']],
      entities: [e('Latvia', 'country'), e('Nordvale Group', 'company'), e('Riga', 'city')],
    });
    expect(rows.find((r) => r.type === 'meeting' && r.date.value === '2030-05-03')!.actors).toContain('Nordvale Group');
    const format = run('Latvia praised the C+C5 format, whose first forum in Astana in May 2030 drew crowds.', {
      dates: [['May 2030', '2030-05']],
      entities: [e('Latvia', 'country'), e('C+C5', 'region'), e('Astana', 'city')],
    });
    expect(rowOn(format, '2030-05').actors).toEqual(expect.arrayContaining(['C+C5', 'China', 'Kazakhstan']));
  });
});
