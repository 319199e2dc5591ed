import { analyze } from '../../../src/core/recognize/analyze';
import type { AnalysisResult } from '../../../src/core/recognize/types';
import { testKb } from './test-kb';

// Analyse-and-pick helpers. Each name says which knowledge base it analyses with: the
// small fixed test KB (test-kb.ts, so tests do not move when data/kb grows) or the
// built-in KB (analyze's default: every actor Sorot ships). The two read the same text
// differently, and twins named actorsOf / linkedActors hid which one a test asserted.

/** The analysis with the test KB. */
export function runWithTestKb(text: string): AnalysisResult {
  return analyze(text, { kb: testKb });
}

/** Actors as "text/TYPE/canonical" strings, in order. */
export function actorsWithTestKb(text: string): string[] {
  return runWithTestKb(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
}

/** Quotes as "quote text => speaker". */
export function quotesWithTestKb(text: string): string[] {
  return runWithTestKb(text).quotes.map((q) => `${q.text} => ${q.speaker}`);
}

/** Quote speakers, in order. */
export function speakersWithTestKb(text: string): (string | null)[] {
  return runWithTestKb(text).quotes.map((q) => q.speaker);
}

/** Reported statements as [content, speaker] pairs. */
export function statementPairsWithTestKb(text: string): [string, string | null][] {
  return (runWithTestKb(text).reported ?? []).map((s) => [s.text, s.speaker]);
}

// With the built-in KB. These were defined by each test file for itself; a file imports
// the one it needs, often under the short name its assertions use.

/** Actors as "text/TYPE/canonical", in order. */
export function actorsWithBuiltinKb(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
}

/** Actors as "text/TYPE", in order. */
export function typedActorsWithBuiltinKb(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.text}/${a.type}`);
}

/** Organisations as "text/canonical", in order. */
export function orgsWithBuiltinKb(text: string): string[] {
  return analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);
}

/** The words of each person mention, in order. */
export function personTextsWithBuiltinKb(text: string): string[] {
  return analyze(text).actors.filter((a) => a.type === 'PER').map((a) => a.text);
}

/** The speaker of each quote (null: none found), in order. */
export function speakersWithBuiltinKb(text: string): (string | null)[] {
  return analyze(text).quotes.map((q) => q.speaker);
}

/** Reported statements as [content, speaker] pairs, in order. */
export function statementPairsWithBuiltinKb(text: string): [string, string | null][] {
  return (analyze(text).reported ?? []).map((r) => [r.text, r.speaker]);
}
