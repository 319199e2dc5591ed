// The identity of a regional body written in its short form (issue 13, dev batch 4):
// "DPRD Blora" is "Dewan Perwakilan Rakyat Daerah Kabupaten Blora", "Pemprov Jateng" is
// "Pemerintah Provinsi Jawa Tengah", "Komisi VIII DPR" is "Komisi VIII Dewan Perwakilan
// Rakyat", "Dinas Lingkungan Hidup Sulawesi Tengah" is "Dinas Lingkungan Hidup Provinsi
// Sulawesi Tengah" (the annotation's convention: official name, region with its prefix).
// A pure function of the name and the KB's regions; the link pass applies it to the
// organisations the rules found without the KB.
import { isCementCompanyName } from './actors/cement-company';
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/types';
import { foldAccents } from '../kb/surface';
import { ISLAND_DESIGNATIONS } from '../kb/regions';
import { isRegionalPaperWord } from './actors/regional-newspaper';
import { PS_CLUB_INITIALS } from './club-short-name';
import { HOSPITAL_ABBREVIATIONS } from './hospital-names';
import { searchRescueOfficeName } from './search-rescue-office';
import { REGIONAL_SHORT_HEADS } from './regional-short-heads';

/** Short heads written for the same body as another ("Dispertan" and "Distan" are both the
 *  farming office), and the one shortHeadOf files that body under. */
const SAME_BODY_HEADS: ReadonlyMap<string, string> = new Map([['Dispertan', 'Distan']]);
/** The short head a body written `head` alone is filed under (shortHeadOf): `head` itself, or
 *  the head it is another way of writing ("Dispertan" -> "Distan"). */
export function filedShortHead(head: string): string {
  return SAME_BODY_HEADS.get(head) ?? head;
}
/** `word` is the short head of a regional body ("Pemprov", "DPRD", "Disdik"). */
export function isRegionalShortHead(word: string): boolean {
  return REGIONAL_SHORT_HEADS.has(word);
}
/** The long name of a regional body written by its short head alone ("DPRD", "Satpol PP",
 *  "Dinkes", "Dinas PUPR"), or undefined: what a bare short head stands for, without its region. */
export function spelledOutShortHead(name: string): string | undefined {
  if (name === 'Satpol PP') return 'Satuan Polisi Pamong Praja';
  const dinas = spellOutLeadingPhrase(name);
  return dinas !== name ? dinas : REGIONAL_SHORT_HEADS.get(name);
}
/** The short head a regional body's official name is written with ("Dishub" for "Dinas
 *  Perhubungan Kota Surakarta"), or undefined: a bare short head in the article ("tim Dishub
 *  turun") is that body (link.ts). */
export function shortHeadOf(canonical: string): string | undefined {
  // The longest full name wins: "Dinas Tenaga Kerja dan Transmigrasi …" opens with "Dinas
  // Tenaga Kerja" too, and is "Disnakertrans", not "Disnaker" (actors52, dev d413).
  let found: string | undefined;
  let foundLength = 0;
  for (const [head, full] of REGIONAL_SHORT_HEADS) {
    if (full.length <= foundLength || AMBIGUOUS_ALONE.has(head)) continue;
    if (canonical.length > full.length && canonical.charCodeAt(full.length) === 32 && canonical.startsWith(full)) { found = head; foundLength = full.length; }
  }
  return found;
}
/** The regional body inside an identity whose short head alone names no one body in the
 *  body text (AMBIGUOUS_ALONE), and that head: "Dewan Perwakilan Rakyat Daerah Kabupaten
 *  Garut" and "DPRD", also from its unit's "Komisi IV Dewan Perwakilan Rakyat Daerah Kabupaten
 *  Garut". A headline writes the one such body the article names by the head alone ("…, DPRD
 *  Panggil Disdik": headline-names.ts; the other heads are read there as in the body text,
 *  shortHeadOf); undefined when there is none. */
