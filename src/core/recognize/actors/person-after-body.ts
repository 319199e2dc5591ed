// "Kepala Badan Geologi Hendarto Suryono", "Direktur Jenderal Perhubungan Udara Kementerian
// Perhubungan Yosef Haryadi": after a title, the name of the body the title belongs to
// is followed by the title holder's name with nothing between them. The organisation's
// extent would run on over that name (issue 13, dev batch 8), so the last two or three
// words, when they look like a person's name to the word classes and the name model, are
// cut off and left to the unknown-name rule.
import { acronymInBracketsAfter, adjacent, has, kbMatch, low, word, type Ctx } from './ctx';
import { ASSOCIATION_HEADS, MEMBER_TRADES, PERSON_ROLES, SPEECH_VERB_WORDS, UNIVERSITY_HEADS } from '../lexicon';
import { roleFromBodyBefore } from './role-from-body';
import { bareRegencyAt } from './bare-regency';
import { holderInApposition } from './holder-in-apposition';
import { wordAfter } from '../../text/chars';
import { classProbs, nameScorer, PER, tokensAfter, tokensBefore, modelMargins } from '../name-model';
import { F_ORG_HEAD, F_ORG_TAIL, NOT_IN_A_PERSON_NAME } from './word-class';

/** Bodies often named after a person ("Universitas Sam Ratulangi", "RSUP Dr Sardjito",
 *  "Yayasan Budi Luhur"): their names are never cut. */
const NAMED_AFTER_PEOPLE = new Set([...UNIVERSITY_HEADS, 'sekolah', 'yayasan', 'rsup', 'rsud', 'pondok', 'pesantren', 'ponpes', 'perusahaan', 'pt', 'cv', 'bank']);
/** Bodies named by their head alone ("Senat", "Parlemen", "Kongres"): the one exception to
 *  the body keeping two words. */
const ONE_WORD_BODIES = new Set(['senat', 'parlemen', 'kongres']);
/** Words after such a head that name the chamber's kind, no holder's name ("Senat Akademik"). */
const CHAMBER_KINDS = new Set(['akademik', 'fakultas', 'universitas', 'mahasiswa', 'guru', 'pemuda', 'rakyat', 'nasional']);
const PROBS = classProbs();

/** The token where the title holder's name starts inside the organisation run [i, j), or
 *  j when there is none. The body keeps at least two words (ONE_WORD_BODIES one). */
export function personAfterBody(ctx: Ctx, i: number, j: number): number {
  if (!(ctx.titleCue || roleFromBodyBefore(ctx.p, ctx.ts[i])) || j - i < 3 || NAMED_AFTER_PEOPLE.has(low(ctx, i))) return j;
  // "Badan Pengelola Dana Abadi Pesantren (BPDAP)": the body's acronym follows the whole
  // run, so no holder's name ends it.
  if (acronymInBracketsAfter(ctx, i, j)) return j;
  // "Ketua Koperasi Produsen Tani Subur Makmur, Darsini, …": the holder is named after a comma.
  if (holderInApposition(ctx, i, j)) return j;
  // "Ketua Senat Ramon Dizon Aquino": a chamber named by its head alone; the words after it,
  // when the model reads them all as a name, are the holder's (dev d226); "Senat Akademik
  // Rudi …" keeps its kind (the model reads "Akademik" no less a name than "Ramon").
  if (ONE_WORD_BODIES.has(low(ctx, i)) && j - i <= 4 && !CHAMBER_KINDS.has(low(ctx, i + 1)) &&
      personMargin(ctx, i + 1, j, true) > modelMargins().personAfterBody) return i + 1;
  // A body the KB knows ends where its name ends ("Badan Pusat Statistik | Amalia …").
  const known = kbMatch(ctx, i);
  if (known && known.entity.type === 'ORG') {
    let s = i + 1;
    while (s < j && ctx.ts[s] < known.end) s++;
    if (s < i + 2 || j - s > 3) return j;
    // "Kementerian Kesehatan | Sumarjaya menyatakan": a holder known by one name, which the
    // model cannot judge alone, when a speech verb or a comma follows it.
    if (j - s === 1) return wordsMayBeAName(ctx, s, j) && holderCueAfter(ctx, j - 1) ? s : j;
    return personMargin(ctx, s, j) > 0 ? s : j;
  }
  if (j - i < 4) return j;
  // Otherwise the tail of two or three words the model reads best as a name ("Stasiun
  // Meteorologi Tjilik Riwut | Rina Moluko": the airport's name before the holder's
  // reads as a name too, less well).
  // "Serikat Pekerja Borneo Alumina": the words right after an association and its members'
  // word name whose members they are (their employer, their place), no holder (dev d263).
  return bestPersonTail(ctx, i, j, (s) => s !== i + 2 || !membersAssociation(ctx, i));
}

