/**
 * Checks an imported annotation with the sidecar's own schema and rules, so whatever an
 * import writes is a sidecar Sorot can read back.
 */
import { parseSidecarText } from '../annotations/parse';
import { SIDECAR_SCHEMA_VERSION, type Annotation } from '../annotations/types';

export type Checked = { ok: true; annotation: Annotation } | { ok: false; message: string };

export function checkAnnotation(candidate: unknown): Checked {
  const probe = JSON.stringify({ schemaVersion: SIDECAR_SCHEMA_VERSION, article: 'probe.txt', annotations: [candidate] });
  const parsed = parseSidecarText(probe);
  if (!parsed.ok) {
    const message = parsed.error.message
      .replace(/ \(line \d+, column \d+\)$/, '')
      .replace(/\/annotations\/0\/?/g, '/')
      .replace(/^\/annotations\/?/, '');
    return { ok: false, message: message || 'invalid annotation' };
  }
  return { ok: true, annotation: parsed.sidecar.annotations[0] };
}
