/**
 * Offset units. Sorot stores UTF-16 code units (JavaScript string indexes); brat and the
 * W3C selectors count Unicode code points, so an emoji (a surrogate pair) is 2 units but
 * 1 code point. These helpers convert in one pass per article.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** Returns f(utf16Offset) -> code point offset for this text. */
export function utf16ToCodePoints(text: string): (offset: number) => number {
  if (!SURROGATE.test(text)) return (o) => o;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // The low half of a pair maps to the same code point as its high half.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (o) => map[o];
}

/** Returns f(codePointOffset) -> UTF-16 offset, or -1 when beyond the text. */
export function codePointsToUtf16(text: string): (offset: number) => number {
  if (!SURROGATE.test(text)) return (o) => (o >= 0 && o <= text.length ? o : -1);
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
  }
  starts.push(text.length);
  return (o) => (Number.isInteger(o) && o >= 0 && o < starts.length ? starts[o] : -1);
}

export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
