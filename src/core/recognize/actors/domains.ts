// Outlets named by their web domain in lower case (issue 13, pattern 9): "kata X kepada
// kompas.com", "dikutip dari kumparan.com". The rules only visit capitalised words, so
// this looks at the paragraph's dots instead: a dot between two lower-case letters is
// rare outside domains, and the KB decides whether the domain is an outlet it knows.
import { isAsciiLetter } from '../../text/chars';
import type { KbIndex } from '../../kb/kb-index';
import type { KbEntity } from '../../kb/types';
import type { LocalMention } from '../mention';
import { regionalPaperDomainName } from './regional-newspaper';

const DOT = 46;

/** The top-level domains of the outlets' hyphenated domains (a regex alternation). */
export const OUTLET_TOP_LEVEL = 'com|co\\.id|id|net';

/** "Tribun-Medan.com", "Pos-Kupang.com", "TRIBUN-TIMUR.COM": a capitalised outlet domain with hyphens, read
 *  whole (sticky: set lastIndex to the token's start). The hyphens would else part it. */
export const HYPHEN_DOMAIN = new RegExp(`\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)+\\.(?:${OUTLET_TOP_LEVEL}|${OUTLET_TOP_LEVEL.toUpperCase()})(?![\\p{L}\\p{N}])`, 'uy');

function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

function isNameChar(c: number): boolean {
  return isLabelChar(c) || (c >= 65 && c <= 90);
}

/** Adds to `out` (sorted, non-overlapping) every lower-case domain of the paragraph that
 *  the KB knows as an organisation. A domain inside a URL or an e-mail address is left
 *  alone; a capitalised one ("Kompas.com", "KOMPAS.com") is the KB rule's. */
export function lowerCaseDomains(p: string, kb: KbIndex, out: LocalMention[]): void {
  let k = p.indexOf('.');
  while (k > 0) {
    const next = p.indexOf('.', k + 1);
    if (isLabelChar(p.charCodeAt(k - 1)) && p.charCodeAt(k + 1) >= 97 && p.charCodeAt(k + 1) <= 122) {
      let s = k - 1;
      while (s > 0 && isNameChar(p.charCodeAt(s - 1))) s--;
      let e = k + 1;
      while (e < p.length && (isLabelChar(p.charCodeAt(e)) || (p.charCodeAt(e) === DOT && isLabelChar(p.charCodeAt(e + 1))))) e++;
      const before = s > 0 ? p.charCodeAt(s - 1) : 32;
      const first = p.charCodeAt(s);
      // Lower-case start; not the tail of a URL path, an e-mail address or a longer host.
      if (first >= 97 && first <= 122 && before !== 47 && before !== 64 && before !== DOT && p.charCodeAt(e) !== 47 && p.charCodeAt(e) !== 64) {
        const entity = kb.lookupDomain(p.slice(s, e));
        if (entity) insertMention(out, { start: s, end: e, type: 'ORG', canonical: entity.canonical, entityId: entity.id, alias: p.slice(s, e), source: 'kb' });
        else {
          // "tribunpekanbaru.com": a regional paper the KB does not know (regional-newspaper.ts)
          const paper = regionalPaperDomainName(p.slice(s, e), kb);
          if (paper !== undefined) insertMention(out, { start: s, end: e, type: 'ORG', canonical: paper, source: 'pattern' });
        }
      }
      k = p.indexOf('.', e);
      continue;
    }
    k = next;
  }
}

/** Puts `m` into `out` (sorted, non-overlapping) unless a mention already covers part of it. */
export function insertMention(out: LocalMention[], m: LocalMention): void {
  let at = out.length;
  while (at > 0 && out[at - 1].start >= m.end) at--;
  if (at > 0 && out[at - 1].end > m.start) return;
  out.splice(at, 0, m);
  // `expands` is an index into `out` ("Organisasi Riset Antariksa India (ISRO)"): the
  // mentions moved one place on.
  for (let k = at + 1; k < out.length; k++) {
    const x = out[k].expands;
    if (x !== undefined && x >= at) out[k].expands = x + 1;
  }
}

