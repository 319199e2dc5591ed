import type { SidecarError } from './types';

export type DecodeResult = { ok: true; text: string; hadBom: boolean } | { ok: false; error: SidecarError };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 strictly (no silent U+FFFD replacement: offsets into a text with
 * replacement characters would not match the file) and drops a leading BOM, because
 * all offsets in Sorot are UTF-16 units into the BOM-less text. CRLF is kept as is:
 * VS Code counts "\r\n" as two units too.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      error: { kind: 'encoding', message: `not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8` },
    };
  }
  const hadBom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: hadBom ? text.slice(1) : text, hadBom };
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Byte offset of the first malformed sequence, to make the message actionable. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return i;
}
