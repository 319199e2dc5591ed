import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import { exportCommand } from '../../../src/cli/commands/export';
import { importCommand } from '../../../src/cli/commands/import';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { ARTICLE, claim, stance } from './fixtures';
import { runCaptured } from './cli-run';

/** Runs a command with stdout/stderr captured. */
const run = (cmd: { run(args: string[]): Promise<number> }, args: string[]) => runCaptured(() => cmd.run(args));

describe('sorot export / import / agreement (CLI)', function () {
  this.timeout(60000);
  let root: string;
  const corpus = () => join(root, 'korpus');

  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-cli-export-'));
    await fsp.mkdir(corpus());
    // The file on disk has a BOM; offsets index the text without it.
    await fsp.writeFile(join(corpus(), 'beras.txt'), '\uFEFF' + ARTICLE);
    const ani = [claim(ARTICLE, 'subsidi akan ditambah', 'ani'), stance(ARTICLE, 'menolak rencana itu', 'against', 'ani')];
    const budi = [claim(ARTICLE, 'subsidi akan ditambah', 'budi'), stance(ARTICLE, 'menolak rencana itu', 'favor', 'budi')];
    await fsp.writeFile(join(corpus(), 'beras.ani.sorot.json'), serializeSidecar({ schemaVersion: 3, article: 'beras.txt', annotator: 'ani', annotations: ani }));
    await fsp.writeFile(join(corpus(), 'beras.budi.sorot.json'), serializeSidecar({ schemaVersion: 3, article: 'beras.txt', annotator: 'budi', annotations: budi }));
    await fsp.writeFile(join(corpus(), 'rusak.txt'), 'Teks pendek.');
    await fsp.writeFile(join(corpus(), 'rusak.sorot.json'), '{ "schemaVersion": 1, ');
  });
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('exports every format, reports the unreadable sidecar and leaves it untouched', async () => {
    for (const format of ['jsonl', 'csv', 'w3c', 'brat', 'conll']) {
      const r = await run(exportCommand, ['--format', format, '--out', join(root, 'out', format), corpus()]);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /rusak\.sorot\.json/);
      assert.match(r.out, new RegExp(`as ${format}`));
    }
    const jsonl = await fsp.readFile(join(root, 'out/jsonl/annotations.jsonl'), 'utf8');
    assert.equal(jsonl.trimEnd().split('\n').length, 4);
    assert.equal(JSON.parse(jsonl.split('\n')[0]).article, 'korpus/beras.txt');
    assert.equal(await fsp.readFile(join(corpus(), 'rusak.sorot.json'), 'utf8'), '{ "schemaVersion": 1, ');
    assert.ok((await fsp.readFile(join(root, 'out/conll/actors.conll'), 'utf8')).startsWith('-DOCSTART- -X- -X- O'));
    assert.equal(await fsp.readFile(join(root, 'out/brat/korpus/beras.txt'), 'utf8'), ARTICLE);
  });

  it('never writes over an input article, even when --out points at the corpus', async () => {
    const r = await run(exportCommand, ['--format', 'brat', '--out', root, corpus()]);
    assert.equal(r.code, 1);
    // A folder holding articles is refused as a whole (issue 11 point 7): its manifest
    // would take its articles out of the corpus.
    assert.match(r.err, /holds articles \(for example .*beras\.txt\); nothing was written, choose another --out/);
    assert.equal(await fsp.readFile(join(corpus(), 'beras.txt'), 'utf8'), '\uFEFF' + ARTICLE);
    await assert.rejects(fsp.stat(join(root, '.sorot-export.json')), 'no manifest was written');
  });

  it('rejects bad options with exit code 2', async () => {
    assert.equal((await run(exportCommand, ['--format', 'xml', '--out', root])).code, 2);
    assert.equal((await run(exportCommand, ['--format', 'csv'])).code, 2);
    assert.equal((await run(importCommand, ['--format', 'csv', 'x'])).code, 2);
  });

  it('JSONL -> import into an empty copy -> export is byte-identical; merge keeps others', async () => {
    await run(exportCommand, ['--format', 'jsonl', '--out', join(root, 'a'), corpus()]);
    const copy = join(root, 'copy');
    await fsp.mkdir(join(copy, 'korpus'), { recursive: true });
    await fsp.copyFile(join(corpus(), 'beras.txt'), join(copy, 'korpus/beras.txt'));
    const imp = await run(importCommand, ['--format', 'jsonl', '--articles', copy, join(root, 'a/annotations.jsonl')]);
    assert.equal(imp.code, 0, imp.err);
    assert.match(imp.out, /4 new and 0 updated annotations, 0 recognized-layer corrections, into 2 sidecars/);
    await run(exportCommand, ['--format', 'jsonl', '--out', join(root, 'b'), join(copy, 'korpus')]);
    assert.equal(await fsp.readFile(join(root, 'b/annotations.jsonl'), 'utf8'), await fsp.readFile(join(root, 'a/annotations.jsonl'), 'utf8'));
    // Importing again replaces by id: nothing duplicated.
    const again = await run(importCommand, ['--format', 'jsonl', '--articles', copy, join(root, 'a/annotations.jsonl')]);
    assert.match(again.out, /0 new and 4 updated/);
  });

  it('import refuses to write over a sidecar it cannot parse', async () => {
    await run(exportCommand, ['--format', 'jsonl', '--out', join(root, 'a'), corpus()]);
    await fsp.writeFile(join(corpus(), 'beras.ani.sorot.json'), '{broken');
    const r = await run(importCommand, ['--format', 'jsonl', '--articles', root, join(root, 'a/annotations.jsonl')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /beras\.ani\.sorot\.json: .*left untouched/);
    assert.equal(await fsp.readFile(join(corpus(), 'beras.ani.sorot.json'), 'utf8'), '{broken');
  });

  it('agreement prints the tables', async () => {
    const r = await run(agreementCommand, [corpus()]);
    assert.equal(r.code, 1); // the unreadable sidecar is reported
    assert.match(r.out, /^ani\s+budi\s+all\s+2\s+2\s+2\s+1\.000\s+1\.000\s+1\.000$/m);
    assert.match(r.out, /^Disagreements \(1\)$/m);
    const md = await run(agreementCommand, ['--markdown', join(corpus(), 'beras.txt')]);
    assert.equal(md.code, 0);
    assert.match(md.out, /^\| stance polarity \| 1 \|/m);
  });
});
