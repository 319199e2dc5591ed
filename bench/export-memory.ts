// The heap an export of N generated articles with the recognized layer takes, as JSONL,
// the two ways (issue 19):
//   held    every text, then every analysis, then every chunk of the file in memory
//           before the first byte is written (the export before streaming, and exportAs);
//   stream  articles generated, analysed, exported and appended to the file one at a
//           time (core/export/stream.ts and ExportWriter, as the editor and the CLI do).
// At 100,000 articles the editor bench's extension host ran out of its 4 GB heap in the
// held export. Live heap is read after a forced GC: by phase (held), or every 500
// articles and at the end (stream); "peak" is the largest reading above the start.
// usage: npx tsx bench/export-memory.ts [COUNT] [held|stream]   (default 10000 stream)
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateArticles } from './article-generator';
import { nodeFileSystem } from '../src/node/file-system';
import { analyze } from '../src/core/recognize/analyze';
import { curate } from '../src/core/curation';
import { exportAs, streamExport, type ExportSource } from '../src/core/export';
import type { ExportArticle } from '../src/core/export/types';
import { ExportWriter } from '../src/core/export/write-files';
import { inOneGo } from '../src/core/incremental/time-slices';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const MB = 2 ** 20;
const heapMB = (): number => {
  gc();
  return process.memoryUsage().heapUsed / MB;
};

const count = Number(process.argv[2] ?? 10_000);
const mode = process.argv[3] ?? 'stream';
const FILTER = { includeActors: true, includeQuotes: true };
// 2,000 distinct generated articles, each made unique by its number (as the editor bench),
// named so that their order is the order of their numbers.
const textOf = (i: number): string => `${generateArticles(1500, 1000 + (i % 2000))} ${i}`;
const pathOf = (i: number): string => `bagian-${String(Math.floor(i / 1000)).padStart(3, '0')}/artikel-${String(i).padStart(6, '0')}.txt`;
const exported = (i: number): ExportArticle => {
  const text = textOf(i);
  const r = curate(analyze(text), []);
  return { path: pathOf(i), text, annotations: [], actors: r.actors, quotes: r.quotes, reported: r.reported };
};

async function held(): Promise<string> {
  const h0 = heapMB();
  const texts = Array.from({ length: count }, (_, i) => textOf(i));
  const h1 = heapMB();
  const articles: ExportArticle[] = texts.map((text, i) => {
    const r = curate(analyze(text), []);
    return { path: pathOf(i), text, annotations: [], actors: r.actors, quotes: r.quotes, reported: r.reported };
  });
  const h2 = heapMB();
  const result = exportAs('jsonl', { articles }, FILTER);
  const h3 = heapMB();
  const chars = result.files.reduce((n, f) => n + (f.chunks ? f.chunks.reduce((m, c) => m + c.length, 0) : f.contents.length), 0);
  return (
    `held: texts +${(h1 - h0).toFixed(0)} MB, analyses +${(h2 - h1).toFixed(0)} MB, the file's chunks +${(h3 - h2).toFixed(0)} MB ` +
    `(${(chars / MB).toFixed(0)} M UTF-16 units); peak live heap +${(h3 - h0).toFixed(0)} MB before the first byte is written`
  );
}

async function stream(): Promise<string> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'sorot-export-memory-'));
  try {
    const h0 = heapMB();
    let peak = 0;
    const source: ExportSource = {
      async *articles() {
        for (let i = 0; i < count; i++) {
          if (i % 500 === 0) peak = Math.max(peak, heapMB() - h0);
          yield exported(i);
        }
      },
    };
    const started = performance.now();
    const writer = await ExportWriter.open(nodeFileSystem, dir, { isInput: () => false });
    if (!(writer instanceof ExportWriter)) throw new Error('destination refused');
    await streamExport('jsonl', source, FILTER, {}, { write: (p) => writer.write(p), slices: inOneGo() });
    peak = Math.max(peak, heapMB() - h0);
    const outcome = await writer.finish();
    const ms = performance.now() - started;
    peak = Math.max(peak, heapMB() - h0);
    const bytes = (await fsp.stat(join(dir, 'annotations.jsonl'))).size;
    return `stream: peak live heap +${peak.toFixed(0)} MB while writing ${(bytes / MB).toFixed(0)} MB of JSONL (${outcome.written.length} file) in ${(ms / 1000).toFixed(1)} s`;
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

void (mode === 'held' ? held() : stream()).then((line) => process.stdout.write(`${count} articles, JSONL with the recognized layer, ${line}\n`));
