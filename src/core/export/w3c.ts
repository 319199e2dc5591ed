/**
 * W3C Web Annotation (JSON-LD). One AnnotationCollection per article, with one embedded
 * AnnotationPage holding every annotation. Targets carry a TextPositionSelector and a
 * TextQuoteSelector; the Web Annotation model counts positions in Unicode code points,
 * so UTF-16 offsets are converted here. Bodies are TextualBody objects: the kind
 * (purpose "classifying"), one body per field (purpose "describing", named by
 * `sorot:field`; an actor's KB id with purpose "identifying"), the note ("commenting")
 * and tags ("tagging").
 */
import { ACTOR_FIELDS } from '../annotations/actor-identity';
import { contextAfter, contextBefore } from '../annotations/target';
import type { Annotation } from '../annotations/types';
import type { ActorMention, Quote, ReportedStatement } from '../recognize/types';
import { FIELD_ORDER } from './fields';
import { utf16ToCodePoints } from './offsets';
import { sanitizeRelativePath, stripExtension, UniquePaths } from './paths';
import { runSteps } from '../incremental/time-slices';
import { collectSteps, countRecognized, noRecognized, wholeFile, type ArticleExporter } from './article-exporter';
import type { ExportArticle, ExportInput, ExportOptions, ExportResult } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Prefix for Sorot's own terms, so extra keys stay meaningful to JSON-LD processors. */
export const SOROT_VOCAB = 'urn:sorot:vocab:';
export const W3C_CONTEXT = [ANNO_CONTEXT, { sorot: SOROT_VOCAB }] as const;
export const DEFAULT_BASE_URI = 'urn:sorot:article:';
export const ANNOTATION_FRAGMENT = '#annotation-';

type Json = Record<string, unknown>;

/** RFC 3339 date-time, what the suite's `format: date-time` accepts. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

export function articleUri(path: string, baseUri = DEFAULT_BASE_URI): string {
  return baseUri + path.split('/').map(encodeURIComponent).join('/');
}

export function exportW3c(input: ExportInput, options: ExportOptions = {}): ExportResult {
  return runSteps(collectSteps(w3cExporter(options), input.articles));
}

/** A file an article; across articles only the names handed out are kept. */
export function w3cExporter(options: ExportOptions = {}): ArticleExporter {
  const names = new UniquePaths();
  return {
    article(article) {
      const items = articleAnnotations(article, options.baseUri ?? DEFAULT_BASE_URI);
      // An empty collection has no page, and a page without items is not a valid page.
      if (items.length === 0) return [];
      const name = names.claim(stripExtension(sanitizeRelativePath(article.path)), ['.jsonld']);
      const recognized = noRecognized();
      countRecognized(recognized, article);
      return [wholeFile(name + '.jsonld', collectionText(collection(article, items, options)), article.annotations.length, recognized)];
    },
    finish: () => [],
    warnings: () => [],
  };
}

/** The collection indented for reading, but each annotation on one line: indenting every
 *  annotation too would triple the file size for no reader's benefit. */
function collectionText(c: Json): string {
  const page = c.first as Json;
  const { items, ...pageHead } = page;
  const head = JSON.stringify({ ...c, first: { ...pageHead, items: [] } }, null, 2);
  const lines = (items as Json[]).map((item) => '      ' + JSON.stringify(item));
  return head.replace(/"items": \[\]/, `"items": [\n${lines.join(',\n')}\n    ]`) + '\n';
}

