// "Negara Bagian Kano", "Negara Bagian Sabah": a federation's state named with its prefix,
// capitalised, is a place whose name holds the prefix (as "Provinsi Maluku", named-place.ts),
// named by its English title ("Kano State") where the KB does not know it, by the KB's name
// where it does ("Negara Bagian California" is California). Without this, "Negara" was
// skipped as a generic word and "Bagian Kano" read as a person (dev d296). Lower case
// ("negara bagian Rakhine") the words are the common noun and the name stands alone.
// A country is no state: "20 Negara Bagian AS menggugat" is the United States after a count
// of its states, left to the KB's "AS". The English title "<name> State" is the convention
// of the federations whose states English names so (Nigeria's "Kano State", Myanmar's
// "Rakhine State"), decided by such a country named in the paragraph; any other state the
// KB does not know keeps its written name ("Negara Bagian Victoria di Australia" is no
// "Victoria State"; review 45). A paragraph that names no country leaves the state to the
// article's country (article-country.ts, foreign-titles.ts: "Jigawa State" in a report from
// Nigeria).
import { adjacent, has, kbMatch, pushMention, wordIs } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { isCountry } from '../../../kb/country';
import { isGeneratedWorldCity } from '../../../kb/builtin';
import { STATE_TITLED_FEDERATIONS } from '../../foreign-titles';
import type { KbIndex } from '../../../kb/kb-index';
import { F_DIRECTION, F_GENERIC_SKIP } from '../word-class';

const UPPER_START = /^\p{Lu}\p{Ll}/u;

export const federalState: ActorRule = {
  name: 'federal-state',
  cues: CUES_CLEAR,
  gate: F_GENERIC_SKIP,
  apply(ctx, i) {
    const { ts, te, nt, p } = ctx;
    if (!wordIs(ctx, i, 'Negara') || i + 2 >= nt || !wordIs(ctx, i + 1, 'Bagian') || !adjacent(ctx, i, i + 1) || !adjacent(ctx, i + 1, i + 2)) return NO_MATCH;
    // (a town of the generated gazetteer names no state: "Negara Bagian Gombe" is Gombe State,
    // named like its capital)
    const found = kbMatch(ctx, i + 2);
    const known = found && isGeneratedWorldCity(found.entity) ? null : found;
    if (known && known.entity.type === 'GPE' && known.start === ts[i + 2]) {
      if (isCountry(known.entity)) return NO_MATCH;
      let j = i + 3;
      while (j < nt && ts[j] < known.end) j++;
      ctx.out.push({ start: ts[i], end: known.end, type: 'GPE', canonical: known.entity.canonical, entityId: known.entity.id, alias: undefined, source: 'kb' });
      return j;
    }
    // (one word, as a prefecture's: "Gubernur Negara Bagian Kano Abba Yusuf" names the governor after it)
    // ("Negara Bagian Selatan Sudan": a direction is no state's name)
    if (known || has(ctx, i + 2, F_DIRECTION) || !UPPER_START.test(p.slice(ts[i + 2], te[i + 2]))) return NO_MATCH;
    pushMention(ctx, ts[i], te[i + 2], 'GPE', 'pattern');
    const last = ctx.out[ctx.out.length - 1];
    if (last && last.start === ts[i] && namesStateTitledFederation(ctx.kb, p)) last.canonical = `${p.slice(ts[i + 2], te[i + 2])} State`;
    return i + 3;
  },
};

/** The paragraph names a federation whose states English titles "<name> State". */
function namesStateTitledFederation(kb: KbIndex, p: string): boolean {
  return kb.scan(p).some((m) => isCountry(m.entity) && STATE_TITLED_FEDERATIONS.has(m.entity.canonical));
}
