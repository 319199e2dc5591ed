// A selection made with the mouse often starts or ends a character inside a word
// ("anyak 40 warga … desa, se" for "sebanyak 40 warga … desa,"). An annotation
// whose ends cut words is almost never meant, and it would travel into every export
// that way. As INCEpTION anchors to tokens, the ends are moved out to the word they cut;
// a selection that begins or ends between words is left as it is. Pure.
import { isWordAt } from '../text/chars';

/** Part of a word: a word character, or an apostrophe between two ("Ma'ruf"). A hyphen
 *  parts words: "Prabowo" of "Prabowo-Gibran" and "2019" of "2019-2024" are selections of
 *  their own, and a reduplication ("masing-masing") is taken whole when the selection
 *  spans its hyphen. */
function inWordAt(text: string, i: number): boolean {
  if (isWordAt(text, i)) return true;
  const c = text[i];
  return (c === '\'' || c === '\u2019') && isWordAt(text, i - 1) && isWordAt(text, i + 1);
}

/** [start, end) with each end that falls inside a word moved to that word's edge. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start, end };
  let s = start;
  while (s > 0 && inWordAt(text, s - 1) && inWordAt(text, s)) s--;
  let e = end;
  while (e < text.length && inWordAt(text, e - 1) && inWordAt(text, e)) e++;
  return { start: s, end: e };
}
