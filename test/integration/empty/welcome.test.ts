// The Articles view in a folder without a single article: the welcome view with its
// buttons, and the first article replacing it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticlesApi } from '../../../src/extension/articles/register';
import { activateSorot, domTexts, screenshot, waitFor, workspaceRoot } from '../helpers';

const WELCOME = 'No articles in this workspace yet';
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

  it('shows the welcome view with its buttons', async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // desktop launcher: no page access
    const text = await waitFor(async () => (await welcomeTexts()).find((t) => t.includes(WELCOME)), 'the welcome text');
    assert.match(text, /New Article/);
    assert.match(text, /Choose Article Files/);
    await screenshot('welcome', { delayMs: 1000 });
  });

  it('replaces the welcome view by the first article', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('sorot.articles.newArticle', undefined, 'Artikel Pertama');
    assert.equal(uri?.toString(), vscode.Uri.joinPath(workspaceRoot(), 'artikel-pertama.txt').toString());
    assert.deepEqual((await articles.provider.articles()).map((a) => a.headline), ['Artikel Pertama']);
    if ((await domTexts('body')) !== undefined) {
      await waitFor(async () => !(await welcomeTexts()).some((t) => t.includes(WELCOME)), 'the welcome view to go away');
    }
  });
});
