// The streaming export writes what the exporter that held the whole corpus wrote: every
// format, with the options that change its files, over a generated corpus
// (stream-corpus.ts), compared by SHA-256 with stream-golden.json, which that exporter
// (commit c3293d4) produced, file by file, with its counts and warnings. Both the
// in-memory exportAs and the stream (core/export/stream.ts through export-writer's
// ExportWriter, on Node's fs with appends and on a file system without them).
import { strict as assert } from 'node:assert';
import { promises as fsp, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';
import { exportAs, streamExport, type ExportSource } from '../../../src/core/export';
import { byPath } from '../../../src/core/export/filter';
import type { ExportArticle } from '../../../src/core/export/types';
import { EXPORT_MANIFEST, ExportWriter, parseManifest } from '../../../src/core/export/write-files';
import type { CoreFileSystem } from '../../../src/core/fs/types';
import { inOneGo, TimeSlices } from '../../../src/core/incremental/time-slices';
import { sha256Hex } from '../../../src/core/text/sha256';
import { MemoryFileSystem } from '../annotations/memory-fs';
import { STREAM_CASES, type Golden, type GoldenFile } from './stream-cases';
import { streamCorpus } from './stream-corpus';

const GOLDEN = JSON.parse(readFileSync(join(__dirname, 'stream-golden.json'), 'utf8')) as Record<string, Golden>;
const sorted = (files: GoldenFile[]) => [...files].sort((p, q) => (p.path < q.path ? -1 : 1));

/** A source over articles in memory, counting its passes. */
function source(articles: readonly ExportArticle[]): ExportSource & { passes: string[] } {
  const inOrder = [...articles].sort(byPath);
  const passes: string[] = [];
  return {
    passes,
    async *articles(pass) {
      passes.push(pass);
      for (const a of inOrder) yield a;
    },
  };
}

/** Every file under `dir` (the manifest and temporaries apart) with its SHA-256. */
async function hashes(fs: CoreFileSystem, dir: string, rel = ''): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, kind] of await fs.readDirectory(rel ? `${dir}/${rel}` : dir)) {
    const path = rel ? `${rel}/${name}` : name;
    if (kind === 'directory') for (const [p, h] of await hashes(fs, dir, path)) out.set(p, h);
    else if (path !== EXPORT_MANIFEST) out.set(path, sha256Hex(await fs.readFile(`${dir}/${path}`)));
  }
  return out;
}

describe('streaming export: the same bytes as the export that held the corpus', function () {
  this.timeout(60_000);
  const articles = streamCorpus();

  for (const c of STREAM_CASES) {
    it(`${c.name}: exportAs (in memory) writes the golden files`, () => {
      const r = exportAs(c.format, { articles }, c.filter, c.options);
      const files = r.files.map((f): GoldenFile => ({ path: f.path, sha256: sha256Hex(new TextEncoder().encode(f.contents)), annotations: f.annotations, ...(f.recognized ? { recognized: f.recognized } : {}) }));
      assert.deepEqual(sorted(files), sorted(GOLDEN[c.name].files));
      assert.deepEqual(r.warnings, GOLDEN[c.name].warnings);
    });

    it(`${c.name}: the stream writes the golden files, appending in small parts on Node's fs`, async () => {
      const dir = await fsp.mkdtemp(join(tmpdir(), 'sorot-stream-'));
      try {
        const writer = await ExportWriter.open(nodeFileSystem, dir, { isInput: () => false, appendBytes: 1000 });
        assert.ok(writer instanceof ExportWriter);
        const from = source(articles);
        const run = await streamExport(c.format, from, c.filter, c.options, { write: (p) => writer.write(p), slices: new TimeSlices(() => new Promise((r) => setImmediate(r)), 1) });
        const outcome = await writer.finish();
        assert.deepEqual(run.warnings, GOLDEN[c.name].warnings);
        assert.equal(run.articles, articles.length);
        assert.deepEqual(from.passes, c.options.bratNative ? ['annotators', 'export'] : ['export']);
        assert.deepEqual(outcome.notWritten, []);
        const written = outcome.written.map((w): GoldenFile => ({ path: w.file.path, sha256: '', annotations: w.file.annotations ?? 0, ...(w.file.recognized ? { recognized: w.file.recognized } : {}) }));
        const onDisk = await hashes(nodeFileSystem, dir);
        for (const w of written) w.sha256 = onDisk.get(w.path) ?? 'missing';
        assert.deepEqual(sorted(written), sorted(GOLDEN[c.name].files));
        assert.equal(onDisk.size, written.length, 'no other file (no temporary file left)');
        const manifest = parseManifest(JSON.parse(await fsp.readFile(join(dir, EXPORT_MANIFEST), 'utf8')));
        assert.deepEqual(new Map([...manifest!].map(([p, h]) => [p, h[0]])), onDisk);
      } finally {
        await fsp.rm(dir, { recursive: true, force: true });
      }
    });
  }

  it('without appends (workspace.fs) a file that spans the corpus is written once, complete', async () => {
    for (const c of STREAM_CASES.filter((x) => ['jsonl', 'conll', 'labelstudio'].includes(x.name))) {
      const fs = new MemoryFileSystem();
      // A folder /out, and no appendFile (as vscode.workspace.fs).
      const destination: CoreFileSystem = {
        readFile: (p) => fs.readFile(p),
        writeFile: (p, data) => fs.writeFile(p, data),
        rename: (from, to, options) => fs.rename(from, to, options),
        delete: (p) => fs.delete(p),
        readDirectory: (p) => fs.readDirectory(p),
        stat: async (p) => (p === '/out' ? { kind: 'directory', size: 0, mtime: 0 } : fs.stat(p)),
      };
      const writer = await ExportWriter.open(destination, '/out', { isInput: () => false, appendBytes: 1 });
      assert.ok(writer instanceof ExportWriter);
      await streamExport(c.format, source(articles), c.filter, c.options, { write: (p) => writer.write(p), slices: inOneGo() });
      await writer.finish();
      const [file] = GOLDEN[c.name].files;
      assert.equal(sha256Hex(fs.files.get(`/out/${file.path}`)!), file.sha256, c.name);
      assert.equal(fs.log.filter((l) => l.startsWith(`write /out/.${file.path}.`)).length, 1, `${c.name}: one write of the file (${fs.log.join(', ')})`);
    }
  });
});
