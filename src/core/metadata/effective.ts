// The one decision of an article's outlet and date, field by field: a researcher's
// override in a sidecar, else the workspace table (.sorot/articles.csv), else what the
// text says. Each value carries where it came from, so a view can say "set by ani",
// "from articles.csv line 12" or "read from 'Jakarta (ANTARA) -' (0.95)".
import type { TableEntry } from './articles-table';
import type { EffectiveMetadata, EffectiveValue, MetadataValues, TextMetadata } from './types';

/** A sidecar's `metadata`, with the file it is in. */
export interface MetadataOverride extends MetadataValues {
  file: string;
  /** The annotator of a per-annotator sidecar (undefined: the shared sidecar). */
  annotator?: string;
}

export interface MetadataInputs {
  overrides?: readonly MetadataOverride[];
  table?: { file: string; entry: TableEntry | undefined };
  /** Only the best reading of each field counts (what the corpus index keeps). */
  text?: Pick<TextMetadata, 'outlet' | 'date'>;
}

type Field = keyof MetadataValues;

export function effectiveMetadata(inputs: MetadataInputs): EffectiveMetadata {
  const out: EffectiveMetadata = {};
  for (const field of ['outlet', 'date'] as const) {
    const value = fromOverrides(field, inputs.overrides ?? []) ?? fromTable(field, inputs.table) ?? fromText(field, inputs.text);
    if (value) out[field] = value;
  }
  return out;
}

/**
 * Sidecars disagreeing (two annotators set different outlets): the shared sidecar first,
 * then annotators in name order. A fixed order rather than the latest edit, because a
 * sidecar records no time for its metadata; the values that lost are listed.
 */
function fromOverrides(field: Field, overrides: readonly MetadataOverride[]): EffectiveValue | undefined {
  const setting = overrides.filter((o) => o[field] !== undefined && o[field] !== '').sort(byOwner);
  const [first, ...rest] = setting;
  if (!first) return undefined;
  const value: EffectiveValue = { value: first[field]!, from: 'override', confidence: 1, file: first.file };
  if (first.annotator !== undefined) value.annotator = first.annotator;
  const overruled = rest.filter((o) => o[field] !== first[field]).map((o) => ({ value: o[field]!, file: o.file, ...(o.annotator !== undefined ? { annotator: o.annotator } : {}) }));
  if (overruled.length) value.overruled = overruled;
  return value;
}

function byOwner(a: MetadataOverride, b: MetadataOverride): number {
  if (a.annotator === b.annotator) return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  if (a.annotator === undefined) return -1;
  if (b.annotator === undefined) return 1;
  return a.annotator < b.annotator ? -1 : 1;
}

function fromTable(field: Field, table: MetadataInputs['table']): EffectiveValue | undefined {
  const v = table?.entry?.[field];
  return v === undefined ? undefined : { value: v, from: 'table', confidence: 1, file: table!.file, line: table!.entry!.line };
}

function fromText(field: Field, text: MetadataInputs['text']): EffectiveValue | undefined {
  const r = text?.[field];
  if (!r) return undefined;
  const value: EffectiveValue = { value: r.value, from: 'text', confidence: r.confidence, start: r.start, end: r.end, reader: r.reader };
  if (r.ambiguous) value.ambiguous = true;
  return value;
}
