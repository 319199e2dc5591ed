// One table of byte inputs for every path that turns a file into text. Each case says
// what Sorot must make of the bytes: the text offsets count in, or a refusal with its
// reason and the byte offset (in the file, a removed BOM counted).
import type { DecodeRefusalReason } from '../../../src/core/text/decode';

export interface DecodeCase {
  name: string;
  /** Safe as a file name. */
  file: string;
  bytes: Uint8Array;
  expect: { text: string; hadBom: boolean } | { reason: DecodeRefusalReason; byteOffset: number };
}

const utf8 = (s: string): number[] => Array.from(new TextEncoder().encode(s));
const BOM = [0xef, 0xbb, 0xbf];
const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? utf8(p) : p)));

export const DECODE_CASES: DecodeCase[] = [
  { name: 'plain text with CRLF', file: 'crlf', bytes: bytes('Harga beras naik\r\nPedagang mengeluh.\r\n'), expect: { text: 'Harga beras naik\r\nPedagang mengeluh.\r\n', hadBom: false } },
  { name: 'lone CR line ends', file: 'cr', bytes: bytes('Judul\rIsi berita.'), expect: { text: 'Judul\rIsi berita.', hadBom: false } },
  { name: 'leading UTF-8 BOM removed', file: 'bom', bytes: bytes(BOM, 'Rusia\r\nNATO'), expect: { text: 'Rusia\r\nNATO', hadBom: true } },
  { name: 'a BOM further in stays text', file: 'inner-bom', bytes: bytes('a\uFEFFb'), expect: { text: 'a\uFEFFb', hadBom: false } },
  { name: 'only a BOM', file: 'bom-only', bytes: bytes(BOM), expect: { text: '', hadBom: true } },
  { name: 'empty file', file: 'empty', bytes: bytes(), expect: { text: '', hadBom: false } },
  { name: 'emoji and accents', file: 'emoji', bytes: bytes('Menlu 😀 café 🇮🇩\n'), expect: { text: 'Menlu 😀 café 🇮🇩\n', hadBom: false } },
  { name: 'UTF-16 LE with BOM', file: 'utf16le', bytes: bytes([0xff, 0xfe, 0x4a, 0x00, 0x75, 0x00]), expect: { reason: 'utf16-bom', byteOffset: 0 } },
  { name: 'UTF-16 BE with BOM', file: 'utf16be', bytes: bytes([0xfe, 0xff, 0x00, 0x4a, 0x00, 0x75]), expect: { reason: 'utf16-bom', byteOffset: 0 } },
  { name: 'UTF-16 LE without BOM', file: 'utf16-nobom', bytes: bytes([0x4a, 0x00, 0x75, 0x00, 0x64, 0x00, 0x75, 0x00]), expect: { reason: 'nul-byte', byteOffset: 1 } },
  { name: 'NUL byte in text', file: 'nul', bytes: bytes('Judul\n', [0x00], 'isi'), expect: { reason: 'nul-byte', byteOffset: 6 } },
  { name: 'BOM and a NUL byte', file: 'bom-nul', bytes: bytes(BOM, 'ab', [0x00]), expect: { reason: 'nul-byte', byteOffset: 5 } },
  { name: 'binary (PNG header)', file: 'png', bytes: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), expect: { reason: 'nul-byte', byteOffset: 8 } },
  { name: 'Latin-1 é', file: 'latin1', bytes: bytes('Caf', [0xe9], ' Jakarta'), expect: { reason: 'invalid-utf8', byteOffset: 3 } },
  { name: 'BOM then invalid byte: offset counts the BOM', file: 'bom-invalid', bytes: bytes(BOM, 'ab', [0xff]), expect: { reason: 'invalid-utf8', byteOffset: 5 } },
  { name: 'overlong 2-byte slash', file: 'overlong2', bytes: bytes('a', [0xc0, 0xaf]), expect: { reason: 'invalid-utf8', byteOffset: 1 } },
  { name: 'overlong 3-byte slash', file: 'overlong3', bytes: bytes([0xe0, 0x80, 0xaf]), expect: { reason: 'invalid-utf8', byteOffset: 0 } },
  { name: 'encoded surrogate', file: 'surrogate', bytes: bytes('x', [0xed, 0xa0, 0x80]), expect: { reason: 'invalid-utf8', byteOffset: 1 } },
  { name: 'above U+10FFFF', file: 'too-high', bytes: bytes([0xf4, 0x90, 0x80, 0x80]), expect: { reason: 'invalid-utf8', byteOffset: 0 } },
  { name: 'sequence cut at the end', file: 'truncated', bytes: bytes('ab', [0xe2, 0x82]), expect: { reason: 'invalid-utf8', byteOffset: 2 } },
];

/** The words every refusal message starts with, per reason (stable for users and tests). */
export const REFUSAL_WORDS: Record<DecodeRefusalReason, RegExp> = {
  'utf16-bom': /^the file is UTF-16 encoded/,
  'nul-byte': /^the file looks binary \(NUL byte at byte offset \d+\)/,
  'invalid-utf8': /^the file is not valid UTF-8 \(byte 0x[0-9A-F]{2} at byte offset \d+/,
};
