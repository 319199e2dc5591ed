// The corpus scope in the workspace: which files are news articles, decided by the one
// pure module src/core/corpus/scope.ts from the `sorot.corpus.*` settings, VS Code's
// `files.exclude` and the folders Sorot exported to. The Articles view, the corpus index,
// the language association (so highlights and annotations), the export and the
// agreement report all list and test articles through one WorkspaceCorpusScope.
// In a workspace nobody marked as a corpus (Sorot woken there by "This File Only", a view
// or a command) that scope holds the files the researcher opened as articles, and only
// those are articles, until the settings mark the workspace a corpus. The list is kept in
// the workspaceState (file-only-memory.ts), so the next window starts with it
// (corpus-start.ts), whatever annotation files the researcher wrote since.
import * as vscode from 'vscode';
import {
  corpusFoldersOf, corpusScope, corpusSettings, exportFolderOf, namesFolders, normaliseFolder, EXPORT_MANIFEST,
  type CorpusScope, type CorpusSettings,
} from '../../core/corpus/scope';
import { walkCorpus, type CorpusListing, type DirectoryReader } from '../../core/corpus/walk-corpus';
import { KeptScopes } from '../../core/corpus/kept-scopes';
import { DisposableStore } from '../disposables';
import { hostSlices } from '../event-loop';
import { fileExists, fileIsGone } from '../file-exists';
import { sortInSlices } from '../../core/incremental/time-slices';
import { ContextKey } from '../context-key';
import { affectsCorpusMarks, workspaceSettingsMarkCorpus } from './corpus-marks';
import type { FileOnlyList } from '../../core/corpus/corpus-start';
import { rememberedFileOnly, rememberFileOnly } from './file-only-memory';
import { followOpenedFiles } from './follow-opened';

export const ARTICLE_LANGUAGE = 'sorot-article';
/** Context key, true while the workspace is no corpus (Sorot asleep, or woken there and
 *  counting only the files opened as articles): the Articles view's welcome offers
 *  "Use Folder as Corpus" (package.json viewsWelcome). */
export const OPENED_ONLY_KEY = 'sorot.corpus.openedOnly';
/** findArticles' slices: as the corpus service's (8 ms: a window's first listing feeds
 *  the warm reopen and the first paint, corpus-service.ts SLICE_MS says why not 4). */
const FIND_SLICE_MS = 8;
/** The clock is read every 8 checks: a collator comparison of two URIs costs up to 30 µs. */
const FIND_CLOCK_EVERY = 8;

/** Settings whose change changes the scope. */
export function affectsCorpusScope(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('sorot.corpus') || e.affectsConfiguration('sorot.articles.glob') || e.affectsConfiguration('sorot.articles.exclude') || e.affectsConfiguration('files.exclude');
}

/** The value a setting was given anywhere (not its default), or undefined. */
function setValue<T>(section: vscode.WorkspaceConfiguration, key: string): T | undefined {
  const i = section.inspect<T>(key);
  return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
}

/** The corpus settings of one workspace folder. Until migration.ts has moved them, the
 *  former `sorot.articles.glob` / `sorot.articles.exclude` still count. In a workspace of
 *  several folders, a folder whose settings name no corpus folder holds no article while
 *  another folder's own settings name some (corpusFoldersOf: marking folder A writes A's
 *  settings, and folder B stays out). */
export function readCorpusSettings(folder?: vscode.WorkspaceFolder): CorpusSettings {
  const corpus = vscode.workspace.getConfiguration('sorot.corpus', folder?.uri);
  const articles = vscode.workspace.getConfiguration('sorot.articles', folder?.uri);
  const values = corpus.inspect<unknown>('folders');
  const otherFolderMarked = folder !== undefined && (vscode.workspace.workspaceFolders ?? []).some((other) =>
    other.uri.toString() !== folder.uri.toString() && namesFolders(vscode.workspace.getConfiguration('sorot.corpus', other.uri).inspect<unknown>('folders')?.workspaceFolderValue));
  return corpusSettings({
    folders: corpusFoldersOf(
      { own: values?.workspaceFolderValue, workspace: values?.workspaceValue, user: values?.globalValue },
      (entry) => (folder ? relativeFolder(folder, entry) : entry),
      otherFolderMarked,
    ),
    include: setValue(corpus, 'include') ?? setValue(articles, 'glob'),
    exclude: setValue(corpus, 'exclude') ?? setValue(articles, 'exclude'),
    filesExclude: vscode.workspace.getConfiguration('files', folder?.uri).get('exclude'),
  });
}

