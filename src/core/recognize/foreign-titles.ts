// A foreign country's state body or place written in Indonesian ("Kementerian Listrik Irak",
// "Mahkamah Agung" in a report from Sri Lanka, "Provinsi Temotu", "Tarawa Selatan") is named,
// as the spec asks of foreign institutions and places, by its English Wikipedia title. The
// KB knows some by name and its identity always wins; this file composes the rest from a
// generic Indonesian head and the country (written after the head, or the one foreign
// country the article is about: article-country.ts), in the shape English Wikipedia gives
// most bodies of that kind (a "Departemen" of the Philippines or the United States in its
// country's department shape: "Department of Agriculture (Philippines)"). Kinds whose titles
// follow no one shape are left as written: an electoral commission other than the general
// one ("Solomon Islands Electoral Commission", "Election Commission of India", "Independent
// Electoral Commission (South Africa)"), a parliament (Knesset, Bundestag, National
// Assembly), a national police force or central bank
// (titled by demonym or own name: "Philippine National Police", "Bank of Thailand", "Reserve
// Bank of India"), a ministry of home affairs (Interior / Home Affairs / Internal Affairs), a
// university ("Solomon Islands National University"), a party. Never used for Indonesia's
// bodies and places, which keep their Indonesian names (callers pass foreign countries only).
import { COMPASS_POINTS, NON_ACTOR_HEADS, ORG_HEADS } from './lexicon';
import { REGION_PREFIX_ALTERNATION } from './regional-names';

/** Bodies whose titles put the country after "of": "Supreme Court of Sri Lanka",
 *  "Constitutional Court of Zambia". (An electoral commission has no one shape: "Election
 *  Commission of India", "Electoral Commission of Zambia", "Bangladesh Election Commission":
 *  the KB knows most, TITLE_EXCEPTIONS a few more.) */
const OF_COUNTRY = new Map([
  ['Mahkamah Agung', 'Supreme Court'],
  ['Mahkamah Konstitusi', 'Constitutional Court'],
]);
/** Bodies whose English Wikipedia title breaks its kind's shape (or whose kind has none),
 *  by the Indonesian head and the country's English canonical. Only titles of English
 *  Wikipedia articles the project's editors are sure of (as of 2025); a body not listed
 *  that breaks its shape belongs in the KB. */
const TITLE_EXCEPTIONS = new Map([
  // Malaysia's highest court is the Federal Court; Korea's and Brazil's drop "South"/"of Brazil".
  ['Mahkamah Agung|Malaysia', 'Federal Court of Malaysia'],
  ['Mahkamah Agung|South Korea', 'Supreme Court of Korea'],
  ['Mahkamah Agung|Brazil', 'Supreme Federal Court'],
  ['Kementerian Kesehatan|Thailand', 'Ministry of Public Health (Thailand)'],
  // Japan's ministries join fields ("Health, Labour and Welfare") and spell "Defense".
  ['Kementerian Kesehatan|Japan', 'Ministry of Health, Labour and Welfare'],
  ['Kementerian Perdagangan|Japan', 'Ministry of Economy, Trade and Industry'],
  ['Kementerian Pertahanan|Japan', 'Ministry of Defense (Japan)'],
  ['Komisi Pemilihan Umum|Bhutan', 'Election Commission of Bhutan'],
  ['Komisi Pemilihan Umum|Ghana', 'Electoral Commission of Ghana'],
]);
/** The generic heads of national courts and commissions that foreignBodyTitle may name
 *  ("Mahkamah Agung", "Komisi Pemilihan Umum"), which the news also writes by their
 *  Indonesian short names before another country ("MK Zambia", "KPU Malaysia"). */
export const NATIONAL_BODY_HEADS: ReadonlySet<string> = new Set([...OF_COUNTRY.keys(), 'Komisi Pemilihan Umum']);
/** Bodies whose titles put the country in brackets: "National Assembly (Kenya)",
 *  "Constitutional Council (Cameroon)" (councils of the French model). */
const BRACKETED = new Map([
  ['Majelis Nasional', 'National Assembly'],
  ['Dewan Konstitusi', 'Constitutional Council'],
]);

/** A ministry's fields, Indonesian to English, as ministries' titles write them ("Ministry of
 *  Electricity (Iraq)", "Ministry of Energy and Petroleum (Kenya)"). A field not listed
 *  (or irregular: "Dalam Negeri"; "Perdagangan", Trade or Commerce) leaves the ministry as written. */
