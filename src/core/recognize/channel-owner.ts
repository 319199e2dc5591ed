// "“…,” tulis akun tersebut." / "“…,” demikian bunyi salah satu butir siaran pers itu.": a
// cue naming the channel (an account, a press release) by a description speaks for the actor
// who owns or issued it, whom the article named with that channel before ("Di akun Instagram
// resminya, BEM X mengunggah …", "PT X melalui siaran pers … menyatakan"). The annotation
// spec gives a written statement to the body that issued it and never to a channel; the
// link pass took the last person named instead (a spokesperson quoted just before, or the
// official who signed the release).
// "…, kata laporan itu." (session 43): a report is a channel too. Its owner is whoever the
// article said reported it ("…, harian X melaporkan pada hari Senin") or whose report it
// named ("laporan Bank Dunia"); a sentence merely naming the report ("Y membantah laporan
// itu") says nothing of who wrote it. With no owner, nobody: never the person quoted last
// (the one who denied it, in the walk's article).
import { isSpace, isUpper, isWordChar, wordBefore } from '../text/chars';
import type { ActorMention } from './types';
import { FRONTED_ADJUNCT_OPENERS } from './adjunct-words';
import { bodyDescriptionAt, isBodyOf } from './body-anaphor';
import { PERSON_ROLE_WORDS, TITLE_HEAD_WORDS } from './lexicon';
import { nextSentenceEnd, sentenceStartBefore } from './sentence-end';

/** The channel a report is: owned by whoever reported it (reportOwner). */
const REPORT_HEAD = 'laporan';

/** Channel nouns a description may be headed by (one owner, read here and in attribution). */
const CHANNEL_HEADS = ['akun', 'siaran pers', 'rilis', 'unggahan', 'keterangan tertulis', 'pernyataan tertulis', 'keterangan', 'pernyataan', REPORT_HEAD];

/** "akun tersebut", "siaran pers itu", "bunyi salah satu butir siaran pers itu" at `from`:
 *  optional words of what is quoted from it, the channel noun, up to three more words, then
 *  "itu"/"tersebut" closing the phrase. A statement named by its generic noun only as
 *  "keterangan (resmi) tersebut", "pernyataan itu": "pernyataan kementerian itu" is the
 *  ministry's, described (attribution.ts). */
const CHANNEL_DESCRIPTION_RE = /(?:(?:bunyi|isi) (?:salah satu )?(?:poin |bagian |kutipan )?)?(?:(akun|siaran pers|rilis|unggahan|keterangan tertulis|pernyataan tertulis|laporan)(?: [\p{Ll}\p{Lu}][\p{L}-]*){0,3}?|(keterangan|pernyataan)(?: resmi)?) (?:itu|tersebut)(?![\p{L}])/uy;

/** The channel head of a description starting at `from`, or undefined. */
export function channelDescriptionAt(p: string, from: number): string | undefined {
  CHANNEL_DESCRIPTION_RE.lastIndex = from;
  const m = CHANNEL_DESCRIPTION_RE.exec(p);
  return m === null ? undefined : m[1] ?? m[2];
}

export function isChannelHead(head: string | undefined): boolean {
  return head !== undefined && CHANNEL_HEADS.includes(head);
}

/** The generic nouns of a statement (any speech is one), not of a channel's kind. */
const GENERIC_HEADS = ['keterangan', 'pernyataan'];

/** How far back the channel's owner is looked for. */
const REACH = 2500;
/** Prepositions opening an adjunct before the subject ("Di akun resminya, X …"). */
const ADJUNCT_OPENERS = new Set(FRONTED_ADJUNCT_OPENERS);

/** The actor who owns or issued the channel `head` named before `before`: in the nearest
 *  earlier sentence holding the channel noun where the channel is not itself the subject,
 *  that sentence's subject (the first actor after an adjunct the sentence opens with, else
 *  its first actor, named before the channel noun), else the speaker of a statement
 *  `statementSpeaker` finds in that sentence [from, to); "laporan" is the reporter's
 *  (reportOwner). `mentions` in text order, `last` the index of the last one before
 *  `before`; `isActor(k)` says which count. */
