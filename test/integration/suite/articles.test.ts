// The Articles view on a copy of samples/: every sample is listed under its folder with
// its headline, a click opens it, and the view follows files being created, edited,
// deleted and the glob setting changing. Expected headlines are read from the files at
// test time, so adding a sample never breaks this suite.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticlesApi } from '../../../src/extension/articles/register';
import type { ArticlesNode } from '../../../src/extension/articles/articles-tree';
import { activateSorot, domTexts, screenshot, waitFor, workspaceRoot } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);

/** The headline as a reader sees it, computed independently of the extension. */
function firstNonEmptyLine(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes); // drops a BOM
  return (text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '').trim().replace(/\s+/g, ' ');
}

/** Every .txt under `dir` (skipping hidden folders and node_modules, as the view does). */
async function sampleFiles(root: vscode.Uri, dir = ''): Promise<{ relativePath: string; headline: string }[]> {
  const out: { relativePath: string; headline: string }[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (type === vscode.FileType.Directory && !name.startsWith('.') && name !== 'node_modules') out.push(...(await sampleFiles(root, rel)));
    else if (type === vscode.FileType.File && name.endsWith('.txt')) {
      out.push({ relativePath: rel, headline: firstNonEmptyLine(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, rel))) });
    }
  }
  return out;
}

const byPath = (a: { relativePath: string }, b: { relativePath: string }) => (a.relativePath < b.relativePath ? -1 : 1);

async function reveal(articles: ArticlesApi, node: ArticlesNode): Promise<void> {
  // right after the view becomes visible reveal can fail ("Data tree node not found")
  await waitFor(async () => {
    await articles.view.reveal(node, { select: true, focus: true });
    return true;
  }, `reveal ${node.id}`);
}

