/**
 * Moving an article's sidecars with the article when it is renamed or moved:
 * `<old>.sorot.json` and every `<old>.<annotator>.sorot.json` become the same names
 * under the new article name, and their `article` field names the new file.
 *  - Nothing at a destination is ever replaced: when one of the destinations exists,
 *    no sidecar moves at all (the article's annotations never end up split between
 *    two names) and the caller is told which one.
 *  - Each sidecar is written complete under its new name, with the `article` field
 *    rewritten, by a temporary file renamed without overwrite, and only then removed
 *    from the old name. (Never by writing over the moved file: vscode.workspace.fs
 *    replaces a file by deleting it first, so it would be missing for a moment.)
 *    A file that does not parse as a sidecar moves by one rename, bytes unchanged:
 *    it stays with its article and is never written.
 */
import { atomicWrite } from '../fs/atomic-write';
import { basename, dirname } from '../fs/path';
import type { CoreFileSystem } from '../fs/types';
import { parseSidecarBytes } from './parse';
import { serializeSidecar } from './serialize';
import { sidecarAnnotator, sidecarPathFor } from './sidecar-paths';
import type { SidecarRef } from './store';
import { encodeUtf8 } from './text-decoding';

export interface SidecarMove {
  from: string;
  to: string;
}

export type MoveSidecarsResult =
  /** Every sidecar is at its new place (`moved` may be empty: the article had none). */
  | { status: 'moved'; moved: SidecarMove[] }
  /** Nothing moved: `move.to` exists already. */
  | { status: 'blocked'; move: SidecarMove }
  /** `moved` went; `failed` did not (or only half: `error` says), nor any after it. */
  | { status: 'failed'; moved: SidecarMove[]; failed: SidecarMove; error: string };

/** Where each of an article's sidecars (SidecarStore.list) goes when the article moves to `newArticlePath`. */
export function sidecarMovesFor(newArticlePath: string, sidecars: readonly SidecarRef[]): SidecarMove[] {
  return sidecars
    .map((ref) => ({ from: ref.path, to: sidecarPathFor(newArticlePath, ref.annotator) }))
    .filter((m) => m.from !== m.to); // e.g. a.txt -> a.TXT keeps its sidecars' names
}

/**
 * The new path of a sidecar of the article that moved from `oldArticlePath` to
 * `newArticlePath` (its own sidecar and the other annotators'), or `path` unchanged
 * when it does not belong to that article.
 */
export function movedSidecarPath(oldArticlePath: string, newArticlePath: string, path: string): string {
  if (dirname(path) !== dirname(oldArticlePath)) return path;
  const annotator = sidecarAnnotator(basename(oldArticlePath), basename(path));
  if (annotator === undefined) return path;
  return sidecarPathFor(newArticlePath, annotator || undefined);
}

/** Moves the sidecars (see the file comment); `articleName` is the new article's file name. */
export async function moveSidecars(fs: CoreFileSystem, moves: readonly SidecarMove[], articleName: string): Promise<MoveSidecarsResult> {
  for (const move of moves) {
    if (await fs.stat(move.to)) return { status: 'blocked', move };
  }
  const moved: SidecarMove[] = [];
  for (const move of moves) {
    try {
      // overwrite: false also refuses a destination created since the check above
      const parsed = parseSidecarBytes(await fs.readFile(move.from));
      if (parsed.ok) {
        await atomicWrite(fs, move.to, encodeUtf8(serializeSidecar({ ...parsed.sidecar, article: articleName })), { overwrite: false });
      } else {
        await fs.rename(move.from, move.to, { overwrite: false });
      }
    } catch (err) {
      return { status: 'failed', moved, failed: move, error: messageOf(err) };
    }
    moved.push(move);
    if (await fs.stat(move.from)) {
      try {
        await fs.delete(move.from);
      } catch (err) {
        return { status: 'failed', moved, failed: move, error: `copied, but the old file could not be removed: ${messageOf(err)}` };
      }
    }
  }
  return { status: 'moved', moved };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
