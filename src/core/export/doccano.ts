/**
 * doccano JSONL, sequence labelling: one record per article, `{"text", "label":
 * [[start, end, label]]}` (its export), or the relation format `{"text", "entities":
 * [{"id", "start_offset", "end_offset", "label"}], "relations": [{"from_id", "to_id",
 * "type"}]}`; a `speaker` relation names a quote's or reported statement's speaker. doccano is
 * Python: offsets count code points of `text`; they are converted to UTF-16 here.
 * Records are matched to articles by a `filename` key when present, else by their text.
 */
import { jsonTooDeep } from '../text/json-nesting';
import type { ForeignSpan } from './foreign';
import { emptyResult, skip, type ImportResult } from './import-types';
import type { ArticleMatcher } from './match-article';
import { codePointsToUtf16, utf16ToCodePoints } from './offsets';
import { jsonLine } from './jsonl';
import { collectSteps, corpusFileExporter, type ArticleExporter } from './article-exporter';
import { annotationRecord } from './records';
import { recognizedSpans, SPEAKER_RELATION, speakerName } from './speaker-links';
import { runSteps } from '../incremental/time-slices';
import type { ExportArticle, ExportInput, ExportResult } from './types';
import { fnv1a } from '../text/fnv1a';

export const DOCCANO_FILE = 'doccano.jsonl';

/** Reads the records of one file into spans on articles; problems go into the result. */
export function readDoccano(contents: string, file: string, matcher: ArticleMatcher): { spans: ForeignSpan[]; result: ImportResult } {
  const result = emptyResult();
  const spans: ForeignSpan[] = [];
  contents.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const where = `${file} line ${i + 1}`;
    let record: Record<string, unknown>;
    try {
      if (jsonTooDeep(line)) throw new Error('nested too deeply');
      const v: unknown = JSON.parse(line);
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not a JSON object');
      record = v as Record<string, unknown>;
    } catch (e) {
      result.errors.push(`${where}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    const text = [record.text, record.data, record.column_data].find((t) => typeof t === 'string') as string | undefined;
    const raws = spansOf(record);
    if (text === undefined || raws === undefined) {
      result.errors.push(`${where}: not a doccano sequence-labelling record (needs "text" and "label" or "entities")`);
      return;
    }
    const name = [record.filename, record.file_name, (record.meta as Record<string, unknown> | undefined)?.filename].find((n) => typeof n === 'string') as string | undefined;
    const matched = matcher.match(name, text);
    if ('reason' in matched) {
      skip(result, `records matched to no article`);
      result.warnings.push(`${where}: matched to no article: ${matched.reason}`);
      return;
    }
    const toUtf16 = codePointsToUtf16(text);
    const owns = ownRecords(raws.list, Array.isArray(record.sorot) ? (record.sorot as unknown[]) : []);
    const made: Array<ForeignSpan | undefined> = raws.list.map(([s, e, label], k) => {
      const at = `${where} label ${k + 1}`;
      const a = toUtf16(s), b = toUtf16(e);
      if (a < 0 || b < 0 || b < a) return void result.errors.push(`${at}: offsets [${s}, ${e}] are outside the record's text`);
      const span: ForeignSpan = { article: matched.article, text: matched.text, start: matched.toArticle(a), end: b === a ? matched.toArticle(a) : matched.toArticle(b - 1) + 1, label, where: at };
      const own = owns.get(k);
      if (own) span.sorot = own;
      spans.push(span);
      return span;
    });
    const canonical = isObject(record.sorot_actors) ? record.sorot_actors : {};
    for (const [from, to] of raws.speakers) {
      const [span, mention] = [made[from], made[to]];
      if (!span || !mention) continue;
      const name = canonical[`${raws.list[to][0]}-${raws.list[to][1]}`];
      span.speaker = speakerName(mention.text, mention.start, mention.end, typeof name === 'string' ? name : undefined);
    }
    for (const [why, n] of raws.skipped) skip(result, why, n);
  });
  return { spans, result };
}

type Labelled = [number, number, string];

interface RecordSpans {
  list: Labelled[];
  /** [from, to] indexes into `list`: a speaker relation. */
  speakers: Array<[number, number]>;
  skipped: Map<string, number>;
}

/**
 * The spans of a record, from `label` (doccano's sequence labelling) or `entities` (its
 * relation format), and the speaker relations between them. Sorot's export writes both
 * forms; doccano keeps the one its project does not read as metadata, unchanged, so the
 * `sorot_spans` stamp of the spans as exported tells which one was edited in doccano.
 */
