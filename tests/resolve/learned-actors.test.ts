/**
 * The learned ACTORS step (resolve/learned-actors.ts) on the committed model: it loads, keeps
 * every row's provenance, and decides as shown on briefs of the project's own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedDoc } from '../../src/core/types.js';
import { ACTORS_MODEL, ACTORS_OPTIONS } from '../../src/lexicon/models/actors.js';
import { analyzeRaw, makeContext } from '../../src/pipeline.js';
import type { EventRow } from '../../src/core/types.js';
import { addDatedRows, DATED_RULE } from '../../src/resolve/learned-dated.js';
import {
  actorCandidates,
  barOf,
  chooseActors,
  chooseActorsWith,
  decideActors,
  docContext,
  fieldOf,
  isDatedRow,
  pairCountries,
  paragraphAt,
  PAIR_RE,
  LEARNED_ACTORS_RULE,
  rowSentence,
  type ActorCandidate,
  type ChooseOptions,
  type ScoredCandidate,
} from '../../src/resolve/learned-actors.js';
import { sentenceUnits } from '../../src/resolve/sentences.js';
import { rawText } from '../helpers/raw.js';

let n = 0;
async function rulesOnly(text: string): Promise<ResolvedDoc> {
  return analyzeRaw(rawText(text, 'learned-actors', n++), makeContext({ learned: false }));
}

/** Actors before and after the step for the row whose quote contains `quote`. */
async function decide(text: string, quote: string): Promise<{ before: string[]; after: string[] }> {
  const doc = await rulesOnly(text);
  const i = doc.events.findIndex((r) => r.quote.includes(quote));
  expect(i, `a row quoting "${quote}"`).toBeGreaterThanOrEqual(0);
  return { before: doc.events[i]!.actors, after: chooseActors(doc)[i]!.actors };
}

describe('the actors model', () => {
  it('loads with its two classes, weights and thresholds between 0 and 1', () => {
    expect(ACTORS_MODEL.classes).toEqual(['no', 'yes']);
    expect(Object.keys(ACTORS_MODEL.weights).length).toBeGreaterThan(100);
    const opts = ACTORS_OPTIONS as ChooseOptions;
    const fields = [opts.drop, opts.dropNamed, opts.add, opts.addFar, opts.addCtx, opts.datedDrop, opts.datedAdd, opts.datedAddFar, opts.datedAddCtx];
    const ts = fields.flatMap((f) => Object.values(f ?? {}));
    expect(ts.length).toBeGreaterThan(0);
    // a threshold of 2 for adding is "never" (a kind left out where the field decides the others)
    for (const t of ts) {
      expect(t).toBeGreaterThanOrEqual(0);
      expect(t < 1 || t === 2).toBe(true);
    }
  });
});

/** A scored candidate for the decision tests. */
function cand(name: string, kind: ActorCandidate['kind'], p: number, ruleIndex: number, named: boolean, from: string[] = []): ScoredCandidate {
  return {
    c: { name, key: name.toLowerCase(), kind, sources: new Set([ruleIndex >= 0 ? 'rule' : from.length ? 'of-person' : 'sent']), ruleIndex, spans: named ? [{ start: 10 + name.length, end: 20 }] : [], mentionRules: new Set(), from },
    p,
  };
}
const ruleRow = { rule: 'events/agreement/signed+dates/absolute/year', actors: ['Kazakhstan', 'China'] } as EventRow;
const datedRow = { rule: DATED_RULE, actors: ['Kazakhstan', 'Acme Oil'] } as EventRow;

