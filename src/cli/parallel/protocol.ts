// Messages between the CLI and its worker threads (see pool.ts and worker-serve.ts).

/** Set in a worker's workerData: the bundle (dist/cli.js) then serves tasks instead of
 *  running a command. */
export const WORKER_FLAG = 'sorotWorker';

export type TaskName = 'analyze' | 'stats' | 'export' | 'validate';

export interface WorkerRequest { id: number; input: unknown }
export type WorkerReply = { id: number; output: unknown } | { id: number; error: string };
