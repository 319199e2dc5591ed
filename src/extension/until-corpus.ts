// Sorot also starts on any plain-text file (`onLanguage:plaintext`, so it can offer to
// read a folder of news articles), but a workspace nobody marked as a corpus must not be
// indexed, walked or watched for that. Until it becomes one, activation (extension.ts)
// leaves Sorot asleep: only the offer (offer/register.ts) and stand-ins for Sorot's
// commands and views, which wake the whole extension when the researcher uses one.
// Whether it sleeps, and with which scope it wakes, is corpus-start.ts's decision.
import * as vscode from 'vscode';
import { corpusStart, type CorpusStart } from '../core/corpus/corpus-start';
import { isArticleDocument, OPENED_ONLY_KEY, workspacePath } from './services/corpus-scope';
import { firstFolderAmong, newFolderCandidates } from './services/created-while-asleep';
import { foldersBeside, isFolder } from './services/created-folders';
import { EventBatch } from '../core/async/event-batch';
import { SIDECAR_GLOB } from '../core/corpus/scope';
import { fileExists } from './file-exists';
import { affectsCorpusMarks, workspaceSettingsMarkCorpus } from './services/corpus-marks';
import { rememberedFileOnly, rememberFileOnly } from './services/file-only-memory';
import { serialRerun } from '../core/async/serial-rerun';

/** Views whose opening asks for the corpus (package.json contributes.views). */
const SOROT_VIEWS = ['sorot.articles', 'sorot.actors'];

/**
 * How Sorot starts here (corpus-start.ts decides): asleep, limited to the files the
 * researcher opened as articles ("This File Only", remembered in `state`, the
 * workspaceState), or over the whole workspace. `woken`: a command or view of the
 * sleeping Sorot asks. A remembered list the settings overrule is forgotten here.
 */
export async function startOfWorkspace(state: vscode.Memento, woken = false): Promise<CorpusStart> {
  const remembered = rememberedFileOnly(state);
  const start = await corpusStart({ settingsMarkCorpus: workspaceSettingsMarkCorpus(), remembered, woken, sorotData: hasSorotData });
  // not awaited: a woken Sorot registers its commands with no wait after the stand-ins go
  if (start.kind === 'whole' && start.forget) void rememberFileOnly(state, undefined);
  return start;
}

/**
 * The workspace is used by Sorot already, or there is nothing to keep unread: no folder
 * open; an article open; Sorot data (`.sorot/` in a workspace folder, an annotation file
 * anywhere). The last is one search that stops at the first hit, VS Code's own for the
 * `workspaceContains:**\/*.sorot.json` activation event.
 */
async function hasSorotData(): Promise<boolean> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return true;
  if (vscode.workspace.textDocuments.some(isArticleDocument)) return true;
  for (const folder of folders) {
    if (await fileExists(vscode.Uri.joinPath(folder.uri, '.sorot'))) return true;
  }
  try {
    return (await vscode.workspace.findFiles('**/*.sorot.json', undefined, 1)).length > 0;
  } catch {
    return true; // no search on this host: Sorot as before, awake
  }
}

/** Sorot's data appearing in the workspace (a `git pull` bringing a colleague's
 *  annotations): an annotation file, or the `.sorot` folder or a file in it. */
const SOROT_DATA_GLOBS = [SIDECAR_GLOB, '**/.sorot', '**/.sorot/**'];
/** After a folder appeared, the start is decided once more this much later: VS Code's
 *  recursive watcher misses what is written two folders deep into new folders
 *  (new-folder-watchers.ts measured it), and a pull writes its new folders' annotation
 *  files just after the folders. */
const NEW_FOLDER_SETTLE_MS = 3000;

/**
 * Until `wake` runs: each of Sorot's commands (package.json) wakes Sorot and then runs as
 * the awake Sorot registers it; opening one of its views, or a setting or file that makes
 * the workspace a corpus, wakes it too. `wake` must dispose the returned stand-ins before
 * the awake Sorot registers its own commands and views. `wake(start)`: wake as `start`
 * says (corpus-start.ts decided it, as at a window's start); `wake()`: a command or
 * view of the sleeping Sorot was used.
 */
