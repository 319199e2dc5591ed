// The shipped name models (README.md): their weights, read once on first use.
import weights from './weights.json';
import conventionWeights from './convention-weights.json';
import { NameScorer } from './scorer';
import type { NameModelWeights } from './train';

export { CLASSES, type NameClass } from './features';
export { NameScorer, tokensAfter, tokensBefore } from './scorer';

let shipped: NameScorer | undefined;
let convention: NameScorer | undefined;
let substitute: NameScorer | undefined;

/** The model of IndoNLU's corpora alone (weights.json), built on first use: what the
 *  extent and split decisions were tuned with. */
export function nameScorer(): NameScorer {
  shipped ??= new NameScorer(weights as NameModelWeights);
  return shipped;
}

/** The model trained on the corpora and the project's own gold (convention-weights.json),
 *  whose "no name" follows the annotation spec (a mountain, an event, a Title Case common
 *  phrase is no actor): asked whether a run with no clue is a name at all, and of which
 *  type (actors/rules/unknown-name.ts). Or the one put in its place by
 *  substituteConventionScorer. */
export function conventionScorer(): NameScorer {
  if (substitute) return substitute;
  convention ??= new NameScorer(conventionWeights as NameModelWeights);
  return convention;
}

/** Puts another model in place of the convention model (undefined: the shipped one
 *  again). For cross-validation only (scripts/name-model-cv.ts): an article is scored with
 *  weights trained without it. */
export function substituteConventionScorer(scorer: NameScorer | undefined): void {
  substitute = scorer;
}