function collection(article: ExportArticle, items: Json[], options: ExportOptions): Json {
  const source = articleUri(article.path, options.baseUri);
  return {
    '@context': W3C_CONTEXT,
    id: `${source}#collection`,
    type: 'AnnotationCollection',
    label: `Sorot annotations of ${article.path}`,
    total: items.length,
    first: {
      id: `${source}#page-1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}

export function articleAnnotations(article: ExportArticle, baseUri: string): Json[] {
  const source = articleUri(article.path, baseUri);
  const toCp = utf16ToCodePoints(article.text);
  const out: Json[] = article.annotations.map((a) => annotationJson(a, source, toCp));
  for (const m of article.actors ?? []) out.push(actorJson(article.text, m, source, toCp));
  for (const q of article.quotes ?? []) out.push(quoteJson(article.text, q, source, toCp));
  for (const s of article.reported ?? []) out.push(statementJson(article.text, s, source, toCp));
  return out;
}

function annotationJson(a: Annotation, source: string, toCp: (o: number) => number): Json {
  const out: Json = {
    '@context': W3C_CONTEXT,
    id: source + ANNOTATION_FRAGMENT + encodeURIComponent(a.id),
    type: 'Annotation',
    motivation: 'classifying',
  };
  // Timestamps that are not valid date-times would break the suite's MUST rules; they are
  // kept verbatim under Sorot's own terms instead of being dropped.
  if (DATE_TIME.test(a.created)) out.created = a.created;
  else out['sorot:created'] = a.created;
  if (DATE_TIME.test(a.modified)) out.modified = a.modified;
  else out['sorot:modified'] = a.modified;
  out.creator = { type: 'Person', nickname: a.annotator };
  out['sorot:status'] = a.status;
  if (a.needsReview !== undefined) out['sorot:needsReview'] = a.needsReview;
  const body: Json[] = [textBody('classifying', a.kind)];
  const fields = (a as unknown as Record<string, Record<string, unknown>>)[a.kind];
  for (const key of FIELD_ORDER[a.kind]) {
    const v = fields[key];
    if (v !== undefined) body.push(fieldBody(key === ACTOR_FIELDS[a.kind].id ? 'identifying' : 'describing', String(v), key));
  }
  if (a.note !== undefined) body.push(textBody('commenting', a.note));
  for (const tag of a.tags) body.push(textBody('tagging', tag));
  out.body = body;
  out.target = target(source, a.target.start, a.target.end, a.target.exact, a.target.prefix, a.target.suffix, toCp);
  return out;
}

function actorJson(text: string, m: ActorMention, source: string, toCp: (o: number) => number): Json {
  const body: Json[] = [textBody('classifying', 'actor'), fieldBody('classifying', m.type, 'actorType'), fieldBody('identifying', m.canonical, 'canonical')];
  if (m.entityId !== undefined) body.push(fieldBody('identifying', m.entityId, 'entityId'));
  return {
    '@context': W3C_CONTEXT,
    id: `${source}#actor-${m.start}-${m.end}`,
    type: 'Annotation',
    motivation: 'identifying',
    'sorot:recognized': true,
    ...curation(m),
    body,
    target: spanTarget(text, m.start, m.end, source, toCp),
  };
}

/** Provenance in the curated layer (core/curation), and the annotator who decided it as the creator. */
function curation(item: object): Json {
  const { provenance, by } = item as { provenance?: string; by?: string };
  const out: Json = {};
  if (provenance !== undefined) out['sorot:provenance'] = provenance;
  if (by !== undefined) out.creator = { type: 'Person', nickname: by };
  return out;
}

function quoteJson(text: string, q: Quote, source: string, toCp: (o: number) => number): Json {
  const body: Json[] = [textBody('classifying', 'quote')];
  if (q.speaker !== null) body.push(fieldBody('identifying', q.speaker, 'speaker'));
  if (q.cue !== undefined) body.push(fieldBody('describing', q.cue, 'cue'));
  const out: Json = {
    '@context': W3C_CONTEXT,
    id: `${source}#quote-${q.start}-${q.end}`,
    type: 'Annotation',
    motivation: 'identifying',
    'sorot:recognized': true,
    ...curation(q),
    body,
    target: spanTarget(text, q.start, q.end, source, toCp),
  };
  const form = (q as { form?: string }).form;
  if (form !== undefined) body.push(fieldBody('describing', form, 'form'));
  if (q.speakerMention) out['sorot:speakerMention'] = `${source}#actor-${q.speakerMention.start}-${q.speakerMention.end}`;
  return out;
}

/** A reported statement: classified `reported`, its speaker identified, cue and
 *  attribution described, like a quote. */
function statementJson(text: string, s: ReportedStatement, source: string, toCp: (o: number) => number): Json {
  const body: Json[] = [textBody('classifying', 'reported')];
  if (s.speaker !== null) body.push(fieldBody('identifying', s.speaker, 'speaker'));
  body.push(fieldBody('describing', s.cue, 'cue'));
  body.push(fieldBody('describing', s.attribution, 'attribution'));
  const out: Json = {
    '@context': W3C_CONTEXT,
    id: `${source}#reported-${s.start}-${s.end}`,
    type: 'Annotation',
    motivation: 'identifying',
    'sorot:recognized': true,
    ...curation(s),
    body,
    target: spanTarget(text, s.start, s.end, source, toCp),
  };
  if (s.speakerMention) out['sorot:speakerMention'] = `${source}#actor-${s.speakerMention.start}-${s.speakerMention.end}`;
  return out;
}

function textBody(purpose: string, value: string): Json {
  return { type: 'TextualBody', purpose, value };
}

function fieldBody(purpose: string, value: string, field: string): Json {
  return { type: 'TextualBody', purpose, value, 'sorot:field': field };
}

function spanTarget(text: string, start: number, end: number, source: string, toCp: (o: number) => number): Json {
  return target(source, start, end, text.slice(start, end), contextBefore(text, start), contextAfter(text, end), toCp);
}

function target(source: string, start: number, end: number, exact: string, prefix: string, suffix: string, toCp: (o: number) => number): Json {
  return {
    type: 'SpecificResource',
    source,
    selector: [
      { type: 'TextPositionSelector', start: toCp(start), end: toCp(end) },
      { type: 'TextQuoteSelector', exact, prefix, suffix },
    ],
  };
}

export { FIELD_ORDER };
