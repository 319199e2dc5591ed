// An in-memory CoreFileSystem for store tests; paths are plain "/dir/name" strings.
import { FileSystemError, type CoreFileSystem, type FileKind } from '../../../src/core/fs/types';

export class MemoryFileSystem implements CoreFileSystem {
  readonly files = new Map<string, Uint8Array>();
  readonly log: string[] = [];
  /** When set, the next rename fails (to simulate a crash between write and rename). */
  failNextRename = false;

  async readFile(path: string): Promise<Uint8Array> {
    const f = this.files.get(path);
    if (!f) throw new FileSystemError('not-found', `${path} not found`, path);
    return f.slice();
  }
  async writeFile(path: string, data: Uint8Array): Promise<void> {
    this.log.push(`write ${path}`);
    this.files.set(path, data.slice());
  }
  async rename(from: string, to: string, { overwrite }: { overwrite: boolean }): Promise<void> {
    this.log.push(`rename ${from} -> ${to}`);
    if (this.failNextRename) {
      this.failNextRename = false;
      throw new FileSystemError('other', 'simulated rename failure', to);
    }
    const f = this.files.get(from);
    if (!f) throw new FileSystemError('not-found', `${from} not found`, from);
    if (!overwrite && this.files.has(to)) throw new FileSystemError('exists', `${to} exists`, to);
    this.files.delete(from);
    this.files.set(to, f);
  }
  async delete(path: string): Promise<void> {
    this.log.push(`delete ${path}`);
    this.files.delete(path);
  }
  async stat(path: string) {
    const f = this.files.get(path);
    return f ? { kind: 'file' as const, size: f.length, mtime: 0 } : undefined;
  }
  async readDirectory(dir: string): Promise<Array<[string, FileKind]>> {
    const prefix = dir.endsWith('/') ? dir : dir + '/';
    return [...this.files.keys()]
      .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map((p): [string, FileKind] => [p.slice(prefix.length), 'file']);
  }
  text(path: string): string | undefined {
    const f = this.files.get(path);
    return f && new TextDecoder().decode(f);
  }
  put(path: string, text: string | Uint8Array): void {
    this.files.set(path, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  }
}
