// Issue 11, point 6: article text in a corpus is read-only by default, so a stray key
// (an Enter after a picker vanished) cannot replace the selected paragraph; annotating,
// suggestions, review, hovers and navigation work on the locked text; "Unlock Article Text for Editing" makes
// it editable with annotations following the edits, "Lock Article Text" locks it again;
// the setting sorot.articles.readOnly turns the feature off; New Article stays writable.
// Keys are pressed with the real keyboard: the point is what VS Code does with them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import type { SorotApi } from '../../../src/extension/api';
import { activateSorot, domTexts, keyboard, quickInput, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = '04-kpk-periksa-saksi-kapal-patroli.txt';
const SIDECAR = '04-kpk-periksa-saksi-kapal-patroli.sorot.json';
const SECOND = '11-trump-tarif-china.txt';

let api: SorotApi;

function readOnly() {
  assert.ok(api.readOnly, 'the read-only feature is registered');
  return api.readOnly;
}

/** Opens an article and waits until Sorot has decided about its lock. */
async function openArticle(name: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), name);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'sorot-article', `${name} to open as a Sorot article`);
  await waitFor(() => readOnly().recordOf(uri), `Sorot to decide about the lock of ${name}`);
  await readOnly().settled();
  return vscode.window.activeTextEditor!;
}

/** Sets the active editor's selection and makes sure the workbench applied it (and the
 *  editor has focus) before the next key press: keys take another path than the API. */
async function select(selection: vscode.Selection): Promise<vscode.Selection> {
  vscode.window.activeTextEditor!.selection = selection;
  // A round trip to the workbench: it handles the selection message before this command.
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  return selection;
}

/** Selects a whole line (a paragraph of the article) in the active editor. */
async function selectParagraph(): Promise<vscode.Selection> {
  const doc = vscode.window.activeTextEditor!.document;
  let line = 1;
  while (doc.lineAt(line).text.length < 80) line++;
  return select(new vscode.Selection(line, 0, line, doc.lineAt(line).text.length));
}

/** Lets key presses reach the document (or not) before looking at it. */
const settle = () => sleep(400);

async function readSidecar(): Promise<Sidecar | undefined> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), SIDECAR)))) as Sidecar;
  } catch {
    return undefined;
  }
}

async function answer(title: string, type = ''): Promise<void> {
  await quickInput(title);
  await keyboard({ type, press: 'Enter' });
  await sleep(150);
}

