import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MAX_ANALYZE_BYTES, outputName } from '../../../src/cli/commands/analyze';
import type { AnalysisResult } from '../../../src/core/recognize/types';

const ROOT = resolve(__dirname, '../../..');

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sorot analyze (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'sorot-analyze-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints one AnalysisResult for one file', () => {
    const f = join(dir, 'one.txt');
    writeFileSync(f, '“Kami siap,” kata Peskov di Moskow.\n');
    const r = cli(['analyze', f]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as AnalysisResult;
    assert.deepEqual(Object.keys(out), ['actors', 'quotes', 'reported']);
    assert.deepEqual(out.actors.map((a) => a.canonical), ['Dmitry Peskov', 'Moscow']);
    assert.equal(out.quotes[0].speaker, 'Dmitry Peskov');
    assert.deepEqual(out.reported, []);
  });

  it('prints reported statements next to quotes, with UTF-16 offsets (emoji and CRLF before them)', () => {
    const f = join(dir, 'reported.txt');
    const text = 'Kabar 😀 terbaru\r\nPeskov mengatakan Rusia siap berunding di Jakarta.\r\n';
    writeFileSync(f, `\uFEFF${text}`);
    const r = cli(['analyze', f]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as AnalysisResult;
    const start = text.indexOf('Rusia siap');
    const peskov = text.indexOf('Peskov');
    assert.deepEqual(out.reported, [{
      start, end: start + 'Rusia siap berunding di Jakarta'.length, text: 'Rusia siap berunding di Jakarta',
      speaker: 'Dmitry Peskov', speakerMention: { start: peskov, end: peskov + 6 }, cue: 'mengatakan', attribution: 'explicit',
    }]);
  });

  it('--out writes DIR/<name>.json per file; BOM not counted, CRLF offsets as read; bad files reported, others written, exit 1', () => {
    const out = join(dir, 'out');
    const bom = join(dir, 'bom.txt');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Rusia\r\nNATO\r\n')]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x50, 0x72, 0x61, 0x6e, 0xe7, 0x61, 0x69, 0x73]));
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const missing = join(dir, 'missing.txt');
    const r = cli(['analyze', bom, latin1, binary, missing, '--out', out]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /latin1\.txt: the file is not valid UTF-8/);
    assert.match(r.stderr, /image\.txt: the file looks binary/);
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.deepEqual(readdirSync(out), ['bom.json']);
    const res = JSON.parse(readFileSync(join(out, 'bom.json'), 'utf8')) as AnalysisResult;
    assert.deepEqual(res.actors.map((a) => [a.text, a.start, a.end]), [['Rusia', 0, 5], ['NATO', 7, 11]]);
  });

  it('refuses a file above the size limit by its size, before reading it, and analyses the others', () => {
    // Sparse: 200 MB on paper, no blocks on disk, so the test is instant.
    const big = join(dir, 'korpus-besar.txt');
    writeFileSync(big, '');
    truncateSync(big, 200 * 1024 * 1024);
    const small = join(dir, 'kecil.txt');
    writeFileSync(small, 'Rusia dan NATO.\n');
    const r = cli(['analyze', big, small]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `sorot analyze: ${big}: the file is 200.0 MiB; sorot analyze reads articles of at most ${MAX_ANALYZE_BYTES / 1024 / 1024} MiB (the result is built in memory as one JSON text), split it into articles\n`);
    assert.deepEqual(Object.keys(JSON.parse(r.stdout)), [small]);
  });

  it('usage errors exit 2', () => {
    assert.equal(cli(['analyze']).code, 2);
    assert.equal(cli(['analyze', '--bogus', 'x.txt']).code, 2);
  });

  it('names outputs without .txt', () => {
    assert.equal(outputName('/a/b/Berita Satu.txt'), 'Berita Satu.json');
    assert.equal(outputName('notes.md'), 'notes.md.json');
  });
});
