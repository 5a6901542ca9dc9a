/**
 * Domain lexicon: the words that say WHAT a clause is about (elections, armed force, trade,
 * embassies ...), as opposed to the trigger lexicon (triggers.ts), which says what HAPPENED
 * ("signed", "opened", "began"). A row whose trigger is generic ("adopted", "launched",
 * "followed") is typed by an annotator from its topic: a law adopted is political, a missile boat
 * launched is security, a tariff raised is economic. The learned dated step's type model
 * (resolve/learned-dated.ts) reads the counts of these cue words per type as features, so that a word the training data never met still points to a type when the lexicon
 * knows its topic.
 *
 * Data, reviewed like code. Each entry lists cue words of one type (the gold SCHEMA's types):
 *   - a cue is lowercase; it matches at the START of a word ("referend" matches "referendum",
 *     "by-election" holds "election"), case-insensitively;
 *   - a cue ending in "$" must also end at the end of a word ("war$": "war", not "warn" or
 *     "warehouse"; "coal$": not "coalition");
 *   - a cue of several words matches them with any run of spaces or hyphens between them.
 * Cues are general English of the domain, never names of one brief's places or people.
 * `examples`: sentences written for this lexicon that must / must not hold a cue of the entry.
 */
import type { EventType, RuleHit, RuleSet } from '../core/types.js';

export interface DomainExample {
  text: string;
  /** The cue text the entry must find in the text (lowercase as written in the text). */
  match: string;
}

export interface DomainEntry {
  /** "domains/<type>/<name>". */
  id: string;
  type: EventType;
  description: string;
  words: string[];
  examples: { match: DomainExample[]; noMatch: string[] };
}

