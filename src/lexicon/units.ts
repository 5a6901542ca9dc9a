/**
 * Unit words for figures: currencies (symbols, ISO codes, words), measurement units,
 * time units, rate periods, percent words, and the nouns that make a number a count.
 * Shared data; keys are lower-case (symbols as written). Multi-word keys are
 * space-separated words ("metric tons", "per cent").
 *
 * `unit` is the short unit of the figure as stated ("t", "m3", "bbl", "km", "USD").
 * `factor` multiplies the stated number when the unit word itself carries a scale
 * ("1.5 bcm" = 1.5e9 m3).
 */


/** A lookup table without a prototype, so "constructor" or "toString" is no entry. */
function dict<T>(o: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, o));
}

export interface UnitEntry {
  unit: string;
  factor: number;
}

const u = (unit: string, factor = 1): UnitEntry => ({ unit, factor });

/** Currency signs written before the number ("$", "€", "US$", "C$"). */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = dict({
  $: 'USD',
  'us$': 'USD',
  'u.s.$': 'USD',
  'u.s$': 'USD',
  'c$': 'CAD',
  'ca$': 'CAD',
  'hk$': 'HKD',
  'a$': 'AUD',
  'au$': 'AUD',
  'nz$': 'NZD',
  's$': 'SGD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '元': 'CNY',
  '₼': 'AZN',
  '₽': 'RUB',
  '₸': 'KZT',
  '₾': 'GEL',
  '₺': 'TRY',
  '₹': 'INR',
  '₩': 'KRW',
  '₡': 'CRC',
  '₭': 'LAK',
  '₴': 'UAH',
  '₦': 'NGN',
  '₱': 'PHP',
  '₪': 'ILS',
  '฿': 'THB',
});

