// Outlet and date of every article, for grouping the Articles view by outlet or month
// without reading articles: what the text says comes from the corpus index (each
// summary carries it, core/articles/summary-metadata.ts), and a researcher's values
// override it as everywhere else (core/metadata: annotation file > .sorot/articles.csv >
// text). Those come from the workspace's metadata service (extension/metadata), read
// once when a grouping first needs them and then kept current by its watchers.
import * as vscode from 'vscode';
import type { MetadataValues, TextMetadata } from '../../core/metadata';
import type { ArticleSummary } from '../../core/incremental/article-summary';
import { DisposableStore } from '../disposables';
import type { ArticleEntry } from '../services/article-contributors';

/** Changes within this time make one refresh of the view. */
const SETTLE_MS = 300;
/** While the index grows, the view regroups at most this often (each regroup of a
 *  10,000-article corpus takes tens of milliseconds). */
const INDEX_REFRESH_MS = 1000;

/** What the grouping needs of the corpus index (CorpusService.index and its event). */
export interface IndexedArticles {
  readonly index: { packed(articleId: string): Pick<ArticleSummary, 'textMetadata'> | undefined; readonly version: number };
  readonly onDidChange: vscode.Event<void>;
}

/** What the grouping needs of the researcher's values (WorkspaceMetadata). */
export interface ResearcherMetadata {
  readAll(): Promise<void>;
  valuesOf(article: vscode.Uri, text: Pick<TextMetadata, 'outlet' | 'date'> | undefined, where?: { folder: vscode.WorkspaceFolder; relativePath: string }): MetadataValues;
  readonly onDidChange: vscode.Event<unknown>;
}

export class GroupMetadata implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables = new DisposableStore();
  private loading: Promise<void> | undefined;
  private loaded = false;
  private shownVersion = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private indexTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly corpus: IndexedArticles,
    private readonly researcher: ResearcherMetadata,
  ) {
    this.disposables.push(
      this.emitter,
      corpus.onDidChange(() => {
        if (corpus.index.version === this.shownVersion || this.indexTimer) return;
        this.indexTimer = setTimeout(() => {
          this.indexTimer = undefined;
          this.shownVersion = corpus.index.version;
          this.emitter.fire();
        }, this.loaded ? INDEX_REFRESH_MS : 0);
      }),
      researcher.onDidChange(() => this.loaded && this.changed()),
    );
  }

  /** Reads the tables and annotation files once; later changes come from the watchers. */
  load(): Promise<void> {
    this.loading ??= this.researcher.readAll().then(() => {
      this.loaded = true;
      this.emitter.fire();
    });
    return this.loading;
  }

  /** The article's outlet and date; undefined while not known (not indexed, or not loaded). */
  valuesOf(entry: ArticleEntry): MetadataValues | undefined {
    if (!this.loaded) return undefined;
    // The packed summary: its metadata without unpacking every article's.
    const summary = this.corpus.index.packed(entry.uri.toString());
    if (!summary) return undefined;
    return this.researcher.valuesOf(entry.uri, summary.textMetadata, { folder: entry.workspaceFolder, relativePath: entry.relativePath });
  }

  private changed(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.emitter.fire();
    }, SETTLE_MS);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.disposables.dispose();
  }
}
