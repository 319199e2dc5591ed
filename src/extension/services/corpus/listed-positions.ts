// Where each file of an indexing batch is in the listing whose stamps a worker took
// (stamps-away.ts gives them in the listing's order). Pure: no vscode.
import type { TimeSlices } from '../../../core/incremental/time-slices';

/**
 * A lookup of where the k-th of `files` (key `key`) is in `listed`. A warm reopen's batch
 * is the listing itself, in its order: then k, checked item by item (the same objects),
 * without the map of every key to its position that was built for it (100,000 entries
 * made on the extension host's thread at 100,000 articles). Otherwise (files queued
 * before the listing, say) that map, built in `slices`.
 */
export async function listedPositions<T>(listed: readonly T[], files: readonly T[], keyOf: (item: T) => string, slices: TimeSlices): Promise<(k: number, key: string) => number | undefined> {
  let same = listed.length === files.length;
  for (let k = 0; same && k < files.length; k++) same = listed[k] === files[k];
  if (same) return (k) => k;
  const position = new Map<string, number>();
  for (let k = 0; k < listed.length; k++) {
    position.set(keyOf(listed[k] as T), k);
    if (slices.due()) await slices.next();
  }
  return (_, key) => position.get(key);
}