/** ISO 4217 codes accepted before or after a number ("USD 500 million", "3 million AZN"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'INR',
  'RUB', 'AZN', 'KZT', 'UZS', 'TMT', 'KGS', 'TJS', 'GEL', 'AMD', 'TRY', 'IRR', 'UAH', 'BYN',
  'SAR', 'AED', 'QAR', 'KWD', 'PKR', 'AFN', 'MNT', 'KRW', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'HUF', 'RON', 'BGN', 'BRL', 'MXN', 'ZAR', 'EGP', 'ILS', 'THB', 'IDR', 'MYR', 'PHP', 'VND',
  'KES', 'NGN', 'ETB', 'ARS', 'CLP', 'TWD', 'BDT', 'LKR', 'OMR', 'BHD', 'JOD', 'IQD', 'DZD',
  'TND', 'MMK', 'NPR',
]);

/** Currency words after the number ("8 dollars", "276 million euros", "8 million manat"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = dict({
  dollar: 'USD',
  dollars: 'USD',
  'us dollar': 'USD',
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  'american dollars': 'USD',
  'canadian dollar': 'CAD',
  'canadian dollars': 'CAD',
  'australian dollar': 'AUD',
  'australian dollars': 'AUD',
  'hong kong dollars': 'HKD',
  'new zealand dollars': 'NZD',
  'singapore dollars': 'SGD',
  euro: 'EUR',
  euros: 'EUR',
  manat: 'AZN',
  manats: 'AZN',
  'azerbaijani manat': 'AZN',
  'turkmen manat': 'TMT',
  tenge: 'KZT',
  som: 'KGS',
  soms: 'KGS',
  sum: 'UZS',
  soum: 'UZS',
  'uzbek sum': 'UZS',
  somoni: 'TJS',
  lari: 'GEL',
  dram: 'AMD',
  drams: 'AMD',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  lira: 'TRY',
  liras: 'TRY',
  'turkish lira': 'TRY',
  rial: 'IRR',
  rials: 'IRR',
  hryvnia: 'UAH',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  'pounds sterling': 'GBP',
  // "30 million pounds" (the tagger reads "pounds" as money only after a scale word and not
  // before "of": "2 million pounds of cotton" is a weight)
  pound: 'GBP',
  pounds: 'GBP',
  'british pounds': 'GBP',
  soums: 'UZS',
  // the Uzbek spelling with an apostrophe or turned comma
  "so'm": 'UZS',
  'so’m': 'UZS',
  'so‘m': 'UZS',
  'soʻm': 'UZS',
  'uzbek soums': 'UZS',
  'uzbek som': 'UZS',
  'kyrgyz som': 'KGS',
  'kyrgyz soms': 'KGS',
  somonis: 'TJS',
  'tajik somoni': 'TJS',
  'kazakh tenge': 'KZT',
  'russian rubles': 'RUB',
  'russian roubles': 'RUB',
  'belarusian rubles': 'BYN',
  'belarusian roubles': 'BYN',
  'georgian lari': 'GEL',
  'armenian drams': 'AMD',
  'armenian dram': 'AMD',
  'iranian rials': 'IRR',
  'chinese yuan': 'CNY',
  'indian rupees': 'INR',
  'pakistani rupees': 'PKR',
  hryvnias: 'UAH',
  hryvnyas: 'UAH',
  zloty: 'PLN',
  zlotys: 'PLN',
  zlotych: 'PLN',
  riyal: 'SAR',
  riyals: 'SAR',
  'saudi riyals': 'SAR',
  'qatari riyals': 'QAR',
  dirham: 'AED',
  dirhams: 'AED',
  tugrik: 'MNT',
  tugriks: 'MNT',
  afghani: 'AFN',
  afghanis: 'AFN',
  forint: 'HUF',
  forints: 'HUF',
  koruna: 'CZK',
  korunas: 'CZK',
  baht: 'THB',
  ringgit: 'MYR',
  rupiah: 'IDR',
  naira: 'NGN',
  reais: 'BRL',
  'brazilian reais': 'BRL',
  'kenyan shillings': 'KES',
  sterling: 'GBP',
  'swiss francs': 'CHF',
  'swiss franc': 'CHF',
  franc: 'FRF',
  francs: 'FRF',
  mark: 'DEM',
  marks: 'DEM',
  guilder: 'NLG',
  guilders: 'NLG',
  'dutch guilders': 'NLG',
  peseta: 'ESP',
  pesetas: 'ESP',
  markka: 'FIM',
  'finnish markka': 'FIM',
  won: 'KRW',
  cent: 'cent',
  cents: 'cent',
  'us cent': 'cent',
  'us cents': 'cent',
  pence: 'pence',
  penny: 'pence',
  pennies: 'pence',
});

/** SI prefixes of the written-out power and energy names, with their scales. */
const WATT_PREFIXES: ReadonlyArray<[string, number]> = [
  ['kilo', 1e3],
  ['mega', 1e6],
  ['giga', 1e9],
  ['tera', 1e12],
];

/** "megawatt(s)" (W) and "megawatt-hour(s)", "megawatt hour(s)", "megawatthour(s)" (Wh) for each prefix. */
function wattNames(): Record<string, UnitEntry> {
  const out: Record<string, UnitEntry> = {};
  for (const [p, f] of WATT_PREFIXES) {
    for (const s of ['', 's']) {
      out[`${p}watt${s}`] = u('W', f);
      for (const sep of ['-', ' ', '']) out[`${p}watt${sep}hour${s}`] = u('Wh', f);
    }
  }
  return out;
}

/**
 * Measurement units after the number. Scale-bearing gas units: bcm (billion cubic metres),
 * mcm (million cubic metres), tcm (trillion cubic metres).
 */
