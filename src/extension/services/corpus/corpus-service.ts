// The corpus index: every article of the corpus scope (services/corpus-scope.ts) read,
// analysed, curated with the researcher's corrections (article-corrections.ts: the same
// curated layer the editor shows) and summarised in the background, kept current by a
// file watcher and by the live analyses of open editors. Activation never waits for it;
// on the desktop the recognizer runs on worker threads (recognition-away.ts), and the
// rest of the work is done in short slices between which the extension host handles
// other events, a progress notification (cancellable) appears for large corpora, and a
// summary is cached by content hash + KB generation + corrections so nothing is
// re-analysed without reason.
import * as vscode from 'vscode';
import { contentHash } from '../../../core/incremental/hash';
import { CorpusIndex } from '../../../core/incremental/corpus-index';
import { PackedSummary } from '../../../core/incremental/packed-summary';
import { decodeText } from '../../../core/text/decode';
import { DisposableStore } from '../../disposables';
import type { WorkspaceCorpusScope } from '../corpus-scope';
import type { AnalysisResult } from '../../../core/recognize/types';
import { correctionsKey, summarizeCurated } from '../../../core/curation';
import type { Correction } from '../../../core/annotations/corrections';
import { indexSummary, withTextMetadata } from '../../../core/incremental/index-summary';
import type { ArticleCorrections } from './article-corrections';
import type { AnalysisEngine } from './analysis-engine';
import { LARGE_DOCUMENT } from './engine';
import type { DocumentAnalyses } from './document-analyses';
import type { ArticleFiles } from './article-files';
import type { PersistentIndex } from './persistent-index';
import type { RecognitionAway } from './recognition-task';
import { NewFolderWatchers } from './new-folder-watchers';
import { FolderSweep } from '../../../core/corpus/folder-sweep';
import { listedPositions } from './listed-positions';
import { ArticleStates } from './article-states';
import { TimeSlices, inOneGo, sortInSlices } from '../../../core/incremental/time-slices';
import { mapAtMost } from '../../../core/async/map-at-most';
import { hostSlices, yieldToEventLoop } from '../../event-loop';
import type { FolderWatch } from '../created-folders';
import { fileExists } from '../../file-exists';
import { LiveEditors } from './live-editors';
import { ContextKey } from '../../context-key';
import { type CachedArticle, type FileStamp, reusableByContent, reusableByStamp, stampIsTrustworthy } from '../../../core/incremental/index-cache';
import type { IndexCacheStore } from '../../../core/incremental/index-cache-store';

/** Corpora with more files than this get a notification; smaller ones a status-bar spinner. */
const NOTIFY_ABOVE = 200;
/** Longest stretch of synchronous analysis before yielding to the event loop: with the
 *  next article's cost (the dearest so far in the slice) it must stay under a frame.
 *  Not HOST_SLICE_MS (4 ms): the warm reopen shares its turns with the views' sliced
 *  work, one task a turn (event-loop.ts), and with 4 ms slices its work after the cache
 *  read took 2.7 s against the base's 1.2 s (editor bench, 100,000 articles, one run
 *  each, load 13-16 against 10-13: not proven the slices' doing, but kept out of it). */
const SLICE_MS = 8;
/** Files read at once. Reads go through workspace.fs (a round trip out of the extension
 *  host each), so many in flight keep that channel busy: 256 instead of 64 took the
 *  10,000-article index from 4.8-5.4 s to 4.0-4.1 s in the harness. The first chunk is
 *  smaller, and later ones shrink for large files so that about READ_BUDGET bytes are
 *  in memory at a time. */
const FIRST_READS = 64;
const MAX_READS = 256;
const MIN_READS = 8;
/** Files next when none of the last were read (their stamps were the cache's): each costs
 *  a stat, synchronous on a local disk, and a chunk's stats run in one go (256 of them
 *  were 36 ms of a 160 ms block of the extension host in the 100,000-article reopen). */
const STAT_READS = 64;
/** Articles handed to the workers and not yet put in the index, at most (recognition-away.ts):
 *  enough that a worker has the next ones while this thread serves other events. */
const AWAY_AHEAD = 32;
const READ_BUDGET = 32 * 1024 * 1024;
const CHANGE_THROTTLE_MS = 250;
const LIVE_SUMMARY_DELAY_MS = 800;

export interface IndexStats {
  files: number;
  analysed: number;
  /** Unchanged since this window indexed them. */
  reused: number;
  /** Summaries taken from the cache on disk (persistent-index.ts), not analysed again. */
  cached: number;
  /** Of those, files not even read: their size and modification time were the cached ones. */
  unread: number;
  failed: number;
  /** Time spent waiting for file reads (reads overlap with analysis). */
  readMs: number;
  analyseMs: number;
  totalMs: number;
}

