// "Kapolres menambahkan …", "Ketua DPRD memastikan …", "Bupati juga meminta …": once a
// news article has introduced an office holder by title and name ("Kapolres Lombok
// Tengah AKBP Bambang Domamo"), it goes on calling them by the bare title, capitalised
// and with no name, no "itu". Such a subject names nobody in its sentence; like a definite
// description (definite-subject.ts) it points back to the person the article named with
// those title words, which the link pass finds (described-person.ts). The whole title is
// the head ("ketua dprd"), so a faction chair ("Ketua Fraksi PDI Perjuangan DPRD Lumajang")
// is not taken for the council's chair.
import { isBlank, isUpper, wordAfter, wordEndFrom } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';
import { MAYOR_TITLE, MAYOR_TITLE_FIRST } from './actors/mayor-title';
import { connectiveEnd, type DefiniteSubject } from './definite-subject';
import { POLICE_CHIEF_TITLES, POLICE_DEPUTY_TITLES, REGIONAL_MILITARY_COMMAND_TITLES, SPEECH_VERB_WORDS, TITLE_WORDS } from './lexicon';
import { verbPastAdverbs } from './verb-adverbs';
import { firstStartingAt, type LocalMention } from './mention';
import { titleQualifierEnd } from './title-qualifier';

/** Offices one person holds in a story (a regent, a police chief, a council's chair), which
 *  the title alone can stand for. Not roles several people share in one article (pelatih,
 *  jaksa, hakim, anggota, pengamat). */
export const OFFICE_TITLE_WORDS = new LowerWordSet(`
  ${POLICE_CHIEF_TITLES} kabareskrim kajari kajati kasatreskrim kasat
  ${POLICE_DEPUTY_TITLES}
  dirreskrimum dirreskrimsus dirresnarkoba dirlantas kabidhumas kasatresnarkoba kasatlantas
  kadis kadinkes kadispar kadisdik kadishub kadinsos kalak ${REGIONAL_MILITARY_COMMAND_TITLES} pangdam danlanal danlantamal panglima
  presiden wapres gubernur wagub bupati wabup wali walikota wawali camat lurah kades sekda
  ketua kepala direktur dirut rektor dekan wakil`.trim().split(/\s+/));
/** Title words that are no office on their own: "Wakil" needs the office after it, "Wali"
 *  needs "Kota". */
const INCOMPLETE = new Set(['wakil', MAYOR_TITLE_FIRST]);

/** `word` (any case) is a title word that is no office on its own ("Wakil", "Wali"). */
export function incompleteTitle(word: string): boolean {
  return INCOMPLETE.has(word.toLowerCase());
}
const TITLE_WORD_SET = new LowerWordSet(TITLE_WORDS);
/** At most this many words in the title ("Kepala Pelaksana BPBD Kabupaten Sumedang"). */
const MAX_TITLE_WORDS = 6;

/** The bare title opening the sentence at `at` (after blanks and a connective) when a
 *  reporting verb follows it (past up to two adverbs): `head` is the title in lower case
 *  with single spaces; else null. A title with a person's name in it is no bare title. */
export function titleSubjectAt(p: string, at: number, mentions: readonly LocalMention[]): DefiniteSubject | null {
  let k = at;
  while (k < p.length && isBlank(p.charCodeAt(k))) k++;
  const afterConnective = connectiveEnd(p, k);
  if (afterConnective >= 0) k = afterConnective;
  // (The first word read in place: most sentences open with no office title, and a word
  // object per sentence was garbage.)
  const firstEnd = wordEndFrom(p, k);
  if (!isUpper(p.charCodeAt(k)) || !OFFICE_TITLE_WORDS.hasAt(p, k, firstEnd)) return null;
  const first = { start: k, end: firstEnd };
  const words = [p.slice(first.start, first.end).toLowerCase()];
  let last = first;
  let verb: { start: number; end: number } | null = null;
  for (let n = 0; n < MAX_TITLE_WORDS; n++) {
    const next = wordAfter(p, last.end);
    if (next === null || !singleSpace(p, last.end, next.start)) return null;
    if (!isUpper(p.charCodeAt(next.start)) && !TITLE_WORD_SET.hasAt(p, next.start, next.end)) {
      // ("Kepala Dinas Lingkungan Hidup setempat mengatakan": a qualifier, then the verb)
      const q = titleQualifierEnd(p, next.start);
      verb = q < 0 ? next : wordAfter(p, q);
      if (verb === null || (q >= 0 && !singleSpace(p, q, verb.start))) return null;
      break;
    }
    words.push(p.slice(next.start, next.end).toLowerCase());
    last = next;
  }
  if (verb === null || (words.length === 1 && INCOMPLETE.has(words[0]))) return null;
  verb = verbPastAdverbs(p, verb, true);
  if (verb === null) return null;
  if (!SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end)) return null;
  // (A title word opening the sentence may be read as a weak name; a real name is not bare.)
  if (namesSomeone(mentions, first, verb.start)) return null;
  return { start: first.start, verbStart: verb.start, head: words.join(' ') };
}

/** A person's mention lies in [title.start, to), other than a weak one or the title word
 *  itself read as a name ("ucap Kalak BPBD": "Kalak"). Looks only at the mentions from
 *  the title on (a binary search): a scan of the paragraph's mentions per sentence made a
 *  long paragraph quadratic. */
