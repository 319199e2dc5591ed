// The persistent corpus index: per-article summaries (article-summary.ts) written to a
// few shard files so that reopening an unchanged corpus re-analyses nothing. A shard is
// versioned JSON lines: a header naming the format and the cache key (recognizer version
// + KB hash), one line per article, a trailer with the count. Strings that repeat across
// articles (actor names, types, cues) are written once per shard and referred to by
// number afterwards: a summary as plain JSON is about 5 kB, three times the article, and
// parsing 100,000 of them would take longer than analysing some.
// Pure: no I/O here (index-cache-store.ts reads and writes through an injected file system).
import type { ArticleSummary } from './article-summary';
import { detached, StringPool } from './compact-summary';
import { contentHash } from './hash';
import { PackedSummary } from './packed-summary';

/** Bump whenever the recognizer or summarize() would give another summary for the same
 *  text and KB: every cache made before is then foreign and rebuilt. */
export const RECOGNIZER_VERSION = 'recognizer-2026-12-02-recoga-recogs-repstmt4';
export const CACHE_FORMAT = 'sorot-index-cache';
export const CACHE_FORMAT_VERSION = 4;

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
  /** New each time the shard is written: the names file (index-cache-names.ts) is used
   *  only with the shard files whose tokens it names. Absent in older caches. */
  token?: string;
}

/** A token for a shard file about to be written: unlike any written before it. */
export function newShardToken(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Writes one shard, a line at a time (the caller slices the work). */
export class ShardEncoder {
  private readonly strings = new Map<string, number>();
  private fresh: string[] = [];
  private count = 0;

  constructor(private readonly key: string, private readonly shard: number, readonly token: string = newShardToken()) {}

  header(): string {
    const h: Header = { format: CACHE_FORMAT, version: CACHE_FORMAT_VERSION, key: this.key, shard: this.shard, token: this.token };
    return JSON.stringify(h);
  }

  /** An entry line: [strings new in this line, id, correctionsKey, mtime, size, then
   *  the packed summary's parts: hash, mention count, decided, total, actor, quote and
   *  statement counts, raw snippets (0 or 1), name count, names..., numbers (base64),
   *  snippets, text metadata].
   *  The summary is written as the index holds it (packed-summary.ts), every field of it:
   *  what a view reads from the index after a reopen (the analysis view's mention spans
   *  and speaker ids, the Articles view's outlet and date) is what it read before. */
  entry(a: CachedArticle): string {
    this.fresh = [];
    const p = a.summary.parts();
    const out: (string | number)[] = [a.id, a.correctionsKey, a.stamp?.mtime ?? -1, a.stamp?.size ?? -1];
    out.push(p.hash, p.mentionCount, p.review?.decided ?? -1, p.review?.total ?? -1, p.actorCount, p.quoteCount, p.reportedCount, p.rawSnippets ? 1 : 0);
    out.push(p.names.length);
    for (const n of p.names) out.push(this.ref(n));
    // The numbers (characters U+0000 to U+00FF) in base64: no character JSON escapes, and
    // atob() decodes them natively (shifting each character back in a loop was a fifth of
    // a warm reopen's cache read). The snippets are text and written as they are.
    out.push(btoa(p.data.slice(0, p.snippetsAt)), p.data.slice(p.snippetsAt));
    // Small and seldom repeated: as JSON text ('' for none).
    out.push(p.textMetadata === undefined ? '' : JSON.stringify(p.textMetadata));
    this.count++;
    return JSON.stringify([this.fresh, ...out]);
  }

  trailer(): string {
    return JSON.stringify({ end: this.count });
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

  /** The shard file's token (undefined for a cache written before tokens). */
  get token(): string | undefined {
    return this.header?.token;
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
    if (h.token !== undefined && typeof h.token !== 'string') return this.fail('corrupt', 'token malformed');
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
    const id = detached(text());
    const correctionsKey = detached(text());
    const mtime = num();
    const size = num();
    const hash = text();
    const mentionCount = num();
    const decided = num();
    const total = num();
    const actorCount = num();
    const quoteCount = num();
    const reportedCount = num();
    const raw = num();
    // An array of its exact length: pushing leaves spare room in each.
    const names = new Array<string>(Math.max(0, num()));
    for (let k = 0; k < names.length; k++) {
      const n = num();
      names[k] = this.strings[n] ?? fail(`unknown string ${n}`);
    }
    const numbers = numbersOf(text());
    // Copied: a string parsed from the line may be a slice of it (and the line of the
    // file's decoded text), which it would keep alive.
    const data = detached(numbers + text());
    const metadata = text();
    if (i !== line.length) throw new Error('article line too long');
    if (raw !== 0 && raw !== 1) throw new Error('raw snippets flag malformed');
    const summary = PackedSummary.restore({
      hash,
      mentionCount,
      names,
      data,
      snippetsAt: numbers.length,
      actorCount,
      quoteCount,
      reportedCount,
      rawSnippets: raw === 1,
      review: decided >= 0 || total >= 0 ? { decided, total } : undefined,
      textMetadata: metadata === '' ? undefined : textMetadataOf(JSON.parse(metadata)),
    }, this.names);
    const entry: CachedArticle = { id, summary, correctionsKey };
    if (mtime >= 0) entry.stamp = { mtime, size };
    return entry;
  }
}

/** The summary's numbers from their base64; text that is not base64 makes the line corrupt. */
function numbersOf(written: string): string {
  try {
    return atob(written);
  } catch {
    throw new Error('summary numbers malformed');
  }
}

/** A JSON object (not null, not an array): the cache files' lines are checked with it. */
export function isRecord(v: unknown): v is Record<string, unknown> {
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
