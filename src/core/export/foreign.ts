/**
 * Spans made in other tools (brat types, Label Studio and doccano labels, W3C tagging
 * bodies), already placed on an article in UTF-16 offsets, turned into what the label map
 * says: an annotation to complete (claim / stance / source, marked for review: the tool
 * had none of its fields), an actor mention or quote set in the curated layer, or a tag on
 * the annotation imported on the same span. Every span not kept is counted with its reason.
 */
import { makeTarget } from '../annotations/target';
import type { Correction } from '../annotations/corrections';
import type { Annotation, AnnotationKind } from '../annotations/types';
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
    const target = map.get(span.label);
    if (!target) {
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
        : { ...base, layer: 'quote', speaker: null, form: 'direct' };
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
