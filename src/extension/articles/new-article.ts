// "New Article": asks for the headline, writes `<slug>.txt` whose first line is that
// headline, and opens it below the headline. Never overwrites: the name gets a
// numeric suffix when taken.
import * as vscode from 'vscode';
import type { ArticlesNode } from './articles-tree';
import { fileExists } from '../file-exists';
import { slugOf, uniqueFileName } from './slug';

/** The folder to create in: the folder row it was invoked on, the folder of an article
 *  row, else the (chosen) workspace folder. */
async function targetFolder(node: ArticlesNode | undefined): Promise<vscode.Uri | undefined> {
  if (node?.kind === 'folder') return node.uri;
  // the folder of the article's file (its row may be under an outlet or a month)
  if (node?.kind === 'article') return vscode.Uri.joinPath(node.entry.uri, '..');
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder for the new article') }))?.uri;
}

export async function newArticle(
  node: ArticlesNode | undefined,
  headlineArg?: string,
  beforeOpen: (uri: vscode.Uri) => void = () => undefined,
): Promise<vscode.Uri | undefined> {
  const folder = await targetFolder(node);
  if (!folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: articles are files in the workspace.'));
    return undefined;
  }
  const headline =
    headlineArg ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New Article'),
      prompt: vscode.l10n.t('Headline (the first line of the article; the file name is derived from it)'),
      validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('The headline cannot be empty.') : undefined),
    }));
  if (!headline?.trim()) return undefined;

  const taken = new Set<string>();
  const slug = slugOf(headline);
  for (;;) {
    const name = uniqueFileName(slug, (candidate) => taken.has(candidate));
    const uri = vscode.Uri.joinPath(folder, name);
    if (await fileExists(uri)) {
      taken.add(name);
      continue;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${headline.trim()}\n\n`));
    beforeOpen(uri);
    const editor = await vscode.window.showTextDocument(uri);
    const body = new vscode.Position(2, 0);
    editor.selection = new vscode.Selection(body, body);
    return uri;
  }
}
