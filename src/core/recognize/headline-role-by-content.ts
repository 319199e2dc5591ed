// "Sidang …, Saksi Akui Serahkan Uang Rp900 Juta ke Ajudan Bupati", "Pelatih Akui Lini
// Tengah Kalah Bersaing", "Kepala UPT Mengaku …": a headline's reporting verb whose subject is a
// bare role one person holds in the story (session 52 ruling, eval/README.md "Headline
// statements settled in session 52"). The body seldom introduces that person with the
// headline's role word (the witness is "pejabat pembuat komitmen …", the coach "pelatih
// Dewa United"), so headline-role-holder.ts, which matches titles, misses them; what the body
// does is report the same words. The speaker is the one whose statement (reported or quoted)
// after the headline first shares at least two content words with the headline's content
// (the statement a headline sums up comes early; a later one may share more by chance). Groups
// ("Petani", "Nelayan", "Buruh", "Warga") are no role heads here: an unnamed group is no
// identifiable actor, even when one of its members says the same in the body; so is a role
// the body counts or whose speaker it introduces as one of a group (headline-role-words.ts).
import { LowerWordSet } from '../text/lower-word-set';
import { isUpper, wordAfter } from '../text/chars';
import { HEADLINE_FUNCTION_WORDS } from './actors/line-mode';
import { contentAfterColon } from './headline-title-speaker';
import { aboutTheRole, roleReadAsGroup, roleWordBefore } from './headline-role-words';
import { ARTS_TRADES, ATHLETE_TRADES, OFFICE_SHORT_TITLES, TITLE_HEAD_WORDS } from './lexicon';
import { isDinasHeadTitle } from './short-office-titles';
import { AGENT_NOUN } from './actors/role-apposed-name';
import { firstStartingAt } from './mention';
import type { ActorMention, Quote, ReportedStatement } from './types';

/** Head words of a role one person holds in a story: a trial's witness or defendant, a
 *  team's coach, an office's head, a ship's master, a race's candidate, a business's owner.
 *  (session 53) Also the short titles of one office's head ("Kabid Drainase:", "Kasat
 *  Lantas Akui …": lexicon OFFICE_SHORT_TITLES; "Kadis …": short-office-titles.ts), a
 *  profession one practitioner in the story speaks for ("Bidan Desa:", "Sutradara:":
 *  ARTS_TRADES) and an athlete's trade ("Pelari Muda Akui …": ATHLETE_TRADES); the shared
 *  words with a body statement still decide who holds it, and a group stays no one. */
const ONE_SPEAKER_ROLE_HEADS = new LowerWordSet([
  'saksi', 'terdakwa', 'pelatih', 'kepala', 'nakhoda', 'kandidat', 'calon', 'pemilik', 'operator', 'kapten', 'bendahara',
  // (before a headline colon: "Kuasa Hukum Warga:", "Pendiri Tambakita:", "Peneliti BRIN:", "Ketua IAI NTT:")
  'kuasa', 'pendiri', 'peneliti', 'ketua',
  // (roles the lexicon's lists lack)
  'kabag', 'dokter', 'bidan', 'pelari', 'pelompat',
  // (a crew member called to a trial as its witness, "…, ABK Sebut Nakhoda Perintahkan …",
  // speakers54b: a crew is many, so the shared words and the group test decide)
  'abk',
  ...OFFICE_SHORT_TITLES, ...ARTS_TRADES, ...ATHLETE_TRADES,
]);

/** (speakers54b) A pe(N)- agent noun opening the subject is a trade too ("Pembatik Lasem
 *  Raih Penghargaan …: <statement>", "Pencipta Lagu …": actors/role-apposed-name.ts's
 *  AGENT_NOUN): the shared words decide who holds it, and a trade the body counts or writes
 *  as a group ("puluhan penumpang", "seorang penumpang, X") names no one. */

/** A role head that names one person only before a title head: a race's candidate ("Calon
 *  Bupati"), not "Calon Jemaah" or "Calon Pembeli", groups. */
