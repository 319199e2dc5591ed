// A Title-Case headline reports a statement with an unprefixed reporting verb between its
// speaker and the content: "…, Nayla Nokagu Tegaskan Tak Akan Cabut Laporan", "…, PM Lubero
// Klaim Koalisi Masih Solid", "…: PSIS Klaim Sudah Sepakat", "…, Pemilik Bengkel Akui Mesin
// Diganti" (the headline forms of menegaskan / mengklaim / mengakui / membantah / menyebut /
// menyatakan / meminta, ANNOTATION-SPEC "Reported speech", form 1). The paragraph pass reads
// such a headline only when it already knows the speaker there (reported/headline.ts); a
// headline's names are often confirmed only by the body (headline-names.ts) and a bare title
// or role ("Pemilik Bengkel") names the person the body introduces with it. So this link
// pass, on the article's final mentions, reads the speaker as headline-colon-speaker.ts reads
// the words before a headline's colon, and wants a clause after the verb ("PBB Minta
// Penyelidikan Independen", "Pelatih Minta Maaf" name a thing: no statement).
import { isSpace, isUpper, wordAfter } from '../text/chars';
import { speakerBeforeColon } from './headline-colon-speaker';
import { readsAsAffixedNoun } from './actors/word-class';
import { oneSpeakerRoleOpening, speakerOfSummedStatement, speakerSaysSome } from './headline-role-by-content';
import { roleHolderInBody, rolePhraseHolder } from './headline-role-holder';
import { titledBodyHolder } from './headline-title-speaker';
import { TITLE_HEAD_WORDS } from './lexicon';
import { firstStartingAt, overlapsSorted } from './mention';
import { clauseComma, HEADLINE_OWN_ACT_VERBS, HEADLINE_VERBS, headlineClause, headlineVerbIsNoun } from './reported/headline';
import { reportedStatement } from './reported/link';
import { asksQuestion } from './reported/question';
import { trimEnd } from './reported/sentences';
import type { ActorMention, Quote, ReportedStatement } from './types';

const OWN_ACT_VERBS: ReadonlySet<string> = new Set(HEADLINE_OWN_ACT_VERBS);

/** A headline verb between spaces (one test turns away the headline lines without one). */
export const HEADLINE_VERB_LINE_RE = new RegExp(` (?:${HEADLINE_VERBS.join('|')}) `);

/** For each headline line [s, e) of `lines` with a headline verb whose speaker, from the
 *  line start, a comma or a colon up to the verb, is a person or a body, adds that speaker's
 *  statement: the clause after the verb up to the next comma or the line end, unless a
 *  statement of the paragraph pass already covers it. `actors` and `reported` are the
 *  article's, sorted by start. */
export function headlineVerbSpeakers(text: string, lines: readonly number[], actors: readonly ActorMention[], reported: ReportedStatement[], quotes: readonly Quote[]): void {
  for (let li = 0; li + 1 < lines.length; li += 2) {
    const s = lines[li];
    const e = trimEnd(text, s, lines[li + 1]);
    // (one line, no sentence in it: a lead paragraph is no headline)
    if (hasSentenceEnd(text, s, e)) continue;
    const re = new RegExp(HEADLINE_VERB_LINE_RE.source, 'g');
    const line = text.slice(s, e);
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const verbStart = s + m.index + 1;
      const verbEnd = s + m.index + m[0].length - 1;
      // "Pencipta Lagu … Gugat Label, Sebut <clause>": a verb right after a comma, with no
      // subject of its own, shares the first clause's subject (as the paragraph pass reads a
      // name opening the headline, reported/headline.ts); only a role is read from it.
      let from = clauseStart(text, s, verbStart);
      const shared = from === verbStart ? sharedSubjectEnd(text, s, verbStart) : -1;
      if (shared >= 0) from = clauseStart(text, s, shared);
      const start = verbEnd + 1;
      const comma = clauseComma(text, start, e);
      const end = trimEnd(text, start, comma >= 0 ? comma : e);
      if (end <= start || !twoWords(text, start, end) || asksQuestion(text, start, end) || headlineVerbIsNoun(text, m[0].trim(), start, end)) continue;
      if (overlapsSorted(quotes, start, end)) continue;
      let speaker = shared >= 0 ? rolePhraseHolder(text, from, shared, e, actors) : headlineSpeaker(text, from, verbStart, e, actors);
      if (speaker !== undefined) {
        // "Ketua Bawaslu X Bantah Abaikan Laporan": an own act denied or confessed without a
        // subject is speech when the body gives the same speaker a statement of its words.
        if (!headlineClause(text, start, end) && !(ownAct(text, m[0].trim(), start, end) && speakerSaysSome(text, start, end, e, speaker.canonical, reported, quotes))) continue;
      } else {
        // A bare role ("Saksi Akui …"): the speaker of the body statement the headline sums
        // up. An own act confessed or denied needs no subject ("Akui Setor Rp5 Juta"); the
        // body's statement of the same words shows it is speech.
        const role = oneSpeakerRoleOpening(text, from, shared >= 0 ? shared : verbStart);
        if (role === undefined || (!headlineClause(text, start, end) && !ownAct(text, m[0].trim(), start, end))) continue;
        speaker = speakerOfSummedStatement(text, start, end, e, actors, reported, quotes, role);
        if (speaker === undefined) continue;
      }
      const statement = reportedStatement(text, start, end, m[0].trim(), speaker, 'explicit');
      // "Rapat Anggaran: Komisi II Klaim Dana Hibah Sudah Dipangkas": the words after a
      // colon that hold a speaker and a reporting verb of their own are that speaker's
      // statement, not the label's (a topic is read as a name often enough).
      const ci = firstStartingAt(reported, from);
      if (ci < reported.length && reported[ci].start === from && reported[ci].cue === ':' && reported[ci].end >= end && text.charCodeAt(from - 1 - (isSpace(text.charCodeAt(from - 1)) ? 1 : 0)) === 58) {
        reported[ci] = statement;
        continue;
      }
      // "Bupati Sikka Akui …": the paragraph pass gave the statement to the place or body after
      // the title (it knows the headline alone); the holder the body names with the title says it.
      const pi = firstStartingAt(reported, start);
      if (pi < reported.length && reported[pi].start === start && reported[pi].cue === statement.cue && speaker.start >= e && withinSubject(reported[pi], from, verbStart)) {
        reported[pi] = statement;
        continue;
      }
      if (overlapsSorted(reported, start, end)) continue;
      reported.splice(firstStartingAt(reported, start), 0, statement);
    }
  }
}

