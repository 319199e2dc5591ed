// Actor mentions in one paragraph: KB aliases first, then the patterns that find names
// the KB does not know (titles before names, organisation heads, credits, datelines,
// speech-verb contexts). Only capitalised tokens are visited; lower-case words are
// peeked at around them, so the cost stays close to one regex scan of the paragraph.
import type { AsciiHead, KbIndex, KbMatch } from '../kb/kb-index';
import { isWordCharAt } from '../kb/surface';
import { capitalisedSpans } from '../text/capitalised';
import { WordTable } from '../text/word-table';
import { isSpace, wordAfter, wordBefore } from '../text/chars';
import { isLowerWordAt } from '../text/lower-word-set';
import {
  COMMON_SENTENCE_STARTERS, CREDIT_LABELS, NAME_PARTICLES, NEVER_ACTOR, NON_ACTOR_HEADS,
  ORG_HEADS, ORG_TAILS, PLACE_CUE_WORDS, POST_CUE_WORDS, REGION_PHRASES, SPEECH_VERB_WORDS, TITLE_HEAD_WORDS, TITLE_HEADS,
  TITLE_WORDS, VERB_ADVERB_WORDS,
} from './lexicon';
import { FULL_MATCH, kbGate, matchKbAt, matchKbGated, NO_ALIAS } from './kb-prefilter';
import type { LocalMention } from './mention';
import type { ActorType } from './types';

const DIRECTIONS = new Set(['Utara', 'Selatan', 'Barat', 'Timur', 'Tengah', 'Tenggara', 'Barat Daya', 'Timur Laut']);
const PLACE_PREFIXES = new Set(['provinsi', 'kota', 'kabupaten', 'oblast', 'distrik', 'wilayah', 'region']);
/** Organisation heads that are also plain nouns: at a sentence start ("Pasukan NATO
 *  ...", "Tentara Rusia ...") they are the capitalised noun, not a name. */
const COMMON_NOUN_HEADS = new Set(['pasukan', 'tentara', 'polisi', 'bank', 'kantor', 'pusat', 'kelompok', 'grup', 'blok',
  'satuan', 'perusahaan', 'sekolah', 'markas', 'koalisi', 'aliansi', 'gerakan', 'front', 'kamar', 'uni']);
/** Organisation heads that name an institution on their own ("Senat Chuck Schumer"). */
const STANDALONE_ORGS = new Set(['senat', 'kongres', 'parlemen', 'dpr', 'mpr', 'dpd']);
const NAMED_PLACE_PREFIXES = new Set(['Kabupaten', 'Kota', 'Provinsi']);
const GENERIC_SKIP = new Set(['pemerintah', 'pemerintahan', 'rezim', 'otoritas', 'negara', 'rakyat', 'warga', 'republik']);
const SOURCE_LABELS = new Set(['sumber', 'foto', 'video', 'grafis', 'infografis', 'kredit']);
const MAX_ORG_TOKENS = 10;
/** pe(N)-…-an / per-…-an / ke-…-an nouns and di-…-kan verbs: common words, not names. */
const DERIVED_NOUN = /^(?:pe[mnr]?g?\p{Ll}{3,}an|ke\p{Ll}{3,}an|di\p{Ll}{3,}kan|me[mn]g?\p{Ll}{3,}kan)$/u;
/** English abstract nouns ("High Level Dialogue", "Cooperation Mechanism"). */
const ENGLISH_NOUN = /^\p{Ll}{3,}(?:tion|ment|ism|ogue|ship|ity|ance|ence|ies)$/u;
const UPPER_START = /^\p{Lu}/u;
const CALENDAR_WORDS = /^(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|senin|selasa|rabu|kamis|jumat|sabtu|minggu|wib|wita|wit)$/;

interface Ctx {
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
  /** Object memos of the words (the KB candidate lists of G_HEAD words). */
  heads: (AsciiHead | undefined)[];
  kbAt: (KbMatch | null | undefined)[];
  out: LocalMention[];
  /** Mode of the whole line: 'normal', 'kbOnly' (headline in Title Case or ALL CAPS),
   *  'credit' (values are people), 'source' (values are outlets). */
  mode: 'normal' | 'kbOnly' | 'credit' | 'source';
  /** Index of the first token of the credit/source value. */
  valueFrom: number;
}

// What the recognizer needs to know of a capitalised word regardless of where it
// stands, computed once per distinct word (a WordTable memo) instead of once per
// occurrence, since the same few thousand words make up most tokens. One number per
// word: the F_* bits (the lexicon lists its lower-case form belongs to, and its shape),
// its KB gate in the G_* bits, and KNOWN, so that 0 means "not computed yet". It is
// read for every token, and an object per word, reached through an array by word id,
// cost a cache miss per token. The candidate lists of a G_HEAD word are its object memo.
const F_ORG_HEAD = 1 << 0;
const F_TITLE_HEAD = 1 << 1;
const F_TITLE_WORD = 1 << 2;
const F_NON_ACTOR_HEAD = 1 << 3;
const F_PLACE_PREFIX = 1 << 4;
const F_GENERIC_SKIP = 1 << 5;
const F_ORG_TAIL = 1 << 6;
const F_NEVER_ACTOR = 1 << 7;
const F_SENTENCE_STARTER = 1 << 8;
const F_REGION_FIRST = 1 << 9;
const F_ACRONYM = 1 << 10;
/** "Pemerintah" (a regional government's name starts with it): a bit rather than the
 *  lower-cased word, which every token would otherwise read from the table by id. */
