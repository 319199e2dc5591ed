// Assigns the sorot-article language (grammar + decorations) to corpus files, and the
// commands that define the corpus. Plain-text files outside the corpus stay untouched.
import * as vscode from 'vscode';
import type { SorotApi } from '../api';
import { ARTICLE_LANGUAGE, isInCorpus, readCorpusScope } from './corpus-scope';
import { settingsLeftAsTheyAre, writing } from '../trust/write-guard';

export interface LanguageApi {
  /** Re-checks every open document against the corpus settings. */
  reassign(): Promise<void>;
}

export function registerLanguage(context: vscode.ExtensionContext, api: SorotApi): LanguageApi {
  const assign = async (doc: vscode.TextDocument): Promise<void> => {
    // Only plain text is claimed: a user who picked another language keeps it.
    if (doc.languageId !== 'plaintext' || doc.isClosed) return;
    if (!isInCorpus(doc.uri)) return;
    try {
      await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
    } catch {
      // The document closed in between; nothing to assign.
    }
  };
  const reassign = async (): Promise<void> => {
    await Promise.all(vscode.workspace.textDocuments.map(assign));
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void assign(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sorot.corpus')) void reassign();
    }),
    // both write the workspace settings: refused in an untrusted workspace
    vscode.commands.registerCommand('sorot.corpus.addFolder', writing(settingsLeftAsTheyAre, (uri?: vscode.Uri) => addCorpusFolder(uri))),
    vscode.commands.registerCommand('sorot.corpus.removeFolder', writing(settingsLeftAsTheyAre, (uri?: vscode.Uri) => removeCorpusFolder(uri))),
    vscode.commands.registerCommand('sorot.openAsArticle', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a text file first.'));
        return;
      }
      await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
    }),
  );
  void reassign();
  api.language = { reassign };
  return api.language;
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
  const scope = readCorpusScope();
  await setAssociation(value, true);
  if (scope.folders.includes(value)) return;
  await vscode.workspace
    .getConfiguration('sorot.corpus')
    .update('folders', [...scope.folders, value], vscode.ConfigurationTarget.Workspace);
}

/** The files.associations pattern that gives a corpus folder's articles our language. */
export function associationPattern(folder: string): string {
  return folder === '.' ? '**/*.txt' : `**/${folder.replace(/^\.\//, '').replace(/\/+$/, '')}/**/*.txt`;
}

/**
 * Mirrors a corpus folder into the workspace's `files.associations`, so VS Code itself
 * opens its articles as Sorot articles: that language (not every plain-text file) is
 * what activates the extension, and it works before Sorot has even started.
 */
async function setAssociation(folder: string, on: boolean): Promise<void> {
  const files = vscode.workspace.getConfiguration('files');
  const current = { ...(files.inspect<Record<string, string>>('associations')?.workspaceValue ?? {}) };
  const pattern = associationPattern(folder);
  if (on === (current[pattern] === ARTICLE_LANGUAGE)) return;
  if (on) current[pattern] = ARTICLE_LANGUAGE;
  else delete current[pattern];
  await files.update('associations', Object.keys(current).length ? current : undefined, vscode.ConfigurationTarget.Workspace);
}

async function removeCorpusFolder(uri?: vscode.Uri): Promise<void> {
  const scope = readCorpusScope();
  let value: string | undefined;
  if (uri) value = settingPathFor(uri);
  else {
    value = await vscode.window.showQuickPick(scope.folders, {
      title: vscode.l10n.t('Stop treating a folder as a corpus'),
    });
  }
  if (value === undefined || !scope.folders.includes(value)) return;
  await setAssociation(value, false);
  await vscode.workspace
    .getConfiguration('sorot.corpus')
    .update('folders', scope.folders.filter((f) => f !== value), vscode.ConfigurationTarget.Workspace);
}