/** The speaker the words [from, to) name: a person or a body named whole, a person's name
 *  after title words only ("PM Somchai", "Menlu Sugiono"), or what the body introduces with
 *  a bare title or role (headline-colon-speaker.ts). Every word capitalised: "Brunei dan
 *  Indonesia Sepakat Saling Dukung …" has no speaker before the verb. */
function headlineSpeaker(text: string, from: number, to: number, lineEnd: number, actors: readonly ActorMention[]): ActorMention | undefined {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= from) return undefined;
  const ai = firstStartingAt(actors, from);
  let named: ActorMention | undefined;
  for (let k = ai; k < actors.length && actors[k].start < end; k++) if (actors[k].end === end) named = actors[k];
  if (named !== undefined) {
    // "…, Bupati Sikka Akui …", "Ketua Bawaslu X Bantah …": a title before a body or a place
    // names the one the body introduces with that title, as before a headline's colon.
    const holder = named.type === 'PER' ? undefined : titledBodyHolder(text, from, lineEnd, named, actors);
    if (holder !== undefined && holder.type === 'PER') return holder;
    if (named.type !== 'PER' && named.type !== 'ORG') return undefined;
    if (named.start === from) return named;
    if (named.type === 'PER') return onlyTitleWords(text, from, named.start) ? named : undefined;
  }
  const found = speakerBeforeColon(text, from, end, lineEnd, actors) ?? roleHolderInBody(text, from, end, lineEnd, actors) ?? rolePhraseHolder(text, from, end, lineEnd, actors);
  return found !== undefined && (found.type === 'PER' || found.type === 'ORG') ? found : undefined;
}

/** The statement's speaker mention lies in the headline subject [from, verbStart). */
function withinSubject(statement: ReportedStatement, from: number, verbStart: number): boolean {
  const at = statement.speakerMention;
  return at !== undefined && at.start >= from && at.end <= verbStart;
}

/** The content [start, end) of an own-act verb ("Akui", "Bantah") opens with a verb, the act
 *  confessed or denied ("Bantah Terima Uang", "Akui Tunda Rapat"): not a noun by its affixes
 *  ("Bantah Tuduhan …", "Akui Keunggulan Lawan"), which is the verb's object, and a reporting
 *  verb with only a noun object reports nothing (session 52 ruling). A ke-…-an predicate
 *  ("Akui Kehilangan Dokumen") is a clause to headlineClause before this is asked. */
function ownAct(text: string, verb: string, start: number, end: number): boolean {
  if (!OWN_ACT_VERBS.has(verb)) return false;
  const w = wordAfter(text, start, end);
  return w !== null && !readsAsAffixedNoun(text.slice(w.start, w.end).toLowerCase());
}

/** The comma right before the verb at `verbStart` (blanks between), after a first clause of
 *  the line from `lineStart`: where that clause ends; else -1. */
function sharedSubjectEnd(text: string, lineStart: number, verbStart: number): number {
  let k = verbStart;
  while (k > lineStart && isSpace(text.charCodeAt(k - 1))) k--;
  return k > lineStart + 1 && text.charCodeAt(k - 1) === 44 ? k - 1 : -1;
}

/** After the last comma or colon before the verb, or the line start, and its blanks. */
function clauseStart(text: string, lineStart: number, verbStart: number): number {
  let k = verbStart - 1;
  while (k > lineStart && text.charCodeAt(k - 1) !== 44 && text.charCodeAt(k - 1) !== 58) k--;
  while (k < verbStart && isSpace(text.charCodeAt(k))) k++;
  return k;
}

function onlyTitleWords(text: string, from: number, to: number): boolean {
  for (let w = wordAfter(text, from, to); w; w = wordAfter(text, w.end, to)) {
    if (!isUpper(text.charCodeAt(w.start)) || !TITLE_HEAD_WORDS.hasAt(text, w.start, w.end)) return false;
  }
  return true;
}

function hasSentenceEnd(text: string, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if ((c === 46 || c === 33) && (k + 1 === e || isSpace(text.charCodeAt(k + 1)))) return true;
  }
  return false;
}

function twoWords(text: string, from: number, to: number): boolean {
  const first = wordAfter(text, from, to);
  return first !== null && wordAfter(text, first.end, to) !== null;
}
