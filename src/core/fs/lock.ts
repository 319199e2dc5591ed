/**
 * A lock file next to a file, so that two processes (two `sorot import`s, the CLI and
 * the editor) do not both read, merge and write it at once: each would write a merge
 * that lacks the other's changes, and the later rename silently drops them.
 *
 * The lock is `.<name>.lock` beside the file, created with an exclusive create (the
 * file system's optional `exclusive` capability, O_EXCL on Node). It holds who took it
 * and a random token. A lock is stale, and is broken, when its owner is known to have
 * ended (same host, process gone: a crash or kill -9) or when it is older than
 * `staleMs` (a save holds it for milliseconds). Waiting is bounded: past `timeoutMs` the
 * caller gets a FileSystemError('busy') naming the file, never a silent overwrite.
 *
 * File systems without an exclusive create (vscode.workspace.fs) cannot take the lock;
 * they still wait while another process holds one (`waitWhileLocked`), and the store
 * verifies its write afterwards. That narrows the race but cannot close it.
 */
import { basename, siblingPath } from './path';
import { FileSystemError, isNotFound, type CoreFileSystem, type ExclusiveCreate } from './types';
import { decodeText } from '../text/decode';

export interface LockOptions {
  /** A lock older than this is taken to be left behind by a crash. */
  staleMs?: number;
  /** How long to wait for another process's lock before giving up. */
  timeoutMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULTS = { staleMs: 60_000, timeoutMs: 20_000 };

interface LockContent {
  owner?: string;
  token?: string;
  created?: string;
}

interface Holder extends LockContent {
  /** Modification time of the lock file (ms since the epoch). */
  mtime: number;
  raw: Uint8Array;
}

export function lockPathOf(path: string): string {
  return siblingPath(path, `.${basename(path)}.lock`);
}

export function isLockName(name: string): boolean {
  return /^\..+\.lock$/.test(name);
}

/** Runs `body` while holding the lock of `path`. Without the capability, waits for
 *  other processes' locks to go and runs `body` unlocked. Either way, callers in this
 *  process take turns first, in order of arrival. */
export async function withFileLock<T>(fs: CoreFileSystem, path: string, body: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const leave = await inProcessTurn(path, options.timeoutMs ?? DEFAULTS.timeoutMs);
  try {
    if (!fs.exclusive) {
      await waitWhileLocked(fs, path, options);
      return await body();
    }
    const release = await acquire(fs, fs.exclusive, path, options);
    try {
      return await body();
    } finally {
      await release();
    }
  } finally {
    leave();
  }
}

/** Tail of the queue of this process's callers per file. */
const turns = new Map<string, Promise<void>>();

/**
 * First come, first served among the callers of this process: polling the lock file
 * is not fair inside one event loop (a caller that saves the same file again re-takes
 * the lock before a sleeping waiter wakes; the long two-writers run starved one for
 * 20 s). The wait is bounded like the lock's; a caller that gives up frees its place.
 */
async function inProcessTurn(path: string, timeoutMs: number): Promise<() => void> {
  const previous = turns.get(path);
  let leave!: () => void;
  const mine = new Promise<void>((resolve) => (leave = resolve));
  const tail = (previous ?? Promise.resolve()).then(() => mine);
  turns.set(path, tail);
  const done = () => {
    leave();
    if (turns.get(path) === tail) turns.delete(path);
  };
  if (!previous) return done;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
  const gaveUp = await Promise.race([previous.then(() => false), timedOut]);
  clearTimeout(timer);
  if (gaveUp) {
    done();
    throw new FileSystemError('busy', `${basename(path)} is being written by another save in this window; gave up after ${Math.round(timeoutMs / 1000)} s, nothing written — try again`, path);
  }
  return done;
}

/** Waits until no live lock is on `path` (stale ones are ignored, not broken). */
export async function waitWhileLocked(fs: CoreFileSystem, path: string, options: LockOptions = {}): Promise<void> {
  const { now, sleep, staleMs, timeoutMs } = settings(options);
  const lockPath = lockPathOf(path);
  const deadline = now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    const holder = await readHolder(fs, lockPath);
    if (!holder || isStale(holder, undefined, staleMs, now())) return;
    if (now() >= deadline) throw busy(path, holder, timeoutMs);
    await sleep(backoff(attempt));
  }
}

