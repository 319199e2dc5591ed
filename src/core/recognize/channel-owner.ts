// "“…,” tulis akun tersebut." / "“…,” demikian bunyi salah satu poin siaran pers itu.": a
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
import { isSentenceEnd, isSpace, isWordChar } from '../text/chars';
import type { ActorMention } from './types';
import { FRONTED_ADJUNCT_OPENERS } from './adjunct-words';

/** The channel a report is: owned by whoever reported it (reportOwner). */
const REPORT_HEAD = 'laporan';

/** Channel nouns a description may be headed by (one owner, read here and in attribution). */
const CHANNEL_HEADS = ['akun', 'siaran pers', 'rilis', 'unggahan', 'keterangan tertulis', 'pernyataan tertulis', REPORT_HEAD];

/** "akun tersebut", "siaran pers itu", "bunyi salah satu poin siaran pers itu" at `from`:
 *  optional words of what is quoted from it, the channel noun, up to three more words, then
 *  "itu"/"tersebut" closing the phrase. */
const CHANNEL_DESCRIPTION_RE = /(?:(?:bunyi|isi) (?:salah satu )?(?:poin |bagian |kutipan )?)?(akun|siaran pers|rilis|unggahan|keterangan tertulis|pernyataan tertulis|laporan)(?: [\p{Ll}\p{Lu}][\p{L}-]*){0,3}? (?:itu|tersebut)(?![\p{L}])/uy;

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
      const s = sentenceStart(text, at);
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
