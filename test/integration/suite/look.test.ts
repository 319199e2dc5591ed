// The look of an article (issue 16): it reads as prose with default settings (word wrap,
// line height), Sorot never inserts text inside a line (no `before` content, `after`
// only on an empty range at the end of a line), the actor underline gives way inside an
// annotation (at most two cues on a span), every layer switches from "Show Layers…",
// and pictures of the same annotated article in light, dark and high-contrast themes at
// two window widths (test-results/screenshots/look-*.png; docs/editor.md shows one).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { ANNOTATION_LAYERS, annotationStyle, textStyle } from '../../../src/extension/services/layers/palette';
import { LAYERS } from '../../../src/core/recognize/layers';
import { EXTENSION_ID, activateSorot, click, domTexts, keyboard, quickInput, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = '12-lavrov-sugiono-moskow.txt';
const THEMES: Array<[string, string]> = [
  ['light', 'Default Light Modern'],
  ['dark', 'Default Dark Modern'],
  ['hc', 'Default High Contrast'],
];

let api: SorotApi;
let editor: vscode.TextEditor;

async function openArticle(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), name));
  const ed = await vscode.window.showTextDocument(doc, { preview: false });
  await waitFor(() => ed.document.languageId === 'sorot-article' || vscode.window.activeTextEditor?.document.languageId === 'sorot-article', `${name} to become a sorot-article`);
  return vscode.window.activeTextEditor ?? ed;
}

function annotationsApi() {
  assert.ok(api.annotations && api.decorations, 'annotations and decorations are registered');
  return { annotations: api.annotations, decorations: api.decorations };
}