export class CorpusService implements vscode.Disposable {
  readonly index = new CorpusIndex();
  /** Articles that could not be read or decoded, with the reason. */
  readonly errors = new Map<string, string>();
  /** Each summary's engine generation, corrections key and whether it is restored from
   *  the cache and not yet seen unchanged on disk (counted as cached, not reused, when it
   *  is): one map of shared states (article-states.ts). */
  private readonly states = new ArticleStates();
  private uris = new Map<string, vscode.Uri>();
  private readonly queue = new Map<string, vscode.Uri>();
  /** Files the watchers reported, not yet tested against the scope (enqueueArticle). */
  private readonly unchecked = new Map<string, vscode.Uri>();
  /** Annotation files changed on disk whose article (if any) is yet to be found. */
  private correctedFiles: string[] = [];
  private checking: Promise<void> | undefined;
  private readonly liveTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Which open articles may have a live summary (live-editors.ts says why). */
  private readonly liveEditors = new LiveEditors(() => vscode.window.tabGroups);
  /** Times each article was removed: a read that started before a removal must not put
   *  the deleted article back when its (sliced) analysis finishes after it. */
  private readonly removals = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly indexingEmitter = new vscode.EventEmitter<boolean>();
  private readonly disposables = new DisposableStore();
  /** Made anew on each rescan (the corpus settings may have changed). */
  private readonly watchers = new DisposableStore();
  private watchedPatterns: string | undefined;
  private running: Promise<void> | undefined;
  private cancelSource: vscode.CancellationTokenSource | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private scanned = false;
  /** The cache on disk for the engine generation `cacheGeneration` (undefined: none). */
  private cache: IndexCacheStore | undefined;
  private cacheGeneration = -1;
  private readonly newFolders: NewFolderWatchers;
  /** Deleted folders whose articles leave the index, in slices (folder-sweep.ts). */
  private readonly deletedFolders = new FolderSweep({
    keys: () => this.uris.keys(),
    remove: (id) => {
      const uri = this.uris.get(id);
      if (uri) this.removeArticle(uri);
    },
    swept: () => undefined, // removeArticle has told the views
    slices: () => hostSlices(SLICE_MS),
  });
  /** True when the user cancelled the last indexing run before it finished. */
  cancelled = false;
  lastStats: IndexStats | undefined;
  readonly onDidChange = this.emitter.event;
  /** Fires true when a run of indexing work starts and false when it ends (the Actors
   *  view's welcome says "reading" instead of "no actors" in between). */
  readonly onDidChangeIndexing = this.indexingEmitter.event;
  /** True while the corpus index is being built or brought up to date (package.json
   *  viewsWelcome): follows onDidChangeIndexing, set before any other listener hears it. */
  readonly indexingKey = new ContextKey('sorot.corpus.indexing', false);

