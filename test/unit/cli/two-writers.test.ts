// Fault injection: two writers at once. Two processes (started together on a signal)
// each run `sorot import` several times in a row, importing disjoint annotations into
// the same sidecars of one folder; then every annotation placement is counted. Nothing may be lost or torn, no lock or
// temporary file may be left, and an exit status of 0 must mean everything of that
// import is on disk. The same race is also run inside one process with two stores.
//
// CI size by default; the long run (issue 18's figures):
//   SOROT_FAULT_LONG=1 npx mocha test/unit/cli/two-writers.test.ts
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system';
import { parseSidecarBytes } from '../../../src/core/annotations/parse';
import { emptySidecar, SidecarStore } from '../../../src/core/annotations/store';
import { lockPathOf } from '../../../src/core/fs/lock';
import type { Annotation } from '../../../src/core/annotations/types';
import { exportAs } from '../../../src/core/export';
import { ARTICLE, claim } from '../export/fixtures';

const LONG = process.env.SOROT_FAULT_LONG === '1';
const ROUNDS = LONG ? 10 : 1;
const IMPORTS_PER_WRITER = LONG ? 10 : 4;
const ARTICLES = LONG ? 50 : 20;
const PER_ARTICLE = LONG ? 10 : 4;
const IN_PROCESS_SAVES = LONG ? 300 : 40;
const ROOT = resolve(__dirname, '../../..');
const CHILD = resolve(__dirname, 'fixtures/import-on-signal.ts');
const HOLDER = resolve(__dirname, 'fixtures/hold-lock.ts');
const SPANS = ['Harga Beras Naik', 'subsidi akan ditambah', 'menolak rencana itu', 'Pemerintah belum menjawab', 'Sri Mulyani'];

interface Outcome { code: number | null; stderr: string; stdout: string }

/** Starts one import per argument list, waits until all are loaded, then starts them together. */
async function importsAtOnce(argLists: string[][]): Promise<Outcome[]> {
  const children = argLists.map((args) => spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] }));
  const outcomes = children.map(
    (child) =>
      new Promise<Outcome>((resolveOutcome, reject) => {
        let stdout = '', stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('error', reject);
        child.on('exit', (code) => resolveOutcome({ code, stdout: stdout.replace(/^ready\n/, ''), stderr }));
      }),
  );
  await Promise.all(children.map((child) => new Promise<void>((ready) => {
    let seen = '';
    const onData = (c: Buffer) => {
      seen += c.toString();
      if (seen.includes('ready\n')) {
        child.stdout.off('data', onData);
        ready();
      }
    };
    child.stdout.on('data', onData);
  })));
  for (const child of children) child.stdin.end('go\n');
  return Promise.all(outcomes);
}

/** An annotator's annotations for every article, and the JSONL file that carries them. */
async function importFile(dir: string, annotator: string): Promise<{ file: string; ids: Map<string, Set<string>> }> {
  const ids = new Map<string, Set<string>>();
  const articles = Array.from({ length: ARTICLES }, (_, i) => {
    const annotations: Annotation[] = Array.from({ length: PER_ARTICLE }, (_, k) => claim(ARTICLE, SPANS[k % SPANS.length], annotator));
    ids.set(`a${i}.txt`, new Set(annotations.map((a) => a.id)));
    return { path: `a${i}.txt`, text: ARTICLE, annotations };
  });
  const file = join(dir, `${annotator}.jsonl`);
  await fsp.writeFile(file, exportAs('jsonl', { articles }).files[0].contents);
  return { file, ids };
}

/** Ids on disk per article, sidecars that do not parse, and files that should not be there. */
async function inspect(corpus: string): Promise<{ onDisk: Map<string, Set<string>>; torn: string[]; leftovers: string[] }> {
  const onDisk = new Map<string, Set<string>>();
  const torn: string[] = [];
  const leftovers: string[] = [];
  for (const name of (await fsp.readdir(corpus)).sort()) {
    if (name.endsWith('.txt')) continue;
    if (!name.endsWith('.sorot.json') || name.startsWith('.')) {
      leftovers.push(name);
      continue;
    }
    const parsed = parseSidecarBytes(new Uint8Array(await fsp.readFile(join(corpus, name))));
    if (!parsed.ok) torn.push(`${name}: ${parsed.error.message}`);
    else onDisk.set(parsed.sidecar.article, new Set(parsed.sidecar.annotations.map((a) => a.id)));
  }
  return { onDisk, torn, leftovers };
}

