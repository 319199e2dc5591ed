// The virtual module `sorot:build-id`: a hash of the sources a bundle is made from (src/,
// data/ and package.json), computed when esbuild builds, again on every rebuild in watch
// mode. The persistent corpus index keys its cache with it, so a cache written by other
// code (a rebuilt checkout with the same version number) is not trusted, in the desktop
// and in the web build alike, without reading the bundle back at activation.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['src', 'data'];

function filesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

export function sourceHash(root = '.') {
  const hash = createHash('sha1');
  const files = [...INPUTS.flatMap((d) => filesUnder(path.join(root, d))), path.join(root, 'package.json')].sort();
  for (const f of files) hash.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** @returns {import('esbuild').Plugin} */
export function buildIdPlugin() {
  return {
    name: 'sorot-build-id',
    setup(build) {
      build.onResolve({ filter: /^sorot:build-id$/ }, () => ({ path: 'build-id', namespace: 'sorot-build-id' }));
      build.onLoad({ filter: /.*/, namespace: 'sorot-build-id' }, () => ({
        contents: `export const BUILD_ID = ${JSON.stringify(sourceHash())};\n`,
        loader: 'js',
        // watch mode: any change under these rebuilds this module too
        watchDirs: INPUTS.map((d) => path.resolve(d)),
        watchFiles: [path.resolve('package.json')],
      }));
    },
  };
}
