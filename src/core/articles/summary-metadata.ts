// The outlet and date an article's text says, as the corpus index keeps them with the
// article's summary (core/incremental/article-summary.ts, `textMetadata`), so that the
// Articles view can group 100,000 articles by outlet or month without reading a file.
// A researcher's values (annotation file, .sorot/articles.csv) override them
// (core/metadata/effective.ts); `combineMetadata` applies that order to these values.
import { effectiveMetadata, type MetadataInputs } from '../metadata/effective';
import { readTextMetadata } from '../metadata/read-text';
import type { MetadataValues, TextMetadata } from '../metadata/types';

/** The values of what a text says (the summary's `textMetadata`), without provenance. */
export function metadataValues(read: Pick<TextMetadata, 'outlet' | 'date'> | undefined): MetadataValues {
  const out: MetadataValues = {};
  if (read?.outlet) out.outlet = read.outlet.value;
  if (read?.date) out.date = read.date.value;
  return out;
}

export function textMetadataValues(text: string): MetadataValues {
  return metadataValues(readTextMetadata(text));
}

/** A researcher's override, else the table's value, else the text's, field by field. */
export function combineMetadata(researcher: Omit<MetadataInputs, 'text'>, text: MetadataValues): MetadataValues {
  const set = effectiveMetadata(researcher);
  const out: MetadataValues = {};
  const outlet = set.outlet?.value ?? text.outlet;
  const date = set.date?.value ?? text.date;
  if (outlet !== undefined) out.outlet = outlet;
  if (date !== undefined) out.date = date;
  return out;
}
