/**
 * The learned TYPE step (resolve/learned-types.ts) with the committed model
 * (lexicon/models/types.ts): the model loads, rows keep their provenance, and the step's
 * decisions on sentences of the project's own, both ways (a type changed, a type kept).
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventRow, ResolvedDoc } from '../../src/core/types.js';
import { TYPES_MARGIN, TYPES_MARGIN_WEAK, TYPES_MODEL } from '../../src/lexicon/models/types.js';
import { analyzeRaw, makeContext } from '../../src/pipeline.js';
import {
  decideType,
  EVENT_TYPES,
  isWeakRow,
  makeRetype,
  retypeRows,
  stem,
  typeFeatures,
} from '../../src/resolve/learned-types.js';
import { LEARNED_STEPS } from '../../src/resolve/learned.js';
import type { LinearModel } from '../../src/resolve/linear.js';

/** The rules' rows of a text (learned steps off). */
async function rulesDoc(text: string): Promise<ResolvedDoc> {
  const bytes = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return analyzeRaw({ id: 'brief.txt', path: 'brief.txt', format: 'txt', bytes, sha256 }, makeContext({ learned: false }));
}

/** [rules' type, type after the step] of the row whose trigger is `trigger`. */
async function typesOf(text: string, trigger: string): Promise<[string, string, EventRow]> {
  const doc = await rulesDoc(text);
  const i = doc.events.findIndex((r) => r.trigger === trigger);
  expect(i, `no row with trigger "${trigger}" in: ${doc.events.map((r) => r.trigger).join(', ')}`).toBeGreaterThanOrEqual(0);
  return [doc.events[i]!.type, retypeRows(doc)[i]!.type, doc.events[i]!];
}

describe('the committed model', () => {
  it('loads, with the eleven SCHEMA types as classes and margins in range', () => {
    expect(TYPES_MODEL.classes).toEqual(EVENT_TYPES);
    expect(TYPES_MODEL.bias).toHaveLength(11);
    const feats = Object.keys(TYPES_MODEL.weights);
    expect(feats.length).toBeGreaterThan(200);
    for (const f of feats.slice(0, 50)) expect(TYPES_MODEL.weights[f]).toHaveLength(11);
    expect(TYPES_MARGIN).toBeGreaterThanOrEqual(0);
    expect(TYPES_MARGIN_WEAK).toBeGreaterThanOrEqual(0);
    expect(TYPES_MARGIN_WEAK).toBeLessThanOrEqual(TYPES_MARGIN);
  });
  it('has no feature naming a file, a set or a line', () => {
    for (const f of Object.keys(TYPES_MODEL.weights)) expect(f).not.toMatch(/\.txt|\.md|^set=|^file=|^line=/);
  });
  it('is registered among the learned steps', () => {
    expect(LEARNED_STEPS).toContain(retypeRows);
  });
});

describe('retypeRows keeps every row and its provenance', () => {
  const text =
    'In March 2019 the ministry extended the grain export quota until the end of the year. ' +
    'The two governments signed a visa agreement in Tbilisi on 12 April 2016. ' +
    'The regional leaders also decided in May 2021 to raise the capital of the joint water fund.\n';
  it('changes nothing but the type, and marks a retyped row in its rule id', async () => {
    const doc = await rulesDoc(text);
    expect(doc.events.length).toBeGreaterThanOrEqual(3);
    const after = retypeRows(doc);
    expect(after).toHaveLength(doc.events.length);
    let retyped = 0;
    after.forEach((r, i) => {
      const { type: _t, rule, ...rest } = r;
      const { type: _u, rule: wasRule, ...was } = doc.events[i]!;
      expect(rest).toEqual(was);
      if (r.type === doc.events[i]!.type) expect(rule).toBe(wasRule);
      else {
        retyped++;
        expect(rule).toBe(`${wasRule}+learned/types`);
      }
      expect(text.slice(r.span.start, r.span.end)).toBe(r.quote);
      expect(EVENT_TYPES).toContain(r.type);
    });
    expect(retyped).toBeGreaterThan(0);
  });
  it('never throws and keeps spans valid on random arrangements of sentences', async () => {
    const parts = [
      'In June 2018 the president replied that the dam would not be sold.',
      'The foreign minister visited Riga on 4 May 2022 and met his Latvian counterpart.',
      'Since 2014 the number of tourists has doubled.',
      'In the summer of 2020 the cotton harvest moved by rail to the Black Sea ports.',
      'The company is expected to complete the terminal in 2027.',
      'Prices rose sharply.',
      '',
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 30 }), async (ss, noise) => {
        const t = 'Brief\n\n' + ss.join(' ') + noise + '\n';
        const doc = await rulesDoc(t);
        const after = retypeRows(doc);
        expect(after).toHaveLength(doc.events.length);
        for (const r of after) expect(t.slice(r.span.start, r.span.end)).toBe(r.quote);
      }),
      { numRuns: 15 },
    );
  });
});

