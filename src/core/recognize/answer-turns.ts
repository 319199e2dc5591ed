// Who answers an uncued turn after a question ("…?" asked by one party / "…." with no cue).
// In an exchange the answer is the other party's, never the asker's own continuation: a
// hearing where a second judge takes over the questions ("Hakim anggota Sepa kemudian
// mengambil alih pertanyaan. “…?” / “Tidak tahu, Pak.”") is still answered by the witness
// who answered the first judge, and a podcast host coming back after a break ("Kembali ke
// siniar, Nadia menanyakan …. “…?” / “Sekitar 400 orang.”") is answered by the guest who
// answered her before. The one who last answered somebody else's question is that party;
// with no answer yet, the person last reported speaking (a witness "mengaku …" before the
// prosecutor's first question) is (issue 13: an uncued answer continued the asker).
import { ASKING_PHRASES, ASKING_VERBS, TITLE_HEADS, TITLE_WORDS } from './lexicon';
import { bareAddressTerm } from './vocative-addressee';
import type { ActorMention } from './types';

/** How many paragraphs back the last answer may be: a podcast's or a hearing's exchange
 *  interrupted by a few paragraphs of reporting around it. */
export const ANSWERER_REACH = 12;

/** How many paragraphs back the person last reported speaking may be, with no answer yet. */
const VOICED_REACH = 3;

/** The head of the title right before a mention ("hakim" of "Hakim anggota Bambang", "jaksa"
 *  of "Jaksa Penuntut Umum Hendra"), in lower case; '' with none. */
function titleHeadBefore(text: string, start: number): string {
  let head = '';
  let k = start;
  for (let words = 0; words < 4; words++) {
    while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
    let w = k;
    while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
    if (w === k) break;
    const word = text.slice(w, k).toLowerCase();
    if (TITLE_HEADS.has(word)) head = word;
    else if (!TITLE_WORDS.has(word)) break;
    k = w;
  }
  return head;
}

/** `a` and `b` ask from the same side of the exchange: one person, or two holding the same
 *  title (a second judge of the bench taking over the questions, a co-host). */
function sameSide(text: string, a: ActorMention, b: ActorMention): boolean {
  if (a.canonical === b.canonical) return true;
  const head = titleHeadBefore(text, a.start);
  return head !== '' && head === titleHeadBefore(text, b.start);
}

/** Whom the answerer has answered: one asker, or 'several' once they answered two different
 *  askers (a witness the judge and then the prosecutor questioned answers whoever questions
 *  them next). */
export type Answered = ActorMention | 'several' | null;

/** Whom `who` has answered after answering `asker` now, when `previous` was the answerer
 *  before and had answered `answered`. */
export function answeredNow(who: ActorMention, asker: ActorMention | null, previous: ActorMention | null, answered: Answered): Answered {
  if (previous === null || previous.canonical !== who.canonical || answered === null || asker === null) return asker;
  return answered === 'several' || answered.canonical !== asker.canonical ? 'several' : answered;
}

/** The party answering the question `asker` just asked in paragraph `pi`: the last one who
 *  answered a question (`answerer`, in paragraph `answererPara`) when the one they answered
 *  (`answered`) asked from this asker's side or they answered several askers, else the last person reported speaking (`voiced`), when
 *  either is not the asker; else null. One who answered the other side is no party to this
 *  asker's exchange: a judge who cuts in on a prosecutor's questioning ("Hakim Ketua Sri …
 *  lalu menegur jaksa. “…?” / “Saya minta jaksa fokus …”") goes on speaking herself, not
 *  through the witness who answered the prosecutor. */
export function answererAfterQuestion(text: string, asker: ActorMention, answerer: ActorMention | null, answered: Answered, answererPara: number,
  voiced: ActorMention | null, voicedPara: number, pi: number): ActorMention | null {
  if (answerer !== null && answered !== null && (answered === 'several' || sameSide(text, answered, asker) || takesQuestions(text, asker)) &&
    answererPara >= pi - ANSWERER_REACH &&
    answerer.canonical !== asker.canonical) return answerer;
  if (voiced !== null && voicedPara >= pi - VOICED_REACH && voiced.canonical !== asker.canonical) return voiced;
  return null;
}

