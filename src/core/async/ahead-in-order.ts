// Work started ahead on a stream of items, the results handed on in the items' order,
// with a bound on how many are started and not yet handed on.

/**
 * `start(item)` for each item of `items`, at most `ahead` of them started and not yet
 * yielded: memory holds those, not the stream (issue 19: the export's recognizer on
 * worker threads, with all 100,000 articles sent at once, held +516 MB of the extension
 * host's heap). The results come in the items' order, whatever order they settle in.
 * A failed item fails the iteration when its turn comes.
 */
export async function* aheadInOrder<T, R>(items: AsyncIterable<T>, start: (item: T) => Promise<R>, ahead: number): AsyncGenerator<R> {
  const started: Array<Promise<R>> = [];
  for await (const item of items) {
    const result = start(item);
    // Awaited in its turn; until then a rejection is not an unhandled one.
    result.catch(() => undefined);
    started.push(result);
    if (started.length >= ahead) yield await (started.shift() as Promise<R>);
  }
  while (started.length > 0) yield await (started.shift() as Promise<R>);
}
