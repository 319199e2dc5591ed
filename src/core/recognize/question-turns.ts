// In an interview, a hearing, a press conference or a talk show a question opens a new
// exchange, and its answer belongs to the one asked: the person the question names
// ("“Bu Andini, apakah warga sudah diajak bicara?”", "“…, Pak Menteri?” tanya seorang
// wartawan"), or the one a reported question was put to ("X bertanya kepada Y …"). Not the
// guest who answered the question before, not the asker, and not whoever was quoted before
// the question (issue 13: an uncued answer went to the last answerer by alternation, or to
// the speaker before an unnamed journalist's question). The one addressed is read by
// vocative-addressee.ts and question-addressee.ts; link.ts keeps them as the addressee.

/** The uncued quote now read answers the one the question just before addressed:
 *  `afterQuestion` (the last quote, in the previous paragraph, asked), `addressed` (that
 *  question, or the report of it, named whom it was put to), `answerShape` (the quote opens
 *  its paragraph as a turn, asks nothing itself, and nobody was reported speaking since the
 *  question), and not `sameVoice` (the one addressed was addressed by a speaker in the first
 *  person whose next line keeps it: that speaker going on, vocative-addressee.ts). */
export function answersAddressee(afterQuestion: boolean, addressed: boolean, answerShape: boolean, sameVoice: boolean): boolean {
  return afterQuestion && addressed && answerShape && !sameVoice;
}
