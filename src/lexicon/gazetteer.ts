/**
 * The entity gazetteer: real-world countries, cities, regions, people (with their offices and
 * terms), organisations, companies and projects that briefs on Eurasia, energy and trade name.
 * Data, reviewed like code. Canonical `name` is the standard full English name of the entity
 * ("Türkiye", "European Union", "Ilham Aliyev", "China National Petroleum Corporation"); an
 * abbreviation is canonical only when it is the name the body itself goes by (SOCAR, NATO).
 *
 * Matching (src/extract/entities) is case-sensitive on the forms listed here, folds diacritics
 * ("Turkiye" = "Türkiye") and dash/apostrophe variants, and accepts all-caps headings.
 * Spelling variants that are not listed (Berdymukhammedov) are found by similarity against the
 * people and organisations below, so do not list every transliteration.
 *
 * Dates of offices are ISO (YYYY-MM-DD, or YYYY-MM / YYYY when the day is not needed); `to`
 * absent = still in office (as far as this list knows).
 */
import type { EntityKind } from '../core/types.js';

/** An office a person held: "president" of "Azerbaijan" from 2003-10-31. */
export interface Office {
  /** president | prime minister | foreign minister | vice president | secretary-general | ... */
  title: string;
  /** Canonical name of the country or organisation of the office. */
  of: string;
  from: string;
  to?: string;
}

/** A name a place or body held during some years (Nur-Sultan 2019–2022). */
export interface HistoricalName {
  name: string;
  from?: number;
  to?: number;
}

export interface GazetteerEntry {
  name: string;
  kind: EntityKind;
  /** Other names: short forms, abbreviations, spellings (matched as written, diacritics folded). */
  aliases?: string[];
  /** Demonyms and adjectives that refer to the entity ("Kazakh", "Kazakhstani"). */
  demonyms?: string[];
  /** City, region, person, company: the country it belongs to (canonical name). */
  country?: string;
  /** Earlier names with the years they were used (also matched). */
  names?: HistoricalName[];
  /** Person: offices with terms. */
  offices?: Office[];
  /** Organisation: names of the bodies it succeeded (also matched, and mapped to it). */
  formerly?: string[];
  /** Person: the family name used alone, when it is not the last word ('' = never used alone). */
  surname?: string;
  /**
   * Project or route: the countries it runs through or that build it as parties (the
   * Baku-Tbilisi-Ceyhan pipeline: Azerbaijan, Georgia, Türkiye). Left out for corridors and
   * programmes whose membership is open or long (Middle Corridor, Belt and Road).
   */
  parties?: string[];
  /**
   * Region: a diplomatic format named for its members (C5+1, C+C5), not a place. A brief about
   * the format counts it among the parties of its own summits and sessions.
   */
  format?: boolean;
  /**
   * City: the seat of international bodies (Geneva, Vienna, New York): what happens there is
   * mostly the bodies' business, so the city does not make its country a party unless the
   * country is named itself.
   */
  seat?: boolean;
}

// ------------------------------------------------------------------ countries

const C = (name: string, aliases: string[], demonyms: string[], extra: Partial<GazetteerEntry> = {}): GazetteerEntry => ({
  name,
  kind: 'country',
  aliases,
  demonyms,
  ...extra,
});

