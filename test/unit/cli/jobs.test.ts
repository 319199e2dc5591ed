// `--jobs N` runs the per-article work on worker threads; the output must be the output
// of `--jobs 1`, byte for byte (stdout, stderr, exit code, files written), whatever order
// the workers finish in. The corpus mixes annotated articles, generated news text of
// different lengths (so workers finish out of order), an edited article (notes), a file
// that is not UTF-8 and a broken sidecar (problems).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fsp, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generateArticles } from '../../../bench/article-generator';
import { statsCommand } from '../../../src/cli/commands/stats';
import { runCaptured } from '../export/cli-run';
import { writeCorpus } from '../export/small-corpus';

const ROOT = resolve(__dirname, '../../..');

interface Run { code: number | null; stdout: string; stderr: string }

function run(cli: string[], args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [...cli, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` with its bytes, for comparing two output folders. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('CLI --jobs: the same bytes as --jobs 1', function () {
  this.timeout(120_000);
  let dir: string;
  // Run from the temporary folder (relative paths in the output): tsx named by its path.
  const SOURCES = ['--import', pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, join(ROOT, 'src/cli/main.ts')];

  before(async () => {
    dir = await fsp.mkdtemp(join(tmpdir(), 'sorot-jobs-'));
    const korpus = join(dir, 'korpus');
    await writeCorpus(join(korpus, 'anotasi'), 6);
    // Edited after annotating: the annotations are found again elsewhere (a note).
    const edited = join(korpus, 'anotasi', 'berita-002.txt');
    await fsp.writeFile(edited, 'Sisipan baru di awal.\n' + (await fsp.readFile(edited, 'utf8')));
    await fsp.writeFile(join(korpus, 'anotasi', 'berita-004.ani.sorot.json'), '{ "schemaVersion": 3, ');
    await fsp.mkdir(join(korpus, 'berita'), { recursive: true });
    for (let i = 0; i < 14; i++) {
      // Long and short articles alternate, so later ones often finish first.
      await fsp.writeFile(join(korpus, 'berita', `g-${String(i).padStart(2, '0')}.txt`), generateArticles(i % 2 ? 400 : 12_000, 100 + i));
    }
    await fsp.writeFile(join(korpus, 'berita', 'latin1.txt'), Buffer.from([0x50, 0x72, 0x61, 0x6e, 0xe7, 0x61, 0x69, 0x73]));
  });
  after(() => fsp.rm(dir, { recursive: true, force: true }));

  const same = (args: (out: string) => string[], cli = SOURCES) => {
    const one = run(cli, args('out-1'), dir);
    const three = run(cli, [...args('out-3'), '--jobs', '3'], dir);
    assert.ok(one.stdout.length + one.stderr.length > 0, 'the command said something');
    const named = (t: string) => t.replace(/\b(out|x)-3\b/g, '$1-1'); // the output folders' names
    assert.equal(named(three.stdout), one.stdout);
    assert.equal(named(three.stderr), one.stderr);
    assert.equal(three.code, one.code);
    return one;
  };

  it('sorot analyze FOLDER prints one JSON object, file by file in path order', () => {
    const r = same(() => ['analyze', 'korpus', '--jobs', '1']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /latin1\.txt: the file is not valid UTF-8/);
    const printed = JSON.parse(r.stdout) as Record<string, unknown>;
    assert.equal(Object.keys(printed).length, 20);
    assert.deepEqual(Object.keys(printed), Object.keys(printed).sort());
  });

  it('sorot analyze --out and --curated write the same files', async () => {
    same((out) => ['analyze', 'korpus', '--curated', '--out', out, '--jobs', '1']);
    const one = tree(join(dir, 'out-1'));
    assert.equal(Object.keys(one).length, 20);
    assert.deepEqual(tree(join(dir, 'out-3')), one);
  });

  it('sorot stats', () => {
    const r = same(() => ['stats', 'korpus', '--format', 'json', '--jobs', '1']);
    assert.ok((JSON.parse(r.stdout) as unknown[]).length > 5);
  });

  it('sorot export --recognized writes the same files and says the same', () => {
    const r = same((out) => ['export', '--format', 'jsonl', '--recognized', '--out', out.replace('out', 'x'), 'korpus', '--jobs', '1']);
    assert.match(r.stderr, /berita-002\.txt: the text changed since the annotations were saved/);
    const files = (d: string) => Object.values(tree(join(dir, d))).filter((t) => !t.includes('"sorot-export"'));
    assert.deepEqual(files('x-3'), files('x-1'));
  });

  it('sorot validate', () => {
    const r = same(() => ['validate', 'korpus', '--jobs', '1']);
    assert.match(r.stdout, /berita-004\.ani\.sorot\.json/);
  });

  it('the bundled CLI starts its own workers (dist/cli.js is the worker script)', async () => {
    const outfile = join(dir, 'bundle', 'cli.js');
    await build({ entryPoints: [join(ROOT, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'silent' });
    const r = same(() => ['analyze', 'korpus', '--jobs', '1'], [outfile]);
    assert.equal(r.stdout, run(SOURCES, ['analyze', 'korpus', '--jobs', '2'], dir).stdout);
  });

  it('--jobs takes a positive number', async () => {
    const r = await runCaptured(() => statsCommand.run([join(dir, 'korpus'), '--jobs', '0']));
    assert.equal(r.code, 2);
    assert.match(r.err, /--jobs takes a number of threads from 1 to 256/);
  });
});
