// "Aksi itu diserukan Serikat Buruh X (SBX), yang mengklaim …": a reporting verb opening a
// relative clause after a name's comma reports what that name said (annotation spec: a
// relative clause reports too); its subject is the name "yang" refers back to, not the
// sentence's own subject ("Aksi itu"). A relative clause whose verb follows a description
// ("X, yang juga Ketua Y, mengatakan …") is the main verb's, read as before.
import { isWordChar, wordAfter, wordBefore } from '../../text/chars';
import { OBJECT_TAIL_PREPOSITIONS } from '../adjunct-words';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { TITLE_HEAD_WORDS, VERB_ADVERB_WORDS } from '../lexicon';
import { firstStartingAt, type LocalMention } from '../mention';
import type { QuoteSpan } from '../quote-marks';
import { isPrefixedVerb } from './clause';
import { spanAt, trimEnd } from './sentences';

/** Most lower-case words of an appositive between a name's comma and "yang" ("Siti,
 *  pedagang sayur keliling yang …"): a bound that keeps the look-back constant. */
const MAX_APPOSITIVE_WORDS = 4;

/** The mention "yang" refers back to when the verb at `at` opens a relative clause right
 *  after a name and its comma (past up to two adverbs: "yang sebelumnya menyebut"), or
 *  after an appositive of lower-case words that describes the name ("Siti Aminah, pedagang
 *  sayur yang menyebut …": the trader is Siti, so Siti speaks), with the name's acronym in
 *  brackets left for the name itself; else -1. */
export function relativeClauseSubject(p: string, at: number, floor: number, mentions: readonly LocalMention[]): number {
  let w = wordBefore(p, at, floor);
  for (let n = 0; n < 2 && w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end); n++) w = wordBefore(p, w.start, floor);
  if (w === null || !isLowerWordAt(p, w.start, w.end, 'yang')) return -1;
  let k = appositiveStart(p, w.start, floor);
  const appositive = k < w.start;
  while (k > floor && p.charCodeAt(k - 1) === 32) k--;
  if (k <= floor || p.charCodeAt(k - 1) !== 44) return -1;
  k--;
  // ("Serikat Buruh X (SBX), yang …": the name before its bracketed acronym)
  if (p.charCodeAt(k - 1) === 41) {
    const open = p.lastIndexOf('(', k);
    if (open > floor && k - open <= 16) {
      k = open;
      while (k > floor && p.charCodeAt(k - 1) === 32) k--;
    }
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    if (mentions[i].end === k) return appositive && afterPreposition(p, mentions[i].start, floor) ? -1 : i;
    if (mentions[i].end < k) break;
  }
  return -1;
}

/** Words that make the name after them an adjunct, not the sentence's subject or object:
 *  "Selain Budi, warga yang mengatakan …" and "Kepada Budi, petugas yang menyebut …" open a
 *  new subject after the comma, no appositive of the name. */
const NAME_ADJUNCT_PREPOSITION_WORDS = new LowerWordSet([...OBJECT_TAIL_PREPOSITIONS, 'selain', 'menurut', 'kata', 'untuk', 'dengan', 'bersama', 'seperti', 'pada']);

/** A preposition before the name, or opening it (a sentence's capitalised "Kepada Budi"
 *  may be read into the mention). */
function afterPreposition(p: string, nameStart: number, floor: number): boolean {
  const w = wordBefore(p, nameStart, floor) ?? wordAfter(p, nameStart);
  return w !== null && NAME_ADJUNCT_PREPOSITION_WORDS.hasAt(p, w.start, w.end);
}

/** Where an appositive of up to MAX_APPOSITIVE_WORDS lower-case words ending before `yang`
 *  starts, when a comma stands right before it and none of its words is a predicate
 *  ("…, lalu membacakan surat yang …" acts on a thing); else `yang` (no appositive). */
function appositiveStart(p: string, yang: number, floor: number): number {
  let start = yang;
  for (let n = 0; n < MAX_APPOSITIVE_WORDS; n++) {
    const w = wordBefore(p, start, floor);
    if (w === null) break;
    const c = p.charCodeAt(w.start);
    if (c < 97 || c > 122 || (isPrefixedVerb(p, w.start, w.end) && !TITLE_HEAD_WORDS.hasAt(p, w.start, w.end))) return yang;
    start = w.start;
    let k = start;
    while (k > floor && p.charCodeAt(k - 1) === 32) k--;
    if (k > floor && p.charCodeAt(k - 1) === 44) return start;
  }
  return yang;
}