describe('decisions of the committed model', () => {
  it('retypes a fallback row the rules left "other" when the words say economic', async () => {
    const [before, after, row] = await typesOf(
      'In March 2019 the ministry extended the grain export quota until the end of the year.\n',
      'extended',
    );
    expect(isWeakRow(row)).toBe(true);
    expect([before, after]).toEqual(['other', 'economic']);
  });
  it('retypes a fallback row the rules left "other" when leaders decided something together', async () => {
    const [before, after] = await typesOf(
      'The regional leaders also decided in May 2021 to raise the capital of the joint water fund.\n',
      'decided',
    );
    expect([before, after]).toEqual(['other', 'agreement']);
  });
  it('keeps "other" on a fallback row when the model agrees', async () => {
    const [before, after] = await typesOf('In June 2018 the president replied that the dam would not be sold.\n', 'replied');
    expect([before, after]).toEqual(['other', 'other']);
  });
  it('keeps the trigger lexicon type of a strong row even where the model leans elsewhere', async () => {
    const text = 'In 2015 the cement plant was handed over to a private investor.\n';
    const [before, after, row] = await typesOf(text, 'was handed over');
    expect(isWeakRow(row)).toBe(false);
    expect([before, after]).toEqual(['opening', 'opening']);
  });
  it('keeps a visit and a meeting of one sentence apart', async () => {
    const text = 'The foreign minister visited Riga on 4 May 2022 and met his Latvian counterpart.\n';
    const [vb, va] = await typesOf(text, 'visited');
    expect([vb, va]).toEqual(['visit', 'visit']);
    const [mb, ma] = await typesOf(text, 'met');
    expect([mb, ma]).toEqual(['meeting', 'meeting']);
  });
});

describe('pieces', () => {
  const toy: LinearModel = {
    classes: ['economic', 'other'],
    bias: [0, 0],
    weights: { 'ob=quota': [2, 0] },
  };
  it('decideType changes the type only above the margin', () => {
    // p(economic) = e^2 / (e^2 + 1) ≈ 0.88, p(other) ≈ 0.12: a difference of about 0.76
    expect(decideType(toy, 0.5, ['ob=quota'], 'other')).toBe('economic');
    expect(decideType(toy, 0.9, ['ob=quota'], 'other')).toBe('other');
    expect(decideType(toy, 0, ['unknown'], 'other')).toBe('other');
    expect(decideType({ classes: [], bias: [], weights: {} }, 0, ['ob=quota'], 'other')).toBe('other');
  });
  it('makeRetype with a margin of 1 changes nothing', async () => {
    const doc = await rulesDoc('In March 2019 the ministry extended the grain export quota until the end of the year.\n');
    expect(makeRetype(TYPES_MODEL, { strong: 1, weak: 1 })(doc).map((r) => r.type)).toEqual(doc.events.map((r) => r.type));
  });
  it('stem strips inflections', () => {
    expect(stem('signing')).toBe('sign');
    expect(stem('signed')).toBe('sign');
    expect(stem('shipments')).toBe('ship');
    expect(stem('supplies')).toBe('supply');
  });
  it('typeFeatures gives the rules, the trigger, its object and the date granularity', async () => {
    const doc = await rulesDoc('In March 2019 the ministry extended the grain export quota until the end of the year.\n');
    const x = typeFeatures(doc, doc.events[0]!);
    expect(x).toEqual(expect.arrayContaining(['rt=other', 'tw=extended', 'ob1=grain', 'gran=month']));
    expect(typeFeatures(doc, doc.events[0]!, { noRules: true }).some((f) => f.startsWith('rt='))).toBe(false);
  });
});
