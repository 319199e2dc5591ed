// Issue 17: `sorot export --format webanno-tsv` then `sorot import --format webanno-tsv`
// through the CLI gives the sidecar back, and the summary counts what was imported.
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCommand } from '../../../src/cli/commands/export';
import { importCommand } from '../../../src/cli/commands/import';
import { parseSidecarText } from '../../../src/core/annotations/parse';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Sidecar } from '../../../src/core/annotations/types';
import { runCaptured } from '../export/cli-run';
import { ARTICLE, claim, source, stance } from '../export/fixtures';

describe('sorot export / import --format webanno-tsv (issue 17)', function () {
  this.timeout(60000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-tsv-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('exports a .tsv per article and imports it back into a fresh copy of the corpus, annotation for annotation', async () => {
    const corpus = join(root, 'korpus');
    await fsp.mkdir(corpus);
    await fsp.writeFile(join(corpus, 'beras.txt'), ARTICLE);
    const annotations = [claim(ARTICLE, 'subsidi akan ditambah', 'ani', { note: 'satu\r\ndua' }), stance(ARTICLE, 'menolak rencana itu', 'against', 'budi'), source(ARTICLE, 'ANTARA', 'news agency')];
    const sidecar: Sidecar = { schemaVersion: 3, article: 'beras.txt', annotations };
    await fsp.writeFile(join(corpus, 'beras.sorot.json'), serializeSidecar(sidecar));

    const out = join(root, 'tsv');
    const exported = await runCaptured(() => exportCommand.run(['--format', 'webanno-tsv', '--out', out, '--jobs', '1', corpus]));
    assert.equal(exported.code, 0, exported.err);
    assert.match(exported.out, /exported 3 annotations of 1 article as webanno-tsv/);
    assert.ok((await fsp.readFile(join(out, 'korpus', 'beras.tsv'), 'utf8')).startsWith('#FORMAT=WebAnno TSV 3.3\n'));

    const fresh = join(root, 'fresh');
    await fsp.mkdir(fresh);
    await fsp.writeFile(join(fresh, 'beras.txt'), ARTICLE);
    const imported = await runCaptured(() => importCommand.run(['--format', 'webanno-tsv', '--articles', fresh, out]));
    assert.equal(imported.code, 0, imported.err);
    assert.match(imported.out, /^imported 3, mapped 0 labels, skipped 0\n/);
    // Two annotators: one sidecar each.
    const read = async (name: string) => {
      const back = parseSidecarText(await fsp.readFile(join(fresh, name), 'utf8'));
      assert.ok(back.ok);
      return (back as { sidecar: Sidecar }).sidecar.annotations;
    };
    const all = [...(await read('beras.ani.sorot.json')), ...(await read('beras.budi.sorot.json'))];
    const byId = (l: readonly { id: string }[]) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(byId(all), byId(annotations));
  });

  it('the export summary counts the recognized records written, kind by kind, when there are no annotations', async () => {
    const corpus = join(root, 'korpus');
    await fsp.mkdir(corpus);
    await fsp.writeFile(join(corpus, 'beras.txt'), ARTICLE);
    const out = join(root, 'jsonl');
    const r = await runCaptured(() => exportCommand.run(['--format', 'jsonl', '--recognized', '--out', out, '--jobs', '1', corpus]));
    assert.equal(r.code, 0, r.err);
    const kinds = (await fsp.readFile(join(out, 'annotations.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { kind: string }).kind);
    const n = (k: string) => kinds.filter((x) => x === k).length;
    assert.ok(n('actor') > 0, kinds.join());
    const expected = [`${n('actor')} actor mention${n('actor') === 1 ? '' : 's'}`];
    if (n('quote')) expected.push(`${n('quote')} quote${n('quote') === 1 ? '' : 's'}`);
    if (n('reported')) expected.push(`${n('reported')} reported statement${n('reported') === 1 ? '' : 's'}`);
    assert.equal(r.out.split(' of 1 article')[0], `exported 0 annotations, ${expected.slice(0, -1).join(', ')} and ${expected[expected.length - 1]}`);
  });
});
