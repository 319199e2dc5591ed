// The units the recognizer reads an article in (issue 13: "an article delivered as one
// long line"). A unit is a paragraph, one line of the text (text/paragraphs.ts), and
// every rule takes the paragraph as its unit: a quote never crosses it, the headline and
// the dateline stand at its start, an interview's question and answer are two of them,
// a speaker carries on from one to the next. Feeds and copy-pastes deliver some articles
// as one long line, and then the whole article was one paragraph: the headline ran into
// the dateline and was read for names ("Komisi IX Cecar BPJS Kesehatan"), and a question
// and its answer were one turn. A reader of such a line still sees where each sentence
// ends and where news would start a paragraph: after the headline (the words before the
// dateline), before and after a quote, after a question, before a labelled line. So a
// line far longer than any paragraph of news is read with a line break at each of those
// (only where a sentence ends outside quotation marks and a capital or an opening quote
// follows); lines of ordinary length are left as they are.
import { isDash, isSpace, isUpper } from '../text/chars';
import { forEachParagraph } from '../text/paragraphs';
import { closesQuotedSentenceAt, endsSentenceAt } from './sentence-end';
import type { KbIndex } from '../kb/kb-index';
import type { AnalysisResult } from './types';

/** A line longer than this is no paragraph but an article (or several paragraphs) run
 *  together. The longest paragraph of the ~1000 gold articles has 470 characters, the
 *  longest of the shared corpus's line-broken articles 555. */
export const LONG_LINE = 1000;

/** `read(text)` with a line break where a reader sees a paragraph end inside each line
 *  longer than LONG_LINE, its result's surface texts sliced again from `text`; `read(text)`
 *  itself when no line is that long (nearly every article). A break replaces the one space
 *  between the two paragraphs, so every offset stays as it was: the paragraph pass and the
 *  link pass (which reads line starts in the text: "a quote opens its paragraph") both
 *  see the inferred paragraphs. `text` is single-spaced (plain-spaces.ts). */
export function readWithInferredParagraphs(text: string, kb: KbIndex, read: (text: string) => AnalysisResult): AnalysisResult {
  const broken = withInferredBreaks(text, kb);
  if (broken === text) return read(text);
  const result = read(broken);
  const again = <T extends { start: number; end: number; text: string }>(x: T): T => ({ ...x, text: text.slice(x.start, x.end) });
  const out: AnalysisResult = { actors: result.actors.map(again), quotes: result.quotes.map(again) };
  if (result.reported) out.reported = result.reported.map(again);
  return out;
}

/** `text` with a line break in place of the space before every paragraph a reader sees
 *  inside a line longer than LONG_LINE (the same string when there is none). */
export function withInferredBreaks(text: string, kb: KbIndex): string {
  let breaks: number[] | undefined;
  forEachParagraph(text, (start, end) => {
    if (end - start > LONG_LINE) forEachBreakOfLine(text.slice(start, end), kb, (k) => (breaks ??= []).push(start + k));
  });
  if (!breaks) return text;
  const parts: string[] = [];
  let from = 0;
  for (const k of breaks) {
    parts.push(text.slice(from, k));
    from = k + 1;
  }
  parts.push(text.slice(from));
  return parts.join('\n');
}

const LEFT_DOUBLE_QUOTE = 0x201c;
const RIGHT_DOUBLE_QUOTE = 0x201d;
const STRAIGHT_QUOTE = 34;

/** Calls `fn` with the offset of the space before each paragraph of the long line `p`:
 *  after its headline, and between two sentences where endsParagraph sees an end. */
function forEachBreakOfLine(p: string, kb: KbIndex, fn: (k: number) => void): void {
  const opening = openingBreaks(p, kb);
  for (const k of opening) fn(k);
  const start = opening.length > 0 ? opening[opening.length - 1] + 1 : 0;
  const ends = sentenceEnds(p, start);
  let from = start;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i];
    const nextEnd = i + 1 < ends.length ? ends[i + 1] : p.length;
    if (endsParagraph(p, from, end, nextEnd)) fn(end);
    from = end + 1;
  }
}