/** Tokens i and i + 1 are an association's head and its members' word ("Serikat Pekerja",
 *  "Ikatan Pedagang", "Himpunan Nelayan"). */
function membersAssociation(ctx: Ctx, i: number): boolean {
  const members = low(ctx, i + 1);
  return ASSOCIATION_HEADS.has(low(ctx, i)) && (PERSON_ROLES.has(members) || MEMBER_TRADES.has(members));
}

/** The start of the tail of two or three words of the run [i, j) that the name model reads
 *  best as a person's name, by more than modelMargins().personAfterBody; the body keeps two words at least.
 *  Only cuts `mayCut` allows are looked at. j when there is none. */
export function bestPersonTail(ctx: Ctx, i: number, j: number, mayCut: (s: number) => boolean = () => true): number {
  let best = j;
  let bestMargin = modelMargins().personAfterBody;
  for (let s = Math.max(i + 2, j - 3); s <= j - 2; s++) {
    if (!mayCut(s)) continue;
    const margin = personMargin(ctx, s, j);
    if (margin > bestMargin) { best = s; bestMargin = margin; }
  }
  return best;
}

/** How much more probable PER is than any other class for the words [s, j), or -1 when a
 *  word cannot be part of a person's name. */
export function personMargin(ctx: Ctx, s: number, j: number, oneWordBody = false): number {
  if (!wordsMayBeAName(ctx, s, j, oneWordBody)) return -1;
  const words: string[] = [];
  for (let k = s; k < j; k++) words.push(word(ctx, k));
  const probs = nameScorer().score(words, tokensBefore(ctx.p, ctx.ts[s]), tokensAfter(ctx.p, ctx.te[j - 1]), PROBS);
  let other = 0;
  for (let c = 0; c < probs.length; c++) if (c !== PER && probs[c] > other) other = probs[c];
  return probs[PER] - other;
}

/** The words [s, j) may be a person's name after the body before them: no word of a class a
 *  name never has, no known place or body, one space between the words. */
function wordsMayBeAName(ctx: Ctx, s: number, j: number, oneWordBody = false): boolean {
  // "Pusat Kajian Antikorupsi Universitas Gadjah Mada": a name right after a head is the
  // name of that head's institution (not after a body named by its head alone, ONE_WORD_BODIES).
  if (!oneWordBody && has(ctx, s - 1, F_ORG_HEAD | F_ORG_TAIL)) return false;
  // "Inspektorat Daerah Batu Bara | Yusuf Harahap": a regency's words are not split. (The
  // words end a body's name, where a region may stand: no cue needed to keep them whole.)
  if ((bareRegencyAt(ctx, s - 1)?.end ?? 0) > ctx.ts[s]) return false;
  for (let k = s; k < j; k++) {
    if (has(ctx, k, NOT_IN_A_PERSON_NAME) || !adjacent(ctx, k - 1, k) || ctx.p.charCodeAt(ctx.te[k - 1]) !== 32) return false;
    const known = kbMatch(ctx, k);
    if (known && known.entity.type !== 'PER') return false;
  }
  return true;
}

/** Token k, the last of a name, is followed by a comma or a speech verb ("… Sumarjaya
 *  menyatakan", "… Suhartoyo, …"). */
function holderCueAfter(ctx: Ctx, k: number): boolean {
  const { p, te } = ctx;
  if (p.charCodeAt(te[k]) === 44) return true;
  const next = wordAfter(p, te[k]);
  return next !== null && next.start === te[k] + 1 && SPEECH_VERB_WORDS.hasAt(p, next.start, next.end);
}