async function acquire(fs: CoreFileSystem, exclusive: ExclusiveCreate, path: string, options: LockOptions): Promise<() => Promise<void>> {
  const { now, sleep, staleMs, timeoutMs } = settings(options);
  const lockPath = lockPathOf(path);
  const token = randomToken();
  const content: LockContent = { owner: exclusive.owner, token, created: new Date(now()).toISOString() };
  const bytes = new TextEncoder().encode(JSON.stringify(content) + '\n');
  const deadline = now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (await exclusive.create(lockPath, bytes)) return () => release(fs, lockPath, token);
    const holder = await readHolder(fs, lockPath);
    if (!holder) continue; // released between our create and our read: try again at once
    if (isStale(holder, exclusive, staleMs, now())) {
      await breakStale(fs, exclusive, lockPath, holder);
      continue;
    }
    if (now() >= deadline) throw busy(path, holder, timeoutMs);
    await sleep(backoff(attempt));
  }
}

/** Deletes the lock only while it is still ours (a stale-breaker may have taken it). */
async function release(fs: CoreFileSystem, lockPath: string, token: string): Promise<void> {
  const holder = await readHolder(fs, lockPath);
  if (holder?.token === token) await fs.delete(lockPath).catch((err: unknown) => (isNotFound(err) ? undefined : Promise.reject(err)));
}

/**
 * Moves the stale lock aside under a unique name (only one breaker can move a given file),
 * then checks it moved the lock it judged: if a new owner had taken the lock meanwhile,
 * that lock is put back with its own content and token.
 */
async function breakStale(fs: CoreFileSystem, exclusive: ExclusiveCreate, lockPath: string, judged: Holder): Promise<void> {
  const aside = `${lockPath}.${randomToken()}.stale`;
  try {
    await fs.rename(lockPath, aside, { overwrite: false });
  } catch (err) {
    if (isNotFound(err)) return; // another process broke it first
    throw err;
  }
  const moved = await readHolder(fs, aside);
  if (moved && !sameBytes(moved.raw, judged.raw)) await exclusive.create(lockPath, moved.raw);
  await fs.delete(aside).catch(() => undefined);
}

/** A lock is written whole in the moment it is created (the Node file system links a
 *  complete file under its name). One that still names no owner after this long was
 *  left by a process killed between creating it and writing it, on a file system that
 *  cannot link, or by an older Sorot: waiting `staleMs` for it held every later export
 *  of that folder for ten minutes (the SIGKILL export test). */
const OWNERLESS_STALE_MS = 10_000;

function isStale(holder: Holder, exclusive: ExclusiveCreate | undefined, staleMs: number, now: number): boolean {
  if (holder.owner && exclusive?.ownerAlive(holder.owner) === false) return true;
  if (!holder.owner && now - holder.mtime > Math.min(staleMs, OWNERLESS_STALE_MS)) return true;
  return now - holder.mtime > staleMs;
}

async function readHolder(fs: CoreFileSystem, lockPath: string): Promise<Holder | undefined> {
  let raw: Uint8Array;
  let stat;
  try {
    stat = await fs.stat(lockPath);
    if (!stat) return undefined;
    raw = await fs.readFile(lockPath);
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
  let content: LockContent = {};
  try {
    const decoded = decodeText(raw);
    const parsed: unknown = decoded.ok ? JSON.parse(decoded.text) : undefined;
    if (parsed && typeof parsed === 'object') content = parsed as LockContent;
  } catch {
    // Being written right now, or not ours: judged by its age alone.
  }
  return { ...content, mtime: stat.mtime, raw };
}

function busy(path: string, holder: Holder, timeoutMs: number): FileSystemError {
  const who = holder.owner ? ` by ${holder.owner}` : '';
  const since = holder.created ? ` since ${holder.created}` : '';
  return new FileSystemError(
    'busy',
    `${basename(path)} is being written by another process (lock ${basename(lockPathOf(path))} held${who}${since}); gave up after ${Math.round(timeoutMs / 1000)} s, nothing written — try again`,
    path,
  );
}

function settings(options: LockOptions) {
  return {
    staleMs: options.staleMs ?? DEFAULTS.staleMs,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    now: options.now ?? (() => Date.now()),
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))),
  };
}

/** 2, 4, then 8 ms with jitter, so two waiters do not retry in step. Short on purpose:
 *  a process that saves the same file again re-takes the lock a few ms after releasing
 *  it, and a waiter that sleeps longer keeps missing that gap. */
function backoff(attempt: number): number {
  const cap = Math.min(8, 2 ** (attempt + 1));
  return cap / 2 + Math.random() * (cap / 2);
}

function randomToken(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
