// "Rektor Unmul: Status PTN-BH Bukan Alasan Naikkan UKT", "Ketua BPKN: Produsen Wajib …":
// a headline gives a statement to a title and the body it heads, and the article's body
// names the holder ("Rektor Untan, Agustinus Lumbantobing, menegaskan …"). The statement is
// the holder's, not the body's (the spec's speaker is whose words they are). Link pass,
// after the headline names are read (the body's short name in a headline often is only
// found there, headline-names.ts), so it works on the article's final mentions.
import { countWords, isDash, isSpace, isUpper, isWordChar, wordBefore } from '../text/chars';
import { PLACE_PREFIXES, TITLE_HEAD_WORDS } from './lexicon';
import { firstStartingAt } from './mention';
import { identityEndsInPlace } from './headline-body-region';
import { longFormHead, longFormOf } from './title-subject';
import { reportedStatement } from './reported/link';
import { trimEnd } from './reported/sentences';
import type { ActorMention, Quote, ReportedStatement } from './types';

/** How far into a headline its colon may be. */
const MAX_SPEAKER_PART = 100;
const MIN_CONTENT_WORDS = 3;
/** How far after the headline the holder is looked for (the lead and the first paragraphs;
 *  also keeps the walk short on a long text of many articles). */
const HOLDER_REACH = 3000;
/** Between the body and its holder: "Untan, Agustinus", "(AFPI) Teguh". */
const HOLDER_GAP = /^\)?,? $/;
/** An interview's label before the title ("Wawancara Bupati Sumba Tengah: …", "WAWANCARA
 *  KHUSUS Rektor Untan: …"): the words after the colon are the one interviewed. */
export const INTERVIEW_LABEL = /^(?:wawancara(?: khusus| eksklusif)?|eksklusif)$/i;
/** Short titles and the word their long form starts with ("Dirut" = Direktur Utama). */
const SHORT_TITLES = new Set(['dirut', 'kadis', 'kadinkes', 'kabag', 'ketum', 'sekjen', 'wamen']);

/** A headline's one-word short title the body writes out ("Kadis", "Dirut", a police
 *  office's head, "Dirreskrimsiber" = Direktur Reserse Kriminal Siber: title-subject.ts's
 *  long forms): read as a title before a body, its holder found by the long form. */
function isShortTitle(word: string): boolean {
  return SHORT_TITLES.has(word) || (!word.includes(' ') && longFormOf(word) !== undefined);
}

/** The head word a headline's short title stands for ("dirut" → "direktur", title-subject.ts's
 *  long forms); only the SHORT_TITLES: "Kapolres" is no "Kepala" of any body. */
function shortTitleHead(word: string): string | undefined {
  return SHORT_TITLES.has(word) ? longFormHead(word) : undefined;
}

/** The first colon of the headline line [s, e) when it is near enough its start to end a
 *  speaker part ("Rektor Untan:", "…, Kapolres:"), else -1. One reach for both headline
 *  speaker rules (also headline-colon-speaker.ts). */
export function speakerColon(text: string, s: number, e: number): number {
  const colon = text.indexOf(':', s);
  return colon < 0 || colon >= e || colon - s > MAX_SPEAKER_PART ? -1 : colon;
}

/** Adds or re-attributes the statement of each headline line [s, e) of the form "Title
 *  Body: content". `actors` and `reported` are the article's, sorted by start. */
export function headlineTitleSpeakers(text: string, lines: readonly number[], actors: readonly ActorMention[], reported: ReportedStatement[], quotes: readonly Quote[]): void {
  for (let li = 0; li + 1 < lines.length; li += 2) {
    const s = lines[li];
    const e = lines[li + 1];
    const colon = speakerColon(text, s, e);
    if (colon < 0) continue;
    let before = colon;
    while (before > s && isSpace(text.charCodeAt(before - 1))) before--;
    const bi = firstStartingAt(actors, s);
    let body: ActorMention | undefined;
    for (let k = bi; k < actors.length && actors[k].start < before; k++) if (actors[k].end === before) body = actors[k];
    if (body === undefined) continue;
    if (body.type === 'PER') {
      interviewedSpeaker(text, s, colon, e, body, reported, quotes);
      continue;
    }
    const holder = titledBodyHolder(text, s, e, body, actors);
    if (holder === undefined) continue;
    const ri = firstStartingAt(reported, colon);
    const existing = ri < reported.length && reported[ri].start < e ? ri : -1;
    if (existing >= 0) {
      if (reported[existing].cue === ':') reported[existing] = { ...reported[existing], speaker: holder.canonical, speakerMention: { start: holder.start, end: holder.end } };
      continue;
    }
    const content = contentAfterColon(text, colon, e, quotes);
    if (content !== null) reported.splice(ri, 0, reportedStatement(text, content[0], content[1], ':', holder, 'context'));
  }
}

