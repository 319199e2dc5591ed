// Asynchronous work on a stream whose results are wanted in the stream's order, with the
// work on the next items already under way: the export hands articles to a worker
// thread this way (extension/export/export-command.ts), and the worker has the next ones
// while the extension host writes the last.

/** `work` on each item of `source`, on up to `ahead` items past the one whose result is
 *  yielded; the results in `source`'s order. A failed `work` throws when its turn comes. */
export async function* mapAhead<T, R>(source: AsyncIterable<T>, ahead: number, work: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  for await (const item of source) {
    const result = work(item);
    result.catch(() => undefined); // thrown in its turn below, not reported unhandled meanwhile
    pending.push(result);
    if (pending.length > ahead) yield await (pending.shift() as Promise<R>);
  }
  while (pending.length > 0) yield await (pending.shift() as Promise<R>);
}