/** A folder setting relative to the workspace folder; an absolute path outside it: undefined. */
function relativeFolder(folder: vscode.WorkspaceFolder, setting: string): string | undefined {
  if (!/^([a-zA-Z]:[\\/]|\/)/.test(setting)) return normaliseFolder(setting);
  const abs = normaliseFolder(vscode.Uri.file(setting).path).toLowerCase();
  const root = folder.uri.path.replace(/\/$/, '');
  if (abs === root.toLowerCase()) return '';
  return abs.startsWith(`${root.toLowerCase()}/`) ? normaliseFolder(vscode.Uri.file(setting).path.slice(root.length + 1)) : undefined;
}

/** `uri`'s path relative to its workspace folder, or undefined outside the workspace. */
export function workspacePath(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const root = folder.uri.path.replace(/\/$/, '');
  return { folder, path: uri.path.slice(root.length + 1) };
}

export class WorkspaceCorpusScope implements vscode.Disposable {
  /** Per workspace folder (its URI): folders holding an export manifest. */
  private readonly exportFolders = new Map<string, Set<string>>();
  /** scopeOf's scopes, made again after a change of the settings or the folders. */
  private readonly kept = new KeptScopes();
  private loaded: Promise<void> | undefined;
  /** ready()'s listings of local folders, for the listings that waited for them. */
  private readyListings: { done: boolean; byFolder: Map<string, CorpusListing> } | undefined;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables = new DisposableStore();
  /** Fires when the set of articles may have changed: settings, export folders, a file
   *  opened as an article in a workspace that is no corpus. */
  readonly onDidChange = this.emitter.event;
  /** Per workspace folder (its URI): the files (relative paths) opened as articles, while
   *  the workspace is no corpus; undefined once it is one (or was one from the start). */
  private opened: Map<string, Set<string>> | undefined;
  /** For the Articles view's welcome (package.json viewsWelcome): only opened files count. */
  private readonly openedOnlyKey = new ContextKey(OPENED_ONLY_KEY, false);
  /** Where the opened files are remembered for the next windows (the workspaceState). */
  private readonly fileOnlyState: vscode.Memento | undefined;
  /** While only opened files count: they follow renames and deletions (follow-opened.ts). */
  private readonly following = new DisposableStore();