export const MEASURE_UNITS: Readonly<Record<string, UnitEntry>> = dict({
  // mass
  t: u('t'),
  ton: u('t'),
  tons: u('t'),
  tonne: u('t'),
  tonnes: u('t'),
  'metric ton': u('t'),
  'metric tons': u('t'),
  'metric tonnes': u('t'),
  mt: u('t', 1e6),
  kt: u('t', 1e3),
  kilotonne: u('t', 1e3),
  kilotonnes: u('t', 1e3),
  kiloton: u('t', 1e3),
  kilotons: u('t', 1e3),
  // the centner (quintal) of grain statistics is 100 kg: "yields of 14 centners per hectare" = 1.4 t/ha
  centner: u('t', 0.1),
  centners: u('t', 0.1),
  quintal: u('t', 0.1),
  quintals: u('t', 0.1),
  // ship tonnage: deadweight tonnes are tonnes ("8,000-dwt tankers")
  dwt: u('t'),
  'deadweight ton': u('t'),
  'deadweight tons': u('t'),
  'deadweight tonne': u('t'),
  'deadweight tonnes': u('t'),
  kg: u('kg'),
  kgs: u('kg'),
  kilogram: u('kg'),
  kilograms: u('kg'),
  kilogramme: u('kg'),
  kilogrammes: u('kg'),
  g: u('g'),
  gram: u('g'),
  grams: u('g'),
  gramme: u('g'),
  grammes: u('g'),
  mg: u('mg'),
  milligram: u('mg'),
  milligrams: u('mg'),
  // concentrations and yields written as symbols: "35 g/l", "2.8 t/ha"
  'g/l': u('g/l'),
  'mg/l': u('mg/l'),
  'g/kg': u('g/kg'),
  't/ha': u('t/ha'),
  'kg/ha': u('kg/ha'),
  'μg': u('μg'),
  mcg: u('μg'),
  microgram: u('μg'),
  micrograms: u('μg'),
  microgramme: u('μg'),
  microgrammes: u('μg'),
  lb: u('lb'),
  lbs: u('lb'),
  pound: u('lb'),
  pounds: u('lb'),
  ounce: u('oz'),
  ounces: u('oz'),
  oz: u('oz'),
  // gas and liquid volume
  bcm: u('m3', 1e9),
  'billion cubic meters': u('m3', 1e9),
  'billion cubic metres': u('m3', 1e9),
  mcm: u('m3', 1e6),
  mmcm: u('m3', 1e6),
  tcm: u('m3', 1e12),
  m3: u('m3'),
  // cubic kilometres are a scale of m3, like bcm ("19.5 cubic kilometres" = 1.95e10 m3)
  km3: u('m3', 1e9),
  'km³': u('m3', 1e9),
  'cubic km': u('m3', 1e9),
  'cubic kilometre': u('m3', 1e9),
  'cubic kilometres': u('m3', 1e9),
  'cubic kilometer': u('m3', 1e9),
  'cubic kilometers': u('m3', 1e9),
  'm³': u('m3'),
  'cubic meter': u('m3'),
  'cubic meters': u('m3'),
  'cubic metre': u('m3'),
  'cubic metres': u('m3'),
  'cubic foot': u('ft3'),
  'cubic feet': u('ft3'),
  cf: u('ft3'),
  bcf: u('ft3', 1e9),
  tcf: u('ft3', 1e12),
  bbl: u('bbl'),
  // energy in oil terms: tonnes / barrels of oil equivalent
  toe: u('toe'),
  ktoe: u('toe', 1e3),
  mtoe: u('toe', 1e6),
  'tonnes of oil equivalent': u('toe'),
  'tons of oil equivalent': u('toe'),
  boe: u('boe'),
  'barrels of oil equivalent': u('boe'),
  barrel: u('bbl'),
  barrels: u('bbl'),
  gallon: u('gal'),
  gallons: u('gal'),
  liter: u('l'),
  liters: u('l'),
  litre: u('l'),
  litres: u('l'),
  l: u('l'),
  ml: u('ml'),
  milliliter: u('ml'),
  milliliters: u('ml'),
  millilitre: u('ml'),
  millilitres: u('ml'),
  teu: u('TEU'),
  teus: u('TEU'),
  // length
  km: u('km'),
  kms: u('km'),
  kilometer: u('km'),
  kilometers: u('km'),
  kilometre: u('km'),
  kilometres: u('km'),
  m: u('m'),
  meter: u('m'),
  meters: u('m'),
  metre: u('m'),
  metres: u('m'),
  // centimetres and millimetres are a scale of the metre (base units, as MW of W)
  cm: u('m', 0.01),
  centimeter: u('m', 0.01),
  centimeters: u('m', 0.01),
  centimetre: u('m', 0.01),
  centimetres: u('m', 0.01),
  mm: u('m', 0.001),
  millimeter: u('m', 0.001),
  millimeters: u('m', 0.001),
  millimetre: u('m', 0.001),
  millimetres: u('m', 0.001),
  dm: u('dm'),
  decimeter: u('dm'),
  decimeters: u('dm'),
  picometer: u('pm'),
  picometers: u('pm'),
  mile: u('mi'),
  miles: u('mi'),
  mi: u('mi'),
  foot: u('ft'),
  feet: u('ft'),
  ft: u('ft'),
  inch: u('in'),
  inches: u('in'),
  yard: u('yd'),
  yards: u('yd'),
  'nautical miles': u('nmi'),
  // area
  km2: u('km2'),
  'km²': u('km2'),
  'sq km': u('km2'),
  'sq. km': u('km2'),
  'square km': u('km2'),
  'square kilometer': u('km2'),
  'square kilometers': u('km2'),
  'square kilometre': u('km2'),
  'square kilometres': u('km2'),
  m2: u('m2'),
  'm²': u('m2'),
  'square meter': u('m2'),
  'square meters': u('m2'),
  'square metre': u('m2'),
  'square metres': u('m2'),
  'sq m': u('m2'),
  'sq. m': u('m2'),
  'sq ft': u('ft2'),
  'sq mi': u('mi2'),
  'square feet': u('ft2'),
  'square foot': u('ft2'),
  'square miles': u('mi2'),
  'square mile': u('mi2'),
  hectare: u('ha'),
  hectares: u('ha'),
  ha: u('ha'),
  acre: u('acre'),
  acres: u('acre'),
  // energy and power, in base units (SCHEMA.md: `value` in base units, as "1.5 bcm" is 1.5e9
  // m3): watts "W" and watt-hours "Wh" ("5.8 GW" = 5.8e9 W, "15 TWh" = 1.5e13 Wh)
  kw: u('W', 1e3),
  mw: u('W', 1e6),
  gw: u('W', 1e9),
  tw: u('W', 1e12),
  wh: u('Wh'),
  kwh: u('Wh', 1e3),
  mwh: u('Wh', 1e6),
  gwh: u('Wh', 1e9),
  twh: u('Wh', 1e12),
  // electric and peak capacity are capacity: "1,000 MWe", "a 100-MWp park"
  mwe: u('W', 1e6),
  gwe: u('W', 1e9),
  kwp: u('W', 1e3),
  mwp: u('W', 1e6),
  gwp: u('W', 1e9),
  kv: u('V', 1e3),
  kilovolt: u('V', 1e3),
  kilovolts: u('V', 1e3),
  watt: u('W'),
  watts: u('W'),
  // written out: "2.2 billion kilowatt-hours", "40 terawatt hours", "three gigawatts"; joined by
  // a PDF line break taken out ("kilowatt-/hours" -> "kilowatthours")
  ...wattNames(),
  // temperature ("45°C", "1.5 degrees": in briefs a degree is a degree Celsius; the singular
  // is left out, as in "a 360-degree review")
  '°c': u('°C'),
  '° c': u('°C'),
  '°f': u('°F'),
  degrees: u('°C'),
  'degrees celsius': u('°C'),
  'degree celsius': u('°C'),
  'degrees centigrade': u('°C'),
  'degrees fahrenheit': u('°F'),
  // speed
  mph: u('mi/h'),
  'miles an hour': u('mi/h'),
  'miles per hour': u('mi/h'),
  kph: u('km/h'),
  kmph: u('km/h'),
  'km/h': u('km/h'),
  'km/hr': u('km/h'),
  'kilometers per hour': u('km/h'),
  'kilometres per hour': u('km/h'),
  // information
  bit: u('bit'),
  bits: u('bit'),
  byte: u('B'),
  bytes: u('B'),
  kb: u('kB'),
  mb: u('MB'),
  gb: u('GB'),
  tb: u('TB'),
  // data rates in base units, bits per second ("400 Gbit/s" = 4e11 bit/s, "4 Tbps" = 4e12)
  'bit/s': u('bit/s'),
  bps: u('bit/s'),
  'kbit/s': u('bit/s', 1e3),
  'mbit/s': u('bit/s', 1e6),
  'gbit/s': u('bit/s', 1e9),
  'tbit/s': u('bit/s', 1e12),
  kbps: u('bit/s', 1e3),
  mbps: u('bit/s', 1e6),
  gbps: u('bit/s', 1e9),
  tbps: u('bit/s', 1e12),
  'terabits per second': u('bit/s', 1e12),
  'terabit per second': u('bit/s', 1e12),
  'gigabits per second': u('bit/s', 1e9),
  'gigabit per second': u('bit/s', 1e9),
  'megabits per second': u('bit/s', 1e6),
  'megabit per second': u('bit/s', 1e6),
  'kilobits per second': u('bit/s', 1e3),
  // flows: "1,500 m3/s" (the rate "/s" is read after m3), "cumecs"
  cumecs: u('m3/s'),
});

