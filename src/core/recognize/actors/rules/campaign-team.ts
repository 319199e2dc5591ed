// A campaign team named by its acronym and its pair of candidates (issue 13, pattern 5):
// "TKD Andika-Nanang", "TPN Ganjar-Mahfud" is one organisation, not an acronym plus two
// persons. Only the campaign-team acronyms below: another acronym before a hyphenated
// pair ("NATO Rusia-Ukraina" is not a name) keeps its usual reading.
import { adjacent, has, kbMatch, pushMention, word } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_NEVER_ACTOR, F_SENTENCE_STARTER } from '../word-class';

/** Tim Kampanye Nasional/Daerah, Tim Pemenangan Nasional/Daerah, Badan Pemenangan Nasional. */
const CAMPAIGN_TEAMS = new Set(['TKN', 'TKD', 'TPN', 'TPD', 'BPN']);
const HYPHEN = 45;

export const campaignTeam: ActorRule = {
  name: 'campaign-team',
  cues: CUES_CLEAR,
  gate: F_ACRONYM,
  apply(ctx, i) {
    const { p, ts, te, nt } = ctx;
    if (i + 2 >= nt || !CAMPAIGN_TEAMS.has(word(ctx, i))) return NO_MATCH;
    const a = i + 1;
    const b = i + 2;
    // "TKD Andika-Nanang": one space, then two names joined by a hyphen.
    if (ts[a] !== te[i] + 1 || p.charCodeAt(te[i]) !== 32 || ts[b] !== te[a] + 1 || p.charCodeAt(te[a]) !== HYPHEN ||
        !adjacent(ctx, a, b)) return NO_MATCH;
    for (const k of [a, b]) {
      if (has(ctx, k, F_ACRONYM | F_NEVER_ACTOR | F_SENTENCE_STARTER)) return NO_MATCH;
      const m = kbMatch(ctx, k);
      if (m && m.entity.type !== 'PER') return NO_MATCH;
    }
    pushMention(ctx, ts[i], te[b], 'ORG', 'pattern');
    return b + 1;
  },
};
