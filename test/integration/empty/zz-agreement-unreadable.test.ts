// Compare Annotators when the second annotator's file cannot be read: the message names
// that file instead of advising to turn on per-annotator files (which sent a researcher
// the wrong way: the second person had annotated, their file was broken). Runs after
// welcome.test.ts, which needs the workspace empty and leaves it a corpus (so the article
// written here is one); removes what it writes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateSorot, notified, sleep, workspaceRoot } from '../helpers';

const ARTICLE = 'zz-setuju.txt';
const TEXT = 'Warga desa menolak rencana tambang\n\nKepala desa menyatakan warga menolak rencana itu.\n';
const OWN = 'zz-setuju.ani.sorot.json';
const BROKEN = 'zz-setuju.budi.sorot.json';
const uri = (name: string) => vscode.Uri.joinPath(workspaceRoot(), name);

describe('Compare Annotators with an unreadable annotation file', function () {
  this.timeout(60_000);

  after(async () => {
    for (const name of [ARTICLE, OWN, BROKEN]) await vscode.workspace.fs.delete(uri(name)).then(undefined, () => undefined);
  });

  it('names the file that could not be read, not the per-annotator setting', async function () {
    await activateSorot();
    const exact = 'warga menolak rencana itu';
    const start = TEXT.indexOf(exact);
    const stamp = '2026-01-05T10:00:00.000Z';
    const sidecar = {
      schemaVersion: 3,
      article: ARTICLE,
      annotations: [{
        id: '01JH00000000000000000000A0',
        kind: 'claim',
        target: { start, end: start + exact.length, exact, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(start + exact.length, start + exact.length + 32) },
        annotator: 'ani',
        created: stamp,
        modified: stamp,
        status: 'accepted',
        tags: [],
        claim: { claimant: 'Kepala desa', paraphrase: '' },
      }],
    };
    const write = (name: string, text: string) => vscode.workspace.fs.writeFile(uri(name), new TextEncoder().encode(text));
    await write(ARTICLE, TEXT);
    await write(OWN, `${JSON.stringify(sidecar, null, 2)}\n`);
    await write(BROKEN, '{ "schemaVersion": 3, "article": ');
    await sleep(300);
    const panel = await vscode.commands.executeCommand('sorot.agreement.show', { mode: 'exact' });
    assert.equal(panel, undefined, 'no report: one annotator could be read');
    const seen = await notified(['Agreement needs two annotators, found 1', 'could not be read', BROKEN], 'the message naming the unreadable file');
    if (!seen) this.skip(); // desktop launcher: no page to read the message from
  });
});
