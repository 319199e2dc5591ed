// Applies one edit to .sorot/actors.json and reloads the KB so it takes effect at once in
// every editor and in the corpus index. A file that cannot be parsed is never
// overwritten: the user gets the reason and a button to open it.
import * as vscode from 'vscode';
import { decodeText } from '../../core/text/decode';
import { KbEditError, type KbFileJson, parseForEdit, serialize } from './kb-edits';
import type { WorkspaceKb } from '../services/corpus/workspace-kb';
import { mayWrite } from '../services/write-guard';

/** What an untrusted workspace leaves unchanged (services/write-guard.ts). */
export const kbLeftAsItIs = (): string => vscode.l10n.t('{0} is left as it is', '.sorot/actors.json');

export async function editWorkspaceKb(kb: WorkspaceKb, edit: (file: KbFileJson, taken: (id: string) => boolean) => KbFileJson): Promise<boolean> {
  const uri = kb.fileUri;
  if (!uri) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the knowledge base is stored in its .sorot/actors.json.'));
    return false;
  }
  if (!mayWrite(kbLeftAsItIs)) return false;
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.isDirty) {
    await offerToOpen(uri, vscode.l10n.t('.sorot/actors.json has unsaved changes. Save or revert them, then try again.'));
    return false;
  }
  let text: string | undefined;
  try {
    const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
    if (!decoded.ok) {
      await offerToOpen(uri, vscode.l10n.t('Sorot cannot read .sorot/actors.json ({0}); it was not changed.', decoded.message));
      return false;
    }
    text = decoded.text;
  } catch (e) {
    if (!(e instanceof vscode.FileSystemError) || e.code !== 'FileNotFound') {
      await offerToOpen(uri, vscode.l10n.t('Sorot cannot read .sorot/actors.json ({0}); it was not changed.', e instanceof Error ? e.message : String(e)));
      return false;
    }
  }
  let next: KbFileJson;
  try {
    next = edit(parseForEdit(text), (id) => kb.index.byId.has(id));
  } catch (e) {
    if (e instanceof KbEditError) {
      const msg = e.kind === 'file'
        ? vscode.l10n.t('Sorot cannot edit .sorot/actors.json: {0}. Fix the file first; it was not changed.', e.message)
        : e.message;
      await offerToOpen(uri, msg);
      return false;
    }
    throw e;
  }
  await writeAtomically(uri, new TextEncoder().encode(serialize(next)));
  await kb.reload();
  return true;
}

async function offerToOpen(uri: vscode.Uri, message: string): Promise<void> {
  const openLabel = vscode.l10n.t('Open actors.json');
  const choice = await vscode.window.showErrorMessage(message, openLabel);
  if (choice === openLabel) await vscode.window.showTextDocument(uri);
}

/** Temporary file in the same folder, then rename: a crash leaves the old or the new
 *  file, never half of one. */
async function writeAtomically(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const dir = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.createDirectory(dir);
  const tmp = vscode.Uri.joinPath(dir, `.actors.json.${Date.now().toString(36)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, bytes);
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw e;
  }
}
