// The streaming export writes what the exporter that held the whole corpus wrote: every
// format, with the options that change its files, over a generated corpus
// (stream-corpus.ts), compared by SHA-256 with stream-golden.json, which that exporter
// (commit c3293d4) produced, file by file, with its counts and warnings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportAs } from '../../../src/core/export';
import { sha256Hex } from '../../../src/core/text/sha256';
import { STREAM_CASES, type Golden, type GoldenFile } from './stream-cases';
import { streamCorpus } from './stream-corpus';

const GOLDEN = JSON.parse(readFileSync(join(__dirname, 'stream-golden.json'), 'utf8')) as Record<string, Golden>;
const byPath = (p: GoldenFile, q: GoldenFile) => (p.path < q.path ? -1 : 1);

describe('streaming export: the same bytes as the export that held the corpus', () => {
  const articles = streamCorpus();

  for (const c of STREAM_CASES) {
    it(`${c.name}: exportAs (in memory) writes the golden files`, () => {
      const r = exportAs(c.format, { articles }, c.filter, c.options);
      const files = r.files.map((f): GoldenFile => ({ path: f.path, sha256: sha256Hex(new TextEncoder().encode(f.contents)), annotations: f.annotations, ...(f.recognized ? { recognized: f.recognized } : {}) }));
      assert.deepEqual(files.sort(byPath), [...GOLDEN[c.name].files].sort(byPath));
      assert.deepEqual(r.warnings, GOLDEN[c.name].warnings);
    });
  }
});
