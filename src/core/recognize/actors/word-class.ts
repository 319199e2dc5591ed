// What the recognizer needs to know of a capitalised word regardless of where it
// stands, computed once per distinct word (a WordTable memo) instead of once per
// occurrence, since the same few thousand words make up most tokens. One number per
// word: the F_* bits (the lexicon lists its lower-case form belongs to, and its shape),
// its KB gate in the G_* bits, and KNOWN, so that 0 means "not computed yet". It is
// read for every token, and an object per word, reached through an array by word id,
// cost a cache miss per token. The candidate lists of a G_HEAD word are its object memo.
import { isShortOfficeTitle } from '../short-office-titles';
import type { AsciiHead, KbIndex } from '../../kb/kb-index';
import { isWordCharAt } from '../../kb/surface';
import { WordTable } from '../../text/word-table';
import { FULL_MATCH, kbGate, NO_ALIAS } from '../kb-prefilter';
import {
  COMMON_SENTENCE_STARTERS, DIRECTION_WORDS, ENGLISH_BODY_HEADS, EVENT_TAILS, FACILITY_TAILS, HONORIFIC_FIRST_WORDS, NON_ACTOR_HEADS, TEAM_HEADS, NEVER_ACTOR, ORG_HEADS, ORG_TAILS, PLACE_PREFIXES, PRODUCT_TAILS, REGION_PHRASES, ROMANCE_BODY_HEADS, TITLE_HEADS, TITLE_WORDS,
} from '../lexicon';

// Flag bits are numbered in the order they are declared here: a new word class is one
// line, and the assertion below keeps them clear of the gate bits.
let nextBit = 0;
const flag = (): number => 1 << nextBit++;
export const F_ORG_HEAD = flag();
export const F_TITLE_HEAD = flag();
export const F_TITLE_WORD = flag();
export const F_NON_ACTOR_HEAD = flag();
export const F_PLACE_PREFIX = flag();
export const F_GENERIC_SKIP = flag();
export const F_ORG_TAIL = flag();
export const F_NEVER_ACTOR = flag();
export const F_SENTENCE_STARTER = flag();
export const F_REGION_FIRST = flag();
export const F_ACRONYM = flag();
/** "Pemerintah" (a regional government's name starts with it): a bit rather than the
 *  lower-cased word, which every token would otherwise read from the table by id. */
export const F_PEMERINTAH = flag();
/** The word's shape: an Indonesian derived common noun (DERIVED_NOUN), an English
 *  abstract noun (ENGLISH_NOUN), its own upper case starting with a capital. */
export const F_DERIVED_NOUN = flag();
export const F_ENGLISH_NOUN = flag();
export const F_UPPER_CASE = flag();
/** First word of an honorific of courtesy-titles.ts ("Datuk Seri", "Tan Sri", "Dato'", "Ki", "Encik"). */
export const F_HONORIFIC = flag();
/** "Timnas": a national team's name starts with it. */
export const F_TEAM_HEAD = flag();
/** Last word of an event's or a product's name ("High Level Meeting", "Kasira Pay Later"). */
export const F_EVENT_TAIL = flag();
/** A compass direction, as the last word of a place name ("Toraja Utara"). */
export const F_DIRECTION = flag();
/** The head of a body named in a Romance language ("Universidad", "Banco") or of an English
 *  body named with its modifiers first ("Committee", "Council"): rules that need such a
 *  head are skipped in a paragraph without one (Ctx.classes). */
export const F_ROMANCE_BODY_HEAD = flag();
export const F_ENGLISH_BODY_HEAD = flag();
/** Classes no word of a person's name has: a title holder's name after a body ends where
 *  a word of these classes stands (person-after-body.ts, rules/body-then-person.ts). */
export const NOT_IN_A_PERSON_NAME = F_ACRONYM | F_DERIVED_NOUN | F_DIRECTION | F_ENGLISH_NOUN | F_NEVER_ACTOR | F_NON_ACTOR_HEAD |
  F_ORG_HEAD | F_ORG_TAIL | F_PLACE_PREFIX | F_SENTENCE_STARTER | F_TITLE_HEAD | F_TITLE_WORD;
const GATE_SHIFT = 22;
if (nextBit > GATE_SHIFT) throw new Error(`word-class: ${nextBit} flag bits overlap the gate bits`);

/** The gate (see kbGate), two bits above the flags: no alias can start with the word... */
export const G_NO_ALIAS = 0 << GATE_SHIFT;
/** ... the matcher must look the word up itself ... */
export const G_FULL_MATCH = 1 << GATE_SHIFT;
/** ... the token is not exactly the word the KB matcher sees ("O'Brien", "KOMPAS.com":
 *  the matcher looks at "O", "KOMPAS") ... */
export const G_NOT_PLAIN = 2 << GATE_SHIFT;
/** ... or the word starts aliases, whose lists are its object memo. */
export const G_HEAD = 3 << GATE_SHIFT;
export const G_MASK = 3 << GATE_SHIFT;
const KNOWN = 1 << (GATE_SHIFT + 2);

// ('manajemen': "Manajemen ASDP meminta …" is the company's management, no person; speak35)
// ('maskapai', 'emiten': "Pihak Maskapai Pelita Airways", "Emiten Sinar Baja Tbk": the kind
// of company, lexicon ORG_CUES, that no company's name opens with; the name after it is read
// with the cue before it)
export const GENERIC_SKIP = new Set(['pemerintah', 'pemerintahan', 'rezim', 'otoritas', 'negara', 'rakyat', 'warga', 'republik', 'manajemen',
  'maskapai', 'emiten']);