  constructor(
    private readonly engine: AnalysisEngine,
    private readonly analyses: DocumentAnalyses,
    private readonly scope: WorkspaceCorpusScope,
    private readonly corrections: Pick<ArticleCorrections, 'onText' | 'ownFileTest' | 'articleOf' | 'onDidChangeFile' | 'onDidChangeOwner'>,
    private readonly files: ArticleFiles,
    private readonly persistent: PersistentIndex,
    /** The workspace's one watcher of created and deleted folders (created-folders.ts). */
    folders: FolderWatch,
    /** Where articles are analysed off this thread (the desktop's worker threads); none
     *  on the web: then in slices here. */
    private readonly away?: RecognitionAway,
  ) {
    persistent.onDiscarded(() => this.reindex());
    this.index.sound = (id, summary) => this.soundHeld(id, summary);
    // Folders made while Sorot runs get watchers of their own (new-folder-watchers.ts says
    // why); a file the walk meets or a watcher reports is an article if the scope says so.
    const known = (uri: vscode.Uri) => this.uris.has(uri.toString());
    this.newFolders = new NewFolderWatchers('*', {
      created: (uri) => this.enqueueArticle(uri),
      changed: (uri) => this.enqueueArticle(uri),
      deleted: (uri) => known(uri) && this.removeArticle(uri),
      listed: (uri) => this.enqueueArticle(uri),
      settled: (added) => added.forEach((folder) => void this.newFolders.add(folder)),
    });
    this.disposables.push(
      this.newFolders,
      folders.watch({
        created: (folder) => void this.newFolders.add(folder),
        // A deleted folder is reported once, as the folder, which no article pattern matches.
        deleted: (folder) => {
          this.newFolders.remove(folder);
          this.deletedFolders.add(folder.toString());
        },
      }),
      this.emitter,
      this.indexingEmitter,
      this.indexingEmitter.event((indexing) => void this.indexingKey.set(indexing)),
      engine.onDidChangeGeneration(() => this.rescan()),
      // settings, workspace folders or export folders changed
      scope.onDidChange(() => this.rescan()),
      analyses.onDidUpdate(({ document }) => this.scheduleLive(document)),
      // A correction written (by this window, another one, or git): that article again;
      // another researcher's corrections now count: every article again.
      // Found in slices with the watched files (checkUnchecked): a `git pull` brings thousands.
      corrections.onDidChangeFile((files) => {
        this.correctedFiles.push(...files);
        this.checking ??= this.checkUnchecked().finally(() => (this.checking = undefined));
      }),
      corrections.onDidChangeOwner(() => this.rescan()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.liveBackToDisk()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.liveBackToDisk()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        // Back to what is on disk: an unsaved edit must not linger in the index.
        if (this.uris.has(doc.uri.toString())) this.enqueue(doc.uri);
      }),
    );
  }

  get isIndexing(): boolean {
    return this.running !== undefined || this.checking !== undefined;
  }

  /** Every article URI currently known to the corpus, sorted by path, in `slices`
   *  (100,000 paths compared with the collator take about a second). */
  articles(slices: TimeSlices = inOneGo()): Promise<vscode.Uri[]> {
    return sortInSlices([...this.uris.values()], (a, b) => a.path.localeCompare(b.path), slices);
  }

  uriOf(articleId: string): vscode.Uri | undefined {
    return this.uris.get(articleId);
  }

  /** Starts the first scan; returns at once. */
  start(): void {
    this.rescan();
  }

  /** Re-lists the corpus and re-indexes what changed (all of it after a KB change). */
  rescan(): void {
    this.scanned = false;
    this.cancelled = false;
    this.resetWatchers();
    void this.pump();
  }

  /** Forgets the index held in memory and indexes the corpus again from the cache on
   *  disk, as a new window of this workspace would (the bench's and tests' warm reopen). */
  reopen(): void {
    this.index.clear();
    // As a new window knows no article before its listing (the bench's warm reopen paid
    // for checking each known one against the listing, which a new window does not).
    this.uris.clear();
    this.states.clear();
    this.cache = undefined;
    this.cacheGeneration = -1;
    this.persistent.forget();
    this.changed();
    this.rescan();
  }

  cancel(): void {
    this.cancelSource?.cancel();
  }

  /** Resolves when no indexing work is pending. */
  async whenIdle(): Promise<void> {
    await this.deletedFolders.whenDone();
    while (this.running || this.checking) await (this.running ?? this.checking);
  }

  enqueue(uri: vscode.Uri): void {
    this.queue.set(uri.toString(), uri);
    void this.pump();
  }

  private resetWatchers(): void {
    // Kept while the patterns stay the same: a watcher made anew is live only once the
    // workbench has set it up, and a file deleted in that gap would stay in the index.
    const patterns = this.scope.watchPatterns();
    const key = patterns.map((p) => `${p.baseUri.toString()}|${p.pattern}`).join('\n');
    if (key === this.watchedPatterns) return;
    this.watchedPatterns = key;
    this.watchers.clear();
    for (const pattern of patterns) {
      const w = vscode.workspace.createFileSystemWatcher(pattern);
      this.watchers.push(
        w,
        w.onDidCreate((u) => this.enqueueArticle(u)),
        w.onDidChange((u) => this.enqueueArticle(u)),
        w.onDidDelete((u) => this.removeArticle(u)),
      );
    }
  }


  /** A watched file that the scope calls an article (watch patterns match more). The
   *  workbench reports a folder of new files in one message, one event a file: testing
   *  them as they come took 10-15 ms for 10,000 in one task, so they are tested in slices. */
  private enqueueArticle(uri: vscode.Uri): void {
    this.deletedFolders.keep(uri.toString());
    this.unchecked.set(uri.toString(), uri);
    this.checking ??= this.checkUnchecked().finally(() => (this.checking = undefined));
  }

  private async checkUnchecked(): Promise<void> {
    await yieldToEventLoop(); // the rest of the workbench's batch of events first
    // The clock read after every file: a test reads the corpus settings (about 0.5 ms),
    // and 64 of them between two readings made blocks of 25-60 ms of CPU (editor bench,
    // the agreement phase's 4,667 annotation files written at 20,000 articles).
    const slices = hostSlices(SLICE_MS, 1);
    while (this.unchecked.size > 0 || this.correctedFiles.length > 0) {
      for (const [id, uri] of this.unchecked) {
        this.unchecked.delete(id);
        if (this.scope.isArticle(uri)) this.enqueue(uri);
        if (slices.due()) await slices.next();
      }
      const files = this.correctedFiles;
      this.correctedFiles = [];
      for (const file of files) {
        const id = this.corrections.articleOf(file, (candidate) => this.uris.has(candidate));
        const uri = id === undefined ? undefined : this.uris.get(id);
        if (uri) this.enqueue(uri);
        if (slices.due()) await slices.next();
      }
    }
  }

  private removeArticle(uri: vscode.Uri): void {
    const id = uri.toString();
    this.removals.set(id, (this.removals.get(id) ?? 0) + 1);
    this.queue.delete(id);
    this.unchecked.delete(id);
    this.uris.delete(id);
    this.errors.delete(id);
    // Throttled: a deleted folder removes thousands of articles, one event each would
    // make every view recompute thousands of times in one task.
    if (this.forget(id)) this.changedThrottled();
  }

  /** A shard of the cache turned out corrupt after the reopen took its summaries (their
   *  data is checked later: persistent-index.ts checkLoaded). The index's totals came
   *  with them (the names file), and taking a summary out reads its data: the index is
   *  built again, from the cache's other articles, the shard's analysed again. */
  private reindex(): void {
    this.index.clear();
    this.states.clear();
    this.changed();
    this.rescan();
  }

  /** Drops what the index and the cache keep of article `id`; true if the index held it.
   *  The index first: a summary whose data is not checked yet is checked with its cache
   *  entry (soundHeld). */
  private forget(id: string): boolean {
    const held = this.index.remove(id);
    this.states.delete(id);
    this.cache?.delete(id);
    return held;
  }

  /** Whether a summary the index took from the cache with its data unchecked (a warm
   *  reopen's, restoreFromCache) holds what its counts say, checked before the index
   *  first reads its data (taking it out, replacing it, a view unpacking it). A corrupt
   *  one of the cache in force discards its shard there (a log line, then reindex
   *  through onDiscarded); one that is no longer the cache's, here. */
  private soundHeld(id: string, summary: PackedSummary): boolean {
    const entry = this.cache?.get(id);
    if (this.cache && entry?.summary === summary) {
      if (this.cache.sound(entry)) return true;
    } else {
      try {
        summary.checkData();
        return true;
      } catch {
        // Built again below: its shard is not the cache's any more.
      }
    }
    // Not built again yet (the cache that discarded the shard is not the one in force).
    if (this.index.packed(id) === summary) this.reindex();
    return false;
  }

  private scheduleLive(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    if (!this.uris.has(id) && !this.scope.isArticle(doc.uri)) return;
    const t = this.liveTimers.get(id);
    if (t) clearTimeout(t);
    const removals = this.removals.get(id) ?? 0;
    // An open article's counts follow its unsaved text, summarised once typing pauses.
    this.liveTimers.set(
      id,
      setTimeout(() => void (async () => {
        this.liveTimers.delete(id);
        // A document the index does not know yet must be a file that is there: VS Code
        // keeps a closed editor's document a while, and a file deleted before this was
        // scheduled (no removal is counted then) would come back as an article.
        if (!this.uris.has(id) && !(await fileExists(doc.uri))) return;
        const a = this.analyses.peek(doc.uri);
        // A large document's live summary would materialise every finding at once; it
        // is indexed from disk when saved (the watcher) instead. A file deleted since
        // (its editor may still be open) stays out.
        // A document whose last tab closed is not summarised from its text any more.
        if (!a || !this.liveEditors.mayPut(doc) || a.model.windowed || a.pending) return;
        if ((this.removals.get(id) ?? 0) !== removals) return;
        this.uris.set(id, doc.uri);
        // The editor's curated layer: its corrections are where the unsaved text has them.
        this.index.put(id, withTextMetadata(summarizeCurated(a.result, `live:${a.version}`), doc.getText()));
        this.states.set(id, a.generation, undefined);
        this.liveEditors.put(id);
        this.changed();
      })(), LIVE_SUMMARY_DELAY_MS),
    );
  }

  /** An article whose last tab closed is indexed from its file again at once: its
   *  document, and so onDidCloseTextDocument, may come minutes later. */
  private liveBackToDisk(): void {
    for (const id of this.liveEditors.unshown()) {
      const uri = this.uris.get(id);
      if (uri && this.index.packed(id)?.hash.startsWith('live:')) this.enqueue(uri);
    }
  }

  private pump(): Promise<void> {
    if (!this.running) {
      this.indexingEmitter.fire(true);
      this.running = this.work().finally(() => {
        this.running = undefined;
        this.indexingEmitter.fire(false);
        this.changed();
        // The cache's summaries taken without checking their data, checked now (a
        // corrupt shard's articles come back through reindex).
        void this.persistent.checkLoaded();
      });
    }
    return this.running;
  }

  private async work(): Promise<void> {
    // Let activation finish before any I/O.
    await new Promise((r) => setTimeout(r, 0));
    do {
      while (!this.scanned || this.queue.size > 0) {
        // The cache is read while the folders are listed: both wait on the disk, and the
        // listing's waits are where the cache's shards are decoded. It is taken only
        // once the listing is done (restoreFromCache keeps just the listed articles).
        const generation = this.engine.generation;
        const opening = this.cacheGeneration !== generation ? this.persistent.open() : undefined;
        const listing = this.scanned ? undefined : ((this.scanned = true), this.listCorpus());
        // With a cache to compare them with, the listed files' stamps are taken away from
        // this thread meanwhile (the watchers are live: a later change is an event).
        const stamping = opening && listing ? listing.then((listed) => this.stampsOf(listed)).catch(() => undefined) : undefined;
        const [opened] = await Promise.all([opening, listing]);
        if (opening) {
          this.cache = opened;
          this.cacheGeneration = generation;
          await this.restoreFromCache();
        }
        const batch = [...this.queue.values()];
        this.queue.clear();
        await this.indexFiles(batch, stamping);
      }
      // What changed is written once the queue is empty: a shard per changed article at most.
      await this.persistent.save((articles, slices) => this.index.savedNames(articles, slices));
      // A rescan or a changed file that came while saving joined this run (pump() gave it
      // the running promise): its work is done here, not dropped.
    } while (!this.scanned || this.queue.size > 0);
  }

  /** With the names file of the cache just read, every cached article goes into the
   *  index at once, with its totals (CorpusIndex.restore). Each is then checked against
   *  its file as before (stamp, or text and corrections): an unchanged one stays, a
   *  changed one is analysed again and replaces it, a deleted one is taken out here. */
  private async restoreFromCache(): Promise<void> {
    const saved = this.cache?.takeNames();
    if (!saved) return;
    const generation = this.cacheGeneration;
    const slices = hostSlices(SLICE_MS);
    // Live summaries (open editors) put meanwhile stay, with their generation and
    // corrections: restore() puts them again over the cached ones.
    const live = new Set(this.index.ids());
    // A damaged names file (a log line) restores nothing: the articles are then taken
    // from the cache one by one, as without a names file.
    if (!(await this.index.restore(saved.articles, saved.names, slices))) return;
    for (const a of saved.articles) {
      if (live.has(a.id)) continue;
      // Listed before the cache was read: a cached article no longer listed is gone.
      if (!this.uris.has(a.id)) this.forget(a.id);
      else this.states.set(a.id, generation, a.correctionsKey, true);
      if (slices.due()) await slices.next();
    }
    this.changed();
  }

  /** Lists the corpus (every article queued); gives the articles listed. */
  private async listCorpus(): Promise<vscode.Uri[]> {
    // Unsorted: the queue's order does not matter, and sorting 100,000 paths blocks.
    // The scope's own map, by id: made again here, it was 100,000 map entries more.
    const found = await this.scope.listArticles();
    // The clock is read every 256 items: reading it every item would cost more than they do.
    // Not `await slices.check()` per item: an await each, 400,000 at 100,000 articles.
    // Begun spent (hostSlices): the listing resolves in the task of its last slice, and a
    // full slice of these on top of it was one block of both.
    const slices = hostSlices(SLICE_MS, 256);
    for (const id of [...this.uris.keys()]) {
      if (!found.has(id)) this.removeArticle(this.uris.get(id) as vscode.Uri);
      if (slices.due()) await slices.next();
    }
    // A file a watcher queued before the scope changed (an export folder learned, a
    // folder excluded) and not listed now would join, once indexed, the corpus this
    // listing left it out of. One queued since the walk passed its folder is an article
    // by the scope still, and stays.
    for (const [id, uri] of [...this.queue]) {
      if (!found.has(id) && !this.scope.isArticle(uri)) this.queue.delete(id);
      if (slices.due()) await slices.next();
    }
    const listed = [...found.values()];
    // A window's first listing (and a reopen's) knows no article yet: the listing's map
    // becomes the known articles as it is, not copied entry by entry (an article removed
    // meanwhile is then taken out of it, as out of a copy).
    const first = this.uris.size === 0;
    if (first) this.uris = found;
    for (const [id, uri] of found) {
      if (!first) this.uris.set(id, uri);
      this.queue.set(id, uri);
      if (slices.due()) await slices.next();
    }
    this.changed();
    return listed;
  }

  /** The stamps of the files `listed`, taken by a worker where the host has one
   *  (stamps-away.ts), in the listing's order; undefined without. */
  private async stampsOf(listed: vscode.Uri[]): Promise<ListedStamps | undefined> {
    // Called as the listing resolves, in the task of its last slice: the first paths are
    // made in a turn of their own.
    await yieldToEventLoop();
    const pairs = await this.files.stampsAway?.(listed);
    return pairs && { listed, pairs };
  }

  /** Indexes `files`; `stamping` gives stamps of them taken while the cache was read. */
  private async indexFiles(files: vscode.Uri[], stamping?: Promise<ListedStamps | undefined>): Promise<void> {
    if (files.length === 0) return;
    const stats: IndexStats = { files: files.length, analysed: 0, reused: 0, cached: 0, unread: 0, failed: 0, readMs: 0, analyseMs: 0, totalMs: 0 };
    const t0 = performance.now();
    const batch = await this.adoptUnchanged(files, stats, await stamping);
    const run = async (progress?: vscode.Progress<{ increment?: number; message?: string }>, token?: vscode.CancellationToken): Promise<void> => {
      let done = 0;
      // One budget for the analyses and the reads under way: a read's synchronous stat
      // runs in the turn the analyses run in. The reads of a chunk checked no budget, and
      // 64 stats in one go were a block of 813 ms while an export wrote to the disk.
      const slices = hostSlices(SLICE_MS, 1);
      // A chunk's reads are under way a few at a time where the reader says so (Node's fs:
      // node-article-files.ts says why), all at once otherwise.
      const readChunk = (uris: vscode.Uri[]): Promise<ReadOutcome[]> =>
        mapAtMost(uris, this.files.readsAtOnce?.(uris[0] as vscode.Uri) ?? uris.length, (u) => this.read(u, slices));
      // Reads are served outside this thread: the next chunk is read while this one is
      // analysed, so I/O waits and analysis overlap.
      let chunk = batch.slice(0, FIRST_READS);
      let next = readChunk(chunk);
      const count = (outcome: IndexOutcome, content: ReadOutcome): void => {
        stats[outcome]++;
        if ('cached' in content && outcome === 'cached') stats.unread++;
        done++;
      };
      // Articles a worker is analysing, put in the index in the listing's order: some
      // ahead, across chunks, keep the workers busy while this thread reads, hashes and
      // serves other events. Gives the time spent waiting for the workers.
      const away: Array<{ later: Later; content: ReadOutcome }> = [];
      const finishAway = async (ahead: number): Promise<number> => {
        let waited = 0;
        while (away.length > ahead) {
          const { later, content } = away.shift() as { later: Later; content: ReadOutcome };
          if (!later.ready()) {
            // The worker's reply is an event: the loop served others meanwhile, and this
            // wait is neither this slice's work nor this article's.
            // The reply's callback is not the sliced tasks' turn: the work goes on in one.
            const w0 = performance.now();
            await later.done;
            await slices.afterWait();
            waited += performance.now() - w0;
          }
          count((await later.done)(), content);
        }
        return waited;
      };
      for (let i = 0; i < batch.length; ) {
        if (token?.isCancellationRequested) {
          // The rest is dropped; "Rebuild Corpus Index" or a file change picks it up.
          this.queue.clear();
          this.cancelled = true;
          break;
        }
        const r0 = performance.now();
        const contents = await next;
        stats.readMs += performance.now() - r0;
        const following = batch.slice(i + chunk.length, i + chunk.length + readsFor(contents));
        if (following.length > 0) next = readChunk(following);
        // The slice is not started anew here: the wait for the reads may not have yielded
        // (reads already done), and the stats of the reads count in it.
        let dearest = 0;
        for (let k = 0; k < chunk.length; k++) {
          const uri = chunk[k] as vscode.Uri;
          const content = contents[k] as ReadOutcome;
          const a0 = performance.now();
          const outcome = await this.indexOne(uri, content);
          if (typeof outcome === 'string') count(outcome, content);
          else away.push({ later: outcome, content });
          const waited = await finishAway(AWAY_AHEAD);
          const cost = performance.now() - a0 - waited;
          dearest = Math.max(dearest, cost);
          stats.analyseMs += cost;
          // Yield before the next article would take the slice past its budget.
          // (A while: the pause may be the reads', and they may use the budget first.)
          if (slices.elapsed() + dearest > SLICE_MS) {
            do await slices.next();
            while (slices.due());
            dearest = 0;
          }
        }
        progress?.report({ increment: (chunk.length / batch.length) * 100, message: `${done}/${batch.length}` });
        this.changedThrottled();
        i += chunk.length;
        chunk = following; // read ahead above
      }
      // Those still under way go in too (also when cancelled: their work is done).
      await finishAway(0);
    };
    try {
      await this.readAndIndex(batch, run);
    } finally {
      stats.totalMs = performance.now() - t0;
      this.lastStats = stats;
    }
  }

  /** Runs `run` over `batch` with a cancellable notification for a large one, a spinner
   *  in the status bar otherwise. */
  private async readAndIndex(batch: vscode.Uri[], run: (progress?: vscode.Progress<{ increment?: number; message?: string }>, token?: vscode.CancellationToken) => Promise<void>): Promise<void> {
    if (batch.length === 0) return;
    this.cancelSource?.dispose();
    this.cancelSource = new vscode.CancellationTokenSource();
    const token = this.cancelSource.token;
    if (batch.length > NOTIFY_ABOVE) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sorot: indexing {0} articles', batch.length), cancellable: true },
        async (progress, notificationToken) => {
          const sub = notificationToken.onCancellationRequested(() => this.cancelSource?.cancel());
          try {
            await run(progress, token);
          } finally {
            sub.dispose();
          }
        },
      );
    } else {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Sorot: indexing') }, () => run(undefined, token));
    }
  }

  /** Takes the cached articles whose files kept the size and modification time of the
   *  cache in one pass, a slice at a time, and gives the files still to read. The stamps
   *  are `listed`'s where it has the file's, else a synchronous stat (statNow) where the
   *  host can. The conditions are readNow's; taken there one by one (a promise, a read
   *  slot and a share of a progress report each), the 30,000 articles of a warm reopen
   *  cost (editor bench, profile) four times the stats themselves. */
  private async adoptUnchanged(files: vscode.Uri[], stats: IndexStats, listed: ListedStamps | undefined): Promise<vscode.Uri[]> {
    const cache = this.cacheGeneration === this.engine.generation ? this.cache : undefined;
    if (!cache || (!listed && !this.files.statNow)) return files;
    const listedAt = listed && (await listedPositions(listed.listed, files, (uri) => uri.toString(), hostSlices(SLICE_MS)));
    /** The stamps of `uri`, the k-th of `files`. */
    const stampOf = (uri: vscode.Uri, id: string, k: number): FileStamp | undefined => {
      const at = listedAt?.(k, id);
      if (at === undefined) return this.files.statNow?.(uri);
      const mtime = listed?.pairs[2 * at] as number;
      return Number.isNaN(mtime) ? undefined : { mtime, size: listed?.pairs[2 * at + 1] as number };
    };
    const rest: vscode.Uri[] = [];
    const hasOwnFile = await this.corrections.ownFileTest();
    // A stat waits for the disk: the clock is read every few of them (stat-pace.ts keeps
    // the synchronous ones to those that take microseconds).
    const slices = hostSlices(SLICE_MS, 16);
    let openIds = openDocumentIds();
    let adopted = 0;
    for (let k = 0; k < files.length; k++) {
      const uri = files[k] as vscode.Uri;
      if (slices.due()) {
        await slices.next();
        openIds = openDocumentIds(); // an editor opened meanwhile is the read path's
      }
      const id = uri.toString();
      const cached = cache.get(id);
      // Unknown to the listing and the index (a watcher's file, or removed since it was
      // queued), an open document, or corrections to read: the read path decides.
      const candidate = this.uris.has(id) && !openIds.has(id) && mayGoUnread(cached, uri, hasOwnFile);
      // The cache stays this one unless the KB changed or a reopen began during a pause.
      const current = this.cache === cache && this.cacheGeneration === this.engine.generation;
      if (candidate && current && reusableByStamp(cached, stampOf(uri, id, k))) {
        const outcome = this.adopt(uri, cached);
        stats[outcome]++;
        if (outcome === 'cached') stats.unread++;
        adopted++;
      } else rest.push(uri);
    }
    if (adopted > 0) this.changedThrottled();
    return rest;
  }

  /** `mayGoAway`: false when the workers could not take the file (readsAway). */
  private async read(uri: vscode.Uri, slices: TimeSlices, mayGoAway = true): Promise<ReadOutcome> {
    const removals = this.removals.get(uri.toString()) ?? 0;
    const outcome = await this.readNow(uri, slices, mayGoAway);
    return { ...outcome, removals };
  }

  private async readNow(uri: vscode.Uri, slices: TimeSlices, mayGoAway: boolean): Promise<ReadOutcome> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // An open document is summarised from the editor's text by scheduleLive.
    if (open?.isDirty) return { skip: true };
    // A cached article whose file kept its size and time is not read at all (the
    // corrections need the text: an article with an annotation file is always read).
    const cached = this.cacheGeneration === this.engine.generation ? this.cache?.get(uri.toString()) : undefined;
    const hasOwnFile = await this.corrections.ownFileTest();
    if (mayGoAway && !open && !cached && this.readsAway(uri, hasOwnFile)) return { away: true };
    if (mayGoUnread(cached, uri, hasOwnFile)) {
      // A synchronous stat waits for the disk (milliseconds each while another process
      // writes to it): it is done within the indexing run's budget. Not `await check()`:
      // that awaits even when not due, and every read of the chunk would pass it first.
      while (slices.due()) await slices.next();
      if (reusableByStamp(cached, this.files.statNow?.(uri) ?? (await this.files.stat(uri)))) return { cached };
    }
    try {
      // When the text was taken: a stamp is trusted by the file's age then (a write after
      // it within the same clock tick keeps the stamp), not by its age once analysed.
      const readAt = Date.now();
      // Node's fs for local files on the desktop, workspace.fs elsewhere (article-files.ts).
      return { ...(await this.files.read(uri)), readAt };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Whether the workers read and summarise the file themselves (recognition-task.ts
   *  FileRequest says why): a file on this host's disk without corrections of the
   *  researcher's own, that the index does not hold (the caller checked the cache): no
   *  text of it to compare with the new one. */
  private readsAway(uri: vscode.Uri, hasOwnFile: (uri: vscode.Uri) => boolean): boolean {
    return this.away?.summarizeFile !== undefined && uri.scheme === 'file' && !this.index.packed(uri.toString()) && !hasOwnFile(uri);
  }

  private async indexOne(uri: vscode.Uri, content: ReadOutcome): Promise<IndexOutcome | Later> {
    const id = uri.toString();
    if ('skip' in content) return 'reused';
    if ('error' in content) return this.unreadable(id, content.error);
    const stillThere = (): boolean => (this.removals.get(id) ?? 0) === content.removals;
    if (!stillThere()) return 'reused';
    if ('away' in content) return this.indexAway(uri, stillThere);
    if ('cached' in content) return this.adopt(uri, content.cached);
    const decoded = decodeText(content.bytes);
    if (!decoded.ok) {
      this.errors.set(id, decoded.message);
      this.states.confirm(id);
      this.index.remove(id);
      return 'failed';
    }
    this.errors.delete(id);
    this.uris.set(id, uri);
    const hash = contentHash(decoded.text);
    const corrections = await this.corrections.onText(uri, decoded.text);
    // Removed while its annotation file was read: neither the index nor the cache may
    // take it back (the cached and unchanged paths below do not wait again).
    if (!stillThere()) return 'reused';
    const key = correctionsKey(corrections);
    const old = this.index.packed(id);
    if (old && old.hash === hash && this.states.generationOf(id) === this.engine.generation && this.states.correctionsOf(id) === key) {
      this.remember(id, old, key, content.stamp, content.readAt, this.engine.generation);
      return this.states.confirm(id) ? 'cached' : 'reused';
    }
    this.states.confirm(id);
    const cached = this.cacheGeneration === this.engine.generation ? this.cache?.get(id) : undefined;
    if (cached && reusableByContent(cached, hash, key)) {
      this.remember(id, cached.summary, key, content.stamp, content.readAt, this.engine.generation);
      return this.adopt(uri, cached);
    }
    const generation = this.engine.generation;
    const finish = (summary: PackedSummary): IndexOutcome => (stillThere() ? this.putAnalysed(uri, summary, key, generation, content) : 'reused');
    const request = { text: decoded.text, hash, corrections };
    // A large article stays on the sliced path: the editor's windowed model, not analyze().
    if (this.away && decoded.text.length <= LARGE_DOCUMENT) {
      let settled = false;
      const done = this.summarizeAway(this.away, request)
        .then((summary) => () => finish(summary))
        .finally(() => (settled = true));
      return { done, ready: () => settled };
    }
    return finish(await this.summarizeHere(request));
  }

  /** An article just analysed goes into the index, and into the cache with the stamp of
   *  the text `read` when it was read. */
  private putAnalysed(uri: vscode.Uri, summary: PackedSummary, correctionsKey: string, generation: number, read: { stamp?: FileStamp; readAt: number }): 'analysed' {
    const id = uri.toString();
    this.uris.set(id, uri);
    this.index.put(id, summary);
    this.states.set(id, generation, correctionsKey);
    this.remember(id, summary, correctionsKey, read.stamp, read.readAt, generation);
    return 'analysed';
  }

  /** A file that cannot be read or decoded: out of the index and the cache, with why. */
  private unreadable(id: string, error: string): 'failed' {
    this.errors.set(id, error);
    this.states.confirm(id);
    this.cache?.delete(id);
    if (this.index.remove(id)) this.changedThrottled();
    return 'failed';
  }

  /** The file the workers read and summarise (readsAway), put in the index as indexOne's
   *  own path would put it; read and indexed here when they give no summary (a worker
   *  failed) or the article is a large one (analysed here in slices). */
  private indexAway(uri: vscode.Uri, stillThere: () => boolean): Later {
    const id = uri.toString();
    const generation = this.engine.generation;
    const request = { path: uri.fsPath, largeAbove: LARGE_DOCUMENT };
    const here = async (): Promise<() => IndexOutcome> => {
      const outcome = await this.indexOne(uri, await this.read(uri, hostSlices(SLICE_MS), false));
      return typeof outcome === 'string' ? () => outcome : outcome.done;
    };
    let settled = false;
    const done = (this.away?.summarizeFile?.(request, this.engine.knowledgeBase) ?? Promise.resolve(undefined))
      .then((read) => {
        if (read === undefined || read === 'large') return here();
        return (): IndexOutcome => {
          if (!stillThere()) return 'reused';
          if ('error' in read) return this.unreadable(id, read.error);
          this.errors.delete(id);
          this.states.confirm(id);
          return this.putAnalysed(uri, PackedSummary.received(read, this.index.names), correctionsKey([]), generation, read);
        };
      })
      .finally(() => (settled = true));
    return { done, ready: () => settled };
  }

  /** The packed summary of an article, analysed on this thread. Packed: the recognizer's
   *  strings are slices that keep the whole text alive, and a plain summary is a hundred
   *  small objects. */
  private async summarizeHere(request: { text: string; hash: string; corrections: readonly Correction[] }): Promise<PackedSummary> {
    return PackedSummary.pack(indexSummary(await this.analyzeInSlices(request.text), request.corrections, request.hash, request.text), this.index.names);
  }

  /** The same from a worker: its parts are taken with the names numbered in the index's
   *  pool (sent-names.ts). Without a worker (one failed) the article is analysed here. */
  private async summarizeAway(away: RecognitionAway, request: { text: string; hash: string; corrections: readonly Correction[] }): Promise<PackedSummary> {
    const sent = await away.summarize(request, this.engine.knowledgeBase);
    return sent ? PackedSummary.received(sent, this.index.names) : this.summarizeHere(request);
  }

  /** A summary from the cache on disk becomes the article's. */
  private adopt(uri: vscode.Uri, cached: CachedArticle): 'reused' | 'cached' | 'failed' {
    const id = uri.toString();
    // Restored with the cache's totals (restoreFromCache set its uri, generation and
    // corrections key) and now confirmed: a warm reopen takes every article this way,
    // and the maps' lookups were most of its time per article.
    if (this.index.packed(id) === cached.summary && this.states.confirm(id)) {
      this.errors.delete(id);
      return 'cached';
    }
    this.errors.delete(id);
    this.uris.set(id, uri);
    const same = this.index.packed(id) === cached.summary && this.states.generationOf(id) === this.cacheGeneration;
    // Its data read for the first time: a corrupt one discards its shard (reindex).
    if (!same && !this.cache?.sound(cached)) return 'failed';
    if (!same) this.index.put(id, cached.summary);
    // Restored from the cache with the others: confirmed now, and counted as cached.
    const restored = this.states.isRestored(id);
    this.states.set(id, this.cacheGeneration, cached.correctionsKey, false);
    return same && !restored ? 'reused' : 'cached';
  }

  /** Keeps a summary made from the file on disk in the cache (a live one never is). */
  private remember(id: string, summary: PackedSummary, correctionsKey: string, stamp: FileStamp | undefined, readAt: number, generation: number): void {
    if (!this.cache || generation !== this.cacheGeneration) return;
    // A file written moments before it was read may be written again within the same
    // clock tick, keeping its stamp with another text.
    const trusted = stamp && stampIsTrustworthy(stamp, readAt) ? stamp : undefined;
    const e = this.cache.get(id);
    if (e && e.summary === summary && e.correctionsKey === correctionsKey && e.stamp?.mtime === trusted?.mtime && e.stamp?.size === trusted?.size) return;
    this.cache.put(trusted ? { id, summary, correctionsKey, stamp: trusted } : { id, summary, correctionsKey });
  }

  /** A large article is analysed a slice at a time (the editor's windowed model), so
   *  indexing it never blocks the extension host for long. */
  private async analyzeInSlices(text: string): Promise<AnalysisResult> {
    if (text.length <= LARGE_DOCUMENT) return this.engine.analyze(text);
    const model = this.engine.createModel(text.length);
    while (model.update(text, SLICE_MS, 0)) await yieldToEventLoop();
    return model.result();
  }

  private changedThrottled(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.emitter.fire();
    }, CHANGE_THROTTLE_MS);
  }

  private changed(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    this.emitter.fire();
  }

  dispose(): void {
    this.cancelSource?.cancel();
    this.cancelSource?.dispose();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    for (const t of this.liveTimers.values()) clearTimeout(t);
    this.watchers.dispose();
    this.disposables.dispose();
  }
}

