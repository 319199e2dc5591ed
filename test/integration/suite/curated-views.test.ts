// The Actors and Articles views count the curated layer (issue 12): a correction made
// with the real keyboard changes the counts at once, they stay after the article is
// closed (the corpus index then reads the corrections from the annotation file), and an
// article nobody opened counts its annotation file's corrections too. Runs on articles
// of its own (removed afterwards).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION, type Sidecar } from '../../../src/core/annotations/types';
import { decide } from '../../../src/core/curation/decide';
import { analyze } from '../../../src/core/recognize/analyze';
import type { SorotApi } from '../../../src/extension/api';
import type { ArticlesNode } from '../../../src/extension/articles/articles-tree';
import { activateSorot, domTexts, keyboard, waitFor, workspaceRoot } from '../helpers';

const OPENED = 'zz-tersaji.txt';
const UNOPENED = 'zz-tersimpan.txt';
// Written for this test. The quote's speaker comes from the mention after "kata".
const TEXT = [
  'Warga Wonosobo keluhkan jalan rusak',
  '',
  'WONOSOBO - Bupati Wonosobo Afif Nurhidayat meninjau ruas jalan Kalibawang yang rusak pada Rabu.',
  '',
  '"Perbaikan kami mulai pekan depan," kata Afif kepada wartawan.',
  '',
  'Afif menambahkan, anggaran perbaikan berasal dari APBD. Warga Kalibawang, Sutrisno, menyambut baik rencana itu.',
  '',
].join('\n');

let api: SorotApi;
const uri = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name);
const sidecarOf = (name: string) => name.replace(/\.txt$/, '.sorot.json');

/** The Actors view's row for `canonical`: its mention count ("3 mentions · 1 article"). */
async function actorsViewMentions(canonical: string): Promise<number> {
  const provider = api.actors!.provider;
  const row = (await provider.getChildren()).find((n) => n.kind === 'actor' && n.actor.canonical === canonical);
  if (!row) return 0;
  const description = String(provider.getTreeItem(row).description);
  return Number(/^(\d+) mention/.exec(description)?.[1] ?? NaN);
}

/** The Articles view's rows under an article: actors ("Afif" → "2×") and quote labels. */
async function articleChildren(name: string): Promise<{ actors: Map<string, string>; quotes: string[] }> {
  const provider = api.articles!.provider;
  const node = await provider.nodeFor(uri(name));
  const out = { actors: new Map<string, string>(), quotes: [] as string[] };
  if (!node) return out;
  for (const group of await provider.getChildren(node)) {
    const label = String(provider.getTreeItem(group).label);
    const rows: ArticlesNode[] = label.startsWith('Actors') || label.startsWith('Quotes') ? await provider.getChildren(group) : [];
    for (const r of rows) {
      const item = provider.getTreeItem(r);
      if (label.startsWith('Actors')) out.actors.set(String(item.label), String(item.description).split(' ')[0]!);
      else out.quotes.push(String(item.label));
    }
  }
  return out;
}