/** Time units after a number: a duration figure ("eight years", "4-6 days", "three-day"). */
export const TIME_UNITS: Readonly<Record<string, string>> = dict({
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  decade: 'year',
  decades: 'year',
  hour: 'hour',
  hours: 'hour',
  minute: 'minute',
  minutes: 'minute',
  century: 'year',
  centuries: 'year',
});

/** Time units counted in another unit: a decade is ten years ("three decades" = 30 year). */
export const TIME_FACTORS: Readonly<Record<string, number>> = dict({
  decade: 10,
  decades: 10,
  century: 100,
  centuries: 100,
});

/**
 * Plural nouns naming a group of actors (states, governments, leaders, organisations):
 * after "the"/"these"/"their" and a small number word they refer back to actors already
 * named ("the four governments approved it"), so the number is no count.
 */
export const ACTOR_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'countries', 'states', 'nations', 'republics', 'governments', 'economies', 'sides', 'parties',
  'partners', 'neighbours', 'neighbors', 'leaders', 'presidents', 'heads', 'ministers',
  'premiers', 'capitals', 'members', 'allies', 'forces', 'armies', 'militaries', 'peoples',
  'delegations', 'signatories', 'companies', 'firms', 'organisations', 'organizations',
  'authorities', 'regimes', 'powers', 'administrations', 'parliaments', 'monarchies',
]);

