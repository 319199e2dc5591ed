// Annotations follow their article when it is renamed or moved in VS Code (a
// WorkspaceEdit, as the Explorer's rename and drag and drop make): the annotation files
// move to the new name with their `article` field rewritten, the annotations show under
// the new name in the editor and the Articles view, unsaved offsets survive, and an
// annotation file already at the new name is never replaced.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import type { SorotApi } from '../../../src/extension/api';
import { allAnnotations } from '../../../src/extension/services/annotations/article-annotations';
import { activateSorot, fileExists, notified, sleep, waitFor, workspaceRoot } from '../helpers';

const SAMPLE = '09-tni-latihan-gabungan-natuna.txt';
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

let api: SorotApi;

function service() {
  assert.ok(api.annotations, 'the annotations feature is registered');
  return api.annotations.service;
}

const exists = fileExists;

async function readSidecar(uri: vscode.Uri): Promise<Sidecar> {
  return JSON.parse(dec(await vscode.workspace.fs.readFile(uri))) as Sidecar;
}

/** Annotations on the first four long sentences of `text`. */
function annotationsOn(text: string, annotator: string, count: number, skip = 0): Annotation[] {
  const sentences = [...text.matchAll(/[A-Z][^.\n]{40,}\./g)].slice(skip, skip + count);
  assert.equal(sentences.length, count, 'the sample has enough long sentences');
  return sentences.map((m, i) =>
    createAnnotation({
      text, start: m.index, end: m.index + m[0].length, annotator, now: 1_700_000_000_000 + i,
      fields: { kind: 'claim', claim: { claimant: `pejabat ${i + 1}` } },
    }),
  );
}

/** An article of our own in `folder`, with three annotations in the shared file and one of annotator budi. */
async function annotatedArticle(folder: vscode.Uri, name: string): Promise<{ uri: vscode.Uri; text: string; ids: string[] }> {
  const text = dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), SAMPLE)));
  const uri = vscode.Uri.joinPath(folder, `${name}.txt`);
  const shared = annotationsOn(text, 'tester', 3);
  const budi = annotationsOn(text, 'budi', 1, 3);
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(uri, enc(text));
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, `${name}.sorot.json`), enc(serializeSidecar({ schemaVersion: 3, article: `${name}.txt`, annotations: shared })));
  await vscode.workspace.fs.writeFile(
    vscode.Uri.joinPath(folder, `${name}.budi.sorot.json`),
    enc(serializeSidecar({ schemaVersion: 3, article: `${name}.txt`, annotator: 'budi', annotations: budi })),
  );
  return { uri, text, ids: [...shared, ...budi].map((a) => a.id).sort() };
}

async function rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  assert.ok(await vscode.workspace.applyEdit(edit), `renamed ${vscode.workspace.asRelativePath(from)}`);
}

