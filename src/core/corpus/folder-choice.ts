// What the Articles view's welcome offers in a workspace that is no corpus yet
// (src/extension/corpus-choice): a newcomer who opened a folder of .txt articles should
// not need the folder dialog (its ".." row, active when "Use as Corpus" was clicked, once
// took a researcher out of the workspace, and Sorot only said the folder must be inside it).
//  - one workspace folder holding .txt files: that folder, in one click;
//  - several workspace folders: a pick of them, each saying whether it holds .txt files;
//  - no workspace folder holding a .txt file: a welcome that says so (no corpus to read).
// Pure: whether each folder holds .txt files comes in.

/** `one`: the workspace's one folder, which holds .txt files; `several`: a pick of the
 *  workspace folders (one of them at least holds .txt files); `none`: no workspace folder
 *  holds a .txt file. */
export type FolderChoice = 'one' | 'several' | 'none';

export interface WorkspaceFolderFiles {
  /** The folder holds at least one file the corpus settings call an article (.txt). */
  readonly holdsArticles: boolean;
}

/** The offer for these workspace folders (in the workspace's order); undefined when no
 *  folder is open (the welcome then offers to open one). */
export function folderChoice(folders: readonly WorkspaceFolderFiles[]): FolderChoice | undefined {
  if (folders.length === 0) return undefined;
  if (!folders.some((f) => f.holdsArticles)) return 'none';
  return folders.length === 1 ? 'one' : 'several';
}

/** The pick's rows: folders holding .txt files first, each group in the workspace's order
 *  (a folder without any stays listed, and says so when picked, rather than vanishing). */
export function pickOrder<T extends WorkspaceFolderFiles>(folders: readonly T[]): T[] {
  return [...folders.filter((f) => f.holdsArticles), ...folders.filter((f) => !f.holdsArticles)];
}
