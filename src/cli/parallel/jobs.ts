// The --jobs option shared by the commands that read a corpus.
import { availableParallelism } from 'node:os';

export const JOBS_USAGE = `  --jobs N          worker threads (default: the number of processors); --jobs 1
                    works in this process. The output is the same for any N.`;

export function defaultJobs(): number {
  return availableParallelism();
}

/** The value of --jobs, or an error message. */
export function parseJobs(value: string | undefined): number | string {
  const n = Number(value);
  return value !== undefined && /^\d+$/.test(value) && n >= 1 && n <= 256 ? n : '--jobs takes a number of threads from 1 to 256';
}
