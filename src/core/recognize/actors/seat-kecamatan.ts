// "di Kecamatan Pelaihari", "Desa Ambungan, Kecamatan Taliwang": a regency's seat named after
// "Kecamatan" is the kecamatan that bears its name, which the annotation spec makes a region,
// no actor (a kecamatan is no mention; the town alone, "di Pelaihari", is a GPE).
import { IDN_SEATS } from '../../kb/builtin';
import { isSeat } from '../../kb/seats';
import type { KbEntity } from '../../kb/types';

const KECAMATAN = ['Kecamatan', 'kecamatan', 'Kec.'];

/** The KB place at `start` is a seat right after "Kecamatan " (one space between). */
export function seatAfterKecamatan(p: string, start: number, place: KbEntity): boolean {
  if (start < 2 || p.charCodeAt(start - 1) !== 32) return false;
  if (!KECAMATAN.some((w) => p.startsWith(w, start - 1 - w.length) && (start - 1 - w.length === 0 || !/\p{L}/u.test(p[start - 2 - w.length])))) return false;
  return isSeat(place, IDN_SEATS);
}
