// "Polisi menangkap Budi Santoso di rumah kosnya. / Ia mengatakan …": Indonesian puts the
// subject first, so a person named after an active transitive verb of the main clause
// ("menangkap", "memeriksa", "menemui") is its object, not the one the sentence is about,
// even when no earlier actor stands before the verb (a common noun subject: "Polisi",
// "Tim gabungan", "Jaksa"). A following "ia" / "katanya" points back to the last person who
// was a subject, never to such an object (the annotation spec's anaphora convention).
// Not so when the verb sits in a relative clause before the subject ("Warga yang
// mengeluhkan banjir, Sumarni, mengatakan …") or in a fronted adjunct (the caller reads
// those with fronted-adjunct.ts).
import { isWordChar } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';

/** Lower-case words with the shape of a meN- verb that are no verb: nouns ("menteri",
 *  "menantu", "mendiang"), pronouns and adverbs, and prepositions built on a verb
 *  ("menurut", "mengenai", "menjelang", "melalui", "menuju"), after which a name is still
 *  the sentence's topic or a speaker by its cue. */
const NOT_VERBS = new LowerWordSet([
  'menteri', 'menantu', 'mendiang', 'mempelai', 'mereka', 'memang', 'meski', 'meskipun', 'melainkan',
  'menurut', 'mengenai', 'menjelang', 'melalui', 'menuju', 'menyusul', 'mewakili',
  'menjadi', 'merupakan', 'meliputi', 'mencakup',
  // Verbs that present someone who speaks next ("Seminar itu menghadirkan Menteri X sebagai
  // pembicara. Ia mengatakan …", "Moderator mempersilakan X berbicara. “…”": the one presented
  // is the topic the pronoun or the next quote points to).
  'menghadirkan', 'mengundang', 'menampilkan', 'memperkenalkan', 'melantik', 'menunjuk', 'mengangkat', 'menobatkan',
  'mewawancarai', 'menghubungi', 'mengonfirmasi', 'mempersilakan', 'memanggil',
]);

/** The nasal prefixes of an active verb: mem-, men-, meng-, meny-, and me- before l, r, w,
 *  y, n, m ("melapor", "merebut", "mewawancarai", "menanti", "meminta"). */
function meVerbShape(p: string, start: number, end: number): boolean {
  if (end - start < 6) return false;
  if (p.charCodeAt(start) !== 109 || p.charCodeAt(start + 1) !== 101) return false; // "me"
  const c = p.charCodeAt(start + 2);
  return c === 108 || c === 114 || c === 119 || c === 121 || c === 110 || c === 109;
}

/** A lower-case meN- verb of the main clause stands in p[from, to), before a name at `to`:
 *  that name is the verb's object (or inside it), no subject of the sentence. A "yang"
 *  before the verb makes it a relative clause of the subject: false. */
export function objectOfVerbBefore(p: string, from: number, to: number): boolean {
  let k = from;
  while (k < to) {
    while (k < to && !isWordChar(p.charCodeAt(k))) k++;
    const s = k;
    while (k < to && isWordChar(p.charCodeAt(k))) k++;
    if (s === k) break;
    const c = p.charCodeAt(s);
    if (c === 121 && k - s === 4 && p.startsWith('yang', s)) return false;
    if (c === 109 && meVerbShape(p, s, k) && !NOT_VERBS.hasAt(p, s, k)) return true;
  }
  return false;
}
