// "<clause>, harian X melaporkan pada hari Senin, mengutip sumber.", "<clause>, Badan Y
// menyatakan.": a trailing attribution in subject-verb order (the English-style "…, X
// reported on Monday, citing sources"). Nothing after the verb but a time adjunct and an
// aside naming X's own source, so the content is the clause before the comma (the spec's
// trailing form: the content before ", kata X", without the comma). The verb path
// (find.ts verbStatement) read the words after the verb instead: it skipped "pada hari
// Senin," as an adjunct and took "mengutip sumber" for the content, or found none at all.
import { MONTHS } from '../../text/calendar-words';
import { isSpace, wordAfter, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import type { QuoteSpan } from '../quote-marks';
import { looksLikeClause } from './clause';
import { COORDINATOR_WORDS, SUBORDINATOR_WORDS } from './joiners';
import { isDateWord } from './content-adjunct';
import { contentEnd, skipLead, spanAt, trimEnd } from './sentences';

/** Words of a time adjunct after the verb ("pada hari Senin", "Selasa (4/3)", "pekan
 *  lalu", "kemarin malam", "awal Maret"); days and numbers are read by isDateWord. */
const TIME_WORDS = new LowerWordSet([
  ...`pada hari kemarin lalu tadi pekan minggu bulan tahun ini pagi siang sore malam dini waktu setempat awal akhir pertengahan`.split(' '),
  ...MONTHS,
]);

/** Words opening the aside after the adjunct that names where X had it from ("mengutip
 *  sumber", "merujuk data …", "seperti dikutip …"): part of the attribution, no content. */
const SOURCE_WORDS = new LowerWordSet(['mengutip', 'merujuk', 'mengacu', 'berdasarkan', 'dikutip', 'seperti', 'sebagaimana', 'dilansir', 'melansir', 'menurut']);

/** Most words between the comma and the verb: an outlet or a body with a noun before it
 *  ("kantor berita negara X"), not a clause of its own. */
const MAX_SUBJECT_WORDS = 7;

export interface TrailingVerb {
  /** The content: the clause before the comma. */
  start: number;
  end: number;
  /** Where the verb's subject phrase starts (after the comma): the floor of its subject search. */
  subjectFrom: number;
}

/** The verb [at, verbEnd) closes its sentence but for a time adjunct and a source aside,
 *  and its subject phrase follows a comma after a clause (`sentence` is where the sentence
 *  starts): that clause, else null. */
export function trailingVerbContent(p: string, at: number, verbEnd: number, sentence: number, spans: QuoteSpan[]): TrailingVerb | null {
  if (!onlyTimeAndSource(p, verbEnd, spans)) return null;
  // The comma before the subject phrase: a few words back, none of them "yang" (a
  // relative clause: "…, warga yang melaporkan" has its verb inside a noun phrase).
  let comma = -1;
  let k = at;
  let first: { start: number; end: number } | null = null;
  for (let n = 0; n <= MAX_SUBJECT_WORDS; n++) {
    const w = wordBefore(p, k, sentence);
    if (w === null) {
      let c = k;
      while (c > sentence && isSpace(p.charCodeAt(c - 1))) c--;
      if (n > 0 && c > sentence && p.charCodeAt(c - 1) === 44) comma = c - 1;
      break;
    }
    if (p.slice(w.start, w.end).toLowerCase() === 'yang') return null;
    first = w;
    k = w.start;
  }
  // "…, lalu X melaporkan": the comma joins a new event to the clause, which X does not report.
  if (first !== null && COORDINATOR_WORDS.hasAt(p, first.start, first.end)) return null;
  if (comma < 0 || (spans.length > 0 && spanAt(spans, comma) >= 0)) return null;
  const start = skipLead(p, sentence, comma);
  const end = trimEnd(p, start, comma);
  if (end <= start) return null;
  // “…,” X mengatakan.: the clause is a quote's, attributed there.
  if (spans.length > 0 && spanAt(spans, end - 1) >= 0) return null;
  // "Sementara itu, X menyatakan.": no clause before the comma.
  if (!looksLikeClause(p, start, end)) return null;
  // "Setelah rapat selesai, X melaporkan.": a subordinate clause is the circumstance, no content.
  const opener = wordAfter(p, start, end);
  if (opener !== null && opener.start === start && SUBORDINATOR_WORDS.hasAt(p, opener.start, opener.end)) return null;
  return { start, end, subjectFrom: comma + 1 };
}

/** From `from` (the verb's end) to the end of the sentence: only time-adjunct words and
 *  dates, then at most one aside after a comma opened by a source word. */
function onlyTimeAndSource(p: string, from: number, spans: QuoteSpan[]): boolean {
  // Most reporting verbs go on with their content ("mengatakan bahwa …"): turned away at
  // their first word, before the sentence's end is looked for.
  let k = from;
  while (k < p.length && isSpace(p.charCodeAt(k))) k++;
  const next = wordAfter(p, k, p.length);
  if (next !== null && next.start === k && !(TIME_WORDS.hasAt(p, next.start, next.end) || isDateWord(p, next.start, next.end))) return false;
  const end = contentEnd(p, from, spans, 400);
  k = from;
  for (;;) {
    while (k < end && (isSpace(p.charCodeAt(k)) || p.charCodeAt(k) === 40 || p.charCodeAt(k) === 41 || p.charCodeAt(k) === 47)) k++;
    if (k >= end) return true;
    if (p.charCodeAt(k) === 44) {
      const w = wordAfter(p, k + 1, end);
      return w !== null && SOURCE_WORDS.hasAt(p, w.start, w.end);
    }
    const w = wordAfter(p, k, end);
    if (w === null || w.start !== k || !(TIME_WORDS.hasAt(p, w.start, w.end) || isDateWord(p, w.start, w.end))) return false;
    k = w.end;
  }
}