const F_PEMERINTAH = 1 << 11;
/** The word's shape: an Indonesian derived common noun (DERIVED_NOUN), an English
 *  abstract noun (ENGLISH_NOUN), its own upper case starting with a capital. */
const F_DERIVED_NOUN = 1 << 12;
const F_ENGLISH_NOUN = 1 << 13;
const F_UPPER_CASE = 1 << 14;
/** The gate (see kbGate), two bits above the flags: no alias can start with the word... */
const G_NO_ALIAS = 0 << 16;
/** ... the matcher must look the word up itself ... */
const G_FULL_MATCH = 1 << 16;
/** ... the token is not exactly the word the KB matcher sees ("O'Brien", "KOMPAS.com":
 *  the matcher looks at "O", "KOMPAS") ... */
const G_NOT_PLAIN = 2 << 16;
/** ... or the word starts aliases, whose lists are its object memo. */
const G_HEAD = 3 << 16;
const G_MASK = 3 << 16;
const KNOWN = 1 << 18;

function wordInfo(kb: KbIndex, id: number, heads: (AsciiHead | undefined)[]): number {
  const w = WORDS.words[id];
  const lw = WORDS.lower(id);
  let plain = true;
  for (let q = 0; q < w.length && plain; q++) plain = isWordCharAt(w, q);
  const flags = (ORG_HEADS.has(lw) ? F_ORG_HEAD : 0) | (TITLE_HEADS.has(lw) ? F_TITLE_HEAD : 0) |
    (TITLE_WORDS.has(lw) ? F_TITLE_WORD : 0) | (NON_ACTOR_HEADS.has(lw) ? F_NON_ACTOR_HEAD : 0) |
    (PLACE_PREFIXES.has(lw) ? F_PLACE_PREFIX : 0) | (GENERIC_SKIP.has(lw) ? F_GENERIC_SKIP : 0) |
    (ORG_TAILS.has(lw) ? F_ORG_TAIL : 0) | (NEVER_ACTOR.has(lw) ? F_NEVER_ACTOR : 0) |
    (COMMON_SENTENCE_STARTERS.has(lw) ? F_SENTENCE_STARTER : 0) | (REGION_FIRST_WORDS.has(w) ? F_REGION_FIRST : 0) |
    (isAcronymWord(w) ? F_ACRONYM : 0) | (lw === 'pemerintah' ? F_PEMERINTAH : 0) |
    (DERIVED_NOUN.test(lw) ? F_DERIVED_NOUN : 0) | (ENGLISH_NOUN.test(lw) ? F_ENGLISH_NOUN : 0) |
    (w === w.toUpperCase() && UPPER_START.test(w) ? F_UPPER_CASE : 0);
  if (!plain) return flags | G_NOT_PLAIN | KNOWN;
  const gate = kbGate(kb, w);
  if (gate === NO_ALIAS) return flags | G_NO_ALIAS | KNOWN;
  if (gate === FULL_MATCH) return flags | G_FULL_MATCH | KNOWN;
  heads[id] = gate;
  return flags | G_HEAD | KNOWN;
}

/** Token i's word has one of the F_* bits in `flags`. */
function has(ctx: Ctx, i: number, flags: number): boolean {
  return (ctx.infos[i] & flags) !== 0;
}

/** One of the tokens [from, to) has one of the F_* bits in `flags`. */
function anyHas(ctx: Ctx, from: number, to: number, flags: number): boolean {
  for (let k = from; k < to; k++) if ((ctx.infos[k] & flags) !== 0) return true;
  return false;
}

/** Token i's word as a string (read only where a rule needs it). */
function word(ctx: Ctx, i: number): string {
  return WORDS.words[ctx.ids[i]];
}

/** The word table every analysis shares: the same words recur from one article (and
 *  one edit) to the next, and a fresh table per call cost more than analysing a short
 *  article. Bounded, so that it cannot grow without end: `reserve()` empties it between
 *  paragraphs once it is full, and nothing keeps an id across paragraphs. */
const WORDS = new WordTable<AsciiHead>(50_000);

// Per-token arrays, reused by every paragraph (entries past the paragraph's token count
// are stale): allocated afresh they were six arrays per paragraph, a large share of the
// garbage of a long text. paragraphActors never re-enters, so one set is enough.
const SCRATCH = {
  ts: [] as number[], te: [] as number[], hs: [] as number[], ids: [] as number[], infos: [] as number[],
  kbAt: [] as (KbMatch | null | undefined)[],
};

