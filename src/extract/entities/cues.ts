/**
 * Cue words that decide what a capitalised run the gazetteer lacks is (or that it is no name):
 * each family is data (its words) with examples of its own, tested in
 * tests/extract/entities/cues.test.ts. An example gives a sentence and the entity (name, kind)
 * the extractor must find in it (`match`), or a name it must not find (`noMatch`: the name and,
 * optionally, the kind it must not get).
 */
import type { EntityKind } from '../../core/types.js';

export interface CueExample {
  text: string;
  name: string;
  /** For a match: the kind the entity gets. For a no-match: the kind it must not get (any kind when absent). */
  kind?: EntityKind;
}

export interface CueFamily {
  id: string;
  description: string;
  examples: { match: CueExample[]; noMatch: CueExample[] };
}

/**
 * Head words of a document (a treaty, an accord, an act), capitalised inside a name: the name is
 * a document (kind other), never a person or a place, whatever its other words are ("Abraham
 * Accords", "Tehran Convention", "Declaration on ...").
 */
export const DOCUMENT_HEAD_WORDS: readonly string[] = [
  'Declaration', 'Declarations', 'Treaty', 'Treaties', 'Agreement', 'Agreements', 'Accord', 'Accords',
  'Memorandum', 'Protocol', 'Protocols', 'Convention', 'Charter', 'Pact', 'Programme', 'Program', 'Plan',
  'Strategy', 'Concept', 'Doctrine', 'Law', 'Act', 'Amendment', 'Resolution', 'Communiqué', 'Roadmap', 'Map',
  'Statute', 'Decree', 'Code', 'Constitution',
];

/**
 * Head words of an event or a periodical ("Baku Energy Week", "Caspian Energy Review"): kind
 * other; the words before them are not a company or a body.
 */
export const EVENT_HEAD_WORDS: readonly string[] = [
  'Week', 'Summit', 'Conference', 'Congress', 'Festival', 'Games', 'Olympiad', 'Expo', 'Exhibition', 'Fair',
  'Biennale', 'Days', 'Outlook', 'Review', 'Monitor', 'Bulletin', 'Yearbook',
];

/**
 * Head words of a building, venue or monument ("Nizami Palace", "Expo City Hall", "Neutrality
 * Monument"): kind other (a place of meeting, not a city or region, not a person).
 */
export const VENUE_HEAD_WORDS: readonly string[] = [
  'Palace', 'Hall', 'Stadium', 'Arena', 'Hotel', 'Tower', 'Towers', 'Theatre', 'Theater', 'Mosque', 'Cathedral',
  'Church', 'Pavilion', 'Mausoleum', 'Monument', 'Memorial', 'Plaza', 'Residence', 'Castle', 'Fortress',
  'Auditorium', 'Cinema', 'Bazaar', 'Mall', 'Avenue', 'Street', 'Boulevard', 'Square', 'Building',
];

/**
 * Lower-case nouns right after a new name that give its kind ("the Davydov glacier", "the ruling
 * Zhana Kadam party", "the Jackson-Vanik amendment", "its Nur Navoi plant"). `withNoun`: the noun is
 * part of the entity's name (a glacier, an amendment, a plant); otherwise the name alone is the
 * entity (a party, a company).
 */
export const KIND_NOUNS_AFTER: readonly { kind: EntityKind; withNoun: boolean; nouns: readonly string[] }[] = [
  { kind: 'region', withNoun: true, nouns: ['glacier', 'river', 'lake', 'valley', 'gorge', 'pass', 'mountains', 'range', 'peak', 'plateau', 'desert', 'basin', 'delta', 'oasis', 'island', 'peninsula', 'bay', 'strait', 'district', 'oblast', 'province', 'raion', 'county', 'municipality'] },
  { kind: 'project', withNoun: true, nouns: ['plant', 'station', 'dam', 'reservoir', 'mine', 'deposit', 'refinery', 'factory', 'terminal', 'hub', 'bridge', 'tunnel', 'cascade', 'complex', 'channel'] },
  { kind: 'other', withNoun: true, nouns: ['amendment', 'accord', 'accords', 'treaty', 'doctrine', 'declaration', 'pact', 'protocol', 'format', 'process'] },
  { kind: 'organization', withNoun: false, nouns: ['party', 'movement', 'foundation'] },
  { kind: 'company', withNoun: false, nouns: ['company', 'corporation', 'conglomerate', 'holding'] },
];

/**
 * Words before a new name that make it a settlement or an area ("the town of Kara-Su", "the
 * village of Ak-Tash", "the district of Batken"): the lower-case noun and "of".
 */
