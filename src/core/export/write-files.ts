/**
 * Writes an export's files into its destination folder, for the CLI and the extension
 * alike. What it promises:
 *  - every file is written to a temporary file in its own folder and renamed over the
 *    target (atomicWrite), so a crash or a full disk leaves the previous file or none,
 *    never a torn one, and a failed write is reported, never counted as written;
 *  - a file already at a target is replaced only when a Sorot export wrote it there and
 *    it is unchanged since: the destination's manifest (EXPORT_MANIFEST) lists what Sorot
 *    wrote with the SHA-256 of each file. Anything else is left alone and reported;
 *  - an input (article or sidecar) is never written, and no write goes through a
 *    symbolic link below the destination that leads out of it (or through any link,
 *    where the file system cannot say where links lead);
 *  - files of one group (brat's .txt and .ann) are written together or not at all, so an
 *    .ann kept because the user edited it keeps the .txt its offsets count in;
 *  - two paths that a case- or normalisation-insensitive disk (macOS, Windows) takes for
 *    one file are never both written, on any OS: the second is refused, naming the first.
 * The manifest is updated before the files (listing old and new contents as Sorot's)
 * and after them (listing what is there now), so a crash at any point leaves every file
 * recognisable to the next export.
 */
import { atomicWrite, removeStaleTemporaryFiles, temporarySibling } from '../fs/atomic-write';
import { withFileLock } from '../fs/lock';
import { basename, dirname, joinPath } from '../fs/path';
import { FileSystemError, type CoreFileSystem } from '../fs/types';
import { decodeText, joinBytes } from '../text/decode';
import { Sha256Stream, sha256HexInSlices, utf8WithSha256InSlices } from '../text/sha256';
import { inOneGo, type TimeSlices } from '../incremental/time-slices';
import type { ExportPiece } from './article-exporter';
import { sameNameKey } from './paths';

export const EXPORT_MANIFEST = '.sorot-export.json';

/** Temporary files younger than this may belong to an export still writing. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

/** The destination's lock (.sorot-export.json.lock, lock.ts) while the manifest is read
 *  and written and while finish() replaces the targets: a finish renames every file of
 *  the export, which can take minutes, so the lock is old only after as long as a
 *  temporary file (a crashed holder on this host is seen at once), and a second export
 *  waits as long before it gives up. */
const DESTINATION_LOCK = { staleMs: STALE_TEMPORARY_MS, timeoutMs: STALE_TEMPORARY_MS };

export interface FileToWrite {
  /** Relative to the destination, '/'-separated, sanitized (see paths.ts). */
  path: string;
  contents: string;
  /** The same text as chunks (ExportFile.chunks): written instead of `contents`, which
   *  then is never joined. */
  chunks?: readonly string[];
  /** Annotations the file holds (ExportFile.annotations). */
  annotations?: number;
  /** Recognized records the file holds (ExportFile.recognized). */
  recognized?: { actors: number; quotes: number; reported: number };
  /** Files of one group are written together or not at all (ExportPiece.group). */
  group?: string;
}

export type NotWrittenReason =
  /** It would replace an input article or an annotation file. */
  | 'input'
  /** A file Sorot did not write is there. */
  | 'foreign'
  /** Sorot wrote it, but it changed since. */
  | 'changed'
  /** A folder (or something else that is not a file) is there. */
  | 'not-a-file'
  /** The relative path has an empty, "." or ".." segment (exporters never make one). */
  | 'outside'
  /** A symbolic link on the way leads out of the destination, or cannot be followed safely. */
  | 'symbolic-link'
  /** Writing failed (`detail` says why, e.g. a full disk). */
  | 'failed'
  /** Another file of its group was not written (`partner` names it and says why). */
  | 'partner'
  /** An earlier file of this export has a name that macOS and Windows take for this one
   *  (it differs only in case or Unicode normalisation; `sameNameAs` names it). */
  | 'same-name';

export interface NotWritten {
  file: FileToWrite;
  /** Where it would have gone (a path or URI string, like the destination). */
  target: string;
  reason: NotWrittenReason;
  /** 'failed': the cause, without the path. */
  detail?: string;
  /** 'symbolic-link': the link on the way, and where it leads when that is known. */
  link?: { path: string; leadsTo?: string };
  /** 'partner': the file of its group that was not written, and why. */
  partner?: Pick<NotWritten, 'target' | 'detail' | 'link' | 'sameNameAs'> & { reason: Exclude<NotWrittenReason, 'partner'> };
  /** 'same-name': the path (relative, as FileToWrite.path) of the earlier file. */
  sameNameAs?: string;
}

export type RefusalReason =
  /** The destination cannot be created or is not a folder. */
  | 'destination'
  /** A file called EXPORT_MANIFEST is there but is not one (Sorot does not replace it). */
  | 'not-a-manifest'
  /** The manifest could not be written, so no file could be registered as Sorot's. */
  | 'manifest-failed';

