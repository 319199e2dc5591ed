// Issue 11 point 9: every path that reads an article (or one of Sorot's JSON files) must
// make the same text of the same bytes, or refuse them for the same reason. The byte
// table runs through each path reachable without VS Code; the extension's paths are held
// to the one decoder by the source check at the end.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeCommand } from '../../../src/cli/commands/analyze';
import { exportCommand } from '../../../src/cli/commands/export';
import { loadCorpus } from '../../../src/cli/io/corpus';
import { validateCommand, type FileReport } from '../../../src/cli/commands/validate';
import { readArticle } from '../../../src/cli/io/read-article';
import { nodeFileSystem } from '../../../src/node/file-system';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { readArticleText } from '../../../src/core/annotations/store';
import { decodeJsonText } from '../../../src/core/annotations/text-decoding';
import { articleTextHash } from '../../../src/core/annotations/text-version';
import { decodeText } from '../../../src/core/text/decode';
import { pickHeadline } from '../../../src/core/text/headline';
import { headlineOfBytes } from '../../../src/extension/articles/headline';
import { goldArticleText } from '../../../eval/gold';
import { DECODE_CASES, type DecodeCase } from './decode-cases';
import { runCaptured } from '../export/cli-run';

const ROOT = resolve(__dirname, '../../..');

/** Runs a CLI command in-process with stdout and stderr captured. */
const run = (cmd: { run(args: string[]): Promise<number> }, args: string[]) => runCaptured(() => cmd.run(args));

const expectedText = (c: DecodeCase): string | undefined => ('text' in c.expect ? c.expect.text : undefined);
/** The message the one decoder gives for a refused case. */
const refusal = (c: DecodeCase): string => {
  const r = decodeText(c.bytes);
  assert.ok(!r.ok, `${c.name} must be refused`);
  return r.message;
};

