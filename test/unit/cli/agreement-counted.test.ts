// `sorot agreement` counts the articles the extension's Compare Annotators counts
// (core/agreement/counted-articles.ts): an article with no annotation file is not read,
// so one that is not UTF-8 is an article nobody annotated, not a skipped file.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { AgreementReport } from '../../../src/core/agreement';
import { claim } from '../export/fixtures';
import { runCaptured } from '../export/cli-run';

describe('sorot agreement: which articles count', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sorot-agreement-counted-'));
    const text = 'Harga Beras Naik\nJakarta - Menteri mengatakan harga beras naik pekan ini.\n';
    writeFileSync(join(dir, 'beras.txt'), text);
    for (const who of ['ani', 'budi']) writeFileSync(join(dir, `beras.${who}.sorot.json`), serializeSidecar({ schemaVersion: 3, article: 'beras.txt', annotator: who, annotations: [claim(text, 'Menteri mengatakan', who)] }));
    writeFileSync(join(dir, 'gula.txt'), 'Gula Langka\nMedan - Pedagang kehabisan stok.\n');
    // "Kafé" in Windows-1252: not UTF-8, and no annotation file.
    writeFileSync(join(dir, 'kafe.txt'), Uint8Array.from([0x4b, 0x61, 0x66, 0xe9, 0x0a]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts an unannotated article that is not UTF-8 as one nobody annotated, as the extension does', async () => {
    const r = await runCaptured(() => agreementCommand.run(['--json', dir]));
    const report = JSON.parse(r.out) as AgreementReport;
    assert.deepEqual(report.articles.map((a) => [a.path.split('/').pop(), a.annotators]), [['beras.txt', ['ani', 'budi']], ['gula.txt', []], ['kafe.txt', []]]);
    assert.equal(r.code, 0, r.err);
    assert.doesNotMatch(r.err, /kafe\.txt/);
  });
});
