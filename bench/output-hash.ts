// `npx tsx bench/output-hash.ts [--verbose]`: a fingerprint of what the recognizer outputs,
// so a change meant to make it faster (and nothing else) can be checked byte for byte:
// run it before and after, the hashes must match. It hashes the JSON of analyze() over
// - every article of the gold sets (eval/gold/texts, eval/gold-new/*/texts), as written
//   and rewritten by each of eval/perturb.ts's perturbations (no-break spaces, one long
//   line, CRLF... exercise the layout paths);
// - every string literal of the recognizer's unit tests (test/unit/recognize/**), with
//   the test KB and with the built-in one, both through analyze() and the incremental
//   analyzer;
// - the benchmark's generated text (bench/article-generator.ts, 4 MB).
// Only outputs are hashed: no scores, nothing is compared against gold.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { goldArticleText, loadGoldDir, readGoldFile } from '../eval/gold';
import { PERTURBATIONS, perturbDocument } from '../eval/perturb';
import { analyze } from '../src/core/recognize/analyze';
import { createIncrementalAnalyzer } from '../src/core/recognize/incremental';
import { testKb } from '../test/unit/recognize/test-kb';
import { generateArticles } from './article-generator';

const ROOT = join(__dirname, '..');
const verbose = process.argv.includes('--verbose');

function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffix));
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

/** String and template literals (without substitutions) of a test file, in source order. */
function literalsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readGoldFile(path), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

interface Group { name: string; hash: Hash; texts: number }
const groups: Group[] = [];
function group(name: string): Group {
  const g = { name, hash: createHash('sha256'), texts: 0 };
  groups.push(g);
  return g;
}
function add(g: Group, label: string, json: string): void {
  g.hash.update(label).update('\0').update(json).update('\0');
  g.texts++;
  if (verbose) process.stdout.write(`${createHash('sha256').update(json).digest('hex').slice(0, 12)}  ${g.name}  ${label}\n`);
}

const goldDirs = [join(ROOT, 'eval', 'gold'), join(ROOT, 'eval', 'gold-new', 'dev'), join(ROOT, 'eval', 'gold-new', 'test')];

const articles = group('gold-set articles');
for (const dir of goldDirs) {
  for (const path of filesUnder(join(dir, 'texts'), '.txt')) {
    add(articles, relative(ROOT, path), JSON.stringify(analyze(goldArticleText(readFileSync(path), path))));
  }
}

const perturbed = group('gold-set articles, perturbed');
for (const dir of goldDirs) {
  for (const doc of loadGoldDir(dir)) {
    for (const kind of PERTURBATIONS) add(perturbed, `${relative(ROOT, dir)}/${doc.name} ${kind}`, JSON.stringify(analyze(perturbDocument(doc, kind).articleText)));
  }
}

const literals = group('unit-test literals (test KB, built-in KB, incremental)');
const incremental = createIncrementalAnalyzer({ kb: testKb });
for (const path of filesUnder(join(ROOT, 'test', 'unit', 'recognize'), '.ts')) {
  literalsOf(path).forEach((text, i) => {
    const label = `${relative(ROOT, path)}#${i}`;
    add(literals, `${label} test-kb`, JSON.stringify(analyze(text, { kb: testKb })));
    add(literals, `${label} built-in`, JSON.stringify(analyze(text)));
    add(literals, `${label} incremental`, JSON.stringify(incremental.analyze(text)));
  });
}

const generated = group('generated text (4 MB)');
add(generated, 'generateArticles(4 MB)', JSON.stringify(analyze(generateArticles(4 * 1024 * 1024))));

const all = createHash('sha256');
for (const g of groups) {
  const digest = g.hash.digest('hex');
  all.update(digest);
  process.stdout.write(`${digest.slice(0, 16)}  ${String(g.texts).padStart(5)} texts  ${g.name}\n`);
}
process.stdout.write(`${all.digest('hex')}  all\n`);
