// Export and agreement in a real extension host, on the sample annotations: files
// written inside the workspace in each format (checked against the articles), the
// destination kept inside the workspace, and the agreement report with adjudication.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import type { ExportOutcome } from '../../../src/extension/export/export-command';
import type { ArticlesRow } from '../../../src/extension/services/article-contributors';
import { activateSorot, domTexts, fileExists, keyboard, quickInput, screenshot, waitFor, workspaceRoot } from '../helpers';

let api: SorotApi;

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

const exists = fileExists;

/** Code points, as brat (Python) counts them. */
function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('Export and agreement', function () {
  this.timeout(120_000);

  before(async () => {
    api = await activateSorot();
    assert.ok(api.exportAnnotations && api.agreement, 'export and agreement are registered');
  });

  it('exports every sample annotation as JSONL inside the workspace', async () => {
    const outcome = await api.exportAnnotations!({ scope: 'workspace', format: 'jsonl', out: 'exports/jsonl', filter: {}, quiet: true });
    assert.ok(outcome, 'the export ran');
    assert.ok(outcome.annotations >= 25, `the demo sidecars hold at least 25 annotations (got ${outcome.annotations})`);
    assert.ok(outcome.written.every((u) => u.toString().startsWith(vscode.Uri.joinPath(workspaceRoot(), 'exports/jsonl').toString())));
    const lines = (await Promise.all(outcome.written.map(read))).join('').split('\n').filter(Boolean);
    const records = lines.map((l) => JSON.parse(l) as { path?: string; article?: string; start: number; end: number; exact?: string; text?: string });
    assert.ok(records.length >= 25, `one line per annotation (${records.length})`);
  });

  it('imports the JSONL export back into a deleted sidecar, annotation for annotation', async () => {
    const sidecar = vscode.Uri.joinPath(workspaceRoot(), '12-lavrov-sugiono-moskow.sorot.json');
    const original = JSON.parse(await read(sidecar)) as { annotations: unknown[] };
    await vscode.workspace.fs.delete(sidecar);
    const jsonl = (await vscode.workspace.findFiles('exports/jsonl/**/*.jsonl')).sort((a, b) => a.path.localeCompare(b.path));
    assert.ok(jsonl.length > 0, 'the JSONL export is there');
    const outcome = await api.importAnnotations!({ files: jsonl, quiet: true });
    assert.ok(outcome, 'the import ran');
    assert.deepEqual(outcome.rejected, []);
    assert.ok(outcome.replaced >= 20, 'annotations still in their sidecars are matched by id, not duplicated');
    const restored = JSON.parse(await read(sidecar)) as { annotations: unknown[] };
    assert.deepEqual(restored.annotations, original.annotations, 'the deleted sidecar is back with identical annotations');
  });

  it('round-trips a sidecar through a Label Studio export, and a doccano file through the label map (issue 17)', async () => {
    const sidecar = vscode.Uri.joinPath(workspaceRoot(), '12-lavrov-sugiono-moskow.sorot.json');
    const original = JSON.parse(await read(sidecar)) as { annotations: unknown[] };
    const ls = await api.exportAnnotations!({ scope: 'workspace', format: 'labelstudio', out: 'exports/labelstudio', filter: {}, quiet: true });
    assert.ok(ls && ls.written.length === 1, 'one label-studio.json');
    await vscode.workspace.fs.delete(sidecar);
    const back = await api.importAnnotations!({ files: ls.written, quiet: true });
    assert.ok(back);
    assert.deepEqual(back.rejected, []);
    assert.deepEqual((JSON.parse(await read(sidecar)) as { annotations: unknown[] }).annotations, original.annotations, 'identical after Label Studio');

    // A doccano record of another project: matched by its text, labels through the map.
    const article = vscode.Uri.joinPath(workspaceRoot(), '12-lavrov-sugiono-moskow.txt');
    const text = (await read(article)).replace(/^\uFEFF/, '');
    const word = /[A-Z][a-z]{4,}/.exec(text)![0];
    const at = Array.from(text.slice(0, text.indexOf(word))).length;
    const map = vscode.Uri.joinPath(workspaceRoot(), '.sorot/import-map.json');
    await vscode.workspace.fs.writeFile(map, new TextEncoder().encode(JSON.stringify({ labels: { PERSON: 'PER' } })));
    const file = vscode.Uri.joinPath(workspaceRoot(), 'exports/doccano-project.jsonl');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ text, label: [[at, at + word.length, 'PERSON'], [0, 1, 'MISC']] }) + '\n'));
    try {
      const d = await api.importAnnotations!({ files: [file], quiet: true });
      assert.ok(d);
      assert.equal(d.corrections, 1);
      assert.deepEqual(d.skipped, [['no mapping for label "MISC"', 1]]);
      const corrections = (JSON.parse(await read(sidecar)) as { corrections: Array<{ target: { exact: string } }> }).corrections;
      assert.ok(corrections.some((c) => c.target.exact === word), `a correction on "${word}"`);
    } finally {
      await vscode.workspace.fs.delete(map);
    }
  });

  it('exports brat standoff whose T lines equal the text at their offsets (code points)', async () => {
    const outcome = await api.exportAnnotations!({ scope: 'workspace', format: 'brat', out: 'exports/brat', filter: {}, includeRecognized: true, quiet: true });
    assert.ok(outcome);
    const anns = outcome.written.filter((u) => u.path.endsWith('.ann'));
    assert.ok(anns.length >= 12, 'one .ann per article');
    assert.ok(outcome.written.some((u) => u.path.endsWith('annotation.conf')));
    let checked = 0;
    for (const ann of anns) {
      const txt = await read(ann.with({ path: ann.path.replace(/\.ann$/, '.txt') }));
      for (const line of (await read(ann)).split('\n')) {
        const m = /^T\d+\t\S+ ([\d; ]+)\t(.*)$/.exec(line);
        if (!m) continue;
        const fragments = m[1].split(';').map((f) => f.trim().split(' ').map(Number));
        assert.equal(fragments.map(([s, e]) => cpSlice(txt, s, e)).join(' '), m[2], `${ann.path}: ${line}`);
        checked++;
      }
    }
    assert.ok(checked > 200, `every T line checked (${checked})`);
  });

  it('exports a W3C AnnotationCollection with quote and position selectors', async () => {
    const outcome = await api.exportAnnotations!({ scope: 'workspace', format: 'w3c', out: 'exports/w3c', filter: {}, quiet: true });
    assert.ok(outcome && outcome.written.length > 0);
    const doc = JSON.parse(await read(outcome.written[0])) as { type: string | string[]; first?: { items: Array<{ target: { selector: Array<{ type: string }> } }> } };
    assert.ok([doc.type].flat().includes('AnnotationCollection'));
    const selectors = doc.first!.items[0].target.selector.map((s) => s.type).sort();
    assert.deepEqual(selectors, ['TextPositionSelector', 'TextQuoteSelector']);
  });

  it('never replaces a file it did not write, nor the .txt its refused .ann belongs with, but replaces its own earlier export', async () => {
    const article = vscode.Uri.joinPath(workspaceRoot(), '01-kremlin-peringatan-nato.txt');
    // an .ann, not a .txt: a folder holding an article is refused as a whole (corpus-scope.test.ts)
    const foreign = vscode.Uri.joinPath(workspaceRoot(), 'exports/brat-mine/01-kremlin-peringatan-nato.ann');
    await vscode.workspace.fs.writeFile(foreign, new TextEncoder().encode('catatan saya sendiri'));
    const request = { scope: [article], format: 'brat' as const, out: 'exports/brat-mine', filter: {}, quiet: true };
    const first = await api.exportAnnotations!(request);
    assert.ok(first);
    assert.equal(await read(foreign), 'catatan saya sendiri', 'the foreign file is untouched');
    assert.ok(first.problems.some((p) => p.includes('exports/brat-mine/01-kremlin-peringatan-nato.ann') && /not replaced/.test(p)), first.problems.join('\n'));
    // The .ann's offsets count in its .txt: the pair is written together or not at all.
    assert.ok(!first.written.some((u) => u.path.endsWith('/01-kremlin-peringatan-nato.txt')), 'the .txt of the refused .ann is not written');
    assert.ok(first.problems.some((p) => p.includes('exports/brat-mine/01-kremlin-peringatan-nato.txt') && /belongs with/.test(p)), first.problems.join('\n'));
    assert.ok(first.written.some((u) => u.path.endsWith('/annotation.conf')), 'the rest is written');
    const again = await api.exportAnnotations!(request);
    assert.ok(again);
    assert.deepEqual(again.problems, first.problems, 'the same pair is refused again, for the same reasons');
    assert.equal(again.written.length, first.written.length, 'its own files are replaced');
  });

  it('refuses a destination outside the workspace and writes nothing', async () => {
    const outcome = await api.exportAnnotations!({ scope: 'workspace', format: 'csv', out: '../outside', filter: {}, quiet: true });
    assert.equal(outcome, undefined);
    assert.equal(await exists(vscode.Uri.joinPath(workspaceRoot(), '..', 'outside')), false);
  });

  it('names a sidecar nested 100,000 deep among the problems and exports all the others (issue 18)', async () => {
    const before = await api.exportAnnotations!({ scope: 'workspace', format: 'jsonl', out: 'exports/hostile-before', filter: {}, quiet: true });
    assert.ok(before);
    // In a folder of its own, so no open editor reloads it and no other test sees it.
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'hostile');
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'a.txt'), new TextEncoder().encode('Teks pendek.\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'a.sorot.json'), new TextEncoder().encode(`{"schemaVersion": 1, "article": "a.txt", "annotations": ${deep}}`));
    try {
      const outcome = await api.exportAnnotations!({ scope: 'workspace', format: 'jsonl', out: 'exports/hostile', filter: {}, quiet: true });
      assert.ok(outcome, 'the export ran to the end');
      assert.equal(outcome.annotations, before.annotations, 'every other annotation is exported');
      assert.deepEqual(outcome.problems.filter((p) => !before.problems.includes(p)).map((p) => p.replace(/ at line .*/, '')), ['hostile/a.sorot.json: nested more than 64 levels deep']);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('opens the agreement report, resolves a disagreement and writes adjudicated files', async () => {
    await vscode.commands.executeCommand('sorot.agreement.show', { mode: 'exact' });
    const panel = await waitFor(() => api.agreement!.current(), 'the agreement panel');
    // The demo annotators; other tests of the suite may have added their own.
    assert.ok(['budi', 'rina'].every((a) => panel.report.annotators.includes(a)), `annotators: ${panel.report.annotators}`);
    panel.setPair('budi', 'rina');
    assert.ok(panel.report.disagreements.some((d) => d.annotatorA === 'budi' && d.annotatorB === 'rina'), 'the demo annotators disagree somewhere');
    assert.match(panel.html, /Cohen/);
    const first = panel.report.disagreements.find((d) => d.annotatorA === 'budi' && d.annotatorB === 'rina')!;
    panel.resolve(first.id, 'A');
    assert.match(panel.html, /1 of \d+ resolved/);
    await screenshot('agreement', { delayMs: 5000 });
    await panel.show(first.id);
    assert.ok(vscode.window.visibleTextEditors.length >= 2, 'both sides are open side by side');
    await screenshot('agreement-side-by-side', { delayMs: 800 });
    const result = await panel.writeAdjudicated();
    assert.ok(result.written >= 1);
    const adjudicated = vscode.Uri.joinPath(workspaceRoot(), '01-kremlin-peringatan-nato.adjudicated.sorot.json');
    const sidecar = JSON.parse(await read(adjudicated)) as { annotator: string; annotations: Array<{ annotator: string; needsReview?: boolean }> };
    assert.equal(sidecar.annotator, 'adjudicated');
    assert.ok(sidecar.annotations.length > 0);
    assert.equal(sidecar.annotations.filter((a) => a.needsReview).length > 0, result.pending > 0, 'unresolved disagreements stay flagged');
  });
});