describe('Articles view (samples workspace)', () => {
  let articles: ArticlesApi;
  let root: vscode.Uri;

  before(async () => {
    const api = await activateSorot();
    assert.ok(api.articles, 'activate() returns the Articles API');
    articles = api.articles;
    root = workspaceRoot();
    await vscode.commands.executeCommand('sorot.articles.focus');
    await waitFor(() => articles.view.visible, 'the Articles view to be visible');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('lists every sample article, grouped under its folder, labelled with its headline', async () => {
    const expected = (await sampleFiles(root)).sort(byPath);
    assert.ok(expected.length >= 10, `the samples workspace has articles (found ${expected.length})`);
    const listed = (await articles.provider.articles()).map((a) => ({ relativePath: a.relativePath, headline: a.headline }));
    assert.deepEqual(listed.sort(byPath), expected);

    // the tree: one row per folder, under it one row per article: headline + file name
    const folders = await articles.provider.getChildren();
    const folderLabels = folders.map((f) => String(articles.provider.getTreeItem(f).label));
    const rootFolders = expected.some((e) => !e.relativePath.includes('/')) ? [vscode.workspace.workspaceFolders![0].name] : [];
    assert.deepEqual(folderLabels.slice(0, rootFolders.length), rootFolders);
    let rows = 0;
    for (const folder of folders) {
      for (const node of await articles.provider.getChildren(folder)) {
        const item = articles.provider.getTreeItem(node);
        const relativePath = item.resourceUri && vscode.workspace.asRelativePath(item.resourceUri, false);
        const article = expected.find((e) => e.relativePath === relativePath);
        assert.ok(article, `row ${relativePath} is a sample`);
        assert.equal(item.label, article.headline);
        // other features may append to the description (counts...); it starts with the name
        const fileName = relativePath!.slice(relativePath!.lastIndexOf('/') + 1);
        assert.ok(String(item.description).startsWith(fileName), `description "${item.description}" starts with ${fileName}`);
        rows++;
      }
    }
    assert.equal(rows, expected.length);

    // and the workbench really renders them (checked in the offline harness, which sees the page)
    if (await domTexts('body')) {
      const first = articles.provider.getTreeItem((await articles.provider.getChildren(folders[0]))[0]).label as string;
      await waitFor(async () => (await domTexts('.monaco-list-row'))?.some((t) => t.includes(first)), `a rendered row with "${first}"`);
    }
  });

  it('opens an article when its row is clicked', async () => {
    const target = (await articles.provider.articles())[1];
    const node = await articles.provider.nodeFor(target.uri);
    assert.ok(node);
    await reveal(articles, node);
    // the keyboard equivalent of a click on the focused row: runs the row's command
    await vscode.commands.executeCommand('list.select');
    const editor = await waitFor(
      () => (vscode.window.activeTextEditor?.document.uri.toString() === target.uri.toString() ? vscode.window.activeTextEditor : undefined),
      `${target.relativePath} to open in an editor`,
    );
    assert.equal(editor.document.lineAt(0).text.trim(), target.headline);
    // widen the side bar so the picture shows whole headlines and file names, then restore
    // it for the suites that follow
    // (the view-size commands resize the focused part: shrinking the editor widens the side bar)
    const resizeEditor = async (command: string) => {
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      for (let i = 0; i < 4; i++) await vscode.commands.executeCommand(command);
    };
    await resizeEditor('workbench.action.decreaseViewWidth');
    await screenshot('articles-tree', { delayMs: 1500 });
    await resizeEditor('workbench.action.increaseViewWidth');
  });

  it('follows files being created in a sub-folder, edited and deleted', async () => {
    const folder = vscode.Uri.joinPath(root, 'nasional', '2025');
    const file = vscode.Uri.joinPath(folder, 'uji-pantau.txt');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(file, enc('Judul pertama\n\nIsi berita.\n'));
    await waitFor(async () => (await articles.provider.nodeFor(file))?.entry.headline === 'Judul pertama', 'the new article to be listed');
    const folderLabels = (await articles.provider.getChildren()).map((f) => articles.provider.getTreeItem(f).label);
    assert.ok(folderLabels.includes('nasional/2025'), `a folder group for the new article: ${folderLabels.join(', ')}`);

    await vscode.workspace.fs.writeFile(file, enc('Judul kedua\n\nIsi berita.\n'));
    await waitFor(async () => (await articles.provider.nodeFor(file))?.entry.headline === 'Judul kedua', 'the edited headline');

    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root, 'nasional'), { recursive: true });
    await waitFor(async () => !(await articles.provider.nodeFor(file)), 'the deleted folder to disappear');
  });

  it('answers a folder row the tree kept from before a rescan with the rows of now (the first paint\'s file names gave way to headlines)', async () => {
    // VS Code asks for the children of the folder element it holds, which the rescan
    // replaced: on a window opening with the view shown, the file names of the first
    // paint stayed for good (newcomer run, five one-line articles).
    const folder = vscode.Uri.joinPath(root, 'uji-cat-ulang');
    const file = vscode.Uri.joinPath(folder, 'berita.txt');
    await vscode.workspace.fs.writeFile(file, enc('Judul lama\n\nIsi berita.\n'));
    const folderRow = async () => (await articles.provider.getChildren()).find((n) => n.kind === 'folder' && articles.provider.getTreeItem(n).label === 'uji-cat-ulang');
    const before = await waitFor(folderRow, 'the folder row');
    const headlines = async (row: ArticlesNode) => (await articles.provider.getChildren(row)).map((n) => (n.kind === 'article' ? n.entry.headline : n.kind));
    assert.deepEqual(await headlines(before), ['Judul lama']);
    await vscode.workspace.fs.writeFile(file, enc('Judul baru\n\nIsi berita.\n'));
    await articles.provider.refresh();
    assert.notEqual(await folderRow(), before, 'the rescan made new rows');
    assert.deepEqual(await headlines(before), ['Judul baru']);
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('shows a BOM, leading blank lines and an empty file sensibly, and flags a non-UTF-8 file', async () => {
    const bom = vscode.Uri.joinPath(root, 'zz-bom.txt');
    const empty = vscode.Uri.joinPath(root, 'zz-kosong.txt');
    const latin1 = vscode.Uri.joinPath(root, 'zz-latin1.txt');
    await vscode.workspace.fs.writeFile(bom, enc('\uFEFF\r\n  \r\n  Judul   dengan BOM \r\n\r\nIsi.'));
    await vscode.workspace.fs.writeFile(empty, new Uint8Array());
    await vscode.workspace.fs.writeFile(latin1, new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])); // "Café" in Latin-1
    try {
      const bomNode = await waitFor(() => articles.provider.nodeFor(bom), 'the BOM file to be listed');
      assert.equal(bomNode.entry.headline, 'Judul dengan BOM');
      const emptyNode = await waitFor(() => articles.provider.nodeFor(empty), 'the empty file to be listed');
      assert.equal(articles.provider.getTreeItem(emptyNode).label, 'zz-kosong.txt');
      const badNode = await waitFor(() => articles.provider.nodeFor(latin1), 'the Latin-1 file to be listed');
      assert.match(badNode.entry.problem ?? '', /not valid UTF-8/);
      assert.match(String(articles.provider.getTreeItem(badNode).description), /cannot read/);
    } finally {
      for (const f of [bom, empty, latin1]) await vscode.workspace.fs.delete(f);
    }
  });

  it('creates a new article from a headline and lists it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('sorot.articles.newArticle', undefined, 'Uji Coba: Artikel Baru Sorot');
    assert.ok(uri);
    try {
      assert.ok(uri.path.endsWith('/uji-coba-artikel-baru-sorot.txt'), uri.path);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      assert.equal((await articles.provider.nodeFor(uri))?.entry.headline, 'Uji Coba: Artikel Baru Sorot');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
      await waitFor(async () => !(await articles.provider.nodeFor(uri)), 'the deleted article to leave the list');
    }
  });

  it('lists only what sorot.articles.glob matches', async () => {
    const config = vscode.workspace.getConfiguration('sorot.articles');
    // counted on disk each time: files other tests delete may still be leaving the list
    const onDisk = async () => (await sampleFiles(root)).map((f) => f.relativePath).sort();
    const listed = async () => (await articles.provider.articles()).map((a) => a.relativePath).sort();
    await config.update('glob', '**/0*.txt', vscode.ConfigurationTarget.Workspace);
    try {
      const expected = (await onDisk()).filter((p) => /(^|\/)0[^/]*$/.test(p));
      assert.ok(expected.length > 0);
      await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(expected), 'the glob to narrow the list', 20_000);
    } finally {
      await config.update('glob', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(async () => JSON.stringify(await listed()) === JSON.stringify(await onDisk()), 'the full list to come back', 20_000);
  });
});
