// A paragraph of narration that introduces a person as its subject, then a paragraph that is
// only a quote with no cue: the quote is that person's. Live blogs and reports built of short
// entries do this ("13.50 WIB" / "Kepala regu SAR Cianjur, Andreas Situmorang, mengarahkan
// pencarian bersama warga." / "“Sungainya masih meluap …”"), and so do hearings ("Wakil Ketua
// Komisi IV …, yang memimpin rapat, langsung menyela." without a reporting verb the reader
// needs). Read only when nothing else gave the quote a speaker: no cue, no quote or speaker
// just before to continue (issue 13: such quotes had no speaker at all).

import { endsSentenceAt, sentenceStartBefore } from './sentence-end';
import { OBJECT_PREPOSITIONS } from './adjunct-words';
import { ORG_HEADS, PERSON_NOUN_WORDS, SEX_AGE_NOUNS, TITLE_HEADS } from './lexicon';

/** How far into its sentence the subject's name may start ("Koordinator pos SAR Garut, "). */
const SUBJECT_REACH = 120;

/** Words before the name that make it no subject: a pronoun subject, an object or an
 *  adjunct ("kepada X", "bersama X", "Menurut X", "di depan X"). */
const NOT_THE_SUBJECT = /(?:^|[^\p{L}])(?:ia|dia|beliau|kepada|didampingi|oleh|dengan|bersama|terhadap|untuk|bagi|menemui|mengunjungi|menurut|dari|di|ke)(?![\p{L}])/iu;

/** A lower-case word with a verb's prefix before the name ("Petugas Dinas Sosial menjemput
 *  Siti …", "Warga mengevakuasi …", "… dibawa …"): the sentence's subject came before it and
 *  the name is its object. */
const VERB_LIKE = /(?<![\p{L}])(?:me|ber|di|ter)\p{Ll}{3,}/gu;

/** A verb stands in `before`: a word shaped like one that is no title, body or role word
 *  ("menteri", "direktur", "dinas", "terdakwa" are the words a subject's title is made of). */
function verbBefore(before: string): boolean {
  for (const m of before.matchAll(VERB_LIKE)) {
    const w = m[0];
    if (!TITLE_HEADS.has(w) && !ORG_HEADS.has(w) && !PERSON_NOUN_WORDS.hasAt(w, 0, w.length)) return true;
  }
  return false;
}

/** Where the last sentence of [paraStart, paraEnd) starts. */
export function lastSentenceStart(text: string, paraStart: number, paraEnd: number): number {
  let e = paraEnd;
  while (e > paraStart && text.charCodeAt(e - 1) <= 32) e--;
  // (the paragraph's own final mark left out: the sentence it ends is the one looked for)
  return e > paraStart ? sentenceStartBefore(text, e - 1, paraStart) : paraStart;
}

/** The index of the person who is the subject of the last sentence of the paragraph
 *  [paraStart, paraEnd) among mention indices [from, to): the first person of that sentence,
 *  named within its first words with nothing before it that makes it an object; -1 when
 *  there is none. */
export function narrationSubject(text: string, paraStart: number, paraEnd: number, starts: (k: number) => number, from: number, to: number,
  isPerson: (k: number) => boolean): number {
  const sentence = lastSentenceStart(text, paraStart, paraEnd);
  for (let k = from; k < to; k++) {
    const start = starts(k);
    if (start < sentence) continue;
    if (start - sentence > SUBJECT_REACH) return -1;
    if (!isPerson(k)) continue;
    const before = text.slice(sentence, start);
    return NOT_THE_SUBJECT.test(before) || verbBefore(before) ? -1 : k;
  }
  return -1;
}

/** Prepositions that make the person after them the clause's object or beneficiary
 *  (adjunct-words.ts OBJECT_PREPOSITIONS, and "untuk"). Not a passive's agent ("Salah satu
 *  kasus dialami Yosafat …", "diunggah akun milik X"), nor "bernama X" or "Menurut X": those
 *  introduce the person the paragraph is about. */
const OBJECT_PREPOSITION = new RegExp(`(?<![\\p{L}])(?:${[...OBJECT_PREPOSITIONS, 'untuk'].join('|')})(?![\\p{L}])`, 'iu');
/** The same preposition opening the words before the name ("Bagi ", "Untuk Bupati Garut "). */
const OPENING_PREPOSITION = new RegExp(`^\\s*(?:${[...OBJECT_PREPOSITIONS, 'untuk'].join('|')})\\s`, 'iu');
/** How far after the name's start the comma closing a fronted topic may come. */
const TOPIC_REACH = 60;

