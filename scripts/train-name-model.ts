// Trains the name model (src/core/recognize/name-model/README.md) from IndoNLU's NER
// data and the project's own gold (the old set and the new dev set, never the test set),
// and writes its weights. The corpora are read where they are (a checkout of
// IndoNLP/indonlu, or a bare git mirror of it); none of their sentences enters the
// repository.
//
// usage: npx tsx scripts/train-name-model.ts [--data DIR | --git GITDIR] [--out FILE]
//          [--no-nerp] [--gold-weight W] [--epochs N] [--rate R] [--l1 L] [--min-count N] [--scale S] [--prune W] [--seed N]
//   --data DIR       the indonlu "dataset" directory of a checkout
//   --git GITDIR     a git directory of indonlu, read at HEAD (default: the offline mirror
//                    /work/.mirror/IndoNLP+indonlu/repo)
//   --out FILE       default src/core/recognize/name-model/convention-weights.json, or
//                    weights.json with --gold-weight 0 (the corpus model; README.md)
//   --no-nerp        train without NER-PROSA (by default its entities are added:
//                    lower-cased, they teach context words and character n-grams)
//   --gold-weight W  how much an example of the project's gold counts (default
//                    GOLD_WEIGHT, chosen by scripts/name-model-cv.ts; 0: no gold)
// Prints the held-out scores on NERGrit's valid and test splits.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLASSES } from '../src/core/recognize/name-model/features';
import { NameScorer } from '../src/core/recognize/name-model/scorer';
import {
  DEFAULT_TRAIN_OPTIONS, serialiseWeights, train, type Example, type NameModelWeights, type TrainOptions,
} from '../src/core/recognize/name-model/train';
import {
  arg, corpusReader, goldDocs, goldExamples, nergritExamples, nerpExamples, numberArg, TRAINING_GOLD_DIRS,
} from './name-model-data';

/** How much an example of the project's gold counts against a corpus example: chosen by
 *  cross-validation on the dev set (scripts/name-model-cv.ts, README.md). */
export const GOLD_WEIGHT = 1;

/** Held-out scores of the model on the cased examples of a split: accuracy over all
 *  candidates, and precision / recall of each actor class. */
function heldOut(model: NameModelWeights, examples: readonly Example[]): string {
  const scorer = new NameScorer(model);
  const probs = new Float64Array(CLASSES.length);
  const tp = new Array<number>(CLASSES.length).fill(0);
  const predicted = new Array<number>(CLASSES.length).fill(0);
  const gold = new Array<number>(CLASSES.length).fill(0);
  let right = 0;
  for (const ex of examples) {
    scorer.scoreFeatures(ex.features, probs);
    let best = 0;
    for (let c = 1; c < CLASSES.length; c++) if (probs[c] > probs[best]) best = c;
    predicted[best]++;
    gold[ex.label]++;
    if (best === ex.label) { right++; tp[best]++; }
  }
  const pct = (a: number, b: number): string => (b === 0 ? '-' : ((100 * a) / b).toFixed(1));
  const perClass = CLASSES.map((c, k) => `${c} P ${pct(tp[k], predicted[k])} R ${pct(tp[k], gold[k])} (gold ${gold[k]})`).join('  ');
  return `accuracy ${pct(right, examples.length)} (${examples.length} runs)  ${perClass}`;
}

export function trainOptions(): TrainOptions {
  return {
    epochs: numberArg('--epochs', DEFAULT_TRAIN_OPTIONS.epochs),
    rate: numberArg('--rate', DEFAULT_TRAIN_OPTIONS.rate),
    l1: numberArg('--l1', DEFAULT_TRAIN_OPTIONS.l1),
    minCount: numberArg('--min-count', DEFAULT_TRAIN_OPTIONS.minCount),
    scale: numberArg('--scale', DEFAULT_TRAIN_OPTIONS.scale),
    prune: numberArg('--prune', DEFAULT_TRAIN_OPTIONS.prune),
    seed: numberArg('--seed', DEFAULT_TRAIN_OPTIONS.seed),
  };
}

function main(): void {
  const read = corpusReader();
  const options = trainOptions();
  const goldWeight = numberArg('--gold-weight', GOLD_WEIGHT);
  const examples = nergritExamples(read, 'train');
  if (!process.argv.includes('--no-nerp')) examples.push(...nerpExamples(read));
  const corpusRuns = examples.length;
  if (goldWeight > 0) for (const dir of TRAINING_GOLD_DIRS) examples.push(...goldExamples(goldDocs(dir), goldWeight));
  const model = train(examples, options);
  const out = arg('--out') ?? path.join(__dirname, '../src/core/recognize/name-model', goldWeight > 0 ? 'convention-weights.json' : 'weights.json');
  const text = serialiseWeights(model);
  writeFileSync(out, text);
  process.stdout.write(`${corpusRuns} corpus runs, ${examples.length - corpusRuns} gold runs (weight ${goldWeight}); ${Object.keys(model.weights).length} features kept; ${text.length} bytes -> ${out}\n`);
  process.stdout.write(`options ${JSON.stringify(options)}\n`);
  process.stdout.write(`NERGrit valid: ${heldOut(model, nergritExamples(read, 'valid'))}\n`);
  process.stdout.write(`NERGrit test:  ${heldOut(model, nergritExamples(read, 'test'))}\n`);
}

if (require.main === module) main();
