/**
 * Event trigger lexicon: the words and phrases that signal a happening of each event type
 * (types as defined in the gold schema: visit, meeting, agreement, diplomatic, establishment,
 * opening, economic, security, political, statement, other).
 *
 * Data, reviewed like code. Each entry is one rule of the `events` rule family:
 *   - `patterns`: regular-expression sources, matched case-insensitively at word boundaries
 *     over normalized text. Verbs are listed in all their forms; multiword phrases allow any
 *     run of spaces between words (write a single space).
 *   - `weight`: how strongly the phrase signals its type (3 = unambiguous multiword phrase,
 *     2 = specific word, 1 = weak / generic word that only types an event when nothing
 *     stronger is near the date). The resolver prefers heavier, closer triggers.
 *   - `examples`: sentences (written for this lexicon) that must / must not match.
 *
 * Where two entries match overlapping text, the longer match wins, then the heavier one; so
 * "diplomatic relations were established" is a diplomatic trigger, not an establishment one.
 */
import type { EventType } from '../core/types.js';

export interface TriggerExample {
  text: string;
  /** The trigger text the rule must find (defaults to the whole text). */
  match?: string;
}

export interface TriggerEntry {
  id: string;
  type: EventType;
  description: string;
  patterns: string[];
  weight: number;
  /**
   * For a phrase that runs from a head word to a verb: the head words. The trigger starts at the
   * LAST head word inside the match ("trade and investment ... trade reached" gives "trade
   * reached"), so a phrase never reaches back over an earlier head into another sentence.
   */
  head?: string;
  examples: { match: TriggerExample[]; noMatch: string[] };
}

