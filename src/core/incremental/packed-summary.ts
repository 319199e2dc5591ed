// An article summary as the corpus index and its cache keep it for a 100,000-article
// corpus: a few objects per article instead of a hundred. As plain objects (an object,
// an array of surfaces, an array of spans and a `first` per actor, an object per quote)
// a generated 1,500-character article took 11.2 kB of heap once loaded from the cache;
// packed, its numbers are one Int32Array, its names one array of pooled strings and its
// snippets one string. unpack() gives the plain summary back, equal field for field, for
// the one article a view or hover shows; the index's totals and searches read the packed
// form directly (actorAt, quoteSpeaker, ...).
import type { ActorType } from '../recognize/types';
import type { ActorSummary, ArticleSummary, QuoteSummary, StatementSummary } from './article-summary';
import { detached, type StringPool } from './compact-summary';

/** The ellipsis quoteSnippet() ends a cut snippet with: kept as a flag, so that the
 *  snippets of most articles stay one-byte text (half the bytes of two-byte text). */
const CUT = '…';
/** Ints per quote or statement: start, end, speaker, speakerId, cue, snippet length, cut. */
const STATEMENT_INTS = 7;
/** Header: actor count, quote count, statement count (-1: none kept), where quotes start. */
const HEADER_INTS = 4;

/** One actor of a packed summary, as the index's totals read it (no arrays made). */
export interface PackedActor {
  canonical: string;
  type: ActorType;
  entityId: string | undefined;
  count: number;
}

export class PackedSummary {
  private constructor(
    /** contentHash() of the analysed text. */
    readonly hash: string,
    readonly mentionCount: number,
    /** The article's distinct names (pooled strings); `ints` refers to them by position. */
    private readonly names: readonly string[],
    /** Header, then per actor: canonical, type, entityId (-1: none), count, first start,
     *  first end, surface count, surfaces..., span count (-1: none), spans...; then per
     *  quote and per statement STATEMENT_INTS ints (names -1 when absent). */
    private readonly ints: Int32Array,
    /** Every snippet, quotes' then statements', one after the other. */
    private readonly snippets: string,
    readonly review: ArticleSummary['review'],
    readonly textMetadata: ArticleSummary['textMetadata'],
  ) {}

  get actorCount(): number {
    return this.ints[0] as number;
  }

  get quoteCount(): number {
    return this.ints[1] as number;
  }

  /** Reported statements (0 when the summary has none kept). */
  get statementCount(): number {
    return Math.max(0, this.ints[2] as number);
  }

  /** Each actor's canonical name then its surfaces, in the summary's order: what the
   *  Articles filter matches. */
  actorNames(): string[] {
    const out: string[] = [];
    let i = HEADER_INTS;
    for (let n = 0; n < this.actorCount; n++) {
      out.push(this.name(this.ints[i]!));
      for (let k = 0; k < this.ints[i + 6]!; k++) out.push(this.name(this.ints[i + 7 + k]!));
      i = this.afterActor(i);
    }
    return out;
  }

  /** Calls `visit` for each actor in the summary's order (count desc, then canonical). */
  forEachActor(visit: (a: PackedActor, at: number) => void): void {
    const x = this.ints;
    let i = HEADER_INTS;
    for (let n = 0; n < this.actorCount; n++) {
      visit({ canonical: this.name(x[i]!), type: this.name(x[i + 1]!) as ActorType, entityId: this.optName(x[i + 2]!), count: x[i + 3]! }, i);
      i = this.afterActor(i);
    }
  }

  /** The actor named `canonical`, unpacked; undefined when the article has none. */
  actor(canonical: string): ActorSummary | undefined {
    let i = HEADER_INTS;
    for (let n = 0; n < this.actorCount; n++) {
      if (this.name(this.ints[i]!) === canonical) return this.actorAt(i);
      i = this.afterActor(i);
    }
    return undefined;
  }

  /** Speakers of the quotes (`reported` false) or statements, in text order (null: none). */
  speakers(reported: boolean): Array<string | null> {
    const { at, count } = this.statementRange(reported);
    const out = new Array<string | null>(count);
    for (let k = 0; k < count; k++) out[k] = this.optName(this.ints[at + k * STATEMENT_INTS + 2]!) ?? null;
    return out;
  }

  /** The quotes whose speaker is `speaker`, unpacked, in text order. */
  quotesBy(speaker: string): QuoteSummary[] {
    return this.statementsOf(false, speaker) as QuoteSummary[];
  }

  /** The statements whose speaker is `speaker`, unpacked, in text order. */
  statementsBy(speaker: string): StatementSummary[] {
    return this.statementsOf(true, speaker) as StatementSummary[];
  }

  /** The plain summary, equal field for field to the one packed. */
  unpack(): ArticleSummary {
    const actors = new Array<ActorSummary>(this.actorCount);
    let i = HEADER_INTS;
    for (let n = 0; n < actors.length; n++) {
      actors[n] = this.actorAt(i);
      i = this.afterActor(i);
    }
    const out: ArticleSummary = { hash: this.hash, actors, quotes: this.statementsOf(false) as QuoteSummary[], mentionCount: this.mentionCount };
    if ((this.ints[2] as number) >= 0) out.reported = this.statementsOf(true) as StatementSummary[];
    if (this.review !== undefined) out.review = { decided: this.review.decided, total: this.review.total };
    if (this.textMetadata !== undefined) out.textMetadata = this.textMetadata;
    return out;
  }

