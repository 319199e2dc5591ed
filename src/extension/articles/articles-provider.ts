// Keeps the list of articles current and serves it to the Articles tree. The first scan
// happens when the view (or a test) first asks, not at activation. Afterwards a file
// watcher keeps it up to date: saving an article re-reads only that file, new files
// trigger a (debounced) rescan, deletions are dropped without any I/O.
import * as vscode from 'vscode';
import {
  articleCountOf, articleItem, articlesOf, articleSortKey, buildFolderNodes, buildGroupNodes, contributedItem, contributedNodes, folderItem, groupItem, rangeItem,
  type ArticleNode, type ArticlesNode, type ContainerNode, type RangeNode,
} from './articles-tree';
import { isArticleGrouping, type ArticleGrouping } from '../../core/articles/group-articles';
import { splitIntoRanges, type KeyRange } from '../../core/articles/split-ranges';
import type { MetadataValues } from '../../core/metadata/types';
import type { ArticleContributor, ArticleEntry, ArticlesFilter } from '../services/article-contributors';
import { fileNamePattern } from '../services/corpus/glob-name';
import { NewFolderWatchers } from '../services/corpus/new-folder-watchers';
import { FolderSweep } from '../../core/corpus/folder-sweep';
import { listedEntry, readEntry, scanArticles } from './scan';
import type { HeadlinesAway } from './headlines-away';
import { DisposableStore } from '../disposables';
import { hostSlices } from '../event-loop';
import type { FolderWatch } from '../services/created-folders';
import { readCorpusSettings, type WorkspaceCorpusScope } from '../services/corpus-scope';

const WATCH_DEBOUNCE_MS = 250;
/** No level of the tree lists more rows than this: longer lists are split into ranges. */
export const MAX_ROWS_PER_LEVEL = 500;
export const GROUP_BY_SETTING = 'groupBy';

/** Outlet and date for grouping (group-metadata.ts); undefined while not known. */
export interface ArticleMetadataSource {
  valuesOf(entry: ArticleEntry): MetadataValues | undefined;
  /** Starts reading what the values need; called once a grouping needs them. */
  load(): Promise<void>;
  readonly onDidChange: vscode.Event<void>;
}

/** The grouping the settings ask for (sorot.articles.groupBy). */
export function configuredGrouping(): ArticleGrouping {
  const value = vscode.workspace.getConfiguration('sorot.articles').get<string>(GROUP_BY_SETTING);
  return isArticleGrouping(value) ? value : 'folder';
}

/** Headlines the researcher set, shown instead of the rule's (headline-overrides.ts). */
export interface HeadlineSource {
  headlineOf(folder: vscode.WorkspaceFolder, relativePath: string): string | undefined;
  readonly onDidChange: vscode.Event<void>;
}

