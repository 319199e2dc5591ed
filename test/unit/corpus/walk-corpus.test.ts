import { strict as assert } from 'node:assert';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';
import { walkCorpus, type DirectoryReader } from '../../../src/core/corpus/walk-corpus';
import { corpusScope, corpusSettings } from '../../../src/core/corpus/scope';
import { TimeSlices } from '../../../src/core/incremental/time-slices';

async function tree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await fsp.mkdir(join(root, path, '..'), { recursive: true });
    await fsp.writeFile(join(root, path), text);
  }
}

describe('walkCorpus: one pass of folder reads lists what the corpus scope judges', () => {
  let root: string;
  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-walk-'));
  });
  afterEach(async () => {
    await fsp.rm(root, { recursive: true, force: true });
  });

  it('lists every file outside the folders the scope leaves out, and the export folders', async () => {
    await tree(root, {
      'a.txt': 'x',
      'berita/b.txt': 'x',
      'berita/2024/c.txt': 'x',
      'berita/c.sorot.json': '{}',
      '.git/objects/d.txt': 'x',
      'node_modules/pkg/e.txt': 'x',
      'keluar/.sorot-export.json': '{}',
      'keluar/f.txt': 'x',
    });
    const scope = corpusScope(corpusSettings({}));
    const read: string[] = [];
    const reader: DirectoryReader = { ...nodeFileSystem, readDirectory: (p) => (read.push(p), nodeFileSystem.readDirectory(p)) };
    const listing = await walkCorpus(reader, root, (rel) => scope.excludesFolder(rel));
    assert.deepEqual([...listing.files].sort(), ['a.txt', 'berita/2024/c.txt', 'berita/b.txt', 'berita/c.sorot.json', 'keluar/.sorot-export.json', 'keluar/f.txt']);
    assert.deepEqual(listing.exportFolders, ['keluar']);
    assert.deepEqual(listing.unreadable, []);
    assert.ok(!read.some((p) => p.includes('.git') || p.includes('node_modules')), `left-out folders are not read: ${read.join(', ')}`);
    // The scope, told of the export folder, keeps the articles only.
    const withExports = scope.withExportFolders(listing.exportFolders);
    assert.deepEqual(listing.files.filter((f) => withExports.isArticle(f)).sort(), ['a.txt', 'berita/2024/c.txt', 'berita/b.txt']);
  });

  it('follows symbolic links to files and folders, and reads a folder reached twice once', async function () {
    if (process.platform === 'win32') this.skip(); // links need privileges there
    await tree(root, { 'asli/a.txt': 'x', 'luar/b.txt': 'x' });
    await fsp.symlink(join(root, 'luar'), join(root, 'asli', 'tautan'));
    await fsp.symlink(join(root, 'luar', 'b.txt'), join(root, 'c.txt'));
    await fsp.symlink(root, join(root, 'luar', 'putaran')); // a cycle back to the root
    const listing = await walkCorpus(nodeFileSystem, root, () => false);
    const files = [...listing.files].sort();
    assert.ok(files.includes('asli/a.txt') && files.includes('c.txt'), files.join(', '));
    // 'luar' is reached directly and through 'asli/tautan': its file is listed once.
    assert.equal(files.filter((f) => f.endsWith('/b.txt')).length, 1, files.join(', '));
  });

  it('names a folder it cannot read and goes on', async () => {
    await tree(root, { 'a.txt': 'x', 'rusak/b.txt': 'x' });
    const reader: DirectoryReader = {
      ...nodeFileSystem,
      readDirectory: (p) => (p.endsWith('rusak') ? Promise.reject(new Error('permission denied')) : nodeFileSystem.readDirectory(p)),
    };
    const listing = await walkCorpus(reader, root, () => false);
    assert.deepEqual(listing.files, ['a.txt']);
    assert.deepEqual(listing.unreadable, [{ folder: 'rusak', reason: 'permission denied' }]);
  });
  it('takes a large folder\'s entries in the slices given, pausing between them, with the same listing', async () => {
    // A folder of 3,000 entries (files and folders of files), read from memory; the clock
    // moves a tick a reading, the budget is 100 ticks: the entries are taken between pauses.
    const entries = new Map<string, Array<[string, 'file' | 'directory']>>([['/r', []]]);
    for (let i = 0; i < 3000; i++) entries.get('/r')!.push(i % 100 === 0 ? [`d${i}`, 'directory'] : [`a${i}.txt`, 'file']);
    for (const [name, kind] of [...entries.get('/r')!]) if (kind === 'directory') entries.set(`/r/${name}`, [['x.txt', 'file']]);
    const reader: DirectoryReader = {
      readDirectory: async (p) => entries.get(p) ?? [],
      stat: async () => undefined,
    };
    let ticks = 0;
    let pauses = 0;
    let sincePause = 0;
    let mostBetween = 0;
    const slices = new TimeSlices(
      async () => {
        pauses++;
        sincePause = 0;
      },
      100,
      () => {
        mostBetween = Math.max(mostBetween, ++sincePause);
        return ++ticks;
      },
      1,
    );
    const sliced = await walkCorpus(reader, '/r', () => false, slices);
    const inOneGo = await walkCorpus(reader, '/r', () => false);
    assert.deepEqual(sliced, inOneGo);
    assert.equal(sliced.files.length, 2970 + 30);
    assert.ok(pauses >= 25, `paused ${pauses} times over 3,030 entries`);
    assert.ok(mostBetween <= 101, `${mostBetween} entries between two pauses`);
  });
});
