/**
 * Data for claim keys: how event objects and figure measures are named, so that different
 * wordings of the same claim meet. Reviewed like code; general English, no brief-specific entries.
 */

/** Words dropped from a measure phrase before it becomes a key. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'into', 'with', 'between',
  'and', 'or', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'was', 'were', 'is',
  'are', 'be', 'been', 'has', 'have', 'had', 'it', 'as', 'per', 'than', 'about', 'some', 'around',
  'approximately', 'nearly', 'almost', 'over', 'more', 'less', 'up', 'least', 'which', 'who',
  'two', 'both', 'countries', 'country', 'sides', 'side', 'states', 'nations', 'year', 'years',
  'during', 'within', 'since', 'until', 'reached', 'reach', 'amounted', 'amount', 'totalled',
  'totaled', 'stood', 'made', 'makes', 'accounted', 'account',
]);

/**
 * Words that say "how much" rather than "what": dropped from measure keys
 * ("volume of bilateral trade" → trade; "total amount of investment" → investment).
 */
export const GENERIC_MEASURE_WORDS: ReadonlySet<string> = new Set([
  'volume', 'total', 'overall', 'level', 'value', 'figure', 'size', 'sum', 'bilateral',
  'mutual', 'annual', 'annually', 'yearly', 'current', 'combined', 'aggregate', 'general',
  'estimated', 'approximate', 'officially', 'official', 'registered', 'recorded', 'reported',
  'transaction', 'transactions', 'operation', 'operations', 'indicator', 'indicators',
]);

/**
 * Token synonyms applied after stemming: each key folds into its value.
 * ("turnover" and "trade" both mean trade between the subjects; documents signed of any kind.)
 */
export const TOKEN_SYNONYMS: Readonly<Record<string, string>> = {
  turnover: 'trade',
  commerce: 'trade',
  'foreign-trade': 'trade',
  exporting: 'export',
  exported: 'export',
  importing: 'import',
  imported: 'import',
  investing: 'investment',
  invested: 'investment',
  fdi: 'investment',
  agreement: 'document',
  memorandum: 'document',
  memoranda: 'document',
  treaty: 'document',
  protocol: 'document',
  contract: 'document',
  accord: 'document',
  enterprise: 'company',
  firm: 'company',
  venture: 'company',
  barrel: 'oil',
  crude: 'oil',
  tonne: 'ton',
  tons: 'ton',
};

/**
 * What a figure measures: when a measure phrase holds any of these (after stemming and
 * synonyms), only these make its key ("the aim to increase trade to $1 billion" → trade), so
 * wordings around the measured thing do not keep statements apart.
 */
export const CORE_MEASURE_WORDS: ReadonlySet<string> = new Set([
  'trade', 'export', 'import', 'investment', 'document', 'company', 'project', 'gas', 'oil',
  'non-oil', 'cargo', 'container', 'transit', 'transshipment', 'freight', 'troop', 'soldier',
  'people', 'pupil', 'student', 'tourist', 'village', 'shipment', 'supply', 'delivery', 'gdp',
  'population', 'reserve', 'production', 'capacity', 'length', 'tariff', 'price', 'growth',
  'share', 'debt', 'loan', 'aid', 'grant', 'budget', 'revenue', 'income', 'wage', 'salary',
  'unemployment', 'inflation', 'employment', 'worker', 'migrant', 'refugee', 'casualty',
  'death', 'flight', 'train', 'truck', 'vehicle', 'wheat', 'grain', 'cotton', 'electricity',
  'power', 'energy', 'water', 'road', 'railway', 'pipeline', 'port', 'remittance', 'visit',
  'embassy', 'consulate', 'school', 'university', 'tonnage', 'passenger', 'member',
]);

/** Measure heads whose direction matters ("exports from A to B" is not "exports from B to A"). */
export const DIRECTIONAL_HEADS: ReadonlySet<string> = new Set([
  'export', 'import', 'supply', 'shipment', 'investment', 'transit', 'delivery', 'sale', 'purchase',
]);

/**
 * Objects an event is about, found in the event's quote near its trigger. `once`: a thing that
 * happens once for a set of actors (diplomatic relations are established once), so different
 * dates for it are a conflict; otherwise events with disjoint dates are different happenings.
 * `located`: the place (event `where`) is part of the key (an embassy in X is not one in Y).
 * Longer names first: the first pattern that matches at the closest place wins.
 */
export interface EventObject {
  name: string;
  once: boolean;
  located?: boolean;
  patterns: RegExp[];
}

