// How other features add to the Articles view without touching it: a contributor can
// annotate an article's own row (counts, status icons) and give it child rows (actors,
// quotes, annotations), each of which may have children in turn.
import type * as vscode from 'vscode';

/** One article as the view lists it. */
export interface ArticleEntry {
  uri: vscode.Uri;
  /** Path relative to its workspace folder, forward slashes. */
  relativePath: string;
  workspaceFolder: vscode.WorkspaceFolder;
  /** The researcher's headline (.sorot/articles.json) or the one the rule picks
   *  (src/core/text/headline.ts); undefined for an empty file or an unreadable start. */
  headline: string | undefined;
  /** Set when the researcher chose the headline: the one the rule picks ('' for none). */
  ruledHeadline?: string;
  /** Why the file could not be read or decoded (the tree shows it as a warning). */
  problem?: string;
  /** Listed but its headline not read yet (a large corpus is shown before all reads). */
  loading?: boolean;
}

export interface ArticleChild {
  /** Unique among its siblings from the same contributor and stable across refreshes:
   *  it becomes part of the tree node id, which keeps selection and expansion. */
  key: string;
  item: vscode.TreeItem;
  children?: () => ArticleChild[] | Promise<ArticleChild[]>;
}

export interface ArticleContributor {
  /** Unique per contributor, e.g. 'actors'; part of every child's node id. */
  readonly id: string;
  /** Adjusts the article row in place (e.g. appends to `description`, sets a tooltip). */
  decorateArticle?(article: ArticleEntry, item: vscode.TreeItem): void;
  /** Child rows under the article; an article with children becomes expandable. */
  childrenOf?(article: ArticleEntry): ArticleChild[] | Promise<ArticleChild[]>;
  /** Fire with an article's URI when its rows changed, or with undefined for all. */
  readonly onDidChange?: vscode.Event<vscode.Uri | undefined>;
  /** More text the view's filter matches for this article (e.g. its actors' names). */
  searchText?(article: ArticleEntry): string;
  /** The article's work status ('not-started' | 'in-progress' | 'done'), for the filter. */
  statusOf?(article: ArticleEntry): string | undefined | Promise<string | undefined>;
  /** Other states the filter can ask for, held next to the work status (e.g. 'reviewed'). */
  states?(article: ArticleEntry): string[];
}

/** The Articles view's filter: text in the headline, path or contributed search text
 *  (case-insensitive), and a work status (an article without one is 'not-started') or
 *  another contributed state. */
export interface ArticlesFilter {
  text?: string;
  status?: string;
}

/** The Articles view as a contributor sees it: adding is all it can do. */
export interface ArticleRows {
  /** Adds counts, statuses or child rows to articles; dispose to remove them. */
  addContributor(contributor: ArticleContributor): vscode.Disposable;
}

/** The kinds of the Articles view's rows (articles/articles-tree.ts builds them). */
export const ARTICLES_ROW_KINDS = ['folder', 'group', 'range', 'article', 'contributed'] as const;

/** A row of the Articles view as its menus hand it to a command of another feature (the
 *  export, for one): the kind, and what such a command may read of an article or folder
 *  row. articles-tree.ts's nodes are these rows (test/unit/shape/articles-row.test.ts). */
export type ArticlesRow =
  | { kind: 'article'; entry: ArticleEntry }
  | { kind: 'folder'; uri: vscode.Uri }
  | { kind: Exclude<(typeof ARTICLES_ROW_KINDS)[number], 'article' | 'folder'> };

/** Whether a command's argument is a row of the Articles view. */
export function isArticlesRow(x: unknown): x is ArticlesRow {
  return typeof x === 'object' && x !== null && (ARTICLES_ROW_KINDS as readonly unknown[]).includes((x as { kind?: unknown }).kind);
}
