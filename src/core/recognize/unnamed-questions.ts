// Questions nobody named asks at a press conference or a doorstop ("…?" tanya seorang
// wartawan. / "…," jawab diplomat karier tersebut. / "Bagaimana dengan …?" / "Kita
// sudah …"): the link pass keeps the floor with the one questioned, gives the uncued
// answers to them and the next uncued question to nobody (issue 13: answers to unnamed
// journalists lost their speaker, and "tanya seorang wartawan" cleared the floor as an
// unnamed source's statement does).
import { closesTurn, opensTurn } from './turns';

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
