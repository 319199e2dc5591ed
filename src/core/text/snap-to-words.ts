// A selection made with the mouse often starts or ends a character inside a word
// ("anyak 40 warga … desa, se" for "sebanyak 40 warga … desa,"). A span whose ends cut
// words is almost never meant, and it would travel into every export that way. As
// INCEpTION anchors to tokens, the ends are moved out to the word they cut. This is the
// one definition of "a word" for every span a researcher draws: an annotation's
// (snapToWords) and a corrected actor mention's (snapToWordSpan). Pure.
import { isWordChar } from './chars';

const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A letter, mark or digit at `i`. Half of a surrogate pair is judged by its whole code
 *  point: a letter beyond the BMP ("𝐀") is a letter, an emoji is not. */
function isWordUnitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (!isHighSurrogate(c) && !isLowSurrogate(c)) return isWordChar(c);
  const cp = text.codePointAt(isLowSurrogate(c) ? i - 1 : i) ?? 0;
  return cp > 0xffff && LETTER_MARK_DIGIT.test(String.fromCodePoint(cp));
}

/** Part of a word: a word character, or an apostrophe between two ("Ma'ruf"). A hyphen
 *  parts words: "Prabowo" of "Prabowo-Gibran", "Rusia" of "Rusia-Ukraina" (the spec
 *  splits hyphenated pairs) and "2019" of "2019-2024" are spans of their own, and a
 *  reduplication ("masing-masing") is taken whole when the selection spans its hyphen. */
function inWordAt(text: string, i: number): boolean {
  if (isWordUnitAt(text, i)) return true;
  const c = text[i];
  return (c === '\'' || c === '\u2019') && isWordUnitAt(text, i - 1) && isWordUnitAt(text, i + 1);
}

/** `i`, or the start of the surrogate pair it falls inside (`up`: the pair's end). An
 *  offset between the halves of an emoji would put half a character into `exact`. */
function alignToCodePoint(text: string, i: number, up: boolean): number {
  const inside = i > 0 && i < text.length && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1));
  return inside ? (up ? i + 1 : i - 1) : i;
}

/** [start, end) with each end that falls inside a word moved to that word's edge; an end
 *  between words, on punctuation or a space, stays where it is. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start, end };
  let s = alignToCodePoint(text, start, false);
  while (s > 0 && inWordAt(text, s - 1) && inWordAt(text, s)) s--;
  let e = alignToCodePoint(text, end, true);
  while (e < text.length && inWordAt(text, e - 1) && inWordAt(text, e)) e++;
  return { start: s, end: e };
}

/**
 * A name's span as a researcher means it when they drag a selection roughly: trimmed of
 * spaces and punctuation outside the words ("Wahyu Kusumo, " → "Wahyu Kusumo"), then
 * widened to whole words at both ends (a selection ending in the middle of "Surabaya"
 * means all of it). Undefined when no word is inside.
 */
export function snapToWordSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && !isWordUnitAt(text, s)) s++;
  while (e > s && !isWordUnitAt(text, e - 1)) e--;
  return s === e ? undefined : snapToWords(text, s, e);
}

/**
 * A reported statement's span as a researcher means it when they select it: the spec's
 * span is the content only, "without the final full stop" and, before ", kata X",
 * without the comma. So spaces and one closing full stop, comma or semicolon are
 * trimmed, then cut words are widened; closing quotation marks stay (a statement may
 * end on a quoted fragment). Undefined when no word is inside.
 */
export function snapToStatementSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s && /[.,;]/.test(text[e - 1]!)) e--;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  let hasWord = false;
  for (let i = s; i < e && !hasWord; i++) hasWord = isWordUnitAt(text, i);
  return hasWord ? snapToWords(text, s, e) : undefined;
}
