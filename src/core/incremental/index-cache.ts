// The persistent corpus index: per-article summaries (article-summary.ts) written to a
// few shard files so that reopening an unchanged corpus re-analyses nothing. A shard is
// versioned JSON lines: a header naming the format and the cache key (recognizer version
// + KB hash), one line per article, a trailer with the count. Strings that repeat across
// articles (actor names, types, cues) are written once per shard and referred to by
// number afterwards: a summary as plain JSON is about 5 kB, three times the article, and
// parsing 100,000 of them would take longer than analysing some.
// Pure: no I/O here (index-cache-store.ts reads and writes through an injected file system).
import type { ActorType } from '../recognize/types';
import type { ActorSummary, ArticleSummary, QuoteSummary, StatementSummary } from './article-summary';
import { detached, StringPool } from './compact-summary';
import { contentHash } from './hash';
import { PackedSummary } from './packed-summary';

/** Bump whenever the recognizer or summarize() would give another summary for the same
 *  text and KB: every cache made before is then foreign and rebuilt. */
export const RECOGNIZER_VERSION = 'recognizer-2026-12-02-recoga-recogs-repstmt4';
export const CACHE_FORMAT = 'sorot-index-cache';
export const CACHE_FORMAT_VERSION = 2;

/** What a file's listing says of it: when a cached article still has the same size and
 *  modification time, its text is not read again on reopen (as git's index does). */
export interface FileStamp {
  mtime: number;
  size: number;
}

/** One article as the cache keeps it. */
export interface CachedArticle {
  /** The article id (its URI as a string). */
  id: string;
  /** The curated summary, packed as the corpus index keeps it (the cache and the index
   *  share it); summary.hash is the content hash of the text it was made from. */
  summary: PackedSummary;
  /** correctionsKey() of the corrections it was curated with ('' without any). */
  correctionsKey: string;
  /** Absent when the file was too fresh to trust its stamp (see stampIsTrustworthy). */
  stamp?: FileStamp;
}

/** The cache key: a summary is valid only for the recognizer and KB that made it. */
export function cacheKey(recognizerVersion: string, kbText: string): string {
  return `${recognizerVersion}|kb:${contentHash(kbText)}`;
}

/** A stamp is trusted only when the file is older than this at the time it was read:
 *  a file written again within the same clock tick would keep its stamp with new text. */
export const STAMP_MARGIN_MS = 2000;

export function stampIsTrustworthy(stamp: FileStamp, readAt: number): boolean {
  return readAt - stamp.mtime > STAMP_MARGIN_MS;
}

/** Whether a cached article can stand for the file without reading it. */
export function reusableByStamp(cached: CachedArticle | undefined, stamp: FileStamp | undefined): boolean {
  return !!cached?.stamp && !!stamp && cached.stamp.mtime === stamp.mtime && cached.stamp.size === stamp.size;
}

/** Whether a cached article matches the text (by hash) and the corrections it has now. */
export function reusableByContent(cached: CachedArticle | undefined, hash: string, correctionsKey: string): boolean {
  return !!cached && cached.summary.hash === hash && cached.correctionsKey === correctionsKey;
}

/** Which shard an article lives in: stable across windows and runs. */
export function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

interface Header {
  format: string;
  version: number;
  key: string;
  shard: number;
}

/** Writes one shard, a line at a time (the caller slices the work). */
export class ShardEncoder {
  private readonly strings = new Map<string, number>();
  private fresh: string[] = [];
  private count = 0;

  constructor(private readonly key: string, private readonly shard: number) {}

  header(): string {
    const h: Header = { format: CACHE_FORMAT, version: CACHE_FORMAT_VERSION, key: this.key, shard: this.shard };
    return JSON.stringify(h);
  }

