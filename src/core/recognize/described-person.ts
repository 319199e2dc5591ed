// The person a description points back to across paragraphs ("timpal staf khusus
// tersebut" three paragraphs after "Staf Khusus Menteri ESDM Taufik Hidayatullah"): the
// last person the article named with the description's head among the title words before
// the name. attribution.ts does this inside one paragraph (personWithTitle); the link pass
// does it over the article, for descriptions with a head (LocalAttribution `head`).
import { isWordChar } from '../text/chars';
import { INTERVIEWER_TITLES } from './interview-turns';
import { INTERVIEWER_HEAD } from './turn-labels';
import { OFFICER_GRADES } from './officer-grades';
import { obliqueTitle } from './oblique-title';
import { doesRole } from './role-verb';
import { escortBetween } from './companion-subject';
import type { ActorMention } from './types';
import { ageAsideEnd } from './actors/person-of-age';

/** How far back a title may be looked for: a few paragraphs of a long article. */
const REACH = 4000;
/** How far before a name its title words may start ("Ekonom Institute for Development
 *  of Economics and Finance (Indef) Nailul Hasanah"). */
const TITLE_REACH = 90;

/** Description heads that name a class of ranks rather than a title word: "perwira
 *  menengah itu" is the one named with a police or military officer's rank ("Kombes Pol
 *  Artanto"), "jenderal bintang dua itu" the one named with a general's. */
const RANK_CLASSES: ReadonlyMap<string, readonly string[]> = new Map([
  // (every grade's ranks, officer-grades.ts: its list is the one owner of the ranks)
  ['perwira', [...OFFICER_GRADES.values()].flat()],
  ['jenderal', ['irjen', 'brigjen', 'komjen', 'mayjen', 'letjen', 'jenderal']],
  // "the moderator" (moderator-question.ts): whoever the article introduced leading the talk.
  ['moderator', ['moderator', 'dipandu', 'dimoderatori', 'pemandu acara', 'pembawa acara', 'penyiar', 'host']],
  // "pinta pimpinan rapat": whoever the article said chaired it ("Rapat dipimpin Wakil Ketua
  // Komisi IV X"), or titled as its chair.
  ['pimpinan', ['pimpinan', 'dipimpin']],
  // "T: “…?”" (interview-turns.ts): the journalist the article introduced interviewing.
  [INTERVIEWER_HEAD, INTERVIEWER_TITLES],
  // "sahut legislator asal Kecamatan X itu": a member of a parliament or council is
  // introduced by the body's words, seldom as "legislator" ("Anggota Fraksi PAN, X", "anggota
  // Komisi IV DPRD, Y"); the description points back to such a member (fresh48s: dev d362).
  ['legislator', ['legislator', 'fraksi', 'anggota dprd', 'anggota dpr', 'anggota dpd', 'anggota komisi', 'anggota dewan']],
  ...OFFICER_GRADES,
]);

/** The last person before mention index `last` (included) whose title words contain
 *  `head` ("pelatih", "staf khusus") or, for a rank class, one of its ranks; for which
 *  `isPerson(k)` holds; else null. */
export function titledPersonBefore(text: string, mentions: readonly ActorMention[], isPerson: (k: number) => boolean, last: number, head: string): ActorMention | null {
  if (last < 0) return null;
  const floor = mentions[last].start - REACH;
  let oblique: ActorMention | null = null;
  for (let k = last; k >= 0 && mentions[k].start >= floor; k--) {
    if (!isPerson(k)) continue;
    // Another person named just before is where this one's title words start at the
    // latest ("Pembawa acara Prita … anggota DPR, Rendra": "pembawa" is not Rendra's).
    let titleFloor = mentions[k].start - TITLE_REACH;
    for (let j = k - 1; j >= 0 && mentions[j].end > titleFloor; j--) if (mentions[j].type === 'PER') { titleFloor = mentions[j].end; break; }
    const ranks = RANK_CLASSES.get(head);
    const from = Math.max(0, titleFloor);
    let at = -1;
    if (ranks === undefined) at = titleAt(text, mentions[k].start, from, head);
    else for (let r = 0; r < ranks.length && at < 0; r++) at = titleAt(text, mentions[k].start, from, ranks[r]);
    if (at < 0 && !(ranks === undefined && (servesAs(text, mentions[k].end, head) || apposedAs(text, mentions[k].end, head) ||
      doesRole(text, mentions[k].end, roleReach(mentions, k), head)))) continue;
    // ("… unggul atas pembalap X": an object, taken only when no subject has the title, oblique-title.ts)
    if (at >= 0 && obliqueTitle(text, at)) { oblique ??= mentions[k]; continue; }
    return mentions[k];
  }
  return oblique;
}

