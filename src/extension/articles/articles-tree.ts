// The Articles view's data: folder rows, article rows (label = headline, description =
// file name, click opens it) and rows added by contributors. Node ids derive from URIs
// and contributor keys, so selection and expansion survive refreshes, and every node
// knows its parent, which TreeView.reveal needs.
import * as vscode from 'vscode';
import type { ArticleChild, ArticleEntry } from '../services/article-contributors';
import { bucketByFolder, sortByFileName } from '../../core/articles/folder-groups';
import { sortInSlices, type TimeSlices } from '../../core/incremental/time-slices';
import { bucketByMetadata, type ArticleGrouping, type GroupableArticle, type MetadataGroupKind } from '../../core/articles/group-articles';
import { rangeLabel } from '../../core/articles/split-ranges';
import * as count from '../counts';

export interface FolderNode {
  kind: 'folder';
  id: string;
  label: string;
  uri: vscode.Uri;
  workspaceFolder: vscode.WorkspaceFolder;
  /** Its articles in the order listed: they are sorted and become rows only when the
   *  folder is shown (articlesOf), so a 100,000-article corpus's root lists its folders
   *  without sorting every file name first. */
  entries: readonly ArticleEntry[];
  /** Open at first: only while the whole view is small (a row per article is work). */
  expanded: boolean;
  /** The range holding it when the root has too many folders to list at once. */
  parent?: RangeNode;
}

/** A group by outlet or month, or every article, or those without an outlet / date. */
export interface GroupNode {
  kind: 'group';
  id: string;
  group: MetadataGroupKind;
  /** The outlet's name or the month (YYYY-MM); '' for the other kinds. */
  value: string;
  /** Its articles as listed, sorted by `order` when the group is shown (articlesOf). */
  entries: readonly ArticleEntry[];
  order: (a: ArticleEntry, b: ArticleEntry) => number;
  expanded: boolean;
  /** Splitting the group into ranges: a key per article that sorts like the list. */
  sortKey: (article: ArticleNode) => string;
  minLabel: number;
  parent?: RangeNode;
}

export type ContainerNode = FolderNode | GroupNode;

/** Part of a level too long to list at once: "artikel-000 – artikel-004 (500 articles)". */
export interface RangeNode {
  kind: 'range';
  id: string;
  first: string;
  last: string;
  /** Articles in it (in all its folders or groups, at the root). */
  articleCount: number;
  children: Array<ArticleNode | ContainerNode | RangeNode>;
  parent?: ContainerNode | RangeNode;
}

export interface ArticleNode {
  kind: 'article';
  id: string;
  entry: ArticleEntry;
  parent: ContainerNode | RangeNode;
}

export interface ContributedNode {
  kind: 'contributed';
  id: string;
  contributorId: string;
  child: ArticleChild;
  parent: ArticleNode | ContributedNode;
}

export type ArticlesNode = ContainerNode | RangeNode | ArticleNode | ContributedNode;

/** Builds folder and article nodes from scan results. */
export async function buildFolderNodes(entries: readonly ArticleEntry[], expanded: boolean, slices: TimeSlices): Promise<FolderNode[]> {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const byWorkspace = new Map<string, ArticleEntry[]>();
  for (const e of entries) {
    const key = e.workspaceFolder.uri.toString();
    // push, not a copy per entry: a copy made building 10,000 entries quadratic (0.9 s)
    let list = byWorkspace.get(key);
    if (!list) byWorkspace.set(key, (list = []));
    list.push(e);
    if (slices.due()) await slices.next();
  }
  const folders: FolderNode[] = [];
  const workspaceOrder = [...byWorkspace.values()].sort((a, b) => a[0].workspaceFolder.index - b[0].workspaceFolder.index);
  for (const list of workspaceOrder) {
    const wf = list[0].workspaceFolder;
    for (const group of await bucketByFolder(list, (e) => e.relativePath, slices)) {
      const uri = group.folder ? vscode.Uri.joinPath(wf.uri, group.folder) : wf.uri;
      // the workspace folder's own articles are labelled with its name, sub-folders by
      // their relative path (prefixed with the workspace folder's name in multi-root)
      const label = group.folder === '' ? wf.name : multiRoot ? `${wf.name}/${group.folder}` : group.folder;
      folders.push({ kind: 'folder', id: `folder:${uri.toString()}`, label, uri, workspaceFolder: wf, entries: group.items, expanded });
    }
  }
  return folders;
}

