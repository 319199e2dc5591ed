// "Penulis: Kontributor Wamena, Yohanes Kogoya": regional news credits a contributor by the town
// they report from, then their name after a comma. The words between "Kontributor" and the comma
// are that town, a place (the rules read an unknown town there as a person, dev d371). Not an
// outlet ("Kontributor Kompas.com, …": a KB organisation), not a name with no comma after it.
import { isUpper } from '../../../text/chars';
import { adjacent, has, kbMatch, lowIs, pushMention } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_UPPER_CASE } from '../word-class';

/** The most words of a town's name. */
const MAX_TOWN = 3;

export const contributorTown: ActorRule = {
  name: 'contributor-town',
  cues: CUES_CLEAR,
  gate: -1,
  apply(ctx, i) {
    const { p, ts, te, nt } = ctx;
    if (!lowIs(ctx, i, 'kontributor') || i + 1 >= nt || !adjacent(ctx, i, i + 1)) return NO_MATCH;
    let j = i + 1;
    while (j < nt && j - i - 1 < MAX_TOWN && (j === i + 1 || adjacent(ctx, j - 1, j)) && isUpper(p.charCodeAt(ts[j])) &&
      !has(ctx, j, F_ACRONYM | F_UPPER_CASE)) {
      j++;
      if (p.charCodeAt(te[j - 1]) === 44 /* , */) break;
    }
    // (the town closed by a comma, and a capitalised name after it)
    if (p.charCodeAt(te[j - 1]) !== 44 || j >= nt || !isUpper(p.charCodeAt(ts[j]))) return NO_MATCH;
    const m = kbMatch(ctx, i + 1);
    if (m !== null && m.end === te[j - 1]) {
      if (m.entity.type !== 'GPE') return NO_MATCH;
      ctx.out.push({ start: m.start, end: m.end, type: 'GPE', canonical: m.entity.canonical, entityId: m.entity.id, alias: m.alias, source: 'kb' });
      return j;
    }
    // (a word of the run the KB knows as a body's, or one written as a domain, is an outlet's
    // name: "Kontributor Kompas.com")
    if (p.slice(ts[i + 1], te[j - 1]).includes('.')) return NO_MATCH;
    for (let k = i + 1; k < j; k++) if (kbMatch(ctx, k)?.entity.type === 'ORG') return NO_MATCH;
    pushMention(ctx, ts[i + 1], te[j - 1], 'GPE', 'pattern');
    return j;
  },
};
