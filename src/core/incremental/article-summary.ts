import type { TextMetadata } from '../metadata/types';
import type { ActorMention, ActorType, AnalysisResult } from '../recognize/types';
import { headOf } from '../text/clip';

/** What the corpus index keeps per article: counts and a few offsets, never the text
 *  itself, so a 10,000-article corpus stays small in the extension host's heap. */
export interface ActorSummary {
  canonical: string;
  type: ActorType;
  entityId?: string;
  count: number;
  /** Distinct surface forms in this article, in order of first appearance. */
  surfaces: string[];
  /** The first mention, to reveal when the user picks this actor in a tree. */
  first: { start: number; end: number };
  /** Every mention as start, end pairs (flat, text order): the analysis view counts and
   *  lists mentions without analysing the article again. Absent in older summaries. */
  spans?: number[];
}

export interface QuoteSummary {
  start: number;
  end: number;
  speaker: string | null;
  /** KB id of the speaker, when the mention naming them is linked to it. */
  speakerId?: string;
  cue?: string;
  /** The first words of the quote, for tree labels and hovers. */
  snippet: string;
}

/** A reported statement as the index keeps it: its place, speaker, cue and first words. */
export interface StatementSummary {
  start: number;
  end: number;
  speaker: string | null;
  /** KB id of the speaker, when the mention naming them is linked to it. */
  speakerId?: string;
  cue: string;
  snippet: string;
}

export interface ArticleSummary {
  /** contentHash() of the analysed text; a changed hash means re-analysis. */
  hash: string;
  /** Sorted by count (desc), then canonical. */
  actors: ActorSummary[];
  /** In text order. */
  quotes: QuoteSummary[];
  /** Reported statements, in text order (absent: summarized from a result without them). */
  reported?: StatementSummary[];
  mentionCount: number;
  /** Of a curated layer (core/curation/article-layer.ts): items the researcher decided,
   *  of all items in review mode's list. Absent: the machine's layer alone. */
  review?: { decided: number; total: number };
  /** The outlet and date the text itself gives (core/metadata/read-text.ts), read when
   *  the article was indexed: what the analysis view falls back to. */
  textMetadata?: Pick<TextMetadata, 'outlet' | 'date'>;
}

const SNIPPET_WORDS = 8;
const SNIPPET_MAX_CHARS = 70;

/** The first words of a quote, opening mark kept off so labels read naturally. */
export function quoteSnippet(quoteText: string): string {
  const inner = quoteText.replace(/^[\s"“”‘’'«»„]+/u, '').replace(/[\s"“”‘’'«»„]+$/u, '');
  const words = inner.split(/\s+/u).filter((w) => w.length > 0);
  let s = words.slice(0, SNIPPET_WORDS).join(' ');
  const truncated = words.length > SNIPPET_WORDS || s.length > SNIPPET_MAX_CHARS;
  if (s.length > SNIPPET_MAX_CHARS) s = headOf(s, SNIPPET_MAX_CHARS).trimEnd();
  return truncated ? s + '…' : s;
}

export function summarize(result: AnalysisResult, hash: string): ArticleSummary {
  const byCanonical = new Map<string, ActorSummary>();
  for (const m of result.actors) {
    let a = byCanonical.get(m.canonical);
    if (!a) {
      a = { canonical: m.canonical, type: m.type, count: 0, surfaces: [], first: { start: m.start, end: m.end }, spans: [] };
      if (m.entityId) a.entityId = m.entityId;
      byCanonical.set(m.canonical, a);
    }
    a.count++;
    a.spans!.push(m.start, m.end);
    if (!a.surfaces.includes(m.text)) a.surfaces.push(m.text);
    if (m.start < a.first.start) a.first = { start: m.start, end: m.end };
  }
  const mentionAt = new Map(result.actors.map((m) => [`${m.start}:${m.end}`, m]));
  const actors = [...byCanonical.values()].sort(
    (x, y) => y.count - x.count || x.canonical.localeCompare(y.canonical),
  );
  const quotes: QuoteSummary[] = result.quotes
    .map((q) => {
      const s: QuoteSummary = { start: q.start, end: q.end, speaker: q.speaker, snippet: quoteSnippet(q.text) };
      const speakerId = linkedSpeaker(q, mentionAt);
      if (speakerId !== undefined) s.speakerId = speakerId;
      if (q.cue) s.cue = q.cue;
      return s;
    })
    .sort((a, b) => a.start - b.start);
  const reported: StatementSummary[] = (result.reported ?? [])
    .map((r) => {
      const speakerId = linkedSpeaker(r, mentionAt);
      return { start: r.start, end: r.end, speaker: r.speaker, ...(speakerId !== undefined ? { speakerId } : {}), cue: r.cue, snippet: quoteSnippet(r.text) };
    })
    .sort((a, b) => a.start - b.start);
  return { hash, actors, quotes, reported, mentionCount: result.actors.length };
}

/** The KB id of a statement's speaker: that of the mention naming them, when it is linked
 *  and still names them (a correction may have changed either). */
function linkedSpeaker(s: { speaker: string | null; speakerMention?: { start: number; end: number } }, mentionAt: ReadonlyMap<string, ActorMention>): string | undefined {
  const at = s.speakerMention;
  const named = at && mentionAt.get(`${at.start}:${at.end}`);
  return named?.entityId !== undefined && named.canonical === s.speaker ? named.entityId : undefined;
}
