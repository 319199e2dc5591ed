/**
 * The file operations the core needs, so the same store logic runs on
 * `vscode.workspace.fs` (extension, also in the browser) and on Node's fs (CLI, tests).
 * Paths are plain strings: either file-system paths or URI strings ("file:///…",
 * "vscode-vfs://…"); the core only joins and splits them with ./path.ts.
 */

export type FileKind = 'file' | 'directory' | 'other';

export interface FileStat {
  kind: FileKind;
  /** Size in bytes. */
  size: number;
  /** Modification time, milliseconds since the epoch. */
  mtime: number;
  /** True when `path` itself is a symbolic link (`kind` is what it points to). Adapters
   *  that cannot tell leave it undefined. */
  symbolicLink?: boolean;
  /** Changes whenever the file is replaced or its bytes or metadata change, even when
   *  size and mtime are kept (Node: device, inode and ctime, which no program can set
   *  back). Adapters that cannot tell leave it undefined. */
  changeId?: string;
}

export interface CoreFileSystem {
  /** Rejects with a FileSystemError (code 'not-found' when missing). */
  readFile(path: string): Promise<Uint8Array>;
  /** Creates or truncates the file. Not atomic: use atomicWrite for anything that matters. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Optional: adds `data` at the end of an existing file, on disk before it resolves
   *  (as writeFile). The export writes a file larger than memory this way, into its
   *  temporary file; adapters without it (vscode.workspace.fs) leave it out, and such a
   *  file is held until it is complete. */
  appendFile?(path: string, data: Uint8Array): Promise<void>;
  /** Renames in one step; with overwrite the target is replaced atomically where the
   *  platform allows it (POSIX rename, MoveFileEx on Windows). */
  rename(from: string, to: string, options: { overwrite: boolean }): Promise<void>;
  delete(path: string): Promise<void>;
  /** Resolves to undefined when nothing exists at `path`. */
  stat(path: string): Promise<FileStat | undefined>;
  /** Entry names (not paths) with their kinds. */
  readDirectory(path: string): Promise<Array<[name: string, kind: FileKind]>>;
  /** Creates the folder and any missing parents (no error when it exists). Adapters
   *  whose writeFile creates parent folders itself may leave it out. */
  createDirectory?(path: string): Promise<void>;
  /** The path with every symbolic link resolved, where the platform can tell (Node);
   *  left out where it cannot (vscode.workspace.fs). */
  realPath?(path: string): Promise<string>;
  /** Optional: what lock files need (./lock.ts). Adapters that cannot create a file
   *  exclusively in one step leave it out rather than pretend. */
  exclusive?: ExclusiveCreate;
}

export interface ExclusiveCreate {
  /** Creates `path` holding `data` only if nothing exists there, in one step (O_EXCL);
   *  resolves false when something already does. */
  create(path: string, data: Uint8Array): Promise<boolean>;
  /** This process, as written into lock files (e.g. "4242@host"). */
  readonly owner: string;
  /** False only when the process `owner` names is known to have ended (same host, no
   *  such process); undefined when it cannot be told (another host). */
  ownerAlive(owner: string): boolean | undefined;
}

/** 'busy': another process holds the file's lock (./lock.ts). */
export type FileSystemErrorCode = 'not-found' | 'exists' | 'not-a-directory' | 'no-permission' | 'busy' | 'other';

/** Adapters translate their native errors into this so core code can branch on `code`. */
export class FileSystemError extends Error {
  constructor(
    readonly code: FileSystemErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'FileSystemError';
  }
}

/** Why a file operation failed, in words, without the path (callers name the file). */
export function fileErrorReason(err: unknown): string {
  if (err instanceof FileSystemError) {
    if (err.code === 'no-permission') return 'permission denied';
    if (err.code === 'not-found') return 'no such file';
    const message = err.path && err.message.startsWith(`${err.path}: `) ? err.message.slice(err.path.length + 2) : err.message;
    return /\bEISDIR\b/.test(message) ? 'is a folder, not a file' : message;
  }
  return err instanceof Error ? err.message : String(err);
}

export function isNotFound(err: unknown): boolean {
  return err instanceof FileSystemError && err.code === 'not-found';
}
