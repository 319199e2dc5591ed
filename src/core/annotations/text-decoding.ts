// Bytes of Sorot's own JSON files (sidecars, .sorot/schema.json) to text: the very
// decoder articles go through (src/core/text/decode.ts), with a refusal turned into the
// typed SidecarError the readers of those files report.
import { decodeText } from '../text/decode';
import type { SidecarError } from './types';

export { encodeUtf8 } from '../text/decode';

export type JsonTextResult = { ok: true; text: string } | { ok: false; error: SidecarError };

export function decodeJsonText(bytes: Uint8Array): JsonTextResult {
  const decoded = decodeText(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, error: { kind: 'encoding', message: decoded.message } };
}
