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
        { text: 'Bilateral trade reached $44.8 million last year.', match: '$44.8 million', value: { value: 44800000, unit: 'USD', approx: null } },
        { text: 'The fund holds \\$9 billion in assets.', match: '$9 billion', value: { value: 9e9, unit: 'USD' } },
        { text: 'The bank lent $1bn to the port authority.', match: '$1bn', value: { value: 1e9, unit: 'USD' } },
        { text: 'The EU pledged €2.5bn for the corridor.', match: '€2.5bn', value: { value: 2.5e9, unit: 'EUR' } },
        { text: 'Investors committed more than $12 billion to the sector.', match: '$12 billion', value: { value: 12e9, unit: 'USD', approx: 'more_than' } },
        { text: 'The two sides aim at $700 million a year in trade.', match: '$700 million a year', value: { value: 7e8, unit: 'USD/year' } },
        { text: 'Deals worth over $300 million were announced.', match: '$300 million', value: { value: 3e8, unit: 'USD', approx: 'more_than' } },
        { text: 'a $ 75 million bond issue', match: '$ 75 million', value: { value: 75e6, unit: 'USD' } },
        { text: 'The company raised US$ 40 million.', match: 'US$ 40 million', value: { value: 40e6, unit: 'USD' } },
        { text: 'They plan to lift the annual turnover to $2 billion soon.', match: '$2 billion', value: { value: 2e9, unit: 'USD/year' } },
        { text: 'The loan is worth between $10 and $15 million.', match: '$10 and $15 million', value: { value: [10e6, 15e6], unit: 'USD' } },
      ],
      noMatch: ['The dollar weakened against the manat.', 'Prices are quoted in $ terms.'],
    },
  },
  {
    id: 'figures/money/code',
    description: 'An ISO currency code before or after a number ("USD 500 million", "AZN 3 million", "20 million EUR").',
    examples: {
      match: [
        { text: 'The budget allocates USD 500 million to roads.', match: 'USD 500 million', value: { value: 5e8, unit: 'USD' } },
        { text: 'The ministry spent AZN 3 million on the school.', match: 'AZN 3 million', value: { value: 3e6, unit: 'AZN' } },
        { text: 'Grants of 20 million EUR were approved.', match: '20 million EUR', value: { value: 2e7, unit: 'EUR' } },
      ],
      noMatch: ['The USD exchange rate was stable.', 'AZN remained pegged.'],
    },
  },
  {
    id: 'figures/money/word',
    description: 'A currency word after a number ("600 billion dollars", "3 million manat", "450,000 yen", "50 cents").',
    examples: {
      match: [
        { text: 'Trade between the blocs exceeds 600 billion dollars annually.', match: '600 billion dollars annually', value: { value: 6e11, unit: 'USD/year', approx: 'more_than' } },
        { text: 'The mayor announced 3 million manat for repairs.', match: '3 million manat', value: { value: 3e6, unit: 'AZN' } },
        { text: 'Each ticket costs 50 cents.', match: '50 cents', value: { value: 50, unit: 'cent' } },
        { text: 'They sold the stake for 323 million euros.', match: '323 million euros', value: { value: 323e6, unit: 'EUR' } },
        { text: 'A coffee was 2 dollars and 40 cents.', match: '2 dollars and 40 cents', value: { value: 2.4, unit: 'USD' } },
      ],
      noMatch: ['Dollars and euros circulate freely.', 'The euro area grew.'],
    },
  },
  {
    id: 'figures/percent/number',
    description: 'A number with %, percent, per cent or percentage points ("by 600%", "13.8 percent", "45.8 per cent").',
    examples: {
      match: [
        { text: 'Exports to the region grew by 600% in one year.', match: '600%', value: { value: 600, unit: 'percent' } },
        { text: 'Cargo volumes rose 13.8 percent.', match: '13.8 percent', value: { value: 13.8, unit: 'percent' } },
        { text: 'Turnover increased by 45.8 per cent.', match: '45.8 per cent', value: { value: 45.8, unit: 'percent' } },
        { text: 'Transit grew by more than 30 percent.', match: '30 percent', value: { value: 30, unit: 'percent', approx: 'more_than' } },
        { text: 'The rate fell by 0.5 percentage points.', match: '0.5 percentage points', value: { value: 0.5, unit: 'pp' } },
        { text: 'Imports fell by twenty percent.', match: 'twenty percent', value: { value: 20, unit: 'percent' } },
      ],
      noMatch: ['The percentage of exports is unknown.', 'Per capita income rose.'],
    },
  },
  {
    id: 'figures/percent/of',
    description: '"percent of N" written before the number ("per cent of twenty-two").',
    examples: {
      match: [{ text: 'They took per cent of twenty-two from the fund.', match: 'per cent of twenty-two', value: { value: 22, unit: 'percent' } }],
      noMatch: ['A large percent of the total came from oil.'],
    },
  },
  {
    id: 'figures/multiplier/times',
    description: 'A number followed by "times": a multiplier ("more than 5 times").',
    examples: {
      match: [
        { text: 'Since 2019, freight has grown more than 5 times.', match: '5 times', value: { value: 5, unit: 'times', approx: 'more_than' } },
        { text: 'The volume rose three times over the decade.', match: 'three times', value: { value: 3, unit: 'times' } },
      ],
      noMatch: ['At times the talks stalled.', 'These were difficult times.'],
    },
  },
  {
    id: 'figures/multiplier/fold',
    description: 'A "-fold" multiplier in one word or with a number ("sixfold", "3-fold", "ten-fold").',
    examples: {
      match: [
        { text: 'Trade increased almost sixfold since 2016.', match: 'sixfold', value: { value: 6, unit: 'times', approx: 'almost' } },
        { text: 'Shipments saw a 3-fold rise.', match: '3-fold', value: { value: 3, unit: 'times' } },
        { text: 'Output grew ten-fold.', match: 'ten-fold', value: { value: 10, unit: 'times' } },
      ],
      noMatch: ['The manifold was replaced.', 'The scaffold collapsed.'],
    },
  },
  {
    id: 'figures/multiplier/verb',
    description: 'A verb of multiplication: doubled = 2 times, tripled = 3, quadrupled = 4, halved = 0.5.',
    examples: {
      match: [
        { text: 'The number of joint ventures has quadrupled.', match: 'quadrupled', value: { value: 4, unit: 'times' } },
        { text: 'Freight traffic doubled after the opening.', match: 'doubled', value: { value: 2, unit: 'times' } },
      ],
      noMatch: ['They signed a double taxation treaty.', 'A triple alliance was discussed.'],
    },
  },
  {
    id: 'figures/quantity/unit',
    description:
      'A number with a measurement unit (t, m3 with bcm/mcm scales, bbl, km, m2, MW, ...), in words, symbols or hyphenated ("120-kilometre"); a rate period in the clause ("of gas per day") makes it a rate.',
    examples: {
      match: [
        { text: 'The pipeline carries 1.5 bcm to Europe.', match: '1.5 bcm', value: { value: 1.5e9, unit: 'm3' } },
        { text: 'The field yields 4.5 mcm of gas per day.', match: '4.5 mcm', value: { value: 4.5e6, unit: 'm3/day' } },
        { text: 'Ports handled 13.3 million tons of cargo.', match: '13.3 million tons', value: { value: 13.3e6, unit: 't' } },
        { text: 'Shipments reached 13.4 mln tonnes.', match: '13.4 mln tonnes', value: { value: 13.4e6, unit: 't' } },
        { text: 'The goal is 2 million barrels of crude to Europe per year.', match: '2 million barrels', value: { value: 2e6, unit: 'bbl/year' } },
        { text: 'The town lies about 120 kilometers from the capital.', match: '120 kilometers', value: { value: 120, unit: 'km', approx: 'about' } },
        { text: 'Capacity will rise to 25 million tons.', match: '25 million tons', value: { value: 25e6, unit: 't' } },
        { text: 'A new 300 MW plant opened.', match: '300 MW', value: { value: 300, unit: 'MW' } },
        { text: 'The railway will be 15km long.', match: '15km', value: { value: 15, unit: 'km' } },
      ],
      noMatch: ['Tons of paperwork remain.', 'The barrels were empty.'],
    },
  },
  {
    id: 'figures/duration/unit',
    description:
      'A number with a time unit: a duration ("six years", "10-15 days", "five-day"); not "N months of 2022" (a date) nor an age ("28-year-old") nor "N years ago".',
    examples: {
      match: [
        { text: 'Customs clearance takes 10-15 days.', match: '10-15 days', value: { value: [10, 15], unit: 'day' } },
        { text: 'After a gap of six years, talks resumed.', match: 'six years', value: { value: 6, unit: 'year' } },
        { text: 'The five-day war ended in a ceasefire.', match: 'five-day', value: { value: 5, unit: 'day' } },
      ],
      noMatch: ['In the first six months of 2022, trade grew.', 'A 28-year-old engineer was hired.', 'Two years ago the port opened.'],
    },
  },
  {
    id: 'figures/count/noun',
    description:
      'A number followed (after at most four modifiers) by a plural noun: a count ("925 troops", "about 40 important bilateral documents", "between 25,000 and 100,000 people"). Not "the two" + noun (a known pair).',
    examples: {
      match: [
        { text: 'The country keeps 640 troops abroad.', match: '640 troops', value: { value: 640, unit: 'count' } },
        { text: 'They signed about 30 important bilateral documents.', match: '30 important bilateral documents', value: { value: 30, unit: 'count', approx: 'about' } },
        { text: 'The diaspora numbers between 15,000 and 40,000 people.', match: '15,000 and 40,000 people', value: { value: [15000, 40000], unit: 'count' } },
        { text: 'Some 412 enterprises with foreign capital operate there.', match: '412 enterprises', value: { value: 412, unit: 'count', approx: 'about' } },
        { text: 'Around 60,000 Georgians live in the region.', match: '60,000 Georgians', value: { value: 60000, unit: 'count', approx: 'about' } },
        { text: 'Since 2000 the minister made seven high-level visits.', match: 'seven high-level visits', value: { value: 7, unit: 'count' } },
        { text: 'More than a dozen companies applied.', match: 'a dozen companies', value: { value: 12, unit: 'count', approx: 'more_than' } },
        { text: 'The ministries signed 4 MoUs.', match: '4 MoUs', value: { value: 4, unit: 'count' } },
        { text: 'The leaders signed 6 memoranda of understanding.', match: '6 memoranda', value: { value: 6, unit: 'count' } },
      ],
      noMatch: ['The two countries signed a treaty.', 'In 2015 elections were held.', 'One of the routes is closed.'],
    },
  },
  {
    id: 'figures/count/partitive',
    description: '"N of the <plural noun>" and "N out of ...": a count ("Four of the Central Asian states").',
    examples: {
      match: [
        { text: 'Three of the Baltic states objected.', match: 'Three', value: { value: 3, unit: 'count' } },
        { text: 'It borders two out of its five neighbours by sea.', match: 'two', value: { value: 2, unit: 'count' } },
      ],
      noMatch: ['One of the states objected.', 'Both of the states objected.'],
    },
  },
  {
    id: 'figures/ellipsis/inherit',
    description:
      'A bare number joined to the figure before it in the same sentence ("of which", "and", "while") takes its unit: "925 troops, of which 750 are in the south".',
    examples: {
      match: [
        { text: 'It has 640 troops abroad, of which 500 are in the north and 140 in the capital.', match: '500', value: { value: 500, unit: 'count' } },
        { text: 'It has 640 troops abroad, of which 500 are in the north and 140 in the capital.', match: '140', value: { value: 140, unit: 'count' } },
      ],
      noMatch: ['It has 640 troops abroad. 500 more will follow.'],
    },
  },
  {
    id: 'figures/number/bare',
    description:
      'A number with no unit ("34,500", "1.2 trillion", "one hundred and sixty", "two thousand", "half a million"); the document extractor keeps it only when it inherits a unit. Not years, codes, postcodes, phone numbers, page or section numbers.',
    examples: {
      match: [
        { text: 'The index stood at 34,500 on Friday.', match: '34,500', value: { value: 34500, unit: 'number' } },
        { text: 'Debt totals 1.2 trillion.', match: '1.2 trillion', value: { value: 1.2e12, unit: 'number' } },
        { text: 'He counted one hundred and sixty.', match: 'one hundred and sixty', value: { value: 160, unit: 'number' } },
        { text: 'Attendance was two thousand.', match: 'two thousand', value: { value: 2000, unit: 'number' } },
        { text: 'Attendance was half a million.', match: 'half a million', value: { value: 500000, unit: 'number' } },
      ],
      noMatch: ['In 2019 the port opened.', 'All three are members.', 'Call +994 12 555 0101.'],
    },
  },
];