/** Longest line read as an outlet's name standing alone. */
const MAX_OUTLET_LINE = 32;

/** "detikNews", "kumparanNEWS" on a line of their own (a byline block): an outlet whose KB
 *  name starts in lower case, which the rules (capitalised words only) never visit. */
export function lowerCaseOutletLine(p: string, kb: KbIndex, out: LocalMention[]): void {
  const first = p.charCodeAt(0);
  if (first < 97 || first > 122 || p.length > MAX_OUTLET_LINE) return;
  const name = p.trimEnd();
  if (name.indexOf(' ') >= 0) return;
  const entity = kb.lookup(name);
  if (entity && entity.type === 'ORG') insertMention(out, { start: 0, end: name.length, type: 'ORG', canonical: entity.canonical, entityId: entity.id, alias: name, source: 'kb' });
}

/** The KB's outlets named by one word in lower case ("kumparan", "detikcom", "detikBali"),
 *  and the prefixes the paragraph is searched for: each name's lower-case start when it
 *  has four letters or more ("detik"), else the whole name ("iNews"); `anyPrefix` finds
 *  any of them. Built once per KB. */
interface LowerCaseOutlets {
  names: Map<string, KbEntity>; prefixes: string[]; anyPrefix: RegExp; folded: Map<string, KbEntity>;
  /** An outlet's lower-case start before its channels' capitals ("detik" of "detikNews",
   *  "detikBali"), for outlets the KB lists two channels or more of: a channel it does not
   *  list ("detikHot", "detikOto") is a desk of the same newsroom (canon50: one identity). */
  channelled: Map<string, KbEntity>;
}
const LOWER_CASE_OUTLETS = new WeakMap<KbIndex, LowerCaseOutlets>();
const MIN_PREFIX = 4;

function lowerCaseOutlets(kb: KbIndex): LowerCaseOutlets {
  let o = LOWER_CASE_OUTLETS.get(kb);
  if (o) return o;
  const names = new Map<string, KbEntity>();
  const folded = new Map<string, KbEntity>();
  const channelled = new Map<string, KbEntity>();
  for (const e of kb.entities) {
    if (e.type !== 'ORG' || !isOutlet(e)) continue;
    const channels = new Map<string, number>();
    for (const a of e.aliases) {
      if (/^[a-z][A-Za-z]+$/.test(a) && !names.has(a)) names.set(a, e);
      if (/^[A-Za-z][A-Za-z0-9]+$/.test(a) && !folded.has(a.toLowerCase())) folded.set(a.toLowerCase(), e);
      const channel = CHANNEL.exec(a);
      if (channel !== null) channels.set(channel[1], (channels.get(channel[1]) ?? 0) + 1);
    }
    for (const [start, n] of channels) if (n >= 2 && !channelled.has(start)) channelled.set(start, e);
  }
  let prefixes = [...new Set([...names.keys()].map((a) => {
    const lower = /^[a-z]+/.exec(a)![0];
    return lower.length >= MIN_PREFIX ? lower : a;
  }))];
  prefixes = prefixes.filter((x) => !prefixes.some((y) => y !== x && x.startsWith(y)));
  // The prefixes are letters only (names above); (?!) matches nothing: a KB without such outlets.
  const anyPrefix = new RegExp(prefixes.join('|') || '(?!)');
  o = { names, prefixes, anyPrefix, folded, channelled };
  LOWER_CASE_OUTLETS.set(kb, o);
  return o;
}

/** "kata X kepada kumparan", "dikutip dari detikcom", "ujarnya kepada detikBali": an outlet
 *  whose KB name is one word starting in lower case, inside a sentence (the rules visit
 *  capitalised words only; a domain, "kumparan.com", is lowerCaseDomains'). */
