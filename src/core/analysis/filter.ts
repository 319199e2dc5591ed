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
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  const keep = (k: ItemKind) => !kinds || kinds.has(k);
  const annotators = filter.annotators?.length ? new Set(filter.annotators) : undefined;
  const out: AnalysisArticle[] = [];
  for (const a of articles) {
    if (!inFolders(a.path, filter.folders)) continue;
    if (filter.outlets?.length && !filter.outlets.includes(a.outlet ?? '')) continue;
    if ((filter.from || filter.to) && !(a.date && (!filter.from || a.date >= filter.from) && (!filter.to || a.date <= filter.to))) continue;
    if (filter.statuses?.length && !statusesOf(a, annotators).some((s) => filter.statuses!.includes(s))) continue;
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

function inFolders(path: string, folders: readonly string[] | undefined): boolean {
  if (!folders?.length) return true;
  return folders.some((f) => {
    const prefix = f.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
    return prefix === '' || prefix === '.' || path === prefix || path.startsWith(prefix + '/');
  });
}

function statusesOf(a: AnalysisArticle, annotators: ReadonlySet<string> | undefined): ArticleStatus[] {
  const given = a.statuses.filter((s) => !annotators || (s.annotator !== undefined && annotators.has(s.annotator))).map((s) => s.status);
  return given.length ? given : ['not-started'];
}
