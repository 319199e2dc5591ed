// Who answers an uncued turn after a question ("…?" asked by one party / "…." with no cue).
// In an exchange the answer is the other party's, never the asker's own continuation: a
// hearing where a second judge takes over the questions ("Hakim anggota Wahyu kemudian
// mengambil alih pertanyaan. “…?” / “Tidak tahu, Pak.”") is still answered by the witness
// who answered the first judge, and a podcast host coming back after a break ("Kembali ke
// siniar, Nadia menanyakan …. “…?” / “Sekitar 400 orang.”") is answered by the guest who
// answered her before. The one who last answered somebody else's question is that party;
// with no answer yet, the person last reported speaking (a witness "mengaku …" before the
// prosecutor's first question) is (issue 13: an uncued answer continued the asker).
import type { ActorMention } from './types';

/** How many paragraphs back the last answer may be: a podcast's or a hearing's exchange
 *  interrupted by a few paragraphs of reporting around it. */
export const ANSWERER_REACH = 12;

/** How many paragraphs back the person last reported speaking may be, with no answer yet. */
const VOICED_REACH = 3;

/** The party answering the question `asker` just asked in paragraph `pi`: the last one who
 *  answered somebody else's question (`answerer`, in paragraph `answererPara`), else the
 *  last person reported speaking (`voiced`), when either is not the asker; else null. */
export function answererAfterQuestion(asker: ActorMention, answerer: ActorMention | null, answererPara: number,
  voiced: ActorMention | null, voicedPara: number, pi: number): ActorMention | null {
  if (answerer !== null && answererPara >= pi - ANSWERER_REACH && answerer.canonical !== asker.canonical) return answerer;
  if (voiced !== null && voicedPara >= pi - VOICED_REACH && voiced.canonical !== asker.canonical) return voiced;
  return null;
}
