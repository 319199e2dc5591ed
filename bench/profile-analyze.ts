// `npx tsx bench/profile-analyze.ts [MB] [ROUNDS] [analyze]`: where analyze's time goes on the bench's
// generated text, phase by phase, timed on the shipped bundle (as analyze.bench.ts times it):
//   paragraphs   analyzeParagraph over every paragraph, results dropped at once
//   + link add   the same, each result fed to ArticleLinker.add (kept until finish)
//   link finish  ArticleLinker.finish on what the add phase kept
//   analyze      the whole call, for comparison (add + finish, without the gc() between)
// CPU time, best of ROUNDS (default 3), a full GC before each phase. For a profile of one
// phase, run it under the profiler, e.g.
//   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-analyze.ts 20 1
//   node --import tsx --heap-prof --heap-prof-dir=/tmp/prof bench/profile-analyze.ts 20 1
// With a third argument `analyze` only the whole call is run (a profile of it alone);
// bench/cpuprofile-summary.ts sums a profile up by function and by line.
// (the recognizer's frames are the bundle's, bench/.cache/profile-recognizer.cjs, so its
// functions keep their names; the bench's own frames are tsx's).
import v8 from 'node:v8';
import vm from 'node:vm';
import type { analyze as analyzeSource } from '../src/core/recognize/analyze';
import type { defaultKbIndex as defaultKbIndexSource } from '../src/core/recognize/default-kb';
import type { ArticleLinker as ArticleLinkerSource } from '../src/core/recognize/link';
import type { analyzeParagraph as analyzeParagraphSource } from '../src/core/recognize/paragraph';
import type { forEachParagraph as forEachParagraphSource } from '../src/core/text/paragraphs';
import { buildShipped } from './analyze.bench';
import { generateArticles } from './article-generator';

interface Recognizer {
  analyze: typeof analyzeSource;
  defaultKbIndex: typeof defaultKbIndexSource;
  analyzeParagraph: typeof analyzeParagraphSource;
  ArticleLinker: typeof ArticleLinkerSource;
  forEachParagraph: typeof forEachParagraphSource;
}

const MB = 1024 * 1024;
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function cpuMs(fn: () => void): number {
  gc();
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

function main(): void {
  const size = Number(process.argv[2] ?? 20);
  const rounds = Number(process.argv[3] ?? 3);
  const analyzeOnly = process.argv[4] === 'analyze';
  const r = buildShipped([
    "export { analyze } from './src/core/recognize/analyze';",
    "export { defaultKbIndex } from './src/core/recognize/default-kb';",
    "export { analyzeParagraph } from './src/core/recognize/paragraph';",
    "export { ArticleLinker } from './src/core/recognize/link';",
    "export { forEachParagraph } from './src/core/text/paragraphs';",
  ].join('\n'), 'profile-recognizer.cjs') as Recognizer;
  const text = generateArticles(size * MB + 1);
  const kb = r.defaultKbIndex();
  r.analyze(text.slice(0, text.lastIndexOf('\n', MB))); // warm-up (JIT), not timed
  const best = { paragraphs: Infinity, add: Infinity, finish: Infinity, analyze: Infinity };
  for (let i = 0; i < rounds; i++) {
    if (analyzeOnly) {
      best.analyze = Math.min(best.analyze, cpuMs(() => r.analyze(text)));
      continue;
    }
    best.paragraphs = Math.min(best.paragraphs, cpuMs(() => r.forEachParagraph(text, (s, e) => { r.analyzeParagraph(text.slice(s, e), kb); })));
    const linker = new r.ArticleLinker(text);
    best.add = Math.min(best.add, cpuMs(() => r.forEachParagraph(text, (s, e) => linker.add(s, e, r.analyzeParagraph(text.slice(s, e), kb)))));
    best.finish = Math.min(best.finish, cpuMs(() => linker.finish({ kb })));
    best.analyze = Math.min(best.analyze, cpuMs(() => r.analyze(text)));
  }
  const row = (label: string, ms: number): string => `${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms cpu  ${(100 * ms / best.analyze).toFixed(0).padStart(3)} % of analyze\n`;
  process.stdout.write(`${size} MB of generated text, best of ${rounds}\n`);
  if (analyzeOnly) {
    process.stdout.write(row('analyze', best.analyze));
    return;
  }
  process.stdout.write(row('paragraphs', best.paragraphs));
  process.stdout.write(row('paragraphs + link add', best.add));
  process.stdout.write(row('  of which link add', best.add - best.paragraphs));
  process.stdout.write(row('link finish', best.finish));
  process.stdout.write(row('analyze', best.analyze));
}

main();