describe('The views count the curated layer (issue 12)', function () {
  this.timeout(300_000);

  before(async function () {
    if (!process.env.VSCODE_TEST_KEYBOARD_URL) this.skip(); // needs the real keyboard
    api = await activateSorot();
    await vscode.workspace.getConfiguration('sorot').update('annotator', 'tester', vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.writeFile(uri(OPENED), new TextEncoder().encode(TEXT));
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    await vscode.commands.executeCommand('sorot.articles.filter', '', ''); // an earlier test's filter
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [OPENED, sidecarOf(OPENED), UNOPENED, sidecarOf(UNOPENED)]) await vscode.workspace.fs.delete(uri(name)).then(undefined, () => undefined);
  });

  it('"Not an actor here" (Ctrl+Alt+N) lowers the Actors view count by one, and the article\'s actor and quote rows follow, also after the article is closed', async () => {
    const corpus = api.corpus!.corpus;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri(OPENED)), { preview: false });
    await waitFor(() => editor.document.languageId === 'sorot-article', 'the article to open as a Sorot article');
    await api.annotations!.service.get(editor.document.uri);
    // The mention a quote's speaker was found through: rejecting it costs the actor one
    // mention and the quote its speaker.
    const quote = await waitFor(() => api.corpus!.analyses.get(editor.document).result.quotes.find((q) => q.speakerMention), 'a quote with a speaker mention');
    const mention = api.corpus!.analyses.get(editor.document).result.actors.find((a) => a.start === quote.speakerMention!.start)!;
    const canonical = mention.canonical;
    await waitFor(() => corpus.index.get(uri(OPENED).toString()) && !corpus.isIndexing, 'the article in the corpus index');
    const before = await waitFor(async () => {
      const n = await actorsViewMentions(canonical);
      return n > 0 ? n : undefined;
    }, `${canonical} in the Actors view`);
    const rowsBefore = await waitFor(async () => {
      const rows = await articleChildren(OPENED);
      return rows.actors.has(canonical) ? rows : undefined;
    }, `${canonical} under the article in the Articles view`);
    const inArticle = Number(rowsBefore.actors.get(canonical)?.replace('×', ''));
    assert.ok(inArticle >= 1, `${canonical} under the article: ${[...rowsBefore.actors].join(', ')}`);
    assert.ok(rowsBefore.quotes.includes(`${quote.speaker}: Perbaikan kami mulai pekan depan,`), rowsBefore.quotes.join(' | '));

    const p = editor.document.positionAt(mention.start + 1);
    editor.selection = new vscode.Selection(p, p);
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    await waitFor(async () => (await domTexts('.monaco-editor.focused'))?.length, 'the article editor to have the focus');
    await keyboard({ press: 'Control+Alt+n' });

    const expected = async (): Promise<boolean> => {
      const rows = await articleChildren(OPENED);
      const shown = rows.actors.get(canonical);
      return (await actorsViewMentions(canonical)) === before - 1 &&
        (inArticle === 1 ? shown === undefined : shown === `${inArticle - 1}×`) &&
        rows.quotes.includes('(no speaker): Perbaikan kami mulai pekan depan,');
    };
    await waitFor(expected, 'the Actors view one mention lower, and the article rows to follow', 20_000);

    // Closed, and the index rebuilt as after a restart: it reads the article and its
    // annotation file from disk.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('sorot.corpus.rebuildIndex');
    await sleepUntilReindexed(OPENED);
    assert.ok(await expected(), 'the counts stay curated once the article is closed');
  });

  it('an article nobody opened counts the corrections in its annotation file, and the machine\'s again when the file goes', async () => {
    const corpus = api.corpus!.corpus;
    const machine = analyze(TEXT);
    const target = machine.actors.find((a) => a.text === 'Sutrisno') ?? machine.actors[machine.actors.length - 1]!;
    await vscode.workspace.fs.writeFile(uri(UNOPENED), new TextEncoder().encode(TEXT));
    await waitFor(() => corpus.index.get(uri(UNOPENED).toString()), 'the unopened article indexed');
    const count = () => corpus.index.get(uri(UNOPENED).toString())?.actors.find((a) => a.canonical === target.canonical)?.count ?? 0;
    const machineCount = count();
    assert.ok(machineCount >= 1);

    const reject = decide({ text: TEXT, start: target.start, end: target.end, annotator: 'tester', decision: 'reject', values: { layer: 'actor' } }, []).correction;
    const sidecar: Sidecar = { schemaVersion: SIDECAR_SCHEMA_VERSION, article: UNOPENED, textHash: articleTextHash(TEXT), annotations: [], corrections: [reject] };
    await vscode.workspace.fs.writeFile(uri(sidecarOf(UNOPENED)), new TextEncoder().encode(serializeSidecar(sidecar)));
    await waitFor(() => count() === machineCount - 1, `${target.canonical} one mention lower in the unopened article`, 20_000);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri(UNOPENED).toString()), 'the article was never opened');

    await vscode.workspace.fs.delete(uri(sidecarOf(UNOPENED)));
    await waitFor(() => count() === machineCount, 'the machine\'s count back without the file', 20_000);
  });
});

/** Waits until the corpus index has summarised the article from disk (not the editor's live summary). */
async function sleepUntilReindexed(name: string): Promise<void> {
  const corpus = api.corpus!.corpus;
  await waitFor(() => {
    const s = corpus.index.get(uri(name).toString());
    return s && !s.hash.startsWith('live:') && !corpus.isIndexing;
  }, `${name} indexed from disk`, 20_000);
}
