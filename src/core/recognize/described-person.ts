// The person a description points back to across paragraphs ("timpal staf khusus
// tersebut" three paragraphs after "Staf Khusus Menteri ESDM Taufik Hidayatullah"): the
// last person the article named with the description's head among the title words before
// the name. attribution.ts does this inside one paragraph (personWithTitle); the link pass
// does it over the article, for descriptions with a head (LocalAttribution `head`).
import { isWordChar } from '../text/chars';
import { INTERVIEWER_TITLES } from './interview-turns';
import { CHAIR_HEAD, INTERVIEWER_HEAD, PANEL_MEMBER_HEAD } from './turn-labels';
import { COUNSEL_ROLE } from './proceeding-parties';
import { OFFICER_GRADES } from './officer-grades';
import { obliqueTitle } from './oblique-title';
import { doesRole } from './role-verb';
import { escortBetween } from './companion-subject';
import type { ActorMention } from './types';
import { ageAsideEnd } from './actors/person-of-age';

/** How far back a title may be looked for: a few paragraphs of a long article. */
const REACH = 4000;
/** How far before a name its title words may start ("Peneliti tamu Institute for Development
 *  of Economics and Finance (Indef) Hendro Wibisono"). */
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
  // "pinta pimpinan rapat": whoever the article said chaired it ("Rapat dipimpin oleh Wakil Ketua
  // Komisi IV X"), or titled as its chair.
  ['pimpinan', ['pimpinan', 'dipimpin']],
  // "T: “…?”" (interview-turns.ts): the journalist the article introduced interviewing.
  [INTERVIEWER_HEAD, INTERVIEWER_TITLES],
  // "Ketua Majelis: “…”" (turn-labels.ts): whoever the article said chaired the panel, a
  // judge or a council's or commission's member ("Sidang dipimpin X", "Majelis komisi
  // diketuai Y", "Z sebagai ketua majelis"); "Anggota Majelis:" one of its members (the
  // ethics council's members from a province sit as its regional examining team).
  [CHAIR_HEAD, [CHAIR_HEAD, 'hakim ketua', 'majelis hakim', 'hakim', 'dipimpin', 'diketuai']],
  [PANEL_MEMBER_HEAD, [PANEL_MEMBER_HEAD, 'hakim anggota', 'tim pemeriksa daerah']],
  // "Kuasa Terlapor I: “…”" (proceeding-parties.ts): a counsel the article introduced.
  [COUNSEL_ROLE, [COUNSEL_ROLE, 'penasihat hukum', 'pengacara', 'advokat']],
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
    const fit = titleFit(text, mentions, k, head);
    // ("… unggul atas pembalap X": an object, taken only when no subject has the title, oblique-title.ts)
    if (fit === OBLIQUE) oblique ??= mentions[k];
    else if (fit === TITLED) return mentions[respectiveHolder(text, mentions, isPerson, k, head)];
  }
  return oblique;
}

/** The word that pairs a list of roles with the list of their holders, in order. */
const RESPECTIVELY = 'masing-masing';
/** How far before a name the roles and "masing-masing" may start (past its title words). */
const RESPECTIVE_REACH = TITLE_REACH + 60;

/** "Teradu I dan Teradu II, berturut-turut Ketua Bawaslu X Hiliwaro … dan anggotanya, Darmansyah
 *  …": roles listed before "masing-masing" go to the people listed after it, in order, so the
 *  second role is the second person's, though the title search first reaches the first
 *  (speakers54b: dev d431's "Teradu II:" turns). Person `k` holds `head` by the title words
 *  before it; returns the index of the person the list pairs `head` with (`k` when no such
 *  list, or it names fewer people). */
function respectiveHolder(text: string, mentions: readonly ActorMention[], isPerson: (k: number) => boolean, k: number, head: string): number {
  const nameStart = mentions[k].start;
  const floor = Math.max(0, nameStart - RESPECTIVE_REACH);
  const window = text.slice(floor, nameStart).toLowerCase();
  const mm = window.lastIndexOf(RESPECTIVELY);
  if (mm < 0) return k;
  // (the holders' list starts right after it: no person named between it and `k`)
  for (let j = k - 1; j >= 0 && mentions[j].end > floor + mm; j--) if (isPerson(j)) return k;
  const roles = window.slice(0, mm);
  const at = lastWholePhrase(roles, head);
  if (at < 0) return k;
  // (the roles' list is in the name's sentence: back to a sentence end, a line break or a quotation mark)
  const sentenceStart = Math.max(0, ...['. ', '\n', '"', '\u201d'].map((end) => roles.lastIndexOf(end, at) + 1));
  const first = head.split(' ')[0];
  let index = 0;
  for (let i = roles.indexOf(first, sentenceStart); i !== -1 && i < at; i = roles.indexOf(first, i + 1)) {
    if ((i === 0 || !isWordChar(roles.charCodeAt(i - 1))) && !isWordChar(roles.charCodeAt(i + first.length))) index++;
  }
  let j = k;
  for (let n = 0; n < index;) {
    if (++j >= mentions.length || mentions[j].start > nameStart + REACH) return k;
    if (isPerson(j)) n++;
  }
  return j;
}

