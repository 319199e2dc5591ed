/** Field order per kind, as the sidecar's canonical form writes them. */
import { FIELD_ORDER } from '../annotations/serialize';

export { FIELD_ORDER };

/** The kind's fields in canonical order, undefined ones dropped. */
export function orderedFields(kind: keyof typeof FIELD_ORDER, fields: object): Record<string, unknown> {
  const from = fields as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER[kind]) if (from[key] !== undefined) out[key] = from[key];
  return out;
}
