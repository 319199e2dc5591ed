// The convention name model's reading of a run of tokens where it stands: the run's words with
// the two tokens before and after it as context (name-model/). One owner for the rules that
// ask it of a span of tokens (band-name.ts, glued-holder.ts, rules/unknown-name.ts,
// rules/spelt-acronym-name.ts).
import { conventionScorer, tokensAfter, tokensBefore } from '../name-model';
import { word, type Ctx } from './ctx';

/** The convention model's class probabilities for the tokens [s, e), written into `into` (each
 *  caller keeps its own buffer: a reading it holds is not overwritten by another rule's) and
 *  returned. */
export function conventionScoresOf(ctx: Ctx, s: number, e: number, into: Float64Array): Float64Array {
  const words: string[] = [];
  for (let t = s; t < e; t++) words.push(word(ctx, t));
  return conventionScorer().score(words, tokensBefore(ctx.p, ctx.ts[s]), tokensAfter(ctx.p, ctx.te[e - 1]), into);
}
