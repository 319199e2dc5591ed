// A reload asked for by a file watcher, by the command that just wrote the file and at
// start-up can be asked for again while it runs. Two reads in flight at once can finish
// out of order, and whichever finishes last wins: a slow first read of a file that did
// not exist yet would then put back "no file" over the file just written (seen in the
// suite under load: the workspace KB stayed the built-in one). So one run at a time;
// asking while a run is under way asks for exactly one more run after it.

/**
 * Wraps `task` so that runs never overlap. The returned function's promise settles only
 * after a run that began after the call, so a caller that has just written a file and
 * awaits it sees what it wrote. Calls during a run are coalesced into one further run. If
 * the last run fails, its error is passed on to everyone waiting for it.
 */
export function serialRerun(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const drain = async (): Promise<void> => {
    try {
      let failure: { error: unknown } | undefined;
      do {
        again = false;
        try {
          await task();
          failure = undefined;
        } catch (error) {
          failure = { error };
        }
      } while (again);
      if (failure) throw failure.error;
    } finally {
      running = undefined;
    }
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = drain();
    return running;
  };
}
