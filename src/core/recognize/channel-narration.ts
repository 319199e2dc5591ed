// A paragraph of narration saying words came out through somebody's channel, then a
// paragraph that is only a quote with no cue: the channel's owner posted it ("Keputusan itu
// disampaikan lewat halaman Facebook resmi koperasi." / "“Kepada seluruh anggota …”"). Notices,
// posts and announcements are printed so; the annotation spec gives a written statement to
// the body that issued it. The owner is the actor named right after the channel ("melalui
// akun Instagram PT X"), or a body named by its common noun ("resmi koperasi", "milik
// yayasan"): the last body the article named whose name opens with that noun ("Koperasi
// Simpan Pinjam …"), or of that kind (body-anaphor.ts: "perusahaan", "kementerian").
// Read only when nothing else gave the quote a speaker (issue 13, speakers44).
import { isWordChar } from '../text/chars';
import { BODY_NOUN_WORDS, isBodyOf } from './body-anaphor';
import { lastSentenceStart } from './narration-subject';
import type { ActorMention } from './types';

/** What makes a channel noun a channel: official or personal, or its platform. */
const CHANNEL_KIND = '(?: (?:resmi|pribadi|media sosial|web|Facebook|Instagram|X|Twitter|TikTok|YouTube|WhatsApp|Telegram))';
/** "lewat halaman Facebook resmi ", "melalui akun Instagram ", "di laman resmi milik ".
 *  "akun" and "laman" are always a channel; "halaman", "situs", "kanal" and "saluran" are
 *  also a yard, a site, a canal and a ditch ("berkumpul di halaman Polres Garut", "masuk
 *  lewat halaman koperasi"), a channel only with its kind after them. */
const CHANNEL_RE = new RegExp(`(?<![\\p{L}])(?:lewat|melalui|via|di) (?:(?:akun|laman)${CHANNEL_KIND}*|(?:halaman|situs|kanal|saluran)${CHANNEL_KIND}+)(?: milik)? `, 'gu');

/** How far back (characters) a body named by its common noun is looked for. */
const REACH = 3000;

/** The index (among `mentions`) of the owner of a channel the last sentence of the
 *  paragraph [paraStart, paraEnd) names, or -1. `from`/`to` bound that paragraph's mentions;
 *  `kept(k)` says which mentions count. */
export function channelNarrationOwner(text: string, paraStart: number, paraEnd: number, mentions: readonly ActorMention[], from: number, to: number,
  kept: (k: number) => boolean): number {
  const sentence = lastSentenceStart(text, paraStart, paraEnd);
  const part = text.slice(sentence, paraEnd);
  CHANNEL_RE.lastIndex = 0;
  const m = CHANNEL_RE.exec(part);
  if (m === null) return -1;
  const at = sentence + m.index + m[0].length;
  for (let k = from; k < to; k++) if (mentions[k].start === at && kept(k) && mentions[k].type !== 'GPE') return k;
  let e = at;
  while (e < paraEnd && isWordChar(text.charCodeAt(e))) e++;
  const noun = text.slice(at, e);
  if (noun.length < 4 || noun !== noun.toLowerCase()) return -1;
  const named = noun[0].toUpperCase() + noun.slice(1) + ' ';
  const body = BODY_NOUN_WORDS.hasAt(text, at, e);
  for (let k = from - 1; k >= 0 && mentions[k].start >= paraStart - REACH; k--) {
    const c = mentions[k];
    if (!kept(k) || c.type !== 'ORG') continue;
    if (c.canonical.startsWith(named) || (body && isBodyOf(noun, c, text, c.end))) return k;
  }
  return -1;
}
