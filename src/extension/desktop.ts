// Entry point of the Node (desktop and remote) extension host: extension.ts with Node's
// fs for article files on this host's disk and worker threads for the corpus index's
// recognizer and the Articles view's headlines. The web build's entry is extension.ts itself, so node:fs and
// node:worker_threads never reach it (scripts/build.mjs).
import type * as vscode from 'vscode';
import type { SorotApi } from './api';
import { activateWith } from './extension';
import { nodeArticleFiles, nodeDirectories } from './services/corpus/node-article-files';
import { recognitionAway } from './services/corpus/recognition-away';
import { headlinesAway } from './articles/headlines-away';

export function activate(context: vscode.ExtensionContext): Promise<SorotApi> {
  return activateWith(context, { localFiles: nodeArticleFiles, localFolders: nodeDirectories, recognitionAway, headlinesAway });
}

export { deactivate } from './extension';
