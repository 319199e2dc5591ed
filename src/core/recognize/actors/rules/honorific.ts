// "Datuk Seri Anwar Ibrahim", "Tan Sri Ahmad Kamal", "Dato' Rosli": a Malaysian or
// Bruneian honorific stays outside the name (issue 13, pattern 12) and, like a title,
// makes the next name a person. So does Indonesia's "H." (Haji): "H. Abdul Khaliq".
import { isUpper, isWordChar } from '../../../text/chars';
import { HONORIFICS } from '../../lexicon';
import { has } from '../ctx';
import { CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_HONORIFIC } from '../word-class';

const MAX_HONORIFIC = Math.max(...HONORIFICS.map((h) => h.length));
const UPPER = /\p{Lu}/u;

export const honorific: ActorRule = {
  name: 'honorific',
  cues: CUES_TITLE,
  gate: F_HONORIFIC,
  apply(ctx, i) {
    if (!has(ctx, i, F_HONORIFIC)) return NO_MATCH;
    const { p, ts, nt } = ctx;
    const rest = p.slice(ts[i], ts[i] + MAX_HONORIFIC + 2);
    for (const h of HONORIFICS) {
      if (!rest.startsWith(h)) continue;
      const gap = rest.charCodeAt(h.length);
      // Only before a name: "Tun" or "Tan" on their own may be a name themselves.
      if ((gap !== 32 && gap !== 0xa0) || !UPPER.test(rest.charAt(h.length + 1))) continue;
      // "M. H. Thamrin": "H." among initials is one of them (an initial right before it;
      // a sentence's full stop, "… kemarin. H. Abdul", is none).
      if (h.endsWith('.') && initialBefore(p, ts[i])) continue;
      // "Ki Sung-yueng": a Korean surname before a hyphenated given name, no dalang's "Ki".
      if (h === 'Ki' && koreanGivenName(rest, h.length + 1)) continue;
      const after = ts[i] + h.length + 1;
      let j = i + 1;
      while (j < nt && ts[j] < after) j++;
      if (j < nt && ts[j] === after) return j;
    }
    return NO_MATCH;
  },
};

/** The word at `at` of `rest` is a hyphenated given name ("Sung-yueng"). */
function koreanGivenName(rest: string, at: number): boolean {
  let k = at;
  while (k < rest.length && isWordChar(rest.charCodeAt(k))) k++;
  return rest.charCodeAt(k) === 45;
}

/** An initial ("M. ") ends right before `at`: one capital letter, its dot and a space. */
function initialBefore(p: string, at: number): boolean {
  return at >= 3 && p.charCodeAt(at - 2) === 46 && isUpper(p.charCodeAt(at - 3)) && (at === 3 || !isWordChar(p.charCodeAt(at - 4)));
}
