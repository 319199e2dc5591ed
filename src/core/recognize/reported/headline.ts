// A headline "X: <statement>" without quotation marks reports X's words (cue ":"), and a
// headline request "X Minta <content>" X's request (as the dev gold annotates them). Only a
// short paragraph that is one line qualifies.
import { isDigit, isSpace, isUpper, wordAfter } from '../../text/chars';
import { TITLE_HEAD_WORDS, VALUE_NOUN_COMPLEMENTS } from '../lexicon';
import { firstStartingAt, type LocalMention } from '../mention';
import type { QuoteSpan } from '../quote-marks';
import { appendSmall } from '../small-list';
import type { LocalStatement } from './find';
import { coveredByQuote } from './find';
import { trimEnd } from './sentences';
import { asksQuestion } from './question';
import { INSTITUTION_NOUNS, looksLikeClause } from './clause';
import { readsAsAffixedNoun } from '../actors/word-class';

const MAX_HEADLINE = 200;

export function headlineStatement(p: string, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement[] | undefined {
  if (mentions.length === 0 || p.length > MAX_HEADLINE) return undefined;
  const byVerb = headlineVerbStatement(p, mentions, spans);
  if (byVerb !== undefined) return byVerb;
  // Most short paragraphs have no colon: one native search turns them away (a loop over
  // their first 100 characters was half of the reported pass's own time).
  const colon = p.indexOf(':');
  if (colon < 0 || colon >= 100) return undefined;
  // No sentence ends before the colon.
  for (let k = 0; k < colon; k++) if (p.charCodeAt(k) === 46 && isSpace(p.charCodeAt(k + 1))) return undefined;
  let e = colon;
  while (e > 0 && isSpace(p.charCodeAt(e - 1))) e--;
  const mi = firstStartingAt(mentions, e) - 1;
  if (mi < 0 || mentions[mi].end !== e || !onlyTitlesBefore(p, mentions, mi)) return undefined;
  let start = colon + 1;
  while (start < p.length && isSpace(p.charCodeAt(start))) start++;
  let end = trimEnd(p, start, p.length);
  if (end > start && p.charCodeAt(end - 1) === 46) end--;
  // A person's headline words may be all in Title Case ("Souza: Anak-Anak Sempat Panik"):
  // three words naming nobody are a clause too.
  if (end <= start || coveredByQuote(start, end, spans) || asksQuestion(p, start, end)) return undefined;
  if (!hasLowerWords(p, start, end, 3) && !(mentions[mi].type === 'PER' && namesNobody(p, mentions, start, end, 3))) return undefined;
  return appendSmall(undefined, { start, end, cue: ':', attribution: { kind: 'mention', mention: mi, cue: ':' } });
}

/** Before the speaker's name only other names and title words ("Menlu Sugiono:"), from
 *  the headline's start or from a comma that closes a first headline clause ("Iran Buka
 *  Akses, Grossi: …"). Any capitalised word may stand before a person's or a body's name
 *  ("Dubes RI Budi:"); before a place only names and titles: "Debat Kedua Pilgub
 *  Bengkulu:" labels a topic, and Bengkulu says nothing. */
function onlyTitlesBefore(p: string, mentions: LocalMention[], mi: number): boolean {
  const capitalsAllowed = mentions[mi].type !== 'GPE';
  const to = mentions[mi].start;
  const comma = p.lastIndexOf(',', to);
  let k = comma >= 0 ? comma + 1 : 0;
  let next = 0;
  while (k < to) {
    const w = wordAfter(p, k, to);
    if (!w) return p.slice(k, to).trim() === '';
    while (next < mi && mentions[next].end <= w.start) next++;
    const inMention = next <= mi && mentions[next].start <= w.start && w.end <= mentions[next].end;
    if (!inMention && !TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) && !(capitalsAllowed && isUpper(p.charCodeAt(w.start)))) return false;
    k = w.end;
  }
  return true;
}

/** At least `n` words, at least one of them lower-case (a clause, not a list of names). */
function hasLowerWords(p: string, from: number, to: number, n: number): boolean {
  let words = 0;
  let lower = false;
  for (let w = wordAfter(p, from, to); w; w = wordAfter(p, w.end, to)) {
    words++;
    if (!isUpper(p.charCodeAt(w.start))) lower = true;
    if (words >= n && lower) return true;
  }
  return false;
}

