// "Sorot: Set Article Headline…": the researcher chooses the headline the Articles view
// shows for an article when the rule (src/core/text/headline.ts) picked the wrong line.
// Stored in .sorot/articles.json (headline-overrides.ts); the article's text and its
// annotation files are not touched. An empty answer goes back to the rule's headline.
import * as vscode from 'vscode';
import { normalizeHeadline } from '../../core/articles/headline-overrides';
import type { ArticlesNode } from './articles-tree';
import { headlineOfBytes } from './headline';
import type { HeadlineOverrides } from './headline-overrides';

export function registerSetHeadline(overrides: HeadlineOverrides): vscode.Disposable {
  return vscode.commands.registerCommand('sorot.articles.setHeadline', (target?: ArticlesNode | vscode.Uri, headline?: string) =>
    setHeadline(overrides, target, headline),
  );
}

/** `target`: a row of the Articles view, an article URI, or (palette) the active editor's
 *  file; `headlineArg`: the headline without asking (scripts, tests). */
async function setHeadline(overrides: HeadlineOverrides, target: ArticlesNode | vscode.Uri | undefined, headlineArg: string | undefined): Promise<boolean> {
  const uri = target instanceof vscode.Uri ? target : target?.kind === 'article' ? target.entry.uri : vscode.window.activeTextEditor?.document.uri;
  const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
  if (!uri || !folder) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article of the workspace, or right-click one in the Articles view, to set its headline.'));
    return false;
  }
  const fileName = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  await overrides.ready();
  const ruled = await ruledHeadline(uri);
  const current = overrides.headlineOf(folder, vscode.workspace.asRelativePath(uri, false)) ?? ruled ?? '';
  const typed = headlineArg ?? (await vscode.window.showInputBox({
    title: vscode.l10n.t('Set Article Headline'),
    prompt: ruled === undefined
      ? vscode.l10n.t('The headline the Articles view shows for {0}. The article’s text is not changed.', fileName)
      : vscode.l10n.t('The headline the Articles view shows for {0}. The article’s text is not changed. Empty: Sorot’s choice, “{1}”.', fileName, ruled),
    value: current,
  }));
  if (typed === undefined) return false;
  const headline = normalizeHeadline(typed);
  // The rule's own headline is not stored: if the article changes, the rule follows it.
  return overrides.set(uri, headline === '' || headline === ruled ? undefined : headline);
}

/** The headline the rule picks for the file as it is on disk now. */
async function ruledHeadline(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return headlineOfBytes(await vscode.workspace.fs.readFile(uri)).headline;
  } catch {
    return undefined;
  }
}
