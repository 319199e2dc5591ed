// References from table rows to the items behind them.
import type { Annotation } from '../annotations/types';
import type { AnalysisStatement, ItemKind, ItemRef } from './types';

export function statementRef(article: string, kind: Extract<ItemKind, 'quote' | 'reported'>, s: AnalysisStatement): ItemRef {
  return { article, kind, start: s.start, end: s.end };
}

export function annotationRef(article: string, a: Annotation): ItemRef {
  return { article, kind: a.kind, start: a.target.start, end: a.target.end, id: a.id, annotator: a.annotator };
}

/** Text order, by article then offset. */
export function compareRefs(a: ItemRef, b: ItemRef): number {
  return compareText(a.article, b.article) || a.start - b.start || a.end - b.end;
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a table keeps behind each row: `refs: false` for a CSV, which has no column for
 *  them (at 100,000 articles, millions of objects a timeline would make for nothing). */
export interface TableOptions {
  refs?: boolean;
}

/** A Map's (or SplitMap's) value for `key`, made on first use. */
export function entry<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}
