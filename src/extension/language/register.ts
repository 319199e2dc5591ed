// Assigns the sorot-article language (grammar, highlights, annotations) to exactly the
// files the corpus scope (corpus-scope.ts) calls articles, and the commands that define
// the corpus. Plain-text files outside the corpus stay untouched.
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE, isArticleDocument, type WorkspaceCorpusScope } from '../services/corpus-scope';
import { settingsLeftAsTheyAre, writing } from '../services/write-guard';
import { fileExists } from '../file-exists';
import { plainTxtEditorKey } from './plain-txt-key';
import { askAboutWorkspaceDot, type WorkspaceDotAnswer, type WorkspaceDotOutcome } from './workspace-dot';
import type { ContextKey } from '../context-key';

export interface LanguageApi {
  /** Re-checks every open document against the corpus scope. */
  reassign(): Promise<void>;
  /**
   * `doc` in the article language, or undefined when it is not an article. A file the
   * scope calls an article but that is still plain text (its language is assigned after
   * it opens, and a command can come first: the keyboard shortcut pressed right away,
   * or the very command that activated Sorot) is given the article language now.
   */
  asArticle(doc: vscode.TextDocument): Promise<vscode.TextDocument | undefined>;
  /** Asks once which folder a stray workspace-level "." was written for (workspace-dot.ts);
   *  `answer` (tests): the answer, without asking. */
  askAboutWorkspaceDot(answer?: (folders: readonly vscode.WorkspaceFolder[]) => Promise<WorkspaceDotAnswer>): Promise<WorkspaceDotOutcome>;
  /** True while the active editor holds a plain .txt file (plain-txt-key.ts). */
  plainTxtEditor: ContextKey;
}

export function registerLanguage(context: vscode.ExtensionContext, scope: WorkspaceCorpusScope): LanguageApi {
  /** Documents the researcher opened as articles by command: the scope does not undo that. */
  const chosen = new Set<string>();
  const plainTxt = plainTxtEditorKey();
  context.subscriptions.push(...plainTxt.disposables);
  const assign = async (doc: vscode.TextDocument): Promise<void> => {
    if (doc.isClosed || doc.uri.scheme === 'untitled') return;
    // Only plain text is claimed: a user who picked another language keeps it.
    let target: string | undefined;
    if (doc.languageId === 'plaintext' && scope.isArticle(doc.uri)) target = ARTICLE_LANGUAGE;
    // An article language that a broad files.associations pattern gave to a file the
    // scope excludes (an export's copy, a file in files.exclude) is taken back. In a
    // workspace that is no corpus, the researcher gave it (the language picker, their
    // own settings, the file that was open when Sorot woke): the file was opened as an article.
    // A file deleted while its editor stays open is no such file: it left the list
    // (follow-opened.ts) and must not come back.
    else if (isArticleDocument(doc) && !chosen.has(doc.uri.toString()) && vscode.workspace.getWorkspaceFolder(doc.uri) && !scope.isArticle(doc.uri)) {
      if (!scope.openedOnly) target = 'plaintext';
      else if (await fileExists(doc.uri)) scope.openedAsArticle(doc.uri);
    }
    if (!target) return;
    try {
      await vscode.languages.setTextDocumentLanguage(doc, target);
    } catch {
      // The document closed in between; nothing to assign.
    }
  };
  const reassign = async (): Promise<void> => {
    await scope.ready();
    await Promise.all(vscode.workspace.textDocuments.map(assign));
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void scope.ready().then(() => assign(doc))),
    // A language change reaches extensions as a close and an open of the same document, in
    // one go: forgetting the choice on that close reverted "Open as News Article" at once
    // for a file outside the corpus. A document really closed is not open a turn later.
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      setTimeout(() => {
        if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) chosen.delete(key);
      }, 0);
    }),
    scope.onDidChange(() => void reassign()),
    // both write the workspace settings: refused in an untrusted workspace
    vscode.commands.registerCommand('sorot.corpus.addFolder', writing(settingsLeftAsTheyAre, (uri?: vscode.Uri) => addCorpusFolder(uri))),
    vscode.commands.registerCommand('sorot.corpus.removeFolder', writing(settingsLeftAsTheyAre, (uri?: vscode.Uri) => removeCorpusFolder(uri))),
    vscode.commands.registerCommand('sorot.openAsArticle', async (resource?: vscode.Uri) => {
      // From the editor title the file comes as an argument; from the palette, the active editor.
      const doc = resource instanceof vscode.Uri
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === resource.toString()) ?? (await vscode.workspace.openTextDocument(resource))
        : vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a text file first.'));
        return;
      }
      chosen.add(doc.uri.toString());
      await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
      // in a workspace that is no corpus, the file joins the articles ("This File Only")
      scope.openedAsArticle(doc.uri);
    }),
  );
  const asArticle = async (doc: vscode.TextDocument): Promise<vscode.TextDocument | undefined> => {
    if (isArticleDocument(doc)) return doc;
    if (doc.isClosed || doc.languageId !== 'plaintext') return undefined;
    await scope.ready();
    if (!scope.isArticle(doc.uri)) return undefined;
    try {
      return await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
    } catch {
      return undefined; // closed in between
    }
  };
  void reassign();
  const workspaceDot = (answer?: (folders: readonly vscode.WorkspaceFolder[]) => Promise<WorkspaceDotAnswer>) => askAboutWorkspaceDot(context.workspaceState, setAssociation, answer);
  void workspaceDot();
  return { reassign, asArticle, askAboutWorkspaceDot: workspaceDot, plainTxtEditor: plainTxt.key };
}

