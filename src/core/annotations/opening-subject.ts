/**
 * The actor who opens the sentence holding a selection, when the selection comes after
 * them: "Gubernur Ridwan Kamil yakin [banjir tidak akan terulang]". The selected words are
 * then that subject's complement (what they believe, promise or do), so the claimant step
 * keeps the subject rather than the outlet's own voice (default-actor.ts). The sentence
 * opens with the actor when every word from its start (past a connective: "Sementara
 * itu,") to the name's end is capitalised, commas allowed: a title ("Menteri Keuangan",
 * "Wali Kota Surabaya", "Kepala BMKG") and the name, or an apposition ("Direktur X,
 * Hendra,"). The last actor of that run is the subject: the name, not the place in the
 * title. "Petani di Karawang …" opens with no actor. Reads the sentence's first words
 * only: pure, no I/O.
 */
import { connectiveEnd } from '../recognize/definite-subject';
import { sentenceStartBefore } from '../recognize/sentence-end';
import type { ActorMention } from '../recognize/types';
import { isDigit, isSpace, isUpper, wordAfter } from '../text/chars';

/** At most this many words in the opening run ("Kepala Pelaksana BPBD Kabupaten Sumedang
 *  Budi Santoso" is seven): an all-capitals paragraph is read no further. */
const MAX_RUN_WORDS = 12;

export function openingSubject(text: string, start: number, actors: readonly ActorMention[]): ActorMention | undefined {
  let paragraphStart = start;
  while (paragraphStart > 0 && text[paragraphStart - 1] !== '\n') paragraphStart--;
  let from = sentenceStartBefore(text, start, paragraphStart);
  const connective = connectiveEnd(text, from);
  if (connective >= 0) from = connective;
  const runEnd = capitalisedRunEnd(text, from);
  // The selection begins inside the run (at the subject or its title): not after it.
  if (runEnd > start) return undefined;
  let subject: ActorMention | undefined;
  for (const m of actors) {
    if (m.start >= from && m.end <= runEnd && (!subject || m.start > subject.start)) subject = m;
  }
  return subject;
}

/** End of the run of capitalised words (or numbers) from `from`, commas between them
 *  allowed; `from` when the first word is not capitalised. */
function capitalisedRunEnd(text: string, from: number): number {
  let end = from;
  let k = from;
  for (let n = 0; n < MAX_RUN_WORDS; n++) {
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    if (text.charCodeAt(k) === 44) { k++; continue; }
    const w = wordAfter(text, k);
    if (!w) break;
    const c = text.charCodeAt(w.start);
    if (!isUpper(c) && !isDigit(c)) break;
    end = k = w.end;
  }
  return end;
}
