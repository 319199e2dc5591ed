import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCommand, type FileReport } from '../../../src/cli/commands/validate';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';
import { runCaptured } from '../export/cli-run';

const A_TEXT = 'JAKARTA — Menlu Retno 😀 mengatakan\r\nIndonesia siap menjadi jembatan perdamaian.\r\n"Kami mendorong dialog," ujarnya.';
const B_OLD = 'Rusia menolak usulan itu. Kata Prabowo, Indonesia tetap bebas-aktif. "Kami netral," ujarnya kepada wartawan.';
const B_NEW = 'Pembaruan: ' + B_OLD.replace('tetap bebas-aktif', 'tetap bebas dan aktif').replace('"Kami netral," ujarnya kepada wartawan.', '');

let n = 0;
function claim(text: string, exact: string, annotator = 'ana'): Annotation {
  const start = text.indexOf(exact);
  return createAnnotation({ text, start, end: start + exact.length, annotator, now: 1_700_000_000_000 + n++, fields: { kind: 'claim', claim: { claimant: 'x' } } });
}
function sidecar(article: string, annotations: Annotation[], annotator?: string): string {
  const s: Sidecar = { schemaVersion: 3, article, annotations, ...(annotator ? { annotator } : {}) };
  return serializeSidecar(s);
}

/** Every file under `dir` with its bytes and mtime, to prove nothing was touched. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const p = join(entry.parentPath, entry.name);
    out.set(p, `${readFileSync(p).toString('base64')}@${statSync(p).mtimeMs}`);
  }
  return out;
}

async function runValidate(args: string[]): Promise<{ code: number; out: string }> {
  const { code, out } = await runCaptured(() => validateCommand.run(args));
  return { code, out };
}

describe('sorot validate', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sorot-validate-'));
    writeFileSync(join(dir, 'a.txt'), '\uFEFF' + A_TEXT);
    writeFileSync(join(dir, 'a.sorot.json'), sidecar('a.txt', [claim(A_TEXT, 'Retno 😀'), claim(A_TEXT, 'siap menjadi jembatan perdamaian')]));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'b.txt'), B_NEW);
    writeFileSync(
      join(dir, 'nested', 'b.ana.sorot.json'),
      sidecar('b.txt', [claim(B_OLD, 'Rusia menolak usulan itu.'), claim(B_OLD, 'Indonesia tetap bebas-aktif'), claim(B_OLD, '"Kami netral," ujarnya kepada wartawan.')], 'ana'),
    );
    writeFileSync(join(dir, 'c.sorot.json'), '{\n  "schemaVersion": 1,\n  "article": "c.txt",\n  "annotations": [,]\n}\n');
    mkdirSync(join(dir, '.sorot'));
    writeFileSync(join(dir, '.sorot', 'schema.json'), JSON.stringify({ stanceTargets: ['Peace negotiations'] }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each annotation state and file error, exits 1, and changes nothing', async () => {
    const before = snapshot(dir);
    const { code, out } = await runValidate([dir]);
    if (process.env.SHOW_VALIDATE) console.log(out);
    assert.equal(code, 1);
    assert.match(out, /OK +.*a\.sorot\.json: 2 annotations: 2 exact, 0 re-anchored, 0 need review, 0 orphaned/);
    assert.match(out, /FAIL +.*b\.ana\.sorot\.json: 3 annotations: 0 exact, 1 re-anchored, 1 need review, 1 orphaned/);
    assert.match(out, /reanchored +\w{26} claim +\[11, 36\) "Rusia menolak usulan itu\."/);
    assert.match(out, /orphaned +\w{26} claim/);
    assert.match(out, /ERROR +.*c\.sorot\.json: parse: invalid JSON at line 4, column 19: value expected/);
    assert.match(out, /OK +.*schema\.json: workspace schema configuration/);
    assert.match(out, /4 files, 1 unreadable or invalid; annotations: 2 exact, 1 re-anchored, 1 need review, 1 orphaned/);
    assert.deepEqual(snapshot(dir), before, 'validate must not modify, create or delete any file');
  });

  it('exits 0 for a clean article given by name, and emits JSON on request', async () => {
    const before = snapshot(dir);
    const { code, out } = await runValidate(['--json', join(dir, 'a.txt')]);
    assert.equal(code, 0);
    const reports = JSON.parse(out) as FileReport[];
    assert.equal(reports.length, 1);
    assert.deepEqual(reports[0].counts, { exact: 2, reanchored: 0, 'needs-review': 0, orphaned: 0 });
    assert.deepEqual(snapshot(dir), before);
  });

  it('reports a missing article and a sidecar with an unknown newer schemaVersion', async () => {
    writeFileSync(join(dir, 'lost.sorot.json'), sidecar('lost.txt', []));
    writeFileSync(join(dir, 'new.sorot.json'), '{"schemaVersion": 4, "article": "a.txt", "annotations": []}');
    const { code, out } = await runValidate([join(dir, 'lost.sorot.json'), join(dir, 'new.sorot.json'), join(dir, 'nope')]);
    assert.equal(code, 1);
    assert.match(out, /lost\.sorot\.json: article: article lost\.txt not found/);
    assert.match(out, /new\.sorot\.json: version: schemaVersion 4 is newer/);
    assert.match(out, /nope: io: no such file or folder/);
  });

  it('rejects unknown options with exit status 2', async () => {
    const write = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      assert.equal(await validateCommand.run(['--fix']), 2);
    } finally {
      process.stderr.write = write;
    }
  });
});