export function headlineShortHeadOf(canonical: string): { head: string; body: string } | undefined {
  for (const [head, full] of REGIONAL_SHORT_HEADS) {
    if (!AMBIGUOUS_ALONE.has(head)) continue;
    const at = canonical.indexOf(full);
    if (at < 0 || (at > 0 && canonical.charCodeAt(at - 1) !== 32)) continue;
    const end = at + full.length;
    if (canonical.length > end && canonical.charCodeAt(end) === 32) return { head, body: at === 0 ? canonical : canonical.slice(at) };
  }
  return undefined;
}
/** Short heads that alone name no one body: "DPRD" is the council of any region, and a
 *  national one's too; "PN", "LBH" and the Ombudsman are named with their seat. */
const AMBIGUOUS_ALONE = new Set(['DPRD', 'PN', 'LBH', 'Ombudsman', 'Kejari', 'Kejati', 'PTUN', 'BNNK', 'BNNP']);

/** Heads of a traditional kingdom's name (lexicon ORG_HEADS has them as bodies). */
const KINGDOM_HEAD = /^(?:Kerajaan|Kesultanan|Kedatuan|Keraton|Kasultanan|Kadipaten) /;
/** Two-word short heads, read before the split ("Satpol PP Medan"). */
const SHORT_PHRASES = /^Satpol PP(?= )/;
/** An office named by its sector's acronym ("Dinas PUPR", "Dinas ESDM Jawa Tengah"): the
 *  official name spells the sector out (dev d143, d201; the regency's PUPR office is "Penataan
 *  Ruang", not the ministry's "Perumahan Rakyat"). */
const DINAS_SECTORS: ReadonlyMap<string, string> = new Map([
  ['PUPR', 'Pekerjaan Umum dan Penataan Ruang'], ['ESDM', 'Energi dan Sumber Daya Mineral'],
  ['PMPTSP', 'Penanaman Modal dan Pelayanan Terpadu Satu Pintu'], ['Dukcapil', 'Kependudukan dan Pencatatan Sipil'],
]);
const DINAS_SECTOR = new RegExp(`^Dinas (${[...DINAS_SECTORS.keys()].join('|')})(?= |$)`);

/** `name` with a leading short phrase or an office's sector acronym spelt out ("Satpol PP
 *  Medan" -> "Satuan Polisi Pamong Praja Medan", "Dinas PUPR" -> "Dinas Pekerjaan Umum dan
 *  Penataan Ruang"). */
function spellOutLeadingPhrase(name: string): string {
  return name.replace(SHORT_PHRASES, 'Satuan Polisi Pamong Praja').replace(DINAS_SECTOR, (_, a: string) => `Dinas ${DINAS_SECTORS.get(a)}`);
}
/** Bodies of a regional government: their region takes its prefix (Provinsi, Kabupaten, Kota). */
const GOVERNMENT_HEAD = /^(?:Dewan Perwakilan Rakyat Daerah|Pemerintah|Dinas|Badan|Komisi (?:[IVXL]+|[A-E]) Dewan Perwakilan Rakyat Daerah|Sekretariat Daerah|Inspektorat|Satuan Polisi Pamong Praja)\b/;
/** A body's full name that only a region's body bears: a regional government's ("Dinas
 *  Pemberdayaan Masyarakat dan Desa", "Badan Penanggulangan Bencana Daerah") or a national
 *  agency's regional unit ("Balai Besar Pengawas Obat dan Makanan", "Kantor Pertanahan"),
 *  not a national body named like one ("Badan Amil Zakat Nasional", "… Indonesia"): written
 *  without its region, it still means the region's. */
export function isRegionalOnlyName(name: string): boolean {
  return (GOVERNMENT_HEAD.test(name) || REGIONAL_UNIT_HEAD.test(name) || / Daerah\b/.test(name)) && !NATIONAL_TAIL.test(name);
}
const REGIONAL_UNIT_HEAD = /^(?:Balai|Kantor) /;
const NATIONAL_TAIL = / (?:Nasional|Indonesia|Republik Indonesia|RI)$/;
/** An office's class after "Kelas" (I to IV, or "Utama"). */
const CLASS_NUMERAL = /^(?:I{1,3}|IV|Utama)$/;
const AS_WRITTEN = new Set(['Negeri', 'Tinggi', 'Perwakilan', 'Wilayah', 'Cabang', 'Resor']);
/** The spelt-out short heads of courts and prosecutors' offices ("Pengadilan Negeri",
 *  "Pengadilan Tata Usaha Negara", "Kejaksaan Negeri", "Kejaksaan Tinggi"). */
