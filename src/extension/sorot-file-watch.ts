// Watching a file of the workspace's .sorot folder (file-reload.ts reads it again).
import * as vscode from 'vscode';
import { reloadOnFileEvents } from './file-reload';

/** reloadOnFileEvents for a file inside a `.sorot` folder (`file`), and for that folder
 *  appearing (`folder`): the recursive workspace watcher can miss changes inside a folder
 *  created after it started (measured in new-folder-watchers.ts), which a first
 *  `.sorot/actors.json` written into a new `.sorot` is. The folder's creation then starts
 *  the read, and the confirming read a moment later catches a file written just after. */
export function watchSorotFile(file: vscode.GlobPattern, folder: vscode.GlobPattern, reload: () => Promise<void>): vscode.Disposable {
  const watchers = [vscode.workspace.createFileSystemWatcher(file), vscode.workspace.createFileSystemWatcher(folder, false, true, true)];
  return vscode.Disposable.from(...watchers, ...watchers.map((w) => reloadOnFileEvents(w, reload)));
}
