/**
 * What the agreement compares. Only an annotator's own judgements count: annotations they
 * made and suggestions they accepted. A suggestion still pending or rejected is a machine
 * proposal, not an annotation: it is left out as if it were not in the file. So an
 * annotator whose only entries for an article are such suggestions has not annotated it,
 * while one with a file of their own and no entry at all has (marking nothing is a
 * judgement too). adjudicate() reads the same annotations, so disagreement ids match.
 */
import type { Annotation } from '../annotations/types';
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
  const everyone = new Set<string>();
  const prepared = input.articles.map((article) => {
    const counted = article.annotations.filter(countsInAgreement);
    const judged = new Set(counted.map((x) => x.annotator));
    const proposalsOnly = new Set(article.annotations.filter((x) => !judged.has(x.annotator)).map((x) => x.annotator));
    const declared = article.annotators && [...new Set(article.annotators)].filter((n) => !proposalsOnly.has(n));
    for (const n of [...judged, ...(declared ?? [])]) everyone.add(n);
    return { path: article.path, counted, declared, proposalsOnly };
  });
  const annotators = [...everyone].sort();
  const articles = prepared
    .map(({ path, counted, declared, proposalsOnly }) => {
      // Without a list of its own, an article counts every annotator of the corpus.
      const present = (declared ?? annotators.filter((n) => !proposalsOnly.has(n))).sort();
      const here = new Set(present);
      return { path, annotations: counted.filter((x) => here.has(x.annotator)), annotators: present };
    })
    .sort((p, q) => (p.path < q.path ? -1 : p.path > q.path ? 1 : 0));
  return { articles, annotators };
}