export const DOMAINS: DomainEntry[] = [
  // ------------------------------------------------------------------ political
  {
    id: 'domains/political/elections',
    type: 'political',
    description: 'elections and votes: ballots, candidates, turnout, campaigns, terms of office, oaths',
    words: [
      'election', 'elected', 'electoral', 'elector', 're-elect', 'reelect', 'vote', 'voted', 'votes', 'voting', 'voter',
      'ballot', 'turnout', 'candidate', 'candidacy', 'constituenc', 'polling', 'polls$', 'poll$', 'referend', 'plebiscit',
      'runoff', 'run-off', 'electorate', 'franchise', 'suffrage', 'incumbent', 'term of office', 'second term',
      'third term', 'fourth term', 'presidential term', 'term limit', 'sworn in', 'oath of office', 'took the oath',
      'inauguration ceremony', 'landslide', 'recount', 'opposition', 'ruling party', 'political party',
      'political parties', 'party congress', 'nominee', 'nominated', 'mandate',
    ],
    examples: {
      match: [
        { text: 'Turnout in the snap vote reached 61 percent.', match: 'turnout' },
        { text: 'The mayor was re-elected in March.', match: 're-elect' },
        { text: 'A referendum on the new charter followed in 2016.', match: 'referend' },
        { text: 'She began her second term in January.', match: 'second term' },
      ],
      noMatch: ['Electricity prices rose in winter.', 'The pollution of the lake worsened.', 'The terms of the loan were eased.'],
    },
  },
  {
    id: 'domains/political/state-and-law',
    type: 'political',
    description: 'the state, its constitution, parliament and laws: legislation, decrees, amnesties, reforms, sanctions',
    words: [
      'constitution', 'parliament', 'legislat', 'lawmaker', 'law$', 'laws$', 'bill$', 'bills$', 'decree', 'amnesty',
      'pardon', 'amendment', 'amended', 'amend$', 'ratif', 'senate', 'senator', 'upper house', 'lower house',
      'upper chamber', 'lower chamber', 'speaker of', 'deputies', 'mps$', 'assembly', 'majlis', 'cabinet', 'reshuffle',
      'impeach', 'veto', 'vetoed', 'sanction', 'embargo', 'blacklist', 'asset freeze', 'reform', 'renamed', 'renaming',
      'capital city', 'new capital', 'citizenship', 'human rights', 'civil society', 'censorship', 'political prisoner',
      'state of the nation', 'dissolv', 'dissolution', 'snap election', 'snap poll', 'snap vote', 'bicameral', 'unicameral', 'decentrali', 'devolution',
      'ombudsman', 'anti-corruption', 'corruption',
    ],
    examples: {
      match: [
        { text: 'Parliament adopted the amnesty act in May.', match: 'amnesty' },
        { text: 'The upper house approved the budget code.', match: 'upper house' },
        { text: 'A third sanctions package followed in 2022.', match: 'sanction' },
        { text: 'The new law took effect in July.', match: 'law' },
      ],
      noMatch: ['Billions were spent on roads.', 'Her lawyer filed the papers.', 'The lawn was mown twice.'],
    },
  },
  {
    id: 'domains/political/power',
    type: 'political',
    description: 'who holds power: coming to or leaving power, appointments and resignations, independence, revolutions',
    words: [
      'came to power', 'come to power', 'rise to power', 'seized power', 'transfer of power', 'hand over power',
      'took office', 'take office', 'taken office', 'assumed office', 'left office', 'in office', 'resign', 'stepped down',
      'step down', 'dismiss', 'appointed', 'appointment', 'reappointed', 'successor', 'succession', 'succeeded him', 'succeeded her', 
      'acting president', 'coup$', 'coups$', 'revolution', 'uprising', 'independence$', 'sovereignty',
      'secession', 'separatis', 'autonomy', 'autonomous', 'abdicat', 'collapse of', 'break-up', 'breakup', 'regime change',
      'head of state', 'presidency', 'premiership', 'chairmanship', 'rotating', 'unification',
      'reunification', 'state-building', 'nation-building', 'statehood', 'annexed', 'annexation',
    ],
    examples: {
      match: [
        { text: 'He came to power after the 2005 revolution.', match: 'came to power' },
        { text: 'The minister resigned in October.', match: 'resign' },
        { text: 'Independence was declared in 1991.', match: 'independence' },
      ],
      noMatch: ['The independent review found delays.', 'A coupon scheme was tried.', 'The power plant was rebuilt.'],
    },
  },
  // ------------------------------------------------------------------ security
  {
    id: 'domains/security/military',
    type: 'security',
    description: 'armed forces, weapons and military cooperation: troops, drills, warships, missiles, drones, defence deals',
    words: [
      'military', 'militar', 'army', 'armies', 'armed', 'arms$', 'armament', 'disarm', 'troop', 'soldier', 'servicemen',
      'officer corps', 'officers', 'conscript', 'mobilis', 'mobiliz', 'reservist', 'garrison', 'bases$', 'military base',
      'airbase', 'air base', 'naval', 'navy', 'warship', 'frigate', 'corvette', 'submarine', 'missile', 'rocket',
      'patrol boat', 'patrol ship', 'gunboat', 'coast guard', 'coastguard', 'air force', 'fighter jet', 'fighter aircraft',
      'warplane', 'helicopter', 'drone', 'uav', 'weapon', 'ammunition', 'munition', 'artillery', 'howitzer', 'tank$',
      'tanks$', 'armoured', 'armored', 'defence', 'defense', 'air defence', 'air defense', 'radar', 'exercises', 'exercise$',
      'drills$', 'drill$', 'manoeuvre', 'maneuver', 'war games', 'military training', 'peacekeep', 'peace-keep',
      'general staff', 'commander', 'brigade', 'battalion', 'regiment', 'special forces', 'paratroop', 'nuclear weapon',
      'warhead', 'arsenal', 'deterren', 'military-technical', 'defence industry', 'arms deal', 'arms purchase',
    ],
    examples: {
      match: [
        { text: 'The navy launched its second missile boat in August.', match: 'missile' },
        { text: 'Some 300 troops joined the drills near the coast.', match: 'troop' },
        { text: 'Two battalions were sent to the UN peacekeeping mission.', match: 'peacekeep' },
      ],
      noMatch: ['The armchair critics were wrong.', 'Prices for tankers rose.', 'The database was updated.'],
    },
  },
  {
    id: 'domains/security/conflict',
    type: 'security',
    description: 'war and violence: fighting, attacks, ceasefires, occupation, casualties, mines and their clearance',
    words: [
      'war$', 'wars$', 'wartime', 'warfare', 'postwar', 'post-war', 'ceasefire', 'cease-fire', 'truce', 'armistice',
      'hostilities', 'clash', 'fighting', 'fought', 'combat', 'battle', 'offensive', 'counteroffensive',
      'counter-offensive', 'invasion', 'invade', 'occupation', 'occupied', 'liberat', 'recaptur', 'retook', 'retake',
      'regained control', 'regain control', 'took control', 'seized control', 'front line', 'frontline', 'shelling',
      'shelled', 'bombard', 'airstrike', 'air strike', 'strike on', 'strikes on', 'bomb', 'explosi', 'blast$', 'attack',
      'assault', 'ambush', 'sniper', 'gunfire', 'shooting', 'shot dead', 'killed', 'killing', 'casualt', 'wounded',
      'injured', 'fatalit', 'death toll', 'violence', 'violent', 'escalation', 'conflict', 'hostage', 'massacre',
      'genocide', 'insurgen', 'militant', 'militia', 'rebel', 'guerrilla', 'terror', 'extremis', 'jihad', 'radicali',
      'demin', 'de-min', 'landmine', 'land mine', 'mine clearance', 'mine-clearance', 'mine clearing', 'minefield',
      'unexploded', 'ordnance', 'sapper', 'prisoners of war', 'displaced', 'refugee', 'evacuat', 'border incident',
      'skirmish', 'incursion', 'provocation',
    ],
    examples: {
      match: [
        { text: 'A ceasefire was agreed in November 2020.', match: 'ceasefire' },
        { text: 'Deminers cleared 400 hectares last year.', match: 'demin' },
        { text: 'The army regained control of the district in September.', match: 'regained control' },
        { text: 'The war ended in 1994.', match: 'war' },
      ],
      noMatch: ['Officials warned of delays at the warehouse.', 'The mining company paid dividends.', 'Two warrants were issued for the tanker.'],
    },
  },
  {
    id: 'domains/security/law-enforcement',
    type: 'security',
    description: 'police, borders and crime: raids, arrests, detentions, trafficking, drug seizures, protests and unrest',
    words: [
      'police', 'policem', 'gendarm', 'raid', 'arrest', 'detain', 'detention', 'custody', 'jailed', 'jail$', 'prison',
      'imprison', 'sentenced', 'convicted', 'charged with', 'prosecut', 'crackdown', 'crack down', 'dispersed', 'tear gas',
      'riot', 'unrest', 'protest', 'demonstrator', 'demonstrations', 'rally$', 'rallies', 'curfew', 'state of emergency',
      'martial law', 'border guard', 'border service', 'border troops', 'border security', 'checkpoint', 'smuggl',
      'traffick', 'contraband', 'narcotic', 'drug$', 'drugs$', 'drug trafficking', 'heroin', 'opium', 'cocaine', 'hashish',
      'cannabis', 'seizure', 'seized', 'confiscat', 'crime', 'criminal', 'gang', 'cyber', 'hacker', 'hacking', 'espionage',
      'spy$', 'spies', 'spying', 'intelligence service', 'security service', 'security forces', 
      'national security', 'counter-terror', 'counterterror', 'law enforcement', 'special operation', 'journalists detained',
      'kidnap', 'abduct', 'murder', 'assassinat',
    ],
    examples: {
      match: [
        { text: 'Police raided the newspaper office in April.', match: 'police' },
        { text: 'Customs officers seized 2 tonnes of heroin.', match: 'heroin' },
        { text: 'Protests spread to three cities in January.', match: 'protest' },
      ],
      noMatch: ['The drugstore chain opened a branch.', 'The rallying cry was heard.', 'Policy makers met in Vienna.'],
    },
  },
  // ------------------------------------------------------------------ economic
  {
    id: 'domains/economic/trade',
    type: 'economic',
    description: 'trade and transport of goods: exports, imports, tariffs, customs, transit, cargo, shipments',
    words: [
      'trade', 'trading', 'export', 'import$', 'imports', 'imported', 'importer', 'importing', 'tariff', 'customs duty',
      'customs duties', 'duty-free', 'quota', 'free trade', 'trade turnover', 'turnover', 'transit', 'cargo', 'freight',
      'shipment', 'shipped', 'shipping', 'container', 'tonnes', 'tons$', 'barrel', 'logistic', 'consignment', 'delivery',
      'deliveries', 'delivered', 'supplies', 'supplied', 'supplier', 'procure', 'purchase', 'bought', 'buyer', 'sold',
      'sale$', 'sales$', 'reexport', 're-export', 'trade deficit', 'trade surplus', 'wto$', 'market access', 'commodit',
      'goods$', 'merchandise', 'retail', 'wholesale', 'e-commerce', 'dry port', 'transshipment', 'trans-shipment',
      'throughput', 'anti-dumping', 'dumping',
    ],
    examples: {
      match: [
        { text: 'Exports of cotton fell by a third.', match: 'export' },
        { text: 'The tariff on steel was doubled in 2019.', match: 'tariff' },
        { text: 'Transit cargo via the port grew.', match: 'transit' },
      ],
      noMatch: ['It is important to note the date.', 'The tradition dates back centuries.', 'The president made a salient point.'],
    },
  },
  {
    id: 'domains/economic/finance',
    type: 'economic',
    description: 'money, investment and the economy: loans, budgets, prices, taxes, banks, stakes, growth',
    words: [
      'invest', 'loan', 'lend', 'lender', 'credit$', 'credits', 'creditor', 'credit line', 'financ', 'funding', 'funded', 'budget', 'spending', 'expenditure',
      'revenue', 'income', 'profit', 'dividend', 'tax$', 'taxes', 'taxation', 'taxpayer', 'levy', 'subsid', 'price',
      'pricing', 'inflation', 'deflation', 'interest rate', 'exchange rate', 'currency', 'devalu', 'bank', 'central bank',
      'monetary', 'fiscal', 'gdp', 'gross domestic', 'economy', 'economic growth', 'recession', 'stock exchange',
      'stock market', 'shares$', 'shareholder', 'stake$', 'stakes$', 'equity', 'bond$', 'bonds$', 'eurobond', 'debt', 'default',
      'privatis', 'privatiz', 'acquisition', 'acquired', 'acquire', 'merger', 'takeover', 'buyout', 'ipo$', 'tender',
      'auction', 'contractor', 'remittance', 'wage', 'salar', 'pension', 'unemployment', 'jobs$', 'employment',
      'capital expenditure', 'capital investment', 'sovereign fund', 'sovereign wealth', 'grant$', 'grants$', 'aid$',
      'donor', 'pledged', 'disburse', 'valuation', 'cost$', 'costs$', 'billion', 'valued at',
    ],
    examples: {
      match: [
        { text: 'Inflation peaked at 14 percent in 2023.', match: 'inflation' },
        { text: 'The bank raised its key rate twice.', match: 'bank' },
        { text: 'The state fund bought a 20 percent stake.', match: 'stake' },
      ],
      noMatch: ['The creditable effort was noted.', 'Stakeholders were not consulted.', 'The bondage of old customs ended.'],
    },
  },
  {
    id: 'domains/economic/energy-production',
    type: 'economic',
    description: 'energy, resources and production: oil, gas, power, mining, harvests, output, tourism',
    words: [
      'oil$', 'crude', 'petroleum', 'gas$', 'natural gas', 'lng$', 'condensate', 'refiner', 'refining', 'petrochemical',
      'upstream', 'downstream', 'oilfield', 'gas field', 'reserves', 'output', 'production', 'produced',
      'producer', 'extraction', 'extracted', 'drilling', 'wells$', 'electricity', 'power generation', 'kilowatt',
      'megawatt', 'gigawatt', 'kwh', 'mwh', 'gwh', 'hydropower', 'solar', 'wind farm', 'wind power', 'renewable',
      'coal$', 'uranium', 'mining', 'miner$', 'miners', 'mineral', 'gold$', 'copper', 'aluminium', 'aluminum', 'steel',
      'harvest', 'grain', 'wheat', 'cotton', 'crop', 'agricultur', 'farm', 'fertili', 'livestock', 'fishery',
      'manufactur', 'industrial output', 'factory output', 'tourism', 'tourist', 'bcm$', 'cubic metres', 'cubic meters',
    ],
    examples: {
      match: [
        { text: 'Gas output at the field reached 8 bcm.', match: 'gas' },
        { text: 'The wheat harvest was the largest in a decade.', match: 'wheat' },
        { text: 'Electricity exports to the south began.', match: 'electricity' },
      ],
      noMatch: ['The coalition held together.', 'Oily rags caught fire.', 'The gasket failed on the pump.'],
    },
  },
  // ------------------------------------------------------------------ diplomatic
  {
    id: 'domains/diplomatic/missions-and-relations',
    type: 'diplomatic',
    description: 'diplomatic ties and missions: embassies, consulates, ambassadors, envoys, recognition, relations upgraded',
    words: [
      'embass', 'ambassador', 'consul', 'diplomat', 'envoy', 'chargé', "charge d'affaires", 'credentials',
      'letters of credence', 'accredit', 'persona non grata', 'expelled', 'expulsion', 'recalled', 'recall$',
      'diplomatic relations', 'diplomatic ties', 'bilateral relations', 'relations were established', 'normalis',
      'normaliz', 'rapprochement', 'strategic partnership', 'comprehensive partnership', 'allied relations',
      'recognised', 'recognized', 'recognition', 'foreign ministry', 'ministry of foreign affairs', 'mission to',
      'permanent mission', 'permanent representative', 'honorary consul', 'observer status',
      'severed', 'broke off', 'cut ties', 'restored relations', 'resumed relations', 'upgraded relations', 'upgraded ties', 'upgraded to',
    ],
    examples: {
      match: [
        { text: 'The embassy in Riga opened in 2008.', match: 'embass' },
        { text: 'The envoy presented his credentials in June.', match: 'credentials' },
        { text: 'Both states upgraded ties to a strategic partnership.', match: 'strategic partnership' },
      ],
      noMatch: ['The consumer market grew.', 'The consumer recalls were costly.', 'Prices were normal.'],
    },
  },
  // ------------------------------------------------------------------ establishment
  {
    id: 'domains/establishment/founding',
    type: 'establishment',
    description: 'bodies founded or coming into force: founding, councils, commissions, agencies, joint ventures',
    words: [
      'founded', 'founding', 'founder', 'establish', 'set up', 'created', 'creation of', 'formed', 'formation of',
      'incorporated', 'registered', 'came into force', 'entered into force', 'enter into force', 'comes into force',
      'into effect', 'took effect', 'take effect', 'commission$', 'council', 'committee', 'secretariat', 'agency',
      'institute', 'foundation', 'organisation', 'organization', 'joint venture', 'consortium', 'subsidiary',
      'working group', 'task force', 'board$', 'chamber of commerce', 'association', 'alliance', 
      'holding company', 'state company', 'fund$', 'headquarter',
    ],
    examples: {
      match: [
        { text: 'A joint venture was set up in 2012.', match: 'joint venture' },
        { text: 'The council was founded in 2009.', match: 'founded' },
        { text: 'The treaty entered into force in May.', match: 'entered into force' },
      ],
      noMatch: ['The commissioned report was late.', 'Prices rose sharply.', 'The boarding school was full.'],
    },
  },
  // ------------------------------------------------------------------ opening
  {
    id: 'domains/opening/opened',
    type: 'opening',
    description: 'something put into use: opened, inaugurated, commissioned, put into operation, first train or flight',
    words: [
      'opened', 'opening', 'opens$', 'reopen', 're-open', 'inaugurat', 'commissioned', 'commissioning',
      'put into operation', 'put into service', 'entered service', 'into operation', 'into service', 'began operation',
      'began operating', 'started operation', 'started operating', 'ribbon', 'unveil', 'first train', 'first flight',
      'first cargo', 'first shipment', 'first container', 'maiden', 'launch of the', 'grand opening', 'groundbreaking',
      'foundation stone', 'cornerstone',
    ],
    examples: {
      match: [
        { text: 'The bridge was inaugurated in October.', match: 'inaugurat' },
        { text: 'The plant was put into operation in 2015.', match: 'put into operation' },
        { text: 'The first train left the terminal in May.', match: 'first train' },
      ],
      noMatch: ['An open question remains.', 'It was an opportunity.', 'The openness of the debate was new.'],
    },
  },
  {
    id: 'domains/opening/facilities',
    type: 'opening',
    description: 'facilities that open: schools, hospitals, centres, stations, terminals, ports, roads, railways, plants',
    words: [
      'school', 'university', 'campus', 'hospital', 'clinic', 'centre', 'center', 'museum', 'library', 'theatre',
      'stadium', 'station', 'terminal', 'port$', 'ports$', 'seaport', 'airport', 'railway', 'rail line', 'railroad',
      'highway', 'motorway', 'road$', 'roads$', 'bridge', 'tunnel', 'pipeline', 'plant$', 'factory', 'facility',
      'branch', 'office in', 'border crossing', 'route', 'flights', 'ferry', 'hub$',
    ],
    examples: {
      match: [
        { text: 'A new school for 600 pupils was built.', match: 'school' },
        { text: 'The rail line to the coast carried 2 million tonnes.', match: 'rail line' },
        { text: 'Ferry service across the sea resumed.', match: 'ferry' },
      ],
      noMatch: ['The portfolio was sold.', 'A portion of the funds went missing.', 'The plantation grew tea.'],
    },
  },
  // ------------------------------------------------------------------ meeting
  {
    id: 'domains/meeting/talks',
    type: 'meeting',
    description: 'meetings and talks: summits, forums, conferences, negotiations, sessions, calls',
    words: [
      'talks$', 'summit', 'forum', 'conference', 'meeting', 'met$', 'meet$', 'meets$', 'negotiat', 'session',
      'consultations', 'dialogue', 'round table', 'roundtable', 'round of', 'convened', 'convene', 'gathering',
      'ministerial', 'plenary', 'sidelines', 'hosted', 'host$', 'phone call', 'telephone', 'videoconference',
      'video conference', 'video link', 'congress', 'symposium', 'workshop', 'expo$', 'trade fair', 'exhibition', 
      'press conference', 'briefing', 'talked', 'discussed', 'discussion', 'tête-à-tête', 'one-on-one', 'trilateral',
      'heads of state', 'leaders of',
    ],
    examples: {
      match: [
        { text: 'The leaders met on the sidelines of the forum.', match: 'sidelines' },
        { text: 'A third round of negotiations opened in Geneva.', match: 'negotiat' },
        { text: 'The summit was held in June.', match: 'summit' },
      ],
      noMatch: ['Metals were exported.', 'The meteorological office warned.', 'They formatted the disk.'],
    },
  },
  // ------------------------------------------------------------------ agreement
  {
    id: 'domains/agreement/documents',
    type: 'agreement',
    description: 'agreed documents: agreements, treaties, memoranda, protocols, contracts, deals, road maps, signing',
    words: [
      'agreement', 'agreed', 'treaty', 'treaties', 'memorand', 'mou$', 'mous$', 'protocol', 'accord$', 'accords$',
      'contract', 'deal$', 'deals$', 'signed', 'signing', 'signatory', 'signatories', 'signature', 'pact$', 'charter$',
      'convention', 'road map', 'roadmap', 'joint declaration', 'joint statement', 'communiqu', 'action plan',
      'framework agreement', 'intergovernmental agreement', 'production sharing', 'deal on', 'agree on', 'agree to',
      'initialled', 'initialed', 'concluded a', 'concluded an', 'letter of intent', 'term sheet',
    ],
    examples: {
      match: [
        { text: 'A memorandum on grain supplies was signed.', match: 'memorand' },
        { text: 'The two firms concluded a supply deal.', match: 'deal' },
        { text: 'They signed a road map for 2024-2026.', match: 'road map' },
      ],
      noMatch: ['The dealer raised prices.', 'Signals were weak.', 'Agrarian reform stalled.'],
    },
  },
  // ------------------------------------------------------------------ statement
  {
    id: 'domains/statement/speech',
    type: 'statement',
    description: 'statements of position: said, announced, speeches, interviews, warnings, calls, criticism, condemnation',
    words: [
      'said', 'says', 'stated', 'statement', 'announc', 'declared', 'speech', 'spoke', 'address to', 'addressed',
      'remarks', 'interview', 'told$', 'noted', 'stressed', 'emphasi', 'emphasiz', 'underlined', 'underscored',
      'warned', 'urged', 'called on', 'called for', 'appealed', 'condemn', 'criticis', 'criticiz', 'denounc', 'welcomed',
      'praised', 'insisted', 'reiterated', 'expressed', 'claimed', 'denied', 'rejected', 'protested', 'spokes',
      'press release', 'press service', 'tweet', 'posted', 'wrote', 'message', 'in a letter', 'voiced', 'vowed',
      'promised', 'pledged to', 'assured', 'argued', 'asserted', 'confirmed', 'accused',
      'blamed', 'regret', 'expressed concern', 'position on', 'quoted', 
    ],
    examples: {
      match: [
        { text: 'The minister warned in May that prices would rise.', match: 'warned' },
        { text: 'In a speech to parliament he outlined the plan.', match: 'speech' },
        { text: 'The ministry condemned the attack.', match: 'condemn' },
      ],
      noMatch: ['The sail was torn.', 'Toldo village lies on the river.', 'The noteworthy part came later.'],
    },
  },
  // ------------------------------------------------------------------ visit
  {
    id: 'domains/visit/travel',
    type: 'visit',
    description: 'travel of officials: visits, trips, tours, arrivals, delegations',
    words: [
      'visit', 'trip$', 'trips$', 'tour$', 'toured', 'touring', 'arrived', 'arrival', 'arrives', 'travelled', 'traveled',
      'travelling', 'traveling', 'travel to', 'delegation', 'flew to', 'landed in', 'stopover', 'state visit',
      'official visit', 'working visit', 'itinerary', 'guest of', 'pilgrimage', 'headed to',
      'departed', 'returned from', 'received by', 'hosted by', 'red carpet', 'welcoming ceremony',
    ],
    examples: {
      match: [
        { text: 'The president arrived in Astana on 3 May.', match: 'arrived' },
        { text: 'A business delegation toured the port.', match: 'delegation' },
        { text: 'The trip lasted two days.', match: 'trip' },
      ],
      noMatch: ['Tourism revenue doubled.', 'The tripartite body met.', 'Visibility was poor.'],
    },
  },
];