export const TRIGGERS: TriggerEntry[] = [
  // ------------------------------------------------------------------ visit
  {
    id: 'events/visit/phrase',
    type: 'visit',
    description: 'named kinds of visit and "paid a visit"',
    weight: 3,
    patterns: [
      '(?:state|official|working|reciprocal|return|first|historic|high-level|ministerial|presidential) visits?',
      '(?:paid|pays|pay|paying|made|makes) (?:a|an|his|her|their|its) (?:\\w+ ){0,2}visits?',
      '(?:sent|sends|send|dispatched) (?:a |an |the |its |their |his |her )?(?:[\\w-]+ ){0,2}(?:delegations?|ministers?|envoys?|missions?|emissar(?:y|ies)) to',
    ],
    examples: {
      match: [
        { text: 'The president paid an official visit to Ankara in May 2019.', match: 'paid an official visit' },
        { text: 'A state visit took place in 2015.', match: 'state visit' },
        { text: 'In 2014 the council dispatched two envoys to Oslo.', match: 'dispatched two envoys to' },
      ],
      noMatch: ['Visitors crowded the museum.', 'The state of the economy is weak.'],
    },
  },
  {
    id: 'events/visit/word',
    type: 'visit',
    description: 'visit as noun or verb, trips, tours and missions to a place',
    weight: 2,
    patterns: [
      'visits?',
      'visited',
      'visiting',
      'trips?',
      'travell?ed to',
      'travels to',
      'arrived in',
      'arrives in',
      'missions? to',
      'went to',
      'tours? of',
      'toured',
    ],
    examples: {
      match: [
        { text: 'The minister visited Almaty in March 2020.', match: 'visited' },
        { text: 'His trip to Bishkek in 2018 was short.', match: 'trip' },
        { text: 'The delegation arrived in Dushanbe on 3 May.', match: 'arrived in' },
      ],
      noMatch: ['Tourists stripped the shelves.', 'The visitor centre is new.'],
    },
  },

  // ------------------------------------------------------------------ meeting
  {
    id: 'events/meeting/phrase',
    type: 'meeting',
    description: 'multiword meeting phrases: held talks, press conference, round table',
    weight: 3,
    patterns: [
      'held (?:\\w+ ){0,4}(?:talks|meetings?|negotiations|consultations)',
      'press conference',
      'round ?table',
      'summit meeting',
      'intergovernmental commission (?:met|meeting)',
    ],
    examples: {
      match: [
        { text: 'The two kings held bilateral talks in Uppsala in 1908.', match: 'held bilateral talks' },
        { text: 'At a press conference on 4 June, the minister spoke.', match: 'press conference' },
      ],
      noMatch: ['They held the view that it was wrong.', 'The conference room was empty.'],
    },
  },
  {
    id: 'events/meeting/word',
    type: 'meeting',
    description: 'talks, summits, negotiations, forums, meetings, met',
    weight: 2,
    patterns: [
      'meetings?',
      'met',
      'meets',
      'talks',
      'summits?',
      'negotiations?',
      'negotiated',
      'forums?',
      'conferences?',
      'consultations',
      'sessions?',
      'convened',
      'gathered',
      'hosted',
    ],
    examples: {
      match: [
        { text: 'The fisheries ministers met in Oslo on 12 March 1962.', match: 'met' },
        { text: 'The summit in Bergen in 1961 was decisive.', match: 'summit' },
        { text: 'Negotiations resumed in 2020.', match: 'Negotiations' },
      ],
      noMatch: ['The metal price rose.', 'He talked at length.'],
    },
  },

  // ------------------------------------------------------------------ agreement
  {
    id: 'events/agreement/signed',
    type: 'agreement',
    description: 'signing and agreeing verbs: signed, ratified, concluded, agreed',
    weight: 3,
    patterns: [
      'signed',
      'signs',
      'signing',
      'sign',
      'ratified',
      'ratifies',
      'ratification',
      'concluded (?:an?|the)',
      'agreed',
      'agrees',
      'approved',
      'adopted',
    ],
    examples: {
      match: [
        { text: 'The two sides signed a memorandum in 2017.', match: 'signed' },
        { text: 'In 2019, the cabinet approved a new plan.', match: 'approved' },
        { text: 'Parliament ratified the treaty in 1999.', match: 'ratified' },
      ],
      noMatch: ['A significant change followed.', 'The signal was weak.', 'They designed a plan.'],
    },
  },
  {
    id: 'events/agreement/document',
    type: 'agreement',
    description: 'the documents that are signed: agreement, treaty, memorandum, protocol, road map, contract',
    weight: 2,
    patterns: [
      'agreements?',
      'treaty',
      'treaties',
      'memorand(?:um|a)',
      'protocols?',
      'road ?maps?',
      'contracts?',
      'accords?',
      'deals?',
      'declarations? (?:on|of) (?:\\w+ ){0,3}(?:partnership|cooperation|friendship|relations|alliance)',
      'documents? (?:was|were) signed',
      'programm?e?s? (?:of|for|on) (?:\\w+ ){0,3}cooperation',
    ],
    examples: {
      match: [
        { text: 'The fishing ban rests on a 1911 agreement.', match: 'agreement' },
        { text: 'The Treaty of Perpetual Peace dates from 1721.', match: 'Treaty' },
        { text: 'Five documents were signed at the ceremony in 2015.', match: 'documents were signed' },
      ],
      noMatch: ['She disagreed strongly.', 'The contractor left.'],
    },
  },

  {
    id: 'events/agreement/settled',
    type: 'agreement',
    description: 'a dispute or issue resolved or settled (by agreement)',
    weight: 2,
    patterns: ['resolved', 'settled', 'reached (?:an? |the )?(?:\\w+ )?(?:agreement|deal|compromise|consensus)'],
    examples: {
      match: [
        { text: 'The salmon quarrel was resolved in 1932.', match: 'resolved' },
        { text: 'In 1868 the parties reached a compromise.', match: 'reached a compromise' },
      ],
      noMatch: ['A resolute leader.', 'The settlers arrived.'],
    },
  },

  // ------------------------------------------------------------------ diplomatic
  {
    id: 'events/diplomatic/relations',
    type: 'diplomatic',
    description: 'diplomatic relations established, resumed, upgraded or broken',
    weight: 4,
    patterns: [
      'diplomatic (?:relations|ties)',
      'established (?:diplomatic )?(?:relations|ties)',
      'upgraded (?:\\w+ ){0,3}(?:relations|ties|partnership)',
      'resumed (?:\\w+ ){0,2}(?:relations|ties)',
      '(?:broke|broken|severed|cut) (?:off )?(?:\\w+ )?(?:relations|ties)',
      'strategic partnership',
      'rapprochement',
      'normali[sz]ation of relations',
      'normali[sz]ed (?:\\w+ )?relations',
    ],
    examples: {
      match: [
        { text: 'Diplomatic relations were established on 9 June 1921.', match: 'Diplomatic relations' },
        { text: 'The monarchies upgraded their ties to a full alliance in 1907.', match: 'upgraded their ties' },
        { text: 'A slow rapprochement followed the accord of 1978.', match: 'rapprochement' },
      ],
      noMatch: ['Trade relations grew.', 'The diplomat spoke.'],
    },
  },
  {
    id: 'events/diplomatic/mission',
    type: 'diplomatic',
    description: 'embassies and consulates opened or closed, ambassadors appointed or recalled',
    weight: 3,
    patterns: [
      'embass(?:y|ies)',
      'consulates?(?: general)?',
      'recalled (?:its|their|his|the) ambassador',
      'ambassadors?',
    ],
    examples: {
      match: [
        { text: 'The embassy opened in 2004.', match: 'embassy' },
        { text: 'Oslo recalled its ambassador after the incident of 2004.', match: 'recalled its ambassador' },
      ],
      noMatch: ['He embarked on the ship.', 'The consultant left.'],
    },
  },
  {
    id: 'events/diplomatic/relations-state',
    type: 'diplomatic',
    description: 'relations damaged, improved, frozen or non-existent (a change or state of relations)',
    weight: 2,
    patterns: [
      '(?:damaged|improved|deteriorated|worsened|strained|soured|warmed|froze|frozen|cooled|restored|revived|intensified|deepened) (?:\\w+ ){0,3}(?:relations|ties|relationship)',
      '(?:relations|ties|relationship) (?:[\\w-]+ ){0,5}(?:were|was|have been|has been|had been|became|remained|grew) (?:\\w+ )?(?:non-existent|nonexistent|frozen|strained|tense|damaged|cool|poor|hostile|close|warm)',
      '(?:relations|ties) (?:deteriorated|improved|worsened|soured|warmed|cooled)',
    ],
    examples: {
      match: [
        { text: 'Ties between the two kingdoms had been frozen for a decade by 1975.', match: 'Ties between the two kingdoms had been frozen' },
        { text: 'The quarrel badly damaged relations in the 1990s.', match: 'damaged relations' },
      ],
      noMatch: ['Relations among the neighbours rest on trade.', 'Untied shoes.'],
    },
  },

  // ------------------------------------------------------------------ establishment
  {
    id: 'events/establishment/founded',
    type: 'establishment',
    description: 'founding verbs and nouns: established, founded, created, set up, formed',
    weight: 2,
    patterns: [
      'established',
      'establishes',
      'establishing',
      'establishment',
      'founded',
      'founding',
      'foundation of',
      'created',
      'creation',
      'set up',
      'formed',
      'formation of',
      'evolved into',
      'transformed into',
      'renamed',
    ],
    examples: {
      match: [
        { text: 'The river council was established in March 1955.', match: 'established' },
        { text: 'Founded in 1893, the society collects folk songs.', match: 'Founded' },
        { text: 'By 1952 the customs club had evolved into a union.', match: 'evolved into' },
      ],
      noMatch: ['The foundations are solid.', 'A well-established fact.', 'They reformed it.'],
    },
  },
  {
    id: 'events/establishment/body-resumed',
    type: 'establishment',
    description: 'a commission, council or other body resumes or restarts its work (it is set up again)',
    weight: 3,
    patterns: [
      '(?:commission|council|committee|board|assembly|secretariat|working group|agency|institute|forum) (?:resumed|resumes|restarted|restarts|relaunched|reconvened|revived)(?: (?:its|their) (?:work|activit(?:y|ies)|operations)| work)?',
    ],
    examples: {
      match: [
        { text: 'After a long pause the fisheries committee resumed its work in 1987.', match: 'committee resumed its work' },
        { text: 'The joint border board restarted in 2004.', match: 'board restarted' },
      ],
      noMatch: ['The council has many members.', 'Talks resumed in 1990.'],
    },
  },
  {
    id: 'events/establishment/in-force',
    type: 'establishment',
    description: 'coming into force or effect',
    weight: 3,
    patterns: ['(?:came|come|comes|coming|entered|enter|enters|entering|went|go|goes) into (?:force|effect)'],
    examples: {
      match: [{ text: 'The treaty came into force in 2016.', match: 'came into force' }],
      noMatch: ['The force was strong.', 'They came into the room.'],
    },
  },

  // ------------------------------------------------------------------ opening
  {
    id: 'events/opening/operation',
    type: 'opening',
    description: 'put into operation, commissioned, began operations, inaugurated',
    weight: 3,
    patterns: [
      '(?:put|putting|puts|brought|bring|go|goes|went) into (?:operation|service|use)',
      '(?:begin|began|begun|begins|start|started|starts|commence[sd]?) (?:its |their )?(?:operations?|operating)',
      'commissioned',
      'commissioning',
      'inaugurated',
      'inauguration of',
      'came on stream',
      'came online',
      '(?:began|begun|begin|begins|start|started|starts) (?:delivering|pumping|carrying|transporting|shipping|receiving|handling|producing)',
    ],
    examples: {
      match: [
        { text: 'The line was put into operation in 2017.', match: 'put into operation' },
        { text: 'The ferry line should begin operating in the autumn.', match: 'begin operating' },
        { text: 'The plant was commissioned in 2009.', match: 'commissioned' },
        { text: 'The new gas line started pumping gas to the coast in 1974.', match: 'started pumping' },
      ],
      noMatch: ['The operation failed.', 'The European Commission spoke.'],
    },
  },
  {
    id: 'events/opening/opened',
    type: 'opening',
    description: 'opened, opening, launched, completed, built',
    weight: 2,
    patterns: [
      'opened',
      'opens',
      'opening',
      'launched',
      'launch',
      'completed',
      'completion',
      'built',
      'constructed',
      'reopened',
      'reopens',
      'reopening',
      'reopen',
    ],
    examples: {
      match: [
        { text: 'A new clinic opened in Ganja in 2018.', match: 'opened' },
        { text: 'The tram line was launched in October 1897.', match: 'launched' },
        { text: 'The frontier post was reopened in the summer of 1991.', match: 'reopened' },
        { text: 'Since its completion in 1969 the dam has held.', match: 'completion' },
      ],
      noMatch: ['It was an open question.', 'The builder left.'],
    },
  },

  // ------------------------------------------------------------------ economic
  {
    id: 'events/economic/transaction',
    type: 'economic',
    description: 'purchases, acquisitions, investments, supplies, shipments, payments',
    weight: 2,
    patterns: [
      'purchased',
      'purchases?',
      'bought',
      'acquired',
      'acquisitions?',
      'invested',
      'sold',
      'supplied',
      'shipped',
      'shipments?',
      'exported',
      'imported',
      '(?:began|started) to pay',
      'paid (?!(?:a|an|his|her|their|its) (?:\\w+ ){0,2}visit)',
      'privati[sz]ed',
    ],
    examples: {
      match: [
        { text: 'The brewery was purchased by a Danish group in 1998.', match: 'purchased' },
        { text: 'The firm acquired a refinery in 2015.', match: 'acquired' },
      ],
      noMatch: ['He paid a visit to Riga.', 'The acquirer left.'],
    },
  },
  {
    id: 'events/economic/throughput',
    type: 'economic',
    // A volume moved in a period ("the port handled 2 million tonnes in 2001") is a stated
    // level, like "amounted to": a figure, not a happening. Only the start of deliveries is.
    description: 'deliveries began, started or resumed',
    weight: 2,
    patterns: [
      '(?:began|started|commenced|resumed) (?:its |their )?deliveries',
      'deliveries (?:began|started|commenced|resumed)',
    ],
    examples: {
      match: [
        { text: 'Regular deliveries began in the spring of 1985.', match: 'deliveries began' },
        { text: 'The plant resumed its deliveries in May 1999.', match: 'resumed its deliveries' },
      ],
      noMatch: ['The river port handled 2 million tonnes of grain in 2001.', 'In 1998 the ferry carried 40,000 lorries.'],
    },
  },
  {
    id: 'events/economic/business',
    type: 'economic',
    description: 'a company doing business somewhere (operated, has operated): weak, only when nothing more specific is near',
    weight: 1,
    patterns: ['operated', 'operates', 'has operated'],
    examples: {
      match: [{ text: 'The bank has operated branches in Riga since 1995.', match: 'has operated' }],
      noMatch: ['The operator left.', 'An operation on the knee.'],
    },
  },
  {
    id: 'events/economic/trade-change',
    type: 'economic',
    description:
      'a change or level reached by trade, turnover, exports, imports, transit, traffic, cargo or investment (rose, doubled, reached, passed): with a date it is an economic event',
    weight: 2,
    head: 'trade|turnover|exports?|imports?|transit|traffic|cargo|freight|throughput|shipments|investments?|tourism',
    patterns: [
      '(?:trade|turnover|exports?|imports?|transit|traffic|cargo|freight|throughput|shipments|investments?|tourism) (?:[\\w$€£%’\'()*-]+(?:[.,]\\d+)* ){0,7}?\\**(?:has |have |had )?(?:rose|risen|increased|grew|grown|fell|fallen|declined|decreased|dropped|doubled|tripled|quadrupled|halved|reached|passed|exceeded|surpassed|topped)',
    ],
    examples: {
      match: [
        { text: 'Grain exports to the north doubled in 1996.', match: 'exports to the north doubled' },
        { text: 'In 1999 turnover with the neighbours passed $3 billion.', match: 'turnover with the neighbours passed' },
        { text: 'Transit traffic through the strait has grown every year since 1990.', match: 'traffic through the strait has grown' },
        { text: 'Trade and farming Grain trade rose in 1931.', match: 'trade rose' },
      ],
      noMatch: ['Trade is a means of peace.', 'The cargo ship sank.'],
    },
  },
  {
    id: 'events/economic/trade',
    type: 'economic',
    description: 'changes of a quantity (increased, rose, doubled, reached): a weak word that types an event only when nothing more specific is near the date',
    weight: 1,
    patterns: [
      'rose',
      'risen',
      'increased',
      'grew',
      'grown',
      'decreased',
      'fell(?! on)',
      'declined',
      'dropped',
      'doubled',
      'tripled',
      'quadrupled',
      'halved',
      'reached',
      'exceeded',
      'surpassed',
    ],
    examples: {
      match: [
        { text: 'Sales of tractors increased during 1986.', match: 'increased' },
        { text: 'The price of wheat rose in the spring of 1973.', match: 'rose' },
      ],
      noMatch: ['The trade volume is large.', 'A rosy garden.'],
    },
  },

  // ------------------------------------------------------------------ security
  {
    id: 'events/security/conflict',
    type: 'security',
    description: 'war, violence, attacks, unrest, clashes',
    weight: 2,
    patterns: [
      'wars?',
      'violence',
      'attacks?',
      'attacked',
      'blasts?',
      'explosions?',
      'bomb(?:s|ing|ings|ed)?',
      'clashes',
      'hostilities',
      'invasion',
      'invaded',
      'unrest',
      'tumults?',
      'riots?',
      'uprising',
      'insurgency',
      'terrorist attacks?',
      'ceasefire',
      'cease-fire',
      'escalation',
      'shelling',
      'occupation',
      'occupied',
    ],
    examples: {
      match: [
        { text: 'Much of the harbour burned in the violence of 1921.', match: 'violence' },
        { text: 'The short war of 1999 ended quickly.', match: 'war' },
      ],
      noMatch: ['The warranty expired.', 'A warm day.'],
    },
  },
  {
    id: 'events/security/military',
    type: 'security',
    description: 'troops, soldiers, deployments, military cooperation and exercises',
    weight: 2,
    patterns: [
      'troops',
      'soldiers',
      'deploy(?:ed|s|ment)?',
      'military (?:cooperation|exercises?|drills?|operations?|bases?)',
      'peacekeep(?:ers|ing)',
      '(?:joint )?exercises',
      'defen[cs]e cooperation',
    ],
    examples: {
      match: [
        { text: 'About forty soldiers guarded the bridge in 1944.', match: 'soldiers' },
        { text: 'Military cooperation expanded in 2019.', match: 'Military cooperation' },
      ],
      noMatch: ['The military budget is secret.', 'The deployable tent.'],
    },
  },

  // ------------------------------------------------------------------ political
  {
    id: 'events/political/power',
    type: 'political',
    description: 'coming to power, taking office, elections, resignations, coups, revolutions',
    weight: 3,
    patterns: [
      '(?:came|come|comes|coming) to power',
      '(?:took|take|takes|taking|assumed) office',
      'elected',
      're-elected',
      'elections?',
      'referendum',
      'inauguration',
      'resign(?:ed|ation)',
      'coup',
      'revolutions?',
      'regime changes?',
      'succeeded',
    ],
    examples: {
      match: [
        { text: 'After he came to power in 1921, trade grew.', match: 'came to power' },
        { text: 'After the 1989 Velvet Revolution, things changed.', match: 'Revolution' },
      ],
      noMatch: ['The powerful engine.', 'He selected a tie.'],
    },
  },
  {
    id: 'events/political/state',
    type: 'political',
    description: 'independence, collapse, dissolution, withdrawal, joining or leaving an organisation',
    weight: 2,
    patterns: [
      'independence',
      'collapse',
      'collapsed',
      'dissolution',
      'break-?up',
      'withdr(?:ew|awn|awal|aw|aws)',
      'opted out',
      'joined',
      'accession',
      'acceded',
      'membership',
      'left the',
      'suspended (?:its |their )?membership',
      'sanctions',
      'embargo',
      '(?:refused|declined|did not consent|chose not|decided not) to (?:the )?(?:join|joining|sign|extend|extension|extending|renew|renewal|renewing|prolong|prolongation|ratify|remain in|stay in)',
    ],
    examples: {
      match: [
        { text: 'The dissolution of the monarchy in 1918 redrew the map.', match: 'dissolution' },
        { text: 'Denmark opted out of the currency union in 1993.', match: 'opted out' },
        { text: 'In 1966 the republic declined to renew the defence pact.', match: 'declined to renew' },
        { text: 'Sanctions on the junta followed in 1974.', match: 'Sanctions' },
        { text: 'Two provinces did not consent to the extension of the customs accord in 1987.', match: 'did not consent to the extension' },
      ],
      noMatch: ['The collapsible chair.', 'Independently of this, it rained.'],
    },
  },

  {
    id: 'events/political/protest',
    type: 'political',
    description: 'protests, demonstrations, strikes, arrests and detentions',
    weight: 2,
    patterns: [
      'protests?',
      'protested',
      'protesters',
      'demonstrations',
      'demonstrators',
      'detained',
      'arrested',
      'arrests',
      'detentions?',
      'jailed',
    ],
    examples: {
      match: [
        { text: 'Farmers staged protests in the capital in March 1999.', match: 'protests' },
        { text: 'Six union leaders were arrested in May 1988.', match: 'arrested' },
      ],
      noMatch: ['The protestant church.', 'A detainee camp.', 'An arresting photograph.'],
    },
  },

  // ------------------------------------------------------------------ statement
  {
    id: 'events/statement/said',
    type: 'statement',
    description: 'speech verbs: said, stated, announced, declared, noted, emphasized, proposed',
    weight: 2,
    patterns: [
      'said',
      'says',
      'stated',
      'states that',
      'announced',
      'announces',
      'to announce',
      'unveiled',
      'declared',
      'noted',
      'emphasi[sz]ed',
      'stressed',
      'underlined',
      'expressed',
      'pledged',
      'proposed',
      'invited',
      'urged',
      'called (?:on|for)',
      'called',
      'warned',
      'told',
      'reiterated',
      'voiced',
      'sounded',
      'pointed out',
      'remarked',
      'highlighted',
      'mentioned',
      'assured',
      'asserted',
      'commented',
      'explained',
      'recalled that',
      'confirmed',
      'affirmed',
    ],
    examples: {
      match: [
        { text: 'On 3 May, the minister said that talks would go on.', match: 'said' },
        { text: 'In March 2019, she announced a new hospital.', match: 'announced' },
        { text: 'As the minister pointed out in May 2020, the route is vital.', match: 'pointed out' },
      ],
      noMatch: ['The saiga antelope.', 'A notebook.'],
    },
  },
  {
    id: 'events/statement/noun',
    type: 'statement',
    description: 'statements, speeches, addresses, letters',
    weight: 2,
    patterns: ['statements?', 'speech(?:es)?', 'address(?:ed)? (?:to|the)', 'letters?', 'interview', 'remarks'],
    examples: {
      match: [{ text: 'In a statement on 9 June, the commission agreed.', match: 'statement' }],
      noMatch: ['The letterhead was blue.', 'The statesman left.'],
    },
  },

  // ------------------------------------------------------------------ other
  {
    id: 'events/other/works-start',
    type: 'other',
    description: 'the start or restart of construction works (not yet an opening): construction began, laid the foundation stone',
    weight: 3,
    patterns: [
      '(?:construction|building|works?) (?:[\\w-]+ ){0,5}?(?:started|starts|start|began|begun|begin|begins|commenced|resumed|resumes|resume|restarted)',
      '(?:started|starts|start|began|begun|begin|begins|commenced|resumed|resume|restarted) (?:the )?(?:construction|building)',
      '(?:laid|lay|lays|laying) (?:the |a )?(?:foundation|corner) ?stones?',
      '(?:foundation|corner) ?stones? (?:was|were|has been|had been) laid',
      'broke ground',
      'ground-?breaking',
    ],
    examples: {
      match: [
        { text: 'Construction of the canal began in 1881.', match: 'Construction of the canal began' },
        { text: 'The firm started building a new dock in 1960.', match: 'started building' },
        { text: 'The king laid the foundation stone in 1836.', match: 'laid the foundation stone' },
      ],
      noMatch: ['The building is tall.', 'The construction sector employs many.'],
    },
  },
  {
    id: 'events/other/restart',
    type: 'other',
    description: 'a project or process relaunched, revived or moving forward again; borders demarcated; crossings closed',
    weight: 2,
    patterns: [
      'relaunched',
      'relaunch',
      'revived',
      'moved forward',
      'moderni[sz]ed?',
      'moderni[sz]ation',
      'harmoni[sz]ed?',
      'demarcated',
      'delimited',
      '(?:had been|have been|has been|was|were|remained|remains|stayed) closed',
    ],
    examples: {
      match: [
        { text: 'The dormant canal scheme was relaunched in 1994.', match: 'relaunched' },
        { text: 'The river frontier was demarcated in 1905.', match: 'demarcated' },
        { text: 'The board plans to modernise the locks by 1999.', match: 'modernise' },
        { text: 'The mountain pass had been closed since the war of 1866.', match: 'had been closed' },
      ],
      noMatch: ['A forward pass.', 'The launch pad.'],
    },
  },
  {
    id: 'events/other/study-done',
    type: 'other',
    description: 'a study, survey or design finished: a step of a project, not an opening',
    weight: 3,
    patterns: ['(?:study|studies|survey|assessment|review|audit|design|research) (?:[\\w-]+ ){0,5}?(?:completed|finished|concluded)'],
    examples: {
      match: [{ text: 'The route survey is due to be completed by 1990.', match: 'survey is due to be completed' }],
      noMatch: ['The bridge was completed in 1932.'],
    },
  },
  {
    id: 'events/other/change',
    type: 'other',
    description: 'generic happenings: began, started, resolved, halted, suspended, resurfaced, mandate',
    weight: 1,
    patterns: [
      'began',
      'begun',
      'started',
      'halted',
      'suspended',
      'stopped',
      'resurfaced',
      'resumed',
      'resumes',
      'resume',
      'restarted',
      'closed',
      'mandate',
      'took place',
      'happened',
      'occurred',
    ],
    examples: {
      match: [
        { text: 'The old fishing quarrel resurfaced in the 1980s.', match: 'resurfaced' },
        { text: 'Work on the canal halted in May 2016.', match: 'halted' },
      ],
      noMatch: ['The beginner lost.', 'A resolute man.'],
    },
  },
];

