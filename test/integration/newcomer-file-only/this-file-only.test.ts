// "This File Only": in a researcher's folder of .txt articles that nobody marked as a
// corpus, the answer opens the one file as a news article. The awake Sorot counted every
// .txt file of the folder then (the Articles view listed them all, the Actors view
// counted over them): the views must describe only what the researcher opened as an
// article, until the folder is used as a corpus. Sorot is woken first by its Articles
// view, the other way in: nothing is listed then, and the view offers the folder.
// The choice holds in the next windows: the opened files are kept in the workspaceState,
// and once the researcher annotated one (a sidecar in the folder) the next start is still
// limited to them. The harness runs one window per suite (a reload would end the test
// run), so the next start is played here by the start decision and a fresh scope over
// what the workspaceState holds.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { createAnnotation } from '../../../src/core/annotations';
import { startOfWorkspace } from '../../../src/extension/until-corpus';
import { WorkspaceCorpusScope } from '../../../src/extension/services/corpus-scope';
import { FILE_ONLY_KEY } from '../../../src/extension/services/file-only-memory';
import type { FileOnlyList } from '../../../src/core/corpus/corpus-start';
import { click, domTexts, screenshot, sleep, sorotAsActivated, waitFor, workspaceRoot } from '../helpers';
import { writeNewsFolder } from '../newcomer-files';

const OFFER = 'as news articles, with their actors, quotes and annotations?';
const WELCOME = 'No folder of this workspace is a corpus yet';
const welcomeTexts = async () => (await domTexts('.welcome-view-content')) ?? [];

/** A workspaceState of a next window holding `list` (undefined: none). */
function stateWith(list: FileOnlyList | undefined): vscode.Memento {
  let kept: unknown = list;
  return {
    keys: () => (kept === undefined ? [] : [FILE_ONLY_KEY]),
    get: <T>(key: string, fallback?: T) => (key === FILE_ONLY_KEY && kept !== undefined ? (kept as T) : fallback) as T,
    update: async (key: string, value: unknown) => {
      if (key === FILE_ONLY_KEY) kept = value;
    },
  };
}