/** The person named at `start` is the object of a preposition in its clause, not its
 *  subject: the words of the clause before the name (from the sentence start at `sentence`,
 *  or from the last comma before the name, past a fronted adjunct such as "Saat meninjau
 *  lokasi,") hold "dari", "kepada", "untuk" ("Tahun lalu, dinas itu menerima bantuan dari
 *  Gubernur X."). Such a person opens no turn: the quote after the paragraph goes on with
 *  the speaker before (link.ts; issue 13, convo48). A preposition opening the sentence with
 *  a comma right after the name fronts the sentence's topic, no object ("Bagi Marselino,
 *  laga ini menjadi pembuktian."): the person the paragraph is about. */
export function namedAsObject(text: string, sentence: number, start: number): boolean {
  const comma = lastCommaFrom(text, sentence, start);
  let before = text.slice(comma >= sentence ? comma + 1 : sentence, start);
  const opening = comma < sentence ? OPENING_PREPOSITION.exec(before) : null;
  if (opening !== null && frontedTopicEnds(text, start)) before = before.slice(opening[0].length);
  return OBJECT_PREPOSITION.test(before);
}

/** The last comma in [sentence, start), or -1: searched back no further than the sentence's
 *  start (lastIndexOf walked back to the previous comma anywhere in the text: a long text
 *  without commas made every call read all of it before). */
function lastCommaFrom(text: string, sentence: number, start: number): number {
  for (let i = start - 1; i >= sentence; i--) if (text.charCodeAt(i) === 44) return i;
  return -1;
}

/** A comma closes the phrase of the name starting at `start` within TOPIC_REACH, before the
 *  sentence (as sentence-end.ts reads its end: "Bagi Ratna S. Dewi," reads on) or line ends. */
function frontedTopicEnds(text: string, start: number): boolean {
  for (let i = start; i < text.length && i - start <= TOPIC_REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) return true;
    if (c === 10 || endsSentenceAt(text, i)) return false;
  }
  return false;
}

/** A definite description of a person opening the clause: a lower-case head, up to five more
 *  words, then "itu" / "tersebut", then a lower-case word (the verb): "atlet termuda di final
 *  itu melesat …", "pria berkacamata itu menunjuk …". */
const DESCRIPTION_SUBJECT = /^(\p{Ll}+)(?: [\p{L}\p{N}-]+){0,5} (?:itu|tersebut) \p{Ll}/u;

/** The index of the person a description subject of the paragraph's last sentence points
 *  back to: "Final speed putri: Muga meraih emas …. Sambil memeluk bendera, atlet termuda di
 *  final itu melesat ke arah keluarganya." / "“…”". Indonesian news varies the subject of a
 *  paragraph with an epithet ("atlet itu", "pria 40 tahun tersebut"); the one meant is the
 *  subject of the paragraph's first sentence, so the uncued quote after it is theirs. The
 *  last sentence's clause (after a fronted adjunct's comma) must open with such a description
 *  whose head is a noun for a person (a title, a role or trade, a sex or age noun), and the
 *  first sentence must have a person for subject (narrationSubject's test); else -1.
 *  (fresh48s: dev d353, a live blog's winner's cry had no speaker.) */
export function describedNarrationSubject(text: string, paraStart: number, paraEnd: number, starts: (k: number) => number, from: number, to: number,
  isPerson: (k: number) => boolean): number {
  const sentence = lastSentenceStart(text, paraStart, paraEnd);
  if (sentence <= paraStart) return -1;
  const comma = text.lastIndexOf(', ', paraEnd);
  const clause = comma >= sentence ? comma + 2 : sentence;
  const m = DESCRIPTION_SUBJECT.exec(text.slice(clause, Math.min(paraEnd, clause + 120)));
  if (m === null) return -1;
  const head = m[1];
  if (!TITLE_HEADS.has(head) && !SEX_AGE_NOUNS.has(head) && !PERSON_NOUN_WORDS.hasAt(head, 0, head.length)) return -1;
  // (no person named in the last sentence before the description: "…, Agus, atlet itu …")
  for (let k = from; k < to; k++) if (starts(k) >= sentence && starts(k) < clause + m[0].length && isPerson(k)) return -1;
  const first = firstSentenceEnd(text, paraStart, sentence);
  return narrationSubject(text, paraStart, first, starts, from, to, isPerson);
}

/** Where the paragraph's first sentence ends (its final mark included), at most `limit`. */
function firstSentenceEnd(text: string, paraStart: number, limit: number): number {
  let e = limit;
  while (e > paraStart && text.charCodeAt(e - 1) <= 32) e--;
  let s = lastSentenceStart(text, paraStart, e);
  while (s > paraStart) {
    e = s;
    while (e > paraStart && text.charCodeAt(e - 1) <= 32) e--;
    s = lastSentenceStart(text, paraStart, e);
  }
  return e;
}
