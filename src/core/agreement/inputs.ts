/**
 * What the agreement compares. Only an annotator's own judgements count: annotations they
 * made and suggestions they accepted. A suggestion still pending or rejected is a machine
 * proposal, not an annotation: it is left out as if it were not in the file. So an
 * annotator whose only entries for an article are such suggestions has not annotated it,
 * while one with a file of their own and no entry at all has (marking nothing is a
 * judgement too). adjudicate() reads the same annotations, so disagreement ids match.
 */
import type { Annotation } from '../annotations/types';
import { ITEMS_PER_STEP, runSteps, sortSteps, type Steps } from '../incremental/time-slices';
import type { AgreementInput } from './types';

export function countsInAgreement(a: Annotation): boolean {
  return a.status === 'accepted';
}

export interface ComparedArticle {
  path: string;
  /** The annotations that count, of the article's annotators only. */
  annotations: Annotation[];
  /** Who annotated the article, sorted. */
  annotators: string[];
}

/** The articles in path order, each with its annotations that count and its annotators. */
export function comparedArticles(input: AgreementInput): { articles: ComparedArticle[]; annotators: string[] } {
  return runSteps(comparedArticlesSteps(input));
}

/** comparedArticles as steps (ITEMS_PER_STEP articles each, the sort in steps too): over
 *  100,000 articles in one go it held the extension host for 60-100 ms (issue 19). */
export function* comparedArticlesSteps(input: AgreementInput): Steps<{ articles: ComparedArticle[]; annotators: string[] }> {
  const everyone = new Set<string>();
  const prepared: Array<{ path: string; counted: Annotation[]; declared: string[] | undefined; proposalsOnly: Set<string> }> = [];
  for (const article of input.articles) {
    const counted = article.annotations.filter(countsInAgreement);
    const judged = new Set(counted.map((x) => x.annotator));
    const proposalsOnly = new Set(article.annotations.filter((x) => !judged.has(x.annotator)).map((x) => x.annotator));
    const declared = article.annotators && [...new Set(article.annotators)].filter((n) => !proposalsOnly.has(n));
    for (const n of [...judged, ...(declared ?? [])]) everyone.add(n);
    if (prepared.push({ path: article.path, counted, declared, proposalsOnly }) % ITEMS_PER_STEP === 0) yield;
  }
  const annotators = [...everyone].sort();
  const articles: ComparedArticle[] = [];
  for (const { path, counted, declared, proposalsOnly } of prepared) {
    // Without a list of its own, an article counts every annotator of the corpus.
    const present = (declared ?? annotators.filter((n) => !proposalsOnly.has(n))).sort();
    const here = new Set(present);
    if (articles.push({ path, annotations: counted.filter((x) => here.has(x.annotator)), annotators: present }) % ITEMS_PER_STEP === 0) yield;
  }
  return { articles: yield* sortSteps(articles, byPath), annotators };
}

/** Articles in path order (code unit order, as the reports and the export list them). */
export function byPath(p: { path: string }, q: { path: string }): number {
  return p.path < q.path ? -1 : p.path > q.path ? 1 : 0;
}