export interface WriteFilesOutcome {
  written: Array<{ file: FileToWrite; target: string }>;
  notWritten: NotWritten[];
  /** Set when nothing was written at all because the destination itself is unusable. */
  refused?: { target: string; reason: RefusalReason; detail?: string };
  /** Leftovers of earlier interrupted writes that were deleted (names). */
  removedTemporaries: string[];
  /** The manifest could not be updated after writing (the files are written). */
  manifestProblem?: string;
  /** An earlier export into this folder stopped while it replaced its files (a crash, a
   *  kill): when it started replacing them (ISO time). Files this export did not replace
   *  may mix that export's with the one before (a .txt beside another export's .ann). */
  interruptedEarlier?: string;
}

export interface WriteFilesOptions {
  /** True for paths that are inputs of the export (articles); sidecars are always refused. */
  isInput(path: string): boolean;
  /** Stop before the next file (cancellation); files written so far stay. */
  shouldStop?(): boolean;
  staleTemporaryMs?: number;
  now?: number;
  /** Encode and hash in these slices (the extension host); without them, in one go. */
  slices?: TimeSlices;
  /** Bytes of a file that spans the corpus held before they are appended to its
   *  temporary file (default APPEND_BYTES; tests make it small). */
  appendBytes?: number;
}

export async function writeExportFiles(fs: CoreFileSystem, root: string, files: readonly FileToWrite[], options: WriteFilesOptions): Promise<WriteFilesOutcome> {
  const writer = await ExportWriter.open(fs, root, options);
  if (!(writer instanceof ExportWriter)) return writer;
  for (const file of files) await writer.writeFile(file);
  return writer.finish();
}

/** A file whose bytes are in its temporary file, waiting for finish() to rename it. */
interface Staged {
  file: FileToWrite;
  target: string;
  temporary: string;
  hash: string;
  /** The Sorot-written file it replaces: its hash, and its stat when it was checked. */
  old?: { hash: string; size: number; mtime: number; changeId?: string };
  group?: string;
}

/** A file that spans the corpus, written piece by piece into its temporary file. */
interface OpenFile {
  path: string;
  target: string;
  temporary: string;
  old?: Staged['old'];
  group?: string;
  hasher: Sha256Stream;
  /** Encoded bytes not yet in the temporary file. */
  buffered: Uint8Array[];
  bufferedBytes: number;
  /** Whether the temporary file exists (its first bytes were written). */
  started: boolean;
  /** A high surrogate at the end of a piece, encoded with the next piece's first unit. */
  carry: string;
}

/** Bytes of a streamed file held before they are appended to its temporary file. */
const APPEND_BYTES = 4 << 20;

/**
 * Writes an export's files as they come (stream.ts) with the promises above: each file
 * is checked when its first piece comes (outside, input, link, foreign, changed), its
 * bytes go to a temporary file beside the target (a file that spans the corpus is
 * appended to piece by piece, where the file system can append), and finish() lists
 * old and new hashes in the manifest, renames every temporary file over its target and
 * writes the final manifest. Memory holds a line per file (names and hashes), not the
 * files. A target checked at the start is checked again before it is replaced: a file
 * that appeared meanwhile is never replaced, one that changed is hashed again.
 */
export class ExportWriter {
  private readonly outcome: WriteFilesOutcome = { written: [], notWritten: [], removedTemporaries: [] };
  private readonly staged: Staged[] = [];
  private readonly open = new Map<string, OpenFile>();
  /** Paths judged not to be written: their later pieces are dropped. */
  private readonly refused = new Set<string>();
  /** Groups with a file not written, and that file: the rest of the group is not written. */
  private readonly refusedGroups = new Map<string, NotWritten>();
  /** sameNameKey -> the first path of this export under it. */
  private readonly names = new Map<string, string>();
  /** The manifest's hashes by sameNameKey (knownHashes), made at the first need. */
  private knownByKey: Map<string, string[]> | undefined;
  private readonly folders = new Set<string>();
  private readonly slices: TimeSlices;
  /** Whether the manifest was found writable (once, before the first temporary file). */
  private manifestWritable = false;
  /** The manifest could not be written: nothing can be registered as Sorot's. */
  private refusal: WriteFilesOutcome['refused'];
  /** Whether the destination had a manifest at open(), so may hold an export's leftovers. */
  private leftoversPossible = true;

  private constructor(
    private readonly fs: CoreFileSystem,
    private readonly root: string,
    private readonly known: ReadonlyMap<string, string[]>,
    private readonly guard: LinkGuard,
    private readonly options: WriteFilesOptions,
  ) {
    this.slices = options.slices ?? inOneGo();
    this.folders.add(root);
  }

