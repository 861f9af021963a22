import { countries } from 'countries-list';
import cityTimezones from 'city-timezones';
import type { EntityType } from './entity-suggestion.ts';
import { WELL_KNOWN_COMPANIES } from './well-known-companies.ts';
import { writtenInCapitals } from '../../common/model/written-in-capitals.ts';

/**
 * Names of places and organizations known without any network: countries and capitals from
 * `countries-list`, large cities and US states from `city-timezones`, plus the short forms,
 * regions and international bodies that news and government texts use and that those packages
 * do not carry. Keys are lower-cased; matching decides about case (see entity-recognizer.ts).
 */
export interface GazetteerEntry {
  type: EntityType;
  /** how many words the name has, to prefer the longest match */
  words: number;
  /** written in capitals ("WHO", "UN"): only the same in capitals is the name, not "Who" */
  capitals: boolean;
}

/** Whether `written` is a form of the gazetteer's name: an acronym only in capitals. */
export function matchesCase(entry: GazetteerEntry, written: string): boolean {
  return !entry.capitals || written === written.toUpperCase();
}

/** Cities smaller than this are left out: small towns share names with people and words. */
const MIN_CITY_POPULATION = 300_000;

const EXTRA_LOCATIONS = [
  // Common short and official forms of country names.
  'U.S.',
  'US',
  'USA',
  'U.S.A.',
  'United States of America',
  'America',
  'UK',
  'U.K.',
  'Great Britain',
  'Britain',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  "People's Republic of China",
  'PRC',
  'Republic of Korea',
  'ROK',
  'Korea',
  "Democratic People's Republic of Korea",
  'DPRK',
  'Russian Federation',
  'Burma',
  'Myanmar',
  'Czech Republic',
  'Turkey',
  'Türkiye',
  'Ivory Coast',
  "Côte d'Ivoire",
  'Timor-Leste',
  'The Gambia',
  'The Bahamas',
  'Vatican',
  'Holy See',
  'UAE',
  'Republic of the Philippines',
  'Kingdom of Bahrain',
  'Hashemite Kingdom of Jordan',
  'Kingdom of Saudi Arabia',
  'DRC',
  'Republic of Cyprus',
  'Gaza',
  'West Bank',
  'Crimea',
  'Donbas',
  'Xinjiang',
  'Tibet',
  'Hong Kong',
  'Macau',
  'Kosovo',
  'Taiwan',
  'Palestine',
  'Bosnia',
  'Herzegovina',
  // Regions.
  'Indo-Pacific',
  'Asia-Pacific',
  'Asia',
  'Europe',
  'Africa',
  'Latin America',
  'Central America',
  'South America',
  'North America',
  'Caribbean',
  'Middle East',
  'Near East',
  'Western Hemisphere',
  'Western Balkans',
  'Balkans',
  'Sahel',
  'Arctic',
  'Antarctica',
  'Pacific',
  'Atlantic',
  'Horn of Africa',
  'Central Asia',
  'South Asia',
  'East Asia',
  'Southeast Asia',
  'Eastern Europe',
  'Black Sea',
  'Persian Gulf',
  'Red Sea',
  'South China Sea',
  'East China Sea',
  'Taiwan Strait',
  'Strait of Hormuz',
  'Mediterranean',
  'Baltic',
  'Baltics',
  'Pacific Islands',
  'Korean Peninsula',
  'Sub-Saharan Africa',
  // States and provinces news names alone; in full, so that "New South Wales" keeps "New".
  'New South Wales',
  'Queensland',
  'Tasmania',
  'South Australia',
  'Western Australia',
  'Northern Territory',
  'Australian Capital Territory',
  'British Columbia',
  'Alberta',
  'Saskatchewan',
  'Manitoba',
  'Ontario',
  'Quebec',
  'Nova Scotia',
  'New Brunswick',
  'Prince Edward Island',
  // Cities the population cut or the package's spelling misses.
  'Washington, D.C.',
  'Washington',
  'Kyiv',
  'Geneva',
  'The Hague',
  'Brussels',
  'Tripoli',
  'Mariupol',
  'Zaporizhzhia',
  'Kherson',
  'Odesa',
  'Bucha',
  'Jerusalem',
  'Tel Aviv',
  'Ramallah',
  'Phnom Penh',
  'Sanaa',
  "Sana'a",
  'Aden',
  'Bogota',
  'Bogotá',
  'New York City',
];

