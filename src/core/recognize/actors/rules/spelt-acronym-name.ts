// "Perwakilan Umat Buddha Indonesia (Walubi)", "Gabungan Pengusaha Kopi Nusantara
// (Gapkona)": Indonesian bodies define a short name in brackets after their full name, spelt
// from syllables of its words rather than their initials. The other rules read such a
// definition only where an organisation's head opens the name or the short name is the
// initials ("Aksi Cepat Tanggap (ACT)"); otherwise the words were cut at a place the KB
// knows ("Indonesia"), read as a person ("Perwakilan Umat Buddha") and the short name,
// each time the article used it, as a person too (dev d337: "Walubi" three times). When
// the letters of the short name can be taken in order from the capitalised words right
// before the bracket, each word giving at least one, every word after the first from its
// own first letter, the words are one organisation and the short name names it.
// Titles, terms and events are spelt so too ("Kepala Kepolisian Daerah (Kapolda)",
// "Pemilihan Kepala Daerah (Pilkada)", "Musyawarah Nasional (Munas)"): only a name that ends
// in the country or region it serves, as a national or regional body's does ("… Indonesia",
// "… Jawa Timur"), and opens with no title's, term's or non-actor's head, is read so.
import { classProbs, PER, modelMargins } from '../../name-model';
import { has, kbMatch, low, pushMention, type Ctx } from '../ctx';
import { PROGRAMME_HEADS, TERM_HEADS } from '../../lexicon';
import { acronymAfter } from '../extents';
import { conventionScoresOf } from '../run-scores';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_NON_ACTOR_HEAD, F_SENTENCE_STARTER, F_TITLE_HEAD } from '../word-class';

/** A short name in brackets spelt as a word ("Walubi", "Gapki", "WALUBI"). */
const SHORT_NAME = /^ \((\p{Lu}[\p{Ll}\p{Lu}]{2,9})\)/u;
/** The most words of such a full name. */
const MAX_WORDS = 7;

export const speltAcronymName: ActorRule = {
  name: 'spelt-acronym-name',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    const { p, ts, te, nt } = ctx;
    // Only at the start of a run of capitalised words that the bracket closes.
    if ((i > 0 && adjacentWords(ctx, i - 1, i)) || ctx.mode === 'kbOnly') return NO_MATCH;
    let k = i;
    while (k + 1 < nt && k - i < MAX_WORDS && adjacentWords(ctx, k, k + 1)) k++;
    if (k === i || p.charCodeAt(te[k]) !== 32 || p.charCodeAt(te[k] + 1) !== 40) return NO_MATCH;
    const short = SHORT_NAME.exec(p.slice(te[k], te[k] + 14));
    if (!short) return NO_MATCH;
    const letters = short[1].toLowerCase();
    // the nearest start that spells it; only sentence openers ("Menurut") before it
    for (let s = k - 1; s >= i; s--) {
      if (!spells(ctx, s, k, letters)) continue;
      for (let t = i; t < s; t++) if (!has(ctx, t, F_SENTENCE_STARTER)) return NO_MATCH;
      if (initialsOnly(ctx, s, k, letters) || !endsInPlace(ctx, s, k) || has(ctx, s, NO_BODY_HEAD) || TERM_OR_PROGRAMME.has(low(ctx, s)) ||
          nicknameOfPerson(ctx, s, k)) return NO_MATCH;
      pushMention(ctx, ts[s], te[k], 'ORG', 'pattern');
      return acronymAfter(ctx, k + 1, ctx.out.length - 1);
    }
    return NO_MATCH;
  },
};

/** Heads that open no body's name: titles ("Kepala", "Komandan"), events and places ("Rapat", "Pekan", "Bandara"). */
const NO_BODY_HEAD = F_TITLE_HEAD | F_NON_ACTOR_HEAD;
const TERM_OR_PROGRAMME = new Set([...TERM_HEADS, ...PROGRAMME_HEADS, 'pemilihan', 'musyawarah', 'alat', 'kuliah', 'penerimaan']);

/** The run [s, k] ends in a place the KB knows, its last word ("… Buddha Indonesia"). */
function endsInPlace(ctx: Ctx, s: number, k: number): boolean {
  for (let w = k; w > s; w--) {
    const m = kbMatch(ctx, w);
    if (m && m.entity.type === 'GPE' && m.start === ctx.ts[w] && m.end === ctx.te[k]) return true;
  }
  return false;
}

const PROBS = classProbs();
/** "Bambang Soesatyo (Bamsoet)", "Joko Widodo (Jokowi)": a person's nickname is spelt the
 *  same way; a person the KB knows, or words the name model reads as a person's name more
 *  than as anything else, are left to the other rules. */
function nicknameOfPerson(ctx: Ctx, s: number, k: number): boolean {
  for (let w = s; w <= k; w++) {
    const m = kbMatch(ctx, w);
    if (m && m.entity.type === 'PER') return true;
  }
  return conventionScoresOf(ctx, s, k + 1, PROBS)[PER] >= modelMargins().speltAcronymPerson;
}

/** Tokens a and a + 1 are words of one name joined by one space (no hyphen, no dot). */
function adjacentWords(ctx: Ctx, a: number, b: number): boolean {
  return ctx.ts[b] === ctx.te[a] + 1 && ctx.p.charCodeAt(ctx.te[a]) === 32;
}

/** The words [s, k] spell `letters`: each word gives the next one or more letters, in order
 *  within it, the first word's anywhere in it, the others' from their first letter. */
function spells(ctx: Ctx, s: number, k: number, letters: string): boolean {
  return spellFrom(ctx, s, k, letters, 0, true);
}

function spellFrom(ctx: Ctx, w: number, k: number, letters: string, at: number, first: boolean): boolean {
  if (w > k) return at === letters.length;
  if (at >= letters.length) return false;
  const word = ctx.p.slice(ctx.ts[w], ctx.te[w]).toLowerCase();
  // the first letter the word gives: its own first letter, or any of the first word's
  let pos = word.charCodeAt(0) === letters.charCodeAt(at) ? 1 : first ? word.indexOf(letters[at]) + 1 : 0;
  if (pos === 0) return false;
  // then one more letter of the word at a time, while the rest can still be spelt
  for (let n = at + 1; ; n++) {
    if (spellFrom(ctx, w + 1, k, letters, n, false)) return true;
    if (n >= letters.length) return false;
    const next = word.indexOf(letters[n], pos);
    if (next < 0) return false;
    pos = next + 1;
  }
}

/** Every word gives only its first letter: the initials, read by the other rules. */
function initialsOnly(ctx: Ctx, s: number, k: number, letters: string): boolean {
  if (letters.length !== k - s + 1) return false;
  for (let w = s; w <= k; w++) if (ctx.p.charCodeAt(ctx.ts[w]) !== letters.toUpperCase().charCodeAt(w - s)) return false;
  return true;
}
