// The Articles view shows each article's outlet and date (description) and where each
// came from (tooltip): read from the text of a sample, then overridden by the workspace
// table .sorot/articles.csv and by an annotation file's "metadata", each change followed
// without a reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ArticlesApi } from '../../../src/extension/articles/register';
import { activateSorot, domTexts, keyboard, quickInput, waitFor, workspaceRoot } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);

/** A tooltip's text without the escapes MarkdownString.appendText adds. */
function plain(tooltip: vscode.TreeItem['tooltip']): string {
  const md = tooltip instanceof vscode.MarkdownString ? tooltip.value : String(tooltip);
  return md.replace(/&nbsp;/g, ' ').replace(/\\([^A-Za-z0-9\s])/g, '$1');
}

describe('Articles view: outlet and date', () => {
  let articles: ArticlesApi;
  const uri = (...p: string[]) => vscode.Uri.joinPath(workspaceRoot(), ...p);
  // Its own article: the samples are edited by other suites' tests (text inserted before
  // a dateline), and a dateline must start its line to count as one.
  const FOLDER = 'metadata-test';
  const NAME = 'harga-gabah.txt';
  const ARTICLE = `${FOLDER}/${NAME}`;
  // Written for this test.
  const TEXT =
    'Harga Gabah Kering Panen Turun di Karawang\n\n' +
    'JAKARTA, KOMPAS.com - Harga gabah kering panen di Karawang turun menjadi Rp 6.200 per kilogram, Jumat (15/8/2025).\n\n' +
    'Kepala Dinas Pertanian Karawang, Yudi Pratama, mengatakan penurunan terjadi karena panen raya.\n';
  const TABLE = ['.sorot', 'articles.csv'];
  const SIDECAR = `${FOLDER}/harga-gabah.sorot.json`;

  before(async () => {
    const api = await activateSorot();
    await vscode.workspace.fs.writeFile(uri(ARTICLE), enc(TEXT));
    assert.ok(api.articles);
    articles = api.articles;
    await vscode.commands.executeCommand('sorot.articles.focus');
    await waitFor(() => articles.view.visible, 'the Articles view to be visible');
  });

  after(async () => {
    for (const p of [TABLE, [FOLDER]]) await vscode.workspace.fs.delete(uri(...p), { recursive: true }).then(undefined, () => undefined);
  });

  /** The row's description and tooltip once they hold `expected`. */
  async function row(expected: string): Promise<{ description: string; tooltip: string }> {
    return waitFor(async () => {
      const node = await articles.provider.nodeFor(uri(ARTICLE));
      if (!node) return undefined;
      const item = await articles.provider.getTreeItem(node);
      const shown = { description: String(item.description), tooltip: plain(item.tooltip) };
      return shown.description.includes(expected) ? shown : undefined;
    }, `the row of ${ARTICLE} to show "${expected}"`, 20_000);
  }

  it('shows what the text says, then the table\'s and the annotation file\'s values, naming where each comes from', async () => {
    const fromText = await row('Kompas.com · 2025-08-15');
    assert.ok(fromText.description.startsWith(NAME), fromText.description);
    assert.match(fromText.tooltip, /Outlet: Kompas\.com \(read from “KOMPAS\.com”, confidence 0\.95\)/);
    assert.match(fromText.tooltip, /Date: 2025-08-15 \(read from “Jumat \(15\/8\/2025\)”, confidence 0\.9\)/);

    await vscode.workspace.fs.writeFile(uri(...TABLE), enc(`path,outlet,date\n${ARTICLE},Harian Contoh,2025-08-16\n`));
    const fromTable = await row('Harian Contoh · 2025-08-16');
    assert.match(fromTable.tooltip, /Outlet: Harian Contoh \(from \.sorot\/articles\.csv, line 2\)/);

    const sidecar = { schemaVersion: 3, article: NAME, metadata: { date: '2025-08-14' }, annotations: [] };
    await vscode.workspace.fs.writeFile(uri(SIDECAR), enc(JSON.stringify(sidecar, null, 2) + '\n'));
    const fromSidecar = await row('Harian Contoh · 2025-08-14');
    // The researcher's own annotation file (the shared one: no per-annotator files here).
    assert.match(fromSidecar.tooltip, new RegExp(`Date: 2025-08-14 \\(set by you in ${'harga-gabah.sorot.json'.replace(/\./g, '\\.')}\\)`));
  });

  it('Set Article Outlet and Date…: shows the values, checks the date, goes back a step, writes them to the annotation file', async () => {
    const asked = vscode.commands.executeCommand<boolean>('sorot.metadata.edit', uri(ARTICLE));
    await quickInput('(1/2)');
    // The box holds the outlet now in force, selected: typing replaces it.
    await keyboard({ type: 'Tempo', press: 'Enter' });
    await quickInput('(2/2)');
    await keyboard({ type: '31/2/2025' });
    await waitFor(async () => (await domTexts('.quick-input-widget .quick-input-message'))?.some((t) => t.includes('31/2/2025 is not a date of the calendar')), 'the date to be refused');
    // Back (its key on Linux) to the outlet, which keeps what was typed; Enter: the date again.
    const boxValue = async () => (await domTexts('.quick-input-widget .quick-input-box input', 'value'))?.[0];
    await keyboard({ press: 'Control+Alt+Minus' });
    await quickInput('(1/2)');
    assert.equal(await boxValue(), 'Tempo');
    await keyboard({ press: 'Enter' });
    await quickInput('(2/2)');
    assert.equal(await boxValue(), '31/2/2025');
    await keyboard({ press: 'Control+A' });
    await keyboard({ type: '16 Agustus 2025', press: 'Enter' });
    assert.equal(await asked, true);
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri(SIDECAR)))) as { metadata?: unknown };
    assert.deepEqual(written.metadata, { outlet: 'Tempo', date: '2025-08-16' });
    const shown = await row('Tempo · 2025-08-16');
    assert.match(shown.tooltip, /Outlet: Tempo \(set by you in harga-gabah\.sorot\.json\)/);
  });

  it('never writes over an annotation file it could not parse', async () => {
    const broken = enc('{ "schemaVersion": 3, "article": ');
    await vscode.workspace.fs.writeFile(uri(SIDECAR), broken);
    const ok = await vscode.commands.executeCommand<boolean>('sorot.metadata.edit', uri(ARTICLE), { outlet: 'Kompas', date: '2025-08-17' });
    assert.equal(ok, false);
    assert.deepEqual([...(await vscode.workspace.fs.readFile(uri(SIDECAR)))], [...broken]);
  });

  it('keeps the researcher\'s outlet of an article whose name VS Code escapes in URIs ("berita (1).txt")', async () => {
    // The command read the annotation files of the folder under names escaped another way
    // than VS Code's URIs, found none for this article, and wrote the text's outlet over
    // the researcher's (found by review).
    const article = uri(FOLDER, 'berita (1).txt');
    const sidecar = uri(FOLDER, 'berita (1).sorot.json');
    await vscode.workspace.fs.writeFile(article, enc(TEXT));
    assert.equal(await vscode.commands.executeCommand<boolean>('sorot.metadata.edit', article, { outlet: 'Harian Contoh', date: '2025-08-17' }), true);
    assert.equal(await vscode.commands.executeCommand<boolean>('sorot.metadata.edit', article, { date: '2025-08-18' }), true);
    const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar))) as { metadata?: unknown };
    assert.deepEqual(written.metadata, { outlet: 'Harian Contoh', date: '2025-08-18' });
  });
});