/** The ends of the sentences of `p` from `start` that one space and a capital or an
 *  opening quote follow, none inside quotation marks. */
function sentenceEnds(p: string, start: number): number[] {
  const ends: number[] = [];
  let inside = false;
  for (let k = start; k < p.length; k++) {
    const c = p.charCodeAt(k);
    if (c === LEFT_DOUBLE_QUOTE) inside = true;
    else if (c === RIGHT_DOUBLE_QUOTE) inside = false;
    else if (c === STRAIGHT_QUOTE) inside = opensQuote(p, k);
    if (inside) continue;
    const end = (c === RIGHT_DOUBLE_QUOTE || c === STRAIGHT_QUOTE) && closesQuotedSentenceAt(p, k) ? k + 1 : endsSentenceAt(p, k) ? k + 1 : -1;
    if (end < 0 || end + 1 >= p.length || p.charCodeAt(end) !== 32 || !opensUnit(p, end + 1)) continue;
    ends.push(end);
    k = end;
  }
  return ends;
}

/** A reader sees a paragraph end between the sentence [from, end) and the next one,
 *  [end + 1, nextEnd): news opens a paragraph with a quote, ends one with a quote or its
 *  attribution ("…," kata Rina.), gives a question (an interview's turn) and a labelled
 *  line ("Editor: …", "Hakim: …") a paragraph of their own. Narration sentences stay
 *  together, as in the paragraphs they came from ("… mantan pelatih itu. Berikut
 *  petikannya."). */
function endsParagraph(p: string, from: number, end: number, nextEnd: number): boolean {
  const next = end + 1;
  const n = p.charCodeAt(next);
  if (n === LEFT_DOUBLE_QUOTE || n === STRAIGHT_QUOTE) return true;
  const last = p.charCodeAt(end - 1);
  if (last === RIGHT_DOUBLE_QUOTE || last === STRAIGHT_QUOTE || last === QUESTION_MARK) return true;
  if (p.charCodeAt(nextEnd - 1) === QUESTION_MARK) return true;
  for (let i = from; i < end; i++) {
    const c = p.charCodeAt(i);
    if (c === LEFT_DOUBLE_QUOTE || c === RIGHT_DOUBLE_QUOTE || c === STRAIGHT_QUOTE) return true;
  }
  return LABEL.test(p.slice(next, next + 40));
}

const QUESTION_MARK = 63;

/** A line's label: up to three capitalised words and a colon ("Editor:", "Baca Juga:";
 *  "Kuasa hukum X:" is none, a word in lower case after the first). */
const LABEL = /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}:/u;

/** A straight quote mark at `k` opens a quote: at the line start or after a blank, and
 *  followed by a character that is no blank (the closing one stands after a word). */
function opensQuote(p: string, k: number): boolean {
  return (k === 0 || isSpace(p.charCodeAt(k - 1))) && k + 1 < p.length && !isSpace(p.charCodeAt(k + 1));
}

/** A unit starts with a capital or an opening quotation mark. */
function opensUnit(p: string, k: number): boolean {
  const c = p.charCodeAt(k);
  return isUpper(c) || c === LEFT_DOUBLE_QUOTE || (c === STRAIGHT_QUOTE && opensQuote(p, k));
}

/** How far the dateline's head may reach back from its dash: the place and the outlet
 *  ("Waibakul, IDN Times", "JAKARTA, KOMPAS.com", "Jakarta (ANTARA)"). */
const HEADLINE_REACH = 300;

/** The offsets of the spaces before the units that open a long line: before the dateline
 *  a headline runs into, and before a byline standing between them ("… Kebingungan
 *  Penulis: Rina Sari | Editor: Budi CILEGON, KOMPAS.com - …"); none when no headline
 *  opens the line. */
