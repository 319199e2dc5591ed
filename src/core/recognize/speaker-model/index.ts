// The learned speaker choice (README.md): where no attribution clause named the speaker,
// the candidate the shipped weights score highest replaces the rules' choice when it
// scores at least SHIPPED_MARGIN above it.
import shippedJson from './weights.json';
import { speakerChoices, type SpeakerChoice } from './features';
import { candidateScore, deserialise } from './train';
import type { ActorMention, Quote, ReportedStatement } from '../types';

export { FEATURES, PATHS, speakerChoices, type Candidate, type SpeakerChoice, type SpeakerPath } from './features';

/** How much higher than the rules' choice another candidate must score to replace it,
 *  chosen by the dev cross-validation (scripts/speaker-model-cv.ts, README.md). */
export const SHIPPED_MARGIN = 0;

let shipped: Float64Array | undefined;
/** Weights and margin put in place of the shipped ones by withSpeakerModel (null: the
 *  rules alone), and a list collecting every article's choices instead of deciding. */
let trial: { weights: Float64Array | null; margin: number } | undefined;
let collected: SpeakerChoice[][] | undefined;

function model(): { weights: Float64Array | null; margin: number } {
  if (trial) return trial;
  shipped ??= deserialise(shippedJson as Record<string, number>);
  return { weights: shipped, margin: SHIPPED_MARGIN };
}

/** The candidate of `choice` to take: the rules' unless another scores `margin` above it. */
export function chosenCandidate(choice: SpeakerChoice, weights: ArrayLike<number>, margin: number): number {
  const { candidates, rule } = choice;
  const ruleScore = rule >= 0 ? candidateScore(weights, candidates[rule].features) : -Infinity;
  let best = rule;
  let bestScore = ruleScore;
  for (let k = 0; k < candidates.length; k++) {
    const s = candidateScore(weights, candidates[k].features);
    if (s > bestScore) { best = k; bestScore = s; }
  }
  return best !== rule && bestScore - ruleScore >= margin ? best : rule;
}

/** Re-decides, in place, the speakers of the quotes and statements no clause named
 *  (`pointingBack`: quotes whose "-nya" or pronoun cue the rules resolved by context;
 *  `settled`: statements whose cue's description the rules resolved, left as they are). */
export function chooseContextSpeakers(text: string, actors: readonly ActorMention[], quotes: Quote[],
  reported: ReportedStatement[], pointingBack: ReadonlySet<Quote>, settled?: ReadonlySet<ReportedStatement>): void {
  if (quotes.length === 0 && reported.length === 0) return;
  if (collected) { collected.push(speakerChoices(text, actors, quotes, reported, pointingBack, settled)); return; }
  const { weights, margin } = model();
  // (the rules alone: no candidate is read)
  if (weights === null) return;
  const choices = speakerChoices(text, actors, quotes, reported, pointingBack, settled);
  // (all decided on the rules' speakers first: the features read the quotes before)
  const picks = choices.map((c) => chosenCandidate(c, weights, margin));
  choices.forEach((c, i) => {
    const k = picks[i];
    if (k === c.rule || k < 0) return;
    const cand = c.candidates[k];
    c.item.speaker = cand.canonical;
    if (cand.mention) c.item.speakerMention = { start: cand.mention.start, end: cand.mention.end };
    else delete c.item.speakerMention;
  });
}

/** Runs `run` with other weights and margin (null weights: the rules alone); for the
 *  cross-validation and tests. The shipped model is back in place afterwards. */
export function withSpeakerModel<T>(weights: Float64Array | null, margin: number, run: () => T): T {
  const before = trial;
  trial = { weights, margin };
  try { return run(); } finally { trial = before; }
}

/** Runs `run` with the rules alone, collecting every analysed article's choices (in call
 *  order) instead of deciding them; for training. */
export function collectSpeakerChoices(run: () => void): SpeakerChoice[][] {
  const before = collected;
  const out: SpeakerChoice[][] = [];
  collected = out;
  try { run(); } finally { collected = before; }
  return out;
}