describe('every reader of an article agrees with the one decoder (issue 11 point 9)', function () {
  this.timeout(120_000);
  let dir: string;
  const pathOf = (c: DecodeCase): string => join(dir, `${c.file}.txt`);

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sorot-decode-'));
    for (const c of DECODE_CASES) {
      writeFileSync(pathOf(c), c.bytes);
      // A sidecar naming the expected text: validate says the text matches only if it
      // decoded the very same string.
      const sidecar = serializeSidecar({ schemaVersion: 3, article: `${c.file}.txt`, textHash: articleTextHash(expectedText(c) ?? ''), annotations: [] });
      writeFileSync(join(dir, `${c.file}.sorot.json`), sidecar);
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the CLI article reader (analyze, export, agreement, import)', async () => {
    for (const c of DECODE_CASES) {
      const read = await readArticle(pathOf(c));
      const text = expectedText(c);
      assert.deepEqual(read, text === undefined ? { path: pathOf(c), error: refusal(c) } : { path: pathOf(c), text }, c.name);
    }
  });

  it('the CLI corpus loader names each refused file and keeps the others', async () => {
    const problems: string[] = [];
    const corpus = await loadCorpus([dir], problems);
    for (const c of DECODE_CASES) {
      const text = expectedText(c);
      const loaded = corpus.find((a) => a.osPath === pathOf(c));
      if (text === undefined) {
        assert.equal(loaded, undefined, c.name);
        assert.ok(problems.includes(`${pathOf(c)}: ${refusal(c)}`), `${c.name}: ${problems.join('\n')}`);
      } else {
        assert.equal(loaded?.text, text, c.name);
      }
    }
  });

  it('sorot validate reads the article as the others do', async () => {
    const { out } = await run(validateCommand, ['--json', dir]);
    const reports = JSON.parse(out) as FileReport[];
    for (const c of DECODE_CASES) {
      const report = reports.find((r) => r.path.endsWith(`/${c.file}.sorot.json`));
      assert.ok(report, c.name);
      if (expectedText(c) === undefined) {
        assert.deepEqual(report.error, { kind: 'article', message: `article ${c.file}.txt: ${refusal(c)}` }, c.name);
      } else {
        assert.equal(report.error, undefined, `${c.name}: ${JSON.stringify(report.error)}`);
        assert.equal(report.textMatches, true, `${c.name}: validate decoded another text`);
      }
    }
  });

  it('sorot analyze processes the same files and refuses the same ones', async () => {
    const out = join(dir, 'analyzed');
    const { code, err } = await run(analyzeCommand, [...DECODE_CASES.map(pathOf), '--out', out]);
    assert.equal(code, 1);
    const written = new Set(readdirSync(out));
    for (const c of DECODE_CASES) {
      if (expectedText(c) === undefined) {
        assert.ok(err.includes(`sorot analyze: ${pathOf(c)}: ${refusal(c)}\n`), `${c.name}: ${err}`);
        assert.ok(!written.has(`${c.file}.json`), c.name);
      } else {
        assert.ok(written.has(`${c.file}.json`), c.name);
      }
    }
  });

  it('sorot export writes exactly the decoded text (brat .txt)', async () => {
    const out = join(dir, 'exported');
    const { err } = await run(exportCommand, ['--format', 'brat', '--out', out, dir]);
    const folder = dir.split('/').pop()!;
    for (const c of DECODE_CASES) {
      const text = expectedText(c);
      if (text === undefined) {
        assert.ok(err.includes(`${pathOf(c)}: ${refusal(c)}`), `${c.name}: ${err}`);
        assert.throws(() => readFileSync(join(out, folder, `${c.file}.txt`)), c.name);
      } else {
        assert.equal(readFileSync(join(out, folder, `${c.file}.txt`), 'utf8'), text, c.name);
      }
    }
  });

  it('the core store, the JSON file reader, the eval gold loader and the Articles view', async () => {
    for (const c of DECODE_CASES) {
      const text = expectedText(c);
      const stored = await readArticleText(nodeFileSystem, pathOf(c));
      const json = decodeJsonText(c.bytes);
      const headline = headlineOfBytes(c.bytes);
      if (text === undefined) {
        const message = refusal(c);
        assert.equal(stored.ok ? stored.text : stored.message, message, c.name);
        assert.deepEqual(json, { ok: false, error: { kind: 'encoding', message } }, c.name);
        assert.throws(() => goldArticleText(c.bytes, 'x.txt'), (e: Error) => e.message === `x.txt: ${message}`, c.name);
        assert.equal('error' in headline ? headline.error : undefined, message, c.name);
      } else {
        assert.ok(stored.ok && stored.text === text, c.name);
        assert.deepEqual(json, { ok: true, text }, c.name);
        assert.equal(goldArticleText(c.bytes, 'x.txt'), text, c.name);
        assert.deepEqual(headlineOfBytes(c.bytes), { headline: pickHeadline(text) }, c.name);
      }
    }
  });

  it('no other code turns bytes into text: TextDecoder is constructed only by the one decoder', () => {
    const allowed = new Map([
      ['src/core/text/decode.ts', 'the one decoder'],
      // The lead owns this file: it compares the sidecar on disk with what it last wrote
      // (not an article, and both strings come from the same encoder).
      ['src/extension/services/annotations/annotation-service.ts', 'sidecar echo check'],
    ]);
    const offenders: string[] = [];
    for (const top of ['src', 'eval', 'bench']) {
      for (const entry of readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
        const rel = join(entry.parentPath, entry.name).slice(ROOT.length + 1).split('\\').join('/');
        const source = readFileSync(join(ROOT, rel), 'utf8');
        if (/new TextDecoder\b/.test(source) && !allowed.has(rel)) offenders.push(rel);
        // Node's own 'utf8' decoding replaces bad bytes and keeps a BOM: a second decoder.
        if (/readFile(Sync)?\([^)]*'utf-?8'\)/.test(source)) offenders.push(`${rel} (reads a file as 'utf8')`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
