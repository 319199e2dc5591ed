// Node worker threads that each set one task up (a KB, a table) and then run it per
// request: the CLI's --jobs (cli/parallel/pool.ts) and the desktop extension host's
// corpus index (extension/services/corpus/recognition-away.ts) share this. Requests wait here and go
// to the least busy worker, at most `perWorker` at a time each, so a worker that is
// slower on one request never holds others another worker could take.
// A worker posts its replies in batches of up to half its `perWorker` (repliesAtOnce):
// every message wakes the caller's thread, and on a loaded machine each wake cost the
// worker 0.5-0.7 ms inside postMessage (the corpus index's worker at 10,000 articles:
// about 450 µs a reply, half an article's recognition), while the other half of its
// requests keeps it busy. What is left when no request waits goes at the end of that turn.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';

/** How to start a worker: a bundled script, or from the TypeScript sources (tests under
 *  tsx, whose loader hooks do not reach worker threads) a `.ts` entry behind tsx's
 *  require hook. */
export interface WorkerScript {
  /** The script's path: a `.js` bundle or a `.ts` source entry. */
  path: string;
  /** Set in the worker's workerData, so a bundle that is also a program (dist/cli.js)
   *  can tell it is a worker (isPoolWorker). */
  flag: string;
}

interface Request { id: number; input: unknown }
type Reply = { id: number; output: unknown } | { id: number; error: string };

/** The replies a worker posts in one message at most: half the requests it may hold
 *  (at least one), so that the other half keeps it busy while the caller takes these
 *  and sends the next. */
function repliesAtOnce(perWorker: number): number {
  return Math.max(1, Math.floor(perWorker / 2));
}

interface Slot {
  worker: Worker;
  load: number;
}

interface Waiting {
  input: unknown;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

export class WorkerPool<I, O> {
  private readonly slots: Slot[] = [];
  private readonly queue: Waiting[] = [];
  private readonly inFlight = new Map<number, Waiting>();
  private nextId = 0;
  private closing = false;
  private retiring = false;
  private messages = 0;
  /** Set when a worker failed or stopped: every request then rejects with it. */
  private failure: Error | undefined;

  /** Starts `count` workers, each setting its task up with `init`. Throws when a worker
   *  cannot be started at all (no worker threads, the script missing). `receiver`, if
   *  given, makes each worker a function that every output of that worker passes
   *  through, in the order the worker sent them, before its caller gets it (state a
   *  worker and the caller's side keep together: sent-names.ts). */
  constructor(script: WorkerScript, count: number, init: unknown, private readonly perWorker = 2, receiver?: () => (output: unknown) => unknown) {
    for (let i = 0; i < count; i++) {
      const worker = startWorker(script, { [script.flag]: true, init, repliesAtOnce: repliesAtOnce(perWorker) });
      const slot = { worker, load: 0 };
      const receive = receiver?.();
      worker.on('message', (replies: Reply[]) => {
        this.messages++;
        for (const reply of replies) {
          slot.load--;
          const waiting = this.inFlight.get(reply.id);
          this.inFlight.delete(reply.id);
          if ('error' in reply) waiting?.reject(new Error(reply.error));
          else {
            // Every output passes the receiver, even one nobody waits for any more: the
            // receiver's state follows the worker's (a name numbered in a reply dropped
            // here would shift every later name of that worker).
            const output = receive ? receive(reply.output) : reply.output;
            waiting?.resolve(output);
          }
        }
        this.pump();
        if (this.retiring && this.inFlight.size === 0 && this.queue.length === 0) void this.close();
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => this.fail(new Error(`a worker thread stopped (exit code ${code})`)));
      this.slots.push(slot);
    }
  }

  /** The messages the workers posted so far (each holds one or more replies). */
  get messagesReceived(): number {
    return this.messages;
  }

  /** The first failure of a worker, if any (then every request rejects). */
  get failed(): Error | undefined {
    return this.failure;
  }

  /** The task's output for `input`, from whichever worker is free first. */
  run(input: I): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve: resolve as (o: unknown) => void, reject });
      this.pump();
    });
  }

  /** Stops the workers once the requests made so far are answered (at once when none). */
  retire(): void {
    this.retiring = true;
    if (this.inFlight.size === 0 && this.queue.length === 0) void this.close();
  }

  /** Stops the workers; requests still waiting reject. */
  async close(): Promise<void> {
    this.closing = true;
    this.rejectAll(new Error('the worker pool was closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.failure) {
      const slot = this.slots.reduce((a, b) => (b.load < a.load ? b : a));
      if (slot.load >= this.perWorker) return;
      const waiting = this.queue.shift() as Waiting;
      const id = this.nextId++;
      this.inFlight.set(id, waiting);
      slot.load++;
      const request: Request = { id, input: waiting.input };
      slot.worker.postMessage(request);
    }
  }

  private fail(error: Error): void {
    if (this.closing) return;
    this.failure ??= error;
    this.rejectAll(this.failure);
  }

  private rejectAll(error: Error): void {
    for (const w of this.queue.splice(0)) w.reject(error);
    for (const w of this.inFlight.values()) w.reject(error);
    this.inFlight.clear();
  }
}

function startWorker(script: WorkerScript, data: unknown): Worker {
  if (!script.path.endsWith('.ts')) return new Worker(script.path, { workerData: data });
  const load = createRequire(__filename);
  const code = `require(${JSON.stringify(load.resolve('tsx/cjs'))}); require(${JSON.stringify(script.path)});`;
  return new Worker(code, { eval: true, workerData: data });
}

/** True in a worker a pool started with `flag`. */
export function isPoolWorker(flag: string): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[flag] === true;
}

/** The worker's side: sets the task up once with the pool's `init`, then answers each
 *  request with its output (or the error's message). */
export function serveRequests(setup: (init: never) => Promise<(input: never) => Promise<unknown> | unknown>): void {
  const { init, repliesAtOnce } = workerData as { init: unknown; repliesAtOnce: number };
  const port = parentPort!;
  const run = setup(init as never);
  const replies: Reply[] = [];
  let postLater: ReturnType<typeof setImmediate> | undefined;
  const post = (): void => {
    if (postLater) clearImmediate(postLater);
    postLater = undefined;
    port.postMessage(replies.splice(0));
  };
  const answer = (reply: Reply): void => {
    replies.push(reply);
    if (replies.length >= repliesAtOnce) post();
    // After the requests that wait now: the port hands them all over before this.
    else postLater ??= setImmediate(post);
  };
  port.on('message', (request: Request) => {
    run
      .then((r) => r(request.input as never))
      .then(
        (output): Reply => ({ id: request.id, output }),
        (e: unknown): Reply => ({ id: request.id, error: e instanceof Error ? e.message : String(e) }),
      )
      .then(answer, () => undefined);
  });
}
