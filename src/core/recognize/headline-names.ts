// Names first written in a headline (issue 13). A Title Case or capitals headline is read
// for KB names only, since every word there is capitalised and an unknown run has no
// edge; the body then names the same actor with a clear clue ("Universitas Mulawarman",
// "Komisi Pengawas Persaingan Usaha (KPPU)", "PT Lintas Nalar Teknologi"). One sense per
// article: the headline's occurrence of a name the body found is that actor. Only the
// lines the paragraph pass read as headlines are looked at (Title Case or capitals,
// "Baca juga:"), and the opening of an article delivered as one line.
import { DASH_CLASS, isBlank, isUpper, isWordChar as isWordUnit } from '../text/chars';
import type { ActorMention } from './types';
import { FNV1A_SEED, fnv1a, fnv1aMix } from '../text/fnv1a';
import { withoutBankHead } from './bank-short-name';
import { headlineShortHeadOf } from './regional-names';

/** An article's opening (one-line delivery) is looked for within this many characters. */
const MAX_HEADLINE = 220;
/** Trailing words of a company's name its short form may drop ("PT Lintas Nalar Teknologi"
 *  -> "Lintas Nalar"): the sector, not the name, or a word of good omen many names end in
 *  ("PT Borneo Alumina Prima" -> "Borneo Alumina", dev d263). */
const SECTOR_WORDS = new Set(['Teknologi', 'Technology', 'Telekomunikasi', 'Seluler', 'Airlines', 'Airline', 'Indonesia',
  'Nusantara', 'Digital', 'Group', 'Grup', 'Sekuritas', 'Finance', 'Internasional', 'International', 'Persada', 'Tbk',
  'Mobilitas', 'Mobility', 'Logistik', 'Logistics', 'Energi', 'Motor', 'Motors', 'Farma', 'Properti', 'Solusi', 'Solutions', 'Sistem', 'Systems',
  'Prima', 'Utama', 'Perkasa', 'Abadi', 'Sejahtera', 'Makmur', 'Sentosa']);

/** Trade words a company written without "PT" may drop in a headline (not "Indonesia" or
 *  "Nusantara", which end the names of many bodies). */
const TRADE_WORDS = new Set(['Airlines', 'Airline', 'Air', 'Airways', 'Group', 'Grup', 'Sekuritas', 'Technology', 'Teknologi', 'Telekomunikasi', 'Seluler', 'Digital', 'Finance']);

/** A name to look for: its text and the identity it carries. */
interface Known { type: ActorMention['type']; canonical: string; entityId?: string }

const DATELINE_DASH = new RegExp(String.raw` (?:--|[${DASH_CLASS}]) `, 'g');

/** An article delivered as one line opens with its headline run into the dateline
 *  ("Mahasiswa Universitas Mulawarman Demo Tolak UKT Samarinda, IDN Times - Ratusan …"):
 *  the end of that opening (the dateline's dash) when it comes early enough, else -1. */
export function openingEnd(text: string, start: number, end: number): number {
  if (end - start <= MAX_HEADLINE || !isUpper(text.charCodeAt(start))) return -1;
  const head = text.slice(start, start + MAX_HEADLINE + 60);
  DATELINE_DASH.lastIndex = 0;
  const m = DATELINE_DASH.exec(head);
  return m === null || m.index < 20 || head.lastIndexOf('. ', m.index) !== -1 ? -1 : start + m.index;
}

/** Short forms a company's name is also written by: "PT Kopi Nusa Lestari Tbk" -> "Kopi Nusa
 *  Lestari"; "PT Lintas Nalar Teknologi" -> also "Lintas Nalar"; "PT Bank Amanah Syariah"
 *  -> also "Amanah Syariah". */
export function companyShortForms(name: string): string[] {
  if (!name.startsWith('PT ')) return [];
  const core = name.replace(/^PT\s+|\s+\((?:Persero|PERSERO)\)|\s+(?:Tbk|TBK)$/g, '');
  const forms = [core];
  const short = withoutSectorWord(core);
  if (short !== undefined) forms.push(short);
  // "Amanah Syariah Sepakat Merger" above "PT Bank Amanah Syariah": the bank without "Bank".
  const unheaded = withoutBankHead(core);
  if (unheaded !== undefined) forms.push(unheaded);
  return forms;
}