/** Not figures: the tagger must find nothing in these (set negatives). */
const negatives: string[] = [
  'In 2019, the port was modernised.',
  'The talks took place on 20 April 2022.',
  'The summit was held on June 21st, 2022.',
  'The 2022-2026 action plan was adopted.',
  'Kazakhstan and Uzbekistan ranked 20th and 24th respectively.',
  'ISSN 2345-6789',
  'Postal address: PO Box 111, 80101 Joensuu',
  'Helsinki 00100',
  'See page 14 for details.',
  'as argued earlier (p. 23)',
  'This is discussed in Table 3 below.',
  'The COVID-19 pandemic disrupted supply chains.',
  'Baku hosted COP29 in November.',
  'Tehran promotes the 6+3 regional format.',
  'The G-20 leaders met in Delhi.',
  'Contact: +358 50 123 4567',
  'Tel. (013) 251 4523',
  'relations with regional powers.14 The next section',
  '2.1 Background',
  '3. Recommendations',
  'Article 5 of the treaty applies.',
  'The two countries signed a road map.',
  'On the one hand, trade grew.',
  'All three are Turkic states.',
  'The meeting began at 10:30.',
  'Trade recovered in the 1990s and in mid-2015.',
  'Kazakhstan is among its top 20 partners.',
  'In the first two months of 2022, freight rose.',
  'as shown in earlier studies [12] and (pp. 12–15)',
  'Source: https://example.org/stats/2023/table-45',
  'The agreement of 2 October 1995 entered into force.',
  'It took two thirds of the vote.',
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