describe('Look: articles read as prose, annotations beside the text, one palette', function () {
  this.timeout(180_000);

  before(async () => {
    api = await activateSorot();
    const folders = vscode.workspace.getConfiguration('sorot.corpus').get<string[]>('folders') ?? [];
    if (folders.length === 0) await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    editor = await openArticle(ARTICLE);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens articles with word wrap and a reading line height by default', () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'sorot-article', uri: editor.document.uri });
    assert.equal(config.get('wordWrap'), 'on');
    assert.equal(config.get('lineHeight'), 1.7);
    assert.equal(config.get('bracketPairColorization.enabled'), false, 'VS Code applies the language default');
    assert.equal(config.get('unicodeHighlight.ambiguousCharacters'), false, 'dashes and quotation marks of prose are not boxed as look-alikes');
  });

  it('inserts no text in a line: no before/after content; kinds in the gutter, what each annotation says in a label above the paragraph', async () => {
    for (const layer of LAYERS) {
      const s = textStyle(layer);
      assert.equal(s.before, undefined, `${layer} has no before`);
      assert.equal(s.after, undefined, `${layer} has no after`);
    }
    for (const layer of ANNOTATION_LAYERS) {
      for (const over of [false, true]) {
        const s = annotationStyle(layer, 0, over);
        assert.equal(s.before, undefined, `${layer} has no before`);
        assert.equal(s.after, undefined, `${layer} has no after`);
      }
    }
    const { annotations } = annotationsApi();
    const uri = editor.document.uri.toString();
    const margins = await waitFor(() => {
      const m = annotations.decorations.margins.get(uri);
      return m && m.some((x) => x.label) ? m : undefined;
    }, 'labels on the annotated article');
    const shown = annotations.decorations.applied.get(uri) ?? [];
    assert.ok(shown.some((a) => a.layer === 'suggested'), 'the sample has a suggestion');
    for (const m of margins.filter((x) => x.label)) {
      const starts = shown.filter((a) => editor.document.positionAt(a.start).line === m.line);
      assert.ok(starts.length > 0, `line ${m.line} starts an annotation`);
    }
    // Each label says what its annotation says (kind: words), the reserved claimant in the
    // display language, a long one cut with "…"; the whole text is in the label's tooltip.
    assert.deepEqual(margins.filter((x) => x.label).map((m) => m.label), [
      "stance: Sergey Lavrov for Indonesia's free and active foreign policy",
      'stance: Sugiono for Peace negotiations',
      'source: Sergey Lavrov (official, direct)',
      'suggested source: Hendro Susanto (official, direct)',
      'claim: the outlet (own voice): Indonesia became a full BRICS membe…',
    ]);
    assert.ok(margins.some((m) => m.full === 'claim: the outlet (own voice): Indonesia became a full BRICS member in January 2025.'), 'the uncut words for the tooltip');
    assert.ok(margins.some((m) => m.icon), 'kind icons in the gutter');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    for (const m of margins.filter((x) => x.label)) assert.ok(titles.some((t) => t.endsWith(m.label) && t.startsWith('$(')), `a label with its codicon above line ${m.line}: ${titles.join(' | ')}`);
    const claimLens = lenses.find((l) => l.command?.title.includes('claim: '));
    assert.match(String(claimLens?.command?.tooltip), /^claim: the outlet \(own voice\): Indonesia became a full BRICS member in January 2025\.\n\nShow the annotations of this paragraph$/);
  });

  it('draws at most the annotation line on annotated text: actor underlines give way', async () => {
    const { annotations, decorations } = annotationsApi();
    const uri = editor.document.uri;
    const shown = annotations.decorations.applied.get(uri.toString()) ?? [];
    const applied = await waitFor(() => decorations.appliedFor(uri), 'recognized layers');
    const inside = (x: number) => shown.some((a) => x >= a.start && x < a.end);
    let covered = 0;
    for (const layer of ['person', 'organisation', 'place'] as const) {
      for (const s of applied.drawn[layer]) for (let x = s.start; x < s.end; x++) assert.ok(!inside(x), `${layer} underline at ${x} is inside an annotation`);
      covered += applied.spans[layer].filter((s) => inside(s.start)).length;
    }
    assert.ok(covered > 0, 'the sample has actor mentions inside annotations (the case this checks)');
  });

  it('switches every layer from Sorot: Show Layers…, remembered for the workspace', async () => {
    const { annotations, decorations } = annotationsApi();
    const uri = editor.document.uri;
    const picked = vscode.commands.executeCommand('sorot.showLayers');
    if (!(await keyboard({}))) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await picked;
      return;
    }
    await quickInput('Sorot: Show Layers');
    const rows = (await domTexts('.quick-input-list .monaco-list-row')) ?? [];
    assert.ok(rows.length >= 11, `every layer is a row: ${rows.join(' | ')}`);
    // Untick the first row (Persons) and accept.
    await click('.quick-input-list .monaco-list-row label.quick-input-list-label', 'Persons');
    await click('.quick-input-widget .monaco-button', 'OK');
    await picked;
    await waitFor(() => decorations.appliedFor(uri)?.spans.person.length === 0, 'persons hidden');
    assert.equal(decorations.visibility.isShown('person'), false);
    assert.ok((decorations.appliedFor(uri)?.spans.organisation.length ?? 0) > 0, 'the other layers stay');
    await decorations.visibility.show({ labels: false });
    await waitFor(() => annotations.decorations.margins.get(uri.toString())?.every((m) => !m.label), 'labels hidden');
    await decorations.visibility.forget(['person', 'labels']);
    await waitFor(() => (decorations.appliedFor(uri)?.spans.person.length ?? 0) > 0, 'persons back');
    await waitFor(() => annotations.decorations.margins.get(uri.toString())?.some((m) => m.label), 'labels back');
  });

  it('names a stance in words and marks kinds with codicons in the Articles view (no font-dependent signs)', async () => {
    const articles = api.articles;
    assert.ok(articles, 'the Articles view is registered');
    const node = await waitFor(() => articles.provider.nodeFor(editor.document.uri), 'the article’s row');
    const group = (await articles.provider.getChildren(node)).find((c) => articles.provider.getTreeItem(c).contextValue === 'sorot.annotations.group');
    assert.ok(group, 'the article has an Annotations row');
    const items = (await articles.provider.getChildren(group)).map((r) => articles.provider.getTreeItem(r));
    const stances = items.filter((i) => String(i.label).startsWith('Stance'));
    assert.ok(stances.length > 0, items.map((i) => String(i.label)).join(' | '));
    for (const i of items) {
      assert.doesNotMatch(String(i.label), /[＋－＝]/u, `${String(i.label)} has no sign`);
      assert.ok(i.iconPath instanceof vscode.ThemeIcon, `${String(i.label)} has a codicon`);
    }
    assert.ok(stances.every((i) => / (for|against|neutral on) /.test(String(i.label))), stances.map((i) => String(i.label)).join(' | '));
  });

  it('takes the same annotated article in light, dark and high-contrast themes at 1400 and 1000 px', async () => {
    editor = await openArticle(ARTICLE);
    // The hover-free view a reader sees: cursor at the top, the Articles view beside it.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('workbench.view.extension.sorot');
    await vscode.window.showTextDocument(editor.document, { preview: false });
    for (const [name, theme] of THEMES) {
      await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      await sleep(800);
      await screenshot(`look-${name}`, { delayMs: 800 });
      await screenshot(`look-${name}-1000`, { delayMs: 800, width: 1000 });
    }
  });

  it('shows the label of a selected article with a long headline in a narrow sidebar', async () => {
    const articles = api.articles;
    assert.ok(articles);
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'zz-judul-panjang.txt');
    const headline = 'Pemerintah daerah menyiapkan rencana panjang perbaikan jalan desa, jembatan gantung dan saluran irigasi sebelum musim hujan tiba';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${headline}\n\nJakarta - Isi berita singkat untuk uji tampilan.\n`));
    let before = 0;
    try {
      const node = await waitFor(async () => {
        const n = await articles.provider.nodeFor(uri);
        return n && articles.provider.getTreeItem(n).label === headline ? n : undefined;
      }, 'the long headline listed');
      await vscode.commands.executeCommand('workbench.view.extension.sorot');
      await waitFor(async () => {
        await articles.view.reveal(node, { select: true, focus: true });
        return true;
      }, 'the row revealed');
      // The commands act on the editor part: widening it narrows the sidebar (to its minimum).
      before = Number((await domTexts('.part.sidebar', 'offsetWidth'))?.[0] ?? 0);
      for (let i = 0; i < 20; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
      await sleep(500);
      const row = '.part.sidebar .monaco-list-row.selected';
      const visible = await domTexts(`${row} .label-name`, 'offsetWidth');
      const scrolled = await domTexts(`${row} .monaco-icon-label-container`, 'scrollLeft');
      const container = await domTexts(`${row} .monaco-icon-label-container`, 'clientWidth');
      await screenshot('articles-long-headline', { selector: '.part.sidebar', delayMs: 500 });
      if (visible) {
        assert.ok(scrolled?.every((x) => Number(x) === 0), `the label is not scrolled out of its container: scrollLeft ${scrolled?.join(',')}, width ${visible.join(',')} in ${container?.join(',')}`);
      }
    } finally {
      // Give the sidebar its width back, so later tests see the usual layout.
      for (let i = 0; i < 40 && Number((await domTexts('.part.sidebar', 'offsetWidth'))?.[0] ?? before) < before; i++) {
        await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
      }
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('takes a walkthrough step at the size it is shown', async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: `${EXTENSION_ID}#gettingStarted`, step: 'annotate' }, false);
    await waitFor(async () => ((await domTexts('.gettingStartedSlideDetails')) ?? ['x']).join('').length > 0, 'the walkthrough');
    await screenshot('walkthrough-step', { delayMs: 1500 });
  });
});
