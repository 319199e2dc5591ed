/**
 * Whether selected words are the writer's own narration: nobody is quoted or reported in
 * the sentences they touch, and no word there attributes them to anyone. Then a claim in
 * them is the article's own (the outlet's voice), whoever was named just before
 * (default-actor.ts). The cues are the recognizer's own words for reported speech, so the
 * two read a sentence alike: a verb that reports a content clause ("mengatakan",
 * "mencatat", "meminta"), "menurut", a reporting passive ("dikatakan"), a cue after a
 * comma (", kata …") or with -nya ("ujarnya"), an outlet cue ("dilansir"), or any
 * quotation mark. An attitude predicate ("yakin", "optimistis") voices its subject's belief
 * about its own clause only: it counts when it stands in a clause the selection touches,
 * so in "X yakin harga turun, sementara [warga masih antre]" the bracketed clause is the
 * writer's (clauses as clause-break.ts ends them). Reads only the sentences of the
 * selection: pure, no I/O.
 */
import { ATTITUDE_PREDICATE_WORDS, REPORTING_PASSIVES, TRAILING_CUES } from '../recognize/reported/cues';
import { OUTLET_CUE_WORDS, POST_CUE_WORDS } from '../recognize/lexicon';
import { nextSentenceEnd, sentenceStartBefore } from '../recognize/sentence-end';
import type { AnalysisResult } from '../recognize/types';
import { LowerWordSet } from '../text/lower-word-set';
import { opensJoinedClause } from './clause-break';
import { CLAUSE_PREDICATES } from './opening-subject';

const PASSIVE_WORDS = new LowerWordSet(REPORTING_PASSIVES);
/** Words that attribute their whole sentence; the attitude predicates only their clause. */
const ATTRIBUTING_WORDS = [...CLAUSE_PREDICATES.filter((set) => set !== ATTITUDE_PREDICATE_WORDS), OUTLET_CUE_WORDS, PASSIVE_WORDS, new LowerWordSet(['menurut'])];
const TRAILING_CUE_WORDS = new LowerWordSet(TRAILING_CUES);
const QUOTE_MARKS = /["“”„«»]/;
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** `sentenceStart`: where the sentence holding `start` begins (selectionSentenceStart), when
 *  the caller has it already. */
export function isNarration(text: string, start: number, end: number, analysis: AnalysisResult, sentenceStart = selectionSentenceStart(text, start)): boolean {
  const { from, to } = sentencesAround(text, sentenceStart, start, end);
  const touches = (s: { start: number; end: number }) => s.start < to && from < s.end;
  if (analysis.quotes.some(touches) || analysis.reported?.some(touches)) return false;
  const sentence = text.slice(from, to);
  if (QUOTE_MARKS.test(sentence)) return false;
  // The selection in the sentence's offsets, and the clause being read: whether an attitude
  // word stands in it, decided when the clause ends (a joined clause opens, or the sentence ends).
  const selectionFrom = start - from, selectionTo = end - from;
  let clauseStart = 0, attitude = false;
  const touched = (clauseEnd: number) => clauseStart < selectionTo && selectionFrom < clauseEnd;
  for (const m of sentence.matchAll(WORD)) {
    const at = m.index;
    const w = m[0];
    if (opensJoinedClause(sentence, at, at + w.length)) {
      if (attitude && touched(at)) return false;
      clauseStart = at;
      attitude = false;
    }
    if (ATTITUDE_PREDICATE_WORDS.hasAt(sentence, at, at + w.length)) attitude = true;
    if (ATTRIBUTING_WORDS.some((set) => set.hasAt(sentence, at, at + w.length))) return false;
    // "ujarnya", "katanya"; "dikatakannya".
    if (w.length > 3 && w.toLowerCase().endsWith('nya') && (POST_CUE_WORDS.hasAt(sentence, at, at + w.length - 3) || PASSIVE_WORDS.hasAt(sentence, at, at + w.length - 3))) return false;
    // ", kata Sri", ", ujar dia": a bare cue word is often something else ("kata kunci").
    if (TRAILING_CUE_WORDS.hasAt(sentence, at, at + w.length) && /,\s*$/.test(sentence.slice(Math.max(0, at - 3), at))) return false;
  }
  return !(attitude && touched(sentence.length));
}

/** Start of the sentence holding `start`, within its paragraph (a line ended by `\n`). The
 *  claim step reads it once for both openingSubject and isNarration (default-actor.ts). */
export function selectionSentenceStart(text: string, start: number): number {
  let paragraphStart = start;
  while (paragraphStart > 0 && text[paragraphStart - 1] !== '\n') paragraphStart--;
  return sentenceStartBefore(text, start, paragraphStart);
}

/** From `from` (the start of the sentence holding `start`) to the end of the sentence
 *  holding `end`, within the paragraph. */
function sentencesAround(text: string, from: number, start: number, end: number): { from: number; to: number } {
  const lineBreak = text.indexOf('\n', end);
  const paragraphEnd = lineBreak < 0 ? text.length : lineBreak;
  const mark = nextSentenceEnd(text, Math.max(start, end - 1));
  return { from, to: mark < 0 || mark >= paragraphEnd ? paragraphEnd : mark + 1 };
}
