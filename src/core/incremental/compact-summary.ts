// Keeps a 100,000-article index small in the extension host's heap. A summary fresh from
// the recognizer holds strings that are slices of the article's text (V8 keeps the whole
// text alive for a slice of 13 characters or more), one copy of "Jakarta" per article,
// and arrays grown by push with room to spare; one decoded from the cache file holds
// slices of the file's text. compactSummary() gives the same summary with names interned
// in a pool (one string per distinct name for the whole corpus), other strings copied
// out of the text they were cut from, and arrays of their exact length.
// Measured on generated articles (1500, node --expose-gc): 21.1 kB of heap per summary
// made by the recognizer, 12.8 kB compacted.
import type { MetadataReader } from '../metadata/types';
import type { ActorSummary, ArticleSummary, QuoteSummary, StatementSummary } from './article-summary';

/** Names (actors, speakers, types, cues, KB ids), one string each however many articles
 *  name them. Never shrinks while it lives: the corpus index that owns it drops it with
 *  its summaries (CorpusIndex.clear), and a name is a few dozen bytes. */
export class StringPool {
  private readonly strings = new Map<string, string>();

  get size(): number {
    return this.strings.size;
  }

  intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    const own = detached(s);
    this.strings.set(own, own);
    return own;
  }

  clear(): void {
    this.strings.clear();
  }
}

/** A copy of `s` that does not keep the string it was sliced from alive. */
export function detached(s: string): string {
  // Concatenating makes a new flat string when sliced; slicing that back keeps only it.
  return s.length === 0 ? '' : (' ' + s).slice(1);
}

/** The same summary, compact (see above). Equal to the original field for field. */
export function compactSummary(s: ArticleSummary, pool: StringPool): ArticleSummary {
  const name = (x: string): string => pool.intern(x);
  const actors = new Array<ActorSummary>(s.actors.length);
  for (let i = 0; i < s.actors.length; i++) {
    const a = s.actors[i] as ActorSummary;
    const c: ActorSummary = { canonical: name(a.canonical), type: name(a.type) as ActorSummary['type'], count: a.count, surfaces: exact(a.surfaces, name), first: { start: a.first.start, end: a.first.end } };
    if (a.entityId !== undefined) c.entityId = name(a.entityId);
    if (a.spans !== undefined) c.spans = exact(a.spans, (n) => n);
    actors[i] = c;
  }
  const quotes = new Array<QuoteSummary>(s.quotes.length);
  for (let i = 0; i < s.quotes.length; i++) {
    const q = s.quotes[i] as QuoteSummary;
    const c: QuoteSummary = { start: q.start, end: q.end, speaker: q.speaker === null ? null : name(q.speaker), snippet: detached(q.snippet) };
    if (q.speakerId !== undefined) c.speakerId = name(q.speakerId);
    if (q.cue !== undefined) c.cue = name(q.cue);
    quotes[i] = c;
  }
  const out: ArticleSummary = { hash: detached(s.hash), actors, quotes, mentionCount: s.mentionCount };
  if (s.reported !== undefined) {
    out.reported = new Array<StatementSummary>(s.reported.length);
    for (let i = 0; i < s.reported.length; i++) {
      const r = s.reported[i] as StatementSummary;
      const c: StatementSummary = { start: r.start, end: r.end, speaker: r.speaker === null ? null : name(r.speaker), cue: name(r.cue), snippet: detached(r.snippet) };
      if (r.speakerId !== undefined) c.speakerId = name(r.speakerId);
      out.reported[i] = c;
    }
  }
  if (s.review !== undefined) out.review = { decided: s.review.decided, total: s.review.total };
  if (s.textMetadata !== undefined) {
    const m: NonNullable<ArticleSummary['textMetadata']> = {};
    const reading = <R extends { value: string; reader?: MetadataReader }>(r: R): R =>
      ({ ...r, value: name(r.value), ...(typeof r.reader === 'string' ? { reader: name(r.reader) as MetadataReader } : {}) });
    if (s.textMetadata.outlet) m.outlet = reading(s.textMetadata.outlet);
    if (s.textMetadata.date) m.date = reading(s.textMetadata.date);
    out.textMetadata = m;
  }
  return out;
}

/** A copy of exactly the array's length (an array grown by push keeps spare room). */
function exact<T>(xs: readonly T[], map: (x: T) => T): T[] {
  const out = new Array<T>(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = map(xs[i] as T);
  return out;
}
