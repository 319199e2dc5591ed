// The training data of the name model (src/core/recognize/name-model/README.md), read where
// it is: IndoNLU's corpora from a checkout or a git mirror, the project's gold from eval/.
// Shared by scripts/train-name-model.ts and scripts/name-model-cv.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { loadGoldDir } from '../eval/gold';
import type { GoldDocument } from '../eval/gold-types';
import type { Batch } from '../eval/batch';
import { HELD_BACK_BATCHES, isHeldBack } from '../eval/held-back';
import { articleExamples } from '../src/core/recognize/name-model/article-examples';
import {
  casedExamples, NERGRIT_LABELS, NERP_LABELS, parseBio, uncasedExamples, type Example,
} from '../src/core/recognize/name-model/train';

export const DEFAULT_GIT = '/work/.mirror/IndoNLP+indonlu/repo';

export function arg(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

export function numberArg(name: string, fallback: number): number {
  const v = arg(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`${name}: not a number: ${v}`);
  return n;
}

/** A reader of indonlu's dataset files: --data DIR (a checkout's dataset directory) or
 *  --git GITDIR (read at HEAD; default the offline mirror). */
export function corpusReader(): (file: string) => string {
  const dir = arg('--data');
  if (dir) return (file) => readFileSync(path.join(dir, file), 'utf8');
  const git = arg('--git') ?? DEFAULT_GIT;
  return (file) => execFileSync('git', ['-C', git, 'show', `HEAD:dataset/${file}`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** The cased examples of a NERGrit split. */
export function nergritExamples(read: (file: string) => string, split: string): Example[] {
  return parseBio(read(`nergrit_ner-grit/${split}_preprocess.txt`)).flatMap((s) => casedExamples(s, NERGRIT_LABELS));
}

/** The entities of NER-PROSA's training split (lower-cased text). */
export function nerpExamples(read: (file: string) => string): Example[] {
  return parseBio(read('nerp_ner-prosa/train_preprocess.txt')).flatMap((s) => uncasedExamples(s, NERP_LABELS));
}

const EVAL = path.join(__dirname, '../eval');
/** The gold the model may learn from: the old set and the new dev set. Never the test
 *  set (eval/gold-new/test): it is what the recognizer is measured on. */
export const TRAINING_GOLD_DIRS = [path.join(EVAL, 'gold'), path.join(EVAL, 'gold-new', 'dev')];
const TEST_GOLD_DIR = path.join(EVAL, 'gold-new', 'test');

/** `dir` is the test set or a folder inside it, read through links: the folder itself, not
 *  a word of its path (a checkout under /home/x/tests/ holds training gold too). */
export function isTestGold(dir: string, testDir = TEST_GOLD_DIR): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  const rel = path.relative(real(testDir), real(dir));
  return rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel));
}

/** The gold articles of a training folder in name order, without the held-back batches.
 *  Throws for the test set. */
export function goldDocs(dir: string, heldBack: readonly Batch[] = HELD_BACK_BATCHES): GoldDocument[] {
  if (isTestGold(dir)) throw new Error(`${dir}: the test set is never trained on`);
  return loadGoldDir(dir)
    .filter((d) => !isHeldBack(d.name, heldBack))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** 115 of "d115-…" (-1 for another name). */
export function articleNumber(name: string): number {
  const m = /^d(\d+)/.exec(name);
  return m ? Number(m[1]) : -1;
}

/** The examples of gold articles, each counting `weight`. */
export function goldExamples(docs: readonly GoldDocument[], weight: number): Example[] {
  const out: Example[] = [];
  for (const d of docs) {
    for (const ex of articleExamples(d.articleText, d.actors)) out.push(weight === 1 ? ex : { ...ex, weight });
  }
  return out;
}
