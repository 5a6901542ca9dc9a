/**
 * A date inside a plan complement (resolve/events.ts `planComplement`, `planDraft`): after a past
 * happening, the date of "..., which is due / set / scheduled to ...", ", due to ...", "with X
 * scheduled for D", "to be completed by D", "a goal of X by D" or a purpose infinitive with a
 * deadline ("to build X by D") is the plan's, never the past verb's; the plan gives a planned row
 * of its own (by its trigger, the fallback's plan form, or `events/plan/complement`). A date
 * before the complement keeps the past verb. The briefs are the project's own.
 */
import { describe, expect, it } from 'vitest';
import { rawText } from '../helpers/raw.js';
import { analyzeRaw } from '../../src/pipeline.js';

type Row = Awaited<ReturnType<typeof analyzeRaw>>['events'][number];

async function rows(body: string, n: number): Promise<Row[]> {
  const doc = await analyzeRaw(rawText(`Harbour notes\n\nPublished 4 March 2030.\n\n${body}`, 'plan', n));
  return doc.events;
}

/** Rows whose trigger is the given past verb. */
const byTrigger = (rs: Row[], verb: string) => rs.filter((r) => r.trigger === verb || r.trigger.startsWith(`${verb} `));

describe('a plan complement after a past happening', () => {
  it('"..., which is due to open in D": the signing is not dated D (ferries)', async () => {
    const rs = await rows('Norway and Iceland signed an accord on a ferry terminal in Bergen, which is due to open in the second half of 2032.', 1);
    expect(byTrigger(rs, 'signed').some((r) => r.date?.value === '2032-H2')).toBe(false);
    expect(rs.some((r) => r.date?.value === '2032-H2' && r.planned)).toBe(true);
  });
  it('"..., which is set to start in D": the adoption is not dated D (copper)', async () => {
    const rs = await rows('Chile and Peru adopted a protocol on a copper smelter, which is set to start work in 2033.', 2);
    expect(byTrigger(rs, 'adopted').some((r) => r.date?.value === '2033')).toBe(false);
    expect(rs.some((r) => r.date?.value === '2033' && r.planned)).toBe(true);
  });
  it('"with delivery scheduled for D": the order is not dated D, the delivery is planned (rail)', async () => {
    const rs = await rows('Finland signed a contract with a Polish firm for six electric trains, with delivery scheduled for 2034.', 3);
    expect(byTrigger(rs, 'signed').some((r) => r.date?.value === '2034')).toBe(false);
    const plan = rs.find((r) => r.date?.value === '2034');
    expect(plan?.planned).toBe(true);
    expect(plan?.quote).toMatch(/delivery scheduled for 2034/);
    expect(plan?.trigger).toBe('with delivery scheduled for');
  });
  it('a purpose infinitive with a deadline: "signed a memorandum to build X by D" (water)', async () => {
    const rs = await rows('Morocco and Spain signed a memorandum to build a desalination plant near Tangier by 2035.', 4);
    expect(byTrigger(rs, 'signed').some((r) => r.date?.value === '2035')).toBe(false);
  });
  it('"to be completed by D" after a past verb (schools)', async () => {
    const rs = await rows('Estonia financed a new school in Narva, to be completed by the end of 2031.', 5);
    expect(rs.some((r) => (r.trigger ?? '').startsWith('financed') && r.date?.value?.startsWith('2031'))).toBe(false);
  });
});

