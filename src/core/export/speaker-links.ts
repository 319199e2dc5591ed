/**
 * The recognized layer as the span-and-relation tools (doccano, Label Studio) hold it:
 * actor mentions labelled PER / ORG / GPE, quotes `quote`, reported statements
 * `reported`, and a `speaker` relation from each quote or statement to the mention that
 * names its speaker (as brat's Speaker relation and WebAnno TSV's SorotSpeaker).
 * Offsets stay UTF-16 here; each exporter converts them.
 */
import type { ExportArticle } from './types';

export const SPEAKER_RELATION = 'speaker';

export interface RecognizedSpan {
  start: number;
  end: number;
  label: string;
  kind: 'actor' | 'quote' | 'reported';
  /** Actor mentions: the canonical name a speaker relation to it stands for. */
  canonical?: string;
}

export interface RecognizedSpans {
  /** Actors, then quotes, then reported statements, each in the article's order. */
  spans: RecognizedSpan[];
  /** [from, to]: indexes into `spans`, from a quote or statement to its speaker's mention. */
  speakers: Array<[number, number]>;
}

export function recognizedSpans(article: ExportArticle): RecognizedSpans {
  const spans: RecognizedSpan[] = [];
  const mentionAt = new Map<string, number>();
  for (const m of article.actors ?? []) {
    if (!mentionAt.has(`${m.start}:${m.end}`)) mentionAt.set(`${m.start}:${m.end}`, spans.length);
    spans.push({ start: m.start, end: m.end, label: m.type, kind: 'actor', canonical: m.canonical });
  }
  const speakers: Array<[number, number]> = [];
  const spoken = [
    ...(article.quotes ?? []).map((q) => ({ item: q, kind: 'quote' as const })),
    ...(article.reported ?? []).map((s) => ({ item: s, kind: 'reported' as const })),
  ];
  for (const { item, kind } of spoken) {
    const to = item.speakerMention && mentionAt.get(`${item.speakerMention.start}:${item.speakerMention.end}`);
    if (to !== undefined) speakers.push([spans.length, to]);
    spans.push({ start: item.start, end: item.end, label: kind, kind });
  }
  return { spans, speakers };
}

/** The speaker a relation names: the canonical name the export kept for that mention,
 *  else the mention's words as written (a mention drawn in the tool). */
export function speakerName(text: string, start: number, end: number, canonical: string | undefined): string {
  return canonical ?? text.slice(start, end).replace(/\s+/g, ' ').trim();
}