export function openingBreaks(p: string, kb: KbIndex): number[] {
  const dateline = headlineEnd(p, kb);
  if (dateline === 0) return [];
  BYLINE.lastIndex = 0;
  const byline = BYLINE.exec(p.slice(0, dateline));
  if (byline && p.slice(0, byline.index).trim().split(' ').length >= 2) return [byline.index, dateline - 1];
  return [dateline - 1];
}

/** A byline's first word after a space: "Penulis:", "Reporter:", "Rep:", "Oleh",
 *  "Laporan Wartawan". */
const BYLINE = / (?:Penulis|Reporter|Rep|Oleh|Laporan [Ww]artawan)\b/g;

/** Where the dateline a headline runs into starts ("Komisi IX Cecar BPJS Kesehatan
 *  JAKARTA, KOMPAS.com - Komisi …"), or 0. The headline is a run of words with no
 *  sentence end before the dateline's dash (" - ", " -- ", " – "), a capital after it; the
 *  dateline is the place, optionally a comma and a short outlet ("Waibakul, IDN Times -",
 *  "Jakarta, CNN Indonesia --") or an outlet in parentheses ("Ambon (ANTARA) -"), or the
 *  outlet's domain, a comma and the place ("TEMPO.CO, Jakarta -"): its first word is the
 *  one before the comma (or before the dash or the parenthesis), and the words before it that make
 *  a place the knowledge base knows (placeStart). */
export function headlineEnd(p: string, kb: KbIndex): number {
  const limit = Math.min(p.length, HEADLINE_REACH);
  let dash = -1;
  for (let k = 1; k < limit - 1; k++) {
    const c = p.charCodeAt(k);
    // A sentence's end before any dash: no headline-and-dateline opening.
    if (c === 46 && isSpace(p.charCodeAt(k + 1))) return 0;
    if (isDash(c) && p.charCodeAt(k - 1) === 32 && (p.charCodeAt(k + 1) === 32 || isDash(p.charCodeAt(k + 1)))) { dash = k; break; }
  }
  if (dash < 0) return 0;
  let body = dash;
  while (body < p.length && (isDash(p.charCodeAt(body)) || p.charCodeAt(body) === 32)) body++;
  if (body >= p.length || !isUpper(p.charCodeAt(body))) return 0;
  const comma = p.lastIndexOf(',', dash);
  const outlet = comma > 0 ? p.slice(comma + 1, dash).trim() : '';
  let placeEnd = comma > 0 && outlet.length <= 30 && outlet.split(' ').length <= 3 ? comma : dash - 1;
  if (placeEnd === dash - 1 && p.charCodeAt(dash - 2) === 41) placeEnd = Math.max(0, p.lastIndexOf('(', dash) - 1);
  const s = placeStart(p, placeEnd, kb);
  if (s <= 0 || !isUpper(p.charCodeAt(s))) return 0;
  // The headline before the place: at least three words, and no aside in parentheses
  // ("Pada Senin (12/1) Bupati Tual - Rudi - meninjau …" is a sentence with a dash aside).
  const head = p.slice(0, s).trim();
  if (head.split(' ').length < 3 || head.includes('(')) return 0;
  return s;
}

/** The first word of the dateline's place ending at `placeEnd`: the word before it, or
 *  the two or three words before it when the knowledge base knows them as a place
 *  ("Kuala Lumpur (ANTARA)", "Bandar Seri Begawan (ANTARA)", "BANDAR LAMPUNG -"). */
function placeStart(p: string, placeEnd: number, kb: KbIndex): number {
  let best = wordStart(p, placeEnd);
  let t = best;
  for (let n = 0; n < 2; n++) {
    if (t <= 1 || p.charCodeAt(t - 1) !== 32) break;
    t = wordStart(p, t - 1);
    if (kb.lookup(p.slice(t, placeEnd))?.type === 'GPE') best = t;
  }
  return best;
}

function wordStart(p: string, end: number): number {
  let s = end;
  while (s > 0 && p.charCodeAt(s - 1) !== 32) s--;
  return s;
}

