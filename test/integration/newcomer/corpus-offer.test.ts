// A researcher opens their own folder of .txt news articles (no Sorot settings, no Sorot
// data) and clicks an article: Sorot, started by the plain-text file, only offers to read
// the folder as a corpus; accepting it makes the article a Sorot article with its
// highlights and hovers. Until then nothing is indexed, walked or watched.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { click, domTexts, fileExists, screenshot, sleep, sorotAsActivated, waitFor, workspaceRoot } from '../helpers';
import { assertAsleep, writeNewsFolder } from '../newcomer-files';

const OFFER = 'as news articles, with their actors, quotes and annotations?';

describe('The offer to read a folder of .txt files as a corpus', function () {
  this.timeout(180_000);

  it('asks once, naming the folder, while Sorot stays asleep', async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // desktop launcher: no page to click in
    const { article } = await writeNewsFolder();
    const ext = vscode.extensions.getExtension('sorot.sorot')!;
    // the researcher opens the article from the Explorer (Quick Open by its name)
    await vscode.commands.executeCommand('workbench.action.quickOpen', 'jalur-sepeda');
    await waitFor(async () => (await domTexts('.quick-input-list .monaco-list-row'))?.some((t) => t.includes('jalur-sepeda.txt')), 'the article in Quick Open');
    assert.ok(await click('.quick-input-list .monaco-list-row', 'jalur-sepeda.txt'));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path === article.path, 'the article in the editor');
    assert.equal(vscode.window.activeTextEditor!.document.languageId, 'plaintext');
    await waitFor(() => ext.isActive, 'Sorot to start (the plain-text file starts it, if nothing did before)');
    const api = await sorotAsActivated();
    assertAsleep(api);
    await waitFor(() => api.offer!.offeredFolder, 'the offer');
    assert.equal(api.offer!.offeredFolder!.path, vscode.Uri.joinPath(workspaceRoot(), 'berita').path, 'the top folder under the workspace');
    await vscode.commands.executeCommand('notifications.showList');
    const message = await waitFor(async () => (await domTexts('.notification-list-item-message'))?.find((t) => t.includes(OFFER)), 'the offer in the notifications');
    assert.match(message, /"berita"/);
    assert.match(message, /Don't Ask Again/);
    await screenshot('corpus-offer', { delayMs: 500 });
    // asleep: no index work and no walk of the folder, so no index cache written either
    assert.equal(ext.exports, api);
    assertAsleep(ext.exports as typeof api);
    assert.equal(await fileExists(vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json')), false, 'nothing written into the folder');
  });

  it('"Use "berita" as Corpus" makes the article a Sorot article with its actors', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    const asleep = await sorotAsActivated();
    assert.ok(await click('.notifications-center .monaco-button', 'Use "berita" as Corpus'));
    assert.equal(await asleep.offer!.answered, 'folder');
    const api = await asleep.asleep!.wake(); // what the answer already did: the same Sorot
    const doc = vscode.window.activeTextEditor!.document;
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'sorot-article', 'the article to become a Sorot article');
    const settings = vscode.workspace.getConfiguration('sorot.corpus').inspect<string[]>('folders')?.workspaceValue;
    assert.deepEqual(settings, ['berita']);
    const applied = await waitFor(() => {
      const a = api.decorations!.appliedFor(doc.uri);
      return a && a.spans.person.length > 0 ? a : undefined;
    }, 'a person highlighted in the article');
    const person = applied.spans.person.find((s) => doc.getText().slice(s.start, s.end) === 'Hendra Wicaksono');
    assert.ok(person, 'the mayor is a recognised person');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(person.start + 2));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(text, /Hendra Wicaksono/, 'the hover names the actor');
    await vscode.commands.executeCommand('notifications.hideList');
    await sleep(300);
    await screenshot('corpus-offer-accepted', { delayMs: 800 });
  });
});
