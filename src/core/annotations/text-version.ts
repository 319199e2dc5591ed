/**
 * Which text a sidecar's offsets count in. A sidecar records the SHA-256 of the article
 * text its offsets were computed on (`textHash`), so every reader can tell offsets it may
 * trust (the hash matches the article as it is now) from offsets that must be found again
 * by quote first (the article changed since, outside Sorot or in an unsaved editor).
 *
 * SHA-256 of the UTF-8 bytes of the BOM-less text, as "sha256:<64 hex digits>": any tool
 * can check it (Python: hashlib.sha256(text.encode("utf-8")).hexdigest()).
 */
import { sha256Hex } from '../text/sha256';
import { encodeUtf8 } from './text-decoding';

export const TEXT_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

export function articleTextHash(text: string): string {
  return 'sha256:' + sha256Hex(encodeUtf8(text));
}
