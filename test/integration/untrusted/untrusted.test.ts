// Restricted Mode (the harness opens this suite's copy of samples/ with workspace trust
// on and the folder untrusted): Sorot shows the articles, highlights and the annotations
// already there, but every command that would write refuses before asking anything,
// with one message and a Manage Workspace Trust button, and no file changes. Once the
// user trusts the workspace, Sorot writes again (the last test: it trusts the folder).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Sidecar } from '../../../src/core/annotations/types';
import type { SorotApi } from '../../../src/extension/api';
import { allAnnotations } from '../../../src/extension/services/annotations/article-annotations';
import { activateSorot, click, domTexts, notified, sleep, waitFor, workspaceRoot } from '../helpers';

const ANNOTATED = '02-zelenskyy-serangan-drone-kyiv';
const RENAMED = '12-lavrov-sugiono-moskow';
const REFUSAL = 'Sorot does not write in an untrusted workspace';
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

let api: SorotApi;

const uriOf = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name);

/** Every file of the workspace with its bytes, hidden folders included. */
async function snapshot(dir = workspaceRoot(), out = new Map<string, string>()): Promise<Map<string, string>> {
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    const uri = vscode.Uri.joinPath(dir, name);
    if (type & vscode.FileType.Directory) await snapshot(uri, out);
    else out.set(vscode.workspace.asRelativePath(uri, false), dec(await vscode.workspace.fs.readFile(uri)));
  }
  return out;
}

function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

/** Runs a command; a refusal answers at once, so a command still busy after a few
 *  seconds (a quick input waiting for the user) counts as not refused. */
async function run(command: string, ...args: unknown[]): Promise<unknown> {
  const done = Promise.resolve(vscode.commands.executeCommand(command, ...args)).then((r) => ({ r }));
  const outcome = await Promise.race([done, sleep(5000).then(() => 'still running' as const)]);
  if (outcome === 'still running') {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.fail(`${command} did not refuse: it is asking for input`);
  }
  return outcome.r;
}

async function refusalShown(what: string): Promise<void> {
  await notified([REFUSAL, what], `the refusal: ${what}`); // desktop VS Code: no page to read it from
}

