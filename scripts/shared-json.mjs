// The recognizer's data (the knowledge base under data/ and the learned models' weights
// under src/core/recognize/) is 1.3 MB of JSON. Bundled into each of the three Node entry
// points (desktop host, its recognition worker, the CLI) it was packed three times and
// pushed the .vsix over its budget (3,072 KB in session 56). This plugin writes each such
// file once, minified, to dist/json/<its path in the repository> and leaves a require()
// of it in the bundles, which all live in dist/. The web build keeps its copy inlined: a
// web worker extension host has no require() of a file next to it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The JSON files shared by the Node bundles, by their path in the repository. */
const SHARED = [/^data\/.+\.json$/, /^src\/core\/recognize\/.+\.json$/];
/** Where they are written, under the bundles' own folder. */
export const SHARED_JSON_DIR = 'json';

/** @returns {import('esbuild').Plugin} */
export function sharedJsonPlugin(root = process.cwd()) {
  return {
    name: 'sorot-shared-json',
    setup(build) {
      const outdir = build.initialOptions.outdir;
      if (!outdir) throw new Error('sharedJsonPlugin needs the build\'s outdir (the bundles require their data from next to them)');
      build.onResolve({ filter: /\.json$/ }, (args) => {
        const file = path.resolve(args.resolveDir, args.path);
        const repoPath = path.relative(root, file).split(path.sep).join('/');
        if (!SHARED.some((re) => re.test(repoPath))) return undefined;
        const target = path.join(outdir, SHARED_JSON_DIR, repoPath);
        mkdirSync(path.dirname(target), { recursive: true });
        // parsed and written again: minified, and a file that is not JSON fails the build here
        writeFileSync(target, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));
        return { path: `./${SHARED_JSON_DIR}/${repoPath}`, external: true, watchFiles: [file] };
      });
    },
  };
}