const MINISTRY_FIELDS = new Map([
  ['Luar Negeri', 'Foreign Affairs'], ['Pertahanan', 'Defence'], ['Pertahanan Nasional', 'National Defence'],
  ['Keuangan', 'Finance'], ['Kesehatan', 'Health'], ['Listrik', 'Electricity'], ['Energi', 'Energy'],
  ['Perminyakan', 'Petroleum'], ['Minyak', 'Oil'], ['Pertanian', 'Agriculture'], ['Peternakan', 'Livestock'],
  ['Industri', 'Industry'], ['Pendidikan', 'Education'], ['Kehakiman', 'Justice'],
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

const DEPARTMENT = 'Departemen ';
/** A department's one field, Indonesian to English, in the American spelling both countries'
 *  departments use ("Department of Agriculture (Philippines)", "United States Department of
 *  Energy"). Fields whose departments are titled otherwise in a country are in
 *  DEPARTMENT_EXCEPTIONS; a field not listed (or two) leaves the department as written. */
const DEPARTMENT_FIELDS = new Map([
  ['Pertanian', 'Agriculture'], ['Kesehatan', 'Health'], ['Pendidikan', 'Education'], ['Energi', 'Energy'],
  ['Kehakiman', 'Justice'], ['Keuangan', 'Finance'], ['Perhubungan', 'Transportation'], ['Transportasi', 'Transportation'],
  ['Luar Negeri', 'Foreign Affairs'], ['Tenaga Kerja', 'Labor'], ['Pertahanan', 'Defense'], ['Pariwisata', 'Tourism'],
]);
/** The countries whose executive bodies are departments titled in one shape, by the English
 *  field: the Philippines' put the country in brackets, the United States' before. */
const DEPARTMENT_SHAPES = new Map<string, (field: string) => string>([
  ['Philippines', (field) => `Department of ${field} (Philippines)`],
  ['United States', (field) => `United States Department of ${field}`],
]);
/** Departments whose titles break their country's shape, or have no department (undefined):
 *  by the Indonesian field and the country. */
const DEPARTMENT_EXCEPTIONS = new Map<string, string | undefined>([
  ['Pertahanan|Philippines', 'Department of National Defense (Philippines)'],
  ['Tenaga Kerja|Philippines', undefined], // Labor and Employment
  ['Luar Negeri|United States', 'United States Department of State'],
  ['Keuangan|United States', 'United States Department of the Treasury'],
  ['Kesehatan|United States', 'United States Department of Health and Human Services'],
  ['Pariwisata|United States', undefined],
]);

/** "Departemen Pertanian" of the Philippines → "Department of Agriculture (Philippines)";
 *  undefined for another country, a field not listed, or two fields. */
function departmentTitle(field: string, country: string): string | undefined {
  const shape = DEPARTMENT_SHAPES.get(country);
  if (shape === undefined) return undefined;
  const key = `${field}|${country}`;
  if (DEPARTMENT_EXCEPTIONS.has(key)) return DEPARTMENT_EXCEPTIONS.get(key);
  const english = DEPARTMENT_FIELDS.get(field);
  return english === undefined ? undefined : shape(english);
}

/** Countries whose English name takes "the" after "of" ("Supreme Court of the Philippines"). */
const WITH_THE = new Set(['Philippines', 'Netherlands', 'United States', 'United Kingdom', 'United Arab Emirates', 'Maldives',
  'Solomon Islands', 'Marshall Islands', 'Bahamas', 'Gambia', 'Czech Republic', 'Central African Republic', 'Comoros',
  'Dominican Republic']);

/** The English title of the body of `country` (a foreign country's English canonical) that
 *  the Indonesian generic name `head` stands for, or undefined when the kind has no regular
 *  title (or `head` is no generic head). */
export function foreignBodyTitle(head: string, country: string): string | undefined {
  const exception = TITLE_EXCEPTIONS.get(`${head}|${country}`);
  if (exception !== undefined) return exception;
  const of = OF_COUNTRY.get(head);
  if (of !== undefined) return `${of} of ${WITH_THE.has(country) ? `the ${country}` : country}`;
  const bracketed = BRACKETED.get(head);
  if (bracketed !== undefined) return `${bracketed} (${country})`;
  if (head.startsWith(DEPARTMENT)) return departmentTitle(head.slice(DEPARTMENT.length), country);
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
/** Countries whose provinces are governorates, titled "<name> Governorate" ("Basra
 *  Governorate", "Giza Governorate", "Idlib Governorate"): Indonesian news calls them
 *  "Provinsi" as often as "Kegubernuran". */
const GOVERNORATE_COUNTRIES = new Set(['Iraq', 'Egypt', 'Syria', 'Jordan', 'Yemen', 'Tunisia', 'Kuwait', 'Oman']);
/** Countries whose counties English Wikipedia titles "<name> County" ("Montserrado County",
 *  "Nakuru County", "Hualien County"); Ireland's and Britain's put the word first ("County
 *  Cork") and keep their written name. */
const NAME_COUNTY_COUNTRIES = new Set(['Liberia', 'Kenya', 'United States', 'Taiwan']);
/** Federations whose states English Wikipedia titles "<name> State" ("Kano State", "Rakhine
 *  State", "Blue Nile State"); Australia's, India's, the United States' are titled by the
 *  name alone (by its English canonical: rules/federal-state.ts reads it too). */
export const STATE_TITLED_FEDERATIONS: ReadonlySet<string> = new Set(['Nigeria', 'Myanmar', 'Sudan', 'South Sudan']);
/** The designator of a federation's state ("Negara Bagian Kano"). */
export const STATE_DESIGNATOR = 'Negara Bagian';
/** A foreign subdivision's Indonesian designator and the English word its title puts after
 *  the name: `english` whatever the country ("Prefektur Aichi" → "Aichi Prefecture",
 *  "Kegubernuran Maysan" → "Maysan Governorate": rules/named-place.ts composes it), or
 *  `byCountry` where the word depends on the country ("Provinsi Temotu" → "Temotu Province":
 *  foreignPlaceTitle). The one list of foreign designators: subdivision-mentions.ts and
 *  rules/named-place.ts read it too. */
export interface ForeignDesignator {
  readonly word: string;
  readonly english?: string;
  readonly byCountry?: (country: string) => string | undefined;
}
export const FOREIGN_DESIGNATORS: readonly ForeignDesignator[] = [
  { word: 'Provinsi', byCountry: (c) => (NAME_PROVINCE_COUNTRIES.has(c) ? 'Province' : GOVERNORATE_COUNTRIES.has(c) ? 'Governorate' : undefined) },
  { word: 'County', byCountry: (c) => (NAME_COUNTY_COUNTRIES.has(c) ? 'County' : undefined) },
  { word: STATE_DESIGNATOR, byCountry: (c) => (STATE_TITLED_FEDERATIONS.has(c) ? 'State' : undefined) },
  { word: 'Kegubernuran', english: 'Governorate' },
  { word: 'Prefektur', english: 'Prefecture' },
  // Timor-Leste's municipalities ("Munisipalitas Ermera" → "Ermera Municipality"); Indonesian
  // towns are "Kota", never "Munisipalitas".
  { word: 'Munisipalitas', english: 'Municipality' },
];
/** The designators titled by country, with the space after them, for foreignPlaceTitle. */
const DESIGNATORS: readonly { prefix: string; title: (country: string) => string | undefined }[] = FOREIGN_DESIGNATORS.flatMap((d) =>
  d.byCountry === undefined ? [] : [{ prefix: `${d.word} `, title: d.byCountry }]);
/** A place's name: one or two capitalised words, not opening with an Indonesian region's or
 *  a body's word ("Kabupaten", "Desa", "Kementerian": no foreign place's name). */
const PLACE_NAME = new RegExp(`^(?!(?:${REGION_PREFIX_ALTERNATION}|Desa|Kecamatan|Kelurahan|Pulau|Kepulauan|Gunung|Teluk|Selat|Laut|Kementerian|Dewan|Badan|Komisi)\\b)\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)?$`, 'u');

/** `name` has the shape foreignPlaceTitle reads: a province or a compass word last (a cheap
 *  test before the article's country is worked out). */
export function hasForeignPlaceShape(name: string): boolean {
  return DESIGNATORS.some((d) => name.startsWith(d.prefix)) || COMPASS_POINTS.has(name.slice(name.lastIndexOf(' ') + 1));
}

/** The English title of the place of `country` (a foreign country's English canonical) written
 *  `name` ("Provinsi Temotu", "Tarawa Selatan"), or undefined when the shape is not regular.
 *  `known` tells a place the KB knows: a compass word after it describes a part of it
 *  ("Suriah Utara", northern Syria; "Osaka Utara"), no place with a title of its own, and
 *  composing would paste its Indonesian name into an English title ("North Suriah"). */
export function foreignPlaceTitle(name: string, country: string, known: (place: string) => boolean): string | undefined {
  const designator = DESIGNATORS.find((d) => name.startsWith(d.prefix));
  if (designator !== undefined) {
    const own = name.slice(designator.prefix.length);
    const title = designator.title(country);
    // (a province named by a compass word takes the country to tell it apart: "Western
    // Province (Solomon Islands)": left as written)
    if (title === undefined || !PLACE_NAME.test(own) || COMPASS_POINTS.has(own.slice(own.lastIndexOf(' ') + 1))) return undefined;
    return `${own} ${title}`;
  }
  const sp = name.lastIndexOf(' ');
  const compass = sp > 0 ? COMPASS_POINTS.get(name.slice(sp + 1)) : undefined;
  const own = sp > 0 ? name.slice(0, sp) : '';
  if (compass === undefined || !PLACE_NAME.test(own) || COMPASS_POINTS.has(own) || known(own) || hasBodyWord(own)) return undefined;
  return `${compass} ${own}`;
}

/** Indonesian health posts, which the lexicon's heads leave to the rules and the name model
 *  ("Puskesmas Arso Timur", "Pustu Skanto"). */
const HEALTH_POST_WORDS = new Set(['puskesmas', 'pustu', 'posyandu', 'polindes', 'klinik']);

/** A word of `own` heads bodies or facilities ("Puskesmas Arso Timur", "Gereja Vanimo Utara":
 *  a clinic or a church of a place, whatever type the rules gave it), so the name is no
 *  place's with an English title of its own (session 49 probe: "East Puskesmas Arso"). */
function hasBodyWord(own: string): boolean {
  return own.split(' ').some((w) => {
    const lw = w.toLowerCase();
    return ORG_HEADS.has(lw) || NON_ACTOR_HEADS.has(lw) || HEALTH_POST_WORDS.has(lw);
  });
}
