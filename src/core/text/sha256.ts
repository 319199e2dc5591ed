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
 *  file is a hundred megabytes of text, whose encoding and hash took seconds of the
 *  extension host in one go (issue 19). The text is a string or the chunks it is made of
 *  (export/chunked-file.ts), so no caller has to join it into one string first. The same
 *  bytes and hash as TextEncoder and sha256Hex on the whole text: a surrogate pair is
 *  never encoded in two halves, whether a `chunk` or a piece boundary falls inside it. */
export async function utf8WithSha256InSlices(text: string | readonly string[], slices: TimeSlices, chunk = 1 << 16): Promise<{ bytes: Uint8Array; hash: string }> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  const encode = (s: string) => {
    const part = encoder.encode(s);
    parts.push(part);
    length += part.length;
  };
  const pieces = typeof text === 'string' ? [text] : text;
  // A high surrogate at the end of a piece waits for the next piece's first unit.
  let carry = '';
  for (const [p, next] of pieces.entries()) {
    const piece = carry + next;
    carry = '';
    const lastPiece = p === pieces.length - 1;
    for (let i = 0; i < piece.length; ) {
      let end = Math.min(piece.length, i + chunk);
      if (isHighSurrogate(piece.charCodeAt(end - 1))) {
        // Inside the piece, it goes with what follows it (a one-unit chunk grows).
        if (end < piece.length) end += end - 1 > i ? -1 : 1;
        else if (!lastPiece) {
          carry = piece.slice(end - 1);
          end -= 1;
        }
      }
      if (end > i) encode(piece.slice(i, end));
      i = carry ? piece.length : end;
      if (slices.due()) await slices.next();
    }
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
    if (slices.due()) await slices.next();
  }
  // Hashed once the bytes are together, not part by part: a part whose length is not a
  // multiple of SHA-256's 64-byte block made every later update copy block by block
  // (@noble/hashes), 7 MB/s instead of 120 and a subarray of garbage per 64 bytes: the
  // long encode-and-hash blocks of issue 19.
  return { bytes, hash: await sha256HexInSlices(bytes, slices, HASH_CHUNK) };
}

/** A multiple of the 64-byte block, a few milliseconds of hashing at most. */
const HASH_CHUNK = 1 << 16;

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** sha256Hex in slices, a chunk at a time (`chunk` a multiple of 64: see above). */
export async function sha256HexInSlices(bytes: Uint8Array, slices: TimeSlices, chunk = 1 << 18): Promise<string> {
  const hasher = sha256.create();
  for (let i = 0; i < bytes.length; i += chunk) {
    hasher.update(bytes.subarray(i, Math.min(bytes.length, i + chunk)));
    if (slices.due()) await slices.next();
  }
  return bytesToHex(hasher.digest());
}

/** SHA-256 of bytes that arrive in parts (an export file written piece by piece): the
 *  parts are fed to the hash in whole 64-byte blocks, the rest kept for the next part,
 *  so an odd-sized part does not drop the hash to its slow block-by-block copy (above). */
export class Sha256Stream {
  private readonly hasher = sha256.create();
  private carry = new Uint8Array(0);

  update(bytes: Uint8Array): void {
    let data = bytes;
    if (this.carry.length) {
      data = new Uint8Array(this.carry.length + bytes.length);
      data.set(this.carry);
      data.set(bytes, this.carry.length);
    }
    const whole = data.length - (data.length % 64);
    for (let i = 0; i < whole; i += HASH_CHUNK) this.hasher.update(data.subarray(i, Math.min(whole, i + HASH_CHUNK)));
    this.carry = data.slice(whole);
  }

  digestHex(): string {
    if (this.carry.length) this.hasher.update(this.carry);
    this.carry = new Uint8Array(0);
    return bytesToHex(this.hasher.digest());
  }
}
