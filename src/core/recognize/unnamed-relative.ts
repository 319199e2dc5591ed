// "“Dia pamit main bola,” kata ayahnya." / "…, ujar tetangganya.": a relative or neighbour of
// somebody the article named, given no name, speaks as an unnamed source (like "kata seorang
// warga"): the quote has no named speaker. The link pass gave it to the person the sentence
// before was about, the boy who drowned (speakers44). A name in apposition ("kata ayahnya,
// Suparman") is read before this (attribution.ts).
import { LowerWordSet } from '../text/lower-word-set';
import { KINSHIP_NOUNS } from './lexicon';

/** Nouns for a relation to a person: kinship (lexicon), and the household and neighbours. */
const RELATIVES = new LowerWordSet([...KINSHIP_NOUNS, 'ibu', 'bapak', 'anak', 'cucu', 'sepupu', 'mertua', 'keponakan', 'kerabat', 'keluarga', 'tetangga']);

/** The word p[start, end) is a relation with "-nya" ("ayahnya", "tetangganya"). */
export function unnamedRelativeAt(p: string, start: number, end: number): boolean {
  return end - start > 5 && p.startsWith('nya', end - 3) && RELATIVES.hasAt(p, start, end - 3);
}
