// "Josephine Kollie-Dahn … kata Kollie-Dahn": the paragraph pass reads a hyphenated surname
// after a given name as one name (actors/hyphenated-surname.ts), but alone it is two words
// joined by a hyphen, which is how two actors are written ("Prabowo-Gibran"), and it is cut
// there. Where the article names a person whose name ends in that very surname, the surname
// alone is that person's (issue 13, actors51b).
import { isWordChar } from '../text/chars';
import type { ActorMention } from './types';

/** Extends each one-word person `isPerson` offers over the word the hyphen after it (or
 *  before it) joins it to, where a person's name of the article (`isNamed`) ends in that
 *  hyphenated surname; `keep(k)` is told of it, and `drop(k)` of each mention it now covers.
 *  Two walks over the mentions. */
export function joinHyphenatedSurnames(text: string, mentions: ActorMention[], isPerson: (k: number) => boolean,
  isNamed: (k: number) => boolean, keep: (k: number) => void, drop: (k: number) => void): void {
  let surnames: Set<string> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const t = mentions[k].text;
    const space = t.lastIndexOf(' ');
    if (space < 0 || t.indexOf('-', space) < 0 || !isNamed(k)) continue;
    (surnames ??= new Set()).add(t.slice(space + 1));
  }
  if (surnames === undefined) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.text.indexOf(' ') >= 0 || !isPerson(k)) continue;
    let start = m.start;
    let end = m.end;
    // "Kollie-Dahn" read as "Kollie" (the hyphen after it) or as "Dahn" (the hyphen before it)
    if (text.charCodeAt(end) === 45 /* - */) while (end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) end++;
    else if (text.charCodeAt(start - 1) === 45) while (start - 1 > 0 && isWordChar(text.charCodeAt(start - 2))) start--;
    if (end === m.end && start === m.start) continue;
    if (end > m.end) end++;
    if (start < m.start) start--;
    const surname = text.slice(start, end);
    if (!surnames.has(surname)) continue;
    for (let x = k - 1; x >= 0 && mentions[x].end > start; x--) drop(x);
    for (let x = k + 1; x < mentions.length && mentions[x].start < end; x++) drop(x);
    m.start = start;
    m.end = end;
    m.text = surname;
    keep(k);
  }
}
