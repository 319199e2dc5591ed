/**
 * Spans made in other tools (brat types, Label Studio and doccano labels, W3C tagging
 * bodies), already placed on an article in UTF-16 offsets, turned into what the label map
 * says: an annotation to complete (claim / stance / source, marked for review: the tool
 * had none of its fields), an actor mention, quote or reported statement set in the
 * curated layer, or a tag on the annotation imported on the same span. Every span not kept is counted with its reason.
 */
import { makeTarget } from '../annotations/target';
import type { Correction } from '../annotations/corrections';
import { isAnnotationKind, type Annotation, type AnnotationKind } from '../annotations/types';
import { addTo, sidecarAnnotator, sidecarId, sidecarTimestamp, skip, type ImportContext, type ImportResult } from './import-types';
import type { ImportMap } from './import-map';
import { checkAnnotation } from './validate';

export interface ForeignSpan {
  /** Article path as the import keys it (relative to --articles). */
  article: string;
  /** The article's text (offsets index it). */
  text: string;
  start: number;
  end: number;
  label: string;
  /** Where the span came from, for messages: "file line 3 (T2)". */
  where: string;
  annotator?: string;
  /** A tool's prediction rather than a person's annotation: imported as suggested. */
  suggested?: boolean;
  /** The Sorot annotation record this span was exported from (doccano / Label Studio
   *  exports carry it beside the label): its fields are restored, the span's position wins. */
  sorot?: Record<string, unknown>;
  /** Whom a quote's or reported statement's speaker relation names (WebAnno TSV, doccano,
   *  Label Studio), for its correction. */
  speaker?: string;
}


/** A Sorot annotation from the record an export put beside the span. */
function restore(span: ForeignSpan, r: Record<string, unknown>): ReturnType<typeof checkAnnotation> {
  const kind = r.kind as AnnotationKind;
  const candidate: Record<string, unknown> = {
    id: r.id,
    kind,
    target: makeTarget(span.text, span.start, span.end),
    annotator: r.annotator,
    created: r.created,
    modified: r.modified,
    status: r.status,
    tags: r.tags,
    [kind]: r[kind],
  };
  if (r.needsReview !== undefined) candidate.needsReview = r.needsReview;
  if (r.note !== undefined) candidate.note = r.note;
  return checkAnnotation(candidate);
}

const PLACEHOLDER: Record<AnnotationKind, Record<string, unknown>> = {
  claim: { claimant: '' },
  stance: { holder: '', target: '', polarity: 'neutral' },
  source: { sourceName: '', sourceType: 'media', relation: 'direct' },
};

export function importForeignSpans(spans: readonly ForeignSpan[], map: ImportMap, context: ImportContext, result: ImportResult): void {
  const tags: Array<{ span: ForeignSpan; tag: string }> = [];
  const made = new Map<string, Annotation[]>();
  for (const span of spans) {
    if (span.sorot && span.sorot.kind === span.label && span.end > span.start && span.end <= span.text.length) {
      const restored = restore(span, span.sorot);
      if (restored.ok) {
        addTo(result, span.article, restored.annotation);
        made.set(span.article, [...(made.get(span.article) ?? []), restored.annotation]);
        continue;
      }
      result.warnings.push(`${span.where}: the Sorot record beside the label cannot be read back (${restored.message}); imported as a foreign label`);
    }
    const target = map.get(span.label) ?? (isAnnotationKind(span.label) ? ({ to: 'annotation', kind: span.label } as const) : undefined);
    if (!target) {
      result.unmapped.add(span.label);
      skip(result, `no mapping for label "${span.label}"`);
      continue;
    }
    if (target.to === 'skip') {
      skip(result, `label "${span.label}" mapped to skip`);
      continue;
    }
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.end <= span.text.length)) {
      result.errors.push(`${span.where}: offsets [${span.start}, ${span.end}) are outside the text of ${span.article}; not imported`);
      continue;
    }
    if (span.end <= span.start) {
      result.errors.push(`${span.where}: the span selects no text (an empty span); not imported`);
      continue;
    }
    const now = sidecarTimestamp(undefined, context) as string;
    const annotator = sidecarAnnotator(span.annotator, context) as string;
    if (target.to === 'tag') {
      tags.push({ span, tag: target.tag });
      continue;
    }
    result.mappedLabels.add(span.label);
    // A relation another tool drew from this span names a speaker only a quote or a
    // reported statement has.
    if (span.speaker !== undefined && target.to !== 'quote' && target.to !== 'reported') skip(result, 'speaker relations from a span imported as neither quote nor reported statement');
    if (target.to === 'annotation') {
      const candidate = {
        id: sidecarId(undefined, context),
        kind: target.kind,
        target: makeTarget(span.text, span.start, span.end),
        annotator,
        created: now,
        modified: now,
        status: span.suggested ? 'suggested' : 'accepted',
        // The other tool had only a label: the fields are to be filled in Sorot.
        needsReview: true,
        tags: [],
        [target.kind]: { ...PLACEHOLDER[target.kind] },
      };
      const checked = checkAnnotation(candidate);
      if (!checked.ok) {
        result.errors.push(`${span.where}: ${checked.message}`);
        continue;
      }
      addTo(result, span.article, checked.annotation);
      made.set(span.article, [...(made.get(span.article) ?? []), checked.annotation]);
      continue;
    }
    const base = { id: sidecarId(undefined, context) as string, target: makeTarget(span.text, span.start, span.end), decision: 'set' as const, annotator, created: now, modified: now };
    const correction: Correction =
      target.to === 'mention'
        ? { ...base, layer: 'actor', type: target.type, canonical: span.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() }
        : target.to === 'reported'
          ? { ...base, layer: 'reported', speaker: span.speaker ?? null }
          : { ...base, layer: 'quote', speaker: span.speaker ?? null, form: 'direct' };
    const list = result.corrections.get(span.article);
    if (list) list.push(correction);
    else result.corrections.set(span.article, [correction]);
  }
  // Tags go on the annotation imported on the very same span (labels stacked in the tool).
  for (const { span, tag } of tags) {
    const on = made.get(span.article)?.find((a) => a.target.start === span.start && a.target.end === span.end);
    if (!on) {
      skip(result, `label "${span.label}" maps to tag:${tag} but no claim, stance or source was imported on the same span`);
      continue;
    }
    if (!on.tags.includes(tag)) on.tags.push(tag);
    result.mappedLabels.add(span.label);
  }
}