/** The person the body names with the title the headline words from `from` put before the
 *  body or place `body` ("Rektor Untan", "Bupati Sikka", "Kadis Perpustakaan Kapuas Hulu"),
 *  read in the lead and first paragraphs after the line end `e`; undefined when no title
 *  stands there or no one holds it. One reading for a headline's colon and its reporting
 *  verb (headline-verb-speaker.ts). */
export function titledBodyHolder(text: string, from: number, e: number, body: ActorMention, actors: readonly ActorMention[]): ActorMention | undefined {
  const title = titleBefore(text, from, body.start);
  if (title === undefined) return undefined;
  return titleHolder(text, e, actors, body, title) ?? longTitleHolder(text, e, actors, title, body);
}

/** "Wawancara Sutradara Name: <content>": an interview's headline gives the words after the
 *  colon to the person it names, after the label and title words only. A Title Case
 *  headline keeps only KB names in the paragraph pass (reported/headline.ts read none), so
 *  the person is the one the link pass found in the headline (headline-names.ts). */
function interviewedSpeaker(text: string, lineStart: number, colon: number, e: number, person: ActorMention, reported: ReportedStatement[], quotes: readonly Quote[]): void {
  // (after the label a title or a trade in Title Case, "Sutradara", "Pelukis", at most three words)
  let k = person.start;
  let n = 0;
  for (let w = wordBefore(text, k, lineStart); w && n < 3; w = wordBefore(text, w.start, lineStart), n++) {
    if (!isUpper(text.charCodeAt(w.start)) || INTERVIEW_LABEL.test(text.slice(w.start, w.end))) break;
    k = w.start;
  }
  if (!INTERVIEW_LABEL.test(text.slice(lineStart, k).trim())) return;
  const ri = firstStartingAt(reported, colon);
  if (ri < reported.length && reported[ri].start < e) return;
  const content = contentAfterColon(text, colon, e, quotes);
  if (content !== null) reported.splice(ri, 0, reportedStatement(text, content[0], content[1], ':', person, 'explicit'));
}

/** The statement after a headline's colon at `colon`, to the line end `e` without a final
 *  full stop: [start, end) when it has at least three words and no quote overlaps it. */