/**
 * Verbs of meeting, visiting and talking: "N times" after one of them counts occasions
 * ("have held talks 11 times"), not a multiplier.
 */
export const OCCASION_VERBS: ReadonlySet<string> = new Set([
  'met', 'meet', 'meets', 'meeting', 'visited', 'visit', 'visits', 'visiting', 'convened',
  'convene', 'convenes', 'gathered', 'spoke', 'spoken', 'talked', 'phoned',
  'travelled', 'traveled', 'toured', 'hosted', 'held', 'negotiated', 'consulted', 'cross',
  'crosses', 'crossed', 'crossing',
  // things done or undergone on several occasions: "was postponed three times", "the
  // constitution has been amended five times", "violated the ceasefire 30 times"
  'postponed', 'delayed', 'rescheduled', 'extended', 'amended', 'revised', 'renewed',
  'reshuffled', 'dissolved', 'elected', 're-elected', 'reelected', 'attacked', 'violated',
  'shelled', 'struck', 'fired', 'intercepted', 'raided', 'detained', 'arrested', 'summoned',
  'vetoed', 'rejected', 'appealed', 'tried', 'attempted', 'called', 'chaired', 'hosting',
  'renamed', 'sanctioned', 'fined', 'closed', 'reopened', 'suspended', 'resumed', 'changed',
]);

/** Periods of a rate ("per year", "a day", "annually"): the suffix of the unit ("t/year"). */
export const RATE_WORDS: Readonly<Record<string, string>> = dict({
  'per year': 'year',
  'a year': 'year',
  'each year': 'year',
  'every year': 'year',
  'per annum': 'year',
  annually: 'year',
  yearly: 'year',
  'per day': 'day',
  'a day': 'day',
  'each day': 'day',
  'every day': 'day',
  'every month': 'month',
  'each month': 'month',
  'every week': 'week',
  'each week': 'week',
  daily: 'day',
  'per month': 'month',
  'a month': 'month',
  monthly: 'month',
  'per week': 'week',
  'a week': 'week',
  weekly: 'week',
  'per hour': 'hour',
  'an hour': 'hour',
  // flows and short forms: "m3/s", "cubic metres per second", "t/y", "t/yr"
  'per second': 's',
  'per sec': 's',
  'per s': 's',
  'per y': 'year',
  'per yr': 'year',
});