const SEAT_NAMED_HEAD = /^(?:Pengadilan|Kejaksaan) /;
/** The words that open an Indonesian region's official name ("Kabupaten Natuna", "Kota
 *  Bandung", "Provinsi Maluku Utara"), which a regional body's name carries too ("Dinas
 *  Pendidikan Kabupaten Lebak"). One list, so that every rule that finds, strips or adds the
 *  prefix agrees on what it is. */
export const REGION_PREFIX_WORDS = ['Kabupaten', 'Kota', 'Provinsi'] as const;
/** The prefix words as a set, for a word already cut out. */
export const REGION_PREFIXES: ReadonlySet<string> = new Set(REGION_PREFIX_WORDS);
/** The prefix words as a regex alternation ("Kabupaten|Kota|Provinsi"), for patterns that
 *  find the prefix inside a name. */
export const REGION_PREFIX_ALTERNATION = REGION_PREFIX_WORDS.join('|');
/** The prefix opening a region's name, with its space: `.replace(LEADING_REGION_PREFIX, '')`
 *  gives the bare place ("Kabupaten Lebak" -> "Lebak"). */
export const LEADING_REGION_PREFIX = new RegExp(`^(?:${REGION_PREFIX_ALTERNATION}) `);
/** The election commission and its supervisor as the KB describes them ("General Elections
 *  Commission of Indonesia", "Elections Supervisory Agency of Indonesia", as a regex
 *  alternation of the words before " of Indonesia"): national bodies with an office of their
 *  own in every province, regency and city ("KPU Kabupaten Serang", "Bawaslu Jawa Tengah"),
 *  which kb-name.ts and bare-regional-body.ts both name as the region's body. */
export const ELECTION_BODY_DESCRIPTIONS = 'General Elections Commission|Elections Supervisory Agency';
/** The KB's English description of an Indonesian province. */
export const PROVINCE = /^Province of Indonesia$/;
/** ...of a regency and of a city ("Regency in Jawa Barat, Indonesia", "City in East Kalimantan, Indonesia"). */
export const REGENCY = /^Regency in .*Indonesia$/;
export const CITY = /^City in .*Indonesia$/;
/** A region's kind, as the prefix of its official name says it. */
export type RegionKind = typeof REGION_PREFIX_WORDS[number];
/** The kind of Indonesian region the KB entity `e` is, read from its description: a province
 *  is "Provinsi", a regency "Kabupaten", a city "Kota"; undefined for any other entity. One
 *  reading, so that the rules that name a region with its prefix agree on which prefix. */
export function regionKind(e: KbEntity): RegionKind | undefined {
  const d = e.description.en;
  return PROVINCE.test(d) ? 'Provinsi' : REGENCY.test(d) ? 'Kabupaten' : CITY.test(d) ? 'Kota' : undefined;
}
const COMMISSION_OF_DPR = /^(Komisi [IVXL]+) DPR(?: RI)?$/;

/** A regional drinking-water enterprise written with its short head: "Perumda Tirta Sembada",
 *  "Perumda Air Minum Tirta Mubala Raya". */
const WATER_ENTERPRISE = /^Perumda (Air Minum |(?=Tirta ))/;

/** "Pemerintah Aceh": by law (UU 11/2006) Aceh's provincial government is named so, without
 *  "Provinsi" (the sets annotate it so, dev d295): an official name, not a short form. */
export const GOVERNMENT_WITHOUT_PREFIX = 'Pemerintah Aceh';