  /** A writer for `root`, or the outcome that refuses it (nothing written). */
  static async open(fs: CoreFileSystem, root: string, options: WriteFilesOptions): Promise<ExportWriter | WriteFilesOutcome> {
    const refuse = (target: string, reason: RefusalReason, detail?: string): WriteFilesOutcome => ({ written: [], notWritten: [], removedTemporaries: [], refused: { target, reason, ...(detail ? { detail } : {}) } });
    try {
      await fs.createDirectory?.(root);
    } catch (err) {
      return refuse(root, 'destination', messageOf(err));
    }
    const rootStat = await fs.stat(root).catch(() => undefined);
    if (rootStat?.kind !== 'directory') return refuse(root, 'destination', 'not a folder');
    const guard = new LinkGuard(fs, root, fs.realPath ? await fs.realPath(root).catch(() => undefined) : undefined);
    const manifestPath = joinPath(root, EXPORT_MANIFEST);
    const manifest = await readManifest(fs, manifestPath);
    if ('error' in manifest) return refuse(manifestPath, 'not-a-manifest', manifest.error);
    const writer = new ExportWriter(fs, root, manifest.files, guard, options);
    // Leftovers are looked for only where Sorot exported before: an export writes the
    // manifest before its first temporary file, so a folder without one holds none, and
    // a ".name.20240101.tmp" there is the user's.
    writer.leftoversPossible = manifest.found;
    await writer.removeStaleTemporaries(root);
    return writer;
  }

  /** A whole file (writeExportFiles): `chunks` are appended one by one, `contents` in one piece. */
  async writeFile(file: FileToWrite): Promise<void> {
    const meta = { annotations: file.annotations ?? 0, ...(file.recognized ? { recognized: file.recognized } : {}) };
    if (!file.chunks) return this.write({ path: file.path, text: file.contents, end: meta, whole: true }, file);
    for (const chunk of file.chunks) await this.write({ path: file.path, text: chunk });
    await this.write({ path: file.path, text: '', end: meta }, file);
  }

  /** A piece of a file (article-exporter.ts); a file's pieces come in order. `file`:
   *  what the outcome names (by default the path and counts, without the text). */
  async write(piece: ExportPiece, file?: FileToWrite): Promise<void> {
    if (this.refused.has(piece.path) || this.refusal) return;
    let open = this.open.get(piece.path);
    if (!open) {
      const group = piece.group ?? file?.group;
      const start = await this.start(piece.path, group);
      if (!start) return;
      if (piece.whole && piece.end) return this.writeWhole({ ...start, group }, piece.text, file ?? described(piece));
      open = { ...start, path: piece.path, hasher: new Sha256Stream(), buffered: [], bufferedBytes: 0, started: false, carry: '', ...(group !== undefined ? { group } : {}) };
      this.open.set(piece.path, open);
    }
    try {
      this.append(open, piece.text, piece.end !== undefined);
      if (open.bufferedBytes >= (this.options.appendBytes ?? APPEND_BYTES) && this.fs.appendFile) await this.flush(open);
      if (piece.end) {
        await this.flush(open);
        this.open.delete(piece.path);
        this.staged.push({ file: file ?? described(piece), target: open.target, temporary: open.temporary, hash: open.hasher.digestHex(), ...(open.old ? { old: open.old } : {}), ...(open.group !== undefined ? { group: open.group } : {}) });
      }
    } catch (err) {
      this.open.delete(piece.path);
      await this.fail(piece.path, open.target, open.temporary, err, file, open.group);
    }
    if (this.slices.due()) await this.slices.next();
  }

  /**
   * Replaces the targets: the manifest first accepts old and new contents, then every
   * temporary file is renamed over its target (each checked again), then the manifest
   * lists what is there. shouldStop() stops before the next rename; an export stopped
   * before finish() calls discard() instead.
   */
  async finish(): Promise<WriteFilesOutcome> {
    const outcome = this.outcome;
    for (const open of this.open.values()) await this.fs.delete(open.temporary).catch(() => undefined);
    this.open.clear();
    if (this.refusal) return { ...outcome, refused: this.refusal };
    if (!this.staged.length) return outcome;
    const manifestPath = joinPath(this.root, EXPORT_MANIFEST);
    // One export at a time replaces files here (the CLI and the editor, two windows):
    // two finishing at once could each pass the check of a .txt/.ann pair and move one
    // file each, leaving a .txt of one export beside the .ann of the other.
    let done = undefined as WriteFilesOutcome | undefined;
    try {
      await withFileLock(this.fs, manifestPath, async () => void (done = await this.replaceAll(manifestPath)), DESTINATION_LOCK);
    } catch (err) {
      // The files are written and listed; only the lock could not be removed.
      if (done) return { ...done, manifestProblem: done.manifestProblem ?? `its lock could not be removed (${messageOf(err)})` };
      await this.discard();
      return { ...outcome, refused: { target: manifestPath, reason: 'manifest-failed', detail: messageOf(err) } };
    }
    return done!;
  }

