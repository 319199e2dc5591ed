// "X dalam keterangan tertulis menyebut …. Perusahaan itu mengklaim …", "X membantah …. Dalam
// keterangan tertulis, lembaga itu menyatakan …", "Pernyataan itu juga meminta agar …": a
// body's noun with a demonstrative as the subject points back to the body that opened the
// sentence before, in the same paragraph; a written statement is spoken by its body
// (eval/README). body-anaphor.ts finds a company by its shape (PT, Tbk, a company tail);
// this is for a body whose name shows no kind ("Transnet", "ELECAM") and for the nouns of
// an institution or of the statement itself, which name no kind (speakers55; dev d456,
// d397, d323, d448).
import { wordAfter, wordBefore } from '../../text/chars';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { DEMONSTRATIVE_WORDS, SPEECH_VERB_WORDS, STATE_BODY_HEAD_WORDS, VERB_ADVERB_WORDS } from '../lexicon';
import { firstStartingAt, type LocalMention } from '../mention';
import { endsSentenceAt, sentenceStartBefore } from '../sentence-end';
import { skipLead } from './sentences';

/** Nouns of a body that point back with a demonstrative ("perusahaan itu", "lembaga tersebut"). */
const BODY_NOUNS = new LowerWordSet(['perusahaan', 'lembaga', 'badan', 'organisasi', 'institusi', 'instansi']);
/** The statement itself ("Pernyataan itu juga meminta …"): spoken by whoever opened the sentence before. */
const STATEMENT_NOUNS = new LowerWordSet(['pernyataan']);

/** Words naming a statement whose issuer follows ("pernyataan Kementerian Keuangan"). */
const STATEMENT_OF_WORDS = new LowerWordSet(['pernyataan', 'keterangan']);

/** demonstrativeBodySubject's answer for "Pernyataan itu …" whose issuer the sentence before
 *  does not show: nobody speaks (the rules for other subjects would take the sentence
 *  before's subject, who may only have answered the statement). */
export const UNSHOWN_ISSUER = -2;

/** How far back the sentence before is read (characters), as subjects are (find.ts). */
const REACH = 600;

/** The mention that opens the sentence before the one at `floor` in paragraph `p`, when the
 *  subject of the verb at `at` is a body noun or "pernyataan" with a demonstrative opening
 *  its clause (at `floor`, past a lead, or after a comma); an ORG for a body noun (no
 *  state body for "perusahaan"), an ORG or a person for the statement. Else -1, or
 *  UNSHOWN_ISSUER for a statement no one in the sentence before is shown to have made. */
export function demonstrativeBodySubject(p: string, at: number, floor: number, mentions: readonly LocalMention[]): number {
  let w = wordBefore(p, at, floor);
  if (w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end)) w = wordBefore(p, w.start, floor);
  if (w === null || !DEMONSTRATIVE_WORDS.hasAt(p, w.start, w.end)) return -1;
  const noun = wordBefore(p, w.start, floor);
  if (noun === null || noun.end + 1 !== w.start) return -1;
  const body = BODY_NOUNS.hasAt(p, noun.start, noun.end);
  if (!body && !STATEMENT_NOUNS.hasAt(p, noun.start, noun.end)) return -1;
  if (!opensClause(p, noun.start, floor)) return -1;
  // The sentence before: it ends right before this one's start.
  let end = floor;
  while (end > 0 && (p.charCodeAt(end - 1) === 32 || p.charCodeAt(end - 1) === 9)) end--;
  if (end === 0 || !endsSentenceAt(p, end - 1)) return -1;
  const before = sentenceStartBefore(p, end - 1, Math.max(0, end - REACH));
  // ("Budi menanggapi pernyataan Kementerian Keuangan …. Pernyataan itu menyebut …": the
  // statement named, not the sentence's subject)
  if (!body) {
    const issuer = issuerNamedIn(p, before, end, mentions);
    if (issuer >= 0) return issuer;
  }
  const lead = skipLead(p, before, end);
  const i = firstStartingAt(mentions, lead);
  if (i >= mentions.length || mentions[i].start !== lead) return body ? -1 : UNSHOWN_ISSUER;
  const m = mentions[i];
  // ("Kementerian X menyebut …. Perusahaan itu …", "Kepolisian Kenya menyelidiki …": a state body is no company)
  if (body) return m.type === 'ORG' && !(isLowerWordAt(p, noun.start, noun.end, 'perusahaan') && isStateBody(p, m)) ? i : -1;
  // (the statement is the opener's only where the opener made one: "X menyebut …", "X dalam
  // keterangan tertulis …"; "Budi menanggapi …" made none, and no speaker beats a wrong one)
  return (m.type === 'ORG' || m.type === 'PER') && speaksNext(p, m.end, end) ? i : UNSHOWN_ISSUER;
}

/** The mention right after "pernyataan" or "keterangan" in the sentence [from, to), an ORG or a person. Else -1. */
function issuerNamedIn(p: string, from: number, to: number, mentions: readonly LocalMention[]): number {
  for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i].start < to; i++) {
    const m = mentions[i];
    if (m.type !== 'ORG' && m.type !== 'PER') continue;
    const w = wordBefore(p, m.start, from);
    if (w !== null && w.end + 1 === m.start && STATEMENT_OF_WORDS.hasAt(p, w.start, w.end)) return i;
  }
  return -1;
}

function isStateBody(p: string, m: LocalMention): boolean {
  if (p.startsWith('Kemen', m.start)) return true;
  const head = wordAfter(p, m.start);
  return head !== null && head.end <= m.end && STATE_BODY_HEAD_WORDS.hasAt(p, head.start, head.end);
}

const STATEMENT_CHANNEL_WORDS = new LowerWordSet(['dalam', 'melalui', 'lewat']);

/** A speech verb (past an adverb) or "dalam/melalui/lewat keterangan|pernyataan" follows the opener ending at `at`. */
function speaksNext(p: string, at: number, to: number): boolean {
  let w = wordAfter(p, at);
  if (w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end)) w = wordAfter(p, w.end);
  if (w === null || w.end > to) return false;
  if (SPEECH_VERB_WORDS.hasAt(p, w.start, w.end)) return true;
  if (!STATEMENT_CHANNEL_WORDS.hasAt(p, w.start, w.end)) return false;
  const next = wordAfter(p, w.end);
  return next !== null && next.end <= to && STATEMENT_OF_WORDS.hasAt(p, next.start, next.end);
}

/** The noun at `start` opens its clause: at the sentence's start past a lead ("Namun, …"
 *  is a comma too), or after a comma ("Dalam keterangan tertulis, lembaga itu …"). */
function opensClause(p: string, start: number, floor: number): boolean {
  if (skipLead(p, floor, start) === start) return true;
  let k = start;
  while (k > floor && p.charCodeAt(k - 1) === 32) k--;
  return k > floor && p.charCodeAt(k - 1) === 44;
}
