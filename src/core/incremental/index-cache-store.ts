// The persistent corpus index on disk: the cached articles of a workspace, split over a
// fixed number of shard files (index-cache.ts encodes them). Loading and saving run in
// slices of a few milliseconds (the caller's `pause` yields to the event loop between
// them), so a 100,000-article cache neither blocks the extension host while parsed nor
// while written. A shard is written to a temporary file and renamed over the old one:
// two windows saving at once leave one of their two (valid) shards, never a mix.
// Next to the shards, the names file (index-cache-names.ts) keeps the corpus index's
// totals per name, written after the shards and used only with the very shard files it
// was made from.
import {
  type CachedArticle,
  ShardDecoder,
  ShardEncoder,
  shardOf,
} from './index-cache';
import { encodeNamesInSteps, NAMES_FILE, NamesDecoder, type NamesProblem, type NameVisitor, type SavedName, type SavedNames } from './index-cache-names';
import { decodeText, encodeUtf8, joinBytes } from '../text/decode';
import { TimeSlices } from './time-slices';
import { StringPool } from './compact-summary';

/** The file operations the store needs, in one folder, by file name. */
export interface CacheFiles {
  /** The file's bytes, or undefined when there is no such file. A shard's bytes are
   *  kept (its summaries' data is read from them when first used): never reused. */
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, data: Uint8Array): Promise<void>;
  /** Replaces `to` if it exists. */
  rename(from: string, to: string): Promise<void>;
  remove(name: string): Promise<void>;
  /** The string of the bytes' character codes, where the host has a quick way (Node's
   *  Buffer); without it a portable loop that took twice as long as latin1Slice. A copy,
   *  not a view of the bytes. */
  oneByteText?(bytes: Uint8Array): string;
}

export interface IndexCacheOptions {
  /** Yields to the event loop; called whenever a slice has used its budget. */
  pause: () => Promise<void>;
  /** One line per discarded shard or failed write, naming the file. */
  log: (line: string) => void;
  shards?: number;
  /** Longest stretch of synchronous work between pauses. */
  budgetMs?: number;
  /** Whether other sliced tasks wait for their turn (TimeSlices.afterWait). */
  othersWaiting?: () => boolean;
  /** Given, the loaded summaries' names are this pool's strings (the corpus index's,
   *  CorpusIndex.names), at the cost of a lookup per name (ShardDecoder says how much);
   *  without it, a shard's summaries share the strings of that shard's table. */
  names?: StringPool;
  /** Told the articles of a shard discarded after load() (its summaries' data is checked
   *  later: verify(), or save() before writing the shard again): they are no longer in
   *  the store, and the caller indexes them again. */
  discarded?: (ids: string[]) => void;
}

export const DEFAULT_SHARDS = 32;
const DEFAULT_BUDGET_MS = 6;
/** Bytes decoded at once when loading: a whole shard of a large corpus is megabytes. */
const DECODE_CHUNK = 256 * 1024;
/** Files read ahead of the shard being decoded (ReadsAhead). */
const READ_AHEAD = 2;
/** A names file's line as items of TimeSlices.due: enough to read the clock after each. */
const LINE_WORK = 1 << 16;

export function shardFileName(shard: number): string {
  return `index-${String(shard).padStart(2, '0')}.jsonl`;
}

export interface LoadStats {
  /** Articles read from valid shards. */
  articles: number;
  /** Shards discarded (corrupt, truncated, foreign). */
  discarded: number;
  /** Names read from a valid names file (0 when there was none to use). */
  names: number;
  ms: number;
}

/** The cache's articles, shard by shard in file order (the positions the names file
 *  refers to), and the names saved with them. */
export interface LoadedNames {
  articles: CachedArticle[];
  names: SavedNames;
}

/** Gives the names to save for `articles` (in that order), or undefined when the
 *  caller's totals are not exactly theirs (then no names file is written). */
export type NamesSource = (articles: readonly CachedArticle[], slices: TimeSlices) => Promise<SavedName[] | undefined>;

export class IndexCacheStore {
  private readonly shards: number;
  private readonly byShard: Map<string, CachedArticle>[];
  private readonly dirty = new Set<number>();
  /** Each shard file's token as last read or written (undefined: none known). */
  private readonly tokens: (string | undefined)[];
  /** True while the names file on disk was made from the shard files on disk. */
  private namesCurrent = false;
  private loadedNames: LoadedNames | undefined;
  /** Every line is checked: one cached article's line costs more than reading the clock. */
  private readonly slices: TimeSlices;
  private readonly names: StringPool | undefined;