  /** finish() while holding the destination's lock. */
  private async replaceAll(manifestPath: string): Promise<WriteFilesOutcome> {
    const outcome = this.outcome;
    try {
      // Old and new contents of each file are Sorot's, added to what the manifest lists now.
      const earlier = await this.updateManifest((files) => {
        for (const p of this.staged) files.set(p.file.path, union(files.get(p.file.path), p.old ? [p.old.hash, p.hash] : [p.hash]));
      }, 'start');
      // Marked and not cleared, under the lock: the export that marked it stopped.
      if (earlier) outcome.interruptedEarlier = earlier;
    } catch (err) {
      await this.discard();
      return { ...outcome, refused: { target: manifestPath, reason: 'manifest-failed', detail: messageOf(err) } };
    }
    const written: Staged[] = [];
    const units = groupedUnits(this.staged);
    let k = 0;
    for (; k < units.length; k++) {
      // A cancel stops between groups, never between a .txt and its .ann.
      if (this.options.shouldStop?.()) break;
      const unit = units[k];
      const moved = unit.length === 1 ? await this.replaceOne(unit[0]) : await this.replaceGroup(unit);
      for (const [p, result] of moved) {
        if (result === true) {
          written.push(p);
          outcome.written.push({ file: p.file, target: p.target });
        } else {
          outcome.notWritten.push(result);
          await this.fs.delete(p.temporary).catch(() => undefined);
        }
      }
      if (this.slices.due()) await this.slices.next();
    }
    // Stopped (cancelled) between renames: each file left as it was is named, so a stop
    // that kept a new .txt beside an old .ann is not reported as a plain success.
    for (; k < units.length; k++) {
      for (const p of units[k]) {
        await this.fs.delete(p.temporary).catch(() => undefined);
        outcome.notWritten.push({ file: p.file, target: p.target, reason: 'failed', detail: 'the export was cancelled before this file was replaced; the file there is the one from before' });
      }
    }
    this.staged.length = 0;
    try {
      // A file not replaced keeps the hashes listed for it: what is there is one of them
      // (or another export's file, written meanwhile, whose hash that export listed).
      await this.updateManifest((files) => {
        for (const p of written) files.set(p.file.path, [p.hash]);
      }, 'done');
    } catch (err) {
      // The pending manifest stays: it still names every file correctly.
      outcome.manifestProblem = messageOf(err);
    }
    return outcome;
  }

  /** Deletes every temporary file written so far: nothing is replaced. */
  async discard(): Promise<void> {
    for (const t of [...this.open.values(), ...this.staged]) await this.fs.delete(t.temporary).catch(() => undefined);
    this.open.clear();
    this.staged.length = 0;
  }

  /** Checks a file at its first piece; its temporary name and what it replaces, or
   *  undefined (recorded as not written). */
  private async start(path: string, group: string | undefined): Promise<Pick<OpenFile, 'target' | 'temporary' | 'old'> | undefined> {
    const segments = path.split('/');
    const target = segments.reduce(joinPath, this.root);
    const file: FileToWrite = { path, contents: '' };
    const partner = group === undefined ? undefined : this.refusedGroups.get(group);
    let judged: NotWritten | { old?: Staged['old'] };
    if (partner) judged = partnerNotWritten(file, target, partner);
    else {
      try {
        judged = this.sameName(file, target) ?? (await this.judge(file, segments, target));
      } catch (err) {
        judged = { file, target, reason: 'failed', detail: messageOf(err) };
      }
    }
    if ('reason' in judged) {
      await this.notWritten(judged, group);
      return undefined;
    }
    if (!(await this.manifestCanBeWritten())) return undefined;
    const folder = dirname(target);
    if (!this.folders.has(folder)) {
      this.folders.add(folder);
      await this.removeStaleTemporaries(folder);
    }
    try {
      if (this.fs.createDirectory && path.includes('/')) await this.fs.createDirectory(folder);
    } catch (err) {
      await this.notWritten({ file, target, reason: 'failed', detail: messageOf(err) }, group);
      return undefined;
    }
    return { target, temporary: temporarySibling(target), ...judged };
  }

  /** Before the first temporary file, the manifest is written again as it is: a
   *  destination where it cannot be written (a full disk) is refused before any file's
   *  bytes take its room, as when the manifest of old and new hashes came first. */
  private async manifestCanBeWritten(): Promise<boolean> {
    if (this.manifestWritable) return true;
    const manifestPath = joinPath(this.root, EXPORT_MANIFEST);
    try {
      await withFileLock(this.fs, manifestPath, () => this.updateManifest(() => undefined, 'keep'), DESTINATION_LOCK);
      this.manifestWritable = true;
    } catch (err) {
      this.refusal = { target: manifestPath, reason: 'manifest-failed', detail: messageOf(err) };
    }
    return this.manifestWritable;
  }

