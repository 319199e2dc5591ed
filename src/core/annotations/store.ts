/**
 * Loading and saving sidecars through the abstract file system. Guarantees:
 *  - a file that cannot be read as a valid sidecar is never written over (save refuses);
 *  - every write is atomic (temporary file + rename in the same folder);
 *  - if the file changed on disk since it was loaded, the change is merged three-way
 *    with the in-memory version instead of being overwritten;
 *  - nothing invalid is ever written: the text is re-parsed before it goes to disk.
 *  - read, merge and write happen under the file's lock (../fs/lock.ts) where the file
 *    system can take one (Node), and every write is read back: if another writer
 *    replaced it with a merge that lacks our annotations, we merge again. Without a
 *    lock (vscode.workspace.fs) that check narrows the race with other processes but
 *    cannot close it; see lock.ts.
 */
import { atomicWrite, removeStaleTemporaryFiles } from '../fs/atomic-write';
import { withFileLock, type LockOptions } from '../fs/lock';
import { basename, dirname, joinPath } from '../fs/path';
import { FileSystemError, isNotFound, type CoreFileSystem, type FileKind } from '../fs/types';
import { mergeSidecars, type MergeConflict } from './merge';
import { parseSidecarBytes, parseSidecarText } from './parse';
import { placeSidecar } from './place';
import { serializeSidecar } from './serialize';
import { articleStem, isSidecarName, SIDECAR_SUFFIX, sidecarAnnotator } from './sidecar-paths';
import { decodeText, type DecodeResult } from '../text/decode';
import { decodeJsonText, encodeUtf8 } from './text-decoding';
import { articleTextHash } from './text-version';
import { newUlid } from './ulid';
import { SIDECAR_SCHEMA_VERSION, type Sidecar, type SidecarError } from './types';
import { ITEMS_PER_STEP, runSteps, runStepsInSlices, type Steps, type TimeSlices } from '../incremental/time-slices';

export type LoadResult =
  | { status: 'loaded'; sidecar: Sidecar }
  | { status: 'missing' }
  | { status: 'error'; error: SidecarError };

export type SaveResult =
  /** Written; `sidecar` is what is on disk now (merged when others changed the file). */
  | { status: 'saved'; sidecar: Sidecar; merged: boolean; conflicts: MergeConflict[] }
  /** Nothing written: the file on disk (or the data to save) is not a valid sidecar. */
  | { status: 'refused'; error: SidecarError };

export interface SidecarRef {
  path: string;
  /** Undefined for the shared `<name>.sorot.json`. */
  annotator?: string;
}

/** Saves that another writer undid before we give up (each re-merges; see save). */
const LOST_WRITE_RETRIES = 3;

export class SidecarStore {
  /** Canonical text of each sidecar as last loaded or saved: the merge base. */
  private readonly bases = new Map<string, string>();
  /** Folders already cleared of stale temporary files (see sweepOnce). */
  private readonly swept = new Set<string>();

  constructor(
    private readonly fs: CoreFileSystem,
    private readonly newId: () => string = () => newUlid(),
    private readonly lockOptions: LockOptions = {},
    /** Given, a folder's index (folderIndexSteps) is made in these slices: on the
     *  extension host, a batch read's first article of a folder of 12,334 entries made
     *  it in one task, 9 ms of a 20 ms block (editor bench, "Compare Annotators"); and
     *  each loaded file is parsed in a turn of its own (see load). */
    private readonly slices?: () => TimeSlices,
  ) {}

  async load(path: string): Promise<LoadResult> {
    const bytes = await this.readIfExists(path);
    if (!bytes) {
      this.bases.delete(path);
      return { status: 'missing' };
    }
    // With slices, the file is parsed in a turn of its own, not in its read's callback:
    // the reads of a batch (READS_AT_ONCE) finish together, and their parses in their
    // callbacks were one block (agreement at 20,000 articles: 19.1 ms). A pause, not
    // afterWait(): those callbacks find no sliced task waiting, and each would go on in
    // the same block. Slices of its own per load: loads that share one pause resume in
    // the same turn.
    if (this.slices) await this.slices().next();
    const parsed = parseSidecarBytes(bytes);
    if (!parsed.ok) {
      this.bases.delete(path);
      return { status: 'error', error: parsed.error };
    }
    this.bases.set(path, serializeSidecar(parsed.sidecar));
    return { status: 'loaded', sidecar: parsed.sidecar };
  }

