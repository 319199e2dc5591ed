// Splits a long sorted list into ranges so that no tree level lists more than `max`
// items: 10,000 articles in one folder become 20 ranges of 500 ("artikel-000 – artikel-004"),
// and more than max × max items get a second level of ranges. Each range is labelled by
// the shortest prefixes of its first and last keys that tell it apart from its
// neighbours, so labels read like a dictionary's running heads. Pure, unit-tested.

export interface KeyRange<T> {
  /** Label of the first and last key (prefixes; equal when one prefix names the range). */
  first: string;
  last: string;
  /** Items in the range, over all its sub-ranges. */
  count: number;
  /** The items, when the range lists them; otherwise its sub-ranges. */
  items?: T[];
  ranges?: KeyRange<T>[];
}

/**
 * `items` must be in display order and `keyOf` must follow that order (keys that sort
 * like the items). Returns undefined when the items fit on one level (at most `max`).
 * `minLabel`: labels are at least this many characters of the key (e.g. 10 for a key
 * that starts with a YYYY-MM-DD date, so a date range never reads "2024-0 – 2024-0").
 */
export function splitIntoRanges<T>(items: readonly T[], max: number, keyOf: (item: T) => string, minLabel = 1): KeyRange<T>[] | undefined {
  if (max < 2) throw new Error(`splitIntoRanges: max must be at least 2, not ${max}`);
  if (items.length <= max) return undefined;
  const keys = items.map(keyOf);
  let level: Array<{ from: number; to: number; range: KeyRange<T> }> = chunks(items.length, max).map(([from, to]) => ({
    from,
    to,
    range: { first: '', last: '', count: to - from, items: items.slice(from, to) },
  }));
  label(level, keys, minLabel);
  while (level.length > max) {
    const lower = level;
    level = chunks(lower.length, max).map(([from, to]) => ({
      from: lower[from]!.from,
      to: lower[to - 1]!.to,
      range: { first: '', last: '', count: lower[to - 1]!.to - lower[from]!.from, ranges: lower.slice(from, to).map((l) => l.range) },
    }));
    label(level, keys, minLabel);
  }
  return level.map((l) => l.range);
}

/** [from, to) bounds of ceil(n / max) chunks of nearly equal size. */
function chunks(n: number, max: number): Array<[number, number]> {
  const count = Math.ceil(n / max);
  const size = Math.ceil(n / count);
  const out: Array<[number, number]> = [];
  for (let from = 0; from < n; from += size) out.push([from, Math.min(n, from + size)]);
  return out;
}

/** Labels each range with prefixes long enough to differ from the neighbouring keys and
 *  from the range's other end ("artikel-005 – artikel-009", not "artikel-005 – artikel-00"). */
function label<T>(level: Array<{ from: number; to: number; range: KeyRange<T> }>, keys: readonly string[], minLabel: number): void {
  level.forEach(({ from, to, range }, i) => {
    const first = keys[from]!;
    const last = keys[to - 1]!;
    const inner = Math.max(minLabel, commonPrefix(first, last) + 1);
    range.first = prefix(first, i > 0 ? Math.max(inner, commonPrefix(first, keys[from - 1]!) + 1) : inner);
    range.last = prefix(last, i < level.length - 1 ? Math.max(inner, commonPrefix(last, keys[to]!) + 1) : inner);
  });
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The first `length` UTF-16 units, never ending inside a surrogate pair. */
function prefix(s: string, length: number): string {
  if (length >= s.length) return s;
  const code = s.charCodeAt(length - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? length + 1 : length);
}

/** "a – c", or the one prefix when both ends have the same. */
export function rangeLabel(range: Pick<KeyRange<unknown>, 'first' | 'last'>): string {
  return range.first === range.last ? range.first : `${range.first} – ${range.last}`;
}
