// "… meminta maaf kepada Teh Rania", "Prestasi Dewi menunjukkan …": a two-word person whose
// second word is the given name of a person the article names in full ("Rania Oktaviani",
// "Dewi Kartika Sembiring") and whose first word is a term of address (the kin words "Teh",
// "Kak", "Abah", ADDRESS_WORDS, anywhere) or a common noun opening the sentence (listed, or
// written in lower case in the article: known-nouns.ts) is that person: the first
// word is cut off (dev d378, d381). Link pass, next to trimNounBeforeKnownName, which does the
// same for three words or more and for a remainder named alone; before people are resolved,
// so the remainder links to the full name.
import { isSentenceInitial } from './actors/ctx';
import { ADDRESS_WORDS, TITLE_HEADS } from './lexicon';
import { KnownNouns } from './known-nouns';
import type { ActorMention } from './types';

/** Cuts the first word off each unknown (`unknown(k)`) two-word person that qualifies, and tells
 *  the caller (`trimmed(k)`: the mention is one word now). */
export function trimWordBeforeGivenName(article: string, ms: ActorMention[], unknown: (k: number) => boolean, trimmed: (k: number) => void): void {
  let candidates: number[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'PER' || !unknown(k)) continue;
    const sp = m.text.indexOf(' ');
    if (sp > 0 && m.text.indexOf(' ', sp + 1) < 0) (candidates ??= []).push(k);
  }
  if (candidates === undefined) return;
  // The given names of the people named with two words or more, and every person's first word.
  const givenNames = new Map<string, string>();
  // How many people start with each first word (a one-word person is its own first word);
  // kept up to date as mentions are cut, so that no candidate counts them all again.
  const firstWordCounts = new Map<string, number>();
  for (const m of ms) {
    if (m.type !== 'PER') continue;
    const sp = m.text.indexOf(' ');
    const first = sp < 0 ? m.text : m.text.slice(0, sp);
    firstWordCounts.set(first, (firstWordCounts.get(first) ?? 0) + 1);
    if (sp > 0) givenNames.set(first, m.text);
  }
  const nouns = new KnownNouns(article);
  for (const k of candidates) {
    const m = ms[k];
    const sp = m.text.indexOf(' ');
    const first = m.text.slice(0, sp);
    const rest = m.text.slice(sp + 1);
    const full = givenNames.get(rest);
    // (the full name is someone else's than this mention's: "Putri Ayu … Ayu" keeps Putri Ayu)
    if (full === undefined || full === m.text || full.startsWith(`${first} `)) continue;
    const lower = first.toLowerCase();
    const address = ADDRESS_WORDS.has(lower);
    // (a title is read by the rules: "Pelatih Dewi" is Dewi's coach)
    if (!address && (TITLE_HEADS.has(lower) || !isSentenceInitial(article, m.start) || !nouns.has(first))) continue;
    // (a first word that starts another person's name is a given name: "Andi Dewi")
    if (!address && (firstWordCounts.get(first) ?? 0) > 1) continue;
    m.start += sp + 1;
    if (m.canonical === m.text) m.canonical = rest;
    m.text = rest;
    firstWordCounts.set(first, (firstWordCounts.get(first) ?? 0) - 1);
    firstWordCounts.set(rest, (firstWordCounts.get(rest) ?? 0) + 1);
    trimmed(k);
  }
}
