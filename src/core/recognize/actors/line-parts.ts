// An article delivered as one long line (issue 13's robustness goal): its headline, its
// dateline and its credits, each a line of their own in the usual layout, are run into
// the text around them. The line modes (headline, credit) and the dateline are decided
// per part, so the actor pass finds where each part starts again:
//   "… Pelatih Minta Maaf kepada Pendukung di Hanoi (ANTARA) - Timnas …": the dateline;
//   "… akhir November. Penulis: Nur Aisyah | Editor: Andi Hasrul": the credits;
//   "… Baca juga: Bank Indonesia Pertahankan Suku Bunga Penulis: Yohana": each label.
// A paragraph laid out as usual has no such part after its start: the scans below stop
// at its first lower-case word and look at its colons only.
import type { KbIndex } from '../../kb/kb-index';
import { capitalised, WEEKDAYS } from '../../text/calendar-words';
import { DASH_CLASS, isDash, isUpper, isWordChar } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { CREDIT_LABELS } from '../lexicon';
import { HEADLINE_FUNCTION_WORDS, SOURCE_LABELS } from './line-mode';

/** Headlines longer than this are not looked for (they are a sentence, not a title). */
const MAX_HEADLINE = 300;
/** A headline has at least this many words before its dateline (fewer: the words are the
 *  dateline's place, "DEMOCRATIC REPUBLIC OF THE CONGO (ANTARA) -"). */
const MIN_HEADLINE_WORDS = 5;
/** The longest gap between two capitalised words of a headline that is read: function
 *  words, numbers and punctuation ("di", ", 11", ") -"). */
const MAX_HEADLINE_GAP = 16;

/** Offsets (after 0, increasing) where a new part of `p` starts, or undefined (nearly
 *  all paragraphs). `ts`/`te`/`nt` are the paragraph's capitalised tokens. */
export function lineParts(p: string, kb: KbIndex, ts: readonly number[], te: readonly number[], nt: number): number[] | undefined {
  const headline = ts[0] === 0 && nt > MIN_HEADLINE_WORDS;
  const body = headline ? datelineAfterHeadline(p, kb, ts, te, nt) : 0;
  const cuts: number[] = [];
  if (body > 0) cuts.push(...bylineAfterHeadline(p, body), body);
  if (headline) cuts.push(...pageStamp(p));
  const footer = copyrightFooter(p);
  if (footer > 0) cuts.push(footer);
  const republished = republishedTitle(p);
  if (republished > 0) cuts.push(republished);
  if (p.indexOf(':', body) >= 0) creditLabels(p, body, cuts);
  return cuts.length === 0 ? undefined : increasing(cuts);
}

/** "Editor: Nurul Guleli Copyright © ANTARA 2025": the page's footer run into the
 *  credits (or into an article delivered as one line) is a part of its own; in the
 *  credit's part its words were read as the credited name's. Its offset, or -1. */
function copyrightFooter(p: string): number {
  const at = p.indexOf('Copyright');
  return at > 0 && p.charCodeAt(at - 1) === 32 ? at : -1;
}

/** "Artikel ini telah tayang di Wartakita.com dengan judul Satria Muda Sapu
 *  Bersih Laga Kandang": a network's footer quotes the article's headline as first published, which
 *  is read as a headline (only the KB's names and bodies: not "Satria Muda Sapu" a
 *  person). The offset of the quoted headline, or -1. */
function republishedTitle(p: string): number {
  const at = p.indexOf(REPUBLISHED);
  const title = at + REPUBLISHED.length;
  return at > 0 && isUpper(p.charCodeAt(title)) ? title : -1;
}
const REPUBLISHED = ' dengan judul ';

/** A news page's date and time ("Rabu, 10 Des 2025 08:15 WITA", "Kamis, 18 Desember
 *  2025 | 21:10 WIB"): printed under the headline, never written in a sentence (which
 *  says "pukul 08.15 WIB" or "Rabu (10/12/2025)"). The separators a page puts between
 *  date and time vary. */