  /**
   * Saves under the lock, then checks that what we wrote kept all our annotations.
   * `text`: the article text the offsets of `sidecar` count in. The file then records it
   * (textHash), and versions written on disk meanwhile for another text are placed on it
   * before the merge, so the merge compares annotations on one text, never offsets of two.
   * Without `text`, the sidecar's own textHash (if any) is written as it is.
   */
  async save(path: string, sidecar: Sidecar, text?: string): Promise<SaveResult> {
    return withFileLock(this.fs, path, async () => {
      const base = this.bases.get(path);
      for (let attempt = 1; ; attempt++) {
        const result = await this.saveUnlocked(path, sidecar, text);
        if (result.status !== 'saved' || (await this.keptOurs(path, result.sidecar))) return result;
        if (attempt === LOST_WRITE_RETRIES) {
          throw new FileSystemError('busy', `${basename(path)} was rewritten by another program right after each of ${attempt} saves, without some of these annotations; they are not saved — try again`, path);
        }
        // Merge again from the base we started with, so ours count as additions to theirs.
        if (base === undefined) this.bases.delete(path);
        else this.bases.set(path, base);
      }
    }, this.lockOptions);
  }

  /** Reads the file back: false when another writer replaced it and an id we wrote is gone. */
  private async keptOurs(path: string, written: Sidecar): Promise<boolean> {
    const bytes = await this.readIfExists(path);
    if (!bytes) return true; // deleted after our write: a later decision, not a lost write
    const text = serializeSidecar(written);
    const decoded = decodeJsonText(bytes);
    if (decoded.ok && decoded.text === text) return true;
    const now = parseSidecarBytes(bytes);
    if (!now.ok) return false;
    const ids = new Set(now.sidecar.annotations.map((a) => a.id));
    return written.annotations.every((a) => ids.has(a.id));
  }

  private async saveUnlocked(path: string, sidecar: Sidecar, text: string | undefined): Promise<SaveResult> {
    const textHash = text === undefined ? sidecar.textHash : articleTextHash(text);
    const onText = (s: Sidecar): Sidecar => (text === undefined || s.textHash === textHash ? s : placeSidecar(s, text, textHash).sidecar);
    const mineCheck = parseSidecarText(serializeSidecar({ ...sidecar, textHash }));
    if (!mineCheck.ok) return { status: 'refused', error: { ...mineCheck.error, message: `not saved, the annotations are invalid: ${mineCheck.error.message}` } };
    let toWrite = mineCheck.sidecar;
    let merged = false;
    let conflicts: MergeConflict[] = [];

    const onDisk = await this.readIfExists(path);
    if (onDisk) {
      const theirs = parseSidecarBytes(onDisk);
      if (!theirs.ok) {
        return { status: 'refused', error: { ...theirs.error, message: `not saved over ${basename(path)}, which is not a valid sidecar: ${theirs.error.message}` } };
      }
      const baseText = this.bases.get(path);
      const theirsText = serializeSidecar(theirs.sidecar);
      if (theirsText !== baseText) {
        const base = baseText === undefined ? undefined : onText((parseSidecarText(baseText) as { ok: true; sidecar: Sidecar }).sidecar);
        const result = mergeSidecars(base, toWrite, onText(theirs.sidecar), this.newId);
        toWrite = result.sidecar;
        conflicts = result.conflicts;
        merged = true;
      }
    }

    const serialized = serializeSidecar(toWrite);
    await atomicWrite(this.fs, path, encodeUtf8(serialized));
    this.bases.set(path, serialized);
    await this.sweepOnce(dirname(path));
    return { status: 'saved', sidecar: toWrite, merged, conflicts };
  }

  /** Deletes temporaries that a killed save left in `dir` (older than an hour), the first
   *  time this store writes there: one directory listing per folder, never an error. */
  private async sweepOnce(dir: string): Promise<void> {
    if (this.swept.has(dir)) return;
    this.swept.add(dir);
    await removeStaleTemporaryFiles(this.fs, dir, { isTarget: isSidecarName }).catch(() => undefined);
  }

  /** Forget the merge base, e.g. when the editor closes the article. */
  forget(path: string): void {
    this.bases.delete(path);
  }

  /** The sidecars of `articlePath` that exist next to it (shared one first). */
  async list(articlePath: string): Promise<SidecarRef[]> {
    return (await this.listWithArticle(articlePath)).sidecars;
  }

