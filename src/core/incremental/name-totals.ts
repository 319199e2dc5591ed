// The corpus index's totals per name, in columns. A 100,000-article corpus has over half
// a million names; kept as an entry object and a totals object each (plus, for a name
// whose KB id came after it was made, a PropertyArray, and a heap number for a count V8
// had stored as a double), they were about four heap objects a name, and every
// old-generation collection of the extension host went through all of them: those
// collections were most of the host's remaining blocks over 16 ms (issue 19; counts in
// bench/index-heap.ts). Here a name is a slot number: its counts are Int32Arrays, its
// type a byte, its string, KB id and articles plain arrays, one object each for all names.
import type { ActorType } from '../recognize/types';
import type { ActorTotal } from './corpus-index';
import type { IdBag } from './id-bag';
import { StringTable } from './string-table';

/** A name's type as a byte: its position here. */
const TYPES: readonly ActorType[] = ['PER', 'ORG', 'GPE'];
/** Slots the columns have at first; they double as they fill. */
const FIRST_SLOTS = 1024;

/** The articles that name one actor: the id itself while it is one article (most names
 *  of a large corpus are), a bag (id-bag.ts) from the second on. */
export type NameIds = string | IdBag | undefined;

export class NameTotals {
  /** Slot per name. In a StringTable (string-table.ts): half a million names taken in at
   *  once on a warm reopen. */
  private readonly slotOf = new StringTable<number>();
  private names: Array<string | undefined> = [];
  private entityIds: Array<string | undefined> = [];
  private idsBySlot: NameIds[] = [];
  private types = new Uint8Array(FIRST_SLOTS);
  private mentionCounts = new Int32Array(FIRST_SLOTS);
  private articleCounts = new Int32Array(FIRST_SLOTS);
  private quoteCounts = new Int32Array(FIRST_SLOTS);
  private reportedCounts = new Int32Array(FIRST_SLOTS);
  /** Slots of names dropped, given to the next new names. */
  private readonly freeSlots: number[] = [];

  get size(): number {
    return this.slotOf.size;
  }

  /** Makes room for `count` names (a restore knows how many come). */
  reserve(count: number): void {
    this.slotOf.reserve(count);
    this.grow(count);
  }

  /** The name's slot, undefined when the index has none. */
  slot(canonical: string): number | undefined {
    return this.slotOf.get(canonical);
  }

  /** The slots of the names, in the order a StringTable gives its values. A name dropped
   *  meanwhile may still be given: check `has`. */
  slots(): IterableIterator<number> {
    return this.slotOf.values();
  }

  /** The name's slot, made with no counts and no articles when it has none. `type` is
   *  unknown when the actor is only known as a speaker: PER is then the best guess until
   *  a mention supplies the recognised type. */
  open(canonical: string, type?: ActorType, entityId?: string): number {
    let s = this.slotOf.get(canonical);
    if (s === undefined) {
      s = this.newSlot(canonical, type ?? 'PER');
    } else if (type && this.mentionCounts[s] === 0) {
      this.types[s] = TYPES.indexOf(type);
    }
    if (entityId && !this.entityIds[s]) this.entityIds[s] = entityId;
    return s;
  }

  /** A name with its totals and articles as saved (CorpusIndex.restore). */
  take(total: ActorTotal, ids: NameIds): void {
    const s = this.newSlot(total.canonical, total.type);
    if (total.entityId) this.entityIds[s] = total.entityId;
    this.mentionCounts[s] = total.mentions;
    this.articleCounts[s] = total.articles;
    this.quoteCounts[s] = total.quotes;
    this.reportedCounts[s] = total.reported;
    this.idsBySlot[s] = ids;
  }

  /** Adds to the slot's counts (negative to take away). */
  count(s: number, mentions: number, articles: number, quotes: number, reported: number): void {
    (this.mentionCounts[s] as number) += mentions;
    (this.articleCounts[s] as number) += articles;
    (this.quoteCounts[s] as number) += quotes;
    (this.reportedCounts[s] as number) += reported;
  }

  mentions(s: number): number {
    return this.mentionCounts[s] as number;
  }

  canonical(s: number): string {
    return this.names[s] as string;
  }

  /** Whether the slot holds a name (it is not free). */
  has(s: number): boolean {
    return this.names[s] !== undefined;
  }

  ids(s: number): NameIds {
    return this.idsBySlot[s];
  }

  setIds(s: number, ids: NameIds): void {
    this.idsBySlot[s] = ids;
  }

  /** Drops the slot's name when no count and no article is left to it. */
  dropIfEmpty(s: number): void {
    if (this.mentionCounts[s] !== 0 || this.quoteCounts[s] !== 0 || this.reportedCounts[s] !== 0 || this.articleCounts[s] !== 0) return;
    const canonical = this.names[s];
    if (canonical === undefined || this.slotOf.get(canonical) !== s) return;
    this.slotOf.delete(canonical);
    this.names[s] = undefined;
    this.entityIds[s] = undefined;
    this.idsBySlot[s] = undefined;
    this.freeSlots.push(s);
  }

  /** The slot's totals, as an object of their own: later changes do not reach it. */
  total(s: number): ActorTotal {
    const t: ActorTotal = {
      canonical: this.names[s] as string,
      type: TYPES[this.types[s] as number] as ActorType,
      mentions: this.mentionCounts[s] as number,
      articles: this.articleCounts[s] as number,
      quotes: this.quoteCounts[s] as number,
      reported: this.reportedCounts[s] as number,
    };
    const entityId = this.entityIds[s];
    if (entityId !== undefined) t.entityId = entityId;
    return t;
  }

  private newSlot(canonical: string, type: ActorType): number {
    let s = this.freeSlots.pop();
    if (s === undefined) {
      s = this.names.length;
      this.grow(s + 1);
      this.names.push(canonical);
      this.entityIds.push(undefined);
      this.idsBySlot.push(undefined);
    } else {
      this.names[s] = canonical;
    }
    this.types[s] = TYPES.indexOf(type);
    this.mentionCounts[s] = 0;
    this.articleCounts[s] = 0;
    this.quoteCounts[s] = 0;
    this.reportedCounts[s] = 0;
    this.slotOf.set(canonical, s);
    return s;
  }

  /** The count columns with room for `slots` slots at least (doubling). */
  private grow(slots: number): void {
    if (slots <= this.types.length) return;
    let size = this.types.length;
    while (size < slots) size *= 2;
    const grown = <T extends Uint8Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.types = grown(this.types, (n) => new Uint8Array(n));
    this.mentionCounts = grown(this.mentionCounts, (n) => new Int32Array(n));
    this.articleCounts = grown(this.articleCounts, (n) => new Int32Array(n));
    this.quoteCounts = grown(this.quoteCounts, (n) => new Int32Array(n));
    this.reportedCounts = grown(this.reportedCounts, (n) => new Int32Array(n));
  }
}
