/**
 * The entity rule families with their examples (own sentences). `entityRules.run(text)` runs
 * the whole extractor over a small document built from the text: lines that do not end in
 * punctuation and are followed by more text are section headings, sentences end at . ! ?,
 * and four-digit years (1800-2099) are the only dates (enough for the office and surname
 * examples). The value of a hit is the canonical name.
 */
import type { DateMention, RuleHit, RuleSet, RuleSpec, SegmentedDoc, Section, Sentence } from '../../core/types.js';
import { identityDoc } from '../../core/span.js';

type Extract = (doc: SegmentedDoc, dates: DateMention[]) => { span: { start: number; end: number }; text: string; ruleId: string; name: string }[];

const R = (id: string, description: string, match: [string, string, string][], noMatch: string[]): RuleSpec => ({
  id,
  description,
  examples: { match: match.map(([text, m, value]) => ({ text, match: m, value })), noMatch },
});

export const ENTITY_RULES: RuleSpec[] = [
  R('entities/gazetteer/name', 'A canonical gazetteer name, whole words, possessive left out', [
    ['Kazakhstan’s exports of grain rose again.', 'Kazakhstan', 'Kazakhstan'],
    ['Talks were held in Tashkent last week.', 'Tashkent', 'Tashkent'],
    ['The delegation flew on to Ilham Aliyev’s residence.', 'Ilham Aliyev', 'Ilham Aliyev'],
    ['GEORGIA AND ARMENIA TALKS', 'GEORGIA', 'Georgia'],
  ], ['Kazakhstani officials met.', 'The kazakhstan spelling in lower case is not a name.']),
  R('entities/gazetteer/alias', 'A listed alias, abbreviation or short form', [
    ['Washington and the U.S. Treasury disagreed.', 'U.S.', 'United States'],
    ['Gas from Turkey reached the border.', 'Turkey', 'Türkiye'],
    ['Both belong to the CIS and to the SCO.', 'SCO', 'Shanghai Cooperation Organisation'],
    ['KazMunaiGas signed a supply deal.', 'KazMunaiGas', 'KazMunayGas'],
  ], ['The bus ran all night.', 'Our team won.']),
  R('entities/gazetteer/demonym', 'A demonym or adjective names its country or region', [
    ['A Kazakh delegation arrived.', 'Kazakh', 'Kazakhstan'],
    ['Turkish investors were present.', 'Turkish', 'Türkiye'],
    ['Central Asian leaders met.', 'Central Asian', 'Central Asia'],
  ], ['The delegation arrived late.', 'Turkic languages are spoken widely.', 'The post-Soviet space changed.', 'Some non-EU states objected.']),
  R('entities/gazetteer/historical', 'A former name of a city maps to its present name', [
    ['The summit was held in Nur-Sultan in 2021.', 'Nur-Sultan', 'Astana'],
    ['He studied in Alma-Ata before 1990.', 'Alma-Ata', 'Almaty'],
    ['Frunze was the capital of the Kirghiz SSR.', 'Frunze', 'Bishkek'],
  ], ['The sultan ruled the city.']),
  R('entities/gazetteer/former', 'A predecessor organisation maps to its successor', [
    ['The Turkic Council held its summit.', 'Turkic Council', 'Organization of Turkic States'],
    ['Members of the CST signed the protocol.', 'CST', 'Collective Security Treaty Organization'],
  ], ['The council of elders met.']),
  R('entities/gazetteer/us-state', 'Georgia after a U.S. city and a comma is the U.S. state, not the country', [
    ['The firm is based in Atlanta, Georgia.', 'Georgia', 'Georgia (U.S. state)'],
  ], ['Tbilisi, Georgia hosted the forum.']),
  R('entities/person/surname', 'A surname alone that only one known person bears', [
    ['President Tokayev opened the session.', 'Tokayev', 'Kassym-Jomart Tokayev'],
    ['Mirziyoyev visited the plant.', 'Mirziyoyev', 'Shavkat Mirziyoyev'],
  ], ['The minister visited the plant.']),
  R('entities/context/surname-date', 'A surname several known people bear, resolved by the date of the sentence', [
    ['In 1998 Aliyev signed the contract.', 'Aliyev', 'Heydar Aliyev'],
    ['In 2015 Aliyev opened the terminal.', 'Aliyev', 'Ilham Aliyev'],
  ], ['In 2015 the president opened the terminal.']),
  R('entities/context/surname-named', 'A shared surname resolved to the one of its bearers the text names in full', [
    ['Serdar Berdimuhamedov spoke first. Later Berdimuhamedov thanked the guests.', 'Berdimuhamedov', 'Serdar Berdimuhamedow'],
  ], ['The guests were thanked.']),
  R('entities/person/shared-surname', 'A given name joined by "and" to a known full name with the same surname', [
    ['Both Gurbanguly and Serdar Berdimuhamedow attended the race.', 'Gurbanguly', 'Gurbanguly Berdimuhamedow'],
  ], ['Both Kakajan and Serdar Berdimuhamedow attended the race.']),
  R('entities/glued/joined', 'A multi-word name glued together by PDF extraction', [
    ['The conflict in NagornoKarabakh continued.', 'NagornoKarabakh', 'Nagorno-Karabakh'],
    ['Ties with CentralAsia deepened.', 'CentralAsia', 'Central Asia'],
  ], ['The conflict continued.']),
  R('entities/glued/split', 'A glued word split into known names (and a trailing -led/-backed)', [
    ['The GeorgiaArmenia commission sat twice.', 'Georgia', 'Georgia'],
    ['The GeorgiaArmenia commission sat twice.', 'Armenia', 'Armenia'],
    ['A MongoliaKazakhstan rail link was studied.', 'Kazakhstan', 'Kazakhstan'],
    ['An EUbacked programme started.', 'EU', 'European Union'],
    ['The Russiandriven bloc expanded.', 'Russian', 'Russia'],
  ], ['The Blueberry council met.', 'An unbacked claim.']),
  R('entities/abbreviation/long-form', 'The long form of an abbreviation the text defines, when the gazetteer lacks it', [
    ['The Caspian Littoral Energy Forum (CLEF) met in spring. CLEF members agreed.', 'Caspian Littoral Energy Forum', 'Caspian Littoral Energy Forum'],
    ['The ATDC (Aral Transit Development Council) met. ATDC members agreed.', 'Aral Transit Development Council', 'Aral Transit Development Council'],
  ], ['The forum (in spring) met.', 'The ATDC (in spring) met.']),
  R('entities/abbreviation/variant', 'A defined long form that is a spelling variant of a known body', [
    ['Hungary sent observers to the Organisation of Turkik States (OTS) in spring.', 'Organisation of Turkik States', 'Organization of Turkic States'],
    ['Loans came from the Asian Infrastructure Investmant Bank (AIIB) in May.', 'Asian Infrastructure Investmant Bank', 'Asian Infrastructure Investment Bank'],
  ], ['It joined the club (early) on time.']),
  R('entities/abbreviation/learned', 'Every use of an abbreviation the text defines maps to the defined entity', [
    ['The Caspian Littoral Energy Forum (CLEF) met in spring. CLEF members agreed.', 'CLEF', 'Caspian Littoral Energy Forum'],
    ['Hungary sent observers to the Organisation of Turkik States (OTS) in spring. The OTS summit followed.', 'OTS', 'Organization of Turkic States'],
    ['The Steppe Water Council (WSC) met. Later WSC members agreed.', 'WSC', 'Steppe Water Council'],
    ['Talks with the China National Petroleum Corporation (CNPC) went on. CNPC later paid.', 'CNPC', 'China National Petroleum Corporation'],
  ], ['The CLEF members agreed.']),
  R('entities/variant/person', 'A spelling variant of a known person (similarity above the threshold, person-like context)', [
    ['President Gurbanguly Berdymukhammedov received the envoy.', 'Gurbanguly Berdymukhammedov', 'Gurbanguly Berdimuhamedow'],
    ['Kyrgyz President Askar Akaev resigned.', 'Askar Akaev', 'Askar Akayev'],
    ['President Shavkat Mirzoyev spoke.', 'Shavkat Mirzoyev', 'Shavkat Mirziyoyev'],
    ['President Sadir Japarov spoke.', 'Sadir Japarov', 'Sadyr Japarov'],
    ['In 2003 Emomali Rahmonov addressed parliament.', 'Emomali Rahmonov', 'Emomali Rahmon'],
    ['In 2008 Berdymukhammedov met the delegation.', 'Berdymukhammedov', 'Gurbanguly Berdimuhamedow'],
    ['In 2005 President Nursultan Nazarbaev opened the bridge.', 'Nursultan Nazarbaev', 'Nursultan Nazarbayev'],
    ['President Kassym-Jomart Tokaev signed the decree.', 'Kassym-Jomart Tokaev', 'Kassym-Jomart Tokayev'],
    ['In 1999 President Islam Karimow met the envoy.', 'Islam Karimow', 'Islam Karimov'],
    ['Later Tokaev replied.', 'Tokaev', 'Kassym-Jomart Tokayev'],
    ['In 2010 Nazarbaev replied.', 'Nazarbaev', 'Nursultan Nazarbayev'],
  ], ['President Ararat Mirzoyan spoke.', 'The Berdymukhammedov Foundation was opened.']),
  R('entities/variant/body', 'A spelling variant of a known organisation or company (organisation-like head word)', [
    ['The Shangai Cooperation Organisation met.', 'Shangai Cooperation Organisation', 'Shanghai Cooperation Organisation'],
    ['Freight on the Caucasus-Europe-Asia Transport Corridor rose.', 'Caucasus-Europe-Asia Transport Corridor', 'TRACECA'],
    ['Aid from the UN Development Programme arrived in 2015.', 'UN Development Programme', 'United Nations Development Programme'],
    ['Work on Kambar-Ata-1, a large plant, began in 2019.', 'Kambar-Ata-1', 'Kambarata-1'],
  ], ['The Eurasian Rowing Organization met.']),
  R('entities/unknown/person', 'A name the gazetteer lacks, a person by its title or surname ending', [
    ['Analyst Dr. Marat Seitkaliyev wrote the report.', 'Marat Seitkaliyev', 'Marat Seitkaliyev'],
    ['The report was edited by Aidana Kurmanova.', 'Aidana Kurmanova', 'Aidana Kurmanova'],
    ['A brief by Rauf HASANOV, lecturer.', 'Rauf HASANOV', 'Rauf Hasanov'],
    ['The study was written by Milena Jovanović Marković last year.', 'Milena Jovanović Marković', 'Milena Jovanović Marković'],
    ['Lorenzo Brunetti, the director of the centre, spoke.', 'Lorenzo Brunetti', 'Lorenzo Brunetti'],
    ['He met the Special Envoy for the Steppe, Oili Saarnio, on 7 May 2023.', 'Oili Saarnio', 'Oili Saarnio'],
    ['The motion by Senator Mary K. O’Halloran passed.', 'Mary K. O’Halloran', 'Mary K. O’Halloran'],
  ], ['The report was edited by the staff.', 'Officials in the Kremlin objected.']),
  R('entities/unknown/organization', 'A name the gazetteer lacks, an organisation by its head word', [
    ['The Steppe Policy Institute published a study.', 'Steppe Policy Institute', 'Steppe Policy Institute'],
    ['The Kazakhstan Steppe Research Institute published a study.', 'Kazakhstan Steppe Research Institute', 'Kazakhstan Steppe Research Institute'],
    ['A note by the Ministry of Water Resources of Uzbekistan was quoted.', 'Ministry of Water Resources of Uzbekistan', 'Ministry of Water Resources of Uzbekistan'],
    // A name adjective ("Turkic", "Northern") opening or inside the name of a body does not cut it.
    ['The alphabet was approved by the Turkic Spelling Commission in 2024.', 'Turkic Spelling Commission', 'Turkic Spelling Commission'],
    ['The Caspian Maritime Heritage Academy opened in 2010.', 'Caspian Maritime Heritage Academy', 'Caspian Maritime Heritage Academy'],
  ], ['Turkic languages share roots.', 'Northern winds blew in 2010.', 'The institute published a study.', 'Strategic Partnership was the title.', 'Editorial Office: see the last page.']),
  R('entities/unknown/body-with-name', 'A new body whose name opens with a known body or runs through a place ("Global Gateway Investors Forum", "UN ... Fund for the Aral Sea Region"); a leading short form is written out ("UN" -> "United Nations"); a programme named after a place is a body; a name may go on over the line break of hard-wrapped text', [
    ['Delegates came to the Global Gateway Logistics Forum in Riga last spring.', 'Global Gateway Logistics Forum', 'Global Gateway Logistics Forum'],
    ['The UN Steppe Contact Group met in 2019.', 'UN Steppe Contact Group', 'United Nations Steppe Contact Group'],
    ['Money came from the UN Steppe Recovery Trust Fund for the Caspian Sea Basin in 2019.', 'UN Steppe Recovery Trust Fund for the Caspian Sea Basin', 'United Nations Steppe Recovery Trust Fund for the Caspian Sea Basin'],
    ['The Caspian Wetlands Programme was started by donors.', 'Caspian Wetlands Programme', 'Caspian Wetlands Programme'],
    ['Officials of the grain export agency and their partners from abroad met in 2020 at the Eurasia\nDesert Research Centre to discuss the harvest.', 'Eurasia\nDesert Research Centre', 'Eurasia Desert Research Centre'],
    ['Officials from a dozen agencies in the region met in 2020 to sign the deal of the UN Steppe\nRecovery Fund and went home.', 'UN Steppe\nRecovery Fund', 'United Nations Steppe Recovery Fund'],
  ], [
    'The Global Gateway funds reached the Caspian Sea in 2020.',
    'The Azerbaijan State University and the Tajik Mining Institute signed.',
    'Steppe\nRecovery Fund',
    'The UN and Kazakhstan met in 2020.',
  ]),
  R('entities/unknown/route', 'A new name before a lower-case route noun ("the Steppe–Delta pipeline") is a project named with the noun', [
    ['Gas ran through the Caspian–Steppe pipeline until 2009.', 'Caspian–Steppe pipeline', 'Caspian–Steppe pipeline'],
    ['Grain went along the Kazakhstan–Aral Delta railway in 2011.', 'Kazakhstan–Aral Delta railway', 'Kazakhstan–Aral Delta railway'],
  ], ['The Caspian–Steppe Centre opened in 2009.', 'The pipeline ran through Kazakhstan in 2009.']),
  R('entities/unknown/numbered', 'A new numbered name before a facility noun ("the Steppe-3 plant") is a project', [
    ['The first unit of the Naryn-4 plant went online in 2012.', 'Naryn-4', 'Naryn-4'],
    ['Drilling at the Aral-Delta-2 field began in 2015.', 'Aral-Delta-2', 'Aral-Delta-2'],
  ], ['Cases of Covid-19 rose in 2020.', 'The Naryn-4 was late in 2012.']),
  R('entities/context/body-head', '"the Assembly", "the Commission": the body named before whose name ends in that word; "the Commission" (Council, Parliament) in a brief naming the EU is the European one; no name otherwise', [
    ['The Steppe Water Assembly met in May. In 2017 the Assembly adopted a plan.', 'Assembly', 'Steppe Water Assembly'],
    ['The EU and Mongolia met in 2020. Later the Commission announced a grant.', 'Commission', 'European Commission'],
    ['The UN General Assembly met. In 2017 the Assembly proclaimed a day.', 'Assembly', 'United Nations General Assembly'],
  ], ['In 2017 the Assembly adopted a plan.', 'Mongolia met in 2020. Later the Commission announced a grant.', 'The Steppe Water Assembly met. Later the Assembly of Elders met.']),
  R('entities/context/given-name', 'The given name alone of a person the brief names in full is that person ("Askar, now retired, ...")', [
    ['In 2003 Askar Akayev visited Baku. Askar, now retired, writes books.', 'Askar', 'Askar Akayev'],
    ['The report was edited by Aidana Kurmanova. It was praised, and Aidana thanked the staff.', 'Aidana', 'Aidana Kurmanova'],
  ], ['Askar, now retired, writes books.', 'In 2003 Askar Akayev visited Baku. The spread of Askar Street was slow.']),
  R('entities/unknown/company', 'A name the gazetteer lacks, a company by its head word', [
    ['Orda Logistics Company ships grain.', 'Orda Logistics Company', 'Orda Logistics Company'],
    // One word after a company noun, an acronym after a country's possessive, a plural operator head.
    ['The state shipping company Ortaqflot ordered two vessels in 2023.', 'Ortaqflot', 'Ortaqflot'],
    ['In 2023 Italy’s ENRX was selected to do the study.', 'ENRX', 'ENRX'],
    ['In 2019 the ferry line and Steppe Railways signed a memorandum.', 'Steppe Railways', 'Steppe Railways'],
    ['In 2023 the US firm Cove Steppe Capital bought a stake.', 'Cove Steppe Capital', 'Cove Steppe Capital'],
  ], ['The company ships grain.', 'A Joint-Stock Company was formed.', 'The company Board met in 2023.', 'In 2023 the firm’s CEO left.']),
  R('entities/unknown/project', 'A name the gazetteer lacks, a project or route by its head word', [
    ['Work began on the Kyzylorda Solar Project last year.', 'Kyzylorda Solar Project', 'Kyzylorda Solar Project'],
  ], ['Work began on the project last year.']),
  R('entities/context/counterpart', '"his Azerbaijani counterpart": the holder of the same office in that country at the date', [
    ['In 2019 President Jeenbekov phoned his Uzbek counterpart.', 'Uzbek counterpart', 'Shavkat Mirziyoyev'],
    ['In 2013 Foreign Minister Erlan Idrissov received his Turkish counterpart.', 'Turkish counterpart', 'Ahmet Davutoğlu'],
  ], ['In 2021 the delegation met Azerbaijani counterparts.']),
  R('entities/unknown/other', 'A document named in capitals ("Treaty on ...") the gazetteer lacks: kind other', [
    ['The Treaty on Good Neighbourliness was signed. The talks were long.', 'Treaty on Good Neighbourliness', 'Treaty on Good Neighbourliness'],
  ], ['The treaty on trade was signed.', 'Charter on Regional Friendship drafted; regional friendship grew.']),
  R('entities/unknown/by-noun', 'A new name before a lower-case noun that gives its kind: a glacier, river or district (region, with the noun), a plant or reservoir (project, with the noun), an amendment or accord (other, with the noun), a party (organisation), a company', [
    ['Since 2000 the Petrov glacier has lost a third of its ice.', 'Petrov glacier', 'Petrov glacier'],
    ['In 2021 the ruling Zhana Kadam party lost seats.', 'Zhana Kadam', 'Zhana Kadam'],
    ['Its Solnce Tallinn plant was opened in 2021.', 'Solnce Tallinn plant', 'Solnce Tallinn plant'],
  ], ['Since 2000 the glacier has lost a third of its ice.', 'In 2021 Petrov said the party lost seats.']),
  R('entities/unknown/other-given-name', 'A given name before the surname of a known person that is no variant of that person\'s given name: another person of that surname', [
    ['Prime Minister Maryam Sharif attended the ceremony in 2015.', 'Maryam Sharif', 'Maryam Sharif'],
  ], ['Prime Minister Shehbaz Sharif attended the ceremony in 2023.', 'In 2023 Sharif attended the ceremony.']),
  R('entities/context/lone-surname', 'A surname alone of the only person the brief names in full with it, when the gazetteer does not match that surname alone', [
    ['In 2019 Charles Michel met the leaders. In 2024 Antonio Costa succeeded Michel as president.', 'Michel', 'Charles Michel'],
  ], ['In 2024 Antonio Costa succeeded Michel as president.']),
  R('entities/unknown/surname', 'A bare surname of a new person the brief named in full', [
    ['Analyst Dr. Marat Seitkaliyev spoke. Later Seitkaliyev left.', 'Seitkaliyev', 'Marat Seitkaliyev'],
  ], ['Later Seitkaliyev left.']),
  R('entities/unknown/city', 'A city the gazetteer lacks, by compromise', [
    ['Delegates later flew to Lyon for talks.', 'Lyon', 'Lyon'],
  ], ['Delegates later flew home for talks.']),
  R('entities/unknown/country', 'A country the gazetteer lacks, by compromise', [
    ['Ministers from Suriname attended.', 'Suriname', 'Suriname'],
  ], ['Ministers from abroad attended.']),
  R('entities/unknown/region', 'A region or place the gazetteer lacks, by compromise', [
    ['Herders crossed the Gobi Desert slowly.', 'Gobi Desert', 'Gobi Desert'],
  ], ['Herders crossed the desert slowly.']),
  R('entities/context/side', '"the Kazakh side" names the country', [
    ['The Kazakh side proposed new tariffs.', 'Kazakh side', 'Kazakhstan'],
  ], ['On the other side of the river.']),
  R('entities/context/office', 'An office reference resolved to its holder at the sentence date', [
    ['In 2009 the Kazakh president visited Baku.', 'Kazakh president', 'Nursultan Nazarbayev'],
    ['In 2022 the Kazakh president visited Baku.', 'Kazakh president', 'Kassym-Jomart Tokayev'],
    ['In 1996 the then President of Kazakhstan flew to Ankara.', 'President of Kazakhstan', 'Nursultan Nazarbayev'],
    ['In 2012 the President of the European Council toured Bishkek.', 'President of the European Council', 'Herman Van Rompuy'],
    ['In 2010 Russia’s prime minister met the delegation.', 'Russia’s prime minister', 'Vladimir Putin'],
  ], [
    'In 2009 the Kazakh president Nursultan Nazarbayev visited Baku.',
    'In 2018 the President of Kyrgyzstan, Sooronbay Jeenbekov, toured Minsk.',
    'In 2020 the Academy of Public Administration under the President of Kyrgyzstan held a seminar.',
    'The president visited Baku.',
  ]),
  R('entities/context/pair', '"the two countries" and the like name the pair the sentence or heading gives', [
    ['Georgia and Armenia signed a treaty, and the two countries will meet again.', 'the two countries', 'Georgia'],
    ['Mongolia and Kazakhstan\nFreight has grown, and both sides expect more.', 'both sides', 'Mongolia'],
    ['Mongolia and Kazakhstan\nTariffs fell. Since then the two parliaments have met often.', 'the two parliaments', 'Mongolia'],
    ['Mongolia and Kazakhstan\nTariffs fell in 2019. Bilateral trade doubled.', 'Bilateral', 'Mongolia'],
    ['Ties between Kyrgyzstan and Türkiye\nHistory\nThe railway opened. Since then the two governments have met often.', 'the two governments', 'Kyrgyzstan'],
    ['UZBEKISTAN AND TAJIKISTAN: WATER\n\nOverview\nDams were built. Bilateral trade then grew.', 'Bilateral', 'Uzbekistan'],
  ], ['Trade has grown, and both sides of the river flooded.', 'Bilateral trade doubled.']),
  R('entities/context/pair-holders', '"the heads of the two republics", "both presidents" name the office holders of the pair at the date', [
    ['Kazakhstan and Kyrgyzstan\nIn 2018 the heads of the two republics talked in Samarkand.', 'heads of the two republics', 'Nursultan Nazarbayev'],
    ['Tajikistan and Uzbekistan\nIn 2018 the leaders of both countries opened a bridge.', 'leaders of both countries', 'Emomali Rahmon'],
    ['Georgia and Armenia\nIn 2010 both foreign ministers spoke.', 'both foreign ministers', 'Edward Nalbandian'],
  ], ['In 2018 the heads of the two republics talked in Samarkand.']),
  R('entities/context/group', '"the three countries", "all three states", "the three governments" name the group the sentence, the section heading, an earlier sentence or an earlier heading (the title) gives', [
    ['Kazakhstan, Mongolia and China signed a pact, and the three countries will report yearly.', 'the three countries', 'Kazakhstan'],
    ['Iran, Armenia and Georgia\nFerry traffic rose. All three governments welcomed it.', 'All three governments', 'Iran'],
    ['Rail talks\nIn 2021 Türkiye, Georgia and Azerbaijan set tariffs. Cargo doubled. Later the three states met.', 'the three states', 'Türkiye'],
    ['The Iran-Armenia-Georgia road opened after the three nations paid for it.', 'the three nations', 'Iran'],
  ], ['Trade rose, and the three countries of the bloc met.', 'Kazakhstan and China signed, and the three countries met.']),
  R('entities/context/group-holders', '"the foreign ministers of the three countries", "the three presidents" name the office holders of the group at the date', [
    ['Kyrgyzstan, Kazakhstan and Uzbekistan\nIn 2018 the presidents of the three countries gathered in Cholpon-Ata.', 'presidents of the three countries', 'Sooronbay Jeenbekov'],
    ['Kyrgyzstan, Kazakhstan and Uzbekistan\nIn 2019 the three presidents opened a canal.', 'the three presidents', 'Sooronbay Jeenbekov'],
  ], ['In 2019 the three presidents opened a canal.']),
  R('entities/demonym/place', 'A single demonym before a noun of place in a phrase of place ("from the Uzbek border") names the country as the location, not a party', [
    ['Trucks queued at the Uzbek border for days.', 'Uzbek', 'Uzbekistan'],
    ['The line runs from the Tajik section to Osh.', 'Tajik', 'Tajikistan'],
    ['Drones flew over Armenian territory.', 'Armenian', 'Armenia'],
  ], ['The Tajik parliament voted.', 'The Tajik section could reopen soon.', 'Clashes on the Tajik-Afghan border went on.', 'The Kazakh side proposed new tariffs.']),
  R('entities/demonym/goods', 'A demonym before a noun of goods or data ("Kazakh oil") names the country as producer or source, a modifier', [
    ['Refiners bought Kazakh and Turkmen crude oil.', 'Turkmen', 'Turkmenistan'],
    ['Azerbaijani gas reached Italy.', 'Azerbaijani', 'Azerbaijan'],
    ['According to Uzbek statistics, trade rose.', 'Uzbek', 'Uzbekistan'],
  ], ['Turkmen officials met.', 'Kazakh investors came.']),
  R('entities/person/named-after', 'A person\'s name before an institution or place word is that institution ("Nazarbayev University"), not the person', [
    ['Students of Nazarbayev University won a prize.', 'Nazarbayev University', 'Nazarbayev University'],
    ['The forum was held at the Heydar Aliyev Center.', 'Heydar Aliyev Center', 'Heydar Aliyev Center'],
    ['A grant from the Aliyev Foundation helped.', 'Aliyev Foundation', 'Aliyev Foundation'],
    ['Flights landed at Islam Karimov International Airport.', 'Islam Karimov International Airport', 'Islam Karimov International Airport'],
  ], ['In 2015 Nazarbayev spoke at a university.', 'President Aliyev Founded nothing.']),
];