/** How far after person `k`'s name its role verb may stand (role-verb.ts): up to the next
 *  person named (any person: not only the candidates the caller asks about), and at most
 *  ROLE_REACH characters on. */
const ROLE_REACH = 300;
function roleReach(mentions: readonly ActorMention[], k: number): number {
  const limit = mentions[k].end + ROLE_REACH;
  for (let j = k + 1; j < mentions.length && mentions[j].start < limit; j++) if (mentions[j].type === 'PER') return mentions[j].start;
  return limit;
}

/** "notaris Imam Syahroni sebagai saksi ketiga": the role follows the name after
 *  "sebagai" (a witness, an expert, a moderator called in), the name's own title words
 *  being another role; past an age aside too ("operator crane Kusnadi (39) sebagai saksi",
 *  the way a hearing report introduces the witness its "Saksi:" turns then mean). */
const SERVES_AS_RE = /^,? (?:sebagai|selaku) /;
function servesAs(text: string, end: number, head: string): boolean {
  const after = text.slice(pastAge(text, end), end + 24 + head.length);
  const m = SERVES_AS_RE.exec(after);
  if (m === null) return false;
  const k = m[0].length;
  return after.slice(k, k + head.length).toLowerCase() === head && !isWordChar(after.charCodeAt(k + head.length));
}

/** `end`, or past the age aside there ("Kusnadi (39)": person-of-age.ts). */
function pastAge(text: string, end: number): number {
  const aged = ageAsideEnd(text, end);
  return aged < 0 ? end : aged;
}

/** "Rina Safitri (27), salah seorang karyawati bagian pengemasan, …": the role in apposition
 *  right after the name (past an age aside and an indefinite), the commonest way news
 *  introduces a source; "kata karyawati asal Konawe itu" later means that person. */
const APPOSED_RE = /^, (?:(?:salah (?:seorang|satu)|seorang|sang) )?/;
export function apposedAs(text: string, end: number, head: string): boolean {
  const after = text.slice(pastAge(text, end), end + 32 + head.length);
  const m = APPOSED_RE.exec(after);
  if (m === null) return false;
  const k = m[0].length;
  return after.slice(k, k + head.length).toLowerCase() === head && !isWordChar(after.charCodeAt(k + head.length));
}

/** Where the words before `start` in its sentence, from `floor` on, contain `head` as
 *  whole words, in any case: the last such place, or -1. */
function titleAt(text: string, start: number, floor: number, head: string): number {
  let from = start;
  while (from > floor) {
    const c = text.charCodeAt(from - 1);
    // A sentence end, a line break or a quotation mark: the title is in this sentence.
    if (c === 10 || c === 13 || c === 34 || c === 0x201c || c === 0x201d || ((c === 46 || c === 33 || c === 63) && text.charCodeAt(from) === 32)) break;
    from--;
  }
  const window = text.slice(from, start).toLowerCase();
  for (let i = window.lastIndexOf(head); i !== -1; i = i === 0 ? -1 : window.lastIndexOf(head, i - 1)) {
    // ("Terdakwa didampingi kuasa hukum Ahmad": the role is the subject's, not Ahmad's)
    if ((i === 0 || !isWordChar(window.charCodeAt(i - 1))) && !isWordChar(window.charCodeAt(i + head.length))) {
      return escortBetween(text, from + i + head.length, start) ? -1 : from + i;
    }
  }
  return -1;
}
