// "Ketua RT 05 Slamet Riyadi", "warga RT 03/RW 07", "Ketua RT setempat": RT (rukun
// tetangga) and RW (rukun warga) are a village's neighbourhood units, no actors in the
// annotation spec (villages and neighbourhoods), though the KB knows "RT" as the Russian
// TV network. A number or the other unit after the word, or a head's title before it,
// makes it the neighbourhood; "RT melaporkan …", "kata RT" stay the network. So does a
// count before it ("40 RT terendam", "tiga RT", "setiap RT"): a body is not counted.
import { isDigit, wordBefore } from '../../text/chars';
import { QUANTIFIER_WORDS } from '../lexicon';
import type { KbIndex } from '../../kb/kb-index';

const UNITS = ['RT', 'RW'];
/** Titles of a neighbourhood unit's head, as written before it ("Ketua RT", "Pak RW"). */
const HEADS = ['Ketua ', 'ketua ', 'Pak ', 'pak ', 'Bu ', 'bu '];

/** p[start, end) is "RT" or "RW" naming a neighbourhood unit. */
export function isNeighbourhoodUnit(p: string, start: number, end: number, kb: KbIndex): boolean {
  if (end - start !== 2 || !UNITS.includes(p.slice(start, end))) return false;
  const c = p.charCodeAt(end);
  if (c === 47 && UNITS.includes(p.slice(end + 1, end + 3))) return true; // "RT/RW"
  if ((c === 32 || c === 46) && isDigit(p.charCodeAt(end + 1))) return true; // "RT 05", "RT.05"
  if (isDigit(c)) return true; // "RT05"
  for (const h of HEADS) if (start >= h.length && p.startsWith(h, start - h.length)) return true;
  return countedBefore(p, start) && !coordinatedWithBody(p, end, kb);
}

/** "Semua RT dan Sputnik diblokir", "Seluruh RT, Sputnik dan TASS": a counted "RT" listed
 *  with a body the KB knows is one of the bodies (the network), not neighbourhoods ("40 RT dan
 *  12 RW", "Semua RT dan Dusun Krajan" list units and places). */
const COORDINATED_WORD = /^(?:,| dan| serta| atau) (\p{Lu}[\p{L}\d]*)/u;

function coordinatedWithBody(p: string, end: number, kb: KbIndex): boolean {
  const m = COORDINATED_WORD.exec(p.slice(end, end + 40));
  return m !== null && kb.lookup(m[1] as string)?.type === 'ORG';
}

/** A number (not a year) or a counting word ("40", "tiga", "setiap", "sejumlah") stands right before `start`. */
function countedBefore(p: string, start: number): boolean {
  if (start < 2 || p.charCodeAt(start - 1) !== 32) return false;
  const before = wordBefore(p, start);
  if (before === null || before.end !== start - 1) return false;
  // ("Pada 2024 RT melaporkan …": a year dates the sentence, it counts nothing)
  if (isDigit(p.charCodeAt(before.end - 1))) return !YEAR.test(p.slice(before.start, before.end));
  return QUANTIFIER_WORDS.hasAt(p, before.start, before.end);
}
const YEAR = /^(?:19|20)\d\d$/;