  /** Rewrites the manifest as it is on disk now, changed by `change`. Read again, not
   *  taken from open(): another export into this folder (the CLI and the editor, two
   *  windows) may have listed its files since, and a manifest written from the list read
   *  at the start dropped them, so the next export refused them as foreign or changed.
   *  Callers hold the destination's lock (DESTINATION_LOCK), so two exports do not
   *  interleave their reads and writes of it; where the file system has no exclusive
   *  create (vscode.workspace.fs) the lock only waits for others, and a race remains.
   *  `replacing`: the manifest says from 'start' to 'done' that files are being replaced
   *  (kept as it is by 'keep'), so an export that stops in between is seen by the next;
   *  returns the mark found. */
  private async updateManifest(change: (files: Map<string, string[]>) => void, replacing: 'start' | 'done' | 'keep'): Promise<string | undefined> {
    const manifestPath = joinPath(this.root, EXPORT_MANIFEST);
    const now = await readManifest(this.fs, manifestPath);
    // Replaced meanwhile by something else (open() refuses such a folder): left as it is.
    if ('error' in now) throw new Error(`${EXPORT_MANIFEST} is no longer a Sorot export manifest (${now.error}); it is left as it is`);
    const files = new Map(this.known);
    for (const [path, hashes] of now.files) files.set(path, union(files.get(path), hashes));
    change(files);
    const mark = replacing === 'start' ? new Date(this.options.now ?? Date.now()).toISOString() : replacing === 'keep' ? now.replacing : undefined;
    await atomicWrite(this.fs, manifestPath, manifestBytes(files, mark));
    return now.replacing;
  }