export const COUNTRIES: GazetteerEntry[] = [
  C('Azerbaijan', ['Republic of Azerbaijan', 'Azerbaijan Republic', 'Azerbaidjan'], ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris', 'Azerbaijanian']),
  C('Kazakhstan', ['Republic of Kazakhstan', 'Kazakstan', 'Qazaqstan'], ['Kazakh', 'Kazakhs', 'Kazakhstani', 'Kazakhstanis', 'Kazak']),
  C('Uzbekistan', ['Republic of Uzbekistan', "O'zbekiston"], ['Uzbek', 'Uzbeks', 'Uzbekistani']),
  C('Turkmenistan', ['Republic of Turkmenistan', 'Turkmenia'], ['Turkmen', 'Turkmens', 'Turkmenistani']),
  C('Kyrgyzstan', ['Kyrgyz Republic', 'Kirghizia', 'Kirgizia', 'Kyrgyzia'], ['Kyrgyz', 'Kirghiz', 'Kirgiz', 'Kyrgyzstani']),
  C('Tajikistan', ['Republic of Tajikistan', 'Tadjikistan'], ['Tajik', 'Tajiks', 'Tadjik', 'Tajikistani']),
  C('Georgia', ['Sakartvelo'], ['Georgian', 'Georgians']),
  C('Armenia', ['Republic of Armenia'], ['Armenian', 'Armenians']),
  C('Türkiye', ['Turkey', 'Republic of Turkey', 'Republic of Türkiye', 'Turkiye'], ['Turkish']),
  C('Russia', ['Russian Federation'], ['Russian', 'Russians']),
  C('Iran', ['Islamic Republic of Iran', 'Persia'], ['Iranian', 'Iranians']),
  C('China', ["People's Republic of China", 'PRC'], ['Chinese']),
  C('United States', ['United States of America', 'U.S.', 'U.S.A.', 'USA', 'US', 'America'], ['American', 'Americans']),
  C('United Kingdom', ['U.K.', 'UK', 'Britain', 'Great Britain'], ['British']),
  C('Afghanistan', ['Islamic Republic of Afghanistan'], ['Afghan', 'Afghans']),
  C('Pakistan', [], ['Pakistani', 'Pakistanis']),
  C('India', [], ['Indian']),
  C('Mongolia', [], ['Mongolian', 'Mongolians']),
  C('Ukraine', [], ['Ukrainian', 'Ukrainians']),
  C('Belarus', ['Byelorussia', 'Belorussia'], ['Belarusian', 'Belarusians', 'Belorussian']),
  C('Moldova', ['Republic of Moldova'], ['Moldovan', 'Moldovans']),
  C('Germany', [], ['German', 'Germans']),
  C('France', [], ['French']),
  C('Italy', [], ['Italian', 'Italians']),
  C('Spain', [], ['Spanish']),
  C('Poland', [], ['Polish']),
  C('Romania', [], ['Romanian', 'Romanians']),
  C('Bulgaria', [], ['Bulgarian', 'Bulgarians']),
  C('Greece', [], ['Greek', 'Greeks']),
  C('Hungary', [], ['Hungarian', 'Hungarians']),
  C('Austria', [], ['Austrian']),
  C('Netherlands', ['Holland'], ['Dutch']),
  C('Belgium', [], ['Belgian']),
  C('Switzerland', [], ['Swiss']),
  C('Sweden', [], ['Swedish']),
  C('Norway', [], ['Norwegian']),
  C('Finland', [], ['Finnish']),
  C('Denmark', [], ['Danish']),
  C('Czech Republic', ['Czechia'], ['Czech']),
  C('Slovakia', [], ['Slovak']),
  C('Serbia', [], ['Serbian', 'Serbs']),
  C('Croatia', [], ['Croatian']),
  C('Albania', [], ['Albanian']),
  C('Kosovo', [], ['Kosovar']),
  C('Estonia', [], ['Estonian']),
  C('Latvia', [], ['Latvian']),
  C('Lithuania', [], ['Lithuanian']),
  C('Cyprus', [], ['Cypriot']),
  C('Israel', [], ['Israeli', 'Israelis']),
  C('Saudi Arabia', ['Kingdom of Saudi Arabia', 'KSA'], ['Saudi', 'Saudis']),
  C('United Arab Emirates', ['UAE', 'Emirates'], ['Emirati']),
  C('Qatar', [], ['Qatari']),
  C('Kuwait', [], ['Kuwaiti']),
  C('Oman', [], ['Omani']),
  C('Iraq', [], ['Iraqi', 'Iraqis']),
  C('Syria', [], ['Syrian', 'Syrians']),
  C('Jordan', ['Hashemite Kingdom of Jordan'], ['Jordanian']),
  C('Lebanon', [], ['Lebanese']),
  C('Egypt', [], ['Egyptian', 'Egyptians']),
  C('Japan', [], ['Japanese']),
  C('South Korea', ['Republic of Korea', 'ROK'], ['South Korean']),
  C('North Korea', ['DPRK'], ['North Korean']),
  C('Vietnam', ['Viet Nam'], ['Vietnamese']),
  C('Indonesia', [], ['Indonesian']),
  C('Malaysia', [], ['Malaysian']),
  C('Singapore', [], ['Singaporean']),
  C('Canada', [], ['Canadian']),
  C('Brazil', [], ['Brazilian']),
  C('Australia', [], ['Australian']),
  C('Bangladesh', [], ['Bangladeshi']),
  C('Nepal', [], ['Nepalese', 'Nepali']),
  C('Sri Lanka', [], ['Sri Lankan']),
  C('Nigeria', [], ['Nigerian']),
  C('South Africa', [], ['South African']),
  C('Algeria', [], ['Algerian']),
  C('Libya', [], ['Libyan']),
  C('Soviet Union', ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', ], ['Soviet']),
  C('Yugoslavia', [], ['Yugoslav']),
];

// ------------------------------------------------------------------ cities

const T = (name: string, country: string, aliases: string[] = [], names: HistoricalName[] = []): GazetteerEntry => ({
  name,
  kind: 'city',
  country,
  aliases,
  names,
});

export const CITIES: GazetteerEntry[] = [
  T('Astana', 'Kazakhstan', [], [
    { name: 'Akmolinsk', to: 1961 },
    { name: 'Tselinograd', from: 1961, to: 1992 },
    { name: 'Akmola', from: 1992, to: 1998 },
    { name: 'Nur-Sultan', from: 2019, to: 2022 },
  ]),
  T('Almaty', 'Kazakhstan', [], [{ name: 'Alma-Ata', to: 1993 }, { name: 'Verny', to: 1921 }]),
  T('Aktau', 'Kazakhstan'),
  T('Atyrau', 'Kazakhstan', [], [{ name: 'Guryev', to: 1992 }]),
  T('Shymkent', 'Kazakhstan', ['Chimkent']),
  T('Aktobe', 'Kazakhstan', ['Aktyubinsk']),
  T('Karaganda', 'Kazakhstan', ['Karagandy', 'Qaraghandy']),
  T('Turkestan', 'Kazakhstan', ['Turkistan', 'Türkistan']),
  T('Kuryk', 'Kazakhstan', ['Kuryk port']),
  T('Khorgos', 'Kazakhstan', ['Khorgas', 'Horgos']),
  T('Baku', 'Azerbaijan'),
  T('Ganja', 'Azerbaijan', [], [{ name: 'Kirovabad', from: 1935, to: 1989 }, { name: 'Elisavetpol', to: 1918 }]),
  T('Sumgait', 'Azerbaijan', ['Sumqayit']),
  T('Shusha', 'Azerbaijan', ['Shushi']),
  T('Alat', 'Azerbaijan'),
  T('Fuzuli', 'Azerbaijan', ['Fizuli']),
  T('Lankaran', 'Azerbaijan', ['Lenkoran']),
  T('Sangachal', 'Azerbaijan'),
  T('Hajigabul', 'Azerbaijan', ['Hajiqabul', 'Gajigabul']),
  T('Mingachevir', 'Azerbaijan', ['Mingəçevir', 'Mingechaur']),
  T('Shirvan', 'Azerbaijan', [], [{ name: 'Ali Bayramli', to: 2008 }]),
  T('Nakhchivan City', 'Azerbaijan', []),
  T('Aghdam', 'Azerbaijan', ['Agdam']),
  T('Lachin', 'Azerbaijan', ['Laçın']),
  T('Kalbajar', 'Azerbaijan', ['Kelbajar']),
  T('Jabrayil', 'Azerbaijan', ['Jabrail']),
  T('Zangilan', 'Azerbaijan', []),
  T('Khankendi', 'Azerbaijan', ['Stepanakert']),
  T('Tashkent', 'Uzbekistan', ['Toshkent']),
  T('Samarkand', 'Uzbekistan', ['Samarqand']),
  T('Bukhara', 'Uzbekistan', ['Buxoro']),
  T('Khiva', 'Uzbekistan'),
  T('Termez', 'Uzbekistan', ['Termiz']),
  T('Andijan', 'Uzbekistan'),
  T('Namangan', 'Uzbekistan'),
  T('Fergana', 'Uzbekistan', ['Ferghana']),
  T('Nukus', 'Uzbekistan'),
  T('Ashgabat', 'Turkmenistan', ['Ashkhabad', 'Ashgabad'], [{ name: 'Poltoratsk', from: 1919, to: 1927 }]),
  T('Turkmenbashi', 'Turkmenistan', ['Turkmenbashy', 'Türkmenbaşy'], [{ name: 'Krasnovodsk', to: 1993 }]),
  T('Mary', 'Turkmenistan'),
  T('Turkmenabat', 'Turkmenistan', [], [{ name: 'Chardzhou', to: 1999 }]),
  T('Bishkek', 'Kyrgyzstan', [], [{ name: 'Frunze', from: 1926, to: 1991 }, { name: 'Pishpek', to: 1926 }]),
  T('Osh', 'Kyrgyzstan'),
  T('Dushanbe', 'Tajikistan', [], [{ name: 'Stalinabad', from: 1929, to: 1961 }]),
  T('Khujand', 'Tajikistan', [], [{ name: 'Leninabad', from: 1936, to: 1991 }]),
  T('Tbilisi', 'Georgia', ['Tiflis']),
  T('Batumi', 'Georgia'),
  T('Poti', 'Georgia'),
  T('Kutaisi', 'Georgia'),
  T('Anaklia', 'Georgia'),
  T('Supsa', 'Georgia'),
  T('Akhalkalaki', 'Georgia'),
  T('Yerevan', 'Armenia', ['Erevan']),
  T('Gyumri', 'Armenia', [], [{ name: 'Leninakan', from: 1924, to: 1990 }]),
  T('Moscow', 'Russia'),
  T('Saint Petersburg', 'Russia', ['St. Petersburg', 'St Petersburg'], [{ name: 'Leningrad', from: 1924, to: 1991 }]),
  T('Sochi', 'Russia'),
  T('Kazan', 'Russia'),
  T('Astrakhan', 'Russia'),
  T('Makhachkala', 'Russia'),
  T('Novorossiysk', 'Russia'),
  T('Ufa', 'Russia'),
  T('Ankara', 'Türkiye'),
  T('Istanbul', 'Türkiye', ['İstanbul']),
  T('Izmir', 'Türkiye', ['İzmir']),
  T('Kars', 'Türkiye'),
  T('Ceyhan', 'Türkiye'),
  T('Erzurum', 'Türkiye'),
  T('Iğdır', 'Türkiye', ['Igdir', 'Iğdir']),
  T('Antalya', 'Türkiye'),
  T('Tehran', 'Iran', ['Teheran']),
  T('Mashhad', 'Iran'),
  T('Tabriz', 'Iran'),
  T('Bandar Abbas', 'Iran'),
  T('Bandar Anzali', 'Iran', ['Anzali']),
  T('Beijing', 'China', ['Peking']),
  T('Shanghai', 'China'),
  T('Urumqi', 'China', ['Ürümqi']),
  T('Xi’an', 'China', ["Xi'an", 'Xian']),
  T('Lianyungang', 'China'),
  T('Kabul', 'Afghanistan'),
  T('Mazar-i-Sharif', 'Afghanistan', ['Mazar-e-Sharif']),
  T('Herat', 'Afghanistan'),
  T('Islamabad', 'Pakistan'),
  T('Karachi', 'Pakistan'),
  T('Gwadar', 'Pakistan'),
  T('New Delhi', 'India', ['Delhi']),
  T('Mumbai', 'India', ['Bombay']),
  T('Ulaanbaatar', 'Mongolia', ['Ulan Bator']),
  T('Kyiv', 'Ukraine', ['Kiev']),
  T('Odesa', 'Ukraine', ['Odessa']),
  T('Minsk', 'Belarus'),
  T('Chișinău', 'Moldova', ['Chisinau']),
  // (in briefs on foreign policy "Brussels" stands for the European Union that sits there)
  T('Brussels', 'European Union'),
  T('Washington', 'United States', ['Washington, D.C.', 'Washington D.C.']),
  { ...T('New York', 'United States'), seat: true },
  T('Atlanta', 'United States'),
  T('London', 'United Kingdom'),
  T('Paris', 'France'),
  T('Berlin', 'Germany'),
  T('Rome', 'Italy'),
  T('Madrid', 'Spain'),
  { ...T('Vienna', 'Austria'), seat: true },
  { ...T('Geneva', 'Switzerland'), seat: true },
  T('Budapest', 'Hungary'),
  T('Warsaw', 'Poland'),
  T('Bucharest', 'Romania'),
  T('Constanța', 'Romania', ['Constanta']),
  T('Sofia', 'Bulgaria'),
  T('Athens', 'Greece'),
  T('Helsinki', 'Finland'),
  T('Stockholm', 'Sweden'),
  { ...T('The Hague', 'Netherlands'), seat: true },
  T('Rotterdam', 'Netherlands'),
  T('Cairo', 'Egypt'),
  T('Riyadh', 'Saudi Arabia'),
  T('Doha', 'Qatar'),
  T('Dubai', 'United Arab Emirates'),
  T('Abu Dhabi', 'United Arab Emirates'),
  T('Tel Aviv', 'Israel'),
  T('Jerusalem', 'Israel'),
  T('Baghdad', 'Iraq'),
  T('Damascus', 'Syria'),
  T('Tokyo', 'Japan'),
  T('Seoul', 'South Korea'),
  T('Kashgar', 'China', ['Kashi']),
  T('Navoi', 'Uzbekistan', ['Navoiy']),
  T('Karshi', 'Uzbekistan', ['Qarshi']),
  T('Kokand', 'Uzbekistan', ['Qo‘qon', 'Qoqon']),
  T('Urgench', 'Uzbekistan'),
  T('Jalal-Abad', 'Kyrgyzstan', ['Jalalabad']),
  T('Karakol', 'Kyrgyzstan', [], [{ name: 'Przhevalsk', from: 1939, to: 1992 }]),
  T('Naryn', 'Kyrgyzstan'),
  // (resort towns where the region's summits are held)
  T('Cholpon-Ata', 'Kyrgyzstan', ['Cholpon Ata']),
  T('Avaza', 'Turkmenistan', []),
  T('Burabay', 'Kazakhstan', ['Borovoe', 'Borovoye']),
  T('Khorog', 'Tajikistan'),
  T('Bokhtar', 'Tajikistan', [], [{ name: 'Kurgan-Tyube', to: 2018 }]),
  T('Kulob', 'Tajikistan', ['Kulyab']),
  T('Dashoguz', 'Turkmenistan', ['Dashhowuz', 'Dashkhovuz']),
  T('Balkanabat', 'Turkmenistan', [], [{ name: 'Nebit Dag', to: 1999 }]),
  T('Pavlodar', 'Kazakhstan'),
  T('Oskemen', 'Kazakhstan', ['Ust-Kamenogorsk']),
  T('Semey', 'Kazakhstan', [], [{ name: 'Semipalatinsk', to: 2007 }]),
  T('Kyzylorda', 'Kazakhstan'),
  T('Aralsk', 'Kazakhstan'),
  T('Muynak', 'Uzbekistan', ['Moynaq', "Mo'ynoq"]),
  T('Taraz', 'Kazakhstan', [], [{ name: 'Zhambyl', from: 1938, to: 1997 }]),
  T('Oral', 'Kazakhstan', ['Uralsk']),
  T('Kostanay', 'Kazakhstan', ['Kostanai']),
  T('Rustavi', 'Georgia'),
  T('Zugdidi', 'Georgia'),
  T('Vanadzor', 'Armenia'),
  T('Meghri', 'Armenia'),
  T('Yekaterinburg', 'Russia'),
  T('Novosibirsk', 'Russia'),
  T('Orenburg', 'Russia'),
  T('Volgograd', 'Russia', [], [{ name: 'Stalingrad', from: 1925, to: 1961 }]),
  T('Trabzon', 'Türkiye'),
  T('Mersin', 'Türkiye'),
  T('Rasht', 'Iran'),
  T('Astara', 'Azerbaijan'),
  T('Chabahar', 'Iran'),
  T('Peshawar', 'Pakistan'),
  T('Lahore', 'Pakistan'),
  T('Kandahar', 'Afghanistan'),
];

// ------------------------------------------------------------------ regions

/**
 * `parties` of a region: the states it stands for when a text names them as a group ("the five
 * Central Asian states", "an EU–Central Asia summit"); only for regions whose membership is fixed.
 */
const R = (name: string, aliases: string[] = [], demonyms: string[] = [], country?: string, parties?: string[]): GazetteerEntry => ({
  name,
  kind: 'region',
  aliases,
  demonyms,
  ...(country ? { country } : {}),
  ...(parties ? { parties } : {}),
});

export const REGIONS: GazetteerEntry[] = [
  R('Central Asia', ['Middle Asia'], ['Central Asian', 'Central Asians'], undefined, ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']),
  R('South Caucasus', ['Southern Caucasus', 'Transcaucasia'], ['South Caucasian', 'Transcaucasian'], undefined, ['Armenia', 'Azerbaijan', 'Georgia']),
  // Summit formats of the five Central Asian states with one partner (fixed membership).
  { ...R('C+C5', ['C5+China'], [], undefined, ['China', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']), format: true },
  { ...R('C5+1', [], [], undefined, ['United States', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']), format: true },
  // (the business platform of the C5+1 format)
  { ...R('B5+1', [], [], undefined, ['United States', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan']), format: true },
  R('North Caucasus', ['Northern Caucasus'], ['North Caucasian']),
  R('Caucasus', [], ['Caucasian']),
  // (the five littoral states, whose membership is fixed)
  R('Caspian Sea', ['Caspian region', 'Caspian basin'], ['Caspian', 'Trans-Caspian', 'Transcaspian'], undefined, ['Azerbaijan', 'Iran', 'Kazakhstan', 'Russia', 'Turkmenistan']),
  R('Black Sea', ['Black Sea region'], []),
  R('Mediterranean', ['Mediterranean Sea'], ['Mediterranean']),
  R('Persian Gulf', ['Gulf region', 'Arabian Gulf'], []),
  R('Aral Sea', [], []),
  R('Fergana Valley', ['Ferghana Valley'], []),
  R('Eurasia', [], ['Eurasian']),
  R('Europe', [], ['European', 'Europeans']),
  R('Asia', [], ['Asian']),
  R('South Asia', [], ['South Asian']),
  R('East Asia', [], ['East Asian']),
  R('Southeast Asia', ['South-East Asia'], ['Southeast Asian']),
  R('Middle East', [], ['Middle Eastern']),
  R('Western Balkans', [], []),
  R('Balkans', [], ['Balkan']),
  R('Eastern Europe', [], ['Eastern European']),
  R('Western Europe', [], ['Western European']),
  R('Scandinavia', [], ['Scandinavian']),
  R('Nagorno-Karabakh', ['Nagorno Karabakh', 'Karabakh', 'Karabagh', 'Nagorny Karabakh', 'Artsakh'], [], 'Azerbaijan'),
  R('Nakhchivan', ['Nakhichevan', 'Nakhchivan Autonomous Republic', 'Naxçıvan'], [], 'Azerbaijan'),
  R('Abkhazia', [], ['Abkhaz', 'Abkhazian'], 'Georgia'),
  R('South Ossetia', ['Tskhinvali region'], ['South Ossetian'], 'Georgia'),
  R('Adjara', ['Ajaria', 'Adjaria'], [], 'Georgia'),
  R('Syunik', ['Syunik Province', 'Zangezur'], [], 'Armenia'),
  R('Tavush', ['Tavush Province'], [], 'Armenia'),
  R('Xinjiang', ['Xinjiang Uyghur Autonomous Region', 'East Turkestan'], [], 'China'),
  R('Karakalpakstan', ['Republic of Karakalpakstan'], [], 'Uzbekistan'),
  R('Gorno-Badakhshan', ['Gorno-Badakhshan Autonomous Region', 'GBAO'], [], 'Tajikistan'),
  R('Mangystau', ['Mangystau Region', 'Mangistau'], [], 'Kazakhstan'),
  R('Crimea', ['Crimean Peninsula'], ['Crimean'], 'Ukraine'),
  R('Donbas', ['Donbass'], [], 'Ukraine'),
  R('Helmand', ['Helmand Province'], [], 'Afghanistan'),
  R('Siberia', [], ['Siberian'], 'Russia'),
  R('Chechnya', [], ['Chechen'], 'Russia'),
  R('Dagestan', [], ['Dagestani'], 'Russia'),
  R('Kurdistan', [], [], undefined),
  R('Silk Road', ['Great Silk Road', 'Silk Route'], []),
  R('Arctic', [], ['Arctic']),
  R('Latin America', [], ['Latin American']),
  R('North America', [], ['North American']),
  R('South America', [], ['South American']),
  R('Anatolia', [], ['Anatolian']),
  R('Africa', [], ['African']),
  R('North Africa', [], ['North African']),
  R('Absheron Peninsula', ['Absheron', 'Apsheron Peninsula'], [], 'Azerbaijan'),
  R('Central Eurasia', [], []),
  R('Turkic world', ['Turkish world'], []),
  R('Euro-Atlantic', ['Euro-Atlantic area'], []),
];

// ------------------------------------------------------------------ people

const P = (name: string, country: string, aliases: string[], offices: Office[] = []): GazetteerEntry => ({
  name,
  kind: 'person',
  country,
  aliases,
  offices,
});
const pres = (of: string, from: string, to?: string): Office => ({ title: 'president', of, from, ...(to ? { to } : {}) });
const pm = (of: string, from: string, to?: string): Office => ({ title: 'prime minister', of, from, ...(to ? { to } : {}) });
const fm = (of: string, from: string, to?: string): Office => ({ title: 'foreign minister', of, from, ...(to ? { to } : {}) });
const sg = (of: string, from: string, to?: string): Office => ({ title: 'secretary-general', of, from, ...(to ? { to } : {}) });

export const PEOPLE: GazetteerEntry[] = [
  // Azerbaijan
  P('Ayaz Mutallibov', 'Azerbaijan', [], [pres('Azerbaijan', '1991-09-08', '1992-03-06')]),
  P('Abulfaz Elchibey', 'Azerbaijan', ['Abulfaz Elçibəy'], [pres('Azerbaijan', '1992-06-16', '1993-06-15')]),
  P('Heydar Aliyev', 'Azerbaijan', ['Heydar Alirza oglu Aliyev', 'Haydar Aliyev', 'Geydar Aliyev'], [pres('Azerbaijan', '1993-06-15', '2003-10-31')]),
  P('Ilham Aliyev', 'Azerbaijan', ['Ilham Heydar oglu Aliyev'], [pres('Azerbaijan', '2003-10-31'), pm('Azerbaijan', '2003-08-04', '2003-10-31')]),
  P('Mehriban Aliyeva', 'Azerbaijan', [], [{ title: 'vice president', of: 'Azerbaijan', from: '2017-02-21' }]),
  P('Artur Rasizade', 'Azerbaijan', [], [pm('Azerbaijan', '1996-07-19', '2003-08-04'), pm('Azerbaijan', '2003-11-04', '2018-04-21')]),
  P('Novruz Mammadov', 'Azerbaijan', [], [pm('Azerbaijan', '2018-04-21', '2019-10-08')]),
  P('Ali Asadov', 'Azerbaijan', [], [pm('Azerbaijan', '2019-10-08')]),
  { ...P('Hasan Hasanov', 'Azerbaijan', [], [fm('Azerbaijan', '1993-11', '1998-07')]), surname: '' },
  P('Vilayat Guliyev', 'Azerbaijan', [], [fm('Azerbaijan', '1999-03', '2004-04-02')]),
  P('Elmar Mammadyarov', 'Azerbaijan', ['Elmar Mammadiarov'], [fm('Azerbaijan', '2004-04-02', '2020-07-16')]),
  P('Jeyhun Bayramov', 'Azerbaijan', [], [fm('Azerbaijan', '2020-07-16')]),
  P('Hikmet Hajiyev', 'Azerbaijan', ['Hikmat Hajiyev'], []),
  P('Rovshan Najaf', 'Azerbaijan', [], []),
  P('Rovnag Abdullayev', 'Azerbaijan', [], []),
  P('Parviz Shahbazov', 'Azerbaijan', [], []),
  // Kazakhstan
  P('Nursultan Nazarbayev', 'Kazakhstan', [], [pres('Kazakhstan', '1990-04-24', '2019-03-20')]),
  P('Nurlan Yermekbayev', 'Kazakhstan', [], [{ title: 'defence minister', of: 'Kazakhstan', from: '2018-08-07', to: '2022-01-19' }]),
  P('Ruslan Zhaksylykov', 'Kazakhstan', [], [{ title: 'defence minister', of: 'Kazakhstan', from: '2022-01-19' }]),
  P('Kassym-Jomart Tokayev', 'Kazakhstan', ['Kassym Jomart Tokayev', 'Kasym-Zhomart Tokayev', 'Qasym-Jomart Toqaev', 'Kassym-Zhomart Tokayev'], [
    pres('Kazakhstan', '2019-03-20'),
    fm('Kazakhstan', '1994-10-13', '1999-10-01'),
    pm('Kazakhstan', '1999-10-01', '2002-01-28'),
    fm('Kazakhstan', '2002-01-28', '2007-01-10'),
    { title: 'chairman of the senate', of: 'Kazakhstan', from: '2007-01-11', to: '2011-04-15' },
    { title: 'chairman of the senate', of: 'Kazakhstan', from: '2016-10-16', to: '2019-03-19' },
  ]),
  P('Karim Massimov', 'Kazakhstan', ['Karim Masimov'], [pm('Kazakhstan', '2007-01-10', '2012-09-24'), pm('Kazakhstan', '2014-04-02', '2016-09-08')]),
  P('Serik Akhmetov', 'Kazakhstan', [], [pm('Kazakhstan', '2012-09-24', '2014-04-02')]),
  P('Bakhytzhan Sagintayev', 'Kazakhstan', [], [pm('Kazakhstan', '2016-09-08', '2019-02-21')]),
  P('Askar Mamin', 'Kazakhstan', [], [pm('Kazakhstan', '2019-02-25', '2022-01-05')]),
  P('Alikhan Smailov', 'Kazakhstan', [], [pm('Kazakhstan', '2022-01-11', '2024-02-05')]),
  P('Olzhas Bektenov', 'Kazakhstan', [], [pm('Kazakhstan', '2024-02-06')]),
  P('Marat Tazhin', 'Kazakhstan', [], [fm('Kazakhstan', '2007-01-10', '2009-05-04')]),
  P('Kanat Saudabayev', 'Kazakhstan', [], [fm('Kazakhstan', '2009-05-04', '2011-03-07')]),
  P('Yerzhan Kazykhanov', 'Kazakhstan', [], [fm('Kazakhstan', '2011-04-06', '2012-09-28')]),
  P('Erlan Idrissov', 'Kazakhstan', ['Yerlan Idrissov'], [fm('Kazakhstan', '2012-09-28', '2016-09-13')]),
  P('Kairat Abdrakhmanov', 'Kazakhstan', [], [fm('Kazakhstan', '2016-09-13', '2018-12-26')]),
  P('Beibut Atamkulov', 'Kazakhstan', [], [fm('Kazakhstan', '2018-12-26', '2019-05-18')]),
  P('Mukhtar Tileuberdi', 'Kazakhstan', [], [fm('Kazakhstan', '2019-05-18', '2023-09-01')]),
  P('Murat Nurtleu', 'Kazakhstan', [], [fm('Kazakhstan', '2023-09-01')]),
  // Uzbekistan
  P('Islam Karimov', 'Uzbekistan', [], [pres('Uzbekistan', '1990-03-24', '2016-09-02')]),
  P('Shavkat Mirziyoyev', 'Uzbekistan', [], [pm('Uzbekistan', '2003-12-12', '2016-12-14'), pres('Uzbekistan', '2016-09-08')]),
  P('Abdulla Aripov', 'Uzbekistan', [], [pm('Uzbekistan', '2016-12-14')]),
  P('Abdulaziz Komilov', 'Uzbekistan', ['Abdulaziz Kamilov'], [fm('Uzbekistan', '2012-01-13', '2022-07-08')]),
  P('Bakhtiyor Saidov', 'Uzbekistan', [], [fm('Uzbekistan', '2022-07-08')]),
  // Turkmenistan
  P('Saparmurat Niyazov', 'Turkmenistan', ['Turkmenbashi Niyazov'], [pres('Turkmenistan', '1990-10-27', '2006-12-21')]),
  P('Gurbanguly Berdimuhamedow', 'Turkmenistan', ['Gurbanguly Berdimuhamedov'], [pres('Turkmenistan', '2006-12-21', '2022-03-19')]),
  P('Serdar Berdimuhamedow', 'Turkmenistan', ['Serdar Berdimuhamedov'], [pres('Turkmenistan', '2022-03-19')]),
  P('Rashid Meredov', 'Turkmenistan', [], [fm('Turkmenistan', '2001-07-18')]),
  // Kyrgyzstan
  P('Askar Akayev', 'Kyrgyzstan', [], [pres('Kyrgyzstan', '1990-10-27', '2005-04-11')]),
  P('Kurmanbek Bakiyev', 'Kyrgyzstan', [], [pres('Kyrgyzstan', '2005-04-11', '2010-04-15')]),
  P('Roza Otunbayeva', 'Kyrgyzstan', [], [pres('Kyrgyzstan', '2010-04-15', '2011-12-01')]),
  P('Almazbek Atambayev', 'Kyrgyzstan', [], [pres('Kyrgyzstan', '2011-12-01', '2017-11-24')]),
  P('Sooronbay Jeenbekov', 'Kyrgyzstan', ['Sooronbai Jeenbekov'], [pres('Kyrgyzstan', '2017-11-24', '2020-10-15')]),
  P('Sadyr Japarov', 'Kyrgyzstan', ['Sadyr Zhaparov'], [pres('Kyrgyzstan', '2020-10-15')]),
  P('Akylbek Japarov', 'Kyrgyzstan', [], [{ title: 'chairman of the cabinet', of: 'Kyrgyzstan', from: '2021-10-12', to: '2024-12-16' }]),
  P('Jeenbek Kulubaev', 'Kyrgyzstan', [], [fm('Kyrgyzstan', '2022-05-05')]),
  // Tajikistan
  P('Emomali Rahmon', 'Tajikistan', ['Emomalii Rahmon'], [pres('Tajikistan', '1992-11-19')]),
  P('Sirojiddin Muhriddin', 'Tajikistan', ['Sirodjidin Aslov'], [fm('Tajikistan', '2013-11-29')]),
  P('Hamrokhon Zarifi', 'Tajikistan', [], [fm('Tajikistan', '2006-01-04', '2013-11-29')]),
  // Georgia
  P('Zviad Gamsakhurdia', 'Georgia', [], [pres('Georgia', '1991-04-14', '1992-01-06')]),
  P('Eduard Shevardnadze', 'Georgia', [], [pres('Georgia', '1992-03-10', '2003-11-23'), fm('Soviet Union', '1985-07-02', '1990-12-20')]),
  P('Nino Burjanadze', 'Georgia', [], []),
  P('Mikheil Saakashvili', 'Georgia', ['Mikhail Saakashvili'], [pres('Georgia', '2004-01-25', '2013-11-17')]),
  P('Giorgi Margvelashvili', 'Georgia', [], [pres('Georgia', '2013-11-17', '2018-12-16')]),
  P('Salome Zourabichvili', 'Georgia', ['Salome Zurabishvili'], [pres('Georgia', '2018-12-16', '2024-12-29')]),
  P('Mikheil Kavelashvili', 'Georgia', [], [pres('Georgia', '2024-12-29')]),
  P('Zurab Zhvania', 'Georgia', [], [pm('Georgia', '2004-02-17', '2005-02-03')]),
  P('Zurab Noghaideli', 'Georgia', ['Zurab Nogaideli'], [pm('Georgia', '2005-02-17', '2007-11-16')]),
  P('Lado Gurgenidze', 'Georgia', [], [pm('Georgia', '2007-11-22', '2008-11-01')]),
  P('Nika Gilauri', 'Georgia', [], [pm('Georgia', '2009-02-06', '2012-07-04')]),
  P('Bidzina Ivanishvili', 'Georgia', [], [pm('Georgia', '2012-10-25', '2013-11-20')]),
  P('Irakli Garibashvili', 'Georgia', [], [pm('Georgia', '2013-11-20', '2015-12-30'), pm('Georgia', '2021-02-22', '2024-02-08')]),
  P('Giorgi Kvirikashvili', 'Georgia', [], [pm('Georgia', '2015-12-30', '2018-06-20')]),
  P('Mamuka Bakhtadze', 'Georgia', [], [pm('Georgia', '2018-06-20', '2019-09-08')]),
  P('Giorgi Gakharia', 'Georgia', [], [pm('Georgia', '2019-09-08', '2021-02-18')]),
  P('Irakli Kobakhidze', 'Georgia', [], [pm('Georgia', '2024-02-08')]),
  P('Temur Iakobashvili', 'Georgia', [], []),
  // Armenia
  P('Levon Ter-Petrosyan', 'Armenia', ['Levon Ter-Petrossian'], [pres('Armenia', '1991-10-16', '1998-02-03')]),
  P('Robert Kocharyan', 'Armenia', [], [pres('Armenia', '1998-02-04', '2008-04-09')]),
  P('Serzh Sargsyan', 'Armenia', ['Serzh Sarkisian', 'Serzh Sargsian'], [pres('Armenia', '2008-04-09', '2018-04-09'), pm('Armenia', '2018-04-17', '2018-04-23')]),
  P('Armen Sarkissian', 'Armenia', [], [pres('Armenia', '2018-04-09', '2022-02-01')]),
  P('Vahagn Khachaturyan', 'Armenia', [], [pres('Armenia', '2022-03-13')]),
  P('Nikol Pashinyan', 'Armenia', ['Nikol Pashinian'], [pm('Armenia', '2018-05-08')]),
  P('Vartan Oskanian', 'Armenia', [], [fm('Armenia', '1998-04-10', '2008-04-21')]),
  P('Edward Nalbandian', 'Armenia', ['Eduard Nalbandyan'], [fm('Armenia', '2008-04-21', '2018-05-12')]),
  P('Zohrab Mnatsakanyan', 'Armenia', [], [fm('Armenia', '2018-05-12', '2020-11-16')]),
  P('Ararat Mirzoyan', 'Armenia', [], [fm('Armenia', '2021-08-19')]),
  // Russia and the Soviet Union
  P('Mikhail Gorbachev', 'Soviet Union', [], [pres('Soviet Union', '1990-03-15', '1991-12-25'), { title: 'general secretary', of: 'Soviet Union', from: '1985-03-11', to: '1991-08-24' }]),
  P('Boris Yeltsin', 'Russia', [], [pres('Russia', '1991-07-10', '1999-12-31')]),
  P('Vladimir Putin', 'Russia', [], [pm('Russia', '1999-08-16', '1999-12-31'), pres('Russia', '1999-12-31', '2008-05-07'), pm('Russia', '2008-05-08', '2012-05-07'), pres('Russia', '2012-05-07')]),
  P('Dmitry Medvedev', 'Russia', ['Dmitri Medvedev'], [pres('Russia', '2008-05-07', '2012-05-07'), pm('Russia', '2012-05-08', '2020-01-16')]),
  P('Mikhail Mishustin', 'Russia', [], [pm('Russia', '2020-01-16')]),
  { ...P('Igor Ivanov', 'Russia', [], [fm('Russia', '1998-09-11', '2004-03-09')]), surname: '' },
  P('Sergey Lavrov', 'Russia', ['Sergei Lavrov'], [fm('Russia', '2004-03-09')]),
  // Türkiye
  P('Süleyman Demirel', 'Türkiye', [], [pres('Türkiye', '1993-05-16', '2000-05-16')]),
  P('Ahmet Necdet Sezer', 'Türkiye', [], [pres('Türkiye', '2000-05-16', '2007-08-28')]),
  P('Abdullah Gül', 'Türkiye', [], [pres('Türkiye', '2007-08-28', '2014-08-28'), fm('Türkiye', '2003-03-14', '2007-08-28')]),
  P('Recep Tayyip Erdoğan', 'Türkiye', ['Tayyip Erdoğan', 'Recep Erdoğan'], [pm('Türkiye', '2003-03-14', '2014-08-28'), pres('Türkiye', '2014-08-28')]),
  P('Ahmet Davutoğlu', 'Türkiye', [], [fm('Türkiye', '2009-05-01', '2014-08-29'), pm('Türkiye', '2014-08-28', '2016-05-24')]),
  P('Binali Yıldırım', 'Türkiye', [], [pm('Türkiye', '2016-05-24', '2018-07-09')]),
  P('Mevlüt Çavuşoğlu', 'Türkiye', [], [fm('Türkiye', '2014-08-29', '2015-08-28'), fm('Türkiye', '2015-11-24', '2023-06-04')]),
  P('Hakan Fidan', 'Türkiye', [], [fm('Türkiye', '2023-06-04')]),
  P('Taner Yıldız', 'Türkiye', [], [{ title: 'energy minister', of: 'Türkiye', from: '2009-05-01', to: '2015-08-28' }]),
  P('Fatih Dönmez', 'Türkiye', [], [{ title: 'energy minister', of: 'Türkiye', from: '2018-07-10', to: '2023-06-04' }]),
  // ("Bayraktar" alone is far more often the drone than the minister)
  { ...P('Alparslan Bayraktar', 'Türkiye', [], [{ title: 'energy minister', of: 'Türkiye', from: '2023-06-04' }]), surname: '' },
  P('Hulusi Akar', 'Türkiye', [], [{ title: 'defence minister', of: 'Türkiye', from: '2018-07-10', to: '2023-06-04' }]),
  P('Yaşar Güler', 'Türkiye', ['Yasar Guler'], [{ title: 'defence minister', of: 'Türkiye', from: '2023-06-04' }]),
  // Iran
  P('Ali Khamenei', 'Iran', ['Ayatollah Khamenei'], [{ title: 'supreme leader', of: 'Iran', from: '1989-06-04' }]),
  P('Mohammad Khatami', 'Iran', [], [pres('Iran', '1997-08-03', '2005-08-03')]),
  P('Mahmoud Ahmadinejad', 'Iran', [], [pres('Iran', '2005-08-03', '2013-08-03')]),
  P('Hassan Rouhani', 'Iran', [], [pres('Iran', '2013-08-03', '2021-08-03')]),
  P('Ebrahim Raisi', 'Iran', [], [pres('Iran', '2021-08-03', '2024-05-19')]),
  P('Masoud Pezeshkian', 'Iran', [], [pres('Iran', '2024-07-28')]),
  P('Mohammad Javad Zarif', 'Iran', ['Javad Zarif'], [fm('Iran', '2013-08-15', '2021-08-25')]),
  P('Hossein Amir-Abdollahian', 'Iran', [], [fm('Iran', '2021-08-25', '2024-05-19')]),
  P('Abbas Araghchi', 'Iran', [], [fm('Iran', '2024-08-21')]),
  // China
  { ...P('Jiang Zemin', 'China', [], [pres('China', '1993-03-27', '2003-03-15')]), surname: '' },
  { ...P('Hu Jintao', 'China', [], [pres('China', '2003-03-15', '2013-03-14')]), surname: '' },
  { ...P('Xi Jinping', 'China', [], [pres('China', '2013-03-14')]), surname: 'Xi' },
  { ...P('Li Keqiang', 'China', [], [pm('China', '2013-03-15', '2023-03-11')]), surname: '' },
  { ...P('Li Qiang', 'China', [], [pm('China', '2023-03-11')]), surname: '' },
  { ...P('Wang Yi', 'China', [], [fm('China', '2013-03-16', '2022-12-30'), fm('China', '2023-07-25')]), surname: '' },
  { ...P('Qin Gang', 'China', [], [fm('China', '2022-12-30', '2023-07-25')]), surname: '' },
  // United States
  P('Bill Clinton', 'United States', [], [pres('United States', '1993-01-20', '2001-01-20')]),
  P('George W. Bush', 'United States', ['George Bush'], [pres('United States', '2001-01-20', '2009-01-20')]),
  P('Barack Obama', 'United States', [], [pres('United States', '2009-01-20', '2017-01-20')]),
  P('Donald Trump', 'United States', [], [pres('United States', '2017-01-20', '2021-01-20'), pres('United States', '2025-01-20')]),
  P('Joe Biden', 'United States', ['Joseph Biden'], [pres('United States', '2021-01-20', '2025-01-20')]),
  P('Hillary Clinton', 'United States', [], [fm('United States', '2009-01-21', '2013-02-01')]),
  P('John Kerry', 'United States', [], [fm('United States', '2013-02-01', '2017-01-20')]),
  P('Rex Tillerson', 'United States', [], [fm('United States', '2017-02-01', '2018-03-31')]),
  P('Mike Pompeo', 'United States', [], [fm('United States', '2018-04-26', '2021-01-20')]),
  P('Antony Blinken', 'United States', [], [fm('United States', '2021-01-26', '2025-01-20')]),
  P('Marco Rubio', 'United States', [], [fm('United States', '2025-01-21')]),
  P('Zbigniew Brzezinski', 'United States', [], []),
  // Ukraine, Belarus, Afghanistan
  P('Leonid Kuchma', 'Ukraine', [], [pres('Ukraine', '1994-07-19', '2005-01-23')]),
  P('Viktor Yushchenko', 'Ukraine', ['Victor Yushchenko'], [pres('Ukraine', '2005-01-23', '2010-02-25')]),
  P('Viktor Yanukovych', 'Ukraine', [], [pres('Ukraine', '2010-02-25', '2014-02-22')]),
  P('Petro Poroshenko', 'Ukraine', [], [pres('Ukraine', '2014-06-07', '2019-05-20')]),
  P('Volodymyr Zelenskyy', 'Ukraine', ['Volodymyr Zelensky', 'Zelenskyy'], [pres('Ukraine', '2019-05-20')]),
  P('Alexander Lukashenko', 'Belarus', ['Alyaksandr Lukashenka'], [pres('Belarus', '1994-07-20')]),
  P('Hamid Karzai', 'Afghanistan', [], [pres('Afghanistan', '2001-12-22', '2014-09-29')]),
  P('Ashraf Ghani', 'Afghanistan', [], [pres('Afghanistan', '2014-09-29', '2021-08-15')]),
  P('Amir Khan Muttaqi', 'Afghanistan', [], [fm('Afghanistan', '2021-09-07')]),
  // Pakistan
  // ("Khan" alone is too common a name to stand for him)
  { ...P('Imran Khan', 'Pakistan', [], [pm('Pakistan', '2018-08-18', '2022-04-10')]), surname: '' },
  P('Shehbaz Sharif', 'Pakistan', ['Shahbaz Sharif'], [pm('Pakistan', '2022-04-11', '2023-08-14'), pm('Pakistan', '2024-03-04')]),
  P('Ishaq Dar', 'Pakistan', [], [fm('Pakistan', '2024-03-11')]),
  P('Bilawal Bhutto Zardari', 'Pakistan', [], [fm('Pakistan', '2022-04-27', '2023-08-10')]),
  // European Union and international organisations
  P('José Manuel Barroso', 'Portugal', ['Jose Manuel Barroso'], [{ title: 'president', of: 'European Commission', from: '2004-11-22', to: '2014-10-31' }]),
  P('Jean-Claude Juncker', 'Luxembourg', [], [{ title: 'president', of: 'European Commission', from: '2014-11-01', to: '2019-11-30' }]),
  { ...P('Ursula von der Leyen', 'Germany', [], [{ title: 'president', of: 'European Commission', from: '2019-12-01' }]), surname: 'von der Leyen' },
  { ...P('Herman Van Rompuy', 'Belgium', [], [{ title: 'president', of: 'European Council', from: '2009-12-01', to: '2014-11-30' }]), surname: 'Van Rompuy' },
  P('Donald Tusk', 'Poland', [], [{ title: 'president', of: 'European Council', from: '2014-12-01', to: '2019-11-30' }]),
  { ...P('Charles Michel', 'Belgium', [], [{ title: 'president', of: 'European Council', from: '2019-12-01', to: '2024-11-30' }]), surname: '' },
  { ...P('António Costa', 'Portugal', ['Antonio Costa'], [{ title: 'president', of: 'European Council', from: '2024-12-01' }]), surname: '' },
  P('Catherine Ashton', 'United Kingdom', [], [{ title: 'high representative', of: 'European Union', from: '2009-12-01', to: '2014-10-31' }]),
  P('Federica Mogherini', 'Italy', [], [{ title: 'high representative', of: 'European Union', from: '2014-11-01', to: '2019-11-30' }]),
  P('Josep Borrell', 'Spain', [], [{ title: 'high representative', of: 'European Union', from: '2019-12-01', to: '2024-11-30' }]),
  P('Kaja Kallas', 'Estonia', [], [{ title: 'high representative', of: 'European Union', from: '2024-12-01' }]),
  P('Günther Oettinger', 'Germany', ['Guenther Oettinger'], [{ title: 'energy commissioner', of: 'European Union', from: '2010-02-10', to: '2014-10-31' }]),
  P('Anders Fogh Rasmussen', 'Denmark', [], [sg('NATO', '2009-08-01', '2014-10-01')]),
  P('Jens Stoltenberg', 'Norway', [], [sg('NATO', '2014-10-01', '2024-10-01')]),
  P('Mark Rutte', 'Netherlands', [], [sg('NATO', '2024-10-01')]),
  P('Kofi Annan', 'Ghana', [], [sg('United Nations', '1997-01-01', '2006-12-31')]),
  { ...P('Ban Ki-moon', 'South Korea', [], [sg('United Nations', '2007-01-01', '2016-12-31')]), surname: '' },
  P('António Guterres', 'Portugal', ['Antonio Guterres'], [sg('United Nations', '2017-01-01')]),
  P('Roberto Azevêdo', 'Brazil', ['Roberto Azevedo'], [{ title: 'director-general', of: 'World Trade Organization', from: '2013-09-01', to: '2020-08-31' }]),
  P('Ngozi Okonjo-Iweala', 'Nigeria', [], [{ title: 'director-general', of: 'World Trade Organization', from: '2021-03-01' }]),
  P('Kristalina Georgieva', 'Bulgaria', [], [{ title: 'managing director', of: 'International Monetary Fund', from: '2019-10-01' }]),
  P('Baghdad Amreyev', 'Kazakhstan', [], [sg('Organization of Turkic States', '2018-09-03', '2022-07-01')]),
  P('Kubanychbek Omuraliev', 'Kyrgyzstan', [], [sg('Organization of Turkic States', '2022-07-01')]),
  { ...P('Zhang Ming', 'China', [], [sg('Shanghai Cooperation Organisation', '2022-01-01', '2024-12-31')]), surname: '' },
  // Other governments often named in briefs on the region
  P('Angela Merkel', 'Germany', [], [{ title: 'chancellor', of: 'Germany', from: '2005-11-22', to: '2021-12-08' }]),
  P('Olaf Scholz', 'Germany', [], [{ title: 'chancellor', of: 'Germany', from: '2021-12-08', to: '2025-05-06' }]),
  P('Friedrich Merz', 'Germany', [], [{ title: 'chancellor', of: 'Germany', from: '2025-05-06' }]),
  P('Nicolas Sarkozy', 'France', [], [pres('France', '2007-05-16', '2012-05-15')]),
  P('François Hollande', 'France', ['Francois Hollande'], [pres('France', '2012-05-15', '2017-05-14')]),
  P('Emmanuel Macron', 'France', [], [pres('France', '2017-05-14')]),
  P('Narendra Modi', 'India', [], [pm('India', '2014-05-26')]),
  P('Shinzo Abe', 'Japan', [], [pm('Japan', '2012-12-26', '2020-09-16')]),
  P('Viktor Orbán', 'Hungary', ['Viktor Orban'], [pm('Hungary', '2010-05-29')]),
  P('Péter Szijjártó', 'Hungary', ['Peter Szijjarto'], [fm('Hungary', '2014-09-23')]),
];

// ------------------------------------------------------------------ organisations

const O = (name: string, aliases: string[], formerly: string[] = []): GazetteerEntry => ({
  name,
  kind: 'organization',
  aliases,
  formerly,
});

/** A national body (a parliament) that acts for its country. */
const N = (name: string, country: string, aliases: string[]): GazetteerEntry => ({ name, kind: 'organization', country, aliases });

export const ORGANIZATIONS: GazetteerEntry[] = [
  O('European Union', ['EU', 'E.U.'], ['European Community', 'European Economic Community', 'EEC']),
  O('European Commission', ['Commission of the European Union']),
  O('European Council', []),
  O('Council of the European Union', ['Council of the EU']),
  O('European Parliament', []),
  O('European External Action Service', ['EEAS']),
  O('Council of Europe', []),
  O('European Investment Bank', ['EIB']),
  O('European Bank for Reconstruction and Development', ['EBRD']),
  O('NATO', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance']),
  O('Partnership for Peace', ['PfP', 'NATO Partnership for Peace']),
  O('Euro-Atlantic Partnership Council', ['EAPC']),
  O('International Security Assistance Force', ['ISAF']),
  O('United Nations', ['UN', 'U.N.', 'United Nations Organization']),
  O('United Nations Security Council', ['UN Security Council', 'UNSC']),
  O('United Nations General Assembly', ['UN General Assembly', 'UNGA']),
  O('United Nations Special Programme for the Economies of Central Asia', ['SPECA', 'UN Special Programme for the Economies of Central Asia', 'UN Special Program for the Economies of Central Asia']),
  O('UNESCO', ['United Nations Educational, Scientific and Cultural Organization']),
  O('Organization for Security and Co-operation in Europe', ['OSCE', 'Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe', 'Organisation for Security and Cooperation in Europe'], ['Conference on Security and Co-operation in Europe', 'CSCE']),
  O('OSCE Minsk Group', ['Minsk Group']),
  O('Commonwealth of Independent States', ['CIS']),
  O('Collective Security Treaty Organization', ['CSTO', 'Collective Security Treaty Organisation'], ['Collective Security Treaty', 'CST']),
  O('Eurasian Economic Union', ['EAEU', 'EEU', 'Eurasian Union'], ['Eurasian Economic Community', 'EurAsEC', 'EAEC']),
  O('Eurasian Customs Union', ['Customs Union', 'Customs Union of Belarus, Kazakhstan and Russia']),
  O('Common Economic Space', ['Single Economic Space', 'Common Economic Area']),
  O('Shanghai Cooperation Organisation', ['SCO', 'Shanghai Cooperation Organization'], ['Shanghai Five']),
  O('Organization of Turkic States', ['OTS', 'Organisation of Turkic States'], [
    'Turkic Council',
    'Cooperation Council of Turkic Speaking States',
    'Cooperation Council of Turkic-Speaking States',
    'Cooperation Council of Turkic Speaking Countries',
    'CCTS',
  ]),
  O('TURKSOY', ['International Organization of Turkic Culture', 'International Turkic Cultural Organization', 'Turksoy']),
  O('TURKPA', ['Parliamentary Assembly of Turkic States', 'Parliamentary Assembly of Turkic Speaking Countries']),
  O('Organisation of Islamic Cooperation', ['OIC', 'Organization of Islamic Cooperation', 'Organisation of the Islamic Cooperation'], ['Organisation of the Islamic Conference', 'Organization of the Islamic Conference']),
  O('Economic Cooperation Organization', ['ECO', 'Economic Cooperation Organisation']),
  O('GUAM', ['GUAM Organization for Democracy and Economic Development', 'Organization for Democracy and Economic Development'], ['GUUAM']),
  O('Black Sea Economic Cooperation', ['BSEC', 'Organization of the Black Sea Economic Cooperation']),
  O('Conference on Interaction and Confidence-Building Measures in Asia', ['CICA']),
  O('Non-Aligned Movement', ['NAM']),
  O('BRICS', []),
  O('G7', ['Group of Seven', 'G-7']),
  O('G20', ['Group of Twenty', 'G-20']),
  O('World Trade Organization', ['WTO', 'World Trade Organisation']),
  O('World Bank', ['World Bank Group']),
  O('International Monetary Fund', ['IMF']),
  O('Asian Development Bank', ['ADB']),
  O('Asian Infrastructure Investment Bank', ['AIIB']),
  O('Islamic Development Bank', ['IsDB']),
  O('Eurasian Development Bank', ['EDB']),
  O('NASA', ['National Aeronautics and Space Administration']),
  O('International Union for Conservation of Nature', ['IUCN']),
  O('US Development Finance Corporation', ['DFC', 'U.S. International Development Finance Corporation', 'US International Development Finance Corporation', 'International Development Finance Corporation', 'U.S. Development Finance Corporation', 'Development Finance Corporation']),
  O('OPEC', ['Organization of the Petroleum Exporting Countries', 'OPEC+']),
  O('International Energy Agency', ['IEA']),
  O('Energy Charter Treaty', ['Energy Charter']),
  O('Central Asia Regional Economic Cooperation', ['CAREC', 'CAREC Program']),
  O('Consultative Meeting of the Heads of State of Central Asia', ['Consultative Meeting of Central Asian Heads of State', 'C5 Consultative Meeting']),
  O('Taliban', []),
  O("Kurdistan Workers' Party", ['PKK', 'Kurdistan Workers’ Party']),
  O('Islamic State', ['ISIS', 'ISIL', 'Daesh']),
  O('Supreme Soviet', ['Supreme Soviet of the USSR']),
  O('Communist Party of the Soviet Union', ['CPSU']),
  O('TASS', ['ITAR-TASS']),
  O('European Neighbourhood Policy', ['ENP', 'European Neighborhood Policy']),
  O('Eastern Partnership', ['EaP']),
  O('EU Strategy for Central Asia', ['EU Central Asia Strategy']),
  O('EUCAM', ['EU Central Asia Monitoring', 'EU-Central Asia Monitoring']),
  O('Centre for European Policy Studies', ['CEPS', 'Center for European Policy Studies']),
  O('FRIDE', []),
  O('MGIMO', ['Moscow State Institute of International Relations']),
  O('ASEAN', ['Association of Southeast Asian Nations']),
  O('African Union', ['AU']),
  O('Arab League', ['League of Arab States']),
  O('Gulf Cooperation Council', ['GCC', 'Cooperation Council for the Arab States of the Gulf']),
  O('OECD', ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development']),
  O('International Atomic Energy Agency', ['IAEA']),
  O('World Health Organization', ['WHO', 'World Health Organisation']),
  O('United Nations Development Programme', ['UNDP']),
  O('United Nations Economic Commission for Europe', ['UNECE']),
  O('UN ESCAP', ['ESCAP', 'United Nations Economic and Social Commission for Asia and the Pacific']),
  O('International Court of Justice', ['ICJ']),
  O('International Criminal Court', ['ICC']),
  O('Financial Action Task Force', ['FATF']),
  O('Interpol', ['INTERPOL']),
  O('International Road Transport Union', ['IRU']),
  O('International Union of Railways', ['UIC']),
  O('Asia-Pacific Economic Cooperation', ['APEC']),
  O('European Free Trade Association', ['EFTA']),
  O('Council of Europe Development Bank', ['CEB']),
  O('Japan International Cooperation Agency', ['JICA']),
  O('USAID', ['United States Agency for International Development', 'U.S. Agency for International Development']),
  O('International Finance Corporation', ['IFC']),
  // National parliaments and state bodies: they act for their country (`country`), which is
  // the party of what they do ("the Milli Majlis ratified the treaty" -> Azerbaijan).
  N('Milli Majlis', 'Azerbaijan', ['Milli Mejlis', 'National Assembly of Azerbaijan']),
  N('Parliament of Kazakhstan', 'Kazakhstan', ['Mazhilis', 'Majilis', 'Mazhilis of Kazakhstan']),
  N('Oliy Majlis', 'Uzbekistan', ['Oliy Majlis of Uzbekistan', 'Supreme Assembly of Uzbekistan']),
  N('Mejlis of Turkmenistan', 'Turkmenistan', ['Mejlis']),
  N('Halk Maslahaty', 'Turkmenistan', ['People’s Council of Turkmenistan', "People's Council of Turkmenistan"]),
  N('Jogorku Kenesh', 'Kyrgyzstan', ['Zhogorku Kenesh', 'Jogorku Kenesh of the Kyrgyz Republic']),
  N('Majlisi Oli', 'Tajikistan', ['Majlisi Oli of Tajikistan', 'Supreme Assembly of Tajikistan']),
  N('Grand National Assembly of Türkiye', 'Türkiye', ['Grand National Assembly of Turkey', 'Turkish Grand National Assembly', 'TBMM']),
  N('State Duma', 'Russia', ['Russian State Duma']),
  N('Verkhovna Rada', 'Ukraine', []),
  N('Parliament of Georgia', 'Georgia', []),
  N('Islamic Consultative Assembly', 'Iran', ['Majlis of Iran']),
];

// ------------------------------------------------------------------ companies

const K = (name: string, country: string, aliases: string[]): GazetteerEntry => ({ name, kind: 'company', country, aliases });

export const COMPANIES: GazetteerEntry[] = [
  K('SOCAR', 'Azerbaijan', ['State Oil Company of Azerbaijan Republic', 'State Oil Company of the Azerbaijan Republic', 'State Oil Company of Azerbaijan', 'Azerbaijan State Oil Company', 'SOCAR Trading']),
  K('Azerbaijan Caspian Shipping Company', 'Azerbaijan', ['ASCO']),
  K('Azerbaijan Railways', 'Azerbaijan', ['ADY', 'Azerbaijan Railways CJSC']),
  K('Baku International Sea Trade Port', 'Azerbaijan', ['Port of Baku', 'Baku Port', 'Port of Baku at Alat', 'Baku Sea Port']),
  K('Azerenerji', 'Azerbaijan', []),
  K('KazMunayGas', 'Kazakhstan', ['KazMunaiGas', 'KazMunaiGaz', 'KazMunayGaz', 'KMG', 'National Company KazMunayGas']),
  K('KazTransGas', 'Kazakhstan', ['KazTransGaz', 'QazaqGaz']),
  K('KazTransOil', 'Kazakhstan', []),
  K('Kazakhstan Temir Zholy', 'Kazakhstan', ['KTZ', 'Kazakhstan Railways']),
  K('Samruk-Kazyna', 'Kazakhstan', ['Samruk Kazyna']),
  K('Tengizchevroil', 'Kazakhstan', ['TCO']),
  K('BI Group', 'Kazakhstan', []),
  K('Uzbekneftegaz', 'Uzbekistan', ['Uzbekneftegas']),
  K('Uzbekistan Railways', 'Uzbekistan', ['Uzbekiston Temir Yollari', "O'zbekiston Temir Yo'llari", 'UTY']),
  K('UzAuto Motors', 'Uzbekistan', ['UzAuto']),
  K('Turkmengaz', 'Turkmenistan', ['Turkmengas']),
  K('Turkmennebit', 'Turkmenistan', ['Turkmenneft']),
  K('Georgian Railway', 'Georgia', ['Georgian Railways']),
  K('Georgian Oil and Gas Corporation', 'Georgia', ['GOGC']),
  K('Gazprom', 'Russia', []),
  K('Rosneft', 'Russia', []),
  K('Lukoil', 'Russia', ['LUKOIL']),
  K('Transneft', 'Russia', []),
  K('Russian Railways', 'Russia', ['RZD']),
  K('BOTAŞ', 'Türkiye', ['BOTAS', 'Botas']),
  K('Turkish Petroleum Corporation', 'Türkiye', ['TPAO']),
  K('BP', 'United Kingdom', ['British Petroleum']),
  K('Shell', 'United Kingdom', ['Royal Dutch Shell']),
  K('Chevron', 'United States', []),
  K('ExxonMobil', 'United States', ['Exxon Mobil', 'Exxon']),
  K('TotalEnergies', 'France', ['Total']),
  K('Eni', 'Italy', ['ENI']),
  K('Equinor', 'Norway', ['Statoil']),
  K('China National Petroleum Corporation', 'China', ['CNPC', 'PetroChina']),
  K('Sinopec', 'China', []),
  K('COSCO', 'China', ['COSCO Shipping']),
  K('Caspian Pipeline Consortium', 'Kazakhstan', ['CPC']),
  K('Azerbaijan International Operating Company', 'Azerbaijan', ['AIOC']),
  K('Kazatomprom', 'Kazakhstan', ['NAC Kazatomprom']),
  K('Air Astana', 'Kazakhstan', []),
  K('Azerbaijan Airlines', 'Azerbaijan', ['AZAL']),
  K('Uzbekistan Airways', 'Uzbekistan', []),
  K('Turkish Airlines', 'Türkiye', ['THY']),
  K('Naftogaz', 'Ukraine', ['Naftogaz of Ukraine']),
  K('Gazprom Neft', 'Russia', []),
  K('Novatek', 'Russia', ['NOVATEK']),
  K('Saudi Aramco', 'Saudi Arabia', ['Aramco']),
  K('ADNOC', 'United Arab Emirates', ['Abu Dhabi National Oil Company']),
  K('Masdar', 'United Arab Emirates', []),
  K('ACWA Power', 'Saudi Arabia', []),
  K('China Railway', 'China', ['China Railway Group']),
  K('Huawei', 'China', []),
  K('Siemens', 'Germany', []),
  K('Azercosmos', 'Azerbaijan', []),
  K('Azerishiq', 'Azerbaijan', []),
  K('Uzbekenergo', 'Uzbekistan', []),
  K('Kyrgyzneftegaz', 'Kyrgyzstan', []),
  K('Kazakhstan Development Bank', 'Kazakhstan', ['Development Bank of Kazakhstan']),
  K('RUSAL', 'Russia', ['Rusal', 'UC RUSAL', 'UC Rusal', 'United Company RUSAL']),
  K('TALCO', 'Tajikistan', ['Tajik Aluminium Company', 'Tajik Aluminum Company']),
  { ...K('Webuild', 'Italy', ['Webuild Group']), formerly: ['Salini Impregilo', 'Impregilo'] },
  K('AD Ports Group', 'United Arab Emirates', ['Abu Dhabi Ports', 'AD Ports']),
  K('DP World', 'United Arab Emirates', []),
  K('Barqi Tojik', 'Tajikistan', []),
  K('Kyrgyz Railways', 'Kyrgyzstan', ['Kyrgyz Temir Jolu']),
  K('Tajik Railways', 'Tajikistan', ['Rohi Ohani Tojikiston', 'Tajik Railway']),
  K('Turkish State Railways', 'Türkiye', ['TCDD', 'Turkish Railways', 'TCDD Transport']),
];

// ------------------------------------------------------------------ projects and routes

const J = (name: string, aliases: string[], parties?: string[]): GazetteerEntry => ({ name, kind: 'project', aliases, ...(parties ? { parties } : {}) });
const AGT = ['Azerbaijan', 'Georgia', 'Türkiye'];

export const PROJECTS: GazetteerEntry[] = [
  J('Baku-Tbilisi-Ceyhan pipeline', ['Baku-Tbilisi-Ceyhan', 'BTC', 'BTC pipeline', 'Baku-Tbilisi-Ceyhan oil pipeline'], AGT),
  J('Baku-Tbilisi-Kars railway', ['Baku-Tbilisi-Kars', 'BTK', 'BTK railway', 'Baku-Tbilisi-Kars railroad'], AGT),
  J('Baku-Tbilisi-Erzurum pipeline', ['Baku-Tbilisi-Erzurum', 'BTE', 'South Caucasus Pipeline', 'SCP'], AGT),
  J('Baku-Supsa pipeline', ['Baku-Supsa', 'Western Route Export Pipeline'], ['Azerbaijan', 'Georgia']),
  J('Baku-Novorossiysk pipeline', ['Baku-Novorossiysk'], ['Azerbaijan', 'Russia']),
  J('Middle Corridor', ['Trans-Caspian International Transport Route', 'TITR', 'Trans-Caspian International Transport Corridor', 'Trans-Caspian Transport Route', 'Trans-Caspian Route', 'Central Corridor', 'East-West Transcaspian Transport Route']),
  J('Northern Corridor', []),
  J('Trans-Caspian Gas Pipeline', ['Trans-Caspian Pipeline', 'TCP', 'TCGP', 'Trans-Caspian gas pipeline'], ['Turkmenistan', 'Azerbaijan']),
  J('Southern Gas Corridor', ['SGC']),
  J('Trans-Adriatic Pipeline', ['TAP', 'Trans Adriatic Pipeline'], ['Greece', 'Albania', 'Italy']),
  J('Trans-Anatolian Natural Gas Pipeline', ['TANAP', 'Trans-Anatolian Pipeline', 'Trans-Anatolian gas pipeline'], ['Azerbaijan', 'Türkiye']),
  J('Nabucco pipeline', ['Nabucco']),
  J('South Stream', ['South Stream pipeline']),
  J('TurkStream', ['Turkish Stream'], ['Russia', 'Türkiye']),
  J('Nord Stream', ['Nord Stream pipeline'], ['Russia', 'Germany']),
  J('Zangezur corridor', ['Zangezur Corridor'], ['Azerbaijan', 'Armenia']),
  J('Belt and Road Initiative', ['BRI', 'One Belt One Road', 'OBOR', 'Belt and Road', 'Belt Road Initiative', 'Silk Road Economic Belt']),
  J('International North-South Transport Corridor', ['INSTC', 'North-South Transport Corridor', 'North-South Corridor']),
  J('TRACECA', ['Transport Corridor Europe-Caucasus-Asia', 'Transport Corridor Europe Caucasus Asia', 'Europe-Caucasus-Asia Transport Corridor', 'Europe Caucasus Asia Transport Corridor']),
  J('Lapis Lazuli corridor', ['Lapis Lazuli Corridor', 'Lapis Lazuli route', 'Lapis Lazuli Transit, Trade and Transport Route']),
  J('Central Asia-China gas pipeline', ['Central Asia–China gas pipeline', 'Turkmenistan-China gas pipeline'], ['Turkmenistan', 'Uzbekistan', 'Kazakhstan', 'China']),
  J('Central Asia-Center gas pipeline', ['Central Asia–Center gas pipeline', 'CAC pipeline'], ['Turkmenistan', 'Uzbekistan', 'Kazakhstan', 'Russia']),
  J('TAPI pipeline', ['TAPI', 'Turkmenistan-Afghanistan-Pakistan-India pipeline'], ['Turkmenistan', 'Afghanistan', 'Pakistan', 'India']),
  J('CASA-1000', ['CASA 1000'], ['Kyrgyzstan', 'Tajikistan', 'Afghanistan', 'Pakistan']),
  J('Kazakhstan-Turkmenistan-Iran railway', ['Uzen-Gorgan railway', 'North-South railway'], ['Kazakhstan', 'Turkmenistan', 'Iran']),
  J('Caspian Pipeline Consortium pipeline', ['CPC pipeline', 'Tengiz-Novorossiysk pipeline'], ['Kazakhstan', 'Russia']),
  J('Shah Deniz', ['Shah Deniz field', 'Shah Deniz gas field', 'Shah Deniz 2', 'Shah Deniz II']),
  J('Azeri-Chirag-Gunashli', ['ACG', 'Azeri-Chirag-Guneshli', 'Azeri–Chirag–Gunashli']),
  J('Kashagan', ['Kashagan field', 'Kashagan oil field']),
  J('Tengiz', ['Tengiz field', 'Tengiz oil field']),
  J('Galkynysh', ['Galkynysh gas field', 'South Yolotan']),
  J('Kapaz', ['Kapaz field', 'Serdar field', 'Dostluk', 'Dostluk field'], ['Azerbaijan', 'Turkmenistan']),
  J('Baku Initiative', []),
  J('Trans-European Transport Network', ['TEN-T']),
  J('Global Gateway', ['EU Global Gateway']),
  J('Basic Multilateral Agreement on International Transport', ['MLA', 'Basic Multilateral Agreement']),
  J('Sustainable Development Goals', ['SDGs', 'SDG']),
  J('Power of Siberia', ['Power of Siberia pipeline', 'Power of Siberia 2'], ['Russia', 'China']),
  J('Blue Stream', ['Blue Stream pipeline'], ['Russia', 'Türkiye']),
  J('Druzhba pipeline', ['Druzhba']),
  J('Kazakhstan-China oil pipeline', ['Kazakhstan–China oil pipeline', 'Atasu-Alashankou pipeline'], ['Kazakhstan', 'China']),
  J('China-Kyrgyzstan-Uzbekistan railway', ['China–Kyrgyzstan–Uzbekistan railway', 'CKU railway'], ['China', 'Kyrgyzstan', 'Uzbekistan']),
  J('Trans-Afghan railway', ['Trans-Afghan Railway', 'Uzbekistan-Afghanistan-Pakistan railway'], ['Uzbekistan', 'Afghanistan', 'Pakistan']),
  J('Rogun Dam', ['Rogun hydropower plant', 'Rogun HPP', 'Rogun'], ['Tajikistan']),
  J('Kambarata-1', ['Kambarata HPP-1', 'Kambarata-1 hydropower plant'], ['Kyrgyzstan']),
  // signed by the five littoral states at Aktau in 2018
  J('Caspian Sea Convention', ['Convention on the Legal Status of the Caspian Sea', 'Aktau Convention', 'Caspian Convention'], ['Azerbaijan', 'Iran', 'Kazakhstan', 'Russia', 'Turkmenistan']),
  J('Black Sea submarine cable', ['Black Sea Energy cable', 'Caspian-Black Sea-Europe Green Energy Corridor']),
  J('Trans-Caspian Fiber Optic', ['Trans-Caspian fiber-optic cable', 'Trans-Caspian Fibre Optic']),
];

// ------------------------------------------------------------------ events and other named things

const X = (name: string, aliases: string[], country?: string): GazetteerEntry => ({ name, kind: 'other', aliases, ...(country ? { country } : {}) });

export const OTHER: GazetteerEntry[] = [
  X('First Karabakh War', ['First Nagorno-Karabakh War']),
  X('Second Karabakh War', ['Second Nagorno-Karabakh War', '44-day war', '44-Day War']),
  X('Tulip Revolution', [], 'Kyrgyzstan'),
  X('Rose Revolution', [], 'Georgia'),
  X('Orange Revolution', [], 'Ukraine'),
  X('Velvet Revolution', ['Armenian Velvet Revolution'], 'Armenia'),
  X('Russo-Georgian War', ['August War', 'Russia-Georgia war', 'Russian-Georgian war']),
  X('Contract of the Century', []),
];

/** Every entry. Order matters only for reporting; lookups are by name. */
export const GAZETTEER: GazetteerEntry[] = [
  ...COUNTRIES,
  ...CITIES,
  ...REGIONS,
  ...PEOPLE,
  ...ORGANIZATIONS,
  ...COMPANIES,
  ...PROJECTS,
  ...OTHER,
];

/**
 * Capitalised words that are also names in the lists above but, on their own, are far more
 * often something else; they are not matched alone (only inside longer names).
 */
export const AMBIGUOUS_ALONE: string[] = ['Mary', 'Total', 'Shell', 'Serdar', 'Jordan', 'Chad', 'Eni', 'Ban', 'Xi', 'Li', 'Wang'];

/** Person titles that introduce a name ("President Tokayev", "Dr. Horváth"). */
export const PERSON_TITLES: string[] = [
  'President', 'Vice President', 'Vice-President', 'Prime Minister', 'Premier', 'Minister', 'Deputy Minister',
  'Foreign Minister', 'Deputy Prime Minister', 'Secretary-General', 'Secretary General', 'Secretary', 'Chairman',
  'Chairwoman', 'Chair', 'Speaker', 'Ambassador', 'Envoy', 'Commissioner', 'Governor', 'Mayor', 'Senator',
  'General', 'Gen.', 'King', 'Queen', 'Emir', 'Sheikh', 'Ayatollah', 'Chancellor', 'Mr', 'Mr.', 'Mrs', 'Mrs.',
  'Ms', 'Ms.', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Director', 'CEO', 'Head', 'Leader', 'Deputy',
  'Attorney General', 'Attorney', 'Judge', 'Inspector', 'Sen.', 'Rep.', 'Gov.', 'Representative',
  'Cardinal', 'Pope', 'Bishop', 'Rev.', 'Reverend', 'Colonel', 'Col.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.',
  'Sergeant', 'Sgt.', 'Commander', 'Admiral', 'Marshal', 'Spokesman', 'Spokeswoman',
  'Spokesperson', 'Prosecutor', 'Rapporteur', 'Emissary', 'Sultan', 'Prince', 'Princess', 'Crown Prince',
  'Akim', 'Hokim', 'Khokim', 'Vice-Premier', 'Vice Premier', 'Vice-Chairman', 'Vice Chairman', 'Deputy Chairman',
  'Adviser', 'Advisor', 'Consul', 'Consul General', 'Counsellor', 'Patriarch', 'Mufti', 'Ombudsman', 'Chief Executive',
];

/** Head words that make a capitalised phrase an organisation ("Karelian Institute"). */
export const ORGANIZATION_HEADS: string[] = [
  'Organisation', 'Organization', 'Council', 'Commission', 'Committee', 'Union', 'Bank', 'Fund', 'Agency',
  'Institute', 'Institution', 'University', 'Center', 'Centre', 'Ministry', 'Assembly', 'Parliament',
  'Foundation', 'Association', 'Academy', 'School', 'College', 'Forum', 'Secretariat', 'Authority',
  'Service', 'Department', 'Party', 'Movement', 'Alliance', 'Federation', 'Consortium', 'Board', 'Chamber',
  'Society', 'Court', 'Museum', 'Hospital', 'Clinic', 'Police', 'Agency', 'Army', 'Navy', 'Guard', 'Herald', 'Times', 'News',
  'Journal', 'Television', 'Radio', 'Office', 'Bureau', 'Services', 'Polytechnic', 'Conservatory', 'Conservatoire',
  'Lyceum', 'Seminary', 'Madrasa', 'Observatory',
];

/** Head words that make a capitalised phrase a company. */
export const COMPANY_HEADS: string[] = [
  'Company', 'Corporation', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC', 'LLP', 'JSC', 'CJSC', 'PLC',
  'plc', 'Group', 'Holding', 'Holdings', 'AG', 'GmbH', 'SA', 'Motors', 'Airlines', 'Airways', 'Petroleum',
  'Energy', 'Gas', 'Oil', 'Shipping', 'Logistics', 'Combine', 'Kombinat',
];

/** Head words that make a capitalised phrase a project or route. */
export const PROJECT_HEADS: string[] = [
  'Pipeline', 'Corridor', 'Route', 'Railway', 'Railroad', 'Highway', 'Initiative', 'Project', 'Port', 'Terminal',
  'Field', 'Canal', 'Bridge', 'Dam', 'Line', 'Airport', 'Base', 'Station', 'Plant', 'Zone', 'Park',
];

/**
 * Head words after a person's name that make the phrase a named institution or place, not the
 * person ("Nazarbayev University", "Heydar Aliyev Center", "Aliyev Foundation"); with the kind
 * the phrase then has.
 */
export const NAMED_AFTER_HEADS: Record<string, EntityKind> = {
  University: 'organization', Foundation: 'organization', Fund: 'organization', Center: 'organization',
  Centre: 'organization', Institute: 'organization', Academy: 'organization', School: 'organization',
  College: 'organization', Library: 'organization', Museum: 'organization', Prize: 'other', Award: 'other',
  Medal: 'other', Order: 'other', Scholarship: 'other', Airport: 'project', 'International Airport': 'project',
  Avenue: 'other', Street: 'other', Square: 'other', Park: 'other', Stadium: 'other', Palace: 'other',
  Boulevard: 'other', Bridge: 'project', Hall: 'other', Doctrine: 'other', Plan: 'other',
};

/**
 * Nouns of places: a demonym before one, in a phrase of place ("from the Uzbek border", "on
 * Russian territory", "in the Tajik section"), names its country as the location, not as a party
 * that acts. (As the subject, "the Tajik section could reopen", it stays an ordinary demonym;
 * so does a border of two, "the Tajik-Afghan border", which names both sides.)
 */
export const PLACE_NOUNS: string[] = [
  'border', 'borders', 'frontier', 'territory', 'territories', 'soil', 'land', 'lands', 'section', 'sections',
  'stretch', 'segment', 'part', 'shore', 'coast', 'coastline', 'mountains', 'steppe', 'steppes',
  'region', 'regions', 'province', 'provinces', 'city', 'cities', 'town', 'towns', 'village', 'villages',
  'capital', 'enclave', 'enclaves', 'exclave', 'airspace', 'waters', 'sector', 'market', 'markets',
  'ports', 'port', 'terminal', 'railway', 'railways', 'roads', 'grid', 'network',
];

/** Words of a place phrase before a demonym and its noun ("from the Uzbek border"). */
export const PLACE_PREPOSITIONS: string[] = [
  'from', 'to', 'at', 'near', 'along', 'across', 'on', 'in', 'into', 'onto', 'over', 'beyond', 'via', 'through',
  'inside', 'within', 'toward', 'towards', 'off', 'past', 'behind',
];

/**
 * Nouns of goods and data: a demonym before one ("Kazakh oil", "Azerbaijani gas", "Kazakh and
 * Turkmen crude", "Uzbek statistics") names its country as producer or source, a modifier that
 * event assembly may weigh differently from a party.
 */
export const GOODS_NOUNS: string[] = [
  'oil', 'gas', 'crude', 'coal', 'uranium', 'grain', 'wheat', 'cotton', 'metals', 'electricity',
  'goods', 'products', 'exports', 'imports', 'cargo', 'cargoes', 'produce', 'fertiliser', 'fertilizer',
  'fields', 'field', 'reserves', 'deposits', 'statistics', 'data', 'figures',
  'language', 'languages', 'manat', 'tenge', 'som', 'sum', 'lari', 'lira', 'dram', 'rouble', 'ruble', 'yuan',
  'origin', 'diaspora', 'minority', 'minorities', 'history', 'culture', 'literature', 'music', 'cuisine',
  'carpets', 'wine',
];

/** Adjectives that may stand between such a demonym and its noun ("Kazakh crude oil"). */
export const MODIFIED_NOUN_ADJECTIVES: string[] = [
  'natural', 'crude', 'liquefied', 'state', 'national', 'northern', 'southern', 'eastern', 'western', 'central',
  'agricultural', 'industrial', 'mineral', 'energy', 'transit', 'raw', 'oil', 'gas', 'rail', 'road', 'sea', 'customs', 'trade', 'official',
];

/** Surname endings common in the region: a capitalised word ending so is likely a person's name. */
export const SURNAME_ENDINGS: RegExp = /(?:ov|ev|yev|iev|ova|eva|yeva|shvili|dze|yan|enko|uly|kyzy|bekov|zade|oglu|oğlu|ović|evič|ovič)$/;

// ------------------------------------------------------------------ lookups

/**
 * The key under which actors are compared (as the gold scorer does): case, accents, punctuation
 * and spaces ignored; Turkey = Türkiye.
 */
export function actorKey(name: string): string {
  const k = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return k === 'turkey' || k === 'republicofturkey' || k === 'republicofturkiye' ? 'turkiye' : k;
}

/** A character foldKey may change: anything outside ASCII, and the ` quote. */
const NOT_PLAIN_ASCII = /[^\x00-\x5f\x61-\x7f]/;

/**
 * The key under which names are compared: diacritics removed (Türkiye = Turkiye, Erdoğan =
 * Erdogan), dashes and apostrophes unified. Case is kept.
 */
export function foldKey(s: string): string {
  // ASCII without the ` quote: nothing to fold (the common case, and a hot path)
  if (!NOT_PLAIN_ASCII.test(s)) return s;
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/ß/g, 'ss')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .normalize('NFC');
}

let byName: Map<string, GazetteerEntry> | null = null;
/** Answers of gazetteerEntry by the name asked (names recur: folding is the cost). */
const entryCache = new Map<string, GazetteerEntry | null>();

/** The gazetteer entry with this canonical name (diacritics folded), or undefined. */
export function gazetteerEntry(name: string): GazetteerEntry | undefined {
  const known = entryCache.get(name);
  if (known !== undefined) return known ?? undefined;
  if (!byName) {
    byName = new Map();
    for (const e of GAZETTEER) {
      const k = foldKey(e.name).toLowerCase();
      if (!byName.has(k)) byName.set(k, e);
    }
  }
  const e = byName.get(foldKey(name).toLowerCase());
  if (entryCache.size >= 50000) entryCache.clear();
  entryCache.set(name, e ?? null);
  return e;
}

/** Every form under which an entry is written: name, aliases, demonyms, earlier names. */
export function formsOf(e: GazetteerEntry): { form: string; how: 'name' | 'alias' | 'demonym' | 'historical' | 'former' }[] {
  const out: { form: string; how: 'name' | 'alias' | 'demonym' | 'historical' | 'former' }[] = [{ form: e.name, how: 'name' }];
  for (const a of e.aliases ?? []) out.push({ form: a, how: 'alias' });
  for (const d of e.demonyms ?? []) out.push({ form: d, how: 'demonym' });
  for (const h of e.names ?? []) out.push({ form: h.name, how: 'historical' });
  for (const f of e.formerly ?? []) out.push({ form: f, how: 'former' });
  return out;
}
