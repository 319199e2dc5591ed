// The text of an article changing while an annotation flow is open (issue 18, point 4):
// a file change or another edit lands between the first step of a flow and its last.
// The flows are driven with the real keyboard (Ctrl+Alt+1, Ctrl+Alt+E, Ctrl+Alt+Z/Y in
// the workbench page), the text is changed through WorkspaceEdits, as another program
// or extension would, and what counts is what reaches the sidecar on disk.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import type { SorotApi } from '../../../src/extension/api';
import { activateSorot, domTexts, keyboard, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';
import { quickInput as sharedQuickInput } from '../helpers';

const ARTICLE = '05-menlu-sugiono-gaza-oki.txt';
const SIDECAR = '05-menlu-sugiono-gaza-oki.sorot.json';
const RAPID = '09-tni-latihan-gabungan-natuna.txt';
const RAPID_SIDECAR = '09-tni-latihan-gabungan-natuna.sorot.json';

let api: SorotApi;

function uri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

async function readSidecar(name: string): Promise<Sidecar | undefined> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri(name)))) as Sidecar;
  } catch {
    return undefined;
  }
}

async function openArticle(name: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri(name)), { preview: false });
  await waitFor(() => editor.document.languageId === 'sorot-article', `${name} to open as a Sorot article`);
  // Corpus articles open read-only; these tests save the text changes they make, as a
  // researcher who unlocked the article would.
  assert.equal(await vscode.commands.executeCommand('sorot.articles.unlockText', editor.document.uri), true);
  return editor;
}

function select(editor: vscode.TextEditor, needle: string): { start: number; end: number } {
  const start = editor.document.getText().indexOf(needle);
  assert.ok(start >= 0, `"${needle}" is in the article`);
  const end = start + needle.length;
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  return { start, end };
}

/** Waits for a quick input titled `title`; when it does not come (a command that found
 *  nothing to work on says why in a notification), the failure shows the notifications. */
async function quickInput(title: string): Promise<void> {
  try {
    await sharedQuickInput(title);
  } catch (e) {
    await vscode.commands.executeCommand('notifications.showList');
    const notes = await domTexts('.notifications-center .notification-list-item-message');
    await screenshot(`flow-missing-${title.replace(/\W/g, '')}`, { delayMs: 0 });
    throw new Error(`${String(e)}; notifications: ${JSON.stringify(notes)}`, { cause: e });
  }
}

async function answer(title: string, type = ''): Promise<void> {
  await quickInput(title);
  await keyboard({ type, press: 'Enter' });
  await sleep(150);
}

/** Presses a key chord of the article editor: the chord works only while the editor has
 *  the keyboard focus, which returns to it a moment after a quick input closes. */
async function chord(editor: vscode.TextEditor, keys: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  await waitFor(async () => (await domTexts('.monaco-editor.focused'))?.length, 'the article editor to have the focus');
  await keyboard({ press: keys });
}

/** A change of the article that is not typed in its editor (another program, a file
 *  change, another extension): a WorkspaceEdit. */
async function insertAt(doc: vscode.TextDocument, offset: number, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.positionAt(offset), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
}

async function replaceText(doc: vscode.TextDocument, from: number, to: number, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(from), doc.positionAt(to)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
}

function ownAnnotations(doc: vscode.TextDocument): Annotation[] {
  return api.annotations?.service.peek(doc.uri)?.own.annotations ?? [];
}

/** Restores an article and removes its sidecar, so later tests see the samples as shipped. */
async function restore(name: string, sidecar: string, original: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri(name));
  if (doc.getText() !== original) {
    await replaceText(doc, 0, doc.getText().length, original);
  }
  await doc.save();
  await vscode.workspace.fs.delete(uri(sidecar)).then(undefined, () => undefined);
}

