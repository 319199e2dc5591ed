/** The first `max` of `items` joined by `separator`, and `more(n)` after them when `n`
 *  more were left out: a message names a few of a long list and says how many it left
 *  out, rather than let the reader think the few were all. */
export function firstFew(items: readonly string[], max: number, more: (n: number) => string, separator = '; '): string {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown}${separator}${more(items.length - max)}` : shown;
}
