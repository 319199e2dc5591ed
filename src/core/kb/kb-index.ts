import type { Kb, KbEntity } from './types';
import { ASCII_HASH_MASK, asciiWordHash, firstToken, foldAccents, hasNonAscii, isAllCaps, isWordCharAt, wordEnd } from './surface';
import { rangesInSteps, runSteps, type Steps } from '../incremental/time-slices';

/** How a surface form was matched: as written in the KB, as the all-caps variant of an
 *  alias ("RUSIA" for "Rusia"), or ignoring diacritics ("Erdogan" for "Erdoğan"). */
export type KbMatchKind = 'exact' | 'caps' | 'folded';

/** One alias occurrence found in a text. `text.slice(start, end)` is the alias; a clitic
 *  that follows it ("Putinlah") is left outside the span, as the annotation spec asks. */
export interface KbMatch {
  start: number;
  end: number;
  entity: KbEntity;
  /** The KB alias that matched (as stored, not as written in the text). */
  alias: string;
  kind: KbMatchKind;
}

/** Two entities claiming the same alias: the first one keeps it (workspace entities come
 *  first after a merge, so a user's alias wins over a built-in one). */
export interface KbAliasCollision {
  alias: string;
  kept: string;
  dropped: string;
}

export interface KbScanOptions {
  /** Indonesian enclitics that may follow a name without a space and are not part of it.
   *  Default: lah, kah, nya, pun, tah. Pass [] to demand a word boundary. */
  clitics?: readonly string[];
}

/** Candidate alias under one first-token key; `form` is what is compared to the text
 *  (the alias itself, its upper-case form, or its accent-folded form). */
interface Candidate {
  form: string;
  alias: string;
  /** null for a suppressed phrase, which blocks shorter aliases inside it. */
  entity: KbEntity | null;
}

/** Candidate lists this long or longer are split by what follows their first token. In
 *  the built-in KB that is a handful ("Kabupaten", "Kementerian", "Kota", "Badan",
 *  "Partai"); a shorter list is turned away on its typed arrays quickly enough. */
const BRANCHING_LIST_LENGTH = 32;

/** The candidates of one first token, longest first (after `seal`), with their
 *  lengths, last characters and characters in one typed array (`codes`): the matcher
 *  turns most candidates away on the first two alone and compares the rest there,
 *  without reading the candidate objects and their strings. Reading a candidate through
 *  its object and string, or through separate arrays of lengths and last characters,
 *  was a cache miss per array on a large text. */
class CandidateList {
  readonly items: Candidate[] = [];
  /** [length, last code unit] of each candidate in order (2 entries each), then each
   *  candidate's code units in the same order, the first `headLen` of them left out
   *  (the text has them already). Int32: an alias may be longer than 65,535. */
  codes = new Int32Array(0);
  /** For an exact or caps list: the length of the first token all its candidates share,
   *  the key the list is filed under. A text that reached the list through that key has
   *  those characters already, so comparisons start after them. 0 for the folded lists,
   *  whose forms are compared whole. */
  headLen = 0;

  /** For a long exact or caps list ("Kabupaten …", over four hundred aliases): the
   *  candidates that can match a text whose two characters after the head's separator
   *  are c1 and c2, filed under c1 * 65536 + c2, in this list's order. Without it, every
   *  "Kabupaten" in a text had each of those aliases compared, a tenth of analyze's
   *  time on the bench text. */
  private branches: Map<number, CandidateList> | undefined;
  /** The candidates too short to reach those two characters: what a text whose
   *  characters file under no branch can still match. */
  private shortOnly: CandidateList | undefined;

  seal(headLen: number, branching = true): void {
    this.headLen = headLen;
    this.items.sort((a, b) => b.form.length - a.form.length);
    const n = this.items.length;
    let size = 2 * n;
    for (const c of this.items) size += Math.max(0, c.form.length - headLen);
    const codes = new Int32Array(size);
    let at = 2 * n;
    this.items.forEach((c, i) => {
      codes[2 * i] = c.form.length;
      codes[2 * i + 1] = c.form.charCodeAt(c.form.length - 1);
      for (let q = headLen; q < c.form.length; q++) codes[at++] = c.form.charCodeAt(q);
    });
    this.codes = codes;
    if (branching && headLen > 0 && this.items.length >= BRANCHING_LIST_LENGTH) this.branch();
  }