  constructor(private readonly files: CacheFiles, private readonly key: string, private readonly options: IndexCacheOptions) {
    this.shards = options.shards ?? DEFAULT_SHARDS;
    this.names = options.names;
    this.byShard = Array.from({ length: this.shards }, () => new Map<string, CachedArticle>());
    this.tokens = new Array<string | undefined>(this.shards).fill(undefined);
    this.slices = new TimeSlices(options.pause, options.budgetMs ?? DEFAULT_BUDGET_MS, now, 1, options.othersWaiting);
  }

  get size(): number {
    let n = 0;
    for (const m of this.byShard) n += m.size;
    return n;
  }

  get hasChanges(): boolean {
    return this.dirty.size > 0;
  }

  /** True when the names file on disk is not the one of the shards (save() writes it
   *  when given the names). */
  get namesStale(): boolean {
    return !this.namesCurrent;
  }

  /** The names file read by the last load, with the articles in its order, once: it is
   *  valid for the store as loaded, before any put or delete. */
  takeNames(): LoadedNames | undefined {
    const loaded = this.loadedNames;
    this.loadedNames = undefined;
    return loaded;
  }

  get(id: string): CachedArticle | undefined {
    return this.byShard[shardOf(id, this.shards)]?.get(id);
  }

  /** Whether `entry`'s summary data holds what its counts say, checked now if the load
   *  left that for later; a corrupt one discards its shard as verify() does. */
  sound(entry: CachedArticle): boolean {
    if (entry.summary.dataChecked) return true;
    try {
      entry.summary.checkData();
      return true;
    } catch (e) {
      const shard = shardOf(entry.id, this.shards);
      if (this.byShard[shard]?.get(entry.id) === entry) this.discardLoaded(shard, message(e));
      return false;
    }
  }

  put(entry: CachedArticle): void {
    const shard = shardOf(entry.id, this.shards);
    const map = this.byShard[shard] as Map<string, CachedArticle>;
    if (map.get(entry.id) === entry) return;
    map.set(entry.id, entry);
    this.changed(shard);
  }

  delete(id: string): void {
    const shard = shardOf(id, this.shards);
    if (this.byShard[shard]?.delete(id)) this.changed(shard);
  }

  private changed(shard: number): void {
    this.dirty.add(shard);
    this.namesCurrent = false;
    this.loadedNames = undefined;
  }

  /** Reads every shard; a missing one is empty, a doubtful one is discarded (and logged)
   *  and rewritten on the next save. Replaces what the store held. */
  async load(): Promise<LoadStats> {
    const t0 = now();
    let discarded = 0;
    /** Shards of another recognizer or KB: one line for all, not one per shard. */
    const foreign: string[] = [];
    this.slices.restart();
    this.namesCurrent = false;
    this.loadedNames = undefined;
    /** No shard of this load found dirty so far: the names file may still be used. */
    let clean = true;
    // The names file is read ahead only while it may be used (all shards as written).
    const reads = new ReadsAhead(this.files, [...Array.from({ length: this.shards }, (_, s) => shardFileName(s)), NAMES_FILE], (k) => k < this.shards || clean);
    for (let shard = 0; shard < this.shards; shard++) {
      if (shard > 0 && this.dirty.has(shard - 1)) clean = false;
      const map = this.byShard[shard] as Map<string, CachedArticle>;
      map.clear();
      this.tokens[shard] = undefined;
      const name = shardFileName(shard);
      let bytes: Uint8Array | undefined;
      // A shard read ahead is decoded in the slice under way; one still being read, in a
      // slice of its own, not in the read's callback (TimeSlices.afterWait). Waiting for
      // the sliced tasks' turn after every shard made a warm reopen of 32 shards wait for
      // the other tasks' slices 32 times.
      const ready = reads.done(shard);
      try {
        bytes = await reads.take(shard);
      } catch (e) {
        this.options.log(`${name}: cannot be read (${message(e)}); its articles are indexed again`);
      }
      if (!ready) await this.slices.afterWait();
      if (!bytes) {
        this.dirty.add(shard);
        continue;
      }
      const decoder = new ShardDecoder(this.key, shard, this.names, this.files.oneByteText);
      for (let pos = 0; pos < bytes.length; ) {
        pos = decoder.record(bytes, pos);
        // Not `await check()`: an await per record, 100,000 of them in a warm reopen.
        if (this.slices.due()) await this.slices.next();
      }
      const result = decoder.finish();
      if (!result.ok) {
        discarded++;
        this.dirty.add(shard);
        if (result.problem.kind === 'foreign') foreign.push(`${name}: ${result.problem.reason}`);
        else this.options.log(`${name}: discarded, ${result.problem.reason}; its articles are indexed again`);
        continue;
      }
      let misplaced = false;
      for (const e of result.entries) {
        // An article in the wrong shard would never be found or replaced there.
        if (shardOf(e.id, this.shards) === shard) map.set(e.id, e);
        else misplaced = true;
      }
      this.tokens[shard] = decoder.token;
      // A shard of a cache from before tokens is written again, with one; one that held
      // an article of another shard, without it.
      if (decoder.token === undefined || misplaced) this.dirty.add(shard);
      else this.dirty.delete(shard);
    }
    if (foreign.length === 1) this.options.log(`${foreign[0]}; not used, its articles are indexed again`);
    else if (foreign.length > 1) this.options.log(`${foreign.length} shards not used (${foreign[0]}, ...); their articles are indexed again`);
    const names = this.dirty.size === 0 ? await this.loadNames(reads.take(this.shards)) : 0;
    return { articles: this.size, discarded, names, ms: now() - t0 };
  }

