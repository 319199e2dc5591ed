// The state the actor rules share for one paragraph, and the token helpers they read it
// with. Tokens are the paragraph's capitalised words; lower-case words are peeked at
// around them where a rule needs them.
import type { AsciiHead, KbIndex, KbMatch } from '../../kb/kb-index';
import { isDash, isSpace, sameCharsAt } from '../../text/chars';
import { isLowerWordAt } from '../../text/lower-word-set';
import { FULL_MATCH, matchKbAt, matchKbGated } from '../kb-prefilter';
import { COMPASS_POINTS, NAME_PARTICLES } from '../lexicon';
import type { LocalMention } from '../mention';
import { isDistrictName } from '../districts';
import type { ActorType } from '../types';
import { isAbbreviatedGivenName } from './abbreviated-name';
import { isAbbreviationDot } from '../sentence-end';
import { G_HEAD, G_MASK, G_NO_ALIAS, G_NOT_PLAIN, WORDS } from './word-class';

export interface Ctx {
  p: string;
  kb: KbIndex;
  /** Token k is p[ts[k], te[k]); there are nt of them (the arrays may be longer). */
  ts: number[];
  te: number[];
  nt: number;
  /** Token k is the word ids[k] of the table (word(ctx, k) as a string, read
   *  only where needed: a per-token read of that array was a cache miss), infos[k] its class. */
  ids: number[];
  infos: number[];
  /** The F_* bits of all the paragraph's tokens together (infos OR-ed): a rule that needs
   *  a word of some class somewhere in the paragraph returns at once when none has it. */
  classes: number;
  /** Object memos of the words (the KB candidate lists of G_HEAD words). */
  heads: (AsciiHead | undefined)[];
  kbAt: (KbMatch | null | undefined)[];
  out: LocalMention[];
  /** Mode of the whole line: 'normal', 'kbOnly' (headline in Title Case or ALL CAPS),
   *  'credit' (values are people), 'source' (values are outlets). */
  mode: 'normal' | 'kbOnly' | 'credit' | 'source';
  /** Index of the first token of the credit/source value. */
  valueFrom: number;
  /** The cues the next unknown name may take: a title before it ("Presiden Prancis
   *  Emmanuel Macron") or a place word ("di", "wilayah"). Set by the driver from each
   *  rule's `cues`; read by the unknown-name rule. */
  titleCue: boolean;
  placeCue: boolean;
  /** Set by unknownExtent (read it right after the call): the name runs into a known
   *  person ("Dmitri S. Peskov" where only "Peskov" is known), the token at the returned
   *  end, and its first names join that person. */
  extentJoinsKbPerson: boolean;
}

/** Token i's word has one of the F_* bits in `flags`. */
export function has(ctx: Ctx, i: number, flags: number): boolean {
  return (ctx.infos[i] & flags) !== 0;
}

/** One of the tokens [from, to) has one of the F_* bits in `flags`. */
export function anyHas(ctx: Ctx, from: number, to: number, flags: number): boolean {
  for (let k = from; k < to; k++) if ((ctx.infos[k] & flags) !== 0) return true;
  return false;
}

/** Token i's word as a string (read only where a rule needs it). */
export function word(ctx: Ctx, i: number): string {
  return WORDS.words[ctx.ids[i]];
}

/** Lower-case form of token i, computed on first use (most tokens never need it). */
export function low(ctx: Ctx, i: number): string {
  return WORDS.lower(ctx.ids[i]);
}

/** word(ctx, i) === w, read off the paragraph's characters: the rules ask this of most
 *  KB matches and organisation heads, and the word's string (an array read by id, then
 *  the string) was a cache miss or two where the paragraph is in cache already. */
export function wordIs(ctx: Ctx, i: number, w: string): boolean {
  const s = ctx.ts[i];
  return ctx.te[i] - s === w.length && sameCharsAt(ctx.p, s, w);
}

/** low(ctx, i) === w for a lower-case `w`, read off the paragraph's characters (as wordIs). */
export function lowIs(ctx: Ctx, i: number, w: string): boolean {
  return isLowerWordAt(ctx.p, ctx.ts[i], ctx.te[i], w);
}