const PAGE_STAMP = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${WEEKDAYS.map(capitalised).join('|')}), \d{1,2} \p{Lu}\p{Ll}+\.? \d{4} (?:[|-] )?\d{1,2}[:.]\d{2} (?:WIB|WITA|WIT)(?![\p{L}\p{N}])`, 'u');

/** "… Lolos ke Final Senin, 2 Maret 2026 | 08:15 WIB JAKARTA, IDN Times - …": the page's
 *  date line run into the headline (an article delivered as one line) is a part of its
 *  own, and so is what follows it; in the headline's part its words would make the
 *  headline too little Title Case to be read as one. Offsets after 0 (none: empty). */
function pageStamp(p: string): number[] {
  // (nearly no paragraph names a time zone: one indexOf before the regex)
  if (p.indexOf(' WI') < 0) return [];
  const m = PAGE_STAMP.exec(p);
  // A headline before it, not a byline ("Penulis Yuda Pramesti | Kamis, 4 Desember
  // 2025 14:20 WIB" is one credit line).
  if (!m || wordCount(p, 0, m.index) < MIN_HEADLINE_WORDS) return [];
  const end = m.index + m[0].length;
  return end + 1 < p.length ? [m.index, end + 1] : [m.index];
}

/** The offsets in increasing order, each once. */
function increasing(parts: number[]): number[] {
  return [...new Set(parts)].sort((a, b) => a - b);
}

const PEOPLE_LABELS = new LowerWordSet(CREDIT_LABELS);

/** "… Akhir Tahun Rep: A Red: B REPUBLIKA.CO.ID, SURABAYA -- …": the byline laid out
 *  between the headline and the dateline. Each credit label before `body` starts a part
 *  (in the headline's part its names were read as a headline's words). Only labels of
 *  people: "Heboh Video: …" is a headline. */
function bylineAfterHeadline(p: string, body: number): number[] {
  const starts: number[] = [];
  for (let colon = p.indexOf(':'); colon !== -1 && colon < body; colon = p.indexOf(':', colon + 1)) {
    const label = labelBefore(p, colon);
    if (label > 0 && PEOPLE_LABELS.hasAt(p, label, colon)) starts.push(label);
  }
  return starts;
}

const FUNCTION_WORDS = new LowerWordSet(HEADLINE_FUNCTION_WORDS);
const DASHES_AND_SPACES = new RegExp(String.raw`^[${DASH_CLASS}\s]*$`);

/** Where the dateline starts when `p` opens with a headline run into it
 *  ("Banjir Rendam Dua Desa di Kudus, Ratusan Warga Mengungsi KUDUS,
 *  KOMPAS.com - …"), else 0. The headline is read token by token: a body paragraph is
 *  turned away at its first gap holding a lower-case word other than a function word. */
function datelineAfterHeadline(p: string, kb: KbIndex, ts: readonly number[], te: readonly number[], nt: number): number {
  let dash = -1;
  let k = 0;
  for (; k < nt - 1 && ts[k] < MAX_HEADLINE; k++) {
    dash = dashInGap(p, te[k], ts[k + 1]);
    if (dash !== -1) break;
  }
  if (dash < 0 || k + 1 <= MIN_HEADLINE_WORDS) return 0;
  // The body after a dateline opens a sentence ("- Timnas …"); "Dave Laksono - yang …"
  // is an aside inside one.
  if (!isUpper(p.charCodeAt(ts[k + 1])) || !DASHES_AND_SPACES.test(p.slice(dash, ts[k + 1]))) return 0;
  const start = datelineStart(p, kb, dash);
  return start > 0 && wordCount(p, 0, start) >= MIN_HEADLINE_WORDS ? start : 0;
}

/** In the gap [from, to) between two capitalised words of a would-be headline: the
 *  offset of a dateline dash (" - ", " -- ", " – "), -1 if the gap has none but fits a
 *  headline, -2 if it does not (a lower-case word other than a function word, a quote,
 *  or a long gap). */
function dashInGap(p: string, from: number, to: number): number {
  const end = Math.min(to, from + MAX_HEADLINE_GAP);
  for (let i = from; i < end; i++) {
    const c = p.charCodeAt(i);
    if (isDash(c)) {
      if (i > 0 && p.charCodeAt(i - 1) === 32 && (p.charCodeAt(i + 1) === 32 || isDash(p.charCodeAt(i + 1)))) return i;
      continue;
    }
    if (c === 0x201c || c === 0x201d || c === 34) return -2; // a quote: a sentence
    if ((c >= 97 && c <= 122) || (c > 127 && isWordChar(c) && !isUpper(c))) {
      if (i > from && isWordChar(p.charCodeAt(i - 1))) continue; // inside a word ("U-23", "1414/Tana")
      let e = i + 1;
      while (e < to && isWordChar(p.charCodeAt(e))) e++;
      if (!FUNCTION_WORDS.hasAt(p, i, e)) return -2;
      i = e - 1;
    }
  }
  return end < to ? -2 : -1;
}

/** The start of the dateline that ends at `dash`: an optional "(AGENCY)" after one or two
 *  comma-separated items, each a place or an outlet ("Hanoi (ANTARA)", "REPUBLIKA.CO.ID,
 *  JAKARTA", "Kupang, NTT", "Serang"). */
function datelineStart(p: string, kb: KbIndex, dash: number): number {
  let e = dash;
  while (e > 0 && p.charCodeAt(e - 1) === 32) e--;
  if (p.charCodeAt(e - 1) === 41 /* ) */) {
    const open = p.lastIndexOf('(', e - 1);
    if (open <= 0) return 0;
    e = open;
    while (e > 0 && p.charCodeAt(e - 1) === 32) e--;
  }
  const last = itemStart(p, kb, e);
  if (last <= 0) return last;
  // "X, Y": the first item too when one of them is an outlet, or the first is a known
  // place, or it is set in another case than the headline word before it.
  if (p.charCodeAt(last - 1) !== 32 || p.charCodeAt(last - 2) !== 44 /* , */) return last;
  const firstEnd = last - 2;
  const first = itemStart(p, kb, firstEnd);
  if (first <= 0) return first;
  const accept = isOutletWord(p, first, firstEnd) || isOutletWord(p, last, e) || isKnownPlace(p, kb, first, firstEnd) ||
    caseDiffers(p, first, firstEnd);
  return accept ? first : last;
}

/** Start of the item (a word, or a KB name of up to three words) that ends at `e`. */
function itemStart(p: string, kb: KbIndex, e: number): number {
  let s = p.lastIndexOf(' ', e - 1) + 1;
  if (s >= e) return 0;
  // A KB name of two or three words ending here ("Kuala Lumpur", "CNN Indonesia").
  let wider = s;
  for (let words = 1; words < 3; words++) {
    const before = p.lastIndexOf(' ', wider - 2) + 1;
    if (wider < 2 || !isUpper(p.charCodeAt(before))) break;
    wider = before;
    const m = kb.matchAt(p, wider);
    if (m && m.end === e) s = wider;
  }
  return s;
}

function isOutletWord(p: string, s: number, e: number): boolean {
  const dot = p.indexOf('.', s);
  return dot > s && dot < e - 1;
}

function isKnownPlace(p: string, kb: KbIndex, s: number, e: number): boolean {
  const m = kb.matchAt(p, s);
  return m !== undefined && m.end === e && m.entity.type === 'GPE';
}

/** The item is in capitals and the word before it is not, or the other way round
 *  ("… PENJARA Kupang, NTT -", "… Masih Dicari BANJARNEGARA, KOMPAS.com -"). */
function caseDiffers(p: string, s: number, e: number): boolean {
  const prevEnd = s - 1;
  const prevStart = p.lastIndexOf(' ', prevEnd - 1) + 1;
  return prevEnd > prevStart && allCaps(p, s, e) !== allCaps(p, prevStart, prevEnd);
}

function allCaps(p: string, s: number, e: number): boolean {
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = p.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

function wordCount(p: string, s: number, e: number): number {
  let n = 0;
  for (let k = s; k < e; k++) if (isWordChar(p.charCodeAt(k)) && (k === s || !isWordChar(p.charCodeAt(k - 1)))) n++;
  return n;
}

const SENTENCE_END = new Set([46, 33, 63, 41, 0x201d, 34, 0x2019]); // . ! ? ) ” " ’

/** Credit labels inside the line ("… akhir November. Penulis: X", "Pewarta: X Editor: Y",
 *  "Baca juga: …"): each starts a part when a sentence ends before it, or when the part
 *  before is itself a labelled one. A "Baca juga" headline runs, in one line, into the
 *  paragraph after it, whose first sentence is all that can be told from it: its part
 *  ends with that sentence. Adds the parts' offsets to `parts`. */
function creditLabels(p: string, from: number, parts: number[]): void {
  let labelled = false;
  let seeAlsoEnd = -1;
  for (let colon = p.indexOf(':', from); colon !== -1; colon = p.indexOf(':', colon + 1)) {
    const label = labelBefore(p, colon);
    if (label === NO_LABEL) continue;
    const s = label < 0 ? -label - 2 : label;
    if (s < from) continue;
    if (seeAlsoEnd >= 0 && s >= seeAlsoEnd) {
      parts.push(seeAlsoEnd);
      labelled = false;
    }
    seeAlsoEnd = -1;
    if (s === from) labelled = true;
    else if (p.charCodeAt(s - 1) === 32 && (SENTENCE_END.has(p.charCodeAt(s - 2)) || (labelled && isWordChar(p.charCodeAt(s - 2))))) {
      parts.push(s);
      labelled = true;
    } else continue;
    if (label < 0) seeAlsoEnd = sentenceEnd(p, colon + 1);
  }
  if (seeAlsoEnd >= 0) parts.push(seeAlsoEnd);
}

/** Where the sentence after `from` ends and the next starts ("… Moskow. Hal itu …"), or -1. */
function sentenceEnd(p: string, from: number): number {
  for (let k = p.indexOf('. ', from); k !== -1; k = p.indexOf('. ', k + 1)) {
    if (k + 2 < p.length && isUpper(p.charCodeAt(k + 2))) return k + 2;
  }
  return -1;
}

const LABEL_WORDS = new LowerWordSet([...CREDIT_LABELS, ...SOURCE_LABELS]);
/** "Baca juga:", "Pilihan Editor:", "Lihat juga:", "Simak juga:", "Artikel terkait:". */
const SEE_ALSO_FIRST = new LowerWordSet(['baca', 'pilihan', 'lihat', 'simak', 'artikel']);
const SEE_ALSO_SECOND = new LowerWordSet(['juga', 'editor', 'terkait']);
const NO_LABEL = -1;

/** The label right before `colon`: its start for a credit label ("Penulis", "Sumber"),
 *  -(start + 2) for a "see also" label ("Baca juga"), NO_LABEL for none. */
function labelBefore(p: string, colon: number): number {
  let s = colon;
  while (s > 0 && isWordChar(p.charCodeAt(s - 1))) s--;
  if (s === colon) return NO_LABEL;
  if (s >= 2 && p.charCodeAt(s - 1) === 32 && SEE_ALSO_SECOND.hasAt(p, s, colon)) {
    let f = s - 1;
    while (f > 0 && isWordChar(p.charCodeAt(f - 1))) f--;
    if (f < s - 1 && isUpper(p.charCodeAt(f)) && SEE_ALSO_FIRST.hasAt(p, f, s - 1)) return -(f + 2);
  }
  return isUpper(p.charCodeAt(s)) && LABEL_WORDS.hasAt(p, s, colon) ? s : NO_LABEL;
}