/**
 * Words that open the title of a document ("Treaty of Eternal Peace and Fishing
 * Rights"): event words inside such a title are part of a name, not triggers of their own.
 */
export const DOCUMENT_TITLE_HEADS: string[] = [
  'Treaty',
  'Agreement',
  'Declaration',
  'Memorandum',
  'Protocol',
  'Programme',
  'Program',
  'Charter',
  'Convention',
  'Road Map',
  'Roadmap',
  'Strategy',
];

/**
 * Plan markers: a trigger preceded (in its clause, within a few words) by one of these is a plan
 * or target, not a happening ("the tunnel is due to be brought into service in 2040").
 */
export const PLAN_MARKERS: string[] = [
  'scheduled to',
  'scheduled for',
  '(?:is|are|was|were) set to',
  'set to',
  'plans? to',
  'planned to',
  'planning to',
  'aims? to',
  'aimed to',
  'intends? to',
  'intended to',
  '(?:is|are|was|were) expected to',
  'expected to',
  '(?:is|are|was|were) due to',
  'should',
  'could',
  'would',
  '(?:is|are) to be',
  'will',
  'shall',
  'is going to',
  'are going to',
  'deadline for',
  'envisaged',
  'to be (?:completed|built|launched|opened)',
];

/**
 * Plan markers after the trigger ("a visit ... is also planned for this year"): within a few
 * words after it, in its clause.
 */
