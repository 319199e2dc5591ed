// A worker thread that does background work (the corpus index's recognizer) made to
// yield its core to the threads a person waits on: the extension host's and the
// workbench's. Only where the kernel keeps a priority per thread.
import { setPriority } from 'node:os';

/** Whether a thread's own priority can be lowered without the rest of its process's: on
 *  Linux a nice value belongs to a thread, and setpriority() of process 0 sets the
 *  calling thread's (man 2 setpriority, NOTES). On macOS and Windows it would lower the
 *  whole process, the extension host's thread with it. */
export const PRIORITY_PER_THREAD = process.platform === 'linux';

/** What `nice` gives a background job: a thread at the normal 0 that wants the core gets
 *  it about nine times in ten (weights 1024 and 110 in Linux's scheduler). */
const BACKGROUND_NICE = 10;

/** Lowers the calling thread's priority where PRIORITY_PER_THREAD; gives whether it did.
 *  A sandbox that refuses it leaves the thread as it was. */
export function lowerThisThreadsPriority(): boolean {
  if (!PRIORITY_PER_THREAD) return false;
  try {
    setPriority(BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