  /** Reads the names file of the shards just loaded and checks its header; one that is
   *  missing, stale or in doubt is not used (the caller adds the articles one by one) and
   *  is written anew. Its names are decoded when the caller reads them (SavedNames).
   *  Gives the number of names the file holds. */
  private async loadNames(reading: Promise<Uint8Array | undefined>): Promise<number> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await reading;
    } catch (e) {
      this.options.log(`${NAMES_FILE}: cannot be read (${message(e)}); the totals are counted again`);
    }
    await this.slices.afterWait();
    if (!bytes) return 0;
    const articles = this.articlesInOrder();
    // Summed in slices: the decoders check the names' totals against it.
    let actorCount = 0;
    for (let k = 0; k < articles.length; k++) {
      actorCount += (articles[k] as CachedArticle).summary.actorCount;
      if ((k & 1023) === 1023 && this.slices.due()) await this.slices.next();
    }
    const expected = { key: this.key, shardTokens: [...this.tokens], articles, actorCount };
    // Types and KB ids: a few distinct strings (1,945 KB ids for the 352,142 names that
    // have one in bench/index-reopen.ts's 100,000 articles), each in many lines. Without
    // the corpus index's pool, a small Map of this file's: a StringPool is in parts for
    // half a million names, and hashes each string itself before the Map does.
    const names = this.names;
    const intern = names ? (s: string): string => names.intern(s) : onePerText();
    const header = new NamesDecoder(expected, intern);
    const headerEnd = bytes.indexOf(0x0a);
    await this.decodeLines(bytes.subarray(0, headerEnd < 0 ? bytes.length : headerEnd + 1), header, this.slices);
    const count = header.announced;
    if (header.failed || count === undefined) {
      this.namesDiscarded(header.failed ?? { kind: 'corrupt', reason: 'empty file' });
      return 0;
    }
    let file: Uint8Array | undefined = bytes;
    const read = async (visit: NameVisitor, slices: TimeSlices): Promise<boolean> => {
      if (!file) throw new Error('the names file was read already');
      const decoder = new NamesDecoder(expected, intern, visit);
      await this.decodeLines(file, decoder, slices);
      file = undefined;
      const result = decoder.finish();
      if (result.ok) return true;
      this.namesDiscarded(result);
      return false;
    };
    this.loadedNames = { articles, names: { count, read } };
    this.namesCurrent = true;
    return count;
  }

  private namesDiscarded(problem: NamesProblem): void {
    this.namesCurrent = false;
    this.options.log(`${NAMES_FILE}: ${problem.kind === 'stale' ? 'not used' : 'discarded'}, ${problem.reason}; the totals are counted again`);
  }

  /** Every article, shard by shard, each shard in its file's order (as loaded or
   *  written: a changed article keeps its place, a new one goes last). */
  private articlesInOrder(): CachedArticle[] {
    const out: CachedArticle[] = [];
    for (const map of this.byShard) for (const e of map.values()) out.push(e);
    return out;
  }

  /** Forgets what the store held without reading the disk (the KB changed: nothing on
   *  disk can be of use); every shard is written on the next save. */
  startEmpty(): void {
    for (let shard = 0; shard < this.shards; shard++) {
      this.byShard[shard]?.clear();
      this.changed(shard);
    }
  }

  /** Checks the data of every summary loaded (PackedSummary.restoreInFile leaves that
   *  for later, so that a warm reopen does not wait for it), in slices of its own; a
   *  shard with a corrupt one is discarded as load() would have: a log line, its articles
   *  out of the store (told to `discarded`), the shard written again on the next save.
   *  Gives the number of shards discarded. */
  async verify(): Promise<number> {
    const slices = new TimeSlices(this.options.pause, this.options.budgetMs ?? DEFAULT_BUDGET_MS, now, 16).spend();
    let discarded = 0;
    for (let shard = 0; shard < this.shards; shard++) {
      const problem = await this.corruptData(shard, slices);
      if (problem !== undefined && this.discardLoaded(shard, problem)) discarded++;
    }
    return discarded;
  }

  /** Why a summary of the shard holds data that its counts do not describe, if one does. */
  private async corruptData(shard: number, slices: TimeSlices): Promise<string | undefined> {
    for (const e of (this.byShard[shard] as Map<string, CachedArticle>).values()) {
      if (!e.summary.dataChecked) {
        try {
          e.summary.checkData();
        } catch (err) {
          return message(err);
        }
      }
      if (slices.due()) await slices.next();
    }
    return undefined;
  }

  /** False when the shard holds nothing any more: save() and verify() both found it
   *  corrupt, and the first discarded it (the caller indexes its articles once). */
  private discardLoaded(shard: number, reason: string): boolean {
    const map = this.byShard[shard] as Map<string, CachedArticle>;
    if (map.size === 0) return false;
    const ids = [...map.keys()];
    map.clear();
    this.changed(shard);
    this.options.log(`${shardFileName(shard)}: discarded, ${reason}; its articles are indexed again`);
    this.options.discarded?.(ids);
    return true;
  }

  /** Writes the shards changed since the last load or save, then, given `names`, the
   *  names file of the shards now on disk when it is not that already. */
  async save(names?: NamesSource): Promise<void> {
    const shards = [...this.dirty].sort((a, b) => a - b);
    this.dirty.clear();
    // The caller's task has worked (the index's last slice): the save's first slice is
    // a turn of its own.
    await this.slices.afterWait();
    for (const shard of shards) {
      // Its summaries are written from their data: one not checked yet is checked first.
      const problem = await this.corruptData(shard, this.slices);
      if (problem !== undefined) this.discardLoaded(shard, problem);
      this.dirty.delete(shard);
      const name = shardFileName(shard);
      const { bytes, token } = await this.encodeShard(shard);
      const written = await this.writeFile(name, bytes);
      if (written) this.tokens[shard] = token;
      else this.dirty.add(shard);
      await this.slices.check();
    }
    if (names && !this.namesCurrent && this.dirty.size === 0) await this.saveNames(names);
  }

  private async saveNames(source: NamesSource): Promise<void> {
    const tokens = [...this.tokens];
    if (tokens.some((t) => t === undefined)) return;
    const articles = this.articlesInOrder();
    const saved = await source(articles, this.slices);
    // Changed while the names were gathered (a slice let a put in): they are not these.
    if (!saved || this.dirty.size > 0) return;
    // Each line encoded as it comes, not the file joined into one string and encoded in
    // one go (4.1 MB at 30,000 articles), with pauses inside a long line's work.
    const lines: Uint8Array[] = [];
    try {
      for (const piece of encodeNamesInSteps(this.key, tokens as string[], articles, saved)) {
        if (piece !== undefined) lines.push(encodeUtf8(`${piece}\n`));
        if (this.slices.due()) await this.slices.next();
      }
    } catch (e) {
      // Totals that are not these articles' (a bug, never data): no names file, a line.
      this.options.log(`${NAMES_FILE}: not written (${message(e)})`);
      return;
    }
    if (this.dirty.size > 0) return;
    if (await this.writeFile(NAMES_FILE, joinBytes(lines))) this.namesCurrent = this.dirty.size === 0 && this.tokens.every((t, s) => t === tokens[s]);
  }

  /** Writes a temporary file and renames it over `name`: a reader sees the old file or
   *  the new one. False (and a log line) when it could not be written. */
  private async writeFile(name: string, bytes: Uint8Array): Promise<boolean> {
    const temp = `${name}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    try {
      await this.files.write(temp, bytes);
      await this.files.rename(temp, name);
      return true;
    } catch (e) {
      this.options.log(`${name}: cannot be written (${message(e)}); the index is saved again later`);
      await this.files.remove(temp).catch(() => undefined);
      return false;
    }
  }

  private async encodeShard(shard: number): Promise<{ bytes: Uint8Array; token: string }> {
    const encoder = new ShardEncoder(this.key, shard);
    const parts = [encoder.header()];
    for (const entry of (this.byShard[shard] as Map<string, CachedArticle>).values()) {
      parts.push(encoder.entry(entry));
      await this.slices.check();
    }
    parts.push(encoder.trailer());
    return { bytes: joinBytes(parts), token: encoder.token };
  }

  /** Decodes a chunk of lines at a time, cut at a newline, pausing between slices (the
   *  names file; a shard's records are read one by one, ShardDecoder.record). */
  private async decodeLines(bytes: Uint8Array, decoder: { line(text: string): void; readonly failed: unknown }, slices: TimeSlices): Promise<void> {
    let pos = 0;
    while (pos < bytes.length) {
      let end = Math.min(bytes.length, pos + DECODE_CHUNK);
      if (end < bytes.length) {
        const nl = bytes.indexOf(0x0a, end);
        end = nl === -1 ? bytes.length : nl + 1;
      }
      // Sorot's one decoder (strict UTF-8); a chunk ends at a newline, never mid-character.
      const decoded = decodeText(bytes.subarray(pos, end));
      if (!decoded.ok) {
        decoder.line('\u0000'); // not text: the decoder fails on it and discards the shard
        return;
      }
      pos = end;
      const lines = decoded.text.split('\n');
      for (const l of lines) {
        decoder.line(l);
        if (decoder.failed) return;
        // A line is the work of up to a thousand names: the clock is read after each.
        if (slices.due(LINE_WORK)) await slices.next();
      }
    }
  }

}

/** Files read a few ahead of the one taken: while a shard is decoded, the next ones are
 *  read. One at a time, a warm reopen of 100,000 articles waited on the disk (or, on a
 *  busy machine, for the reader's thread to be scheduled, a few hundred times: Node reads
 *  a file 512 kB at a time) about 0.8 s of its 3.4 s (bench/index-reopen-folder.ts'
 *  profile at load 11). The shards' bytes are kept anyway (their summaries' data). */
class ReadsAhead {
  private readonly started = new Map<number, Promise<Uint8Array | undefined>>();
  /** The reads started that have finished (their callbacks have run). */
  private readonly finished = new Set<number>();

  /** `ahead` says whether the j-th file is still worth reading before it is taken. */
  constructor(private readonly files: CacheFiles, private readonly names: readonly string[], private readonly ahead: (j: number) => boolean) {}

  /** The k-th file's bytes (undefined: no such file); the following ones start. */
  take(k: number): Promise<Uint8Array | undefined> {
    for (let j = k; j <= k + READ_AHEAD && j < this.names.length; j++) {
      if (!this.started.has(j) && (j === k || this.ahead(j))) {
        const reading = this.files.read(this.names[j] as string);
        // Failed before it is taken: the rejection is the taker's, not unhandled.
        reading.then(() => this.finished.add(j), () => this.finished.add(j));
        this.started.set(j, reading);
      }
    }
    const reading = this.started.get(k) as Promise<Uint8Array | undefined>;
    this.started.delete(k);
    return reading;
  }

  /** Whether the k-th file, not yet taken, is read already: taking it then waits for no
   *  event of the loop. */
  done(k: number): boolean {
    return this.finished.has(k);
  }
}

/** Gives one string per distinct text it is given: the first one given. */
function onePerText(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}

function now(): number {
  return performance.now();
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
