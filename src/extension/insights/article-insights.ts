// Adds the corpus index's findings to the Articles view: each article row gets its
// actor and quote counts, and expands to its actors (grouped by canonical name, with
// counts), its quotes and its reported statements ("speaker: first words"); clicking a
// row reveals the span.
// The findings are the curated layer (the researcher's corrections applied), and the row
// says how much of it the researcher has reviewed: "reviewed" once every item is decided
// (core/curation/review.ts), "3 of 12 reviewed" while review is under way or after a
// new analysis found items nobody decided yet. It is a state of the recognized layer,
// shown next to the work status of the annotations, not one of its values.
// Annotations and the work status (row icon and status filter) come from the
// annotations feature's own contributor, the one reader of article status.
import * as vscode from 'vscode';
import type { ArticleChild, ArticleContributor, ArticleEntry, ArticleRows } from '../services/article-contributors';
import type { CorpusService } from '../services/corpus/corpus-service';
import * as count from '../counts';

const TYPE_ICON = { PER: 'person', ORG: 'organization', GPE: 'globe' } as const;

export class ArticleInsightsContributor implements ArticleContributor, vscode.Disposable {
  readonly id = 'insights';
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  private readonly sub: vscode.Disposable;
  private shownVersion = -1;
  readonly onDidChange = this.emitter.event;

  constructor(private readonly corpus: CorpusService) {
    // The corpus service already throttles its change events while indexing.
    this.sub = corpus.onDidChange(() => {
      if (corpus.index.version === this.shownVersion) return;
      this.shownVersion = corpus.index.version;
      this.emitter.fire(undefined);
    });
  }

  decorateArticle(article: ArticleEntry, item: vscode.TreeItem): void {
    const s = this.corpus.index.packed(article.uri.toString());
    if (!s) return;
    const counts = [count.actors(s.actorCount), count.quotes(s.quoteCount)];
    if (s.statementCount) counts.push(count.statements(s.statementCount));
    const review = reviewLabel(s.review);
    if (review) counts.push(review);
    item.description = [item.description, ...counts].filter(Boolean).join(' · ');
  }

  /** 'reviewed' once every recognized actor and quote of the article is decided. */
  states(article: ArticleEntry): string[] {
    const r = this.corpus.index.packed(article.uri.toString())?.review;
    return r && r.total > 0 && r.decided === r.total ? [REVIEWED] : [];
  }

  /** Extra text the Articles filter matches: the article's actor names. */
  searchText(article: ArticleEntry): string {
    // Called for every article while filtering: read packed, not unpacked (its data
    // checked first: a summary from the cache may be corrupt).
    return this.corpus.index.checked(article.uri.toString())?.actorNames().join(' ') ?? '';
  }

  childrenOf(article: ArticleEntry): ArticleChild[] {
    const id = article.uri.toString();
    const s = this.corpus.index.get(id);
    if (!s) return [];
    return [
      ...group('actors', vscode.l10n.t('Actors ({0})', s.actors.length), 'person', s.actors, (a) => {
        const item = new vscode.TreeItem(a.canonical, vscode.TreeItemCollapsibleState.None);
        item.description = `${a.count}×` + (a.surfaces.some((x) => x !== a.canonical) ? ` · ${a.surfaces.filter((x) => x !== a.canonical).join(', ')}` : '');
        item.iconPath = new vscode.ThemeIcon(TYPE_ICON[a.type]);
        item.tooltip = `${a.canonical} (${a.type}) — ${vscode.l10n.t('{0} in this article', count.mentions(a.count))}`;
        item.command = { command: 'sorot.revealSpan', title: vscode.l10n.t('Show First Mention'), arguments: [id, a.first.start, a.first.end] };
        return { key: `actor:${a.canonical}`, item };
      }),
      ...group('quotes', vscode.l10n.t('Quotes ({0})', s.quotes.length), 'quote', s.quotes,
        (q) => speechRow(id, `quote:${q.start}`, q, 'comment', vscode.l10n.t('Show Quote'))),
      ...group('statements', vscode.l10n.t('Statements ({0})', s.reported?.length ?? 0), 'megaphone', s.reported ?? [],
        (r) => speechRow(id, `statement:${r.start}`, r, 'comment-discussion', vscode.l10n.t('Show Statement')),
        vscode.l10n.t('Reported statements: what actors said, in the writer\'s words')),
    ];
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
}

/** A collapsed row "Quotes (3)" whose rows are built when it is expanded; none for no rows. */
function group<T>(key: string, label: string, icon: string, rows: readonly T[], row: (x: T) => ArticleChild, tooltip?: string): ArticleChild[] {
  if (rows.length === 0) return [];
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  item.iconPath = new vscode.ThemeIcon(icon);
  if (tooltip) item.tooltip = tooltip;
  return [{ key, item, children: () => rows.map(row) }];
}

/** A quote's or reported statement's row: "speaker: first words", its cue, and a click
 *  that reveals it in the article. */
function speechRow(id: string, key: string, x: { speaker: string | null; snippet: string; cue?: string; start: number; end: number }, icon: string, title: string): ArticleChild {
  const item = new vscode.TreeItem(`${x.speaker ?? vscode.l10n.t('(no speaker)')}: ${x.snippet}`, vscode.TreeItemCollapsibleState.None);
  item.iconPath = new vscode.ThemeIcon(icon);
  if (x.cue) item.description = x.cue;
  item.command = { command: 'sorot.revealSpan', title, arguments: [id, x.start, x.end] };
  return { key, item };
}

/** The state the Articles filter offers for a fully reviewed recognized layer. */
export const REVIEWED = 'reviewed';

/** Nothing before the researcher's first decision in the article. */
function reviewLabel(review: { decided: number; total: number } | undefined): string | undefined {
  if (!review || review.decided === 0) return undefined;
  return review.decided === review.total ? vscode.l10n.t('reviewed') : vscode.l10n.t('{0} of {1} reviewed', review.decided, review.total);
}

export function registerArticleInsights(
  context: vscode.ExtensionContext,
  corpus: CorpusService,
  articles: ArticleRows | undefined,
): void {
  if (!articles) return;
  const contributor = new ArticleInsightsContributor(corpus);
  context.subscriptions.push(contributor, articles.addContributor(contributor));
}
