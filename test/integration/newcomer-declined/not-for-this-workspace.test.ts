// "Don't Ask Again": Sorot stays asleep and remembers the answer in the
// workspace's state, so no later plain-text file brings the offer back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { click, domTexts, sleep, sorotAsActivated, waitFor } from '../helpers';
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
});