/** The official name of `name` when it is a regional body in short form, else undefined. */
export function regionalCanonical(name: string, kb: KbIndex): string | undefined {
  if (name === GOVERNMENT_WITHOUT_PREFIX) return undefined;
  const rescueOffice = searchRescueOfficeName(name, kb);
  if (rescueOffice !== undefined) return rescueOffice;
  // "Perumda Tirta Sembada" is "Perusahaan Umum Daerah Air Minum" then "Tirta Sembada": a regional
  // enterprise named for water (Tirta) is a drinking-water company, and its official name says
  // so in full; its place is part of its name as written. (Other enterprises keep their names:
  // "Perumda Pasar Jaya".)
  if (WATER_ENTERPRISE.test(name)) return name.replace(WATER_ENTERPRISE, 'Perusahaan Umum Daerah Air Minum ');
  // "Kerajaan Gowa", "Kesultanan Buton": a kingdom bears its own name, older than the regency
  // named after it; the regency's prefix is no part of it (review46: "Kerajaan Kabupaten Gowa").
  if (KINGDOM_HEAD.test(name)) return undefined;
  // "Semen Gresik": a company named after its first plant's place, no regency's body.
  if (isCementCompanyName(name)) return undefined;
  const commission = COMMISSION_OF_DPR.exec(name);
  if (commission) return `${commission[1]} Dewan Perwakilan Rakyat`;
  const words = spellOutLeadingPhrase(name).split(' ');
  if (words.length < 2) return undefined;
  let w = 0;
  let head = '';
  // "Komisi IV DPRD Kalimantan Timur"
  // (a provincial or regency council numbers its commissions with letters: "Komisi C DPRD Medan")
  if (words[0] === 'Komisi' && words.length > 3 && /^(?:[IVXL]+|[A-E])$/.test(words[1])) { head = `Komisi ${words[1]} `; w = 2; }
  const expanded = REGIONAL_SHORT_HEADS.get(words[w]);
  const rest = words.slice(w + (expanded ? 1 : 0));
  head += expanded ?? '';
  // The region at the end: the longest run of last words the KB knows as one.
  for (let r = Math.max(0, rest.length - 4); r < rest.length; r++) {
    if (r === 0 && !expanded) continue; // the whole name a region: no body
    const tail = rest.slice(r).join(' ');
    // "Pemkab Pati", "DPRD Pati": after a regional body's short head, a regency the gazetteer
    // names only with its prefix.
    // So does a regional government's body named in full ("Badan Pendapatan Daerah Batu Bara",
    // "Inspektorat Daerah Batu Bara").
    const place = kb.lookup(tail) ?? (expanded !== undefined || (r > 0 && GOVERNMENT_HEAD.test(rest.slice(0, r).join(' '))) ? prefixedRegency(tail, kb) : undefined);
    if (!place || place.type !== 'GPE') continue;
    const kind = regionKind(place);
    if (kind === undefined) return undefined;
    const before = rest.slice(0, r);
    // "Kantor Kemenag Bone" is the "Kantor Kementerian Agama Kabupaten Bone": a ministry's
    // regional office is named with the ministry written out (dev d362, as the sets write it).
    if (before.length === 2 && before[0] === 'Kantor') before[1] = ministryWrittenOut(before[1], kb) ?? before[1];
    // "Kejaksaan Negeri Kendal", "BPKP Perwakilan Jawa Tengah": an office of a national
    // body is named with its region as written.
    // (A province written short is still spelt out: "BPKP Perwakilan NTT" is "… Perwakilan
    // Nusa Tenggara Timur", dev d319, as "GAPKI Kalbar" is "GAPKI Kalimantan Barat".)
    if (before.length > 0 && AS_WRITTEN.has(before[before.length - 1])) {
      if (kind !== 'Provinsi' || tail === place.canonical) return undefined;
      return `${[head.trimEnd(), ...before].filter((x) => x.length > 0).join(' ')} ${place.canonical}`;
    }
    // "PN Kendal", "PTUN Jayapura", "Kejari Pati": a court or a prosecutors' office written by
    // its short head is named for its seat as written, as in full ("Pengadilan Negeri Kendal",
    // not "… Kabupaten Kendal": the sets' practice, dev d443; regional-office.ts names
    // "Kejari Bima" so); a province written short is spelt out ("Kejati Jabar").
    if (expanded !== undefined && before.length === 0 && SEAT_NAMED_HEAD.test(expanded)) {
      const seat = kind === 'Provinsi' ? place.canonical.replace(LEADING_REGION_PREFIX, '') : tail;
      return `${head.trimEnd()} ${seat}`;
    }
    // "Harian Kalbar", "Pos Kupang": a regional paper is named with its region as written.
    if (before.length === 1 && !expanded && isRegionalPaperWord(before[0])) return undefined;
    // "Kantor … Otoritas Pelabuhan Kelas II Cilacap", "Bandara … Kelas I Utama": after an
    // office's class the place is its port or station, named as written, not the regency.
    if (before.length > 1 && before[before.length - 2] === 'Kelas' && CLASS_NUMERAL.test(before[before.length - 1])) return undefined;
    const prefixed = before.length > 0 && REGION_PREFIXES.has(before[before.length - 1]);
    if (prefixed) before.pop();
    // (head ends in a space when only "Komisi IV " stands before the body's long name)
    const body = [head.trimEnd(), ...before].filter((s) => s.length > 0).join(' ');
    if (body.length === 0) return undefined;
    const government = GOVERNMENT_HEAD.test(body) || prefixed;
    const bare = place.canonical.replace(LEADING_REGION_PREFIX, '');
    // "Pemerintah Provinsi" already says which kind of region follows.
    // "Lembaga Perlindungan Anak Kota Bima": a region written with its prefix keeps it in the
    // body's name, though the city itself is named bare ("Bima", the sets' convention).
    const writtenPrefixed = tail.startsWith(`${kind} `);
    // "Koperasi Produsen Kopi Bener Meriah", "Persikabar Kotabaru": a body named in its own
    // words keeps the regency as written, the prefix no part of its name (dev d173, d216,
    // d244, d246); the regency's branch of a body every regency has ("FKUB Purwakarta",
    // "Divisi … Bawaslu Luwu Timur") is named with the prefix, as a government's body is.
    // (asked last: regencyBranch may look up to eight runs of words in the KB)
    const ownName = (): boolean => kind === 'Kabupaten' && !expanded && !regencyBranch(before, kb);
    const region = body.endsWith(` ${kind}`) ? bare : government || writtenPrefixed ? `${kind} ${bare}` : ownName() ? tail : place.canonical;
    const full = `${body} ${region}`;
    return full === name ? undefined : full;
  }
  return undefined;
}

