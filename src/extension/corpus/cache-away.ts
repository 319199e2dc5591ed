// The corpus index cache's files read, decoded and checked by a worker thread on the
// desktop, while the extension host's thread lists the corpus: the shards
// (ShardDecoder.away) and the names file (decodeNamesAway). Decoded on the host's
// thread, they were most of its CPU in a warm reopen of 100,000 articles (JSON.parse of
// 100,000 lines and of the names' lines, the name positions, the names' numbers, an object
// per article, the checksum and the checks), in slices between the listing's. The worker
// hands over a few arrays per file (DecodedShard, DecodedNames); the host makes the
// articles' and names' objects from them. Its checks are load()'s (a summary's data
// layout is left to the host's first read or verify(), as on the host's thread): a
// corrupt or foreign file is discarded by the host with the same log line. Desktop only:
// node-article-files.ts gives it; the web build decodes on its one thread.
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { type NamesOf, ShardDecoder, type ShardDecoding } from '../../core/incremental/index-cache';
import { decodeNamesAway, NAMES_FILE, type NamesDecoding } from '../../core/incremental/index-cache-names';
import type { ShardsAway } from '../../core/incremental/index-cache-store';
import { WorkerPool, type WorkerScript } from '../../node/worker-pool';

/** Shards the worker has at once: it decodes the next while the host takes the last. */
const AHEAD = 2;

/** A shard (and how many there are, and the names file's name: once the last one is
 *  decoded, the worker goes on to the names file without waiting to be asked), or the
 *  names file. */
export type CacheRequest = { kind: 'shard'; name: string; key: string; shard: number; shards: number; names: string } | { kind: 'names'; name: string; key: string; shards: number };
/** undefined: no such file; 'here': the worker cannot decode the names file (a shard it
 *  did not decode or found unusable), the host does. */
export type CacheReply = ShardDecoding | NamesDecoding | undefined | 'here';

/** The bundle's worker script next to dist/extension.js, or the source entry under tsx. */
function cacheWorkerScript(): WorkerScript {
  return { path: join(__dirname, __filename.endsWith('.ts') ? 'cache-worker.ts' : 'cache-worker.js'), flag: 'sorotCacheWorker' };
}

/** The worker's task: the files of `folder` decoded (undefined: no such file). It keeps
 *  each shard's summaries for the names file, which is asked for after the shards. */
export async function decodeCacheFile(init: { folder: string }): Promise<(r: CacheRequest) => Promise<CacheReply>> {
  const shards: Array<{ token: string | undefined; summaries: NamesOf[] } | undefined> = [];
  const read = async (name: string): Promise<Uint8Array | undefined> => {
    try {
      return await fs.readFile(join(init.folder, name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  };
  let answered = 0;
  let names: Promise<CacheReply> | undefined;
  const decodeNames = async (name: string, key: string, count: number): Promise<CacheReply> => {
    const held = Array.from({ length: count }, (_, s) => shards[s]);
    if (held.some((s) => s === undefined)) return 'here';
    const bytes = await read(name);
    if (!bytes) return undefined;
    const articles = held.flatMap((s) => (s as { summaries: NamesOf[] }).summaries.map((summary) => ({ summary })));
    return decodeNamesAway(bytes, { key, shardTokens: held.map((s) => s?.token), articles }, held.map((s) => s?.summaries.length ?? 0));
  };
  return async (r) => {
    if (r.kind === 'names') return (names ??= decodeNames(r.name, r.key, r.shards));
    const bytes = await read(r.name).finally(() => answered++);
    const decoding = bytes && ShardDecoder.away(r.key, r.shard, bytes);
    if (decoding) shards[r.shard] = decoding.decoding.ok ? { token: decoding.decoding.shard.token, summaries: decoding.summaries } : undefined;
    // Decoded after this reply is sent: the host takes the last shard meanwhile.
    if (answered === r.shards) setImmediate(() => void (names ??= decodeNames(r.names, r.key, r.shards)).catch(() => undefined));
    return decoding?.decoding;
  };
}

/** The cache files of `folder` decoded by one worker, the shards `names` a few ahead of
 *  the one taken; undefined when no worker could start. */
export function shardsAway(folder: string, key: string, names: readonly string[]): ShardsAway | undefined {
  let pool: WorkerPool<CacheRequest, CacheReply>;
  try {
    pool = new WorkerPool(cacheWorkerScript(), 1, { folder }, AHEAD + 1);
  } catch {
    return undefined;
  }
  const sent = new Map<number, Promise<CacheReply>>();
  const send = (k: number): void => {
    if (k >= names.length || sent.has(k)) return;
    const decoding = pool.run({ kind: 'shard', name: names[k] as string, key, shard: k, shards: names.length, names: NAMES_FILE });
    decoding.catch(() => undefined); // taken in its turn, or dropped when the load stops
    sent.set(k, decoding);
  };
  return {
    async take(k) {
      for (let j = k; j <= k + AHEAD; j++) send(j);
      const decoding = sent.get(k) as Promise<CacheReply>;
      sent.delete(k);
      return (await decoding) as ShardDecoding | undefined;
    },
    async names(name) {
      const reply = await pool.run({ kind: 'names', name, key, shards: names.length });
      return reply === undefined ? 'missing' : reply === 'here' ? undefined : (reply as NamesDecoding);
    },
    close() {
      void pool.close();
    },
  };
}
