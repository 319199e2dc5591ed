// A foreign country's state body or place written in Indonesian ("Kementerian Listrik Irak",
// "Mahkamah Agung" in a report from Sri Lanka, "Provinsi Temotu", "Tarawa Selatan") is named,
// as the spec asks of foreign institutions and places, by its English Wikipedia title. The
// KB knows some by name and its identity always wins; this file composes the rest from a
// generic Indonesian head and the country (written after the head, or the one foreign
// country the article is about: article-country.ts), in the shape English Wikipedia gives
// most bodies of that kind. Kinds whose titles follow no one shape are left as written: an
// electoral commission other than the general one ("Solomon Islands Electoral Commission",
// "Election Commission of India", "Independent Electoral Commission (South Africa)"), a
// parliament (Knesset, Bundestag, National Assembly), a national police force or central bank
// (titled by demonym or own name: "Philippine National Police", "Bank of Thailand", "Reserve
// Bank of India"), a ministry of home affairs (Interior / Home Affairs / Internal Affairs), a
// university ("Solomon Islands National University"), a party. Never used for Indonesia's
// bodies and places, which keep their Indonesian names (callers pass foreign countries only).

/** Bodies whose titles put the country after "of": "Supreme Court of Sri Lanka",
 *  "Constitutional Court of Zambia", "Electoral Commission of Zambia". */
const OF_COUNTRY = new Map([
  ['Mahkamah Agung', 'Supreme Court'],
  ['Mahkamah Konstitusi', 'Constitutional Court'],
  ['Komisi Pemilihan Umum', 'Electoral Commission'],
]);
/** Bodies whose titles put the country in brackets: "National Assembly (Kenya)",
 *  "Constitutional Council (Cameroon)" (councils of the French model). */
const BRACKETED = new Map([
  ['Majelis Nasional', 'National Assembly'],
  ['Dewan Konstitusi', 'Constitutional Council'],
]);

/** A ministry's fields, Indonesian to English, as ministries' titles write them ("Ministry of
 *  Electricity (Iraq)", "Ministry of Energy and Petroleum (Kenya)"). A field not listed
 *  (or listed as irregular: "Dalam Negeri") leaves the ministry as written. */
const MINISTRY_FIELDS = new Map([
  ['Luar Negeri', 'Foreign Affairs'], ['Pertahanan', 'Defence'], ['Pertahanan Nasional', 'National Defence'],
  ['Keuangan', 'Finance'], ['Kesehatan', 'Health'], ['Listrik', 'Electricity'], ['Energi', 'Energy'],
  ['Perminyakan', 'Petroleum'], ['Minyak', 'Oil'], ['Pertanian', 'Agriculture'], ['Peternakan', 'Livestock'],
  ['Perdagangan', 'Trade'], ['Industri', 'Industry'], ['Pendidikan', 'Education'], ['Kehakiman', 'Justice'],
  ['Perikanan', 'Fisheries'], ['Pariwisata', 'Tourism'], ['Lingkungan Hidup', 'Environment'], ['Lingkungan', 'Environment'],
  ['Transportasi', 'Transport'], ['Perhubungan', 'Transport'], ['Tenaga Kerja', 'Labour'], ['Informasi', 'Information'],
  ['Kebudayaan', 'Culture'], ['Air', 'Water'], ['Sumber Daya Air', 'Water Resources'], ['Perumahan', 'Housing'],
  ['Ekonomi', 'Economy'], ['Kehutanan', 'Forestry'], ['Pekerjaan Umum', 'Public Works'], ['Pemuda', 'Youth'],
  ['Olahraga', 'Sports'], ['Imigrasi', 'Immigration'], ['Komunikasi', 'Communications'],
]);
const MINISTRY = 'Kementerian ';
/** Countries whose executive bodies English Wikipedia titles otherwise: departments ("United
 *  States Department of State", "Department of Foreign Affairs and Trade (Australia)",
 *  "Department of Health (Philippines)"), or ministries without the country in brackets
 *  ("Ministry of Health and Family Welfare", "Ministry of Foreign Affairs of the People's
 *  Republic of China"). */
const NO_MINISTRY_SHAPE = new Set(['United States', 'Australia', 'Philippines', 'Canada', 'United Kingdom', 'Ireland',
  'India', 'China', 'South Africa', 'New Zealand']);

