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
