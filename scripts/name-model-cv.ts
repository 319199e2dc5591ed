// Cross-validation of the name model on the dev set (eval/gold-new/dev) by article: the
// dev articles, in name order, are dealt into K folds; each fold is analysed with a model
// trained on IndoNLU's corpora, the old set and the other folds, so that the options the
// recognizer ships with (the gold's weight, the margins of unknown-name.ts) are chosen on
// figures of articles the model did not learn from. The test set is never read.
//
// usage: npx tsx scripts/name-model-cv.ts [--folds K] [--gold-weights 0,1,3] [--reject 0.6,0.3] [--retype 0.6]
//          [--acronym Infinity,0.3] [--speech …] [--place …] [--title …] [--titleRemitPerson 0.15,0.25 …]
//          [--one-at-a-time] [--fresh 204,220]
//          [train-name-model.ts's corpus and training options]
//   --gold-weights  the gold weights to compare (0: the corpora alone, as shipped before)
//   --reject, --retype, --acronym, --speech, --place, --title, and every other field of
//   name-model ModelMargins (--titleRemitPerson, --gluedHeadPerson, …)
//                   margins and thresholds to compare (every combination is scored; a margin
//                   not given is the shipped one, Infinity turns a use off)
//   --one-at-a-time score the shipped margins and each value given moved alone, not the product
//   --errors DIR    write each setting's dev errors there (one file per setting; dev only)
//   --train-upto N  the fold models learn from the dev articles numbered N and below only (the
//                   scored articles stay the same: does more training gold help out of sample?)
//   --fresh N,M     also sum the dev articles numbered N and up, and M and up (dN…: the ones
//                   no rule was tuned on when they were added; default 204,220)
// Prints, per setting, the micro actor P / R / F1 and per-type F1 over all dev articles.
import { analyze } from '../src/core/recognize/analyze';
import { NameScorer, SHIPPED_MARGINS, withConventionModel, type ModelMargins } from '../src/core/recognize/name-model';
import { train, type Example } from '../src/core/recognize/name-model/train';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderErrors } from '../eval/report';
import { prf, scoreDocument, totals, type DocumentScore } from '../eval/score';
import { arg, articleNumber, corpusReader, goldDocs, goldExamples, nergritExamples, nerpExamples, numberArg, TRAINING_GOLD_DIRS } from './name-model-data';
import { trainOptions } from './train-name-model';

const list = (name: string, fallback: string): number[] => (arg(name) ?? fallback).split(',').map(Number);

/** Every margin and threshold of ModelMargins, each an option of its own (`--titleRemitPerson 0.15,0.25`). */
const MARGIN_NAMES = Object.keys(SHIPPED_MARGINS) as (keyof ModelMargins)[];

/** The settings to score: every combination of the margins given on the command line (the
 *  shipped one for each margin not given), or with --one-at-a-time the shipped margins and
 *  each value given moved alone (a grid around today's values without its product). */
function marginSettings(): ModelMargins[] {
  const given = MARGIN_NAMES.filter((name) => arg(`--${name}`) !== undefined);
  if (process.argv.includes('--one-at-a-time')) {
    const out: ModelMargins[] = [{ ...SHIPPED_MARGINS }];
    for (const name of given) for (const v of list(`--${name}`, '')) if (v !== SHIPPED_MARGINS[name]) out.push({ ...SHIPPED_MARGINS, [name]: v });
    return out;
  }
  let out: ModelMargins[] = [{ ...SHIPPED_MARGINS }];
  for (const name of given) {
    const values = list(`--${name}`, '');
    out = out.flatMap((m) => values.map((v) => ({ ...m, [name]: v })));
  }
  return out;
}

/** The margins that differ from the shipped ones ("shipped" when none does). */
function marginKey(m: ModelMargins): string {
  const moved = MARGIN_NAMES.filter((name) => m[name] !== SHIPPED_MARGINS[name]).map((name) => `${name} ${m[name]}`);
  return moved.length > 0 ? moved.join(' ') : 'shipped';
}

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

function main(): void {
  const folds = numberArg('--folds', 5);
  const weights = list('--gold-weights', '0,1,3');
  const settings = marginSettings();
  const options = trainOptions();
  const read = corpusReader();
  const corpus: Example[] = nergritExamples(read, 'train');
  if (!process.argv.includes('--no-nerp')) corpus.push(...nerpExamples(read));
  const [oldDir, devDir] = TRAINING_GOLD_DIRS;
  const old = goldDocs(oldDir);
  const dev = goldDocs(devDir);
  const foldOf = (k: number): number => k % folds;
  const freshFrom = list('--fresh', '204,220');
  const trainUpTo = numberArg('--train-upto', Infinity);
  for (const w of weights) {
    const byMargins = new Map<string, DocumentScore[]>();
    for (let f = 0; f < folds; f++) {
      const heldOut = dev.filter((_, k) => foldOf(k) === f);
      let examples = corpus;
      if (w > 0) examples = [...corpus, ...goldExamples(old, w), ...goldExamples(dev.filter((d, k) => foldOf(k) !== f && articleNumber(d.name) <= trainUpTo), w)];
      const scorer = new NameScorer(train(examples, options));
      // Each article analysed with the shipped margins first, noting the margins it reads; a
      // setting that moves none of them gives it the same score (withConventionModel).
      const shipped = heldOut.map((d) => {
        const reads = new Set<keyof ModelMargins>();
        const score = withConventionModel(scorer, {}, () => scoreDocument(d.name, d.articleText, d, analyze(d.articleText)), reads);
        return { score, reads };
      });
      for (const margins of settings) {
        const key = marginKey(margins);
        const scores = byMargins.get(key) ?? [];
        const moved = MARGIN_NAMES.filter((name) => margins[name] !== SHIPPED_MARGINS[name]);
        withConventionModel(scorer, margins, () => {
          heldOut.forEach((d, k) => {
            const same = !moved.some((name) => shipped[k].reads.has(name));
            scores.push(same ? shipped[k].score : scoreDocument(d.name, d.articleText, d, analyze(d.articleText)));
          });
        });
        byMargins.set(key, scores);
      }
    }
    for (const [key, scores] of byMargins) {
      process.stdout.write(`gold weight ${w}  ${key}  all dev  ${summary(scores)}\n`);
      const errorsDir = arg('--errors');
      if (errorsDir) writeFileSync(path.join(errorsDir, `w${w} ${key}.txt`.replace(/ /g, '_')), renderErrors(scores));
      for (const fresh of freshFrom) {
        const part = scores.filter((s) => articleNumber(s.name) >= fresh);
        if (part.length > 0) process.stdout.write(`gold weight ${w}  ${key}  d${fresh}+ (${part.length})  ${summary(part)}\n`);
      }
    }
  }
}

main();