/** The one Ctx, reset for each paragraph (never re-entered, like SCRATCH); its token
 *  arrays are SCRATCH's. */
const CTX: Ctx = {
  p: '', kb: undefined as unknown as KbIndex, ts: SCRATCH.ts, te: SCRATCH.te, nt: 0,
  ids: SCRATCH.ids, infos: SCRATCH.infos, heads: [], kbAt: SCRATCH.kbAt, out: [], mode: 'normal', valueFrom: 0,
};

/** All actor mentions of one paragraph, sorted, non-overlapping. */
export function paragraphActors(p: string, kb: KbIndex): LocalMention[] {
  const out: LocalMention[] = [];
  const { ts, te, hs, ids, infos, kbAt } = SCRATCH;
  const nt = capitalisedSpans(p, ts, te, hs);
  if (nt === 0) return out;
  WORDS.reserve();
  const heads = WORDS.memosFor(kb);
  for (let k = 0; k < nt; k++) {
    const id = WORDS.idHashed(p, ts[k], te[k], hs[k]);
    ids[k] = id;
    let info = WORDS.memoInt(id);
    if (info === 0) {
      info = wordInfo(kb, id, heads);
      WORDS.setMemoInt(id, info);
    }
    infos[k] = info;
    kbAt[k] = undefined;
  }
  const ctx = CTX;
  ctx.heads = heads;
  ctx.p = p;
  ctx.kb = kb;
  ctx.nt = nt;
  ctx.out = out;
  ctx.mode = 'normal' as Ctx['mode']; // (cast: TS would keep it narrowed to 'normal' after lineMode)
  ctx.valueFrom = 0;
  lineMode(ctx);
  const datelineEnd = dateline(ctx);
  let i = 0;
  while (i < nt && ts[i] < datelineEnd) i++;
  let titleCue = false;
  let placeCue = false;
  let lastEnd = -1;
  while (i < nt) {
    const tStart = ts[i];
    // A cue from a title ("Presiden Prancis Emmanuel Macron", "Juru bicara Kremlin,
    // Dmitri S. Peskov") only reaches the next name if nothing but a comma intervenes.
    if (lastEnd >= 0 && !onlyGlue(p, lastEnd, tStart)) { titleCue = false; placeCue = false; }
    const m = kbMatch(ctx, i);
    if (ctx.mode === 'kbOnly') {
      if (m) { i = emitKb(ctx, i, m); lastEnd = te[i - 1]; continue; }
      // "Guterres: ‘…’" — a headline's speaker before a colon.
      const extEnd = unknownExtent(ctx, i);
      if (!extentJoinsKbPerson && extEnd - i <= 3 && p.charCodeAt(te[extEnd - 1]) === 58 &&
          isSentenceInitial(p, tStart) && !has(ctx, i, F_NEVER_ACTOR | F_SENTENCE_STARTER)) {
        pushMention(ctx, tStart, te[extEnd - 1], has(ctx, i, F_ACRONYM) ? 'ORG' : 'PER', 'pattern');
        i = extEnd;
        continue;
      }
      i++;
      continue;
    }
    // "laut China Selatan", "perairan Natuna Utara": a sea or region named after a place.
    if (afterSeaWord(ctx, i)) {
      let j = i + 1;
      while (j < nt && adjacent(ctx, j - 1, j)) j++;
      lastEnd = te[j - 1]; i = j; titleCue = false;
      continue;
    }
    const region = regionAt(ctx, i);
    if (region > i) { i = region; lastEnd = te[i - 1]; titleCue = false; continue; }
    if (has(ctx, i, F_ORG_HEAD) && !(ctx.mode === 'credit' && i >= ctx.valueFrom) &&
        !(COMMON_NOUN_HEADS.has(low(ctx, i)) && isSentenceInitial(p, tStart) &&
          !(i + 2 < nt && adjacent(ctx, i, i + 1) && adjacent(ctx, i + 1, i + 2) && !kbMatch(ctx, i + 1)))) {
      const j = orgExtent(ctx, i);
      if ((j > i + 1 || STANDALONE_ORGS.has(low(ctx, i))) && (!m || te[j - 1] > m.end)) {
        pushMention(ctx, ts[i], te[j - 1], 'ORG', 'pattern');
        i = acronymAfter(ctx, j, out.length - 1);
        lastEnd = te[i - 1]; titleCue = false; placeCue = false;
        continue;
      }
    }
    if (m) {
      i = emitKb(ctx, i, m);
      lastEnd = te[i - 1];
      // "Juru bicara Kremlin Dmitry Peskov": a cue survives an ORG/GPE in between.
      continue;
    }
    if (has(ctx, i, F_PLACE_PREFIX) && i + 1 < nt && adjacent(ctx, i, i + 1)) {
      if (NAMED_PLACE_PREFIXES.has(word(ctx, i))) {
        // "Kabupaten Natuna", "Kota Bandung": the prefix is part of the official name.
        let j = unknownExtent(ctx, i + 1);
        const m2 = kbMatch(ctx, i + 1);
        if (m2) { j = i + 2; while (j < nt && ts[j] < m2.end) j++; }
        if (j > i + 1) {
          pushMention(ctx, ts[i], te[j - 1], 'GPE', 'pattern');
          lastEnd = te[j - 1]; i = j; titleCue = false; placeCue = false;
          continue;
        }
      }
      placeCue = true; titleCue = false; lastEnd = te[i]; i++;
      continue;
    }
    if (has(ctx, i, F_PEMERINTAH) && i + 2 < nt && adjacent(ctx, i, i + 1) && has(ctx, i + 1, F_PLACE_PREFIX) &&
        adjacent(ctx, i + 1, i + 2)) {
      // "Pemerintah Provinsi Maluku Utara": a regional government is an organisation.
      const j = orgExtent(ctx, i + 1);
      pushMention(ctx, ts[i], te[j - 1], 'ORG', 'pattern');
      i = acronymAfter(ctx, j, out.length - 1);
      lastEnd = te[i - 1]; titleCue = false; placeCue = false;
      continue;
    }
    if (has(ctx, i, F_GENERIC_SKIP)) { lastEnd = te[i]; i++; continue; }
    if (has(ctx, i, F_TITLE_HEAD) && !(ctx.mode === 'credit' && i >= ctx.valueFrom)) {
      let j = i + 1;
      while (j < nt && adjacent(ctx, j - 1, j) && has(ctx, j, F_TITLE_WORD | F_TITLE_HEAD) &&
        !kbMatch(ctx, j) && !has(ctx, j, F_ORG_HEAD)) j++;
      titleCue = true; placeCue = false;
      lastEnd = te[j - 1]; i = j;
      continue;
    }
    if (has(ctx, i, F_NON_ACTOR_HEAD)) {
      let j = i + 1;
      while (j < nt && adjacent(ctx, j - 1, j) && !kbMatch(ctx, j)) j++;
      lastEnd = te[j - 1]; i = j; titleCue = false;
      continue;
    }
    const extEnd = unknownExtent(ctx, i);
    const next = extentJoinsKbPerson
      ? mergeIntoKbPerson(ctx, i, extEnd)
      : classifyUnknown(ctx, i, extEnd, titleCue, placeCue);
    titleCue = false; placeCue = false;
    lastEnd = te[next - 1]; i = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Line modes: headlines in Title Case / ALL CAPS, credit lines, source lines.

function lineMode(ctx: Ctx): void {
  const { p, ts, te, nt } = ctx;
  // "Editor: M Razi Rahman", "Pewarta: X", "Sumber: Sputnik-OANA".
  if (ts[0] <= 2 && p.charCodeAt(te[0]) === 58 /* : */) {
    if (CREDIT_LABELS.has(low(ctx, 0))) { ctx.mode = 'credit'; ctx.valueFrom = 1; return; }
    if (SOURCE_LABELS.has(low(ctx, 0))) { ctx.mode = 'source'; ctx.valueFrom = 1; return; }
  }
  // "Baca juga: …", "Pilihan Editor: …": the rest of the line is another article's headline.
  if (/^\s*(?:Baca [Jj]uga|BACA JUGA|Pilihan Editor|PILIHAN EDITOR|Lihat [Jj]uga|Simak [Jj]uga|Artikel [Tt]erkait)\s*:/.test(p)) {
    ctx.mode = 'kbOnly';
    return;
  }
  // A headline has (almost) every word capitalised, or is in capitals. Counting spaces
  // with indexOf keeps this off the per-character path; the count stops as soon as
  // fewer than half the words can be capitalised (most paragraphs, after a few words).
  const caps = nt;
  let wordsTotal = 1;
  for (let k = p.indexOf(' '); k !== -1 && wordsTotal <= 2 * caps; k = p.indexOf(' ', k + 1)) if (k > 0 && p.charCodeAt(k - 1) !== 32) wordsTotal++;
  if (wordsTotal < 4) return;
  if (caps / wordsTotal < 0.5) return;
  let allCaps = 0;
  for (let k = 0; k < caps; k++) if (has(ctx, k, F_ACRONYM)) allCaps++;
  if (allCaps / wordsTotal > 0.7) { ctx.mode = 'kbOnly'; return; }
  // Title Case: the only lower-case words are short function words ("di", "dan").
  if (caps / wordsTotal >= 0.75 && wordsTotal <= 25 && !/\.\s*$/.test(p)) {
    const lowerWords = p.match(/(?<![\p{L}\p{M}\p{N}'’-])\p{Ll}[\p{L}\p{M}]*/gu) ?? [];
    if (lowerWords.every((w) => HEADLINE_FUNCTION_WORDS.has(w))) ctx.mode = 'kbOnly';
  }
}

const HEADLINE_FUNCTION_WORDS = new Set(['di', 'ke', 'dari', 'dan', 'atau', 'untuk', 'yang', 'soal', 'pada', 'dengan',
  'usai', 'jelang', 'bagi', 'oleh', 'akan', 'tak', 'tidak', 'ini', 'itu', 'vs', 'jadi', 'hingga', 'demi', 'the', 'of', 'and', 'in']);

/** "Moskow (ANTARA) -", "JAKARTA, KOMPAS.com -", "TEMPO.CO, Jakarta -": places become
 *  GPE, outlets ORG. Returns the offset where the body starts (0 if no dateline). */
function dateline(ctx: Ctx): number {
  const { p, ts, te, nt } = ctx;
  if (ctx.mode !== 'normal' && ctx.mode !== 'kbOnly') return 0;
  const limit = Math.min(p.length, 90);
  let dash = -1;
  for (let k = 1; k < limit - 1; k++) {
    const c = p.charCodeAt(k);
    if ((c === 45 || c === 0x2013 || c === 0x2014) && p.charCodeAt(k - 1) === 32) { dash = k; break; }
    // A lower-case word before any dash fails the head test below anyway: most
    // paragraphs (ordinary sentences) stop here after a few characters.
    if (c === 32) {
      const d = p.charCodeAt(k + 1);
      if (d >= 97 && d <= 122) return 0;
    }
  }
  if (dash < 0) return 0;
  const head = p.slice(0, dash);
  // Only capitalised words, commas, parentheses, dots and spaces.
  if (!/^[\p{Lu}][\p{L}\p{M}.,()/ -]*$/u.test(head) || /(?:^|\s)\p{Ll}/u.test(head)) return 0;
  let i = 0;
  while (i < nt && te[i] <= dash) {
    const m = kbMatch(ctx, i);
    if (m && m.end <= dash) { i = emitKb(ctx, i, m); continue; }
    let j = i + 1;
    while (j < nt && te[j] <= dash && adjacent(ctx, j - 1, j) && !kbMatch(ctx, j)) j++;
    const s = ts[i];
    const e = te[j - 1];
    const surface = p.slice(s, e);
    const inParens = p.charCodeAt(s - 1) === 40;
    const isOutlet = inParens || /\.(?:com|co|id|co\.id)$/i.test(surface) || has(ctx, j - 1, F_ORG_TAIL);
    if (!NEVER_ACTOR.has(surface.toLowerCase())) {
      pushMention(ctx, s, e, isOutlet ? 'ORG' : 'GPE', 'pattern');
      // "SOFIFI (ANTARA) -": a place in capitals is named in the usual case.
      if (!isOutlet && isAcronymWord(surface.replace(/[\s-]/g, '')) && surface.length > 3) {
        ctx.out[ctx.out.length - 1].canonical = surface.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase());
      }
    }
    i = j;
  }
  return dash + 1;
}

// ---------------------------------------------------------------------------------------
// Token helpers.

/** Lower-case form of token i, computed on first use (most tokens never need it). */
function low(ctx: Ctx, i: number): string {
  return WORDS.lower(ctx.ids[i]);
}

function kbMatch(ctx: Ctx, i: number): KbMatch | null {
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
 *  with its dot ("Dmitri S. Peskov"). */
function adjacent(ctx: Ctx, i: number, j: number): boolean {
  const a = ctx.te[i];
  const b = ctx.ts[j];
  const gap = b - a;
  const p = ctx.p;
  if (gap === 1) {
    const c = p.charCodeAt(a);
    return c === 32 || c === 0xa0 || c === 45;
  }
  if (gap === 2 && p.charCodeAt(a) === 46 && p.charCodeAt(a + 1) === 32) return ctx.te[i] - ctx.ts[i] === 1;
  return false;
}

/** Tokens joined by a name particle: "Mohammed bin Salman", "Ursula von der Leyen". */
function particleJoined(ctx: Ctx, i: number, j: number): boolean {
  const from = ctx.te[i];
  const to = ctx.ts[j];
  // Most gaps are punctuation or long runs of lower-case words: rejected before slicing.
  const p = ctx.p;
  if (to - from > 10 || to - from < 1 || p.charCodeAt(from) !== 32 || p.charCodeAt(to - 1) !== 32) return false;
  // Gaps of lower-case ASCII words and spaces (nearly all: " di ", " dan ") are read in
  // place; anything else takes the general path below.
  let simple = true;
  for (let k = from; k < to && simple; k++) {
    const c = p.charCodeAt(k);
    simple = c === 32 || (c >= 97 && c <= 122);
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

/** Only spaces, one comma, and a dot right after an abbreviated title ("Prof. Dr. X")
 *  or brackets ("Letjen TNI (Purn) X") between two offsets. */
function onlyGlue(p: string, from: number, to: number): boolean {
  let commas = 0;
  for (let k = from; k < to; k++) {
    const c = p.charCodeAt(k);
    if (c === 44) { if (++commas > 1) return false; } else if (c === 46) { if (k !== from) return false; } else if (c !== 40 && c !== 41 && !isSpace(c)) return false;
  }
  return true;
}

function emitKb(ctx: Ctx, i: number, m: KbMatch): number {
  const { ts, te, nt } = ctx;
  let j = i + 1;
  while (j < nt && ts[j] < m.end) j++;
  const e = m.entity;
  // "Jakarta Selatan", "Jawa Barat": a GPE followed by a direction is another place.
  if (e.type === 'GPE' && j < nt && adjacent(ctx, j - 1, j) && ctx.p.charCodeAt(m.end) === 32 &&
      DIRECTIONS.has(word(ctx, j)) && !kbMatch(ctx, j)) {
    pushMention(ctx, m.start, te[j], 'GPE', 'pattern');
    return j + 1;
  }
  if (ctx.kb.isSuppressedAt(ctx.p, m.start, m.end)) return j;
  ctx.out.push({ start: m.start, end: m.end, type: e.type, canonical: e.canonical, entityId: e.id, alias: m.alias, source: 'kb' });
  return j;
}

function pushMention(ctx: Ctx, start: number, end: number, type: ActorType, source: LocalMention['source']): void {
  if (ctx.kb.isSuppressedAt(ctx.p, start, end)) return;
  const surface = ctx.p.slice(start, end);
  ctx.out.push({ start, end, type, canonical: surface, source });
}

const SEA_WORDS = new Set(['laut', 'perairan', 'selat', 'teluk', 'samudra', 'samudera', 'kawasan', 'semenanjung']);
const SEA_WORD_LAST_CHARS = new Set([...SEA_WORDS].map((w) => w.charCodeAt(w.length - 1)));

/** A sea word, then exactly one space, then token i. Runs for most tokens, so the word
 *  before is only sliced when its last letter can end a sea word. */
function afterSeaWord(ctx: Ctx, i: number): boolean {
  const p = ctx.p;
  const e = ctx.ts[i] - 1;
  if (e < 1 || p.charCodeAt(e) !== 32 || !SEA_WORD_LAST_CHARS.has(p.charCodeAt(e - 1))) return false;
  const w = wordBefore(p, e + 1);
  return !!w && w.end === e && SEA_WORDS.has(p.slice(w.start, w.end));
}

const REGION_FIRST_WORDS = new Set(REGION_PHRASES.map((r) => r.split(/[ -]/)[0]));

function regionAt(ctx: Ctx, i: number): number {
  if (!has(ctx, i, F_REGION_FIRST)) return i;
  const rest = ctx.p.slice(ctx.ts[i], ctx.ts[i] + 24);
  for (const r of REGION_PHRASES) {
    if (rest.startsWith(r) && !/[\p{L}\p{N}]/u.test(rest.charAt(r.length))) {
      let j = i + 1;
      while (j < ctx.nt && ctx.te[j] <= ctx.ts[i] + r.length) j++;
      return j;
    }
  }
  return i;
}

/** Maximal organisation name from an ORG head: runs on over capitalised words (and
 *  "dan", "untuk", "for", "of" between them), takes a country qualifier and ends there
 *  ("Kementerian Pertahanan Rusia", "Dewan Keamanan PBB") unless a connector carries the
 *  name on ("Badan PBB untuk Pengungsi Palestina"), stops before a known person. An
 *  institution's city is not part of its name ("Universitas Khairun Ternate"). */
function orgExtent(ctx: Ctx, i: number): number {
  const { ts, te, nt, p } = ctx;
  const institution = INSTITUTION_HEADS.has(low(ctx, i));
  let j = i + 1;
  while (j < nt && j - i < MAX_ORG_TOKENS) {
    const connector = isConnector(p, te[j - 1], ts[j]);
    if (!adjacent(ctx, j - 1, j) && !connector) break;
    // "Liga Arab dan Uni Afrika" is two names.
    if (connector && (has(ctx, j, F_ORG_HEAD) || kbMatch(ctx, j))) break;
    const m = kbMatch(ctx, j);
    if (m) {
      if (m.entity.type === 'PER') break;
      if (institution && m.entity.type === 'GPE' && j > i + 1) break;
      let k = j + 1;
      while (k < nt && ts[k] < m.end) k++;
      if (k < nt && isConnector(p, te[k - 1], ts[k]) && p.slice(te[k - 1], ts[k]) !== ' dan ' &&
          !kbMatch(ctx, k)) {
        j = k;
        continue;
      }
      return k;
    }
    if (has(ctx, j, F_TITLE_HEAD) && !has(ctx, j, F_TITLE_WORD)) break;
    j++;
  }
  return j;
}

const ORG_CONNECTORS = new Set([' dan ', ' untuk ', ' for ', ' of ', ' and ', ' on ', ' & ']);
const MAX_CONNECTOR_LENGTH = Math.max(...[...ORG_CONNECTORS].map((c) => c.length));

/** The text between two tokens is a connector; checked on its length and first
 *  character before slicing it (the usual gap is one space). */
function isConnector(p: string, from: number, to: number): boolean {
  return to - from >= 3 && to - from <= MAX_CONNECTOR_LENGTH && p.charCodeAt(from) === 32 && ORG_CONNECTORS.has(p.slice(from, to));
}
const INSTITUTION_HEADS = new Set(['universitas', 'institut', 'sekolah', 'akademi', 'politeknik', 'university', 'institute',
  'yayasan', 'perusahaan', 'bank']);

/** "Badan Intelijen Luar Negeri Rusia (SVR)": the acronym is a mention with the same
 *  identity. Returns the index of the next unvisited token. */
function acronymAfter(ctx: Ctx, j: number, fullIndex: number): number {
  const { ts, te, nt, p } = ctx;
  if (j >= nt) return j;
  const full = ctx.out[fullIndex];
  const tStart = ts[j];
  const tEnd = te[j];
  if (p.charCodeAt(tStart - 1) === 40 && p.charCodeAt(tEnd) === 41 && p.slice(full.end, tStart).trim() === '(') {
    const m = kbMatch(ctx, j);
    if (m) return emitKb(ctx, j, m);
    ctx.out.push({ start: tStart, end: tEnd, type: full.type, canonical: full.canonical, source: 'pattern', expands: fullIndex });
    return j + 1;
  }
  return j;
}

/** Set by unknownExtent (read it right after the call): the name runs into a known
 *  person ("Dmitri S. Peskov" where only "Peskov" is known), the token at the returned
 *  end, and its first names join that person. A variable rather than a result object:
 *  this runs for most unknown capitalised words. */
let extentJoinsKbPerson = false;

/** Unknown name: consecutive capitalised tokens up to the next KB name, title or head;
 *  returns the index after them (see extentJoinsKbPerson). */
function unknownExtent(ctx: Ctx, i: number): number {
  extentJoinsKbPerson = false;
  const { ts, nt } = ctx;
  let j = i + 1;
  while (j < nt && (adjacent(ctx, j - 1, j) || particleJoined(ctx, j - 1, j))) {
    if (has(ctx, j, F_ORG_HEAD | F_TITLE_HEAD | F_NON_ACTOR_HEAD)) break;
    // "KPK Budi Prasetyo", "UE Kaja Kallas": an acronym next to a name is another actor.
    if (has(ctx, j - 1, F_ACRONYM) !== has(ctx, j, F_ACRONYM) && !has(ctx, j, F_ORG_TAIL)) break;
    // "Hasan Umaternate-Rizal Bahtiar", "Prabowo-Gibran": hyphenated pairs are two actors
    // (hyphenated first names are rare and, when they matter, in the KB).
    if (ctx.p.charCodeAt(ts[j] - 1) === 45) break;
    const m = kbMatch(ctx, j);
    if (m) {
      // At a sentence start the word before a known person is as likely a common noun
      // ("Kunjungan Sugiono"): join only when the name shows an initial ("Dmitri S.").
      if (m.entity.type === 'PER' && j - i <= 3 && adjacent(ctx, j - 1, j) && !has(ctx, i, F_ORG_HEAD) &&
          (!isSentenceInitial(ctx.p, ts[i]) || hasInitial(ctx, i, j))) {
        extentJoinsKbPerson = true;
        return j;
      }
      break;
    }
    j++;
  }
  return j;
}

function hasInitial(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.te[k] - ctx.ts[k] === 1) return true;
  return false;
}

/** All caps, two letters or more ("NATO", "KPK"); a single capital is an initial. */
function isAcronymWord(w: string): boolean {
  if (w.length < 2) return false;
  // ASCII by hand (called for most tokens; the case-mapped copies would be garbage);
  // any other character takes the exact Unicode test.
  let upper = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 128) return w === w.toUpperCase() && w !== w.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function mergeIntoKbPerson(ctx: Ctx, i: number, kbTok: number): number {
  const { ts, nt, p } = ctx;
  const km = kbMatch(ctx, kbTok) as KbMatch;
  let s = i;
  if (isSentenceInitial(p, ts[s])) {
    while (s < kbTok && has(ctx, s, F_SENTENCE_STARTER | F_NEVER_ACTOR)) s++;
  }
  while (s < kbTok && has(ctx, s, F_NEVER_ACTOR | F_TITLE_WORD)) s++;
  ctx.out.push({ start: ts[s], end: km.end, type: 'PER', canonical: km.entity.canonical, entityId: km.entity.id, alias: km.alias, source: 'kb' });
  let k = kbTok + 1;
  while (k < nt && ts[k] < km.end) k++;
  return k;
}

export function isSentenceInitial(p: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0) {
    const c = p.charCodeAt(k);
    if (isSpace(c) || c === 34 || c === 0x201c || c === 0x201d || c === 39 || c === 0x2018 || c === 40 || c === 91 || c === 0x2019) { k--; continue; }
    if (c === 45 || c === 0x2013 || c === 0x2014) return k > 0 && isSpace(p.charCodeAt(k - 1)); // dateline dash, not a hyphen
    return c === 46 || c === 33 || c === 63 || c === 58;
  }
  return true;
}

/** Types an unknown capitalised name from its context; returns the next token index. */
function classifyUnknown(ctx: Ctx, i: number, j: number, titleCue: boolean, placeCue: boolean): number {
  const { p, ts, te, nt } = ctx;
  let s = i;
  let e = j;
  const inValue = i >= ctx.valueFrom && (ctx.mode === 'credit' || ctx.mode === 'source');
  if (isSentenceInitial(p, ts[s]) && !inValue) {
    while (s < e && has(ctx, s, F_SENTENCE_STARTER | F_NEVER_ACTOR)) s++;
  }
  while (s < e && has(ctx, s, F_NEVER_ACTOR)) s++;
  while (e > s && has(ctx, e - 1, F_NEVER_ACTOR) && (e - 1 === s || CALENDAR_WORDS.test(low(ctx, e - 1)))) e--;
  if (s >= e) return j;
  const start = ts[s];
  const end = te[e - 1];
  const n = e - s;
  const singleLength = te[s] - ts[s];
  const isAcronym = n === 1 && singleLength >= 2 && singleLength <= 6 && has(ctx, s, F_UPPER_CASE);

  if (ctx.mode === 'credit' && inValue) {
    pushMention(ctx, start, end, isAcronym ? 'ORG' : 'PER', 'pattern');
    return j;
  }
  if (ctx.mode === 'source' && inValue) {
    pushMention(ctx, start, end, 'ORG', 'pattern');
    return j;
  }
  if (has(ctx, e - 1, F_ORG_TAIL)) {
    // "Indonesia Corruption Watch": a known place right before an ORG tail joins it.
    const prev = ctx.out[ctx.out.length - 1];
    if (prev && prev.source === 'kb' && prev.type !== 'PER' && p.slice(prev.end, start) === ' ') {
      ctx.out.pop();
      pushMention(ctx, prev.start, end, 'ORG', 'pattern');
      return acronymAfter(ctx, e, ctx.out.length - 1);
    }
    pushMention(ctx, start, end, 'ORG', 'pattern');
    return acronymAfter(ctx, e, ctx.out.length - 1);
  }
  if (placeCue) { pushMention(ctx, start, end, 'GPE', 'pattern'); return j; }
  if (isAcronym) {
    // "CNN Indonesia", "KBRI Amman": an unknown acronym with a place is one organisation.
    const m = j < nt && j === e && adjacent(ctx, j - 1, j) ? kbMatch(ctx, j) : null;
    if (m && m.entity.type === 'GPE' && p.charCodeAt(end) === 32) {
      let k = j + 1;
      while (k < nt && ts[k] < m.end) k++;
      pushMention(ctx, start, m.end, 'ORG', 'pattern');
      return k;
    }
    pushMention(ctx, start, end, 'ORG', 'pattern');
    return j;
  }
  // The words around the name are looked up where they stand (see LowerWordSet).
  const before = wordBefore(p, start);
  let verb = wordAfter(p, end);
  if (verb && VERB_ADVERB_WORDS.hasAt(p, verb.start, verb.end)) verb = wordAfter(p, verb.end);
  const glued = before ? p.slice(before.end, start) : '';
  const personCue = titleCue ||
    (before && glued.trim() === '' && (TITLE_HEAD_WORDS.hasAt(p, before.start, before.end) ||
      isLowerWordAt(p, before.start, before.end, 'bicara') || POST_CUE_WORDS.hasAt(p, before.start, before.end) ||
      isLowerWordAt(p, before.start, before.end, 'menurut'))) ||
    (verb !== null && SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end));
  if (personCue) { pushMention(ctx, start, end, 'PER', 'pattern'); return j; }
  // "Masyarakat Transportasi Indonesia", "Persatuan Wartawan Indonesia": a name ending
  // in a country is an organisation of that country.
  if (n >= 2 && e === j && j < nt && adjacent(ctx, j - 1, j) && p.charCodeAt(end) === 32 &&
      !anyHas(ctx, s, e, F_DERIVED_NOUN)) {
    const m = kbMatch(ctx, j);
    if (m && m.entity.type === 'GPE' && /^Country/i.test(m.entity.description.en)) {
      let k = j + 1;
      while (k < nt && ts[k] < m.end) k++;
      pushMention(ctx, start, m.end, 'ORG', 'pattern');
      return acronymAfter(ctx, k, ctx.out.length - 1);
    }
  }
  if (before && glued === ' ' && PLACE_CUE_WORDS.hasAt(p, before.start, before.end)) { pushMention(ctx, start, end, 'GPE', 'pattern'); return j; }
  // No clue: a multi-word name is most often a person, unless a word has the shape of
  // an Indonesian derived common noun ("Pendapatan", "Keuangan"); one word is only kept
  // if the article confirms it elsewhere (link pass).
  const nameLike = n >= 2 && !anyHas(ctx, s, e, F_DERIVED_NOUN | F_ENGLISH_NOUN | F_NEVER_ACTOR | F_SENTENCE_STARTER);
  pushMention(ctx, start, end, 'PER', nameLike ? 'pattern' : 'weak');
  return j;
}