  /** Why the file is not to be written, or the Sorot-written file it replaces. */
  private async judge(file: FileToWrite, segments: readonly string[], target: string): Promise<NotWritten | { old?: Staged['old'] }> {
    const no = (reason: NotWrittenReason, link?: NotWritten['link']): NotWritten => ({ file, target, reason, ...(link ? { link } : {}) });
    if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) return no('outside');
    if (this.options.isInput(target) || basename(target).toLowerCase().endsWith('.sorot.json') || file.path.toLowerCase() === EXPORT_MANIFEST) return no('input');
    const link = await this.guard.check(segments);
    if (link) return no('symbolic-link', link);
    const existing = await this.fs.stat(target);
    if (!existing) return {};
    if (existing.kind !== 'file') return no('not-a-file');
    const hashes = this.knownHashes(file.path);
    if (!hashes) return no('foreign');
    const current = await sha256HexInSlices(await this.fs.readFile(target), this.slices);
    if (!hashes.includes(current)) return no('changed');
    return { old: { hash: current, size: existing.size, mtime: existing.mtime, ...(existing.changeId !== undefined ? { changeId: existing.changeId } : {}) } };
  }

  /** A file of no group: checked again and renamed over its target. */
  private async replaceOne(p: Staged): Promise<Array<[Staged, true | NotWritten]>> {
    const checked = await this.recheck(p);
    return [[p, checked === true || checked instanceof Uint8Array ? await this.move(p) : checked]];
  }

  /**
   * The files of a group: every target is checked again before any is replaced, and a
   * file that then fails to move puts back the files of its group moved before it (the
   * bytes read at the check), so a .txt and its .ann are both new or both as they were.
   */
  private async replaceGroup(unit: readonly Staged[]): Promise<Array<[Staged, true | NotWritten]>> {
    const before = new Map<Staged, Uint8Array | undefined>();
    for (const [i, p] of unit.entries()) {
      // The last file's bytes are never put back: nothing is moved after it.
      const checked = await this.recheck(p, { inGroup: true, keep: i < unit.length - 1 });
      if (checked !== true && !(checked instanceof Uint8Array)) return unit.map((q) => [q, q === p ? checked : partnerNotWritten(q.file, q.target, checked)]);
      before.set(p, checked === true ? undefined : checked);
    }
    const moved: Staged[] = [];
    for (const p of unit) {
      // Each file after the first is checked once more just before its own move: the
      // moves before it took time in which it could change.
      const again = moved.length ? await this.recheck(p) : true;
      const result = again === true || again instanceof Uint8Array ? await this.move(p) : again;
      if (result === true) {
        moved.push(p);
        continue;
      }
      const out: Array<[Staged, true | NotWritten]> = [];
      for (const q of moved) {
        const restored = await this.putBack(q, before.get(q));
        out.push([q, restored === true ? partnerNotWritten(q.file, q.target, result) : restored]);
      }
      out.push([p, result]);
      for (const q of unit.slice(moved.length + 1)) out.push([q, partnerNotWritten(q.file, q.target, result)]);
      return out;
    }
    return unit.map((p) => [p, true]);
  }

  /**
   * Whether the target is still what was checked at the start, just before the rename
   * (compare and swap, as far as a file system allows): nothing there for a new file; for
   * a Sorot file, the same size, mtime and changeId (inode and ctime on Node, which a
   * program that keeps size and mtime still changes), or else the same hash. `inGroup`:
   * a new file's target is looked at too (a group moves none of its files when one cannot
   * be moved); `keep`: the bytes of a Sorot file are returned, to put back if a file of
   * its group moved after it fails.
   * What remains is the moment between this check and the rename: no portable call
   * renames only if the target is unchanged.
   */
  private async recheck(p: Staged, { inGroup = false, keep = false } = {}): Promise<true | Uint8Array | NotWritten> {
    const no = (reason: NotWrittenReason, detail?: string): NotWritten => ({ file: p.file, target: p.target, reason, ...(detail ? { detail } : {}) });
    try {
      // A new file: the rename itself refuses a target that appeared (move); a group
      // looks first, so that none of its files is moved when one cannot be.
      if (!p.old && !inGroup) return true;
      const now = await this.fs.stat(p.target);
      if (!p.old) return now ? no(now.kind === 'file' && !now.symbolicLink ? 'foreign' : 'not-a-file') : true;
      // Gone (deleted meanwhile): nothing to put back, the new file is created.
      if (!now) return true;
      if (now.kind !== 'file' || now.symbolicLink) return no('not-a-file');
      const same = now.size === p.old.size && now.mtime === p.old.mtime && now.changeId === p.old.changeId;
      if (same && !keep) return true;
      const bytes = await this.fs.readFile(p.target);
      if (!same && !(this.knownHashes(p.file.path) ?? []).includes(await sha256HexInSlices(bytes, this.slices))) return no('changed');
      return keep ? bytes : true;
    } catch (err) {
      return no('failed', messageOf(err));
    }
  }

  /** Renames the temporary file over its target; a target that was not there is created,
   *  never replaced: one that appeared since is not Sorot's. */
  private async move(p: Staged): Promise<true | NotWritten> {
    try {
      await this.fs.rename(p.temporary, p.target, { overwrite: p.old !== undefined });
      return true;
    } catch (err) {
      if (!p.old && err instanceof FileSystemError && err.code === 'exists') return { file: p.file, target: p.target, reason: 'foreign' };
      return { file: p.file, target: p.target, reason: 'failed', detail: messageOf(err) };
    }
  }

  /** Undoes the move of a file whose group failed: the Sorot file it replaced comes back
   *  (`before`), a file it created (nothing was there) goes. */
  private async putBack(p: Staged, before: Uint8Array | undefined): Promise<true | NotWritten> {
    const notPutBack = (why: string): NotWritten => ({ file: p.file, target: p.target, reason: 'failed', detail: `written, but another file of its group was not, and the file from before could not be put back (${why}): the two no longer belong together; export again` });
    try {
      // Only over the file this export just moved there: one that replaced it since stays.
      const now = await this.fs.stat(p.target);
      if (now?.kind !== 'file' || now.symbolicLink || (await sha256HexInSlices(await this.fs.readFile(p.target), this.slices)) !== p.hash) return notPutBack('the file there changed meanwhile');
      if (before === undefined) await this.fs.delete(p.target);
      else await atomicWrite(this.fs, p.target, before);
      return true;
    } catch (err) {
      return notPutBack(messageOf(err));
    }
  }

  /** The hashes the manifest lists for `path`, or for another spelling of it that a case-
   *  or normalisation-insensitive disk takes for the same file (an earlier export may have
   *  named a folder "arsip" that is "Arsip" on disk). A file whose bytes are one of these
   *  is a Sorot export's, whichever spelling listed it. */
  private knownHashes(path: string): string[] | undefined {
    const exact = this.known.get(path);
    if (exact) return exact;
    if (!this.knownByKey) {
      this.knownByKey = new Map();
      for (const [p, hashes] of this.known) this.knownByKey.set(sameNameKey(p), union(this.knownByKey.get(sameNameKey(p)), hashes));
    }
    return this.knownByKey.get(sameNameKey(path));
  }

  /** A second path under one sameNameKey: refused, naming the first. */
  private sameName(file: FileToWrite, target: string): NotWritten | undefined {
    const key = sameNameKey(file.path);
    const first = this.names.get(key);
    if (first === undefined) this.names.set(key, file.path);
    else if (first !== file.path) return { file, target, reason: 'same-name', sameNameAs: first };
    return undefined;
  }

  /** The one place a file is recorded as not written: named in the outcome, refused if
   *  more of it comes, and, in a group, its partners refused with it (refuseGroup). */
  private async notWritten(entry: NotWritten, group: string | undefined): Promise<void> {
    this.refused.add(entry.file.path);
    this.outcome.notWritten.push(entry);
    if (group !== undefined) await this.refuseGroup(group, entry);
  }

  /** A file of `group` was not written: its files already staged or open are dropped and
   *  named, and the ones still to come are refused at their first piece (start). */
  private async refuseGroup(group: string, cause: NotWritten): Promise<void> {
    if (this.refusedGroups.has(group)) return;
    this.refusedGroups.set(group, cause);
    const dropped: Array<{ file: FileToWrite; target: string; temporary: string }> = [];
    for (let i = this.staged.length - 1; i >= 0; i--) {
      const p = this.staged[i];
      if (p.group !== group) continue;
      this.staged.splice(i, 1);
      dropped.push(p);
    }
    for (const open of [...this.open.values()]) {
      if (open.group !== group) continue;
      this.open.delete(open.path);
      dropped.push({ file: { path: open.path, contents: '' }, target: open.target, temporary: open.temporary });
    }
    for (const d of dropped) {
      await this.fs.delete(d.temporary).catch(() => undefined);
      await this.notWritten(partnerNotWritten(d.file, d.target, cause), undefined);
    }
  }

  private async writeWhole(start: Pick<OpenFile, 'target' | 'temporary' | 'old' | 'group'>, text: string, file: FileToWrite): Promise<void> {
    try {
      const { bytes, hash } = await utf8WithSha256InSlices(text, this.slices);
      await this.fs.writeFile(start.temporary, bytes);
      this.staged.push({ file, target: start.target, temporary: start.temporary, hash, ...(start.old ? { old: start.old } : {}), ...(start.group !== undefined ? { group: start.group } : {}) });
    } catch (err) {
      await this.fail(file.path, start.target, start.temporary, err, file, start.group);
    }
  }

  /** Encodes a piece into the file's buffer and hash; a high surrogate at its end waits
   *  for the next piece (as TextEncoder encodes the joined text). */
  private append(open: OpenFile, text: string, last: boolean): void {
    let piece = open.carry + text;
    open.carry = '';
    const lastUnit = piece.charCodeAt(piece.length - 1);
    if (!last && lastUnit >= 0xd800 && lastUnit <= 0xdbff) {
      open.carry = piece.slice(-1);
      piece = piece.slice(0, -1);
    }
    if (piece === '') return;
    const bytes = ENCODER.encode(piece);
    open.hasher.update(bytes);
    open.buffered.push(bytes);
    open.bufferedBytes += bytes.length;
  }

  /** Writes the buffered bytes to the temporary file (the first write creates it). */
  private async flush(open: OpenFile): Promise<void> {
    if (open.started && !open.bufferedBytes) return;
    const bytes = joinBytes(open.buffered);
    open.buffered = [];
    open.bufferedBytes = 0;
    if (open.started && this.fs.appendFile) await this.fs.appendFile(open.temporary, bytes);
    else await this.fs.writeFile(open.temporary, bytes);
    open.started = true;
  }

  private async fail(path: string, target: string, temporary: string, err: unknown, file?: FileToWrite, group?: string): Promise<void> {
    await this.fs.delete(temporary).catch(() => undefined);
    await this.notWritten({ file: file ?? { path, contents: '' }, target, reason: 'failed', detail: messageOf(err) }, group);
  }

  private async removeStaleTemporaries(folder: string): Promise<void> {
    if (!this.leftoversPossible) return;
    const removed = await removeStaleTemporaryFiles(this.fs, folder, { olderThanMs: this.options.staleTemporaryMs ?? STALE_TEMPORARY_MS, now: this.options.now }).catch(() => []);
    this.outcome.removedTemporaries.push(...removed);
  }
}

