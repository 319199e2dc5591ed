// Questions nobody named asks at a press conference or a doorstop ("…?" tanya seorang
// wartawan. / "…," jawab diplomat karier tersebut. / "Bagaimana dengan …?" / "Kita
// sudah …"): the link pass keeps the floor with the one questioned, gives the uncued
// answers to them and the next uncued question to nobody (issue 13: answers to unnamed
// journalists lost their speaker, and "tanya seorang wartawan" cleared the floor as an
// unnamed source's statement does).
import { closesTurn, opensTurn } from './turns';
import { ASKING_PHRASES, ASKING_VERBS, JOURNALIST_TITLES } from './lexicon';
import { sentenceStartBefore } from './sentence-end';
import { bareAddressTerm } from './vocative-addressee';

/** How many paragraphs back the answerer's own quote may be when a description answers a
 *  question ("…?" asked by the judge / "…," kata perempuan … tersebut): one paragraph of
 *  the answerer's narration and the asker's introduction may stand between. */
export const ANSWER_REACH = 3;

/** How many paragraphs back the unnamed journalists' last question may be for a quote to
 *  be their next one (an answer over two paragraphs between). */
const ASKED_REACH = 3;

/** The quote [start, end) asks: a question mark before its closing mark. */
export function asksQuestion(text: string, end: number): boolean {
  return end >= 2 && text.charCodeAt(end - 2) === 63;
}

/** The quote [start, end) of paragraph `pi`, with no cue, answers the unnamed question
 *  just before it (`lastAskedUnnamed`, in this paragraph or the previous one): it opens a
 *  turn and asks nothing itself. */
export function answersUnnamed(text: string, start: number, end: number, lastAskedUnnamed: boolean, lastQuotePara: number, pi: number): boolean {
  return lastAskedUnnamed && lastQuotePara >= pi - 1 && !asksQuestion(text, end) && opensTurn(text, start);
}

/** The quote [start, end) of paragraph `pi`, with no cue, is the next question of the
 *  unnamed journalists who asked at `unnamedAskPara` (within three paragraphs), right
 *  after the answer in the previous paragraph: a line of dialogue that asks. */
export function asksUnnamedAgain(text: string, start: number, end: number, lastAskedUnnamed: boolean, lastQuotePara: number, unnamedAskPara: number, pi: number): boolean {
  return !lastAskedUnnamed && unnamedAskPara >= pi - ASKED_REACH && lastQuotePara === pi - 1 && asksQuestion(text, end) &&
    opensTurn(text, start) && closesTurn(text, end);
}

/** The quote [start, end) of paragraph `pi`, with no cue and no asker in view, is a line of
 *  dialogue that asks and calls its addressee by a bare term of address ("“Apakah semua
 *  anggota sepakat, Pak?”"), right after the last quote (this paragraph or the one before):
 *  at a press conference or a doorstop, a reporter's question to the one who just spoke,
 *  asked by nobody named (session 49). */
export function asksByBareAddress(text: string, start: number, end: number, quote: string, lastQuotePara: number, pi: number): boolean {
  return lastQuotePara >= pi - 1 && asksQuestion(text, end) && opensTurn(text, start) && closesTurn(text, end) && bareAddressTerm(quote) !== null;
}

/** "Seorang wartawan menanyakan kapan genangan surut." / "“Paling lambat besok pagi.”": an
 *  unnamed source reported asking (a question verb in the words after it, in its sentence)
 *  puts a question to the one holding the floor, who answers; the floor is not cleared as
 *  after an unnamed source's statement ("Seorang warga mengeluhkan …" / "“…,” katanya."). */
const UNNAMED_ASKS_RE = new RegExp(`^[^.!?\\n“"]{0,60}?(?<![\\p{L}])(?:${[...ASKING_VERBS, ...ASKING_PHRASES].join('|')})(?![\\p{L}])`, 'u');
/** Only a journalist or one asking as such (a press conference's, a hearing's gallery): a
 *  resident who "menanyakan" a policy voices a complaint of their own ("Seorang warga
 *  menanyakan … “…,” katanya." is the resident's, nobody named). */
const ASKER_RE = new RegExp(`^[^.!?\n]{0,30}?(?<![\\p{L}])(?:${[...JOURNALIST_TITLES, 'awak media', 'penanya'].join('|')})(?![\\p{L}])`, 'iu');

/** The unnamed source's event at `at` (its verb, or its subject's words) is a journalist
 *  asking a question: the journalist named in its sentence before the question verb. */
export function unnamedAsksAt(text: string, at: number): boolean {
  const from = sentenceStartBefore(text, at, Math.max(0, at - 60));
  const words = text.slice(from, at + 100);
  return ASKER_RE.test(words) && UNNAMED_ASKS_RE.test(words);
}

/** "Seorang jurnalis bertanya apakah ia akan pensiun. “Apakah ini yang terakhir?”": a quoted
 *  question right after the sentence (in its paragraph, from `base`) in which an unnamed
 *  journalist is reported asking is that journalist's question, nobody named, not the
 *  floor-holder's (fresh48s: dev d366 gave it to the player asked). So is one the sentence
 *  introduces ("Seorang wartawan lalu bertanya, “…?”", "… bertanya: “…?”"; reported52: it
 *  went to the official questioned). The quote [start, end) must ask itself. */
export function quotesUnnamedAsking(text: string, base: number, start: number, end: number): boolean {
  if (!asksQuestion(text, end)) return false;
  let e = start;
  while (e > base && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const c = e > base ? text.charCodeAt(e - 1) : 0;
  if (c !== 46 && c !== 44 && c !== 58) return false;
  const from = sentenceStartBefore(text, e - 1, base);
  const words = text.slice(from, e);
  return ASKER_RE.test(words) && UNNAMED_ASKS_RE.test(words);
}
