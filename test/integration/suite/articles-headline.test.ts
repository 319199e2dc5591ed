// Issue 11 point 10 in the real workbench: the Articles view picks the headline by rule
// (a page copied with its timestamp and photo caption first), and "Sorot: Set Article
// Headline…" typed with the real keyboard shows the researcher's headline, stored in
// .sorot/articles.json, without touching the article or writing a sidecar.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticlesApi } from '../../../src/extension/articles/register';
import { activateSorot, domTexts, keyboard, quickInput, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

const PAGE = [
  'Senin, 12 Mei 2025 14:30 WIB',
  'Foto: Petugas menata karung beras di gudang Bulog, Senin (12/5/2025).',
  '(ANTARA/Nama Fotografer)',
  'Stok Beras Bulog Cukup hingga Akhir Tahun',
  'Jakarta - Perum Bulog memastikan stok beras nasional cukup hingga akhir tahun. Kepala gudang mengatakan distribusi berjalan normal.',
  '',
].join('\n');

describe('Articles view: headline by rule and set by the researcher', () => {
  let articles: ArticlesApi;
  let article: vscode.Uri;
  let store: vscode.Uri;

  before(async () => {
    const api = await activateSorot();
    articles = api.articles!;
    article = vscode.Uri.joinPath(workspaceRoot(), 'zz-halaman-berita.txt');
    store = vscode.Uri.joinPath(workspaceRoot(), '.sorot', 'articles.json');
    await vscode.workspace.fs.writeFile(article, enc(PAGE));
    await vscode.commands.executeCommand('sorot.articles.focus');
    await waitFor(() => articles.view.visible, 'the Articles view to be visible');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of [article, store]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
    const folder = vscode.Uri.joinPath(store, '..');
    if ((await vscode.workspace.fs.readDirectory(folder).then(undefined, () => [1])).length === 0) await vscode.workspace.fs.delete(folder);
    // The next suite file compares the view with the files on disk.
    await waitFor(async () => !(await articles.provider.nodeFor(article)), 'the deleted article to leave the list');
  });

  const headline = async () => (await articles.provider.nodeFor(article))?.entry.headline;

  it('skips the timestamp, the caption and its credit', async () => {
    await waitFor(async () => (await headline()) === 'Stok Beras Bulog Cukup hingga Akhir Tahun', 'the ruled headline');
  });

  it('sets a headline from the command, shows it, and leaves the article alone', async () => {
    const node = (await articles.provider.nodeFor(article))!;
    await waitFor(async () => {
      await articles.view.reveal(node, { select: true, focus: true });
      return true;
    }, 'reveal the article');
    const chosen = 'Bulog: Stok Beras Aman sampai Desember';
    const done = vscode.commands.executeCommand<boolean>('sorot.articles.setHeadline', node);
    // The box opens with the current headline selected: typing replaces it. Waited for, not
    // slept on: on a busy machine the keys went to the tree before the box was up (CI, 21:50).
    // Without a page to type into (desktop VS Code), the headline is passed instead.
    const page = (await domTexts('body')) !== undefined;
    if (page) await quickInput('Set Article Headline');
    const typed = page && (await keyboard({ type: chosen }));
    if (typed) {
      await screenshot('set-headline-input', { delayMs: 300 });
      await keyboard({ press: 'Enter' });
    }
    const result = typed ? await done : await vscode.commands.executeCommand<boolean>('sorot.articles.setHeadline', node, chosen);
    assert.equal(result, true);
    await waitFor(async () => (await headline()) === chosen, 'the chosen headline in the view');

    const item = articles.provider.getTreeItem((await articles.provider.nodeFor(article))!);
    assert.equal(item.label, chosen);
    assert.match((item.tooltip as vscode.MarkdownString).value, /\.sorot\/articles\.json/);
    assert.deepEqual(JSON.parse(dec(await vscode.workspace.fs.readFile(store))), { headlines: { 'zz-halaman-berita.txt': chosen } });
    assert.equal(dec(await vscode.workspace.fs.readFile(article)), PAGE, 'the article text is untouched');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(workspaceRoot(), 'zz-halaman-berita.sorot.json'))), 'no sidecar was written');
    await screenshot('articles-set-headline', { delayMs: 800 });
  });

  it('an empty answer goes back to the rule', async () => {
    assert.equal(await vscode.commands.executeCommand('sorot.articles.setHeadline', article, ''), true);
    await waitFor(async () => (await headline()) === 'Stok Beras Bulog Cukup hingga Akhir Tahun', 'the ruled headline again');
    assert.deepEqual(JSON.parse(dec(await vscode.workspace.fs.readFile(store))), { headlines: {} });
  });

  it('never writes over an articles.json it cannot parse', async () => {
    const broken = '{ "headlines": { "a.txt": ';
    await vscode.workspace.fs.writeFile(store, enc(broken));
    await sleep(300);
    assert.equal(await vscode.commands.executeCommand('sorot.articles.setHeadline', article, 'Judul Lain'), false);
    assert.equal(dec(await vscode.workspace.fs.readFile(store)), broken, 'the file is untouched');
    assert.equal(await headline(), 'Stok Beras Bulog Cukup hingga Akhir Tahun');
  });
});
