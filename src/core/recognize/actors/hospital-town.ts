// The lead's ruling of session 58 on hospital names (eval/README.md; hospital-names.ts): a town
// INSIDE a hospital's name, right after its type and followed by more capitalised words of the
// name, is part of the name ("RSUD Cibinong Sehat Sentosa", "Rumah Sakit Cibinong Medika
// Utama"); orgExtent ended the hospital at the town and the words after it read as a person. A
// town after a complete name stays apart ("RSUD dr. Slamet Garut": orgExtent's institution's
// city), and the name stops before a person, as a named school's does (school-name.ts).
import { adjacent, has, kbMatch, low, lowIs, type Ctx } from './ctx';
import { F_ORG_HEAD, F_TITLE_HEAD } from './word-class';
import { HOSPITAL_ABBREVIATIONS } from '../hospital-names';
import { readsAsPerson } from '../name-model';

const HOSPITAL_ABBREVIATION_HEADS = new Set(HOSPITAL_ABBREVIATIONS.map((h) => h.toLowerCase()));
/** The most words of the name after the town ("Sehat Sentosa Medika Utama"). */
const MAX_WORDS_AFTER_TOWN = 4;
/** The fewest words a person's name cut off the end of the run has ("… Sentosa Andi Rahman"). */
const MIN_HOLDER_WORDS = 2;

/** The token right after the hospital type opening at head i: "RSUD" (i + 1), "Rumah Sakit",
 *  "Rumah Sakit Umum", "Rumah Sakit Umum Daerah/Pusat"; -1 when i heads no hospital. */
function afterHospitalType(ctx: Ctx, i: number): number {
  if (HOSPITAL_ABBREVIATION_HEADS.has(low(ctx, i))) return i + 1;
  if (!lowIs(ctx, i, 'rumah') || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1) || !lowIs(ctx, i + 1, 'sakit')) return -1;
  let j = i + 2;
  if (j < ctx.nt && adjacent(ctx, j - 1, j) && lowIs(ctx, j, 'umum')) j++;
  if (j < ctx.nt && adjacent(ctx, j - 1, j) && (lowIs(ctx, j, 'daerah') || lowIs(ctx, j, 'pusat'))) j++;
  return j;
}

/** For the hospital headed at token i and a town the KB knows at tokens j..k-1: the end token
 *  of the hospital's name when the town is inside it (right after the type, and capitalised
 *  words of the name after it, none a title's or a body's head or a known name; a title's
 *  word is a word of the name, "Medika Utama"), else -1. A run
 *  that reads as a person's name is the person's ("Direktur RSUD Cibinong Budi Santoso"), and
 *  so is a tail of two words or more ("… Sehat Sentosa Andi Rahman mengatakan"). */
export function hospitalTownInsideEnd(ctx: Ctx, i: number, j: number, k: number): number {
  if (k >= ctx.nt || !adjacent(ctx, k - 1, k) || afterHospitalType(ctx, i) !== j) return -1;
  let r = k;
  while (r < ctx.nt && r - k <= MAX_WORDS_AFTER_TOWN && (r === k || adjacent(ctx, r - 1, r)) &&
    !has(ctx, r, F_TITLE_HEAD | F_ORG_HEAD) && !kbMatch(ctx, r)) r++;
  if (r === k || r - k > MAX_WORDS_AFTER_TOWN) return -1;
  const { p, ts, te } = ctx;
  // (The model reads most runs ending in a person's name as a person's, "Sehat Sentosa Andi
  // Rahman" too: the holder opens with a word that is a given name alone, or is the last two.)
  for (let s = k + 1; r - s >= MIN_HOLDER_WORDS; s++) if (readsAsPerson(p, ts[s], te[s]) && readsAsPerson(p, ts[s], te[r - 1])) return s;
  const lastTwo = r - MIN_HOLDER_WORDS;
  if (lastTwo > k && readsAsPerson(p, ts[lastTwo], te[r - 1])) return lastTwo;
  return readsAsPerson(p, ts[k], te[r - 1]) ? -1 : r;
}
