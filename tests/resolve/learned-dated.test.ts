/**
 * The learned DATED step (resolve/learned-dated.ts) with the committed model
 * (lexicon/models/dated.ts): the model loads, the rows it adds carry valid provenance, and its
 * decisions on sentences of the project's own, both ways (a row added at a free date, none added).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedDoc } from '../../src/core/types.js';
import { DATED_MODEL, DATED_THRESHOLD, DATED_TYPE_MODEL } from '../../src/lexicon/models/dated.js';
import { analyzeRaw, makeContext } from '../../src/pipeline.js';
import {
  addDatedRows,
  applyDated,
  clauseOf,
  DATED_RULE,
  datedCandidates,
  datedFeatures,
  datedTypeFeatures,
  domainFeatures,
  endsValidity,
  inCondition,
  scoreCandidates,
  typeFeaturesOf,
  typeWords,
} from '../../src/resolve/learned-dated.js';
import { predictClass, probabilityOf, type LinearModel } from '../../src/resolve/linear.js';

/** The rules' rows of a text (learned steps off). */
async function rulesDoc(text: string): Promise<ResolvedDoc> {
  const bytes = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return analyzeRaw({ id: 'brief.txt', path: 'brief.txt', format: 'txt', bytes, sha256 }, makeContext({ learned: false }));
}

/** The dates of the rows the step adds. */
async function added(text: string): Promise<string[]> {
  const doc = await rulesDoc(text);
  return addDatedRows(doc)
    .filter((r) => r.rule === DATED_RULE)
    .map((r) => r.date.value);
}

describe('the committed model', () => {
  it('loads: a yes/no model, a type model over SCHEMA types, a threshold in range', () => {
    expect(DATED_MODEL.classes).toEqual(['no', 'yes']);
    expect(DATED_MODEL.bias).toHaveLength(2);
    const feats = Object.keys(DATED_MODEL.weights);
    expect(feats.length).toBeGreaterThan(50);
    for (const f of feats.slice(0, 50)) expect(DATED_MODEL.weights[f]).toHaveLength(2);
    expect(DATED_TYPE_MODEL.classes.length).toBeGreaterThanOrEqual(1);
    for (const c of DATED_TYPE_MODEL.classes) expect(c).toMatch(/^(?:visit|meeting|agreement|diplomatic|establishment|opening|economic|security|political|statement|other)$/);
    expect(DATED_THRESHOLD).toBeGreaterThan(0);
    expect(DATED_THRESHOLD).toBeLessThanOrEqual(1.01);
  });
  it('has no feature naming a file, a set or a line', () => {
    for (const f of [...Object.keys(DATED_MODEL.weights), ...Object.keys(DATED_TYPE_MODEL.weights)]) expect(f).not.toMatch(/\.txt|\.md|^set=|^file=|^line=/);
  });
});

describe('candidates and clauses', () => {
  it('cuts the clause at a semicolon and keeps the date inside it', () => {
    const text = 'The council met twice; exports of cotton rose sharply in 2021, while imports fell.';
    const d = { start: text.indexOf('2021'), end: text.indexOf('2021') + 4 };
    const sp = clauseOf(text, d, { start: 0, end: text.length }, { start: 0, end: text.length });
    expect(text.slice(sp.start, sp.end)).toBe('exports of cotton rose sharply in 2021');
  });
  it('a lone opening date takes the clause after it', () => {
    const text = 'In March 2021, the mill stopped work.';
    const d = { start: 3, end: 13 };
    const sp = clauseOf(text, d, { start: 0, end: text.length }, { start: 0, end: text.length });
    expect(text.slice(sp.start, sp.end)).toBe('In March 2021, the mill stopped work.');
  });
  it('a date a row of its sentence already carries is no candidate', async () => {
    const doc = await rulesDoc('Tajikistan joined the organisation in May 2013 as its sixth member.');
    expect(doc.events.map((r) => r.date.value)).toContain('2013-05');
    expect(datedCandidates(doc).map((c) => c.date.value)).not.toContain('2013-05');
  });
});