const RACE_ONLY_HEAD = 'calon';

/** Words that say nothing about which statement a headline sums up: a headline's function
 *  words and the auxiliaries a body statement repeats from any headline. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...HEADLINE_FUNCTION_WORDS, 'sudah', 'belum', 'juga', 'ada', 'bisa']);

/** How many body items after the headline are read, and how many characters of them in all:
 *  the statement a headline sums up stands in the first paragraphs, and the bound keeps a
 *  text of many headline-like lines linear. */
const MAX_ITEMS_READ = 24;
const MAX_CHARS_READ = 6000;
const MIN_SHARED_WORDS = 2;
/** How far after the headline a group of the role is looked for (up to the statement). */
const MAX_GROUP_SCAN_CHARS = 8000;

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The role head, lower case, that opens the subject [from, to) capitalised ("Saksi",
 *  "Kepala UPT", "Nakhoda Kapal Kargo", "Calon Bupati"), or undefined. */
export function oneSpeakerRoleOpening(text: string, from: number, to: number): string | undefined {
  const w = wordAfter(text, from, to);
  if (w === null || w.start !== from || !isUpper(text.charCodeAt(w.start))) return undefined;
  const head = text.slice(w.start, w.end).toLowerCase();
  if (!ONE_SPEAKER_ROLE_HEADS.hasAt(text, w.start, w.end) && !isDinasHeadTitle(head) && !AGENT_NOUN.test(head)) return undefined;
  if (head === RACE_ONLY_HEAD) {
    const next = wordAfter(text, w.end, to);
    if (next === null || !TITLE_HEAD_WORDS.hasAt(text, next.start, next.end)) return undefined;
  }
  return head;
}

/** The speaker of the statement or quote after `bodyFrom` that the headline content [start,
 *  end) sums up, or undefined: the first that shares at least two content words with it. A
 *  question says nothing the headline could sum up ("Apakah Saudara menerima uang dari
 *  pedagang?" asks the judge). With the headline's bare `role` word: a statement whose
 *  subject is the role is about its holder, not by them; a speaker introduced with the role
 *  word wins over an earlier one without it; a role the body writes as a group, up to that
 *  statement, has no one holder. `reported`, `quotes` and `actors` sorted by start. */
export function speakerOfSummedStatement(
  text: string, start: number, end: number, bodyFrom: number,
  actors: readonly ActorMention[], reported: readonly ReportedStatement[], quotes: readonly Quote[], role?: string,
): ActorMention | undefined {
  const wanted = contentWords(text.slice(start, end));
  if (wanted.size < MIN_SHARED_WORDS) return undefined;
  const fromReported = firstSharing(text, wanted, reported, bodyFrom, role);
  const fromQuotes = firstSharing(text, wanted, quotes, bodyFrom, role);
  const best = earlier(fromReported.byHolder, fromQuotes.byHolder) ?? earlier(fromReported.first, fromQuotes.first);
  if (best !== undefined && role !== undefined && roleReadAsGroup(text, bodyFrom, Math.min(best.end, bodyFrom + MAX_GROUP_SCAN_CHARS), role)) return undefined;
  const at = best?.speakerMention;
  if (at === undefined) return undefined;
  const ai = firstStartingAt(actors, at.start);
  return ai < actors.length && actors[ai].start === at.start && actors[ai].end === at.end ? actors[ai] : undefined;
}

/** "…, Pelatih Wushu Junior: Masih Ada PR di Nomor Taolu": the holder of the role before a
 *  headline colon [from, colon), found by the body statement the content sums up. */
export function colonRoleHolderByContent(
  text: string, from: number, colon: number, lineEnd: number,
  actors: readonly ActorMention[], reported: readonly ReportedStatement[], quotes: readonly Quote[],
): ActorMention | undefined {
  const role = oneSpeakerRoleOpening(text, from, colon);
  if (role === undefined) return undefined;
  const content = contentAfterColon(text, colon, lineEnd, quotes);
  return content === null ? undefined : speakerOfSummedStatement(text, content[0], content[1], lineEnd, actors, reported, quotes, role);
}

