// A speaker set on a quote with the real keyboard carries to the quotes the recognizer
// had given its speaker, before and after it: after "“…,” kata X." the "“…,” katanya." and
// "“…”"; before "“…,” cuit X." the posts that attribution closed. They say so on hover and
// stay to be reviewed; the quotes outside the run keep their own speaker. Runs on an
// article of its own (removed afterwards).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { domTexts, keyboard, openOwnArticle, quickInput, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = 'zz-ikut-koreksi.txt';
const SIDECAR = 'zz-ikut-koreksi.sorot.json';
// Written for this test. The second and third quotes name nobody: the recognizer gives
// them the first quote's speaker. The two posts before the regent's name nobody either:
// they take the speaker his closing attribution names.
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
  'Malam harinya kabar dari kabupaten datang lewat media sosial.',
  '',
  '"Posko dibuka di balai desa."',
  '',
  '"Petugas berjaga sampai pagi."',
  '',
  '"Warga diminta tetap waspada," cuit Bupati Bogor Rudy Susmanto melalui akun X miliknya.',
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

/** Puts the cursor in the quote at `offset` and sets its speaker the researcher's way:
 *  Ctrl+Alt+S, the first letters of the name, Enter. */
async function setSpeakerByKeyboard(editor: vscode.TextEditor, offset: number, typed: string): Promise<void> {
  editor.selection = new vscode.Selection(editor.document.positionAt(offset + 3), editor.document.positionAt(offset + 3));
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  await waitFor(async () => (await domTexts('.monaco-editor.focused'))?.length, 'the article editor to have the focus');
  await keyboard({ press: 'Control+Alt+s' });
  await quickInput('Speaker of');
  await keyboard({ type: typed });
  await sleep(300);
  await keyboard({ press: 'Enter' });
}

describe('A speaker correction carries to the quotes that continued it', function () {
  this.timeout(300_000);
  let editor: vscode.TextEditor;

  before(async function () {
    if (!process.env.VSCODE_TEST_KEYBOARD_URL) this.skip(); // needs the real keyboard
    ({ api, editor } = await openOwnArticle(ARTICLE, TEXT));
    await waitFor(() => curated(editor.document).quotes.length === 7, 'the seven quotes of the article');
    await api.annotations!.service.get(editor.document.uri);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [ARTICLE, SIDECAR]) await vscode.workspace.fs.delete(uri(name)).then(undefined, () => undefined);
  });

  it('Set speaker on the first quote (Ctrl+Alt+S) moves the two quotes after it, which stay to be reviewed', async () => {
    // The premise: the recognizer gives Darto the first three quotes, the regent the last three.
    assert.deepEqual(curated(editor.document).quotes.map((q) => q.speaker), ['Darto Wiyono', 'Darto Wiyono', 'Darto Wiyono', 'Rina Lestari', 'Rudy Susmanto', 'Rudy Susmanto', 'Rudy Susmanto']);
    const first = editor.document.getText().indexOf('"Air masuk');
    await setSpeakerByKeyboard(editor, first, 'Rina Les');

    const quotes = await waitFor(() => {
      const q = curated(editor.document).quotes;
      return q[0]?.speaker === 'Rina Lestari' ? q : undefined;
    }, 'the first quote spoken by Rina Lestari');
    assert.deepEqual(quotes.map((q) => [q.speaker, q.provenance]), [
      ['Rina Lestari', 'corrected'],
      ['Rina Lestari', 'followed'],
      ['Rina Lestari', 'followed'],
      ['Rina Lestari', 'machine'],
      ['Rudy Susmanto', 'machine'],
      ['Rudy Susmanto', 'machine'],
      ['Rudy Susmanto', 'machine'],
    ]);
    const corrections = api.annotations!.service.peek(editor.document.uri)?.own.corrections ?? [];
    assert.equal(corrections.length, 1, 'one correction is written: the followed quotes are not decisions');

    const hover = await hoverText(editor.document, quotes[1].start + 3);
    assert.match(hover, /Speaker follows a correction by tester, not reviewed/);
    assert.ok(!hover.includes('Remove my correction'), hover);
  });

  it('Set speaker on the post that closes a run (Ctrl+Alt+S) moves the posts before it; Accept on one of them keeps its speaker', async () => {
    const closing = editor.document.getText().indexOf('"Warga diminta');
    // The recognizer's posts before the closing one say their speaker came from its
    // attribution, not from the quote before (closing-attribution.ts).
    const before = await hoverText(editor.document, editor.document.getText().indexOf('"Posko dibuka') + 3);
    assert.ok(before.includes('the attribution after it names the speaker: “cuit Bupati Bogor Rudy Susmanto”'), before);
    assert.ok(!before.includes('continues the quote before'), before);
    await setSpeakerByKeyboard(editor, closing, 'Darto Wi');

    const quotes = await waitFor(() => {
      const q = curated(editor.document).quotes;
      return q[6]?.speaker === 'Darto Wiyono' ? q : undefined;
    }, 'the closing post spoken by Darto Wiyono');
    assert.deepEqual(quotes.map((q) => [q.speaker, q.provenance]), [
      ['Rina Lestari', 'corrected'],
      ['Rina Lestari', 'followed'],
      ['Rina Lestari', 'followed'],
      ['Rina Lestari', 'machine'],
      ['Darto Wiyono', 'followed'],
      ['Darto Wiyono', 'followed'],
      ['Darto Wiyono', 'corrected'],
    ]);
    const corrections = api.annotations!.service.peek(editor.document.uri)?.own.corrections ?? [];
    assert.equal(corrections.length, 2, 'the posts that followed are not decisions');
    const closingCorrection = corrections.find((c) => c.target.start === closing);
    assert.ok(closingCorrection, 'the correction of the closing post is written');
    assert.deepEqual(quotes.slice(4, 6).map((q) => [q.by, q.correctionId]), [['tester', closingCorrection.id], ['tester', closingCorrection.id]]);

    // The hover on the first post says whose correction it follows and offers Accept.
    const post = quotes[4];
    editor.selection = new vscode.Selection(editor.document.positionAt(post.start + 3), editor.document.positionAt(post.start + 3));
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor(async () => (await domTexts('.monaco-hover'))?.some((t) => t.includes('Speaker follows a correction by tester, not reviewed')), 'the hover of the first post');
    const hover = (await domTexts('.monaco-hover'))!.join('\n');
    assert.ok(hover.includes('Accept') && !hover.includes('Remove my correction'), hover);
    // (the closing post's speaker is now the researcher's: no words of the text to show)
    assert.ok(hover.includes('the attribution after it names the speaker') && !hover.includes('continues the quote before'), hover);
    await screenshot('followed-backward-hover', { delayMs: 200 });
    await keyboard({ press: 'Escape' });

    // Accept keeps the followed speaker as the researcher's own decision.
    await vscode.commands.executeCommand('sorot.curation.accept');
    const accepted = await waitFor(() => {
      const q = curated(editor.document).quotes[4];
      return q?.provenance === 'corrected' ? q : undefined;
    }, 'the first post decided');
    assert.deepEqual([accepted.speaker, accepted.by], ['Darto Wiyono', 'tester']);
    assert.deepEqual(curated(editor.document).quotes.slice(5).map((q) => q.provenance), ['followed', 'corrected']);
  });
});
