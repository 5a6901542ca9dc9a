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
      '(?:state|official|working|reciprocal|return|first|historic|high-level|highlevel|ministerial|presidential) visits?',
      '(?:paid|pays|pay|paying|made|makes) (?:a|an|his|her|their|its) (?:\\w+ ){0,2}visits?',
      '(?:sent|sends|send|dispatched) (?:a |an |the |its |their |his |her )?(?:[\\w-]+ ){0,2}(?:delegations?|ministers?|envoys?|missions?|emissar(?:y|ies)) to',
    ],
    examples: {
      match: [
        { text: 'The president paid an official visit to Ankara in May 2019.', match: 'paid an official visit' },
        { text: 'A state visit took place in 2015.', match: 'state visit' },
        { text: 'Both states sent their foreign ministers to Bishkek in 2010.', match: 'sent their foreign ministers to' },
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
        { text: 'The two leaders held bilateral talks in Astana in 2019.', match: 'held bilateral talks' },
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
      'hosts',
      'host',
    ],
    examples: {
      match: [
        { text: 'The foreign ministers met in Baku on 12 March 2021.', match: 'met' },
        { text: 'The summit in Aktau in 2018 was decisive.', match: 'summit' },
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
        { text: 'A 1997 agreement bans fishing in the bay.', match: 'agreement' },
        { text: 'The Treaty of Friendship dates from 1996.', match: 'Treaty' },
        { text: 'In 2022, 18 documents were signed.', match: 'documents were signed' },
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
        { text: 'The border dispute was resolved in 2019.', match: 'resolved' },
        { text: 'In 2010 the sides reached a compromise.', match: 'reached a compromise' },
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
        { text: 'Diplomatic relations were established on 5 May 1993.', match: 'Diplomatic relations' },
        { text: 'In 2014 the two states upgraded their relations to an alliance.', match: 'upgraded their relations' },
        { text: 'Rapprochement began in 2007.', match: 'Rapprochement' },
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
        { text: 'Ankara recalled its ambassador in 2010.', match: 'recalled its ambassador' },
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
        { text: 'Relations were frozen between 1994 and 1998.', match: 'Relations were frozen' },
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
      'resumed (?:its )?work',
    ],
    examples: {
      match: [
        { text: 'The council was established in March 2017.', match: 'established' },
        { text: 'Founded in 1984, the institute studies borders.', match: 'Founded' },
        { text: 'In 2009 the forum evolved into an organization.', match: 'evolved into' },
      ],
      noMatch: ['The foundations are solid.', 'A well-established fact.', 'They reformed it.'],
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
    ],
    examples: {
      match: [
        { text: 'The line was put into operation in 2017.', match: 'put into operation' },
        { text: 'The new port is set to begin operations next spring.', match: 'begin operations' },
        { text: 'The plant was commissioned in 2009.', match: 'commissioned' },
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
      'completion of',
      'built',
      'constructed',
      'construction of',
    ],
    examples: {
      match: [
        { text: 'A new clinic opened in Ganja in 2018.', match: 'opened' },
        { text: 'The railway was launched in October 2017.', match: 'launched' },
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
        { text: 'In 2015, the firm purchased a local gas distributor.', match: 'purchased' },
        { text: 'The firm acquired a refinery in 2015.', match: 'acquired' },
      ],
      noMatch: ['He paid a visit to Riga.', 'The acquirer left.'],
    },
  },
  {
    id: 'events/economic/trade',
    type: 'economic',
    description: 'trends of trade, transit and investment (increased, rose); not next to a figure, which states a quantity',
    weight: 1,
    patterns: [
      'rose',
      'increased',
      'grew',
      'decreased',
      'fell',
      'declined',
    ],
    examples: {
      match: [
        { text: 'Imports from the region increased in 2017.', match: 'increased' },
        { text: 'Tourist numbers rose sharply in 2017.', match: 'rose' },
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
        { text: 'During the 2014 violence in the valley, many fled.', match: 'violence' },
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
        { text: 'In 2013 the republic sent 300 more soldiers.', match: 'soldiers' },
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
        { text: 'After he came to power in 2003, trade grew.', match: 'came to power' },
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
      'did not consent',
      'refused',
    ],
    examples: {
      match: [
        { text: 'In 1992, with the dissolution of the federation, the republics became independent.', match: 'dissolution' },
        { text: 'Since 2015, the country has opted out of the bloc.', match: 'opted out' },
      ],
      noMatch: ['The collapsible chair.', 'Independently of this, it rained.'],
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
      'mandate',
      'took place',
      'happened',
      'occurred',
    ],
    examples: {
      match: [
        { text: 'The quarrel resurfaced in 2016.', match: 'resurfaced' },
        { text: 'Work on the canal halted in May 2016.', match: 'halted' },
      ],
      noMatch: ['The beginner lost.', 'A resolute man.'],
    },
  },
];

/**
 * Words that open the title of a document ("Treaty on Strategic Partnership and Allied
 * Relations"): event words inside such a title are part of a name, not triggers of their own.
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
 * or target, not a happening ("scheduled to be put into operation in 2023").
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
  '(?:is|are) expected to',
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
 * earlier event when it refers back to it ("During the visit, 19 documents were signed").
 * `refTypes`: the types of the earlier event referred to (null: the last event of any type).
 * When none of those types is found, the event of the sentence just before is taken.
 * A capitalised head ("during the Second Karabakh War") names an event rather than refers back.
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
 * before, in the same year as far as the text tells ("Thereafter, X and Y signed ..."): it takes
 * that event's year, inferred.
 */
export const SEQUELS: string[] = ['thereafter', 'subsequently', 'afterwards', 'later that year', 'soon after', 'shortly after'];

/**
 * Elaboration cues: after them, named documents ("including the Treaty of Friendship", "the key
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
