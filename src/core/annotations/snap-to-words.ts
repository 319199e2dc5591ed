// A selection made with the mouse often starts or ends a character inside a word
// ("anyak 40 warga … desa, se" for "sebanyak 40 warga … desa,"). An annotation
// whose ends cut words is almost never meant, and it would travel into every export
// that way. As INCEpTION anchors to tokens, the ends are moved out to the word they cut;
// a selection that begins or ends between words is left as it is. Pure.

/** Letters, combining marks and digits; an apostrophe or hyphen joined to such
 *  characters on both sides ("masing-masing", "Ma'ruf") is part of the word too. */
const WORD = /[\p{L}\p{M}\p{N}]/u;

function isWordAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (WORD.test(c)) return true;
  return (c === '-' || c === '\'' || c === '\u2019') && WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '');
}

/** [start, end) with each end that falls inside a word moved to that word's edge. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start, end };
  let s = start;
  while (s > 0 && isWordAt(text, s - 1) && isWordAt(text, s)) s--;
  let e = end;
  while (e < text.length && isWordAt(text, e - 1) && isWordAt(text, e)) e++;
  return { start: s, end: e };
}
