// "Soal kartu merah Reza, pelatih berumur 61 tahun itu tidak mau menuding pengadil. “…,”
// ujarnya.": a sentence may open with its topic, a phrase headed by "soal", "terkait",
// "mengenai", "tentang" … closed by a comma; the subject comes after the comma. A name inside
// the topic is what is talked about (here whose red card), never who talks: it opens no turn,
// so a following "ujarnya" is the subject's (the described coach), not the player's.
// Unlike "Bagi Marselino, laga ini …" (narration-subject.ts namedAsObject), where the fronted
// person is whom the paragraph is about, a topic word names a matter.
import { isSpace, wordAfter } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';
import { endsSentenceAt } from './sentence-end';
import { SPEECH_VERB_WORDS } from './lexicon';

/** Words that head a fronted topic ("Soal …,", "Terkait …,", "Mengenai …,"). */
const TOPIC_WORDS = new LowerWordSet(['soal', 'terkait', 'mengenai', 'tentang', 'perihal', 'menyangkut', 'seputar']);

/** Most characters from the topic word to its comma ("Terkait laporan pelanggaran kode etik
 *  oleh Ketua KPU Kabupaten Maluku Tengah, "). */
const MAX_TOPIC = 90;

/** The comma closing a topic that opens the sentence at `at` ("Soal kartu merah Reza, …"),
 *  or -1 when the sentence opens otherwise or no comma closes the phrase in the sentence. */
export function frontedTopicComma(p: string, at: number): number {
  let k = at;
  while (k < p.length && isSpace(p.charCodeAt(k))) k++;
  const w = wordAfter(p, k);
  if (w === null || w.start !== k || !TOPIC_WORDS.hasAt(p, w.start, w.end)) return -1;
  const limit = Math.min(p.length, w.end + MAX_TOPIC);
  for (let c = w.end; c < limit; c++) {
    const ch = p.charCodeAt(c);
    if (ch === 44) return c;
    // ("Terkait laporan itu Budi mengatakan, …": a reporting verb before the comma makes the
    // words a clause, its subject inside, no topic)
    if (ch === 32) {
      const next = wordAfter(p, c + 1);
      if (next !== null && SPEECH_VERB_WORDS.hasAt(p, next.start, next.end)) return -1;
    }
    // (a quotation mark or a line break first: no fronted topic)
    if (ch === 10 || ch === 34 || ch === 0x201c || ch === 0x201d || endsSentenceAt(p, c)) return -1;
  }
  return -1;
}

/** Where the subject starts after a topic opening the sentence at `at` (after the comma and
 *  its blank), else -1 (definite-subject.ts reads a description there). */
export function frontedTopicEnd(p: string, at: number): number {
  const comma = frontedTopicComma(p, at);
  return comma >= 0 && p.charCodeAt(comma + 1) === 32 ? comma + 2 : -1;
}

/** The name starting at `start`, in the sentence starting at `sentence`, stands inside a
 *  topic fronted before the sentence's comma ("Soal kartu merah Reza, …"). */
export function insideFrontedTopic(p: string, sentence: number, start: number): boolean {
  return frontedTopicComma(p, sentence) > start;
}
