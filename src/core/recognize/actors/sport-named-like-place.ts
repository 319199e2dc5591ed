// "cabang Kano Slalom", "nomor kano sprint", "atlet Kano Jawa Barat": "kano" is the canoe
// and its sport, which the KB's Kano (the Nigerian state and city) shares by spelling. With
// a discipline after it or a sport's noun before it, the word is the sport, no place.
// "Kano" alone ("Gubernur Kano", "di Kano, Nigeria") stays the place.
import { isAsciiLetter } from '../../text/chars';

/** Sports whose Indonesian name is a place the KB knows (four letters, "K" first: see below). */
const SPORTS = ['Kano', 'KANO'];
/** Disciplines written after the sport ("Kano Slalom", "Kano Sprint 500 meter"). */
const DISCIPLINES = /^ (?:[Ss]lalom|[Ss]print|[Pp]olo|[Mm]araton|SLALOM|SPRINT|POLO)(?![\p{L}])/u;
/** A sport's nouns before its name ("cabang Kano", "cabor kano", "nomor Kano", "atlet Kano"). */
const SPORT_NOUNS_BEFORE = /(?:^|[^\p{L}])(?:cabang|cabang olahraga|cabor|nomor|atlet|pelatih|tim|olahraga|pengurus besar|PB) $/iu;

/** p[start, end) is a sport that shares its name with a place, written as the sport. */
export function sportNamedLikePlace(p: string, start: number, end: number): boolean {
  // (most places are no sport: the length and the first letter turn them away unsliced)
  if (end - start !== 4 || p.charCodeAt(start) !== 75 || !SPORTS.includes(p.slice(start, end)) || (end < p.length && isAsciiLetter(p.charCodeAt(end)))) return false;
  return DISCIPLINES.test(p.slice(end, end + 10)) || SPORT_NOUNS_BEFORE.test(p.slice(Math.max(0, start - 24), start));
}
