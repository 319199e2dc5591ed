/**
 * SHA-256 for the core, synchronous and the same in Node and in a browser worker (Web
 * Crypto's digest is asynchronous and missing outside secure contexts): @noble/hashes,
 * audited and dependency-free. Used where a file must be recognised again byte for byte
 * (a sidecar's textHash, an export manifest).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
