// "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas II Tegal" (KSOP), "Kantor Otoritas
// Bandar Udara …": the ministry of transport runs every port's harbour master and port
// authority as one office, named by both with "dan" between them. An organisation's name
// otherwise ends at "dan" before another body's head ("Liga Arab dan Uni Afrika"), but an
// authority ("Otoritas") joined to an office's remit is the second half of that office's
// name, not a second body: a port authority on its own is written without "Kantor … dan".
import { adjacent, kbMatch, low, type Ctx } from './ctx';

/** Heads of an office named by its remits. */
const OFFICE_HEADS = new Set(['kantor']);
/** Body heads that, after "dan" inside an office's name, name its second remit. */
const JOINED_REMITS = new Set(['otoritas']);

/** Token j, after " dan " inside the name of the office headed by token i, starts the
 *  office's second remit and is followed by more of its name; a body the KB knows
 *  ("Otoritas Jasa Keuangan") is another body. */
export function jointOfficeGoesOn(ctx: Ctx, i: number, j: number): boolean {
  return j > i + 1 && OFFICE_HEADS.has(low(ctx, i)) && JOINED_REMITS.has(low(ctx, j)) && j + 1 < ctx.nt && adjacent(ctx, j, j + 1) &&
    !kbMatch(ctx, j);
}
