// Annotations follow their article when it is renamed or moved in VS Code: the
// Explorer (rename, drag and drop, cut and paste) and every WorkspaceEdit fire
// onDidRenameFiles. The article's sidecars move to the new name with their `article`
// field rewritten (core sidecar-moves.ts: nothing at a destination is ever replaced),
// and the annotation service re-keys what it holds in memory, so unsaved offsets and
// the undo history stay. A folder moves its sidecars with it; only the memory follows.
// Renames made outside VS Code (git mv, a shell) reach Sorot as a deletion and a
// creation: the sidecar stays behind, and `sorot validate` reports it.
import * as vscode from 'vscode';
import { SidecarStore, isSidecarName, movedSidecarPath, moveSidecars, sidecarMovesFor, type SidecarRef } from '../../core/annotations';
import { basename } from '../../core/fs';
import { tellUntrusted, workspaceWritable } from '../services/write-guard';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { VscodeFileSystem } from '../services/vscode-fs';

export function followRenames(service: AnnotationService): vscode.Disposable {
  // One rename at a time, in order: a second rename of the same article waits for the first.
  let queue: Promise<void> = Promise.resolve();
  return vscode.workspace.onDidRenameFiles((e) => {
    for (const { oldUri, newUri } of e.files) {
      queue = queue.then(() => follow(service, oldUri, newUri)).catch((err) => {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Sorot could not move the annotations of {0} to {1}: {2}', relative(oldUri), relative(newUri), err instanceof Error ? err.message : String(err)),
        );
      });
    }
  });
}

async function follow(service: AnnotationService, oldUri: vscode.Uri, newUri: vscode.Uri): Promise<void> {
  if (isSidecarName(basename(oldUri.path))) return; // an annotation file renamed by hand: the user's choice
  let type: vscode.FileType;
  try {
    type = (await vscode.workspace.fs.stat(newUri)).type;
  } catch {
    return; // gone again already
  }
  if (type & vscode.FileType.Directory) {
    const [from, to] = [folderPrefix(oldUri), folderPrefix(newUri)];
    const inside = (path: string) => (path.startsWith(from) ? to + path.slice(from.length) : path);
    for (const article of service.loadedArticles().filter((u) => u.toString().startsWith(from))) {
      await service.rekey(article, vscode.Uri.parse(inside(article.toString()), true), async () => inside);
    }
    return;
  }
  await service.rekey(oldUri, newUri, () => moveArticleSidecars(oldUri, newUri));
}

/** Moves the sidecars of a renamed article; the new path of each old sidecar path, or undefined when they stayed. */
async function moveArticleSidecars(oldUri: vscode.Uri, newUri: vscode.Uri): Promise<((path: string) => string) | undefined> {
  const [oldPath, newPath] = [oldUri.toString(), newUri.toString()];
  const fs = new VscodeFileSystem();
  let sidecars: SidecarRef[];
  try {
    sidecars = await new SidecarStore(fs).list(oldPath);
  } catch {
    sidecars = []; // the folder cannot be listed (some virtual file systems)
  }
  const moves = sidecarMovesFor(newPath, sidecars);
  const follows = (path: string) => movedSidecarPath(oldPath, newPath, path);
  if (moves.length === 0) return follows;
  if (!workspaceWritable()) {
    tellUntrusted(vscode.l10n.t('the annotation files of {0} keep the old name {1}', relative(newUri), relative(moves[0].from)));
    return undefined;
  }
  const result = await moveSidecars(fs, moves, basename(newPath));
  if (result.status === 'blocked') {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Sorot did not move the annotation files of {0} to its new name: {1} exists already and is never replaced. The annotations stay in {2}; move or merge them by hand.',
        relative(newUri), relative(result.move.to), relative(result.move.from),
      ),
    );
    return undefined;
  }
  if (result.status === 'failed') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sorot could not move {0} to {1}: {2}', relative(result.failed.from), relative(result.failed.to), result.error));
    return undefined;
  }
  return follows;
}

function folderPrefix(uri: vscode.Uri): string {
  const s = uri.toString();
  return s.endsWith('/') ? s : `${s}/`;
}

function relative(uri: vscode.Uri | string): string {
  return vscode.workspace.asRelativePath(typeof uri === 'string' ? vscode.Uri.parse(uri, true) : uri, false);
}