const ENCODER = new TextEncoder();

/** The staged files in order, a file of no group alone, the files of a group together
 *  (where its first file was). */
function groupedUnits(staged: readonly Staged[]): Staged[][] {
  const units: Staged[][] = [];
  const byGroup = new Map<string, Staged[]>();
  for (const p of staged) {
    if (p.group === undefined) {
      units.push([p]);
      continue;
    }
    const unit = byGroup.get(p.group);
    if (unit) unit.push(p);
    else {
      byGroup.set(p.group, [p]);
      units.push(byGroup.get(p.group)!);
    }
  }
  return units;
}

/** `file` not written because `cause`, a file of its group, was not. */
function partnerNotWritten(file: FileToWrite, target: string, cause: NotWritten): NotWritten {
  const { file: _file, partner: inner, ...why } = cause;
  const partner = cause.reason === 'partner' ? inner! : { ...why, reason: cause.reason };
  return { file, target, reason: 'partner', partner };
}

/** The hashes of `listed` and then those of `more` not among them. */
function union(listed: readonly string[] | undefined, more: readonly string[]): string[] {
  const out = [...(listed ?? [])];
  for (const h of more) if (!out.includes(h)) out.push(h);
  return out;
}

/** The piece's file as the outcome names it: path and counts, not the text. */
function described(piece: ExportPiece): FileToWrite {
  return { path: piece.path, contents: '', annotations: piece.end?.annotations ?? 0, ...(piece.end?.recognized ? { recognized: piece.end.recognized } : {}) };
}

