// Events that come in bursts handed on as one batch: a file watcher reports each of the
// thousands of files of a `git pull` in one message of the workbench, and a listener that
// works per event (a view refreshed, a listing searched) did that work thousands of times
// in one task (issue 19). Here an event costs a map entry; the batch is delivered once the
// task that brought the burst is over.

/** Collects `add(key, value)` calls and calls `deliver` with the values once, on a later
 *  macrotask: each key once (its last value), in the order the keys first came. */
export class EventBatch<K, V> {
  private readonly pending = new Map<K, V>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly deliver: (batch: V[]) => void) {}

  add(key: K, value: V): void {
    this.pending.set(key, value);
    // After the rest of the task: the burst's other events join this batch.
    this.timer ??= setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.timer = undefined;
    const batch = [...this.pending.values()];
    this.pending.clear();
    if (batch.length) this.deliver(batch);
  }

  /** Drops what is pending; nothing is delivered after this. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }
}
