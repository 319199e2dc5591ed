// The corpus index follows articles in folders created while Sorot runs. VS Code's
// recursive workspace watcher (@parcel/watcher, inotify) misses changes in a folder made
// inside a folder it has only just started to watch (`mkdir -p a/b`; see
// corpus/new-folder-watchers.ts). Only the Articles view had watchers of its own for new
// folders, made once it was first shown: with the view never opened, the index, and
// every view counted from it (Actors, analysis, status), kept the text an article had
// when it was first seen. In this suite the Articles view runs too, so this test guards
// the behaviour, not which of the two watchers delivered the event.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { activateSorot, sleep, waitFor, workspaceRoot } from '../helpers';

const enc = (s: string) => new TextEncoder().encode(s);
// Written for this test.
const FIRST = 'Bandung (ANTARA) - Wali Kota Bandung Rudi Hartanto mengatakan jalan layang baru dibuka pekan depan. "Kami sudah menguji jembatannya," kata Rudi.\n';
const EDITED = `${FIRST}Sementara itu, Gubernur Jawa Barat Dedi Kusuma mengatakan proyek serupa akan dibangun di Cirebon.\n`;

describe('Corpus index: folders created while Sorot runs', function () {
  this.timeout(120_000);
  let api: SorotApi;
  const root = () => vscode.Uri.joinPath(workspaceRoot(), 'liputan-daerah');
  const corpus = () => api.corpus!.corpus;
  const summaryOf = (uri: vscode.Uri) => corpus().index.get(uri.toString());

  before(async () => {
    api = await activateSorot();
    await corpus().whenIdle();
  });

  after(async () => {
    await vscode.workspace.fs.delete(root(), { recursive: true }).then(undefined, () => undefined);
  });

  for (const depth of [['jabar'], ['jabar', '2025', '12']]) {
    it(`indexes an article written in a new folder ${depth.join('/')}/ and follows its edits`, async () => {
      const article = vscode.Uri.joinPath(root(), ...depth, 'jalan-layang.txt');
      // writeFile makes the missing folders, as a copy of a folder tree does.
      await vscode.workspace.fs.writeFile(article, enc(FIRST));
      const first = await waitFor(() => summaryOf(article), `${depth.join('/')}/jalan-layang.txt in the index`, 20_000);
      assert.ok(first.actors.some((a) => a.canonical.includes('Rudi')), JSON.stringify(first.actors));
      // The measured miss: an edit a moment after the folder was made.
      await sleep(600);
      await vscode.workspace.fs.writeFile(article, enc(EDITED));
      const edited = await waitFor(() => (summaryOf(article)?.actors.some((a) => a.canonical.includes('Dedi')) ? summaryOf(article) : undefined), 'the edit in the index', 20_000);
      assert.ok(edited.quotes.length >= 1);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), depth[0]), { recursive: true });
      await waitFor(() => summaryOf(article) === undefined, 'the deleted folder to leave the index', 20_000);
    });
  }
});
