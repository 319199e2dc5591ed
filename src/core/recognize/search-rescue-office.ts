// "Kantor SAR Mamuju": the national search-and-rescue agency's (Basarnas') office in a town.
// Its official name spells "SAR" out, "Kantor Pencarian dan Pertolongan Mamuju", and keeps
// its seat as written (the seat is a town, not the regency: no "Kabupaten" added, and
// "Pangkalpinang" stays as written). kb-name.ts gives "Basarnas Mataram" the same name.
import type { KbIndex } from '../kb/kb-index';

const SHORT_HEAD = 'Kantor SAR ';
export const SEARCH_RESCUE_OFFICE = 'Kantor Pencarian dan Pertolongan';

/** The official name of a search-and-rescue office written "Kantor SAR <seat>", where the
 *  seat is a place the KB knows; else undefined. */
export function searchRescueOfficeName(name: string, kb: KbIndex): string | undefined {
  if (!name.startsWith(SHORT_HEAD)) return undefined;
  const seat = name.slice(SHORT_HEAD.length);
  const place = kb.lookup(seat) ?? kb.lookup(`Kabupaten ${seat}`);
  return place?.type === 'GPE' ? `${SEARCH_RESCUE_OFFICE} ${seat}` : undefined;
}
