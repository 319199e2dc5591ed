// "Kabupaten Timor Tengah Selatan … Angka Stunting di TTS Turun": regencies and cities of
// three words and more are written by their initials once the article has named them (TTS,
// TTU, HST, OKU, PPU); an unknown acronym reads as an organisation. An acronym the article
// spells by the initials of a region it names is that region (recog37, dev d174), where
// the words around it make it a place: a place preposition or a region's word right before
// it ("di TTS", "Pemkab TTS", "Bupati TTS"), or it opening a line as the dateline ("TTS, …").
// Bodies have initials too, and one of a region's initials is common ("Ketua LPK" after
// "Lima Puluh Kota" is a body's chairman, fixB37): without such words it stays as found.
import { DASH_CLASS } from '../text/chars';
import type { ActorMention } from './types';
import { LEADING_REGION_PREFIX } from './regional-names';

const DASH_OR_PAREN_AHEAD = new RegExp(String.raw`^ *[${DASH_CLASS}(]`);
/** A word right before the acronym that makes it a place. */
const PLACE_WORD_BEFORE = /(?:^|[^\p{L}])(?:di|ke|dari|Di|Ke|Dari|Kabupaten|Kab\.|Pemkab|Pemkot|Bupati|Kota|wilayah|warga|asal) +$/u;
/** How far back the place word is looked for. */
const REACH = 12;
/** Shorter initials are too often another body's acronym. */
const MIN_LETTERS = 3;
/** Region names' initials (null: none), kept across texts: the same regions come back in
 *  article after article, and working them out again (a regex replace, a split and a test
 *  per word) was about one per cent of the recognizer's time over generated articles. */
const INITIALS_OF = new Map<string, string | null>();
/** Bound of INITIALS_OF: a place the KB does not know has the text's own words as its name. */
const MAX_REMEMBERED = 4096;

/** Retypes as the region each unknown mention (per `unknown`) whose text is the initials of
 *  a multi-word region mentioned in the article, where `text` around it makes it a place, and
 *  tells `found(k)` (a weak acronym after "di" is confirmed so: actors/acronym-evidence.ts). */
export function regionAcronyms(m: ActorMention[], unknown: (k: number) => boolean, text: string, found?: (k: number) => void): void {
  const regions = regionsByInitials(m);
  if (regions === undefined) return;
  for (let k = 0; k < m.length; k++) {
    const region = regions.get(m[k].text);
    if (region === undefined || !unknown(k) || !placeContext(text, m[k].start, m[k].end)) continue;
    m[k].type = 'GPE';
    m[k].canonical = region.canonical;
    // (initials the KB knew as another body, "OKI": that body's identity goes with it)
    if (m[k].entityId !== undefined) m[k].entityId = region.entityId;
    found?.(k);
  }
}

/** The multi-word regions the article names (`m`'s places), by their initials ("TTS" ->
 *  the mention of Kabupaten Timor Tengah Selatan), or undefined when it names none. Of two
 *  regions with the same initials the one named last wins. */
export function regionsByInitials(m: readonly ActorMention[]): Map<string, ActorMention> | undefined {
  let regions: Map<string, ActorMention> | undefined;
  // Each region's initials worked out once (INITIALS_OF); still set per mention, so that
  // of two regions with the same initials the one named last wins, as it always has.
  for (let k = 0; k < m.length; k++) {
    if (m[k].type !== 'GPE') continue;
    const c = m[k].canonical;
    if (c.indexOf(' ') < 0) continue;
    let initials = INITIALS_OF.get(c);
    if (initials === undefined) {
      if (INITIALS_OF.size >= MAX_REMEMBERED) INITIALS_OF.clear();
      initials = regionInitials(c);
      INITIALS_OF.set(c, initials);
    }
    if (initials !== null) (regions ??= new Map()).set(initials, m[k]);
  }
  return regions;
}

/** "Dinas Pertanian Kabupaten TTS", "Komisi I DPRD OKI": a body's name whose last word is the
 *  initials of a region in `regions` (regionsByInitials), with that region written out in
 *  their place ("Dinas Pertanian Kabupaten Timor Tengah Selatan", "Komisi I DPRD Ogan
 *  Komering Ilir"), for the regional body's identity to be read from; else undefined. */
export function withRegionSpeltOut(name: string, regions: ReadonlyMap<string, ActorMention>): string | undefined {
  const sp = name.lastIndexOf(' ');
  if (sp < 0) return undefined;
  const region = regions.get(name.slice(sp + 1));
  return region === undefined ? undefined : `${name.slice(0, sp)} ${region.canonical.replace(LEADING_REGION_PREFIX, '')}`;
}

/** The initials of a region of three capitalised words or more ("Timor Tengah Selatan" ->
 *  "TTS", without its prefix), or null. */
function regionInitials(canonical: string): string | null {
  const words = canonical.replace(LEADING_REGION_PREFIX, '').split(' ');
  if (words.length < MIN_LETTERS || !words.every((w) => CAPITALISED.test(w))) return null;
  return words.map((w) => w.charAt(0)).join('');
}
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The acronym at text[start, end) stands where a place does: after a place word, or as a
 *  dateline opening its line ("TTS, Pos Kupang –", "HST - ", "TTS (ANTARA) -"). */
function placeContext(text: string, start: number, end: number): boolean {
  if (PLACE_WORD_BEFORE.test(text.slice(Math.max(0, start - REACH), start))) return true;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  const next = text.charCodeAt(end);
  return next === 44 /* , */ || (next === 32 && DASH_OR_PAREN_AHEAD.test(text.slice(end, end + 4)));
}
