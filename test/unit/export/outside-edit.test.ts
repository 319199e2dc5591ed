// Issue 18, points 1, 8 and 12: what `sorot validate` and `sorot export` say after the
// article changed outside Sorot, after a hand edit of an offset, and for an article with a
// duplicated paragraph, checked against the text on disk.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../../src/cli/commands/export';
import { validateCommand, type FileReport } from '../../../src/cli/commands/validate';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import type { ExportFormat } from '../../../src/core/export';
import { EXPORT_MANIFEST } from '../../../src/core/export/write-files';
import { exportedSpans } from './exported-spans';
import { runCaptured } from './cli-run';

const SAMPLE = join(__dirname, '../../../samples/07-ue-sanksi-baru-rusia');

/** Runs a command with stdout/stderr captured. */
const run = (cmd: { run(args: string[]): Promise<number> }, args: string[]) => runCaptured(() => cmd.run(args));

async function readExport(dir: string, format: ExportFormat): Promise<Array<{ path: string; contents: string }>> {
  const out = [];
  for (const entry of await fsp.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.push({ path: join(entry.parentPath, entry.name).slice(dir.length + 1), contents: await fsp.readFile(join(entry.parentPath, entry.name), 'utf8') });
  }
  // The export's manifest (what Sorot wrote there) is not part of the format.
  const data = out.filter((f) => f.path !== EXPORT_MANIFEST);
  return format === 'brat' ? data.filter((f) => f.path.endsWith('.ann')) : data;
}

describe('offsets on disk and in exports after the article changed (issue 18: 1, 8, 12)', function () {
  this.timeout(60_000);
  let root: string;
  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-outside-'));
  });
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('exports every annotation on its quote after a line was inserted after the headline outside Sorot', async () => {
    const text = await fsp.readFile(SAMPLE + '.txt', 'utf8');
    const lines = text.split('\n');
    const changed = [lines[0], 'Baris baru yang disisipkan di luar Sorot.', ...lines.slice(1)].join('\n');
    await fsp.writeFile(join(root, 'a.txt'), changed);
    const sidecarText = await fsp.readFile(SAMPLE + '.sorot.json', 'utf8');
    await fsp.writeFile(join(root, 'a.sorot.json'), sidecarText.replace(/"article": "[^"]+"/, '"article": "a.txt"'));
    const stored = (JSON.parse(sidecarText) as Sidecar).annotations;
    assert.ok(stored.length >= 3);

    const validated = await run(validateCommand, ['--json', root]);
    const report = (JSON.parse(validated.out) as FileReport[])[0];
    assert.equal(report.counts?.reanchored, stored.length, validated.out);

    for (const format of ['jsonl', 'csv', 'w3c', 'brat'] as const) {
      const out = join(root, 'out-' + format);
      const r = await run(exportCommand, ['--format', format, '--out', out, join(root, 'a.txt')]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /found again at their new place/);
      const spans = exportedSpans(format, await readExport(out, format), changed);
      assert.equal(spans.length, stored.length, format);
      for (const s of spans) {
        const quote = stored.find((a) => a.id === s.id)!.target.exact;
        assert.equal(s.flagged, false, `${format} ${s.id}`);
        assert.equal(changed.slice(s.start, s.end), quote, `${format} ${s.id}`);
      }
    }
  });

  it('validate does not call an annotation exact when its end offset was edited by hand; export uses the quote', async () => {
    const text = 'Judul\n\nParagraf pertama menyebut sanksi baru.\n\nParagraf kedua menyebut pembalasan Rusia.\n\nParagraf ketiga menutup.';
    const exact = 'sanksi baru';
    const start = text.indexOf(exact);
    const a = createAnnotation({ text, start, end: start + exact.length, annotator: 'ana', now: 1_700_000_000_000, fields: { kind: 'claim', claim: { claimant: 'UE' } } });
    const bad = { ...a, target: { ...a.target, end: text.length - 3 } };
    await fsp.writeFile(join(root, 'b.txt'), text);
    await fsp.writeFile(join(root, 'b.sorot.json'), serializeSidecar({ schemaVersion: 3, article: 'b.txt', annotations: [bad] }));
    const validated = await run(validateCommand, ['--json', root]);
    const report = (JSON.parse(validated.out) as FileReport[])[0];
    assert.equal(report.counts?.exact, 0, validated.out);
    const out = join(root, 'out');
    await run(exportCommand, ['--format', 'brat', '--out', out, join(root, 'b.txt')]);
    const [span] = exportedSpans('brat', await readExport(out, 'brat'), text);
    assert.deepEqual([span.start, span.end], [start, start + exact.length]);
  });

  it('an unchanged article with a duplicated paragraph is exact, not flagged, and validate exits 0', async () => {
    const para = 'Menteri itu mengatakan kepada wartawan bahwa sanksi akan diperluas ke sektor perbankan dan energi mulai bulan depan.';
    const text = `Judul berita\n\n${para}\n\n${para}\n\nPenutup.`;
    const annotations: Annotation[] = [text.indexOf(para), text.lastIndexOf(para)].map((start, i) =>
      // In the middle of the paragraph: both copies have the same 32 units of context.
      createAnnotation({ text, start: start + 40, end: start + 70, annotator: 'ana', now: 1_700_000_000_000 + i, fields: { kind: 'claim', claim: { claimant: 'Menteri' } } }),
    );
    await fsp.writeFile(join(root, 'c.txt'), text);
    // A version 1 file: no textHash, so the placing step must find both on its own.
    await fsp.writeFile(join(root, 'c.sorot.json'), serializeSidecar({ schemaVersion: 3, article: 'c.txt', annotations }).replace('"schemaVersion": 3', '"schemaVersion": 1'));
    const validated = await run(validateCommand, ['--json', root]);
    assert.equal(validated.code, 0, validated.out);
    assert.equal((JSON.parse(validated.out) as FileReport[])[0].counts?.exact, 2);
  });
});
