/**
 * brat standoff: per article `<name>.txt` (the text), `<name>.ann` (annotations) and an
 * `annotation.conf` in each folder. The .txt and .ann are one group: written together or
 * not at all, as the .ann's offsets count in the .txt beside it. brat counts offsets in Unicode code points of the
 * .txt as written, so UTF-16 offsets are converted, and CR LF counts as two characters.
 * A T line cannot hold a line break, so a span crossing lines becomes ';'-separated
 * fragments, and the line's text is the fragments joined by one space, as brat expects.
 * Everything brat has no slot for travels in an AnnotatorNotes line ("sorot {json}").
 */
import { canonicalAnnotation } from '../annotations/serialize';
import type { Annotation } from '../annotations/types';
import { BRAT_KIND_TYPES, BRAT_NOTE_PREFIX, BRAT_POLARITY, BRAT_QUOTE_TYPE, BRAT_REPORTED_TYPE, BRAT_SOURCE_TYPE, BRAT_SPEAKER_RELATION, ANNOTATION_CONF, sourceTypeToBrat } from './brat-conf';
import { actorKey, nativeAnnotationLines, NATIVE_ANNOTATION_CONF, noteText } from './brat-native';
import { jsonLine } from './jsonl';
import { sameNameKey, sanitizeRelativePath, stripExtension, UniquePaths } from './paths';
import { runSteps } from '../incremental/time-slices';
import { collectSteps, fileGroup, wholeFile, type ArticleExporter, type ExportPiece } from './article-exporter';
import type { ExportArticle, ExportInput, ExportOptions, ExportResult, RecognizedCounts } from './types';

/** Everything Python's str.splitlines() breaks on: none may appear inside a T line. */
// eslint-disable-next-line no-control-regex -- the ASCII separators are exactly what must be matched
export const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

export function exportBrat(input: ExportInput, options: ExportOptions = {}): ExportResult {
  const exporter = options.bratNative ? bratNativeExporter(bratAnnotators(input.articles), options) : bratExporter(options);
  return runSteps(collectSteps(exporter, input.articles));
}

/** .txt and .ann an article, an annotation.conf in each folder the first time one of its
 *  articles comes; across articles only names and folders are kept. */
export function bratExporter(options: ExportOptions = {}): ArticleExporter {
  const warnings: string[] = [];
  const names = new UniquePaths();
  const confDirs = new Set<string>();
  return {
    article(article) {
      const base = names.claim(stripExtension(sanitizeRelativePath(article.path)), ['.txt', '.ann']);
      const { text, ann, annotations, recognized } = bratArticle(article, options.bratNewlines ?? 'as-written', warnings, false);
      const pieces = fileGroup(base, [wholeFile(base + '.txt', text, 0), wholeFile(base + '.ann', ann, annotations, recognized)]);
      const dir = base.includes('/') ? base.slice(0, base.lastIndexOf('/') + 1) : '';
      if (!confDirs.has(dir)) {
        confDirs.add(dir);
        pieces.push(wholeFile(dir + 'annotation.conf', ANNOTATION_CONF, 0));
      }
      return pieces;
    },
    finish: () => [],
    warnings: () => warnings,
  };
}

/** The annotators of brat's native layout (a folder each): every annotator of the
 *  (filtered) corpus, which the streaming export gathers in a first pass (stream.ts). */
export function bratAnnotators(articles: Iterable<ExportArticle>): string[] {
  const annotators = new Set<string>();
  for (const a of articles) for (const x of a.annotations) annotators.add(x.annotator);
  return [...annotators].sort();
}

/** One folder per annotator (every article in each, with that annotator's annotations
 *  and the recognized layer), each with the native annotation.conf. `annotators`: all
 *  of the corpus, known before the first article (bratAnnotators). */
