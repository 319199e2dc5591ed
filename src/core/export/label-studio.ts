/**
 * Label Studio JSON: an array of tasks `{"data": {"text"}, "annotations": [{"result":
 * [...]}], "predictions": [...]}`; span results have `type: "labels"` and `value: {start,
 * end, text, labels}`, relation results `{from_id, to_id, direction, labels}` join two
 * regions (a `speaker` relation names a quote's or statement's speaker). Label Studio's converters slice the text in Python (code points);
 * each span is checked against its `value.text`, in code points first, then UTF-16 units
 * (what a browser counts), so either kind of export lands on the right characters.
 * Tasks are matched to articles by `data.filename` / `file_upload` or by their text.
 */
import { jsonTooDeep } from '../text/json-nesting';
import type { ForeignSpan } from './foreign';
import { emptyResult, skip, type ImportResult } from './import-types';
import type { ArticleMatcher } from './match-article';
import { codePointsToUtf16, utf16ToCodePoints } from './offsets';
import { annotationRecord } from './records';
import { recognizedSpans, SPEAKER_RELATION, speakerName } from './speaker-links';
import { runSteps } from '../incremental/time-slices';
import { collectSteps, corpusFileExporter, type ArticleExporter } from './article-exporter';
import type { ExportArticle, ExportInput, ExportResult } from './types';

type Json = Record<string, unknown>;
export const LABEL_STUDIO_FILE = 'label-studio.json';

export function readLabelStudio(contents: string, file: string, matcher: ArticleMatcher): { spans: ForeignSpan[]; result: ImportResult } {
  const result = emptyResult();
  const spans: ForeignSpan[] = [];
  const body = contents.replace(/^\uFEFF/, '');
  let doc: unknown;
  try {
    if (jsonTooDeep(body)) throw new Error('nested too deeply');
    doc = JSON.parse(body);
  } catch (e) {
    result.errors.push(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    return { spans, result };
  }
  const tasks = (Array.isArray(doc) ? doc : [doc]).filter(isObject);
  if (!tasks.some((t) => isObject(t.data))) {
    result.errors.push(`${file}: not a Label Studio export (no task with "data")`);
    return { spans, result };
  }
  tasks.forEach((task, i) => {
    const where = `${file} task ${typeof task.id === 'number' || typeof task.id === 'string' ? task.id : `#${i + 1}`}`;
    const data = isObject(task.data) ? task.data : {};
    const text = typeof data.text === 'string' ? data.text : (Object.values(data).find((v) => typeof v === 'string' && v.length > 0) as string | undefined);
    const name = [data.filename, data.file, task.file_upload].find((n) => typeof n === 'string') as string | undefined;
    const matched = matcher.match(name, text);
    if ('reason' in matched) {
      skip(result, 'tasks matched to no article');
      result.warnings.push(`${where}: matched to no article: ${matched.reason}`);
      return;
    }
    const recordText = text ?? matched.text;
    const groups: Array<{ results: unknown; annotator?: string; suggested: boolean }> = [];
    for (const a of asArray(task.annotations).filter(isObject)) {
      if (a.was_cancelled === true) continue;
      groups.push({ results: a.result, annotator: annotatorOf(a.completed_by), suggested: false });
    }
    const sorot = isObject(task.meta) && isObject(task.meta.sorot) ? task.meta.sorot : {};
    for (const p of asArray(task.predictions).filter(isObject)) groups.push({ results: p.result, annotator: typeof p.model_version === 'string' ? p.model_version : 'prediction', suggested: true });
    const canonical = isObject(task.meta) && isObject(task.meta.sorot_actors) ? task.meta.sorot_actors : {};
    for (const g of groups) {
      const byId = new Map<string, ForeignSpan[]>();
      const relations: Json[] = [];
      for (const r of asArray(g.results).filter(isObject)) {
        const at = `${where} result ${typeof r.id === 'string' ? r.id : '?'}`;
        if (r.type === 'relation') {
          relations.push(r);
          continue;
        }
        const value = isObject(r.value) ? r.value : {};
        const labels = asArray(value.labels ?? value.hypertextlabels).filter((l): l is string => typeof l === 'string');
        if (!labels.length || value.start === undefined) {
          skip(result, `Label Studio results of type ${typeof r.type === 'string' ? r.type : 'unknown'} (not text spans)`);
          continue;
        }
        const range = utf16Range(recordText, Number(value.start), Number(value.end), typeof value.text === 'string' ? value.text : undefined);
        if (!range) {
          result.errors.push(`${at}: [${String(value.start)}, ${String(value.end)}) does not select "${String(value.text)}" in the task's text, in code points or UTF-16 units`);
          continue;
        }
        const start = matched.toArticle(range[0]);
        const end = range[1] > range[0] ? matched.toArticle(range[1] - 1) + 1 : start;
        const own = typeof r.id === 'string' && isObject(sorot[r.id]) ? (sorot[r.id] as Json) : undefined;
        const made = labels.map((label): ForeignSpan => ({ article: matched.article, text: matched.text, start, end, label, where: at, annotator: g.annotator, suggested: g.suggested, ...(own ? { sorot: own } : {}) }));
        spans.push(...made);
        if (typeof r.id === 'string') byId.set(r.id, made);
      }
      for (const r of relations) speakerRelation(r, byId, canonical, result);
    }
  });
  return { spans, result };
}

/** A relation between two regions of one annotation (or prediction) names the speaker of
 *  the one it starts from (`direction: "left"` points the other way), when it is labelled
 *  `speaker` or not labelled at all; others are counted as skipped. */
function speakerRelation(r: Json, byId: ReadonlyMap<string, ForeignSpan[]>, canonical: Json, result: ImportResult): void {
  const labels = asArray(r.labels).filter((l): l is string => typeof l === 'string');
  if (labels.length && !labels.some((l) => l.toLowerCase() === SPEAKER_RELATION)) {
    skip(result, 'Label Studio relations other than "speaker" (Sorot keeps only the speaker of a quote or statement)');
    return;
  }
  const [from, to] = r.direction === 'left' ? [r.to_id, r.from_id] : [r.from_id, r.to_id];
  const spoken = typeof from === 'string' ? byId.get(from) : undefined;
  const mention = typeof to === 'string' ? byId.get(to)?.[0] : undefined;
  if (!spoken || !mention) {
    skip(result, 'Label Studio speaker relations whose regions are not text spans read');
    return;
  }
  const name = canonical[to as string];
  for (const span of spoken) span.speaker = speakerName(mention.text, mention.start, mention.end, typeof name === 'string' ? name : undefined);
}

/** The span in UTF-16 units: the code-point reading when it gives `exact` (or when there is
 *  no `exact` to check), else the UTF-16 reading when that does. */
function utf16Range(text: string, start: number, end: number, exact: string | undefined): [number, number] | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end) || end < start) return undefined;
  const toUtf16 = codePointsToUtf16(text);
  const cp: [number, number] = [toUtf16(start), toUtf16(end)];
  if (cp[0] >= 0 && cp[1] >= 0 && (exact === undefined || text.slice(cp[0], cp[1]) === exact)) return cp;
  if (end <= text.length && exact !== undefined && text.slice(start, end) === exact) return [start, end];
  return undefined;
}

