// Keeps the list of articles current and serves it to the Articles tree. The first scan
// happens when the view (or a test) first asks, not at activation. Afterwards a file
// watcher keeps it up to date: saving an article re-reads only that file, new files
// trigger a (debounced) rescan, deletions are dropped without any I/O.
import * as vscode from 'vscode';
import {
  articleItem, buildFolderNodes, contributedItem, contributedNodes, folderItem,
  type ArticleNode, type ArticlesNode, type FolderNode,
} from './articles-tree';
import type { ArticleContributor, ArticlesFilter } from './contributors';
import { fileNamePattern } from './glob-name';
import { NewFolderWatchers } from './new-folder-watchers';
import { listedEntry, readEntry, scanArticles, type ArticleEntry } from './scan';
import { DisposableStore } from '../disposables';
import { readCorpusSettings, type WorkspaceCorpusScope } from '../language/corpus-scope';

const WATCH_DEBOUNCE_MS = 250;

/** Headlines the researcher set, shown instead of the rule's (headline-overrides.ts). */
export interface HeadlineSource {
  headlineOf(folder: vscode.WorkspaceFolder, relativePath: string): string | undefined;
  readonly onDidChange: vscode.Event<void>;
}

export class ArticlesProvider implements vscode.TreeDataProvider<ArticlesNode>, vscode.Disposable {
  private entries = new Map<string, ArticleEntry>();
  private folders: FolderNode[] = [];
  private readonly contributors: ArticleContributor[] = [];
  private scan: Promise<void> | undefined;
  /** Resolves when the running scan has listed the files (before reading them): the
   *  tree paints then, with file names, and headlines fill in as they are read. */
  private listed: Promise<void> | undefined;
  private scanCancel: vscode.CancellationTokenSource | undefined;
  private readonly watchers = new DisposableStore();
  /** Folders created since: the workspace watcher may not see inside them (new-folder-watchers.ts). */
  private newFolders: NewFolderWatchers | undefined;
  private watchedGlob: string | undefined;
  private readonly disposables = new DisposableStore();
  private readonly changed = new vscode.EventEmitter<ArticlesNode | undefined>();
  private readonly pendingReads = new Map<string, vscode.Uri>();
  private pendingRescan = false;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** Why the last scan failed (e.g. an invalid glob), shown as the view's message. */
  lastError: string | undefined;
  private filterState: ArticlesFilter = {};

  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly scope: WorkspaceCorpusScope,
    private readonly headlines?: HeadlineSource,
  ) {
    if (headlines) this.disposables.push(headlines.onDidChange(() => this.rebuild()));
    this.disposables.push(
      this.changed,
      // corpus settings, files.exclude, workspace folders, export folders
      scope.onDidChange(() => void this.refresh()),
    );
  }

  /** Resolves once the first scan (or the running rescan) is done. */
  ready(): Promise<void> {
    if (!this.scan) void this.refresh();
    return this.scan as Promise<void>;
  }

  /** Full rescan; a rescan started meanwhile supersedes this one. */
  refresh(): Promise<void> {
    this.scanCancel?.cancel();
    const cancel = (this.scanCancel = new vscode.CancellationTokenSource());
    const include = readCorpusSettings(vscode.workspace.workspaceFolders?.[0]).include;
    this.watch(include);
    let markListed: () => void = () => undefined;
    this.listed = this.entries.size === 0 ? new Promise<void>((resolve) => (markListed = resolve)) : undefined;
    const onListed = (uris: readonly vscode.Uri[]): void => {
      if (!cancel.token.isCancellationRequested && this.listed && this.entries.size === 0) {
        const listed = uris.map(listedEntry).filter((e): e is ArticleEntry => e !== undefined);
        this.entries = new Map(listed.map((e) => [e.uri.toString(), e]));
        this.rebuild();
      }
      markListed();
    };
    this.scan = (async () => {
      try {
        const found = await scanArticles(this.scope, cancel.token, onListed);
        if (cancel.token.isCancellationRequested) return;
        this.entries = new Map(found.map((e) => [e.uri.toString(), e]));
        this.lastError = undefined;
      } catch (e) {
        if (cancel.token.isCancellationRequested) return;
        this.entries.clear();
        this.lastError = vscode.l10n.t('Could not list articles with the glob “{0}”: {1}', include, (e as Error).message);
      }
      this.rebuild();
    })().finally(markListed);
    return this.scan;
  }

  /** Articles in display order. */
  async articles(): Promise<ArticleEntry[]> {
    await this.ready();
    return this.folders.flatMap((f) => f.articles.map((a) => a.entry));
  }

  /** The tree node of an article, e.g. to reveal it. */
  async nodeFor(uri: vscode.Uri): Promise<ArticleNode | undefined> {
    await this.ready();
    const id = `article:${uri.toString()}`;
    for (const f of this.folders) {
      const hit = f.articles.find((a) => a.id === id);
      if (hit) return hit;
    }
    return undefined;
  }

  addContributor(contributor: ArticleContributor): vscode.Disposable {
    if (this.contributors.some((c) => c.id === contributor.id)) throw new Error(`an Articles contributor "${contributor.id}" is already registered`);
    this.contributors.push(contributor);
    const sub = contributor.onDidChange?.((uri) => void this.fireFor(uri));
    this.changed.fire(undefined);
    return new vscode.Disposable(() => {
      sub?.dispose();
      this.contributors.splice(this.contributors.indexOf(contributor), 1);
      this.changed.fire(undefined);
    });
  }

  get filter(): ArticlesFilter {
    return { ...this.filterState };
  }

  /** Shows only the articles matching `filter` (an empty filter shows all). */
  setFilter(filter: ArticlesFilter): void {
    const text = filter.text?.trim();
    this.filterState = { ...(text ? { text } : {}), ...(filter.status ? { status: filter.status } : {}) };
    this.changed.fire(undefined);
  }

  async getChildren(node?: ArticlesNode): Promise<ArticlesNode[]> {
    if (!node) {
      // First paint as soon as the files are listed; a later rebuild replaces the rows.
      // Only for a scan of an empty list; later rescans keep their full-list behaviour.
      if (!this.scan) void this.refresh();
      if (this.listed) await Promise.race([this.scan, this.listed]);
      else await this.ready();
      if (!this.filterState.text && !this.filterState.status) return this.folders;
      const kept = await Promise.all(this.folders.map(async (f) => ((await this.matchingArticles(f)).length > 0 ? f : undefined)));
      return kept.filter((f): f is FolderNode => f !== undefined);
    }
    if (node.kind === 'folder') return this.matchingArticles(node);
    if (node.kind === 'article') {
      const lists = await Promise.all(
        this.contributors.map(async (c) => (c.childrenOf ? contributedNodes(c.id, node, await c.childrenOf(node.entry)) : [])),
      );
      return lists.flat();
    }
    return node.child.children ? contributedNodes(node.contributorId, node, await node.child.children()) : [];
  }

  getTreeItem(node: ArticlesNode): vscode.TreeItem {
    if (node.kind === 'folder') return folderItem(node);
    if (node.kind === 'contributed') return contributedItem(node);
    const item = articleItem(node, this.contributors.some((c) => c.childrenOf));
    for (const c of this.contributors) c.decorateArticle?.(node.entry, item);
    return item;
  }

  private async matchingArticles(folder: FolderNode): Promise<ArticleNode[]> {
    const { text, status } = this.filterState;
    if (!text && !status) return folder.articles;
    const needle = text?.toLocaleLowerCase();
    const hits = await Promise.all(
      folder.articles.map(async (a) => {
        if (needle) {
          const hay = [a.entry.headline ?? '', a.entry.relativePath, ...this.contributors.map((c) => c.searchText?.(a.entry) ?? '')];
          if (!hay.some((h) => h.toLocaleLowerCase().includes(needle))) return false;
        }
        if (status && !this.contributors.some((c) => c.states?.(a.entry).includes(status))) {
          let s: string | undefined;
          for (const c of this.contributors) s ??= await c.statusOf?.(a.entry);
          if ((s ?? 'not-started') !== status) return false;
        }
        return true;
      }),
    );
    return folder.articles.filter((_, i) => hits[i]);
  }

  getParent(node: ArticlesNode): ArticlesNode | undefined {
    return node.kind === 'folder' ? undefined : node.parent;
  }

  private rebuild(): void {
    this.folders = buildFolderNodes([...this.entries.values()].map((e) => this.withSetHeadline(e)));
    this.changed.fire(undefined);
  }

  private withSetHeadline(entry: ArticleEntry): ArticleEntry {
    const set = this.headlines?.headlineOf(entry.workspaceFolder, entry.relativePath);
    return set === undefined ? entry : { ...entry, headline: set, ruledHeadline: entry.headline ?? '' };
  }

  private async fireFor(uri: vscode.Uri | undefined): Promise<void> {
    const node = uri ? await this.nodeFor(uri) : undefined;
    this.changed.fire(node);
  }

  private watch(glob: string): void {
    // Kept across rescans: a watcher made anew is live only once the workbench has set it
    // up, and a file created in that gap would never be reported.
    if (glob === this.watchedGlob) return;
    this.watchers.clear();
    this.watchedGlob = glob;
    const articles = vscode.workspace.createFileSystemWatcher(glob);
    // A deleted folder is reported once, as the folder, which an article glob such as
    // **/*.txt never matches. A new folder, too, may come with files the disk watcher
    // never reports one by one (they were written before it watched the folder).
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    const rescan = () => this.schedule(() => (this.pendingRescan = true));
    this.newFolders = new NewFolderWatchers(fileNamePattern(glob), {
      created: rescan,
      changed: (uri) => this.schedule(() => this.pendingReads.set(uri.toString(), uri)),
      deleted: (uri) => this.forget(uri),
      settled: rescan,
    });
    this.watchers.push(
      this.newFolders,
      articles,
      folders,
      articles.onDidCreate(() => this.schedule(() => (this.pendingRescan = true))),
      articles.onDidChange((uri) => this.schedule(() => this.pendingReads.set(uri.toString(), uri))),
      folders.onDidCreate((uri) => void this.rescanIfFolder(uri)),
      folders.onDidDelete((uri) => this.forget(uri)),
    );
  }

  private async rescanIfFolder(uri: vscode.Uri): Promise<void> {
    try {
      if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) {
        this.schedule(() => (this.pendingRescan = true));
        await this.newFolders?.add(uri);
      }
    } catch {
      // gone again (e.g. the temporary file of an atomic save): nothing to list
    }
  }

  private schedule(record: () => void): void {
    record();
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = setTimeout(() => void this.flush(), WATCH_DEBOUNCE_MS);
  }

  private async flush(): Promise<void> {
    this.flushTimer = undefined;
    if (this.pendingRescan) {
      this.pendingRescan = false;
      this.pendingReads.clear();
      await this.refresh();
      return;
    }
    const pending = [...this.pendingReads.values()];
    this.pendingReads.clear();
    // A file created a moment ago is known only once the rescan it started is done; that
    // rescan may have read the file before this change, so it is read again afterwards.
    await this.scan;
    const uris = pending.filter((u) => this.entries.has(u.toString()));
    if (uris.length === 0) return;
    for (const uri of uris) {
      const entry = await readEntry(uri);
      if (entry) this.entries.set(uri.toString(), entry);
      else this.entries.delete(uri.toString());
    }
    this.rebuild();
  }

  private forget(uri: vscode.Uri): void {
    this.newFolders?.remove(uri);
    const key = uri.toString();
    const prefix = key.endsWith('/') ? key : `${key}/`;
    let removed = false;
    for (const k of [...this.entries.keys()]) {
      if (k === key || k.startsWith(prefix)) {
        this.entries.delete(k);
        removed = true;
      }
    }
    if (removed) this.rebuild();
  }

  dispose(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.scanCancel?.cancel();
    this.watchers.dispose();
    this.disposables.dispose();
  }
}
