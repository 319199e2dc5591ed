// Reads the annotation spans back out of every export format, in UTF-16 offsets of the
// article text, so tests can check what an export claims against the text it describes.
import { parse as parseCsv } from 'csv-parse/sync';
import type { ExportFile, ExportFormat } from '../../../src/core/export';
import { readWebannoTsv } from '../../../src/core/export/webanno-tsv-read';

export interface ExportedSpan {
  format: ExportFormat;
  id: string;
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
  /** The quote the export claims for the span (what a reader would take as its text). */
  exact: string;
  flagged: boolean;
}

/** Annotation spans (not recognized actors or quotes) of one single-article export. */
export function exportedSpans(format: ExportFormat, files: ReadonlyArray<Pick<ExportFile, 'path' | 'contents'>>, text: string): ExportedSpan[] {
  switch (format) {
    case 'jsonl':
      return files.flatMap((f) => f.contents.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>))
        .filter(isAnnotationRecord)
        .map((r) => ({ format, id: r.id as string, start: r.start as number, end: r.end as number, exact: r.exact as string, flagged: r.needsReview === true }));
    case 'csv':
      return files.flatMap((f) => parseCsv(f.contents.replace(/^\uFEFF/, ''), { columns: true }) as Array<Record<string, string>>)
        .filter(isAnnotationRecord)
        .map((r) => ({ format, id: r.id, start: Number(r.start), end: Number(r.end), exact: unescapeFormula(r.exact), flagged: r.needs_review === 'true' }));
    case 'w3c': {
      const toUtf16 = codePointsToUtf16(text);
      return files.flatMap((f) => ((JSON.parse(f.contents) as { first: { items: Array<Record<string, unknown>> } }).first.items))
        .filter((item) => item.motivation === 'classifying' && typeof item['sorot:status'] === 'string')
        .map((item) => {
          const selectors = (item.target as { selector: Array<Record<string, unknown>> }).selector;
          const position = selectors.find((s) => s.type === 'TextPositionSelector')!;
          const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
          return { format, id: decodeURIComponent(String(item.id).replace(/^.*#annotation-/, '')), start: toUtf16(position.start as number), end: toUtf16(position.end as number), exact: quote.exact as string, flagged: item['sorot:needsReview'] === true };
        });
    }
    case 'brat': {
      const ann = files.find((f) => f.path.endsWith('.ann'))?.contents ?? '';
      const toUtf16 = codePointsToUtf16(text);
      const spans = new Map<string, { start: number; end: number; surface: string }>();
      const out: ExportedSpan[] = [];
      for (const line of ann.split('\n')) {
        const t = /^(T\d+)\t\S+ ([\d ;]+)\t(.*)$/.exec(line);
        if (t) {
          const numbers = t[2].split(/[ ;]/).map(Number);
          spans.set(t[1], { start: toUtf16(numbers[0]), end: toUtf16(numbers[numbers.length - 1]), surface: t[3] });
          continue;
        }
        const note = /^#\d+\tAnnotatorNotes (T\d+)\tsorot (\{.*\})$/.exec(line);
        if (!note) continue;
        const body = JSON.parse(note[2]) as { id: string; needsReview?: boolean };
        const span = spans.get(note[1])!;
        out.push({ format, id: body.id, start: span.start, end: span.end, exact: text.slice(span.start, span.end), flagged: body.needsReview === true });
      }
      return out;
    }
    case 'conll':
      return [];
    case 'doccano': {
      const toUtf16 = codePointsToUtf16(text);
      return files.flatMap((f) => f.contents.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { label: Array<[number, number, string]>; sorot: Array<Record<string, unknown>> }))
        .flatMap((r) => r.sorot.map((own, k) => ({ format, id: own.id as string, start: toUtf16(r.label[k][0]), end: toUtf16(r.label[k][1]), exact: text.slice(toUtf16(r.label[k][0]), toUtf16(r.label[k][1])), flagged: own.needsReview === true })));
    }
    case 'labelstudio': {
      const toUtf16 = codePointsToUtf16(text);
      type Task = { annotations: Array<{ result: Array<{ id: string; value: { start: number; end: number; text: string } }> }>; meta: { sorot: Record<string, Record<string, unknown>> } };
      return files.flatMap((f) => JSON.parse(f.contents) as Task[]).flatMap((t) => t.annotations.flatMap((a) => a.result.map((r) => ({
        format, id: r.id, start: toUtf16(r.value.start), end: toUtf16(r.value.end), exact: r.value.text, flagged: t.meta.sorot[r.id].needsReview === true,
      }))));
    }
    case 'webanno-tsv':
      return files.flatMap((f) => {
        const doc = readWebannoTsv(f.contents);
        if ('error' in doc) throw new Error(doc.error);
        return doc.spans.filter((s) => s.layer === 'webanno.custom.SorotAnnotation').map((s) => {
          const own = JSON.parse(s.features.get('sorot')!) as { id: string; needsReview?: boolean; span: [number, number] };
          // A TSV span covers whole tokens; the record keeps the exact ends.
          return { format, id: own.id, start: own.span[0], end: own.span[1], exact: text.slice(own.span[0], own.span[1]), flagged: own.needsReview === true };
        });
      });
  }
}

function isAnnotationRecord(r: Record<string, unknown>): boolean {
  return r.kind === 'claim' || r.kind === 'stance' || r.kind === 'source';
}

/** A cell neutralised against spreadsheet formulas starts with an added quote. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function codePointsToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    map.push(i);
    i += ch.length;
  }
  map.push(i);
  return (cp) => map[cp];
}
