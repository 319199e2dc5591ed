// THE one place where a file's bytes become the text Sorot works on. Every stored offset
// (sidecars, exports, the corpus index, gold sets) counts UTF-16 units into the string
// returned here, so every reader of an article — CLI, extension, eval — and of Sorot's
// own JSON files goes through decodeText; a second decoder would let one file be
// "binary" to one command and valid to another, with offsets that disagree.
//
// The rules, decided once:
// - strict UTF-8: a malformed, overlong or surrogate sequence is refused, never
//   replaced by U+FFFD (a silently "repaired" text shifts every offset after it);
// - a leading UTF-8 byte order mark is removed (offsets never count it) and reported
//   as hadBom; a BOM further in is an ordinary character and stays;
// - a UTF-16 byte order mark (FF FE / FE FF) is refused: re-save the file as UTF-8;
// - a NUL byte anywhere is refused: no news text contains one, and a file with NULs is
//   binary (an image, a word-processor file) or UTF-16 without a BOM;
// - line ends are kept as written (CR LF counts two units, as in VS Code).
// Refusals carry the reason and the byte offset in the FILE (a removed BOM counts), so
// the message points at the very byte a hex editor shows.

export type DecodeRefusalReason = 'utf16-bom' | 'nul-byte' | 'invalid-utf8';

export interface DecodedText {
  ok: true;
  text: string;
  /** The file started with a UTF-8 byte order mark (removed from `text`). */
  hadBom: boolean;
}

export interface DecodeRefusal {
  ok: false;
  reason: DecodeRefusalReason;
  /** Offset of the offending byte in the file. */
  byteOffset: number;
  /** One line for the user, without the file name (callers prefix it). */
  message: string;
}

export type DecodeResult = DecodedText | DecodeRefusal;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const order = bytes[0] === 0xff ? 'FF FE' : 'FE FF';
    return refuse('utf16-bom', 0, `the file is UTF-16 encoded (byte order mark ${order}); save it as UTF-8`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const hint = looksLikeUtf16WithoutBom(bytes) ? 'it looks like UTF-16 without a byte order mark; save it as UTF-8' : 'expected UTF-8 text';
    return refuse('nul-byte', nul, `the file looks binary (NUL byte at byte offset ${nul}); ${hint}`);
  }
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: true keeps any later U+FEFF as text; the leading one was cut above.
    return { ok: true, text: decoder.decode(body), hadBom };
  } catch {
    const at = firstInvalidUtf8Byte(body) + (hadBom ? 3 : 0);
    const byte = bytes[at].toString(16).toUpperCase().padStart(2, '0');
    return refuse('invalid-utf8', at, `the file is not valid UTF-8 (byte 0x${byte} at byte offset ${at}${latin1Hint(bytes, at)}); re-save it as UTF-8`);
  }
}

/** Strict UTF-8 of bytes that are data, not an article (the index cache's summaries:
 *  their varint digits include NUL, which decodeText refuses, and no BOM is cut).
 *  Undefined when the bytes are not UTF-8. */
export function decodeUtf8Data(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Byte offset of the first byte that breaks UTF-8 well-formedness (RFC 3629: no overlong
 *  forms, no surrogates, nothing above U+10FFFF, no truncated sequence), or b.length. */
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

function refuse(reason: DecodeRefusalReason, byteOffset: number, message: string): DecodeRefusal {
  return { ok: false, reason, byteOffset, message };
}

/** ASCII text in UTF-16 has a NUL in every other byte: check the start of the file. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  return (oddNul === pairs && evenNul === 0) || (evenNul === pairs && oddNul === 0);
}

/** A lone high byte before an ASCII one is how Latin-1 / Windows-1252 spell é (0xE9) or
 *  the curly quotes “ ” (0x93 0x94) that word processors put in. */
function latin1Hint(bytes: Uint8Array, at: number): string {
  const next = bytes[at + 1];
  const lone = bytes[at] >= 0x80 && (next === undefined || next < 0x80);
  return lone ? ', perhaps Latin-1 or Windows-1252' : '';
}

/** The parts one after the other in one array (the one part itself when there is one). */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
