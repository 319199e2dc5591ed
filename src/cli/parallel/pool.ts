// Runs one task over many inputs on Node worker threads and hands the results back in
// input order, as they come: the output of `--jobs N` is the output of `--jobs 1`, byte
// for byte, and streams. At most WINDOW_PER_JOB results per job are in flight or waiting
// for an earlier one, so memory grows with the jobs, not with the corpus.
// `jobs <= 1` runs the same task in this thread (no worker is started).
import { join } from 'node:path';
import { WorkerPool, type WorkerScript } from '../../node/worker-pool';
import { Progress } from './progress';
import { WORKER_FLAG, type TaskInit, type TaskName } from './protocol';

/** A task: set up once per thread with `init` (the KB, a table), then run per input. */
export type TaskFactory<I, O> = (init: never) => Promise<(input: I) => Promise<O>>;

export interface PoolOptions<I, O> {
  jobs: number;
  task: TaskName;
  init: unknown;
  /** The same task, for `jobs <= 1`. */
  local: (init: never) => Promise<(input: I) => Promise<O>>;
  /** Shown before the count on a TTY (stderr). */
  label: string;
}

/** Results in flight or held for order, per job. */
const WINDOW_PER_JOB = 8;

/** The workers' script: the bundle itself (dist/cli.js, see main.ts) or, run from the
 *  TypeScript sources, the small entry next to this file. */
function cliWorkerScript(): WorkerScript {
  return { path: __filename.endsWith('.ts') ? join(__dirname, 'worker-main.ts') : __filename, flag: WORKER_FLAG };
}

export async function* orderedMap<I, O>(inputs: readonly I[], options: PoolOptions<I, O>): AsyncGenerator<O> {
  const progress = new Progress(options.label, inputs.length);
  try {
    if (options.jobs <= 1 || inputs.length <= 1) {
      const run = await options.local(options.init as never);
      for (const input of inputs) {
        const out = await run(input);
        progress.tick();
        yield out;
      }
      return;
    }
    yield* onWorkers(inputs, options, progress);
  } finally {
    progress.done();
  }
}

async function* onWorkers<I, O>(inputs: readonly I[], options: PoolOptions<I, O>, progress: Progress): AsyncGenerator<O> {
  const init: TaskInit = { task: options.task, init: options.init };
  const pool = new WorkerPool<I, O>(cliWorkerScript(), Math.min(options.jobs, inputs.length), init);
  const window = options.jobs * WINDOW_PER_JOB;
  const results: Array<Promise<O>> = [];
  // The first failure of any input stops the run, before the earlier outputs are written
  // (as a worker's failure does).
  let stop: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (stop = reject));
  failure.catch(() => undefined);
  try {
    for (let yielded = 0; yielded < inputs.length; yielded++) {
      while (results.length < inputs.length && results.length - yielded < window) {
        const result = pool.run(inputs[results.length] as I);
        result.catch(stop);
        results.push(result);
      }
      const out = await Promise.race([results[yielded] as Promise<O>, failure]);
      results[yielded] = undefined as never; // let the output go once yielded
      progress.tick();
      yield out;
    }
  } finally {
    await pool.close();
  }
}

