// Read-only article text (issue 11, point 6): a stray key must not change the article a
// researcher annotates. Sorot asks VS Code to make each corpus article read-only for
// the window's session the first time it is shown, using VS Code's own session state
// (the commands behind "File: Set Active Editor Read-only in Session"), so nothing is
// written to settings files and VS Code itself refuses edits, shows its read-only
// message at the cursor, and asks before saving. "Unlock Article Text for Editing" and
// "Lock Article Text" switch one article; the editor title shows a lock button bound to
// VS Code's real state (activeEditorIsReadonly), so it is right whoever changed it.
// Annotating never edits the text (annotations live in sidecar files), so every Sorot
// feature works on a locked article.
import * as vscode from 'vscode';
import { isCorpusArticle } from '../services/corpus-scope';
import { decideLock, type LockRecord } from './lock-policy';

/** VS Code's commands; they act on the active editor only. */
const WORKBENCH = {
  lock: 'workbench.action.files.setActiveEditorReadonlyInSession',
  unlock: 'workbench.action.files.setActiveEditorWriteableInSession',
  reset: 'workbench.action.files.resetActiveEditorReadonlyInSession',
} as const;

/** globalState key: the one-time explanation was shown. */
const EXPLAINED_KEY = 'sorot.readOnly.explained';

export interface ReadOnlyArticlesApi {
  /** What Sorot did or the user chose for an article in this window session. */
  recordOf(uri: vscode.Uri): LockRecord | undefined;
  /** For a file Sorot creates for the user to write (New Article): never locked by itself. */
  keepWritable(uri: vscode.Uri): void;
  /** Resolves once every queued lock / unlock reached VS Code. */
  settled(): Promise<void>;
}

export function registerReadOnlyArticles(context: vscode.ExtensionContext): ReadOnlyArticlesApi {
  const records = new Map<string, LockRecord>();
  // VS Code's commands act on whatever editor is active when they run: one at a time,
  // each checking right before it runs that its article is still the active editor.
  let queue: Promise<unknown> = Promise.resolve();
  const onActive = (uri: vscode.Uri, command: keyof typeof WORKBENCH): Promise<boolean> => {
    const run = queue.then(async () => {
      if (vscode.window.activeTextEditor?.document.uri.toString() !== uri.toString()) return false;
      await vscode.commands.executeCommand(WORKBENCH[command]);
      return true;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  /**
   * Records what is decided at once, so that an event arriving meanwhile (activation and
   * language change come together; a command may race the activation of its editor)
   * sees it and decides nothing more, then asks VS Code. If the editor is no longer
   * active, the record is put back (unless something else changed it meanwhile) and the
   * article is decided again when it is shown.
   */
  const apply = async (uri: vscode.Uri, command: keyof typeof WORKBENCH | undefined, record: LockRecord | undefined): Promise<boolean> => {
    const key = uri.toString();
    const previous = records.get(key);
    const set = (r: LockRecord | undefined): void => void (r ? records.set(key, r) : records.delete(key));
    set(record);
    if (!command || (await onActive(uri, command))) return true;
    if (records.get(key) === record) set(previous);
    return false;
  };

  const enabledFor = (uri: vscode.Uri): boolean =>
    vscode.workspace.getConfiguration('sorot.articles', uri).get<boolean>('readOnly', true) !== false;

  const consider = async (editor: vscode.TextEditor | undefined): Promise<void> => {
    const doc = editor?.document;
    if (!doc || doc.isClosed) return;
    const decision = decideLock({ enabled: enabledFor(doc.uri), article: isCorpusArticle(doc), dirty: doc.isDirty, record: records.get(doc.uri.toString()) });
    if ((await apply(doc.uri, decision.command, decision.record)) && decision.command === 'lock') explainOnce(context, doc.uri);
  };
  const considerActive = (): Promise<void> => consider(vscode.window.activeTextEditor);

  /** The article a command is for (its argument from a menu, else the active editor),
   *  made the active editor so that VS Code's command acts on it. */
  const activate = async (uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> => {
    const active = vscode.window.activeTextEditor;
    const target = uri ?? active?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first.'));
      return undefined;
    }
    if (active?.document.uri.toString() === target.toString()) return active.document;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    const doc = visible?.document ?? (await vscode.workspace.openTextDocument(target));
    return (await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preview: false })).document;
  };

  const unlock = async (uri?: vscode.Uri): Promise<boolean> => {
    const doc = await activate(uri);
    if (!doc || !(await apply(doc.uri, 'unlock', 'user-unlocked'))) return false;
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(unlock) {0}: article text can be edited; annotations follow the edits.', name(doc.uri)), 5000);
    return true;
  };

  const lock = async (uri?: vscode.Uri): Promise<boolean> => {
    const doc = await activate(uri);
    if (!doc) return false;
    if (!isCorpusArticle(doc)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not an article of the corpus; only articles are locked.', name(doc.uri)));
      return false;
    }
    if (doc.isDirty) {
      // A read-only file with unsaved edits can only be saved through a confirmation.
      const save = vscode.l10n.t('Save and Lock');
      const choice = await vscode.window.showWarningMessage(vscode.l10n.t('{0} has unsaved changes. Save them before locking the text?', name(doc.uri)), save);
      if (choice !== save || !(await doc.save())) return false;
    }
    if (!(await apply(doc.uri, 'lock', 'user-locked'))) return false;
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(lock) {0}: article text is read-only.', name(doc.uri)), 5000);
    return true;
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => void consider(editor)),
    // A language change (plain text -> Sorot article) reopens the document.
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === doc.uri.toString()) void considerActive();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sorot.articles.readOnly')) void considerActive();
    }),
    vscode.commands.registerCommand('sorot.articles.unlockText', (uri?: vscode.Uri) => unlock(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('sorot.articles.lockText', (uri?: vscode.Uri) => lock(uri instanceof vscode.Uri ? uri : undefined)),
  );
  void considerActive();

  const readOnly: ReadOnlyArticlesApi = {
    recordOf: (uri) => records.get(uri.toString()),
    keepWritable: (uri) => records.set(uri.toString(), 'user-unlocked'),
    settled: () => queue.then(() => undefined),
  };
  return readOnly;
}

function name(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

/** The first time Sorot locks an article, says why and how to edit anyway. */
function explainOnce(context: vscode.ExtensionContext, uri: vscode.Uri): void {
  if (context.globalState.get<boolean>(EXPLAINED_KEY)) return;
  void context.globalState.update(EXPLAINED_KEY, true);
  const unlockLabel = vscode.l10n.t('Unlock Editing');
  const settingsLabel = vscode.l10n.t('Settings');
  void vscode.window
    .showInformationMessage(
      vscode.l10n.t(
        '{0} is read-only: Sorot keeps the text of corpus articles unchanged so that a stray key cannot alter what you annotate. Annotating works as usual. To edit the text, unlock it (lock button in the editor title, or "Sorot: Unlock Article Text for Editing").',
        name(uri),
      ),
      unlockLabel,
      settingsLabel,
    )
    .then((choice) => {
      if (choice === unlockLabel) void vscode.commands.executeCommand('sorot.articles.unlockText', uri);
      else if (choice === settingsLabel) void vscode.commands.executeCommand('workbench.action.openSettings', 'sorot.articles.readOnly');
    });
}
