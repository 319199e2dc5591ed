// "Pelatih Persib asal Brasil, Bruno …. Pelatih Persija, Thomas …. “…,” ujar pelatih asal
// Brasil tersebut.": a description's own words narrow whom it means. Its names and numbers
// ("Brasil", "58" of "pria 58 tahun itu") must stand where the article introduced the person
// (the title words before the name, an apposition or age after it): "pelatih asal Brasil"
// is the coach introduced as from Brazil, not the last coach named.
import { isWordChar, isUpper } from '../text/chars';
import { descriptionHead } from './definite-subject';
import { endsSentenceAt, sentenceStartBefore } from './sentence-end';
import type { ActorMention } from './types';

/** Most words of a description between its head and "itu"/"tersebut". */
const MAX_INNER = 6;

/** The names and numbers inside the description that starts at `from` ("pelatih asal Brasil
 *  tersebut" -> ["brasil"]), in lower case; `afterCue`: `from` is before the cue word that
 *  precedes the description ("…,” ujar pelatih …"). Empty when the description is not closed
 *  by "itu"/"tersebut" or says no name or number. */
export function descriptionQualifier(text: string, from: number, afterCue: boolean): string[] {
  const words: { s: number; e: number }[] = [];
  let k = from;
  while (words.length < MAX_INNER + 3 && k < text.length) {
    const c = text.charCodeAt(k);
    // (a sentence's end as sentence-end.ts reads one: "perawat RSUP dr. Kariadi itu" reads on)
    if (c === 10 || c === 34 || c === 0x201c || (c === 44 && words.length > 0) || endsSentenceAt(text, k)) break;
    if (!isWordChar(c)) { k++; continue; }
    const s = k;
    while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
    words.push({ s, e: k });
  }
  // (the cue, in lower case, then the head: neither qualifies; "…,” katanya saat meninjau
  // Pasar Baru itu." has no description)
  const first = afterCue ? 2 : 1;
  if (words.length <= first || (afterCue && isUpper(text.charCodeAt(words[0].s))) || descriptionHead(text, { start: words[first - 1].s, end: words[first - 1].e }) === undefined) return [];
  const out: string[] = [];
  for (let i = first; i < words.length; i++) {
    const w = text.slice(words[i].s, words[i].e);
    const lower = w.toLowerCase();
    if (lower === 'itu' || lower === 'tersebut') return out;
    if (isUpper(w.charCodeAt(0)) || /^\d+$/.test(w)) out.push(lower);
  }
  return [];
}

/** How far before a name its introduction may start, and after it its apposition run. */
const BEFORE = 90;
const AFTER = 80;

/** Every word of `words` stands as a whole word where `m` was introduced: from the previous
 *  person named (or BEFORE characters, or the sentence's start) up to the name, and after it
 *  up to the next person named, the sentence's end or AFTER characters. */
export function introducedWith(text: string, mentions: readonly ActorMention[], k: number, words: readonly string[]): boolean {
  const m = mentions[k];
  let from = Math.max(0, m.start - BEFORE);
  for (let j = k - 1; j >= 0 && mentions[j].end > from; j--) if (mentions[j].type === 'PER' && mentions[j].end <= m.start) { from = mentions[j].end; break; }
  // (sentence-end.ts's bounds: "Perawat RSUP dr. Kariadi, X" and "X, perawat RSUD H. Damanhuri
  // Barabai," are one sentence)
  from = sentenceStartBefore(text, m.start, from);
  let to = Math.min(text.length, m.end + AFTER);
  for (let j = k + 1; j < mentions.length && mentions[j].start < to; j++) if (mentions[j].type === 'PER' && mentions[j].start >= m.end) { to = mentions[j].start; break; }
  for (let x = m.end; x < to; x++) {
    const c = text.charCodeAt(x);
    if (c === 10 || endsSentenceAt(text, x)) { to = x; break; }
  }
  const window = (text.slice(from, m.start) + ' ' + text.slice(m.end, to)).toLowerCase();
  return words.every((w) => hasWord(window, w));
}

function hasWord(window: string, w: string): boolean {
  for (let i = window.indexOf(w); i >= 0; i = window.indexOf(w, i + 1)) {
    if ((i === 0 || !isWordChar(window.charCodeAt(i - 1))) && !isWordChar(window.charCodeAt(i + w.length))) return true;
  }
  return false;
}