  /** As list, and whether the article itself is a file of the same folder listing (with
   *  a listing snapshot, fs/listing-snapshot.ts, that costs nothing more): the agreement
   *  report counts an article with no annotation file by this, without reading it. */
  async listWithArticle(articlePath: string): Promise<{ sidecars: SidecarRef[]; articleListed: boolean }> {
    const dir = dirname(articlePath);
    const articleName = basename(articlePath);
    const { names, files, byStem } = await folderIndex(await this.fs.readDirectory(dir), this.slices);
    const refs: SidecarRef[] = [];
    for (const name of byStem.get(articleStem(articleName)) ?? []) {
      const annotator = sidecarAnnotator(articleName, name);
      if (annotator === undefined) continue;
      // "a.b.sorot.json" belongs to "a.b.txt" when that article exists, not to annotator b of "a.txt".
      if (annotator && names.has(`${name.slice(0, -'.sorot.json'.length)}.txt`)) continue;
      refs.push(annotator ? { path: joinPath(dir, name), annotator } : { path: joinPath(dir, name) });
    }
    return { sidecars: refs.sort((a, b) => (a.annotator ?? '').localeCompare(b.annotator ?? '')), articleListed: files.has(articleName) };
  }

  private async readIfExists(path: string): Promise<Uint8Array | undefined> {
    try {
      return await this.fs.readFile(path);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}

interface FolderIndex {
  names: ReadonlySet<string>;
  /** The names of the entries that are files. */
  files: ReadonlySet<string>;
  /** The sidecar files of the folder by each article stem they may belong to: "a.sorot.json"
   *  under "a", "a.b.sorot.json" under "a.b" and "a" (annotator b); sidecarAnnotator decides. */
  byStem: ReadonlyMap<string, readonly string[]>;
}

/** A folder's names and sidecars, made once per listing: a batch read that shares one
 *  frozen listing (fs/listing-snapshot.ts) looks each article up instead of walking the
 *  whole folder for each (n articles of one folder: n walks of n entries). */
const folderIndexes = new WeakMap<object, FolderIndex | Promise<FolderIndex>>();

/** The folder's index: in one go without `slices`, or for a listing of a few entries;
 *  else in slices, one making for the callers that ask meanwhile (a batch reads articles
 *  of one folder several at once). */
function folderIndex(entries: ReadonlyArray<[name: string, kind: FileKind]>, slices?: () => TimeSlices): FolderIndex | Promise<FolderIndex> {
  const known = folderIndexes.get(entries);
  if (known) return known;
  if (!slices || entries.length <= ITEMS_PER_STEP) return keepIndex(entries, runSteps(folderIndexSteps(entries)));
  const making = runStepsInSlices(folderIndexSteps(entries), slices()).then((index) => keepIndex(entries, index));
  // Only a listing nobody can change is worth keeping (another array may be filled later).
  if (Object.isFrozen(entries)) folderIndexes.set(entries, making);
  return making;
}

function keepIndex(entries: ReadonlyArray<[name: string, kind: FileKind]>, index: FolderIndex): FolderIndex {
  if (Object.isFrozen(entries)) folderIndexes.set(entries, index);
  return index;
}

/** folderIndex's work, a step every ITEMS_PER_STEP entries. */
function* folderIndexSteps(entries: ReadonlyArray<[name: string, kind: FileKind]>): Steps<FolderIndex> {
  const names = new Set<string>();
  const files = new Set<string>();
  const byStem = new Map<string, string[]>();
  const add = (stem: string, name: string): void => {
    const list = byStem.get(stem);
    if (list) list.push(name);
    else byStem.set(stem, [name]);
  };
  let k = 0;
  for (const [name, kind] of entries) {
    if (++k % ITEMS_PER_STEP === 0) yield ITEMS_PER_STEP;
    names.add(name);
    if (kind === 'file') files.add(name);
    if (kind !== 'file' || !isSidecarName(name)) continue;
    const inner = name.slice(0, -SIDECAR_SUFFIX.length);
    add(inner, name);
    const dot = inner.lastIndexOf('.');
    if (dot > 0) add(inner.slice(0, dot), name);
  }
  return { names, files, byStem };
}

/** A new, empty sidecar for an article. */
export function emptySidecar(articleName: string, annotator?: string): Sidecar {
  const sidecar: Sidecar = { schemaVersion: SIDECAR_SCHEMA_VERSION, article: articleName, annotations: [] };
  if (annotator) sidecar.annotator = annotator;
  return sidecar;
}

/** Reads an article as Sorot sees it (src/core/text/decode.ts: strict UTF-8, BOM removed). */
export async function readArticleText(fs: CoreFileSystem, path: string): Promise<DecodeResult> {
  return decodeText(await fs.readFile(path));
}