  /** Packs `s`; its names become `pool`'s strings, its other strings copies that do not
   *  keep the text they were cut from alive. */
  static pack(s: ArticleSummary, pool: StringPool): PackedSummary {
    const names: string[] = [];
    const position = new Map<string, number>();
    const name = (x: string): number => {
      let n = position.get(x);
      if (n === undefined) {
        n = names.length;
        names.push(pool.intern(x));
        position.set(x, n);
      }
      return n;
    };
    const optName = (x: string | null | undefined): number => (x === null || x === undefined ? -1 : name(x));
    const ints: number[] = [s.actors.length, s.quotes.length, s.reported === undefined ? -1 : s.reported.length, 0];
    for (const a of s.actors) {
      ints.push(name(a.canonical), name(a.type), optName(a.entityId), a.count, a.first.start, a.first.end, a.surfaces.length);
      for (const sf of a.surfaces) ints.push(name(sf));
      ints.push(a.spans === undefined ? -1 : a.spans.length);
      if (a.spans !== undefined) for (const n of a.spans) ints.push(n);
    }
    ints[3] = ints.length;
    const snippets: string[] = [];
    const statement = (x: { start: number; end: number; speaker: string | null; speakerId?: string; cue?: string; snippet: string }): void => {
      const cut = x.snippet.endsWith(CUT);
      const text = cut ? x.snippet.slice(0, -CUT.length) : x.snippet;
      snippets.push(text);
      ints.push(x.start, x.end, optName(x.speaker), optName(x.speakerId), optName(x.cue), text.length, cut ? 1 : 0);
    };
    for (const q of s.quotes) statement(q);
    for (const r of s.reported ?? []) statement(r);
    const review = s.review === undefined ? undefined : { decided: s.review.decided, total: s.review.total };
    return new PackedSummary(detached(s.hash), s.mentionCount, names, Int32Array.from(ints), joined(snippets), review, textMetadataIn(s.textMetadata, pool));
  }

  private name(n: number): string {
    return this.names[n] as string;
  }

  private optName(n: number): string | undefined {
    return n < 0 ? undefined : this.name(n);
  }

  /** Where the actor after the one at `i` starts. */
  private afterActor(i: number): number {
    const surfaces = this.ints[i + 6] as number;
    const spans = this.ints[i + 7 + surfaces] as number;
    return i + 8 + surfaces + Math.max(0, spans);
  }

  private actorAt(i: number): ActorSummary {
    const x = this.ints;
    const surfaces = new Array<string>(x[i + 6]!);
    for (let k = 0; k < surfaces.length; k++) surfaces[k] = this.name(x[i + 7 + k]!);
    const a: ActorSummary = { canonical: this.name(x[i]!), type: this.name(x[i + 1]!) as ActorType, count: x[i + 3]!, surfaces, first: { start: x[i + 4]!, end: x[i + 5]! } };
    const entityId = this.optName(x[i + 2]!);
    if (entityId !== undefined) a.entityId = entityId;
    const spanAt = i + 7 + surfaces.length;
    const spanCount = x[spanAt]!;
    if (spanCount >= 0) a.spans = Array.from(x.subarray(spanAt + 1, spanAt + 1 + spanCount));
    return a;
  }

  /** Where the quotes (or statements) are in `ints` and how many. */
  private statementRange(reported: boolean): { at: number; count: number } {
    const quotesAt = this.ints[3] as number;
    return reported ? { at: quotesAt + this.quoteCount * STATEMENT_INTS, count: this.statementCount } : { at: quotesAt, count: this.quoteCount };
  }

  /** Quotes (or statements), unpacked; only `speaker`'s when given. */
  private statementsOf(reported: boolean, speaker?: string): Array<QuoteSummary | StatementSummary> {
    const x = this.ints;
    const { at, count } = this.statementRange(reported);
    // Snippets before these: the quotes' when reading statements.
    let offset = 0;
    if (reported) for (let k = 0; k < this.quoteCount; k++) offset += x[this.statementRange(false).at + k * STATEMENT_INTS + 5]!;
    const out: Array<QuoteSummary | StatementSummary> = [];
    for (let k = 0; k < count; k++) {
      const i = at + k * STATEMENT_INTS;
      const length = x[i + 5]!;
      const from = offset;
      offset += length;
      const who = this.optName(x[i + 2]!) ?? null;
      if (speaker !== undefined && who !== speaker) continue;
      const snippet = this.snippets.slice(from, from + length) + (x[i + 6] === 1 ? CUT : '');
      const s: QuoteSummary = { start: x[i]!, end: x[i + 1]!, speaker: who, snippet };
      const speakerId = this.optName(x[i + 3]!);
      if (speakerId !== undefined) s.speakerId = speakerId;
      const cue = this.optName(x[i + 4]!);
      if (reported) out.push({ start: s.start, end: s.end, speaker: who, ...(speakerId !== undefined ? { speakerId } : {}), cue: cue ?? '', snippet });
      else {
        if (cue !== undefined) s.cue = cue;
        out.push(s);
      }
    }
    return out;
  }
}

/** One flat string of them all (join copies; it keeps none of the parts alive). */
function joined(parts: readonly string[]): string {
  if (parts.length === 0) return '';
  return parts.length === 1 ? detached(parts[0] as string) : parts.join('');
}

/** The text metadata with its values and readers pooled (an outlet names many articles). */
function textMetadataIn(m: ArticleSummary['textMetadata'], pool: StringPool): ArticleSummary['textMetadata'] {
  if (m === undefined) return undefined;
  const out: NonNullable<ArticleSummary['textMetadata']> = {};
  const reading = <R extends { value: string; reader?: unknown }>(r: R): R =>
    ({ ...r, value: pool.intern(r.value), ...(typeof r.reader === 'string' ? { reader: pool.intern(r.reader) } : {}) });
  if (m.outlet) out.outlet = reading(m.outlet);
  if (m.date) out.date = reading(m.date);
  return out;
}
