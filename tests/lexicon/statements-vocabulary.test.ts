/**
 * Statement vocabulary (src/lexicon/triggers.ts, events/statement/*): the ways general English
 * reports a statement or a stance — reporting verbs (also after a quote, inverted, inside a
 * markdown link), demands and requests ("pushed for", "asked for"), stances on a proposal
 * ("supported the idea", "resisted language on"), refusals ("X refused."), statements taken up
 * by another speaker ("was repeated verbatim by"), verdicts ("called the deal a mistake") — each
 * probed on three or more sentences written for this test on varied topics, with sentences that
 * use the same words for no statement (a price asked, "pressed for time", "refused entry",
 * "supported by loans", "the proposed route").
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../src/extract/events/index.js';

/** The statement triggers findTriggers gives for one sentence (their text). */
function statements(text: string): string[] {
  return findTriggers(text)
    .filter((t) => t.type === 'statement')
    .map((t) => t.text);
}

/** [construction, sentence, trigger text the sentence must give as a statement] */
const MATCH: [string, string, string][] = [
  // reporting verb after the quote, with an inverted subject; a markdown link around the verb
  ['said after quote', '"The lock will open in spring," said Ingrid Holm, the harbour master of Bergen.', 'said'],
  ['said after quote (link)', '"Our farmers need the water," [said](#) Tomás Ruiz, minister of agriculture of Chile.', 'said'],
  ['said after quote (he said)', '"We will not pay twice for the same bridge," he said.', 'said'],
  ['verb in a link', 'The Danish ministry [emphasized](#) the need for a second ferry.', 'emphasized'],
  ['verb in a link', 'The mayor [noted](#) in her speech that the tram was late.', 'noted'],
  ['verb in a link', 'Brazil [stressed](#) that the dam would be finished on time.', 'stressed'],
  // a name ending in "an" after a letter outside ASCII is no article
  ['told (non-ASCII name)', 'Ayşe Doğan told reporters afterwards that the strike was over.', 'told'],
  ['told (non-ASCII name)', 'Later that day Şükran told the council that the road would reopen.', 'told'],
  ['highlighted', 'Lena Berg, in turn, highlighted that the fishing quotas had been met.', 'highlighted'],
  // demands and requests
  ['pushed for', 'Portugal pushed for a common rule on ferry fares.', 'pushed for'],
  ['pressed for', 'The dock workers’ union pressed hard for a shorter week.', 'pressed hard for'],
  ['asked for', 'The Nigerian delegate asked for the paragraph on debt to be removed.', 'asked for'],
  ['asked for', 'The premier was more cautious and asked for "more time to consult".', 'asked for'],
  ['appealed for', 'The bishop appealed for calm after the riots in the port.', 'appealed for'],
  ['lobbied for', 'Kenyan growers lobbied for lower duties on cut flowers.', 'lobbied for'],
  // stance on a proposal, an idea, a wording
  ['supported the idea', 'Finland and Estonia supported the idea of a joint rail authority.', 'supported the idea'],
  ['backed the proposal', 'The farmers’ league backed the proposal to share the river water.', 'backed the proposal'],
  ['resisted language', 'Chile and Peru resisted language on fishing rights proposed by Lima.', 'resisted language'],
  ['opposed the plan', 'The coastal towns opposed the new harbour plan.', 'opposed the new harbour plan'],
  ['proposal backed by (passive)', 'The Irish proposal was quickly backed by Portugal.', 'proposal was quickly backed by'],
  // refusals
  ['refused (bare)', 'Norway and Iceland, both of which fish the bank, refused.', 'refused'],
  ['refused (bare)', 'Asked to lower the toll, the canal company flatly refused.', 'flatly refused'],
  ['declined to', 'The chief executive declined to comment on the closures.', 'declined to comment'],
  ['refused to', 'The tribunal refused to accept the late filing.', 'refused to accept'],
  // repeated by another speaker
  ['repeated by', 'This formula was [repeated verbatim](#) by the Swiss foreign ministry.', 'formula was [repeated verbatim](#) by'],
  ['echoed by', 'The warning was later echoed by the central bank.', 'warning was later echoed by'],
  ['repeated that', 'The governor repeated that the mine would close.', 'repeated that'],
  ['repeated its call', 'Ghana repeated its call for debt relief.', 'repeated its call'],
  // verdicts and remarks
  ['called X Y', 'Anna Lind called the accord "a bridge between two coasts".', 'called'],
  ['called X Y', 'The premier, closing the session, called the union a family of equals.', 'called'],
  ['spoke adverb of', 'The communiqué spoke more cautiously of "the late 2030s".', 'spoke more cautiously of'],
  ['spoke adverb about', 'The bishop spoke openly about the famine.', 'spoke openly about'],
  // more reporting verbs
  ['reaffirmed', 'The league reaffirmed its support for the river treaty.', 'reaffirmed'],
  ['ruled out', 'The finance minister ruled out a new tax on fuel.', 'ruled out'],
  ['made clear', 'The governor made it clear that the mine would stay shut.', 'made it clear'],
  ['congratulated', 'The Kenyan president congratulated the winner of the vote in Accra.', 'congratulated'],
  ['defended', 'The chancellor defended the pension reform before the unions.', 'defended the pension reform'],
  ['describing as', 'The envoy spoke at length, describing the blockade as "a siege".', 'describing the blockade as'],
  // a speaker compared with another
  ['more cautious', 'The Swedish envoy was more cautious and asked for time.', 'was more cautious'],
  ['more direct', 'Her deputy was far more direct about the debt.', 'was far more direct'],
  ['less explicit', 'The Chilean side was less explicit about the border.', 'was less explicit'],
  // statements named by a noun
  ['keynote address', 'In a keynote address the governor defended the rate rise.', 'keynote address'],
  ['announcement that', 'Peru’s announcement that it would leave the pact surprised Quito.', 'announcement'],
  ['tweeted', 'The mayor tweeted that the bridge was safe.', 'tweeted'],
];