export const PLAN_MARKERS_AFTER: string[] = [
  '(?:is|are|was|were) (?:also |now )?(?:planned|scheduled|expected|due|envisaged|foreseen)',
  'will take place',
  'is to take place',
];

/**
 * Reference phrases: a sentence with a trigger and no date of its own takes its date from an
 * earlier event when it refers back to it ("In the course of that trip, four accords were signed").
 * `refTypes`: the types of the earlier event referred to (null: the last event of any type).
 * When none of those types is found, the event of the sentence just before is taken.
 * A capitalised head ("during the Great Northern War") names an event rather than refers back.
 */
export interface ReferenceEntry {
  pattern: string;
  refTypes: EventType[] | null;
}

export const REFERENCES: ReferenceEntry[] = [
  { pattern: '(?:during|in the course of|following|after|at the end of|as part of) (?:the|this|that|these|those|his|her|their) (?:[\\w-]+ ){0,3}?(?:visits?|trips?)', refTypes: ['visit'] },
  { pattern: 'on the eve of (?:the|this|that|his|her|their|[\\p{Lu}][\\w’\'-]+) (?:[\\w-]+ ){0,2}?(?:visits?|trips?)', refTypes: ['visit'] },
  { pattern: '(?:during|at|following|after|in the course of) (?:the|this|that|these|their|his|her) (?:[\\w-]+ ){0,3}?(?:talks|meetings?|summit|negotiations|forum|conference)', refTypes: ['meeting', 'visit'] },
  { pattern: '(?:following|after) talks', refTypes: ['meeting', 'visit'] },
  { pattern: 'at the same (?:meeting|summit|forum|event|ceremony|session)', refTypes: ['meeting', 'visit'] },
  { pattern: '(?:during|amid|in the course of) (?:the|this|that) (?:[\\w-]+ ){0,2}?(?:crisis|war|conflict|unrest|revolution|violence|tumults?|clashes|coup)', refTypes: ['security', 'political'] },
  { pattern: 'at that time', refTypes: null },
  { pattern: 'on that (?:day|occasion)', refTypes: null },
  { pattern: 'on the same (?:day|occasion)', refTypes: null },
  { pattern: 'in the presence of', refTypes: ['visit', 'meeting'] },
];

