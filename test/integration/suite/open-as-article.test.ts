// A plain .txt file shows "Open Current File as News Article" in its editor title, so a
// researcher who opens a file of a folder Sorot does not read yet (or before Sorot has
// started: menus need no activation) finds the way in where they are looking. The
// button is for plain text only and goes away once the file is an article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateSorot, click, domTexts, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

// A dot folder is outside the corpus (the default exclude), so the file opens as plain text.
const FILE = vscode.Uri.joinPath(workspaceRoot(), '.catatan', 'zz-berita-luar.txt');
const BUTTON = '.editor-actions .action-label[aria-label^="Open Current File as News Article"]';
const buttons = async () => (await domTexts(BUTTON, 'aria-label')) ?? [];

describe('Open as News Article in the editor title', function () {
  this.timeout(120_000);

  before(async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // desktop launcher: no page access
    await activateSorot();
    await vscode.workspace.fs.writeFile(FILE, new TextEncoder().encode('Wali Kota Bogor resmikan pasar baru\n\nBOGOR - Wali Kota Bogor meresmikan pasar pada Senin.\n'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), '.catatan'), { recursive: true }).then(undefined, () => undefined);
  });

  it('shows the button on a plain .txt file, and the file becomes an article when it is pressed', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(FILE), { preview: false });
    assert.equal(editor.document.languageId, 'plaintext', 'a file outside the corpus opens as plain text');
    await waitFor(async () => (await buttons()).length === 1, 'the button in the editor title');
    await screenshot('open-as-article', { delayMs: 300 });
    assert.ok(await click(BUTTON));
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'sorot-article', 'the file to become a Sorot article');
    // and stays one: the corpus scope does not take back what the researcher chose (a
    // language change reaches Sorot as a close and an open of the document)
    await sleep(1500);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'sorot-article', 'still a Sorot article a moment later');
    await waitFor(async () => (await buttons()).length === 0, 'the button to go away on an article');
  });
});
