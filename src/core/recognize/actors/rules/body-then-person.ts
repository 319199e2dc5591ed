// "Kepala Riset Bahtera Sekuritas Gregorius Disoka", "Peneliti Universitas Gadjah Mada
// Laksmi Puspitarini", "bekas Menteri Badan Usaha Milik Negara Gunadi Wiryaatmaja": a
// titled person named right after the body they work for, with no comma between. The
// organisation rules ran over the person's name (the speaker became the organisation or
// a name with the company's words in it: issue 13, speakers); this rule cuts the run
// where the body ends and the name begins, when that place is certain:
// - the body is a name the KB knows ("Universitas Gadjah Mada", "Kementerian Luar Negeri");
// - after a minister's title, the ministry the KB knows as "Kementerian" + those words
//   (the title's remit, no mention);
// - after a title, a company ending in a firm word ("… Sekuritas", "… Capital").
// The name is two or three plain capitalised words that end the run before a verb, a comma
// or a full stop.
import { isWordCharAt } from '../../../kb/surface';
import { wordBefore } from '../../../text/chars';
import { TITLE_HEAD_WORDS } from '../../lexicon';
import { adjacent, emitKb, has, kbMatch, low, pushMention, type Ctx } from '../ctx';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { takeCustomsPort } from '../customs-office';
import { F_ORG_HEAD, F_ORG_TAIL, F_TITLE_WORD, G_MASK, NOT_IN_A_PERSON_NAME } from '../word-class';

/** Last words of an investment firm's or broker's name (beside the lexicon's ORG_TAILS). */
const FIRM_TAILS = new Set(['investa', 'investama', 'investindo', 'research', 'advisory']);
const MAX_RUN = 9;
/** Words that open a body's branch after its name. */
const BRANCH_WORDS = new Set(['cabang', 'perwakilan', 'wilayah', 'regional']);
/** How many words before the body a title may stand ("Peneliti hubungan internasional …"). */
const TITLE_REACH = 6;

export const bodyThenPerson: ActorRule = {
  name: 'body-then-person',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    // Most tokens: no title just before, no KB name or organisation head here.
    const ofEnd = englishTitleOfEnd(ctx, i);
    if (!ctx.titleCue && !has(ctx, i, F_ORG_HEAD | G_MASK) && ofEnd < 0) return NO_MATCH;
    const { p, ts, te, nt } = ctx;
    let from = i;
    let titled = ctx.titleCue;
    // "Head of Research Lumbung Capital …", "Chief of Public Affairs Gojek …": an English
    // title the title rule does not read.
    if (ofEnd > 0) { from = ofEnd; titled = true; }
    let end = from + 1;
    while (end < nt && end - from < MAX_RUN && adjacent(ctx, end - 1, end) && p.charCodeAt(te[end - 1]) === 32) end++;
    if (end - from < 3 || !clauseGoesOn(p, te[end - 1])) return NO_MATCH;
    let person = -1;
    const known = kbMatch(ctx, from);
    // ("Ketua pengurus KSP Kuja Mulya, Bambang …": one word the KB knows that is also a kind
    // of body's initials, an organisation head, starts that kind's name: organisation-head.)
    if (known && known.entity.type === 'ORG' && known.end === te[from] && has(ctx, from, F_ORG_HEAD)) return NO_MATCH;
    if (known && known.entity.type === 'ORG') {
      let m = from + 1;
      while (m < end && ts[m] < known.end) m++;
      if (te[m - 1] !== known.end || !nameTail(ctx, m, end) || (!titled && !titleBefore(p, ts[from]))) return NO_MATCH;
      emitKb(ctx, from, known);
      // "Kepala Bea Cukai Kualanamu Rika Moluko": the office's port before the name
      const port = takeCustomsPort(ctx, m);
      person = port > m && nameTail(ctx, port, end) ? port : m;
    } else if (titled && isMinisterBefore(ctx, from)) {
      // The minister's remit: title words, no mention.
      for (let m = from + 1; m <= end - 2 && person < 0; m++) if (nameTail(ctx, m, end) && ministryWords(ctx, from, m)) person = m;
    } else if (titled) {
      // Cheap test first (this runs for every titled run of three words or more): a firm
      // word somewhere before the last two tokens, then a name after it.
      for (let k = from + 1; k <= end - 3 && person < 0; k++) {
        if (isFirmTail(ctx, k) && nameTail(ctx, k + 1, end)) { pushMention(ctx, ts[from], te[k], 'ORG', 'pattern'); person = k + 1; }
      }
      // "Chief of Public Affairs Gojek Jaka Nurhaliza Rahman": after an English "… of <remit>"
      // title, one word is the company and the name follows (issue 13's leftover, recog37).
      if (person < 0 && ofEnd > 0 && end - from >= 3 && !has(ctx, from, NOT_IN_A_PERSON_NAME) && nameTail(ctx, from + 1, end)) {
        pushMention(ctx, ts[from], te[from], 'ORG', 'pattern');
        person = from + 1;
      }
    }
    if (person < 0) return NO_MATCH;
    pushMention(ctx, ts[person], te[end - 1], 'PER', 'pattern');
    return end;
  },
};