/** Where `phrase` last stands in `s` as whole words, else -1 ("teradu i" not in "teradu ii"). */
function lastWholePhrase(s: string, phrase: string): number {
  for (let i = s.lastIndexOf(phrase); i !== -1; i = i === 0 ? -1 : s.lastIndexOf(phrase, i - 1)) {
    if ((i === 0 || !isWordChar(s.charCodeAt(i - 1))) && !isWordChar(s.charCodeAt(i + phrase.length))) return i;
  }
  return -1;
}

/** The first person from mention index `first` on, within REACH of `from`, whose title
 *  words contain `head` (as titledPersonBefore, an object only when no subject has it):
 *  a hearing report may print the turns first and name who sat in each role after them
 *  ("Teradu I: “…”" … "Teradu I adalah Ketua KPU X, Y"). */
export function titledPersonAfter(text: string, mentions: readonly ActorMention[], isPerson: (k: number) => boolean, first: number, from: number, head: string): ActorMention | null {
  let oblique: ActorMention | null = null;
  for (let k = first; k < mentions.length && mentions[k].start < from + REACH; k++) {
    if (!isPerson(k)) continue;
    const fit = titleFit(text, mentions, k, head);
    if (fit === OBLIQUE) oblique ??= mentions[k];
    else if (fit === TITLED) return mentions[respectiveHolder(text, mentions, isPerson, k, head)];
  }
  return oblique;
}

/** How person `k` holds the description's head: not at all, as an object's title
 *  (oblique-title.ts), or as their own. */
const UNTITLED = 0;
const OBLIQUE = 1;
const TITLED = 2;
function titleFit(text: string, mentions: readonly ActorMention[], k: number, head: string): number {
  // Another person named just before is where this one's title words start at the
  // latest ("Pembawa acara Prita … anggota DPR, Rendra": "pembawa" is not Rendra's).
  // (and a role in brackets right after that name is that person's: "Rahmat (Teradu I) dan Siti")
  let titleFloor = mentions[k].start - TITLE_REACH;
  for (let j = k - 1; j >= 0 && mentions[j].end > titleFloor; j--) if (mentions[j].type === 'PER') { titleFloor = pastBrackets(text, mentions[j].end); break; }
  const ranks = RANK_CLASSES.get(head);
  const from = Math.max(0, titleFloor);
  let at = -1;
  if (ranks === undefined) at = titleAt(text, mentions[k].start, from, head);
  else for (let r = 0; r < ranks.length && at < 0; r++) at = titleAt(text, mentions[k].start, from, ranks[r]);
  if (at < 0) {
    return ranks === undefined && (servesAs(text, mentions[k].end, head) || apposedAs(text, mentions[k].end, head) ||
      doesRole(text, mentions[k].end, roleReach(mentions, k), head)) ? TITLED : UNTITLED;
  }
  return obliqueTitle(text, at) ? OBLIQUE : TITLED;
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

/** "notaris Imam Mogaya sebagai saksi ketiga": the role follows the name after
 *  "sebagai" (a witness, an expert, a moderator called in), the name's own title words
 *  being another role; past an age aside too ("operator crane Resoni (39) sebagai saksi",
 *  the way a hearing report introduces the witness its "Saksi:" turns then mean); or in
 *  brackets ("Lambok Simbolon (Teradu I)", a party of a proceeding). */
const SERVES_AS_RE = /^(?:,? (?:sebagai|selaku) | \()/;
function servesAs(text: string, end: number, head: string): boolean {
  const after = text.slice(pastAge(text, end), end + 24 + head.length);
  const m = SERVES_AS_RE.exec(after);
  if (m === null) return false;
  const k = m[0].length;
  return after.slice(k, k + head.length).toLowerCase() === head && !isWordChar(after.charCodeAt(k + head.length));
}

/** A short aside in brackets right after a name ("(Teradu I)", "(45)"): where it ends. */
const BRACKETS_RE = /^ ?\([^()\n]{1,40}\)/;
function pastBrackets(text: string, end: number): number {
  const m = BRACKETS_RE.exec(text.slice(end, end + 44));
  return m === null ? end : end + m[0].length;
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
