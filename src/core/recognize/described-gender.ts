// "Siti Aminah (38) mengungsi … Suaminya, Bambang, mengatakan … / “…,” kata ibu dua anak
// itu.": a description that says the speaker's sex (pria, perempuan, ibu, bapak, kakek …)
// never points back to a person the article itself marks as the other sex (as a husband,
// "Pak X", "X, seorang ibu rumah tangga"); the nearest person before it who is not so marked
// is meant. Only the article's own marks count: no guessing from given names.
import { isWordChar } from '../text/chars';
import { apposedAs } from './described-person';
import { endsSentenceAt } from './sentence-end';
import { FEMALE_NOUNS, MALE_NOUNS } from './lexicon';
import type { ActorMention } from './types';

export type Sex = 'm' | 'f';

/** The sex a noun says (lexicon.ts MALE_NOUNS, FEMALE_NOUNS), or undefined. */
function sexOfNoun(word: string): Sex | undefined {
  return MALE_NOUNS.has(word) ? 'm' : FEMALE_NOUNS.has(word) ? 'f' : undefined;
}
/** Every sex noun of lexicon.ts (MALE_NOUNS, FEMALE_NOUNS): the one list of gendered nouns
 *  the two lists of marks below are drawn from. */
const SEX_NOUNS: readonly string[] = [...MALE_NOUNS, ...FEMALE_NOUNS];
/** Sex nouns that were never marks of the person named right after them or in apposition
 *  (anaphor48): "pemuda"/"pemudi" also name an age group and its bodies ("Pemuda Pancasila",
 *  "tokoh pemuda"). */
const NEVER_A_MARK: ReadonlySet<string> = new Set(['pemuda', 'pemudi']);
/** Relational nouns: before a bare name they name the other person ("istri Ahmad" is Ahmad's
 *  wife), so only their -nya form marks the name after them ("Istrinya, Siti"). "kakek",
 *  "nenek" and "ibu" mark both ways ("Kakek Darmo", "Neneknya, Sumi"); "janda"/"duda" have
 *  no -nya mark ("jandanya" is rare and was never read). */
const RELATIONAL_NOUNS: ReadonlySet<string> = new Set(['ayah', 'suami', 'istri', 'janda', 'duda']);
const NYA_MARKS: readonly string[] = ['ayah', 'suami', 'kakek', 'ibu', 'istri', 'nenek'];
/** Of the sex nouns, the words that mark a name's sex by standing right before it ("Pak
 *  Bambang", "Ibu Siti", "Suaminya, Bambang"): all but NEVER_A_MARK and RELATIONAL_NOUNS,
 *  and the -nya forms of NYA_MARKS. */
export const MARKS_BEFORE: ReadonlySet<string> = new Set([
  ...SEX_NOUNS.filter((w) => !NEVER_A_MARK.has(w) && !RELATIONAL_NOUNS.has(w)),
  ...NYA_MARKS.map((w) => w + 'nya')]);
/** Kin nouns that are also a name's courtesy title: "Ibu Siti" is Siti, a woman; "Ibu Budi,
 *  Sumiyati," is Budi's mother, named in apposition, and marks nobody's sex. */
const KIN_OR_TITLE: ReadonlySet<string> = new Set(['ibu', 'bapak', 'kakek', 'nenek']);
/** Sex nouns never read in apposition after a name: "pak"/"bu" are terms of address, only
 *  ever before a name; "lelaki", "laki-laki", "gadis" and the female trade nouns
 *  ("mahasiswi", "siswi", "karyawati") were left out when the apposed marks were written
 *  (anaphor48): adding them changes which person a described quote goes to, a change to
 *  measure on its own. */
const NOT_APPOSED: ReadonlySet<string> = new Set(['pak', 'bu', 'lelaki', 'laki-laki', 'gadis', 'mahasiswi', 'siswi', 'karyawati']);
/** Nouns in apposition after a name that mark its sex ("Siti, seorang ibu rumah tangga"). */
export const APPOSED_MARKS: readonly string[] = SEX_NOUNS.filter((w) => !NEVER_A_MARK.has(w) && !NOT_APPOSED.has(w));

