/** Appends `item` to a list that is usually short (a paragraph's quotes or speech
 *  events), making it on the first item: `[item]` takes one slot, while the first push
 *  onto an empty array reserves seventeen, which over a long text was a large share of
 *  the recognizer's garbage. */
export function appendSmall<T>(list: T[] | undefined, item: T): T[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}
