// The Articles view's headlines of local files as a task a worker thread runs
// (headlines-away.ts): the read and the decode of every file, off the extension host's
// thread. Read there through workspace.fs, 100,000 headlines were a fifth of the host's
// time while it indexed the corpus (editor bench at 100,000 articles, profiled: 31 s of
// about 170 s), each read four file-system calls and a decoded text of garbage.
import { readFileSync } from 'node:fs';
import { headlineOfBytes } from './headline';

/** A file's headline as the view takes it: `missing` for a file no longer there (the
 *  view drops it, as for workspace.fs's FileNotFound); `unread` for any other failure,
 *  which the extension host reads again through workspace.fs for its own message. */
export type HeadlineRead = { headline: string | undefined; error?: string } | 'missing' | 'unread';

/** The task: the headline of each path, in order. */
export async function headlineTask(): Promise<(paths: readonly string[]) => HeadlineRead[]> {
  return (paths) =>
    paths.map((path) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unread';
      }
      // The whole file, as the view's own read decodes it (headline.ts says why).
      return headlineOfBytes(bytes);
    });
}
