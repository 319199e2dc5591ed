import type { ActorType } from '../recognize/types';
import { StringPool } from './compact-summary';
import type { ArticleSummary, QuoteSummary, StatementSummary } from './article-summary';
import { IdBag } from './id-bag';
import type { SavedName, SavedNames } from './index-cache-names';
import { NameTotals } from './name-totals';
import { PackedSummary } from './packed-summary';
import { inOneGo, runStepsInSlices, sortInSlices, type TimeSlices } from './time-slices';

/** Corpus-wide totals for one canonical actor. */
export interface ActorTotal {
  canonical: string;
  type: ActorType;
  entityId?: string;
  mentions: number;
  articles: number;
  /** Quotes attributed to this actor across the corpus. */
  quotes: number;
  /** Reported statements attributed to this actor across the corpus. */
  reported: number;
}

export interface ActorInArticle {
  articleId: string;
  count: number;
  first: { start: number; end: number };
}

export interface QuoteInArticle {
  articleId: string;
  quote: QuoteSummary;
}

export interface StatementInArticle {
  articleId: string;
  statement: StatementSummary;
}

/** Corpus-wide aggregation over per-article summaries. Totals are maintained
 *  incrementally (subtract the old summary, add the new one) so that replacing one
 *  article after an edit costs O(actors in that article), not O(corpus). */
/** Ids of a name gone through between two looks at the clock (savedNames): a map lookup
 *  and a push each, about 1 ms for 4096. */
const ID_CHECK = 4096;

export class CorpusIndex {
  /** Packed (packed-summary.ts): a plain summary per article was 11 kB of heap. */
  private articles = new Map<string, PackedSummary>();
  /** The plain summary last unpacked for a packed one, while someone holds it: get()
   *  gives the same object again for an unchanged article (views compare them). */
  private readonly unpacked = new WeakMap<PackedSummary, WeakRef<ArticleSummary>>();
  /** Per name: its totals and the articles that name it (one lookup for both: a warm
   *  reopen of 100,000 articles makes millions of them), in columns (name-totals.ts). */
  private byName = new NameTotals();
  private revision = 0;
  /** The names of the summaries put here, one string each (compact-summary.ts). */
  readonly names = new StringPool();
  /** Asked before the index first reads the data of a summary whose data is not checked
   *  yet (the cache's, taken by restore() as read: PackedSummary.restoreInFile): whether
   *  it holds what its counts say. The corpus service checks it with the cache, which
   *  discards a corrupt one's shard (a log line) and has the index built again. Without
   *  one, a corrupt summary throws where its data is read. */
  sound: (articleId: string, summary: PackedSummary) => boolean = (_id, summary) => {
    summary.checkData();
    return true;
  };

  get size(): number {
    return this.articles.size;
  }

  /** Bumped on every change; lets views skip refreshes when nothing changed. */
  get version(): number {
    return this.revision;
  }

  /** The article's summary, unpacked: for the few articles a view or hover shows. */
  get(articleId: string): ArticleSummary | undefined {
    const packed = this.checked(articleId);
    if (packed === undefined) return undefined;
    const known = this.unpacked.get(packed)?.deref();
    if (known !== undefined) return known;
    const plain = packed.unpack();
    this.unpacked.set(packed, new WeakRef(plain));
    return plain;
  }

  /** The article's summary as kept: counts, hash and metadata without unpacking, and the
   *  same object for as long as the article is unchanged. */
  packed(articleId: string): PackedSummary | undefined {
    return this.articles.get(articleId);
  }

  ids(): IterableIterator<string> {
    return this.articles.keys();
  }

  /** A plain summary is packed with this index's names. */
  put(articleId: string, given: ArticleSummary | PackedSummary): void {
    if (this.articles.get(articleId) === given) return;
    const old = this.checked(articleId);
    const summary = given instanceof PackedSummary ? given : PackedSummary.pack(given, this.names);
    if (old) this.apply(articleId, old, -1);
    this.articles.set(articleId, summary);
    this.apply(articleId, summary, +1);
    this.revision++;
  }

