/**
 * `npm run eval [-- --errors] [--json] [--gold DIR] [--only SUBSTRING]`
 *
 * Scores the recognizer (`analyze` from src/core/recognize/analyze.ts) against every gold file
 * of a directory (default eval/gold) and prints a per-article and overall table.
 */
import { resolve } from 'node:path';
import { loadGoldDir } from './gold';
import { renderErrors, renderTable, toJson } from './report';
import { scoreDocument, type DocumentScore, type Prediction } from './score';

interface Options { errors: boolean; json: boolean; gold: string; only?: string }

const USAGE = 'usage: npm run eval -- [--errors] [--json] [--gold DIR] [--only SUBSTRING]';

export function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { errors: false, json: false, gold: resolve(__dirname, 'gold') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--errors') opts.errors = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--gold' || a === '--only') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value\n${USAGE}`);
      if (a === '--gold') opts.gold = resolve(v);
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
  const docs = loadGoldDir(opts.gold).filter((d) => !opts.only || d.name.includes(opts.only));
  if (docs.length === 0) throw new Error(`no gold article name contains "${opts.only}"`);
  const analyze = await loadAnalyze();
  const scores: DocumentScore[] = [];
  let elapsed = 0;
  for (const d of docs) {
    const t0 = performance.now();
    const predicted = analyze(d.articleText);
    elapsed += performance.now() - t0;
    scores.push(scoreDocument(d.name, d.articleText, d, predicted));
  }
  if (opts.json) {
    console.log(JSON.stringify(toJson(scores, opts.gold), null, 2));
    return;
  }
  console.log(`gold: ${opts.gold} (${docs.length} articles; analyze took ${elapsed.toFixed(0)} ms in total)\n`);
  console.log(renderTable(scores));
  if (opts.errors) console.log('\n' + renderErrors(scores));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  });
}