/** [why, sentence, the statement trigger it must NOT give] */
const NO_MATCH: [string, string, string][] = [
  ['pressed for time', 'The crews were pressed for time before the storm.', 'pressed for'],
  ['asked for comment', 'The ministry was asked for comment on the leak.', 'asked for'],
  ['a price asked', 'The owner asked for $4 million for the island.', 'asked for'],
  ['a price asked', 'The seller asked for 300,000 euros.', 'asked for'],
  ['refused entry', 'The guards refused entry to the lorries at the border.', 'refused'],
  ['exports declined', 'Exports of timber declined sharply.', 'declined'],
  ['passive refusal', 'The loan was refused by the bank.', 'refused'],
  ['supported by loans', 'The project was supported by loans from two banks.', 'supported'],
  ['supported by cables', 'The bridge deck is supported by steel cables.', 'supported'],
  ['backed with money', 'The fund backed the plan with a $300 million loan.', 'backed the plan'],
  ['backed a person', 'Voters backed the mayor in the run-off.', 'backed'],
  ['repeated test', 'The test was repeated twice.', 'repeated'],
  ['repeated floods', 'Repeated floods hit the valley.', 'repeated'],
  ['pattern repeated', 'The pattern was repeated by other towns.', 'pattern was repeated by'],
  ['the proposed route', 'Engineers surveyed the proposed route.', 'proposed'],
  ['called a name', 'A village called Hof lies on the river.', 'called'],
  ['spoke only of', 'The guide spoke only of the cathedral.', 'spoke only of'],
  ['the accused', 'The accused left the court after the verdict.', 'accused'],
  ['passive blame', 'The fire was blamed on a faulty cable.', 'blamed'],
  ['survey suggested', 'The survey suggested that most voters were undecided.', 'suggested that'],
  ['defended a town', 'The garrison defended the town for a week.', 'defended the town'],
  ['investors cautious', 'Investors were more cautious after the crash.', 'were more cautious'],
  ['analysts cautious', 'Independent analysts were more cautious about the merger.', 'were more cautious'],
  ['said nothing', 'Lima, which lost the vote, said nothing in public.', 'said'],
  ['declared investments', 'The zone had 40 tenants with declared investments of $2 million.', 'declared'],
  ['supported through', 'The ferry line is supported through the Nordic Initiative.', 'supported'],
  ['resolution of a dispute', 'Chile supported the peaceful resolution of the border dispute.', 'supported the peaceful resolution'],
  ['announcements board', 'The announcements board was repainted.', 'announcements'],
];

describe('statement vocabulary: constructions that report a statement or stance', () => {
  it.each(MATCH)('%s: %s', (_what, text, want) => {
    expect(statements(text)).toContain(want);
  });
  it('covers each construction with three or more sentences where it is new', () => {
    const byKind = new Map<string, number>();
    for (const [what] of MATCH) {
      const k = what.replace(/ \(.*\)$/, '').split(' ')[0]!;
      byKind.set(k, (byKind.get(k) ?? 0) + 1);
    }
    for (const k of ['said', 'verb', 'told', 'refused', 'called']) expect(byKind.get(k) ?? 0).toBeGreaterThanOrEqual(2);
    expect(MATCH.length).toBeGreaterThanOrEqual(30);
  });
});

describe('statement vocabulary: the same words used for no statement', () => {
  it.each(NO_MATCH)('%s: %s', (_why, text, not) => {
    expect(statements(text).filter((t) => t === not || t.startsWith(not + ' '))).toEqual([]);
  });
});