  remove(articleId: string): boolean {
    const old = this.checked(articleId);
    if (!old) return false;
    this.apply(articleId, old, -1);
    this.articles.delete(articleId);
    this.revision++;
    return true;
  }

  /** The article's summary as packed() gives it, its data checked first if it was not
   *  (`sound`): for a caller about to read its data. A corrupt one's totals cannot be
   *  taken out: the index is cleared if `sound` did not clear it (its caller builds it
   *  again), and the article is not held. */
  checked(articleId: string): PackedSummary | undefined {
    const summary = this.articles.get(articleId);
    if (summary === undefined || summary.dataChecked || this.sound(articleId, summary)) return summary;
    if (this.articles.get(articleId) === summary) this.clear();
    return undefined;
  }

  clear(): void {
    this.articles.clear();
    this.byName = new NameTotals();
    this.names.clear();
    this.revision++;
  }

  /** The names' totals and articles as the cache's names file keeps them (positions
   *  in `articles`), or undefined when this index does not hold exactly `articles`'
   *  summaries (a live one, one the cache does not have): those totals would not be
   *  the articles'. */
  async savedNames(articles: ReadonlyArray<{ id: string; summary: PackedSummary }>, slices: TimeSlices = inOneGo()): Promise<SavedName[] | undefined> {
    if (articles.length !== this.articles.size) return undefined;
    const revision = this.revision;
    const position = new Map<string, number>();
    for (let k = 0; k < articles.length; k++) {
      const a = articles[k] as { id: string; summary: PackedSummary };
      if (this.articles.get(a.id) !== a.summary) return undefined;
      position.set(a.id, k);
      if (slices.due()) await slices.next();
    }
    if (this.revision !== revision) return undefined;
    const out: SavedName[] = [];
    const byName = this.byName;
    for (const slot of byName.slots()) {
      if (slices.due()) {
        await slices.next();
        if (this.revision !== revision) return undefined; // changed meanwhile
      }
      const ids = byName.ids(slot);
      if (ids === undefined) return undefined; // a name with totals and no article is none to save
      let at: number | number[];
      if (typeof ids === 'string') {
        const p = position.get(ids);
        if (p === undefined) return undefined;
        at = p;
      } else {
        at = [];
        for (const id of ids) {
          const p = position.get(id);
          if (p === undefined) return undefined;
          // A name of nearly every article has 100,000 ids: their positions were a block
          // of 70 ms at 100,000 articles. The clock is read every ID_CHECK of them.
          if (at.push(p) % ID_CHECK === 0 && slices.due()) {
            await slices.next();
            if (this.revision !== revision) return undefined;
          }
        }
      }
      // A copy of its own (total()): the index's totals may change while the names are written.
      out.push({ total: byName.total(slot), at });
    }
    return this.revision === revision ? out : undefined;
  }

  /** Takes `articles` and the totals saved for them (savedNames) as if each had been
   *  put, without adding their names one by one (a warm reopen of 100,000 articles added
   *  3.5 million). Built aside in slices and taken in one step; what the index held by
   *  then (an open editor's live summary, say) is put again on top, so it wins as it
   *  would have. The names' strings must be this index's (`names`); the index keeps
   *  their totals. Names read from the cache's file (SavedNames) are taken as they are
   *  decoded; false when the file turned out damaged: then the index is left as it was. */
  async restore(articles: ReadonlyArray<{ id: string; summary: PackedSummary }>, names: readonly SavedName[] | SavedNames, slices: TimeSlices = inOneGo()): Promise<boolean> {
    const restored = new Map<string, PackedSummary>();
    for (const a of articles) {
      restored.set(a.id, a.summary);
      if (slices.due()) await slices.next();
    }
    const byName = new NameTotals();
    await runStepsInSlices(byName.reserveSteps(Array.isArray(names) ? names.length : (names as SavedNames).count), slices);
    // The ids alone, not the articles: an article replaced later would stay alive here.
    const idsInOrder = articles.map((a) => a.id);
    const idAt = (k: number): string => idsInOrder[k] as string;
    // A name of many articles keeps their positions until it changes (IdBag.atPositions):
    // the same work for every name, however many articles it has.
    const take = (total: ActorTotal, positions: ArrayLike<number>, from: number, count: number): void => {
      byName.take(total, count === 1 ? idAt(positions[from] as number) : IdBag.atPositions(positions, from, count, idAt));
    };
    if (Array.isArray(names)) {
      for (const { total, at } of names as readonly SavedName[]) {
        if (typeof at === 'number') take(total, [at], 0, 1);
        else take(total, at, 0, at.length);
        if (slices.due()) await slices.next();
      }
    } else if (!(await (names as SavedNames).read(take, slices))) return false;
    const held = [...this.articles];
    this.articles = restored;
    this.byName = byName;
    for (const [id, summary] of held) this.put(id, summary);
    this.revision++;
    return true;
  }

