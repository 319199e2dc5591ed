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