  /** An entry line: [strings new in this line, id, hash, correctionsKey, mtime, size,
   *  mentions, decided, total, actors..., quotes..., statements..., text metadata].
   *  Every field of the summary is written: what a view reads from the index after a
   *  reopen (the analysis view's mention spans and speaker ids, the Articles view's
   *  outlet and date) must be what it read before. */
  entry(a: CachedArticle): string {
    this.fresh = [];
    const s = a.summary.unpack();
    const out: (string | number)[] = [];
    out.push(a.id, s.hash, a.correctionsKey, a.stamp?.mtime ?? -1, a.stamp?.size ?? -1, s.mentionCount, s.review?.decided ?? -1, s.review?.total ?? -1);
    out.push(s.actors.length);
    for (const x of s.actors) {
      out.push(this.ref(x.canonical), this.ref(x.type), x.entityId === undefined ? -1 : this.ref(x.entityId), x.count, x.first.start, x.first.end, x.surfaces.length);
      for (const sf of x.surfaces) out.push(this.ref(sf));
      out.push(x.spans === undefined ? -1 : x.spans.length, ...(x.spans ?? []));
    }
    out.push(s.quotes.length);
    for (const q of s.quotes) out.push(q.start, q.end, this.optRef(q.speaker), this.optRef(q.speakerId ?? null), q.cue === undefined ? -1 : this.ref(q.cue), q.snippet);
    const reported = s.reported;
    out.push(reported === undefined ? -1 : reported.length);
    for (const r of reported ?? []) out.push(r.start, r.end, this.optRef(r.speaker), this.optRef(r.speakerId ?? null), this.ref(r.cue), r.snippet);
    // Small and seldom repeated: as JSON text ('' for none).
    out.push(s.textMetadata === undefined ? '' : JSON.stringify(s.textMetadata));
    this.count++;
    return JSON.stringify([this.fresh, ...out]);
  }

  trailer(): string {
    return JSON.stringify({ end: this.count });
  }

  private optRef(s: string | null): number {
    return s === null ? -1 : this.ref(s);
  }

  private ref(s: string): number {
    let n = this.strings.get(s);
    if (n === undefined) {
      n = this.strings.size;
      this.strings.set(s, n);
      this.fresh.push(s);
    }
    return n;
  }
}

/** Why a shard was not used. */
export type ShardProblem = { kind: 'foreign'; reason: string } | { kind: 'corrupt'; reason: string };

/** Reads one shard a line at a time; any doubt discards the whole shard (never trusted). */
export class ShardDecoder {
  private readonly strings: string[] = [];
  private header: Header | undefined;
  private ended: number | undefined;
  private problem: ShardProblem | undefined;
  readonly entries: CachedArticle[] = [];

  /** `names`: one string per distinct name across shards (CorpusIndex.names) for the
   *  packed summaries; every other string is copied out of the line, which it would
   *  otherwise keep alive. */
  constructor(private readonly key: string, private readonly shard: number, private readonly names: StringPool = new StringPool()) {}

  get failed(): ShardProblem | undefined {
    return this.problem;
  }

  /** Feeds the next line (without its newline). */
  line(text: string): void {
    if (this.problem) return;
    if (text.length === 0) return;
    try {
      if (!this.header) this.readHeader(JSON.parse(text) as unknown);
      else if (this.ended !== undefined) this.fail('corrupt', 'text after the end of the shard');
      else if (text.charCodeAt(0) === 0x7b /* { */) this.readTrailer(JSON.parse(text) as unknown);
      else this.entries.push(this.decodeEntry(JSON.parse(text) as unknown));
    } catch (e) {
      this.fail('corrupt', e instanceof Error ? e.message : String(e));
    }
  }

  /** The articles of a complete, valid shard, or why it is not used. */
  finish(): { ok: true; entries: CachedArticle[] } | { ok: false; problem: ShardProblem } {
    if (!this.problem && !this.header) this.fail('corrupt', 'empty file');
    if (!this.problem && this.ended === undefined) this.fail('corrupt', 'truncated (no end line)');
    if (!this.problem && this.ended !== this.entries.length) this.fail('corrupt', `truncated (${this.entries.length} of ${this.ended} articles)`);
    return this.problem ? { ok: false, problem: this.problem } : { ok: true, entries: this.entries };
  }

  private fail(kind: ShardProblem['kind'], reason: string): void {
    this.problem ??= { kind, reason };
    this.entries.length = 0;
  }

  private readHeader(h: unknown): void {
    if (!isRecord(h) || h.format !== CACHE_FORMAT) return this.fail('foreign', 'not a Sorot index cache');
    if (h.version !== CACHE_FORMAT_VERSION) return this.fail('foreign', `format version ${String(h.version)}, not ${CACHE_FORMAT_VERSION}`);
    if (h.shard !== this.shard) return this.fail('corrupt', `holds shard ${String(h.shard)}, not ${this.shard}`);
    if (h.key !== this.key) return this.fail('foreign', 'made with another recognizer or knowledge base');
    this.header = h as unknown as Header;
  }