  /** The part of this list that can match at `start` of `text` (the whole list when the
   *  text ends too soon to tell). Same order, so the first match found is the same. */
  at(text: string, start: number): CandidateList {
    if (this.branches === undefined) return this;
    const p = start + this.headLen;
    if (p + 2 >= text.length) return this;
    return this.branches.get(text.charCodeAt(p + 1) * 65536 + text.charCodeAt(p + 2)) ?? (this.shortOnly as CandidateList);
  }

  private branch(): void {
    const headLen = this.headLen;
    const branches = new Map<number, CandidateList>();
    const shortOnly = new CandidateList();
    // Longest first: the candidates that reach both characters come before the others,
    // which can match whatever follows and so end every branch.
    for (const c of this.items) {
      if (c.form.length < headLen + 3) {
        shortOnly.items.push(c);
        continue;
      }
      const key = c.form.charCodeAt(headLen + 1) * 65536 + c.form.charCodeAt(headLen + 2);
      let b = branches.get(key);
      if (!b) branches.set(key, (b = new CandidateList()));
      b.items.push(c);
    }
    for (const b of branches.values()) {
      b.items.push(...shortOnly.items);
      b.seal(headLen, false);
    }
    shortOnly.seal(headLen, false);
    this.branches = branches;
    this.shortOnly = shortOnly;
  }
}

/** The candidate lists of one ASCII first token, found with a single lookup. */
export interface AsciiHead {
  exact?: CandidateList;
  caps?: CandidateList;
  accented?: CandidateList;
  /** The token has a capital and no lower-case letter ("NATO", "RUSIA"): its caps list
   *  applies. Kept here since the head belongs to that one token. */
  allCaps: boolean;
}

/** A web domain: a name, then one or more dot-separated lower-case labels. */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[a-z]{2,})+$/u;
const DEFAULT_CLITICS: readonly string[] = ['lah', 'kah', 'nya', 'pun', 'tah'];
const KINDS: readonly KbMatchKind[] = ['exact', 'caps', 'folded'];


/** A match or, with `entity: null`, a suppressed phrase. */
interface Hit {
  start: number;
  end: number;
  entity: KbEntity | null;
  alias: string;
  kind: KbMatchKind;
}

/**
 * Lookup structure for the recognizer. Build it once per KB (`new KbIndex(kb)`), then:
 *
 * - `lookup(surface)`: the entity whose alias is exactly `surface`, else whose alias in
 *   upper case is `surface` (only when `surface` is all caps), else ignoring diacritics.
 * - `matchAt(text, pos)`: the LONGEST alias that starts at `pos` (which must be the start
 *   of a word) and ends at a word boundary or before a clitic. O(candidates sharing the
 *   first token): one Map lookup per strategy, then `startsWith`-style comparisons.
 * - `scan(text)`: every non-overlapping longest match, left to right.
 * - `byId`, `byCanonical`, `description(entity, lang)`, `isSuppressed(surface)`.
 *
 * Aliases are case-sensitive ("AS" is the United States, "as" is not); text is not
 * normalised here, so callers should pass NFC text for the diacritic fallback to align.
 */
/** Set while KbIndex.inSteps makes an index whose filling it runs itself, as steps. */
let unfilled = false;

export class KbIndex {
  readonly entities: readonly KbEntity[];
  readonly byId = new Map<string, KbEntity>();
  /** Canonical name -> entity. Canonicals are unique per type; a canonical shared across
   *  types (none in the built-in KB) maps to the first entity. */
  readonly byCanonical = new Map<string, KbEntity>();
  readonly collisions: KbAliasCollision[] = [];

  private readonly exactAlias = new Map<string, KbEntity>();
  private readonly capsAlias = new Map<string, KbEntity>();
  private readonly foldedAlias = new Map<string, KbEntity>();
  private readonly suppressed: Set<string>;
  private domains: Map<string, KbEntity> | undefined;
  /** length * 65536 + first code unit of every suppressed phrase: most spans are ruled
   *  out on these numbers, without slicing the text. */
  private readonly suppressedKeys = new Set<number>();

