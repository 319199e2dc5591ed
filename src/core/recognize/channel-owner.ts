// "“…,” tulis akun tersebut." / "“…,” demikian bunyi salah satu poin siaran pers itu.": a
// cue naming the channel (an account, a press release) by a description speaks for the actor
// who owns or issued it, whom the article named with that channel before ("Di akun Instagram
// resminya, BEM X mengunggah …", "PT X melalui siaran pers … menyatakan"). The annotation
// spec gives a written statement to the body that issued it and never to a channel; the
// link pass took the last person named instead (a spokesperson quoted just before, or the
// official who signed the release).
import { isSentenceEnd, isSpace, isWordChar } from '../text/chars';
import type { ActorMention } from './types';

/** Channel nouns a description may be headed by (one owner, read here and in attribution). */
const CHANNEL_HEADS = ['akun', 'siaran pers', 'rilis', 'unggahan', 'keterangan tertulis', 'pernyataan tertulis'];

/** "akun tersebut", "siaran pers itu", "bunyi salah satu poin siaran pers itu" at `from`:
 *  optional words of what is quoted from it, the channel noun, up to three more words, then
 *  "itu"/"tersebut" closing the phrase. */
const CHANNEL_DESCRIPTION_RE = /(?:(?:bunyi|isi) (?:salah satu )?(?:poin |bagian |kutipan )?)?(akun|siaran pers|rilis|unggahan|keterangan tertulis|pernyataan tertulis)(?: [\p{Ll}\p{Lu}][\p{L}-]*){0,3}? (?:itu|tersebut)(?![\p{L}])/uy;

/** The channel head of a description starting at `from`, or undefined. */
export function channelDescriptionAt(p: string, from: number): string | undefined {
  CHANNEL_DESCRIPTION_RE.lastIndex = from;
  const m = CHANNEL_DESCRIPTION_RE.exec(p);
  return m === null ? undefined : m[1];
}

export function isChannelHead(head: string | undefined): boolean {
  return head !== undefined && CHANNEL_HEADS.includes(head);
}

/** How far back the channel's owner is looked for. */
const REACH = 2500;
/** Prepositions opening an adjunct before the subject ("Di akun resminya, X …"). */
const ADJUNCT_OPENERS = new Set(['di', 'melalui', 'lewat', 'dalam', 'pada', 'dari']);

/** The actor who owns or issued the channel `head` named before `before`: in the nearest
 *  earlier sentence holding the channel noun where the channel is not itself the subject,
 *  that sentence's subject (the first actor after an adjunct the sentence opens with, else
 *  its first actor, named before the channel noun), else the speaker of a statement
 *  `statementSpeaker` finds in that sentence [from, to). `mentions` in text order, `last`
 *  the index of the last one before `before`; `isActor(k)` says which count. */
export function channelOwner(text: string, head: string, before: number, mentions: readonly ActorMention[], last: number, isActor: (k: number) => boolean,
  statementSpeaker?: (from: number, to: number) => ActorMention | null): ActorMention | null {
  const floor = Math.max(0, before - REACH);
  const lower = text.slice(floor, before).toLowerCase();
  for (let at = lower.lastIndexOf(head); at >= 0; at = at === 0 ? -1 : lower.lastIndexOf(head, at - 1)) {
    const h = floor + at;
    if ((h > 0 && isWordChar(text.charCodeAt(h - 1))) || isWordChar(text.charCodeAt(h + head.length))) continue;
    const s = sentenceStart(text, h);
    // "Siaran pers yang ditandatangani …": the channel is the subject; no owner named here.
    if (s === h) continue;
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

function sentenceStart(text: string, at: number): number {
  let k = at;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (c === 10 || (isSentenceEnd(c) && k < text.length && isSpace(text.charCodeAt(k)))) break;
    k--;
  }
  while (k < at && isSpace(text.charCodeAt(k))) k++;
  return k;
}

function sentenceEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === 10 || (isSentenceEnd(c) && (k + 1 >= text.length || isSpace(text.charCodeAt(k + 1))))) break;
    k++;
  }
  return k;
}

function wordEnd(text: string, k: number): number {
  while (k < text.length && isWordChar(text.charCodeAt(k))) k++;
  return k;
}