export function kbMatch(ctx: Ctx, i: number): KbMatch | null {
  let m = ctx.kbAt[i];
  if (m === undefined) {
    const gate = ctx.infos[i] & G_MASK;
    if (gate === G_NO_ALIAS) m = null;
    // A plain token ends where the matcher's word ends (wordEnd(p, start) === te[i]).
    else if (gate !== G_NOT_PLAIN) {
      const id = ctx.ids[i];
      m = matchKbGated(ctx.kb, ctx.p, ctx.ts[i], ctx.te[i], WORDS.words[id], gate === G_HEAD ? (ctx.heads[id] as AsciiHead) : FULL_MATCH) ?? null;
    }
    else m = matchKbAt(ctx.kb, ctx.p, ctx.ts[i]) ?? null;
    ctx.kbAt[i] = m;
  }
  return m;
}

/** Tokens i and j (= i + 1) belong to the same name: one space, a hyphen, or an initial
 *  or a short given name with its dot ("Dmitri S. Peskov", "Moh. Sanusi"). (Two spaces or a no-break space never reach the
 *  rules: every caller reads the text single-spaced first, see plain-spaces.ts.) */
export function adjacent(ctx: Ctx, i: number, j: number): boolean {
  const a = ctx.te[i];
  const b = ctx.ts[j];
  const gap = b - a;
  const p = ctx.p;
  if (gap === 1) {
    const c = p.charCodeAt(a);
    return c === 32 || c === 45;
  }
  return gap === 2 && p.charCodeAt(a) === 46 && p.charCodeAt(a + 1) === 32 &&
    (ctx.te[i] - ctx.ts[i] === 1 || isAbbreviatedGivenName(p, ctx.ts[i], a));
}

/** Token k follows token k - 1 across exactly " dan " ("Politik dan Keamanan"). */
export function danJoined(ctx: Ctx, k: number): boolean {
  const from = ctx.te[k - 1];
  return ctx.ts[k] - from === 5 && ctx.p.startsWith(' dan ', from);
}

/** Tokens joined by a name particle: "Mohammed bin Salman", "Ursula von der Leyen". */
export function particleJoined(ctx: Ctx, i: number, j: number): boolean {
  const from = ctx.te[i];
  const to = ctx.ts[j];
  // Most gaps are punctuation or long runs of lower-case words: rejected before slicing.
  const p = ctx.p;
  if (to - from > 10 || to - from < 1 || p.charCodeAt(from) !== 32 || p.charCodeAt(to - 1) !== 32) return false;
  // Gaps of lower-case ASCII words and spaces (nearly all: " di ", " dan ") are read in
  // place. Any other printable ASCII character (" - ", " 10 ", " (") would stay in a
  // part after trim() and split(), and no particle has one: rejected without slicing.
  // What is left (other blanks, non-ASCII) takes the general path below.
  let simple = true;
  for (let k = from; k < to; k++) {
    const c = p.charCodeAt(k);
    if (c === 32 || (c >= 97 && c <= 122)) continue;
    if (c > 32 && c < 127) return false;
    simple = false;
  }
  if (!simple) {
    const parts = p.slice(from, to).trim().split(' ');
    return parts.length <= 2 && parts.every((w) => NAME_PARTICLES.has(w));
  }
  let s = from;
  let e = to;
  while (s < e && p.charCodeAt(s) === 32) s++;
  while (e > s && p.charCodeAt(e - 1) === 32) e--;
  if (s === e) return false; // only spaces: the one part is "", not a particle
  let parts = 0;
  for (let k = s; k <= e; k++) {
    if (k < e && p.charCodeAt(k) !== 32) continue;
    // [s, k) is a part; two spaces in a row make an empty part, which is no particle.
    if (++parts > 2 || k === s || !PARTICLE_INITIALS.has(p.charCodeAt(s)) || !NAME_PARTICLES.has(p.slice(s, k))) return false;
    s = k + 1;
  }
  return true;
}

