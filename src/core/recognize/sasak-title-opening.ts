// "Lalu Sahnan menerima permintaan itu.": "Lalu" opening a sentence is most often "then", and
// the paragraph pass skips it there (name-part-opener.ts keeps it only before two more words
// of a name); but "Lalu" is also the Sasak noble title, a word of the name ("Lalu Muhammad
// Zohri"). Where the article names the person in full with it ("Lalu Muhammad Sahnan") and the
// name after the sentence's "Lalu" is that person's (the link pass gave it that identity), the
// "Lalu" is the title, part of the mention (dev d363). "Lalu Gubernur menjawab …", "Lalu Budi
// pulang" (no Budi named "Lalu …" in the article) stay as they were.
import { isSentenceInitial } from './actors/ctx';
import type { ActorMention } from './types';

const TITLE = 'Lalu ';

/** Widens each kept person mention of `mentions` (in text order) whose identity opens with
 *  "Lalu" over the sentence-opening "Lalu" right before it. */
export function sasakTitleOpeningSentence(text: string, mentions: ActorMention[], kept: (k: number) => boolean): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'PER' || !m.canonical.startsWith(TITLE) || m.text.startsWith(TITLE) || !kept(k)) continue;
    const from = m.start - TITLE.length;
    if (from < 0 || !text.startsWith(TITLE, from) || !isSentenceInitial(text, from)) continue;
    if (k > 0 && mentions[k - 1].end > from && kept(k - 1)) continue;
    m.start = from;
    m.text = text.slice(from, m.end);
  }
}
