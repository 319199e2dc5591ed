// The filters every table shares, applied here and nowhere else, so a chart, its CSV
// and `sorot stats` always count the same items.
//  - folders: the article's path starts with one of them ("berita" keeps "berita/a.txt");
//  - outlets: the article's effective outlet is one of them ("" keeps articles without one);
//  - from / to: the article's date lies in the range, both ends included; an article
//    without a date is left out as soon as either end is set;
//  - statuses: one of the statuses the article's sidecars give it (with annotators set,
//    only their sidecars) is listed; an article no sidecar gives a status is not-started;
//  - annotators: annotations by them only;
//  - kinds: items of these kinds only (the others are emptied, not the article).
// Annotations count only when accepted: a suggestion pending or rejected is a machine
// proposal, not a researcher's judgement (as in the agreement report).
import type { ArticleStatus } from '../annotations/types';
import { runSteps, type Steps } from '../incremental/time-slices';
import type { AnalysisArticle, ItemKind } from './types';

export interface AnalysisFilter {
  folders?: string[];
  outlets?: string[];
  from?: string;
  to?: string;
  statuses?: ArticleStatus[];
  annotators?: string[];
  kinds?: ItemKind[];
}

export function applyFilter(articles: readonly AnalysisArticle[], filter: AnalysisFilter = {}): AnalysisArticle[] {
  return runSteps(applyFilterSteps(articles, filter));
}

/** applyFilter as steps: an article a step. */
export function* applyFilterSteps(articles: readonly AnalysisArticle[], filter: AnalysisFilter = {}): Steps<AnalysisArticle[]> {
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  const keep = (k: ItemKind) => !kinds || kinds.has(k);
  const annotators = filter.annotators?.length ? new Set(filter.annotators) : undefined;
  const kept = articleSelector(filter);
  const out: AnalysisArticle[] = [];
  for (const a of articles) {
    yield;
    if (!kept(a)) continue;
    out.push({
      ...a,
      actors: keep('mention') ? a.actors : [],
      quotes: keep('quote') ? a.quotes : [],
      reported: keep('reported') ? a.reported : [],
      annotations: a.annotations.filter((x) => x.status === 'accepted' && keep(x.kind) && (!annotators || annotators.has(x.annotator))),
    });
  }
  return out;
}

/** Whether the filter keeps an article (folder, outlet, dates, status), before its items
 *  are narrowed by kind and annotator: the one test applyFilter and the view's tallies
 *  (corpus-tally.ts) share. */
export function articleSelector(filter: AnalysisFilter = {}): (a: AnalysisArticle) => boolean {
  const annotators = filter.annotators?.length ? new Set(filter.annotators) : undefined;
  const outlets = filter.outlets?.length ? new Set(filter.outlets) : undefined;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : undefined;
  const inFolders = folderTest(filter.folders);
  return (a) => {
    if (!inFolders(a.path)) return false;
    if (outlets && !outlets.has(a.outlet ?? '')) return false;
    if ((filter.from || filter.to) && !(a.date && (!filter.from || a.date >= filter.from) && (!filter.to || a.date <= filter.to))) return false;
    if (statuses && !statusesOf(a, annotators).some((s) => statuses.has(s))) return false;
    return true;
  };
}

/** A test of the article's path against the folders, their spellings normalised once. */
function folderTest(folders: readonly string[] | undefined): (path: string) => boolean {
  if (!folders?.length) return () => true;
  const prefixes = folders.map((f) => f.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, ''));
  if (prefixes.some((p) => p === '' || p === '.')) return () => true;
  return (path) => prefixes.some((p) => path === p || path.startsWith(p + '/'));
}

function statusesOf(a: AnalysisArticle, annotators: ReadonlySet<string> | undefined): ArticleStatus[] {
  const given = a.statuses.filter((s) => !annotators || (s.annotator !== undefined && annotators.has(s.annotator))).map((s) => s.status);
  return given.length ? given : ['not-started'];
}
