// The file system the export writes through: vscode.workspace.fs, which cannot append,
// and, for a destination on this host's disk, Node's append (node-article-files.ts, the
// desktop only), so a file that spans a large corpus goes to disk in parts instead of
// being held whole (core/export/write-files.ts ExportWriter).
import * as vscode from 'vscode';
import type { CoreFileSystem } from '../../core/fs';
import { VscodeFileSystem } from '../services/vscode-fs';
import type { ArticleFiles } from '../services/corpus/article-files';
import { assertMayWrite } from '../services/write-guard';

export function exportFileSystem(destination: vscode.Uri, local: ArticleFiles | undefined): CoreFileSystem {
  const fs = new VscodeFileSystem();
  const append = local?.append;
  if (destination.scheme !== 'file' || !append) return fs;
  return Object.assign(fs, {
    async appendFile(path: string, data: Uint8Array): Promise<void> {
      assertMayWrite(path);
      await append(vscode.Uri.parse(path, true), data);
    },
  });
}