export function contentAfterColon(text: string, colon: number, e: number, quotes: readonly Quote[]): [number, number] | null {
  let start = colon + 1;
  while (start < e && isSpace(text.charCodeAt(start))) start++;
  let end = trimEnd(text, start, e);
  if (end > start && text.charCodeAt(end - 1) === 46) end--;
  const qi = firstStartingAt(quotes, start) - 1;
  if (end <= start || countWords(text, start, end, MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS || (qi >= 0 && quotes[qi].end > start) || (qi + 1 < quotes.length && quotes[qi + 1].start < end)) return null;
  return [start, end];
}

/** The title words right before the body's name, back to the line start, a dash or a comma
 *  ("WAWANCARA - Rektor Untan:"): the first of them in lower case, or undefined. */
function titleBefore(text: string, lineStart: number, bodyStart: number): string | undefined {
  let first: string | undefined;
  // One capitalised word between the title and the body qualifies the title ("Direktur
  // Teknik Persekat Tegal"): the holder must still carry the same title in the body.
  let qualifier = false;
  for (let w = wordBefore(text, bodyStart, lineStart); w; w = wordBefore(text, w.start, lineStart)) {
    // (a short title the lexicon's title heads leave out, "Kadis", "Kabag", counts here)
    if (!TITLE_HEAD_WORDS.hasAt(text, w.start, w.end) && !isShortTitle(text.slice(w.start, w.end).toLowerCase())) {
      if (first !== undefined || qualifier || !isUpper(text.charCodeAt(w.start))) break;
      qualifier = true;
      continue;
    }
    first = text.slice(w.start, w.end).toLowerCase();
    const gap = text.slice(lineStart, w.start).trimEnd();
    if (gap === '' || isDash(gap.charCodeAt(gap.length - 1)) || gap.endsWith(',') || INTERVIEW_LABEL.test(gap)) return first;
  }
  return undefined;
}

/** The first person of the body named right after a title and the same body ("Rektor
 *  Untan, Agustinus …", "Direktur Utama Pelni, Tri …") with the same title. */
function titleHolder(text: string, bodyFrom: number, actors: readonly ActorMention[], body: ActorMention, title: string): ActorMention | undefined {
  const want = shortTitleHead(title) ?? title;
  for (let k = firstStartingAt(actors, bodyFrom); k + 1 < actors.length && actors[k].start < bodyFrom + HOLDER_REACH; k++) {
    const b = actors[k];
    if (b.canonical !== body.canonical) continue;
    // "(APTRI) Kediri, Sugeng …": the body's region written after its acronym's bracket.
    const region = regionAfterBracket(text, b, actors[k + 1]);
    if (region && k + 2 >= actors.length) break;
    const p = actors[region ? k + 2 : k + 1];
    // ("Kapolres Wonosobo, AKBP Yudha …": a rank before the holder's name stays outside it)
    const gap = text.slice(region ? actors[k + 1].end : b.end, rankStartBefore(text, p.start, b.end));
    if (p.type !== 'PER' || !HOLDER_GAP.test(gap)) continue;
    // "Ketua Umum Asosiasi … (AFPI) Teguh …": the title before the name the acronym follows.
    const t = firstTitleWord(text, b.start) ?? (k > 0 && text.charCodeAt(b.start - 1) === 40 ? firstTitleWord(text, actors[k - 1].start) : undefined);
    if (t === undefined) continue;
    // Only a holder of the same title: "Dubes AS:" is not the foreign minister, "Ketua KPK:"
    // not its deputy ("Wakil Ketua KPK"); a missing statement costs recall, a wrong speaker both.
    if (t === want || shortTitleHead(t) === want) return p;
  }
  return undefined;
}

/** `place` follows the body mention `b` after its acronym's closing bracket ("(APTRI)
 *  Kediri") and is the region `b`'s identity ends in. */
function regionAfterBracket(text: string, b: ActorMention, place: ActorMention): boolean {
  return place.start === b.end + 2 && text.charCodeAt(b.end) === 41 && text.charCodeAt(b.end + 1) === 32 && identityEndsInPlace(b, place);
}

/** How far after a long title its holder's name may start ("Kepala Dinas Kelautan dan
 *  Perikanan Kabupaten Buton Selatan Andi …"). */
const LONG_TITLE_GAP = 90;
/** Between a long title and its holder: "-nya, " ("kepala dinasnya, Yosef …") or the unit
 *  and the place in capitals joined by "dan" ("Kelautan dan Perikanan Kabupaten Buton
 *  Selatan"), no sentence end; the holder may be set off by a comma and carry an abbreviated
 *  title ("Kepala Dinas Kesehatan Kabupaten Bondowoso, dr. Sumarni …", speakers47). */
const LONG_TITLE_TAIL = /^(?:nya|(?: (?:\p{Lu}[\p{L}-]*|dan))*),? (?:(?:\p{Lu}\p{L}{0,3}|dr|drg)\. )?$/u;

/** "Kadis Perpustakaan Kapuas Hulu:" when the body never writes "Kapuas Hulu, <Name>": the
 *  first person named right after the short title's long form ("Kepala Dinas …", "kepala
 *  dinasnya, …") in the lead and first paragraphs (dev d246, d272); undefined for a title
 *  that is no short one. */
function longTitleHolder(text: string, from: number, actors: readonly ActorMention[], title: string, body: ActorMention): ActorMention | undefined {
  if (!isShortTitle(title)) return undefined;
  const long = longFormOf(title);
  if (long === undefined) return undefined;
  // ("kepala dinas kesehatan" names the unit too: what follows it is the region alone)
  const unitNamed = long.split(' ').length > 2;
  const lower = text.slice(from, Math.min(text.length, from + HOLDER_REACH)).toLowerCase();
  for (let k = lower.indexOf(long); k >= 0; k = lower.indexOf(long, k + 1)) {
    const end = from + k + long.length;
    if (from + k > 0 && isWordChar(text.charCodeAt(from + k - 1))) continue;
    for (let i = firstStartingAt(actors, end); i < actors.length && actors[i].start <= end + LONG_TITLE_GAP; i++) {
      if (actors[i].type !== 'PER') continue;
      // ("Direktur Reserse Kriminal Siber, Kombes Bosa …": a rank before the name, outside it)
      const tail = text.slice(end, rankStartBefore(text, actors[i].start, end));
      if (LONG_TITLE_TAIL.test(tail) && !otherPlace(tail, body, text.slice(body.start, body.end), unitNamed)) return actors[i];
      break;
    }
  }
  return undefined;
}

/** Where a capitalised title word right before `nameStart` starts (a rank, "Kombes",
 *  "AKBP"), not before `floor`; else `nameStart`. */
function rankStartBefore(text: string, nameStart: number, floor: number): number {
  const w = wordBefore(text, nameStart, floor);
  return w && w.end + 1 === nameStart && isUpper(text.charCodeAt(w.start)) && TITLE_HEAD_WORDS.hasAt(text, w.start, w.end) ? w.start : nameStart;
}

/** The words between a long title and its holder name a region ("Provinsi Jawa Tengah",
 *  "Kota Pontianak", or any words after a long title that names the unit, `unitNamed`:
 *  "Kepala Dinas Kesehatan Jawa Tengah") other than the place `body` (written `written`) of
 *  the headline's short title: the head of another region's office ("Kadinkes Blora:" is not
 *  the head of the province's health office, review47). A tail naming no region, or the
 *  headline's place ("Kabupaten Blora", "Blora"), is no other place. */
function otherPlace(tail: string, body: ActorMention, written: string, unitNamed: boolean): boolean {
  if (body.type !== 'GPE') return false;
  // (the unit and the region come before the comma that sets off the holder)
  const words = tail.split(',')[0].match(/\p{L}+/gu) ?? [];
  const at = words.findIndex((w) => PLACE_PREFIXES.has(w.toLowerCase()));
  if (at < 0 && !unitNamed) return false;
  const place = words.slice(at + 1).join(' ').toLowerCase();
  return !(' ' + place + ' ').includes(' ' + written.toLowerCase() + ' ') && !body.canonical.toLowerCase().endsWith(place);
}

/** The first word of the run of title words and capitalised words before `pos` on its
 *  sentence ("Direktur Utama Pelni" → "direktur"). */
function firstTitleWord(text: string, pos: number): string | undefined {
  let first: string | undefined;
  for (let w = wordBefore(text, skipAcronymBefore(text, pos)); w; w = wordBefore(text, skipAcronymBefore(text, w.start))) {
    if (!isUpper(text.charCodeAt(w.start)) || /[.,:;\n]/.test(text.slice(w.end, pos))) break;
    if (TITLE_HEAD_WORDS.hasAt(text, w.start, w.end)) first = text.slice(w.start, w.end).toLowerCase();
    pos = w.start;
  }
  return first;
}

/** The start of a bracketed acronym that ends right before `pos` ("Ketua Asosiasi … (APTRI)
 *  Kediri": the title runs on before the acronym, which names the same body), else `pos`. */
function skipAcronymBefore(text: string, pos: number): number {
  let e = pos;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (text.charCodeAt(e - 1) !== 41) return pos;
  const open = text.lastIndexOf('(', e - 1);
  return open >= 0 && /^\(\p{Lu}[\p{Lu}\p{N}-]*\)$/u.test(text.slice(open, e)) ? open : pos;
}
