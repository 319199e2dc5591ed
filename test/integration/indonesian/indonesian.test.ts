// The Indonesian UI: with the display language set to Indonesian (the harness gives the
// window a language pack record for `id`, see writeLanguagePack in
// test/harness/code-server.mjs), the command palette shows Sorot's command titles from
// package.nls.id.json and hovers speak Indonesian (l10n/bundle.l10n.id.json), including
// the knowledge base's Indonesian description of the actor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AgreementPanel } from '../../../src/extension/agreement/report-panel';
import { activateSorot, domTexts, keyboard, screenshot, sleep, waitFor, workspaceRoot } from '../helpers';

const ARTICLE = '05-menlu-sugiono-gaza-oki.txt';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('Indonesian display language', function () {
  this.timeout(120_000);

  before(async function () {
    if ((await domTexts('body')) === undefined) this.skip(); // needs the harness page
    await activateSorot();
  });

  it('runs with vscode.env.language = id', () => {
    assert.equal(vscode.env.language, 'id');
  });

  it('shows the Indonesian command titles in the command palette', async () => {
    await vscode.commands.executeCommand('workbench.action.showCommands');
    await waitFor(async () => (await domTexts('.quick-input-widget .quick-input-box input'))?.length, 'the command palette');
    await keyboard({ type: 'Sorot: Ekspor' });
    // A row's first line is the title; VS Code adds the English original below it in
    // a non-English UI (so English speakers' muscle memory still finds commands).
    const rows = await waitFor(async () => {
      const texts = (await domTexts('.quick-input-list .monaco-list-row')) ?? [];
      return texts.some((t) => t.startsWith('Sorot: Ekspor Anotasi…')) ? texts : undefined;
    }, 'the Indonesian title of sorot.exportAnnotations in the palette');
    assert.ok(rows.every((t) => !t.startsWith('Sorot: Export')), `every Sorot title is Indonesian: ${rows.join(' | ')}`);
    await screenshot('indonesian-command-palette', { delayMs: 300 });
    await keyboard({ press: 'Escape' });
  });

  it('names the Sorot views in Indonesian', async () => {
    await vscode.commands.executeCommand('sorot.articles.focus');
    const titles = await waitFor(async () => {
      const t = (await domTexts('.part.sidebar .pane-header .title')) ?? [];
      return t.some((x) => /artikel/i.test(x)) ? t : undefined;
    }, 'the Articles view header in Indonesian');
    assert.ok(titles.some((x) => /aktor/i.test(x)), `the Actors view is "Aktor": ${titles.join(' | ')}`);
  });

  it('shows the actor hover in Indonesian, with the KB description in Indonesian', async () => {
    await vscode.commands.executeCommand('sorot.corpus.addFolder', workspaceRoot());
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), ARTICLE));
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await waitFor(() => doc.languageId === 'sorot-article', 'the article to open as a Sorot article');
    const offset = doc.getText().indexOf('Sugiono');
    assert.ok(offset >= 0);
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(offset + 2));
      const t = hoverText(hovers);
      return t.includes('Sugiono') ? t : undefined;
    }, 'the hover of Sugiono');
    assert.match(text, /Menteri Luar Negeri Republik Indonesia sejak 2024/, 'the KB description in Indonesian');
    assert.match(text, /Orang/, 'the actor type in Indonesian');
    assert.match(text, /Penyebutan: \d+ dalam artikel ini/, 'the mention count in Indonesian');
    assert.doesNotMatch(text, /Minister of Foreign Affairs|in this article/, 'no English left');
    // the hover as a user sees it: the mouse is not ours, so the keyboard shows it
    editor.selection = new vscode.Selection(doc.positionAt(offset + 2), doc.positionAt(offset + 2));
    await vscode.commands.executeCommand('editor.action.showHover');
    await waitFor(async () => (await domTexts('.monaco-hover'))?.some((t) => t.includes('Menteri Luar Negeri')), 'the hover widget');
    await screenshot('indonesian-hover', { delayMs: 500 });
    await keyboard({ press: 'Escape' });
    await sleep(200);
  });

  it('labels annotations in Indonesian: the kind, a stance in words, the outlet\'s own voice', async () => {
    const api = await activateSorot();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), '12-lavrov-sugiono-moskow.txt'));
    await vscode.window.showTextDocument(doc, { preview: false });
    const labels = await waitFor(() => {
      const shown = (api.annotations?.decorations.margins.get(doc.uri.toString()) ?? []).map((m) => m.label).filter(Boolean);
      return shown.length === 5 ? shown : undefined;
    }, 'the labels above the annotated lines');
    assert.deepEqual(labels.slice(1, 5), [
      'sikap: Sugiono mendukung Peace negotiations',
      'sumber: Sergey Lavrov (pejabat resmi, langsung)',
      'saran sumber: Hendro Susanto (pejabat resmi, langsung)',
      'klaim: media itu sendiri (suara redaksi): Indonesia became a full …',
    ]);
    await screenshot('indonesian-labels', { delayMs: 800 });
  });

  it('names the outlet’s own voice in the agreement report as the pickers do (workflow53)', async () => {
    // Two annotators of one article: one gives a claim to the outlet, the other to a person.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), ARTICLE));
    const text = doc.getText();
    const exact = text.slice(text.indexOf('Sugiono'), text.indexOf('Sugiono') + 40);
    const start = text.indexOf(exact);
    const sidecar = (annotator: string, id: string, claim: Record<string, string>) => ({
      schemaVersion: 3, article: ARTICLE, annotator,
      annotations: [{
        id, kind: 'claim', annotator, created: '2026-12-01T08:00:00.000Z', modified: '2026-12-01T08:00:00.000Z', status: 'accepted', tags: [],
        target: { start, end: start + exact.length, exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) },
        claim,
      }],
    });
    const files = [
      ['ani', sidecar('ani', '01JDQ8ZK5S0000000000000001', { claimant: 'the outlet (own voice)', claimantId: 'outlet' })],
      ['budi', sidecar('budi', '01JDQ8ZK5S0000000000000002', { claimant: 'Sugiono' })],
    ] as const;
    const uris = files.map(([who]) => vscode.Uri.joinPath(workspaceRoot(), ARTICLE.replace(/\.txt$/, `.${who}.sorot.json`)));
    for (const [i, [, data]] of files.entries()) await vscode.workspace.fs.writeFile(uris[i], new TextEncoder().encode(JSON.stringify(data, null, 2)));
    try {
      const panel = await vscode.commands.executeCommand<AgreementPanel | undefined>('sorot.agreement.show', { mode: 'exact' });
      assert.ok(panel, 'the report opened');
      const pair = panel.report.pairs.find(([a, b]) => a === 'ani' && b === 'budi');
      assert.ok(pair, 'ani and budi share the article');
      panel.setPair('ani', 'budi');
      const html = await waitFor(() => (/claimant: .* \(budi\)<\/li>/.test(panel.html) ? panel.html : undefined), 'the pair’s disagreements listed');
      assert.match(html, /claimant: media itu sendiri \(suara redaksi\) \(ani\) ≠ [^<]*Sugiono \(budi\)/);
      assert.doesNotMatch(html, /the outlet \(own voice\)/);
      await screenshot('indonesian-agreement-outlet', { delayMs: 800 });
      panel.dispose();
    } finally {
      for (const u of uris) await vscode.workspace.fs.delete(u);
    }
  });

  it('shows the walkthrough in Indonesian', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'sorot.sorot#gettingStarted', false);
    const text = await waitFor(async () => (await domTexts('.gettingStartedSlideDetails'))?.find((t) => t.includes('Mulai dengan Sorot')), 'the walkthrough title in Indonesian');
    assert.match(text, /Buka folder artikel/);
    assert.match(text, /Ekspor anotasi/);
    await screenshot('indonesian-walkthrough', { delayMs: 800 });
  });
});
