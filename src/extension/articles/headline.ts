// The headline the Articles view shows for an article's bytes. Pure (no vscode) so it is
// unit-tested. The whole file goes through the one decoder (src/core/text/decode.ts), so
// the view flags exactly the files that the index, export, validate and the CLI refuse;
// the headline itself is picked by the core rule (src/core/text/headline.ts).
import { decodeText } from '../../core/text/decode';
import { pickHeadline } from '../../core/text/headline';

/** `error`: why the file cannot be used (then `headline` is picked from the lines
 *  before the offending byte, so a bad byte far below the headline does not hide it). */
export type HeadlineResult = { headline: string | undefined } | { headline: string | undefined; error: string };

export function headlineOfBytes(bytes: Uint8Array): HeadlineResult {
  const decoded = decodeText(bytes);
  if (decoded.ok) return { headline: pickHeadline(decoded.text) };
  return { headline: headlineBefore(bytes, decoded.byteOffset), error: decoded.message };
}

/** The headline of the whole lines before `byteOffset`, if they decode. */
function headlineBefore(bytes: Uint8Array, byteOffset: number): string | undefined {
  const lineEnd = bytes.subarray(0, byteOffset).lastIndexOf(0x0a);
  if (lineEnd < 0) return undefined;
  const head = decodeText(bytes.subarray(0, lineEnd));
  return head.ok ? pickHeadline(head.text) : undefined;
}
