// Two annotators on one article (the samples' budi and rina on 01-kremlin-peringatan-nato)
// are told apart in the editor: each has their own colour in the decorations, the hover
// names them, one can be hidden, and adjudication opens each annotator's own view of
// the article side by side with the disagreements marked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { ANNOTATOR_VIEW_SCHEME } from '../../../src/extension/agreement/annotator-views';
import { activateSorot, domTexts, keyboard, screenshot, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = '01-kremlin-peringatan-nato.txt';
let api: SorotApi;

function applied(uri: vscode.Uri) {
  return api.annotations!.decorations.applied.get(uri.toString()) ?? [];
}

describe('Annotators', function () {
  this.timeout(120_000);
  const uri = () => vscode.Uri.joinPath(workspaceRoot(), ARTICLE);

  before(async () => {
    api = await activateSorot();
    assert.ok(api.annotations && api.agreement, 'annotations and agreement are registered');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.commands.executeCommand('sorot.annotators.show', { hidden: [] });
    api.agreement?.current()?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('gives two annotators on one article different colours and names them in the hover', async () => {
    const editor = await vscode.window.showTextDocument(uri(), { preview: false });
    const both = await waitFor(() => {
      const spans = applied(uri());
      return spans.some((s) => s.annotator === 'budi') && spans.some((s) => s.annotator === 'rina') ? spans : undefined;
    }, 'budi’s and rina’s annotations decorated');
    const colourOf = (name: string) => new Set(both.filter((s) => s.annotator === name).map((s) => s.colour));
    assert.equal(colourOf('budi').size, 1, 'one colour for all of budi’s annotations');
    assert.equal(colourOf('rina').size, 1, 'one colour for all of rina’s annotations');
    assert.notEqual([...colourOf('budi')][0], [...colourOf('rina')][0], 'budi and rina have different colours');
    // Same colours every time: from the names.
    assert.equal(api.annotations!.annotators.slot('budi'), [...colourOf('budi')][0]);

    // The labels above the lines say what each annotation says, under its annotator's name
    // (both names once when both said the same).
    const labels = () => (api.annotations!.decorations.margins.get(uri().toString()) ?? []).map((m) => m.label).filter(Boolean);
    assert.ok(labels().includes('stance (budi, rina): Kremlin against NATO expansion'), labels().join(' | '));
    assert.ok(labels().includes('stance (rina): Mark Rutte for NATO expansion'), labels().join(' | '));
    for (const label of labels()) {
      for (const item of label.split(' · ')) assert.match(item, /^(claim|stance|source) \((budi|rina|budi, rina)\): \S/, label);
    }

    const onlyRina = both.find((s) => s.annotator === 'rina' && !both.some((b) => b.annotator === 'budi' && b.start <= s.start && s.start < b.end))!;
    assert.ok(onlyRina, 'rina has a span budi does not cover');
    const position = editor.document.positionAt(onlyRina.start + 1);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri(), position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /■<\/span> \*\*rina\*\*/, 'the hover names rina with her colour swatch');

    // The Articles view names the annotator of each annotation first, its icon in their colour.
    const articles = api.articles!;
    await vscode.commands.executeCommand('sorot.articles.focus');
    const node = await waitFor(() => articles.provider.nodeFor(uri()), 'the article’s row');
    const children = await articles.provider.getChildren(node);
    const group = children.find((c) => articles.provider.getTreeItem(c).contextValue === 'sorot.annotations.group')!;
    assert.ok(group, 'the article has an Annotations row');
    const rows = await articles.provider.getChildren(group);
    const items = rows.map((r) => articles.provider.getTreeItem(r));
    for (const name of ['budi', 'rina']) {
      const mine = items.filter((i) => String(i.label).startsWith(`${name} — `));
      assert.ok(mine.length > 0, `rows name ${name}`);
      const colours = new Set(mine.map((i) => ((i.iconPath as vscode.ThemeIcon).color as vscode.ThemeColor | undefined)?.id));
      assert.deepEqual([...colours], [`sorot.annotator.${api.annotations!.annotators.colour(name)}`], `${name}’s rows show ${name}’s colour`);
    }
    await waitFor(async () => {
      await articles.view.reveal(rows[0], { select: false, focus: false, expand: true });
      return true;
    }, 'the annotations rows shown');
    // The picture: both annotators' lines, labels and tree rows, and the hover naming rina.
    const shown = await vscode.window.showTextDocument(editor.document, { preview: false });
    shown.selection = new vscode.Selection(position, position);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('annotators-colours', { delayMs: 1500 });
  });

  it('hides one annotator’s decorations when toggled off, and shows them again', async () => {
    await vscode.commands.executeCommand('sorot.annotators.show', { hidden: ['rina'] });
    await waitFor(() => {
      const spans = applied(uri());
      return spans.length > 0 && spans.every((s) => s.annotator !== 'rina');
    }, 'rina’s decorations gone, budi’s kept');
    assert.ok(applied(uri()).some((s) => s.annotator === 'budi'));
    assert.deepEqual(api.annotations!.annotators.hiddenNames(), ['rina']);
    // One annotator shown: the labels drop the names, and say what budi's annotations say.
    const labels = (api.annotations!.decorations.margins.get(uri().toString()) ?? []).map((m) => m.label).filter(Boolean);
    assert.ok(labels.includes('stance: Kremlin against NATO expansion'), labels.join(' | '));
    assert.ok(labels.includes('source: TASS (news agency, reported)'), labels.join(' | '));
    assert.ok(labels.every((l) => !/\((budi|rina)\)/.test(l)), labels.join(' | '));
    await vscode.commands.executeCommand('sorot.annotators.show', { hidden: [] });
    await waitFor(() => applied(uri()).some((s) => s.annotator === 'rina'), 'rina’s decorations back');
  });

  it('hides an annotator unchecked in the Show Annotators quick pick (real keyboard)', async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // needs the offline harness's page
    await vscode.window.showTextDocument(uri(), { preview: false });
    await waitFor(() => applied(uri()).some((s) => s.annotator === 'rina'), 'rina’s annotations decorated');
    const picked = vscode.commands.executeCommand<string[] | undefined>('sorot.annotators.show');
    await waitFor(async () => (await domTexts('.quick-input-widget'))?.some((t) => t.includes('Show Annotators') && t.includes('rina')), 'the quick pick with rina');
    await keyboard({ type: 'rina' }); // the filter leaves rina alone
    await waitFor(async () => (await domTexts('.quick-input-widget .monaco-list-row'))?.every((t) => !t.includes('budi')), 'budi filtered out');
    await keyboard({ press: 'ArrowDown' }); // rina becomes the active item
    await vscode.commands.executeCommand('workbench.action.quickPickManyToggle'); // unchecks the active item
    await keyboard({ press: 'Enter' });
    assert.deepEqual(await picked, ['rina'], 'only rina is hidden: budi, filtered out but checked, stays shown');
    await waitFor(() => applied(uri()).length > 0 && applied(uri()).every((s) => s.annotator !== 'rina'), 'rina’s decorations gone');
    await vscode.commands.executeCommand('sorot.annotators.show', { hidden: [] });
  });

  it('adjudicates side by side: each annotator’s own view of the article, disagreements marked', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('sorot.agreement.show', { mode: 'exact' });
    const panel = await waitFor(() => api.agreement!.current(), 'the agreement panel');
    panel.setPair('budi', 'rina');
    const d = panel.report.disagreements.find((x) => x.annotatorA === 'budi' && x.annotatorB === 'rina' && x.article === ARTICLE && x.a && x.b)!;
    assert.ok(d, 'budi and rina disagree on a span both marked');
    const editors = await panel.show(d.id);
    assert.equal(editors.length, 2);
    const views = editors.map((e) => {
      assert.equal(e.document.uri.scheme, ANNOTATOR_VIEW_SCHEME, 'a view of one annotator, not the article itself');
      return api.agreement!.views.applied.get(e.document.uri.toString())!;
    });
    assert.deepEqual(views.map((v) => v.annotator), ['budi', 'rina']);
    assert.notEqual(editors[0].viewColumn, editors[1].viewColumn, 'side by side');
    const visible = vscode.window.visibleTextEditors.map((e) => e.document.uri.toString());
    assert.ok(editors.every((e) => visible.includes(e.document.uri.toString())), 'both views are visible');
    // Each view shows its annotator's own spans: the sets differ.
    const own = (v: (typeof views)[number]) => v.spans.filter((s) => s.state !== 'missing').map((s) => `${s.start}-${s.end}`).sort();
    assert.notDeepEqual(own(views[0]), own(views[1]));
    assert.equal(editors[0].document.getText(), editors[1].document.getText(), 'both show the article’s text');
    // The disagreement is marked in both views, and what only one side has is outlined in the other.
    assert.ok(views.every((v) => v.spans.some((s) => s.disagreementId === d.id && s.state === 'differs')));
    const onlyRina = views[1].spans.find((s) => s.state === 'only')!;
    assert.ok(views[0].spans.some((s) => s.state === 'missing' && s.disagreementId === onlyRina.disagreementId), 'budi’s view outlines the span only rina marked');
    // "Keep budi", above the disagreement in both views (and in its hover), goes into the report.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editors[1].document.uri);
    const keepBudi = lenses.find((l) => l.command?.command === 'sorot.agreement.resolve' && l.command.arguments?.[0] === d.id && l.command.arguments[1] === 'A');
    assert.ok(keepBudi, 'rina’s view offers “Keep budi” above the disagreement');
    assert.equal(keepBudi.range.start.line, editors[1].document.positionAt(d.b!.start).line);
    await vscode.commands.executeCommand(keepBudi.command!.command, ...keepBudi.command!.arguments!);
    assert.equal(panel.resolutions.get(d.id), 'A');
    await waitFor(() => api.agreement!.views.applied.get(editors[1].document.uri.toString())?.spans.some((s) => s.disagreementId === d.id && s.resolution === 'A'), 'the views show the resolution');
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editors[1].document.uri, editors[1].document.positionAt(d.b!.start + 1));
    const text = hover.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /command:sorot\.agreement\.resolve/, 'the hover offers the resolutions');
    assert.match(text, /budi/, 'and names the other annotator’s value');
    await screenshot('adjudicate-side-by-side', { delayMs: 1500 });
    panel.resolve(d.id, 'A'); // withdrawn: the report is as it was for the tests after this one
  });
});
