/**
 * Recognised quotes become *suggested* source annotations (speaker = source, relation
 * direct), and so do reported statements (relation reported): a statement's speaker is a
 * source the article relays in its own words. The user accepts or rejects them one by one or in bulk; rejected ones stay
 * in the sidecar (status "rejected") so the same quote is not suggested again.
 */
import type { Quote, ReportedStatement } from '../recognize/types';
import { createAnnotation } from './create';
import type { Annotation, AnnotationStatus, SourceType } from './types';

export interface SuggestOptions {
  annotator: string;
  /** The source type to propose for a speaker; unknown speakers get 'official' by default
   *  because most attributed quotes in the genre come from officials — the user checks it. */
  sourceTypeOf?: (speaker: string) => SourceType;
  now?: number;
}

export const SUGGESTION_TAG = 'from-quote';
export const STATEMENT_SUGGESTION_TAG = 'from-statement';

export function suggestSourceAnnotations(text: string, quotes: Quote[], existing: Annotation[], options: SuggestOptions, reported: readonly ReportedStatement[] = []): Annotation[] {
  const taken = new Set(existing.filter((a) => a.kind === 'source').map((a) => `${a.target.start}:${a.target.end}`));
  const out: Annotation[] = [];
  // A statement around a quoted fragment, or one a source annotation already overlaps,
  // names no new source: the quote's (or the researcher's) suggestion covers it.
  const sources = existing.filter((a) => a.kind === 'source').map((a) => a.target);
  const overlaps = (r: ReportedStatement) => [...quotes, ...sources].some((s) => s.start < r.end && r.start < s.end);
  const items = [
    ...quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, relation: 'direct' as const, tag: SUGGESTION_TAG })),
    ...reported.filter((r) => !overlaps(r)).map((r) => ({ start: r.start, end: r.end, speaker: r.speaker, relation: 'reported' as const, tag: STATEMENT_SUGGESTION_TAG })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const q of items) {
    if (!q.speaker) continue;
    if (q.start < 0 || q.end > text.length || q.start >= q.end) continue;
    const key = `${q.start}:${q.end}`;
    if (taken.has(key)) continue;
    taken.add(key);
    out.push(
      createAnnotation({
        text,
        start: q.start,
        end: q.end,
        annotator: options.annotator,
        status: 'suggested',
        tags: [q.tag],
        now: options.now,
        fields: {
          kind: 'source',
          source: { sourceName: q.speaker, sourceType: options.sourceTypeOf?.(q.speaker) ?? 'official', relation: q.relation },
        },
      }),
    );
  }
  return out;
}

export type SuggestionDecisionKind = Extract<AnnotationStatus, 'accepted' | 'rejected'>;

/** What deciding suggestions does to an article's annotations. */
export interface SuggestionDecision {
  /** Suggestions that take the decision, as they were and with their new status. */
  decided: Array<{ before: Annotation; after: Annotation }>;
  /** Suggestions accepted onto a span that already holds the same annotation (same kind,
   *  span and fields): they are removed instead of becoming a duplicate of `into`. */
  merged: Array<{ suggestion: Annotation; into: Annotation }>;
  /** Ids asked for that are no longer suggestions (decided meanwhile, e.g. from a stale
   *  hover or a second click, or removed): left exactly as they are. */
  stale: string[];
}

/**
 * Decides suggestions, each by id, against the annotations as they are now. A decision
 * is taken only by a suggestion that still is one, so deciding twice is harmless.
 * Accepting never duplicates: a suggestion equal to an accepted annotation on its span
 * (another accepted in the same call included) is merged into it.
 */
export function decideSuggestions(
  annotations: readonly Annotation[],
  decisions: Iterable<readonly [id: string, decision: SuggestionDecisionKind]>,
  now = Date.now(),
): SuggestionDecision {
  const stamp = new Date(now).toISOString();
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const accepted = annotations.filter((a) => a.status === 'accepted');
  const out: SuggestionDecision = { decided: [], merged: [], stale: [] };
  const settled = new Set<string>();
  for (const [id, decision] of decisions) {
    const a = byId.get(id);
    if (!a || a.status !== 'suggested' || settled.has(id)) {
      out.stale.push(id);
      continue;
    }
    settled.add(id);
    const into = decision === 'accepted' ? accepted.find((x) => sameAnnotation(x, a)) : undefined;
    if (into) {
      out.merged.push({ suggestion: a, into });
      continue;
    }
    const after = { ...a, status: decision, modified: stamp };
    out.decided.push({ before: a, after });
    if (decision === 'accepted') accepted.push(after);
  }
  return out;
}

/** Accepts or rejects the suggestions with the given ids (all suggestions when ids is
 *  'all'); see decideSuggestions (merged suggestions are removed from the list). */
export function resolveSuggestions(
  annotations: Annotation[],
  ids: readonly string[] | 'all',
  decision: SuggestionDecisionKind,
  now = Date.now(),
): Annotation[] {
  const wanted = ids === 'all' ? annotations.filter((a) => a.status === 'suggested').map((a) => a.id) : ids;
  const d = decideSuggestions(annotations, wanted.map((id) => [id, decision] as const), now);
  const after = new Map(d.decided.map((x) => [x.after.id, x.after]));
  const gone = new Set(d.merged.map((m) => m.suggestion.id));
  return annotations.filter((a) => !gone.has(a.id)).map((a) => after.get(a.id) ?? a);
}

/** Same kind, same span and the same fields: saying it twice adds nothing. */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  if (a.kind !== b.kind || a.target.start !== b.target.start || a.target.end !== b.target.end) return false;
  return sameFields(fieldsOf(a), fieldsOf(b));
}

function fieldsOf(a: Annotation): Record<string, unknown> {
  return (a.kind === 'claim' ? a.claim : a.kind === 'stance' ? a.stance : a.source) as unknown as Record<string, unknown>;
}

/** Equal values for every field; a KB entity id (`…Id`) present on one side only does
 *  not make two otherwise equal labels differ (one annotator picked the KB actor, the
 *  other typed or accepted its name). */
function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const [x, y] = [a[key], b[key]];
    if (x === y) continue;
    if (key.endsWith('Id') && (x === undefined || y === undefined)) continue;
    return false;
  }
  return true;
}