export const PLACE_NOUNS_BEFORE: Readonly<Record<string, EntityKind>> = {
  town: 'city', city: 'city', village: 'city', settlement: 'city', hamlet: 'city', port: 'city', capital: 'city',
  district: 'region', region: 'region', province: 'region', oblast: 'region', county: 'region', valley: 'region',
};

/**
 * Capitalised auxiliaries and copulas (headlines in title case: "Region Is Betting on Wind"):
 * never inside a name, they cut a capitalised run.
 */
export const HEADLINE_VERBS: readonly string[] = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'did', 'been', 'being', 'would', 'could', 'should',
  'must', 'shall', 'gets', 'looks', 'seeks', 'wants', 'needs', 'makes', 'takes', 'goes', 'bets', 'betting',
];

/** Imperatives that open a sentence ("See the Commission's overview"): not part of a name there. */
export const IMPERATIVES: readonly string[] = ['see', 'use', 'compare', 'read', 'consider', 'visit', 'click', 'download', 'follow', 'watch', 'subscribe', 'cf'];

/**
 * Adjectives that with a generic place head make a common phrase, not a name ("Historic
 * Centre", "Old Town", "City Centre"); legal forms with a generic head ("JSC Center") neither.
 */
export const GENERIC_ADJECTIVES: readonly string[] = ['historic', 'historical', 'old', 'new', 'ancient', 'modern', 'main', 'central', 'downtown', 'inner', 'outer', 'upper', 'lower', 'city', 'business', 'commercial', 'industrial', 'jsc', 'ojsc', 'cjsc', 'llc', 'llp', 'plc', 'ltd', 'inc', 'pjsc'];
export const GENERIC_PLACE_HEADS: readonly string[] = ['centre', 'center', 'town', 'city', 'quarter', 'district', 'square', 'market', 'bazaar', 'part', 'area', 'zone', 'office', 'building', 'complex', 'company', 'group'];

/**
 * Plural titles ("Prime Ministers Leyla Karimova and ...", "Deputy Ministers ..."): a person title
 * with its last word in the plural is a title too, cut from the names after it.
 */
export function pluralTitleWord(w: string): string[] {
  if (/y$/i.test(w) && !/[aeiou]y$/i.test(w)) return [`${w.slice(0, -1)}ies`];
  if (/(?:s|sh|ch|x)$/i.test(w)) return [`${w}es`];
  return [`${w}s`];
}

