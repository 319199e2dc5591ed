/**
 * The actor who opens the sentence holding a selection, when the selection comes after
 * them: "Gubernur Ridwan Kamil yakin [banjir tidak akan terulang]". The selected words are
 * then that subject's complement (what they believe, promise or do), so the claimant step
 * keeps the subject rather than the outlet's own voice (default-actor.ts). The sentence
 * opens with the actor when every word from its start (past a connective: "Sementara
 * itu,") to the name's end is capitalised, commas allowed: a title ("Menteri Keuangan",
 * "Wali Kota Surabaya", "Kepala BMKG") and the name, or an apposition ("Direktur X,
 * Hendra,"). The last actor of that run is the subject: the name, not the place in the
 * title. "Petani di Karawang …" opens with no actor.
 *
 * The selection is the subject's complement only when the subject's predicate introduces
 * it: a clause verb or an attitude predicate (the recognizer's cue lists) after the run,
 * before the selection or as its first word, with no joined clause (clause-break.ts:
 * ", dan …", ", sementara …", "; …") from the run to the selection: "X yakin A, sementara
 * [B]", "Pertamina menurunkan harga solar, dan [antrean memendek]" and "X tiba di Medan,
 * sementara [harga naik]" are the writer's (review52b).
 * A dateline ("JAKARTA, KOMPAS.com - ", "Bandung (ANTARA) — ") opens no subject: the
 * sentence is read from past its dash. Reads the sentence's words up to the selection:
 * pure, no I/O.
 */
import { connectiveEnd } from '../recognize/definite-subject';
import { ATTITUDE_PREDICATE_WORDS, BAHWA_VERB_WORDS, CLAUSE_VERB_WORDS, REQUEST_VERB_WORDS } from '../recognize/reported/cues';
import type { ActorMention } from '../recognize/types';
import { isDigit, isSpace, isUpper, isWordChar, wordAfter } from '../text/chars';
import { opensJoinedClause } from './clause-break';

/** At most this many words in the opening run ("Kepala Pelaksana BPBD Kabupaten Sumedang
 *  Budi Santoso" is seven): an all-capitals paragraph is read no further. */
const MAX_RUN_WORDS = 12;

/** The predicates whose complement is a clause: reporting, "bahwa" and request verbs, and
 *  attitude predicates ("yakin", "optimistis", "menjamin"). */
export const CLAUSE_PREDICATES = [CLAUSE_VERB_WORDS, BAHWA_VERB_WORDS, REQUEST_VERB_WORDS, ATTITUDE_PREDICATE_WORDS];

/** What closes a dateline's run: an outlet's domain tail (".com"), a parenthesised outlet
 *  ("(ANTARA)"), then a spaced hyphen or a dash. */
const DATELINE_TAIL = /^(?:\.[\p{L}]+)*(?:\s*\([^)\n]{1,40}\))?(?:\s+-\s+|\s*[–—]\s*)/u;

/** `sentenceStart`: where the sentence holding `start` begins (narration.ts's
 *  selectionSentenceStart). */
export function openingSubject(text: string, start: number, sentenceStart: number, actors: readonly ActorMention[]): ActorMention | undefined {
  let from = sentenceStart;
  let runEnd = capitalisedRunEnd(text, from);
  const dateline = DATELINE_TAIL.exec(text.slice(runEnd, start));
  if (dateline) {
    from = runEnd + dateline[0].length;
    runEnd = capitalisedRunEnd(text, from);
  }
  const connective = connectiveEnd(text, from);
  if (connective >= 0) {
    from = connective;
    runEnd = capitalisedRunEnd(text, from);
  }
  // The selection begins inside the run (at the subject or its title): not after it.
  if (runEnd > start || !predicateIntroduces(text, runEnd, start)) return undefined;
  let subject: ActorMention | undefined;
  for (const m of actors) {
    if (m.start >= from && m.end <= runEnd && (!subject || m.start > subject.start)) subject = m;
  }
  return subject;
}

/** Whether a clause predicate stands between the run's end and the selection (or opens
 *  it) with no joined clause before the selection: "X yakin [A]", not "X yakin A, sementara
 *  [B]" nor "X tiba, dan [B]". Reads the words of that gap once. */
function predicateIntroduces(text: string, runEnd: number, start: number): boolean {
  let introduced = false;
  let k = runEnd;
  for (;;) {
    while (k < text.length && !isWordChar(text.charCodeAt(k))) k++;
    const w = wordAfter(text, k);
    if (!w || w.start > start) return introduced;
    if (opensJoinedClause(text, w.start, w.end, runEnd)) return false;
    if (CLAUSE_PREDICATES.some((set) => set.hasAt(text, w.start, w.end))) introduced = true;
    if (w.start >= start) return introduced;
    k = w.end;
  }
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
