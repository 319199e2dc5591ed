// The gazetteer of Indonesian provinces, regencies and cities (data/kb/generated/
// idn-regions.json, built by scripts/build-gazetteer.mjs from idn-area-data, ODbL 1.0)
// turned into KB entities. The hand-written KB files come first and win: a region they
// already know (Jakarta, Bekasi, Kabupaten Natuna) gets no second entity, and an alias
// they own ("Bekasi" is the city) is not given to the region again.
import type { KbEntity } from './types';
import { slugify } from './surface';
import { eachInSteps, runSteps, type Steps } from '../incremental/time-slices';

/** The generated file's shape (see scripts/build-gazetteer.mjs). */
export interface RegionGazetteer {
  provinces: readonly (readonly [code: string, name: string])[];
  /** [code, official name ("Kabupaten X", "Kota X", "Kota Administrasi X"), 1 when the bare
   *  name X may be an alias (0: an ordinary word, a people, an island or a given name)]. */
  regencies: readonly (readonly [code: string, name: string, bareAlias: number])[];
}

const PREFIX = /^(Kabupaten|Kota)( Administrasi)? /;
/** Province names whose region the KB knows under a shorter name (DKI Jakarta is the KB's
 *  "Jakarta"); the generated province is then left out. */
const PROVINCE_PREFIXES = /^(Daerah Khusus Ibukota|Daerah Istimewa) /;

/**
 * KB entities for the gazetteer's regions, skipping what `known` (the hand-written KB)
 * already has. Conventions of the KB and the annotation guide: a regency's canonical is
 * "Kabupaten X" (aliases "Kabupaten X" and "X"), a city's is "X" (aliases "Kota X", "X"),
 * a province's is its name; when a regency and a city share X, the bare X is the city's,
 * as for the KB's Bekasi, Bogor or Malang.
 */
export function regionEntities(gazetteer: RegionGazetteer, known: readonly KbEntity[], suppressed: readonly string[] = []): KbEntity[] {
  return runSteps(regionEntitySteps(gazetteer, known, suppressed));
}

/** regionEntities as steps (builtin.ts: the built-in KB is built in slices on the
 *  extension host). */
export function* regionEntitySteps(gazetteer: RegionGazetteer, known: readonly KbEntity[], suppressed: readonly string[] = []): Steps<KbEntity[]> {
  const taken = new Set<string>(suppressed);
  const canonicals = new Set<string>();
  yield* eachInSteps(known, (e) => {
    canonicals.add(e.canonical);
    for (const a of e.aliases) taken.add(a);
  });
  const provinceName = new Map(gazetteer.provinces.map(([code, name]) => [code, name]));
  const out: KbEntity[] = [];
  // An id is stored in sidecars (a correction's entityId), so it must not change when a
  // canonical spelling does: a city's id comes from the gazetteer's name, not the canonical.
  const add = (canonical: string, aliases: string[], description: KbEntity['description'], id = slugify(canonical)) => {
    if (canonicals.has(canonical) || taken.has(canonical)) return;
    const fresh = aliases.filter((a) => !taken.has(a));
    if (fresh.length === 0) return;
    for (const a of fresh) taken.add(a);
    canonicals.add(canonical);
    out.push({ id, canonical, type: 'GPE', aliases: fresh, description });
  };

  for (const [, name] of gazetteer.provinces) {
    const short = name.replace(PROVINCE_PREFIXES, '');
    if (short !== name && taken.has(short)) continue;
    add(name, [name, `Provinsi ${name}`], { en: 'Province of Indonesia', id: 'Provinsi di Indonesia' });
  }
  // Cities first: a bare name shared with a regency is the city's.
  // (Two filters, not a sort by rank: a sort of the 514 regions was 2-6 ms of code not
  // compiled yet at activation.)
  const ordered = [...gazetteer.regencies.filter(([, name]) => isCity(name)), ...gazetteer.regencies.filter(([, name]) => !isCity(name))];
  yield* eachInSteps(ordered, ([code, name, bareAlias]) => {
    const bare = name.replace(PREFIX, '');
    const province = provinceName.get(code.slice(0, code.indexOf('.'))) ?? 'Indonesia';
    const short = SHORT_NAMES.get(bare) ?? [];
    if (name.startsWith('Kota')) {
      const spelling = CITY_SPELLINGS.get(bare);
      const names = [bare, ...(spelling?.variants ?? [])];
      add(spelling?.official ?? bare, [...names.map((n) => `Kota ${n}`), ...(name !== `Kota ${bare}` ? [name] : []), ...(bareAlias ? names : []), ...short],
        { en: `City in ${province}, Indonesia`, id: `Kota di ${province}` }, slugify(bare));
    } else {
      const canonical = `Kabupaten ${bare}`;
      add(canonical, [canonical, ...(name !== canonical ? [name] : []), ...(bareAlias ? [bare] : []), ...short, ...short.map((x) => `Kabupaten ${x}`)],
        { en: `Regency in ${province}, Indonesia`, id: `Kabupaten di ${province}` });
    }
  });
  return out;
}

