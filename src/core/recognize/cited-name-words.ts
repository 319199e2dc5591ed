// Words that present a quoted term as a name, a title or a phrase, not as speech: "slogan
// "Sleman Maju Bersama"", "bertajuk "Hujan di Bulan Juni"", a headline's "Film Terbaru Joko
// Anwar: "Pengepungan di Bukit Duri"". One owner for the quote rules that ask (attribution.ts
// citedAsWord, headline-colon-quote.ts).
import { LowerWordSet } from '../text/lower-word-set';

/** Words right before a quoted term that cite it as a word or a name, not as speech. */
export const CITATION_WORDS = new LowerWordSet([
  'istilah', 'disebut', 'disebutnya', 'dijuluki', 'julukan', 'bernama', 'berjudul', 'bertajuk', 'sebutan',
  'slogan', 'tagar', 'frasa', 'semboyan', 'judul', 'tema', 'label', 'kode', 'sandi', 'dinamai', 'dinamakan',
  'menamai', 'menamakan', 'nama', 'moto', 'motto', 'jargon', 'kata-kata', 'bertema', 'akronim', 'singkatan',
]);

/** Nouns for a work, whose title is quoted after them ("Lagu Baru Raisa: "…"", "Sinopsis Drama
 *  Korea: "…""): a label naming a work announces its title, not a speaker's words. */
export const WORK_NOUNS = new LowerWordSet([
  'film', 'lagu', 'album', 'single', 'buku', 'novel', 'sinopsis', 'drama', 'serial', 'sinetron', 'puisi', 'lakon',
  'komik', 'klip', 'trailer', 'episode', 'tagline',
]);
