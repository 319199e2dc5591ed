// The shipped name model (README.md): its weights, read once on first use.
import weights from './weights.json';
import { NameScorer } from './scorer';
import type { NameModelWeights } from './train';

export { CLASSES, type NameClass } from './features';
export { NameScorer, tokensAfter, tokensBefore } from './scorer';

let shipped: NameScorer | undefined;

/** The scorer of the weights in weights.json, built on first use. */
export function nameScorer(): NameScorer {
  shipped ??= new NameScorer(weights as NameModelWeights);
  return shipped;
}