export class ArticlesProvider implements vscode.TreeDataProvider<ArticlesNode>, vscode.Disposable {
  private entries = new Map<string, ArticleEntry>();
  /** The top-level folders or groups, each with all its articles. */
  private containers: ContainerNode[] = [];
  /** Each level's rows as last shown (filtered and split), by the id of its parent node
   *  ('' for the root); cleared when the list, the grouping or the filter changes. */
  private levels = new Map<string, Promise<ArticlesNode[]>>();
  private grouping: ArticleGrouping = configuredGrouping();
  private metadata: ArticleMetadataSource | undefined;
  private readonly metadataSubscription = new DisposableStore();
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
  /** Deleted folders whose articles leave the list, in slices (folder-sweep.ts). */
  private readonly deletedFolders = new FolderSweep({
    keys: () => this.entries.keys(),
    remove: (key) => this.entries.delete(key),
    swept: () => this.rebuild(),
    slices: () => hostSlices(),
  });
  /** Rebuilds started; a sliced one that finishes after a later one started is dropped. */
  private rebuilds = 0;
  /** The sliced rebuild under way, if any: the rows wait for it. */
  private building: Promise<void> | undefined;

  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly scope: WorkspaceCorpusScope,
    /** The workspace's one watcher of created and deleted folders (created-folders.ts). */
    private readonly folders: FolderWatch,
    private readonly headlines?: HeadlineSource,
    /** The desktop's worker thread for the headlines of local files (headlines-away.ts). */
    private readonly away?: HeadlinesAway,
  ) {
    if (headlines) this.disposables.push(headlines.onDidChange(() => this.rebuild()));
    this.disposables.push(
      this.changed,
      this.metadataSubscription,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`sorot.articles.${GROUP_BY_SETTING}`)) this.setGrouping(configuredGrouping());
      }),
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
    let scanned = false;
    const onListed = (uris: readonly vscode.Uri[]): void => {
      if (cancel.token.isCancellationRequested || !this.listed || this.entries.size > 0) {
        markListed();
        return;
      }
      // In slices: placing 10,000 files in their workspace folders took 70 ms in one go.
      void (async () => {
        const slices = hostSlices();
        const listed = new Map<string, ArticleEntry>();
        for (const u of uris) {
          const entry = listedEntry(u);
          if (entry) listed.set(u.toString(), entry);
          if (slices.due()) await slices.next();
        }
        // The scan may have read every file meanwhile: its entries are the better ones.
        if (!cancel.token.isCancellationRequested && !scanned && this.entries.size === 0) {
          this.entries = listed;
          this.rebuild();
        }
      })().finally(markListed);
    };
    this.scan = (async () => {
      try {
        const found = await scanArticles(this.scope, cancel.token, onListed, this.away);
        scanned = true;
        if (cancel.token.isCancellationRequested) return;
        // In slices: 100,000 URIs made keys in one go were part of a block of 142 ms of
        // the thread's CPU at the end of the cold index (editor bench, issue 19).
        const entries = new Map<string, ArticleEntry>();
        const slices = hostSlices();
        for (const e of found) {
          entries.set(e.uri.toString(), e);
          if (slices.due()) await slices.next();
        }
        if (cancel.token.isCancellationRequested) return;
        this.entries = entries;
        this.lastError = undefined;
      } catch (e) {
        scanned = true;
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
    await this.built();
    const out: ArticleEntry[] = [];
    for (const c of this.containers) for (const a of await articlesOf(c, hostSlices())) out.push(a.entry);
    return out;
  }

  get groupBy(): ArticleGrouping {
    return this.grouping;
  }

  /** Groups by folder, outlet, month or not at all (the setting's value, or a test's). */
  setGrouping(grouping: ArticleGrouping): void {
    if (grouping === this.grouping) return;
    this.grouping = grouping;
    if (grouping !== 'folder') void this.metadata?.load();
    this.rebuild();
  }

  /** Where outlet and date come from (the corpus index and the researcher's values). */
  useMetadata(source: ArticleMetadataSource): void {
    this.metadata = source;
    this.metadataSubscription.clear();
    this.metadataSubscription.push(source.onDidChange(() => {
      if (this.grouping === 'outlet' || this.grouping === 'month') this.rebuild();
    }));
    if (this.grouping !== 'folder') void source.load();
    this.rebuild();
  }

  /** The tree node of an article, e.g. to reveal it; its parents are those the tree shows
   *  (the range it is listed in, when its folder or group is split). */
  async nodeFor(uri: vscode.Uri): Promise<ArticleNode | undefined> {
    await this.ready();
    await this.built();
    const id = `article:${uri.toString()}`;
    const wanted = uri.toString();
    for (const container of this.containers) {
      // Only the container holding it is sorted into rows.
      if (!container.entries.some((e) => e.uri.toString() === wanted)) continue;
      const hit = (await articlesOf(container, hostSlices())).find((a) => a.id === id);
      if (!hit) continue;
      await this.getChildren(); // the root's ranges, if any, are the container's parents
      return (await this.findIn(await this.getChildren(container), id)) ?? hit;
    }
    return undefined;
  }

  private async findIn(rows: readonly ArticlesNode[], id: string): Promise<ArticleNode | undefined> {
    for (const row of rows) {
      if (row.kind === 'article' && row.id === id) return row;
      if (row.kind === 'range') {
        const hit = await this.findIn(row.children, id);
        if (hit) return hit;
      }
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
    this.levels.clear();
    this.changed.fire(undefined);
  }

  async getChildren(node?: ArticlesNode): Promise<ArticlesNode[]> {
    if (!node) {
      // First paint as soon as the files are listed; a later rebuild replaces the rows.
      // Only for a scan of an empty list; later rescans keep their full-list behaviour.
      if (!this.scan) void this.refresh();
      if (this.listed) await Promise.race([this.scan, this.listed]);
      else await this.ready();
      await this.built();
      return this.level('', async () => {
        const containers = this.containers;
        const shown = !this.filterState.text && !this.filterState.status
          ? containers
          : (await Promise.all(containers.map(async (f) => ((await this.matchingArticles(f)).length > 0 ? f : undefined)))).filter((f): f is ContainerNode => f !== undefined);
        return this.split(shown, undefined, (c) => (c.kind === 'folder' ? c.label : c.value), 1);
      });
    }
    // VS Code may ask for the children of a row it holds from before a rebuild (it asked
    // for a folder's before the root's): the row of now with that id answers, else the
    // first paint's file names stayed under the folder for good.
    if (node.kind === 'folder' || node.kind === 'group' || node.kind === 'range') {
      await this.built();
      const current = await this.currentRow(node);
      if (!current) return [];
      if (current.kind === 'range') return current.children;
      const minLabel = current.kind === 'group' ? current.minLabel : 1;
      return this.level(current.id, async () => this.split(await this.matchingArticles(current), current, articleSortKey, minLabel));
    }
    if (node.kind === 'article') {
      const lists = await Promise.all(
        this.contributors.map(async (c) => (c.childrenOf ? contributedNodes(c.id, node, await c.childrenOf(node.entry)) : [])),
      );
      return lists.flat();
    }
    return node.child.children ? contributedNodes(node.contributorId, node, await node.child.children()) : [];
  }

  /** The row with `row`'s id in the tree as it is now (undefined: gone since). */
  private async currentRow(row: ContainerNode | RangeNode): Promise<ContainerNode | RangeNode | undefined> {
    if (row.kind !== 'range') return this.containers.find((c) => c.id === row.id);
    // A range is one of the rows of its parent's level (the root's when it has none),
    // which getChildren answers for the parent of now in turn.
    const siblings = await this.getChildren(row.parent);
    return siblings.find((n): n is RangeNode => n.kind === 'range' && n.id === row.id);
  }

  /** A level's rows, computed once per list, grouping and filter. */
  private level(id: string, compute: () => Promise<ArticlesNode[]>): Promise<ArticlesNode[]> {
    let rows = this.levels.get(id);
    if (!rows) {
      const levels = this.levels;
      rows = compute();
      levels.set(id, rows);
      // A failed computation is not kept (the next request tries again).
      rows.catch(() => levels.get(id) === rows && levels.delete(id));
    }
    return rows;
  }

  /** The rows of a level: the items themselves, or ranges of them when there are too many. */
  private split<T extends ArticleNode | ContainerNode>(items: T[], parent: ContainerNode | undefined, keyOf: (item: T) => string, minLabel: number): ArticlesNode[] {
    const ranges = splitIntoRanges(items, MAX_ROWS_PER_LEVEL, keyOf, minLabel);
    const place = (item: T, under: ContainerNode | RangeNode | undefined): T => {
      if (item.kind === 'article') item.parent = under ?? (parent as ContainerNode);
      else item.parent = under as RangeNode | undefined;
      return item;
    };
    if (!ranges) return items.map((i) => place(i, parent));
    const prefix = parent?.id ?? 'root';
    const toNode = (r: KeyRange<T>, under: ContainerNode | RangeNode | undefined): RangeNode => {
      const node: RangeNode = { kind: 'range', id: `${prefix}|range:${r.first}\u2026${r.last}`, first: r.first, last: r.last, articleCount: 0, children: [], parent: under };
      node.children = r.items ? r.items.map((i) => place(i, node)) : (r.ranges ?? []).map((sub) => toNode(sub, node));
      node.articleCount = node.children.reduce((n, c) => n + (c.kind === 'article' ? 1 : c.kind === 'range' ? c.articleCount : articleCountOf(c)), 0);
      return node;
    };
    return ranges.map((r) => toNode(r, parent));
  }

  getTreeItem(node: ArticlesNode): vscode.TreeItem {
    if (node.kind === 'folder') return folderItem(node);
    if (node.kind === 'group') return groupItem(node);
    if (node.kind === 'range') return rangeItem(node);
    if (node.kind === 'contributed') return contributedItem(node);
    const item = articleItem(node, this.contributors.some((c) => c.childrenOf));
    for (const c of this.contributors) c.decorateArticle?.(node.entry, item);
    return item;
  }

  private async matchingArticles(folder: ContainerNode): Promise<ArticleNode[]> {
    const { text, status } = this.filterState;
    const articles = await articlesOf(folder, hostSlices());
    if (!text && !status) return articles;
    const needle = text?.toLocaleLowerCase();
    const hits = await Promise.all(
      articles.map(async (a) => {
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
    return articles.filter((_, i) => hits[i]);
  }

  getParent(node: ArticlesNode): ArticlesNode | undefined {
    return node.parent;
  }

  /** Resolves once no sliced rebuild (or sweep of a deleted folder, which rebuilds) is
   *  under way. */
  private async built(): Promise<void> {
    await this.deletedFolders.whenDone();
    while (this.building) await this.building;
  }

  private rebuild(): void {
    const generation = ++this.rebuilds;
    const listed = [...this.entries.values()];
    const grouping = this.grouping;
    const metadata = this.metadata;
    // Grouped in slices (a list of 10,000 took 35 ms in one go, issue 19); a folder's or
    // group's articles are sorted only when it is shown (articlesOf). The researcher's
    // headlines are looked up in slices too: 30,000 in one go were 22 ms of one block.
    const building = (async () => {
      const slices = hostSlices();
      const entries: ArticleEntry[] = [];
      for (const e of listed) {
        entries.push(this.withSetHeadline(e));
        if (slices.due()) await slices.next();
      }
      // Open at first only while small: every row shown is a TreeItem the contributors decorate.
      const expanded = entries.length <= MAX_ROWS_PER_LEVEL;
      const containers = grouping === 'folder'
        ? await buildFolderNodes(entries, expanded, slices)
        : await buildGroupNodes(entries, grouping, (e) => (grouping === 'none' ? {} : metadata?.valuesOf(e)), expanded, slices);
      // A later rebuild (another list, grouping or headline) replaces this one.
      if (generation !== this.rebuilds || grouping !== this.grouping) return;
      this.containers = containers;
      this.levels = new Map();
      this.changed.fire(undefined);
    })();
    this.building = building;
    void building.finally(() => {
      if (this.building === building) this.building = undefined;
    });
  }

  /** The headline the Articles view shows for an article (the researcher's, else the
   *  rule's), once its start has been read; undefined before, or for a file not listed. */
  headlineOf(uri: vscode.Uri): string | undefined {
    const entry = this.entries.get(uri.toString());
    return entry && this.withSetHeadline(entry).headline;
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
      articles.onDidCreate((uri) => {
        this.deletedFolders.keep(uri.toString());
        this.schedule(() => (this.pendingRescan = true));
      }),
      articles.onDidChange((uri) => this.schedule(() => this.pendingReads.set(uri.toString(), uri))),
      this.folders.watch({
        created: (folder) => {
          this.schedule(() => (this.pendingRescan = true));
          void this.newFolders?.add(folder);
        },
        deleted: (uri) => this.forget(uri),
      }),
    );
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
    // A listed file has no entries under it; anything else may be a folder.
    if (this.entries.delete(key)) this.rebuild();
    else this.deletedFolders.add(key);
  }

  dispose(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.scanCancel?.cancel();
    this.watchers.dispose();
    this.disposables.dispose();
  }
}