/** Adjectives before a measure that make a figure a rate ("the annual turnover"). */
export const RATE_ADJECTIVES: Readonly<Record<string, string>> = dict({
  annual: 'year',
  yearly: 'year',
  daily: 'day',
  monthly: 'month',
  weekly: 'week',
});

/** Short forms written right after the number ("1.5 b/d" is barrels per day). */
export const RATE_UNITS: Readonly<Record<string, UnitEntry>> = dict({
  bpd: u('bbl/day'),
  'b/d': u('bbl/day'),
  'boe/d': u('boe/day'),
  boepd: u('boe/day'),
  'bbl/d': u('bbl/day'),
  'kb/d': u('bbl/day', 1e3),
  'mb/d': u('bbl/day', 1e6),
  'mt/y': u('t/year', 1e6),
  mtpa: u('t/year', 1e6),
  'bcm/y': u('m3/year', 1e9),
  'bcm/yr': u('m3/year', 1e9),
  'bcm/year': u('m3/year', 1e9),
  'bcm/a': u('m3/year', 1e9),
  'mcm/d': u('m3/day', 1e6),
  'mcm/day': u('m3/day', 1e6),
  'mmcm/d': u('m3/day', 1e6),
  'mt/yr': u('t/year', 1e6),
  'mt/year': u('t/year', 1e6),
  mtpy: u('t/year', 1e6),
  kbpd: u('bbl/day', 1e3),
  'kb/day': u('bbl/day', 1e3),
  kbd: u('bbl/day', 1e3),
  mbpd: u('bbl/day', 1e6),
  'mbbl/d': u('bbl/day', 1e6),
  'kbbl/d': u('bbl/day', 1e3),
});

/** Percent words after the number. "percentage points" is its own unit. */
export const PERCENT_WORDS: Readonly<Record<string, string>> = dict({
  '%': 'percent',
  '％': 'percent',
  percent: 'percent',
  percents: 'percent',
  percentage: 'percent',
  'per cent': 'percent',
  'per-cent': 'percent',
  pct: 'percent',
  // the British press abbreviation of "per cent" ("rose 12 pc")
  pc: 'percent',
  'percentage point': 'pp',
  'percentage points': 'pp',
  'percent point': 'pp',
  'percent points': 'pp',
  pp: 'pp',
  'p.p.': 'pp',
});

/**
 * Basis points ("cut the rate by 50 basis points"): a hundredth of a percentage point, so
 * the figure is in percentage points (50 bp = 0.5 pp), as a scale word is resolved into the
 * base unit ("1.5 bcm" = 1.5e9 m3).
 */
export const BASIS_POINT_WORDS: Readonly<Record<string, UnitEntry>> = dict({
  'basis points': u('pp', 0.01),
  'basis point': u('pp', 0.01),
  'basis-points': u('pp', 0.01),
  bps: u('pp', 0.01),
  bp: u('pp', 0.01),
});

/**
 * Minor currency units after a number: a hundredth of the currency ("5 euro cents" =
 * 0.05 EUR, "40 kopecks" = 0.4 RUB, "50 tiyn" = 0.5 KZT).
 */
export const MINOR_CURRENCY_WORDS: Readonly<Record<string, UnitEntry>> = dict({
  'euro cent': u('EUR', 0.01),
  'euro cents': u('EUR', 0.01),
  'euro-cent': u('EUR', 0.01),
  'euro-cents': u('EUR', 0.01),
  eurocent: u('EUR', 0.01),
  eurocents: u('EUR', 0.01),
  kopeck: u('RUB', 0.01),
  kopecks: u('RUB', 0.01),
  kopek: u('RUB', 0.01),
  kopeks: u('RUB', 0.01),
  kopeyka: u('RUB', 0.01),
  kopeykas: u('RUB', 0.01),
  tiyn: u('KZT', 0.01),
  tiyns: u('KZT', 0.01),
  tetri: u('GEL', 0.01),
  qapik: u('AZN', 0.01),
  qapiks: u('AZN', 0.01),
  'qəpik': u('AZN', 0.01),
  gapik: u('AZN', 0.01),
  luma: u('AMD', 0.01),
  kurus: u('TRY', 0.01),
  'kuruş': u('TRY', 0.01),
  tyiyn: u('KGS', 0.01),
  tyiyns: u('KGS', 0.01),
  tiyin: u('UZS', 0.01),
  tiyins: u('UZS', 0.01),
  diram: u('TJS', 0.01),
  dirams: u('TJS', 0.01),
});