export function lowerCaseOutletNames(p: string, kb: KbIndex, out: LocalMention[]): void {
  const { names, prefixes, anyPrefix, folded, channelled } = lowerCaseOutlets(kb);
  // Nearly no paragraph names one: a single scan for all the prefixes turns the others
  // away (one indexOf per prefix cost about half again as much).
  if (!anyPrefix.test(p)) return;
  for (const prefix of prefixes) {
    let k = p.indexOf(prefix);
    while (k >= 0) {
      let e = k + prefix.length;
      while (e < p.length && isAsciiLetter(p.charCodeAt(e))) e++;
      const before = k > 0 ? p.charCodeAt(k - 1) : 32;
      if (!isNameChar(before) && before !== DOT && (before !== 47 || isCreditSlash(p, k - 1, e)) && before !== 64 && before !== 35 && !isNameChar(p.charCodeAt(e)) &&
          !(p.charCodeAt(e) === DOT && isLabelChar(p.charCodeAt(e + 1))) && (hasInnerCapital(p, k, e) || OUTLET_CONTEXT.test(p.slice(Math.max(0, k - 30), k)))) {
        // ("detikInet" for the KB's "detikINET": a channel's inner capitals vary by writer)
        const word = p.slice(k, e);
        const entity = names.get(word) ?? folded.get(word.toLowerCase()) ?? channelOf(channelled, word);
        if (entity) insertMention(out, { start: k, end: e, type: 'ORG', canonical: entity.canonical, entityId: entity.id, alias: p.slice(k, e), source: 'kb' });
      }
      k = p.indexOf(prefix, e);
    }
  }
}

/** A channel's name: the outlet's lower-case start, then the channel's capitalised word
 *  ("detik" + "News", "kumparan" + "NEWS"). */
const CHANNEL = /^([a-z]{4,})[A-Z][A-Za-z]+$/;

/** The outlet whose unlisted channel `word` is ("detikHot" → detikcom), or undefined. */
function channelOf(channelled: Map<string, KbEntity>, word: string): KbEntity | undefined {
  const channel = CHANNEL.exec(word);
  return channel === null ? undefined : channelled.get(channel[1]);
}

/** Longest reporter's name or code read before the slash of a closing credit. */
const MAX_CREDIT_NAME = 60;

/** The slash at `slash`, before an outlet ending at `e`, is a closing credit's "(Yohana
 *  Kartikasari/detikJateng)", "(wsn/detikBali)": the outlet closes the bracket, and the
 *  bracket opens shortly before with words only (no slash, colon or dot: a web address,
 *  "https://www.detik.com/detikJatim", is no credit). Bounded look-back: linear. */
function isCreditSlash(p: string, slash: number, e: number): boolean {
  if (p.charCodeAt(e) !== 41 /* ) */) return false;
  for (let k = slash - 1; k >= 0 && k >= slash - MAX_CREDIT_NAME; k--) {
    const c = p.charCodeAt(k);
    if (c === 40 /* ( */) return k < slash - 1;
    if (c === 47 || c === 58 || c === DOT) return false;
  }
  return false;
}

/** The KB's news outlet named by the one word `word` (letters and digits), ignoring case:
 *  "okezone" for "Okezone", "detikInet" for "detikINET". */
export function outletNamedIgnoringCase(kb: KbIndex, word: string): KbEntity | undefined {
  return lowerCaseOutlets(kb).folded.get(word.toLowerCase());
}

/** Words before an outlet named in lower case ("kepada kumparan", "dilansir dari detikcom"):
 *  "kumparan" alone is also a coil, "#kumparan" a hashtag. Names with an inner capital
 *  ("detikBali", "iNews") need none. */
const OUTLET_CONTEXT = /(?:kepada|dari|dilansir|melansir|dikutip|mengutip|sumber:?|via|laporan|pantauan|wawancara dengan|menurut) +$/i;
const OUTLET_DESCRIPTION = /\b(?:news|media|outlet|portal|newspaper|magazine|television|broadcaster|website|publisher)\b/i;

/** The KB's entity is a news outlet: a web domain among its names or a media description. */
function isOutlet(e: KbEntity): boolean {
  return e.aliases.some((a) => a.includes('.')) || OUTLET_DESCRIPTION.test(e.description.en);
}

function hasInnerCapital(p: string, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) { const c = p.charCodeAt(k); if (c >= 65 && c <= 90) return true; }
  return false;
}