/** The row the open quick pick highlights (what Enter takes), once it matches `expected`. */
async function highlighted(expected: RegExp): Promise<string> {
  let last = '';
  try {
    return await waitFor(async () => {
      last = (await domTexts('.quick-input-list .monaco-list-row.focused'))?.join(' | ') ?? '';
      return expected.test(last) ? last : undefined;
    }, `the highlighted row to match ${expected}`);
  } catch (e) {
    throw new Error(`${String(e)}; highlighted: ${JSON.stringify(last)}`, { cause: e });
  }
}

/** Format JSONL, the kinds and statuses offered, and `out`: the export's steps after the
 *  scope, answered with the real keyboard. */
async function answerJsonlTo(out: string): Promise<void> {
  await quickInput('(2/4)');
  await keyboard({ type: 'JSONL' });
  await highlighted(/^JSONL/);
  await keyboard({ press: 'Enter' });
  await quickInput('(3/4)');
  await keyboard({ press: 'Enter' });
  await quickInput('(4/4)');
  await keyboard({ type: out, press: 'Enter' }); // the default destination is selected: typing replaces it
}

interface JsonlRecord { article: string; start: number; end: number; exact: string }

async function records(outcome: ExportOutcome): Promise<JsonlRecord[]> {
  const text = (await Promise.all(outcome.written.filter((u) => u.path.endsWith('.jsonl')).map(read))).join('');
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as JsonlRecord);
}