  /** `localFolders`: directory reads on this host's disk (desktop.ts gives Node's). The
   *  folders of `file:` workspace folders are then listed by walkCorpus instead of
   *  findFiles: the same files, at 100,000 articles in 0.15 s instead of seconds.
   *  `limited`: the workspace is no corpus (corpus-start.ts), so the articles are the
   *  files opened as articles (`files`: those of earlier windows) until the settings mark
   *  a corpus; each file opened as an article is remembered in `state`. */
  constructor(private readonly localFolders?: DirectoryReader, limited?: { files: FileOnlyList; state: vscode.Memento }) {
    this.fileOnlyState = limited?.state;
    if (limited) {
      this.opened = new Map(Object.entries(limited.files).map(([folder, files]) => [folder, new Set(files.map(normaliseFolder))]));
      void this.openedOnlyKey.set(true); // as the sleeping Sorot set it (until-corpus.ts)
      this.following.add(followOpenedFiles({ opened: () => this.openedFiles(), replaceOpened: (list) => this.replaceOpened(list), onDidChange: this.onDidChange }));
    } else {
      // a Sorot that slept here set it (until-corpus.ts) and woke in a corpus (a setting
      // marked one): the Articles view's welcome is a corpus's
      void this.openedOnlyKey.set(false);
    }
    const manifests = vscode.workspace.createFileSystemWatcher(`**/${EXPORT_MANIFEST}`, false, true, false);
    this.disposables.push(
      this.emitter,
      this.following,
      manifests,
      manifests.onDidCreate((u) => this.manifestChanged(u, true)),
      manifests.onDidDelete((u) => void this.manifestGone(u)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        const marked = this.opened !== undefined && affectsCorpusMarks(e) && workspaceSettingsMarkCorpus();
        if (marked) this.endOpenedOnly();
        if (!marked && !affectsCorpusScope(e)) return;
        this.kept.forget();
        this.emitter.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.kept.forget();
        this.loaded = undefined;
        void this.ready().then(() => this.emitter.fire());
      }),
    );
  }

  /** True while only the files opened as articles are articles (no corpus marked yet). */
  get openedOnly(): boolean {
    return this.opened !== undefined;
  }

  /** The researcher opened `uri` as an article ("This File Only", "Open Current File as
   *  News Article", the language picker): in a workspace that is no corpus it joins the
   *  articles (the views hear of it); in a corpus the settings alone decide. */
  openedAsArticle(uri: vscode.Uri): void {
    const where = workspacePath(uri);
    if (!this.opened || !where) return;
    const key = where.folder.uri.toString();
    const files = this.opened.get(key) ?? new Set<string>();
    const path = normaliseFolder(where.path);
    if (files.has(path)) return;
    this.opened.set(key, files.add(path));
    this.openedChanged();
  }

  /** The files opened as articles are now `list` (they were renamed or deleted). */
  private replaceOpened(list: FileOnlyList): void {
    if (!this.opened) return;
    this.opened = new Map(Object.entries(list).map(([folder, files]) => [folder, new Set(files)]));
    this.openedChanged();
  }

  private openedChanged(): void {
    // the researcher's choice holds in the next windows too (corpus-start.ts)
    if (this.fileOnlyState) void rememberFileOnly(this.fileOnlyState, this.openedFiles());
    this.kept.forget();
    this.emitter.fire();
  }

  /** True while only opened files count and one of them is an article (those the
   *  Articles view lists, when they are on disk: a deleted one leaves the list,
   *  follow-opened.ts). Synchronous, so what depends on it always reads the scope as it is. */
  listsOpenedArticles(): boolean {
    if (!this.opened) return false;
    return (vscode.workspace.workspaceFolders ?? []).some((folder) => {
      const scope = this.scopeOf(folder);
      return (scope.opened ?? []).some((path) => scope.isArticle(path));
    });
  }

  /** The files opened as articles while the workspace is no corpus, per workspace folder
   *  (what the next window starts with); undefined in a corpus. */
  private openedFiles(): FileOnlyList | undefined {
    return this.opened && Object.fromEntries([...this.opened].map(([folder, files]) => [folder, [...files]]));
  }

  /** The file-only list the workspaceState holds for the next windows (none in a corpus). */
  rememberedFiles(): FileOnlyList | undefined {
    return this.fileOnlyState && rememberedFileOnly(this.fileOnlyState);
  }

  /** The settings now mark a corpus: they alone decide, the folders are walked (the
   *  caller fires the change) and the remembered list is forgotten. */
  private endOpenedOnly(): void {
    this.opened = undefined;
    this.following.clear();
    // the researcher changed their mind: the next windows read the corpus by the settings
    if (this.fileOnlyState) void rememberFileOnly(this.fileOnlyState, undefined);
    this.loaded = undefined;
    void this.openedOnlyKey.set(false);
  }

  /** Resolves once the export folders of the workspace are known. Nothing to wait for
   *  while only opened files count: a workspace that is no corpus is not walked. */
  ready(): Promise<void> {
    if (this.opened) return Promise.resolve();
    this.loaded ??= (async () => {
      this.readyListings = undefined;
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.every((f) => this.isLocal(f))) {
        // The walk notes the export folders it passes (those the settings do not leave out).
        this.exportFolders.clear();
        this.kept.forget();
        const listings = { done: false, byFolder: new Map<string, CorpusListing>() };
        this.readyListings = listings;
        for (const folder of folders) listings.byFolder.set(folder.uri.toString(), await this.walk(folder, corpusScope(readCorpusSettings(folder))));
        listings.done = true;
        // Kept for the listings already waiting (they resume before any timer), then dropped.
        setTimeout(() => {
          if (this.readyListings === listings) this.readyListings = undefined;
        }, 0);
        return;
      }
      const found = await vscode.workspace.findFiles(`**/${EXPORT_MANIFEST}`, '**/node_modules/**');
      this.exportFolders.clear();
      this.kept.forget();
      for (const u of found) this.knowExportFolder(vscode.Uri.joinPath(u, '..'));
    })();
    return this.loaded;
  }

  /** Records `folder` as an export folder, without a change event: the callers know no
   *  article leaves the scope by it. ready() and the walk list with it; the export command
   *  calls this before it writes, so no copy is ever listed in between, and an event would
   *  make the corpus index and the Articles view list and check every article again while
   *  the export runs (at 100,000 articles, a block of 813 ms of stats). */
  knowExportFolder(folder: vscode.Uri): void {
    const where = workspacePath(folder);
    if (where) this.record(where, normaliseFolder(where.path), true);
  }

  /** A manifest appeared or went (the watcher): its folder's articles leave or rejoin
   *  the scope, so the views hear of it. */
  private manifestChanged(manifest: vscode.Uri, present: boolean): void {
    const where = workspacePath(manifest);
    const folder = where && exportFolderOf(where.path);
    if (where && folder !== undefined && this.record(where, folder, present)) this.emitter.fire();
  }

  /** A manifest the watcher reports deleted, once the disk confirms it. File watchers
   *  report a file replaced by a rename (the export's atomic write of its manifest, at
   *  its end) as deleted at times, before or without its creation. Trusted as is, such
   *  an event forgets the folder while copies are renamed into it, and a copy checked
   *  in that moment joins the corpus (four copies were in the corpus index once in the
   *  integration suite's corpus-scope point 7, under load). */
  private async manifestGone(manifest: vscode.Uri): Promise<void> {
    if (await fileIsGone(manifest)) this.manifestChanged(manifest, false);
  }

  /** Adds or removes `folder` (relative to its workspace folder); true when that changed
   *  what is known. */
  private record(where: { folder: vscode.WorkspaceFolder }, folder: string, present: boolean): boolean {
    const key = where.folder.uri.toString();
    const set = this.exportFolders.get(key) ?? new Set<string>();
    if (present === set.has(folder)) return false;
    if (present) set.add(folder);
    else set.delete(folder);
    this.exportFolders.set(key, set);
    this.kept.forget();
    return true;
  }

  /** The scope of one workspace folder with what is known now (see ready()): made once,
   *  again after a change of the settings or the folders (kept-scopes.ts says why). */
  scopeOf(folder: vscode.WorkspaceFolder): CorpusScope {
    const key = folder.uri.toString();
    return this.kept.of(key, () => corpusScope(readCorpusSettings(folder), [...(this.exportFolders.get(key) ?? [])], this.opened && [...(this.opened.get(key) ?? [])]));
  }

  /** True when `uri` is an article (synchronous: export folders as known now). */
  isArticle(uri: vscode.Uri): boolean {
    const where = workspacePath(uri);
    return where !== undefined && this.scopeOf(where.folder).isArticle(where.path);
  }

  /** Every article of the workspace, or of the folder (or file) `under`, sorted. */
  async findArticles(under?: vscode.Uri, token?: vscode.CancellationToken, sorted = true): Promise<vscode.Uri[]> {
    // Matching 10,000 paths against the globs takes 10-15 ms, 100,000 a second or more:
    // in slices, counted by the paths tested (a folder of non-articles counts too).
    const slices = hostSlices(FIND_SLICE_MS, FIND_CLOCK_EVERY);
    const found = await this.listArticles(under, token, slices);
    if (!sorted) return [...found.values()];
    // A collator compares as localeCompare does, without its per-call set-up.
    const collator = new Intl.Collator();
    return (await sortInSlices([...found.entries()], (a, b) => collator.compare(a[0], b[0]), slices)).map(([, uri]) => uri);
  }

  /** findArticles' articles, unsorted, by their URI strings (the corpus index's ids): the
   *  corpus service takes this map as it is instead of making the 100,000 strings and
   *  map entries of a large corpus again. */
  async listArticles(under?: vscode.Uri, token?: vscode.CancellationToken, slices = hostSlices(FIND_SLICE_MS, FIND_CLOCK_EVERY)): Promise<Map<string, vscode.Uri>> {
    // A listing asked for while ready() walks the folders (a window's start: the corpus
    // index and the Articles view) takes that walk's files instead of walking again: it
    // lists what the folders held during the wait, as a walk of its own would. ready()'s
    // walk leaves out fewer folders (no export folders yet); isArticle leaves them out.
    const pending = this.readyListings?.done === false ? this.readyListings : undefined;
    const starting = this.loaded === undefined;
    await this.ready();
    const shared = pending ?? (starting ? this.readyListings : undefined);
    const found = new Map<string, vscode.Uri>();
    const underPath = under ? `${under.path.replace(/\/$/, '')}/` : undefined;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (under && vscode.workspace.getWorkspaceFolder(under)?.uri.toString() !== folder.uri.toString()) continue;
      const limited = this.scopeOf(folder);
      if (limited.opened) {
        // the files opened as articles, those still there; the folder is not walked
        for (const path of limited.opened) {
          const uri = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
          if (underPath && uri.path !== under?.path && !uri.path.startsWith(underPath)) continue;
          if (limited.isArticle(path) && (await fileExists(uri))) found.set(uri.toString(), uri);
        }
        continue;
      }
      if (this.isLocal(folder)) {
        const files = (shared?.byFolder.get(folder.uri.toString()) ?? (await this.walk(folder, this.scopeOf(folder), slices))).files;
        // No pause here: the walk took the folders' entries in these slices, so the
        // listing goes on within the budget of the walk's last slice (a walk shared with
        // ready() was waited for: the first check's clock says the slice is spent).
        const scope = this.scopeOf(folder); // with the export folders the walk found
        for (const path of files) {
          if (slices.due()) await slices.next();
          if (!scope.isArticle(path)) continue;
          const uri = vscode.Uri.joinPath(folder.uri, ...path.split('/'));
          if (underPath && uri.path !== under?.path && !uri.path.startsWith(underPath)) continue;
          found.set(uri.toString(), uri);
        }
        continue;
      }
      const scope = this.scopeOf(folder);
      for (const glob of scope.listGlobs()) {
        const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), scope.excludeGlob(), undefined, token);
        await slices.afterWait(); // the wait for the list was no work of this thread
        for (const uri of uris) {
          if (slices.due()) await slices.next();
          if (underPath && uri.path !== under?.path && !uri.path.startsWith(underPath)) continue;
          if (scope.isArticle(workspacePath(uri)?.path ?? '')) found.set(uri.toString(), uri);
        }
      }
    }
    return found;
  }

  private isLocal(folder: vscode.WorkspaceFolder): boolean {
    return this.localFolders !== undefined && folder.uri.scheme === 'file';
  }

  /** Reads `folder`'s tree, leaving out what `scope` leaves out, and notes the export
   *  folders found (without firing: the caller lists with them). */
  private async walk(folder: vscode.WorkspaceFolder, scope: CorpusScope, slices = hostSlices(FIND_SLICE_MS, FIND_CLOCK_EVERY)): Promise<CorpusListing> {
    const listing = await walkCorpus(this.localFolders!, folder.uri.fsPath, (path) => scope.excludesFolder(path), slices);
    for (const exportFolder of listing.exportFolders) this.knowExportFolder(vscode.Uri.joinPath(folder.uri, ...exportFolder.split('/').filter(Boolean)));
    // findFiles passed over such folders in silence; say which (extension host log).
    for (const { folder: rel, reason } of listing.unreadable) console.warn(`Sorot: cannot list ${vscode.Uri.joinPath(folder.uri, rel).fsPath}: ${reason}`);
    return listing;
  }

  /** Glob patterns for file watchers: every article matches one (and maybe other files). */
  watchPatterns(): vscode.RelativePattern[] {
    return (vscode.workspace.workspaceFolders ?? []).flatMap((f) => this.scopeOf(f).listGlobs().map((g) => new vscode.RelativePattern(f, g)));
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

/**
 * "Is this open document an article?" for everything that acts on open editors
 * (highlights, hovers, annotations, the status bar). A document is in the article
 * language when the corpus scope says its file is an article (language/register.ts
 * assigns it) or the researcher chose "Open as Article".
 */
export function isArticleDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === ARTICLE_LANGUAGE;
}

/**
 * A plain-text ".txt" document not read as an article: what "Open Current File as News
 * Article" offers to read as one (the editor title's button says the same with its
 * `resourceExtname == .txt` clause; the Articles view's welcome asks the context key
 * language/plain-txt-key.ts keeps from this).
 */
export function isPlainTxtDocument(doc: vscode.TextDocument): boolean {
  return !doc.isClosed && doc.languageId === 'plaintext' && doc.uri.path.toLowerCase().endsWith('.txt');
}

/**
 * An article document that is a workspace file (read-only locking applies to those):
 * untitled buffers and views of other schemes (git, output) are never locked.
 */
export function isCorpusArticle(doc: vscode.TextDocument): boolean {
  return isArticleDocument(doc) && !doc.isUntitled && vscode.workspace.getWorkspaceFolder(doc.uri) !== undefined;
}
