// The Articles view in the Sorot activity-bar container: the workspace's articles by
// folder, a welcome view (package.json viewsWelcome) when there are none, and the
// view's commands. Other features extend it through `articles.addContributor`.
import * as vscode from 'vscode';
import { ArticlesProvider, GROUP_BY_SETTING } from './articles-provider';
import { GroupMetadata, type IndexedArticles, type ResearcherMetadata } from './group-metadata';
import { ARTICLE_GROUPINGS, isArticleGrouping, type ArticleGrouping } from '../../core/articles/group-articles';
import type { ArticlesNode } from './articles-tree';
import type { ArticleRows } from '../services/article-contributors';
import { HeadlineOverrides } from './headline-overrides';
import type { HeadlinesAway } from './headlines-away';
import { newArticle } from './new-article';
import { registerSetHeadline } from './set-headline';
import type { WorkspaceCorpusScope } from '../services/corpus-scope';
import { writing } from '../services/write-guard';
import { ContextKey } from '../context-key';
import type { FolderWatch } from '../services/created-folders';

export const ARTICLES_VIEW_ID = 'sorot.articles';

export interface ArticlesApi extends ArticleRows {
  provider: ArticlesProvider;
  view: vscode.TreeView<ArticlesNode>;
}

/** What New Article needs of the read-only articles (readonly/, handed in by
 *  extension.ts): the file it creates for the user to write is never locked by itself. */
export interface KeepWritable {
  keepWritable(uri: vscode.Uri): void;
}

/** `folders`: the workspace's one watcher of created folders (created-folders.ts);
 *  `away`: the desktop's worker thread for the headlines of local files. */
export function registerArticles(context: vscode.ExtensionContext, readOnly: KeepWritable | undefined, scope: WorkspaceCorpusScope, corpus: IndexedArticles, researcher: ResearcherMetadata, folders: FolderWatch, away?: HeadlinesAway): ArticlesApi {
  const headlines = new HeadlineOverrides();
  const provider = new ArticlesProvider(scope, folders, headlines, away);
  const metadata = new GroupMetadata(corpus, researcher);
  provider.useMetadata(metadata);
  const view = vscode.window.createTreeView(ARTICLES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  /** The error, the filter, or in a workspace that is no corpus how to read a folder. */
  const showMessage = (): void => {
    view.message = provider.lastError ?? filterMessage(provider) ?? openedOnlyMessage(scope);
  };
  const filtered = new ContextKey('sorot.articles.filtered', false);
  const showFilter = (): void => {
    showMessage();
    void filtered.set(filterMessage(provider) !== undefined);
  };
  context.subscriptions.push(
    provider,
    metadata,
    headlines,
    registerSetHeadline(headlines),
    view,
    provider.onDidChangeTreeData(showMessage),
    // the opened-only message is the scope's (a file opened as an article, the settings)
    scope.onDidChange(showMessage),
    vscode.commands.registerCommand('sorot.articles.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('sorot.articles.newArticle', writing(() => vscode.l10n.t('no new article is created'), async (node?: ArticlesNode, headline?: string) => {
      // The new file is there for the user to paste the article into: not locked.
      const uri = await newArticle(node, headline, (created) => readOnly?.keepWritable(created));
      if (!uri) return undefined;
      // made as an article: one, also in a workspace that is no corpus (corpus-scope.ts)
      scope.openedAsArticle(uri);
      await provider.refresh();
      if (!(await provider.nodeFor(uri))) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('{0} was created but is not an article of the corpus (settings sorot.corpus.*), so the view does not list it.', vscode.workspace.asRelativePath(uri)),
        );
      }
      return uri;
    })),
    vscode.commands.registerCommand('sorot.articles.filter', (text?: string, status?: string) => filterArticles(provider, showFilter, text, status)),
    vscode.commands.registerCommand('sorot.articles.clearFilter', () => {
      provider.setFilter({});
      showFilter();
    }),
    vscode.commands.registerCommand('sorot.articles.groupBy', (grouping?: string) => groupArticlesBy(provider, grouping)),
    vscode.commands.registerCommand('sorot.articles.configureGlob', () =>
      vscode.commands.executeCommand('workbench.action.openSettings', 'sorot.corpus'),
    ),
  );
  const articles: ArticlesApi = { provider, view, addContributor: (c) => provider.addContributor(c) };
  return articles;
}

