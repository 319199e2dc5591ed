// The persistent corpus index: per-article summaries (article-summary.ts) written to a
// few shard files so that reopening an unchanged corpus re-analyses nothing. A shard is
// a header line naming the format and the cache key (recognizer version + KB hash), per
// article a line of JSON followed by the packed summary's data as raw bytes, and a
// trailer line with the count. Strings that repeat across articles (actor names, types,
// cues) are written once per shard and referred to by number afterwards: a summary as
// plain JSON is about 5 kB, three times the article, and parsing 100,000 of them would
// take longer than analysing some. What was measured and tried: cache-format.md.
// Pure: no I/O here (index-cache-store.ts reads and writes through an injected file system).
import type { ArticleSummary } from './article-summary';
import { StringPool } from './compact-summary';
import { portableOneByteText } from './data-blocks';
import { contentHash } from './hash';
import type { Steps } from './time-slices';
import type { Kb } from '../kb/types';
import { type DataBytes, PackedSummary, pooledTextMetadata } from './packed-summary';
import { Int32Runs } from './int32-runs';
import { KB_ENTITIES_PER_STEP, KB_JSON, type KbJsonMemo } from './kb-json-pieces';
import { namePositionBytes, readNamePositions } from './shared-names';
import { decodeText, decodeUtf8Data, encodeUtf8, joinBytes } from '../text/decode';
import { fnv1a } from '../text/fnv1a';

/** Bump whenever the recognizer or summarize() would give another summary for the same
 *  text and KB: every cache made before is then foreign and rebuilt. */
export const RECOGNIZER_VERSION = 'recognizer-2026-12-06-closing-cue';
export const CACHE_FORMAT = 'sorot-index-cache';
export const CACHE_FORMAT_VERSION = 6;

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

/** The cache key: a summary is valid only for the recognizer and KB that made it.
 *  `kbText` stands for the KB: its digest (kbDigestSteps) in the extension. */
export function cacheKey(recognizerVersion: string, kbText: string): string {
  return `${recognizerVersion}|kb:${contentHash(kbText)}`;
}

export { KB_ENTITIES_PER_STEP };

/** The KB's digest for cacheKey, as steps: each piece of its JSON hashed (KbJsonMemo, a
 *  step a piece, stringified once per KB object and shared with kbJsonSteps). Any change
 *  of an entity, its order, a suppressed form or a merge changes the digest, as it
 *  changed the hash of the whole JSON. */
export function* kbDigestSteps(kb: Kb, memo: KbJsonMemo = KB_JSON): Steps<string> {
  const parts: string[] = [];
  for (const piece of memo.pieces(kb)) {
    parts.push(contentHash(piece));
    yield;
  }
  return parts.join(' ');
}

/** The KB as JSON text, as steps (KbJsonMemo's pieces): JSON.parse gives the KB back. For a
 *  worker thread: a string is copied to it in a millisecond, where the KB's objects were
 *  cloned in one task of 4-11 ms on the host (the corpus index's worker, editor bench). */
