// "Kantor Kementerian Agama Kota Bima menyiapkan …": at a sentence start "Kantor" before a
// name the KB knows is mostly the plain noun ("Kantor KPK digeruduk …", organisation-head.ts);
// before an Indonesian ministry followed by a region it opens the ministry's regional office,
// whose official name it is ("Kantor Kementerian Agama Kabupaten Bone", "Kantor Kemenag
// Bone"), as it does inside a sentence ("Kepala Kantor Kementerian Agama Kota Bima").
import { adjacent, kbMatch, lowIs, type Ctx } from './ctx';
import { REGION_PREFIXES } from '../regional-names';

const INDONESIAN_MINISTRY = /^Kementerian .* Republik Indonesia$/;

/** Token i is "Kantor" before a ministry the KB knows and a region right after it. */
export function ministryRegionalOfficeAt(ctx: Ctx, i: number): boolean {
  if (!lowIs(ctx, i, 'kantor') || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1)) return false;
  const ministry = kbMatch(ctx, i + 1);
  if (ministry === null || ministry.entity.type !== 'ORG' || !INDONESIAN_MINISTRY.test(ministry.entity.canonical)) return false;
  let k = i + 2;
  while (k < ctx.nt && ctx.ts[k] < ministry.end) k++;
  if (k >= ctx.nt || !adjacent(ctx, k - 1, k)) return false;
  if (REGION_PREFIXES.has(ctx.p.slice(ctx.ts[k], ctx.te[k]))) return true;
  return kbMatch(ctx, k)?.entity.type === 'GPE';
}
