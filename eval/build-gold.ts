/**
 * Converts eval/gold/markup/*.md into eval/gold/<name>.gold.json (and, for articles that live
 * under eval/gold/texts/, the plain article text itself). Articles elsewhere (samples/) are
 * never written: the text produced by the markup must equal them byte for byte.
 *
 *   npx tsx eval/build-gold.ts           write gold files (eval/gold, eval/gold-new/dev, eval/gold-new/test)
 *   npx tsx eval/build-gold.ts --check   only report what is out of date or inconsistent
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { decodeText } from '../src/core/text/decode';
import { GOLD_SUFFIX, readGoldFile } from './gold';
import type { GoldFile } from './gold-types';
import { parseMarkupFile } from './markup';

export const DEFAULT_GOLD_DIR = resolve(__dirname, 'gold');
/** Every gold directory the build keeps up to date: the old set, the new dev and test sets. */
export const GOLD_DIRS = [DEFAULT_GOLD_DIR, resolve(__dirname, 'gold-new', 'dev'), resolve(__dirname, 'gold-new', 'test')];

export interface BuildReport { written: string[]; problems: string[]; documents: number }

export function serializeGold(file: GoldFile): string {
  // One annotation per line keeps diffs of hand corrections readable.
  const lines = (xs: readonly object[]) => xs.map((x) => '    ' + JSON.stringify(x)).join(',\n');
  const reported = file.reported === undefined ? '' : `,\n  "reported": [\n${lines(file.reported)}\n  ]`;
  return `{\n  "text": ${JSON.stringify(file.text)},\n  "actors": [\n${lines(file.actors)}\n  ],\n  "quotes": [\n${lines(file.quotes)}\n  ]${reported}\n}\n`;
}

export function buildGold(goldDir: string, check: boolean): BuildReport {
  const markupDir = join(goldDir, 'markup');
  const textsDir = resolve(goldDir, 'texts') + sep;
  const report: BuildReport = { written: [], problems: [], documents: 0 };
  const sources = readdirSync(markupDir).filter((n) => n.endsWith('.md') && n !== 'README.md').sort();
  for (const src of sources) {
    const name = basename(src, '.md');
    const srcPath = join(markupDir, src);
    let doc;
    try {
      doc = parseMarkupFile(readGoldFile(srcPath));
    } catch (e) {
      report.problems.push(`${srcPath}: ${(e as Error).message}`);
      continue;
    }
    report.documents++;
    const articlePath = resolve(goldDir, doc.textPath);
    const ownsArticle = articlePath.startsWith(textsDir);
    const existing = existsSync(articlePath) ? decodeText(readFileSync(articlePath)) : undefined;
    // A text the decoder refuses is only ever replaced by the build that owns it.
    if (existing && !existing.ok && (!ownsArticle || check)) {
      report.problems.push(`${srcPath}: ${relative(goldDir, articlePath)}: ${existing.message}`);
      continue;
    }
    const existingText = existing?.ok ? existing.text : undefined;
    if (existingText !== doc.text) {
      if (ownsArticle && !check) {
        writeFileSync(articlePath, doc.text);
        report.written.push(articlePath);
      } else {
        report.problems.push(`${srcPath}: its text differs from ${relative(goldDir, articlePath)}${firstDifference(existingText, doc.text)}`);
        continue;
      }
    }
    const goldPath = join(goldDir, name + GOLD_SUFFIX);
    const json = serializeGold({ text: doc.textPath, actors: doc.actors, quotes: doc.quotes, ...(doc.reported ? { reported: doc.reported } : {}) });
    const current = existsSync(goldPath) ? decodeText(readFileSync(goldPath)) : undefined;
    if (current?.ok && current.text === json) continue;
    if (check) report.problems.push(`${goldPath} is out of date: run npx tsx eval/build-gold.ts`);
    else {
      writeFileSync(goldPath, json);
      report.written.push(goldPath);
    }
  }
  return report;
}

function firstDifference(a: string | undefined, b: string): string {
  if (a === undefined) return ' (article missing)';
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return ` at offset ${i}: article ${JSON.stringify(a.slice(i, i + 30))} vs markup ${JSON.stringify(b.slice(i, i + 30))}`;
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  let problems = 0;
  for (const dir of GOLD_DIRS) {
    const report = buildGold(dir, check);
    for (const w of report.written) console.log(`wrote ${relative(process.cwd(), w)}`);
    for (const p of report.problems) console.error(p);
    console.log(`${relative(process.cwd(), dir)}: ${report.documents} markup files, ${report.written.length} files written, ${report.problems.length} problems`);
    problems += report.problems.length;
  }
  process.exitCode = problems ? 1 : 0;
}
