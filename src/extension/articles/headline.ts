// The headline of an article: its first non-empty line. Pure (no vscode) so it is
// unit-tested. Only the head of the file is decoded, so a huge file costs no more
// than a small one and a bad byte far below the headline does not hide the title.
import { decodeArticle } from '../../core/text/decode';

/** Enough bytes for any real headline plus leading blank lines. */
export const HEAD_BYTES = 16 * 1024;
/** Longer first lines (a file without a headline) are cut for the tree. */
export const MAX_HEADLINE_CHARS = 160;

export type HeadlineResult = { headline: string } | { headline: undefined } | { error: string };

/** The first `max` bytes, moved back to a UTF-8 character boundary. */
export function utf8Head(bytes: Uint8Array, max = HEAD_BYTES): Uint8Array {
  if (bytes.length <= max) return bytes;
  let end = max;
  // 10xxxxxx bytes continue a character: never cut between them and their lead byte
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end);
}

/** First non-empty line, whitespace collapsed, cut to MAX_HEADLINE_CHARS. */
export function headlineOfText(text: string): string | undefined {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t === '') continue;
    const chars = Array.from(t); // cut by code points so an emoji is never split in half
    return chars.length <= MAX_HEADLINE_CHARS ? t : chars.slice(0, MAX_HEADLINE_CHARS - 1).join('') + '…';
  }
  return undefined;
}

export function headlineOfBytes(bytes: Uint8Array): HeadlineResult {
  const decoded = decodeArticle(utf8Head(bytes));
  if ('error' in decoded) return { error: decoded.error };
  return { headline: headlineOfText(decoded.text) };
}