describe('two writers at once (fault injection)', function () {
  this.timeout(LONG ? 1_800_000 : 120_000);
  let dir: string;
  beforeEach(async () => { dir = await fsp.mkdtemp(join(tmpdir(), 'sorot-two-writers-')); });
  afterEach(() => fsp.rm(dir, { recursive: true, force: true }));

  it(`two writers running sorot import into one folder lose nothing (${ROUNDS} rounds x 2 writers x ${IMPORTS_PER_WRITER} imports x ${ARTICLES} articles x ${PER_ARTICLE} annotations)`, async () => {
    let placements = 0, lost = 0, torn = 0, leftovers = 0, nonZero = 0;
    const untrue: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const corpus = join(dir, `round${round}`);
      await fsp.mkdir(corpus);
      for (let i = 0; i < ARTICLES; i++) await fsp.writeFile(join(corpus, `a${i}.txt`), ARTICLE);
      const writers: Array<Array<{ file: string; ids: Map<string, Set<string>> }>> = [];
      for (const name of ['ani', 'budi']) {
        const files = [];
        for (let k = 0; k < IMPORTS_PER_WRITER; k++) files.push(await importFile(dir, `${name}${round}x${k}`));
        writers.push(files);
      }
      const outcomes = await importsAtOnce(writers.map((files) => files.flatMap((f, k) => [...(k ? ['--next'] : []), '--format', 'jsonl', '--articles', corpus, f.file])));
      const seen = await inspect(corpus);
      torn += seen.torn.length;
      leftovers += seen.leftovers.length;
      writers.forEach((files, p) => {
        let missing = 0;
        for (const [article, ids] of files.flatMap((f) => [...f.ids])) {
          placements += ids.size;
          for (const id of ids) if (!seen.onDisk.get(article)?.has(id)) missing++;
        }
        lost += missing;
        if (outcomes[p].code !== 0) nonZero++;
        // Exit 0 must mean all of it is on disk; a failure must say so and name the file.
        if (outcomes[p].code === 0 && missing > 0) untrue.push(`round ${round}, writer ${p + 1} exited 0 but ${missing} of its annotations are missing`);
        if (outcomes[p].code !== 0 && !/sorot\.json/.test(outcomes[p].stderr)) untrue.push(`round ${round}, writer ${p + 1} failed without naming a sidecar: ${outcomes[p].stderr}`);
      });
      assert.deepEqual(seen.torn, [], `round ${round}`);
      assert.deepEqual(seen.leftovers, [], `round ${round}`);
    }
    console.log(`      [two writers] ${ROUNDS} rounds, ${ROUNDS * 2 * IMPORTS_PER_WRITER} imports, ${placements} annotation placements: lost ${lost}, torn ${torn}, leftover files ${leftovers}, non-zero exits ${nonZero}, untrue exit statuses ${untrue.length}`);
    assert.deepEqual(untrue, []);
    assert.equal(lost, 0);
    assert.equal(nonZero, 0);
  });

  it('a lock left by a process killed with SIGKILL is broken by the next save, without waiting', async () => {
    const path = join(dir, 'a.sorot.json');
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((locked) => child.stdout.on('data', (c: Buffer) => c.toString().includes('locked') && locked()));
    const held = await fsp.readFile(lockPathOf(path), 'utf8');
    assert.match(held, new RegExp(`"owner":"${child.pid}@`));
    child.kill('SIGKILL');
    await new Promise((exited) => child.on('exit', exited));
    const started = Date.now();
    const saved = await new SidecarStore(nodeFileSystem).save(path, { ...emptySidecar('a.txt'), annotations: [claim(ARTICLE, 'Sri Mulyani')] });
    const waited = Date.now() - started;
    assert.equal(saved.status, 'saved');
    assert.ok(waited < 1000, `waited ${waited} ms`);
    assert.deepEqual(await fsp.readdir(dir), ['a.sorot.json']);
  });

  it(`two stores saving one sidecar at once in one process lose nothing (${IN_PROCESS_SAVES} saves each)`, async () => {
    const path = join(dir, 'a.sorot.json');
    const writer = async (annotator: string): Promise<string[]> => {
      const store = new SidecarStore(nodeFileSystem);
      const ids: string[] = [];
      for (let i = 0; i < IN_PROCESS_SAVES; i++) {
        const loaded = await store.load(path);
        assert.notEqual(loaded.status, 'error');
        const sidecar = loaded.status === 'loaded' ? loaded.sidecar : emptySidecar('a.txt');
        const a = claim(ARTICLE, SPANS[i % SPANS.length], annotator);
        ids.push(a.id);
        const saved = await store.save(path, { ...sidecar, annotations: [...sidecar.annotations, a] });
        assert.equal(saved.status, 'saved');
      }
      return ids;
    };
    const written = (await Promise.all([writer('ani'), writer('budi')])).flat();
    const parsed = parseSidecarBytes(new Uint8Array(await fsp.readFile(path)));
    assert.ok(parsed.ok);
    const onDisk = new Set(parsed.sidecar.annotations.map((a) => a.id));
    const lost = written.filter((id) => !onDisk.has(id)).length;
    console.log(`      [two stores] ${written.length} saves of one annotation each: lost ${lost}`);
    assert.equal(lost, 0);
    assert.deepEqual((await fsp.readdir(dir)).filter((n) => n !== 'a.sorot.json'), []);
  });
});
