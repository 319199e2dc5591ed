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
 *    where the file system cannot say where links lead).
 * The manifest is updated before the files (listing old and new contents as Sorot's)
 * and after them (listing what is there now), so a crash at any point leaves every file
 * recognisable to the next export.
 */
import { atomicWrite, removeStaleTemporaryFiles } from '../fs/atomic-write';
import { basename, joinPath } from '../fs/path';
import { FileSystemError, type CoreFileSystem } from '../fs/types';
import { decodeText } from '../text/decode';
import { sha256HexInSlices, utf8WithSha256InSlices } from '../text/sha256';
import { inOneGo, type TimeSlices } from '../incremental/time-slices';

export const EXPORT_MANIFEST = '.sorot-export.json';

/** Temporary files younger than this may belong to an export still writing. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

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
  | 'failed';

export interface NotWritten {
  file: FileToWrite;
  /** Where it would have gone (a path or URI string, like the destination). */
  target: string;
  reason: NotWrittenReason;
  /** 'failed': the cause, without the path. */
  detail?: string;
  /** 'symbolic-link': the link on the way, and where it leads when that is known. */
  link?: { path: string; leadsTo?: string };
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
}

interface Planned {
  file: FileToWrite;
  target: string;
  bytes: Uint8Array;
  hash: string;
  /** Hash of the Sorot-written file being replaced, if any. */
  oldHash?: string;
}

export async function writeExportFiles(fs: CoreFileSystem, root: string, files: readonly FileToWrite[], options: WriteFilesOptions): Promise<WriteFilesOutcome> {
  const outcome: WriteFilesOutcome = { written: [], notWritten: [], removedTemporaries: [] };
  const manifestPath = joinPath(root, EXPORT_MANIFEST);
  const refuse = (target: string, reason: RefusalReason, detail?: string) => ({ ...outcome, refused: { target, reason, ...(detail ? { detail } : {}) } });

  try {
    await fs.createDirectory?.(root);
  } catch (err) {
    return refuse(root, 'destination', messageOf(err));
  }
  const rootStat = await fs.stat(root).catch(() => undefined);
  if (rootStat?.kind !== 'directory') return refuse(root, 'destination', 'not a folder');
  const guard = new LinkGuard(fs, root, fs.realPath ? await fs.realPath(root).catch(() => undefined) : undefined);

  const manifest = await readManifest(fs, manifestPath);
  if ('error' in manifest) return refuse(manifestPath, 'not-a-manifest', manifest.error);

  const planned: Planned[] = [];
  const folders = new Set<string>([root]);
  for (const file of files) {
    const segments = file.path.split('/');
    const target = segments.reduce(joinPath, root);
    try {
      const plan = await planOne(fs, guard, manifest.files, file, segments, target, options);
      if ('reason' in plan) {
        outcome.notWritten.push(plan);
        continue;
      }
      planned.push(plan);
      folders.add(segments.slice(0, -1).reduce(joinPath, root));
    } catch (err) {
      outcome.notWritten.push({ file, target, reason: 'failed', detail: messageOf(err) });
    }
  }

  for (const folder of folders) {
    const removed = await removeStaleTemporaryFiles(fs, folder, options.staleTemporaryMs ?? STALE_TEMPORARY_MS, options.now).catch(() => []);
    outcome.removedTemporaries.push(...removed);
  }
  if (!planned.length) return outcome;

  // Before any file changes, the manifest accepts both the old and the new contents.
  const pending = new Map(manifest.files);
  for (const p of planned) pending.set(p.file.path, p.oldHash && p.oldHash !== p.hash ? [p.oldHash, p.hash] : [p.hash]);
  try {
    await atomicWrite(fs, manifestPath, manifestBytes(pending));
  } catch (err) {
    return refuse(manifestPath, 'manifest-failed', messageOf(err));
  }

  const final = new Map(manifest.files);
  for (const p of planned) {
    if (options.shouldStop?.()) break;
    try {
      if (fs.createDirectory && p.file.path.includes('/')) await fs.createDirectory(segmentsParent(root, p.file.path));
      await atomicWrite(fs, p.target, p.bytes);
      final.set(p.file.path, [p.hash]);
      outcome.written.push({ file: p.file, target: p.target });
    } catch (err) {
      outcome.notWritten.push({ file: p.file, target: p.target, reason: 'failed', detail: messageOf(err) });
    }
  }
  try {
    await atomicWrite(fs, manifestPath, manifestBytes(final));
  } catch (err) {
    // The pending manifest stays: it still names every file correctly.
    outcome.manifestProblem = messageOf(err);
  }
  return outcome;
}

/** What to do with one file: write it (replacing a file Sorot wrote), or why not. */
async function planOne(
  fs: CoreFileSystem,
  guard: LinkGuard,
  known: ReadonlyMap<string, string[]>,
  file: FileToWrite,
  segments: readonly string[],
  target: string,
  options: WriteFilesOptions,
): Promise<Planned | NotWritten> {
  const no = (reason: NotWrittenReason, link?: NotWritten['link']): NotWritten => ({ file, target, reason, ...(link ? { link } : {}) });
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\'))) return no('outside');
  if (options.isInput(target) || basename(target).toLowerCase().endsWith('.sorot.json') || file.path.toLowerCase() === EXPORT_MANIFEST) return no('input');
  const link = await guard.check(segments);
  if (link) return no('symbolic-link', link);
  // In one go (the CLI) it is the same code without pauses: one encoder for both.
  const { bytes, hash } = await utf8WithSha256InSlices(file.chunks ?? file.contents, options.slices ?? inOneGo());
  const plan: Planned = { file, target, bytes, hash };
  const existing = await fs.stat(target);
  if (!existing) return plan;
  if (existing.kind !== 'file') return no('not-a-file');
  const hashes = known.get(file.path);
  if (!hashes) return no('foreign');
  const old = await fs.readFile(target);
  const current = await sha256HexInSlices(old, options.slices ?? inOneGo());
  if (!hashes.includes(current)) return no('changed');
  plan.oldHash = current;
  return plan;
}

function segmentsParent(root: string, path: string): string {
  return path.split('/').slice(0, -1).reduce(joinPath, root);
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

type Manifest = { files: Map<string, string[]> } | { error: string };

async function readManifest(fs: CoreFileSystem, path: string): Promise<Manifest> {
  const stat = await fs.stat(path).catch(() => undefined);
  if (!stat) return { files: new Map() };
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
  return files ? { files } : { error: 'not the expected shape' };
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

function manifestBytes(files: ReadonlyMap<string, string[]>): Uint8Array {
  const sorted: Record<string, string | string[]> = {};
  for (const path of [...files.keys()].sort()) {
    const hashes = files.get(path)!;
    sorted[path] = hashes.length === 1 ? hashes[0] : hashes;
  }
  const manifest = {
    sorotExport: 1,
    about: 'Files Sorot exported into this folder, with the SHA-256 of each. A later export replaces a listed file only while it is unchanged; it never replaces other files.',
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