describe('the decisions (thresholds by field and kind)', () => {
  it('tells the dated step rows from rule rows by their rule id head', () => {
    expect(isDatedRow(datedRow)).toBe(true);
    expect(isDatedRow({ ...datedRow, rule: `${DATED_RULE}+learned/types` } as EventRow)).toBe(true);
    expect(isDatedRow(ruleRow)).toBe(false);
  });

  it('picks the threshold of the field and kind, else the field default, else none', () => {
    const d: ChooseOptions = { drop: { country: 0.2, '*': 0.05 }, add: { country: 0.6 }, datedDrop: { '*': 0.3 } };
    expect(barOf(cand('China', 'country', 0.5, 1, false).c, ruleRow, d)).toBe(0.2);
    expect(barOf(cand('OPEC', 'organization', 0.5, 1, false).c, ruleRow, d)).toBe(0.05);
    expect(barOf(cand('China', 'country', 0.5, 1, true).c, ruleRow, d)).toBeNull();
    expect(barOf(cand('Iran', 'country', 0.5, -1, true).c, ruleRow, d)).toBe(0.6);
    expect(barOf(cand('Gazprom', 'company', 0.5, -1, true).c, ruleRow, d)).toBeNull();
    expect(barOf(cand('Acme Oil', 'company', 0.5, 1, true).c, datedRow, d)).toBe(0.3);
    expect(barOf(cand('Iran', 'country', 0.5, -1, false).c, datedRow, d)).toBeNull();
  });

  it('drops a dated row actor the sentence names, keeps the rules order and appends additions in text order', () => {
    const d: ChooseOptions = { datedDrop: { '*': 0.3 }, datedAddFar: { country: 0.5 } };
    const scored = [cand('Kazakhstan', 'country', 0.9, 0, true), cand('Acme Oil', 'company', 0.1, 1, true), cand('Russia', 'country', 0.7, -1, false, ['Vladimir Putin'])];
    expect(decideActors(datedRow, scored, d)).toEqual(['Kazakhstan', 'Russia']);
    // the same candidates of a rule row: no rule-row field is set, so nothing changes
    expect(decideActors(ruleRow, [cand('Kazakhstan', 'country', 0.9, 0, true), cand('China', 'country', 0.01, 1, true), cand('Russia', 'country', 0.99, -1, false)], d)).toEqual(['Kazakhstan', 'China']);
  });

  it('keeps the likeliest of the rules actors when every one falls under its threshold', () => {
    const d: ChooseOptions = { dropNamed: { '*': 0.5 } };
    expect(decideActors(ruleRow, [cand('Kazakhstan', 'country', 0.2, 0, true), cand('China', 'country', 0.3, 1, true)], d)).toEqual(['China']);
  });

  it('never adds a kind whose threshold is 2', () => {
    const d: ChooseOptions = { add: { person: 2, '*': 0.5 } };
    const scored = [cand('Kazakhstan', 'country', 0.9, 0, true), cand('Ilham Aliyev', 'person', 0.99, -1, true), cand('Iran', 'country', 0.8, -1, true)];
    expect(decideActors({ ...ruleRow, actors: ['Kazakhstan'] }, scored, d)).toEqual(['Kazakhstan', 'Iran']);
  });
});

describe('context candidates (a pair cue, the paragraph country)', () => {
  it('finds the paragraph around a position between blank lines', () => {
    const text = 'Head\n\nFirst para one. Still one.\n \nSecond para.';
    expect(text.slice(paragraphAt(text, 10).start, paragraphAt(text, 10).end)).toBe('First para one. Still one.');
    expect(text.slice(paragraphAt(text, text.length - 2).start, paragraphAt(text, text.length - 2).end)).toBe('Second para.');
    expect(paragraphAt(text, 1)).toEqual({ start: 0, end: 4 });
  });

  it('knows the phrases that speak of two parties', () => {
    for (const yes of ['the two countries agreed', 'both sides said', 'The sides will meet', 'bilateral trade grew', 'the two neighbouring states', 'they accused each other']) expect(PAIR_RE.test(yes), yes).toBe(true);
    for (const no of ['two ministries merged', 'the side road', 'the countries of the region', 'both of them']) expect(PAIR_RE.test(no), no).toBe(false);
  });

  it('gives a pair cue the two countries its paragraph names most, and nothing without a cue', async () => {
    const text = 'Neighbours\n\nMongolia and Kazakhstan opened a consulate in Ulgii. Mongolia plans a rail link to Kazakhstan. The two countries signed a visa deal in May 2023.\n\nThey also spoke of trade in June 2023.';
    const doc = await rulesOnly(text);
    const ctx = docContext(doc);
    const i = ctx.sents.findIndex((s) => text.slice(s.start, s.end).startsWith('The two countries'));
    expect([...pairCountries(ctx, ctx.sents[i]!)].sort()).toEqual(['Kazakhstan', 'Mongolia']);
    const j = ctx.sents.findIndex((s) => text.slice(s.start, s.end).startsWith('They also'));
    expect(pairCountries(ctx, ctx.sents[j]!)).toEqual([]);
    const row = doc.events.find((r) => r.quote.includes('visa deal'));
    expect(row).toBeDefined();
    const cs = actorCandidates(ctx, row!, { pair: true });
    expect(cs.filter((c) => c.sources.has('pair')).map((c) => c.name).sort()).toEqual(['Kazakhstan', 'Mongolia']);
    expect(actorCandidates(ctx, row!, {}).some((c) => c.sources.has('pair'))).toBe(false);
  });

  it('gives a sentence that names no country its paragraph country', async () => {
    const text = 'Power\n\nUzbekistan is building solar parks near Bukhara. Uzbekistan expects more. The grid operator signed a loan in March 2024.';
    const doc = await rulesOnly(text);
    const ctx = docContext(doc);
    const row = doc.events.find((r) => r.quote.includes('signed a loan'));
    expect(row).toBeDefined();
    const cs = actorCandidates(ctx, row!, { para: true });
    expect(cs.find((c) => c.name === 'Uzbekistan')?.sources.has('para')).toBe(true);
  });

  it('puts a context-only candidate under the context fields', () => {
    const ctxCand: ActorCandidate = { name: 'Iran', key: 'iran', kind: 'country', sources: new Set(['pair']), ruleIndex: -1, spans: [], mentionRules: new Set(), from: [] };
    expect(fieldOf(ctxCand, ruleRow)).toBe('addCtx');
    expect(fieldOf(ctxCand, datedRow)).toBe('datedAddCtx');
    expect(fieldOf({ ...ctxCand, from: ['Ebrahim Raisi'] }, ruleRow)).toBe('addFar');
    expect(fieldOf({ ...ctxCand, from: ['Ebrahim Raisi'] }, datedRow)).toBe('datedAddFar');
  });
});

