// The Articles view grouped by outlet and by month (issue 15, issue 19: views that stay
// fast): "Sorot: Group Articles By…" switches the grouping, keeps it in the workspace
// settings, and the groups come from each article's metadata as the corpus index read it.
// A picture of the grouped view: test-results/screenshots/articles-by-outlet.png.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import type { ArticlesNode } from '../../../src/extension/articles/articles-tree';
import { activateSorot, domTexts, screenshot, waitFor, workspaceRoot } from '../helpers';

describe('Articles view: group by outlet or month', function () {
  this.timeout(120_000);
  let api: SorotApi;
  const provider = () => api.articles!.provider;
  const label = (n: ArticlesNode) => String(provider().getTreeItem(n).label);
  const sample = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name).toString();

  /** The root rows once every article's metadata is known (none "Not indexed yet"), holding `expected`. */
  async function rootsWith(expected: string): Promise<ArticlesNode[]> {
    return waitFor(async () => {
      const roots = await provider().getChildren();
      const labels = roots.map(label);
      return labels.includes(expected) && !labels.includes('Not indexed yet') ? roots : undefined;
    }, `a root row "${expected}" and every article indexed`, 60_000);
  }

  async function articlesIn(group: ArticlesNode): Promise<string[]> {
    return (await provider().getChildren(group)).flatMap((n) => (n.kind === 'article' ? [n.entry.uri.toString()] : []));
  }

  before(async () => {
    api = await activateSorot();
    await vscode.commands.executeCommand('sorot.articles.focus');
    await waitFor(() => api.articles!.view.visible, 'the Articles view to be visible');
    await api.corpus!.corpus.whenIdle();
  });

  after(async () => {
    await vscode.commands.executeCommand('sorot.articles.groupBy', 'folder');
  });

  it('groups by outlet with counts, articles without one under "No outlet", and keeps the choice in the workspace settings', async () => {
    await vscode.commands.executeCommand('sorot.articles.groupBy', 'outlet');
    assert.equal(vscode.workspace.getConfiguration('sorot.articles').inspect('groupBy')?.workspaceValue, 'outlet');
    const roots = await rootsWith('ANTARA');
    assert.ok(roots.every((r) => r.kind === 'group'), 'every root row is a group');
    const labels = roots.map(label);
    for (const outlet of ['ANTARA', 'Kompas.com', 'Tempo', 'Reuters']) assert.ok(labels.includes(outlet), `an outlet group ${outlet} in ${labels.join(', ')}`);
    assert.equal(labels.indexOf('No outlet'), labels.length - 1, 'No outlet comes last');

    const antara = roots[labels.indexOf('ANTARA')]!;
    const inAntara = await articlesIn(antara);
    for (const name of ['01-kremlin-peringatan-nato.txt', '08-rutte-target-belanja-pertahanan.txt']) assert.ok(inAntara.includes(sample(name)), `${name} under ANTARA`);
    assert.equal(provider().getTreeItem(antara).description, `${inAntara.length} articles`, 'the group row counts its articles');
    assert.ok((await articlesIn(roots[labels.indexOf('No outlet')]!)).includes(sample('05-menlu-sugiono-gaza-oki.txt')), 'the article that names no outlet is under No outlet');

    // An article's row is found under its outlet (reveal and the editor's "show in view" need it).
    // Rows are known to VS Code by their ids, and a rebuild (metadata or a headline arriving
    // late) makes new row objects with the same ids: the parent is the
    // ANTARA row of whichever build answered.
    const node = await provider().nodeFor(vscode.Uri.parse(sample('01-kremlin-peringatan-nato.txt')));
    const parent = node && provider().getParent(node);
    assert.equal(parent?.id, antara.id, 'the article row\'s parent is the ANTARA group');
    // From every group closed: the article's outlet opens, the other groups show their counts.
    await vscode.commands.executeCommand('workbench.actions.treeView.sorot.articles.collapseAll');
    await api.articles!.view.reveal(node!, { select: true, focus: false, expand: false });
    if (await domTexts('body')) {
      // The page shows the group row with its count (rows below the fold are not drawn).
      await waitFor(async () => (await domTexts('.pane-body .monaco-list-row'))?.some((t) => t.includes('ANTARA') && t.includes(`${inAntara.length} articles`)), 'the ANTARA row and its count on the page');
      await screenshot('articles-by-outlet', { delayMs: 800 });
    }
  });

  it('groups by month of publication, oldest first, articles without a date under "No date"', async () => {
    await vscode.commands.executeCommand('sorot.articles.groupBy', 'month');
    const roots = await rootsWith('August 2025');
    const labels = roots.map(label);
    assert.ok(labels.indexOf('June 2025') < labels.indexOf('August 2025'), labels.join(', '));
    assert.ok((await articlesIn(roots[labels.indexOf('August 2025')]!)).includes(sample('03-prabowo-pidato-rapbn-dpr.txt')));
    assert.ok((await articlesIn(roots[labels.indexOf('No date')]!)).includes(sample('01-kremlin-peringatan-nato.txt')));
  });

  it('goes back to folders, and the workspace settings no longer name a grouping', async () => {
    await vscode.commands.executeCommand('sorot.articles.groupBy', 'folder');
    const roots = await waitFor(async () => {
      const r = await provider().getChildren();
      return r.length > 0 && r.every((n) => n.kind === 'folder') ? r : undefined;
    }, 'folder rows');
    assert.ok(roots.length > 0);
    assert.equal(vscode.workspace.getConfiguration('sorot.articles').inspect('groupBy')?.workspaceValue, undefined);
  });
});