export function wakeOnUse(context: vscode.ExtensionContext, wake: (start?: CorpusStart) => Promise<unknown>): vscode.Disposable[] {
  // the Articles view, opened now, offers the folder as a corpus (package.json viewsWelcome)
  void vscode.commands.executeCommand('setContext', OPENED_ONLY_KEY, true);
  const commands = (context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } }).contributes?.commands ?? [];
  const standIns: vscode.Disposable[] = commands.map(({ command }) =>
    vscode.commands.registerCommand(command, async (...args: unknown[]) => {
      await wake();
      return vscode.commands.executeCommand(command, ...args);
    }),
  );
  for (const view of SOROT_VIEWS) {
    standIns.push(vscode.window.registerTreeDataProvider<never>(view, {
      getTreeItem: (item) => item,
      getChildren: () => {
        wake().catch((e) => startFailed(`opening the view ${view}`, e, true));
        return [];
      },
    }));
  }
  // What a window started now would do: Sorot data or settings that arrived since
  // activation wake Sorot as a start with them would, without a reload. One decision at a
  // time: a pull writing a hundred annotation files asks once more after the first, not
  // a hundred times.
  // (waking awaited: its failure is the decision's, reported with what asked for it)
  const startAsNow = serialRerun(async () => {
    const start = await startOfWorkspace(context.workspaceState);
    if (start.kind !== 'asleep') await wake(start);
  });
  /** Decides the start again for `asked` (what happened, named for the log); `byResearcher`:
   *  their own action asked, so a failure is shown to them too. */
  const decideAgain = (asked: string, byResearcher = false): void => {
    startAsNow().catch((e) => startFailed(asked, e, byResearcher));
  };
  const dataWatchers = SOROT_DATA_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob, false, true, true));
  // a folder appeared: its annotation files may go unreported, so the start is decided
  // again once the writing settled (the search reads the disk, not the watcher)
  // (a burst of entries is one batch, its names read before any stat, and the stats stop at
  // the first folder: an `npm install` here costs no stat, a build writing into dist/ one
  // read of dist/, created-while-asleep.ts)
  const created = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
  let settle: ReturnType<typeof setTimeout> | undefined;
  const createdBatch = new EventBatch<string, vscode.Uri>((uris) => {
    folderAmongCreated(uris).catch((e) => console.error(`Sorot: could not look for a new folder among ${uris.length} created entries in ${workspaceNames()}`, e));
  });
  const folderAmongCreated = async (uris: readonly vscode.Uri[]): Promise<void> => {
    const folder = await firstFolderAmong(newFolderCandidates(uris, (uri) => workspacePath(uri)?.path), { pathOf: (uri) => uri.path, isFolder, foldersBeside });
    if (!folder) return;
    clearTimeout(settle);
    settle = setTimeout(() => decideAgain(`a new folder appeared (${folder.fsPath})`), NEW_FOLDER_SETTLE_MS);
  };
  standIns.push(
    ...dataWatchers,
    ...dataWatchers.map((w) => w.onDidCreate((uri) => decideAgain(`Sorot data appeared (${uri.fsPath})`))),
    created,
    created.onDidCreate((uri) => createdBatch.add(uri.toString(), uri)),
    createdBatch,
    { dispose: () => clearTimeout(settle) },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsCorpusMarks(e)) decideAgain('the settings marking a corpus changed', true);
    }),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (isArticleDocument(doc)) wake().catch((e) => startFailed(`opening ${doc.uri.fsPath} as an article`, e, true));
    }),
  );
  return standIns;
}

/** Sorot could not decide how to start, or not wake as it decided (a search, the
 *  workspaceState, the activation failed): logged with what asked for it, a file, a folder,
 *  the settings or a view; shown too when the researcher's own action asked (a setting
 *  changed, a view or an article opened), as nothing else would tell them why Sorot did not
 *  start. */
function startFailed(asked: string, error: unknown, byResearcher: boolean): void {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`Sorot: could not start after ${asked} in ${workspaceNames()}: ${reason}`, error);
  if (byResearcher) void vscode.window.showErrorMessage(vscode.l10n.t('Sorot could not start in this workspace: {0}', reason));
}

/** The workspace folders' paths, for a log line. */
function workspaceNames(): string {
  return (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath).join(', ') || 'a window with no folder';
}
