// The "." an earlier Sorot wrote in the .code-workspace file of a workspace of several
// folders (core/corpus/workspace-dot.ts says why it makes every folder a corpus and why
// it is read so until the researcher answers). Asked once per workspace, when Sorot
// starts in it; the settings change only after an answer naming a folder: its own
// settings get the "." (and the association pattern under its directory, as "Use Folder
// as Corpus" writes today), the workspace file loses it. "Every Folder" keeps the file
// as it is and is not asked again; a notification closed without an answer is asked in
// the next window.
import * as vscode from 'vscode';
import { foldersTheDotMarks, hasWorkspaceDot, moveWorkspaceDot } from '../../core/corpus/workspace-dot';

/** workspaceState: the researcher answered (a folder or every folder). */
const ANSWERED = 'sorot.corpus.workspaceDotAnswered';
/** More folders than this: one "Choose Folder…" button and a list, not a button each. */
const FOLDER_BUTTONS = 3;

export type WorkspaceDotAnswer = vscode.WorkspaceFolder | 'every' | undefined;
export type WorkspaceDotOutcome = 'none' | 'moved' | 'kept' | 'unanswered';

/** Writes the association of a corpus folder (language/register.ts owns the pattern). */
export type SetAssociation = (folder: string, on: boolean, root: string | undefined) => Promise<void>;

/**
 * Asks which folder the workspace's "." was written for, when there is one to ask about,
 * and moves it there once answered. `answer` (tests): the answer, without asking.
 */
export async function askAboutWorkspaceDot(state: vscode.Memento, setAssociation: SetAssociation, answer?: (folders: readonly vscode.WorkspaceFolder[]) => Promise<WorkspaceDotAnswer>): Promise<WorkspaceDotOutcome> {
  // Untrusted: Sorot writes nothing, so it cannot offer to; asked once trusted.
  if (!vscode.workspace.isTrusted || state.get<boolean>(ANSWERED)) return 'none';
  const folders = vscode.workspace.workspaceFolders ?? [];
  const workspaceValue = vscode.workspace.getConfiguration('sorot.corpus').inspect<unknown>('folders')?.workspaceValue;
  if (!hasWorkspaceDot(folders.length, workspaceValue)) return 'none';
  const ownValue = (f: vscode.WorkspaceFolder) => vscode.workspace.getConfiguration('sorot.corpus', f.uri).inspect<unknown>('folders')?.workspaceFolderValue;
  const marked = foldersTheDotMarks(folders, ownValue);
  if (marked.length === 0) return 'none'; // every folder has its own list: the "." changes nothing
  const chosen = await (answer ?? ask)(marked);
  if (chosen === undefined) return 'unanswered';
  if (chosen === 'every') {
    await state.update(ANSWERED, true);
    return 'kept';
  }
  const move = moveWorkspaceDot(workspaceValue, ownValue(chosen));
  // The folder's own value first: it stays a corpus all along, and no other folder is one
  // for longer than the two writes.
  await vscode.workspace.getConfiguration('sorot.corpus', chosen.uri).update('folders', move.own, vscode.ConfigurationTarget.WorkspaceFolder);
  await vscode.workspace.getConfiguration('sorot.corpus').update('folders', move.workspace, vscode.ConfigurationTarget.Workspace);
  // "**/*.txt", written beside the ".", gave every folder's .txt files the article language.
  await setAssociation('.', false, undefined);
  await setAssociation('.', true, chosen.uri.path.replace(/\/$/, '').split('/').pop());
  await state.update(ANSWERED, true);
  void vscode.window.showInformationMessage(vscode.l10n.t('Only the folder {0} is a corpus now: its own settings name it, and the workspace file no longer names every folder.', chosen.name));
  return 'moved';
}

async function ask(marked: readonly vscode.WorkspaceFolder[]): Promise<WorkspaceDotAnswer> {
  const every = vscode.l10n.t('Every Folder');
  const choose = vscode.l10n.t('Choose Folder…');
  const buttons = marked.length <= FOLDER_BUTTONS ? marked.map((f) => f.name) : [choose];
  const file = vscode.workspace.workspaceFile?.path.split('/').pop() ?? vscode.l10n.t('The workspace file');
  const picked = await vscode.window.showInformationMessage(
    vscode.l10n.t('{0} sets sorot.corpus.folders to "." for the whole workspace, so every folder of it is a corpus: an earlier Sorot wrote it there when one folder was marked as a corpus. Which folder is the corpus? Sorot changes the settings only once you choose.', file),
    ...buttons, every,
  );
  if (picked === undefined) return undefined;
  if (picked === every) return 'every';
  if (picked !== choose) return marked.find((f) => f.name === picked);
  const item = await vscode.window.showQuickPick(marked.map((f) => ({ label: f.name, description: vscode.workspace.asRelativePath(f.uri, false), folder: f })), {
    title: vscode.l10n.t('Which folder is the corpus?'),
  });
  return item?.folder;
}
