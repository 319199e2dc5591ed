// Runs one task over many inputs on Node worker threads and hands the results back in
// input order, as they come: the output of `--jobs N` is the output of `--jobs 1`, byte
// for byte, and streams. At most WINDOW_PER_JOB results per job are in flight or waiting
// for an earlier one, so memory grows with the jobs, not with the corpus.
// `jobs <= 1` runs the same task in this thread (no worker is started).
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Progress } from './progress';
import { WORKER_FLAG, type TaskName, type WorkerReply, type WorkerRequest } from './protocol';

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

/** Jobs per worker posted ahead, so a worker reads its next file while the parent handles a result. */
const PER_WORKER = 2;
/** Results in flight or held for order, per job. */
const WINDOW_PER_JOB = 8;

/** A worker: the bundle itself (dist/cli.js, see main.ts) or, run from the TypeScript
 *  sources (tests under tsx, whose loader hooks do not reach worker threads), the small
 *  entry next to this file behind tsx's require hook. */
function startWorker(workerData: unknown): Worker {
  if (!__filename.endsWith('.ts')) return new Worker(__filename, { workerData });
  const load = createRequire(__filename);
  const code = `require(${JSON.stringify(load.resolve('tsx/cjs'))}); require(${JSON.stringify(join(__dirname, 'worker-main.ts'))});`;
  return new Worker(code, { eval: true, workerData });
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
  const count = Math.min(options.jobs, inputs.length);
  const window = options.jobs * WINDOW_PER_JOB;
  const workers: Array<{ worker: Worker; load: number }> = [];
  const ready = new Map<number, O>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let posted = 0;
  let yielded = 0;
  let closing = false;
  const pump = () => {
    while (posted < inputs.length && posted - yielded < window) {
      const slot = workers.reduce((a, b) => (b.load < a.load ? b : a));
      if (slot.load >= PER_WORKER) return;
      slot.load++;
      const request: WorkerRequest = { id: posted, input: inputs[posted] };
      slot.worker.postMessage(request);
      posted++;
    }
  };
  for (let i = 0; i < count; i++) {
    const worker = startWorker({ [WORKER_FLAG]: true, task: options.task, init: options.init });
    const slot = { worker, load: 0 };
    worker.on('message', (reply: WorkerReply) => {
      slot.load--;
      if ('error' in reply) failure ??= new Error(reply.error);
      else ready.set(reply.id, reply.output as O);
      wake?.();
    });
    worker.on('error', (e) => { failure ??= e; wake?.(); });
    worker.on('exit', (code) => {
      if (!closing) { failure ??= new Error(`a worker thread stopped (exit code ${code})`); wake?.(); }
    });
    workers.push(slot);
  }
  try {
    pump();
    while (yielded < inputs.length) {
      if (failure) throw failure;
      if (!ready.has(yielded)) {
        await new Promise<void>((resolve) => { wake = resolve; });
        wake = undefined;
        pump();
        continue;
      }
      const out = ready.get(yielded) as O;
      ready.delete(yielded);
      yielded++;
      pump();
      progress.tick();
      yield out;
    }
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