/** Countries whose English name takes "the" after "of" ("Supreme Court of the Philippines"). */
const WITH_THE = new Set(['Philippines', 'Netherlands', 'United States', 'United Kingdom', 'United Arab Emirates', 'Maldives',
  'Solomon Islands', 'Marshall Islands', 'Bahamas', 'Gambia', 'Czech Republic', 'Central African Republic', 'Comoros',
  'Dominican Republic']);

/** The English title of the body of `country` (a foreign country's English canonical) that
 *  the Indonesian generic name `head` stands for, or undefined when the kind has no regular
 *  title (or `head` is no generic head). */
export function foreignBodyTitle(head: string, country: string): string | undefined {
  const of = OF_COUNTRY.get(head);
  if (of !== undefined) return `${of} of ${WITH_THE.has(country) ? `the ${country}` : country}`;
  const bracketed = BRACKETED.get(head);
  if (bracketed !== undefined) return `${bracketed} (${country})`;
  if (!head.startsWith(MINISTRY) || NO_MINISTRY_SHAPE.has(country)) return undefined;
  const fields = ministryFields(head.slice(MINISTRY.length));
  return fields === undefined ? undefined : `Ministry of ${fields} (${country})`;
}

/** "Energi dan Perminyakan" → "Energy and Petroleum"; "Pemuda, Olahraga dan Kebudayaan" →
 *  "Youth, Sports and Culture"; undefined when a field is not known. */
function ministryFields(fields: string): string | undefined {
  const parts = fields.split(/, (?:dan )?| dan /);
  const english: string[] = [];
  for (const part of parts) {
    const field = MINISTRY_FIELDS.get(part);
    if (field === undefined) return undefined;
    english.push(field);
  }
  return english.length === 1 ? english[0] : `${english.slice(0, -1).join(', ')} and ${english[english.length - 1]}`;
}

/** Countries whose provinces English Wikipedia titles "<name> Province" ("Malaita Province",
 *  "Morobe Province", "Shefa Province", "Lusaka Province", "Helmand Province"). Elsewhere the
 *  shape differs ("Chiang Mai province", "Cebu", "Guangdong", "Western Province, Sri Lanka"). */
const NAME_PROVINCE_COUNTRIES = new Set(['Solomon Islands', 'Papua New Guinea', 'Vanuatu', 'Zambia', 'Afghanistan']);
const PROVINCE = 'Provinsi ';
/** Compass words after a place's name, and the English word that opens its title ("Tarawa
 *  Selatan" → "South Tarawa", "Darfur Barat" → "West Darfur", "Kivu Utara" → "North Kivu"). */
const COMPASS = new Map([['Utara', 'North'], ['Selatan', 'South'], ['Timur', 'East'], ['Barat', 'West'], ['Tengah', 'Central']]);
/** A place's name: one or two capitalised words, not opening with an Indonesian region's or
 *  a body's word ("Kabupaten", "Desa", "Kementerian": no foreign place's name). */
const PLACE_NAME = /^(?!(?:Kabupaten|Kota|Provinsi|Desa|Kecamatan|Kelurahan|Pulau|Kepulauan|Gunung|Teluk|Selat|Laut|Kementerian|Dewan|Badan|Komisi)\b)\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?$/u;

/** `name` has the shape foreignPlaceTitle reads: a province or a compass word last (a cheap
 *  test before the article's country is worked out). */
export function hasForeignPlaceShape(name: string): boolean {
  return name.startsWith(PROVINCE) || COMPASS.has(name.slice(name.lastIndexOf(' ') + 1));
}

/** The English title of the place of `country` (a foreign country's English canonical) written
 *  `name` ("Provinsi Temotu", "Tarawa Selatan"), or undefined when the shape is not regular. */
export function foreignPlaceTitle(name: string, country: string): string | undefined {
  if (name.startsWith(PROVINCE)) {
    const own = name.slice(PROVINCE.length);
    // (a province named by a compass word takes the country to tell it apart: "Western
    // Province (Solomon Islands)": left as written)
    if (!NAME_PROVINCE_COUNTRIES.has(country) || !PLACE_NAME.test(own) || COMPASS.has(own.slice(own.lastIndexOf(' ') + 1))) return undefined;
    return `${own} Province`;
  }
  const sp = name.lastIndexOf(' ');
  const compass = sp > 0 ? COMPASS.get(name.slice(sp + 1)) : undefined;
  const own = sp > 0 ? name.slice(0, sp) : '';
  if (compass === undefined || !PLACE_NAME.test(own) || COMPASS.has(own)) return undefined;
  return `${compass} ${own}`;
}
