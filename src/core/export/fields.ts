/** Field order per kind, as the sidecar's canonical form writes them. */
export const FIELD_ORDER = {
  claim: ['claimant', 'paraphrase', 'checkWorthiness', 'verdict'],
  stance: ['holder', 'target', 'polarity', 'intensity'],
  source: ['sourceName', 'sourceType', 'relation'],
} as const;

/** The kind's fields in canonical order, undefined ones dropped. */
export function orderedFields(kind: keyof typeof FIELD_ORDER, fields: object): Record<string, unknown> {
  const from = fields as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER[kind]) if (from[key] !== undefined) out[key] = from[key];
  return out;
}