describe('Export of one article or the selected ones', function () {
  this.timeout(240_000);
  const ARTICLE = '07-ue-sanksi-baru-rusia.txt';

  before(async function () {
    if (!process.env.VSCODE_TEST_KEYBOARD_URL) this.skip(); // drives the real quick picks
    api = await activateSorot();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers "This article" first for the active article and exports its saved text, an unsaved edit aside', async () => {
    const uri = vscode.Uri.joinPath(workspaceRoot(), ARTICLE);
    const saved = (await read(uri)).replace(/^\uFEFF/, '');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitFor(() => editor.document.languageId === 'sorot-article', 'the article to open as a Sorot article');
    assert.equal(await vscode.commands.executeCommand('sorot.articles.unlockText', uri), true);
    // An edit not saved: it moves every annotation in the editor, not in the files.
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Catatan redaksi: ')));
    assert.ok(editor.document.isDirty);
    try {
      const exported = vscode.commands.executeCommand<ExportOutcome | undefined>('sorot.exportAnnotations');
      await quickInput('(1/4)');
      assert.match(await highlighted(/This article/), /This article \(07-ue-sanksi-baru-rusia\.txt\).*unsaved edits are not exported/);
      await screenshot('export-this-article', { delayMs: 300 });
      await keyboard({ press: 'Enter' });
      await answerJsonlTo('exports/this-article');
      const outcome = await exported;
      assert.ok(outcome, 'the export ran');
      assert.equal(outcome.articles, 1, 'one article');
      const lines = await records(outcome);
      assert.ok(lines.length >= 3, `the article's accepted annotations (${lines.length})`);
      assert.deepEqual([...new Set(lines.map((r) => r.article))], [ARTICLE], 'only this article');
      const shown = editor.document.getText();
      for (const r of lines) assert.equal(saved.slice(r.start, r.end), r.exact, `[${r.start}, ${r.end}) slices the saved text`);
      assert.ok(lines.some((r) => shown.slice(r.start, r.end) !== r.exact), 'the unsaved edit is not in the export');
      assert.ok(editor.document.isDirty, 'the edit is still there, unsaved');
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('exports the articles selected in the Articles view, as their context menu hands them over, without asking the scope', async () => {
    const rows: ArticlesRow[] = [];
    for (const folder of await api.articles!.provider.getChildren()) {
      for (const node of await api.articles!.provider.getChildren(folder)) {
        if (node.kind === 'article' && ['02-zelenskyy-serangan-drone-kyiv.txt', ARTICLE].includes(node.entry.relativePath)) rows.push(node);
      }
    }
    assert.equal(rows.length, 2, 'both rows are in the view');
    const exported = vscode.commands.executeCommand<ExportOutcome | undefined>('sorot.exportAnnotations', rows[0], rows);
    await answerJsonlTo('exports/selected-articles');
    const outcome = await exported;
    assert.ok(outcome, 'the export ran');
    assert.equal(outcome.articles, 2);
    const lines = await records(outcome);
    assert.deepEqual([...new Set(lines.map((r) => r.article))].sort(), ['02-zelenskyy-serangan-drone-kyiv.txt', ARTICLE]);
  });
});