export function bratNativeExporter(annotators: readonly string[], options: ExportOptions = {}): ArticleExporter {
  // Folder names are compared without case or normalisation: on macOS and Windows "Rina/"
  // and "rina/" (or "René/" composed and decomposed) are one folder, and one annotator's
  // files would overwrite the other's.
  const folders = new UniquePaths();
  const folderOf = new Map<string, string>();
  // Warnings a folder at a time, as the exporter that wrote a folder after the other said them.
  const warningsOf = new Map<string, string[]>();
  const owners = annotators.length ? annotators : ['sorot'];
  for (const annotator of owners) {
    const warnings: string[] = [];
    const wanted = sanitizeRelativePath(annotator);
    const folder = folders.claim(wanted, ['/']);
    const other = [...folderOf].find(([, f]) => sameNameKey(f) === sameNameKey(wanted));
    if (folder !== wanted && other !== undefined) {
      const how = other[1].toLowerCase() === wanted.toLowerCase() ? 'case' : other[1].normalize('NFC') === wanted.normalize('NFC') ? 'Unicode normalisation (the same letters, composed and decomposed)' : 'case and Unicode normalisation';
      warnings.push(`annotators "${other[0]}" and "${annotator}" differ only in ${how}: ${annotator}'s files are in ${folder}/ (brat reads the annotator from the folder name)`);
    }
    folderOf.set(annotator, folder);
    warningsOf.set(annotator, warnings);
  }
  // The same names in every folder: each folder takes every article in the same order.
  const names = new UniquePaths();
  return {
    article(article) {
      const name = names.claim(stripExtension(sanitizeRelativePath(article.path)), ['.txt', '.ann']);
      const pieces: ExportPiece[] = [];
      for (const annotator of owners) {
        const base = `${folderOf.get(annotator)}/${name}`;
        const own = { ...article, annotations: article.annotations.filter((x) => x.annotator === annotator) };
        const { text, ann, annotations, recognized } = bratArticle(own, options.bratNewlines ?? 'as-written', warningsOf.get(annotator)!, true);
        pieces.push(...fileGroup(base, [wholeFile(base + '.txt', text, 0), wholeFile(base + '.ann', ann, annotations, recognized)]));
      }
      return pieces;
    },
    finish: () => owners.map((annotator) => wholeFile(`${folderOf.get(annotator)}/annotation.conf`, NATIVE_ANNOTATION_CONF, 0)),
    warnings: () => owners.flatMap((annotator) => warningsOf.get(annotator)!),
  };
}

/** Output text plus a map from UTF-16 offsets of the article to code points of that text. */
function outputText(text: string, newlines: 'as-written' | 'lf'): { text: string; map: (o: number) => number } {
  const out = newlines === 'lf' ? text.replace(/\r\n?/g, '\n') : text;
  const map = new Uint32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = k;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) map[++i] = k;
    } else if (newlines === 'lf' && c === 13 && text.charCodeAt(i + 1) === 10) {
      // CR of a CR LF pair disappears: it shares the LF's position.
      continue;
    }
    k++;
  }
  map[text.length] = k;
  return { text: out, map: (o) => map[o] };
}

/** Non-empty pieces of [start, end) between line breaks, in UTF-16 offsets. */
export function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = text.slice(start, end);
  let from = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(slice); m; m = LINE_BREAK.exec(slice)) {
    if (m.index > from) out.push([start + from, start + m.index]);
    from = m.index + m[0].length;
  }
  if (slice.length > from) out.push([start + from, end]);
  return out;
}

