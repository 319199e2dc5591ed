// What the CLI tells its worker threads (see pool.ts and worker-serve.ts).

/** Set in a worker's workerData: the bundle (dist/cli.js) then serves tasks instead of
 *  running a command. */
export const WORKER_FLAG = 'sorotWorker';

export type TaskName = 'analyze' | 'stats' | 'export' | 'validate';

/** A worker's init: which task, set up with what. */
export interface TaskInit { task: TaskName; init: unknown }