const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;

/** A minimal segmented document over plain text, for the rule examples. */
export function miniDoc(text: string): { doc: SegmentedDoc; dates: DateMention[] } {
  const n = text.length;
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  let section = -1;
  const lines = text.split('\n');
  let pos = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const start = pos;
    pos += line.length + 1;
    const heading = li < lines.length - 1 && line.trim().length > 0 && !/[.!?:]\s*$/.test(line);
    if (heading || section < 0) {
      sections.push({
        index: sections.length,
        heading: heading ? line : null,
        headingSpan: heading ? { start, end: start + line.length } : null,
        level: heading ? 1 : 0,
        span: { start, end: n },
      });
      if (sections.length > 1) sections[sections.length - 2]!.span.end = start;
      section = sections.length - 1;
      if (heading) continue;
    }
    const re = /[^.!?]+(?:[.!?]+|$)/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      if (m[0].trim().length === 0) {
        if (m[0].length === 0) re.lastIndex++;
        continue;
      }
      sentences.push({ index: sentences.length, section, paragraph: 0, span: { start: start + m.index, end: start + m.index + m[0].length } });
    }
  }
  const dates: DateMention[] = [];
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const y = m[1]!;
    dates.push({
      kind: 'date',
      span: { start: m.index, end: m.index + 4 },
      text: y,
      ruleId: 'test/year',
      timexType: 'DATE',
      timexValue: y,
      date: { value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year', inferred: false },
    });
  }
  const doc: SegmentedDoc = {
    ...identityDoc(text, 'example'),
    sections,
    paragraphs: [{ index: 0, section: 0, span: { start: 0, end: n } }],
    sentences,
    tables: [],
  };
  return { doc, dates };
}

export function makeRuleSet(extract: Extract): RuleSet {
  return {
    name: 'entities',
    rules: ENTITY_RULES,
    negatives: [
      'roast turkey and cranberry sauce were served.',
      'the committee may meet again next week.',
      'Trade grew steadily over the period.',
      'In May the talks resumed after a pause.',
      'Table 3 shows the figures for the previous year.',
    ],
    run(text: string): RuleHit[] {
      const { doc, dates } = miniDoc(text);
      return extract(doc, dates).map((m) => ({ rule: m.ruleId, start: m.span.start, end: m.span.end, text: m.text, value: m.name }));
    },
  };
}
