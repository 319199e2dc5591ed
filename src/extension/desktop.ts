// Entry point of the Node (desktop and remote) extension host: extension.ts with Node's
// fs for article files on this host's disk. The web build's entry is extension.ts
// itself, so node:fs never reaches it (scripts/build.mjs).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type * as vscode from 'vscode';
import type { SorotApi } from './api';
import { activateWith } from './extension';
import { nodeArticleFiles } from './corpus/node-article-files';

export function activate(context: vscode.ExtensionContext): Promise<SorotApi> {
  return activateWith(context, { localFiles: nodeArticleFiles, buildId: bundleHash() });
}

/** A hash of the code running now (this bundle, ~1.5 MB, a few ms): a persistent index
 *  made by other code, a rebuilt checkout with the same version number included, is
 *  foreign. Undefined when the file cannot be read: the version alone decides then. */
function bundleHash(): string | undefined {
  try {
    return createHash('sha1').update(readFileSync(__filename)).digest('hex').slice(0, 16);
  } catch {
    return undefined;
  }
}

export { deactivate } from './extension';
