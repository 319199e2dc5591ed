// Turns the raw bytes of an article file into the text every offset refers to.
// Strict on purpose: a silently "repaired" decode would shift every offset an
// annotator stores, so non-UTF-8 or binary input is refused with a clear reason.

export type DecodeResult = { text: string } | { error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { error: 'the file is UTF-16 encoded; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { error: `the file looks binary (NUL byte at byte offset ${nul}); expected UTF-8 text` };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: true keeps any *second* BOM as text instead of silently eating it;
    // the leading one was already removed above so offsets never count it.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text };
  } catch {
    const at = firstInvalidUtf8Byte(body) + (hasBom ? 3 : 0);
    return { error: `the file is not valid UTF-8 (first invalid byte at byte offset ${at}); re-save it as UTF-8` };
  }
}

/** Byte offset of the first byte that breaks UTF-8 well-formedness (only called on
 *  the error path, so a simple validator is fine). Returns body.length if none. */
export function firstInvalidUtf8Byte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) { need = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}
