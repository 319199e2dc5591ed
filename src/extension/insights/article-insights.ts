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
    const out: ArticleChild[] = [];
    if (s.actors.length > 0) {
      const group = new vscode.TreeItem(vscode.l10n.t('Actors ({0})', s.actors.length), vscode.TreeItemCollapsibleState.Collapsed);
      group.iconPath = new vscode.ThemeIcon('person');
      out.push({
        key: 'actors',
        item: group,
        children: () =>
          s.actors.map((a) => {
            const item = new vscode.TreeItem(a.canonical, vscode.TreeItemCollapsibleState.None);
            item.description = `${a.count}×` + (a.surfaces.some((x) => x !== a.canonical) ? ` · ${a.surfaces.filter((x) => x !== a.canonical).join(', ')}` : '');
            item.iconPath = new vscode.ThemeIcon(TYPE_ICON[a.type]);
            item.tooltip = `${a.canonical} (${a.type}) — ${vscode.l10n.t('{0} in this article', count.mentions(a.count))}`;
            item.command = { command: 'sorot.revealSpan', title: vscode.l10n.t('Show First Mention'), arguments: [id, a.first.start, a.first.end] };
            return { key: `actor:${a.canonical}`, item };
          }),
      });
    }
    if (s.quotes.length > 0) {
      const group = new vscode.TreeItem(vscode.l10n.t('Quotes ({0})', s.quotes.length), vscode.TreeItemCollapsibleState.Collapsed);
      group.iconPath = new vscode.ThemeIcon('quote');
      out.push({
        key: 'quotes',
        item: group,
        children: () =>
          s.quotes.map((q) => {
            const speaker = q.speaker ?? vscode.l10n.t('(no speaker)');
            const item = new vscode.TreeItem(`${speaker}: ${q.snippet}`, vscode.TreeItemCollapsibleState.None);
            item.iconPath = new vscode.ThemeIcon('comment');
            if (q.cue) item.description = q.cue;
            item.command = { command: 'sorot.revealSpan', title: vscode.l10n.t('Show Quote'), arguments: [id, q.start, q.end] };
            return { key: `quote:${q.start}`, item };
          }),
      });
    }
    const reported = s.reported ?? [];
    if (reported.length > 0) {
      const group = new vscode.TreeItem(vscode.l10n.t('Statements ({0})', reported.length), vscode.TreeItemCollapsibleState.Collapsed);
      group.iconPath = new vscode.ThemeIcon('megaphone');
      group.tooltip = vscode.l10n.t('Reported statements: what actors said, in the writer\'s words');
      out.push({
        key: 'statements',
        item: group,
        children: () =>
          reported.map((r) => {
            const speaker = r.speaker ?? vscode.l10n.t('(no speaker)');
            const item = new vscode.TreeItem(`${speaker}: ${r.snippet}`, vscode.TreeItemCollapsibleState.None);
            item.iconPath = new vscode.ThemeIcon('comment-discussion');
            item.description = r.cue;
            item.command = { command: 'sorot.revealSpan', title: vscode.l10n.t('Show Statement'), arguments: [id, r.start, r.end] };
            return { key: `statement:${r.start}`, item };
          }),
      });
    }
    return out;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }
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
