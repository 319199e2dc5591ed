// The Articles view's data: folder rows, article rows (label = headline, description =
// file name, click opens it) and rows added by contributors. Node ids derive from URIs
// and contributor keys, so selection and expansion survive refreshes, and every node
// knows its parent, which TreeView.reveal needs.
import * as vscode from 'vscode';
import type { ArticleChild } from './contributors';
import { collator, compareFileNames, compareFolders, groupByFolder, splitRelativePath } from '../../core/articles/folder-groups';
import { sortInSlices, type TimeSlices } from '../../core/incremental/time-slices';
import { groupByMetadata, type ArticleGrouping, type GroupableArticle, type MetadataGroupKind } from '../../core/articles/group-articles';
import { rangeLabel } from '../../core/articles/split-ranges';
import type { ArticleEntry } from './scan';
import * as count from '../counts';

export interface FolderNode {
  kind: 'folder';
  id: string;
  label: string;
  uri: vscode.Uri;
  workspaceFolder: vscode.WorkspaceFolder;
  articles: ArticleNode[];
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
  articles: ArticleNode[];
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
    for (const group of await groupByFolder(list, (e) => e.relativePath, slices)) {
      const uri = group.folder ? vscode.Uri.joinPath(wf.uri, group.folder) : wf.uri;
      // the workspace folder's own articles are labelled with its name, sub-folders by
      // their relative path (prefixed with the workspace folder's name in multi-root)
      const label = group.folder === '' ? wf.name : multiRoot ? `${wf.name}/${group.folder}` : group.folder;
      const folder: FolderNode = { kind: 'folder', id: `folder:${uri.toString()}`, label, uri, workspaceFolder: wf, articles: [], expanded };
      folder.articles = await articleNodes(group.items, folder, slices);
      folders.push(folder);
    }
  }
  return folders;
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
  for (const g of await groupByMetadata([...articles.values()], grouping, (a) => a.article, slices)) {
    const group: GroupNode = {
      kind: 'group', id: `group:${g.kind}:${g.value}`, group: g.kind, value: g.value, articles: [], expanded, minLabel: g.minLabel,
      sortKey: (node) => g.sortKey(articles.get(node.entry)!),
    };
    group.articles = await articleNodes(g.items.map(({ entry }) => entry), group, slices);
    out.push(group);
  }
  return out;
}

/**
 * The entries in the order the grouping will list them (by folder, then file name; or by
 * path), sorted in slices: the grouping's own sorts (folder-groups.ts, group-articles.ts)
 * then find their lists in order, which costs a comparison per item instead of a full
 * sort in one task (a second for 100,000 articles).
 */
export async function presortInSlices(entries: readonly ArticleEntry[], grouping: ArticleGrouping, slices: TimeSlices): Promise<ArticleEntry[]> {
  interface Keyed { entry: ArticleEntry; ws: number; folder: string; fileName: string; path: string }
  const keyed = new Array<Keyed>(entries.length);
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as ArticleEntry;
    const { folder, fileName } = splitRelativePath(entry.relativePath);
    keyed[i] = { entry, ws: entry.workspaceFolder.index, folder, fileName, path: grouping === 'folder' ? '' : pathOf(entry, multiRoot) };
    if (slices.due()) await slices.next();
  }
  const byFolder = (a: Keyed, b: Keyed): number =>
    a.ws - b.ws || compareFolders(a.folder, b.folder) || compareFileNames(a.fileName, b.fileName);
  const byPath = (a: Keyed, b: Keyed): number => collator.compare(a.path, b.path);
  return (await sortInSlices(keyed, grouping === 'folder' ? byFolder : byPath, slices)).map((k) => k.entry);
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
  const n = node.articles.length;
  item.description = count.articles(n);
  item.tooltip = node.uri.scheme === 'file' ? node.uri.fsPath : node.uri.toString();
  item.contextValue = 'sorot.articles.folder';
  return item;
}

export function groupItem(node: GroupNode): vscode.TreeItem {
  const item = new vscode.TreeItem(groupLabel(node), node.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.description = count.articles(node.articles.length);
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