/** pe(N)-…-an / per-…-an / ke-…-an and -isasi nouns ("Imunisasi"), by their affixes. */
const AFFIXED_NOUN = String.raw`pe[mnr]?g?\p{Ll}{3,}an|ke\p{Ll}{3,}an|\p{Ll}{3,}isasi`;
/** Those nouns, di-…-kan and me(N)-…-kan verbs: common words, not names. */
const DERIVED_NOUN = new RegExp(String.raw`^(?:${AFFIXED_NOUN}|di\p{Ll}{3,}kan|me[mn]g?\p{Ll}{3,}kan)$`, 'u');
/** The affixed nouns and a root of four letters or more with -an ("tuduhan", "dugaan",
 *  "bantuan"): no -kan, no verb prefix ("melawan", "bertahan", "tertahan", "dijalan…"). */
const NOUN_BY_AFFIX = new RegExp(String.raw`^(?:${AFFIXED_NOUN}|(?!me|ber|ter|di)\p{Ll}{4,}(?<!k)an)$`, 'u');

/** The lower-case word reads as a common noun by its affixes, not as a verb
 *  (headline-verb-speaker.ts: "Bantah Tuduhan …", "Akui Keunggulan …" name a thing). */
export function readsAsAffixedNoun(lw: string): boolean {
  return NOUN_BY_AFFIX.test(lw);
}
/** English abstract nouns ("High Level Dialogue", "Cooperation Mechanism"). */
const ENGLISH_NOUN = /^\p{Ll}{3,}(?:tion|ment|ism|ogue|ship|ity|ance|ence|ies)$/u;
const UPPER_START = /^\p{Lu}/u;
/** A rupiah amount written against its sign ("Rp16.872" is read as the word "Rp16"): a
 *  number, never a name, whatever cue stands before it ("ke Rp16.872" is no place). */
const RUPIAH_AMOUNT = /^rp\d/;
export const REGION_FIRST_WORDS = new Set(REGION_PHRASES.map((r) => r.split(/[ -]/)[0]));

/** The word table every analysis shares: the same words recur from one article (and
 *  one edit) to the next, and a fresh table per call cost more than analysing a short
 *  article. Bounded, so that it cannot grow without end: `reserve()` empties it between
 *  paragraphs once it is full, and nothing keeps an id across paragraphs. */
export const WORDS = new WordTable<AsciiHead>(50_000);

export function wordInfo(kb: KbIndex, id: number, heads: (AsciiHead | undefined)[]): number {
  const w = WORDS.words[id];
  const lw = WORDS.lower(id);
  let plain = true;
  for (let q = 0; q < w.length && plain; q++) plain = isWordCharAt(w, q);
  const flags = (ORG_HEADS.has(lw) ? F_ORG_HEAD : 0) | (TITLE_HEADS.has(lw) || isShortOfficeTitle(lw) ? F_TITLE_HEAD : 0) |
    (TITLE_WORDS.has(lw) ? F_TITLE_WORD : 0) | (NON_ACTOR_HEADS.has(lw) ? F_NON_ACTOR_HEAD : 0) |
    (PLACE_PREFIXES.has(lw) ? F_PLACE_PREFIX : 0) | (GENERIC_SKIP.has(lw) ? F_GENERIC_SKIP : 0) |
    (ORG_TAILS.has(lw) ? F_ORG_TAIL : 0) | (NEVER_ACTOR.has(lw) || RUPIAH_AMOUNT.test(lw) ? F_NEVER_ACTOR : 0) |
    (COMMON_SENTENCE_STARTERS.has(lw) ? F_SENTENCE_STARTER : 0) | (REGION_FIRST_WORDS.has(w) ? F_REGION_FIRST : 0) |
    (isAcronymWord(w) ? F_ACRONYM : 0) | (lw === 'pemerintah' ? F_PEMERINTAH : 0) |
    (DERIVED_NOUN.test(lw) ? F_DERIVED_NOUN : 0) | (ENGLISH_NOUN.test(lw) ? F_ENGLISH_NOUN : 0) |
    (w === w.toUpperCase() && UPPER_START.test(w) ? F_UPPER_CASE : 0) |
    (HONORIFIC_FIRST_WORDS.has(lw) ? F_HONORIFIC : 0) | (TEAM_HEADS.has(lw) ? F_TEAM_HEAD : 0) |
    (EVENT_TAILS.has(lw) || PRODUCT_TAILS.has(lw) || FACILITY_TAILS.has(lw) ? F_EVENT_TAIL : 0) | (DIRECTION_WORDS.has(w) ? F_DIRECTION : 0) |
    (ROMANCE_BODY_HEADS.has(lw) ? F_ROMANCE_BODY_HEAD : 0) | (ENGLISH_BODY_HEADS.has(lw) ? F_ENGLISH_BODY_HEAD : 0);
  if (!plain) return flags | G_NOT_PLAIN | KNOWN;
  const gate = kbGate(kb, w);
  if (gate === NO_ALIAS) return flags | G_NO_ALIAS | KNOWN;
  if (gate === FULL_MATCH) return flags | G_FULL_MATCH | KNOWN;
  heads[id] = gate;
  return flags | G_HEAD | KNOWN;
}

/** All caps, two letters or more ("NATO", "KPK"); a single capital is an initial. */
export function isAcronymWord(w: string): boolean {
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