function annotatorOf(by: unknown): string | undefined {
  if (typeof by === 'number') return `ls-user-${by}`;
  if (typeof by === 'string') return by.split('@')[0];
  if (isObject(by) && typeof by.email === 'string') return by.email.split('@')[0];
  return undefined;
}

/**
 * One task per article: `data.text` and `data.filename`, one annotation per annotator
 * (results labelled with the kind), and the recognized actors, quotes and reported
 * statements as one prediction, with a `speaker` relation result from each quote or
 * statement to its speaker's mention. Offsets count code points, as Label Studio's Python
 * side slices them. The task's `meta.sorot` keeps each annotation's full record by result
 * id, `meta.sorot_actors` each mention's canonical name. Matches the labelling config
 * `<Labels name="label" toName="text">` over `<Text name="text" value="$text"/>` (and
 * `<Relations><Relation value="speaker"/></Relations>`).
 */
export function exportLabelStudio(input: ExportInput): ExportResult {
  return runSteps(collectSteps(labelStudioExporter(), input.articles));
}

/** One file for the corpus: the tasks as JSON.stringify(tasks, null, 1) writes the
 *  array, one task an article (article-exporter.ts). */
export function labelStudioExporter(): ArticleExporter {
  // An element of an array indented by 1 is the element indented by 1, each line one
  // space further in (JSON strings hold no raw line feed).
  const task = (article: ExportArticle, n: number) => (n === 1 ? '[\n' : ',\n') + ' ' + JSON.stringify(labelStudioTask(article, n), null, 1).replace(/\n/g, '\n ');
  return corpusFileExporter(LABEL_STUDIO_FILE, task, (count) => (count ? '\n]\n' : '[]\n'));
}

function labelStudioTask(article: ExportArticle, id: number): Json {
  const toCp = utf16ToCodePoints(article.text);
  const result = (id: string, start: number, end: number, label: string) => ({
    id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: toCp(start), end: toCp(end), text: article.text.slice(start, end), labels: [label] },
  });
  const byAnnotator = new Map<string, Json[]>();
  for (const a of article.annotations) byAnnotator.set(a.annotator, [...(byAnnotator.get(a.annotator) ?? []), result(a.id, a.target.start, a.target.end, a.kind)]);
  const { spans, speakers } = recognizedSpans(article);
  const counter = { actor: 0, quote: 0, reported: 0 };
  const ids = spans.map((s) => `${s.kind}-${++counter[s.kind]}`);
  const recognized: Json[] = [
    ...spans.map((s, k) => result(ids[k], s.start, s.end, s.label)),
    ...speakers.map(([from, to]) => ({ type: 'relation', from_id: ids[from], to_id: ids[to], direction: 'right', labels: [SPEAKER_RELATION] })),
  ];
  const meta: Json = {
    // Fields Label Studio has no slot for, by result id: an import restores them.
    sorot: Object.fromEntries(article.annotations.map((a) => [a.id, annotationRecord(article.path, a, toCp)])),
  };
  const actors = spans.flatMap((s, k) => (s.kind === 'actor' ? [[ids[k], s.canonical]] : []));
  if (actors.length) meta.sorot_actors = Object.fromEntries(actors);
  const task: Json = {
    id,
    data: { text: article.text, filename: article.path },
    meta,
    annotations: [...byAnnotator].map(([annotator, list]) => ({ completed_by: { email: annotator }, result: list })),
  };
  if (recognized.length) task.predictions = [{ model_version: 'sorot-recognizer', result: recognized }];
  return task;
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
