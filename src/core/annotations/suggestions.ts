/**
 * Recognised quotes become *suggested* source annotations (speaker = source, relation
 * direct). The user accepts or rejects them one by one or in bulk; rejected ones stay
 * in the sidecar (status "rejected") so the same quote is not suggested again.
 */
import type { Quote } from '../recognize/types';
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

export function suggestSourceAnnotations(text: string, quotes: Quote[], existing: Annotation[], options: SuggestOptions): Annotation[] {
  const taken = new Set(existing.filter((a) => a.kind === 'source').map((a) => `${a.target.start}:${a.target.end}`));
  const out: Annotation[] = [];
  for (const q of quotes) {
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
        tags: [SUGGESTION_TAG],
        now: options.now,
        fields: {
          kind: 'source',
          source: { sourceName: q.speaker, sourceType: options.sourceTypeOf?.(q.speaker) ?? 'official', relation: 'direct' },
        },
      }),
    );
  }
  return out;
}

/** Accepts or rejects the suggestions with the given ids (all suggestions when ids is 'all'). */
export function resolveSuggestions(
  annotations: Annotation[],
  ids: readonly string[] | 'all',
  decision: Extract<AnnotationStatus, 'accepted' | 'rejected'>,
  now = Date.now(),
): Annotation[] {
  const wanted = ids === 'all' ? undefined : new Set(ids);
  const stamp = new Date(now).toISOString();
  return annotations.map((a) =>
    a.status === 'suggested' && (!wanted || wanted.has(a.id)) ? { ...a, status: decision, modified: stamp } : a,
  );
}