/** The ministry a short name ("Kemenag") stands for, without the country ("Kementerian Agama"),
 *  when the KB knows it as Indonesia's; else undefined. */
function ministryWrittenOut(short: string, kb: KbIndex): string | undefined {
  const e = kb.lookup(short);
  if (e === undefined || e.type !== 'ORG' || !MINISTRY_OF_INDONESIA.test(e.canonical)) return undefined;
  return e.canonical.slice(0, -REPUBLIC.length);
}
const REPUBLIC = ' Republik Indonesia';
const MINISTRY_OF_INDONESIA = /^Kementerian [^]* Republik Indonesia$/;

const PREFIX = 'Kabupaten ';

/** What the KB's aliases write after "Kabupaten ", accents folded: the names prefixedRegency
 *  can find (kb.lookup matches an alias as written or folded). Built once per KB. */
const PREFIXED_NAMES = new WeakMap<KbIndex, ReadonlySet<string>>();

function prefixedNames(kb: KbIndex): ReadonlySet<string> {
  const known = PREFIXED_NAMES.get(kb);
  if (known) return known;
  const names = new Set<string>();
  for (const e of kb.entities) {
    for (const a of e.aliases) {
      const folded = foldAccents(a);
      if (!folded.startsWith(PREFIX)) continue;
      const name = folded.slice(PREFIX.length);
      names.add(name);
      // ("Kepulauan Selayar" is found by "Selayar" too: prefixedRegency)
      const island = islandWordOf(name);
      if (island) names.add(island);
    }
  }
  PREFIXED_NAMES.set(kb, names);
  return names;
}

function prefixedRegency(name: string, kb: KbIndex): KbEntity | undefined {
  for (const designation of ['', ...ISLAND_DESIGNATIONS.map((d) => `${d} `)]) {
    const e = kb.lookup(PREFIX + designation + name);
    if (e !== undefined && e.type === 'GPE' && REGENCY.test(e.description.en)) return e;
  }
  return undefined;
}

