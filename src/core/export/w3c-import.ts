/**
 * Reads W3C Web Annotation JSON-LD (a Sorot export or another tool's: a collection with
 * embedded pages, a page, one annotation, or an array of them) back into annotations.
 * TextPositionSelector counts code points and is converted back to UTF-16 with the
 * article text; without a position, the TextQuoteSelector locates the span.
 */
import { contextAfter, contextBefore } from '../annotations/target';
import { isAnnotationKind, type AnnotationKind } from '../annotations/types';
import { jsonTooDeep } from '../text/json-nesting';
import { importForeignSpans, type ForeignSpan } from './foreign';
import { ArticleMatcher } from './match-article';
import { addTo, EMPTY_SPAN, emptyResult, skip, sidecarAnnotator, sidecarId, sidecarTimestamp, type ImportContext, type ImportResult } from './import-types';
import { codePointsToUtf16 } from './offsets';
import { checkAnnotation } from './validate';
import { ANNOTATION_FRAGMENT, DEFAULT_BASE_URI, FIELD_ORDER } from './w3c';

type Json = Record<string, unknown>;

export interface W3cImportContext extends ImportContext {
  baseUri?: string;
}

export function importW3c(contents: string, context: W3cImportContext = {}): ImportResult {
  const result = emptyResult();
  let doc: unknown;
  const body = contents.replace(/^\uFEFF/, '');
  // collectAnnotations and checkAnnotation recurse: a hostile depth must not reach them.
  const deep = jsonTooDeep(body);
  if (deep) {
    result.errors.push(deep.message);
    return result;
  }
  try {
    doc = JSON.parse(body);
  } catch (e) {
    result.errors.push(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return result;
  }
  let recognized = 0;
  const foreign: ForeignSpan[] = [];
  const matcher = new ArticleMatcher(context.texts ?? new Map());
  const annotations = collectAnnotations(doc);
  if (!annotations.length) {
    const ls = (Array.isArray(doc) ? doc : [doc]).some((t) => isObject(t) && isObject(t.data));
    result.errors.push(`no W3C Web Annotation found (no object of type Annotation, AnnotationPage or AnnotationCollection)${ls ? '; this looks like a Label Studio export: use --format labelstudio' : ''}`);
    return result;
  }
  annotations.forEach((anno, i) => {
    const where = typeof anno.id === 'string' ? anno.id : `annotation #${i + 1}`;
    const bodies = asArray(anno.body).filter(isObject);
    const kind = bodies.find((b) => b.purpose === 'classifying' && b['sorot:field'] === undefined)?.value;
    if (anno['sorot:recognized'] === true || kind === 'actor' || kind === 'quote') {
      recognized++;
      return;
    }
    if (!isAnnotationKind(kind)) {
      // Another tool's annotation: its tagging / classifying bodies are labels for the map.
      const labels = bodies.filter((b) => b.purpose !== 'commenting' && typeof b.value === 'string').map((b) => b.value as string);
      if (!labels.length) {
        result.errors.push(`${where}: no body with purpose "classifying" naming claim, stance or source, and no tagging body to map`);
        return;
      }
      const at = locate(anno, context, where, matcher);
      if ('error' in at) return void result.errors.push(at.error);
      const text = context.texts!.get(at.article)!;
      for (const label of labels) foreign.push({ article: at.article, text, start: at.target.start as number, end: at.target.end as number, label, where, annotator: annotatorOf(anno.creator) });
      return;
    }
    const located = locate(anno, context, where);
    if ('error' in located) {
      result.errors.push(located.error);
      return;
    }
    const candidate: Json = {
      id: idOf(anno, context),
      kind,
      target: located.target,
      annotator: sidecarAnnotator(annotatorOf(anno.creator), context),
      created: sidecarTimestamp(anno.created ?? anno['sorot:created'], context),
      modified: sidecarTimestamp(anno.modified ?? anno['sorot:modified'], context),
      status: anno['sorot:status'] ?? 'accepted',
    };
    const needsReview = anno['sorot:needsReview'] ?? (located.moved ? true : undefined);
    if (needsReview !== undefined) candidate.needsReview = needsReview;
    const note = bodies.find((b) => b.purpose === 'commenting')?.value;
    if (note !== undefined) candidate.note = note;
    candidate.tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
    candidate[kind] = fieldsOf(kind as AnnotationKind, bodies);
    const checked = checkAnnotation(candidate);
    if (!checked.ok) {
      result.errors.push(`${where}: ${checked.message}`);
      return;
    }
    if (located.moved) result.warnings.push(`${where}: the position did not match the quoted text; re-anchored by the quote and marked for review`);
    addTo(result, located.article, checked.annotation);
  });
  if (recognized) skip(result, 'recognized actor and quote annotations (recomputed from the text)', recognized);
  importForeignSpans(foreign, context.labelMap ?? new Map(), context, result);
  return result;
}

function collectAnnotations(doc: unknown): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const types = asArray(node.type);
    if (types.includes('Annotation')) out.push(node);
    else if (types.includes('AnnotationCollection')) visit(node.first);
    else if (types.includes('AnnotationPage')) {
      visit(node.items);
      if (isObject(node.next)) visit(node.next);
    }
  };
  visit(doc);
  return out;
}

