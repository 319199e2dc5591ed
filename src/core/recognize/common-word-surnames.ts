// "Saldo setiap rekening aman", "Kiper kami terlambat": the KB knows a few people by a
// one-word surname that is also an everyday word (lexicon COMMON_WORD_SURNAMES). Written with
// a capital (opening a sentence, in a title-case headline) the word is that person only with
// more evidence than the capital: the article names him by another of his names too
// ("Vladimir Saldo … Saldo mengatakan"), or the words around it are a person's (a reporting
// verb after it, "Kiper mengatakan"; a cue before it, "Menurut Kiper", "kata Kiper"; a comma
// after it, "Kiper, yang baru menjabat"; a place right after it, "Kiper Odesa"). The common
// word has none of these ("Saldo setiap rekening", "Cek Saldo Tabungan"). common-noun-starts.ts
// already drops such a word when the article writes it in lower case nearby; this needs no
// lower-case form, since the word is known to be common (issue 13, actors51b: two dev articles
// gave a bank's balance and one a club's goalkeeper to the KB's Ukrainian officials).
import { COMMON_WORD_SURNAMES } from './lexicon';
import { personContext } from './person-context';
import type { ActorMention } from './types';

/** Drops (`drop(k)`) each kept (`isKept`) mention of a KB person whose text is a common-word
 *  surname, unless another kept mention names the same person with other words or the words
 *  around it are a person's. Two walks over the mentions, whatever their number. */
export function dropUnbackedCommonWordSurnames(text: string, mentions: readonly ActorMention[], isKept: (k: number) => boolean,
  drop: (k: number) => void): void {
  let suspects: number[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type === 'PER' && m.entityId !== undefined && isKept(k) && isCommonWordSurname(m.text)) (suspects ??= []).push(k);
  }
  if (suspects === undefined) return;
  const namedOtherwise = new Set<string>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type === 'PER' && m.entityId !== undefined && isKept(k) && !isCommonWordSurname(m.text)) namedOtherwise.add(m.entityId);
  }
  for (const k of suspects) {
    if (namedOtherwise.has(mentions[k].entityId as string) || personContext(text, mentions, k)) continue;
    drop(k);
  }
}

function isCommonWordSurname(text: string): boolean {
  // (one word of a few letters: most mentions are ruled out by their length before lower-casing)
  return text.length <= 8 && text.indexOf(' ') < 0 && COMMON_WORD_SURNAMES.has(text.toLowerCase());
}
