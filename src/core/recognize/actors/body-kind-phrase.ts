// "Federasi dayung internasional, Rowing Pacifica, menunda …", "pengelola bandara milik
// daerah, Angkasa Timur, membuka …", "Perusahaan rintisan pengelola gudang dingin, Dinginin, …":
// a lower-case noun phrase headed by a kind of body (a federation, a group, a company) and
// the unknown name apposed to it name one body: the name is that body's, whatever the name
// model reads in it (dev d51, d236, d320 typed such names PER). The mirror of a
// person's role in apposition ("Seorang pengungsi, Suwarni, …"). Only where the kind noun
// opens its phrase: after a role it names the role's body ("Ketua kelompok tani, Paiman, …",
// "kuasa hukum perusahaan, Melinda, …": the name is the holder's); nor across a sentence.
import { isWordCharAt } from '../../kb/surface';
import { LowerWordSet } from '../../text/lower-word-set';
import { DEMONSTRATIVE_WORDS, ORG_CUES, PREFIXED_NOT_VERB_WORDS } from '../lexicon';

/** Nouns for a kind of body that head a phrase a body's name is apposed to: the lexicon's
 *  organisation cues but "operator" (also a trade: "operator crane, Kusnadi, …") and the
 *  lower-case uses of group and association heads. */
export const BODY_KIND_WORDS = new LowerWordSet([...[...ORG_CUES].filter((w) => w !== 'operator'),
  'kelompok', 'federasi', 'grup', 'lembaga', 'organisasi', 'asosiasi', 'komunitas', 'band', 'yayasan', 'serikat', 'firma', 'koperasi',
  'aliansi', 'konsorsium']);
/** How many lower-case words the phrase may have after its kind noun ("rintisan penyedia
 *  aplikasi kasir digital"). */
const MAX_PHRASE_WORDS = 6;

/** The name starting at `start` follows ", " after a phrase headed by a kind of body. */
export function bodyKindPhraseBefore(p: string, start: number): boolean {
  if (p.charCodeAt(start - 1) !== 32 || p.charCodeAt(start - 2) !== 44) return false;
  // (the end of the word before, walking back one word at a time)
  let end = start - 2;
  for (let n = 0; n <= MAX_PHRASE_WORDS; n++) {
    let s = end;
    while (s > 0 && isWordCharAt(p, s - 1)) s--;
    if (s === end) return false;
    const c = p.charCodeAt(s);
    const capital = c >= 65 && c <= 90;
    if (BODY_KIND_WORDS.hasAt(p, s, end)) return opensPhrase(p, s);
    if (closesClauseBack(p, s, end)) return false;
    // ("grup musik asal Jakarta, Langit Fajar": a place of origin inside the phrase)
    if (capital) {
      if (s < 6 || !p.startsWith('asal ', s - 5)) return false;
      s -= 5;
    }
    if (s < 2 || p.charCodeAt(s - 1) !== 32) return false;
    end = s - 1;
  }
  return false;
}

/** Words the walk back from the name never passes (review of session 55: "Perusahaan itu
 *  memecat karyawannya, Budi Santoso, …", "Yayasan itu memberi bantuan kepada warga, Sumarni,
 *  …": the kind noun is a subject further back, the name apposed to another noun, a person):
 *  a demonstrative or a word with -nya (the phrase ended there), a verb (a clause, not a noun
 *  phrase) and "dan" (another conjunct). */
function closesClauseBack(p: string, s: number, e: number): boolean {
  if (DEMONSTRATIVE_WORDS.hasAt(p, s, e) || CONJUNCTIONS.hasAt(p, s, e)) return true;
  if (e - s > 4 && p.startsWith('nya', e - 3)) return true;
  return verbShaped(p, s, e);
}

const CONJUNCTIONS = new LowerWordSet(['dan', 'serta']);
/** Nouns and adjectives spelt like a verb with its prefix that describe a kind of body
 *  ("kelompok bersenjata", "gudang dingin", "kasir digital", "usaha menengah"). */
const PREFIXED_BODY_ADJECTIVES = new LowerWordSet(['bersenjata', 'berbadan', 'bermotor', 'berat', 'beras', 'bersih', 'dingin', 'digital', 'dini',
  'diesel', 'dirgantara', 'menengah', 'merah', 'mewah', 'megah']);

/** A lower-case word with a verb's prefix (me-, ber-, di-) and a stem after it. */
function verbShaped(p: string, s: number, e: number): boolean {
  if (e - s < 5) return false;
  const prefixed = p.startsWith('me', s) || p.startsWith('di', s) || p.startsWith('ber', s);
  return prefixed && !PREFIXED_NOT_VERB_WORDS.hasAt(p, s, e) && !PREFIXED_BODY_ADJECTIVES.hasAt(p, s, e);
}

/** Words after which a noun opens a phrase of its own ("sementara operator …", "yakni
 *  perusahaan …"): no role before the kind noun that the name would hold. */
// (Not "dan", "serta": "Ketua kelompok tani dan koperasi, Sumarni, …", the role before the
// first conjunct is the name's too.)
const PHRASE_OPENERS = new LowerWordSet(['sementara', 'sedangkan', 'yakni', 'yaitu', 'oleh', 'bahwa', 'adalah', 'ialah',
  'termasuk', 'seperti', 'bersama', 'melalui', 'namun', 'tetapi']);

/** The kind noun at `at` opens its phrase: at the paragraph's or a sentence's start, after a
 *  dateline's dash, or after a conjunction or preposition that opens a noun phrase. Not after
 *  a role it would name the body of ("bendahara koperasi, X", "kuasa hukum perusahaan, X",
 *  "aktor muda kelompok itu, X", "di perusahaan itu, X": the name is a person's). */
function opensPhrase(p: string, at: number): boolean {
  if (at === 0) return true;
  if (p.charCodeAt(at - 1) !== 32) return false;
  const c = p.charCodeAt(at - 2);
  // (". ", "- ", "– ", "— ": a sentence's or a dateline's end)
  if (c === 46 || c === 45 || c === 0x2013 || c === 0x2014) return true;
  let s = at - 1;
  while (s > 0 && isWordCharAt(p, s - 1)) s--;
  return s < at - 1 && PHRASE_OPENERS.hasAt(p, s, at - 1);
}