describe('"This File Only" counts that file alone', function () {
  this.timeout(180_000);
  let api: SorotApi;
  let files: { article: vscode.Uri; second: vscode.Uri };
  const listed = async () => (await api.articles!.provider.articles()).map((a) => a.relativePath).sort();
  const indexed = async () => (await api.corpus!.corpus.articles()).map((u) => vscode.workspace.asRelativePath(u, false)).sort();

  it('woken by the Articles view, Sorot lists nothing and offers the folder as a corpus', async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // desktop launcher: no page to click in
    files = await writeNewsFolder();
    await vscode.window.showTextDocument(files.article, { preview: false });
    const ext = vscode.extensions.getExtension('sorot.sorot')!;
    await waitFor(() => ext.isActive, 'the plain-text file to start Sorot');
    const asleep = await sorotAsActivated();
    await waitFor(() => asleep.offer!.offeredFolder, 'the offer');
    // the researcher opens the Articles view before answering: that wakes Sorot
    await vscode.commands.executeCommand('sorot.articles.focus');
    api = await asleep.asleep!.wake(); // the Sorot the view woke
    await api.corpus!.corpus.whenIdle();
    assert.deepEqual(await listed(), [], 'no file listed that the researcher did not open as an article');
    assert.deepEqual(await indexed(), []);
    assert.equal(api.corpusScope!.openedOnly, true);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'plaintext', 'the file stays plain text');
    const welcome = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes(WELCOME)), 'the welcome of a workspace that is no corpus');
    assert.match(welcome, /Use Folder as Corpus/);
    await screenshot('file-only-welcome', { delayMs: 500 });
    // the Actors view, empty, offers what the Articles view offers: the workspace folder in one click
    assert.equal(await api.corpusChoice!.refresh(), 'one');
    await vscode.commands.executeCommand('sorot.actors.focus');
    const actorsWelcome = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes('No actors yet')), 'the Actors welcome');
    assert.match(actorsWelcome, /Use Workspace Folder as Corpus/);
    assert.match(actorsWelcome, /Another Folder…/);
    await screenshot('file-only-actors-welcome', { delayMs: 800 });
    await vscode.commands.executeCommand('sorot.articles.focus');
  });

  it('"This File Only" lists and counts that file alone, and the other files stay plain text', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    const asleep = await sorotAsActivated();
    await vscode.commands.executeCommand('notifications.showList');
    await waitFor(async () => (await domTexts('.notification-list-item-message'))?.some((t) => t.includes(OFFER)), 'the offer in the notifications');
    assert.ok(await click('.notifications-center .monaco-button', 'This File Only'));
    assert.equal(await asleep.offer!.answered, 'file');
    await vscode.commands.executeCommand('notifications.hideList');
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'sorot-article', 'the file to become a Sorot article');
    const only = ['berita/2024/jalur-sepeda.txt'];
    await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(only), 'the Articles view to list the file');
    await waitFor(async () => {
      await api.corpus!.corpus.whenIdle();
      return JSON.stringify(await indexed()) === JSON.stringify(only);
    }, 'the corpus index to hold the file');
    assert.equal(api.corpus!.corpus.index.size, 1);
    // the Actors view: its actors counted over that article alone
    const { actors } = await api.corpus!.corpus.index.topActors(50);
    assert.ok(actors.some((a) => a.canonical === 'Hendra Wicaksono'), `the mayor is counted: ${actors.map((a) => a.canonical).join(', ')}`);
    assert.deepEqual(actors.filter((a) => a.articles !== 1).map((a) => `${a.canonical} ${a.articles}`), [], 'every actor in that one article');
    // the view says how to read the whole folder (a message, over the one row)
    await waitFor(() => api.articles!.view.message?.includes('"Use Workspace Folder as Corpus" in this view\'s "..." menu'), 'the way to read the folder, over the rows');
    await api.articles!.view.reveal((await api.articles!.provider.nodeFor(files.article))!, { select: false, expand: true }).then(undefined, () => undefined);
    await screenshot('file-only-articles', { delayMs: 800 });
    // another file of the folder: plain text, and not counted
    await vscode.window.showTextDocument(files.second, { preview: false });
    await sleep(1500);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'plaintext');
    await api.corpus!.corpus.whenIdle();
    assert.deepEqual(await listed(), only);
    assert.deepEqual(await indexed(), only);
  });

  it('a file given the article language by hand (the language picker) is counted too', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    const notes = vscode.Uri.joinPath(workspaceRoot(), 'catatan', 'rapat.txt');
    await vscode.workspace.fs.writeFile(notes, new TextEncoder().encode('Rapat warga soal taman kota\n\nBANDUNG - Warga Bandung membahas taman kota pada Senin.\n'));
    const doc = await vscode.workspace.openTextDocument(notes);
    await vscode.window.showTextDocument(doc, { preview: false });
    assert.equal(doc.languageId, 'plaintext');
    await vscode.languages.setTextDocumentLanguage(doc, 'sorot-article');
    const three = ['berita/2024/jalur-sepeda.txt', 'catatan/rapat.txt'];
    await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(three), 'the Articles view to list the file');
    await sleep(1000);
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'sorot-article', 'not taken back');
  });

  it('the export offers the articles opened in Sorot, not "all articles in the workspace"', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    const asked = vscode.commands.executeCommand('sorot.exportAnnotations');
    const rows = await waitFor(async () => {
      const texts = await domTexts('.quick-input-list .monaco-list-row');
      return texts?.some((t) => t.includes('Articles in one folder')) ? texts : undefined;
    }, 'the export\'s first question');
    assert.ok(rows.some((t) => t.includes('The articles opened in Sorot (2)') && t.includes('this workspace is not used as a corpus')), `the scope names what is exported: ${rows.join(' | ')}`);
    assert.ok(!rows.some((t) => t.includes('All articles in the workspace')), rows.join(' | '));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await asked, undefined, 'nothing exported once the question is closed');
  });

  it('the files opened as articles are kept in the workspaceState, and the next start is limited to them although a sidecar now exists', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    const root = workspaceRoot().toString();
    const opened = { [root]: ['berita/2024/jalur-sepeda.txt', 'catatan/rapat.txt'] };
    const sortedFiles = (list: FileOnlyList | undefined) => list && Object.fromEntries(Object.entries(list).map(([f, paths]) => [f, [...paths].sort()]));
    assert.deepEqual(sortedFiles(api.corpusScope!.rememberedFiles()), opened, 'the workspaceState holds the files opened as articles');
    // the researcher annotates the one file: its sidecar is what made the next window a corpus
    const doc = await vscode.workspace.openTextDocument(files.article);
    const text = doc.getText();
    const start = text.indexOf('Hendra Wicaksono');
    assert.ok(start >= 0);
    const claim = createAnnotation({ text, start, end: start + 'Hendra Wicaksono'.length, annotator: 'tester', fields: { kind: 'claim', claim: { claimant: 'Hendra Wicaksono' } } });
    assert.equal(await api.annotations!.service.change(doc.uri, { type: 'add', annotation: claim }), true);
    await waitFor(async () => (await vscode.workspace.findFiles('**/*.sorot.json')).length > 0, 'the sidecar on disk');
    // the next window: without the list, the sidecar would make it the whole workspace ...
    assert.deepEqual(await startOfWorkspace(stateWith(undefined)), { kind: 'whole', forget: false });
    // ... with it, only the files opened as articles, the one given the article language
    // by hand (the language picker) too: it opens as an article in the next window
    const next = await startOfWorkspace(stateWith(api.corpusScope!.rememberedFiles()));
    assert.equal(next.kind, 'limited');
    const scope = new WorkspaceCorpusScope(undefined, { files: next.kind === 'limited' ? next.files : {}, state: stateWith(undefined) });
    try {
      assert.equal(scope.openedOnly, true);
      assert.deepEqual((await scope.findArticles()).map((u) => vscode.workspace.asRelativePath(u, false)).sort(), opened[root]);
      assert.equal(scope.isArticle(vscode.Uri.joinPath(workspaceRoot(), 'catatan', 'rapat.txt')), true, 'the language picker\'s file is an article after a reload');
      assert.equal(scope.isArticle(files.second), false);
    } finally {
      scope.dispose();
    }
  });

  it('a file opened as an article follows its rename in VS Code, and one deleted on disk leaves the list', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    const root = workspaceRoot().toString();
    const remembered = () => JSON.stringify(api.corpusScope!.rememberedFiles()?.[root]?.slice().sort());
    const rapat = 'catatan/rapat.txt';
    // renamed in VS Code (the Explorer makes the same WorkspaceEdit): still the article
    const renamed = vscode.Uri.joinPath(workspaceRoot(), 'berita', '2024', 'jalur-sepeda-kota.txt');
    const rename = async (from: vscode.Uri, to: vscode.Uri) => {
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(from, to);
      assert.ok(await vscode.workspace.applyEdit(edit));
    };
    await rename(files.article, renamed);
    await waitFor(() => remembered() === JSON.stringify(['berita/2024/jalur-sepeda-kota.txt', rapat]), 'the list to follow the rename');
    await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(['berita/2024/jalur-sepeda-kota.txt', rapat]), 'the Articles view to list the new name');
    const doc = await vscode.workspace.openTextDocument(renamed);
    await waitFor(() => doc.languageId === 'sorot-article', 'the renamed file to stay an article');
    // a folder renamed carries the file too
    await rename(vscode.Uri.joinPath(workspaceRoot(), 'berita', '2024'), vscode.Uri.joinPath(workspaceRoot(), 'berita', '2025'));
    await waitFor(() => remembered() === JSON.stringify(['berita/2025/jalur-sepeda-kota.txt', rapat]), 'the list to follow the folder');
    // back as the next test expects it
    await rename(vscode.Uri.joinPath(workspaceRoot(), 'berita', '2025'), vscode.Uri.joinPath(workspaceRoot(), 'berita', '2024'));
    await rename(renamed, files.article);
    await waitFor(() => remembered() === JSON.stringify(['berita/2024/jalur-sepeda.txt', rapat]), 'the list to follow the renames back');
    // deleted outside VS Code's Explorer (a shell, git): no ghost stays for the next windows
    fs.rmSync(path.join(workspaceRoot().fsPath, ...rapat.split('/')));
    await waitFor(() => remembered() === JSON.stringify(['berita/2024/jalur-sepeda.txt']), 'the deleted file to leave the remembered list');
    await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(['berita/2024/jalur-sepeda.txt']), 'the Articles view to list the one file left');
  });

  it('"Use Folder as Corpus" then reads every article of the folder, and forgets the file-only list', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    await vscode.commands.executeCommand('sorot.corpus.addFolder', vscode.Uri.joinPath(workspaceRoot(), 'berita'));
    await waitFor(() => !api.corpusScope!.openedOnly, 'the limit to go');
    assert.equal(api.corpusScope!.rememberedFiles(), undefined, 'the next windows read the corpus by the settings');
    assert.equal((await startOfWorkspace(stateWith(undefined))).kind, 'whole');
    const both = ['berita/2024/jalur-sepeda.txt', 'berita/pasar-malam.txt'];
    await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(both), 'the Articles view to list the folder');
    await waitFor(async () => {
      await api.corpus!.corpus.whenIdle();
      return JSON.stringify(await indexed()) === JSON.stringify(both);
    }, 'the corpus index to hold the folder');
    await waitFor(() => api.articles!.view.message === undefined, 'no message once the folder is a corpus');
    const second = await vscode.window.showTextDocument(files.second, { preview: false });
    await waitFor(() => second.document.languageId === 'sorot-article' || vscode.window.activeTextEditor?.document.languageId === 'sorot-article', 'the other file of the folder to be an article');
  });
});