describe('Read-only article text (issue 11: 6)', function () {
  this.timeout(120_000);
  let uri: vscode.Uri;
  let original: string;
  let claim: Annotation;
  let sidecarBefore: Uint8Array | undefined;

  before(async function () {
    if (!process.env.VSCODE_TEST_KEYBOARD_URL) this.skip(); // the point is the real keyboard
    api = await activateSorot();
    await vscode.workspace.getConfiguration('sorot').update('annotator', 'tester', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    uri = vscode.Uri.joinPath(workspaceRoot(), ARTICLE);
    original = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    sidecarBefore = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), SIDECAR)).then((b) => b, () => undefined);
  });

  it('keeps the text of a corpus article when a stray Enter or letter hits the selected paragraph, also after a picker vanished', async () => {
    const editor = await openArticle(ARTICLE);
    assert.equal(readOnly().recordOf(uri), 'auto-locked');
    // Sorot says once why the text is locked, with a button to unlock it (a toast in
    // VS Code; this workbench shows no toasts, the notification centre keeps it). Once
    // per installation: when the suite runs whole, an earlier test's article got it,
    // and it is the oldest notification, at the end of the centre's list.
    await vscode.commands.executeCommand('notifications.showList');
    await keyboard({ press: 'End' });
    const explanation = await waitFor(async () => (await domTexts('.notification-list-item-message'))?.find((t) => t.includes('Sorot keeps the text')), 'Sorot\'s explanation of the lock');
    assert.match(explanation, /^\S+\.txt is read-only/, 'the explanation names the file');
    const doc = editor.document;
    await selectParagraph();
    await keyboard({ press: 'Enter' });
    await keyboard({ type: 'x' });
    await settle();
    assert.equal(doc.getText(), original, 'the article text is unchanged');
    assert.equal(doc.isDirty, false, 'nothing to save');
    // VS Code says why at the cursor, with a link to make the file writeable.
    const message = await waitFor(async () => (await domTexts('.monaco-editor-overlaymessage .message'))?.find((t) => /read-only/i.test(t)), 'the read-only message at the cursor');
    assert.match(message, /read-only/i);
    await screenshot('readonly-article', { delayMs: 100 });
    await vscode.commands.executeCommand('notifications.hideList');

    // As reported: a flow starts, its picker vanishes (Escape), the paragraph is still
    // selected and the next Enter lands in the editor.
    await selectParagraph();
    const flow = vscode.commands.executeCommand('sorot.annotateClaim');
    await quickInput('Claim');
    await keyboard({ press: 'Escape' });
    await flow;
    await keyboard({ press: 'Enter' });
    await settle();
    assert.equal(doc.getText(), original, 'the article text is unchanged');
  });

  it('annotates, hovers and navigates on the locked article without touching its text', async () => {
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    const selection = await selectParagraph();
    const sentence = doc.getText(selection).slice(0, doc.getText(selection).search(/\.\s/) + 1);
    await select(new vscode.Selection(selection.start, doc.positionAt(doc.offsetAt(selection.start) + sentence.length)));
    const created = vscode.commands.executeCommand<Annotation | undefined>('sorot.annotateClaim');
    await answer('(1/3)', 'KPK');
    await answer('(2/3)', 'Lima saksi diperiksa');
    await answer('(3/3)');
    const annotation = await created;
    assert.ok(annotation, 'the claim was created on the locked article');
    claim = annotation;
    assert.deepEqual([claim.target.start, claim.target.exact], [doc.offsetAt(selection.start), sentence], 'the claim is on the selected sentence');
    await waitFor(async () => (await readSidecar())?.annotations.some((a) => a.id === claim.id), 'the claim in the sidecar');

    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(claim.target.start + 2));
    const hoverText = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.match(hoverText, /Claim/, 'the hover shows the claim');

    await select(new vscode.Selection(0, 0, 0, 0));
    await vscode.commands.executeCommand('sorot.nextActor');
    await waitFor(() => !vscode.window.activeTextEditor!.selection.isEmpty, 'Next Actor to select a mention');
    await waitFor(() => (api.annotations?.decorations.applied.get(uri.toString()) ?? []).length > 0, 'the claim decorated');

    const suggested = await vscode.commands.executeCommand<number>('sorot.annotations.suggestSources');
    assert.ok(suggested > 0, 'source suggestions from the quotes');
    assert.equal(await vscode.commands.executeCommand<number>('sorot.annotations.acceptAllSuggestions'), suggested);
    await waitFor(async () => (await readSidecar())?.annotations.filter((a) => a.kind === 'source').length === suggested, 'the accepted sources in the sidecar');
    assert.equal(doc.getText(), original, 'the article text is unchanged');
    assert.equal(doc.isDirty, false);
  });

  it('unlocks with the command: typed text goes in and the annotation moves with it', async () => {
    assert.equal(await vscode.commands.executeCommand<boolean>('sorot.articles.unlockText'), true);
    assert.equal(readOnly().recordOf(uri), 'user-unlocked');
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    // Type at the start of the claim's paragraph, before the claim.
    const at = doc.positionAt(claim.target.start);
    await select(new vscode.Selection(at.line, 0, at.line, 0));
    const typed = 'Baru: ';
    await keyboard({ type: typed });
    await waitFor(() => doc.getText().length === original.length + typed.length, 'the typed text in the article');
    const lineStart = doc.offsetAt(new vscode.Position(at.line, 0));
    assert.equal(doc.getText(), original.slice(0, lineStart) + typed + original.slice(lineStart), 'the text changed where the user typed');
    const moved = await waitFor(() => api.annotations?.service.peek(uri)?.own.annotations.find((a) => a.id === claim.id && a.target.start === claim.target.start + typed.length), 'the claim to move with the edit');
    assert.equal(doc.getText().slice(moved.target.start, moved.target.end), claim.target.exact, 'the claim is still on its own words');
    // Switching away and back does not lock it again behind the user's back.
    await openArticle(SECOND);
    await openArticle(ARTICLE);
    assert.equal(readOnly().recordOf(uri), 'user-unlocked');
    await keyboard({ type: 'y' });
    await waitFor(() => doc.getText().length === original.length + typed.length + 1, 'a second edit after switching back');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => doc.getText() === original && !doc.isDirty, 'the article reverted');
    await waitFor(() => api.annotations?.service.peek(uri)?.own.annotations.find((a) => a.id === claim.id && a.target.start === claim.target.start), 'the claim back on its offsets');
  });

  it('locks again with the command', async () => {
    assert.equal(await vscode.commands.executeCommand<boolean>('sorot.articles.lockText'), true);
    assert.equal(readOnly().recordOf(uri), 'user-locked');
    const doc = vscode.window.activeTextEditor!.document;
    await selectParagraph();
    await keyboard({ press: 'Enter' });
    await settle();
    assert.equal(doc.getText(), original, 'the article text is unchanged');
  });

  it('settles a needs-review annotation on the locked article, the text changed only on disk', async () => {
    // As after a git pull: the claim's sentence is rewritten in the file; VS Code reloads
    // the locked article, Sorot flags the claim; the review attaches it to a selection.
    const doc = vscode.window.activeTextEditor!.document;
    const rewritten = 'Kalimat ini ditulis ulang oleh redaksi.';
    const changed = original.replace(claim.target.exact, rewritten);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(changed));
    try {
      await waitFor(() => doc.getText() === changed, 'VS Code to reload the locked article from disk');
      await waitFor(() => api.annotations?.service.peek(uri)?.own.annotations.find((a) => a.id === claim.id)?.needsReview, 'the rewritten claim to be flagged');
      const start = changed.indexOf(rewritten);
      await select(new vscode.Selection(doc.positionAt(start), doc.positionAt(start + rewritten.length)));
      const reviewed = vscode.commands.executeCommand<Annotation | undefined>('sorot.annotations.review', uri.toString(), claim.id);
      await answer('Needs review', 'Attach to the current selection');
      const settled = await reviewed;
      assert.ok(settled && !settled.needsReview, 'the claim is settled');
      assert.deepEqual([settled.target.start, settled.target.exact], [start, rewritten]);
      assert.equal(doc.getText(), changed, 'the review did not touch the text');
      assert.equal(doc.isDirty, false);
    } finally {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
      await waitFor(() => doc.getText() === original, 'the article back as it was');
    }
  });

  it('with sorot.articles.readOnly off, undoes its own locks and locks nothing new', async () => {
    // SECOND was locked by Sorot when the previous test opened it.
    const second = vscode.Uri.joinPath(workspaceRoot(), SECOND);
    const editor = await openArticle(SECOND);
    assert.equal(readOnly().recordOf(second), 'auto-locked');
    const config = vscode.workspace.getConfiguration('sorot.articles');
    await config.update('readOnly', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => readOnly().recordOf(second) === undefined, 'Sorot to undo its lock');
      await readOnly().settled();
      await select(new vscode.Selection(0, 0, 0, 0));
      await keyboard({ type: 'z' });
      await waitFor(() => editor.document.getText().startsWith('z'), 'the typed letter in the unlocked article');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor(() => !editor.document.isDirty, 'the article reverted');
      // The article the user locked stays locked.
      await openArticle(ARTICLE);
      assert.equal(readOnly().recordOf(uri), 'user-locked');
      await keyboard({ type: 'z' });
      await settle();
      assert.equal(vscode.window.activeTextEditor!.document.getText(), original);
    } finally {
      await config.update('readOnly', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await openArticle(SECOND);
    assert.equal(readOnly().recordOf(second), 'auto-locked', 'locked again once the setting is back on');
  });

  it('locks a file that becomes an article after it opened (sorot.corpus.include, no file association)', async () => {
    const file = vscode.Uri.joinPath(workspaceRoot(), 'lain', 'contoh.berita');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Judul contoh\n\nParagraf pertama artikel contoh ini cukup panjang untuk dipilih seluruhnya oleh pengguna.\n'));
    const corpus = vscode.workspace.getConfiguration('sorot.corpus');
    await corpus.update('include', '**/*.berita', vscode.ConfigurationTarget.Workspace);
    try {
      const doc = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(doc, { preview: false });
      await waitFor(() => doc.languageId === 'sorot-article', 'the file to become a Sorot article');
      await waitFor(() => readOnly().recordOf(file) === 'auto-locked', 'Sorot to lock it');
      await readOnly().settled();
      const text = doc.getText();
      await selectParagraph();
      await keyboard({ press: 'Enter' });
      await settle();
      assert.equal(doc.getText(), text, 'the text is unchanged');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await corpus.update('include', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'lain'), { recursive: true });
    }
  });

  it('leaves a New Article writable, for the text to be pasted in', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('sorot.articles.newArticle', undefined, 'Judul artikel uji kunci');
    assert.ok(created, 'the article was created');
    try {
      const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === created.toString() ? vscode.window.activeTextEditor : undefined), 'the new article to open');
      await waitFor(() => editor.document.languageId === 'sorot-article', 'the new article to be a Sorot article');
      assert.equal(readOnly().recordOf(created), 'user-unlocked');
      await keyboard({ type: 'Isi artikel.' });
      await waitFor(() => editor.document.getText().includes('Isi artikel.'), 'the typed body in the new article');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(created);
    }
  });

  after(async () => {
    // Leave the article's annotation file as the suite had it (the sample has none).
    if (!uri) return;
    const file = vscode.Uri.joinPath(workspaceRoot(), SIDECAR);
    if (sidecarBefore) await vscode.workspace.fs.writeFile(file, sidecarBefore);
    else await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });
});
