// "di Kecamatan Pelaihari", "Desa Ambungan, Kecamatan Taliwang": a regency's seat named after
// "Kecamatan" is the kecamatan that bears its name, which the annotation spec makes a region,
// no actor (a kecamatan is no mention; the town alone, "di Pelaihari", is a GPE). So after the
// other units below a regency ("Kelurahan Tenggarong", "Desa …", "Distrik Sentani") and the
// features named after a seat ("Bandara Sentani", "Danau Sentani"): the unit, the airport or
// the lake is meant, not the town (review52b). (Only seats: a KB city after "Bandara" keeps
// the town, as feature-named-after-place.ts explains.)
import { IDN_SEATS } from '../../kb/builtin';
import { isSeat } from '../../kb/seats';
import type { KbEntity } from '../../kb/types';

const HEADS = ['Kecamatan', 'kecamatan', 'Kec.', 'Kelurahan', 'kelurahan', 'Kel.', 'Desa', 'desa', 'Distrik', 'distrik',
  'Bandara', 'bandara', 'Danau', 'danau'];

/** The KB place at `start` is a seat right after one of HEADS (one space between). */
export function seatAfterKecamatan(p: string, start: number, place: KbEntity): boolean {
  if (start < 2 || p.charCodeAt(start - 1) !== 32) return false;
  if (!HEADS.some((w) => p.startsWith(w, start - 1 - w.length) && (start - 1 - w.length === 0 || !/\p{L}/u.test(p[start - 2 - w.length])))) return false;
  return isSeat(place, IDN_SEATS);
}
