// The persistent corpus index trusts a cache only when it was written by the same code:
// the build id (scripts/build-id.mjs) must change with any source, data or manifest
// change, and only then, and the esbuild plugin must serve it as `sorot:build-id`.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error a plain .mjs build script without types
import { buildIdPlugin, sourceHash } from '../../../scripts/build-id.mjs';

describe('build id', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'sorot-build-id-'));
    mkdirSync(path.join(root, 'src/core'), { recursive: true });
    mkdirSync(path.join(root, 'data'), { recursive: true });
    writeFileSync(path.join(root, 'src/core/a.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(root, 'data/kb.json'), '{"entities":[]}\n');
    writeFileSync(path.join(root, 'package.json'), '{"version":"1.0.0"}\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is stable for the same sources and changes with a source, a data file, a new file or the manifest', () => {
    const first = sourceHash(root) as string;
    assert.match(first, /^[0-9a-f]{16}$/);
    assert.equal(sourceHash(root), first, 'same sources, same id');
    const changes: Array<[string, string]> = [
      ['src/core/a.ts', 'export const a = 2;\n'],
      ['data/kb.json', '{"entities":[1]}\n'],
      ['src/core/b.ts', 'export const b = 1;\n'],
      ['package.json', '{"version":"1.0.1"}\n'],
    ];
    const seen = new Set([first]);
    for (const [file, text] of changes) {
      writeFileSync(path.join(root, file), text);
      const id = sourceHash(root) as string;
      assert.ok(!seen.has(id), `a change of ${file} gives a new id`);
      seen.add(id);
    }
  });

  it('is what a bundle importing sorot:build-id gets', async () => {
    const out = await build({
      stdin: { contents: "import { BUILD_ID } from 'sorot:build-id'; console.log(BUILD_ID);", resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      write: false,
      format: 'cjs',
      plugins: [buildIdPlugin()],
      logLevel: 'silent',
    });
    assert.ok(out.outputFiles[0].text.includes(JSON.stringify(sourceHash())), 'the bundle holds the hash of this checkout');
  });
});
