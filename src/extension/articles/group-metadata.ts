// Outlet and date of every article, for grouping the Articles view by outlet or month
// without reading articles: what the text says comes from the corpus index (each
// summary carries it, core/articles/summary-metadata.ts), and a researcher's values
// override it as everywhere else (core/metadata: annotation file > .sorot/articles.csv >
// text). Those are read once, when a grouping first needs them: the table of each
// workspace folder (one file) and the annotation files (the articles someone annotated;
// only their `metadata` is kept), then kept current by file watchers.
import * as vscode from 'vscode';
import { articleStem, parseSidecarBytes, sidecarAnnotator, SIDECAR_SUFFIX } from '../../core/annotations';
import { combineMetadata, metadataValues } from '../../core/articles/summary-metadata';
import { ARTICLES_TABLE, parseArticlesTable, type ArticlesTable, type MetadataOverride, type MetadataValues } from '../../core/metadata';
import { decodeText } from '../../core/text/decode';
import type { ArticleSummary } from '../../core/incremental/article-summary';
import { DisposableStore } from '../disposables';
import type { ArticleEntry } from './scan';

const READS_AT_ONCE = 32;
/** Changes within this time make one refresh of the view. */
const SETTLE_MS = 300;
/** While the index grows, the view regroups at most this often (each regroup of a
 *  10,000-article corpus takes tens of milliseconds). */
const INDEX_REFRESH_MS = 1000;

/** What the grouping needs of the corpus index (CorpusService.index and its event). */
export interface IndexedArticles {
  readonly index: { get(articleId: string): Pick<ArticleSummary, 'textMetadata'> | undefined; readonly version: number };
  readonly onDidChange: vscode.Event<void>;
}

interface SidecarMetadata {
  folder: string;
  name: string;
  values: MetadataValues;
}

export class GroupMetadata implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables = new DisposableStore();
  private loading: Promise<void> | undefined;
  private loaded = false;
  private readonly tables = new Map<string, ArticlesTable | undefined>();
  /** Annotation files that set metadata, by "<folder URI>/<stem>" of the articles they may belong to. */
  private readonly sidecars = new Map<string, SidecarMetadata[]>();
  private shownVersion = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private indexTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly corpus: IndexedArticles) {
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
    );
  }

  /** Reads the tables and annotation files once; later changes come from the watchers. */
  load(): Promise<void> {
    this.loading ??= this.readAll().then(() => {
      this.loaded = true;
      this.emitter.fire();
    });
    return this.loading;
  }

  /** The article's outlet and date; undefined while not known (not indexed, or not loaded). */
  valuesOf(entry: ArticleEntry): MetadataValues | undefined {
    if (!this.loaded) return undefined;
    const summary = this.corpus.index.get(entry.uri.toString());
    if (!summary) return undefined;
    const table = this.tables.get(entry.workspaceFolder.uri.toString());
    return combineMetadata(
      { overrides: this.overridesOf(entry.uri.toString()), ...(table ? { table: { file: ARTICLES_TABLE, entry: table.entries.get(entry.relativePath) } } : {}) },
      metadataValues(summary.textMetadata),
    );
  }

  private overridesOf(articleUri: string): MetadataOverride[] {
    const { folder, name } = split(articleUri);
    const out: MetadataOverride[] = [];
    for (const s of this.sidecars.get(`${folder}/${articleStem(name)}`) ?? []) {
      const annotator = s.folder === folder ? sidecarAnnotator(name, s.name) : undefined;
      if (annotator !== undefined) out.push({ ...s.values, file: s.name, ...(annotator ? { annotator } : {}) });
    }
    return out;
  }

  private async readAll(): Promise<void> {
    const tableWatcher = vscode.workspace.createFileSystemWatcher(`**/${ARTICLES_TABLE}`);
    const sidecarWatcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const table = (uri: vscode.Uri) => void this.readTableOf(uri).then(() => this.changed());
    const sidecar = (uri: vscode.Uri) => void this.readSidecar(uri).then(() => this.changed());
    this.disposables.push(
      tableWatcher,
      tableWatcher.onDidCreate(table),
      tableWatcher.onDidChange(table),
      tableWatcher.onDidDelete(table),
      sidecarWatcher,
      sidecarWatcher.onDidCreate(sidecar),
      sidecarWatcher.onDidChange(sidecar),
      sidecarWatcher.onDidDelete(sidecar),
    );
    for (const folder of vscode.workspace.workspaceFolders ?? []) await this.readTable(folder);
    const files = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
    for (let i = 0; i < files.length; i += READS_AT_ONCE) await Promise.all(files.slice(i, i + READS_AT_ONCE).map((f) => this.readSidecar(f)));
  }

  private async readTableOf(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && vscode.Uri.joinPath(folder.uri, ...ARTICLES_TABLE.split('/')).toString() === uri.toString()) await this.readTable(folder);
  }

  private async readTable(folder: vscode.WorkspaceFolder): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, ...ARTICLES_TABLE.split('/'));
    let table: ArticlesTable | undefined;
    try {
      const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
      // A table that is not UTF-8 sets nothing; the metadata feature names its problems.
      table = decoded.ok ? parseArticlesTable(ARTICLES_TABLE, decoded.text) : undefined;
    } catch {
      table = undefined; // no table
    }
    this.tables.set(folder.uri.toString(), table);
  }

  private async readSidecar(uri: vscode.Uri): Promise<void> {
    const { folder, name } = split(uri.toString());
    let values: MetadataValues | undefined;
    try {
      const parsed = parseSidecarBytes(await vscode.workspace.fs.readFile(uri));
      // A file that does not parse sets nothing; the editor names it when the article opens.
      if (parsed.ok && parsed.sidecar.metadata) values = { ...parsed.sidecar.metadata };
    } catch {
      values = undefined; // deleted
    }
    const inner = name.slice(0, -SIDECAR_SUFFIX.length);
    const lastDot = inner.lastIndexOf('.');
    // "<stem>.sorot.json" or "<stem>.<annotator>.sorot.json": filed under both readings.
    for (const stem of lastDot > 0 ? [inner, inner.slice(0, lastDot)] : [inner]) {
      const key = `${folder}/${stem}`;
      const list = (this.sidecars.get(key) ?? []).filter((s) => s.name !== name);
      if (values) list.push({ folder, name, values });
      if (list.length) this.sidecars.set(key, list);
      else this.sidecars.delete(key);
    }
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

/** A URI string's folder (as in the URI) and file name (decoded). */
function split(uri: string): { folder: string; name: string } {
  const slash = uri.lastIndexOf('/');
  return { folder: uri.slice(0, slash), name: decodeURIComponent(uri.slice(slash + 1)) };
}
