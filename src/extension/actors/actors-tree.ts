// The Actors view: every actor of the corpus, most mentioned first; each expands to the
// quotes it is credited with and the articles that mention it. Long lists come a page at
// a time: a corpus has tens of thousands of names and a prominent actor thousands of
// articles, and a level that lists them all is slow to show and useless to scroll. The
// last row of a page, "Show more…", adds the next page; every count and list comes from
// the corpus index, none from reading files.
import * as vscode from 'vscode';
import type { ActorTotal } from '../../core/incremental/corpus-index';
import type { CorpusService } from '../services/corpus/corpus-service';
import * as count from '../counts';
import { hostSlices } from '../event-loop';

/** Rows per page; "Show more…" adds another page. */
export const ACTORS_PAGE_SIZE = 200;
const INDEXING_REFRESH_MS = 3000;

export type ActorsNode =
  | { kind: 'actor'; actor: ActorTotal }
  | { kind: 'quotes'; actor: ActorTotal }
  | { kind: 'quote'; actor: ActorTotal; articleId: string; start: number; end: number; snippet: string }
  | { kind: 'article'; actor: ActorTotal; articleId: string; count: number; start: number; end: number }
  /** The "Show more…" row of a list: `list` names it (pageKey), `hidden` rows follow. */
  | { kind: 'more'; list: string; hidden: number; parent?: ActorsNode };

/** The root list, an actor's articles, an actor's quotes: each pages on its own. */
function pageKey(parent: ActorsNode | undefined): string {
  if (!parent) return '';
  return parent.kind === 'actor' ? `articles:${parent.actor.canonical}` : parent.kind === 'quotes' ? `quotes:${parent.actor.canonical}` : '';
}