function spansOf(record: Record<string, unknown>): RecordSpans | undefined {
  const labels = labelTuples(record.label ?? record.labels ?? record.column_label);
  const entities = entityList(record.entities);
  if (labels === 'not spans' || (labels === undefined && entities === undefined)) return undefined;
  const labelStamp = labels && stamp(labels);
  const fromEntities = entities !== undefined && (labelStamp === undefined || (record.sorot_spans === labelStamp && labelStamp !== stamp(entities.map((e) => e.span))));
  const list = fromEntities ? entities.map((e) => e.span) : (labels as Labelled[]);
  const out: RecordSpans = { list, speakers: [], skipped: new Map() };
  const count = (why: string) => out.skipped.set(why, (out.skipped.get(why) ?? 0) + 1);
  const byId = new Map((entities ?? []).filter((e) => e.id !== undefined).map((e) => [e.id, e.span]));
  const indexOf = (span: Labelled | undefined) => (span === undefined ? -1 : list.findIndex((l) => l[0] === span[0] && l[1] === span[1] && l[2] === span[2]));
  for (const r of Array.isArray(record.relations) ? record.relations : []) {
    if (!isObject(r)) continue;
    if (typeof r.type !== 'string' || r.type.toLowerCase() !== SPEAKER_RELATION) {
      count('doccano relations other than "speaker" (Sorot keeps only the speaker of a quote or statement)');
      continue;
    }
    const from = indexOf(byId.get(r.from_id)), to = indexOf(byId.get(r.to_id));
    if (from < 0 || to < 0) count('doccano speaker relations whose spans are not among the labels read');
    else out.speakers.push([from, to]);
  }
  return out;
}

/** `[[start, end, label]]`; 'not spans' for a text-classification record (plain strings). */
function labelTuples(list: unknown): Labelled[] | 'not spans' | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: Labelled[] = [];
  for (const l of list) if (Array.isArray(l) && l.length >= 3 && typeof l[2] === 'string') out.push([Number(l[0]), Number(l[1]), l[2]]);
  return list.length && !out.length ? 'not spans' : out;
}

/** `[{id, start_offset, end_offset, label}]` (relation format) or `[[start, end, label]]`
 *  (doccano's intent-and-slot format). */
function entityList(list: unknown): Array<{ id?: unknown; span: Labelled }> | undefined {
  if (!Array.isArray(list)) return undefined;
  const out: Array<{ id?: unknown; span: Labelled }> = [];
  for (const e of list) {
    if (Array.isArray(e) && e.length >= 3 && typeof e[2] === 'string') out.push({ span: [Number(e[0]), Number(e[1]), e[2]] });
    else if (isObject(e) && typeof e.label === 'string') out.push({ id: e.id, span: [Number(e.start_offset), Number(e.end_offset), e.label] });
  }
  return out;
}

/** The Sorot record exported beside each label, by label index. doccano sorts the labels
 *  of its export, so a record goes to the label of its kind at its exported offsets, else
 *  (the label was moved in doccano) to the next label of its kind left without one. */
function ownRecords(list: readonly Labelled[], records: readonly unknown[]): Map<number, Record<string, unknown>> {
  const own = new Map<number, Record<string, unknown>>();
  const left = records.filter(isObject);
  const take = (k: number, i: number) => {
    own.set(k, left[i]);
    left.splice(i, 1);
  };
  list.forEach(([s, e, label], k) => {
    const i = left.findIndex((r) => r.kind === label && r.codePointStart === s && r.codePointEnd === e);
    if (i >= 0) take(k, i);
  });
  list.forEach(([, , label], k) => {
    if (own.has(k)) return;
    const i = left.findIndex((r) => r.kind === label);
    if (i >= 0) take(k, i);
  });
  return own;
}

/** A short fingerprint of a set of spans, whatever their order. */
function stamp(list: readonly Labelled[]): string {
  const canonical = JSON.stringify([...list].sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)));
  // 32 bits: enough to tell an edited list from the exported one
  return fnv1a(canonical).toString(16).padStart(8, '0');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One record per article: its text, its file name, and a label per annotation, actor,
 *  quote and reported statement (kinds as labels: claim, stance, source, PER, ORG, GPE,
 *  quote, reported), twice: as `label` for a sequence-labelling project and as `entities`
 *  with `relations` (a quote's or statement's `speaker`) for one with relation labelling.
 *  `sorot` holds the annotations' full records in label order (doccano keeps extra keys as
 *  metadata), so an import restores their fields while the label's position, edited in
 *  doccano, wins; `sorot_actors` the mentions' canonical names, for the speakers. */
export function exportDoccano(input: ExportInput): ExportResult {
  return runSteps(collectSteps(doccanoExporter(), input.articles));
}

/** One file for the corpus, a line an article (article-exporter.ts). */
export function doccanoExporter(): ArticleExporter {
  return corpusFileExporter(DOCCANO_FILE, (article) => jsonLine(doccanoRecord(article)) + '\n');
}

function doccanoRecord(article: ExportArticle): Record<string, unknown> {
  const toCp = utf16ToCodePoints(article.text);
  const recognized = recognizedSpans(article);
  const label: Labelled[] = [
    ...article.annotations.map((a) => [toCp(a.target.start), toCp(a.target.end), a.kind] as Labelled),
    ...recognized.spans.map((s) => [toCp(s.start), toCp(s.end), s.label] as Labelled),
  ];
  const first = article.annotations.length;
  const entities = label.map(([start_offset, end_offset, l], id) => ({ id, start_offset, end_offset, label: l }));
  const relations = recognized.speakers.map(([from, to], id) => ({ id, from_id: first + from, to_id: first + to, type: SPEAKER_RELATION }));
  const sorot = article.annotations.map((a) => annotationRecord(article.path, a, toCp));
  const record: Record<string, unknown> = { text: article.text, label, entities, relations, filename: article.path, sorot, sorot_spans: stamp(label) };
  const actors = recognized.spans.filter((s) => s.kind === 'actor');
  if (actors.length) record.sorot_actors = Object.fromEntries(actors.map((m) => [`${toCp(m.start)}-${toCp(m.end)}`, m.canonical]));
  return record;
}
