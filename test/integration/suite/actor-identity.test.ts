// Issue 11, point 3 in the real editor: an actor picked from the knowledge base is stored
// with its id; renaming or merging the entity in .sorot/actors.json changes the hover,
// the Articles view row and the CSV export at once, and no sidecar is rewritten.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Annotation } from '../../../src/core/annotations/types';
import type { SorotApi } from '../../../src/extension/api';
import { activateSorot, waitFor, workspaceRoot } from '../helpers';

const FOLDER = 'identitas-aktor';
// Written for this test.
const TEXT = 'Juru bicara itu mengatakan pasokan gas akan dihentikan pekan depan.\n';
const SPAN = 'pasokan gas akan dihentikan';
const TIME = '2024-05-01T08:00:00.000Z';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe('actor identity: KB renames and merges follow into annotations', function () {
  this.timeout(120_000);
  let api: SorotApi;
  const uri = (...parts: string[]) => vscode.Uri.joinPath(workspaceRoot(), ...parts);
  const kbFile = () => uri('.sorot', 'actors.json');
  let kbBefore: Uint8Array | undefined;

  const claimBy = (id: string, annotator: string, claimant: string, claimantId: string): Annotation => {
    const start = TEXT.indexOf(SPAN);
    return {
      id, kind: 'claim', annotator, created: TIME, modified: TIME, status: 'accepted', tags: [],
      target: { start, end: start + SPAN.length, exact: SPAN, prefix: TEXT.slice(0, start), suffix: TEXT.slice(start + SPAN.length) },
      claim: { claimant, claimantId },
    };
  };

  const writeKb = async (entities: unknown[]) => {
    await vscode.workspace.fs.writeFile(kbFile(), enc(JSON.stringify({ version: 1, entities }, null, 2)));
  };

  before(async () => {
    api = await activateSorot();
    try {
      kbBefore = await vscode.workspace.fs.readFile(kbFile());
    } catch {
      kbBefore = undefined;
    }
    await vscode.workspace.fs.writeFile(uri(FOLDER, 'gas.txt'), enc(TEXT));
    // ani picked the built-in entity; budi a workspace entity of the same person.
    await vscode.workspace.fs.writeFile(uri(FOLDER, 'gas.ani.sorot.json'), enc(serializeSidecar({ schemaVersion: 3, article: 'gas.txt', annotator: 'ani', annotations: [claimBy('01J0000000000000000000AAA1', 'ani', 'Peskov', 'dmitry-peskov')] })));
    await vscode.workspace.fs.writeFile(uri(FOLDER, 'gas.budi.sorot.json'), enc(serializeSidecar({ schemaVersion: 3, article: 'gas.txt', annotator: 'budi', annotations: [claimBy('01J0000000000000000000BBB1', 'budi', 'Jubir Kremlin', 'jubir-kremlin')] })));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (kbBefore) await vscode.workspace.fs.writeFile(kbFile(), kbBefore);
    else await vscode.workspace.fs.delete(kbFile()).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(uri(FOLDER), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(uri('exports', 'identitas-aktor'), { recursive: true }).then(undefined, () => undefined);
  });

  const hoverText = async (doc: vscode.TextDocument): Promise<string> => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, doc.positionAt(TEXT.indexOf(SPAN) + 2));
    return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  };

  const kbSays = (id: string, canonical: string) =>
    waitFor(() => {
      const e = api.corpus?.kb.actors.entities.get(id);
      return e?.canonical === canonical ? e : undefined;
    }, `the workspace KB names ${id} "${canonical}"`);

  it('the hover and the export show the renamed canonical, the two annotators agree after a merge, and the sidecars stay as they were', async () => {
    const sidecars = [uri(FOLDER, 'gas.ani.sorot.json'), uri(FOLDER, 'gas.budi.sorot.json')];
    const stored = await Promise.all(sidecars.map(async (u) => dec(await vscode.workspace.fs.readFile(u))));

    await writeKb([
      { id: 'dmitry-peskov', canonical: 'Dmitry S. Peskov' },
      { id: 'jubir-kremlin', canonical: 'Jubir Kremlin', type: 'PER' },
    ]);
    await kbSays('dmitry-peskov', 'Dmitry S. Peskov');
    const doc = await vscode.workspace.openTextDocument(uri(FOLDER, 'gas.txt'));
    await vscode.window.showTextDocument(doc);
    const renamed = await waitFor(async () => {
      const t = await hoverText(doc);
      return t.includes('Dmitry S') && t.includes('Jubir Kremlin') ? t : undefined;
    }, 'hovers show both annotators’ actors, ani’s under the renamed canonical');
    assert.doesNotMatch(renamed, /Claimant: Peskov\b/);

    // budi's workspace entity merged into the built-in one: one identity, one current name.
    await writeKb([
      { id: 'dmitry-peskov', canonical: 'Dmitry S. Peskov' },
      { id: 'jubir-kremlin', mergeInto: 'dmitry-peskov' },
    ]);
    await waitFor(() => (api.corpus?.kb.actors.merged.get('jubir-kremlin') === 'dmitry-peskov' ? true : undefined), 'the merge is loaded');
    const merged = await waitFor(async () => {
      const t = await hoverText(doc);
      return !t.includes('Jubir Kremlin') ? t : undefined;
    }, 'the hover follows the merge');
    assert.equal(merged.match(/Dmitry S\\?\. Peskov/g)?.length, 2, merged);

    const outcome = await api.exportAnnotations!({ scope: [uri(FOLDER, 'gas.txt')], format: 'csv', out: 'exports/identitas-aktor', filter: {}, quiet: true });
    assert.ok(outcome, 'the export ran');
    assert.deepEqual(outcome.problems, []);
    const csv = dec(await vscode.workspace.fs.readFile(outcome.written.find((u) => u.path.endsWith('.csv'))!));
    const [header, ...rows] = csv.trim().split('\r\n').map((l) => l.split(','));
    const col = (name: string) => header.indexOf(name);
    assert.ok(col('claimant_id') > 0, 'the CSV has a claimant_id column');
    assert.deepEqual(rows.map((r) => [r[col('annotator')], r[col('claimant')], r[col('claimant_id')]]).sort(), [
      ['ani', 'Dmitry S. Peskov', 'dmitry-peskov'],
      ['budi', 'Dmitry S. Peskov', 'dmitry-peskov'],
    ]);

    const panel = await vscode.commands.executeCommand<{ report: { articles: Array<{ path: string; disagreements: number }> }; dispose(): void } | undefined>('sorot.agreement.show', { mode: 'exact' });
    assert.ok(panel, 'the agreement report opened');
    const gas = panel.report.articles.find((a) => a.path.endsWith('gas.txt'));
    panel.dispose();
    assert.ok(gas, 'the agreement report compares ani and budi on the article');
    assert.equal(gas.disagreements, 0, 'the same actor under two labels, merged in the KB, is no disagreement');

    assert.deepEqual(await Promise.all(sidecars.map(async (u) => dec(await vscode.workspace.fs.readFile(u)))), stored, 'no sidecar was rewritten for a KB change');
  });
});
