/**
 * Reads a Sorot JSONL export back into annotations. Lines of recognized actors and quotes
 * are skipped (they are recomputed from the text, not stored in sidecars). Each bad line
 * is reported with its number and the rest still imports.
 */
import { targetMatches } from '../annotations/target';
import { jsonTooDeep } from '../text/json-nesting';
import { addTo, EMPTY_SPAN, emptyResult, skip, type ImportContext, type ImportResult } from './import-types';
import { checkAnnotation } from './validate';

export function importJsonl(contents: string, context: ImportContext = {}): ImportResult {
  const result = emptyResult();
  const lines = contents.replace(/^\uFEFF/, '').split('\n');
  let skippedRecognized = 0;
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const where = `line ${i + 1}`;
    let record: Record<string, unknown>;
    const deep = jsonTooDeep(line);
    if (deep) {
      result.errors.push(`${where}: ${deep.message.replace(/ at line \d+,/, ' at')}`);
      return;
    }
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
      record = value as Record<string, unknown>;
    } catch (e) {
      result.errors.push(`${where}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    if (record.kind === 'actor' || record.kind === 'quote' || record.kind === 'reported') {
      skippedRecognized++;
      return;
    }
    if (typeof record.article !== 'string' || record.article === '') {
      const doccano = typeof record.text === 'string' && (Array.isArray(record.label) || Array.isArray(record.entities));
      result.errors.push(`${where}: "article" must name the article file${doccano ? ' (this looks like a doccano record: use --format doccano)' : ''}`);
      return;
    }
    const kind = record.kind as string;
    const candidate: Record<string, unknown> = {
      id: record.id,
      kind,
      target: { start: record.start, end: record.end, exact: record.exact, prefix: record.prefix, suffix: record.suffix },
      annotator: record.annotator,
      created: record.created,
      modified: record.modified,
      status: record.status,
      tags: record.tags,
    };
    if (record.needsReview !== undefined) candidate.needsReview = record.needsReview;
    if (record.note !== undefined) candidate.note = record.note;
    if (typeof kind === 'string') candidate[kind] = record[kind];
    const checked = checkAnnotation(candidate);
    if (!checked.ok) {
      result.errors.push(`${where}: ${checked.message}`);
      return;
    }
    const a = checked.annotation;
    if (a.target.end === a.target.start) {
      result.errors.push(`${where}: ${EMPTY_SPAN}`);
      return;
    }
    const text = context.texts?.get(record.article);
    if (text !== undefined && !targetMatches(text, a.target)) {
      a.needsReview = true;
      result.warnings.push(`${where}: the article ${record.article} no longer holds "${a.target.exact}" at [${a.target.start}, ${a.target.end}); imported and marked for review`);
    }
    addTo(result, record.article, a);
  });
  if (skippedRecognized) skip(result, 'recognized actor and quote lines (recomputed from the text)', skippedRecognized);
  return result;
}
