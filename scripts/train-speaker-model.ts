// Trains the learned speaker choice on the old set and dev gold and writes the shipped
// weights (src/core/recognize/speaker-model/weights.json). Deterministic: the same gold
// gives the same bytes.
//
// usage: npx tsx scripts/train-speaker-model.ts [--out FILE]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { serialise, train } from '../src/core/recognize/speaker-model/train';
import { arg, goldDocs, TRAINING_GOLD_DIRS } from './name-model-data';
import { articleChoices } from './speaker-model-data';

function main(): void {
  const docs = TRAINING_GOLD_DIRS.flatMap((dir) => goldDocs(dir));
  const examples = articleChoices(docs).flatMap((a) => a.examples);
  const out = arg('--out') ?? path.join(__dirname, '..', 'src', 'core', 'recognize', 'speaker-model', 'weights.json');
  writeFileSync(out, serialise(train(examples)));
  process.stdout.write(`${examples.length} choices from ${docs.length} articles -> ${out}\n`);
}

main();