/** Asks for a grouping (or takes it as an argument) and keeps it in the workspace's
 *  settings, so the view opens the same way next time; the provider follows the setting. */
async function groupArticlesBy(provider: ArticlesProvider, grouping?: string): Promise<void> {
  let chosen: ArticleGrouping | undefined = isArticleGrouping(grouping) ? grouping : undefined;
  if (grouping !== undefined && !chosen) throw new Error(`sorot.articles.groupBy: "${grouping}" is not one of ${ARTICLE_GROUPINGS.join(', ')}`);
  if (!chosen) {
    const names: Record<ArticleGrouping, { label: string; description: string }> = {
      folder: { label: vscode.l10n.t('Folder'), description: vscode.l10n.t('as on disk') },
      outlet: { label: vscode.l10n.t('Outlet'), description: vscode.l10n.t('articles without one under “No outlet”') },
      month: { label: vscode.l10n.t('Month'), description: vscode.l10n.t('of publication, oldest first') },
      none: { label: vscode.l10n.t('None'), description: vscode.l10n.t('one list, by path') },
    };
    const items = ARTICLE_GROUPINGS.map((value) => ({ ...names[value], value }));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Group Articles By'), placeHolder: vscode.l10n.t('Now: {0}', names[provider.groupBy].label) });
    if (!picked) return;
    chosen = picked.value;
  }
  provider.setGrouping(chosen);
  const config = vscode.workspace.getConfiguration('sorot.articles');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  // What the workspace would inherit needs no entry in its settings file.
  const inspected = config.inspect<string>(GROUP_BY_SETTING);
  const inherited = target === vscode.ConfigurationTarget.Workspace ? (inspected?.globalValue ?? inspected?.defaultValue) : inspected?.defaultValue;
  await config.update(GROUP_BY_SETTING, chosen === inherited ? undefined : chosen, target);
}

/** Filter by text and status: both asked for, or given as arguments (scripts, tests). */
async function filterArticles(provider: ArticlesProvider, showFilter: () => void, text?: string, status?: string): Promise<void> {
  if (text === undefined && status === undefined) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('Filter articles'),
      prompt: vscode.l10n.t('Text in the headline, file name or an actor\'s name (empty: any)'),
      value: provider.filter.text ?? '',
    });
    if (typed === undefined) return;
    const statuses = [
      { label: vscode.l10n.t('Any status'), value: '' },
      { label: vscode.l10n.t('Not started'), value: 'not-started' },
      { label: vscode.l10n.t('In progress'), value: 'in-progress' },
      { label: vscode.l10n.t('Done'), value: 'done' },
      { label: vscode.l10n.t('Reviewed'), description: vscode.l10n.t('every recognized actor and quote decided'), value: 'reviewed' },
    ];
    const picked = await vscode.window.showQuickPick(statuses, { title: vscode.l10n.t('Filter articles by status') });
    if (!picked) return;
    text = typed;
    status = picked.value;
  }
  provider.setFilter({ text: text ?? '', status: status ?? '' });
  showFilter();
}

/** Over the rows of a workspace that is no corpus (only the files opened as articles are
 *  listed): how to read the whole folder. None while the view is empty: a message hides
 *  the welcome view (package.json viewsWelcome), which offers the same. Read from the
 *  scope as it is, not from the view's listing: a listing awaited here finished after a
 *  later change at times, and its message, set last, was the stale one. */
function openedOnlyMessage(scope: WorkspaceCorpusScope): string | undefined {
  if (!scope.listsOpenedArticles()) return undefined;
  return vscode.l10n.t('Only the files you opened as news articles are listed. To read every .txt file of a workspace folder, choose "Use Workspace Folder as Corpus" in this view\'s "..." menu.');
}

function filterMessage(provider: ArticlesProvider): string | undefined {
  const { text, status } = provider.filter;
  const parts = [text ? `“${text}”` : '', status ?? ''].filter(Boolean);
  return parts.length ? vscode.l10n.t('Filtered: {0}', parts.join(' · ')) : undefined;
}