describe('decisions of the committed model (sentences of our own)', () => {
  const para = (s: string) =>
    'Trade notes.\n\nThe two governments keep a joint commission on transport.\n\n' + s + '\n\nThe commission will report to both cabinets.\n';
  it('adds a row for a volume handled in a year', async () => {
    expect(await added(para('The Aktau terminal handled about 4 million tonnes of grain in 2023, most of it bound for Iran.'))).toEqual(['2023']);
  });
  it('leaves an export volume stated for a year to the rules when their lexicon has the verb', async () => {
    const doc = await rulesDoc(para('Kazakhstan exported about 12 million tonnes of wheat in 2023, most of it to Iran.'));
    expect(doc.events.map((r) => r.date.value)).toContain('2023');
    expect(await added(para('Kazakhstan exported about 12 million tonnes of wheat in 2023, most of it to Iran.'))).toEqual([]);
  });
  it('scores the reported year far above the year compared with, and never adds the compared one', async () => {
    const doc = await rulesDoc(para('Turnover between the two countries was about $900 million in 2024, up from $700 million in 2022.'));
    const p = new Map(scoreCandidates(doc, DATED_MODEL).map((x) => [x.c.date.value, x.p] as const));
    expect(p.get('2024')!).toBeGreaterThan(10 * p.get('2022')!);
    expect(p.get('2022')!).toBeLessThan(0.1);
    const got = await added(para('Bilateral turnover reached about $900 million in 2024, up from $700 million in 2022.'));
    expect(got).not.toContain('2022');
  });
  it('a change stated over a range of years is a candidate with its range', async () => {
    const doc = await rulesDoc(para('Enrolment in vocational schools grew by 14 percent between 2020 and 2023.'));
    expect(datedCandidates(doc).map((c) => c.date.value)).toEqual(['2020/2023']);
  });
  it('a date in an if/unless clause is a condition, up to a clause break', async () => {
    const cond = async (sentence: string) => {
      const doc = await rulesDoc(para(sentence));
      return datedCandidates(doc).map((c) => inCondition(doc.source.text, c));
    };
    expect(await cond('If the harvest fails in 2026, the ministry could import more grain.')).toEqual([true]);
    expect(await cond('Unless rains return in 2027, the ministry could import more grain.')).toEqual([true]);
    expect(await cond('In 2026, if the harvest fails, the ministry could import more grain.')).toEqual([false]);
    expect(await cond('If needed, the terminal handled about 4 million tonnes of grain in 2023.')).toEqual([false]);
  });
  it('a date that ends a period of validity is no happening', async () => {
    const ends = async (sentence: string) => {
      const doc = await rulesDoc(para(sentence));
      return datedCandidates(doc, { used: true }).map((c) => endsValidity(doc.source.text, c));
    };
    expect(await ends('The accord of 2029 is set to remain in force until 2039.')).toEqual([false, true]);
    expect(await ends('The licence, valid through 2031, covers two blocks.')).toEqual([true]);
    expect(await ends('Talks continued until 2031, when the accord was signed.')).toEqual([false]);
    expect(await added(para('The fisheries accord is set to remain in force until 2039.'))).toEqual([]);
  });
  it('adds nothing for a condition or a note on the data', async () => {
    expect(await added(para('If the harvest fails in 2026, the ministry could import more grain.'))).toEqual([]);
    expect(await added(para('Data for 2021 are provisional and may be revised.'))).toEqual([]);
    expect(await added(para('Sources: National Statistics Bureau, Statistical Yearbook 2023.'))).toEqual([]);
  });
  it('"today" and a date in parentheses are no candidates', async () => {
    const doc = await rulesDoc(para('The ministry today oversees 40 schools (figures of March 2024).'));
    expect(datedCandidates(doc)).toEqual([]);
  });
  it('adds nothing for a date the rules used', async () => {
    expect(await added(para('Tajikistan joined the organisation in May 2013 as its sixth member.'))).toEqual([]);
  });
});

