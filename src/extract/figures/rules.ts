/**
 * The figure rules as data: id, description and examples (sentences written for this
 * project). The runner is the tagger (tagFigures); a hit's value is {value, unit, approx}.
 * The order in which the tagger tries them is documented in tagger.ts.
 */
import type { RuleHit, RuleSet, RuleSpec } from '../../core/types.js';
import { tagFigures } from './tagger.js';

const rules: RuleSpec[] = [
  {
    id: 'figures/money/symbol',
    description:
      'A currency sign before a number, with an optional scale word or short scale ($, €, £, US$, C$, HK$; "million", "bn", "m"); spaced signs and the markdown escape "\\$" too; a rate period after it makes it a rate (USD/year).',
    examples: {
      match: [
        { text: 'Freight revenue came to $57.3 million in the spring.', match: '$57.3 million', value: { value: 57300000, unit: 'USD', approx: null } },
        { text: 'The reserve now holds \\$7 billion in bonds.', match: '$7 billion', value: { value: 7e9, unit: 'USD' } },
        { text: 'A lender advanced $3bn to the shipyard.', match: '$3bn', value: { value: 3e9, unit: 'USD' } },
        { text: 'Brussels set aside €4.1bn for the ferry link.', match: '€4.1bn', value: { value: 4.1e9, unit: 'EUR' } },
        { text: 'Bidders offered more than $16 billion for the licences.', match: '$16 billion', value: { value: 16e9, unit: 'USD', approx: 'more_than' } },
        { text: 'The partners expect $830 million a year in tolls.', match: '$830 million a year', value: { value: 8.3e8, unit: 'USD/year' } },
        { text: 'Contracts worth over $260 million changed hands.', match: '$260 million', value: { value: 2.6e8, unit: 'USD', approx: 'more_than' } },
        { text: 'a $ 35 million credit line', match: '$ 35 million', value: { value: 35e6, unit: 'USD' } },
        { text: 'The start-up secured US$ 18 million.', match: 'US$ 18 million', value: { value: 18e6, unit: 'USD' } },
        { text: 'Ministers hope the annual exchange will climb to $6 billion.', match: '$6 billion', value: { value: 6e9, unit: 'USD/year' } },
        { text: 'The grant is worth between $20 and $25 million.', match: '$20 and $25 million', value: { value: [20e6, 25e6], unit: 'USD' } },
      ],
      noMatch: ['The dollar weakened against the lari.', 'Fees are listed in $ terms.'],
    },
  },
  {
    id: 'figures/money/per-unit',
    description:
      'A price quoted per unit of a good: "per"/"a"/"/" and a singular unit right after the amount ("$9 per barrel", "$52 a tonne", "USD 75/MWh", "$310 per 1,000 cubic metres"), or a cost noun earlier in the sentence naming the unit ("the cost of shipping a tonne ... at $30-35"); a price compared with it ("against $25") takes the same unit. Unit: currency/unit ("USD/t", "USD/bbl", "USD/1000m3").',
    examples: {
      match: [
        { text: 'The pipeline tariff stands at about $9 per barrel.', match: '$9 per barrel', value: { value: 9, unit: 'USD/bbl', approx: 'about' } },
        { text: 'Rail freight adds $14-16 per tonne to the bill.', match: '$14-16 per tonne', value: { value: [14, 16], unit: 'USD/t' } },
        { text: 'Wholesale power sold at USD 75/MWh last winter.', match: 'USD 75/MWh', value: { value: 75, unit: 'USD/MWh' } },
        { text: 'Gas was priced at $310 per 1,000 cubic metres.', match: '$310 per 1,000 cubic metres', value: { value: 310, unit: 'USD/1000m3' } },
        { text: 'Brent fetched $88 a barrel in March.', match: '$88 a barrel', value: { value: 88, unit: 'USD/bbl' } },
        { text: 'The cost of shipping a tonne of grain from the port to the border is put at $30-35, against $25 by road.', match: '$30-35', value: { value: [30, 35], unit: 'USD/t' } },
        { text: 'The cost of shipping a tonne of grain from the port to the border is put at $30-35, against $25 by road.', match: '$25', value: { value: 25, unit: 'USD/t' } },
        { text: 'Fees of $35-40 a tonne apply, compared with $28 on the old route.', match: '$28', value: { value: 28, unit: 'USD/t' } },
        { text: 'Buyers paid 60 dollars per barrel.', match: '60 dollars per barrel', value: { value: 60, unit: 'USD/bbl' } },
        { text: 'Homes pay about 3 US cents per kilowatt-hour.', match: '3 US cents per kilowatt-hour', value: { value: 0.03, unit: 'USD/kWh', approx: 'about' } },
        { text: 'Retail power costs 9 cents per kilowatt hour there.', match: '9 cents per kilowatt hour', value: { value: 0.09, unit: 'USD/kWh' } },
      ],
      noMatch: [
        'The price of a barrel of crude fell, and the treasury lost $2 billion.',
        'The port earned $12 million a year from tolls.', 'A tonne of grain was lost, and the insurer paid $4,000.', 'They paid $30 for a ton of paperwork.',
      ],
    },
  },
  {
    id: 'figures/money/code',
    description: 'An ISO currency code before or after a number ("USD 640 million", "AZN 7 million", "45 million EUR").',
    examples: {
      match: [
        { text: 'The plan earmarks USD 640 million for bridges.', match: 'USD 640 million', value: { value: 6.4e8, unit: 'USD' } },
        { text: 'The city spent AZN 7 million on the clinic.', match: 'AZN 7 million', value: { value: 7e6, unit: 'AZN' } },
        { text: 'Loans of 45 million EUR were signed off.', match: '45 million EUR', value: { value: 4.5e7, unit: 'EUR' } },
      ],
      noMatch: ['The USD rate held steady.', 'AZN stayed pegged.'],
    },
  },
  {
    id: 'figures/money/word',
    description: 'A currency word after a number ("N billion dollars", "N million manat", "N yen", "N cents").',
    examples: {
      match: [
        { text: 'Commerce across the bloc exceeds 410 billion dollars annually.', match: '410 billion dollars annually', value: { value: 4.1e11, unit: 'USD/year', approx: 'more_than' } },
        { text: 'The governor promised 8 million manat for the roads.', match: '8 million manat', value: { value: 8e6, unit: 'AZN' } },
        { text: 'A bus ride costs 35 cents.', match: '35 cents', value: { value: 35, unit: 'cent' } },
        { text: 'The stake went for 276 million euros.', match: '276 million euros', value: { value: 276e6, unit: 'EUR' } },
        { text: 'Lunch was 4 dollars and 15 cents.', match: '4 dollars and 15 cents', value: { value: 4.15, unit: 'USD' } },
      ],
      noMatch: ['Dollars and lari circulate side by side.', 'The euro area recovered.'],
    },
  },
  {
    id: 'figures/percent/number',
    description: 'A number with %, percent, per cent or percentage points ("by 350%", "9.4 percent", "27.5 per cent").',
    examples: {
      match: [
        { text: 'Sales to the Gulf jumped by 350% within a year.', match: '350%', value: { value: 350, unit: 'percent' } },
        { text: 'Container traffic rose 9.4 percent.', match: '9.4 percent', value: { value: 9.4, unit: 'percent' } },
        { text: 'Tourism receipts climbed by 27.5 per cent.', match: '27.5 per cent', value: { value: 27.5, unit: 'percent' } },
        { text: 'Rail freight expanded by more than 40 percent.', match: '40 percent', value: { value: 40, unit: 'percent', approx: 'more_than' } },
        { text: 'The key rate was cut by 0.75 percentage points.', match: '0.75 percentage points', value: { value: 0.75, unit: 'pp' } },
        { text: 'Arrivals dropped by fifteen percent.', match: 'fifteen percent', value: { value: 15, unit: 'percent' } },
      ],
      noMatch: ['The percentage of imports is unclear.', 'Per capita spending rose.'],
    },
  },
  {
    id: 'figures/percent/fraction',
    description:
      'A fraction as a share, in percent: "a quarter of" (25), "half its/the/of" (50), "a third of" (33.3), "two thirds of" (66.7), "three quarters of" (75), "a fifth of" (20), "a tenth of" (10); not "the first half of 2024", "a quarter of a century", "half a million", "a third country".',
    examples: {
      match: [
        { text: 'The port handles roughly a quarter of the country’s grain exports.', match: 'a quarter', value: { value: 25, unit: 'percent', approx: 'about' } },
        { text: 'The line carried less than half its design volume.', match: 'half', value: { value: 50, unit: 'percent', approx: 'less_than' } },
        { text: 'The party won two thirds of the seats.', match: 'two thirds', value: { value: 66.7, unit: 'percent' } },
        { text: 'Almost a third of the wells are idle.', match: 'a third', value: { value: 33.3, unit: 'percent', approx: 'almost' } },
        { text: 'Three-quarters of the budget went on roads.', match: 'Three-quarters', value: { value: 75, unit: 'percent' } },
        { text: 'Half of the loans were repaid.', match: 'Half', value: { value: 50, unit: 'percent' } },
        { text: 'Imports fell by a quarter in 2022.', match: 'a quarter', value: { value: 25, unit: 'percent' } },
        { text: 'The new ferry cut crossing times by half.', match: 'half', value: { value: 50, unit: 'percent' } },
        { text: 'One in four villages lacks a school.', match: 'One in four', value: { value: 25, unit: 'percent' } },
        { text: 'More than half of the 800 wagons stood idle.', match: 'half', value: { value: 50, unit: 'percent', approx: 'more_than' } },
      ],
      noMatch: [
        'Sales rose in the second half of 2024.',
        'Rates were cut in half of 2023 already.',
        'The dispute lasted a quarter of a century.',
        'Turnout was half a million.',
        'Goods go on to a third country.',
        'The road follows the northern half of the old route.',
        'The railway runs through its eastern third of the valley.',
        'In the first quarter of the year, sales rose.',
        'The works took half an hour.',
        'A third party audited the books.',
        'The contract went by a third party to arbitration.',
      ],
    },
  },
  {
    id: 'figures/multiplier/times',
    description: 'A number followed by "times": a multiplier ("more than 4 times"); not after a verb of meeting or visiting (see figures/count/occasions).',
    examples: {
      match: [
        { text: 'Since 2015, lorry traffic has grown more than 4 times.', match: '4 times', value: { value: 4, unit: 'times', approx: 'more_than' } },
        { text: 'The harvest rose five times over ten years.', match: 'five times', value: { value: 5, unit: 'times' } },
        { text: 'Exports are now nearly two times as large as in 2016.', match: 'two times', value: { value: 2, unit: 'times', approx: 'almost' } },
        { text: 'The port now sees almost twice as many ships as in 2015.', match: 'twice', value: { value: 2, unit: 'times', approx: 'almost' } },
      ],
      noMatch: ['At times the negotiations stalled.', 'Those were hard times.', 'The envoys met 12 times last year.', 'The envoy came twice.'],
    },
  },
  {
    id: 'figures/count/occasions',
    description:
      'A number followed by "times" after a verb of meeting, visiting or talking in the same clause ("have held talks 14 times", "has visited the capital four times"): a count of occasions, not a multiplier.',
    examples: {
      match: [
        { text: 'The two defence chiefs have held talks more than 14 times since 2016.', match: '14 times', value: { value: 14, unit: 'count', approx: 'more_than' } },
        { text: 'He has visited Tbilisi four times as president.', match: 'four times', value: { value: 4, unit: 'count' } },
        { text: 'The joint commission convened 9 times in five years.', match: '9 times', value: { value: 9, unit: 'count' } },
        { text: 'The old track crosses the border three or four times.', match: 'three or four times', value: { value: [3, 4], unit: 'count' } },
        { text: 'The water council met only twice between 2015 and 2019.', match: 'twice', value: { value: 2, unit: 'count' } },
      ],
      noMatch: ['Prices rose twice in a month.', 'Output grew 3 times after the reform.', 'At times the delegations met in secret.'],
    },
  },
  {
    id: 'figures/multiplier/fold',
    description: 'A "-fold" multiplier in one word or with a number ("fivefold", "4-fold", "eight-fold").',
    examples: {
      match: [
        { text: 'Transit nearly fivefold increased after the reform.', match: 'fivefold', value: { value: 5, unit: 'times', approx: 'almost' } },
        { text: 'Bookings showed a 4-fold rise.', match: '4-fold', value: { value: 4, unit: 'times' } },
        { text: 'Capacity rose eight-fold.', match: 'eight-fold', value: { value: 8, unit: 'times' } },
      ],
      noMatch: ['The exhaust manifold cracked.', 'A scaffold was put up.'],
    },
  },
  {
    id: 'figures/multiplier/verb',
    description:
      'A verb of multiplication: doubled = 2 times, tripled = 3, quadrupled = 4, halved = 0.5; the base form ("double", "triple") only after a modal ("would double"), a verb of intention with "to" ("aims to triple") or "more than" ("to more than double").',
    examples: {
      match: [
        { text: 'The count of bonded warehouses has tripled.', match: 'tripled', value: { value: 3, unit: 'times' } },
        { text: 'Ferry bookings doubled once the port reopened.', match: 'doubled', value: { value: 2, unit: 'times' } },
        { text: 'The new berth would double the terminal’s throughput.', match: 'double', value: { value: 2, unit: 'times' } },
        { text: 'A second line could more than triple capacity.', match: 'triple', value: { value: 3, unit: 'times', approx: 'more_than' } },
        { text: 'The ministry aims to double grain exports by 2030.', match: 'double', value: { value: 2, unit: 'times' } },
        { text: 'It plans to widen the road and to halve waiting times.', match: 'halve', value: { value: 0.5, unit: 'times' } },
        { text: 'Reaching the goal needs sales to more than double.', match: 'double', value: { value: 2, unit: 'times', approx: 'more_than' } },
        { text: 'Orders from the mills may well more than triple next year.', match: 'triple', value: { value: 3, unit: 'times', approx: 'more_than' } },
        { text: 'Farmers now pay nearly double the price of 2019.', match: 'double', value: { value: 2, unit: 'times', approx: 'almost' } },
      ],
      noMatch: [
        'They discussed a double tax convention.',
        'A triple border point was marked.',
        'Traders are subject to double taxation.',
        'Auditors will double check the accounts.',
        'The double track opened in May.',
        'He wanted more than double standards to end.',
        'They talked about double taxation.',
        'It is about double-digit growth.',
        'Nothing is more than Double Eagle brand.',
      ],
    },
  },
  {
    id: 'figures/quantity/unit',
    description:
      'A number with a measurement unit (t, m3 with bcm/mcm scales, bbl, km, m2, MW, ...), in words, symbols or hyphenated ("85-kilometre"); a rate period in the clause ("of gas per day") or an "annual" noun after it ("in annual trade") makes it a rate.',
    examples: {
      match: [
        { text: 'The interconnector moves 2.7 bcm to the south.', match: '2.7 bcm', value: { value: 2.7e9, unit: 'm3' } },
        { text: 'The offshore block yields 6.2 mcm of gas per day.', match: '6.2 mcm', value: { value: 6.2e6, unit: 'm3/day' } },
        { text: 'The terminal loaded 8.6 million tons of grain.', match: '8.6 million tons', value: { value: 8.6e6, unit: 't' } },
        { text: 'Deliveries came to 3.9 mln tonnes.', match: '3.9 mln tonnes', value: { value: 3.9e6, unit: 't' } },
        { text: 'The refinery will take 3 million barrels of crude per year.', match: '3 million barrels', value: { value: 3e6, unit: 'bbl/year' } },
        { text: 'The village sits about 85 kilometers from the coast.', match: '85 kilometers', value: { value: 85, unit: 'km', approx: 'about' } },
        { text: 'Throughput should reach 18 million tons.', match: '18 million tons', value: { value: 18e6, unit: 't' } },
        { text: 'A 240 MW wind farm was commissioned.', match: '240 MW', value: { value: 240, unit: 'MW' } },
        { text: 'A 500-kV line will link the two grids.', match: '500-kV', value: { value: 500, unit: 'kV' } },
        { text: 'The field holds 9 tcf of gas.', match: '9 tcf', value: { value: 9e12, unit: 'ft3' } },
        { text: 'Output averaged 1.8 mb/d last year.', match: '1.8 mb/d', value: { value: 1.8e6, unit: 'bbl/day' } },
        { text: 'The spur line will be 22km long.', match: '22km', value: { value: 22, unit: 'km' } },
        { text: 'The system ships 9 bcm a year, of which 2 bcm goes east.', match: '2 bcm', value: { value: 2e9, unit: 'm3/year' } },
        { text: 'The quay handles 3 million tonnes of ore in annual shipments.', match: '3 million tonnes', value: { value: 3e6, unit: 't/year' } },
        { text: 'The hub serves 2 million travellers and 4 million tonnes of freight a year.', match: '4 million tonnes', value: { value: 4e6, unit: 't/year' } },
        { text: 'The swap covers 300 million cubic metres of gas and 900 million kWh of power a year.', match: '300 million cubic metres', value: { value: 3e8, unit: 'm3/year' } },
        { text: 'The yard delivers ships of 5,000-7,000 deadweight tonnes.', match: '5,000-7,000 deadweight tonnes', value: { value: [5000, 7000], unit: 't' } },
        { text: 'The reservoir holds 4.2 cubic kilometres of water.', match: '4.2 cubic kilometres', value: { value: 4.2, unit: 'km3' } },
        { text: 'Upstream lakes store some 7 km3 in spring.', match: '7 km3', value: { value: 7, unit: 'km3', approx: 'about' } },
        { text: 'The dam sold 1.4 billion kilowatt-hours abroad.', match: '1.4 billion kilowatt-hours', value: { value: 1.4e9, unit: 'kWh' } },
        { text: 'The dam sold 1.4 billion kilowatt-\nhours abroad.', match: '1.4 billion kilowatt-\nhours', value: { value: 1.4e9, unit: 'kWh' } },
        { text: 'The dam sold 1.4 billion kilowatthours abroad.', match: '1.4 billion kilowatthours', value: { value: 1.4e9, unit: 'kWh' } },
        { text: 'Demand reached 36 terawatt hours.', match: '36 terawatt hours', value: { value: 36, unit: 'TWh' } },
        { text: 'Each rooftop panel gives about 400 kilowatts.', match: '400 kilowatts', value: { value: 400, unit: 'kW', approx: 'about' } },
        { text: 'Brine in the lagoon holds 35 grams per litre of salt.', match: '35 grams per litre', value: { value: 35, unit: 'g/l' } },
        { text: 'Brine in the lagoon holds 35 g/l of salt.', match: '35 g/l', value: { value: 35, unit: 'g/l' } },
        { text: 'Cotton yields reached 2.8 tonnes per hectare last season.', match: '2.8 tonnes per hectare', value: { value: 2.8, unit: 't/ha' } },
        { text: 'The shore retreated by 2.5 m between 2010 and 2020.', match: '2.5 m', value: { value: 2.5, unit: 'm' } },
        { text: 'The mill ships 3 million tonnes of wheat and barley annually.', match: '3 million tonnes', value: { value: 3e6, unit: 't/year' } },
        { text: 'The line operates three 9,500-dwt ferries.', match: '9,500-dwt', value: { value: 9500, unit: 't' } },
        { text: 'The survey covered about 600 square km of seabed.', match: '600 square km', value: { value: 600, unit: 'km2', approx: 'about' } },
      ],
      noMatch: ['Tons of forms remain unprocessed.', 'The barrels stood empty.', 'Kilowatt-hours are billed monthly.', 'The grams per litre figure is unknown.'],
    },
  },
  {
    id: 'figures/change/from-to',
    description:
      '"from A to B" with two figures: a change, read as two figures (A takes the unit, scale and rate of B when it states none); "between A and B" and "A-B" stay ranges.',
    examples: {
      match: [
        { text: 'The terminal grew from 3.5 million to 5.5 million tonnes a year.', match: '3.5 million', value: { value: 3.5e6, unit: 't/year' } },
        { text: 'The terminal grew from 3.5 million to 5.5 million tonnes a year.', match: '5.5 million tonnes a year', value: { value: 5.5e6, unit: 't/year' } },
        { text: 'Tariffs were cut from 12 to 8 percent.', match: '12', value: { value: 12, unit: 'percent' } },
        { text: 'The budget rose from $42 million to $67 million.', match: '$42 million', value: { value: 4.2e7, unit: 'USD' } },
        { text: 'Output fell from a peak of 640,000 barrels a day in 2012 to about 410,000 in 2022.', match: '410,000', value: { value: 410000, unit: 'bbl/day', approx: 'about' } },
        { text: 'Nitrate levels went from about 4 milligrams per litre to well over 30 after the floods.', match: '30', value: { value: 30, unit: 'mg/l', approx: 'more_than' } },
      ],
      noMatch: ['The corridor runs from Poti to Baku.', 'Clearance takes 6-9 days.', 'Exports were between 3 and 5 million tonnes.'],
    },
  },
  {
    id: 'figures/duration/unit',
    description:
      'A number with a time unit: a duration ("eight years", "4-6 days", "three-day", "two and a half years", "two or three years", "four summer months", "two decades old"); decades and centuries are given in years ("three decades" = 30 year); not "N months of 2021" (a date) nor an age ("41-year-old") nor "N years ago" nor a title-case heading ("Fifteen Years of ..."). A duration with no numeral ("almost a decade", "half a century") is no figure.',
    examples: {
      match: [
        { text: 'Border checks last 4-6 days.', match: '4-6 days', value: { value: [4, 6], unit: 'day' } },
        { text: 'After a pause of eight years, the commission met again.', match: 'eight years', value: { value: 8, unit: 'year' } },
        { text: 'The three-day blockade ended quietly.', match: 'three-day', value: { value: 3, unit: 'day' } },
        { text: 'The bypass should be built within the next five years.', match: 'five years', value: { value: 5, unit: 'year', approx: 'up_to' } },
        { text: 'For four decades the two states argued over the river.', match: 'four decades', value: { value: 40, unit: 'year' } },
        { text: 'Three and a half years later the crossing reopened.', match: 'Three and a half years', value: { value: 3.5, unit: 'year' } },
        { text: 'The accord is almost three decades old.', match: 'three decades', value: { value: 30, unit: 'year', approx: 'almost' } },
        { text: 'Repairs may take four or five weeks.', match: 'four or five weeks', value: { value: [4, 5], unit: 'week' } },
        { text: 'The reservoir fills in three spring months.', match: 'three spring months', value: { value: 3, unit: 'month' } },
        { text: 'Most aid arrived within the first 72 hours.', match: '72 hours', value: { value: 72, unit: 'hour' } },
        { text: 'The council met again at the summit five weeks later.', match: 'five weeks', value: { value: 5, unit: 'week' } },
      ],
      noMatch: [
        'In the first nine months of 2021, freight grew.',
        'In the first nine months, profit rose.',
        'The envoy, 58 years old, retired.',
        'A 41-year-old driver was detained.',
        'Three years ago the bridge opened.',
        'Twenty Years of the Caspian Forum',
        'The works stalled for almost a decade.',
        'The dispute dragged on for a quarter of a century.',
        'The canal was in use for more than half a century.',
      ],
    },
  },
  {
    id: 'figures/count/noun',
    description:
      'A number followed (after at most four modifiers) by a plural noun: a count ("515 troops", "about 25 important intergovernmental documents", "between 12,000 and 35,000 people", "the three leaders", "10 other documents"); a hyphenated body size ("a five-member council", "a 27-nation bloc"); the first of two coordinated counts ("five Kyrgyz and two Tajik guards"); a count before an inner figure ("two new 8,000-dwt tankers" = "two new" + "8,000-dwt"). Not "two" + a noun naming a pair of actors or places ("the two countries", "two continents"), nor "these/those three ..." + a group of actors already named.',
    examples: {
      match: [
        { text: 'Three Ossetians were detained at the crossing.', match: 'Three Ossetians', value: { value: 3, unit: 'count' } },
        { text: 'The contingent has 515 troops on the border.', match: '515 troops', value: { value: 515, unit: 'count' } },
        { text: 'They initialled about 25 important intergovernmental documents.', match: '25 important intergovernmental documents', value: { value: 25, unit: 'count', approx: 'about' } },
        { text: 'The community counts between 12,000 and 35,000 people.', match: '12,000 and 35,000 people', value: { value: [12000, 35000], unit: 'count' } },
        { text: 'Some 317 firms with Turkish capital are registered there.', match: '317 firms', value: { value: 317, unit: 'count', approx: 'about' } },
        { text: 'Around 45,000 Ossetians live in the valley.', match: '45,000 Ossetians', value: { value: 45000, unit: 'count', approx: 'about' } },
        { text: 'Since 2005 the premier made nine high-level trips.', match: 'nine high-level trips', value: { value: 9, unit: 'count' } },
        { text: 'More than a dozen banks applied.', match: 'a dozen banks', value: { value: 12, unit: 'count', approx: 'more_than' } },
        { text: 'The agencies signed 5 MoUs.', match: '5 MoUs', value: { value: 5, unit: 'count' } },
        { text: 'The draft was tabled with 42 co-sponsors.', match: '42 co-sponsors', value: { value: 42, unit: 'count' } },
        { text: 'The province has 12 sub-districts.', match: '12 sub-districts', value: { value: 12, unit: 'count' } },
        { text: 'About 700 trucks pass the checkpoint every day.', match: '700 trucks', value: { value: 700, unit: 'count/day', approx: 'about' } },
        { text: 'The ministers signed 8 memoranda of understanding.', match: '8 memoranda', value: { value: 8, unit: 'count' } },
        { text: 'The three unfinished bridges in the delta are a risk.', match: 'three unfinished bridges', value: { value: 3, unit: 'count' } },
        { text: 'After the summit the four governments approved the tariff.', match: 'four governments', value: { value: 4, unit: 'count' } },
        { text: 'The alliance grew from a six-member pact to a 12-nation bloc.', match: 'six-member', value: { value: 6, unit: 'count' } },
        { text: 'The alliance grew from a six-member pact to a 12-nation bloc.', match: '12-nation', value: { value: 12, unit: 'count' } },
        { text: 'A 1,200-strong contingent stays on.', match: '1,200-strong', value: { value: 1200, unit: 'count' } },
        { text: 'Four Georgian and three Armenian drivers were stopped.', match: 'Four Georgian', value: { value: 4, unit: 'count' } },
        { text: 'Four Georgian and three Armenian drivers were stopped.', match: 'three Armenian drivers', value: { value: 3, unit: 'count' } },
        { text: 'The yard is building three new 6,000-tonne barges.', match: 'three new', value: { value: 3, unit: 'count' } },
        { text: 'They also signed more than 12 other protocols.', match: '12 other protocols', value: { value: 12, unit: 'count', approx: 'more_than' } },
      ],
      noMatch: [
        'Three Ports, One Corridor: Freight Across the Caspian',
        'The two countries signed a treaty.',
        'In 2017 elections were held.',
        'One of the routes is closed.',
        'After the summit these four governments approved the tariff.',
        'A ferry now links two continents.',
        '4 PetroLinks annual report 2022.',
        '1 Imports data: customs service, 2023.',
        'Several hundred workers were hired.',
        'Both sides back a two-state solution.',
      ],
    },
  },
  {
    id: 'figures/count/partitive',
    description: '"N of the <plural noun>", "N out of ..." and "N of them/whom": a count ("Five of the Nordic states", "36 of them Kyrgyz").',
    examples: {
      match: [
        { text: 'Five of the Nordic states abstained.', match: 'Five', value: { value: 5, unit: 'count' } },
        { text: 'It trades by sea with three out of its six neighbours.', match: 'three', value: { value: 3, unit: 'count' } },
        { text: 'Forty sailors were rescued, 25 of them Turkish nationals.', match: '25', value: { value: 25, unit: 'count' } },
      ],
      noMatch: ['One of the states abstained.', 'Both of the states abstained.'],
    },
  },
  {
    id: 'figures/count/number-of',
    description:
      'A bare number whose clause names what it counts with "the number of <plural noun>" before it ("the number of visitors reached 2 million a year"): a count, with the rate period after it.',
    examples: {
      match: [
        { text: 'The number of tourists from Iran climbed to about 3.4 million a year.', match: '3.4 million a year', value: { value: 3.4e6, unit: 'count/year', approx: 'about' } },
        { text: 'The number of students enrolled reached 4,200 in 2021.', match: '4,200', value: { value: 4200, unit: 'count' } },
        { text: 'The bloc has a combined population of about 90 million.', match: '90 million', value: { value: 9e7, unit: 'count', approx: 'about' } },
        { text: 'The field office has a staff of about 45 and a small budget.', match: '45', value: { value: 45, unit: 'count', approx: 'about' } },
        { text: 'The navy keeps a fleet of 14 in the north.', match: '14', value: { value: 14, unit: 'count' } },
        { text: 'The oblast’s population has grown to about 3.1 million.', match: '3.1 million', value: { value: 3.1e6, unit: 'count', approx: 'about' } },
        { text: 'Its workforce stood at 2,300 last year.', match: '2,300', value: { value: 2300, unit: 'count' } },
        { text: 'The number of ferries tripled to 12 a week.', match: '12 a week', value: { value: 12, unit: 'count/week' } },
      ],
      noMatch: ['The number of visitors is unknown, but the index stood at 4,200.', 'Prices were 3 million higher.', 'The population of the valley grew by 3 million.', 'The staff of the mission left in 2019 after 340 days.', 'A team of experts scored it 8.5.', 'The population fell by 3 million.', 'The fleet reached the port at 14.30.'],
    },
  },
  {
    id: 'figures/ellipsis/inherit',
    description:
      'A bare number joined to the figure before it in the same sentence ("of which", "and", "while") takes its unit: "515 troops, of which 380 are in the west".',
    examples: {
      match: [
        { text: 'It keeps 515 troops abroad, of which 380 are in the west and 135 at sea.', match: '380', value: { value: 380, unit: 'count' } },
        { text: 'It keeps 515 troops abroad, of which 380 are in the west and 135 at sea.', match: '135', value: { value: 135, unit: 'count' } },
        { text: 'The bill passed by 112 votes to 4.', match: '4', value: { value: 4, unit: 'count' } },
        { text: 'Rainfall filled 8.3 billion cubic metres, short of the usual average of about 9 billion.', match: '9 billion', value: { value: 9e9, unit: 'm3', approx: 'about' } },
        { text: 'Sales hit $2.4 billion, against 2.1 billion a year before.', match: '2.1 billion', value: { value: 2.1e9, unit: 'USD' } },
        { text: 'Nine of the accords were signed, but only three are in force.', match: 'three', value: { value: 3, unit: 'count' } },
        { text: 'Some 9,000 pilgrims came, compared with 6,500 in 2019.', match: '6,500', value: { value: 6500, unit: 'count' } },
        { text: 'The dams yield 14 billion kWh, of which 2.5 billion are sold abroad.', match: '2.5 billion', value: { value: 2.5e9, unit: 'kWh' } },
      ],
      noMatch: [
        'It keeps 515 troops abroad. 380 more will follow.',
        'All three are members of the bloc.',
        'Some 9,000 pilgrims came in 2023, when prices reached 6,500.',
        'About 90 ships called, compared with 14,000 lorries.',
        'Two delegations came. Only three were seated.',
        'The lake lost 3 billion cubic metres; the state spent 90 billion on it.',
        'The pipeline carries 6 billion cubic metres, and the fund holds 400 billion.',
      ],
    },
  },
  {
    id: 'figures/number/bare',
    description:
      'A number with no unit ("28,750", "2.4 trillion", "one hundred and forty", "three thousand", "half a million"); the document extractor keeps it only when it inherits a unit. Not years, codes, postcodes, phone numbers, page or section numbers, footnote lines.',
    examples: {
      match: [
        { text: 'The index closed at 28,750 on Monday.', match: '28,750', value: { value: 28750, unit: 'number' } },
        { text: 'Arrears total 2.4 trillion.', match: '2.4 trillion', value: { value: 2.4e12, unit: 'number' } },
        { text: 'The tally came to one hundred and forty.', match: 'one hundred and forty', value: { value: 140, unit: 'number' } },
        { text: 'The crowd was three thousand.', match: 'three thousand', value: { value: 3000, unit: 'number' } },
        { text: 'The turnout was half a million.', match: 'half a million', value: { value: 500000, unit: 'number' } },
      ],
      noMatch: ['In 2018 the port opened.', 'All four are members.', 'Call +995 32 555 0123.'],
    },
  },
];

