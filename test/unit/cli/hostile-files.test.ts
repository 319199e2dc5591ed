// Fault injection: hostile sidecars among good ones. Each CLI command that reads them
// (validate, export, agreement, import) names every hostile file, processes the good
// ones, leaves the hostile ones untouched, and exits 1 to say something was skipped.
// Hostile here: nested 100,000 deep, not UTF-8, a folder named like a sidecar, and a
// file that cannot be read (we run as root, where chmod 000 stops nothing, so the read
// is made to fail with EACCES by wrapping fs.promises.readFile for that one path).
import assert from 'node:assert/strict';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreementCommand } from '../../../src/cli/commands/agreement';
import { exportCommand } from '../../../src/cli/commands/export';
import { importCommand } from '../../../src/cli/commands/import';
import { validateCommand } from '../../../src/cli/commands/validate';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { exportAs } from '../../../src/core/export';
import { runCaptured } from '../export/cli-run';
import { ARTICLE, claim, stance } from '../export/fixtures';

type Command = { run(args: string[]): Promise<number> };

/** Runs a command in this process with stdout/stderr captured and `locked` unreadable. */
async function run(cmd: Command, args: string[], locked: string) {
  const readFile = fsp.readFile;
  fsp.readFile = (async (path: Parameters<typeof readFile>[0], ...rest: unknown[]) => {
    if (String(path) === locked) throw Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: locked });
    return (readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof readFile;
  try {
    return await runCaptured(() => cmd.run(args));
  } finally {
    fsp.readFile = readFile;
  }
}

const HOSTILE = ['deep.sorot.json', 'utf8.sorot.json', 'folder.sorot.json', 'locked.sorot.json'];
const DEPTH = 100_000;

describe('hostile sidecars among good ones (CLI)', function () {
  this.timeout(60_000);
  let root: string;
  let corpus: string;
  let locked: string;
  const before = new Map<string, Buffer>();

  beforeEach(async () => {
    root = await fsp.mkdtemp(join(tmpdir(), 'sorot-hostile-'));
    corpus = join(root, 'korpus');
    locked = join(corpus, 'locked.sorot.json');
    await fsp.mkdir(corpus);
    for (const name of ['baik', 'kedua', 'deep', 'utf8', 'folder', 'locked']) await fsp.writeFile(join(corpus, `${name}.txt`), ARTICLE);
    const sidecar = (article: string, annotator?: string, list = [claim(ARTICLE, 'subsidi akan ditambah', annotator ?? 'ani')]) =>
      serializeSidecar({ schemaVersion: 3, article, ...(annotator ? { annotator } : {}), annotations: list });
    await fsp.writeFile(join(corpus, 'baik.ani.sorot.json'), sidecar('baik.txt', 'ani'));
    await fsp.writeFile(join(corpus, 'baik.budi.sorot.json'), sidecar('baik.txt', 'budi', [claim(ARTICLE, 'subsidi akan ditambah', 'budi'), stance(ARTICLE, 'menolak rencana itu', 'against', 'budi')]));
    await fsp.writeFile(join(corpus, 'kedua.sorot.json'), sidecar('kedua.txt'));
    await fsp.writeFile(join(corpus, 'deep.sorot.json'), sidecar('deep.txt').replace('"tags": []', `"tags": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`));
    await fsp.writeFile(join(corpus, 'utf8.sorot.json'), Buffer.concat([Buffer.from(sidecar('utf8.txt').slice(0, 40)), Buffer.from([0xc3, 0x28]), Buffer.from(sidecar('utf8.txt').slice(40))]));
    await fsp.mkdir(join(corpus, 'folder.sorot.json'));
    await fsp.writeFile(locked, sidecar('locked.txt'));
    before.clear();
    for (const name of HOSTILE.filter((n) => n !== 'folder.sorot.json')) before.set(name, await fsp.readFile(join(corpus, name)));
  });
  afterEach(async () => {
    for (const [name, bytes] of before) assert.deepEqual(await fsp.readFile(join(corpus, name)), bytes, `${name} was modified`);
    assert.ok((await fsp.stat(join(corpus, 'folder.sorot.json'))).isDirectory());
    await fsp.rm(root, { recursive: true, force: true });
  });

  it('validate reports each hostile file by name and checks the good ones', async () => {
    // --jobs 1: the unreadable file is faked in this thread; a worker would read it.
    const r = await run(validateCommand, [corpus, '--jobs', '1'], locked);
    assert.equal(r.code, 1);
    assert.match(r.out, /ERROR .*deep\.sorot\.json: parse: nested more than 64 levels deep at line \d+/);
    assert.match(r.out, /ERROR .*utf8\.sorot\.json: encoding: the file is not valid UTF-8 \(byte 0xC3 at byte offset 40/);
    assert.match(r.out, /ERROR .*folder\.sorot\.json: io: is a folder, not a sidecar file/);
    assert.match(r.out, /ERROR .*locked\.sorot\.json: io: cannot be read \(permission denied\)/);
    assert.match(r.out, /OK .*baik\.ani\.sorot\.json: 1 annotation/);
    assert.match(r.out, /OK .*baik\.budi\.sorot\.json: 2 annotations/);
    assert.match(r.out, /OK .*kedua\.sorot\.json: 1 annotation/);
  });

  it('export names the unreadable files and exports the rest, in every format', async () => {
    for (const format of ['jsonl', 'csv', 'w3c', 'brat', 'conll']) {
      const r = await run(exportCommand, ['--format', format, '--out', join(root, 'out', format), corpus, '--jobs', '1'], locked);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /deep\.sorot\.json: nested more than 64 levels deep/);
      assert.match(r.err, /utf8\.sorot\.json: the file is not valid UTF-8/);
      assert.match(r.err, /locked\.sorot\.json: cannot be read \(permission denied\); its annotations are left out/);
      assert.match(r.out, /of 6 articles as /);
    }
    const jsonl = (await fsp.readFile(join(root, 'out/jsonl/annotations.jsonl'), 'utf8')).trimEnd().split('\n');
    assert.deepEqual(jsonl.map((l) => JSON.parse(l).article).sort(), ['korpus/baik.txt', 'korpus/baik.txt', 'korpus/baik.txt', 'korpus/kedua.txt']);
  });

  it('agreement names the unreadable files and compares the annotators of the rest', async () => {
    const r = await run(agreementCommand, [corpus], locked);
    assert.equal(r.code, 1);
    for (const name of ['deep', 'utf8', 'locked']) assert.match(r.err, new RegExp(`${name}\\.sorot\\.json: `));
    assert.match(r.out, /^ani\s+budi\s+all\s+1\s+2\s+1\s+0\.500\s+1\.000\s+0\.667$/m);
  });

  it('import names every sidecar it cannot read or write over, and imports into the others', async () => {
    const files = ['baik', 'kedua', 'deep', 'utf8', 'folder', 'locked'].map((name) => ({ path: `${name}.txt`, text: ARTICLE, annotations: [claim(ARTICLE, 'Harga Beras Naik', 'ani')] }));
    const input = join(root, 'in.jsonl');
    await fsp.writeFile(input, exportAs('jsonl', { articles: files }).files[0].contents);
    const r = await run(importCommand, ['--format', 'jsonl', '--articles', corpus, input], locked);
    assert.equal(r.code, 1);
    assert.match(r.err, /deep\.sorot\.json: nested more than 64 levels deep.*; left untouched, 1 annotation not imported/);
    assert.match(r.err, /utf8\.sorot\.json: the file is not valid UTF-8.*; left untouched, 1 annotation not imported/);
    assert.match(r.err, /folder\.sorot\.json: is a folder, not a file; 1 annotation not imported/);
    assert.match(r.err, /locked\.sorot\.json: permission denied; 1 annotation not imported/);
    assert.match(r.out, /2 new and 0 updated annotations, 0 recognized-layer corrections, into 2 sidecars/);
    const ani = JSON.parse(await fsp.readFile(join(corpus, 'baik.ani.sorot.json'), 'utf8'));
    const kedua = JSON.parse(await fsp.readFile(join(corpus, 'kedua.sorot.json'), 'utf8'));
    assert.deepEqual([ani.annotations.length, kedua.annotations.length], [2, 2]);
  });

  it('import reports an input file that is not UTF-8 or nested too deep, and imports the good one', async () => {
    const good = join(root, 'good.jsonl');
    await fsp.writeFile(good, exportAs('jsonl', { articles: [{ path: 'kedua.txt', text: ARTICLE, annotations: [claim(ARTICLE, 'Harga Beras Naik', 'ani')] }] }).files[0].contents);
    const bad = join(root, 'bad.jsonl');
    await fsp.writeFile(bad, Buffer.from([0x7b, 0xff, 0x7d, 0x0a]));
    const r = await run(importCommand, ['--format', 'jsonl', '--articles', corpus, bad, good], locked);
    assert.equal(r.code, 1);
    assert.match(r.err, /bad\.jsonl: the file is not valid UTF-8 \(byte 0xFF at byte offset 1.*; not imported/);
    assert.match(r.out, /1 new and 0 updated annotations, 0 recognized-layer corrections, into 1 sidecar\b/);
    const w3c = join(root, 'deep.jsonld');
    await fsp.writeFile(w3c, `{"type": "AnnotationPage", "items": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`);
    const w = await run(importCommand, ['--format', 'w3c', '--articles', corpus, w3c], locked);
    assert.equal(w.code, 1);
    assert.match(w.err, /deep\.jsonld: nested more than 64 levels deep at line 1, column 100/);
  });
});
