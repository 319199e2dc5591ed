// "UNICEF Indonesia", "WHO Indonesia": a UN agency the KB knows, with "Indonesia" right
// after it and ending the run, is its country office, one organisation named as written
// (the dev set's convention, d44). Only UN agencies: the dev set shows no other kind, and
// the rule was not widened on what the test articles might hold.
import type { KbEntity } from '../../kb/types';
import { adjacent, kbMatch, word, type Ctx } from './ctx';

/** KB descriptions of the UN's agencies, funds and programmes. */
const AGENCY = /^(?:UN |United Nations )/;

/** Extends the KB organisation just emitted (ending at token j - 1) over "Indonesia";
 *  returns the next token, or j when it is no country office. */
export function countryOffice(ctx: Ctx, j: number, body: KbEntity): number {
  const { nt, te, p } = ctx;
  const last = ctx.out[ctx.out.length - 1];
  if (j >= nt || !AGENCY.test(body.description.en) || !last || last.type !== 'ORG' || te[j - 1] !== last.end || !adjacent(ctx, j - 1, j) ||
      p.charCodeAt(last.end) !== 32 || word(ctx, j) !== 'Indonesia') return j;
  // "UNICEF Indonesia Timur", "WHO Indonesia Raya …": another name goes on.
  if (j + 1 < nt && adjacent(ctx, j, j + 1)) return j;
  const country = kbMatch(ctx, j);
  if (!country || country.entity.type !== 'GPE') return j;
  last.end = te[j];
  last.canonical = p.slice(last.start, last.end);
  last.alias = undefined;
  last.entityId = undefined;
  last.source = 'pattern';
  return j + 1;
}
