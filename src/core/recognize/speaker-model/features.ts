// The candidates and features of the learned speaker choice (speaker-model/README.md).
// Asked only where no attribution clause names the speaker: a quote continuing the floor
// or a turn of an exchange, a "-nya"/pronoun cue pointing back, a statement resolved from
// context. Everything is read off the link pass's result (actors, quotes, statements) and
// the text, so the features are the same in the recognizer and in the training script.
import { closesQuotedSentenceAt, endsSentenceAt } from '../sentence-end';
import { isRegexWhitespace } from '../../text/chars';
import { CONTEXT_CUE, isContextCue, type ActorMention, type Quote, type ReportedStatement } from '../types';

/** How the rules reached the speaker: the path decides which crossed features fire. A
 *  quote's context cue (CONTEXT_CUE) is its path. */
export const PATHS = ['anaphora', CONTEXT_CUE.continuation, CONTEXT_CUE.exchange, CONTEXT_CUE.floor, 'none', 'statement-anaphora', 'statement-context'] as const;
export type SpeakerPath = typeof PATHS[number];

const BASE = [
  'rule', 'nobody', 'previous-speaker', 'speaker-before-previous', 'previous-statement', 'last-actor', 'last-person',
  'same-paragraph', 'previous-paragraph', 'two-or-three-paragraphs-back', 'not-in-window', 'opens-its-paragraph',
  'after-previous-quote', 'person', 'organisation', 'spoke-before', 'named-three-times', 'named-inside-a-quote',
  // the latest sentence subject was an unnamed person ("Seorang petani … mengaku …")
  'unnamed-subject-since*nobody', 'unnamed-subject-since*person',
  // the candidate is a sentence's subject, the latest sentence subject before the quote
  'sentence-subject', 'latest-subject',
] as const;
const CROSSED = ['rule', 'nobody', 'previous-speaker', 'last-actor'] as const;
const RULE_CROSSED = ['same-paragraph', 'previous-paragraph', 'two-or-three-paragraphs-back', 'not-in-window', 'organisation', 'named-inside-a-quote', 'last-actor'] as const;

/** Every feature's name, in index order (weights.json keys). */
export const FEATURES: readonly string[] = [
  ...BASE,
  ...PATHS.flatMap((p) => CROSSED.map((c) => `${p}*${c}`)),
  'question*previous-speaker', 'question*speaker-before-previous', 'question*rule',
  'opens-paragraph*previous-speaker', 'opens-paragraph*last-actor', 'opens-paragraph*same-paragraph',
  // how far back the rules reached, and for what
  ...RULE_CROSSED.map((c) => `rule*${c}`),
];
const F = new Map(FEATURES.map((f, i) => [f, i]));
const fi = (name: string): number => F.get(name) as number;
const CROSS_AT = PATHS.map((p) => CROSSED.map((c) => fi(`${p}*${c}`)));
/** Feature indices, looked up once (not by name per candidate). */
const I = {
  'after-previous-quote': fi('after-previous-quote'),
  'same-paragraph': fi('same-paragraph'),
  'previous-paragraph': fi('previous-paragraph'),
  'two-or-three-paragraphs-back': fi('two-or-three-paragraphs-back'),
  person: fi('person'),
  organisation: fi('organisation'),
  'last-actor': fi('last-actor'),
  'last-person': fi('last-person'),
  'latest-subject': fi('latest-subject'),
  'named-inside-a-quote': fi('named-inside-a-quote'),
  'named-three-times': fi('named-three-times'),
  'nobody': fi('nobody'),
  'not-in-window': fi('not-in-window'),
  'opens-its-paragraph': fi('opens-its-paragraph'),
  'opens-paragraph*last-actor': fi('opens-paragraph*last-actor'),
  'opens-paragraph*previous-speaker': fi('opens-paragraph*previous-speaker'),
  'opens-paragraph*same-paragraph': fi('opens-paragraph*same-paragraph'),
  'previous-speaker': fi('previous-speaker'),
  'previous-statement': fi('previous-statement'),
  'question*previous-speaker': fi('question*previous-speaker'),
  'question*rule': fi('question*rule'),
  'question*speaker-before-previous': fi('question*speaker-before-previous'),
  'rule': fi('rule'),
  'sentence-subject': fi('sentence-subject'),
  'speaker-before-previous': fi('speaker-before-previous'),
  'spoke-before': fi('spoke-before'),
  'unnamed-subject-since*nobody': fi('unnamed-subject-since*nobody'),
  'unnamed-subject-since*person': fi('unnamed-subject-since*person'),
} as const;
/** For each feature, its crossing with the rules' choice (-1: none). */
const RULE_CROSS_OF = FEATURES.map((f) => F.get(`rule*${f}`) ?? -1);

