// "Direktur … Anggota Bursa BEI Irwanto …", "kantor Badan BPS": an organisation
// head written before the initials of a body the KB knows, when the body's own name opens with
// that head word (Bursa Efek Indonesia, Badan Pusat Statistik), repeats the first word of
// the initials: it is no part of a longer body's name ("Bursa BEI" read as a body of its own,
// and the known BEI lost), so the head is left out and the initials are the mention. (Where
// the KB knows the two words as one name, "Bank BTN", that name is the mention.)
import { kbMatch, low, type Ctx } from './ctx';

/** Token i (an organisation head) is the first word of the name of the body the KB knows
 *  right after it, which ends the run [i, j). */
export function headRepeatsKnownName(ctx: Ctx, i: number, j: number): boolean {
  if (j !== i + 2) return false;
  // ("Bank BTN": the KB knows the two words as one name)
  const whole = kbMatch(ctx, i);
  if (whole && whole.end >= ctx.te[i + 1]) return false;
  const known = kbMatch(ctx, i + 1);
  if (!known || known.entity.type !== 'ORG' || known.end !== ctx.te[i + 1]) return false;
  const head = low(ctx, i);
  const name = known.entity.canonical;
  return name.length > head.length && name.charCodeAt(head.length) === 32 && name.slice(0, head.length).toLowerCase() === head;
}
