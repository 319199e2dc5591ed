// The Articles view's offer in a multi-root workspace that is no corpus: a quick pick of
// the workspace folders (those holding .txt files first, each saying so) and "Another
// Folder…", not the folder dialog. Runs after file-only-one-folder.test.ts, which wrote a
// .txt file into each folder and woke Sorot with one file opened as an article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateSorot, domTexts, keyboard, quickInput, screenshot, waitFor } from '../helpers';

const TITLE = 'Use Which Workspace Folder as Corpus?';

describe('"Use Workspace Folder as Corpus" in a multi-root workspace', function () {
  this.timeout(180_000);

  it('picks among the workspace folders, and Escape marks nothing', async function () {
    const api = await activateSorot();
    assert.equal(api.corpusScope!.openedOnly, true, 'still no corpus');
    assert.equal(await api.corpusChoice!.refresh(), 'several');
    if ((await domTexts('body')) === undefined) return; // desktop launcher: no page to read the pick in
    const asked = vscode.commands.executeCommand('sorot.corpus.useWorkspaceFolder');
    await quickInput(TITLE);
    const rows = await waitFor(async () => {
      const texts = (await domTexts('.quick-input-list .monaco-list-row')) ?? [];
      return texts.length >= 3 ? texts.map((t) => t.replace(/\s+/g, ' ').trim()) : undefined;
    }, 'the rows of the pick');
    assert.match(rows[0], /^berita.*holds \.txt files/);
    assert.match(rows[1], /^arsip.*holds \.txt files/);
    assert.match(rows[2], /Another Folder…/);
    await screenshot('corpus-choice-multi-root', { delayMs: 500 });
    await keyboard({ press: 'Escape' });
    assert.equal(await asked, undefined);
    assert.equal(api.corpusScope!.openedOnly, true, 'Escape marks no folder');
    assert.equal(vscode.workspace.getConfiguration('sorot.corpus').inspect<string[]>('folders')?.workspaceValue, undefined);
  });
});
