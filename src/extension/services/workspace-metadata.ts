// The one owner of what a researcher says about articles' outlets and dates across the
// workspace (core/metadata: annotation file > .sorot/articles.csv > text): the listing of
// the annotation files (one search, then kept by a watcher), each workspace folder's
// table parsed once (again after it changes), the `metadata` of each annotation file read
// once (again after it changes), and one event when any of them changes. Made once at
// activation and handed to the features that show or count metadata (the Articles
// view's rows and grouping, the analysis view), so the workspace is searched, read and
// watched once rather than once per feature.
import * as vscode from 'vscode';
import { parseSidecarBytes, SIDECAR_SUFFIX } from '../../core/annotations';
import { combineMetadata, metadataValues } from '../../core/articles/summary-metadata';
import { ARTICLES_TABLE, effectiveMetadata, normalisePath, parseArticlesTable, SidecarListing, type ArticlesTable, type EffectiveMetadata, type MetadataOverride, type MetadataValues, type TextMetadata } from '../../core/metadata';
import { decodeText } from '../../core/text/decode';
import { mapAtMost } from '../../core/async/map-at-most';
import { DisposableStore } from '../disposables';
import type { SidecarChange, SidecarFiles } from './sidecar-files';

/** Annotation files read at once (all of them, or a batch of thousands after a pull). */
const READS_AT_ONCE = 32;

type TextValues = Pick<TextMetadata, 'outlet' | 'date'>;

