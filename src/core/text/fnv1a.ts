/** FNV-1a (32 bits) over UTF-16 code units: small, stable across runs and platforms,
 *  well spread, no allocation, runs in a browser. The one owner of the constants: shard
 *  numbers, checksums, fingerprints and colour slots computed with it stay comparable
 *  with what earlier versions wrote only while these stay as they are. Not for security. */

/** The hash of nothing; continue from here (or from an earlier result) with `fnv1a`. */
export const FNV1A_SEED = 0x811c9dc5;
const PRIME = 0x01000193;

/** One code unit into hash `h`. */
export function fnv1aMix(h: number, code: number): number {
  return Math.imul(h ^ code, PRIME) >>> 0;
}

/** The hash of `text`'s code units [from, to), continuing `h` (the seed by default).
 *  Unsigned 32 bits; passing a result back as `h` hashes the concatenation. */
export function fnv1a(text: string, from = 0, to = text.length, h = FNV1A_SEED): number {
  let x = h | 0;
  for (let i = from; i < to; i++) x = Math.imul(x ^ text.charCodeAt(i), PRIME);
  return x >>> 0;
}
