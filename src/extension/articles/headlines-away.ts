// The Articles view's headlines of files on this host's disk, read by a worker thread
// (headline-task.ts says why). Desktop only: desktop.ts passes it in, so the web build
// never sees node:worker_threads. One worker per scan, stopped when the scan ends.
import { join } from 'node:path';
import { WorkerPool, type WorkerScript } from '../../node/worker-pool';
import type { HeadlineRead } from './headline-task';

/** Paths sent at once: a reply's strings are copied into this thread in one task. */
const CHUNK = 512;
/** Chunks the worker has at once: it reads the next while this thread takes the last. */
const CHUNKS_AHEAD = 2;

/** The headlines of the `count` files `pathOf` names (asked a chunk at a time: a path
 *  costs a little to make), in their order, chunk by chunk to `take`, until `stop()` says
 *  so; gives how many were taken: fewer than all when no worker could start or it
 *  failed (the caller reads the rest itself). */
export type HeadlinesAway = (count: number, pathOf: (i: number) => string, take: (from: number, reads: HeadlineRead[]) => Promise<void>, stop: () => boolean) => Promise<number>;

/** The bundle's worker script next to dist/extension.js, or the source entry under tsx. */
function headlineWorkerScript(): WorkerScript {
  return { path: join(__dirname, __filename.endsWith('.ts') ? 'headline-worker.ts' : 'headline-worker.js'), flag: 'sorotHeadlineWorker' };
}

export const headlinesAway: HeadlinesAway = (count, pathOf, take, stop) => headlinesAwayFrom(headlineWorkerScript())(count, pathOf, take, stop);

/** HeadlinesAway with the worker script at `script` (the editor bench's bundle is not
 *  next to dist/headline-worker.js: it names the extension's). */
export const headlinesAwayFrom = (script: WorkerScript): HeadlinesAway => async (count, pathOf, take, stop) => {
  let pool: WorkerPool<readonly string[], HeadlineRead[]>;
  try {
    pool = new WorkerPool(script, 1, {}, CHUNKS_AHEAD);
  } catch {
    return 0;
  }
  let taken = 0;
  try {
    const chunk = (from: number): Promise<HeadlineRead[]> => {
      const reads = pool.run(Array.from({ length: Math.min(CHUNK, count - from) }, (_, k) => pathOf(from + k)));
      reads.catch(() => undefined); // awaited in its turn, or dropped when the scan stops
      return reads;
    };
    const sent: Array<Promise<HeadlineRead[]>> = [];
    for (let from = 0; from < count && sent.length < CHUNKS_AHEAD; from += CHUNK) sent.push(chunk(from));
    for (let from = 0; from < count; from += CHUNK) {
      const reads = await (sent.shift() as Promise<HeadlineRead[]>);
      const next = from + CHUNKS_AHEAD * CHUNK;
      if (next < count) sent.push(chunk(next));
      if (stop()) break;
      await take(from, reads);
      taken = from + reads.length;
    }
  } catch {
    // the worker failed: the caller reads from `taken` on
  } finally {
    void pool.close();
  }
  return taken;
};
