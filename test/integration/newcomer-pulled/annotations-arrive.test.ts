// A researcher's folder that Sorot sleeps in (no corpus marked, nothing opened as an
// article) receives annotation files on disk, as a `git pull` of a colleague's work
// brings them: Sorot wakes as a window started with them would (corpus-start.ts: Sorot
// data makes the whole workspace the corpus), without a reload of the window.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { SIDECAR_SCHEMA_VERSION } from '../../../src/core/annotations/types';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { sorotAsActivated, waitFor, workspaceRoot } from '../helpers';
import { ARTICLE_TEXT, assertAsleep, writeNewsFolder } from '../newcomer-files';

describe('annotation files that arrive on disk wake a sleeping Sorot', function () {
  this.timeout(180_000);

  it('a sidecar written outside VS Code wakes Sorot over the whole workspace, as a start with it would', async function () {
    const { article } = await writeNewsFolder();
    await vscode.window.showTextDocument(article, { preview: false });
    const ext = vscode.extensions.getExtension('sorot.sorot')!;
    await waitFor(() => ext.isActive, 'the plain-text file to start Sorot');
    const asleep = await sorotAsActivated();
    assertAsleep(asleep);
    // the pull brings the colleague's article with its annotation file, in folders new to
    // this window (not through VS Code): VS Code's recursive watcher misses changes two
    // folders deep in new folders (new-folder-watchers.ts), so only the new folder is seen
    const pulled = path.join(workspaceRoot().fsPath, 'arsip', '2023');
    fs.mkdirSync(pulled, { recursive: true });
    fs.writeFileSync(path.join(pulled, 'jalur-sepeda-lama.txt'), ARTICLE_TEXT);
    fs.writeFileSync(path.join(pulled, 'jalur-sepeda-lama.sorot.json'), serializeSidecar({ schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'jalur-sepeda-lama.txt', textHash: articleTextHash(ARTICLE_TEXT), annotations: [] }));
    // the open file becomes an article: Sorot woke by itself
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'sorot-article', 'the open file to become an article', 30_000);
    const api = await asleep.asleep!.wake(); // the Sorot the sidecar woke
    assert.equal(api.corpusScope!.openedOnly, false, 'Sorot data: the whole workspace, not only files opened as articles');
    const all = ['arsip/2023/jalur-sepeda-lama.txt', 'berita/2024/jalur-sepeda.txt', 'berita/pasar-malam.txt'];
    await waitFor(async () => JSON.stringify((await api.articles!.provider.articles()).map((a) => a.relativePath).sort()) === JSON.stringify(all), 'the Articles view to list every article');
  });
});
