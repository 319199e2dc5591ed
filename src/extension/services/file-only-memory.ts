// The researcher's "This File Only" for this workspace, kept across windows in VS Code's
// workspaceState (never a file in their folder): the files opened as articles while the
// corpus scope was limited. The decision what it means at the next start is
// src/core/corpus/corpus-start.ts.
import type * as vscode from 'vscode';
import { readFileOnlyList, type FileOnlyList } from '../../core/corpus/corpus-start';

/** workspaceState key of the file-only list. */
export const FILE_ONLY_KEY = 'sorot.corpus.fileOnly';

/** The list remembered for this workspace, or undefined. */
export function rememberedFileOnly(state: vscode.Memento): FileOnlyList | undefined {
  return readFileOnlyList(state.get<unknown>(FILE_ONLY_KEY));
}

/** Keeps `list` for the next windows; undefined forgets it (the settings mark a corpus). */
export function rememberFileOnly(state: vscode.Memento, list: FileOnlyList | undefined): Thenable<void> {
  return state.update(FILE_ONLY_KEY, list);
}
