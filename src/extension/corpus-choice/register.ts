// The Articles view's offer of a workspace folder as a corpus, in a workspace that is no
// corpus yet (core/corpus/folder-choice.ts says which offer): the view's welcome
// (package.json viewsWelcome, by the context key FOLDER_CHOICE_KEY) marks the one
// workspace folder in one click, picks among several workspace folders in a quick pick,
// and says so when no workspace folder holds a .txt file. The folder dialog stays for
// "Another Folder…". Marking runs "Use Folder as Corpus" (language/) by its command id.
import * as vscode from 'vscode';
import { folderChoice, pickOrder, type FolderChoice } from '../../core/corpus/folder-choice';
import { corpusScope } from '../../core/corpus/scope';
import { readCorpusSettings } from '../services/corpus-scope';
import { ContextKey } from '../context-key';

/** Context key: the offer the welcome of a workspace that is no corpus shows ('' once it is one). */
export const FOLDER_CHOICE_KEY = 'sorot.corpus.folderChoice';

/** What this feature needs of the corpus scope (services/corpus-scope.ts). */
export interface OpenedOnlyScope {
  /** True while the workspace is no corpus (only the files opened as articles count). */
  readonly openedOnly: boolean;
  readonly onDidChange: vscode.Event<void>;
}

export interface CorpusChoiceApi {
  /** The offer the welcome shows now: '' in a corpus, or before the folders were looked at. */
  readonly choice: FolderChoice | '';
  /** Looks at the workspace folders again (the scope's changes and a change of the
   *  workspace folders do it themselves), and returns the offer. */
  refresh(): Promise<FolderChoice | ''>;
}

export function registerCorpusChoice(context: vscode.ExtensionContext, scope: OpenedOnlyScope): CorpusChoiceApi {
  const key = new ContextKey<FolderChoice | ''>(FOLDER_CHOICE_KEY, '');
  let asked = 0;
  const refresh = async (): Promise<FolderChoice | ''> => {
    const mine = ++asked;
    let choice: FolderChoice | '' = '';
    try {
      // a corpus: the settings decide, and the welcome of a corpus offers no folder
      if (scope.openedOnly) choice = folderChoice(await foldersWithArticles()) ?? '';
    } catch (e) {
      // no search on this host: the welcome that offers the folder dialog, rather than a
      // claim that the folder holds no .txt files
      console.error('Sorot: could not look for .txt files in the workspace folders', e);
    }
    if (mine === asked) await key.set(choice); // a later look answers instead
    return key.value;
  };
  const look = (): void => void refresh();
  context.subscriptions.push(
    scope.onDidChange(look),
    vscode.workspace.onDidChangeWorkspaceFolders(look),
    vscode.commands.registerCommand('sorot.corpus.useWorkspaceFolder', useWorkspaceFolder),
  );
  look();
  return {
    get choice() {
      return key.value;
    },
    refresh,
  };
}

/** A workspace folder, and whether it holds a .txt file the corpus settings call an article. */
interface FolderFiles {
  folder: vscode.WorkspaceFolder;
  holdsArticles: boolean;
}

async function foldersWithArticles(): Promise<FolderFiles[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return Promise.all(folders.map(async (folder) => ({ folder, holdsArticles: await holdsArticles(folder) })));
}

/** One search per folder that stops at the first article-like file (the corpus settings'
 *  include and exclude, as the scope of a corpus would list them): no walk of the folder. */
async function holdsArticles(folder: vscode.WorkspaceFolder): Promise<boolean> {
  const scope = corpusScope(readCorpusSettings(folder));
  for (const glob of scope.listGlobs()) {
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), scope.excludeGlob(), 1);
    if (found.length > 0) return true;
  }
  return false;
}

/** "Use Workspace Folder as Corpus": the one workspace folder at once; with several, a
 *  quick pick of them and "Another Folder…" (the folder dialog). A folder without a .txt
 *  file is not marked: the researcher is told why. */
async function useWorkspaceFolder(): Promise<vscode.Uri | undefined> {
  const folders = await foldersWithArticles();
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder of news articles (.txt files) first.'));
    return undefined;
  }
  let chosen: FolderFiles | undefined;
  if (folders.length === 1) chosen = folders[0];
  else {
    const picked = await pickFolder(folders);
    if (!picked) return undefined;
    if (picked === 'another') {
      await vscode.commands.executeCommand('sorot.corpus.addFolder');
      return undefined;
    }
    chosen = picked;
  }
  if (!chosen) return undefined;
  if (!chosen.holdsArticles) {
    const create = vscode.l10n.t('New Article');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('"{0}" holds no .txt files, so it has no news articles to read. Sorot reads articles saved as plain UTF-8 .txt files: copy yours into the folder, or write one with "New Article".', chosen.folder.name),
      create,
    );
    if (answer === create) await vscode.commands.executeCommand('sorot.articles.newArticle');
    return undefined;
  }
  await vscode.commands.executeCommand('sorot.corpus.addFolder', chosen.folder.uri);
  return chosen.folder.uri;
}

/** The workspace folders, those holding .txt files first, then "Another Folder…". */
async function pickFolder(folders: readonly FolderFiles[]): Promise<FolderFiles | 'another' | undefined> {
  type Row = vscode.QuickPickItem & { value?: FolderFiles | 'another' };
  const rows: Row[] = pickOrder(folders).map((f) => ({
    label: `$(root-folder) ${f.folder.name}`,
    description: f.holdsArticles ? vscode.l10n.t('holds .txt files') : vscode.l10n.t('no .txt files'),
    detail: f.folder.uri.fsPath,
    value: f,
  }));
  rows.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: `$(folder-opened) ${vscode.l10n.t('Another Folder…')}`, value: 'another' });
  const picked = await vscode.window.showQuickPick(rows, {
    title: vscode.l10n.t('Use Which Workspace Folder as Corpus?'),
    placeHolder: vscode.l10n.t('Its .txt files are read as news articles, with their actors, quotes and annotations'),
  });
  return picked?.value;
}
