// A .code-workspace file that already holds `"sorot.corpus.folders": ["."]` (an earlier
// Sorot wrote it when one folder was marked, corpus49) makes every folder a corpus. Sorot
// asks which folder it was written for and changes nothing before the answer; the answer
// moves the "." to that folder's own settings, and the other folder's .txt files stop
// being articles. Runs last (file-name order): quick-pick-marks-one-folder.test.ts left
// berita marked by its own settings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateSorot, waitFor } from '../helpers';

describe('the "." an earlier Sorot wrote in the .code-workspace file', function () {
  this.timeout(120_000);

  it('is moved to the folder the researcher names, and only once they name it', async () => {
    const api = await activateSorot();
    const [berita, arsip] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(berita && arsip, 'two workspace folders');
    const corpus = (f?: vscode.WorkspaceFolder) => vscode.workspace.getConfiguration('sorot.corpus', f?.uri);
    const associations = () => vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
    const other = vscode.Uri.joinPath(arsip.uri, 'lama', 'banjir.txt');
    // The old bug's settings: "." and "**/*.txt" for the whole workspace, no folder's own.
    await corpus(berita).update('folders', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    await corpus().update('folders', ['.'], vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('files').update('associations', { ...associations(), '**/*.txt': 'sorot-article' }, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => api.corpusScope!.isArticle(other), 'the workspace-level "." to make arsip\'s file an article, as it always did');

    let offered: string[] = [];
    assert.equal(await api.language!.askAboutWorkspaceDot(async (folders) => {
      offered = folders.map((f) => f.name);
      return undefined; // the notification closed without an answer
    }), 'unanswered');
    assert.deepEqual(offered, ['berita', 'arsip'], 'both folders, in the workspace\'s order');
    assert.deepEqual(corpus().inspect<string[]>('folders')?.workspaceValue, ['.'], 'nothing rewritten without an answer');
    assert.equal(api.corpusScope!.isArticle(other), true);

    assert.equal(await api.language!.askAboutWorkspaceDot(async () => berita), 'moved');
    assert.deepEqual(corpus(berita).inspect<string[]>('folders')?.workspaceFolderValue, ['.'], 'berita\'s own settings');
    assert.equal(corpus().inspect<string[]>('folders')?.workspaceValue, undefined, 'the workspace file names no folder');
    assert.equal(associations()['**/*.txt'], undefined, 'no association for every folder\'s .txt files');
    assert.equal(associations()['**/berita/**/*.txt'], 'sorot-article');
    await waitFor(() => !api.corpusScope!.isArticle(other), 'arsip\'s file to be no article');
    assert.equal(api.corpusScope!.isArticle(vscode.Uri.joinPath(berita.uri, 'pasar-malam.txt')), true);
    assert.equal(await api.language!.askAboutWorkspaceDot(async () => assert.fail('asked again')), 'none', 'nothing left to ask about');
  });
});
