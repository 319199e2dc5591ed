// The offer a researcher sees on opening a plain-text .txt file of a workspace that is
// no corpus yet (Sorot asleep, until-corpus.ts): read the file's folder as a corpus, open
// only this file as a news article, or never ask again in this workspace. Asked once per
// window, in a notification that does not block; the answers run Sorot's own commands by
// id ("Use Folder as Corpus", "Open Current File as News Article"), which wake Sorot.
import * as vscode from 'vscode';
import { isOfferedFile, offeredFolder } from '../../core/corpus/corpus-offer';
import { workspacePath } from '../services/corpus-scope';

/** workspaceState key: the researcher answered "not for this workspace". */
export const OFFER_DECLINED_KEY = 'sorot.corpusOffer.declined';

export interface CorpusOfferApi {
  /** The folder the offer named, once it was shown in this window. */
  readonly offeredFolder: vscode.Uri | undefined;
  /** Settles with the researcher's answer once the offer was shown and answered (or closed: undefined). */
  readonly answered: Promise<'folder' | 'file' | 'never' | undefined>;
  /** The researcher answered "not for this workspace" (now or in an earlier session). */
  declined(): boolean;
}

export function registerCorpusOffer(context: vscode.ExtensionContext, owner: vscode.Disposable[]): CorpusOfferApi {
  let shown: vscode.Uri | undefined;
  let settle: (answer: 'folder' | 'file' | 'never' | undefined) => void = () => {};
  const answered = new Promise<'folder' | 'file' | 'never' | undefined>((resolve) => (settle = resolve));

  const offer = async (doc: vscode.TextDocument): Promise<void> => {
    if (shown || doc.isClosed || context.workspaceState.get<boolean>(OFFER_DECLINED_KEY)) return;
    const at = workspacePath(doc.uri);
    if (!at || !isOfferedFile(at.path, doc.languageId)) return;
    const top = offeredFolder(at.path);
    const folder = top === '.' ? at.folder.uri : vscode.Uri.joinPath(at.folder.uri, top);
    shown = folder;
    const name = top === '.' ? at.folder.name : top;
    // the button names the folder too: the toast hides soon, and the Notifications list
    // shows its buttons apart from the question
    const useFolder = vscode.l10n.t('Use "{0}" as Corpus', name);
    const fileOnly = vscode.l10n.t('This File Only');
    const never = vscode.l10n.t("Don't Ask Again");
    const picked = await vscode.window.showInformationMessage(
      vscode.l10n.t('Read the .txt files of "{0}" as news articles, with their actors, quotes and annotations? (Sorot asks once: "Don\'t Ask Again" is kept for this workspace.)', name),
      useFolder, fileOnly, never,
    );
    if (picked === useFolder) {
      await vscode.commands.executeCommand('sorot.corpus.addFolder', folder);
      settle('folder');
    } else if (picked === fileOnly) {
      await vscode.commands.executeCommand('sorot.openAsArticle', doc.uri);
      settle('file');
    } else if (picked === never) {
      await context.workspaceState.update(OFFER_DECLINED_KEY, true);
      settle('never');
    } else settle(undefined);
  };

  // A file the researcher opened in an editor (other extensions open documents unseen).
  owner.push(vscode.window.onDidChangeActiveTextEditor((editor) => editor && void offer(editor.document)));
  // The file that woke Sorot was in view before Sorot could listen.
  const open = vscode.window.activeTextEditor?.document;
  if (open) void offer(open);
  return {
    get offeredFolder() {
      return shown;
    },
    answered,
    declined: () => context.workspaceState.get<boolean>(OFFER_DECLINED_KEY) === true,
  };
}
