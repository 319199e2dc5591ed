// Where the corpus index's cache lives and which one is in force: the cache key is the
// recognizer version (RECOGNIZER_VERSION and the extension's version, for the built-in
// KB it ships) and a hash of the KB in force. The cache is read from disk once per
// window, on the first indexing run; a KB changed later starts an empty one (nothing on
// disk was made with it) that replaces the files when saved. The KB's digest is made once
// per KB, in slices (issue 19).
import type * as vscode from 'vscode';
import { cacheKey, kbDigestSteps, RECOGNIZER_VERSION } from '../../../core/incremental/index-cache';
import { runStepsInSlices, TimeSlices } from '../../../core/incremental/time-slices';
import { IndexCacheStore, type LoadStats, type NamesSource } from '../../../core/incremental/index-cache-store';
import type { Kb } from '../../../core/kb/types';
import type { ArticleFiles } from './article-files';
import { HOST_SLICE_MS, othersWaiting, yieldToEventLoop } from '../../event-loop';

export class PersistentIndex {
  private store: IndexCacheStore | undefined;
  private key: string | undefined;
  private loadedOnce = false;
  /** The last load from disk, for the bench and tests. */
  lastLoad: LoadStats | undefined;
  /** The store whose loaded summaries' data is still to be checked (checkLoaded). */
  private unchecked: IndexCacheStore | undefined;
  private checking: Promise<void> | undefined;
  /** The cache key of the last KB asked for. The KB in force is replaced, never changed in
   *  place (loadBuiltinKb, WorkspaceKb): the same object has the same key. */
  private kbKey: { kb: Kb; key: Promise<string> } | undefined;
  /** Told the articles of a shard found corrupt after they were taken from it. */
  private discarded: (ids: string[]) => void = () => undefined;

  constructor(
    private readonly files: ArticleFiles,
    /** Undefined without a workspace: then nothing is kept across windows. */
    readonly folder: vscode.Uri | undefined,
    private readonly kb: () => Kb,
    private readonly extensionVersion: string,
    private readonly log: vscode.LogOutputChannel,
    private readonly pause: () => Promise<void> = yieldToEventLoop,
  ) {}

  /** The store for the KB in force now (loaded from disk on the first call). Its
   *  summaries keep their shard's strings, not the corpus index's pool (a lookup per
   *  name: index-cache.ts's ShardDecoder says what that cost). */
  async open(): Promise<IndexCacheStore | undefined> {
    if (!this.folder) return undefined;
    const key = await this.keyOf(this.kb());
    if (this.store && key === this.key) return this.store;
    const folder = this.folder;
    const store = new IndexCacheStore(this.files.cacheFiles(folder), key, {
      pause: this.pause,
      othersWaiting,
      log: (line) => this.log.warn(`corpus index cache ${folder.fsPath || folder.toString()}: ${line}`),
      // Only the store in force: one replaced while its verify() ran (reopen(), a KB
      // changed) would clear the index being built from the new one.
      discarded: (ids) => {
        if (this.store === store && ids.length > 0) this.discarded(ids);
      },
    });
    this.store = store;
    this.key = key;
    if (this.loadedOnce) {
      store.startEmpty();
      return store;
    }
    this.loadedOnce = true;
    this.lastLoad = await store.load();
    this.unchecked = store;
    this.log.info(`corpus index cache: ${this.lastLoad.articles} articles and ${this.lastLoad.names} names read in ${Math.round(this.lastLoad.ms)} ms`);
    return store;
  }

  /** The cache key for `kb`: its digest made once per KB, in slices that begin in a turn
   *  of their own (the built-in KB's 730 kB of JSON hashed in one go was the warm reopen's
   *  block with the most of the host's CPU, 22 ms, at 20,000 articles). */
  private keyOf(kb: Kb): Promise<string> {
    if (this.kbKey?.kb !== kb) {
      const slices = new TimeSlices(this.pause, HOST_SLICE_MS, () => performance.now(), 1, othersWaiting).spend();
      const key = runStepsInSlices(kbDigestSteps(kb), slices).then((digest) => cacheKey(`${RECOGNIZER_VERSION}+${this.extensionVersion}`, digest));
      this.kbKey = { kb, key };
    }
    return this.kbKey.key;
  }

  /** `discarded` is told the articles of a shard found corrupt once in use: they are no
   *  longer cached, and the caller indexes them again. */
  onDiscarded(discarded: (ids: string[]) => void): void {
    this.discarded = discarded;
  }

  /** Checks the data of the summaries the last load took (IndexCacheStore.verify), in
   *  slices, once the indexing that needed them is done: a warm reopen does not wait for
   *  it. A corrupt shard found then is discarded (a log line, `discarded`). */
  checkLoaded(): Promise<void> {
    const store = this.unchecked;
    if (!store || this.checking) return this.checking ?? Promise.resolve();
    this.unchecked = undefined;
    const t0 = performance.now();
    this.checking = store.verify().then(
      (discarded) => this.log.info(`corpus index cache: the data of ${store.size} articles checked in ${Math.round(performance.now() - t0)} ms${discarded > 0 ? `, ${discarded} shards discarded` : ''}`),
      (e: unknown) => this.log.warn(`corpus index cache: not checked (${e instanceof Error ? e.message : String(e)})`),
    ).finally(() => (this.checking = undefined));
    return this.checking;
  }

  /** Drops the store: the next open() reads the disk again. */
  forget(): void {
    this.store = undefined;
    this.unchecked = undefined;
    this.key = undefined;
    this.loadedOnce = false;
  }

  /** Writes what changed since the last save (a no-op when nothing did), and the names
   *  file when `names` gives the totals of exactly the cached articles. */
  async save(names?: NamesSource): Promise<void> {
    if (this.store?.hasChanges || (names && this.store?.namesStale)) await this.store.save(names);
  }
}
