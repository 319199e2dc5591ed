// The core's file-system interface on top of vscode.workspace.fs, so sidecars are read
// and written the same way on disk, in remote workspaces and in the browser. Paths are
// URI strings (uri.toString()). Nothing is written in an untrusted workspace.
// No `exclusive` capability: vscode.workspace.fs cannot create a file only if it does
// not exist in one step, so this adapter takes no sidecar locks. The store still waits
// while another process (the CLI) holds one, and reads each write back (core/fs/lock.ts).
import * as vscode from 'vscode';
import { FileSystemError, type CoreFileSystem, type FileKind, type FileStat, type FileSystemErrorCode } from '../../core/fs';
import { assertMayWrite } from './write-guard';

export class VscodeFileSystem implements CoreFileSystem {
  async readFile(path: string): Promise<Uint8Array> {
    return wrap(path, () => vscode.workspace.fs.readFile(vscode.Uri.parse(path, true)));
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    assertMayWrite(path);
    await wrap(path, () => vscode.workspace.fs.writeFile(vscode.Uri.parse(path, true), data));
  }

  async rename(from: string, to: string, options: { overwrite: boolean }): Promise<void> {
    assertMayWrite(to);
    await wrap(from, () => vscode.workspace.fs.rename(vscode.Uri.parse(from, true), vscode.Uri.parse(to, true), options));
  }

  async delete(path: string): Promise<void> {
    assertMayWrite(path);
    await wrap(path, () => vscode.workspace.fs.delete(vscode.Uri.parse(path, true), { useTrash: false }));
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(vscode.Uri.parse(path, true));
      const stat: FileStat = { kind: kindOf(s.type), size: s.size, mtime: s.mtime };
      if (s.type & vscode.FileType.SymbolicLink) stat.symbolicLink = true;
      return stat;
    } catch (err) {
      if (codeOf(err) === 'not-found') return undefined;
      throw translate(path, err);
    }
  }

  async readDirectory(path: string): Promise<Array<[string, FileKind]>> {
    const entries = await wrap(path, () => vscode.workspace.fs.readDirectory(vscode.Uri.parse(path, true)));
    return entries.map(([name, type]) => [name, kindOf(type)]);
  }

  async createDirectory(path: string): Promise<void> {
    await wrap(path, () => vscode.workspace.fs.createDirectory(vscode.Uri.parse(path, true)));
  }
}

function kindOf(type: vscode.FileType): FileKind {
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

async function wrap<T>(path: string, op: () => Thenable<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    throw translate(path, err);
  }
}

function codeOf(err: unknown): FileSystemErrorCode {
  const code = err instanceof vscode.FileSystemError ? err.code : '';
  switch (code) {
    case 'FileNotFound':
      return 'not-found';
    case 'FileExists':
      return 'exists';
    case 'FileNotADirectory':
      return 'not-a-directory';
    case 'NoPermissions':
      return 'no-permission';
    default:
      return 'other';
  }
}

function translate(path: string, err: unknown): FileSystemError {
  const message = err instanceof Error ? err.message : String(err);
  return new FileSystemError(codeOf(err), message, path);
}
