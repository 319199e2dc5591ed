// Whether a file or folder is there now, through the workspace file system (so on any
// scheme the workspace uses, in the desktop and the web extension alike).
import * as vscode from 'vscode';

/** True when the file can be stat'ed now; false on any failure, "not found" or not. For
 *  decisions that only skip work; a decision that forgets or drops something asks
 *  fileIsGone instead. */
export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** True only when the file system says the file is not there: an error that is not "not
 *  found" (no access, a network share timing out, a provider not ready yet) says nothing
 *  about the file, so whatever would drop or forget it on that answer keeps it. */
export async function fileIsGone(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return false;
  } catch (e) {
    return e instanceof vscode.FileSystemError && e.code === 'FileNotFound';
  }
}
