// Issue 11 points 7 and 8 in the CLI: `sorot export` / `sorot agreement` over a folder
// list the articles of the one corpus scope, so an export's .txt copies (a folder with
// .sorot-export.json, wherever it is) are not read as articles a second time.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findArticles } from '../../../src/cli/io/corpus';

describe('CLI article listing through the corpus scope (issue 11 points 7 and 8)', () => {
  let root: string;
  before(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-cli-scope-'));
    const write = async (path: string, text = 'Teks.'): Promise<void> => {
      await fsp.mkdir(join(root, path, '..'), { recursive: true });
      await fsp.writeFile(join(root, path), text);
    };
    await write('berita/a.txt');
    await write('berita/b.TXT');
    await write('berita/a.sorot.json', '{}');
    await write('hasil/brat/berita/a.txt'); // an export inside the corpus folder
    await write('hasil/brat/.sorot-export.json', '{}');
    await write('.sorot/exports/brat-1/berita/a.txt');
    await write('node_modules/x/readme.txt');
  });
  after(() => fsp.rm(root, { recursive: true, force: true }));

  it('lists the articles once, without export copies, sidecars or skipped folders', async () => {
    const problems: string[] = [];
    const found = await findArticles([root], problems);
    assert.deepEqual(problems, []);
    assert.deepEqual(found.map((f) => f.path.split('/').slice(-2).join('/')).sort(), ['berita/a.txt', 'berita/b.TXT']);
  });
});