describe('the step keeps every row and its provenance', () => {
  const text = para2();
  function para2(): string {
    return (
      'Notes on trade.\n\nKazakhstan exported about 12 million tonnes of wheat in 2023, most of it to Iran.\n' +
      'Turnover between the two countries was about $900 million in 2024, up from $700 million in 2022.\n' +
      'In May 2019 the presidents signed a treaty on the border.\n'
    );
  }
  it('rules rows come first and unchanged; added rows quote the text exactly', async () => {
    const doc = await rulesDoc(text);
    const out = addDatedRows(doc);
    expect(out.slice(0, doc.events.length)).toEqual(doc.events);
    for (const r of out) {
      expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
      expect(r.quote.includes('\n')).toBe(false);
    }
    for (const r of out.slice(doc.events.length)) {
      expect(r.rule).toBe(DATED_RULE);
      expect(r.id).toMatch(/^ev_[0-9a-f]{16}$/);
      expect(r.line).toBeGreaterThan(1);
    }
  });
  it('an empty model adds nothing', async () => {
    const doc = await rulesDoc(text);
    const empty: LinearModel = { classes: ['no', 'yes'], bias: [0, 0], weights: {} };
    expect(applyDated(doc, empty, DATED_TYPE_MODEL, 0.5)).toBe(doc.events);
  });
  it('features are general (no file name, no offsets)', async () => {
    const doc = await rulesDoc(text);
    for (const c of datedCandidates(doc)) for (const f of datedFeatures(doc, c)) expect(f).not.toMatch(/brief\.txt|^\d+$/);
    expect(scoreCandidates(doc, DATED_MODEL).every((s) => s.p >= 0 && s.p <= 1)).toBe(true);
  });
  it('property: no text throws and every added span is valid', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('In 2021 ', 'exports rose ', 'by 2030', ', up from 2019', '; ', '(March 2020) ', '\n', '$5 million ', 'the ministry ', '. '), { maxLength: 14 }),
        async (parts) => {
          const t = 'Trade. ' + parts.join('');
          const doc = await rulesDoc(t);
          for (const r of addDatedRows(doc)) {
            expect(r.span.start).toBeGreaterThanOrEqual(0);
            expect(r.span.end).toBeLessThanOrEqual(t.length);
            expect(t.slice(r.span.start, r.span.end)).toBe(r.quote);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the type model reads the topics (domain lexicon)', () => {
  it('domainFeatures: a cue type, two cues, the dominant type; none without a cue', () => {
    expect(domainFeatures('the referendum on the constitution')).toEqual(['dc=political', 'dc2=political', 'dtop=political']);
    const mixed = domainFeatures('troops guarded the pipeline');
    expect(mixed).toEqual(expect.arrayContaining(['dc=security', 'dc=opening']));
    expect(mixed.some((f) => f.startsWith('dtop=') || f.startsWith('dc2='))).toBe(false);
    expect(domainFeatures('it was blue and round')).toEqual(['dc=none']);
  });
  it('typeFeaturesOf gives the topics of the span and of its sentence', async () => {
    const text = 'Notes.\n\nIn 2022 the upper house passed the amnesty bill after police dispersed a rally.\n';
    const doc = await rulesDoc(text);
    const at = text.indexOf('the upper house');
    const x = typeFeaturesOf(doc, { start: at, end: at + 'the upper house passed the amnesty bill'.length }, null, 'year');
    expect(x).toEqual(expect.arrayContaining(['dc=political', 'dc2=political', 'dtop=political', 'ds=political', 'ds=security']));
    expect(x).not.toContain('dc=security');
  });
  it('types by topic where the trigger lexicon names none or another: landmines and a dispersed protest are security', async () => {
    const typeOf = async (clause: string): Promise<string> => {
      const text = `Notes on the region.\n\nIn 2022 ${clause}.\n`;
      const doc = await rulesDoc(text);
      const at = text.indexOf(clause);
      return predictClass(DATED_TYPE_MODEL, typeFeaturesOf(doc, { start: at, end: at + clause.length }, null, 'year')).cls;
    };
    expect(await typeOf('police detained two journalists and dispersed a protest')).toBe('security');
    expect(await typeOf('the upper house adopted the amnesty law')).toBe('political');
    expect(await typeOf('the import tariff on sugar and cotton yarn was halved')).toBe('economic');
  });
  it('a topic cue the trigger lexicon does not know raises its type: landmines cleared from farmland', async () => {
    const clause = 'sappers cleared landmines from 4,000 hectares of farmland';
    const text = `Notes on the region.\n\nIn 2022 ${clause}.\n`;
    const doc = await rulesDoc(text);
    const at = text.indexOf(clause);
    const x = typeFeaturesOf(doc, { start: at, end: at + clause.length }, null, 'year');
    expect(x).toContain('dc=security');
    const withoutTopics = x.filter((f) => !/^(?:dc|dc2|dtop|ds)=/.test(f));
    expect(probabilityOf(DATED_TYPE_MODEL, x, 'security')).toBeGreaterThan(probabilityOf(DATED_TYPE_MODEL, withoutTopics, 'security') + 0.05);
  });
});

describe('the type model reads the content words, and knows a candidate from a quote', () => {
  it('typeWords: lowercase content words with a light stem; no names, no function words, no numbers', () => {
    expect(typeWords('Exports of grain to Egypt were exported in 2019, and the exporting firms grew')).toEqual(['grain', 'export', 'firms', 'grew']);
    expect(typeWords('The elections and the elected council')).toEqual(['elect', 'council']);
    expect(typeWords('Riga and Tallinn 2021')).toEqual([]);
    expect(typeWords('')).toEqual([]);
  });
  it('typeFeaturesOf has the clause\'s words outside the date (tw=); a candidate\'s features add `cand`, a quote\'s do not', async () => {
    const text = 'Notes.\n\nThe grain shipments through the port were halted in March 2021 after a storm.\n';
    const doc = await rulesDoc(text);
    const at = text.indexOf('The grain');
    const quote = typeFeaturesOf(doc, { start: at, end: text.indexOf(' after') }, null, 'month');
    expect(quote).toEqual(expect.arrayContaining(['tw=grain', 'tw=ship', 'tw=port', 'tw=halt']));
    expect(quote).not.toContain('cand');
    const cands = datedCandidates(doc, { used: true });
    expect(cands.length).toBeGreaterThan(0);
    for (const c of cands) {
      const x = datedTypeFeatures(doc, c);
      expect(x).toContain('cand');
      expect(x.some((f) => f === 'tw=march' || f === 'tw=2021')).toBe(false);
    }
  });
});
