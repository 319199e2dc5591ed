// Words that join a clause to another: the one owner of the lists the reported-speech readers
// share.
//  - Coordinators before a second clause or verb: "X mengatakan A dan menegaskan B"
//    (find.ts, a second reporting verb of the same subject), "…, lalu X melaporkan …" (a
//    new event after the comma, not an attribution of the clause before it: trailing-verb.ts).
//  - Subordinators opening a clause that hangs on the main one ("Setelah rapat selesai, X
//    melaporkan …"): such a clause is the main clause's circumstance, never its content.
//    Only those that always take a clause: "saat", "usai", "sejak", "selama" open a time
//    phrase as often ("Sejak Januari harga naik, …"), whose sentence still is content.
import { LowerWordSet } from '../../text/lower-word-set';

/** (Not lexicon LIST_JOINER_WORDS, which join the items of a list: "atau" is one, "lalu" is not.) */
export const COORDINATOR_WORDS = new LowerWordSet(['dan', 'serta', 'lalu', 'kemudian', 'namun', 'tetapi', 'tapi', 'sekaligus', 'sambil', 'seraya']);

export const SUBORDINATOR_WORDS = new LowerWordSet(['setelah', 'sesudah', 'sebelum', 'ketika', 'seusai', 'selepas', 'jika', 'apabila', 'bila', 'kalau',
  'karena', 'sebab', 'meski', 'meskipun', 'walau', 'walaupun', 'agar', 'supaya']);

/** With the contrast openers ("sementara", "sedangkan"), the words that turn to another
 *  subject before its name ("adapun", "padahal"). */
export const TURN_WORDS = new LowerWordSet(['adapun', 'padahal']);
