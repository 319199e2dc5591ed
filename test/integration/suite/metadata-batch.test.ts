// Review of session 39: a batch of two or more annotation files (a `git pull`) made the
// researcher's metadata fire "everything changed", and the analysis view then made the
// record of every article again (at 100,000 articles, every annotated article re-read).
// The event names the files; the analysis forgets their articles alone. Counted by the
// records a load makes, never timed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { AnalysisCorpus } from '../../../src/extension/analysis/analysis-corpus';
import { WorkspaceMetadata } from '../../../src/extension/services/workspace-metadata';
import { activateSorot, waitFor, workspaceRoot } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const FOLDER = 'metadata-batch-test';
// Written for this test.
const TEXTS = ['Jembatan Baru Dibuka', 'Pasar Ikan Direnovasi', 'Sekolah Tambah Kelas', 'Bus Listrik Diuji'].map(
  (headline, i) => `${headline}\n\nSEMARANG - Pejabat kota mengatakan pekerjaan nomor ${i + 1} selesai pekan ini.\n`,
);

describe('researcher metadata: a batch of annotation files', function () {
  this.timeout(120_000);
  let api: SorotApi;
  const uri = (name: string) => vscode.Uri.joinPath(workspaceRoot(), FOLDER, name);
  const articles = TEXTS.map((_, i) => uri(`kabar-${i}.txt`));
  const sidecars = [uri('kabar-0.fixb.sorot.json'), uri('kabar-1.fixb.sorot.json')];

  before(async () => {
    api = await activateSorot();
    await Promise.all(TEXTS.map((t, i) => vscode.workspace.fs.writeFile(articles[i]!, enc(t))));
    const corpus = api.corpus!.corpus;
    await waitFor(() => articles.every((a) => corpus.index.packed(a.toString()) !== undefined), 'the articles indexed', 60_000);
  });

  after(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), FOLDER), { recursive: true });
  });

  it('makes the records of the files’ articles again, not every record', async () => {
    const metadata = new WorkspaceMetadata(api.watched!.sidecarFiles);
    const analysis = new AnalysisCorpus(api.corpus!, metadata);
    try {
      const first = await analysis.load();
      assert.ok(first.made >= articles.length, `first load made ${first.made}`);
      const named = new Set<string>();
      let everything = false;
      const listening = metadata.onDidChange((files) => {
        if (!files) everything = true;
        else for (const f of files) named.add(f.toString());
      });
      // Written together, as a pull writes them: one batch of the watcher (or a few).
      await Promise.all(sidecars.map((s, i) => vscode.workspace.fs.writeFile(s, enc(JSON.stringify({ schemaVersion: 3, article: `kabar-${i}.txt`, annotator: 'fixb', annotations: [], metadata: { outlet: 'Warta Uji' } })))));
      await waitFor(() => everything || sidecars.every((s) => named.has(s.toString())), 'the metadata to take both files in', 30_000);
      listening.dispose();
      assert.equal(everything, false, 'no "everything changed" for annotation files');
      await api.corpus!.corpus.whenIdle();
      const second = await analysis.load();
      assert.equal(second.made, sidecars.length, `records made again of ${second.articles.length}`);
      assert.equal(second.articles.find((a) => a.path === `${FOLDER}/kabar-0.txt`)?.outlet, 'Warta Uji');
    } finally {
      analysis.dispose();
      metadata.dispose();
    }
  });
});
