// A name the article introduces with a word and uses again: a nickname ("Roy, sapaan
// akrabnya", "pria yang akrab disapa Pak Tris") names the person named in full before it,
// and later uses of the nickname are theirs (link.ts resolvePeople); a relation with "-nya"
// in apposition to a name ("Ibunya, Siti Aminah, menunggu …") names the relative whom a
// later "kata ibunya" quotes (unnamed-relative.ts namedRelative). Both introductions are
// read off the text around the article's mentions; this index reads them once per article,
// on the first question (most articles ask none), for the link pass's mention list, whose
// positions do not change once it is built.
import { isWordChar } from '../text/chars';
import type { ActorMention } from './types';

const NICKNAME_BEFORE = /(?:disapa|dipanggil) (?:(?:Gus|Kang|Cak|Mas|Mbak|Bung|Pak|Bu|Kak|Bang|Daeng|Uda|Ustaz|Haji) )?$/;
const NICKNAME_AFTER = /^,? (?:sapaan akrab|sapaan|panggilan akrab|panggilan)/;
/** The words of NICKNAME_BEFORE and NICKNAME_AFTER, one of which a nickname's cue holds.
 *  (One regex: a search of the text per word took twice as long, over articles without any.) */
const NICKNAME_WORD = /disapa|dipanggil|sapaan|panggilan/;
/** How far around a mention its nickname cue is read. */
const NICKNAME_REACH = 20;
const NONE: readonly number[] = [];

export class Introductions {
  private nicknames: Set<number> | undefined;
  private relations: Map<string, number[]> | undefined;

  constructor(private readonly text: string, private readonly mentions: readonly ActorMention[]) {}

  /** Mention k is introduced as a nickname: "disapa X", "dipanggil Pak X", "X, sapaan akrabnya". */
  nicknameAt(k: number): boolean {
    if (this.nicknames === undefined) {
      this.nicknames = new Set();
      const text = this.text;
      // Most articles hold no cue word: one search of the text each, no mention read.
      if (!NICKNAME_WORD.test(text)) return false;
      for (let j = 0; j < this.mentions.length; j++) {
        const m = this.mentions[j];
        if (NICKNAME_BEFORE.test(text.slice(Math.max(0, m.start - NICKNAME_REACH), m.start)) || NICKNAME_AFTER.test(text.slice(m.end, m.end + NICKNAME_REACH))) this.nicknames.add(j);
      }
    }
    return this.nicknames.has(k);
  }

  /** The mentions named in apposition right after the word `word` (lower case) and its comma:
   *  "Ibunya, Siti Aminah" for "ibunya"; their indices, ascending. */
  namedAfter(word: string): readonly number[] {
    if (this.relations === undefined) {
      this.relations = new Map();
      const text = this.text;
      for (let j = 0; j < this.mentions.length; j++) {
        const start = this.mentions[j].start;
        if (start < 3 || text.charCodeAt(start - 2) !== 44 || text.charCodeAt(start - 1) !== 32) continue;
        let w = start - 2;
        while (w > 0 && isWordChar(text.charCodeAt(w - 1))) w--;
        if (w === start - 2) continue;
        const key = text.slice(w, start - 2).toLowerCase();
        const list = this.relations.get(key);
        if (list === undefined) this.relations.set(key, [j]);
        else list.push(j);
      }
    }
    return this.relations.get(word) ?? NONE;
  }
}
