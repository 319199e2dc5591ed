// Forgetting the articles under a deleted folder. The workbench reports a deleted folder
// once, as the folder, and every deleted file too (an atomic save's temporary file, an
// export's output): each report was a loop over every known article in one task, two of
// them (the corpus index's and the Articles view's) a block of 26 ms of CPU at 100,000
// articles (issue 19: no task over 16 ms). Here the folders reported meanwhile are swept
// together, in slices, each key's folders looked up in a set (not each folder tested
// against each key).
import type { TimeSlices } from '../incremental/time-slices';

export interface FolderSweepHost {
  /** The keys (article ids, URIs as strings) known now. */
  keys(): Iterable<string>;
  /** Forgets the key (known when the sweep started; it may be gone since). */
  remove(key: string): void;
  /** After a sweep that removed something. */
  swept(): void;
  slices(): TimeSlices;
}

export class FolderSweep {
  /** Folders reported and not swept yet, each ending in '/'. */
  private pending = new Set<string>();
  private running: Promise<void> | undefined;
  /** Keys reported made or changed after their folder was reported deleted (a folder
   *  removed and restored at once, `git checkout` of it: the workbench reports both in
   *  one batch): files that are there, which the sweep must leave. */
  private readonly revived = new Set<string>();

  constructor(private readonly host: FolderSweepHost) {}

  /** Forgets the keys under `folder` (a URI as a string) soon, in slices. */
  add(folder: string): void {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    this.pending.add(prefix);
    // Deleted again after it was revived: gone after all.
    for (const key of this.revived) if (key.startsWith(prefix)) this.revived.delete(key);
    this.running ??= this.run().finally(() => {
      this.running = undefined;
      this.revived.clear();
    });
  }

  /** A key reported made or changed (its file is there): a sweep pending or under way
   *  leaves it. Before, each deletion was swept at once, in its report's turn, so a
   *  later report of the same batch re-added the file; now the sweep runs after them. */
  keep(key: string): void {
    if (this.running) this.revived.add(key);
  }

  /** Resolves once no sweep is under way. */
  async whenDone(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    // The rest of the workbench's batch of reports first (they come in one task).
    await Promise.resolve();
    while (this.pending.size > 0) {
      const folders = this.pending;
      this.pending = new Set();
      const slices = this.host.slices();
      // The keys of now: a key added while the sweep pauses (a file made again in a
      // folder of the same name) is the workbench's new report, not this one's.
      const keys = [...this.host.keys()];
      let removed = false;
      for (const key of keys) {
        if (isUnder(key, folders) && !this.revived.has(key)) {
          this.host.remove(key);
          removed = true;
        }
        if (slices.due()) await slices.next();
      }
      if (removed) this.host.swept();
    }
  }
}

/** Whether `key` is in one of `folders` (each ending in '/'), at any depth. */
function isUnder(key: string, folders: ReadonlySet<string>): boolean {
  for (let slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/', slash - 1)) {
    if (folders.has(key.slice(0, slash + 1))) return true;
  }
  return false;
}
