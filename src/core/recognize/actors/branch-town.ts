// "Kepala BRI Cabang Ketapang Yannes Kurniawan", "Manajer BPJS Kesehatan Cabang Atambua
// Maria Bere": a branch is named for its town, and the branch head's full name follows with
// no comma. A town the KB does not know was read with the name as one unknown run, so the
// body swallowed its head ("BRI Cabang Ketapang Yannes Kurniawan") and the speaker with it.
// A town after a branch word is one word far more often than a head's name is one word,
// so a run of three words or more there is the town and a name.
import { COMPANY_BRANCH_WORDS } from '../lexicon';
import { adjacent, has, kbMatch, low, type Ctx } from './ctx';
import { unknownExtent } from './extents';
import { F_ACRONYM, F_NEVER_ACTOR, F_ORG_HEAD, F_TITLE_HEAD } from './word-class';

/** A branch's unknown town runs from token `town` to `runEnd` (exclusive, the unknown
 *  run's end): the token after the town. */
export function branchTownEnd(town: number, runEnd: number): number {
  return runEnd - town >= 3 ? town + 1 : runEnd;
}

/** "ASDP Cabang Ketapang", "BRI Cabang Sampit": right after an unknown acronym at token j
 *  (or a name an organisation head began: "Ikatan Dokter Indonesia Cabang Kupang"),
 *  a branch word and its town are part of the body's name (the sets' convention, as for the
 *  KB's bodies in kb-name.ts). The token after the town, or j when no branch is there. */
export function acronymBranchEnd(ctx: Ctx, j: number): number {
  const { ts, nt } = ctx;
  if (j + 1 >= nt || !COMPANY_BRANCH_WORDS.has(low(ctx, j)) || !adjacent(ctx, j - 1, j) || !adjacent(ctx, j, j + 1)) return j;
  const c = ctx.p.charCodeAt(ts[j + 1]);
  if (c < 65 || c > 90 || has(ctx, j + 1, F_ORG_HEAD | F_TITLE_HEAD | F_ACRONYM | F_NEVER_ACTOR)) return j;
  const place = kbMatch(ctx, j + 1);
  if (place) {
    if (place.entity.type !== 'GPE') return j;
    let k = j + 2;
    while (k < nt && ts[k] < place.end) k++;
    return k;
  }
  return branchTownEnd(j + 1, unknownExtent(ctx, j + 1));
}
