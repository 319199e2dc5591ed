// Cross-validation of the name model on the dev set (eval/gold-new/dev) by article: the
// dev articles, in name order, are dealt into K folds; each fold is analysed with a model
// trained on IndoNLU's corpora, the old set and the other folds, so that the options the
// recognizer ships with (the gold's weight, the margins of unknown-name.ts) are chosen on
// figures of articles the model did not learn from. The test set is never read.
//
// usage: npx tsx scripts/name-model-cv.ts [--folds K] [--gold-weights 0,1,3] [--reject 0.6,0.3] [--retype 0.6]
//          [train-name-model.ts's corpus and training options]
//   --gold-weights  the gold weights to compare (0: the corpora alone, as shipped before)
//   --reject, --retype  convention margins to compare (name-model SHIPPED_MARGINS; each pair is scored)
//   --errors DIR    write each setting's dev errors there (one file per setting; dev only)
//   --fresh N       also sum the dev articles numbered N and up (dN…: the ones no rule was
//                   tuned on when they were added; default 204)
// Prints, per setting, the micro actor P / R / F1 and per-type F1 over all dev articles.
import { analyze } from '../src/core/recognize/analyze';
import { NameScorer, withConventionModel } from '../src/core/recognize/name-model';
import { train, type Example } from '../src/core/recognize/name-model/train';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderErrors } from '../eval/report';
import { prf, scoreDocument, totals, type DocumentScore } from '../eval/score';
import { arg, corpusReader, goldDocs, goldExamples, nergritExamples, nerpExamples, numberArg, TRAINING_GOLD_DIRS } from './name-model-data';
import { trainOptions } from './train-name-model';

const list = (name: string, fallback: string): number[] => (arg(name) ?? fallback).split(',').map(Number);

function summary(scores: readonly DocumentScore[]): string {
  const t = totals(scores);
  const pct = (x: number): string => (100 * x).toFixed(1);
  const a = prf(t.actors);
  const types = (['PER', 'ORG', 'GPE'] as const).map((k) => {
    const p = prf(t.actorsByType[k]);
    return `${k} ${pct(p.precision)}/${pct(p.recall)}/${pct(p.f1)}`;
  });
  return `actor P ${pct(a.precision)} R ${pct(a.recall)} F1 ${pct(a.f1)} (tp ${t.actors.tp} fp ${t.actors.fp} fn ${t.actors.fn})  ${types.join('  ')}  speaker ${pct(t.speaker.correct / Math.max(1, t.speaker.total))}`;
}

/** 115 of "d115-…" (-1 for another name). */
function articleNumber(name: string): number {
  const m = /^d(\d+)/.exec(name);
  return m ? Number(m[1]) : -1;
}

function main(): void {
  const folds = numberArg('--folds', 5);
  const weights = list('--gold-weights', '0,1,3');
  const rejects = list('--reject', '0.6');
  const retypes = list('--retype', '0.6');
  const options = trainOptions();
  const read = corpusReader();
  const corpus: Example[] = nergritExamples(read, 'train');
  if (!process.argv.includes('--no-nerp')) corpus.push(...nerpExamples(read));
  const [oldDir, devDir] = TRAINING_GOLD_DIRS;
  const old = goldDocs(oldDir);
  const dev = goldDocs(devDir);
  const foldOf = (k: number): number => k % folds;
  const fresh = numberArg('--fresh', 204);
  for (const w of weights) {
    const byMargins = new Map<string, DocumentScore[]>();
    for (let f = 0; f < folds; f++) {
      const heldOut = dev.filter((_, k) => foldOf(k) === f);
      let examples = corpus;
      if (w > 0) examples = [...corpus, ...goldExamples(old, w), ...goldExamples(dev.filter((_, k) => foldOf(k) !== f), w)];
      const scorer = new NameScorer(train(examples, options));
      for (const reject of rejects) {
        for (const retype of retypes) {
          const key = `reject ${reject} retype ${retype}`;
          const scores = byMargins.get(key) ?? [];
          withConventionModel(scorer, { reject, retype }, () => {
            for (const d of heldOut) scores.push(scoreDocument(d.name, d.articleText, d, analyze(d.articleText)));
          });
          byMargins.set(key, scores);
        }
      }
    }
    for (const [key, scores] of byMargins) {
      process.stdout.write(`gold weight ${w}  ${key}  all dev  ${summary(scores)}\n`);
      const errorsDir = arg('--errors');
      if (errorsDir) writeFileSync(path.join(errorsDir, `w${w} ${key}.txt`.replace(/ /g, '_')), renderErrors(scores));
      process.stdout.write(`gold weight ${w}  ${key}  d${fresh}+   ${summary(scores.filter((s) => articleNumber(s.name) >= fresh))}\n`);
    }
  }
}

main();
