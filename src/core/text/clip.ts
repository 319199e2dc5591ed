/**
 * The one place a passage, a name or a label is cut short for display (hovers, tree rows,
 * pickers, reports, export messages). Offsets are UTF-16 code units, so a cut at an
 * arbitrary length can fall between the two halves of a surrogate pair (an emoji, a
 * character outside the Basic Multilingual Plane) and leave a lone half, which renders
 * as a replacement character and is not valid UTF-8 when written out. Every cut here
 * moves back by one unit instead.
 */
import { DASH_CLASS } from './chars';

const ELLIPSIS = '…';

/** `end`, or `end - 1` when `end` falls between a high and a low surrogate of `s`. */
export function wholeCharEnd(s: string, end: number): number {
  if (end <= 0) return 0;
  if (end >= s.length) return s.length;
  const before = s.charCodeAt(end - 1);
  const after = s.charCodeAt(end);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? end - 1 : end;
}

/** At most the first `max` code units of `s`, never half a character. */
export function headOf(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, wholeCharEnd(s, max));
}

/** `s` when it has at most `max` code units, else its head with "…", `max` units at most. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : headOf(s, max - 1) + ELLIPSIS;
}

/** At most `max` code points of `s`, cut at a word boundary (unless the only boundary is
 *  very early), with "…" for what was cut; never half a character. For a title (a
 *  headline), which reads badly cut inside a word. It counts code points, not code units
 *  as clip does, because its callers' limits are code points: a line is taken as a
 *  headline whole when it has at most HEADLINE_MAX_CHARS code points (headline.ts), and
 *  the same line must never then be cut. */
export function clipAtWord(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space >= cut.length * 0.6) cut = cut.slice(0, space);
  return cut.replace(TRAILING_BREAKS, '') + ELLIPSIS;
}
const TRAILING_BREAKS = new RegExp(String.raw`[\s,;:${DASH_CLASS}]+$`);

/** `s` on one line (runs of blanks as one space, trimmed), clipped to `max`. */
export function clipLine(s: string, max: number): string {
  return clip(s.replace(/\s+/g, ' ').trim(), max);
}

const OUTER_OPENING = /^\s*["“„«‘']/;
const OUTER_CLOSING = /["”»’']\s*$/;

/** `s` on one line without the quotation marks it opens or closes with, clipped to `max`:
 *  for a title that puts its own marks around it (`Source in “{0}”`), which around a
 *  selected quote read “"Kami …,"”. The marks inside stay. */
export function clipLineInMarks(s: string, max: number): string {
  return clipLine(s.replace(OUTER_OPENING, '').replace(OUTER_CLOSING, ''), max);
}
