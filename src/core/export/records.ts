/**
 * Flat records shared by the JSONL and CSV exporters: one per annotation, recognized
 * actor or recognized quote, with both offset units so Python users can slice directly.
 */
import { contextAfter, contextBefore } from '../annotations/target';
import type { Annotation } from '../annotations/types';
import type { ActorMention, Quote, ReportedStatement } from '../recognize/types';
import { orderedFields } from './fields';
import { utf16ToCodePoints } from './offsets';
import type { ExportArticle } from './types';

/** Key order of a JSONL line; JSON.stringify keeps insertion order, so output is canonical. */
export function annotationRecord(article: string, a: Annotation, toCp: (o: number) => number): Record<string, unknown> {
  // Same key order and content as canonicalAnnotation, built in one pass (this runs for
  // every annotation of a corpus).
  const t = a.target;
  const r: Record<string, unknown> = {
    article,
    kind: a.kind,
    id: a.id,
    start: t.start,
    end: t.end,
    codePointStart: toCp(t.start),
    codePointEnd: toCp(t.end),
    exact: t.exact,
    prefix: t.prefix,
    suffix: t.suffix,
    annotator: a.annotator,
    status: a.status,
    created: a.created,
    modified: a.modified,
  };
  if (a.needsReview) r.needsReview = true;
  if (a.note !== undefined) r.note = a.note;
  r.tags = a.tags;
  r[a.kind] = orderedFields(a.kind, (a as unknown as Record<string, object>)[a.kind]);
  return r;
}

export function actorRecord(article: ExportArticle, m: ActorMention, toCp: (o: number) => number): Record<string, unknown> {
  const r: Record<string, unknown> = {
    article: article.path,
    kind: 'actor',
    ...span(article.text, m.start, m.end, toCp),
    actorType: m.type,
    canonical: m.canonical,
  };
  if (m.entityId !== undefined) r.entityId = m.entityId;
  withProvenance(r, m);
  return r;
}

/** Where a recognized item comes from, when it went through the curated layer
 *  (core/curation): machine, accepted, corrected, added or followed, and by whom. */
function withProvenance(r: Record<string, unknown>, item: object): void {
  const { provenance, by } = item as { provenance?: string; by?: string };
  if (provenance !== undefined) r.provenance = provenance;
  if (by !== undefined) r.by = by;
}

export function quoteRecord(article: ExportArticle, q: Quote, toCp: (o: number) => number): Record<string, unknown> {
  const r: Record<string, unknown> = {
    article: article.path,
    kind: 'quote',
    ...span(article.text, q.start, q.end, toCp),
    speaker: q.speaker,
  };
  if (q.speakerMention) {
    r.speakerStart = q.speakerMention.start;
    r.speakerEnd = q.speakerMention.end;
  }
  if (q.cue !== undefined) r.cue = q.cue;
  const form = (q as { form?: string }).form;
  if (form !== undefined) r.form = form;
  withProvenance(r, q);
  return r;
}

/** A reported statement: its content span, speaker (and the mention naming it), the
 *  reporting cue and how the speaker was found, with provenance like a quote. */
export function statementRecord(article: ExportArticle, s: ReportedStatement, toCp: (o: number) => number): Record<string, unknown> {
  const r: Record<string, unknown> = {
    article: article.path,
    kind: 'reported',
    ...span(article.text, s.start, s.end, toCp),
    speaker: s.speaker,
  };
  if (s.speakerMention) {
    r.speakerStart = s.speakerMention.start;
    r.speakerEnd = s.speakerMention.end;
  }
  r.cue = s.cue;
  r.attribution = s.attribution;
  withProvenance(r, s);
  return r;
}

function span(text: string, start: number, end: number, toCp: (o: number) => number) {
  return {
    start,
    end,
    codePointStart: toCp(start),
    codePointEnd: toCp(end),
    exact: text.slice(start, end),
    prefix: contextBefore(text, start),
    suffix: contextAfter(text, end),
  };
}

/** All records of one article in export order: annotations, then actors, then quotes,
 *  then reported statements. */
export function articleRecords(article: ExportArticle): Array<Record<string, unknown>> {
  const toCp = utf16ToCodePoints(article.text);
  const out: Array<Record<string, unknown>> = article.annotations.map((a) => annotationRecord(article.path, a, toCp));
  for (const m of article.actors ?? []) out.push(actorRecord(article, m, toCp));
  for (const q of article.quotes ?? []) out.push(quoteRecord(article, q, toCp));
  for (const s of article.reported ?? []) out.push(statementRecord(article, s, toCp));
  return out;
}