  /** First token -> candidates, longest first. */
  private readonly exactByToken = new Map<string, CandidateList>();
  private readonly capsByToken = new Map<string, CandidateList>();
  /** Folded first token -> all aliases (queried when the text token has diacritics). */
  private readonly foldedByToken = new Map<string, CandidateList>();
  /** Folded first token -> only aliases that have diacritics (queried for ASCII tokens). */
  private readonly accentedByToken = new Map<string, CandidateList>();
  /** ASCII first token -> its lists in the three maps above: most words of a text are
   *  ASCII, and one lookup per word instead of three shows on large texts. An open-
   *  addressing table keyed by asciiWordHash rather than a Map: a caller that has hashed
   *  the word already saves the Map's own hashing of a freshly sliced string, which
   *  showed in profiles (it runs for every capitalised word). Slot value: index + 1. */
  private readonly headSlots = new Int32Array(ASCII_HASH_MASK + 1);
  private readonly headKeys: string[] = [];
  private readonly headLists: AsciiHead[] = [];

  constructor(kb: Kb) {
    this.entities = kb.entities;
    this.suppressed = new Set(kb.suppress);
    if (!unfilled) runSteps(this.fillSteps(kb));
  }

  /** The index of `kb` built as steps: the extension host builds the built-in KB's (7,000
   *  entities, 100-400 ms in one go) in slices before the first analysis asks for it. */
  static *inSteps(kb: Kb): Steps<KbIndex> {
    unfilled = true;
    let index: KbIndex;
    try {
      index = new KbIndex(kb);
    } finally {
      unfilled = false;
    }
    yield* index.fillSteps(kb);
    return index;
  }

  /** Three passes, each a loop of its own run per range of a step (rangesInSteps says
   *  why), and few of them: the one-go build (CLI, workers) pays an optimising compile
   *  for each loop that runs long. */
  private *fillSteps(kb: Kb): Steps<void> {
    const entities = kb.entities;
    for (const phrase of this.suppressed) this.suppressedKeys.add(phrase.length * 65536 + phrase.charCodeAt(0));
    yield* rangesInSteps(entities.length, (from, to) => this.addEntities(entities, from, to));
    for (const phrase of this.suppressed) {
      push(this.exactByToken, firstToken(phrase), { form: phrase, alias: phrase, entity: null });
      const upper = phrase.toUpperCase();
      if (upper !== phrase) push(this.capsByToken, firstToken(upper), { form: upper, alias: phrase, entity: null });
    }
    // Upper-case and folded variants are added after every exact alias so that an exact
    // alias always wins over another entity's variant.
    yield* rangesInSteps(entities.length, (from, to) => this.addVariantsOf(entities, from, to));
    const kinds = [[this.exactByToken, 'exact'], [this.capsByToken, 'caps'], [this.foldedByToken, 'folded'], [this.accentedByToken, 'accented']] as const;
    for (const [map, kind] of kinds) {
      const lists = [...map];
      yield* rangesInSteps(lists.length, (from, to) => this.sealLists(lists, from, to, kind));
    }
  }

