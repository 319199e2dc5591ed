/**
 * Two annotators' views of one article, for side-by-side adjudication: each side lists
 * its own annotations, every one marked agreed (matched, nothing differs), differs
 * (matched, with the differing fields and both values) or only (the other annotator
 * has no matching span), and the spans only the other side has ("missing here"). It reads
 * the same annotations as the report (inputs.ts), matches them the same way and names
 * each disagreement by the report's id, so a resolution chosen in either view is the one
 * adjudicate() applies.
 */
import type { Annotation } from '../annotations/types';
import { compareAnnotations } from './differences';
import { comparedArticles } from './inputs';
import { matchSpans, type MatchMode } from './match';
import { disagreementId } from './report';
import type { AgreementArticle, DisagreementAspect, FieldDifference } from './types';

export type SideState = 'agreed' | 'differs' | 'only';

export interface SideEntry {
  annotation: Annotation;
  state: SideState;
  /** The report's disagreement id; absent when the two sides agree. */
  disagreementId?: string;
  aspects: DisagreementAspect[];
  /** Differing fields: `a` is annotator A's value, `b` annotator B's, on both sides. */
  differences: FieldDifference[];
  /** The other side's matching annotation, if any. */
  counterpart?: Annotation;
}

export interface SideView {
  annotator: string;
  /** This annotator's annotations that count, by position. */
  entries: SideEntry[];
  /** Spans only the other annotator marked, where this side has nothing. */
  missing: Array<{ annotation: Annotation; disagreementId: string }>;
}

export interface SideBySide {
  path: string;
  a: SideView;
  b: SideView;
  /** Number of disagreements between the two sides (each counted once). */
  disagreements: number;
}

const byPosition = (p: Annotation, q: Annotation): number => p.target.start - q.target.start || p.target.end - q.target.end || (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);

export function sideBySide(article: AgreementArticle, annotatorA: string, annotatorB: string, mode: MatchMode = 'exact'): SideBySide {
  const [compared] = comparedArticles({ articles: [article] }).articles;
  const counted = compared?.annotations ?? [];
  const as = counted.filter((x) => x.annotator === annotatorA).sort(byPosition);
  const bs = counted.filter((x) => x.annotator === annotatorB).sort(byPosition);
  const a: SideView = { annotator: annotatorA, entries: [], missing: [] };
  const b: SideView = { annotator: annotatorB, entries: [], missing: [] };
  let disagreements = 0;
  const m = matchSpans(as, bs, mode);
  for (const { a: x, b: y } of m.pairs) {
    const c = compareAnnotations(x, y);
    const differs = c.aspects.length > 0;
    const id = differs ? disagreementId(article.path, x, y) : undefined;
    if (differs) disagreements++;
    const entry = (annotation: Annotation, counterpart: Annotation): SideEntry => ({
      annotation,
      state: differs ? 'differs' : 'agreed',
      ...(id ? { disagreementId: id } : {}),
      aspects: [...c.aspects],
      differences: c.differences.map((d) => ({ ...d })),
      counterpart,
    });
    a.entries.push(entry(x, y));
    b.entries.push(entry(y, x));
  }
  for (const x of m.onlyA) {
    const id = disagreementId(article.path, x, undefined);
    disagreements++;
    a.entries.push({ annotation: x, state: 'only', disagreementId: id, aspects: ['missing'], differences: [] });
    b.missing.push({ annotation: x, disagreementId: id });
  }
  for (const y of m.onlyB) {
    const id = disagreementId(article.path, undefined, y);
    disagreements++;
    b.entries.push({ annotation: y, state: 'only', disagreementId: id, aspects: ['missing'], differences: [] });
    a.missing.push({ annotation: y, disagreementId: id });
  }
  for (const side of [a, b]) {
    side.entries.sort((p, q) => byPosition(p.annotation, q.annotation));
    side.missing.sort((p, q) => byPosition(p.annotation, q.annotation));
  }
  return { path: article.path, a, b, disagreements };
}
