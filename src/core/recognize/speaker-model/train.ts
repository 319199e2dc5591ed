// Training the learned speaker choice: a conditional logit (softmax over one choice's
// candidates, a linear score of binary features), plain SGD with an L2 penalty, examples
// in a fixed order, so the same examples give the same weights byte for byte.
import { FEATURES, type SpeakerChoice } from './features';

/** One training example: a choice and the indices of its candidates that are right
 *  (the gold speaker; a choice whose gold speaker is no candidate teaches nothing). */
export interface LabelledChoice { choice: SpeakerChoice; right: readonly number[] }

export interface TrainOptions {
  epochs: number; rate: number; l2: number; decimals: number;
  /** Features left at 0 (the cross-validation's test of a model that does not read the rules' choice). */
  without?: ReadonlySet<number>;
}
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 30, rate: 0.1, l2: 0.001, decimals: 3 };

/** Score of one candidate: the sum of its features' weights. */
export function candidateScore(weights: ArrayLike<number>, features: readonly number[]): number {
  let s = 0;
  for (const k of features) s += weights[k];
  return s;
}

/** Weights, one per FEATURES entry, rounded to `decimals` (what is shipped is what is scored). */
export function train(examples: readonly LabelledChoice[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): Float64Array {
  const w = new Float64Array(FEATURES.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch * 0.1);
    for (const { choice, right } of examples) {
      if (right.length === 0 || choice.candidates.length < 2) continue;
      const scores = choice.candidates.map((c) => candidateScore(w, c.features));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const z = exp.reduce((a, b) => a + b, 0);
      // Gradient of -log(sum of the right candidates' probabilities).
      const zRight = right.reduce((a, k) => a + exp[k], 0);
      choice.candidates.forEach((c, k) => {
        const g = exp[k] / z - (right.includes(k) ? exp[k] / zRight : 0);
        for (const f of c.features) if (!options.without?.has(f)) w[f] -= rate * g;
      });
      for (let f = 0; f < w.length; f++) w[f] -= rate * options.l2 * w[f];
    }
  }
  const scale = 10 ** options.decimals;
  for (let f = 0; f < w.length; f++) w[f] = Math.round(w[f] * scale) / scale + 0;
  return w;
}

/** The weights as shipped: one line per feature, in FEATURES order. */
export function serialise(weights: ArrayLike<number>): string {
  const lines = FEATURES.map((f, k) => `  ${JSON.stringify(f)}: ${weights[k]}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Weights from the shipped JSON (features it does not name weigh 0). */
export function deserialise(json: Readonly<Record<string, number>>): Float64Array {
  return Float64Array.from(FEATURES, (f) => json[f] ?? 0);
}
