/**
 * doccano JSONL, sequence labelling: one record per article, `{"text", "label":
 * [[start, end, label]]}` (its export), or the relation format `{"text", "entities":
 * [{"id", "start_offset", "end_offset", "label"}], "relations": [...]}`. doccano is
 * Python: offsets count code points of `text`; they are converted to UTF-16 here.
 * Records are matched to articles by a `filename` key when present, else by their text.
 */
import { jsonTooDeep } from '../text/json-nesting';
import type { ForeignSpan } from './foreign';
import { emptyResult, skip, type ImportResult } from './import-types';
import type { ArticleMatcher } from './match-article';
import { codePointsToUtf16, utf16ToCodePoints } from './offsets';
import { jsonLine } from './jsonl';
import { annotationRecord } from './records';
import { recognizedIn, type ExportInput, type ExportResult } from './types';

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
    const raws = labelsOf(record);
    if (text === undefined || raws === undefined) {
      result.errors.push(`${where}: not a doccano sequence-labelling record (needs "text" and "label" or "entities")`);
      return;
    }
    const relations = Array.isArray(record.relations) ? record.relations.length : 0;
    if (relations) skip(result, 'doccano relations (Sorot has no relations between spans)', relations);
    const name = [record.filename, record.file_name, (record.meta as Record<string, unknown> | undefined)?.filename].find((n) => typeof n === 'string') as string | undefined;
    const matched = matcher.match(name, text);
    if ('reason' in matched) {
      skip(result, `records matched to no article`);
      result.warnings.push(`${where}: matched to no article: ${matched.reason}`);
      return;
    }
    const toUtf16 = codePointsToUtf16(text);
    // Sorot's export puts its records beside the labels: the i-th record is the i-th label's.
    const sorot = Array.isArray(record.sorot) ? (record.sorot as unknown[]) : [];
    raws.forEach(([s, e, label], k) => {
      const at = `${where} label ${k + 1}`;
      const a = toUtf16(s), b = toUtf16(e);
      if (a < 0 || b < 0 || b < a) return void result.errors.push(`${at}: offsets [${s}, ${e}] are outside the record's text`);
      const span: ForeignSpan = { article: matched.article, text: matched.text, start: matched.toArticle(a), end: b === a ? matched.toArticle(a) : matched.toArticle(b - 1) + 1, label, where: at };
      const own = sorot[k];
      if (typeof own === 'object' && own !== null && !Array.isArray(own)) span.sorot = own as Record<string, unknown>;
      spans.push(span);
    });
  });
  return { spans, result };
}

function labelsOf(record: Record<string, unknown>): Array<[number, number, string]> | undefined {
  const out: Array<[number, number, string]> = [];
  const list = record.label ?? record.labels ?? record.column_label;
  if (Array.isArray(list)) {
    for (const l of list) if (Array.isArray(l) && l.length >= 3 && typeof l[2] === 'string') out.push([Number(l[0]), Number(l[1]), l[2]]);
    // A text-classification record (labels are plain strings) is not spans.
    return list.length && !out.length ? undefined : out;
  }
  if (Array.isArray(record.entities)) {
    for (const e of record.entities as Array<Record<string, unknown>>) {
      if (e && typeof e.label === 'string') out.push([Number(e.start_offset), Number(e.end_offset), e.label]);
    }
    return out;
  }
  return undefined;
}

/** One record per article: its text, its file name, and a label per annotation, actor and
 *  quote (kinds as labels: claim, stance, source, PER, ORG, GPE, quote). `sorot` holds the
 *  annotations' full records in label order (doccano keeps extra keys as metadata), so an
 *  import restores their fields while the label's position, edited in doccano, wins. */
export function exportDoccano(input: ExportInput): ExportResult {
  const lines: string[] = [];
  let annotations = 0;
  for (const article of input.articles) {
    const toCp = utf16ToCodePoints(article.text);
    const label: Array<[number, number, string]> = [
      ...article.annotations.map((a) => [toCp(a.target.start), toCp(a.target.end), a.kind] as [number, number, string]),
      ...(article.actors ?? []).map((m) => [toCp(m.start), toCp(m.end), m.type] as [number, number, string]),
      ...(article.quotes ?? []).map((q) => [toCp(q.start), toCp(q.end), 'quote'] as [number, number, string]),
    ];
    annotations += article.annotations.length;
    const sorot = article.annotations.map((a) => annotationRecord(article.path, a, toCp));
    lines.push(jsonLine({ text: article.text, label, filename: article.path, sorot }));
  }
  return { files: [{ path: DOCCANO_FILE, contents: lines.length ? lines.join('\n') + '\n' : '', annotations, recognized: recognizedIn(input.articles, ['actors', 'quotes']) }], warnings: [] };
}