export function channelOwner(text: string, head: string, before: number, mentions: readonly ActorMention[], last: number, isActor: (k: number) => boolean,
  statementSpeaker?: (from: number, to: number) => ActorMention | null): ActorMention | null {
  if (head === REPORT_HEAD) return reportOwner(text, before, mentions, last, isActor);
  // "X menyatakan …. “…,” demikian bunyi pernyataan tersebut.": a statement named by its
  // generic noun is the one the sentence before the quote reported, the verb's as well as
  // the noun's ("Dalam keterangan resmi …, universitas menyatakan …").
  if (GENERIC_HEADS.includes(head) && statementSpeaker !== undefined) {
    let e = before;
    while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
    const said = e > 1 ? statementSpeaker(sentenceStartBefore(text, e - 1), e) : null;
    if (said !== null) return said;
  }
  const floor = Math.max(0, before - REACH);
  const lower = text.slice(floor, before).toLowerCase();
  for (let at = lower.lastIndexOf(head); at >= 0; at = at === 0 ? -1 : lower.lastIndexOf(head, at - 1)) {
    const h = floor + at;
    if ((h > 0 && isWordChar(text.charCodeAt(h - 1))) || isWordChar(text.charCodeAt(h + head.length))) continue;
    // "Penundaan diumumkan melalui unggahan di akun Instagram resmi grup itu.": the channel is
    // described as a body's by its kind ("band itu", "klub tersebut"), whoever the sentence's
    // subject ("Manajer band, X, mengatakan … di akun resmi band itu": the band's account).
    const described = describedOwner(text, h + head.length, mentions, last, isActor);
    if (described !== null) return described;
    const s = sentenceStartBefore(text, h);
    // "Siaran pers yang ditandatangani …": the channel is the subject; its owner only when
    // named right after it ("Akun resmi Maskapai X membalas …": the airline's account).
    if (s === h) {
      const named = ownerNamedAfter(text, h + head.length, mentions, last, isActor);
      if (named !== null) return named;
      continue;
    }
    const firstWord = text.slice(s, wordEnd(text, s)).toLowerCase();
    let from = s;
    if (ADJUNCT_OPENERS.has(firstWord)) {
      const comma = text.indexOf(',', h);
      if (comma < 0 || comma > sentenceEnd(text, h)) continue;
      from = comma + 1;
    }
    const to = from === s ? h : sentenceEnd(text, h);
    let owner: ActorMention | null = null;
    for (let k = last; k >= 0 && mentions[k].start >= from; k--) if (mentions[k].end <= to && isActor(k)) owner = mentions[k];
    if (owner !== null) return owner;
    // "Dalam siaran pers …, kementerian menyebut …": a subject named by its common noun
    // (body-anaphor.ts) is no mention here; the statement of that sentence names its speaker.
    const said = statementSpeaker?.(s, sentenceEnd(text, h)) ?? null;
    if (said !== null) return said;
  }
  return null;
}

/** How many words (a platform, "resmi") may stand between the channel noun and its owner's description. */
const OWNER_DESCRIPTION_WORDS = 3;

/** "akun Instagram resmi band itu" from `from` (right after the channel noun): the owner the
 *  description "band itu" points back to, the last actor before mention `last` named with
 *  that kind word (a body whose name or the words before it carry it, body-anaphor.ts, or
 *  any actor the word stands right before: "Band Senja Rimba", the band's type aside);
 *  null when no such description follows or nobody was named so. */
function describedOwner(text: string, from: number, mentions: readonly ActorMention[], last: number, isActor: (k: number) => boolean): ActorMention | null {
  let k = from;
  for (let n = 0; n <= OWNER_DESCRIPTION_WORDS; n++) {
    while (k < text.length && text.charCodeAt(k) === 32) k++;
    const head = bodyDescriptionAt(text, k);
    if (head !== null) return lastDescribedBy(text, head, mentions, last, isActor);
    const end = wordEnd(text, k);
    if (end === k) return null;
    k = end;
  }
  return null;
}

/** "akun resmi Maskapai X", "akun Instagram Klub Y" from `from` (right after the channel
 *  noun): the actor named within a few words, past a platform's name and "resmi" only (not
 *  "Siaran pers yang diteken Kepala Divisi …": who signed it is no owner), or null. */
function ownerNamedAfter(text: string, from: number, mentions: readonly ActorMention[], last: number, isActor: (k: number) => boolean): ActorMention | null {
  let k = from;
  for (let n = 0; n <= OWNER_DESCRIPTION_WORDS; n++) {
    while (k < text.length && text.charCodeAt(k) === 32) k++;
    for (let i = last; i >= 0 && mentions[i].start >= k; i--) if (mentions[i].start === k && isActor(i)) return mentions[i];
    const end = wordEnd(text, k);
    if (end === k || (!isUpper(text.charCodeAt(k)) && text.slice(k, end) !== 'resmi')) return null;
    k = end;
  }
  return null;
}

const KIND_PREFIX = 'jenis:';

function lastDescribedBy(text: string, head: string, mentions: readonly ActorMention[], last: number, isActor: (k: number) => boolean): ActorMention | null {
  const kind = head.startsWith(KIND_PREFIX) ? head.slice(KIND_PREFIX.length) : head;
  const floor = last >= 0 ? mentions[last].start - REACH : 0;
  for (let i = last; i >= 0 && mentions[i].start >= floor; i--) {
    const m = mentions[i];
    if (!isActor(i)) continue;
    if (isBodyOf(head, m, text, m.end)) return m;
    if (head === kind || m.type === 'GPE') continue;
    const at = kindBefore(text, kind, m.start);
    if (at >= 0 && !actorBetween(mentions, at, i, isActor)) return m;
  }
  return null;
}

