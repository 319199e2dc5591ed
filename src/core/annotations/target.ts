import type { TextTarget } from './types';

/** Context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;

/** Builds a target for `text.slice(start, end)` with fresh prefix and suffix. */
export function makeTarget(text: string, start: number, end: number): TextTarget {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`target [${start}, ${end}) is outside the text (length ${text.length})`);
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: contextBefore(text, start),
    suffix: contextAfter(text, end),
  };
}

/** Up to CONTEXT_LENGTH units before `offset`, never starting inside a surrogate pair. */
export function contextBefore(text: string, offset: number): string {
  let from = Math.max(0, offset - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return text.slice(from, offset);
}

/** Up to CONTEXT_LENGTH units after `offset`, never ending inside a surrogate pair. */
export function contextAfter(text: string, offset: number): string {
  let to = Math.min(text.length, offset + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return text.slice(offset, to);
}

/** True when the target's quote is exactly what the text holds at its position. */
export function targetMatches(text: string, target: TextTarget): boolean {
  return target.end <= text.length && text.slice(target.start, target.end) === target.exact;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