/** Stamps of listed files (ArticleFiles.stampsAway), [mtime, size] in `listed`'s order. */
interface ListedStamps {
  listed: readonly vscode.Uri[];
  pairs: Float64Array;
}


type IndexOutcome = 'analysed' | 'reused' | 'cached' | 'failed';

/** An article a worker is analysing: `done` gives what puts its summary in the index,
 *  called in the listing's order. */
interface Later {
  done: Promise<() => IndexOutcome>;
  /** True once `done` has settled (awaiting it then does not yield). */
  ready: () => boolean;
}

/** `away`: not read here, the workers read it (readsAway). */
type ReadOutcome = ({ bytes: Uint8Array; stamp?: FileStamp; readAt: number } | { cached: CachedArticle } | { error: string } | { skip: true } | { away: true }) & { removals?: number };

/** The open documents' URIs, as article ids. */
function openDocumentIds(): Set<string> {
  return new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
}

/** How many files to read next, from the sizes of the files just read. */
function readsFor(contents: readonly ReadOutcome[]): number {
  let bytes = 0;
  let read = 0;
  for (const c of contents) {
    if (!('bytes' in c)) continue;
    bytes += c.bytes.byteLength;
    read++;
  }
  if (read === 0) return STAT_READS;
  const average = bytes / read;
  return Math.max(MIN_READS, Math.min(MAX_READS, Math.floor(READ_BUDGET / Math.max(1, average))));
}

/** Whether a cached article may be taken without reading its file once its stamp is
 *  confirmed: it has a stamp, and no corrections of the researcher's own to place on the
 *  text (an article with an annotation file is always read). One condition for the warm
 *  reopen's pass (adoptUnchanged) and the read path (readNow). */
function mayGoUnread(cached: CachedArticle | undefined, uri: vscode.Uri, hasOwnFile: (uri: vscode.Uri) => boolean): cached is CachedArticle {
  return !!cached?.stamp && cached.correctionsKey === '' && !hasOwnFile(uri);
}
