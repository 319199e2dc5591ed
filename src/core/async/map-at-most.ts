// Asynchronous work on a list with a bound on how much of it is under way at once.

/**
 * `work` on every item, at most `limit` at once (each next item starts when one of them
 * settles), the results in the items' order. The corpus index reads its files this way:
 * each read of Node's fs takes four or five operations of the thread pool, and each
 * finished operation is a callback on the extension host's thread; 256 reads started at
 * once finished in bursts of callbacks that held the event loop between two slices.
 */
export async function mapAtMost<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const k = next++;
      results[k] = await work(items[k] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
