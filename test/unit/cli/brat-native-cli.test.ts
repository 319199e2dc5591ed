// Issue 17: `sorot export --format brat --brat-native` writes a folder per annotator, and
// `sorot import --format brat` of that folder gives every annotation back to its annotator.
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

describe('sorot export --format brat --brat-native, then import (issue 17)', function () {
  this.timeout(60000);
  let root: string;
  beforeEach(async () => (root = await fsp.mkdtemp(join(tmpdir(), 'sorot-bratn-'))));
  afterEach(() => fsp.rm(root, { recursive: true, force: true }));

  it('a folder per annotator out, each annotator\'s annotations back', async () => {
    const corpus = join(root, 'korpus');
    await fsp.mkdir(corpus);
    await fsp.writeFile(join(corpus, 'beras.txt'), ARTICLE);
    const annotations = [claim(ARTICLE, 'subsidi akan ditambah', 'ani'), stance(ARTICLE, 'menolak rencana itu', 'against', 'budi'), source(ARTICLE, 'ANTARA', 'news agency', 'budi')];
    await fsp.writeFile(join(corpus, 'beras.sorot.json'), serializeSidecar({ schemaVersion: 3, article: 'beras.txt', annotations }));
    const out = join(root, 'brat');
    const e = await runCaptured(() => exportCommand.run(['--format', 'brat', '--brat-native', '--out', out, '--jobs', '1', corpus]));
    assert.equal(e.code, 0, e.err);
    const listed = (await fsp.readdir(out, { recursive: true })).map(String).filter((p) => !p.startsWith('.')).sort();
    assert.deepEqual(listed.filter((p) => /\.(ann|conf)$/.test(p)), ['ani/annotation.conf', 'ani/korpus/beras.ann', 'budi/annotation.conf', 'budi/korpus/beras.ann']);

    await fsp.rm(join(corpus, 'beras.sorot.json'));
    const i = await runCaptured(() => importCommand.run(['--format', 'brat', '--articles', root, out]));
    assert.equal(i.code, 0, i.err);
    assert.match(i.out, /^imported 3, /);
    const read = async (name: string) => {
      const r = parseSidecarText(await fsp.readFile(join(corpus, name), 'utf8'));
      assert.ok(r.ok);
      return (r as { sidecar: Sidecar }).sidecar.annotations;
    };
    // The sidecar was deleted: the import writes one per annotator, each annotation back.
    const byId = (l: readonly { id: string }[]) => [...l].sort((a, b) => (a.id < b.id ? -1 : 1));
    assert.deepEqual(byId([...(await read('beras.ani.sorot.json')), ...(await read('beras.budi.sorot.json'))]), byId(annotations));
  });
});
