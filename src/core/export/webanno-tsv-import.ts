/**
 * WebAnno TSV 3 import: a file becomes spans on the article it belongs to, for
 * importForeignSpans. Sorot's own layer comes back whole (the `sorot` record, with the
 * kind, the fields and the span as edited in INCEpTION winning over it); every other span
 * layer (INCEpTION's NamedEntity, a project's custom layers, Sorot's recognized layer)
 * gives a label for the label map, and a speaker relation names a quote's speaker.
 */
import { isAnnotationKind } from '../annotations/types';
import { FIELD_ORDER } from './fields';
import type { ForeignSpan } from './foreign';
import { emptyResult, skip, type ImportResult } from './import-types';
import type { ArticleMatcher, Matched } from './match-article';
import { ANNOTATION_LAYER, displayValue, RECOGNIZED_LAYER, SPEAKER_LAYER } from './webanno-tsv-format';
import { readWebannoTsv, type TsvSpan } from './webanno-tsv-read';

/** `file` is the path as given (for messages and its name); INCEpTION's project export
 *  stores `annotation/<document>/<user>.tsv`, so a file whose folder is named like an
 *  article belongs to that article, annotated by the user the file is named after. */
export function readWebannoTsvFile(contents: string, file: string, matcher: ArticleMatcher): { spans: ForeignSpan[]; result: ImportResult } {
  const result = emptyResult();
  const spans: ForeignSpan[] = [];
  const doc = readWebannoTsv(contents);
  if ('error' in doc) {
    result.errors.push(`${file}: ${doc.error}`);
    return { spans, result };
  }
  const parts = file.replace(/\\/g, '/').split('/');
  const stem = parts[parts.length - 1].replace(/\.tsv$/i, '');
  const folder = parts[parts.length - 2];
  const perUser = folder !== undefined && /\.[A-Za-z0-9]+$/.test(folder) && !/\.[A-Za-z0-9]+$/.test(stem);
  const matched = matchText(matcher, perUser ? folder : stem, doc.text);
  if ('reason' in matched) {
    skip(result, 'files matched to no article');
    result.warnings.push(`${file}: matched to no article: ${matched.reason}`);
    return { spans, result };
  }
  for (const [what, n] of doc.unread) skip(result, `${what} (Sorot does not read them)`, n);
  const speakerOf = new Map<TsvSpan, TsvSpan>();
  for (const r of doc.relations) {
    if (r.layer === SPEAKER_LAYER) speakerOf.set(r.governor, r.dependent);
    else skip(result, `relations of layer ${r.layer} (Sorot has no relations between spans)`);
  }
  doc.spans.forEach((s, k) => {
    const where = `${file} span ${k + 1} (${s.layer} [${s.start}, ${s.end}))`;
    const span: ForeignSpan = { article: matched.article, text: matched.text, start: matched.toArticle(s.start), end: matched.toArticle(s.end), label: labelOf(s), where };
    if (perUser) span.annotator = stem;
    if (s.layer === ANNOTATION_LAYER) {
      const record = ownRecord(s, span, result, where);
      if (record) span.sorot = record;
    } else if (s.layer === RECOGNIZED_LAYER) {
      const speaker = speakerOf.get(s);
      const name = speaker ? (speaker.features.get('canonical') ?? matched.text.slice(matched.toArticle(speaker.start), matched.toArticle(speaker.end))) : s.features.get('speaker');
      if (name) span.speaker = name;
    } else if (speakerOf.has(s)) {
      span.speaker = doc.text.slice(speakerOf.get(s)!.start, speakerOf.get(s)!.end);
    }
    spans.push(span);
  });
  return { spans, result };
}

/** INCEpTION's reader ends the text with the line feed of the last sentence: an article
 *  without one still matches. */
function matchText(matcher: ArticleMatcher, name: string, text: string): Matched | { reason: string } {
  const first = matcher.match(name, text);
  if (!('reason' in first) || !text.endsWith('\n')) return first;
  const second = matcher.match(name, text.slice(0, -1));
  return 'reason' in second ? first : second;
}

/** The label a span gives the label map: Sorot's kind, else the `value` or `label`
 *  feature (INCEpTION's NamedEntity keeps its tag in `value`), else the first feature
 *  with a value, else the layer's short name. */
function labelOf(s: TsvSpan): string {
  if (s.layer === ANNOTATION_LAYER || s.layer === RECOGNIZED_LAYER) return s.features.get('kind') ?? s.layer;
  const v = s.features.get('value') ?? s.features.get('label') ?? [...s.features.values()].find((x) => x !== null && x !== '');
  return v ?? s.layer.slice(s.layer.lastIndexOf('.') + 1);
}

/** Sorot's record for a span of its own layer: the `sorot` JSON, with every feature
 *  edited in INCEpTION (one whose value is not what the export wrote) winning. The exact
 *  ends are restored while the span still covers the same words. */
function ownRecord(s: TsvSpan, span: ForeignSpan, result: ImportResult, where: string): Record<string, unknown> | undefined {
  const kind = s.features.get('kind');
  if (!isAnnotationKind(kind)) return undefined;
  let record: Record<string, unknown> = {};
  const json = s.features.get('sorot');
  if (json) {
    try {
      const v: unknown = JSON.parse(json);
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) record = v as Record<string, unknown>;
    } catch {
      result.warnings.push(`${where}: the sorot feature is not JSON; the other features are read alone`);
    }
  }
  // A span relabelled to another kind in INCEpTION keeps none of the old kind's fields.
  if (record.kind !== undefined && record.kind !== kind) record = {};
  if (record.kind === undefined) return undefined;
  const fields = { ...((record[kind] as Record<string, unknown> | undefined) ?? {}) };
  const pick = (name: string, stored: unknown, set: (v: unknown) => void, convert: (v: string) => unknown = (v) => v) => {
    const tsv = s.features.get(name) ?? undefined;
    const shown = stored === undefined || stored === '' ? undefined : displayValue(Array.isArray(stored) ? stored.join(', ') : String(stored));
    if (tsv !== shown) set(tsv === undefined ? undefined : convert(tsv));
  };
  for (const f of FIELD_ORDER[kind]) pick(f, fields[f], (v) => (v === undefined ? delete fields[f] : (fields[f] = v)), f === 'intensity' ? Number : undefined);
  record[kind] = fields;
  for (const f of ['annotator', 'status', 'note'] as const) pick(f, record[f], (v) => (v === undefined ? delete record[f] : (record[f] = v)));
  pick('tags', record.tags, (v) => (record.tags = v === undefined ? [] : String(v).split(',').map((t) => t.trim()).filter(Boolean)));
  // The span as stored, when the TSV span is it less spacing at its edges.
  const stored = record.span;
  if (Array.isArray(stored) && stored.length === 2) {
    const [a, b] = stored as number[];
    const blank = (x: number, y: number) => /^[\s\p{Cf}]*$/u.test(span.text.slice(x, y));
    if (a <= span.start && span.end <= b && blank(a, span.start) && blank(span.end, b)) [span.start, span.end] = [a, b];
  }
  delete record.span;
  return record;
}
