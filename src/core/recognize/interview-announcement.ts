// Interviews whose lead names the interviewee without an interview verb and then announces
// the transcript:
//   Tribun menemui Kepala Puskesmas …, dr. Hendra …, di ruang kerjanya. Berikut petikannya.
//   Ketua KONI …, Budiman …, memberikan keterangan kepada Jambi Ekspres. Berikut petikan wawancaranya.
//   Berapa bidan yang dibutuhkan?      (the interviewer's question, unquoted or labelled)
//   "Minimal tiga. …"                  (the interviewee's answer)
// The announcement ("Berikut petikannya", "petikan wawancara") says the turns below are one
// person's interview; that person is the one the announcing paragraph names last before it,
// a journalist aside (the outlet's reporter is the one asking). Only when no interview verb
// names the interviewee (interview-turns.ts reads those first). (speakers51: the answers of
// such interviews went to nobody, or to an official quoted between the turns.)
import { JOURNALIST_TITLES } from './lexicon';
import { TRANSCRIPT_RE } from './interview-pronoun';
import type { ActorMention } from './types';

/** A journalist's word before a name, with the outlet's capitalised words and a comma
 *  between ("wartawan Tribun, Rina", "jurnalis Rina"): text right before the mention. */
const JOURNALIST_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${JOURNALIST_TITLES.join('|')})(?: \\p{Lu}[\\p{L}\\p{N}.-]*){0,3},? $`, 'iu');

/** The person the paragraph announcing a transcript in text[from, to) (or the paragraph
 *  before, when the announcement opens its own) names last before the announcement, not introduced as a journalist, among `mentions` (text order, from index
 *  `k0`) of which `isPerson(k)` holds; else null. With several announcements, the last. */
export function announcedInterviewee(text: string, from: number, to: number, mentions: readonly ActorMention[], k0: number,
  isPerson: (k: number) => boolean): ActorMention | null {
  const part = text.slice(from, to);
  let at = -1;
  for (let m = TRANSCRIPT_GLOBAL_RE.exec(part); m !== null; m = TRANSCRIPT_GLOBAL_RE.exec(part)) at = from + m.index;
  TRANSCRIPT_GLOBAL_RE.lastIndex = 0;
  if (at < 0) return null;
  let paragraph = Math.max(from, text.lastIndexOf('\n', at) + 1);
  // ("…, di kantornya." / "Berikut petikan wawancaranya:": an announcement on a line of its
  // own announces the paragraph before; a blank line between paragraphs is stepped over whole)
  if (text.slice(paragraph, at).trim() === '' && paragraph > from) {
    let end = paragraph - 1;
    while (end > from && /\s/u.test(text[end - 1])) end--;
    paragraph = Math.max(from, text.lastIndexOf('\n', end - 1) + 1);
  }
  let named: ActorMention | null = null;
  for (let k = k0; k < mentions.length && mentions[k].start < at; k++) {
    const m = mentions[k];
    if (m.start < paragraph || !isPerson(k)) continue;
    if (!JOURNALIST_BEFORE_RE.test(text.slice(Math.max(paragraph, m.start - 40), m.start))) named = m;
  }
  return named;
}
const TRANSCRIPT_GLOBAL_RE = new RegExp(TRANSCRIPT_RE.source, 'giu');

/** How far into the article an exchange may begin for its lead to name the interviewee
 *  alone: a headline, a lede and a paragraph or two. */
export const SOLE_LEAD_REACH = 2000;

/** A colon before a name on its line ("Reporter: Nadia …", "Tanya: Apa kata Bupati Andi?"). */
const CREDIT_BEFORE_RE = /:[^\n]*$/u;

/** "Wawancara Kepala Desa …: …" / "Kepala Desa …, Samsul …, baru tiga bulan menjabat." /
 *  "Apa yang pertama Anda lakukan?" / "“Saya audit …”": an interview whose lead names one
 *  person only, and no verb or announcement says who is interviewed, is that person's: the
 *  one person of text[0, to) (`to` at most SOLE_LEAD_REACH), journalists and credits aside,
 *  among `mentions` (text order) of which `isPerson(k)` holds; null when it names nobody or
 *  two people. */
export function soleLeadPerson(text: string, to: number, mentions: readonly ActorMention[], isPerson: (k: number) => boolean): ActorMention | null {
  if (to > SOLE_LEAD_REACH) return null;
  let sole: ActorMention | null = null;
  for (let k = 0; k < mentions.length && mentions[k].start < to; k++) {
    const m = mentions[k];
    if (!isPerson(k)) continue;
    const line = Math.max(0, text.lastIndexOf('\n', m.start) + 1);
    const before = text.slice(Math.max(line, m.start - 40), m.start);
    // (a name after a colon on its line is a credit's, or one a question or a headline's
    // statement brings up: "Tanya: Apa kata Bupati Andi?")
    if (JOURNALIST_BEFORE_RE.test(before) || CREDIT_BEFORE_RE.test(text.slice(line, m.start))) continue;
    if (sole !== null && sole.canonical !== m.canonical) return null;
    sole ??= m;
  }
  return sole;
}
