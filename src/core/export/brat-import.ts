/**
 * Reads a brat .ann back into annotations for one article. Claim, Stance and Source
 * spans become annotations; the "sorot {json}" AnnotatorNotes restore what brat cannot
 * hold, while the T line's span and the Polarity / SourceType attributes win, so edits
 * made in brat are kept. Spans drawn in brat without a note get placeholder fields and
 * are marked for review. Every other type (Sorot's recognized PER / ORG / GPE, Quote,
 * Reported; brat's own types) goes through the label map, a Speaker relation naming the
 * speaker of a quote or reported statement.
 */
import { contextAfter, contextBefore } from '../annotations/target';
import type { AnnotationKind } from '../annotations/types';
import { jsonTooDeep } from '../text/json-nesting';
import { BRAT_KIND_TYPES, BRAT_NOTE_PREFIX, BRAT_POLARITY, BRAT_SOURCE_TYPE, BRAT_SPEAKER_RELATION, sourceTypeFromBrat } from './brat-conf';
import { BRAT_ACTOR_RELATIONS, BRAT_NATIVE_ATTRIBUTES, parseNote } from './brat-native';
import { FIELD_ORDER } from './fields';
import { importForeignSpans, type ForeignSpan } from './foreign';
import { addTo, EMPTY_SPAN, emptyResult, skip, sidecarAnnotator, sidecarId, sidecarTimestamp, type ImportContext, type ImportResult } from './import-types';
import { codePointsToUtf16 } from './offsets';
import { speakerName } from './speaker-links';
import { checkAnnotation } from './validate';

type Json = Record<string, unknown>;
const KIND_OF_TYPE = new Map<string, AnnotationKind>(Object.entries(BRAT_KIND_TYPES).map(([k, t]) => [t, k as AnnotationKind]));

interface Span {
  id: string;
  type: string;
  fragments: Array<[number, number]>;
  text: string;
  line: number;
}

/**
 * @param bratText the .txt next to the .ann (offsets count its code points)
 * @param articleText the article as Sorot reads it (the sidecar's offsets index it)
 * @param annFile the .ann file as messages should name it (default: the article path
 *        with .ann for .txt, as the export mirrors it); its .txt is named beside it
 */
