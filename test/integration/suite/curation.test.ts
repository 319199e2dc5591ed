// Curating the recognized layer with the real keyboard (issue 12): reject a mention,
// relink one, set a quote's speaker, add a missed quote, then review a whole article
// with single keys; the corrections reach the annotation file, every view (the curated
// layer DocumentAnalyses publishes) and the JSONL and CoNLL exports. Runs on an article
// of its own (removed afterwards).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Correction } from '../../../src/core/annotations/corrections';
import type { SorotApi } from '../../../src/extension/api';
import { domTexts, keyboard, openOwnArticle, quickInput, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = 'zz-kurasi.txt';
const SIDECAR = 'zz-kurasi.sorot.json';
// Written for this test. "Senin" and "Jumat" are not actors; the second quote has no
// attribution clause of its own.
const TEXT = [
  'Gubernur tinjau tanggul jebol di Demak',
  '',
  'DEMAK, Sorotan.id - Gubernur Jawa Tengah Ahmad Luthfi meninjau tanggul Sungai Wulan yang jebol pada Senin.',
  '',
  '"Perbaikan darurat selesai dalam tiga hari," kata Luthfi kepada wartawan.',
  '',
  'Kepala BPBD Demak, Agus Nugroho, meminta warga tetap waspada. Menurut dia, debit sungai masih tinggi hingga Jumat. "Jangan kembali ke rumah dulu."',
  '',
].join('\n');

let api: SorotApi;
const uri = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name);

/** Presses keys in the article editor once it has the keyboard focus. */
async function inEditor(editor: vscode.TextEditor, press: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  await waitFor(async () => (await domTexts('.monaco-editor.focused'))?.length, 'the article editor to have the focus');
  await keyboard({ press });
}

function cursorAt(editor: vscode.TextEditor, needle: string, into = 1): void {
  const start = editor.document.getText().indexOf(needle);
  assert.ok(start >= 0, `"${needle}" is in the article`);
  const p = editor.document.positionAt(start + into);
  editor.selection = new vscode.Selection(p, p);
}

function corrections(doc: vscode.TextDocument): Correction[] {
  return api.annotations?.service.peek(doc.uri)?.own.corrections ?? [];
}

function curated(doc: vscode.TextDocument) {
  return api.corpus!.analyses.get(doc).result;
}

