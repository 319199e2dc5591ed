// "Siti Aminah (38) mengungsi … Suaminya, Bambang, mengatakan … / “…,” kata ibu dua anak
// itu.": a description that says the speaker's sex (pria, perempuan, ibu, bapak, kakek …)
// never points back to a person the article itself marks as the other sex (as a husband,
// "Pak X", "X, seorang ibu rumah tangga"); the nearest person before it who is not so marked
// is meant. Only the article's own marks count: no guessing from given names.
import { isWordChar } from '../text/chars';
import { apposedAs } from './described-person';
import type { ActorMention } from './types';

export type Sex = 'm' | 'f';

/** Description heads and marks before a name that say a man (m) or a woman (f). */
const SEX_WORDS: ReadonlyMap<string, Sex> = new Map([
  ...['pria', 'lelaki', 'laki-laki', 'bapak', 'pak', 'kakek', 'ayah', 'suami', 'duda', 'pemuda', 'mahasiswa', 'siswa', 'karyawan'].map((w) => [w, 'm'] as [string, Sex]),
  ...['perempuan', 'wanita', 'ibu', 'bu', 'nenek', 'gadis', 'istri', 'janda', 'pemudi', 'mahasiswi', 'siswi', 'karyawati'].map((w) => [w, 'f'] as [string, Sex]),
]);
/** Of those, the words that mark a name's sex by standing right before it ("Suaminya,
 *  Bambang", "Pak Bambang", "Ibu Siti"); trades in their male form ("mahasiswa",
 *  "karyawan") are said of both sexes and mark nobody. */
const MARKS_BEFORE: ReadonlyMap<string, Sex> = new Map([
  ...['pria', 'lelaki', 'laki-laki', 'bapak', 'pak', 'kakek', 'ayah', 'suami', 'duda', 'ayahnya', 'suaminya', 'kakeknya'].map((w) => [w, 'm'] as [string, Sex]),
  ...['perempuan', 'wanita', 'ibu', 'bu', 'nenek', 'gadis', 'istri', 'janda', 'ibunya', 'istrinya', 'neneknya', 'mahasiswi', 'siswi', 'karyawati'].map((w) => [w, 'f'] as [string, Sex]),
]);
/** Nouns in apposition after a name that mark its sex ("Siti, seorang ibu rumah tangga"). */
const APPOSED_MARKS: readonly [string, Sex][] = [['ibu', 'f'], ['istri', 'f'], ['perempuan', 'f'], ['wanita', 'f'], ['nenek', 'f'], ['janda', 'f'],
  ['bapak', 'm'], ['ayah', 'm'], ['suami', 'm'], ['pria', 'm'], ['kakek', 'm'], ['duda', 'm']];

/** The sex a description head says ("pria", "ibu"), or undefined. */
export function sexOfHead(head: string | undefined): Sex | undefined {
  if (head === undefined) return undefined;
  const sp = head.indexOf(' ');
  return SEX_WORDS.get(sp < 0 ? head : head.slice(0, sp));
}

/** Words of at most this many after the cue before "itu"/"tersebut" ("ibu dua anak itu"). */
const MAX_DESCRIPTION_WORDS = 6;

/** The sex the description after a quote or statement ending at `end` says: "…,” kata ibu dua
 *  anak itu." / "…, ujar pria berusia 40 tahun tersebut.": the first word after the cue word
 *  is a sex noun and "itu"/"tersebut" closes the description in its clause; else undefined. */
export function describedSexAfter(text: string, end: number): Sex | undefined {
  const words: string[] = [];
  let k = end;
  while (words.length < MAX_DESCRIPTION_WORDS + 2 && k < text.length) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 10 || c === 33 || c === 63 || (c === 44 && words.length > 0)) break;
    if (!isWordChar(c)) { k++; continue; }
    const s = k;
    while (k < text.length && (isWordChar(text.charCodeAt(k)) || (text.charCodeAt(k) === 45 && isWordChar(text.charCodeAt(k + 1))))) k++;
    words.push(text.slice(s, k).toLowerCase());
  }
  // words[0] is the cue ("kata"), words[1] the head.
  if (words.length < 3) return undefined;
  const sex = SEX_WORDS.get(words[1]);
  if (sex === undefined) return undefined;
  for (let i = 2; i < words.length; i++) if (words[i] === 'itu' || words[i] === 'tersebut') return sex;
  return undefined;
}

/** The sex the article marks a person with at any of the mentions of `canonical` among
 *  `mentions` up to index `last`: a sex word right before the name (past a comma and
 *  "seorang"), or a sex noun in apposition after it; undefined when unmarked or marked
 *  both ways. */
export function markedSex(text: string, mentions: readonly ActorMention[], canonical: string, last: number): Sex | undefined {
  let found: Sex | undefined;
  for (let k = 0; k <= last; k++) {
    const m = mentions[k];
    if (m.canonical !== canonical) continue;
    const s = markBefore(text, m.start) ?? markAfter(text, m.end);
    if (s === undefined) continue;
    if (found !== undefined && found !== s) return undefined;
    found = s;
  }
  return found;
}

function markBefore(text: string, start: number): Sex | undefined {
  let k = start;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 44)) k--;
  if (k === start) return undefined;
  const e = k;
  while (k > 0 && (isWordChar(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 45)) k--;
  return MARKS_BEFORE.get(text.slice(k, e).toLowerCase());
}

function markAfter(text: string, end: number): Sex | undefined {
  for (const [noun, sex] of APPOSED_MARKS) if (apposedAs(text, end, noun)) return sex;
  return undefined;
}

/** `who`, unless a description saying `sex` names them and the article marks them the other
 *  sex: then the nearest person before mention `last` (at most REACH characters back, each
 *  allowed by `isPerson`) not so marked; `who` when there is none. */
const REACH = 3000;
export function agreeingInSex(text: string, mentions: readonly ActorMention[], isPerson: (k: number) => boolean, who: ActorMention,
  sex: Sex | undefined, last: number): ActorMention {
  if (sex === undefined || last < 0) return who;
  const other = (s: Sex | undefined): boolean => s !== undefined && s !== sex;
  if (!other(markedSex(text, mentions, who.canonical, last))) return who;
  const floor = mentions[last].start - REACH;
  for (let k = last; k >= 0 && mentions[k].start >= floor; k--) {
    if (!isPerson(k) || mentions[k].canonical === who.canonical) continue;
    if (!other(markedSex(text, mentions, mentions[k].canonical, last))) return mentions[k];
  }
  return who;
}
