// Shows each article's outlet and publication date in the Articles view: appended to
// the row's description ("ANTARA · 2024-02-27") and, in its tooltip, where each came
// from (the annotation file, .sorot/articles.csv and its line, or the words of the text
// with the reader's confidence). Decided by core/metadata (override > table > text).
// Computed in the background a few articles at a time, the first time a row is shown,
// and again when the article, one of its annotation files or the table changes.
import * as vscode from 'vscode';
import { sidecarPathFor } from '../../core/annotations/sidecar-paths';
import { configuredAnnotator, perAnnotatorFiles } from '../services/annotations/annotator';
import { ARTICLES_TABLE, ownersOf, readTextMetadata, type EffectiveMetadata, type EffectiveValue, type TextMetadata } from '../../core/metadata';
import { decodeText } from '../../core/text/decode';
import type { ArticleContributor, ArticleEntry, ArticleRows } from '../services/article-contributors';
import type { WorkspaceMetadata } from '../services/workspace-metadata';

const CONCURRENCY = 4;
/** Rows computed within this time are refreshed together (a corpus shown at once). */
const BATCH_MS = 150;

export interface Shown {
  metadata: EffectiveMetadata;
  /** The words of the text each text-read value came from. */
  words: { outlet?: string; date?: string };
}

/** An article's outlet and date as decided (annotation files > table > text), with the
 *  words of the text a value was read from; undefined when the article is not UTF-8. */
export async function articleMetadata(uri: vscode.Uri, decide: (article: vscode.Uri, text: TextMetadata) => Promise<EffectiveMetadata>): Promise<Shown | undefined> {
  const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
  if (!decoded.ok) return undefined;
  const metadata = await decide(uri, readTextMetadata(decoded.text));
  const words = (v: EffectiveValue | undefined) => (v?.from === 'text' && v.start !== undefined ? decoded.text.slice(v.start, v.end) : undefined);
  return { metadata, words: { outlet: words(metadata.outlet), date: words(metadata.date) } };
}

