// Cross-validation of the learned speaker choice on the dev set by article: the dev
// articles, in name order, dealt into K folds; each fold's choices decided by a model
// trained on the old set and the other folds. Prints, per margin, speaker accuracy over
// the choices (the quotes and statements no clause named) against the rules', for all dev
// and the fresh dev articles (d204 and up: no rule was tuned on them when they came).
// The choices are decided once on the rules' speakers, as the recognizer does, so these
// are the figures `npm run eval` would move by. The test set is never read.
//
// usage: npx tsx scripts/speaker-model-cv.ts [--folds K] [--margins 0,0.5,1,2] [--fresh N] [--train-upto N] [--show]
//          [--without-rule [--rule-bonus B]]  (a model that does not read the rules' choice, optionally
//          with a fixed weight B for it)
//   --train-upto N  the fold models learn from the dev articles numbered N and below only (the
//                   scored choices stay the same: does more training gold help out of sample?)
import { chosenCandidate } from '../src/core/recognize/speaker-model';
import { DEFAULT_TRAIN_OPTIONS, train } from '../src/core/recognize/speaker-model/train';
import { FEATURES } from '../src/core/recognize/speaker-model';
import { arg, articleNumber, goldDocs, numberArg, TRAINING_GOLD_DIRS } from './name-model-data';
import { articleChoices, type ArticleChoices } from './speaker-model-data';

interface Tally { n: number; rules: number; model: number }

function main(): void {
  const folds = numberArg('--folds', 5);
  const margins = (arg('--margins') ?? '0,0.5,1,1.5,2,3').split(',').map(Number);
  const fresh = numberArg('--fresh', 204);
  const trainUpTo = numberArg('--train-upto', Infinity);
  const [oldDir, devDir] = TRAINING_GOLD_DIRS;
  const old = articleChoices(goldDocs(oldDir));
  const dev = articleChoices(goldDocs(devDir));
  const tallies = new Map<string, Tally>();
  const add = (key: string, rulesOk: boolean, modelOk: boolean): void => {
    const t = tallies.get(key) ?? { n: 0, rules: 0, model: 0 };
    t.n++;
    if (rulesOk) t.rules++;
    if (modelOk) t.model++;
    tallies.set(key, t);
  };
  for (let f = 0; f < folds; f++) {
    const held: ArticleChoices[] = dev.filter((_, k) => k % folds === f);
    const trainOn = [...old, ...dev.filter((a, k) => k % folds !== f && articleNumber(a.doc.name) <= trainUpTo)].flatMap((a) => a.examples);
    // --without-rule: a model that does not read which candidate the rules chose.
    const without = process.argv.includes('--without-rule') ? new Set(FEATURES.flatMap((n, k) => (/(^|\*)rule$/.test(n) ? [k] : []))) : undefined;
    const weights = train(trainOn, { ...DEFAULT_TRAIN_OPTIONS, without });
    // --rule-bonus B: that model, with a fixed weight B for the rules' choice.
    const bonus = numberArg('--rule-bonus', 0);
    weights[FEATURES.indexOf('rule')] += bonus;
    for (const margin of margins) {
      for (const a of held) {
        for (const e of a.examples) {
          const k = chosenCandidate(e.choice, weights, margin);
          const rulesOk = e.choice.item.speaker === e.gold;
          const modelOk = (k < 0 ? e.choice.item.speaker : e.choice.candidates[k].canonical) === e.gold;
          for (const set of articleNumber(a.doc.name) >= fresh ? ['all dev', `d${fresh}+`] : ['all dev']) {
            add(`margin ${margin}  ${set}  ${e.choice.path.startsWith('statement') ? 'statements' : 'quotes'}`, rulesOk, modelOk);
          }
          if (process.argv.includes('--show') && margin === margins[0] && (rulesOk !== modelOk || (process.argv.includes('--all-errors') && !modelOk))) {
            process.stdout.write(`${a.doc.name} ${e.choice.path} ${rulesOk === modelOk ? 'BOTH WRONG' : rulesOk ? 'LOST' : 'GAINED'}${e.right.length === 0 ? ' (unreachable)' : ''} gold ${e.gold} rules ${e.choice.item.speaker} model ${k < 0 ? '' : e.choice.candidates[k].canonical}\n`);
          }
        }
      }
    }
  }
  const reach = (as: ArticleChoices[]): string => { const e = as.flatMap((a) => a.examples); return `${e.filter((x) => x.right.length > 0).length}/${e.length}`; };
  process.stdout.write(`gold speaker among the candidates: all dev ${reach(dev)}, d${fresh}+ ${reach(dev.filter((a) => articleNumber(a.doc.name) >= fresh))}\n`);
  for (const [key, t] of tallies) process.stdout.write(`${key.padEnd(40)} ${t.n} choices  rules ${t.rules} right  model ${t.model} right  (${t.model - t.rules >= 0 ? '+' : ''}${t.model - t.rules})\n`);
}

main();