/** The verb at `at` opens a restrictive relative clause ("yang" with no comma before it)
 *  after a lower-case common noun that no mention ends: "… membacakan surat perjanjian yang
 *  menyebut harga …", "… pengumuman kelurahan yang menyebut jadwal …". Its subject
 *  is that thing, which is no identifiable actor (spec: a statement renders an actor's
 *  words), and not the sentence's subject: no statement. */
export function restrictiveRelativeOfThing(p: string, at: number, floor: number, mentions: readonly LocalMention[]): boolean {
  let w = wordBefore(p, at, floor);
  for (let n = 0; n < 2 && w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end); n++) w = wordBefore(p, w.start, floor);
  if (w === null || !isLowerWordAt(p, w.start, w.end, 'yang')) return false;
  const noun = wordBefore(p, w.start, floor);
  if (noun === null || noun.end + 1 !== w.start || p.charCodeAt(noun.end) !== 32) return false;
  const c = p.charCodeAt(noun.start);
  if (c < 97 || c > 122) return false;
  // (the mention ending at the noun starts before its end: one binary search, no walk)
  const i = firstStartingAt(mentions, noun.end) - 1;
  return i < 0 || mentions[i].end !== noun.end;
}

/** Negations and auxiliaries that may open the main predicate after the relative clause
 *  ("…, tidak menanggapi", "…, akan mengirim", "…, ikut mengungsi"), beside the verb
 *  adverbs ("telah", "juga"). */
const PREDICATE_OPENER_WORDS = new LowerWordSet(['tidak', 'tak', 'belum', 'akan', 'masih', 'pun', 'tetap', 'segera', 'ikut']);

/** "Menteri X, yang telah mendesak agar C, menolak …": the relative clause after the
 *  sentence's subject closes at the comma before the main predicate, and so does the
 *  statement it reports (spec: "X, yang mengklaim bahwa C, …"). Given the content
 *  [start, end) of the verb at `at` whose subject the relative clause names (mention
 *  `antecedent`), the content's end cut before that comma, or `end` unchanged when the
 *  name is no subject ("Aksi itu diserukan X, yang …": the sentence had its predicate) or
 *  no comma in C is followed by a predicate. A list of verbs ("…, menyimpan air, dan
 *  mengungsi") stays C's. One pass over the content. */
export function relativeAsideContentEnd(p: string, lead: number, antecedentStart: number, start: number, end: number, spans: readonly QuoteSpan[]): number {
  if (predicateBefore(p, lead, antecedentStart)) return end;
  for (let k = start; k < end; k++) {
    if (p.charCodeAt(k) !== 44 || (spans.length > 0 && spanAt(spans, k) >= 0)) continue;
    let w = wordAfter(p, k + 1, end);
    for (let n = 0; n < 2 && w !== null && (VERB_ADVERB_WORDS.hasAt(p, w.start, w.end) || PREDICATE_OPENER_WORDS.hasAt(p, w.start, w.end)); n++) w = wordAfter(p, w.end, end);
    if (w === null || !isPrefixedVerb(p, w.start, w.end) || TITLE_HEAD_WORDS.hasAt(p, w.start, w.end)) continue;
    if (listGoesOn(p, w.end, end)) return end;
    const cut = trimEnd(p, start, k);
    return cut > start ? cut : end;
  }
  return end;
}

/** A lower-case prefixed verb stands in [from, to): the sentence has a predicate before
 *  the name, so the name is its object or complement, not its subject. */
function predicateBefore(p: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (!isWordChar(p.charCodeAt(k))) continue;
    let e = k + 1;
    while (e < to && isWordChar(p.charCodeAt(e))) e++;
    if (isPrefixedVerb(p, k, e) && !TITLE_HEAD_WORDS.hasAt(p, k, e)) return true;
    k = e;
  }
  return false;
}

/** ", dan" or ", serta" in [from, to): the comma closed an item of a list. */
function listGoesOn(p: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (p.charCodeAt(k) !== 44) continue;
    const w = wordAfter(p, k + 1, to);
    if (w !== null && (isLowerWordAt(p, w.start, w.end, 'dan') || isLowerWordAt(p, w.start, w.end, 'serta'))) return true;
  }
  return false;
}