/** A container's article rows, sorted the first time they are asked for. */
const sortedRows = new WeakMap<ContainerNode, Promise<ArticleNode[]>>();

/** A folder's or group's article rows in display order. */
export function articlesOf(container: ContainerNode, slices: TimeSlices): Promise<ArticleNode[]> {
  let rows = sortedRows.get(container);
  if (!rows) {
    const sorted = container.kind === 'folder'
      ? sortByFileName(container.entries, (e) => e.relativePath, slices)
      : sortInSlices(container.entries, container.order, slices);
    rows = sorted.then((entries) => articleNodes(entries, container, slices));
    sortedRows.set(container, rows);
    // A failed sort is not kept (the next request tries again), as level() does.
    rows.catch(() => sortedRows.get(container) === rows && sortedRows.delete(container));
  }
  return rows;
}

/** How many articles a folder or group holds (no rows made). */
export function articleCountOf(container: ContainerNode): number {
  return container.entries.length;
}

/** The rows of a container's articles (an id is a URI's string: a few microseconds each). */
async function articleNodes<P extends ContainerNode>(entries: readonly ArticleEntry[], parent: P, slices: TimeSlices): Promise<ArticleNode[]> {
  const out = new Array<ArticleNode>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as ArticleEntry;
    out[i] = { kind: 'article', id: `article:${entry.uri.toString()}`, entry, parent };
    if (slices.due()) await slices.next();
  }
  return out;
}

/** Builds group and article nodes for a grouping by outlet, month or none. */
export async function buildGroupNodes(
  entries: readonly ArticleEntry[],
  grouping: Exclude<ArticleGrouping, 'folder'>,
  metadataOf: (entry: ArticleEntry) => GroupableArticle['metadata'],
  expanded: boolean,
  slices: TimeSlices,
): Promise<GroupNode[]> {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const articles = new Map<ArticleEntry, { entry: ArticleEntry; article: GroupableArticle }>();
  for (const entry of entries) {
    articles.set(entry, { entry, article: { path: pathOf(entry, multiRoot), metadata: metadataOf(entry) } });
    if (slices.due()) await slices.next();
  }
  const out: GroupNode[] = [];
  for (const g of await bucketByMetadata([...articles.values()], grouping, (a) => a.article, slices)) {
    type Item = (typeof g.items)[number];
    const itemOf = (e: ArticleEntry): Item => articles.get(e) as Item;
    out.push({
      kind: 'group', id: `group:${g.kind}:${g.value}`, group: g.kind, value: g.value, expanded, minLabel: g.minLabel,
      entries: g.items.map((i) => i.entry),
      order: (a, b) => g.order(itemOf(a), itemOf(b)),
      sortKey: (node) => g.sortKey(itemOf(node.entry)),
    });
  }
  return out;
}

/** The path an article is sorted and labelled by: the workspace folder's name first in multi-root. */
function pathOf(entry: ArticleEntry, multiRoot: boolean): string {
  return multiRoot ? `${entry.workspaceFolder.name}/${entry.relativePath}` : entry.relativePath;
}

/** The name a range of articles is labelled by. */
export function articleSortKey(node: ArticleNode): string {
  const parent = containerOf(node);
  return parent.kind === 'group' ? parent.sortKey(node) : fileNameOf(node.entry);
}

export function containerOf(node: ArticleNode): ContainerNode {
  let p: ContainerNode | RangeNode | undefined = node.parent;
  while (p?.kind === 'range') p = p.parent;
  return p as ContainerNode;
}

function fileNameOf(entry: ArticleEntry): string {
  return entry.relativePath.slice(entry.relativePath.lastIndexOf('/') + 1);
}

export function folderItem(node: FolderNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.resourceUri = node.uri;
  item.iconPath = vscode.ThemeIcon.Folder;
  item.description = count.articles(articleCountOf(node));
  item.tooltip = node.uri.scheme === 'file' ? node.uri.fsPath : node.uri.toString();
  item.contextValue = 'sorot.articles.folder';
  return item;
}

