// The shape of src/extension (its README, "Shape"): each folder is a feature, except
// services/, which holds what several features share (made once in extension.ts and
// handed in). A feature imports services, the small helpers at the top of src/extension
// and src/core, never another feature; services and those helpers import no feature.
// Only the composition root (extension.ts, desktop.ts and the API type it returns) sees
// every feature. This source check fails naming the file and the import that breaks it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const EXTENSION = 'src/extension';
const SERVICES = 'services';
const COMPOSITION_ROOT = new Set(['extension.ts', 'desktop.ts', 'api.ts']);

/** Relative module names a file imports: `from '…'`, `import '…'`, `import('…')`. */
function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom|\bimport\s*\(?|\brequire\s*\()\s*['"](\.{1,2}\/[^'"]*)['"]/g)) out.push(m[1] as string);
  return out;
}

/** The feature a path under src/extension belongs to; undefined for services, the
 *  top-level helpers and anything outside src/extension. */
function featureOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts.length > 1 && parts[0] !== SERVICES && parts[0] !== '..' ? parts[0] : undefined;
}

/** Every import that breaks the shape, as "file imports target (why)". `files` maps a
 *  path relative to src/extension to its source. */
function shapeViolations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, source] of files) {
    if (COMPOSITION_ROOT.has(file)) continue;
    const from = featureOf(file);
    for (const spec of importsOf(source)) {
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      const to = featureOf(target);
      if (to === undefined || to === from) continue;
      const what = from ? `feature ${from}/` : file.startsWith(`${SERVICES}/`) ? 'a service' : 'a top-level helper';
      found.push(`${EXTENSION}/${file} imports '${spec}': ${what} reaches into feature ${to}/`);
    }
  }
  return found;
}

function sources(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return out;
}

describe('the shape of src/extension: features never import each other', () => {
  it('names each import that crosses from one feature, a service or a helper into a feature', () => {
    const files = new Map([
      ['actors/register.ts', "import { spanAt } from '../decorations/layers';\nimport { x } from './actors-tree';"],
      ['agreement/register.ts', "import type { Annotators } from '../services/annotations/annotators';\nimport { y } from '../../core/agreement';"],
      ['services/corpus/corpus-service.ts', "import { scan } from '../../articles/scan';\nimport { w } from '../write-guard';"],
      ['counts.ts', "export { z } from './status/register';"],
      ['hovers/register.ts', "const h = await import('../navigation/register');"],
      ['extension.ts', "import { registerActors } from './actors/register';"],
    ]);
    assert.deepEqual(shapeViolations(files), [
      "src/extension/actors/register.ts imports '../decorations/layers': feature actors/ reaches into feature decorations/",
      "src/extension/services/corpus/corpus-service.ts imports '../../articles/scan': a service reaches into feature articles/",
      "src/extension/counts.ts imports './status/register': a top-level helper reaches into feature status/",
      "src/extension/hovers/register.ts imports '../navigation/register': feature hovers/ reaches into feature navigation/",
    ]);
  });

  it('no file of src/extension breaks it', () => {
    const files = sources(join(ROOT, EXTENSION));
    // The check reads the real tree: its features, its services and the imports between them.
    const features = new Set([...files.keys()].map(featureOf).filter((f) => f !== undefined));
    assert.ok(features.has('articles') && features.has('annotations') && features.size >= 10, [...features].join(', '));
    assert.ok([...files.keys()].some((f) => f.startsWith(`${SERVICES}/corpus/`)));
    const servicesImported = [...files.values()].filter((s) => importsOf(s).some((i) => i.includes(`/${SERVICES}/`))).length;
    assert.ok(servicesImported >= 20, `only ${servicesImported} files import a service`);
    assert.deepEqual(shapeViolations(files), []);
  });
});