  /** Ids, canonical names and exact aliases of entities [from, to). */
  private addEntities(entities: readonly KbEntity[], from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const entity = entities[i];
      if (!this.byId.has(entity.id)) this.byId.set(entity.id, entity);
      if (!this.byCanonical.has(entity.canonical)) this.byCanonical.set(entity.canonical, entity);
      for (const alias of entity.aliases) this.addAlias(alias, entity);
    }
  }

  private addVariantsOf(entities: readonly KbEntity[], from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const entity = entities[i];
      for (const alias of entity.aliases) this.addVariants(alias, entity);
    }
  }

  /** Seals lists [from, to) of one token map (exact and caps lists by their token's length,
   *  which a text has matched already) and files those of an ASCII token under its head
   *  (the folded map has none: an ASCII word queries the accented one). */
  private sealLists(lists: readonly (readonly [string, CandidateList])[], from: number, to: number, kind: 'exact' | 'caps' | 'folded' | 'accented'): void {
    for (let i = from; i < to; i++) {
      const [token, list] = lists[i];
      list.seal(kind === 'exact' || kind === 'caps' ? token.length : 0);
      if (kind !== 'folded' && !hasNonAscii(token)) (this.asciiHead(token) ?? this.addHead(token))[kind] = list;
    }
  }

  /** A new, empty head for an ASCII token, in the first free slot after its hash. Every
   *  field is set from the start: heads of one shape, which the lists filed later do not
   *  change (a new field per list kind made the filing loop's compiled code invalid). */
  private addHead(token: string): AsciiHead {
    const head: AsciiHead = { exact: undefined, caps: undefined, accented: undefined, allCaps: /[A-Z]/.test(token) && !/[a-z]/.test(token) };
    let slot = asciiWordHash(token, 0, token.length);
    while (this.headSlots[slot] !== 0) slot = (slot + 1) & ASCII_HASH_MASK;
    this.headKeys.push(token);
    this.headLists.push(head);
    this.headSlots[slot] = this.headKeys.length;
    return head;
  }

  /** True when a workspace file declared that this surface form is never an actor. */
  isSuppressed(surface: string): boolean {
    return this.suppressed.has(surface);
  }

  /** `isSuppressed(text.slice(start, end))`, slicing only when a suppressed phrase of
   *  that length and first character exists (the recognizer asks for every mention). */
  isSuppressedAt(text: string, start: number, end: number): boolean {
    if (!this.suppressedKeys.has((end - start) * 65536 + text.charCodeAt(start))) return false;
    return this.suppressed.has(text.slice(start, end));
  }

  /** The entity a whole surface form refers to, or undefined. */
  lookup(surface: string): KbEntity | undefined {
    if (this.suppressed.has(surface)) return undefined;
    const exact = this.exactAlias.get(surface);
    if (exact) return exact;
    if (isAllCaps(surface)) {
      const caps = this.capsAlias.get(surface);
      if (caps) return caps;
    }
    return this.foldedAlias.get(foldAccents(surface));
  }

  /** An organisation whose alias is a web domain ("Kompas.com", "kumparan.com",
   *  "CNNIndonesia.com"), looked up ignoring case: news text writes an outlet's domain in
   *  lower case too ("kata X kepada kompas.com"). Built on first use. */
  lookupDomain(domain: string): KbEntity | undefined {
    if (!this.domains) {
      this.domains = new Map();
      for (const e of this.entities) {
        if (e.type !== 'ORG') continue;
        for (const a of e.aliases) {
          const key = a.toLowerCase();
          if (DOMAIN.test(a) && !this.domains.has(key)) this.domains.set(key, e);
        }
      }
    }
    return this.domains.get(domain.toLowerCase());
  }

  /** The entity's one-line description in English or Indonesian ('' when a workspace
   *  entity has none). */
  description(entity: KbEntity, lang: 'en' | 'id'): string {
    return entity.description[lang];
  }

  /** The longest alias starting at `pos`, or undefined. `pos` must start a word (the
   *  character before it, if any, is not a letter or digit). */
  matchAt(text: string, pos: number, options?: KbScanOptions): KbMatch | undefined {
    if (pos < 0 || pos >= text.length || !isWordCharAt(text, pos)) return undefined;
    if (pos > 0 && isWordCharAt(text, pos - 1)) return undefined;
    return this.matchToken(text, pos, wordEnd(text, pos), options?.clitics ?? DEFAULT_CLITICS);
  }

  /** `matchAt` for a caller that already holds the word at `pos`: `end` must be
   *  `wordEnd(text, pos)` and `word` `text.slice(pos, end)` (the recognizer has sliced
   *  it already; slicing it again per capitalised word shows in profiles). */
  matchWordAt(text: string, pos: number, end: number, word: string, options?: KbScanOptions, head?: AsciiHead): KbMatch | undefined {
    if (pos < 0 || pos >= text.length || !isWordCharAt(text, pos)) return undefined;
    if (pos > 0 && isWordCharAt(text, pos - 1)) return undefined;
    const hit = this.longestAt(text, pos, end, options?.clitics ?? DEFAULT_CLITICS, word, head);
    return hit && hit.entity ? (hit as KbMatch) : undefined;
  }

  /** The candidate lists of an ASCII word as a first token (undefined: no alias or
   *  suppressed phrase starts with it). `hash`, when given, is asciiWordHash(word) computed
   *  by the caller. A caller that looks a word up anyway passes the result to
   *  `matchWordAt` (`head`), which then does not look the same word up again: the
   *  recognizer does this for every capitalised word that starts an alias. */
  asciiHead(word: string, hash = asciiWordHash(word, 0, word.length)): AsciiHead | undefined {
    for (let slot = hash; ; slot = (slot + 1) & ASCII_HASH_MASK) {
      const k = this.headSlots[slot];
      if (k === 0) return undefined;
      if (this.headKeys[k - 1] === word) return this.headLists[k - 1];
    }
  }

  /** All non-overlapping longest matches, left to right. */
  scan(text: string, options?: KbScanOptions): KbMatch[] {
    const clitics = options?.clitics ?? DEFAULT_CLITICS;
    const out: KbMatch[] = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) : !isWordCharAt(text, i)) {
        i++;
        continue;
      }
      const tokenEnd = wordEnd(text, i);
      const hit = this.longestAt(text, i, tokenEnd, clitics);
      if (hit) {
        if (hit.entity) out.push(hit as KbMatch);
        i = hit.end;
        // A match may end inside a word only before a clitic: skip the rest of that word.
        while (i < n && isWordCharAt(text, i)) i++;
      } else {
        i = tokenEnd;
      }
    }
    return out;
  }

  /** End of a suppressed phrase ("Amerika Latin", "Timur Tengah") starting at `pos`, if
   *  it is the longest candidate there; the recognizer should skip it entirely, so that
   *  "Amerika" inside "Amerika Latin" is not taken for the United States. */
  suppressedEndAt(text: string, pos: number, options?: KbScanOptions): number | undefined {
    if (pos < 0 || pos >= text.length || !isWordCharAt(text, pos)) return undefined;
    if (pos > 0 && isWordCharAt(text, pos - 1)) return undefined;
    const hit = this.longestAt(text, pos, wordEnd(text, pos), options?.clitics ?? DEFAULT_CLITICS);
    return hit && !hit.entity ? hit.end : undefined;
  }

  private matchToken(
    text: string,
    start: number,
    tokenEnd: number,
    clitics: readonly string[],
  ): KbMatch | undefined {
    const hit = this.longestAt(text, start, tokenEnd, clitics);
    return hit && hit.entity ? (hit as KbMatch) : undefined;
  }

  /** Longest candidate (alias or suppressed phrase) at `start`; ties prefer exact over
   *  caps over folded. This runs once per word of the text, so it avoids closures, regexes
   *  and temporary arrays; `tokenEnd` is the end of the word starting at `start`. */
  private longestAt(text: string, start: number, tokenEnd: number, clitics: readonly string[], word?: string, head?: AsciiHead): Hit | undefined {
    const hit = this.longestForToken(text, start, tokenEnd, clitics, word, head);
    if (hit || tokenEnd - start < 4) return hit;
    // "Putinlah": the word is not a first token of any alias, but without its clitic it is.
    for (let c = 0; c < clitics.length; c++) {
      const clitic = clitics[c];
      const stem = tokenEnd - clitic.length;
      if (stem > start && endsWithIgnoringCase(text, tokenEnd, clitic)) {
        return this.longestForToken(text, start, stem, clitics);
      }
    }
    return undefined;
  }

  /** `head`, when given, is `asciiHead(word)` already looked up by the caller. */
  private longestForToken(text: string, start: number, tokenEnd: number, clitics: readonly string[], word?: string, known?: AsciiHead): Hit | undefined {
    this.best = undefined;
    this.bestLen = 0;
    if (known !== undefined) {
      // The caller looked the (ASCII) word up already: its lists and letter case are known.
      this.tryCandidates(known.exact, 0, text, start, clitics);
      if (known.allCaps) this.tryCandidates(known.caps, 1, text, start, clitics);
      this.tryCandidates(known.accented, 2, text, start, clitics);
      return this.best;
    }
    const token = word ?? text.slice(start, tokenEnd);
    let lower = false;
    let upper = false;
    let nonAscii = false;
    for (let i = start; i < tokenEnd; i++) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) upper = true;
      else if (c > 127) nonAscii = true;
    }
    if (!nonAscii) {
      // Same lists as below, from one lookup.
      const head = this.asciiHead(token);
      if (head === undefined) return undefined;
      this.tryCandidates(head.exact, 0, text, start, clitics);
      if (upper && !lower) this.tryCandidates(head.caps, 1, text, start, clitics);
      this.tryCandidates(head.accented, 2, text, start, clitics);
      return this.best;
    }
    this.tryCandidates(this.exactByToken.get(token), 0, text, start, clitics);
    if (nonAscii ? isAllCaps(token) : upper && !lower) {
      this.tryCandidates(this.capsByToken.get(token), 1, text, start, clitics);
    }
    this.tryCandidates(
      nonAscii ? this.foldedByToken.get(foldAccents(token)) : this.accentedByToken.get(token),
      2, text, start, clitics,
    );
    return this.best;
  }

  /** Scratch state of `longestForToken` (kept on the instance to avoid allocations). */
  private best: Hit | undefined;
  private bestLen = 0;

  private tryCandidates(
    list: CandidateList | undefined,
    kind: 0 | 1 | 2,
    text: string,
    start: number,
    clitics: readonly string[],
  ): void {
    if (!list) return;
    list = list.at(text, start);
    const codes = list.codes;
    const headLen = list.headLen;
    const n = list.items.length;
    // Where candidate i's code units start in `codes` (they follow one another).
    let from = 2 * n;
    for (let i = 0; i < n; from += codes[2 * i] - headLen, i++) {
      // Sorted longest first: once not longer than the best, nothing later can win
      // (equal length loses to the earlier, stricter kind).
      const len = codes[2 * i];
      if (len <= this.bestLen) return;
      const end = start + len;
      if (end > text.length) continue;
      if (kind === 2) {
        if (foldAccents(text.slice(start, end)) !== list.items[i].form) continue;
      } else if (text.charCodeAt(end - 1) !== codes[2 * i + 1] || !sameCodesAt(text, start + headLen, codes, from, len - 1 - headLen)) {
        // The last characters first: a long list ("Kementerian …", over a hundred
        // aliases) is mostly turned away there, without a call per candidate.
        continue;
      }
      if (!endsAtBoundary(text, end, clitics)) continue;
      const c = list.items[i];
      this.best = { start, end, entity: c.entity, alias: c.alias, kind: KINDS[kind] };
      this.bestLen = len;
      return;
    }
  }

  private addAlias(alias: string, entity: KbEntity): void {
    if (this.suppressed.has(alias)) return;
    const owner = this.exactAlias.get(alias);
    if (owner && owner !== entity) {
      this.collisions.push({ alias, kept: owner.id, dropped: entity.id });
      return;
    }
    if (owner) return;
    this.exactAlias.set(alias, entity);
    push(this.exactByToken, firstToken(alias), { form: alias, alias, entity });
  }

  private addVariants(alias: string, entity: KbEntity): void {
    if (this.exactAlias.get(alias) !== entity) return; // lost a collision or suppressed
    const upper = alias.toUpperCase();
    if (upper !== alias && !this.exactAlias.has(upper) && !this.capsAlias.has(upper)) {
      this.capsAlias.set(upper, entity);
      push(this.capsByToken, firstToken(upper), { form: upper, alias, entity });
    }
    const folded = foldAccents(alias);
    if (!this.foldedAlias.has(folded)) this.foldedAlias.set(folded, entity);
    const candidate = { form: folded, alias, entity };
    push(this.foldedByToken, firstToken(folded), candidate);
    if (folded !== alias) push(this.accentedByToken, firstToken(folded), candidate);
  }
}