/** A company's core name of three words or more without its last word when that word
 *  names the sector ("Lintas Nalar Teknologi" -> "Lintas Nalar"), else undefined. */
export function withoutSectorWord(core: string): string | undefined {
  const sp = core.lastIndexOf(' ');
  if (sp < 0 || core.indexOf(' ') === sp || !SECTOR_WORDS.has(core.slice(sp + 1))) return undefined;
  return core.slice(0, sp);
}

/** The names the body found that a headline may repeat, by their text: only those whose key
 *  (first two words, or one word) `headlineKeys` holds. Only `kept` mentions are offered; a
 *  `known` one (the KB's, read in the headline already) is no name to offer, but a regional
 *  council it names makes the bare head ambiguous all the same. */
export function bodyNames(mentions: readonly ActorMention[], kept: (k: number) => boolean, known: (k: number) => boolean,
  inHeadline: (k: number) => boolean, headlineKeys: KeyFilter): Map<string, Known> {
  const names = new Map<string, Known>();
  const add = (s: string, m: ActorMention): void => {
    if (s.length < 3 || names.has(s) || !headlineKeys.has(keyHash(s))) return;
    names.set(s, m.entityId !== undefined ? { type: m.type, canonical: m.canonical, entityId: m.entityId } : { type: m.type, canonical: m.canonical });
  };
  // "MALUT UNITED", "KOINKITA": a headline in capitals writes the body's names so.
  const offer = headlineKeys.capitals ? (s: string, m: ActorMention): void => { add(s, m); add(s.toUpperCase(), m); } : add;
  const seen = new Set<string>();
  // "…, DPRD Panggil Disdik": the regional bodies by their bare short heads (null: two bodies),
  // and those of the KB's mentions, which only make a head ambiguous ("DPRD DKI Jakarta").
  let heads: Map<string, string | null> | undefined;
  let knownHeads: Map<string, string | null> | undefined;
  const seenKnown = new Set<string>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (known(k)) {
      if (m.type !== 'ORG' || seenKnown.has(m.text) || inHeadline(k)) continue;
      seenKnown.add(m.text);
      const regional = headlineShortHeadOf(m.canonical);
      if (regional !== undefined) knownHeads = withHead(knownHeads, regional.head, regional.body);
      continue;
    }
    // Each distinct name once (a long text repeats most of them many times).
    if (!kept(k) || seen.has(m.text) || inHeadline(k)) continue;
    seen.add(m.text);
    const name = m.text;
    offer(name, m);
    const regional = m.type === 'ORG' ? headlineShortHeadOf(m.canonical) : undefined;
    if (regional !== undefined) heads = withHead(heads, regional.head, regional.body);
    if (m.type === 'ORG') for (const s of companyShortForms(name)) offer(s, m);
    // "Lintas Langit Airlines" -> "Pesawat Lintas Langit Tergelincir …": a company named
    // without "PT" is also written without its trade word.
    if (m.type === 'ORG' && !name.startsWith('PT ')) {
      const sp = name.lastIndexOf(' ');
      if (sp > 0 && name.indexOf(' ') < sp && TRADE_WORDS.has(name.slice(sp + 1))) offer(name.slice(0, sp), m);
    }
    if (m.type === 'ORG' && m.canonical !== name && m.canonical.length < name.length && name.startsWith(m.canonical)) offer(m.canonical, m);
    // "Rizky Aditya Kigade" -> "Resmi Gabung Bangkok United, Rizky Kigade Jadi …": a
    // headline shortens a person's name to its first and last words.
    if (m.type === 'PER') {
      const first = name.indexOf(' ');
      const last = name.lastIndexOf(' ');
      if (first > 0 && first < last) offer(`${name.slice(0, first)}${name.slice(last)}`, m);
    }
  }
  if (heads !== undefined) {
    for (const [head, body] of heads) {
      const other = knownHeads?.get(head);
      if (body !== null && (other === undefined || other === body)) offer(head, { start: 0, end: 0, text: head, type: 'ORG', canonical: body });
    }
  }
  return names;
}

