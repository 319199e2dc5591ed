// Sentence bounds inside one paragraph for the reported-speech scan. A forward-only
// cursor: the scan asks for the sentence start of cues in text order, so every
// character is looked at once however many cues the paragraph has.
import { isDash, isSpace, isWordChar } from '../../text/chars';
import { endsSentenceAt } from '../sentence-end';
import type { QuoteSpan } from '../quote-marks';

/** A quoted span whose last inner character ends a sentence ("… penting.” Lalu …). */
function spanEndsSentence(p: string, q: QuoteSpan): boolean {
  if (q.unclosed) return false;
  const c = p.charCodeAt(q.end - 2);
  return (c === 46 || c === 33 || c === 63) && (q.end >= p.length || isSpace(p.charCodeAt(q.end)));
}

/** Index of the first span ending after `pos` (spans are sorted and disjoint). */
export function spanIndexAfter(spans: readonly QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span holding `pos` (strictly inside or at its opening mark), or -1. */
export function spanAt(spans: readonly QuoteSpan[], pos: number): number {
  const i = spanIndexAfter(spans, pos);
  return i < spans.length && spans[i].start <= pos ? i : -1;
}

/** Sentence-final marks; the native search skips the text between them. */
const MARKS = /[.!?]/g;

/** The next sentence-final mark at or after a position, remembered per paragraph: the
 *  scan asks in nearly increasing order, and a paragraph without marks would otherwise
 *  be searched to its end once per cue. */
let markText = '';
let markFrom = 0;
let markAt = -1;

function nextMark(p: string, from: number): number {
  if (p === markText && markFrom <= from && from <= markAt) return markAt;
  MARKS.lastIndex = from;
  markAt = MARKS.test(p) ? MARKS.lastIndex - 1 : p.length;
  markText = p;
  markFrom = from;
  return markAt;
}

export class SentenceCursor {
  private p = '';
  private spans: readonly QuoteSpan[] = [];
  private scanned = 0;
  private start = 0;
  private span = 0;

  /** One cursor serves every paragraph in turn (no object per paragraph). */
  reset(p: string, spans: readonly QuoteSpan[]): this {
    this.p = p;
    this.spans = spans;
    this.scanned = 0;
    this.start = 0;
    this.span = 0;
    return this;
  }

  /** Start of the sentence holding `pos` (outside any span); `pos` must not decrease
   *  between calls. */
  startOf(pos: number): number {
    const { p, spans } = this;
    for (let k = nextMark(p, this.scanned); k < pos; k = nextMark(p, k + 1)) {
      this.passSpansBefore(k);
      if (this.span < spans.length && spans[this.span].start <= k) continue;
      if (endsSentenceAt(p, k)) this.start = k + 1;
    }
    this.passSpansBefore(pos);
    this.scanned = Math.max(this.scanned, pos);
    return this.start;
  }

  /** Steps over spans that end by `k`; a span closing its sentence moves the start. */
  private passSpansBefore(k: number): void {
    const spans = this.spans;
    while (this.span < spans.length && spans[this.span].end <= k) {
      const q = spans[this.span++];
      if (spanEndsSentence(this.p, q) && q.end > this.start) this.start = q.end;
    }
  }
}

/** End of the content that starts at `from`: the end of its sentence (quoted spans
 *  are crossed whole), without the final mark and trailing spaces or commas. At most
 *  `max` characters are read, so a paragraph without punctuation stays linear. */
export function contentEnd(p: string, from: number, spans: readonly QuoteSpan[], max = 1500): number {
  const limit = Math.min(p.length, from + max);
  let si = spanIndexAfter(spans, from);
  let end = limit;
  for (let k = nextMark(p, from); k < limit; k = nextMark(p, k + 1)) {
    // Spans before the mark: one that closes its sentence ends the content there.
    while (si < spans.length && spans[si].end <= k) {
      const q = spans[si++];
      if (q.start >= from && spanEndsSentence(p, q)) return trimEnd(p, from, q.end);
    }
    if (si < spans.length && spans[si].start <= k) {
      // Inside a span: a mark there ends nothing unless the span itself closes the sentence.
      const q = spans[si];
      if (q.end <= limit && spanEndsSentence(p, q)) return trimEnd(p, from, q.end);
      k = q.end - 1;
      si++;
      continue;
    }
    if (endsSentenceAt(p, k)) { end = k; break; }
  }
  return trimEnd(p, from, end);
}

/** `end` moved back over spaces, commas, colons and semicolons. */
export function trimEnd(p: string, from: number, end: number): number {
  let e = end;
  while (e > from) {
    const c = p.charCodeAt(e - 1);
    if (!isSpace(c) && c !== 44 && c !== 58 && c !== 59) break;
    e--;
  }
  return e;
}

/** `from` moved forward over spaces, and over a dateline ("JAKARTA (ANTARA) - ") when
 *  one opens the sentence. */
export function skipLead(p: string, from: number, to: number): number {
  let k = from;
  // Spaces, emoji, bullets and dashes before the first word or quotation mark.
  while (k < to && !isWordChar(p.charCodeAt(k)) && !isOpeningMark(p.charCodeAt(k))) k++;
  const limit = Math.min(to, k + 90);
  for (let x = k; x + 2 < limit; x++) {
    if (p.charCodeAt(x) !== 41) continue;
    let y = x + 1;
    while (y < limit && p.charCodeAt(y) === 32) y++;
    const d = p.charCodeAt(y);
    if (isDash(d)) {
      y++;
      while (y < to && isSpace(p.charCodeAt(y))) y++;
      return y;
    }
  }
  return placeOutletDatelineEnd(p, k, to);
}

/** The longest "<Place>, <Outlet> " before the dash of a dateline ("Jakarta, Beritasatu.com
 *  - ", "TERNATE, malutpost.id — "). */
const PLACE_OUTLET_DATELINE_REACH = 48;
/** At most this many words in place and outlet together. */
const PLACE_OUTLET_DATELINE_WORDS = 5;

/** At most this many words in a dateline of a place alone ("Kota Baru Parahyangan - "). */
const PLACE_DATELINE_WORDS = 3;

/** Where the sentence at `k` starts after a dateline of a place, a comma, an outlet and a
 *  dash between blanks (the dash ends it), else `k`: a capitalised place, one comma, a few
 *  words, no sentence end; or a place alone, up to three capitalised words, before the dash. */
function placeOutletDatelineEnd(p: string, k: number, to: number): number {
  const c = p.charCodeAt(k);
  if (!(c >= 65 && c <= 90)) return k;
  const limit = Math.min(to, k + PLACE_OUTLET_DATELINE_REACH);
  let commas = 0;
  let words = 1;
  // (every word capitalised so far: "Jakarta - ", "BANDA ACEH - ", a place alone before the
  // dash, as detik-style datelines have it)
  let capitalised = true;
  for (let x = k + 1; x + 2 < limit; x++) {
    const d = p.charCodeAt(x);
    if (d === 44) { commas++; continue; }
    if (d !== 32) continue;
    if (isDash(p.charCodeAt(x + 1)) && p.charCodeAt(x + 2) === 32) {
      if (commas > 1 || (commas === 0 && !(capitalised && words <= PLACE_DATELINE_WORDS))) return k;
      let y = x + 2;
      while (y < to && isSpace(p.charCodeAt(y))) y++;
      return y;
    }
    if (p.charCodeAt(x - 1) === 46 || ++words > PLACE_OUTLET_DATELINE_WORDS) return k;
    const n = p.charCodeAt(x + 1);
    if (!(n >= 65 && n <= 90)) capitalised = false;
  }
  return k;
}

function isOpeningMark(c: number): boolean {
  return c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 0x201e || c === 0xab;
}