export class ArticleMetadataContributor implements ArticleContributor, vscode.Disposable {
  readonly id = 'metadata';
  private readonly emitter = new vscode.EventEmitter<vscode.Uri | undefined>();
  readonly onDidChange = this.emitter.event;
  private readonly shown = new Map<string, Shown>();
  private readonly queue: ArticleEntry[] = [];
  private readonly queued = new Set<string>();
  private running = 0;
  private readonly changed = new Set<string>();
  /** Count forgets (all rows; one row): a result computed across one is stale. */
  private epoch = 0;
  private readonly versions = new Map<string, number>();
  private batch: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly workspace: WorkspaceMetadata) {
    // The article's own text: its row again. Its annotation files and the table: the
    // workspace's metadata service says when it has taken in their change.
    const articles = vscode.workspace.createFileSystemWatcher('**/*.txt');
    const forget = (uri: vscode.Uri) => this.forget(uri.toString());
    this.disposables.push(
      articles,
      articles.onDidChange(forget),
      articles.onDidCreate(forget),
      articles.onDidDelete(forget),
      workspace.onDidChange((sidecars) => {
        if (sidecars) {
          // The rows of the articles they belong to (shown, or being computed) are stale.
          const owned = ownersOf(sidecars.map((u) => u.toString()));
          for (const article of new Set([...this.shown.keys(), ...this.queued])) if (owned(article)) this.forget(article);
          return;
        }
        this.epoch++;
        this.shown.clear();
        this.emitter.fire(undefined);
      }),
    );
  }

  decorateArticle(article: ArticleEntry, item: vscode.TreeItem): void {
    if (article.problem || article.loading) return;
    const shown = this.shown.get(article.uri.toString());
    if (!shown) {
      this.enqueue(article);
      return;
    }
    const { outlet, date } = shown.metadata;
    const parts = [outlet?.value, date?.value].filter((p): p is string => p !== undefined);
    if (parts.length === 0) return;
    item.description = [item.description, ...parts].filter(Boolean).join(' · ');
    // Another contributor may have made the tooltip plain text: keep it, as Markdown.
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip : new vscode.MarkdownString().appendText(item.tooltip ?? (typeof item.label === 'string' ? item.label : item.label?.label ?? ''));
    tooltip.supportThemeIcons = true;
    const own = ownSidecarName(article.uri);
    if (outlet) tooltip.appendMarkdown('\n\n$(globe) ').appendText(vscode.l10n.t('Outlet: {0} ({1})', outlet.value, provenance(outlet, shown.words.outlet, own)));
    if (date) tooltip.appendMarkdown('\n\n$(calendar) ').appendText(vscode.l10n.t('Date: {0} ({1})', date.value, provenance(date, shown.words.date, own)));
    item.tooltip = tooltip;
  }

  private forget(key: string): void {
    this.versions.set(key, (this.versions.get(key) ?? 0) + 1);
    if (this.shown.delete(key)) this.refresh(key);
  }

  /** One refresh for the rows computed within BATCH_MS: the whole view when several. */
  private refresh(key: string): void {
    this.changed.add(key);
    this.batch ??= setTimeout(() => {
      this.batch = undefined;
      const keys = [...this.changed];
      this.changed.clear();
      this.emitter.fire(keys.length === 1 ? vscode.Uri.parse(keys[0], true) : undefined);
    }, BATCH_MS);
  }

  private enqueue(article: ArticleEntry): void {
    const key = article.uri.toString();
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.queue.push(article);
    while (this.running < CONCURRENCY && this.queue.length > 0) void this.work();
  }

  private async work(): Promise<void> {
    this.running++;
    try {
      for (let article = this.queue.shift(); article; article = this.queue.shift()) {
        const key = article.uri.toString();
        try {
          const version = () => `${this.epoch}:${this.versions.get(key) ?? 0}`;
          const before = version();
          const shown = await this.compute(article);
          if (shown === undefined) continue; // not UTF-8: the row says so already
          // Forgotten meanwhile (the file, an annotation file or the table changed): the
          // refresh computes it again rather than show what may be stale.
          if (before === version()) this.shown.set(key, shown);
          this.refresh(key);
        } catch {
          // A file that went away or cannot be read: the row simply shows no metadata.
        } finally {
          this.queued.delete(key);
        }
      }
    } finally {
      this.running--;
    }
  }

  private compute(article: ArticleEntry): Promise<Shown | undefined> {
    return articleMetadata(article.uri, (a, text) => this.workspace.effectiveOf(a, text));
  }

  dispose(): void {
    if (this.batch) clearTimeout(this.batch);
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}

/** The name of the annotation file the researcher writes for the article (their own). */
export function ownSidecarName(article: vscode.Uri): string {
  const path = sidecarPathFor(article.toString(), perAnnotatorFiles() ? configuredAnnotator() : undefined);
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** "set by you in a.ani.sorot.json", "set by budi in a.budi.sorot.json", "from
 *  .sorot/articles.csv, line 3", "read from “ANTARA”, confidence 0.95". `own`: the name of
 *  the researcher's own annotation file. */
export function provenance(v: EffectiveValue, words: string | undefined, own?: string): string {
  switch (v.from) {
    case 'override':
      if (own !== undefined && v.file === own) return vscode.l10n.t('set by you in {0}', v.file);
      return v.annotator ? vscode.l10n.t('set by {0} in {1}', v.annotator, v.file ?? '') : vscode.l10n.t('set in {0}', v.file ?? '');
    case 'table':
      return vscode.l10n.t('from {0}, line {1}', v.file ?? ARTICLES_TABLE, v.line ?? 0);
    case 'text':
      return v.ambiguous
        ? vscode.l10n.t('read from “{0}”, confidence {1}; the text also names another', words ?? '', v.confidence)
        : vscode.l10n.t('read from “{0}”, confidence {1}', words ?? '', v.confidence);
  }
}

export function registerArticleMetadata(context: vscode.ExtensionContext, articles: ArticleRows | undefined, workspace: WorkspaceMetadata): void {
  if (!articles) return;
  const contributor = new ArticleMetadataContributor(workspace);
  context.subscriptions.push(contributor, articles.addContributor(contributor));
}
