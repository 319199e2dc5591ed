// Reading article files for CLI commands: bytes from disk, then the one decoder of
// src/core/text/decode.ts (BOM stripped and not counted, CRLF kept, non-UTF-8, UTF-16
// and binary refused with the reason and the byte offset).
// Every failure becomes a one-line message naming the file; nothing throws.
import { promises as fsp } from 'node:fs';
import { decodeText } from '../../core/text/decode';

export type ArticleRead = { path: string; text: string } | { path: string; error: string };

export async function readArticle(path: string): Promise<ArticleRead> {
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(path);
  } catch (e) {
    return { path, error: describeFsError(e) };
  }
  const decoded = decodeText(bytes);
  return decoded.ok ? { path, text: decoded.text } : { path, error: decoded.message };
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM': return 'permission denied (cannot read the file)';
    default: return e instanceof Error ? e.message : String(e);
  }
}