/** English titles written "<title> of <remit>" ("Head of Research", "Chief of Public Affairs"). */
const OF_TITLES = ['Head of ', 'Chief of ', 'Director of ', 'Manager of '];

/** "Head of Research", "Chief of Public Affairs": token i opens such a title and a
 *  capitalised word follows after "of"; the token after the remit (its first word and the
 *  title words after it), or -1. */
function englishTitleOfEnd(ctx: Ctx, i: number): number {
  const { p, ts, te, nt } = ctx;
  const c = p.charCodeAt(ts[i]);
  if (i + 2 >= nt || (c !== 72 && c !== 67 && c !== 68 && c !== 77) /* H C D M */) return -1;
  if (!opensOfTitle(p, ts[i], te[i]) || ts[i + 1] !== te[i] + 4) return -1;
  let k = i + 2;
  while (k < nt && adjacent(ctx, k - 1, k) && has(ctx, k, F_TITLE_WORD) && !kbMatch(ctx, k)) k++;
  return k;
}

/** p[s, e) is the first word of one of OF_TITLES, " of " after it. An indexed loop, not
 *  `find` with an arrow: asked at every token starting H, C, D or M, a closure per call
 *  was about a twentieth of what the paragraph pass allocated (speed38). */
function opensOfTitle(p: string, s: number, e: number): boolean {
  for (let k = 0; k < OF_TITLES.length; k++) if (e - s === OF_TITLES[k].length - 4 && p.startsWith(OF_TITLES[k], s)) return true;
  return false;
}

/** Tokens [m, end) are a person's name: two or three plain name words the KB does not know
 *  (a known person's name is the KB rule's to emit). */
function nameTail(ctx: Ctx, m: number, end: number): boolean {
  if (end - m < 2 || end - m > 3) return false;
  // "AirNav Indonesia Cabang Biak": a branch of the body, no person.
  if (BRANCH_WORDS.has(low(ctx, m))) return false;
  for (let k = m; k < end; k++) {
    if (has(ctx, k, NOT_IN_A_PERSON_NAME)) return false;
    if (kbMatch(ctx, k)) return false;
  }
  return true;
}

function isFirmTail(ctx: Ctx, k: number): boolean {
  return has(ctx, k, F_ORG_TAIL) || FIRM_TAILS.has(low(ctx, k));
}

/** After the run, the clause goes on: a comma, a full stop, or a lower-case word. */
function clauseGoesOn(p: string, at: number): boolean {
  const c = p.charCodeAt(at);
  if (c === 44 || c === 46) return true;
  const d = p.charCodeAt(at + 1);
  return c === 32 && d >= 97 && d <= 122;
}

/** A title word (TITLE_HEADS) among the TITLE_REACH words before `pos`. */
function titleBefore(p: string, pos: number): boolean {
  let at = pos;
  for (let k = 0; k < TITLE_REACH; k++) {
    const w = wordBefore(p, at);
    if (!w || at - w.end > 1) return false;
    if (TITLE_HEAD_WORDS.hasAt(p, w.start, w.end)) return true;
    at = w.start;
  }
  return false;
}

/** The word right before token `from` is "Menteri" (read in place). */
function isMinisterBefore(ctx: Ctx, from: number): boolean {
  const at = ctx.ts[from] - 8;
  const c = ctx.p.charCodeAt(at);
  return at >= 0 && (c === 77 || c === 109) && ctx.p.startsWith('enteri ', at + 1) && (at === 0 || !isWordCharAt(ctx.p, at - 1));
}

/** Tokens [from, to) name a ministry the KB knows as "Kementerian <those words>". */
function ministryWords(ctx: Ctx, from: number, to: number): boolean {
  const known = ctx.kb.lookup(`Kementerian ${ctx.p.slice(ctx.ts[from], ctx.te[to - 1])}`);
  return known !== undefined && known.type === 'ORG';
}
