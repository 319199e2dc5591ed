// Whether a file or folder is there now, through the workspace file system (so on any
// scheme the workspace uses, in the desktop and the web extension alike).
import * as vscode from 'vscode';

export async function fileExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
