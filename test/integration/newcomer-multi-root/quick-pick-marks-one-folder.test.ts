// Choosing ONE folder of a multi-root workspace as the corpus (corpus49): the quick pick
// marked it by writing `sorot.corpus.folders: ["."]` into the .code-workspace file, and
// every workspace folder became a corpus. Now the chosen folder's own settings hold the
// mark, and the other folder's .txt files are no articles: not listed, not indexed, not
// opened as articles. Runs after pick-workspace-folder.test.ts (Escape marked nothing);
// file-only-one-folder.test.ts wrote berita/jalur-sepeda.txt, berita/pasar-malam.txt and
// arsip/lama/banjir.txt.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateSorot, domTexts, keyboard, quickInput, screenshot, sleep, waitFor } from '../helpers';

describe('marking one folder of a multi-root workspace as the corpus', function () {
  this.timeout(180_000);

  it('makes that folder\'s .txt files articles and leaves the other folder\'s out', async function () {
    const api = await activateSorot();
    const [berita, arsip] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(berita && arsip, 'two workspace folders');
    const mine = ['jalur-sepeda.txt', 'pasar-malam.txt'].map((f) => vscode.Uri.joinPath(berita.uri, f).toString()).sort();
    const other = vscode.Uri.joinPath(arsip.uri, 'lama', 'banjir.txt');
    if ((await domTexts('body')) !== undefined) {
      // the quick pick's first row is berita (both hold .txt files: the workspace's order)
      const asked = vscode.commands.executeCommand('sorot.corpus.useWorkspaceFolder');
      await quickInput('Use Which Workspace Folder as Corpus?');
      await waitFor(async () => ((await domTexts('.quick-input-list .monaco-list-row')) ?? []).length >= 3, 'the rows of the pick');
      await keyboard({ press: 'Enter' });
      assert.equal((await asked as vscode.Uri | undefined)?.toString(), berita.uri.toString());
    } else {
      await vscode.commands.executeCommand('sorot.corpus.addFolder', berita.uri); // desktop launcher: no page
    }
    await waitFor(() => !api.corpusScope!.openedOnly, 'the workspace to become a corpus');
    // the mark is berita's own; the .code-workspace names no corpus folder
    const folders = (f: vscode.WorkspaceFolder) => vscode.workspace.getConfiguration('sorot.corpus', f.uri).inspect<string[]>('folders');
    assert.deepEqual(folders(berita)?.workspaceFolderValue, ['.']);
    assert.equal(folders(berita)?.workspaceValue, undefined, 'nothing written for every folder');
    assert.equal(folders(arsip)?.workspaceFolderValue, undefined);
    const listed = async () => (await api.articles!.provider.articles()).map((a) => a.uri.toString()).sort();
    await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(mine), 'the Articles view to list berita\'s two files');
    assert.deepEqual((await api.corpusScope!.findArticles()).map((u) => u.toString()).sort(), mine, 'what the export and the agreement report list');
    await waitFor(async () => {
      await api.corpus!.corpus.whenIdle();
      return JSON.stringify((await api.corpus!.corpus.articles()).map((u) => u.toString()).sort()) === JSON.stringify(mine);
    }, 'the corpus index to hold berita\'s files alone');
    assert.equal(api.corpusScope!.isArticle(other), false, 'arsip/lama/banjir.txt');
    const editor = await vscode.window.showTextDocument(other, { preview: false });
    await sleep(1000);
    assert.equal(editor.document.languageId, 'plaintext', 'arsip\'s file opens as plain text');
    const article = await vscode.window.showTextDocument(vscode.Uri.parse(mine[0]!), { preview: false });
    await waitFor(() => article.document.languageId === 'sorot-article', 'berita\'s file to open as an article');
    await vscode.commands.executeCommand('sorot.articles.focus');
    await screenshot('corpus-multi-root-one-folder', { delayMs: 1500 });
  });
});
