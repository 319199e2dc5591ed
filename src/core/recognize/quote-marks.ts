// Finds quotation spans in one paragraph. One left-to-right pass over the marks with a
// single open slot: linear in the paragraph, whatever the marks (10,000 openers with no
// closer cost 10,000 steps), and a paragraph end is a hard stop, so an unbalanced mark
// can never swallow the rest of the article.
import { isDash, isSentenceEnd, isSpace, isWordChar } from '../text/chars';
import { appendSmall } from './small-list';

export interface QuoteSpan {
  start: number;
  end: number;
  /** No closing mark before the paragraph end (multi-paragraph quotes, broken marks). */
  unclosed: boolean;
}

/** `pos` lies inside one of `spans` (sorted and disjoint: a binary search keeps huge one-line
 *  texts linear-ish). */
export function insideSpan(spans: readonly QuoteSpan[], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos <= s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A closed quote of `spans` ends at `end` with a sentence end inside its marks. */
export function endsSentenceInMarks(p: string, spans: readonly QuoteSpan[], end: number): boolean {
  if (!isSentenceEnd(p.charCodeAt(end - 2))) return false;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end === end) return !s.unclosed;
    if (s.end < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const MARKS = /["“”„«»'‘’]/g;
const DOUBLE = 1;
const SINGLE = 2;

function family(c: number): number {
  return c === 0x27 || c === 0x2018 || c === 0x2019 ? SINGLE : DOUBLE;
}

/** Glyphs that normally open: “ „ « ‘. Others (” " » ’ ') open only by position. */
function isOpeningGlyph(c: number): boolean {
  return c === 0x201c || c === 0x201e || c === 0xab || c === 0x2018;
}

function isOpenSide(c: number): boolean {
  // Before an opening mark: start, space, bracket, dash, slash, or another mark.
  return isSpace(c) || c === 40 || c === 91 || c === 123 || isDash(c) || c === 47 ||
    c === 0x201c || c === 0x2018 || c === 34 || c === 39 || c === 0xab;
}

function isCloseSide(c: number): boolean {
  // After a closing mark: end, space, punctuation, bracket, dash, another mark.
  return isSpace(c) || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 ||
    c === 125 || isDash(c) || c === 0x2026 || c === 0x201d || c === 0x2019 || c === 34 ||
    c === 39 || c === 0xbb;
}

export function findQuoteSpans(p: string): QuoteSpan[] {
  let out: QuoteSpan[] | undefined;
  const n = p.length;
  let open = -1;
  let openFamily = 0;
  MARKS.lastIndex = 0;
  // test() rather than exec(): no match array per mark; a mark is one code unit, so it
  // sits just before lastIndex.
  while (MARKS.test(p)) {
    const k = MARKS.lastIndex - 1;
    const c = p.charCodeAt(k);
    const fam = family(c);
    const prev = k > 0 ? p.charCodeAt(k - 1) : 32;
    const next = k + 1 < n ? p.charCodeAt(k + 1) : 32;
    // An apostrophe inside a word ("Jum'at", "Qur’an") is not a mark.
    if (fam === SINGLE && isWordChar(prev) && isWordChar(next)) continue;
    const openSide = k === 0 || isOpenSide(prev);
    const closeSide = k + 1 >= n || isCloseSide(next);
    const canOpen = !closeSide || (isOpeningGlyph(c) && !isWordChar(next) && !isSpace(next) && k + 1 < n);
    const canClose = !openSide || (!isOpeningGlyph(c) && closeSide && !(k === 0));
    if (open < 0) {
      if (canOpen && (openSide || isOpeningGlyph(c) || !isWordChar(prev))) { open = k; openFamily = fam; }
      continue;
    }
    if (fam !== openFamily) continue; // nested mark of the other family: only the outermost counts
    if (canClose && (!canOpen || !openSide)) {
      out = appendSmall(out, { start: open, end: k + 1, unclosed: false });
      open = -1;
    } else if (canOpen) {
      open = k; // the earlier opener was never closed: drop it, never pair across it
    }
  }
  if (open >= 0) {
    let e = n;
    while (e > open + 1 && isSpace(p.charCodeAt(e - 1))) e--;
    if (e > open + 1) out = appendSmall(out, { start: open, end: e, unclosed: true });
  }
  return out ?? NO_SPANS;
}

/** The result of the many paragraphs without a quotation mark: one shared empty list
 *  (never written to) rather than a new array per paragraph. */
const NO_SPANS: QuoteSpan[] = [];
