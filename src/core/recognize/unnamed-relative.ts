// "“Dia pamit main bola,” kata ayahnya." / "…, ujar tetangganya.": a relative or neighbour of
// somebody the article named, given no name, speaks as an unnamed source (like "kata seorang
// warga"): the quote has no named speaker. The link pass gave it to the person the sentence
// before was about, the boy who drowned (speakers44). A name in apposition ("kata ayahnya,
// Suparman") is read before this (attribution.ts); a name the article gave the relation
// earlier ("Ibunya, Siti Aminah, menunggu …") is found by the link pass (namedRelative, from the
// article's introductions, introductions.ts).
import { LowerWordSet } from '../text/lower-word-set';
import { wordBefore } from '../text/chars';
import type { Introductions } from './introductions';
import type { ActorMention } from './types';
import { KINSHIP_NOUNS } from './lexicon';

/** Nouns for a relation to a person: kinship (lexicon), and the household and neighbours. */
const RELATIVES = new LowerWordSet([...KINSHIP_NOUNS, 'ibu', 'bapak', 'anak', 'cucu', 'sepupu', 'mertua', 'keponakan', 'kerabat', 'keluarga', 'tetangga']);

/** Nouns for a social tie to a person, besides the relatives: whose follower, fan, friend,
 *  colleague or supporter someone is. */
const TIES = new LowerWordSet(['pengikut', 'penggemar', 'teman', 'kawan', 'rekan', 'kolega', 'sahabat', 'pendukung', 'kenalan']);
/** The indefinites' last words ("seorang", "salah seorang", "salah satu"). */
const INDEFINITE_ENDS = new LowerWordSet(['seorang', 'satu']);

/** "Seorang pengikut Kirana yang … menulis …", "salah seorang tetangga Rudi mengatakan …": the
 *  name at `nameStart` follows an indefinite and a relation or tie noun, so it is whose
 *  follower or neighbour the unnamed source is, never the source (speakers46: a follower's
 *  comment went to the influencer). */
export function ownerOfUnnamedRelation(p: string, nameStart: number): boolean {
  const noun = wordBefore(p, nameStart, Math.max(0, nameStart - 40));
  if (noun === null || noun.end !== nameStart - 1 || !(TIES.hasAt(p, noun.start, noun.end) || RELATIVES.hasAt(p, noun.start, noun.end))) return false;
  const indefinite = wordBefore(p, noun.start, Math.max(0, noun.start - 12));
  return indefinite !== null && indefinite.end === noun.start - 1 && INDEFINITE_ENDS.hasAt(p, indefinite.start, indefinite.end);
}

/** The word p[start, end) is a relation with "-nya" ("ayahnya", "tetangganya"). */
export function unnamedRelativeAt(p: string, start: number, end: number): boolean {
  return end - start > 5 && p.startsWith('nya', end - 3) && RELATIVES.hasAt(p, start, end - 3);
}

/** The anaphor head attribution gives such a cue ("ibunya"): a relation noun with "-nya". */
export function isRelativeHead(head: string | undefined): head is string {
  return head !== undefined && unnamedRelativeAt(head, 0, head.length);
}

/** "Ibunya, Siti Aminah, menunggu …" / "… bersama ayahnya, Slamet Riyadi.": the person the
 *  article named in apposition to the same relation ("ibunya") before `last` (a mention
 *  index), the latest such; null when it never named one, so the relative stays nobody.
 *  The attribution pass reads one paragraph, the name often stands in an earlier one. */
export function namedRelative(introductions: Introductions, mentions: readonly ActorMention[], isPerson: (k: number) => boolean, head: string, last: number): ActorMention | null {
  const named = introductions.namedAfter(head);
  for (let i = named.length - 1; i >= 0; i--) {
    const k = named[i];
    if (k > last || !isPerson(k)) continue;
    return ownerChanged(mentions, isPerson, k, last) ? null : mentions[k];
  }
  return null;
}

/** "Korban pertama, Rudi (12), … Ibunya, Siti Aminah, … Korban kedua, Andi Pratama (10), …
 *  kata ibunya.": a person other than the one the relative at mention k belonged to (the
 *  person named last before it) is named between it and `last`; "ibunya" is then that
 *  other person's, whom the article never named. With no person before the relative, the
 *  owner is the one named after ("bersama ayahnya, Slamet Riyadi. Rudi …"). */
function ownerChanged(mentions: readonly ActorMention[], isPerson: (k: number) => boolean, k: number, last: number): boolean {
  let owner = k - 1;
  while (owner >= 0 && !isPerson(owner)) owner--;
  if (owner < 0) return false;
  const relative = mentions[k].canonical;
  const ownerName = mentions[owner].canonical;
  for (let j = k + 1; j <= last; j++) {
    if (isPerson(j) && mentions[j].canonical !== relative && mentions[j].canonical !== ownerName) return true;
  }
  return false;
}