/** "Selayar" for "Kepulauan Selayar": the island word of a regency named for its islands. */
function islandWordOf(name: string): string | undefined {
  for (const d of ISLAND_DESIGNATIONS) if (name.startsWith(`${d} `)) return name.slice(d.length + 1);
  return undefined;
}

/** The regency "Kabupaten Pati" for a place "Pati", "PATI" or "Batu Bara" that the KB knows
 *  only with the regency's prefix, when the article names the regency itself or one of its
 *  bodies ("Kabupaten Pati", "DPRD Pati", "Kejari Pati"); else undefined. A word alone may be
 *  a foreign place ("Malaka, Malaysia"), a tourist area ("Puncak") or a city ("Tegal"). */
export function bareRegency(word: string, kb: KbIndex, text: string): KbEntity | undefined {
  const name = asWrittenInKb(word);
  // (the cheap test first: the link pass asks about every person named by two words, and
  // hardly any is a regency's name; one set lookup instead of three in the KB)
  if (!prefixedNames(kb).has(foldAccents(name))) return undefined;
  if (kb.lookup(word) !== undefined) return undefined;
  const e = prefixedRegency(name, kb);
  return e !== undefined && regencyNamed(text, name) ? e : undefined;
}

/** The regency "Kabupaten Kudus" for a place already read as one by its cue ("asal Kudus",
 *  "di Ketapang", "ke Sumbawa") that the KB knows only with the regency's prefix (the bare
 *  word is also a holy, a tree, an island): unlike bareRegency, the article need not name the
 *  regency, as the dev gold names each such place the regency (d120, d175, d188, d263, d381).
 *  Not a place qualified after a comma by another that is no province of Indonesia ("Malaka,
 *  Malaysia"; "Puncak, Bogor", a tourist area): there it is a locality of that place. */
export function placeRegency(word: string, kb: KbIndex, text: string, end: number): KbEntity | undefined {
  const name = asWrittenInKb(word);
  if (!prefixedNames(kb).has(foldAccents(name)) || kb.lookup(word) !== undefined || LANDFORM_NOUNS.has(name.toLowerCase())) return undefined;
  // A city of the same name ("Kota Tegal") makes the bare word no more the regency's.
  const city = kb.lookup(`Kota ${name}`);
  if (city !== undefined && CITY.test(city.description.en)) return undefined;
  const e = prefixedRegency(name, kb);
  return e !== undefined && !qualifiedByOtherPlace(text, end, kb) ? e : undefined;
}

/** A regency named by a landform's common noun ("Puncak": a peak) written alone is the area
 *  around that landform ("berlibur ke Puncak", the hills south of Bogor). */
const LANDFORM_NOUNS: ReadonlySet<string> = new Set(['puncak', 'gunung', 'pulau', 'teluk', 'tanjung', 'lembah', 'danau']);

const QUALIFYING_PLACE = /^, (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})/u;

/** ", <KB place that is no province of Indonesia>" follows offset `end`. */
function qualifiedByOtherPlace(text: string, end: number, kb: KbIndex): boolean {
  const m = QUALIFYING_PLACE.exec(text.slice(end, end + 40));
  if (m === null) return false;
  const words = m[1].split(' ');
  for (let n = words.length; n > 0; n--) {
    const e = kb.lookup(words.slice(0, n).join(' '));
    if (e !== undefined && e.type === 'GPE') return !PROVINCE.test(e.description.en);
  }
  return false;
}

/** Some regency of the KB is named `word` after its prefix: bareRegency may find it (a
 *  test of one set lookup, for callers that keep bareRegency's answers per name). */
export function mayBeBareRegency(word: string, kb: KbIndex): boolean {
  return prefixedNames(kb).has(foldAccents(asWrittenInKb(word)));
}

/** `word` as the KB writes a place: "BATU BARA" in a dateline, each word in capitals, is
 *  "Batu Bara". */
function asWrittenInKb(word: string): string {
  return word.length > 1 && word === word.toUpperCase() ? word.split(' ').map((w) => w[0] + w.slice(1).toLowerCase()).join(' ') : word;
}

/** Words that name a regency's own body or the regency right before its name. */
const REGENCY_CONTEXT = /(?:kabupaten|kab\.|pemkab|dprd|bupati|kejari|polres|kodim|kpu|bawaslu|setda|inspektorat|dinas \p{L}+|pengadilan negeri|pn) +$/iu;

