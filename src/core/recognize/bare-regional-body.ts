// "Ketua Bawaslu Kapuas Hulu Marselina …" and, a paragraph earlier, "Nanti kami bawa ke
// Bawaslu"; "DPRD Jember" in the body and "DPRD" in the headline; "BPBD Kota Palu" and
// later "pejabat BPBD itu": regional news names a body once with its region and then by its
// bare name, which means that regional body, not the national one or a body of no region.
// This file owns the four steps that give a bare or shortened name its regional body's
// identity:
//  - RegionalBodiesByShortHead, during the link walk (link.ts): a body named in full
//    ("Dinas Perhubungan Kota Surakarta") is filed by the short head it is written with
//    ("Dishub"), and a one-word mention of that head, even a weak one the walk has not kept
//    yet ("tim Dishub turun", unknown-name.ts), is that body;
//  - bareBodiesToRegionalOnes, after the regional names are expanded (regional-names.ts): a
//    kept bare name whose words (or identity) open a regional body of the article written
//    with a place the KB knows ("Bawaslu" of "Bawaslu Kapuas Hulu") takes that body's
//    identity (dev d10, d46, d159, d180, d182). Bodies the KB knows stay national when bare
//    ("OJK", "Bulog"), except the election bodies and NGOs, whose branches are bodies of
//    their own; a body the article defines as national ("Serikat Pekerja Nasional (SPN)")
//    and a company stay themselves; two regional bodies are told apart by the region the
//    article is about (article-region.ts);
//  - unprefixedToPrefixedBodies: "RSUD Mataram" after "RSUD Kota Mataram" is that body;
//  - bareGovernmentBodiesToArticleRegion: a government's body the article never names with
//    a region ("Dinas Kesehatan") is the body of the region the article is about;
//  - bareGovernmentHeadsToArticleRegion: so is the government itself by its bare short head
//    ("Pemkab", "Pemkot", "Pemprov"), weak for want of evidence or not, where the article is
//    about a region of that level.
// The first two stay separate: the first decides which weak mentions the walk keeps, before
// the acronyms are resolved; the second needs the expanded names and the KB's places.
import { isUpper } from '../text/chars';
import type { KbIndex } from '../kb/kb-index';
import { articleRegion, prefixedRegion } from './article-region';
import { COMPANY_NAME } from './org-short-forms';
import { ELECTION_BODY_DESCRIPTIONS, filedShortHead, isRegionalOnlyName, REGION_PREFIX_ALTERNATION, REGION_PREFIXES, shortHeadOf, spelledOutShortHead } from './regional-names';
import type { ActorMention } from './types';

/** Regional bodies named in full, by the short head they are written with ("Dishub" ->
 *  "Dinas Perhubungan Kota Surakarta"; null: two such bodies): a bare short head is the one. */
export class RegionalBodiesByShortHead {
  private bodies: Map<string, string | null> | undefined;

  /** Files the organisation whose identity is `canonical` under its short head, if it has one. */
  file(canonical: string): void {
    const head = shortHeadOf(canonical);
    if (head === undefined) return;
    this.bodies ??= new Map();
    const had = this.bodies.get(head);
    this.bodies.set(head, had === undefined || had === canonical ? canonical : null);
  }

  /** The identity of the one body filed under the short head `text`: undefined when none
   *  is, null when two are. */
  bodyOf(text: string): string | null | undefined {
    return this.bodies?.get(filedShortHead(text));
  }
}

const REGION_IN_NAME = new RegExp(` (?:${REGION_PREFIX_ALTERNATION}) `);

/** Gives the bare organisations among `ms` (`kept`) the identity of the one regional body
 *  of the article they open (of two, the one in the article's region), unless the article
 *  (`text`) defines them as a national body (definedNationally) or they are a company
 *  (COMPANY_NAME). */
