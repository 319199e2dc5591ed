/**
 * `npm run eval [-- --errors] [--json] [--set old|dev|test] [--gold DIR] [--only SUBSTRING] [--batch t98-t103]`
 *
 * Scores the recognizer (`analyze` from src/core/recognize/analyze.ts) against every gold file
 * of a directory and prints a per-article and overall table. Without --gold or --set it scores
 * the three sets in turn: the old set (eval/gold, written while the recognizer was tuned: a
 * regression check), the new development set (eval/gold-new/dev, the only one to tune on) and
 * the new test set (eval/gold-new/test, looked at only to report).
 *
 * `--batch d220-d231` keeps the articles whose number lies in the range (t98-t103: the test
 * set's fourth held-out batch), so that the ALL line is that batch's micro figure. The test
 * set's errors are never printed for a batch: held-out batches are read as figures only.
 *
 * `--perturb nbsp|double-space|one-line|crlf|straight-quotes|all` scores every article again
 * after rewriting it (eval/perturb.ts, gold offsets carried over) and prints, per set, the
 * figures as is, perturbed, and the change.
 */
import { resolve } from 'node:path';
import { loadGoldDir } from './gold';
import type { GoldDocument } from './gold-types';
import { isPerturbation, perturbDocument, PERTURBATIONS, type Perturbation } from './perturb';
import { renderDelta, renderErrors, renderTable, toJson } from './report';
import { scoreDocument, type DocumentScore, type Prediction } from './score';

export interface GoldSet { label: string; dir: string }

/** The sets `npm run eval` scores by default, in this order. */
export const GOLD_SETS: readonly GoldSet[] = [
  { label: 'old', dir: resolve(__dirname, 'gold') },
  { label: 'dev', dir: resolve(__dirname, 'gold-new', 'dev') },
  { label: 'test', dir: resolve(__dirname, 'gold-new', 'test') },
];

interface Options {
  errors: boolean; json: boolean; gold: string; sets: readonly GoldSet[]; only?: string;
  /** `--batch d220-d231`: only articles of that letter numbered in that range. */
  batch?: Batch;
  /** Perturbations to score besides the articles as they are (empty: none). */
  perturb: readonly Perturbation[];
}

const USAGE = `usage: npm run eval -- [--errors] [--json] [--set old|dev|test] [--gold DIR] [--only SUBSTRING] [--batch d220-d231] [--perturb ${PERTURBATIONS.join('|')}|all]`;

import { inBatch, parseBatch, type Batch } from './batch';
import { isHeldBack } from './held-back';

/** `--batch` as a Batch, the usage line added to a malformed range's message. */
function parseBatchOption(v: string): Batch {
  try {
    return parseBatch(v);
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, { cause: e });
  }
}