/** The currency an exchange rate is quoted against ("per dollar", "to the euro"). */
export const EXCHANGE_BASE_WORDS: Readonly<Record<string, string>> = dict({
  dollar: 'USD',
  'us dollar': 'USD',
  'u.s. dollar': 'USD',
  'american dollar': 'USD',
  usd: 'USD',
  euro: 'EUR',
  eur: 'EUR',
  rouble: 'RUB',
  ruble: 'RUB',
  rub: 'RUB',
  yuan: 'CNY',
});

/**
 * Plural nouns that do not end in -s, counted like plurals ("480 people", "60 aircraft").
 */
export const IRREGULAR_COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'men',
  'women',
  'children',
  'staff',
  'personnel',
  'police',
  'cattle',
  'sheep',
  'livestock',
  'aircraft',
  'deer',
  'fish',
  'youth',
  'offspring',
  'clergy',
  'crew',
  'memoranda',
  'criteria',
  'media',
  'phenomena',
  'alumni',
  'vessels',
  // plurals in -men: "7,000 servicemen", "12 gunmen", "300 policemen"
  'servicemen',
  'servicewomen',
  'policemen',
  'policewomen',
  'businessmen',
  'businesswomen',
  'fishermen',
  'gunmen',
  'militiamen',
  'congressmen',
  'chairmen',
  'spokesmen',
  'seamen',
  'airmen',
  'craftsmen',
  'tradesmen',
  'workmen',
  'herdsmen',
  'countrymen',
  'statesmen',
  'firemen',
  'horsemen',
  'tribesmen',
  'riflemen',
  'marksmen',
  'guardsmen',
  'linemen',
  'cameramen',
  'foremen',
  'salesmen',
  'sportsmen',
  'sportswomen',
  'crewmen',
  'infantrymen',
  'cavalrymen',
  'frontiersmen',
  'noblemen',
  'gentlemen',
  'clergymen',
  'oilmen',
  'alumnae',
  // people named by what happened to them: "37 dead and 100 wounded"
  'dead',
  'wounded',
  'injured',
  'displaced',
]);

/**
 * Words ending in -s that are not plural nouns (so "5 is" or "3 various" is no count).
 * The tagger also rejects -ss, -us, -ous, -is endings.
 */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'this', 'thus', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'has', 'was', 'is', 'as',
  'us', 'yes', 'plus', 'minus', 'less', 'unless', 'across', 'always', 'perhaps', 'whereas',
  'besides', 'towards', 'afterwards', 'sometimes', 'nevertheless', 'news', 'does', 'goes',
  'times', 'bis', 'vs', 'aws', 'mrs', 'ms', 'ies', 'whose', 'alias', 'chaos', 'gas', 'atlas',
  // verbs in -s after a number used as a pronoun ("trade among the three remains modest")
  'remains', 'stands', 'holds', 'seems', 'appears', 'continues',
  'lens', 'series', 'species', 'means', 'thereafter', 'nowadays', 'upwards', 'downwards',
  'outwards', 'backwards', 'forwards', 'overseas', 'politics', 'economics', 'logistics',
  'statistics', 'physics', 'mathematics', 'ethics', 'basics', 'athletics',
  // fractions are no counted things: "two thirds", "three quarters"
  'halves', 'thirds', 'quarters', 'fourths', 'fifths', 'sixths', 'sevenths', 'eighths',
  'ninths', 'tenths', 'hundredths', 'thousandths', 'dozens', 'hundreds', 'thousands',
  'millions', 'billions', 'firsts', 'seconds',
]);

