// A speaker set on a quote with the real keyboard carries to the quotes the recognizer
// had continued from it ("“…,” kata X." / "“…,” katanya." / "“…”"), they say so on hover
// and stay to be reviewed; the quote after the run keeps its own speaker. Runs on an
// article of its own (removed afterwards).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { domTexts, keyboard, openOwnArticle, quickInput, sleep, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = 'zz-ikut-koreksi.txt';
const SIDECAR = 'zz-ikut-koreksi.sorot.json';
// Written for this test. The second and third quotes name nobody: the recognizer gives
// them the first quote's speaker.
const TEXT = [
  'Banjir rendam Desa Sukamaju',
  '',
  'Warga Desa Sukamaju mengeluhkan banjir yang datang setiap musim hujan. Camat Sukamaju, Rina Lestari, datang meninjau.',
  '',
  '"Air masuk rumah sampai sepinggang," kata Ketua RT 03 Darto Wiyono kepada wartawan, Senin.',
  '',
  '"Kami sudah tiga kali melapor ke kecamatan," katanya.',
  '',
  '"Sampai sekarang belum ada yang datang."',
  '',
  '"Dua pompa tiba besok pagi," ujar Rina.',
  '',
].join('\n');

let api: SorotApi;
const uri = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name);

function curated(doc: vscode.TextDocument) {
  return api.corpus!.analyses.get(doc).result;
}

async function hoverText(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('A speaker correction carries to the quotes that continued it', function () {
  this.timeout(300_000);
  let editor: vscode.TextEditor;

  before(async function () {
    if (!process.env.VSCODE_TEST_KEYBOARD_URL) this.skip(); // needs the real keyboard
    ({ api, editor } = await openOwnArticle(ARTICLE, TEXT));
    await waitFor(() => curated(editor.document).quotes.length === 4, 'the four quotes of the article');
    await api.annotations!.service.get(editor.document.uri);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [ARTICLE, SIDECAR]) await vscode.workspace.fs.delete(uri(name)).then(undefined, () => undefined);
  });

  it('Set speaker on the first quote (Ctrl+Alt+S) moves the two quotes after it, which stay to be reviewed', async () => {
    // The premise: the recognizer gives Darto the first three quotes.
    assert.deepEqual(curated(editor.document).quotes.map((q) => q.speaker), ['Darto Wiyono', 'Darto Wiyono', 'Darto Wiyono', 'Rina Lestari']);
    const first = editor.document.getText().indexOf('"Air masuk');
    editor.selection = new vscode.Selection(editor.document.positionAt(first + 3), editor.document.positionAt(first + 3));
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    await waitFor(async () => (await domTexts('.monaco-editor.focused'))?.length, 'the article editor to have the focus');
    await keyboard({ press: 'Control+Alt+s' });
    await quickInput('Speaker of');
    await keyboard({ type: 'Rina Les' });
    await sleep(300);
    await keyboard({ press: 'Enter' });

    const quotes = await waitFor(() => {
      const q = curated(editor.document).quotes;
      return q[0]?.speaker === 'Rina Lestari' ? q : undefined;
    }, 'the first quote spoken by Rina Lestari');
    assert.deepEqual(quotes.map((q) => [q.speaker, q.provenance]), [
      ['Rina Lestari', 'corrected'],
      ['Rina Lestari', 'followed'],
      ['Rina Lestari', 'followed'],
      ['Rina Lestari', 'machine'],
    ]);
    const corrections = api.annotations!.service.peek(editor.document.uri)?.own.corrections ?? [];
    assert.equal(corrections.length, 1, 'one correction is written: the followed quotes are not decisions');

    const hover = await hoverText(editor.document, quotes[1].start + 3);
    assert.match(hover, /Speaker follows a correction by tester, not reviewed/);
    assert.ok(!hover.includes('Remove my correction'), hover);
  });
});