/** `heads` with `body` under its bare `head` (null once two bodies share it). */
function withHead(heads: Map<string, string | null> | undefined, head: string, body: string): Map<string, string | null> {
  const map = heads ?? new Map<string, string | null>();
  const had = map.get(head);
  map.set(head, had === undefined || had === body ? body : null);
  return map;
}


/** A set of keys (a name's first word, or its first two words joined by one space) kept
 *  as 30-bit hashes of the key's characters (small integers, no allocation), so that
 *  reading a headline builds no string per word (a 20 MB text has 25,000 headline lines).
 *  Two keys may share a hash: a lookup can answer yes for a key never added, never no for
 *  one that was. Each use below only skips work on a no (a name let through wrongly
 *  matches nowhere), so a false yes costs a little time and never changes the output. */
export class KeyFilter {
  private readonly hashes = new Set<number>();
  /** A headline read has a word in capitals ("MALUT UNITED BUNGKAM …"): the body's names
   *  are looked for in capitals too. */
  capitals = false;
  add(h: number): void {
    this.hashes.add(h & 0x3fffffff);
  }
  has(h: number): boolean {
    return this.hashes.has(h & 0x3fffffff);
  }
}

/** A letter, digit or mark at `i` (text/chars.ts). */
function isWordChar(s: string, i: number): boolean {
  return isWordUnit(s.charCodeAt(i));
}


/** The end of the word starting at `i`: a run of word characters, with inner hyphens and
 *  apostrophes ("Al-Mansouri", "Ma'ruf"). */
function wordEnd(text: string, i: number, end: number): number {
  let w = i + 1;
  while (w < end && (isWordChar(text, w) || ((text.charCodeAt(w) === 45 || text.charCodeAt(w) === 39) && w + 1 < end && isWordChar(text, w + 1)))) w++;
  return w;
}

/** After a blank run starting at `i` (one or more of space, no-break space, tab): its end. */
function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** `name` (single-spaced) is written at `i`, its spaces as any run of blanks (issue 13,
 *  pattern 11): the end of the occurrence, or -1. */
function matchAt(text: string, i: number, end: number, name: string): number {
  let t = i;
  for (let k = 0; k < name.length; k++) {
    if (t >= end) return -1;
    if (name.charCodeAt(k) === 32) {
      if (!isBlank(text.charCodeAt(t))) return -1;
      t = skipBlanks(text, t, end);
    } else if (text.charCodeAt(t++) !== name.charCodeAt(k)) return -1;
  }
  return t < end && isWordChar(text, t) ? -1 : t;
}

/** The body's names, looked up by their first two words (or their one word). */
export interface NameIndex {
  single: ReadonlySet<string>;
  byTwoWords: ReadonlyMap<string, string[]>;
  /** Every key of the two above: a word (pair) whose hash it lacks is no key, and is not
   *  built as a string to be looked up. */
  keys: KeyFilter;
}

/** Occurrences in [start, end) of the body's names, longest first at each word, that no
 *  kept mention there crosses (`crosses(s, e)`: a mention overlaps [s, e) without lying
 *  inside it, or is exactly it). */