  /** The name's totals as they are now (an object of its own: later changes do not
   *  reach it). */
  total(canonical: string): ActorTotal | undefined {
    const slot = this.byName.slot(canonical);
    return slot === undefined ? undefined : this.byName.total(slot);
  }

  /** The `limit` most mentioned actors (optionally only names containing `needle`,
   *  case-insensitive), most mentioned first, and how many matched in all. A generated
   *  or very large corpus has hundreds of thousands of names: only the ones shown are
   *  sorted, and the work runs in `slices` (ranking 10,000 articles' names in one go took
   *  21-267 ms of the extension host, issue 19). Without slices it pauses only for
   *  microtasks, i.e. runs through (tests, the CLI). The counts are read once, so an
   *  index that changes meanwhile ranks by the counts of when each name was seen (a name
   *  dropped meanwhile is left out); the totals given are those of when the ranking
   *  ended. */
  async topActors(limit: number, needle = '', slices: TimeSlices = inOneGo()): Promise<{ actors: ActorTotal[]; matched: number }> {
    const lower = needle.toLocaleLowerCase();
    // Each candidate's slot, name and count, in arrays: an object per candidate was half a
    // million at 100,000 articles; only the pool's names get their totals.
    const slots: number[] = [];
    const names: string[] = [];
    const counts: number[] = [];
    /** How many candidates have each count: the limit-th largest count bounds the pool. */
    const byCount = new Map<number, number>();
    const byName = this.byName;
    for (const slot of byName.slots()) {
      if (slices.due()) await slices.next();
      // A name dropped while the ranking waited: its slot may be free.
      if (!byName.has(slot)) continue;
      const mentions = byName.mentions(slot);
      if (mentions <= 0) continue;
      const canonical = byName.canonical(slot);
      if (lower && !canonical.toLocaleLowerCase().includes(lower)) continue;
      slots.push(slot);
      names.push(canonical);
      counts.push(mentions);
      byCount.set(mentions, (byCount.get(mentions) ?? 0) + 1);
    }
    const matched = slots.length;
    let threshold = 0;
    if (matched > limit) {
      // Few distinct counts (a count per name would be a sort of every name).
      let atLeast = 0;
      for (const c of [...byCount.keys()].sort((a, b) => b - a)) {
        atLeast += byCount.get(c) as number;
        threshold = c;
        if (atLeast >= limit) break;
      }
    }
    const pool: Array<{ total: ActorTotal; mentions: number }> = [];
    for (let k = 0; k < matched; k++) {
      if (slices.due()) await slices.next();
      const slot = slots[k] as number;
      // A name dropped meanwhile (its slot free, or another name's) is left out.
      if ((counts[k] as number) >= threshold && byName.has(slot) && byName.canonical(slot) === names[k]) pool.push({ total: byName.total(slot), mentions: counts[k] as number });
    }
    const sorted = await sortInSlices(pool, (a, b) => b.mentions - a.mentions || a.total.canonical.localeCompare(b.total.canonical), slices);
    return { actors: sorted.slice(0, limit).map((c) => c.total), matched };
  }

