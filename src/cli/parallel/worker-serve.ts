// The worker side of pool.ts: set the task up once (its KB, its table), then answer each
// request with the task's result. Started by dist/cli.js on itself (see main.ts).
import { isPoolWorker, serveRequests } from '../../node/worker-pool';
import { WORKER_FLAG, type TaskInit } from './protocol';
import { TASKS } from './tasks';

export function isCliWorker(): boolean {
  return isPoolWorker(WORKER_FLAG);
}

export function serveTasks(): void {
  serveRequests(({ task, init }: TaskInit) => TASKS[task](init as never));
}