describe('Annotations follow a renamed or moved article', function () {
  this.timeout(60_000);
  const folder = () => vscode.Uri.joinPath(workspaceRoot(), 'uji-ganti-nama');

  before(async () => {
    api = await activateSorot();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of [folder(), vscode.Uri.joinPath(workspaceRoot(), 'uji-map-lama'), vscode.Uri.joinPath(workspaceRoot(), 'uji-pindah')]) {
      if (await exists(f)) await vscode.workspace.fs.delete(f, { recursive: true });
    }
  });

  it('moves the annotation files to the new name and keeps unsaved offsets', async () => {
    const { uri, ids } = await annotatedArticle(folder(), 'berita-lama');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const loaded = await service().get(uri);
    assert.deepEqual(allAnnotations(loaded!).map((r) => r.annotation.id).sort(), ids, 'four annotations before the rename');

    // an unsaved edit moves the offsets in memory only (the article is unlocked first:
    // corpus articles open read-only)
    await vscode.commands.executeCommand('sorot.articles.unlockText', uri);
    const insert = 'Catatan redaksi ditambahkan di sini.\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), insert));
    const shifted = new Map(allAnnotations(service().peek(uri)!).map((r) => [r.annotation.id, r.annotation.target.start]));
    assert.ok(editor.document.isDirty);

    const renamed = vscode.Uri.joinPath(folder(), 'berita-baru.txt');
    await rename(uri, renamed);

    const state = await waitFor(() => {
      const s = service().peek(renamed);
      return s && allAnnotations(s).length === 4 ? s : undefined;
    }, 'the four annotations under the new name');
    for (const { annotation: a, own } of allAnnotations(state)) assert.equal(a.target.start, shifted.get(a.id), `${a.id} keeps its unsaved offset (own ${own}, flagged ${a.needsReview ?? false}, ${JSON.stringify(a.target.exact)})`);
    assert.equal(service().peek(uri), undefined, 'nothing is left under the old name');

    const newShared = vscode.Uri.joinPath(folder(), 'berita-baru.sorot.json');
    const newBudi = vscode.Uri.joinPath(folder(), 'berita-baru.budi.sorot.json');
    assert.equal((await readSidecar(newShared)).article, 'berita-baru.txt');
    assert.equal((await readSidecar(newBudi)).article, 'berita-baru.txt');
    assert.ok(!(await exists(vscode.Uri.joinPath(folder(), 'berita-lama.sorot.json'))), 'the old shared file is gone');
    assert.ok(!(await exists(vscode.Uri.joinPath(folder(), 'berita-lama.budi.sorot.json'))), 'the old per-annotator file is gone');

    // the editor (now on the new name) and the Articles view show them
    const doc = vscode.window.activeTextEditor?.document;
    assert.equal(doc?.uri.toString(), renamed.toString(), 'the editor follows the rename');
    assert.ok(doc.isDirty && doc.getText().startsWith(insert), 'with the unsaved edit');
    await waitFor(() => api.annotations!.decorations.applied.get(renamed.toString())?.length === 4, 'four annotation decorations on the renamed article');
    const articles = api.articles!;
    const node = await waitFor(() => articles.provider.nodeFor(renamed), 'the renamed article in the Articles view');
    await waitFor(async () => {
      const labels = (await articles.provider.getChildren(node)).map((c) => String(articles.provider.getTreeItem(c).label));
      return labels.includes('Annotations (4)'); // other features may add rows (actors, quotes)
    }, 'the Articles view to list the four annotations under the new name');

    // saving writes the moved offsets into the moved file
    await doc.save();
    await waitFor(async () => {
      const s = await readSidecar(newShared);
      return s.annotations.every((a) => a.target.start === shifted.get(a.id));
    }, 'the unsaved offsets written to berita-baru.sorot.json on save');
  });

  it('follows a folder of articles being moved, with unsaved offsets and the undo history', async () => {
    // a folder of its own: VS Code's local history would try to carry the files of the
    // test before along with a folder of the same name
    const from = vscode.Uri.joinPath(workspaceRoot(), 'uji-map-lama');
    const { uri, ids } = await annotatedArticle(from, 'berita');
    await annotatedArticle(from, 'kabar'); // never opened
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const [removed] = (await service().get(uri))!.own.annotations;
    assert.ok(await service().change(uri, { type: 'remove', annotation: removed }), 'one annotation deleted (undoable)');
    await vscode.commands.executeCommand('sorot.articles.unlockText', uri);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Baris baru.\n')), 'the unlocked article takes the edit');
    const shifted = new Map(allAnnotations(service().peek(uri)!).map((r) => [r.annotation.id, r.annotation.target.start]));

    const moved = vscode.Uri.joinPath(workspaceRoot(), 'uji-pindah');
    await rename(from, moved);
    const article = vscode.Uri.joinPath(moved, 'berita.txt');
    const state = await waitFor(() => {
      const s = service().peek(article);
      return s && allAnnotations(s).length === ids.length - 1 ? s : undefined;
    }, 'the annotations under the moved folder').catch((e: unknown) => {
      const s = service().peek(article);
      throw new Error(`${String(e)}; state: ${s ? allAnnotations(s).length : 'none'}, old: ${service().peek(uri) ? allAnnotations(service().peek(uri)!).length : 'none'}, expected ${ids.length - 1}`);
    });
    assert.deepEqual(allAnnotations(state).map((r) => r.annotation.id).sort(), ids.filter((id) => id !== removed.id));
    for (const { annotation: a } of allAnnotations(state)) assert.equal(a.target.start, shifted.get(a.id), 'unsaved offsets kept');
    assert.equal(state.ownPath, vscode.Uri.joinPath(moved, 'berita.sorot.json').toString(), 'it writes where its file now is');

    // the undo history came along: undoing the deletion writes into the moved file
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), article.toString(), 'the editor follows the move');
    await vscode.commands.executeCommand('sorot.annotations.undo');
    await waitFor(async () => (await readSidecar(vscode.Uri.joinPath(moved, 'berita.sorot.json'))).annotations.some((a) => a.id === removed.id), 'the undone deletion in uji-pindah/berita.sorot.json');

    // an article of the folder nobody opened: the Articles view counts its annotations at the new place
    const other = vscode.Uri.joinPath(moved, 'kabar.txt');
    await waitFor(async () => {
      const node = await api.articles!.provider.nodeFor(other);
      return node && String(api.articles!.provider.getTreeItem(node).description).includes('4 annotations');
    }, 'the Articles view to count the annotations of uji-pindah/kabar.txt');
  });

  it('never replaces an annotation file at the new name: nothing moves and the user is told', async () => {
    const { uri } = await annotatedArticle(folder(), 'berita-lama');
    const taken = vscode.Uri.joinPath(folder(), 'berita-baru.budi.sorot.json');
    const theirs = serializeSidecar({ schemaVersion: 3, article: 'berita-baru.txt', annotator: 'budi', annotations: [] });
    await vscode.workspace.fs.writeFile(taken, enc(theirs));
    const oldShared = vscode.Uri.joinPath(folder(), 'berita-lama.sorot.json');
    const before = dec(await vscode.workspace.fs.readFile(oldShared));

    await rename(uri, vscode.Uri.joinPath(folder(), 'berita-baru.txt'));
    const parts = ['exists already and is never replaced', 'uji-ganti-nama/berita-baru.budi.sorot.json', 'uji-ganti-nama/berita-lama.budi.sorot.json'];
    if (!(await notified(parts, 'the warning naming both files'))) await sleep(2000); // desktop VS Code: no page to read it from
    assert.equal(dec(await vscode.workspace.fs.readFile(taken)), theirs, 'the file at the new name is untouched');
    assert.equal(dec(await vscode.workspace.fs.readFile(oldShared)), before, 'the old files stay where they were');
    assert.ok(!(await exists(vscode.Uri.joinPath(folder(), 'berita-baru.sorot.json'))), 'no file moved');
  });
});
