// The Articles view's data: folder rows, article rows (label = headline, description =
// file name, click opens it) and rows added by contributors. Node ids derive from URIs
// and contributor keys, so selection and expansion survive refreshes, and every node
// knows its parent, which TreeView.reveal needs.
import * as vscode from 'vscode';
import type { ArticleChild } from './contributors';
import { groupByFolder } from './grouping';
import type { ArticleEntry } from './scan';
import * as count from '../counts';

export interface FolderNode {
  kind: 'folder';
  id: string;
  label: string;
  uri: vscode.Uri;
  workspaceFolder: vscode.WorkspaceFolder;
  articles: ArticleNode[];
}

export interface ArticleNode {
  kind: 'article';
  id: string;
  entry: ArticleEntry;
  parent: FolderNode;
}

export interface ContributedNode {
  kind: 'contributed';
  id: string;
  contributorId: string;
  child: ArticleChild;
  parent: ArticleNode | ContributedNode;
}

export type ArticlesNode = FolderNode | ArticleNode | ContributedNode;

/** Builds folder and article nodes from scan results. */
export function buildFolderNodes(entries: readonly ArticleEntry[]): FolderNode[] {
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const byWorkspace = new Map<string, ArticleEntry[]>();
  for (const e of entries) {
    const key = e.workspaceFolder.uri.toString();
    byWorkspace.set(key, [...(byWorkspace.get(key) ?? []), e]);
  }
  const folders: FolderNode[] = [];
  const workspaceOrder = [...byWorkspace.values()].sort((a, b) => a[0].workspaceFolder.index - b[0].workspaceFolder.index);
  for (const list of workspaceOrder) {
    const wf = list[0].workspaceFolder;
    for (const group of groupByFolder(list, (e) => e.relativePath)) {
      const uri = group.folder ? vscode.Uri.joinPath(wf.uri, group.folder) : wf.uri;
      // the workspace folder's own articles are labelled with its name, sub-folders by
      // their relative path (prefixed with the workspace folder's name in multi-root)
      const label = group.folder === '' ? wf.name : multiRoot ? `${wf.name}/${group.folder}` : group.folder;
      const folder: FolderNode = { kind: 'folder', id: `folder:${uri.toString()}`, label, uri, workspaceFolder: wf, articles: [] };
      folder.articles = group.items.map((entry) => ({ kind: 'article', id: `article:${entry.uri.toString()}`, entry, parent: folder }));
      folders.push(folder);
    }
  }
  return folders;
}

function fileNameOf(entry: ArticleEntry): string {
  return entry.relativePath.slice(entry.relativePath.lastIndexOf('/') + 1);
}

export function folderItem(node: FolderNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  item.resourceUri = node.uri;
  item.iconPath = vscode.ThemeIcon.Folder;
  const n = node.articles.length;
  item.description = count.articles(n);
  item.tooltip = node.uri.scheme === 'file' ? node.uri.fsPath : node.uri.toString();
  item.contextValue = 'sorot.articles.folder';
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