export function importBrat(ann: string, bratText: string, articlePath: string, articleText: string, context: ImportContext = {}, annFile = `${articlePath.replace(/\.txt$/i, '')}.ann`): ImportResult {
  const bratTxtFile = `${annFile.replace(/\.ann$/i, '')}.txt`;
  const result = emptyResult();
  const spans = new Map<string, Span>();
  const attrs = new Map<string, Map<string, string>>();
  const notes = new Map<string, string>();
  let relationsOrEvents = 0;
  const relations: Array<{ type: string; from: string; to: string }> = [];
  /** Speaker relations: quote or statement T id -> the actor mention's T id. */
  const speakerOf = new Map<string, string>();
  ann.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((line, i) => {
    const where = `${annFile} line ${i + 1}`;
    if (line.trim() === '') return;
    // brat splits only the first two tabs: a span's text may hold more.
    const [id, middle, ...tail] = line.split('\t');
    const rest = tail.length ? tail.join('\t') : undefined;
    if (id.startsWith('T')) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(middle ?? '');
      if (!m) return void result.errors.push(`${where}: malformed text-bound annotation`);
      const fragments = m[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      spans.set(id, { id, type: m[1], fragments, text: rest ?? '', line: i + 1 });
    } else if (id.startsWith('A') || id.startsWith('M')) {
      const [name, owner, value] = (middle ?? '').split(' ');
      if (!attrs.has(owner)) attrs.set(owner, new Map());
      attrs.get(owner)!.set(name, value ?? 'true');
    } else if (id.startsWith('R') && (middle ?? '').split(' ')[0] === BRAT_SPEAKER_RELATION) {
      const [, a1, a2] = (middle ?? '').split(' ');
      speakerOf.set(a1.replace(/^Arg1:/, ''), (a2 ?? '').replace(/^Arg2:/, ''));
    } else if (id.startsWith('R') && ACTOR_RELATION_FIELD.has((middle ?? '').split(' ')[0])) {
      const [type, a1, a2] = (middle ?? '').split(' ');
      relations.push({ type, from: a1.replace(/^Arg1:/, ''), to: (a2 ?? '').replace(/^Arg2:/, '') });
    } else if (id.startsWith('R') || id.startsWith('E') || id.startsWith('*') || id.startsWith('N')) {
      relationsOrEvents++;
    } else if (id.startsWith('#')) {
      const owner = (middle ?? '').split(' ')[1];
      if (owner && rest !== undefined) notes.set(owner, rest);
    }
  });

  const bratToArticle = offsetMapper(bratText, articleText);
  const toUtf16 = codePointsToUtf16(bratText);
  const foreign: ForeignSpan[] = [];
  const placed = new Map<string, ForeignSpan>();
  for (const span of spans.values()) {
    const mapped = context.labelMap?.has(span.type);
    const kind = mapped ? undefined : KIND_OF_TYPE.get(span.type);
    const where = `${annFile} line ${span.line} (${span.id})`;
    const first = toUtf16(span.fragments[0][0]);
    const last = toUtf16(span.fragments[span.fragments.length - 1][1]);
    const joined = span.fragments.map(([s, e]) => bratText.slice(toUtf16(s), toUtf16(e))).join(' ');
    if (first < 0 || last < first || joined !== span.text) {
      result.errors.push(`${where}: offsets do not match the text of ${bratTxtFile} beside it ("${span.text}")`);
      continue;
    }
    if (last === first) {
      result.errors.push(`${where}: ${EMPTY_SPAN}`);
      continue;
    }
    const exact = bratText.slice(first, last);
    // End maps through the last character: a CR LF right after the span stays outside it.
    let start = bratToArticle ? bratToArticle(first) : -1;
    let end = bratToArticle ? (last > first ? bratToArticle(last - 1) + 1 : start) : -1;
    let moved = false;
    if (start < 0 || lf(articleText.slice(start, end)) !== lf(exact)) {
      // The .txt is not the article Sorot reads (edited?): find the span's text in it.
      const found = articleText.indexOf(exact);
      if (found < 0) {
        result.errors.push(`${where}: "${exact}" is not in the article ${articlePath}`);
        continue;
      }
      start = found;
      end = found + exact.length;
      moved = true;
    }
    if (!kind) {
      foreign.push({ article: articlePath, text: articleText, start, end, label: span.type, where });
      placed.set(span.id, foreign[foreign.length - 1]);
      continue;
    }
    const native = notes.has(span.id) && !notes.get(span.id)!.startsWith(BRAT_NOTE_PREFIX) ? parseNote(notes.get(span.id)!) : undefined;
    const candidate = native?.has('id')
      ? fromNativeNote(native, kind, attrs.get(span.id) ?? new Map(), relations.filter((r) => r.from === span.id), notes, context)
      : fromNote(notes.get(span.id), kind, context, result, where);
    candidate.target = {
      start,
      end,
      exact: articleText.slice(start, end),
      prefix: contextBefore(articleText, start),
      suffix: contextAfter(articleText, end),
    };
    const own = attrs.get(span.id);
    const fields = candidate[kind] as Json;
    if (kind === 'stance' && own?.get(BRAT_POLARITY)) fields.polarity = own.get(BRAT_POLARITY);
    if (kind === 'source' && own?.get(BRAT_SOURCE_TYPE)) fields.sourceType = sourceTypeFromBrat(own.get(BRAT_SOURCE_TYPE)!) ?? own.get(BRAT_SOURCE_TYPE);
    if (moved) {
      candidate.needsReview = true;
      result.warnings.push(`${where}: re-anchored by its text and marked for review`);
    }
    const checked = checkAnnotation(candidate);
    if (!checked.ok) {
      result.errors.push(`${where}: ${checked.message}`);
      continue;
    }
    addTo(result, articlePath, checked.annotation);
  }
  for (const [from, to] of speakerOf) {
    const [spoken, mention] = [placed.get(from), placed.get(to)];
    if (!spoken || !mention) {
      relationsOrEvents++;
      continue;
    }
    spoken.speaker = speakerName(mention.text, mention.start, mention.end, canonicalInNote(notes.get(to)));
  }
  if (relationsOrEvents) skip(result, 'brat relations, events and normalizations (not imported)', relationsOrEvents);
  importForeignSpans(foreign, context.labelMap ?? new Map(), context, result);
  return result;
}

/** The canonical name Sorot's export noted on an actor mention: `canonical: X; …` (for
 *  brat users) or `X` / `X (entity id)`; none on a mention drawn in brat. */
function canonicalInNote(note: string | undefined): string | undefined {
  if (note === undefined || note.startsWith(BRAT_NOTE_PREFIX)) return undefined;
  const native = parseNote(note);
  if (native) return native.get('canonical');
  return note.replace(/ \(\S+\)$/, '').trim() || undefined;
}

const ACTOR_RELATION_FIELD = new Map<string, keyof typeof BRAT_ACTOR_RELATIONS>(Object.entries(BRAT_ACTOR_RELATIONS).map(([field, type]) => [type, field as keyof typeof BRAT_ACTOR_RELATIONS]));
const ID_OF = { claimant: 'claimantId', holder: 'holderId', sourceName: 'sourceId' } as const;
const PLACEHOLDER: Record<AnnotationKind, Json> = {
  claim: { claimant: '' },
  stance: { holder: '', target: '', polarity: 'neutral' },
  source: { sourceName: '', sourceType: 'media', relation: 'direct' },
};