/** The setting value for a folder: workspace-relative when possible ("" for the root). */
function settingPathFor(uri: vscode.Uri): string {
  const wf = vscode.workspace.getWorkspaceFolder(uri);
  if (!wf) return uri.fsPath;
  const rel = uri.path.slice(wf.uri.path.replace(/\/$/, '').length).replace(/^\//, '');
  return rel === '' ? '.' : rel;
}

async function pickFolder(title: string): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    title,
    openLabel: vscode.l10n.t('Use as Corpus'),
  });
  return picked?.[0];
}

async function addCorpusFolder(uri?: vscode.Uri): Promise<void> {
  const folder = uri ?? (await pickFolder(vscode.l10n.t('Choose a folder of news articles (.txt)')));
  if (!folder) return;
  if (!vscode.workspace.getWorkspaceFolder(folder)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The folder must be inside the open workspace.'));
    return;
  }
  const value = settingPathFor(folder);
  const where = foldersSetting(folder);
  const folders = readFolders(where);
  // The folder first: either setting marks the workspace a corpus (corpus-offer.ts), and a
  // Sorot that counted only the files opened as articles counts by the settings from then
  // on; the association alone would have made it the whole workspace for a moment.
  if (!folders.includes(value)) await writeFolders(where, [...folders, value]);
  await setAssociation(value, true, where.root);
}

/** Where a corpus folder inside `uri`'s workspace folder is written. In a workspace of
 *  one folder: the workspace settings, as always. In a workspace of several: that
 *  workspace folder's own settings (its .vscode/settings.json), not the .code-workspace
 *  file, whose "." would name every workspace folder; the others then hold no article
 *  (corpusFoldersOf, core/corpus/scope.ts). */
interface FoldersSetting {
  folder: vscode.WorkspaceFolder | undefined;
  target: vscode.ConfigurationTarget;
  /** The workspace folder's directory name, for its association pattern (several folders only). */
  root: string | undefined;
}

function foldersSetting(uri: vscode.Uri | undefined): FoldersSetting {
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  const several = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  return several && folder
    ? { folder, target: vscode.ConfigurationTarget.WorkspaceFolder, root: folder.uri.path.replace(/\/$/, '').split('/').pop() }
    : { folder, target: vscode.ConfigurationTarget.Workspace, root: undefined };
}

async function writeFolders(where: FoldersSetting, folders: string[]): Promise<void> {
  await vscode.workspace.getConfiguration('sorot.corpus', where.folder?.uri).update('folders', folders, where.target);
}

/** The files.associations pattern that gives a corpus folder's articles our language.
 *  `root`: in a workspace of several folders, the workspace folder's directory name (the
 *  association is a setting of the whole workspace, and VS Code matches a pattern with a
 *  slash against the absolute path): "**\/*.txt" would give every folder's .txt files the
 *  article language, and so wake Sorot for them. */
export function associationPattern(folder: string, root?: string): string {
  const inner = folder === '.' ? '' : `${folder.replace(/^\.\//, '').replace(/\/+$/, '')}/`;
  if (root !== undefined) return `**/${root}/${inner}**/*.txt`;
  return inner === '' ? '**/*.txt' : `**/${inner}**/*.txt`;
}

/**
 * Mirrors a corpus folder into the workspace's `files.associations`, so VS Code itself
 * opens its articles as Sorot articles: that language (not every plain-text file) is
 * what activates the extension, and it works before Sorot has even started.
 */
export async function setAssociation(folder: string, on: boolean, root: string | undefined): Promise<void> {
  const files = vscode.workspace.getConfiguration('files');
  const current = { ...(files.inspect<Record<string, string>>('associations')?.workspaceValue ?? {}) };
  const pattern = associationPattern(folder, root);
  if (on === (current[pattern] === ARTICLE_LANGUAGE)) return;
  if (on) current[pattern] = ARTICLE_LANGUAGE;
  else delete current[pattern];
  await files.update('associations', Object.keys(current).length ? current : undefined, vscode.ConfigurationTarget.Workspace);
}

async function removeCorpusFolder(uri?: vscode.Uri): Promise<void> {
  type Row = vscode.QuickPickItem & { where: FoldersSetting; value: string };
  let rows: Row[];
  if (uri) {
    const value = settingPathFor(uri);
    rows = [foldersSetting(uri), foldersSetting(undefined)].filter((w) => readFolders(w).includes(value)).map((where) => ({ label: value, where, value }));
  } else {
    // every corpus folder written: the workspace's, and in a workspace of several
    // folders each workspace folder's own
    const owners = [foldersSetting(undefined), ...((vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? vscode.workspace.workspaceFolders!.map((f) => foldersSetting(f.uri)) : [])];
    const picked = await vscode.window.showQuickPick(
      owners.flatMap((where) => readFolders(where).map((value) => ({ label: value, description: where.root !== undefined ? where.folder?.name : undefined, where, value }))),
      { title: vscode.l10n.t('Stop treating a folder as a corpus') },
    );
    rows = picked ? [picked] : [];
  }
  const row = rows[0];
  if (!row) return;
  await setAssociation(row.value, false, row.where.root);
  await writeFolders(row.where, readFolders(row.where).filter((f) => f !== row.value));
}

/** `sorot.corpus.folders` as written where `where` says (not inherited, not the default). */
function readFolders(where: FoldersSetting): string[] {
  const v = vscode.workspace.getConfiguration('sorot.corpus', where.folder?.uri).inspect<unknown>('folders');
  const own = where.target === vscode.ConfigurationTarget.WorkspaceFolder ? v?.workspaceFolderValue : v?.workspaceValue;
  return Array.isArray(own) ? own.filter((f): f is string => typeof f === 'string') : [];
}
