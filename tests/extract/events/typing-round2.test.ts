/**
 * Event typing, round 2: general patterns of English that decide an event's type, each checked on
 * several sentences written for this test (briefs on other topics, other centuries).
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/extract/events/index.js';

/** [trigger text, type] of every trigger of a text. */
function typed(text: string): [string, string][] {
  return findTriggers(text).map((t) => [t.text, t.type]);
}

/** The type of the trigger whose text is `word` (undefined when there is none). */
function typeOf(text: string, word: string): string | undefined {
  return findTriggers(text).find((t) => t.text === word)?.type;
}

describe('a ceasefire, truce or armistice agreed or brokered is an agreement; fighting is security', () => {
  it.each([
    ['The border war ended with a Swedish-brokered truce in June 1809.', 'truce'],
    ['In March 1944 the two sides signed an armistice at Moscow.', 'signed an armistice'],
    ['A ceasefire was finally agreed on 4 May 1921 by the two garrison commanders.', 'ceasefire was finally agreed'],
    ['The UN-mediated truce of August 1988 ended eight years of war.', 'truce'],
    ['Both militias agreed to a ceasefire on 3 June 1905 after a week of shelling.', 'agreed to a ceasefire'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('agreement');
  });
  it('leaves fighting and breaches of a ceasefire as security', () => {
    expect(typeOf('Ceasefire violations multiplied in the spring of 1995.', 'Ceasefire')).toBe('security');
    expect(typeOf('Shootings in 2019 and 2020 each ended with a local ceasefire.', 'ceasefire')).toBe('security');
    expect(typeOf('The war of 1809 ended badly for the crown.', 'war')).toBe('security');
  });
});

describe('a signed statement, declaration or communiqué is an agreement; one issued is a statement', () => {
  it.each([
    ['A trilateral statement signed on 2 May 1905 ended the war.', 'statement signed'],
    ['The three premiers signed a joint statement on fishing in Oslo on 9 June 1931.', 'signed a joint statement'],
    ['A final communiqué was signed by all nine delegations in March 1970.', 'communiqué was signed'],
    ['The four mayors initialled a joint statement on the river in 1988.', 'initialled a joint statement'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('agreement');
  });
  it('keeps a statement issued or made as a statement', () => {
    expect(typeOf('The ministry issued a statement on 9 June 1931.', 'statement')).toBe('statement');
    expect(typeOf('In a statement of 2 May 1990 the premier defended the quota.', 'statement')).toBe('statement');
  });
});

describe('the text of a treaty finalised, agreed or initialled is an agreement', () => {
  it.each([
    ['On 2 May 1905 both governments announced that the text of the treaty had been finalised.', 'announced that the text of the treaty had been finalised'],
    ['Negotiators finalised the text in Geneva in March 1960.', 'finalised the text'],
    ['The wording of the fishing accord was agreed in Bergen in May 1911.', 'wording of the fishing accord was agreed'],
    ['The salmon convention was finalised in the autumn of 1929.', 'convention was finalised'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('agreement');
  });
  it('does not take other lists and texts finalised', () => {
    expect(findTriggers('The list of projects was finalised in 1960.').some((t) => t.type === 'agreement')).toBe(false);
  });
});

describe('an offensive, incursion or assault is security; a charm offensive is not', () => {
  it.each([
    ["The army's two-day offensive of 3-4 May 1808 took the fortress.", 'offensive'],
    ['A border incursion on 2 May 1931 left three guards dead.', 'incursion'],
    ['In June 1940 the northern army launched a fresh assault on the town.', 'launched a fresh assault'],
    ['The spring offensive of 1918 ended in failure.', 'offensive'],
    ['The foreign intervention of 1919 failed.', 'foreign intervention'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('security');
  });
  it('types an offensive that began by its noun', () => {
    expect(findTriggers('The spring offensive began on 21 March 1918.').map((t) => t.type)).toEqual(['security']);
  });
  it.each([['The envoy began a charm offensive in 1931.'], ['He made offensive remarks in 1931.'], ['An offensive joke circulated in 1931.']])(
    'no arms in "%s"',
    (text) => {
      expect(findTriggers(text).some((t) => t.type === 'security')).toBe(false);
    },
  );
});

describe('aid and supplies sent are economic (a supply); rescuers and teams sent are other', () => {
  it.each([
    ['After the flood of May 1953 the neighbours sent 40 tonnes of humanitarian aid.', 'sent 40 tonnes of humanitarian aid'],
    ['In March 1921 the league delivered food parcels to the famine districts.', 'delivered food parcels'],
    ['Relief supplies were airlifted to the valley in 1958.', 'Relief supplies were airlifted'],
    ['The Red Cross dispatched medical supplies to the port in 1940.', 'dispatched medical supplies'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('economic');
  });
  it('keeps people sent as other', () => {
    expect(typeOf('After the flood of May 1953 the neighbours sent more than 300 rescuers.', 'sent more than 300 rescuers')).toBe('other');
  });
});

describe('a train, convoy or consignment that leaves or arrives is a shipment (economic)', () => {
  it.each([
    ['A block train of 30 containers left Riga on 2 May 1995 for Almaty.', 'containers left'],
    ['The grain convoy reached the city on 9 June 1921.', 'convoy reached'],
    ['A tanker of crude was loaded at the new jetty in March 1961.', 'tanker of crude was loaded'],
    ['A consignment of timber arrived in Hull in May 1911.', 'consignment of timber arrived'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('economic');
  });
  it('types a later predicate of the shipment by its subject ("..., crossed X, and reached Y")', () => {
    const text = 'A trial train of 20 containers left Riga on 2 May 1995, crossed Latvia, and reached Minsk on 9 May.';
    expect(typeOf(text, 'reached')).toBe('economic');
    // not when the sentence's subject is no goods
    expect(typeOf('The lake rose in May 1995, flooded the meadows, and reached the village on 9 May.', 'reached')).toBe('other');
  });
  it('leaves naval and passenger ships alone', () => {
    expect(findTriggers('The naval ships sailed in 1940.').some((t) => t.type === 'economic')).toBe(false);
  });
});

describe('a meeting chaired, a leader phoned or called, hands shaken: meeting', () => {
  it.each([
    ['The Danish premier chaired a ministerial in Bergen on 3 May 1950.', 'chaired a ministerial'],
    ['In June 1961 the king presided over the first session of the new assembly.', 'presided over the first session'],
    ['The king called both premiers on 9 August 1905.', 'called both premiers'],
    ['On 3 May 1931 the chancellor telephoned the Danish premier.', 'telephoned'],
    ['The premier called his Swedish counterpart to offer condolences in 1931.', 'called his Swedish counterpart'],
    ['The two rivals shook hands in Geneva on 2 June 1955.', 'shook hands'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('meeting');
  });
  it('keeps a chairmanship over a period and a verdict spoken apart', () => {
    expect(typeOf('Sweden chaired the council from 1950 to 1952.', 'chaired')).toBe('other');
    expect(typeOf('In 1931 the premier called the summit a success.', 'called')).toBe('statement');
    expect(typeOf('He called the ministers a disgrace in 1931.', 'called')).toBe('statement');
  });
});

describe('a format, platform or mechanism launched is an establishment', () => {
  it.each([
    ['The format was launched on 3 June 1994, when the envoys met in Oslo.', 'format was launched'],
    ['The same summit also launched a business platform for the Baltic ports.', 'launched a business platform'],
    ['A loan-guarantee mechanism was launched in the spring of 2003.', 'mechanism was launched'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('establishment');
  });
});

describe('bills, repeals and votes of a legislature are political', () => {
  it.each([
    ['A bill to repeal the salt tax was introduced in the Riksdag in March 1905.', 'bill to repeal the salt tax was introduced'],
    ['Congress lifted it for the Danish ships in 1912.', 'Congress lifted'],
    ['In 1846 the government repealed the corn laws.', 'repealed'],
    ['The opposition tabled a bill on fishing rights in May 1931.', 'tabled a bill'],
    ['Parliament voted in June 1905 to dissolve the union.', 'Parliament voted'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('political');
  });
  it('keeps a ratification an agreement', () => {
    expect(typeOf('Parliament ratified the treaty in 1913.', 'ratified')).toBe('agreement');
  });
});

describe('a body or process closed, dissolved or withdrawn is political', () => {
  it.each([
    ['On 2 May 1931 the assembly formally decided to close the fisheries commission.', 'decided to close the fisheries commission'],
    ['The closure is due to be completed by 1 December 1931.', 'closure is due to be completed'],
    ['The withdrawal of the garrison was completed in June 1905.', 'withdrawal of the garrison was completed'],
    ['In 1991 the members voted to dissolve the pact.', 'voted to dissolve the pact'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('political');
  });
});

describe('the first rail or pipe laid is the start of works (other), not an opening', () => {
  it.each([
    ['In May 1870 the company laid the first rail of the coastal line.', 'laid the first rail'],
    ['The first pipe was welded near the coast in 1971.', 'first pipe was welded'],
    ['Workers laid the first sections of track in June 1902.', 'laid the first sections of track'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('other');
  });
  it('binds a completion to its own date as a planned opening', () => {
    const ts = typed('The eastern line, begun in 1925, is scheduled for completion in mid-1931, and workers laid the first rail of the western line in 1930.');
    expect(ts).toContainEqual(['scheduled for completion', 'opening']);
    expect(ts).toContainEqual(['laid the first rail', 'other']);
  });
});

describe('villages or land handed back are other; a place named after "handed over in" is no object', () => {
  it.each([
    ['Four border villages were handed back to Norway the following month.', 'villages were handed back'],
    ['In 1920 the crown handed back three islands to its neighbour.', 'handed back three islands'],
    ['Two districts had been returned by June 1921.', 'districts had been returned'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('other');
  });
  it('does not read a place after "handed over in" as land transferred', () => {
    expect(findTriggers('In May 2024 a new school was handed over in the Lapland district.').some((t) => t.type === 'political')).toBe(false);
  });
  it('does not take people leaving a place as leaving an organisation', () => {
    expect(findTriggers('Within a week 90,000 people left the region.').some((t) => t.type === 'political')).toBe(false);
    expect(typeOf('In 1949 the kingdom left the customs union.', 'left the')).toBe('political');
  });
});

describe('a masthead or a document period is no publication', () => {
  it.each([
    ['*Harbour Review — Note No. 7 — published 2 May 1990*\n\nThe cod came back.'],
    ['Fisheries note, published 3 March 1991\n\nThe cod came back.'],
    ['In 1991 the ministry published its Fisheries Strategy 1991–1995.'],
  ])('%j', (text) => {
    expect(findTriggers(text).some((t) => t.ruleId === 'events/other/published')).toBe(false);
  });
  it.each([['The survey of the lakes was published in 1911.'], ['According to a study published by the Oslo institute in July 1990, stocks fell.']])(
    'keeps "%s"',
    (text) => {
      expect(typeOf(text, 'published')).toBe('other');
    },
  );
});

describe('a background trigger in a fronted adverbial yields the date to the main clause', () => {
  it.each([
    ['In the spring of 1940, after the invasion of Norway, Swedish ore exports were rerouted to Germany.', 'invasion'],
    ['In 1991, following the collapse of the Soviet Union, the three republics restored their embassies.', 'collapse of the Soviet Union'],
    ['In late 1918, amid the revolution in Berlin, the Danish mills cut their orders.', 'revolution'],
  ])('%s', (text, word) => {
    const t = findTriggers(text).find((x) => x.text === word);
    expect(t).toMatchObject({ ruleId: 'events/background', weight: 1 });
  });
  it('keeps an adverbial with a date of its own, and a plain subject', () => {
    expect(findTriggers('In 1940, after the invasion of Norway in April, ore exports fell.').find((t) => t.text === 'invasion')?.ruleId).toBe(
      'events/security/conflict',
    );
    expect(findTriggers('In May 1940 the invasion of Norway began.').some((t) => t.ruleId === 'events/background')).toBe(false);
  });
  it('types the main clause of the example: cargo shifted is economic', () => {
    expect(typeOf('In 1940, after the invasion of Norway, exporters shifted cargo to the Baltic ports.', 'shifted cargo')).toBe('economic');
  });
});

describe('a pipeline explosion or a plant fire is an accident (other), not violence', () => {
  it.each([
    ['After an explosion on the coastal gas pipeline in April 1969, flows stopped.', 'explosion on the coastal gas pipeline'],
    ['A fire at the refinery in May 1971 halted output.', 'fire at the refinery'],
    ['A blast at the Kiruna mine on 2 June 1955 killed nine.', 'blast at the Kiruna mine'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('other');
  });
  it('keeps an attack on a pipeline as security', () => {
    expect(typeOf('Saboteurs attacked the pipeline in May 1969.', 'attacked')).toBe('security');
  });
});

describe('a target of facilities to run or build by a year is a planned opening', () => {
  it.each([
    ['The company says it plans to operate 15 filling stations by the end of 1931.', 'operate'],
    ['The ministry plans to construct two new ferry terminals by 1935.', 'construct'],
    ['The utility intends to build three hydropower plants by 1960.', 'build'],
  ])('%s', (text, word) => {
    expect(findTriggers(text).find((t) => t.text === word)).toMatchObject({ type: 'opening', planned: true, ruleId: 'events/opening/target-by' });
  });
  it('keeps a target of a quantity economic and one of no facility other', () => {
    expect(typeOf('The port aims to handle 12 million tonnes a year by 1930.', 'handle')).toBe('economic');
    expect(typeOf('The board plans to build support for the reform by 1935.', 'build')).toBe('other');
  });
});

describe('a scheme announced is set up then (establishment); a tender announced stays other', () => {
  it.each([
    ['On 2 May 1931 the premier announced a new fisheries fund.', 'announced a new fisheries fund'],
    ['In 1962 the council announced a *Nordic Exchange* programme.', 'announced a *Nordic Exchange* programme'],
  ])('%s', (text, word) => {
    expect(typeOf(text, word)).toBe('establishment');
  });
  it('keeps a procedure announced as other', () => {
    expect(typeOf('A new tender was announced in March 1990.', 'tender was announced')).toBe('other');
  });
});

describe('more verbs of general English', () => {
  it.each([
    ['Barely a month after the union dissolved in 1905, Oslo opened a legation.', 'union dissolved', 'political'],
    ['The federation formally ceased to exist on 1 January 1993.', 'federation formally ceased to exist', 'political'],
    ['In 1910 exports peaked at about 2 million tonnes.', 'exports peaked', 'economic'],
    ['In September 1907 the two crowns agreed to create an intergovernmental commission on fisheries.', 'create', 'establishment'],
    ['The ministers plan to establish a joint investment fund in 1931.', 'establish', 'establishment'],
    ['The government plans to add a container terminal there by 1935.', 'add a container terminal', 'opening'],
    ['The *Olsen amendment* of 1974, which tied quotas to catches, still applies.', 'amendment', 'political'],
    ['During the visit the king also offered Danish traders lower harbour dues.', 'offered', 'statement'],
    ['In late 1931 Oslo also signalled strong interest in a stake in the canal.', 'signalled strong interest', 'statement'],
  ])('%s', (text, word, type) => {
    expect(typeOf(text, word)).toBe(type);
  });
  it('does not take creating jobs or dissolving salt as happenings of a body', () => {
    expect(findTriggers('The plant will create 500 jobs.').some((t) => t.type === 'establishment')).toBe(false);
    expect(findTriggers('The salt dissolved in the water in 1905.').some((t) => t.type === 'political')).toBe(false);
  });
});

describe('a happening that someone does not expect before a date is judged not to happen', () => {
  it.each([
    ['Oslo insists on a referendum that Stockholm does not expect before 1931.'],
    ['The election, which the opposition does not foresee before 1906, is the key.'],
    ['They want a treaty that the Danes don’t anticipate before 2031.'],
  ])('%s', (text) => {
    expect(findTriggers(text).some((t) => t.type === 'political' || t.type === 'agreement')).toBe(false);
  });
  it('keeps a happening that is expected', () => {
    expect(typeOf('Oslo insists on a referendum that Stockholm expects in 1931.', 'referendum')).toBe('political');
  });
});
