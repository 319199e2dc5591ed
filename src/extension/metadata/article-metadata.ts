// Shows each article's outlet and publication date in the Articles view: appended to
// the row's description ("ANTARA · 2024-02-27") and, in its tooltip, where each came
// from (the annotation file, .sorot/articles.csv and its line, or the words of the text
// with the reader's confidence). Decided by core/metadata (override > table > text).
// Computed in the background a few articles at a time, the first time a row is shown,
// and again when the article, one of its annotation files or the table changes.
import * as vscode from 'vscode';
import { parseSidecarBytes, sidecarAnnotator } from '../../core/annotations';
import { sidecarPathFor } from '../../core/annotations/sidecar-paths';
import { configuredAnnotator, perAnnotatorFiles } from '../annotations/annotator';
import { ARTICLES_TABLE, effectiveMetadata, parseArticlesTable, readTextMetadata, type ArticlesTable, type EffectiveMetadata, type EffectiveValue, type MetadataOverride } from '../../core/metadata';
import { decodeText } from '../../core/text/decode';
import type { ArticleContributor } from '../articles/contributors';
import type { ArticleEntry } from '../articles/scan';

const CONCURRENCY = 4;
/** Rows computed within this time are refreshed together (a corpus shown at once). */
const BATCH_MS = 150;

export interface Shown {
  metadata: EffectiveMetadata;
  /** The words of the text each text-read value came from. */
  words: { outlet?: string; date?: string };
}

/** An article's outlet and date as decided (annotation files > table > text), with the
 *  words of the text a value was read from. `sidecars`: the names of the annotation
 *  files in the article's folder; undefined when the article is not UTF-8. */
export async function articleMetadata(uri: vscode.Uri, relativePath: string, sidecars: Iterable<string>, table: ArticlesTable | undefined): Promise<Shown | undefined> {
  const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
  if (!decoded.ok) return undefined;
  const text = readTextMetadata(decoded.text);
  const overrides: MetadataOverride[] = [];
  const { folder, name } = split(uri.toString());
  for (const file of sidecars) {
    const annotator = sidecarAnnotator(name, file);
    if (annotator === undefined) continue;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(`${folder}/${file}`, true));
    } catch {
      continue; // deleted meanwhile; the watcher refreshes the row
    }
    const parsed = parseSidecarBytes(bytes); // a file that does not parse sets nothing here; the editor reports it
    if (parsed.ok && parsed.sidecar.metadata) overrides.push({ ...parsed.sidecar.metadata, file: decodeURIComponent(file), ...(annotator ? { annotator } : {}) });
  }
  const metadata = effectiveMetadata({ overrides, table: table && { file: ARTICLES_TABLE, entry: table.entries.get(relativePath) }, text });
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
  /** By workspace folder URI: the parsed table, or undefined when there is none. */
  private readonly tables = new Map<string, Promise<ArticlesTable | undefined>>();
  /** Annotation files by folder URI (file names), listed once and kept by the watcher:
   *  one search for the workspace instead of a folder listing per article. */
  private sidecars: Promise<Map<string, Set<string>>> | undefined;
  private readonly changed = new Set<string>();
  /** Count forgets (all rows; one row): a result computed across one is stale. */
  private epoch = 0;
  private readonly versions = new Map<string, number>();
  private batch: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    const articles = vscode.workspace.createFileSystemWatcher('**/*.{txt,sorot.json}');
    const forget = (uri: vscode.Uri, listed?: boolean) => {
      const key = uri.toString();
      if (key.endsWith('.sorot.json')) {
        const { folder, name } = split(key);
        void this.sidecars?.then((map) => {
          if (listed === true) (map.get(folder) ?? map.set(folder, new Set()).get(folder)!).add(name);
          if (listed === false) map.get(folder)?.delete(name);
        });
        // The rows of the article it belongs to (shown, or being computed) are stale.
        for (const article of new Set([...this.shown.keys(), ...this.queued])) if (split(article).folder === folder && sidecarAnnotator(split(article).name, name) !== undefined) this.forget(article);
      } else this.forget(key);
    };
    const table = vscode.workspace.createFileSystemWatcher(`**/${ARTICLES_TABLE}`);
    const forgetAll = () => {
      this.epoch++;
      this.tables.clear();
      this.shown.clear();
      this.emitter.fire(undefined);
    };
    this.disposables.push(articles, articles.onDidChange((u) => forget(u)), articles.onDidCreate((u) => forget(u, true)), articles.onDidDelete((u) => forget(u, false)), table, table.onDidChange(forgetAll), table.onDidCreate(forgetAll), table.onDidDelete(forgetAll));
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

  private async compute(article: ArticleEntry): Promise<Shown | undefined> {
    const table = await this.tableOf(article.workspaceFolder);
    const { folder } = split(article.uri.toString());
    return articleMetadata(article.uri, article.relativePath, (await this.sidecarsIn())?.get(folder) ?? [], table);
  }

  private sidecarsIn(): Promise<Map<string, Set<string>>> {
    this.sidecars ??= Promise.resolve(vscode.workspace.findFiles('**/*.sorot.json', '**/node_modules/**')).then((uris) => {
      const map = new Map<string, Set<string>>();
      for (const u of uris) {
        const { folder, name } = split(u.toString());
        (map.get(folder) ?? map.set(folder, new Set()).get(folder)!).add(name);
      }
      return map;
    });
    return this.sidecars;
  }

  private tableOf(folder: vscode.WorkspaceFolder): Promise<ArticlesTable | undefined> {
    const key = folder.uri.toString();
    let table = this.tables.get(key);
    if (!table) {
      const uri = vscode.Uri.joinPath(folder.uri, ...ARTICLES_TABLE.split('/'));
      table = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => {
          const decoded = decodeText(bytes);
          return decoded.ok ? parseArticlesTable(ARTICLES_TABLE, decoded.text) : undefined;
        },
        () => undefined, // no table
      );
      this.tables.set(key, table);
    }
    return table;
  }

  dispose(): void {
    if (this.batch) clearTimeout(this.batch);
    for (const d of this.disposables) d.dispose();
    this.emitter.dispose();
  }
}

/** A URI string's folder and file name. */
function split(uri: string): { folder: string; name: string } {
  const slash = uri.lastIndexOf('/');
  return { folder: uri.slice(0, slash), name: uri.slice(slash + 1) };
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

export function registerArticleMetadata(context: vscode.ExtensionContext, articles: { addContributor(c: ArticleContributor): vscode.Disposable } | undefined): void {
  if (!articles) return;
  const contributor = new ArticleMetadataContributor();
  context.subscriptions.push(contributor, articles.addContributor(contributor));
}
