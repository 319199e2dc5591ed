// "X dalam keterangan tertulis menyebut …. Perusahaan itu mengklaim …", "X membantah …. Dalam
// keterangan tertulis, lembaga itu menyatakan …", "Pernyataan itu juga meminta agar …": a
// body's noun with a demonstrative as the subject points back to the body that opened the
// sentence before, in the same paragraph; a written statement is spoken by its body
// (eval/README). body-anaphor.ts finds a company by its shape (PT, Tbk, a company tail);
// this is for a body whose name shows no kind ("Transnet", "ELECAM") and for the nouns of
// an institution or of the statement itself, which name no kind (speakers55; dev d456,
// d397, d323, d448).
import { wordBefore } from '../../text/chars';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { DEMONSTRATIVE_WORDS, VERB_ADVERB_WORDS } from '../lexicon';
import { firstStartingAt, type LocalMention } from '../mention';
import { endsSentenceAt, sentenceStartBefore } from '../sentence-end';
import { skipLead } from './sentences';

/** Nouns of a body that point back with a demonstrative ("perusahaan itu", "lembaga tersebut"). */
const BODY_NOUNS = new LowerWordSet(['perusahaan', 'lembaga', 'badan', 'organisasi', 'institusi', 'instansi']);
/** The statement itself ("Pernyataan itu juga meminta …"): spoken by whoever opened the sentence before. */
const STATEMENT_NOUNS = new LowerWordSet(['pernyataan']);

/** How far back the sentence before is read (characters), as subjects are (find.ts). */
const REACH = 600;

/** The mention that opens the sentence before the one at `floor` in paragraph `p`, when the
 *  subject of the verb at `at` is a body noun or "pernyataan" with a demonstrative opening
 *  its clause (at `floor`, past a lead, or after a comma); an ORG for a body noun (no
 *  ministry for "perusahaan"), an ORG or a person for the statement. Else -1. */
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
  const lead = skipLead(p, before, end);
  const i = firstStartingAt(mentions, lead);
  if (i >= mentions.length || mentions[i].start !== lead) return -1;
  const m = mentions[i];
  // ("Kementerian X menyebut …. Perusahaan itu …": a ministry is no company)
  if (body) return m.type === 'ORG' && !(isLowerWordAt(p, noun.start, noun.end, 'perusahaan') && p.startsWith('Kemen', m.start)) ? i : -1;
  return m.type === 'ORG' || m.type === 'PER' ? i : -1;
}

/** The noun at `start` opens its clause: at the sentence's start past a lead ("Namun, …"
 *  is a comma too), or after a comma ("Dalam keterangan tertulis, lembaga itu …"). */
function opensClause(p: string, start: number, floor: number): boolean {
  if (skipLead(p, floor, start) === start) return true;
  let k = start;
  while (k > floor && p.charCodeAt(k - 1) === 32) k--;
  return k > floor && p.charCodeAt(k - 1) === 44;
}
