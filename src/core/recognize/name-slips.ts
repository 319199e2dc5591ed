// Issue 13, pattern 10: a person's full name misspelt once in an article ("Surasak
// Phongpanich" beside "Surasak Pongpanich"). Without this the misspelt mention, and the
// one-word mentions of its misspelt part, are another person.
//
// Safe by construction: only names the KB does not know; only names of the same number
// of words that differ in ONE word; that word differs by one letter (inserted, dropped,
// replaced, or two neighbours swapped), keeps its first letter, and has five letters or
// more ("Ahmad Kamal" / "Ahmad Jamal", "Andi" / "Andri" are different people).


/** The shorter of two differing words has at least this many characters. */
const MIN_WORD = 5;
/** Names sharing a word beyond this many are not compared (a generated or listing text). */
const MAX_GROUP = 16;
/** A text with more distinct full names than this is many articles run together (a
 *  corpus file, the 20 MB benchmark): a slip is told within one article, and comparing
 *  names across all of them would both cost and join different people. */
export const MAX_NAMES = 300;

/** `written`: the article's distinct unknown full names as written (two words or more),
 *  in order of first appearance, with how often each was written. Keys and values of
 *  the result are single-spaced. Returns each name
 *  that is a slip of another, mapped to that other: the one written more often, or the
 *  first written when as often. */
export function nameSlips(written: ReadonlyMap<string, number>): Map<string, string> {
  const slips = new Map<string, string>();
  if (written.size < 2 || written.size > MAX_NAMES) return slips;
  // (identities are single-spaced already: the article is read so, plain-spaces.ts)
  const names = written;
  // Grouped by word count and first word (the surname differs) and by word count and
  // last word (the given name differs): only names in one group are compared.
  const groups = new Map<string, string[]>();
  for (const name of names.keys()) {
    const words = name.split(' ');
    for (const key of [`${words.length} ${words[0]}`, `${words.length} ${words[words.length - 1]}`]) {
      const g = groups.get(key);
      if (!g) groups.set(key, [name]);
      else if (g.length <= MAX_GROUP) g.push(name);
    }
  }
  const order = new Map<string, number>();
  let n = 0;
  for (const name of names.keys()) order.set(name, n++);
  for (const g of groups.values()) {
    if (g.length < 2 || g.length > MAX_GROUP) continue;
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (!oneWordSlip(g[i], g[j])) continue;
        const [a, b] = [g[i], g[j]];
        const ca = names.get(a) ?? 0;
        const cb = names.get(b) ?? 0;
        const keep = ca > cb || (ca === cb && (order.get(a) ?? 0) < (order.get(b) ?? 0)) ? a : b;
        const slip = keep === a ? b : a;
        if (!slips.has(slip) && !slips.has(keep)) slips.set(slip, keep);
      }
    }
  }
  return slips;
}

/** The two names differ in exactly one word, and that word by one letter. */
function oneWordSlip(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  let differing = -1;
  for (let k = 0; k < wa.length; k++) {
    if (wa[k] === wb[k]) continue;
    if (differing >= 0) return false;
    differing = k;
  }
  if (differing < 0) return false;
  const x = wa[differing];
  const y = wb[differing];
  return Math.min(x.length, y.length) >= MIN_WORD && x[0] === y[0] && withinOneEdit(x, y);
}

/** One insertion, deletion, substitution or swap of neighbours turns x into y. */
export function withinOneEdit(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (x.length === y.length) {
    if (x.slice(i + 1) === y.slice(i + 1)) return true;
    return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
  }
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : x.slice(i) === y.slice(i + 1);
}
