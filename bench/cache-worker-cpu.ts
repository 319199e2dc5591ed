// The cache worker's own work (src/extension/corpus/cache-away.ts) on a cache folder the
// extension wrote, run on this thread so that its CPU time can be read: every shard
// decoded (ShardDecoder.away), then the names file (decodeNamesAway), with the thread's
// CPU and wall time of each. bench/index-reopen-folder.ts --away measures the host's side.
// usage: node --import tsx bench/cache-worker-cpu.ts DIR [--rounds N]  (Node 23.9+: thread CPU)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SHARDS, shardFileName } from '../src/core/incremental/index-cache-store';
import { NAMES_FILE } from '../src/core/incremental/index-cache-names';
import { decodeCacheFile } from '../src/extension/corpus/cache-away';

const [dir, ...rest] = process.argv.slice(2);
if (!dir) throw new Error('usage: cache-worker-cpu.ts DIR [--rounds N]');
const rounds = Number(rest[rest.indexOf('--rounds') + 1] ?? 1) || 1;
const first = readFileSync(join(dir, shardFileName(0)));
const key = (JSON.parse(first.subarray(0, first.indexOf(0x0a)).toString('utf8')) as { key: string }).key;

function threadCpu(): number {
  const p = process as unknown as { threadCpuUsage?: () => NodeJS.CpuUsage };
  const u = p.threadCpuUsage ? p.threadCpuUsage() : process.cpuUsage();
  return (u.user + u.system) / 1000;
}

void (async () => {
  for (let r = 0; r < rounds; r++) {
    const run = await decodeCacheFile({ folder: dir });
    const c0 = threadCpu();
    const t0 = performance.now();
    for (let shard = 0; shard < DEFAULT_SHARDS; shard++) {
      const reply = await run({ kind: 'shard', name: shardFileName(shard), key, shard, shards: DEFAULT_SHARDS, names: NAMES_FILE });
      if (!reply || reply === 'here' || !reply.ok) throw new Error(`${shardFileName(shard)} not decoded`);
    }
    const c1 = threadCpu();
    const t1 = performance.now();
    const names = await run({ kind: 'names', name: NAMES_FILE, key, shards: DEFAULT_SHARDS });
    const c2 = threadCpu();
    const t2 = performance.now();
    const ok = typeof names === 'object' && names.ok;
    console.log(`shards: thread CPU ${(c1 - c0).toFixed(0)} ms, wall ${(t1 - t0).toFixed(0)} ms; names file${ok ? '' : ' NOT USED'}: thread CPU ${(c2 - c1).toFixed(0)} ms, wall ${(t2 - t1).toFixed(0)} ms`);
  }
})();