/** At least `n` words between `from` and `to`, and no mention among them. */
function namesNobody(p: string, mentions: LocalMention[], from: number, to: number, n: number): boolean {
  const mi = firstStartingAt(mentions, from);
  if (mi < mentions.length && mentions[mi].start < to) return false;
  return atLeastWords(p, from, to, n);
}

/** Unprefixed request verbs of headlines ("DPR Minta Pemerintah …"). */
const HEADLINE_REQUEST_VERBS = ['Minta', 'Desak', 'Imbau'];
/** Unprefixed claim verbs of headlines ("Komdigi Klaim Situs Judi Muncul Tiap Jam", "Agen
 *  Sebut Belum Ada Kontrak"): the headline forms of "mengklaim" / "menegaskan" /
 *  "mengakui" / "membantah" / "menyebut" / "menyatakan", reporting verbs of the annotation
 *  spec (form 1) that take a clause; their content must show a predicate ("Klaim Komponen
 *  Lokal 60 Persen", "PLN Sebut Gangguan Transmisi" name a thing, and a reporting verb with a
 *  noun object reports nothing). The prefixed "Mengaku" / "Mengakui" / "Membantah", "Ungkap"
 *  and "Tuding" + clause report too (session 52 ruling: "Moskow Tuding Moldova Persulit …",
 *  "Saksi Ungkap Uang Anggota Dipakai …"); "Saling Tuding" has no speaker before the verb. */
const HEADLINE_CLAIM_VERBS = ['Klaim', 'Tegaskan', 'Akui', 'Bantah', 'Sebut', 'Nyatakan', 'Mengaku', 'Mengakui', 'Membantah', 'Ungkap', 'Tuding', 'Nilai'];
/** Those whose content may be the speaker's own act without a subject ("Saksi Akui Setor
 *  Rp5 Juta", "Terdakwa Bantah Terima Uang"). */
export const HEADLINE_OWN_ACT_VERBS = ['Akui', 'Bantah', 'Mengaku', 'Mengakui', 'Membantah'];
/** Every unprefixed headline verb that reports (headline-verb-speaker.ts reads them too). */
export const HEADLINE_VERBS = [...HEADLINE_REQUEST_VERBS, ...HEADLINE_CLAIM_VERBS];
/** Any of them between spaces. One regex test turns away the many short paragraphs
 *  without one: on the bench text an indexOf per verb (a seven-character needle) cost
 *  about four times as much, some 30 ms per 20 MB. */
const HEADLINE_VERB_RE = new RegExp(` (?:${HEADLINE_VERBS.join('|')}) `);

/** A headline request "X Minta <content>" or "X Sambut …, Desak <content>", or a claim "X
 *  Klaim <clause>": one line with no full stop, the verb capitalised as in a headline; the speaker is the name right
 *  before the verb, or after a comma the name that opens the headline. The content runs
 *  to the next comma or the end. */