/** [sentence, past verb, the plan date's year]: the past verb never carries the plan's year; a row of that year is planned. */
const CASES: [string, string, string][] = [
  // "which is due / expected / scheduled to ..."
  ['Norway and Iceland signed an accord on a shared data link, which is due to go live in 2032.', 'signed', '2032'],
  ['The two ministries approved a joint customs portal, which is expected to be running by mid-2033.', 'approved', '2033'],
  ['Latvia and Lithuania launched a tender for a power cable, which is scheduled to carry its first current in 2034.', 'launched', '2034'],
  // "with X scheduled / due / planned for D"
  ['Vietnam ordered four patrol boats from a Dutch yard, with the first due in 2033.', 'ordered', '2033'],
  ['Kenya signed a loan for a rail link to Uganda, with completion planned for 2035.', 'signed', '2035'],
  ['Peru bought two research vessels from Norway, with handover scheduled for 2032.', 'bought', '2032'],
  // a purpose infinitive with a deadline
  ['Ghana and Togo signed a pact to electrify their border villages by 2034.', 'signed', '2034'],
  ['The two ports signed a memorandum to double their container traffic by the end of 2033.', 'signed', '2033'],
  ['Romania and Moldova approved a scheme to link their gas grids by 2032.', 'approved', '2032'],
  // a goal or target after a verb no trigger names
  ['Peru reaffirmed its goal of zero deforestation by 2040, first announced by President Ana Ruiz in March 2021.', 'announced', '2040'],
  ['Ecuador restated its aim of halving plastic waste by 2036, first proposed by the environment ministry in 2028.', 'proposed', '2036'],
  ['Chile renewed its target of 60 percent clean power by 2035, first set out by the energy minister in May 2027.', 'set out', '2035'],
  // "to be <participle> by / in D"
  ['Japan funded a hospital wing in Dushanbe, to be opened in 2032.', 'funded', '2032'],
  ['Brazil signed a deal for a weather satellite, to be launched by 2033.', 'signed', '2033'],
  ['Austria financed a flood barrier on the Danube, to be finished by the end of 2034.', 'financed', '2034'],
];

describe('the past verb before a plan complement (several constructions)', () => {
  it.each(CASES.map((c, i) => [...c, i] as const))('%s', async (text, verb, year, i) => {
    const rs = await rows(text, 100 + i);
    expect(byTrigger(rs, verb).some((r) => (r.date?.value ?? '').startsWith(year))).toBe(false);
    for (const r of rs.filter((x) => (x.date?.value ?? '').startsWith(year))) expect(r.planned).toBe(true);
  });
});

describe('the plan\'s own row', () => {
  it('is typed an opening when a system is due to go live (payments)', async () => {
    const rs = await rows('The central banks of Ghana and Nigeria signed a deal on a shared payment switch, which is due to go live in 2033.', 30);
    const plan = rs.find((r) => r.date?.value === '2033');
    expect(plan?.type).toBe('opening');
    expect(plan?.planned).toBe(true);
    expect(plan?.quote).toBe('which is due to go live in 2033');
  });
  it('a goal with no trigger before it gives the goal\'s row, not the later verb\'s (forests)', async () => {
    const rs = await rows('Peru reaffirmed its goal of zero deforestation by 2040, first announced by President Ana Ruiz in March 2021.', 31);
    expect(rs.some((r) => r.date?.value === '2021-03')).toBe(true);
    expect(rs.filter((r) => r.date?.value === '2040').every((r) => r.planned && /goal of zero deforestation by 2040/.test(r.quote))).toBe(true);
  });
});

describe('what keeps its date', () => {
  it('a date before the complement dates the past verb: "signed on 3 May a deal which is due to ..."', async () => {
    const rs = await rows('Norway and Iceland signed on 3 May 2029 a deal on fishing quotas, which is due to enter into force in 2031.', 6);
    expect(byTrigger(rs, 'signed').some((r) => r.date?.value === '2029-05-03')).toBe(true);
  });
  it('a noun a reduced relative describes is the planned thing: "the summit, planned for D"', async () => {
    const rs = await rows('The next Arctic summit, planned for autumn 2031 in Tromso, will review the quotas.', 7);
    expect(rs.some((r) => r.type === 'meeting' && r.date?.value === '2031-FA')).toBe(true);
  });
  it('a past verb with its own date and no plan complement keeps it (bridges)', async () => {
    const rs = await rows('Denmark and Sweden opened the Oresund bridge in July 2000, and traffic grew for years.', 8);
    expect(rs.some((r) => (r.trigger ?? '').startsWith('opened') && r.date?.value === '2000-07')).toBe(true);
  });
  it('a period of validity gives no planned row: "which is set to remain in force until D"', async () => {
    const rs = await rows('Chile signed a fisheries accord with Argentina in 2029, which is set to remain in force until 2039.', 9);
    expect(rs.some((r) => r.date?.value === '2039')).toBe(false);
    expect(byTrigger(rs, 'signed').some((r) => r.date?.value === '2029')).toBe(true);
  });
});