type Located = { article: string; target: Json; moved: boolean } | { error: string };

/** With a matcher (other tools' annotations), a source outside the base IRI is matched to
 *  an article by its last path segment. */
function locate(anno: Json, context: W3cImportContext, where: string, matcher?: ArticleMatcher): Located {
  const target = asArray(anno.target).find((t) => typeof t === 'string' || isObject(t));
  const source = typeof target === 'string' ? target : isObject(target) ? target.source : undefined;
  if (typeof source !== 'string') return { error: `${where}: the target has no source IRI` };
  const base = context.baseUri ?? DEFAULT_BASE_URI;
  let article: string;
  try {
    if (source.startsWith(base)) article = source.slice(base.length).split('/').map(decodeURIComponent).join('/');
    else if (!matcher) return { error: `${where}: target source ${source} is not under the base IRI ${base} (pass --base-uri)` };
    else {
      const name = decodeURIComponent(source.replace(/[?#].*$/, '').replace(/\/+$/, '').split('/').pop() ?? '');
      const m = matcher.match(name, undefined);
      if ('reason' in m) return { error: `${where}: target source ${source}: ${m.reason}` };
      article = m.article;
    }
  } catch {
    return { error: `${where}: target source ${source} is not a valid IRI` };
  }
  const text = context.texts?.get(article);
  if (text === undefined) return { error: `${where}: the article ${article} was not found next to the import, so offsets cannot be checked` };
  const selectors = isObject(target) ? asArray(target.selector).filter(isObject) : [];
  const pos = selectors.find((s) => s.type === 'TextPositionSelector');
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const exact = typeof quote?.exact === 'string' ? quote.exact : undefined;
  let start = -1, end = -1;
  if (pos && Number.isInteger(pos.start) && Number.isInteger(pos.end)) {
    const toUtf16 = codePointsToUtf16(text);
    start = toUtf16(pos.start as number);
    end = toUtf16(pos.end as number);
  }
  let moved = false;
  if (start < 0 || end < start || (exact !== undefined && text.slice(start, end) !== exact)) {
    if (exact === undefined) return { error: `${where}: no usable TextPositionSelector or TextQuoteSelector` };
    const found = findQuote(text, exact, typeof quote?.prefix === 'string' ? quote.prefix : '', start);
    if (found < 0) return { error: `${where}: the quoted text "${exact}" is not in ${article}` };
    moved = start >= 0;
    start = found;
    end = found + exact.length;
  }
  if (end === start) return { error: `${where}: ${EMPTY_SPAN}` };
  const prefix = typeof quote?.prefix === 'string' && !moved ? quote.prefix : contextBefore(text, start);
  const suffix = typeof quote?.suffix === 'string' && !moved ? quote.suffix : contextAfter(text, end);
  return { article, target: { start, end, exact: text.slice(start, end), prefix, suffix }, moved };
}

/** The occurrence preceded by the prefix if any, else the one nearest the hint. */
function findQuote(text: string, exact: string, prefix: string, hint: number): number {
  let best = -1;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    if (prefix && text.slice(Math.max(0, i - prefix.length), i) === prefix) return i;
    if (best < 0 || Math.abs(i - hint) < Math.abs(best - hint)) best = i;
    if (exact === '') break;
  }
  return best;
}

function idOf(anno: Json, context: ImportContext): unknown {
  const id = typeof anno.id === 'string' ? anno.id : '';
  const at = id.lastIndexOf(ANNOTATION_FRAGMENT);
  let local: string | undefined;
  if (at >= 0) {
    try {
      local = decodeURIComponent(id.slice(at + ANNOTATION_FRAGMENT.length));
    } catch {
      /* not ours: a fresh id */
    }
  }
  return sidecarId(local, context);
}

function annotatorOf(creator: unknown): string | undefined {
  const c = asArray(creator)[0];
  if (typeof c === 'string') return c;
  if (!isObject(c)) return undefined;
  for (const key of ['nickname', 'name']) {
    const v = c[key];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

function fieldsOf(kind: AnnotationKind, bodies: Json[]): Json {
  const out: Json = {};
  for (const key of FIELD_ORDER[kind]) {
    const body = bodies.find((b) => b['sorot:field'] === key);
    if (!body || typeof body.value !== 'string') continue;
    out[key] = key === 'intensity' ? Number(body.value) : body.value;
  }
  return out;
}

function asArray(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