function push(map: Map<string, CandidateList>, key: string, c: Candidate): void {
  let list = map.get(key);
  if (!list) {
    list = new CandidateList();
    map.set(key, list);
  }
  list.items.push(c);
}

/** A match may end at the end of text, before a non-word character, after an alias that
 *  itself ends in punctuation ("Washington, D.C."), or before an Indonesian clitic. */
function endsAtBoundary(text: string, end: number, clitics: readonly string[]): boolean {
  if (end >= text.length || !isWordCharAt(text, end)) return true;
  if (!isWordCharAt(text, end - 1)) return true;
  const suffixEnd = wordEnd(text, end);
  const len = suffixEnd - end;
  for (let c = 0; c < clitics.length; c++) {
    if (clitics[c].length === len && endsWithIgnoringCase(text, suffixEnd, clitics[c])) return true;
  }
  return false;
}

/** `text` from `at` has the `count` code units of `codes` from `from`. */
function sameCodesAt(text: string, at: number, codes: Int32Array, from: number, count: number): boolean {
  for (let q = 0; q < count; q++) if (text.charCodeAt(at + q) !== codes[from + q]) return false;
  return true;
}

/** True when `text` has the lower-case ASCII `suffix` (any letter case) ending at `end`. */
function endsWithIgnoringCase(text: string, end: number, suffix: string): boolean {
  const start = end - suffix.length;
  if (start < 0) return false;
  for (let i = 0; i < suffix.length; i++) {
    if ((text.charCodeAt(start + i) | 0x20) !== suffix.charCodeAt(i)) return false;
  }
  return true;
}
