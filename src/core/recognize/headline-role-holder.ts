// "Drama Transfer …: PSIS Klaim Sudah Deal, Agen Sebut Belum Ada Kontrak": a headline
// names a speaker by a bare role that one person holds in the story (the player's agent, the
// concert's promoter, the crane's operator), and the body introduces that person with the role
// in lower case ("agen sang pemain, Daisuke Morimoto, …"). The headline's statement is that
// person's when the body introduces exactly one person with the role; roles many people hold
// ("Warga", "Petani") stay nobody's, as a label over a crowd.
import { isUpper, occursAsWord, wordAfter } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';
import { onlyTitled } from './headline-colon-speaker';
import { roleReadAsGroup } from './headline-role-words';
import { oneSpeakerRoleOpening } from './headline-role-by-content';
import { AGENT_NOUN } from './actors/role-apposed-name';
import type { ActorMention } from './types';

/** Roles a story's one person holds toward a player, an event or a machine. Not a team's
 *  "Pelatih": the dev gold (d15) leaves such a headline ("…, Pelatih Akui Lini Tengah Kalah Bersaing") unannotated. */
const ROLE_OF_ONE_WORDS = new LowerWordSet(['agen', 'promotor', 'operator', 'nakhoda', 'pilot', 'masinis', 'kurator', 'penyelenggara']);

/** The one person the body introduces with the single role word [from, to) ("Agen"), or
 *  undefined. */
export function roleHolderInBody(text: string, from: number, to: number, lineEnd: number, actors: readonly ActorMention[]): ActorMention | undefined {
  const w = wordAfter(text, from, to);
  if (w === null || w.start !== from || w.end !== to || !isUpper(text.charCodeAt(w.start)) || !ROLE_OF_ONE_WORDS.hasAt(text, w.start, w.end)) return undefined;
  const role = text.slice(w.start, w.end).toLowerCase();
  const holder = onlyTitled(text, lineEnd, actors, (title) => occursAsWord(title.toLowerCase(), role));
  // ("Salah seorang operator, X", "para operator": one of a group, no holder, fix52a)
  return holder !== undefined && !roleReadAsGroup(text, lineEnd, holder.start, role) ? holder : undefined;
}

/** "Pencipta Lagu … Gugat Label, Sebut …", "Kuasa Hukum Warga Sebut …": a role of two words
 *  opening the subject [from, to), its head a role one person holds in a story
 *  (headline-role-by-content.ts) or a pe(N)- agent noun ("Pencipta", "Pembatik"), names the
 *  one person the body introduces with both words ("Pencipta lagu Raka …"); undefined when
 *  none or two are, or the body writes the role as a group ("para pencipta lagu"). The
 *  words after the role may be its object or the verb: only the first two are read. */
export function rolePhraseHolder(text: string, from: number, to: number, lineEnd: number, actors: readonly ActorMention[]): ActorMention | undefined {
  const head = wordAfter(text, from, to);
  if (head === null || head.start !== from || !isUpper(text.charCodeAt(head.start))) return undefined;
  const second = wordAfter(text, head.end, to);
  if (second === null || second.start !== head.end + 1 || !isUpper(text.charCodeAt(second.start))) return undefined;
  const role = text.slice(head.start, head.end).toLowerCase();
  if (oneSpeakerRoleOpening(text, from, to) === undefined && !AGENT_NOUN.test(role)) return undefined;
  const phrase = `${role} ${text.slice(second.start, second.end).toLowerCase()}`;
  const holder = onlyTitled(text, lineEnd, actors, (title) => occursAsWord(title.toLowerCase(), phrase));
  return holder !== undefined && !roleReadAsGroup(text, lineEnd, holder.start, role) ? holder : undefined;
}