/** Not figures: the tagger must find nothing in these (set negatives). */
const negatives: string[] = [
  'In 2016, the quay was rebuilt.',
  'The talks were held on 14 March 2021.',
  'The forum opened on July 23rd, 2020.',
  'The 2024-2028 programme was approved.',
  'The two ports ranked 31st and 42nd in the index.',
  'ISSN 2345-6789',
  'Postal address: PO Box 417, 33720 Tampere',
  'Espoo 02150',
  'See page 37 for details.',
  'as noted above (p. 41)',
  'This is discussed in Table 3 below.',
  'COVID-19 restrictions slowed the border crossings.',
  'Delegates gathered for COP29 talks.',
  'Officials discussed the 6+3 platform.',
  'A G-20 communique was issued.',
  'Contact: +358 40 765 4321',
  'Tel. (017) 362 8810',
  'ties with the wider neighbourhood.17 The following part',
  '4.2 Context',
  '5. Conclusions',
  'Article 9 of the charter applies.',
  'The two republics signed a memorandum.',
  'On the one hand, tariffs fell.',
  'All four are founding members.',
  'The session started at 14:45.',
  'Shipping revived in the 1980s and again in mid-2011.',
  'Georgia is among its top 15 partners.',
  'In the first three months of 2020, freight fell.',
  'as shown in prior work [8] and (pp. 31–36)',
  'Source: https://example.org/data/2021/sheet-17',
  'The accord of 11 June 2004 entered into force.',
  '1 Interview with a customs official, May 2023.\n2 Ministry of Transport, annual report 2022.\n3 PortCo press release, 4 March 2023.',
  'Weeks later these five states ratified the charter.',
  'Tax treaties prevent double taxation.',
  'Results for the second half of 2024 are due.',
  'Output fell in Q1 and recovered in Q3.',
  'Reform stalled for almost a decade.',
];

export const figureRules: RuleSet = {
  name: 'figures',
  rules,
  negatives,
  run(text: string): RuleHit[] {
    return tagFigures(text).map((h) => ({
      rule: h.rule,
      start: h.start,
      end: h.end,
      text: h.text,
      value: { value: h.value, unit: h.unit, approx: h.approx },
    }));
  },
};
