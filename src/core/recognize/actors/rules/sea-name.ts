// "laut China Selatan", "perairan Natuna Utara": a sea or region named after a place is
// no actor; its capitalised words are skipped. The waters of a country or a regency the KB
// knows, named whole ("perairan Raja Ampat", "perairan Filipina"), are that place (the sets'
// convention, eval/README.md gold58): left to the KB's rule.
import { isWordChar } from '../../../text/chars';
import { isCapitalised } from '../../../text/words';
import { isCountry } from '../../../kb/country';
import { SEA_WORDS } from '../../lexicon';
import { adjacent, kbMatch, type Ctx } from '../ctx';
import { ALWAYS, CUES_CLEAR_TITLE, NO_MATCH, type ActorRule } from '../rule';

/** The seas (lexicon SEA_WORDS), and the waters and regions named after a place as they are
 *  ("perairan Natuna Utara", "kawasan Timur Tengah", "semenanjung Korea"). */
const SEA_OR_REGION_WORDS = [...SEA_WORDS, 'perairan', 'kawasan', 'semenanjung'];
const SEA_WORD_LAST_CHARS = new Set(SEA_OR_REGION_WORDS.map((w) => w.charCodeAt(w.length - 1)));

/** A sea word, then exactly one space, then token i. Runs for most tokens, so the word
 *  before is only read when its last letter can end a sea word, and then in place (an
 *  object and a slice per token ending "dan", "yang", "akan" were garbage). */
function afterSeaWord(ctx: Ctx, i: number): boolean {
  const p = ctx.p;
  const e = ctx.ts[i] - 1;
  if (e < 1 || p.charCodeAt(e) !== 32 || !SEA_WORD_LAST_CHARS.has(p.charCodeAt(e - 1))) return false;
  let s = e - 1;
  while (s > 0 && isWordChar(p.charCodeAt(s - 1))) s--;
  for (const w of SEA_OR_REGION_WORDS) if (w.length === e - s && p.startsWith(w, s)) return !overseas(p, s, w) && !watersOfPlace(ctx, i, w);
  return false;
}

/** "perairan Raja Ampat", "perairan Natuna", "perairan Filipina": after "perairan", a country
 *  or a regency the KB knows, its match covering the whole capitalised run, names that place
 *  (dev d54, d344, d507, d166, d294). "perairan Natuna Utara" (the sea, no KB place as
 *  written), "perairan Selat Makassar" or "perairan Pulau Lembeh" are still skipped. */
function watersOfPlace(ctx: Ctx, i: number, seaWord: string): boolean {
  if (seaWord !== 'perairan') return false;
  const known = kbMatch(ctx, i);
  if (known === null || known.entity.type !== 'GPE') return false;
  if (!isCountry(known.entity) && !known.entity.canonical.startsWith('Kabupaten ')) return false;
  let j = i + 1;
  while (j < ctx.nt && adjacent(ctx, j - 1, j) && ctx.ts[j] < known.end) j++;
  return ctx.te[j - 1] === known.end && !(j < ctx.nt && adjacent(ctx, j - 1, j) && isCapitalised(ctx.p.slice(ctx.ts[j], ctx.ts[j] + 1)));
}

/** "seberang laut" right before the place: overseas ("wilayah seberang laut Prancis", a
 *  country's overseas territory, dev d380), no sea. */
function overseas(p: string, wordStart: number, w: string): boolean {
  return w === 'laut' && wordStart >= 9 && p.startsWith('seberang ', wordStart - 9) && !isWordChar(p.charCodeAt(wordStart - 10));
}

export const seaName: ActorRule = {
  name: 'sea-name',
  cues: CUES_CLEAR_TITLE,
  gate: ALWAYS,
  apply(ctx, i) {
    if (!afterSeaWord(ctx, i)) return NO_MATCH;
    let j = i + 1;
    while (j < ctx.nt && adjacent(ctx, j - 1, j)) j++;
    return j;
  },
};
