// Issue 11: 13 in the real editor. Accepting a suggestion never makes a silent
// duplicate, and a hover link that went stale (the suggestion accepted meanwhile) or a
// double click changes nothing; annotating an article moves its status from "not
// started" to "in progress", in the sidecar and in the Articles view, never down from "done".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createAnnotation, type Annotation, type Sidecar, type SourceAnnotation } from '../../../src/core/annotations';
import type { SorotApi } from '../../../src/extension/api';
import { activateSorot, domTexts, keyboard, quickInputFocused, sleep, waitFor, workspaceRoot } from '../helpers';

const SUGGESTED = '08-rutte-target-belanja-pertahanan.txt';
const STATUS = '06-dk-pbb-veto-resolusi-gaza.txt';

let api: SorotApi;

const uriOf = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name);
const sidecarOf = (name: string) => uriOf(name.replace(/\.txt$/, '.sorot.json'));

async function readSidecar(name: string): Promise<Sidecar | undefined> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(name)))) as Sidecar;
  } catch {
    return undefined;
  }
}

function sidecarWith(name: string, pred: (s: Sidecar) => boolean, what: string): Promise<Sidecar> {
  return waitFor(async () => {
    const s = await readSidecar(name);
    return s && pred(s) ? s : undefined;
  }, what);
}

async function openArticle(name: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf(name)), { preview: false });
  await waitFor(() => editor.document.languageId === 'sorot-article', `${name} to open as a Sorot article`);
  return editor;
}

async function hoverAt(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset));
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** The arguments of a hover's command link to `command` for the annotation `id`, as a click passes them. */
function linkArgs(markdown: string, command: string, id: string): unknown[] | undefined {
  for (const m of markdown.matchAll(new RegExp(`command:${command.replace(/\./g, '\\.')}\\?([^)\\s]+)`, 'g'))) {
    const args = JSON.parse(decodeURIComponent(m[1])) as unknown[];
    if (args[1] === id) return args;
  }
  return undefined;
}

function onSpan(list: Annotation[], a: Annotation): Annotation[] {
  return list.filter((x) => x.kind === a.kind && x.target.start === a.target.start && x.target.end === a.target.end);
}

/** Runs a create command and answers every step of its flow with Enter (the preselected
 *  item), however many steps the flow has. */