  /** Every actor, most mentioned first. */
  actors(): ActorTotal[] {
    return [...this.byName.slots()].map((slot) => this.byName.total(slot))
      .filter((t) => t.mentions > 0 || t.quotes > 0 || t.reported > 0)
      .sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
  }

  /** Articles mentioning the actor, most mentions first. */
  articlesFor(canonical: string): ActorInArticle[] {
    const out: ActorInArticle[] = [];
    for (const id of this.idsOf(canonical)) {
      const a = this.checked(id)?.actor(canonical);
      if (a) out.push({ articleId: id, count: a.count, first: a.first });
    }
    return out.sort((x, y) => y.count - x.count || x.articleId.localeCompare(y.articleId));
  }

  /** Distinct surface forms of the actor across the corpus. */
  surfacesOf(canonical: string): string[] {
    const out = new Set<string>();
    for (const id of this.idsOf(canonical)) {
      for (const s of this.checked(id)?.actor(canonical)?.surfaces ?? []) out.add(s);
    }
    return [...out];
  }

  /** Quotes attributed to the speaker, in article-id then text order. */
  quotesBy(speaker: string, limit = Infinity): QuoteInArticle[] {
    const out: QuoteInArticle[] = [];
    const ids = [...this.idsOf(speaker)].sort();
    for (const id of ids) {
      for (const q of this.checked(id)?.quotesBy(speaker) ?? []) {
        out.push({ articleId: id, quote: q });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  /** Reported statements attributed to the speaker, in article-id then text order. */
  statementsBy(speaker: string, limit = Infinity): StatementInArticle[] {
    const out: StatementInArticle[] = [];
    const ids = [...this.idsOf(speaker)].sort();
    for (const id of ids) {
      for (const r of this.checked(id)?.statementsBy(speaker) ?? []) {
        out.push({ articleId: id, statement: r });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  private idsOf(canonical: string): Iterable<string> {
    const slot = this.byName.slot(canonical);
    const p = slot === undefined ? undefined : this.byName.ids(slot);
    return p === undefined ? [] : typeof p === 'string' ? [p] : p;
  }

  private apply(articleId: string, s: PackedSummary, sign: 1 | -1): void {
    // A name may come up more than once (an actor who also speaks): posting is idempotent,
    // so no set of the names seen is built per article (100,000 of them on a reopen).
    const byName = this.byName;
    s.forEachActor((canonical, type, entityId, count) => {
      const slot = byName.open(canonical, type, entityId);
      byName.count(slot, sign * count, sign, 0, 0);
      this.post(slot, articleId, sign);
    });
    // A speaker resolved from a far-away or earlier article context may not be mentioned
    // in this article; it still needs a total to carry its quote count.
    s.forEachSpeaker(false, (speaker) => {
      const slot = byName.open(speaker);
      byName.count(slot, 0, 0, sign, 0);
      this.post(slot, articleId, sign);
    });
    s.forEachSpeaker(true, (speaker) => {
      const slot = byName.open(speaker);
      byName.count(slot, 0, 0, 0, sign);
      this.post(slot, articleId, sign);
    });
  }

  /** Adds the article to (or removes it from) the name's articles; a name no article
   *  names any more is dropped. Calling it twice for one article and name changes nothing
   *  more: a name's adds for one article come one after the other, so the article is the
   *  last one added. */
  private post(slot: number, articleId: string, sign: 1 | -1): void {
    const byName = this.byName;
    const p = byName.ids(slot);
    if (sign > 0) {
      if (p === undefined) byName.setIds(slot, articleId);
      else if (typeof p === 'string') {
        if (p !== articleId) byName.setIds(slot, new IdBag([p, articleId]));
      } else if (p.last !== articleId) p.push(articleId);
      return;
    }
    if (typeof p === 'string') {
      if (p === articleId) byName.setIds(slot, undefined);
    } else if (p?.delete(articleId) && p.size === 1) {
      byName.setIds(slot, p.any());
    }
    byName.dropIfEmpty(slot);
  }
}