/** The sex a description head says ("pria", "ibu"), or undefined. */
export function sexOfHead(head: string | undefined): Sex | undefined {
  if (head === undefined) return undefined;
  const sp = head.indexOf(' ');
  return sexOfNoun(sp < 0 ? head : head.slice(0, sp));
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
    // (a sentence's end as sentence-end.ts reads one: "ibu lulusan Universitas dr. Soetomo itu" reads on)
    if (c === 10 || (c === 44 && words.length > 0) || endsSentenceAt(text, k)) break;
    if (!isWordChar(c)) { k++; continue; }
    const s = k;
    while (k < text.length && (isWordChar(text.charCodeAt(k)) || (text.charCodeAt(k) === 45 && isWordChar(text.charCodeAt(k + 1))))) k++;
    words.push(text.slice(s, k).toLowerCase());
  }
  // words[0] is the cue ("kata"), words[1] the head.
  if (words.length < 3) return undefined;
  const sex = sexOfNoun(words[1]);
  if (sex === undefined) return undefined;
  for (let i = 2; i < words.length; i++) if (words[i] === 'itu' || words[i] === 'tersebut') return sex;
  return undefined;
}

/** The sex marks of one article's persons: each person's mentions are found in one pass
 *  and their marks read once, on first asking (a long live blog asks about many candidates
 *  for many described quotes). Valid while the mentions and their canonicals stay as they are. */
export class SexMarks {
  /** Per canonical, its marked mentions in order: [index, sex, index, sex, …]. */
  private readonly marks = new Map<string, (number | Sex)[]>();
  private byCanonical: Map<string, number[]> | undefined;
  constructor(private readonly text: string, private readonly mentions: readonly ActorMention[]) {}

  /** The sex the article marks `canonical` with at its mentions up to index `last`: a sex
   *  word right before the name (past a comma and "seorang"), or a sex noun in apposition
   *  after it; undefined when unmarked or marked both ways. */
  of(canonical: string, last: number): Sex | undefined {
    const marks = this.marksOf(canonical);
    let found: Sex | undefined;
    for (let i = 0; i < marks.length && (marks[i] as number) <= last; i += 2) {
      const s = marks[i + 1] as Sex;
      if (found !== undefined && found !== s) return undefined;
      found = s;
    }
    return found;
  }

  private marksOf(canonical: string): (number | Sex)[] {
    let marks = this.marks.get(canonical);
    if (marks !== undefined) return marks;
    if (this.byCanonical === undefined) {
      this.byCanonical = new Map();
      for (let k = 0; k < this.mentions.length; k++) {
        const c = this.mentions[k].canonical;
        const list = this.byCanonical.get(c);
        if (list === undefined) this.byCanonical.set(c, [k]); else list.push(k);
      }
    }
    marks = [];
    for (const k of this.byCanonical.get(canonical) ?? []) {
      const s = markBefore(this.text, this.mentions, k) ?? markAfter(this.text, this.mentions[k].end);
      if (s !== undefined) marks.push(k, s);
    }
    this.marks.set(canonical, marks);
    return marks;
  }
}

function markBefore(text: string, mentions: readonly ActorMention[], k: number): Sex | undefined {
  const start = mentions[k].start;
  let i = start;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 44)) i--;
  if (i === start) return undefined;
  const e = i;
  while (i > 0 && (isWordChar(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 45)) i--;
  const word = text.slice(i, e).toLowerCase();
  if (!MARKS_BEFORE.has(word) || (KIN_OR_TITLE.has(word) && nameApposedAfter(text, mentions, k))) return undefined;
  return sexOfNoun(word.endsWith('nya') ? word.slice(0, -3) : word);
}

/** A person's name follows mention k after a comma ("Ibu Budi, Sumiyati, …"). */
function nameApposedAfter(text: string, mentions: readonly ActorMention[], k: number): boolean {
  const end = mentions[k].end;
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return false;
  for (let n = k + 1; n < mentions.length && mentions[n].start <= end + 2; n++) if (mentions[n].start === end + 2 && mentions[n].type === 'PER') return true;
  return false;
}

function markAfter(text: string, end: number): Sex | undefined {
  for (const noun of APPOSED_MARKS) if (apposedAs(text, end, noun)) return sexOfNoun(noun);
  return undefined;
}

/** `who`, unless a description saying `sex` names them and the article marks them the other
 *  sex (`marks`): then the nearest person before mention `last` (at most REACH characters
 *  back, each allowed by `isPerson`) not so marked; `who` when there is none. */
const REACH = 3000;
export function agreeingInSex(marks: SexMarks, mentions: readonly ActorMention[], isPerson: (k: number) => boolean, who: ActorMention,
  sex: Sex | undefined, last: number): ActorMention {
  if (sex === undefined || last < 0) return who;
  const other = (s: Sex | undefined): boolean => s !== undefined && s !== sex;
  if (!other(marks.of(who.canonical, last))) return who;
  const floor = mentions[last].start - REACH;
  for (let k = last; k >= 0 && mentions[k].start >= floor; k--) {
    if (!isPerson(k) || mentions[k].canonical === who.canonical) continue;
    if (!other(marks.of(mentions[k].canonical, last))) return mentions[k];
  }
  return who;
}