describe('Untrusted workspace: Sorot reads, never writes', function () {
  this.timeout(120_000);

  before(async () => {
    api = await activateSorot();
  });

  it('runs in Restricted Mode', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness opened the folder untrusted');
  });

  it('shows the articles and the annotations already there, highlighted', async () => {
    const articles = await api.articles!.provider.articles();
    assert.ok(articles.length >= 10, `articles listed: ${articles.length}`);
    const doc = await vscode.workspace.openTextDocument(uriOf(`${ANNOTATED}.txt`));
    await vscode.window.showTextDocument(doc, { preview: false });
    const onDisk = JSON.parse(dec(await vscode.workspace.fs.readFile(uriOf(`${ANNOTATED}.sorot.json`)))) as Sidecar;
    const state = await api.annotations!.service.get(doc.uri);
    assert.equal(state?.own.annotations.length, onDisk.annotations.length, 'the annotations of the file are loaded');
    const shown = onDisk.annotations.filter((a) => a.status !== 'rejected').length;
    await waitFor(() => api.annotations!.decorations.applied.get(doc.uri.toString())?.length === shown, 'the annotations highlighted in the editor');
  });

  it('refuses every writing command before it asks anything, and writes nothing', async () => {
    const importFile = uriOf('impor-uji.jsonl');
    await vscode.workspace.fs.writeFile(importFile, new TextEncoder().encode('{}\n'));
    const before = await snapshot();
    const editor = await vscode.window.showTextDocument(uriOf(`${ANNOTATED}.txt`), { preview: false });
    const uri = editor.document.uri.toString();
    const state = await api.annotations!.service.get(editor.document.uri);
    const inMemory = JSON.stringify(state!.own);
    const [first] = state!.own.annotations;
    assert.ok(first, `${ANNOTATED} has an annotation to edit`);
    editor.selection = new vscode.Selection(editor.document.positionAt(first.target.start), editor.document.positionAt(first.target.end));

    const annotationCommands: Array<[string, ...unknown[]]> = [
      ['sorot.annotate'], ['sorot.annotate', 'claim'], ['sorot.annotateClaim'], ['sorot.annotateStance'], ['sorot.annotateSource'],
      ['sorot.annotations.edit', uri, first.id], ['sorot.annotations.delete', uri, first.id], ['sorot.annotations.review', uri, first.id],
      ['sorot.annotations.undo'], ['sorot.annotations.redo'],
      ['sorot.annotations.suggestSources'], ['sorot.annotations.reviewSuggestions'],
      ['sorot.annotations.acceptSuggestion', uri, first.id], ['sorot.annotations.rejectSuggestion', uri, first.id],
      ['sorot.annotations.acceptAllSuggestions'], ['sorot.annotations.rejectAllSuggestions'],
      ['sorot.annotations.setArticleStatus', editor.document.uri, 'done'],
    ];
    for (const [command, ...args] of annotationCommands) assert.equal(await run(command, ...args), undefined, `${command} refused`);
    await refusalShown(`${ANNOTATED}.sorot.json is left as it is`);
    assert.equal(JSON.stringify(api.annotations!.service.peek(editor.document.uri)!.own), inMemory, 'nothing changed in memory either');

    assert.equal(await run('sorot.exportAnnotations', { scope: 'workspace', format: 'jsonl', out: 'ekspor-uji', filter: {}, quiet: true }), undefined);
    assert.equal(await api.exportAnnotations!({ scope: 'workspace', format: 'csv', out: 'ekspor-uji', filter: {}, quiet: true }), undefined, 'the API refuses too');
    await refusalShown('no export file is written');
    assert.equal(await run('sorot.importAnnotations', { files: [importFile], quiet: true }), undefined);
    await refusalShown('nothing is imported');
    assert.equal(await run('sorot.actors.addSelection', 'PER', 'Orang Uji'), undefined);
    assert.equal(await run('sorot.actors.openKbFile'), undefined);
    await refusalShown('.sorot/actors.json is left as it is');
    assert.equal(await run('sorot.articles.newArticle', undefined, 'Judul Artikel Uji'), undefined);
    await refusalShown('no new article is created');
    assert.equal(await run('sorot.corpus.addFolder', workspaceRoot()), undefined);
    await refusalShown('.vscode/settings.json');

    const panel = (await run('sorot.agreement.show', { mode: 'exact' })) as { writeAdjudicated(): Promise<{ written: number }>; dispose(): void } | undefined;
    assert.ok(panel, 'the agreement report opens (reading is fine)');
    assert.equal((await panel.writeAdjudicated()).written, 0);
    await refusalShown('no adjudicated annotation file is written');
    panel.dispose();

    assert.deepEqual(changedFiles(before, await snapshot()), [], 'no file of the workspace changed, none was added');
    await vscode.workspace.fs.delete(importFile);
  });

  it('keeps offsets moved by an edit in memory when the article is saved, and writes no annotation file', async () => {
    const article = uriOf(`${ANNOTATED}.txt`);
    const sidecar = uriOf(`${ANNOTATED}.sorot.json`);
    const original = dec(await vscode.workspace.fs.readFile(article));
    const sidecarBefore = dec(await vscode.workspace.fs.readFile(sidecar));
    const editor = await vscode.window.showTextDocument(article, { preview: false });
    // Every .txt of the folder is an article (one corpus scope), opened read-only: unlocked
    // for this edit (an in-session state, no write).
    await waitFor(() => editor.document.languageId === 'sorot-article', 'the article language');
    await vscode.commands.executeCommand('sorot.articles.unlockText', article);
    const before = new Map(api.annotations!.service.peek(article)!.own.annotations.map((a) => [a.id, a.target.start]));
    const insert = 'Baris tambahan.\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), insert));
    assert.ok(await editor.document.save(), 'VS Code itself saves the article');
    // In a trusted workspace the offsets reach the file within a moment of the save;
    // give it well over that before checking nothing came.
    await sleep(2000);
    assert.equal(dec(await vscode.workspace.fs.readFile(sidecar)), sidecarBefore, 'the annotation file is untouched');
    for (const a of api.annotations!.service.peek(article)!.own.annotations) {
      assert.equal(a.target.start, before.get(a.id)! + insert.length, 'the annotation moved with the text, in memory');
    }
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(original));
    await waitFor(() => editor.document.getText() === original, 'the article restored');
  });

  it('does not move annotation files when an article is renamed, and says so', async () => {
    const from = uriOf(`${RENAMED}.txt`);
    const to = uriOf(`${RENAMED}-baru.txt`);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await refusalShown(`keep the old name ${RENAMED}.sorot.json`);
    if (!(await domTexts('body'))) await sleep(2000);
    await vscode.workspace.fs.stat(uriOf(`${RENAMED}.sorot.json`)); // still there
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uriOf(`${RENAMED}-baru.sorot.json`))), 'nothing at the new name');
    const back = new vscode.WorkspaceEdit();
    back.renameFile(to, from);
    assert.ok(await vscode.workspace.applyEdit(back));
  });

  it('writes again once the user trusts the workspace', async function () {
    if (!(await domTexts('body'))) this.skip(); // trusting takes a click in the workbench page
    await vscode.commands.executeCommand('workbench.trust.manage');
    const granted = new Promise<void>((resolve) => vscode.workspace.onDidGrantWorkspaceTrust(() => resolve()));
    await waitFor(async () => (await domTexts('.workspace-trust-buttons-row .monaco-button'))?.length, 'the Trust button of the workspace trust editor');
    await click('.workspace-trust-buttons-row .monaco-button', 'Trust');
    await granted;
    assert.equal(vscode.workspace.isTrusted, true);
    const article = uriOf(`${ANNOTATED}.txt`);
    assert.equal(await vscode.commands.executeCommand('sorot.annotations.setArticleStatus', article, 'in-progress'), true);
    const onDisk = JSON.parse(dec(await vscode.workspace.fs.readFile(uriOf(`${ANNOTATED}.sorot.json`)))) as Sidecar;
    assert.equal(onDisk.articleStatus, 'in-progress', 'the status is written');
    // what is written is what is held in memory
    const state = api.annotations!.service.peek(article)!;
    assert.deepEqual(onDisk.annotations.map((a) => a.target.start), allAnnotations(state).filter((r) => r.own).map((r) => r.annotation.target.start));
  });
});
