// "Dinas Pemberdayaan Masyarakat dan Desa (DPMD) … Kepala DPMD Pandeglang …", "Gabungan
// Pengusaha Kelapa Sawit Indonesia (GAPKI) Kalimantan Barat … Ketua GAPKI Kalbar": regional
// news defines a body's acronym once and then writes the body with the acronym and its
// region. The body's identity is its official name, the full name the article spelt out with
// the region after it, not the acronym with the region (dev d309, d324); the bare body,
// spelt out or by acronym, then takes that regional identity (bare-regional-body.ts).
import { COMPANY_NAME } from './org-short-forms';
import type { ActorMention } from './types';
import { REGION_PREFIX_ALTERNATION } from './regional-names';

/** A regency's, city's or province's identity ("Kabupaten Pandeglang"). */
const REGION_PREFIXED = new RegExp(String.raw`^(?:${REGION_PREFIX_ALTERNATION}) \p{Lu}`, 'u');

/** Gives each mention (`unknown`: not found by the KB) whose identity is an acronym the
 *  article defines (`written`: the acronym -> the full name as written) followed by a
 *  region ("DPMD Kabupaten Pandeglang": a regency, city or province, or a place the article
 *  names) the full name in place of the acronym ("Dinas Pemberdayaan Masyarakat dan Desa
 *  Kabupaten Pandeglang"). Other words after the acronym ("SMA Negeri 1", where the article
 *  defines another "SMA") are no region: those identities stay. */
export function spellOutRegionalAcronyms(ms: ActorMention[], written: ReadonlyMap<string, string>, unknown: (k: number) => boolean): void {
  let places: Set<string> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === 'GPE') (places ??= new Set()).add(m.canonical);
  }
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !unknown(k)) continue;
    const c = m.canonical;
    const sp = c.indexOf(' ');
    if (sp < 2) continue;
    const full = written.get(c.slice(0, sp));
    // (a full name that holds spaces: the acronym's own words are no definition)
    // (nor a company's: "STI Pangkep" after "PT Semen Tonasa Indah (STI)" is its plant, no
    // company named with a regency, review47)
    if (full === undefined || full.indexOf(' ') < 0 || COMPANY_NAME.test(full)) continue;
    const rest = c.slice(sp + 1);
    if (!REGION_PREFIXED.test(rest) && !places?.has(rest)) continue;
    m.canonical = full + c.slice(sp);
  }
}