/** One candidate speaker: a canonical name (null: nobody) and the indices of its features
 *  that fire (all binary). */
export interface Candidate { canonical: string | null; mention?: { start: number; end: number }; features: number[] }

/** A quote or statement the learned choice may re-decide, with its candidates; `rule` is
 *  the index of the candidate the rules chose. */
export interface SpeakerChoice { item: Quote | ReportedStatement; path: SpeakerPath; candidates: Candidate[]; rule: number }

/** A sentence or paragraph opened by an unnamed person: news introduces a source who
 *  will not be named as "Seorang petani …", "Salah seorang warga …", and the quotes and
 *  "-nya" cues after it are that source's until a name comes. */
const UNNAMED_OPENER = /(?:Seorang|Salah seorang|Salah satu)[ \t]/g;
const UNNAMED_AT_START = /^(?:Seorang|Salah seorang|Salah satu)[ \t]/;
/** How far back (characters) an unnamed opening is looked for. */
const UNNAMED_REACH = 1500;

/** Whether a sentence opened by an unnamed person lies in [from, to) (at most
 *  UNNAMED_REACH characters: a search running on through the text after `to` made a long
 *  text quadratic). */
function unnamedOpeningIn(text: string, from: number, to: number): boolean {
  if (from <= 0 && UNNAMED_AT_START.test(text)) return true;
  if (from >= to) return false;
  const lo = Math.max(0, from);
  const within = text.slice(lo, to);
  UNNAMED_OPENER.lastIndex = 0;
  for (let m = UNNAMED_OPENER.exec(within); m !== null; m = UNNAMED_OPENER.exec(within)) {
    if (opensSentenceAt(text, lo + m.index, lo)) return true;
  }
  return false;
}

/** The word at `at` opens a line, or a sentence whose end (a quote's closing mark after
 *  it allowed) lies at or after `lo`. */
function opensSentenceAt(text: string, at: number, lo: number): boolean {
  if (at - 1 >= lo && text.charCodeAt(at - 1) === 10) return true;
  let k = at - 1;
  while (k >= lo && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k === at - 1 || k < lo) return false;
  return endsSentenceAt(text, k) || (k - 1 >= lo && closesQuotedSentenceAt(text, k));
}

/** How far back a sentence's start is looked for. */
const SENTENCE_REACH = 300;
const SUBJECT_PREFIX_WORDS = 6;

/** Whether the mention at `start` is its sentence's subject as news writes one: first in the
 *  sentence after capitalised words only (titles, a body: "Kapolres Wonosobo AKBP Heru …"),
 *  or after a short opening closed by a comma (a role in apposition or a fronted adjunct:
 *  "Kapten tim, Dewi …", "Di kelas utama, Marc …"). Indonesian is subject first. */
