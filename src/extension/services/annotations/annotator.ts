// Who is annotating. The id comes from the `sorot.annotator` setting; when it is empty
// the user is asked once and the answer is stored in their user settings, so every
// annotation names its author and per-annotator files have a stable name.
import * as vscode from 'vscode';
import { isValidAnnotatorName } from '../../../core/annotations';

export function configuredAnnotator(): string | undefined {
  const value = vscode.workspace.getConfiguration('sorot').get<string>('annotator', '').trim();
  return value && isValidAnnotatorName(value) ? value : undefined;
}

export function perAnnotatorFiles(): boolean {
  return vscode.workspace.getConfiguration('sorot').get<boolean>('annotations.perAnnotatorFiles', false);
}

/** The annotator id, asking for it (once) when it is not set. Undefined if the user cancels. */
export async function ensureAnnotator(): Promise<string | undefined> {
  const existing = configuredAnnotator();
  if (existing) return existing;
  const answer = await vscode.window.showInputBox({
    title: vscode.l10n.t('Sorot: who is annotating?'),
    prompt: vscode.l10n.t('A short id stored with each annotation (letters, digits, - and _), e.g. your initials. Asked once; change it in the setting sorot.annotator.'),
    placeHolder: 'e.g. rina',
    ignoreFocusOut: true,
    validateInput: (v) => (isValidAnnotatorName(v.trim()) ? undefined : vscode.l10n.t('Use 1–64 letters, digits, "-" or "_".')),
  });
  const id = answer?.trim();
  if (!id) return undefined;
  await vscode.workspace.getConfiguration('sorot').update('annotator', id, vscode.ConfigurationTarget.Global);
  return id;
}
