import { analyze } from '../../../src/core/recognize/analyze';
import type { AnalysisResult } from '../../../src/core/recognize/types';
import { testKb } from './test-kb';

export function run(text: string): AnalysisResult {
  return analyze(text, { kb: testKb });
}

/** Actors as "text/TYPE/canonical" strings, in order. */
export function actorsOf(text: string): string[] {
  return run(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
}

/** Quotes as "quote text => speaker". */
export function quotesOf(text: string): string[] {
  return run(text).quotes.map((q) => `${q.text} => ${q.speaker}`);
}

/** Quote speakers, in order. */
export function speakersOf(text: string): (string | null)[] {
  return run(text).quotes.map((q) => q.speaker);
}

/** Reported statements as [content, speaker] pairs. */
export function statementPairsOf(text: string): [string, string | null][] {
  return (run(text).reported ?? []).map((s) => [s.text, s.speaker]);
}

// The analyse-and-pick helpers test files used to define each for itself, with the
// built-in KB (analyze's default, not the test KB above): a file imports the one it
// needs under the name its assertions use.

/** Actors as "text/TYPE/canonical", in order. */
export function linkedActors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
}

/** Actors as "text/TYPE", in order. */
export function typedActors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}/${a.type}`);
}

/** Organisations as "text/canonical", in order. */
export function linkedOrgs(text: string): string[] {
  return analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);
}

/** The words of each person mention, in order. */
export function personTexts(text: string): string[] {
  return analyze(text).actors.filter((a) => a.type === 'PER').map((a) => a.text);
}

/** The speaker of each quote (null: none found), in order. */
export function quoteSpeakers(text: string): (string | null)[] {
  return analyze(text).quotes.map((q) => q.speaker);
}

/** Reported statements as [content, speaker] pairs, in order. */
export function statementPairs(text: string): [string, string | null][] {
  return (analyze(text).reported ?? []).map((r) => [r.text, r.speaker]);
}