/** The designations of a regency named for its islands ("Kabupaten Kepulauan Selayar",
 *  "Kabupaten Pulau Morotai"), which the news drops where a region is expected ("DPRD
 *  Selayar", "MOROTAI, …"): readers of a bare regency name try them after "Kabupaten"
 *  (regional-names.ts, bare-regency.ts). No alias of the island word alone: it is also the
 *  island, and a kecamatan's or a person's name. */
export const ISLAND_DESIGNATIONS: readonly string[] = ['Kepulauan', 'Pulau'];

/** Cities the gazetteer writes in one word that the news (and for Palangka Raya the
 *  official name) also write in two, or the other way round: the other spellings are
 *  aliases, and an official spelling that differs is the canonical name (the city's name in
 *  the law that made it: Pangkalpinang, Tanjungpinang, Baubau, as the sets annotate them). */
const CITY_SPELLINGS: ReadonlyMap<string, { official?: string; variants: readonly string[] }> = new Map([
  ['Palangkaraya', { official: 'Palangka Raya', variants: ['Palangka Raya'] }],
  ['Pematangsiantar', { variants: ['Pematang Siantar'] }],
  ['Tanjungbalai', { variants: ['Tanjung Balai'] }],
  ['Padangsidimpuan', { variants: ['Padang Sidempuan', 'Padang Sidimpuan'] }],
  ['Gunungsitoli', { variants: ['Gunung Sitoli'] }],
  ['Parepare', { variants: ['Pare-Pare', 'Pare Pare'] }],
  ['Lubuk Linggau', { official: 'Lubuklinggau', variants: ['Lubuklinggau'] }],
  ['Pangkal Pinang', { official: 'Pangkalpinang', variants: ['Pangkalpinang'] }],
  ['Tanjung Pinang', { official: 'Tanjungpinang', variants: ['Tanjungpinang'] }],
  ['Bau Bau', { official: 'Baubau', variants: ['Baubau', 'Bau-Bau'] }],
]);

/** "DKI" written alone ("Dishub DKI", "Kepala Dinkes DKI"): Jakarta's province named by its
 *  designation only. Not a KB alias of Jakarta (a bare "DKI" elsewhere is rarely annotated as
 *  the city), but after a regional body's short head it is the body's region, not the start
 *  of the holder's name (short-head-region.ts). ("DIY" is already the KB's alias.) */
const BARE_PROVINCE_DESIGNATIONS: ReadonlySet<string> = new Set(['DKI']);
/** `word` is a province named by its designation alone ("DKI"). */
export function isBareProvinceDesignation(word: string): boolean {
  return BARE_PROVINCE_DESIGNATIONS.has(word);
}

/** The short names regional news writes for regencies and cities ("Pemkab Kukar", "BPBD
 *  Sitaro", "Bupati Halsel"), by the gazetteer's bare name: aliases of the region, and for
 *  a regency with its prefix too ("Kabupaten Sitaro"). Syllable short names only: initials
 *  ("HST", "PPU", "OKU") are as often a body's, and the link pass reads them as the region
 *  where the article writes it in full (region-acronyms.ts). Left out too: short names that
 *  are also words, slang, names or other bodies, which a Title Case headline or a sentence's
 *  first word would make regencies: "Loteng" (attic), "Lambar" (sheet), "Kobar" ("berkobar"),
 *  "Barut" (bandage), "Mabar" (playing together), "Mitra", "Madina", "Tuba", "Mura" (two
 *  regencies). */