/**
 * Continuation cues: a sentence that opens with one of these and names a happening (a trigger
 * of weight 2 or more) but no date continues the event of the sentence just before it.
 */
export const CONTINUATIONS: string[] = ['in addition', 'also', 'moreover', 'furthermore', 'besides', 'at the same time'];

/**
 * Sequels: a sentence that opens with one of these happened after the event of the sentence
 * before, in the same year as far as the text tells ("Thereafter, X and Y concluded ..."): it takes
 * that event's year, inferred.
 */
export const SEQUELS: string[] = ['thereafter', 'subsequently', 'afterwards', 'later that year', 'soon after', 'shortly after'];

/**
 * Elaboration cues: after them, named documents ("including the Treaty of Perpetual Peace", "the main
 * ones are the Declaration on ...") are each an agreement signed with the package being described.
 */
export const ELABORATIONS: string[] = [
  'including',
  'includes?',
  'included',
  'among them',
  'among which',
  '(?:key|main|principal|major|most important|most significant) (?:ones|documents|agreements|of them|among them)? ?(?:are|were|is|was|include[sd]?)',
  'in particular',
  'notably',
  'such as',
];

/**
 * Absent states: a statement that something of an event kind does not exist or has not happened
 * as of the time of writing ("X has no embassy in Y", "no agreement has been signed yet",
 * "the sides have not yet signed"). Present or present perfect only (a state as of the brief's
 * date): past narrative ("in 1999 there was no embassy") never matches. The extractor rejects a
 * match in a question or a conditional clause ("if there is no treaty ...").
 * The resolver makes each an event of `type` dated by the brief, with state 'absent'.
 */