  private readTrailer(t: unknown): void {
    if (!isRecord(t) || typeof t.end !== 'number') return this.fail('corrupt', 'unexpected line');
    this.ended = t.end;
  }

  private decodeEntry(line: unknown): CachedArticle {
    if (!Array.isArray(line) || !Array.isArray(line[0])) throw new Error('not an article line');
    for (const s of line[0] as unknown[]) this.strings.push(this.names.intern(str(s)));
    let i = 1;
    const next = (): unknown => {
      if (i >= line.length) throw new Error('article line cut short');
      return line[i++];
    };
    const num = (): number => {
      const v = next();
      if (typeof v !== 'number') throw new Error('number expected');
      return v;
    };
    const text = (): string => str(next());
    const ref = (): string => {
      const n = num();
      const s = this.strings[n];
      if (s === undefined) throw new Error(`unknown string ${n}`);
      return s;
    };
    const optRef = (): string | undefined => {
      const n = num();
      return n === -1 ? undefined : (this.strings[n] ?? fail(`unknown string ${n}`));
    };
    const id = detached(text());
    // The hash and snippets are copied when the summary is packed.
    const hash = text();
    const correctionsKey = detached(text());
    const mtime = num();
    const size = num();
    const mentionCount = num();
    const decided = num();
    const total = num();
    const actors: ActorSummary[] = [];
    for (let n = num(); n > 0; n--) {
      const canonical = ref();
      const type = ref() as ActorType;
      const entityId = optRef();
      const count = num();
      const first = { start: num(), end: num() };
      // Arrays of their exact length: pushing leaves spare room in each.
      const surfaces = new Array<string>(Math.max(0, num()));
      for (let k = 0; k < surfaces.length; k++) surfaces[k] = ref();
      const spanCount = num();
      const spans = new Array<number>(Math.max(0, spanCount));
      for (let k = 0; k < spans.length; k++) spans[k] = num();
      const a: ActorSummary = { canonical, type, count, surfaces, first };
      if (entityId !== undefined) a.entityId = entityId;
      if (spanCount >= 0) a.spans = spans;
      actors.push(a);
    }
    const quotes: QuoteSummary[] = [];
    for (let n = num(); n > 0; n--) {
      const start = num();
      const end = num();
      const speaker = optRef() ?? null;
      const speakerId = optRef();
      const cue = optRef();
      const q: QuoteSummary = { start, end, speaker, snippet: text() };
      if (speakerId !== undefined) q.speakerId = speakerId;
      if (cue !== undefined) q.cue = cue;
      quotes.push(q);
    }
    const reportedCount = num();
    let reported: StatementSummary[] | undefined;
    if (reportedCount >= 0) {
      reported = [];
      for (let n = reportedCount; n > 0; n--) {
        const start = num();
        const end = num();
        const speaker = optRef() ?? null;
        const speakerId = optRef();
        const r: StatementSummary = { start, end, speaker, cue: ref(), snippet: text() };
        if (speakerId !== undefined) r.speakerId = speakerId;
        reported.push(r);
      }
    }
    const metadata = text();
    if (i !== line.length) throw new Error('article line too long');
    const summary: ArticleSummary = { hash, actors, quotes, mentionCount };
    if (reported) summary.reported = reported;
    if (metadata !== '') summary.textMetadata = textMetadataOf(JSON.parse(metadata));
    if (decided >= 0) summary.review = { decided, total };
    const entry: CachedArticle = { id, summary: PackedSummary.pack(summary, this.names), correctionsKey };
    if (mtime >= 0) entry.stamp = { mtime, size };
    return entry;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new Error('text expected');
  return v;
}

function fail(message: string): never {
  throw new Error(message);
}

/** The summary's textMetadata as parsed from a shard: only an object of readings. */
function textMetadataOf(v: unknown): NonNullable<ArticleSummary['textMetadata']> {
  if (!isRecord(v)) throw new Error('text metadata expected');
  for (const field of ['outlet', 'date'] as const) {
    const r = v[field];
    if (r !== undefined && (!isRecord(r) || typeof r.value !== 'string')) throw new Error(`text metadata ${field} malformed`);
  }
  // Its values are pooled when the summary is packed (an outlet names many articles).
  return v as NonNullable<ArticleSummary['textMetadata']>;
}
