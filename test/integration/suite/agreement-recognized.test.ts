// Issue 12, agreement on the recognized layer in the real editor: two annotators'
// corrections of one article in their own files, "Compare Annotators" reports their
// curated actor mentions and quote speakers (the same figures `sorot agreement` prints
// for this text, worked out in test/unit/agreement/cli-recognized.test.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RecognizedLayerReport } from '../../../src/core/agreement';
import type { Correction } from '../../../src/core/annotations/corrections';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION } from '../../../src/core/annotations/types';
import { decide, type DecisionValues } from '../../../src/core/curation/decide';
import { activateSorot, screenshot, workspaceRoot } from '../helpers';

const FOLDER = 'kesepakatan-pengenalan';
// Written for this test.
const TEXT =
  'Harga Cabai Naik di Bandung\n\n' +
  'BANDUNG, Kabarkita.id - Kepala Dinas Pertanian Kota Bandung, Rudi Hartanto, mengatakan harga cabai naik sejak Senin.\n\n' +
  '"Pasokan dari petani berkurang karena hujan," kata Rudi.\n\n' +
  'Pedagang Pasar Kosambi, Lina Marlina, mengeluh pembeli sepi. "Kami rugi setiap hari," ujarnya.\n';
const QUOTE_RUDI = '"Pasokan dari petani berkurang karena hujan,"';
const QUOTE_LINA = '"Kami rugi setiap hari,"';

const enc = (s: string) => new TextEncoder().encode(s);

let clock = 0;
function correction(annotator: string, surface: string, decision: 'accept' | 'reject' | 'set', values: DecisionValues | { layer: 'actor' | 'quote' }): Correction {
  const start = TEXT.indexOf(surface);
  return decide({ text: TEXT, start, end: start + surface.length, annotator, decision, values, now: Date.UTC(2026, 11, 2) + ++clock }, []).correction;
}

interface Panel {
  report: { recognized?: RecognizedLayerReport };
  html: string;
  dispose(): void;
}

describe('agreement on the recognized layer (curated actors and quote speakers)', function () {
  this.timeout(120_000);
  const uri = (...parts: string[]) => vscode.Uri.joinPath(workspaceRoot(), ...parts);
  const sidecar = (annotator: string, corrections: Correction[]) =>
    vscode.workspace.fs.writeFile(
      uri(FOLDER, `cabai.${annotator}.sorot.json`),
      enc(serializeSidecar({ schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'cabai.txt', annotator, textHash: articleTextHash(TEXT), annotations: [], corrections })),
    );

  before(async () => {
    await activateSorot();
    await vscode.workspace.fs.writeFile(uri(FOLDER, 'cabai.txt'), enc(TEXT));
    // sari has no other file in the samples, so the pair rina–sari is compared on this article only.
    await sidecar('rina', [
      correction('rina', 'BANDUNG', 'reject', { layer: 'actor' }),
      correction('rina', 'Pasar Kosambi', 'set', { layer: 'actor', type: 'ORG', canonical: 'Pasar Kosambi' }),
      correction('rina', QUOTE_RUDI, 'accept', { layer: 'quote', speaker: 'Rudi Hartanto' }),
    ]);
    await sidecar('sari', [
      correction('sari', 'Bandung', 'set', { layer: 'actor', type: 'ORG', canonical: 'Bandung' }),
      correction('sari', 'Dinas Pertanian Kota Bandung', 'set', { layer: 'actor', type: 'ORG', canonical: 'Distan Kota Bandung' }),
      correction('sari', QUOTE_LINA, 'set', { layer: 'quote', speaker: 'Rudi Hartanto' }),
    ]);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri(FOLDER), { recursive: true }).then(undefined, () => undefined);
  });

  it('compares the two curated layers and shows the figures in the report', async () => {
    const panel = await vscode.commands.executeCommand<Panel | undefined>('sorot.agreement.show', { mode: 'exact' });
    assert.ok(panel, 'the agreement report opened');
    try {
      const rec = panel.report.recognized;
      assert.ok(rec, 'the report has the recognized layer');
      assert.ok(rec.articles.some((a) => a.path.endsWith(`${FOLDER}/cabai.txt`) && a.compared), JSON.stringify(rec.articles));
      const actors = rec.actors.find((r) => r.a === 'rina' && r.b === 'sari');
      const speakers = rec.speakers.find((r) => r.a === 'rina' && r.b === 'sari');
      assert.ok(actors && speakers, 'the pair rina–sari is compared');
      assert.deepEqual([actors.mentionsA, actors.mentionsB, actors.sameSpan, actors.matched, actors.sameActor, actors.untouched], [7, 7, 6, 5, 4, 4]);
      assert.equal(actors.f1, 5 / 7);
      assert.deepEqual([speakers.matched, speakers.sameSpeaker, speakers.agreement, speakers.kappa], [2, 1, 0.5, 0]);
      assert.ok(panel.html.includes('Recognized layer: curated actors, quote speakers and reported statements'), 'the panel shows the section');
      assert.match(panel.html, /<tr><td>rina<\/td><td>sari<\/td><td>1<\/td><td>7<\/td><td>7<\/td><td>6<\/td><td>5<\/td><td>0\.714<\/td>/);
      await screenshot('agreement-recognized', { delayMs: 5000 });
    } finally {
      panel.dispose();
    }
  });
});
