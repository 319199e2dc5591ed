/**
 * SHA-256 for the core, synchronous and the same in Node and in a browser worker (Web
 * Crypto's digest is asynchronous and missing outside secure contexts): @noble/hashes,
 * audited and dependency-free. Used where a file must be recognised again byte for byte
 * (a sidecar's textHash, an export manifest).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { TimeSlices } from '../incremental/time-slices';

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/** Text as UTF-8 bytes with their SHA-256, in slices: a corpus exported to one JSONL
 *  file is a string of a hundred megabytes, whose encoding and hash took seconds of the
 *  extension host in one go (issue 19). The same bytes and hash as TextEncoder and
 *  sha256Hex: chunks are never cut inside a surrogate pair. */
export async function utf8WithSha256InSlices(text: string, slices: TimeSlices, chunk = 1 << 16): Promise<{ bytes: Uint8Array; hash: string }> {
  const encoder = new TextEncoder();
  const hasher = sha256.create();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + chunk);
    const last = text.charCodeAt(end - 1);
    // A high surrogate ends the chunk: it goes with what follows it (a one-unit chunk grows).
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end += end - 1 > i ? -1 : 1;
    const part = encoder.encode(text.slice(i, end));
    hasher.update(part);
    parts.push(part);
    length += part.length;
    i = end;
    if (slices.due()) await slices.next();
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
    if (slices.due()) await slices.next();
  }
  return { bytes, hash: bytesToHex(hasher.digest()) };
}

/** sha256Hex in slices, a chunk at a time. */
export async function sha256HexInSlices(bytes: Uint8Array, slices: TimeSlices, chunk = 1 << 18): Promise<string> {
  const hasher = sha256.create();
  for (let i = 0; i < bytes.length; i += chunk) {
    hasher.update(bytes.subarray(i, Math.min(bytes.length, i + chunk)));
    if (slices.due()) await slices.next();
  }
  return bytesToHex(hasher.digest());
}