export function bareBodiesToRegionalOnes(ms: ActorMention[], kept: (k: number) => boolean, kb: KbIndex, text: string): void {
  // Bare names and identities of organisations, the only keys a regional body is filed by.
  let bare: Set<string> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !kept(k)) continue;
    (bare ??= new Set()).add(m.text);
    bare.add(m.canonical);
  }
  if (bare === undefined) return;
  // Regional bodies by the bare name or identity they open: their identities.
  let regional: Map<string, Set<string>> | undefined;
  const file = (key: string, canonical: string): void => {
    regional ??= new Map();
    const set = regional.get(key);
    if (set === undefined) regional.set(key, new Set([canonical]));
    else set.add(canonical);
  };
  // The identity each name was last filed with: filing is idempotent, so this only spares
  // a long text the work for its repeated mentions (without a key string built per mention).
  const filedAs = new Map<string, string>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !kept(k) || filedAs.get(m.text) === m.canonical) continue;
    filedAs.set(m.text, m.canonical);
    const name = m.text;
    const opened = regionAfter(name, bare, kb);
    if (opened !== undefined) file(opened, m.canonical);
    const openedId = m.canonical !== name ? regionAfter(m.canonical, bare, kb) : undefined;
    if (openedId !== undefined && openedId !== opened) file(openedId, m.canonical);
  }
  if (regional === undefined) return;
  // The bodies the article defines as national ones (definedNationally), read once and only
  // when a bare name would take a regional body's identity.
  let national: ReadonlySet<string> | undefined;
  // The article's region (article-region.ts), read once and only when a bare name opens two
  // regional bodies: "Bawaslu Luwu Timur" in the story and "Bawaslu Sulsel" in a "Baca juga"
  // line leave "Bawaslu" the regency's in a story about the regency (dev d71).
  let region: string | null | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    // Not a body the KB knows: "OJK", "BNN", "Bulog", "PSSI" alone are the national body
    // even where the article names its regional office; nor one already given a region.
    // Except an election body or an NGO, whose regional branches are bodies of their own
    // ("KPU Kabupaten Serang", "Walhi Jawa Timur"): the sets name the bare body after the
    // branch the article named (dev d10, d71, d81, d105, d143).
    if (m.type !== 'ORG' || !kept(k) || REGION_IN_NAME.test(m.canonical)) continue;
    if (m.entityId !== undefined && (!isBranchingKbBody(m.entityId, kb) || NAMES_THE_NATIONAL_BODY.test(m.text))) continue;
    // (the bodies opened by the name as written and by its identity: "Bawaslu" opens "Bawaslu
    // Sulsel", its identity "Badan Pengawas Pemilihan Umum" the "… (Bawaslu) Luwu Timur")
    const byText = regional.get(m.text);
    const byIdentity = m.canonical === m.text ? undefined : regional.get(m.canonical);
    const set = byText === undefined ? byIdentity : byIdentity === undefined ? byText : new Set([...byText, ...byIdentity]);
    if (set === undefined) continue;
    let canonical: string | undefined;
    if (set.size === 1) [canonical] = set;
    else {
      if (region === undefined) {
        const e = articleRegion(ms, kept, kb);
        region = (e === undefined ? undefined : prefixedRegion(e)) ?? null;
      }
      if (region === null) continue;
      for (const c of set) if (c.endsWith(` ${region}`)) canonical = canonical === undefined ? c : undefined;
    }
    if (canonical === undefined || canonical === m.canonical) continue;
    // (a company stays itself; a body the article defines as national stays national)
    // ("PT Semen Tonasa Indah": its plant named with a place, "Pabrik STI Pangkep", is a site
    // of it, not another company)
    if (COMPANY_NAME.test(m.canonical) || COMPANY_NAME.test(m.text)) continue;
    national ??= definedNationally(ms, kept, text);
    if (national.has(m.text) || national.has(m.canonical)) continue;
    m.canonical = canonical;
    delete m.entityId;
  }
}

/** "Serikat Pekerja Nasional (SPN) menggelar unjuk rasa …", "Asosiasi Pengusaha Ritel
 *  (Aprindo) mencatat …": a body's full name with its acronym in brackets after it and no
 *  region after the brackets (a capitalised word after them may be one: "(GAPKI) Kalimantan
 *  Barat") defines the national body: the full name, the acronym and their identities, which
 *  a later branch ("Ketua SPN Karawang") does not make regional (review47). Not a body only
 *  a region has: "Dinas Pemberdayaan Masyarakat dan Desa (DPMD)" in regional news is the
 *  region's (dev d324), "Balai Besar Pengawas Obat dan Makanan (BBPOM)" a regional unit. */
