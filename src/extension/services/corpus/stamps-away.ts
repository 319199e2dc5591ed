// The stamps (size, modification time) of many local files, taken by a worker thread
// while the extension host's thread does other work. A warm reopen compares every
// listed article's stamp with the cache's; done on the extension host's thread, 30,000
// synchronous stats were half a second of it (editor bench, load 8: a stat waits for
// the disk while other processes write to it), after the cache's decode. A worker takes
// them while the cache is decoded, and only a few arrays cross between the threads.
// Desktop only (node-article-files.ts): the web build has no worker threads.
import { Worker } from 'node:worker_threads';

/** Paths sent to the worker at once: making their paths (Uri.fsPath) and copying the
 *  strings into the message is work of the extension host's thread, a millisecond or
 *  two for this many. Two chunks go in one task (the first and the one ahead): 2,048 a
 *  chunk were 14 ms of the thread's CPU in one block (editor bench, 10,000 articles). */
const CHUNK = 512;

/** The worker: statSync each path, [mtime, size] pairs back (NaN for none). Plain
 *  JavaScript run with eval, so the bundles need no second entry point. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { statSync } = require('node:fs');
parentPort.on('message', (paths) => {
  const out = new Float64Array(paths.length * 2).fill(NaN);
  for (let i = 0; i < paths.length; i++) {
    try {
      const s = statSync(paths[i], { throwIfNoEntry: false });
      if (s && s.isFile()) { out[2 * i] = Math.trunc(s.mtimeMs); out[2 * i + 1] = s.size; }
    } catch {}
  }
  parentPort.postMessage(out, [out.buffer]);
});
`;

/**
 * The stamps of the files `items` name (`pathOf` is asked a chunk at a time: a path may
 * cost a little to make), as [mtime, size] pairs in their order, NaN where a file is not
 * there or is not a file; undefined when no worker could be started or it failed. The stamps are of when the worker took
 * them: the caller must have its file watchers live by then (a change after a stamp is
 * reported by them).
 */
export async function stampsAway<T>(items: readonly T[], pathOf: (item: T) => string): Promise<Float64Array | undefined> {
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true });
  } catch {
    return undefined;
  }
  const stamps = new Float64Array(items.length * 2);
  const replies: Array<(r: Float64Array) => void> = [];
  const failed = new Promise<undefined>((resolve) => {
    worker.on('error', () => resolve(undefined));
    worker.on('exit', () => resolve(undefined));
  });
  worker.on('message', (r: Float64Array) => replies.shift()?.(r));
  const send = (from: number): Promise<Float64Array> => {
    const reply = new Promise<Float64Array>((resolve) => replies.push(resolve));
    worker.postMessage(items.slice(from, from + CHUNK).map(pathOf));
    return reply;
  };
  try {
    // One chunk ahead: the worker stats the next while this thread takes the last.
    let next = items.length > 0 ? send(0) : undefined;
    for (let from = 0; next; from += CHUNK) {
      const reply = next;
      next = from + CHUNK < items.length ? send(from + CHUNK) : undefined;
      const r = await Promise.race([reply, failed]);
      if (!r) return undefined;
      stamps.set(r, 2 * from);
    }
    return stamps;
  } finally {
    void worker.terminate();
  }
}