/** The body after `bodyFrom` gives the speaker `canonical` a statement or a quote that shares
 *  a content word with the headline content [start, end): "Ketua Bawaslu X Bantah Abaikan
 *  Laporan …" over "X menegaskan pihaknya menindaklanjuti setiap laporan …". The evidence a
 *  named speaker's own act denied or confessed is speech (headline-verb-speaker.ts): the
 *  speaker is already known, so one word of the act suffices (speakers54b, dev d431); read
 *  over the same bounded first items as speakerOfSummedStatement. */
export function speakerSaysSome(
  text: string, start: number, end: number, bodyFrom: number, canonical: string,
  reported: readonly ReportedStatement[], quotes: readonly Quote[],
): boolean {
  const wanted = contentWords(text.slice(start, end));
  const says = (items: readonly (Spoken & { speaker: string | null })[]): boolean => {
    let chars = 0;
    for (let k = firstStartingAt(items, bodyFrom), n = 0; k < items.length && n < MAX_ITEMS_READ && chars < MAX_CHARS_READ; k++, n++) {
      const item = items[k];
      chars += item.end - item.start;
      if (item.speaker !== canonical) continue;
      for (const w of contentWords(text.slice(item.start, Math.min(item.end, item.start + MAX_CHARS_READ)))) if (wanted.has(w)) return true;
    }
    return false;
  };
  return says(reported) || says(quotes);
}

type Spoken = { start: number; end: number; speakerMention?: { start: number; end: number } };

/** Of the items read: the first that shares the words (not one about the role), and the
 *  first of those whose speaker the role word introduces. */
type Sharing = { first?: Spoken; byHolder?: Spoken };

function firstSharing(text: string, wanted: ReadonlySet<string>, items: readonly Spoken[], bodyFrom: number, role: string | undefined): Sharing {
  const out: Sharing = {};
  let chars = 0;
  for (let k = firstStartingAt(items, bodyFrom), n = 0; k < items.length && n < MAX_ITEMS_READ && chars < MAX_CHARS_READ; k++, n++) {
    const item = items[k];
    chars += item.end - item.start;
    if (item.speakerMention === undefined || isOnlyQuestion(text, item.start, item.end) || !sharesWords(text, wanted, item)) continue;
    if (role === undefined) return { first: item };
    if (aboutTheRole(text, item.start, item.end, role)) continue;
    out.first ??= item;
    if (roleWordBefore(text, item.speakerMention.start, role)) return { first: out.first, byHolder: item };
  }
  return out;
}

function sharesWords(text: string, wanted: ReadonlySet<string>, item: Spoken): boolean {
  let shared = 0;
  for (const w of contentWords(text.slice(item.start, Math.min(item.end, item.start + MAX_CHARS_READ)))) if (wanted.has(w) && ++shared >= MIN_SHARED_WORDS) return true;
  return false;
}

function earlier(a: Spoken | undefined, b: Spoken | undefined): Spoken | undefined {
  return a === undefined || (b !== undefined && b.start < a.start) ? b : a;
}

/** One sentence that asks: a question mark among the last characters (before a closing
 *  quotation mark) and no sentence end before it ("Kotak suara tiba terlambat. Siapa yang
 *  menjaganya?" states something first). */
function isOnlyQuestion(text: string, start: number, end: number): boolean {
  let asks = false;
  for (let k = end - 1; k >= start && k >= end - 3; k--) if (text.charCodeAt(k) === 63) asks = true;
  if (!asks) return false;
  for (let k = start; k < end - 3; k++) {
    const c = text.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(k + 1) === 32) return false;
  }
  return true;
}

/** Lower-case words of three characters or more, or with a digit ("rp5"), no function words. */
function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.toLowerCase().matchAll(WORD_RE)) {
    const w = m[0];
    if ((w.length >= 3 || /\d/.test(w)) && !FUNCTION_WORDS.has(w)) out.add(w);
  }
  return out;
}