export function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { errors: false, json: false, gold: GOLD_SETS[0].dir, sets: GOLD_SETS, perturb: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--errors') opts.errors = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--gold' || a === '--only' || a === '--set' || a === '--perturb' || a === '--batch') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value\n${USAGE}`);
      if (a === '--gold') {
        opts.gold = resolve(v);
        opts.sets = [{ label: v, dir: opts.gold }];
      } else if (a === '--set') {
        const set = GOLD_SETS.find((g) => g.label === v);
        if (!set) throw new Error(`unknown set ${v}\n${USAGE}`);
        opts.gold = set.dir;
        opts.sets = [set];
      } else if (a === '--perturb') {
        if (v === 'all') opts.perturb = PERTURBATIONS;
        else if (isPerturbation(v)) opts.perturb = [v];
        else throw new Error(`unknown perturbation ${v}\n${USAGE}`);
      } else if (a === '--batch') opts.batch = parseBatchOption(v);
      else opts.only = v;
    } else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return opts;
}

type Analyze = (text: string) => Prediction;

async function loadAnalyze(): Promise<Analyze> {
  const path = '../src/core/recognize/analyze';
  let mod: { analyze?: unknown };
  try {
    mod = (await import(path)) as { analyze?: unknown };
  } catch (e) {
    throw new Error(`cannot load the recognizer (src/core/recognize/analyze.ts): ${(e as Error).message}`, { cause: e });
  }
  if (typeof mod.analyze !== 'function') throw new Error('src/core/recognize/analyze.ts does not export a function "analyze"');
  return mod.analyze as Analyze;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const analyze = await loadAnalyze();
  const results: object[] = [];
  let found = 0;
  for (const set of opts.sets) {
    const docs = loadGoldDir(set.dir).filter((d) => (!opts.only || d.name.includes(opts.only)) && (!opts.batch || inBatch(d.name, opts.batch)));
    if (docs.length === 0) continue;
    found += docs.length;
    const result = scoreSet(set, docs, analyze, opts);
    if (Array.isArray(result)) results.push(...(result as object[]));
    else if (result) results.push(result);
  }
  if (found === 0) throw new Error(opts.batch ? 'no gold article is numbered in the batch' : `no gold article name contains "${opts.only}"`);
  if (opts.json) console.log(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
}

/** The test set's errors only when asked for by name (`--set test --errors`): tuning must
 *  not see them, and a held-out batch (`--batch`) is read as figures only. */
function testErrorsAllowed(set: GoldSet, opts: Options): boolean {
  return set.label !== 'test' || (opts.sets.length === 1 && !opts.batch);
}

function printsErrors(set: GoldSet, opts: Options): boolean {
  return opts.errors && testErrorsAllowed(set, opts);
}

/** Whose errors the JSON keeps back: a held-back yardstick article's always, every article's
 *  where the test set's errors are not allowed (--json carries errors without --errors). */
function withheldErrors(set: GoldSet, opts: Options): (name: string) => boolean {
  const allowed = testErrorsAllowed(set, opts);
  return (name) => !allowed || isHeldBack(name);
}

/** The errors of every article but the held-back yardstick batches (held-back.ts), whose
 *  errors stay unread until a later session releases them; the line says how many were kept
 *  back, so a reader knows the list is not the whole set. */
export function readableErrors(scores: readonly DocumentScore[]): string {
  const readable = scores.filter((s) => !isHeldBack(s.name));
  const kept = scores.length - readable.length;
  const note = kept === 0 ? '' : `(errors of ${kept} held-back article${kept === 1 ? '' : 's'} not shown: an untouched yardstick, eval/held-back.ts)\n`;
  return note + (readable.length === 0 ? '' : renderErrors(readable));
}

function scoreDocs(docs: readonly GoldDocument[], analyze: Analyze): { scores: DocumentScore[]; elapsed: number } {
  const scores: DocumentScore[] = [];
  let elapsed = 0;
  for (const d of docs) {
    const t0 = performance.now();
    const predicted = analyze(d.articleText);
    elapsed += performance.now() - t0;
    scores.push(scoreDocument(d.name, d.articleText, d, predicted));
  }
  return { scores, elapsed };
}

function scoreSet(set: GoldSet, docs: readonly GoldDocument[], analyze: Analyze, opts: Options): object | undefined {
  const { scores, elapsed } = scoreDocs(docs, analyze);
  if (opts.perturb.length > 0) return scorePerturbed(set, docs, scores, analyze, opts);
  if (opts.json) return { set: set.label, ...toJson(scores, set.dir, withheldErrors(set, opts)) };
  console.log(`${set.label} set: ${set.dir} (${docs.length} articles; analyze took ${elapsed.toFixed(0)} ms in total)\n`);
  console.log(renderTable(scores));
  if (printsErrors(set, opts)) console.log('\n' + readableErrors(scores));
  console.log('');
  return undefined;
}

/** The set scored again under each perturbation; the perturbed errors only where errors may be shown. */
function scorePerturbed(set: GoldSet, docs: readonly GoldDocument[], asIs: DocumentScore[], analyze: Analyze, opts: Options): object | undefined {
  const json: object[] = [];
  for (const kind of opts.perturb) {
    const { scores } = scoreDocs(docs.map((d) => perturbDocument(d, kind)), analyze);
    if (opts.json) {
      json.push({ set: set.label, perturbation: kind, asIs: toJson(asIs, set.dir, withheldErrors(set, opts)), perturbed: toJson(scores, set.dir, withheldErrors(set, opts)) });
      continue;
    }
    console.log(`${set.label} set, ${kind}: ${set.dir} (${docs.length} articles)`);
    console.log(renderDelta(asIs, scores));
    if (printsErrors(set, opts)) console.log('\n' + readableErrors(scores));
    console.log('');
  }
  return opts.json ? json : undefined;
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
