// Where a sentence ends inside a paragraph: one owner for the quote attribution
// (attribution.ts sentenceStarts, by nextSentenceEnd) and the reported-speech scan
// (reported/sentences.ts), so that both read "dr. Rina", "Moh. Sanusi" and "Dmitri S.
// Peskov" the same way; and where the sentence holding an offset starts
// (sentenceStartBefore), for every rule that looks back to its sentence's start.
import { LIST_END_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../text/abbreviations';
import { isClosingQuote, isSentenceEnd, isSpace, isUpper, isWordChar } from '../text/chars';
import { endsSentenceInMarks, insideSpan, type QuoteSpan } from './quote-marks';
import { isAbbreviatedGivenName } from './actors/abbreviated-name';

/** Abbreviations whose dot does not end a sentence ("dr. Rina", "Prof. Hadi"). */
const ABBREVIATIONS = new Set(TITLE_ABBREVIATIONS);
/** The longest abbreviation's length. */
const LONGEST = 7;
/** "dll.", "dsb.", "dst.": a sentence's end only when a capital follows. */
const LIST_ENDS = new Set(LIST_END_ABBREVIATIONS);

/** The mark at `k` ends a sentence: . ! or ? followed by a space or the paragraph end,
 *  not an initial's or an abbreviation's dot (see isAbbreviationDot). */
export function endsSentenceAt(p: string, k: number): boolean {
  const c = p.charCodeAt(k);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  if (k + 1 < p.length && !isSpace(p.charCodeAt(k + 1))) return false;
  return c !== 46 || !isAbbreviationDot(p, k);
}

/** A sentence-final mark followed by a space (isSpace's characters): endsSentenceAt's
 *  first two tests inside a paragraph, for the native search to skip the text between
 *  them ("3.5" and "Rp1.000" are passed over). */
const END_MARK_RE = /[.!?](?=[ \t\n\r\u00a0\u2009\u202f])/g;

/** The first offset at or after `from` where a sentence ends inside the paragraph (as
 *  endsSentenceAt reads it, a space after it), or -1. A mark at the paragraph's very end
 *  is left out: no sentence starts after it, and reading its word for an abbreviation was
 *  a call per paragraph. */
export function nextSentenceEnd(p: string, from: number): number {
  const marks = END_MARK_RE;
  marks.lastIndex = from;
  // test() rather than exec(): no match array per mark; the mark is the one character
  // before lastIndex (the lookahead takes no width).
  while (marks.test(p)) {
    const k = marks.lastIndex - 1;
    if (p.charCodeAt(k) !== 46 || !isAbbreviationDot(p, k)) return k;
  }
  return -1;
}

/** The dot at `k` closes an initial ("Dmitri S. Peskov"), an abbreviated title ("dr.",
 *  "Prof.", "Jl.") or given name ("Moh. Sanusi"), or a "dll." inside its sentence: it ends
 *  no sentence. */
export function isAbbreviationDot(p: string, k: number): boolean {
  if (k === 0) return false;
  let s = k;
  while (s > 0 && isWordChar(p.charCodeAt(s - 1))) s--;
  if (s === k) return false;
  const before = p.charCodeAt(k - 1);
  // A single capital is an initial.
  if (k - s === 1 && before >= 65 && before <= 90) return true;
  if (isAbbreviatedGivenName(p, s, k)) return true;
  // Every abbreviation is short (at most "Brigjen") and starts with a capital, a, d or v:
  // other words are turned away unsliced.
  const first = p.charCodeAt(s);
  if (k - s > LONGEST || !((first >= 65 && first <= 90) || first === 97 || first === 100 || first === 118)) return false;
  const word = p.slice(s, k);
  if (LIST_ENDS.has(word)) return !capitalFollows(p, k + 1);
  return ABBREVIATIONS.has(word);
}

function capitalFollows(p: string, from: number): boolean {
  let k = from;
  while (k < p.length && isSpace(p.charCodeAt(k))) k++;
  return k < p.length && isUpper(p.charCodeAt(k));
}

/** The mark at `k` is a quote's closing mark (", ” or ’) right after a sentence's end ('… ke
 *  depan.” Ia …'): the end read as endsSentenceAt reads one (not an abbreviation's dot), the
 *  quote mark standing where it wants a space. */
export function closesQuotedSentenceAt(p: string, k: number): boolean {
  const q = p.charCodeAt(k);
  if (k === 0 || !(isClosingQuote(q) || q === RIGHT_SINGLE_QUOTE)) return false;
  const c = p.charCodeAt(k - 1);
  if (c === 33 || c === 63) return true;
  return c === 46 && !isAbbreviationDot(p, k - 1);
}

/** The quote whose closing mark stands at `end - 1` ends a sentence inside its marks
 *  (closesQuotedSentenceAt) and, after a space, a capital opens the next ('… ke depan.”
 *  Seorang perawat …'): a sentence starts at `end`. */
export function quoteEndsSentenceBeforeCapital(p: string, end: number): boolean {
  // (the capital is looked for first: it turns most quotes away without reading the word
  // before the closing mark for an abbreviation)
  return end < p.length && isSpace(p.charCodeAt(end)) && capitalFollows(p, end) && closesQuotedSentenceAt(p, end - 1);
}

/** Where the sentence holding `offset` starts, at its first non-blank character: after the
 *  nearest end before `offset` as endsSentenceAt reads one ("dr. Rina", "Jl. Kenanga", "No.
 *  5", "Dmitri S. Peskov" and "3,5"/"3.5" end none; "ya... Lalu" does), after a line break,
 *  or after a quote that closes a sentence inside its marks (“… ke depan.” Seorang …);
 *  `floor` when there is none at or after `floor` (a reach, so that a huge one-line text
 *  stays linear). With the paragraph's quote `spans`, a mark inside a quote ends no sentence
 *  of the text around it and a quote closes one where its span closes (attribution.ts);
 *  without them, a closing quote closes one when a capital follows
 *  (quoteEndsSentenceBeforeCapital: “Tidak.” kata dia reads on). */
export function sentenceStartBefore(text: string, offset: number, floor = 0, spans?: readonly QuoteSpan[]): number {
  // The walk back stops at the last call's offset when the same text is read further on: the
  // sentence end found from there holds here too when none lies between. Callers read a
  // paragraph forwards, so in one sentence of a megabyte (a text with no full stop) every
  // call walked back to its start: quadratic (900 KB took 13 s).
  const last = lastWalk;
  const resume = last.text === text && last.floor === floor && last.spans === spans && last.offset <= offset ? last.offset : floor;
  let k = offset - 1;
  for (; k >= resume; k--) if (endsSentenceBefore(text, k, spans)) break;
  if (k < resume && resume !== floor) k = last.k;
  lastWalk = { text, floor, spans, offset, k };
  let s = Math.max(k + 1, floor);
  while (s < offset && isSpace(text.charCodeAt(s))) s++;
  return s;
}

const RIGHT_SINGLE_QUOTE = 0x2019;

/** sentenceStartBefore's last walk: where it started (`offset`) and where it stopped (`k`, the
 *  sentence end, or floor - 1). */
let lastWalk: { text: string; floor: number; spans: readonly QuoteSpan[] | undefined; offset: number; k: number } = { text: '', floor: 0, spans: undefined, offset: 0, k: -1 };

/** A sentence ends at `k` (a line break, a full stop as endsSentenceAt reads it outside the
 *  quote spans, a closing quote before a capital). */
function endsSentenceBefore(text: string, k: number, spans: readonly QuoteSpan[] | undefined): boolean {
  const c = text.charCodeAt(k);
  if (c === 10) return true;
  // (the mark tested first, in place: most characters are none)
  if (isSentenceEnd(c)) return k + 1 < text.length && endsSentenceAt(text, k) && (spans === undefined || !insideSpan(spans, k));
  if (isClosingQuote(c) || c === RIGHT_SINGLE_QUOTE) {
    return spans === undefined ? quoteEndsSentenceBeforeCapital(text, k + 1)
      : isSpace(text.charCodeAt(k + 1)) && endsSentenceInMarks(text, spans, k + 1);
  }
  return false;
}
