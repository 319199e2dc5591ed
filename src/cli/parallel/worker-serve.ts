// The worker side of pool.ts: set the task up once (its KB, its table), then answer each
// request with the task's result. Started by dist/cli.js on itself (see main.ts).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { WORKER_FLAG, type TaskName, type WorkerReply, type WorkerRequest } from './protocol';
import { TASKS } from './tasks';

export function isCliWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;
}

export function serveTasks(): void {
  const { task, init } = workerData as { task: TaskName; init: unknown };
  const port = parentPort!;
  const run = TASKS[task](init as never);
  port.on('message', (request: WorkerRequest) => {
    run
      .then((r) => r(request.input as never))
      .then(
        (output): WorkerReply => ({ id: request.id, output }),
        (e: unknown): WorkerReply => ({ id: request.id, error: e instanceof Error ? e.message : String(e) }),
      )
      .then((reply) => port.postMessage(reply), () => undefined);
  });
}