/** `before` (the words before a name) ends in a word of a regency's own body or of the regency
 *  itself ("DPRD ", "Kabupaten ", "Dinas Pertanian "): that word governs the name after it. */
export function governedByRegencyWord(before: string): boolean {
  return REGENCY_CONTEXT.test(before.length > 30 ? before.slice(-30) : before);
}

/** `text` names the regency `name` with a prefix or one of its bodies ("DPRD Pati", "PATI"
 *  after "KEJARI"), or in a dateline. */
function regencyNamed(text: string, name: string): boolean {
  const variants = [name, name.toUpperCase()];
  for (const v of variants) {
    for (let k = text.indexOf(v); k !== -1; k = text.indexOf(v, k + v.length)) {
      if (REGENCY_CONTEXT.test(text.slice(Math.max(0, k - 30), k))) return true;
      // A dateline: "PATI, KOMPAS.com - …" at a line start.
      if (v !== name && (k === 0 || text.charCodeAt(k - 1) === 10) && text.charCodeAt(k + v.length) === 44) return true;
    }
  }
  return false;
}

/** A hospital's type abbreviation as written: "RSUD Sumbawa Barat" is the hospital's own name,
 *  the regency as written (extents.ts keeps its own lower-case heads, "rumah" among them). */
const HOSPITAL_ABBREVIATION_SET = new Set(HOSPITAL_ABBREVIATIONS);

/** The words before the regency name its branch of a body every regency has: one acronym
 *  ("FKUB", "PHDI", "DPMD"; not a hospital's head: "RSUD Sumbawa Barat" is the hospital's own
 *  name), words ending in a body the KB knows ("Divisi Penanganan Pelanggaran Bawaslu",
 *  "Komisi Pemilihan Umum", "Pengurus Cabang Nahdlatul Ulama") or in one it knows with
 *  "Indonesia" after ("Kamar Dagang dan Industri"), a ministry's regency office ("Kantor
 *  Pertanahan") or a regency's council ("Dewan Pendidikan"); the dev gold writes these with
 *  the prefix ("Komisi Pemilihan Umum Kabupaten Serang", "Kantor Pertanahan Kabupaten Bekasi"). */
function regencyBranch(before: readonly string[], kb: KbIndex): boolean {
  if (before.length === 0) return false;
  // "PS Bantul", "PSKS Sumbawa Barat": a football club (Persatuan Sepak Bola) is named as written.
  if (before.length === 1 && CLUB_INITIALS.test(before[0]) && before[0] !== 'PSI' && before[0] !== 'PSSI') return false;
  if (before.length === 1 && BRANCH_ACRONYM.test(before[0]) && !HOSPITAL_ABBREVIATION_SET.has(before[0])) return true;
  // (not an office numbered by its area, "Kantor Otoritas Bandar Udara Wilayah X Merauke":
  // the place is its seat, named as written, dev d66)
  if (REGENCY_OFFICE_HEADS.has(before[0]) && !AREA_NUMERAL.test(before[before.length - 1])) return true;
  // (the longest run of last words first; a run of at most four words, as a region's)
  for (let r = Math.max(0, before.length - 4); r < before.length; r++) {
    const run = before.slice(r).join(' ');
    if (kb.lookup(run)?.type === 'ORG' || (before.length - r > 1 && kb.lookup(`${run} Indonesia`)?.type === 'ORG')) return true;
  }
  return false;
}
const BRANCH_ACRONYM = /^[A-Z][A-Z0-9]{1,7}$/;
/** First words of a ministry's regency office and of a regency's council. */
const REGENCY_OFFICE_HEADS = new Set(['Kantor', 'Dewan']);
/** An area's number in an office's name ("Wilayah X", "Regional 4"). */
const AREA_NUMERAL = /^(?:[IVXL]+|\d+)$/;
/** A football club's initials: "PS", "PSKS", "PSIM" (Persatuan Sepak Bola …, club-short-name.ts). */
const CLUB_INITIALS = new RegExp(`^(?:PS|${PS_CLUB_INITIALS})$`);
