// "This File Only" in a multi-root workspace (a .code-workspace file of two folders, no
// corpus marked): the file opened as an article is the one article of the workspace. Its
// folder does not become a corpus, and neither does the other folder, in this window or
// the next (the start decision and a fresh scope over what the workspaceState holds, as
// newcomer-file-only plays the next window).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import type { FileOnlyList } from '../../../src/core/corpus/corpus-start';
import { startOfWorkspace } from '../../../src/extension/until-corpus';
import { WorkspaceCorpusScope } from '../../../src/extension/services/corpus-scope';
import { FILE_ONLY_KEY } from '../../../src/extension/services/file-only-memory';
import { sleep, sorotAsActivated, waitFor } from '../helpers';
import { ARTICLE_TEXT, assertAsleep } from '../newcomer-files';

/** A workspaceState of a next window holding `list`. */
function stateWith(list: FileOnlyList | undefined): vscode.Memento {
  return {
    keys: () => (list === undefined ? [] : [FILE_ONLY_KEY]),
    get: <T>(key: string, fallback?: T) => (key === FILE_ONLY_KEY && list !== undefined ? (list as T) : fallback) as T,
    update: async () => undefined,
  };
}

describe('"This File Only" in one folder of a multi-root workspace', function () {
  this.timeout(180_000);

  it('counts that file alone: the other files of its folder and of the other folder stay out', async function () {
    const [berita, arsip] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(berita && arsip, 'two workspace folders');
    const write = async (uri: vscode.Uri, text: string) => {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      return uri;
    };
    const article = await write(vscode.Uri.joinPath(berita.uri, 'jalur-sepeda.txt'), ARTICLE_TEXT);
    const neighbour = await write(vscode.Uri.joinPath(berita.uri, 'pasar-malam.txt'), 'Pasar malam dibuka lagi\n\nSURABAYA - Pasar malam di tepi sungai dibuka kembali pada Jumat.\n');
    const other = await write(vscode.Uri.joinPath(arsip.uri, 'lama', 'banjir.txt'), 'Banjir surut di Kampung Melayu\n\nJAKARTA - Air di permukiman tepi sungai surut pada Minggu pagi.\n');
    await vscode.window.showTextDocument(article, { preview: false });
    const ext = vscode.extensions.getExtension('sorot.sorot')!;
    await waitFor(() => ext.isActive, 'the plain-text file to start Sorot');
    const asleep = await sorotAsActivated();
    assertAsleep(asleep);
    // the offer's "This File Only" runs this command on the file
    await vscode.commands.executeCommand('sorot.openAsArticle', article);
    const api: SorotApi = await asleep.asleep!.wake();
    assert.equal(api.corpusScope!.openedOnly, true);
    const only = [article.toString()];
    const listed = async () => (await api.articles!.provider.articles()).map((a) => a.uri.toString()).sort();
    await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(only), 'the Articles view to list the one file');
    await waitFor(async () => {
      await api.corpus!.corpus.whenIdle();
      return JSON.stringify((await api.corpus!.corpus.articles()).map((u) => u.toString()).sort()) === JSON.stringify(only);
    }, 'the corpus index to hold the one file');
    // the other files, opened: plain text, in either folder
    for (const uri of [neighbour, other]) {
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      await sleep(1000);
      assert.equal(editor.document.languageId, 'plaintext', vscode.workspace.asRelativePath(uri));
    }
    assert.deepEqual(await listed(), only);
    // remembered for the first folder alone; the next window is limited to that file
    const remembered = api.corpusScope!.rememberedFiles();
    assert.deepEqual(remembered, { [berita.uri.toString()]: ['jalur-sepeda.txt'] });
    const next = await startOfWorkspace(stateWith(remembered));
    assert.equal(next.kind, 'limited');
    const scope = new WorkspaceCorpusScope(undefined, { files: next.kind === 'limited' ? next.files : {}, state: stateWith(undefined) });
    try {
      assert.deepEqual((await scope.findArticles()).map((u) => u.toString()), only);
      assert.equal(scope.isArticle(other), false);
      assert.equal(scope.isArticle(neighbour), false);
    } finally {
      scope.dispose();
    }
  });
});
