// The web worker extension host build (package.json "browser") and its guard: the web
// worker has no Node, so a Node built-in or a Node-only global that reaches the bundle
// would only show up as an exception in a user's vscode.dev tab. The plugin turns both
// into build errors that name the importing file.
import { buildIdPlugin } from './build-id.mjs';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** esbuild options shared by every bundle that runs in the web worker extension host. */
export const WEB_BUILD_OPTIONS = {
  platform: 'browser',
  format: 'cjs',
  target: 'es2022',
  external: ['vscode'],
  mainFields: ['browser', 'module', 'main'],
  conditions: ['browser'],
  metafile: true,
  // csv-stringify's Node build relies on the global Buffer; its browser build carries
  // its own. Same API, so the core imports 'csv-stringify/sync' unchanged.
  alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' },
  // The Node host's setImmediate/clearImmediate (batch yielding) become a shim.
  inject: [path.resolve('src/extension/web/timers-shim.ts')],
};

// Node-only globals: the web worker has none of them. A guarded use (`typeof process`)
// is fine; any other reference in the output is an error.
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'setImmediate', 'clearImmediate', 'global'];
const GLOBAL_USE = new RegExp(`(?<![\\w$.'"\`]|typeof )\\b(${NODE_GLOBALS.join('|')})\\b(?![\\w$'"\`]|\\s*:(?!:))`, 'g');

// `process(view, offset) {` alone on a line is a class method of that name (a hash
// library's block function), not the Node global.
const METHOD_DEFINITION = new RegExp(`^\\s*(?:(?:static|async|get|set)\\s+)?(?:${NODE_GLOBALS.join('|')})\\s*\\([^()]*\\)\\s*\\{\\s*$`);

const STRING_LITERAL = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g;

/** Finds unguarded Node globals in a bundle; returns `line N: name in text` entries.
 *  A name the bundle declares at top level (the injected setImmediate shim) is its own. */
export function nodeGlobalUses(code) {
  const declared = new Set(NODE_GLOBALS.filter((g) => new RegExp(`^(var|let|const|function|class) ${g}\\b`, 'm').test(code)));
  const found = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/^\s*(\/\/|\*)/.test(lines[i])) continue; // comments
    const line = lines[i].replace(STRING_LITERAL, '""');
    for (const m of line.matchAll(GLOBAL_USE)) {
      if (declared.has(m[1])) continue;
      if (METHOD_DEFINITION.test(line) && line.trimStart().replace(/^(static|async|get|set)\s+/, '').startsWith(m[1])) continue;
      found.push(`line ${i + 1}: ${m[1]} in ${lines[i].trim().slice(0, 120)}`);
    }
  }
  return found;
}

/** The plugins of the web extension bundle (scripts/build.mjs and its test build it the
 *  same way): the Node guard, and the build id the persistent index keys its cache with. */
export function webExtensionPlugins() {
  return [forbidNodeInWebBuild(), buildIdPlugin()];
}

/** Fails the build on any Node built-in import and (scanGlobals) on unguarded Node
 *  globals in the output. Test bundles skip the scan: mocha's browser build carries its
 *  own guarded `process`/`global` shims, which a text scan cannot tell apart. */
export function forbidNodeInWebBuild({ scanGlobals = true } = {}) {
  return {
    name: 'forbid-node-in-web-build',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!NODE_BUILTINS.has(args.path)) return undefined;
        return {
          errors: [{ text: `Node built-in "${args.path}" imported by ${path.relative(process.cwd(), args.importer)}: the web build (dist/web) runs in a browser worker without Node; use vscode.workspace.fs or the core instead` }],
        };
      });
      // Minified output defeats a text scan (a class method `process(n,a){` inside a line,
      // strings whose quotes pair wrongly across one long line): a minified build is
      // scanned as the same build unminified, in memory.
      const minified = Boolean(build.initialOptions.minify || build.initialOptions.minifyWhitespace);
      build.onEnd(async (result) => {
        if (result.errors.length || !result.metafile) return undefined;
        if (minified && scanGlobals) {
          const plain = await build.esbuild.build({
            ...build.initialOptions, minify: false, minifyWhitespace: false, minifyIdentifiers: false, minifySyntax: false,
            write: false, logLevel: 'silent',
            plugins: [...(build.initialOptions.plugins ?? []).filter((p) => p.name !== 'forbid-node-in-web-build'), forbidNodeInWebBuild()],
          }).catch((e) => e);
          return { errors: plain.errors ?? [] };
        }
        const errors = [];
        for (const [out, meta] of Object.entries(result.metafile.outputs)) {
          if (!out.endsWith('.js')) continue;
          const externals = meta.imports.filter((i) => i.external && i.path !== 'vscode').map((i) => i.path);
          if (externals.length) {
            errors.push({ text: `${out} requires ${externals.join(', ')} at run time; the web worker can only provide "vscode"` });
          }
          // write: false builds (tests) keep the output in memory
          const code = result.outputFiles?.find((f) => f.path === path.resolve(out))?.text ?? (scanGlobals ? readFileSync(out, 'utf8') : '');
          const uses = scanGlobals ? nodeGlobalUses(code) : [];
          if (uses.length) {
            errors.push({ text: `${out} uses Node-only globals (the web worker has none):\n  ${uses.slice(0, 10).join('\n  ')}` });
          }
        }
        return { errors };
      });
    },
  };
}

/**
 * Integration suites that run with the extension in the web worker extension host
 * (test/harness/suites.mjs marks them `web: true`). The worker loads one file per
 * tests module, so each suite is one bundle: mocha's browser build, the suite's runner
 * (test/integration/<suite>/index.ts) and every *.test.ts of the folder, which the
 * virtual module `sorot:suite-tests` requires after mocha has defined describe/it.
 */
export const WEB_TEST_SUITES = ['web'];

export function webTestTargets(common) {
  const targets = [];
  for (const suite of WEB_TEST_SUITES) {
    const dir = path.join('test/integration', suite);
    if (!existsSync(path.join(dir, 'index.ts'))) continue;
    const tests = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();
    targets.push({
      ...common,
      ...WEB_BUILD_OPTIONS,
      entryPoints: { [`${suite}/index`]: path.join(dir, 'index.ts') },
      outdir: 'out/test',
      // a tests module that fails the build here would fail at run time in the worker
      plugins: [
        forbidNodeInWebBuild({ scanGlobals: false }),
        {
          name: 'suite-tests',
          setup(build) {
            // mocha's browser build is a UMD script: inlined as is, its top-level
            // `module.exports = factory()` would replace the runner's exports. Give it
            // a module object of its own (it also sets globalThis.mocha / Mocha).
            build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
              contents: `const module = { exports: {} };\nconst exports = module.exports;\n${readFileSync(args.path, 'utf8')}\nexport default module.exports;\n`,
              loader: 'js',
            }));
            build.onResolve({ filter: /^sorot:suite-tests$/ }, () => ({ path: suite, namespace: 'suite-tests' }));
            build.onLoad({ filter: /.*/, namespace: 'suite-tests' }, () => ({
              contents: `export const testFiles = ${JSON.stringify(tests)};\n` +
                `export function loadTests() {\n${tests.map((t) => `  require(${JSON.stringify(`./${t}`)});`).join('\n')}\n}\n`,
              resolveDir: path.resolve(dir),
              loader: 'js',
            }));
          },
        },
      ],
    });
  }
  return targets;
}