/** Words that label a number as an identifier, never a figure ("Table 3", "page 12"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'table', 'tables', 'figure', 'figures', 'fig', 'chart', 'graph', 'map', 'box', 'page', 'pages',
  'p', 'pp', 'section', 'sections', 'sec', 'chapter', 'chapters', 'ch', 'article', 'articles',
  'art', 'paragraph', 'paragraphs', 'para', 'annex', 'appendix', 'no', 'nos', 'number', 'nr',
  'resolution', 'item', 'items', 'line', 'lines', 'vol', 'volume', 'issue', 'part', 'parts',
  'step', 'grade', 'class', 'room', 'floor', 'route', 'highway', 'road', 'exit', 'tel',
  'telephone', 'phone', 'fax', 'mobile', 'code', 'iso', 'issn', 'isbn', 'doi', 'version', 'v',
  'rule', 'clause', 'footnote', 'note', 'notes', 'ref', 'reference', 'op', 'ibid', 'id',
  'block', 'unit', 'gate', 'platform', 'flight', 'bus', 'tram', 'channel', 'level', 'stage',
  'phase', 'round', 'session', 'sessions', 'congress', 'summit', 'top', 'ranked', 'rank',
  'ranks', 'place', 'rated', 'ed', 'eds', 'edition', 'vols', 'cf', 'see', 'aged', 'age',
  'apt', 'suite', 'ward', 'district', 'zone', 'sector', 'lot', 'plot', 'grid', 'model',
  'type', 'series', 'group', 'league', 'division', 'dist', 'postcode', 'zip', 'po', 'fi',
]);

/**
 * Units a price is quoted per ("$8 per barrel", "$45 a tonne", "USD 60/MWh"), singular as
 * written after "per", "a" or "/": the suffix of the price's unit ("USD/t", "USD/bbl").
 * Gas is priced per thousand cubic metres ("USD/1000m3").
 */
export const PER_UNITS: Readonly<Record<string, string>> = dict({
  t: 't',
  ton: 't',
  tonne: 't',
  'metric ton': 't',
  'metric tonne': 't',
  barrel: 'bbl',
  bbl: 'bbl',
  kg: 'kg',
  kilogram: 'kg',
  kilogramme: 'kg',
  litre: 'l',
  liter: 'l',
  gallon: 'gal',
  ounce: 'oz',
  oz: 'oz',
  pound: 'lb',
  lb: 'lb',
  mwh: 'MWh',
  kwh: 'kWh',
  gwh: 'GWh',
  megawatt: 'MW',
  'megawatt hour': 'MWh',
  'megawatt-hour': 'MWh',
  'kilowatt hour': 'kWh',
  'kilowatt-hour': 'kWh',
  kilowatthour: 'kWh',
  'gigawatt-hour': 'GWh',
  'gigawatt hour': 'GWh',
  'cubic metre': 'm3',
  'cubic meter': 'm3',
  m3: 'm3',
  'square metre': 'm2',
  'square meter': 'm2',
  m2: 'm2',
  hectare: 'ha',
  '1,000 cubic metres': '1000m3',
  '1,000 cubic meters': '1000m3',
  '1000 cubic metres': '1000m3',
  '1000 cubic meters': '1000m3',
  'thousand cubic metres': '1000m3',
  'thousand cubic meters': '1000m3',
  '1,000 m3': '1000m3',
  '1000 m3': '1000m3',
  mmbtu: 'MMBtu',
  teu: 'TEU',
  km: 'km',
  kilometre: 'km',
  kilometer: 'km',
  // an exchange rate: "470 tenge per dollar" = KZT/USD, "KZT 470/USD"
  dollar: 'USD',
  'us dollar': 'USD',
  euro: 'EUR',
  usd: 'USD',
  eur: 'EUR',
});

/** Nouns of cost before "of (moving) a tonne ... at $45": the price is per that unit. */
export const COST_NOUNS: ReadonlySet<string> = new Set([
  'cost', 'costs', 'price', 'prices', 'tariff', 'tariffs', 'fee', 'fees', 'charge', 'charges',
  'rate', 'rates',
]);

/**
 * Words between a number and its time unit that leave it a duration ("four summer months",
 * "ten working days", "two consecutive years").
 */
export const TIME_MODIFIERS: ReadonlySet<string> = new Set([
  'summer', 'winter', 'spring', 'autumn', 'fall', 'working', 'business', 'calendar', 'full',
  'consecutive', 'successive', 'straight', 'whole', 'long', 'school', 'academic', 'fiscal',
  'financial', 'light',
]);
