// The Articles view as extended by the corpus index: counts on each article row, actors
// (grouped by canonical, with counts) and quotes under it, rows that reveal their span,
// and the filter by text and by the work status stored in the article's sidecar.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticlesNode } from '../../../src/extension/articles/articles-tree';
import { activateSorot, screenshot, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = '01-kremlin-peringatan-nato.txt';

describe('Articles view with corpus insights', function () {
  this.timeout(120_000);

  it('shows counts, actors and quotes per article; rows reveal spans; filters by text and status', async () => {
    const api = await activateSorot();
    const articles = api.articles!;
    const corpus = api.corpus!.corpus;
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    await waitFor(() => corpus.index.size >= 12 && !corpus.isIndexing, 'corpus index', 30_000);
    const provider = articles.provider;
    const uri = vscode.Uri.joinPath(workspaceRoot(), ARTICLE);
    const summary = corpus.index.get(uri.toString())!;
    assert.ok(summary, 'the article is indexed');

    const node = await waitFor(async () => {
      const n = await provider.nodeFor(uri);
      const d = n ? provider.getTreeItem(n).description : undefined;
      return typeof d === 'string' && d.includes(`${summary.actors.length} actors`) ? n : undefined;
    }, 'the article row with counts');
    const row = provider.getTreeItem(node);
    assert.ok(String(row.description).includes(`${summary.quotes.length} quotes`));
    assert.equal(row.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);

    const children = await provider.getChildren(node);
    const labels = children.map((c) => String(provider.getTreeItem(c).label));
    assert.ok(labels.includes(`Actors (${summary.actors.length})`), labels.join(' | '));
    assert.ok(labels.includes(`Quotes (${summary.quotes.length})`), labels.join(' | '));
    const actorsGroup = children[labels.indexOf(`Actors (${summary.actors.length})`)]!;
    const actorRows = await provider.getChildren(actorsGroup);
    assert.equal(actorRows.length, summary.actors.length);
    const firstActor = provider.getTreeItem(actorRows[0]!);
    assert.equal(firstActor.label, summary.actors[0]!.canonical);
    assert.ok(String(firstActor.description).startsWith(`${summary.actors[0]!.count}×`));
    const quoteRows = await provider.getChildren(children[labels.indexOf(`Quotes (${summary.quotes.length})`)]!);
    const q0 = summary.quotes[0]!;
    const q0Item = provider.getTreeItem(quoteRows[0]!);
    assert.equal(q0Item.label, `${q0.speaker}: ${q0.snippet}`);

    // Clicking a quote row reveals and selects its span.
    await vscode.commands.executeCommand(q0Item.command!.command, ...(q0Item.command!.arguments ?? []));
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined), 'the article to open');
    assert.equal(editor.document.offsetAt(editor.selection.start), q0.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), q0.end);

    await vscode.commands.executeCommand('workbench.view.extension.sorot');
    const reveal = async (n: ArticlesNode) =>
      waitFor(async () => {
        try {
          await articles.view.reveal(n, { expand: true, select: true, focus: false });
          return true;
        } catch {
          return false;
        }
      }, 'reveal in the Articles view');
    await reveal(actorsGroup);
    await reveal(quoteRows[0]!);
    await screenshot('articles-tree-expanded', { delayMs: 1000 });

    // Filter by text: an actor's name finds the articles that mention it.
    const name = summary.actors.find((a) => corpus.index.total(a.canonical)!.articles < 12)!.canonical;
    await vscode.commands.executeCommand('sorot.articles.filter', name, '');
    const folders = await provider.getChildren();
    const shown = (await Promise.all(folders.map((f) => provider.getChildren(f)))).flat();
    assert.equal(shown.length, corpus.index.total(name)!.articles, `articles mentioning ${name}`);

    // Filter by status: mark the article done through the annotations service.
    const service = api.annotations?.service;
    if (service) {
      assert.equal(await service.setArticleStatus(uri, 'done'), true);
      await vscode.commands.executeCommand('sorot.articles.filter', '', 'done');
      const done = (await Promise.all((await provider.getChildren()).map((f) => provider.getChildren(f)))).flat();
      // Other suites' tests may have set statuses too: check membership, not the whole list.
      assert.ok(done.some((n) => n.kind === 'article' && n.entry.uri.toString() === uri.toString()));
      assert.ok(done.length < 12, 'only articles marked done');
      await vscode.commands.executeCommand('sorot.articles.filter', '', 'not-started');
      const notStarted = (await Promise.all((await provider.getChildren()).map((f) => provider.getChildren(f)))).flat();
      assert.ok(notStarted.length + done.length <= 12 && notStarted.length > 0 && !notStarted.some((n) => n.kind === 'article' && n.entry.uri.toString() === uri.toString()));
    }
    await vscode.commands.executeCommand('sorot.articles.clearFilter');
    assert.ok((await provider.getChildren()).length >= 1);
  });
});