/**
 * Refuses paths that pass through a symbolic link below the destination. Where the file
 * system resolves links (Node), a link whose real location stays inside the destination
 * is followed; a link at the target itself is always refused (replacing it would not
 * write the file the user sees). Results per folder are cached: brat writes many files
 * into few folders.
 */
class LinkGuard {
  private readonly folders = new Map<string, Inspection>();

  constructor(
    private readonly fs: CoreFileSystem,
    private readonly root: string,
    private readonly realRoot: string | undefined,
  ) {}

  /** The link that makes `segments` under the root unsafe, or undefined when it is safe. */
  async check(segments: readonly string[]): Promise<NotWritten['link']> {
    let path = this.root;
    for (const [i, segment] of segments.entries()) {
      path = joinPath(path, segment);
      const last = i === segments.length - 1;
      const found = last ? await this.inspect(path, true) : await this.folder(path);
      if (found === 'absent') return undefined;
      if (found) return found;
    }
    return undefined;
  }

  private async folder(path: string): Promise<Inspection> {
    if (!this.folders.has(path)) this.folders.set(path, await this.inspect(path, false));
    return this.folders.get(path);
  }

  private async inspect(path: string, isTarget: boolean): Promise<Inspection> {
    const stat = await this.fs.stat(path);
    // Nothing there: what is created below it is created by this export, not a link.
    if (!stat) return 'absent';
    if (!stat.symbolicLink) return undefined;
    if (isTarget || !this.fs.realPath || this.realRoot === undefined) return { path };
    const real = await this.fs.realPath(path).catch(() => undefined);
    if (real === undefined || !isInside(this.realRoot, real)) return { path, ...(real ? { leadsTo: real } : {}) };
    return undefined;
  }
}

/** 'absent', a link to refuse, or undefined for an ordinary file or folder. */
type Inspection = 'absent' | NotWritten['link'];

/** True when `child` is `parent` or below it; both resolved paths of one file system. */
export function isInside(parent: string, child: string): boolean {
  const p = parent.replace(/[\\/]+$/, '');
  return child === p || child.startsWith(p + '/') || child.startsWith(p + '\\');
}

type Manifest = { files: Map<string, string[]>; found: boolean; replacing?: string } | { error: string };

async function readManifest(fs: CoreFileSystem, path: string): Promise<Manifest> {
  const stat = await fs.stat(path).catch(() => undefined);
  if (!stat) return { files: new Map(), found: false };
  if (stat.symbolicLink || stat.kind !== 'file') return { error: 'not a plain file' };
  let value: unknown;
  try {
    const decoded = decodeText(await fs.readFile(path));
    if (!decoded.ok) return { error: decoded.message };
    value = JSON.parse(decoded.text);
  } catch (err) {
    return { error: messageOf(err) };
  }
  const files = parseManifest(value);
  if (!files) return { error: 'not the expected shape' };
  const { replacing } = value as { replacing?: unknown };
  return typeof replacing === 'string' ? { files, found: true, replacing } : { files, found: true };
}

const HASH = /^[0-9a-f]{64}$/;

/** The manifest's file list, or undefined when `value` is not a manifest. */
export function parseManifest(value: unknown): Map<string, string[]> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { sorotExport, files } = value as { sorotExport?: unknown; files?: unknown };
  if (sorotExport !== 1 || typeof files !== 'object' || files === null || Array.isArray(files)) return undefined;
  const out = new Map<string, string[]>();
  for (const [path, hashes] of Object.entries(files)) {
    const list = typeof hashes === 'string' ? [hashes] : hashes;
    if (!Array.isArray(list) || !list.every((h) => typeof h === 'string' && HASH.test(h))) return undefined;
    out.set(path, list as string[]);
  }
  return out;
}

function manifestBytes(files: ReadonlyMap<string, string[]>, replacing: string | undefined): Uint8Array {
  const sorted: Record<string, string | string[]> = {};
  for (const path of [...files.keys()].sort()) {
    const hashes = files.get(path)!;
    sorted[path] = hashes.length === 1 ? hashes[0] : hashes;
  }
  const manifest = {
    sorotExport: 1,
    about: 'Files Sorot exported into this folder, with the SHA-256 of each. A later export replaces a listed file only while it is unchanged; it never replaces other files.',
    ...(replacing ? { replacing } : {}),
    files: sorted,
  };
  return new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n');
}

/** The cause without the path adapters put in front: messages name the target instead
 *  (which is what the user knows, not the temporary file beside it). */
function messageOf(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const path = err instanceof FileSystemError ? err.path : undefined;
  return path && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}
