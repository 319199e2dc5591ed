// The analysis view's page script (src/webview/analysis): bundled on its own, loaded
// only by the webview, never by the extension host. The page runs under a Content
// Security Policy without 'unsafe-eval', so the build fails if the bundle can build code
// from strings (d3-dsv's row parser uses `new Function`; the page imports no parser and
// esbuild drops d3-dsv, which this check proves on every build).
import { readFileSync } from 'node:fs';

/** @param {object} common esbuild options shared by every bundle */
export function webviewTargets(common) {
  return [
    {
      ...common,
      entryPoints: { analysis: 'src/webview/analysis/main.ts' },
      outdir: 'dist/webview',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      // Always minified: it ships as it is in the .vsix and is read only by the webview.
      minify: true,
      metafile: true,
      plugins: [forbidCodeFromStrings()],
    },
  ];
}

const CODE_FROM_STRINGS = /\bnew\s+Function\b|(?<![\w$.])eval\s*\(|\bFunction\s*\(\s*["'`]/g;

/** `new Function`, `eval(` or `Function("...")` in a bundle's text: `line N: excerpt` entries. */
export function codeFromStrings(code) {
  const found = [];
  for (const m of code.matchAll(CODE_FROM_STRINGS)) {
    const line = code.slice(0, m.index).split('\n').length;
    found.push(`line ${line}: ${code.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ')}`);
  }
  return found;
}

function forbidCodeFromStrings() {
  return {
    name: 'forbid-code-from-strings',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length) return;
        for (const file of Object.keys(result.metafile?.outputs ?? {}).filter((f) => f.endsWith('.js'))) {
          const found = codeFromStrings(readFileSync(file, 'utf8'));
          for (const f of found) result.errors.push({ text: `${file} builds code from a string (blocked by the webview's CSP): ${f}` });
        }
      });
    },
  };
}