export function sentenceSubject(text: string, start: number): boolean {
  let k = start - 1;
  const stop = Math.max(0, start - SENTENCE_REACH);
  for (; k >= stop; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if ((c === 46 || c === 33 || c === 63) && endsSentenceAt(text, k)) break;
    // a quote's closing mark after its sentence's end (".” Ia …")
    if (text.charCodeAt(k + 1) === 32 && closesQuotedSentenceAt(text, k)) break;
  }
  // (no sentence start within reach, unless the text starts there)
  if (k < stop && stop > 0) return false;
  const prefix = text.slice(k + 1, start).trim();
  if (prefix === '') return true;
  if (QUOTE_MARK_START.test(prefix)) return false;
  // (read in place: a split into words per mention was most of this function's garbage)
  let words = 1;
  let lowerStart = LOWER_A_Z(prefix.charCodeAt(0));
  for (let j = 1; j < prefix.length; j++) {
    if (!isRegexWhitespace(prefix.charCodeAt(j - 1)) || isRegexWhitespace(prefix.charCodeAt(j))) continue;
    words++;
    if (LOWER_A_Z(prefix.charCodeAt(j))) lowerStart = true;
  }
  if (!lowerStart) return true;
  return prefix.endsWith(',') && words <= SUBJECT_PREFIX_WORDS;
}
const QUOTE_MARK_START = /^["“”'‘’]/;
const LOWER_A_Z = (c: number): boolean => c >= 97 && c <= 122;

/** Whether only blanks stand between `at` and the start of its line (read back in place:
 *  a slice back to the line's start made a text of one long paragraph quadratic). */
function opensItsParagraph(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** The most mentions the window keeps (the latest): a text of one long paragraph would
 *  otherwise offer every name in it to every quote. */
const MAX_SEEN = 64;

/** How many paragraphs back a mention may stand to be a candidate (0: the quote's own). */
const WINDOW = 3;

/** Paragraph index of every offset asked, in increasing order of offsets: lines that hold
 *  more than blanks are counted (articles set paragraphs apart with empty lines or not). */
class LineIndex {
  private line = 0;
  private lineStart = 0;
  private next: number;
  constructor(private readonly text: string) { this.next = text.indexOf('\n'); }
  at(offset: number): number {
    while (this.next >= 0 && this.next < offset) {
      NON_BLANK.lastIndex = this.lineStart;
      const m = NON_BLANK.exec(this.text);
      if (m !== null && m.index < this.next) this.line++;
      this.lineStart = this.next + 1;
      this.next = this.text.indexOf('\n', this.lineStart);
    }
    return this.line;
  }
}
const NON_BLANK = /\S/g;
const QUESTION_END = /\?\s*["”’']?\s*$/;

/** The path of a quote the rules resolved without a clause naming its speaker, or
 *  undefined when a clause named it (`anaphoric`: quotes whose cue pointed back). The cue
 *  `closing` (closing-attribution.ts: a clause after the quote named it) is no path: it is
 *  given after the choice, which sees those quotes by the cue the rules reached them with. */
export function quotePath(q: Quote, anaphoric: ReadonlySet<Quote>): SpeakerPath | undefined {
  if (anaphoric.has(q)) return 'anaphora';
  const cue = q.cue;
  if (cue === undefined) return 'none';
  return isContextCue(cue) ? cue : undefined;
}

/** The path of a statement whose speaker no clause named, or undefined (named, or `settled`:
 *  the rules found the one its cue describes, "kata laporan itu" → the report's owner, as a
 *  quote's channel cue is never re-decided either). */
function statementPath(s: ReportedStatement, settled: ReadonlySet<ReportedStatement>): SpeakerPath | undefined {
  if (settled.has(s)) return undefined;
  return s.attribution === 'anaphoric' ? 'statement-anaphora' : s.attribution === 'context' ? 'statement-context' : undefined;
}

interface Seen {
  canonical: string; start: number; end: number; line: number; first: boolean; inQuote: boolean; type: string;
  /** Its sentence's subject: 1 yes, 0 no, -1 not asked yet (only mentions near a choice are). */
  subject: number;
}

/** How often a canonical was named so far, and its latest mention (the window's or not). */
interface Tally { times: number; last: Seen }

function isSubject(text: string, s: Seen): boolean {
  if (s.subject < 0) s.subject = sentenceSubject(text, s.start) ? 1 : 0;
  return s.subject === 1;
}

const NONE_SETTLED: ReadonlySet<ReportedStatement> = new Set();

/** The choices of one article: quotes and statements in text order, each with the
 *  candidates the text before it offers. `anaphoric`: the quotes whose "-nya" or pronoun
 *  cue the rules resolved by what came before (link.ts). */
export function speakerChoices(text: string, actors: readonly ActorMention[], quotes: readonly Quote[],
  reported: readonly ReportedStatement[], anaphoric: ReadonlySet<Quote>, settled: ReadonlySet<ReportedStatement> = NONE_SETTLED): SpeakerChoice[] {
  const out: SpeakerChoice[] = [];
  // (an article without a quote or statement to re-decide reads none of its actors; the
  // scan stops at the last one)
  let left = 0;
  for (const q of quotes) if (quotePath(q, anaphoric) !== undefined) left++;
  for (const r of reported) if (statementPath(r, settled) !== undefined) left++;
  if (left === 0) return out;
  // (one index for actors and items: the actors before an item are asked first, so the
  // offsets asked only grow)
  const lines = new LineIndex(text);
  // Mentions seen so far in the window, and how often each canonical was named and where
  // last (a speaker named further back than the window).
  const seen: Seen[] = [];
  let from = 0;
  const tallies = new Map<string, Tally>();
  let lastTally: Tally | undefined;
  const spoke = new Set<string>();
  let lastSpoke: string | undefined;
  let ai = 0;
  let qi = 0;
  let ri = 0;
  let prev: string | null | undefined;
  let prev2: string | null | undefined;
  let prevStatement: string | null | undefined;
  let prevQuoteEnd = -1;
  let quoteEndForActors = -1;
  let lastLineOfActor = -1;
  while (left > 0) {
    const isQuote = qi < quotes.length && (ri >= reported.length || quotes[qi].start <= reported[ri].start);
    const item: Quote | ReportedStatement = isQuote ? quotes[qi++] : reported[ri++];
    for (; ai < actors.length && actors[ai].start < item.start; ai++) {
      const a = actors[ai];
      if (a.type === 'GPE') continue;
      const l = lines.at(a.start);
      const one: Seen = { canonical: a.canonical, start: a.start, end: a.end, line: l, first: l !== lastLineOfActor, inQuote: a.start < quoteEndForActors, type: a.type, subject: -1 };
      seen.push(one);
      lastLineOfActor = l;
      // (a name repeated mention after mention is counted without a map look-up)
      const t = lastTally !== undefined && lastTally.last.canonical === a.canonical ? lastTally : tallies.get(a.canonical);
      if (t === undefined) tallies.set(a.canonical, lastTally = { times: 1, last: one });
      else { t.times++; t.last = one; lastTally = t; }
    }
    const line = lines.at(item.start);
    // (the window's start moves on; the array is compacted now and then, not shifted)
    while (from < seen.length && (seen[from].line < line - WINDOW || seen.length - from > MAX_SEEN)) from++;
    if (from > 256 && from * 2 > seen.length) { seen.splice(0, from); from = 0; }
    const path = isQuote ? quotePath(item as Quote, anaphoric) : statementPath(item as ReportedStatement, settled);
    if (path !== undefined) {
      out.push(choiceOf(text, item, path, line, seen, from, tallies, spoke, prev, prev2, prevStatement, prevQuoteEnd, isQuote));
      left--;
    }
    if (isQuote) {
      prev2 = prev;
      prev = item.speaker;
      prevQuoteEnd = item.end;
      quoteEndForActors = Math.max(quoteEndForActors, item.end);
    } else prevStatement = item.speaker;
    if (item.speaker !== null && item.speaker !== lastSpoke) { spoke.add(item.speaker); lastSpoke = item.speaker; }
  }
  return out;
}

/** The window's canonicals in the order first seen, and in `nearest` the index in `seen` of
 *  each one's last mention; reused from choice to choice (the window holds at most
 *  MAX_SEEN mentions, so a linear search is cheaper than a map per choice). */
const names: (string | null)[] = [];
let nearest = new Int32Array(MAX_SEEN + 8);

function addName(c: string | null): void {
  if (!names.includes(c)) names.push(c);
}

/** The choice of `item`: the window is seen[from..]. */
function choiceOf(text: string, item: Quote | ReportedStatement, path: SpeakerPath, line: number, seen: readonly Seen[], from: number,
  tallies: ReadonlyMap<string, Tally>, spoke: ReadonlySet<string>, prev: string | null | undefined, prev2: string | null | undefined,
  prevStatement: string | null | undefined, prevQuoteEnd: number, isQuote: boolean): SpeakerChoice {
  // Nearest mention of each canonical in the window (the last one seen).
  names.length = 0;
  if (nearest.length < seen.length - from + 4) nearest = new Int32Array(seen.length - from + 4);
  for (let k = from; k < seen.length; k++) {
    const j = names.indexOf(seen[k].canonical);
    if (j < 0) { nearest[names.length] = k; names.push(seen[k].canonical); } else nearest[j] = k;
  }
  const inWindow = names.length;
  addName(item.speaker);
  if (prev !== undefined) addName(prev);
  if (prev2 !== undefined) addName(prev2);
  if (prevStatement !== undefined) addName(prevStatement);
  // A statement always has a speaker (the recognizer lists none without one).
  if (isQuote) addName(null);
  const lastActor = seen.length > from ? seen[seen.length - 1].canonical : undefined;
  let lastPerson: string | undefined;
  for (let k = seen.length - 1; k >= from && lastPerson === undefined; k--) if (seen[k].type === 'PER') lastPerson = seen[k].canonical;
  // The latest sentence subject (a mention outside quotes), and whether an unnamed person
  // opened a sentence after it.
  let latest: Seen | undefined;
  for (let k = seen.length - 1; k >= from && latest === undefined; k--) if (!seen[k].inQuote && isSubject(text, seen[k])) latest = seen[k];
  const unnamed = unnamedOpeningIn(text, Math.max(latest === undefined ? -1 : latest.end, item.start - UNNAMED_REACH), item.start);
  const question = isQuote && QUESTION_END.test(item.text);
  const opensParagraph = opensItsParagraph(text, item.start);
  const p = PATHS.indexOf(path);
  const candidates: Candidate[] = [];
  let rule = -1;
  for (let n = 0; n < names.length; n++) {
    const c = names[n];
    if (c === null && !isQuote) continue;
    const f: number[] = [];
    const isRule = c === item.speaker;
    if (isRule) { f.push(I['rule']); f.push(CROSS_AT[p][0]); rule = candidates.length; }
    if (c === null) { f.push(I['nobody']); f.push(CROSS_AT[p][1]); if (unnamed) f.push(I['unnamed-subject-since*nobody']); } else {
      const isPrev = c === prev;
      if (isPrev) { f.push(I['previous-speaker']); f.push(CROSS_AT[p][2]); }
      if (c === prev2 && !isPrev) f.push(I['speaker-before-previous']);
      if (c === prevStatement) f.push(I['previous-statement']);
      if (c === lastActor) { f.push(I['last-actor']); f.push(CROSS_AT[p][3]); }
      if (c === lastPerson) f.push(I['last-person']);
      if (latest !== undefined && c === latest.canonical) f.push(I['latest-subject']);
      const s = n < inWindow ? seen[nearest[n]] : undefined;
      if (s === undefined) f.push(I['not-in-window']);
      else {
        const d = line - s.line;
        f.push(d === 0 ? I['same-paragraph'] : d === 1 ? I['previous-paragraph'] : I['two-or-three-paragraphs-back']);
        if (s.first) f.push(I['opens-its-paragraph']);
        if (s.start > prevQuoteEnd) f.push(I['after-previous-quote']);
        if (s.inQuote) f.push(I['named-inside-a-quote']);
        f.push(s.type === 'PER' ? I.person : I.organisation);
        if (unnamed && s.type === 'PER') f.push(I['unnamed-subject-since*person']);
        if (isSubject(text, s)) f.push(I['sentence-subject']);
        if (question && isRule) f.push(I['question*rule']);
        if (opensParagraph && d === 0) f.push(I['opens-paragraph*same-paragraph']);
      }
      if (spoke.has(c)) f.push(I['spoke-before']);
      const tally = tallies.get(c);
      if (tally !== undefined && tally.times >= 3) f.push(I['named-three-times']);
      if (question && isPrev) f.push(I['question*previous-speaker']);
      if (question && c === prev2 && !isPrev) f.push(I['question*speaker-before-previous']);
      if (opensParagraph && isPrev) f.push(I['opens-paragraph*previous-speaker']);
      if (opensParagraph && c === lastActor) f.push(I['opens-paragraph*last-actor']);
    }
    if (isRule) for (let j = 0, n = f.length; j < n; j++) { const r = RULE_CROSS_OF[f[j]]; if (r >= 0) f.push(r); }
    const m = c === null ? undefined : tallies.get(c)?.last;
    candidates.push(m === undefined ? { canonical: c, features: f } : { canonical: c, mention: { start: m.start, end: m.end }, features: f });
  }
  return { item, path, candidates, rule };
}