describe('Curating what Sorot recognized (issue 12)', function () {
  this.timeout(300_000);
  let editor: vscode.TextEditor;

  before(async function () {
    if (!process.env.VSCODE_TEST_KEYBOARD_URL) this.skip(); // needs the real keyboard
    ({ api, editor } = await openOwnArticle(ARTICLE, TEXT));
    await waitFor(() => curated(editor.document).actors.some((a) => a.text === 'Ahmad Luthfi'), 'the actors of the article');
    await api.annotations!.service.get(editor.document.uri);
  });

  after(async () => {
    await vscode.commands.executeCommand('sorot.curation.reviewStop');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [ARTICLE, SIDECAR]) await vscode.workspace.fs.delete(uri(name)).then(undefined, () => undefined);
  });

  it('"Not an actor here" (Ctrl+Alt+N) removes one mention, in the file and in every view', async () => {
    const before = curated(editor.document).actors;
    // An outlet's name in the dateline (any mention the later steps do not use would do).
    const target = before.find((a) => a.text === 'Sorotan.id') ?? before.find((a) => !['Agus Nugroho', 'Luthfi', 'Ahmad Luthfi'].includes(a.text))!;
    cursorAt(editor, target.text);
    await inEditor(editor, 'Control+Alt+n');
    await waitFor(() => corrections(editor.document).some((c) => c.decision === 'reject'), 'the reject in the annotation file');
    await waitFor(() => !curated(editor.document).actors.some((a) => a.start === target.start), 'the mention gone from the curated layer');
    const onDisk = await waitFor(async () => {
      const bytes = await vscode.workspace.fs.readFile(uri(SIDECAR)).then((b) => b, () => undefined);
      const json = bytes && (JSON.parse(new TextDecoder().decode(bytes)) as { corrections?: Correction[] });
      return json?.corrections?.length ? json : undefined;
    }, 'the annotation file written');
    assert.deepEqual(onDisk.corrections?.map((c) => [c.layer, c.decision, c.target.exact]), [['actor', 'reject', target.text]]);
    // Undo takes it back like an annotation change.
    await inEditor(editor, 'Control+Alt+z');
    await waitFor(() => curated(editor.document).actors.some((a) => a.start === target.start), 'the mention back after undo');
    await inEditor(editor, 'Control+Alt+y');
    await waitFor(() => !curated(editor.document).actors.some((a) => a.start === target.start), 'gone again after redo');
  });

  it('Change Type… names the current type, offered last, and Escape changes nothing (newcomer run)', async () => {
    cursorAt(editor, 'Ahmad Luthfi');
    const before = corrections(editor.document).length;
    const changed = vscode.commands.executeCommand<boolean>('sorot.curation.changeType');
    await quickInput('Type of');
    const rows = await waitFor(async () => {
      const texts = await domTexts('.quick-input-list .monaco-list-row');
      return texts && texts.length === 3 ? texts : undefined;
    }, 'the three types');
    assert.match(rows[2], /person.*PER · current value/, 'the current type, last and named');
    assert.ok(!rows.slice(0, 2).some((r) => /current value/.test(r)), rows.join(' | '));
    await keyboard({ press: 'Escape' });
    assert.equal(await changed, false);
    assert.equal(corrections(editor.document).length, before, 'nothing was decided');
  });

  it('"Mark as Not an Actor Everywhere" from the editor asks first; "Only this mention" is a correction, the knowledge base untouched', async () => {
    // The editor's context menu holds it next to "Not an Actor Here": one wrong click used
    // to suppress the name in every article at once, and Ctrl+Alt+Z undid something else.
    const kbFile = uri('.sorot/actors.json');
    const kbBefore = await vscode.workspace.fs.readFile(kbFile).then((b) => new TextDecoder().decode(b), () => undefined);
    const used = ['Agus Nugroho', 'Luthfi', 'Ahmad Luthfi', 'BPBD Demak', 'Sorotan.id'];
    const target = curated(editor.document).actors.find((a) => !used.includes(a.text) && !corrections(editor.document).some((c) => c.target.start === a.start));
    assert.ok(target, 'a mention no other step uses');
    cursorAt(editor, editor.document.getText().slice(target.start, target.end));
    const done = vscode.commands.executeCommand<boolean>('sorot.actors.notAnActor');
    await quickInput('is not an actor: where?');
    const rows = await domTexts('.quick-input-widget .monaco-list-row');
    assert.ok(rows?.[0]?.includes('Only this mention') && rows[1]?.includes('Everywhere in the corpus'), `both scopes offered, this mention first: ${JSON.stringify(rows)}`);
    await keyboard({ press: 'Enter' });
    assert.equal(await done, true);
    await waitFor(() => !curated(editor.document).actors.some((a) => a.start === target.start), 'the mention gone from the curated layer');
    assert.ok(corrections(editor.document).some((c) => c.decision === 'reject' && c.target.start === target.start), 'a correction of this mention');
    const kbAfter = await vscode.workspace.fs.readFile(kbFile).then((b) => new TextDecoder().decode(b), () => undefined);
    assert.equal(kbAfter, kbBefore, 'the knowledge base is not touched');
    // As the pick says: Ctrl+Alt+Z takes it back.
    await inEditor(editor, 'Control+Alt+z');
    await waitFor(() => curated(editor.document).actors.some((a) => a.start === target.start), 'the mention back after undo');
  });

  it('marks a name the recognizer missed as an actor, then makes it the speaker of a quote (Ctrl+Alt+S)', async () => {
    // "Agus Nugroho" after "Kepala BPBD Demak," is a name the recognizer misses: marked
    // from a rough selection, snapped to the words, with the words as the new name.
    // (If the recognizer does find him, marking him states what it says: accepted.)
    const machine = api.corpus!.analyses.get(editor.document).machine;
    const machineHad = machine.actors.some((a) => a.text === 'Agus Nugroho');
    const name = editor.document.getText().indexOf('Agus Nugroho');
    editor.selection = new vscode.Selection(editor.document.positionAt(name + 1), editor.document.positionAt(name + 10));
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markActor');
    await quickInput('Mark');
    await keyboard({ press: 'Enter' }); // the words: the known actor of that name, or a new name
    if (!machineHad) {
      await quickInput('Type of');
      await keyboard({ press: 'Enter' }); // person, first
    }
    assert.equal(await marked, true);
    const agus = await waitFor(() => curated(editor.document).actors.find((a) => a.text === 'Agus Nugroho'), 'the added mention');
    assert.deepEqual([agus.type, agus.canonical, agus.provenance, agus.by], ['PER', 'Agus Nugroho', machineHad ? 'accepted' : 'added', 'tester']);

    cursorAt(editor, '"Jangan kembali', 3);
    await inEditor(editor, 'Control+Alt+s');
    await quickInput('Speaker of');
    await keyboard({ type: 'Agus N' });
    await sleep(300);
    await screenshot('set-speaker', { delayMs: 200 });
    await keyboard({ press: 'Enter' });
    // Decided, not merely spoken by him: the recognizer may already give him this quote
    // (then the decision is an acceptance), and the test must wait for the decision.
    const quote = await waitFor(() => curated(editor.document).quotes.find((q) => q.text.startsWith('"Jangan') && q.speaker === 'Agus Nugroho' && q.provenance !== 'machine'), 'the quote spoken by Agus Nugroho, decided');
    const machineSpeaker = machine.quotes.find((q) => q.text.startsWith('"Jangan'))?.speaker;
    assert.deepEqual([quote.provenance, quote.by], [machineSpeaker === 'Agus Nugroho' ? 'accepted' : 'corrected', 'tester']);
    assert.equal(editor.document.getText().slice(quote.speakerMention!.start, quote.speakerMention!.end), 'Agus Nugroho', 'the speaker mention is the added one');
  });

  it('links a mention to another identity, and marks a missed quote', async () => {
    cursorAt(editor, 'Luthfi kepada', 2);
    const linked = vscode.commands.executeCommand<boolean>('sorot.curation.linkActor');
    await quickInput('Who is');
    // A name no list has: typed, then Enter takes "Other name…", which asks with it filled in.
    await keyboard({ type: 'Ahmad Luthfi (Gubernur)', press: 'Enter' });
    await quickInput('New name');
    await keyboard({ press: 'Enter' });
    await quickInput('Type of');
    await keyboard({ press: 'Enter' }); // the mention's own type, first
    assert.equal(await linked, true);
    const luthfi = await waitFor(() => curated(editor.document).actors.find((a) => a.text === 'Luthfi' && a.canonical === 'Ahmad Luthfi (Gubernur)'), 'the relinked mention');
    assert.equal(luthfi.provenance, 'corrected');
    // The quote whose speaker came from that mention follows it.
    await waitFor(() => curated(editor.document).quotes.find((q) => q.text.startsWith('"Perbaikan'))?.speaker === 'Ahmad Luthfi (Gubernur)', 'the speaker to follow the relinked mention');

    const words = 'debit sungai masih tinggi hingga Jumat';
    const start = editor.document.getText().indexOf(words);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + words.length));
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markQuote');
    await quickInput('Speaker of');
    await keyboard({ type: 'Agus Nug', press: 'Enter' });
    assert.equal(await marked, true);
    const added = await waitFor(() => curated(editor.document).quotes.find((q) => q.text === words), 'the added quote');
    assert.deepEqual([added.provenance, added.speaker], ['added', 'Agus Nugroho']);
  });

  it('marks part of a recognized mention as an actor: the type question starts on that mention’s type', async () => {
    // "BPBD Demak" is recognized as an organisation; the researcher keeps "BPBD" alone.
    const org = curated(editor.document).actors.find((a) => a.text === 'BPBD Demak');
    assert.equal(org?.type, 'ORG', 'the recognizer gives "BPBD Demak" as an organisation');
    editor.selection = new vscode.Selection(editor.document.positionAt(org.start), editor.document.positionAt(org.start + 'BPBD'.length));
    const marked = vscode.commands.executeCommand<boolean>('sorot.curation.markActor');
    await quickInput('Mark');
    await keyboard({ press: 'Enter' }); // "BPBD", a new name as written
    await quickInput('Type of');
    await keyboard({ press: 'Enter' }); // the first type offered
    assert.equal(await marked, true);
    const bpbd = await waitFor(() => curated(editor.document).actors.find((a) => a.text === 'BPBD'), 'the marked mention');
    assert.deepEqual([bpbd.type, bpbd.canonical, bpbd.provenance], ['ORG', 'BPBD', 'corrected'], 'the recognized mention, cut down to the words kept');
  });

  it('shows who decided an item in the hover', async () => {
    const luthfi = curated(editor.document).actors.find((a) => a.text === 'Luthfi' && a.provenance === 'corrected')!;
    editor.selection = new vscode.Selection(editor.document.positionAt(luthfi.start + 1), editor.document.positionAt(luthfi.start + 1));
    await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor(async () => (await domTexts('.monaco-hover'))?.some((t) => t.includes('Corrected by tester')), 'the hover to name the corrector');
    await screenshot('curated-hover', { delayMs: 200 });
    await keyboard({ press: 'Escape' });
  });

  it('review mode\'s "c" on a quote offers what correcting a quote offers: speaker, form, the selection as its span', async () => {
    // Was: "c" on a quote asked only for the speaker, so a quote's span or form could not be
    // corrected without leaving review mode.
    const before = curated(editor.document).quotes.find((q) => q.text.startsWith('"Perbaikan'))!;
    cursorAt(editor, '"Perbaikan', 0);
    await inEditor(editor, 'Control+Alt+r');
    await waitFor(() => api.curation!.review.state.current?.layer === 'quote' && api.curation!.review.state.current.start === before.start, 'the quote under review');
    // Part of the quote selected (Shift+arrows would do the same): all but its closing comma and mark.
    editor.selection = new vscode.Selection(editor.document.positionAt(before.start), editor.document.positionAt(before.end - 2));
    await keyboard({ press: 'c' });
    await quickInput('Correct');
    const offered = (await domTexts('.quick-input-widget .monaco-list-row')) ?? [];
    for (const label of ['Set speaker…', 'Mark as fragment', 'Use the selection as the span']) assert.ok(offered.some((t) => t.includes(label)), `"${label}" offered: ${offered.join(' | ')}`);
    await keyboard({ type: 'selection', press: 'Enter' });
    const respanned = await waitFor(() => curated(editor.document).quotes.find((q) => q.start === before.start && q.end === before.end - 2), 'the quote on the selected words');
    assert.deepEqual([respanned.provenance, respanned.speaker], ['corrected', before.speaker], 'the span changed, the speaker kept');
    await waitFor(() => api.curation!.review.state.current?.start !== before.start, 'review mode on to the next item');
    await vscode.commands.executeCommand('sorot.curation.reviewStop');
    assert.equal(editor.document.getText(), TEXT, 'no review key reached the text');
  });

  it('reviews the whole article with single keys until every item is decided', async () => {
    cursorAt(editor, 'Gubernur tinjau', 0);
    // A researcher who has not said who they are: review mode asks first, before its single
    // keys are live (asking at the first decision sent the next review key into the box).
    await vscode.workspace.getConfiguration('sorot').update('annotator', undefined, vscode.ConfigurationTarget.Global);
    await inEditor(editor, 'Control+Alt+r');
    await quickInput('who is annotating?');
    assert.equal(api.curation!.review.state.article, undefined, 'review mode waits for the answer');
    await keyboard({ type: 'tester', press: 'Enter' });
    await waitFor(() => api.curation!.review.state.article === editor.document.uri.toString(), 'review mode on');
    await waitFor(async () => (await domTexts('.statusbar-item'))?.some((t) => t.includes('Review:')), 'the progress in the status bar');
    const { total, current } = api.curation!.review.state;
    assert.ok(total >= 6, `items to review (${total})`);
    // The status bar says what is being decided and which keys decide it, not only its tooltip.
    assert.ok(current, 'an item under review');
    const said = current.layer === 'actor' ? (current.value === null ? 'actor, no identity' : `actor → ${current.value}`) : current.value === null ? 'no speaker' : `by ${current.value}`;
    const bar = (await domTexts('.statusbar-item'))?.find((t) => t.includes('Review:')) ?? '';
    assert.ok(bar.includes(said) && bar.includes('a accept') && bar.includes('x reject'), `the item and the keys in the status bar: "${bar}"`);
    await screenshot('review-mode', { delayMs: 300 });
    // As fast as a researcher who knows the text: one key per item, no waiting in between.
    const open = total - api.curation!.review.state.decided;
    for (let i = 0; i < open; i++) await keyboard({ press: 'a' });
    await waitFor(() => api.curation!.review.state.decided === total, 'every item decided');
    assert.deepEqual([api.curation!.review.state.decided, api.curation!.review.state.total], [total, total], 'every item decided');
    assert.equal(editor.document.getText(), TEXT, 'no review key reached the text');
    await keyboard({ press: 'Escape' });
    await waitFor(() => api.curation!.review.state.article === undefined, 'review mode off');
    // The Articles view: the article's row says "reviewed", and the filter finds it.
    const articles = api.articles!.provider;
    await waitFor(async () => {
      const node = await articles.nodeFor(editor.document.uri);
      return node && String(articles.getTreeItem(node).description).includes('reviewed') && !/\d+ of \d+ reviewed/.test(String(articles.getTreeItem(node).description));
    }, 'the article shown as reviewed in the Articles view', 20_000);
    await vscode.commands.executeCommand('sorot.articles.filter', '', 'reviewed');
    const shown = (await Promise.all((await articles.getChildren()).map((f) => articles.getChildren(f)))).flat();
    assert.deepEqual(shown.map((n) => (n.kind === 'article' ? n.entry.uri.toString() : n.kind)), [editor.document.uri.toString()], 'the filter "reviewed" finds the article alone');
    await vscode.commands.executeCommand('sorot.articles.filter', '', '');
  });

  it('exports the curated layer: JSONL with provenance, CoNLL without the rejected mention', async () => {
    const read = async (file: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const jsonl = await api.exportAnnotations!({ format: 'jsonl', scope: [editor.document.uri], filter: {}, includeRecognized: true, out: 'zz-kurasi-export/jsonl', quiet: true });
    assert.ok(jsonl && jsonl.problems.length === 0, `the JSONL export ran: ${JSON.stringify(jsonl?.problems)}`);
    const file = jsonl.written.find((u) => u.path.endsWith('.jsonl'))!;
    const records = (await read(file)).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(records.some((r) => r.kind === 'actor' && r.exact === 'Luthfi' && r.canonical === 'Ahmad Luthfi (Gubernur)' && r.provenance === 'corrected' && r.by === 'tester'), 'the relinked mention');
    assert.ok(records.some((r) => r.kind === 'quote' && r.exact === 'debit sungai masih tinggi hingga Jumat' && r.provenance === 'added'), 'the added quote');
    const rejected = corrections(editor.document).find((c) => c.decision === 'reject')!;
    assert.ok(!records.some((r) => r.kind === 'actor' && r.start === rejected.target.start), 'not the rejected mention');

    const conll = await api.exportAnnotations!({ format: 'conll', scope: [editor.document.uri], filter: {}, out: 'zz-kurasi-export/conll', quiet: true });
    assert.ok(conll && conll.problems.length === 0, `the CoNLL export ran: ${JSON.stringify(conll?.problems)}`);
    const lines = (await read(conll.written.find((u) => u.path.endsWith('.conll'))!)).split('\n');
    const tags = (token: string) => lines.filter((l) => l.startsWith(`${token} `)).map((l) => l.split(' ').pop());
    assert.ok(tags(rejected.target.exact.split(' ')[0]).every((t) => t === 'O'), `"${rejected.target.exact}" is no entity in the training data`);
    await vscode.workspace.fs.delete(uri('zz-kurasi-export'), { recursive: true });
  });
});
