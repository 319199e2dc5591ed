// Issue 11 points 7 and 8 in the real VS Code: one corpus scope. A folder of articles
// with no Sorot setting: clicking an article in the Articles view shows its highlights
// with no other step; exports (to the default folder or one inside the corpus) never
// come back as articles, the actor counts and the next CoNLL export stay the same, and
// a destination that holds articles is refused.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { activateSorot, domTexts, keyboard, quickInput, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

const SETTINGS: Array<[string, string]> = [
  ['sorot.corpus', 'folders'],
  ['sorot.corpus', 'include'],
  ['files', 'associations'],
];
const SAMPLE = '07-ue-sanksi-baru-rusia';

describe('One corpus scope (issue 11 points 7 and 8)', function () {
  this.timeout(180_000);
  let api: SorotApi;
  const saved = new Map<string, unknown>();
  const root = (): vscode.Uri => workspaceRoot();
  const created: vscode.Uri[] = [];

  const articlePaths = async (): Promise<string[]> => (await api.articles!.provider.articles()).map((a) => a.relativePath).sort();
  const indexedPaths = async (): Promise<string[]> => (await api.corpus!.corpus.articles()).map((u) => vscode.workspace.asRelativePath(u, false)).sort();
  const actorCounts = (): string =>
    JSON.stringify(api.corpus!.corpus.index.actors().map((a) => [a.canonical, a.mentions, a.articles]).sort());
  /** The view and the index after the watchers' debounce and any rescan they started. */
  const settled = async (): Promise<void> => {
    await sleep(1500);
    await api.articles!.provider.ready();
    await api.corpus!.corpus.whenIdle();
  };

  before(async () => {
    api = await activateSorot();
    // "Open a folder of articles": no corpus setting and no file association (earlier
    // files of this suite mark the folder as a corpus).
    for (const [section, key] of SETTINGS) {
      const c = vscode.workspace.getConfiguration(section);
      saved.set(`${section}.${key}`, c.inspect(key)?.workspaceValue);
      await c.update(key, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    for (const [section, key] of SETTINGS) {
      await vscode.workspace.getConfiguration(section).update(key, saved.get(`${section}.${key}`), vscode.ConfigurationTarget.Workspace);
    }
  });

  it('point 8: an article clicked in the Articles view shows its highlights and annotations, with no other step', async () => {
    // A folder and an article never opened in this window: its language, analysis and
    // annotations all come from the corpus scope alone.
    const folder = vscode.Uri.joinPath(root(), 'baru');
    created.push(folder);
    const article = vscode.Uri.joinPath(folder, `${SAMPLE}.txt`);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(root(), `${SAMPLE}.txt`), article);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(root(), `${SAMPLE}.sorot.json`), vscode.Uri.joinPath(folder, `${SAMPLE}.sorot.json`));
    const articles = api.articles!;
    const node = await waitFor(() => articles.provider.nodeFor(article), 'the new article in the Articles view');
    await waitFor(async () => {
      await articles.view.reveal(node, { select: true, focus: true });
      return true;
    }, 'reveal the article');
    // the keyboard equivalent of a click on the focused row: runs the row's command
    await vscode.commands.executeCommand('list.select');
    const editor = await waitFor(
      () => (vscode.window.activeTextEditor?.document.uri.toString() === article.toString() ? vscode.window.activeTextEditor : undefined),
      'the article to open from the view',
    );
    await waitFor(() => editor.document.languageId === 'sorot-article', 'the article language');
    const applied = await waitFor(() => {
      const a = api.decorations!.appliedFor(article);
      return a && a.spans.person.length + a.spans.organisation.length + a.spans.place.length > 0 ? a : undefined;
    }, 'actor highlights in the article');
    assert.ok(applied.spans.quote.length + applied.spans.person.length > 0);
    const annotated = await waitFor(() => {
      const spans = api.annotations!.decorations.applied.get(article.toString()) ?? [];
      return spans.length > 0 ? spans : undefined;
    }, 'the annotations of the article highlighted');
    assert.ok(annotated.length > 0);
    await screenshot('corpus-scope-click-article', { delayMs: 800 });
  });

  it('point 7: a brat export to the default folder changes neither the articles, the actor counts nor the next CoNLL export', async () => {
    await settled();
    const articlesBefore = await articlePaths();
    // The index knows the files the view lists (it summarises those it can decode).
    await waitFor(async () => JSON.stringify(await indexedPaths()) === JSON.stringify(await articlePaths()) || undefined, 'the corpus index to know the articles the view lists', 60_000).catch(async () =>
      assert.deepEqual(await indexedPaths(), await articlePaths(), 'the corpus index knows the articles the view lists'),
    );
    await api.corpus!.corpus.whenIdle();
    const indexedBefore = api.corpus!.corpus.index.size;
    const actorsBefore = actorCounts();
    assert.ok(articlesBefore.length >= 13, `the samples and the new article are listed (${articlesBefore.length})`);

    // The extension's own default destination, accepted with Enter in its input box.
    const running = api.exportAnnotations!({ scope: 'workspace', format: 'brat', filter: {}, includeRecognized: true, quiet: true });
    // (waited for, not slept on: on a busy machine an Enter before the box is up goes elsewhere)
    if ((await domTexts('body')) !== undefined) await quickInput('(4/4)');
    if (!(await keyboard({ press: 'Enter' }))) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const brat = await running;
    assert.ok(brat, 'the export ran');
    created.push(vscode.Uri.joinPath(root(), '.sorot', 'exports'));
    const copies = brat.written.filter((u) => u.path.endsWith('.txt'));
    assert.equal(copies.length, indexedBefore, 'one .txt copy per readable article');
    assert.match(vscode.workspace.asRelativePath(copies[0] as vscode.Uri, false), /^\.sorot\/exports\/brat-\d{8}-\d{6}\//);

    // And one into a folder inside the corpus, named by the researcher: its manifest keeps it out.
    const inside = await api.exportAnnotations!({ scope: 'workspace', format: 'brat', out: 'hasil/brat', filter: {}, includeRecognized: true, quiet: true });
    created.push(vscode.Uri.joinPath(root(), 'hasil'));
    assert.equal(inside?.written.filter((u) => u.path.endsWith('.txt')).length, indexedBefore);

    await settled();
    assert.deepEqual(await articlePaths(), articlesBefore, 'the Articles view lists no export copy');
    assert.deepEqual(await indexedPaths(), articlesBefore, 'the corpus index knows no export copy');
    assert.equal(api.corpus!.corpus.index.size, indexedBefore, 'the corpus index summarises no export copy');
    assert.equal(actorCounts(), actorsBefore, 'actor counts unchanged');
    assert.equal((await api.corpusScope!.findArticles()).length, articlesBefore.length, 'export and agreement read the same articles');
    const copy = await vscode.workspace.openTextDocument(copies[0] as vscode.Uri);
    await sleep(500);
    assert.equal(copy.languageId, 'plaintext', 'an export copy does not open as an article');

    const conll = await api.exportAnnotations!({ scope: 'workspace', format: 'conll', out: '.sorot/exports/conll-test', filter: {}, quiet: true });
    assert.ok(conll);
    assert.equal(conll.articles, indexedBefore, 'the CoNLL export reads each readable article once');
    let documents = 0;
    for (const uri of conll.written) documents += new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split('\n').filter((l) => l.startsWith('-DOCSTART-')).length;
    assert.equal(documents, indexedBefore, 'every document is in the CoNLL export once');
  });

  it('refuses an export destination that holds articles and writes nothing there', async () => {
    const folder = vscode.Uri.joinPath(root(), 'baru');
    const before = (await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort();
    const outcome = await api.exportAnnotations!({ scope: 'workspace', format: 'brat', out: 'baru', filter: {}, quiet: true });
    assert.equal(outcome, undefined, 'nothing exported');
    assert.deepEqual((await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n).sort(), before, 'the folder is as it was (no manifest, no copy)');
    assert.ok(await api.articles!.provider.nodeFor(vscode.Uri.joinPath(folder, `${SAMPLE}.txt`)), 'its article is still listed');
  });
});

describe('Corpus settings migration (issue 11 point 8)', function () {
  this.timeout(60_000);

  it('moves sorot.articles.glob / exclude to sorot.corpus.include / exclude once, and reads the old ones until then', async () => {
    const { migrateCorpusSettings } = await import('../../../src/extension/language/migrate-settings');
    const { readCorpusSettings } = await import('../../../src/extension/services/corpus-scope');
    const articles = vscode.workspace.getConfiguration('sorot.articles');
    const target = vscode.ConfigurationTarget.Workspace;
    try {
      await articles.update('glob', 'berita/**/*.txt', target);
      await articles.update('exclude', ['**/arsip/**'], target);
      const before = readCorpusSettings(vscode.workspace.workspaceFolders![0]);
      assert.equal(before.include, 'berita/**/*.txt', 'the old glob counts before the move');
      assert.deepEqual(before.exclude, ['**/arsip/**']);

      assert.deepEqual(await migrateCorpusSettings(), ['sorot.articles.glob → sorot.corpus.include', 'sorot.articles.exclude → sorot.corpus.exclude']);
      const corpus = vscode.workspace.getConfiguration('sorot.corpus');
      assert.equal(corpus.inspect('include')?.workspaceValue, 'berita/**/*.txt');
      assert.deepEqual(corpus.inspect('exclude')?.workspaceValue, ['**/arsip/**']);
      const old = vscode.workspace.getConfiguration('sorot.articles');
      assert.equal(old.inspect('glob')?.workspaceValue, undefined);
      assert.equal(old.inspect('exclude')?.workspaceValue, undefined);
      assert.deepEqual(await migrateCorpusSettings(), [], 'nothing is moved twice');
    } finally {
      for (const [section, key] of [['sorot.articles', 'glob'], ['sorot.articles', 'exclude'], ['sorot.corpus', 'include'], ['sorot.corpus', 'exclude']] as const) {
        await vscode.workspace.getConfiguration(section).update(key, undefined, target);
      }
    }
  });
});