const REPORT_RE = /\b(?:melaporkan|laporan)\b/gi;

/** The owner of "laporan itu" before `before`: the nearest earlier "melaporkan" with an actor
 *  as its subject (the last actor before the verb in its clause: after the sentence's last
 *  comma before it, "…, harian X melaporkan"), or "laporan" with an actor right after it
 *  ("laporan Bank Dunia", "laporan harian X"). Arguments as for channelOwner. */
function reportOwner(text: string, before: number, mentions: readonly ActorMention[], last: number, isActor: (k: number) => boolean): ActorMention | null {
  const floor = Math.max(0, before - REACH);
  const hits: number[] = [];
  REPORT_RE.lastIndex = floor;
  for (let m = REPORT_RE.exec(text); m !== null && m.index < before; m = REPORT_RE.exec(text)) hits.push(m.index);
  for (let h = hits.length - 1; h >= 0; h--) {
    const at = hits[h];
    let owner: ActorMention | null = null;
    if (text.charCodeAt(at) === 109 || text.charCodeAt(at) === 77) {
      const s = sentenceStartBefore(text, at);
      const comma = text.lastIndexOf(',', at);
      const from = comma >= s ? comma + 1 : s;
      for (let k = last; k >= 0 && mentions[k].start >= from; k--) if (mentions[k].end <= at && isActor(k)) { owner = mentions[k]; break; }
    } else {
      const after = at + REPORT_HEAD.length;
      let next = -1;
      for (let k = last; k >= 0 && mentions[k].start > after; k--) next = k;
      // (up to two words between: "laporan tahunan Bank Dunia", "laporan harian X")
      if (next >= 0 && mentions[next].start - after <= 20 && !/[,.;:]/.test(text.slice(after, mentions[next].start)) && isActor(next)) owner = mentions[next];
    }
    if (owner !== null) return owner;
  }
  return null;
}

/** An actor other than a place stands between `from` and mention `i` ("Vokalis band Lentera
 *  Biru, Dimas": the word describes the band, not Dimas; "asal Malang" is no such actor). */
function actorBetween(mentions: readonly ActorMention[], from: number, i: number, isActor: (k: number) => boolean): boolean {
  for (let j = i - 1; j >= 0 && mentions[j].start >= from; j--) if (isActor(j) && mentions[j].type !== 'GPE') return true;
  return false;
}

/** How far before a name its kind may stand ("Band rock asal Malang, Lentera Biru"). */
const KIND_REACH = 48;

/** Where the kind word stands, as a whole word, in the same sentence within KIND_REACH
 *  characters before `start`, with no prefixed verb after it ("band itu mengundang Lentera
 *  Biru" is no description of Lentera Biru) and no role before it ("Manajer band, X"); -1
 *  when it does not. */
function kindBefore(text: string, kind: string, start: number): number {
  const from = Math.max(sentenceStartBefore(text, start), start - KIND_REACH);
  const lower = text.slice(from, start).toLowerCase();
  for (const words of KIND_SYNONYMS.get(kind) ?? [kind]) {
    for (let at = lower.lastIndexOf(words); at >= 0; at = at === 0 ? -1 : lower.lastIndexOf(words, at - 1)) {
      if ((at > 0 && isWordChar(lower.charCodeAt(at - 1))) || isWordChar(lower.charCodeAt(at + words.length))) continue;
      // ("Manajer band, Rina Sari,": the band's manager, not the band)
      const role = wordBefore(text, from + at, from);
      if (role !== null && (TITLE_HEAD_WORDS.hasAt(text, role.start, role.end) || PERSON_ROLE_WORDS.hasAt(text, role.start, role.end))) return -1;
      return lower.slice(at + words.length).split(/[^\p{L}]+/u).some((w) => VERB_RE.test(w)) ? -1 : from + at;
    }
  }
  return -1;
}

/** A band is introduced as a music group and then called "band itu" (and the other way round). */
const KIND_SYNONYMS = new Map([
  ['band', ['band', 'grup musik', 'kelompok musik']],
  ['grup', ['grup', 'band', 'grup musik', 'kelompok musik']],
]);

const VERB_RE = /^(?:me|di|ber|ter)\p{Ll}{3,}$/u;

/** Where the sentence holding `at` ends: its end mark as sentence-end.ts reads it (not an
 *  abbreviation's dot, like sentenceStartBefore), else the end of its line or of the text. */
function sentenceEnd(text: string, at: number): number {
  const line = text.indexOf('\n', at);
  const lineEnd = line < 0 ? text.length : line;
  const mark = nextSentenceEnd(text, at);
  return mark >= 0 && mark < lineEnd ? mark : lineEnd;
}

function wordEnd(text: string, k: number): number {
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  return k;
}