const PARTICLE_INITIALS = new Set([...NAME_PARTICLES].map((w) => w.charCodeAt(0)));
// particleJoined turns away a gap with a printable ASCII character other than a-z.
if (![...NAME_PARTICLES].every((w) => /^[a-z]+$/.test(w))) throw new Error('particleJoined: a name particle with a character other than a-z');

/** Only spaces, one comma, and a dot right after an abbreviated title ("Prof. Dr. X")
 *  or brackets ("Letjen TNI (Purn) X") between two offsets. */
export function onlyGlue(p: string, from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    const c = p.charCodeAt(k);
    if (c === 44) { if (++commas > 1) return false; } else if (c === 46) { if (k !== from) return false; } else if (c !== 40 && c !== 41 && !isSpace(c)) return false;
  }
  return true;
}

/** Only punctuation that ends a sentence (or a dateline's dash, or `from`, the start of
 *  the paragraph in a longer text) stands before `pos`, past blanks, quote marks and brackets. */
export function isSentenceInitial(p: string, pos: number, from = 0): boolean {
  let k = pos - 1;
  while (k >= from) {
    const c = p.charCodeAt(k);
    if (isSpace(c) || c === 34 || c === 0x201c || c === 0x201d || c === 39 || c === 0x2018 || c === 40 || c === 91 || c === 0x2019) { k--; continue; }
    if (isDash(c)) return k > 0 && isSpace(p.charCodeAt(k - 1)); // dateline dash, not a hyphen
    // ("dr. Lalu Herman", "Moh. Sanusi": an abbreviation's dot ends no sentence; sentence-end.ts)
    return c === 46 ? !isAbbreviationDot(p, k) : c === 33 || c === 63 || c === 58;
  }
  return true;
}

const DIRECTIONS: ReadonlySet<string> = new Set([...COMPASS_POINTS.keys(), 'Tenggara', 'Barat Daya', 'Timur Laut']);

/** Emits the KB match m found at token i; returns the index of the next token. */
export function emitKb(ctx: Ctx, i: number, m: KbMatch): number {
  const { ts, te, nt } = ctx;
  let j = i + 1;
  while (j < nt && ts[j] < m.end) j++;
  const e = m.entity;
  // "Jakarta Selatan", "Jawa Barat": a GPE followed by a direction is another place.
  if (e.type === 'GPE' && j < nt && adjacent(ctx, j - 1, j) && ctx.p.charCodeAt(m.end) === 32 &&
      DIRECTIONS.has(word(ctx, j)) && !kbMatch(ctx, j)) {
    // ("Bogor Barat", "Bogor Timur": a kecamatan, which is no actor; districts.ts)
    if (!isDistrictName(ctx.p.slice(m.start, te[j]))) pushMention(ctx, m.start, te[j], 'GPE', 'pattern');
    return j + 1;
  }
  if (ctx.kb.isSuppressedAt(ctx.p, m.start, m.end)) return j;
  ctx.out.push({ start: m.start, end: m.end, type: e.type, canonical: e.canonical, entityId: e.id, alias: m.alias, source: 'kb' });
  return j;
}

export function pushMention(ctx: Ctx, start: number, end: number, type: ActorType, source: LocalMention['source']): void {
  if (ctx.kb.isSuppressedAt(ctx.p, start, end)) return;
  ctx.out.push({ start, end, type, canonical: ctx.p.slice(start, end), source });
}

const ACRONYM_IN_BRACKETS = /^ \((\p{Lu}{2,8})\)/u;

/** The name [i, j) is followed by its acronym in brackets, which starts with the name's
 *  initial ("Masyarakat Transportasi Indonesia (MTI)"): the whole run is one body's name. */
export function acronymInBracketsAfter(ctx: Ctx, i: number, j: number): boolean {
  const acronym = ACRONYM_IN_BRACKETS.exec(ctx.p.slice(ctx.te[j - 1], ctx.te[j - 1] + 12));
  return acronym !== null && acronym[1].charCodeAt(0) === ctx.p.charCodeAt(ctx.ts[i]);
}
