// "Don't Ask Again": Sorot stays asleep and remembers the answer in the
// workspace's state, so no later plain-text file brings the offer back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { click, domTexts, sleep, sorotAsActivated, waitFor, workspaceRoot } from '../helpers';
import { assertAsleep, writeNewsFolder } from '../newcomer-files';

const OFFER = 'as news articles, with their actors, quotes and annotations?';
const offers = async () => ((await domTexts('.notification-list-item-message')) ?? []).filter((t) => t.includes(OFFER));

describe('"Don\'t Ask Again" answers the offer for good', function () {
  this.timeout(180_000);

  it('is remembered, and Sorot stays asleep', async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // desktop launcher: no page to click in
    const { article, second } = await writeNewsFolder();
    await vscode.window.showTextDocument(article, { preview: false });
    const ext = vscode.extensions.getExtension('sorot.sorot')!;
    await waitFor(() => ext.isActive, 'the plain-text file to start Sorot');
    const api = await sorotAsActivated();
    await waitFor(() => api.offer!.offeredFolder, 'the offer');
    await vscode.commands.executeCommand('notifications.showList');
    await waitFor(async () => (await offers()).length === 1, 'the offer in the notifications');
    assert.ok(await click('.notifications-center .monaco-button', "Don't Ask Again"));
    assert.equal(await api.offer!.answered, 'never');
    assert.equal(api.offer!.declined(), true, 'remembered in the workspace state');
    // another article of the folder: no second offer, and Sorot still asleep
    await vscode.window.showTextDocument(second, { preview: false });
    await sleep(1500);
    assert.deepEqual(await offers(), [], 'no offer after the answer');
    assertAsleep(api);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'plaintext');
    await vscode.commands.executeCommand('notifications.hideList');
  });

  // A corpus written in the settings by hand (no "Use Folder as Corpus", whose stand-in wakes
  // Sorot before the settings change) wakes Sorot in a workspace that is a corpus by then:
  // it reads the folder, not only the files opened as articles (there are none).
  it('a corpus folder written in the settings wakes Sorot reading that folder', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    const asleep = await sorotAsActivated();
    await vscode.workspace.getConfiguration('sorot.corpus').update('folders', ['berita'], vscode.ConfigurationTarget.Workspace);
    // the open file of the folder becomes an article: Sorot woke and reads the folder
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'sorot-article', 'the open file of the folder to become an article');
    const api = await asleep.asleep!.wake(); // the Sorot the setting woke
    assert.equal(api.corpusScope!.openedOnly, false, 'the settings mark a corpus: no limit to opened files');
    const both = ['berita/2024/jalur-sepeda.txt', 'berita/pasar-malam.txt'];
    await waitFor(async () => JSON.stringify((await api.articles!.provider.articles()).map((a) => a.relativePath).sort()) === JSON.stringify(both), 'the Articles view to list the folder');
  });

  it('the Articles view of that corpus, emptied, shows the welcome of a corpus without articles', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    const api = await (await sorotAsActivated()).asleep!.wake();
    // an empty folder as the corpus: the view is empty and its welcome shows
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(workspaceRoot(), 'arsip'));
    await vscode.workspace.getConfiguration('sorot.corpus').update('folders', ['arsip'], vscode.ConfigurationTarget.Workspace);
    await waitFor(async () => (await api.articles!.provider.articles()).length === 0, 'the Articles view to be empty');
    await vscode.commands.executeCommand('sorot.articles.focus');
    await waitFor(async () => ((await domTexts('.welcome-view-content')) ?? []).some((t) => t.includes('No articles in this workspace yet')), 'the welcome of a corpus without articles');
    assert.equal(((await domTexts('.welcome-view-content')) ?? []).some((t) => t.includes('No folder of this workspace is a corpus yet')), false);
  });
});