/** A verb of questioning right after the asker's name, in its sentence ("Jaksa … Rahmat lalu
 *  menanyakan …", "Hakim anggota Sepa kemudian mengambil alih pertanyaan", "… bertanya"):
 *  the asker was reported turning to the exchange's answerer with questions of their own, so
 *  the one who answered the other side answers them too (a prosecutor questioning the witness
 *  the judge questioned). A judge who rebukes a party ("lalu menegur jaksa") asks no one. */
const QUESTIONING_RE = new RegExp(`^[^.!?\\n]{0,40}?(?<![\\p{L}])(?:${[...ASKING_VERBS, 'mencecar', ...ASKING_PHRASES, 'mengambil alih pertanyaan'].join('|')})(?![\\p{L}])`, 'u');

/** The asker's mention is followed, in its sentence, by a verb of questioning. */
export function takesQuestions(text: string, asker: ActorMention): boolean {
  return QUESTIONING_RE.test(text.slice(asker.end, asker.end + 80));
}

/** A member or a journalist taking the floor to challenge the one questioned: a verb of
 *  questioning, "mempertanyakan" or "menyela" after the name, in its sentence. */
const CHALLENGES_RE = /^[^.!?\n]{0,40}?(?<![\p{L}])(?:mempertanyakan|menyela)(?![\p{L}])/u;
function challenges(text: string, asker: ActorMention): boolean {
  return takesQuestions(text, asker) || CHALLENGES_RE.test(text.slice(asker.end, asker.end + 80));
}

/** The answer speaks to somebody: a term of address with no name closing one of its
 *  sentences ("…, Bu.", "…, Pak?"), or the chair or the bench ("…, Pimpinan.", "Yang
 *  Mulia"). Right after a question, the one addressed is the asker: the answer is not theirs. */
const ADDRESSES_CHAIR_RE = /(?:, (?:Pimpinan|Yang Mulia)[.?!,]|^["“](?:Pimpinan|Yang Mulia),)/u;
export function speaksToAsker(quote: string): boolean {
  return bareAddressTerm(quote) !== null || ADDRESSES_CHAIR_RE.test(quote);
}

/** How many paragraphs back the person reported speaking before the asker may be: a
 *  hearing's invited official presenting, then a member's question a paragraph or two on. */
const QUESTIONED_REACH = 6;

/** Who answers the question `asker` (reported taking the floor with a verb of questioning,
 *  "mempertanyakan" or "menyela") just asked in paragraph `pi` with an answer that speaks
 *  to the asker ("Anggota Komisi Yohana mempertanyakan …" / "“Kenapa …?”" / "“Kami menunggu
 *  hasil uji, Bu.”"): the last one who answered a question (`answerer`), else the person
 *  reported speaking before the asker took the floor (`before`: the official the hearing
 *  invited, the one holding the press conference); never the asker; null with neither. */
export function questionedParty(text: string, asker: ActorMention, answerer: ActorMention | null, answererPara: number, before: ActorMention | null,
  beforePara: number, pi: number, quote: string): ActorMention | null {
  // (only an asker reported taking the floor to question: a resident who asks and goes on
  // "…, Pak." speaks to the governor she asked, herself going on; or a reply that opens
  // with a yes/no word, which nobody says to their own question)
  if (!challenges(text, asker) && !repliesYesNo(quote)) return null;
  if (answerer !== null && answererPara >= pi - ANSWERER_REACH && answerer.canonical !== asker.canonical) return answerer;
  if (before !== null && beforePara >= pi - QUESTIONED_REACH && before.canonical !== asker.canonical) return before;
  return null;
}

/** The quote opens with a yes/no word standing alone before a comma or a full stop ("Iya,
 *  Bu.", "Betul, Pak.", "Belum. …", "Tidak, Yang Mulia."): a reply. Right after a quoted
 *  question it is the other party's answer, as in every printed exchange of Indonesian news
 *  (a hearing, a doorstop, a podcast), never the asker going on; "Ya kita jaga …" (a filler
 *  opening a statement) is no such word. (fresh48s: dev d352, a witness's "Iya, Bu." after
 *  the prosecutor's question went to the prosecutor.) */
const YES_NO_REPLY_RE = /^["“](?:Iya|Ya|Betul|Benar|Tidak|Bukan|Belum|Sudah|Siap|Tentu)[,.!] /u;
export function repliesYesNo(quote: string): boolean {
  return YES_NO_REPLY_RE.test(quote);
}