export const CUE_FAMILIES: CueFamily[] = [
  {
    id: 'entities/cue/title-plural',
    description: 'A person title in the plural before names is cut from them ("Foreign Ministers Aino Lepp and Tiit Kask")',
    examples: {
      match: [
        { text: 'Foreign Ministers Aino Lepp and Tiit Kask met in Tallinn in 2021.', name: 'Aino Lepp', kind: 'person' },
        { text: 'In 2022 Deputy Ministers Rasa Vaitkute and Jonas Petraitis signed the plan.', name: 'Rasa Vaitkute', kind: 'person' },
        { text: 'Energy Ministers Aino Lepp and Tiit Kask met in Tehran in 2019.', name: 'Tiit Kask', kind: 'person' },
        { text: 'In 2021 Prime Ministers Leyla Karimova and Farid Mammadov met in Baku.', name: 'Farid Mammadov', kind: 'person' },
      ],
      noMatch: [
        { text: 'Foreign Ministers Aino Lepp and Tiit Kask met in Tallinn in 2021.', name: 'Ministers Aino Lepp' },
        { text: 'In 2022 Deputy Ministers Rasa Vaitkute and Jonas Petraitis signed the plan.', name: 'Deputy Ministers Rasa Vaitkute' },
      ],
    },
  },
  {
    id: 'entities/cue/title-in-body',
    description: 'A title word that with the next word names a body ("the General Council") is no title: the name is not a person',
    examples: {
      match: [{ text: 'In 2019 the Steppe Water Board elected Dr. Ilse Varga as chair.', name: 'Ilse Varga', kind: 'person' }],
      noMatch: [
        { text: 'In 2019 the General Council adopted the package.', name: 'Council', kind: 'person' },
        { text: 'The General Assembly adopted a resolution in 2018.', name: 'Assembly', kind: 'person' },
      ],
    },
  },
  {
    id: 'entities/cue/document-head',
    description: 'A document head word (Accords, Treaty, Act, Amendment ...) makes the name a document (kind other), never a person or a place',
    examples: {
      match: [
        { text: 'In 2020 the country said it would join the Abraham Accords.', name: 'Abraham Accords', kind: 'other' },
        { text: 'The Samarkand Declaration on Regional Alliance was signed in 2024.', name: 'Samarkand Declaration on Regional Alliance', kind: 'other' },
        { text: 'The Helsinki Final Act was signed in 1975.', name: 'Helsinki Final Act', kind: 'other' },
      ],
      noMatch: [
        { text: 'In 2020 the country said it would join the Abraham Accords.', name: 'Abraham Accords', kind: 'person' },
        { text: 'The accords were signed in 2020.', name: 'accords' },
      ],
    },
  },
  {
    id: 'entities/cue/event-head',
    description: 'An event or periodical head word (Week, Summit, Review, Outlook ...) ends the name of an event or a publication (kind other), not of a company',
    examples: {
      match: [{ text: 'Ministers met on the sidelines of Tallinn Energy Week in 2023.', name: 'Tallinn Energy Week', kind: 'other' }],
      noMatch: [
        { text: 'Ministers met on the sidelines of Tallinn Energy Week in 2023.', name: 'Tallinn Energy', kind: 'company' },
        { text: 'Figures from the Baltic Energy Outlook of 2019 were cited.', name: 'Baltic Energy', kind: 'company' },
      ],
    },
  },
  {
    id: 'entities/cue/venue-head',
    description: 'A building, venue or monument head word (Palace, Hall, Stadium, Monument ...) makes the name a venue (kind other), not a city, region or person',
    examples: {
      match: [
        { text: 'The summit opened at the Vasara Palace in 2022.', name: 'Vasara Palace', kind: 'other' },
        { text: 'A Neutrality Monument was restored in the centre of the capital in 2018.', name: 'Neutrality Monument', kind: 'other' },
        { text: 'The forum met in the Tallinn Expo Hall in 2021.', name: 'Tallinn Expo Hall', kind: 'other' },
      ],
      noMatch: [
        { text: 'The summit opened at the Vasara Palace in 2022.', name: 'Vasara Palace', kind: 'region' },
        { text: 'The hall of the palace was full in 2022.', name: 'hall' },
      ],
    },
  },
  {
    id: 'entities/cue/institution-head',
    description: 'A school head word (Polytechnic, Conservatory, Lyceum ...) makes the name an organisation, not a city',
    examples: {
      match: [{ text: 'In 2019 the prize went to students of the Riga Polytechnic.', name: 'Riga Polytechnic', kind: 'organization' }],
      noMatch: [{ text: 'In 2019 the prize went to students of the Riga Polytechnic.', name: 'Riga Polytechnic', kind: 'city' }],
    },
  },
  {
    id: 'entities/cue/kind-noun-after',
    description: 'A lower-case noun right after a new name gives its kind: a glacier or district (region), a plant (project), an amendment (other), a party (organisation), a company',
    examples: {
      match: [
        { text: 'Since 2000 the Petrov glacier has lost a third of its ice.', name: 'Petrov glacier', kind: 'region' },
        { text: 'The Jackson-Vanik amendment of 1974 linked trade to emigration.', name: 'Jackson-Vanik amendment', kind: 'other' },
        { text: 'In 2021 the ruling Zhana Kadam party lost seats.', name: 'Zhana Kadam', kind: 'organization' },
        { text: 'Its Solnce Tallinn plant was opened in 2021.', name: 'Solnce Tallinn plant', kind: 'project' },
      ],
      noMatch: [
        { text: 'Since 2000 the Petrov glacier has lost a third of its ice.', name: 'Petrov', kind: 'person' },
        { text: 'Its Solnce Tallinn plant was opened in 2021.', name: 'Solnce', kind: 'person' },
      ],
    },
  },
  {
    id: 'entities/cue/place-noun-before',
    description: '"the town of X", "the district of X": a new name after a settlement or area noun and "of" is a city or region, not a person',
    examples: {
      match: [
        { text: 'Fighting broke out near the town of Kara-Tepe in 2021.', name: 'Kara-Tepe', kind: 'city' },
        { text: 'Clashes broke out in Kara-Su in 2021.', name: 'Kara-Su', kind: 'city' },
      ],
      noMatch: [{ text: 'Fighting broke out near the town of Kara-Tepe in 2021.', name: 'Kara-Tepe', kind: 'person' }],
    },
  },
  {
    id: 'entities/cue/headline-verb',
    description: 'An auxiliary or copula in a title-case headline ("Region Is Betting on Wind") cuts the run: no name is made of the headline',
    examples: {
      match: [{ text: 'Why Tallinn Is Betting on Wind\nThe Estonian Wind Association said in 2020 that capacity grew.', name: 'Estonian Wind Association', kind: 'organization' }],
      noMatch: [
        { text: 'Why the Region Is Betting on Wind\nCapacity grew in 2020.', name: 'Region Is Betting' },
        { text: 'Why the Region Has Changed\nCapacity grew in 2020.', name: 'Region Has Changed' },
      ],
    },
  },
  {
    id: 'entities/cue/imperative',
    description: 'An imperative opening a sentence ("See the Commission\'s report") is no part of a name',
    examples: {
      match: [{ text: 'See the Steppe Water Commission overview of 2020.', name: 'Steppe Water Commission', kind: 'organization' }],
      noMatch: [{ text: 'See the Steppe Water Commission overview of 2020.', name: 'See the Steppe Water Commission' }],
    },
  },
  {
    id: 'entities/cue/generic-phrase',
    description: 'A generic adjective or a legal form with a generic head ("Historic Centre", "JSC Center") is a common phrase, not a name',
    examples: {
      match: [{ text: 'The Vilnius Business Centre opened in 2019.', name: 'Vilnius Business Centre', kind: 'organization' }],
      noMatch: [
        { text: 'Tourists crowd the Historic Centre every summer since 2019.', name: 'Historic Centre' },
        { text: 'A JSC Center was set up in 2019.', name: 'JSC Center' },
      ],
    },
  },
  {
    id: 'entities/cue/coordination',
    description: 'Two complete names of bodies joined by "and" are two entities ("Tartu University and Riga Technical University"); "and" between a place and a body, or a body and a trailing country, ends the name',
    examples: {
      match: [
        { text: 'In 2019 Tartu University and Riga Technical University signed an exchange.', name: 'Tartu University', kind: 'organization' },
        { text: 'In 2019 Tartu University and Riga Technical University signed an exchange.', name: 'Riga Technical University', kind: 'organization' },
        { text: 'The State Agency for Digital Services and Kazakhstan signed a deal in 2020.', name: 'State Agency for Digital Services', kind: 'organization' },
        { text: 'In 2019 Astana Medical University and Tashkent State University signed a deal.', name: 'Tashkent State University', kind: 'organization' },
      ],
      noMatch: [
        { text: 'In 2019 Tartu University and Riga Technical University signed an exchange.', name: 'Tartu University and Riga Technical University' },
        { text: 'The State Agency for Digital Services and Kazakhstan signed a deal in 2020.', name: 'State Agency for Digital Services and Kazakhstan' },
        { text: 'In 2020 the ministers of Latvia, Kazakhstan and Türkiye and Commission Vice-President Aino Lepp signed.', name: 'Kazakhstan and Türkiye and Commission' },
        { text: 'In 2019 Astana Medical University and Tashkent State University signed a deal.', name: 'Astana Medical University and Tashkent State University' },
      ],
    },
  },
  {
    id: 'entities/cue/company-form',
    description: 'New companies whose names differ only in a form head ("... Mining Combine" / "... Mining Company") are one company, unless one sentence names both',
    examples: {
      match: [{ text: 'In 2019 the Tartu Mining Combine cut output. The Tartu Mining Company said in 2020 that it would reopen.', name: 'Tartu Mining Combine', kind: 'company' }],
      noMatch: [
        { text: 'In 2019 the Tartu Mining Combine cut output. The Tartu Mining Company said in 2020 that it would reopen.', name: 'Tartu Mining Company' },
        { text: 'In 2019 the Tartu Mining Combine cut output.', name: 'Tartu Mining Combine', kind: 'organization' },
      ],
    },
  },
  {
    id: 'entities/cue/lone-name',
    description: 'A given name or surname alone joins the only person of the brief named in full with it; a lone word that joins nobody and has no title is no person',
    examples: {
      match: [
        { text: 'In 2007 Aidana Kurmanova founded the centre. Aidana now chairs it.', name: 'Aidana Kurmanova', kind: 'person' },
        { text: 'In 2019 Charles Michel met the leaders. In 2024 Antonio Costa succeeded Michel as president.', name: 'Charles Michel', kind: 'person' },
        { text: 'Prime Minister Maryam Sharif attended the ceremony in 2015.', name: 'Maryam Sharif', kind: 'person' },
        { text: 'In 2020 Aidana Kurmanova founded the fund. In 2022 the board thanked Director Aidana for her work.', name: 'Aidana Kurmanova', kind: 'person' },
      ],
      noMatch: [
        { text: 'In 2007 Aidana Kurmanova founded the centre. Aidana now chairs it.', name: 'Aidana', kind: 'person' },
        { text: 'In 2019 Charles Michel met the leaders. In 2024 Antonio Costa succeeded Michel as president.', name: 'Michel', kind: 'person' },
        { text: 'Prime Minister Maryam Sharif attended the ceremony in 2015.', name: 'Maryam', kind: 'person' },
        { text: 'In 2020 Aidana Kurmanova founded the fund. In 2022 the board thanked Director Aidana for her work.', name: 'Aidana', kind: 'person' },
        { text: 'Prime Minister Maryam Sharif attended the ceremony in 2015. Sharif spoke first.', name: 'Shehbaz Sharif' },
        { text: 'In 2019 the new Chang brand sold well.', name: 'Chang', kind: 'person' },
      ],
    },
  },
];
