// Trains the name model (src/core/recognize/name-model/README.md) from IndoNLU's NER
// data and writes its weights. The corpora are read where they are (a checkout of
// IndoNLP/indonlu, or a bare git mirror of it); none of their sentences enters the
// repository.
//
// usage: npx tsx scripts/train-name-model.ts [--data DIR | --git GITDIR] [--out FILE]
//          [--no-nerp] [--epochs N] [--rate R] [--l1 L] [--min-count N] [--scale S] [--prune W] [--seed N]
//   --data DIR    the indonlu "dataset" directory of a checkout
//   --git GITDIR  a git directory of indonlu, read at HEAD (default: the offline mirror
//                 /work/.mirror/IndoNLP+indonlu/repo)
//   --out FILE    default src/core/recognize/name-model/weights.json
//   --no-nerp     train on NERGrit alone (by default NER-PROSA's entities are added:
//                 lower-cased, they teach context words and character n-grams)
// Prints the held-out scores on NERGrit's valid and test splits.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CLASSES } from '../src/core/recognize/name-model/features';
import { NameScorer } from '../src/core/recognize/name-model/scorer';
import {
  casedExamples, DEFAULT_TRAIN_OPTIONS, NERGRIT_LABELS, NERP_LABELS, parseBio, serialiseWeights, train, uncasedExamples,
  type Example, type NameModelWeights, type TrainOptions,
} from '../src/core/recognize/name-model/train';

const DEFAULT_GIT = '/work/.mirror/IndoNLP+indonlu/repo';

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

function reader(): (file: string) => string {
  const dir = arg('--data');
  if (dir) return (file) => readFileSync(path.join(dir, file), 'utf8');
  const git = arg('--git') ?? DEFAULT_GIT;
  return (file) => execFileSync('git', ['-C', git, 'show', `HEAD:dataset/${file}`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function numberArg(name: string, fallback: number): number {
  const v = arg(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name}: not a number: ${v}`);
  return n;
}

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

function main(): void {
  const read = reader();
  const options: TrainOptions = {
    epochs: numberArg('--epochs', DEFAULT_TRAIN_OPTIONS.epochs),
    rate: numberArg('--rate', DEFAULT_TRAIN_OPTIONS.rate),
    l1: numberArg('--l1', DEFAULT_TRAIN_OPTIONS.l1),
    minCount: numberArg('--min-count', DEFAULT_TRAIN_OPTIONS.minCount),
    scale: numberArg('--scale', DEFAULT_TRAIN_OPTIONS.scale),
    prune: numberArg('--prune', DEFAULT_TRAIN_OPTIONS.prune),
    seed: numberArg('--seed', DEFAULT_TRAIN_OPTIONS.seed),
  };
  const cased = (split: string): Example[] =>
    parseBio(read(`nergrit_ner-grit/${split}_preprocess.txt`)).flatMap((s) => casedExamples(s, NERGRIT_LABELS));
  const examples = cased('train');
  if (!process.argv.includes('--no-nerp')) {
    examples.push(...parseBio(read('nerp_ner-prosa/train_preprocess.txt')).flatMap((s) => uncasedExamples(s, NERP_LABELS)));
  }
  const model = train(examples, options);
  const out = arg('--out') ?? path.join(__dirname, '../src/core/recognize/name-model/weights.json');
  const text = serialiseWeights(model);
  writeFileSync(out, text);
  process.stdout.write(`${examples.length} training runs; ${Object.keys(model.weights).length} features kept; ${text.length} bytes -> ${out}\n`);
  process.stdout.write(`options ${JSON.stringify(options)}\n`);
  process.stdout.write(`NERGrit valid: ${heldOut(model, cased('valid'))}\n`);
  process.stdout.write(`NERGrit test:  ${heldOut(model, cased('test'))}\n`);
}

main();
