// The headline the Articles view shows for an article's bytes. Pure (no vscode) so it is
// unit-tested. The whole file goes through the one decoder (src/core/text/decode.ts), so
// the view flags exactly the files that the index, export, validate and the CLI refuse.
import { decodeText } from '../../core/text/decode';

/** Longer first lines (a file without a headline) are cut for the tree. */
export const MAX_HEADLINE_CHARS = 160;

/** `error`: why the file cannot be used (then `headline` is picked from the lines
 *  before the offending byte, so a bad byte far below the headline does not hide it). */
export type HeadlineResult = { headline: string | undefined } | { headline: string | undefined; error: string };

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
  const decoded = decodeText(bytes);
  if (decoded.ok) return { headline: headlineOfText(decoded.text) };
  return { headline: headlineBefore(bytes, decoded.byteOffset), error: decoded.message };
}

/** The headline of the whole lines before `byteOffset`, if they decode. */
function headlineBefore(bytes: Uint8Array, byteOffset: number): string | undefined {
  const lineEnd = bytes.subarray(0, byteOffset).lastIndexOf(0x0a);
  if (lineEnd < 0) return undefined;
  const head = decodeText(bytes.subarray(0, lineEnd));
  return head.ok ? headlineOfText(head.text) : undefined;
}