export class WorkspaceMetadata implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<readonly vscode.Uri[] | undefined>();
  /** Fires after a change is taken in: with the annotation files that were created,
   *  changed or deleted (their articles may change, core/metadata's ownersOf tells which),
   *  or undefined when a table did (every article of its folder may change). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables = new DisposableStore();
  private listing: Promise<SidecarListing> | undefined;
  private listed: SidecarListing | undefined;
  /** By workspace folder URI: the parsed table, undefined when there is none (or it is not UTF-8). */
  private readonly tables = new Kept((folder) => readTable(vscode.Uri.parse(folder, true)));
  /** By annotation file URI: its `metadata`, undefined when it sets none or does not parse. */
  private readonly sidecars = new Kept(readMetadata);
  /** Set once everything was read (readAll): changes are then read as they come. */
  private all: Promise<void> | undefined;

  /** `files`: the workspace's one watcher of annotation files (sidecar-files.ts). */
  constructor(files: SidecarFiles) {
    const tableWatcher = vscode.workspace.createFileSystemWatcher(`**/${ARTICLES_TABLE}`);
    // A change is as good as a creation: a file written anew is sometimes reported as changed.
    const onSidecars = async (batch: readonly SidecarChange[]): Promise<void> => {
      // What was read stays for valuesOf until read again (or the file is gone).
      for (const { uri, exists } of batch) this.sidecars.forget(uri.toString(), !exists);
      const listing = await this.listing;
      for (const { uri, exists } of batch) {
        if (exists) listing?.add(uri.toString());
        else listing?.delete(uri.toString());
      }
      if (this.all) await this.readSidecars(batch.filter((c) => c.exists).map((c) => c.uri.toString()));
      // Thousands of files at once (a `git pull`): one event naming them all, not one each;
      // the readers forget the articles they belong to, not every article.
      this.emitter.fire(batch.map((c) => c.uri));
    };
    const onTable = () => {
      this.tables.forgetAll();
      void (async () => {
        if (this.all) await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.tableOf(f)));
        this.emitter.fire(undefined);
      })();
    };
    this.disposables.push(
      this.emitter,
      files.onDidChange((batch) => void onSidecars(batch)),
      tableWatcher,
      tableWatcher.onDidCreate(onTable),
      tableWatcher.onDidChange(onTable),
      tableWatcher.onDidDelete(onTable),
    );
  }

  /** The workspace's annotation files, searched for once and then kept by the watcher. */
  sidecarListing(): Promise<SidecarListing> {
    this.listing ??= Promise.resolve(vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**')).then((found) => {
      this.listed = new SidecarListing(found.map((u) => u.toString()));
      return this.listed;
    });
    return this.listing;
  }

  /** The folder's .sorot/articles.csv, parsed once (again after it changes); undefined when there is none. */
  tableOf(folder: vscode.WorkspaceFolder): Promise<ArticlesTable | undefined> {
    return this.tables.get(folder.uri.toString());
  }

  /** The researcher's values for the article, one per annotation file of it that sets some. */
  async overridesOf(article: vscode.Uri): Promise<MetadataOverride[]> {
    const files = (await this.sidecarListing()).of(article.toString());
    const values = await Promise.all(files.map((f) => this.sidecars.get(f.uri)));
    return files.flatMap((f, i) => {
      const set = values[i];
      return set ? [override(set, f.name, f.annotator)] : [];
    });
  }

  /** The article's outlet and date as decided, with where each came from. `overrides`:
   *  the researcher's values when the caller has read the annotation files already. */
  async effectiveOf(article: vscode.Uri, text: TextValues | undefined, overrides?: MetadataOverride[]): Promise<EffectiveMetadata> {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    const table = folder && (await this.tableOf(folder));
    return effectiveMetadata({ overrides: overrides ?? (await this.overridesOf(article)), ...this.tableInput(article, table), ...(text ? { text } : {}) });
  }

  /** As effectiveOf, but read from the disk now rather than from what is kept: for a
   *  command about to write, which must not show a value a watcher has not reported yet. */
  async effectiveFromDisk(article: vscode.Uri, text: TextValues | undefined): Promise<EffectiveMetadata> {
    const dir = vscode.Uri.joinPath(article, '..');
    let uris: string[] = [];
    try {
      const entries = await vscode.workspace.fs.readDirectory(dir);
      // As VS Code writes them (it also escapes ( ) ! ' *): compared with article.toString().
      uris = entries.filter(([n, kind]) => kind === vscode.FileType.File && n.endsWith(SIDECAR_SUFFIX)).map(([n]) => vscode.Uri.joinPath(dir, n).toString());
    } catch {
      // no folder listing: no annotation file counts
    }
    const files = new SidecarListing(uris).of(article.toString());
    const values = await Promise.all(files.map((f) => readMetadata(f.uri)));
    const overrides = files.flatMap((f, i) => (values[i] ? [override(values[i], f.name, f.annotator)] : []));
    const folder = vscode.workspace.getWorkspaceFolder(article);
    const table = folder && (await readTable(folder.uri));
    return effectiveMetadata({ overrides, ...this.tableInput(article, table), ...(text ? { text } : {}) });
  }

  /** Reads every table and annotation file now, so that valuesOf can answer at once;
   *  changes are read as they come from then on. */
  readAll(): Promise<void> {
    this.all ??= (async () => {
      await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => this.tableOf(f)));
      await this.readSidecars([...(await this.sidecarListing()).uris()]);
    })();
    return this.all;
  }

  /** The annotation files' metadata, READS_AT_ONCE read at once: a pull of 20,000 files
   *  started 20,000 reads in one task. */
  private async readSidecars(uris: readonly string[]): Promise<void> {
    await mapAtMost(uris, READS_AT_ONCE, (uri) => this.sidecars.get(uri));
  }

  /** The article's outlet and date values from what was read (readAll), the text's
   *  values (the corpus index's) counting last. `where`: its workspace folder and path
   *  in it, when the caller knows them (the Articles view asks for 100,000 articles, and
   *  finding the folder of each was a fifth of regrouping them). */
  valuesOf(article: vscode.Uri, text: TextValues | undefined, where?: { folder: vscode.WorkspaceFolder; relativePath: string }): MetadataValues {
    const folder = where?.folder ?? vscode.workspace.getWorkspaceFolder(article);
    const table = folder && this.tables.now(folder.uri.toString());
    const overrides = (this.listed?.of(article.toString()) ?? []).flatMap((f) => {
      const set = this.sidecars.now(f.uri);
      return set ? [override(set, f.name, f.annotator)] : [];
    });
    return combineMetadata({ overrides, ...this.tableInput(where?.relativePath ?? article, table) }, metadataValues(text));
  }

  /** The table's entry of the article (its URI, or its path in its folder). */
  private tableInput(article: vscode.Uri | string, table: ArticlesTable | undefined): { table?: { file: string; entry: ReturnType<ArticlesTable['entries']['get']> } } {
    return table ? { table: { file: ARTICLES_TABLE, entry: table.entries.get(normalisePath(typeof article === 'string' ? article : vscode.workspace.asRelativePath(article, false))) } } : {};
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

/** Values read once by key (again once forgotten), with the last value read of each kept
 *  until read again, for the answers that cannot wait (valuesOf). */
class Kept<T> {
  private readonly reading = new Map<string, Promise<T>>();
  private readonly read = new Map<string, T>();

  constructor(private readonly load: (key: string) => Promise<T>) {}

  get(key: string): Promise<T> {
    let value = this.reading.get(key);
    if (!value) {
      const loading = (value = this.load(key));
      this.reading.set(key, loading);
      void loading.then((v) => this.reading.get(key) === loading && this.read.set(key, v));
    }
    return value;
  }

  now(key: string): T | undefined {
    return this.read.get(key);
  }

  /** The next get reads again; `gone`: the last value read goes too. */
  forget(key: string, gone: boolean): void {
    this.reading.delete(key);
    if (gone) this.read.delete(key);
  }

  forgetAll(): void {
    this.reading.clear();
  }
}

/** The folder's .sorot/articles.csv parsed; undefined when there is none. A table that is
 *  not UTF-8 sets nothing; the metadata command names its problems. */
function readTable(folder: vscode.Uri): Promise<ArticlesTable | undefined> {
  const uri = vscode.Uri.joinPath(folder, ...ARTICLES_TABLE.split('/'));
  return Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
    (bytes) => {
      const decoded = decodeText(bytes);
      return decoded.ok ? parseArticlesTable(ARTICLES_TABLE, decoded.text) : undefined;
    },
    () => undefined, // no table
  );
}

/** An annotation file's `metadata`. A file that does not parse sets nothing here; the
 *  editor names it when its article opens. */
function readMetadata(uri: string): Promise<MetadataValues | undefined> {
  return Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(uri, true))).then(
    (bytes) => {
      const parsed = parseSidecarBytes(bytes);
      return parsed.ok && parsed.sidecar.metadata ? { ...parsed.sidecar.metadata } : undefined;
    },
    () => undefined, // deleted meanwhile: the watcher says so
  );
}

function override(values: MetadataValues, name: string, annotator: string): MetadataOverride {
  return { ...values, file: decodeURIComponent(name), ...(annotator ? { annotator } : {}) };
}