const ORGANIZATIONS = [
  // International organizations and groupings.
  'United Nations',
  'UN',
  'U.N.',
  'UN Security Council',
  'Security Council',
  'UN General Assembly',
  'General Assembly',
  'NATO',
  'European Union',
  'EU',
  'ASEAN',
  'Quad',
  'G7',
  'G-7',
  'G20',
  'G-20',
  'African Union',
  'AU',
  'OSCE',
  'OAS',
  'Organization of American States',
  'OIC',
  'Organization of Islamic Cooperation',
  'World Bank',
  'IMF',
  'International Monetary Fund',
  'WHO',
  'World Health Organization',
  'WTO',
  'World Trade Organization',
  'IAEA',
  'OPCW',
  'UNHCR',
  'UNICEF',
  'WFP',
  'World Food Programme',
  'World Food Program',
  'FAO',
  'Food and Agriculture Organization',
  'Food and Agricultural Organization',
  'UNDP',
  'UNESCO',
  'OECD',
  'APEC',
  'ICC',
  'International Criminal Court',
  'International Court of Justice',
  'ICJ',
  'Interpol',
  'Red Cross',
  'International Committee of the Red Cross',
  'ICRC',
  'Council of Europe',
  'European Commission',
  'European Council',
  'European Parliament',
  'Arab League',
  'Gulf Cooperation Council',
  'GCC',
  'ECOWAS',
  'SADC',
  'IGAD',
  'Mercosur',
  'CARICOM',
  'BRICS',
  'AUKUS',
  'Taliban',
  'Hamas',
  'Hizballah',
  'Hezbollah',
  'ISIS',
  'ISIL',
  'Al-Qaida',
  'al-Qaida',
  'Houthis',
  'Wagner Group',
  'European External Action Service',
  'EEAS',
  'UN Refugee Agency',
  'Kremlin',
  // Humanitarian and campaigning organizations that news names without introducing them.
  'Médecins Sans Frontières',
  'Medecins Sans Frontieres',
  'MSF',
  'Doctors Without Borders',
  'Gavi',
  'Oxfam',
  'Amnesty International',
  'Human Rights Watch',
  'Save the Children',
  'International Rescue Committee',
  'Mercy Corps',
  'Greenpeace',
  'WWF',
  'World Wildlife Fund',
  'Transparency International',
  'Reporters Without Borders',
  'Committee to Protect Journalists',
  'Gates Foundation',
  'Bill & Melinda Gates Foundation',
  'Wellcome Trust',
  'Red Crescent',
  'International Federation of Red Cross and Red Crescent Societies',
  'IFRC',
  'Caritas',
  'World Vision',
  'Islamic Relief',
  'Norwegian Refugee Council',
  // United States government bodies commonly named by short forms.
  'State Department',
  'Department of State',
  'Pentagon',
  'Department of Defense',
  'Defense Department',
  'Treasury',
  'Department of the Treasury',
  'Treasury Department',
  'White House',
  'Congress',
  'Senate',
  'House of Representatives',
  'USAID',
  'OFAC',
  'FBI',
  'CIA',
  'DHS',
  'Department of Homeland Security',
  'Department of Commerce',
  'Commerce Department',
  'Department of Justice',
  'Justice Department',
  'DOJ',
  'National Security Council',
  'NSC',
  'Peace Corps',
  'NASA',
  'Supreme Court',
  'U.S. Agency for International Development',
  'Millennium Challenge Corporation',
  'MCC',
  'Department of Energy',
  'Department of Agriculture',
  'Department of Labor',
];

function addEntry(map: Map<string, GazetteerEntry>, name: string, type: EntityType): void {
  const key = name.toLowerCase();
  if (!map.has(key))
    map.set(key, {
      type,
      words: name.split(/[\s-]+/).length,
      capitals: writtenInCapitals(name),
    });
}

function build(): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  // Organizations first: "UN", "EU" and the like must not be taken for places.
  for (const name of ORGANIZATIONS) addEntry(map, name, 'organization');
  for (const name of WELL_KNOWN_COMPANIES) addEntry(map, name, 'organization');
  for (const name of EXTRA_LOCATIONS) addEntry(map, name, 'location');
  for (const country of Object.values(countries)) {
    addEntry(map, country.name, 'location');
    for (const capital of country.capital.split(',')) {
      if (capital.trim() !== '') addEntry(map, capital.trim(), 'location');
    }
  }
  for (const city of cityTimezones.cityMapping) {
    if (city.pop >= MIN_CITY_POPULATION) addEntry(map, city.city, 'location');
    // US states: the package lists each city's province.
    if (city.iso2 === 'US' && city.province !== '') addEntry(map, city.province, 'location');
  }
  return map;
}

let gazetteer: Map<string, GazetteerEntry> | undefined;

/** Built once, on first use: the city list is large and most processes never suggest. */
export function getGazetteer(): Map<string, GazetteerEntry> {
  gazetteer ??= build();
  return gazetteer;
}

/** The longest gazetteer name, in words, so that matching knows how far to look ahead. */
export const MAX_GAZETTEER_WORDS = 8;
