// The corpus index's articles analysed on Node worker threads (summary-task.ts says
// why), for the desktop extension host; desktop.ts passes it in, so the web build never
// sees node:worker_threads. Workers are started on the first article and set up with the
// KB in force; a changed KB starts new ones, and they stop when indexing has been idle a
// while (each holds a KB index and a recognizer's heap).
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Kb } from '../../core/kb/types';
import type { PackedParts } from '../../core/incremental/packed-summary';
import { WorkerPool, type WorkerScript } from '../../node/worker-pool';
import type { SummariesAway, SummaryRequest } from './summary-task';

/** Idle this long, the workers stop; the next article starts them again (a KB index is
 *  built then, off this thread). */
const IDLE_MS = 30_000;
/** Workers at most: one core is left to the extension host and the workbench. */
const MAX_WORKERS = 4;

/** The bundle's worker script next to dist/extension.js, or the source entry under tsx. */
function indexWorkerScript(): WorkerScript {
  return { path: join(__dirname, __filename.endsWith('.ts') ? 'index-worker.ts' : 'index-worker.js'), flag: 'sorotIndexWorker' };
}

export function summariesAway(workers = Math.max(1, Math.min(MAX_WORKERS, availableParallelism() - 1))): SummariesAway {
  let pool: WorkerPool<SummaryRequest, PackedParts> | undefined;
  let poolKb: Kb | undefined;
  let pending = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stop = (): void => {
    void pool?.close();
    pool = undefined;
    poolKb = undefined;
  };
  return {
    async summarize(request, kb) {
      if (idle) clearTimeout(idle);
      if (!pool || kb !== poolKb) {
        stop();
        pool = new WorkerPool(indexWorkerScript(), workers, { kb });
        poolKb = kb;
      }
      pending++;
      try {
        return await pool.run(request);
      } finally {
        if (--pending === 0) {
          idle = setTimeout(stop, IDLE_MS);
          idle.unref?.(); // never what keeps a process (a test's) alive
        }
      }
    },
    dispose() {
      if (idle) clearTimeout(idle);
      stop();
    },
  };
}
