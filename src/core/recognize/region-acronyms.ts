// "Kabupaten Timor Tengah Selatan … Angka Stunting di TTS Turun": regencies and cities of
// three words and more are written by their initials once the article has named them (TTS,
// TTU, HST, OKU, PPU); an unknown acronym reads as an organisation. An acronym the article
// spells by the initials of a region it names is that region (recog37, dev d174).
import type { ActorMention } from './types';

const PREFIX = /^(?:Kabupaten|Kota|Provinsi) /;
/** Shorter initials are too often another body's acronym. */
const MIN_LETTERS = 3;

/** Retypes as the region each unknown mention (per `unknown`) whose text is the initials of
 *  a multi-word region mentioned in the article. */
export function regionAcronyms(m: ActorMention[], unknown: (k: number) => boolean): void {
  let regions: Map<string, string> | undefined;
  for (let k = 0; k < m.length; k++) {
    if (m[k].type !== 'GPE') continue;
    const c = m[k].canonical;
    if (c.indexOf(' ') < 0) continue;
    const words = c.replace(PREFIX, '').split(' ');
    if (words.length < MIN_LETTERS || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) continue;
    (regions ??= new Map()).set(words.map((w) => w.charAt(0)).join(''), c);
  }
  if (regions === undefined) return;
  for (let k = 0; k < m.length; k++) {
    const region = regions.get(m[k].text);
    if (region === undefined || !unknown(k)) continue;
    m[k].type = 'GPE';
    m[k].canonical = region;
  }
}
