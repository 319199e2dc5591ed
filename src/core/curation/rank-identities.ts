// The order in which "Link Actor to…" and "Mark Selection as Actor…" offer identities for
// a mention's words. By mentions alone, a selected "Arif" would list the article's most
// mentioned actors before "Arif Nasution", the one the short form usually means: a name
// that contains the selected words (each as a whole word) comes first. Pure.

/** The words of a name, lower-cased, for comparing as words ("Arif" is a word of "Arif
 *  Nasution", not of "Arifin"). Punctuation parts words, as in "Arif, S.H.". */
function nameWords(s: string): string[] {
  return s.toLowerCase().split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean);
}

/** How many of the mention's words the name contains as words. */
function sharedWords(mentionWords: readonly string[], name: string): number {
  const words = new Set(nameWords(name));
  let n = 0;
  for (const w of mentionWords) if (words.has(w)) n++;
  return n;
}

/**
 * `identities` reordered for a mention written `surface`: names containing more of its
 * words first, then more mentions in the article; ties keep the given order (the lists
 * come most mentioned first, the knowledge base in its own order). A new array.
 */
export function rankForMention<T extends { canonical: string; mentions: number }>(identities: readonly T[], surface: string): T[] {
  const words = nameWords(surface);
  const shared = identities.map((i) => (words.length === 0 ? 0 : sharedWords(words, i.canonical)));
  return identities
    .map((identity, index) => ({ identity, index }))
    .sort((a, b) => shared[b.index] - shared[a.index] || b.identity.mentions - a.identity.mentions || a.index - b.index)
    .map((x) => x.identity);
}
