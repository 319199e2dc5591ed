// A newcomer opens their folder of .txt news articles (no Sorot settings, no Sorot data),
// misses the offer's toast and opens the Sorot view: its welcome offers this workspace
// folder as a corpus in one click (no folder dialog, whose ".." row once led out of the
// workspace), and the view then lists every article of the folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { click, domTexts, fileExists, screenshot, sorotAsActivated, waitFor, workspaceRoot } from '../helpers';
import { assertAsleep, writeNewsFolder } from '../newcomer-files';

const OFFER = 'This workspace folder holds .txt files';
const welcomeTexts = async () => (await domTexts('.welcome-view-content')) ?? [];

describe('The Articles view offers the workspace folder as a corpus', function () {
  this.timeout(180_000);

  it('"Use Workspace Folder as Corpus" in the welcome reads every .txt file of the folder', async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // desktop launcher: no page to click in
    await writeNewsFolder();
    const asleep = await sorotAsActivated();
    assertAsleep(asleep);
    // the researcher opens the Sorot view (the activity bar icon): Sorot wakes, no corpus yet
    await vscode.commands.executeCommand('sorot.articles.focus');
    const api = await asleep.asleep!.wake(); // the Sorot the view woke
    assert.equal(api.corpusScope!.openedOnly, true);
    await waitFor(() => api.corpusChoice!.choice === 'one', 'the welcome to offer the one workspace folder');
    const text = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes(OFFER)), 'the welcome offering the folder');
    assert.match(text, /Use Workspace Folder as Corpus/);
    assert.match(text, /Another Folder…/, 'the folder dialog stays, for another folder');
    await screenshot('corpus-choice-welcome', { delayMs: 800 });
    assert.equal(await fileExists(vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json')), false, 'nothing written before the click');

    assert.ok(await click('.welcome-view-content .monaco-button', 'Use Workspace Folder as Corpus'));
    await waitFor(() => !api.corpusScope!.openedOnly, 'the folder to be a corpus');
    assert.deepEqual(vscode.workspace.getConfiguration('sorot.corpus').inspect<string[]>('folders')?.workspaceValue, ['.']);
    const all = ['berita/2024/jalur-sepeda.txt', 'berita/pasar-malam.txt'];
    await waitFor(async () => JSON.stringify((await api.articles!.provider.articles()).map((a) => a.relativePath).sort()) === JSON.stringify(all), 'the Articles view to list every article of the folder');
    assert.equal(api.corpusChoice!.choice, '', 'a corpus: no folder offered any more');
    assert.equal(((await domTexts('.quick-input-widget .quick-input-title')) ?? []).filter((t) => t.trim()).length, 0, 'no dialog or pick was asked');
    await screenshot('corpus-choice-accepted', { delayMs: 800 });
  });
});