function definedNationally(ms: readonly ActorMention[], kept: (k: number) => boolean, text: string): ReadonlySet<string> {
  const names = new Set<string>();
  let last = -1;
  for (let k = 0; k < ms.length; k++) {
    if (!kept(k)) continue;
    const full = last >= 0 ? ms[last] : undefined;
    last = k;
    const m = ms[k];
    if (full === undefined || m.type !== 'ORG' || full.type !== 'ORG' || full.end + 2 !== m.start) continue;
    if (text.charCodeAt(full.end) !== 32 || text.charCodeAt(m.start - 1) !== 40 /* ( */ || text.charCodeAt(m.end) !== 41 /* ) */) continue;
    if (text.charCodeAt(m.end + 1) === 32 && isUpper(text.charCodeAt(m.end + 2))) continue;
    if (isRegionalOnlyName(full.text)) continue;
    names.add(full.text).add(full.canonical).add(m.text).add(m.canonical);
  }
  return names;
}

/** KB bodies whose regional branches are bodies of their own, by their description: the
 *  election commission and its supervisor ("General Elections Commission of Indonesia"),
 *  NGOs ("Indonesian Forum for the Environment (NGO), Indonesia") and associations whose
 *  chapters regional news names by acronym ("Parisada Hindu Dharma Indonesia … (association)":
 *  "PHDI" after "PHDI Lombok Barat" is the chapter; data/kb/org-indonesia-associations.json,
 *  dev d285, d288, d324; actors52). State companies and
 *  national authorities ("Financial Services Authority of Indonesia") have offices, and the
 *  sets name them national when bare (PLN, OJK, Baznas; Bulog both ways: dev d19, d306). */
const BRANCHING_KB_BODY = new RegExp(String.raw`^(?:${ELECTION_BODY_DESCRIPTIONS}) of Indonesia$|\((?:NGO|association)\)`);

/** A name that says it is the national body ("Bawaslu RI", "KPU Pusat"). */
const NAMES_THE_NATIONAL_BODY = / (?:RI|Republik Indonesia|Pusat)$/;

function isBranchingKbBody(id: string, kb: KbIndex): boolean {
  const e = kb.byId.get(id);
  return e !== undefined && BRANCHING_KB_BODY.test(e.description.en);
}

/** A body's name with its region written with its prefix: the body, the prefix, the place. */
const PREFIXED_REGION_RE = new RegExp(`^(.+) (?:${REGION_PREFIX_ALTERNATION}) (.+)$`);

/** "RSUD Kota Mataram penuh. RSUD Mataram menambah tempat tidur.": a body once named with its
 *  region's prefix kept (regional-names.ts keeps "Kota" written in a body's name) and then
 *  without it is one body: the form without the prefix takes the identity of the one with it,
 *  when the article names only one such body ("RSUD Kota Bima" and "RSUD Kabupaten Bima" are
 *  two, and "RSUD Bima" is left as written). Bodies the KB knows keep their identity. */
export function unprefixedToPrefixedBodies(ms: ActorMention[], kept: (k: number) => boolean): void {
  let prefixed: Map<string, string | null> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !kept(k) || m.entityId !== undefined) continue;
    const parts = PREFIXED_REGION_RE.exec(m.canonical);
    if (parts === null) continue;
    const key = `${parts[1]} ${parts[2]}`;
    prefixed ??= new Map();
    const had = prefixed.get(key);
    prefixed.set(key, had === undefined || had === m.canonical ? m.canonical : null);
  }
  if (prefixed === undefined) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !kept(k) || m.entityId !== undefined) continue;
    const canonical = prefixed.get(m.canonical);
    if (canonical) m.canonical = canonical;
  }
}

/** The bare name (one of `bare`) that `name` opens, when the rest of it is a place the KB
 *  knows (with or without its prefix: "Kapuas Hulu", "Kota Palu", "Kabupaten Serang"). */
function regionAfter(name: string, bare: ReadonlySet<string>, kb: KbIndex): string | undefined {
  for (let sp = name.indexOf(' '); sp > 0; sp = name.indexOf(' ', sp + 1)) {
    const head = name.slice(0, sp);
    if (!bare.has(head)) continue;
    const rest = name.slice(sp + 1);
    const first = rest.indexOf(' ');
    const place = kb.lookup(rest) ?? (first > 0 && REGION_PREFIXES.has(rest.slice(0, first)) ? kb.lookup(rest.slice(first + 1)) : undefined);
    if (place !== undefined && place.type === 'GPE') return head;
  }
  return undefined;
}