export function* kbJsonSteps(kb: Kb, memo: KbJsonMemo = KB_JSON): Steps<string> {
  const pieces: string[] = [];
  for (const piece of memo.pieces(kb)) {
    pieces.push(piece);
    yield;
  }
  const merged = pieces.pop() as string;
  const suppress = pieces.pop() as string;
  const entities = pieces.filter((p) => p !== '').join(',');
  return `{"entities":[${entities}],"suppress":${suppress}${kb.merged ? `,"merged":${merged}` : ''}}`;
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
  return fnv1a(id) % shards;
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

/** A shard file's bytes: a header line, then per article a line of JSON and the
 *  summary's name positions and data as raw bytes after it (ended by a newline that a
 *  cut or shifted file misses), then a trailer line with the count. */
export class ShardEncoder {
  private readonly strings = new Map<string, number>();
  private fresh: string[] = [];
  private count = 0;

  constructor(private readonly key: string, private readonly shard: number, readonly token: string = newShardToken()) {}

  header(): Uint8Array {
    const h: Header = { format: CACHE_FORMAT, version: CACHE_FORMAT_VERSION, key: this.key, shard: this.shard, token: this.token };
    return encodeUtf8(`${JSON.stringify(h)}\n`);
  }

  /** An article: the line [strings new in this line, id, correctionsKey, mtime, size,
   *  then the packed summary's parts: hash, mention count, decided, total, actor, quote
   *  and statement counts, raw snippets (0 or 1), text metadata (its JSON text's number
   *  in the strings, -1 for none), name count, the names' positions' length in bytes,
   *  where the snippets start in the data, the data's length in bytes, its encoding (0: a
   *  byte per character, 1: UTF-8)]; then the names' positions (shared-names.ts) and the
   *  data.
   *  The summary is written as the index holds it (packed-summary.ts), every field of it:
   *  what a view reads from the index after a reopen (the analysis view's mention spans
   *  and speaker ids, the Articles view's outlet and date) is what it read before. The
   *  data (numbers and snippets, most of a shard) is not JSON: parsing it as a JSON
   *  string and decoding it as UTF-8 with the rest was most of a warm reopen's cache
   *  read (cache-format.md); nor are the names' positions and the text metadata, a
   *  number each in JSON, half of the lines' text in format 5. */
  entry(a: CachedArticle): Uint8Array {
    this.fresh = [];
    const p = a.summary.parts();
    const out: (string | number)[] = [a.id, a.correctionsKey, a.stamp?.mtime ?? -1, a.stamp?.size ?? -1];
    out.push(p.hash, p.mentionCount, p.review?.decided ?? -1, p.review?.total ?? -1, p.actorCount, p.quoteCount, p.reportedCount, p.rawSnippets ? 1 : 0);
    // A hundred-odd distinct texts in a shard of thousands of articles: a string each.
    out.push(p.textMetadata === undefined ? -1 : this.ref(JSON.stringify(p.textMetadata)));
    const positions = namePositionBytes(p.names.map((n) => this.ref(n)));
    const oneByte = oneByteBytes(p.data);
    const data = oneByte ?? encodeUtf8(p.data);
    out.push(p.names.length, positions.length, p.snippetsAt, data.length, oneByte ? ONE_BYTE : UTF8);
    this.count++;
    return joinBytes([encodeUtf8(`${JSON.stringify([this.fresh, ...out])}\n`), positions, data, NEWLINE]);
  }

  trailer(): Uint8Array {
    return encodeUtf8(`${JSON.stringify({ end: this.count })}\n`);
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

const ONE_BYTE = 0;
const UTF8 = 1;
const NEWLINE = new Uint8Array([0x0a]);
/** A line's names' positions before they are read (record() reads them after the line). */
const NO_POSITIONS = new Int32Array(0);

/** Why a shard was not used. */
export type ShardProblem = { kind: 'foreign'; reason: string } | { kind: 'corrupt'; reason: string };

/** An article line read, waiting for its data. */
interface PendingEntry {
  id: string;
  correctionsKey: string;
  mtime: number;
  size: number;
  hash: string;
  mentionCount: number;
  decided: number;
  total: number;
  actorCount: number;
  quoteCount: number;
  reportedCount: number;
  raw: number;
  /** The text metadata's JSON text (-1: none), a string of the shard's. */
  metadata: number;
  /** The names: `nameCount` positions in the shard's string table, `positionBytes` of
   *  them after the line, read into the block `nameRefs` from `namesAt` (shared-names.ts). */
  nameCount: number;
  positionBytes: number;
  nameRefs: Int32Array;
  namesAt: number;
  snippetsAt: number;
  bytes: number;
  encoding: number;
}

/** Reads one shard a record at a time (record()); any doubt discards the whole shard
 *  (never trusted). */
export class ShardDecoder {
  /** The shard's string table, which its summaries' names refer to (shared-names.ts). */
  private readonly strings: string[] = [];
  private readonly nameRefs = new Int32Runs();
  /** The shard file's bytes, which its one-byte summaries keep their data in and read
   *  it from (PackedSummary.restoreInFile). */
  private file: DataBytes | undefined;
  private header: Header | undefined;
  private ended: number | undefined;
  private problem: ShardProblem | undefined;
  readonly entries: CachedArticle[] = [];

  /** The line's strings are JSON.parse's, which copies them out of the line (a slice of
   *  it would keep the line alive: checked with Node 20 and the extension host's Node 24,
   *  2,000 ids parsed from lines of 100 kB kept 0.3 MB, 191 MB as slices), so they are
   *  kept as parsed; a copy of each (detached) was 100,000 ids, 100,000 hashes and half a
   *  million names made twice at 100,000 articles, and garbage. Given
   *  `pool`, the summaries' names are its strings (one string per distinct name across
   *  shards); without it, one string per distinct name of the shard (its string table)
   *  and no lookup: interning each of the 537,884 names of a 100,000-article cache into
   *  the corpus index's pool was 0.7 s of the editor bench's 5.0 s warm reopen.
   *  `oneByteText` turns bytes into the string of those character codes (Node's
   *  Buffer.latin1Slice); the portable default is slower. */
  constructor(private readonly key: string, private readonly shard: number, private readonly pool?: StringPool, private readonly oneByteText: (bytes: Uint8Array) => string = portableOneByteText) {
    this.names = pool ?? new StringPool();
  }

  /** The pool the text metadata's values (an outlet names many articles) are kept in. */
  private readonly names: StringPool;
  /** The text metadata read so far, by its JSON text's number in `strings` (textMetadata()). */
  private readonly metadata = new Map<number, NonNullable<ArticleSummary['textMetadata']>>();

  get failed(): ShardProblem | undefined {
    return this.problem;
  }

  /** The shard file's token (undefined for a cache written before tokens). */
  get token(): string | undefined {
    return this.header?.token;
  }

  /** Reads the record (a line, and an article's data after it) that starts at `pos` in
   *  the shard file's bytes; gives where the next one starts (bytes.length at the end
   *  or once the shard failed). */
  record(bytes: Uint8Array, pos: number): number {
    if (this.problem) return bytes.length;
    const nl = bytes.indexOf(0x0a, pos);
    const end = nl === -1 ? bytes.length : nl;
    const decoded = decodeText(bytes.subarray(pos, end));
    if (!decoded.ok) {
      this.fail('corrupt', 'not text');
      return bytes.length;
    }
    const pending = this.line(decoded.text);
    if (!pending || this.problem) return end + 1;
    const from = end + 1 + pending.positionBytes;
    const to = from + pending.bytes;
    // The data ends where the line said, at a newline: a file cut or shifted fails here.
    if (to >= bytes.length || bytes[to] !== 0x0a) {
      this.fail('corrupt', 'article data cut short');
      return bytes.length;
    }
    try {
      pending.namesAt = readNamePositions(bytes, end + 1, from, pending.nameCount, this.strings.length, this.nameRefs);
      pending.nameRefs = this.nameRefs.block;
      this.entries.push(this.decodeEntry(pending, bytes, from, to));
    } catch (e) {
      this.fail('corrupt', e instanceof Error ? e.message : String(e));
      return bytes.length;
    }
    return to + 1;
  }

  /** The articles of a complete, valid shard, or why it is not used. */
  finish(): { ok: true; entries: CachedArticle[] } | { ok: false; problem: ShardProblem } {
    if (!this.problem && !this.header) this.fail('corrupt', 'empty file');
    if (!this.problem && this.ended === undefined) this.fail('corrupt', 'truncated (no end line)');
    if (!this.problem && this.ended !== this.entries.length) this.fail('corrupt', `truncated (${this.entries.length} of ${this.ended} articles)`);
    return this.problem ? { ok: false, problem: this.problem } : { ok: true, entries: this.entries };
  }

  /** A line (header, article or trailer); an article's is given back to read its data. */
  private line(text: string): PendingEntry | undefined {
    if (text.length === 0) return undefined;
    try {
      if (!this.header) this.readHeader(JSON.parse(text) as unknown);
      else if (this.ended !== undefined) this.fail('corrupt', 'text after the end of the shard');
      else if (text.charCodeAt(0) === 0x7b /* { */) this.readTrailer(JSON.parse(text) as unknown);
      else return this.readLine(JSON.parse(text) as unknown);
    } catch (e) {
      this.fail('corrupt', e instanceof Error ? e.message : String(e));
    }
    return undefined;
  }

  private fail(kind: ShardProblem['kind'], reason: string): void {
    this.problem ??= { kind, reason };
    this.entries.length = 0;
    this.file = undefined;
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

  private readLine(line: unknown): PendingEntry {
    if (!Array.isArray(line) || !Array.isArray(line[0])) throw new Error('not an article line');
    for (const s of line[0] as unknown[]) this.strings.push(this.pool ? this.pool.intern(str(s)) : str(s));
    const f = new LineFields(line);
    const id = f.text();
    const correctionsKey = f.text();
    const mtime = f.num();
    const size = f.num();
    const hash = f.text();
    const mentionCount = f.num();
    const decided = f.num();
    const total = f.num();
    const actorCount = f.num();
    const quoteCount = f.num();
    const reportedCount = f.num();
    const raw = f.num();
    const metadata = f.num();
    const nameCount = f.num();
    const positionBytes = f.num();
    const snippetsAt = f.num();
    const bytes = f.num();
    const encoding = f.num();
    if (!f.done) throw new Error('article line too long');
    if (raw !== 0 && raw !== 1) throw new Error('raw snippets flag malformed');
    // Not an integer, below -1 or past the strings so far: no string there.
    if (metadata !== -1 && this.strings[metadata] === undefined) throw new Error(`unknown string ${metadata}`);
    if (!isCount(nameCount)) throw new Error('name count malformed');
    if (!isCount(positionBytes)) throw new Error('name positions\' length malformed');
    if (!isCount(bytes)) throw new Error('data length malformed');
    if (encoding !== ONE_BYTE && encoding !== UTF8) throw new Error('data encoding malformed');
    // The names' positions are read with the bytes after the line (record()).
    return { id, correctionsKey, mtime, size, hash, mentionCount, decided, total, actorCount, quoteCount, reportedCount, raw, metadata, nameCount, positionBytes, nameRefs: NO_POSITIONS, namesAt: 0, snippetsAt, bytes, encoding };
  }

  /** The article whose data is `bytes` from `from` to `to`. */
  private decodeEntry(e: PendingEntry, bytes: Uint8Array, from: number, to: number): CachedArticle {
    const parts = {
      hash: e.hash,
      mentionCount: e.mentionCount,
      names: { table: this.strings, refs: e.nameRefs, at: e.namesAt, count: e.nameCount },
      snippetsAt: e.snippetsAt,
      actorCount: e.actorCount,
      quoteCount: e.quoteCount,
      reportedCount: e.reportedCount,
      rawSnippets: e.raw === 1,
      review: e.decided >= 0 || e.total >= 0 ? { decided: e.decided, total: e.total } : undefined,
      textMetadata: e.metadata === -1 ? undefined : this.textMetadata(e.metadata),
    };
    // Both check the data against the counts and names (layoutOf). One-byte data stays
    // in the file's bytes until read: a string of each was 115 MB at 100,000 articles.
    let summary: PackedSummary;
    if (e.encoding === ONE_BYTE) {
      if (this.file?.bytes !== bytes) this.file = { bytes, text: this.oneByteText };
      summary = PackedSummary.restoreInFile(parts, this.file, from, to - from);
    } else {
      const data = decodeUtf8Data(bytes.subarray(from, to));
      if (data === undefined) throw new Error('summary data not UTF-8');
      summary = PackedSummary.restore({ ...parts, data });
    }
    // The stamp in the literal, not added after: a field added to an object made by a
    // literal goes to a second object (a PropertyArray per article).
    return e.mtime >= 0
      ? { id: e.id, summary, correctionsKey: e.correctionsKey, stamp: { mtime: e.mtime, size: e.size } }
      : { id: e.id, summary, correctionsKey: e.correctionsKey };
  }

  /** The text metadata written as the JSON text `strings[ref]`, one object for every
   *  article of the shard written with the same (an outlet and a place in the text: at
   *  100,000 articles a hundred-odd distinct ones, parsed and copied into six objects per
   *  article before), its values pooled. Frozen: the summaries share it. */
  private textMetadata(ref: number): NonNullable<ArticleSummary['textMetadata']> {
    let m = this.metadata.get(ref);
    if (m === undefined) {
      m = pooledTextMetadata(textMetadataOf(JSON.parse(this.strings[ref] as string)), this.names);
      for (const reading of Object.values(m)) Object.freeze(reading);
      this.metadata.set(ref, Object.freeze(m));
    }
    return m;
  }
}

/** An article line's fields after its fresh strings, read in order, each checked to be
 *  of its kind: an object per line instead of a closure per kind of field. */
class LineFields {
  private i = 1;

  constructor(private readonly line: readonly unknown[]) {}

  get done(): boolean {
    return this.i === this.line.length;
  }

  num(): number {
    const v = this.next();
    if (typeof v !== 'number') throw new Error('number expected');
    return v;
  }

  text(): string {
    return str(this.next());
  }

  private next(): unknown {
    if (this.i >= this.line.length) throw new Error('article line cut short');
    return this.line[this.i++];
  }
}

/** The bytes of `s` at one byte per character, or undefined when a character is above
 *  U+00FF (then the data is written as UTF-8). Packed summaries are one-byte strings
 *  but for snippets with other characters. */
function oneByteBytes(s: string): Uint8Array | undefined {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return undefined;
    out[i] = c;
  }
  return out;
}

/** A JSON object (not null, not an array): the cache files' lines are checked with it. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  if (typeof v !== 'string') throw new Error('text expected');
  return v;
}

function isCount(n: number): boolean {
  return Number.isInteger(n) && n >= 0;
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
