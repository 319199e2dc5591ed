/** Content hashing for analysis caches. FNV-1a over UTF-16 code units, two independent
 *  32-bit lanes combined: cheap (no allocation, no crypto, runs in a browser) and with a
 *  collision rate low enough for a cache keyed by paragraph or article text, where a
 *  collision would only reuse a stale analysis, never lose user data. */
export function contentHash(text: string, start = 0, end = text.length): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ (end - start);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(36) + '.' + (h2 >>> 0).toString(36);
}
