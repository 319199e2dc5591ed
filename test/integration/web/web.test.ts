// Sorot's browser build (dist/web/extension.js) in the web worker extension host, the
// way vscode.dev or a code-server opens a shared corpus: activation, the Articles view,
// decorations, hovers, a claim created with the keyboard, the article status, read-only
// article text and an export, all through vscode.workspace.fs on the remote workspace.
// The screenshots named walkthrough-* become the images of the Get Started walkthrough
// (npm run walkthrough-media), which the last test opens.
import * as vscode from 'vscode';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import type { SorotApi } from '../../../src/extension/api';
import * as assert from './assert';
import { activateSorot, domTexts, EXTENSION_ID, keyboard, screenshot, sleep, testEndpoint, waitFor, workspaceRoot } from './web-helpers';

const ARTICLE = '01-kremlin-peringatan-nato.txt';
const TO_ANNOTATE = '05-menlu-sugiono-gaza-oki.txt';

let api: SorotApi;

async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await waitFor(() => editor.document.languageId === 'sorot-article', `${name} to open as a Sorot article`);
  return vscode.window.activeTextEditor ?? editor;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Waits for a quick input whose title contains `title`, then types and presses Enter. */
async function answer(title: string, type = ''): Promise<void> {
  await waitFor(async () => (await domTexts('.quick-input-widget .quick-input-title'))?.some((t) => t.includes(title)), `quick input "${title}"`);
  await keyboard({ type, press: 'Enter' });
  await sleep(150);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('Web worker extension host (dist/web)', function () {
  this.timeout(120_000);

  before(async function () {
    if (!testEndpoint()) this.skip(); // keyboard and DOM come from the harness
    api = await activateSorot();
    await vscode.workspace.getConfiguration('sorot').update('annotator', 'web-tester', vscode.ConfigurationTarget.Global);
  });

  it('activates from the browser build, in the web worker', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext?.isActive, 'Sorot is active');
    // UI kind: the extension runs next to the workbench (web worker), not on the server
    assert.equal(ext.extensionKind, vscode.ExtensionKind.UI, 'Sorot runs in the UI-side (web worker) extension host');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node process object: this is the browser build');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.ok(typeof api.activationMs === 'number');
  });

  it('lists the sample articles in the Articles view', async () => {
    assert.ok(api.articles, 'the Articles view is registered');
    await vscode.commands.executeCommand('sorot.articles.focus');
    const articles = await waitFor(async () => {
      const list = await api.articles!.provider.articles();
      return list.length >= 12 ? list : undefined;
    }, 'the 12 sample articles', 20_000);
    assert.ok(articles.some((a) => a.uri.path.endsWith(ARTICLE)), `${ARTICLE} is listed`);
    assert.ok(articles.every((a) => (a.headline ?? '').length > 0), 'every article has a headline');
  });

  it('shows an article\'s outlet and date, read from its text, in the Articles view', async () => {
    const node = await api.articles!.provider.nodeFor(vscode.Uri.joinPath(workspaceRoot(), '03-prabowo-pidato-rapbn-dpr.txt'));
    assert.ok(node, 'the article has a row');
    await waitFor(async () => String((await api.articles!.provider.getTreeItem(node)).description).includes('Kompas.com · 2025-08-15'), 'the row to show "Kompas.com · 2025-08-15"', 20_000);
  });

  it('indexes the folder once it is marked as a corpus', async () => {
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    const corpus = api.corpus!.corpus;
    await waitFor(() => corpus.index.size >= 12 && !corpus.isIndexing, 'the corpus index to hold the 12 samples', 30_000);
    await vscode.commands.executeCommand('sorot.articles.focus');
    await waitFor(async () => (await domTexts('.part.sidebar .monaco-list-row'))?.some((t) => /mentions/.test(t)), 'the Actors view rows');
    await screenshot('walkthrough-1-corpus', { delayMs: 800 });
  });

  it('decorates actors, quotes and speakers of an article', async () => {
    const editor = await openArticle(ARTICLE);
    assert.ok(api.decorations, 'decorations are registered');
    const applied = await waitFor(() => {
      const a = api.decorations!.appliedFor(editor.document.uri);
      return a && a.version === editor.document.version ? a : undefined;
    }, 'decorations of the article');
    const fresh = api.corpus!.engine.analyze(editor.document.getText());
    const actors = applied.spans.person.length + applied.spans.organisation.length + applied.spans.place.length;
    assert.equal(actors, fresh.actors.length, 'one actor decoration per recognized mention');
    assert.ok(actors > 5, `a news article has several actors (got ${actors})`);
    assert.equal(applied.spans.quote.length, fresh.quotes.length, 'one quote decoration per quote');
    assert.ok(applied.spans.quote.length > 0, 'the article has quotes');
    await screenshot('web-decorations', { delayMs: 1000 });
  });

  it('shows the actor hover', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const fresh = api.corpus!.engine.analyze(editor.document.getText());
    const mention = fresh.actors.find((m) => m.type === 'PER') ?? fresh.actors[0];
    assert.ok(mention, 'the article has an actor');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(mention.start + 1));
    const text = hoverText(hovers);
    assert.ok(text.includes(mention.canonical), `the hover names the actor: ${text.slice(0, 200)}`);
    // the hover widget as a user sees it (opened with the keyboard: the mouse is not ours)
    editor.selection = new vscode.Selection(editor.document.positionAt(mention.start + 1), editor.document.positionAt(mention.start + 1));
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor(async () => (await domTexts('.monaco-hover'))?.some((t) => t.includes(mention.canonical)), 'the hover widget');
    await screenshot('walkthrough-2-explore', { delayMs: 500 });
    await keyboard({ press: 'Escape' });
  });

  it('creates a claim with the keyboard and writes the sidecar through vscode.workspace.fs', async () => {
    const editor = await openArticle(TO_ANNOTATE);
    const text = editor.document.getText();
    const paragraph = text.split('\n').find((l) => l.length > 80);
    assert.ok(paragraph);
    const sentence = paragraph.slice(0, paragraph.search(/[.!?](\s|$)/) + 1);
    const start = text.indexOf(sentence);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + sentence.length));
    const created = vscode.commands.executeCommand<Annotation | undefined>('sorot.annotate');
    await waitFor(async () => (await domTexts('.quick-input-widget .quick-input-title'))?.some((t) => t.includes('Annotate')), 'the kind of annotation');
    await screenshot('walkthrough-3-annotate', { delayMs: 300 });
    await answer('Annotate', 'Claim');
    await answer('(1/3)', 'Sugiono');
    await answer('(2/3)', 'Indonesia backs a ceasefire');
    await answer('(3/3)');
    const annotation = await created;
    assert.equal(annotation?.kind, 'claim');
    const sidecarUri = vscode.Uri.joinPath(workspaceRoot(), TO_ANNOTATE.replace(/\.txt$/, '.sorot.json'));
    const sidecar = await waitFor(async () => {
      try {
        const s = JSON.parse(await readText(sidecarUri)) as Sidecar;
        return s.annotations.length === 1 ? s : undefined;
      } catch {
        return undefined;
      }
    }, 'the sidecar next to the article');
    assert.equal(sidecar.annotations[0].annotator, 'web-tester');
    assert.equal(sidecar.annotations[0].target.exact, sentence);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await screenshot('web-annotation', { delayMs: 800 });
  });

  it('sets the article status', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor?.document.uri.path.endsWith(TO_ANNOTATE));
    const set = vscode.commands.executeCommand<boolean>('sorot.annotations.setArticleStatus');
    await waitFor(async () => (await domTexts('.quick-input-widget .quick-input-title'))?.some((t) => t.includes('Status of')), 'the status picker');
    await screenshot('walkthrough-4-review', { delayMs: 300 });
    await keyboard({ type: 'progress', press: 'Enter' });
    assert.equal(await set, true);
    const sidecarUri = vscode.Uri.joinPath(workspaceRoot(), TO_ANNOTATE.replace(/\.txt$/, '.sorot.json'));
    const sidecar = JSON.parse(await readText(sidecarUri)) as Sidecar;
    assert.equal(sidecar.articleStatus, 'in-progress');
  });

  it('keeps a corpus article read-only, and editable once unlocked (issue 11: 6)', async () => {
    const editor = await openArticle(ARTICLE);
    const doc = editor.document;
    const original = doc.getText();
    await waitFor(() => api.readOnly?.recordOf(doc.uri), 'Sorot to lock the article');
    await api.readOnly!.settled();
    const line = original.split('\n').findIndex((l) => l.length > 80);
    editor.selection = new vscode.Selection(line, 0, line, doc.lineAt(line).text.length);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup'); // the selection reached the page
    await keyboard({ press: 'Enter' });
    await keyboard({ type: 'x' });
    await sleep(400);
    assert.equal(doc.getText(), original, 'a stray Enter and letter leave the article as it was');
    assert.ok(await waitFor(async () => (await domTexts('.monaco-editor-overlaymessage .message'))?.some((t) => /read-only/i.test(t)), 'the read-only message'));
    assert.equal(await vscode.commands.executeCommand('sorot.articles.unlockText'), true);
    editor.selection = new vscode.Selection(line, 0, line, 0);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await keyboard({ type: 'x' });
    await waitFor(() => doc.getText() !== original, 'the letter typed into the unlocked article');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => doc.getText() === original && !doc.isDirty, 'the article reverted');
    assert.equal(await vscode.commands.executeCommand('sorot.articles.lockText'), true);
  });

  it('exports the annotations with the keyboard flow', async () => {
    const exported = vscode.commands.executeCommand<{ written: vscode.Uri[]; annotations: number } | undefined>('sorot.exportAnnotations');
    // The whole workspace (with an article open, "This article" comes first; the claim is in another article).
    await answer('(1/4)', 'All articles');
    await waitFor(async () => (await domTexts('.quick-input-widget .quick-input-title'))?.some((t) => t.includes('(2/4)')), 'the format step');
    await screenshot('walkthrough-5-export', { delayMs: 300 });
    await answer('(2/4)', 'JSONL');
    await answer('(3/4)');
    await answer('to which folder');
    const outcome = await exported;
    assert.ok(outcome, 'the export ran');
    assert.ok(outcome.annotations >= 1, `annotations exported (${outcome.annotations})`);
    const lines = (await Promise.all(outcome.written.map(readText))).join('').split('\n').filter(Boolean);
    assert.ok(lines.some((l) => l.includes('Indonesia backs a ceasefire')), 'the new claim is in the export');
  });

  it('opens the agreement report (a webview) on the two demo annotators', async () => {
    await vscode.commands.executeCommand('sorot.agreement.show', { mode: 'exact' });
    const panel = await waitFor(() => api.agreement!.current(), 'the agreement panel');
    assert.ok(panel.report.disagreements.some((d) => d.annotatorA === 'budi' && d.annotatorB === 'rina'), 'budi and rina disagree somewhere');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('opens the analysis view: its page draws every chart, a filter narrows them, a mark opens its quote (issue 15)', async () => {
    const panel = (await vscode.commands.executeCommand('sorot.analysis.show')) as NonNullable<ReturnType<NonNullable<SorotApi['analysis']>['current']>>;
    assert.ok(panel, 'the analysis view opens');
    const drawn: Array<Record<string, number>> = [];
    const errors: string[] = [];
    panel.onDidRender((m) => drawn.push(m));
    panel.onDidReportError((e) => errors.push(e));
    const marks = await waitFor(() => drawn.at(-1), 'the page (dist/webview/analysis.js) to draw', 30_000);
    assert.ok(['speakers', 'stance', 'sources', 'timeline', 'network'].every((c) => marks[c] > 0), `marks per chart: ${JSON.stringify(marks)}`);
    const all = panel.model!.articles;
    await panel.receive({ type: 'filter', filter: { outlets: ['ANTARA'] } });
    assert.ok(panel.model!.articles > 0 && panel.model!.articles < all, `ANTARA: ${panel.model!.articles} of ${all}`);
    const mark = panel.model!.speakers.marks[0];
    await panel.receive({ type: 'mark', key: mark.key, title: mark.speaker });
    const editor = (await panel.receive({ type: 'open', key: mark.key, index: 0 })) as vscode.TextEditor;
    assert.match(editor.document.getText(editor.selection), /^["“]/, 'the quote is selected');
    assert.match(await panel.picture('stance', 'png'), /^data:image\/png;base64,/);
    assert.deepEqual(errors, []);
    await screenshot('web-analysis-view', { delayMs: 800 });
    panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the Get Started walkthrough, each step with its screenshot', async () => {
    const walkthrough = `${EXTENSION_ID}#gettingStarted`;
    const steps = ['openCorpus', 'explore', 'annotate', 'review', 'export'];
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: { steps: { id: string; media: { image: string } }[] }[] } };
    assert.deepEqual(manifest.contributes.walkthroughs[0].steps.map((s) => s.id), steps, 'five steps in this order');
    for (const [i, step] of steps.entries()) {
      // the command prefixes the step id with the category itself
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: walkthrough, step }, false);
      const image = manifest.contributes.walkthroughs[0].steps[i].media.image.split('/').pop()!;
      // the step's image is shown and decoded (a missing file has naturalWidth 0)
      await waitFor(async () => {
        // the step's <img> has only a srcset (1.5x): currentSrc is the file it loaded
        const sources = (await domTexts('.getting-started-media img', 'currentSrc')) ?? [];
        const widths = (await domTexts('.getting-started-media img', 'naturalWidth')) ?? [];
        return sources.some((src, j) => src.includes(image) && Number(widths[j]) > 0);
      }, `the image ${image} of step ${step}`);
    }
    const text = (await domTexts('.gettingStartedSlideDetails'))?.join('\n') ?? '';
    assert.match(text, /Get Started with Sorot/);
    assert.match(text, /Export the annotations/);
    await screenshot('walkthrough', { delayMs: 800 });
  });
});
