/**
 * A publication's recognizer mentions by identity and by first word, built once (the
 * curated slices of a large article, slice.ts): what a slice needs of the text before and
 * after it (the full namings of a person, the mentions of a speaker the researcher gave,
 * the short names a decided full name may move) is looked up instead of read.
 */
import type { ActorMention } from '../recognize/types';
import { firstWordEnd } from './follow-name';

export class MentionIndex {
  private readonly canonical = new Map<string, ActorMention[]>();
  private readonly firstWord = new Map<string, ActorMention[]>();

  /** `mentions`: every mention of the text, in text order. */
  constructor(mentions: readonly ActorMention[]) {
    for (const m of mentions) {
      add(this.canonical, m.canonical, m);
      if (m.type === 'PER') add(this.firstWord, m.text.slice(0, firstWordEnd(m.text)), m);
    }
  }

  /** The mentions linked to `identity`, in text order. */
  of(identity: string): readonly ActorMention[] {
    return this.canonical.get(identity) ?? [];
  }

  /** The person mentions whose first word is `word`, in text order. */
  startingWith(word: string): readonly ActorMention[] {
    return this.firstWord.get(word) ?? [];
  }
}

function add(map: Map<string, ActorMention[]>, key: string, m: ActorMention): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}
