// Reported statements in the editor (issue 14): a decoration layer of their own that
// "Show Layers…" switches, next / previous statement from the real keyboard, the hover
// on a statement (speaker, cue, what else the speaker said) and on an actor ("quoted N
// times, reported M times"), and "Statements (N)" under the article in the Articles view.
// Pictures: test-results/screenshots/reported-speech.png and statement-hover.png.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { activateSorot, click, domTexts, keyboard, quickInput, screenshot, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = '01-kremlin-peringatan-nato.txt';
// An article of this test's own for the corrections (written for it, not from any real article).
const OWN_ARTICLE = 'zz-pernyataan.txt';
const OWN_SIDECAR = 'zz-pernyataan.sorot.json';
const OWN_TEXT =
  'Pedagang Pasar Genteng, Siti Rahayu, mengeluh sepi pembeli.\n\n' +
  'Menurut Siti, harga cabai naik dua kali lipat sejak pekan lalu.\n';
const OWN_STATEMENT = 'harga cabai naik dua kali lipat sejak pekan lalu';

let api: SorotApi;
let editor: vscode.TextEditor;

function curated(doc: vscode.TextDocument) {
  return api.corpus!.analyses.get(doc).result;
}

describe('Reported statements everywhere quotes are (issue 14)', function () {
  this.timeout(180_000);

  before(async () => {
    api = await activateSorot();
    const folders = vscode.workspace.getConfiguration('sorot.corpus').get<string[]>('folders') ?? [];
    if (folders.length === 0) await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), ARTICLE));
    editor = await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'sorot-article', 'the article to open as a sorot-article');
    editor = vscode.window.activeTextEditor!;
  });

  after(async () => {
    await api.decorations?.visibility.forget(['reported']);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [OWN_ARTICLE, OWN_SIDECAR]) await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), name)).then(undefined, () => undefined);
  });

  it('draws every statement in its own layer, apart from the quotes, and switches it from Show Layers…', async () => {
    const decorations = api.decorations!;
    const uri = editor.document.uri;
    const statements = curated(editor.document).reported;
    assert.ok(statements.length >= 3, `the sample has reported statements (${statements.length})`);
    const applied = await waitFor(() => {
      const a = decorations.appliedFor(uri);
      return a && a.drawn.reported.length === statements.length ? a : undefined;
    }, 'the reported layer');
    assert.deepEqual(applied.drawn.reported, statements.map((s) => ({ start: s.start, end: s.end })));
    assert.ok(applied.drawn.quote.length > 0, 'quotes keep their own layer');
    await screenshot('reported-speech', { delayMs: 300 });

    const picked = vscode.commands.executeCommand('sorot.showLayers');
    assert.ok(await keyboard({}), 'the harness drives the real keyboard');
    await quickInput('Sorot: Show Layers');
    const rows = (await domTexts('.quick-input-list .monaco-list-row')) ?? [];
    assert.ok(rows.some((r) => r.includes('Reported statements (dotted overline)')), `the layer is a row: ${rows.join(' | ')}`);
    await click('.quick-input-list .monaco-list-row label.quick-input-list-label', 'Reported statements');
    await click('.quick-input-widget .monaco-button', 'OK');
    await picked;
    await waitFor(() => decorations.appliedFor(uri)?.drawn.reported.length === 0, 'statements hidden');
    assert.ok((decorations.appliedFor(uri)?.drawn.quote.length ?? 0) > 0, 'the quotes stay');
    await decorations.visibility.forget(['reported']);
    await waitFor(() => decorations.appliedFor(uri)?.drawn.reported.length === statements.length, 'statements back');
  });

  it('moves to the next statement from the keyboard and shows its speaker, cue and the speaker’s other words on hover', async () => {
    const doc = editor.document;
    const statements = curated(doc).reported;
    const target = statements.find((s) => s.speaker === 'Dmitry Peskov' && s.speakerMention);
    assert.ok(target, 'a statement by Peskov, named at its cue');
    const before = statements[statements.indexOf(target) - 1];
    const from = before ? before.start : 0;
    editor.selection = new vscode.Selection(doc.positionAt(from), doc.positionAt(from));
    await vscode.window.showTextDocument(doc, { viewColumn: editor.viewColumn, preserveFocus: false });
    await keyboard({ press: 'Control+Alt+Shift+BracketRight' });
    await waitFor(() => (doc.offsetAt(editor.selection.start) === target.start && doc.offsetAt(editor.selection.end) === target.end ? true : undefined), 'Ctrl+Alt+Shift+] to select the next statement');

    // A word of the statement that is no actor's name, so the hover is the statement's alone.
    const actors = curated(doc).actors;
    let at = target.start;
    while (at < target.end && (/\s/.test(doc.getText().charAt(at)) || actors.some((a) => a.start <= at && at < a.end))) at++;
    editor.selection = new vscode.Selection(doc.positionAt(at + 1), doc.positionAt(at + 1));
    await vscode.commands.executeCommand('editor.action.showHover');
    const hover = await waitFor(async () => {
      const texts = await domTexts('.monaco-hover');
      return texts?.find((t) => t.includes('Reported statement'));
    }, 'the statement hover');
    assert.ok(hover.includes('Dmitry Peskov'), hover);
    assert.ok(hover.includes(`Reported by: ${target.cue}`), hover);
    assert.ok(/Other statements by Dmitry Peskov|No other reported statements by Dmitry Peskov/.test(hover), hover);
    // Other articles are named by the headline the Articles view shows, this one as "this
    // article": never by a file name (a scraped corpus names its files by hash).
    const data = api.hovers!.statementData(doc, target);
    const links = [...data.others, ...data.quotes];
    assert.ok(links.length > 0, 'Peskov has other statements or quotes in the samples');
    for (const link of links) {
      const linked = vscode.Uri.parse(link.uri);
      const expected = link.uri === doc.uri.toString() ? 'this article' : api.articles!.provider.headlineOf(linked);
      assert.ok(expected, `the Articles view knows the headline of ${link.uri}`);
      assert.ok(expected.startsWith(link.article.replace(/…$/, '')), `${link.uri}: ${link.article} (expected ${expected})`);
    }
    assert.ok(!hover.includes(ARTICLE), hover);
    await screenshot('statement-hover', { delayMs: 300 });
    await keyboard({ press: 'Escape' });

    // The actor hover counts both.
    const mention = target.speakerMention!;
    editor.selection = new vscode.Selection(doc.positionAt(mention.start + 1), doc.positionAt(mention.start + 1));
    await vscode.commands.executeCommand('editor.action.showHover');
    const total = await waitFor(() => api.corpus!.corpus.index.total('Dmitry Peskov'), 'Peskov in the corpus index');
    const actorHover = await waitFor(async () => (await domTexts('.monaco-hover'))?.find((t) => t.includes('In the corpus:')), 'the actor hover');
    assert.ok(total.reported > 0);
    assert.ok(actorHover.includes(`reported ${total.reported === 1 ? 'once' : `${total.reported} times`}`), actorHover);
    await keyboard({ press: 'Escape' });
  });

  it('lists "Statements (N)" under the article in the Articles view; a row reveals its statement', async () => {
    const corpus = api.corpus!.corpus;
    const provider = api.articles!.provider;
    const uri = editor.document.uri;
    const summary = await waitFor(() => {
      const s = corpus.index.get(uri.toString());
      return s?.reported?.length ? s : undefined;
    }, 'the article indexed with its statements', 30_000);
    const reported = summary.reported!;
    const node = await waitFor(() => provider.nodeFor(uri), 'the article row');
    assert.ok(String(provider.getTreeItem(node).description).includes(`${reported.length} statements`));
    const children = await provider.getChildren(node);
    const labels = children.map((c) => String(provider.getTreeItem(c).label));
    const group = children[labels.indexOf(`Statements (${reported.length})`)];
    assert.ok(group, labels.join(' | '));
    const rows = await provider.getChildren(group);
    assert.equal(rows.length, reported.length);
    const first = provider.getTreeItem(rows[0]!);
    assert.equal(first.label, `${reported[0]!.speaker ?? '(no speaker)'}: ${reported[0]!.snippet}`);
    assert.equal(first.description, reported[0]!.cue);
    await vscode.commands.executeCommand(first.command!.command, ...(first.command!.arguments ?? []));
    const ed = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined), 'the article');
    assert.deepEqual([ed.document.offsetAt(ed.selection.start), ed.document.offsetAt(ed.selection.end)], [reported[0]!.start, reported[0]!.end]);
  });

  it('"Not a reported statement" from the hover removes the statement, in the file and the editor; restoring brings it back', async () => {
    await vscode.workspace.getConfiguration('sorot').update('annotator', 'tester', vscode.ConfigurationTarget.Global);
    const uri = vscode.Uri.joinPath(workspaceRoot(), OWN_ARTICLE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(OWN_TEXT));
    const own = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitFor(() => own.document.languageId === 'sorot-article', 'the article to open as a Sorot article');
    const statement = await waitFor(() => curated(own.document).reported.find((r) => r.text === OWN_STATEMENT), 'the statement');
    await waitFor(() => api.decorations!.appliedFor(uri)?.drawn.reported.length === 1, 'the statement drawn');
    await api.annotations!.service.get(uri);

    const at = statement.start + 'harga c'.length;
    own.selection = new vscode.Selection(own.document.positionAt(at), own.document.positionAt(at));
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor(async () => (await domTexts('.monaco-hover'))?.some((t) => t.includes('Not a reported statement')), 'the correction links in the hover');
    assert.ok(await click('.monaco-hover a', 'Not a reported statement'), 'the page takes the click');
    await waitFor(() => (curated(own.document).reported.length === 0 ? true : undefined), 'the statement to leave the curated layer');
    await waitFor(() => api.decorations!.appliedFor(uri)?.drawn.reported.length === 0, 'the statement no longer drawn');
    // The hover described the statement as it was ("not reviewed", its links): once the
    // decision is made it closes rather than stay on screen out of date.
    await waitFor(async () => ((await domTexts('.monaco-hover:not(.hidden)'))?.some((t) => t.includes('Not a reported statement')) ? undefined : true), 'the hover, out of date now, to close');
    const file = await waitFor(async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), OWN_SIDECAR)).then(undefined, () => undefined);
      const text = bytes && new TextDecoder().decode(bytes);
      return text?.includes('"layer": "reported"') ? text : undefined;
    }, 'the correction in the annotation file');
    const saved = JSON.parse(file).corrections as Array<{ layer: string; decision: string; target: { exact: string } }>;
    assert.deepEqual(saved.map((c) => [c.layer, c.decision, c.target.exact]), [['reported', 'reject', OWN_STATEMENT]]);

    own.selection = new vscode.Selection(own.document.positionAt(at), own.document.positionAt(at));
    await vscode.commands.executeCommand('sorot.curation.restoreMachine');
    await waitFor(() => curated(own.document).reported.some((r) => r.text === OWN_STATEMENT && r.provenance === 'machine'), 'the statement back');
  });
  it('"Use Selection as Span" on a statement re-spans it: one correction in the file, the cue kept, drawn on the new words', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), OWN_ARTICLE);
    const own = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const statement = await waitFor(() => curated(own.document).reported.find((r) => r.text === OWN_STATEMENT && r.provenance === 'machine'), 'the machine statement');
    // The researcher drags over "harga cabai naik dua kali lipat " (a trailing space, the tail left out).
    const shorter = 'harga cabai naik dua kali lipat';
    own.selection = new vscode.Selection(own.document.positionAt(statement.start), own.document.positionAt(statement.start + shorter.length + 1));
    await vscode.commands.executeCommand('sorot.curation.useSelectionAsSpan');
    const now = await waitFor(() => curated(own.document).reported.find((r) => r.text === shorter), 'the statement on its new span');
    assert.deepEqual([now.provenance, now.cue, now.speaker, curated(own.document).reported.length], ['corrected', 'menurut', 'Siti Rahayu', 1]);
    await waitFor(() => api.decorations!.appliedFor(uri)?.drawn.reported.some((r) => r.start === statement.start && r.end === statement.start + shorter.length), 'the new span drawn');
    const file = await waitFor(async () => {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceRoot(), OWN_SIDECAR)));
      return text.includes(`"exact": "${shorter}"`) ? text : undefined;
    }, 'the correction in the annotation file');
    const saved = JSON.parse(file).corrections as Array<{ layer: string; decision: string; target: { exact: string } }>;
    assert.deepEqual(saved.map((c) => [c.layer, c.decision, c.target.exact]), [['reported', 'set', shorter]]);
    own.selection = new vscode.Selection(own.document.positionAt(statement.start + 2), own.document.positionAt(statement.start + 2));
    await vscode.commands.executeCommand('sorot.curation.restoreMachine');
    await waitFor(() => curated(own.document).reported.some((r) => r.text === OWN_STATEMENT && r.provenance === 'machine'), 'the machine statement back');
  });
  it('the context menu\'s correction items follow the cursor: actor items on a mention, Set Speaker on a statement, neither on a plain word', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), OWN_ARTICLE);
    const own = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitFor(() => curated(own.document).reported.find((r) => r.text === OWN_STATEMENT), 'the statement');
    const keys = api.curation!.cursorKeys;
    const put = (needle: string) => {
      const p = own.document.positionAt(OWN_TEXT.indexOf(needle) + 1);
      own.selection = new vscode.Selection(p, p);
    };
    put('Siti Rahayu');
    await waitFor(() => (keys.atActor.value && !keys.atSpeakerItem.value ? true : undefined), 'actor keys on a mention');
    put('cabai');
    await waitFor(() => (!keys.atActor.value && keys.atSpeakerItem.value ? true : undefined), 'Set Speaker on a statement');
    put('mengeluh');
    await waitFor(() => (!keys.atActor.value && !keys.atSpeakerItem.value ? true : undefined), 'neither on a plain word');
    const manifest = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.extensions.all.find((e) => e.packageJSON.name === 'sorot')?.extensionUri ?? vscode.Uri.file('/'), 'package.json'))));
    const when = (command: string) => (manifest.contributes.menus['editor/context'] as Array<{ command: string; when: string }>).find((m) => m.command === command)?.when ?? '';
    assert.match(when('sorot.curation.notAnActor'), /sorot\.curation\.atActor/);
    assert.match(when('sorot.curation.linkActor'), /sorot\.curation\.atActor/);
    assert.match(when('sorot.curation.setSpeaker'), /sorot\.curation\.atSpeakerItem/);
  });
});