/** The annotation from a `--brat-native` export: the readable note, the attributes and
 *  the relations to actor mentions, each as edited in brat. */
function fromNativeNote(note: Map<string, string>, kind: AnnotationKind, attrs: Map<string, string>, relations: ReadonlyArray<{ type: string; to: string }>, notes: Map<string, string>, context: ImportContext): Json {
  const out: Json = {
    id: sidecarId(note.get('id'), context),
    kind,
    annotator: sidecarAnnotator(undefined, context),
    created: sidecarTimestamp(note.get('created'), context),
    modified: sidecarTimestamp(note.get('modified'), context),
    status: attrs.get(BRAT_NATIVE_ATTRIBUTES.status) ?? 'accepted',
  };
  if (attrs.has(BRAT_NATIVE_ATTRIBUTES.needsReview)) out.needsReview = true;
  if (note.has('note')) out.note = note.get('note');
  out.tags = note.has('tags') ? note.get('tags')!.split(/(?<!\\), /).map((t) => t.replace(/\\(.)/g, '$1')).filter(Boolean) : [];
  const fields: Json = { ...PLACEHOLDER[kind] };
  for (const f of FIELD_ORDER[kind] as readonly string[]) if (note.has(f)) fields[f] = note.get(f);
  const attr = (name: string, field: string, convert: (v: string) => unknown = (v) => v) => attrs.has(name) && (fields[field] = convert(attrs.get(name)!));
  if (kind === 'stance') attr(BRAT_NATIVE_ATTRIBUTES.intensity, 'intensity', Number);
  if (kind === 'claim') attr(BRAT_NATIVE_ATTRIBUTES.checkWorthiness, 'checkWorthiness');
  if (kind === 'source') attr(BRAT_NATIVE_ATTRIBUTES.relation, 'relation');
  for (const r of relations) {
    const field = ACTOR_RELATION_FIELD.get(r.type)!;
    const mention = parseNote(notes.get(r.to) ?? '');
    if (!(FIELD_ORDER[kind] as readonly string[]).includes(field) || !mention?.has('canonical')) continue;
    fields[field] = mention.get('canonical');
    if (mention.has('entityId')) fields[ID_OF[field]] = mention.get('entityId');
    else delete fields[ID_OF[field]];
  }
  out[kind] = fields;
  return out;
}

/** Restores the annotation from its "sorot {json}" note, or starts a placeholder. */
function fromNote(note: string | undefined, kind: AnnotationKind, context: ImportContext, result: ImportResult, where: string): Json {
  let saved: Json | undefined;
  if (note?.startsWith(BRAT_NOTE_PREFIX)) {
    const json = note.slice(BRAT_NOTE_PREFIX.length);
    if (jsonTooDeep(json)) {
      result.warnings.push(`${where}: the sorot note is nested too deeply to be read; the span is imported with placeholder fields`);
    } else {
      try {
        saved = JSON.parse(json) as Json;
      } catch {
        result.warnings.push(`${where}: the sorot note is not valid JSON; the span is imported with placeholder fields`);
      }
    }
  }
  const out: Json = {
    id: sidecarId(saved?.id, context),
    kind,
    annotator: sidecarAnnotator(saved?.annotator, context),
    created: sidecarTimestamp(saved?.created, context),
    modified: sidecarTimestamp(saved?.modified, context),
    status: saved?.status ?? 'accepted',
  };
  if (saved?.needsReview !== undefined) out.needsReview = saved.needsReview;
  if (saved?.note !== undefined) out.note = saved.note;
  out.tags = saved?.tags ?? [];
  const fields = saved?.[kind];
  if (typeof fields === 'object' && fields !== null) {
    out[kind] = { ...(fields as Json) };
  } else {
    // Drawn in brat (or its type changed there): required fields start empty for review.
    out.needsReview = true;
    out[kind] =
      kind === 'claim' ? { claimant: '' } : kind === 'stance' ? { holder: '', target: '', polarity: 'neutral' } : { sourceName: '', sourceType: 'media', relation: 'direct' };
  }
  return out;
}

/**
 * Maps UTF-16 offsets of the brat .txt to the article's: identity when they are the same
 * text, CR LF aware when the export was written with LF-only line ends.
 */
function offsetMapper(bratText: string, articleText: string): ((o: number) => number) | undefined {
  if (bratText === articleText) return (o) => o;
  if (lf(articleText) !== bratText) return undefined;
  const map = new Uint32Array(bratText.length + 1);
  let i = 0;
  for (let j = 0; j < articleText.length; j++) {
    // The CR of a CR LF pair has no character in the LF-only text.
    if (articleText.charCodeAt(j) === 13 && articleText.charCodeAt(j + 1) === 10) continue;
    map[i++] = j;
  }
  map[i] = articleText.length;
  return (o) => map[o];
}

function lf(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}