describe('sentences', () => {
  it('reads the segment stage sentences (resolve/sentences.ts), not a splitter of its own', async () => {
    const text = 'Title Line\n\nDr. Smith went to Riga. He met the U.S. envoy there on 4 May 2021.\n\n- Kazakhstan and China signed a border agreement in May 2002.';
    const doc = await rulesOnly(text);
    const ctx = docContext(doc);
    expect(ctx.sents).toBe(sentenceUnits(doc));
    expect(ctx.sents.map((s) => text.slice(s.start, s.end))).toEqual([
      'Title Line',
      'Dr. Smith went to Riga.',
      'He met the U.S. envoy there on 4 May 2021.',
      'Kazakhstan and China signed a border agreement in May 2002.',
    ]);
    const row = doc.events.find((r) => r.quote.includes('border agreement'))!;
    const sent = rowSentence(ctx, row);
    expect(text.slice(sent.span.start, sent.span.end)).toBe('Kazakhstan and China signed a border agreement in May 2002.');
    expect(sent.index).toBe(3);
  });
});

describe('the learned actors step', () => {
  const brief =
    'Caspian links\n\nAzerbaijan, Georgia and Türkiye built the Southern Gas Corridor together. ' +
    'Its western section, the Trans Adriatic Pipeline, delivered its first gas to Italy on 31 December 2020.\n\n' +
    'Kazakhstan and China signed a border agreement in May 2002. The Kazakh president visited Beijing in September 2019.';

  it('keeps every row provenance valid and changes only actors', async () => {
    const doc = await rulesOnly(brief);
    const after = chooseActors(doc);
    expect(after.length).toBe(doc.events.length);
    after.forEach((r, i) => {
      expect(doc.source.text.slice(r.span.start, r.span.end)).toBe(r.quote);
      const before = doc.events[i]!;
      expect({ ...r, actors: [], rule: '' }).toEqual({ ...before, actors: [], rule: '' });
      expect(r.rule).toBe(r.actors.join('|') === before.actors.join('|') ? before.rule : `${before.rule}+${LEARNED_ACTORS_RULE}`);
      expect(new Set(r.actors).size).toBe(r.actors.length);
    });
  });

  it('never throws and keeps spans valid on briefs of random sentences', async () => {
    const words = ['Kazakhstan', 'China', 'signed', 'an agreement', 'in May 2002', 'visited', 'Beijing', 'the', 'and', 'Gazprom', 'on 3 June 2019', '.', ';', '\n\n', 'President Tokayev', 'met', 'summit'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 40 }), async (ws) => {
        const doc = await rulesOnly(`Notes ${ws.join(' ')}`);
        for (const r of chooseActors(doc)) expect(doc.source.text.slice(r.span.start, r.span.end)).toBe(r.quote);
      }),
      { numRuns: 25 },
    );
  });

  it('never leaves a row without actors when the rules gave it some, even when the model rejects every candidate', async () => {
    const doc = await rulesOnly(brief);
    const rejectAll = chooseActorsWith({ classes: ['no', 'yes'], bias: [9, -9], weights: {} }, { ...ACTORS_OPTIONS, drop: { '*': 0.5 }, dropNamed: { '*': 0.5 }, datedDrop: { '*': 0.5 } });
    const after = rejectAll(doc);
    expect(doc.events.some((r) => r.actors.length > 1)).toBe(true);
    after.forEach((r, i) => {
      const before = doc.events[i]!.actors;
      expect(r.actors.length).toBe(before.length > 0 ? 1 : 0);
      if (before.length > 0) expect(before).toContain(r.actors[0]);
    });
    for (const [i, r] of chooseActors(doc).entries()) if (doc.events[i]!.actors.length > 0) expect(r.actors.length).toBeGreaterThan(0);
  });

  it('changes only actors: the rows, their order, spans and dates stay', async () => {
    const doc = await rulesOnly(brief);
    const after = chooseActors(doc);
    expect(after.map((r) => [r.id, r.span, r.type, r.date])).toEqual(doc.events.map((r) => [r.id, r.span, r.type, r.date]));
  });

  it('adds to a rule row the organisation its sentence names as the subject (the shipped decisions add any kind there)', async () => {
    const { before, after } = await decide(
      'Schools\n\nA branch of Baku State University opened in Tashkent in 2021, and some 900 Uzbek students enrolled in its first year.',
      'opened in Tashkent',
    );
    expect(before).not.toContain('Baku State University');
    expect(after).toContain('Baku State University');
    expect(after).toEqual(expect.arrayContaining(before));
    expect((ACTORS_OPTIONS as ChooseOptions).add?.['*']).toBeDefined();
  });

  it('runs after the dated step: their rows keep their provenance and change only actors', async () => {
    const doc = await rulesOnly(
      'Caspian freight\n\nPresident Tokayev met the Azerbaijani delegation in Astana. Freight across the sea rose by a third in 2023, and the port of Aktau handled most of it.',
    );
    const dated = { ...doc, events: addDatedRows(doc) };
    const typed = dated;
    const after = chooseActors(typed);
    expect(after.map((r) => [r.id, r.span, r.type, r.date])).toEqual(typed.events.map((r) => [r.id, r.span, r.type, r.date]));
    for (const r of after) {
      expect(doc.source.text.slice(r.span.start, r.span.end)).toBe(r.quote);
      expect(new Set(r.actors).size).toBe(r.actors.length);
    }
  });

  it('keeps the three signatories a memorandum names', async () => {
    const { before, after } = await decide('Trade\n\nThe Uzbek and Kyrgyz ministers signed a memorandum with Kazakhstan on 2 May 2024 on water sharing.', 'signed a memorandum');
    expect(before).toEqual(['Uzbekistan', 'Kyrgyzstan', 'Kazakhstan']);
    expect(after).toEqual(before);
  });

  it('candidates are the rules actors and the entities of the sentence (and, as shipped, the previous row actors)', async () => {
    const doc = await rulesOnly(brief);
    const ctx = docContext(doc);
    const row = doc.events.find((r) => r.quote.includes('border agreement'))!;
    const own = actorCandidates(ctx, row, {}).map((c) => c.name);
    expect(own).toEqual(expect.arrayContaining(['Kazakhstan', 'China']));
    expect(own).not.toContain('Italy');
    const shipped = actorCandidates(ctx, row, ACTORS_OPTIONS);
    expect(shipped.map((c) => c.name)).toEqual(expect.arrayContaining(['Kazakhstan', 'China']));
    for (const c of shipped) if (c.name === 'Italy') expect([...c.sources]).toEqual(['prevrow']);
  });

  it('with drop set for rule rows, drops only the rules actors the sentence does not name, and says so in the rule id', async () => {
    const doc = await rulesOnly('Logistics\n\nThe port of Kuryk announced a grain terminal, to be built with DP World and due to open in 2027.');
    const rejectAll = chooseActorsWith({ classes: ['no', 'yes'], bias: [9, -9], weights: {} }, { ...ACTORS_OPTIONS, drop: { '*': 0.5 }, dropNamed: undefined } as ChooseOptions);
    const after = rejectAll(doc);
    const i = after.findIndex((r) => r.quote.includes('open in 2027'));
    expect(doc.events[i]!.actors).toEqual(['Kazakhstan', 'DP World']);
    expect(after[i]!.actors).toEqual(['DP World']);
    expect(after[i]!.rule).toBe(`${doc.events[i]!.rule}+${LEARNED_ACTORS_RULE}`);
    expect(doc.source.text.slice(after[i]!.span.start, after[i]!.span.end)).toBe(after[i]!.quote);
  });

  it('keeps the two signatories named in the sentence', async () => {
    const { before, after } = await decide(brief, 'border agreement');
    expect(before).toEqual(['Kazakhstan', 'China']);
    expect(after).toEqual(['Kazakhstan', 'China']);
  });

  it('keeps a visitor, his country and the host', async () => {
    const { after } = await decide(brief, 'visited Beijing');
    expect([...after].sort()).toEqual(['China', 'Kassym-Jomart Tokayev', 'Kazakhstan']);
  });

  it('adds the other country of a summit series the sentence names for the later summit', async () => {
    const { before, after } = await decide(
      'Central Asia and China\n\nThe first Central Asia–China summit was held in Xian on 18-19 May 2023, and the second is due in Astana in June 2025.',
      'due in Astana',
    );
    expect(before).not.toContain('China');
    expect(after).toEqual(expect.arrayContaining(['Kazakhstan', 'China']));
  });

  it('keeps a company and the country whose gas it buys', async () => {
    const { after } = await decide(
      'Turkmen gas exports\n\nTurkmenistan sells most of its gas to China. Gazprom stopped buying gas from Ashgabat in January 2016.',
      'stopped buying',
    );
    expect(after).toEqual(['Gazprom', 'Turkmenistan']);
  });
});