/** A body of a regional government named without its region: an office ("Dinas Pendidikan",
 *  "Dinas Koperasi, Usaha Kecil dan Menengah, …"), an agency whose name says it is the
 *  region's ("Badan Penanggulangan Bencana Daerah"), the inspectorate, the council, the civil
 *  police, the secretariat. Not "Badan Anggaran" (a council's committee: the council's,
 *  unit-parent-body.ts), a national agency ("Badan Pusat Statistik") or
 *  the kind of company every region owns ("Badan Usaha Milik Daerah"). */
const BARE_GOVERNMENT_BODY = /^(?:Dinas(?: \p{Lu}[\p{L},]*| dan)+|Badan(?! Usaha Milik)(?: \p{Lu}\p{L}*| dan)* Daerah|Inspektorat(?: Daerah)?|Dewan Perwakilan Rakyat Daerah|Satuan Polisi Pamong Praja|Sekretariat Daerah)$/u;

/** Gives the bare regional government bodies among `ms` (`kept`) that no step named with a
 *  region ("Komisi IV segera memanggil Dinas Pendidikan", "DPRD") the region the article is
 *  about ("Dinas Pendidikan Kabupaten Lebak"), when it is about one (article-region.ts). */
export function bareGovernmentBodiesToArticleRegion(ms: ActorMention[], kept: (k: number) => boolean, kb: KbIndex): void {
  let bodies: number[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !kept(k) || m.entityId !== undefined) continue;
    if (BARE_GOVERNMENT_BODY.test(spelledOutShortHead(m.canonical) ?? m.canonical) && !endsInPlace(m.canonical, kb)) (bodies ??= []).push(k);
  }
  if (bodies === undefined) return;
  const region = articleRegion(ms, kept, kb);
  const prefixed = region === undefined ? undefined : prefixedRegion(region);
  if (prefixed === undefined) return;
  for (const k of bodies) {
    const m = ms[k];
    m.canonical = `${spelledOutShortHead(m.canonical) ?? m.canonical} ${prefixed}`;
  }
}

/** `name` ends in a region, with its prefix or a place the KB knows ("… Provinsi Jawa
 *  Tengah", "Dinas Perhubungan Sitaro"): no bare body. */
function endsInPlace(name: string, kb: KbIndex): boolean {
  if (REGION_IN_NAME.test(name)) return true;
  const words = name.split(' ');
  for (let r = Math.max(1, words.length - 3); r < words.length; r++) {
    if (kb.lookup(words.slice(r).join(' '))?.type === 'GPE') return true;
  }
  return false;
}

/** The region's governments by their short heads, and the level of region each governs. */
const GOVERNMENT_HEAD_LEVELS: ReadonlyMap<string, string> = new Map([['Pemkab', 'Kabupaten'], ['Pemkot', 'Kota'], ['Pemprov', 'Provinsi']]);

/** "Pemkab, kata camat, membuka dapur umum", "menilai Pemkot lamban" in an article about one
 *  regency or city: the bare short head is that region's government (dev d286, d290, d449: every
 *  bare one the dev gold has). A weak one (unknown-name.ts: no evidence around it) is kept
 *  (`confirm`) only so; where the article is about no region, or about one of another level
 *  ("Pemprov" in news about a regency), it is left as it was. */
export function bareGovernmentHeadsToArticleRegion(ms: ActorMention[], kept: (k: number) => boolean, weak: (k: number) => boolean,
  confirm: (k: number) => void, kb: KbIndex): void {
  let heads: number[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === 'ORG' && m.entityId === undefined && m.canonical === m.text && GOVERNMENT_HEAD_LEVELS.has(m.text) && (kept(k) || weak(k))) (heads ??= []).push(k);
  }
  if (heads === undefined) return;
  const region = articleRegion(ms, kept, kb);
  const prefixed = region === undefined ? undefined : prefixedRegion(region);
  if (prefixed === undefined) return;
  for (const k of heads) {
    if (!prefixed.startsWith(`${GOVERNMENT_HEAD_LEVELS.get(ms[k].text)} `)) continue;
    ms[k].canonical = `Pemerintah ${prefixed}`;
    if (!kept(k)) confirm(k);
  }
}