export const SHORT_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  // Kalimantan
  ['Kutai Kartanegara', ['Kukar']], ['Kutai Timur', ['Kutim']], ['Kutai Barat', ['Kubar']],
  ['Mahakam Ulu', ['Mahulu']], ['Kotawaringin Timur', ['Kotim']], ['Barito Timur', ['Bartim']],
  ['Barito Selatan', ['Barsel']], ['Gunung Mas', ['Gumas']], ['Pulang Pisau', ['Pulpis']], ['Tanah Bumbu', ['Tanbu']],
  // Jakarta and Banten
  ['Jakarta Selatan', ['Jaksel']], ['Jakarta Utara', ['Jakut']], ['Jakarta Barat', ['Jakbar']], ['Jakarta Timur', ['Jaktim']],
  ['Jakarta Pusat', ['Jakpus']], ['Tangerang Selatan', ['Tangsel']],
  // Sumatra
  ['Indragiri Hilir', ['Inhil']], ['Indragiri Hulu', ['Inhu']], ['Kuantan Singingi', ['Kuansing']], ['Rokan Hulu', ['Rohul']],
  ['Rokan Hilir', ['Rohil']], ['Serdang Bedagai', ['Sergai']], ['Tapanuli Selatan', ['Tapsel']], ['Tapanuli Utara', ['Taput']],
  ['Tapanuli Tengah', ['Tapteng']], ['Labuhanbatu Utara', ['Labura']], ['Labuhanbatu Selatan', ['Labusel']],
  ['Humbang Hasundutan', ['Humbahas']], ['Musi Banyuasin', ['Muba']], ['Musi Rawas Utara', ['Muratara']],
  ['Lampung Selatan', ['Lamsel']], ['Lampung Tengah', ['Lamteng']], ['Lampung Timur', ['Lamtim']], ['Lampung Utara', ['Lampura']],
  ['Aceh Barat Daya', ['Abdya']], ['Aceh Tenggara', ['Agara']], ['Pesisir Selatan', ['Pessel']],
  // Sulawesi and Maluku Utara
  ['Halmahera Selatan', ['Halsel']], ['Halmahera Utara', ['Halut']], ['Halmahera Barat', ['Halbar']], ['Halmahera Tengah', ['Halteng']],
  ['Halmahera Timur', ['Haltim']], ['Bolaang Mongondow', ['Bolmong']], ['Bolaang Mongondow Utara', ['Bolmut']],
  ['Bolaang Mongondow Selatan', ['Bolsel']], ['Bolaang Mongondow Timur', ['Boltim']], ['Minahasa Utara', ['Minut']],
  ['Minahasa Selatan', ['Minsel']], ['Kepulauan Siau Tagulandang Biaro', ['Sitaro', 'Kepulauan Sitaro']],
  ['Pangkajene dan Kepulauan', ['Pangkep']], ['Luwu Timur', ['Lutim']], ['Luwu Utara', ['Lutra']], ['Sidenreng Rappang', ['Sidrap']],
  ['Parigi Moutong', ['Parimo']], ['Tojo Una Una', ['Touna']], ['Konawe Selatan', ['Konsel']], ['Konawe Utara', ['Konut']],
  ['Kolaka Timur', ['Koltim']], ['Buton Selatan', ['Busel']], ['Buton Tengah', ['Buteng']], ['Bone Bolango', ['Bonebol']],
  ['Gorontalo Utara', ['Gorut']], ['Polewali Mandar', ['Polman']],
  // Nusa Tenggara
  ['Manggarai Timur', ['Matim']], ['Lombok Timur', ['Lotim']], ['Lombok Barat', ['Lobar']],
]);

function isCity(name: string): boolean {
  return name.startsWith('Kota');
}
