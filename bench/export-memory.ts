// What an export of N articles with the recognized layer holds in the heap, phase by
// phase, as the editor's export holds it today (every text, then every analysis, then
// every chunk of the file, before the first byte is written). At 100,000 articles the
// editor bench's extension host ran out of its 4 GB heap during this export; these
// figures say which part to stream first.
// usage: npx tsx bench/export-memory.ts [COUNT]   (default 10000)
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateArticles } from './article-generator';
import { analyze } from '../src/core/recognize/analyze';
import { curate } from '../src/core/curation';
import { exportAs } from '../src/core/export';
import type { ExportArticle } from '../src/core/export/types';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const MB = 2 ** 20;
const heapMB = (): number => {
  gc();
  return process.memoryUsage().heapUsed / MB;
};

const count = Number(process.argv[2] ?? 10_000);
const h0 = heapMB();
// 2,000 distinct generated articles, each made unique by its number (as the editor bench).
const texts = Array.from({ length: count }, (_, i) => `${generateArticles(1500, 1000 + (i % 2000))} ${i}`);
const h1 = heapMB();
const articles: ExportArticle[] = texts.map((text, i) => {
  const r = curate(analyze(text), []);
  return { path: `a${i}.txt`, text, annotations: [], actors: r.actors, quotes: r.quotes, reported: r.reported };
});
const h2 = heapMB();
const result = exportAs('jsonl', { articles }, { includeActors: true, includeQuotes: true });
const h3 = heapMB();
const chars = result.files.reduce((n, f) => n + ('chunks' in f ? (f.chunks as string[]).reduce((m, c) => m + c.length, 0) : f.contents.length), 0);
process.stdout.write(
  `${count} articles, JSONL with the recognized layer: texts +${(h1 - h0).toFixed(0)} MB, analyses +${(h2 - h1).toFixed(0)} MB, ` +
    `the file's chunks +${(h3 - h2).toFixed(0)} MB (${(chars / MB).toFixed(0)} M UTF-16 units)\n`,
);
