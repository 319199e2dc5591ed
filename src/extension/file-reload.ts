// How Sorot's own files (.sorot/actors.json, .sorot/articles.json) are read again when
// the disk watcher reports them. Watched in the suite under load: one write was reported
// twice, 6 ms apart, and an event reached the extension before the write that caused it
// had returned, so a read could start while the file was still being written. The owner
// runs its reloads one at a time (core/async/serial-rerun.ts), and this reads the file
// once more after the events have been quiet for a moment: a read that caught a write
// half-way is then corrected even if no later event comes. When nothing changed, that
// costs one small read (the owners compare the text before re-analysing anything).
import type * as vscode from 'vscode';

/** Quiet time after the last event before the confirming read. */
export const CONFIRM_AFTER_MS = 1000;

/** Calls `reload` on every create, change and delete `watcher` reports, and once more
 *  CONFIRM_AFTER_MS after the last of a burst. */
export function reloadOnFileEvents(watcher: vscode.FileSystemWatcher, reload: () => Promise<void>, confirmAfterMs = CONFIRM_AFTER_MS): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onEvent = (): void => {
    void reload();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void reload();
    }, confirmAfterMs);
  };
  const subscriptions = [watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent)];
  return {
    dispose: () => {
      if (timer) clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
    },
  };
}