describe('Annotation flows while the article text changes', function () {
  this.timeout(240_000);
  let editor: vscode.TextEditor;
  let original: string;

  before(async function () {
    if (!process.env.VSCODE_TEST_KEYBOARD_URL) this.skip(); // needs the real keyboard
    api = await activateSorot();
    await vscode.workspace.getConfiguration('sorot').update('annotator', 'tester', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    editor = await openArticle(ARTICLE);
    original = editor.document.getText();
  });

  after(async () => {
    if (original !== undefined) await restore(ARTICLE, SIDECAR, original);
  });

  it('keeps the selection on its words when a line is inserted above it during the flow (Ctrl+Alt+1)', async () => {
    const words = 'mendesak komunitas internasional';
    const span = select(editor, words);
    await chord(editor, 'Control+Alt+1');
    await quickInput('(1/3)');
    const inserted = 'Catatan redaksi: baris ini ditambahkan saat anotasi berlangsung.\n';
    await insertAt(editor.document, 0, inserted);
    await answer('(1/3)', 'Sugiono');
    await answer('(2/3)');
    await answer('(3/3)');
    // The sidecar on disk counts in the article file's text: saving the article writes
    // the offsets of the text as it is now.
    await waitFor(() => ownAnnotations(editor.document).length === 1, 'the claim in memory');
    await editor.document.save();
    const text = editor.document.getText();
    const s = await waitFor(async () => {
      const x = await readSidecar(SIDECAR);
      return x && x.annotations.length === 1 && x.annotations[0].target.start === span.start + inserted.length ? x : undefined;
    }, 'the claim on disk, on the saved text');
    const [a] = s.annotations;
    assert.equal(text.slice(a.target.start, a.target.end), words, `the stored offsets slice the current text to the selected words (stored [${a.target.start}, ${a.target.end}))`);
    assert.equal(a.target.exact, words);
    assert.equal(a.target.start, span.start + inserted.length);
    assert.equal(a.target.prefix, text.slice(a.target.start - a.target.prefix.length, a.target.start), 'the context is taken from the text as it is now');
    assert.equal(a.needsReview, undefined);
  });

  it('saves nothing and says so when the selected words themselves are edited during the flow', async () => {
    const words = 'menekan Israel agar menyetujui';
    const span = select(editor, words);
    const before = (await readSidecar(SIDECAR))?.annotations.length ?? 0;
    await chord(editor, 'Control+Alt+1');
    await quickInput('(1/3)');
    await answer('(1/3)', 'Sugiono');
    await quickInput('(2/3)');
    const israel = span.start + 'menekan '.length;
    await replaceText(editor.document, israel, israel + 'Israel'.length, 'pemerintah Israel');
    await answer('(2/3)');
    await answer('(3/3)');
    // Toasts may stay hidden while the window is busy: read the notification centre.
    await vscode.commands.executeCommand('notifications.showList');
    const message = await waitFor(
      async () => (await domTexts('.notifications-center .notification-list-item-message'))?.find((t) => t.includes('changed while you were annotating')),
      'the message that nothing was saved',
    );
    await screenshot('annotation-refused-selection-changed', { delayMs: 300 });
    assert.match(message, new RegExp(ARTICLE.replace(/\./g, '\\.')), 'the message names the article');
    await sleep(500);
    assert.equal((await readSidecar(SIDECAR))?.annotations.length ?? 0, before, 'nothing was saved');
    assert.equal(ownAnnotations(editor.document).length, before, 'nothing was added in memory either');
    await vscode.commands.executeCommand('notifications.hideList');
  });

  it('follows the selection through a reload from disk (another program rewrote the article) during the flow', async () => {
    // A clean article is reloaded by VS Code when its file changes on disk.
    await replaceText(editor.document, 0, editor.document.getText().length, original);
    await editor.document.save();
    const words = 'pertemuan luar biasa para menteri';
    const span = select(editor, words);
    const before = new Set(ownAnnotations(editor.document).map((a) => a.id));
    await chord(editor, 'Control+Alt+1');
    await quickInput('(1/3)');
    const line = 'Diperbarui oleh redaksi pukul 10.00 WIB.\n';
    await vscode.workspace.fs.writeFile(uri(ARTICLE), new TextEncoder().encode(line + original));
    await waitFor(() => editor.document.getText() === line + original, 'VS Code to reload the article from disk');
    await answer('(1/3)', 'Sugiono');
    await answer('(2/3)');
    await answer('(3/3)');
    const created = await waitFor(() => ownAnnotations(editor.document).find((a) => !before.has(a.id)), 'the new claim');
    const text = editor.document.getText();
    assert.equal(text.slice(created.target.start, created.target.end), words);
    assert.equal(created.target.start, span.start + line.length);
  });

  it('a selection that cuts words annotates the whole words; with sorot.annotations.snapToWords off, exactly what was selected', async () => {
    const words = 'pertemuan luar biasa para menteri';
    const text = editor.document.getText();
    const at = text.indexOf(words);
    assert.ok(at >= 0, `"${words}" is in the article`);
    // A mouse drag that missed a letter at each end.
    const cut = { start: at + 2, end: at + words.length - 3 };
    const claimOn = async (): Promise<Annotation> => {
      editor.selection = new vscode.Selection(editor.document.positionAt(cut.start), editor.document.positionAt(cut.end));
      const before = new Set(ownAnnotations(editor.document).map((a) => a.id));
      await chord(editor, 'Control+Alt+1');
      await answer('(1/3)', 'Sugiono');
      await answer('(2/3)');
      await answer('(3/3)');
      return waitFor(() => ownAnnotations(editor.document).find((a) => !before.has(a.id)), 'the new claim');
    };
    const snapped = await claimOn();
    assert.deepEqual([snapped.target.start, snapped.target.end, snapped.target.exact], [at, at + words.length, words], 'the whole words');
    await vscode.workspace.getConfiguration('sorot.annotations').update('snapToWords', false, vscode.ConfigurationTarget.Workspace);
    try {
      const exact = await claimOn();
      assert.deepEqual([exact.target.start, exact.target.end, exact.target.exact], [cut.start, cut.end, text.slice(cut.start, cut.end)], 'exactly the selection');
    } finally {
      await vscode.workspace.getConfiguration('sorot.annotations').update('snapToWords', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('rapid create / edit / undo / redo with edits in between: every annotation on disk slices the text on disk', async () => {
    const rapid = await openArticle(RAPID);
    const rapidOriginal = rapid.document.getText();
    const doc = rapid.document;
    try {
      // The first words of four long paragraphs: distinct, non-overlapping spans.
      const spans = doc.getText().split('\n').filter((l) => l.length > 80).map((p) => firstWords(p)).slice(0, 4);
      assert.ok(spans.length === 4, 'the article has enough paragraphs');
      let n = 0;
      const note = (): string => `catatan ${++n}`;
      const top = (): Promise<void> => insertAt(doc, 0, `Baris sisipan ${n}.\n`);
      for (const [i, words] of spans.entries()) {
        // Create, with text inserted above while each step is open and right after the last.
        select(rapid, words);
        const count = ownAnnotations(doc).length;
        const known = new Set(ownAnnotations(doc).map((a) => a.id));
        await chord(rapid, 'Control+Alt+1');
        await quickInput('(1/3)');
        await top();
        await answer('(1/3)', 'TNI');
        await top();
        await answer('(2/3)');
        await quickInput('(3/3)');
        await keyboard({ press: 'Enter' });
        await top();
        const created = await waitFor(() => ownAnnotations(doc).find((a) => !known.has(a.id)), `annotation ${i + 1} in memory`);

        // Edit its note (Ctrl+Alt+E with the cursor in it), text inserted while the box is open.
        const cursor = doc.positionAt(created.target.start + 1);
        rapid.selection = new vscode.Selection(cursor, cursor);
        const text = note();
        await chord(rapid, 'Control+Alt+E');
        await answer('Edit', 'Note');
        await quickInput('Note');
        await top();
        await keyboard({ type: text, press: 'Enter' });
        await top();
        await waitFor(() => ownAnnotations(doc).some((a) => a.note === text), `note "${text}" in memory`);

        // Undo the note and redo it, text inserted right after each.
        if (i % 2 === 1) {
          await chord(rapid, 'Control+Alt+Z');
          await top();
          await waitFor(() => !ownAnnotations(doc).some((a) => a.note === text), 'the undone note');
          await chord(rapid, 'Control+Alt+Y');
          await top();
          await waitFor(() => ownAnnotations(doc).some((a) => a.note === text), 'the redone note');
        }
        // Undo a whole creation (the edit first, then the annotation) and redo both.
        if (i % 3 === 2) {
          for (const key of ['Control+Alt+Z', 'Control+Alt+Z', 'Control+Alt+Y', 'Control+Alt+Y']) {
            await chord(rapid, key);
            await top();
            await sleep(100);
          }
          await waitFor(() => ownAnnotations(doc).length === count + 1 && ownAnnotations(doc).some((a) => a.note === text), 'the creation undone and redone');
        }
      }
      await doc.save();
      const memory = ownAnnotations(doc);
      const s = await waitFor(async () => {
        const x = await readSidecar(RAPID_SIDECAR);
        const same = x && x.annotations.length === memory.length &&
          x.annotations.every((a) => memory.some((m) => m.id === a.id && m.target.start === a.target.start && m.note === a.note));
        return same ? x : undefined;
      }, 'the sidecar written with the article');
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri(RAPID)));
      const misplaced = s.annotations.filter((a) => onDisk.slice(a.target.start, a.target.end) !== a.target.exact);
      const flagged = s.annotations.filter((a) => a.needsReview);
      const figures = `${spans.length} creates, ${n} note edits: ${misplaced.length} of ${s.annotations.length} annotations on disk misplaced, ${flagged.length} flagged`;
      assert.deepEqual(misplaced.map((a) => [a.target.start, a.target.exact, onDisk.slice(a.target.start, a.target.end)]), [], `every annotation on disk slices the text on disk to its exact (${figures})`);
      assert.equal(flagged.length, 0, 'no edit touched an annotated word, so none needs review');
      assert.deepEqual(new Set(s.annotations.map((a) => a.target.exact)), new Set(spans), 'each annotation is on the words selected for it');
    } finally {
      await restore(RAPID, RAPID_SIDECAR, rapidOriginal);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});

/** The first six words of a paragraph, a span no other paragraph starts with. */
function firstWords(paragraph: string): string {
  return paragraph.split(' ').slice(0, 6).join(' ').trim();
}