async function createWithEnter(command: string): Promise<Annotation | undefined> {
  let settled = false;
  const created = vscode.commands.executeCommand<Annotation | undefined>(command);
  void Promise.resolve(created).then(() => (settled = true), () => (settled = true));
  const page = (await domTexts('body')) !== undefined;
  for (let step = 1; step <= 12 && !settled; step++) {
    await waitFor(async () => settled || (page
      ? (await domTexts('.quick-input-widget .quick-input-title'))?.some((t) => t.includes(`(${step}/`))
      : (await sleep(400), true)), `step ${step} of the flow`);
    if (settled) break;
    if (page) await quickInputFocused(`(${step}/`);
    if (!(await keyboard({ press: 'Enter' }))) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return created;
}

describe('Suggestions never duplicate; annotating moves the article status on', function () {
  this.timeout(120_000);

  before(async () => {
    api = await activateSorot();
    await vscode.workspace.getConfiguration('sorot').update('annotator', 'tester', vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const name of [SUGGESTED, STATUS]) await vscode.workspace.fs.delete(sidecarOf(name), { useTrash: false }).then(undefined, () => undefined);
  });

  it('accepting a suggestion on a span that already has the same annotation merges it instead of adding a second', async () => {
    const editor = await openArticle(SUGGESTED);
    const doc = editor.document;
    const service = api.annotations!.service;
    await waitFor(() => api.corpus!.analyses.get(doc).result.quotes.filter((q) => q.speaker).length >= 3, 'three attributed quotes');
    const added = await vscode.commands.executeCommand<number>('sorot.annotations.suggestSources');
    assert.ok(added >= 3, `suggestions were added (${added})`);
    const suggestions = (await sidecarWith(SUGGESTED, (s) => s.annotations.filter((a) => a.status === 'suggested').length === added, 'the suggestions on disk'))
      .annotations.filter((a): a is SourceAnnotation => a.status === 'suggested' && a.kind === 'source');
    const first = suggestions[0];

    // The researcher annotates the quote by hand, the same way the suggestion says.
    const mine = createAnnotation({ text: doc.getText(), start: first.target.start, end: first.target.end, annotator: 'tester', fields: { kind: 'source', source: first.source } });
    assert.equal(await service.change(doc.uri, { type: 'add', annotation: mine }), true);

    const hover = await hoverAt(doc, first.target.start + 1);
    const accept = linkArgs(hover, 'sorot.annotations.acceptSuggestion', first.id);
    assert.ok(accept, 'the hover offers Accept for the suggestion');
    assert.equal(await vscode.commands.executeCommand('sorot.annotations.acceptSuggestion', ...accept), true);
    const after = await sidecarWith(SUGGESTED, (s) => !s.annotations.some((a) => a.id === first.id), 'the suggestion merged away');
    assert.deepEqual(onSpan(after.annotations, first).map((a) => [a.id, a.status]), [[mine.id, 'accepted']], 'one annotation on the span: the researcher\'s');
  });

  it('a stale hover link and a double click change nothing once the suggestion is decided', async () => {
    const doc = (await openArticle(SUGGESTED)).document;
    const [second, third] = (await readSidecar(SUGGESTED))!.annotations.filter((a) => a.status === 'suggested');
    assert.ok(second && third, 'two suggestions left');

    const stale = await hoverAt(doc, second.target.start + 1);
    const accept = linkArgs(stale, 'sorot.annotations.acceptSuggestion', second.id)!;
    const reject = linkArgs(stale, 'sorot.annotations.rejectSuggestion', second.id)!;
    assert.ok(accept && reject, 'the hover offers Accept and Reject');
    assert.equal(await vscode.commands.executeCommand('sorot.annotations.acceptSuggestion', ...accept), true);
    assert.equal(await vscode.commands.executeCommand('sorot.annotations.acceptSuggestion', ...accept), false, 'the stale Accept does nothing');
    assert.equal(await vscode.commands.executeCommand('sorot.annotations.rejectSuggestion', ...reject), false, 'the stale Reject does nothing');
    const fresh = await hoverAt(doc, second.target.start + 1);
    assert.equal(linkArgs(fresh, 'sorot.annotations.acceptSuggestion', second.id), undefined, 'a new hover no longer offers Accept');

    // Two clicks on one Accept before the first is saved: one decision.
    const args = linkArgs(await hoverAt(doc, third.target.start + 1), 'sorot.annotations.acceptSuggestion', third.id)!;
    const results = await Promise.all([
      vscode.commands.executeCommand<boolean>('sorot.annotations.acceptSuggestion', ...args),
      vscode.commands.executeCommand<boolean>('sorot.annotations.acceptSuggestion', ...args),
    ]);
    assert.deepEqual(results.filter(Boolean).length, 1, `exactly one click decided (${JSON.stringify(results)})`);
    const s = await sidecarWith(SUGGESTED, (x) => x.annotations.find((a) => a.id === third.id)?.status === 'accepted', 'the third suggestion accepted');
    for (const a of [second, third]) assert.equal(onSpan(s.annotations, a).filter((x) => x.status === 'accepted').length, 1, `one annotation on “${a.target.exact.slice(0, 30)}”`);
  });

  it('the first annotation of an article makes it "in progress", in the sidecar and the Articles view', async () => {
    const editor = await openArticle(STATUS);
    const doc = editor.document;
    assert.equal(await readSidecar(STATUS), undefined, 'the article has no annotation file yet');
    const paragraph = doc.getText().split('\n').find((l) => l.length > 80)!;
    const start = doc.getText().indexOf(paragraph);
    editor.selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(start + Math.min(60, paragraph.length)));
    const created = await createWithEnter('sorot.annotateSource');
    assert.equal(created?.kind, 'source', 'the annotation was created');
    await sidecarWith(STATUS, (s) => s.articleStatus === 'in-progress', 'the status "in progress" on disk');

    const articles = api.articles as { provider: vscode.TreeDataProvider<unknown> & { nodeFor(uri: vscode.Uri): Promise<unknown> } } | undefined;
    assert.ok(articles, 'the Articles view is registered');
    const node = await articles.provider.nodeFor(doc.uri);
    await waitFor(async () => ((await articles.provider.getTreeItem(node)).iconPath as vscode.ThemeIcon | undefined)?.id === 'record', 'the in-progress icon in the Articles view');

    // "done" is the researcher's word: a further annotation leaves it.
    assert.equal(await vscode.commands.executeCommand('sorot.annotations.setArticleStatus', doc.uri, 'done'), true);
    const next = doc.getText().indexOf(paragraph) + Math.min(60, paragraph.length) + 1;
    editor.selection = new vscode.Selection(doc.positionAt(next), doc.positionAt(Math.min(next + 20, start + paragraph.length)));
    assert.equal((await createWithEnter('sorot.annotateSource'))?.kind, 'source');
    const s = await sidecarWith(STATUS, (x) => x.annotations.length === 2, 'two annotations on disk');
    assert.equal(s.articleStatus, 'done');
  });
});
