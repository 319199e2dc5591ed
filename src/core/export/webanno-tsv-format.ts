/**
 * WebAnno TSV 3.3, INCEpTION's line-based exchange format: the layers Sorot writes and
 * the escaping rules of INCEpTION's reader and writer (its Escaping class), shared by the
 * exporter and the importer. Offsets in a TSV file count UTF-16 units, like Sorot's.
 */
import { FIELD_ORDER } from './fields';

export const TSV_FORMAT_LINE = '#FORMAT=WebAnno TSV 3.3';

/** The researcher's annotations: one span layer, the kind and every field a feature (so
 *  INCEpTION shows and edits them), plus `sorot`, the record as JSON, for what no
 *  feature carries exactly (id, times, the span's exact ends). */
export const ANNOTATION_LAYER = 'webanno.custom.SorotAnnotation';
export const ANNOTATION_FEATURES = [
  'kind',
  'annotator',
  'status',
  ...FIELD_ORDER.claim,
  ...FIELD_ORDER.stance,
  ...FIELD_ORDER.source,
  'note',
  'tags',
  'sorot',
] as const;

/** The recognized layer: actor mentions (kind PER / ORG / GPE), quotes and reported
 *  statements in one span layer, so a relation layer can link a quote to its speaker
 *  (INCEpTION relations join two annotations of the same span layer). */
export const RECOGNIZED_LAYER = 'webanno.custom.SorotRecognized';
export const RECOGNIZED_FEATURES = ['kind', 'canonical', 'entityId', 'speaker', 'cue', 'form', 'attribution', 'provenance', 'by'] as const;

/** Quote or reported statement (governor) -> the actor mention naming its speaker (dependent). */
export const SPEAKER_LAYER = 'webanno.custom.SorotSpeaker';

/** A feature value, escaped as INCEpTION's Escaping.escapeValue does. */
export function escapeValue(v: string): string {
  return v.replace(/\\|\[|\]|\||_|->|;|\t|\n|\*/g, (m) => (m === '\t' ? '\\t' : m === '\n' ? '\\n' : '\\' + m));
}

export function unescapeValue(v: string): string {
  return v.replace(/\\(\\|\[|\]|\||_|->|;|t|n|\*)/g, (_, m: string) => (m === 't' ? '\t' : m === 'n' ? '\n' : m));
}

/** A `#Text=` line's text, escaped as Escaping.escapeText does (format 3.2 and later):
 *  tab, form feed, CR, backspace and backslash get readable escapes; the other C0
 *  controls except 8–13 a backslash before them. */
export function escapeText(t: string): string {
  // eslint-disable-next-line no-control-regex -- the C0 controls are exactly what is escaped
  return t.replace(/[\x00-\x07\x0e-\x1f\t\f\r\b\\]/g, (c) => {
    switch (c) {
      case '\t': return '\\t';
      case '\f': return '\\f';
      case '\r': return '\\r';
      case '\b': return '\\b';
      case '\\': return '\\\\';
      default: return '\\' + c;
    }
  });
}

export function unescapeText(t: string): string {
  // eslint-disable-next-line no-control-regex -- the C0 controls are exactly what is escaped
  return t.replace(/\\([tfrb\\\x00-\x07\x0e-\x1f])/g, (_, c: string) => {
    switch (c) {
      case 't': return '\t';
      case 'f': return '\f';
      case 'r': return '\r';
      case 'b': return '\b';
      default: return c;
    }
  });
}

/** What a free-text value looks like in a feature column: a CR would end the line for
 *  Java's reader and TSV has no escape for it, so it is left out of the column (the
 *  `sorot` record keeps the exact value). */
export function displayValue(v: string): string {
  return v.replace(/\r/g, '');
}