export function groupItem(node: GroupNode): vscode.TreeItem {
  const item = new vscode.TreeItem(groupLabel(node), node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.description = count.articles(articleCountOf(node));
  item.iconPath = new vscode.ThemeIcon(GROUP_ICON[node.group]);
  item.tooltip = groupTooltip(node);
  item.contextValue = 'sorot.articles.group';
  return item;
}

const GROUP_ICON = { outlet: 'globe', month: 'calendar', all: 'list-flat', 'no-outlet': 'circle-slash', 'no-date': 'circle-slash', pending: 'loading~spin' } as const;

export function groupLabel(node: Pick<GroupNode, 'group' | 'value'>): string {
  switch (node.group) {
    case 'outlet':
      return node.value;
    case 'month':
      return monthName(node.value);
    case 'all':
      return vscode.l10n.t('All articles');
    case 'no-outlet':
      return vscode.l10n.t('No outlet');
    case 'no-date':
      return vscode.l10n.t('No date');
    case 'pending':
      return vscode.l10n.t('Not indexed yet');
  }
}

function groupTooltip(node: GroupNode): string {
  switch (node.group) {
    case 'outlet':
      return vscode.l10n.t('Articles of {0} (annotation file, .sorot/articles.csv, or what the text says)', node.value);
    case 'month':
      return vscode.l10n.t('Articles published in {0} ({1})', monthName(node.value), node.value);
    case 'all':
      return vscode.l10n.t('Every article, by path');
    case 'no-outlet':
      return vscode.l10n.t('Articles whose outlet neither the text, .sorot/articles.csv nor an annotation file gives');
    case 'no-date':
      return vscode.l10n.t('Articles whose date neither the text, .sorot/articles.csv nor an annotation file gives');
    case 'pending':
      return vscode.l10n.t('Articles the corpus index has not read yet: their outlet and date are not known yet');
  }
}

/** "February 2024" / "Februari 2024" in the UI language. */
function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number);
  try {
    return new Intl.DateTimeFormat(vscode.env.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, 1)));
  } catch {
    return month; // a UI language Intl does not know
  }
}

export function rangeItem(node: RangeNode): vscode.TreeItem {
  const item = new vscode.TreeItem(rangeLabel(node), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.description = count.articles(node.articleCount);
  item.iconPath = new vscode.ThemeIcon('list-flat');
  item.tooltip = vscode.l10n.t('From “{0}” to “{1}”: a part of a list too long to show at once', node.first, node.last);
  item.contextValue = 'sorot.articles.range';
  return item;
}

export function articleItem(node: ArticleNode, expandable: boolean): vscode.TreeItem {
  const { entry } = node;
  const fileName = fileNameOf(entry);
  const item = new vscode.TreeItem(entry.headline ?? fileName);
  item.id = node.id;
  item.resourceUri = entry.uri;
  item.description = entry.problem
    ? vscode.l10n.t('{0} — cannot read', fileName)
    : entry.headline || entry.loading ? fileName : vscode.l10n.t('{0} — no headline', fileName);
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(entry.headline ?? fileName);
  tooltip.appendMarkdown('\n\n');
  tooltip.appendText(entry.relativePath);
  if (entry.ruledHeadline !== undefined) tooltip.appendMarkdown('\n\n$(edit) ').appendText(vscode.l10n.t('Headline set in .sorot/articles.json'));
  if (entry.problem) tooltip.appendMarkdown('\n\n$(warning) ').appendText(entry.problem);
  tooltip.supportThemeIcons = true;
  item.tooltip = tooltip;
  item.iconPath = entry.problem ? new vscode.ThemeIcon('warning') : new vscode.ThemeIcon('file-text');
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Article'), arguments: [entry.uri] };
  item.contextValue = 'sorot.articles.article';
  item.collapsibleState = expandable ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None;
  return item;
}

/** Wraps contributed children as nodes with ids unique in the whole tree. */
export function contributedNodes(contributorId: string, parent: ArticleNode | ContributedNode, children: readonly ArticleChild[]): ContributedNode[] {
  return children.map((child) => ({ kind: 'contributed', id: `${parent.id}|${contributorId}:${child.key}`, contributorId, child, parent }));
}

export function contributedItem(node: ContributedNode): vscode.TreeItem {
  const item = node.child.item;
  item.id = node.id;
  if (node.child.children && item.collapsibleState === undefined) item.collapsibleState = vscode.TreeItemCollapsibleState.Collapsed;
  return item;
}