export function headlineOccurrences(text: string, start: number, end: number, names: ReadonlyMap<string, Known>,
  index: NameIndex, crosses: (s: number, e: number) => boolean): ActorMention[] {
  const out: ActorMention[] = [];
  let i = start;
  while (i < end) {
    // The next word: a run of word characters (with inner hyphens and apostrophes).
    while (i < end && !isWordChar(text, i)) i++;
    if (i >= end) break;
    const w = wordEnd(text, i, end);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (!isUpper(text.charCodeAt(i)) || prev === 45 || prev === 39) { i = w; continue; }
    let hit: string | undefined;
    let hitEnd = -1;
    const h1 = fnv1a(text, i, w, FNV1A_SEED);
    const next = skipBlanks(text, w, end);
    if (next > w && next < end && isWordChar(text, next)) {
      let w2 = next + 1;
      while (w2 < end && isWordChar(text, w2)) w2++;
      const list = index.keys.has(fnv1a(text, next, w2, fnv1aMix(h1, 32)))
        ? index.byTwoWords.get(`${text.slice(i, w)} ${text.slice(next, w2)}`) : undefined;
      if (list !== undefined) {
        for (const s of list) {
          const e = matchAt(text, i, end, s);
          if (e >= 0) { hit = s; hitEnd = e; break; }
        }
      }
    }
    if (hit === undefined && index.single.size > 0 && index.keys.has(h1)) {
      const one = text.slice(i, w);
      if (index.single.has(one)) { hit = one; hitEnd = w; }
    }
    if (hit === undefined || crosses(i, hitEnd)) { i = w; continue; }
    const k = names.get(hit)!;
    const surface = text.slice(i, hitEnd);
    out.push(k.entityId !== undefined
      ? { start: i, end: hitEnd, text: surface, type: k.type, canonical: k.canonical, entityId: k.entityId }
      : { start: i, end: hitEnd, text: surface, type: k.type, canonical: k.canonical });
    i = hitEnd;
  }
  return out;
}

/** The body's names indexed for headlineOccurrences: by their first two words, longest
 *  first, or as one word. */
export function nameIndex(names: ReadonlyMap<string, Known>): NameIndex {
  const single = new Set<string>();
  const byTwoWords = new Map<string, string[]>();
  const keys = new KeyFilter();
  for (const s of names.keys()) {
    keys.add(keyHash(s));
    const sp = s.indexOf(' ');
    if (sp < 0) { single.add(s); continue; }
    let w2 = sp + 1;
    while (w2 < s.length && isWordChar(s, w2)) w2++;
    const key = s.slice(0, w2);
    const list = byTwoWords.get(key);
    if (list) list.push(s); else byTwoWords.set(key, [s]);
  }
  for (const list of byTwoWords.values()) list.sort((a, b) => b.length - a.length);
  return { single, byTwoWords, keys };
}

/** The hash of a name's first two words, or of its one word: what headlineKeys collects
 *  from the lines. */
function keyHash(s: string): number {
  const sp = s.indexOf(' ');
  if (sp < 0) return fnv1a(s, 0, s.length, FNV1A_SEED);
  let w2 = sp + 1;
  while (w2 < s.length && isWordChar(s, w2)) w2++;
  return fnv1a(s, 0, w2, FNV1A_SEED);
}

/** Every capitalised word of [start, end) and each such word with the word after it (one
 *  space between them, as in a single-spaced name): only body names with one of these
 *  keys can occur there. */
export function headlineKeys(text: string, start: number, end: number, into: KeyFilter): void {
  let i = start;
  while (i < end) {
    while (i < end && !isWordChar(text, i)) i++;
    if (i >= end) break;
    const w = wordEnd(text, i, end);
    if (isUpper(text.charCodeAt(i))) {
      // (two words in capitals in a row: one acronym, "KPK Tahan …", is no capitals headline)
      if (!into.capitals && w - i >= 3 && isUpper(text.charCodeAt(i + 1)) && isUpper(text.charCodeAt(w - 1))) {
        const n = skipBlanks(text, w, end);
        if (n > w && n + 2 < end && isUpper(text.charCodeAt(n)) && isUpper(text.charCodeAt(n + 1)) && isUpper(text.charCodeAt(n + 2))) into.capitals = true;
      }
      const h1 = fnv1a(text, i, w, FNV1A_SEED);
      into.add(h1);
      const next = skipBlanks(text, w, end);
      if (next > w && next < end && isWordChar(text, next)) {
        let w2 = next + 1;
        while (w2 < end && isWordChar(text, w2)) w2++;
        into.add(fnv1a(text, next, w2, fnv1aMix(h1, 32)));
      }
    }
    i = w;
  }
}