const ABSENT_MISSION = '(?:embass(?:y|ies)|consulates?(?:[- ]general)?|diplomatic (?:missions?|relations|ties))';
const ABSENT_DOCUMENT = '(?:agreements?|treaty|treaties|conventions?|accords?|peace deal)';
const ABSENT_SERVICE = '(?:direct|regular|scheduled|non-stop) (?:air |passenger |rail |bus )?(?:flights?|air links?|services?|connections?)';
const STILL = '(?:still |yet |as yet |so far |currently )?';

export const ABSENT_STATES: TriggerEntry[] = [
  {
    id: 'events/absent/no-mission',
    type: 'diplomatic',
    description: 'a country has no embassy, consulate or diplomatic relations (present tense): a diplomatic state as of writing',
    weight: 3,
    patterns: [
      `(?:has|have) ${STILL}no (?:[\\w-]+ ){0,2}?${ABSENT_MISSION}`,
      `(?:does|do) ${STILL}not ${STILL}have (?:a |an |any )?(?:[\\w-]+ ){0,2}?${ABSENT_MISSION}`,
      `there (?:is|are) ${STILL}no (?:[\\w-]+ ){0,2}?${ABSENT_MISSION}`,
      `(?:has|have) ${STILL}not ${STILL}(?:opened|established) (?:a |an |any )?(?:[\\w-]+ ){0,2}?${ABSENT_MISSION}`,
    ],
    examples: {
      match: [
        { text: 'Norway has no embassy in Bolivia.', match: 'has no embassy' },
        { text: 'Chile still does not have a resident embassy in Oslo.', match: 'does not have a resident embassy' },
        { text: 'There are as yet no diplomatic relations between the two kingdoms.', match: 'There are as yet no diplomatic relations' },
        { text: 'Peru has not yet opened a consulate in Tromsø.', match: 'has not yet opened a consulate' },
      ],
      noMatch: [
        'In 1999 there was no embassy in the city.',
        'Norway had no embassy in Bolivia until 2004.',
        'Norway has an embassy in Bolivia.',
        'If there is no embassy in the country, citizens may turn to a consulate.',
        'Why does Chile not have an embassy in Oslo?',
      ],
    },
  },
  {
    id: 'events/absent/no-agreement',
    type: 'agreement',
    description: 'no agreement, treaty or convention exists or has been signed yet (present or present perfect)',
    weight: 3,
    patterns: [
      `there (?:is|are) ${STILL}no (?:[\\w-]+ ){0,3}?${ABSENT_DOCUMENT}(?! (?:among|as to|that|whether|about whether))`,
      `no (?:[\\w-]+ ){0,2}?${ABSENT_DOCUMENT} (?:has|have) ${STILL}been (?:signed|concluded|reached|ratified|adopted|put in place)`,
      `(?:has|have) ${STILL}not ${STILL}(?:been )?(?:signed|ratified|concluded)`,
      `(?:is|are) ${STILL}yet to be (?:signed|ratified|concluded)`,
      `(?:has|have) ${STILL}yet to (?:sign|ratify|conclude)`,
    ],
    examples: {
      match: [
        { text: 'There is still no treaty on the border between the two republics.', match: 'There is still no treaty' },
        { text: 'No bilateral agreement has yet been signed on fishing quotas.', match: 'No bilateral agreement has yet been signed' },
        { text: 'The two governments have not yet signed the water accord.', match: 'have not yet signed' },
        { text: 'The protocol is yet to be ratified by the parliament.', match: 'is yet to be ratified' },
        { text: 'To date, no binding convention has been put in place.', match: 'no binding convention has been put in place' },
      ],
      noMatch: [
        'There was no agreement on the border in 1995.',
        'The treaty had not been signed when the war broke out.',
        'There is no agreement among experts on the cause of the drought.',
        'Unless the protocol has not been ratified, trade will resume.',
        'Has the treaty not been signed yet?',
        'The talks failed to agree on a text in 2004.',
        'The riparian states have so far failed to agree on water quotas.',
      ],
    },
  },
  {
    id: 'events/absent/no-service',
    type: 'opening',
    description: 'no direct flights or regular services run (present tense): an opening that has not happened as of writing',
    weight: 3,
    patterns: [
      `there (?:is|are) ${STILL}no ${ABSENT_SERVICE}`,
      `no ${ABSENT_SERVICE} (?:exists?|operates?|runs?|connects?|links?)`,
    ],
    examples: {
      match: [
        { text: 'There are still no direct flights between Lima and Oslo.', match: 'There are still no direct flights' },
        { text: 'No regular rail service runs between the two capitals.', match: 'No regular rail service runs' },
      ],
      noMatch: [
        'There were no direct flights before 2010.',
        'Direct flights between Lima and Oslo began in 2019.',
        'If there are no direct flights, travellers change in Madrid.',
      ],
    },
  },
];