function headlineVerbStatement(p: string, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement[] | undefined {
  if (!HEADLINE_VERB_RE.test(p)) return undefined;
  if (p.indexOf('\n') >= 0 || p.indexOf('. ') >= 0 || p.trimEnd().endsWith('.')) return undefined;
  for (const verb of HEADLINE_VERBS) {
    const at = p.indexOf(` ${verb} `);
    if (at < 0) continue;
    const verbStart = at + 1;
    const mi = speakerOfHeadlineVerb(p, mentions, verbStart);
    if (mi < 0) continue;
    const start = verbStart + verb.length + 1;
    const comma = clauseComma(p, start, p.length);
    const end = trimEnd(p, start, comma >= 0 ? comma : p.length);
    if (end <= start || coveredByQuote(start, end, spans) || asksQuestion(p, start, end) || !atLeastWords(p, start, end, 2)) continue;
    if (HEADLINE_CLAIM_VERBS.includes(verb) && (!headlineClause(p, start, end) || headlineVerbIsNoun(p, verb, start, end))) continue;
    if (HEADLINE_REQUEST_VERBS.includes(verb) && requestNamesThing(p, start, end)) continue;
    return appendSmall(undefined, { start, end, cue: verb, attribution: { kind: 'mention', mention: mi, cue: verb } });
  }
  return undefined;
}

/** The headline verb `verb`, its content at [from, to), is a noun: "Nilai" before a word it
 *  heads as the noun "value" ("BI Nilai Tukar Rupiah …" reports nothing). */
export function headlineVerbIsNoun(p: string, verb: string, from: number, to: number): boolean {
  if (verb !== 'Nilai') return false;
  const w = wordAfter(p, from, to);
  return w !== null && VALUE_NOUN_COMPLEMENTS.has(p.slice(w.start, w.end).toLowerCase());
}

/** The headline words [from, to) open a clause. Read in lower case: in a Title-Case
 *  headline "Mesin Diganti yang Lebih Kecil" and "Ajaran Pengajian di Cugenang Menyimpang"
 *  show their predicates only so (clause.ts knows verbs in lower case). */
export function headlineClause(p: string, from: number, to: number): boolean {
  const words = p.slice(from, to).toLowerCase();
  return looksLikeClause(words, 0, words.length) || BARE_VERB_CLAUSE_RE.test(words);
}

/** Most words of a thing asked for ("Penyelidikan Independen", "Keterangan Lengkap", "Bantuan
 *  Logistik Tambahan"). */
const MAX_REQUESTED_THING_WORDS = 3;

/** A request's content [from, to) names the thing asked for, not an act asked of someone: a
 *  noun by its affixes ("Penyelidikan", "Keterangan") opens a few words that show no clause
 *  (spec: a reporting verb with only a noun object reports nothing; session 52 ruling, "PBB
 *  Minta Penyelidikan Independen"). Requests keep their unprefixed verbs without that test
 *  ("Desak Eropa Hemat Energi"): only the noun shape turns one away. People ("Wisatawan",
 *  "Karyawan") and institutions ("Perusahaan", "Kepolisian") asked to act are subjects. */
function requestNamesThing(p: string, from: number, to: number): boolean {
  const first = wordAfter(p, from, to);
  if (first === null || atLeastWords(p, from, to, MAX_REQUESTED_THING_WORDS + 1)) return false;
  const w = p.slice(first.start, first.end).toLowerCase();
  if (w.endsWith('wan') || w.endsWith('wati') || INSTITUTION_NOUNS.hasAt(w, 0, w.length)) return false;
  return readsAsAffixedNoun(w) && !headlineClause(p, from, to);
}

/** A headline clause with its verb unprefixed, as headlines write the active verb ("Jaksa
 *  Hadirkan Saksi", "Pemerintah Segera Turunkan Harga"): a subject of one or two words, a
 *  verb in -kan (no pe-/ke- noun: "pendidikan", "kebijakan"), then its object (fix49a:
 *  "Hakim Minta Jaksa Hadirkan Saksi" reported nothing). clause.ts knows prefixed verbs. */
const BARE_VERB_CLAUSE_RE = /^[\p{L}-]+(?: [\p{L}-]+)? (?!pe|ke)\p{L}{3,}kan [\p{L}\p{N}]/u;

function speakerOfHeadlineVerb(p: string, mentions: LocalMention[], verbStart: number): number {
  let e = verbStart;
  while (e > 0 && isSpace(p.charCodeAt(e - 1))) e--;
  if (p.charCodeAt(e - 1) === 44) return mentions[0].start === 0 ? 0 : -1;
  const mi = firstStartingAt(mentions, e) - 1;
  if (mi < 0 || mentions[mi].end !== e || !onlyTitleWordsBefore(p, mentions[mi].start)) return -1;
  return mi;
}

/** Only title words between the clause start and the name ("Menlu Sugiono Minta"): in a
 *  Title-Case headline a capital proves nothing, and "Petani Dompu Minta …" is spoken by
 *  farmers, not by Dompu. */
function onlyTitleWordsBefore(p: string, to: number): boolean {
  const comma = p.lastIndexOf(',', to);
  for (let w = wordAfter(p, comma >= 0 ? comma + 1 : 0, to); w; w = wordAfter(p, w.end, to)) {
    if (!TITLE_HEAD_WORDS.hasAt(p, w.start, w.end)) return false;
  }
  return true;
}

/** The first comma in [from, to) that ends a headline clause, or -1: not the decimal comma
 *  of a figure ("Serahkan Uang Rp1,2 Miliar"). */
export function clauseComma(text: string, from: number, to: number): number {
  for (let c = text.indexOf(',', from); c >= 0 && c < to; c = text.indexOf(',', c + 1)) {
    if (!(isDigit(text.charCodeAt(c - 1)) && isDigit(text.charCodeAt(c + 1)))) return c;
  }
  return -1;
}

function atLeastWords(p: string, from: number, to: number, n: number): boolean {
  let words = 0;
  for (let w = wordAfter(p, from, to); w; w = wordAfter(p, w.end, to)) if (++words >= n) return true;
  return false;
}
