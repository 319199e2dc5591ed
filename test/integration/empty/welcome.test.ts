// The Articles view in a folder without a single article: the welcome view with its
// buttons, and the first article replacing it. Nobody marked the folder as a corpus, so
// the view woke Sorot with only the files opened as articles counted (corpus-scope.ts):
// its welcome offers the folder as a corpus; once it is one, the welcome of a corpus
// without articles.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticlesApi } from '../../../src/extension/articles/register';
import { activateSorot, domTexts, notified, screenshot, waitFor, workspaceRoot } from '../helpers';

const WELCOME = 'No articles in this workspace yet';
const NO_CORPUS = 'No folder of this workspace is a corpus yet';
const welcomeTexts = async () => (await domTexts('.welcome-view-content')) ?? [];

describe('Articles view (empty workspace)', () => {
  let articles: ArticlesApi;

  before(async () => {
    const api = await activateSorot();
    assert.ok(api.articles);
    articles = api.articles;
    await vscode.commands.executeCommand('sorot.articles.focus');
    await waitFor(() => articles.view.visible, 'the Articles view to be visible');
  });

  it('lists no articles', async () => {
    assert.deepEqual(await articles.provider.getChildren(), []);
  });

  it('shows the welcome view of a workspace that is no corpus, with its buttons', async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // desktop launcher: no page access
    // the welcome that answers the search for .txt files (corpus-choice/): before it
    // answers, the view shows the welcome of a workspace that is no corpus in general
    // (read that early under load, this test failed once: corpus49)
    const text = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes(NO_CORPUS) && t.includes('holds no .txt files')), 'the welcome text');
    assert.match(text, /Use Folder as Corpus/);
    assert.match(text, /New Article/);
    // no .txt file anywhere: the welcome says so, and offers no folder to read
    assert.match(text, /holds no \.txt files/);
    assert.doesNotMatch(text, /Use Workspace Folder as Corpus/);
    await screenshot('welcome', { delayMs: 1000 });
    // the Actors view says the same, not "mark the folder" with the folder dialog
    await vscode.commands.executeCommand('sorot.actors.focus');
    const actors = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes('No actors yet')), 'the Actors welcome');
    assert.match(actors, /holds no \.txt files/);
    assert.doesNotMatch(actors, /Use Folder as Corpus/);
    await vscode.commands.executeCommand('sorot.articles.focus');
  });

  it('offers "Open Current File as News Article" only while a plain .txt file is in the editor', async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // desktop launcher: no page access
    const api = await activateSorot();
    const offered = async () => (await welcomeTexts()).some((t) => t.includes('Open Current File as News Article'));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => api.language!.plainTxtEditor.value === false, 'no file in the editor');
    await waitFor(async () => (await welcomeTexts()).some((t) => t.includes(NO_CORPUS)), 'the welcome text');
    assert.equal(await offered(), false, 'no file open: nothing to open as an article');
    // A .txt outside the workspace: the folder stays one without .txt files for the next tests.
    const file = vscode.Uri.file(path.join(os.tmpdir(), `sorot-welcome-${process.pid}.txt`));
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('Judul\n\nIsi berita.\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
      await waitFor(() => api.language!.plainTxtEditor.value, 'the key to see the plain .txt file');
      await vscode.commands.executeCommand('sorot.articles.focus');
      await waitFor(offered, 'the welcome to offer the file in the editor');
      await screenshot('welcome-current-file', { delayMs: 800 });
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await waitFor(async () => !(await offered()), 'the offer to go with the file');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    }
  });

  it('"Use Workspace Folder as Corpus" says the folder holds no .txt files, and marks nothing', async function () {
    const api = await activateSorot();
    assert.equal(await api.corpusChoice!.refresh(), 'none');
    if ((await domTexts('body')) === undefined) this.skip(); // the answer is a notification, read from the page
    void vscode.commands.executeCommand('sorot.corpus.useWorkspaceFolder');
    assert.ok(await notified(['holds no .txt files, so it has no news articles to read'], 'the notification that the folder holds no .txt files'));
    await vscode.commands.executeCommand('notifications.clearAll');
    assert.equal(api.corpusScope!.openedOnly, true, 'no corpus marked');
    assert.equal(vscode.workspace.getConfiguration('sorot.corpus').inspect<string[]>('folders')?.workspaceValue, undefined);
  });

  it('replaces the welcome view by the first article (made as an article: counted in a workspace that is no corpus)', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('sorot.articles.newArticle', undefined, 'Artikel Pertama');
    assert.equal(uri?.toString(), vscode.Uri.joinPath(workspaceRoot(), 'artikel-pertama.txt').toString());
    assert.deepEqual((await articles.provider.articles()).map((a) => a.headline), ['Artikel Pertama']);
    if ((await domTexts('body')) !== undefined) {
      await waitFor(async () => !(await welcomeTexts()).some((t) => t.includes(NO_CORPUS)), 'the welcome view to go away');
    }
  });

  it('once the folder is a corpus, an empty view says how to add or choose articles', async () => {
    const api = await activateSorot();
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    await waitFor(() => !api.corpusScope!.openedOnly, 'the folder to be a corpus');
    assert.deepEqual((await articles.provider.articles()).map((a) => a.headline), ['Artikel Pertama'], 'the article still listed');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'artikel-pertama.txt'));
    await waitFor(async () => (await articles.provider.articles()).length === 0, 'the view to list nothing');
    if ((await domTexts('body')) === undefined) return; // desktop launcher: no page access
    const text = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes(WELCOME)), 'the welcome text of a corpus without articles');
    assert.match(text, /New Article/);
    assert.match(text, /Choose Article Files/);
  });

  it('the Actors view says "no actors" only once the corpus is read, and that it is reading before', async function () {
    if ((await domTexts('body')) === undefined) this.skip();
    this.timeout(120_000);
    const api = await activateSorot();
    const corpus = api.corpus!.corpus;
    // Articles that name nobody (all lower case), so the view stays empty while they are
    // read and its welcome is what shows.
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'tanpa-nama');
    const body = new TextEncoder().encode('harga cabai naik lagi hari ini.\n\npedagang di pasar mengeluh sepi pembeli.\n'.repeat(20));
    const names = Array.from({ length: 300 }, (_, i) => `berita-${i}.txt`);
    // The corpus's own account of each run: whether it was indexing, and how many of the
    // new articles it had read (their summaries in the index), at each change. (Watching
    // the page while it indexes instead raced: 300 small articles can be read before the
    // page redraws its welcome.)
    const runs: { indexing: boolean; read: number; key: boolean }[] = [];
    const readNow = () => names.filter((n) => corpus.index.packed(vscode.Uri.joinPath(folder, n).toString()) !== undefined).length;
    let watching: vscode.Disposable | undefined;
    try {
      await vscode.commands.executeCommand('sorot.actors.focus');
      await corpus.whenIdle();
      // Watched from here: a run already under way (the focus, an earlier test) has ended.
      watching = corpus.onDidChangeIndexing((indexing) => runs.push({ indexing, read: readNow(), key: corpus.indexingKey.value }));
      await Promise.all(names.map((n) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, n), body)));
      corpus.rescan();
      await corpus.whenIdle();
      assert.ok(runs.some((r) => r.indexing), `runs: ${JSON.stringify(runs)}`);
      assert.deepEqual(runs[runs.length - 1], { indexing: false, read: names.length, key: false }, `runs: ${JSON.stringify(runs)}`);
      // The context key the welcome reads follows every change, set before any other listener hears it.
      assert.ok(runs.every((r) => r.key === r.indexing), `the context key follows the corpus: ${JSON.stringify(runs)}`);
      const idle = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes('No actors yet')), 'the Actors welcome once idle');
      assert.doesNotMatch(idle, /Reading the articles/);
      // What the page shows in each state: the corpus set this context key on each change
      // above (checked); set here, the page's answer waits for no race.
      await corpus.indexingKey.set(true);
      const reading = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes('Reading the articles')), 'the Actors welcome while reading');
      assert.doesNotMatch(reading, /No actors yet/);
      await corpus.indexingKey.set(false);
      await waitFor(async () => (await welcomeTexts()).find((t) => t.includes('No actors yet')), 'the Actors welcome once idle again');
    } finally {
      watching?.dispose();
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});