function bratArticle(article: ExportArticle, newlines: 'as-written' | 'lf', warnings: string[], native: boolean): { text: string; ann: string; annotations: number; recognized: RecognizedCounts } {
  const { text, map } = outputText(article.text, newlines);
  const lines: string[] = [];
  let t = 0, a = 0, r = 0, n = 0;
  const tAt = new Map<string, string>();
  /** Native: the first mention of each actor (canonical name and KB id), by actorKey. */
  const byActor = new Map<string, string>();

  const addSpan = (type: string, start: number, end: number, what: string): string | undefined => {
    const frags = fragments(article.text, start, end);
    if (frags.length === 0) {
      warnings.push(`${article.path}: ${what} [${start}, ${end}) has no characters besides line breaks; brat cannot hold it, skipped`);
      return undefined;
    }
    const id = `T${++t}`;
    const offsets = frags.map(([s, e]) => `${map(s)} ${map(e)}`).join(';');
    const surface = frags.map(([s, e]) => article.text.slice(s, e)).join(' ');
    lines.push(`${id}\t${type} ${offsets}\t${surface}`);
    return id;
  };
  const note = (id: string, body: string) => lines.push(`#${++n}\tAnnotatorNotes ${id}\t${body}`);

  let annotations = 0;
  const recognized: RecognizedCounts = { actors: 0, quotes: 0, reported: 0 };
  // Native: the annotations' attributes, relations and notes come after the actor
  // mentions, which the relations point to.
  const deferred: Array<[Annotation, string]> = [];
  for (const x of article.annotations) {
    const id = addSpan(BRAT_KIND_TYPES[x.kind], x.target.start, x.target.end, `${x.kind} annotation ${x.id}`);
    if (!id) continue;
    annotations++;
    if (native) {
      deferred.push([x, id]);
      continue;
    }
    if (x.kind === 'stance') lines.push(`A${++a}\t${BRAT_POLARITY} ${id} ${x.stance.polarity}`);
    if (x.kind === 'source') lines.push(`A${++a}\t${BRAT_SOURCE_TYPE} ${id} ${sourceTypeToBrat(x.source.sourceType)}`);
    note(id, BRAT_NOTE_PREFIX + jsonLine(noteJson(x)));
  }
  for (const m of article.actors ?? []) {
    const id = addSpan(m.type, m.start, m.end, `actor mention "${m.text}"`);
    if (!id) continue;
    recognized.actors++;
    tAt.set(`${m.start}:${m.end}`, id);
    if (native) {
      if (!byActor.has(actorKey(m.canonical, m.entityId))) byActor.set(actorKey(m.canonical, m.entityId), id);
      note(id, noteText(m.entityId ? [['canonical', m.canonical], ['entityId', m.entityId]] : [['canonical', m.canonical]]));
    } else note(id, oneLine(m.entityId ? `${m.canonical} (${m.entityId})` : m.canonical));
  }
  const next = { a: () => `A${++a}`, r: () => `R${++r}`, n: () => `#${++n}` };
  for (const [x, id] of deferred) lines.push(...nativeAnnotationLines(x, id, byActor, next));
  for (const q of article.quotes ?? []) {
    const id = addSpan(BRAT_QUOTE_TYPE, q.start, q.end, 'quote');
    if (!id) continue;
    recognized.quotes++;
    const speaker = q.speakerMention && tAt.get(`${q.speakerMention.start}:${q.speakerMention.end}`);
    if (speaker) lines.push(`R${++r}\t${BRAT_SPEAKER_RELATION} Arg1:${id} Arg2:${speaker}`);
    if (q.speaker !== null) note(id, oneLine(`speaker: ${q.speaker}${q.cue ? ` (cue: ${q.cue})` : ''}`));
  }
  for (const s of article.reported ?? []) {
    const id = addSpan(BRAT_REPORTED_TYPE, s.start, s.end, 'reported statement');
    if (!id) continue;
    recognized.reported++;
    const speaker = s.speakerMention && tAt.get(`${s.speakerMention.start}:${s.speakerMention.end}`);
    if (speaker) lines.push(`R${++r}\t${BRAT_SPEAKER_RELATION} Arg1:${id} Arg2:${speaker}`);
    if (s.speaker !== null) note(id, oneLine(`speaker: ${s.speaker} (cue: ${s.cue})`));
  }
  return { text, ann: lines.length ? lines.join('\n') + '\n' : '', annotations, recognized };
}

/** The annotation without its target: brat's T line carries the span. */
function noteJson(x: Annotation): Record<string, unknown> {
  const c = { ...(canonicalAnnotation(x) as unknown as Record<string, unknown>) };
  delete c.target;
  return c;
}

function oneLine(s: string): string {
  return s.replace(LINE_BREAK, ' ');
}