const TYPE_ICON = { PER: 'person', ORG: 'organization', GPE: 'globe' } as const;
// Screen readers spell out PER/ORG/GPE letter by letter: labels name the type in words
// (the same words as the hover, so they are translated once).
const TYPE_NAME = { PER: () => vscode.l10n.t('Person'), ORG: () => vscode.l10n.t('Organisation'), GPE: () => vscode.l10n.t('Place (geopolitical)') } as const;

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export class ActorsTreeProvider implements vscode.TreeDataProvider<ActorsNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<ActorsNode | undefined>();
  private readonly sub: vscode.Disposable;
  private filterText = '';
  private shownVersion = -1;
  /** The ranking of the root list (in slices, ranking.ts' way), kept while the index, the
   *  filter and the rows shown stay the same; a request meanwhile shares the one under way. */
  private top: { version: number; filter: string; limit: number; result: ReturnType<CorpusService['index']['topActors']> } | undefined;
  /** Rows shown of each list (pageKey), a multiple of the page size; absent: one page. */
  private readonly pages = new Map<string, number>();
  /** Rows per page (a test sets a small one to page the samples' few actors). */
  pageSize = ACTORS_PAGE_SIZE;
  private lastRefresh = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(private readonly corpus: CorpusService) {
    this.sub = corpus.onDidChange(() => {
      if (corpus.index.version === this.shownVersion || this.refreshTimer) return;
      // Ranking a corpus with 100,000 names costs a good part of a second: while the index
      // is being built, re-rank at most every few seconds.
      const wait = corpus.isIndexing ? Math.max(0, INDEXING_REFRESH_MS - (Date.now() - this.lastRefresh)) : 0;
      this.refreshTimer = setTimeout(() => {
        this.refreshTimer = undefined;
        this.lastRefresh = Date.now();
        this.emitter.fire(undefined);
      }, wait);
    });
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    this.pages.clear(); // a new list starts at its first page
    this.emitter.fire(undefined);
  }

  /** Adds a page to the list the "Show more…" row `node` ends. */
  showMore(node: Extract<ActorsNode, { kind: 'more' }>): void {
    this.pages.set(node.list, this.shown(node.list) + this.pageSize);
    this.emitter.fire(undefined);
  }

  private shown(list: string): number {
    return this.pages.get(list) ?? this.pageSize;
  }

  /** The first `shown` rows of a list, and its "Show more…" row if it has more. */
  private page(rows: ActorsNode[], total: number, parent: ActorsNode | undefined): ActorsNode[] {
    const list = pageKey(parent);
    const limit = this.shown(list);
    const out = rows.slice(0, limit);
    if (total > limit) out.push({ kind: 'more', list, hidden: total - limit, ...(parent ? { parent } : {}) });
    return out;
  }

  refresh(): void {
    this.emitter.fire(undefined);
  }

  async getChildren(node?: ActorsNode): Promise<ActorsNode[]> {
    if (!node) {
      this.shownVersion = this.corpus.index.version;
      const version = this.corpus.index.version;
      const limit = this.shown('');
      if (!this.top || this.top.version !== version || this.top.filter !== this.filterText || this.top.limit !== limit) {
        // Only the rows shown are ranked (topActors sorts no more than `limit`), in slices
        // that leave the event loop to others: 100,000 names took up to 267 ms in one go.
        const result = this.corpus.index.topActors(limit, this.filterText, hostSlices());
        this.top = { version, filter: this.filterText, limit, result };
        // A failed ranking is not kept (the next request tries again).
        result.catch(() => this.top?.result === result && (this.top = undefined));
      }
      const top = await this.top.result;
      return this.page(top.actors.map((actor) => ({ kind: 'actor', actor })), top.matched, undefined);
    }
    if (node.kind === 'actor') {
      const out: ActorsNode[] = [];
      if (node.actor.quotes > 0) out.push({ kind: 'quotes', actor: node.actor });
      const articles = this.corpus.index.articlesFor(node.actor.canonical);
      const rows: ActorsNode[] = articles
        .slice(0, this.shown(pageKey(node)))
        .map((a) => ({ kind: 'article', actor: node.actor, articleId: a.articleId, count: a.count, start: a.first.start, end: a.first.end }));
      return [...out, ...this.page(rows, articles.length, node)];
    }
    if (node.kind === 'quotes') {
      const limit = this.shown(pageKey(node));
      // One more than shown tells whether there are more, without listing them all.
      const quotes = this.corpus.index.quotesBy(node.actor.canonical, limit + 1);
      const rows: ActorsNode[] = quotes.map((q) => ({
        kind: 'quote', actor: node.actor, articleId: q.articleId, start: q.quote.start, end: q.quote.end, snippet: q.quote.snippet,
      }));
      return this.page(rows, quotes.length > limit ? node.actor.quotes : quotes.length, node);
    }
    return [];
  }

  getParent(node: ActorsNode): ActorsNode | undefined {
    if (node.kind === 'quotes' || node.kind === 'article') return { kind: 'actor', actor: node.actor };
    if (node.kind === 'quote') return { kind: 'quotes', actor: node.actor };
    if (node.kind === 'more') return node.parent;
    return undefined;
  }

  getTreeItem(node: ActorsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'actor': {
        const a = node.actor;
        const item = new vscode.TreeItem(a.canonical, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `actor:${a.canonical}`;
        item.description = `${count.mentions(a.mentions)} · ${count.articles(a.articles)}`;
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[a.type]);
        item.contextValue = a.entityId ? 'sorot.actor.kb' : 'sorot.actor';
        item.tooltip = `${a.canonical} (${a.type})\n${vscode.l10n.t('{0} in {1}, {2}', count.mentions(a.mentions), count.articles(a.articles), count.quotes(a.quotes))}`;
        if (a.reported > 0) item.tooltip += `\n${vscode.l10n.t('Reported (indirect speech): {0}', count.statements(a.reported))}`;
        item.accessibilityInformation = { label: `${a.canonical}, ${TYPE_NAME[a.type]()}, ${item.description}` };
        return item;
      }
      case 'quotes': {
        const item = new vscode.TreeItem(vscode.l10n.t('Quotes ({0})', node.actor.quotes), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `quotes:${node.actor.canonical}`;
        item.iconPath = new vscode.ThemeIcon('quote');
        return item;
      }
      case 'quote': {
        const uri = this.corpus.uriOf(node.articleId) ?? vscode.Uri.parse(node.articleId);
        const item = new vscode.TreeItem(`“${node.snippet}”`, vscode.TreeItemCollapsibleState.None);
        item.id = `quote:${node.actor.canonical}:${node.articleId}:${node.start}`;
        item.description = fileName(uri);
        item.iconPath = new vscode.ThemeIcon('comment');
        item.command = { command: 'sorot.revealSpan', title: vscode.l10n.t('Show Quote'), arguments: [node.articleId, node.start, node.end] };
        item.accessibilityInformation = { label: vscode.l10n.t('Quote: {0}, in {1}', node.snippet, fileName(uri)) };
        return item;
      }
      case 'article': {
        const uri = this.corpus.uriOf(node.articleId) ?? vscode.Uri.parse(node.articleId);
        const item = new vscode.TreeItem(fileName(uri), vscode.TreeItemCollapsibleState.None);
        item.id = `article:${node.actor.canonical}:${node.articleId}`;
        item.description = count.mentions(node.count);
        item.resourceUri = uri;
        item.iconPath = vscode.ThemeIcon.File;
        item.command = { command: 'sorot.revealSpan', title: vscode.l10n.t('Show First Mention'), arguments: [node.articleId, node.start, node.end] };
        return item;
      }
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('Show more…'), vscode.TreeItemCollapsibleState.None);
        item.id = `more:${node.list}`;
        item.description = vscode.l10n.t('{0} more', node.hidden);
        item.tooltip = node.list === ''
          ? vscode.l10n.t('Shows the next {0} actors; Filter finds one by name', Math.min(node.hidden, this.pageSize))
          : vscode.l10n.t('Shows the next {0}', Math.min(node.hidden, this.pageSize));
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        item.command = { command: 'sorot.actors.showMore', title: vscode.l10n.t('Show More'), arguments: [node] };
        return item;
      }
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.sub.dispose();
    this.emitter.dispose();
  }
}
