// The Indonesian region (a province, regency or city) a regional article is about: "Bupati
// Klaten ... Kabupaten Klaten, Jawa Tengah ... warga Klaten", "Gubernur NTB ... Nusa Tenggara
// Barat". Regional news names its region again and again, in places and in the names of its
// bodies ("DPRD Lebak", "BPBD Kota Palu"), and then writes a body of that region's government
// bare ("Komisi IV segera memanggil Dinas Pendidikan"): the annotation names such a body with
// the article's region (dev d143, d159, d266, d287, d291; bare-regional-body.ts applies it).
// A region is the article's when it is named at least twice and at least twice as often as
// any other, a regency's or city's own province not competing with it (the province only
// locates it: "di Kabupaten Klaten, Jawa Tengah"). National news names several regions, or
// only Jakarta (the KB's capital, no province): it has no region.
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/types';
import { PROVINCE, regionKind, REGION_PREFIX_ALTERNATION } from './regional-names';
import type { ActorMention } from './types';

/** A region must be named at least this often to be the article's... */
const MIN_MENTIONS = 2;
/** ...and this many times as often as any other region. */
const DOMINANCE = 2;
/** A body's identity ending in its region with the region's prefix ("Dewan Perwakilan Rakyat
 *  Daerah Kabupaten Lebak", "Badan Penanggulangan Bencana Daerah Kota Palu"). */
const PREFIXED_REGION_TAIL = new RegExp(String.raw` (${REGION_PREFIX_ALTERNATION}) (\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,3})$`, 'u');
/** The province a regency's or city's description places it in ("Regency in Jawa Barat,
 *  Indonesia", "City in East Kalimantan, Indonesia"). */
const IN_PROVINCE = / in ([^,]+), Indonesia$/;

/** The province, regency or city `e` is, with its prefix as a body's name carries it
 *  ("Provinsi Bengkulu", "Kabupaten Lebak", "Kota Palu"), or undefined for another place. */
export function prefixedRegion(e: KbEntity): string | undefined {
  if (e.type !== 'GPE') return undefined;
  const kind = regionKind(e);
  if (kind === undefined) return undefined;
  // (a regency's KB name may carry its prefix already: "Kabupaten Lebak")
  return kind === 'Kabupaten' && e.canonical.startsWith('Kabupaten ') ? e.canonical : `${kind} ${e.canonical}`;
}

/** The region the article is about, read from the places and regional bodies among `ms`
 *  (`kept`), or undefined when it names none often enough or several alike. */
export function articleRegion(ms: readonly ActorMention[], kept: (k: number) => boolean, kb: KbIndex): KbEntity | undefined {
  let counts: Map<KbEntity, number> | undefined;
  const count = (e: KbEntity | undefined): void => {
    if (e === undefined || prefixedRegion(e) === undefined) return;
    (counts ??= new Map()).set(e, (counts.get(e) ?? 0) + 1);
  };
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!kept(k)) continue;
    if (m.type === 'GPE') {
      if (m.entityId !== undefined) count(kb.byId.get(m.entityId));
    } else if (m.type === 'ORG') {
      const tail = PREFIXED_REGION_TAIL.exec(m.canonical);
      if (tail !== null) count(kb.lookup(tail[1] === 'Kabupaten' ? `Kabupaten ${tail[2]}` : tail[2]));
    }
  }
  if (counts === undefined) return undefined;
  let top: KbEntity | undefined;
  let topCount = 0;
  // (a regency or city named as often as its own province is the more precise reading)
  for (const [e, n] of counts) if (n > topCount || (n === topCount && top !== undefined && provinceOf(e, kb) === top)) { top = e; topCount = n; }
  if (top === undefined || topCount < MIN_MENTIONS) return undefined;
  const own = provinceOf(top, kb);
  for (const [e, n] of counts) {
    if (e === top || e === own) continue;
    if (topCount < DOMINANCE * n) return undefined;
  }
  return top;
}

/** The KB province a regency or city lies in, when its description names one the KB knows. */
function provinceOf(e: KbEntity, kb: KbIndex): KbEntity | undefined {
  const m = IN_PROVINCE.exec(e.description.en);
  const p = m === null ? undefined : kb.lookup(m[1]);
  return p !== undefined && p.type === 'GPE' && PROVINCE.test(p.description.en) ? p : undefined;
}
