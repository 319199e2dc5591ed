// "BPSK Surabaya Menangkan Konsumen …" over an article naming "Badan Penyelesaian Sengketa
// Konsumen (BPSK) Kota Surabaya": a headline writes a regional body by its short name and its
// region, and reads the short name as the body the article names (headline-names.ts) and the
// region as a place of its own. The body with the region is one mention, as in the body text
// (session 51, dev d349): when the body, written as one word, names a body whose identity ends
// in the place's name, the place right after it is the body's region.
import type { ActorMention } from './types';
import { LEADING_REGION_PREFIX } from './regional-names';

/** Joins, in `actors` (in text order, non-overlapping), each one-word organisation inside a
 *  headline line (`lines`: [start, end) pairs in text order) to the place one space after it
 *  whose name its identity ends in, dropping the place's mention. */
export function joinHeadlineBodiesToRegions(text: string, actors: ActorMention[], lines: readonly number[]): void {
  let w = 0;
  let line = 0;
  for (let k = 0; k < actors.length; k++) {
    const m = actors[k];
    const next = actors[k + 1];
    while (line < lines.length && lines[line + 1] <= m.start) line += 2;
    if (next !== undefined && line < lines.length && m.start >= lines[line] && next.end <= lines[line + 1] && bodyBeforeItsRegion(text, m, next)) {
      actors[w++] = { ...m, end: next.end, text: text.slice(m.start, next.end) };
      k++;
      continue;
    }
    actors[w++] = m;
  }
  actors.length = w;
}

/** `org` is one word, one space before the place `place` its identity ends in. */
function bodyBeforeItsRegion(text: string, org: ActorMention, place: ActorMention): boolean {
  return place.start === org.end + 1 && text.charCodeAt(org.end) === 32 && org.text.indexOf(' ') < 0 && identityEndsInPlace(org, place);
}

/** The organisation `org`'s identity ends in the name of the place `place` ("Badan … Kota
 *  Surabaya", "Surabaya"): the place is the body's region. */
export function identityEndsInPlace(org: ActorMention, place: ActorMention): boolean {
  if (org.type !== 'ORG' || place.type !== 'GPE') return false;
  const name = place.canonical.replace(LEADING_REGION_PREFIX, '');
  const c = org.canonical;
  return c.length > name.length + 1 && c.endsWith(name) && c.charCodeAt(c.length - name.length - 1) === 32;
}
