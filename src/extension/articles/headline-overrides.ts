// The headlines the researcher set, per workspace folder (.sorot/articles.json, format in
// src/core/articles/headline-overrides.ts): read at start and whenever the file changes,
// written atomically, and never over a file that cannot be read or parsed — the user
// gets the reason and a button to open it instead.
import * as vscode from 'vscode';
import {
  ARTICLES_FILE, headlinesOf, parseArticlesFile, serializeArticlesFile, withHeadline,
} from '../../core/articles/headline-overrides';
import { decodeJsonText, encodeUtf8 } from '../../core/annotations/text-decoding';
import { atomicWrite } from '../../core/fs/atomic-write';
import { VscodeFileSystem } from '../services/vscode-fs';
import { serialRerun } from '../../core/async/serial-rerun';
import { watchSorotFile } from '../sorot-file-watch';

export class HeadlineOverrides implements vscode.Disposable {
  /** Workspace folder URI -> relative path -> headline. */
  private byFolder = new Map<string, ReadonlyMap<string, string>>();
  /** Problems already shown, so a broken file warns once, not at every change. */
  private readonly warned = new Set<string>();
  private loading: Promise<void>;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.emitter.event;
  /** One read of the files at a time, so a slower earlier read never puts back older headlines. */
  private readonly rerun = serialRerun(() => this.readAll());

  constructor() {
    this.disposables.push(
      this.emitter,
      watchSorotFile(`**/${ARTICLES_FILE}`, '**/.sorot', () => this.reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
    );
    this.loading = this.reload();
  }

  /** Resolves once the files read at start (or by the latest reload) are in. */
  ready(): Promise<void> {
    return this.loading;
  }

  /** The headline set for `relativePath` (as the Articles view spells it) in `folder`. */
  headlineOf(folder: vscode.WorkspaceFolder, relativePath: string): string | undefined {
    return this.byFolder.get(folder.uri.toString())?.get(relativePath);
  }

  /** Reads every folder's file again: at start, on the watcher's events, after a write. */
  reload(): Promise<void> {
    this.loading = this.rerun();
    return this.loading;
  }

  /** Fires onDidChange only when some headline changed: the watcher's confirming read
   *  of an unchanged file refreshes nothing. */
  private async readAll(): Promise<void> {
    const next = new Map<string, ReadonlyMap<string, string>>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const read = await readArticlesFile(fileIn(folder));
      const parsed = 'problem' in read ? read : parseArticlesFile(read.text);
      if ('problem' in parsed || !parsed.ok) {
        const reason = 'problem' in parsed ? parsed.problem : parsed.error;
        this.warnOnce(vscode.l10n.t('Sorot ignores the headlines in {0}: {1}. The file was not changed.', shown(fileIn(folder)), reason));
        continue;
      }
      next.set(folder.uri.toString(), headlinesOf(parsed.file));
    }
    if (sameHeadlines(this.byFolder, next)) return;
    this.byFolder = next;
    this.emitter.fire();
  }

  /** Sets (or, with undefined, removes) the headline of `article`; false when not written. */
  async set(article: vscode.Uri, headline: string | undefined): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (!folder) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not in a workspace folder: a headline is stored in the folder’s {1}.', article.path.split('/').pop() ?? article.toString(), ARTICLES_FILE));
      return false;
    }
    const uri = fileIn(folder);
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Sorot does not write {0} in an untrusted workspace.', shown(uri)));
      return false;
    }
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) {
      void offerToOpen(uri, vscode.l10n.t('{0} has unsaved changes. Save or revert them, then try again.', shown(uri)));
      return false;
    }
    const read = await readArticlesFile(uri);
    if ('problem' in read) {
      void offerToOpen(uri, vscode.l10n.t('Sorot cannot read {0} ({1}); it was not changed.', shown(uri), read.problem));
      return false;
    }
    const parsed = parseArticlesFile(read.text);
    if (!parsed.ok) {
      void offerToOpen(uri, vscode.l10n.t('Sorot cannot change {0}: {1}. Fix the file first; it was not changed.', shown(uri), parsed.error));
      return false;
    }
    const text = serializeArticlesFile(withHeadline(parsed.file, vscode.workspace.asRelativePath(article, false), headline));
    const unchanged = text === read.text || (read.text === undefined && headline === undefined);
    if (!unchanged) {
      try {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await atomicWrite(new VscodeFileSystem(), uri.toString(), encodeUtf8(text));
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Sorot could not write {0}: {1}', shown(uri), e instanceof Error ? e.message : String(e)));
        return false;
      }
    }
    await this.reload();
    return true;
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    void vscode.window.showWarningMessage(message);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function fileIn(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ARTICLES_FILE);
}

function shown(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** The file's text (undefined: no file yet) or why it cannot be read. */
async function readArticlesFile(uri: vscode.Uri): Promise<{ text: string | undefined } | { problem: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { text: undefined };
    return { problem: e instanceof Error ? e.message : String(e) };
  }
  const decoded = decodeJsonText(bytes);
  return decoded.ok ? { text: decoded.text } : { problem: decoded.error.message };
}

async function offerToOpen(uri: vscode.Uri, message: string): Promise<void> {
  const openLabel = vscode.l10n.t('Open {0}', ARTICLES_FILE);
  const choice = await vscode.window.showErrorMessage(message, openLabel);
  if (choice === openLabel) await vscode.window.showTextDocument(uri);
}

function sameHeadlines(a: ReadonlyMap<string, ReadonlyMap<string, string>>, b: ReadonlyMap<string, ReadonlyMap<string, string>>): boolean {
  if (a.size !== b.size) return false;
  for (const [folder, headlines] of a) {
    const other = b.get(folder);
    if (!other || other.size !== headlines.size) return false;
    for (const [path, headline] of headlines) if (other.get(path) !== headline) return false;
  }
  return true;
}
