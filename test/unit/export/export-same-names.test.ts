// rev20: names that differ only in case or Unicode normalisation (NFC/NFD) are one file
// on macOS and Windows: two articles never map to one output file, on any OS. Built
// here on Linux from the names alone.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';
import { exportAs } from '../../../src/core/export';
import type { ExportArticle, ExportFormat } from '../../../src/core/export/types';
import { writeExportFiles } from '../../../src/core/export/write-files';
import { claim } from './fixtures';
import { insensitiveFileSystem } from './insensitive-fs';

const article = (path: string): ExportArticle => {
  const text = `Judul ${path}\nMenteri mengatakan subsidi naik.\n`;
  return { path, text, annotations: [claim(text, 'subsidi naik')] };
};

/** The key under which a case- and normalisation-insensitive disk stores a name. */
const folded = (path: string) => path.normalize('NFC').toUpperCase().toLowerCase();

describe('export: names that differ only in case or Unicode normalisation', () => {
  const composed = 'caf\u00e9.txt';
  const decomposed = 'cafe\u0301.txt';

  /** Output paths that one case- and normalisation-insensitive disk would merge. */
  function clashes(paths: readonly string[]): string[][] {
    const byKey = new Map<string, string[]>();
    for (const p of paths) byKey.set(folded(p), [...(byKey.get(folded(p)) ?? []), p]);
    return [...byKey.values()].filter((v) => v.length > 1);
  }

  for (const format of ['brat', 'w3c', 'webanno-tsv'] as ExportFormat[]) {
    it(`${format}: "é" composed and decomposed get two files`, () => {
      const r = exportAs(format, { articles: [article(composed), article(decomposed)] });
      assert.deepEqual(clashes(r.files.map((f) => f.path)), []);
      assert.equal(r.files.filter((f) => !f.path.endsWith('annotation.conf')).length, format === 'brat' ? 4 : 2);
    });
  }

  it('brat: folders that differ only in case get one annotation.conf, and every .ann has one beside it', () => {
    const r = exportAs('brat', { articles: [article('Arsip/a.txt'), article('arsip/b.txt'), article('arsip\u0301/c.txt'), article('arsi\u0301p/d.txt')] });
    const paths = r.files.map((f) => f.path);
    assert.deepEqual(clashes(paths), []);
    for (const ann of paths.filter((p) => p.endsWith('.ann'))) assert.ok(paths.includes(ann.slice(0, ann.lastIndexOf('/') + 1) + 'annotation.conf'), `${ann} has no annotation.conf`);
  });

  it('brat native: annotators "René" composed and decomposed get two folders, with a warning', () => {
    const a = article('a.txt');
    const second = { ...a.annotations[0], id: '01J0000000ZZZZZZZZZZZZZZZZ', annotator: 'Rene\u0301' };
    const r = exportAs('brat', { articles: [{ ...a, annotations: [{ ...a.annotations[0], annotator: 'Ren\u00e9' }, second] }] }, {}, { bratNative: true });
    assert.deepEqual(clashes(r.files.map((f) => f.path)), []);
    assert.equal(r.files.filter((f) => f.path.endsWith('annotation.conf')).length, 2);
    assert.match(r.warnings.join('\n'), /differ only in Unicode normalisation/);
  });

  it('brat and W3C: a file and a folder of one name (article "x.txt" and the folder of "x.txt/y.txt") get two names', () => {
    for (const format of ['brat', 'w3c'] as ExportFormat[]) {
      const r = exportAs(format, { articles: [article('x.ann/a.txt'), article('x.jsonld/b.txt'), article('x.txt'), article('x.txt/c.txt')] });
      const paths = r.files.map((f) => f.path);
      const folders = new Set(paths.flatMap((p) => p.split('/').slice(0, -1).map((_, i, parts) => folded(parts.slice(0, i + 1).join('/')))));
      assert.deepEqual(paths.filter((p) => folders.has(folded(p))), [], `${format}: ${paths.join(', ')}`);
    }
  });

  it('the writer refuses a second path that one disk would take for the first, naming both', async () => {
    const root = await fsp.mkdtemp(join(tmpdir(), 'sorot-names-'));
    try {
      const outcome = await writeExportFiles(nodeFileSystem, root, [
        { path: composed, contents: 'satu\n' },
        { path: decomposed, contents: 'dua\n' },
        { path: 'Berita.jsonld', contents: 'tiga\n' },
        { path: 'BERITA.jsonld', contents: 'empat\n' },
      ], { isInput: () => false });
      assert.deepEqual(outcome.written.map((w) => w.file.path), [composed, 'Berita.jsonld']);
      assert.deepEqual(outcome.notWritten.map((n) => [n.file.path, n.reason, n.sameNameAs]), [[decomposed, 'same-name', composed], ['BERITA.jsonld', 'same-name', 'Berita.jsonld']]);
      assert.deepEqual((await fsp.readdir(root)).filter((n) => !n.startsWith('.')).sort(), ['Berita.jsonld', composed].sort());
    } finally {
      await fsp.rm(root, { recursive: true, force: true });
    }
  });
});

describe('export: on a disk that ignores case and normalisation (simulated)', function () {
  this.timeout(20_000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-insensitive-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('replaces its own file that an earlier export listed under another spelling of the name', async () => {
    const fs = insensitiveFileSystem(root);
    // An earlier export named the folder "arsip" while "Arsip" was on disk (before names
    // were spelled as first handed out): the file is Arsip/b.txt, the manifest says arsip/b.txt.
    await fsp.mkdir(join(root, 'Arsip'));
    const first = await writeExportFiles(fs, root, [{ path: 'arsip/b.txt', contents: 'lama\n' }], { isInput: () => false });
    assert.deepEqual(first.notWritten, []);
    const again = await writeExportFiles(fs, root, [{ path: 'Arsip/b.txt', contents: 'baru\n' }], { isInput: () => false });
    assert.deepEqual(again.notWritten.map((n) => [n.file.path, n.reason]), []);
    assert.equal(await fsp.readFile(join(root, 'Arsip/b.txt'), 'utf8'), 'baru\n');
  });

  it('a brat export of names that differ only in case or normalisation loses no article', async () => {
    const fs = insensitiveFileSystem(root);
    const articles = [article('Arsip/Berita.txt'), article('arsip/berita.txt'), article('arsip/caf\u00e9.txt'), article('arsip/cafe\u0301.txt')];
    const r = exportAs('brat', { articles });
    const outcome = await writeExportFiles(fs, root, r.files, { isInput: () => false });
    assert.deepEqual(outcome.notWritten, []);
    for (const f of r.files) assert.equal(await fsp.readFile(await realSpelling(root, f.path), 'utf8'), f.contents, f.path);
    // Each article's text is in one .txt of its own.
    const texts = await Promise.all(r.files.filter((f) => f.path.endsWith('.txt')).map((f) => fsp.readFile(join(root, f.path), 'utf8')));
    assert.deepEqual(texts.sort(), articles.map((a) => a.text).sort());
  });
});

/** The path as a case-sensitive disk spells the file the simulated one wrote. */
async function realSpelling(root: string, path: string): Promise<string> {
  let out = root;
  for (const segment of path.split('/')) {
    const names = await fsp.readdir(out);
    out = join(out, names.find((n) => folded(n) === folded(segment)) ?? segment);
  }
  return out;
}