function namesSomeone(mentions: readonly LocalMention[], title: { start: number; end: number }, to: number): boolean {
  for (let i = firstStartingAt(mentions, title.start); i < mentions.length && mentions[i].start < to; i++) {
    const m = mentions[i];
    if (m.type !== 'PER' || m.end > to || m.source === 'weak') continue;
    if (m.start === title.start && m.end === title.end) continue;
    return true;
  }
  return false;
}

function singleSpace(p: string, from: number, to: number): boolean {
  return to === from + 1 && isBlank(p.charCodeAt(from));
}

/** "…,” kata Bupati.", "ujar Kalak BPBD": a bare office title right after a cue, read like
 *  one opening a sentence. `head` as titleSubjectAt's; null when the words from `from` (up
 *  to `limit`) are no bare title or hold a name. */
export function titleAfterCue(p: string, from: number, limit: number, mentions: readonly LocalMention[]): string | null {
  const first = wordAfter(p, from, limit);
  // (the title follows the cue directly: "kata Bupati", not "kata warga kepada Bupati")
  if (first === null || first.start > from + 1) return null;
  if (!isUpper(p.charCodeAt(first.start)) || !OFFICE_TITLE_WORDS.hasAt(p, first.start, first.end)) return null;
  const words = [p.slice(first.start, first.end).toLowerCase()];
  let last = first;
  for (let n = 0; n < MAX_TITLE_WORDS; n++) {
    const next = wordAfter(p, last.end, limit);
    if (next === null || !singleSpace(p, last.end, next.start)) break;
    if (!isUpper(p.charCodeAt(next.start)) && !TITLE_WORD_SET.hasAt(p, next.start, next.end)) break;
    words.push(p.slice(next.start, next.end).toLowerCase());
    last = next;
  }
  if (words.length === 1 && INCOMPLETE.has(words[0])) return null;
  // A name after the title is the speaker, not a bare title: "kata Ketua RT 05 Budi
  // Santoso" (anywhere in the cue's clause), "ujar Kepala Desa Sukamaju, Hendra Wijaya,
  // kepada wartawan" (in apposition right after the clause's comma).
  if (namesSomeone(mentions, first, limit)) return null;
  if (p.charCodeAt(limit) === 44) {
    const next = firstStartingAt(mentions, limit);
    if (next < mentions.length && mentions[next].start < limit + 3 && mentions[next].type === 'PER' && mentions[next].source !== 'weak') return null;
  }
  return words.join(' ');
}

/** Short titles and their long forms, for a head that finds nobody as written ("kalak
 *  bpbd" → "kepala pelaksana bpbd"), and for a headline's short title (headline-title-speaker.ts,
 *  "Dirut Pelni:" held by "Direktur Utama Pelni, …"). The one list of these expansions. */
const LONG_FORMS: ReadonlyMap<string, string> = new Map([
  ['kalak', 'kepala pelaksana'], ['kadis', 'kepala dinas'], ['kadinkes', 'kepala dinas kesehatan'],
  ['kadispar', 'kepala dinas pariwisata'], ['kadisdik', 'kepala dinas pendidikan'], ['kadishub', 'kepala dinas perhubungan'], ['kadinsos', 'kepala dinas sosial'], ['kades', 'kepala desa'], ['dirut', 'direktur utama'],
  ['sekda', 'sekretaris daerah'], ['wabup', 'wakil bupati'], ['wagub', 'wakil gubernur'], ['wawali', `wakil ${MAYOR_TITLE}`],
  ['walikota', MAYOR_TITLE], ['kajari', 'kepala kejaksaan negeri'], ['kajati', 'kepala kejaksaan tinggi'],
  ['kapolda', 'kepala kepolisian daerah'], ['kapolres', 'kepala kepolisian resor'], ['kapolsek', 'kepala kepolisian sektor'],
  ['dirreskrimum', 'direktur reserse kriminal umum'], ['dirreskrimsus', 'direktur reserse kriminal khusus'],
  ['dirreskrimsiber', 'direktur reserse kriminal siber'],
  ['dirresnarkoba', 'direktur reserse narkoba'], ['dirlantas', 'direktur lalu lintas'], ['kabidhumas', 'kepala bidang humas'],
  ['kasatreskrim', 'kepala satuan reserse kriminal'], ['kasatresnarkoba', 'kepala satuan reserse narkoba'], ['kasatlantas', 'kepala satuan lalu lintas'],
  ['kabag', 'kepala bagian'], ['ketum', 'ketua umum'], ['sekjen', 'sekretaris jenderal'], ['wamen', 'wakil menteri'],
]);

/** Descriptions news uses for an office instead of its title, whole: "kata Kepala Negara"
 *  after "Presiden Prabowo …" is the president (speakers44). */
const SAME_OFFICE: ReadonlyMap<string, string> = new Map([['kepala negara', 'presiden']]);

/** The first word of the long form of the short title `word` ("dirut" → "direktur"), else undefined. */
export function longFormHead(word: string): string | undefined {
  const long = LONG_FORMS.get(word);
  return long === undefined ? undefined : long.slice(0, long.indexOf(' '));
}

/** `head` with its first word, a short title, written out; undefined when it is none. */
export function longFormOf(head: string): string | undefined {
  const same = SAME_OFFICE.get(head);
  if (same !== undefined) return same;
  const sp = head.indexOf(' ');
  const long = LONG_FORMS.get(sp < 0 ? head : head.slice(0, sp));
  return long === undefined ? undefined : long + (sp < 0 ? '' : head.slice(sp));
}