/** The types the domain lexicon has cues for (in the order of DOMAINS' first entries). */
export const DOMAIN_TYPES: EventType[] = [...new Set(DOMAINS.map((d) => d.type))];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One cue as a regular-expression source: word start, spaces/hyphens between words, "$" a word end. */
function cueSource(cue: string): string {
  const whole = cue.endsWith('$');
  const body = whole ? cue.slice(0, -1) : cue;
  const src = body
    .split(/[\s-]+/)
    .filter((w) => w)
    .map(escape)
    .join('[\\s\\-‐–]+');
  return src + (whole ? '(?![\\p{L}\\p{N}])' : '');
}

/** Each entry's expression: longest cues first, so the hit is the longest cue at a position. */
const COMPILED: { entry: DomainEntry; re: RegExp }[] = DOMAINS.map((entry) => {
  const cues = [...entry.words].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return { entry, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.map(cueSource).join('|')})`, 'giu') };
});

/** The cue words of every entry found in a text (rule = the entry's id, value = { type }), by position. */
export function domainHits(text: string): RuleHit[] {
  const out: RuleHit[] = [];
  for (const { entry, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ rule: entry.id, start: m.index, end: m.index + m[0].length, text: m[0], value: { type: entry.type } });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
}

/**
 * Counts of domain cue words per type in a text: each position where a cue starts counts once for
 * each type it has a cue for. Types without a cue are absent from the map.
 */
export function domainsOf(text: string): Map<EventType, number> {
  const seen = new Set<string>();
  const out = new Map<EventType, number>();
  for (const h of domainHits(text)) {
    const type = (h.value as { type: EventType }).type;
    const key = `${type}@${h.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.set(type, (out.get(type) ?? 0) + 1);
  }
  return out;
}

/** The domain lexicon as a rule set (each entry one rule), so one test can run every example. */
export const DOMAINS_RULESET: RuleSet = {
  name: 'domains',
  rules: DOMAINS.map((d) => ({
    id: d.id,
    description: d.description,
    examples: {
      // the cue as written in the example (its case)
      match: d.examples.match.map((m) => {
        const at = m.text.toLowerCase().indexOf(m.match);
        return { text: m.text, match: at < 0 ? m.match : m.text.slice(at, at + m.match.length) };
      }),
      noMatch: d.examples.noMatch,
    },
  })),
  negatives: ['The 12 figures in the table are rounded.', 'See page 4 of the notes below.'],
  run: domainHits,
};
