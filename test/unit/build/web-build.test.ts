// The guard of the browser build (scripts/web-build.mjs): a Node built-in or an
// unguarded Node global that reaches the web bundle fails the build, naming the file;
// guarded uses and the injected setImmediate shim pass; the real extension builds clean.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error: a plain .mjs build script without type declarations
import { forbidNodeInWebBuild, nodeGlobalUses, WEB_BUILD_OPTIONS, webExtensionPlugins } from '../../../scripts/web-build.mjs';

const ROOT = path.resolve(__dirname, '../../..');

describe('web build guard', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'sorot-web-build-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function buildErrors(source: string, minify = false): Promise<string[]> {
    const entry = path.join(dir, `entry-${Math.random().toString(36).slice(2)}.ts`);
    writeFileSync(entry, source);
    const cwd = process.cwd();
    process.chdir(ROOT); // the shim path in WEB_BUILD_OPTIONS is relative to the project
    try {
      await esbuild.build({ ...WEB_BUILD_OPTIONS, bundle: true, entryPoints: [entry], outdir: path.join(dir, 'out'), plugins: [forbidNodeInWebBuild()], logLevel: 'silent', minify });
      return [];
    } catch (e) {
      return (e as { errors: { text: string }[] }).errors.map((x) => x.text);
    } finally {
      process.chdir(cwd);
    }
  }

  it('fails on a Node built-in, with or without node:, and names the importer', async () => {
    for (const mod of ['node:path', 'fs', 'crypto', 'child_process', 'os']) {
      const errors = await buildErrors(`import * as m from '${mod}';\nexport const x = m;\n`);
      assert.equal(errors.length, 1, mod);
      assert.match(errors[0], new RegExp(`Node built-in "${mod}" imported by .*entry-`));
    }
  });

  it('fails on unguarded Node globals, passes guarded ones and the setImmediate shim', async () => {
    assert.match((await buildErrors('export const home = process.env.HOME;\n'))[0], /Node-only globals[\s\S]*process/);
    assert.match((await buildErrors('export const b = Buffer.from("x");\n'))[0], /Buffer/);
    assert.deepEqual(await buildErrors('export const p = typeof process === "undefined" ? "web" : "node";\n'), []);
    assert.deepEqual(await buildErrors('export const t = setImmediate(() => undefined);\nclearImmediate(t);\n'), []);
  });

  it('scans a minified build as the same build unminified', async () => {
    // `npm run package` (session 46): the production bundle failed on a class method
    // `process(n,a){` and on a template literal about "another process", both one long
    // minified line, though the unminified bundle was clean.
    const clean =
      'export class Hash { process(view: DataView, offset: number) { return view.getUint8(offset); } }\n' +
      'export const busy = (f: string, who: string) => `${f} is written by another process (lock ${f}.lock held ${who})`;\n' +
      'export const quoted = "`";\n';
    assert.deepEqual(await buildErrors(clean, true), []);
    assert.match((await buildErrors(clean + 'export const home = process.env.HOME;\n', true))[0], /Node-only globals[\s\S]*process/);
  });

  it('reads past strings and object keys', () => {
    assert.deepEqual(nodeGlobalUses('const s = "process.env";\nconst o = { process: 1, Buffer: 2 };\n'), []);
    assert.equal(nodeGlobalUses('x(process.argv)\n').length, 1);
    // A class method named like a global (a hash library's `process(view, offset)`) is not a use.
    assert.deepEqual(nodeGlobalUses('class H {\n  process(view, offset) {\n    return view;\n  }\n}\n'), []);
    assert.equal(nodeGlobalUses('class H {\n  process(view, offset) {\n    return process.env;\n  }\n}\n').length, 1);
  });

  it('builds the extension for the browser without a finding', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const result = await esbuild.build({ ...WEB_BUILD_OPTIONS, bundle: true, write: false, entryPoints: ['src/extension/extension.ts'], outdir: path.join(dir, 'ext'), plugins: webExtensionPlugins(), logLevel: 'silent' });
      assert.equal(result.errors.length, 0);
    } finally {
      process.chdir(cwd);
    }
  });
});
