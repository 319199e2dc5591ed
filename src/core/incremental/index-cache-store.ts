// The persistent corpus index on disk: the cached articles of a workspace, split over a
// fixed number of shard files (index-cache.ts encodes them). Loading and saving run in
// slices of a few milliseconds (the caller's `pause` yields to the event loop between
// them), so a 100,000-article cache neither blocks the extension host while parsed nor
// while written. A shard is written to a temporary file and renamed over the old one:
// two windows saving at once leave one of their two (valid) shards, never a mix.
import {
  type CachedArticle,
  ShardDecoder,
  ShardEncoder,
  shardOf,
} from './index-cache';
import { decodeText, encodeUtf8 } from '../text/decode';
import { TimeSlices } from './time-slices';
import { StringPool } from './compact-summary';

/** The file operations the store needs, in one folder, by file name. */
export interface CacheFiles {
  /** The file's bytes, or undefined when there is no such file. */
  read(name: string): Promise<Uint8Array | undefined>;
  write(name: string, data: Uint8Array): Promise<void>;
  /** Replaces `to` if it exists. */
  rename(from: string, to: string): Promise<void>;
  remove(name: string): Promise<void>;
}

export interface IndexCacheOptions {
  /** Yields to the event loop; called whenever a slice has used its budget. */
  pause: () => Promise<void>;
  /** One line per discarded shard or failed write, naming the file. */
  log: (line: string) => void;
  shards?: number;
  /** Longest stretch of synchronous work between pauses. */
  budgetMs?: number;
  /** One string per distinct name (the corpus index's, CorpusIndex.names): the loaded
   *  summaries share their names with the index's. */
  names?: StringPool;
}

export const DEFAULT_SHARDS = 32;
const DEFAULT_BUDGET_MS = 6;
/** Bytes decoded at once when loading: a whole shard of a large corpus is megabytes. */
const DECODE_CHUNK = 256 * 1024;

export function shardFileName(shard: number): string {
  return `index-${String(shard).padStart(2, '0')}.jsonl`;
}

export interface LoadStats {
  /** Articles read from valid shards. */
  articles: number;
  /** Shards discarded (corrupt, truncated, foreign). */
  discarded: number;
  ms: number;
}

export class IndexCacheStore {
  private readonly shards: number;
  private readonly byShard: Map<string, CachedArticle>[];
  private readonly dirty = new Set<number>();
  /** Every line is checked: one cached article's line costs more than reading the clock. */
  private readonly slices: TimeSlices;
  private readonly names: StringPool;

  constructor(private readonly files: CacheFiles, private readonly key: string, private readonly options: IndexCacheOptions) {
    this.shards = options.shards ?? DEFAULT_SHARDS;
    this.names = options.names ?? new StringPool();
    this.byShard = Array.from({ length: this.shards }, () => new Map<string, CachedArticle>());
    this.slices = new TimeSlices(options.pause, options.budgetMs ?? DEFAULT_BUDGET_MS, now, 1);
  }

  get size(): number {
    let n = 0;
    for (const m of this.byShard) n += m.size;
    return n;
  }

  get hasChanges(): boolean {
    return this.dirty.size > 0;
  }

  get(id: string): CachedArticle | undefined {
    return this.byShard[shardOf(id, this.shards)]?.get(id);
  }

  put(entry: CachedArticle): void {
    const shard = shardOf(entry.id, this.shards);
    const map = this.byShard[shard] as Map<string, CachedArticle>;
    if (map.get(entry.id) === entry) return;
    map.set(entry.id, entry);
    this.dirty.add(shard);
  }

  delete(id: string): void {
    const shard = shardOf(id, this.shards);
    if (this.byShard[shard]?.delete(id)) this.dirty.add(shard);
  }

  /** Reads every shard; a missing one is empty, a doubtful one is discarded (and logged)
   *  and rewritten on the next save. Replaces what the store held. */
  async load(): Promise<LoadStats> {
    const t0 = now();
    let discarded = 0;
    /** Shards of another recognizer or KB: one line for all, not one per shard. */
    const foreign: string[] = [];
    this.slices.restart();
    for (let shard = 0; shard < this.shards; shard++) {
      const map = this.byShard[shard] as Map<string, CachedArticle>;
      map.clear();
      const name = shardFileName(shard);
      let bytes: Uint8Array | undefined;
      try {
        bytes = await this.files.read(name);
      } catch (e) {
        this.options.log(`${name}: cannot be read (${message(e)}); its articles are indexed again`);
      }
      this.slices.restart();
      if (!bytes) {
        this.dirty.add(shard);
        continue;
      }
      const decoder = new ShardDecoder(this.key, shard, this.names);
      await this.decodeLines(bytes, decoder);
      const result = decoder.finish();
      if (!result.ok) {
        discarded++;
        this.dirty.add(shard);
        if (result.problem.kind === 'foreign') foreign.push(`${name}: ${result.problem.reason}`);
        else this.options.log(`${name}: discarded, ${result.problem.reason}; its articles are indexed again`);
        continue;
      }
      for (const e of result.entries) {
        // An article in the wrong shard would never be found or replaced there.
        if (shardOf(e.id, this.shards) === shard) map.set(e.id, e);
      }
      this.dirty.delete(shard);
    }
    if (foreign.length === 1) this.options.log(`${foreign[0]}; not used, its articles are indexed again`);
    else if (foreign.length > 1) this.options.log(`${foreign.length} shards not used (${foreign[0]}, ...); their articles are indexed again`);
    return { articles: this.size, discarded, ms: now() - t0 };
  }

  /** Forgets what the store held without reading the disk (the KB changed: nothing on
   *  disk can be of use); every shard is written on the next save. */
  startEmpty(): void {
    for (let shard = 0; shard < this.shards; shard++) {
      this.byShard[shard]?.clear();
      this.dirty.add(shard);
    }
  }

  /** Writes the shards changed since the last load or save. */
  async save(): Promise<void> {
    const shards = [...this.dirty].sort((a, b) => a - b);
    this.dirty.clear();
    this.slices.restart();
    for (const shard of shards) {
      const name = shardFileName(shard);
      const lines = await this.encodeShard(shard);
      const bytes = encodeUtf8(lines.join('\n') + '\n');
      const temp = `${name}.${Math.random().toString(36).slice(2, 10)}.tmp`;
      try {
        await this.files.write(temp, bytes);
        await this.files.rename(temp, name);
      } catch (e) {
        this.dirty.add(shard);
        this.options.log(`${name}: cannot be written (${message(e)}); the index is saved again later`);
        await this.files.remove(temp).catch(() => undefined);
      }
      await this.slices.check();
    }
  }

  private async encodeShard(shard: number): Promise<string[]> {
    const encoder = new ShardEncoder(this.key, shard);
    const lines = [encoder.header()];
    for (const entry of (this.byShard[shard] as Map<string, CachedArticle>).values()) {
      lines.push(encoder.entry(entry));
      await this.slices.check();
    }
    lines.push(encoder.trailer());
    return lines;
  }

  /** Decodes a chunk of lines at a time, cut at a newline, pausing between slices. */
  private async decodeLines(bytes: Uint8Array, decoder: ShardDecoder): Promise<void> {
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
        await this.slices.check();
      }
    }
  }

}

function now(): number {
  return performance.now();
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