export const EVENT_OBJECTS: EventObject[] = [
  { name: 'diplomatic relations', once: true, patterns: [/\bdiplomatic\s+(?:relations|ties|links)\b/i, /\brelations\s+were\s+(?:formally\s+)?established\b/i] },
  { name: 'comprehensive strategic partnership', once: true, patterns: [/\bcomprehensive\s+strategic\s+partnership\b/i] },
  { name: 'strategic partnership', once: true, patterns: [/\bstrategic\s+partnership\b/i] },
  { name: 'alliance', once: true, patterns: [/\b(?:treaty|declaration)\s+(?:on|of)\s+(?:allied|alliance)\b/i, /\balliance\s+(?:treaty|relations)\b/i] },
  { name: 'friendship treaty', once: true, patterns: [/\btreaty\s+(?:on|of)\s+friendship\b/i, /\bfriendship\s+(?:and\s+cooperation\s+)?treaty\b/i] },
  { name: 'free trade agreement', once: true, patterns: [/\bfree[-\s]trade\s+(?:agreement|area|zone|regime)\b/i] },
  { name: 'visa-free regime', once: true, patterns: [/\bvisa[-\s]free\s+(?:regime|travel|entry)\b/i] },
  { name: 'intergovernmental commission', once: true, patterns: [/\b(?:intergovernmental|inter-governmental|joint|bilateral)\s+(?:economic\s+)?commission\b/i] },
  { name: 'cooperation council', once: true, patterns: [/\b(?:strategic\s+)?cooperation\s+council\b/i, /\bhigh[-\s]level\s+(?:strategic\s+)?(?:cooperation\s+)?council\b/i] },
  { name: 'embassy', once: true, located: true, patterns: [/\bembass(?:y|ies)\b/i] },
  { name: 'consulate', once: true, located: true, patterns: [/\bconsulates?(?:[-\s]general)?\b/i] },
  { name: 'independence', once: true, patterns: [/\bindependence\b/i] },
  { name: 'trade house', once: false, located: true, patterns: [/\btrade\s+(?:house|mission|office)s?\b/i] },
  { name: 'road map', once: false, patterns: [/\broad\s*map\b/i] },
  { name: 'memorandum', once: false, patterns: [/\bmemorand(?:um|a)\b/i] },
  { name: 'declaration', once: false, patterns: [/\bdeclarations?\b/i] },
  { name: 'railway', once: false, patterns: [/\brail(?:way|road)s?\b/i] },
  { name: 'pipeline', once: false, patterns: [/\bpipelines?\b/i] },
  { name: 'school', once: false, located: true, patterns: [/\bschools?\b/i] },
  { name: 'centre', once: false, located: true, patterns: [/\bcent(?:re|er)s?\b/i] },
  { name: 'port', once: false, patterns: [/\bports?\b/i, /\bterminals?\b/i] },
  { name: 'fund', once: false, patterns: [/\bfunds?\b/i] },
];

/**
 * Capitals stand for their country in claim subjects ("Baku and Astana agreed" = Azerbaijan and
 * Kazakhstan). Canonical names as the gazetteer gives them. Facts, not tuning.
 */
export const CAPITALS: Readonly<Record<string, string>> = {
  Baku: 'Azerbaijan',
  Astana: 'Kazakhstan',
  Tashkent: 'Uzbekistan',
  Ashgabat: 'Turkmenistan',
  Bishkek: 'Kyrgyzstan',
  Dushanbe: 'Tajikistan',
  Tbilisi: 'Georgia',
  Yerevan: 'Armenia',
  Moscow: 'Russia',
  Ankara: 'Türkiye',
  Tehran: 'Iran',
  Beijing: 'China',
  Kyiv: 'Ukraine',
  Minsk: 'Belarus',
  Kabul: 'Afghanistan',
  Islamabad: 'Pakistan',
  'New Delhi': 'India',
  Washington: 'United States',
  Berlin: 'Germany',
  Paris: 'France',
  London: 'United Kingdom',
  Rome: 'Italy',
  Tokyo: 'Japan',
  Seoul: 'South Korea',
  Ulaanbaatar: 'Mongolia',
  Chisinau: 'Moldova',
  Riyadh: 'Saudi Arabia',
  'Abu Dhabi': 'United Arab Emirates',
  Doha: 'Qatar',
  Cairo: 'Egypt',
  Budapest: 'Hungary',
  Warsaw: 'Poland',
  Bucharest: 'Romania',
  Sofia: 'Bulgaria',
  Athens: 'Greece',
  Vienna: 'Austria',
};

/**
 * Triggers that end or undo something (an embassy closed, relations severed): the same object
 * with such a trigger is a different predicate from its opening.
 */
export const ENDING_TRIGGER = /\b(?:clos|shut|recall|suspend|sever|broke|break|cut|terminat|froze|freez|withdr|expel|downgrad)/i;

/** Event types whose events are repeatable whatever their object (many visits, many talks). */
export const REPEATABLE_TYPES: ReadonlySet<string> = new Set([
  'visit', 'meeting', 'economic', 'security', 'statement', 'other',
]);

/**
 * Plural nouns of repeatable happenings: "the visits in 2010" are several visits, not one
 * ("talks" and "negotiations" are plural in form but name one happening, so they are not here).
 */
export const PLURAL_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'visits', 'meetings', 'trips', 'tours', 'summits', 'rounds', 'exchanges', 'contacts',
  'sessions', 'consultations', 'exercises', 'drills', 'missions', 'delegations',
]);

/** A quantifier right before a trigger that makes it several happenings ("a few other visits"). */
export const VAGUE_QUANTIFIER =
  /\b(?:a\s+few|few|several|numerous|many|multiple|frequent|regular|repeated|reciprocal|various|a\s+series\s+of|a\s+number\s+of|a\s+string\s+of|dozens\s+of|countless)(?:\s+(?:other|more|further|official|state|high-level|mutual|bilateral|working))*\s+$/;

/**
 * Measure heads that count things done at a happening ("20 agreements were signed during the
 * visit"): such a count is dated by its happening, and counts of different happenings of one
 * brief are different things.
 */
export const EVENT_COUNT_HEADS: ReadonlySet<string> = new Set(['document']);
